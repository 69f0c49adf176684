//! The binary against an external server given by --database-url: migrations, the
//! service code seed, global options and completions.

use std::process::Output;

use crate::harness::{TestDb, omnictl, stderr, stdout};

fn run(command: &mut std::process::Command) -> Output {
    command.output().expect("run omnictl")
}

#[tokio::test]
async fn migrate_applies_everything_once_and_reports_status() {
    let db = TestDb::empty().await;

    let status = run(db.omnictl().args(["migrate", "status", "-o", "json"]));
    assert!(status.status.success(), "{}", stderr(&status));
    let before: serde_json::Value = serde_json::from_slice(&status.stdout).expect("json");
    let before = before.as_array().expect("array");
    assert!(before.len() >= 7);
    assert!(before.iter().all(|m| m["state"] == "pending" && m["applied_at"].is_null()));

    // Commands that need the schema refuse an unmigrated external database with advice.
    let seed = run(db.omnictl().args(["seed", "service-codes"]));
    assert_eq!(seed.status.code(), Some(5), "a database omnictl cannot use yet: exit 5");
    assert!(stderr(&seed).contains("omnictl migrate run"), "{}", stderr(&seed));

    // Two concurrent runs: the migrator's lock makes one apply and the other find nothing.
    let spawn = || db.omnictl().args(["migrate", "run"]).stderr(std::process::Stdio::piped()).spawn().expect("spawn");
    let (first, second) = (spawn(), spawn());
    for child in [first, second] {
        let out = child.wait_with_output().expect("wait");
        assert!(out.status.success(), "a concurrent migrate run failed: {}", stderr(&out));
    }

    let after = run(db.omnictl().args(["migrate", "status", "-o", "json"]));
    let after: serde_json::Value = serde_json::from_slice(&after.stdout).expect("json");
    assert!(after.as_array().expect("array").iter().all(|m| m["state"] == "applied" && m["applied_at"].is_string()));

    let again = run(db.omnictl().args(["migrate", "run"]));
    assert!(again.status.success());
    assert!(stderr(&again).contains("up to date"), "{}", stderr(&again));

    let table = run(db.omnictl().args(["migrate", "status"]));
    assert!(stdout(&table).contains("row level security"), "{}", stdout(&table));
}

#[tokio::test]
async fn seeding_service_codes_twice_changes_nothing_the_second_time_and_is_audited() {
    let db = TestDb::new().await;
    let root = crate::operators::bootstrap(&db).await;
    let seed = |args: &[&str]| run(db.omnictl_as(&root).args(["seed", "service-codes"]).args(args));

    let first = seed(&["-o", "json"]);
    assert!(first.status.success(), "{}", stderr(&first));
    let summary: serde_json::Value = serde_json::from_slice(&first.stdout).expect("json");
    assert_eq!(summary, serde_json::json!({ "inserted": 10, "updated": 0, "unchanged": 0 }));
    let stamps: Vec<(String, chrono::DateTime<chrono::Utc>)> =
        sqlx::query_as("SELECT code, updated_at FROM service_codes ORDER BY code")
            .fetch_all(&db.pool)
            .await
            .expect("codes");

    let second = seed(&[]);
    assert!(second.status.success(), "{}", stderr(&second));
    assert!(stdout(&second).contains("nothing changed"), "{}", stdout(&second));
    let stamps_after: Vec<(String, chrono::DateTime<chrono::Utc>)> =
        sqlx::query_as("SELECT code, updated_at FROM service_codes ORDER BY code")
            .fetch_all(&db.pool)
            .await
            .expect("codes");
    assert_eq!(stamps, stamps_after, "no row was rewritten");

    // A drifted row is put back, and only that one.
    sqlx::query("UPDATE service_codes SET max_units_per_day = 99 WHERE code = '97153'")
        .execute(&db.pool)
        .await
        .expect("drift");
    let third = seed(&["-o", "json"]);
    let summary: serde_json::Value = serde_json::from_slice(&third.stdout).expect("json");
    assert_eq!(summary, serde_json::json!({ "inserted": 0, "updated": 1, "unchanged": 9 }));
    let restored: i32 = sqlx::query_scalar("SELECT max_units_per_day FROM service_codes WHERE code = '97153'")
        .fetch_one(&db.pool)
        .await
        .expect("code");
    assert_eq!(restored, 32);

    let audit: Vec<(String, Option<String>, String, Option<String>)> = sqlx::query_as(
        "SELECT outcome::text, operator_email, os_user, details->>'inserted' FROM audit_logs
          WHERE action = 'service-code.seed' ORDER BY chain_seq",
    )
    .fetch_all(&db.pool)
    .await
    .expect("audit");
    assert_eq!(audit.len(), 3);
    assert!(audit.iter().all(|(outcome, operator, os_user, _)| outcome == "SUCCESS"
        && operator.as_deref() == Some(root.as_str())
        && !os_user.is_empty()));
    assert_eq!(audit[0].3.as_deref(), Some("10"));
}

/// The catalogue is the platform's: a clinic's admin is refused (and recorded); the
/// schema's owner, which is no operator, may load it (recorded without an operator), as
/// the README's table of operators says.
#[tokio::test]
async fn seeding_needs_a_super_admin_or_the_owner() {
    let db = TestDb::new().await;
    let admin = crate::imports::clinic(&db, "seedless").await;
    let refused = run(db.omnictl_as(&admin).args(["seed", "service-codes"]));
    assert!(!refused.status.success(), "a clinic's admin seeded the catalogue");
    let codes = || async { crate::imports::count(&db, "SELECT count(*) FROM service_codes").await };
    assert_eq!(codes().await, 0, "nothing was written");
    let last = || async {
        sqlx::query_as::<_, (String, String, Option<String>)>(
            "SELECT action, outcome::text, operator_email FROM audit_logs WHERE action = 'service-code.seed' \
             ORDER BY occurred_at DESC, chain_seq DESC LIMIT 1",
        )
        .fetch_one(&db.pool)
        .await
        .expect("audit")
    };
    assert_eq!(last().await, ("service-code.seed".into(), "DENIED".into(), Some(admin.clone())));
    let owner = run(db.omnictl().args(["seed", "service-codes"]));
    assert!(owner.status.success(), "the owner may seed: {}", stderr(&owner));
    assert_eq!(codes().await, 10);
    assert_eq!(last().await, ("service-code.seed".into(), "SUCCESS".into(), None));
}

#[test]
fn version_help_and_usage_errors() {
    let version = run(omnictl().arg("-V"));
    assert!(version.status.success());
    assert_eq!(stdout(&version).trim(), format!("omnictl {}", env!("CARGO_PKG_VERSION")), "-V: the short form");

    let help = run(omnictl().arg("--help"));
    let help = stdout(&help);
    for word in [
        "quickstart",
        "db",
        "migrate",
        "seed",
        "completions",
        "--database-url",
        "--operator",
        "--org",
        "--output",
        "--yes",
        "--quiet",
        "--verbose",
    ] {
        assert!(help.contains(word), "--help lacks {word}");
    }

    let usage = run(omnictl().args(["migrate", "sideways"]));
    assert_eq!(usage.status.code(), Some(2));
    let usage = run(omnictl().args(["migrate", "status", "-o", "yaml"]));
    assert_eq!(usage.status.code(), Some(2));
    assert!(stderr(&usage).contains("table"), "{}", stderr(&usage));
}

#[test]
fn committed_completions_match_the_binary() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    for (shell, file) in [
        ("bash", "omnictl.bash"),
        ("zsh", "_omnictl"),
        ("fish", "omnictl.fish"),
        ("powershell", "_omnictl.ps1"),
        ("elvish", "omnictl.elv"),
    ] {
        let generated = run(omnictl().args(["completions", shell]));
        assert!(generated.status.success());
        // `OMNICTL_BLESS=1 cargo test completions` rewrites the committed files.
        if std::env::var_os("OMNICTL_BLESS").is_some() {
            std::fs::write(dir.join(file), &generated.stdout).expect("write completions");
            continue;
        }
        let committed = std::fs::read(dir.join(file)).unwrap_or_default();
        assert!(
            committed == generated.stdout,
            "completions/{file} is stale: regenerate with `OMNICTL_BLESS=1 cargo test completions`"
        );
    }
}

#[test]
fn an_unreachable_server_fails_with_its_cause_not_a_time_out() {
    // Port 1 on loopback: nothing listens there.
    let started = std::time::Instant::now();
    let output = run(omnictl().args(["migrate", "status", "--database-url", "postgres://someone@127.0.0.1:1/none"]));
    assert_eq!(output.status.code(), Some(5), "cannot reach the database: exit 5");
    let message = stderr(&output);
    assert!(message.contains("could not connect to someone@127.0.0.1:1/none"), "{message}");
    assert!(message.contains("refuses connections"), "{message}");
    assert!(started.elapsed() < std::time::Duration::from_secs(2), "took {:?}", started.elapsed());

    let invalid = run(omnictl().args(["migrate", "status", "--database-url", "mysql://x/y"]));
    assert_eq!(invalid.status.code(), Some(2), "a malformed --database-url is a usage error");
    assert!(stderr(&invalid).contains("database URL is not valid"), "{}", stderr(&invalid));
}

/// A database migrated with a migration's earlier, superseded text is current; any other
/// text of it is a conflict.
#[tokio::test]
async fn a_superseded_migration_text_is_accepted_and_any_other_is_not() {
    let db = TestDb::new().await;
    let set = async |hex: &str| {
        sqlx::query("UPDATE _sqlx_migrations SET checksum = decode($1, 'hex') WHERE version = 20261124000001")
            .bind(hex)
            .execute(&db.pool)
            .await
            .expect("checksum");
    };
    set("d0add1eee06090e0ab9a95798f4842370bc24ef6f5b50d0588f4e4fcaf205cb07cd8d885d6dd2206f0cb205092baf438").await;
    let status = run(db.omnictl().args(["migrate", "status", "-o", "json"]));
    let status: serde_json::Value = serde_json::from_slice(&status.stdout).expect("json");
    assert!(status.as_array().expect("array").iter().all(|m| m["state"] == "applied"), "{status}");
    set(&"ab".repeat(48)).await;
    let status = run(db.omnictl().args(["migrate", "status", "-o", "json"]));
    let status: serde_json::Value = serde_json::from_slice(&status.stdout).expect("json");
    let first = status.as_array().and_then(|a| a.first()).cloned().unwrap_or_default();
    assert_eq!(first["state"], "modified", "{status}");
    let refused = run(db.omnictl().args(["migrate", "run"]));
    assert!(!refused.status.success() && stderr(&refused).contains("different SQL"), "{}", stderr(&refused));
}

/// The man pages are generated from the same definitions as `--help` (clap_mangen), one
/// page per command, committed under man/ like the completions.
#[test]
fn committed_man_pages_match_the_binary() {
    fn pages(command: clap::Command, path: Vec<String>, out: &mut Vec<(String, Vec<u8>)>) {
        let name = path.join("-");
        // The release only: the commit changes with every commit, the page should not.
        let release = env!("CARGO_PKG_VERSION");
        let command =
            command.display_name(name.clone()).bin_name(path.join(" ")).version(release).long_version(release);
        let mut page = Vec::new();
        clap_mangen::Man::new(command.clone()).render(&mut page).expect("render the man page");
        out.push((format!("{name}.1"), page));
        for sub in command.get_subcommands().filter(|s| s.get_name() != "help") {
            pages(sub.clone(), [path.clone(), vec![sub.get_name().to_string()]].concat(), out);
        }
    }
    let mut all = Vec::new();
    pages(omnictl::cli::documented(), vec!["omnictl".to_string()], &mut all);
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("man");
    if std::env::var_os("OMNICTL_BLESS").is_some() {
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("man/");
        for (file, page) in &all {
            std::fs::write(dir.join(file), page).expect("write the man page");
        }
        return;
    }
    let committed: Vec<String> = std::fs::read_dir(&dir)
        .map(|entries| entries.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).collect())
        .unwrap_or_default();
    assert_eq!(
        committed.len(),
        all.len(),
        "man/ holds other pages: regenerate with `OMNICTL_BLESS=1 cargo test man_pages`"
    );
    for (file, page) in &all {
        let on_disk = std::fs::read(dir.join(file)).unwrap_or_default();
        assert!(&on_disk == page, "man/{file} is stale: regenerate with `OMNICTL_BLESS=1 cargo test man_pages`");
    }
}

#[test]
fn the_version_names_the_commit_and_the_schema_it_expects() {
    let newest = std::fs::read_dir(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations"))
        .expect("migrations")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".sql"))
        .filter_map(|name| name.split('_').next().map(String::from))
        .max()
        .expect("a migration");
    let version = run(omnictl().arg("--version"));
    assert!(version.status.success());
    let text = String::from_utf8_lossy(&version.stdout);
    assert!(text.starts_with(&format!("omnictl {}", env!("CARGO_PKG_VERSION"))), "{text}");
    assert!(text.contains(&format!(", schema {newest})")) && text.contains("(commit "), "{text}");
}

/// With `source <(COMPLETE=bash omnictl)` the shell asks omnictl for values: a clinic's
/// MRNs, NPIs, codes and slugs beginning with what was typed, as the operator may see
/// them (another clinic's admin gets none of these MRNs), the MRNs on the record as a
/// patient read. With no server running nothing is offered, and none is started.
#[tokio::test]
async fn the_shell_completes_values_the_operator_may_see() {
    let db = TestDb::new().await;
    let admin = crate::scheduling::practice(&db, "completing").await;
    let other = crate::imports::clinic(&db, "elsewhere").await;
    let complete = |operator: &str, words: &[&str]| -> Vec<String> {
        let out = run(db.omnictl_as(operator).env("COMPLETE", "fish").args([&["--", "omnictl"][..], words].concat()));
        assert!(out.status.success(), "{}", stderr(&out));
        stdout(&out).lines().map(|l| l.split('\t').next().unwrap_or_default().to_string()).collect()
    };
    assert_eq!(complete(&admin, &["patient", "show", "MRN-10"]), ["MRN-1001", "MRN-1002", "MRN-1003"]);
    assert_eq!(complete(&admin, &["appointment", "create", "--patient", "MRN-1002"]), ["MRN-1002"]);
    assert!(complete(&other, &["patient", "show", "MRN-10"]).is_empty(), "another clinic's MRNs");
    assert_eq!(
        complete(&admin, &["appointment", "list", "--practitioner", crate::scheduling::RBT]),
        [crate::scheduling::RBT]
    );
    assert!(complete(&admin, &["auth", "create", "--code", "9715"]).contains(&"97153".to_string()));
    crate::imports::ok(crate::scheduling::auth(&db, &admin, "MRN-1001", "97153", "40", "PA-COMPLETE", &[]));
    assert_eq!(complete(&admin, &["auth", "show", "PA-C"]), ["PA-COMPLETE"]);
    assert!(complete(&other, &["auth", "show", "PA-C"]).is_empty(), "another clinic's authorizations");
    assert_eq!(complete(&admin, &["user", "show", "admin@comp"]), ["admin@completing.example"]);
    assert_eq!(complete(&admin, &["--org", "c"]), ["completing"]);
    assert_eq!(complete(&admin, &["--org", "e"]), Vec::<String>::new(), "a clinic admin sees their own clinic");
    assert_eq!(complete(crate::operators::ROOT, &["--org", "el"]), ["elsewhere"]);
    let reads: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM audit_logs WHERE action = 'patient.read' AND details->>'command' = 'shell completion'",
    )
    .fetch_one(&db.pool)
    .await
    .expect("count");
    assert_eq!(reads, 3, "each completion of MRNs is a recorded read");
    let reads: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM audit_logs WHERE action = 'auth.read' AND details->>'command' = 'shell completion'",
    )
    .fetch_one(&db.pool)
    .await
    .expect("count");
    assert_eq!(reads, 2, "so is each completion of authorization numbers");

    // The local database, not running: nothing offered, nothing started or created.
    let home = tempfile::tempdir().expect("home");
    let out = run(omnictl()
        .env_remove("DATABASE_URL")
        .env("OMNICTL_HOME", home.path())
        .env("COMPLETE", "fish")
        .args(["--", "omnictl", "patient", "show", "MRN"]));
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!stdout(&out).contains("MRN"), "{}", stdout(&out));
    assert_eq!(std::fs::read_dir(home.path()).expect("home").count(), 0, "nothing was created");
}

/// First contact: a database nobody operates yet says how the first operator comes to be,
/// `whoami` without an operator says which login is connected (and `-q` keeps its warning
/// quiet), and a wrong operator's message names what named them.
#[tokio::test]
async fn a_database_without_operators_says_how_to_begin() {
    let db = TestDb::new().await;
    let refused = run(db.omnictl().args(["org", "list"]));
    assert_eq!(refused.status.code(), Some(1), "{}", stderr(&refused));
    let said = stderr(&refused);
    assert!(said.contains("hint: this database has no operators yet: `omnictl quickstart`"), "{said}");
    assert!(said.contains("`omnictl user bootstrap --email EMAIL --name NAME`"), "{said}");

    let who = run(db.omnictl().args(["whoami", "-o", "json"]));
    assert!(who.status.success(), "{}", stderr(&who));
    let me: serde_json::Value = serde_json::from_slice(&who.stdout).expect("json");
    assert_eq!((me["role"].as_str(), me["login"].as_str()), (Some("no operator"), Some("omnictl")), "{me}");
    assert!(stderr(&who).contains("warning: the database login omnictl is no operator's"), "{}", stderr(&who));
    let quiet = run(db.omnictl().args(["-q", "whoami"]));
    assert!(quiet.status.success() && stderr(&quiet).is_empty(), "-q is quiet: {}", stderr(&quiet));

    // Once there is one, the hint is gone: the login is simply no operator's.
    crate::operators::bootstrap(&db).await;
    let said = stderr(&run(db.omnictl().args(["org", "list"])));
    assert!(!said.contains("no operators yet"), "{said}");

    // The operator named by the environment is not the connected one: the message says
    // where the name came from and how to act as oneself.
    let root = crate::operators::ROOT;
    let wrong = run(db.omnictl_as(root).env("OMNICTL_OPERATOR", "someone@else.test").args(["org", "list"]));
    let said = stderr(&wrong);
    assert!(said.contains("but OMNICTL_OPERATOR names someone@else.test"), "{said}");
    assert!(said.contains(&format!("hint: act as yourself: export OMNICTL_OPERATOR={root}")), "{said}");
}

/// What help and usage errors say: subcommands leave the global options to `omnictl
/// --help`, environment variables show no value, a missing choice names each of its
/// alternatives, and a date-time omnictl cannot read is a usage error (exit 2).
#[test]
fn help_and_usage_errors_lead_somewhere() {
    let help = stdout(&run(omnictl().args(["appointment", "create", "--help"])));
    assert!(!help.contains("--database-url <URL>"), "the global options once, in omnictl --help:\n{help}");
    assert!(help.contains("Global options (--database-url"), "{help}");
    for line in help.lines().skip_while(|l| !l.starts_with("Examples:")).skip(1).take_while(|l| !l.is_empty()) {
        assert!(line.chars().count() <= 80, "an example line fits 80 columns: {line:?}");
    }
    let top = stdout(&run(omnictl().env("OMNICTL_ORG", "lakeside").arg("--help")));
    assert!(top.contains("Global options:") && top.contains("--database-url <URL>"), "{top}");
    assert!(top.contains("[env: OMNICTL_ORG]") && !top.contains("lakeside]"), "env without its value:\n{top}");

    let missing = run(omnictl().args(["appointment", "create", "--patient", "M-1"]));
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("<--minutes <MINUTES>|--end <END>>"), "{}", stderr(&missing));

    // Refused before any connection: the server named here does not exist.
    let bad = run(omnictl().env("DATABASE_URL", "postgres://nobody@127.0.0.1:1/omnictl").args([
        "appointment",
        "create",
        "--patient",
        "M-1",
        "--practitioner",
        "1234567893",
        "--code",
        "97153",
        "--start",
        "2026-12-10 9am",
        "--minutes",
        "60",
    ]));
    assert_eq!(bad.status.code(), Some(2), "a date-time omnictl cannot read: {}", stderr(&bad));
    assert!(stderr(&bad).contains("for '--start <START>'"), "{}", stderr(&bad));
}
