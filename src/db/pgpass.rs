//! The password file as libpq reads it. When neither the URL nor `PGPASSWORD` gives a
//! password, the password comes from the file `PGPASSFILE` names, else `~/.pgpass`
//! (only that one file: libpq does not fall back from one to the other, sqlx does). A
//! file that its group or others may read is not used, and libpq's warning says so on
//! stderr; when the server then refuses the connection for want of a password, the
//! error's hint names the file and the `chmod` that makes it usable again.
//!
//! sqlx reads `~/.pgpass` itself while parsing a URL (and skips, with only a log line, a
//! file others may read); omnictl replaces what it found with what libpq would find.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use sqlx::postgres::PgConnectOptions;

use crate::ui::Ui;

/// The password file this process did not use because others may read it.
static IGNORED: OnceLock<PathBuf> = OnceLock::new();

/// The password file ignored for its mode, if one was (for the refusal's hint).
pub(crate) fn ignored() -> Option<&'static Path> {
    IGNORED.get().map(PathBuf::as_path)
}

/// The file libpq reads passwords from: `PGPASSFILE`, else `~/.pgpass`.
pub(crate) fn file() -> Option<PathBuf> {
    if let Some(named) = std::env::var_os("PGPASSFILE").filter(|v| !v.is_empty()) {
        return Some(PathBuf::from(named));
    }
    std::env::var_os("HOME").filter(|h| !h.is_empty()).map(|home| PathBuf::from(home).join(".pgpass"))
}

/// `options` with the password libpq would use for the connection `url` describes: the
/// URL's, `PGPASSWORD`, or the password file's line for this host, port, database and
/// login (none when no line fits). A password file with group or world access is
/// warned about through `ui` (always, as libpq does, whatever `-q` says) and not used.
pub(crate) fn apply(url: &str, options: PgConnectOptions, ui: Option<&Ui>) -> PgConnectOptions {
    let from_environment = std::env::var("PGPASSWORD").is_ok_and(|p| !p.is_empty());
    if given_in(url) || from_environment {
        return options;
    }
    // sqlx treats no password and an empty one alike: it sends what it has when asked.
    let found = file().and_then(|path| read(&path, ui)).and_then(|text| {
        let database = options.get_database().unwrap_or(options.get_username());
        lookup(&text, &host_of(&options), &options.get_port().to_string(), database, options.get_username())
    });
    options.password(&found.unwrap_or_default())
}

/// The file's text, unless it is missing, not a plain file, or others may read it.
fn read(path: &Path, ui: Option<&Ui>) -> Option<String> {
    let metadata = std::fs::metadata(path).ok()?;
    if !metadata.is_file() {
        if let Some(ui) = ui {
            ui.warn_always(format!("password file \"{}\" is not a plain file", path.display()));
        }
        return None;
    }
    if metadata.permissions().mode() & 0o077 != 0 {
        if let Some(ui) = ui {
            ui.warn_always(format!(
                "password file \"{}\" has group or world access; permissions should be u=rw (0600) or less",
                path.display()
            ));
        }
        let _ = IGNORED.set(path.to_path_buf());
        return None;
    }
    std::fs::read_to_string(path).ok()
}

/// Whether the URL itself carries a password (`user:password@` or `password=`).
fn given_in(url: &str) -> bool {
    let rest = url.split_once("://").map(|(_, rest)| rest).unwrap_or(url);
    let authority = &rest[..rest.find(['/', '?']).unwrap_or(rest.len())];
    let in_authority = authority
        .rsplit_once('@')
        .and_then(|(credentials, _)| credentials.split_once(':'))
        .is_some_and(|(_, password)| !password.is_empty());
    let in_query = url.split_once('?').is_some_and(|(_, query)| {
        query.split('&').any(|pair| pair.strip_prefix("password=").is_some_and(|p| !p.is_empty()))
    });
    in_authority || in_query
}

/// The host name a password file line is matched against: the host, or for a Unix
/// socket its directory (`localhost` for the default directories, as libpq has it).
fn host_of(options: &PgConnectOptions) -> String {
    let socket = options.get_socket().map(|dir| dir.display().to_string());
    match socket.or_else(|| options.get_host().starts_with('/').then(|| options.get_host().to_string())) {
        Some(dir) if matches!(dir.trim_end_matches('/'), "/tmp" | "/var/run/postgresql" | "/run/postgresql") => {
            "localhost".to_string()
        }
        Some(dir) => dir,
        None => options.get_host().to_string(),
    }
}

/// The password of the first line of `text` that fits (`hostname:port:database:username:
/// password`, `*` fitting anything, `\` escaping `:` and `\`; `#` starts a comment).
fn lookup(text: &str, host: &str, port: &str, database: &str, username: &str) -> Option<String> {
    text.lines().filter(|line| !line.trim().is_empty() && !line.starts_with('#')).find_map(|line| {
        let fields = split(line);
        let [h, p, d, u, password] = fields.as_slice() else { return None };
        let fits = |field: &str, value: &str| field == "*" || field == value;
        (fits(h, host) && fits(p, port) && fits(d, database) && fits(u, username)).then(|| password.clone())
    })
}

/// The five fields of a line, unescaped; the password is the rest of the line.
fn split(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let Some(next) = chars.next()
                    && let Some(field) = fields.last_mut()
                {
                    field.push(next);
                }
            }
            ':' if fields.len() < 5 => fields.push(String::new()),
            c => {
                if let Some(field) = fields.last_mut() {
                    field.push(c);
                }
            }
        }
    }
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_fit_as_libpq_fits_them() {
        let text = "# comment\n\
                    db.example.org:5432:omnictl:ana:first\n\
                    *:6432:*:ana:second\n\
                    /srv/run:5432:*:*:pass\\:with\\\\escapes:and colons\n";
        assert_eq!(lookup(text, "db.example.org", "5432", "omnictl", "ana").as_deref(), Some("first"));
        assert_eq!(lookup(text, "other", "6432", "x", "ana").as_deref(), Some("second"));
        assert_eq!(lookup(text, "other", "5432", "x", "ana"), None);
        assert_eq!(lookup(text, "/srv/run", "5432", "x", "bo").as_deref(), Some("pass:with\\escapes:and colons"));
    }

    #[test]
    fn a_password_in_the_url_is_seen() {
        assert!(given_in("postgres://ana:secret@host/db"));
        assert!(given_in("postgres://ana@host/db?sslmode=require&password=x"));
        assert!(!given_in("postgres://ana@host/db"));
        assert!(!given_in("postgres://ana:@host/db"));
        assert!(!given_in("postgresql:///omnictl?host=%2Ftmp&user=omnictl"));
    }
}
