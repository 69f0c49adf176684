//! The schema migrations embedded in the binary, and what a database has applied.

use anyhow::{Context, Result, bail};
use chrono::{DateTime, Utc};
use serde::Serialize;
use sqlx::PgPool;
use sqlx::migrate::Migrator;

pub static MIGRATOR: Migrator = sqlx::migrate!("./migrations");

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MigrationState {
    Applied,
    Pending,
    /// Applied, but the embedded SQL differs from what was applied.
    Modified,
    /// Applied by a newer omnictl: this binary does not know it.
    Unknown,
}

#[derive(Debug, Clone, Serialize)]
pub struct MigrationStatus {
    pub version: i64,
    pub description: String,
    pub state: MigrationState,
    pub applied_at: Option<DateTime<Utc>>,
}

struct Applied {
    version: i64,
    description: String,
    checksum: Vec<u8>,
    installed_on: DateTime<Utc>,
}

async fn applied(pool: &PgPool) -> Result<Vec<Applied>> {
    let table: Option<String> =
        sqlx::query_scalar("SELECT to_regclass('_sqlx_migrations')::text").fetch_one(pool).await?;
    if table.is_none() {
        return Ok(Vec::new());
    }
    let rows: Vec<(i64, String, Vec<u8>, DateTime<Utc>)> = sqlx::query_as(
        "SELECT version, description, checksum, installed_on FROM _sqlx_migrations \
         WHERE success ORDER BY version",
    )
    .fetch_all(pool)
    .await
    .context("could not read the applied migrations")?;
    Ok(rows
        .into_iter()
        .map(|(version, description, checksum, installed_on)| Applied { version, description, checksum, installed_on })
        .collect())
}

/// Every migration this binary knows and every one the database applied, by version.
pub async fn status(pool: &PgPool) -> Result<Vec<MigrationStatus>> {
    let applied = applied(pool).await?;
    let mut statuses: Vec<MigrationStatus> = MIGRATOR
        .iter()
        .filter(|m| m.migration_type.is_up_migration())
        .map(|m| {
            let done = applied.iter().find(|a| a.version == m.version);
            MigrationStatus {
                version: m.version,
                description: m.description.to_string(),
                state: match done {
                    None => MigrationState::Pending,
                    Some(a) if a.checksum.as_slice() != &*m.checksum => MigrationState::Modified,
                    Some(_) => MigrationState::Applied,
                },
                applied_at: done.map(|a| a.installed_on),
            }
        })
        .collect();
    for a in &applied {
        if !MIGRATOR.iter().any(|m| m.version == a.version) {
            statuses.push(MigrationStatus {
                version: a.version,
                description: a.description.clone(),
                state: MigrationState::Unknown,
                applied_at: Some(a.installed_on),
            });
        }
    }
    statuses.sort_by_key(|s| s.version);
    Ok(statuses)
}

/// Applies what is pending; returns the versions this process applied. Concurrent runs
/// take turns on an advisory lock held from the first look at the schema to the last,
/// so a run that waited finds nothing pending and reports nothing as its own.
pub async fn run(pool: &PgPool) -> Result<Vec<i64>> {
    let mut turn = pool.acquire().await.context("could not connect to apply the migrations")?;
    sqlx::query("SELECT pg_advisory_lock(hashtext('omnictl.migrate'))")
        .execute(&mut *turn)
        .await
        .context("could not take the migration lock")?;
    let applied = apply(pool).await;
    let unlocked = sqlx::query("SELECT pg_advisory_unlock(hashtext('omnictl.migrate'))").execute(&mut *turn).await;
    if unlocked.is_err() {
        // A lock whose release is uncertain must not go back to the pool.
        turn.detach();
    }
    applied
}

async fn apply(pool: &PgPool) -> Result<Vec<i64>> {
    let before = status(pool).await?;
    refuse_divergence(&before)?;
    MIGRATOR.run(pool).await.context("could not apply the migrations")?;
    let after = status(pool).await?;
    Ok(before
        .iter()
        .filter(|b| b.state == MigrationState::Pending)
        .filter(|b| after.iter().any(|a| a.version == b.version && a.state == MigrationState::Applied))
        .map(|b| b.version)
        .collect())
}

/// Fails with advice unless every embedded migration is applied unchanged.
pub async fn ensure_current(pool: &PgPool) -> Result<()> {
    let statuses = status(pool).await?;
    refuse_divergence(&statuses)?;
    let pending = statuses.iter().filter(|s| s.state == MigrationState::Pending).count();
    if pending > 0 {
        bail!(
            "the database schema is not up to date: {pending} migration(s) pending\n\
             Apply them with `omnictl migrate run` (with the same --database-url), \
             or see them with `omnictl migrate status`"
        );
    }
    Ok(())
}

fn refuse_divergence(statuses: &[MigrationStatus]) -> Result<()> {
    if let Some(m) = statuses.iter().find(|s| s.state == MigrationState::Modified) {
        bail!(
            "migration {} ({}) was applied with different SQL than this omnictl embeds; \
             the database and the tool disagree about the schema. Use the omnictl version \
             that migrated this database",
            m.version,
            m.description
        );
    }
    if let Some(m) = statuses.iter().find(|s| s.state == MigrationState::Unknown) {
        bail!(
            "the database has migration {} ({}), which this omnictl does not know: it was \
             migrated by a newer omnictl. Upgrade omnictl",
            m.version,
            m.description
        );
    }
    Ok(())
}
