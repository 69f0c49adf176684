//! `omnictl appointment`: booking against authorizations. Every rule is checked and the
//! units are reserved in the booking's own transaction (see `crate::ops::appointments`); a
//! clinic's users (STAFF included) schedule. Times are in the organization's time zone.

use crate::domain::ids::{AppointmentId, AuthorizationId, Key, PatientId, PractitionerId};
use std::collections::BTreeMap;

use anyhow::{Result, bail};
use chrono::{Duration, NaiveDate};
use clap::{Args, Subcommand, ValueEnum};

use super::App;
use crate::db::Schema;
use crate::domain::clock::{WallTime, parse_wall_time};
use crate::domain::concurrency::patient_absent;
use crate::domain::dates::DateArg;
use crate::domain::scheduling::{AppointmentStatus, PlaceOfService, parse_time, parse_weekdays};
use crate::domain::text::MAX_REASON;
use crate::ops::appointments::{self as ops, Days, Length, Occurrence};
use crate::output::{self, Tabular};
use crate::store::appointments::Appointment;

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
    NoShow(NoShowArgs),
    /// Move a scheduled appointment (to another time, or another authorization such as a
    /// renewal): release and reserve again, every rule checked.
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
#[command(group(clap::ArgGroup::new("length").required(true).args(["minutes", "end"])))]
pub struct CreateArgs {
    /// The patient's MRN or id; a group names each of its 2 to 8 patients
    /// (--patient A --patient B …).
    #[arg(long, required = true)]
    pub patient: Vec<Key<PatientId>>,
    /// The practitioner's NPI or id.
    #[arg(long)]
    pub practitioner: Key<PractitionerId>,
    /// Book a group code (97154, 97157, 97158) for 2 to 8 patients in one slot: each
    /// patient's own authorization and units are reserved, all or nothing.
    #[arg(long)]
    pub group: bool,
    /// Where the service happens: clinic (POS 11), home (12), school (03), community
    /// (99), telehealth (02) or telehealth-home (10); default: the clinic's setting.
    #[arg(long, value_enum, value_name = "PLACE")]
    pub place: Option<PlaceOfService>,
    /// The telehealth claim's modifier, 95 or GT (default: the clinic's setting).
    #[arg(long, value_name = "95|GT")]
    pub modifier: Option<String>,
    /// Book past the code's daily maximum (clinic ADMIN only; needs --reason): the code
    /// is payable above it with documentation.
    #[arg(long, requires = "reason")]
    pub override_daily_max: bool,
    /// Why the daily maximum is passed (kept with the appointment and audited).
    #[arg(long, requires = "override_daily_max")]
    pub reason: Option<String>,
    /// The patient is not there: caregiver guidance without the patient (97156), which
    /// occupies the practitioner but not the patient. 97157 is always without the
    /// patient; every other code needs them.
    #[arg(long)]
    pub patient_absent: bool,
    /// The service code, e.g. 97153.
    #[arg(long)]
    pub code: String,
    /// Start, "YYYY-MM-DD HH:MM" in the organization's time zone.
    #[arg(long, value_parser = parse_wall_time)]
    pub start: WallTime,
    /// Length in real minutes, 1 to 1440.
    #[arg(long, value_parser = clap::value_parser!(i64).range(1..=1440))]
    pub minutes: Option<i64>,
    /// End time of day, HH:MM (instead of --minutes).
    #[arg(long, value_parser = parse_time)]
    pub end: Option<chrono::NaiveTime>,
    /// The authorization (id or number); by default the one ACTIVE authorization of the
    /// patient and code covering the date.
    #[arg(long = "auth")]
    pub authorization: Option<Key<AuthorizationId>>,
    /// Repeat the appointment.
    #[arg(long, value_enum, requires = "on")]
    pub repeat: Option<Repeat>,
    /// Weekdays of a weekly series, e.g. mon,wed,fri.
    #[arg(long, requires = "repeat")]
    pub on: Option<String>,
    /// Last day of the series (inclusive): YYYY-MM-DD, M/D/YYYY, or from today (+8w).
    #[arg(long, requires = "repeat", conflicts_with = "count", value_name = "DATE", value_parser = DateArg::parse,
          allow_hyphen_values = true)]
    pub until: Option<DateArg>,
    /// Number of appointments in the series.
    #[arg(long, requires = "repeat", value_parser = clap::value_parser!(u16).range(1..=260))]
    pub count: Option<u16>,
    /// Check everything and print the plan and the units it would reserve; book nothing.
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct CancelArgs {
    /// The appointment's id, or its first 8 or more characters.
    pub id: Key<AppointmentId>,
    /// Why it is cancelled (kept with the appointment).
    #[arg(long)]
    pub reason: String,
    #[command(flatten)]
    pub rest: RestArgs,
}

/// What to do with a group left with one member by this change.
#[derive(Debug, Args)]
pub struct RestArgs {
    /// When this leaves one member alone in a group: cancel that member too.
    #[arg(long, conflicts_with = "as_individual")]
    pub cancel_group: bool,
    /// When this leaves one member alone in a group: bill that member as the group
    /// code's individual code (97154 → 97153, 97158 → 97155, 97157 → 97156).
    #[arg(long)]
    pub as_individual: bool,
}

#[derive(Debug, Args)]
pub struct NoShowArgs {
    /// The appointment's id, or its first 8 or more characters.
    pub id: Key<AppointmentId>,
    #[command(flatten)]
    pub rest: RestArgs,
    /// Why the rest of the group is cancelled (with --cancel-group).
    #[arg(long, requires = "cancel_group")]
    pub reason: Option<String>,
}

#[derive(Debug, Args)]
pub struct IdArgs {
    /// The appointment's id, or its first 8 or more characters.
    pub id: Key<AppointmentId>,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("change").required(true).multiple(true).args(["start", "minutes", "authorization"])))]
pub struct RescheduleArgs {
    /// The appointment's id, or its first 8 or more characters.
    pub id: Key<AppointmentId>,
    /// New start, "YYYY-MM-DD HH:MM" (default: unchanged).
    #[arg(long, value_parser = parse_wall_time)]
    pub start: Option<WallTime>,
    /// New length in real minutes, 1 to 1440 (default: unchanged).
    #[arg(long, value_parser = clap::value_parser!(i64).range(1..=1440))]
    pub minutes: Option<i64>,
    /// Move the booking to another authorization (id or number), e.g. its renewal: the
    /// units are released from the old one and reserved on the new one together.
    #[arg(long = "auth")]
    pub authorization: Option<Key<AuthorizationId>>,
    /// Pass the code's daily maximum on the new day (clinic ADMIN only; needs --reason):
    /// an override documents one day, so a move to another day needs its own.
    #[arg(long, requires = "reason")]
    pub override_daily_max: bool,
    /// Move a group member out of its group as the individual code (and any member the
    /// move leaves alone too, unless --cancel-group).
    #[arg(long)]
    pub as_individual: bool,
    /// When the move leaves one member alone in the group: cancel that member.
    #[arg(long, requires_all = ["as_individual", "reason"])]
    pub cancel_group: bool,
    /// Why: the daily maximum is passed on the new day (with --override-daily-max), or the
    /// rest of the group is cancelled (with --cancel-group). Kept and audited.
    #[arg(long)]
    pub reason: Option<String>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// From this day (inclusive): YYYY-MM-DD, M/D/YYYY, today, -2w …
    #[arg(long, value_name = "DATE", value_parser = DateArg::parse, allow_hyphen_values = true)]
    pub from: Option<DateArg>,
    /// To this day (inclusive).
    #[arg(long, value_name = "DATE", value_parser = DateArg::parse, allow_hyphen_values = true)]
    pub to: Option<DateArg>,
    /// The practitioner's NPI or id.
    #[arg(long)]
    pub practitioner: Option<Key<PractitionerId>>,
    /// The patient's MRN or id.
    #[arg(long)]
    pub patient: Option<Key<PatientId>>,
    /// Only appointments in this state: scheduled, in-progress, completed, cancelled, no-show.
    #[arg(long, value_enum)]
    pub status: Option<AppointmentStatus>,
    /// Only scheduled appointments kept through a change of their authorization or
    /// practitioner (--keep-affected), with why.
    #[arg(long, conflicts_with = "week")]
    pub needs_attention: bool,
    /// A week (Monday to Sunday) as a grid per practitioner: this week with no value,
    /// `next`, or the week containing a DATE (in the clinic's time zone).
    #[arg(long, conflicts_with_all = ["from", "to"], num_args = 0..=1, default_missing_value = "this", value_name = "this|next|DATE")]
    pub week: Option<String>,
}

pub async fn run(app: &App, command: AppointmentCommand) -> Result<()> {
    let pool = app.connect(Schema::Current).await?;
    let runner = app.runner(&pool);
    let result = match command {
        AppointmentCommand::Create(args) => create(app, &pool, args).await,
        AppointmentCommand::Cancel(args) => {
            let reason = super::line_flag("--reason", &args.reason, MAX_REASON)?;
            let rest = rest_of_group(&args.rest, Some(&reason))?;
            close(app, &pool, &args.id, AppointmentStatus::Cancelled, Some(reason), rest).await
        }
        AppointmentCommand::NoShow(args) => {
            let rest = rest_of_group(&args.rest, args.reason.as_deref())?;
            close(app, &pool, &args.id, AppointmentStatus::NoShow, None, rest).await
        }
        AppointmentCommand::Reschedule(args) => {
            if args.reason.is_some() && !args.override_daily_max && !args.cancel_group {
                return Err(super::bad_flag("--reason", "goes with --override-daily-max or --cancel-group"));
            }
            let rest = match (args.cancel_group, args.reason.as_deref()) {
                (true, Some(reason)) => ops::RestOfGroup::Cancel(super::line_flag("--reason", reason, MAX_REASON)?),
                (true, None) => return Err(super::bad_flag("--cancel-group", "needs --reason saying why")),
                (false, _) if args.as_individual => ops::RestOfGroup::AsIndividual,
                (false, _) => ops::RestOfGroup::Refuse,
            };
            let group = ops::GroupMove { as_individual: args.as_individual, rest };
            let override_daily_max = match (args.override_daily_max, args.reason.as_deref()) {
                (true, Some(reason)) => Some(super::line_flag("--reason", reason, MAX_REASON)?),
                _ => None,
            };
            let to = ops::MoveRequest {
                start: args.start,
                minutes: args.minutes,
                authorization: args.authorization.clone(),
                override_daily_max,
                group,
            };
            let moved = runner.run(ops::Reschedule { appointment: args.id, to }).await?;
            app.ui.info(format!("moved the appointment to {}", moved.start.format("%a %Y-%m-%d %H:%M")));
            output::print_record(app.global.output, &moved)
        }
        AppointmentCommand::List(args) => list(app, &pool, args).await,
        AppointmentCommand::Show(args) => {
            let appointment = runner.run(ops::Show { appointment: args.id }).await?;
            output::print_record(app.global.output, &appointment)
        }
    };
    pool.close().await;
    result
}

/// How far in the past a booking is said to be backdated.
const BACKDATED_DAYS: i64 = 7;

async fn create(app: &App, pool: &sqlx::PgPool, args: CreateArgs) -> Result<()> {
    let first = args.start;
    let length = match (args.minutes, args.end) {
        (Some(minutes), _) => Length::Minutes(minutes),
        (None, Some(end)) => Length::Until(end),
        (None, None) => bail!("give --minutes N or --end HH:MM"),
    };
    let days = match args.repeat {
        None => None,
        Some(Repeat::Weekly) => {
            Some(parse_weekdays(args.on.as_deref().unwrap_or_default()).map_err(|e| super::bad_flag("--on", e))?)
        }
    };
    let series = ops::Series { first, weekdays: days, until: args.until, count: args.count.map(usize::from) };
    let override_daily_max = match (args.override_daily_max, args.reason.as_deref()) {
        (true, Some(reason)) => Some(super::line_flag("--reason", reason, MAX_REASON)?),
        _ => None,
    };
    if args.patient_absent {
        patient_absent(&args.code, true).map_err(|e| super::bad_flag("--patient-absent", e))?;
    }
    let new = ops::NewAppointments {
        patients: args.patient.clone(),
        practitioner: args.practitioner.clone(),
        service_code: args.code.clone(),
        authorization: args.authorization.clone(),
        series: args.repeat.is_some(),
        starts: Vec::new(),
        length,
        group: args.group,
        place: args.place,
        modifier: args.modifier,
        override_daily_max,
        patient_absent: args.patient_absent,
    };
    let mut book = ops::Book { new, series, zone: None };
    if args.dry_run {
        // Everything checked and booked, then rolled back: on the record as a dry run.
        let report = app.runner(pool).rehearse(&mut book).await?;
        let units: i32 = report.iter().filter_map(|o| o.units).sum();
        app.ui.info(format!(
            "dry run: {} appointment(s) would reserve {units} unit(s); nothing was booked",
            report.len()
        ));
        return output::print_list(app.global.output, &report);
    }
    let report = app.runner(pool).run(&mut book).await?;
    let zone = book.zone;
    let units: i32 = report.iter().filter_map(|o| o.units).sum();
    app.ui.info(format!("booked {} appointment(s), {units} unit(s) reserved", report.len()));
    // Booking in the past records care already given; a typo in the year looks the same.
    let now = zone.map(|zone| chrono::Utc::now().with_timezone(&zone).naive_local());
    if let (Some(now), Some(first)) = (now, report.iter().map(|o| o.start).min())
        && first < now - Duration::days(BACKDATED_DAYS)
    {
        app.ui.warn(format!(
            "{} is {} days in the past: booked to record care already given (check the date if not)",
            first.format("%Y-%m-%d %H:%M"),
            (now.date() - first.date()).num_days()
        ));
    }
    output::print_list(app.global.output, &report)
}

/// What `--cancel-group` / `--as-individual` say about a group left with one member.
fn rest_of_group(args: &RestArgs, reason: Option<&str>) -> Result<ops::RestOfGroup> {
    Ok(match (args.cancel_group, args.as_individual, reason) {
        (true, _, Some(reason)) => ops::RestOfGroup::Cancel(super::line_flag("--reason", reason, MAX_REASON)?),
        (true, _, None) => return Err(super::bad_flag("--cancel-group", "needs --reason saying why")),
        (false, true, _) => ops::RestOfGroup::AsIndividual,
        (false, false, _) => ops::RestOfGroup::Refuse,
    })
}

async fn close(
    app: &App,
    pool: &sqlx::PgPool,
    id: &Key<AppointmentId>,
    status: AppointmentStatus,
    reason: Option<String>,
    rest: ops::RestOfGroup,
) -> Result<()> {
    let close = ops::Close { appointment: id.clone(), status, reason, rest };
    let closed = app.runner(pool).run(close).await?;
    app.ui.info(format!(
        "{} the appointment; {} unit(s) released",
        if status == AppointmentStatus::Cancelled { "cancelled" } else { "marked no-show" },
        closed.units
    ));
    output::print_record(app.global.output, &closed)
}

async fn list(app: &App, pool: &sqlx::PgPool, args: ListArgs) -> Result<()> {
    let week = match args.week.as_deref().map(str::trim) {
        Some("this") => Some(DateArg::FromToday(0)),
        Some("next") => Some(DateArg::FromToday(7)),
        Some(day) => Some(super::date_flag("--week", day)?),
        None => None,
    };
    let filter = ops::Filter {
        days: Days::Between(None, None),
        practitioner: args.practitioner,
        patient: args.patient,
        status: args.status,
        needs_attention: args.needs_attention,
    };
    let days = |session: &crate::access::Session| {
        let today = session.today();
        match week {
            Some(day) => Days::WeekOf(day.on(today)),
            None => Days::Between(args.from.map(|d| d.on(today)), args.to.map(|d| d.on(today))),
        }
    };
    if week.is_some() && app.global.output.is_table() {
        // The week grid: one week, whole.
        let (rows, monday, zone) = app
            .runner(pool)
            .run(ops::Week { filter: filter.clone(), day: week.unwrap_or(DateArg::FromToday(0)) })
            .await?;
        if let Some(monday) = monday {
            return print_week(&zone, monday, &rows);
        }
        return output::print_list(app.global.output, &rows);
    }
    super::list::print(app, pool, ops::listing(week.is_some()), async |tx, session| {
        let filter = ops::Filter { days: days(session), ..filter.clone() };
        Ok(ops::list_query(tx, &filter).await?.0)
    })
    .await
}

/// A week as a grid: one row per practitioner, one column per day, each cell the day's
/// appointments (time, patient, code).
fn print_week(zone: &str, monday: NaiveDate, rows: &[Appointment]) -> Result<()> {
    let mut by_practitioner: BTreeMap<String, [Vec<String>; 7]> = BTreeMap::new();
    for a in rows.iter().filter(|a| a.status != AppointmentStatus::Cancelled) {
        let day = (a.start.date() - monday).num_days();
        let Ok(day) = usize::try_from(day) else { continue };
        if day > 6 {
            continue;
        }
        let marker = match a.status {
            AppointmentStatus::NoShow => " (no-show)",
            AppointmentStatus::Completed => " ✓",
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
    println!("week of {monday} ({zone})");
    if by_practitioner.is_empty() {
        println!("no appointments");
    } else {
        output::print_table(&table)?;
    }
    Ok(())
}

impl Tabular for Appointment {
    fn headers() -> Vec<&'static str> {
        vec![
            "start",
            "end",
            "mrn",
            "practitioner",
            "code",
            "units",
            "authorization",
            "status",
            "id",
            "place",
            "attention",
        ]
    }

    fn cells(&self) -> Vec<String> {
        let mut status = self.status.to_string();
        if self.daily_max_override.is_some() {
            status.push_str(" (over daily max)");
        }
        vec![
            self.start.format("%Y-%m-%d %H:%M").to_string(),
            self.end.format("%H:%M").to_string(),
            self.medical_record_number.clone(),
            self.practitioner_name.clone(),
            if self.patient_absent {
                format!("{} (patient absent)", self.service_code)
            } else {
                self.service_code.clone()
            },
            self.units.to_string(),
            self.authorization_number
                .clone()
                .or_else(|| self.authorization_id.map(|a| a.to_string()))
                .unwrap_or_default(),
            status,
            self.id.to_string(),
            self.place_of_service.describe(self.telehealth_modifier.as_deref()),
            output::cell(self.attention.clone()),
        ]
    }
}

impl Tabular for Occurrence {
    fn headers() -> Vec<&'static str> {
        vec!["start", "end", "units", "authorization", "appointment", "refused", "patient", "place", "group"]
    }

    /// The appointment each line booked.
    fn id_column() -> Option<usize> {
        Some(4)
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.start.format("%a %Y-%m-%d %H:%M").to_string(),
            self.end.format("%H:%M").to_string(),
            output::cell(self.units),
            output::cell(self.authorization.clone()),
            output::cell(self.appointment_id),
            output::cell(self.refused.clone()),
            self.patient.clone(),
            self.place_of_service.describe(None),
            output::cell(self.group_id),
        ]
    }
}
