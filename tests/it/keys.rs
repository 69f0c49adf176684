//! `Key<T>`: every argument that names a record (found in the command line's tree by its
//! type) takes the natural key, the whole id or a unique prefix of the id, the booking's
//! patient and practitioner included; an ambiguous prefix is refused with its candidates.

use std::any::TypeId;
use std::io::Write;
use std::process::{Output, Stdio};

use omnictl::domain::ids::{
    AppointmentId, AuditRowId, AuthorizationId, Key, OrganizationId, PatientId, PolicyId, PractitionerId, SessionId,
    UserId,
};

use crate::harness::{TestDb, stderr, stdout};
use crate::imports::{act, ok};
use crate::operators::ROOT;
use crate::scheduling::{BCBA, LAPSED, RBT, auth, bcba_login, book, practice, rbt_login};
use crate::sessions::{booked_id, start};

/// Every argument of the command line whose value is a `Key<T>`: (command path, argument
/// id, the table of T).
fn entity_arguments() -> Vec<(String, String, &'static str)> {
    let kinds: [(TypeId, &str); 9] = [
        (TypeId::of::<Key<OrganizationId>>(), "organizations"),
        (TypeId::of::<Key<UserId>>(), "users"),
        (TypeId::of::<Key<PatientId>>(), "patients"),
        (TypeId::of::<Key<PractitionerId>>(), "practitioners"),
        (TypeId::of::<Key<AuthorizationId>>(), "authorizations"),
        (TypeId::of::<Key<AppointmentId>>(), "appointments"),
        (TypeId::of::<Key<SessionId>>(), "sessions"),
        (TypeId::of::<Key<PolicyId>>(), "patient_insurances"),
        (TypeId::of::<Key<AuditRowId>>(), "audit_logs"),
    ];
    fn walk(
        command: &clap::Command,
        path: &str,
        kinds: &[(TypeId, &'static str)],
        out: &mut Vec<(String, String, &'static str)>,
    ) {
        for arg in command.get_arguments() {
            let parser = arg.get_value_parser().type_id();
            if let Some((_, table)) = kinds.iter().find(|(kind, _)| parser == *kind) {
                out.push((path.to_string(), arg.get_id().to_string(), table));
            }
        }
        for sub in command.get_subcommands() {
            let path = if path.is_empty() { sub.get_name().to_string() } else { format!("{path} {}", sub.get_name()) };
            walk(sub, &path, kinds, out);
        }
    }
    let mut out = Vec::new();
    walk(&omnictl::cli::command(), "", &kinds, &mut out);
    out
}

/// One argument's run: the command (as `entity_arguments` names it), the argument, the
/// record it names (a statement giving its id), who runs it and its words, `{}` standing
/// for the shortest prefix of that id that no other row of its table shares.
struct Case {
    path: &'static str,
    arg: &'static str,
    target: String,
    operator: String,
    argv: Vec<String>,
    stdin: Option<&'static str>,
}

fn case(path: &'static str, arg: &'static str, target: &str, operator: &str, argv: &[&str]) -> Case {
    let argv = argv.iter().map(|word| word.to_string()).collect();
    Case { path, arg, target: target.to_string(), operator: operator.to_string(), argv, stdin: None }
}

async fn id_of(db: &TestDb, sql: &str) -> String {
    sqlx::query_scalar(sql).fetch_one(&db.pool).await.unwrap_or_else(|e| panic!("{sql}: {e}"))
}

/// The shortest prefix of `id` no other row of `table` shares (at least 8 characters,
/// shorter than the whole id).
async fn prefix(db: &TestDb, table: &str, id: &str) -> String {
    let ids: Vec<String> =
        sqlx::query_scalar(&format!("SELECT id::text FROM {table}")).fetch_all(&db.pool).await.expect("ids");
    let len = omnictl::domain::ids::unique_prefix_len(&ids.iter().map(String::as_str).collect::<Vec<_>>());
    assert!(len < 36, "{table}: no prefix tells {id} apart");
    id[..len].to_string()
}

fn run(db: &TestDb, operator: &str, argv: &[String], stdin: Option<&str>) -> Output {
    let mut command = db.omnictl_as(operator);
    command.args(argv).stdout(Stdio::piped()).stderr(Stdio::piped());
    command.stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() });
    let mut child = command.spawn().expect("spawn omnictl");
    if let (Some(text), Some(mut pipe)) = (stdin, child.stdin.take()) {
        pipe.write_all(text.as_bytes()).expect("stdin");
    }
    child.wait_with_output().expect("omnictl")
}

/// Every argument whose value is a `Key` is run with a prefix of its record's id (the
/// list of them comes from the command line's tree, so a new one cannot be left out),
/// and the command does what it does: none says "not found" or "not an id".
#[tokio::test]
async fn every_argument_that_names_a_record_takes_a_prefix_of_its_id() {
    let db = TestDb::new().await;
    let admin = practice(&db, "keys").await;
    let (riley, blair) = (rbt_login("keys"), bcba_login("keys"));
    for who in ["casey", "drew"] {
        let email = format!("{who}@keys.test");
        ok(act(&db, &admin, &["user", "create", "--email", &email, "--name", who, "--role", "staff"]));
    }
    ok(auth(&db, &admin, "MRN-1001", "97153", "40", "PA-K", &[]));
    ok(auth(&db, &admin, "MRN-1001", "97155", "40", "PA-K2", &[]));
    ok(act(
        &db,
        &admin,
        &[
            "insurance",
            "add",
            "--patient",
            "MRN-1001",
            "--payer",
            "Aetna",
            "--member-number",
            "M-1",
            "--start",
            "2026-01-01",
        ],
    ));
    let booked = |start: &str| booked_id(book(&db, &admin, ("MRN-1001", RBT, "97153"), start, "60", &["-o", "json"]));
    let session_at = booked("2026-11-20 09:00");
    let (cancel, no_show, moved) = (booked("2026-11-21 09:00"), booked("2026-11-22 09:00"), booked("2026-11-23 09:00"));
    let started = booked("2026-11-24 09:00");
    start(&db, &admin, &session_at, "2026-11-20 09:00");
    let dir = tempfile::tempdir().expect("dir");
    let events = dir.path().join("events.csv");
    std::fs::write(&events, "type,at\nmand,2026-11-20 09:20\n").expect("events");
    let note = dir.path().join("note.txt");
    std::fs::write(&note, "Plan\n  Keep going.\n").expect("note");
    let (events, note) = (events.display().to_string(), note.display().to_string());

    let org = "SELECT id::text FROM organizations WHERE slug = 'keys'";
    let user = |who: &str| format!("SELECT id::text FROM users WHERE email = '{who}'");
    let practitioner = |npi: &str| format!("SELECT id::text FROM practitioners WHERE npi = '{npi}'");
    let patient = |mrn: &str| format!("SELECT id::text FROM patients WHERE medical_record_number = '{mrn}'");
    let number = |n: &str| format!("SELECT id::text FROM authorizations WHERE authorization_number = '{n}'");
    let policy = |member: &str| format!("SELECT id::text FROM patient_insurances WHERE member_number = '{member}'");
    let appointment = |id: &str| format!("SELECT '{id}'");
    let session = "SELECT id::text FROM sessions WHERE status = 'IN_PROGRESS' ORDER BY started_at LIMIT 1";
    let audit = "SELECT id::text FROM audit_logs ORDER BY occurred_at DESC LIMIT 1";
    let (casey, drew) = (user("casey@keys.test"), user("drew@keys.test"));
    let (root, a) = (ROOT, admin.as_str());
    let mut cases = vec![
        case("org show", "organization", org, a, &["org", "show", "{}"]),
        case("org update", "organization", org, a, &["org", "update", "{}", "--name", "Keys Clinic"]),
        case("user show", "user", &user(&riley), a, &["user", "show", "{}"]),
        case("user update", "user", &user(&riley), a, &["user", "update", "{}", "--name", "Riley T. Tech"]),
        case(
            "practitioner create",
            "user",
            &casey,
            a,
            &[
                "practitioner",
                "create",
                "--name",
                "Casey",
                "--credential",
                "BCaBA",
                "--npi",
                "1234567018",
                "--user",
                "{}",
            ],
        ),
        case("practitioner show", "practitioner", &practitioner(RBT), a, &["practitioner", "show", "{}"]),
        case(
            "practitioner update",
            "practitioner",
            &practitioner(RBT),
            a,
            &["practitioner", "update", "{}", "--name", "Riley Tech"],
        ),
        case("practitioner update", "user", &drew, a, &["practitioner", "update", LAPSED, "--user", "{}"]),
        case(
            "practitioner supervision-contact",
            "technician",
            &practitioner(RBT),
            a,
            &[
                "practitioner",
                "supervision-contact",
                "--technician",
                "{}",
                "--supervisor",
                BCBA,
                "--start",
                "2026-11-20 12:00",
                "--minutes",
                "30",
            ],
        ),
        case(
            "practitioner supervision-contact",
            "supervisor",
            &practitioner(BCBA),
            a,
            &[
                "practitioner",
                "supervision-contact",
                "--technician",
                RBT,
                "--supervisor",
                "{}",
                "--start",
                "2026-11-20 13:00",
                "--minutes",
                "30",
            ],
        ),
        case("patient show", "patient", &patient("MRN-1001"), a, &["patient", "show", "{}"]),
        case(
            "patient update",
            "patient",
            &patient("MRN-1001"),
            a,
            &["patient", "update", "{}", "--phone", "555-201-0009"],
        ),
        case(
            "insurance add",
            "patient",
            &patient("MRN-1002"),
            a,
            &[
                "insurance",
                "add",
                "--patient",
                "{}",
                "--payer",
                "Aetna",
                "--member-number",
                "M-2",
                "--start",
                "2026-01-01",
            ],
        ),
        case("insurance list", "patient", &patient("MRN-1001"), a, &["insurance", "list", "--patient", "{}"]),
        case("insurance update", "policy", &policy("M-1"), a, &["insurance", "update", "{}", "--plan", "Gold"]),
        case(
            "auth create",
            "patient",
            &patient("MRN-1001"),
            a,
            &[
                "auth",
                "create",
                "--patient",
                "{}",
                "--code",
                "97156",
                "--units",
                "10",
                "--start",
                "2026-11-01",
                "--end",
                "2027-05-31",
                "--number",
                "PA-K3",
            ],
        ),
        case(
            "auth create",
            "insurance",
            &policy("M-1"),
            a,
            &[
                "auth",
                "create",
                "--patient",
                "MRN-1001",
                "--insurance",
                "{}",
                "--code",
                "97151",
                "--units",
                "10",
                "--start",
                "2026-11-01",
                "--end",
                "2027-05-31",
                "--number",
                "PA-K4",
            ],
        ),
        case("auth list", "patient", &patient("MRN-1001"), a, &["auth", "list", "--patient", "{}"]),
        case("auth show", "authorization", &number("PA-K"), a, &["auth", "show", "{}"]),
        case("auth update", "authorization", &number("PA-K"), a, &["auth", "update", "{}", "--units", "41"]),
        case("auth update", "insurance", &policy("M-1"), a, &["auth", "update", "PA-K", "--insurance", "{}"]),
        case(
            "appointment create",
            "patient",
            &patient("MRN-1001"),
            a,
            &[
                "appointment",
                "create",
                "--patient",
                "{}",
                "--practitioner",
                RBT,
                "--code",
                "97153",
                "--start",
                "2026-11-25 09:00",
                "--minutes",
                "60",
            ],
        ),
        case(
            "appointment create",
            "practitioner",
            &practitioner(RBT),
            a,
            &[
                "appointment",
                "create",
                "--patient",
                "MRN-1001",
                "--practitioner",
                "{}",
                "--code",
                "97153",
                "--start",
                "2026-11-25 11:00",
                "--minutes",
                "60",
            ],
        ),
        case(
            "appointment create",
            "authorization",
            &number("PA-K"),
            a,
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
                "2026-11-25 13:00",
                "--minutes",
                "60",
                "--auth",
                "{}",
            ],
        ),
        case(
            "appointment list",
            "practitioner",
            &practitioner(RBT),
            a,
            &["appointment", "list", "--practitioner", "{}"],
        ),
        case("appointment list", "patient", &patient("MRN-1001"), a, &["appointment", "list", "--patient", "{}"]),
        case("appointment show", "id", &appointment(&cancel), a, &["appointment", "show", "{}"]),
        case(
            "appointment reschedule",
            "id",
            &appointment(&moved),
            a,
            &["appointment", "reschedule", "{}", "--start", "2026-11-23 10:00"],
        ),
        case(
            "appointment reschedule",
            "authorization",
            &number("PA-K"),
            a,
            &["appointment", "reschedule", &moved, "--auth", "{}", "--minutes", "30"],
        ),
        case(
            "appointment cancel",
            "id",
            &appointment(&cancel),
            a,
            &["appointment", "cancel", "{}", "--reason", "family trip"],
        ),
        case("appointment no-show", "id", &appointment(&no_show), a, &["appointment", "no-show", "{}"]),
        case(
            "session event add",
            "session",
            session,
            a,
            &["session", "event", "add", "{}", "--type", "mand", "--at", "2026-11-20 09:12"],
        ),
        case("session event list", "session", session, a, &["session", "event", "list", "{}"]),
        case("session event import", "session", session, a, &["session", "event", "import", "{}", &events]),
        case("session show", "session", session, a, &["session", "show", "{}"]),
        case("session list", "patient", &patient("MRN-1001"), a, &["session", "list", "--patient", "{}"]),
        case("session list", "practitioner", &practitioner(RBT), a, &["session", "list", "--practitioner", "{}"]),
        case("session complete", "session", session, a, &["session", "complete", "{}", "--end", "2026-11-20 09:50"]),
        case(
            "session start",
            "appointment",
            &appointment(&started),
            a,
            &["session", "start", "--appointment", "{}", "--at", "2026-11-24 09:00"],
        ),
        case("session cancel", "session", session, a, &["session", "cancel", "{}", "--reason", "unwell"]),
    ];
    let done = "SELECT id::text FROM sessions WHERE status = 'COMPLETED' LIMIT 1";
    cases.extend([
        case("session note generate", "session", done, a, &["session", "note", "generate", "{}"]),
        case("session note edit", "session", done, a, &["session", "note", "edit", "{}", "--file", &note]),
        case("session note show", "session", done, a, &["session", "note", "show", "{}"]),
        case("session note sign", "session", done, &riley, &["session", "note", "sign", "{}"]),
        case("session note cosign", "session", done, &blair, &["session", "note", "cosign", "{}"]),
        case(
            "session note addendum",
            "session",
            done,
            &riley,
            &["session", "note", "addendum", "{}", "--text", "Calm evening."],
        ),
        case("audit show", "id", audit, root, &["audit", "show", "{}"]),
        case("insurance end", "policy", &policy("M-1"), a, &["insurance", "end", "{}", "--date", "2027-12-31"]),
        case("insurance remove", "policy", &policy("M-2"), a, &["insurance", "remove", "{}", "-y"]),
        case("auth cancel", "authorization", &number("PA-K3"), a, &["auth", "cancel", "{}"]),
        case("patient archive", "patient", &patient("MRN-1003"), a, &["patient", "archive", "{}", "-y"]),
        case("patient unarchive", "patient", &patient("MRN-1003"), a, &["patient", "unarchive", "{}"]),
        case(
            "practitioner deactivate",
            "practitioner",
            &practitioner(LAPSED),
            a,
            &["practitioner", "deactivate", "{}", "-y"],
        ),
        case("user deactivate", "user", &drew, a, &["user", "deactivate", "{}", "-y"]),
        case("user activate", "user", &drew, a, &["user", "activate", "{}"]),
        Case {
            stdin: Some("a long enough passphrase\n"),
            ..case("user set-password", "user", &casey, a, &["user", "set-password", "{}", "--password-stdin"])
        },
        case("org suspend", "organization", org, root, &["org", "suspend", "{}", "--reason", "unpaid", "-y"]),
        case("org activate", "organization", org, root, &["org", "activate", "{}"]),
    ]);

    let mut named: Vec<(String, String)> = entity_arguments().into_iter().map(|(path, arg, _)| (path, arg)).collect();
    named.sort();
    let mut covered: Vec<(String, String)> = cases.iter().map(|c| (c.path.to_string(), c.arg.to_string())).collect();
    covered.sort();
    covered.dedup();
    assert_eq!(covered, named, "every argument that names a record has its case here, and no other");

    let tables: std::collections::HashMap<(String, String), &str> =
        entity_arguments().into_iter().map(|(path, arg, table)| ((path, arg), table)).collect();
    for c in &cases {
        let table = tables[&(c.path.to_string(), c.arg.to_string())];
        let id = id_of(&db, &c.target).await;
        let short = prefix(&db, table, &id).await;
        let argv: Vec<String> = c.argv.iter().map(|word| word.replace("{}", &short)).collect();
        let out = run(&db, &c.operator, &argv, c.stdin);
        assert!(
            out.status.success(),
            "omnictl {} (the {} of {} by the prefix {short}): {}{}",
            argv.join(" "),
            c.arg,
            c.path,
            stdout(&out),
            stderr(&out)
        );
    }
}

/// A prefix two records share is refused listing both, by the booking as by `show`.
#[tokio::test]
async fn an_ambiguous_prefix_is_refused_with_its_candidates_wherever_it_is_given() {
    let db = TestDb::new().await;
    let admin = practice(&db, "twins").await;
    ok(auth(&db, &admin, "MRN-1001", "97153", "40", "PA-T", &[]));
    let first = id_of(&db, "SELECT id::text FROM patients WHERE medical_record_number = 'MRN-1001'").await;
    let twin = format!("{}0000-4000-8000-000000000001", &first[..9]);
    sqlx::query(
        "INSERT INTO patients (organization_id, id, medical_record_number, first_name, last_name, date_of_birth)
         SELECT organization_id, $2::uuid, 'MRN-TWIN', 'Twin', 'Prefix', date_of_birth FROM patients WHERE id = $1::uuid",
    )
    .bind(&first)
    .bind(&twin)
    .execute(&db.pool)
    .await
    .expect("twin");
    for args in [
        vec![
            "appointment",
            "create",
            "--patient",
            &first[..9],
            "--practitioner",
            RBT,
            "--code",
            "97153",
            "--start",
            "2026-11-25 09:00",
            "--minutes",
            "60",
        ],
        vec!["auth", "list", "--patient", &first[..9]],
        vec!["patient", "show", &first[..9]],
    ] {
        let out = act(&db, &admin, &args);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {}", stderr(&out));
        let message = stderr(&out);
        assert!(
            message.contains("names several patients") && message.contains(&first) && message.contains(&twin),
            "{message}"
        );
    }
    let longer = prefix(&db, "patients", &first).await;
    let booked = act(
        &db,
        &admin,
        &[
            "appointment",
            "create",
            "--patient",
            &longer,
            "--practitioner",
            RBT,
            "--code",
            "97153",
            "--start",
            "2026-11-25 09:00",
            "--minutes",
            "60",
        ],
    );
    assert!(booked.status.success(), "a longer prefix tells them apart: {}", stderr(&booked));
}
