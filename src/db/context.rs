//! The tenant context every transaction runs in: the application role and the
//! organization (or platform scope) asked for, all transaction-local so nothing survives
//! the transaction and the tool works through a transaction pooler. The operator is not
//! part of it: the database knows it from the login.

use anyhow::{Context, Result};
use sqlx::{PgPool, Postgres, Transaction};

use crate::domain::ids::OrganizationId;

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
    pub(crate) fn organization_id(self) -> Option<OrganizationId> {
        match self {
            Scope::Organization(id) => Some(id),
            Scope::Platform | Scope::Anonymous => None,
        }
    }
}

/// Begins a transaction as `omnictl_app` in `scope`. The operator is not the client's
/// to say: the database derives it from the login (`session_user`), and row-level
/// security checks the scope asked for here against that operator. Switching to
/// omnictl_app keeps a session of the owner or a superuser under row-level security too.
pub async fn begin(pool: &PgPool, scope: Scope) -> Result<Transaction<'static, Postgres>> {
    // One round trip for both: BEGIN and the settings as one simple query (`role` set
    // locally is SET LOCAL ROLE). Its values are written into it: an organization id is
    // a UUID, the platform flag a constant.
    let organization = scope.organization_id().map(|id| id.to_string()).unwrap_or_default();
    let platform = if scope == Scope::Platform { "on" } else { "" };
    let statement = format!(
        "BEGIN; SELECT set_config('role', 'omnictl_app', true), \
                       set_config('omnictl.organization_id', '{organization}', true), \
                       set_config('omnictl.platform_scope', '{platform}', true)"
    );
    match pool.begin_with(statement).await {
        Ok(tx) => Ok(tx),
        Err(error @ sqlx::Error::Database(_)) => {
            // The settings were refused after BEGIN opened a transaction, which sqlx does not
            // know of: end it before the connection serves anything else.
            if let Ok(mut conn) = pool.acquire().await {
                crate::db::statement::query("ROLLBACK").execute(&mut *conn).await.ok();
            }
            Err(anyhow::Error::new(error).context(
                "could not switch to the omnictl_app role and set the tenant context (is the database migrated?)",
            ))
        }
        Err(error) => Err(anyhow::Error::new(error).context("could not begin a transaction")),
    }
}

/// Asks for another scope from here on, until asked again or the transaction ends: the
/// operator identified inside the command's own transaction, a platform-wide report
/// visiting each clinic in its own scope. Row-level security decides what the operator
/// reaches there.
pub(crate) async fn enter(conn: &mut sqlx::PgConnection, scope: Scope) -> Result<()> {
    // Written into the statement as `begin` does (a UUID, a constant), so that it takes
    // one round trip in the simple protocol.
    let organization = scope.organization_id().map(|id| id.to_string()).unwrap_or_default();
    let platform = if scope == Scope::Platform { "on" } else { "" };
    let statement = format!(
        "SELECT set_config('omnictl.organization_id', '{organization}', true), \
                set_config('omnictl.platform_scope', '{platform}', true)"
    );
    sqlx::raw_sql(&statement).execute(conn).await.context("could not change the tenant context")?;
    Ok(())
}
