//! One record by its command and the same record by its import are judged by the same
//! rules: each refusal case of `patient create`, `insurance add` and `auth create` is fed
//! to `patient import`, `insurance import` and `auth import` as a one-row file, which
//! refuses it for the same reason, at line 2 and the column of the field.

use crate::harness::{TestDb, stderr};
use crate::imports::act;
use crate::scheduling::practice;

/// One field: its flag, its column, and its valid value (None: left out).
type Field = (&'static str, &'static str, Option<&'static str>);

/// One refusal: the field (by column) given this value, and the words of its reason.
type Refusal = (&'static str, String, &'static str);

fn command(words: &[&str], fields: &[Field], column: &str, bad: &str) -> Vec<String> {
    let mut args: Vec<String> = words.iter().map(|w| w.to_string()).collect();
    for (flag, name, value) in fields {
        let value = if *name == column { Some(bad) } else { *value };
        if let Some(value) = value {
            args.extend([flag.to_string(), value.to_string()]);
        }
    }
    args
}

fn csv(fields: &[Field], column: &str, bad: &str) -> String {
    let quoted = |text: &str| format!("\"{}\"", text.replace('"', "\"\""));
    let header: Vec<&str> = fields.iter().map(|(_, name, _)| *name).collect();
    let row: Vec<String> =
        fields.iter().map(|(_, name, value)| quoted(if *name == column { bad } else { value.unwrap_or("") })).collect();
    format!("{}\n{}\n", header.join(","), row.join(","))
}

fn refused_alike(db: &TestDb, admin: &str, words: &[&str], import: &[&str], fields: &[Field], cases: &[Refusal]) {
    let dir = tempfile::tempdir().expect("dir");
    for (index, (column, bad, reason)) in cases.iter().enumerate() {
        let args = command(words, fields, column, bad);
        let one = db.omnictl_as(admin).args(&args).output().expect("omnictl");
        assert!(!one.status.success(), "{args:?} was accepted");
        assert!(stderr(&one).contains(reason), "{args:?}: expected {reason:?} in {}", stderr(&one));
        let file = dir.path().join(format!("{index}.csv"));
        std::fs::write(&file, csv(fields, column, bad)).expect("file");
        let file = file.display().to_string();
        let bulk = act(db, admin, &[import, &[file.as_str()][..]].concat());
        assert_eq!(bulk.status.code(), Some(1), "{import:?} {column}={bad:?}: {}", stderr(&bulk));
        let at = format!("line 2, column {column}: ");
        let message = stderr(&bulk);
        let said = message.lines().find(|line| line.contains(&at)).unwrap_or_default();
        assert!(said.contains(reason), "{import:?} {column}={bad:?}: expected {at}…{reason:?} in {message}");
    }
}

#[tokio::test]
async fn each_refusal_of_a_single_record_command_is_its_imports_refusal_too() {
    let db = TestDb::new().await;
    let admin = practice(&db, "alike").await;
    let long = "x".repeat(201);
    let bell = "Ada\u{7}".to_string();

    let patient: &[Field] = &[
        ("--mrn", "medical_record_number", Some("MRN-7001")),
        ("--first-name", "first_name", Some("Ada")),
        ("--last-name", "last_name", Some("Lovelace")),
        ("--dob", "date_of_birth", Some("2017-03-14")),
        ("--gender", "gender", Some("female")),
        ("--postal-code", "postal_code", Some("62704")),
        ("--state", "state", Some("IL")),
    ];
    let cases: Vec<Refusal> = vec![
        ("date_of_birth", "2017-13-40".into(), "\"2017-13-40\" is not a date"),
        ("date_of_birth", "2099-01-01".into(), "is in the future"),
        ("first_name", long.clone(), "longer than 200 characters"),
        ("first_name", bell.clone(), "control character"),
        ("gender", "robot".into(), "robot"),
    ];
    refused_alike(&db, &admin, &["patient", "create"], &["patient", "import"], patient, &cases);

    let policy: &[Field] = &[
        ("--patient", "medical_record_number", Some("MRN-1001")),
        ("--payer", "payer_name", Some("Aetna")),
        ("--member-number", "member_number", Some("M-1")),
        ("--start", "coverage_start", Some("2026-01-01")),
        ("--end", "coverage_end", None),
    ];
    let cases: Vec<Refusal> = vec![
        ("coverage_start", "2026-02-30".into(), "\"2026-02-30\" is not a date"),
        ("coverage_end", "2025-12-31".into(), "before"),
        ("payer_name", long.clone(), "200"),
        ("payer_name", bell.clone(), "control character"),
        ("member_number", long.clone(), "200"),
        ("medical_record_number", "MRN-404".into(), "no patient with MRN"),
    ];
    refused_alike(&db, &admin, &["insurance", "add"], &["insurance", "import"], policy, &cases);

    let authorization: &[Field] = &[
        ("--patient", "medical_record_number", Some("MRN-1001")),
        ("--code", "service_code", Some("97153")),
        ("--number", "authorization_number", Some("PA-ALIKE")),
        ("--start", "start_date", Some("2026-11-01")),
        ("--end", "end_date", Some("2027-05-31")),
        ("--units", "total_units", Some("10")),
    ];
    let cases: Vec<Refusal> = vec![
        ("total_units", "0".into(), "0 is not in 1..=100000: an authorization carries 1 to 100000 units"),
        ("total_units", "100001".into(), "100001 is not in 1..=100000: an authorization carries 1 to 100000 units"),
        ("total_units", "ten".into(), "\"ten\" is not a whole number of units"),
        ("end_date", "2026-10-01".into(), "the end 2026-10-01 is before the start 2026-11-01"),
        ("start_date", "2026-11-31".into(), "\"2026-11-31\" is not a date"),
        ("service_code", "99999".into(), "no service code 99999"),
        ("authorization_number", long.clone(), "is 201 characters long; at most 200 are kept"),
        ("authorization_number", "PA\u{7}1".into(), "control character"),
        ("medical_record_number", "MRN-404".into(), "no patient with MRN"),
    ];
    refused_alike(&db, &admin, &["auth", "create"], &["auth", "import"], authorization, &cases);
}
