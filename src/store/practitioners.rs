//! Practitioners of the current organization.

use anyhow::{Context, Result};
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use sqlx::postgres::PgArguments;
use sqlx::query::QueryAs;
use sqlx::{PgConnection, Postgres};
use uuid::Uuid;

use super::keys;
use super::listing::ListQuery;

use crate::domain::ids::{Key, OrganizationId, PractitionerId, UserId};

use super::errors::explain;

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Practitioner {
    pub id: PractitionerId,
    pub name: String,
    pub credentials: Vec<String>,
    pub npi: String,
    pub license_number: Option<String>,
    pub license_state: Option<String>,
    pub credential_valid_until: Option<NaiveDate>,
    pub user_email: Option<String>,
    pub is_active: bool,
    pub created_at: DateTime<Utc>,
}

// No organization filter: row-level security scopes every query to the current one.
const SELECT: &str = "SELECT p.id, p.name, p.credentials::text[] AS credentials, p.npi, p.license_number,
                             p.license_state, p.credential_valid_until, u.email AS user_email, p.is_active,
                             p.created_at
                        FROM practitioners p LEFT JOIN users u ON u.id = p.user_id";

#[derive(Debug, Clone)]
pub(crate) struct NewPractitioner<'a> {
    pub organization_id: OrganizationId,
    pub name: &'a str,
    pub credentials: &'a [&'a str],
    pub npi: &'a str,
    pub license_number: Option<&'a str>,
    pub license_state: Option<&'a str>,
    pub credential_valid_until: Option<NaiveDate>,
    pub user_id: Option<UserId>,
}

pub(crate) async fn create(conn: &mut PgConnection, new: &NewPractitioner<'_>) -> Result<Practitioner> {
    let id: Uuid = crate::db::statement::query_scalar(
        "INSERT INTO practitioners (organization_id, name, credentials, npi, license_number, license_state,
                                    credential_valid_until, user_id)
         VALUES ($1, $2, $3::text[]::credential[], $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(new.organization_id)
    .bind(new.name.trim())
    .bind(new.credentials)
    .bind(new.npi)
    .bind(new.license_number)
    .bind(new.license_state)
    .bind(new.credential_valid_until)
    .bind(new.user_id)
    .fetch_one(&mut *conn)
    .await
    .map_err(explain)?;
    find(conn, Some(new.organization_id), &Key::id(id.into())).await?.context("the new practitioner is not visible")
}

/// `practitioner list`: the practitioners the current scope may see, by name (see
/// [`ListQuery`]).
#[derive(Debug, Clone, Copy, Default)]
pub struct PractitionerList {
    pub include_inactive: bool,
}

impl ListQuery for PractitionerList {
    type Row = Practitioner;
    const NOUN: &'static str = "practitioner";
    const SORTABLE: &'static [(&'static str, &'static str)] = &[
        ("name", "p.name"),
        ("credentials", "array_to_string(p.credentials::text[], ', ')"),
        ("npi", "p.npi"),
        ("license", "coalesce(p.license_state || ' ' || p.license_number, '')"),
        ("license_number", "p.license_number"),
        ("license_state", "p.license_state"),
        ("valid_until", "p.credential_valid_until"),
        ("credential_valid_until", "p.credential_valid_until"),
        ("user", "u.email"),
        ("user_email", "u.email"),
        ("active", "p.is_active"),
        ("is_active", "p.is_active"),
        ("created_at", "p.created_at"),
        ("id", "p.id::text"),
    ];

    fn select(&self) -> String {
        format!("{SELECT} WHERE $1 OR p.is_active")
    }

    fn order(&self) -> &'static str {
        "p.name, p.id"
    }

    fn bind<'q, O>(&'q self, query: QueryAs<'q, Postgres, O, PgArguments>) -> QueryAs<'q, Postgres, O, PgArguments> {
        query.bind(self.include_inactive)
    }
}

/// By NPI, id or a unique prefix of the id, among the clinic's practitioners when the
/// scope has a clinic ([`keys::find_row_in`]).
pub(crate) async fn find(
    conn: &mut PgConnection,
    clinic: Option<OrganizationId>,
    key: &Key<PractitionerId>,
) -> Result<Option<Practitioner>> {
    keys::find_row_in(conn, clinic, key, SELECT, ("p.id", "p.organization_id")).await
}

/// By id or NPI, or an error saying none has it.
pub(crate) async fn require(
    conn: &mut PgConnection,
    clinic: Option<OrganizationId>,
    key: &Key<PractitionerId>,
) -> Result<Practitioner> {
    find(conn, clinic, key).await?.ok_or_else(|| keys::not_found(key))
}

#[derive(Debug, Clone, Default)]
pub(crate) struct PractitionerChanges<'a> {
    pub name: Option<&'a str>,
    pub credentials: Option<&'a [&'a str]>,
    pub npi: Option<&'a str>,
    pub license_number: Option<&'a str>,
    pub license_state: Option<&'a str>,
    pub credential_valid_until: Option<NaiveDate>,
    pub user_id: Option<UserId>,
    pub is_active: Option<bool>,
}

pub(crate) async fn update(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    id: PractitionerId,
    changes: &PractitionerChanges<'_>,
) -> Result<Practitioner> {
    crate::db::statement::query(
        "UPDATE practitioners SET
             name = coalesce($2, name),
             credentials = coalesce($3::text[]::credential[], credentials),
             npi = coalesce($4, npi),
             license_number = coalesce($5, license_number),
             license_state = coalesce($6, license_state),
             credential_valid_until = coalesce($7, credential_valid_until),
             user_id = coalesce($8, user_id),
             is_active = coalesce($9, is_active)
         WHERE organization_id = $10 AND id = $1",
    )
    .bind(id)
    .bind(changes.name)
    .bind(changes.credentials)
    .bind(changes.npi)
    .bind(changes.license_number)
    .bind(changes.license_state)
    .bind(changes.credential_valid_until)
    .bind(changes.user_id)
    .bind(changes.is_active)
    .bind(organization_id)
    .execute(&mut *conn)
    .await
    .map_err(explain)?;
    find(conn, Some(organization_id), &Key::id(id)).await?.context("the practitioner is no longer visible")
}

/// The practitioner record linked to a user (their login), if any.
pub(crate) async fn of_user(conn: &mut PgConnection, user_id: UserId) -> Result<Option<Practitioner>> {
    crate::db::statement::query_as(&format!("{SELECT} WHERE p.user_id = $1"))
        .bind(user_id)
        .fetch_optional(conn)
        .await
        .context("could not look up the operator's practitioner record")
}
