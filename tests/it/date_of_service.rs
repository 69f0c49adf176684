//! The date of service is what gets billed: through the real binary, a session starts
//! and completes only where every booking rule holds for the day care is delivered;
//! changes that would orphan bookings say so; the daily maximum yields only to an
//! ADMIN's documented override; group codes book 2 to 8 patients in one slot; places
//! of service; unsigned notes for cron; the monthly supervision of RBTs.

use crate::harness::{TestDb, clinic_today, raw_sql_in_clinic, stderr, stdout};
use crate::imports::{act, count, failed, json, ok};
use crate::operators::ROOT;
use crate::scheduling::{BCBA, LAPSED, RBT, auth, book, counters, ledger_agrees, practice, rbt_login};
use crate::sessions::{booked_id, start};

fn session_of(db: &TestDb, operator: &str, appointment: &str, at: &str) -> std::process::Output {
    act(db, operator, &["session", "start", "--appointment", appointment, "--at", at, "-o", "json"])
}

#[tokio::test]
async fn a_session_starts_on_its_date_never_in_the_future_and_only_where_the_rules_hold_that_day() {
    let db = TestDb::new().await;
    let admin = practice(&db, "dos").await;
    ok(auth(&db, &admin, "MRN-1001", "97153", "200", "PA-DOS", &[]));
    let today = clinic_today(&db, "dos").await;
    let tomorrow = today + chrono::Duration::days(1);
    // The authorization covers the clinic's today too, whatever day the suite runs on.
    let covered = chrono::NaiveDate::from_ymd_opt(2027, 5, 31).expect("date");
    if tomorrow + chrono::Duration::days(7) > covered {
        let end = (tomorrow + chrono::Duration::days(7)).to_string();
        ok(act(&db, &admin, &["auth", "update", "PA-DOS", "--end", &end]));
    }

    // Tomorrow's appointment: not started today, not "at" tomorrow, not completed ahead.
    let ahead =
        booked_id(book(&db, &admin, ("MRN-1001", RBT, "97153"), &format!("{tomorrow} 09:00"), "60", &["-o", "json"]));
    let message = failed(&act(&db, &admin, &["session", "start", "--appointment", &ahead]));
    assert!(
        message.contains(&format!("booked for {tomorrow} 09:00")) && message.contains(&format!("not {today}")),
        "{message}"
    );
    assert!(message.contains(&format!("omnictl appointment reschedule {ahead} --start")), "{message}");
    let message = failed(&session_of(&db, &admin, &ahead, &format!("{tomorrow} 09:00")));
    assert!(message.contains("a session cannot start in the future"), "{message}");
    // Today's, from midnight (always past): it cannot end tomorrow.
    let early =
        booked_id(book(&db, &admin, ("MRN-1001", RBT, "97153"), &format!("{today} 00:00"), "30", &["-o", "json"]));
    let s = start(&db, &admin, &early, &format!("{today} 00:00"));
    let message = failed(&act(&db, &admin, &["session", "complete", &s, "--end", &format!("{tomorrow} 00:30")]));
    assert!(message.contains("a session cannot end in the future"), "{message}");
    ok(act(&db, &admin, &["session", "cancel", &s, "--reason", "test"]));

    // The 12th's appointment, started on the 14th: refused with how to reschedule.
    let twelfth = booked_id(book(&db, &admin, ("MRN-1001", RBT, "97153"), "2026-11-12 09:00", "60", &["-o", "json"]));
    let message = failed(&session_of(&db, &admin, &twelfth, "2026-11-14 09:00"));
    assert!(message.contains("booked for 2026-11-12 09:00") && message.contains("not 2026-11-14"), "{message}");
    assert_eq!(count(&db, "SELECT count(*) FROM sessions WHERE status = 'IN_PROGRESS'").await, 0);

    // A credential that ended after the booking: the change says so, and is refused
    // unless told; kept, the appointment is flagged and its session cannot start.
    let nineteenth =
        booked_id(book(&db, &admin, ("MRN-1001", RBT, "97153"), "2026-11-19 09:00", "60", &["-o", "json"]));
    let message = failed(&act(&db, &admin, &["practitioner", "update", RBT, "--credential-valid-until", "2026-11-15"]));
    assert!(message.contains("would leave 2 booked appointment(s) outside the rules"), "{message}");
    assert!(message.contains("2026-11-19 09:00 MRN-1001 97153") && message.contains(&nineteenth), "{message}");
    assert!(message.contains("--cancel-affected") && message.contains("--keep-affected"), "{message}");
    let still: Option<String> =
        sqlx::query_scalar("SELECT credential_valid_until::text FROM practitioners WHERE npi = $1")
            .bind(RBT)
            .fetch_one(&db.pool)
            .await
            .expect("practitioner");
    assert_eq!(still, None, "a refused change changed nothing");
    ok(act(&db, &admin, &["practitioner", "update", RBT, "--credential-valid-until", "2026-11-15", "--keep-affected"]));
    let flagged = json(&ok(act(&db, &admin, &["appointment", "list", "--needs-attention", "-o", "json"])));
    let ids: Vec<&str> = flagged.as_array().expect("list").iter().filter_map(|a| a["id"].as_str()).collect();
    assert!(ids.contains(&nineteenth.as_str()) && !ids.contains(&twelfth.as_str()), "{flagged}");
    assert!(flagged[0]["attention"].as_str().is_some_and(|a| a.contains("valid until 2026-11-15")), "{flagged}");
    let message = failed(&session_of(&db, &admin, &nineteenth, "2026-11-19 09:00"));
    assert!(
        message.contains("the session cannot start on 2026-11-19")
            && message.contains("the credential of Riley Tech is valid until 2026-11-15, before 2026-11-19"),
        "{message}"
    );
    // Renewed, the rules hold again and the session starts.
    ok(act(&db, &admin, &["practitioner", "update", RBT, "--credential-valid-until", "2027-12-31"]));
    start(&db, &admin, &nineteenth, "2026-11-19 09:00");

    // Deactivating a practitioner with bookings: refused, then cancelled with a reason,
    // their units released.
    let lapsed = booked_id(book(&db, &admin, ("MRN-1001", LAPSED, "97153"), "2026-11-20 13:00", "60", &["-o", "json"]));
    let before = counters(&db, "PA-DOS").await;
    let message = failed(&act(&db, &admin, &["practitioner", "deactivate", LAPSED]));
    assert!(message.contains("deactivating the practitioner Lapsed Tech") && message.contains(&lapsed), "{message}");
    let usage = act(&db, &admin, &["practitioner", "deactivate", LAPSED, "--cancel-affected"]);
    assert_eq!(usage.status.code(), Some(2), "--cancel-affected needs --reason: {}", stderr(&usage));
    ok(act(&db, &admin, &["practitioner", "deactivate", LAPSED, "--cancel-affected", "--reason", "left the clinic"]));
    let status: String = sqlx::query_scalar("SELECT status::text FROM appointments WHERE id = $1::uuid")
        .bind(&lapsed)
        .fetch_one(&db.pool)
        .await
        .expect("appointment");
    assert_eq!(status, "CANCELLED");
    assert_eq!(counters(&db, "PA-DOS").await, (before.0, before.1 - 4), "its 4 units went back");
    ledger_agrees(&db, "PA-DOS").await;
}

#[tokio::test]
async fn an_authorization_shrunk_below_its_bookings_refuses_until_told_and_never_overbooks() {
    let db = TestDb::new().await;
    let admin = practice(&db, "shrink").await;
    ok(auth(&db, &admin, "MRN-1001", "97153", "12", "PA-S", &[]));
    let first = booked_id(book(&db, &admin, ("MRN-1001", RBT, "97153"), "2026-11-16 09:00", "60", &["-o", "json"]));
    let middle = booked_id(book(&db, &admin, ("MRN-1001", RBT, "97153"), "2026-11-17 09:00", "60", &["-o", "json"]));
    let last = booked_id(book(&db, &admin, ("MRN-1001", RBT, "97153"), "2027-02-15 09:00", "60", &["-o", "json"]));
    assert_eq!(counters(&db, "PA-S").await, (0, 12));

    // Ending the authorization before the February booking.
    let message = failed(&act(&db, &admin, &["auth", "update", "PA-S", "--end", "2027-01-31"]));
    assert!(message.contains("changing the authorization PA-S") && message.contains(&last), "{message}");
    assert!(message.contains("covers 2026-11-01 to 2027-01-31, not 2027-02-15"), "{message}");
    ok(act(&db, &admin, &["auth", "update", "PA-S", "--end", "2027-01-31", "--keep-affected"]));
    let flagged = json(&ok(act(&db, &admin, &["appointment", "list", "--needs-attention", "-o", "json"])));
    assert_eq!(flagged.as_array().map(Vec::len), Some(1), "{flagged}");
    assert_eq!(flagged[0]["id"].as_str(), Some(last.as_str()));

    // Fewer units than booked: the latest bookings would lose theirs; kept would be
    // overbooking, so only cancelling is offered.
    let message = failed(&act(&db, &admin, &["auth", "update", "PA-S", "--units", "6"]));
    assert!(message.contains("lowering the authorization PA-S to 6 units") && message.contains(&last), "{message}");
    assert!(message.contains(&middle) && !message.contains(&first), "the latest two: {message}");
    let message = failed(&act(&db, &admin, &["auth", "update", "PA-S", "--units", "6", "--keep-affected"]));
    assert!(message.contains("would hold more units than it has"), "{message}");
    assert_eq!(counters(&db, "PA-S").await, (0, 12), "nothing changed");
    let done = json(&ok(act(
        &db,
        &admin,
        &[
            "auth",
            "update",
            "PA-S",
            "--units",
            "6",
            "--cancel-affected",
            "--reason",
            "payer cut the units",
            "-o",
            "json",
        ],
    )));
    assert_eq!((done["total_units"].as_i64(), done["scheduled_units"].as_i64()), (Some(6), Some(4)), "{done}");
    ledger_agrees(&db, "PA-S").await;
    let cancelled = count(
        &db,
        "SELECT count(*) FROM appointments WHERE status = 'CANCELLED' AND cancel_reason = 'payer cut the units'",
    )
    .await;
    assert_eq!(cancelled, 2);
    let recorded = count(
        &db,
        "SELECT count(*) FROM audit_logs WHERE action = 'auth.update' AND (details->>'cancelled_appointments')::int = 2",
    )
    .await;
    assert_eq!(recorded, 1, "the update's audit row says what it cancelled");
}

#[tokio::test]
async fn two_sessions_of_one_person_cannot_overlap_and_the_daily_maximum_counts_what_is_billed() {
    let db = TestDb::new().await;
    let admin = practice(&db, "day").await;
    ok(auth(&db, &admin, "MRN-1001", "97153", "100", "PA-D", &[]));
    ok(auth(&db, &admin, "MRN-1002", "97153", "100", "PA-D2", &[]));
    ok(auth(&db, &admin, "MRN-1003", "97153", "100", "PA-D3", &[]));
    ok(auth(&db, &admin, "MRN-1001", "97155", "20", "PA-D55", &[]));

    // The patient's morning session still runs: another of theirs cannot start.
    let morning = booked_id(book(&db, &admin, ("MRN-1001", RBT, "97153"), "2026-11-16 08:00", "60", &["-o", "json"]));
    let later = booked_id(book(&db, &admin, ("MRN-1001", LAPSED, "97153"), "2026-11-16 10:00", "60", &["-o", "json"]));
    let s = start(&db, &admin, &morning, "2026-11-16 08:00");
    let message = failed(&session_of(&db, &admin, &later, "2026-11-16 10:00"));
    assert!(
        message.contains("the patient's session") && message.contains("is in progress since 2026-11-16 08:00"),
        "{message}"
    );
    assert!(message.contains(&format!("complete or cancel the session {s} first")), "{message}");
    // A BCBA's 97155 beside it is the one overlap payers recognise.
    let protocol = booked_id(book(&db, &admin, ("MRN-1001", BCBA, "97155"), "2026-11-16 08:30", "30", &["-o", "json"]));
    start(&db, &admin, &protocol, "2026-11-16 08:30");
    ok(act(&db, &admin, &["session", "complete", &s, "--end", "2026-11-16 09:00"]));
    start(&db, &admin, &later, "2026-11-16 10:00");

    // The practitioner: the session ran 11:00–12:00; another starting at 11:30 is refused.
    let noon = booked_id(book(&db, &admin, ("MRN-1002", RBT, "97153"), "2026-11-16 11:00", "60", &["-o", "json"]));
    let clash = booked_id(book(&db, &admin, ("MRN-1003", RBT, "97153"), "2026-11-16 12:00", "60", &["-o", "json"]));
    let n = start(&db, &admin, &noon, "2026-11-16 11:00");
    ok(act(&db, &admin, &["session", "complete", &n, "--end", "2026-11-16 12:00"]));
    let message = failed(&session_of(&db, &admin, &clash, "2026-11-16 11:30"));
    assert!(
        message.contains("the practitioner's session") && message.contains("ran 2026-11-16 11:00–12:00"),
        "{message}"
    );

    // 97153 08:00–16:00 is its daily maximum (32 units); completed at 17:30 it bills 38:
    // refused, not by STAFF's override, billed by the ADMIN's with the reason on record.
    let long = booked_id(book(&db, &admin, ("MRN-1002", RBT, "97153"), "2026-11-17 08:00", "480", &["-o", "json"]));
    let l = start(&db, &admin, &long, "2026-11-17 08:00");
    let message = failed(&act(&db, &admin, &["session", "complete", &l, "--end", "2026-11-17 17:30"]));
    assert!(
        message.contains("would receive 38 units of 97153 on 2026-11-17, over its daily maximum of 32"),
        "{message}"
    );
    assert!(message.contains("--override-daily-max --reason"), "{message}");
    let staff = rbt_login("day");
    let message = failed(&act(
        &db,
        &staff,
        &["session", "complete", &l, "--end", "2026-11-17 17:30", "--override-daily-max", "--reason", "crisis"],
    ));
    assert!(message.contains("only a clinic ADMIN may override a code's daily maximum"), "{message}");
    let reason = "behavioral crisis, documented in the plan";
    let done = json(&ok(act(
        &db,
        &admin,
        &[
            "session",
            "complete",
            &l,
            "--end",
            "2026-11-17 17:30",
            "--override-daily-max",
            "--reason",
            reason,
            "-o",
            "json",
        ],
    )));
    assert_eq!(done["metrics"]["billed_units"], 38, "{done}");
    assert_eq!(done["daily_max_override"].as_str(), Some(reason));
    let shown = stdout(&ok(act(&db, &admin, &["session", "show", &l])));
    assert!(shown.contains(&format!("billed over the code's daily maximum (ADMIN override): {reason}")), "{shown}");
    let shown = json(&ok(act(&db, &admin, &["auth", "show", "PA-D2", "-o", "json"])));
    let notes: Vec<&str> =
        shown["ledger"].as_array().expect("ledger").iter().filter_map(|e| e["note"].as_str()).collect();
    assert_eq!(notes, [format!("over the daily maximum (ADMIN override): {reason}")], "{shown}");
    // As CSV, the ledger: a line each, naming its authorization.
    let csv = stdout(&ok(act(&db, &admin, &["auth", "show", "PA-D2", "-o", "csv"])));
    let lines: Vec<&str> = csv.lines().collect();
    assert!(lines[0].starts_with("authorization,when,kind,scheduled,used,appointment,note"), "{csv}");
    assert!(lines.len() == 5 && lines[1..].iter().all(|l| l.starts_with("PA-D2,")), "{csv}");
    let audited = count(
        &db,
        "SELECT count(*) FROM audit_logs WHERE action = 'session.complete' AND details->>'daily_max_override' IS NOT NULL",
    )
    .await;
    assert_eq!(audited, 1);

    // Booking past the maximum: the same rule, the same override.
    let message = failed(&book(&db, &admin, ("MRN-1002", RBT, "97153"), "2026-11-18 08:00", "540", &[]));
    assert!(message.contains("over its daily maximum of 32") && message.contains("--override-daily-max"), "{message}");
    let booked = json(&ok(book(
        &db,
        &admin,
        ("MRN-1002", RBT, "97153"),
        "2026-11-18 08:00",
        "540",
        &["--override-daily-max", "--reason", reason, "-o", "json"],
    )));
    assert_eq!((booked[0]["units"].as_i64(), booked[0]["daily_max_override"].as_str()), (Some(36), Some(reason)));
    // Not even by raw SQL can a STAFF login write an override.
    let mut tx = raw_sql_in_clinic(&db, &staff, "day").await;
    let forged = sqlx::query("UPDATE appointments SET daily_max_override = 'mine' WHERE id = $1::uuid")
        .bind(&clash)
        .execute(&mut *tx)
        .await;
    assert!(
        matches!(&forged, Err(sqlx::Error::Database(e)) if e.message().contains("only a clinic ADMIN")),
        "{forged:?}"
    );
}

#[tokio::test]
async fn a_group_code_books_two_to_eight_patients_in_one_slot_all_or_nothing() {
    let db = TestDb::new().await;
    let admin = practice(&db, "group").await;
    ok(auth(&db, &admin, "MRN-1001", "97154", "40", "PA-G1", &[]));
    ok(auth(&db, &admin, "MRN-1002", "97154", "40", "PA-G2", &[]));

    let message = failed(&book(&db, &admin, ("MRN-1001", RBT, "97154"), "2026-11-16 13:00", "60", &[]));
    assert!(message.contains("97154 is a group code"), "{message}");
    let group = |patients: &[&str]| {
        let mut args = vec!["appointment", "create", "--group", "--practitioner", RBT, "--code", "97154"];
        for p in patients {
            args.extend(["--patient", p]);
        }
        args.extend(["--start", "2026-11-16 13:00", "--minutes", "60", "-o", "json"]);
        act(&db, &admin, &args)
    };
    let message = failed(&group(&["MRN-1001"]));
    assert!(message.contains("a group of 97154 has 2 to 8 patients; got 1"), "{message}");
    let nine: Vec<String> = (1..=9).map(|n| format!("MRN-{n}")).collect();
    let message = failed(&group(&nine.iter().map(String::as_str).collect::<Vec<_>>()));
    assert!(message.contains("got 9"), "{message}");
    let message = failed(&group(&["MRN-1001", "MRN-1002", "MRN-1003"]));
    assert!(
        message.contains("1 of 3 appointments refused; nothing was booked") && message.contains("MRN-1003"),
        "{message}"
    );
    // A member's refusal inside the group's keeps its remedy, said with the command.
    assert!(message.contains("no authorization for 97154: create one with omnictl auth create"), "{message}");
    assert_eq!(counters(&db, "PA-G1").await, (0, 0), "all or nothing");
    let message = failed(&act(
        &db,
        &admin,
        &[
            "appointment",
            "create",
            "--patient",
            "MRN-1001",
            "--patient",
            "MRN-1002",
            "--practitioner",
            RBT,
            "--code",
            "97153",
            "--start",
            "2026-11-16 13:00",
            "--minutes",
            "60",
        ],
    ));
    assert!(message.contains("several --patient book a group"), "{message}");

    let booked = json(&ok(group(&["MRN-1001", "MRN-1002"])));
    let rows = booked.as_array().expect("report");
    assert_eq!(rows.len(), 2);
    assert!(rows[0]["group_id"].is_string() && rows[0]["group_id"] == rows[1]["group_id"], "{booked}");
    assert_eq!((counters(&db, "PA-G1").await, counters(&db, "PA-G2").await), ((0, 4), (0, 4)));
    // One practitioner, one slot: each patient gets a session of their own, side by side.
    // Both are present (their sessions overlap), so each completes as a group of 2.
    let sessions: Vec<String> = rows
        .iter()
        .map(|row| start(&db, &admin, row["appointment_id"].as_str().expect("id"), "2026-11-16 13:00"))
        .collect();
    for s in &sessions {
        ok(act(&db, &admin, &["session", "complete", s, "--end", "2026-11-16 14:00"]));
        let note = stdout(&ok(act(&db, &admin, &["session", "note", "generate", s])));
        assert!(note.contains("Participants:    group of 2 patients present"), "{note}");
    }
}

#[tokio::test]
async fn the_place_of_service_is_the_clinics_unless_booked_elsewhere_and_shows_in_notes_and_lists() {
    let db = TestDb::new().await;
    let admin = practice(&db, "places").await;
    ok(auth(&db, &admin, "MRN-1001", "97153", "100", "PA-P", &[]));
    ok(act(&db, &admin, &["org", "update", "--default-place", "home", "--telehealth-modifier", "gt"]));
    let home = json(&ok(book(&db, &admin, ("MRN-1001", RBT, "97153"), "2026-11-16 09:00", "60", &["-o", "json"])));
    assert_eq!(home[0]["place_of_service"].as_str(), Some("HOME"));
    let tele = book(&db, &admin, ("MRN-1001", RBT, "97153"), "2026-11-17 09:00", "60", &["--place", "telehealth-home"]);
    assert!(stdout(&ok(tele)).contains("telehealth-home (POS 10)"));
    let message = failed(&book(
        &db,
        &admin,
        ("MRN-1001", RBT, "97153"),
        "2026-11-18 09:00",
        "60",
        &["--place", "school", "--modifier", "95"],
    ));
    assert!(message.contains("--modifier is for telehealth; school (POS 03) is in person"), "{message}");
    let csv = stdout(&ok(act(&db, &admin, &["appointment", "list", "--from", "2026-11-16", "-o", "csv"])));
    assert!(csv.contains("home (POS 12)") && csv.contains("telehealth-home (POS 10, modifier GT)"), "{csv}");

    let tele_id: String =
        sqlx::query_scalar("SELECT id::text FROM appointments WHERE place_of_service = 'TELEHEALTH_HOME'")
            .fetch_one(&db.pool)
            .await
            .expect("telehealth");
    let s = start(&db, &admin, &tele_id, "2026-11-17 09:00");
    ok(act(&db, &admin, &["session", "complete", &s, "--end", "2026-11-17 10:00"]));
    let note = stdout(&ok(act(&db, &admin, &["session", "note", "generate", &s])));
    assert!(note.contains("Place:           telehealth-home (POS 10, modifier GT)"), "{note}");
    // Delivered elsewhere than booked: the session says where it happened.
    let home_id = home[0]["appointment_id"].as_str().expect("id");
    let started = json(&ok(act(
        &db,
        &admin,
        &["session", "start", "--appointment", home_id, "--at", "2026-11-16 09:00", "--place", "school", "-o", "json"],
    )));
    assert_eq!(started["place_of_service"].as_str(), Some("SCHOOL"));
}

#[tokio::test]
async fn unsigned_notes_are_reported_per_clinic_and_across_the_platform_without_patient_data() {
    let db = TestDb::new().await;
    let admin = practice(&db, "late").await;
    ok(auth(&db, &admin, "MRN-1001", "97153", "100", "PA-L", &[]));
    // A session three days ago, whatever day the suite runs on (its authorization
    // stretched to cover it): older than a day, younger than a year.
    let day = clinic_today(&db, "late").await - chrono::Duration::days(3);
    let covered = chrono::NaiveDate::from_ymd_opt(2027, 5, 31).expect("date");
    if day > covered {
        ok(act(&db, &admin, &["auth", "update", "PA-L", "--end", &day.to_string()]));
    }
    let (nine, ten) = (format!("{day} 09:00"), format!("{day} 10:00"));
    let a = booked_id(book(&db, &admin, ("MRN-1001", RBT, "97153"), &nine, "60", &["-o", "json"]));
    let s = start(&db, &admin, &a, &nine);
    // Before completion there is no note to write or sign.
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("n.txt");
    std::fs::write(&file, "Plan\n  Keep going.\n").expect("write");
    let message = failed(&act(&db, &admin, &["session", "note", "edit", &s, "--file", &file.display().to_string()]));
    assert!(message.contains("once it is COMPLETED"), "{message}");
    ok(act(&db, &admin, &["session", "complete", &s, "--end", &ten]));
    ok(act(&db, &admin, &["session", "note", "generate", &s]));

    let listed = act(&db, &admin, &["session", "notes-unsigned", "--older-than", "24h", "--exit-code", "-o", "csv"]);
    assert_eq!(listed.status.code(), Some(10), "{}", stderr(&listed));
    let csv = stdout(&listed);
    assert!(csv.contains(&s) && csv.contains("Riley Tech") && !csv.contains("MRN-1001"), "{csv}");
    let platform = stdout(&ok(act(&db, ROOT, &["session", "notes-unsigned", "-o", "csv"])));
    assert!(platform.contains("late,") && platform.contains(&s), "{platform}");
    let fresh = act(&db, &admin, &["session", "notes-unsigned", "--older-than", "52w", "--exit-code"]);
    assert_eq!(fresh.status.code(), Some(0), "nothing that old: {}", stderr(&fresh));
    let bad = act(&db, &admin, &["session", "notes-unsigned", "--older-than", "soon"]);
    assert!(stderr(&bad).contains("--older-than: \"soon\" is not an age"), "{}", stderr(&bad));

    ok(act(&db, &admin, &["session", "note", "edit", &s, "--file", &file.display().to_string()]));
    ok(act(&db, &rbt_login("late"), &["session", "note", "sign", &s, "--no-data-reason", "recorded on paper"]));
    let none = act(&db, &admin, &["session", "notes-unsigned", "--exit-code"]);
    assert_eq!(none.status.code(), Some(0), "{}", stderr(&none));
    let late = count(
        &db,
        "SELECT count(*) FROM audit_logs WHERE action = 'session.note.sign' AND details ? 'signed_hours_after_session'",
    )
    .await;
    assert_eq!(late, 1, "a late signature is on the record");

    // The signature rule is the database's: the admin's own login cannot sign by SQL.
    let b = booked_id(book(&db, &admin, ("MRN-1001", RBT, "97153"), "2026-11-17 09:00", "60", &["-o", "json"]));
    let t = start(&db, &admin, &b, "2026-11-17 09:00");
    ok(act(&db, &admin, &["session", "complete", &t, "--end", "2026-11-17 10:00"]));
    ok(act(&db, &admin, &["session", "note", "generate", &t]));
    let mut tx = raw_sql_in_clinic(&db, &admin, "late").await;
    let forged = sqlx::query(
        "UPDATE sessions SET note_status = 'SIGNED', signed_at = now(),
                signed_by = (SELECT id FROM users WHERE email = $2) WHERE id = $1::uuid",
    )
    .bind(&t)
    .bind(rbt_login("late"))
    .execute(&mut *tx)
    .await;
    assert!(
        matches!(&forged, Err(sqlx::Error::Database(e)) if e.message().contains("signs a note only as themselves")),
        "{forged:?}"
    );
}

#[tokio::test]
async fn the_supervision_report_flags_rbts_below_the_bacb_monthly_requirement() {
    let db = TestDb::new().await;
    let admin = practice(&db, "super").await;
    ok(auth(&db, &admin, "MRN-1001", "97153", "100", "PA-R", &[]));
    ok(auth(&db, &admin, "MRN-1001", "97155", "20", "PA-B", &[]));
    // Three hours of direct service; the BCBA modifies protocol for the last half hour.
    let direct = booked_id(book(&db, &admin, ("MRN-1001", RBT, "97153"), "2026-11-16 09:00", "180", &["-o", "json"]));
    let protocol = booked_id(book(&db, &admin, ("MRN-1001", BCBA, "97155"), "2026-11-16 11:30", "30", &["-o", "json"]));
    let d = start(&db, &admin, &direct, "2026-11-16 09:00");
    let p = start(&db, &admin, &protocol, "2026-11-16 11:30");
    ok(act(&db, &admin, &["session", "complete", &p, "--end", "2026-11-16 12:00"]));
    ok(act(&db, &admin, &["session", "complete", &d, "--end", "2026-11-16 12:00"]));
    let note = stdout(&ok(act(&db, &admin, &["session", "note", "generate", &d])));
    assert!(note.contains("Participants:    Blair Analyst, BCBA (97155)"), "{note}");

    let report = act(&db, &admin, &["report", "supervision", "--month", "2026-11", "--exit-code", "-o", "json"]);
    assert_eq!(report.status.code(), Some(10), "{}", stderr(&report));
    let lines = json(&report);
    let riley = lines.as_array().and_then(|l| l.iter().find(|r| r["npi"] == RBT)).expect("Riley's line");
    assert_eq!(
        (riley["direct_hours"].as_f64(), riley["supervised_hours"].as_f64(), riley["supervised_percent"].as_f64()),
        (Some(3.0), Some(0.5), Some(16.7)),
        "{riley}"
    );
    assert_eq!((riley["contacts"].as_i64(), riley["observed_with_client"].as_bool()), (Some(1), Some(true)));
    assert_eq!(riley["shortfall"][0].as_str(), Some("1 contact(s), fewer than 2"), "{riley}");

    // A second contact the clinic records: the month meets the requirement.
    let message = failed(&act(
        &db,
        &admin,
        &[
            "practitioner",
            "supervision-contact",
            "--technician",
            BCBA,
            "--supervisor",
            RBT,
            "--start",
            "2026-11-20 15:00",
            "--minutes",
            "30",
        ],
    ));
    assert!(message.contains("is not an RBT"), "{message}");
    ok(act(
        &db,
        &admin,
        &[
            "practitioner",
            "supervision-contact",
            "--technician",
            RBT,
            "--supervisor",
            BCBA,
            "--start",
            "2026-11-20 15:00",
            "--minutes",
            "30",
        ],
    ));
    let report = act(&db, &admin, &["report", "supervision", "--month", "2026-11", "--exit-code", "-o", "json"]);
    let lines = json(&report);
    let riley = lines.as_array().and_then(|l| l.iter().find(|r| r["npi"] == RBT)).expect("Riley's line");
    assert_eq!((riley["contacts"].as_i64(), riley["meets_requirement"].as_bool()), (Some(2), Some(true)), "{riley}");
    assert_eq!(riley["supervised_hours"].as_f64(), Some(1.0));
    // Lapsed Tech (an RBT with no sessions) needs no supervision that month.
    assert_eq!(report.status.code(), Some(0), "{}", stderr(&report));
    let october = json(&ok(act(&db, &admin, &["report", "supervision", "--month", "2026-10", "-o", "json"])));
    assert!(october.as_array().is_some_and(|l| l.iter().all(|r| r["direct_hours"] == 0.0)), "{october}");
    let bad = act(&db, &admin, &["report", "supervision", "--month", "November"]);
    assert!(stderr(&bad).contains("--month: \"November\" is not a month"), "{}", stderr(&bad));
}

/// Two sessions of one patient started at the same moment by real processes: the schedule
/// lock makes the second see the first, so exactly one starts.
#[tokio::test]
async fn concurrent_starts_of_one_patients_sessions_let_exactly_one_through() {
    let db = TestDb::new().await;
    let admin = practice(&db, "racing").await;
    ok(auth(&db, &admin, "MRN-1001", "97153", "100", "PA-RACE", &[]));
    let a = booked_id(book(&db, &admin, ("MRN-1001", RBT, "97153"), "2026-11-16 09:00", "60", &["-o", "json"]));
    let b = booked_id(book(&db, &admin, ("MRN-1001", LAPSED, "97153"), "2026-11-16 10:00", "60", &["-o", "json"]));
    let patient: String = sqlx::query_scalar("SELECT id::text FROM patients WHERE medical_record_number = 'MRN-1001'")
        .fetch_one(&db.pool)
        .await
        .expect("patient");
    // Hold the patient's schedule lock (as a booking or transition would) while both start.
    let mut holder = db.pool.begin().await.expect("begin");
    sqlx::query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))")
        .bind(format!("patient/{patient}"))
        .execute(&mut *holder)
        .await
        .expect("hold the patient's schedule");
    let first =
        crate::imports::spawn_as(&db, &admin, &["session", "start", "--appointment", &a, "--at", "2026-11-16 09:30"]);
    let second =
        crate::imports::spawn_as(&db, &admin, &["session", "start", "--appointment", &b, "--at", "2026-11-16 09:30"]);
    crate::races::until_waiting(&db, 2).await;
    holder.rollback().await.expect("let them go");
    let outcomes = [first.wait_with_output().expect("first"), second.wait_with_output().expect("second")];
    let started = outcomes.iter().filter(|o| o.status.success()).count();
    assert_eq!(started, 1, "{}\n{}", stderr(&outcomes[0]), stderr(&outcomes[1]));
    let loser = outcomes.iter().find(|o| !o.status.success()).expect("one refused");
    assert!(stderr(loser).contains("is in progress since 2026-11-16 09:30"), "{}", stderr(loser));
    assert_eq!(count(&db, "SELECT count(*) FROM sessions").await, 1);
}

/// The payer pays only for days the patient is covered: the authorization's policy must
/// be active on the day booked, and again on the day the care is delivered.
#[tokio::test]
async fn the_authorizations_policy_must_cover_the_day_booked_and_the_day_delivered() {
    let db = TestDb::new().await;
    let admin = practice(&db, "covered").await;
    let policy = json(&ok(act(
        &db,
        &admin,
        &[
            "insurance",
            "add",
            "--patient",
            "MRN-1002",
            "--payer",
            "Synthetic Health",
            "--member-number",
            "SYN-9",
            "--start",
            "2026-01-01",
            "--end",
            "2026-11-18",
            "-o",
            "json",
        ],
    )));
    let policy = policy["id"].as_str().expect("policy id").to_string();
    ok(auth(&db, &admin, "MRN-1002", "97153", "40", "PA-C", &["--insurance", &policy]));
    let message = failed(&book(&db, &admin, ("MRN-1002", RBT, "97153"), "2026-11-19 09:00", "60", &[]));
    assert!(
        message.contains(
            "the policy of the authorization PA-C does not cover 2026-11-19 (coverage 2026-01-01 to 2026-11-18)"
        ),
        "{message}"
    );
    let a = booked_id(book(&db, &admin, ("MRN-1002", RBT, "97153"), "2026-11-17 09:00", "60", &["-o", "json"]));
    // Coverage ended before the day of service: the change lists the booking; kept, its
    // session cannot start.
    let message = failed(&act(&db, &admin, &["insurance", "end", &policy, "--date", "2026-11-16"]));
    assert!(
        message.contains("would leave 1 booked appointment(s) outside the rules") && message.contains(&a),
        "{message}"
    );
    ok(act(&db, &admin, &["insurance", "end", &policy, "--date", "2026-11-16", "--keep-affected"]));
    let message = failed(&session_of(&db, &admin, &a, "2026-11-17 09:00"));
    assert!(message.contains("does not cover 2026-11-17") && message.contains("to 2026-11-16"), "{message}");
}
