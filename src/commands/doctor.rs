//! `omnictl doctor`: what the server is set up to do for omnictl's promises, and what a
//! superuser must do where it is not. It reads settings, no tenant data, and records
//! nothing (like `migrate status`).

use anyhow::Result;

use super::App;
use crate::cli::doctor::DoctorArgs;
use crate::db::{Schema, migrations};
use crate::output::{self, Tabular};
use crate::store::server::{self, ReadAuditing};

/// One check and what to do when it fails.
#[derive(Debug, serde::Serialize)]
struct Check {
    check: &'static str,
    ok: bool,
    detail: String,
}

impl Tabular for Check {
    fn headers() -> Vec<&'static str> {
        vec!["check", "ok", "detail"]
    }

    fn cells(&self) -> Vec<String> {
        vec![self.check.to_string(), if self.ok { "yes" } else { "NO" }.to_string(), self.detail.clone()]
    }
}

pub async fn run(app: &App, _args: DoctorArgs) -> Result<()> {
    output::accepts::<Check>(app.global.output)?;
    let pool = app.connect_owner(Schema::AsIs).await?;
    let current = migrations::current(&pool, &app.ui).await;
    let auditing = {
        let mut conn = pool.acquire().await?;
        server::read_auditing(&mut conn).await?
    };
    pool.close().await;
    let checks = vec![
        Check {
            check: "schema",
            ok: current,
            detail: if current {
                "every migration of this omnictl is applied".to_string()
            } else {
                "migrations are pending or differ: omnictl migrate status says which, omnictl migrate run applies them"
                    .to_string()
            },
        },
        reads_check(&auditing),
        password_check(&auditing),
    ];
    let failed = checks.iter().filter(|c| !c.ok).count();
    app.print_list(&checks)?;
    if failed > 0 {
        return Err(crate::error::Error::found(format!("{failed} check(s) failed: see their detail")).into());
    }
    Ok(())
}

/// Reads of patient data by any login reach the server's log.
fn reads_check(a: &ReadAuditing) -> Check {
    let check = "reads of patient data in the server's log (pgAudit)";
    let mut missing = Vec::new();
    if !a.loaded {
        missing.push(
            "pgAudit is not loaded: install it (Debian: apt-get install postgresql-15-pgaudit; RDS, Cloud SQL and \
             Azure offer it), then as a superuser ALTER SYSTEM SET shared_preload_libraries = 'pgaudit' and restart",
        );
    }
    if a.role.as_deref() != Some("omnictl_auditor") {
        missing.push("as a superuser: ALTER SYSTEM SET pgaudit.role = 'omnictl_auditor'; SELECT pg_reload_conf()");
    }
    if !a.auditor_granted {
        missing
            .push("the role omnictl_auditor is missing or reads nothing: omnictl migrate run (as the owner) grants it");
    }
    match missing.is_empty() {
        true => Check {
            check,
            ok: true,
            detail: "every read of patients, policies and sessions, by any login, is logged as AUDIT: OBJECT".into(),
        },
        false => Check { check, ok: false, detail: missing.join("; ") },
    }
}

/// `ALTER ROLE … PASSWORD` (and every role change) reaches the server's log.
fn password_check(a: &ReadAuditing) -> Check {
    let check = "role and password changes in the server's log (pgAudit)";
    let logs_roles = a.log.as_deref().is_some_and(|log| log.split(',').any(|c| matches!(c.trim(), "role" | "all")));
    Check {
        check,
        ok: a.loaded && logs_roles,
        detail: if a.loaded && logs_roles {
            "ALTER ROLE and every other role statement is logged as AUDIT: SESSION,ROLE".to_string()
        } else {
            "as a superuser: ALTER SYSTEM SET pgaudit.log = 'role'; SELECT pg_reload_conf()".to_string()
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn auditing(loaded: bool, role: Option<&str>, log: Option<&str>, granted: bool) -> ReadAuditing {
        ReadAuditing { loaded, role: role.map(str::to_string), log: log.map(str::to_string), auditor_granted: granted }
    }

    #[test]
    fn a_server_without_pgaudit_is_told_what_a_superuser_must_run() {
        let none = reads_check(&auditing(false, None, None, true));
        assert!(!none.ok);
        assert!(none.detail.contains("shared_preload_libraries = 'pgaudit'"), "{}", none.detail);
        assert!(none.detail.contains("pgaudit.role = 'omnictl_auditor'"), "{}", none.detail);
        let no_grant = reads_check(&auditing(true, Some("omnictl_auditor"), Some("role"), false));
        assert!(!no_grant.ok && no_grant.detail.contains("omnictl migrate run"), "{}", no_grant.detail);
        assert!(reads_check(&auditing(true, Some("omnictl_auditor"), Some("role"), true)).ok);
        assert!(!password_check(&auditing(true, Some("omnictl_auditor"), Some("read, write"), true)).ok);
        assert!(password_check(&auditing(true, Some("omnictl_auditor"), Some("read, role"), true)).ok);
    }
}
