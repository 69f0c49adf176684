//! A Citus cluster: a coordinator and two workers, three throwaway clusters on free
//! localhost ports made from the same PostgreSQL binaries with Citus preloaded (its
//! build, ../shared/citus/, is installed into the PostgreSQL directories when citus.so
//! is missing, as .ci/run does). Started once per test run; a reaper removes them.
//!
//! How logins reach the workers here: the coordinator opens its connections to the
//! workers as the operator's own login, over TCP on 127.0.0.1, which these test
//! clusters trust (an `hba` line for the loopback network only; the clusters listen on
//! nothing else). A production cluster gives each node the same logins and lets the
//! coordinator authenticate as them with client certificates (`citus.node_conninfo`
//! with `sslcert`/`sslkey` per node, `cert` lines in pg_hba.conf) or with passwords in
//! `pg_dist_authinfo` (README, "When one server is not enough").
//!
//! How logins are provisioned on every node: not by Citus's propagation of CREATE ROLE
//! from inside the login trigger (the trigger's definer, omnictl_provisioner, cannot log
//! in to a worker, and on a reference table it would run on every node and deadlock):
//! the trigger's role statements stay on the coordinator (migration 20261206000031) and
//! `omnictl cluster distribute` makes every operator's login on the workers as the
//! schema's owner. Users made after distribution are not provisioned yet (issue 28).

use std::path::Path;
use std::process::Command;
use std::sync::OnceLock;

use omnictl::db::cluster::{ClusterSettings, LocalCluster};
use sqlx::postgres::{PgPool, PgPoolOptions};
use sqlx::{ConnectOptions, Connection};
use uuid::Uuid;

use crate::harness::{omnictl, spawn_reaper, stderr, stdout};
use crate::managed::free_port;

/// The Citus build for PostgreSQL 15 beside the repository (`$OMNICTL_CITUS_BUILD` to
/// name another), and where it installs.
const CITUS_BUILD: &str =
    concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/citus/citus-13.2.2-pg15-debian12-amd64.tar.gz");
const CITUS_LIBRARY: &str = "/usr/lib/postgresql/15/lib/citus.so";

/// The coordinator and the two workers of this test run.
pub struct Nodes {
    pub coordinator: LocalCluster,
    pub workers: Vec<LocalCluster>,
}

fn nodes() -> &'static Nodes {
    static NODES: OnceLock<Nodes> = OnceLock::new();
    NODES
        .get_or_init(|| std::thread::spawn(start_nodes).join().unwrap_or_else(|_| panic!("Citus could not be started")))
}

/// Installs the Citus build into the PostgreSQL directories when citus.so is missing
/// (as .ci/run does).
fn install_citus() {
    if Path::new(CITUS_LIBRARY).exists() {
        return;
    }
    let build = std::env::var("OMNICTL_CITUS_BUILD").unwrap_or_else(|_| CITUS_BUILD.to_string());
    assert!(Path::new(&build).exists(), "Citus is not installed ({CITUS_LIBRARY}) and its build {build} is missing");
    let status = Command::new("tar").args(["xzf", &build, "-C", "/"]).status().expect("run tar");
    assert!(status.success(), "could not install Citus from {build}");
}

fn start_nodes() -> Nodes {
    install_citus();
    let start = |name: &str| {
        let home = std::env::temp_dir().join(format!("omnictl-citus-{name}-{}", std::process::id()));
        if home.exists() {
            std::fs::remove_dir_all(&home).expect("remove a stale Citus home");
        }
        std::fs::create_dir_all(&home).expect("create the Citus home");
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&home, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        let settings = ClusterSettings {
            no_sync: true,
            extra: [
                // pg_stat_statements: what Citus planned, per statement (citus_stat_statements).
                ("shared_preload_libraries", "'citus,pg_stat_statements'"),
                ("citus.stat_statements_track", "'all'"),
                ("listen_addresses", "'127.0.0.1'"),
                ("fsync", "off"),
                ("synchronous_commit", "off"),
                ("full_page_writes", "off"),
                ("max_connections", "200"),
                // The nodes reach each other over the loopback network, trusted below.
                ("citus.node_conninfo", "'sslmode=disable'"),
            ]
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .to_vec(),
            port: Some(free_port()),
            hba_first: vec!["host all all 127.0.0.1/32 trust".to_string()],
        };
        let cluster = LocalCluster::locate(home.clone(), settings).expect("locate a Citus node");
        cluster.ensure_running().expect("start a Citus node");
        spawn_reaper(&cluster.data_dir(), &home);
        cluster
    };
    Nodes { coordinator: start("coordinator"), workers: vec![start("worker1"), start("worker2")] }
}

/// A database on every node, Citus in it, the workers added, migrated by omnictl.
pub struct CitusDb {
    pub name: String,
    /// The cluster's superuser on the coordinator's database (the tests' own view).
    pub admin: PgPool,
}

impl CitusDb {
    pub async fn new() -> Self {
        let nodes = nodes();
        let name = format!("c_{}", Uuid::new_v4().simple());
        for node in std::iter::once(&nodes.coordinator).chain(&nodes.workers) {
            let mut conn = node.connect_options("postgres").connect().await.expect("connect to a node");
            sqlx::query(&format!("CREATE DATABASE {name}")).execute(&mut conn).await.expect("create the database");
            conn.close().await.ok();
            let mut conn = node.connect_options(&name).connect().await.expect("connect to the database");
            sqlx::query("CREATE EXTENSION citus").execute(&mut conn).await.expect("create extension citus");
            conn.close().await.ok();
        }
        let admin = PgPoolOptions::new()
            .max_connections(4)
            .connect_with(nodes.coordinator.connect_options(&name))
            .await
            .expect("connect to the coordinator");
        sqlx::query("CREATE EXTENSION pg_stat_statements").execute(&admin).await.expect("pg_stat_statements");
        sqlx::query("SELECT citus_set_coordinator_host('127.0.0.1', $1)")
            .bind(i32::from(nodes.coordinator.port()))
            .execute(&admin)
            .await
            .expect("coordinator host");
        for worker in &nodes.workers {
            // Retried: on a loaded machine the coordinator's first connection to a worker
            // may time out (and adding a node that is already added changes nothing).
            let mut attempts = 0;
            loop {
                let added = sqlx::query("SELECT citus_add_node('127.0.0.1', $1)")
                    .bind(i32::from(worker.port()))
                    .execute(&admin)
                    .await;
                match added {
                    Ok(_) => break,
                    Err(error) if attempts < 3 => {
                        eprintln!("citus_add_node failed, retrying: {error}");
                        attempts += 1;
                        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
                    }
                    Err(error) => panic!("add a worker: {error}"),
                }
            }
        }
        let db = Self { name, admin };
        let out = db.omnictl().args(["migrate", "run"]).output().expect("run migrate");
        assert!(out.status.success(), "migrate run on the coordinator: {}", stderr(&out));
        db
    }

    /// The binary as the coordinator's superuser (migrations, bootstrap, distribute).
    pub fn omnictl(&self) -> Command {
        let mut command = omnictl();
        command.env("DATABASE_URL", nodes().coordinator.url(&self.name));
        command
    }

    /// The binary as the operator `email`, logged in as their own login.
    pub async fn omnictl_as(&self, email: &str) -> Command {
        let login = self.login(email).await;
        let mut command = omnictl();
        let url = nodes().coordinator.url(&self.name).replacen("user=omnictl", &format!("user={login}"), 1);
        command.env("DATABASE_URL", url).env("OMNICTL_OPERATOR", email);
        command
    }

    pub async fn login(&self, email: &str) -> String {
        sqlx::query_scalar("SELECT login_role FROM users WHERE email = $1")
            .bind(email)
            .fetch_one(&self.admin)
            .await
            .expect("the operator's login")
    }
}

fn run(mut command: Command, args: &[&str]) -> String {
    let out = command.args(args).output().expect("run omnictl");
    assert!(out.status.success(), "omnictl {args:?} failed: {}", stderr(&out));
    stdout(&out)
}

/// `appointment create` of the patient `mrn` with the practitioner (NPI 1234567893) and
/// code (97153) the tests here book.
fn booking<'a>(mrn: &'a str, start: &'a str, minutes: &'a str) -> [&'a str; 12] {
    [
        "appointment",
        "create",
        "--patient",
        mrn,
        "--practitioner",
        "1234567893",
        "--code",
        "97153",
        "--start",
        start,
        "--minutes",
        minutes,
    ]
}

/// The practitioner (NPI 1234567893) and an authorization of `units` of 97153 for the
/// patient `mrn`, from four weeks ago to a year ahead, that the clinic of `admin` books
/// against.
async fn bookable(db: &CitusDb, admin: &str, mrn: &str, units: &str, number: &str) {
    let practitioner = ["practitioner", "create", "--name", "Riley Tech", "--credential", "RBT", "--npi", "1234567893"];
    run(db.omnictl_as(admin).await, &practitioner);
    let auth = ["auth", "create", "--patient", mrn, "--code", "97153", "--units", units, "--number", number];
    run(db.omnictl_as(admin).await, &[&auth[..], &["--start", "-4w", "--end", "+52w"]].concat());
}

/// The clinic's today, as omnictl derives it (the date on its wall clock).
async fn clinic_today(db: &CitusDb, slug: &str) -> chrono::NaiveDate {
    sqlx::query_scalar("SELECT (now() AT TIME ZONE time_zone)::date FROM organizations WHERE slug = $1")
        .bind(slug)
        .fetch_one(&db.admin)
        .await
        .expect("the clinic's today")
}

/// The foundation of issue 28 on a real Citus cluster: the same migrations, then
/// `cluster distribute` (twice: it is idempotent) puts the tenant tables on the workers
/// by organization_id and the shared ones everywhere, `cluster status` says so, and an
/// operator's own login reads their clinic's patients through the tool on the shards
/// (the clinic travels as SET LOCAL, no SET ROLE) while another clinic's operator reads
/// none of them.
/// Two clinics (east with two patients, west with none) and their admins, made on the
/// coordinator before the schema is distributed (`cluster distribute` makes their logins
/// on the workers).
async fn two_clinics() -> CitusDb {
    let db = CitusDb::new().await;
    // The operators come first, made on the coordinator (see the module's comment).
    run(db.omnictl(), &["user", "bootstrap", "--email", "root@citus.test", "--name", "Root"]);
    let root = "root@citus.test";
    for slug in ["east", "west"] {
        run(db.omnictl_as(root).await, &["org", "create", "--name", slug, "--slug", slug]);
        let email = format!("admin@{slug}.test");
        run(
            db.omnictl_as(root).await,
            &["user", "create", "--org", slug, "--email", &email, "--name", "Admin", "--role", "admin"],
        );
    }
    let csv = std::env::temp_dir().join(format!("citus-patients-{}.csv", db.name));
    std::fs::write(
        &csv,
        "medical_record_number,first_name,last_name,date_of_birth\nE1,Ann,East,2015-01-02\nE2,Bo,East,2016-03-04\n",
    )
    .expect("write csv");
    run(db.omnictl_as("admin@east.test").await, &["patient", "import", csv.to_str().expect("path")]);

    db
}

#[tokio::test]
async fn cluster_distribute_puts_each_clinic_on_the_workers_and_operators_read_only_their_own() {
    let db = two_clinics().await;
    let first = run(db.omnictl(), &["cluster", "distribute", "-o", "json"]);
    let again = run(db.omnictl(), &["cluster", "distribute", "-o", "json"]);
    // Every output it accepts (a third run: nothing to do), and -o ids refused before
    // anything (its rows have no ids).
    let csv_out = run(db.omnictl(), &["cluster", "distribute", "-o", "csv"]);
    assert!(csv_out.starts_with("kind,name,state,planned,"), "{csv_out}");
    let ids = db.omnictl().args(["cluster", "distribute", "-o", "ids"]).output().expect("run");
    assert_eq!(ids.status.code(), Some(2), "{}", stderr(&ids));
    // `cluster status` is a list like every other (the list walk of lists.rs runs on one
    // server, where it has nothing to show): cut and sorted by its columns.
    let first_by_name =
        run(db.omnictl(), &["cluster", "status", "-o", "csv", "--no-headers", "--sort", "name", "--limit", "1"]);
    let every_by_name =
        run(db.omnictl(), &["cluster", "status", "-o", "csv", "--no-headers", "--sort", "name:desc", "--all"]);
    assert_eq!(first_by_name.lines().count(), 1, "{first_by_name}");
    assert!(every_by_name.lines().count() > 2, "{every_by_name}");
    assert_eq!(every_by_name.lines().last(), first_by_name.lines().next(), "sorted by name both ways");
    let status: serde_json::Value = serde_json::from_str(&again).expect("status json");
    let rows = status.as_array().expect("rows");
    assert!(rows.iter().all(|r| r["ok"] == true), "not as planned: {first}");
    let kind = |name: &str| {
        rows.iter().find(|r| r["kind"] == "table" && r["name"] == name).map(|r| r["state"].clone()).expect("a row")
    };
    assert_eq!(kind("patients"), "distributed");
    assert_eq!(kind("appointments"), "distributed");
    assert_eq!(kind("organizations"), "reference");
    assert_eq!(kind("omnictl_database_identity"), "reference");
    assert_eq!(rows.iter().filter(|r| r["kind"] == "node" && r["state"] == "worker").count(), 2);
    let colocations: std::collections::BTreeSet<String> = rows
        .iter()
        .filter(|r| r["kind"] == "table" && r["state"] == "distributed")
        .map(|r| r["colocation_id"].to_string())
        .collect();
    assert_eq!(colocations.len(), 1, "one colocation group: {colocations:?}");
    let placed: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM pg_dist_shard s JOIN pg_dist_placement p USING (shardid)
          WHERE s.logicalrelid = 'patients'::regclass AND p.groupid <> 0",
    )
    .fetch_one(&db.admin)
    .await
    .expect("placements");
    assert!(placed > 0, "the patients' shards are on the workers");

    // The tool, as each clinic's admin: the clinic's own rows from the shards, none of
    // another's.
    let east = run(db.omnictl_as("admin@east.test").await, &["patient", "list", "-o", "json"]);
    let east: serde_json::Value = serde_json::from_str(&east).expect("json");
    assert_eq!(east.as_array().map(Vec::len), Some(2), "{east}");
    let shown = run(db.omnictl_as("admin@east.test").await, &["patient", "show", "E1", "-o", "json"]);
    assert!(shown.contains("\"Ann\""), "{shown}");
    let west = run(db.omnictl_as("admin@west.test").await, &["patient", "list", "-o", "json"]);
    let west: serde_json::Value = serde_json::from_str(&west).expect("json");
    assert_eq!(west.as_array().map(Vec::len), Some(0), "{west}");
    let out = db.omnictl_as("admin@west.test").await.args(["patient", "show", "E1"]).output().expect("run");
    assert!(!out.status.success(), "west read east's patient: {}", stdout(&out));
}

/// The database is the boundary on the workers too: an operator's own login over raw SQL,
/// with the clinic as a SET LOCAL (what omnictl sends), reads their clinic's rows from
/// the shards; a forged clinic or none reads 0 rows, and a row for another clinic is
/// refused by the policy on the shard.
#[tokio::test]
async fn raw_sql_on_the_coordinator_reaches_only_the_login_s_own_clinic_on_the_shards() {
    let db = two_clinics().await;
    run(db.omnictl(), &["cluster", "distribute"]);
    let org = |slug: &'static str| {
        sqlx::query_scalar::<_, Uuid>("SELECT id FROM organizations WHERE slug = $1").bind(slug).fetch_one(&db.admin)
    };
    let (east, west) = (org("east").await.expect("east"), org("west").await.expect("west"));
    let login = db.login("admin@east.test").await;
    let mut conn = nodes()
        .coordinator
        .connect_options(&db.name)
        .username(&login)
        .connect()
        .await
        .expect("connect as east's admin");
    let mut counts = Vec::new();
    for asked in [Some(east), Some(west), None] {
        sqlx::query("BEGIN").execute(&mut conn).await.expect("begin");
        let asked = asked.map(|id| id.to_string()).unwrap_or_default();
        sqlx::raw_sql(&format!("SET LOCAL omnictl.organization_id = '{asked}'")).execute(&mut conn).await.expect("set");
        let all: i64 = sqlx::query_scalar("SELECT count(*) FROM patients").fetch_one(&mut conn).await.expect("all");
        let named: i64 = sqlx::query_scalar("SELECT count(*) FROM patients WHERE organization_id = $1")
            .bind(east)
            .fetch_one(&mut conn)
            .await
            .expect("named");
        sqlx::query("COMMIT").execute(&mut conn).await.expect("commit");
        counts.push((all, named));
    }
    assert_eq!(counts, vec![(2, 2), (0, 0), (0, 0)], "own clinic, forged clinic, no clinic");
    sqlx::query("BEGIN").execute(&mut conn).await.expect("begin");
    sqlx::raw_sql(&format!("SET LOCAL omnictl.organization_id = '{west}'")).execute(&mut conn).await.expect("set");
    let error = sqlx::query(
        "INSERT INTO patients (organization_id, medical_record_number, first_name, last_name, date_of_birth)
         VALUES ($1, 'W1', 'Forged', 'Row', '2010-01-01')",
    )
    .bind(west)
    .execute(&mut conn)
    .await
    .expect_err("a row for another clinic");
    assert!(error.to_string().contains("row-level security"), "{error}");
}

/// On a single server `cluster distribute` refuses with what to do, and changes nothing.
#[tokio::test]
async fn cluster_distribute_on_a_single_server_says_it_needs_citus() {
    let db = crate::harness::TestDb::new().await;
    let out = db.omnictl().args(["cluster", "distribute"]).output().expect("run");
    assert!(!out.status.success());
    assert!(stderr(&out).contains("no Citus extension"), "{}", stderr(&out));
}

/// Writes after `cluster distribute` (issue 28, item 4): the audit trail is distributed
/// by its chain with its clinic, so a clinic's change and its audit row commit on one
/// worker. Patients created and updated in two clinics land with their audit rows in
/// each clinic's chain, on that clinic's worker, and `audit verify` passes on the
/// coordinator. (Bookings: `after_distribution_a_clinic_books_cancels_and_runs_a_session`.)
#[tokio::test]
async fn after_distribution_clinics_write_and_their_trails_verify() {
    let db = two_clinics().await;
    run(db.omnictl(), &["cluster", "distribute"]);
    let placed: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM pg_dist_partition p
          WHERE p.logicalrelid::text IN ('audit_logs', 'audit_log_items', 'audit_chain_heads') AND p.partmethod = 'h'
            AND p.colocationid = (SELECT colocationid FROM pg_dist_partition WHERE logicalrelid = 'patients'::regclass)",
    )
    .fetch_one(&db.admin)
    .await
    .expect("the trail's distribution");
    assert_eq!(placed, 3, "the trail is distributed with the clinics");

    for (admin, mrn) in [("admin@east.test", "E3"), ("admin@west.test", "W3")] {
        run(
            db.omnictl_as(admin).await,
            &["patient", "create", "--mrn", mrn, "--first-name", "Cy", "--last-name", "Shard", "--dob", "2017-05-06"],
        );
        run(db.omnictl_as(admin).await, &["patient", "update", mrn, "--phone", "555-0100"]);
    }
    for slug in ["east", "west"] {
        let actions: Vec<String> = sqlx::query_scalar(
            "SELECT a.action FROM audit_logs a JOIN organizations o ON o.id = a.organization_id
              WHERE o.slug = $1 AND a.action IN ('patient.create', 'patient.update') AND a.chain_key = o.id
              ORDER BY a.chain_seq DESC LIMIT 2",
        )
        .bind(slug)
        .fetch_all(&db.admin)
        .await
        .expect("the clinic's trail");
        assert_eq!(actions, ["patient.update", "patient.create"], "{slug}");
    }
    // Each clinic's chain lives on one shard, with its patients.
    let together: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM organizations o
          WHERE get_shard_id_for_distribution_column('audit_logs', o.id)
                IN (SELECT shardid FROM pg_dist_shard WHERE logicalrelid = 'audit_logs'::regclass)
            AND (SELECT nodeport FROM pg_dist_placement p JOIN pg_dist_node n USING (groupid)
                  WHERE p.shardid = get_shard_id_for_distribution_column('audit_logs', o.id))
              = (SELECT nodeport FROM pg_dist_placement p JOIN pg_dist_node n USING (groupid)
                  WHERE p.shardid = get_shard_id_for_distribution_column('patients', o.id))",
    )
    .fetch_one(&db.admin)
    .await
    .expect("placements");
    assert_eq!(together, 2, "each clinic's trail is on its patients' worker");
    // `run` asserts the exit status: 0 only when every chain verifies.
    let verified = run(db.omnictl_as("root@citus.test").await, &["audit", "verify"]);
    for slug in ["east", "west"] {
        assert!(verified.lines().any(|l| l.trim_start().starts_with(slug)), "{verified}");
    }
    assert!(!verified.contains("broken") && !verified.contains("altered"), "{verified}");
}

/// Bookings and their sessions after `cluster distribute` (issue 28, item 3): every
/// statement of `appointment create|cancel` and `session start|complete` names the clinic,
/// so each runs on the clinic's shards. East's admin books against an authorization made
/// before distributing, cancels it, books again, runs the session to its end; the
/// authorization's counters agree with the live appointments and the ledger, the four
/// actions are in east's chain, and `audit verify` passes.
#[tokio::test]
async fn after_distribution_a_clinic_books_cancels_and_runs_a_session() {
    let db = two_clinics().await;
    let admin = "admin@east.test";
    run(db.omnictl_as("root@citus.test").await, &["seed", "service-codes"]);
    run(
        db.omnictl_as(admin).await,
        &["practitioner", "create", "--name", "Riley Tech", "--credential", "RBT", "--npi", "1234567893"],
    );
    run(
        db.omnictl_as(admin).await,
        &[
            "auth",
            "create",
            "--patient",
            "E1",
            "--code",
            "97153",
            "--units",
            "40",
            "--start",
            "2026-11-01",
            "--end",
            "2027-05-31",
            "--number",
            "PA-C",
        ],
    );
    for (mrn, number) in [("E1", "PA-G1"), ("E2", "PA-G2")] {
        let group_code = ["--code", "97154", "--units", "40", "--start", "2026-11-01", "--end", "2027-05-31"];
        run(
            db.omnictl_as(admin).await,
            &[&["auth", "create", "--patient", mrn][..], &group_code, &["--number", number]].concat(),
        );
    }
    run(db.omnictl(), &["cluster", "distribute"]);

    let db = &db;
    let book = |start: &'static str| async move {
        let out = run(db.omnictl_as(admin).await, &[&booking("E1", start, "60")[..], &["-o", "json"]].concat());
        let booked: serde_json::Value = serde_json::from_str(&out).expect("json");
        booked[0]["appointment_id"].as_str().expect("appointment id").to_string()
    };
    let first = book("2026-11-20 09:00").await;
    run(db.omnictl_as(admin).await, &["appointment", "cancel", &first, "--reason", "family trip"]);
    let second = book("2026-11-20 09:00").await;
    let started = run(
        db.omnictl_as(admin).await,
        &["session", "start", "--appointment", &second, "--at", "2026-11-20 09:00", "-o", "json"],
    );
    let started: serde_json::Value = serde_json::from_str(&started).expect("json");
    let session = started["id"].as_str().expect("session id").to_string();
    run(db.omnictl_as(admin).await, &["session", "complete", &session, "--end", "2026-11-20 09:50"]);
    // The note's draft and its reading: the session's lines, participants and addenda,
    // each read on the clinic's worker.
    let drafted = run(db.omnictl_as(admin).await, &["session", "note", "generate", &session]);
    let shown = run(db.omnictl_as(admin).await, &["session", "note", "show", &session]);
    assert!(
        drafted.contains("Date of service: 2026-11-20") && shown.contains("Date of service: 2026-11-20"),
        "{shown}"
    );
    // Moved, lengthened, then not attended: each transition moves what the appointment
    // holds, on the clinic's worker.
    let third = book("2026-11-23 09:00").await;
    run(db.omnictl_as(admin).await, &["appointment", "reschedule", &third, "--start", "2026-11-24 10:00"]);
    run(db.omnictl_as(admin).await, &["appointment", "reschedule", &third, "--minutes", "90"]);
    run(db.omnictl_as(admin).await, &["appointment", "no-show", &third[..8]]);

    // 4 units reserved twice, released once, then consumed as 3 (50 minutes, midpoint).
    let (used, scheduled, ledger_scheduled, ledger_used, live): (i32, i32, i64, i64, i64) = sqlx::query_as(
        "SELECT a.used_units, a.scheduled_units,
                (SELECT coalesce(sum(scheduled_delta), 0) FROM authorization_unit_events e
                  WHERE e.organization_id = a.organization_id AND e.authorization_id = a.id),
                (SELECT coalesce(sum(used_delta), 0) FROM authorization_unit_events e
                  WHERE e.organization_id = a.organization_id AND e.authorization_id = a.id),
                (SELECT coalesce(sum(units), 0) FROM appointments ap
                  WHERE ap.organization_id = a.organization_id AND ap.authorization_id = a.id
                    AND ap.status IN ('SCHEDULED', 'IN_PROGRESS'))
           FROM authorizations a WHERE a.authorization_number = 'PA-C'",
    )
    .fetch_one(&db.admin)
    .await
    .expect("the authorization's counters");
    assert_eq!((used, scheduled), (3, 0), "reserved, released, reserved, consumed");
    assert_eq!((ledger_scheduled, ledger_used, live), (i64::from(scheduled), i64::from(used), 0), "the ledger agrees");
    let statuses: Vec<String> = sqlx::query_scalar(
        "SELECT status::text FROM appointments WHERE id IN ($1::uuid, $2::uuid) ORDER BY id = $2::uuid",
    )
    .bind(&first)
    .bind(&second)
    .fetch_all(&db.admin)
    .await
    .expect("statuses");
    assert_eq!(statuses, ["CANCELLED", "COMPLETED"]);

    let actions: Vec<String> = sqlx::query_scalar(
        "SELECT a.action FROM audit_logs a JOIN organizations o ON o.id = a.organization_id
          WHERE o.slug = 'east' AND a.chain_key = o.id
            AND (a.action LIKE 'appointment.%' OR a.action LIKE 'session.%')
          ORDER BY a.chain_seq",
    )
    .fetch_all(&db.admin)
    .await
    .expect("east's trail");
    assert_eq!(
        actions,
        [
            "appointment.create",
            "appointment.cancel",
            "appointment.create",
            "session.start",
            "session.complete",
            "session.note.generate",
            "session.read",
            "appointment.create",
            "appointment.reschedule",
            "appointment.reschedule",
            "appointment.no-show"
        ]
    );
    // A group of two, booked, moved whole and cancelled whole: each member's units on its
    // own authorization, on the clinic's worker.
    let group = run(
        db.omnictl_as(admin).await,
        &[
            "appointment",
            "create",
            "--group",
            "--practitioner",
            "1234567893",
            "--code",
            "97154",
            "--patient",
            "E1",
            "--patient",
            "E2",
            "--start",
            "2026-11-25 09:00",
            "--minutes",
            "60",
            "-o",
            "json",
        ],
    );
    let group: serde_json::Value = serde_json::from_str(&group).expect("json");
    let members: Vec<String> = group
        .as_array()
        .expect("one line a member")
        .iter()
        .map(|m| m["appointment_id"].as_str().expect("id").to_string())
        .collect();
    assert_eq!(members.len(), 2, "{group}");
    run(
        db.omnictl_as(admin).await,
        &["appointment", "reschedule", &members[0], "--group", "--start", "2026-11-26 10:00"],
    );
    run(db.omnictl_as(admin).await, &["appointment", "cancel", &members[0], "--reason", "closed", "--cancel-group"]);
    let held: Vec<(String, i32, String)> = sqlx::query_as(
        "SELECT a.authorization_number, a.scheduled_units, ap.status::text FROM appointments ap
           JOIN authorizations a ON a.organization_id = ap.organization_id AND a.id = ap.authorization_id
          WHERE ap.id = ANY($1::uuid[]) ORDER BY a.authorization_number",
    )
    .bind(&members)
    .fetch_all(&db.admin)
    .await
    .expect("the group's members");
    assert_eq!(
        held,
        [("PA-G1".to_string(), 0, "CANCELLED".to_string()), ("PA-G2".to_string(), 0, "CANCELLED".to_string())]
    );

    let verified = run(db.omnictl_as("root@citus.test").await, &["audit", "verify"]);
    assert!(verified.lines().any(|l| l.trim_start().starts_with("east")), "{verified}");
    assert!(!verified.contains("broken") && !verified.contains("altered"), "{verified}");

    // The booking's lookup, as the binary sends it (`-vv` prints each statement's text),
    // is one task on the clinic's shard: Citus's router plan.
    let out = db
        .omnictl_as(admin)
        .await
        .args([
            "appointment",
            "create",
            "--patient",
            "E1",
            "--practitioner",
            "1234567893",
            "--code",
            "97153",
            "--start",
            "2026-11-21 09:00",
            "--minutes",
            "60",
            "-vv",
        ])
        .output()
        .expect("run");
    assert!(out.status.success(), "{}", stderr(&out));
    let lookup = statement_text(&stderr(&out), "WITH ptk AS");
    let east: Uuid = sqlx::query_scalar("SELECT id FROM organizations WHERE slug = 'east'")
        .fetch_one(&db.admin)
        .await
        .expect("east");
    let plan: Vec<String> = sqlx::query_scalar(&format!("EXPLAIN {lookup}"))
        .bind("E1")
        .bind(None::<Uuid>)
        .bind(None::<Uuid>)
        .bind(None::<Uuid>)
        .bind("1234567893")
        .bind(None::<Uuid>)
        .bind(None::<Uuid>)
        .bind(None::<Uuid>)
        .bind("97153")
        .bind(east)
        .fetch_all(&db.admin)
        .await
        .expect("explain the booking's lookup");
    let plan = plan.join("\n");
    let tasks: Vec<&str> = plan.lines().map(str::trim).filter(|l| l.starts_with("Task Count:")).collect();
    assert_eq!(tasks, ["Task Count: 1"], "{plan}");
    assert!(plan.contains("Citus Adaptive") && !plan.contains("Subplan"), "{plan}");
}

/// Policy and authorization imports on a distributed cluster are not supported yet (issue
/// 28): their set-wise INSERT … SELECT from a temporary staging table reaches the shards
/// by COPY, which PostgreSQL refuses under row-level security. Each says so in a sentence
/// with what to do instead, lands nothing, and the refusal is on the record; the
/// patient import, staged on the clinic's shard, runs.
#[tokio::test]
async fn after_distribution_policy_and_authorization_imports_are_refused_with_what_to_do_instead() {
    let db = two_clinics().await;
    let admin = "admin@east.test";
    run(db.omnictl_as("root@citus.test").await, &["seed", "service-codes"]);
    run(db.omnictl(), &["cluster", "distribute"]);
    let dir = tempfile::tempdir().expect("a directory");
    let file = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).expect("write");
        path.to_str().expect("path").to_string()
    };
    let patients =
        file("patients.csv", "medical_record_number,first_name,last_name,date_of_birth\nE3,Cy,East,2014-05-06\n");
    let policies = file(
        "policies.csv",
        "medical_record_number,payer_name,payer_id,member_number,group_number,plan_name,subscriber_relationship,\
         coverage_start,coverage_end,priority\nE1,Aetna,60054,M-1,,PPO,child,2026-01-01,,primary\n",
    );
    let auths = file(
        "auths.csv",
        "medical_record_number,service_code,authorization_number,start_date,end_date,total_units\n\
         E1,97153,PA-I1,2026-11-01,2027-04-30,120\n",
    );
    // Patients stage on the clinic's shard (tested below); the others are refused.
    run(db.omnictl_as(admin).await, &["patient", "import", patients.as_str()]);
    for (what, path) in [("insurance", &policies), ("auth", &auths)] {
        let out = db.omnictl_as(admin).await.args([what, "import", path.as_str()]).output().expect("run");
        assert_eq!(out.status.code(), Some(1), "{what}: {}", stderr(&out));
        let said = stderr(&out);
        assert!(said.contains("imports are not supported on a distributed (Citus) database yet"), "{what}: {said}");
        assert!(
            said.contains("import before `omnictl cluster distribute`, or add the records one at a time"),
            "{what}: {said}"
        );
        assert!(!said.contains("error returned from database"), "no raw SQL error: {said}");
    }
    let landed: (i64, i64, i64) = sqlx::query_as(
        "SELECT (SELECT count(*) FROM patients WHERE medical_record_number = 'E3'),
                (SELECT count(*) FROM patient_insurances WHERE member_number = 'M-1'),
                (SELECT count(*) FROM authorizations WHERE authorization_number = 'PA-I1')",
    )
    .fetch_one(&db.admin)
    .await
    .expect("nothing landed");
    assert_eq!(landed, (1, 0, 0));
    let recorded: i64 =
        sqlx::query_scalar("SELECT count(*) FROM audit_logs WHERE action LIKE '%.import' AND outcome <> 'SUCCESS'")
            .fetch_one(&db.admin)
            .await
            .expect("the refusals");
    assert_eq!(recorded, 2, "each refused import is on the record");
}

/// The whole text of the first statement starting `start` in `-vv` output (a summary
/// line, then the text indented by four spaces).
fn statement_text(verbose: &str, start: &str) -> String {
    let mut lines = verbose.lines().skip_while(|l| !l.starts_with(&format!("    {start}")));
    let first = lines.next().map(|l| l.trim_start().to_string()).unwrap_or_else(|| panic!("no {start}: {verbose}"));
    std::iter::once(first)
        .chain(lines.take_while(|l| !l.starts_with("sql ")).map(str::to_string))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A patient, practitioner or authorization named by a prefix of its id (issue 28, item
/// 3) is looked up among the operator's clinic's records alone: found by its clinic's
/// operator, not by another clinic's, and the lookup `patient show` sends is one task on
/// the clinic's shard (a key looked up without its clinic visits every shard).
#[tokio::test]
async fn after_distribution_a_prefix_names_a_record_on_its_clinic_s_shard_alone() {
    let db = two_clinics().await;
    let admin = "admin@east.test";
    run(db.omnictl_as("root@citus.test").await, &["seed", "service-codes"]);
    run(db.omnictl(), &["cluster", "distribute"]);
    bookable(&db, admin, "E1", "40", "PA-P").await;
    let ids: (Uuid, Uuid, Uuid) = sqlx::query_as(
        "SELECT (SELECT id FROM patients WHERE medical_record_number = 'E1'),
                (SELECT id FROM practitioners WHERE npi = '1234567893'),
                (SELECT id FROM authorizations WHERE authorization_number = 'PA-P')",
    )
    .fetch_one(&db.admin)
    .await
    .expect("the records' ids");
    // Most of the id: ids made in one millisecond share their first digits.
    let prefix = |id: Uuid| id.to_string()[..32].to_string();
    for (what, id, shown) in [("patient", ids.0, "E1"), ("practitioner", ids.1, "1234567893"), ("auth", ids.2, "PA-P")]
    {
        let out = run(db.omnictl_as(admin).await, &[what, "show", &prefix(id), "-o", "json"]);
        assert!(out.contains(shown), "{what} {}: {out}", prefix(id));
        let stranger = db.omnictl_as("admin@west.test").await.args([what, "show", &prefix(id)]).output().expect("run");
        assert_eq!(stranger.status.code(), Some(3), "{what}: {}", stderr(&stranger));
    }

    let out = db.omnictl_as(admin).await.args(["patient", "show", &prefix(ids.0), "-vv"]).output().expect("run");
    assert!(out.status.success(), "{}", stderr(&out));
    let lookup = statement_text(&stderr(&out), "SELECT k.key_id");
    let east: Uuid = sqlx::query_scalar("SELECT id FROM organizations WHERE slug = 'east'")
        .fetch_one(&db.admin)
        .await
        .expect("east");
    let bound = |fill: &str| {
        let digits = prefix(ids.0).replace('-', "");
        let hex = format!("{digits}{}", fill.repeat(32 - digits.len()));
        Uuid::parse_str(&hex).expect("a bound")
    };
    let plan: Vec<String> = sqlx::query_scalar(&format!("EXPLAIN {lookup}"))
        .bind(prefix(ids.0))
        .bind(None::<Uuid>)
        .bind(bound("0"))
        .bind(bound("f"))
        .bind(east)
        .fetch_all(&db.admin)
        .await
        .expect("explain the lookup");
    let plan = plan.join("\n");
    let tasks: Vec<&str> = plan.lines().map(str::trim).filter(|l| l.starts_with("Task Count:")).collect();
    assert_eq!(tasks, ["Task Count: 1"], "{plan}");
}

/// Races on the cluster (issue 28, item 5), with real processes: sixteen operators booking
/// one slot of a clinic book it once (the exclusion constraint holds on the shard), and
/// twelve bookings of four units at once in each of two clinics against a 40-unit
/// authorization fill it exactly and no further; every counter equals the units of its
/// live appointments (and `auth check` says so, having checked both), every refusal is a
/// sentence, and the trails verify through a signed checkpoint.
#[tokio::test]
async fn after_distribution_concurrent_bookings_never_overbook_and_the_trails_checkpoint() {
    let db = two_clinics().await;
    let root = "root@citus.test";
    run(db.omnictl_as(root).await, &["seed", "service-codes"]);
    let west =
        ["patient", "create", "--mrn", "W1", "--first-name", "Wes", "--last-name", "West", "--dob", "2015-06-07"];
    run(db.omnictl_as("admin@west.test").await, &west);
    let clinics = [("admin@east.test", "E1", "PA-E"), ("admin@west.test", "W1", "PA-W")];
    for (admin, mrn, number) in clinics {
        bookable(&db, admin, mrn, "40", number).await;
    }
    run(db.omnictl(), &["cluster", "distribute"]);
    // Both clinics are in the default time zone.
    let today = clinic_today(&db, "east").await;
    let slot = |days: i64| format!("{} 09:00", today + chrono::Duration::days(days));
    let book = |admin: &'static str, mrn: &'static str, start: String| {
        let db = &db;
        async move {
            let mut command = db.omnictl_as(admin).await;
            command.args(booking(mrn, &start, "60"));
            command.stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::piped());
            command.spawn().expect("spawn a booking")
        }
    };
    let settle = |children: Vec<std::process::Child>| {
        let outputs: Vec<std::process::Output> =
            children.into_iter().map(|c| c.wait_with_output().expect("a booking ends")).collect();
        for out in outputs.iter().filter(|o| !o.status.success()) {
            assert!(!stderr(out).contains("error returned from database"), "a raw refusal: {}", stderr(out));
        }
        outputs.iter().filter(|o| o.status.success()).count()
    };

    let mut one_slot = Vec::new();
    for _ in 0..16 {
        one_slot.push(book("admin@east.test", "E1", slot(3)).await);
    }
    assert_eq!(settle(one_slot), 1, "sixteen bookings of one slot");

    // East has 36 units left, west 40: nine and ten bookings of four units fit.
    let mut filling = Vec::new();
    for day in 10..22 {
        for (admin, mrn, _) in clinics {
            filling.push((admin, book(admin, mrn, slot(day)).await));
        }
    }
    let mut booked = std::collections::BTreeMap::new();
    for (admin, child) in filling {
        *booked.entry(admin).or_insert(0) += settle(vec![child]);
    }
    assert_eq!(booked.get("admin@east.test"), Some(&9), "{booked:?}");
    assert_eq!(booked.get("admin@west.test"), Some(&10), "{booked:?}");

    let counters: Vec<(String, i32, i32, i64)> = sqlx::query_as(
        "SELECT a.authorization_number, a.total_units, a.scheduled_units,
                (SELECT coalesce(sum(ap.units), 0) FROM appointments ap
                  WHERE ap.organization_id = a.organization_id AND ap.authorization_id = a.id
                    AND ap.status = 'SCHEDULED')
           FROM authorizations a ORDER BY 1",
    )
    .fetch_all(&db.admin)
    .await
    .expect("the counters");
    assert_eq!(
        counters,
        [("PA-E".to_string(), 40, 40, 40), ("PA-W".to_string(), 40, 40, 40)],
        "counters equal the live appointments"
    );
    for (admin, _, _) in clinics {
        let checked = db.omnictl_as(admin).await.args(["auth", "check"]).output().expect("run");
        assert!(checked.status.success(), "{}", stderr(&checked));
        assert!(stderr(&checked).contains("1 authorization(s) checked: every counter matches"), "{}", stderr(&checked));
    }

    let dir = tempfile::tempdir().expect("a directory");
    let key = dir.path().join("audit.key");
    run(omnictl(), &["audit", "keygen", "--out", key.to_str().expect("path")]);
    let checkpoints = dir.path().join("checkpoints.jsonl");
    let checkpoint = ["audit", "checkpoint", "--key", key.to_str().expect("path"), "--out"];
    run(db.omnictl_as(root).await, &[&checkpoint[..], &[checkpoints.to_str().expect("path")]].concat());
    let public = dir.path().join("audit.key.pub");
    let verified = run(
        db.omnictl_as(root).await,
        &[
            "audit",
            "verify",
            "--checkpoints",
            checkpoints.to_str().expect("path"),
            "--public-key",
            public.to_str().expect("path"),
        ],
    );
    for chain in ["east", "west"] {
        assert!(verified.lines().any(|l| l.trim_start().starts_with(chain)), "{verified}");
    }
    assert!(!verified.contains("broken") && !verified.contains("altered"), "{verified}");
}

/// The mixed race of one server (`races::mixed_concurrent_transitions_never_leak_or_overbook`)
/// on the cluster: rounds of real concurrent processes on the same appointments and
/// authorization — reschedules to fewer and more units, cancel, no-show, a new booking
/// into the same slot, a session completed and cancelled while its appointment is
/// rescheduled. After every round the counters equal the live appointments and the
/// ledger on the shards, and no command failed with anything but a rule's refusal.
#[tokio::test]
async fn after_distribution_mixed_concurrent_transitions_never_leak_or_overbook() {
    const ROUNDS: i64 = 3;
    let db = two_clinics().await;
    let admin = "admin@east.test";
    run(db.omnictl_as("root@citus.test").await, &["seed", "service-codes"]);
    bookable(&db, admin, "E1", "200", "PA-MIX").await;
    run(db.omnictl(), &["cluster", "distribute"]);
    let today = clinic_today(&db, "east").await;
    let db = &db;
    let book = |start: String, minutes: &'static str| async move {
        let out = run(db.omnictl_as(admin).await, &[&booking("E1", &start, minutes)[..], &["-o", "json"]].concat());
        let booked: serde_json::Value = serde_json::from_str(&out).expect("json");
        booked[0]["appointment_id"].as_str().expect("appointment id").to_string()
    };
    let spawn = |args: Vec<String>| async move {
        let mut command = db.omnictl_as(admin).await;
        command.args(&args).stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::piped());
        command.spawn().expect("spawn")
    };
    let invariant_holds = |round: i64| async move {
        let off: i64 = sqlx::query_scalar(
            "SELECT count(*) FROM authorizations a
              WHERE a.scheduled_units <> (SELECT coalesce(sum(units), 0) FROM appointments ap
                                           WHERE ap.organization_id = a.organization_id AND ap.authorization_id = a.id
                                             AND ap.status IN ('SCHEDULED', 'IN_PROGRESS'))
                 OR a.scheduled_units <> (SELECT coalesce(sum(scheduled_delta), 0) FROM authorization_unit_events e
                                           WHERE e.organization_id = a.organization_id AND e.authorization_id = a.id)
                 OR a.used_units <> (SELECT coalesce(sum(used_delta), 0) FROM authorization_unit_events e
                                      WHERE e.organization_id = a.organization_id AND e.authorization_id = a.id)
                 OR a.used_units + a.scheduled_units > a.total_units",
        )
        .fetch_one(&db.admin)
        .await
        .expect("invariant");
        assert_eq!(off, 0, "round {round}: authorizations whose counters differ from their rows");
        let checked = db.omnictl_as(admin).await.args(["auth", "check"]).output().expect("run");
        assert!(checked.status.success(), "round {round}: auth check: {}", stderr(&checked));
    };
    for round in 0..ROUNDS {
        let day = today + chrono::Duration::days(7 + round);
        let at = |time: &str| format!("{day} {time}");
        let x = book(at("09:00"), "30").await;
        let y = book(at("11:00"), "60").await;
        // A session of a past appointment, in progress while the others race.
        let past = today - chrono::Duration::days(10 + round);
        let z = book(format!("{past} 14:00"), "45").await;
        let started = run(
            db.omnictl_as(admin).await,
            &["session", "start", "--appointment", &z, "--at", &format!("{past} 14:00"), "-o", "json"],
        );
        let started: serde_json::Value = serde_json::from_str(&started).expect("json");
        let session = started["id"].as_str().expect("session id").to_string();
        let end = format!("{past} 14:50");
        let commands: Vec<Vec<String>> = [
            vec!["appointment", "reschedule", &x, "--start", &at("09:00"), "--minutes", "15"],
            vec!["appointment", "reschedule", &x, "--start", &at("09:30"), "--minutes", "90"],
            vec!["appointment", "cancel", &x, "--reason", "family request"],
            vec!["appointment", "no-show", &y],
            vec!["appointment", "reschedule", &y, "--start", &at("12:00"), "--minutes", "120"],
            vec!["appointment", "cancel", &y, "--reason", "therapist ill"],
            booking("E1", &at("09:00"), "60").to_vec(),
            vec!["session", "complete", &session, "--end", &end],
            vec!["session", "cancel", &session, "--reason", "patient left"],
            vec!["appointment", "reschedule", &z, "--start", &at("15:00"), "--minutes", "30"],
        ]
        .into_iter()
        .map(|args| args.into_iter().map(str::to_string).collect())
        .collect();
        let mut children = Vec::new();
        for args in commands {
            children.push(spawn(args).await);
        }
        for child in children {
            let output = child.wait_with_output().expect("wait");
            assert!(crate::races::acceptable(&output), "round {round}: {}", stderr(&output));
        }
        invariant_holds(round).await;
        let live: Vec<Uuid> = sqlx::query_scalar("SELECT id FROM appointments WHERE status = 'SCHEDULED'")
            .fetch_all(&db.admin)
            .await
            .expect("live");
        for id in live {
            run(db.omnictl_as(admin).await, &["appointment", "cancel", &id.to_string(), "--reason", "end of round"]);
        }
    }
    invariant_holds(ROUNDS).await;
}

/// `migrate run` on a distributed database (issue 28, item 1): a newer omnictl's
/// migration that adds a column to a clinic's table reaches every shard of it (Citus
/// propagates the ALTER TABLE: each statement of a migration is sent on its own, since
/// Citus refuses to pass a script of several to a worker), the migration is recorded as on
/// one server, and the clinic keeps reading its rows through the newer tool.
#[tokio::test]
async fn after_distribution_migrate_run_reaches_every_shard() {
    let db = two_clinics().await;
    run(db.omnictl(), &["cluster", "distribute"]);
    let newer = tokio::task::spawn_blocking(|| crate::upgrade::newer("breaking")).await.expect("build");
    let mut migrate = crate::harness::omnictl_at(&newer);
    migrate.env("DATABASE_URL", nodes().coordinator.url(&db.name));
    run(migrate, &["migrate", "run"]);
    let shards: Vec<(bool, String)> = sqlx::query_as(
        "SELECT success, result FROM run_command_on_shards('practitioners',
             $$SELECT count(*) FROM information_schema.columns
                WHERE table_name = '%s' AND column_name = 'upgrade_test_licence'$$)",
    )
    .fetch_all(&db.admin)
    .await
    .expect("the shards' columns");
    assert!(!shards.is_empty() && shards.iter().all(|(ok, result)| *ok && result == "1"), "{shards:?}");
    let recorded: i64 = sqlx::query_scalar("SELECT count(*) FROM _sqlx_migrations WHERE version = 29991231000001")
        .fetch_one(&db.admin)
        .await
        .expect("the migration's row");
    assert_eq!(recorded, 1);
    // The newer omnictl, as the clinic's admin (an older one refuses the breaking schema).
    let login = db.login("admin@east.test").await;
    let mut list = crate::harness::omnictl_at(&newer);
    list.env("DATABASE_URL", nodes().coordinator.url(&db.name).replacen("user=omnictl", &format!("user={login}"), 1))
        .env("OMNICTL_OPERATOR", "admin@east.test");
    let listed = run(list, &["patient", "list", "-o", "csv"]);
    assert_eq!(listed.lines().count(), 3, "{listed}");
}

/// Every statement the tool sends on a clinic's tables names the clinic (issue 28, item
/// 3): after a clinic books, starts a session, records an event, completes it, and shows
/// a patient by a prefix of its id on the cluster, every statement Citus planned in this database ran on
/// one shard by its key or read only the copies of the reference tables every node has
/// (`citus_stat_statements`): none visited every shard.
#[tokio::test]
async fn after_distribution_no_statement_of_a_clinic_visits_every_shard() {
    let db = two_clinics().await;
    let admin = "admin@east.test";
    run(db.omnictl_as("root@citus.test").await, &["seed", "service-codes"]);
    bookable(&db, admin, "E1", "40", "PA-R").await;
    run(db.omnictl(), &["cluster", "distribute"]);

    let past = clinic_today(&db, "east").await - chrono::Duration::days(3);
    let start = format!("{past} 09:00");
    let booked = run(db.omnictl_as(admin).await, &[&booking("E1", &start, "60")[..], &["-o", "json"]].concat());
    let booked: serde_json::Value = serde_json::from_str(&booked).expect("json");
    let appointment = booked[0]["appointment_id"].as_str().expect("appointment id").to_string();
    let started = run(
        db.omnictl_as(admin).await,
        &["session", "start", "--appointment", &appointment, "--at", &start, "-o", "json"],
    );
    let started: serde_json::Value = serde_json::from_str(&started).expect("json");
    let session = started["id"].as_str().expect("session id").to_string();
    let event = ["session", "event", "add", &session, "--type", "behavior", "--name", "tantrum", "--at"];
    run(db.omnictl_as(admin).await, &[&event[..], &[&format!("{past} 09:10"), "--intensity", "2"]].concat());
    run(db.omnictl_as(admin).await, &["session", "complete", &session, "--end", &format!("{past} 09:50")]);
    let patient: Uuid = sqlx::query_scalar("SELECT id FROM patients WHERE medical_record_number = 'E1'")
        .fetch_one(&db.admin)
        .await
        .expect("E1");
    run(db.omnictl_as(admin).await, &["patient", "show", &patient.to_string()[..32]]);

    // The tables the plan distributes (store::cluster), by name as a statement names them.
    let distributed: Vec<&str> =
        omnictl::store::cluster::TENANT_TABLES.iter().chain(omnictl::store::cluster::AUDIT_TABLES).copied().collect();
    let planned: Vec<(i64, bool, String)> = sqlx::query_as(
        "SELECT calls, partition_key IS NOT NULL, regexp_replace(query, '\\s+', ' ', 'g') FROM citus_stat_statements
          WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
            AND userid <> (SELECT oid FROM pg_roles WHERE rolname = current_user)",
    )
    .fetch_all(&db.admin)
    .await
    .expect("what Citus planned");
    // The operators' statements (not this test's own, as the cluster's superuser).
    let routed: i64 = planned.iter().filter(|(_, routed, _)| *routed).map(|(calls, _, _)| calls).sum();
    assert!(routed > 0, "the commands' statements are counted: {planned:#?}");
    let names_a_clinic_table = |query: &str| {
        distributed.iter().any(|table| {
            query.match_indices(table).any(|(at, _)| {
                let before = query[..at].chars().next_back();
                let after = query[at + table.len()..].chars().next();
                !before.is_some_and(|c| c.is_alphanumeric() || c == '_')
                    && !after.is_some_and(|c| c.is_alphanumeric() || c == '_')
            })
        })
    };
    let every_shard: Vec<&String> = planned
        .iter()
        .filter(|(_, routed, query)| {
            !routed && names_a_clinic_table(query) && !query.starts_with("SELECT coalesce(sum(calls)")
        })
        .map(|(_, _, query)| query)
        .collect();
    assert!(every_shard.is_empty(), "statements that visit every shard: {every_shard:#?}");
}

/// The platform after `cluster distribute` (issue 28, item 2): a super admin makes a
/// clinic and its admin, changes both and loads the code catalogue; the admin makes a
/// user, who works through the workers (their login is on every node), then deactivates
/// them, which closes the login on every worker too; a suspended clinic's admin is
/// refused. Every tool write has its own row and the database files none beside it; a
/// login's raw SQL on a shared table and a clinic's table is on the record, in the
/// login's chain, through one row the database files; nothing is left pending; the trails
/// verify.
#[tokio::test]
async fn after_distribution_the_platform_makes_clinics_and_users_and_raw_writes_are_on_the_record() {
    let db = CitusDb::new().await;
    run(db.omnictl(), &["user", "bootstrap", "--email", "root@citus.test", "--name", "Root"]);
    run(db.omnictl(), &["cluster", "distribute"]);
    let root = "root@citus.test";
    run(db.omnictl_as(root).await, &["org", "create", "--name", "North", "--slug", "north"]);
    run(db.omnictl_as(root).await, &["org", "update", "north", "--name", "North Clinic", "--units-rule", "midpoint"]);
    let admin = "admin@north.test";
    let new_admin = ["user", "create", "--org", "north", "--email", admin, "--name", "Admin", "--role", "admin"];
    run(db.omnictl_as(root).await, &new_admin);
    run(db.omnictl_as(root).await, &["user", "update", admin, "--name", "Ada Admin"]);
    run(db.omnictl_as(root).await, &["seed", "service-codes"]);
    run(
        db.omnictl_as(admin).await,
        &["user", "create", "--email", "staff@north.test", "--name", "Sam", "--role", "staff"],
    );
    run(
        db.omnictl_as(admin).await,
        &["patient", "create", "--mrn", "N1", "--first-name", "Nia", "--last-name", "North", "--dob", "2016-02-03"],
    );
    // The staff member reads the clinic's patients on its worker, as their own login.
    let listed = run(db.omnictl_as("staff@north.test").await, &["patient", "list"]);
    assert!(listed.contains("N1"), "{listed}");

    // Deactivated: the login is closed on the coordinator and on every worker.
    let staff_login = db.login("staff@north.test").await;
    run(db.omnictl_as(admin).await, &["user", "deactivate", "staff@north.test", "--yes"]);
    let on_workers: Vec<String> = sqlx::query_scalar(
        "SELECT result FROM run_command_on_workers(format('SELECT rolcanlogin FROM pg_roles WHERE rolname = %L', $1::text))",
    )
    .bind(&staff_login)
    .fetch_all(&db.admin)
    .await
    .expect("the login on the workers");
    assert_eq!(on_workers, ["f", "f"], "the deactivated login on each worker");
    let refused = db.omnictl_as("staff@north.test").await.args(["patient", "list"]).output().expect("run");
    assert!(!refused.status.success(), "a deactivated user is refused");

    // A suspended clinic's admin is refused; activated again, served again.
    run(db.omnictl_as(root).await, &["org", "suspend", "north", "--reason", "billing", "--yes"]);
    let suspended = db.omnictl_as(admin).await.args(["patient", "list"]).output().expect("run");
    assert!(!suspended.status.success(), "a suspended clinic's admin is refused: {}", stdout(&suspended));
    run(db.omnictl_as(root).await, &["org", "activate", "north", "--reason", "paid", "--yes"]);
    assert!(run(db.omnictl_as(admin).await, &["patient", "list"]).contains("N1"));

    let database_rows = || {
        sqlx::query_as::<_, (Uuid, serde_json::Value)>(
            "SELECT chain_key, details -> 'writes' FROM audit_logs
              WHERE action = 'sql.write' AND tool_version = 'database' ORDER BY occurred_at",
        )
        .fetch_all(&db.admin)
    };
    assert_eq!(database_rows().await.expect("rows"), [], "every tool write had its own row");

    // The admin's own SQL, on a shared table and on a clinic's table, in one transaction.
    let north: Uuid = sqlx::query_scalar("SELECT id FROM organizations WHERE slug = 'north'")
        .fetch_one(&db.admin)
        .await
        .expect("north");
    let login = db.login(admin).await;
    let mut conn =
        nodes().coordinator.connect_options(&db.name).username(&login).connect().await.expect("connect as the admin");
    // One statement at a time, as psql sends them: Citus forwards a SET LOCAL to the
    // workers as the text of the whole query string it came in.
    for statement in [
        "BEGIN".to_string(),
        format!("SET LOCAL omnictl.organization_id = '{north}'"),
        "UPDATE users SET name = 'Renamed' WHERE email = 'staff@north.test'".to_string(),
        "UPDATE patients SET first_name = 'Raw' WHERE medical_record_number = 'N1'".to_string(),
        "COMMIT".to_string(),
    ] {
        sqlx::raw_sql(&statement).execute(&mut conn).await.unwrap_or_else(|e| panic!("{statement}: {e}"));
    }
    let rows = database_rows().await.expect("rows");
    assert_eq!(rows.len(), 1, "one row for the transaction: {rows:?}");
    let (chain, writes) = &rows[0];
    assert_eq!(*chain, north, "filed in the admin's clinic's chain");
    let tables: Vec<&str> = writes.as_array().expect("writes").iter().filter_map(|w| w["table"].as_str()).collect();
    assert_eq!(tables, ["patients", "users"], "{writes}");
    let pending: i64 =
        sqlx::query_scalar("SELECT count(*) FROM sql_writes_pending").fetch_one(&db.admin).await.expect("pending");
    assert_eq!(pending, 0, "no note is left behind");

    let verified = run(db.omnictl_as(root).await, &["audit", "verify"]);
    assert!(verified.lines().any(|l| l.trim_start().starts_with("north")), "{verified}");
    assert!(!verified.contains("broken") && !verified.contains("altered"), "{verified}");
}

/// The patient import on a cluster (issue 28, item 5): 100,000 patients staged on the
/// clinic's shard (COPY into the distributed staging table), checked and moved there, each
/// with its audit item; a file with a repeated MRN and an existing one is refused with
/// both lines and lands nothing; upsert changes the one patient that differs; no staged
/// row outlives its import; the trail verifies.
#[tokio::test]
async fn after_distribution_a_clinic_imports_100000_patients_on_its_shard() {
    let db = two_clinics().await;
    run(db.omnictl(), &["cluster", "distribute"]);
    let admin = "admin@east.test";
    let dir = tempfile::tempdir().expect("a directory");
    let big = dir.path().join("patients.csv");
    let mut text = String::from("medical_record_number,first_name,last_name,date_of_birth\n");
    for n in 0..100_000 {
        text.push_str(&format!("B{n:06},Ann,Row,2015-01-02\n"));
    }
    std::fs::write(&big, text).expect("write");
    let created_items = || {
        sqlx::query_scalar::<_, i64>("SELECT count(*) FROM audit_log_items WHERE action = 'patient.create'")
            .fetch_one(&db.admin)
    };
    let items_before = created_items().await.expect("items");
    let said = run(db.omnictl_as(admin).await, &["patient", "import", big.to_str().expect("path")]);
    assert!(said.contains("100000 created"), "{said}");
    let patients: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM patients p JOIN organizations o ON o.id = p.organization_id
          WHERE o.slug = 'east' AND p.medical_record_number LIKE 'B%'",
    )
    .fetch_one(&db.admin)
    .await
    .expect("patients");
    let items = created_items().await.expect("items") - items_before;
    assert_eq!((patients, items), (100_000, 100_000), "the patients and one audit item each");

    let small = dir.path().join("again.csv");
    std::fs::write(
        &small,
        "medical_record_number,first_name,last_name,date_of_birth\nN1,Ny,New,2016-01-02\nB000007,Ann,Row,2015-01-02\n\
         N1,Ny,New,2016-01-02\n",
    )
    .expect("write");
    let out =
        db.omnictl_as(admin).await.args(["patient", "import", small.to_str().expect("path")]).output().expect("run");
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let said = format!("{}{}", stdout(&out), stderr(&out));
    assert!(said.contains("(lines 2, 4)"), "the repeated MRN's lines: {said}");
    assert!(said.contains("B000007 already exists"), "the existing MRN: {said}");
    let upsert = dir.path().join("upsert.csv");
    std::fs::write(
        &upsert,
        "medical_record_number,first_name,last_name,date_of_birth\nB000007,Anna,Row,2015-01-02\nB000008,Ann,Row,2015-01-02\n",
    )
    .expect("write");
    let said =
        run(db.omnictl_as(admin).await, &["patient", "import", upsert.to_str().expect("path"), "--mode", "upsert"]);
    assert!(said.contains("0 created, 1 updated, 1 unchanged"), "{said}");
    let (renamed, staged): (String, i64) = sqlx::query_as(
        "SELECT (SELECT first_name FROM patients WHERE medical_record_number = 'B000007'),
                (SELECT count(*) FROM import_patient_rows)",
    )
    .fetch_one(&db.admin)
    .await
    .expect("after");
    assert_eq!((renamed.as_str(), staged), ("Anna", 0));
    let verified = run(db.omnictl_as("root@citus.test").await, &["audit", "verify"]);
    assert!(!verified.contains("broken") && !verified.contains("altered"), "{verified}");
}
