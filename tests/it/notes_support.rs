//! Notes that support their code and supervision counted once, through the real binary
//! (issue 25, items 6 and 7): no narrative or addendum line reads as the header or a
//! signature, in any spelling, in the tool or by raw SQL (the two rules agree); a note is
//! signed with the clinician's own narrative and data, or a stated reason; addenda are
//! signed from the record; a contact and a 97155 that overlap count once; BCaBAs
//! supervise RBTs; a co-signer holds a credential valid on the date of service and is the
//! technician's supervisor of record.

use omnictl::domain::session::{FORGED_EXAMPLES, PROSE_EXAMPLES, forged_line};

use crate::harness::{TestDb, raw_sql_in_clinic, stderr, stdout};
use crate::imports::{act, count, failed, json, ok};
use crate::scheduling::{BCBA, RBT, auth, bcba_login, book, practice, rbt_login};
use crate::sessions::{booked_id, start};

const BCABA: &str = "1234567018";

/// A completed session of the practice's RBT with MRN-1001 on `day` from `from` for
/// `minutes`, with `events` as (time, extra flags); its note generated. Returns its id.
fn session(
    db: &TestDb,
    admin: &str,
    day: &str,
    from: &str,
    minutes: &str,
    end: &str,
    events: &[(&str, &[&str])],
) -> String {
    let at = format!("{day} {from}");
    let a = booked_id(book(db, admin, ("MRN-1001", RBT, "97153"), &at, minutes, &["-o", "json"]));
    let s = start(db, admin, &a, &at);
    for (time, flags) in events {
        let when = format!("{day} {time}");
        let mut args = vec!["session", "event", "add", s.as_str(), "--at", when.as_str()];
        args.extend_from_slice(flags);
        ok(act(db, admin, &args));
    }
    ok(act(db, admin, &["session", "complete", &s, "--end", &format!("{day} {end}")]));
    ok(act(db, admin, &["session", "note", "generate", &s]));
    s
}

const MAND: &[&str] = &["--type", "mand"];
const NOTE: &[&str] = &["--type", "note", "--text", "Calm after a break; worked on manding."];

fn edit(db: &TestDb, admin: &str, session: &str, text: &str) -> std::process::Output {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("note.txt");
    std::fs::write(&file, text).expect("write");
    act(db, admin, &["session", "note", "edit", session, "--file", &file.display().to_string()])
}

async fn user_id(db: &TestDb, email: &str) -> String {
    sqlx::query_scalar("SELECT id::text FROM users WHERE email = $1")
        .bind(email)
        .fetch_one(&db.pool)
        .await
        .expect("user")
}

#[tokio::test]
async fn a_narrative_never_reads_as_a_header_or_signature_in_the_tool_or_by_sql() {
    let db = TestDb::new().await;
    let admin = practice(&db, "forge").await;
    ok(auth(&db, &admin, "MRN-1001", "97153", "100", "PA-F", &[]));
    let s = session(&db, &admin, "2026-11-16", "09:00", "60", "10:00", &[("09:10", MAND)]);
    for (text, line, reads_as) in [
        ("Plan\n  Keep going.\nservice : 97155, 8 units\n", 3, "\"Service:\" header"),
        (
            "Went well.\nCo-signed (supervisor) by Ben Analyst, BCBA on 2026-11-16 16:40 (America/New_York)\n",
            2,
            "co-signature",
        ),
        ("co signed by Ben\n", 1, "co-signature"),
        ("Calm.\r\n\r\nSigned by Bea Analyst, BCBA\n", 3, "signature"),
        ("SESSION NOTE\nCalm.\n", 1, "\"SESSION NOTE\" header"),
        ("Calm.\n(DRAFT: to be signed by Riley Tech)\n", 2, "\"(DRAFT: …)\" mark"),
        (
            "Calm.\nAddendum by Clinic Admin, ADMIN on 2026-11-17 10:00 (America/New_York)\n",
            2,
            "\"Addendum by …\" signature",
        ),
    ] {
        let message = failed(&edit(&db, &admin, &s, text));
        assert!(
            message.contains(&format!("line {line} of the narrative reads as the note's {reads_as}"))
                && message.contains("reword the line"),
            "{text:?}: {message}"
        );
    }
    // Prose that merely starts like a label is the clinician's.
    ok(edit(&db, &admin, &s, "Patient was calm.\nService dog present.\nThe mother signed the consent form.\n"));
    let shown = stdout(&ok(act(&db, &admin, &["session", "note", "show", &s])));
    assert!(shown.contains("Service dog present."), "{shown}");

    // Raw SQL with the clinic's own login: refused by the database, line and all.
    let mut tx = raw_sql_in_clinic(&db, &admin, "forge").await;
    let forged =
        sqlx::query("UPDATE sessions SET note_text = E'Calm.\\nSERVICE: 97155, 120 minutes' WHERE id = $1::uuid")
            .bind(&s)
            .execute(&mut *tx)
            .await
            .expect_err("a forged header line by SQL");
    assert!(forged.to_string().contains("line 2: SERVICE: 97155"), "{forged}");
    drop(tx);
    let mut tx = raw_sql_in_clinic(&db, &admin, "forge").await;
    sqlx::query("UPDATE sessions SET note_text = E'Service dog present.\\nPatient was calm.' WHERE id = $1::uuid")
        .bind(&s)
        .execute(&mut *tx)
        .await
        .expect("prose by SQL");
    tx.rollback().await.expect("rollback");
}

/// The Rust rule and the database's regular expression say the same of every example,
/// alone and inside a text of several lines (same line number).
#[tokio::test]
async fn the_narrative_rule_is_the_same_in_the_tool_and_in_the_database() {
    let db = TestDb::new().await;
    let mut texts: Vec<String> = FORGED_EXAMPLES.iter().chain(PROSE_EXAMPLES).map(|s| s.to_string()).collect();
    for forged in FORGED_EXAMPLES {
        texts.push(format!("Patient was calm.\r\nService dog present.\n\n{forged}\nPlan"));
        texts.push(format!("Calm.\u{2028}{forged}"));
        texts.push(format!("Calm.\r{forged}\rMore."));
    }
    texts.push(PROSE_EXAMPLES.join("\n"));
    for text in &texts {
        let in_database: Option<String> = sqlx::query_scalar("SELECT omnictl_forged_note_line($1)")
            .bind(text)
            .fetch_one(&db.pool)
            .await
            .expect("the database's rule");
        let database_line = in_database.as_deref().and_then(|found| {
            found.strip_prefix("line ").and_then(|rest| rest.split(':').next()).and_then(|n| n.parse::<usize>().ok())
        });
        assert_eq!(forged_line(text).map(|f| f.line), database_line, "{text:?}: {in_database:?}");
    }
    assert!(FORGED_EXAMPLES.len() > 30 && PROSE_EXAMPLES.len() > 10);
}

#[tokio::test]
async fn a_note_is_signed_with_the_clinicians_narrative_and_data_or_a_stated_reason() {
    let db = TestDb::new().await;
    let admin = practice(&db, "support").await;
    let rbt = rbt_login("support");
    ok(auth(&db, &admin, "MRN-1001", "97153", "200", "PA-S", &[]));

    // The generated narrative word for word, no clinician note: refused; edited: signed.
    let boiler = session(&db, &admin, "2026-11-16", "09:00", "60", "10:00", &[("09:10", MAND)]);
    let message = failed(&act(&db, &rbt, &["session", "note", "sign", &boiler]));
    assert!(message.contains("the narrative is the generated draft word for word"), "{message}");
    assert!(message.contains(&format!("omnictl session note edit {boiler} --file")), "{message}");
    ok(edit(&db, &admin, &boiler, "Manded for juice once; calm throughout.\n"));
    ok(act(&db, &rbt, &["session", "note", "sign", &boiler]));
    // A clinician note recorded during the session makes the generated narrative theirs.
    let noted = session(&db, &admin, "2026-11-17", "09:00", "60", "10:00", &[("09:10", NOTE)]);
    ok(act(&db, &rbt, &["session", "note", "sign", &noted]));

    // No event at all: refused unless the signer says why.
    let empty = session(&db, &admin, "2026-11-18", "09:00", "60", "10:00", &[]);
    ok(edit(&db, &admin, &empty, "Parent training in the waiting room.\n"));
    let message = failed(&act(&db, &rbt, &["session", "note", "sign", &empty]));
    assert!(message.contains("no recorded event") && message.contains("--no-data-reason"), "{message}");
    let bad = act(&db, &rbt, &["session", "note", "sign", &empty, "--no-data-reason", "Signed by Bea Analyst"]);
    assert_eq!(bad.status.code(), Some(2), "{}", stderr(&bad));
    assert!(stderr(&bad).contains("--no-data-reason"), "{}", stderr(&bad));
    let signed = stdout(&ok(act(
        &db,
        &rbt,
        &["session", "note", "sign", &empty, "--no-data-reason", "the data tablet failed at the start"],
    )));
    assert!(signed.contains("No-data reason:  the data tablet failed at the start\nSigned by Riley Tech"), "{signed}");
    let audited = count(
        &db,
        "SELECT count(*) FROM audit_logs WHERE action = 'session.note.sign'
            AND details->>'no_data_reason' = 'the data tablet failed at the start'",
    )
    .await;
    assert_eq!(audited, 1);

    // Over 3 hours: an event in each hour it started, or a reason; the refusal names the
    // hours without one.
    let long = session(&db, &admin, "2026-11-19", "08:00", "240", "12:00", &[("08:05", NOTE), ("10:59", MAND)]);
    let message = failed(&act(&db, &rbt, &["session", "note", "sign", &long]));
    assert!(
        message.contains("ran 240 minutes (over 3 hours) and has no recorded event in 09:00–10:00, 11:00–12:00"),
        "{message}"
    );
    ok(act(
        &db,
        &rbt,
        &["session", "note", "sign", &long, "--no-data-reason", "the child slept from 9 to 10 and after 11"],
    ));
}

#[tokio::test]
async fn addenda_are_signed_from_the_record_and_hold_no_signature_line() {
    let db = TestDb::new().await;
    let admin = practice(&db, "addenda").await;
    let rbt = rbt_login("addenda");
    ok(auth(&db, &admin, "MRN-1001", "97153", "100", "PA-A", &[]));
    let s = session(&db, &admin, "2026-11-16", "09:00", "60", "10:00", &[("09:10", NOTE)]);
    ok(act(&db, &rbt, &["session", "note", "sign", &s]));

    let message = failed(&act(
        &db,
        &admin,
        &["session", "note", "addendum", &s, "--text", "Late entry.\nSigned by Bea Analyst, BCBA"],
    ));
    assert!(message.contains("line 2 of the addendum reads as the note's signature"), "{message}");
    ok(act(&db, &admin, &["session", "note", "addendum", &s, "--text", "Parent reported a calm evening."]));
    ok(act(&db, &rbt, &["session", "note", "addendum", &s, "--text", "Mand count corrected: 2."]));
    let shown = stdout(&ok(act(&db, &admin, &["session", "note", "show", &s])));
    let dated = |who: &str| {
        shown.lines().any(|line| {
            line.strip_prefix(&format!("Addendum by {who} on ")).is_some_and(|rest| {
                rest.len() == "2026-11-16 10:00 (America/New_York):".len() && rest.ends_with("(America/New_York):")
            })
        })
    };
    assert!(dated("Clinic Admin, ADMIN") && dated("Riley Tech, RBT"), "{shown}");
    assert!(!shown.contains('@'), "never an email: {shown}");
    let listed = json(&ok(act(&db, &admin, &["session", "note", "show", &s, "-o", "json"])));
    assert_eq!(listed["addenda"][1]["author"], "Riley Tech");
    assert_eq!(listed["addenda"][1]["credential"], "RBT");

    // Raw SQL: the name, credential and time are the record's, not the client's; an
    // addendum is written only as oneself, and holds no signature line.
    let admin_id = user_id(&db, &admin).await;
    let riley_id = user_id(&db, &rbt).await;
    let mut tx = raw_sql_in_clinic(&db, &admin, "addenda").await;
    let (name, credential, fresh): (String, String, bool) = sqlx::query_as(
        "INSERT INTO session_note_addenda (organization_id, session_id, author_id, text, written_at, author_name,
                                           author_credential)
         SELECT s.organization_id, s.id, $2::uuid, 'Called the parent.', '2020-01-01', 'Bea Analyst', 'BCBA'
           FROM sessions s WHERE s.id = $1::uuid
         RETURNING author_name, author_credential, written_at > now() - interval '1 hour'",
    )
    .bind(&s)
    .bind(&admin_id)
    .fetch_one(&mut *tx)
    .await
    .expect("an addendum by SQL");
    assert_eq!((name.as_str(), credential.as_str(), fresh), ("Clinic Admin", "ADMIN", true));
    let forged = sqlx::query(
        "INSERT INTO session_note_addenda (organization_id, session_id, author_id, text)
         SELECT s.organization_id, s.id, $2::uuid, E'ok\\nco-signed by Ben' FROM sessions s WHERE s.id = $1::uuid",
    )
    .bind(&s)
    .bind(&admin_id)
    .execute(&mut *tx)
    .await
    .expect_err("a signature line by SQL");
    assert!(forged.to_string().contains("line 2: co-signed by Ben"), "{forged}");
    drop(tx);
    let mut tx = raw_sql_in_clinic(&db, &admin, "addenda").await;
    let other = sqlx::query(
        "INSERT INTO session_note_addenda (organization_id, session_id, author_id, text)
         SELECT s.organization_id, s.id, $2::uuid, 'In Riley''s name.' FROM sessions s WHERE s.id = $1::uuid",
    )
    .bind(&s)
    .bind(&riley_id)
    .execute(&mut *tx)
    .await
    .expect_err("an addendum in another's name");
    assert!(other.to_string().contains("only as themselves"), "{other}");
}

fn contact(db: &TestDb, admin: &str, supervisor: &str, at: &str, minutes: &str) -> std::process::Output {
    act(
        db,
        admin,
        &[
            "practitioner",
            "supervision-contact",
            "--technician",
            RBT,
            "--supervisor",
            supervisor,
            "--start",
            at,
            "--minutes",
            minutes,
            "--with-client",
        ],
    )
}

fn riley(db: &TestDb, admin: &str) -> serde_json::Value {
    let lines = json(&ok(act(db, admin, &["report", "supervision", "--month", "2026-11", "-o", "json"])));
    lines.as_array().and_then(|l| l.iter().find(|r| r["npi"] == RBT)).cloned().expect("Riley's line")
}

#[tokio::test]
async fn supervision_is_counted_once_and_bcabas_supervise_rbts() {
    let db = TestDb::new().await;
    let admin = practice(&db, "once").await;
    ok(auth(&db, &admin, "MRN-1001", "97153", "100", "PA-O", &[]));
    ok(auth(&db, &admin, "MRN-1001", "97155", "20", "PA-OB", &[]));
    // Two hours of direct service; the BCBA's 97155 during the first hour, and a contact
    // recorded for that same hour.
    let direct = booked_id(book(&db, &admin, ("MRN-1001", RBT, "97153"), "2026-11-16 09:00", "120", &["-o", "json"]));
    let protocol = booked_id(book(&db, &admin, ("MRN-1001", BCBA, "97155"), "2026-11-16 09:00", "60", &["-o", "json"]));
    let d = start(&db, &admin, &direct, "2026-11-16 09:00");
    let p = start(&db, &admin, &protocol, "2026-11-16 09:00");
    ok(act(&db, &admin, &["session", "complete", &p, "--end", "2026-11-16 10:00"]));
    ok(act(&db, &admin, &["session", "complete", &d, "--end", "2026-11-16 11:00"]));
    ok(contact(&db, &admin, BCBA, "2026-11-16 09:00", "60"));
    let line = riley(&db, &admin);
    assert_eq!((line["supervised_hours"].as_f64(), line["contacts"].as_i64()), (Some(1.0), Some(1)), "{line}");
    assert_eq!(line["meets_requirement"], false, "one contact: {line}");
    // A contact half overlapping it is still the same contact, longer.
    ok(contact(&db, &admin, BCBA, "2026-11-16 09:30", "60"));
    let line = riley(&db, &admin);
    assert_eq!((line["supervised_hours"].as_f64(), line["contacts"].as_i64()), (Some(1.5), Some(1)), "{line}");

    // A BCaBA supervises an RBT: recorded, and counted as a contact of their own.
    ok(act(
        &db,
        &admin,
        &["practitioner", "create", "--name", "Casey Assistant", "--credential", "BCaBA", "--npi", BCABA],
    ));
    let recorded = json(&ok(act(
        &db,
        &admin,
        &[
            "practitioner",
            "supervision-contact",
            "--technician",
            RBT,
            "--supervisor",
            BCABA,
            "--start",
            "2026-11-20 15:00",
            "--minutes",
            "30",
            "-o",
            "json",
        ],
    )));
    assert_eq!(recorded["supervisor"], "Casey Assistant");
    let line = riley(&db, &admin);
    assert_eq!((line["supervised_hours"].as_f64(), line["contacts"].as_i64()), (Some(2.0), Some(2)), "{line}");
    assert_eq!(line["meets_requirement"], true, "{line}");

    // Who may supervise is the record's rule too: an RBT cannot, even by SQL.
    let message = failed(&act(
        &db,
        &admin,
        &[
            "practitioner",
            "supervision-contact",
            "--technician",
            RBT,
            "--supervisor",
            "1234567802",
            "--start",
            "2026-11-20 16:00",
            "--minutes",
            "30",
        ],
    ));
    assert!(message.contains("a supervisor is a BCBA, BCBA-D or BCaBA"), "{message}");
    let mut tx = raw_sql_in_clinic(&db, &admin, "once").await;
    let refused = sqlx::query(
        "INSERT INTO supervision_contacts (organization_id, technician_id, supervisor_id, starts_at, minutes, with_client)
         SELECT t.organization_id, t.id, s.id, '2026-11-20 16:00-05', 30, false
           FROM practitioners t, practitioners s WHERE t.npi = $1 AND s.npi = '1234567802'",
    )
    .bind(RBT)
    .execute(&mut *tx)
    .await
    .expect_err("an RBT supervising by SQL");
    assert!(refused.to_string().contains("supervised by a BCBA, BCBA-D or BCaBA"), "{refused}");
}

#[tokio::test]
async fn a_cosigner_holds_a_valid_credential_and_supervises_the_technician() {
    let db = TestDb::new().await;
    let admin = practice(&db, "cosign").await;
    let (rbt, bcba) = (rbt_login("cosign"), bcba_login("cosign"));
    ok(auth(&db, &admin, "MRN-1001", "97153", "100", "PA-C", &[]));
    ok(auth(&db, &admin, "MRN-1001", "97155", "20", "PA-CB", &[]));
    let alone = session(&db, &admin, "2026-11-20", "09:00", "60", "10:00", &[("09:10", NOTE)]);
    ok(act(&db, &rbt, &["session", "note", "sign", &alone]));
    // The BCBA's 97155 overlapped this one: they are its supervisor of record.
    let protocol = booked_id(book(&db, &admin, ("MRN-1001", BCBA, "97155"), "2026-11-23 09:30", "30", &["-o", "json"]));
    let p = start(&db, &admin, &protocol, "2026-11-23 09:30");
    ok(act(&db, &admin, &["session", "complete", &p, "--end", "2026-11-23 10:00"]));
    let watched = session(&db, &admin, "2026-11-23", "09:00", "60", "10:00", &[("09:10", NOTE)]);
    ok(act(&db, &rbt, &["session", "note", "sign", &watched]));

    // A credential that ended in October: active, but not valid on the date of service.
    ok(act(&db, &admin, &["practitioner", "update", BCBA, "--credential-valid-until", "2026-10-31"]));
    let message = failed(&act(&db, &bcba, &["session", "note", "cosign", &watched]));
    assert!(
        message.contains("a co-signer holds a credential valid on the date of service")
            && message.contains("valid until 2026-10-31, before 2026-11-23"),
        "{message}"
    );
    let blair = user_id(&db, &bcba).await;
    let cosign_by_sql = async |session: &str| {
        let mut tx = raw_sql_in_clinic(&db, &bcba, "cosign").await;
        sqlx::query("UPDATE sessions SET cosigned_by = $2::uuid WHERE id = $1::uuid")
            .bind(session)
            .bind(&blair)
            .execute(&mut *tx)
            .await
            .map(|_| ())
            .map_err(|e| e.to_string())
    };
    let refused = cosign_by_sql(&watched).await.expect_err("an expired co-signer by SQL");
    assert!(refused.contains("valid until 2026-10-31, before the date of service 2026-11-23"), "{refused}");

    // Renewed: the 97155 makes them the supervisor of record of the 23rd's session, not
    // of the 20th's, until a contact with the technician is recorded in November.
    ok(act(&db, &admin, &["practitioner", "update", BCBA, "--credential-valid-until", "2027-06-30"]));
    ok(act(&db, &bcba, &["session", "note", "cosign", &watched]));
    let message = failed(&act(&db, &bcba, &["session", "note", "cosign", &alone]));
    assert!(
        message.contains("a co-signer is the technician's supervisor of record")
            && message.contains("no supervision contact with Riley Tech recorded in 2026-11"),
        "{message}"
    );
    let refused = cosign_by_sql(&alone).await.expect_err("not the supervisor of record, by SQL");
    assert!(refused.contains("not the technician's supervisor of record"), "{refused}");
    ok(contact(&db, &admin, BCBA, "2026-10-30 09:00", "30"));
    let message = failed(&act(&db, &bcba, &["session", "note", "cosign", &alone]));
    assert!(message.contains("supervisor of record"), "October's contact is not November's: {message}");
    ok(contact(&db, &admin, BCBA, "2026-11-02 09:00", "30"));
    let cosigned = stdout(&ok(act(&db, &bcba, &["session", "note", "cosign", &alone])));
    assert!(cosigned.contains("Co-signed (supervisor) by Blair Analyst, BCBA on "), "{cosigned}");
}
