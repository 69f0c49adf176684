//! The test harness: one throwaway PostgreSQL cluster per test run (the tool's own
//! local-cluster code), a template database migrated once by the real binary, and a
//! database cloned from the template for each test. A reaper process stops the cluster
//! and deletes it when the test process exits, however it exits.

use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

use omnictl::db::cluster::{ClusterSettings, LocalCluster};
use sqlx::postgres::{PgPool, PgPoolOptions};
use sqlx::{ConnectOptions, Connection};
use uuid::Uuid;

const TEMPLATE: &str = "omnictl_template";

pub fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_omnictl")
}

/// The real binary with an environment that cannot leak the developer's settings.
pub fn omnictl() -> Command {
    omnictl_at(Path::new(bin()))
}

/// Another build of the tool (an upgrade test's newer omnictl), with the same environment.
pub fn omnictl_at(program: &Path) -> Command {
    let mut command = Command::new(program);
    for var in [
        "DATABASE_URL",
        "OMNICTL_OPERATOR",
        "OMNICTL_ORG",
        "OMNICTL_HOME",
        "OMNICTL_PG_BINDIR",
        "NO_COLOR",
        "PGSERVICE",
        "PGSERVICEFILE",
        "PGPASSWORD",
        "PGPASSFILE",
        "PGUSER",
        "OMNICTL_CONTEXT",
    ] {
        command.env_remove(var);
    }
    // No one's own contexts: a configuration file that is not there.
    command.env("OMNICTL_CONFIG", std::env::temp_dir().join("omnictl-tests-have-no-config").join("config.toml"));
    command.stdin(Stdio::null());
    command
}

fn cluster() -> &'static LocalCluster {
    static CLUSTER: OnceLock<LocalCluster> = OnceLock::new();
    CLUSTER.get_or_init(|| {
        // Runs on its own thread: the caller may be inside a single-threaded runtime.
        std::thread::spawn(start_cluster).join().unwrap_or_else(|_| panic!("the test cluster could not be started"))
    })
}

fn start_cluster() -> LocalCluster {
    let home = std::env::temp_dir().join(format!("omnictl-test-{}", std::process::id()));
    if home.exists() {
        std::fs::remove_dir_all(&home).expect("remove a stale test home");
    }
    std::fs::create_dir_all(&home).expect("create the test home");
    // Traversable, so that a root-run test can hand the cluster to the server user here.
    std::fs::set_permissions(&home, std::fs::Permissions::from_mode(0o755)).expect("chmod test home");
    let settings = ClusterSettings {
        no_sync: true,
        extra: [
            ("fsync", "off"),
            ("synchronous_commit", "off"),
            ("full_page_writes", "off"),
            ("max_connections", "300"),
        ]
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .to_vec(),
        ..Default::default()
    };
    let cluster = LocalCluster::locate(home.clone(), settings).expect("locate the test cluster");
    cluster.ensure_running().expect("start the test cluster");
    spawn_reaper(&cluster.data_dir(), &home);

    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
    runtime.block_on(async {
        let mut admin = cluster.connect_options("postgres").connect().await.expect("connect to the test cluster");
        omnictl::db::create_database_if_missing(&mut admin, TEMPLATE).await.expect("create the template");
        admin.close().await.ok();
    });
    let migrated = omnictl()
        .args(["migrate", "run", "--database-url", &cluster.url(TEMPLATE)])
        .output()
        .expect("run omnictl migrate run");
    assert!(migrated.status.success(), "migrating the template failed: {}", String::from_utf8_lossy(&migrated.stderr));
    cluster
}

/// Stops the cluster and deletes its directory once this process has exited.
#[expect(clippy::zombie_processes, reason = "the reaper must outlive the test process; init adopts it")]
pub fn spawn_reaper(data_dir: &Path, home: &Path) {
    let script = r#"
        while kill -0 "$1" 2>/dev/null; do sleep 1; done
        pid=$(head -n 1 "$2/postmaster.pid" 2>/dev/null)
        if [ -n "$pid" ]; then
            kill -INT "$pid" 2>/dev/null
            i=0
            while kill -0 "$pid" 2>/dev/null && [ "$i" -lt 60 ]; do sleep 0.5; i=$((i + 1)); done
        fi
        rm -rf "$3"
    "#;
    Command::new("sh")
        .args(["-c", script, "omnictl-test-reaper"])
        .arg(std::process::id().to_string())
        .arg(data_dir)
        .arg(home)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        // Its own process group, so a Ctrl-C of the test run does not kill it first.
        .process_group(0)
        .spawn()
        .expect("spawn the test cluster reaper");
}

/// A database of its own for one test, cloned from the migrated template. The pool
/// connects as the cluster's superuser, like an operator's psql would.
pub struct TestDb {
    pub url: String,
    pub pool: PgPool,
    /// The database's name, part of its operators' login names.
    pub name: String,
}

impl TestDb {
    pub async fn new() -> Self {
        Self::create(Some(TEMPLATE)).await
    }

    /// An empty database with no schema at all (for migration tests).
    pub async fn empty() -> Self {
        Self::create(None).await
    }

    async fn create(template: Option<&str>) -> Self {
        let cluster = cluster();
        let name = format!("t_{}", Uuid::new_v4().simple());
        let mut admin = cluster.connect_options("postgres").connect().await.expect("connect to the test cluster");
        let statement = match template {
            Some(template) => format!("CREATE DATABASE {name} TEMPLATE {template}"),
            None => format!("CREATE DATABASE {name}"),
        };
        sqlx::query(&statement).execute(&mut admin).await.expect("create the test database");
        admin.close().await.ok();
        if template.is_some() {
            // A copy does not inherit the template's database privileges: say again who
            // may connect, as `omnictl migrate run` would.
            let mut copy = cluster.connect_options(&name).connect().await.expect("connect to the copy");
            sqlx::query("SELECT omnictl_secure_database()").execute(&mut copy).await.expect("secure the copy");
            copy.close().await.ok();
        }
        let pool = PgPoolOptions::new()
            .max_connections(10)
            .connect_with(cluster.connect_options(&name))
            .await
            .expect("connect to the test database");
        Self { url: cluster.url(&name), pool, name }
    }

    /// The real binary, pointed at this database as the cluster's superuser (the
    /// schema's owner: migrations, bootstrap).
    pub fn omnictl(&self) -> Command {
        let mut command = omnictl();
        command.env("DATABASE_URL", &self.url);
        command
    }

    /// The login role of the operator with `email`, as the database named it (see
    /// `omnictl::db::login_of`); a name no role has when there is no such user.
    pub fn login(&self, email: &str) -> String {
        let options = cluster().connect_options(&self.name);
        let email = email.to_string();
        // Asked on a thread of its own: the caller may be inside a runtime already.
        let found = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("a runtime");
            runtime.block_on(omnictl::db::login_of(&options, &email))
        })
        .join()
        .expect("the login lookup");
        found.unwrap_or_else(|| "omnictl_u_nobody".to_string())
    }

    /// A URL of this database that logs in as the operator with `email`, as an operator's
    /// own credentials would (the test cluster trusts its private socket).
    pub fn url_as(&self, email: &str) -> String {
        let login: String = self
            .login(email)
            .bytes()
            .map(|b| {
                if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                    (b as char).to_string()
                } else {
                    format!("%{b:02X}")
                }
            })
            .collect();
        self.url.replace(&format!("user={}", omnictl::db::cluster::SUPERUSER), &format!("user={login}"))
    }

    /// The real binary logged in as the operator with `email`, naming them with
    /// OMNICTL_OPERATOR too.
    pub fn omnictl_as(&self, email: &str) -> Command {
        let mut command = omnictl();
        command.env("DATABASE_URL", self.url_as(email)).env("OMNICTL_OPERATOR", email);
        command
    }

    /// A pool logged in as the operator with `email` (operations below the binary).
    pub async fn pool_as(&self, email: &str) -> PgPool {
        let options: sqlx::postgres::PgConnectOptions = self.url_as(email).parse().expect("operator url");
        PgPoolOptions::new().max_connections(4).connect_with(options).await.expect("connect as the operator")
    }
}

/// The clinic's today, derived as omnictl derives it: the date on the clinic's wall
/// clock (its time zone), never the machine's or UTC's, so tests pass at any hour.
pub async fn clinic_today(db: &TestDb, slug: &str) -> chrono::NaiveDate {
    sqlx::query_scalar("SELECT (now() AT TIME ZONE time_zone)::date FROM organizations WHERE slug = $1")
        .bind(slug)
        .fetch_one(&db.pool)
        .await
        .expect("the clinic's today")
}

/// The test cluster's server log (what pgAudit writes, among the rest).
pub fn server_log() -> PathBuf {
    cluster().log_file()
}

/// A fresh, traversable directory for a test that runs its own local cluster.
pub fn fresh_home() -> tempfile::TempDir {
    let dir = tempfile::Builder::new().prefix("omnictl-home-").tempdir().expect("temp dir");
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).expect("chmod home");
    dir
}

/// Destroys the local cluster of `home` when dropped, even if the test panicked.
pub struct LocalClusterGuard {
    pub home: PathBuf,
}

impl Drop for LocalClusterGuard {
    fn drop(&mut self) {
        let _ = omnictl().env("OMNICTL_HOME", &self.home).args(["db", "destroy", "--yes", "-q"]).output();
    }
}

pub fn stdout(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Copies an executable for a test to run. By `cp`, not `std::fs::copy`: a copy made in
/// this process holds the file open for writing, a process another test forks meanwhile
/// inherits that descriptor until it execs, and running the copy then fails with "Text
/// file busy" (ETXTBSY). The descriptor then lives only in `cp`, which has exited.
pub fn copy_executable(from: &Path, to: &Path) {
    let out = Command::new("cp").arg("--").arg(from).arg(to).output().expect("run cp");
    assert!(out.status.success(), "copy {} to {}: {}", from.display(), to.display(), stderr(&out));
}

pub fn stderr(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A transaction on `email`'s own login asking for the clinic `slug` (as a curious
/// operator with raw SQL would): what the database lets that login do there.
pub async fn raw_sql_in_clinic(db: &TestDb, email: &str, slug: &str) -> sqlx::Transaction<'static, sqlx::Postgres> {
    let org: String = sqlx::query_scalar("SELECT id::text FROM organizations WHERE slug = $1")
        .bind(slug)
        .fetch_one(&db.pool)
        .await
        .expect("the clinic");
    let mut tx = db.pool_as(email).await.begin().await.expect("begin");
    sqlx::query("SELECT set_config('omnictl.organization_id', $1, true)")
        .bind(&org)
        .execute(&mut *tx)
        .await
        .expect("ask for the clinic");
    tx
}

/// Runs `omnictl ARGS` as `operator` on a real terminal (a pseudo-terminal from
/// `script`, 120 columns), typing `keys` ahead: what a person at the prompts sees,
/// escape sequences removed.
pub fn on_a_terminal(db: &TestDb, operator: &str, args: &str, keys: &str) -> (bool, String) {
    terminal_run(db.omnictl_as(operator), args, keys)
}

/// [`on_a_terminal`] with the environment of `template` (a command made by
/// `TestDb::omnictl_as`), for running it off the test's thread.
pub fn terminal_run(template: Command, args: &str, keys: &str) -> (bool, String) {
    use std::io::Write;
    let mut command = Command::new("script");
    command.args(["-qec", &format!("stty cols 120; {} {args}", bin()), "/dev/null"]);
    for (key, value) in template.get_envs() {
        match value {
            Some(value) => command.env(key, value),
            None => command.env_remove(key),
        };
    }
    let mut child = command.stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().expect("script(1)");
    let mut stdin = child.stdin.take().expect("stdin");
    stdin.write_all(keys.as_bytes()).expect("type");
    // The terminal stays open until the command is done with it (script(1) ends with it);
    // the writer's end is closed a while later, off this thread.
    std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_secs(30));
        drop(stdin);
    });
    let out = child.wait_with_output().expect("wait");
    let text = String::from_utf8_lossy(&out.stdout).replace('\r', "");
    let mut plain = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            // CSI: ESC [ params final-byte
            if chars.peek() == Some(&'[') {
                chars.next();
                for c in chars.by_ref() {
                    if c.is_ascii_alphabetic() || c == '~' {
                        break;
                    }
                }
            }
            continue;
        }
        plain.push(c);
    }
    (out.status.success(), plain)
}
