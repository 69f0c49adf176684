//! The local database's operators' logins, remembered by email beside the cluster
//! (`logins` in its home): a command acting as an operator then connects straight as
//! their login, instead of first connecting as the owner to look it up. A remembered
//! login is only a guess, checked on the connection itself (the database says whose
//! login it is) before anything runs; one that is no longer the email's (the user's email
//! changed, the database was recreated) is looked up again and remembered anew. Losing
//! the file costs one lookup.

use std::path::PathBuf;

use sqlx::PgPool;

use super::cluster::LocalCluster;

fn file(cluster: &LocalCluster) -> PathBuf {
    cluster.home().join("logins")
}

fn key(email: &str) -> String {
    email.trim().to_lowercase()
}

/// The login remembered for `email`, if any.
pub(crate) fn recalled(cluster: &LocalCluster, email: &str) -> Option<String> {
    let text = std::fs::read_to_string(file(cluster)).ok()?;
    let wanted = key(email);
    text.lines().find_map(|line| {
        let (email, login) = line.split_once('\t')?;
        (email == wanted && !login.is_empty()).then(|| login.to_string())
    })
}

/// Remembers `login` as `email`'s (best effort: a cache that cannot be written is only
/// slower next time).
pub(crate) fn remember(cluster: &LocalCluster, email: &str, login: &str) {
    let wanted = key(email);
    if wanted.contains(['\t', '\n']) || login.contains(['\t', '\n']) {
        return;
    }
    let mut lines: Vec<String> = std::fs::read_to_string(file(cluster))
        .unwrap_or_default()
        .lines()
        .filter(|line| line.split_once('\t').is_some_and(|(email, _)| email != wanted))
        .map(str::to_string)
        .collect();
    lines.push(format!("{wanted}\t{login}"));
    let temporary = file(cluster).with_extension("new");
    if std::fs::write(&temporary, lines.join("\n") + "\n").is_ok() {
        let _ = std::fs::rename(&temporary, file(cluster));
    }
}

/// What one statement on a remembered login said: whether the login is `email`'s,
/// whether the schema's fingerprint matched this binary's migrations, and who the login
/// is (for the command's first transaction, which then need not ask again).
pub(crate) struct Checked {
    pub(crate) theirs: bool,
    pub(crate) current: bool,
    pub(crate) identity: Option<crate::store::operators::Identity>,
}

/// Whether the login `pool` connected as is `email`'s, as the database says, asked in
/// the same statement (and round trip) as the schema's fingerprint.
pub(crate) async fn check(pool: &PgPool, email: &str) -> Checked {
    let (fingerprint, identity) = match crate::store::operators::schema_and_identity(pool).await {
        Ok(found) => found,
        Err(error) => {
            tracing::debug!("the remembered login was not checked: {error:#}");
            return Checked { theirs: false, current: false, identity: None };
        }
    };
    let theirs = identity.as_ref().is_some_and(|(user, _)| user.email.trim().eq_ignore_ascii_case(email.trim()));
    Checked {
        theirs,
        current: fingerprint.is_some_and(|f| super::migrations::fingerprint_is_current(&f)),
        identity: identity.filter(|_| theirs),
    }
}
