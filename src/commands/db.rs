//! `omnictl db`: the local database — a private PostgreSQL server under the data
//! directory, on a Unix socket only, created and started on demand by any command.

use anyhow::{Result, bail};

use super::App;
use crate::cli::db::{DbCommand, PoolerLoginArgs};
use crate::db::cluster::{self, ClusterReport};
use crate::db::pooler::{AUTH_QUERY, PoolerLogin};
use crate::db::{Schema, Target, backup};
use crate::ops::backups::RestoreReport;
use crate::output;

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
        crate::domain::user::validate_pooler_login(login).map_err(|reason| super::bad_flag("--login", reason))?;
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
    let checked = crate::ops::backups::restore(&target, &pool, file).await;
    pool.close().await;
    let (report, differences) = checked?;
    let (chains, audit_rows, breaks) = (report.audit_chains, report.audit_rows, report.audit_breaks.clone());
    let (authorizations, mismatches) = (report.authorizations_checked, report.counter_mismatches.clone());
    let passwords_restored = report.passwords_restored;
    app.ui.info(format!(
        "restored {} row(s) of {} table(s): {}",
        report.rows,
        report.tables,
        if report.counts_match {
            "every table's rows as the manifest counted".to_string()
        } else {
            differences.join("; ")
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
