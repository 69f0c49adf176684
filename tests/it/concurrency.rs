//! Billed as delivered, through the real binary: concurrency for one patient as payers
//! define it (one table, in the tool and in the database, racing bookings included),
//! caregiver guidance without the patient, an override of the daily maximum that
//! documents one day, a booking moved to its authorization's renewal, and one place of
//! service for the session and its appointment.

use crate::harness::{TestDb, raw_sql_in_clinic, stdout};
use crate::imports::{act, count, failed, json, ok, spawn_as};
use crate::scheduling::{BCBA, RBT, auth, book, counters, ledger_agrees, practice, rbt_login};
use crate::sessions::{booked_id, start};

/// A second BCBA, so that two QHP services for one patient can be booked at once.
const BCBA2: &str = "1987654328";

async fn practice_with_two_bcbas(db: &TestDb, slug: &str) -> String {
    let admin = practice(db, slug).await;
    ok(act(db, &admin, &["practitioner", "create", "--name", "Bea Second", "--credential", "BCBA", "--npi", BCBA2]));
    admin
}

async fn column(db: &TestDb, sql: &str, id: &str) -> Option<String> {
    sqlx::query_scalar(sql).bind(id).fetch_one(&db.pool).await.expect("the appointment")
}

fn constraint(result: &Result<sqlx::postgres::PgQueryResult, sqlx::Error>) -> Option<String> {
    match result {
        Err(sqlx::Error::Database(e)) => e.constraint().map(str::to_string),
        _ => None,
    }
}

#[tokio::test]
async fn one_patient_runs_only_the_pairs_payers_recognise_and_caregiver_guidance_without_them() {
    let db = TestDb::new().await;
    let admin = practice_with_two_bcbas(&db, "conc").await;
    for (code, number) in [("97151", "PA-51"), ("97153", "PA-53"), ("97155", "PA-55"), ("97156", "PA-56")] {
        ok(auth(&db, &admin, "MRN-1001", code, "100", number, &[]));
    }
    ok(auth(&db, &admin, "MRN-1001", "97157", "100", "PA-57A", &[]));
    ok(auth(&db, &admin, "MRN-1002", "97157", "100", "PA-57B", &[]));
    ok(auth(&db, &admin, "MRN-1002", "97156", "100", "PA-56B", &[]));

    // 97151 by one BCBA with 97155 by another for the same patient: two QHP services at once.
    let assessment =
        booked_id(book(&db, &admin, ("MRN-1001", BCBA, "97151"), "2026-11-16 09:00", "60", &["-o", "json"]));
    let message = failed(&book(&db, &admin, ("MRN-1001", BCBA2, "97155"), "2026-11-16 09:30", "30", &[]));
    assert!(message.contains("the patient is already booked at that time"), "{message}");
    assert!(message.contains("MRN-1001 has 97151 with Blair Analyst 2026-11-16 09:00–10:00"), "{message}");
    assert!(message.contains(&assessment), "{message}");
    assert!(message.contains("97155 runs beside 97153 for one patient, not 97151"), "{message}");
    // 97155 beside the technician's 97153: the one pair CPT recognises.
    let treatment = booked_id(book(&db, &admin, ("MRN-1001", RBT, "97153"), "2026-11-16 11:00", "60", &["-o", "json"]));
    let protocol =
        booked_id(book(&db, &admin, ("MRN-1001", BCBA2, "97155"), "2026-11-16 11:00", "30", &["-o", "json"]));

    // Caregiver guidance with the patient there is a second service to them: refused;
    // booked without the patient, it occupies only the practitioner.
    let message = failed(&book(&db, &admin, ("MRN-1001", BCBA, "97156"), "2026-11-16 11:00", "30", &[]));
    assert!(message.contains("97156 runs beside nothing for one patient, not 9715"), "{message}");
    let guidance = json(&ok(book(
        &db,
        &admin,
        ("MRN-1001", BCBA, "97156"),
        "2026-11-16 11:00",
        "30",
        &["--patient-absent", "-o", "json"],
    )));
    let guidance = guidance[0]["appointment_id"].as_str().expect("id").to_string();
    let shown = json(&ok(act(&db, &admin, &["appointment", "show", &guidance, "-o", "json"])));
    assert_eq!(shown["patient_absent"], true, "{shown}");
    // The practitioner is still occupied: Blair cannot be elsewhere then.
    let message =
        failed(&book(&db, &admin, ("MRN-1002", BCBA, "97156"), "2026-11-16 11:15", "30", &["--patient-absent"]));
    assert!(message.contains("the practitioner is already booked"), "{message}");
    // A code delivered to the patient cannot be booked without them: a usage error.
    let refused = book(&db, &admin, ("MRN-1001", RBT, "97153"), "2026-11-17 09:00", "60", &["--patient-absent"]);
    assert_eq!(refused.status.code(), Some(2), "{}", crate::harness::stderr(&refused));
    assert!(crate::harness::stderr(&refused).contains("--patient-absent: 97153 is delivered to the patient"));
    // 97157 (multiple-family group guidance) is without the patients by its code's rule.
    ok(book(&db, &admin, ("MRN-1001", RBT, "97153"), "2026-11-16 13:00", "60", &[]));
    let group = json(&ok(act(
        &db,
        &admin,
        &[
            "appointment",
            "create",
            "--group",
            "--patient",
            "MRN-1001",
            "--patient",
            "MRN-1002",
            "--practitioner",
            BCBA2,
            "--code",
            "97157",
            "--start",
            "2026-11-16 13:00",
            "--minutes",
            "60",
            "-o",
            "json",
        ],
    )));
    assert_eq!(group.as_array().map(Vec::len), Some(2), "{group}");
    assert_eq!(
        count(&db, "SELECT count(*) FROM appointments WHERE service_code = '97157' AND patient_absent").await,
        2
    );
    let listed = stdout(&ok(act(&db, &admin, &["appointment", "list", "--from", "2026-11-16", "--to", "2026-11-16"])));
    assert!(listed.contains("97156 (patient absent)") && listed.contains("97157 (patient absent)"), "{listed}");

    // Sessions follow the same table: the guidance session runs beside the child's
    // treatment and its 97155, and its note says the patient was not there.
    let t = start(&db, &admin, &treatment, "2026-11-16 11:00");
    let p = start(&db, &admin, &protocol, "2026-11-16 11:00");
    let g = start(&db, &admin, &guidance, "2026-11-16 11:00");
    ok(act(&db, &admin, &["session", "complete", &g, "--end", "2026-11-16 11:30"]));
    ok(act(&db, &admin, &["session", "complete", &p, "--end", "2026-11-16 11:30"]));
    ok(act(&db, &admin, &["session", "complete", &t, "--end", "2026-11-16 12:00"]));
    let note = stdout(&ok(act(&db, &admin, &["session", "note", "generate", &g])));
    assert!(note.contains("Patient present: no (caregiver guidance)"), "{note}");
    let note = stdout(&ok(act(&db, &admin, &["session", "note", "generate", &t])));
    assert!(!note.contains("Patient present:"), "{note}");

    // The database holds the same table against a clinic login's own SQL.
    let mut tx = raw_sql_in_clinic(&db, &admin, "conc").await;
    let moved = sqlx::query(
        "UPDATE appointments SET starts_at = starts_at - interval '2 hours', ends_at = ends_at - interval '2 hours'
          WHERE id = $1::uuid",
    )
    .bind(&protocol)
    .execute(&mut *tx)
    .await;
    assert_eq!(constraint(&moved).as_deref(), Some("appointments_patient_concurrency"), "{moved:?}");
    assert!(format!("{moved:?}").contains("97155 and 97151 may not run at the same time for one patient"), "{moved:?}");
    drop(tx);
    let mut tx = raw_sql_in_clinic(&db, &admin, "conc").await;
    let present = sqlx::query("UPDATE appointments SET patient_absent = true WHERE id = $1::uuid")
        .bind(&assessment)
        .execute(&mut *tx)
        .await;
    assert_eq!(constraint(&present).as_deref(), Some("appointments_patient_presence"), "{present:?}");
    drop(tx);
    let mut tx = raw_sql_in_clinic(&db, &admin, "conc").await;
    let present = sqlx::query("UPDATE appointments SET patient_absent = false WHERE id = $1::uuid")
        .bind(group[1]["appointment_id"].as_str().expect("id"))
        .execute(&mut *tx)
        .await;
    assert_eq!(constraint(&present).as_deref(), Some("appointments_patient_presence"), "{present:?}");
    drop(tx);
    // Nor can a clinic login rewrite the table.
    let mut tx = raw_sql_in_clinic(&db, &admin, "conc").await;
    let widened = sqlx::query("UPDATE service_concurrency SET concurrent_with = '{97151,97153}' WHERE code = '97155'")
        .execute(&mut *tx)
        .await;
    assert!(format!("{widened:?}").contains("permission denied"), "{widened:?}");
}

/// Two clinic logins racing to book 97151 and 97155 for one patient at one time: the
/// database compares them one after the other (the patient's booking lock), so the
/// second is refused whatever the client. Then the tool, as concurrent processes.
#[tokio::test]
async fn racing_bookings_of_one_patient_never_both_pass() {
    let db = TestDb::new().await;
    let admin = practice_with_two_bcbas(&db, "race").await;
    ok(auth(&db, &admin, "MRN-1003", "97151", "200", "PA-R51", &[]));
    ok(auth(&db, &admin, "MRN-1003", "97155", "200", "PA-R55", &[]));
    let (org, patient, blair, bea): (String, String, String, String) = sqlx::query_as(
        "SELECT o.id::text, p.id::text, b.id::text, s.id::text FROM organizations o
           JOIN patients p ON p.organization_id = o.id AND p.medical_record_number = 'MRN-1003'
           JOIN practitioners b ON b.organization_id = o.id AND b.npi = $1
           JOIN practitioners s ON s.organization_id = o.id AND s.npi = $2
          WHERE o.slug = 'race'",
    )
    .bind(BCBA)
    .bind(BCBA2)
    .fetch_one(&db.pool)
    .await
    .expect("ids");
    let insert =
        "INSERT INTO appointments (organization_id, patient_id, practitioner_id, service_code_owner, service_code,
                                            starts_at, ends_at, units)
                  VALUES ($1::uuid, $2::uuid, $3::uuid, '00000000-0000-0000-0000-000000000000', $4,
                          '2026-11-20 15:00+00', '2026-11-20 16:00+00', 4)";
    let mut first = raw_sql_in_clinic(&db, &admin, "race").await;
    sqlx::query(insert).bind(&org).bind(&patient).bind(&blair).bind("97151").execute(&mut *first).await.expect("first");
    // The second waits on the patient's lock while the first is open, then sees it.
    let second = {
        let pool = db.pool_as(&admin).await;
        let (org, patient, bea) = (org.clone(), patient.clone(), bea.clone());
        tokio::spawn(async move {
            let mut tx = pool.begin().await.expect("begin");
            sqlx::query("SELECT set_config('omnictl.organization_id', $1, true)")
                .bind(&org)
                .execute(&mut *tx)
                .await
                .expect("the clinic");
            let done = sqlx::query(insert).bind(&org).bind(&patient).bind(&bea).bind("97155").execute(&mut *tx).await;
            let outcome = constraint(&done);
            if done.is_ok() {
                tx.commit().await.expect("commit");
            }
            (done.is_ok(), outcome)
        })
    };
    crate::races::until_waiting(&db, 1).await;
    first.commit().await.expect("commit the first");
    let (passed, refused_by) = second.await.expect("the second");
    assert!(!passed, "both bookings passed");
    assert_eq!(refused_by.as_deref(), Some("appointments_patient_concurrency"));
    assert_eq!(count(&db, "SELECT count(*) FROM appointments").await, 1);

    // The tool, as processes started together, round after round: never both.
    for day in 23..=27 {
        let at = format!("2026-11-{day} 09:00");
        let a = spawn_as(
            &db,
            &admin,
            &[
                "appointment",
                "create",
                "--patient",
                "MRN-1003",
                "--practitioner",
                BCBA,
                "--code",
                "97151",
                "--start",
                &at,
                "--minutes",
                "60",
            ],
        );
        let b = spawn_as(
            &db,
            &admin,
            &[
                "appointment",
                "create",
                "--patient",
                "MRN-1003",
                "--practitioner",
                BCBA2,
                "--code",
                "97155",
                "--start",
                &at,
                "--minutes",
                "60",
            ],
        );
        let (a, b) = (a.wait_with_output().expect("a"), b.wait_with_output().expect("b"));
        let passed = [&a, &b].iter().filter(|o| o.status.success()).count();
        assert_eq!(passed, 1, "day {day}: {} / {}", crate::harness::stderr(&a), crate::harness::stderr(&b));
        let loser = if a.status.success() { &b } else { &a };
        assert!(
            crate::harness::stderr(loser).contains("the patient is already booked at that time"),
            "{}",
            crate::harness::stderr(loser)
        );
    }
    ledger_agrees(&db, "PA-R51").await;
    ledger_agrees(&db, "PA-R55").await;
}

#[tokio::test]
async fn an_override_of_the_daily_maximum_documents_one_day() {
    let db = TestDb::new().await;
    let admin = practice(&db, "perday").await;
    let staff = rbt_login("perday");
    ok(auth(&db, &admin, "MRN-1002", "97151", "100", "PA-O", &[]));
    let who = ("MRN-1002", BCBA, "97151");
    // 97151's maximum is 8 units: the 16th and the 17th are full; the 17th's extra hour
    // is an ADMIN's documented override.
    ok(book(&db, &admin, who, "2026-11-16 09:00", "120", &[]));
    ok(book(&db, &admin, who, "2026-11-17 09:00", "120", &[]));
    let reason = "reassessment after a hospital stay";
    let over = json(&ok(book(
        &db,
        &admin,
        who,
        "2026-11-17 13:00",
        "60",
        &["--override-daily-max", "--reason", reason, "-o", "json"],
    )));
    assert_eq!(over[0]["daily_max_override"].as_str(), Some(reason));
    let over = over[0]["appointment_id"].as_str().expect("id").to_string();

    // Moved by STAFF onto a full day: the old reason does not come along.
    let message = failed(&act(&db, &staff, &["appointment", "reschedule", &over, "--start", "2026-11-16 13:00"]));
    assert!(
        message.contains("would receive 12 units of 97151 on 2026-11-16, over its daily maximum of 8"),
        "{message}"
    );
    let message = failed(&act(
        &db,
        &staff,
        &["appointment", "reschedule", &over, "--start", "2026-11-16 13:00", "--override-daily-max", "--reason", "x"],
    ));
    assert!(message.contains("only a clinic ADMIN may override a code's daily maximum"), "{message}");
    // Within its own day it keeps its override.
    ok(act(&db, &staff, &["appointment", "reschedule", &over, "--start", "2026-11-17 14:00"]));
    assert_eq!(
        column(&db, "SELECT daily_max_override FROM appointments WHERE id = $1::uuid", &over).await.as_deref(),
        Some(reason)
    );
    // To a day with room: moved, the override dropped.
    let moved =
        json(&ok(act(&db, &staff, &["appointment", "reschedule", &over, "--start", "2026-11-18 13:00", "-o", "json"])));
    assert_eq!(moved["daily_max_override"], serde_json::Value::Null, "{moved}");
    // Onto the full 16th by the ADMIN, with a reason of that day.
    let again = "family available only that day";
    let moved = json(&ok(act(
        &db,
        &admin,
        &[
            "appointment",
            "reschedule",
            &over,
            "--start",
            "2026-11-16 13:00",
            "--override-daily-max",
            "--reason",
            again,
            "-o",
            "json",
        ],
    )));
    assert_eq!(moved["daily_max_override"].as_str(), Some(again), "{moved}");
    let day = column(&db, "SELECT daily_max_override_day::text FROM appointments WHERE id = $1::uuid", &over).await;
    assert_eq!(day.as_deref(), Some("2026-11-16"));
    let audited = count(
        &db,
        "SELECT count(*) FROM audit_logs WHERE action = 'appointment.reschedule' AND changes ? 'daily_max_override'",
    )
    .await;
    assert_eq!(audited, 2, "kept within the day is no change; dropped, and written again, are");
    ledger_agrees(&db, "PA-O").await;

    // Raw SQL by STAFF cannot carry the reason to another day: moved onto the full 17th
    // it is counted there, and refused.
    let shift = "UPDATE appointments SET starts_at = starts_at + $2::interval, ends_at = ends_at + $2::interval
                  WHERE id = $1::uuid";
    let mut tx = raw_sql_in_clinic(&db, &staff, "perday").await;
    let carried = sqlx::query(shift).bind(&over).bind("1 day").execute(&mut *tx).await;
    assert_eq!(constraint(&carried).as_deref(), Some("appointments_daily_max"), "{carried:?}");
    drop(tx);
    // Onto a free day it moves, without the reason.
    let mut tx = raw_sql_in_clinic(&db, &staff, "perday").await;
    sqlx::query(shift).bind(&over).bind("3 days").execute(&mut *tx).await.expect("a free day");
    let left: (Option<String>, Option<String>) =
        sqlx::query_as("SELECT daily_max_override, daily_max_override_day::text FROM appointments WHERE id = $1::uuid")
            .bind(&over)
            .fetch_one(&mut *tx)
            .await
            .expect("the appointment");
    assert_eq!(left, (None, None));
    tx.rollback().await.expect("rollback");
    // Nor can STAFF date the old reason again for the new day.
    let mut tx = raw_sql_in_clinic(&db, &staff, "perday").await;
    let redated = sqlx::query(
        "UPDATE appointments SET starts_at = starts_at + interval '1 day', ends_at = ends_at + interval '1 day',
                                 daily_max_override_day = daily_max_override_day + 1
          WHERE id = $1::uuid",
    )
    .bind(&over)
    .execute(&mut *tx)
    .await;
    assert!(format!("{redated:?}").contains("only a clinic ADMIN"), "{redated:?}");
}

#[tokio::test]
async fn a_booking_moves_to_its_authorizations_renewal_with_its_units() {
    let db = TestDb::new().await;
    let admin = practice(&db, "renew").await;
    let create = |number: &str, start: &str, end: &str| {
        act(
            &db,
            &admin,
            &[
                "auth",
                "create",
                "--patient",
                "MRN-1003",
                "--code",
                "97153",
                "--units",
                "40",
                "--start",
                start,
                "--end",
                end,
                "--number",
                number,
            ],
        )
    };
    ok(create("PA-OLD", "2026-11-01", "2026-11-30"));
    let a = booked_id(book(&db, &admin, ("MRN-1003", RBT, "97153"), "2026-11-20 09:00", "60", &["-o", "json"]));
    let b = booked_id(book(&db, &admin, ("MRN-1003", RBT, "97153"), "2026-11-23 09:00", "60", &["-o", "json"]));
    // The payer renewed from the 16th; the old one ends on the 15th, its bookings kept.
    ok(create("PA-NEW", "2026-11-16", "2027-05-31"));
    ok(act(&db, &admin, &["auth", "update", "PA-OLD", "--end", "2026-11-15", "--keep-affected"]));
    let flagged = json(&ok(act(&db, &admin, &["appointment", "list", "--needs-attention", "-o", "json"])));
    assert_eq!(flagged.as_array().map(Vec::len), Some(2), "{flagged}");
    let message = failed(&act(&db, &admin, &["appointment", "reschedule", &a, "--start", "2026-11-20 10:00"]));
    assert!(message.contains("is outside the authorization PA-OLD"), "{message}");
    ok(auth(&db, &admin, "MRN-1003", "97155", "10", "PA-OTHER", &[]));
    let message = failed(&act(&db, &admin, &["appointment", "reschedule", &a, "--auth", "PA-OTHER"]));
    assert!(message.contains("is for 97155, not 97153"), "{message}");
    assert_eq!((counters(&db, "PA-OLD").await, counters(&db, "PA-NEW").await), ((0, 8), (0, 0)));

    // Onto the renewal where it is, and the other with a new time: the units move together.
    let moved = json(&ok(act(&db, &admin, &["appointment", "reschedule", &a, "--auth", "PA-NEW", "-o", "json"])));
    assert_eq!(
        (moved["authorization_number"].as_str(), moved["start"].as_str()),
        (Some("PA-NEW"), Some("2026-11-20T09:00:00"))
    );
    assert_eq!(moved["attention"], serde_json::Value::Null, "{moved}");
    ok(act(&db, &admin, &["appointment", "reschedule", &b, "--auth", "PA-NEW", "--start", "2026-11-24 10:00"]));
    assert_eq!((counters(&db, "PA-OLD").await, counters(&db, "PA-NEW").await), ((0, 0), (0, 8)));
    ledger_agrees(&db, "PA-OLD").await;
    ledger_agrees(&db, "PA-NEW").await;
    let ledger: Vec<(String, String, i32)> = sqlx::query_as(
        "SELECT a.authorization_number, e.kind::text, e.scheduled_delta FROM authorization_unit_events e
           JOIN authorizations a ON a.id = e.authorization_id
          WHERE e.appointment_id = $1::uuid ORDER BY e.entry_no",
    )
    .bind(&a)
    .fetch_all(&db.pool)
    .await
    .expect("ledger");
    let expected = [("PA-OLD", "RESERVE", 4), ("PA-OLD", "RELEASE", -4), ("PA-NEW", "RESERVE", 4)];
    assert_eq!(ledger, expected.map(|(n, k, d)| (n.to_string(), k.to_string(), d)));
    let none = json(&ok(act(&db, &admin, &["appointment", "list", "--needs-attention", "-o", "json"])));
    assert_eq!(none.as_array().map(Vec::len), Some(0), "{none}");
    let changes: serde_json::Value = sqlx::query_scalar(
        "SELECT changes FROM audit_logs WHERE action = 'appointment.reschedule' AND outcome = 'SUCCESS'
          ORDER BY chain_seq LIMIT 1",
    )
    .fetch_one(&db.pool)
    .await
    .expect("audit");
    assert_eq!(changes["authorization"], serde_json::json!({ "old": "PA-OLD", "new": "PA-NEW" }), "{changes}");
    // A reschedule names what changes.
    let usage = act(&db, &admin, &["appointment", "reschedule", &a]);
    assert_eq!(usage.status.code(), Some(2), "{}", crate::harness::stderr(&usage));
}

#[tokio::test]
async fn the_appointment_shows_the_place_its_session_was_delivered() {
    let db = TestDb::new().await;
    let admin = practice(&db, "oneplace").await;
    ok(auth(&db, &admin, "MRN-1001", "97153", "100", "PA-PL", &[]));
    // Booked in the clinic, delivered by telehealth at home: the clinic's modifier.
    let clinic = booked_id(book(&db, &admin, ("MRN-1001", RBT, "97153"), "2026-11-16 09:00", "60", &["-o", "json"]));
    let started = json(&ok(act(
        &db,
        &admin,
        &[
            "session",
            "start",
            "--appointment",
            &clinic,
            "--at",
            "2026-11-16 09:00",
            "--place",
            "telehealth-home",
            "-o",
            "json",
        ],
    )));
    assert_eq!(
        (started["place_of_service"].as_str(), started["telehealth_modifier"].as_str()),
        (Some("TELEHEALTH_HOME"), Some("95"))
    );
    let first = started["id"].as_str().expect("id");
    ok(act(&db, &admin, &["session", "complete", first, "--end", "2026-11-16 10:00"]));
    // Booked as telehealth (GT), delivered at home: no modifier any more.
    let tele = booked_id(book(
        &db,
        &admin,
        ("MRN-1001", RBT, "97153"),
        "2026-11-17 09:00",
        "60",
        &["--place", "telehealth", "--modifier", "gt", "-o", "json"],
    ));
    let s = json(&ok(act(
        &db,
        &admin,
        &["session", "start", "--appointment", &tele, "--at", "2026-11-17 09:00", "--place", "home", "-o", "json"],
    )));
    assert_eq!((s["place_of_service"].as_str(), s["telehealth_modifier"].as_str()), (Some("HOME"), None));
    ok(act(&db, &admin, &["session", "complete", s["id"].as_str().expect("id"), "--end", "2026-11-17 10:00"]));
    let csv = stdout(&ok(act(
        &db,
        &admin,
        &["appointment", "list", "--from", "2026-11-16", "--to", "2026-11-17", "-o", "csv"],
    )));
    let lines: Vec<&str> = csv.lines().collect();
    assert!(lines[1].contains("telehealth-home (POS 10, modifier 95)"), "{csv}");
    assert!(lines[2].contains("home (POS 12)") && !lines[2].contains("POS 02"), "{csv}");
    let sessions = stdout(&ok(act(&db, &admin, &["session", "list", "-o", "csv"])));
    assert!(
        sessions.contains("telehealth-home (POS 10, modifier 95)") && sessions.contains("home (POS 12)"),
        "{sessions}"
    );
    // The start's audit row says the appointment's place changed.
    let changes: serde_json::Value =
        sqlx::query_scalar("SELECT changes FROM audit_logs WHERE action = 'session.start' AND entity_id = $1")
            .bind(s["id"].as_str().expect("id"))
            .fetch_one(&db.pool)
            .await
            .expect("audit");
    assert_eq!(
        changes["appointment_place"],
        serde_json::json!({ "old": "telehealth (POS 02, modifier GT)", "new": "home (POS 12)" }),
        "{changes}"
    );
    // Where it was booked, nothing changes.
    let same = booked_id(book(&db, &admin, ("MRN-1001", RBT, "97153"), "2026-11-18 09:00", "60", &["-o", "json"]));
    let s = start(&db, &admin, &same, "2026-11-18 09:00");
    let changes: serde_json::Value =
        sqlx::query_scalar("SELECT changes FROM audit_logs WHERE action = 'session.start' AND entity_id = $1")
            .bind(&s)
            .fetch_one(&db.pool)
            .await
            .expect("audit");
    assert!(changes.get("appointment_place").is_none(), "{changes}");
}
