//! Lists as people and scripts read them: --limit, --all, --sort, --no-headers, -o ids;
//! CSV that imports again; piped tables without trailing spaces; on a terminal a page
//! at a time, with ids, dates and times never broken across lines.

use crate::harness::{TestDb, on_a_terminal, stderr, stdout};
use crate::imports::{act, clinic, json, ok, seed};

#[tokio::test]
async fn lists_cut_sort_and_print_ids_and_their_csv_imports_again() {
    let db = TestDb::new().await;
    let admin = clinic(&db, "lists").await;
    ok(act(&db, &admin, &["patient", "import", &seed("patients.csv")]));

    let csv = stdout(&ok(act(&db, &admin, &["patient", "list", "-o", "csv"])));
    let header = csv.lines().next().unwrap_or_default();
    assert!(header.starts_with("medical_record_number,first_name,last_name,date_of_birth"), "{header}");
    // The list is a file the import takes: into another clinic, every row created.
    let other = clinic(&db, "again").await;
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("patients.csv");
    std::fs::write(&file, &csv).expect("write");
    let imported = stdout(&ok(act(&db, &other, &["patient", "import", &file.display().to_string()])));
    assert!(imported.contains("3 row(s) read, 3 created"), "{imported}");
    // So does a patient's list of policies.
    ok(act(&db, &admin, &["insurance", "import", &seed("insurance.csv")]));
    let policies = stdout(&ok(act(&db, &admin, &["insurance", "list", "--patient", "MRN-1001", "-o", "csv"])));
    assert!(policies.starts_with("medical_record_number,payer_name,payer_id,member_number"), "{policies}");
    let file = dir.path().join("policies.csv");
    std::fs::write(&file, &policies).expect("write");
    let imported = stdout(&ok(act(&db, &other, &["insurance", "import", &file.display().to_string()])));
    assert!(imported.contains("created") && !imported.contains(" 0 created"), "{imported}");

    // And its authorizations, against the policy of the same payer and member number.
    ok(act(&db, crate::operators::ROOT, &["seed", "service-codes"]));
    let policy = stdout(&ok(act(&db, &admin, &["insurance", "list", "--patient", "MRN-1001", "-o", "ids"])));
    let policy = policy.lines().next().unwrap_or_default().to_string();
    ok(crate::scheduling::auth(&db, &admin, "MRN-1001", "97153", "40", "PA-LIST", &["--insurance", &policy]));
    let auths = stdout(&ok(act(&db, &admin, &["auth", "list", "-o", "csv"])));
    assert!(auths.starts_with("medical_record_number,service_code,authorization_number,start_date"), "{auths}");
    assert!(auths.contains("XOF123456789"), "the policy's member number: {auths}");
    let file = dir.path().join("auths.csv");
    std::fs::write(&file, &auths).expect("write");
    let imported = stdout(&ok(act(&db, &other, &["auth", "import", &file.display().to_string()])));
    assert!(imported.contains("1 created"), "{imported}");
    let again = json(&ok(act(&db, &other, &["auth", "list", "-o", "json"])));
    assert_eq!(again[0]["authorization_number"].as_str(), Some("PA-LIST"), "{again}");
    assert_eq!(again[0]["member_number"].as_str(), Some("XOF123456789"), "{again}");

    let names = |args: &[&str]| -> Vec<String> {
        let list = json(&ok(act(&db, &admin, &[&["patient", "list", "-o", "json"][..], args].concat())));
        list.as_array().expect("list").iter().filter_map(|p| p["last_name"].as_str().map(String::from)).collect()
    };
    assert_eq!(names(&["--sort", "last_name"]), ["Kim", "Martinez", "Okafor"]);
    assert_eq!(names(&["--sort", "last name:desc"]), ["Okafor", "Martinez", "Kim"]);
    assert_eq!(names(&["--sort", "last_name", "--limit", "2"]), ["Kim", "Martinez"]);
    let bad = act(&db, &admin, &["patient", "list", "--sort", "shoe_size"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("--sort: patients sort by one of mrn,"), "{}", stderr(&bad));
    let bad = act(&db, &admin, &["practitioner", "list", "--sort", "shoe_size"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("--sort: practitioners sort by one of name, credentials"), "{}", stderr(&bad));

    let ids = stdout(&ok(act(&db, &admin, &["patient", "list", "-o", "ids"])));
    let ids: Vec<&str> = ids.lines().collect();
    assert_eq!(ids.len(), 3);
    assert!(ids.iter().all(|id| uuid::Uuid::parse_str(id).is_ok()), "{ids:?}");
    let bare = stdout(&ok(act(&db, &admin, &["patient", "list", "-o", "csv", "--no-headers"])));
    assert!(bare.starts_with("MRN-100"), "{bare}");
    // Piped, a table is plain columns with nothing at the ends of its lines.
    let table = stdout(&ok(act(&db, &admin, &["patient", "list"])));
    assert!(table.lines().count() == 4 && table.lines().all(|l| l == l.trim_end()), "{table:?}");
}

#[tokio::test]
async fn on_a_terminal_a_list_is_a_page_and_ids_stay_whole() {
    let db = TestDb::new().await;
    let admin = clinic(&db, "paged").await;
    ok(act(&db, &admin, &["patient", "import", &seed("patients.csv")]));
    let (done, screen) = on_a_terminal(&db, &admin, "patient list --limit 2", "");
    assert!(done, "{screen}");
    assert!(screen.contains("… 1 more not shown: --limit 3 or --all to see them"), "{screen}");
    let ids: Vec<String> = sqlx::query_scalar("SELECT id::text FROM patients ORDER BY medical_record_number LIMIT 2")
        .fetch_all(&db.pool)
        .await
        .expect("ids");
    // Imported together, these ids share a long prefix: the table shows as much of each as
    // tells them apart, and a command takes that back.
    let shown = omnictl::domain::ids::unique_prefix_len(&ids.iter().map(String::as_str).collect::<Vec<_>>());
    for id in &ids {
        assert!(screen.lines().any(|l| l.contains(&id[..shown]) && l.contains("MRN-100")), "{id}: {screen}");
    }
    assert!(screen.lines().filter(|l| l.contains("MRN-100")).count() == 2, "one line a row: {screen}");
    let (_, wide) = on_a_terminal(&db, &admin, "patient list --limit 2 -o wide", "");
    assert!(ids.iter().all(|id| wide.contains(id.as_str())), "-o wide: whole ids: {wide}");
}

#[tokio::test]
async fn a_command_takes_the_short_id_a_table_shows_and_refuses_an_ambiguous_one() {
    let db = TestDb::new().await;
    let admin = crate::scheduling::practice(&db, "short").await;
    ok(crate::scheduling::auth(&db, &admin, "MRN-1001", "97153", "40", "PA-S", &[]));
    let a = crate::sessions::booked_id(crate::scheduling::book(
        &db,
        &admin,
        ("MRN-1001", crate::scheduling::RBT, "97153"),
        "2026-11-16 09:00",
        "60",
        &["-o", "json"],
    ));
    let table = stdout(&ok(act(&db, &admin, &["appointment", "list"])));
    assert!(table.contains(&a[..8]) && !table.contains(&a), "a short id: {table}");
    let shown = json(&ok(act(&db, &admin, &["appointment", "show", &a[..8], "-o", "json"])));
    assert_eq!(shown["id"].as_str(), Some(a.as_str()));
    let too_short = act(&db, &admin, &["appointment", "show", &a[..6]]);
    assert_eq!(too_short.status.code(), Some(2), "{}", stderr(&too_short));
    let none = act(&db, &admin, &["appointment", "show", "00000000"]);
    assert_eq!(none.status.code(), Some(3), "{}", stderr(&none));
    // Two appointments made to share a prefix: the prefix is refused with both.
    let twin = format!("{}0000-4000-8000-000000000001", &a[..9]);
    sqlx::query(
        "INSERT INTO appointments (organization_id, id, patient_id, practitioner_id, service_code_owner, service_code,
                                   starts_at, ends_at, units, status, cancel_reason)
         SELECT organization_id, $2::uuid, patient_id, practitioner_id, service_code_owner, service_code,
                starts_at, ends_at, 0, 'CANCELLED', 'twin' FROM appointments WHERE id = $1::uuid",
    )
    .bind(&a)
    .bind(&twin)
    .execute(&db.pool)
    .await
    .expect("twin");
    let ambiguous = act(&db, &admin, &["appointment", "show", &a[..8]]);
    assert_eq!(ambiguous.status.code(), Some(1));
    assert!(stderr(&ambiguous).contains(&a) && stderr(&ambiguous).contains(&twin), "{}", stderr(&ambiguous));
    let session = act(&db, &admin, &["session", "start", "--appointment", &a[..13], "--at", "2026-11-16 09:00"]);
    assert!(session.status.success(), "a longer prefix tells them apart: {}", stderr(&session));
}

/// Every entity a table lists with a short id takes that id back: organizations,
/// users, practitioners, patients and authorizations as well as appointments, sessions,
/// policies and audit rows. A natural key (an MRN that happens to be hex) wins over a
/// prefix, and a prefix naming two rows is refused with both.
#[tokio::test]
async fn every_short_id_a_table_shows_names_its_row() {
    let db = TestDb::new().await;
    let admin = crate::scheduling::practice(&db, "prefixes").await;
    ok(crate::scheduling::auth(&db, &admin, "MRN-1001", "97153", "40", "PA-P", &[]));
    let root = crate::operators::ROOT;
    let cases: [(&str, &str, &[&str]); 5] = [
        (root, "org", &["org", "list"]),
        (&admin, "user", &["user", "list"]),
        (&admin, "practitioner", &["practitioner", "list"]),
        (&admin, "patient", &["patient", "list"]),
        (&admin, "auth", &["auth", "list"]),
    ];
    for (operator, noun, list) in cases {
        let ids = stdout(&ok(act(&db, operator, &[list, &["-o", "ids"][..]].concat())));
        let table = stdout(&ok(act(&db, operator, list)));
        let whole = ids.lines().last().unwrap_or_default().to_string();
        assert!(uuid::Uuid::parse_str(&whole).is_ok(), "{noun}: {ids}");
        // The shortest prefix that tells the listed ids apart (at least 8 characters).
        let len = omnictl::domain::ids::unique_prefix_len(&ids.lines().collect::<Vec<_>>());
        let short = &whole[..len];
        assert!(table.contains(short) && !table.contains(&whole), "{noun} list shows a short id: {table}");
        let shown = json(&ok(act(&db, operator, &[noun, "show", short, "-o", "json"])));
        assert_eq!(shown["id"].as_str(), Some(whole.as_str()), "{noun} show {short}");
    }

    // Two patients whose ids share a prefix: it is refused with both; an MRN that reads
    // as hex is the patient with that MRN, not a prefix.
    let first: String = sqlx::query_scalar("SELECT id::text FROM patients ORDER BY id LIMIT 1")
        .fetch_one(&db.pool)
        .await
        .expect("a patient");
    let twin = format!("{}0000-4000-8000-000000000001", &first[..9]);
    sqlx::query(
        "INSERT INTO patients (organization_id, id, medical_record_number, first_name, last_name, date_of_birth)
         SELECT organization_id, $2::uuid, $3, 'Twin', 'Prefix', date_of_birth FROM patients WHERE id = $1::uuid",
    )
    .bind(&first)
    .bind(&twin)
    .bind(&first[..8])
    .execute(&db.pool)
    .await
    .expect("twin");
    let ambiguous = act(&db, &admin, &["patient", "show", &first[..9]]);
    assert_eq!(ambiguous.status.code(), Some(1), "{}", stderr(&ambiguous));
    assert!(stderr(&ambiguous).contains(&first) && stderr(&ambiguous).contains(&twin), "{}", stderr(&ambiguous));
    let by_mrn = json(&ok(act(&db, &admin, &["patient", "show", &first[..8], "-o", "json"])));
    assert_eq!(by_mrn["id"].as_str(), Some(twin.as_str()), "the MRN {} names the twin", &first[..8]);
}

/// Every list cuts and orders in the database, whatever the format: appointments,
/// sessions, authorizations and the audit trail as well as patients.
#[tokio::test]
async fn every_list_sorts_and_cuts_in_the_database() {
    let db = TestDb::new().await;
    let admin = crate::scheduling::practice(&db, "sorted").await;
    ok(crate::scheduling::auth(&db, &admin, "MRN-1001", "97153", "40", "PA-SORT", &[]));
    for (start, minutes) in [("2026-11-16 09:00", "60"), ("2026-11-17 09:00", "30"), ("2026-11-18 09:00", "90")] {
        ok(crate::scheduling::book(&db, &admin, ("MRN-1001", crate::scheduling::RBT, "97153"), start, minutes, &[]));
    }
    let units = |args: &[&str]| -> Vec<i64> {
        let list = json(&ok(act(&db, &admin, &[&["appointment", "list", "-o", "json"][..], args].concat())));
        list.as_array().expect("list").iter().filter_map(|a| a["units"].as_i64()).collect()
    };
    assert_eq!(units(&[]), [4, 2, 6], "by start");
    assert_eq!(units(&["--sort", "units:desc"]), [6, 4, 2]);
    assert_eq!(units(&["--sort", "units", "--limit", "2"]), [2, 4]);
    // A piped table is cut in the database too, and says how many more there are.
    let table = ok(act(&db, &admin, &["appointment", "list", "--limit", "1"]));
    assert_eq!(stdout(&table).lines().count(), 2, "{}", stdout(&table));
    assert!(stderr(&table).contains("… 2 more not shown: --limit 3 or --all"), "{}", stderr(&table));
    let bad = act(&db, &admin, &["session", "list", "--sort", "shoe_size"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("--sort: sessions sort by one of start,"), "{}", stderr(&bad));
    let ids = stdout(&ok(act(&db, &admin, &["auth", "list", "-o", "ids"])));
    assert_eq!(ids.lines().count(), 1, "{ids}");

    // The audit trail: the newest 50 unless told, oldest first when sorted so.
    let log = |args: &[&str]| -> serde_json::Value {
        json(&ok(act(&db, &admin, &[&["audit", "log", "-o", "json"][..], args].concat())))
    };
    let newest = log(&["--limit", "3"]);
    assert_eq!(newest.as_array().map(Vec::len), Some(3));
    let oldest = log(&["--limit", "1", "--sort", "time"]);
    let first_ever = log(&["--all", "--sort", "time"]);
    assert_eq!(oldest[0]["id"], first_ever[0]["id"]);
    assert!(first_ever.as_array().map_or(0, Vec::len) > 3, "{first_ever}");
    assert_ne!(newest[0]["id"], oldest[0]["id"]);
}

/// The lists of a clinic's staff and catalogue are cut and ordered in the database too:
/// `--limit` and `--sort` are the statement's LIMIT and ORDER BY, whatever the format.
#[tokio::test]
async fn staff_codes_and_unsigned_notes_are_cut_in_the_database() {
    let db = TestDb::new().await;
    let admin = crate::scheduling::practice(&db, "staffed").await;
    let cases: &[(&[&str], &str)] = &[
        (&["user", "list"], "email:desc"),
        (&["practitioner", "list"], "npi"),
        (&["code", "list"], "code:desc"),
        (&["session", "notes-unsigned", "--older-than", "1h"], "practitioner"),
    ];
    for (list, sort) in cases {
        for format in ["table", "json"] {
            let extra = ["-vv", "-o", format, "--limit", "1", "--sort", sort];
            let traced = stderr(&ok(act(&db, &admin, &[&extra[..], list].concat())));
            assert!(traced.contains("LIMIT 1"), "{list:?} -o {format}: {traced}");
            assert!(traced.contains("DESC") == sort.ends_with(":desc"), "{list:?} -o {format}: {traced}");
        }
    }
    let codes = |sort: &str| -> Vec<String> {
        let list = json(&ok(act(&db, &admin, &["code", "list", "-o", "json", "--sort", sort])));
        list.as_array().expect("list").iter().filter_map(|c| c["code"].as_str().map(String::from)).collect()
    };
    let (ascending, mut descending) = (codes("code"), codes("code:desc"));
    descending.reverse();
    assert!(ascending.len() > 1 && ascending == descending, "{ascending:?}");
    let first = json(&ok(act(&db, &admin, &["code", "list", "-o", "json", "--limit", "1", "--sort", "code:desc"])));
    assert_eq!(first[0]["code"].as_str(), ascending.last().map(String::as_str), "{first}");
}

/// -v traces each statement with its duration, -vv its text too; never a value the
/// operator typed (patient data stays out of logs).
#[tokio::test]
async fn verbose_traces_statements_never_their_values() {
    let db = TestDb::new().await;
    let admin = clinic(&db, "traced").await;
    ok(act(&db, &admin, &["patient", "import", &seed("patients.csv")]));
    let quiet = ok(act(&db, &admin, &["patient", "show", "MRN-1002"]));
    assert!(!stderr(&quiet).contains("sql "), "{}", stderr(&quiet));
    let once = ok(act(&db, &admin, &["-v", "patient", "show", "MRN-1002"]));
    let traced = stderr(&once);
    let statements: Vec<&str> = traced.lines().filter(|l| l.starts_with("sql ")).collect();
    assert!(statements.len() >= 3 && statements.iter().all(|l| l.contains(" ms ")), "{traced}");
    assert!(!traced.contains("    SELECT"), "-v gives names, not texts: {traced}");
    let twice = stderr(&ok(act(&db, &admin, &["-vv", "patient", "show", "MRN-1002"])));
    assert!(twice.lines().any(|l| l.starts_with("    ") && l.contains("FROM patients")), "{twice}");
    assert!(!twice.contains("MRN-1002") && !twice.contains("Noah"), "no value in a trace: {twice}");
}

/// A small read is a few statements (issue 26): the schema check, the operator and their
/// clinic, the scope, the read and its audit row. Never a lookup of the schema's enum
/// types: they travel as text, so a new connection (every command is one) asks nothing
/// of pg_type.
#[tokio::test]
async fn a_small_read_sends_a_few_statements_and_no_type_lookup() {
    let db = TestDb::new().await;
    let admin = clinic(&db, "floor").await;
    ok(act(&db, &admin, &["patient", "import", &seed("patients.csv")]));
    let reads: [&[&str]; 2] = [&["patient", "list"], &["auth", "expiring", "--within", "30d"]];
    for read in reads {
        let traced = stderr(&ok(act(&db, &admin, &[&["-vv"][..], read].concat())));
        let statements = traced.lines().filter(|l| l.starts_with("sql ")).count();
        assert!(!traced.contains("pg_type") && !traced.contains("pg_enum"), "{read:?} looked up types: {traced}");
        assert!(statements <= 6, "{read:?} sent {statements} statements: {traced}");
    }
}

/// Every command the clap tree marks as a list (its arguments flatten `ListFlags`) takes
/// the list options and honours them, through the binary: `--limit 1` prints one row,
/// `--sort` refuses a column it does not have and orders by one it has (named in that
/// refusal), `--no-headers` leaves out the CSV's header row. A new list needs a case here.
#[tokio::test]
async fn every_list_in_the_command_tree_honours_the_list_options() {
    use crate::operators::ROOT;
    use crate::scheduling::{RBT, auth, book, practice};
    use crate::sessions::{booked_id, start};

    let db = TestDb::new().await;
    let admin = practice(&db, "walk").await;
    crate::imports::clinic(&db, "walk-two").await;
    ok(act(&db, &admin, &["insurance", "import", &seed("insurance.csv")]));
    ok(auth(&db, &admin, "MRN-1001", "97153", "100", "PA-W1", &[]));
    ok(auth(&db, &admin, "MRN-1002", "97153", "100", "PA-W2", &[]));
    // Two authorizations the clinic's today keeps current whatever day the suite runs on:
    // the walk's sweep expires the two above once their end has passed, and the reports
    // of what expires or runs low still need rows to cut.
    for (mrn, number) in [("MRN-1001", "PA-W3"), ("MRN-1002", "PA-W4")] {
        let current = ["--code", "97155", "--units", "40", "--start", "-1w", "--end", "+8w", "--number", number];
        ok(act(&db, &admin, &[&["auth", "create", "--patient", mrn][..], &current].concat()));
    }
    let mut sessions = Vec::new();
    for day in ["2026-11-16", "2026-11-17"] {
        let at = format!("{day} 09:00");
        let a = booked_id(book(&db, &admin, ("MRN-1001", RBT, "97153"), &at, "60", &["-o", "json"]));
        let s = start(&db, &admin, &a, &at);
        for time in ["09:10", "09:20"] {
            let when = format!("{day} {time}");
            ok(act(&db, &admin, &["session", "event", "add", &s, "--at", &when, "--type", "mand"]));
        }
        ok(act(&db, &admin, &["session", "complete", &s, "--end", &format!("{day} 10:00")]));
        ok(act(&db, &admin, &["session", "note", "generate", &s]));
        sessions.push(s);
    }
    for org in ["walk", "walk-two"] {
        ok(act(&db, ROOT, &["access", "break-glass", "--org", org, "--reason", "payer audit of the walk"]));
    }

    // Each list: who runs it, its arguments, and whether the walk's clinic gives it fewer
    // than two rows (then --limit 1 cannot cut it).
    let s = sessions[0].as_str();
    let cases: &[(&str, &str, &[&str], bool)] = &[
        ("org list", ROOT, &[], false),
        ("user list", &admin, &[], false),
        ("practitioner list", &admin, &[], false),
        ("patient list", &admin, &[], false),
        ("insurance list", &admin, &["--patient", "MRN-1001"], true),
        ("auth list", &admin, &[], false),
        ("auth sweep", &admin, &[], true),
        ("auth check", &admin, &[], true),
        ("auth expiring", &admin, &["--within", "3650d"], false),
        ("auth low", &admin, &["--threshold", "0%"], false),
        ("appointment list", &admin, &["--from", "2026-11-01"], false),
        ("session list", &admin, &[], false),
        ("session notes-unsigned", &admin, &["--older-than", "1h"], true),
        ("session event list", &admin, &[s], false),
        ("code list", &admin, &[], false),
        ("report supervision", &admin, &["--month", "2026-11"], true),
        ("context list", &admin, &[], true),
        ("audit log", &admin, &[], false),
        ("access list", ROOT, &[], false),
        ("doctor", ROOT, &[], false),
        ("migrate status", ROOT, &[], false),
    ];
    let lists = omnictl::cli::lists();
    // Lists that need more than one server, walked where they have rows (citus.rs).
    let elsewhere = ["cluster status"];
    for list in &lists {
        assert!(
            elsewhere.contains(&list.as_str()) || cases.iter().any(|(path, ..)| path == list),
            "`{list}` is a list with no case in this test: add one"
        );
    }
    for (path, operator, args, short) in cases {
        assert!(lists.iter().any(|l| l == path), "`{path}` takes no list options");
        let run = |extra: &[&str]| {
            let words: Vec<&str> = path.split(' ').chain(args.iter().copied()).chain(extra.iter().copied()).collect();
            let output = act(&db, operator, &words);
            // doctor exits 10 when a check of the server fails; its list is printed all the same.
            let code = output.status.code();
            assert!(
                code == Some(0) || (*path == "doctor" && code == Some(10)),
                "{path} {extra:?}: {}",
                stderr(&output)
            );
            output
        };
        // A check that finds nothing prints nothing (auth check), not an empty array.
        let array = |output: std::process::Output| -> Vec<serde_json::Value> {
            let text = stdout(&output);
            if text.trim().is_empty() { Vec::new() } else { json(&output).as_array().cloned().unwrap_or_default() }
        };
        let rows = |extra: &[&str]| array(run(&[&["-o", "json"][..], extra].concat())).len();
        let all = rows(&["--all"]);
        assert!(*short || all >= 2, "{path}: the walk gives it {all} row(s), not enough to cut");
        assert_eq!(rows(&["--limit", "1"]), all.min(1), "{path} --limit 1");

        let words: Vec<&str> =
            path.split(' ').chain(args.iter().copied()).chain(["--sort", "no_such_column"]).collect();
        let refused = act(&db, operator, &words);
        assert_eq!(refused.status.code(), Some(2), "{path} --sort no_such_column: {}", stderr(&refused));
        let message = stderr(&refused);
        let column = message
            .split("one of ")
            .nth(1)
            .and_then(|names| names.split([',', ' ']).next())
            .unwrap_or_else(|| panic!("{path}: the refusal names no column: {message}"));
        let ascending = array(run(&["-o", "json", "--sort", column]));
        let descending = array(run(&["-o", "json", "--sort", &format!("{column}:desc")]));
        let listed = rows(&[]);
        assert_eq!((ascending.len(), descending.len()), (listed, listed), "{path} --sort {column}");

        let headed = stdout(&run(&["-o", "csv"]));
        let bare = stdout(&run(&["-o", "csv", "--no-headers"]));
        if all > 0 {
            assert_eq!(bare.lines().count() + 1, headed.lines().count(), "{path} --no-headers: {bare}");
            let header = headed.lines().next().unwrap_or_default();
            assert!(!bare.lines().any(|line| line == header), "{path} --no-headers: {bare}");
        }
    }
}
