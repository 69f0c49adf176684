//! Finding the installed PostgreSQL server binaries (`initdb`, `pg_ctl`, `postgres`).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Environment variable naming the one directory to take the server binaries from.
pub(crate) const BINDIR_ENV: &str = "OMNICTL_PG_BINDIR";

const REQUIRED: [&str; 3] = ["initdb", "pg_ctl", "postgres"];

/// A directory holding a complete set of PostgreSQL server binaries.
#[derive(Debug, Clone)]
pub(crate) struct ServerBinaries {
    pub dir: PathBuf,
    pub major: u32,
    pub version: String,
}

#[derive(Debug, thiserror::Error)]
pub(crate) enum BinariesError {
    #[error(
        "the PostgreSQL server binaries (initdb, pg_ctl, postgres) were not found {searched}\n\
         \n\
         omnictl runs its local database with them. Install them:\n\
         \x20 Debian/Ubuntu:  sudo apt-get install postgresql\n\
         \x20 macOS:          brew install postgresql@16\n\
         or use an existing PostgreSQL server instead: --database-url postgres://USER@HOST/DB \
         (or set DATABASE_URL)"
    )]
    NotFound { searched: String },
    #[error(
        "the local database in {data_dir} was created by PostgreSQL {major}, but only \
         PostgreSQL {found} server binaries are installed\n\
         Install PostgreSQL {major} (Debian/Ubuntu: sudo apt-get install postgresql-{major}) \
         or set {BINDIR_ENV} to its bin directory"
    )]
    WrongVersion { data_dir: String, major: u32, found: String },
}

impl ServerBinaries {
    pub(crate) fn initdb(&self) -> PathBuf {
        self.dir.join("initdb")
    }

    pub(crate) fn pg_ctl(&self) -> PathBuf {
        self.dir.join("pg_ctl")
    }

    /// The server's loadable module `name` (e.g. `pgaudit`), if it is installed beside
    /// these binaries (Debian's `lib/`, or a `lib/postgresql/` of a prefix).
    pub(crate) fn library(&self, name: &str) -> Option<PathBuf> {
        let prefix = self.dir.parent()?;
        [prefix.join("lib"), prefix.join("lib").join("postgresql")]
            .into_iter()
            .map(|dir| dir.join(format!("{name}.so")))
            .find(|path| path.is_file())
    }

    /// The newest installed version, or exactly the directory of `OMNICTL_PG_BINDIR`.
    pub(crate) fn discover() -> Result<Self, BinariesError> {
        let found = Self::candidates();
        found
            .into_iter()
            .max_by_key(|b| b.major)
            .ok_or_else(|| BinariesError::NotFound { searched: Self::searched_description() })
    }

    /// The binaries of one major version, for a cluster that already exists.
    pub(crate) fn discover_major(major: u32, data_dir: &Path) -> Result<Self, BinariesError> {
        let found = Self::candidates();
        if found.is_empty() {
            return Err(BinariesError::NotFound { searched: Self::searched_description() });
        }
        let versions: Vec<String> = found.iter().map(|b| b.major.to_string()).collect();
        found.into_iter().find(|b| b.major == major).ok_or_else(|| BinariesError::WrongVersion {
            data_dir: data_dir.display().to_string(),
            major,
            found: versions.join(", "),
        })
    }

    fn searched_description() -> String {
        match std::env::var_os(BINDIR_ENV) {
            Some(dir) => format!("in {} ({BINDIR_ENV})", PathBuf::from(dir).display()),
            None => "on PATH, in /usr/lib/postgresql/*/bin, /usr/pgsql-*/bin, \
                     /usr/local/pgsql/bin or the Homebrew prefixes"
                .to_string(),
        }
    }

    fn candidates() -> Vec<Self> {
        let dirs: Vec<PathBuf> = match std::env::var_os(BINDIR_ENV) {
            Some(dir) => vec![PathBuf::from(dir)],
            None => Self::search_path(),
        };
        let mut seen = BTreeSet::new();
        dirs.into_iter()
            .filter_map(|dir| {
                // Symlinks such as /usr/local/bin/initdb lead to the real directory.
                let real = std::fs::canonicalize(dir.join("initdb")).ok()?.parent()?.to_path_buf();
                if !seen.insert(real.clone()) {
                    return None;
                }
                Self::probe(&real)
            })
            .collect()
    }

    fn search_path() -> Vec<PathBuf> {
        let mut dirs: Vec<PathBuf> =
            std::env::var_os("PATH").map(|p| std::env::split_paths(&p).collect()).unwrap_or_default();
        for pattern_dir in ["/usr/lib/postgresql", "/opt/homebrew/opt", "/usr/local/opt", "/usr"] {
            let Ok(entries) = std::fs::read_dir(pattern_dir) else {
                continue;
            };
            for entry in entries.flatten() {
                let name = entry.file_name().to_string_lossy().to_string();
                let versioned = match pattern_dir {
                    "/usr/lib/postgresql" => name.chars().all(|c| c.is_ascii_digit() || c == '.'),
                    "/usr" => name.starts_with("pgsql-"),
                    _ => name.starts_with("postgresql"),
                };
                if versioned {
                    dirs.push(entry.path().join("bin"));
                }
            }
        }
        dirs.extend(["/usr/local/pgsql/bin", "/opt/homebrew/bin", "/usr/local/bin"].map(PathBuf::from));
        dirs
    }

    fn probe(dir: &Path) -> Option<Self> {
        if !REQUIRED.iter().all(|name| is_executable(&dir.join(name))) {
            return None;
        }
        let output = Command::new(dir.join("postgres")).arg("--version").output().ok()?;
        let text = String::from_utf8_lossy(&output.stdout);
        let version = parse_version(&text)?;
        let major = version.split('.').next()?.parse().ok()?;
        Some(Self { dir: dir.to_path_buf(), major, version })
    }
}

/// A PostgreSQL client program (`pg_dump`, `pg_restore`) of major version `at_least` or
/// newer, the newest found where the server binaries are looked for (or exactly in
/// `OMNICTL_PG_BINDIR`): its path and version. pg_dump refuses a server newer than
/// itself, and a restore reads an archive only with a pg_restore as new as its pg_dump.
pub(crate) fn client_program(name: &str, at_least: u32) -> anyhow::Result<(PathBuf, String)> {
    let dirs: Vec<PathBuf> = match std::env::var_os(BINDIR_ENV) {
        Some(dir) => vec![PathBuf::from(dir)],
        None => ServerBinaries::search_path(),
    };
    let mut seen = BTreeSet::new();
    let mut found: Vec<(u32, PathBuf, String)> = Vec::new();
    for dir in dirs {
        let Ok(real) = std::fs::canonicalize(dir.join(name)) else {
            continue;
        };
        if !is_executable(&real) || !seen.insert(real.clone()) {
            continue;
        }
        let Ok(output) = Command::new(&real).arg("--version").output() else {
            continue;
        };
        let Some(version) = parse_version(&String::from_utf8_lossy(&output.stdout)) else {
            continue;
        };
        if let Some(major) = version.split('.').next().and_then(|m| m.parse::<u32>().ok()) {
            found.push((major, real, version));
        }
    }
    let newest = found.iter().map(|(major, _, _)| *major).max();
    match found.into_iter().filter(|(major, _, _)| *major >= at_least).max_by_key(|(major, _, _)| *major) {
        Some((_, path, version)) => Ok((path, version)),
        None => Err(crate::error::Error::refused(format!(
            "{name} of PostgreSQL {at_least} or newer is needed for this server (PostgreSQL {at_least}), but {} \
             was found {}",
            newest.map_or("none".to_string(), |m| format!("only version {m}")),
            ServerBinaries::searched_description()
        ))
        .hint(format!(
            "install the PostgreSQL {at_least} client programs (Debian/Ubuntu: sudo apt-get install \
             postgresql-client-{at_least}) or set {BINDIR_ENV} to their bin directory"
        ))
        .into()),
    }
}

/// `postgres (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)` → `15.18`.
fn parse_version(text: &str) -> Option<String> {
    let rest = text.split("(PostgreSQL)").nth(1)?;
    let version = rest.split_whitespace().next()?;
    version.chars().next()?.is_ascii_digit().then(|| version.to_string())
}

fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).map(|m| m.is_file() && m.permissions().mode() & 0o111 != 0).unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::parse_version;

    #[test]
    fn parses_distribution_version_strings() {
        assert_eq!(parse_version("postgres (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)\n").as_deref(), Some("15.18"));
        assert_eq!(parse_version("postgres (PostgreSQL) 17.2\n").as_deref(), Some("17.2"));
        assert_eq!(parse_version("postgres (PostgreSQL) 16beta1").as_deref(), Some("16beta1"));
        assert_eq!(parse_version("something else"), None);
    }
}
