//! `omnictl auth` and `omnictl appointment` through the real binary: every booking rule
//! refuses with its sentence, units move only through the ledger, weekly series are all
//! or nothing, concurrent processes never overbook, and the cron reports and sweep.

use std::process::{Output, Stdio};

use uuid::Uuid;

use crate::harness::{TestDb, clinic_today, stdout};
use crate::imports::{act, clinic, count, failed, json, ok, seed};
use crate::operators::ROOT;

pub const RBT: &str = "1234567893";
pub const BCBA: &str = "1245319599";
const RETIRED: &str = "1234567802";
pub const LAPSED: &str = "1234567810";

/// A clinic with patients, practitioners and the service codes; returns the admin.
/// The login of the practice's RBT (Riley Tech), who signs their sessions' notes.
pub fn rbt_login(slug: &str) -> String {
    format!("riley@{slug}.test")
}

/// The login of the practice's BCBA (Blair Analyst), who co-signs as supervisor.
pub fn bcba_login(slug: &str) -> String {
    format!("blair@{slug}.test")
}

pub async fn practice(db: &TestDb, slug: &str) -> String {
    let admin = clinic(db, slug).await;
    ok(act(db, ROOT, &["seed", "service-codes"]));
    ok(act(db, &admin, &["patient", "import", &seed("patients.csv")]));
    for (name, credential, npi) in
        [("Riley Tech", "RBT", RBT), ("Blair Analyst", "BCBA", BCBA), ("Retired Tech", "RBT", RETIRED)]
    {
        ok(act(db, &admin, &["practitioner", "create", "--name", name, "--credential", credential, "--npi", npi]));
    }
    // The technician and the analyst sign their own notes with logins of their own.
    for (who, name, npi) in [("riley", "Riley Tech", RBT), ("blair", "Blair Analyst", BCBA)] {
        let email = format!("{who}@{slug}.test");
        ok(act(db, &admin, &["user", "create", "--email", &email, "--name", name, "--role", "staff"]));
        ok(act(db, &admin, &["practitioner", "update", npi, "--user", &email]));
    }
    ok(act(db, &admin, &["practitioner", "deactivate", RETIRED]));
    ok(act(
        db,
        &admin,
        &[
            "practitioner",
            "create",
            "--name",
            "Lapsed Tech",
            "--credential",
            "RBT",
            "--npi",
            LAPSED,
            "--credential-valid-until",
            "2026-12-15",
        ],
    ));
    admin
}

pub fn auth(db: &TestDb, admin: &str, mrn: &str, code: &str, units: &str, number: &str, extra: &[&str]) -> Output {
    let mut args = vec![
        "auth",
        "create",
        "--patient",
        mrn,
        "--code",
        code,
        "--units",
        units,
        "--start",
        "2026-11-01",
        "--end",
        "2027-05-31",
        "--number",
        number,
    ];
    args.extend_from_slice(extra);
    act(db, admin, &args)
}

/// Books (patient MRN, practitioner NPI, code) at `start` for `minutes`.
pub fn book(
    db: &TestDb,
    operator: &str,
    who: (&str, &str, &str),
    start: &str,
    minutes: &str,
    extra: &[&str],
) -> Output {
    let (mrn, npi, code) = who;
    let mut args = vec![
        "appointment",
        "create",
        "--patient",
        mrn,
        "--practitioner",
        npi,
        "--code",
        code,
        "--start",
        start,
        "--minutes",
        minutes,
    ];
    args.extend_from_slice(extra);
    act(db, operator, &args)
}

pub async fn counters(db: &TestDb, number: &str) -> (i32, i32) {
    sqlx::query_as("SELECT used_units, scheduled_units FROM authorizations WHERE authorization_number = $1")
        .bind(number)
        .fetch_one(&db.pool)
        .await
        .expect("authorization")
}

/// scheduled_units equals both the ledger's sum and the units of the appointments that hold
/// them (scheduled, or in progress until their session ends).
pub async fn ledger_agrees(db: &TestDb, number: &str) {
    let (scheduled, ledger, booked): (i32, i64, i64) = sqlx::query_as(
        "SELECT a.scheduled_units,
                (SELECT coalesce(sum(scheduled_delta), 0) FROM authorization_unit_events e WHERE e.authorization_id = a.id),
                (SELECT coalesce(sum(units), 0) FROM appointments ap
                  WHERE ap.authorization_id = a.id AND ap.status IN ('SCHEDULED', 'IN_PROGRESS'))
           FROM authorizations a WHERE a.authorization_number = $1",
    )
    .bind(number)
    .fetch_one(&db.pool)
    .await
    .expect("counters");
    assert_eq!((i64::from(scheduled), i64::from(scheduled)), (ledger, booked), "{number}: counters, ledger, bookings");
}

#[tokio::test]
async fn every_booking_rule_refuses_with_its_sentence() {
    let db = TestDb::new().await;
    let admin = practice(&db, "rules").await;
    ok(auth(&db, &admin, "MRN-1001", "97153", "12", "PA-53", &[]));
    ok(auth(&db, &admin, "MRN-1002", "97153", "40", "PA-OTHER", &[]));
    ok(auth(&db, &admin, "MRN-1001", "97155", "40", "PA-55", &[]));
    ok(auth(&db, &admin, "MRN-1001", "97151", "40", "PA-51", &[]));
    ok(auth(&db, &admin, "MRN-1003", "97153", "40", "PA-PENDING", &["--status", "pending"]));

    let booked = json(&ok(book(&db, &admin, ("MRN-1001", RBT, "97153"), "2026-12-01 09:00", "60", &["-o", "json"])));
    assert_eq!(booked[0]["units"], 4);
    assert_eq!(booked[0]["authorization"], "PA-53");
    // 97155 by the BCBA beside the technician's 97153: the one recognised overlap.
    ok(book(&db, &admin, ("MRN-1001", BCBA, "97155"), "2026-12-01 09:30", "30", &[]));

    let cases: Vec<(Output, &str)> = vec![
        (book(&db, &admin, ("MRN-1001", RETIRED, "97153"), "2026-12-02 09:00", "60", &[]), "is inactive"),
        (
            book(&db, &admin, ("MRN-1001", RBT, "97155"), "2026-12-02 09:00", "60", &[]),
            "may not render 97155: it needs one of BCBA, BCBA-D",
        ),
        (book(&db, &admin, ("MRN-1001", LAPSED, "97153"), "2026-12-16 09:00", "60", &[]), "expired on 2026-12-15"),
        (
            book(&db, &admin, ("MRN-1001", RBT, "97153"), "2026-12-02 09:00", "60", &["--auth", "PA-OTHER"]),
            "is for another patient",
        ),
        (
            book(&db, &admin, ("MRN-1001", RBT, "97153"), "2026-12-02 09:00", "60", &["--auth", "PA-55"]),
            "is for 97155, not 97153",
        ),
        (
            book(&db, &admin, ("MRN-1003", RBT, "97153"), "2026-12-02 09:00", "60", &["--auth", "PA-PENDING"]),
            "is not ACTIVE",
        ),
        (
            book(&db, &admin, ("MRN-1001", RBT, "97153"), "2027-06-02 09:00", "60", &[]),
            "no ACTIVE authorization of the patient MRN-1001 for 97153 covers 2027-06-02; found:\n  PA-53",
        ),
        (
            book(&db, &admin, ("MRN-1002", BCBA, "97155"), "2026-12-02 09:00", "60", &[]),
            "has no authorization for 97155",
        ),
        (
            book(&db, &admin, ("MRN-1001", RBT, "97153"), "2026-12-02 09:00", "180", &[]),
            "not enough units: the appointment needs 12 but the authorization PA-53 has 8 left (0 used, 4 scheduled of 12)",
        ),
        (
            book(&db, &admin, ("MRN-1001", BCBA, "97151"), "2026-12-03 09:00", "135", &[]),
            "would receive 9 units of 97151 on 2026-12-03, over its daily maximum of 8",
        ),
        (
            book(&db, &admin, ("MRN-1002", RBT, "97153"), "2026-12-01 09:30", "60", &[]),
            "the practitioner is already booked at that time",
        ),
        (
            book(&db, &admin, ("MRN-1001", LAPSED, "97153"), "2026-12-01 09:30", "30", &[]),
            "the patient is already booked at that time",
        ),
        (
            book(&db, &admin, ("MRN-1001", RBT, "97153"), "2026-12-04 09:00", "7", &[]),
            "7 minutes of 97153 come to 0 units",
        ),
    ];
    for (output, says) in &cases {
        let message = failed(output);
        assert!(message.contains(says), "expected {says:?} in:\n{message}");
    }
    // Nothing refused left a trace but its FAILED audit row.
    assert_eq!(counters(&db, "PA-53").await, (0, 4));
    assert_eq!(count(&db, "SELECT count(*) FROM appointments").await, 2);
    assert!(
        count(&db, "SELECT count(*) FROM audit_logs WHERE action = 'appointment.create' AND outcome = 'FAILED'").await
            >= cases.len() as i64
    );
    ledger_agrees(&db, "PA-53").await;

    // Two ACTIVE authorizations covering the day: the booking must say which.
    ok(auth(&db, &admin, "MRN-1001", "97153", "12", "PA-53B", &[]));
    let message = failed(&book(&db, &admin, ("MRN-1001", RBT, "97153"), "2026-12-05 09:00", "60", &[]));
    assert!(message.contains("several ACTIVE authorizations") && message.contains("PA-53B"), "{message}");
}

#[tokio::test]
async fn cancelling_no_shows_and_rescheduling_move_units_through_the_ledger() {
    let db = TestDb::new().await;
    let admin = practice(&db, "moves").await;
    ok(auth(&db, &admin, "MRN-1001", "97153", "20", "PA-1", &[]));
    let first = json(&ok(book(&db, &admin, ("MRN-1001", RBT, "97153"), "2026-12-01 09:00", "60", &["-o", "json"])));
    let second = json(&ok(book(&db, &admin, ("MRN-1001", RBT, "97153"), "2026-12-02 09:00", "60", &["-o", "json"])));
    let (a, b) = (first[0]["appointment_id"].as_str().expect("id"), second[0]["appointment_id"].as_str().expect("id"));
    assert_eq!(counters(&db, "PA-1").await, (0, 8));

    let message = failed(&act(&db, &admin, &["appointment", "cancel", a, "--reason", " "]));
    assert!(message.contains("--reason"), "{message}");
    ok(act(&db, &admin, &["appointment", "cancel", a, "--reason", "family trip"]));
    assert_eq!(counters(&db, "PA-1").await, (0, 4));
    let message = failed(&act(&db, &admin, &["appointment", "no-show", a]));
    assert!(message.contains("is CANCELLED, not SCHEDULED"), "{message}");

    // The freed slot is booked again; moving to a 90-minute slot re-reserves 6 units;
    // moving into a taken slot is refused whole.
    ok(book(&db, &admin, ("MRN-1001", RBT, "97153"), "2026-12-01 09:00", "60", &[]));
    ok(act(&db, &admin, &["appointment", "reschedule", b, "--start", "2026-12-04 10:00", "--minutes", "90"]));
    assert_eq!(counters(&db, "PA-1").await, (0, 10));
    let message = failed(&act(&db, &admin, &["appointment", "reschedule", b, "--start", "2026-12-01 09:30"]));
    assert!(message.contains("the practitioner is already booked"), "{message}");
    assert_eq!(counters(&db, "PA-1").await, (0, 10));
    let moved = json(&ok(act(&db, &admin, &["appointment", "show", b, "-o", "json"])));
    assert_eq!(moved["start"], "2026-12-04T10:00:00");
    ok(act(&db, &admin, &["appointment", "no-show", b]));
    assert_eq!(counters(&db, "PA-1").await, (0, 4));
    ledger_agrees(&db, "PA-1").await;

    let shown = json(&ok(act(&db, &admin, &["auth", "show", "PA-1", "-o", "json"])));
    let kinds: Vec<&str> =
        shown["ledger"].as_array().expect("ledger").iter().filter_map(|e| e["kind"].as_str()).collect();
    assert_eq!(kinds, ["RESERVE", "RESERVE", "RELEASE", "RESERVE", "RELEASE", "RESERVE", "RELEASE"]);
    let table = stdout(&ok(act(&db, &admin, &["auth", "show", "PA-1"])));
    assert!(table.contains("used 0  scheduled 4  remaining 16  of 20"), "{table}");
    let week = stdout(&ok(act(&db, &admin, &["appointment", "list", "--week", "2026-12-02"])));
    assert!(week.contains("Riley Tech") && week.contains("09:00-10:00 MRN-1001 97153"), "{week}");
    assert!(week.contains("(no-show)") && !week.contains("family trip"), "{week}");
}

#[tokio::test]
async fn weekly_series_are_all_or_nothing_and_dry_runs_book_nothing() {
    let db = TestDb::new().await;
    let admin = practice(&db, "series").await;
    ok(auth(&db, &admin, "MRN-1001", "97153", "12", "PA-S", &[]));
    let series = ["--repeat", "weekly", "--on", "mon,wed,fri", "--count", "4"];
    let message = failed(&book(&db, &admin, ("MRN-1001", RBT, "97153"), "2026-12-01 09:00", "60", &series));
    assert!(message.contains("1 of 4 appointments refused; nothing was booked"), "{message}");
    assert!(message.contains("Wed 2026-12-09 09:00: not enough units"), "{message}");
    assert_eq!(counters(&db, "PA-S").await, (0, 0));

    let three = ["--repeat", "weekly", "--on", "mon,wed,fri", "--until", "2026-12-07", "--dry-run", "-o", "json"];
    let plan = json(&ok(book(&db, &admin, ("MRN-1001", RBT, "97153"), "2026-12-01 09:00", "60", &three)));
    assert_eq!(plan.as_array().map(Vec::len), Some(3));
    assert_eq!(plan[0]["units"], 4);
    assert_eq!(count(&db, "SELECT count(*) FROM appointments").await, 0);
    ok(book(&db, &admin, ("MRN-1001", RBT, "97153"), "2026-12-01 09:00", "60", &three[..6]));
    assert_eq!(count(&db, "SELECT count(DISTINCT series_id) FROM appointments WHERE series_id IS NOT NULL").await, 1);
    assert_eq!(counters(&db, "PA-S").await, (0, 12));
    ledger_agrees(&db, "PA-S").await;
}

#[tokio::test]
async fn thirty_two_concurrent_bookings_never_overbook() {
    let db = TestDb::new().await;
    let admin = practice(&db, "rush").await;
    // Room for 10 one-hour appointments of 4 units.
    ok(auth(&db, &admin, "MRN-1001", "97153", "40", "PA-RUSH", &[]));
    let children: Vec<_> = (0..32)
        .map(|i| {
            let start = format!("2026-12-{:02} {:02}:00", 1 + i / 8, 8 + i % 8);
            db.omnictl_as(&admin)
                .args(["appointment", "create", "--patient", "MRN-1001", "--practitioner", RBT, "--code", "97153"])
                .args(["--start", &start, "--minutes", "60"])
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .expect("spawn")
        })
        .collect();
    let outputs: Vec<Output> = children.into_iter().map(|c| c.wait_with_output().expect("wait")).collect();
    let won = outputs.iter().filter(|o| o.status.success()).count();
    assert_eq!(won, 10, "exactly as many as fit");
    for lost in outputs.iter().filter(|o| !o.status.success()) {
        let message = failed(lost);
        assert!(message.contains("not enough units"), "{message}");
    }
    assert_eq!(counters(&db, "PA-RUSH").await, (0, 40));
    ledger_agrees(&db, "PA-RUSH").await;
}

#[tokio::test]
async fn concurrent_bookings_of_one_patient_day_keep_the_daily_maximum() {
    let db = TestDb::new().await;
    let admin = practice(&db, "daily").await;
    // 97151 allows 8 units a day: two one-hour appointments of 4 units.
    ok(auth(&db, &admin, "MRN-1001", "97151", "200", "PA-DAY", &[]));
    let children: Vec<_> = (0..8)
        .map(|i| {
            db.omnictl_as(&admin)
                .args(["appointment", "create", "--patient", "MRN-1001", "--practitioner", BCBA, "--code", "97151"])
                .args(["--start", &format!("2026-12-07 {:02}:00", 8 + i), "--minutes", "60"])
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .expect("spawn")
        })
        .collect();
    let outputs: Vec<Output> = children.into_iter().map(|c| c.wait_with_output().expect("wait")).collect();
    assert_eq!(outputs.iter().filter(|o| o.status.success()).count(), 2, "exactly the daily maximum");
    for lost in outputs.iter().filter(|o| !o.status.success()) {
        let message = failed(lost);
        assert!(message.contains("over its daily maximum of 8 (8 already booked)"), "{message}");
    }
    assert_eq!(counters(&db, "PA-DAY").await, (0, 8));
    ledger_agrees(&db, "PA-DAY").await;
}

#[tokio::test]
async fn two_processes_racing_for_one_practitioner_slot_one_wins() {
    let db = TestDb::new().await;
    let admin = practice(&db, "slot").await;
    ok(auth(&db, &admin, "MRN-1001", "97153", "40", "PA-A", &[]));
    ok(auth(&db, &admin, "MRN-1002", "97153", "40", "PA-B", &[]));
    for round in 0..3 {
        let start = format!("2026-12-{:02} 09:00", 10 + round);
        let spawn = |mrn: &str| {
            db.omnictl_as(&admin)
                .args(["appointment", "create", "--patient", mrn, "--practitioner", RBT, "--code", "97153"])
                .args(["--start", &start, "--minutes", "60"])
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .expect("spawn")
        };
        let (first, second) = (spawn("MRN-1001"), spawn("MRN-1002"));
        let outputs = [first.wait_with_output().expect("wait"), second.wait_with_output().expect("wait")];
        assert_eq!(outputs.iter().filter(|o| o.status.success()).count(), 1, "round {round}");
        let loser = outputs.iter().find(|o| !o.status.success()).expect("a loser");
        let message = failed(loser);
        assert!(message.contains("the practitioner is already booked"), "round {round}: {message}");
    }
    let (a, b) = (counters(&db, "PA-A").await.1, counters(&db, "PA-B").await.1);
    assert_eq!(a + b, 12);
    ledger_agrees(&db, "PA-A").await;
    ledger_agrees(&db, "PA-B").await;
}

/// Records `units` more used units on an authorization as a correction would: the counter
/// and its ADJUST ledger entry in one statement (the database refuses either alone).
pub async fn adjust_used(db: &TestDb, number: &str, units: i32) {
    sqlx::query(
        "WITH a AS (
             UPDATE authorizations SET used_units = used_units + $2 WHERE authorization_number = $1
             RETURNING organization_id, id
         )
         INSERT INTO authorization_unit_events (organization_id, authorization_id, kind, used_delta, note)
         SELECT organization_id, id, 'ADJUST', $2, 'correction' FROM a",
    )
    .bind(number)
    .bind(units)
    .execute(&db.pool)
    .await
    .expect("adjust the used units");
}

#[tokio::test]
async fn sweep_and_cron_reports_find_what_needs_attention() {
    let db = TestDb::new().await;
    let admin = practice(&db, "cron").await;
    let today = clinic_today(&db, "cron").await;
    let day = |offset: i64| (today + chrono::Duration::days(offset)).to_string();
    let create = |mrn: &str, number: &str, start: String, end: String, units: &str| {
        ok(act(
            &db,
            &admin,
            &[
                "auth",
                "create",
                "--patient",
                mrn,
                "--code",
                "97153",
                "--units",
                units,
                "--start",
                &start,
                "--end",
                &end,
                "--number",
                number,
            ],
        ))
    };
    create("MRN-1001", "ENDS-SOON", day(-30), day(10), "100");
    create("MRN-1002", "ENDS-LATER", day(-30), day(60), "10");
    create("MRN-1003", "ENDED", day(-90), day(-1), "10");
    adjust_used(&db, "ENDS-LATER", 9).await;

    let expiring = act(&db, &admin, &["auth", "expiring", "--within", "30d", "-o", "json", "--exit-code"]);
    assert_eq!(expiring.status.code(), Some(10), "--exit-code flags what was listed with its own code");
    let lines = json(&expiring);
    assert_eq!(lines.as_array().map(Vec::len), Some(1), "{lines}");
    let line = &lines[0];
    assert_eq!((line["authorization_number"].as_str(), line["days_left"].as_i64()), (Some("ENDS-SOON"), Some(10)));
    let mut keys: Vec<&str> = line.as_object().expect("object").keys().map(String::as_str).collect();
    keys.sort_unstable();
    let mut documented = [
        "organization",
        "authorization_id",
        "authorization_number",
        "medical_record_number",
        "service_code",
        "start_date",
        "end_date",
        "days_left",
        "total_units",
        "used_units",
        "scheduled_units",
        "remaining_units",
        "utilization_percent",
    ];
    documented.sort_unstable();
    assert_eq!(keys, documented, "the documented JSON shape");
    let low = json(&ok(act(&db, &admin, &["auth", "low", "--threshold", "80%", "-o", "json"])));
    assert_eq!(low[0]["authorization_number"], "ENDS-LATER");
    assert_eq!(low[0]["utilization_percent"], 90.0);
    let quiet = act(&db, &admin, &["auth", "expiring", "--within", "5d", "--exit-code"]);
    assert_eq!(quiet.status.code(), Some(0));

    // Platform-wide for a super admin: the clinic, not the patient.
    let platform = json(&ok(act(&db, ROOT, &["auth", "low", "--threshold", "80", "-o", "json"])));
    assert_eq!(platform[0]["organization"], "cron");
    assert!(platform[0]["medical_record_number"].is_null() && platform[0]["authorization_number"].is_null());

    let swept = json(&ok(act(&db, &admin, &["auth", "sweep", "-o", "json"])));
    assert_eq!((swept[0]["expired"].as_i64(), swept[0]["exhausted"].as_i64()), (Some(1), Some(0)));
    adjust_used(&db, "ENDS-LATER", 1).await;
    let swept = json(&ok(act(&db, ROOT, &["auth", "sweep", "-o", "json"])));
    assert_eq!((swept[0]["expired"].as_i64(), swept[0]["exhausted"].as_i64()), (Some(0), Some(1)));
    let again = json(&ok(act(&db, &admin, &["auth", "sweep", "-o", "json"])));
    assert_eq!((again[0]["expired"].as_i64(), again[0]["exhausted"].as_i64()), (Some(0), Some(0)), "idempotent");
    let statuses: Vec<String> =
        sqlx::query_scalar("SELECT status::text FROM authorizations ORDER BY authorization_number")
            .fetch_all(&db.pool)
            .await
            .expect("statuses");
    assert_eq!(statuses, ["EXPIRED", "EXHAUSTED", "ACTIVE"], "ENDED, ENDS-LATER, ENDS-SOON");
    ok(act(&db, &admin, &["audit", "verify"]));
}

#[tokio::test]
async fn authorizations_import_with_opening_balances_or_not_at_all() {
    let db = TestDb::new().await;
    let admin = practice(&db, "moving").await;
    ok(act(&db, &admin, &["insurance", "import", &seed("insurance.csv")]));
    let dir = tempfile::tempdir().expect("dir");
    let write = |name: &str, content: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, content).expect("write");
        path.display().to_string()
    };
    let header = "medical_record_number,service_code,authorization_number,start_date,end_date,total_units,used_units,payer_name,member_number\n";
    let bad = write(
        "bad.csv",
        &format!(
            "{header}MRN-9,97153,X-1,2026-12-01,2027-05-31,100,,,\n\
         MRN-1001,99999,X-2,2026-12-01,2027-05-31,100,,,\n\
         MRN-1001,97153,X-3,2026-12-01,2027-05-31,10,20,,\n\
         MRN-1001,97153,X-4,2026-12-01,2027-05-31,10,0,Nobody,N-1\n\
         MRN-1001,97153,X-4,2026-12-01,2027-05-31,10,0,,\n"
        ),
    );
    let message = failed(&act(&db, &admin, &["auth", "import", &bad]));
    for expected in [
        "line 2, column medical_record_number: no patient with MRN MRN-9",
        "line 3, column service_code: no service code 99999",
        "line 4, column used_units: 20 used units is more than the total of 10",
        "line 5, column member_number: the patient has no policy Nobody / N-1",
        "line 6, column authorization_number: authorization number X-4 appears more than once in the file (lines 5, 6)",
    ] {
        assert!(message.contains(expected), "expected {expected:?} in:\n{message}");
    }
    assert_eq!(count(&db, "SELECT count(*) FROM authorizations").await, 0);

    let good = write(
        "good.csv",
        &format!(
            "{header}MRN-1001,97153,M-1,2026-06-01,2027-05-31,200,37,Blue Cross Blue Shield of Illinois,XOF123456789\n\
         MRN-1002,97155,M-2,11/1/2026,4/30/2027,48,,,\n"
        ),
    );
    let summary = json(&ok(act(&db, &admin, &["auth", "import", &good, "-o", "json"])));
    assert_eq!(summary["created"], 2);
    let shown = json(&ok(act(&db, &admin, &["auth", "show", "M-1", "-o", "json"])));
    assert_eq!((shown["used_units"].as_i64(), shown["remaining_units"].as_i64()), (Some(37), Some(163)));
    assert!(!shown["insurance_id"].is_null(), "{shown}");
    assert_eq!(shown["ledger"][0]["kind"], "ADJUST");
    assert_eq!(shown["ledger"][0]["used_delta"], 37);
    let policy: Option<Uuid> =
        sqlx::query_scalar("SELECT insurance_id FROM authorizations WHERE authorization_number = 'M-2'")
            .fetch_one(&db.pool)
            .await
            .expect("policy");
    assert!(policy.is_none());
    let again = failed(&act(&db, &admin, &["auth", "import", &good]));
    assert!(again.contains("the authorization M-1 already exists (use --mode upsert"), "{again}");
    let upsert = json(&ok(act(&db, &admin, &["auth", "import", &good, "--mode", "upsert", "-o", "json"])));
    assert_eq!(upsert["unchanged"], 2);
}

/// `org show` counts one clinic's rows only, for its own admin and for a super admin:
/// the counting function runs as a role that row-level security binds.
#[tokio::test]
async fn org_show_counts_only_its_own_clinic() {
    let db = TestDb::new().await;
    let busy = practice(&db, "busy").await;
    ok(auth(&db, &busy, "MRN-1001", "97153", "40", "PA-BUSY", &[]));
    let empty = clinic(&db, "empty").await;
    let counts = |operator: &str, slug: &str| {
        json(&ok(act(&db, operator, &["org", "show", slug, "-o", "json"])))["counts"].clone()
    };
    let nothing = serde_json::json!({ "patients": 0, "practitioners": 0, "active_authorizations": 0, "users": 1 });
    assert_eq!(counts(ROOT, "empty"), nothing, "a super admin's view of the empty clinic");
    assert_eq!(counts(&empty, "empty"), nothing, "the empty clinic's own admin");
    assert_eq!(
        counts(ROOT, "busy"),
        serde_json::json!({ "patients": 3, "practitioners": 3, "active_authorizations": 1, "users": 3 }),
        "active practitioners only: one of the four is deactivated; the admin and two practitioners' logins"
    );
}
