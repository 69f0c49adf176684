//! Rendering results on stdout as a table, JSON or CSV. JSON is one object for one
//! record and one array for a list, with stable snake_case field names.

use std::io::{IsTerminal, Write};

use anyhow::Result;
use clap::ValueEnum;
use comfy_table::{ContentArrangement, Table, presets};
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
}

/// A result that has a table (and CSV) form beside its JSON form.
pub trait Tabular: Serialize {
    fn headers() -> Vec<&'static str>;
    fn cells(&self) -> Vec<String>;
}

pub fn print_list<T: Tabular>(format: OutputFormat, items: &[T]) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match format {
        OutputFormat::Json => {
            serde_json::to_writer_pretty(&mut out, items)?;
            writeln!(out)?;
        }
        OutputFormat::Csv => write_csv(&mut out, items)?,
        OutputFormat::Table => {
            let mut table = new_table();
            table.set_header(T::headers());
            for item in items {
                table.add_row(printable(item.cells()));
            }
            writeln!(out, "{table}")?;
        }
    }
    Ok(())
}

/// One record: a two-column field/value table, a JSON object, or a one-row CSV.
pub fn print_record<T: Tabular>(format: OutputFormat, item: &T) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match format {
        OutputFormat::Json => {
            serde_json::to_writer_pretty(&mut out, item)?;
            writeln!(out)?;
        }
        OutputFormat::Csv => write_csv(&mut out, std::slice::from_ref(item))?,
        OutputFormat::Table => {
            let mut table = new_table();
            for (field, value) in T::headers().into_iter().zip(printable(item.cells())) {
                table.add_row(vec![field.to_string(), value]);
            }
            writeln!(out, "{table}")?;
        }
    }
    Ok(())
}

fn write_csv<T: Tabular>(out: &mut impl Write, items: &[T]) -> Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(T::headers())?;
    for item in items {
        writer.write_record(printable(item.cells()))?;
    }
    writer.flush()?;
    Ok(())
}

/// Cells as a terminal may show them: text stored before control characters were
/// refused is printed with them escaped (JSON escapes them by itself).
fn printable(cells: Vec<String>) -> Vec<String> {
    cells.into_iter().map(|cell| crate::domain::text::visible(&cell).into_owned()).collect()
}

pub fn new_table() -> Table {
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
pub fn cell<T: ToString>(value: Option<T>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}
