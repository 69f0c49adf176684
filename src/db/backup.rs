//! `omnictl db dump` and `omnictl db restore`: the schema's owner's backups, made with
//! pg_dump and pg_restore (custom format) without a superuser, and checked.
//!
//! A dump reads as `omnictl_backup`, the role that reads every row of every table while
//! it is the current role (granted to the owner only; see migration
//! 20261206000001). One REPEATABLE READ transaction exports its snapshot, counts every
//! table's rows and lists the operators' logins; pg_dump then dumps exactly that snapshot
//! (`--snapshot`) while the transaction stays open. The archive is then read back
//! (`pg_restore --data-only` to a pipe, its COPY rows counted) and must hold the counted
//! rows, table for table: anything pg_dump could not read or left out is a difference,
//! and a dump with one is removed. Rows written meanwhile are in neither: the snapshot
//! is the same.
//!
//! The archive goes to FILE and its manifest (the counts, the logins, the archive's
//! SHA-256) to FILE.manifest.json beside it.

use std::collections::BTreeMap;
use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{Context, Result, bail};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sqlx::{Connection, PgConnection};

use super::Target;
use super::binaries;

/// The manifest's name beside the archive.
pub(crate) fn manifest_path(archive: &Path) -> PathBuf {
    let mut name = archive.as_os_str().to_owned();
    name.push(".manifest.json");
    PathBuf::from(name)
}

/// What a dump holds, written beside it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Manifest {
    pub format: u32,
    pub database: String,
    pub server_version: String,
    pub pg_dump_version: String,
    pub taken_at: DateTime<Utc>,
    /// The archive's SHA-256, so that a manifest is never read with another archive.
    pub archive_sha256: String,
    /// Every table's rows in the dump's snapshot, by `schema.table`.
    pub tables: BTreeMap<String, i64>,
    /// The operators' logins as they were, and what recreates them (no password
    /// verifiers: the owner cannot read them; passwords are set again).
    pub logins: Vec<Login>,
}

/// An operator's login in a manifest.
#[derive(Debug, Clone, Serialize, Deserialize, sqlx::FromRow)]
pub struct Login {
    pub login_role: String,
    pub email: String,
    pub name: String,
    pub organization: Option<String>,
    pub role: Option<String>,
    pub is_super_admin: bool,
    pub is_active: bool,
}

/// How a PostgreSQL client program reaches the target: a libpq URL without its
/// password, which goes in `PGPASSWORD` (never on a command line others can see).
struct Libpq {
    url: String,
    password: Option<String>,
}

impl Libpq {
    fn of(target: &Target) -> Result<Self> {
        match target {
            Target::Local(cluster) => Ok(Self { url: cluster.url(super::cluster::DATABASE), password: None }),
            Target::Url(url) => {
                if super::pooler::declared(url) {
                    bail!(
                        "a dump or a restore needs a session of its own, not a transaction pooler's: \
                         give the server's own address, not pgbouncer's"
                    );
                }
                let url = super::pooler::strip(url).into_owned();
                Ok(split_password(&url))
            }
        }
    }

    fn command(&self, program: &Path) -> Command {
        let mut command = Command::new(program);
        if let Some(password) = &self.password {
            command.env("PGPASSWORD", password);
        }
        command.arg(format!("--dbname={}", self.url)).stdin(Stdio::null());
        command
    }
}

/// `postgres://user:secret@host/db` → (`postgres://user@host/db`, `secret` decoded).
fn split_password(url: &str) -> Libpq {
    let Some((scheme, rest)) = url.split_once("://") else {
        return Libpq { url: url.to_string(), password: None };
    };
    let authority_end = rest.find(['/', '?']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(authority_end);
    let Some((userinfo, host)) = authority.rsplit_once('@') else {
        return Libpq { url: url.to_string(), password: None };
    };
    let Some((user, password)) = userinfo.split_once(':') else {
        return Libpq { url: url.to_string(), password: None };
    };
    Libpq { url: format!("{scheme}://{user}@{host}{tail}"), password: Some(percent_decode(password)) }
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok());
        match (bytes[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The server's major version.
async fn server_major(conn: &mut PgConnection) -> Result<(u32, String)> {
    let (number, version): (String, String) =
        super::statement::query_as("SELECT current_setting('server_version_num'), current_setting('server_version')")
            .fetch_one(&mut *conn)
            .await?;
    let number: u32 = number.parse().context("the server's version number")?;
    Ok((number / 10000, version))
}

/// The tables whose rows a dump holds, by `schema.table` as pg_dump names them: every
/// permanent or unlogged table outside the system schemas and extensions.
const TABLES: &str = "SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname)
                        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                       WHERE c.relkind = 'r' AND c.relpersistence <> 't'
                         AND n.nspname NOT IN ('pg_catalog', 'information_schema')
                         AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'
                         AND NOT EXISTS (SELECT 1 FROM pg_depend d
                                          WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
                       ORDER BY 1";

/// Every table's rows as this transaction sees them.
async fn count_rows(conn: &mut PgConnection) -> Result<BTreeMap<String, i64>> {
    let tables: Vec<String> = super::statement::query_scalar(TABLES).fetch_all(&mut *conn).await?;
    let mut counts = BTreeMap::new();
    for table in tables {
        // ONLY: a parent's rows without its children's, as pg_dump copies each table.
        let rows: i64 = super::statement::query_scalar(&format!("SELECT count(*) FROM ONLY {table}"))
            .fetch_one(&mut *conn)
            .await
            .with_context(|| format!("could not count the rows of {table}"))?;
        counts.insert(table, rows);
    }
    Ok(counts)
}

const LOGINS: &str = "SELECT u.login_role, u.email, u.name, o.slug AS organization, u.role::text AS role,
                             u.is_super_admin, u.is_active
                        FROM users u LEFT JOIN organizations o ON o.id = u.organization_id
                       WHERE u.login_role IS NOT NULL ORDER BY u.email";

/// What `dump` did.
#[derive(Debug, Serialize)]
pub struct Dumped {
    pub file: String,
    pub manifest: String,
    pub tables: usize,
    pub rows: i64,
    pub logins: usize,
    pub bytes: u64,
}

/// Dumps the target to `file` (see the module's comment), as the connection's login,
/// which must be a member of omnictl_backup (the schema's owner).
pub(crate) async fn dump(target: &Target, conn: &mut PgConnection, file: &Path) -> Result<Dumped> {
    let (major, server_version) = server_major(conn).await?;
    let (pg_dump, pg_dump_version) = binaries::client_program("pg_dump", major)?;
    let (pg_restore, _) = binaries::client_program("pg_restore", major)?;
    let libpq = Libpq::of(target)?;
    let partial = partial_path(file);

    let mut tx = conn.begin().await?;
    super::statement::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY").execute(&mut *tx).await?;
    let member: bool = super::statement::query_scalar(
        "SELECT to_regrole('omnictl_backup') IS NOT NULL AND pg_has_role(session_user, 'omnictl_backup', 'MEMBER')",
    )
    .fetch_one(&mut *tx)
    .await?;
    if !member {
        bail!(
            "the login {} may not read as omnictl_backup: only the schema's owner dumps, after `omnictl migrate run`",
            session_user(&mut tx).await?
        );
    }
    // A table under row-level security that omnictl_backup has no policy on would show it
    // no rows, in the counts and in the dump alike: refused, not counted as empty.
    let hidden: Vec<String> = super::statement::query_scalar(
        "SELECT c.oid::regclass::text FROM pg_class c
          WHERE c.relkind IN ('r', 'p') AND c.relrowsecurity
            AND c.relnamespace NOT IN ('pg_catalog'::regnamespace, 'information_schema'::regnamespace)
            AND NOT EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid AND p.polname = 'backup_reads')
          ORDER BY 1",
    )
    .fetch_all(&mut *tx)
    .await?;
    if !hidden.is_empty() {
        return Err(crate::error::Error::refused(format!(
            "omnictl_backup cannot read the rows of {} (row-level security without a backup_reads policy): the dump \
             would hold none of them",
            hidden.join(", ")
        ))
        .hint("run omnictl migrate run as the schema's owner: it gives omnictl_backup the reading of every table")
        .into());
    }
    super::statement::query("SET LOCAL ROLE omnictl_backup").execute(&mut *tx).await?;
    let snapshot: String = super::statement::query_scalar("SELECT pg_export_snapshot()").fetch_one(&mut *tx).await?;
    let tables = count_rows(&mut tx).await?;
    let logins: Vec<Login> = super::statement::query_as(LOGINS).fetch_all(&mut *tx).await?;
    let database: String =
        super::statement::query_scalar("SELECT current_database()::text").fetch_one(&mut *tx).await?;

    // pg_dump reads the same snapshot while this transaction holds it.
    let mut command = libpq.command(&pg_dump);
    command
        .args(["--format=custom", "--role=omnictl_backup", "--enable-row-security", "--no-password"])
        .arg(format!("--snapshot={snapshot}"))
        .arg("--file")
        .arg(&partial)
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    let dumped = tokio::task::spawn_blocking(move || command.output()).await?.context("could not run pg_dump")?;
    tx.rollback().await.ok();
    if !dumped.status.success() {
        let _ = std::fs::remove_file(&partial);
        bail!("pg_dump failed: {}", String::from_utf8_lossy(&dumped.stderr).trim());
    }

    let archive = partial.clone();
    let found = tokio::task::spawn_blocking(move || archive_counts(&pg_restore, &archive)).await?;
    let found = match found {
        Ok(found) => found,
        Err(error) => {
            let _ = std::fs::remove_file(&partial);
            return Err(error.context("could not read the dump back"));
        }
    };
    let differences = differences(&tables, &found, ("the database", "the dump"));
    if !differences.is_empty() {
        let _ = std::fs::remove_file(&partial);
        return Err(crate::error::Error::found(format!(
            "the dump does not hold the database's rows as counted in its own snapshot, so it was removed:\n  {}",
            differences.join("\n  ")
        ))
        .into());
    }
    // Every row of every clinic: readable by the account that took it only.
    private(&partial)?;
    let bytes = std::fs::metadata(&partial)?.len();
    let manifest = Manifest {
        format: 1,
        database,
        server_version,
        pg_dump_version,
        taken_at: Utc::now(),
        archive_sha256: sha256_of(&partial)?,
        tables,
        logins,
    };
    let manifest_file = manifest_path(file);
    let text = serde_json::to_string_pretty(&manifest)? + "\n";
    if let Err(error) = std::fs::write(&manifest_file, text).and_then(|()| private(&manifest_file)) {
        let _ = std::fs::remove_file(&partial);
        return Err(anyhow::Error::new(error).context(format!("could not write {}", manifest_file.display())));
    }
    std::fs::rename(&partial, file).with_context(|| format!("could not write {}", file.display()))?;
    Ok(Dumped {
        file: file.display().to_string(),
        manifest: manifest_file.display().to_string(),
        tables: manifest.tables.len(),
        rows: manifest.tables.values().sum(),
        logins: manifest.logins.len(),
        bytes,
    })
}

/// Mode 0600.
fn private(path: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
}

async fn session_user(conn: &mut PgConnection) -> Result<String> {
    Ok(super::statement::query_scalar("SELECT session_user::text").fetch_one(conn).await?)
}

/// Where the archive is written until it is checked.
fn partial_path(file: &Path) -> PathBuf {
    let mut name = file.as_os_str().to_owned();
    name.push(".partial");
    PathBuf::from(name)
}

fn sha256_of(path: &Path) -> Result<String> {
    use sha2::{Digest, Sha256};
    let mut hasher = Sha256::new();
    let mut reader = std::fs::File::open(path).with_context(|| format!("could not read {}", path.display()))?;
    std::io::copy(&mut reader, &mut hasher)?;
    Ok(hasher.finalize().iter().map(|b| format!("{b:02x}")).collect())
}

/// The rows of every table in an archive, read back with `pg_restore --data-only` to a
/// pipe (nothing is restored anywhere).
fn archive_counts(pg_restore: &Path, archive: &Path) -> Result<BTreeMap<String, i64>> {
    let mut child = Command::new(pg_restore)
        .args(["--data-only", "--file=-"])
        .arg(archive)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .context("could not run pg_restore")?;
    let stdout = child.stdout.take().context("pg_restore's output")?;
    let counts = copy_counts(std::io::BufReader::new(stdout))?;
    let out = child.wait_with_output()?;
    if !out.status.success() {
        bail!("pg_restore could not read {}: {}", archive.display(), String::from_utf8_lossy(&out.stderr).trim());
    }
    Ok(counts)
}

/// The rows of each `COPY … FROM stdin;` block of a plain SQL script: one line each (the
/// text format escapes newlines in values), up to the `\.` that ends it.
pub(crate) fn copy_counts(reader: impl BufRead) -> std::io::Result<BTreeMap<String, i64>> {
    let mut counts = BTreeMap::new();
    let mut current: Option<(String, i64)> = None;
    for line in reader.split(b'\n') {
        let line = line?;
        let line = line.strip_suffix(b"\r").unwrap_or(&line);
        match current.as_mut() {
            Some(_) if line == b"\\." => {
                if let Some((table, rows)) = current.take() {
                    *counts.entry(table).or_insert(0) += rows;
                }
            }
            Some((_, rows)) => *rows += 1,
            None => {
                if let Some(table) = copy_table(line) {
                    current = Some((table, 0));
                }
            }
        }
    }
    Ok(counts)
}

/// `COPY public.users (id, email) FROM stdin;` → `public.users`.
fn copy_table(line: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(line).ok()?;
    let rest = text.strip_prefix("COPY ")?.strip_suffix(" FROM stdin;")?;
    let table = match rest.find(" (") {
        Some(at) => &rest[..at],
        None => rest,
    };
    Some(table.trim().to_string())
}

/// Each table whose rows differ between what was counted (in `counted_in`) and what was
/// found (in `found_in`), said.
pub(crate) fn differences(
    counted: &BTreeMap<String, i64>,
    found: &BTreeMap<String, i64>,
    (counted_in, found_in): (&str, &str),
) -> Vec<String> {
    let mut said = Vec::new();
    for (table, rows) in counted {
        match found.get(table) {
            Some(held) if held == rows => {}
            Some(held) => said.push(format!("{table}: {rows} row(s) in {counted_in}, {held} in {found_in}")),
            None => said.push(format!("{table}: {rows} row(s) in {counted_in}, not in {found_in}")),
        }
    }
    for (table, held) in found {
        if !counted.contains_key(table) {
            said.push(format!("{table}: {held} row(s) in {found_in}, a table not in {counted_in}"));
        }
    }
    said
}

/// What `restore` did and found.
#[derive(Debug, Serialize)]
pub struct Restored {
    pub tables: usize,
    pub rows: i64,
    /// Tables whose restored rows differ from the manifest's.
    pub differences: Vec<String>,
}

/// The roles a restored schema's grants and policies name, and the restoring login's
/// memberships the repairs need (as the migrations make them; omnictl_pooler_definer owns
/// the pooler's lookup of migration 20261206000011). Roles are cluster-wide: on the
/// cluster the dump came from they exist already.
const ROLES: &str = r#"
DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['omnictl_app', 'omnictl_definer', 'omnictl_provisioner', 'omnictl_backup', 'omnictl_auditor',
                             'omnictl_pooler_definer'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB %s %s', r,
                           CASE WHEN r = 'omnictl_provisioner' THEN 'CREATEROLE' ELSE 'NOCREATEROLE' END,
                           CASE WHEN r IN ('omnictl_definer', 'omnictl_backup', 'omnictl_auditor', 'omnictl_pooler_definer')
                                THEN 'NOINHERIT' ELSE 'INHERIT' END);
        END IF;
        IF r <> 'omnictl_auditor' AND NOT pg_has_role(current_user, r, 'MEMBER') THEN
            EXECUTE format('GRANT %I TO %I', r, current_user);
        END IF;
    END LOOP;
    IF NOT pg_has_role('omnictl_provisioner', 'omnictl_app', 'MEMBER WITH ADMIN OPTION') THEN
        GRANT omnictl_app TO omnictl_provisioner WITH ADMIN OPTION;
    END IF;
END
$$"#;

/// Restores the archive `file` into the target, which must have no table yet, as the
/// connection's login (the database's owner): the roles first, then pg_restore without
/// owners (the restoring login owns what it restores; `omnictl_repair` gives the
/// definers back afterwards), then every table's rows counted against the manifest.
pub(crate) async fn restore(target: &Target, conn: &mut PgConnection, file: &Path) -> Result<Restored> {
    let manifest_file = manifest_path(file);
    let text = std::fs::read_to_string(&manifest_file).with_context(|| {
        format!("could not read the dump's manifest {} (written beside it by the dump)", manifest_file.display())
    })?;
    let manifest: Manifest = serde_json::from_str(&text)
        .with_context(|| format!("{} is not a manifest of omnictl db dump", manifest_file.display()))?;
    if sha256_of(file)? != manifest.archive_sha256 {
        bail!("{} is not the archive its manifest {} describes", file.display(), manifest_file.display());
    }
    let tables: i64 = super::statement::query_scalar(
        "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE c.relkind IN ('r', 'p', 'v', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
            AND n.nspname NOT LIKE 'pg\\_%'",
    )
    .fetch_one(&mut *conn)
    .await?;
    if tables > 0 {
        bail!(
            "the database {} is not empty ({tables} table(s)): restore into a new, empty database",
            super::describe(target)
        );
    }
    let (major, _) = server_major(conn).await?;
    let (pg_restore, _) = binaries::client_program("pg_restore", major)?;
    let login = session_user(conn).await?;
    sqlx::raw_sql(ROLES).execute(&mut *conn).await.map_err(|e| {
        anyhow::anyhow!(
            "the login {login} could not make the roles omnictl needs, or join them: {e}\nhint: give it CREATEROLE, \
             or have a superuser create omnictl_app, omnictl_definer, omnictl_provisioner and omnictl_backup and \
             grant them to {login}"
        )
    })?;

    let libpq = Libpq::of(target)?;
    let mut command = libpq.command(&pg_restore);
    command
        .args(["--no-owner", "--exit-on-error", "--single-transaction", "--no-password"])
        .arg(file)
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    let restored = tokio::task::spawn_blocking(move || command.output()).await?.context("could not run pg_restore")?;
    if !restored.status.success() {
        bail!("pg_restore failed, nothing was restored: {}", String::from_utf8_lossy(&restored.stderr).trim());
    }

    let mut tx = conn.begin().await?;
    super::statement::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY").execute(&mut *tx).await?;
    super::statement::query("SET LOCAL ROLE omnictl_backup").execute(&mut *tx).await?;
    let counted = count_rows(&mut tx).await?;
    tx.rollback().await.ok();
    Ok(Restored {
        tables: counted.len(),
        rows: counted.values().sum(),
        differences: differences(&manifest.tables, &counted, ("the manifest", "the restored database")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copy_blocks_are_counted_by_their_rows() {
        let script = "SET x = 1;\n\
                      COPY public.users (id, email) FROM stdin;\n\
                      1\ta@b\n\
                      2\tc\\nd\n\
                      \\.\n\
                      \n\
                      COPY public.\"Odd table\" (id) FROM stdin;\n\
                      \\.\n\
                      SELECT pg_catalog.setval('s', 3, true);\n";
        let counts = copy_counts(script.as_bytes()).expect("counts");
        assert_eq!(counts.get("public.users"), Some(&2));
        assert_eq!(counts.get("public.\"Odd table\""), Some(&0));
        assert_eq!(counts.len(), 2);
    }

    #[test]
    fn any_table_that_differs_is_said() {
        let counted: BTreeMap<String, i64> =
            [("public.a", 3), ("public.b", 2), ("public.c", 0)].map(|(t, n)| (t.to_string(), n)).into();
        let labels = ("the database", "the dump");
        assert!(differences(&counted, &counted, labels).is_empty());
        let found: BTreeMap<String, i64> =
            [("public.a", 3), ("public.b", 0), ("public.d", 1)].map(|(t, n)| (t.to_string(), n)).into();
        let said = differences(&counted, &found, labels);
        assert_eq!(
            said,
            vec![
                "public.b: 2 row(s) in the database, 0 in the dump",
                "public.c: 0 row(s) in the database, not in the dump",
                "public.d: 1 row(s) in the dump, a table not in the database",
            ]
        );
    }

    #[test]
    fn the_password_leaves_the_url() {
        let libpq = split_password("postgresql://owner_1:p%40ss%20word@127.0.0.1:5432/db?sslmode=disable");
        assert_eq!(libpq.url, "postgresql://owner_1@127.0.0.1:5432/db?sslmode=disable");
        assert_eq!(libpq.password.as_deref(), Some("p@ss word"));
        let libpq = split_password("postgres://ana@db.example.org/omnictl");
        assert_eq!(libpq.url, "postgres://ana@db.example.org/omnictl");
        assert_eq!(libpq.password, None);
    }
}
