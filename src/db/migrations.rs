//! The schema migrations embedded in the binary, and what a database has applied.

use anyhow::{Context, Result, bail};
use chrono::{DateTime, Utc};
use serde::Serialize;
use sqlx::migrate::{Migration, Migrator};
use sqlx::{Acquire, PgPool};

use crate::ui::Ui;

pub static MIGRATOR: Migrator = sqlx::migrate!("./migrations");

include!(concat!(env!("OUT_DIR"), "/extra_migrations.rs"));

/// The version of this omnictl, as the database records it beside each migration it
/// applies: `CARGO_PKG_VERSION` (a test build of the upgrade tests says which one it is).
pub(crate) const VERSION: &str = env!("OMNICTL_VERSION");

/// The migration that made the record of compatibility (`omnictl_schema_compat`): every
/// migration from it on is recorded there by the omnictl that applied it.
const COMPAT_SINCE: i64 = 20261206000021;

/// The line by which a migration declares itself additive, among its leading comment
/// lines: an omnictl that does not know it keeps working on a schema that has it.
pub(crate) const ADDITIVE_MARKER: &str = "-- omnictl: additive";

/// Whether a migration's text declares it additive ([`ADDITIVE_MARKER`] among the
/// comment lines it begins with).
pub(crate) fn is_additive(sql: &str) -> bool {
    sql.lines()
        .map(str::trim)
        .take_while(|line| line.is_empty() || line.starts_with("--"))
        .any(|line| line == ADDITIVE_MARKER)
}

/// The up migrations this binary embeds, in version order (a test build's extra ones
/// after the real ones).
fn embedded() -> &'static [Migration] {
    static ALL: std::sync::LazyLock<Vec<Migration>> = std::sync::LazyLock::new(|| {
        let mut all: Vec<Migration> = MIGRATOR.iter().filter(|m| m.migration_type.is_up_migration()).cloned().collect();
        all.extend(EXTRA.iter().map(|(version, description, sql)| {
            Migration::new(*version, (*description).into(), sqlx::migrate::MigrationType::Simple, (*sql).into(), false)
        }));
        all.sort_by_key(|m| m.version);
        all
    });
    &ALL
}

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

/// What an omnictl that does not know a migration may do on a schema that has it, as the
/// omnictl that applied it recorded (`omnictl_schema_compat`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct Compat {
    /// Declared additive: older omnictl keep working.
    pub additive: bool,
    /// The version of the omnictl that applied it.
    pub applied_by: String,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct MigrationStatus {
    pub version: i64,
    pub description: String,
    pub state: MigrationState,
    pub applied_at: Option<DateTime<Utc>>,
    /// Of a migration this omnictl does not know: what its record says (none: applied by
    /// an omnictl that kept no record, taken as breaking).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub compat: Option<Compat>,
}

struct Applied {
    version: i64,
    description: String,
    checksum: Vec<u8>,
    installed_on: DateTime<Utc>,
    compat: Option<Compat>,
}

/// Read in a transaction, like every statement omnictl sends: behind a transaction
/// pooler an unnamed statement prepared outside one may be executed on another server
/// connection than the one it was prepared on.
async fn applied(pool: &PgPool) -> Result<Vec<Applied>> {
    let mut tx = pool.begin().await.context("could not begin a transaction")?;
    let (table, compat): (Option<String>, Option<String>) = crate::db::statement::query_as(
        "SELECT to_regclass('_sqlx_migrations')::text, to_regclass('omnictl_schema_compat')::text",
    )
    .fetch_one(&mut *tx)
    .await?;
    if table.is_none() {
        return Ok(Vec::new());
    }
    let select = if compat.is_some() {
        "SELECT m.version, m.description, m.checksum, m.installed_on, c.additive, c.applied_by \
         FROM _sqlx_migrations m LEFT JOIN omnictl_schema_compat c ON c.version = m.version \
         WHERE m.success ORDER BY m.version"
    } else {
        "SELECT version, description, checksum, installed_on, NULL::boolean, NULL::text FROM _sqlx_migrations \
         WHERE success ORDER BY version"
    };
    type Row = (i64, String, Vec<u8>, DateTime<Utc>, Option<bool>, Option<String>);
    let rows: Vec<Row> = crate::db::statement::query_as(select)
        .fetch_all(&mut *tx)
        .await
        .context("could not read the applied migrations")?;
    tx.commit().await?;
    Ok(rows
        .into_iter()
        .map(|(version, description, checksum, installed_on, additive, applied_by)| Applied {
            version,
            description,
            checksum,
            installed_on,
            compat: additive.map(|additive| Compat { additive, applied_by: applied_by.unwrap_or_default() }),
        })
        .collect())
}

/// Every migration this binary knows and every one the database applied, by version.
pub(crate) async fn status(pool: &PgPool) -> Result<Vec<MigrationStatus>> {
    let applied = applied(pool).await?;
    let mut statuses: Vec<MigrationStatus> = embedded()
        .iter()
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
                compat: None,
            }
        })
        .collect();
    for a in &applied {
        if !embedded().iter().any(|m| m.version == a.version) {
            statuses.push(MigrationStatus {
                version: a.version,
                description: a.description.clone(),
                state: MigrationState::Unknown,
                applied_at: Some(a.installed_on),
                compat: a.compat.clone(),
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
    let applied = apply_pending(pool).await?;
    stamp(pool).await;
    Ok(applied)
}

/// Leaves the schema's fingerprint (what [`fingerprint_sql`] reads now) as the
/// database's default of `omnictl.schema_fingerprint`: what a command on the local
/// database reads first (the server gives it to every new connection, see
/// `store::operators::schema_and_identity`) instead of digesting the table of
/// migrations. Any change to that table removes it (a trigger of migration
/// 20261209000001), so that it is never older than the rows it describes; a value that is
/// not this binary's fingerprint only sends the command to the table itself. Best effort:
/// a login that does not own the database leaves none, and commands read the table.
async fn stamp(pool: &PgPool) {
    let statement = format!(
        "DO $stamp$ BEGIN EXECUTE format('ALTER DATABASE %I SET {STAMP} = %L', current_database(), ({})); END $stamp$",
        fingerprint_sql()
    );
    if let Err(error) = sqlx::raw_sql(&statement).execute(pool).await {
        tracing::debug!("the schema's fingerprint was not left as the database's setting: {error}");
    }
}

/// The setting [`stamp`] leaves.
pub(crate) const STAMP: &str = "omnictl.schema_fingerprint";

/// The pending migrations applied, each in its transaction (see [`run`]).
async fn apply_pending(pool: &PgPool) -> Result<Vec<i64>> {
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
    for migration in embedded() {
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
        // One statement at a time, in the migration's transaction (see `db::script`).
        for statement in super::script::statements(&migration.sql) {
            sqlx::raw_sql(statement).execute(&mut *tx).await.map_err(|e| failed_migration(migration, e))?;
        }
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
        if migration.version >= COMPAT_SINCE {
            // What an omnictl that does not know this migration may do: kept in the
            // database, since that omnictl has no copy of the file.
            crate::db::statement::query(
                "INSERT INTO omnictl_schema_compat (version, additive, applied_by) VALUES ($1, $2, $3)",
            )
            .bind(migration.version)
            .bind(is_additive(&migration.sql))
            .bind(VERSION)
            .execute(&mut *tx)
            .await
            .map_err(|e| failed_migration(migration, e))?;
        }
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

/// What a command asks before it runs, in one statement (by the simple protocol: no
/// transaction, and safe behind a transaction pooler): the applied migrations up to this
/// binary's newest in one word — the number of them and a digest of their versions and
/// checksums in order — then one word per applied migration newer than it, with what the
/// database recorded of it (`VERSION=ADDITIVE=APPLIED_BY`, looked up only for those).
/// A migration this binary does not know below its newest spoils the digest: no verdict,
/// [`status`] tells. A database without the tables fails it, which [`current`] and
/// [`ensure_current`] take as "look closer" (one without the record of compatibility is
/// behind this binary anyway). Measured on the server: 0.03 ms planning, 0.03 ms
/// executing (the statement without the newer word: 0.01 and 0.02).
pub(super) fn fingerprint_sql() -> &'static str {
    static SQL: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        let newest = embedded().last().map_or(0, |m| m.version);
        format!(
            "SELECT count(*) FILTER (WHERE version <= {newest})::text || ':' || encode(sha256(convert_to(coalesce(\
             string_agg(version::text || '=' || encode(checksum, 'hex'), ',' ORDER BY version) \
             FILTER (WHERE version <= {newest}), ''), 'UTF8')), 'hex') || coalesce(' ' || string_agg(version::text \
             || '=' || coalesce((SELECT c.additive::text || '=' || c.applied_by FROM omnictl_schema_compat c \
             WHERE c.version = m.version), 'unrecorded='), ' ' ORDER BY version) FILTER (WHERE version > {newest}), '') \
             FROM _sqlx_migrations m WHERE success"
        )
    });
    &SQL
}

/// What the first word of [`fingerprint_sql`] says of a database that applied exactly
/// this binary's migrations.
fn expected_fingerprint() -> &'static str {
    static EXPECTED: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        use sha2::{Digest, Sha256};
        let listed: Vec<String> = embedded()
            .iter()
            .map(|m| format!("{}={}", m.version, m.checksum.iter().map(|b| format!("{b:02x}")).collect::<String>()))
            .collect();
        let digest: String = Sha256::digest(listed.join(",")).iter().map(|b| format!("{b:02x}")).collect();
        format!("{}:{digest}", embedded().len())
    });
    &EXPECTED
}

/// How the schema fits this binary, as far as [`fingerprint_sql`] tells.
#[derive(Debug, PartialEq, Eq)]
enum Fit {
    /// Exactly this binary's migrations.
    Current,
    /// This binary's migrations, and newer ones all recorded additive: (version, the
    /// omnictl that applied it).
    Ahead(Vec<(i64, String)>),
    /// No verdict: behind, modified, a breaking or unrecorded newer migration, a text a
    /// later release superseded, or not readable by this login; [`status`] tells.
    Unsure,
}

fn fit_of(fingerprint: &str) -> Fit {
    let mut words = fingerprint.split(' ');
    if words.next() != Some(expected_fingerprint()) {
        return Fit::Unsure;
    }
    let mut ahead = Vec::new();
    for word in words {
        let mut parts = word.splitn(3, '=');
        let (version, additive, by) = (parts.next(), parts.next(), parts.next());
        match (version.and_then(|v| v.parse().ok()), additive, by) {
            (Some(version), Some("true"), Some(by)) => ahead.push((version, by.to_string())),
            _ => return Fit::Unsure,
        }
    }
    if ahead.is_empty() { Fit::Current } else { Fit::Ahead(ahead) }
}

/// Whether a [`fingerprint_sql`] read elsewhere says the schema is exactly this
/// binary's (anything else is looked at closer by [`current`]).
pub(super) fn fingerprint_is_current(fingerprint: &str) -> bool {
    fit_of(fingerprint) == Fit::Current
}

async fn fit(pool: &PgPool) -> Fit {
    let row = sqlx::raw_sql(fingerprint_sql()).fetch_one(pool).await;
    match row.ok().and_then(|row| sqlx::Row::try_get::<String, _>(&row, 0).ok()) {
        Some(fingerprint) => fit_of(&fingerprint),
        None => Fit::Unsure,
    }
}

/// The newer migrations of `statuses` when every one of them is recorded additive
/// (empty when there are none); `None` when one is not.
fn additive_ahead(statuses: &[MigrationStatus]) -> Option<Vec<(i64, String)>> {
    statuses
        .iter()
        .filter(|s| s.state == MigrationState::Unknown)
        .map(|s| match &s.compat {
            Some(Compat { additive: true, applied_by }) => Some((s.version, applied_by.clone())),
            _ => None,
        })
        .collect()
}

/// Whether every embedded migration is applied unchanged (and any newer one is
/// additive, said once), as far as this connection can tell (a login that cannot read
/// the table of migrations cannot tell: false).
pub(crate) async fn current(pool: &PgPool, ui: &Ui) -> bool {
    match fit(pool).await {
        Fit::Current => return true,
        Fit::Ahead(ahead) => {
            say_ahead(pool, ui, &ahead);
            return true;
        }
        Fit::Unsure => {}
    }
    let Ok(statuses) = status(pool).await else { return false };
    let known = statuses.iter().all(|s| matches!(s.state, MigrationState::Applied | MigrationState::Unknown));
    match additive_ahead(&statuses) {
        Some(ahead) if known => {
            say_ahead(pool, ui, &ahead);
            true
        }
        _ => false,
    }
}

/// Fails with advice unless every embedded migration is applied unchanged; newer
/// migrations are borne when all are additive (said once per database and omnictl
/// version), and refused naming the omnictl to install when one is not.
pub(crate) async fn ensure_current(pool: &PgPool, ui: &Ui) -> Result<()> {
    match fit(pool).await {
        Fit::Current => return Ok(()),
        Fit::Ahead(ahead) => {
            say_ahead(pool, ui, &ahead);
            return Ok(());
        }
        Fit::Unsure => {}
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
    if let Some(ahead) = additive_ahead(&statuses) {
        say_ahead(pool, ui, &ahead);
    }
    Ok(())
}

/// Says, once per database and version of omnictl, that the schema is ahead of this
/// binary by additive migrations only: printed even with `-q` (a cron job's mail gets it
/// once), remembered in `$OMNICTL_HOME/schema-ahead/` (where that cannot be written, said
/// every time).
fn say_ahead(pool: &PgPool, ui: &Ui, ahead: &[(i64, String)]) {
    use sha2::{Digest, Sha256};
    if ahead.is_empty() {
        return;
    }
    let options = pool.connect_options();
    let versions: Vec<String> = ahead.iter().map(|(v, _)| v.to_string()).collect();
    let key = format!(
        "{}:{}/{} {VERSION} {}",
        options.get_host(),
        options.get_port(),
        options.get_database().unwrap_or_default(),
        versions.join(",")
    );
    let name: String = Sha256::digest(&key).iter().take(12).map(|b| format!("{b:02x}")).collect();
    let memo = crate::db::cluster::LocalCluster::default_home().ok().map(|home| home.join("schema-ahead").join(name));
    if memo.as_ref().is_some_and(|memo| memo.exists()) {
        return;
    }
    let newest = ahead.iter().map(|(_, by)| by.as_str()).max_by(|a, b| compare_versions(a, b)).unwrap_or_default();
    ui.warn_always(format!(
        "this omnictl ({VERSION}) is older than the database's schema: {} {} applied by omnictl {newest} {} \
         additive, so this omnictl keeps working; install omnictl {newest} on this host when you can (said once \
         per database and omnictl version)",
        if ahead.len() == 1 { "migration" } else { "migrations" },
        versions.join(", "),
        if ahead.len() == 1 { "is" } else { "are" },
    ));
    if let Some(memo) = memo
        && let Some(dir) = memo.parent()
        && std::fs::create_dir_all(dir).is_ok()
    {
        std::fs::write(&memo, format!("{key}\n")).ok();
    }
}

/// Orders two crate versions by their numeric parts (`0.10.0` after `0.9.1`), then as text.
fn compare_versions(a: &str, b: &str) -> std::cmp::Ordering {
    let numbers = |v: &str| -> Vec<u64> {
        v.split(['+', '-']).next().unwrap_or_default().split('.').map(|n| n.parse().unwrap_or(0)).collect()
    };
    numbers(a).cmp(&numbers(b)).then_with(|| a.cmp(b))
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
    let breaking = statuses
        .iter()
        .filter(|s| s.state == MigrationState::Unknown && !s.compat.as_ref().is_some_and(|c| c.additive));
    let newest = breaking
        .clone()
        .filter_map(|s| s.compat.as_ref().map(|c| (s, c.applied_by.as_str())))
        .max_by(|(a, x), (b, y)| compare_versions(x, y).then(a.version.cmp(&b.version)));
    if let Some((m, by)) = newest {
        bail!(
            "the database has migration {} ({}), which omnictl {by} applied and which older omnictl cannot work \
             with (it is not additive): this omnictl is {VERSION}. Install omnictl {by} or newer on this host",
            m.version,
            m.description
        );
    }
    if let Some(m) = breaking.clone().next() {
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

    use super::{Fit, MIGRATOR, SUPERSEDED, expected_fingerprint, fit_of, is_additive, known_checksum};

    /// The marker counts among the leading comment lines only.
    #[test]
    fn a_migration_is_additive_when_its_leading_comments_say_so() {
        assert!(is_additive("-- omnictl: additive\nCREATE TABLE t (id int);"));
        assert!(is_additive("-- A note.\n\n  -- omnictl: additive\nCREATE TABLE t (id int);"));
        assert!(!is_additive("CREATE TABLE t (id int);\n-- omnictl: additive"));
        assert!(!is_additive("-- omnictl: additive, mostly\nALTER TABLE t DROP COLUMN c;"));
        let compat = MIGRATOR.iter().find(|m| m.version == super::COMPAT_SINCE).expect("the compat migration");
        assert!(is_additive(&compat.sql), "the record's own migration is additive");
    }

    /// One statement's answer decides: exactly current, ahead by recorded additive
    /// migrations only, or no verdict (anything else, looked at closer).
    #[test]
    fn the_fingerprint_tells_current_additive_ahead_or_unsure() {
        let current = expected_fingerprint();
        assert_eq!(fit_of(current), Fit::Current);
        assert_eq!(
            fit_of(&format!("{current} 29991231000001=true=0.2.0 29991231000002=true=0.3.0")),
            Fit::Ahead(vec![(29991231000001, "0.2.0".into()), (29991231000002, "0.3.0".into())])
        );
        assert_eq!(fit_of(&format!("{current} 29991231000001=true=0.2.0 29991231000002=false=0.3.0")), Fit::Unsure);
        assert_eq!(fit_of(&format!("{current} 29991231000001=unrecorded=")), Fit::Unsure);
        assert_eq!(fit_of("3:00ff 29991231000001=true=0.2.0"), Fit::Unsure);
    }

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
