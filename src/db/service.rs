//! Connection services, as libpq reads them: `PGSERVICE=NAME` picks the section `[NAME]`
//! of `~/.pg_service.conf` (or the file PGSERVICEFILE names), else of
//! `pg_service.conf` in PGSYSCONFDIR (Debian's `/etc/postgresql-common`). A section holds
//! `key=value` lines: host, port, dbname, user, password, sslmode, sslrootcert, sslcert,
//! sslkey, and omnictl's own `pgbouncer`. omnictl turns it into the URL it would have
//! been given.

use std::path::PathBuf;

use anyhow::{Context, Result, bail};

/// The URL of the service `name`.
pub(crate) fn url(name: &str) -> Result<String> {
    let files = files();
    for file in &files {
        let Ok(text) = std::fs::read_to_string(file) else { continue };
        if let Some(entries) = section(&text, name) {
            return build(&entries).with_context(|| format!("the service {name} in {}", file.display()));
        }
    }
    let searched: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
    bail!(
        "PGSERVICE names the service {name}, which none of these files defines: {} (a section [{name}] with host, \
         port, dbname and user lines)",
        searched.join(", ")
    )
}

fn files() -> Vec<PathBuf> {
    let mut files = Vec::new();
    match std::env::var_os("PGSERVICEFILE").filter(|v| !v.is_empty()) {
        Some(file) => files.push(PathBuf::from(file)),
        None => {
            if let Some(home) = std::env::var_os("HOME").filter(|v| !v.is_empty()) {
                files.push(PathBuf::from(home).join(".pg_service.conf"));
            }
        }
    }
    let sysconf = std::env::var_os("PGSYSCONFDIR")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/etc/postgresql-common"));
    files.push(sysconf.join("pg_service.conf"));
    files
}

/// The `key=value` pairs of section `[name]`, if the text has it.
fn section(text: &str, name: &str) -> Option<Vec<(String, String)>> {
    let mut inside = false;
    let mut found = None::<Vec<(String, String)>>;
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(header) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            if inside {
                break;
            }
            inside = header.trim() == name;
            if inside {
                found = Some(Vec::new());
            }
            continue;
        }
        if inside && let (Some(entries), Some((key, value))) = (found.as_mut(), line.split_once('=')) {
            entries.push((key.trim().to_string(), value.trim().to_string()));
        }
    }
    found
}

fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

fn build(entries: &[(String, String)]) -> Result<String> {
    let get = |key: &str| entries.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v.as_str());
    let mut authority = String::new();
    let mut query = Vec::new();
    let host = get("host").or(get("hostaddr"));
    // A Unix socket directory goes in the query with the user, as libpq and sqlx read
    // it (sqlx refuses a user with an empty host).
    let socket = host.is_some_and(|h| h.starts_with('/'));
    if socket {
        query.push(format!("host={}", encode(host.unwrap_or_default())));
        for (key, name) in [("user", "user"), ("password", "password")] {
            if let Some(value) = get(key) {
                query.push(format!("{name}={}", encode(value)));
            }
        }
    } else {
        if let Some(user) = get("user") {
            authority.push_str(&encode(user));
            if let Some(password) = get("password") {
                authority.push(':');
                authority.push_str(&encode(password));
            }
            authority.push('@');
        }
        authority.push_str(host.unwrap_or("localhost"));
    }
    if let Some(port) = get("port") {
        port.parse::<u16>().map_err(|_| anyhow::anyhow!("port={port} is not a port number"))?;
        if socket {
            query.push(format!("port={port}"));
        } else {
            authority.push(':');
            authority.push_str(port);
        }
    }
    for key in ["sslmode", "sslrootcert", "sslcert", "sslkey", "application_name", "pgbouncer"] {
        if let Some(value) = get(key) {
            query.push(format!("{key}={}", encode(value)));
        }
    }
    let database = get("dbname").map(encode).unwrap_or_default();
    let query = if query.is_empty() { String::new() } else { format!("?{}", query.join("&")) };
    Ok(format!("postgres://{authority}/{database}{query}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_section_becomes_the_url_it_stands_for() {
        let text = "# services\n[staging]\nhost=db.example\nport=6432\ndbname=omnictl\nuser=omnictl.ana@clinic.test\n\
                    sslmode=verify-full\npgbouncer=true\n\n[local]\nhost=/run/pg\ndbname=omnictl\n";
        let staging = build(&section(text, "staging").expect("staging")).expect("url");
        assert_eq!(
            staging,
            "postgres://omnictl.ana%40clinic.test@db.example:6432/omnictl?sslmode=verify-full&pgbouncer=true"
        );
        let local = build(&section(text, "local").expect("local")).expect("url");
        assert_eq!(local, "postgres:///omnictl?host=%2Frun%2Fpg");
        assert!(section(text, "production").is_none());
        assert!(build(&[("port".into(), "x".into())]).is_err());
    }
}
