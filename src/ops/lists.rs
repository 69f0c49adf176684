//! Reading lists: a page (what a table shows, and how many rows the whole list has) or
//! every row as the database streams it. The SQL is the store's ([`ListQuery`]); the
//! record of the read is the caller's entry, kept before the first row leaves.

use anyhow::Result;
use futures_util::stream::BoxStream;

use super::CommandTx;
use crate::store::listing;
pub use crate::store::listing::{ListQuery, Shape, sort_of};

/// A page of `query` and how many rows the whole list has.
pub async fn page<Q: ListQuery>(tx: &mut CommandTx, query: &Q, shape: &Shape) -> Result<(Vec<Q::Row>, i64)> {
    listing::page(tx.conn(), query, shape).await
}

/// The statement that reads `query`'s rows as `shape` cuts them, for [`stream`].
pub fn statement<Q: ListQuery>(query: &Q, shape: &Shape) -> String {
    listing::rows_sql(query, shape)
}

/// The rows of `query`, by `sql` (from [`statement`]), as they come.
pub fn stream<'c, Q: ListQuery>(
    tx: &'c mut CommandTx,
    sql: &'c str,
    query: &'c Q,
) -> BoxStream<'c, Result<Q::Row, sqlx::Error>> {
    listing::stream(tx.conn(), sql, query)
}
