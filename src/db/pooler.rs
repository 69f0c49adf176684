//! Working through a transaction pooler (pgbouncer in `pool_mode = transaction`), which
//! gives each transaction whichever server connection is free. What omnictl sends is
//! fit for that: every statement unnamed (see [`super::statement`]), every lock
//! transaction-scoped, every setting transaction-local. One thing is sqlx's own: the
//! first time a connection meets one of the schema's enum types it looks the type up
//! with a *named* statement, which stays on the server connection and collides with the
//! next client's (`prepared statement "sqlx_s_1" already exists`). A URL that says
//! `pgbouncer=true` makes each connection look up all of them at once, in one
//! transaction that then deallocates the statements it left.

use std::borrow::Cow;

use sqlx::{Connection, Executor, PgConnection};

/// The URL parameter that says a transaction pooler is in between (the name Prisma and
/// others use).
const PARAMETER: &str = "pgbouncer";

/// Whether `url` says `pgbouncer=true`.
pub(crate) fn declared(url: &str) -> bool {
    parameters(url).any(|(key, value)| key == PARAMETER && matches!(value, "true" | "1" | "yes" | "on"))
}

/// `url` without omnictl's own parameter, for the driver.
pub(crate) fn strip(url: &str) -> Cow<'_, str> {
    let Some((base, query)) = url.split_once('?') else {
        return Cow::Borrowed(url);
    };
    if !query.split('&').any(|pair| pair.split('=').next() == Some(PARAMETER)) {
        return Cow::Borrowed(url);
    }
    let kept: Vec<&str> = query.split('&').filter(|pair| pair.split('=').next() != Some(PARAMETER)).collect();
    Cow::Owned(if kept.is_empty() { base.to_string() } else { format!("{base}?{}", kept.join("&")) })
}

fn parameters(url: &str) -> impl Iterator<Item = (&str, &str)> {
    url.split_once('?').map(|(_, query)| query).unwrap_or("").split('&').filter_map(|pair| pair.split_once('='))
}

/// Has sqlx learn every enum type of the schema (and its array) in one transaction on
/// this connection, then deallocates the named statements it used: later statements
/// find the types in the connection's cache and need no lookup of their own.
pub(crate) async fn learn_types(conn: &mut PgConnection) -> Result<(), sqlx::Error> {
    let mut tx = conn.begin().await?;
    let columns: Option<String> = sqlx::query_scalar(
        "SELECT string_agg(format('NULL::%s, NULL::%s[]', t.oid::regtype, t.oid::regtype), ', ' ORDER BY t.typname)
           FROM pg_type t
          WHERE t.typtype = 'e' AND t.typnamespace = 'public'::regnamespace",
    )
    .persistent(false)
    .fetch_one(&mut *tx)
    .await?;
    if let Some(columns) = columns {
        sqlx::query(&format!("SELECT {columns} WHERE $1")).bind(false).persistent(false).execute(&mut *tx).await?;
    }
    tx.execute("DEALLOCATE ALL").await?;
    tx.commit().await
}

/// The hint for an error a transaction pooler causes when the URL does not say it is
/// there.
pub fn hint(error: &sqlx::Error) -> Option<&'static str> {
    let sqlx::Error::Database(db) = error else { return None };
    let prepared = matches!(db.code().as_deref(), Some("42P05" | "26000")) && db.message().contains("sqlx_s_");
    prepared.then_some(
        "a transaction pooler (pgbouncer) is between omnictl and the server: add pgbouncer=true to the URL \
         (postgres://…/DB?pgbouncer=true)",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_parameter_is_read_and_left_out_for_the_driver() {
        let url = "postgres://a@h:6432/db?sslmode=require&pgbouncer=true";
        assert!(declared(url));
        assert_eq!(strip(url), "postgres://a@h:6432/db?sslmode=require");
        assert_eq!(strip("postgres://a@h/db?pgbouncer=true"), "postgres://a@h/db");
        assert!(!declared("postgres://a@h/db?sslmode=require"));
        assert!(!declared("postgres://a@h/db?pgbouncer=false"));
        assert_eq!(strip("postgres://a@h/db?x=1"), "postgres://a@h/db?x=1");
    }
}

/// What pgbouncer asks for a login's verifier.
pub(crate) const AUTH_QUERY: &str = "SELECT usename, passwd FROM omnictl_pooler_lookup($1)";

/// `db pooler-login`'s result.
#[derive(Debug, serde::Serialize)]
pub(crate) struct PoolerLogin {
    pub(crate) login: String,
    pub(crate) created: bool,
    pub(crate) auth_query: &'static str,
}

impl crate::output::Tabular for PoolerLogin {
    fn headers() -> Vec<&'static str> {
        vec!["login", "created", "auth query"]
    }

    fn cells(&self) -> Vec<String> {
        vec![self.login.clone(), self.created.to_string(), self.auth_query.to_string()]
    }
}
