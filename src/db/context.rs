//! The tenant context every transaction runs in: the application role, the operator and
//! the organization (or platform scope), all transaction-local so nothing survives the
//! transaction and the tool works through a transaction pooler.

use anyhow::{Context, Result};
use sqlx::{PgPool, Postgres, Transaction};

use crate::domain::ids::{OrganizationId, UserId};

/// Whose rows a transaction may see; row-level security enforces it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// A super admin acting on the platform: organizations, users, the service code
    /// catalogue, the audit trail. Opens no clinic's patient data.
    Platform,
    /// One clinic.
    Organization(OrganizationId),
    /// No tenant at all: nothing tenant-owned is visible (identifying the operator).
    Anonymous,
}

impl Scope {
    pub fn organization_id(self) -> Option<OrganizationId> {
        match self {
            Scope::Organization(id) => Some(id),
            Scope::Platform | Scope::Anonymous => None,
        }
    }
}

/// Begins a transaction as `omnictl_app` with the operator and scope set.
pub async fn begin(pool: &PgPool, operator_id: Option<UserId>, scope: Scope) -> Result<Transaction<'static, Postgres>> {
    let mut tx = pool.begin().await.context("could not begin a transaction")?;
    // One round trip: `role` set locally is SET LOCAL ROLE.
    sqlx::query(
        "SELECT set_config('role', 'omnictl_app', true), \
                set_config('omnictl.operator_id', $1, true), \
                set_config('omnictl.organization_id', $2, true), \
                set_config('omnictl.platform_scope', $3, true)",
    )
    .bind(operator_id.map(|id| id.to_string()).unwrap_or_default())
    .bind(scope.organization_id().map(|id| id.to_string()).unwrap_or_default())
    .bind(if scope == Scope::Platform { "on" } else { "" })
    .execute(&mut *tx)
    .await
    .context("could not switch to the omnictl_app role and set the tenant context (is the database migrated?)")?;
    Ok(tx)
}

/// Makes a transaction begun by [`begin`] act for `operator` in `scope` from here on: the
/// operator is identified inside the command's own transaction, and its work follows.
pub async fn act_as(conn: &mut sqlx::PgConnection, operator: Option<UserId>, scope: Scope) -> Result<()> {
    sqlx::query(
        "SELECT set_config('omnictl.operator_id', $1, true), set_config('omnictl.organization_id', $2, true), \
                set_config('omnictl.platform_scope', $3, true)",
    )
    .bind(operator.map(|id| id.to_string()).unwrap_or_default())
    .bind(scope.organization_id().map(|id| id.to_string()).unwrap_or_default())
    .bind(if scope == Scope::Platform { "on" } else { "" })
    .execute(conn)
    .await
    .context("could not set the operator and the tenant context")?;
    Ok(())
}

/// Moves a transaction begun by [`begin`] into another scope until it is moved again or
/// ends: a platform-wide report reads each clinic in that clinic's own scope, within one
/// transaction. The operator stays the same.
pub async fn enter(conn: &mut sqlx::PgConnection, scope: Scope) -> Result<()> {
    sqlx::query(
        "SELECT set_config('omnictl.organization_id', $1, true), set_config('omnictl.platform_scope', $2, true)",
    )
    .bind(scope.organization_id().map(|id| id.to_string()).unwrap_or_default())
    .bind(if scope == Scope::Platform { "on" } else { "" })
    .execute(conn)
    .await
    .context("could not change the tenant context")?;
    Ok(())
}
