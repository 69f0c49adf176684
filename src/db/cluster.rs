//! The local cluster: a private PostgreSQL server kept under the user's data directory,
//! created on first use, listening on a Unix socket only, started on demand.
//!
//! PostgreSQL refuses to run as root. When omnictl runs as root, the server runs as an
//! unprivileged system user (`postgres` by default, `OMNICTL_PG_USER` to choose) that
//! owns the cluster's directory.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use anyhow::{Context, Result, anyhow, bail};
use sha2::{Digest, Sha256};
use sqlx::postgres::PgConnectOptions;

use super::binaries::ServerBinaries;

/// Environment variable naming the directory omnictl keeps its data in.
pub(crate) const HOME_ENV: &str = "OMNICTL_HOME";
/// Environment variable naming the system user the server runs as when omnictl is root.
pub(crate) const SERVER_USER_ENV: &str = "OMNICTL_PG_USER";
/// The superuser created by `initdb` and the database the tool works in.
pub const SUPERUSER: &str = "omnictl";
pub(crate) const DATABASE: &str = "omnictl";
const PORT: u16 = 5432;
/// Where clusters of a root-run omnictl go when the server user cannot reach
/// `$OMNICTL_HOME` (for example `/root` is private to root).
const ROOT_FALLBACK_DIR: &str = "/var/lib/omnictl";

/// The unprivileged account the server runs as when omnictl runs as root.
#[derive(Debug, Clone)]
pub(crate) struct ServerUser {
    pub name: String,
    pub uid: u32,
    pub gid: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum ClusterState {
    NotCreated,
    Stopped,
    Running { pid: u32 },
}

/// The libraries the server loads once, at its start, rather than each connection at its
/// first use of them: the cluster's own (e.g. Citus, which must come first), PL/pgSQL
/// (every policy function, trigger and audit row of the schema runs in it, and loading it
/// costs each new connection over a millisecond: a tenth of a small read), then pgAudit
/// when it is installed.
fn preloaded(binaries: &ServerBinaries, settings: &ClusterSettings) -> String {
    let mut libraries: Vec<&str> = settings
        .extra
        .iter()
        .filter(|(name, _)| name == "shared_preload_libraries")
        .flat_map(|(_, value)| value.trim_matches('\'').split(','))
        .map(str::trim)
        .filter(|library| !library.is_empty())
        .collect();
    for library in ["plpgsql"].into_iter().chain(binaries.library("pgaudit").map(|_| "pgaudit")) {
        if !libraries.contains(&library) {
            libraries.push(library);
        }
    }
    format!("'{}'", libraries.join(","))
}

/// Appends `lines` under `mark` to the cluster's postgresql.conf, once: a cluster made by
/// an older omnictl takes them at its next start. Each block that names
/// `shared_preload_libraries` names all of [`preloaded`], so whichever came last is whole.
fn append_once(conf: &Path, mark: &str, lines: &[(&str, &str)]) -> Result<()> {
    let text = fs::read_to_string(conf).with_context(|| format!("could not read {}", conf.display()))?;
    if text.contains(mark) {
        return Ok(());
    }
    let mut file =
        OpenOptions::new().append(true).open(conf).with_context(|| format!("could not open {}", conf.display()))?;
    writeln!(file, "\n{mark}")?;
    for (name, value) in lines {
        writeln!(file, "{name} = {value}")?;
    }
    Ok(())
}

/// PL/pgSQL loaded by the server (see [`preloaded`]).
fn preload_libraries(conf: &Path, binaries: &ServerBinaries, settings: &ClusterSettings) -> Result<()> {
    append_once(conf, PRELOAD_MARK, &[("shared_preload_libraries", preloaded(binaries, settings).as_str())])
}

/// The line that marks the libraries omnictl has the server preload.
const PRELOAD_MARK: &str = "# Written by omnictl: the server loads PL/pgSQL once, not each connection.";

/// Reads of patient data go to the server's log through pgAudit when it is installed:
/// object auditing of the tables a role named `omnictl_auditor` may read (migration
/// `20261203000006` grants it those), and the role class (`ALTER ROLE … PASSWORD`).
/// Appended once to the cluster's postgresql.conf; a server without pgAudit runs as
/// before, and `omnictl doctor` says so.
fn audit_reads(conf: &Path, binaries: &ServerBinaries, settings: &ClusterSettings) -> Result<()> {
    if binaries.library("pgaudit").is_none() {
        return Ok(());
    }
    append_once(
        conf,
        AUDIT_MARK,
        &[
            ("shared_preload_libraries", preloaded(binaries, settings).as_str()),
            ("pgaudit.role", "'omnictl_auditor'"),
            ("pgaudit.log", "'role'"),
            ("pgaudit.log_relation", "on"),
            ("log_line_prefix", "'%m [%p] %u@%d '"),
        ],
    )
}

/// The line that marks the pgAudit settings omnictl wrote.
const AUDIT_MARK: &str = "# Written by omnictl: reads of patient data in the server's log (pgAudit).";

/// Server settings beyond the defaults, e.g. the test harness turning off fsync.
#[derive(Debug, Clone, Default)]
pub struct ClusterSettings {
    pub extra: Vec<(String, String)>,
    /// Skip initdb's fsync: for throwaway clusters only.
    pub no_sync: bool,
    /// The server's port (its socket's name, and its TCP port when `extra` opens one);
    /// 5432 when unset. Test clusters running beside others take a free one.
    pub port: Option<u16>,
    /// `pg_hba.conf` lines put before initdb's own (the first match decides): e.g. a
    /// test cluster asking passwords over TCP as a managed server does.
    pub hba_first: Vec<String>,
}

/// What `ensure_running` had to do, for the caller to report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Startup {
    pub created: bool,
    pub started: bool,
}

#[derive(Debug, Clone)]
pub struct LocalCluster {
    home: PathBuf,
    root: PathBuf,
    server_user: Option<ServerUser>,
    settings: ClusterSettings,
}

impl LocalCluster {
    /// `$OMNICTL_HOME`, else `$XDG_DATA_HOME/omnictl`, else `~/.local/share/omnictl`.
    pub(crate) fn default_home() -> Result<PathBuf> {
        if let Some(home) = std::env::var_os(HOME_ENV).filter(|v| !v.is_empty()) {
            return absolute(PathBuf::from(home));
        }
        if let Some(xdg) = std::env::var_os("XDG_DATA_HOME").filter(|v| !v.is_empty()) {
            return Ok(absolute(PathBuf::from(xdg))?.join("omnictl"));
        }
        let home = std::env::var_os("HOME")
            .filter(|v| !v.is_empty())
            .ok_or_else(|| anyhow!("cannot tell where to keep the local database: set {HOME_ENV} or HOME"))?;
        Ok(PathBuf::from(home).join(".local/share/omnictl"))
    }

    pub fn locate(home: PathBuf, settings: ClusterSettings) -> Result<Self> {
        let server_user = if nix::unistd::geteuid().is_root() { Some(server_user()?) } else { None };
        let root = match &server_user {
            Some(user) if !reachable_by(user, &home) => {
                let digest = Sha256::digest(home.as_os_str().as_encoded_bytes());
                let key: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
                PathBuf::from(ROOT_FALLBACK_DIR).join(key)
            }
            _ => home.join("postgres"),
        };
        let cluster = Self { home, root, server_user, settings };
        let socket = cluster.socket_dir().join(format!(".s.PGSQL.{}", cluster.port()));
        // The kernel limits Unix socket paths to 107 bytes.
        if socket.as_os_str().len() > 100 {
            bail!(
                "the local database's socket path would be too long for the operating system \
                 ({} bytes): {}\nSet {HOME_ENV} to a shorter directory",
                socket.as_os_str().len(),
                socket.display()
            );
        }
        Ok(cluster)
    }

    pub(crate) fn home(&self) -> &Path {
        &self.home
    }

    /// The directory holding the server's files (data, socket, log).
    pub(crate) fn root(&self) -> &Path {
        &self.root
    }

    /// The server's port: its socket's name (and TCP port, if it listens on one).
    pub fn port(&self) -> u16 {
        self.settings.port.unwrap_or(PORT)
    }

    pub fn data_dir(&self) -> PathBuf {
        self.root.join("data")
    }

    pub(crate) fn socket_dir(&self) -> PathBuf {
        self.root.join("run")
    }

    pub fn log_file(&self) -> PathBuf {
        self.root.join("postgres.log")
    }

    pub(crate) fn server_user(&self) -> Option<&ServerUser> {
        self.server_user.as_ref()
    }

    pub(crate) fn state(&self) -> Result<ClusterState> {
        let data = self.data_dir();
        if !data.join("PG_VERSION").exists() {
            return Ok(ClusterState::NotCreated);
        }
        let pid_file = data.join("postmaster.pid");
        let Ok(text) = fs::read_to_string(&pid_file) else {
            return Ok(ClusterState::Stopped);
        };
        let Some(pid) = text.lines().next().and_then(|l| l.trim().parse::<i32>().ok()) else {
            return Ok(ClusterState::Stopped);
        };
        let alive = match nix::sys::signal::kill(nix::unistd::Pid::from_raw(pid), None) {
            Ok(()) | Err(nix::errno::Errno::EPERM) => true,
            Err(_) => false,
        };
        // A PID file outlives a crash, and the PID may since belong to anything: only a
        // postmaster of this data directory counts (and is ever signalled).
        let ours = alive && is_postmaster_of(pid, &data);
        let socket_present = self.socket_dir().join(format!(".s.PGSQL.{}", self.port())).exists();
        Ok(if ours && socket_present { ClusterState::Running { pid: pid as u32 } } else { ClusterState::Stopped })
    }

    /// Removes what a crashed server left behind — a PID file naming a process that is not
    /// this cluster's postmaster, and the socket lock file beside it — so that the server
    /// can start (it refuses while its PID file names a live process).
    fn clear_stale_files(&self) -> Result<()> {
        let data = self.data_dir();
        let pid_file = data.join("postmaster.pid");
        let Ok(text) = fs::read_to_string(&pid_file) else {
            return Ok(());
        };
        let pid = text.lines().next().and_then(|l| l.trim().parse::<i32>().ok());
        if pid.is_some_and(|pid| is_postmaster_of(pid, &data)) {
            return Ok(());
        }
        for stale in [pid_file, self.socket_dir().join(format!(".s.PGSQL.{}.lock", self.port()))] {
            match fs::remove_file(&stale) {
                Ok(()) => {}
                Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
                Err(error) => {
                    return Err(error).with_context(|| format!("could not remove the stale {}", stale.display()));
                }
            }
        }
        Ok(())
    }

    /// Creates the cluster if it does not exist and starts it if it is not running.
    /// Safe to call from several processes at once: they serialise on a lock file.
    pub fn ensure_running(&self) -> Result<Startup> {
        let _lock = self.lock()?;
        let mut startup = Startup { created: false, started: false };
        if self.state()? == ClusterState::NotCreated {
            self.create()?;
            startup.created = true;
        }
        if !matches!(self.state()?, ClusterState::Running { .. }) {
            self.start()?;
            startup.started = true;
        }
        Ok(startup)
    }

    /// Stops the server if it runs; returns whether it was running.
    pub fn stop(&self) -> Result<bool> {
        let _lock = self.lock()?;
        if !matches!(self.state()?, ClusterState::Running { .. }) {
            return Ok(false);
        }
        let binaries = self.binaries()?;
        let data = self.data_dir();
        let output = self
            .server_command(binaries.pg_ctl())
            .args(["stop", "--wait", "--silent", "--mode=fast", "--pgdata"])
            .arg(&data)
            .output()
            .context("could not run pg_ctl stop")?;
        check(&output, "pg_ctl stop")?;
        Ok(true)
    }

    /// Stops the server and deletes every file of the cluster.
    pub(crate) fn destroy(&self) -> Result<()> {
        self.stop()?;
        let _lock = self.lock()?;
        if self.root.exists() {
            fs::remove_dir_all(&self.root).with_context(|| format!("could not delete {}", self.root.display()))?;
        }
        Ok(())
    }

    pub fn connect_options(&self, database: &str) -> PgConnectOptions {
        PgConnectOptions::new()
            .socket(self.socket_dir())
            .port(self.port())
            .username(SUPERUSER)
            .database(database)
            .application_name("omnictl")
    }

    /// A connection URL that both `psql` and omnictl accept.
    pub fn url(&self, database: &str) -> String {
        // No authority part: libpq and sqlx both take the socket directory and user as
        // query parameters, and sqlx rejects a user with an empty host.
        format!(
            "postgresql:///{database}?host={}&port={}&user={SUPERUSER}",
            percent_encode(&self.socket_dir().to_string_lossy()),
            self.port()
        )
    }

    /// The major version the cluster was created with, if it exists.
    pub(crate) fn created_major(&self) -> Option<u32> {
        fs::read_to_string(self.data_dir().join("PG_VERSION")).ok()?.trim().parse().ok()
    }

    pub(crate) fn binaries(&self) -> Result<ServerBinaries> {
        Ok(match self.created_major() {
            Some(major) => ServerBinaries::discover_major(major, &self.data_dir())?,
            None => ServerBinaries::discover()?,
        })
    }

    fn lock(&self) -> Result<File> {
        create_private_dir(&self.home, self.server_user.is_some())?;
        let path = self.home.join("cluster.lock");
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .with_context(|| format!("could not open the lock file {}", path.display()))?;
        file.lock().with_context(|| format!("could not lock {}", path.display()))?;
        Ok(file)
    }

    fn create(&self) -> Result<()> {
        let binaries = ServerBinaries::discover()?;
        create_private_dir(&self.root, false)?;
        self.give_to_server_user(&self.root)?;
        // initdb into a side directory and rename it into place, so a crash mid-way
        // never leaves a half-made cluster that looks created.
        let staging = self.root.join("data.init");
        if staging.exists() {
            fs::remove_dir_all(&staging)
                .with_context(|| format!("could not remove the unfinished {}", staging.display()))?;
        }
        let mut initdb = self.server_command(binaries.initdb());
        initdb.arg("--pgdata").arg(&staging).args([
            "--username",
            SUPERUSER,
            "--auth=trust",
            "--encoding=UTF8",
            "--no-locale",
        ]);
        if self.settings.no_sync {
            initdb.arg("--no-sync");
        }
        let output = initdb.output().context("could not run initdb")?;
        check(&output, "initdb")?;

        let socket_dir = self.socket_dir();
        create_private_dir(&socket_dir, false)?;
        self.give_to_server_user(&socket_dir)?;
        let mut conf = OpenOptions::new()
            .append(true)
            .open(staging.join("postgresql.conf"))
            .context("could not open postgresql.conf of the new cluster")?;
        // Trust authentication is safe only because the socket directory is private to
        // the owner and there is no TCP listener at all.
        let mut settings = vec![
            ("listen_addresses".to_string(), "''".to_string()),
            ("unix_socket_directories".to_string(), quote_setting(&socket_dir.to_string_lossy())),
            ("unix_socket_permissions".to_string(), "0700".to_string()),
            ("port".to_string(), self.port().to_string()),
        ];
        settings.extend(self.settings.extra.iter().cloned());
        writeln!(conf, "\n# Written by omnictl: a private server on a Unix socket only.")?;
        for (name, value) in settings {
            writeln!(conf, "{name} = {value}")?;
        }
        drop(conf);
        if !self.settings.hba_first.is_empty() {
            let hba = staging.join("pg_hba.conf");
            let initdb_lines = fs::read_to_string(&hba).context("could not read pg_hba.conf of the new cluster")?;
            let first = self.settings.hba_first.join("\n");
            fs::write(&hba, format!("{first}\n{initdb_lines}")).context("could not write pg_hba.conf")?;
        }
        audit_reads(&staging.join("postgresql.conf"), &binaries, &self.settings)?;
        preload_libraries(&staging.join("postgresql.conf"), &binaries, &self.settings)?;
        fs::rename(&staging, self.data_dir()).context("could not move the new cluster into place")?;
        Ok(())
    }

    fn start(&self) -> Result<()> {
        self.clear_stale_files()?;
        let binaries = self.binaries()?;
        // A cluster made before pgAudit was installed audits reads from its next start;
        // one made before omnictl preloaded PL/pgSQL preloads it from its next start.
        audit_reads(&self.data_dir().join("postgresql.conf"), &binaries, &self.settings)?;
        preload_libraries(&self.data_dir().join("postgresql.conf"), &binaries, &self.settings)?;
        let output = self
            .server_command(binaries.pg_ctl())
            .args(["start", "--wait", "--timeout=60", "--silent", "--pgdata"])
            .arg(self.data_dir())
            .arg("--log")
            .arg(self.log_file())
            // Its own process group: a Ctrl-C aimed at omnictl must not stop the server.
            .process_group(0)
            .output()
            .context("could not run pg_ctl start")?;
        if !output.status.success() {
            let log_tail = fs::read_to_string(self.log_file())
                .map(|log| {
                    log.lines().rev().take(10).collect::<Vec<_>>().into_iter().rev().collect::<Vec<_>>().join("\n")
                })
                .unwrap_or_default();
            bail!(
                "the local PostgreSQL server in {} did not start: {}\n{}",
                self.data_dir().display(),
                String::from_utf8_lossy(&output.stderr).trim(),
                log_tail
            );
        }
        Ok(())
    }

    /// A command that runs as the server user when omnictl is root.
    fn server_command(&self, program: PathBuf) -> Command {
        let mut command = Command::new(program);
        command.current_dir(&self.root).env("LC_ALL", "C");
        if let Some(user) = &self.server_user {
            command.uid(user.uid).gid(user.gid);
        }
        command
    }

    fn give_to_server_user(&self, path: &Path) -> Result<()> {
        if let Some(user) = &self.server_user {
            std::os::unix::fs::chown(path, Some(user.uid), Some(user.gid))
                .with_context(|| format!("could not give {} to the system user {}", path.display(), user.name))?;
        }
        Ok(())
    }
}

fn server_user() -> Result<ServerUser> {
    let name = std::env::var(SERVER_USER_ENV).unwrap_or_else(|_| "postgres".to_string());
    let user = nix::unistd::User::from_name(&name)
        .with_context(|| format!("could not look up the system user {name}"))?
        .ok_or_else(|| {
            anyhow!(
                "omnictl is running as root, and PostgreSQL refuses to run as root, so the local \
                 server must run as an unprivileged system user, but the user {name:?} does not \
                 exist\nCreate it (sudo useradd --system --no-create-home {name}), name another \
                 one with {SERVER_USER_ENV}, or run omnictl as an ordinary user"
            )
        })?;
    if user.uid.is_root() {
        bail!("{SERVER_USER_ENV} names {name}, which is root; PostgreSQL needs an unprivileged user");
    }
    Ok(ServerUser { name, uid: user.uid.as_raw(), gid: user.gid.as_raw() })
}

/// Whether `user` can traverse every existing ancestor of `path` (and `path` itself).
fn reachable_by(user: &ServerUser, path: &Path) -> bool {
    path.ancestors().filter(|p| p.exists()).all(|dir| {
        let Ok(meta) = fs::metadata(dir) else {
            return false;
        };
        let mode = meta.mode();
        if meta.uid() == user.uid {
            mode & 0o100 != 0
        } else if meta.gid() == user.gid {
            mode & 0o010 != 0
        } else {
            mode & 0o001 != 0
        }
    })
}

/// Creates `dir` (and parents) private to its owner; `traversable` lets a server user
/// pass through it to a directory it owns inside.
/// Whether the live process `pid` is the postmaster of `data`. A postmaster works in its
/// data directory, which Linux shows as the process's `cwd`; where that cannot be read (a
/// process of another user, a system without /proc), its command line must at least name
/// a PostgreSQL server and the data directory.
fn is_postmaster_of(pid: i32, data: &Path) -> bool {
    let data = fs::canonicalize(data).unwrap_or_else(|_| data.to_path_buf());
    if let Ok(cwd) = fs::read_link(format!("/proc/{pid}/cwd")) {
        return cwd == data;
    }
    match fs::read(format!("/proc/{pid}/cmdline")) {
        Ok(cmdline) => {
            let cmdline = String::from_utf8_lossy(&cmdline);
            (cmdline.contains("postgres") || cmdline.contains("postmaster"))
                && cmdline.contains(data.to_string_lossy().as_ref())
        }
        // No /proc (macOS): the signal check is all there is.
        Err(_) => !Path::new("/proc/self").exists(),
    }
}

fn create_private_dir(dir: &Path, traversable: bool) -> Result<()> {
    if !dir.exists() {
        fs::create_dir_all(dir).with_context(|| format!("could not create {}", dir.display()))?;
        let mode = if traversable { 0o755 } else { 0o700 };
        fs::set_permissions(dir, fs::Permissions::from_mode(mode))
            .with_context(|| format!("could not set the permissions of {}", dir.display()))?;
    }
    Ok(())
}

fn absolute(path: PathBuf) -> Result<PathBuf> {
    Ok(if path.is_absolute() { path } else { std::env::current_dir()?.join(path) })
}

fn check(output: &Output, what: &str) -> Result<()> {
    if output.status.success() {
        return Ok(());
    }
    bail!(
        "{what} failed ({}): {}{}",
        output.status,
        String::from_utf8_lossy(&output.stderr).trim(),
        String::from_utf8_lossy(&output.stdout).trim()
    )
}

fn quote_setting(value: &str) -> String {
    format!("'{}'", value.replace('\'', "''"))
}

/// Percent-encodes everything but unreserved characters and `/`, for a URL query value.
fn percent_encode(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_encodes_unusual_socket_paths() {
        assert_eq!(percent_encode("/tmp/a b/run"), "/tmp/a%20b/run");
        assert_eq!(percent_encode("/x/ü"), "/x/%C3%BC");
    }

    #[test]
    fn settings_are_quoted_for_postgresql_conf() {
        assert_eq!(quote_setting("/tmp/it's"), "'/tmp/it''s'");
    }
}

/// `db status`, as a table or JSON.
#[derive(Debug, serde::Serialize)]
pub(crate) struct ClusterReport {
    /// not_created, stopped or running.
    state: &'static str,
    pid: Option<u32>,
    home: String,
    data_dir: String,
    socket_dir: String,
    url: String,
    log_file: String,
    postgres_version: Option<String>,
    /// The system user the server runs as when omnictl runs as root.
    server_user: Option<String>,
}

impl ClusterReport {
    pub(crate) fn of(cluster: &LocalCluster) -> Result<Self> {
        let state = cluster.state()?;
        let (state_name, pid) = match state {
            ClusterState::NotCreated => ("not_created", None),
            ClusterState::Stopped => ("stopped", None),
            ClusterState::Running { pid } => ("running", Some(pid)),
        };
        Ok(Self {
            state: state_name,
            pid,
            home: cluster.home().display().to_string(),
            data_dir: cluster.data_dir().display().to_string(),
            socket_dir: cluster.socket_dir().display().to_string(),
            url: cluster.url(DATABASE),
            log_file: cluster.log_file().display().to_string(),
            postgres_version: cluster.binaries().ok().map(|b| b.version),
            server_user: cluster.server_user().map(|u| u.name.clone()),
        })
    }
}

impl crate::output::Tabular for ClusterReport {
    fn headers() -> Vec<&'static str> {
        vec!["state", "pid", "home", "data dir", "socket dir", "url", "log file", "postgres", "server user"]
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.state.to_string(),
            crate::output::cell(self.pid),
            self.home.clone(),
            self.data_dir.clone(),
            self.socket_dir.clone(),
            self.url.clone(),
            self.log_file.clone(),
            self.postgres_version.clone().unwrap_or_else(|| "not found".to_string()),
            match &self.server_user {
                Some(user) => format!("{user} (omnictl runs as root; PostgreSQL refuses root)"),
                None => "you".to_string(),
            },
        ]
    }
}
