//! What the CSV imports of every command group share: their flags, the progress bar,
//! the one transaction, the report of errors by line, the dry run and the summary.

use std::sync::atomic::Ordering;
use std::time::Duration;

use anyhow::Result;
use serde::Serialize;

use super::App;
use crate::cli::bulk::ImportArgs;
use crate::import::{ErrorReport, Format, ImportSummary, Importer, Mode, RowError};
use crate::ops::imports::{Import, Rejected, Source};
use crate::output::{self, Tabular};

/// Runs one import (see [`crate::ops::imports`]): all rows land, with their audit items
/// and one summary row naming the file's SHA-256, or none do and every problem is
/// reported by line and column.
pub(crate) async fn import<I: Importer>(app: &App, pool: &sqlx::PgPool, importer: I, args: ImportArgs) -> Result<()> {
    output::accepts::<ImportReport>(app.global.output)?;
    let report = ErrorReport::new(args.errors.as_deref())?;
    let source = Source { format: args.format.unwrap_or_else(|| Format::of(&args.file)), file: args.file };
    let opened = source.open(&I::COLUMNS)?;
    // The bar counts the file's bytes and rows while they are read, then says which of
    // the database's phases the import waits on.
    let watched = opened.as_ref().ok().map(|input| (input.total_bytes, input.progress(), input.phase()));
    let progress = app.ui.progress_bytes(watched.as_ref().and_then(|(bytes, ..)| *bytes));
    let ticker = watched.as_ref().map(|(_, counts, _)| {
        let (progress, ui, counts) = (progress.clone(), app.ui.clone(), counts.clone());
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
    });
    let mut import =
        Import { importer, source, input: Some(opened), mode: args.mode, report, summary: None, worked_at: None };
    let runner = app.runner(pool);
    let outcome = if args.dry_run { runner.rehearse(&mut import).await } else { runner.run(&mut import).await };
    if let Some(ticker) = ticker {
        ticker.abort();
    }
    progress.finish_and_clear();
    let done = std::time::Instant::now();
    if let Some((_, _, phase)) = &watched {
        app.ui.detail(match (import.worked_at, args.dry_run) {
            (Some(worked), false) => {
                format!("{}, committing {:.1} s", phase.durations(worked), (done - worked).as_secs_f64())
            }
            _ => phase.durations(done),
        });
    }
    let summary = match outcome {
        Ok(summary) => ImportReport { summary: ImportSummary { dry_run: args.dry_run, ..summary }, mode: args.mode },
        Err(error) if error.downcast_ref::<Rejected>().is_some() => {
            let (count, first) = import.report.finish()?;
            for RowError { line, column, reason } in &first {
                let column = if column.is_empty() { String::new() } else { format!(", column {column}") };
                eprintln!("line {line}{column}: {reason}");
            }
            if count > first.len() as u64 {
                eprintln!("… and {} more (write them all with --errors FILE)", count - first.len() as u64);
            }
            if let Some(summary) = import.summary {
                print(app, &ImportReport { summary, mode: args.mode }, "not imported")?;
            }
            return Err(crate::error::Error::refused(format!("{error}"))
                .hint("fix the lines above and run the import again")
                .into());
        }
        Err(error) => return Err(error.context("nothing was imported")),
    };
    import.report.finish()?;
    let verdict = if args.dry_run { "dry run: nothing was written" } else { "imported" };
    print(app, &summary, verdict)
}

#[derive(Debug, Serialize)]
struct ImportReport {
    #[serde(flatten)]
    summary: ImportSummary,
    mode: Mode,
}

fn print(app: &App, report: &ImportReport, verdict: &str) -> Result<()> {
    let s = &report.summary;
    match app.global.output {
        format if format.is_table() => {
            println!(
                "{verdict}: {} row(s) read, {} created, {} updated, {} unchanged, {} error(s)",
                s.rows, s.created, s.updated, s.unchanged, s.errors
            );
            println!("file {} (sha256 {})", s.file, s.sha256);
            Ok(())
        }
        _ => app.print_record(report),
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
