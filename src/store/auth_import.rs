//! SQL of the authorization import: a staging table filled by COPY; unknown patients,
//! codes and policies and repeated numbers found set-wise; rows moved with one
//! INSERT … SELECT that files an audit item per authorization and an ADJUST ledger entry
//! for each opening balance of used units.

use anyhow::{Context, Result};
use futures_util::TryStreamExt;
use sqlx::PgConnection;
use uuid::Uuid;

use super::errors::explain;
use crate::domain::ids::OrganizationId;
use crate::domain::problems::Problem;

const COPY_COLUMNS: &str = "line, id, medical_record_number, service_code, authorization_number, start_date, \
                                end_date, total_units, used_units, payer_name, member_number";

/// Fills the staging table (see `crate::import::stage`).
pub(crate) fn copy_statement() -> String {
    format!("COPY auth_import ({COPY_COLUMNS}) FROM STDIN")
}

pub(crate) async fn create_staging(conn: &mut PgConnection) -> Result<()> {
    crate::db::statement::query(
        "CREATE TEMP TABLE auth_import (
             line bigint NOT NULL, id uuid NOT NULL, medical_record_number text NOT NULL, service_code text NOT NULL,
             authorization_number text NOT NULL, start_date date NOT NULL, end_date date NOT NULL,
             total_units integer NOT NULL, used_units integer NOT NULL, payer_name text, member_number text
         ) ON COMMIT DROP",
    )
    .execute(conn)
    .await
    .context("could not create the import's staging table")?;
    Ok(())
}

pub(crate) async fn repeated_in_file(
    conn: &mut PgConnection,
    mut each: impl FnMut(String, Vec<i64>) -> Result<()>,
) -> Result<()> {
    crate::db::statement::query("ANALYZE auth_import").execute(&mut *conn).await?;
    let mut rows = crate::db::statement::query_as::<(String, Vec<i64>)>(
        "WITH repeated AS (SELECT authorization_number FROM auth_import GROUP BY 1 HAVING count(*) > 1)
         SELECT authorization_number, array_agg(line ORDER BY line)
           FROM auth_import JOIN repeated USING (authorization_number) GROUP BY 1 ORDER BY min(line)",
    )
    .fetch(conn);
    while let Some((number, lines)) = rows.try_next().await.context("could not check for repeated numbers")? {
        each(number, lines)?;
    }
    Ok(())
}

/// A line the organization's data refuses: no_patient, archived_patient, no_code,
/// no_policy, exists.
#[derive(Debug, sqlx::FromRow)]
pub(crate) struct Refused {
    pub line: i64,
    #[sqlx(try_from = "String")]
    pub problem: Problem,
    pub value: String,
}

pub(crate) async fn refused(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    insert_only: bool,
    mut each: impl FnMut(Refused) -> Result<()>,
) -> Result<()> {
    let mut rows = crate::db::statement::query_as::<Refused>(
        "SELECT s.line, CASE WHEN p.id IS NULL THEN $3::text ELSE $4::text END AS problem,
                s.medical_record_number AS value
           FROM auth_import s
           LEFT JOIN patients p ON p.organization_id = $1 AND p.medical_record_number = s.medical_record_number
          WHERE p.id IS NULL OR p.archived_at IS NOT NULL
         UNION ALL
         SELECT s.line, $5::text, s.service_code FROM auth_import s
          WHERE NOT EXISTS (SELECT 1 FROM service_codes c WHERE c.code = s.service_code)
         UNION ALL
         SELECT s.line, $6::text, s.payer_name || ' / ' || s.member_number
           FROM auth_import s
           JOIN patients p ON p.organization_id = $1 AND p.medical_record_number = s.medical_record_number
          WHERE s.payer_name IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM patient_insurances i
                             WHERE i.organization_id = $1 AND i.patient_id = p.id
                               AND i.payer_name = s.payer_name AND i.member_number = s.member_number)
         UNION ALL
         SELECT s.line, $7::text, s.authorization_number FROM auth_import s
           JOIN authorizations a ON a.organization_id = $1 AND a.authorization_number = s.authorization_number
          WHERE $2
         ORDER BY 1",
    )
    .bind(organization_id)
    .bind(insert_only)
    .bind(Problem::NoPatient.as_sql())
    .bind(Problem::ArchivedPatient.as_sql())
    .bind(Problem::NoCode.as_sql())
    .bind(Problem::NoPolicy.as_sql())
    .bind(Problem::Exists.as_sql())
    .fetch(conn);
    while let Some(refused) = rows.try_next().await.context("could not check the authorizations")? {
        each(refused)?;
    }
    Ok(())
}

/// Moves the staged rows (inserts, or inserts and updates of authorizations whose
/// dates, total or policy differ; used units of existing ones are left to the ledger),
/// files an audit item per authorization written and an ADJUST entry per opening
/// balance. Returns (created, updated).
pub(crate) async fn apply(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    audit_id: Uuid,
    upsert: bool,
) -> Result<(i64, i64)> {
    let conflict = if upsert {
        "ON CONFLICT (organization_id, authorization_number) DO UPDATE
            SET start_date = EXCLUDED.start_date, end_date = EXCLUDED.end_date, total_units = EXCLUDED.total_units,
                insurance_id = EXCLUDED.insurance_id
          WHERE (authorizations.start_date, authorizations.end_date, authorizations.total_units,
                 authorizations.insurance_id)
                IS DISTINCT FROM (EXCLUDED.start_date, EXCLUDED.end_date, EXCLUDED.total_units, EXCLUDED.insurance_id)"
    } else {
        ""
    };
    let sql = format!(
        "WITH code AS (
             SELECT DISTINCT ON (code) code, owner_key FROM service_codes ORDER BY code, organization_id NULLS LAST
         ), today AS (
             SELECT (now() AT TIME ZONE time_zone)::date AS day FROM organizations WHERE id = $1
         ), written AS (
             INSERT INTO authorizations (id, organization_id, patient_id, insurance_id, service_code_owner,
                                         service_code, authorization_number, start_date, end_date, total_units,
                                         used_units, status)
             SELECT s.id, $1, p.id, i.id, c.owner_key, s.service_code, s.authorization_number, s.start_date,
                    s.end_date, s.total_units, s.used_units,
                    CASE WHEN s.end_date < (SELECT day FROM today) THEN 'EXPIRED'
                         WHEN s.used_units >= s.total_units THEN 'EXHAUSTED'
                         ELSE 'ACTIVE' END::authorization_status
               FROM auth_import s
               JOIN patients p ON p.organization_id = $1 AND p.medical_record_number = s.medical_record_number
               JOIN code c ON c.code = s.service_code
               LEFT JOIN patient_insurances i ON i.organization_id = $1 AND i.patient_id = p.id
                                             AND i.payer_name = s.payer_name AND i.member_number = s.member_number
             {conflict}
             RETURNING id, (xmax = 0) AS created, used_units
         ), ledger AS (
             INSERT INTO authorization_unit_events (organization_id, authorization_id, kind, used_delta, note)
             SELECT $1, id, 'ADJUST', used_units, 'opening balance (import)' FROM written
              WHERE created AND used_units > 0
         ), items AS (
             INSERT INTO audit_log_items (audit_log_id, item_no, chain_key, organization_id, action, entity_type, entity_id,
                                         fields)
             SELECT $2, row_number() OVER (), $1, $1, CASE WHEN created THEN 'auth.create' ELSE 'auth.update' END,
                    'authorization', id::text,
                    CASE WHEN created THEN 'service_code,start_date,end_date,total_units,used_units'
                         ELSE 'start_date,end_date,total_units,insurance_id' END
               FROM written
             RETURNING action
         )
         SELECT count(*) FILTER (WHERE action = 'auth.create'), count(*) FILTER (WHERE action = 'auth.update')
           FROM items"
    );
    crate::db::statement::query_as(&sql).bind(organization_id).bind(audit_id).fetch_one(conn).await.map_err(explain)
}
