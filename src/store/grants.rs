//! Break-the-glass grants.

use anyhow::{Context, Result};
use chrono::{DateTime, Utc};
use serde::Serialize;
use sqlx::PgConnection;
use uuid::Uuid;

use crate::domain::ids::{OrganizationId, UserId};

use super::errors::explain;

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Grant {
    pub id: Uuid,
    pub organization_id: OrganizationId,
    pub operator_email: String,
    pub reason: String,
    pub granted_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub active: bool,
}

const SELECT: &str = "SELECT g.id, g.organization_id, g.operator_email, g.reason, g.granted_at, g.expires_at,
                             (g.revoked_at IS NULL AND g.expires_at > now()) AS active
                        FROM break_glass_grants g";

/// Needs the organization's context (grants are its tenant rows).
pub(crate) async fn create(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    operator_id: UserId,
    operator_email: &str,
    reason: &str,
    minutes: i64,
) -> Result<Grant> {
    let id: Uuid = crate::db::statement::query_scalar(
        "INSERT INTO break_glass_grants (organization_id, operator_id, operator_email, reason, expires_at)
         VALUES ($1, $2, $3, $4, now() + make_interval(mins => $5::int)) RETURNING id",
    )
    .bind(organization_id)
    .bind(operator_id)
    .bind(operator_email)
    .bind(reason.trim())
    .bind(minutes)
    .fetch_one(&mut *conn)
    .await
    .map_err(explain)?;
    crate::db::statement::query_as(&format!("{SELECT} WHERE g.id = $1"))
        .bind(id)
        .fetch_one(conn)
        .await
        .context("could not read the grant")
}

/// The operator's grant for the current organization that is in force now, if any.
pub(crate) async fn active_for(conn: &mut PgConnection, operator_id: UserId) -> Result<Option<Grant>> {
    crate::db::statement::query_as(&format!(
        "{SELECT} WHERE g.operator_id = $1 AND g.revoked_at IS NULL AND g.expires_at > now()
          ORDER BY g.expires_at DESC LIMIT 1"
    ))
    .bind(operator_id)
    .fetch_optional(conn)
    .await
    .context("could not look up break-glass grants")
}

/// The current organization's grants, newest first.
pub(crate) async fn list(conn: &mut PgConnection) -> Result<Vec<Grant>> {
    crate::db::statement::query_as(&format!("{SELECT} ORDER BY g.granted_at DESC"))
        .fetch_all(conn)
        .await
        .context("could not list break-glass grants")
}
