//! Patients of the current organization (PHI: every read is audited by the caller).

use anyhow::{Context, Result};
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use sqlx::PgConnection;
use uuid::Uuid;

use super::keys;

use sqlx::Postgres;
use sqlx::postgres::PgArguments;
use sqlx::query::QueryAs;

use super::listing::ListQuery;
use crate::domain::ids::{Key, OrganizationId, PatientId};

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Patient {
    pub id: PatientId,
    pub medical_record_number: String,
    pub first_name: String,
    pub last_name: String,
    pub date_of_birth: NaiveDate,
    pub gender: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub address_line1: Option<String>,
    pub address_line2: Option<String>,
    pub city: Option<String>,
    pub state: Option<String>,
    pub postal_code: Option<String>,
    pub guardian_name: Option<String>,
    pub guardian_phone: Option<String>,
    pub archived_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

// No organization filter: row-level security scopes every query to the current one.
const SELECT: &str = "SELECT id, medical_record_number, first_name, last_name, date_of_birth, gender, email, phone,
                             address_line1, address_line2, city, state, postal_code, guardian_name, guardian_phone,
                             archived_at, created_at
                        FROM patients";

/// Patients by last and first name; `search` matches MRN or either name, ignoring case.
/// Whether the organization in scope has any patient, archived ones included.
pub(crate) async fn any(conn: &mut PgConnection) -> Result<bool> {
    crate::db::statement::query_scalar("SELECT EXISTS (SELECT 1 FROM patients)")
        .fetch_one(conn)
        .await
        .context("could not look for patients")
}

/// Which patients a list reads (see [`ListQuery`]).
#[derive(Debug, Clone, Default)]
pub struct PatientFilter {
    /// Text the MRN, first or last name contains (any case).
    pub search: Option<String>,
    pub include_archived: bool,
    /// By MRN rather than by name (the export's order).
    pub by_mrn: bool,
}

impl PatientFilter {
    fn pattern(&self) -> Option<String> {
        self.search
            .as_deref()
            .map(|s| format!("%{}%", s.trim().replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_")))
    }
}

impl ListQuery for PatientFilter {
    type Row = Patient;
    const NOUN: &'static str = "patient";
    const SORTABLE: &'static [(&'static str, &'static str)] = &[
        ("mrn", "medical_record_number"),
        ("medical_record_number", "medical_record_number"),
        ("first_name", "lower(first_name)"),
        ("last_name", "lower(last_name)"),
        ("date_of_birth", "date_of_birth"),
        ("city", "lower(city)"),
        ("state", "state"),
        ("postal_code", "postal_code"),
        ("created_at", "created_at"),
    ];

    fn select(&self) -> String {
        format!(
            "{SELECT} WHERE ($1 OR archived_at IS NULL)
                AND ($2::text IS NULL OR medical_record_number ILIKE $2 OR first_name ILIKE $2 OR last_name ILIKE $2)"
        )
    }

    fn order(&self) -> &'static str {
        if self.by_mrn { "medical_record_number" } else { "lower(last_name), lower(first_name), medical_record_number" }
    }

    fn bind<'q, O>(&'q self, query: QueryAs<'q, Postgres, O, PgArguments>) -> QueryAs<'q, Postgres, O, PgArguments> {
        query.bind(self.include_archived).bind(self.pattern())
    }
}

/// By MRN, id or a unique prefix of the id, archived or not, among the clinic's patients
/// when the scope has a clinic ([`keys::find_row_in`]).
pub async fn find(
    conn: &mut PgConnection,
    clinic: Option<OrganizationId>,
    key: &Key<PatientId>,
) -> Result<Option<Patient>> {
    keys::find_row_in(conn, clinic, key, SELECT, ("id", "organization_id")).await
}

/// By MRN or id, or an error saying none has it.
pub(crate) async fn require(
    conn: &mut PgConnection,
    clinic: Option<OrganizationId>,
    key: &Key<PatientId>,
) -> Result<Patient> {
    find(conn, clinic, key).await?.ok_or_else(|| keys::not_found(key))
}

/// Streams the export (COLUMNS order of the import), by MRN: constant memory.
pub(crate) async fn create(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    p: &crate::domain::patient::PatientFields,
) -> Result<Patient> {
    let id: Uuid = crate::db::statement::query_scalar(
        "INSERT INTO patients (organization_id, medical_record_number, first_name, last_name, date_of_birth, gender,
                               email, phone, address_line1, address_line2, city, state, postal_code, guardian_name,
                               guardian_phone)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id",
    )
    .bind(organization_id)
    .bind(&p.medical_record_number)
    .bind(&p.first_name)
    .bind(&p.last_name)
    .bind(p.date_of_birth)
    .bind(&p.gender)
    .bind(&p.email)
    .bind(&p.phone)
    .bind(&p.address_line1)
    .bind(&p.address_line2)
    .bind(&p.city)
    .bind(&p.state)
    .bind(&p.postal_code)
    .bind(&p.guardian_name)
    .bind(&p.guardian_phone)
    .fetch_one(&mut *conn)
    .await
    .map_err(super::errors::explain)?;
    find(conn, Some(organization_id), &Key::id(id.into())).await?.context("the new patient is not visible")
}

/// Replaces every field of the patient with `p` (the caller merged what did not change).
pub(crate) async fn update(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    id: PatientId,
    p: &crate::domain::patient::PatientFields,
) -> Result<Patient> {
    crate::db::statement::query(
        "UPDATE patients SET medical_record_number = $2, first_name = $3, last_name = $4, date_of_birth = $5,
                gender = $6, email = $7, phone = $8, address_line1 = $9, address_line2 = $10, city = $11,
                state = $12, postal_code = $13, guardian_name = $14, guardian_phone = $15
          WHERE organization_id = $16 AND id = $1",
    )
    .bind(id)
    .bind(&p.medical_record_number)
    .bind(&p.first_name)
    .bind(&p.last_name)
    .bind(p.date_of_birth)
    .bind(&p.gender)
    .bind(&p.email)
    .bind(&p.phone)
    .bind(&p.address_line1)
    .bind(&p.address_line2)
    .bind(&p.city)
    .bind(&p.state)
    .bind(&p.postal_code)
    .bind(&p.guardian_name)
    .bind(&p.guardian_phone)
    .bind(organization_id)
    .execute(&mut *conn)
    .await
    .map_err(super::errors::explain)?;
    find(conn, Some(organization_id), &Key::id(id)).await?.context("the patient is no longer visible")
}

/// Archives (soft-deletes) or restores a patient.
pub(crate) async fn set_archived(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    id: PatientId,
    archived: bool,
) -> Result<Patient> {
    crate::db::statement::query(
        "UPDATE patients SET archived_at = CASE WHEN $2 THEN coalesce(archived_at, now()) END WHERE organization_id = $3 AND id = $1",
    )
    .bind(id)
    .bind(archived)
    .bind(organization_id)
    .execute(&mut *conn)
    .await
    .context("could not archive the patient")?;
    find(conn, Some(organization_id), &Key::id(id)).await?.context("the patient is no longer visible")
}
