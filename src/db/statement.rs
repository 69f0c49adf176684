//! Statements as omnictl sends them. Directly to a server they are named and cached,
//! so a long-lived caller (the booking benchmark, a library user) plans each statement
//! once. Behind a transaction pooler (pgbouncer in transaction mode, `pgbouncer=true` in
//! the URL) they are unnamed: the pooler hands each transaction to whichever server
//! connection is free, where a statement prepared under a name in another transaction
//! may be missing or already taken. sqlx names a statement unless told it is not
//! persistent (turning its cache off is not enough: it still names them); these are
//! `sqlx::query*` with that decided once for the process.

use std::sync::atomic::{AtomicBool, Ordering};

use sqlx::postgres::{PgArguments, PgRow};
use sqlx::query::{Query, QueryAs, QueryScalar};
use sqlx::{FromRow, Postgres};

/// Whether a transaction pooler is in between (set once, when connecting).
static POOLED: AtomicBool = AtomicBool::new(false);

/// Says that this process reaches the database through a transaction pooler.
pub(crate) fn behind_pooler(pooled: bool) {
    POOLED.store(pooled, Ordering::Relaxed);
}

fn persistent() -> bool {
    !POOLED.load(Ordering::Relaxed)
}

pub(crate) fn query(sql: &str) -> Query<'_, Postgres, PgArguments> {
    sqlx::query(sql).persistent(persistent())
}

pub(crate) fn query_as<'q, O>(sql: &'q str) -> QueryAs<'q, Postgres, O, PgArguments>
where
    O: for<'r> FromRow<'r, PgRow>,
{
    sqlx::query_as(sql).persistent(persistent())
}

pub(crate) fn query_scalar<'q, O>(sql: &'q str) -> QueryScalar<'q, Postgres, O, PgArguments>
where
    (O,): for<'r> FromRow<'r, PgRow>,
{
    sqlx::query_scalar(sql).persistent(persistent())
}
