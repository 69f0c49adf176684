//! The schema migrations embedded in the binary, and what a database has applied.

use anyhow::{Context, Result, bail};
use chrono::{DateTime, Utc};
use serde::Serialize;
use sqlx::migrate::Migrator;
use sqlx::{Acquire, PgPool};

pub static MIGRATOR: Migrator = sqlx::migrate!("./migrations");

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum MigrationState {
    Applied,
    Pending,
    /// Applied, but the embedded SQL differs from what was applied.
    Modified,
    /// Applied by a newer omnictl: this binary does not know it.
    Unknown,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct MigrationStatus {
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

/// Read in a transaction, like every statement omnictl sends: behind a transaction
/// pooler an unnamed statement prepared outside one may be executed on another server
/// connection than the one it was prepared on.
async fn applied(pool: &PgPool) -> Result<Vec<Applied>> {
    let mut tx = pool.begin().await.context("could not begin a transaction")?;
    let table: Option<String> =
        crate::db::statement::query_scalar("SELECT to_regclass('_sqlx_migrations')::text").fetch_one(&mut *tx).await?;
    if table.is_none() {
        return Ok(Vec::new());
    }
    let rows: Vec<(i64, String, Vec<u8>, DateTime<Utc>)> = crate::db::statement::query_as(
        "SELECT version, description, checksum, installed_on FROM _sqlx_migrations \
         WHERE success ORDER BY version",
    )
    .fetch_all(&mut *tx)
    .await
    .context("could not read the applied migrations")?;
    tx.commit().await?;
    Ok(rows
        .into_iter()
        .map(|(version, description, checksum, installed_on)| Applied { version, description, checksum, installed_on })
        .collect())
}

/// Every migration this binary knows and every one the database applied, by version.
pub(crate) async fn status(pool: &PgPool) -> Result<Vec<MigrationStatus>> {
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
                    Some(a) if !known_checksum(m.version, &m.checksum, &a.checksum) => MigrationState::Modified,
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

/// Migrations revised after release, with the checksums of their earlier text: a
/// database that applied the earlier text is current, because a later migration
/// (20261201000001) replaces everything the revisions changed. The revisions make a
/// fresh database migrate without a superuser and alongside another database's first
/// migration on the same cluster: roles created only if missing, tolerating a
/// concurrent creator; membership granted only when missing; no function SET clause
/// for an omnictl.* setting (only a superuser may create one).
///
/// Closed: these are the only earlier texts of released migrations that databases ran,
/// and no new pair may ever be added (nor one removed: older databases ran them).
/// Released migrations never change again (migrations/released.sha384 pins them); a
/// change to the schema is a new migration. The test
/// `superseded_holds_only_the_pairs_already_released` fails when this list changes.
const SUPERSEDED: &[(i64, &str)] = &[
    (
        20261124000001,
        "d0add1eee06090e0ab9a95798f4842370bc24ef6f5b50d0588f4e4fcaf205cb07cd8d885d6dd2206f0cb205092baf438",
    ),
    (
        20261124000007,
        "5756b509e21f66aa8647c61198160798866589b01fb7e9fbbd8ce3ee26cff0470c8d29579abb5d6a2670a58eb160055d",
    ),
    (
        20261124000008,
        "4c6ad1fe4e6d77c1cb237a6480b4e6a8fcb2d2fdc14fff0e7f708c1914cab69256377c8098ae23bec7686897c157d384",
    ),
    (
        20261130000001,
        "483ce9864ee54879b97a480b34ff6c85a62af723df2623c922349165f1fe9d573bf9f6e47ed66d3997bbbc9781c37832",
    ),
    (
        20261130000002,
        "7504d4bdfc9a2ff8907a576fca163ad425b167bca9ac893c4b1ec139e1f71916f7eee980123999279d724c635614dd33",
    ),
];

/// Whether `checksum`, applied as migration `version`, is this binary's text of it or a
/// text it superseded.
fn known_checksum(version: i64, embedded: &[u8], checksum: &[u8]) -> bool {
    if checksum == embedded {
        return true;
    }
    let hex: String = checksum.iter().map(|b| format!("{b:02x}")).collect();
    SUPERSEDED.iter().any(|(v, old)| *v == version && *old == hex)
}

/// The same lock key every omnictl uses for the schema of one database.
const LOCK: &str = "SELECT pg_advisory_xact_lock(hashtext('omnictl.migrate'))";

/// Applies what is pending; returns the versions this process applied. Each migration
/// runs in a transaction of its own that first takes a transaction-scoped advisory lock
/// and looks again: concurrent runs take turns, a run that waited finds the migration
/// applied and reports nothing as its own, and nothing is left locked behind a
/// transaction pooler (a session lock would stay with the server connection).
pub async fn run(pool: &PgPool) -> Result<Vec<i64>> {
    let before = status(pool).await?;
    refuse_divergence(&before)?;
    if before.iter().all(|s| s.state != MigrationState::Pending) {
        return Ok(Vec::new());
    }
    let mut conn = pool.acquire().await.context("could not connect to apply the migrations")?;
    let mut tx = conn.begin().await?;
    crate::db::statement::query(LOCK).execute(&mut *tx).await.context("could not take the migration lock")?;
    sqlx::raw_sql(
        "CREATE TABLE IF NOT EXISTS _sqlx_migrations (
             version BIGINT PRIMARY KEY,
             description TEXT NOT NULL,
             installed_on TIMESTAMPTZ NOT NULL DEFAULT now(),
             success BOOLEAN NOT NULL,
             checksum BYTEA NOT NULL,
             execution_time BIGINT NOT NULL
         )",
    )
    .execute(&mut *tx)
    .await
    .context("could not create the table of applied migrations")?;
    tx.commit().await?;
    let mut applied = Vec::new();
    for migration in MIGRATOR.iter().filter(|m| m.migration_type.is_up_migration()) {
        let mut tx = conn.begin().await?;
        crate::db::statement::query(LOCK).execute(&mut *tx).await.context("could not take the migration lock")?;
        let done: Option<Vec<u8>> =
            crate::db::statement::query_scalar("SELECT checksum FROM _sqlx_migrations WHERE version = $1 AND success")
                .bind(migration.version)
                .fetch_optional(&mut *tx)
                .await?;
        if let Some(checksum) = done {
            if !known_checksum(migration.version, &migration.checksum, &checksum) {
                bail!("migration {} was changed by another omnictl while this one waited", migration.version);
            }
            continue;
        }
        let started = std::time::Instant::now();
        sqlx::raw_sql(&migration.sql).execute(&mut *tx).await.map_err(|e| failed_migration(migration, e))?;
        crate::db::statement::query(
            "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time)
             VALUES ($1, $2, true, $3, $4)",
        )
        .bind(migration.version)
        .bind(&*migration.description)
        .bind(&*migration.checksum)
        .bind(i64::try_from(started.elapsed().as_nanos()).unwrap_or(i64::MAX))
        .execute(&mut *tx)
        .await?;
        tx.commit().await.map_err(|e| failed_migration(migration, e))?;
        applied.push(migration.version);
    }
    Ok(applied)
}

/// What `omnictl migrate run` makes right every time (see `omnictl_repair`): this
/// database's own logins (a copy or a restore gets its own), who may connect (a copy or
/// a restore gets PUBLIC back), the SECURITY DEFINER functions' owners (a restore as the
/// owner loses them) and the backup role's reach. Returns one line per repair.
pub(crate) async fn secure(pool: &PgPool) -> Result<Vec<String>> {
    let mut tx = pool.begin().await.context("could not begin a transaction")?;
    // Concurrent GRANTs on one database's row collide ("tuple concurrently updated"):
    // runs take turns on the migration lock.
    crate::db::statement::query(LOCK).execute(&mut *tx).await.context("could not take the migration lock")?;
    let repair: Option<String> = crate::db::statement::query_scalar("SELECT to_regprocedure('omnictl_repair()')::text")
        .fetch_one(&mut *tx)
        .await?;
    let secure: Option<String> =
        crate::db::statement::query_scalar("SELECT to_regprocedure('omnictl_secure_database()')::text")
            .fetch_one(&mut *tx)
            .await?;
    let mut repaired = Vec::new();
    if repair.is_some() {
        repaired = crate::db::statement::query_scalar("SELECT omnictl_repair()")
            .fetch_all(&mut *tx)
            .await
            .map_err(|e| anyhow::anyhow!(server_message(&e)))
            .context("could not repair the database's logins, privileges and definers")?;
    } else if secure.is_some() {
        crate::db::statement::query("SELECT omnictl_secure_database()")
            .execute(&mut *tx)
            .await
            .context("could not limit who may connect to the database")?;
    }
    tx.commit().await?;
    Ok(repaired)
}

/// What is wrong that `omnictl migrate run` repairs, said by `migrate status`: SECURITY
/// DEFINER functions owned by a role unfit for them (one that may log in, bypasses
/// row-level security or owns the schema, or not the recorded one), and logins made for
/// another database (this one is a copy or a restore). Empty on a schema before these
/// checks existed, or for a login that may not ask (not the owner).
pub(crate) async fn unrepaired(pool: &PgPool) -> Result<Vec<String>> {
    // Asked by the owner; a login that may not ask (an operator's) is told nothing here.
    let may_check: bool = crate::db::statement::query_scalar(
        "SELECT CASE WHEN to_regprocedure('omnictl_misowned_definers()') IS NULL THEN false
                     ELSE has_function_privilege('omnictl_misowned_definers()', 'EXECUTE') END",
    )
    .fetch_one(pool)
    .await?;
    if !may_check {
        return Ok(Vec::new());
    }
    let mut wrong: Vec<String> = crate::db::statement::query_as::<(String, String, Option<String>)>(
        "SELECT function, owner::text, recorded_owner::text FROM omnictl_misowned_definers()",
    )
    .fetch_all(pool)
    .await
    .context("could not check the SECURITY DEFINER functions' owners")?
    .into_iter()
    .map(|(function, owner, recorded)| match recorded {
        Some(recorded) => format!("the SECURITY DEFINER function {function} is owned by {owner}, not by {recorded}"),
        None => format!("the SECURITY DEFINER function {function} is owned by {owner}, a role unfit to own it"),
    })
    .collect();
    let ours: bool = crate::db::statement::query_scalar("SELECT omnictl_logins_are_ours()").fetch_one(pool).await?;
    if !ours {
        wrong.push("this database's logins were made for another database (it is a copy or a restore)".to_string());
    }
    Ok(wrong)
}

/// The server's message and hint of a failed statement.
fn server_message(error: &sqlx::Error) -> String {
    match error {
        sqlx::Error::Database(db) => {
            let mut message = db.message().to_string();
            if let Some(pg) = db.try_downcast_ref::<sqlx::postgres::PgDatabaseError>()
                && let Some(hint) = pg.hint()
            {
                message.push_str(&format!("\nhint: {hint}"));
            }
            message
        }
        other => other.to_string(),
    }
}

/// A migration the server refused, with the server's own hint (which names the
/// statement a superuser must run when the migrating role lacks a privilege).
fn failed_migration(migration: &sqlx::migrate::Migration, error: sqlx::Error) -> anyhow::Error {
    let mut message = format!("migration {} ({}) failed: ", migration.version, migration.description);
    match &error {
        sqlx::Error::Database(db) => {
            message.push_str(db.message());
            if let Some(pg) = db.try_downcast_ref::<sqlx::postgres::PgDatabaseError>()
                && let Some(hint) = pg.hint()
            {
                message.push_str(&format!("\nhint: {hint}"));
            }
        }
        other => message.push_str(&other.to_string()),
    }
    message.push_str("\nNothing of this migration was applied; the ones before it stay applied.");
    anyhow::anyhow!(message)
}

/// The applied migrations in one line, the number of them and a digest of their versions
/// and checksums in order: what a command asks before it runs (one statement, by the
/// simple protocol: no transaction, and safe behind a transaction pooler). A database
/// without the table fails it, which [`current`] and [`ensure_current`] take as "look
/// closer".
const FINGERPRINT: &str = "SELECT count(*)::text || ':' || encode(sha256(convert_to(coalesce(\
                           string_agg(version::text || '=' || encode(checksum, 'hex'), ',' ORDER BY version), ''), \
                           'UTF8')), 'hex') FROM _sqlx_migrations WHERE success";

/// What [`FINGERPRINT`] says of a database that applied exactly this binary's migrations.
fn expected_fingerprint() -> String {
    use sha2::{Digest, Sha256};
    let mut ups: Vec<_> = MIGRATOR.iter().filter(|m| m.migration_type.is_up_migration()).collect();
    ups.sort_by_key(|m| m.version);
    let listed: Vec<String> = ups
        .iter()
        .map(|m| format!("{}={}", m.version, m.checksum.iter().map(|b| format!("{b:02x}")).collect::<String>()))
        .collect();
    let digest: String = Sha256::digest(listed.join(",")).iter().map(|b| format!("{b:02x}")).collect();
    format!("{}:{digest}", ups.len())
}

/// Whether the database applied exactly this binary's migrations, asked in one
/// statement. False is no verdict: the database may be behind, ahead, modified, applied
/// a text a later release superseded, or not readable by this login; [`status`] tells.
async fn fingerprint_matches(pool: &PgPool) -> bool {
    let row = sqlx::raw_sql(FINGERPRINT).fetch_one(pool).await;
    row.ok().and_then(|row| sqlx::Row::try_get::<String, _>(&row, 0).ok()) == Some(expected_fingerprint())
}

/// Whether every embedded migration is applied unchanged, as far as this connection
/// can tell (a login that cannot read the table of migrations cannot tell: false).
pub(crate) async fn current(pool: &PgPool) -> bool {
    if fingerprint_matches(pool).await {
        return true;
    }
    status(pool).await.is_ok_and(|statuses| statuses.iter().all(|s| s.state == MigrationState::Applied))
}

/// Fails with advice unless every embedded migration is applied unchanged.
pub(crate) async fn ensure_current(pool: &PgPool) -> Result<()> {
    if fingerprint_matches(pool).await {
        return Ok(());
    }
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

#[cfg(test)]
mod tests {
    use std::path::Path;

    use sha2::{Digest, Sha384};

    use super::{MIGRATOR, SUPERSEDED, known_checksum};

    /// The list of released migrations kept in the repository: (version, file, SHA-384).
    fn released() -> Vec<(i64, String, String)> {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations/released.sha384");
        let text = std::fs::read_to_string(&path).expect("migrations/released.sha384 is there");
        text.lines()
            .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
            .map(|line| {
                let (sum, file) = line.split_once("  ").unwrap_or_else(|| panic!("not `<sha384>  <file>`: {line}"));
                assert!(sum.len() == 96 && sum.bytes().all(|b| b.is_ascii_hexdigit()), "not a SHA-384: {line}");
                assert!(file.ends_with(".sql"), "not a migration file: {line}");
                let version = file.split('_').next().and_then(|v| v.parse().ok());
                let version = version.unwrap_or_else(|| panic!("no version in {file}"));
                (version, file.to_string(), sum.to_ascii_lowercase())
            })
            .collect()
    }

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    fn embedded(version: i64) -> Option<&'static sqlx::migrate::Migration> {
        MIGRATOR.iter().find(|m| m.version == version && m.migration_type.is_up_migration())
    }

    /// Every released migration is in the repository and in the binary with the text
    /// databases ran; a migration not released yet comes after every released one.
    #[test]
    fn released_migrations_are_unchanged() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
        let released = released();
        assert!(released.len() >= 24, "migrations/released.sha384 lists {} migrations", released.len());
        for pair in released.windows(2) {
            assert!(pair[0].0 < pair[1].0, "released.sha384 is not in version order at {}", pair[1].1);
        }
        for (version, file, sum) in &released {
            let text = std::fs::read(dir.join(file))
                .unwrap_or_else(|e| panic!("released migration {file} is missing from migrations/: {e}"));
            assert_eq!(
                &hex(&Sha384::digest(&text)),
                sum,
                "released migration {file} was edited: released migrations never change; put the change in a new \
                 migration"
            );
            let embedded = embedded(*version).unwrap_or_else(|| panic!("the binary does not embed {file}"));
            assert_eq!(&hex(&embedded.checksum), sum, "the binary embeds another text of {file}");
        }
        let newest = released.last().map(|r| r.0).unwrap_or_default();
        for m in MIGRATOR.iter().filter(|m| !released.iter().any(|r| r.0 == m.version)) {
            assert!(
                m.version > newest,
                "migration {} is not released but older than the newest released one ({newest}): a new \
                 migration goes after them",
                m.version
            );
        }
    }

    /// The earlier texts `SUPERSEDED` accepts, copied here so that adding a pair there
    /// fails this test: the list is closed.
    const RELEASED_PAIRS: [(i64, &str); 5] = [
        (
            20261124000001,
            "d0add1eee06090e0ab9a95798f4842370bc24ef6f5b50d0588f4e4fcaf205cb07cd8d885d6dd2206f0cb205092baf438",
        ),
        (
            20261124000007,
            "5756b509e21f66aa8647c61198160798866589b01fb7e9fbbd8ce3ee26cff0470c8d29579abb5d6a2670a58eb160055d",
        ),
        (
            20261124000008,
            "4c6ad1fe4e6d77c1cb237a6480b4e6a8fcb2d2fdc14fff0e7f708c1914cab69256377c8098ae23bec7686897c157d384",
        ),
        (
            20261130000001,
            "483ce9864ee54879b97a480b34ff6c85a62af723df2623c922349165f1fe9d573bf9f6e47ed66d3997bbbc9781c37832",
        ),
        (
            20261130000002,
            "7504d4bdfc9a2ff8907a576fca163ad425b167bca9ac893c4b1ec139e1f71916f7eee980123999279d724c635614dd33",
        ),
    ];

    fn bytes(hex: &str) -> Vec<u8> {
        (0..hex.len()).step_by(2).map(|i| u8::from_str_radix(&hex[i..i + 2], 16).expect("hex")).collect()
    }

    /// A database that ran an earlier text of a released migration is current for
    /// exactly the released (version, checksum) pairs; any other difference is refused.
    #[test]
    fn superseded_holds_only_the_pairs_already_released() {
        assert_eq!(SUPERSEDED, RELEASED_PAIRS, "SUPERSEDED is closed: no pair may be added, none removed");
        let released = released();
        for (version, old) in SUPERSEDED {
            // Released before 20261201000001, the migration that replaces all they changed.
            assert!(*version < 20261201000001, "{version} was revised after the migration that replaces it");
            let current = released.iter().find(|r| r.0 == *version).map(|r| r.2.as_str());
            assert!(current.is_some_and(|c| c != *old), "{version} is not a released migration with another text");
        }
        let arbitrary = vec![0xab; 48];
        for m in MIGRATOR.iter().filter(|m| m.migration_type.is_up_migration()) {
            assert!(known_checksum(m.version, &m.checksum, &m.checksum), "{}: its own text", m.version);
            assert!(!known_checksum(m.version, &m.checksum, &arbitrary), "{}: any other text", m.version);
            for (version, old) in SUPERSEDED {
                assert_eq!(
                    known_checksum(m.version, &m.checksum, &bytes(old)),
                    m.version == *version,
                    "{}: an earlier text of {version}",
                    m.version
                );
            }
        }
    }
}
