//! `omnictl appointment`: booking against authorizations. Every rule is checked and the
//! units are reserved in the booking's own transaction (see `crate::scheduling`); a
//! clinic's users (STAFF included) schedule. Times are in the organization's time zone.

use std::collections::BTreeMap;

use anyhow::{Result, anyhow, bail};
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime};
use clap::{Args, Subcommand, ValueEnum};
use serde::Serialize;
use uuid::Uuid;

use super::App;
use crate::access::{self, Need};
use crate::audit::{AuditEntry, CommandTx};
use crate::db::Schema;
use chrono_tz::Tz;

use crate::domain::clock::{self, WallTime, parse_wall_time};
use crate::domain::dates::parse_date;
use crate::domain::scheduling::{AppointmentStatus, parse_time, parse_weekdays, weekly_occurrences};
use crate::domain::text::MAX_REASON;
use crate::output::{self, OutputFormat, Tabular};
use crate::scheduling::{self, Booked, BookingRequest};
use crate::store::appointments::{self, Appointment, AppointmentFilter};
use crate::store::organizations::{self, Organization};
use crate::store::{patients, practitioners};

#[derive(Debug, Subcommand)]
pub enum AppointmentCommand {
    /// Book an appointment (or a weekly series) against an authorization.
    ///
    /// Refused, naming the rule: inactive practitioner; credential not accepted for the
    /// code or expired on the date; authorization not ACTIVE, of another patient or
    /// code, or not covering the date; not enough units; the code's daily maximum for
    /// the patient; practitioner or patient already booked; a time that comes to 0 units.
    Create(CreateArgs),
    /// Cancel a scheduled appointment and release its units.
    Cancel(CancelArgs),
    /// Record that the patient did not come; the units are released.
    NoShow(IdArgs),
    /// Move a scheduled appointment: release and reserve again, every rule checked.
    Reschedule(RescheduleArgs),
    /// List appointments, or a week as a grid per practitioner (--week DATE).
    List(ListArgs),
    /// Show one appointment.
    Show(IdArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Repeat {
    Weekly,
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// The patient's MRN or id.
    #[arg(long)]
    pub patient: String,
    /// The practitioner's NPI or id.
    #[arg(long)]
    pub practitioner: String,
    /// The service code, e.g. 97153.
    #[arg(long)]
    pub code: String,
    /// Start, "YYYY-MM-DD HH:MM" in the organization's time zone.
    #[arg(long)]
    pub start: String,
    /// Length in real minutes, 1 to 1440.
    #[arg(long, conflicts_with = "end", required_unless_present = "end",
          value_parser = clap::value_parser!(i64).range(1..=1440))]
    pub minutes: Option<i64>,
    /// End time of day, HH:MM.
    #[arg(long)]
    pub end: Option<String>,
    /// The authorization (id or number); by default the one ACTIVE authorization of the
    /// patient and code covering the date.
    #[arg(long = "auth")]
    pub authorization: Option<String>,
    /// Repeat the appointment.
    #[arg(long, value_enum, requires = "on")]
    pub repeat: Option<Repeat>,
    /// Weekdays of a weekly series, e.g. mon,wed,fri.
    #[arg(long, requires = "repeat")]
    pub on: Option<String>,
    /// Last day of the series (inclusive).
    #[arg(long, requires = "repeat", conflicts_with = "count")]
    pub until: Option<String>,
    /// Number of appointments in the series.
    #[arg(long, requires = "repeat", value_parser = clap::value_parser!(u16).range(1..=260))]
    pub count: Option<u16>,
    /// Check everything and print the plan and the units it would reserve; book nothing.
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct CancelArgs {
    pub id: Uuid,
    /// Why it is cancelled (kept with the appointment).
    #[arg(long)]
    pub reason: String,
}

#[derive(Debug, Args)]
pub struct IdArgs {
    pub id: Uuid,
}

#[derive(Debug, Args)]
pub struct RescheduleArgs {
    pub id: Uuid,
    /// New start, "YYYY-MM-DD HH:MM".
    #[arg(long)]
    pub start: String,
    /// New length in real minutes, 1 to 1440 (default: unchanged).
    #[arg(long, value_parser = clap::value_parser!(i64).range(1..=1440))]
    pub minutes: Option<i64>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// From this day (inclusive).
    #[arg(long)]
    pub from: Option<String>,
    /// To this day (inclusive).
    #[arg(long)]
    pub to: Option<String>,
    /// The practitioner's NPI or id.
    #[arg(long)]
    pub practitioner: Option<String>,
    /// The patient's MRN or id.
    #[arg(long)]
    pub patient: Option<String>,
    #[arg(long, value_enum)]
    pub status: Option<AppointmentStatus>,
    /// A week (Monday to Sunday) as a grid per practitioner: this week with no value,
    /// `next`, or the week containing a DATE (in the clinic's time zone).
    #[arg(long, conflicts_with_all = ["from", "to"], num_args = 0..=1, default_missing_value = "this", value_name = "this|next|DATE")]
    pub week: Option<String>,
}

const SCHEDULE: Need = Need::PatientData { staff: true };

pub async fn run(app: &App, command: AppointmentCommand) -> Result<()> {
    let pool = app.connect(Schema::Current).await?;
    let result = match command {
        AppointmentCommand::Create(args) => create(app, &pool, args).await,
        AppointmentCommand::Cancel(args) => match super::line_flag("--reason", &args.reason, MAX_REASON) {
            Ok(reason) => close(app, &pool, args.id, "CANCELLED", Some(reason)).await,
            Err(error) => Err(error),
        },
        AppointmentCommand::NoShow(args) => close(app, &pool, args.id, "NO_SHOW", None).await,
        AppointmentCommand::Reschedule(args) => reschedule(app, &pool, args).await,
        AppointmentCommand::List(args) => list(app, &pool, args).await,
        AppointmentCommand::Show(args) => show(app, &pool, args).await,
    };
    pool.close().await;
    result
}

fn start_flag(text: &str) -> Result<WallTime> {
    parse_wall_time(text).map_err(|reason| anyhow!("--start: {reason}"))
}

/// The end of an appointment that starts at `start`: `minutes` real minutes later (a
/// daylight-saving change that night is counted as it passes), or the wall-clock time
/// `end` of the same day.
fn end_of(zone: Tz, start: WallTime, minutes: Option<i64>, end: Option<&str>) -> Result<WallTime> {
    match (minutes, end) {
        (Some(minutes), _) if !(1..=MAX_MINUTES).contains(&minutes) => {
            bail!("--minutes must be between 1 and {MAX_MINUTES} (one day); got {minutes}")
        }
        (Some(minutes), _) => {
            let at = clock::instant(zone, start).map_err(|reason| anyhow!("--start: {reason}"))?;
            Ok(clock::wall_after(zone, at, minutes))
        }
        (None, Some(end)) => {
            let end = start.local.date().and_time(parse_time(end).map_err(|reason| anyhow!("--end: {reason}"))?);
            if end <= start.local {
                bail!(
                    "--end {} is not after --start {}",
                    end.time().format("%H:%M"),
                    start.local.time().format("%H:%M")
                );
            }
            Ok(end.into())
        }
        (None, None) => bail!("give --minutes N or --end HH:MM"),
    }
}

/// The longest appointment: one day.
const MAX_MINUTES: i64 = 24 * 60;

/// One occurrence's outcome in a series' report.
#[derive(Debug, Serialize)]
struct Occurrence {
    start: NaiveDateTime,
    end: NaiveDateTime,
    units: Option<i32>,
    authorization: Option<String>,
    appointment_id: Option<Uuid>,
    refused: Option<String>,
}

async fn create(app: &App, pool: &sqlx::PgPool, args: CreateArgs) -> Result<()> {
    const ACTION: &str = "appointment.create";
    let session = access::authorize(pool, &app.global, ACTION, SCHEDULE).await?;
    let organization = session.clinic()?.clone();
    let operator = session.operator().ok().map(|o| o.id);
    let zone = clock::zone(&organization.time_zone).map_err(|e| anyhow!(e))?;
    let first = start_flag(&args.start)?;
    let first_end = end_of(zone, first, args.minutes, args.end.as_deref())?;
    // Every occurrence lasts as many real minutes as the first.
    let length = match (clock::instant(zone, first), clock::instant(zone, first_end)) {
        (Ok(start), Ok(end)) => (end - start).num_minutes(),
        (Err(reason), _) => bail!("--start: {reason}"),
        (_, Err(reason)) => bail!("--end: {reason}"),
    };
    let starts: Vec<WallTime> = match args.repeat {
        None => vec![first],
        Some(Repeat::Weekly) => {
            let days = parse_weekdays(args.on.as_deref().unwrap_or_default()).map_err(|e| anyhow!("--on: {e}"))?;
            let until = args.until.as_deref().map(parse_date).transpose().map_err(|e| anyhow!("--until: {e}"))?;
            let locals =
                weekly_occurrences(first.local, &days, until, args.count.map(usize::from)).map_err(|e| anyhow!(e))?;
            // The offset chose a reading of the first day's time; the others resolve alone.
            locals.into_iter().map(|local| if local == first.local { first } else { local.into() }).collect()
        }
    };
    if starts.is_empty() {
        bail!("the series has no appointment: no day of --on falls between --start and --until");
    }
    let series_id = (starts.len() > 1 || args.repeat.is_some()).then(Uuid::new_v4);

    let mut tx = CommandTx::begin(pool, &session.actor, session.scope).await?;
    let mut report = Vec::new();
    let mut booked: Vec<Booked> = Vec::new();
    for start in starts {
        let end = match clock::instant(zone, start) {
            Ok(at) => clock::wall_after(zone, at, length),
            Err(_) => start, // refused by the booking with the reason
        };
        let request = BookingRequest {
            patient: args.patient.clone(),
            practitioner: args.practitioner.clone(),
            service_code: args.code.clone(),
            start,
            end,
            authorization: args.authorization.clone(),
            series_id,
        };
        // Each occurrence in a savepoint, so that one refusal does not hide the others'.
        sqlx::query("SAVEPOINT occurrence").execute(tx.conn()).await?;
        match scheduling::book(tx.conn(), &organization, operator, &request).await {
            Ok(done) => {
                sqlx::query("RELEASE SAVEPOINT occurrence").execute(tx.conn()).await?;
                report.push(Occurrence {
                    start: start.local,
                    end: done.end,
                    units: Some(done.units),
                    authorization: Some(
                        done.authorization_number.clone().unwrap_or_else(|| done.authorization_id.to_string()),
                    ),
                    appointment_id: Some(done.appointment_id),
                    refused: None,
                });
                booked.push(done);
            }
            Err(error) => {
                sqlx::query("ROLLBACK TO SAVEPOINT occurrence").execute(tx.conn()).await?;
                report.push(Occurrence {
                    start: start.local,
                    end: request.end.local,
                    units: None,
                    authorization: None,
                    appointment_id: None,
                    refused: Some(format!("{error:#}")),
                });
            }
        }
    }
    let refused: Vec<&Occurrence> = report.iter().filter(|o| o.refused.is_some()).collect();
    let units: i32 = booked.iter().map(|b| b.units).sum();
    if !refused.is_empty() {
        drop(tx);
        let lines: Vec<String> = refused
            .iter()
            .map(|o| format!("{}: {}", o.start.format("%a %Y-%m-%d %H:%M"), o.refused.as_deref().unwrap_or_default()))
            .collect();
        let reason = if let [only] = report.as_slice() {
            only.refused.clone().unwrap_or_default()
        } else {
            format!(
                "{} of {} appointments refused; nothing was booked:\n  {}",
                refused.len(),
                report.len(),
                lines.join("\n  ")
            )
        };
        return Err(session.fail(pool, ACTION, reason).await);
    }
    let mut entry = AuditEntry::new(ACTION)
        .entity_type("appointment")
        .detail("appointments", booked.len())
        .detail("units", units)
        .detail("service_code", args.code.clone());
    if let [one] = booked.as_slice() {
        entry = entry
            .entity("appointment", one.appointment_id)
            .detail("authorization", one.authorization_id.to_string())
            .detail("start", one.start.to_string());
    } else if let Some(series) = series_id {
        entry = entry.detail("series", series.to_string());
    }
    if args.dry_run {
        drop(tx);
        app.ui.info(format!(
            "dry run: {} appointment(s) would reserve {units} unit(s); nothing was booked",
            report.len()
        ));
        return output::print_list(app.global.output, &report);
    }
    tx.finish(entry).await?;
    app.ui.info(format!("booked {} appointment(s), {units} unit(s) reserved", report.len()));
    output::print_list(app.global.output, &report)
}

async fn close(app: &App, pool: &sqlx::PgPool, id: Uuid, status: &'static str, reason: Option<String>) -> Result<()> {
    let action = if status == "CANCELLED" { "appointment.cancel" } else { "appointment.no-show" };
    if status == "CANCELLED" && reason.as_deref().is_none_or(|r| r.trim().is_empty()) {
        bail!("--reason must say why the appointment is cancelled");
    }
    let session = access::authorize(pool, &app.global, action, SCHEDULE).await?;
    let organization = session.clinic()?.clone();
    let operator = session.operator().ok().map(|o| o.id);
    let closed = session
        .transact(pool, action, async |tx| {
            let before = scheduling::close(tx.conn(), &organization, operator, id, status, reason.as_deref()).await?;
            let entry = AuditEntry::new(action)
                .entity("appointment", id)
                .changed("status", before.status.clone(), status)
                .detail("units_released", before.units);
            let after = appointments::find(tx.conn(), id).await?.ok_or_else(|| anyhow!("the appointment vanished"))?;
            Ok((after, entry))
        })
        .await?;
    app.ui.info(format!(
        "{} the appointment; {} unit(s) released",
        if status == "CANCELLED" { "cancelled" } else { "marked no-show" },
        closed.units
    ));
    output::print_record(app.global.output, &closed)
}

async fn reschedule(app: &App, pool: &sqlx::PgPool, args: RescheduleArgs) -> Result<()> {
    const ACTION: &str = "appointment.reschedule";
    let session = access::authorize(pool, &app.global, ACTION, SCHEDULE).await?;
    let organization = session.clinic()?.clone();
    let operator = session.operator().ok().map(|o| o.id);
    let start = start_flag(&args.start)?;
    let moved = session
        .transact(pool, ACTION, async |tx| {
            let before = appointments::find(tx.conn(), args.id)
                .await?
                .ok_or_else(|| crate::error::not_found(format!("no appointment {} in this organization", args.id)))?;
            // Unchanged length: the real minutes it lasted.
            let minutes = args.minutes.unwrap_or_else(|| (before.ends_at - before.starts_at).num_minutes());
            let zone = clock::zone(&organization.time_zone).map_err(|e| anyhow!(e))?;
            let end = end_of(zone, start, Some(minutes), None)?;
            let done = scheduling::reschedule(tx.conn(), &organization, operator, args.id, start, end).await?;
            let entry = AuditEntry::new(ACTION)
                .entity("appointment", args.id)
                .changed("start", before.start.to_string(), done.start.to_string())
                .changed("end", before.end.to_string(), done.end.to_string())
                .changed("units", before.units, done.units);
            let after =
                appointments::find(tx.conn(), args.id).await?.ok_or_else(|| anyhow!("the appointment vanished"))?;
            Ok((after, entry))
        })
        .await?;
    app.ui.info(format!("moved the appointment to {}", moved.start.format("%a %Y-%m-%d %H:%M")));
    output::print_record(app.global.output, &moved)
}

async fn list(app: &App, pool: &sqlx::PgPool, args: ListArgs) -> Result<()> {
    const ACTION: &str = "appointment.read";
    let session = access::authorize(pool, &app.global, ACTION, SCHEDULE).await?;
    let week = match args.week.as_deref().map(str::trim) {
        None => None,
        Some("this") => Some(WeekOf::Today(0)),
        Some("next") => Some(WeekOf::Today(7)),
        Some(day) => Some(WeekOf::Day(parse_date(day).map_err(|e| anyhow!("--week: {e} (or use this / next)"))?)),
    };
    let day = match week {
        Some(WeekOf::Today(offset)) => {
            let organization_id = session.clinic()?.id;
            let mut tx =
                crate::db::context::begin(pool, None, crate::db::context::Scope::Organization(organization_id)).await?;
            let today = organizations::local_now(&mut tx, organization_id).await?.date();
            tx.rollback().await?;
            Some(today + Duration::days(offset))
        }
        Some(WeekOf::Day(day)) => Some(day),
        None => None,
    };
    let monday = day.map(|day| day - Duration::days(i64::from(day.weekday().num_days_from_monday())));
    let from = match (monday, &args.from) {
        (Some(monday), _) => Some(monday),
        (None, Some(text)) => Some(parse_date(text).map_err(|e| anyhow!("--from: {e}"))?),
        (None, None) => None,
    };
    let to = match (monday, &args.to) {
        (Some(monday), _) => Some(monday + Duration::days(6)),
        (None, Some(text)) => Some(parse_date(text).map_err(|e| anyhow!("--to: {e}"))?),
        (None, None) => None,
    };
    let rows = session
        .transact(pool, ACTION, async |tx| {
            let practitioner_id = match &args.practitioner {
                Some(key) => Some(practitioners::require(tx.conn(), key).await?.id),
                None => None,
            };
            let patient_id = match &args.patient {
                Some(key) => Some(patients::require(tx.conn(), key).await?.id),
                None => None,
            };
            let filter = AppointmentFilter {
                from,
                to,
                practitioner_id,
                patient_id,
                status: args.status.map(|s| s.as_sql().to_string()),
            };
            let rows = appointments::list(tx.conn(), &filter).await?;
            let entry = AuditEntry::new(ACTION)
                .entity_type("appointment")
                .detail("command", if monday.is_some() { "appointment list --week" } else { "appointment list" })
                .detail("count", rows.len());
            Ok((rows, entry))
        })
        .await?;
    match monday {
        Some(monday) if app.global.output == OutputFormat::Table => print_week(session.clinic()?, monday, &rows),
        _ => output::print_list(app.global.output, &rows),
    }
}

/// Which week `--week` names: the clinic's today plus days, or the one containing a day.
#[derive(Debug, Clone, Copy)]
enum WeekOf {
    Today(i64),
    Day(NaiveDate),
}

/// A week as a grid: one row per practitioner, one column per day, each cell the day's
/// appointments (time, patient, code).
fn print_week(organization: &Organization, monday: NaiveDate, rows: &[Appointment]) -> Result<()> {
    let mut by_practitioner: BTreeMap<String, [Vec<String>; 7]> = BTreeMap::new();
    for a in rows.iter().filter(|a| a.status != "CANCELLED") {
        let day = (a.start.date() - monday).num_days();
        let Ok(day) = usize::try_from(day) else { continue };
        if day > 6 {
            continue;
        }
        let marker = match a.status.as_str() {
            "NO_SHOW" => " (no-show)",
            "COMPLETED" => " ✓",
            _ => "",
        };
        by_practitioner.entry(a.practitioner_name.clone()).or_default()[day].push(format!(
            "{}-{} {} {}{marker}",
            a.start.format("%H:%M"),
            a.end.format("%H:%M"),
            a.medical_record_number,
            a.service_code
        ));
    }
    let mut table = output::new_table();
    let mut header = vec!["practitioner".to_string()];
    header.extend((0..7).map(|d| (monday + Duration::days(d)).format("%a %m-%d").to_string()));
    table.set_header(header);
    for (name, days) in &by_practitioner {
        let mut row = vec![name.clone()];
        row.extend(days.iter().map(|cell| cell.join("\n")));
        table.add_row(row);
    }
    println!("week of {monday} ({})", organization.time_zone);
    if by_practitioner.is_empty() {
        println!("no appointments");
    } else {
        println!("{table}");
    }
    Ok(())
}

async fn show(app: &App, pool: &sqlx::PgPool, args: IdArgs) -> Result<()> {
    const ACTION: &str = "appointment.read";
    let session = access::authorize(pool, &app.global, ACTION, SCHEDULE).await?;
    let appointment = session
        .transact(pool, ACTION, async |tx| {
            let appointment = appointments::find(tx.conn(), args.id)
                .await?
                .ok_or_else(|| crate::error::not_found(format!("no appointment {} in this organization", args.id)))?;
            let entry = AuditEntry::new(ACTION).entity("appointment", args.id).detail("command", "appointment show");
            Ok((appointment, entry))
        })
        .await?;
    output::print_record(app.global.output, &appointment)
}

impl Tabular for Appointment {
    fn headers() -> Vec<&'static str> {
        vec!["start", "end", "mrn", "practitioner", "code", "units", "authorization", "status", "id"]
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.start.format("%Y-%m-%d %H:%M").to_string(),
            self.end.format("%H:%M").to_string(),
            self.medical_record_number.clone(),
            self.practitioner_name.clone(),
            self.service_code.clone(),
            self.units.to_string(),
            self.authorization_number
                .clone()
                .or_else(|| self.authorization_id.map(|a| a.to_string()))
                .unwrap_or_default(),
            self.status.clone(),
            self.id.to_string(),
        ]
    }
}

impl Tabular for Occurrence {
    fn headers() -> Vec<&'static str> {
        vec!["start", "end", "units", "authorization", "appointment", "refused"]
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.start.format("%a %Y-%m-%d %H:%M").to_string(),
            self.end.format("%H:%M").to_string(),
            output::cell(self.units),
            output::cell(self.authorization.clone()),
            output::cell(self.appointment_id),
            output::cell(self.refused.clone()),
        ]
    }
}
