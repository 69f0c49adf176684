//! Reading lists: a page (what a table shows, and how many rows the whole list has) or
//! every row as the database streams it. The SQL is the store's ([`ListQuery`]); the
//! record of the read is the caller's entry, kept before the first row leaves.

use anyhow::Result;
use futures_util::stream::BoxStream;

use super::{Action, AuditEntry, CommandTx, Operation, Outflowing};
use crate::access::{Need, Session};
use crate::store::listing;
pub(crate) use crate::store::listing::{ListQuery, Shape, sort_of};

/// A page of `query` and how many rows the whole list has.
pub(crate) async fn page<Q: ListQuery>(tx: &mut CommandTx, query: &Q, shape: &Shape) -> Result<(Vec<Q::Row>, i64)> {
    listing::page(tx.conn(), query, shape).await
}

/// The statement that reads `query`'s rows as `shape` cuts them, for [`stream`].
pub(crate) fn statement<Q: ListQuery>(query: &Q, shape: &Shape) -> String {
    listing::rows_sql(query, shape)
}

/// The rows of `query`, by `sql` (from [`statement`]), as they come.
pub(crate) fn stream<'c, Q: ListQuery>(
    tx: &'c mut CommandTx,
    sql: &'c str,
    query: &'c Q,
) -> BoxStream<'c, Result<Q::Row, sqlx::Error>> {
    listing::stream(tx.conn(), sql, query)
}

/// A read of a list as the record names it: its action, who may read it and the entry
/// (what was listed, which filter). Each aggregate's operations say these for their
/// lists; the command line only chooses the filter and the shape.
#[derive(Debug, Clone)]
pub(crate) struct Read {
    pub action: Action,
    pub need: Need,
    pub entry: AuditEntry,
}

impl Outflowing for Read {
    fn action(&self) -> Action {
        self.action
    }

    fn need(&self) -> Need {
        self.need
    }

    fn entry(&self, _session: &Session) -> AuditEntry {
        self.entry.clone()
    }
}

/// One page of a list, as an operation: `prepare` resolves the filter inside the read's
/// transaction (a patient named by key, the clinic's today), then the database cuts the
/// page; recorded as `read` with the count of rows shown.
pub(crate) struct Page<'a, Q, P> {
    pub read: &'a Read,
    pub shape: Shape,
    pub prepare: P,
    pub query: std::marker::PhantomData<Q>,
}

impl<Q, P> Operation for Page<'_, Q, P>
where
    Q: ListQuery,
    P: AsyncFnMut(&mut CommandTx, &Session) -> Result<Q>,
{
    type Output = (Vec<Q::Row>, i64);

    fn action(&self) -> Action {
        self.read.action
    }

    fn need(&self) -> Need {
        self.read.need
    }

    async fn apply(&mut self, tx: &mut CommandTx, session: &Session) -> super::Done<Self::Output> {
        let query = (self.prepare)(tx, session).await?;
        let (rows, total) = page(tx, &query, &self.shape).await?;
        let entry = self.read.entry.clone().detail("count", rows.len());
        Ok(((rows, total), entry))
    }
}
