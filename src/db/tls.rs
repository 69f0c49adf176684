//! TLS as libpq users expect it. sqlx reads `sslmode`, `sslrootcert`, `sslcert` and
//! `sslkey` from the URL and PGSSLMODE, PGSSLROOTCERT, PGSSLCERT, PGSSLKEY; libpq also
//! looks in `~/.postgresql/` when they are not given: `root.crt` for the CA that must
//! have signed the server's certificate (verify-ca, verify-full), `postgresql.crt` and
//! `postgresql.key` for a client certificate. A CA file that is named but missing is
//! said by name before connecting, and a certificate the client cannot trust is said as
//! a sentence with the fix. `verify-ca` checks the certificate's CA and not its host
//! name, as libpq does (see [`verify_ca_relay`]).

use std::path::{Path, PathBuf};

use anyhow::{Result, bail};
use sqlx::postgres::{PgConnectOptions, PgSslMode};

/// Applies libpq's default files to `options` for the connection `url` describes.
pub(crate) fn libpq_defaults(url: &str, options: PgConnectOptions) -> Result<PgConnectOptions> {
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
pub(crate) fn authentication(url: &str) -> String {
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
pub(crate) fn redacted(url: &str) -> String {
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
pub(crate) fn explain(error: &sqlx::Error, options: &PgConnectOptions) -> Option<crate::error::Error> {
    use crate::error::Error;
    let host = options.get_host();
    let refusal = refusal(error);
    // rustls's refusal arrives as a TLS error or as an I/O error of the handshake.
    let text = match error {
        sqlx::Error::Tls(tls) => tls.to_string(),
        sqlx::Error::Io(io) => io.to_string(),
        _ => return None,
    };
    if text.contains("UnknownIssuer") || text.contains("unknown issuer") {
        return Some(Error::database(
            "the server's certificate is not signed by a CA omnictl trusts: name the CA file with sslrootcert=PATH \
             in the URL (or PGSSLROOTCERT, or put it in ~/.postgresql/root.crt)",
        ));
    }
    let names = match refusal {
        Some(rustls::CertificateError::NotValidForNameContext { presented, .. }) => Some(names_in(&presented)),
        Some(rustls::CertificateError::NotValidForName) => Some(Vec::new()),
        _ if text.contains("NotValidForName") || text.contains("not valid for name") => Some(Vec::new()),
        _ => None,
    };
    let names = names?;
    let listed = match names.as_slice() {
        [] => String::new(),
        names => format!(" (it is for {})", names.join(", ")),
    };
    if matches!(options.get_ssl_mode(), PgSslMode::VerifyCa) && names.is_empty() {
        // No name to connect again with (see [`verify_ca_relay`]).
        return Some(
            Error::database(
                "the server's certificate names no host omnictl can check it for (it has no subjectAltName), so \
                 sslmode=verify-ca cannot connect through omnictl's TLS library",
            )
            .hint("give the server a certificate with a subjectAltName, or connect with sslmode=require"),
        );
    }
    Some(Error::database(format!("the server's certificate is not for the host name {host}{listed}")).hint(format!(
        "connect with a host name the certificate lists (its DNS name rather than an address, say), or \
                 with sslmode=verify-ca to check only that a trusted CA signed it{}",
        if names.is_empty() { "" } else { " (the name is then not checked)" }
    )))
}

/// The certificate problem rustls refused the server for, if that is what `error` is.
fn refusal(error: &sqlx::Error) -> Option<rustls::CertificateError> {
    let inner: &(dyn std::error::Error + 'static) = match error {
        sqlx::Error::Io(io) => io.get_ref()?,
        sqlx::Error::Tls(tls) => tls.as_ref(),
        _ => return None,
    };
    match inner.downcast_ref::<rustls::Error>()? {
        rustls::Error::InvalidCertificate(problem) => Some(problem.clone()),
        _ => None,
    }
}

/// The host names and addresses a certificate lists, from rustls's account of a name it
/// lacks (`DnsName("db.example.org")`, `IpAddress(10.0.0.5)`); others are left out.
fn names_in(presented: &[String]) -> Vec<String> {
    presented
        .iter()
        .filter_map(|name| {
            let dns = name.strip_prefix("DnsName(\"").and_then(|rest| rest.strip_suffix("\")"));
            dns.or_else(|| name.strip_prefix("IpAddress(").and_then(|rest| rest.strip_suffix(')')))
        })
        .filter(|name| !name.is_empty() && !name.contains(['"', '/', ' ']))
        .map(str::to_string)
        .collect()
}

/// `sslmode=verify-ca` as libpq has it: the server's certificate must be signed by a
/// trusted CA, whatever host name it is for.
///
/// sqlx 0.8.6 checks the name under verify-ca too. Its verifier meant to skip that check
/// lets through rustls's `NotValidForName` only, while rustls 0.23.24 and later report a
/// wrong name as `NotValidForNameContext` (sqlx issue #3793, fixed after 0.8.6). sqlx
/// takes no verifier of ours, and verifies the certificate for the host it connects to —
/// except over a Unix socket, where the host is only the name the certificate is checked
/// for. rustls checks the chain before the name, so a certificate refused for its name
/// alone is signed by a trusted CA. Then this returns options that connect again through
/// a relay: a Unix socket in a private directory whose connections are passed, bytes
/// unchanged, to the server's host and port, with the host set to a name the certificate
/// lists. TLS still runs between sqlx and the server, and the certificate is verified
/// again, chain and name; the relay lasts as long as the process.
pub(crate) async fn verify_ca_relay(
    error: &sqlx::Error,
    options: &PgConnectOptions,
) -> Result<Option<PgConnectOptions>> {
    // Over a socket already (this machine's server, or the relay itself): nothing to do.
    let socket = options.get_socket().is_some() || options.get_host().starts_with('/');
    if !matches!(options.get_ssl_mode(), PgSslMode::VerifyCa) || socket {
        return Ok(None);
    }
    let Some(rustls::CertificateError::NotValidForNameContext { presented, .. }) = refusal(error) else {
        return Ok(None);
    };
    // A wildcard name (`*.example.org`) stands for any name in its place.
    let Some(name) = names_in(&presented).into_iter().next().map(|name| name.replace('*', "omnictl")) else {
        return Ok(None);
    };
    let directory = tempfile::Builder::new().prefix("omnictl-tls-").tempdir()?;
    let port = options.get_port();
    let listener = tokio::net::UnixListener::bind(directory.path().join(format!(".s.PGSQL.{port}")))?;
    let relayed = options.clone().socket(directory.path()).host(&name);
    let host = options.get_host().to_string();
    tokio::spawn(async move {
        let _directory = directory;
        while let Ok((mut client, _)) = listener.accept().await {
            let host = host.clone();
            tokio::spawn(async move {
                if let Ok(mut server) = tokio::net::TcpStream::connect((host.as_str(), port)).await {
                    let _ = server.set_nodelay(true);
                    let _ = tokio::io::copy_bidirectional(&mut client, &mut server).await;
                }
            });
        }
    });
    Ok(Some(relayed))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_names_a_certificate_lists_are_read_from_rustls() {
        let presented = [
            "DnsName(\"db.example.org\")".to_string(),
            "IpAddress(10.0.0.5)".to_string(),
            "UniformResourceIdentifier(\"spiffe://x\")".to_string(),
            "DirectoryName".to_string(),
        ];
        assert_eq!(names_in(&presented), ["db.example.org", "10.0.0.5"]);
    }
}
