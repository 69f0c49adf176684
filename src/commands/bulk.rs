//! What the CSV imports of every command group share: their flags, the progress bar,
//! the one transaction, the report of errors by line, the dry run and the summary.

use std::path::PathBuf;
use std::sync::atomic::Ordering;
use std::time::Duration;

use anyhow::{Result, bail};
use clap::Args;
use serde::Serialize;

use super::App;
use crate::access::{Need, Session};
use crate::audit::{self, AuditEntry, CommandTx, Outcome};
use crate::import::{CsvInput, ErrorReport, Format, ImportSummary, Importer, Mode, RowError};
use crate::output::{self, OutputFormat, Tabular};

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The file (CSV with a header, or JSON Lines), or - for standard input.
    pub file: PathBuf,
    /// csv or jsonl (one object per line, keys the column names); default: jsonl for a
    /// .jsonl or .ndjson file, csv otherwise.
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// insert refuses rows whose key exists; upsert updates them.
    #[arg(long, value_enum, default_value_t = Mode::Insert)]
    pub mode: Mode,
    /// Do everything, report, and roll back.
    #[arg(long)]
    pub dry_run: bool,
    /// Also write every error as CSV (line, column, reason) to this file.
    #[arg(long, value_name = "FILE")]
    pub errors: Option<PathBuf>,
}

/// Runs one import: all rows land, with their audit items and one summary row naming
/// the file's SHA-256, or none do and every problem is reported by line and column.
pub async fn import<I: Importer>(
    app: &App,
    pool: &sqlx::PgPool,
    need: Need,
    importer: I,
    args: ImportArgs,
) -> Result<()> {
    output::accepts::<ImportReport>(app.global.output)?;
    let session = app.authorize(pool, I::ACTION, need).await?;
    let organization_id = session.clinic()?.id;
    let mut report = ErrorReport::new(args.errors.as_deref())?;
    let format = args.format.unwrap_or_else(|| Format::of(&args.file));
    let opened = match format {
        Format::Csv => CsvInput::open(&args.file, &I::COLUMNS)?,
        Format::Jsonl => Ok(CsvInput::open_jsonl(&args.file, &I::COLUMNS)?),
    };
    let input = match opened {
        Ok(input) => input,
        Err(header_errors) => {
            for error in header_errors {
                report.push(error)?;
            }
            return refuse::<I>(app, pool, &session, report, None).await;
        }
    };
    // The bar counts the file's bytes and rows while they are read, then says which of
    // the database's phases the import waits on.
    let progress = app.ui.progress_bytes(input.total_bytes);
    let counts = input.progress();
    let phase = input.phase();
    let ticker = {
        let (progress, ui) = (progress.clone(), app.ui.clone());
        tokio::spawn(async move {
            let mut waiting_on = None;
            loop {
                let (now, rows) = (counts.phase.get(), indicatif::HumanCount(counts.rows.load(Ordering::Relaxed)));
                if !counts.read_all.load(Ordering::Relaxed) {
                    progress.set_position(counts.bytes.load(Ordering::Relaxed));
                    progress.set_message(format!("{} {rows} row(s)", now.word()));
                } else if waiting_on != Some(now) {
                    ui.waiting(&progress, format!("{} ({rows} row(s) read)", now.word()));
                    waiting_on = Some(now);
                }
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        })
    };
    let mut tx = CommandTx::begin(pool, &session.actor, session.scope).await?;
    let outcome = importer.run(&mut tx, organization_id, input, args.mode, &mut report).await;
    ticker.abort();
    if !matches!(&outcome, Ok(summary) if summary.errors == 0 && !args.dry_run) {
        progress.finish_and_clear();
    }
    let summary = match outcome {
        Ok(summary) => ImportReport { summary, mode: args.mode },
        Err(error) => {
            drop(tx);
            let reason = format!("{error:#}");
            let entry = AuditEntry::new(I::ACTION);
            audit::record_refusal(pool, &session.actor, session.scope, &entry, Outcome::Failed, &reason).await?;
            return Err(error.context("nothing was imported"));
        }
    };
    if summary.summary.errors > 0 {
        drop(tx);
        app.ui.detail(phase.durations(std::time::Instant::now()));
        return refuse::<I>(app, pool, &session, report, Some(summary)).await;
    }
    let entry = crate::import::audit_entry(&importer, &summary.summary, summary.mode);
    if args.dry_run {
        // The work is rolled back; the attempt is still on the record.
        drop(tx);
        let dry = CommandTx::begin(pool, &session.actor, session.scope).await?;
        dry.finish(entry.detail("dry_run", true)).await?;
        let summary = ImportReport { summary: ImportSummary { dry_run: true, ..summary.summary }, ..summary };
        return print(app.global.output, &summary, "dry run: nothing was written");
    }
    app.ui.waiting(&progress, format!("committing {} row(s)", summary.summary.rows));
    let committing = std::time::Instant::now();
    let committed = tx.finish(entry).await;
    progress.finish_and_clear();
    committed?;
    let done = std::time::Instant::now();
    app.ui.detail(format!("{}, committing {:.1} s", phase.durations(committing), (done - committing).as_secs_f64()));
    print(app.global.output, &summary, "imported")
}

/// Reports the errors of an import that wrote nothing, audits the failure, exits 1.
async fn refuse<I: Importer>(
    app: &App,
    pool: &sqlx::PgPool,
    session: &Session,
    report: ErrorReport,
    summary: Option<ImportReport>,
) -> Result<()> {
    let (count, first) = report.finish()?;
    for RowError { line, column, reason } in &first {
        let column = if column.is_empty() { String::new() } else { format!(", column {column}") };
        eprintln!("line {line}{column}: {reason}");
    }
    if count > first.len() as u64 {
        eprintln!("… and {} more (write them all with --errors FILE)", count - first.len() as u64);
    }
    if let Some(summary) = &summary {
        print(app.global.output, summary, "not imported")?;
    }
    let reason = format!("{count} error(s) in the file; nothing was imported");
    let mut entry = AuditEntry::new(I::ACTION).entity_type(I::ENTITY).detail("errors", count);
    if let Some(summary) = &summary {
        entry = entry.detail("sha256", summary.summary.sha256.clone()).detail("rows", summary.summary.rows);
    }
    audit::record_refusal(pool, &session.actor, session.scope, &entry, Outcome::Failed, &reason).await?;
    bail!("{reason}; fix the lines above and run the import again")
}

#[derive(Debug, Serialize)]
struct ImportReport {
    #[serde(flatten)]
    summary: ImportSummary,
    mode: Mode,
}

fn print(format: OutputFormat, report: &ImportReport, verdict: &str) -> Result<()> {
    let s = &report.summary;
    match format {
        format if format.is_table() => {
            println!(
                "{verdict}: {} row(s) read, {} created, {} updated, {} unchanged, {} error(s)",
                s.rows, s.created, s.updated, s.unchanged, s.errors
            );
            println!("file {} (sha256 {})", s.file, s.sha256);
            Ok(())
        }
        _ => output::print_record(format, report),
    }
}

impl Tabular for ImportReport {
    fn headers() -> Vec<&'static str> {
        vec!["file", "sha256", "mode", "rows", "created", "updated", "unchanged", "errors", "dry run"]
    }

    fn cells(&self) -> Vec<String> {
        let s = &self.summary;
        vec![
            s.file.clone(),
            s.sha256.clone(),
            self.mode.as_str().to_string(),
            s.rows.to_string(),
            s.created.to_string(),
            s.updated.to_string(),
            s.unchanged.to_string(),
            s.errors.to_string(),
            s.dry_run.to_string(),
        ]
    }
}
