//! SQL of the patient import: a staging table filled by COPY, rows moved with one
//! INSERT … SELECT that also writes one audit item per patient created or changed (field
//! names only: patient fields are PHI), duplicates and conflicts found set-wise.

use anyhow::{Context, Result};
use futures_util::TryStreamExt;
use sqlx::{Connection, PgConnection};
use uuid::Uuid;

use super::errors::explain;
use super::staging::Staging;
use crate::domain::ids::OrganizationId;

/// Staging columns in COPY order: the source line, the id a new patient gets, the
/// patient fields, then whether the line was refused (staged for its MRN alone).
const COPY_COLUMNS: &str = "line, id, medical_record_number, first_name, last_name, date_of_birth, gender, email, phone, \
                                address_line1, address_line2, city, state, postal_code, guardian_name, guardian_phone, \
                                refused";

/// The staged rows: `patient_import`, over the staging table of patients.
pub(crate) async fn create_staging(conn: &mut PgConnection, organization_id: OrganizationId) -> Result<Staging> {
    Staging::create(conn, "patient_import", "import_patient_rows", organization_id).await
}

/// Fills the staging table (see `crate::import::stage`).
pub(crate) fn copy_statement(staging: &Staging) -> String {
    staging.copy_statement(COPY_COLUMNS)
}

const FIELDS: [&str; 13] = [
    "first_name",
    "last_name",
    "date_of_birth",
    "gender",
    "email",
    "phone",
    "address_line1",
    "address_line2",
    "city",
    "state",
    "postal_code",
    "guardian_name",
    "guardian_phone",
];

/// A natural key that appears on several lines of the file (or several times).
#[derive(Debug, sqlx::FromRow)]
pub(crate) struct Repeated {
    pub medical_record_number: String,
    pub lines: Vec<i64>,
}

/// MRNs that appear more than once in the file, with every line they are on.
pub(crate) async fn repeated_in_file(
    conn: &mut PgConnection,
    staging: &Staging,
    mut each: impl FnMut(Repeated) -> Result<()>,
) -> Result<()> {
    staging.analyze(&mut *conn).await?;
    // Counting first keeps the line arrays to the few repeated keys.
    let mut rows = crate::db::statement::query_as::<Repeated>(
        "WITH repeated AS (
             SELECT medical_record_number FROM patient_import GROUP BY 1 HAVING count(*) > 1
         )
         SELECT medical_record_number, array_agg(line ORDER BY line) AS lines
           FROM patient_import JOIN repeated USING (medical_record_number)
          GROUP BY medical_record_number ORDER BY min(line)",
    )
    .fetch(conn);
    while let Some(repeated) = rows.try_next().await.context("could not check the file for repeated MRNs")? {
        each(repeated)?;
    }
    Ok(())
}

/// Lines whose MRN already names a patient of the organization (insert mode refuses them).
pub(crate) async fn existing(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    mut each: impl FnMut(i64, String) -> Result<()>,
) -> Result<()> {
    let mut rows = crate::db::statement::query_as::<(i64, String)>(
        "SELECT s.line, s.medical_record_number FROM patient_import s
           JOIN patients p ON p.organization_id = $1 AND p.medical_record_number = s.medical_record_number
          ORDER BY s.line",
    )
    .bind(organization_id)
    .fetch(conn);
    while let Some((line, mrn)) = rows.try_next().await.context("could not check for existing patients")? {
        each(line, mrn)?;
    }
    Ok(())
}

/// Counts of what the move did.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Moved {
    pub created: u64,
    pub updated: u64,
}

/// Insert mode, betting the file is clean: writes every staged row as a new patient,
/// with its audit item (an item's number is the row's line in the file), straight from
/// the staging table, ids included. Returns None, with nothing written, when the unique
/// MRN key refuses a row (one the clinic has, or one repeated in the file): the caller
/// then looks for which.
pub(crate) async fn insert_new(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    audit_id: Uuid,
) -> Result<Option<u64>> {
    let mut savepoint = conn.begin().await.context("could not begin writing the patients")?;
    match insert_all(&mut savepoint, organization_id, audit_id).await {
        Ok(created) => {
            savepoint.commit().await.context("could not finish writing the patients")?;
            Ok(Some(created))
        }
        Err(error) if super::errors::violates(&error, "patients_mrn_key") => {
            savepoint.rollback().await.context("could not undo the refused patients")?;
            Ok(None)
        }
        Err(error) => Err(explain(error)),
    }
}

async fn insert_all(conn: &mut PgConnection, organization_id: OrganizationId, audit_id: Uuid) -> sqlx::Result<u64> {
    let fields = FIELDS.join(", ");
    // One statement, one read of the staging table: the patients, then their items.
    let created: i64 = crate::db::statement::query_scalar(&format!(
        "WITH written AS (
             INSERT INTO patients (id, organization_id, medical_record_number, {fields})
             SELECT id, organization_id, medical_record_number, {fields} FROM patient_import
              WHERE organization_id = $1 AND NOT refused
             RETURNING 1
         ), items AS (
             INSERT INTO audit_log_items (audit_log_id, item_no, chain_key, organization_id, action, entity_type, entity_id,
                                         fields)
             SELECT $2, line, organization_id, organization_id, 'patient.create', 'patient', id::text, {set}
               FROM patient_import s WHERE organization_id = $1 AND NOT refused
         )
         SELECT count(*) FROM written",
        set = field_names(|f| format!("s.{f} IS NOT NULL")),
    ))
    .bind(organization_id)
    .bind(audit_id)
    .fetch_one(&mut *conn)
    .await?;
    Ok(created as u64)
}

/// Upsert mode: one statement inserts new MRNs, updates existing ones whose fields
/// differ (leaving equal ones untouched) and files an item for each row it wrote,
/// naming the fields a new patient has or an update changed.
pub(crate) async fn upsert(conn: &mut PgConnection, organization_id: OrganizationId, audit_id: Uuid) -> Result<Moved> {
    let fields = FIELDS.join(", ");
    let assignments: Vec<String> = FIELDS.iter().map(|f| format!("{f} = EXCLUDED.{f}")).collect();
    let current: Vec<String> = FIELDS.iter().map(|f| format!("patients.{f}")).collect();
    let incoming: Vec<String> = FIELDS.iter().map(|f| format!("EXCLUDED.{f}")).collect();
    // Every part of the statement reads one snapshot, so `o` holds a row's values
    // from before `written` changed it: the old values by primary key, a plan that stays
    // linear even when the statistics know nothing of a new clinic's rows.
    let sql = format!(
        "WITH written AS (
             INSERT INTO patients (id, organization_id, medical_record_number, {fields})
             SELECT id, $1, medical_record_number, {fields} FROM patient_import WHERE NOT refused
             ON CONFLICT (organization_id, medical_record_number) DO UPDATE SET {assignments}
                WHERE ({current}) IS DISTINCT FROM ({incoming})
             RETURNING id, (xmax = 0) AS created, {fields}
         ), items AS (
             INSERT INTO audit_log_items (audit_log_id, item_no, chain_key, organization_id, action, entity_type, entity_id,
                                         fields)
             SELECT $2, row_number() OVER (), $1, $1,
                    CASE WHEN w.created THEN 'patient.create' ELSE 'patient.update' END, 'patient', w.id::text,
                    CASE WHEN w.created THEN {set} ELSE {changed} END
               FROM written w LEFT JOIN patients o ON o.organization_id = $1 AND o.id = w.id
             RETURNING action
         )
         SELECT count(*) FILTER (WHERE action = 'patient.create'),
                count(*) FILTER (WHERE action = 'patient.update') FROM items",
        assignments = assignments.join(", "),
        current = current.join(", "),
        incoming = incoming.join(", "),
        set = field_names(|f| format!("w.{f} IS NOT NULL")),
        changed = field_names(|f| format!("o.{f} IS DISTINCT FROM w.{f}")),
    );
    let (created, updated): (i64, i64) = crate::db::statement::query_as(&sql)
        .bind(organization_id)
        .bind(audit_id)
        .fetch_one(conn)
        .await
        .map_err(explain)?;
    Ok(Moved { created: created as u64, updated: updated as u64 })
}

/// The comma-separated names of the fields passing `test` (an SQL condition), always
/// including the required ones.
fn field_names(test: impl Fn(&str) -> String) -> String {
    let names: Vec<String> = FIELDS.iter().map(|f| format!("CASE WHEN {} THEN '{f}' END", test(f))).collect();
    format!("concat_ws(',', {})", names.join(", "))
}
