//! `omnictl session`: running a booked appointment as a clinical session — start,
//! record events, complete (the reserved units become used ones, by the clinic's
//! minutes-to-units rule), or cancel (the units go back); then the session note: a
//! deterministic draft, edited, signed (then unchangeable), with dated addenda. A
//! clinic's users (STAFF included) run sessions.

use std::io::Read;
use std::path::PathBuf;

use anyhow::{Context, Result, anyhow};
use chrono::{DateTime, Utc};
use clap::{Args, Subcommand};
use serde::Serialize;

use super::{App, bulk};
use crate::access::Need;
use crate::db::Schema;
use crate::domain::clock::{self, parse_wall_time};
use crate::domain::ids::{AppointmentId, SessionId};
use crate::domain::scheduling::parse_local_datetime;
use crate::domain::session::{EventData, EventType, Metrics, NoteStatus, SessionStatus};
use crate::domain::text::{MAX_NOTE, MAX_REASON};
use crate::import::session_events::SessionEvents;
use crate::ops::sessions::{self as ops, Shown};
use crate::output::{self, Tabular};
use crate::store::organizations::Organization;
use crate::store::sessions::{Addendum, EventRow, Session};

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
    pub appointment: AppointmentId,
    /// When it started, "YYYY-MM-DD HH:MM" (default: now).
    #[arg(long)]
    pub at: Option<String>,
}

#[derive(Debug, Args)]
pub struct SessionArgs {
    pub session: SessionId,
}

#[derive(Debug, Args)]
pub struct EventArgs {
    pub session: SessionId,
    /// behavior, mand, trial or note.
    #[arg(long = "type", value_enum)]
    pub kind: EventType,
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
    /// The session in progress the events belong to.
    pub session: SessionId,
    #[command(flatten)]
    pub import: bulk::ImportArgs,
}

#[derive(Debug, Args)]
pub struct CompleteArgs {
    pub session: SessionId,
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
    pub session: SessionId,
    #[arg(long)]
    pub reason: String,
}

#[derive(Debug, Args)]
pub struct NoteEditArgs {
    pub session: SessionId,
    /// The note's new text: a file, or - for standard input.
    #[arg(long)]
    pub file: PathBuf,
}

#[derive(Debug, Args)]
pub struct AddendumArgs {
    pub session: SessionId,
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
    #[arg(long, value_enum)]
    pub status: Option<SessionStatus>,
}

const RUN: Need = Need::PatientData { staff: true };

pub async fn run(app: &App, command: SessionCommand) -> Result<()> {
    let pool = app.connect(Schema::Current).await?;
    let result = match command {
        SessionCommand::Start(args) => {
            let started = app
                .run(&pool, ops::START, RUN, async |tx, session| {
                    let at = instant_flag(session.clinic()?, "--at", args.at.as_deref())?;
                    ops::begin(tx, args.appointment, at).await
                })
                .await?;
            app.ui.info(format!("started the session {}", started.id));
            output::print_record(app.global.output, &started)
        }
        SessionCommand::Event(EventCommand::Add(args)) => add_event(app, &pool, args).await,
        SessionCommand::Event(EventCommand::List(args)) => {
            let events =
                app.run(&pool, ops::READ, RUN, async |tx, _session| ops::events(tx, args.session).await).await?;
            output::print_list(app.global.output, &events)
        }
        SessionCommand::Event(EventCommand::Import(args)) => {
            bulk::import(app, &pool, RUN, SessionEvents { session: args.session }, args.import).await
        }
        SessionCommand::Complete(args) => {
            let done = app
                .run(&pool, ops::COMPLETE, RUN, async |tx, session| {
                    let end = instant_flag(session.clinic()?, "--end", args.end.as_deref())?;
                    ops::finish(tx, session.clinic()?, args.session, end, args.bill_units).await
                })
                .await?;
            app.ui.info(format!("completed the session: {} unit(s) billed", done.billed_units));
            output::print_record(app.global.output, &done.session)
        }
        SessionCommand::Cancel(args) => {
            let reason = super::line_flag("--reason", &args.reason, MAX_REASON)?;
            let cancelled = app
                .run(&pool, ops::CANCEL, RUN, async |tx, session| {
                    ops::cancel(tx, session.clinic()?, args.session, &reason).await
                })
                .await?;
            app.ui.info(format!("cancelled the session; {} unit(s) released", cancelled.reserved_units));
            output::print_record(app.global.output, &cancelled)
        }
        SessionCommand::Note(command) => note(app, &pool, command).await,
        SessionCommand::Show(args) => show(app, &pool, args).await,
        SessionCommand::List(args) => {
            let filter = ops::Filter {
                patient: args.patient,
                practitioner: args.practitioner,
                from: args.from.as_deref().map(|t| super::date_flag("--from", t)).transpose()?,
                to: args.to.as_deref().map(|t| super::date_flag("--to", t)).transpose()?,
                status: args.status,
            };
            let rows = app.run(&pool, ops::READ, RUN, async |tx, _session| ops::list(tx, &filter).await).await?;
            output::print_list(app.global.output, &rows)
        }
    };
    pool.close().await;
    result
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

async fn add_event(app: &App, pool: &sqlx::PgPool, args: EventArgs) -> Result<()> {
    let at = args.at.as_deref().map(|t| parse_local_datetime(t).map_err(|r| anyhow!("--at: {r}"))).transpose()?;
    let data = EventData {
        name: args.name,
        duration_seconds: args.duration_seconds,
        intensity: args.intensity,
        target: args.target,
        correct: args.correct,
        prompt_level: args.prompt_level,
        text: args.text,
    };
    let id = app
        .run(pool, ops::EVENT, RUN, async |tx, _session| ops::add_event(tx, args.session, args.kind, at, &data).await)
        .await
        .map_err(|e| crate::ops::Invalid::with_flags(e, |column| format!("--{}", column.replace('_', "-"))))?;
    app.ui.info(format!("recorded the event {id}"));
    Ok(())
}

async fn note(app: &App, pool: &sqlx::PgPool, command: NoteCommand) -> Result<()> {
    let action = match &command {
        NoteCommand::Generate(_) => ops::NOTE_GENERATE,
        NoteCommand::Edit(_) => ops::NOTE_EDIT,
        NoteCommand::Sign(_) => ops::NOTE_SIGN,
        NoteCommand::Addendum(_) => ops::NOTE_ADDENDUM,
        NoteCommand::Show(_) => ops::READ,
    };
    let (session, addenda) = match command {
        NoteCommand::Generate(a) => {
            app.run(pool, action, RUN, async |tx, _session| ops::generate(tx, a.session).await).await?
        }
        NoteCommand::Sign(a) => app.run(pool, action, RUN, async |tx, _| ops::sign(tx, a.session).await).await?,
        NoteCommand::Show(a) => app.run(pool, action, RUN, async |tx, _| ops::note(tx, a.session).await).await?,
        NoteCommand::Edit(a) => {
            let text = note_file(&a.file)?;
            app.run(pool, action, RUN, async |tx, _| ops::edit(tx, a.session, &text).await).await?
        }
        NoteCommand::Addendum(a) => {
            let text = super::text_flag("the addendum", &a.text, MAX_NOTE)?;
            app.run(pool, action, RUN, async |tx, _| ops::addendum(tx, a.session, &text).await).await?
        }
    };
    if app.global.output != output::OutputFormat::Table {
        let note = NoteView {
            session_id: session.id,
            status: session.note_status,
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

/// A note's text from a file (or - for stdin): no more than a note may hold (4 bytes a
/// character at most, and one byte over to tell a note that is too long).
fn note_file(path: &std::path::Path) -> Result<String> {
    let limit = (MAX_NOTE * 4 + 1) as u64;
    let mut bytes = Vec::new();
    if path == std::path::Path::new("-") {
        std::io::stdin().take(limit).read_to_end(&mut bytes)?;
    } else {
        std::fs::File::open(path)
            .and_then(|file| file.take(limit).read_to_end(&mut bytes))
            .with_context(|| format!("could not read {}", path.display()))?;
    }
    let text = String::from_utf8(bytes).map_err(|_| anyhow!("the note file is not UTF-8 text"))?;
    super::text_flag("the note file", &text, MAX_NOTE)
}

/// A session's note as data (`-o json|csv`).
#[derive(Debug, Serialize)]
struct NoteView {
    session_id: SessionId,
    status: NoteStatus,
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
            self.status.to_string(),
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

async fn show(app: &App, pool: &sqlx::PgPool, args: SessionArgs) -> Result<()> {
    let shown = app.run(pool, ops::READ, RUN, async |tx, _session| ops::show(tx, args.session).await).await?;
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
        && s.status == SessionStatus::Completed
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
            self.status.to_string(),
            self.note_status.to_string(),
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
            self.event_type.to_string(),
            self.data.to_string(),
            self.id.to_string(),
        ]
    }
}
