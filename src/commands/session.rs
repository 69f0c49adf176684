//! `omnictl session`: running a booked appointment as a clinical session — start,
//! record events, complete (the reserved units become used ones, by the clinic's
//! minutes-to-units rule), or cancel (the units go back); then the session note: a
//! deterministic draft, edited, signed (then unchangeable), with dated addenda. A
//! clinic's users (STAFF included) run sessions.

use std::io::Read;

use anyhow::{Context, Result, anyhow};

use super::{App, bulk};
use crate::cli::session::{EventArgs, EventCommand, NoteCommand, SessionArgs, SessionCommand};
use crate::db::Schema;
use crate::domain::clock::{self};
use crate::domain::session::{EventData, Metrics, SessionStatus};
use crate::domain::text::{MAX_NOTE, MAX_REASON};
use crate::import::session_events::SessionEvents;
use crate::ops::sessions::{self as ops, Shown};
use crate::output::Tabular;
use crate::store::sessions::{self, EventRow, Session};

pub async fn run(app: &App, command: SessionCommand) -> Result<()> {
    let pool = app.connect(Schema::Current).await?;
    let runner = app.runner(&pool);
    let result = match command {
        SessionCommand::Start(args) => {
            let place = args.place.map(|place| (place, args.modifier.clone()));
            let start = ops::Start { appointment: args.appointment, at: args.at, place };
            let started = runner.run(start).await.map_err(at_flags)?;
            app.ui.info(format!("started the session {}", started.id));
            app.print_record(&started)
        }
        SessionCommand::Event(EventCommand::Add(args)) => add_event(app, &pool, args).await,
        SessionCommand::Event(EventCommand::List(args)) => {
            let events = runner.run(ops::Events { session: args.session }).await?;
            app.print_list(&events)
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
            app.print_record(&done.session)
        }
        SessionCommand::Cancel(args) => {
            let reason = super::line_flag("--reason", &args.reason, MAX_REASON)?;
            let cancelled = runner.run(ops::Cancel { session: args.session, reason }).await?;
            app.ui.info(format!("cancelled the session; {} unit(s) released", cancelled.reserved_units));
            app.print_record(&cancelled)
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
            let query = crate::store::sessions::UnsignedNotes { older_than };
            let read = ops::unsigned_listing(older_than);
            let rows = super::list::print_counted(app, &pool, read, async |_tx, _session| Ok(query)).await?;
            if rows == 0 {
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
    app.print_record(&event)
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
        return app.print_record(&note);
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
        return app.print_record(&shown);
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
    app.print_list(&shown.events)
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
