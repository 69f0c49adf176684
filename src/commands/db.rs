//! `omnictl db`: the local database — a private PostgreSQL server under the data
//! directory, on a Unix socket only, created and started on demand by any command.

use anyhow::{Result, bail};
use serde::Serialize;

use super::App;
use crate::cli::db::{DbCommand, PoolerLoginArgs};
use crate::db::cluster::{self, ClusterState, LocalCluster};
use crate::db::{Schema, Target};
use crate::output::{self, Tabular};

pub async fn run(app: &App, command: DbCommand) -> Result<()> {
    // The one subcommand for a server as much as for the local database.
    if let DbCommand::PoolerLogin(args) = command {
        return pooler_login(app, args).await;
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
        DbCommand::PoolerLogin(_) => {} // made above, for any database
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
