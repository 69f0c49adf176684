//! `omnictl appointment`: booking against authorizations. Every rule is checked and the
//! units are reserved in the booking's own transaction (see `crate::ops::appointments`); a
//! clinic's users (STAFF included) schedule. Times are in the organization's time zone.

use crate::domain::ids::{AppointmentId, Key};
use std::collections::BTreeMap;

use anyhow::{Result, bail};
use chrono::{Duration, NaiveDate};

use super::App;
use crate::cli::appointment::{AppointmentCommand, CreateArgs, ListArgs, Repeat, RestArgs};
use crate::db::Schema;
use crate::domain::concurrency::patient_absent;
use crate::domain::dates::DateArg;
use crate::domain::scheduling::{AppointmentStatus, parse_weekdays};
use crate::domain::text::MAX_REASON;
use crate::ops::appointments::{self as ops, Days, Length, Occurrence};
use crate::output::{self, Tabular};
use crate::store::appointments::Appointment;

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
            let group = ops::GroupMove { whole: args.group, as_individual: args.as_individual, rest };
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
            let what = if args.group { "the appointment's group" } else { "the appointment" };
            app.ui.info(format!("moved {what} to {}", moved.start.format("%a %Y-%m-%d %H:%M")));
            app.print_record(&moved)
        }
        AppointmentCommand::List(args) => list(app, &pool, args).await,
        AppointmentCommand::Show(args) => {
            let appointment = runner.run(ops::Show { appointment: args.id }).await?;
            app.print_record(&appointment)
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
        return app.print_list(&report);
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
    app.print_list(&report)
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
    app.print_record(&closed)
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
        return app.print_list(&rows);
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
