//! Operators the database authenticates: each user's own login role, the operator
//! derived from `session_user`, and every way out an operator holding their own
//! credentials might try over raw SQL. Plus migrating without a superuser.

use std::process::Command;

use sqlx::{Connection, Executor, PgConnection, Row};
use uuid::Uuid;

use crate::fixtures::{self, clinic};
use crate::harness::{LocalClusterGuard, TestDb, fresh_home, omnictl, stderr, stdout};

const ROOT: &str = "root@logins.example";

/// A connection logged in as `email`'s own login, as psql with their credentials.
async fn login(db: &TestDb, email: &str) -> PgConnection {
    let options: sqlx::postgres::PgConnectOptions = db.url_as(email).parse().expect("url");
    PgConnection::connect_with(&options).await.expect("connect with the operator's login")
}

async fn ask(conn: &mut PgConnection, sql: &str) -> Result<Vec<sqlx::postgres::PgRow>, String> {
    conn.fetch_all(sql).await.map_err(|e| e.to_string())
}

fn ok(command: &mut Command) -> String {
    let out = command.output().expect("run omnictl");
    assert!(out.status.success(), "expected success: {}{}", stdout(&out), stderr(&out));
    stdout(&out)
}

#[tokio::test]
async fn an_operator_with_raw_sql_and_their_own_login_reaches_only_their_clinic() {
    let db = TestDb::new().await;
    fixtures::seed_service_codes(&db.pool).await;
    let a = clinic(&db.pool, "alpha").await;
    let b = clinic(&db.pool, "beta").await;
    sqlx::query(
        "INSERT INTO users (email, name, organization_id, role) VALUES ('staff@alpha.test', 'Staff', $1, 'STAFF')",
    )
    .bind(a.org)
    .execute(&db.pool)
    .await
    .expect("staff");
    sqlx::query("INSERT INTO users (email, name, is_super_admin) VALUES ($1, 'Root', true)")
        .bind(ROOT)
        .execute(&db.pool)
        .await
        .expect("root");
    let owner = omnictl::db::cluster::SUPERUSER;
    // A note of clinic B left unsigned: what a cross-clinic report would leak.
    let b_visit = fixtures::book(
        &db.pool,
        fixtures::Booking {
            org: b.org,
            patient: b.patient,
            practitioner: b.rbt,
            code: "97153",
            authorization: None,
            starts: "2026-11-02 14:00Z",
            ends: "2026-11-02 15:00Z",
            group: None,
        },
    )
    .await
    .expect("B's appointment");
    sqlx::query(
        "INSERT INTO sessions (organization_id, appointment_id, started_at, ended_at, status)
         VALUES ($1, $2, '2026-11-02 14:00Z', '2026-11-02 15:00Z', 'COMPLETED')",
    )
    .bind(b.org)
    .bind(b_visit)
    .execute(&db.pool)
    .await
    .expect("B's session");

    for email in [a.admin.as_str(), "staff@alpha.test"] {
        let mut conn = login(&db, email).await;
        let who: String =
            sqlx::query_scalar("SELECT email FROM omnictl_whoami()").fetch_one(&mut conn).await.expect("who");
        assert_eq!(who, email);
        // Asking for clinic B, and for the platform: nothing of B, no platform.
        let forged = format!(
            "SELECT set_config('omnictl.organization_id', '{}', false), set_config('omnictl.platform_scope', 'on', false)",
            b.org
        );
        conn.execute(forged.as_str()).await.expect("a setting is anyone's to set");
        for table in
            ["patients", "practitioners", "authorizations", "appointments", "users", "organizations", "audit_logs"]
        {
            let seen: i64 = sqlx::query_scalar(&format!("SELECT count(*) FROM {table}"))
                .fetch_one(&mut conn)
                .await
                .unwrap_or_else(|e| panic!("{table}: {e}"));
            assert_eq!(seen, 0, "{email} asking for clinic B and the platform sees rows of {table}");
        }
        // Resetting or switching roles gains nothing.
        conn.execute("RESET ROLE").await.expect("reset role is allowed and changes nothing");
        let patients: i64 =
            sqlx::query_scalar("SELECT count(*) FROM patients").fetch_one(&mut conn).await.expect("count");
        assert_eq!(patients, 0, "the forged clinic B stays out of reach after RESET ROLE");
        for role in [owner, "omnictl_definer", "omnictl_provisioner", "postgres"] {
            let error = ask(&mut conn, &format!("SET ROLE \"{role}\"")).await.expect_err("set role");
            assert!(error.contains("permission denied") || error.contains("does not exist"), "{role}: {error}");
        }
        // Writing into clinic B: refused by row-level security.
        let error = ask(
            &mut conn,
            &format!(
                "INSERT INTO patients (organization_id, medical_record_number, first_name, last_name, date_of_birth)
                 VALUES ('{}', 'X-1', 'Sneaky', 'Insert', '2019-01-01')",
                b.org
            ),
        )
        .await
        .expect_err("insert into B");
        assert!(error.contains("row-level security"), "{error}");
        // The audit trail: not in another's name, not into B's chain.
        let root_id: Uuid = sqlx::query_scalar("SELECT id FROM users WHERE email = $1")
            .bind(ROOT)
            .fetch_one(&db.pool)
            .await
            .expect("root id");
        let error = ask(
            &mut conn,
            &format!(
                "INSERT INTO audit_logs (operator_id, os_user, host, tool_version, action, outcome)
                 VALUES ('{root_id}', 'x', 'x', 'x', 'forged.row', 'SUCCESS')"
            ),
        )
        .await
        .expect_err("a row in the super admin's name");
        assert!(error.contains("must name the connected operator"), "{error}");
        let error = ask(
            &mut conn,
            &format!(
                "INSERT INTO audit_logs (organization_id, os_user, host, tool_version, action, outcome)
                 VALUES ('{}', 'x', 'x', 'x', 'forged.row', 'SUCCESS')",
                b.org
            ),
        )
        .await
        .expect_err("a row in B's chain");
        assert!(error.contains("row-level security"), "{error}");
        // Not into the platform's chain: a clinic's login writes to its clinic's only.
        let error = ask(
            &mut conn,
            "INSERT INTO audit_logs (os_user, host, tool_version, action, outcome)
             VALUES ('x', 'x', 'x', 'platform.row', 'SUCCESS')",
        )
        .await
        .expect_err("a row in the platform chain");
        assert!(error.contains("row-level security"), "{error}");
        // A row of one's own, in one's clinic's chain: its operator, login and address
        // come from the server.
        conn.execute(
            format!(
                "INSERT INTO audit_logs (organization_id, operator_email, os_user, host, tool_version, action, outcome)
                 VALUES ('{}', 'someone@else.example', 'x', 'x', 'x', 'own.row', 'SUCCESS')",
                a.org
            )
            .as_str(),
        )
        .await
        .expect("an own row in the clinic's chain");
        let (operator, login_role): (Option<String>, Option<String>) = sqlx::query_as(
            "SELECT operator_email, login_role FROM audit_logs WHERE action = 'own.row' ORDER BY chain_seq DESC LIMIT 1",
        )
        .fetch_one(&db.pool)
        .await
        .expect("own row");
        assert_eq!((operator.as_deref(), login_role), (Some(email), Some(db.login(email))));
        // Columns the application role may not write.
        let error = ask(&mut conn, "UPDATE users SET login_role = 'postgres'").await.expect_err("login_role");
        assert!(error.contains("permission denied"), "{error}");

        // The logins the policies ask about: one's own row only, and nothing to write
        // (a view of the login's own user).
        let rows: i64 =
            sqlx::query_scalar("SELECT count(*) FROM operator_logins").fetch_one(&mut conn).await.expect("own");
        assert_eq!(rows, 1, "a login reads its own row of operator_logins only");
        let others: i64 =
            sqlx::query_scalar("SELECT count(*) FROM omnictl_session_login() WHERE login_role <> session_user")
                .fetch_one(&mut conn)
                .await
                .expect("the function behind it");
        assert_eq!(others, 0, "the function behind the view shows no other login");
        let error = ask(&mut conn, "UPDATE operator_logins SET is_super_admin = true").await.expect_err("write");
        assert!(error.contains("permission denied") || error.contains("cannot update view"), "{error}");
        // The notes of writes awaiting the record: a login adds a note only of its own,
        // in a chain it files in itself; it reads none and removes none.
        let error = ask(
            &mut conn,
            &format!(
                "INSERT INTO sql_writes_pending (noted_at, login_role, organization_id, table_name, operation,
                                                 row_count, row_ids, columns, chain_key)
                 VALUES (now(), session_user, '{b}', 'patients', 'UPDATE', 1, '{{}}', '{{}}', '{b}')",
                b = b.org
            ),
        )
        .await
        .expect_err("a note in B's chain");
        assert!(error.contains("row-level security"), "{error}");
        let error = ask(&mut conn, "SELECT count(*) FROM sql_writes_pending").await.expect_err("read the notes");
        assert!(error.contains("permission denied"), "{error}");
        let error = ask(&mut conn, "DELETE FROM sql_writes_pending").await.expect_err("remove the notes");
        assert!(error.contains("permission denied"), "{error}");
        // A temporary table named like it cannot stand in for it.
        conn.execute(
            "CREATE TEMP TABLE operator_logins AS SELECT session_user::text AS login_role, gen_random_uuid() AS user_id,
                    NULL::uuid AS organization_id, true AS is_super_admin, true AS is_admin, true AS may_act",
        )
        .await
        .expect("a temporary table");
        conn.execute("SET search_path = pg_temp, public").await.expect("search path");
        let platform: bool =
            sqlx::query_scalar("SELECT omnictl_platform_scope()").fetch_one(&mut conn).await.expect("scope");
        assert!(!platform, "a temporary operator_logins made {email} a super admin");
        let orgs: i64 =
            sqlx::query_scalar("SELECT count(*) FROM public.organizations").fetch_one(&mut conn).await.expect("n");
        assert_eq!(orgs, 0);
        conn.execute("RESET search_path").await.expect("reset");

        // Every SECURITY DEFINER function, called directly with clinic B asked for.
        let definers: Vec<String> = sqlx::query_scalar(
            "SELECT p.oid::regprocedure::text FROM pg_proc p
              WHERE p.prosecdef AND p.pronamespace = 'public'::regnamespace ORDER BY 1",
        )
        .fetch_all(&db.pool)
        .await
        .expect("definers");
        let mut expected = vec![
            "omnictl_audit_chain_heads()",
            "omnictl_audit_items_have_their_row()",
            "omnictl_audit_link()",
            "omnictl_authorization_counters_match()",
            "omnictl_identify()",
            "omnictl_keep_login()",
            "omnictl_note_audit_items()",
            "omnictl_note_write()",
            "omnictl_organization_counts(uuid)",
            "omnictl_pooler_lookup(text)",
            "omnictl_provision_logins()",
            "omnictl_session_login()",
            "omnictl_set_login_password(uuid,text)",
            "omnictl_super_admin_exists()",
            "omnictl_unsigned_notes(interval)",
            "omnictl_whoami()",
            "omnictl_writes_on_record()",
        ];
        expected.sort_unstable();
        assert_eq!(definers, expected, "a new SECURITY DEFINER function must be tried here");
        for (call, reveals) in [
            ("SELECT omnictl_current_organization()::text", None),
            ("SELECT omnictl_patient_organization()::text", None),
            ("SELECT omnictl_managed_organization()::text", None),
            ("SELECT omnictl_platform_scope()::text", Some("false")),
            ("SELECT omnictl_home_organization()::text", Some(a.org.to_string().as_str())),
        ] {
            let value: Option<String> = sqlx::query_scalar(call).fetch_one(&mut conn).await.expect(call);
            assert_eq!(value.as_deref(), reveals, "{call} as {email}");
        }
        let counts =
            ask(&mut conn, &format!("SELECT * FROM omnictl_organization_counts('{}')", b.org)).await.expect("counts");
        assert!(counts.is_empty(), "clinic B's counts");
        let heads = ask(&mut conn, "SELECT chain_key FROM omnictl_audit_chain_heads()").await.expect("heads");
        assert!(heads.iter().all(|r| r.get::<Uuid, _>(0) != b.org), "clinic B's chain head");
        let identified = ask(&mut conn, "SELECT organization_id, organization_time_zone FROM omnictl_identify()")
            .await
            .expect("identify");
        assert!(
            identified.len() == 1 && identified.iter().all(|r| r.get::<Option<Uuid>, _>(0) == Some(a.org)),
            "omnictl_identify gives the login's own clinic only"
        );
        let unsigned =
            ask(&mut conn, "SELECT organization_slug FROM omnictl_unsigned_notes('0')").await.expect("notes");
        assert!(unsigned.iter().all(|r| r.get::<String, _>(0) != "beta"), "clinic B's unsigned notes");
        let b_admin: Uuid = sqlx::query_scalar("SELECT id FROM users WHERE email = $1")
            .bind(&b.admin)
            .fetch_one(&db.pool)
            .await
            .expect("id");
        let verifier = postgres_protocol::password::scram_sha_256(b"correct horse battery staple");
        let error = ask(&mut conn, &format!("SELECT omnictl_set_login_password('{b_admin}', '{verifier}')"))
            .await
            .expect_err("another clinic's password");
        assert!(error.contains("may not set this user's password"), "{error}");
        // The pooler's lookup is the pooler login's alone: no operator reads a verifier.
        let error = ask(&mut conn, &format!("SELECT * FROM omnictl_pooler_lookup('omnictl_u_{}')", b_admin.simple()))
            .await
            .expect_err("another login's verifier");
        assert!(error.contains("permission denied"), "{error}");
        let error = ask(&mut conn, "SELECT * FROM omnictl_provision_logins()").await.expect_err("provisioning");
        assert!(error.contains("permission denied"), "{error}");
        for trigger in [
            "omnictl_audit_items_have_their_row()",
            "omnictl_audit_link()",
            "omnictl_authorization_counters_match()",
            "omnictl_keep_login()",
            "omnictl_note_audit_items()",
            "omnictl_note_write()",
            "omnictl_writes_on_record()",
        ] {
            let error = ask(&mut conn, &format!("SELECT {trigger}")).await.expect_err("a trigger function");
            assert!(error.contains("trigger") || error.contains("permission denied"), "{trigger}: {error}");
        }
    }

    // STAFF cannot make users, least of all an ADMIN, even in their own clinic.
    let mut staff = login(&db, "staff@alpha.test").await;
    staff
        .execute(format!("SELECT set_config('omnictl.organization_id', '{}', false)", a.org).as_str())
        .await
        .expect("own");
    let error = ask(
        &mut staff,
        &format!(
            "INSERT INTO users (email, name, organization_id, role) VALUES ('evil@alpha.test', 'E', '{}', 'ADMIN')",
            a.org
        ),
    )
    .await
    .expect_err("staff makes an admin");
    assert!(error.contains("row-level security"), "{error}");

    // A super admin: the platform, clinics' configuration, and patients only under a
    // grant of their own.
    let mut root = login(&db, ROOT).await;
    root.execute(format!("SELECT set_config('omnictl.organization_id', '{}', false)", b.org).as_str())
        .await
        .expect("set");
    let patients: i64 = sqlx::query_scalar("SELECT count(*) FROM patients").fetch_one(&mut root).await.expect("count");
    assert_eq!(patients, 0, "no patient without a grant");
    let auths: i64 =
        sqlx::query_scalar("SELECT count(*) FROM authorizations").fetch_one(&mut root).await.expect("count");
    assert_eq!(auths, 2, "configuration and billing rows are the platform's to see");
    // A clinic ADMIN cannot open the door for them.
    let mut b_conn = login(&db, &b.admin).await;
    b_conn
        .execute(format!("SELECT set_config('omnictl.organization_id', '{}', false)", b.org).as_str())
        .await
        .expect("set");
    let error = ask(
        &mut b_conn,
        &format!(
            "INSERT INTO break_glass_grants (organization_id, operator_id, operator_email, reason, expires_at)
             SELECT '{}', id, email, 'let them in', now() + interval '1 hour' FROM omnictl_whoami()",
            b.org
        ),
    )
    .await
    .expect_err("a grant by a clinic admin");
    assert!(error.contains("row-level security"), "{error}");
    root.execute(
        format!(
            "INSERT INTO break_glass_grants (organization_id, operator_id, operator_email, reason, expires_at)
             SELECT '{}', id, email, 'incident 42', now() + interval '1 hour' FROM omnictl_whoami()",
            b.org
        )
        .as_str(),
    )
    .await
    .expect("the super admin's own grant");
    let patients: i64 = sqlx::query_scalar("SELECT count(*) FROM patients").fetch_one(&mut root).await.expect("count");
    assert_eq!(patients, 2, "with a grant, the clinic's patients");
    let alpha_patients: i64 = sqlx::query_scalar(&format!(
        "SELECT count(*) FROM patients WHERE organization_id = '{}' OR set_config('omnictl.organization_id', '{}', true) IS NULL",
        a.org, a.org
    ))
    .fetch_one(&mut root)
    .await
    .expect("count");
    assert_eq!(alpha_patients, 0, "a grant for B opens nothing of A");
}

#[tokio::test]
async fn deactivating_a_user_ends_their_open_connections_and_locks_the_login() {
    let db = TestDb::new().await;
    fixtures::seed_service_codes(&db.pool).await;
    let a = clinic(&db.pool, "gamma").await;
    sqlx::query(
        "INSERT INTO users (email, name, organization_id, role) VALUES ('leaver@gamma.test', 'L', $1, 'STAFF')",
    )
    .bind(a.org)
    .execute(&db.pool)
    .await
    .expect("user");
    let mut held = login(&db, "leaver@gamma.test").await;
    held.execute("SELECT 1").await.expect("the open connection works");
    ok(db.omnictl_as(&a.admin).args(["user", "deactivate", "leaver@gamma.test", "--yes"]));
    assert!(held.execute("SELECT 1").await.is_err(), "the open connection was ended");
    let options: sqlx::postgres::PgConnectOptions = db.url_as("leaver@gamma.test").parse().expect("url");
    let error = PgConnection::connect_with(&options).await.expect_err("a NOLOGIN role");
    assert!(error.to_string().contains("not permitted to log in"), "{error}");
    ok(db.omnictl_as(&a.admin).args(["user", "activate", "leaver@gamma.test"]));
    login(&db, "leaver@gamma.test").await.execute("SELECT 1").await.expect("logs in again");
}

#[tokio::test]
async fn set_password_stores_a_scram_verifier_computed_by_the_client() {
    let db = TestDb::new().await;
    fixtures::seed_service_codes(&db.pool).await;
    let a = clinic(&db.pool, "delta").await;
    let mut set = db.omnictl_as(&a.admin);
    set.args(["user", "set-password", "--password-stdin"]).stdin(std::process::Stdio::piped());
    set.stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::piped());
    let mut child = set.spawn().expect("spawn");
    use std::io::Write;
    child.stdin.take().expect("stdin").write_all(b"correct horse battery staple\n").expect("write");
    let out = child.wait_with_output().expect("wait");
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains(&format!("database login {}", db.login(&a.admin))), "{}", stderr(&out));
    let stored: String = sqlx::query_scalar("SELECT rolpassword FROM pg_authid WHERE rolname = $1")
        .bind(db.login(&a.admin))
        .fetch_one(&db.pool)
        .await
        .expect("verifier");
    assert!(stored.starts_with("SCRAM-SHA-256$4096:"), "{stored}");
    let row: (String, serde_json::Value) = sqlx::query_as(
        "SELECT action, changes FROM audit_logs WHERE action = 'user.set-password' ORDER BY chain_seq DESC LIMIT 1",
    )
    .fetch_one(&db.pool)
    .await
    .expect("audited");
    assert_eq!(row.1, serde_json::json!({ "password": { "phi": true } }), "only that it changed");
    assert!(!row.1.to_string().contains("horse"));
    // Too short, and no terminal without --password-stdin.
    let mut short = db.omnictl_as(&a.admin);
    short.args(["user", "set-password", "--password-stdin"]).stdin(std::process::Stdio::piped());
    short.stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::piped());
    let mut child = short.spawn().expect("spawn");
    child.stdin.take().expect("stdin").write_all(b"short\n").expect("write");
    let out = child.wait_with_output().expect("wait");
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("at least 12 characters"), "{}", stderr(&out));
    let out = db.omnictl_as(&a.admin).args(["user", "set-password"]).output().expect("run");
    assert!(stderr(&out).contains("--password-stdin"), "{}", stderr(&out));
}

/// A fresh, empty database owned by a new login role with `attributes` (never
/// SUPERUSER): (the owner, the database, a URL logging in as the owner).
async fn owned_database(db: &TestDb, attributes: &str) -> (String, String, String) {
    let tag = Uuid::new_v4().simple().to_string();
    let (owner, name) = (format!("owner_{}", &tag[..8]), format!("m_{}", &tag[8..20]));
    sqlx::query(&format!("CREATE ROLE {owner} LOGIN {attributes}")).execute(&db.pool).await.expect("owner");
    sqlx::query(&format!("CREATE DATABASE {name} OWNER {owner}")).execute(&db.pool).await.expect("database");
    let superuser = format!("user={}", omnictl::db::cluster::SUPERUSER);
    let url = db
        .url
        .replace(&format!("///{}?", db.name), &format!("///{name}?"))
        .replace(&superuser, &format!("user={owner}"));
    (owner, name, url)
}

/// A database owner with CREATEROLE and no superuser (what a managed server gives)
/// migrates a fresh database, bootstraps its first super admin, and nothing else of
/// the cluster may connect to it.
#[tokio::test]
async fn a_createrole_owner_without_superuser_migrates_and_databases_stay_apart() {
    let db = TestDb::new().await;
    let (owner, name, url) = owned_database(&db, "CREATEROLE").await;
    ok(omnictl().env("DATABASE_URL", &url).args(["migrate", "run"]));
    let is_super: bool = sqlx::query_scalar("SELECT rolsuper FROM pg_roles WHERE rolname = $1")
        .bind(&owner)
        .fetch_one(&db.pool)
        .await
        .expect("owner");
    assert!(!is_super);
    let mut bootstrap = omnictl()
        .env("DATABASE_URL", &url)
        .args(["user", "bootstrap", "--email", ROOT, "--name", "Root", "--password-stdin"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    use std::io::Write;
    bootstrap.stdin.take().expect("stdin").write_all(b"first super admin's password\n").expect("write");
    let out = bootstrap.wait_with_output().expect("wait");
    assert!(out.status.success(), "{}", stderr(&out));
    // The login as that database named it (its owner reads its users).
    let options: sqlx::postgres::PgConnectOptions =
        db.url.replace(&format!("///{}?", db.name), &format!("///{name}?")).parse().expect("url");
    let root_login = omnictl::db::login_of(&options, ROOT).await.expect("the first super admin's login");
    let verifier: Option<String> = sqlx::query_scalar("SELECT rolpassword FROM pg_authid WHERE rolname = $1")
        .bind(&root_login)
        .fetch_one(&db.pool)
        .await
        .expect("verifier");
    assert!(verifier.is_some_and(|v| v.starts_with("SCRAM-SHA-256$")), "bootstrap gave the login its password");
    let as_root = url.replace(&format!("user={owner}"), &format!("user={}", root_login.replace('@', "%40")));
    ok(omnictl().env("DATABASE_URL", &as_root).args(["org", "create", "--name", "Managed", "--slug", "managed"]));
    // The test database's operators cannot connect to the new database, nor its to theirs.
    sqlx::query("INSERT INTO users (email, name, is_super_admin) VALUES ($1, 'Root', true)")
        .bind(ROOT)
        .execute(&db.pool)
        .await
        .expect("a super admin of the test database");
    let elsewhere = |url: &str, from: &str, to: &str| url.replace(&format!("///{from}?"), &format!("///{to}?"));
    let options: sqlx::postgres::PgConnectOptions = elsewhere(&db.url_as(ROOT), &db.name, &name).parse().expect("url");
    let refused = PgConnection::connect_with(&options).await;
    assert!(refused.is_err(), "a login of another database connects");
    let options: sqlx::postgres::PgConnectOptions = elsewhere(&as_root, &name, &db.name).parse().expect("url");
    let error = PgConnection::connect_with(&options).await.expect_err("the new database's login elsewhere");
    assert!(error.to_string().contains("permission denied for database"), "{error}");
}

/// Two omnictl databases migrated at once on a fresh cluster: both create the shared
/// roles, and neither fails on the other's CREATE ROLE.
#[test]
fn first_migrations_of_two_databases_on_one_fresh_cluster_both_succeed() {
    let home = fresh_home();
    let _guard = LocalClusterGuard { home: home.path().to_path_buf() };
    let cluster =
        omnictl::db::cluster::LocalCluster::locate(home.path().to_path_buf(), Default::default()).expect("locate");
    cluster.ensure_running().expect("start");
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
    runtime.block_on(async {
        let mut admin = PgConnection::connect_with(&cluster.connect_options("postgres")).await.expect("connect");
        for name in ["first", "second"] {
            admin.execute(format!("CREATE DATABASE {name}").as_str()).await.expect("create");
        }
    });
    let children: Vec<_> = ["first", "second"]
        .iter()
        .map(|name| {
            omnictl()
                .env("DATABASE_URL", cluster.url(name))
                .args(["migrate", "run"])
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .expect("spawn")
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().expect("wait");
        assert!(out.status.success(), "a concurrent first migration failed: {}", stderr(&out));
    }
    let _ = cluster.stop();
}

/// An owner with neither superuser nor CREATEROLE: each migration that needs more stops
/// cleanly with the exact statements a superuser must run; once they are run, the
/// migration completes.
#[tokio::test]
async fn an_owner_without_createrole_is_told_the_statements_a_superuser_must_run() {
    let db = TestDb::new().await;
    let (_, _, url) = owned_database(&db, "").await;
    let mut told = Vec::new();
    for _ in 0..10 {
        let out = omnictl().env("DATABASE_URL", &url).args(["migrate", "run"]).output().expect("run");
        if out.status.success() {
            break;
        }
        let text = stderr(&out);
        assert!(text.contains("Nothing of this migration was applied"), "{text}");
        let run = text
            .split("a superuser run: ")
            .nth(1)
            .and_then(|rest| rest.split("; then run omnictl migrate run again").next())
            .unwrap_or_else(|| panic!("no statement to run in: {text}"))
            .to_string();
        for statement in run.split("; ") {
            sqlx::query(statement).execute(&db.pool).await.unwrap_or_else(|e| panic!("{statement}: {e}"));
        }
        told.push(run);
    }
    assert!(!told.is_empty(), "the owner needed nothing from a superuser");
    let status = omnictl().env("DATABASE_URL", &url).args(["migrate", "status", "-o", "json"]).output().expect("run");
    let status: serde_json::Value = serde_json::from_slice(&status.stdout).expect("json");
    assert!(status.as_array().expect("array").iter().all(|m| m["state"] == "applied"), "{status} after {told:?}");
}

/// A libpq connection service names the server and the login, as psql reads it.
#[tokio::test]
async fn a_pgservice_entry_connects_as_its_login() {
    let db = TestDb::new().await;
    fixtures::seed_service_codes(&db.pool).await;
    let a = clinic(&db.pool, "service").await;
    let dir = tempfile::tempdir().expect("dir");
    let socket = {
        let start = db.url.find("host=").expect("host") + "host=".len();
        db.url[start..].split('&').next().expect("socket").to_string()
    };
    let file = dir.path().join("pg_service.conf");
    std::fs::write(
        &file,
        format!("# clinic\n[clinic]\nhost={socket}\nport=5432\ndbname={}\nuser={}\n", db.name, db.login(&a.admin)),
    )
    .expect("service file");
    let whoami = ok(omnictl().env("PGSERVICEFILE", &file).env("PGSERVICE", "clinic").args(["user", "whoami"]));
    assert!(whoami.contains(&db.login(&a.admin)), "{whoami}");
    let unknown = omnictl().env("PGSERVICEFILE", &file).env("PGSERVICE", "elsewhere").args(["user", "whoami"]).output();
    let unknown = unknown.expect("run");
    assert_eq!(unknown.status.code(), Some(2), "{}", stderr(&unknown));
    assert!(stderr(&unknown).contains("names the service elsewhere"), "{}", stderr(&unknown));
}
