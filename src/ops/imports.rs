//! An import as one operation: the file streams through validation and COPY into
//! staging inside the runner's transaction, set-wise checks find what rows break, and
//! the rows land with their audit items and one summary entry naming the file's SHA-256
//! — or nothing lands, and the refusal is on the record with how many errors the file
//! had. The command line opens the file (its flags, its progress bar) and prints.

use std::path::PathBuf;

use anyhow::Result;

use super::{Action, AuditEntry, CommandTx, Done, Operation};
use crate::access::{Need, Session};
use crate::import::{ColumnSpec, CsvInput, ErrorReport, Format, ImportSummary, Importer, Mode, RowError};

/// What an import reads: a file (or `-`, standard input) in a format.
#[derive(Debug, Clone)]
pub(crate) struct Source {
    pub file: PathBuf,
    pub format: Format,
}

impl Source {
    /// Opens the input; a header that names unknown or misses required columns is a
    /// list of errors, not a failure to read.
    pub(crate) fn open(&self, columns: &ColumnSpec) -> Result<Result<CsvInput, Vec<RowError>>> {
        match self.format {
            Format::Csv => CsvInput::open(&self.file, columns),
            Format::Jsonl => Ok(Ok(CsvInput::open_jsonl(&self.file, columns)?)),
        }
    }

    fn is_stdin(&self) -> bool {
        self.file.as_os_str() == "-"
    }
}

/// `… import`: every row of the input lands, or none does.
pub(crate) struct Import<I> {
    pub importer: I,
    pub source: Source,
    /// The input opened by the caller (to follow its progress), read by the first
    /// attempt; a file is opened again if the database cancels an attempt.
    pub input: Option<Result<CsvInput, Vec<RowError>>>,
    pub mode: Mode,
    /// Every error found, by line and column.
    pub report: ErrorReport,
    /// What the last attempt read and did.
    pub summary: Option<ImportSummary>,
    /// When the last attempt's work was done (what follows is the commit).
    pub worked_at: Option<std::time::Instant>,
}

/// The file had errors: nothing was imported.
#[derive(Debug)]
pub(crate) struct Rejected {
    pub errors: u64,
}

impl std::fmt::Display for Rejected {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} error(s) in the file; nothing was imported", self.errors)
    }
}

impl std::error::Error for Rejected {}

impl<I: Importer> Operation for Import<I> {
    type Output = ImportSummary;

    fn action(&self) -> Action {
        I::ACTION
    }

    fn need(&self) -> Need {
        I::NEED
    }

    async fn apply(&mut self, tx: &mut CommandTx, session: &Session) -> Done<ImportSummary> {
        let organization_id = session.clinic()?.id;
        // On a Citus cluster the set-wise statements from a temporary staging table are
        // refused (a join of a temporary table with a distributed one; rows reaching the
        // shards by COPY, which row-level security refuses): an import that stages its
        // rows on the clinic's shard runs; the others are refused before the file is read.
        if !I::ON_A_CLUSTER && crate::store::cluster::is_distributed(tx.conn()).await? {
            return Err(crate::error::Error::refused(format!(
                "{} imports are not supported on a distributed (Citus) database yet: their set-wise statements from \
                 a temporary staging table do not run on the workers under row-level security",
                I::ENTITY
            ))
            .remedy(crate::error::Remedy::ImportBeforeDistributing)
            .into());
        }
        let opened = match self.input.take() {
            Some(opened) => opened,
            None if self.source.is_stdin() => anyhow::bail!(
                "the import collided with another change and standard input cannot be read twice; nothing was \
                 imported: run it again"
            ),
            None => {
                self.report = ErrorReport::again(&mut self.report)?;
                self.source.open(&I::COLUMNS)?
            }
        };
        let input = match opened {
            Ok(input) => input,
            Err(header_errors) => {
                for error in header_errors {
                    self.report.push(error)?;
                }
                return Err(Rejected { errors: self.report.count() }.into());
            }
        };
        self.importer.prepare(tx).await?;
        let summary = self.importer.run(tx, organization_id, input, self.mode, &mut self.report).await?;
        self.summary = Some(summary.clone());
        if summary.errors > 0 {
            return Err(Rejected { errors: summary.errors }.into());
        }
        let entry = entry(&self.importer, &summary, self.mode);
        self.worked_at = Some(std::time::Instant::now());
        Ok((summary, entry))
    }

    fn failure_entry(&self) -> AuditEntry {
        let entry = AuditEntry::new(I::ACTION).entity_type(I::ENTITY);
        if self.report.count() == 0 {
            return entry;
        }
        let entry = entry.detail("errors", self.report.count());
        match &self.summary {
            Some(summary) => entry.detail("sha256", summary.sha256.clone()).detail("rows", summary.rows),
            None => entry,
        }
    }
}

/// The audit entry of an import that landed: what was read (file, SHA-256), how and what
/// it did. One place for every import, whichever path ran it (a command, the demo).
pub(crate) fn entry<I: Importer>(importer: &I, summary: &ImportSummary, mode: Mode) -> AuditEntry {
    let entry = AuditEntry::new(I::ACTION).entity_type(I::ENTITY);
    let entry = match importer.subject() {
        Some((kind, id)) => entry.entity(kind, id),
        None => entry,
    };
    entry
        .detail("file", summary.file.clone())
        .detail("sha256", summary.sha256.clone())
        .detail("mode", mode.as_str())
        .detail("rows", summary.rows)
        .detail("created", summary.created)
        .detail("updated", summary.updated)
        .detail("unchanged", summary.unchanged)
}
