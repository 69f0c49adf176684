//! TLS as libpq users expect it. sqlx reads `sslmode`, `sslrootcert`, `sslcert` and
//! `sslkey` from the URL and PGSSLMODE, PGSSLROOTCERT, PGSSLCERT, PGSSLKEY; libpq also
//! looks in `~/.postgresql/` when they are not given: `root.crt` for the CA that must
//! have signed the server's certificate (verify-ca, verify-full), `postgresql.crt` and
//! `postgresql.key` for a client certificate. A CA file that is named but missing is
//! said by name before connecting, and a certificate the client cannot trust is said as
//! a sentence with the fix.

use std::path::{Path, PathBuf};

use anyhow::{Result, bail};
use sqlx::postgres::{PgConnectOptions, PgSslMode};

/// Applies libpq's default files to `options` for the connection `url` describes.
pub fn libpq_defaults(url: &str, options: PgConnectOptions) -> Result<PgConnectOptions> {
    let given =
        |name: &str, env: &str| parameter(url, name).or_else(|| std::env::var(env).ok()).filter(|v| !v.is_empty());
    let dir = home().map(|home| home.join(".postgresql"));
    let mut options = options;
    let verifies = matches!(options.get_ssl_mode(), PgSslMode::VerifyCa | PgSslMode::VerifyFull);
    match given("sslrootcert", "PGSSLROOTCERT") {
        // PostgreSQL 16's libpq: the operating system's trusted CAs (sqlx's default).
        Some(root) if root == "system" => {}
        Some(root) if verifies && !Path::new(&root).is_file() => bail!(
            "the CA file {root} (sslrootcert) does not exist: give the path of the file holding the CA that signed \
             the server's certificate"
        ),
        Some(_) => {}
        None if verifies => match dir.as_ref().map(|d| d.join("root.crt")) {
            Some(root) if root.is_file() => options = options.ssl_root_cert(root),
            Some(root) => bail!(
                "root certificate file {} does not exist: put the CA that signed the server's certificate there, \
                 name it with sslrootcert=PATH in the URL (or PGSSLROOTCERT), use sslrootcert=system for the \
                 system's CAs, or choose an sslmode that does not verify the server",
                root.display()
            ),
            None => {}
        },
        None => {}
    }
    if given("sslcert", "PGSSLCERT").is_none()
        && let Some(dir) = &dir
    {
        let (cert, key) = (dir.join("postgresql.crt"), dir.join("postgresql.key"));
        if cert.is_file() && key.is_file() {
            options = options.ssl_client_cert(cert).ssl_client_key(key);
        }
    }
    Ok(options)
}

/// How the server will know the login of `url`, as `whoami` says it: a client
/// certificate when one is given (or found where libpq looks), else a password (from the
/// URL, PGPASSWORD or ~/.pgpass).
pub fn authentication(url: &str) -> String {
    let given = parameter(url, "sslcert").or_else(|| std::env::var("PGSSLCERT").ok()).filter(|v| !v.is_empty());
    let found = home().map(|h| h.join(".postgresql").join("postgresql.crt")).filter(|p| p.is_file());
    let mode = parameter(url, "sslmode").unwrap_or_else(|| "prefer".to_string());
    match (given, found) {
        (Some(cert), _) => format!("client certificate {cert} (sslmode {mode})"),
        (None, Some(cert)) => format!("client certificate {} (sslmode {mode})", cert.display()),
        (None, None) => format!("password: the URL's, PGPASSWORD or ~/.pgpass (sslmode {mode})"),
    }
}

/// The URL without its password, fit to print.
pub fn redacted(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else { return url.to_string() };
    let end = rest.find(['/', '?']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(end);
    match authority.rsplit_once('@') {
        Some((credentials, host)) => {
            let login = credentials.split(':').next().unwrap_or_default();
            format!("{scheme}://{login}@{host}{}", tail.split('?').next().unwrap_or_default())
        }
        None => format!("{scheme}://{authority}{}", tail.split('?').next().unwrap_or_default()),
    }
}

fn parameter(url: &str, name: &str) -> Option<String> {
    let query = url.split_once('?')?.1;
    query.split('&').filter_map(|pair| pair.split_once('=')).find(|(key, _)| *key == name).map(|(_, value)| {
        // Paths in URLs are percent-encoded ('/' as %2F).
        let bytes = value.as_bytes();
        let mut decoded = Vec::with_capacity(bytes.len());
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b'%'
                && let Some(byte) = value.get(i + 1..i + 3).and_then(|h| u8::from_str_radix(h, 16).ok())
            {
                decoded.push(byte);
                i += 3;
                continue;
            }
            decoded.push(bytes[i]);
            i += 1;
        }
        String::from_utf8_lossy(&decoded).into_owned()
    })
}

fn home() -> Option<PathBuf> {
    std::env::var_os("HOME").filter(|h| !h.is_empty()).map(PathBuf::from)
}

/// A sentence for a certificate the client refused, if that is what `error` is.
pub fn explain(error: &sqlx::Error, host: &str) -> Option<String> {
    // rustls's refusal arrives as a TLS error or as an I/O error of the handshake.
    let text = match error {
        sqlx::Error::Tls(tls) => tls.to_string(),
        sqlx::Error::Io(io) => io.to_string(),
        _ => return None,
    };
    if text.contains("UnknownIssuer") {
        return Some(
            "the server's certificate is not signed by a CA omnictl trusts: name the CA file with sslrootcert=PATH \
             in the URL (or PGSSLROOTCERT, or put it in ~/.postgresql/root.crt)"
                .to_string(),
        );
    }
    if text.contains("NotValidForName") || text.contains("not valid for name") {
        return Some(format!(
            "the server's certificate is not for the host name {host}: connect with a host name the certificate \
             lists (its DNS name rather than an address, say)"
        ));
    }
    None
}
