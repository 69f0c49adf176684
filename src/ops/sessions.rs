//! Clinical sessions from start to signed note, applied inside the caller's
//! transaction: start a SCHEDULED appointment, check events against the session's time
//! span, complete it (the appointment's reservation becomes the units delivered, by the
//! clinic's minutes-to-units rule), write the deterministic draft note and sign it. The
//! `session` commands and the quickstart's demo clinic both run sessions through here.

use super::Action;
use crate::access::Need;
use anyhow::{Context, Result, anyhow, bail};
use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use serde::Serialize;
use sqlx::PgConnection;
use uuid::Uuid;

use super::{AuditEntry, CommandTx, Done, Invalid};
use crate::domain::billing;
use crate::domain::clock;
use crate::domain::clock::WallTime;
use crate::domain::concurrency::{Service, may_overlap};
use crate::domain::ids::{AppointmentId, Key, OrganizationId, PatientId, PractitionerId, SessionId, UserId};
use crate::domain::organization::UnitsRule;
use crate::domain::patient::FieldError;
use crate::domain::scheduling::{AppointmentStatus, cms_day_units, units_for_minutes};
use crate::domain::session::{self as rules, Event, EventData, EventType, Metrics, NoteStatus, SessionStatus};
use crate::error::{self, Error, Input, Remedy};
use crate::ops::appointments::Place;
use crate::store::appointments::FactsOf;
use crate::store::organizations::{self, Organization};
use crate::store::sessions::{self, Addendum, Consumption, EventRow, NewServiceLine, Session, SessionFilter};
use crate::store::{appointments, authorizations, patients, practitioners, service_codes};

/// Starts the session of a SCHEDULED appointment at the instant `at`, which must not be
/// in the future and must fall on the appointment's date; every rule of the date of
/// service is checked again for that date (see `check_date_of_service`).
async fn start_on(
    conn: &mut PgConnection,
    organization: &Organization,
    appointment_id: AppointmentId,
    at: DateTime<Utc>,
    place: Option<&Place>,
) -> Result<Session> {
    let appointment = appointments::find_for_update(conn, organization.id, appointment_id)
        .await?
        .ok_or_else(|| crate::error::not_found(format!("no appointment {appointment_id} in this organization")))?;
    if appointment.status != AppointmentStatus::Scheduled {
        bail!(
            "the appointment is {}: only a SCHEDULED appointment can start a session{}",
            appointment.status,
            if appointment.status == AppointmentStatus::InProgress { " (it already has one)" } else { "" }
        );
    }
    let zone = clock::zone(&organization.time_zone).map_err(error::internal)?;
    let now = organizations::now(conn).await?;
    not_in_future("start", at, now, zone)?;
    let local = at.with_timezone(&zone).naive_local();
    let booked_day = appointment.start.date();
    if local.date() != booked_day {
        return Err(Error::refused(format!(
            "the appointment {appointment_id} is booked for {}; a session starts on its appointment's date, not {}",
            appointment.start.format("%Y-%m-%d %H:%M"),
            local.date()
        ))
        .remedy(Remedy::Reschedule {
            appointment: appointment_id.to_string(),
            start: local.format("%Y-%m-%d %H:%M").to_string(),
        })
        .into());
    }
    appointments::lock_booking(conn, appointment.practitioner_id, appointment.patient_id).await?;
    check_date_of_service(conn, organization.id, appointment_id, local.date(), "start").await?;
    check_overlaps(conn, organization.id, appointment_id, at, None, "start").await?;
    // Delivered where the command says, else where it was booked; a telehealth place
    // carries the modifier given, else the appointment's, else the clinic's.
    let (place, modifier) = match place {
        Some(p) => (p.place_of_service, p.telehealth_modifier.as_deref()),
        None => (appointment.place_of_service, None),
    };
    let modifier = place.is_telehealth().then(|| {
        modifier.or(appointment.telehealth_modifier.as_deref()).unwrap_or(organization.telehealth_modifier.as_str())
    });
    let Some(id) = sessions::start(conn, organization.id, appointment.id, at, place, modifier).await? else {
        bail!("the appointment changed while the session was starting; run the command again");
    };
    let started = sessions::require(conn, organization.id, id).await?;
    // One place of service: delivered elsewhere than booked, the appointment says where.
    if (started.place_of_service, &started.telehealth_modifier)
        != (appointment.place_of_service, &appointment.telehealth_modifier)
    {
        let (place, modifier) = (started.place_of_service, started.telehealth_modifier.as_deref());
        appointments::set_place(conn, organization.id, appointment.id, place, modifier).await?;
    }
    Ok(started)
}

/// Refuses an instant after the clinic's now: care not yet delivered is not recorded.
fn not_in_future(what: &str, at: DateTime<Utc>, now: DateTime<Utc>, zone: chrono_tz::Tz) -> Result<()> {
    if at <= now {
        return Ok(());
    }
    let show = |t: DateTime<Utc>| t.with_timezone(&zone).format("%Y-%m-%d %H:%M").to_string();
    Err(error::refused(format!(
        "a session cannot {what} in the future: {} is after the clinic's now, {} ({zone})",
        show(at),
        show(now)
    )))
}

/// Every payer rule of the appointment's care on `day`: the practitioner active and
/// credentialed for the code on that date, the authorization ACTIVE and covering it, its
/// policy active that day, the patient not archived. Refused with every broken rule.
async fn check_date_of_service(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    appointment_id: AppointmentId,
    day: NaiveDate,
    what: &str,
) -> Result<()> {
    let facts = appointments::service_facts(conn, organization_id, FactsOf::Appointment(appointment_id))
        .await?
        .pop()
        .ok_or_else(|| error::not_found(format!("no appointment {appointment_id} in this organization")))?;
    let problems = facts.problems_on(day);
    if problems.is_empty() {
        return Ok(());
    }
    Err(Error::refused(format!("the session cannot {what} on {day}, its date of service: {}", problems.join("; ")))
        .hint("fix the record (authorization, credential, policy), or cancel the appointment with a reason")
        .into())
}

/// Refuses a span that meets another session of the same practitioner (outside a group
/// slot) or of the same patient where the concurrency table does not let the two run
/// together (`domain::concurrency`: 97155 beside 97153 by two providers; caregiver
/// guidance without the patient beside anything).
async fn check_overlaps(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    appointment_id: AppointmentId,
    from: DateTime<Utc>,
    to: Option<DateTime<Utc>>,
    what: &str,
) -> Result<()> {
    let found = sessions::overlaps(conn, organization_id, appointment_id, from, to).await?;
    let clashing = |o: &&sessions::Overlap| {
        let mine =
            Service { code: &o.my_service_code, patient_absent: o.my_patient_absent, provider: o.my_practitioner_id };
        let theirs = Service { code: &o.service_code, patient_absent: o.patient_absent, provider: o.practitioner_id };
        o.shared == "practitioner" || !may_overlap(&mine, &theirs)
    };
    let Some(first) = found.iter().find(clashing) else {
        return Ok(());
    };
    let span = match first.end {
        Some(end) => format!("ran {}–{}", first.start.format("%Y-%m-%d %H:%M"), end.format("%H:%M")),
        None => format!("is in progress since {}", first.start.format("%Y-%m-%d %H:%M")),
    };
    let why = if first.shared == "patient" {
        format!(" ({})", crate::domain::concurrency::why_not(&first.my_service_code, &first.service_code))
    } else {
        String::new()
    };
    let error = Error::refused(format!(
        "the session cannot {what} then: the {}'s session {} ({}) {span}; one {} cannot be in two sessions at \
         once{why}",
        first.shared, first.session_id, first.service_code, first.shared
    ));
    Err(match first.end {
        None => error.hint(format!("complete or cancel the session {} first", first.session_id)),
        Some(_) => error.remedy(Remedy::GiveDeliveredTimes),
    }
    .into())
}

/// The session, which must be IN_PROGRESS, with its appointment's row locked until
/// commit: completing or cancelling moves the units the appointment holds, read after
/// any concurrent transition of it has finished.
pub(crate) async fn in_progress(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    id: SessionId,
) -> Result<Session> {
    sessions::lock_appointment(conn, organization_id, id).await?;
    let session = sessions::require(conn, organization_id, id).await?;
    if session.status != SessionStatus::InProgress {
        bail!("the session is {}: events and changes need a session IN_PROGRESS", session.status);
    }
    Ok(session)
}

/// Checks an event and the time it claims against a session in progress (`now` is the
/// clinic's wall clock: an event cannot be in the future).
pub(crate) fn checked_event(
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

/// Records a checked event.
pub(crate) async fn record_event(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    session: &Session,
    kind: EventType,
    at: NaiveDateTime,
    data: &EventData,
    operator: Option<UserId>,
) -> Result<Uuid> {
    sessions::add_event(conn, organization_id, session.id, at, kind, &serde_json::to_value(data)?, operator).await
}

/// The session's events as the domain rules read them.
fn event_list(rows: &[EventRow]) -> Result<Vec<Event>> {
    rows.iter()
        .map(|row| {
            let data = serde_json::from_value(row.data.clone())
                .map_err(|e| error::internal(format!("the event {} holds data that cannot be read: {e}", row.id)))?;
            Ok(Event { at: row.at, kind: row.event_type, data })
        })
        .collect()
}

/// What completing a session did.
#[derive(Debug, Clone, Serialize)]
pub struct Completion {
    pub session: Session,
    pub minutes: i64,
    pub reserved_units: i32,
    pub billed_units: i64,
    pub unbilled_minutes: i64,
    /// How many dates of service (lines) the care was billed on.
    pub dates_of_service: usize,
}

/// How a session in progress is completed.
#[derive(Debug, Clone, Default)]
pub(crate) struct Ending<'a> {
    /// None: the database's now.
    pub end: Option<DateTime<Utc>>,
    /// Bill fewer units than delivered (the rest is recorded as unbilled minutes).
    pub bill_units: Option<i32>,
    /// An ADMIN's reason to pass the code's daily maximum.
    pub override_daily_max: Option<&'a str>,
    /// A group member delivered alone: bill it as the individual code.
    pub as_individual: bool,
}

/// A date of service of the session being completed, and what it bills.
struct DatePlan {
    line: billing::DateLine,
    units: i64,
    authorization: Option<authorizations::Authorization>,
}

/// Completes a session in progress at `end`. Care is billed per date of service (a
/// calendar date in the clinic's zone: a session across midnight is one line per date),
/// each date judged by the rules of that date as they stood when the care began (see
/// `ServiceFacts::problems_of_care`), its units by the clinic's rule, counted against
/// that date's daily maximum and consumed from the authorization covering that date (the
/// appointment's, or its renewal). The appointment's reservation is given back and what
/// is billed is consumed (ledger CONSUME), refused with the numbers when an
/// authorization cannot cover it unless `bill_units` says how many to bill. A group
/// code is billed only for 2 to 8 members present. The metrics come from the events.
async fn complete_on(
    conn: &mut PgConnection,
    organization: &Organization,
    operator: Option<UserId>,
    session_id: SessionId,
    end: DateTime<Utc>,
    ending: &Ending<'_>,
) -> Result<Completion> {
    let mut session = in_progress(conn, organization.id, session_id).await?;
    let zone = clock::zone(&organization.time_zone).map_err(error::internal)?;
    if ending.as_individual && session.group_id.is_none() {
        return Err(Error::said(error::Kind::Refused, [Input::AsIndividual.into()])
            .then(" bills a group member delivered alone; this session is no group's")
            .into());
    }
    if end <= session.started_at {
        bail!(
            "the end {} is not after the session's start {}",
            end.with_timezone(&zone).format("%Y-%m-%d %H:%M"),
            session.start.format("%Y-%m-%d %H:%M")
        );
    }
    let now = organizations::now(conn).await?;
    not_in_future("end", end, now, zone)?;
    appointments::lock_booking(conn, session.practitioner_id, session.patient_id).await?;
    check_overlaps(conn, organization.id, session.appointment_id, session.started_at, Some(end), "complete").await?;
    // A group code describes the group present: a member alone is an individual service.
    if session.group_id.is_some() {
        let present = sessions::group_present(conn, organization.id, session.id, session.started_at, end).await?;
        if !billing::is_billable_group(usize::try_from(present).unwrap_or(usize::MAX)) {
            if !ending.as_individual {
                return Err(Error::refused(format!(
                    "{} is billed for a group of 2 to 8 patients present; {present} of the group was present during \
                     this session (no other member's session overlaps it)",
                    session.service_code
                ))
                .remedy(Remedy::AsIndividual)
                .into());
            }
            // A member billed alone leaves the group's slot, and the practitioner cannot be
            // booked twice at that time: the members still booked there are recorded as
            // absent first (the last of them converts this member).
            if let Some(group) = session.group_id {
                let others: Vec<String> = appointments::group_members(conn, session.organization_id, group)
                    .await?
                    .into_iter()
                    .filter(|(id, _)| *id != session.appointment_id)
                    .map(|(id, status)| format!("{id} ({status})"))
                    .collect();
                if !others.is_empty() {
                    return Err(Error::refused(format!(
                        "{} other member(s) of the group are still booked in its slot ({}): billed alone, this \
                         member would leave the slot while the practitioner is booked there; record the members \
                         who did not come as no-shows first, the last of them converting this member to the \
                         individual code",
                        others.len(),
                        others.join(", ")
                    ))
                    .into());
                }
            }
            super::appointments::to_individual(conn, organization, operator, session.appointment_id).await?;
            // The members who did not come are the operator's to record (no-show) first.
            if let Some(group) = session.group_id {
                let rest = super::appointments::RestOfGroup::Refuse;
                super::appointments::settle_group(conn, organization, operator, group, &rest).await?;
            }
            session = sessions::require(conn, organization.id, session.id).await?;
        }
    }
    // Real minutes: elapsed between the two instants, whatever the clocks did between.
    let minutes = (end - session.started_at).num_minutes();
    let rule = organization.units_rule;
    let code = service_codes::rules(conn, &session.service_code)
        .await?
        .ok_or_else(|| crate::error::not_found(format!("no service code {}", session.service_code)))?;
    let per_unit = i64::from(code.minutes_per_unit);
    let plans = plan_dates(
        conn,
        organization.id,
        &session,
        billing::lines_by_date(session.started_at, end, zone),
        rule,
        per_unit,
    )
    .await?;
    let delivered: i64 = plans.iter().map(|p| p.units).sum();
    let billed_per_date = match ending.bill_units {
        Some(n) if n < 0 => bail!("the units billed cannot be negative"),
        Some(n) if i64::from(n) > delivered => {
            bail!("billing {n} unit(s) is more than the {delivered} unit(s) delivered")
        }
        Some(n) => billing::cut_to(&plans.iter().map(|p| p.units).collect::<Vec<_>>(), i64::from(n)),
        None => plans.iter().map(|p| p.units).collect(),
    };
    let billed: i64 = billed_per_date.iter().sum();
    let unbilled_minutes = if ending.bill_units.is_some() { (minutes - billed * per_unit).max(0) } else { 0 };
    // What each authorization can still cover: the appointment's gets its own
    // reservation back first.
    let mut consumptions: Vec<(authorizations::Authorization, i64, Vec<String>)> = Vec::new();
    for (plan, units) in plans.iter().zip(&billed_per_date) {
        let Some(auth) = &plan.authorization else { continue };
        let date = format!("{}: {units} unit(s)", plan.line.date);
        match consumptions.iter_mut().find(|(a, _, _)| a.id == auth.id) {
            Some((_, sum, dates)) => {
                *sum += units;
                dates.push(date);
            }
            None => consumptions.push((auth.clone(), *units, vec![date])),
        }
    }
    for (auth, sum, _) in &consumptions {
        let reserved = if Some(auth.id) == session.authorization_id { session.reserved_units } else { 0 };
        let coverable = i64::from(auth.remaining_units + reserved);
        if *sum <= coverable {
            continue;
        }
        let label = auth.authorization_number.clone().unwrap_or_else(|| auth.id.to_string());
        if ending.bill_units.is_some() {
            bail!("billing {sum} unit(s) is more than the authorization can cover ({coverable}): {label}");
        }
        return Err(Error::refused(format!(
            "{minutes} minutes come to {delivered} unit(s) under the {rule} rule, but the authorization {label} can cover \
             only {coverable} ({} used, {} scheduled of {}, {reserved} reserved by this appointment)",
            auth.used_units, auth.scheduled_units, auth.total_units,
        ))
        .remedy(Remedy::BillCovered(delivered - (sum - coverable)))
        .into());
    }
    // The daily maximum counts what is billed on each date of service.
    if let Some(max) = code.max_units_per_day {
        for (plan, units) in plans.iter().zip(&billed_per_date) {
            let already = sessions::billed_on_day(
                conn,
                organization.id,
                session.patient_id,
                &session.service_code,
                plan.line.date,
                session.id,
            )
            .await?;
            if already + units <= i64::from(max) {
                continue;
            }
            match ending.override_daily_max {
                Some(reason) => sessions::set_daily_max_override(conn, organization.id, session.id, reason).await?,
                None => {
                    return Err(super::appointments::over_daily_max(
                        &session.medical_record_number,
                        &session.service_code,
                        plan.line.date,
                        already + units,
                        max,
                        already,
                        "billed that day",
                    ));
                }
            }
        }
    }
    if session.authorization_id.is_some()
        && !consumptions.iter().any(|(a, _, _)| Some(a.id) == session.authorization_id)
    {
        return Err(error::internal("the appointment's authorization bills none of the session's dates"));
    }
    for (auth, sum, dates) in &consumptions {
        let reserved = if Some(auth.id) == session.authorization_id { session.reserved_units } else { 0 };
        if reserved == 0 && *sum == 0 {
            continue;
        }
        let consumption = Consumption {
            organization_id: organization.id,
            authorization_id: auth.id,
            appointment_id: session.appointment_id,
            session_id: session.id,
            reserved,
            billed: i32::try_from(*sum).map_err(|_| anyhow!("too many units"))?,
            recorded_by: operator,
            dates: (plans.len() > 1).then(|| dates.join("; ")),
        };
        if !sessions::consume(conn, &consumption).await? {
            bail!("the authorization changed while the session was completing; run the command again");
        }
    }
    let lines = plans
        .iter()
        .zip(&billed_per_date)
        .map(|(plan, units)| -> Result<NewServiceLine> {
            Ok(NewServiceLine {
                date_of_service: plan.line.date,
                starts_at: plan.line.starts_at,
                ends_at: plan.line.ends_at,
                minutes: i32::try_from(plan.line.minutes).map_err(|_| anyhow!("too many minutes"))?,
                units: i32::try_from(*units).map_err(|_| anyhow!("too many units"))?,
                authorization_id: plan.authorization.as_ref().map(|a| a.id),
            })
        })
        .collect::<Result<Vec<_>>>()?;
    sessions::insert_lines(conn, organization.id, session.id, &lines).await?;
    let events = event_list(&sessions::events(conn, organization.id, session.id).await?)?;
    let metrics = rules::metrics(minutes, billed, unbilled_minutes, &events);
    if !sessions::close(
        conn,
        organization.id,
        session.id,
        SessionStatus::Completed,
        Some(end),
        &serde_json::to_value(&metrics)?,
        None,
    )
    .await?
    {
        bail!("the session changed while it was completing; run the command again");
    }
    let after = sessions::require(conn, organization.id, session.id).await?;
    Ok(Completion {
        session: after,
        minutes,
        reserved_units: session.reserved_units,
        billed_units: billed,
        unbilled_minutes,
        dates_of_service: plans.len(),
    })
}

/// Each date of service of the span: its rules as of that date (the authorization that
/// covers it: the appointment's, or a renewal of it for a later date), and its units by
/// the clinic's rule — midpoint per line; the CMS rule pools the same provider's timed
/// minutes of that date, never another provider's.
async fn plan_dates(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    session: &Session,
    dates: Vec<billing::DateLine>,
    rule: UnitsRule,
    per_unit: i64,
) -> Result<Vec<DatePlan>> {
    let facts = appointments::service_facts(conn, organization_id, FactsOf::Appointment(session.appointment_id))
        .await?
        .pop()
        .ok_or_else(|| error::not_found(format!("no appointment {} in this organization", session.appointment_id)))?;
    let own = match session.authorization_id {
        Some(id) => authorizations::find(conn, Some(organization_id), &Key::id(id)).await?,
        None => None,
    };
    let mut plans = Vec::new();
    for line in dates {
        let mut judged = facts.clone();
        let mut authorization = own.clone();
        let outside = own.as_ref().is_some_and(|a| line.date < a.start_date || line.date > a.end_date);
        if outside
            && let Some(renewal) = authorizations::covering_care(
                conn,
                organization_id,
                session.patient_id,
                &session.service_code,
                line.date,
            )
            .await?
            .into_iter()
            .next()
        {
            judged.authorization_id = Some(renewal.id);
            judged.authorization_number = renewal.authorization_number.clone();
            judged.authorization_status = Some(renewal.status);
            judged.authorization_start = Some(renewal.start_date);
            judged.authorization_end = Some(renewal.end_date);
            judged.insurance_id = renewal.insurance_id;
            if let Some(policy) = renewal.insurance_id {
                let found = crate::store::insurances::find_in(conn, organization_id, policy).await?;
                judged.coverage_start = found.as_ref().map(|p| p.coverage_start);
                judged.coverage_end = found.and_then(|p| p.coverage_end);
            }
            authorization = Some(renewal);
        }
        let problems = judged.problems_of_care(line.date, session.started_at);
        if !problems.is_empty() {
            return Err(Error::refused(format!(
                "the session cannot complete on {}, {}: {}",
                line.date,
                if line.date == session.start.date() { "its date of service" } else { "a date of service it reaches" },
                problems.join("; ")
            ))
            .remedy(Remedy::FixRecordOrGiveEnd)
            .into());
        }
        let units = match rule {
            UnitsRule::Midpoint => units_for_minutes(line.minutes, per_unit, rule),
            UnitsRule::Cms8Minute => {
                let (other_minutes, other_units) = sessions::day_totals(
                    conn,
                    organization_id,
                    session.patient_id,
                    session.practitioner_id,
                    line.date,
                    session.id,
                )
                .await?;
                (cms_day_units(other_minutes + line.minutes) - other_units).max(0)
            }
        };
        plans.push(DatePlan { line, units, authorization });
    }
    Ok(plans)
}

/// Writes the deterministic draft narrative of a COMPLETED session (replacing a draft).
async fn generate_note(conn: &mut PgConnection, session: &Session) -> Result<()> {
    if session.status != SessionStatus::Completed {
        bail!("the session is {}: a note is written for a COMPLETED session", session.status);
    }
    let metrics: Metrics =
        serde_json::from_value(session.metrics.clone()).context("the session's metrics are unreadable")?;
    let events = event_list(&sessions::events(conn, session.organization_id, session.id).await?)?;
    let text = rules::note_narrative(&metrics, &events);
    replace_draft(conn, session, &text).await
}

/// Replaces the draft narrative of a COMPLETED session; a signed note never changes, and
/// the header is the record's, never the text's.
async fn replace_draft(conn: &mut PgConnection, session: &Session, text: &str) -> Result<()> {
    if session.status != SessionStatus::Completed {
        bail!("the session is {}: its note is written once it is COMPLETED", session.status);
    }
    if let Some(problem) = rules::narrative_problem("the narrative", text) {
        return Err(error::refused(problem));
    }
    if !sessions::set_draft(conn, session.organization_id, session.id, text).await? {
        bail!("the note is signed and cannot change: add an addendum instead");
    }
    Ok(())
}

/// The note's header, rendered from the session record as it is now.
async fn note_header(conn: &mut PgConnection, session: &Session) -> Result<String> {
    let metrics: Metrics = serde_json::from_value(session.metrics.clone()).unwrap_or_default();
    let participants = sessions::participants(conn, session.organization_id, session.id).await?;
    let dates: Vec<rules::DateOfService> = sessions::lines(conn, session.organization_id, session.id)
        .await?
        .into_iter()
        .map(|l| rules::DateOfService { start: l.start, end: l.end, units: i64::from(l.units) })
        .collect();
    let name = format!("{} {}", session.patient_first_name, session.patient_last_name);
    let place = session.place_of_service.describe(session.telehealth_modifier.as_deref());
    let credentials = session.practitioner_credentials.join("/");
    Ok(rules::note_header(&rules::NoteHeader {
        patient_name: &name,
        date_of_birth: session.patient_date_of_birth,
        medical_record_number: &session.medical_record_number,
        start: session.start,
        end: session.end.unwrap_or(session.start),
        place: &place,
        service_code: &session.service_code,
        practitioner: &session.practitioner_name,
        credentials: &credentials,
        npi: &session.practitioner_npi,
        minutes: metrics.session_minutes,
        billed_units: metrics.billed_units,
        unbilled_minutes: metrics.unbilled_minutes,
        participants: &participants,
        time_zone: &session.time_zone,
        dates: &dates,
        patient_absent: session.patient_absent,
    }))
}

/// The note as a reader sees it: as signed (with any co-signature), or the draft under
/// the header it will be signed with.
async fn render_note(conn: &mut PgConnection, session: &Session) -> Result<String> {
    let zone = clock::zone(&session.time_zone).map_err(error::internal)?;
    let mut text = match (&session.signed_note, &session.note_text) {
        (Some(signed), _) => signed.clone(),
        // Signed before notes carried their header: the text as it was signed.
        (None, Some(legacy)) if session.note_status == NoteStatus::Signed => {
            let at = session.signed_at.map(|t| t.with_timezone(&zone).format("%Y-%m-%d %H:%M").to_string());
            format!(
                "{legacy}\nSigned by {} on {} ({})\n",
                session.signed_by.clone().unwrap_or_default(),
                at.unwrap_or_default(),
                session.time_zone
            )
        }
        (None, narrative) => {
            let header = note_header(conn, session).await?;
            let narrative = narrative
                .clone()
                .unwrap_or_else(|| format!("(no narrative yet: generate the draft of the session {})\n", session.id));
            format!("{header}\n{}\n\n(DRAFT: to be signed by {})\n", narrative.trim_end(), session.practitioner_name)
        }
    };
    if let (Some(name), Some(credential), Some(at)) =
        (&session.cosigner_name, &session.cosigner_credential, session.cosigned_at)
    {
        text.push_str(&rules::signature_line(
            "Co-signed (supervisor)",
            name,
            credential,
            at.with_timezone(&zone).naive_local(),
            &session.time_zone,
        ));
        text.push('\n');
    }
    Ok(text)
}

/// Refuses to sign a note that does not support the code billed (see
/// `rules::sign_readiness`): the draft against the narrative its events generate, the
/// events by the hours of the session.
async fn supports_the_code(
    conn: &mut PgConnection,
    session: &Session,
    narrative: &str,
    no_data_reason: Option<&str>,
) -> Result<()> {
    let metrics: Metrics =
        serde_json::from_value(session.metrics.clone()).context("the session's metrics are unreadable")?;
    let events = event_list(&sessions::events(conn, session.organization_id, session.id).await?)?;
    let generated = rules::note_narrative(&metrics, &events);
    let minutes = match session.ended_at {
        Some(ended) => (ended - session.started_at).num_minutes(),
        None => metrics.session_minutes,
    };
    let readiness = rules::Readiness {
        narrative,
        generated: &generated,
        events: &events,
        start: session.start,
        minutes,
        no_data_reason,
    };
    rules::sign_readiness(&readiness).map_err(|problems| {
        Error::refused(format!("the note cannot be signed: {}", problems.join("; ")))
            .remedy(Remedy::WriteNarrative { session: session.id.to_string() })
            .into()
    })
}

/// There is no draft note to sign.
fn no_draft() -> anyhow::Error {
    Error::refused("there is no draft to sign: ").then(Remedy::GenerateNote).into()
}

/// The operator's practitioner record, which co-signs for them.
async fn cosigner(conn: &mut PgConnection, operator: UserId) -> Result<crate::store::practitioners::Practitioner> {
    practitioners::of_user(conn, operator).await?.ok_or_else(|| {
        Error::denied(
            "you are linked to no practitioner: a note is co-signed by a supervising BCBA or BCBA-D, as their own \
             user",
        )
        .remedy(Remedy::SupervisorCosigns)
        .into()
    })
}

/// Signs the draft as `operator`, who must be the user of the practitioner who rendered
/// the service, once the session is COMPLETED. The note is kept as signed: header,
/// narrative and the signature line (name, credential, time in the clinic's zone).
async fn sign_note_on(
    conn: &mut PgConnection,
    session: &Session,
    operator: UserId,
    no_data_reason: Option<&str>,
) -> Result<()> {
    if session.note_status == NoteStatus::Signed {
        bail!(
            "the note was already signed by {} on {}",
            session.signer_name.clone().or_else(|| session.signed_by.clone()).unwrap_or_default(),
            session.signed_at.map(|t| clock::on_clinic_clock(t, &session.time_zone)).unwrap_or_default()
        );
    }
    if session.status != SessionStatus::Completed {
        bail!("the session is {}: a note is signed once its session is COMPLETED", session.status);
    }
    let me = practitioners::of_user(conn, operator).await?.ok_or_else(|| -> anyhow::Error {
        Error::denied(format!(
            "only {} (NPI {}), who rendered the service, signs this note, as their own user; you are linked to no \
             practitioner",
            session.practitioner_name, session.practitioner_npi
        ))
        .remedy(Remedy::PractitionerSigns {
            practitioner: session.practitioner_name.clone(),
            session: session.id.to_string(),
        })
        .into()
    })?;
    if me.id != session.practitioner_id {
        return Err(Error::denied(format!(
            "only {} (NPI {}), who rendered the service, may sign this note; you are {}",
            session.practitioner_name, session.practitioner_npi, me.name
        ))
        .remedy(Remedy::CosignOnceSigned)
        .into());
    }
    // Who signs is who rendered the care: the user linked to the practitioner when the
    // session started, whatever the link says now.
    if session.rendered_by.is_some_and(|renderer| renderer != operator) {
        return Err(Error::denied(format!(
            "only the user who rendered this session, as {} (NPI {}), signs its note; the practitioner's link to a \
             user changed after the session started, and that changes nothing",
            session.practitioner_name, session.practitioner_npi
        ))
        .into());
    }
    let Some(narrative) = session.note_text.as_deref() else {
        return Err(no_draft());
    };
    supports_the_code(conn, session, narrative, no_data_reason).await?;
    let zone = clock::zone(&session.time_zone).map_err(error::internal)?;
    let now = organizations::now(conn).await?;
    let credential = me.credentials.join("/");
    let line = rules::signature_line(
        "Signed",
        &me.name,
        &credential,
        now.with_timezone(&zone).naive_local(),
        &session.time_zone,
    );
    let header = note_header(conn, session).await?;
    let text = rules::signed_note(&header, narrative, no_data_reason, &line);
    let by = sessions::Signature { user: operator, at: now, name: &me.name, credential: &credential };
    if !sessions::sign(conn, session.organization_id, session.id, &by, &text).await? {
        return Err(no_draft());
    }
    Ok(())
}

pub(crate) const START: Action = Action::SessionStart;
pub(crate) const EVENT: Action = Action::SessionEvent;
pub(crate) const COMPLETE: Action = Action::SessionComplete;
pub(crate) const CANCEL: Action = Action::SessionCancel;
pub(crate) const READ: Action = Action::SessionRead;
pub(crate) const NOTE_GENERATE: Action = Action::NoteGenerate;
pub(crate) const NOTE_EDIT: Action = Action::NoteEdit;
pub(crate) const NOTE_SIGN: Action = Action::NoteSign;
pub(crate) const NOTE_ADDENDUM: Action = Action::NoteAddendum;
pub(crate) const NOTE_COSIGN: Action = Action::NoteCosign;

/// Any of the clinic's users runs sessions (a super admin under break-glass).
pub(crate) const RUNNERS: Need = Need::PatientData { staff: true };

/// Starts the session of a SCHEDULED appointment at `at` (None: the database's now),
/// where `place` says (None: where it was booked).
pub(crate) async fn start(
    tx: &mut CommandTx,
    organization: &Organization,
    appointment: AppointmentId,
    at: Option<DateTime<Utc>>,
    place: Option<&Place>,
) -> Done<Session> {
    let at = match at {
        Some(at) => at,
        None => organizations::now(tx.conn()).await?,
    };
    let booked = appointments::find(tx.conn(), organization.id, appointment).await?;
    let started = start_on(tx.conn(), organization, appointment, at, place).await?;
    let mut entry = AuditEntry::new(START)
        .entity("session", started.id)
        .detail("appointment", appointment.to_string())
        .detail("place_of_service", started.place_of_service.pos_code());
    if let Some(booked) = booked {
        let was = booked.place_of_service.describe(booked.telehealth_modifier.as_deref());
        let now = started.place_of_service.describe(started.telehealth_modifier.as_deref());
        if was != now {
            entry = entry.changed("appointment_place", was, now);
        }
    }
    Ok((started, entry))
}

/// Records one event of a session in progress at `at` (None: the clinic's now).
async fn add_event(
    tx: &mut CommandTx,
    session: SessionId,
    kind: EventType,
    at: Option<NaiveDateTime>,
    data: &EventData,
) -> Done<EventRow> {
    let organization_id = clinic(tx)?;
    let session = in_progress(tx.conn(), organization_id, session).await?;
    let now = organizations::local_now(tx.conn(), organization_id).await?;
    let at = at.unwrap_or(now);
    let mut data = data.clone();
    checked_event(&session, now, kind, at, &mut data).map_err(invalid_event)?;
    let operator = tx.operator_id();
    let id = record_event(tx.conn(), organization_id, &session, kind, at, &data, operator).await?;
    let entry = AuditEntry::new(EVENT).entity("session", session.id).detail("event", kind.as_sql()).detail("count", 1);
    Ok((sessions::event(tx.conn(), organization_id, id).await?, entry))
}

/// An event's problems, by field.
fn invalid_event(errors: Vec<(&'static str, String)>) -> anyhow::Error {
    let errors = errors.into_iter().map(|(column, reason)| FieldError { column, reason }).collect();
    Invalid { what: "event", errors }.into()
}

async fn events(tx: &mut CommandTx, session: SessionId) -> Done<Vec<EventRow>> {
    let clinic_id = clinic(tx)?;
    let session = sessions::require(tx.conn(), clinic_id, session).await?;
    let clinic_id = clinic(tx)?;
    let events = sessions::events(tx.conn(), clinic_id, session.id).await?;
    let entry = AuditEntry::new(READ)
        .entity("session", session.id)
        .detail("command", "session event list")
        .detail("count", events.len());
    Ok((events, entry))
}

/// Completes a session in progress as `ending` says; see [`complete`].
pub(crate) async fn complete(
    tx: &mut CommandTx,
    organization: &Organization,
    session: SessionId,
    ending: &Ending<'_>,
) -> Done<Completion> {
    let end = match ending.end {
        Some(end) => end,
        None => organizations::now(tx.conn()).await?,
    };
    let operator = tx.operator_id();
    let clinic_id = clinic(tx)?;
    let before = sessions::require(tx.conn(), clinic_id, session).await?;
    let done = complete_on(tx.conn(), organization, operator, session, end, ending).await?;
    let mut entry = AuditEntry::new(COMPLETE)
        .entity("session", done.session.id)
        .changed("status", SessionStatus::InProgress, done.session.status)
        .detail("minutes", done.minutes)
        .detail("units_reserved", done.reserved_units)
        .detail("units_billed", done.billed_units)
        .detail("unbilled_minutes", done.unbilled_minutes);
    if done.dates_of_service > 1 {
        entry = entry.detail("dates_of_service", done.dates_of_service);
    }
    if before.service_code != done.session.service_code {
        entry = entry.changed("service_code", before.service_code.as_str(), done.session.service_code.as_str());
    }
    if let Some(reason) = &done.session.daily_max_override {
        entry = entry.detail("daily_max_override", reason.as_str());
    }
    Ok((done, entry))
}

/// Cancels a session in progress: its appointment's units go back, with the reason.
async fn cancel(tx: &mut CommandTx, organization: &Organization, session: SessionId, reason: &str) -> Done<Session> {
    let operator = tx.operator_id();
    let (before, after) = cancel_in_progress(tx.conn(), organization, operator, session, reason).await?;
    let entry = AuditEntry::new(CANCEL)
        .entity("session", before.id)
        .changed("status", before.status, after.status)
        .detail("units_released", before.reserved_units);
    Ok((after, entry))
}

/// Cancels the session in progress of an appointment (a change that leaves it outside
/// the rules, settled with `--cancel-affected`).
pub(crate) async fn cancel_of_appointment(
    conn: &mut PgConnection,
    organization: &Organization,
    operator: Option<UserId>,
    appointment: AppointmentId,
    reason: &str,
) -> Result<()> {
    let session = sessions::of_appointment(conn, organization.id, appointment)
        .await?
        .ok_or_else(|| error::internal(format!("the appointment {appointment} is in progress without a session")))?;
    cancel_in_progress(conn, organization, operator, session, reason).await?;
    Ok(())
}

/// The session before and after its cancellation.
async fn cancel_in_progress(
    conn: &mut PgConnection,
    organization: &Organization,
    operator: Option<UserId>,
    session: SessionId,
    reason: &str,
) -> Result<(Session, Session)> {
    let session = in_progress(conn, organization.id, session).await?;
    let appointment = appointments::find_for_update(conn, organization.id, session.appointment_id)
        .await?
        .ok_or_else(|| error::internal("the session's appointment is gone"))?;
    super::appointments::release(conn, organization, operator, &appointment, Some(reason)).await?;
    let closed = sessions::close(
        conn,
        organization.id,
        session.id,
        SessionStatus::Cancelled,
        None,
        &serde_json::json!({}),
        Some(reason),
    )
    .await?;
    if !closed {
        return Err(error::conflict("the session changed while it was being cancelled; run the command again"));
    }
    let after = sessions::require(conn, organization.id, session.id).await?;
    Ok((session, after))
}

/// A session's note as a reader sees it, and its addenda.
#[derive(Debug, Serialize)]
pub struct Note {
    #[serde(skip)]
    pub session: Session,
    pub session_id: SessionId,
    pub status: NoteStatus,
    /// The whole note: as signed, or the draft under its header.
    pub text: String,
    pub signed_by: Option<String>,
    pub signed_at: Option<DateTime<Utc>>,
    pub cosigned_by: Option<String>,
    pub cosigned_at: Option<DateTime<Utc>>,
    pub addenda: Vec<Addendum>,
}

async fn note_of(tx: &mut CommandTx, session: SessionId) -> Result<Note> {
    let clinic_id = clinic(tx)?;
    let after = sessions::require(tx.conn(), clinic_id, session).await?;
    let addenda = sessions::addenda(tx.conn(), clinic_id, session).await?;
    let text = render_note(tx.conn(), &after).await?;
    Ok(Note {
        session_id: after.id,
        status: after.note_status,
        text,
        signed_by: after.signed_by.clone(),
        signed_at: after.signed_at,
        cosigned_by: after.cosigned_by.clone(),
        cosigned_at: after.cosigned_at,
        addenda,
        session: after,
    })
}

/// Writes the deterministic draft note of a COMPLETED session.
pub(crate) async fn generate(tx: &mut CommandTx, session: SessionId) -> Done<Note> {
    let clinic_id = clinic(tx)?;
    let found = sessions::require(tx.conn(), clinic_id, session).await?;
    generate_note(tx.conn(), &found).await?;
    let entry = AuditEntry::new(NOTE_GENERATE).entity("session", session).changed_phi("note_text");
    Ok((note_of(tx, session).await?, entry))
}

/// Replaces the draft with the operator's text.
async fn edit(tx: &mut CommandTx, session: SessionId, text: &str) -> Done<Note> {
    let clinic_id = clinic(tx)?;
    let found = sessions::require(tx.conn(), clinic_id, session).await?;
    replace_draft(tx.conn(), &found, text).await?;
    let entry = AuditEntry::new(NOTE_EDIT).entity("session", session).changed_phi("note_text");
    Ok((note_of(tx, session).await?, entry))
}

/// Signs the draft as the operator; `no_data_reason` says why the session has no (or too
/// few) events, printed in the note and kept in the audit entry.
async fn sign_note(tx: &mut CommandTx, session: SessionId, no_data_reason: Option<&str>) -> Done<Note> {
    let signer = tx.operator_id().ok_or_else(|| error::refused("a note is signed by an identified operator"))?;
    let no_data_reason = match no_data_reason {
        Some(reason) => Some(no_data(reason)?),
        None => None,
    };
    let clinic_id = clinic(tx)?;
    let found = sessions::require(tx.conn(), clinic_id, session).await?;
    sign_note_on(tx.conn(), &found, signer, no_data_reason.as_deref()).await?;
    let note = note_of(tx, session).await?;
    let after = &note.session;
    let mut entry = AuditEntry::new(NOTE_SIGN).entity("session", session).changed(
        "note_status",
        found.note_status,
        after.note_status,
    );
    if let Some(reason) = &no_data_reason {
        entry = entry.detail("no_data_reason", reason.as_str());
    }
    // Signed later than the clinic's policy expects: on the record, for the auditor.
    if let (Some(ended), Some(signed)) = (after.ended_at, after.signed_at) {
        let hours = (signed - ended).num_hours();
        if hours >= LATE_SIGNATURE_HOURS {
            entry = entry.detail("signed_hours_after_session", hours);
        }
    }
    Ok((note, entry))
}

/// A reason for signing without (enough) data: said in words, on one line that reads as
/// no header or signature.
fn no_data(reason: &str) -> Result<String> {
    rules::no_data_reason(reason).map_err(error::refused)
}

/// Hours after a session's end past which a signature is late (and `session
/// notes-unsigned` lists the note by default).
pub(crate) const LATE_SIGNATURE_HOURS: i64 = 24;

/// Adds the operator's co-signature as supervisor: a BCBA or BCBA-D other than the
/// rendering practitioner, on a SIGNED note.
async fn cosign(tx: &mut CommandTx, session: SessionId) -> Done<Note> {
    let operator = tx.operator_id().ok_or_else(|| error::refused("a note is co-signed by an identified operator"))?;
    let clinic_id = clinic(tx)?;
    let found = sessions::require(tx.conn(), clinic_id, session).await?;
    if found.note_status != NoteStatus::Signed {
        return Err(error::refused(format!(
            "the note is a DRAFT: {} signs it first, then a supervisor co-signs",
            found.practitioner_name
        )));
    }
    if let Some(by) = &found.cosigner_name {
        return Err(error::refused(format!("the note was already co-signed by {by}")));
    }
    let me = cosigner(tx.conn(), operator).await?;
    if me.id == found.practitioner_id {
        return Err(Error::denied("the rendering practitioner signs the note; a co-signature is a supervisor's").into());
    }
    let supervisor = me.credentials.iter().any(|c| c == "BCBA" || c == "BCBA-D");
    if !supervisor || !me.is_active {
        return Err(Error::denied(format!(
            "a co-signature is a supervising BCBA's or BCBA-D's; {} holds {}{}",
            me.name,
            me.credentials.join(", "),
            if me.is_active { "" } else { " and is inactive" }
        ))
        .into());
    }
    // Valid on the date of service, not merely active today (none recorded: no end).
    let day = found.start.date();
    if let Some(until) = me.credential_valid_until
        && until < day
    {
        return Err(Error::denied(format!(
            "a co-signer holds a credential valid on the date of service: the credential of {} is valid until {until}, \
             before {day}",
            me.name
        ))
        .remedy(Remedy::RecordCredential { practitioner: me.npi.to_string() })
        .into());
    }
    // The technician's supervisor of record: their 97155 overlapped the session, or
    // their supervision contact with the technician is recorded in its month.
    if !crate::store::supervision::supervises(tx.conn(), found.organization_id, me.id, found.id).await? {
        return Err(Error::denied(format!(
            "a co-signer is the technician's supervisor of record: {} rendered no 97155 with this patient overlapping \
             the session and has no supervision contact with {} recorded in {}",
            me.name,
            found.practitioner_name,
            day.format("%Y-%m")
        ))
        .remedy(Remedy::RecordSupervision {
            technician: found.practitioner_npi.to_string(),
            supervisor: me.npi.to_string(),
        })
        .into());
    }
    let now = organizations::now(tx.conn()).await?;
    let credential = me.credentials.join("/");
    let by = sessions::Signature { user: operator, at: now, name: &me.name, credential: &credential };
    if !sessions::cosign(tx.conn(), found.organization_id, found.id, &by).await? {
        return Err(error::conflict("the note changed while it was being co-signed; run the command again"));
    }
    let entry = AuditEntry::new(NOTE_COSIGN).entity("session", session).changed("cosigned", false, true);
    Ok((note_of(tx, session).await?, entry))
}

/// The record of `session notes-unsigned` (with the count of rows it shows): completed
/// sessions whose note is still unsigned `older_than` after they ended, of the scope's
/// clinic, or of every clinic in platform scope (no patient data).
pub(crate) fn unsigned_listing(older_than: chrono::Duration) -> super::lists::Read {
    let entry = AuditEntry::new(READ)
        .entity_type("session")
        .detail("command", "session notes-unsigned")
        .detail("older_than_hours", older_than.num_hours());
    super::lists::Read { action: READ, need: Need::PlatformOrClinic { staff: true }, entry }
}

/// Adds a dated addendum to a signed note, as the operator.
async fn addendum(tx: &mut CommandTx, session: SessionId, text: &str) -> Done<Note> {
    let organization_id = clinic(tx)?;
    let author = tx.operator_id().ok_or_else(|| error::refused("an addendum is written by an identified operator"))?;
    let clinic_id = clinic(tx)?;
    let found = sessions::require(tx.conn(), clinic_id, session).await?;
    if found.note_status != NoteStatus::Signed {
        return Err(error::refused("the note is a DRAFT: edit it instead of adding an addendum"));
    }
    if let Some(problem) = rules::narrative_problem("the addendum", text) {
        return Err(error::refused(problem));
    }
    sessions::add_addendum(tx.conn(), organization_id, found.id, author, text).await?;
    let entry = AuditEntry::new(NOTE_ADDENDUM).entity("session", session).changed_phi("addendum");
    Ok((note_of(tx, session).await?, entry))
}

async fn note(tx: &mut CommandTx, session: SessionId) -> Done<Note> {
    let found = note_of(tx, session).await?;
    let entry = AuditEntry::new(READ)
        .entity("session", found.session_id)
        .detail("command", "session note show")
        .detail("count", 1);
    Ok((found, entry))
}

/// A session with its timeline.
#[derive(Debug, Serialize)]
pub(crate) struct Shown {
    #[serde(flatten)]
    pub session: Session,
    pub events: Vec<EventRow>,
}

async fn show(tx: &mut CommandTx, session: SessionId) -> Done<Shown> {
    let clinic_id = clinic(tx)?;
    let session = sessions::require(tx.conn(), clinic_id, session).await?;
    let clinic_id = clinic(tx)?;
    let events = sessions::events(tx.conn(), clinic_id, session.id).await?;
    let entry =
        AuditEntry::new(READ).entity("session", session.id).detail("command", "session show").detail("count", 1);
    Ok((Shown { session, events }, entry))
}

/// Filters of `session list`.
#[derive(Debug, Clone, Default)]
pub(crate) struct Filter {
    pub patient: Option<Key<PatientId>>,
    pub practitioner: Option<Key<PractitionerId>>,
    pub from: Option<chrono::NaiveDate>,
    pub to: Option<chrono::NaiveDate>,
    pub status: Option<SessionStatus>,
}

/// The sessions `filter` names, as a list's query (its patient and practitioner looked up).
pub(crate) async fn list_query(tx: &mut CommandTx, filter: &Filter) -> Result<SessionFilter> {
    let patient_id = match &filter.patient {
        Some(key) => {
            let clinic = tx.organization_id();
            Some(patients::require(tx.conn(), clinic, key).await?.id)
        }
        None => None,
    };
    let practitioner_id = match &filter.practitioner {
        Some(key) => {
            let clinic = tx.organization_id();
            Some(practitioners::require(tx.conn(), clinic, key).await?.id)
        }
        None => None,
    };
    Ok(SessionFilter { patient_id, practitioner_id, from: filter.from, to: filter.to, status: filter.status })
}

/// The record of a session list, kept before its rows are read.
pub(crate) fn listing() -> super::lists::Read {
    let entry = AuditEntry::new(READ).entity_type("session").detail("command", "session list");
    super::lists::Read { action: READ, need: RUNNERS, entry }
}

fn clinic(tx: &CommandTx) -> Result<OrganizationId> {
    tx.organization_id().ok_or_else(|| error::refused("sessions belong to one organization"))
}

/// The instant `wall` names on the clinic's clock (None: the database's now, read in
/// the operation's transaction); a time the clinic's clock skips or repeats is a
/// problem of the `column` that gave it.
fn instant_of(
    organization: &Organization,
    column: &'static str,
    wall: Option<WallTime>,
) -> Result<Option<DateTime<Utc>>> {
    let Some(wall) = wall else { return Ok(None) };
    let zone = crate::domain::clock::zone(&organization.time_zone).map_err(|e| anyhow::anyhow!(e))?;
    crate::domain::clock::instant(zone, wall)
        .map(Some)
        .map_err(|reason| Invalid { what: "session", errors: vec![FieldError { column, reason }] }.into())
}

/// `session start`: the session of a booked appointment begins, at `at` on the clinic's
/// clock (None: now), where `place` says (None: where it was booked).
pub struct Start {
    pub appointment: Key<AppointmentId>,
    pub at: Option<WallTime>,
    pub place: Option<(crate::domain::scheduling::PlaceOfService, Option<String>)>,
}

impl super::Operation for Start {
    type Output = Session;

    fn action(&self) -> Action {
        START
    }

    fn need(&self) -> Need {
        RUNNERS
    }

    async fn apply(&mut self, tx: &mut CommandTx, session: &crate::access::Session) -> Done<Session> {
        let clinic = session.clinic()?;
        let at = instant_of(clinic, "at", self.at)?;
        let place = match &self.place {
            Some((place, modifier)) => Some(Place::of(clinic, Some(*place), modifier.as_deref())?),
            None => None,
        };
        let clinic_id = tx.clinic()?;
        let appointment = crate::store::keys::resolve_in(tx.conn(), clinic_id, &self.appointment).await?;
        start(tx, clinic, appointment, at, place.as_ref()).await
    }
}

/// `session event add`: one event of a session in progress.
pub struct AddEvent {
    pub session: Key<SessionId>,
    pub kind: EventType,
    pub at: Option<NaiveDateTime>,
    pub data: EventData,
}

impl super::Operation for AddEvent {
    type Output = EventRow;

    fn action(&self) -> Action {
        EVENT
    }

    fn need(&self) -> Need {
        RUNNERS
    }

    async fn apply(&mut self, tx: &mut CommandTx, _session: &crate::access::Session) -> Done<EventRow> {
        let clinic_id = tx.clinic()?;
        let id = crate::store::keys::resolve_in(tx.conn(), clinic_id, &self.session).await?;
        add_event(tx, id, self.kind, self.at, &self.data).await
    }
}

/// `session event list`.
pub(crate) struct Events {
    pub session: Key<SessionId>,
}

impl super::Operation for Events {
    type Output = Vec<EventRow>;

    fn action(&self) -> Action {
        READ
    }

    fn need(&self) -> Need {
        RUNNERS
    }

    async fn apply(&mut self, tx: &mut CommandTx, _session: &crate::access::Session) -> Done<Vec<EventRow>> {
        let clinic_id = tx.clinic()?;
        let id = crate::store::keys::resolve_in(tx.conn(), clinic_id, &self.session).await?;
        events(tx, id).await
    }
}

/// `session complete`: the session ends and bills what was delivered, date by date.
/// Passing a code's daily maximum is an ADMIN's decision.
pub struct Complete {
    pub session: Key<SessionId>,
    pub end: Option<WallTime>,
    pub bill_units: Option<i32>,
    pub override_daily_max: Option<String>,
    pub as_individual: bool,
}

impl super::Operation for Complete {
    type Output = Completion;

    fn action(&self) -> Action {
        COMPLETE
    }

    fn need(&self) -> Need {
        RUNNERS
    }

    async fn apply(&mut self, tx: &mut CommandTx, session: &crate::access::Session) -> Done<Completion> {
        if self.override_daily_max.is_some() {
            session.require_admin("override a code's daily maximum")?;
        }
        let clinic = session.clinic()?;
        let end = instant_of(clinic, "end", self.end)?;
        let clinic_id = tx.clinic()?;
        let id = crate::store::keys::resolve_in(tx.conn(), clinic_id, &self.session).await?;
        let ending = Ending {
            end,
            bill_units: self.bill_units,
            override_daily_max: self.override_daily_max.as_deref(),
            as_individual: self.as_individual,
        };
        complete(tx, clinic, id, &ending).await
    }
}

/// `session cancel`: a session in progress ends unbilled, its units released.
pub(crate) struct Cancel {
    pub session: Key<SessionId>,
    pub reason: String,
}

impl super::Operation for Cancel {
    type Output = Session;

    fn action(&self) -> Action {
        CANCEL
    }

    fn need(&self) -> Need {
        RUNNERS
    }

    async fn apply(&mut self, tx: &mut CommandTx, session: &crate::access::Session) -> Done<Session> {
        let clinic_id = tx.clinic()?;
        let id = crate::store::keys::resolve_in(tx.conn(), clinic_id, &self.session).await?;
        cancel(tx, session.clinic()?, id, &self.reason).await
    }
}

/// `session show`.
pub(crate) struct ShowSession {
    pub session: Key<SessionId>,
}

impl super::Operation for ShowSession {
    type Output = Shown;

    fn action(&self) -> Action {
        READ
    }

    fn need(&self) -> Need {
        RUNNERS
    }

    async fn apply(&mut self, tx: &mut CommandTx, _session: &crate::access::Session) -> Done<Shown> {
        let clinic_id = tx.clinic()?;
        let id = crate::store::keys::resolve_in(tx.conn(), clinic_id, &self.session).await?;
        show(tx, id).await
    }
}

/// What is done to a session's note.
#[derive(Debug, Clone)]
pub enum NoteAct {
    Generate,
    /// The draft replaced by this text.
    Edit(String),
    /// Signed (with the reason a session has no data, when it has none).
    Sign {
        no_data_reason: Option<String>,
    },
    Cosign,
    /// An addendum of this text to a signed note.
    Addendum(String),
    Show,
}

/// `session note …`: one act on a session's note.
pub struct NoteOp {
    pub session: Key<SessionId>,
    pub act: NoteAct,
}

impl super::Operation for NoteOp {
    type Output = Note;

    fn action(&self) -> Action {
        match self.act {
            NoteAct::Generate => NOTE_GENERATE,
            NoteAct::Edit(_) => NOTE_EDIT,
            NoteAct::Sign { .. } => NOTE_SIGN,
            NoteAct::Cosign => NOTE_COSIGN,
            NoteAct::Addendum(_) => NOTE_ADDENDUM,
            NoteAct::Show => READ,
        }
    }

    fn need(&self) -> Need {
        RUNNERS
    }

    async fn apply(&mut self, tx: &mut CommandTx, _session: &crate::access::Session) -> Done<Note> {
        let clinic_id = tx.clinic()?;
        let id = crate::store::keys::resolve_in(tx.conn(), clinic_id, &self.session).await?;
        match &self.act {
            NoteAct::Generate => generate(tx, id).await,
            NoteAct::Edit(text) => edit(tx, id, text).await,
            NoteAct::Sign { no_data_reason } => sign_note(tx, id, no_data_reason.as_deref()).await,
            NoteAct::Cosign => cosign(tx, id).await,
            NoteAct::Addendum(text) => addendum(tx, id, text).await,
            NoteAct::Show => note(tx, id).await,
        }
    }
}

/// Signs the note of `session` as the practitioner the transaction acts for (the demo
/// clinic's practitioners sign their own notes).
pub(crate) struct SignNote {
    pub session: SessionId,
}

impl super::Operation for SignNote {
    type Output = Note;

    fn action(&self) -> Action {
        NOTE_SIGN
    }

    fn need(&self) -> Need {
        RUNNERS
    }

    async fn apply(&mut self, tx: &mut CommandTx, _session: &crate::access::Session) -> Done<Note> {
        sign_note(tx, self.session, None).await
    }
}
