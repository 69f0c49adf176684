//! The tenant context every transaction runs in: the organization (or platform scope)
//! asked for, all transaction-local so nothing survives the transaction and the tool
//! works through a transaction pooler. The operator is not part of it: the database
//! knows it from the login.

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

/// Begins a transaction in `scope`. The operator is not the client's to say: the
/// database derives it from the login (`session_user`), and row-level security checks
/// the scope asked for here against that operator.
///
/// No `SET ROLE`: the session stays the operator's own login (a member of omnictl_app
/// that inherits its privileges), so that a distributed database (Citus) opens its
/// connections to the workers as that login and the policies there see it. The scope
/// is sent as plain `SET LOCAL` statements, which Citus forwards to the workers when
/// the database has `citus.propagate_set_commands = 'local'` (`omnictl cluster
/// distribute` sets it); a single server reads them as before. Only a superuser, whom
/// row-level security would not hold, is switched to omnictl_app, as before, so that it
/// too stays under the policies (`is_superuser` says so at no cost; a lookup in
/// pg_roles that would also catch BYPASSRLS cost 50 µs a transaction, and no login
/// omnictl runs as has it).
pub async fn begin(pool: &PgPool, scope: Scope) -> Result<Transaction<'static, Postgres>> {
    // One round trip for all: BEGIN, the scope, and the switch of a login above
    // row-level security, as one simple query. Citus forwards a SET with the whole text
    // of the query it came in, so each worker runs this text too, inside the
    // transaction Citus opened there: its BEGIN draws a warning and changes nothing, the
    // SETs are the point, and the switch finds the same login as here. (Measured: as
    // cheap as the set_config calls it replaces.)
    let statement = format!(
        "BEGIN; {}; SELECT set_config('role', 'omnictl_app', true) \
          WHERE pg_catalog.current_setting('is_superuser') = 'on'",
        settings(scope)
    );
    match pool.begin_with(statement).await {
        Ok(tx) => Ok(tx),
        Err(error @ sqlx::Error::Database(_)) => {
            // Refused after BEGIN opened a transaction, which sqlx does not know of: end
            // it before the connection serves anything else.
            if let Ok(mut conn) = pool.acquire().await {
                crate::db::statement::query("ROLLBACK").execute(&mut *conn).await.ok();
            }
            Err(anyhow::Error::new(error).context("could not set the tenant context (is the database migrated?)"))
        }
        Err(error) => Err(anyhow::Error::new(error).context("could not begin a transaction")),
    }
}

/// Asks for another scope from here on, until asked again or the transaction ends: the
/// operator identified inside the command's own transaction, a platform-wide report
/// visiting each clinic in its own scope. Row-level security decides what the operator
/// reaches there.
pub(crate) async fn enter(conn: &mut sqlx::PgConnection, scope: Scope) -> Result<()> {
    // Only SETs in this query: Citus forwards a SET with the whole text of its query
    // (see `begin`).
    sqlx::raw_sql(&settings(scope)).execute(conn).await.context("could not change the tenant context")?;
    Ok(())
}

/// The scope as `SET LOCAL` statements (which a distributed database forwards to its
/// nodes; `set_config` calls it would not). The values are a UUID's text and constants.
fn settings(scope: Scope) -> String {
    let organization = scope.organization_id().map(|id| id.to_string()).unwrap_or_default();
    let platform = if scope == Scope::Platform { "on" } else { "" };
    format!("SET LOCAL omnictl.organization_id = '{organization}'; SET LOCAL omnictl.platform_scope = '{platform}'")
}
