//! Reaching the database: an external server by URL, or the local cluster by default.

pub mod binaries;
pub mod cluster;
pub mod context;
pub mod migrations;

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
pub async fn connect(target: &Target, schema: Schema, ui: &Ui) -> Result<PgPool> {
    let options = match target {
        Target::Url(url) => url
            .parse::<PgConnectOptions>()
            .context("the database URL is not valid (expected postgres://USER@HOST:PORT/DB)")?
            .application_name("omnictl"),
        Target::Local(cluster) => {
            prepare_local(cluster, ui).await?;
            cluster.connect_options(cluster::DATABASE)
        }
    };
    first_connection(&options)
        .await
        .with_context(|| format!("could not connect to {}", describe(target)))?
        .close()
        .await
        .ok();
    let pool =
        PgPoolOptions::new().max_connections(4).acquire_timeout(Duration::from_secs(30)).connect_lazy_with(options);
    if schema == Schema::Current {
        match target {
            Target::Local(_) => {
                let applied = migrations::run(&pool).await?;
                if !applied.is_empty() {
                    ui.info(format!("applied {} migration(s) to the local database", applied.len()));
                }
            }
            Target::Url(_) => migrations::ensure_current(&pool).await?,
        }
    }
    Ok(pool)
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
        return Err(match code.as_deref() {
            Some("57P03") => anyhow::anyhow!(
                "the database is still starting up or recovering from a crash after {}s of waiting; try again in a \
                 minute (omnictl db status shows the local server)",
                waited.as_secs()
            ),
            Some("53300") => anyhow::anyhow!(
                "the database has no free connection: its connection limit is reached (the server's \
                 max_connections, or this login's own limit) by too many omnictl runs or other clients at once. \
                 Run fewer commands at the same time, raise the limit, or put a pooler such as pgbouncer in front \
                 of the server"
            ),
            _ => anyhow::Error::new(error),
        });
    }
}

/// Starts the local cluster and creates its database on first use.
async fn prepare_local(cluster: &LocalCluster, ui: &Ui) -> Result<()> {
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
    let mut admin = first_connection(&cluster.connect_options("postgres"))
        .await
        .context("could not connect to the local PostgreSQL server")?;
    create_database_if_missing(&mut admin, cluster::DATABASE).await?;
    admin.close().await.ok();
    Ok(())
}

/// Creates `name` unless it exists; a concurrent creator winning the race is fine.
pub async fn create_database_if_missing(admin: &mut PgConnection, name: &str) -> Result<()> {
    let exists: bool = sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)")
        .bind(name)
        .fetch_one(&mut *admin)
        .await?;
    if exists {
        return Ok(());
    }
    let statement = format!("CREATE DATABASE \"{}\"", name.replace('"', "\"\""));
    match sqlx::query(&statement).execute(&mut *admin).await {
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
