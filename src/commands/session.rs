//! `omnictl session`: running a booked appointment as a clinical session — start,
//! record events, complete (the reserved units become used ones, by the clinic's
//! minutes-to-units rule), or cancel (the units go back); then the session note: a
//! deterministic draft, edited, signed (then unchangeable), with dated addenda. A
//! clinic's users (STAFF included) run sessions.

use crate::domain::ids::{AppointmentId, Key, PatientId, PractitionerId, SessionId};
use std::io::Read;
use std::path::PathBuf;

use anyhow::{Context, Result, anyhow};
use clap::{Args, Subcommand};

use super::{App, bulk};
use crate::db::Schema;
use crate::domain::clock::{self, WallTime, parse_wall_time};
use crate::domain::dates::DateArg;
use crate::domain::scheduling::{PlaceOfService, parse_local_datetime};
use crate::domain::session::{EventData, EventType, Metrics, SessionStatus};
use crate::domain::text::{MAX_NOTE, MAX_REASON};
use crate::import::session_events::SessionEvents;
use crate::ops::sessions::{self as ops, Shown};
use crate::output::{self, Tabular};
use crate::store::sessions::{self, EventRow, Session};

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
    /// Completed sessions whose note is not signed in time (for cron): this clinic's, or
    /// every clinic's for a super admin (no patient data).
    NotesUnsigned(UnsignedArgs),
}

#[derive(Debug, Args)]
pub struct UnsignedArgs {
    /// How long after a session ends its note must be signed: 24h, 2d, 1w.
    #[arg(long, default_value = "24h", value_name = "AGE")]
    pub older_than: String,
    /// Exit 10 when anything is listed (for cron), 0 when nothing is; failures use 1–6.
    #[arg(long)]
    pub exit_code: bool,
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
    /// Replace the DRAFT narrative with a file's (or - for stdin); the header is the
    /// session record's and cannot be edited.
    Edit(NoteEditArgs),
    /// Sign the note as the practitioner who rendered the service (their own user), once
    /// the session is COMPLETED: it can never change afterwards. The narrative must be
    /// the clinician's own, and the session needs recorded events (in each hour of a
    /// session over 3 hours) or --no-data-reason.
    Sign(SignArgs),
    /// Add a supervising BCBA's or BCBA-D's co-signature to a signed note.
    Cosign(SessionArgs),
    /// Append a dated addendum to a signed note.
    Addendum(AddendumArgs),
    /// Print the note and its addenda.
    Show(SessionArgs),
}

#[derive(Debug, Args)]
pub struct StartArgs {
    /// The SCHEDULED appointment the session delivers: its id, or its first 8 or more
    /// characters.
    #[arg(long)]
    pub appointment: Key<AppointmentId>,
    /// When it started, "YYYY-MM-DD HH:MM" (default: now); on the appointment's date,
    /// never in the future.
    #[arg(long, value_parser = parse_wall_time)]
    pub at: Option<WallTime>,
    /// Where the service is delivered, when not where it was booked: clinic, home,
    /// school, community, telehealth or telehealth-home. The appointment then shows the
    /// delivered place too.
    #[arg(long, value_enum, value_name = "PLACE")]
    pub place: Option<PlaceOfService>,
    /// The telehealth claim's modifier with --place telehealth(-home), 95 or GT (default:
    /// the clinic's); an in-person place carries none.
    #[arg(long, value_name = "95|GT", requires = "place")]
    pub modifier: Option<String>,
}

#[derive(Debug, Args)]
pub struct SessionArgs {
    /// The session's id.
    pub session: Key<SessionId>,
}

#[derive(Debug, Args)]
pub struct EventArgs {
    /// The session in progress (its id).
    pub session: Key<SessionId>,
    /// behavior, mand, trial or note.
    #[arg(long = "type", value_enum)]
    pub kind: EventType,
    /// The behaviour's name, e.g. tantrum.
    #[arg(long)]
    pub name: Option<String>,
    /// When it happened, "YYYY-MM-DD HH:MM" (default: now).
    #[arg(long, value_parser = parse_local_datetime)]
    pub at: Option<chrono::NaiveDateTime>,
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
    /// A note's text (for --type note), or a remark on any event.
    #[arg(long)]
    pub text: Option<String>,
}

#[derive(Debug, Args)]
pub struct EventImportArgs {
    /// The session in progress the events belong to.
    pub session: Key<SessionId>,
    #[command(flatten)]
    pub import: bulk::ImportArgs,
}

#[derive(Debug, Args)]
pub struct CompleteArgs {
    /// The session in progress (its id).
    pub session: Key<SessionId>,
    /// When it ended, "YYYY-MM-DD HH:MM" (default: now).
    #[arg(long, value_parser = parse_wall_time)]
    pub end: Option<WallTime>,
    /// Bill this many units when the authorization cannot cover all that was delivered;
    /// the rest is recorded as unbilled minutes.
    #[arg(long, value_parser = clap::value_parser!(i32).range(0..=1_000))]
    pub bill_units: Option<i32>,
    /// Bill past the code's daily maximum (clinic ADMIN only; needs --reason).
    #[arg(long, requires = "reason")]
    pub override_daily_max: bool,
    /// Why the daily maximum is passed (kept with the session and audited).
    #[arg(long, requires = "override_daily_max")]
    pub reason: Option<String>,
    /// A group member delivered without the rest of its group: bill it as the group
    /// code's individual code (97154 → 97153, 97158 → 97155, 97157 → 97156).
    #[arg(long)]
    pub as_individual: bool,
}

#[derive(Debug, Args)]
pub struct CancelArgs {
    /// The session in progress (its id).
    pub session: Key<SessionId>,
    /// Why it is cancelled (kept with it).
    #[arg(long)]
    pub reason: String,
}

#[derive(Debug, Args)]
pub struct NoteEditArgs {
    /// The session's id.
    pub session: Key<SessionId>,
    /// The note's new text: a file, or - for standard input.
    #[arg(long)]
    pub file: PathBuf,
}

#[derive(Debug, Args)]
pub struct SignArgs {
    /// The session's id.
    pub session: Key<SessionId>,
    /// Why the session has no recorded events, or none in some of its hours (printed
    /// in the signed note and kept in the audit trail).
    #[arg(long, value_name = "TEXT")]
    pub no_data_reason: Option<String>,
}

#[derive(Debug, Args)]
pub struct AddendumArgs {
    /// The session's id.
    pub session: Key<SessionId>,
    /// The addendum, dated and signed by you.
    #[arg(long)]
    pub text: String,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// The patient's MRN or id.
    #[arg(long)]
    pub patient: Option<Key<PatientId>>,
    /// The practitioner's NPI or id.
    #[arg(long)]
    pub practitioner: Option<Key<PractitionerId>>,
    /// From this day (inclusive): YYYY-MM-DD, M/D/YYYY, today, -2w …
    #[arg(long, value_name = "DATE", value_parser = DateArg::parse, allow_hyphen_values = true)]
    pub from: Option<DateArg>,
    /// To this day (inclusive).
    #[arg(long, value_name = "DATE", value_parser = DateArg::parse, allow_hyphen_values = true)]
    pub to: Option<DateArg>,
    /// in-progress, completed or cancelled.
    #[arg(long, value_enum)]
    pub status: Option<SessionStatus>,
}

pub async fn run(app: &App, command: SessionCommand) -> Result<()> {
    let pool = app.connect(Schema::Current).await?;
    let runner = app.runner(&pool);
    let result = match command {
        SessionCommand::Start(args) => {
            let place = args.place.map(|place| (place, args.modifier.clone()));
            let start = ops::Start { appointment: args.appointment, at: args.at, place };
            let started = runner.run(start).await.map_err(at_flags)?;
            app.ui.info(format!("started the session {}", started.id));
            output::print_record(app.global.output, &started)
        }
        SessionCommand::Event(EventCommand::Add(args)) => add_event(app, &pool, args).await,
        SessionCommand::Event(EventCommand::List(args)) => {
            let events = runner.run(ops::Events { session: args.session }).await?;
            output::print_list(app.global.output, &events)
        }
        SessionCommand::Event(EventCommand::Import(args)) => {
            let events =
                SessionEvents { session: crate::domain::ids::SessionId(uuid::Uuid::nil()), named: Some(args.session) };
            bulk::import(app, &pool, events, args.import).await
        }
        SessionCommand::Complete(args) => {
            let reason = match (args.override_daily_max, args.reason.as_deref()) {
                (true, Some(reason)) => Some(super::line_flag("--reason", reason, MAX_REASON)?),
                _ => None,
            };
            let complete = ops::Complete {
                session: args.session,
                end: args.end,
                bill_units: args.bill_units,
                override_daily_max: reason,
                as_individual: args.as_individual,
            };
            let done = runner.run(complete).await.map_err(at_flags)?;
            app.ui.info(match done.dates_of_service {
                1 => format!("completed the session: {} unit(s) billed", done.billed_units),
                dates => format!(
                    "completed the session: {} unit(s) billed on {dates} dates of service (it crossed midnight)",
                    done.billed_units
                ),
            });
            output::print_record(app.global.output, &done.session)
        }
        SessionCommand::Cancel(args) => {
            let reason = super::line_flag("--reason", &args.reason, MAX_REASON)?;
            let cancelled = runner.run(ops::Cancel { session: args.session, reason }).await?;
            app.ui.info(format!("cancelled the session; {} unit(s) released", cancelled.reserved_units));
            output::print_record(app.global.output, &cancelled)
        }
        SessionCommand::Note(command) => note(app, &pool, command).await,
        SessionCommand::Show(args) => show(app, &pool, args).await,
        SessionCommand::List(args) => {
            let filter = ops::Filter {
                patient: args.patient,
                practitioner: args.practitioner,
                from: None,
                to: None,
                status: args.status,
            };
            super::list::print(app, &pool, ops::listing(), async |tx, session| {
                let today = session.today();
                let filter = ops::Filter {
                    from: args.from.map(|d| d.on(today)),
                    to: args.to.map(|d| d.on(today)),
                    ..filter.clone()
                };
                ops::list_query(tx, &filter).await
            })
            .await
        }
        SessionCommand::NotesUnsigned(args) => {
            let older_than = age_flag("--older-than", &args.older_than)?;
            let rows = runner.run(ops::Unsigned { older_than }).await?;
            output::print_list(app.global.output, &rows)?;
            if rows.is_empty() {
                app.ui.info("every completed session's note is signed in time");
                Ok(())
            } else if args.exit_code {
                Err(super::Flagged.into())
            } else {
                Ok(())
            }
        }
    };
    pool.close().await;
    result
}

/// An age: 24h, 2d, 1w (a bare number is hours).
fn age_flag(flag: &str, text: &str) -> Result<chrono::Duration> {
    let text = text.trim();
    let (number, unit) = match text.char_indices().last() {
        Some((i, 'h')) => (&text[..i], 1),
        Some((i, 'd')) => (&text[..i], 24),
        Some((i, 'w')) => (&text[..i], 24 * 7),
        _ => (text, 1),
    };
    match number.parse::<i64>() {
        Ok(n) if (0..=24 * 366).contains(&(n * unit)) => Ok(chrono::Duration::hours(n * unit)),
        _ => Err(super::bad_flag(
            flag,
            format!("{text:?} is not an age: use hours, days or weeks, e.g. 24h, 2d, 1w (up to a year)"),
        )),
    }
}

/// A start or end time the clinic's clock skips or repeats, named by its flag.
fn at_flags(error: anyhow::Error) -> anyhow::Error {
    crate::ops::Invalid::with_flags(error, |column| format!("--{column}"))
}

async fn add_event(app: &App, pool: &sqlx::PgPool, args: EventArgs) -> Result<()> {
    let at = args.at;
    let data = EventData {
        name: args.name,
        duration_seconds: args.duration_seconds,
        intensity: args.intensity,
        target: args.target,
        correct: args.correct,
        prompt_level: args.prompt_level,
        text: args.text,
    };
    let event = app
        .runner(pool)
        .run(ops::AddEvent { session: args.session, kind: args.kind, at, data })
        .await
        .map_err(|e| crate::ops::Invalid::with_flags(e, |column| format!("--{}", column.replace('_', "-"))))?;
    app.ui.info(format!("recorded the event {}", event.id));
    output::print_record(app.global.output, &event)
}

async fn note(app: &App, pool: &sqlx::PgPool, command: NoteCommand) -> Result<()> {
    let (session, act) = match command {
        NoteCommand::Generate(a) => (a.session, ops::NoteAct::Generate),
        NoteCommand::Cosign(a) => (a.session, ops::NoteAct::Cosign),
        NoteCommand::Show(a) => (a.session, ops::NoteAct::Show),
        NoteCommand::Edit(a) => (a.session, ops::NoteAct::Edit(note_file(&a.file)?)),
        NoteCommand::Addendum(a) => {
            let text = super::text_flag("the addendum", &a.text, MAX_NOTE)?;
            (a.session, ops::NoteAct::Addendum(text))
        }
        NoteCommand::Sign(a) => {
            let no_data_reason = match a.no_data_reason.as_deref() {
                Some(reason) => Some(
                    crate::domain::session::no_data_reason(reason)
                        .map_err(|e| super::bad_flag("--no-data-reason", e))?,
                ),
                None => None,
            };
            (a.session, ops::NoteAct::Sign { no_data_reason })
        }
    };
    let note = app.runner(pool).run(ops::NoteOp { session, act }).await?;
    if !app.global.output.is_table() {
        return output::print_record(app.global.output, &note);
    }
    print_note(&note);
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

impl Tabular for ops::Note {
    fn headers() -> Vec<&'static str> {
        vec!["session_id", "status", "text", "signed_by", "signed_at", "cosigned_by", "addenda"]
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.session_id.to_string(),
            self.status.to_string(),
            self.text.clone(),
            self.signed_by.clone().unwrap_or_default(),
            self.signed_at.map(|t| clock::on_clinic_clock(t, &self.session.time_zone)).unwrap_or_default(),
            self.cosigned_by.clone().unwrap_or_default(),
            self.addenda.len().to_string(),
        ]
    }
}

fn print_note(note: &ops::Note) {
    print!("{}", note.text);
    for addendum in &note.addenda {
        let zone = &note.session.time_zone;
        let at = clock::zone(zone)
            .map(|z| addendum.written_at.with_timezone(&z).naive_local())
            .unwrap_or_else(|_| addendum.written_at.naive_utc());
        let line = crate::domain::session::signature_line("Addendum", &addendum.author, &addendum.credential, at, zone);
        println!("\n{line}:\n{}", addendum.text);
    }
}

impl Tabular for sessions::UnsignedNote {
    fn headers() -> Vec<&'static str> {
        vec!["clinic", "ended", "practitioner", "code", "session"]
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.organization_slug.clone(),
            self.local_end.format("%Y-%m-%d %H:%M").to_string(),
            self.practitioner_name.clone(),
            self.service_code.clone(),
            self.session_id.to_string(),
        ]
    }
}

async fn show(app: &App, pool: &sqlx::PgPool, args: SessionArgs) -> Result<()> {
    let shown = app.runner(pool).run(ops::ShowSession { session: args.session }).await?;
    if !app.global.output.is_table() {
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
    println!("place {}", s.place_of_service.describe(s.telehealth_modifier.as_deref()));
    for (when, reason) in [("booked", &s.booking_daily_max_override), ("billed", &s.daily_max_override)] {
        if let Some(reason) = reason {
            println!("{when} over the code's daily maximum (ADMIN override): {reason}");
        }
    }
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
        vec!["start", "end", "mrn", "practitioner", "code", "reserved", "billed", "status", "note", "id", "place"]
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
            self.place_of_service.describe(self.telehealth_modifier.as_deref()),
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
