//! Reaching the database: an external server by URL, or the local cluster by default.

pub(crate) mod backup;
pub(crate) mod binaries;
pub mod cluster;
pub mod context;
mod logins;
pub mod migrations;
pub(crate) mod pgpass;
pub mod pooler;
mod script;
pub(crate) mod service;
pub(crate) mod statement;
pub(crate) mod tls;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};
use sqlx::{Connection, PgConnection};

use crate::store::operators::Identity;
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
    pub(crate) fn pooled(&self) -> bool {
        matches!(self, Target::Url(url) if pooler::declared(url))
    }

    pub(crate) fn resolve(database_url: Option<&str>) -> Result<Self> {
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
/// [`login_of`]); without one the connection is the cluster's owner, which is no
/// operator (migrations, `user bootstrap`, `db`).
///
/// A command holds one server connection. Only on the local database's first use, or
/// when its schema is behind, does the owner connect too (to create the database and
/// migrate it), before the command's own connection.
///
/// With the pool comes who its login is, when the connection's first statement asked
/// already (an operator's login remembered on the local database): the command's first
/// transaction then takes that answer instead of asking again.
pub(crate) async fn connect(
    target: &Target,
    schema: Schema,
    operator: Option<&str>,
    ui: &Ui,
) -> Result<(PgPool, Option<Identity>)> {
    let pooled = target.pooled();
    statement::behind_pooler(pooled);
    let connected = match target {
        Target::Url(url) => {
            let url = pooler::strip(url);
            let options = url
                .parse::<PgConnectOptions>()
                .context("the database URL is not valid (expected postgres://USER@HOST:PORT/DB)")?;
            let options = pgpass::apply(&url, tuned(tls::libpq_defaults(&url, options)?), Some(ui));
            let pool = open(options, pooled, Refusal::Fail).await;
            match pool {
                Ok(pool) if schema == Schema::Current => migrations::ensure_current(&pool, ui).await.map(|()| pool),
                other => other,
            }
            .map(|pool| (pool, None))
        }
        Target::Local(cluster) => connect_local(cluster, schema, operator, ui).await,
    };
    connected.with_context(|| format!("could not connect to {}", describe(target)))
}

/// The database as it is, for a shell completing a value: nothing is started, created or
/// migrated, and a server that does not answer at once is an error (the shell offers
/// nothing rather than wait).
pub(crate) async fn connect_as_is(target: &Target, operator: Option<&str>) -> Result<PgPool> {
    let pooled = target.pooled();
    statement::behind_pooler(pooled);
    let options = match target {
        Target::Url(url) => {
            let url = pooler::strip(url);
            let options = url.parse::<PgConnectOptions>().context("the database URL is not valid")?;
            pgpass::apply(&url, tls::libpq_defaults(&url, options)?, None)
        }
        Target::Local(cluster) => {
            if !matches!(cluster.state()?, cluster::ClusterState::Running { .. }) {
                return Err(crate::error::Error::database("the local database is stopped")
                    .hint("start it with `omnictl db start`")
                    .into());
            }
            let owner = cluster.connect_options(cluster::DATABASE);
            match operator.map(str::trim).filter(|e| !e.is_empty()) {
                Some(email) => match login_of(&owner, email).await {
                    Some(login) => owner.username(&login),
                    None => anyhow::bail!("no operator has the email {email} on the local database"),
                },
                None => owner,
            }
        }
    };
    let options = tuned(options);
    let connecting = pool_options(pooled).acquire_timeout(Duration::from_secs(2)).connect_with(options.clone());
    match connecting.await {
        Ok(pool) => Ok(pool),
        Err(error) => match tls::verify_ca_relay(&error, &options).await? {
            Some(relayed) => {
                Ok(pool_options(pooled).acquire_timeout(Duration::from_secs(2)).connect_with(relayed).await?)
            }
            None => Err(error.into()),
        },
    }
}

/// The local database: the operator's login (or the owner's), migrated first when the
/// schema is behind (the tool owns this database), created on first use.
async fn connect_local(
    cluster: &LocalCluster,
    schema: Schema,
    operator: Option<&str>,
    ui: &Ui,
) -> Result<(PgPool, Option<Identity>)> {
    start_local(cluster, ui).await?;
    let owner = tuned(cluster.connect_options(cluster::DATABASE));
    let email = operator.map(str::trim).filter(|e| !e.is_empty());
    // The operator's login, as the database named it; no such user yet (or no database
    // yet to ask): the owner, so that the claim is refused and recorded like any other.
    let login_for = async |email: Option<&str>| match email {
        Some(email) => login_of(&owner, email).await.map(|login| owner.clone().username(&login)),
        None => Some(owner.clone()),
    };
    // The login an earlier command found for this email, checked on the connection itself
    // (one statement instead of a second connection as the owner); a login that is no
    // longer this email's is forgotten and looked up again.
    let remembered = email.and_then(|email| logins::recalled(cluster, email));
    let mut checked_current = None;
    let mut identity = None;
    let first = match (email, remembered) {
        (Some(email), Some(login)) => match open(owner.clone().username(&login), false, Refusal::Wait).await {
            Ok(pool) => {
                let checked = logins::check(&pool, email).await;
                if checked.theirs {
                    checked_current = Some(checked.current);
                    identity = checked.identity;
                    Some(Ok(pool))
                } else {
                    pool.close().await;
                    None
                }
            }
            Err(_) => None,
        },
        _ => None,
    };
    let first = match first {
        Some(first) => first,
        None => {
            let login = login_for(email).await;
            if let (Some(email), Some(login)) = (email, &login) {
                logins::remember(cluster, email, login.get_username());
            }
            open(login.unwrap_or_else(|| owner.clone()), false, Refusal::Wait).await
        }
    };
    let behind = match &first {
        // The fingerprint read with the login's check matched: nothing more to ask.
        Ok(_) if checked_current == Some(true) || schema != Schema::Current => false,
        Ok(pool) => !migrations::current(pool, ui).await,
        // A fresh cluster: the database, or the operator's login, is made by migrating.
        Err(error) => is_missing_database(error) || is_unknown_role(error),
    };
    if !behind {
        return first.map(|pool| (pool, identity));
    }
    if let Ok(pool) = first {
        pool.close().await;
    }
    let mut admin = first_connection(&cluster.connect_options("postgres"), Refusal::Wait)
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
    // Migrated just now: the operator's login may be known only now.
    let login = login_for(email).await.unwrap_or_else(|| owner.clone());
    match open(login, false, Refusal::Wait).await {
        // No such operator: connect as the owner, so that the claim is refused and
        // recorded like any other.
        Err(error) if is_unknown_role(&error) => open(owner, false, Refusal::Wait).await,
        other => other,
    }
    .map(|pool| (pool, None))
}

/// What a refused connection means: the local server omnictl has just started may not
/// listen yet, and is waited for briefly; at an address given by URL nothing listens, and
/// that is said at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Refusal {
    Wait,
    Fail,
}

/// How long one attempt to connect may take before the server is said not to answer.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// One connection, opened now. A server that is starting up or has none free is waited
/// for as long as each deserves (see [`first_connection`]), as is a refusal when
/// `refusal` says so; any other failure is said at once, as a sentence when it is a
/// known one.
async fn open(options: PgConnectOptions, pooled: bool, refusal: Refusal) -> Result<PgPool> {
    let started = Instant::now();
    let eager = tokio::time::timeout(Duration::from_secs(2), pool_options(pooled).connect_with(options.clone()));
    let outcome = match refusal {
        Refusal::Wait => eager.await,
        // The pool retries a refused connection until its time-out.
        Refusal::Fail => tokio::select! {
            outcome = eager => outcome,
            refused = nothing_listens(&options) => Ok(Err(refused)),
        },
    };
    match outcome {
        Ok(Ok(pool)) => return Ok(pool),
        Ok(Err(error)) if !waits(&error, refusal) => {
            // sslmode=verify-ca, when the certificate is refused for its name alone.
            if let Some(relayed) = tls::verify_ca_relay(&error, &options).await? {
                return Box::pin(open(relayed, pooled, refusal)).await;
            }
            return Err(explain_connect(error, &options, started.elapsed()));
        }
        _ => {}
    }
    first_connection(&options, refusal).await?.close().await.ok();
    Ok(pool(options, pooled))
}

/// Resolves with the refusal when nothing listens where `options` point (after a moment:
/// a server that answers at once needs no second look); otherwise never.
async fn nothing_listens(options: &PgConnectOptions) -> sqlx::Error {
    tokio::time::sleep(Duration::from_millis(150)).await;
    let attempt = match Address::of(options) {
        Address::Socket(path) => tokio::net::UnixStream::connect(path).await.map(drop),
        Address::Tcp { host, port } => tokio::net::TcpStream::connect((host.as_str(), port)).await.map(drop),
    };
    match attempt {
        Err(error) if error.kind() == std::io::ErrorKind::ConnectionRefused => sqlx::Error::Io(error),
        _ => std::future::pending().await,
    }
}

/// Whether a failed connection is worth waiting for (see [`first_connection`]).
fn waits(error: &sqlx::Error, refusal: Refusal) -> bool {
    match error {
        sqlx::Error::Io(io) => refusal == Refusal::Wait && io.kind() == std::io::ErrorKind::ConnectionRefused,
        sqlx::Error::Database(db) => matches!(db.code().as_deref(), Some("57P03" | "53300")),
        sqlx::Error::PoolTimedOut => true,
        _ => false,
    }
}

/// The options every omnictl connection uses.
fn tuned(options: PgConnectOptions) -> PgConnectOptions {
    options.application_name("omnictl")
}

/// One connection: a command runs its transactions one after another. It is not pinged
/// each time a transaction takes it (a connection seconds old that has died fails its
/// next statement just as clearly, and a small read pays each ping as a round trip).
/// Behind a transaction pooler, the connection learns the schema's types first (see
/// [`pooler::learn_types`]).
fn pool_options(pooled: bool) -> PgPoolOptions {
    let pool =
        PgPoolOptions::new().max_connections(1).acquire_timeout(Duration::from_secs(30)).test_before_acquire(false);
    if pooled { pool.after_connect(|conn, _| Box::pin(async move { pooler::learn_types(conn).await })) } else { pool }
}

/// The same, connecting when first used.
fn pool(options: PgConnectOptions, pooled: bool) -> PgPool {
    pool_options(pooled).connect_lazy_with(options)
}

/// The login role of the operator with `email`, as the database named it when the user
/// was made (`omnictl_u_`, the database's tag and the user's id: a name that reveals no
/// one and that no copy of the database shares), asked of the database as `owner` (the
/// local cluster's owner). None when there is no such user, or no database or schema yet
/// to ask.
pub async fn login_of(owner: &PgConnectOptions, email: &str) -> Option<String> {
    let mut conn = PgConnection::connect_with(owner).await.ok()?;
    let login = statement::query_scalar::<Option<String>>(
        "SELECT login_role FROM users WHERE lower(email) = lower($1) AND login_role IS NOT NULL",
    )
    .bind(email.trim())
    .fetch_optional(&mut conn)
    .await
    .ok()
    .flatten()
    .flatten();
    conn.close().await.ok();
    login
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

/// Connects once, retrying briefly while a server that is starting refuses connections
/// (when `refusal` says to wait), so that a wrong address fails fast with its real cause
/// rather than a pool time-out. A server still starting or recovering from a crash
/// (57P03) is waited for up to half a minute; one with no free connection (53300) a few
/// seconds, then explained. An attempt that gets no answer in [`CONNECT_TIMEOUT`] is
/// said as a time-out.
async fn first_connection(options: &PgConnectOptions, refusal: Refusal) -> Result<PgConnection> {
    let started = Instant::now();
    let mut attempt: u64 = 0;
    loop {
        let error = match tokio::time::timeout(CONNECT_TIMEOUT, PgConnection::connect_with(options)).await {
            Ok(Ok(connection)) => return Ok(connection),
            Ok(Err(error)) => error,
            Err(_) => sqlx::Error::Io(std::io::Error::new(std::io::ErrorKind::TimedOut, "no answer")),
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
            _ => refused && refusal == Refusal::Wait && attempt <= 5,
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
    if let Some(sentence) = tls::explain(&error, options) {
        return sentence.into();
    }
    if let Some(unreachable) = unreachable(&error, options, waited) {
        return unreachable.into();
    }
    match code.as_deref() {
        // pgbouncer's auth_query (omnictl_pooler_lookup) answers nothing for a deactivated
        // user's login, and pgbouncer says so at once: the same sentence as the server's.
        Some("28000" | "08P01") if message.contains("not permitted to log in") || message == "no such user" => {
            anyhow::anyhow!(
                "the database login {login} may not log in: its user is deactivated. An ADMIN of their clinic (or a \
             super admin) can reactivate them with `omnictl user activate EMAIL`"
            )
        }
        Some("28000") if message.contains("does not exist") => anyhow::Error::new(Missing::Role).context(format!(
            "there is no database login named {login}: connect with your own login (omnictl user whoami shows it; \
             omnictl user show EMAIL names an operator's login)"
        )),
        Some("3D000") => anyhow::Error::new(Missing::Database)
            .context(format!("the database {} does not exist", options.get_database().unwrap_or_default())),
        // pgbouncer says it with a protocol error code.
        _ if code.as_deref() == Some("28P01") || message.contains("SASL authentication failed") => {
            let refused = crate::error::Error::database(format!(
                "the server refused the password of the login {login}: check PGPASSWORD, ~/.pgpass or the URL, or \
                 have it set again with `omnictl user set-password`"
            ));
            match pgpass::ignored() {
                Some(file) => refused
                    .hint(format!(
                        "the password file {0} was not used: its group or others may read it. Make it yours alone \
                         with `chmod 0600 {0}`",
                        file.display()
                    ))
                    .into(),
                None => refused.into(),
            }
        }
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

/// Names the target for messages without revealing a password: `user@host:port/db`, or
/// for a Unix socket `user on the socket DIR/.s.PGSQL.PORT (database db)`.
pub(crate) fn describe(target: &Target) -> String {
    match target {
        Target::Local(cluster) => format!("the local database in {}", cluster.root().display()),
        Target::Url(url) => match url.parse::<PgConnectOptions>() {
            Ok(o) => match Address::of(&o) {
                Address::Socket(path) => match o.get_database() {
                    Some(database) => {
                        format!("{} on the socket {} (database {database})", o.get_username(), path.display())
                    }
                    None => format!("{} on the socket {}", o.get_username(), path.display()),
                },
                Address::Tcp { host, port } => {
                    format!("{}@{host}:{port}/{}", o.get_username(), o.get_database().unwrap_or(""))
                }
            },
            Err(_) => "the database URL".to_string(),
        },
    }
}

/// Where a connection goes: a Unix socket (the local database's, a server's on this
/// machine), or a host and port.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Address {
    Socket(PathBuf),
    Tcp { host: String, port: u16 },
}

impl Address {
    /// As sqlx decides it: a socket directory given, or a host that is a path.
    fn of(options: &PgConnectOptions) -> Self {
        let port = options.get_port();
        let directory = match options.get_socket() {
            Some(directory) => Some(directory.clone()),
            None if options.get_host().starts_with('/') => Some(PathBuf::from(options.get_host())),
            None => None,
        };
        match directory {
            Some(directory) => Address::Socket(directory.join(format!(".s.PGSQL.{port}"))),
            None => Address::Tcp { host: options.get_host().to_string(), port },
        }
    }
}

/// A server that could not be reached, as what happened and what to check: nothing
/// listens there (or the local database is stopped), no answer, no route, no such host.
fn unreachable(error: &sqlx::Error, options: &PgConnectOptions, waited: Duration) -> Option<crate::error::Error> {
    use crate::error::Error;
    use std::io::ErrorKind;
    let sqlx::Error::Io(io) = error else { return None };
    let (host, port) = match Address::of(options) {
        Address::Socket(path) if matches!(io.kind(), ErrorKind::NotFound | ErrorKind::ConnectionRefused) => {
            return Some(match local_cluster_of(&path) {
                Some(root) => Error::database(format!(
                    "the local database in {} is stopped: no server listens on its socket {}",
                    root.display(),
                    path.display()
                ))
                .hint(format!("start it with `{}`", start_command(&root))),
                None => Error::database(format!(
                    "no server listens on the socket {}{}",
                    path.display(),
                    if io.kind() == ErrorKind::NotFound { " (there is no such socket)" } else { "" }
                ))
                .hint(
                    "check the socket directory (host=) and the port in the URL, and that the server runs; for \
                     omnictl's local database, leave out --database-url or start it with `omnictl db start`",
                ),
            });
        }
        Address::Socket(_) => return None,
        Address::Tcp { host, port } => (host, port),
    };
    let check = "check the host and the port in the URL";
    Some(match io.kind() {
        ErrorKind::ConnectionRefused => Error::database(format!(
            "the server at {host}:{port} refuses connections: nothing listens there"
        ))
        .hint(format!(
            "{check}, and that the PostgreSQL server runs there; for omnictl's local database, leave out \
                     --database-url or start it with `omnictl db start`"
        )),
        ErrorKind::TimedOut => Error::database(format!(
            "the server at {host}:{port} did not answer (waited {}s)",
            waited.as_secs().max(CONNECT_TIMEOUT.as_secs())
        ))
        .hint(format!(
            "a firewall may be dropping the connection, or the server is down or not at {host}: {check}, and that \
             this machine may reach {host}:{port}"
        )),
        ErrorKind::HostUnreachable | ErrorKind::NetworkUnreachable => {
            Error::database(format!("there is no route from this machine to {host}:{port} ({io})"))
                .hint(format!("{check}, and this machine's network (a VPN to connect first?)"))
        }
        _ if io.to_string().contains("failed to lookup address") => {
            Error::database(format!("the host {host} is not known: its name could not be resolved ({io})"))
                .hint(format!("check the host name {host} in the URL (a typo?) and this machine's DNS settings"))
        }
        _ => return None,
    })
}

/// The local cluster whose socket is `socket` (`<root>/run/.s.PGSQL.5432`, beside
/// `<root>/data`), if it is one.
fn local_cluster_of(socket: &Path) -> Option<PathBuf> {
    let directory = socket.parent()?;
    let root = directory.parent()?;
    (directory.file_name()? == "run" && root.join("data").join("PG_VERSION").is_file()).then(|| root.to_path_buf())
}

/// The command that starts the local cluster in `root`: `omnictl db start`, with the
/// `OMNICTL_HOME` it belongs to when that is not the default one.
fn start_command(root: &Path) -> String {
    let home = root.parent().filter(|_| root.file_name().is_some_and(|name| name == "postgres"));
    match home {
        Some(home) if LocalCluster::default_home().ok().as_deref() != Some(home) => {
            format!("OMNICTL_HOME={} omnictl db start", home.display())
        }
        _ => "omnictl db start".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_socket_is_named_as_a_socket_never_as_localhost() {
        let target = Target::Url("postgresql:///omnictl?host=%2Fsrv%2Fomnictl%2Frun&port=5432&user=omnictl".into());
        assert_eq!(describe(&target), "omnictl on the socket /srv/omnictl/run/.s.PGSQL.5432 (database omnictl)");
        let target = Target::Url("postgres://ana@db.example.org:6432/omnictl".into());
        assert_eq!(describe(&target), "ana@db.example.org:6432/omnictl");
    }

    #[test]
    fn an_unreachable_server_is_said_with_what_to_check() {
        let options = PgConnectOptions::new().host("db.example.org").port(5432);
        let io = |kind| sqlx::Error::Io(std::io::Error::new(kind, "os error"));
        let said = |error: sqlx::Error| {
            let error = unreachable(&error, &options, Duration::from_secs(12))
                .map(|e| (e.to_string(), e.hints().iter().map(ToString::to_string).collect::<Vec<_>>()));
            error.unwrap_or_default()
        };
        let (refused, hints) = said(io(std::io::ErrorKind::ConnectionRefused));
        assert_eq!(refused, "the server at db.example.org:5432 refuses connections: nothing listens there");
        assert!(hints.iter().any(|h| h.contains("omnictl db start")), "{hints:?}");
        let (timed_out, hints) = said(io(std::io::ErrorKind::TimedOut));
        assert_eq!(timed_out, "the server at db.example.org:5432 did not answer (waited 12s)");
        assert!(hints.iter().any(|h| h.contains("firewall")), "{hints:?}");
        let lookup = std::io::Error::other("failed to lookup address information: Name or service not known");
        let (unknown, hints) = said(sqlx::Error::Io(lookup));
        assert!(unknown.starts_with("the host db.example.org is not known"), "{unknown}");
        assert!(hints.iter().any(|h| h.contains("db.example.org")), "{hints:?}");
        let local = PgConnectOptions::new().socket("/nowhere/run").port(5432);
        let missing = unreachable(&io(std::io::ErrorKind::NotFound), &local, Duration::ZERO).map(|e| e.to_string());
        assert_eq!(
            missing.as_deref(),
            Some("no server listens on the socket /nowhere/run/.s.PGSQL.5432 (there is no such socket)")
        );
    }
}
