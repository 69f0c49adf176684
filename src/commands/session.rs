//! `omnictl session`: running a booked appointment as a clinical session — start,
//! record events, complete (the reserved units become used ones, by the clinic's
//! minutes-to-units rule), or cancel (the units go back); then the session note: a
//! deterministic draft, edited, signed (then unchangeable), with dated addenda. A
//! clinic's users (STAFF included) run sessions.

use std::io::Read;
use std::path::PathBuf;

use anyhow::{Context, Result, anyhow, bail};
use chrono::NaiveDateTime;
use clap::{Args, Subcommand, ValueEnum};
use serde::Serialize;
use uuid::Uuid;

use super::App;
use crate::access::{self, Need};
use crate::audit::{AuditEntry, CommandTx};
use crate::db::Schema;
use crate::domain::organization::UnitsRule;
use crate::domain::scheduling::{cms_day_units, parse_local_datetime, units_for_minutes};
use crate::domain::session::{self as rules, Event, EventData, EventType, Metrics, NoteInput};
use crate::import::{ColumnSpec, CsvInput, ErrorReport, RowError};
use crate::output::{self, Tabular};
use crate::scheduling;
use crate::store::sessions::{self, Addendum, Consumption, EventRow, Session, SessionFilter};
use crate::store::{appointments, authorizations, organizations, patients, practitioners, service_codes};

#[derive(Debug, Subcommand)]
pub enum SessionCommand {
    /// Start the session of a SCHEDULED appointment.
    Start(StartArgs),
    /// Record and read behavioural events.
    #[command(subcommand)]
    Event(EventCommand),
    /// Complete a session: units by the clinic's rule move from reserved to used, the
    /// metrics are computed.
    Complete(CompleteArgs),
    /// Cancel a session in progress; its reserved units are released.
    Cancel(CancelArgs),
    /// The session note: generate, edit, sign, addendum, show.
    #[command(subcommand)]
    Note(NoteCommand),
    /// The supervisor's summary of one session.
    Show(SessionArgs),
    /// List sessions.
    List(ListArgs),
}

#[derive(Debug, Subcommand)]
pub enum EventCommand {
    /// Record one event.
    Add(EventArgs),
    /// List a session's events.
    List(SessionArgs),
    /// Record a batch from a data-collection device: CSV (header: type, at, name,
    /// duration_seconds, intensity, target, correct, prompt_level, text) or JSON Lines
    /// (one object per line with those keys). All or nothing.
    Import(EventImportArgs),
}

#[derive(Debug, Subcommand)]
pub enum NoteCommand {
    /// Write the DRAFT note from the session, its events and metrics.
    Generate(SessionArgs),
    /// Replace the DRAFT note's text with a file's (or - for stdin).
    Edit(NoteEditArgs),
    /// Sign the note: it can never change afterwards.
    Sign(SessionArgs),
    /// Append a dated addendum to a signed note.
    Addendum(AddendumArgs),
    /// Print the note and its addenda.
    Show(SessionArgs),
}

#[derive(Debug, Args)]
pub struct StartArgs {
    #[arg(long)]
    pub appointment: Uuid,
    /// When it started, "YYYY-MM-DD HH:MM" (default: now).
    #[arg(long)]
    pub at: Option<String>,
}

#[derive(Debug, Args)]
pub struct SessionArgs {
    pub session: Uuid,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum EventKind {
    Behavior,
    Mand,
    Trial,
    Note,
}

#[derive(Debug, Args)]
pub struct EventArgs {
    pub session: Uuid,
    #[arg(long = "type", value_enum)]
    pub kind: EventKind,
    /// The behaviour's name, e.g. tantrum.
    #[arg(long)]
    pub name: Option<String>,
    /// When it happened, "YYYY-MM-DD HH:MM" (default: now).
    #[arg(long)]
    pub at: Option<String>,
    #[arg(long)]
    pub duration_seconds: Option<i64>,
    /// 1 (mild) to 5 (severe).
    #[arg(long)]
    pub intensity: Option<i64>,
    /// A trial's target skill.
    #[arg(long)]
    pub target: Option<String>,
    /// Whether a trial was answered correctly.
    #[arg(long)]
    pub correct: Option<bool>,
    /// independent, gestural, verbal, model, partial-physical or full-physical.
    #[arg(long)]
    pub prompt_level: Option<String>,
    #[arg(long)]
    pub text: Option<String>,
}

#[derive(Debug, Args)]
pub struct EventImportArgs {
    pub session: Uuid,
    /// The file, or - for standard input.
    pub file: PathBuf,
    /// csv or jsonl (default: by the file's extension, else csv).
    #[arg(long, value_enum)]
    pub format: Option<EventFormat>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EventFormat {
    Csv,
    Jsonl,
}

#[derive(Debug, Args)]
pub struct CompleteArgs {
    pub session: Uuid,
    /// When it ended, "YYYY-MM-DD HH:MM" (default: now).
    #[arg(long)]
    pub end: Option<String>,
    /// Bill this many units when the authorization cannot cover all that was delivered;
    /// the rest is recorded as unbilled minutes.
    #[arg(long)]
    pub bill_units: Option<i32>,
}

#[derive(Debug, Args)]
pub struct CancelArgs {
    pub session: Uuid,
    #[arg(long)]
    pub reason: String,
}

#[derive(Debug, Args)]
pub struct NoteEditArgs {
    pub session: Uuid,
    /// The note's new text: a file, or - for standard input.
    #[arg(long)]
    pub file: PathBuf,
}

#[derive(Debug, Args)]
pub struct AddendumArgs {
    pub session: Uuid,
    #[arg(long)]
    pub text: String,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// The patient's MRN or id.
    #[arg(long)]
    pub patient: Option<String>,
    /// The practitioner's NPI or id.
    #[arg(long)]
    pub practitioner: Option<String>,
    #[arg(long)]
    pub from: Option<String>,
    #[arg(long)]
    pub to: Option<String>,
    /// in-progress, completed or cancelled.
    #[arg(long)]
    pub status: Option<String>,
}

const RUN: Need = Need::PatientData { staff: true };

pub async fn run(app: &App, command: SessionCommand) -> Result<()> {
    let pool = app.connect(Schema::Current).await?;
    let result = match command {
        SessionCommand::Start(args) => start(app, &pool, args).await,
        SessionCommand::Event(EventCommand::Add(args)) => add_event(app, &pool, args).await,
        SessionCommand::Event(EventCommand::List(args)) => list_events(app, &pool, args).await,
        SessionCommand::Event(EventCommand::Import(args)) => import_events(app, &pool, args).await,
        SessionCommand::Complete(args) => complete(app, &pool, args).await,
        SessionCommand::Cancel(args) => cancel(app, &pool, args).await,
        SessionCommand::Note(command) => note(app, &pool, command).await,
        SessionCommand::Show(args) => show(app, &pool, args).await,
        SessionCommand::List(args) => list(app, &pool, args).await,
    };
    pool.close().await;
    result
}

fn time_flag(flag: &str, text: &str) -> Result<NaiveDateTime> {
    parse_local_datetime(text).map_err(|reason| anyhow!("{flag}: {reason}"))
}

async fn start(app: &App, pool: &sqlx::PgPool, args: StartArgs) -> Result<()> {
    const ACTION: &str = "session.start";
    let session = access::authorize(pool, &app.global, ACTION, RUN).await?;
    let organization_id = session.clinic()?.id;
    let at = args.at.as_deref().map(|t| time_flag("--at", t)).transpose()?;
    let started = session
        .transact(pool, ACTION, async |tx| {
            let appointment = appointments::find(tx.conn(), args.appointment)
                .await?
                .ok_or_else(|| anyhow!("no appointment {} in this organization", args.appointment))?;
            let at = match at {
                Some(at) => at,
                None => organizations::local_now(tx.conn(), organization_id).await?,
            };
            let Some(id) = sessions::start(tx.conn(), organization_id, appointment.id, at).await? else {
                bail!(
                    "the appointment is {}: only a SCHEDULED appointment can start a session{}",
                    appointment.status,
                    if appointment.status == "IN_PROGRESS" { " (it already has one)" } else { "" }
                );
            };
            let started = sessions::require(tx.conn(), id).await?;
            let entry = AuditEntry::new(ACTION).entity("session", id).detail("appointment", appointment.id.to_string());
            Ok((started, entry))
        })
        .await?;
    app.ui.info(format!("started the session {}", started.id));
    output::print_record(app.global.output, &started)
}

/// Checks an event and the time it claims, against a session in progress.
fn checked_event(
    session: &Session,
    now: NaiveDateTime,
    kind: EventType,
    at: NaiveDateTime,
    data: &mut EventData,
) -> Result<(), Vec<(&'static str, String)>> {
    let mut errors = match rules::validate_event(kind, data) {
        Ok(()) => Vec::new(),
        Err(errors) => errors,
    };
    if at < session.start || at > now {
        errors.push((
            "at",
            format!(
                "{} is outside the session, which started at {} and is in progress",
                at.format("%Y-%m-%d %H:%M"),
                session.start.format("%Y-%m-%d %H:%M")
            ),
        ));
    }
    if errors.is_empty() { Ok(()) } else { Err(errors) }
}

async fn in_progress(tx: &mut CommandTx, id: Uuid) -> Result<Session> {
    let session = sessions::require(tx.conn(), id).await?;
    if session.status != "IN_PROGRESS" {
        bail!("the session is {}: events and changes need a session IN_PROGRESS", session.status);
    }
    Ok(session)
}

async fn add_event(app: &App, pool: &sqlx::PgPool, args: EventArgs) -> Result<()> {
    const ACTION: &str = "session.event";
    let access = access::authorize(pool, &app.global, ACTION, RUN).await?;
    let organization_id = access.clinic()?.id;
    let operator = access.operator().ok().map(|o| o.id);
    let at = args.at.as_deref().map(|t| time_flag("--at", t)).transpose()?;
    let kind = match args.kind {
        EventKind::Behavior => EventType::Behavior,
        EventKind::Mand => EventType::Mand,
        EventKind::Trial => EventType::Trial,
        EventKind::Note => EventType::Note,
    };
    let mut data = EventData {
        name: args.name,
        duration_seconds: args.duration_seconds,
        intensity: args.intensity,
        target: args.target,
        correct: args.correct,
        prompt_level: args.prompt_level,
        text: args.text,
    };
    let id = access
        .transact(pool, ACTION, async |tx| {
            let session = in_progress(tx, args.session).await?;
            let now = organizations::local_now(tx.conn(), organization_id).await?;
            let at = at.unwrap_or(now);
            checked_event(&session, now, kind, at, &mut data).map_err(|errors| {
                let lines: Vec<String> =
                    errors.iter().map(|(f, r)| format!("--{}: {r}", f.replace('_', "-"))).collect();
                anyhow!("the event is not valid:\n  {}", lines.join("\n  "))
            })?;
            let id = sessions::add_event(
                tx.conn(),
                organization_id,
                session.id,
                at,
                kind.as_sql(),
                &serde_json::to_value(&data)?,
                operator,
            )
            .await?;
            let entry =
                AuditEntry::new(ACTION).entity("session", session.id).detail("event", kind.as_sql()).detail("count", 1);
            Ok((id, entry))
        })
        .await?;
    app.ui.info(format!("recorded the event {id}"));
    Ok(())
}

async fn list_events(app: &App, pool: &sqlx::PgPool, args: SessionArgs) -> Result<()> {
    const ACTION: &str = "session.read";
    let access = access::authorize(pool, &app.global, ACTION, RUN).await?;
    let events = access
        .transact(pool, ACTION, async |tx| {
            let session = sessions::require(tx.conn(), args.session).await?;
            let events = sessions::events(tx.conn(), session.id).await?;
            let entry = AuditEntry::new(ACTION)
                .entity("session", session.id)
                .detail("command", "session event list")
                .detail("count", events.len());
            Ok((events, entry))
        })
        .await?;
    output::print_list(app.global.output, &events)
}

const EVENT_COLUMNS: ColumnSpec = ColumnSpec {
    names: &["type", "at", "name", "duration_seconds", "intensity", "target", "correct", "prompt_level", "text"],
    required: &["type", "at"],
};

/// One line of an event file, as read. An unknown key is an error: a typo must not
/// drop data.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct EventLine {
    #[serde(rename = "type")]
    kind: Option<String>,
    at: Option<String>,
    name: Option<String>,
    duration_seconds: Option<i64>,
    intensity: Option<i64>,
    target: Option<String>,
    correct: Option<bool>,
    prompt_level: Option<String>,
    text: Option<String>,
}

impl EventLine {
    fn data(self) -> EventData {
        EventData {
            name: self.name,
            duration_seconds: self.duration_seconds,
            intensity: self.intensity,
            target: self.target,
            correct: self.correct,
            prompt_level: self.prompt_level,
            text: self.text,
        }
    }
}

async fn import_events(app: &App, pool: &sqlx::PgPool, args: EventImportArgs) -> Result<()> {
    const ACTION: &str = "session.event.import";
    let access = access::authorize(pool, &app.global, ACTION, RUN).await?;
    let organization_id = access.clinic()?.id;
    let operator = access.operator().ok().map(|o| o.id);
    let format = args.format.unwrap_or(if args.file.extension().is_some_and(|e| e == "jsonl" || e == "ndjson") {
        EventFormat::Jsonl
    } else {
        EventFormat::Csv
    });
    // A device's batch is small: read it whole, then check every line.
    let mut lines: Vec<(u64, EventLine)> = Vec::new();
    let mut report = ErrorReport::new(None)?;
    match format {
        EventFormat::Jsonl => {
            let mut text = String::new();
            if args.file == std::path::Path::new("-") {
                std::io::stdin().read_to_string(&mut text)?;
            } else {
                text = std::fs::read_to_string(&args.file)
                    .with_context(|| format!("could not read {}", args.file.display()))?;
            }
            for (index, raw) in text.lines().enumerate() {
                if raw.trim().is_empty() {
                    continue;
                }
                match serde_json::from_str::<EventLine>(raw) {
                    Ok(line) => lines.push((index as u64 + 1, line)),
                    Err(error) => report.push(RowError {
                        line: index as u64 + 1,
                        column: String::new(),
                        reason: format!("is not an event object: {error}"),
                    })?,
                }
            }
        }
        EventFormat::Csv => match CsvInput::open(&args.file, &EVENT_COLUMNS)? {
            Err(errors) => {
                for error in errors {
                    report.push(error)?;
                }
            }
            Ok(mut input) => {
                let mut record = csv::StringRecord::new();
                while let Some(next) = input.next_record(&mut record)? {
                    let line = match next {
                        Ok(line) => line,
                        Err(error) => {
                            report.push(error)?;
                            continue;
                        }
                    };
                    let get =
                        |i: usize| input.field(&record, i).map(str::trim).filter(|v| !v.is_empty()).map(str::to_string);
                    let number = |i: usize, column: &'static str, report: &mut ErrorReport| -> Result<Option<i64>> {
                        match get(i) {
                            None => Ok(None),
                            Some(text) => match text.parse() {
                                Ok(n) => Ok(Some(n)),
                                Err(_) => {
                                    report.push(RowError {
                                        line,
                                        column: column.to_string(),
                                        reason: format!("{text:?} is not a whole number"),
                                    })?;
                                    Ok(None)
                                }
                            },
                        }
                    };
                    let correct = match get(6).map(|c| c.to_ascii_lowercase()) {
                        None => None,
                        Some(c) if c == "true" || c == "yes" || c == "1" => Some(true),
                        Some(c) if c == "false" || c == "no" || c == "0" => Some(false),
                        Some(c) => {
                            report.push(RowError {
                                line,
                                column: "correct".to_string(),
                                reason: format!("{c:?} is not true or false"),
                            })?;
                            None
                        }
                    };
                    let duration_seconds = number(3, "duration_seconds", &mut report)?;
                    let intensity = number(4, "intensity", &mut report)?;
                    lines.push((
                        line,
                        EventLine {
                            kind: get(0),
                            at: get(1),
                            name: get(2),
                            duration_seconds,
                            intensity,
                            target: get(5),
                            correct,
                            prompt_level: get(7),
                            text: get(8),
                        },
                    ));
                }
            }
        },
    }
    let count = lines.len();
    let outcome = access
        .transact(pool, ACTION, async |tx| {
            let session = in_progress(tx, args.session).await?;
            let now = organizations::local_now(tx.conn(), organization_id).await?;
            let mut valid = Vec::new();
            for (line, event) in lines {
                let kind = match event.kind.as_deref().map(EventType::parse) {
                    Some(Ok(kind)) => kind,
                    Some(Err(reason)) => {
                        report.push(RowError { line, column: "type".to_string(), reason })?;
                        continue;
                    }
                    None => {
                        report.push(RowError {
                            line,
                            column: "type".to_string(),
                            reason: "is required".to_string(),
                        })?;
                        continue;
                    }
                };
                let at = match event.at.as_deref().map(parse_local_datetime) {
                    Some(Ok(at)) => at,
                    Some(Err(reason)) => {
                        report.push(RowError { line, column: "at".to_string(), reason })?;
                        continue;
                    }
                    None => {
                        report.push(RowError { line, column: "at".to_string(), reason: "is required".to_string() })?;
                        continue;
                    }
                };
                let mut data = event.data();
                match checked_event(&session, now, kind, at, &mut data) {
                    Ok(()) => valid.push((kind, at, data)),
                    Err(errors) => {
                        for (column, reason) in errors {
                            report.push(RowError { line, column: column.to_string(), reason })?;
                        }
                    }
                }
            }
            if report.count() > 0 {
                bail!("{} error(s) in the file; no event was recorded", report.count());
            }
            for (kind, at, data) in &valid {
                sessions::add_event(
                    tx.conn(),
                    organization_id,
                    session.id,
                    *at,
                    kind.as_sql(),
                    &serde_json::to_value(data)?,
                    operator,
                )
                .await?;
            }
            let entry = AuditEntry::new(ACTION).entity("session", session.id).detail("count", valid.len());
            Ok((valid.len(), entry))
        })
        .await;
    let (errors, first) = report.finish()?;
    for RowError { line, column, reason } in &first {
        let column = if column.is_empty() { String::new() } else { format!(", column {column}") };
        eprintln!("line {line}{column}: {reason}");
    }
    if errors > first.len() as u64 {
        eprintln!("… and {} more", errors - first.len() as u64);
    }
    let recorded = outcome?;
    app.ui.info(format!("recorded {recorded} of {count} event(s)"));
    Ok(())
}

/// Units delivered by a session of `minutes` by the clinic's rule: midpoint per
/// session; the CMS rule pools the patient's timed minutes of the day, so this session
/// bills what the day's total adds to what the day's other sessions billed.
async fn delivered_units(tx: &mut CommandTx, rule: UnitsRule, session: &Session, minutes: i64) -> Result<(i64, i64)> {
    let code = service_codes::rules(tx.conn(), &session.service_code)
        .await?
        .ok_or_else(|| anyhow!("no service code {}", session.service_code))?;
    let per_unit = i64::from(code.minutes_per_unit);
    let units = match rule {
        UnitsRule::Midpoint => units_for_minutes(minutes, per_unit, rule),
        UnitsRule::Cms8Minute => {
            let (other_minutes, other_units) =
                sessions::day_totals(tx.conn(), session.patient_id, session.start.date(), session.id).await?;
            (cms_day_units(other_minutes + minutes) - other_units).max(0)
        }
    };
    Ok((units, per_unit))
}

async fn complete(app: &App, pool: &sqlx::PgPool, args: CompleteArgs) -> Result<()> {
    const ACTION: &str = "session.complete";
    let access = access::authorize(pool, &app.global, ACTION, RUN).await?;
    let organization = access.clinic()?.clone();
    let operator = access.operator().ok().map(|o| o.id);
    let end = args.end.as_deref().map(|t| time_flag("--end", t)).transpose()?;
    let done = access
        .transact(pool, ACTION, async |tx| {
            let session = in_progress(tx, args.session).await?;
            let end = match end {
                Some(end) => end,
                None => organizations::local_now(tx.conn(), organization.id).await?,
            };
            if end <= session.start {
                bail!("--end {} is not after the session's start {}", end.format("%Y-%m-%d %H:%M"), session.start.format("%Y-%m-%d %H:%M"));
            }
            let minutes = (end - session.start).num_minutes();
            let rule = UnitsRule::from_sql(&organization.units_rule).unwrap_or(UnitsRule::Midpoint);
            let (delivered, per_unit) = delivered_units(tx, rule, &session, minutes).await?;
            let mut billed = delivered;
            let mut unbilled_minutes = 0;
            if let Some(authorization_id) = session.authorization_id {
                let auth = authorizations::find(tx.conn(), &authorization_id.to_string()).await?.ok_or_else(|| anyhow!("the appointment's authorization is gone"))?;
                // What the authorization can still cover once this appointment's own
                // reservation is given back.
                let coverable = i64::from(auth.remaining_units + session.reserved_units);
                match args.bill_units {
                    Some(n) if i64::from(n) > delivered => bail!("--bill-units {n} is more than the {delivered} unit(s) delivered"),
                    Some(n) if i64::from(n) > coverable => bail!("--bill-units {n} is more than the authorization can cover ({coverable})"),
                    Some(n) if n < 0 => bail!("--bill-units cannot be negative"),
                    Some(n) => {
                        billed = i64::from(n);
                        unbilled_minutes = (minutes - billed * per_unit).max(0);
                    }
                    None if delivered > coverable => bail!(
                        "{minutes} minutes come to {delivered} unit(s) under the {rule} rule, but the authorization {} can cover only {coverable} ({} used, {} scheduled of {}, {} reserved by this appointment); bill what it covers with --bill-units {coverable}, the rest is recorded as unbilled minutes",
                        auth.authorization_number.clone().unwrap_or_else(|| auth.id.to_string()),
                        auth.used_units,
                        auth.scheduled_units,
                        auth.total_units,
                        session.reserved_units
                    ),
                    None => {}
                }
                let billed_i32 = i32::try_from(billed).map_err(|_| anyhow!("too many units"))?;
                if !sessions::consume(
                    tx.conn(),
                    &Consumption {
                        organization_id: organization.id,
                        authorization_id,
                        appointment_id: session.appointment_id,
                        session_id: session.id,
                        reserved: session.reserved_units,
                        billed: billed_i32,
                        recorded_by: operator,
                    },
                )
                .await? {
                    bail!("the authorization changed while the session was completing; run the command again");
                }
            }
            let events = event_list(&sessions::events(tx.conn(), session.id).await?);
            let metrics = rules::metrics(minutes, billed, unbilled_minutes, &events);
            if !sessions::close(tx.conn(), session.id, "COMPLETED", Some(end), &serde_json::to_value(&metrics)?, None).await? {
                bail!("the session changed while it was completing; run the command again");
            }
            let after = sessions::require(tx.conn(), session.id).await?;
            let entry = AuditEntry::new(ACTION)
                .entity("session", session.id)
                .changed("status", "IN_PROGRESS", "COMPLETED")
                .detail("minutes", minutes)
                .detail("units_reserved", session.reserved_units)
                .detail("units_billed", billed)
                .detail("unbilled_minutes", unbilled_minutes);
            Ok((after, entry))
        })
        .await?;
    app.ui.info(format!("completed the session: {} unit(s) billed", done.metrics["billed_units"]));
    output::print_record(app.global.output, &done)
}

fn event_list(rows: &[EventRow]) -> Vec<Event> {
    rows.iter()
        .filter_map(|row| {
            Some(Event {
                at: row.at,
                kind: EventType::from_sql(&row.event_type)?,
                data: serde_json::from_value(row.data.clone()).ok()?,
            })
        })
        .collect()
}

async fn cancel(app: &App, pool: &sqlx::PgPool, args: CancelArgs) -> Result<()> {
    const ACTION: &str = "session.cancel";
    if args.reason.trim().is_empty() {
        bail!("--reason must say why the session is cancelled");
    }
    let access = access::authorize(pool, &app.global, ACTION, RUN).await?;
    let organization = access.clinic()?.clone();
    let operator = access.operator().ok().map(|o| o.id);
    let cancelled = access
        .transact(pool, ACTION, async |tx| {
            let session = in_progress(tx, args.session).await?;
            let appointment = appointments::find(tx.conn(), session.appointment_id)
                .await?
                .ok_or_else(|| anyhow!("the session's appointment is gone"))?;
            scheduling::release(tx.conn(), &organization, operator, &appointment, Some(&args.reason)).await?;
            if !sessions::close(tx.conn(), session.id, "CANCELLED", None, &serde_json::json!({}), Some(&args.reason))
                .await?
            {
                bail!("the session changed while it was being cancelled; run the command again");
            }
            let after = sessions::require(tx.conn(), session.id).await?;
            let entry = AuditEntry::new(ACTION)
                .entity("session", session.id)
                .changed("status", "IN_PROGRESS", "CANCELLED")
                .detail("units_released", session.reserved_units);
            Ok((after, entry))
        })
        .await?;
    app.ui.info(format!("cancelled the session; {} unit(s) released", cancelled.reserved_units));
    output::print_record(app.global.output, &cancelled)
}

async fn note(app: &App, pool: &sqlx::PgPool, command: NoteCommand) -> Result<()> {
    let action = match &command {
        NoteCommand::Generate(_) => "session.note.generate",
        NoteCommand::Edit(_) => "session.note.edit",
        NoteCommand::Sign(_) => "session.note.sign",
        NoteCommand::Addendum(_) => "session.note.addendum",
        NoteCommand::Show(_) => "session.read",
    };
    let access = access::authorize(pool, &app.global, action, RUN).await?;
    let organization_id = access.clinic()?.id;
    let operator = access.operator().ok().map(|o| o.id);
    let text_from_file = match &command {
        NoteCommand::Edit(args) => {
            let mut text = String::new();
            if args.file == std::path::Path::new("-") {
                std::io::stdin().read_to_string(&mut text)?;
            } else {
                text = std::fs::read_to_string(&args.file)
                    .with_context(|| format!("could not read {}", args.file.display()))?;
            }
            if text.trim().is_empty() {
                bail!("the note file is empty");
            }
            Some(text)
        }
        _ => None,
    };
    let shown = access
        .transact(pool, action, async |tx| {
            let id = match &command {
                NoteCommand::Generate(a) | NoteCommand::Sign(a) | NoteCommand::Show(a) => a.session,
                NoteCommand::Edit(a) => a.session,
                NoteCommand::Addendum(a) => a.session,
            };
            let session = sessions::require(tx.conn(), id).await?;
            let mut entry = AuditEntry::new(action).entity("session", session.id);
            match &command {
                NoteCommand::Generate(_) => {
                    if session.status != "COMPLETED" {
                        bail!("the session is {}: a note is written for a COMPLETED session", session.status);
                    }
                    let metrics: Metrics = serde_json::from_value(session.metrics.clone())
                        .context("the session's metrics are unreadable")?;
                    let events = event_list(&sessions::events(tx.conn(), session.id).await?);
                    let text = rules::note_text(&NoteInput {
                        medical_record_number: &session.medical_record_number,
                        practitioner: &session.practitioner_name,
                        credentials: &session.practitioner_credentials.join(", "),
                        service_code: &session.service_code,
                        start: session.start,
                        end: session.end.unwrap_or(session.start),
                        metrics: &metrics,
                        events: &events,
                    });
                    if !sessions::set_draft(tx.conn(), session.id, &text).await? {
                        bail!("the note is signed and cannot change: add an addendum instead");
                    }
                    entry = entry.changed_phi("note_text");
                }
                NoteCommand::Edit(_) => {
                    if !sessions::set_draft(tx.conn(), session.id, text_from_file.as_deref().unwrap_or_default())
                        .await?
                    {
                        bail!("the note is signed and cannot change: add an addendum instead");
                    }
                    entry = entry.changed_phi("note_text");
                }
                NoteCommand::Sign(_) => {
                    let signer = operator.ok_or_else(|| anyhow!("a note is signed by an identified operator"))?;
                    if session.note_status == "SIGNED" {
                        bail!(
                            "the note was already signed by {} on {}",
                            session.signed_by.clone().unwrap_or_default(),
                            session.signed_at.map(|t| t.to_string()).unwrap_or_default()
                        );
                    }
                    if !sessions::sign(tx.conn(), session.id, signer).await? {
                        bail!("there is no draft to sign: write one with omnictl session note generate");
                    }
                    entry = entry.changed("note_status", "DRAFT", "SIGNED");
                }
                NoteCommand::Addendum(args) => {
                    if session.note_status != "SIGNED" {
                        bail!("the note is a DRAFT: edit it instead of adding an addendum");
                    }
                    let author = operator.ok_or_else(|| anyhow!("an addendum is written by an identified operator"))?;
                    sessions::add_addendum(tx.conn(), organization_id, session.id, author, &args.text).await?;
                    entry = entry.changed_phi("addendum");
                }
                NoteCommand::Show(_) => {
                    entry = entry.detail("command", "session note show").detail("count", 1);
                }
            }
            let after = sessions::require(tx.conn(), session.id).await?;
            let addenda = sessions::addenda(tx.conn(), session.id).await?;
            Ok(((after, addenda), entry))
        })
        .await?;
    let (session, addenda) = shown;
    print_note(&session, &addenda);
    Ok(())
}

fn print_note(session: &Session, addenda: &[Addendum]) {
    match &session.note_text {
        None => println!("(no note yet: omnictl session note generate {})", session.id),
        Some(text) => print!("{text}"),
    }
    match (&session.signed_by, session.signed_at) {
        (Some(by), Some(at)) => println!("\nSigned by {by} at {}", at.format("%Y-%m-%d %H:%M:%S UTC")),
        _ => println!("\n(DRAFT)"),
    }
    for addendum in addenda {
        println!(
            "\nAddendum by {} at {}:\n{}",
            addendum.author,
            addendum.written_at.format("%Y-%m-%d %H:%M:%S UTC"),
            addendum.text
        );
    }
}

/// `session show`: the session, its timeline and metrics.
#[derive(Debug, Serialize)]
struct Shown {
    #[serde(flatten)]
    session: Session,
    events: Vec<EventRow>,
}

async fn show(app: &App, pool: &sqlx::PgPool, args: SessionArgs) -> Result<()> {
    const ACTION: &str = "session.read";
    let access = access::authorize(pool, &app.global, ACTION, RUN).await?;
    let shown = access
        .transact(pool, ACTION, async |tx| {
            let session = sessions::require(tx.conn(), args.session).await?;
            let events = sessions::events(tx.conn(), session.id).await?;
            let entry = AuditEntry::new(ACTION)
                .entity("session", session.id)
                .detail("command", "session show")
                .detail("count", 1);
            Ok((Shown { session, events }, entry))
        })
        .await?;
    if app.global.output != output::OutputFormat::Table {
        return output::print_record(app.global.output, &shown);
    }
    let s = &shown.session;
    println!(
        "session {} — {} — {} with {} ({})",
        s.id, s.status, s.service_code, s.practitioner_name, s.medical_record_number
    );
    println!(
        "scheduled {}–{}, ran {}–{}",
        s.scheduled_start.format("%Y-%m-%d %H:%M"),
        s.scheduled_end.format("%H:%M"),
        s.start.format("%Y-%m-%d %H:%M"),
        s.end.map(|e| e.format("%H:%M").to_string()).unwrap_or_else(|| "…".to_string())
    );
    println!(
        "units reserved {}, billed {}",
        s.reserved_units,
        s.metrics.get("billed_units").map(|v| v.to_string()).unwrap_or_else(|| "-".to_string())
    );
    if let Ok(m) = serde_json::from_value::<Metrics>(s.metrics.clone())
        && s.status == "COMPLETED"
    {
        println!(
            "minutes {}; mands {}; trials {}{}",
            m.session_minutes,
            m.mands,
            m.trials,
            m.trial_accuracy_percent.map(|p| format!(" at {p:.1}%")).unwrap_or_default()
        );
        for (name, rate) in &m.behaviors_per_hour {
            println!("  {name}: {} ({rate:.1}/h)", m.behaviors.get(name).copied().unwrap_or_default());
        }
    }
    println!("note {}", s.note_status);
    println!();
    output::print_list(app.global.output, &shown.events)
}

async fn list(app: &App, pool: &sqlx::PgPool, args: ListArgs) -> Result<()> {
    const ACTION: &str = "session.read";
    let access = access::authorize(pool, &app.global, ACTION, RUN).await?;
    let from =
        args.from.as_deref().map(crate::domain::dates::parse_date).transpose().map_err(|e| anyhow!("--from: {e}"))?;
    let to = args.to.as_deref().map(crate::domain::dates::parse_date).transpose().map_err(|e| anyhow!("--to: {e}"))?;
    let status = match args.status.as_deref().map(|s| s.trim().to_ascii_lowercase()) {
        None => None,
        Some(s) if s == "in-progress" || s == "in_progress" => Some("IN_PROGRESS".to_string()),
        Some(s) if s == "completed" || s == "cancelled" => Some(s.to_ascii_uppercase()),
        Some(other) => bail!("--status {other:?}: use in-progress, completed or cancelled"),
    };
    let rows = access
        .transact(pool, ACTION, async |tx| {
            let patient_id = match &args.patient {
                Some(key) => Some(patients::require(tx.conn(), key).await?.id),
                None => None,
            };
            let practitioner_id = match &args.practitioner {
                Some(key) => Some(practitioners::require(tx.conn(), key).await?.id),
                None => None,
            };
            let rows = sessions::list(
                tx.conn(),
                &SessionFilter { patient_id, practitioner_id, from, to, status: status.clone() },
            )
            .await?;
            let entry = AuditEntry::new(ACTION)
                .entity_type("session")
                .detail("command", "session list")
                .detail("count", rows.len());
            Ok((rows, entry))
        })
        .await?;
    output::print_list(app.global.output, &rows)
}

impl Tabular for Session {
    fn headers() -> Vec<&'static str> {
        vec!["start", "end", "mrn", "practitioner", "code", "reserved", "billed", "status", "note", "id"]
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.start.format("%Y-%m-%d %H:%M").to_string(),
            self.end.map(|e| e.format("%H:%M").to_string()).unwrap_or_default(),
            self.medical_record_number.clone(),
            self.practitioner_name.clone(),
            self.service_code.clone(),
            self.reserved_units.to_string(),
            self.metrics.get("billed_units").map(|v| v.to_string()).unwrap_or_default(),
            self.status.clone(),
            self.note_status.clone(),
            self.id.to_string(),
        ]
    }
}

impl Tabular for Shown {
    fn headers() -> Vec<&'static str> {
        Session::headers()
    }

    fn cells(&self) -> Vec<String> {
        self.session.cells()
    }
}

impl Tabular for EventRow {
    fn headers() -> Vec<&'static str> {
        vec!["at", "type", "details", "id"]
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.at.format("%H:%M:%S").to_string(),
            self.event_type.clone(),
            self.data.to_string(),
            self.id.to_string(),
        ]
    }
}
