//! Printing a list the one way every list is printed: a table is a page the database
//! cuts (`--limit`, or a page on a terminal) with a last line saying how many more;
//! CSV, JSON and ids stream every row (`--limit` aside) with memory flat, the read on the
//! record before the first row leaves (see `audit::Outflow`). `--sort` orders in the
//! database, by the columns the list names.

use anyhow::Result;
use futures_util::TryStreamExt;

use super::App;
use crate::access::Session;
use crate::audit::CommandTx;
use crate::ops::lists::{self, ListQuery, Page, Read, Shape};
use crate::output::{self, RowWriter, Tabular};

/// Prints the list `prepare` names (it resolves the command's filter inside the read's
/// transaction), recorded as `read` says (with the count of rows shown).
pub(crate) async fn print<Q>(
    app: &App,
    pool: &sqlx::PgPool,
    read: Read,
    prepare: impl AsyncFnMut(&mut CommandTx, &Session) -> Result<Q>,
) -> Result<()>
where
    Q: ListQuery,
    Q::Row: Tabular,
{
    print_counted(app, pool, read, prepare).await.map(drop)
}

/// [`print`], and how many rows the list has (a table's whole list, else the rows
/// written): for a command whose outcome depends on whether the list is empty.
pub(crate) async fn print_counted<Q>(
    app: &App,
    pool: &sqlx::PgPool,
    read: Read,
    prepare: impl AsyncFnMut(&mut CommandTx, &Session) -> Result<Q>,
) -> Result<u64>
where
    Q: ListQuery,
    Q::Row: Tabular,
{
    let format = app.global.output;
    let options = app.lists();
    let order = lists::sort_of::<Q>(options.sort.as_deref())?;
    let given = match (app.global.limit, app.global.all) {
        (_, true) => None,
        (Some(limit), false) => Some(limit as usize),
        (None, false) => Q::DEFAULT_LIMIT,
    };
    if format.is_table() {
        let shape = Shape { order, limit: given.or(options.page_size(format)) };
        let page = Page { read: &read, shape, prepare, query: std::marker::PhantomData };
        let (rows, total) = app.runner(pool).run(page).await?;
        output::print_page(format, &options, &rows, usize::try_from(total).unwrap_or(usize::MAX))?;
        return Ok(u64::try_from(total).unwrap_or_default());
    }
    let shape = Shape { order, limit: given };
    stream_counted(app, pool, &read, format, shape, "listed", prepare).await
}

/// Writes every row of the list `prepare` names (as `shape` cuts it) to stdout as
/// `format`, as the database streams them: the read is on the record before the first
/// row leaves, its outcome (how many rows, completed or interrupted) after the last.
pub(crate) async fn stream<Q>(
    app: &App,
    pool: &sqlx::PgPool,
    read: &Read,
    format: output::OutputFormat,
    shape: Shape,
    verb: &str,
    prepare: impl AsyncFnMut(&mut CommandTx, &Session) -> Result<Q>,
) -> Result<()>
where
    Q: ListQuery,
    Q::Row: Tabular,
{
    stream_counted(app, pool, read, format, shape, verb, prepare).await.map(drop)
}

/// [`stream`], and how many rows it wrote.
async fn stream_counted<Q>(
    app: &App,
    pool: &sqlx::PgPool,
    read: &Read,
    format: output::OutputFormat,
    shape: Shape,
    verb: &str,
    mut prepare: impl AsyncFnMut(&mut CommandTx, &Session) -> Result<Q>,
) -> Result<u64>
where
    Q: ListQuery,
    Q::Row: Tabular,
{
    let headers = !app.global.no_headers;
    let (completed, count) = app
        .runner(pool)
        .stream(read, async |tx, session, count| {
            let query = prepare(tx, session).await?;
            let sql = lists::statement(&query, &shape);
            let mut writer =
                RowWriter::begin::<Q::Row>(format, headers, std::io::BufWriter::new(std::io::stdout().lock()))?;
            let mut rows = lists::stream(tx, &sql, &query);
            while let Some(row) = rows.try_next().await? {
                writer.write(&row)?;
                *count += 1;
            }
            writer.finish()?;
            anyhow::Ok(())
        })
        .await?;
    if completed {
        app.ui.info(format!("{verb} {count} {}(s)", Q::NOUN));
    }
    Ok(count)
}
