//! Backups the owner takes and restores, on a managed-style server (scram-sha-256, each
//! database owned by a CREATEROLE login that is no superuser): `omnictl db dump` holds
//! every row, checked against the counts of its own snapshot; `omnictl db restore`
//! gives the restored database logins, definers and CONNECT rules of its own; and a
//! copy's logins are never production's.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use sqlx::{Connection, PgConnection};

use crate::harness::{stderr, stdout};
use crate::managed::ManagedDb;

const ROOT: &str = "root@backups.test";
const ROOT_PASSWORD: &str = "backups root password";
const STAFF: &str = "staff@backups.test";
const STAFF_PASSWORD: &str = "backups staff password";
const ADMIN: &str = "admin@backups.test";

/// Runs `command` with `input` on its stdin.
fn with_stdin(mut command: Command, input: &str) -> Output {
    command.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = command.spawn().expect("spawn omnictl");
    child.stdin.take().expect("stdin").write_all(input.as_bytes()).expect("write stdin");
    child.wait_with_output().expect("wait")
}

fn succeeded(out: Output) -> Output {
    assert!(out.status.success(), "expected success: {}{}", stdout(&out), stderr(&out));
    out
}

/// A production database with a demo clinic (patients, insurances, authorizations,
/// appointments, sessions and their events) and a staff user with a password.
async fn production() -> ManagedDb {
    let db = ManagedDb::new().await;
    // The fixture's platform revoked everything from PUBLIC, TEMPORARY included: the
    // owner's migrate run gave it to omnictl_app, where imports stage their rows.
    db.bootstrap(ROOT, ROOT_PASSWORD);
    let mut seed = db.omnictl_as(ROOT, ROOT_PASSWORD).await;
    seed.args(["seed", "demo", "--orgs", "1", "--patients-per-org", "6", "--seed", "5"]);
    succeeded(seed.output().expect("run seed demo"));
    let mut create = db.omnictl_as(ROOT, ROOT_PASSWORD).await;
    create.args(["user", "create", "--org", "demo-001", "--email", STAFF, "--name", "Sam", "--role", "staff"]);
    succeeded(create.output().expect("run user create"));
    let mut create = db.omnictl_as(ROOT, ROOT_PASSWORD).await;
    create.args(["user", "create", "--org", "demo-001", "--email", ADMIN, "--name", "Ada", "--role", "admin"]);
    succeeded(create.output().expect("run user create"));
    for email in [STAFF, ADMIN] {
        let mut set = db.omnictl_as(ROOT, ROOT_PASSWORD).await;
        set.args(["user", "set-password", email, "--password-stdin"]);
        succeeded(with_stdin(set, &format!("{STAFF_PASSWORD}\n")));
    }
    // A session with an event: an appointment of an authorized patient, started, noted.
    let (mrn, code, day): (String, String, String) = sqlx::query_as(
        "SELECT p.medical_record_number, a.service_code, to_char(greatest(a.start_date, DATE '2026-11-16'), 'YYYY-MM-DD')
           FROM authorizations a JOIN patients p ON p.id = a.patient_id
          WHERE a.service_code = '97153' AND a.status = 'ACTIVE' ORDER BY p.medical_record_number LIMIT 1",
    )
    .fetch_one(&db.admin)
    .await
    .expect("an authorization for 97153");
    let npi: String = sqlx::query_scalar(
        "SELECT npi FROM practitioners WHERE 'RBT' = ANY(credentials) AND is_active ORDER BY npi LIMIT 1",
    )
    .fetch_one(&db.admin)
    .await
    .expect("an RBT");
    let at = format!("{day} 10:00");
    let mut book = db.omnictl_as(ADMIN, STAFF_PASSWORD).await;
    book.args(["appointment", "create", "--patient", &mrn, "--practitioner", &npi, "--code", &code, "--start", &at]);
    book.args(["--minutes", "60", "-o", "json"]);
    let booked: serde_json::Value =
        serde_json::from_slice(&succeeded(book.output().expect("book")).stdout).expect("json");
    let appointment = booked[0]["appointment_id"]
        .as_str()
        .or_else(|| booked["id"].as_str())
        .unwrap_or_else(|| panic!("an appointment id in {booked}"))
        .to_string();
    let mut start = db.omnictl_as(ADMIN, STAFF_PASSWORD).await;
    start.args(["session", "start", "--appointment", &appointment, "--at", &at, "-o", "json"]);
    let started: serde_json::Value =
        serde_json::from_slice(&succeeded(start.output().expect("start")).stdout).expect("json");
    let session = started["id"].as_str().expect("session id").to_string();
    let noted = format!("{day} 10:05");
    let mut event = db.omnictl_as(ADMIN, STAFF_PASSWORD).await;
    event.args(["session", "event", "add", &session, "--type", "note", "--text", "Calm.", "--at", &noted]);
    succeeded(event.output().expect("event"));
    db
}

/// Every table's rows, as the server's superuser sees them.
async fn counts(db: &ManagedDb) -> BTreeMap<String, i64> {
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname) FROM pg_class c
           JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema')
            AND n.nspname NOT LIKE 'pg\\_%' ORDER BY 1",
    )
    .fetch_all(&db.admin)
    .await
    .expect("tables");
    let mut counts = BTreeMap::new();
    for table in tables {
        let rows: i64 =
            sqlx::query_scalar(&format!("SELECT count(*) FROM {table}")).fetch_one(&db.admin).await.expect("count");
        counts.insert(table, rows);
    }
    counts
}

fn manifest(file: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(format!("{}.manifest.json", file.display())).expect("the manifest");
    serde_json::from_str(&text).expect("manifest json")
}

fn manifest_counts(file: &Path) -> BTreeMap<String, i64> {
    manifest(file)["tables"]
        .as_object()
        .expect("tables")
        .iter()
        .map(|(table, rows)| (table.clone(), rows.as_i64().expect("rows")))
        .collect()
}

fn whoami(command: Command) -> Output {
    let mut command = command;
    command.args(["user", "whoami"]);
    command.output().expect("run whoami")
}

/// The owner dumps every row of every table (no superuser), restores into an empty
/// database owned by another CREATEROLE login, and the copy stands alone: the same rows,
/// its definers owned by their roles, its audit trail and counters checked, logins of
/// its own (set again by a password reset); deactivating a user in the copy leaves their
/// production login working.
#[tokio::test]
async fn the_owner_dumps_every_row_and_a_restore_stands_alone() {
    let db = production().await;
    let before = counts(&db).await;
    for table in ["public.patient_insurances", "public.session_events", "public.sessions", "public.appointments"] {
        assert!(before.get(table).is_some_and(|rows| *rows > 0), "{table} has rows to dump: {before:?}");
    }

    let dir = tempfile::tempdir().expect("a directory");
    let file = dir.path().join("production.dump");
    let out = succeeded(db.omnictl().args(["db", "dump"]).arg(&file).output().expect("run db dump"));
    assert!(stderr(&out).contains("checked against the database's counts"), "{}", stderr(&out));
    use std::os::unix::fs::PermissionsExt;
    for written in [file.clone(), dir.path().join("production.dump.manifest.json")] {
        let mode = std::fs::metadata(&written).expect("written").permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{} is readable by its owner only", written.display());
    }
    assert_eq!(manifest_counts(&file), before, "the manifest counts every row of every table");
    let logins = manifest(&file)["logins"].as_array().expect("logins").clone();
    let staff = logins.iter().find(|l| l["email"] == STAFF).expect("the staff login in the manifest");
    assert_eq!(staff["organization"], "demo-001");
    assert_eq!(staff["role"], "STAFF");
    assert!(!serde_json::to_string(&logins).expect("json").contains("SCRAM"), "no password verifier");

    let copy = ManagedDb::empty().await;
    let out = copy.omnictl().args(["db", "restore"]).arg(&file).output().expect("run db restore");
    let said = stderr(&out);
    assert!(out.status.success(), "{}{said}", stdout(&out));
    assert!(said.contains("every table's rows as the manifest counted"), "{said}");
    assert!(said.contains("repaired logins: this database is a copy or a restore"), "{said}");
    assert!(said.contains("audit verify:") && said.contains("intact"), "{said}");
    assert!(said.contains("auth check:") && said.contains("every counter equals its rows"), "{said}");

    let restored = counts(&copy).await;
    assert_eq!(restored.len(), before.len());
    for (table, rows) in &before {
        match table.as_str() {
            // The copy's own logins were made after the rows were counted, on the record.
            "public.audit_logs" | "public.audit_log_items" => {
                assert!(restored.get(table).is_some_and(|n| n >= rows), "{table}")
            }
            _ => assert_eq!(restored.get(table), Some(rows), "{table}"),
        }
    }
    let misowned: i64 = sqlx::query_scalar("SELECT count(*) FROM omnictl_misowned_definers()")
        .fetch_one(&copy.admin)
        .await
        .expect("definers");
    assert_eq!(misowned, 0, "every definer is owned by its role again");
    let owners: Vec<(String, String)> = sqlx::query_as(
        "SELECT p.oid::regprocedure::text, r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner
          WHERE p.prosecdef AND p.pronamespace = 'public'::regnamespace",
    )
    .fetch_all(&copy.admin)
    .await
    .expect("owners");
    assert!(owners.iter().all(|(_, owner)| owner.starts_with("omnictl_")), "{owners:?}");
    succeeded(copy.omnictl().args(["migrate", "status"]).output().expect("run migrate status"));
    let public: bool = sqlx::query_scalar("SELECT has_database_privilege('public', current_database(), 'CONNECT')")
        .fetch_one(&copy.admin)
        .await
        .expect("acl");
    assert!(!public, "PUBLIC may not connect to the restored database");

    // Logins of its own, none of production's, with their users' passwords back (the
    // verifiers kept for the pooler are in the dump); a reset works as anywhere.
    let (production_login, copy_login) = (db.login(STAFF).await, copy.login(STAFF).await);
    assert_ne!(production_login, copy_login);
    assert!(said.contains("login(s) have their passwords back"), "{said}");
    let me = succeeded(whoami(copy.omnictl_as(STAFF, STAFF_PASSWORD).await));
    assert!(stdout(&me).contains(STAFF), "{}", stdout(&me));
    let mut reset = copy.omnictl();
    reset.args(["user", "set-password", STAFF, "--password-stdin"]);
    succeeded(with_stdin(reset, "a new password for the copy\n"));
    let mut reset = copy.omnictl();
    reset.args(["user", "set-password", ROOT, "--password-stdin"]);
    succeeded(with_stdin(reset, "copy root password\n"));
    let me = succeeded(whoami(copy.omnictl_as(STAFF, "a new password for the copy").await));
    assert!(stdout(&me).contains(STAFF), "{}", stdout(&me));
    assert!(!whoami(copy.omnictl_as(STAFF, STAFF_PASSWORD).await).status.success(), "the old password after a reset");

    // Deactivating the user in the copy leaves production's login alone.
    let mut deactivate = copy.omnictl_as(ROOT, "copy root password").await;
    deactivate.args(["user", "deactivate", STAFF, "--yes"]);
    succeeded(deactivate.output().expect("run deactivate"));
    assert!(!whoami(copy.omnictl_as(STAFF, "a new password for the copy").await).status.success());
    let can_login: bool = sqlx::query_scalar("SELECT rolcanlogin FROM pg_roles WHERE rolname = $1")
        .bind(&production_login)
        .fetch_one(&db.admin)
        .await
        .expect("production's role");
    assert!(can_login, "the copy disabled production's login");
    succeeded(whoami(db.omnictl_as(STAFF, STAFF_PASSWORD).await));
}

/// Rows written while the dump runs are in neither its snapshot's counts nor its
/// archive: a dump taken under a writer is whole and not flagged. The table the writer
/// fills is new, made by the owner: `migrate run` gives the backup role its reading and
/// says so.
#[tokio::test]
async fn a_dump_under_a_concurrent_writer_is_consistent() {
    let db = ManagedDb::new().await;
    let mut owner = PgConnection::connect(&db.owner_url()).await.expect("the owner connects");
    sqlx::query("CREATE TABLE scratch_writes (id bigserial PRIMARY KEY, at timestamptz NOT NULL DEFAULT now())")
        .execute(&mut owner)
        .await
        .expect("a table of the owner's");
    let out = succeeded(db.omnictl().args(["migrate", "run"]).output().expect("run migrate run"));
    assert!(stderr(&out).contains("repaired backup: omnictl_backup given the reading of"), "{}", stderr(&out));

    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let writing = {
        let stop = stop.clone();
        tokio::spawn(async move {
            let mut written = 0i64;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                sqlx::query("INSERT INTO scratch_writes DEFAULT VALUES").execute(&mut owner).await.expect("insert");
                written += 1;
            }
            written
        })
    };
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    let dir = tempfile::tempdir().expect("a directory");
    let file = dir.path().join("busy.dump");
    let mut dump = db.omnictl();
    dump.args(["db", "dump"]).arg(&file);
    let out = tokio::task::spawn_blocking(move || dump.output()).await.expect("join").expect("run db dump");
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let written = writing.await.expect("the writer");
    assert!(out.status.success(), "{}", stderr(&out));
    let in_dump = manifest_counts(&file)["public.scratch_writes"];
    let after: i64 =
        sqlx::query_scalar("SELECT count(*) FROM scratch_writes").fetch_one(&db.admin).await.expect("count");
    assert!(in_dump > 0 && in_dump < after, "the dump holds a snapshot: {in_dump} of {after} ({written} written)");
}

/// A restore counts what it restored against the manifest: a manifest that says other
/// counts than the archive holds fails the restore.
#[tokio::test]
async fn a_restore_whose_rows_differ_from_the_manifest_fails() {
    let db = ManagedDb::new().await;
    db.bootstrap(ROOT, ROOT_PASSWORD);
    let dir = tempfile::tempdir().expect("a directory");
    let file = dir.path().join("small.dump");
    succeeded(db.omnictl().args(["db", "dump"]).arg(&file).output().expect("run db dump"));
    let mut manifest = manifest(&file);
    let users = manifest["tables"]["public.users"].as_i64().expect("users");
    manifest["tables"]["public.users"] = serde_json::json!(users + 1);
    std::fs::write(format!("{}.manifest.json", file.display()), manifest.to_string()).expect("tamper");

    let copy = ManagedDb::empty().await;
    let out = copy.omnictl().args(["db", "restore"]).arg(&file).output().expect("run db restore");
    assert_eq!(out.status.code(), Some(10), "a tampered manifest was accepted: {}", stderr(&out));
    assert!(
        stderr(&out)
            .contains(&format!("public.users: {} row(s) in the manifest, {users} in the restored database", users + 1)),
        "{}",
        stderr(&out)
    );

    // A restore never writes over a database that has tables.
    let again = copy.omnictl().args(["db", "restore"]).arg(&file).output().expect("run db restore");
    assert!(stderr(&again).contains("is not empty"), "{}", stderr(&again));
}

/// The backup role is the owner's only: an operator's login cannot switch to it, grant
/// it to itself, or read past its clinic through its policies.
#[tokio::test]
async fn an_operator_login_cannot_use_the_backup_role() {
    let db = production().await;
    let login = db.login(STAFF).await;
    let mut conn = PgConnection::connect(&db.url_as(&login, STAFF_PASSWORD)).await.expect("the staff login connects");
    let member: bool = sqlx::query_scalar("SELECT pg_has_role(session_user, 'omnictl_backup', 'MEMBER')")
        .fetch_one(&mut conn)
        .await
        .expect("member");
    assert!(!member);
    for statement in [
        "SET ROLE omnictl_backup".to_string(),
        format!("GRANT omnictl_backup TO \"{login}\""),
        "SET SESSION AUTHORIZATION omnictl_backup".to_string(),
    ] {
        let error = sqlx::query(&statement).execute(&mut conn).await.expect_err(&statement).to_string();
        assert!(
            error.contains("permission denied") || error.contains("must have admin option"),
            "{statement}: {error}"
        );
    }
    let seen: i64 =
        sqlx::query_scalar("SELECT count(*) FROM patient_insurances").fetch_one(&mut conn).await.expect("count");
    assert_eq!(seen, 0, "without a clinic asked for, the login reads no insurance");
}

/// A definer owned by the wrong role fails `migrate status`; `migrate run` gives it back
/// and says so.
#[tokio::test]
async fn a_misowned_definer_fails_migrate_status_and_migrate_run_repairs_it() {
    let db = ManagedDb::new().await;
    sqlx::query(&format!("ALTER FUNCTION omnictl_whoami() OWNER TO {}", db.owner))
        .execute(&db.admin)
        .await
        .expect("misown a definer");
    let status = db.omnictl().args(["migrate", "status"]).output().expect("run migrate status");
    assert!(!status.status.success());
    assert!(stderr(&status).contains("omnictl_whoami() is owned by"), "{}", stderr(&status));
    let run = succeeded(db.omnictl().args(["migrate", "run"]).output().expect("run migrate run"));
    assert!(
        stderr(&run).contains(&format!(
            "repaired definer: omnictl_whoami() was owned by {}; given back to omnictl_definer",
            db.owner
        )),
        "{}",
        stderr(&run)
    );
    succeeded(db.omnictl().args(["migrate", "status"]).output().expect("run migrate status"));
}

/// A copy made from the database as a template (on the same server) shares its rows, so
/// its users name production's logins: until `migrate run` it refuses to change any of
/// them; `migrate run` gives it logins of its own and says so, and a user deactivated in
/// the copy keeps their production login.
#[tokio::test]
async fn a_template_copy_touches_no_login_of_the_original_until_it_has_its_own() {
    let db = ManagedDb::new().await;
    db.bootstrap(ROOT, ROOT_PASSWORD);
    let production_login = db.login(ROOT).await;
    db.admin.close().await;
    let copy = format!("{}_copy", db.name);
    let platform = sqlx::postgres::PgPoolOptions::new()
        .max_connections(1)
        .connect_with(crate::managed::server().connect_options("postgres"))
        .await
        .expect("the platform connects");
    sqlx::query(&format!("CREATE DATABASE {copy} TEMPLATE {} OWNER {}", db.name, db.owner))
        .execute(&platform)
        .await
        .expect("copy the database");
    platform.close().await;
    let mut inspect =
        PgConnection::connect_with(&crate::managed::server().connect_options(&copy)).await.expect("inspect the copy");
    let refused = sqlx::query("UPDATE users SET is_active = false WHERE email = $1")
        .bind(ROOT)
        .execute(&mut inspect)
        .await
        .expect_err("a copy deactivates production's login");
    assert!(refused.to_string().contains("were made for another database"), "{refused}");
    // Nor does it set the password of production's login (as the owner may in its own).
    let verifier = postgres_protocol::password::scram_sha_256(b"a password set in the copy");
    let mut as_owner =
        PgConnection::connect(&db.url_of(&copy, &db.owner, &db.owner_password)).await.expect("the owner connects");
    let refused = sqlx::query("SELECT omnictl_set_login_password((SELECT id FROM users WHERE email = $1), $2)")
        .bind(ROOT)
        .bind(&verifier)
        .execute(&mut as_owner)
        .await
        .expect_err("a copy sets production's password");
    assert!(refused.to_string().contains("were made for another database"), "{refused}");
    as_owner.close().await.ok();

    let owner_url = db.url_of(&copy, &db.owner, &db.owner_password);
    let status =
        crate::harness::omnictl().env("DATABASE_URL", &owner_url).args(["migrate", "status"]).output().expect("run");
    assert!(!status.status.success());
    assert!(stderr(&status).contains("logins were made for another database"), "{}", stderr(&status));
    let run = succeeded(
        crate::harness::omnictl().env("DATABASE_URL", &owner_url).args(["migrate", "run"]).output().expect("run"),
    );
    assert!(stderr(&run).contains("repaired logins: this database is a copy or a restore"), "{}", stderr(&run));
    assert!(stderr(&run).contains("repaired connect: PUBLIC could connect"), "{}", stderr(&run));
    let copy_login: String = sqlx::query_scalar("SELECT login_role FROM users WHERE email = $1")
        .bind(ROOT)
        .fetch_one(&mut inspect)
        .await
        .expect("the copy's login");
    assert_ne!(copy_login, production_login);
    let again = succeeded(
        crate::harness::omnictl().env("DATABASE_URL", &owner_url).args(["migrate", "run"]).output().expect("run"),
    );
    assert!(!stderr(&again).contains("repaired"), "a second run repairs nothing: {}", stderr(&again));

    // Deactivated in the copy, the user still logs in to production.
    let mut set = crate::harness::omnictl();
    set.env("DATABASE_URL", &owner_url).args(["user", "set-password", ROOT, "--password-stdin"]);
    succeeded(with_stdin(set, "copy root password\n"));
    let me = crate::harness::omnictl()
        .env("DATABASE_URL", db.url_of(&copy, &copy_login, "copy root password"))
        .env("OMNICTL_OPERATOR", ROOT)
        .args(["user", "whoami"])
        .output()
        .expect("run whoami");
    assert!(me.status.success(), "the copy's own login: {}", stderr(&me));
    sqlx::query("SELECT set_config('omnictl.platform_scope', 'on', false)").execute(&mut inspect).await.expect("scope");
    sqlx::query("UPDATE users SET is_active = false WHERE email = $1")
        .bind(ROOT)
        .execute(&mut inspect)
        .await
        .expect("the copy deactivates its own login");
    let (copy_can, production_can): (bool, bool) = sqlx::query_as(
        "SELECT (SELECT rolcanlogin FROM pg_roles WHERE rolname = $1), (SELECT rolcanlogin FROM pg_roles WHERE rolname = $2)",
    )
    .bind(&copy_login)
    .bind(&production_login)
    .fetch_one(&mut inspect)
    .await
    .expect("the logins");
    assert!(!copy_can && production_can, "copy {copy_can}, production {production_can}");
    let me = crate::harness::omnictl()
        .env("DATABASE_URL", db.url_as(&production_login, ROOT_PASSWORD))
        .env("OMNICTL_OPERATOR", ROOT)
        .args(["user", "whoami"])
        .output()
        .expect("run whoami");
    assert!(me.status.success(), "{}", stderr(&me));
}

/// The same on the local cluster, whose owner is its superuser: a dump over its socket
/// and a restore into an empty database of it.
#[tokio::test]
async fn the_local_cluster_dumps_and_restores_too() {
    let db = crate::harness::TestDb::new().await;
    crate::operators::bootstrap(&db).await;
    let dir = tempfile::tempdir().expect("a directory");
    let file = dir.path().join("local.dump");
    let out = db.omnictl().args(["db", "dump"]).arg(&file).output().expect("run db dump");
    assert!(out.status.success(), "{}", stderr(&out));
    let users: i64 = sqlx::query_scalar("SELECT count(*) FROM users").fetch_one(&db.pool).await.expect("users");
    assert_eq!(manifest_counts(&file)["public.users"], users);
    let empty = crate::harness::TestDb::empty().await;
    let out = empty.omnictl().args(["db", "restore"]).arg(&file).output().expect("run db restore");
    assert!(out.status.success(), "{}{}", stdout(&out), stderr(&out));
    let restored: i64 = sqlx::query_scalar("SELECT count(*) FROM users").fetch_one(&empty.pool).await.expect("users");
    assert_eq!(restored, users);
}

/// A table under row-level security that the backup role has no policy on would look
/// empty to the dump and to its counts alike: the dump refuses it (no file), until
/// `migrate run` gives the backup role its reading; then its rows are in the dump.
#[tokio::test]
async fn a_table_the_backup_role_cannot_read_refuses_the_dump() {
    let db = ManagedDb::new().await;
    let mut owner = PgConnection::connect(&db.owner_url()).await.expect("the owner connects");
    for statement in [
        "CREATE TABLE hidden_rows (id int PRIMARY KEY)",
        "INSERT INTO hidden_rows SELECT generate_series(1, 3)",
        "ALTER TABLE hidden_rows ENABLE ROW LEVEL SECURITY",
        "ALTER TABLE hidden_rows FORCE ROW LEVEL SECURITY",
    ] {
        sqlx::query(statement).execute(&mut owner).await.expect(statement);
    }
    let dir = tempfile::tempdir().expect("a directory");
    let file = dir.path().join("hidden.dump");
    let out = db.omnictl().args(["db", "dump"]).arg(&file).output().expect("run db dump");
    assert!(!out.status.success(), "a dump without the rows of hidden_rows succeeded");
    assert!(stderr(&out).contains("omnictl_backup cannot read the rows of hidden_rows"), "{}", stderr(&out));
    assert!(!file.exists() && !dir.path().join("hidden.dump.manifest.json").exists());

    let run = succeeded(db.omnictl().args(["migrate", "run"]).output().expect("run migrate run"));
    assert!(stderr(&run).contains("repaired backup"), "{}", stderr(&run));
    succeeded(db.omnictl().args(["db", "dump"]).arg(&file).output().expect("run db dump"));
    assert_eq!(manifest_counts(&file)["public.hidden_rows"], 3);
}

/// Upgrading a database whose logins have the untagged names of before: a login only this
/// database granted CONNECT to is renamed to its tagged name, its password kept; one
/// another database granted CONNECT to too (a copy's) is left as it is, and the user
/// gets a new login of this database's.
#[tokio::test]
async fn the_upgrade_renames_only_the_logins_no_other_database_shares() {
    let db = crate::harness::TestDb::empty().await;
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("migrations")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "sql"))
        .collect();
    files.sort();
    let (before, after): (Vec<_>, Vec<_>) =
        files.into_iter().partition(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n < "20261206000001"));
    // The table sqlx keeps (some migrations grant on it).
    sqlx::raw_sql(
        "CREATE TABLE _sqlx_migrations (version bigint PRIMARY KEY, description text NOT NULL, installed_on \
         timestamptz NOT NULL DEFAULT now(), success boolean NOT NULL, checksum bytea NOT NULL, execution_time \
         bigint NOT NULL)",
    )
    .execute(&db.pool)
    .await
    .expect("the migrations' table");
    for file in &before {
        let text = std::fs::read_to_string(file).expect("a migration");
        sqlx::raw_sql(&text).execute(&db.pool).await.unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    }
    let mut ids = Vec::new();
    for email in ["kept@upgrade.test", "shared@upgrade.test"] {
        let id: uuid::Uuid =
            sqlx::query_scalar("INSERT INTO users (email, name, is_super_admin) VALUES ($1, 'U', true) RETURNING id")
                .bind(email)
                .fetch_one(&db.pool)
                .await
                .expect("a user of before");
        ids.push(id);
    }
    let legacy: Vec<String> = ids.iter().map(|id| format!("omnictl_u_{}", id.simple())).collect();
    sqlx::query(&format!("ALTER ROLE {} PASSWORD 'kept password'", legacy[0])).execute(&db.pool).await.expect("pw");
    // The second login is also another database's (a copy granted it CONNECT).
    sqlx::query(&format!("GRANT CONNECT ON DATABASE postgres TO {}", legacy[1]))
        .execute(&db.pool)
        .await
        .expect("grant");

    let mine = after.first().expect("this migration");
    let text = std::fs::read_to_string(mine).expect("the migration");
    sqlx::raw_sql(&text).execute(&db.pool).await.expect("the upgrade");

    let tag: String =
        sqlx::query_scalar("SELECT login_tag FROM omnictl_database_identity").fetch_one(&db.pool).await.expect("tag");
    let logins: Vec<(uuid::Uuid, String)> =
        sqlx::query_as("SELECT id, login_role FROM users ORDER BY email").fetch_all(&db.pool).await.expect("users");
    for (id, login) in &logins {
        assert_eq!(login, &format!("omnictl_u_{tag}_{}", id.simple()));
    }
    let roles: Vec<(String, bool)> = sqlx::query_as(
        "SELECT rolname::text, rolpassword IS NOT NULL FROM pg_authid WHERE rolname = ANY($1) ORDER BY rolname",
    )
    .bind(vec![legacy[0].clone(), legacy[1].clone(), logins[0].1.clone(), logins[1].1.clone()])
    .fetch_all(&db.pool)
    .await
    .expect("roles");
    let has = |name: &str| roles.iter().find(|(n, _)| n == name).map(|(_, pw)| *pw);
    assert_eq!(has(&legacy[0]), None, "the unshared login was renamed");
    assert_eq!(has(&format!("omnictl_u_{tag}_{}", ids[0].simple())), Some(true), "its password kept");
    assert_eq!(has(&legacy[1]), Some(false), "the shared login is left as it was");
    assert_eq!(has(&format!("omnictl_u_{tag}_{}", ids[1].simple())), Some(false), "a new login, no password yet");
    sqlx::query(&format!("REVOKE CONNECT ON DATABASE postgres FROM {}", legacy[1])).execute(&db.pool).await.ok();
    sqlx::query(&format!("DROP ROLE {}", legacy[1])).execute(&db.pool).await.ok();
}
