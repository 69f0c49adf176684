//! Behind a real pgbouncer in transaction mode, the way most production PostgreSQL is
//! reached: each transaction may land on another server connection, so omnictl must
//! use unnamed statements and transaction-scoped locks only. Operators log in through
//! it with their own password (the SCRAM verifier omnictl computed).

use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};

use sqlx::Connection;

use crate::harness::{TestDb, stderr, stdout};
use crate::imports::ok;
use crate::scheduling::{RBT, auth, counters, ledger_agrees, practice};

const PASSWORD: &str = "pooled password 2026";

fn pgbouncer_binary() -> PathBuf {
    let found = std::env::var_os("PATH")
        .into_iter()
        .flat_map(|paths| std::env::split_paths(&paths).collect::<Vec<_>>())
        .chain([PathBuf::from("/usr/sbin"), PathBuf::from("/usr/local/sbin")])
        .map(|dir| dir.join("pgbouncer"))
        .find(|candidate| candidate.is_file());
    found.expect("pgbouncer is not installed: apt-get install pgbouncer (.ci/run installs it)")
}

/// A pgbouncer in transaction mode in front of the test cluster, with fewer server
/// connections (4) than the clients the tests run at once. Stopped when dropped.
struct Pooler {
    child: Child,
    port: u16,
    _dir: tempfile::TempDir,
}

impl Drop for Pooler {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").expect("bind").local_addr().expect("addr").port()
}

impl Pooler {
    /// `logins`: (login, SCRAM verifier) of the operators who log in with a password; the
    /// schema's owner is trusted from loopback.
    fn start(db: &TestDb, logins: &[(String, String)]) -> Self {
        Self::start_with(db, logins, None)
    }

    /// The same, answering clients with TLS only, with the certificate and key in `tls`.
    fn start_with(db: &TestDb, logins: &[(String, String)], tls: Option<&Path>) -> Self {
        let dir = tempfile::Builder::new().prefix("omnictl-pgbouncer-").tempdir().expect("dir");
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o777)).expect("chmod");
        let socket_dir = socket_dir(&db.url);
        let port = free_port();
        let owner = omnictl::db::cluster::SUPERUSER;
        let mut users = format!("\"{owner}\" \"\"\n");
        for (login, verifier) in logins {
            users.push_str(&format!("\"{login}\" \"{verifier}\"\n"));
        }
        write(dir.path(), "users.txt", &users);
        write(
            dir.path(),
            "hba.conf",
            &format!("host all {owner} 127.0.0.1/32 trust\nhost all all 127.0.0.1/32 scram-sha-256\n"),
        );
        let config = format!(
            "[databases]\n* = host={socket_dir} port=5432\n\n[pgbouncer]\nlisten_addr = 127.0.0.1\n\
             listen_port = {port}\nunix_socket_dir =\nauth_type = hba\nauth_hba_file = {dir}/hba.conf\n\
             auth_file = {dir}/users.txt\npool_mode = transaction\ndefault_pool_size = 4\nmax_client_conn = 200\n\
             ignore_startup_parameters = extra_float_digits\nlogfile = {dir}/pgbouncer.log\n\
             pidfile = {dir}/pgbouncer.pid\n",
            dir = dir.path().display()
        );
        let config = match tls {
            Some(tls) => format!(
                "{config}client_tls_sslmode = require\nclient_tls_cert_file = {tls}/server.crt\n\
                 client_tls_key_file = {tls}/server.key\n",
                tls = tls.display()
            ),
            None => config,
        };
        Self::spawn(dir, port, &config)
    }

    /// pgbouncer with `config` written to `dir`, listening on `port`.
    fn spawn(dir: tempfile::TempDir, port: u16, config: &str) -> Self {
        write(dir.path(), "pgbouncer.ini", config);
        let mut command = Command::new(pgbouncer_binary());
        if nix::unistd::geteuid().is_root() {
            // pgbouncer will not run as root; the test cluster's server user it is.
            command.args(["-u", "postgres"]);
        }
        let child = command
            .arg(dir.path().join("pgbouncer.ini"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start pgbouncer");
        let started = std::time::Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(started.elapsed().as_secs() < 10, "pgbouncer did not start: {}", log(dir.path()));
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        Self { child, port, _dir: dir }
    }

    /// The URL of `database` through the pooler as `login` (its password comes from
    /// PGPASSWORD, as an operator's would).
    fn url(&self, database: &str, login: &str) -> String {
        let login: String = login
            .bytes()
            .map(|b| {
                if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                    (b as char).to_string()
                } else {
                    format!("%{b:02X}")
                }
            })
            .collect();
        format!("postgres://{login}@127.0.0.1:{}/{database}?sslmode=disable&pgbouncer=true", self.port)
    }
}

fn write(dir: &Path, name: &str, content: &str) {
    let path = dir.join(name);
    std::fs::File::create(&path).and_then(|mut f| f.write_all(content.as_bytes())).expect("write");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).expect("chmod");
}

fn log(dir: &Path) -> String {
    std::fs::read_to_string(dir.join("pgbouncer.log")).unwrap_or_default()
}

fn socket_dir(url: &str) -> String {
    let start = url.find("host=").expect("host") + "host=".len();
    url[start..].split('&').next().expect("socket").to_string()
}

/// omnictl through the pooler as `login`, with PGPASSWORD set.
fn through(pooler: &Pooler, database: &str, login: &str, operator: Option<&str>) -> Command {
    let mut command = crate::harness::omnictl();
    command.env("DATABASE_URL", pooler.url(database, login)).env("PGPASSWORD", PASSWORD);
    if let Some(operator) = operator {
        command.env("OMNICTL_OPERATOR", operator);
    }
    command
}

fn success(output: Output) -> String {
    assert!(output.status.success(), "expected success through pgbouncer: {}{}", stdout(&output), stderr(&output));
    stdout(&output)
}

async fn set_password(db: &TestDb, email: &str) -> (String, String) {
    let mut child = db
        .omnictl_as(email)
        .args(["user", "set-password", "--password-stdin"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    child.stdin.take().expect("stdin").write_all(format!("{PASSWORD}\n").as_bytes()).expect("write");
    let out = child.wait_with_output().expect("wait");
    assert!(out.status.success(), "{}", stderr(&out));
    let login = db.login(email);
    let verifier: String = sqlx::query_scalar("SELECT rolpassword FROM pg_authid WHERE rolname = $1")
        .bind(&login)
        .fetch_one(&db.pool)
        .await
        .expect("verifier");
    (login, verifier)
}

#[tokio::test]
async fn through_pgbouncer_in_transaction_mode_migrate_the_tour_and_concurrent_bookings_work() {
    let db = TestDb::new().await;
    let admin = practice(&db, "pooled").await;
    ok(auth(&db, &admin, "MRN-1001", "97153", "40", "PA-POOL", &[]));
    let credentials = vec![set_password(&db, &admin).await];
    let fresh = TestDb::empty().await;
    let pooler = Pooler::start(&db, &credentials);
    let owner = omnictl::db::cluster::SUPERUSER;

    // The schema's owner migrates a fresh database through the pooler: the lock is
    // transaction-scoped, so nothing stays locked on a server connection.
    let migrated = success(through(&pooler, &fresh.name, owner, None).args(["migrate", "run"]).output().expect("run"));
    let again = through(&pooler, &fresh.name, owner, None).args(["migrate", "run"]).output().expect("run");
    assert!(stderr(&again).contains("up to date"), "{migrated}{}", stderr(&again));
    success(through(&pooler, &fresh.name, owner, None).args(["migrate", "status"]).output().expect("run"));

    // The operator with their password: the tour's commands.
    let as_admin = |args: &[&str]| through(&pooler, &db.name, &db.login(&admin), Some(&admin)).args(args).output();
    let whoami = success(as_admin(&["user", "whoami", "-o", "json"]).expect("run"));
    assert!(whoami.contains(&db.login(&admin)), "{whoami}");
    for args in [
        &["patient", "list"][..],
        &["practitioner", "list"],
        &["auth", "show", "PA-POOL"],
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
            "2026-12-14 09:00",
            "--minutes",
            "60",
        ],
        &["appointment", "list", "--from", "2026-12-14", "--to", "2026-12-14"],
        &["auth", "expiring", "--within", "400d"],
        &["audit", "verify"],
    ] {
        success(as_admin(args).expect("run"));
    }

    // 16 processes at once, through 4 server connections: exactly as many bookings as
    // the remaining 36 units allow (9 of 4 units).
    let children: Vec<_> = (0..16)
        .map(|i| {
            let start = format!("2026-12-{:02} {:02}:00", 15 + i / 8, 8 + i % 8);
            through(&pooler, &db.name, &db.login(&admin), Some(&admin))
                .args(["appointment", "create", "--patient", "MRN-1001", "--practitioner", RBT, "--code", "97153"])
                .args(["--start", &start, "--minutes", "60"])
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .expect("spawn")
        })
        .collect();
    let outputs: Vec<Output> = children.into_iter().map(|c| c.wait_with_output().expect("wait")).collect();
    let won = outputs.iter().filter(|o| o.status.success()).count();
    for lost in outputs.iter().filter(|o| !o.status.success()) {
        assert!(stderr(lost).contains("not enough units"), "{}", stderr(lost));
    }
    assert_eq!(won, 9, "exactly as many as fit");
    assert_eq!(counters(&db, "PA-POOL").await, (0, 40));
    ledger_agrees(&db, "PA-POOL").await;

    // Without pgbouncer=true in the URL, the pooler's error comes with the fix.
    // Named statements left on a server connection by one process collide with the
    // next process's on the same connection; the collision is said with its fix.
    let undeclared: Vec<Output> = (0..4)
        .map(|_| {
            crate::harness::omnictl()
                .env("DATABASE_URL", pooler.url(&db.name, &db.login(&admin)).replace("&pgbouncer=true", ""))
                .env("PGPASSWORD", PASSWORD)
                .args(["patient", "list"])
                .output()
                .expect("run")
        })
        .collect();
    let collided: Vec<&Output> = undeclared.iter().filter(|o| !o.status.success()).collect();
    assert!(!collided.is_empty(), "without pgbouncer=true no run collided: the test no longer shows the hint");
    for out in collided {
        assert!(stderr(out).contains("add pgbouncer=true to the URL"), "{}", stderr(out));
    }

    // A wrong password is a sentence, not a protocol dump.
    let wrong = through(&pooler, &db.name, &db.login(&admin), Some(&admin))
        .env("PGPASSWORD", "not the password")
        .args(["patient", "list"])
        .output()
        .expect("run");
    assert_eq!(wrong.status.code(), Some(5), "{}", stderr(&wrong));
    assert!(stderr(&wrong).contains("refused the password"), "{}", stderr(&wrong));
}

/// Runs openssl in `dir`.
fn openssl(dir: &Path, args: &[&str]) {
    let out = Command::new("openssl").args(args).current_dir(dir).output().expect("openssl (apt-get install openssl)");
    assert!(out.status.success(), "openssl {args:?}: {}", stderr(&out));
}

/// A CA, a server certificate it signed for `localhost` only, and a second CA that
/// signed nothing of this server.
fn certificates() -> tempfile::TempDir {
    certificates_for("localhost")
}

/// The same, the server's certificate for the DNS name `name` only.
fn certificates_for(name: &str) -> tempfile::TempDir {
    let dir = tempfile::Builder::new().prefix("omnictl-tls-").tempdir().expect("dir");
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let d = dir.path();
    for ca in ["ca", "other-ca"] {
        let (key, crt, subject) = (format!("{ca}.key"), format!("{ca}.crt"), format!("/CN=omnictl test {ca}"));
        openssl(
            d,
            &[
                "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", &subject, "-keyout", &key,
                "-out", &crt,
            ],
        );
    }
    openssl(
        d,
        &[
            "req",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-subj",
            &format!("/CN={name}"),
            "-keyout",
            "server.key",
            "-out",
            "server.csr",
        ],
    );
    std::fs::write(d.join("san.ext"), format!("subjectAltName = DNS:{name}\n")).expect("ext");
    openssl(
        d,
        &[
            "x509",
            "-req",
            "-in",
            "server.csr",
            "-CA",
            "ca.crt",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-days",
            "2",
            "-extfile",
            "san.ext",
            "-out",
            "server.crt",
        ],
    );
    for file in ["server.key", "server.crt", "ca.crt", "other-ca.crt"] {
        std::fs::set_permissions(d.join(file), std::fs::Permissions::from_mode(0o644)).expect("chmod");
    }
    dir
}

#[tokio::test]
async fn tls_is_verified_as_libpq_verifies_it_and_refusals_say_the_fix() {
    let db = TestDb::new().await;
    let admin = practice(&db, "tls").await;
    let credentials = vec![set_password(&db, &admin).await];
    let certs = certificates();
    let pooler = Pooler::start_with(&db, &credentials, Some(certs.path()));
    let login = db.login(&admin);
    let home = tempfile::tempdir().expect("home");
    let run = |host: &str, extra: &str| {
        let url = pooler.url(&db.name, &login).replace("127.0.0.1", host).replace("sslmode=disable", extra);
        through(&pooler, &db.name, &login, Some(&admin))
            .env("DATABASE_URL", url)
            .env("HOME", home.path())
            .args(["user", "whoami"])
            .output()
            .expect("run")
    };
    let ca = certs.path().join("ca.crt").display().to_string();
    let other = certs.path().join("other-ca.crt").display().to_string();

    success(run("localhost", &format!("sslmode=verify-full&sslrootcert={ca}")));
    // libpq's default CA file, and saying which file is missing.
    let missing = run("localhost", "sslmode=verify-full");
    assert_eq!(missing.status.code(), Some(5));
    let expected = home.path().join(".postgresql/root.crt").display().to_string();
    assert!(
        stderr(&missing).contains(&format!("root certificate file {expected} does not exist")),
        "{}",
        stderr(&missing)
    );
    std::fs::create_dir_all(home.path().join(".postgresql")).expect("dir");
    std::fs::copy(certs.path().join("ca.crt"), home.path().join(".postgresql/root.crt")).expect("copy");
    success(run("localhost", "sslmode=verify-full"));
    let named = run("localhost", "sslmode=verify-full&sslrootcert=/nowhere/ca.crt");
    assert!(stderr(&named).contains("the CA file /nowhere/ca.crt (sslrootcert) does not exist"), "{}", stderr(&named));
    // A CA that did not sign the server's certificate; a name the certificate lacks.
    let stranger = run("localhost", &format!("sslmode=verify-full&sslrootcert={other}"));
    assert_eq!(stranger.status.code(), Some(5));
    assert!(stderr(&stranger).contains("not signed by a CA omnictl trusts"), "{}", stderr(&stranger));
    let by_address = run("127.0.0.1", &format!("sslmode=verify-full&sslrootcert={ca}"));
    assert_eq!(by_address.status.code(), Some(5));
    assert!(stderr(&by_address).contains("is not for the host name 127.0.0.1"), "{}", stderr(&by_address));
    // verify-ca checks who signed it, not the name (as libpq does).
    success(run("127.0.0.1", &format!("sslmode=verify-ca&sslrootcert={ca}")));
}

/// sslmode=verify-ca checks the certificate's chain and not its host name, as libpq
/// does; verify-full checks both. The server's certificate here is for a name that
/// resolves nowhere: the connection still goes to the host of the URL.
#[tokio::test]
async fn verify_ca_checks_the_signature_but_not_the_host_name() {
    let db = TestDb::new().await;
    let admin = practice(&db, "verifyca").await;
    let credentials = vec![set_password(&db, &admin).await];
    let certs = certificates_for("db.omnictl.invalid");
    let pooler = Pooler::start_with(&db, &credentials, Some(certs.path()));
    let login = db.login(&admin);
    let home = tempfile::tempdir().expect("home");
    let run = |host: &str, extra: &str| {
        let url = pooler.url(&db.name, &login).replace("127.0.0.1", host).replace("sslmode=disable", extra);
        through(&pooler, &db.name, &login, Some(&admin))
            .env("DATABASE_URL", url)
            .env("HOME", home.path())
            .args(["user", "whoami", "-o", "json"])
            .output()
            .expect("run")
    };
    let ca = certs.path().join("ca.crt").display().to_string();
    let other = certs.path().join("other-ca.crt").display().to_string();

    for host in ["127.0.0.1", "localhost"] {
        let connected = success(run(host, &format!("sslmode=verify-ca&sslrootcert={ca}")));
        assert!(connected.contains(&login), "{connected}");
        let full = run(host, &format!("sslmode=verify-full&sslrootcert={ca}"));
        assert_eq!(full.status.code(), Some(5), "{}", stderr(&full));
        let said = stderr(&full);
        assert!(
            said.contains(&format!(
                "the server's certificate is not for the host name {host} (it is for db.omnictl.invalid)"
            )),
            "{said}"
        );
        assert!(said.lines().any(|l| l.starts_with("hint: ") && l.contains("sslmode=verify-ca")), "{said}");
    }
    // The chain is still checked: a CA that did not sign it is refused.
    let stranger = run("127.0.0.1", &format!("sslmode=verify-ca&sslrootcert={other}"));
    assert_eq!(stranger.status.code(), Some(5), "{}", stderr(&stranger));
    assert!(stderr(&stranger).contains("not signed by a CA omnictl trusts"), "{}", stderr(&stranger));
}

/// A command holds one server connection: no probes beside it, no pool of several (a
/// session-mode pool of 10 shared by 16 processes that each held two deadlocked).
#[tokio::test]
async fn a_command_opens_one_server_connection() {
    use sqlx::Connection;
    let db = TestDb::new().await;
    let admin = practice(&db, "single").await;
    let options: sqlx::postgres::PgConnectOptions = db.url.parse().expect("url");
    let mut watcher = sqlx::PgConnection::connect_with(&options).await.expect("connect");
    // Sessions are counted when they end; read until the count settles.
    let mut sessions = async || -> i64 {
        let mut last = -1;
        for _ in 0..40 {
            let now: i64 =
                sqlx::query_scalar("SELECT sessions FROM pg_stat_database WHERE datname = current_database()")
                    .fetch_one(&mut watcher)
                    .await
                    .expect("sessions");
            if now == last {
                return now;
            }
            last = now;
            tokio::time::sleep(std::time::Duration::from_millis(150)).await;
        }
        last
    };
    // The command's URL names the admin's login, looked up before counting.
    let mut command = db.omnictl_as(&admin);
    command.args(["patient", "list"]);
    let before = sessions().await;
    ok(command.output().expect("run omnictl"));
    let after = sessions().await;
    assert_eq!(after - before, 1, "server sessions opened by one command");
}

/// A password file its group or others may read is not used, as libpq has it: its
/// warning on stderr (even with -q), the password refused, and the hint says why and
/// what makes the file usable. PGPASSFILE names the one file read instead of ~/.pgpass.
#[tokio::test]
async fn a_password_file_others_may_read_is_warned_about_and_not_used() {
    let db = TestDb::new().await;
    let admin = practice(&db, "pgpass").await;
    let credentials = vec![set_password(&db, &admin).await];
    let pooler = Pooler::start(&db, &credentials);
    let login = db.login(&admin);
    let home = tempfile::tempdir().expect("home");
    let pgpass = home.path().join(".pgpass");
    let line = format!("127.0.0.1:{}:{}:{login}:{PASSWORD}\n", pooler.port, db.name);
    std::fs::write(&pgpass, &line).expect("write .pgpass");
    let chmod =
        |path: &Path, mode| std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).expect("chmod");
    let run = |file: Option<&Path>| {
        let mut command = through(&pooler, &db.name, &login, Some(&admin));
        command.env_remove("PGPASSWORD").env("HOME", home.path()).args(["-q", "user", "whoami"]);
        if let Some(file) = file {
            command.env("PGPASSFILE", file);
        }
        command.output().expect("run")
    };
    let warning = |path: &Path| {
        format!(
            "warning: password file \"{}\" has group or world access; permissions should be u=rw (0600) or less",
            path.display()
        )
    };

    chmod(&pgpass, 0o644);
    let refused = run(None);
    assert_eq!(refused.status.code(), Some(5), "{}", stderr(&refused));
    let said = stderr(&refused);
    assert!(said.contains(&warning(&pgpass)), "{said}");
    assert!(said.contains("refused the password"), "the file's password was not sent: {said}");
    let hint = format!("hint: the password file {} was not used", pgpass.display());
    assert!(said.lines().any(|l| l.starts_with(&hint) && l.contains("chmod 0600")), "{said}");

    // The same file, its owner's alone: its password is the right one.
    chmod(&pgpass, 0o600);
    let used = run(None);
    assert!(used.status.success(), "{}", stderr(&used));
    assert!(!stderr(&used).contains("warning"), "{}", stderr(&used));

    // PGPASSFILE is the only file read: one others may read is warned about by its name
    // and ~/.pgpass is not read instead; a private one is used.
    let named = home.path().join("named.pgpass");
    std::fs::write(&named, &line).expect("write");
    chmod(&named, 0o640);
    let refused = run(Some(&named));
    assert_eq!(refused.status.code(), Some(5), "{}", stderr(&refused));
    assert!(stderr(&refused).contains(&warning(&named)), "{}", stderr(&refused));
    chmod(&named, 0o600);
    chmod(&pgpass, 0o644);
    let used = run(Some(&named));
    assert!(used.status.success(), "{}", stderr(&used));
    assert!(!stderr(&used).contains("warning"), "~/.pgpass is not read when PGPASSFILE is set: {}", stderr(&used));
}

impl Pooler {
    /// pgbouncer in transaction mode in front of the managed server, as a platform sets it
    /// up without a superuser: every client proves its password (scram-sha-256) against
    /// the verifier `auth_query` reads through omnictl_pooler_lookup as the database's
    /// pooler login `auth_user`, whose own password is the auth_file's one line.
    fn with_auth_query(auth_user: &str, auth_password: &str) -> Self {
        let dir = tempfile::Builder::new().prefix("omnictl-pgbouncer-").tempdir().expect("dir");
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o777)).expect("chmod");
        let port = free_port();
        write(dir.path(), "users.txt", &format!("\"{auth_user}\" \"{auth_password}\"\n"));
        let config = format!(
            "[databases]\n* = host=127.0.0.1 port={server}\n\n[pgbouncer]\nlisten_addr = 127.0.0.1\n\
             listen_port = {port}\nunix_socket_dir =\nauth_type = scram-sha-256\nauth_file = {dir}/users.txt\n\
             auth_user = {auth_user}\nauth_query = SELECT usename, passwd FROM omnictl_pooler_lookup($1)\n\
             pool_mode = transaction\ndefault_pool_size = 4\nmax_db_connections = 20\nmax_client_conn = 200\n\
             ignore_startup_parameters = extra_float_digits\nlogfile = {dir}/pgbouncer.log\n\
             pidfile = {dir}/pgbouncer.pid\n",
            server = crate::managed::server().port(),
            dir = dir.path().display()
        );
        Self::spawn(dir, port, &config)
    }

    fn log(&self) -> String {
        log(self._dir.path())
    }
}

/// `command` with `password` as the first line of its stdin.
fn with_stdin(mut command: Command, password: &str) -> Output {
    let mut child =
        command.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("spawn omnictl");
    child.stdin.take().expect("stdin").write_all(format!("{password}\n").as_bytes()).expect("write");
    child.wait_with_output().expect("wait")
}

/// A managed server (no superuser anywhere in omnictl's reach) behind pgbouncer with
/// auth_query: the pooler reads each login's current verifier through
/// omnictl_pooler_lookup as the database's pooler login, which the owner made with `db
/// pooler-login` and which can read no table. A new user's password works at once, a
/// changed one replaces the old at once, and a deactivated user is refused at once with
/// the database's sentence.
#[tokio::test]
async fn through_pgbouncer_with_auth_query_passwords_are_current_and_a_deactivated_user_is_told_at_once() {
    use crate::managed::ManagedDb;
    let db = ManagedDb::new().await;
    let root = "root@pooled.test";
    db.bootstrap(root, "pooled root password");
    let as_root = async |args: &[&str]| {
        let out = db.omnictl_as(root, "pooled root password").await.args(args).output().expect("run");
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    };
    as_root(&["org", "create", "--name", "Pooled", "--slug", "pooled"]).await;

    // The owner (CREATEROLE, no superuser) makes the pooler login; a role it did not make
    // for this database is never adopted.
    let mut command = db.omnictl();
    command.args(["db", "pooler-login", "--password-stdin", "-o", "json"]);
    let made = with_stdin(command, "first pooler password");
    assert!(stderr(&made).contains("created the pooler login"), "{}", stderr(&made));
    let made: serde_json::Value = serde_json::from_str(&success(made)).expect("json");
    let auth_user = made["login"].as_str().expect("login").to_string();
    assert!(auth_user.starts_with("omnictl_pooler_") && made["created"] == true, "{made}");
    // Run again, it gives the same login a new password; the old one stops working.
    let pooler_password = "pooler password 2026";
    let mut command = db.omnictl();
    command.args(["db", "pooler-login", "--password-stdin", "--login", &auth_user, "-o", "json"]);
    let again = with_stdin(command, pooler_password);
    assert!(stderr(&again).contains("gave a new password to the pooler login"), "{}", stderr(&again));
    let again: serde_json::Value = serde_json::from_str(&success(again)).expect("json");
    assert!(again["login"] == auth_user.as_str() && again["created"] == false, "{again}");
    assert!(sqlx::PgConnection::connect(&db.url_as(&auth_user, "first pooler password")).await.is_err());
    let (powers, memberships): (Vec<bool>, i64) = sqlx::query_as(
        "SELECT ARRAY[rolsuper, rolcreaterole, rolcreatedb, rolreplication, rolbypassrls, rolinherit],
                (SELECT count(*) FROM pg_auth_members m WHERE m.member = r.oid)
           FROM pg_roles r WHERE rolname = $1 AND rolcanlogin",
    )
    .bind(&auth_user)
    .fetch_one(&db.admin)
    .await
    .expect("the pooler login");
    assert_eq!((powers, memberships), (vec![false; 6], 0), "the pooler login holds nothing");
    let mut command = db.omnictl();
    command.args(["db", "pooler-login", "--password-stdin", "--login", &db.owner]);
    let adopted = with_stdin(command, pooler_password);
    assert!(!adopted.status.success());
    assert!(stderr(&adopted).contains("is not this database's pooler login"), "{}", stderr(&adopted));

    // The pooler login over raw SQL: no table of the schema can be read, the lookup can.
    let mut direct = sqlx::PgConnection::connect(&db.url_as(&auth_user, pooler_password)).await.expect("pooler login");
    let tables: Vec<String> =
        sqlx::query_scalar("SELECT format('%I', tablename) FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")
            .fetch_all(&db.admin)
            .await
            .expect("tables");
    assert!(tables.iter().any(|t| t == "login_verifiers") && tables.len() > 20, "{tables:?}");
    for table in &tables {
        let read = sqlx::query(&format!("SELECT * FROM public.{table} LIMIT 1")).fetch_all(&mut direct).await;
        match read {
            Err(sqlx::Error::Database(e)) if e.code().as_deref() == Some("42501") => {}
            other => panic!("the pooler login read {table}: {other:?}"),
        }
    }
    let wrote = sqlx::query("SELECT omnictl_set_login_password(gen_random_uuid(), 'x')").execute(&mut direct).await;
    assert!(wrote.is_err(), "the pooler login may call only the lookup");
    let root_login = db.login(root).await;
    let (name, verifier): (String, Option<String>) =
        sqlx::query_as("SELECT usename, passwd FROM omnictl_pooler_lookup($1)")
            .bind(&root_login)
            .fetch_one(&mut direct)
            .await
            .expect("lookup");
    assert_eq!(name, root_login);
    assert!(verifier.is_some_and(|v| v.starts_with("SCRAM-SHA-256$")), "bootstrap's verifier is kept");
    // Nowhere else: another database of the server refuses it.
    let other = ManagedDb::empty().await;
    assert!(sqlx::PgConnection::connect(&other.url_as(&auth_user, pooler_password)).await.is_err());

    let pooler = Pooler::with_auth_query(&auth_user, pooler_password);

    // The lookup serves operators' logins only: the owner's own password is refused by
    // the pooler (the owner connects to the server directly).
    let owner = crate::harness::omnictl()
        .env("DATABASE_URL", pooler.url(&db.name, &db.owner))
        .env("PGPASSWORD", &db.owner_password)
        .args(["migrate", "status"])
        .output()
        .expect("run");
    assert_eq!(owner.status.code(), Some(5), "{}", stderr(&owner));
    assert!(stderr(&owner).contains("refused the password"), "{}", stderr(&owner));

    // A user made after the pooler started: without a password yet, refused as a wrong
    // password; with one, logs in through it at once.
    let staff = "staff@pooled.test";
    as_root(&["--org", "pooled", "user", "create", "--email", staff, "--name", "Staff", "--role", "staff"]).await;
    let staff_login = db.login(staff).await;
    let through_as = |password: &str, args: &[&str]| {
        let started = std::time::Instant::now();
        let out = crate::harness::omnictl()
            .env("DATABASE_URL", pooler.url(&db.name, &staff_login))
            .env("PGPASSWORD", password)
            .env("OMNICTL_OPERATOR", staff)
            .args(args)
            .output()
            .expect("run");
        (out, started.elapsed())
    };
    let (none, took) = through_as("first staff password", &["user", "whoami"]);
    assert_eq!(none.status.code(), Some(5), "{}", stderr(&none));
    assert!(stderr(&none).contains("refused the password"), "{}", stderr(&none));
    assert!(took < std::time::Duration::from_secs(5), "the refusal took {took:?}");
    let mut command = db.omnictl_as(root, "pooled root password").await;
    command.args(["user", "set-password", staff, "--password-stdin"]);
    success(with_stdin(command, "first staff password"));
    let (out, _) = through_as("first staff password", &["user", "whoami", "-o", "json"]);
    assert!(stdout(&out).contains(&staff_login), "{}{}{}", stdout(&out), stderr(&out), pooler.log());

    // Their own new password, set through the pooler: the old one is refused at once and
    // the new one works.
    let mut command = crate::harness::omnictl();
    command
        .env("DATABASE_URL", pooler.url(&db.name, &staff_login))
        .env("PGPASSWORD", "first staff password")
        .env("OMNICTL_OPERATOR", staff)
        .args(["user", "set-password", "--password-stdin"]);
    success(with_stdin(command, "second staff password"));
    let (old, _) = through_as("first staff password", &["user", "whoami"]);
    assert_eq!(old.status.code(), Some(5), "the old password still works: {}", stderr(&old));
    assert!(stderr(&old).contains("refused the password"), "{}", stderr(&old));
    let (new, _) = through_as("second staff password", &["user", "whoami"]);
    assert!(new.status.success(), "the new password is refused: {}{}", stderr(&new), pooler.log());

    // Deactivated: refused at once, with the sentence the server itself gives.
    as_root(&["user", "deactivate", staff, "--yes"]).await;
    let (refused, took) = through_as("second staff password", &["user", "whoami"]);
    assert_eq!(refused.status.code(), Some(5), "{}", stderr(&refused));
    assert!(
        stderr(&refused).contains(&format!("the database login {staff_login} may not log in: its user is deactivated")),
        "{}",
        stderr(&refused)
    );
    assert!(took < std::time::Duration::from_secs(5), "the refusal took {took:?}");
    let direct_refusal = crate::harness::omnictl()
        .env("DATABASE_URL", db.url_as(&staff_login, "second staff password"))
        .args(["user", "whoami"])
        .output()
        .expect("run");
    assert!(stderr(&direct_refusal).contains("its user is deactivated"), "{}", stderr(&direct_refusal));

    // Reactivated: the same password works through the pooler again.
    as_root(&["user", "activate", staff]).await;
    let (back, _) = through_as("second staff password", &["user", "whoami"]);
    assert!(back.status.success(), "{}", stderr(&back));
}
