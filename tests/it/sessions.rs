//! `omnictl session` through the real binary: a session from start to signed note,
//! units by the clinic's rule, the authorization's counters and ledger after complete
//! and cancel, and a signed note that nothing can change, not even a direct UPDATE.

use std::process::Output;

use crate::harness::{TestDb, raw_sql_in_clinic, stderr, stdout};
use crate::imports::{act, count, failed, json, ok};
use crate::operators::ROOT;
use crate::scheduling::{RBT, auth, bcba_login, book, counters, ledger_agrees, practice, rbt_login};

pub fn booked_id(output: Output) -> String {
    json(&ok(output))[0]["appointment_id"].as_str().expect("appointment id").to_string()
}

pub fn start(db: &TestDb, admin: &str, appointment: &str, at: &str) -> String {
    let started =
        json(&ok(act(db, admin, &["session", "start", "--appointment", appointment, "--at", at, "-o", "json"])));
    started["id"].as_str().expect("session id").to_string()
}

#[tokio::test]
async fn a_session_runs_from_start_to_a_signed_note_nobody_can_change() {
    let db = TestDb::new().await;
    let admin = practice(&db, "notes").await;
    ok(auth(&db, &admin, "MRN-1001", "97153", "40", "PA-N", &[]));
    let a = booked_id(book(&db, &admin, ("MRN-1001", RBT, "97153"), "2026-11-20 09:00", "60", &["-o", "json"]));
    let s = start(&db, &admin, &a, "2026-11-20 09:00");
    let message = failed(&act(&db, &admin, &["session", "start", "--appointment", &a]));
    assert!(message.contains("is IN_PROGRESS") && message.contains("already has one"), "{message}");

    let event = |args: &[&str]| act(&db, &admin, &[&["session", "event", "add", s.as_str()][..], args].concat());
    ok(event(&[
        "--type",
        "behavior",
        "--name",
        "tantrum",
        "--at",
        "2026-11-20 09:10",
        "--intensity",
        "4",
        "--duration-seconds",
        "90",
    ]));
    ok(event(&["--type", "mand", "--at", "2026-11-20 09:12"]));
    ok(event(&[
        "--type",
        "trial",
        "--target",
        "colors",
        "--correct",
        "true",
        "--prompt-level",
        "verbal",
        "--at",
        "2026-11-20 09:15",
    ]));
    ok(event(&["--type", "note", "--text", "Calm after a break.", "--at", "2026-11-20 09:30"]));
    let message = failed(&event(&["--type", "mand", "--at", "2026-11-20 08:59"]));
    assert!(message.contains("--at: 2026-11-20 08:59 is outside the session"), "{message}");
    let message = failed(&event(&["--type", "trial", "--target", "colors", "--at", "2026-11-20 09:16"]));
    assert!(message.contains("--correct"), "{message}");
    let loud = event(&["--type", "behavior", "--name", "scream", "--intensity", "7", "--at", "2026-11-20 09:16"]);
    assert_eq!(loud.status.code(), Some(2), "the flag's range is a usage error");
    assert!(stderr(&loud).contains("--intensity") && stderr(&loud).contains("1..=5"), "{}", stderr(&loud));

    let done = json(&ok(act(&db, &admin, &["session", "complete", &s, "--end", "2026-11-20 09:50", "-o", "json"])));
    assert_eq!(done["metrics"]["billed_units"], 3, "50 minutes under midpoint");
    assert_eq!(done["metrics"]["mands"], 1);
    assert_eq!(done["metrics"]["trial_accuracy_percent"], 100.0);
    assert_eq!(counters(&db, "PA-N").await, (3, 0), "reserved 4 gone, 3 used");
    ledger_agrees(&db, "PA-N").await;
    let shown = json(&ok(act(&db, &admin, &["auth", "show", "PA-N", "-o", "json"])));
    let last = &shown["ledger"][1];
    assert_eq!(
        (last["kind"].as_str(), last["scheduled_delta"].as_i64(), last["used_delta"].as_i64()),
        (Some("CONSUME"), Some(-4), Some(3))
    );
    let status: String = sqlx::query_scalar("SELECT status::text FROM appointments WHERE id = $1::uuid")
        .bind(&a)
        .fetch_one(&db.pool)
        .await
        .expect("appointment");
    assert_eq!(status, "COMPLETED");
    let message = failed(&act(&db, &admin, &["session", "event", "add", &s, "--type", "mand"]));
    assert!(message.contains("the session is COMPLETED"), "{message}");

    let first = stdout(&ok(act(&db, &admin, &["session", "note", "generate", &s])));
    let second = stdout(&ok(act(&db, &admin, &["session", "note", "generate", &s])));
    assert_eq!(first, second, "the same session gives the same note");
    // The header is the record's: the patient by name, the date and times, the place, the
    // code, minutes and units, and who rendered it with credential and NPI.
    for line in [
        "Patient:         Ava Martinez (DOB 2017-03-14, MRN MRN-1001)",
        "Date of service: 2026-11-20, 09:00–09:50 (America/New_York)",
        "Place:           clinic (POS 11)",
        "Service:         97153, 50 minutes, 3 unit(s) billed",
        &format!("Rendered by:     Riley Tech, RBT (NPI {RBT})"),
        "(DRAFT: to be signed by Riley Tech)",
    ] {
        assert!(first.contains(line), "{line:?} in {first}");
    }
    assert!(first.contains("tantrum: 1 occurrence(s)") && first.contains("09:30 Calm after a break."), "{first}");
    let dir = tempfile::tempdir().expect("dir");
    let edited = dir.path().join("note.txt");
    let file = edited.display().to_string();
    // A narrative that restates the service differently is refused: the header is not text.
    std::fs::write(&edited, "Service: 97155 by a BCBA, 120 minutes, 8 units.\nWent well.\n").expect("write");
    let message = failed(&act(&db, &admin, &["session", "note", "edit", &s, "--file", &file]));
    assert!(message.contains("header is rendered from the session record"), "{message}");
    std::fs::write(&edited, "Behaviors observed\n  One tantrum, calmed after a break.\n\nPlan\n  Edited by the RBT.\n")
        .expect("write");
    ok(act(&db, &admin, &["session", "note", "edit", &s, "--file", &file]));
    let message = failed(&act(&db, &admin, &["session", "note", "addendum", &s, "--text", "too early"]));
    assert!(message.contains("is a DRAFT"), "{message}");
    // Only the rendering practitioner's own user signs: not the admin, not the BCBA.
    for other in [admin.clone(), bcba_login("notes")] {
        let refused = act(&db, &other, &["session", "note", "sign", &s]);
        assert_eq!(refused.status.code(), Some(1), "{other}: {}", stderr(&refused));
        let message = stderr(&refused);
        assert!(message.contains("linked to no practitioner") || message.contains("only Riley Tech"), "{message}");
    }
    let message = failed(&act(&db, &bcba_login("notes"), &["session", "note", "cosign", &s]));
    assert!(message.contains("is a DRAFT"), "{message}");
    let rbt = rbt_login("notes");
    let signed = stdout(&ok(act(&db, &rbt, &["session", "note", "sign", &s])));
    assert!(signed.contains("Edited by the RBT.") && signed.contains("Signed by Riley Tech, RBT on "), "{signed}");
    assert!(signed.contains("Patient:         Ava Martinez") && !signed.contains("DRAFT"), "{signed}");
    let message = failed(&act(&db, &admin, &["session", "note", "generate", &s]));
    assert!(message.contains("signed and cannot change"), "{message}");
    let message = failed(&act(&db, &rbt, &["session", "note", "sign", &s]));
    assert!(message.contains("already signed"), "{message}");
    // The supervisor co-signs; the renderer cannot co-sign their own note.
    let refused = act(&db, &rbt, &["session", "note", "cosign", &s]);
    assert_eq!(refused.status.code(), Some(1), "{}", stderr(&refused));
    // The BCBA is the technician's supervisor of record: a contact that month.
    ok(act(
        &db,
        &admin,
        &[
            "practitioner",
            "supervision-contact",
            "--technician",
            RBT,
            "--supervisor",
            crate::scheduling::BCBA,
            "--start",
            "2026-11-20 13:00",
            "--minutes",
            "30",
        ],
    ));
    let cosigned = stdout(&ok(act(&db, &bcba_login("notes"), &["session", "note", "cosign", &s])));
    assert!(cosigned.contains("Co-signed (supervisor) by Blair Analyst, BCBA on "), "{cosigned}");
    let message = failed(&act(&db, &bcba_login("notes"), &["session", "note", "cosign", &s]));
    assert!(message.contains("already co-signed"), "{message}");
    ok(act(&db, &admin, &["session", "note", "addendum", &s, "--text", "Parent reported a good evening."]));
    let shown = stdout(&ok(act(&db, &admin, &["session", "note", "show", &s])));
    assert!(shown.contains("Addendum by") && shown.contains("Parent reported a good evening."), "{shown}");

    // Not even the application role, in the clinic's own context, can rewrite it.
    let mut tx = raw_sql_in_clinic(&db, &admin, "notes").await;
    let direct =
        sqlx::query("UPDATE sessions SET note_text = 'rewritten' WHERE id = $1::uuid").bind(&s).execute(&mut *tx).await;
    assert!(matches!(&direct, Err(sqlx::Error::Database(e)) if e.message().contains("cannot change")), "{direct:?}");
    drop(tx);
    let mut tx = db.pool.begin().await.expect("begin");
    let removed = sqlx::query("DELETE FROM session_note_addenda").execute(&mut *tx).await;
    assert!(removed.is_err(), "addenda are append-only, even for the owner");
    drop(tx);
    assert!(
        count(&db, "SELECT count(*) FROM audit_logs WHERE action = 'session.note.sign' AND outcome = 'SUCCESS'").await
            == 1
    );

    // Appointments that are not SCHEDULED start no session.
    let b = booked_id(book(&db, &admin, ("MRN-1001", RBT, "97153"), "2026-11-21 09:00", "60", &["-o", "json"]));
    ok(act(&db, &admin, &["appointment", "cancel", &b, "--reason", "sick"]));
    let message = failed(&act(&db, &admin, &["session", "start", "--appointment", &b]));
    assert!(message.contains("is CANCELLED: only a SCHEDULED appointment"), "{message}");
    let message = failed(&act(&db, &admin, &["session", "start", "--appointment", &a]));
    assert!(message.contains("is COMPLETED"), "{message}");
}

#[tokio::test]
async fn fifty_minutes_bill_three_units_and_fifty_three_bill_four_under_both_rules() {
    let db = TestDb::new().await;
    let midpoint = practice(&db, "midpoint").await;
    let cms = crate::imports::clinic(&db, "medicare").await;
    ok(act(&db, ROOT, &["org", "update", "medicare", "--units-rule", "cms_8_minute"]));
    ok(act(&db, &cms, &["patient", "import", &crate::imports::seed("patients.csv")]));
    ok(act(&db, &cms, &["practitioner", "create", "--name", "Riley Tech", "--credential", "RBT", "--npi", RBT]));
    for admin in [&midpoint, &cms] {
        ok(auth(&db, admin, "MRN-1001", "97153", "40", "PA-U", &[]));
        for (day, minutes, units) in [("2026-11-16", "50", 3), ("2026-11-17", "53", 4)] {
            let a =
                booked_id(book(&db, admin, ("MRN-1001", RBT, "97153"), &format!("{day} 09:00"), "60", &["-o", "json"]));
            let s = start(&db, admin, &a, &format!("{day} 09:00"));
            let end = format!("{day} 09:{minutes}");
            let done = json(&ok(act(&db, admin, &["session", "complete", &s, "--end", &end, "-o", "json"])));
            assert_eq!(done["metrics"]["billed_units"], units, "{admin}: {minutes} minutes");
        }
    }
    let used: Vec<i32> = sqlx::query_scalar("SELECT used_units FROM authorizations ORDER BY created_at")
        .fetch_all(&db.pool)
        .await
        .expect("used");
    assert_eq!(used, [7, 7]);
}

#[tokio::test]
async fn delivering_more_than_the_authorization_covers_needs_bill_units_and_cancel_releases() {
    let db = TestDb::new().await;
    let admin = practice(&db, "limits").await;
    ok(auth(&db, &admin, "MRN-1001", "97153", "6", "PA-L", &[]));
    let a = booked_id(book(&db, &admin, ("MRN-1001", RBT, "97153"), "2026-11-20 09:00", "60", &["-o", "json"]));
    let b = booked_id(book(&db, &admin, ("MRN-1001", RBT, "97153"), "2026-11-20 13:00", "30", &["-o", "json"]));
    assert_eq!(counters(&db, "PA-L").await, (0, 6));

    let s = start(&db, &admin, &a, "2026-11-20 09:00");
    let message = failed(&act(&db, &admin, &["session", "complete", &s, "--end", "2026-11-20 10:30"]));
    assert!(message.contains("90 minutes come to 6 unit(s)") && message.contains("can cover only 4"), "{message}");
    assert!(message.contains("--bill-units 4"), "{message}");
    let message =
        failed(&act(&db, &admin, &["session", "complete", &s, "--end", "2026-11-20 10:30", "--bill-units", "5"]));
    assert!(message.contains("more than the authorization can cover (4)"), "{message}");
    assert_eq!(counters(&db, "PA-L").await, (0, 6), "a refused completion changes nothing");
    let done = json(&ok(act(
        &db,
        &admin,
        &["session", "complete", &s, "--end", "2026-11-20 10:30", "--bill-units", "4", "-o", "json"],
    )));
    assert_eq!(
        (done["metrics"]["billed_units"].as_i64(), done["metrics"]["unbilled_minutes"].as_i64()),
        (Some(4), Some(30))
    );
    assert_eq!(counters(&db, "PA-L").await, (4, 2));

    let t = start(&db, &admin, &b, "2026-11-20 13:00");
    let message = failed(&act(&db, &admin, &["session", "cancel", &t, "--reason", " "]));
    assert!(message.contains("--reason"), "{message}");
    ok(act(&db, &admin, &["session", "cancel", &t, "--reason", "patient unwell"]));
    assert_eq!(counters(&db, "PA-L").await, (4, 0), "the cancelled session's units are released");
    ledger_agrees(&db, "PA-L").await;
    let listed = json(&ok(act(&db, &admin, &["session", "list", "--status", "cancelled", "-o", "json"])));
    assert_eq!(listed.as_array().map(Vec::len), Some(1));
}

#[tokio::test]
async fn a_device_batch_of_events_lands_whole_or_not_at_all() {
    let db = TestDb::new().await;
    let admin = practice(&db, "device").await;
    ok(auth(&db, &admin, "MRN-1001", "97153", "40", "PA-D", &[]));
    let a = booked_id(book(&db, &admin, ("MRN-1001", RBT, "97153"), "2026-11-20 09:00", "60", &["-o", "json"]));
    let s = start(&db, &admin, &a, "2026-11-20 09:00");
    let dir = tempfile::tempdir().expect("dir");
    let bad = dir.path().join("bad.csv");
    std::fs::write(
        &bad,
        "type,at,name,target,correct,prompt_level\n\
         behavior,2026-11-20 09:05,tantrum,,,\n\
         trial,2026-11-20 09:06,,colors,maybe,\n\
         sneeze,2026-11-20 09:07,,,,\n\
         trial,2026-11-20 08:00,,colors,true,hand-over-hand\n",
    )
    .expect("write");
    let message = failed(&act(&db, &admin, &["session", "event", "import", &s, &bad.display().to_string()]));
    for expected in [
        "line 3, column correct: \"maybe\" is not true or false",
        "line 4, column type: \"sneeze\" is not an event type",
        "line 5, column prompt_level:",
        "line 5, column at: 2026-11-20 08:00 is outside the session",
    ] {
        assert!(message.contains(expected), "expected {expected:?} in:\n{message}");
    }
    assert_eq!(count(&db, "SELECT count(*) FROM session_events").await, 0);

    let good = dir.path().join("good.jsonl");
    std::fs::write(
        &good,
        "{\"type\": \"trial\", \"at\": \"2026-11-20 09:06\", \"target\": \"colors\", \"correct\": true}\n\
         {\"type\": \"mand\", \"at\": \"2026-11-20 09:07\"}\n",
    )
    .expect("write");
    let typo = dir.path().join("typo.jsonl");
    std::fs::write(&typo, "{\"type\": \"mand\", \"at\": \"2026-11-20 09:07\", \"targte\": \"colors\"}\n")
        .expect("write");
    let message = failed(&act(&db, &admin, &["session", "event", "import", &s, &typo.display().to_string()]));
    assert!(message.contains("line 1, column targte: unknown key"), "{message}");
    assert_eq!(count(&db, "SELECT count(*) FROM session_events").await, 0);
    ok(act(&db, &admin, &["session", "event", "import", &s, &good.display().to_string()]));
    let events = json(&ok(act(&db, &admin, &["session", "event", "list", &s, "-o", "json"])));
    assert_eq!(events.as_array().map(Vec::len), Some(2));
}

/// Minutes are real minutes on both daylight-saving days (the clinic is in
/// America/New_York): the spring-forward night's (2026-03-08) 01:00–03:00 is one hour, a time the
/// clocks skip is refused, a repeated one is refused with both readings until an offset
/// picks one, and a session across the change bills what elapsed.
#[tokio::test]
async fn daylight_saving_days_count_real_minutes() {
    let db = TestDb::new().await;
    let admin = practice(&db, "dst").await;
    // From the spring-forward night of 2026 (a session is delivered in the past).
    ok(act(
        &db,
        &admin,
        &[
            "auth",
            "create",
            "--patient",
            "MRN-1001",
            "--code",
            "97153",
            "--units",
            "100",
            "--start",
            "2026-03-01",
            "--end",
            "2027-05-31",
            "--number",
            "PA-DST",
        ],
    ));
    let appointment = |start: &str, extra: &[&str]| {
        act(
            &db,
            &admin,
            &[
                &[
                    "appointment",
                    "create",
                    "--patient",
                    "MRN-1001",
                    "--practitioner",
                    RBT,
                    "--code",
                    "97153",
                    "--start",
                    start,
                ][..],
                extra,
                &["-o", "json"],
            ]
            .concat(),
        )
    };
    let spring = json(&ok(appointment("2026-03-08 01:00", &["--end", "03:00"])));
    assert_eq!(spring[0]["units"], 4, "60 real minutes: {spring}");
    let minutes = json(&ok(appointment("2026-03-08 03:30", &["--minutes", "60"])));
    assert_eq!((minutes[0]["units"].as_i64(), minutes[0]["end"].as_str()), (Some(4), Some("2026-03-08T04:30:00")));
    let skipped = failed(&appointment("2026-03-08 02:30", &["--minutes", "30"]));
    assert!(skipped.contains("2026-03-08 02:30 does not exist in America/New_York"), "{skipped}");

    let twice = failed(&appointment("2026-11-01 01:30", &["--minutes", "30"]));
    assert!(
        twice.contains("happens twice") && twice.contains("2026-11-01 01:30-04:00") && twice.contains("01:30-05:00"),
        "{twice}"
    );
    let first = json(&ok(appointment("2026-11-01 01:00-04:00", &["--minutes", "45"])));
    assert_eq!(first[0]["units"], 3);
    let second = json(&ok(appointment("2026-11-01 01:00-05:00", &["--minutes", "45"])));
    assert_eq!(second[0]["units"], 3, "the second 01:00 is another hour: no overlap with the first");
    let instants: Vec<String> = sqlx::query_scalar(
        "SELECT to_char(starts_at AT TIME ZONE 'UTC', 'HH24:MI') FROM appointments
          WHERE starts_at::date = '2026-11-01' ORDER BY starts_at",
    )
    .fetch_all(&db.pool)
    .await
    .expect("instants");
    assert_eq!(instants, ["05:00", "06:00"]);

    // A session started at 01:00 and ended at 03:00 that night lasted 60 minutes.
    let id = spring[0]["appointment_id"].as_str().expect("id").to_string();
    let session = start(&db, &admin, &id, "2026-03-08 01:00");
    let done =
        json(&ok(act(&db, &admin, &["session", "complete", &session, "--end", "2026-03-08 03:00", "-o", "json"])));
    assert_eq!(done["metrics"]["session_minutes"], 60, "{done}");
    assert_eq!(done["metrics"]["billed_units"], 4, "{done}");
}
