//! A command never fails on its output format after it has written: every write command,
//! run with every `-o` it accepts, either succeeds and prints in that format, or refuses
//! the format before anything changed (exit 2, not one audit row more, no file written).

use std::process::{Command, Output};

use crate::harness::{TestDb, stderr, stdout};
use crate::outputs::Outcome::{Printed, RefusedFirst};

const FORMATS: [&str; 5] = ["table", "wide", "json", "csv", "ids"];

/// What a write command did with an output format.
#[derive(Debug, PartialEq, Eq)]
enum Outcome {
    Printed,
    RefusedFirst,
}

/// One clinic's life, every write command in it, each run with `-o format`.
struct Scenario<'a> {
    db: &'a TestDb,
    format: &'static str,
    dir: tempfile::TempDir,
    /// (command, outcome) of every write command run.
    outcomes: Vec<(String, Outcome)>,
}

impl<'a> Scenario<'a> {
    fn command(&self, operator: Option<&str>) -> Command {
        let mut command = match operator {
            Some(email) => self.db.omnictl_as(email),
            None => self.db.omnictl(),
        };
        command.env("OMNICTL_CONFIG", self.dir.path().join("config.toml"));
        command
    }

    /// The rows of the audit trail (every write commits one) and the files of the
    /// scenario's folder (keys, checkpoints, the contexts' file) with their contents.
    async fn state(&self) -> (i64, Vec<(String, u64)>) {
        let rows = sqlx::query_scalar("SELECT count(*) FROM audit_logs").fetch_one(&self.db.pool).await.unwrap_or(0);
        let digest = |bytes: Vec<u8>| {
            use std::hash::{Hash, Hasher};
            let mut hasher = std::collections::hash_map::DefaultHasher::new();
            bytes.hash(&mut hasher);
            hasher.finish()
        };
        let mut files: Vec<(String, u64)> = std::fs::read_dir(self.dir.path())
            .expect("the scenario's folder")
            .filter_map(|entry| entry.ok())
            .map(|entry| {
                let bytes = std::fs::read(entry.path()).unwrap_or_default();
                (entry.file_name().to_string_lossy().into_owned(), digest(bytes))
            })
            .collect();
        files.sort();
        (rows, files)
    }

    /// Runs a write command with `-o FORMAT`: it prints in that format, or refuses the
    /// format with a usage error before anything changed. A refused format is run again
    /// as a table, so the clinic's life goes on.
    async fn write(&mut self, operator: Option<&str>, args: &[&str], stdin: Option<&str>) -> Output {
        let before = self.state().await;
        let run = |format: &str| {
            let mut command = self.command(operator);
            // Confirmations answered: the test is about what is printed.
            command.args(args).args(["--yes", "-o", format]);
            match stdin {
                Some(text) => {
                    use std::io::Write;
                    command.stdin(std::process::Stdio::piped()).stdout(std::process::Stdio::piped());
                    command.stderr(std::process::Stdio::piped());
                    let mut child = command.spawn().expect("run omnictl");
                    child.stdin.take().expect("stdin").write_all(text.as_bytes()).expect("write stdin");
                    child.wait_with_output().expect("wait")
                }
                None => command.output().expect("run omnictl"),
            }
        };
        let output = run(self.format);
        let line = format!("{} -o {}", args.join(" "), self.format);
        if output.status.success() {
            self.check_printed(&line, &output);
            self.outcomes.push((args.join(" "), Printed));
            return output;
        }
        assert_eq!(
            output.status.code(),
            Some(2),
            "`{line}` failed but not as a refused format:\n{}{}",
            stdout(&output),
            stderr(&output)
        );
        assert!(stderr(&output).contains("-o"), "`{line}`: the refusal names the option: {}", stderr(&output));
        assert_eq!(self.state().await, before, "`{line}` was refused after it had written: {}", stderr(&output));
        assert_ne!(self.format, "table", "every write command prints a table: `{line}`: {}", stderr(&output));
        let output = run("table");
        assert!(output.status.success(), "`{}`: {}{}", args.join(" "), stdout(&output), stderr(&output));
        self.outcomes.push((args.join(" "), RefusedFirst));
        output
    }

    /// What was printed is in the format asked for.
    fn check_printed(&self, line: &str, output: &Output) {
        let out = stdout(output);
        assert!(!out.trim().is_empty(), "`{line}` printed nothing: {}", stderr(output));
        match self.format {
            "json" => {
                serde_json::from_str::<serde_json::Value>(&out)
                    .unwrap_or_else(|e| panic!("`{line}` printed no JSON ({e}): {out}"));
            }
            "csv" => {
                let mut reader = csv::Reader::from_reader(out.as_bytes());
                let headers = reader.headers().map(|h| h.len()).unwrap_or(0);
                assert!(headers > 0, "`{line}` printed no CSV header: {out}");
                for record in reader.records() {
                    assert_eq!(record.expect("a CSV record").len(), headers, "`{line}`: {out}");
                }
            }
            "ids" => {
                for id in out.lines() {
                    assert!(uuid::Uuid::parse_str(id).is_ok(), "`{line}` printed {id:?} as an id:\n{out}");
                }
            }
            _ => {}
        }
    }

    async fn id(&self, sql: &str) -> String {
        let id: uuid::Uuid =
            sqlx::query_scalar(sql).fetch_one(&self.db.pool).await.unwrap_or_else(|e| panic!("{sql}: {e}"));
        id.to_string()
    }

    fn file(&self, name: &str, content: &str) -> String {
        let path = self.dir.path().join(name);
        std::fs::write(&path, content).expect("write a file");
        path.display().to_string()
    }
}

const ROOT: Option<&str> = Some("root@out.test");
const ADMIN: Option<&str> = Some("admin@out.test");
const STAFF: Option<&str> = Some("staff@out.test");

/// Every write command, in the order a clinic's life runs them.
async fn life(db: &TestDb, format: &'static str) -> Vec<(String, Outcome)> {
    let mut s = Scenario { db, format, dir: tempfile::tempdir().expect("dir"), outcomes: Vec::new() };
    let seeds = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");
    s.write(None, &["migrate", "run"], None).await;
    s.write(None, &["user", "bootstrap", "--email", "root@out.test", "--name", "Root"], None).await;
    s.write(None, &["db", "pooler-login", "--password-stdin"], Some("pooler password 2026\n")).await;
    s.write(ROOT, &["seed", "service-codes"], None).await;
    s.write(ROOT, &["org", "create", "--name", "Out ABA", "--slug", "out", "--timezone", "America/Chicago"], None)
        .await;
    s.write(ROOT, &["org", "update", "out", "--name", "Out Clinic"], None).await;
    s.write(ROOT, &["org", "suspend", "out"], None).await;
    s.write(ROOT, &["org", "activate", "out"], None).await;
    s.write(
        ROOT,
        &["user", "create", "--org", "out", "--email", "admin@out.test", "--name", "Admin", "--role", "admin"],
        None,
    )
    .await;
    s.write(ROOT, &["access", "break-glass", "--org", "out", "--reason", "a payer audit", "--minutes", "15"], None)
        .await;
    s.write(ADMIN, &["user", "create", "--email", "staff@out.test", "--name", "Staff", "--role", "staff"], None).await;
    s.write(ADMIN, &["user", "update", "staff@out.test", "--name", "Staff Two"], None).await;
    s.write(ADMIN, &["user", "deactivate", "staff@out.test"], None).await;
    s.write(ADMIN, &["user", "activate", "staff@out.test"], None).await;
    s.write(ADMIN, &["user", "set-password", "staff@out.test", "--password-stdin"], Some("a long enough password\n"))
        .await;
    s.write(
        ADMIN,
        &["practitioner", "create", "--name", "Riley", "--credential", "RBT", "--npi", "1234567893", "--user"]
            .into_iter()
            .chain(["staff@out.test"])
            .collect::<Vec<_>>(),
        None,
    )
    .await;
    s.write(
        ADMIN,
        &["practitioner", "create", "--name", "Blair", "--credential", "BCBA", "--npi", "1245319599", "--user"]
            .into_iter()
            .chain(["admin@out.test"])
            .collect::<Vec<_>>(),
        None,
    )
    .await;
    s.write(ADMIN, &["practitioner", "create", "--name", "Sam", "--credential", "RBT", "--npi", "1679576722"], None)
        .await;
    s.write(ADMIN, &["practitioner", "update", "1234567893", "--name", "Riley Tech"], None).await;
    s.write(ADMIN, &["practitioner", "deactivate", "1679576722"], None).await;
    s.write(
        ADMIN,
        &["patient", "create", "--mrn", "M-1", "--first-name", "Ava", "--last-name", "Lee", "--dob", "2018-01-02"],
        None,
    )
    .await;
    s.write(ADMIN, &["patient", "update", "M-1", "--city", "Austin"], None).await;
    s.write(ADMIN, &["patient", "archive", "M-1"], None).await;
    s.write(ADMIN, &["patient", "unarchive", "M-1"], None).await;
    s.write(ADMIN, &["patient", "import", &format!("{seeds}/patients.csv")], None).await;
    s.write(ADMIN, &["insurance", "import", &format!("{seeds}/insurance.csv")], None).await;
    for member in ["X-1", "X-2"] {
        s.write(
            ADMIN,
            &["insurance", "add", "--patient", "M-1", "--payer", "Payer", "--member-number", member, "--start"]
                .into_iter()
                .chain(["2026-01-01", "--priority", if member == "X-1" { "primary" } else { "secondary" }])
                .collect::<Vec<_>>(),
            None,
        )
        .await;
    }
    let x1 = s.id("SELECT id FROM patient_insurances WHERE member_number = 'X-1'").await;
    let x2 = s.id("SELECT id FROM patient_insurances WHERE member_number = 'X-2'").await;
    s.write(ADMIN, &["insurance", "update", &x1, "--plan", "Gold"], None).await;
    s.write(ADMIN, &["insurance", "end", &x2, "--date", "2027-12-31"], None).await;
    s.write(ADMIN, &["insurance", "remove", &x2], None).await;
    for (number, units) in [("A-1", "400"), ("A-2", "40")] {
        s.write(
            ADMIN,
            &["auth", "create", "--patient", "M-1", "--code", "97153", "--number", number, "--start", "2026-01-01"]
                .into_iter()
                .chain(["--end", "+104w", "--units", units])
                .collect::<Vec<_>>(),
            None,
        )
        .await;
    }
    s.write(ADMIN, &["auth", "update", "A-1", "--notes", "renewed by phone"], None).await;
    s.write(ADMIN, &["auth", "cancel", "A-2"], None).await;
    // Current whatever day the suite runs on: two years from the clinic's today.
    let far = crate::harness::clinic_today(s.db, "out").await + chrono::Duration::days(730);
    let auths = s.file(
        "auths.csv",
        &format!(
            "medical_record_number,service_code,authorization_number,start_date,end_date,total_units,used_units,\
             payer_name,member_number\nM-1,97155,A-3,2026-01-01,{far},40,,,\n"
        ),
    );
    s.write(ADMIN, &["auth", "import", &auths], None).await;
    s.write(ADMIN, &["auth", "sweep"], None).await;
    let book = |start: &'static str| {
        ["appointment", "create", "--patient", "M-1", "--practitioner", "1234567893", "--code", "97153", "--start"]
            .into_iter()
            .chain([start, "--minutes", "60"])
            .collect::<Vec<_>>()
    };
    for start in ["2026-11-02 09:00", "2026-11-02 11:00", "2026-11-02 13:00", "2026-11-02 15:00"] {
        s.write(STAFF, &book(start), None).await;
    }
    s.write(STAFF, &[&book("2026-11-03 09:00")[..], &["--dry-run"]].concat(), None).await;
    let at = |time: &str| {
        format!(
            "SELECT id FROM appointments WHERE starts_at = '2026-11-02 {time}'::timestamp AT TIME ZONE 'America/Chicago'"
        )
    };
    let first = s.id(&at("09:00")).await;
    s.write(STAFF, &["appointment", "reschedule", &s.id(&at("11:00")).await, "--start", "2026-11-03 11:00"], None)
        .await;
    s.write(STAFF, &["appointment", "cancel", &s.id(&at("13:00")).await, "--reason", "sick"], None).await;
    s.write(STAFF, &["appointment", "no-show", &s.id(&at("15:00")).await], None).await;
    s.write(STAFF, &["session", "start", "--appointment", &first, "--at", "2026-11-02 09:00"], None).await;
    let session = s.id(&format!("SELECT id FROM sessions WHERE appointment_id = '{first}'")).await;
    s.write(
        STAFF,
        &["session", "event", "add", &session, "--type", "mand", "--name", "juice", "--at", "2026-11-02 09:10"],
        None,
    )
    .await;
    let events = s.file("events.csv", "type,at,name\nmand,2026-11-02 09:20,ball\n");
    s.write(STAFF, &["session", "event", "import", &session, &events], None).await;
    s.write(STAFF, &["session", "complete", &session, "--end", "2026-11-02 10:00"], None).await;
    s.write(STAFF, &["session", "note", "generate", &session], None).await;
    let note = s.file("note.txt", "Worked on manding with a preferred item.\n");
    s.write(STAFF, &["session", "note", "edit", &session, "--file", &note], None).await;
    s.write(STAFF, &["session", "note", "sign", &session], None).await;
    // The co-signer is the technician's supervisor of record: a contact that month.
    s.write(
        ADMIN,
        &["practitioner", "supervision-contact", "--technician", "1234567893", "--supervisor", "1245319599"]
            .into_iter()
            .chain(["--start", "2026-11-02 09:00", "--minutes", "30"])
            .collect::<Vec<_>>(),
        None,
    )
    .await;
    s.write(ADMIN, &["session", "note", "cosign", &session], None).await;
    s.write(STAFF, &["session", "note", "addendum", &session, "--text", "Parent reported a calm evening."], None).await;
    let moved =
        s.id("SELECT id FROM appointments WHERE (starts_at AT TIME ZONE 'America/Chicago')::date = '2026-11-03'").await;
    s.write(STAFF, &["session", "start", "--appointment", &moved, "--at", "2026-11-03 11:00"], None).await;
    let second = s.id(&format!("SELECT id FROM sessions WHERE appointment_id = '{moved}'")).await;
    s.write(STAFF, &["session", "cancel", &second, "--reason", "the family left early"], None).await;
    let key = s.dir.path().join("audit.key").display().to_string();
    s.write(ROOT, &["audit", "keygen", "--out", &key], None).await;
    let checkpoints = s.dir.path().join("checkpoints.jsonl").display().to_string();
    s.write(ROOT, &["audit", "checkpoint", "--key", &key, "--out", &checkpoints], None).await;
    s.write(ROOT, &["seed", "demo", "--orgs", "1", "--patients-per-org", "3"], None).await;
    s.write(None, &["context", "set", "out", "--user", "admin@out.test", "--clinic", "out"], None).await;
    s.write(None, &["context", "use", "out"], None).await;
    s.write(None, &["context", "delete", "out"], None).await;
    let dump = s.dir.path().join(format!("out-{format}.dump")).display().to_string();
    s.write(None, &["db", "dump", &dump], None).await;
    let restored = TestDb::empty().await;
    s.write(None, &["db", "restore", &dump, "--database-url", &restored.url], None).await;
    s.outcomes
}

/// The write commands, as the command line defines them: a new one must join `life`.
fn write_commands() -> Vec<String> {
    const READS: &[&str] = &[
        "quickstart",         // the local database's own: tested in local_cluster.rs
        "cluster distribute", // a Citus cluster's own: its outputs are tested in citus.rs
        "cluster status",
        "whoami",
        "completions",
        "access list",
        "appointment list",
        "appointment show",
        "audit export",
        "audit log",
        "audit show",
        "audit verify",
        "auth check",
        "auth expiring",
        "auth list",
        "auth low",
        "auth show",
        "context list",
        "db destroy",
        "db start",
        "db status",
        "db stop",
        "db url",
        "insurance export",
        "insurance list",
        "migrate status",
        "org list",
        "org show",
        "patient export",
        "patient list",
        "patient show",
        "practitioner list",
        "practitioner show",
        "report supervision",
        "session event list",
        "session list",
        "session note show",
        "session notes-unsigned",
        "session show",
        "user list",
        "user show",
        "user whoami",
        "code list",
        "doctor",
        "help",
    ];
    fn leaves(command: &clap::Command, path: &str, out: &mut Vec<String>) {
        let subs: Vec<_> = command.get_subcommands().collect();
        if subs.is_empty() {
            out.push(path.to_string());
        }
        for sub in subs {
            let child = if path.is_empty() { sub.get_name().to_string() } else { format!("{path} {}", sub.get_name()) };
            leaves(sub, &child, out);
        }
    }
    let mut all = Vec::new();
    leaves(&omnictl::cli::command(), "", &mut all);
    all.retain(|path| !READS.contains(&path.as_str()) && !path.ends_with(" help"));
    all
}

#[tokio::test(flavor = "multi_thread", worker_threads = 5)]
async fn every_write_command_prints_every_output_it_accepts_or_refuses_it_before_writing() {
    let mut runs = Vec::new();
    for format in FORMATS {
        let db = std::sync::Arc::new(TestDb::empty().await);
        runs.push(tokio::spawn(async move { life(&db, format).await }));
    }
    let mut ran: Vec<String> = Vec::new();
    for (format, run) in FORMATS.iter().zip(runs) {
        let outcomes = run.await.unwrap_or_else(|e| std::panic::resume_unwind(e.into_panic()));
        for (command, outcome) in &outcomes {
            ran.push(command.clone());
            // A record's id and a list's ids print; only a result with no id refuses `-o ids`.
            if *format != "ids" {
                assert_eq!(*outcome, Printed, "`{command}` refused -o {format}");
            }
        }
    }
    for command in write_commands() {
        assert!(
            ran.iter().any(|r| r == &command || r.starts_with(&format!("{command} "))),
            "the write command `{command}` is not run by this test: add it to `life`"
        );
    }
}
