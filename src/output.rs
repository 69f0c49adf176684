//! Rendering results on stdout as a table, JSON or CSV. JSON is one object for one
//! record and one array for a list, with stable snake_case field names.

use std::cmp::Ordering;
use std::io::{IsTerminal, Write};

use anyhow::Result;
use clap::ValueEnum;
use comfy_table::{ColumnConstraint, ContentArrangement, Table, presets};
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum OutputFormat {
    /// Aligned columns for people.
    #[default]
    Table,
    /// JSON: one object, or one array of objects.
    Json,
    /// CSV with a header row.
    Csv,
    /// One id per line (lists): for the next command or xargs.
    Ids,
    /// A table with ids in full (tables show the shortest prefix that tells them apart).
    Wide,
}

impl OutputFormat {
    /// A table for people (with ids short or whole).
    pub(crate) fn is_table(self) -> bool {
        matches!(self, OutputFormat::Table | OutputFormat::Wide)
    }
}

/// How lists are cut, ordered and headed, as the list options say (`--limit`, `--all`,
/// `--sort`, `--no-headers`): a value the command hands to what prints.
#[derive(Debug, Clone, Default)]
pub(crate) struct ListOptions {
    /// At most this many rows (None: a page on a terminal, everything into a pipe).
    pub limit: Option<usize>,
    /// Every row, even on a terminal.
    pub all: bool,
    /// A column's name, with `:desc` for the reverse order.
    pub sort: Option<String>,
    pub no_headers: bool,
}

/// Rows a list shows on a terminal when neither --limit nor --all says otherwise.
pub(crate) const PAGE: usize = 50;

impl ListOptions {
    /// The rows a page of a list holds: the --limit given, or a page on a terminal in a
    /// table (None: every row).
    pub(crate) fn page_size(&self, format: OutputFormat) -> Option<usize> {
        match (self.limit, self.all) {
            (_, true) => None,
            (Some(limit), false) => Some(limit),
            (None, false) if std::io::stdout().is_terminal() && format.is_table() => Some(PAGE),
            (None, false) => None,
        }
    }
}

/// Columns that must never break across lines (the ids and times people copy).
fn unbreakable(header: &str) -> bool {
    let h = header.to_ascii_lowercase();
    h == "id"
        || h.ends_with(" id")
        || h.ends_with("_id")
        || [
            "start",
            "end",
            "when",
            "at",
            "ended",
            "created",
            "date",
            "session",
            "appointment",
            "mrn",
            "npi",
            "number",
            "authorization",
            "code",
        ]
        .contains(&h.as_str())
}

/// The column of `T` that `sort` names ("start", "units:desc") and whether reversed; an
/// unknown column is refused with the known ones.
fn sort_column<T: Tabular>(sort: &str) -> Result<(usize, bool)> {
    let (field, descending) = match sort.rsplit_once(':') {
        Some((field, "desc")) => (field, true),
        Some((field, "asc")) => (field, false),
        _ => (sort, false),
    };
    let norm = |h: &str| h.trim().to_ascii_lowercase().replace(['_', '-'], " ");
    let headers = T::headers();
    let Some(column) = headers.iter().position(|h| norm(h) == norm(field)) else {
        let known: Vec<String> = headers.iter().filter(|h| !h.is_empty()).map(|h| h.replace(' ', "_")).collect();
        return Err(crate::error::Error::usage(format!(
            "--sort: this list has no column {field:?}; sort by one of {}",
            known.join(", ")
        ))
        .into());
    };
    Ok((column, descending))
}

/// Orders `items` by the column `sort` names: numbers as numbers, the rest as text.
fn sorted<'a, T: Tabular>(items: &'a [T], sort: Option<&str>) -> Result<Vec<&'a T>> {
    let mut rows: Vec<&T> = items.iter().collect();
    let Some(sort) = sort else { return Ok(rows) };
    let (column, descending) = sort_column::<T>(sort)?;
    let key = |item: &T| item.cells().into_iter().nth(column).unwrap_or_default();
    rows.sort_by(|a, b| {
        let (a, b) = (key(a), key(b));
        let order = match (a.parse::<f64>(), b.parse::<f64>()) {
            (Ok(x), Ok(y)) => x.partial_cmp(&y).unwrap_or(Ordering::Equal),
            _ => a.cmp(&b),
        };
        if descending { order.reverse() } else { order }
    });
    Ok(rows)
}

/// A result that has a table (and CSV) form beside its JSON form.
pub(crate) trait Tabular: Serialize {
    fn headers() -> Vec<&'static str>;
    fn cells(&self) -> Vec<String>;

    /// CSV's header row: the table's, unless the entity is importable, when it is the
    /// import's columns (so a list can be imported again).
    fn csv_headers() -> Vec<&'static str> {
        Self::headers()
    }

    /// CSV's cells, in `csv_headers` order.
    fn csv_cells(&self) -> Vec<String> {
        self.cells()
    }

    /// The column `-o ids` prints: the row's own id (`id`, else the last column named
    /// `… id`); None when the result has no id, and `-o ids` is refused before the
    /// command runs (see [`accepts`]).
    fn id_column() -> Option<usize> {
        let headers = Self::headers();
        headers.iter().rposition(|h| *h == "id").or_else(|| headers.iter().rposition(|h| h.ends_with("_id")))
    }
}

/// Whether results of type `T` can be printed in `format`, decided before a command
/// writes anything: a command never fails on its output after it has written. Only
/// `-o ids` can be refused, by a result that has no id.
pub(crate) fn accepts<T: Tabular>(format: OutputFormat) -> Result<()> {
    if format == OutputFormat::Ids && T::id_column().is_none() {
        return Err(crate::error::Error::usage(
            "-o ids: this command prints no ids (it makes nothing with an id of its own); use -o json or -o csv",
        )
        .into());
    }
    Ok(())
}

/// Whether a list of `T` computed in memory can be printed in `format` as `options`
/// say (`-o ids`, the column of `--sort`), decided before the command acts.
pub(crate) fn accepts_list<T: Tabular>(format: OutputFormat, options: &ListOptions) -> Result<()> {
    accepts::<T>(format)?;
    options.sort.as_deref().map(sort_column::<T>).transpose()?;
    Ok(())
}

/// Writes the id of each row that has one, one a line.
fn write_ids<'a, T: Tabular + 'a>(out: &mut impl Write, rows: impl IntoIterator<Item = &'a T>) -> Result<()> {
    accepts::<T>(OutputFormat::Ids)?;
    let column = T::id_column().unwrap_or_default();
    for row in rows {
        let id = row.cells().into_iter().nth(column).unwrap_or_default();
        // A line that made nothing (a refused occurrence of a series) has no id.
        if !id.is_empty() {
            writeln!(out, "{id}")?;
        }
    }
    Ok(())
}

/// A list computed in memory (a report, not rows of a table: those are read as a
/// `ListQuery`, see `commands::list`): ordered by the column `--sort` names, cut as
/// `--limit`/`--all` say, headed unless `--no-headers`.
pub(crate) fn print_list<T: Tabular>(format: OutputFormat, options: &ListOptions, items: &[T]) -> Result<()> {
    let rows = sorted(items, options.sort.as_deref())?;
    write_rows(format, options, &rows, items.len())
}

/// A page of a list the database already cut and ordered: `total` is how many rows the
/// whole list has.
pub(crate) fn print_page<T: Tabular>(
    format: OutputFormat,
    options: &ListOptions,
    items: &[T],
    total: usize,
) -> Result<()> {
    let rows: Vec<&T> = items.iter().collect();
    write_rows(format, options, &rows, total)
}

fn write_rows<T: Tabular>(format: OutputFormat, options: &ListOptions, rows: &[&T], total: usize) -> Result<()> {
    let total = total.max(rows.len());
    let shown = options.page_size(format).map_or(rows.len(), |limit| limit.min(rows.len()));
    let rows = &rows[..shown];
    // Written in blocks, not a system call a line (stdout is line-buffered).
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    match format {
        OutputFormat::Json => {
            serde_json::to_writer_pretty(&mut out, rows)?;
            writeln!(out)?;
        }
        OutputFormat::Csv => write_csv(&mut out, rows, !options.no_headers)?,
        OutputFormat::Ids => write_ids(&mut out, rows.iter().copied())?,
        OutputFormat::Table | OutputFormat::Wide => {
            let mut table = new_table();
            if !options.no_headers {
                table.set_header(T::headers());
            }
            let mut cells: Vec<Vec<String>> = rows.iter().map(|row| printable(row.cells())).collect();
            if format == OutputFormat::Table {
                shorten_ids(&mut cells);
            }
            for row in cells {
                table.add_row(row);
            }
            keep_whole(&mut table, &T::headers());
            write_table(&mut out, &table)?;
        }
    }
    out.flush()?;
    drop(out);
    if shown < total {
        let more = total - shown;
        eprintln!("… {more} more not shown: --limit {total} or --all to see them, -o csv to keep them");
    }
    Ok(())
}

/// Writes a list row by row as the database streams it (CSV, JSON or ids), so that
/// memory stays flat whatever its length.
pub(crate) struct RowWriter<W: Write> {
    format: OutputFormat,
    csv: Option<csv::Writer<W>>,
    out: Option<W>,
    rows: u64,
    id_column: Option<usize>,
}

impl<W: Write> RowWriter<W> {
    pub(crate) fn begin<T: Tabular>(format: OutputFormat, headers: bool, mut out: W) -> Result<Self> {
        let mut writer = RowWriter { format, csv: None, out: None, rows: 0, id_column: None };
        match format {
            OutputFormat::Csv => {
                let mut csv = csv::Writer::from_writer(out);
                if headers {
                    csv.write_record(T::csv_headers())?;
                }
                writer.csv = Some(csv);
            }
            OutputFormat::Json => {
                out.write_all(b"[")?;
                writer.out = Some(out);
            }
            OutputFormat::Ids => {
                accepts::<T>(format)?;
                writer.id_column = T::id_column();
                writer.out = Some(out);
            }
            OutputFormat::Table | OutputFormat::Wide => {
                return Err(crate::error::internal("a table is printed whole, not streamed"));
            }
        }
        Ok(writer)
    }

    pub(crate) fn write<T: Tabular>(&mut self, item: &T) -> Result<()> {
        match (self.format, &mut self.csv, &mut self.out) {
            (OutputFormat::Csv, Some(csv), _) => csv.write_record(printable(item.csv_cells()))?,
            (OutputFormat::Json, _, Some(out)) => {
                out.write_all(if self.rows == 0 { b"\n  " } else { b",\n  " })?;
                serde_json::to_writer(&mut *out, item)?;
            }
            (OutputFormat::Ids, _, Some(out)) => {
                let id = item.cells().into_iter().nth(self.id_column.unwrap_or_default()).unwrap_or_default();
                writeln!(out, "{id}")?;
            }
            _ => {}
        }
        self.rows += 1;
        Ok(())
    }

    /// Ends the list; returns how many rows were written.
    pub(crate) fn finish(mut self) -> Result<u64> {
        if let Some(mut csv) = self.csv.take() {
            csv.flush()?;
        }
        if let Some(mut out) = self.out.take() {
            if self.format == OutputFormat::Json {
                out.write_all(if self.rows == 0 { b"]\n" } else { b"\n]\n" })?;
            }
            out.flush()?;
        }
        Ok(self.rows)
    }
}

/// Columns of ids show the shortest prefix (at least 8 characters) that tells the listed
/// ids apart, as git shows commits; every command taking an id takes such a prefix.
fn shorten_ids(rows: &mut [Vec<String>]) {
    let columns = rows.first().map_or(0, Vec::len);
    for column in 0..columns {
        let values: Vec<&str> = rows.iter().filter_map(|r| r.get(column)).map(String::as_str).collect();
        let ids = values.iter().all(|v| v.is_empty() || uuid::Uuid::parse_str(v).is_ok())
            && values.iter().any(|v| !v.is_empty());
        if !ids {
            continue;
        }
        let len = crate::domain::ids::unique_prefix_len(
            &values.iter().copied().filter(|v| !v.is_empty()).collect::<Vec<_>>(),
        );
        for row in rows.iter_mut() {
            if let Some(cell) = row.get_mut(column) {
                cell.truncate(len);
            }
        }
    }
}

/// On a terminal, ids, dates and times keep their width; the other columns give way,
/// one line a row, cut with an ellipsis.
fn keep_whole(table: &mut Table, headers: &[&str]) {
    if !std::io::stdout().is_terminal() {
        return;
    }
    for (index, header) in headers.iter().enumerate() {
        if unbreakable(header)
            && let Some(column) = table.column_mut(index)
        {
            column.set_constraint(ColumnConstraint::ContentWidth);
        }
    }
    table.set_truncation_indicator("…");
    for row in table.row_iter_mut() {
        row.max_height(1);
    }
}

/// Prints a table made by hand (the week grid) as every table is printed.
pub(crate) fn print_table(table: &Table) -> Result<()> {
    write_table(&mut std::io::stdout().lock(), table)
}

/// A table, with no padding left at the end of its lines (pipes and files).
fn write_table(out: &mut impl Write, table: &Table) -> Result<()> {
    for line in table.lines() {
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}

/// One record: a two-column field/value table, a JSON object, or a one-row CSV (headed
/// unless `--no-headers`).
pub(crate) fn print_record<T: Tabular>(format: OutputFormat, options: &ListOptions, item: &T) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match format {
        OutputFormat::Json => {
            serde_json::to_writer_pretty(&mut out, item)?;
            writeln!(out)?;
        }
        OutputFormat::Csv => write_csv(&mut out, &[item], !options.no_headers)?,
        OutputFormat::Ids => write_ids(&mut out, [item])?,
        OutputFormat::Table | OutputFormat::Wide => {
            let mut table = new_table();
            for (field, value) in T::headers().into_iter().zip(printable(item.cells())) {
                table.add_row(vec![field.to_string(), value]);
            }
            write_table(&mut out, &table)?;
        }
    }
    Ok(())
}

fn write_csv<T: Tabular>(out: &mut impl Write, items: &[&T], headers: bool) -> Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    if headers {
        writer.write_record(T::csv_headers())?;
    }
    for item in items {
        writer.write_record(printable(item.csv_cells()))?;
    }
    writer.flush()?;
    Ok(())
}

/// Cells as a terminal may show them: text stored before control characters were
/// refused is printed with them escaped (JSON escapes them by itself).
fn printable(cells: Vec<String>) -> Vec<String> {
    cells.into_iter().map(|cell| crate::domain::text::visible(&cell).into_owned()).collect()
}

pub(crate) fn new_table() -> Table {
    let mut table = Table::new();
    if std::io::stdout().is_terminal() {
        table.load_preset(presets::UTF8_FULL_CONDENSED).set_content_arrangement(ContentArrangement::Dynamic);
    } else {
        // Plain columns for pipes and files: grep- and awk-friendly, no box drawing.
        table.load_preset(presets::NOTHING);
    }
    table
}

/// Renders an optional value as a table cell.
pub(crate) fn cell<T: ToString>(value: Option<T>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}
