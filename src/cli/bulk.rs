//! The command line of `omnictl bulk`: its subcommands and their arguments.

use crate::import::{Format, Mode};
use clap::Args;
use std::path::PathBuf;

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
