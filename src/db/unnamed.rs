//! Statements as omnictl sends them: unnamed. A transaction pooler (pgbouncer in
//! transaction mode) hands each transaction to whichever server connection is free, so
//! a statement prepared under a name in one transaction may be missing, or already
//! taken, in the next. sqlx names a statement unless told it is not persistent (turning
//! its cache off is not enough: it still names them); these are `sqlx::query*` with
//! that said once, for every statement of the tool. Statements without parameters go
//! as simple queries, which are unnamed anyway.

use sqlx::postgres::{PgArguments, PgRow};
use sqlx::query::{Query, QueryAs, QueryScalar};
use sqlx::{FromRow, Postgres};

pub fn query(sql: &str) -> Query<'_, Postgres, PgArguments> {
    sqlx::query(sql).persistent(false)
}

pub fn query_as<'q, O>(sql: &'q str) -> QueryAs<'q, Postgres, O, PgArguments>
where
    O: for<'r> FromRow<'r, PgRow>,
{
    sqlx::query_as(sql).persistent(false)
}

pub fn query_scalar<'q, O>(sql: &'q str) -> QueryScalar<'q, Postgres, O, PgArguments>
where
    (O,): for<'r> FromRow<'r, PgRow>,
{
    sqlx::query_scalar(sql).persistent(false)
}
