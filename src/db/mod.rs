//! Reaching the database: an external server by URL, or the local cluster by default.

pub mod binaries;
pub mod cluster;
pub mod context;
pub mod migrations;
pub mod pooler;
pub mod service;
pub mod statement;
pub mod tls;

use std::time::Duration;

use anyhow::{Context, Result};
use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};
use sqlx::{Connection, PgConnection};

use crate::ui::Ui;
use cluster::{ClusterSettings, LocalCluster};

/// Where the database is: given by `--database-url`, or the embedded local cluster.
#[derive(Debug, Clone)]
pub enum Target {
    Url(String),
    Local(LocalCluster),
}

impl Target {
    /// Whether the URL says a transaction pooler is in between (`pgbouncer=true`).
    pub fn pooled(&self) -> bool {
        matches!(self, Target::Url(url) if pooler::declared(url))
    }

    pub fn resolve(database_url: Option<&str>) -> Result<Self> {
        match database_url {
            Some(url) if url.starts_with("postgres://") || url.starts_with("postgresql://") => {
                Ok(Self::Url(url.to_string()))
            }
            Some(_) => Err(crate::error::Error::new(
                crate::error::Kind::Usage,
                "the database URL is not valid: it must start with postgres:// or postgresql:// \
                 (postgres://USER:PASSWORD@HOST:PORT/DB)",
            )
            .into()),
            // A libpq connection service, as psql would use it.
            None if std::env::var("PGSERVICE").is_ok_and(|s| !s.is_empty()) => {
                let name = std::env::var("PGSERVICE").unwrap_or_default();
                // A service that is not there is the caller's setting to fix.
                let url = service::url(&name)
                    .map_err(|e| crate::error::Error::new(crate::error::Kind::Usage, format!("{e:#}")))?;
                Ok(Self::Url(url))
            }
            None => Ok(Self::Local(LocalCluster::locate(LocalCluster::default_home()?, ClusterSettings::default())?)),
        }
    }
}

/// How a command wants the schema: commands other than `migrate` need it current.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Schema {
    /// Fail with advice when migrations are pending (an external server), or apply them
    /// (the local cluster, which omnictl owns).
    Current,
    /// Leave the schema as it is (`migrate status` and `migrate run` decide themselves).
    AsIs,
}

/// Connects to the target, starting (and creating) the local cluster when needed.
///
/// Who the connection logs in as: on a server given by URL, the URL's user (with the
/// password from the URL, `PGPASSWORD`, `~/.pgpass` or a client certificate): the
/// database derives the operator from that login. On the local database, which only
/// its owner's OS account can reach, `operator` picks the operator's login (see
/// [`login_name`]); without one the connection is the cluster's owner, which is no
/// operator (migrations, `user bootstrap`, `db`).
///
/// A command holds one server connection. Only on the local database's first use, or
/// when its schema is behind, does the owner connect too (to create the database and
/// migrate it), before the command's own connection.
pub async fn connect(target: &Target, schema: Schema, operator: Option<&str>, ui: &Ui) -> Result<PgPool> {
    let pooled = target.pooled();
    statement::behind_pooler(pooled);
    let connected = match target {
        Target::Url(url) => {
            let url = pooler::strip(url);
            let options = url
                .parse::<PgConnectOptions>()
                .context("the database URL is not valid (expected postgres://USER@HOST:PORT/DB)")?;
            let pool = open(tuned(tls::libpq_defaults(&url, options)?), pooled).await;
            match pool {
                Ok(pool) if schema == Schema::Current => migrations::ensure_current(&pool).await.map(|()| pool),
                other => other,
            }
        }
        Target::Local(cluster) => connect_local(cluster, schema, operator, ui).await,
    };
    connected.with_context(|| format!("could not connect to {}", describe(target)))
}

/// The database as it is, for a shell completing a value: nothing is started, created or
/// migrated, and a server that does not answer at once is an error (the shell offers
/// nothing rather than wait).
pub async fn connect_as_is(target: &Target, operator: Option<&str>) -> Result<PgPool> {
    let pooled = target.pooled();
    statement::behind_pooler(pooled);
    let options = match target {
        Target::Url(url) => {
            let url = pooler::strip(url);
            tls::libpq_defaults(&url, url.parse::<PgConnectOptions>().context("the database URL is not valid")?)?
        }
        Target::Local(cluster) => {
            if !matches!(cluster.state()?, cluster::ClusterState::Running { .. }) {
                anyhow::bail!("the local database is not running");
            }
            let owner = cluster.connect_options(cluster::DATABASE);
            match operator.map(str::trim).filter(|e| !e.is_empty()) {
                Some(email) => owner.username(&login_name(cluster::DATABASE, email)),
                None => owner,
            }
        }
    };
    let connecting = pool_options(pooled).acquire_timeout(Duration::from_secs(2)).connect_with(tuned(options));
    Ok(connecting.await?)
}

/// The local database: the operator's login (or the owner's), migrated first when the
/// schema is behind (the tool owns this database), created on first use.
async fn connect_local(cluster: &LocalCluster, schema: Schema, operator: Option<&str>, ui: &Ui) -> Result<PgPool> {
    start_local(cluster, ui).await?;
    let owner = tuned(cluster.connect_options(cluster::DATABASE));
    let login = match operator.map(str::trim).filter(|e| !e.is_empty()) {
        Some(email) => owner.clone().username(&login_name(cluster::DATABASE, email)),
        None => owner.clone(),
    };
    let first = open(login.clone(), false).await;
    let behind = match &first {
        Ok(pool) => schema == Schema::Current && !migrations::current(pool).await,
        // A fresh cluster: the database, or the operator's login, is made by migrating.
        Err(error) => is_missing_database(error) || is_unknown_role(error),
    };
    if !behind {
        return first;
    }
    if let Ok(pool) = first {
        pool.close().await;
    }
    let mut admin = first_connection(&cluster.connect_options("postgres"))
        .await
        .context("could not connect to the local PostgreSQL server")?;
    create_database_if_missing(&mut admin, cluster::DATABASE).await?;
    admin.close().await.ok();
    if schema == Schema::Current {
        let pool = pool(owner.clone(), false);
        let applied = migrations::run(&pool).await;
        pool.close().await;
        let applied = applied?;
        if !applied.is_empty() {
            ui.info(format!("applied {} migration(s) to the local database", applied.len()));
        }
    }
    match open(login, false).await {
        // No such operator: connect as the owner, so that the claim is refused and
        // recorded like any other.
        Err(error) if is_unknown_role(&error) => open(owner, false).await,
        other => other,
    }
}

/// One connection, opened now. A server that refuses connections, is starting up or
/// has none free is waited for as long as each deserves (see [`first_connection`]);
/// any other failure is said at once, as a sentence when it is a known one.
async fn open(options: PgConnectOptions, pooled: bool) -> Result<PgPool> {
    let eager = pool_options(pooled).connect_with(options.clone());
    match tokio::time::timeout(Duration::from_secs(2), eager).await {
        Ok(Ok(pool)) => return Ok(pool),
        Ok(Err(error)) if !waits(&error) => return Err(explain_connect(error, &options, Duration::ZERO)),
        _ => {}
    }
    first_connection(&options).await?.close().await.ok();
    Ok(pool(options, pooled))
}

/// Whether a failed connection is worth waiting for (see [`first_connection`]).
fn waits(error: &sqlx::Error) -> bool {
    match error {
        sqlx::Error::Io(io) => io.kind() == std::io::ErrorKind::ConnectionRefused,
        sqlx::Error::Database(db) => matches!(db.code().as_deref(), Some("57P03" | "53300")),
        sqlx::Error::PoolTimedOut => true,
        _ => false,
    }
}

/// The options every omnictl connection uses.
fn tuned(options: PgConnectOptions) -> PgConnectOptions {
    options.application_name("omnictl")
}

/// One connection: a command runs its transactions one after another. Behind a
/// transaction pooler, the connection learns the schema's types first (see
/// [`pooler::learn_types`]).
fn pool_options(pooled: bool) -> PgPoolOptions {
    let pool = PgPoolOptions::new().max_connections(1).acquire_timeout(Duration::from_secs(30));
    if pooled { pool.after_connect(|conn, _| Box::pin(async move { pooler::learn_types(conn).await })) } else { pool }
}

/// The same, connecting when first used.
fn pool(options: PgConnectOptions, pooled: bool) -> PgPool {
    pool_options(pooled).connect_lazy_with(options)
}

/// The login role of the operator with `email` in `database`: `<database>.<email in
/// lower case>`, or, when that is longer than PostgreSQL's 63 bytes, `omnictl_` and the
/// first 32 hex digits of its SHA-256. The same rule as `omnictl_login_name` in the
/// schema, which names the role when the user is created.
pub fn login_name(database: &str, email: &str) -> String {
    let name = format!("{database}.{}", email.trim().to_lowercase());
    if name.len() <= 63 {
        return name;
    }
    use sha2::Digest;
    let digest = sha2::Sha256::digest(name.as_bytes());
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    format!("omnictl_{}", &hex[..32])
}

/// Why connecting failed, when the local database can do something about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
enum Missing {
    #[error("the login role does not exist")]
    Role,
    #[error("the database does not exist")]
    Database,
}

/// Whether connecting failed because the login role does not exist.
fn is_unknown_role(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| cause.downcast_ref::<Missing>() == Some(&Missing::Role))
}

/// Whether connecting failed because the database does not exist.
fn is_missing_database(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| cause.downcast_ref::<Missing>() == Some(&Missing::Database))
}

/// Connects once, retrying briefly while a server that is starting refuses connections,
/// so that a wrong address fails fast with its real cause rather than a pool time-out.
/// A server still starting or recovering from a crash (57P03) is waited for up to half a
/// minute; one with no free connection (53300) a few seconds, then explained.
async fn first_connection(options: &PgConnectOptions) -> Result<PgConnection> {
    let started = std::time::Instant::now();
    let mut attempt: u64 = 0;
    loop {
        let error = match PgConnection::connect_with(options).await {
            Ok(connection) => return Ok(connection),
            Err(error) => error,
        };
        attempt += 1;
        let code = match &error {
            sqlx::Error::Database(db) => db.code().map(|c| c.into_owned()),
            _ => None,
        };
        let refused = matches!(&error, sqlx::Error::Io(io) if io.kind() == std::io::ErrorKind::ConnectionRefused);
        let waited = started.elapsed();
        let retry = match code.as_deref() {
            Some("57P03") => waited < Duration::from_secs(30),
            Some("53300") => waited < Duration::from_secs(5),
            _ => refused && attempt <= 5,
        };
        if retry {
            tokio::time::sleep(Duration::from_millis((100 * attempt).min(1000))).await;
            continue;
        }
        return Err(explain_connect(error, options, waited));
    }
}

/// A failed connection as a sentence a user can act on, when it is a known one. A
/// missing login or database keeps its [`Missing`] cause for the local database.
fn explain_connect(error: sqlx::Error, options: &PgConnectOptions, waited: Duration) -> anyhow::Error {
    let code = match &error {
        sqlx::Error::Database(db) => db.code().map(|c| c.into_owned()),
        _ => None,
    };
    let message = match &error {
        sqlx::Error::Database(db) => db.message().to_string(),
        _ => String::new(),
    };
    let login = options.get_username().to_string();
    if let Some(sentence) = tls::explain(&error, options.get_host()) {
        return anyhow::anyhow!(sentence);
    }
    match code.as_deref() {
        Some("28000") if message.contains("not permitted to log in") => anyhow::anyhow!(
            "the database login {login} may not log in: its user is deactivated. An ADMIN of their clinic (or a \
             super admin) can reactivate them with `omnictl user activate EMAIL`"
        ),
        Some("28000") if message.contains("does not exist") => anyhow::Error::new(Missing::Role).context(format!(
            "there is no database login named {login}: connect with your own login (omnictl user whoami shows it; \
             an operator's login is named DATABASE.EMAIL)"
        )),
        Some("3D000") => anyhow::Error::new(Missing::Database)
            .context(format!("the database {} does not exist", options.get_database().unwrap_or_default())),
        // pgbouncer says it with a protocol error code.
        _ if code.as_deref() == Some("28P01") || message.contains("SASL authentication failed") => anyhow::anyhow!(
            "the server refused the password of the login {login}: check PGPASSWORD, ~/.pgpass or the URL, or have \
             it set again with `omnictl user set-password`"
        ),
        Some("28000") if message.contains("pg_hba.conf") => anyhow::anyhow!(
            "the server has no pg_hba.conf line letting the login {login} connect from here (the server says: \
             {message})"
        ),
        Some("57P03") => anyhow::anyhow!(
            "the database is still starting up or recovering from a crash after {}s of waiting; try again in a \
             minute (omnictl db status shows the local server)",
            waited.as_secs()
        ),
        Some("53300") => anyhow::anyhow!(
            "the database has no free connection: its connection limit is reached (the server's max_connections, \
             or this login's own limit) by too many omnictl runs or other clients at once. Run fewer commands at \
             the same time, raise the limit, or put a pooler such as pgbouncer in front of the server"
        ),
        _ => anyhow::Error::new(error),
    }
}

/// Starts the local cluster (creating it on first use).
async fn start_local(cluster: &LocalCluster, ui: &Ui) -> Result<()> {
    let worker = cluster.clone();
    let startup = tokio::task::spawn_blocking(move || worker.ensure_running())
        .await
        .context("the local database start-up task failed")??;
    if startup.created {
        ui.info(format!("created the local database in {}", cluster.root().display()));
    }
    if startup.started {
        ui.detail(format!("started the local PostgreSQL server ({})", cluster.socket_dir().display()));
    }
    Ok(())
}

/// Creates `name` unless it exists; a concurrent creator winning the race is fine.
pub async fn create_database_if_missing(admin: &mut PgConnection, name: &str) -> Result<()> {
    let exists: bool =
        crate::db::statement::query_scalar("SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)")
            .bind(name)
            .fetch_one(&mut *admin)
            .await?;
    if exists {
        return Ok(());
    }
    let statement = format!("CREATE DATABASE \"{}\"", name.replace('"', "\"\""));
    match crate::db::statement::query(&statement).execute(&mut *admin).await {
        Ok(_) => Ok(()),
        // A concurrent creator won: duplicate_database, or (when both passed the catalog
        // check at once) a unique violation on pg_database's name index.
        Err(sqlx::Error::Database(e)) if matches!(e.code().as_deref(), Some("42P04" | "23505")) => Ok(()),
        Err(e) => Err(e).with_context(|| format!("could not create the database {name}")),
    }
}

/// Names the target for messages without revealing a password.
pub fn describe(target: &Target) -> String {
    match target {
        Target::Local(cluster) => format!("the local database in {}", cluster.root().display()),
        Target::Url(url) => match url.parse::<PgConnectOptions>() {
            Ok(o) => {
                format!("{}@{}:{}/{}", o.get_username(), o.get_host(), o.get_port(), o.get_database().unwrap_or(""))
            }
            Err(_) => "the database URL".to_string(),
        },
    }
}
