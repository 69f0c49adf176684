//! `patient import`, `insurance import` and the exports, through the real binary: every
//! error reported by line and column, nothing half-written (not even when the process
//! is killed), dry runs that report what a real run would, audit items that `audit
//! verify` vouches for, and a round trip between two clinics.

use std::io::Write;
use std::process::{Output, Stdio};
use std::time::{Duration, Instant};

use uuid::Uuid;

use crate::harness::{TestDb, stderr, stdout};
use crate::operators::{ROOT, bootstrap};

pub fn seed(name: &str) -> String {
    format!("{}/seeds/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// Runs omnictl as `operator`.
pub fn act(db: &TestDb, operator: &str, args: &[&str]) -> Output {
    db.omnictl_as(operator).args(args).output().expect("run omnictl")
}

/// Starts omnictl as `operator` with stdout and stderr piped, for tests that race or
/// interrupt it.
pub fn spawn_as(db: &TestDb, operator: &str, args: &[&str]) -> std::process::Child {
    db.omnictl_as(operator)
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn omnictl")
}

pub fn ok(output: Output) -> Output {
    assert!(output.status.success(), "expected success: {}{}", stdout(&output), stderr(&output));
    output
}

/// A refusal that must report a finding (`audit verify`, `auth check`): exit 10.
pub fn found(output: &Output) -> String {
    assert_eq!(output.status.code(), Some(10), "expected exit 10: {}{}", stdout(output), stderr(output));
    stderr(output)
}

/// A record named on the command line that is not there: exit 3.
pub fn missing(output: &Output) -> String {
    assert_eq!(output.status.code(), Some(3), "expected exit 3: {}{}", stdout(output), stderr(output));
    stderr(output)
}

pub fn failed(output: &Output) -> String {
    assert_eq!(output.status.code(), Some(1), "expected exit 1: {}{}", stdout(output), stderr(output));
    stderr(output)
}

/// A clinic `slug` with an ADMIN; returns the admin's email.
pub async fn clinic(db: &TestDb, slug: &str) -> String {
    if !sqlx::query_scalar::<_, bool>("SELECT EXISTS (SELECT 1 FROM users WHERE is_super_admin)")
        .fetch_one(&db.pool)
        .await
        .expect("super admin?")
    {
        bootstrap(db).await;
    }
    ok(act(db, ROOT, &["org", "create", "--name", slug, "--slug", slug]));
    let admin = format!("admin@{slug}.example");
    ok(act(
        db,
        ROOT,
        &["user", "create", "--org", slug, "--email", &admin, "--name", "Clinic Admin", "--role", "admin"],
    ));
    admin
}

pub async fn count(db: &TestDb, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(&db.pool).await.expect("count")
}

fn write_file(dir: &tempfile::TempDir, name: &str, content: &[u8]) -> String {
    let path = dir.path().join(name);
    std::fs::write(&path, content).expect("write file");
    path.display().to_string()
}

pub fn json(output: &Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout).expect("json output")
}

#[tokio::test]
async fn a_valid_file_lands_whole_with_one_audit_item_per_patient_and_a_summary_row() {
    let db = TestDb::new().await;
    let admin = clinic(&db, "sunrise").await;
    let out = ok(act(&db, &admin, &["patient", "import", &seed("patients.csv"), "-o", "json"]));
    let summary = json(&out);
    assert_eq!((summary["rows"].as_u64(), summary["created"].as_u64()), (Some(3), Some(3)), "{summary}");
    assert_eq!(summary["mode"], "insert");

    let file_sha = {
        use sha2::Digest;
        let bytes = std::fs::read(seed("patients.csv")).expect("read seed");
        sha2::Sha256::digest(&bytes).iter().map(|b| format!("{b:02x}")).collect::<String>()
    };
    assert_eq!(summary["sha256"], file_sha.as_str());
    let (items, details): (i64, serde_json::Value) = sqlx::query_as(
        "SELECT item_count, details FROM audit_logs WHERE action = 'patient.import' AND outcome = 'SUCCESS'",
    )
    .fetch_one(&db.pool)
    .await
    .expect("summary row");
    assert_eq!(items, 3);
    assert_eq!(details["sha256"], file_sha.as_str());

    // Each patient's own history shows its creation by the import, field names only.
    let id: Uuid = sqlx::query_scalar("SELECT id FROM patients WHERE medical_record_number = 'MRN-1002'")
        .fetch_one(&db.pool)
        .await
        .expect("patient");
    let log = json(&ok(act(&db, &admin, &["audit", "log", "--entity", &format!("patient:{id}"), "-o", "json"])));
    let entries = log.as_array().expect("array");
    assert_eq!(entries.len(), 1, "{log}");
    assert_eq!(entries[0]["action"], "patient.create");
    assert_eq!(entries[0]["item_no"], 3, "the item is numbered by its line");
    assert_eq!(entries[0]["changes"]["address_line1"], serde_json::json!({ "phi": true }));
    assert!(entries[0]["changes"].get("email").is_none(), "MRN-1002 has no email: {log}");
    assert!(!log.to_string().contains("Noah"), "no PHI value in the audit trail: {log}");
    ok(act(&db, &admin, &["audit", "verify"]));
    // The export keeps every item, after its audit row.
    let export = stdout(&ok(act(&db, &admin, &["audit", "export", "--format", "jsonl"])));
    let lines: Vec<serde_json::Value> = export.lines().map(|l| serde_json::from_str(l).expect("json line")).collect();
    let import = lines.iter().position(|l| l["action"] == "patient.import").expect("import row");
    let items: Vec<&serde_json::Value> = lines[import + 1..import + 4].iter().map(|l| &l["item_no"]).collect();
    assert_eq!(items, [2, 3, 4]);

    // An item altered afterwards breaks the chain at the import's row.
    let mut tx = db.pool.begin().await.expect("begin");
    sqlx::query("SET LOCAL session_replication_role = replica").execute(&mut *tx).await.expect("triggers off");
    sqlx::query("UPDATE audit_log_items SET fields = 'first_name' WHERE item_no = 3")
        .execute(&mut *tx)
        .await
        .expect("x");
    tx.commit().await.expect("commit");
    let message = found(&act(&db, &admin, &["audit", "verify"]));
    assert!(message.contains("per-entity items no longer match"), "{message}");
}

#[tokio::test]
async fn spreadsheet_quirks_are_read_as_the_user_means_them() {
    let db = TestDb::new().await;
    let admin = clinic(&db, "quirks").await;
    let dir = tempfile::tempdir().expect("dir");
    // BOM, CRLF, header in another order and case, quoted commas, quotes and a newline,
    // surrounding spaces, a US date, an empty optional field.
    let content = "\u{feff}Last_Name,MEDICAL_RECORD_NUMBER,first_name,Date_Of_Birth,address_line1,guardian_name,email\r\n\
                   \"O'Brien, Jr.\", Q-1 ,Mae,3/4/2018,\"12 \"\"Elm\"\" St\nUnit 4\",  ,\r\n";
    let file = write_file(&dir, "quirks.csv", content.as_bytes());
    ok(act(&db, &admin, &["patient", "import", &file]));
    let shown = json(&ok(act(&db, &admin, &["patient", "show", "Q-1", "-o", "json"])));
    assert_eq!(shown["last_name"], "O'Brien, Jr.");
    assert_eq!(shown["first_name"], "Mae");
    assert_eq!(shown["date_of_birth"], "2018-03-04");
    assert_eq!(shown["address_line1"], "12 \"Elm\" St\nUnit 4");
    assert!(shown["guardian_name"].is_null() && shown["email"].is_null(), "{shown}");

    let unknown =
        write_file(&dir, "unknown.csv", b"medical_record_number,first_name,last_name,date_of_birth,nickname\n");
    let message = failed(&act(&db, &admin, &["patient", "import", &unknown]));
    assert!(message.contains("line 1, column nickname: unknown column"), "{message}");
    let missing = write_file(&dir, "missing.csv", b"medical_record_number,first_name,last_name\nQ-2,Al,Bo\n");
    let message = failed(&act(&db, &admin, &["patient", "import", &missing]));
    assert!(message.contains("line 1, column date_of_birth: required column is missing"), "{message}");
    let latin1 = write_file(
        &dir,
        "latin1.csv",
        b"medical_record_number,first_name,last_name,date_of_birth\nQ-3,Ren\xe9,Bo,2015-01-01\n",
    );
    let message = failed(&act(&db, &admin, &["patient", "import", &latin1]));
    assert!(message.contains("line 2") && message.contains("not valid UTF-8"), "{message}");
    assert_eq!(count(&db, "SELECT count(*) FROM patients").await, 1);
}

/// A file with a problem of every kind; the last row is bad too.
const BAD: &str = "medical_record_number,first_name,last_name,date_of_birth,gender\n\
                   A-1,Ann,Lee,2015-01-02,female\n\
                   A-2,,Lee,2015-01-02,\n\
                   A-3,Bo,Ng,14/03/2017,\n\
                   A-1,Cy,Wu,2016-05-06,\n\
                   A-4,Di,Ko,2099-01-01,robot\n\
                   A-5,Ed,Oh\n";

#[tokio::test]
async fn every_bad_row_is_reported_by_line_and_column_and_nothing_lands() {
    let db = TestDb::new().await;
    let admin = clinic(&db, "strict").await;
    let dir = tempfile::tempdir().expect("dir");
    let file = write_file(&dir, "bad.csv", BAD.as_bytes());
    let errors = dir.path().join("errors.csv");
    let out = act(&db, &admin, &["patient", "import", &file, "--errors", &errors.display().to_string()]);
    let message = failed(&out);
    for expected in [
        "line 3, column first_name: is required",
        "line 4, column date_of_birth:",
        "line 5, column medical_record_number: MRN A-1 appears more than once in the file (lines 2, 5)",
        "line 6, column date_of_birth: 2099-01-01 is in the future",
        "line 6, column gender:",
        "line 7: has 3 fields but the header has 5",
        "nothing was imported",
    ] {
        assert!(message.contains(expected), "expected {expected:?} in:\n{message}");
    }
    let report = std::fs::read_to_string(&errors).expect("errors file");
    assert!(report.starts_with("line,column,reason\n"), "{report}");
    assert_eq!(report.lines().count(), 7, "{report}");
    assert_eq!(count(&db, "SELECT count(*) FROM patients").await, 0);
    assert_eq!(
        count(&db, "SELECT count(*) FROM audit_logs WHERE action = 'patient.import' AND outcome = 'FAILED'").await,
        1
    );

    // Only the last row is bad: still nothing lands.
    let last_bad = format!("{}\n", BAD.lines().take(2).chain(BAD.lines().last()).collect::<Vec<_>>().join("\n"));
    let file = write_file(&dir, "last-bad.csv", last_bad.as_bytes());
    let message = failed(&act(&db, &admin, &["patient", "import", &file]));
    assert!(message.contains("line 3: has 3 fields"), "{message}");
    assert_eq!(count(&db, "SELECT count(*) FROM patients").await, 0);
}

/// One pass finds every problem: an MRN repeated in the file, or one the clinic has, is
/// reported on every line that has it, whatever else is wrong on those lines.
#[tokio::test]
async fn a_repeated_or_taken_mrn_is_reported_even_on_a_line_wrong_otherwise() {
    let db = TestDb::new().await;
    let admin = clinic(&db, "onepass").await;
    let dir = tempfile::tempdir().expect("dir");
    let first = write_file(
        &dir,
        "first.csv",
        b"medical_record_number,first_name,last_name,date_of_birth\nC-1,Al,Ma,2015-01-01\n",
    );
    ok(act(&db, &admin, &["patient", "import", &first]));
    let file = write_file(
        &dir,
        "bad.csv",
        b"medical_record_number,first_name,last_name,date_of_birth,gender\n\
          A-1,Ann,Lee,2099-01-01,\n\
          B-1,Bo,Ng,2016-02-03,\n\
          A-1,Cy,Wu,2016-05-06,\n\
          C-1,Di,Ko,2017-01-01,robot\n",
    );
    let message = failed(&act(&db, &admin, &["patient", "import", &file]));
    for expected in [
        "line 2, column date_of_birth: 2099-01-01 is in the future",
        "line 4, column medical_record_number: MRN A-1 appears more than once in the file (lines 2, 4)",
        "line 5, column gender:",
        "line 5, column medical_record_number: a patient with MRN C-1 already exists",
    ] {
        assert!(message.contains(expected), "expected {expected:?} in:\n{message}");
    }
    assert_eq!(count(&db, "SELECT count(*) FROM patients").await, 1);
}

#[tokio::test]
async fn a_dry_run_reports_what_the_real_run_does_and_writes_nothing() {
    let db = TestDb::new().await;
    let admin = clinic(&db, "dry").await;
    ok(act(&db, &admin, &["patient", "import", &seed("patients.csv")]));
    let dir = tempfile::tempdir().expect("dir");
    let changed = std::fs::read_to_string(seed("patients.csv")).expect("seed").replace("555-201-0003", "555-999-0003")
        + "MRN-1004,Zoe,Park,2018-08-08,female,,,,,,,,,\n";
    let file = write_file(&dir, "changed.csv", changed.as_bytes());
    let before = count(&db, "SELECT count(*) FROM audit_log_items").await;

    let dry = json(&ok(act(&db, &admin, &["patient", "import", &file, "--mode", "upsert", "--dry-run", "-o", "json"])));
    assert_eq!(count(&db, "SELECT count(*) FROM patients").await, 3);
    assert_eq!(count(&db, "SELECT count(*) FROM patients WHERE phone = '555-999-0003'").await, 0);
    assert_eq!(count(&db, "SELECT count(*) FROM audit_log_items").await, before);

    let real = json(&ok(act(&db, &admin, &["patient", "import", &file, "--mode", "upsert", "-o", "json"])));
    assert_eq!(dry["dry_run"], true);
    assert_eq!(real["dry_run"], false);
    for key in ["rows", "created", "updated", "unchanged", "errors", "sha256", "mode"] {
        assert_eq!(dry[key], real[key], "{key}: dry {dry} real {real}");
    }
    assert_eq!(
        (real["created"].as_u64(), real["updated"].as_u64(), real["unchanged"].as_u64()),
        (Some(1), Some(1), Some(2))
    );
    let changes: serde_json::Value =
        sqlx::query_scalar("SELECT jsonb_agg(fields) FROM audit_log_items WHERE action = 'patient.update'")
            .fetch_one(&db.pool)
            .await
            .expect("items");
    assert_eq!(changes, serde_json::json!(["phone"]), "only the changed field is named");

    // With errors, the dry run's report is the real run's, line for line.
    let bad = write_file(&dir, "bad.csv", BAD.as_bytes());
    let dry = act(&db, &admin, &["patient", "import", &bad, "--dry-run"]);
    let real = act(&db, &admin, &["patient", "import", &bad]);
    assert_eq!(failed(&dry), failed(&real));
    assert_eq!(count(&db, "SELECT count(*) FROM patients").await, 4);
}

#[tokio::test]
async fn insert_mode_refuses_patients_that_exist() {
    let db = TestDb::new().await;
    let admin = clinic(&db, "again").await;
    ok(act(&db, &admin, &["patient", "import", &seed("patients.csv")]));
    let message = failed(&act(&db, &admin, &["patient", "import", &seed("patients.csv")]));
    assert!(
        message.contains(
            "line 2, column medical_record_number: a patient with MRN MRN-1001 already exists (use --mode upsert"
        ),
        "{message}"
    );
    let unchanged =
        json(&ok(act(&db, &admin, &["patient", "import", &seed("patients.csv"), "--mode", "upsert", "-o", "json"])));
    assert_eq!(unchanged["unchanged"], 3);
}

/// Kills an import once the server runs a statement beginning with `statement`, and
/// checks that nothing of it is left.
async fn kill_while_running(db: &TestDb, mut child: std::process::Child, statement: &str) {
    let running = format!(
        "SELECT count(*) FROM pg_stat_activity WHERE query LIKE '{statement}%' AND datname = current_database()"
    );
    let deadline = Instant::now() + Duration::from_secs(30);
    while count(db, &running).await == 0 {
        assert!(Instant::now() < deadline, "the import never ran {statement}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    child.kill().expect("SIGKILL");
    child.wait().expect("reap");
    // The server rolls the transaction back when it sees the connection gone.
    let deadline = Instant::now() + Duration::from_secs(30);
    while count(db, &running).await > 0 {
        assert!(Instant::now() < deadline, "the killed import's session lingers");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(count(db, "SELECT count(*) FROM patients").await, 0);
    assert_eq!(count(db, "SELECT count(*) FROM audit_log_items").await, 0);
    assert_eq!(count(db, "SELECT count(*) FROM audit_logs WHERE action = 'patient.import'").await, 0);
}

/// Killed while staging standard input, or while writing a file's rows: either way
/// nothing lands, and the clinic imports normally afterwards.
/// Another transaction holds one of the file's MRNs, uncommitted, while the import
/// writes (held deterministically: the import is seen waiting on that transaction). If
/// it commits, the import is refused with that line and nothing of it lands; if it rolls
/// back, the import writes every row.
#[tokio::test]
async fn an_import_racing_a_writer_of_the_same_mrn_waits_and_follows_its_outcome() {
    let db = TestDb::new().await;
    let admin = clinic(&db, "racing").await;
    for commit in [true, false] {
        let mut other = db.pool.begin().await.expect("begin");
        sqlx::query(
            "INSERT INTO patients (organization_id, medical_record_number, first_name, last_name, date_of_birth)
             SELECT id, 'MRN-1002', 'Other', 'Writer', DATE '2016-01-01' FROM organizations WHERE slug = 'racing'",
        )
        .execute(&mut *other)
        .await
        .expect("the other writer");
        let mut command = db.omnictl_as(&admin);
        command.args(["patient", "import", &seed("patients.csv")]);
        let import = tokio::task::spawn_blocking(move || command.output().expect("run omnictl"));
        let deadline = Instant::now() + Duration::from_secs(30);
        while count(&db, "SELECT count(*) FROM pg_locks WHERE locktype = 'transactionid' AND NOT granted").await == 0 {
            assert!(Instant::now() < deadline, "the import never waited on the other writer");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        if commit {
            other.commit().await.expect("commit");
        } else {
            other.rollback().await.expect("rollback");
        }
        let out = import.await.expect("the import");
        if commit {
            let message = failed(&out);
            assert!(
                message.contains("line 3, column medical_record_number: a patient with MRN MRN-1002 already exists"),
                "{message}"
            );
            assert_eq!(count(&db, "SELECT count(*) FROM patients").await, 1, "only the other writer's patient");
            assert_eq!(count(&db, "SELECT count(*) FROM audit_log_items").await, 0);
            // Make room for the second round.
            sqlx::query("DELETE FROM patients").execute(&db.pool).await.expect("clean up");
        } else {
            ok(out);
            assert_eq!(count(&db, "SELECT count(*) FROM patients").await, 3);
            assert_eq!(count(&db, "SELECT count(*) FROM audit_log_items WHERE action = 'patient.create'").await, 3);
        }
    }
}

#[tokio::test]
async fn a_killed_import_leaves_nothing_behind() {
    let db = TestDb::new().await;
    let admin = clinic(&db, "killed").await;
    let rows: String = std::iter::once("medical_record_number,first_name,last_name,date_of_birth\n".to_string())
        .chain((0..60_000).map(|i| format!("K-{i:06},Kim,Doe,2015-01-01\n")))
        .collect();

    let mut child = db
        .omnictl_as(&admin)
        .args(["patient", "import", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn import");
    let mut stdin = child.stdin.take().expect("stdin");
    // Enough rows that several COPY chunks reach the server before the kill.
    stdin.write_all(rows.as_bytes()).expect("rows");
    stdin.flush().expect("flush");
    kill_while_running(&db, child, "COPY patient_import").await;
    drop(stdin);

    let dir = tempfile::tempdir().expect("dir");
    let file = write_file(&dir, "many.csv", rows.as_bytes());
    let child = db
        .omnictl_as(&admin)
        .args(["patient", "import", &file])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn import");
    kill_while_running(&db, child, "WITH written AS").await;

    ok(act(&db, &admin, &["patient", "import", &seed("patients.csv")]));
}

#[tokio::test]
async fn export_from_one_clinic_and_import_into_another_reproduces_the_data() {
    let db = TestDb::new().await;
    let first = clinic(&db, "first").await;
    let second = clinic(&db, "second").await;
    ok(act(&db, &first, &["patient", "import", &seed("patients.csv")]));
    ok(act(&db, &first, &["insurance", "import", &seed("insurance.csv")]));
    let patients = stdout(&ok(act(&db, &first, &["patient", "export"])));
    let policies = stdout(&ok(act(&db, &first, &["insurance", "export"])));
    assert_eq!(patients.lines().count(), 4);
    assert_eq!(policies.lines().count(), 4);

    let dir = tempfile::tempdir().expect("dir");
    ok(act(&db, &second, &["patient", "import", &write_file(&dir, "p.csv", patients.as_bytes())]));
    ok(act(&db, &second, &["insurance", "import", &write_file(&dir, "i.csv", policies.as_bytes())]));
    assert_eq!(stdout(&ok(act(&db, &second, &["patient", "export"]))), patients);
    assert_eq!(stdout(&ok(act(&db, &second, &["insurance", "export"]))), policies);
    // Reading them was audited in each clinic, with how many.
    assert_eq!(
        count(&db, "SELECT count(*) FROM audit_logs WHERE action IN ('patient.read', 'insurance.read') AND (details->>'count')::int = 3").await,
        4
    );
}

#[tokio::test]
async fn insurance_rows_must_name_patients_and_keep_one_active_primary_each() {
    let db = TestDb::new().await;
    let admin = clinic(&db, "payers").await;
    ok(act(&db, &admin, &["patient", "import", &seed("patients.csv")]));
    ok(act(&db, &admin, &["patient", "archive", "MRN-1003"]));
    ok(act(
        &db,
        &admin,
        &[
            "insurance",
            "add",
            "--patient",
            "MRN-1001",
            "--payer",
            "Cigna",
            "--member-number",
            "C-1",
            "--start",
            "2026-01-01",
        ],
    ));
    let dir = tempfile::tempdir().expect("dir");
    let file = write_file(
        &dir,
        "policies.csv",
        b"medical_record_number,payer_name,member_number,coverage_start,coverage_end,priority\n\
          MRN-9999,Aetna,A-1,2026-01-01,,primary\n\
          MRN-1003,Aetna,A-2,2026-01-01,,primary\n\
          MRN-1001,Aetna,A-3,2026-01-01,,primary\n\
          MRN-1002,Aetna,A-4,2026-01-01,,primary\n\
          MRN-1002,Humana,H-4,2026-01-01,,PRIMARY\n\
          MRN-1002,Humana,H-4,2026-01-01,,secondary\n\
          MRN-1002,Tricare,T-4,2026-02-01,2026-01-01,primary\n",
    );
    let message = failed(&act(&db, &admin, &["insurance", "import", &file]));
    for expected in [
        "line 2, column medical_record_number: no patient with MRN MRN-9999 in this organization",
        "line 3, column medical_record_number: the patient with MRN MRN-1003 is archived",
        "line 4, column priority: the patient with MRN MRN-1001 already has an active primary policy (Cigna / C-1)",
        "line 5, column priority: MRN MRN-1002 has more than one active primary policy in the file (lines 5, 6)",
        "line 7, column member_number: the policy of MRN MRN-1002 with Humana member number H-4 appears more than once in the file (lines 6, 7)",
        "line 8, column coverage_end: 2026-01-01 is before the coverage start 2026-02-01",
    ] {
        assert!(message.contains(expected), "expected {expected:?} in:\n{message}");
    }
    assert_eq!(count(&db, "SELECT count(*) FROM patient_insurances").await, 1);

    // The database itself refuses a second active primary, whatever the tool does.
    let patient: Uuid = sqlx::query_scalar("SELECT id FROM patients WHERE medical_record_number = 'MRN-1001'")
        .fetch_one(&db.pool)
        .await
        .expect("patient");
    let direct = sqlx::query(
        "INSERT INTO patient_insurances (organization_id, patient_id, payer_name, member_number, coverage_start)
         SELECT organization_id, id, 'Aetna', 'A-9', DATE '2026-01-01' FROM patients WHERE id = $1",
    )
    .bind(patient)
    .execute(&db.pool)
    .await;
    assert!(
        matches!(&direct, Err(sqlx::Error::Database(e)) if e.constraint() == Some("patient_insurances_one_active_primary")),
        "{direct:?}"
    );
}

/// On a terminal the progress bar counts the file's rows and bytes, then names the phase
/// the import waits on. Held deterministically: the patients table is locked and the
/// import is seen (in pg_locks) waiting to write, long enough to be drawn.
#[tokio::test]
async fn an_import_on_a_terminal_counts_rows_and_says_which_phase_it_waits_on() {
    let db = TestDb::new().await;
    let admin = clinic(&db, "phases").await;
    let dir = tempfile::tempdir().expect("dir");
    let mut rows = String::from("medical_record_number,first_name,last_name,date_of_birth\n");
    for i in 0..60_000 {
        rows.push_str(&format!("P-{i:06},Kim,Doe,2015-01-01\n"));
    }
    let file = write_file(&dir, "many.csv", rows.as_bytes());
    let mut exclusive = db.pool.begin().await.expect("begin");
    sqlx::query("LOCK TABLE patients IN ACCESS EXCLUSIVE MODE").execute(&mut *exclusive).await.expect("lock");
    let import = {
        let (template, args) = (db.omnictl_as(&admin), format!("patient import {file}"));
        std::thread::spawn(move || crate::harness::terminal_run(template, &args, ""))
    };
    let mut waited = 0;
    while count(
        &db,
        "SELECT count(*) FROM pg_locks WHERE relation = 'patients'::regclass AND mode = 'RowExclusiveLock' \
         AND NOT granted",
    )
    .await
        == 0
    {
        waited += 1;
        assert!(waited < 600, "the import never waited to write");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // Long enough for the bar to be drawn with the reader stopped.
    tokio::time::sleep(Duration::from_millis(800)).await;
    exclusive.commit().await.expect("release");
    let (done, screen) = import.join().expect("the import");
    assert!(done, "{screen}");
    assert!(screen.contains("writing (60,000 row(s) read)"), "the rows read are counted: {screen}");
    assert!(screen.contains("60000 row(s) read, 60000 created"), "{screen}");
}

/// Whether a line of `text` is `-v`'s phase durations, "reading 0.1 s, checking 0.0 s, …",
/// naming exactly `phases` in this order.
fn phases_named(text: &str, phases: &[&str]) -> bool {
    text.lines().any(|line| {
        let spans: Vec<Vec<&str>> = line.split(", ").map(|span| span.split(' ').collect()).collect();
        spans.len() == phases.len()
            && spans.iter().zip(phases).all(|(span, phase)| {
                matches!(span.as_slice(), [word, seconds, "s"] if word == phase && seconds.parse::<f64>().is_ok())
            })
    })
}

/// `-v` names each phase an import went through and how long it took: a clean insert
/// reads, writes and commits; an upsert reads, checks, writes and commits; an insert the
/// MRN key refuses reads, writes, then checks to report every line.
#[tokio::test]
async fn verbose_imports_name_their_phases() {
    let db = TestDb::new().await;
    let admin = clinic(&db, "phases-v").await;
    let insert = act(&db, &admin, &["-v", "patient", "import", &seed("patients.csv")]);
    let traced = stderr(&insert);
    assert!(insert.status.success(), "{traced}");
    // A clean insert is not checked apart: the unique key checks it as it is written.
    assert!(phases_named(&traced, &["reading", "writing", "committing"]), "{traced}");

    let upsert = act(&db, &admin, &["-v", "patient", "import", &seed("patients.csv"), "--mode", "upsert"]);
    let traced = stderr(&upsert);
    assert!(upsert.status.success(), "{traced}");
    assert!(phases_named(&traced, &["reading", "checking", "writing", "committing"]), "{traced}");

    let again = act(&db, &admin, &["-v", "patient", "import", &seed("patients.csv")]);
    let traced = stderr(&again);
    assert!(!again.status.success(), "{traced}");
    // Written until the key refused an MRN, then checked to report every line.
    assert!(phases_named(&traced, &["reading", "writing", "checking"]), "{traced}");
    assert!(traced.contains("a patient with MRN MRN-1001 already exists"), "{traced}");
}
