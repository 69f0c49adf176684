//! `omnictl db`: the local database — a private PostgreSQL server under the data
//! directory, on a Unix socket only, created and started on demand by any command.

use anyhow::{Result, bail};
use serde::Serialize;

use super::App;
use crate::cli::db::{DbCommand, PoolerLoginArgs};
use crate::db::cluster::{self, ClusterState, LocalCluster};
use crate::db::{Schema, Target, backup, migrations};
use crate::output::{self, Tabular};

pub async fn run(app: &App, command: DbCommand) -> Result<()> {
    // The subcommands for a server as much as for the local database.
    match command {
        DbCommand::PoolerLogin(args) => return pooler_login(app, args).await,
        DbCommand::Dump(args) => return dump(app, &args.file).await,
        DbCommand::Restore(args) => return restore(app, &args.file).await,
        _ => {}
    }
    let cluster = match app.target()? {
        Target::Local(cluster) => cluster,
        Target::Url(_) => bail!(
            "`omnictl db` manages the local database only, but a database URL was given \
             (--database-url or DATABASE_URL); unset it to manage the local database"
        ),
    };
    match command {
        DbCommand::Start => {
            app.connect_owner(Schema::Current).await?.close().await;
            app.ui.info(format!("the local database is running ({})", cluster.socket_dir().display()));
        }
        DbCommand::Stop => {
            let worker = cluster.clone();
            let was_running = tokio::task::spawn_blocking(move || worker.stop()).await??;
            app.ui.info(if was_running { "stopped the local database" } else { "the local database was not running" });
        }
        DbCommand::Status => app.print_record(&ClusterReport::of(&cluster)?)?,
        DbCommand::Url => {
            app.connect_owner(Schema::Current).await?.close().await;
            println!("{}", cluster.url(cluster::DATABASE));
        }
        DbCommand::Destroy => {
            let question = format!("Delete the local database in {} and all of its data?", cluster.root().display());
            if !app.ui.confirm(&question, app.global.yes)? {
                bail!("nothing was deleted");
            }
            let worker = cluster.clone();
            tokio::task::spawn_blocking(move || worker.destroy()).await??;
            app.ui.info(format!("deleted the local database in {}", cluster.root().display()));
        }
        // Done above, for any database.
        DbCommand::PoolerLogin(_) | DbCommand::Dump(_) | DbCommand::Restore(_) => {}
    }
    Ok(())
}

/// `db pooler-login`: the schema's owner makes this database's pooler login (or gives it
/// a new password) for pgbouncer's auth_user, and prints it with the auth_query to use.
async fn pooler_login(app: &App, args: PoolerLoginArgs) -> Result<()> {
    output::accepts::<PoolerLogin>(app.global.output)?;
    if let Some(login) = &args.login {
        let fits = !login.is_empty()
            && login.len() <= 63
            && login.starts_with(|c: char| c.is_ascii_lowercase() || c == '_')
            && login.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
            && !login.starts_with("pg_")
            && !login.starts_with("omnictl_u_");
        if !fits {
            return Err(super::bad_flag(
                "--login",
                "a pooler login's name is lower-case letters, digits and _ (at most 63), not pg_… nor an operator's \
                 omnictl_u_…",
            ));
        }
    }
    let verifier = super::user::verifier(app, args.password_stdin)?;
    let pool = app.connect_owner(Schema::Current).await?;
    let made = async {
        let mut conn = pool.acquire().await?;
        crate::store::users::provision_pooler_login(&mut conn, args.login.as_deref(), &verifier).await
    }
    .await;
    pool.close().await;
    let (login, created) = made?;
    app.ui.info(format!(
        "{} the pooler login {login}: it may connect to this database and call omnictl_pooler_lookup, nothing else. \
         In pgbouncer.ini: auth_user = {login} and auth_query = {AUTH_QUERY}; in its auth_file: \"{login}\" \"the \
         password you gave\"",
        if created { "created" } else { "gave a new password to" }
    ));
    app.print_record(&PoolerLogin { login, created, auth_query: AUTH_QUERY })
}

/// What pgbouncer asks for a login's verifier.
const AUTH_QUERY: &str = "SELECT usename, passwd FROM omnictl_pooler_lookup($1)";

/// `db pooler-login`'s result.
#[derive(Debug, Serialize)]
struct PoolerLogin {
    login: String,
    created: bool,
    auth_query: &'static str,
}

impl Tabular for PoolerLogin {
    fn headers() -> Vec<&'static str> {
        vec!["login", "created", "auth query"]
    }

    fn cells(&self) -> Vec<String> {
        vec![self.login.clone(), self.created.to_string(), self.auth_query.to_string()]
    }
}

/// `db dump FILE`: see [`backup::dump`].
async fn dump(app: &App, file: &std::path::Path) -> Result<()> {
    output::accepts::<backup::Dumped>(app.global.output)?;
    let target = app.target()?;
    let pool = app.connect_owner(Schema::Current).await?;
    let mut conn = pool.acquire().await?;
    let dumped = backup::dump(&target, &mut conn, file).await;
    drop(conn);
    pool.close().await;
    let dumped = dumped?;
    app.ui.info(format!(
        "dumped {} row(s) of {} table(s) and {} login(s) to {} ({} bytes), checked against the database's counts in \
         the same snapshot; manifest {}",
        dumped.rows, dumped.tables, dumped.logins, dumped.file, dumped.bytes, dumped.manifest
    ));
    app.print_record(&dumped)
}

/// `db restore FILE`: the archive restored (see [`backup::restore`]), then this
/// database's own logins, definers and CONNECT rules (as `migrate run` repairs them),
/// then the audit trail verified and the authorizations' counters checked, all as the
/// owner reading through omnictl_backup. Fails when any of the three is not clean.
async fn restore(app: &App, file: &std::path::Path) -> Result<()> {
    output::accepts::<RestoreReport>(app.global.output)?;
    let target = app.target()?;
    if matches!(target, Target::Local(_)) {
        return Err(crate::error::Error::usage(
            "`omnictl db restore` restores into a new, empty database given by --database-url (or DATABASE_URL), \
             never over the local database",
        )
        .into());
    }
    let pool = app.connect_owner(Schema::AsIs).await?;
    let mut conn = pool.acquire().await?;
    let restored = backup::restore(&target, &mut conn, file).await;
    drop(conn);
    let restored = match restored {
        Ok(restored) if restored.differences.is_empty() => restored,
        Ok(restored) => {
            pool.close().await;
            return Err(crate::error::Error::found(format!(
                "the restored rows differ from the dump's manifest:\n  {}",
                restored.differences.join("\n  ")
            ))
            .hint("restore a dump with its own manifest, into a new, empty database")
            .into());
        }
        Err(error) => {
            pool.close().await;
            return Err(error);
        }
    };
    let applied = migrations::run(&pool).await?;
    let repaired = migrations::secure(&pool).await?;
    let mut conn = pool.acquire().await?;
    let passwords_restored = crate::store::users::restore_passwords(&mut conn).await?;
    let checked = crate::ops::audit::verify_restored(&mut conn).await;
    drop(conn);
    pool.close().await;
    let (chains, audit_rows, breaks, authorizations, mismatches) = checked?;
    let report = RestoreReport {
        tables: restored.tables,
        rows: restored.rows,
        counts_match: restored.differences.is_empty(),
        migrations_applied: applied.len(),
        repaired,
        passwords_restored,
        audit_chains: chains,
        audit_rows,
        audit_breaks: breaks.clone(),
        authorizations_checked: authorizations,
        counter_mismatches: mismatches.clone(),
    };
    app.ui.info(format!(
        "restored {} row(s) of {} table(s): {}",
        report.rows,
        report.tables,
        if report.counts_match {
            "every table's rows as the manifest counted".to_string()
        } else {
            restored.differences.join("; ")
        }
    ));
    for line in &report.repaired {
        app.ui.info(format!("repaired {line}"));
    }
    app.ui.info(format!(
        "audit verify: {} chain(s), {} row(s), {}",
        chains,
        audit_rows,
        if breaks.is_empty() { "intact".to_string() } else { breaks.join("; ") }
    ));
    app.ui.info(format!(
        "auth check: {authorizations} authorization(s), {}",
        if mismatches.is_empty() { "every counter equals its rows".to_string() } else { mismatches.join("; ") }
    ));
    app.print_record(&report)?;
    if !report.counts_match || !breaks.is_empty() || !mismatches.is_empty() {
        return Err(crate::error::Error::found(
            "the restored database is not what was dumped: see the counts, the audit verification and the \
             authorizations' check above",
        )
        .into());
    }
    app.ui.info(format!(
        "{passwords_restored} login(s) have their passwords back (the verifiers kept for the pooler); a user who never \
         set one since has none here yet: `omnictl user set-password EMAIL` (as this owner, or as a super \
         admin)"
    ));
    Ok(())
}

/// `db restore`, as a table or JSON.
#[derive(Debug, Serialize)]
struct RestoreReport {
    tables: usize,
    rows: i64,
    counts_match: bool,
    migrations_applied: usize,
    repaired: Vec<String>,
    passwords_restored: i64,
    audit_chains: usize,
    audit_rows: i64,
    audit_breaks: Vec<String>,
    authorizations_checked: i64,
    counter_mismatches: Vec<String>,
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

/// `db status`, as a table or JSON.
#[derive(Debug, Serialize)]
struct ClusterReport {
    /// not_created, stopped or running.
    state: &'static str,
    pid: Option<u32>,
    home: String,
    data_dir: String,
    socket_dir: String,
    url: String,
    log_file: String,
    postgres_version: Option<String>,
    /// The system user the server runs as when omnictl runs as root.
    server_user: Option<String>,
}

impl ClusterReport {
    fn of(cluster: &LocalCluster) -> Result<Self> {
        let state = cluster.state()?;
        let (state_name, pid) = match state {
            ClusterState::NotCreated => ("not_created", None),
            ClusterState::Stopped => ("stopped", None),
            ClusterState::Running { pid } => ("running", Some(pid)),
        };
        Ok(Self {
            state: state_name,
            pid,
            home: cluster.home().display().to_string(),
            data_dir: cluster.data_dir().display().to_string(),
            socket_dir: cluster.socket_dir().display().to_string(),
            url: cluster.url(cluster::DATABASE),
            log_file: cluster.log_file().display().to_string(),
            postgres_version: cluster.binaries().ok().map(|b| b.version),
            server_user: cluster.server_user().map(|u| u.name.clone()),
        })
    }
}

impl Tabular for ClusterReport {
    fn headers() -> Vec<&'static str> {
        vec!["state", "pid", "home", "data dir", "socket dir", "url", "log file", "postgres", "server user"]
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.state.to_string(),
            output::cell(self.pid),
            self.home.clone(),
            self.data_dir.clone(),
            self.socket_dir.clone(),
            self.url.clone(),
            self.log_file.clone(),
            self.postgres_version.clone().unwrap_or_else(|| "not found".to_string()),
            match &self.server_user {
                Some(user) => format!("{user} (omnictl runs as root; PostgreSQL refuses root)"),
                None => "you".to_string(),
            },
        ]
    }
}
