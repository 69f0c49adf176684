//! Appointments: booking, moving and closing them, every scheduling rule applied inside
//! the caller's transaction. The units are reserved with one conditional UPDATE of the
//! authorization (never read-then-write), the appointment row and the ledger entry are
//! written in the same transaction, and double booking is stopped by the schema's
//! exclusion constraints, not by a prior SELECT. Bookings touching one practitioner or
//! patient take an advisory lock first (see `appointments::lock_booking`), always before
//! the authorization's row, so that concurrent bookings queue instead of deadlocking.

use super::Action;
use crate::access::Need;
use anyhow::{Result, anyhow, bail};
use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, Utc};
use sqlx::{Connection, PgConnection};
use uuid::Uuid;

use super::{AuditEntry, CommandTx, Done};
use crate::error;

use crate::domain::billing;
use crate::domain::clock::{self, WallTime};
use crate::domain::concurrency::{self, Service, may_overlap};
use crate::domain::ids::{AppointmentId, AuthorizationId, Key, OrganizationId, PatientId, PractitionerId, UserId};
use crate::domain::scheduling::{
    AppointmentStatus, AuthStatus, MAX_GROUP, PlaceOfService, ServiceFacts, UnitEventKind, coverage_problem,
    credential_allows, is_group_code, parse_telehealth_modifier, units_for_minutes,
};
use crate::store::appointments::{self, Appointment, AppointmentFilter, NewAppointment};
use crate::store::authorizations::{self, Authorization, NewUnitEvent};
use crate::store::keys;
use crate::store::organizations::Organization;
use crate::store::service_codes::CodeRules;

/// One appointment to book, as an operator names its parts.
#[derive(Debug, Clone)]
pub(crate) struct BookingRequest {
    pub patient: Key<PatientId>,
    pub practitioner: Key<PractitionerId>,
    pub service_code: String,
    /// Wall-clock times in the organization's time zone (with an offset where the
    /// operator chose one reading of a repeated hour).
    pub start: WallTime,
    pub end: WallTime,
    /// None: the one ACTIVE authorization of the patient and code covering the date.
    pub authorization: Option<Key<AuthorizationId>>,
    pub series_id: Option<Uuid>,
    /// The group slot it shares with the other patients of a group code.
    pub group_id: Option<Uuid>,
    pub place: Place,
    /// An ADMIN's reason to pass the code's daily maximum (used only when it is passed).
    pub override_daily_max: Option<String>,
    /// The operator said the patient is not there (caregiver guidance); the code's own
    /// rule decides where it has one (see `domain::concurrency`).
    pub patient_absent: bool,
}

/// Where the service happens, with the telehealth modifier its claim carries.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub(crate) struct Place {
    pub place_of_service: PlaceOfService,
    pub telehealth_modifier: Option<String>,
}

impl Place {
    /// `place` (default: the clinic's), with the clinic's modifier for telehealth unless
    /// `modifier` names one; a modifier for an in-person place is refused.
    pub(crate) fn of(
        organization: &Organization,
        place: Option<PlaceOfService>,
        modifier: Option<&str>,
    ) -> Result<Place> {
        let place_of_service = place.unwrap_or(organization.default_place_of_service);
        let telehealth_modifier = match (place_of_service.is_telehealth(), modifier) {
            (true, Some(m)) => Some(parse_telehealth_modifier(m).map_err(error::refused)?),
            (true, None) => Some(organization.telehealth_modifier.clone()),
            (false, None) => None,
            (false, Some(_)) => {
                return Err(error::Error::said(error::Kind::Refused, [error::Input::Modifier.into()])
                    .then(format!(" is for telehealth; {} is in person", place_of_service.describe(None)))
                    .into());
            }
        };
        Ok(Place { place_of_service, telehealth_modifier })
    }
}

/// What a booking reserved.
#[derive(Debug, Clone, serde::Serialize)]
pub(crate) struct Booked {
    pub appointment_id: AppointmentId,
    pub patient_id: PatientId,
    pub authorization_id: AuthorizationId,
    pub authorization_number: Option<String>,
    pub service_code: String,
    pub start: NaiveDateTime,
    pub end: NaiveDateTime,
    pub units: i32,
    /// The reason recorded when the booking passed the code's daily maximum.
    pub daily_max_override: Option<String>,
}

/// The parts of a booking once every rule but the ones the database enforces has passed.
struct Checked {
    organization_id: OrganizationId,
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
    /// The clinic's zone (dates of service) and units rule.
    zone: chrono_tz::Tz,
    rule: crate::domain::organization::UnitsRule,
    patient_id: PatientId,
    mrn: String,
    practitioner_id: PractitionerId,
    code: CodeRules,
    authorization: Authorization,
    units: i32,
    /// Without the patient, by the code's rule or as asked.
    patient_absent: bool,
}

/// Books one appointment: checks every rule, reserves the units, inserts the row and its
/// RESERVE ledger entry. On error the caller's transaction must be rolled back (or its
/// savepoint): some statements may have run.
async fn book_on(
    conn: &mut PgConnection,
    organization: &Organization,
    operator: Option<UserId>,
    request: &BookingRequest,
) -> Result<Booked> {
    let checked = check(conn, organization, request).await?;
    check_concurrency(conn, &checked, None).await?;
    // An override is recorded only where it is used: when this booking passes the maximum.
    let daily_max_override = match (date_over_max(conn, &checked, None).await?, &request.override_daily_max) {
        (Some(_), Some(reason)) => Some(reason.clone()),
        (Some(refused), None) => return Err(refused),
        (None, _) => None,
    };
    let new = NewAppointment {
        organization_id: organization.id,
        patient_id: checked.patient_id,
        practitioner_id: checked.practitioner_id,
        service_code_owner: checked.code.owner_key,
        service_code: checked.code.code.clone(),
        authorization_id: Some(checked.authorization.id),
        starts_at: checked.starts_at,
        ends_at: checked.ends_at,
        units: checked.units,
        series_id: request.series_id,
        group_id: request.group_id,
        place_of_service: request.place.place_of_service,
        telehealth_modifier: request.place.telehealth_modifier.clone(),
        daily_max_override: daily_max_override.clone(),
        patient_absent: checked.patient_absent,
    };
    let Some(appointment_id) = appointments::reserve_and_insert(conn, &new, operator).await? else {
        return Err(refused_reservation(conn, organization.id, &checked.authorization, checked.units).await);
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
        daily_max_override,
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
    let parties = appointments::booking_parties(
        conn,
        organization.id,
        &request.patient,
        &request.practitioner,
        &request.service_code,
    )
    .await?;
    // The candidates refuse an ambiguous prefix, as every key is refused.
    keys::choose(&request.patient, &parties.patient_keys)?;
    keys::choose(&request.practitioner, &parties.practitioner_keys)?;
    let (Some(patient_id), Some(mrn)) = (parties.patient_id, parties.medical_record_number.clone()) else {
        return Err(keys::not_found(&request.patient));
    };
    if parties.patient_archived == Some(true) {
        bail!("the patient {mrn} is archived: unarchive them before scheduling");
    }
    let (Some(practitioner_id), Some(name)) = (parties.practitioner_id, parties.practitioner_name.clone()) else {
        return Err(keys::not_found(&request.practitioner));
    };
    if parties.practitioner_active != Some(true) {
        bail!("the practitioner {name} is inactive");
    }
    let (Some(owner_key), Some(code), Some(minutes_per_unit)) =
        (parties.code_owner, parties.code.clone(), parties.minutes_per_unit)
    else {
        return Err(error::Error::not_found(format!("no service code {} ", request.service_code))
            .then(error::Remedy::SeeCodes)
            .into());
    };
    let patient_absent = concurrency::patient_absent(&code, request.patient_absent).map_err(error::refused)?;
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
            let authorization =
                authorizations::find(conn, Some(organization.id), key).await?.ok_or_else(|| keys::not_found(key))?;
            check_authorization(&authorization, patient_id, &mrn, &code, day)?;
            authorization
        }
        None => covering(&parties.authorizations, &mrn, &code, day)?,
    };
    // Each date of service the appointment touches is covered: by its authorization, or
    // for a later date by a renewal (as `session complete` bills it), and the payer pays
    // only for dates the policy covers.
    for line in billing::lines_by_date(starts_at, ends_at, zone) {
        let date = line.date;
        let covers = |a: &Authorization| a.start_date <= date && date <= a.end_date;
        let holder = if covers(&authorization) {
            &authorization
        } else {
            parties.authorizations.iter().find(|a| a.status == AuthStatus::Active && covers(a)).ok_or_else(|| {
                error::refused(format!(
                    "the appointment reaches {date}, which neither the authorization {} nor any other ACTIVE \
                     authorization of the patient {mrn} for {code} covers: end it by midnight, or authorize {date} \
                     first",
                    describe(&authorization)
                ))
            })?
        };
        if let Some(policy) = holder.insurance_id {
            let found = crate::store::insurances::find_in(conn, organization.id, policy).await?;
            let label = holder.authorization_number.clone().unwrap_or_else(|| holder.id.to_string());
            if let Some(problem) =
                found.and_then(|p| coverage_problem(&label, date, Some(p.coverage_start), p.coverage_end))
            {
                bail!("{problem}");
            }
        }
    }
    appointments::lock_booking(conn, practitioner_id, patient_id).await?;
    let code = CodeRules { owner_key, code, minutes_per_unit, max_units_per_day: parties.max_units_per_day };
    Ok(Checked {
        organization_id: organization.id,
        starts_at,
        ends_at,
        zone,
        rule,
        patient_id,
        practitioner_id,
        mrn,
        code,
        authorization,
        units,
        patient_absent,
    })
}

/// Refuses when the patient is booked at that time for a service the concurrency table
/// does not allow beside this one (`moving` left out). Runs after `lock_booking`, so it
/// sees every committed booking of the patient; the database refuses the same
/// (appointments_patient_concurrency). A clash with the same practitioner is left to the
/// practitioner's exclusion constraint, which says so.
async fn check_concurrency(conn: &mut PgConnection, checked: &Checked, moving: Option<AppointmentId>) -> Result<()> {
    let mine =
        Service { code: &checked.code.code, patient_absent: checked.patient_absent, provider: checked.practitioner_id };
    let others = appointments::patient_bookings_during(
        conn,
        checked.organization_id,
        checked.patient_id,
        checked.starts_at,
        checked.ends_at,
        moving,
    )
    .await?;
    let clash = others.iter().find(|other| {
        let theirs = Service {
            code: &other.service_code,
            patient_absent: other.patient_absent,
            provider: other.practitioner_id,
        };
        other.practitioner_id != checked.practitioner_id && !may_overlap(&mine, &theirs)
    });
    let Some(other) = clash else {
        return Ok(());
    };
    Err(error::Error::refused(format!(
        "the patient is already booked at that time: {} has {} with {} {}–{} (appointment {}); {}",
        checked.mrn,
        other.service_code,
        other.practitioner_name,
        other.start.format("%Y-%m-%d %H:%M"),
        other.end.format("%H:%M"),
        other.id,
        concurrency::why_not(&checked.code.code, &other.service_code)
    ))
    .remedy(error::Remedy::CaregiverGuidance)
    .into())
}

/// The first date of service of a booking that would pass the code's daily maximum (with
/// `moving`'s own units left out): each date the booking touches counts its own units
/// and those of every live booking of the patient and code on that date
/// (`billing::units_by_date`, the rule the database holds as appointments_daily_max).
/// Runs after `lock_booking`, so the count is of every committed booking of the patient.
async fn date_over_max(
    conn: &mut PgConnection,
    checked: &Checked,
    moving: Option<AppointmentId>,
) -> Result<Option<anyhow::Error>> {
    let Some(max) = checked.code.max_units_per_day else {
        return Ok(None);
    };
    let (zone, rule, code) = (checked.zone, checked.rule, &checked.code.code);
    let per_unit = i64::from(checked.code.minutes_per_unit);
    let mine =
        billing::units_by_date(checked.starts_at, checked.ends_at, zone, i64::from(checked.units), per_unit, rule);
    for (date, units) in mine {
        let from = billing::start_of_day(zone, date);
        let to = billing::start_of_day(zone, date + chrono::Duration::days(1));
        let others =
            appointments::live_units_during(conn, checked.organization_id, checked.patient_id, code, from, to, moving)
                .await?;
        let already: i64 = others
            .iter()
            .flat_map(|o| billing::units_by_date(o.starts_at, o.ends_at, zone, i64::from(o.units), per_unit, rule))
            .filter(|(d, _)| *d == date)
            .map(|(_, u)| u)
            .sum();
        if already + units > i64::from(max) {
            return Ok(Some(over_daily_max(&checked.mrn, code, date, already + units, max, already, "booked")));
        }
    }
    Ok(None)
}

/// Refuses when a date of service of the booking would pass the code's daily maximum.
async fn check_daily_max(conn: &mut PgConnection, checked: &Checked, moving: Option<AppointmentId>) -> Result<()> {
    match date_over_max(conn, checked, moving).await? {
        Some(refused) => Err(refused),
        None => Ok(()),
    }
}

/// The refusal of a day past a code's maximum, with the documented way past it.
pub(crate) fn over_daily_max(
    mrn: &str,
    code: &str,
    day: NaiveDate,
    total: i64,
    max: i32,
    already: i64,
    how: &str,
) -> anyhow::Error {
    error::Error::refused(format!(
        "the patient {mrn} would receive {total} units of {code} on {day}, over its daily maximum of {max} ({already} \
         already {how})"
    ))
    .remedy(error::Remedy::OverrideDailyMax)
    .into()
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
            Err(error::Error::refused(format!("the patient {mrn} has no authorization for {code}: "))
                .then(error::Remedy::CreateAuthorization)
                .into())
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
async fn reserve(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    authorization: &Authorization,
    units: i32,
) -> Result<()> {
    if authorizations::reserve(conn, organization_id, authorization.id, units).await? {
        return Ok(());
    }
    Err(refused_reservation(conn, organization_id, authorization, units).await)
}

/// Why a reservation was refused, with the counters as they are now.
async fn refused_reservation(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    authorization: &Authorization,
    units: i32,
) -> anyhow::Error {
    let now = match authorizations::find(conn, Some(organization_id), &Key::id(authorization.id)).await {
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
async fn close_on(
    conn: &mut PgConnection,
    organization: &Organization,
    operator: Option<UserId>,
    id: AppointmentId,
    status: AppointmentStatus,
    reason: Option<&str>,
) -> Result<appointments::Appointment> {
    let appointment = appointments::find_for_update(conn, organization.id, id)
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
    if !appointments::close(conn, organization.id, id, status, reason).await? {
        bail!("the appointment {id} changed while it was being closed; run the command again");
    }
    Ok(appointment)
}

/// Gives an appointment's reserved units back to its authorization, with the RELEASE
/// ledger line. `appointment` must have been read with its row locked
/// (`appointments::find_for_update`), so that its units are what it holds now.
pub(crate) async fn release(
    conn: &mut PgConnection,
    organization: &Organization,
    operator: Option<UserId>,
    appointment: &appointments::Appointment,
    note: Option<&str>,
) -> Result<()> {
    if let Some(authorization_id) = appointment.authorization_id {
        authorizations::release(conn, organization.id, authorization_id, appointment.units).await?;
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

/// Where and how a SCHEDULED appointment moves.
#[derive(Debug, Clone, Default)]
pub struct MoveRequest {
    /// The new start (None: where it is).
    pub start: Option<WallTime>,
    /// Real minutes (None: as long as it is).
    pub minutes: Option<i64>,
    /// Another authorization (a renewal) (None: its own).
    pub authorization: Option<Key<AuthorizationId>>,
    /// An ADMIN's reason to pass the code's daily maximum on the new day.
    pub override_daily_max: Option<String>,
    /// How a group member moves out of its group.
    pub group: GroupMove,
}

/// Moves a SCHEDULED appointment: its units are released from its authorization and
/// reserved again at the new time (on `authorization` when given: a renewal), with every
/// rule checked again, in the caller's transaction (`to`'s start and length are the
/// caller's, already in `start` and `end`). An ADMIN's override of the daily
/// maximum documents one day: it stays on a move within that day and is dropped on a move
/// to another, where passing the maximum needs a new one (`override_daily_max`).
async fn reschedule_on(
    conn: &mut PgConnection,
    organization: &Organization,
    operator: Option<UserId>,
    id: AppointmentId,
    start: WallTime,
    end: WallTime,
    to: &MoveRequest,
) -> Result<Booked> {
    let (authorization, override_daily_max) = (to.authorization.clone(), to.override_daily_max.as_deref());
    let appointment = appointments::find_for_update(conn, organization.id, id)
        .await?
        .ok_or_else(|| crate::error::not_found(format!("no appointment {id} in this organization")))?;
    if appointment.status != AppointmentStatus::Scheduled {
        bail!(
            "the appointment {id} is {}, not SCHEDULED: only a scheduled appointment can be moved",
            appointment.status
        );
    }
    let request = BookingRequest {
        patient: Key::id(appointment.patient_id),
        practitioner: Key::id(appointment.practitioner_id),
        service_code: appointment.service_code.clone(),
        start,
        end,
        authorization: authorization.or_else(|| appointment.authorization_id.map(Key::id)),
        series_id: appointment.series_id,
        group_id: appointment.group_id,
        place: Place {
            place_of_service: appointment.place_of_service,
            telehealth_modifier: appointment.telehealth_modifier.clone(),
        },
        override_daily_max: None,
        patient_absent: appointment.patient_absent,
    };
    // The same lock order as a booking: schedule locks before the authorization's row.
    appointments::lock_booking(conn, appointment.practitioner_id, appointment.patient_id).await?;
    release(conn, organization, operator, &appointment, Some("rescheduled")).await?;
    let checked = check(conn, organization, &request).await?;
    check_concurrency(conn, &checked, Some(id)).await?;
    let day = start.local.date();
    // The old override documents its own day only; on another day the maximum is counted
    // again, and only a new ADMIN override passes it.
    let kept = appointment.daily_max_override.clone().filter(|_| appointment.start.date() == day);
    let daily_max_override = match kept {
        Some(reason) => Some(reason),
        None => match check_daily_max(conn, &checked, Some(id)).await {
            Ok(()) => None,
            Err(_) if override_daily_max.is_some() => override_daily_max.map(str::to_string),
            Err(refused) => return Err(refused),
        },
    };
    reserve(conn, organization.id, &checked.authorization, checked.units).await?;
    let moved = appointments::Moved {
        starts_at: checked.starts_at,
        ends_at: checked.ends_at,
        units: checked.units,
        authorization_id: Some(checked.authorization.id),
        override_day: daily_max_override.as_ref().map(|_| day),
        daily_max_override: daily_max_override.clone(),
    };
    if !appointments::reschedule(conn, organization.id, id, &moved).await? {
        bail!("the appointment {id} changed while it was being moved; try again");
    }
    let note = match &daily_max_override {
        Some(reason) if appointment.daily_max_override.as_ref() != Some(reason) || appointment.start.date() != day => {
            format!("rescheduled over the daily maximum (ADMIN override): {reason}")
        }
        _ => "rescheduled".to_string(),
    };
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
            note: Some(&note),
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
        daily_max_override,
    })
}

/// What to do with the rest of a group that a member's leaving (cancelled, no-show,
/// moved out) would leave with one patient alone under a group code.
#[derive(Debug, Clone, Default)]
pub enum RestOfGroup {
    /// Refuse, saying so (the default: a group of one is never billed as a group).
    #[default]
    Refuse,
    /// Cancel the member left alone, with this reason (a session in progress is
    /// cancelled, its units released).
    Cancel(String),
    /// Bill the member left alone as the group code's individual code.
    AsIndividual,
}

/// Settles a group after one of its members left it: with 2 to 8 members left (or none)
/// it stands; with one left, that member is cancelled or converted as `rest` says, or
/// the change is refused. Returns what was done, for the audit entry.
pub(crate) async fn settle_group(
    conn: &mut PgConnection,
    organization: &Organization,
    operator: Option<UserId>,
    group_id: Uuid,
    rest: &RestOfGroup,
) -> Result<Option<(&'static str, AppointmentId)>> {
    let members = appointments::group_members(conn, organization.id, group_id).await?;
    let [(alone, status)] = members.as_slice() else {
        return Ok(None);
    };
    match rest {
        RestOfGroup::Refuse => Err(error::Error::refused(format!(
            "this leaves the appointment {alone} ({status}) alone in its group: a group code is billed for 2 to \
             {MAX_GROUP} patients, never for one"
        ))
        .remedy(error::Remedy::SettleGroup)
        .into()),
        RestOfGroup::Cancel(reason) => {
            match status {
                AppointmentStatus::InProgress => {
                    super::sessions::cancel_of_appointment(conn, organization, operator, *alone, reason).await?
                }
                AppointmentStatus::Scheduled => {
                    close_on(conn, organization, operator, *alone, AppointmentStatus::Cancelled, Some(reason)).await?;
                }
                other => {
                    return Err(error::refused(format!(
                        "the appointment {alone} left alone in the group is {other}: it cannot be cancelled"
                    )));
                }
            }
            Ok(Some(("group_cancelled", *alone)))
        }
        RestOfGroup::AsIndividual => {
            to_individual(conn, organization, operator, *alone).await?;
            Ok(Some(("converted_to_individual", *alone)))
        }
    }
}

/// Takes a live group member out of its group under the group code's individual code
/// (97154 → 97153, 97158 → 97155, 97157 → 97156): its units are released from the group
/// code's authorization and reserved on the individual code's authorization covering its
/// date, in the caller's transaction, and every rule of that date is checked again.
pub(crate) async fn to_individual(
    conn: &mut PgConnection,
    organization: &Organization,
    operator: Option<UserId>,
    id: AppointmentId,
) -> Result<()> {
    let appointment = appointments::find_for_update(conn, organization.id, id)
        .await?
        .ok_or_else(|| crate::error::not_found(format!("no appointment {id} in this organization")))?;
    let Some(individual) = crate::domain::billing::individual_code_of(&appointment.service_code) else {
        return Err(error::internal(format!("{} has no individual code", appointment.service_code)));
    };
    let code = crate::store::service_codes::rules(conn, individual)
        .await?
        .ok_or_else(|| crate::error::not_found(format!("no service code {individual}")))?;
    let day = appointment.start.date();
    let found = authorizations::covering_care(conn, organization.id, appointment.patient_id, individual, day).await?;
    let authorization = found
        .into_iter()
        .find(|a| a.status == AuthStatus::Active || appointment.status == AppointmentStatus::InProgress)
        .ok_or_else(|| {
            error::Error::refused(format!(
                "the patient {} has no ACTIVE authorization for {individual} covering {day}: the member left alone \
                 cannot be billed as the individual code",
                appointment.medical_record_number
            ))
            .remedy(error::Remedy::AuthorizeIndividual(individual.to_string()))
        })?;
    let minutes = (appointment.ends_at - appointment.starts_at).num_minutes();
    let units = units_for_minutes(minutes, i64::from(code.minutes_per_unit), organization.units_rule);
    let units = i32::try_from(units).map_err(|_| anyhow!("the appointment is too long"))?;
    let note = format!("{} alone in its group: billed as {individual}", appointment.service_code);
    release(conn, organization, operator, &appointment, Some(&note)).await?;
    reserve(conn, organization.id, &authorization, units).await?;
    if !appointments::convert(conn, organization.id, id, &code, authorization.id, units).await? {
        bail!("the appointment {id} changed while it was being converted; run the command again");
    }
    authorizations::record_event(
        conn,
        &NewUnitEvent {
            organization_id: organization.id,
            authorization_id: authorization.id,
            kind: UnitEventKind::Reserve,
            scheduled_delta: units,
            used_delta: 0,
            appointment_id: Some(id),
            recorded_by: operator,
            note: Some(&note),
        },
    )
    .await?;
    let facts = appointments::service_facts(conn, organization.id, appointments::FactsOf::Appointment(id)).await?;
    let problems: Vec<String> = facts.iter().flat_map(|f| f.problems_on(day)).collect();
    if !problems.is_empty() {
        return Err(error::refused(format!(
            "the appointment {id} cannot be billed as {individual} on {day}: {}",
            problems.join("; ")
        )));
    }
    Ok(())
}

pub(crate) const CREATE: Action = Action::AppointmentCreate;
pub(crate) const CANCEL: Action = Action::AppointmentCancel;
pub(crate) const NO_SHOW: Action = Action::AppointmentNoShow;
pub(crate) const RESCHEDULE: Action = Action::AppointmentReschedule;
pub(crate) const READ: Action = Action::AppointmentRead;

/// Any of the clinic's users schedules (a super admin under break-glass).
pub(crate) const SCHEDULERS: Need = Need::PatientData { staff: true };

/// The longest appointment: one day.
pub(crate) const MAX_MINUTES: i64 = 24 * 60;

/// Appointments to book together: one, or a series (every start lasting `minutes`), for
/// one patient or, with a group code, a group of 2 to 8 in one slot.
#[derive(Debug, Clone)]
pub struct NewAppointments {
    /// Each patient: one, or the group's.
    pub patients: Vec<Key<PatientId>>,
    pub practitioner: Key<PractitionerId>,
    pub service_code: String,
    /// None: the one ACTIVE authorization covering each date (a group's patients each
    /// use their own).
    pub authorization: Option<Key<AuthorizationId>>,
    /// Wall-clock starts in the clinic's zone.
    pub starts: Vec<WallTime>,
    /// How long each lasts: as many real minutes as the first.
    pub length: Length,
    /// Whether they form a series (a weekly recurrence, even of one).
    pub series: bool,
    /// Whether the patients form a group sharing the practitioner's slot.
    pub group: bool,
    /// Where (None: the clinic's default place).
    pub place: Option<PlaceOfService>,
    /// The telehealth modifier (None: the clinic's).
    pub modifier: Option<String>,
    /// An ADMIN's documented reason to pass the code's daily maximum.
    pub override_daily_max: Option<String>,
    /// The patient is not there (caregiver guidance: 97156; 97157 always).
    pub patient_absent: bool,
}

impl NewAppointments {
    /// One appointment of one patient, at the clinic's place, against the authorization
    /// covering its date.
    pub fn single(
        patient: Key<PatientId>,
        practitioner: Key<PractitionerId>,
        code: &str,
        start: WallTime,
        length: Length,
    ) -> Self {
        NewAppointments {
            patients: vec![patient],
            practitioner,
            service_code: code.to_string(),
            authorization: None,
            starts: vec![start],
            length,
            series: false,
            group: false,
            place: None,
            modifier: None,
            override_daily_max: None,
            patient_absent: false,
        }
    }
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

/// One occurrence's outcome in a booking's report (one line per patient of a group).
#[derive(Debug, Clone, serde::Serialize)]
pub struct Occurrence {
    pub start: NaiveDateTime,
    pub end: NaiveDateTime,
    pub patient: String,
    pub units: Option<i32>,
    pub authorization: Option<String>,
    pub appointment_id: Option<AppointmentId>,
    pub group_id: Option<Uuid>,
    pub place_of_service: PlaceOfService,
    pub daily_max_override: Option<String>,
    pub refused: Option<String>,
}

/// The group rules of CPT: a group code is booked for 2 to 8 patients in one slot, any
/// other code for one patient.
fn check_group(new: &NewAppointments) -> Result<()> {
    let code = new.service_code.trim().to_ascii_uppercase();
    let count = new.patients.len();
    let group_codes = crate::domain::scheduling::GROUP_CODES.join(", ");
    if new.group && !is_group_code(&code) {
        return Err(error::Error::said(error::Kind::Refused, [error::Input::Group.into()])
            .then(format!(" books a group code ({group_codes}); {code} is rendered to one patient"))
            .into());
    }
    if !new.group && is_group_code(&code) {
        return Err(error::Error::refused(format!(
            "{code} is a group code: it is rendered to 2 to {MAX_GROUP} patients"
        ))
        .remedy(error::Remedy::BookGroup { max: MAX_GROUP })
        .into());
    }
    if !new.group && count != 1 {
        return Err(error::Error::said(error::Kind::Refused, [error::Input::Patients.into()])
            .then(" book a group: add ")
            .then(error::Input::Group)
            .then(" (with a group code)")
            .into());
    }
    if new.group && !(2..=MAX_GROUP).contains(&count) {
        return Err(error::refused(format!("a group of {code} has 2 to {MAX_GROUP} patients; got {count}")));
    }
    if new.group && new.authorization.is_some() {
        return Err(error::Error::refused("each patient of a group is booked against their own authorization: ")
            .then(error::Remedy::NameNoAuthorization)
            .into());
    }
    let mut seen = std::collections::BTreeSet::new();
    if let Some(twice) = new.patients.iter().map(Key::as_str).find(|p| !seen.insert(*p)) {
        return Err(error::refused(format!("the patient {twice} is named twice in the group")));
    }
    Ok(())
}

/// Books every occurrence (for every patient of a group) or none: each is tried in a
/// savepoint of its own so that one refusal does not hide the others', and any refusal
/// refuses the whole with every reason. The report lists each occurrence.
pub(crate) async fn book(
    tx: &mut CommandTx,
    organization: &Organization,
    new: &NewAppointments,
) -> Done<Vec<Occurrence>> {
    check_group(new)?;
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
    let place = Place::of(organization, new.place, new.modifier.as_deref())?;
    let series_id = new.series.then(Uuid::new_v4);
    let operator = tx.operator_id();
    let mut report = Vec::new();
    let mut reasons: Vec<Vec<error::Said>> = Vec::new();
    let mut booked: Vec<Booked> = Vec::new();
    let alone = new.starts.len() == 1 && new.patients.len() == 1;
    for &start in &new.starts {
        let end = match clock::instant(zone, start) {
            Ok(at) => clock::wall_after(zone, at, minutes),
            Err(_) => start, // refused by the booking with the reason
        };
        let group_id = new.group.then(Uuid::new_v4);
        for patient in &new.patients {
            let request = BookingRequest {
                patient: patient.clone(),
                practitioner: new.practitioner.clone(),
                service_code: new.service_code.clone(),
                start,
                end,
                authorization: new.authorization.clone(),
                series_id,
                group_id,
                place: place.clone(),
                override_daily_max: new.override_daily_max.clone(),
                patient_absent: new.patient_absent,
            };
            // Several bookings try each in a savepoint (a nested transaction) so that one
            // refusal does not hide the others'; a single booking needs none: its refusal
            // is the command's.
            let (done, occurrence) = if alone {
                (book_on(tx.conn(), organization, operator, &request).await, None)
            } else {
                let mut occurrence = tx.conn().begin().await?;
                (book_on(&mut occurrence, organization, operator, &request).await, Some(occurrence))
            };
            let mut line = Occurrence {
                start: start.local,
                end: end.local,
                patient: patient.to_string(),
                units: None,
                authorization: None,
                appointment_id: None,
                group_id,
                place_of_service: place.place_of_service,
                daily_max_override: None,
                refused: None,
            };
            match done {
                Ok(done) => {
                    if let Some(occurrence) = occurrence {
                        occurrence.commit().await?;
                    }
                    line.end = done.end;
                    line.units = Some(done.units);
                    line.authorization =
                        Some(done.authorization_number.clone().unwrap_or_else(|| done.authorization_id.to_string()));
                    line.appointment_id = Some(done.appointment_id);
                    line.daily_max_override = done.daily_max_override.clone();
                    booked.push(done);
                }
                Err(error) if crate::error::is_retryable(&error) || occurrence.is_none() => return Err(error),
                Err(error) => {
                    if let Some(occurrence) = occurrence {
                        occurrence.rollback().await?;
                    }
                    line.refused = Some(format!("{error:#}"));
                    reasons.push(error::pieces_of(&error));
                }
            }
            report.push(line);
        }
    }
    let refused: Vec<&Occurrence> = report.iter().filter(|o| o.refused.is_some()).collect();
    if !refused.is_empty() {
        // Each refusal keeps its pieces, for the command line to say them its way.
        if let ([_], [only]) = (report.as_slice(), reasons.as_slice()) {
            return Err(error::Error::said(error::Kind::Refused, only.iter().cloned()).into());
        }
        let mut said = error::Error::refused(format!(
            "{} of {} appointments refused; nothing was booked:",
            refused.len(),
            report.len()
        ));
        for (o, reason) in refused.iter().zip(reasons) {
            let who = if new.group { format!(" {}", o.patient) } else { String::new() };
            said = said.then(format!("\n  {}{who}: ", o.start.format("%a %Y-%m-%d %H:%M")));
            for piece in reason {
                said = said.then(piece);
            }
        }
        return Err(said.into());
    }
    let units: i32 = booked.iter().map(|b| b.units).sum();
    let mut entry = AuditEntry::new(CREATE)
        .entity_type("appointment")
        .detail("appointments", booked.len())
        .detail("units", units)
        .detail("service_code", new.service_code.clone())
        .detail("place_of_service", place.place_of_service.pos_code());
    if let [one] = booked.as_slice() {
        entry = entry
            .entity("appointment", one.appointment_id)
            .detail("authorization", one.authorization_id.to_string())
            .detail("start", one.start.to_string());
    } else if let Some(series) = series_id {
        entry = entry.detail("series", series.to_string());
    }
    if new.group {
        entry = entry.detail("group_patients", new.patients.len());
    }
    let overridden = booked.iter().filter(|b| b.daily_max_override.is_some()).count();
    if let Some(reason) = new.override_daily_max.as_deref().filter(|_| overridden > 0) {
        entry = entry.detail("daily_max_override", reason).detail("overridden_appointments", overridden);
    }
    Ok((report, entry))
}

/// Cancels (with a reason) or marks as no-show a SCHEDULED appointment, releasing the
/// units it holds; a group member's leaving is settled as `rest` says.
async fn close(
    tx: &mut CommandTx,
    organization: &Organization,
    id: AppointmentId,
    status: AppointmentStatus,
    reason: Option<&str>,
    rest: &RestOfGroup,
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
    let before = close_on(tx.conn(), organization, operator, id, status, reason).await?;
    let settled = match before.group_id {
        Some(group) => settle_group(tx.conn(), organization, operator, group, rest).await?,
        None => None,
    };
    let after = find(tx, id).await?;
    let entry = AuditEntry::new(action)
        .entity("appointment", id)
        .changed("status", before.status, after.status)
        .detail("units_released", before.units);
    let entry = match settled {
        Some((what, other)) => entry.detail(what, other.to_string()),
        None => entry,
    };
    Ok((after, entry))
}

/// How a group member is moved.
#[derive(Debug, Clone, Default)]
pub struct GroupMove {
    /// Move every live member of the group together, the group staying one slot.
    pub whole: bool,
    /// Take the member out of its group under the individual code (a member moved alone
    /// is no group).
    pub as_individual: bool,
    /// What to do with the rest when the move leaves one member alone.
    pub rest: RestOfGroup,
}

/// Moves a SCHEDULED appointment to `to.start` (None: where it is), lasting `to.minutes`
/// real minutes (None: as long as it did), on `to.authorization` (None: its own), every
/// rule checked again. A flagged appointment whose rules all hold again is no longer
/// flagged.
/// A group member moves out of its group only as its individual code
/// (`to.group.as_individual`), and the rest is settled.
async fn reschedule(
    tx: &mut CommandTx,
    organization: &Organization,
    id: AppointmentId,
    to: &MoveRequest,
) -> Done<Appointment> {
    let before = find(tx, id).await?;
    let minutes = to.minutes.unwrap_or_else(|| (before.ends_at - before.starts_at).num_minutes());
    if !(1..=MAX_MINUTES).contains(&minutes) {
        return Err(error::refused(format!(
            "an appointment lasts 1 to {MAX_MINUTES} minutes (one day); got {minutes}"
        )));
    }
    if to.group.whole {
        return reschedule_group(tx, organization, before, minutes, to).await;
    }
    if before.group_id.is_some() && !to.group.as_individual {
        return Err(error::Error::refused(format!(
            "the appointment {id} is one member of a {} group: a member moved alone is no group",
            before.service_code
        ))
        .remedy(error::Remedy::MoveGroup)
        .into());
    }
    if before.group_id.is_none() && to.group.as_individual {
        return Err(error::Error::said(error::Kind::Refused, [error::Input::AsIndividual.into()])
            .then(" moves a group member out of its group; this appointment is no group's")
            .into());
    }
    let zone = clock::zone(&organization.time_zone).map_err(error::internal)?;
    let (start, at) = match to.start {
        Some(start) => (start, clock::instant(zone, start).map_err(|e| error::refused(format!("the start: {e}")))?),
        // Where it is: the instant itself (an hour repeated by a clock change keeps its reading).
        None => (clock::wall_after(zone, before.starts_at, 0), before.starts_at),
    };
    let end = clock::wall_after(zone, at, minutes);
    let operator = tx.operator_id();
    // Moved first (still in its group's slot, so the practitioner is not booked twice at
    // the old time), then taken out of the group at the new time.
    let mut done = reschedule_on(tx.conn(), organization, operator, id, start, end, to).await?;
    if before.group_id.is_some() {
        to_individual(tx.conn(), organization, operator, id).await?;
        done.units = find(tx, id).await?.units;
    }
    let settled = match before.group_id {
        Some(group_id) => settle_group(tx.conn(), organization, operator, group_id, &to.group.rest).await?,
        None => None,
    };
    let after = find(tx, id).await?;
    let label = |number: &Option<String>, id: Option<AuthorizationId>| {
        number.clone().or_else(|| id.map(|a| a.to_string())).unwrap_or_default()
    };
    let mut entry = AuditEntry::new(RESCHEDULE)
        .entity("appointment", id)
        .changed("start", before.start.to_string(), done.start.to_string())
        .changed("end", before.end.to_string(), done.end.to_string())
        .changed("units", before.units, done.units);
    if before.service_code != after.service_code {
        entry = entry.changed("service_code", before.service_code.as_str(), after.service_code.as_str());
    }
    if let Some((what, other)) = settled {
        entry = entry.detail(what, other.to_string());
    }
    if before.authorization_id != after.authorization_id {
        entry = entry.changed(
            "authorization",
            label(&before.authorization_number, before.authorization_id),
            label(&after.authorization_number, after.authorization_id),
        );
    }
    if before.daily_max_override != after.daily_max_override {
        entry =
            entry.changed("daily_max_override", before.daily_max_override.clone(), after.daily_max_override.clone());
    }
    if before.attention.is_some() && after.attention.is_none() {
        entry = entry.detail("attention_cleared", before.attention.clone().unwrap_or_default());
    }
    Ok((after, entry))
}

/// Moves every live member of `named`'s group to `to.start` (None: where it is), each
/// lasting `minutes`, in the caller's transaction: each member's units are released and
/// reserved again on its own authorization at the new time with every rule checked
/// again, so the group moves whole or not at all. A group whose session has begun for
/// any member is not moved. One audit entry names every member moved.
async fn reschedule_group(
    tx: &mut CommandTx,
    organization: &Organization,
    named: Appointment,
    minutes: i64,
    to: &MoveRequest,
) -> Done<Appointment> {
    let Some(group_id) = named.group_id else {
        return Err(error::Error::said(error::Kind::Refused, [error::Input::WholeGroup.into()])
            .then(format!(" moves a group's members together; the appointment {} is no group's", named.id))
            .into());
    };
    if to.authorization.is_some() {
        return Err(error::refused(
            "a group moves with each member's own authorization: move the members to another authorization one by \
             one",
        ));
    }
    let members = appointments::group_members(tx.conn(), organization.id, group_id).await?;
    if let Some((begun, status)) = members.iter().find(|(_, status)| *status != AppointmentStatus::Scheduled) {
        return Err(error::refused(format!(
            "the appointment {begun} of the group is {status}: only a group whose members are all SCHEDULED can be \
             moved"
        )));
    }
    let zone = clock::zone(&organization.time_zone).map_err(error::internal)?;
    let (start, at) = match to.start {
        Some(start) => (start, clock::instant(zone, start).map_err(|e| error::refused(format!("the start: {e}")))?),
        None => (clock::wall_after(zone, named.starts_at, 0), named.starts_at),
    };
    let end = clock::wall_after(zone, at, minutes);
    let operator = tx.operator_id();
    let mut units = Vec::new();
    for (member, _) in &members {
        let before = find(tx, *member).await?;
        let done = reschedule_on(tx.conn(), organization, operator, *member, start, end, to).await?;
        units.push(format!("{member}: {} → {}", before.units, done.units));
    }
    let after = find(tx, named.id).await?;
    let moved: Vec<String> = members.iter().map(|(m, _)| m.to_string()).collect();
    let mut entry = AuditEntry::new(RESCHEDULE)
        .entity("appointment", named.id)
        .changed("start", named.start.to_string(), after.start.to_string())
        .changed("end", named.end.to_string(), after.end.to_string())
        .detail("group", group_id.to_string())
        .detail("members_moved", moved.join(", "))
        .detail("units", units.join("; "));
    if named.daily_max_override != after.daily_max_override {
        entry = entry.changed("daily_max_override", named.daily_max_override.clone(), after.daily_max_override.clone());
    }
    Ok((after, entry))
}

/// Which days `appointment list` covers.
#[derive(Debug, Clone, Copy)]
pub enum Days {
    /// Between two local dates (either open).
    Between(Option<NaiveDate>, Option<NaiveDate>),
    /// The Monday-to-Sunday week containing this day.
    WeekOf(NaiveDate),
}

/// Filters of `appointment list`.
#[derive(Debug, Clone)]
pub struct Filter {
    pub days: Days,
    pub practitioner: Option<Key<PractitionerId>>,
    pub patient: Option<Key<PatientId>>,
    pub status: Option<AppointmentStatus>,
    /// Only appointments flagged as needing attention.
    pub needs_attention: bool,
}

/// The appointments `filter` names, as a list's query (its patient and practitioner
/// looked up), and the Monday of the week when a week was asked for.
pub(crate) async fn list_query(tx: &mut CommandTx, filter: &Filter) -> Result<(AppointmentFilter, Option<NaiveDate>)> {
    let (from, to, monday) = match filter.days {
        Days::Between(from, to) => (from, to, None),
        Days::WeekOf(day) => {
            let monday = day - chrono::Duration::days(i64::from(day.weekday().num_days_from_monday()));
            (Some(monday), Some(monday + chrono::Duration::days(6)), Some(monday))
        }
    };
    let practitioner_id = match &filter.practitioner {
        Some(key) => {
            let clinic = tx.organization_id();
            Some(crate::store::practitioners::require(tx.conn(), clinic, key).await?.id)
        }
        None => None,
    };
    let patient_id = match &filter.patient {
        Some(key) => {
            let clinic = tx.organization_id();
            Some(crate::store::patients::require(tx.conn(), clinic, key).await?.id)
        }
        None => None,
    };
    let query = AppointmentFilter {
        from,
        to,
        practitioner_id,
        patient_id,
        status: filter.status,
        needs_attention: filter.needs_attention,
    };
    Ok((query, monday))
}

/// The record of an appointment list, kept before its rows are read.
pub(crate) fn listing(week: bool) -> super::lists::Read {
    let entry =
        AuditEntry::new(READ).entity_type("appointment").detail("command", "appointment list").detail("week", week);
    super::lists::Read { action: READ, need: SCHEDULERS, entry }
}

/// A week's appointments, whole (the week grid), and its Monday.
async fn week(tx: &mut CommandTx, filter: &Filter) -> Done<(Vec<Appointment>, Option<NaiveDate>)> {
    let (query, monday) = list_query(tx, filter).await?;
    let (rows, _) = super::lists::page(tx, &query, &super::lists::Shape::default()).await?;
    let entry = listing(monday.is_some()).entry.detail("count", rows.len());
    Ok(((rows, monday), entry))
}

async fn show(tx: &mut CommandTx, id: AppointmentId) -> Done<Appointment> {
    let appointment = find(tx, id).await?;
    let entry = AuditEntry::new(READ).entity("appointment", id).detail("command", "appointment show");
    Ok((appointment, entry))
}

async fn find(tx: &mut CommandTx, id: AppointmentId) -> Result<Appointment> {
    let clinic = tx.clinic()?;
    appointments::find(tx.conn(), clinic, id)
        .await?
        .ok_or_else(|| error::not_found(format!("no appointment {id} in this organization")))
}

/// What to do with the SCHEDULED appointments a change leaves outside the rules.
#[derive(Debug, Clone, Default)]
pub enum AffectedAppointments {
    /// Refuse the change, listing them (the default: nothing is orphaned silently).
    #[default]
    Refuse,
    /// Cancel them with this reason, releasing their units.
    Cancel(String),
    /// Keep them, flagged as needing attention (`appointment list --needs-attention`).
    Keep,
}

/// One appointment a change affects, and the rule it would break.
#[derive(Debug, Clone, serde::Serialize)]
pub(crate) struct Affected {
    pub appointment_id: AppointmentId,
    pub start: NaiveDateTime,
    pub medical_record_number: String,
    pub service_code: String,
    pub units: i32,
    pub problem: String,
    /// SCHEDULED (a booking) or IN_PROGRESS (a session being delivered).
    pub status: AppointmentStatus,
}

impl Affected {
    pub(crate) fn of(facts: &ServiceFacts, problem: String) -> Self {
        Affected {
            appointment_id: facts.appointment_id,
            start: facts.start,
            medical_record_number: facts.medical_record_number.clone(),
            service_code: facts.service_code.clone(),
            units: facts.units,
            problem,
            status: facts.status,
        }
    }

    /// The live appointments among `facts` — bookings and sessions in progress alike —
    /// that a date-of-service rule now refuses.
    pub(crate) fn breaking_rules(facts: &[ServiceFacts]) -> Vec<Affected> {
        facts
            .iter()
            .filter(|f| matches!(f.status, AppointmentStatus::Scheduled | AppointmentStatus::InProgress))
            .filter_map(|f| {
                let problems = f.problems_on(f.start.date());
                (!problems.is_empty()).then(|| Affected::of(f, problems.join("; ")))
            })
            .collect()
    }
}

/// Settles the appointments a change (`change`, e.g. "ending the credential of Riley
/// Tech on 2026-12-05") affects, as `how` says, in the caller's transaction: refused
/// with the list, cancelled with their units released, or kept and flagged. Returns the
/// audit entry with what was done.
pub(crate) async fn settle_affected(
    tx: &mut CommandTx,
    organization: &Organization,
    change: &str,
    affected: &[Affected],
    how: &AffectedAppointments,
    entry: AuditEntry,
) -> Result<AuditEntry> {
    if affected.is_empty() {
        return Ok(entry);
    }
    let lines: Vec<String> = affected
        .iter()
        .map(|a| {
            format!(
                "{}{} {} {} ({} units): {} — {}",
                if a.status == AppointmentStatus::InProgress { "in progress since " } else { "" },
                a.start.format("%Y-%m-%d %H:%M"),
                a.medical_record_number,
                a.service_code,
                a.units,
                a.problem,
                a.appointment_id
            )
        })
        .collect();
    let operator = tx.operator_id();
    match how {
        AffectedAppointments::Refuse => Err(error::Error::refused(format!(
            "{change} would leave {} outside the rules:\n  {}",
            match affected.iter().filter(|a| a.status == AppointmentStatus::InProgress).count() {
                0 => format!("{} booked appointment(s)", affected.len()),
                live =>
                    format!("{} appointment(s) ({} booked, {live} in progress)", affected.len(), affected.len() - live),
            },
            lines.join("\n  ")
        ))
        .remedy(error::Remedy::CancelAffected)
        .remedy(error::Remedy::KeepAffected)
        .into()),
        AffectedAppointments::Cancel(reason) => {
            for a in affected {
                if a.status == AppointmentStatus::InProgress {
                    super::sessions::cancel_of_appointment(tx.conn(), organization, operator, a.appointment_id, reason)
                        .await?;
                } else {
                    close_on(
                        tx.conn(),
                        organization,
                        operator,
                        a.appointment_id,
                        AppointmentStatus::Cancelled,
                        Some(reason),
                    )
                    .await?;
                }
            }
            let units: i32 = affected.iter().map(|a| a.units).sum();
            Ok(entry.detail("cancelled_appointments", affected.len()).detail("units_released", units))
        }
        AffectedAppointments::Keep => {
            for a in affected {
                appointments::flag(
                    tx.conn(),
                    organization.id,
                    &[a.appointment_id],
                    &format!("{change}: {}", a.problem),
                )
                .await?;
            }
            Ok(entry.detail("flagged_appointments", affected.len()))
        }
    }
}

/// The SCHEDULED appointments of `of` that break a rule now and did not in `before`
/// (the ids that broke one before the change).
pub(crate) async fn newly_breaking(
    tx: &mut CommandTx,
    of: crate::store::appointments::FactsOf,
    before: &[AppointmentId],
) -> Result<Vec<Affected>> {
    let clinic = tx.clinic()?;
    let facts = appointments::service_facts(tx.conn(), clinic, of).await?;
    Ok(Affected::breaking_rules(&facts).into_iter().filter(|a| !before.contains(&a.appointment_id)).collect())
}

/// The ids of the SCHEDULED appointments of `of` that break a rule as things are.
pub(crate) async fn breaking_now(
    tx: &mut CommandTx,
    of: crate::store::appointments::FactsOf,
) -> Result<Vec<AppointmentId>> {
    let clinic = tx.clinic()?;
    let facts = appointments::service_facts(tx.conn(), clinic, of).await?;
    Ok(Affected::breaking_rules(&facts).into_iter().map(|a| a.appointment_id).collect())
}

/// The dates of a booking: one start, or a weekly series from it.
#[derive(Debug, Clone)]
pub struct Series {
    pub first: WallTime,
    /// The weekdays of a weekly series (None: one appointment).
    pub weekdays: Option<Vec<chrono::Weekday>>,
    /// The last date of the series (relative dates count from the clinic's today).
    pub until: Option<crate::domain::dates::DateArg>,
    /// How many appointments the series has at most.
    pub count: Option<usize>,
}

impl Series {
    /// Each start, on the clinic's clock, `today` being the clinic's.
    pub(crate) fn starts(&self, today: NaiveDate) -> Result<Vec<WallTime>> {
        let Some(days) = &self.weekdays else { return Ok(vec![self.first]) };
        let until = self.until.map(|d| d.on(today));
        let locals = crate::domain::scheduling::weekly_occurrences(self.first.local, days, until, self.count)
            .map_err(|e| anyhow::anyhow!(e))?;
        // The offset chose a reading of the first day's time; the others resolve alone.
        Ok(locals.into_iter().map(|local| if local == self.first.local { self.first } else { local.into() }).collect())
    }
}

/// `appointment create`: books the series (or the one appointment), reserving its units
/// in the same transaction. Passing the code's daily maximum is an ADMIN's decision.
pub struct Book {
    pub new: NewAppointments,
    pub series: Series,
    /// The clinic's zone, once known (to say how far in the past a booking is).
    pub zone: Option<chrono_tz::Tz>,
}

impl super::Operation for Book {
    type Output = Vec<Occurrence>;

    fn action(&self) -> Action {
        CREATE
    }

    fn need(&self) -> Need {
        SCHEDULERS
    }

    async fn apply(&mut self, tx: &mut CommandTx, session: &crate::access::Session) -> Done<Vec<Occurrence>> {
        if self.new.override_daily_max.is_some() {
            session.require_admin("override a code's daily maximum")?;
        }
        let clinic = session.clinic()?;
        self.zone = crate::domain::clock::zone(&clinic.time_zone).ok();
        self.new.starts = self.series.starts(session.today())?;
        book(tx, clinic, &self.new).await
    }
}

/// `appointment cancel` and `appointment no-show`: the appointment closes and its units
/// are released; a group left with one member is settled as `rest` says.
pub struct Close {
    pub appointment: crate::domain::ids::Key<AppointmentId>,
    pub status: AppointmentStatus,
    pub reason: Option<String>,
    pub rest: RestOfGroup,
}

impl super::Operation for Close {
    type Output = Appointment;

    fn action(&self) -> Action {
        if self.status == AppointmentStatus::Cancelled { CANCEL } else { NO_SHOW }
    }

    fn need(&self) -> Need {
        SCHEDULERS
    }

    async fn apply(&mut self, tx: &mut CommandTx, session: &crate::access::Session) -> Done<Appointment> {
        let clinic_id = tx.clinic()?;
        let id = crate::store::keys::resolve_in(tx.conn(), clinic_id, &self.appointment).await?;
        close(tx, session.clinic()?, id, self.status, self.reason.as_deref(), &self.rest).await
    }
}

/// `appointment reschedule`: the appointment moves, its units with it. Passing the
/// daily maximum on the new date is an ADMIN's decision.
pub struct Reschedule {
    pub appointment: crate::domain::ids::Key<AppointmentId>,
    pub to: MoveRequest,
}

impl super::Operation for Reschedule {
    type Output = Appointment;

    fn action(&self) -> Action {
        RESCHEDULE
    }

    fn need(&self) -> Need {
        SCHEDULERS
    }

    async fn apply(&mut self, tx: &mut CommandTx, session: &crate::access::Session) -> Done<Appointment> {
        if self.to.override_daily_max.is_some() {
            session.require_admin("override a code's daily maximum")?;
        }
        let clinic_id = tx.clinic()?;
        let id = crate::store::keys::resolve_in(tx.conn(), clinic_id, &self.appointment).await?;
        reschedule(tx, session.clinic()?, id, &self.to).await
    }
}

/// `appointment show`.
pub(crate) struct Show {
    pub appointment: crate::domain::ids::Key<AppointmentId>,
}

impl super::Operation for Show {
    type Output = Appointment;

    fn action(&self) -> Action {
        READ
    }

    fn need(&self) -> Need {
        SCHEDULERS
    }

    async fn apply(&mut self, tx: &mut CommandTx, _session: &crate::access::Session) -> Done<Appointment> {
        let clinic_id = tx.clinic()?;
        let id = crate::store::keys::resolve_in(tx.conn(), clinic_id, &self.appointment).await?;
        show(tx, id).await
    }
}

/// `appointment list --week` as a grid: the week of `day`, whole, with the clinic's
/// zone to draw it in.
pub struct Week {
    pub filter: Filter,
    pub day: crate::domain::dates::DateArg,
}

impl super::Operation for Week {
    type Output = (Vec<Appointment>, Option<NaiveDate>, String);

    fn action(&self) -> Action {
        READ
    }

    fn need(&self) -> Need {
        SCHEDULERS
    }

    async fn apply(&mut self, tx: &mut CommandTx, session: &crate::access::Session) -> Done<Self::Output> {
        let filter = Filter { days: Days::WeekOf(self.day.on(session.today())), ..self.filter.clone() };
        let ((rows, monday), entry) = week(tx, &filter).await?;
        Ok(((rows, monday, session.clinic()?.time_zone.clone()), entry))
    }
}
