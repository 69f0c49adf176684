//! Appointments: booking, moving and closing them, every scheduling rule applied inside
//! the caller's transaction. The units are reserved with one conditional UPDATE of the
//! authorization (never read-then-write), the appointment row and the ledger entry are
//! written in the same transaction, and double booking is stopped by the schema's
//! exclusion constraints, not by a prior SELECT. Bookings touching one practitioner or
//! patient take an advisory lock first (see `appointments::lock_booking`), always before
//! the authorization's row, so that concurrent bookings queue instead of deadlocking.

use anyhow::{Result, anyhow, bail};
use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, Utc};
use sqlx::{Connection, PgConnection};
use uuid::Uuid;

use super::{AuditEntry, CommandTx, Done};
use crate::error;

use crate::domain::clock::{self, WallTime};
use crate::domain::ids::{AppointmentId, AuthorizationId, PatientId, PractitionerId, UserId};
use crate::domain::scheduling::{AppointmentStatus, AuthStatus, UnitEventKind, credential_allows, units_for_minutes};
use crate::store::appointments::{self, Appointment, AppointmentFilter, NewAppointment};
use crate::store::authorizations::{self, Authorization, NewUnitEvent};
use crate::store::organizations::Organization;
use crate::store::service_codes::CodeRules;

/// One appointment to book, as an operator names its parts.
#[derive(Debug, Clone)]
pub struct BookingRequest {
    /// MRN or id.
    pub patient: String,
    /// NPI or id.
    pub practitioner: String,
    pub service_code: String,
    /// Wall-clock times in the organization's time zone (with an offset where the
    /// operator chose one reading of a repeated hour).
    pub start: WallTime,
    pub end: WallTime,
    /// Authorization id or number; None: the one ACTIVE authorization of the patient and
    /// code covering the date.
    pub authorization: Option<String>,
    pub series_id: Option<Uuid>,
}

/// What a booking reserved.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Booked {
    pub appointment_id: AppointmentId,
    pub patient_id: PatientId,
    pub authorization_id: AuthorizationId,
    pub authorization_number: Option<String>,
    pub service_code: String,
    pub start: NaiveDateTime,
    pub end: NaiveDateTime,
    pub units: i32,
}

/// The parts of a booking once every rule but the ones the database enforces has passed.
struct Checked {
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
    patient_id: PatientId,
    mrn: String,
    practitioner_id: PractitionerId,
    code: CodeRules,
    authorization: Authorization,
    units: i32,
}

/// Books one appointment: checks every rule, reserves the units, inserts the row and its
/// RESERVE ledger entry. On error the caller's transaction must be rolled back (or its
/// savepoint): some statements may have run.
pub async fn book(
    conn: &mut PgConnection,
    organization: &Organization,
    operator: Option<UserId>,
    request: &BookingRequest,
) -> Result<Booked> {
    let checked = check(conn, organization, request).await?;
    let new = NewAppointment {
        organization_id: organization.id,
        patient_id: checked.patient_id,
        practitioner_id: checked.practitioner_id,
        service_code_owner: checked.code.owner_key,
        service_code: checked.code.code.clone(),
        authorization_id: Some(checked.authorization.id),
        starts_at: checked.starts_at,
        ends_at: checked.ends_at,
        day: request.start.local.date(),
        units: checked.units,
        series_id: request.series_id,
        max_units_per_day: checked.code.max_units_per_day,
    };
    let Some(appointment_id) = appointments::reserve_and_insert(conn, &new, operator).await? else {
        check_daily_max(conn, &checked, request.start.local.date(), None).await?;
        return Err(refused_reservation(conn, &checked.authorization, checked.units).await);
    };
    Ok(Booked {
        appointment_id,
        patient_id: checked.patient_id,
        authorization_id: checked.authorization.id,
        authorization_number: checked.authorization.authorization_number,
        service_code: checked.code.code,
        start: request.start.local,
        end: request.end.local,
        units: checked.units,
    })
}

/// Every rule the tool checks before writing: the practitioner may render the code on
/// that date, the authorization covers the patient, code and date, and the time comes to
/// at least one unit; then it takes the schedule locks. The daily maximum is checked
/// after it (`check_daily_max`, or inside the booking statement).
async fn check(conn: &mut PgConnection, organization: &Organization, request: &BookingRequest) -> Result<Checked> {
    // Minutes are real minutes: the elapsed time between the two instants, so a booking
    // across a daylight-saving change reserves what it lasts.
    let zone = clock::zone(&organization.time_zone).map_err(|e| anyhow!(e))?;
    let starts_at = clock::instant(zone, request.start).map_err(|e| anyhow!("the start: {e}"))?;
    let ends_at = clock::instant(zone, request.end).map_err(|e| anyhow!("the end: {e}"))?;
    if ends_at <= starts_at {
        bail!("the appointment must end after it starts ({} → {})", request.start, request.end);
    }
    let day = request.start.local.date();
    let parties =
        appointments::booking_parties(conn, &request.patient, &request.practitioner, &request.service_code).await?;
    let (Some(patient_id), Some(mrn)) = (parties.patient_id, parties.medical_record_number.clone()) else {
        return Err(crate::error::not_found(format!(
            "no patient with MRN or id {} in this organization",
            request.patient
        )));
    };
    if parties.patient_archived == Some(true) {
        bail!("the patient {mrn} is archived: unarchive them before scheduling");
    }
    let (Some(practitioner_id), Some(name)) = (parties.practitioner_id, parties.practitioner_name.clone()) else {
        return Err(crate::error::not_found(format!(
            "no practitioner with NPI or id {} in this organization",
            request.practitioner
        )));
    };
    if parties.practitioner_active != Some(true) {
        bail!("the practitioner {name} is inactive");
    }
    let (Some(owner_key), Some(code), Some(minutes_per_unit)) =
        (parties.code_owner, parties.code.clone(), parties.minutes_per_unit)
    else {
        return Err(crate::error::not_found(format!(
            "no service code {} (see the codes with omnictl seed service-codes)",
            request.service_code
        )));
    };
    let held = parties.credentials.clone().unwrap_or_default();
    let any_of = parties.required_credentials.clone().unwrap_or_default();
    if !credential_allows(&held, &any_of) {
        bail!("{name} ({}) may not render {code}: it needs one of {}", held.join(", "), any_of.join(", "));
    }
    if let Some(valid_until) = parties.credential_valid_until
        && valid_until < day
    {
        bail!("the credential of {name} expired on {valid_until}, before {day}");
    }
    let minutes = (ends_at - starts_at).num_minutes();
    let rule = organization.units_rule;
    let units = units_for_minutes(minutes, i64::from(minutes_per_unit), rule);
    if units == 0 {
        bail!(
            "{minutes} minutes of {code} come to 0 units under the {rule} rule: a billable appointment needs at \
             least one unit"
        );
    }
    let units = i32::try_from(units).map_err(|_| anyhow!("the appointment is too long"))?;
    let authorization = match &request.authorization {
        Some(key) => {
            let authorization = authorizations::find(conn, key).await?.ok_or_else(|| {
                crate::error::not_found(format!("no authorization with id or number {key} in this organization"))
            })?;
            check_authorization(&authorization, patient_id, &mrn, &code, day)?;
            authorization
        }
        None => covering(&parties.authorizations, &mrn, &code, day)?,
    };
    appointments::lock_booking(conn, practitioner_id, patient_id).await?;
    let code = CodeRules {
        owner_key,
        code,
        minutes_per_unit,
        required_credentials: any_of,
        max_units_per_day: parties.max_units_per_day,
    };
    Ok(Checked { starts_at, ends_at, patient_id, practitioner_id, mrn, code, authorization, units })
}

/// Refuses when the patient's day would pass the code's daily maximum (with `moving`'s
/// own units left out). Runs after `lock_booking`, so the count is of every committed
/// booking of the patient.
async fn check_daily_max(
    conn: &mut PgConnection,
    checked: &Checked,
    day: NaiveDate,
    moving: Option<AppointmentId>,
) -> Result<()> {
    let Some(max) = checked.code.max_units_per_day else {
        return Ok(());
    };
    let code = &checked.code.code;
    let booked = appointments::units_on_day(conn, checked.patient_id, code, day, moving).await?;
    let total = booked + i64::from(checked.units);
    if total > i64::from(max) {
        bail!(
            "the patient {} would receive {total} units of {code} on {day}, over its daily maximum of {max} \
             ({booked} already booked)",
            checked.mrn
        );
    }
    Ok(())
}

fn describe(a: &Authorization) -> String {
    format!(
        "{} ({}, {} to {}, {} of {} units left)",
        a.authorization_number.as_deref().map(str::to_string).unwrap_or_else(|| a.id.to_string()),
        a.status,
        a.start_date,
        a.end_date,
        a.remaining_units,
        a.total_units
    )
}

fn check_authorization(a: &Authorization, patient: PatientId, mrn: &str, code: &str, day: NaiveDate) -> Result<()> {
    if a.patient_id != patient {
        bail!("the authorization {} is for another patient, not {mrn}", describe(a));
    }
    if a.service_code != code {
        bail!("the authorization {} is for {}, not {code}", describe(a), a.service_code);
    }
    if a.status != AuthStatus::Active {
        bail!("the authorization {} is not ACTIVE", describe(a));
    }
    if day < a.start_date || day > a.end_date {
        bail!("{day} is outside the authorization {}", describe(a));
    }
    Ok(())
}

/// The one ACTIVE authorization of the patient and code covering the day, among `all`
/// of that patient's authorizations for the code.
fn covering(all: &[Authorization], mrn: &str, code: &str, day: NaiveDate) -> Result<Authorization> {
    let mut fitting: Vec<&Authorization> =
        all.iter().filter(|a| a.status == AuthStatus::Active && a.start_date <= day && day <= a.end_date).collect();
    match fitting.len() {
        1 => Ok(fitting.remove(0).clone()),
        0 if all.is_empty() => {
            bail!("the patient {mrn} has no authorization for {code}: create one with omnictl auth create")
        }
        0 => {
            let found: Vec<String> = all.iter().map(describe).collect();
            bail!(
                "no ACTIVE authorization of the patient {mrn} for {code} covers {day}; found:\n  {}",
                found.join("\n  ")
            )
        }
        _ => {
            let found: Vec<String> = fitting.iter().map(|a| describe(a)).collect();
            Err(crate::error::Error::refused(format!(
                "several ACTIVE authorizations of the patient {mrn} for {code} cover {day}:\n  {}",
                found.join("\n  ")
            ))
            .remedy(crate::error::Remedy::ChooseAuthorization)
            .into())
        }
    }
}

/// The conditional reservation, with the numbers when it is refused.
async fn reserve(conn: &mut PgConnection, authorization: &Authorization, units: i32) -> Result<()> {
    if authorizations::reserve(conn, authorization.id, units).await? {
        return Ok(());
    }
    Err(refused_reservation(conn, authorization, units).await)
}

/// Why a reservation was refused, with the counters as they are now.
async fn refused_reservation(conn: &mut PgConnection, authorization: &Authorization, units: i32) -> anyhow::Error {
    let now = match authorizations::find(conn, &authorization.id.to_string()).await {
        Ok(Some(now)) => now,
        Ok(None) => authorization.clone(),
        Err(error) => return error,
    };
    if now.status != AuthStatus::Active {
        return anyhow!("the authorization {} is not ACTIVE", describe(&now));
    }
    anyhow!(
        "not enough units: the appointment needs {units} but the authorization {} has {} left ({} used, {} \
         scheduled of {})",
        now.authorization_number.as_deref().map(str::to_string).unwrap_or_else(|| now.id.to_string()),
        now.remaining_units,
        now.used_units,
        now.scheduled_units,
        now.total_units
    )
}

/// Cancels or marks as no-show a SCHEDULED appointment and releases its units.
pub async fn close(
    conn: &mut PgConnection,
    organization: &Organization,
    operator: Option<UserId>,
    id: AppointmentId,
    status: AppointmentStatus,
    reason: Option<&str>,
) -> Result<appointments::Appointment> {
    let appointment = appointments::find_for_update(conn, id)
        .await?
        .ok_or_else(|| crate::error::not_found(format!("no appointment {id} in this organization")))?;
    if appointment.status != AppointmentStatus::Scheduled {
        bail!(
            "the appointment {id} is {}, not SCHEDULED: only a scheduled appointment can be closed",
            appointment.status
        );
    }
    // The units first, then the appointment. A booking holds the authorization's row
    // while the exclusion constraints compare it with this appointment; changing the
    // appointment first would make that booking wait for us while we wait for its row
    // (a deadlock). Locked, this appointment is only read by such a booking.
    release(conn, organization, operator, &appointment, reason).await?;
    if !appointments::close(conn, id, status, reason).await? {
        bail!("the appointment {id} changed while it was being closed; run the command again");
    }
    Ok(appointment)
}

/// Gives an appointment's reserved units back to its authorization, with the RELEASE
/// ledger line. `appointment` must have been read with its row locked
/// (`appointments::find_for_update`), so that its units are what it holds now.
pub async fn release(
    conn: &mut PgConnection,
    organization: &Organization,
    operator: Option<UserId>,
    appointment: &appointments::Appointment,
    note: Option<&str>,
) -> Result<()> {
    if let Some(authorization_id) = appointment.authorization_id {
        authorizations::release(conn, authorization_id, appointment.units).await?;
        authorizations::record_event(
            conn,
            &NewUnitEvent {
                organization_id: organization.id,
                authorization_id,
                kind: UnitEventKind::Release,
                scheduled_delta: -appointment.units,
                used_delta: 0,
                appointment_id: Some(appointment.id),
                recorded_by: operator,
                note,
            },
        )
        .await?;
    }
    Ok(())
}

/// Moves a SCHEDULED appointment: its units are released and reserved again at the new
/// time, with every rule checked again, in the caller's transaction.
pub async fn reschedule(
    conn: &mut PgConnection,
    organization: &Organization,
    operator: Option<UserId>,
    id: AppointmentId,
    start: WallTime,
    end: WallTime,
) -> Result<Booked> {
    let appointment = appointments::find_for_update(conn, id)
        .await?
        .ok_or_else(|| crate::error::not_found(format!("no appointment {id} in this organization")))?;
    if appointment.status != AppointmentStatus::Scheduled {
        bail!(
            "the appointment {id} is {}, not SCHEDULED: only a scheduled appointment can be moved",
            appointment.status
        );
    }
    let request = BookingRequest {
        patient: appointment.patient_id.to_string(),
        practitioner: appointment.practitioner_id.to_string(),
        service_code: appointment.service_code.clone(),
        start,
        end,
        authorization: appointment.authorization_id.map(|a| a.to_string()),
        series_id: appointment.series_id,
    };
    // The same lock order as a booking: schedule locks before the authorization's row.
    appointments::lock_booking(conn, appointment.practitioner_id, appointment.patient_id).await?;
    release(conn, organization, operator, &appointment, Some("rescheduled")).await?;
    let checked = check(conn, organization, &request).await?;
    check_daily_max(conn, &checked, start.local.date(), Some(id)).await?;
    reserve(conn, &checked.authorization, checked.units).await?;
    if !appointments::reschedule(conn, id, checked.starts_at, checked.ends_at, checked.units).await? {
        bail!("the appointment {id} changed while it was being moved; try again");
    }
    authorizations::record_event(
        conn,
        &NewUnitEvent {
            organization_id: organization.id,
            authorization_id: checked.authorization.id,
            kind: UnitEventKind::Reserve,
            scheduled_delta: checked.units,
            used_delta: 0,
            appointment_id: Some(id),
            recorded_by: operator,
            note: Some("rescheduled"),
        },
    )
    .await?;
    Ok(Booked {
        appointment_id: id,
        patient_id: checked.patient_id,
        authorization_id: checked.authorization.id,
        authorization_number: checked.authorization.authorization_number,
        service_code: checked.code.code,
        start: start.local,
        end: end.local,
        units: checked.units,
    })
}

pub const CREATE: &str = "appointment.create";
pub const CANCEL: &str = "appointment.cancel";
pub const NO_SHOW: &str = "appointment.no-show";
pub const RESCHEDULE: &str = "appointment.reschedule";
pub const READ: &str = "appointment.read";

/// The longest appointment: one day.
pub const MAX_MINUTES: i64 = 24 * 60;

/// Appointments to book together: one, or a series (every start lasting `minutes`).
#[derive(Debug, Clone)]
pub struct NewAppointments {
    /// MRN or id.
    pub patient: String,
    /// NPI or id.
    pub practitioner: String,
    pub service_code: String,
    /// Id or number; None: the one ACTIVE authorization covering each date.
    pub authorization: Option<String>,
    /// Wall-clock starts in the clinic's zone.
    pub starts: Vec<WallTime>,
    /// How long each lasts: as many real minutes as the first.
    pub length: Length,
    /// Whether they form a series (a weekly recurrence, even of one).
    pub series: bool,
}

/// How long an appointment lasts.
#[derive(Debug, Clone, Copy)]
pub enum Length {
    /// Real minutes.
    Minutes(i64),
    /// Until this wall-clock time of the first appointment's day (a daylight-saving
    /// change between counts as it passes).
    Until(chrono::NaiveTime),
}

impl Length {
    /// Real minutes, from `start` on the clinic's clock.
    fn minutes(self, zone: chrono_tz::Tz, start: WallTime) -> Result<i64> {
        let end = match self {
            Length::Minutes(minutes) => return Ok(minutes),
            Length::Until(end) => start.local.date().and_time(end),
        };
        if end <= start.local {
            return Err(error::refused(format!(
                "the end {} is not after the start {}",
                end.time().format("%H:%M"),
                start.local.time().format("%H:%M")
            )));
        }
        let starts_at = clock::instant(zone, start).map_err(|e| error::refused(format!("the start: {e}")))?;
        let ends_at = clock::instant(zone, end.into()).map_err(|e| error::refused(format!("the end: {e}")))?;
        Ok((ends_at - starts_at).num_minutes())
    }
}

/// One occurrence's outcome in a booking's report.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Occurrence {
    pub start: NaiveDateTime,
    pub end: NaiveDateTime,
    pub units: Option<i32>,
    pub authorization: Option<String>,
    pub appointment_id: Option<AppointmentId>,
    pub refused: Option<String>,
}

/// Books every occurrence or none: each is tried in a savepoint of its own so that one
/// refusal does not hide the others', and any refusal refuses the whole with every
/// reason. The report lists each occurrence.
pub async fn create(tx: &mut CommandTx, organization: &Organization, new: &NewAppointments) -> Done<Vec<Occurrence>> {
    let Some(&first) = new.starts.first() else {
        return Err(error::refused("the series has no appointment: no chosen weekday falls in its dates"));
    };
    let zone = clock::zone(&organization.time_zone).map_err(error::internal)?;
    let minutes = new.length.minutes(zone, first)?;
    if !(1..=MAX_MINUTES).contains(&minutes) {
        return Err(error::refused(format!(
            "an appointment lasts 1 to {MAX_MINUTES} minutes (one day); got {minutes}"
        )));
    }
    let series_id = new.series.then(Uuid::new_v4);
    let operator = tx.operator_id();
    let mut report = Vec::new();
    let mut booked: Vec<Booked> = Vec::new();
    for &start in &new.starts {
        let end = match clock::instant(zone, start) {
            Ok(at) => clock::wall_after(zone, at, minutes),
            Err(_) => start, // refused by the booking with the reason
        };
        let request = BookingRequest {
            patient: new.patient.clone(),
            practitioner: new.practitioner.clone(),
            service_code: new.service_code.clone(),
            start,
            end,
            authorization: new.authorization.clone(),
            series_id,
        };
        // A series tries each occurrence in a savepoint (a nested transaction) so that one
        // refusal does not hide the others'; a single booking needs none: its refusal is
        // the command's.
        let (done, occurrence) = if new.starts.len() == 1 {
            (book(tx.conn(), organization, operator, &request).await, None)
        } else {
            let mut occurrence = tx.conn().begin().await?;
            (book(&mut occurrence, organization, operator, &request).await, Some(occurrence))
        };
        match done {
            Ok(done) => {
                if let Some(occurrence) = occurrence {
                    occurrence.commit().await?;
                }
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
            Err(error) if crate::error::is_retryable(&error) || occurrence.is_none() => return Err(error),
            Err(error) => {
                if let Some(occurrence) = occurrence {
                    occurrence.rollback().await?;
                }
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
    if !refused.is_empty() {
        if let [only] = report.as_slice() {
            return Err(error::refused(only.refused.clone().unwrap_or_default()));
        }
        let lines: Vec<String> = refused
            .iter()
            .map(|o| format!("{}: {}", o.start.format("%a %Y-%m-%d %H:%M"), o.refused.as_deref().unwrap_or_default()))
            .collect();
        return Err(error::refused(format!(
            "{} of {} appointments refused; nothing was booked:\n  {}",
            refused.len(),
            report.len(),
            lines.join("\n  ")
        )));
    }
    let units: i32 = booked.iter().map(|b| b.units).sum();
    let mut entry = AuditEntry::new(CREATE)
        .entity_type("appointment")
        .detail("appointments", booked.len())
        .detail("units", units)
        .detail("service_code", new.service_code.clone());
    if let [one] = booked.as_slice() {
        entry = entry
            .entity("appointment", one.appointment_id)
            .detail("authorization", one.authorization_id.to_string())
            .detail("start", one.start.to_string());
    } else if let Some(series) = series_id {
        entry = entry.detail("series", series.to_string());
    }
    Ok((report, entry))
}

/// Cancels (with a reason) or marks as no-show a SCHEDULED appointment, releasing the
/// units it holds.
pub async fn cancel_or_no_show(
    tx: &mut CommandTx,
    organization: &Organization,
    id: AppointmentId,
    status: AppointmentStatus,
    reason: Option<&str>,
) -> Done<Appointment> {
    let action = match status {
        AppointmentStatus::Cancelled if reason.is_none_or(|r| r.trim().is_empty()) => {
            return Err(error::refused("a cancellation needs a reason saying why"));
        }
        AppointmentStatus::Cancelled => CANCEL,
        AppointmentStatus::NoShow => NO_SHOW,
        other => return Err(error::internal(format!("an appointment is not closed as {other}"))),
    };
    let operator = tx.operator_id();
    let before = close(tx.conn(), organization, operator, id, status, reason).await?;
    let after = find(tx, id).await?;
    let entry = AuditEntry::new(action)
        .entity("appointment", id)
        .changed("status", before.status, after.status)
        .detail("units_released", before.units);
    Ok((after, entry))
}

/// Moves a SCHEDULED appointment to `start`, lasting `minutes` real minutes (None: as
/// long as it did), every rule checked again.
pub async fn move_to(
    tx: &mut CommandTx,
    organization: &Organization,
    id: AppointmentId,
    start: WallTime,
    minutes: Option<i64>,
) -> Done<Appointment> {
    let before = find(tx, id).await?;
    let minutes = minutes.unwrap_or_else(|| (before.ends_at - before.starts_at).num_minutes());
    if !(1..=MAX_MINUTES).contains(&minutes) {
        return Err(error::refused(format!(
            "an appointment lasts 1 to {MAX_MINUTES} minutes (one day); got {minutes}"
        )));
    }
    let zone = clock::zone(&organization.time_zone).map_err(error::internal)?;
    let at = clock::instant(zone, start).map_err(|e| error::refused(format!("the start: {e}")))?;
    let end = clock::wall_after(zone, at, minutes);
    let operator = tx.operator_id();
    let done = reschedule(tx.conn(), organization, operator, id, start, end).await?;
    let after = find(tx, id).await?;
    let entry = AuditEntry::new(RESCHEDULE)
        .entity("appointment", id)
        .changed("start", before.start.to_string(), done.start.to_string())
        .changed("end", before.end.to_string(), done.end.to_string())
        .changed("units", before.units, done.units);
    Ok((after, entry))
}

/// Which days `appointment list` covers.
#[derive(Debug, Clone, Copy)]
pub enum Days {
    /// Between two local dates (either open).
    Between(Option<NaiveDate>, Option<NaiveDate>),
    /// The Monday-to-Sunday week containing the clinic's today plus this many days.
    WeekFromToday(i64),
    /// The week containing this day.
    WeekOf(NaiveDate),
}

/// Filters of `appointment list`.
#[derive(Debug, Clone)]
pub struct Filter {
    pub days: Days,
    /// NPI or id.
    pub practitioner: Option<String>,
    /// MRN or id.
    pub patient: Option<String>,
    pub status: Option<AppointmentStatus>,
}

/// Appointments, and the Monday of the week when a week was asked for (computed on the
/// clinic's clock, in the same transaction).
pub async fn list(tx: &mut CommandTx, filter: &Filter) -> Done<(Vec<Appointment>, Option<NaiveDate>)> {
    let day = match filter.days {
        Days::Between(..) => None,
        Days::WeekOf(day) => Some(day),
        Days::WeekFromToday(offset) => {
            let organization = tx.organization_id().ok_or_else(|| error::refused("a week is one clinic's"))?;
            let today = crate::store::organizations::local_now(tx.conn(), organization).await?.date();
            Some(today + chrono::Duration::days(offset))
        }
    };
    let monday = day.map(|day| day - chrono::Duration::days(i64::from(day.weekday().num_days_from_monday())));
    let (from, to) = match (monday, filter.days) {
        (Some(monday), _) => (Some(monday), Some(monday + chrono::Duration::days(6))),
        (None, Days::Between(from, to)) => (from, to),
        (None, _) => (None, None),
    };
    let practitioner_id = match &filter.practitioner {
        Some(key) => Some(crate::store::practitioners::require(tx.conn(), key).await?.id),
        None => None,
    };
    let patient_id = match &filter.patient {
        Some(key) => Some(crate::store::patients::require(tx.conn(), key).await?.id),
        None => None,
    };
    let row = AppointmentFilter { from, to, practitioner_id, patient_id, status: filter.status };
    let rows = appointments::list(tx.conn(), &row).await?;
    let entry = AuditEntry::new(READ)
        .entity_type("appointment")
        .detail("command", if monday.is_some() { "appointment list --week" } else { "appointment list" })
        .detail("count", rows.len());
    Ok(((rows, monday), entry))
}

pub async fn show(tx: &mut CommandTx, id: AppointmentId) -> Done<Appointment> {
    let appointment = find(tx, id).await?;
    let entry = AuditEntry::new(READ).entity("appointment", id).detail("command", "appointment show");
    Ok((appointment, entry))
}

pub async fn find(tx: &mut CommandTx, id: AppointmentId) -> Result<Appointment> {
    appointments::find(tx.conn(), id)
        .await?
        .ok_or_else(|| error::not_found(format!("no appointment {id} in this organization")))
}
