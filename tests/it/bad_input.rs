//! Bad input gets a sentence that says what, where and how to fix it: never a panic, a
//! raw database error, an escape sequence on the operator's terminal or unbounded memory;
//! refused break-glass attempts are on the record, and a refusal that cannot be recorded
//! still reports the original error first.

use std::io::Write;

use crate::harness::{TestDb, stderr, stdout};
use crate::imports::{act, clinic, count, failed, ok};
use crate::operators::ROOT;

#[tokio::test]
async fn numeric_flags_have_ranges_and_dates_have_years() {
    let db = TestDb::new().await;
    let admin = clinic(&db, "ranges").await;
    let huge = act(
        &db,
        ROOT,
        &["access", "break-glass", "--org", "ranges", "--reason", "payer audit", "--minutes", "9223372036854775807"],
    );
    assert_eq!(huge.status.code(), Some(2), "a usage error, not a panic: {}", stderr(&huge));
    assert!(stderr(&huge).contains("--minutes") && stderr(&huge).contains("1..=1440"), "{}", stderr(&huge));
    for (args, expected) in [
        (
            vec![
                "appointment",
                "create",
                "--patient",
                "X",
                "--practitioner",
                "Y",
                "--code",
                "97153",
                "--start",
                "2026-12-01 09:00",
                "--minutes",
                "100000",
            ],
            "--minutes",
        ),
        (
            vec![
                "auth",
                "create",
                "--patient",
                "X",
                "--code",
                "97153",
                "--units",
                "2147483647",
                "--start",
                "2026-12-01",
                "--end",
                "2027-01-01",
            ],
            "--units",
        ),
    ] {
        let out = act(&db, &admin, &args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains(expected), "{}", stderr(&out));
    }
    let ancient = act(
        &db,
        &admin,
        &[
            "auth",
            "create",
            "--patient",
            "X",
            "--code",
            "97153",
            "--units",
            "10",
            "--start",
            "0001-01-01",
            "--end",
            "9999-12-31",
        ],
    );
    assert_eq!(ancient.status.code(), Some(2), "a date out of range is a usage error like any bad date");
    let ancient = stderr(&ancient);
    assert!(ancient.contains("--start") && ancient.contains("outside the years 1900 to 2100"), "{ancient}");
}

/// Every date flag speaks one language — YYYY-MM-DD, M/D/YYYY, today, tomorrow,
/// yesterday, +7d, -2w — counted from the clinic's today, and a bad value is the same
/// usage error (exit 2, the same sentence) on every command.
#[tokio::test]
async fn every_date_flag_takes_the_same_forms_and_refuses_alike() {
    let db = TestDb::new().await;
    let admin = crate::scheduling::practice(&db, "dates").await;
    let today = crate::harness::clinic_today(&db, "dates").await;
    let created = crate::imports::json(&crate::imports::ok(act(
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
            "-2w",
            "--end",
            "+8w",
            "--number",
            "PA-REL",
            "-o",
            "json",
        ],
    )));
    assert_eq!(created["start_date"].as_str(), Some((today - chrono::Duration::days(14)).to_string().as_str()));
    assert_eq!(created["end_date"].as_str(), Some((today + chrono::Duration::days(56)).to_string().as_str()));
    let us = format!("{}", today.format("%-m/%-d/%Y"));
    for args in [
        vec!["appointment", "list", "--from", "yesterday", "--to", "tomorrow"],
        vec!["appointment", "list", "--week", "+7d"],
        vec!["appointment", "list", "--from", us.as_str()],
        vec!["session", "list", "--from", "-2w"],
        vec!["audit", "log", "--since", us.as_str()],
        vec!["audit", "log", "--since", "today", "--until", "tomorrow"],
        vec!["auth", "expiring", "--within", "2w"],
    ] {
        crate::imports::ok(act(&db, &admin, &args));
    }
    for (args, flag) in [
        (vec!["appointment", "list", "--from", "soon"], "--from <DATE>"),
        (vec!["session", "list", "--to", "soon"], "--to <DATE>"),
        (vec!["audit", "log", "--since", "soon"], "--since <DATE|TIME>"),
        (vec!["insurance", "end", "00000000-0000-0000-0000-000000000000", "--date", "soon"], "--date <DATE>"),
        (
            vec!["practitioner", "update", "1234567893", "--credential-valid-until", "soon"],
            "--credential-valid-until <DATE>",
        ),
        (vec!["appointment", "list", "--week", "soon"], "--week <DATE>"),
    ] {
        let out = act(&db, &admin, &args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        let message = stderr(&out);
        assert!(
            message.contains(&format!("invalid value 'soon' for '{flag}'"))
                && message.contains("\"soon\" is not a date: use YYYY-MM-DD, M/D/YYYY, today, tomorrow, yesterday"),
            "{args:?}: {message}"
        );
    }
    // Booking well in the past records care already given: said, so a mistyped year shows.
    let past = format!("{} 09:00", today - chrono::Duration::days(10));
    let booked = crate::imports::ok(act(
        &db,
        &admin,
        &[
            "appointment",
            "create",
            "--patient",
            "MRN-1001",
            "--practitioner",
            "1234567893",
            "--code",
            "97153",
            "--start",
            &past,
            "--minutes",
            "60",
        ],
    ));
    assert!(stderr(&booked).contains(&format!("{past} is 10 days in the past")), "{}", stderr(&booked));
    let back = act(&db, &admin, &["auth", "expiring", "--within", "-5d"]);
    assert_eq!(back.status.code(), Some(2));
    assert!(stderr(&back).contains("\"-5d\" looks back"), "{}", stderr(&back));
}

#[tokio::test]
async fn every_refused_break_glass_attempt_is_audited_and_a_reason_needs_words() {
    let db = TestDb::new().await;
    clinic(&db, "glass").await;
    let denied =
        || count(&db, "SELECT count(*) FROM audit_logs WHERE action = 'access.break-glass' AND outcome = 'DENIED'");
    for reason in ["", "   ", ".....", "12345"] {
        let message = failed(&act(&db, ROOT, &["access", "break-glass", "--org", "glass", "--reason", reason]));
        assert!(message.contains("--reason must say why in words"), "{reason:?}: {message}");
    }
    assert_eq!(denied().await, 4, "each refusal is on the clinic's record");
    let message = failed(&act(&db, ROOT, &["access", "break-glass", "--org", "nowhere", "--reason", "payer audit"]));
    assert!(message.contains("no organization has the slug or id nowhere"), "{message}");
    assert_eq!(denied().await, 5);
    assert_eq!(count(&db, "SELECT count(*) FROM break_glass_grants").await, 0);
    ok(act(&db, ROOT, &["access", "break-glass", "--org", "glass", "--reason", "payer audit 7731"]));
}

#[tokio::test]
async fn control_characters_are_refused_and_stored_ones_are_printed_escaped() {
    let db = TestDb::new().await;
    let admin = clinic(&db, "escapes").await;
    let clear = "Sunrise\u{1b}[2J ABA";
    let refused = act(&db, ROOT, &["org", "create", "--name", clear, "--slug", "sunrise"]);
    let message = failed(&refused);
    assert!(message.contains("--name contains the control character \\u{1b}"), "{message}");
    assert!(!message.contains('\u{1b}'), "the error itself carries no escape");
    assert_eq!(count(&db, "SELECT count(*) FROM organizations WHERE slug = 'sunrise'").await, 0);
    let patient = failed(&act(
        &db,
        &admin,
        &[
            "patient",
            "create",
            "--mrn",
            "P-1",
            "--first-name",
            "Ava\u{1b}]0;pwned\u{7}",
            "--last-name",
            "Lee",
            "--dob",
            "2018-01-01",
        ],
    ));
    assert!(patient.contains("--first-name: contains a control character"), "{patient}");
    assert!(!patient.contains('\u{1b}'), "{patient}");
    let long = "x".repeat(100_001);
    assert!(failed(&act(&db, &admin, &["org", "update", "--name", &long])).contains("at most 200"));

    // A name stored before the rule (or by raw SQL) prints with its escape made visible.
    sqlx::query("UPDATE organizations SET name = $1 WHERE slug = 'escapes'")
        .bind(clear)
        .execute(&db.pool)
        .await
        .expect("raw");
    for format in ["table", "csv"] {
        let shown = ok(act(&db, &admin, &["org", "show", "-o", format]));
        assert!(!stdout(&shown).contains('\u{1b}'), "{format}: {}", stdout(&shown));
        assert!(stdout(&shown).contains("Sunrise\\u{1b}[2J ABA"), "{format}: {}", stdout(&shown));
    }

    // An unknown operator's claim is kept bounded and printable in the refusal row.
    let stranger = format!("\u{1b}[31m{}@example.org", "a".repeat(120_000));
    let out = db.omnictl_as(&admin).env("OMNICTL_OPERATOR", &stranger).args(["patient", "list"]).output().expect("run");
    assert_eq!(out.status.code(), Some(1));
    assert!(!stderr(&out).contains('\u{1b}') && stderr(&out).len() < 2_000, "{} bytes", stderr(&out).len());
    let (length, raw): (i32, bool) = sqlx::query_as(
        "SELECT length(details->>'claimed_operator'), details->>'claimed_operator' LIKE '%' || chr(27) || '%'
           FROM audit_logs
          WHERE outcome = 'DENIED' ORDER BY occurred_at DESC, chain_seq DESC LIMIT 1",
    )
    .fetch_one(&db.pool)
    .await
    .expect("refusal row");
    assert!(length <= 270 && !raw, "{length} characters, escape kept: {raw}");
}

#[tokio::test]
async fn csv_records_are_bounded_and_nul_bytes_get_a_line_and_column() {
    let db = TestDb::new().await;
    let admin = clinic(&db, "bounded").await;
    let dir = tempfile::tempdir().expect("dir");
    let header = "medical_record_number,first_name,last_name,date_of_birth\n";

    let path = dir.path().join("huge.csv");
    let mut file = std::fs::File::create(&path).expect("file");
    file.write_all(header.as_bytes()).expect("write");
    file.write_all(b"P-1,Ava,Lee,2018-01-01\nP-2,\"").expect("write");
    let chunk = vec![b'a'; 1024 * 1024];
    for _ in 0..50 {
        file.write_all(&chunk).expect("write 50 MiB");
    }
    file.write_all(b"\",Lee,2018-01-01\n").expect("write");
    drop(file);
    let message = failed(&act(&db, &admin, &["patient", "import", &path.display().to_string()]));
    assert!(message.contains("line 3: the record is larger than 1 MiB"), "{message}");
    assert_eq!(count(&db, "SELECT count(*) FROM patients").await, 0, "nothing half-written");

    let path = dir.path().join("nul.csv");
    std::fs::write(&path, format!("{header}P-1,Ava,Lee,2018-01-01\nP-2,No\0ah,Kim,2018-02-02\n")).expect("write");
    let message = failed(&act(&db, &admin, &["patient", "import", &path.display().to_string()]));
    assert!(message.contains("line 3, column first_name: contains a NUL byte"), "{message}");
    assert_eq!(count(&db, "SELECT count(*) FROM patients").await, 0);
}

#[tokio::test]
async fn a_refusal_that_cannot_be_recorded_reports_the_original_error_first() {
    let db = TestDb::new().await;
    clinic(&db, "unrecorded").await;
    sqlx::query("REVOKE INSERT ON audit_logs FROM omnictl_app").execute(&db.pool).await.expect("revoke");
    let out = act(&db, ROOT, &["access", "break-glass", "--org", "unrecorded", "--reason", "....."]);
    let message = failed(&out);
    let lines: Vec<&str> = message.lines().collect();
    assert!(lines[0].starts_with("error: refused: --reason must say why in words"), "{message}");
    assert!(lines[1].starts_with("and this could not be recorded in the audit trail"), "{message}");
}

/// With no connection left (here: a login whose own limit is 0, the same refusal as a
/// server at max_connections), omnictl waits a few seconds and then says what to do.
#[tokio::test]
async fn no_free_connection_is_a_sentence_with_what_to_do() {
    let db = TestDb::new().await;
    let role = format!("full_{}", uuid::Uuid::new_v4().simple());
    sqlx::query(&format!("CREATE ROLE {role} LOGIN CONNECTION LIMIT 0")).execute(&db.pool).await.expect("role");
    let url = db.url.replace("user=omnictl", &format!("user={role}"));
    assert_ne!(url, db.url, "the test URL names its user: {}", db.url);
    let out = db.omnictl().env("DATABASE_URL", &url).args(["migrate", "status"]).output().expect("run");
    let message = stderr(&out);
    assert_eq!(out.status.code(), Some(5), "{message}");
    assert!(message.contains("no free connection") && message.contains("pgbouncer"), "{message}");
    sqlx::query(&format!("DROP ROLE {role}")).execute(&db.pool).await.expect("drop role");
}
