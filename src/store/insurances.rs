//! Insurance policies of the current organization's patients (PHI: every read is
//! audited by the caller).

use anyhow::{Context, Result};
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use sqlx::PgConnection;
use uuid::Uuid;

use crate::domain::ids::{OrganizationId, PatientId};

use super::errors::explain;
use crate::domain::insurance::InsuranceFields;

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Policy {
    pub id: Uuid,
    pub patient_id: PatientId,
    pub medical_record_number: String,
    pub payer_name: String,
    pub payer_id: Option<String>,
    pub member_number: String,
    pub group_number: Option<String>,
    pub plan_name: Option<String>,
    /// self, spouse, child or other.
    pub subscriber_relationship: String,
    pub coverage_start: NaiveDate,
    pub coverage_end: Option<NaiveDate>,
    /// primary, secondary or tertiary.
    pub priority: String,
    pub is_active: bool,
    pub created_at: DateTime<Utc>,
}

// No organization filter: row-level security scopes every query to the current one.
// A macro so that the export's query can be one static string.
macro_rules! select {
    () => {
        "SELECT i.id, i.patient_id, p.medical_record_number, i.payer_name, i.payer_id, i.member_number,
                             i.group_number, i.plan_name, lower(i.subscriber_relationship::text) AS subscriber_relationship,
                             i.coverage_start, i.coverage_end, lower(i.priority::text) AS priority, i.is_active,
                             i.created_at
                        FROM patient_insurances i
                        JOIN patients p ON p.organization_id = i.organization_id AND p.id = i.patient_id"
    };
}
const SELECT: &str = select!();

/// A patient's policies: active first, then by priority and start.
pub(crate) async fn list(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    patient_id: PatientId,
) -> Result<Vec<Policy>> {
    crate::db::statement::query_as(&format!(
        "{SELECT} WHERE i.organization_id = $2 AND i.patient_id = $1 ORDER BY i.is_active DESC, i.priority, i.coverage_start DESC"
    ))
    .bind(patient_id)
    .bind(organization_id)
    .fetch_all(conn)
    .await
    .context("could not list the insurance policies")
}

pub(crate) async fn find(conn: &mut PgConnection, organization_id: OrganizationId, id: Uuid) -> Result<Option<Policy>> {
    crate::db::statement::query_as(&format!("{SELECT} WHERE i.organization_id = $2 AND i.id = $1"))
        .bind(id)
        .bind(organization_id)
        .fetch_optional(conn)
        .await
        .context("could not look up the insurance policy")
}

/// [`find`] among the clinic's policies (one shard on Citus).
pub(crate) async fn find_in(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    id: Uuid,
) -> Result<Option<Policy>> {
    crate::db::statement::query_as(&format!("{SELECT} WHERE i.organization_id = $2 AND i.id = $1"))
        .bind(id)
        .bind(organization_id)
        .fetch_optional(conn)
        .await
        .context("could not look up the insurance policy")
}

/// Every policy in the import's column order, by MRN: constant memory.
pub(crate) fn export(conn: &mut PgConnection) -> futures_util::stream::BoxStream<'_, Result<Policy, sqlx::Error>> {
    crate::db::statement::query_as(concat!(
        select!(),
        " ORDER BY p.medical_record_number, i.priority, i.payer_name, i.member_number"
    ))
    .fetch(conn)
}

pub(crate) async fn create(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    patient_id: PatientId,
    f: &InsuranceFields,
    is_active: bool,
) -> Result<Uuid> {
    crate::db::statement::query_scalar(
        "INSERT INTO patient_insurances (organization_id, patient_id, payer_name, payer_id, member_number, group_number,
                                         plan_name, subscriber_relationship, coverage_start, coverage_end, priority,
                                         is_active)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8::subscriber_relationship, $9, $10, $11::insurance_priority, $12)
         RETURNING id",
    )
    .bind(organization_id)
    .bind(patient_id)
    .bind(&f.payer_name)
    .bind(&f.payer_id)
    .bind(&f.member_number)
    .bind(&f.group_number)
    .bind(&f.plan_name)
    .bind(f.relationship.as_sql())
    .bind(f.coverage_start)
    .bind(f.coverage_end)
    .bind(f.priority.as_sql())
    .bind(is_active)
    .fetch_one(conn)
    .await
    .map_err(explain)
}

pub(crate) async fn update(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    id: Uuid,
    f: &InsuranceFields,
    is_active: bool,
) -> Result<()> {
    crate::db::statement::query(
        "UPDATE patient_insurances
            SET payer_name = $2, payer_id = $3, member_number = $4, group_number = $5, plan_name = $6,
                subscriber_relationship = $7::subscriber_relationship, coverage_start = $8, coverage_end = $9,
                priority = $10::insurance_priority, is_active = $11
          WHERE organization_id = $12 AND id = $1",
    )
    .bind(id)
    .bind(&f.payer_name)
    .bind(&f.payer_id)
    .bind(&f.member_number)
    .bind(&f.group_number)
    .bind(&f.plan_name)
    .bind(f.relationship.as_sql())
    .bind(f.coverage_start)
    .bind(f.coverage_end)
    .bind(f.priority.as_sql())
    .bind(is_active)
    .bind(organization_id)
    .execute(conn)
    .await
    .map_err(explain)?;
    Ok(())
}

/// Deletes a policy no authorization refers to (the foreign key refuses otherwise).
pub(crate) async fn remove(conn: &mut PgConnection, organization_id: OrganizationId, id: Uuid) -> Result<()> {
    crate::db::statement::query("DELETE FROM patient_insurances WHERE organization_id = $2 AND id = $1")
        .bind(id)
        .bind(organization_id)
        .execute(conn)
        .await
        .map_err(explain)?;
    Ok(())
}
