//! Reads that stream patient data out are on the record before the first row leaves:
//! a reader that closes the pipe, a killed export and an export under break-the-glass
//! each leave their audit rows, and the outcome says how many rows were written.

use std::io::{BufRead, BufReader, Write};
use std::process::Child;

use uuid::Uuid;

use crate::harness::{TestDb, stderr};
use crate::imports::{act, clinic, ok, spawn_as};
use crate::operators::ROOT;

const PATIENTS: usize = 5000;

/// A clinic of `PATIENTS` synthetic patients (far more than a pipe holds).
async fn crowded_clinic(db: &TestDb, slug: &str) -> String {
    let admin = clinic(db, slug).await;
    let mut file = tempfile::NamedTempFile::new().expect("temp file");
    writeln!(file, "medical_record_number,first_name,last_name,date_of_birth").expect("write");
    for n in 0..PATIENTS {
        writeln!(file, "X-{n:05},Test,Patient{n},2018-01-01").expect("write");
    }
    ok(act(db, &admin, &["patient", "import", &file.path().display().to_string()]));
    admin
}

/// Reads the export's first line (its header), which it writes only after its audit row
/// committed; then the export blocks on the full pipe.
fn first_line(child: &mut Child) -> String {
    let mut line = String::new();
    BufReader::new(child.stdout.as_mut().expect("stdout")).read_line(&mut line).expect("read");
    line
}

/// The export rows of `action` since the test began, oldest first: (phase, count, started id, interruption, grant).
async fn export_rows(
    db: &TestDb,
    action: &str,
) -> Vec<(String, Option<i64>, Option<String>, Option<String>, Option<String>)> {
    sqlx::query_as(
        "SELECT details->>'phase', (details->>'count')::bigint, details->>'started_audit_id', details->>'interruption',
                details->>'break_glass_grant'
           FROM audit_logs WHERE action = $1 AND details ? 'phase' ORDER BY chain_key, chain_seq",
    )
    .bind(action)
    .fetch_all(&db.pool)
    .await
    .expect("audit rows")
}

#[tokio::test]
async fn a_reader_that_closes_the_pipe_leaves_the_export_on_the_record_as_interrupted() {
    let db = TestDb::new().await;
    let admin = crowded_clinic(&db, "piped").await;
    let mut child = spawn_as(&db, &admin, &["patient", "export"]);
    assert!(first_line(&mut child).starts_with("medical_record_number,"));
    drop(child.stdout.take()); // `| head -n 1`
    let output = child.wait_with_output().expect("wait");
    assert!(output.status.success(), "a closed pipe ends the export quietly: {}", stderr(&output));
    let rows = export_rows(&db, "patient.read").await;
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert_eq!(rows[0].0, "started");
    let (phase, count, started, interruption, _) = &rows[1];
    assert_eq!(phase, "interrupted");
    assert!(count.is_some_and(|n| (n as usize) < PATIENTS), "rows written before the reader left: {count:?}");
    assert_eq!(interruption.as_deref(), Some("the reader closed the output"));
    let started = Uuid::parse_str(started.as_deref().expect("the outcome names its start")).expect("uuid");
    let start_exists: bool = sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM audit_logs WHERE id = $1)")
        .bind(started)
        .fetch_one(&db.pool)
        .await
        .expect("start");
    assert!(start_exists);

    // The same with the insurance and audit exports: on the record before anything leaves.
    let mut child = spawn_as(&db, &admin, &["audit", "export", "--format", "jsonl"]);
    first_line(&mut child);
    drop(child.stdout.take());
    assert!(child.wait().expect("wait").success());
    assert_eq!(export_rows(&db, "audit.export").await.first().map(|r| r.0.clone()), Some("started".to_string()));
    ok(act(&db, &admin, &["insurance", "export"]));
    let insurance = export_rows(&db, "insurance.read").await;
    assert_eq!(
        insurance.iter().map(|r| (r.0.as_str(), r.1)).collect::<Vec<_>>(),
        [("started", None), ("completed", Some(0))]
    );
    ok(act(&db, &admin, &["audit", "verify"]));
}

#[tokio::test]
async fn a_killed_export_leaves_its_start_on_the_record() {
    let db = TestDb::new().await;
    let admin = crowded_clinic(&db, "killed").await;
    let mut child = spawn_as(&db, &admin, &["patient", "export"]);
    first_line(&mut child);
    child.kill().expect("kill -9");
    child.wait().expect("reap");
    let rows = export_rows(&db, "patient.read").await;
    assert_eq!(rows.iter().map(|r| r.0.as_str()).collect::<Vec<_>>(), ["started"], "{rows:?}");

    // A complete export says so, with the number of rows.
    let done = ok(act(&db, &admin, &["patient", "export"]));
    assert_eq!(String::from_utf8_lossy(&done.stdout).lines().count(), PATIENTS + 1);
    let rows = export_rows(&db, "patient.read").await;
    assert_eq!(rows.last().map(|r| (r.0.as_str(), r.1)), Some(("completed", Some(PATIENTS as i64))));
}

#[tokio::test]
async fn an_export_under_break_the_glass_names_the_grant_before_any_row_leaves() {
    let db = TestDb::new().await;
    crowded_clinic(&db, "glass").await;
    ok(act(
        &db,
        ROOT,
        &["access", "break-glass", "--org", "glass", "--reason", "payer audit request 7731", "--minutes", "15"],
    ));
    let mut child = spawn_as(&db, ROOT, &["patient", "export", "--org", "glass"]);
    first_line(&mut child);
    let rows = export_rows(&db, "patient.read").await;
    assert_eq!(rows.len(), 1, "the start is committed while the export is still running: {rows:?}");
    assert_eq!(rows[0].0, "started");
    let grant: Uuid = sqlx::query_scalar("SELECT id FROM break_glass_grants").fetch_one(&db.pool).await.expect("grant");
    assert_eq!(rows[0].4.as_deref(), Some(grant.to_string().as_str()), "the start names the grant");
    child.kill().expect("kill");
    child.wait().expect("reap");
}
