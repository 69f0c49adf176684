//! Importing a device's batch of events into a session in progress (CSV or JSON Lines).
//! Every line is checked against the session (type, time within the session and not in
//! the future, the fields its type needs); the events land together or not at all.

use anyhow::Result;
use uuid::Uuid;

use super::{ColumnSpec, CsvInput, ErrorReport, ImportSummary, Importer, Mode, RowError};
use crate::audit::CommandTx;
use crate::domain::ids::{OrganizationId, SessionId};
use crate::domain::patient::optional;
use crate::domain::scheduling::parse_local_datetime;
use crate::domain::session::{EventData, EventType};
use crate::ops::sessions as lifecycle;
use crate::store::organizations;

pub(crate) const COLUMNS: ColumnSpec = ColumnSpec {
    names: &["type", "at", "name", "duration_seconds", "intensity", "target", "correct", "prompt_level", "text"],
    required: &["type", "at"],
};

/// The events of one session: named by a prefix of its id (resolved when the import
/// runs), or by its id.
#[derive(Debug)]
pub(crate) struct SessionEvents {
    pub session: SessionId,
    pub named: Option<crate::domain::ids::Key<SessionId>>,
}

impl Importer for SessionEvents {
    const ACTION: crate::ops::Action = crate::ops::Action::SessionEventImport;
    const NEED: crate::access::Need = crate::ops::sessions::RUNNERS;
    const ENTITY: &'static str = "session_event";
    const COLUMNS: ColumnSpec = COLUMNS;

    async fn prepare(&mut self, tx: &mut CommandTx) -> Result<()> {
        if let Some(named) = &self.named {
            let clinic_id = tx.clinic()?;
            self.session = crate::store::keys::resolve_in(tx.conn(), clinic_id, named).await?;
        }
        Ok(())
    }

    fn subject(&self) -> Option<(&'static str, Uuid)> {
        Some(("session", self.session.0))
    }

    async fn run(
        &self,
        tx: &mut CommandTx,
        organization_id: OrganizationId,
        mut input: CsvInput,
        mode: Mode,
        report: &mut ErrorReport,
    ) -> Result<ImportSummary> {
        if mode != Mode::Insert {
            return Err(crate::error::refused("events are only ever added: an event import has no upsert mode"));
        }
        let session = lifecycle::in_progress(tx.conn(), organization_id, self.session).await?;
        let now = organizations::local_now(tx.conn(), organization_id).await?;
        let operator = tx.operator_id();
        let mut summary = ImportSummary { file: input.name.clone(), ..Default::default() };
        let mut record = csv::StringRecord::new();
        while let Some(next) = input.next_record(&mut record)? {
            summary.rows += 1;
            let line = match next {
                Ok(line) => line,
                Err(error) => {
                    report.push(error)?;
                    continue;
                }
            };
            let get = |index: usize| optional(input.field(&record, index));
            let mut problems = Vec::new();
            let kind = cell(&mut problems, "type", get(0), EventType::parse);
            let at = cell(&mut problems, "at", get(1), parse_local_datetime);
            let mut data = EventData {
                name: get(2),
                duration_seconds: cell(&mut problems, "duration_seconds", get(3), whole_number),
                intensity: cell(&mut problems, "intensity", get(4), whole_number),
                target: get(5),
                correct: cell(&mut problems, "correct", get(6), yes_or_no),
                prompt_level: get(7),
                text: get(8),
            };
            if get(0).is_none() {
                problems.push(("type", "is required".to_string()));
            }
            if get(1).is_none() {
                problems.push(("at", "is required".to_string()));
            }
            if let (Some(kind), Some(at)) = (kind, at)
                && let Err(errors) = lifecycle::checked_event(&session, now, kind, at, &mut data)
            {
                problems.extend(errors);
            }
            for (column, reason) in problems.drain(..) {
                report.push(RowError { line, column: column.to_string(), reason })?;
            }
            // Written as read while the file is clean (memory stays bounded); the first
            // error rolls everything back with the command's transaction.
            if let (Some(kind), Some(at), 0) = (kind, at, report.count()) {
                lifecycle::record_event(tx.conn(), organization_id, &session, kind, at, &data, operator).await?;
                summary.created += 1;
            }
        }
        summary.errors = report.count();
        summary.sha256 = input.finish()?;
        Ok(summary)
    }
}

/// A cell read by `parse`, its problem noted under `column`; empty is None.
fn cell<T>(
    problems: &mut Vec<(&'static str, String)>,
    column: &'static str,
    value: Option<String>,
    parse: impl Fn(&str) -> Result<T, String>,
) -> Option<T> {
    match parse(&value?) {
        Ok(parsed) => Some(parsed),
        Err(reason) => {
            problems.push((column, reason));
            None
        }
    }
}

fn whole_number(text: &str) -> Result<i64, String> {
    text.parse().map_err(|_| format!("{text:?} is not a whole number"))
}

fn yes_or_no(text: &str) -> Result<bool, String> {
    match text.to_ascii_lowercase().as_str() {
        "true" | "yes" | "1" => Ok(true),
        "false" | "no" | "0" => Ok(false),
        _ => Err(format!("{text:?} is not true or false")),
    }
}
