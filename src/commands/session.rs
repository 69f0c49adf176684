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
use crate::audit::AuditEntry;
use crate::db::Schema;
use chrono::{DateTime, Utc};

use crate::domain::clock::{self, parse_wall_time};
use crate::domain::scheduling::parse_local_datetime;
use crate::domain::session::{EventData, EventType, Metrics};
use crate::domain::text::{MAX_NOTE, MAX_REASON};
use crate::import::{ColumnSpec, CsvInput, ErrorReport, RowError};
use crate::output::{self, Tabular};
use crate::scheduling;
use crate::session_lifecycle as lifecycle;
use crate::store::organizations::Organization;
use crate::store::sessions::{self, Addendum, EventRow, Session, SessionFilter};
use crate::store::{appointments, organizations, patients, practitioners};

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
    /// How long the behaviour lasted, 0 to 86400 seconds.
    #[arg(long, value_parser = clap::value_parser!(i64).range(0..=86_400))]
    pub duration_seconds: Option<i64>,
    /// 1 (mild) to 5 (severe).
    #[arg(long, value_parser = clap::value_parser!(i64).range(1..=5))]
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
    #[arg(long, value_parser = clap::value_parser!(i32).range(0..=1_000))]
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

/// The instant a `--at` / `--end` names on the clinic's clock; None (the database's
/// now, read in the command's transaction) when not given.
fn instant_flag(organization: &Organization, flag: &str, text: Option<&str>) -> Result<Option<DateTime<Utc>>> {
    let Some(text) = text else {
        return Ok(None);
    };
    let wall = parse_wall_time(text).map_err(|reason| anyhow!("{flag}: {reason}"))?;
    let zone = clock::zone(&organization.time_zone).map_err(|e| anyhow!(e))?;
    clock::instant(zone, wall).map(Some).map_err(|reason| anyhow!("{flag}: {reason}"))
}

async fn start(app: &App, pool: &sqlx::PgPool, args: StartArgs) -> Result<()> {
    const ACTION: &str = "session.start";
    let session = access::authorize(pool, &app.global, ACTION, RUN).await?;
    let organization_id = session.clinic()?.id;
    let at = instant_flag(session.clinic()?, "--at", args.at.as_deref())?;
    let started = session
        .transact(pool, ACTION, async |tx| {
            let at = match at {
                Some(at) => at,
                None => organizations::now(tx.conn()).await?,
            };
            let started = lifecycle::start(tx.conn(), organization_id, args.appointment, at).await?;
            let appointment = started.appointment_id;
            let id = started.id;
            let entry = AuditEntry::new(ACTION).entity("session", id).detail("appointment", appointment.to_string());
            Ok((started, entry))
        })
        .await?;
    app.ui.info(format!("started the session {}", started.id));
    output::print_record(app.global.output, &started)
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
            let session = lifecycle::in_progress(tx.conn(), args.session).await?;
            let now = organizations::local_now(tx.conn(), organization_id).await?;
            let at = at.unwrap_or(now);
            lifecycle::checked_event(&session, now, kind, at, &mut data).map_err(|errors| {
                let lines: Vec<String> =
                    errors.iter().map(|(f, r)| format!("--{}: {r}", f.replace('_', "-"))).collect();
                anyhow!("the event is not valid:\n  {}", lines.join("\n  "))
            })?;
            let id = lifecycle::record_event(tx.conn(), organization_id, &session, kind, at, &data, operator).await?;
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
#[derive(Debug, Default, serde::Deserialize, Clone)]
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
            let session = lifecycle::in_progress(tx.conn(), args.session).await?;
            let now = organizations::local_now(tx.conn(), organization_id).await?;
            let mut valid = Vec::new();
            for (line, event) in lines.iter().cloned() {
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
                match lifecycle::checked_event(&session, now, kind, at, &mut data) {
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
                lifecycle::record_event(tx.conn(), organization_id, &session, *kind, *at, data, operator).await?;
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

async fn complete(app: &App, pool: &sqlx::PgPool, args: CompleteArgs) -> Result<()> {
    const ACTION: &str = "session.complete";
    let access = access::authorize(pool, &app.global, ACTION, RUN).await?;
    let organization = access.clinic()?.clone();
    let operator = access.operator().ok().map(|o| o.id);
    let end = instant_flag(&organization, "--end", args.end.as_deref())?;
    let done = access
        .transact(pool, ACTION, async |tx| {
            let end = match end {
                Some(end) => end,
                None => organizations::now(tx.conn()).await?,
            };
            let done =
                lifecycle::complete(tx.conn(), &organization, operator, args.session, end, args.bill_units).await?;
            let entry = AuditEntry::new(ACTION)
                .entity("session", done.session.id)
                .changed("status", "IN_PROGRESS", "COMPLETED")
                .detail("minutes", done.minutes)
                .detail("units_reserved", done.reserved_units)
                .detail("units_billed", done.billed_units)
                .detail("unbilled_minutes", done.unbilled_minutes);
            Ok((done.session, entry))
        })
        .await?;
    app.ui.info(format!("completed the session: {} unit(s) billed", done.metrics["billed_units"]));
    output::print_record(app.global.output, &done)
}

async fn cancel(app: &App, pool: &sqlx::PgPool, args: CancelArgs) -> Result<()> {
    const ACTION: &str = "session.cancel";
    let reason = super::line_flag("--reason", &args.reason, MAX_REASON)?;
    let access = access::authorize(pool, &app.global, ACTION, RUN).await?;
    let organization = access.clinic()?.clone();
    let operator = access.operator().ok().map(|o| o.id);
    let cancelled = access
        .transact(pool, ACTION, async |tx| {
            let session = lifecycle::in_progress(tx.conn(), args.session).await?;
            let appointment = appointments::find_for_update(tx.conn(), session.appointment_id)
                .await?
                .ok_or_else(|| anyhow!("the session's appointment is gone"))?;
            scheduling::release(tx.conn(), &organization, operator, &appointment, Some(&reason)).await?;
            if !sessions::close(tx.conn(), session.id, "CANCELLED", None, &serde_json::json!({}), Some(&reason)).await?
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
            // Read no more than a note may hold (4 bytes a character at most), and one byte
            // over to tell a note that is too long.
            let limit = (MAX_NOTE * 4 + 1) as u64;
            let mut bytes = Vec::new();
            if args.file == std::path::Path::new("-") {
                std::io::stdin().take(limit).read_to_end(&mut bytes)?;
            } else {
                std::fs::File::open(&args.file)
                    .and_then(|file| file.take(limit).read_to_end(&mut bytes))
                    .with_context(|| format!("could not read {}", args.file.display()))?;
            }
            let text = String::from_utf8(bytes).map_err(|_| anyhow!("the note file is not UTF-8 text"))?;
            Some(super::text_flag("the note file", &text, MAX_NOTE)?)
        }
        NoteCommand::Addendum(args) => Some(super::text_flag("the addendum", &args.text, MAX_NOTE)?),
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
                    lifecycle::generate_note(tx.conn(), &session).await?;
                    entry = entry.changed_phi("note_text");
                }
                NoteCommand::Edit(_) => {
                    lifecycle::replace_draft(tx.conn(), session.id, text_from_file.as_deref().unwrap_or_default())
                        .await?;
                    entry = entry.changed_phi("note_text");
                }
                NoteCommand::Sign(_) => {
                    let signer = operator.ok_or_else(|| anyhow!("a note is signed by an identified operator"))?;
                    lifecycle::sign_note(tx.conn(), &session, signer).await?;
                    entry = entry.changed("note_status", "DRAFT", "SIGNED");
                }
                NoteCommand::Addendum(_) => {
                    if session.note_status != "SIGNED" {
                        bail!("the note is a DRAFT: edit it instead of adding an addendum");
                    }
                    let author = operator.ok_or_else(|| anyhow!("an addendum is written by an identified operator"))?;
                    let text = text_from_file.as_deref().unwrap_or_default();
                    sessions::add_addendum(tx.conn(), organization_id, session.id, author, text).await?;
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
    if app.global.output != output::OutputFormat::Table {
        let note = NoteView {
            session_id: session.id,
            status: session.note_status.clone(),
            text: session.note_text.clone(),
            signed_by: session.signed_by.clone(),
            signed_at: session.signed_at,
            addenda,
        };
        return output::print_record(app.global.output, &note);
    }
    print_note(&session, &addenda);
    Ok(())
}

/// A session's note as data (`-o json|csv`).
#[derive(Debug, Serialize)]
struct NoteView {
    session_id: Uuid,
    status: String,
    text: Option<String>,
    signed_by: Option<String>,
    signed_at: Option<chrono::DateTime<chrono::Utc>>,
    addenda: Vec<Addendum>,
}

impl Tabular for NoteView {
    fn headers() -> Vec<&'static str> {
        vec!["session_id", "status", "text", "signed_by", "signed_at", "addenda"]
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.session_id.to_string(),
            self.status.clone(),
            self.text.clone().unwrap_or_default(),
            self.signed_by.clone().unwrap_or_default(),
            self.signed_at.map(|t| t.to_rfc3339()).unwrap_or_default(),
            self.addenda.len().to_string(),
        ]
    }
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
