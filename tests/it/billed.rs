//! Billed as delivered, through the real binary: a group is the members present at
//! delivery; care across midnight is one line per date of service, each counted against
//! that date's maximum; care already given stays billable after a sweep or a
//! deactivation; changes that touch bookings or sessions in progress say so; the CMS
//! 8-minute rule pools one provider's minutes, never another's.

use omnictl::domain::session::forged_line;

use crate::harness::{TestDb, clinic_today, raw_sql_in_clinic, stdout};
use crate::imports::{act, failed, json, ok};
use crate::operators::ROOT;
use crate::scheduling::{BCBA, LAPSED, RBT, auth, book, counters, ledger_agrees, practice};
use crate::sessions::{booked_id, start};

fn group(db: &TestDb, admin: &str, patients: &[&str], at: &str) -> Vec<String> {
    group_of(db, admin, (RBT, "97154"), patients, at)
}

/// Books a group of `patients` with (practitioner NPI, group code) at `at` for an hour.
fn group_of(db: &TestDb, admin: &str, who: (&str, &str), patients: &[&str], at: &str) -> Vec<String> {
    let mut args = vec!["appointment", "create", "--group", "--practitioner", who.0, "--code", who.1];
    for p in patients {
        args.extend(["--patient", p]);
    }
    args.extend(["--start", at, "--minutes", "60", "-o", "json"]);
    let booked = json(&ok(act(db, admin, &args)));
    booked.as_array().expect("report").iter().map(|r| r["appointment_id"].as_str().expect("id").to_string()).collect()
}

/// The appointment's local start in its clinic's zone.
async fn starts(db: &TestDb, id: &str) -> String {
    sqlx::query_scalar(
        "SELECT to_char(ap.starts_at AT TIME ZONE o.time_zone, 'YYYY-MM-DD HH24:MI') FROM appointments ap
           JOIN organizations o ON o.id = ap.organization_id WHERE ap.id = $1::uuid",
    )
    .bind(id)
    .fetch_one(&db.pool)
    .await
    .expect("start")
}

/// The (changes, details) of each successful audit entry of `action`, oldest first.
async fn audited(db: &TestDb, action: &str) -> Vec<(serde_json::Value, serde_json::Value)> {
    sqlx::query_as(
        "SELECT changes, details FROM audit_logs WHERE action = $1 AND outcome = 'SUCCESS' ORDER BY occurred_at, chain_seq",
    )
    .bind(action)
    .fetch_all(&db.pool)
    .await
    .expect("audit")
}

async fn appointment(db: &TestDb, id: &str) -> (String, String, Option<String>) {
    sqlx::query_as(
        "SELECT ap.status::text, ap.service_code, a.authorization_number FROM appointments ap
           LEFT JOIN authorizations a ON a.id = ap.authorization_id WHERE ap.id = $1::uuid",
    )
    .bind(id)
    .fetch_one(&db.pool)
    .await
    .expect("appointment")
}

#[tokio::test]
async fn a_group_is_its_members_present_at_delivery() {
    let db = TestDb::new().await;
    let admin = practice(&db, "groups").await;
    for (mrn, number) in [("MRN-1001", "PA-G1"), ("MRN-1002", "PA-G2"), ("MRN-1003", "PA-G3")] {
        ok(auth(&db, &admin, mrn, "97154", "40", number, &[]));
    }
    ok(auth(&db, &admin, "MRN-1001", "97153", "40", "PA-I1", &[]));

    // A group of three, two cancelled: the second cancellation would leave one alone.
    let members = group(&db, &admin, &["MRN-1001", "MRN-1002", "MRN-1003"], "2026-11-16 13:00");
    ok(act(&db, &admin, &["appointment", "cancel", &members[1], "--reason", "sick"]));
    let message = failed(&act(&db, &admin, &["appointment", "cancel", &members[2], "--reason", "moved away"]));
    assert!(message.contains("alone in its group") && message.contains("never for one"), "{message}");
    assert!(message.contains("--cancel-group") && message.contains("--as-individual"), "{message}");
    assert_eq!(appointment(&db, &members[2]).await.0, "SCHEDULED", "a refused cancellation changed nothing");
    // Told to, the member left alone becomes the individual code, its units moved.
    ok(act(&db, &admin, &["appointment", "cancel", &members[2], "--reason", "moved away", "--as-individual"]));
    assert_eq!(
        appointment(&db, &members[0]).await,
        ("SCHEDULED".to_string(), "97153".to_string(), Some("PA-I1".to_string()))
    );
    assert_eq!((counters(&db, "PA-G1").await, counters(&db, "PA-I1").await), ((0, 0), (0, 4)));
    for number in ["PA-G1", "PA-G2", "PA-G3", "PA-I1"] {
        ledger_agrees(&db, number).await;
    }

    // A group of two where one member comes: the other's completion is refused as a
    // group of one; the absent member is a no-show, and the present one is billed alone.
    let pair = group(&db, &admin, &["MRN-1001", "MRN-1002"], "2026-11-17 13:00");
    let present = start(&db, &admin, &pair[0], "2026-11-17 13:00");
    let message = failed(&act(&db, &admin, &["session", "complete", &present, "--end", "2026-11-17 14:00"]));
    assert!(message.contains("billed for a group of 2 to 8 patients present; 1 of the group"), "{message}");
    assert!(message.contains("--as-individual"), "{message}");
    let message = failed(&act(&db, &admin, &["appointment", "no-show", &pair[1]]));
    assert!(message.contains("alone in its group"), "{message}");
    ok(act(&db, &admin, &["appointment", "no-show", &pair[1], "--as-individual"]));
    let done =
        json(&ok(act(&db, &admin, &["session", "complete", &present, "--end", "2026-11-17 14:00", "-o", "json"])));
    assert_eq!(done["service_code"], "97153", "{done}");
    let note = stdout(&ok(act(&db, &admin, &["session", "note", "generate", &present])));
    assert!(note.contains("97153, 60 minutes, 4 unit(s)") && !note.contains("group of"), "{note}");

    // A group present at delivery: both start, both complete as a group of 2.
    let both = group(&db, &admin, &["MRN-1002", "MRN-1003"], "2026-11-18 13:00");
    let sessions: Vec<String> = both.iter().map(|a| start(&db, &admin, a, "2026-11-18 13:00")).collect();
    for s in &sessions {
        ok(act(&db, &admin, &["session", "complete", s, "--end", "2026-11-18 14:00"]));
        let note = stdout(&ok(act(&db, &admin, &["session", "note", "generate", s])));
        assert!(note.contains("Participants:    group of 2 patients present"), "{note}");
    }

    // A member moved alone is no group: refused unless taken out as the individual code.
    let moving = group(&db, &admin, &["MRN-1001", "MRN-1002", "MRN-1003"], "2026-11-19 13:00");
    let message = failed(&act(&db, &admin, &["appointment", "reschedule", &moving[0], "--start", "2026-11-19 16:00"]));
    assert!(message.contains("a member moved alone is no group"), "{message}");
    ok(act(&db, &admin, &["appointment", "reschedule", &moving[0], "--start", "2026-11-19 16:00", "--as-individual"]));
    assert_eq!(appointment(&db, &moving[0]).await.1, "97153");

    // The database holds the rule for a clinic's own login over SQL too.
    let mut tx = raw_sql_in_clinic(&db, &admin, "groups").await;
    sqlx::query(
        "UPDATE appointments SET starts_at = starts_at + interval '5 hours', ends_at = ends_at + interval '5 hours'
          WHERE id = $1::uuid",
    )
    .bind(&moving[1])
    .execute(&mut *tx)
    .await
    .expect("the statement runs; the rule is checked at commit");
    let refused = tx.commit().await.expect_err("a member moved out of its slot");
    assert!(format!("{refused}").contains("2 to 8 live members"), "{refused}");
}

#[tokio::test]
async fn a_group_moves_whole_in_one_transaction_or_not_at_all() {
    let db = TestDb::new().await;
    let admin = practice(&db, "movers").await;
    ok(auth(&db, &admin, "MRN-1001", "97154", "40", "PA-G1", &[]));
    ok(auth(&db, &admin, "MRN-1002", "97154", "40", "PA-G2", &[]));
    ok(act(
        &db,
        &admin,
        &[
            "auth",
            "create",
            "--patient",
            "MRN-1003",
            "--code",
            "97154",
            "--units",
            "40",
            "--start",
            "2026-11-01",
            "--end",
            "2026-11-30",
            "--number",
            "PA-G3",
        ],
    ));
    let members = group(&db, &admin, &["MRN-1001", "MRN-1002", "MRN-1003"], "2026-11-16 13:00");
    let message = failed(&act(&db, &admin, &["appointment", "reschedule", &members[0], "--start", "2026-11-16 15:00"]));
    assert!(message.contains("a member moved alone is no group"), "{message}");
    assert!(message.contains("--group") && message.contains("--as-individual"), "{message}");

    // Named by any member, the whole group moves, each member on its own authorization.
    let moved = json(&ok(act(
        &db,
        &admin,
        &[
            "appointment",
            "reschedule",
            &members[1],
            "--group",
            "--start",
            "2026-11-16 15:00",
            "--minutes",
            "90",
            "-o",
            "json",
        ],
    )));
    assert_eq!(moved["service_code"], "97154", "{moved}");
    for (member, number) in members.iter().zip(["PA-G1", "PA-G2", "PA-G3"]) {
        assert_eq!(starts(&db, member).await, "2026-11-16 15:00");
        assert_eq!(
            appointment(&db, member).await,
            ("SCHEDULED".to_string(), "97154".to_string(), Some(number.to_string()))
        );
        assert_eq!(counters(&db, number).await, (0, 6), "90 minutes are 6 units on each member's authorization");
        ledger_agrees(&db, number).await;
    }
    let entries = audited(&db, "appointment.reschedule").await;
    assert_eq!(entries.len(), 1, "one audit entry for the group: {entries:?}");
    let (changes, details) = &entries[0];
    assert_eq!(changes["start"]["new"], "2026-11-16 15:00:00", "{changes}");
    for member in &members {
        assert!(details["members_moved"].as_str().is_some_and(|m| m.contains(member.as_str())), "{details}");
    }

    // One member's authorization ends with November: the group does not move to December,
    // and no member moved.
    let message = failed(&act(
        &db,
        &admin,
        &["appointment", "reschedule", &members[0], "--group", "--start", "2026-12-01 13:00"],
    ));
    assert!(message.contains("PA-G3") && message.contains("2026-12-01"), "{message}");
    for member in &members {
        assert_eq!(starts(&db, member).await, "2026-11-16 15:00", "nothing moved");
    }
    assert_eq!(audited(&db, "appointment.reschedule").await.len(), 1);

    // A group whose session has begun stays where it is; --group names a group.
    start(&db, &admin, &members[2], "2026-11-16 15:00");
    let message = failed(&act(
        &db,
        &admin,
        &["appointment", "reschedule", &members[0], "--group", "--start", "2026-11-16 17:00"],
    ));
    assert!(message.contains(&members[2]) && message.contains("IN_PROGRESS"), "{message}");
    ok(auth(&db, &admin, "MRN-1001", "97153", "40", "PA-I1", &[]));
    let single = booked_id(book(&db, &admin, ("MRN-1001", RBT, "97153"), "2026-11-17 09:00", "60", &["-o", "json"]));
    let message =
        failed(&act(&db, &admin, &["appointment", "reschedule", &single, "--group", "--start", "2026-11-17 10:00"]));
    assert!(message.contains("--group") && message.contains("no group's"), "{message}");
}

#[tokio::test]
async fn the_rest_of_a_group_is_cancelled_or_billed_alone_on_the_record() {
    let db = TestDb::new().await;
    let admin = practice(&db, "rests").await;
    for (mrn, number) in [("MRN-1001", "PA-G1"), ("MRN-1002", "PA-G2"), ("MRN-1003", "PA-G3")] {
        ok(auth(&db, &admin, mrn, "97154", "80", number, &[]));
    }
    ok(auth(&db, &admin, "MRN-1001", "97153", "40", "PA-I1", &[]));

    // Cancel with --cancel-group: the member left alone is cancelled too, on the record.
    let pair = group(&db, &admin, &["MRN-1001", "MRN-1002"], "2026-11-16 13:00");
    ok(act(&db, &admin, &["appointment", "cancel", &pair[0], "--reason", "clinic closed", "--cancel-group"]));
    assert_eq!(appointment(&db, &pair[1]).await.0, "CANCELLED");
    let (_, details) = audited(&db, "appointment.cancel").await.pop().expect("cancel audited");
    assert_eq!(details["group_cancelled"], pair[1].as_str(), "{details}");

    // No-show with --cancel-group: the absent member NO_SHOW, the other CANCELLED.
    let pair = group(&db, &admin, &["MRN-1001", "MRN-1002"], "2026-11-17 13:00");
    ok(act(&db, &admin, &["appointment", "no-show", &pair[0], "--cancel-group", "--reason", "no group of one"]));
    assert_eq!(
        (appointment(&db, &pair[0]).await.0, appointment(&db, &pair[1]).await.0),
        ("NO_SHOW".into(), "CANCELLED".into())
    );
    let (_, details) = audited(&db, "appointment.no-show").await.pop().expect("no-show audited");
    assert_eq!(details["group_cancelled"], pair[1].as_str(), "{details}");

    // Reschedule a member out as the individual code, the other cancelled.
    let pair = group(&db, &admin, &["MRN-1001", "MRN-1002"], "2026-11-18 13:00");
    ok(act(
        &db,
        &admin,
        &[
            "appointment",
            "reschedule",
            &pair[0],
            "--start",
            "2026-11-18 15:00",
            "--as-individual",
            "--cancel-group",
            "--reason",
            "moved to the afternoon",
        ],
    ));
    assert_eq!(appointment(&db, &pair[0]).await, ("SCHEDULED".into(), "97153".into(), Some("PA-I1".into())));
    assert_eq!(appointment(&db, &pair[1]).await.0, "CANCELLED");
    let (changes, details) = audited(&db, "appointment.reschedule").await.pop().expect("reschedule audited");
    assert_eq!(changes["service_code"], serde_json::json!({ "old": "97154", "new": "97153" }), "{changes}");
    assert_eq!(details["group_cancelled"], pair[1].as_str(), "{details}");

    // Cancelling one of a pair with --as-individual converts the other, on the record.
    let pair = group(&db, &admin, &["MRN-1001", "MRN-1002"], "2026-11-19 13:00");
    ok(act(&db, &admin, &["appointment", "cancel", &pair[1], "--reason", "sick", "--as-individual"]));
    let (_, details) = audited(&db, "appointment.cancel").await.pop().expect("cancel audited");
    assert_eq!(details["converted_to_individual"], pair[0].as_str(), "{details}");

    // One of three came. Billed alone at completion, the member would leave the slot the
    // practitioner is still booked in for the two others: refused, saying what to do.
    let three = group(&db, &admin, &["MRN-1001", "MRN-1002", "MRN-1003"], "2026-11-20 13:00");
    let alone = start(&db, &admin, &three[0], "2026-11-20 13:00");
    let complete = |extra: &[&str]| {
        let mut args = vec!["session", "complete", alone.as_str(), "--end", "2026-11-20 14:00", "-o", "json"];
        args.extend_from_slice(extra);
        act(&db, &admin, &args)
    };
    let message = failed(&complete(&[]));
    assert!(message.contains("1 of the group was present") && message.contains("--as-individual"), "{message}");
    let message = failed(&complete(&["--as-individual"]));
    assert!(message.contains("2 other member(s) of the group are still booked in its slot"), "{message}");
    assert!(message.contains(&three[1]) && message.contains("no-shows first"), "{message}");
    // Recorded absent, the last of them converting the member present, who completes alone.
    ok(act(&db, &admin, &["appointment", "no-show", &three[1]]));
    ok(act(&db, &admin, &["appointment", "no-show", &three[2], "--as-individual"]));
    let (_, details) = audited(&db, "appointment.no-show").await.pop().expect("no-show audited");
    assert_eq!(details["converted_to_individual"], three[0].as_str(), "{details}");
    let done = json(&ok(complete(&[])));
    assert_eq!(done["service_code"], "97153", "{done}");
    for number in ["PA-G1", "PA-G2", "PA-G3", "PA-I1"] {
        ledger_agrees(&db, number).await;
    }
}

#[tokio::test]
async fn the_note_says_the_group_present_at_completion_for_every_group_code() {
    let db = TestDb::new().await;
    let admin = practice(&db, "present").await;
    for mrn in ["MRN-1001", "MRN-1002", "MRN-1003"] {
        for code in ["97154", "97157", "97158"] {
            ok(auth(&db, &admin, mrn, code, "80", &format!("PA-{code}-{mrn}"), &[]));
        }
    }
    // Three booked, two came, the third a no-show: a group of 2 present.
    let three = group(&db, &admin, &["MRN-1001", "MRN-1002", "MRN-1003"], "2026-11-16 13:00");
    let came: Vec<String> = three[..2].iter().map(|a| start(&db, &admin, a, "2026-11-16 13:00")).collect();
    ok(act(&db, &admin, &["appointment", "no-show", &three[2]]));
    for s in &came {
        ok(act(&db, &admin, &["session", "complete", s, "--end", "2026-11-16 14:00"]));
        let note = stdout(&ok(act(&db, &admin, &["session", "note", "generate", s])));
        assert!(note.contains("Participants:    group of 2 patients present"), "{note}");
    }

    // 97157 (families, patients absent) and 97158 (protocol modification) groups complete
    // as groups of three; a member's session cancelled afterwards does not change the
    // size an already-billed note says.
    for code in ["97157", "97158"] {
        let at = if code == "97157" { "2026-11-17 13:00" } else { "2026-11-18 13:00" };
        let end = if code == "97157" { "2026-11-17 14:00" } else { "2026-11-18 14:00" };
        let members = group_of(&db, &admin, (BCBA, code), &["MRN-1001", "MRN-1002", "MRN-1003"], at);
        let sessions: Vec<String> = members.iter().map(|a| start(&db, &admin, a, at)).collect();
        for s in &sessions[..2] {
            let done = json(&ok(act(&db, &admin, &["session", "complete", s, "--end", end, "-o", "json"])));
            assert_eq!(done["service_code"], code, "{done}");
        }
        ok(act(&db, &admin, &["session", "cancel", &sessions[2], "--reason", "left before it began"]));
        for s in &sessions[..2] {
            let note = stdout(&ok(act(&db, &admin, &["session", "note", "generate", s])));
            assert!(note.contains(&format!("Service:         {code}, 60 minutes")), "{note}");
            assert!(note.contains("Participants:    group of 3 patients present"), "{note}");
        }
    }
    // The recorded size is the database's: a login's own UPDATE does not rewrite it.
    let mut tx = raw_sql_in_clinic(&db, &admin, "present").await;
    sqlx::query("UPDATE sessions SET group_present = 8 WHERE id = $1::uuid")
        .bind(&came[0])
        .execute(&mut *tx)
        .await
        .expect("the statement runs");
    tx.commit().await.expect("commit");
    let recorded: Option<i32> = sqlx::query_scalar("SELECT group_present FROM sessions WHERE id = $1::uuid")
        .bind(&came[0])
        .fetch_one(&db.pool)
        .await
        .expect("size");
    assert_eq!(recorded, Some(2));
}

#[tokio::test]
async fn care_across_midnight_is_billed_on_each_date_against_that_dates_maximum() {
    let db = TestDb::new().await;
    let admin = practice(&db, "midnight").await;
    ok(auth(&db, &admin, "MRN-1001", "97153", "200", "PA-M", &[]));
    let night = booked_id(book(&db, &admin, ("MRN-1001", RBT, "97153"), "2026-11-28 22:00", "240", &["-o", "json"]));
    let s = start(&db, &admin, &night, "2026-11-28 22:00");
    ok(act(&db, &admin, &["session", "complete", &s, "--end", "2026-11-29 02:00"]));
    let lines: Vec<(String, i32, i32)> = sqlx::query_as(
        "SELECT date_of_service::text, minutes, units FROM session_service_lines WHERE session_id = $1::uuid
          ORDER BY date_of_service",
    )
    .bind(&s)
    .fetch_all(&db.pool)
    .await
    .expect("lines");
    assert_eq!(lines, [("2026-11-28".to_string(), 120, 8), ("2026-11-29".to_string(), 120, 8)]);
    let note = stdout(&ok(act(&db, &admin, &["session", "note", "generate", &s])));
    assert!(note.contains("Date of service: 2026-11-28, 22:00–24:00, 8 unit(s)"), "{note}");
    assert!(note.contains("Date of service: 2026-11-29, 00:00–02:00, 8 unit(s)"), "{note}");
    assert!(note.contains("Time zone:       America/New_York"), "{note}");
    // Every header line has a label: a narrative can hold no line that reads as one.
    let header = note.split("\n\n").next().unwrap_or_default();
    for line in header.lines() {
        assert!(forged_line(line).is_some(), "an unlabelled header line a narrative could forge: {line:?}\n{note}");
    }
    let shown = stdout(&ok(act(&db, &admin, &["auth", "show", "PA-M", "-o", "json"])));
    assert!(shown.contains("2026-11-28: 8 unit(s); 2026-11-29: 8 unit(s)"), "{shown}");
    assert_eq!(counters(&db, "PA-M").await, (16, 0));

    // The same technician's 02:00–10:00 is 32 more units on the 29th, which already has
    // 8: past its maximum of 32, refused at booking and at completion unless an ADMIN
    // documents why.
    let message = failed(&book(&db, &admin, ("MRN-1001", RBT, "97153"), "2026-11-29 02:00", "480", &[]));
    assert!(message.contains("40 units of 97153 on 2026-11-29") && message.contains("8 already booked"), "{message}");
    let morning = booked_id(book(
        &db,
        &admin,
        ("MRN-1001", RBT, "97153"),
        "2026-11-29 02:00",
        "480",
        &["--override-daily-max", "--reason", "crisis plan", "-o", "json"],
    ));
    let s2 = start(&db, &admin, &morning, "2026-11-29 02:00");
    let message = failed(&act(&db, &admin, &["session", "complete", &s2, "--end", "2026-11-29 10:00"]));
    assert!(message.contains("40 units of 97153") && message.contains("2026-11-29"), "{message}");
    ok(act(
        &db,
        &admin,
        &["session", "complete", &s2, "--end", "2026-11-29 10:00", "--override-daily-max", "--reason", "crisis plan"],
    ));
    assert_eq!(counters(&db, "PA-M").await, (48, 0));
    ledger_agrees(&db, "PA-M").await;

    // A line is one date: the database refuses one that crosses the clinic's midnight.
    let mut tx = raw_sql_in_clinic(&db, &admin, "midnight").await;
    let refused = sqlx::query(
        "INSERT INTO session_service_lines (organization_id, session_id, date_of_service, starts_at, ends_at, minutes, units)
         SELECT organization_id, id, '2026-11-30', '2026-11-30 23:00 America/Chicago', '2026-12-01 01:00 America/Chicago', 120, 8
           FROM sessions WHERE id = $1::uuid",
    )
    .bind(&s)
    .execute(&mut *tx)
    .await
    .expect_err("crosses midnight");
    assert!(format!("{refused}").contains("within its date of service"), "{refused}");
}

#[tokio::test]
async fn booking_counts_each_date_of_service_a_night_touches_in_the_tool_and_by_sql() {
    let db = TestDb::new().await;
    let admin = practice(&db, "nights").await;
    ok(auth(&db, &admin, "MRN-1001", "97153", "400", "PA-N", &[]));
    let night = booked_id(book(&db, &admin, ("MRN-1001", RBT, "97153"), "2026-11-28 22:00", "240", &["-o", "json"]));
    // The night puts 8 units on the 29th: 32 more that date pass its maximum of 32.
    let message = failed(&book(&db, &admin, ("MRN-1001", RBT, "97153"), "2026-11-29 02:00", "480", &[]));
    assert!(
        message
            .contains("would receive 40 units of 97153 on 2026-11-29, over its daily maximum of 32 (8 already booked)"),
        "{message}"
    );
    ok(book(&db, &admin, ("MRN-1001", RBT, "97153"), "2026-11-29 04:00", "360", &[]));
    // Moved later, the night puts 12 units on the 29th (24 + 12 = 36): refused; earlier,
    // 4 (24 + 4 = 28): it fits.
    let message = failed(&act(&db, &admin, &["appointment", "reschedule", &night, "--start", "2026-11-28 23:00"]));
    assert!(message.contains("36 units of 97153 on 2026-11-29"), "{message}");
    ok(act(&db, &admin, &["appointment", "reschedule", &night, "--start", "2026-11-28 21:00"]));
    // The night's 4 units on the 29th count beside the morning's 24.
    let message = failed(&book(&db, &admin, ("MRN-1001", RBT, "97153"), "2026-11-29 11:00", "120", &[]));
    assert!(
        message.contains("36 units of 97153 on 2026-11-29") && message.contains("(28 already booked)"),
        "{message}"
    );
    ok(book(&db, &admin, ("MRN-1001", RBT, "97153"), "2026-11-29 11:00", "60", &[]));
    assert_eq!(counters(&db, "PA-N").await, (0, 44));
    ledger_agrees(&db, "PA-N").await;

    // The database counts each date the same way for a clinic's own login: the night
    // lengthened by an hour puts 8 on the 29th (36 in all), moved an hour earlier 0 more.
    let mut tx = raw_sql_in_clinic(&db, &admin, "nights").await;
    let refused = sqlx::query(
        "UPDATE appointments SET ends_at = ends_at + interval '1 hour', units = units + 4 WHERE id = $1::uuid",
    )
    .bind(&night)
    .execute(&mut *tx)
    .await
    .expect_err("the 29th past its maximum");
    assert!(format!("{refused}").contains("36 units of 97153 for one patient on 2026-11-29"), "{refused}");
    drop(tx);
    let mut tx = raw_sql_in_clinic(&db, &admin, "nights").await;
    sqlx::query(
        "UPDATE appointments SET starts_at = starts_at - interval '1 hour', units = units + 4 WHERE id = $1::uuid",
    )
    .bind(&night)
    .execute(&mut *tx)
    .await
    .expect("20:00–01:00 puts 4 on the 29th: 32 in all, at its maximum");
    drop(tx);

    // The authorization covers each date the appointment touches.
    ok(act(
        &db,
        &admin,
        &[
            "auth",
            "create",
            "--patient",
            "MRN-1002",
            "--code",
            "97153",
            "--units",
            "40",
            "--start",
            "2026-11-01",
            "--end",
            "2026-11-30",
            "--number",
            "PA-NOV",
        ],
    ));
    let message = failed(&book(&db, &admin, ("MRN-1002", RBT, "97153"), "2026-11-30 23:00", "120", &[]));
    assert!(message.contains("reaches 2026-12-01") && message.contains("PA-NOV"), "{message}");
    ok(act(
        &db,
        &admin,
        &[
            "auth",
            "create",
            "--patient",
            "MRN-1002",
            "--code",
            "97153",
            "--units",
            "40",
            "--start",
            "2026-12-01",
            "--end",
            "2026-12-31",
            "--number",
            "PA-DEC",
        ],
    ));
    ok(book(&db, &admin, ("MRN-1002", RBT, "97153"), "2026-11-30 23:00", "120", &[]));
}

#[tokio::test]
async fn the_cms_rule_pools_one_providers_minutes_never_anothers() {
    let db = TestDb::new().await;
    let admin = practice(&db, "pooled").await;
    ok(act(&db, ROOT, &["org", "update", "pooled", "--units-rule", "cms_8_minute"]));
    ok(auth(&db, &admin, "MRN-1001", "97153", "100", "PA-T", &[]));
    ok(auth(&db, &admin, "MRN-1001", "97155", "100", "PA-S", &[]));
    let treat = booked_id(book(&db, &admin, ("MRN-1001", RBT, "97153"), "2026-11-20 09:00", "60", &["-o", "json"]));
    let supervise =
        booked_id(book(&db, &admin, ("MRN-1001", BCBA, "97155"), "2026-11-20 09:00", "15", &["-o", "json"]));
    let t = start(&db, &admin, &treat, "2026-11-20 09:00");
    let s = start(&db, &admin, &supervise, "2026-11-20 09:00");
    ok(act(&db, &admin, &["session", "complete", &s, "--end", "2026-11-20 09:14"]));
    // 53 minutes alone are 4 units; pooled with the BCBA's 14 they would be 3.
    let done = json(&ok(act(&db, &admin, &["session", "complete", &t, "--end", "2026-11-20 09:53", "-o", "json"])));
    assert_eq!(done["metrics"]["billed_units"], 4, "{done}");
    // The same technician's second session that day pools with the first: 53 + 14 = 67
    // minutes are 4 units in all, 0 more.
    let again = booked_id(book(&db, &admin, ("MRN-1001", RBT, "97153"), "2026-11-20 13:00", "15", &["-o", "json"]));
    let a = start(&db, &admin, &again, "2026-11-20 13:00");
    let done = json(&ok(act(&db, &admin, &["session", "complete", &a, "--end", "2026-11-20 13:14", "-o", "json"])));
    assert_eq!(done["metrics"]["billed_units"], 0, "{done}");
}

#[tokio::test]
async fn care_already_given_stays_billable_and_changes_list_sessions_in_progress() {
    let db = TestDb::new().await;
    let admin = practice(&db, "given").await;
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
            "40",
            "--start",
            "2026-11-01",
            "--end",
            "2026-11-20",
            "--number",
            "PA-END",
        ],
    ));
    // A session started on the authorization's last day; the sweep runs after it.
    let last = booked_id(book(&db, &admin, ("MRN-1001", RBT, "97153"), "2026-11-20 09:00", "60", &["-o", "json"]));
    let s = start(&db, &admin, &last, "2026-11-20 09:00");
    let swept = act(&db, &admin, &["auth", "sweep"]);
    let said = crate::harness::stderr(&ok(swept));
    assert!(said.contains("1 session(s) in progress on them left as they are"), "{said}");
    let status: String =
        sqlx::query_scalar("SELECT status::text FROM authorizations WHERE authorization_number = 'PA-END'")
            .fetch_one(&db.pool)
            .await
            .expect("status");
    assert_eq!(status, "EXPIRED");
    ok(act(&db, &admin, &["session", "complete", &s, "--end", "2026-11-20 10:00"]));
    assert_eq!(counters(&db, "PA-END").await, (4, 0), "the delivered session is billed");
    // EXPIRED stays EXPIRED until the payer extends it; then ACTIVE again.
    let message = failed(&act(&db, &admin, &["auth", "update", "PA-END", "--status", "active"]));
    assert!(message.contains("ended on 2026-11-20") && message.contains("--end"), "{message}");
    let today = clinic_today(&db, "given").await;
    let later = (today + chrono::Duration::days(30)).to_string();
    let extended = json(&ok(act(&db, &admin, &["auth", "update", "PA-END", "--end", &later, "-o", "json"])));
    assert_eq!(extended["status"], "ACTIVE", "{extended}");

    // A practitioner deactivated during a session: listed, kept on request, and the
    // care they gave while active completes.
    ok(auth(&db, &admin, "MRN-1002", "97153", "40", "PA-2", &[]));
    let during = booked_id(book(&db, &admin, ("MRN-1002", LAPSED, "97153"), "2026-11-22 09:00", "60", &["-o", "json"]));
    let live = start(&db, &admin, &during, "2026-11-22 09:00");
    let message = failed(&act(&db, &admin, &["practitioner", "deactivate", LAPSED]));
    assert!(message.contains("in progress since 2026-11-22 09:00") && message.contains(&during), "{message}");
    ok(act(&db, &admin, &["practitioner", "deactivate", LAPSED, "--keep-affected"]));
    let flagged = stdout(&ok(act(&db, &admin, &["appointment", "list", "--needs-attention", "-o", "json"])));
    assert!(flagged.contains(&during), "{flagged}");
    ok(act(&db, &admin, &["session", "complete", &live, "--end", "2026-11-22 10:00"]));

    // Ending a policy or archiving a patient with future bookings says so.
    let start_day = (today - chrono::Duration::days(30)).to_string();
    let end_day = (today + chrono::Duration::days(60)).to_string();
    let policy = json(&ok(act(
        &db,
        &admin,
        &[
            "insurance",
            "add",
            "--patient",
            "MRN-1003",
            "--payer",
            "Acme Health",
            "--member-number",
            "M-3",
            "--start",
            &start_day,
            "-o",
            "json",
        ],
    )));
    let policy = policy["id"].as_str().expect("policy id").to_string();
    ok(act(
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
            &start_day,
            "--end",
            &end_day,
            "--number",
            "PA-3",
            "--insurance",
            &policy,
        ],
    ));
    let week = format!("{} 09:00", today + chrono::Duration::days(7));
    let future = booked_id(book(&db, &admin, ("MRN-1003", RBT, "97153"), &week, "60", &["-o", "json"]));
    let message = failed(&act(&db, &admin, &["insurance", "end", &policy]));
    assert!(
        message.contains("would leave 1 booked appointment(s) outside the rules") && message.contains(&future),
        "{message}"
    );
    ok(act(&db, &admin, &["insurance", "end", &policy, "--keep-affected"]));
    let flagged = stdout(&ok(act(&db, &admin, &["appointment", "list", "--needs-attention", "-o", "json"])));
    assert!(flagged.contains(&future), "{flagged}");
    let later = format!("{} 13:00", today + chrono::Duration::days(7));
    let booked = booked_id(book(&db, &admin, ("MRN-1001", RBT, "97153"), &later, "60", &["-o", "json"]));
    let message = failed(&act(&db, &admin, &["patient", "archive", "MRN-1001"]));
    assert!(message.contains("archiving the patient MRN-1001") && message.contains(&booked), "{message}");
    ok(act(&db, &admin, &["patient", "archive", "MRN-1001", "--cancel-affected", "--reason", "family moved"]));
    assert_eq!(appointment(&db, &booked).await.0, "CANCELLED");
    assert_eq!(counters(&db, "PA-END").await, (4, 0), "its units went back");
}

#[tokio::test]
async fn archiving_or_ending_a_policy_during_a_session_is_judged_as_of_its_date() {
    let db = TestDb::new().await;
    let admin = practice(&db, "asof").await;
    let today = clinic_today(&db, "asof").await;
    let day = |n: i64| (today + chrono::Duration::days(n)).to_string();
    let (from, to, yesterday) = (day(-30), day(60), day(-1));
    let authorize = |mrn: &str, number: &str, extra: &[&str]| {
        let mut args = vec![
            "auth",
            "create",
            "--patient",
            mrn,
            "--code",
            "97153",
            "--units",
            "40",
            "--start",
            &from,
            "--end",
            &to,
            "--number",
            number,
        ];
        args.extend_from_slice(extra);
        ok(act(&db, &admin, &args));
    };

    // A patient archived during a session: listed, kept on request, and the care given
    // before the archive completes and is billed.
    authorize("MRN-1001", "PA-1", &[]);
    let at = format!("{yesterday} 22:00");
    let late = booked_id(book(&db, &admin, ("MRN-1001", RBT, "97153"), &at, "60", &["-o", "json"]));
    let live = start(&db, &admin, &late, &at);
    let message = failed(&act(&db, &admin, &["patient", "archive", "MRN-1001"]));
    assert!(message.contains(&format!("in progress since {at}")) && message.contains(&late), "{message}");
    ok(act(&db, &admin, &["patient", "archive", "MRN-1001", "--keep-affected"]));
    ok(act(&db, &admin, &["session", "complete", &live, "--end", &format!("{yesterday} 23:00")]));
    assert_eq!(counters(&db, "PA-1").await, (4, 0));
    ledger_agrees(&db, "PA-1").await;

    // A patient archived with a booking kept: it needs attention.
    authorize("MRN-1002", "PA-2", &[]);
    let week = format!("{} 09:00", day(7));
    let kept = booked_id(book(&db, &admin, ("MRN-1002", RBT, "97153"), &week, "60", &["-o", "json"]));
    ok(act(&db, &admin, &["patient", "archive", "MRN-1002", "--keep-affected"]));
    let flagged = json(&ok(act(&db, &admin, &["appointment", "list", "--needs-attention", "-o", "json"])));
    let ids: Vec<&str> = flagged.as_array().expect("list").iter().filter_map(|a| a["id"].as_str()).collect();
    assert!(ids.contains(&kept.as_str()), "{flagged}");

    // A policy ended before the date of a session in progress: listed; cancelled on
    // request, its units released.
    let policy = json(&ok(act(
        &db,
        &admin,
        &[
            "insurance",
            "add",
            "--patient",
            "MRN-1003",
            "--payer",
            "Acme Health",
            "--member-number",
            "M-3",
            "--start",
            &from,
            "-o",
            "json",
        ],
    )));
    let policy = policy["id"].as_str().expect("policy id").to_string();
    authorize("MRN-1003", "PA-3", &["--insurance", &policy]);
    let evening = format!("{yesterday} 20:00");
    let during = booked_id(book(&db, &admin, ("MRN-1003", RBT, "97153"), &evening, "60", &["-o", "json"]));
    let session = start(&db, &admin, &during, &evening);
    let before = day(-2);
    let message = failed(&act(&db, &admin, &["insurance", "end", &policy, "--date", &before]));
    assert!(message.contains(&format!("in progress since {evening}")) && message.contains(&during), "{message}");
    assert_eq!(counters(&db, "PA-3").await, (0, 4), "a refused change changed nothing");
    ok(act(&db, &admin, &["insurance", "end", &policy, "--date", &before, "--cancel-affected", "--reason", "lapsed"]));
    let status: String = sqlx::query_scalar("SELECT status::text FROM sessions WHERE id = $1::uuid")
        .bind(&session)
        .fetch_one(&db.pool)
        .await
        .expect("session");
    assert_eq!(status, "CANCELLED");
    assert_eq!(counters(&db, "PA-3").await, (0, 0), "its units went back");
    ledger_agrees(&db, "PA-3").await;
}
