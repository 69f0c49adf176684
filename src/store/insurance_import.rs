//! SQL of the insurance import: a staging table filled by COPY; unknown patients,
//! repeated policies and competing primary policies found set-wise; rows moved with one
//! INSERT … SELECT that also files one audit item per policy created or changed (field
//! names only: policies are PHI).

use anyhow::{Context, Result};
use futures_util::TryStreamExt;
use sqlx::PgConnection;
use uuid::Uuid;

use super::errors::explain;
use crate::domain::ids::OrganizationId;
use crate::domain::problems::Problem;

/// Staging columns in COPY order: the source line, the id a new policy gets, then the
/// policy's fields.
const COPY_COLUMNS: &str = "line, id, medical_record_number, payer_name, payer_id, member_number, group_number, \
                                plan_name, subscriber_relationship, coverage_start, coverage_end, priority, is_active";

/// Fills the staging table (see `crate::import::stage`).
pub(crate) fn copy_statement() -> String {
    format!("COPY insurance_import ({COPY_COLUMNS}) FROM STDIN")
}

/// The fields an upsert may change (the natural key is patient, payer and member number).
const FIELDS: [&str; 8] = [
    "payer_id",
    "group_number",
    "plan_name",
    "subscriber_relationship",
    "coverage_start",
    "coverage_end",
    "priority",
    "is_active",
];

/// Staged rows with the patient their MRN names in the organization.
const STAGED: &str = "insurance_import s
                      JOIN patients p ON p.organization_id = $1 AND p.medical_record_number = s.medical_record_number";

pub(crate) async fn create_staging(conn: &mut PgConnection) -> Result<()> {
    crate::db::statement::query(
        "CREATE TEMP TABLE insurance_import (
             line bigint NOT NULL, id uuid NOT NULL, medical_record_number text NOT NULL, payer_name text NOT NULL,
             payer_id text, member_number text NOT NULL, group_number text, plan_name text,
             subscriber_relationship subscriber_relationship NOT NULL, coverage_start date NOT NULL,
             coverage_end date, priority insurance_priority NOT NULL, is_active boolean NOT NULL
         ) ON COMMIT DROP",
    )
    .execute(conn)
    .await
    .context("could not create the import's staging table")?;
    Ok(())
}

/// A policy (MRN, payer, member number) on several lines of the file.
#[derive(Debug, sqlx::FromRow)]
pub(crate) struct Repeated {
    pub medical_record_number: String,
    pub payer_name: String,
    pub member_number: String,
    pub lines: Vec<i64>,
}

pub(crate) async fn repeated_in_file(
    conn: &mut PgConnection,
    mut each: impl FnMut(Repeated) -> Result<()>,
) -> Result<()> {
    crate::db::statement::query("ANALYZE insurance_import").execute(&mut *conn).await?;
    let mut rows = crate::db::statement::query_as::<Repeated>(
        "WITH repeated AS (
             SELECT medical_record_number, payer_name, member_number FROM insurance_import
              GROUP BY 1, 2, 3 HAVING count(*) > 1
         )
         SELECT medical_record_number, payer_name, member_number, array_agg(line ORDER BY line) AS lines
           FROM insurance_import JOIN repeated USING (medical_record_number, payer_name, member_number)
          GROUP BY 1, 2, 3 ORDER BY min(line)",
    )
    .fetch(conn);
    while let Some(repeated) = rows.try_next().await.context("could not check the file for repeated policies")? {
        each(repeated)?;
    }
    Ok(())
}

/// MRNs with more than one active primary policy in the file, with their lines.
pub(crate) async fn competing_primaries_in_file(
    conn: &mut PgConnection,
    mut each: impl FnMut(String, Vec<i64>) -> Result<()>,
) -> Result<()> {
    let mut rows = crate::db::statement::query_as::<(String, Vec<i64>)>(
        "SELECT medical_record_number, array_agg(line ORDER BY line) FROM insurance_import
          WHERE priority = 'PRIMARY' AND is_active
          GROUP BY 1 HAVING count(DISTINCT (payer_name, member_number)) > 1 ORDER BY min(line)",
    )
    .fetch(conn);
    while let Some((mrn, lines)) = rows.try_next().await.context("could not check the file's primary policies")? {
        each(mrn, lines)?;
    }
    Ok(())
}

/// A line the organization's data refuses, and why.
#[derive(Debug, sqlx::FromRow)]
pub(crate) struct Refused {
    pub line: i64,
    pub medical_record_number: String,
    /// NoPatient, ArchivedPatient, Exists or PrimaryTaken.
    #[sqlx(try_from = "String")]
    pub problem: Problem,
    /// For primary_taken: the policy that stays primary, "payer / member number".
    pub other: Option<String>,
}

/// Lines naming no patient (or an archived one), policies that already exist (insert
/// mode only), and active primaries that would sit beside another active primary the
/// import leaves in place.
pub(crate) async fn refused(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    insert_only: bool,
    mut each: impl FnMut(Refused) -> Result<()>,
) -> Result<()> {
    let mut rows = crate::db::statement::query_as::<Refused>(
        "SELECT s.line, s.medical_record_number,
                CASE WHEN p.id IS NULL THEN $3::text ELSE $4::text END AS problem, NULL AS other
           FROM insurance_import s
           LEFT JOIN patients p ON p.organization_id = $1 AND p.medical_record_number = s.medical_record_number
          WHERE p.id IS NULL OR p.archived_at IS NOT NULL
         UNION ALL
         SELECT s.line, s.medical_record_number, $5::text, NULL
           FROM insurance_import s
           JOIN patients p ON p.organization_id = $1 AND p.medical_record_number = s.medical_record_number
           JOIN patient_insurances i ON i.organization_id = $1 AND i.patient_id = p.id
                                    AND i.payer_name = s.payer_name AND i.member_number = s.member_number
          WHERE $2
         UNION ALL
         SELECT s.line, s.medical_record_number, $6::text, i.payer_name || ' / ' || i.member_number
           FROM insurance_import s
           JOIN patients p ON p.organization_id = $1 AND p.medical_record_number = s.medical_record_number
           JOIN patient_insurances i ON i.organization_id = $1 AND i.patient_id = p.id
                                    AND i.priority = 'PRIMARY' AND i.is_active
          WHERE s.priority = 'PRIMARY' AND s.is_active
            AND (i.payer_name, i.member_number) IS DISTINCT FROM (s.payer_name, s.member_number)
            -- An existing primary the file itself changes is not in the way.
            AND NOT EXISTS (SELECT 1 FROM insurance_import t
                             WHERE t.medical_record_number = s.medical_record_number
                               AND t.payer_name = i.payer_name AND t.member_number = i.member_number)
         ORDER BY 1",
    )
    .bind(organization_id)
    .bind(insert_only)
    .bind(Problem::NoPatient.as_sql())
    .bind(Problem::ArchivedPatient.as_sql())
    .bind(Problem::Exists.as_sql())
    .bind(Problem::PrimaryTaken.as_sql())
    .fetch(conn);
    while let Some(refused) = rows.try_next().await.context("could not check the policies against the organization")? {
        each(refused)?;
    }
    Ok(())
}

/// Counts of what the move did.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Moved {
    pub created: u64,
    pub updated: u64,
}

/// Moves the staged rows into `patient_insurances` (inserts only, or inserts and
/// updates of policies whose fields differ) and files one audit item per policy written
/// under `audit_id`.
pub(crate) async fn apply(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    audit_id: Uuid,
    upsert: bool,
) -> Result<Moved> {
    let fields = FIELDS.join(", ");
    let staged_fields: Vec<String> = FIELDS.iter().map(|f| format!("s.{f}")).collect();
    let conflict = if upsert {
        let assignments: Vec<String> = FIELDS.iter().map(|f| format!("{f} = EXCLUDED.{f}")).collect();
        let current: Vec<String> = FIELDS.iter().map(|f| format!("patient_insurances.{f}")).collect();
        let incoming: Vec<String> = FIELDS.iter().map(|f| format!("EXCLUDED.{f}")).collect();
        format!(
            "ON CONFLICT (organization_id, patient_id, payer_name, member_number) DO UPDATE SET {}
                WHERE ({}) IS DISTINCT FROM ({})",
            assignments.join(", "),
            current.join(", "),
            incoming.join(", ")
        )
    } else {
        String::new()
    };
    // Every part of the statement reads one snapshot, so `o` holds a row's values
    // from before `written` changed it: the old values by primary key, a plan that stays
    // linear even when the statistics know nothing of a new clinic's rows.
    let sql = format!(
        "WITH written AS (
             INSERT INTO patient_insurances (id, organization_id, patient_id, payer_name, member_number, {fields})
             SELECT s.id, $1, p.id, s.payer_name, s.member_number, {staged_fields} FROM {STAGED}
             {conflict}
             RETURNING id, (xmax = 0) AS created, {fields}
         ), items AS (
             INSERT INTO audit_log_items (audit_log_id, item_no, chain_key, organization_id, action, entity_type, entity_id,
                                         fields)
             SELECT $2, row_number() OVER (), $1, $1,
                    CASE WHEN w.created THEN 'insurance.create' ELSE 'insurance.update' END, 'insurance', w.id::text,
                    CASE WHEN w.created THEN {set} ELSE {changed} END
               FROM written w LEFT JOIN patient_insurances o ON o.organization_id = $1 AND o.id = w.id
             RETURNING action
         )
         SELECT count(*) FILTER (WHERE action = 'insurance.create'),
                count(*) FILTER (WHERE action = 'insurance.update') FROM items",
        staged_fields = staged_fields.join(", "),
        set = field_names(&["patient", "payer_name", "member_number"], |f| format!("w.{f} IS NOT NULL")),
        changed = field_names(&[], |f| format!("o.{f} IS DISTINCT FROM w.{f}")),
    );
    let (created, updated): (i64, i64) = crate::db::statement::query_as(&sql)
        .bind(organization_id)
        .bind(audit_id)
        .fetch_one(conn)
        .await
        .map_err(explain)?;
    Ok(Moved { created: created as u64, updated: updated as u64 })
}

/// The comma-separated names of `always` and of the fields passing `test` (SQL).
fn field_names(always: &[&str], test: impl Fn(&str) -> String) -> String {
    let mut names: Vec<String> = always.iter().map(|f| format!("'{f}'")).collect();
    names.extend(FIELDS.iter().map(|f| format!("CASE WHEN {} THEN '{f}' END", test(f))));
    format!("concat_ws(',', {})", names.join(", "))
}
