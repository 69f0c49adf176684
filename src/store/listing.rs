//! Lists the database cuts, orders and counts. Every list is one statement shape: its
//! `SELECT … WHERE …`, an `ORDER BY` (the list's own, or the column `--sort` names) and
//! a `LIMIT`; a table's page is that LIMIT and "how many more" one `count(*)` of the same
//! rows, and CSV, JSON and ids stream the rows as they come, so memory stays flat
//! however long a list is.

use crate::error::{Input, Said};
use anyhow::{Context, Result};
use futures_util::stream::BoxStream;
use sqlx::postgres::{PgArguments, PgRow};
use sqlx::query::QueryAs;
use sqlx::{FromRow, PgConnection, Postgres};

/// One list: its rows, its parameters and the columns it sorts by.
pub trait ListQuery: Sync {
    type Row: for<'r> FromRow<'r, PgRow> + Send + Unpin;
    /// What one row is called in messages ("appointment").
    const NOUN: &'static str;
    /// The columns `--sort` takes (as the list's JSON names them) and the SQL each sorts by.
    const SORTABLE: &'static [(&'static str, &'static str)];
    /// At most this many rows unless `--limit` or `--all` says otherwise (None: a page on
    /// a terminal, every row into a pipe).
    const DEFAULT_LIMIT: Option<usize> = None;

    /// `SELECT … FROM … WHERE …`, its parameters `$1`… as [`ListQuery::bind`] binds them;
    /// no ORDER BY, no LIMIT.
    fn select(&self) -> String;

    /// The list's own order (an ORDER BY list ending with a unique column, so that a
    /// page is the same page every time).
    fn order(&self) -> &'static str;

    /// Binds the parameters of [`ListQuery::select`], in order.
    fn bind<'q, O>(&'q self, query: QueryAs<'q, Postgres, O, PgArguments>) -> QueryAs<'q, Postgres, O, PgArguments>;
}

/// How a list is cut: the order `--sort` asked for (an SQL expression of
/// [`ListQuery::SORTABLE`] and whether reversed) and at most how many rows.
#[derive(Debug, Clone, Copy, Default)]
pub struct Shape {
    pub order: Option<(&'static str, bool)>,
    pub limit: Option<usize>,
}

/// The sort `--sort` names ("last_name", "starts_at:desc") for the list `Q`, or a usage
/// error naming the columns it sorts by.
pub(crate) fn sort_of<Q: ListQuery>(sort: Option<&str>) -> Result<Option<(&'static str, bool)>> {
    let Some(sort) = sort else { return Ok(None) };
    let (field, descending) = match sort.rsplit_once(':') {
        Some((field, "desc")) => (field, true),
        Some((field, "asc")) => (field, false),
        _ => (sort, false),
    };
    let field = field.trim().to_ascii_lowercase().replace([' ', '-'], "_");
    match Q::SORTABLE.iter().find(|(name, _)| *name == field) {
        Some((_, column)) => Ok(Some((column, descending))),
        None => {
            let names: Vec<&str> = Q::SORTABLE.iter().map(|(name, _)| *name).collect();
            let why = format!(": {}s sort by one of {}, not {field:?}", Q::NOUN, names.join(", "));
            let said = [Said::Input(Input::Sort), Said::Text(why)];
            Err(crate::error::Error::said(crate::error::Kind::Usage, said).into())
        }
    }
}

/// The statement of `query`'s rows, ordered and cut as `shape` says.
pub(crate) fn rows_sql<Q: ListQuery>(query: &Q, shape: &Shape) -> String {
    let order = match shape.order {
        // The list's own order breaks ties, so equal keys keep a stable order.
        Some((column, descending)) => {
            format!("{column} {}, {}", if descending { "DESC" } else { "ASC" }, query.order())
        }
        None => query.order().to_string(),
    };
    let limit = shape.limit.map_or_else(|| "ALL".to_string(), |n| n.to_string());
    format!("{} ORDER BY {order} LIMIT {limit}", query.select())
}

/// The rows of `query` as the database sends them, by `sql` (from [`rows_sql`], kept by
/// the caller while rows come).
pub(crate) fn stream<'c, Q: ListQuery>(
    conn: &'c mut PgConnection,
    sql: &'c str,
    query: &'c Q,
) -> BoxStream<'c, Result<Q::Row, sqlx::Error>> {
    query.bind(crate::db::statement::query_as(sql)).fetch(conn)
}

/// A page of `query` (as `shape` cuts it) and how many rows the whole list has: the count
/// is read only when the page is full.
pub async fn page<Q: ListQuery>(conn: &mut PgConnection, query: &Q, shape: &Shape) -> Result<(Vec<Q::Row>, i64)> {
    let sql = rows_sql(query, shape);
    let rows: Vec<Q::Row> = query
        .bind(crate::db::statement::query_as(&sql))
        .fetch_all(&mut *conn)
        .await
        .with_context(|| format!("could not list the {}s", Q::NOUN))?;
    let full = shape.limit.is_some_and(|limit| rows.len() >= limit);
    let total = if full { count(conn, query).await? } else { rows.len() as i64 };
    Ok((rows, total))
}

/// How many rows `query` lists, uncut.
pub(crate) async fn count<Q: ListQuery>(conn: &mut PgConnection, query: &Q) -> Result<i64> {
    let sql = format!("SELECT count(*) FROM ({}) AS listed", query.select());
    let (total,): (i64,) = query
        .bind(crate::db::statement::query_as(&sql))
        .fetch_one(conn)
        .await
        .with_context(|| format!("could not count the {}s", Q::NOUN))?;
    Ok(total)
}
