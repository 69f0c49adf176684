//! The embedded default: the binary creating, starting, migrating, stopping and
//! destroying its own local cluster in a fresh OMNICTL_HOME, with no database URL.

use std::path::Path;
use std::process::{Command, Output};

use sqlx::Connection;

use crate::harness::{LocalClusterGuard, fresh_home, omnictl, stderr, stdout};

fn local(home: &Path) -> Command {
    let mut command = omnictl();
    command.env("OMNICTL_HOME", home);
    command
}

fn run(command: &mut Command) -> Output {
    command.output().expect("run omnictl")
}

fn status_json(home: &Path) -> serde_json::Value {
    let status = run(local(home).args(["db", "status", "-o", "json"]));
    assert!(status.status.success(), "{}", stderr(&status));
    serde_json::from_slice(&status.stdout).expect("db status json")
}

#[tokio::test]
async fn quickstart_creates_the_local_database_and_db_commands_manage_it() {
    let home = fresh_home();
    let _guard = LocalClusterGuard { home: home.path().to_path_buf() };
    assert_eq!(status_json(home.path())["state"], "not_created");

    let first = run(local(home.path()).arg("quickstart"));
    assert!(first.status.success(), "{}", stderr(&first));
    let text = stdout(&first);
    assert!(text.contains("omnictl is ready"), "{text}");
    assert!(text.contains("10 inserted"), "{text}");
    assert!(text.contains("superadmin@omnictl.test created now"), "quickstart bootstraps the demo super admin: {text}");
    assert!(
        text.contains("10 patients") && text.contains("3 completed sessions with signed notes"),
        "quickstart creates the demo clinic: {text}"
    );
    assert!(text.contains(&home.path().display().to_string()), "quickstart says where the data lives: {text}");
    assert!(text.contains("keeps running in the background; `omnictl db stop` stops it"), "{text}");
    let installed = std::env::var_os("PATH")
        .is_some_and(|path| std::env::split_paths(&path).any(|dir| dir.join("omnictl").is_file()));
    assert_eq!(
        text.contains("To type omnictl as above, put it on your PATH: `cargo install --path .`"),
        !installed,
        "{text}"
    );
    let audit_rows = || {
        let out = run(local(home.path())
            .args(["audit", "log", "--limit", "100000", "-o", "csv"])
            .env("OMNICTL_OPERATOR", "superadmin@omnictl.test"));
        assert!(out.status.success(), "{}", stderr(&out));
        stdout(&out).lines().count()
    };
    let rows_before = audit_rows();

    let second = run(local(home.path()).arg("quickstart"));
    assert!(second.status.success(), "{}", stderr(&second));
    assert!(stdout(&second).contains("nothing changed"), "quickstart is idempotent: {}", stdout(&second));
    assert_eq!(stdout(&first).lines().filter(|l| l.contains("  omnictl ")).count(), 7, "{text}");
    // A streamed read is recorded when it starts and with its outcome: two rows.
    assert_eq!(audit_rows(), rows_before + 2, "a second quickstart writes nothing but the audit log read above");

    // The tour it prints runs, as printed, and shows the demo clinic's data.
    let operator = text
        .lines()
        .find_map(|l| l.trim().strip_prefix("export OMNICTL_OPERATOR="))
        .expect("the tour says whom to act as")
        .to_string();
    let tour: Vec<&str> = text
        .lines()
        .skip_while(|l| !l.ends_with("then try:"))
        .map(str::trim)
        .filter(|l| l.starts_with("omnictl ") && !l.contains("--help"))
        .collect();
    assert_eq!(tour.len(), 6, "five commands and the super admin's: {text}");
    for line in &tour[..5] {
        let command = line.split("  ").next().unwrap_or_default();
        let args: Vec<&str> = command.split_whitespace().skip(1).collect();
        let out = run(local(home.path()).args(&args).env("OMNICTL_OPERATOR", &operator));
        assert!(out.status.success(), "`{command}` failed: {}", stderr(&out));
        assert!(stdout(&out).lines().count() >= 2, "`{command}` shows nothing: {}", stdout(&out));
    }
    let as_admin = |args: &[&str]| {
        let out = run(local(home.path()).args(args).env("OMNICTL_OPERATOR", &operator));
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        serde_json::from_slice::<serde_json::Value>(&out.stdout).expect("json")
    };
    let expiring = as_admin(&["auth", "expiring", "--within", "30d", "-o", "json"]);
    assert!(expiring.as_array().is_some_and(|a| a.len() >= 2), "{expiring}");
    let low = as_admin(&["auth", "low", "-o", "json"]);
    assert!(low.as_array().is_some_and(|a| a.len() >= 2), "{low}");
    let sessions = as_admin(&["session", "list", "--status", "completed", "-o", "json"]);
    let sessions = sessions.as_array().cloned().unwrap_or_default();
    assert_eq!(sessions.len(), 3);
    assert!(sessions.iter().all(|s| s["note_status"] == "SIGNED"), "{sessions:?}");
    let booked = as_admin(&["appointment", "list", "--status", "scheduled", "-o", "json"]);
    assert!(booked.as_array().is_some_and(|a| a.len() >= 19), "a week of bookings: {booked}");
    let practitioners = as_admin(&["practitioner", "list", "-o", "json"]);
    let credentials: std::collections::BTreeSet<String> = practitioners
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|p| p["credentials"].as_array().cloned().unwrap_or_default())
        .filter_map(|c| c.as_str().map(str::to_string))
        .collect();
    assert_eq!(credentials.into_iter().collect::<Vec<_>>(), ["BCBA", "BCBA-D", "BCaBA", "RBT"]);

    // Every read honours -o json and -o csv: data alone on stdout, nothing drawn on stderr.
    let session_id = sessions[0]["id"].as_str().unwrap_or_default().to_string();
    let reads: Vec<Vec<&str>> = vec![
        vec!["patient", "list"],
        vec!["patient", "show", "SUN-001"],
        vec!["insurance", "list", "--patient", "SUN-003"],
        vec!["practitioner", "list"],
        vec!["auth", "list"],
        vec!["auth", "show", "SUN-PA-153-001"],
        vec!["auth", "expiring", "--within", "30d"],
        vec!["appointment", "list", "--week", "next"],
        vec!["session", "list"],
        vec!["session", "show", &session_id],
        vec!["session", "event", "list", &session_id],
        vec!["session", "note", "show", &session_id],
        vec!["user", "list"],
        vec!["audit", "log", "--limit", "5"],
        vec!["audit", "verify"],
    ];
    for read in &reads {
        for format in ["json", "csv"] {
            let out = run(local(home.path()).args(read).args(["-o", format]).env("OMNICTL_OPERATOR", &operator));
            assert!(out.status.success(), "{read:?} -o {format}: {}", stderr(&out));
            if format == "json" {
                let parsed = serde_json::from_slice::<serde_json::Value>(&out.stdout);
                assert!(parsed.is_ok(), "{read:?} -o json is not JSON: {}", stdout(&out));
            } else {
                assert!(!stdout(&out).is_empty(), "{read:?} -o csv printed nothing");
            }
            assert!(!stderr(&out).contains('\u{1b}'), "{read:?}: escape codes on stderr");
        }
    }

    let status = status_json(home.path());
    assert_eq!(status["state"], "running");
    assert!(status["data_dir"].as_str().unwrap_or_default().starts_with(&home.path().display().to_string()));
    let root = nix::unistd::geteuid().is_root();
    assert_eq!(status["server_user"].is_string(), root, "a root-run omnictl names the server user: {status}");

    // `db url` is a URL omnictl's driver and psql both accept.
    let url = run(local(home.path()).args(["db", "url"]));
    assert!(url.status.success(), "{}", stderr(&url));
    let url = stdout(&url).trim().to_string();
    let mut conn = sqlx::PgConnection::connect(&url).await.expect("connect with db url");
    let codes: i64 =
        sqlx::query_scalar("SELECT count(*) FROM service_codes").fetch_one(&mut conn).await.expect("count");
    assert_eq!(codes, 10);
    conn.close().await.ok();
    if let Ok(psql) = Command::new("psql").args([url.as_str(), "-tAc", "SELECT count(*) FROM service_codes"]).output() {
        assert_eq!(stdout(&psql).trim(), "10", "psql rejected the URL: {}", stderr(&psql));
    }

    // Migrations and the seed work against the local database with no URL.
    let migrations = run(local(home.path()).args(["migrate", "status", "-o", "csv"]));
    assert!(migrations.status.success());
    assert!(stdout(&migrations).lines().skip(1).all(|l| l.contains(",applied,")), "{}", stdout(&migrations));

    let stop = run(local(home.path()).args(["db", "stop"]));
    assert!(stop.status.success(), "{}", stderr(&stop));
    assert_eq!(status_json(home.path())["state"], "stopped");

    // Its URL, with the server stopped: said as the local database, by its socket.
    let stopped = run(local(home.path()).args(["--database-url", &url, "migrate", "status"]));
    assert_eq!(stopped.status.code(), Some(5), "{}", stderr(&stopped));
    let said = stderr(&stopped);
    let socket = Path::new(status["socket_dir"].as_str().unwrap_or_default()).join(".s.PGSQL.5432");
    assert!(said.contains(&format!("on the socket {}", socket.display())), "{said}");
    assert!(said.contains("the local database in") && said.contains("is stopped"), "{said}");
    assert!(said.lines().any(|l| l.starts_with("hint: ") && l.contains("omnictl db start")), "{said}");
    assert!(!said.contains("localhost:5432"), "{said}");
    assert_eq!(status_json(home.path())["state"], "stopped", "a URL never starts the local database");

    // Any command that needs the database starts it on demand.
    let again = run(local(home.path()).args(["migrate", "status"]));
    assert!(again.status.success(), "{}", stderr(&again));
    assert_eq!(status_json(home.path())["state"], "running");

    // Destroying asks first; without a terminal, it needs --yes.
    let refused = run(local(home.path()).args(["db", "destroy"]));
    assert_eq!(refused.status.code(), Some(1));
    assert!(stderr(&refused).contains("--yes"), "{}", stderr(&refused));
    assert_eq!(status_json(home.path())["state"], "running");
    let destroyed = run(local(home.path()).args(["db", "destroy", "--yes"]));
    assert!(destroyed.status.success(), "{}", stderr(&destroyed));
    assert_eq!(status_json(home.path())["state"], "not_created");
}

#[test]
fn racing_first_use_initialises_once() {
    let home = fresh_home();
    let _guard = LocalClusterGuard { home: home.path().to_path_buf() };
    let children: Vec<_> = (0..3)
        .map(|_| {
            local(home.path())
                .args(["migrate", "status", "-o", "json"])
                .stderr(std::process::Stdio::piped())
                .spawn()
                .expect("spawn")
        })
        .collect();
    for child in children {
        let output = child.wait_with_output().expect("wait");
        assert!(output.status.success(), "a racing first use failed: {}", stderr(&output));
    }
    let created = run(local(home.path()).args(["db", "status", "-o", "json"]));
    let status: serde_json::Value = serde_json::from_slice(&created.stdout).expect("json");
    assert_eq!(status["state"], "running");
    // The lock made the others wait for the first: exactly one initdb ran.
    let data_dir = Path::new(status["data_dir"].as_str().expect("data dir"));
    let log = std::fs::read_to_string(data_dir.parent().expect("root").join("postgres.log")).unwrap_or_default();
    assert_eq!(log.matches("database system is ready to accept connections").count(), 1, "{log}");
}

#[test]
fn missing_server_binaries_give_one_clear_error_with_the_alternatives() {
    let home = fresh_home();
    let empty = tempfile::tempdir().expect("dir");
    let output = run(local(home.path()).env("OMNICTL_PG_BINDIR", empty.path()).args(["migrate", "status"]));
    assert_eq!(output.status.code(), Some(5), "no database to use: exit 5");
    let message = stderr(&output);
    assert!(message.contains("server binaries (initdb, pg_ctl, postgres) were not found"), "{message}");
    assert!(message.contains("apt-get install postgresql"), "{message}");
    assert!(message.contains("brew install"), "{message}");
    assert!(message.contains("--database-url"), "{message}");
    assert!(!message.contains("panicked"), "{message}");
    assert!(!home.path().join("postgres/data").exists(), "nothing half-made is left behind");
}

/// As root, the same first run as an unprivileged account (`nobody`), whose server runs
/// as itself. Skipped when the tests already run unprivileged: the test above is that.
#[test]
fn an_ordinary_user_gets_a_cluster_of_their_own() {
    if !nix::unistd::geteuid().is_root() || Command::new("runuser").arg("--help").output().is_err() {
        return;
    }
    use std::os::unix::fs::{PermissionsExt, chown};
    let Ok(Some(nobody)) = nix::unistd::User::from_name("nobody") else {
        return;
    };
    let place = fresh_home();
    let binary = place.path().join("omnictl");
    crate::harness::copy_executable(Path::new(crate::harness::bin()), &binary);
    std::fs::set_permissions(&binary, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let home = place.path().join("home");
    std::fs::create_dir(&home).expect("home");
    chown(&home, Some(nobody.uid.as_raw()), Some(nobody.gid.as_raw())).expect("chown home");

    let as_nobody = |args: &[&str]| {
        Command::new("runuser")
            .args(["-u", "nobody", "--", "env", &format!("OMNICTL_HOME={}", home.display())])
            .arg(&binary)
            .args(args)
            .env_remove("DATABASE_URL")
            .current_dir(place.path())
            .output()
            .expect("runuser")
    };
    let quickstart = as_nobody(&["quickstart"]);
    let cleanup = || as_nobody(&["db", "destroy", "--yes"]);
    if !quickstart.status.success() {
        cleanup();
        panic!("quickstart as nobody failed: {}", stderr(&quickstart));
    }
    let status = as_nobody(&["db", "status", "-o", "json"]);
    let status: serde_json::Value = serde_json::from_slice(&status.stdout).expect("json");
    cleanup();
    assert_eq!(status["state"], "running");
    assert!(status["server_user"].is_null(), "an ordinary user runs the server as themself: {status}");
}

/// Three first runs of `quickstart` at once on a fresh home all succeed: one applies the
/// migrations and creates the demo clinic, the others find them.
#[test]
fn concurrent_quickstarts_on_a_fresh_home_all_succeed() {
    let home = fresh_home();
    let _guard = LocalClusterGuard { home: home.path().to_path_buf() };
    let children: Vec<_> = (0..3)
        .map(|_| {
            local(home.path())
                .args(["quickstart", "-o", "json"])
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .expect("spawn")
        })
        .collect();
    let mut reports = Vec::new();
    for child in children {
        let output = child.wait_with_output().expect("wait");
        assert!(output.status.success(), "a concurrent quickstart failed: {}", stderr(&output));
        reports.push(serde_json::from_slice::<serde_json::Value>(&output.stdout).expect("json"));
    }
    let migrations = omnictl::db::migrations::MIGRATOR.iter().filter(|m| m.migration_type.is_up_migration()).count();
    let applied: u64 = reports.iter().map(|r| r["migrations_applied"].as_u64().expect("count")).sum();
    assert_eq!(applied as usize, migrations, "each migration reported once, by the run that applied it: {reports:?}");
    let created = reports.iter().filter(|r| r["demo"]["created"] == true).count();
    assert_eq!(created, 1, "{reports:?}");
}

/// A `postmaster.pid` left by a crash whose PID now belongs to an unrelated process (with a
/// stale socket beside it): not "running", never signalled, and cleared on the next start.
#[test]
fn a_stale_pid_file_naming_an_unrelated_process_is_never_signalled() {
    let home = fresh_home();
    let _guard = LocalClusterGuard { home: home.path().to_path_buf() };
    let started = run(local(home.path()).args(["db", "start"]));
    assert!(started.status.success(), "{}", stderr(&started));
    let stopped = run(local(home.path()).args(["db", "stop"]));
    assert!(stopped.status.success(), "{}", stderr(&stopped));
    let status = status_json(home.path());
    let data_dir = Path::new(status["data_dir"].as_str().expect("data dir")).to_path_buf();
    let socket_dir = Path::new(status["socket_dir"].as_str().expect("socket dir")).to_path_buf();

    let mut bystander = Command::new("sleep").arg("300").spawn().expect("spawn an unrelated process");
    let pid = bystander.id();
    std::fs::write(data_dir.join("postmaster.pid"), format!("{pid}\n{}\n", data_dir.display())).expect("pid file");
    std::fs::write(socket_dir.join(".s.PGSQL.5432"), "").expect("stale socket");
    std::fs::write(socket_dir.join(".s.PGSQL.5432.lock"), format!("{pid}\n")).expect("stale socket lock");

    assert_eq!(status_json(home.path())["state"], "stopped", "an unrelated live PID is not this cluster's server");
    let stop = run(local(home.path()).args(["db", "stop"]));
    assert!(stop.status.success(), "{}", stderr(&stop));
    assert!(bystander.try_wait().expect("poll").is_none(), "db stop signalled the unrelated process");
    let start = run(local(home.path()).args(["db", "start"]));
    assert!(start.status.success(), "the stale files are cleared and the server starts: {}", stderr(&start));
    let status = status_json(home.path());
    assert_eq!(status["state"], "running");
    assert_ne!(status["pid"].as_u64(), Some(u64::from(pid)));
    assert!(bystander.try_wait().expect("poll").is_none(), "still untouched");
    bystander.kill().ok();
    bystander.wait().ok();
}

/// A server still recovering from a crash refuses connections with 57P03 ("not yet
/// accepting connections"); omnictl waits and retries instead of failing. Played by a
/// proxy in front of the test cluster that refuses the first connections the way such a
/// server does, then passes the rest through.
#[test]
fn a_server_still_recovering_is_waited_for() {
    use std::io::{Read, Write};
    use std::net::TcpListener;
    use std::os::unix::net::UnixStream;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    const REFUSALS: usize = 4;
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
    let db = runtime.block_on(crate::harness::TestDb::new());
    let host = db.url.split("host=").nth(1).and_then(|rest| rest.split('&').next()).expect("socket dir in the url");
    let socket = Path::new(&host.replace("%2F", "/")).join(".s.PGSQL.5432");
    let database = db.url.split('?').next().and_then(|u| u.rsplit('/').next()).expect("database").to_string();

    let listener = TcpListener::bind("127.0.0.1:0").expect("listen");
    let port = listener.local_addr().expect("addr").port();
    let seen = Arc::new(AtomicUsize::new(0));
    let counter = seen.clone();
    std::thread::spawn(move || {
        for client in listener.incoming() {
            let Ok(mut client) = client else { continue };
            if counter.fetch_add(1, Ordering::SeqCst) < REFUSALS {
                // Read the startup message, answer as a recovering server, hang up.
                let mut length = [0u8; 4];
                if client.read_exact(&mut length).is_ok() {
                    let mut rest = vec![0u8; (u32::from_be_bytes(length) as usize).saturating_sub(4)];
                    let _ = client.read_exact(&mut rest);
                }
                let mut fields = Vec::new();
                for (tag, value) in [
                    (b'S', "FATAL"),
                    (b'V', "FATAL"),
                    (b'C', "57P03"),
                    (b'M', "the database system is not yet accepting connections"),
                ] {
                    fields.push(tag);
                    fields.extend_from_slice(value.as_bytes());
                    fields.push(0);
                }
                fields.push(0);
                let mut message = vec![b'E'];
                message.extend_from_slice(&((fields.len() + 4) as u32).to_be_bytes());
                message.extend_from_slice(&fields);
                let _ = client.write_all(&message);
                continue;
            }
            let Ok(server) = UnixStream::connect(&socket) else { continue };
            let (mut client_in, mut server_out) =
                (client.try_clone().expect("clone"), server.try_clone().expect("clone"));
            std::thread::spawn(move || {
                let _ = std::io::copy(&mut client_in, &mut server_out);
                let _ = server_out.shutdown(std::net::Shutdown::Write);
            });
            let (mut server_in, mut client_out) = (server, client);
            std::thread::spawn(move || {
                let _ = std::io::copy(&mut server_in, &mut client_out);
                let _ = client_out.shutdown(std::net::Shutdown::Write);
            });
        }
    });

    let url = format!("postgres://omnictl@127.0.0.1:{port}/{database}?sslmode=disable");
    let out = omnictl().env("DATABASE_URL", &url).args(["migrate", "status", "-o", "json"]).output().expect("run");
    assert!(out.status.success(), "omnictl gave up on a recovering server: {}", stderr(&out));
    assert!(seen.load(Ordering::SeqCst) > REFUSALS, "it retried past the refusals");
}

/// On the local database an operator's login is remembered by email (`logins` in the
/// home), so a command connects once, straight as the operator; a remembered login that
/// is no longer the email's — the user's email changed, or the file was edited — is
/// checked on the connection, forgotten and looked up again, never acted as.
#[test]
fn remembered_logins_are_checked_never_trusted() {
    let home = fresh_home();
    let _guard = LocalClusterGuard { home: home.path().to_path_buf() };
    let started = run(local(home.path()).args(["quickstart", "--no-demo"]));
    assert!(started.status.success(), "{}", stderr(&started));
    let root = "root@logins.test";
    let bootstrap = run(local(home.path()).args(["user", "bootstrap", "--email", root, "--name", "Root"]));
    assert!(bootstrap.status.success(), "{}", stderr(&bootstrap));
    let act = |email: &str, args: &[&str]| run(local(home.path()).env("OMNICTL_OPERATOR", email).args(args));
    let create = ["org", "create", "--name", "Cached", "--slug", "cached", "--timezone", "America/Chicago"];
    assert!(act(root, &create).status.success());
    let admin = ["user", "create", "--org", "cached", "--email", "ada@cached.test", "--name", "Ada", "--role", "admin"];
    assert!(act(root, &admin).status.success());
    let staff = ["user", "create", "--org", "cached", "--email", "sam@cached.test", "--name", "Sam", "--role", "staff"];
    assert!(act(root, &staff).status.success());

    let whoami = |email: &str| {
        let out = act(email, &["whoami", "-o", "json"]);
        assert!(out.status.success(), "{email}: {}", stderr(&out));
        serde_json::from_slice::<serde_json::Value>(&out.stdout).expect("whoami json")["operator"].clone()
    };
    assert_eq!(whoami("ada@cached.test"), "ada@cached.test");
    assert_eq!(whoami("sam@cached.test"), "sam@cached.test");
    let remembered = std::fs::read_to_string(home.path().join("logins")).expect("the logins are remembered");
    let login_of = |email: &str| {
        remembered.lines().find_map(|l| l.strip_prefix(&format!("{email}\t")).map(str::to_string)).expect(email)
    };
    let (ada, sam) = (login_of("ada@cached.test"), login_of("sam@cached.test"));
    assert!(ada.starts_with("omnictl_u_") && ada != sam, "{remembered}");

    // An edited file names Sam's login for Ada: checked on the connection, and Ada is
    // still Ada (and the file is corrected).
    std::fs::write(home.path().join("logins"), format!("ada@cached.test\t{sam}\n")).expect("edit");
    assert_eq!(whoami("ada@cached.test"), "ada@cached.test");
    let corrected = std::fs::read_to_string(home.path().join("logins")).expect("logins");
    assert!(corrected.contains(&format!("ada@cached.test\t{ada}")), "{corrected}");

    // Ada's email changes: the old email names nobody, though her login is remembered
    // under it; the new one is Ada.
    let renamed = act("ada@cached.test", &["user", "update", "ada@cached.test", "--email", "ada.l@cached.test"]);
    assert!(renamed.status.success(), "{}", stderr(&renamed));
    let stale = act("ada@cached.test", &["whoami"]);
    assert!(!stale.status.success(), "the old email must not act as Ada: {}", stdout(&stale));
    assert_eq!(whoami("ada.l@cached.test"), "ada.l@cached.test");

    // On a remembered login a small read is four statements (issue 26, item 8): the
    // connection's first says whose login it is and reads the schema's fingerprint, the
    // transaction that follows asks nothing more before the read, then the read's audit
    // row and the commit.
    assert!(act("sam@cached.test", &["patient", "list"]).status.success(), "remembers Sam's login again");
    let read = act("sam@cached.test", &["-vv", "patient", "list"]);
    assert!(read.status.success(), "{}", stderr(&read));
    let traced = stderr(&read);
    let statements: Vec<&str> = traced.lines().filter(|l| l.starts_with("sql ")).collect();
    assert_eq!(statements.len(), 4, "{traced}");
    assert!(statements[0].contains("schema_fingerprint"), "{traced}");
    assert!(!traced.contains("SELECT * FROM omnictl_identify()"), "identified twice: {traced}");
    assert!(statements[3].contains("COMMIT"), "{traced}");
    // Who the login is, known before the transaction, decides as it did inside it: Sam
    // (STAFF) is refused what needs an ADMIN, and the refusal is on the record.
    let hire = ["user", "create", "--email", "eve@cached.test", "--name", "Eve", "--role", "staff"];
    let refused = act("sam@cached.test", &hire);
    assert_eq!(refused.status.code(), Some(1), "{}", stderr(&refused));
    assert!(
        stderr(&refused).contains("needs an ADMIN of the organization; sam@cached.test is STAFF"),
        "{}",
        stderr(&refused)
    );
    let log =
        act("ada.l@cached.test", &["audit", "log", "--action", "user.create", "--by", "sam@cached.test", "-o", "json"]);
    assert!(log.status.success(), "{}", stderr(&log));
    let recorded: serde_json::Value = serde_json::from_slice(&log.stdout).expect("audit log json");
    assert!(recorded.as_array().is_some_and(|rows| rows.iter().any(|r| r["outcome"] == "DENIED")), "{recorded}");
}

/// The schema's fingerprint a command on the local database reads first is the setting
/// `migrate run` leaves as the database's default (the server gives it to each new
/// connection: no catalogue read), and it never outlives a change to the table of
/// migrations: an edited checksum removes it in the same statement, and the next command
/// finds the edit in the table itself and refuses.
#[tokio::test]
async fn the_schema_fingerprint_setting_never_outlives_a_change() {
    let home = fresh_home();
    let _guard = LocalClusterGuard { home: home.path().to_path_buf() };
    let started = run(local(home.path()).args(["quickstart", "--no-demo"]));
    assert!(started.status.success(), "{}", stderr(&started));
    let url = stdout(&run(local(home.path()).args(["db", "url"]))).trim().to_string();
    let mut owner = sqlx::PgConnection::connect(&url).await.expect("connect as the owner");
    // The server loads PL/pgSQL once (each connection would, at its first policy or
    // trigger), before pgAudit when that is installed.
    let preloaded: String =
        sqlx::query_scalar("SHOW shared_preload_libraries").fetch_one(&mut owner).await.expect("the libraries");
    assert!(preloaded.split(',').next() == Some("plpgsql"), "{preloaded}");
    let comment = "SELECT coalesce((SELECT substr(c, length('omnictl.schema_fingerprint=') + 1)
                                      FROM pg_db_role_setting s, unnest(s.setconfig) c
                                     WHERE s.setdatabase = (SELECT oid FROM pg_database WHERE datname = current_database())
                                       AND s.setrole = 0 AND c LIKE 'omnictl.schema_fingerprint=%'), 'none')";
    let stamped: String = sqlx::query_scalar(comment).fetch_one(&mut owner).await.expect("the comment");
    let applied: i64 = sqlx::query_scalar("SELECT count(*) FROM _sqlx_migrations WHERE success")
        .fetch_one(&mut owner)
        .await
        .expect("count");
    let (count, digest) = stamped.split_once(':').expect("COUNT:DIGEST");
    assert!(count == applied.to_string() && digest.len() == 64, "{stamped}");
    let root = ["user", "bootstrap", "--email", "root@stamp.test", "--name", "Root"];
    assert!(run(local(home.path()).args(root)).status.success());
    let codes = || run(local(home.path()).env("OMNICTL_OPERATOR", "root@stamp.test").args(["code", "list"]));
    let before = codes();
    assert!(before.status.success(), "{}", stderr(&before));

    sqlx::query(
        "UPDATE _sqlx_migrations SET checksum = '\\x00' WHERE version = (SELECT min(version) FROM _sqlx_migrations)",
    )
    .execute(&mut owner)
    .await
    .expect("edit a checksum");
    let after: String = sqlx::query_scalar(comment).fetch_one(&mut owner).await.expect("the comment");
    assert_eq!(after, "none", "an edited table leaves no fingerprint");
    let after = codes();
    assert!(!after.status.success(), "a command must not run on an edited schema: {}", stdout(&after));
    assert!(stderr(&after).contains("was applied with different SQL than this omnictl embeds"), "{}", stderr(&after));
}
