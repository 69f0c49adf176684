//! SQL of the patient import: a staging table filled by COPY, duplicates and conflicts
//! found set-wise, rows moved with one INSERT … SELECT, and one pending audit row per
//! patient created or changed (field names only: patient fields are PHI).

use anyhow::{Context, Result};
use futures_util::TryStreamExt;
use sqlx::PgConnection;
use sqlx::postgres::PgCopyIn;
use uuid::Uuid;

use super::errors::explain;

/// Staging columns in COPY order: the source line, then the patient fields.
pub const COPY_COLUMNS: &str = "line, medical_record_number, first_name, last_name, date_of_birth, gender, email, phone, \
                                address_line1, address_line2, city, state, postal_code, guardian_name, guardian_phone";

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

pub async fn create_staging(conn: &mut PgConnection) -> Result<()> {
    sqlx::query(
        "CREATE TEMP TABLE patient_import (
             line bigint NOT NULL, medical_record_number text NOT NULL, first_name text NOT NULL,
             last_name text NOT NULL, date_of_birth date NOT NULL, gender text, email text, phone text,
             address_line1 text, address_line2 text, city text, state text, postal_code text,
             guardian_name text, guardian_phone text
         ) ON COMMIT DROP",
    )
    .execute(conn)
    .await
    .context("could not create the import's staging table")?;
    Ok(())
}

pub async fn begin_copy(conn: &mut PgConnection) -> Result<PgCopyIn<&mut PgConnection>> {
    conn.copy_in_raw(&format!("COPY patient_import ({COPY_COLUMNS}) FROM STDIN"))
        .await
        .context("could not start copying rows to the database")
}

/// A natural key that appears on several lines of the file (or several times).
#[derive(Debug, sqlx::FromRow)]
pub struct Repeated {
    pub medical_record_number: String,
    pub lines: Vec<i64>,
}

/// MRNs that appear more than once in the file, with every line they are on.
pub async fn repeated_in_file(conn: &mut PgConnection, mut each: impl FnMut(Repeated) -> Result<()>) -> Result<()> {
    sqlx::query("ANALYZE patient_import").execute(&mut *conn).await?;
    let mut rows = sqlx::query_as::<_, Repeated>(
        "SELECT medical_record_number, array_agg(line ORDER BY line) AS lines
           FROM patient_import GROUP BY medical_record_number HAVING count(*) > 1
          ORDER BY min(line)",
    )
    .fetch(conn);
    while let Some(repeated) = rows.try_next().await.context("could not check the file for repeated MRNs")? {
        each(repeated)?;
    }
    Ok(())
}

/// Lines whose MRN already names a patient of the organization (insert mode refuses them).
pub async fn existing(conn: &mut PgConnection, mut each: impl FnMut(i64, String) -> Result<()>) -> Result<()> {
    let mut rows = sqlx::query_as::<_, (i64, String)>(
        "SELECT s.line, s.medical_record_number FROM patient_import s
           JOIN patients p ON p.medical_record_number = s.medical_record_number
          ORDER BY s.line",
    )
    .fetch(conn);
    while let Some((line, mrn)) = rows.try_next().await.context("could not check for existing patients")? {
        each(line, mrn)?;
    }
    Ok(())
}

/// Counts of what the move did.
#[derive(Debug, Clone, Copy, Default)]
pub struct Moved {
    pub created: u64,
    pub updated: u64,
}

/// Moves the staged rows into `patients`: inserts only, or inserts and updates of rows
/// whose fields differ; fills `pending_audit` with one row per patient written.
pub async fn apply(conn: &mut PgConnection, organization_id: Uuid, upsert: bool) -> Result<Moved> {
    let assignments: Vec<String> = FIELDS.iter().map(|f| format!("{f} = EXCLUDED.{f}")).collect();
    let current: Vec<String> = FIELDS.iter().map(|f| format!("patients.{f}")).collect();
    let incoming: Vec<String> = FIELDS.iter().map(|f| format!("EXCLUDED.{f}")).collect();
    let conflict = if upsert {
        format!(
            "ON CONFLICT (organization_id, medical_record_number) DO UPDATE SET {} WHERE ({}) IS DISTINCT FROM ({})",
            assignments.join(", "),
            current.join(", "),
            incoming.join(", ")
        )
    } else {
        String::new()
    };
    // Field names (never values) of what each write set or changed.
    let created_fields: Vec<String> = FIELDS
        .iter()
        .map(|f| format!("'{f}', CASE WHEN s.{f} IS NOT NULL THEN '{{\"phi\": true}}'::jsonb END"))
        .collect();
    let changed_fields: Vec<String> = FIELDS
        .iter()
        .map(|f| format!("'{f}', CASE WHEN o.{f} IS DISTINCT FROM s.{f} THEN '{{\"phi\": true}}'::jsonb END"))
        .collect();
    let sql = format!(
        "WITH old AS (
             SELECT p.* FROM patients p JOIN patient_import s USING (medical_record_number)
         ), written AS (
             INSERT INTO patients (organization_id, medical_record_number, {fields})
             SELECT $1, medical_record_number, {fields} FROM patient_import
             {conflict}
             RETURNING id, medical_record_number, (xmax = 0) AS created
         ), audited AS (
             INSERT INTO pending_audit (action, entity_type, entity_id, changes)
             SELECT CASE WHEN w.created THEN 'patient.create' ELSE 'patient.update' END, 'patient', w.id::text,
                    jsonb_strip_nulls(CASE WHEN w.created THEN jsonb_build_object({created_fields})
                                           ELSE jsonb_build_object({changed_fields}) END)
               FROM written w
               JOIN patient_import s USING (medical_record_number)
               LEFT JOIN old o ON o.id = w.id
         )
         SELECT count(*) FILTER (WHERE created), count(*) FILTER (WHERE NOT created) FROM written",
        fields = FIELDS.join(", "),
        created_fields = created_fields.join(", "),
        changed_fields = changed_fields.join(", "),
    );
    let (created, updated): (i64, i64) =
        sqlx::query_as(&sql).bind(organization_id).fetch_one(conn).await.map_err(explain)?;
    Ok(Moved { created: created as u64, updated: updated as u64 })
}
