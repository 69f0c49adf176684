//! `omnictl patient` and `omnictl insurance` one record at a time, through the real
//! binary: natural keys enforced by the database with sentences naming the record,
//! archiving instead of deleting, roles, and audit rows that name PHI fields only.

use uuid::Uuid;

use crate::fixtures::{PLATFORM, seed_service_codes};
use crate::harness::TestDb;
use crate::imports::{act, clinic, count, failed, json, ok};
use crate::operators::ROOT;

const CREATE_AVA: [&str; 12] = [
    "patient",
    "create",
    "--mrn",
    "MRN-7",
    "--first-name",
    "Ava",
    "--last-name",
    "Martinez",
    "--dob",
    "3/14/2017",
    "--gender",
    "F",
];

#[tokio::test]
async fn patients_are_created_found_searched_archived_and_never_duplicated() {
    let db = TestDb::new().await;
    let admin = clinic(&db, "north").await;
    let created = json(&ok(act(&db, &admin, &[&CREATE_AVA[..], &["-o", "json"]].concat())));
    assert_eq!(created["gender"], "female");
    assert_eq!(created["date_of_birth"], "2017-03-14");
    let id = created["id"].as_str().expect("id").to_string();
    assert_eq!(json(&ok(act(&db, &admin, &["patient", "show", &id, "-o", "json"])))["medical_record_number"], "MRN-7");

    let message = failed(&act(&db, &admin, &CREATE_AVA));
    assert!(message.contains("could not create the patient MRN-7"), "{message}");
    assert!(message.contains("a patient with that MRN already exists"), "{message}");
    let message = failed(&act(
        &db,
        &admin,
        &["patient", "create", "--mrn", "X", "--first-name", "A", "--last-name", "B", "--dob", "2090-01-01"],
    ));
    assert!(message.contains("--dob") && message.contains("in the future"), "{message}");

    ok(act(
        &db,
        &admin,
        &["patient", "create", "--mrn", "MRN-8", "--first-name", "Noah", "--last-name", "Kim", "--dob", "2016-11-02"],
    ));
    let found = json(&ok(act(&db, &admin, &["patient", "list", "--search", "mart", "-o", "json"])));
    assert_eq!(found.as_array().map(Vec::len), Some(1), "{found}");

    ok(act(&db, &admin, &["patient", "archive", "MRN-7"]));
    assert_eq!(json(&ok(act(&db, &admin, &["patient", "list", "-o", "json"]))).as_array().map(Vec::len), Some(1));
    let all = json(&ok(act(&db, &admin, &["patient", "list", "--include-archived", "-o", "json"])));
    assert_eq!(all.as_array().map(Vec::len), Some(2));
    ok(act(&db, &admin, &["patient", "unarchive", "MRN-7"]));
    let updated = json(&ok(act(&db, &admin, &["patient", "update", "MRN-7", "--phone", "555-0100", "-o", "json"])));
    assert_eq!(updated["phone"], "555-0100");

    // The audit trail names PHI fields, never their values.
    let changes: serde_json::Value =
        sqlx::query_scalar("SELECT changes FROM audit_logs WHERE action = 'patient.update' AND outcome = 'SUCCESS'")
            .fetch_one(&db.pool)
            .await
            .expect("update row");
    assert_eq!(changes, serde_json::json!({ "phone": { "phi": true } }));
    assert_eq!(
        count(
            &db,
            "SELECT count(*) FROM audit_logs WHERE changes::text LIKE '%Martinez%' OR details::text LIKE '%Martinez%'"
        )
        .await,
        0
    );
    // Reads are on the record with how many.
    assert!(
        count(
            &db,
            "SELECT count(*) FROM audit_logs WHERE action = 'patient.read' AND details->>'command' = 'patient list'"
        )
        .await
            >= 3
    );
}

#[tokio::test]
async fn staff_read_patients_but_only_an_admin_changes_them() {
    let db = TestDb::new().await;
    let admin = clinic(&db, "roles").await;
    ok(act(
        &db,
        ROOT,
        &["user", "create", "--org", "roles", "--email", "staff@roles.example", "--name", "Staff", "--role", "staff"],
    ));
    ok(act(&db, &admin, &CREATE_AVA));
    ok(act(&db, "staff@roles.example", &["patient", "show", "MRN-7"]));
    // A record that is not there has its own exit code (3), and the miss is on the record.
    let message = crate::imports::missing(&act(&db, "staff@roles.example", &["patient", "show", "MRN-404"]));
    assert!(message.contains("no patient with MRN or id MRN-404"), "{message}");
    assert_eq!(
        count(&db, "SELECT count(*) FROM audit_logs WHERE action = 'patient.read' AND outcome = 'FAILED'").await,
        1
    );
    ok(act(&db, "staff@roles.example", &["insurance", "list", "--patient", "MRN-7"]));
    let message = failed(&act(&db, "staff@roles.example", &["patient", "archive", "MRN-7"]));
    assert!(message.contains("ADMIN"), "{message}");
    let message =
        failed(&act(&db, "staff@roles.example", &["insurance", "import", &crate::imports::seed("insurance.csv")]));
    assert!(message.contains("ADMIN"), "{message}");
    assert_eq!(count(&db, "SELECT count(*) FROM audit_logs WHERE outcome = 'DENIED' AND action IN ('patient.archive', 'insurance.import')").await, 2);
    // A super admin without a break-glass grant reads no patient data.
    let message = failed(&act(&db, ROOT, &["patient", "list", "--org", "roles"]));
    assert!(message.contains("break-glass"), "{message}");
}

#[tokio::test]
async fn insurance_policies_keep_one_active_primary_and_end_rather_than_vanish() {
    let db = TestDb::new().await;
    let admin = clinic(&db, "policies").await;
    ok(act(&db, &admin, &CREATE_AVA));
    let add = |payer: &str, member: &str, extra: &[&str]| {
        let mut args = vec![
            "insurance",
            "add",
            "--patient",
            "MRN-7",
            "--payer",
            payer,
            "--member-number",
            member,
            "--start",
            "2026-01-01",
        ];
        args.extend_from_slice(extra);
        args.extend_from_slice(&["-o", "json"]);
        act(&db, &admin, &args)
    };
    let primary = json(&ok(add("Blue Cross", "BC-1", &["--relationship", "child", "--group", "G-7"])));
    assert_eq!(
        (primary["priority"].as_str(), primary["subscriber_relationship"].as_str()),
        (Some("primary"), Some("child"))
    );
    let message = failed(&add("Aetna", "AE-1", &[]));
    assert!(message.contains("already has an active primary policy"), "{message}");
    let message = failed(&add("Blue Cross", "BC-1", &["--priority", "secondary"]));
    assert!(message.contains("already has a policy with that payer and member number"), "{message}");
    ok(add("Aetna", "AE-1", &["--priority", "secondary"]));
    let message = failed(&add("Humana", "H-1", &["--priority", "secondary", "--end", "2025-12-31"]));
    assert!(message.contains("--end: 2025-12-31 is before the coverage start"), "{message}");

    // Ending the primary in the past frees the place for a new one; the old one stays.
    let id = primary["id"].as_str().expect("id").to_string();
    let ended = json(&ok(act(&db, &admin, &["insurance", "end", &id, "--date", "2026-06-30", "-o", "json"])));
    assert_eq!((ended["coverage_end"].as_str(), ended["is_active"].as_bool()), (Some("2026-06-30"), Some(false)));
    ok(add("Cigna", "CI-1", &[]));
    let listed = json(&ok(act(&db, &admin, &["insurance", "list", "--patient", "MRN-7", "-o", "json"])));
    assert_eq!(listed.as_array().map(Vec::len), Some(3), "{listed}");
    let updated = json(&ok(act(&db, &admin, &["insurance", "update", &id, "--group", "", "-o", "json"])));
    assert!(updated["group_number"].is_null(), "{updated}");

    // A policy an authorization refers to cannot be removed; one entered by mistake can.
    seed_service_codes(&db.pool).await;
    let policy = Uuid::parse_str(&id).expect("uuid");
    sqlx::query(
        "INSERT INTO authorizations (organization_id, patient_id, insurance_id, service_code_owner, service_code,
                                     start_date, end_date, total_units)
         SELECT organization_id, patient_id, id, $2, '97153', '2026-01-01', '2026-06-30', 40
           FROM patient_insurances WHERE id = $1",
    )
    .bind(policy)
    .bind(PLATFORM)
    .execute(&db.pool)
    .await
    .expect("authorization");
    let message = failed(&act(&db, &admin, &["-y", "insurance", "remove", &id]));
    assert!(message.contains("authorizations refer to this policy"), "{message}");
    let message = failed(&act(&db, &admin, &["insurance", "remove", listed[1]["id"].as_str().unwrap_or_default()]));
    assert!(message.contains("pass --yes"), "{message}");
    ok(act(&db, &admin, &["-y", "insurance", "remove", listed[1]["id"].as_str().unwrap_or_default()]));
    assert_eq!(count(&db, "SELECT count(*) FROM patient_insurances").await, 2);
    assert_eq!(
        count(&db, "SELECT count(*) FROM audit_logs WHERE action = 'insurance.remove' AND outcome = 'SUCCESS'").await,
        1
    );
}
