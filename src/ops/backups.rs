//! `db restore`'s checks, as one operation of the schema's owner: the archive restored
//! (see [`backup::restore`]), then this database's own logins, definers and CONNECT rules
//! (as `migrate run` repairs them), the passwords given back, then the audit trail
//! verified and the authorizations' counters checked, all as the owner reading through
//! omnictl_backup.

use std::path::Path;

use anyhow::Result;
use serde::Serialize;
use sqlx::PgPool;

use crate::db::{Target, backup, migrations};
use crate::output::Tabular;

/// Restores `file` into the empty database of `pool` and checks it; the report, and the
/// tables whose rows differ from the dump's manifest (a difference is refused before
/// anything else is done).
pub(crate) async fn restore(target: &Target, pool: &PgPool, file: &Path) -> Result<(RestoreReport, Vec<String>)> {
    let mut conn = pool.acquire().await?;
    let restored = backup::restore(target, &mut conn, file).await?;
    drop(conn);
    if !restored.differences.is_empty() {
        return Err(crate::error::Error::found(format!(
            "the restored rows differ from the dump's manifest:\n  {}",
            restored.differences.join("\n  ")
        ))
        .hint("restore a dump with its own manifest, into a new, empty database")
        .into());
    }
    let applied = migrations::run(pool).await?;
    let repaired = migrations::secure(pool).await?;
    let mut conn = pool.acquire().await?;
    let passwords_restored = crate::store::users::restore_passwords(&mut conn).await?;
    let (chains, audit_rows, breaks, authorizations, mismatches) = super::audit::verify_restored(&mut conn).await?;
    let report = RestoreReport {
        tables: restored.tables,
        rows: restored.rows,
        counts_match: restored.differences.is_empty(),
        migrations_applied: applied.len(),
        repaired,
        passwords_restored,
        audit_chains: chains,
        audit_rows,
        audit_breaks: breaks,
        authorizations_checked: authorizations,
        counter_mismatches: mismatches,
    };
    Ok((report, restored.differences))
}

/// `db restore`, as a table or JSON.
#[derive(Debug, Serialize)]
pub(crate) struct RestoreReport {
    pub(crate) tables: usize,
    pub(crate) rows: i64,
    pub(crate) counts_match: bool,
    pub(crate) migrations_applied: usize,
    pub(crate) repaired: Vec<String>,
    pub(crate) passwords_restored: i64,
    pub(crate) audit_chains: usize,
    pub(crate) audit_rows: i64,
    pub(crate) audit_breaks: Vec<String>,
    pub(crate) authorizations_checked: i64,
    pub(crate) counter_mismatches: Vec<String>,
}

impl Tabular for RestoreReport {
    fn headers() -> Vec<&'static str> {
        vec![
            "tables",
            "rows",
            "counts match",
            "repaired",
            "passwords back",
            "audit chains",
            "audit rows",
            "audit breaks",
            "authorizations",
            "counter mismatches",
        ]
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.tables.to_string(),
            self.rows.to_string(),
            self.counts_match.to_string(),
            self.repaired.len().to_string(),
            self.passwords_restored.to_string(),
            self.audit_chains.to_string(),
            self.audit_rows.to_string(),
            self.audit_breaks.len().to_string(),
            self.authorizations_checked.to_string(),
            self.counter_mismatches.len().to_string(),
        ]
    }
}

impl Tabular for backup::Dumped {
    fn headers() -> Vec<&'static str> {
        vec!["file", "manifest", "tables", "rows", "logins", "bytes"]
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.file.clone(),
            self.manifest.clone(),
            self.tables.to_string(),
            self.rows.to_string(),
            self.logins.to_string(),
            self.bytes.to_string(),
        ]
    }
}
