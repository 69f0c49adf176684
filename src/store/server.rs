//! What the server itself is set up to do, as any login may read it (no tenant data).

use anyhow::{Context, Result};
use sqlx::PgConnection;

/// How reads of patient data reach the server's log (pgAudit).
#[derive(Debug, Clone, sqlx::FromRow)]
pub(crate) struct ReadAuditing {
    /// pgAudit is loaded (shared_preload_libraries): its settings exist.
    pub loaded: bool,
    /// pgaudit.role, when loaded.
    pub role: Option<String>,
    /// pgaudit.log, when loaded.
    pub log: Option<String>,
    /// omnictl_auditor exists and may read patients (what object auditing logs).
    pub auditor_granted: bool,
}

pub(crate) async fn read_auditing(conn: &mut PgConnection) -> Result<ReadAuditing> {
    // A setting a module defines is in pg_settings only once the module is loaded (a
    // placeholder from postgresql.conf is not).
    crate::db::statement::query_as(
        "SELECT EXISTS (SELECT 1 FROM pg_settings WHERE name = 'pgaudit.role') AS loaded,
                (SELECT setting FROM pg_settings WHERE name = 'pgaudit.role') AS role,
                (SELECT setting FROM pg_settings WHERE name = 'pgaudit.log') AS log,
                CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'omnictl_auditor')
                     THEN has_table_privilege('omnictl_auditor', 'public.patients', 'SELECT')
                     ELSE false END AS auditor_granted",
    )
    .fetch_one(conn)
    .await
    .context("could not read how the server audits reads")
}
