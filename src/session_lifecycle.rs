//! A clinical session from start to signed note, applied inside the caller's
//! transaction: start a SCHEDULED appointment, check events against the session's time
//! span, complete it (the appointment's reservation becomes the units delivered, by the
//! clinic's minutes-to-units rule), write the deterministic draft note and sign it. The
//! `session` commands and the quickstart's demo clinic both run sessions through here.

use anyhow::{Context, Result, anyhow, bail};
use chrono::{DateTime, NaiveDateTime, Utc};
use serde::Serialize;
use sqlx::PgConnection;
use uuid::Uuid;

use crate::domain::organization::UnitsRule;
use crate::domain::scheduling::{cms_day_units, units_for_minutes};
use crate::domain::session::{self as rules, Event, EventData, EventType, Metrics, NoteInput};
use crate::store::organizations::Organization;
use crate::store::sessions::{self, Consumption, EventRow, Session};
use crate::store::{appointments, authorizations, service_codes};

/// Starts the session of a SCHEDULED appointment at the instant `at`.
pub async fn start(
    conn: &mut PgConnection,
    organization_id: Uuid,
    appointment_id: Uuid,
    at: DateTime<Utc>,
) -> Result<Session> {
    let appointment = appointments::find(conn, appointment_id)
        .await?
        .ok_or_else(|| crate::error::not_found(format!("no appointment {appointment_id} in this organization")))?;
    let Some(id) = sessions::start(conn, organization_id, appointment.id, at).await? else {
        bail!(
            "the appointment is {}: only a SCHEDULED appointment can start a session{}",
            appointment.status,
            if appointment.status == "IN_PROGRESS" { " (it already has one)" } else { "" }
        );
    };
    sessions::require(conn, id).await
}

/// The session, which must be IN_PROGRESS, with its appointment's row locked until
/// commit: completing or cancelling moves the units the appointment holds, read after
/// any concurrent transition of it has finished.
pub async fn in_progress(conn: &mut PgConnection, id: Uuid) -> Result<Session> {
    sessions::lock_appointment(conn, id).await?;
    let session = sessions::require(conn, id).await?;
    if session.status != "IN_PROGRESS" {
        bail!("the session is {}: events and changes need a session IN_PROGRESS", session.status);
    }
    Ok(session)
}

/// Checks an event and the time it claims against a session in progress (`now` is the
/// clinic's wall clock: an event cannot be in the future).
pub fn checked_event(
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
pub async fn record_event(
    conn: &mut PgConnection,
    organization_id: Uuid,
    session: &Session,
    kind: EventType,
    at: NaiveDateTime,
    data: &EventData,
    operator: Option<Uuid>,
) -> Result<Uuid> {
    sessions::add_event(conn, organization_id, session.id, at, kind.as_sql(), &serde_json::to_value(data)?, operator)
        .await
}

/// The session's events as the domain rules read them.
pub fn event_list(rows: &[EventRow]) -> Vec<Event> {
    rows.iter()
        .filter_map(|row| {
            Some(Event {
                at: row.at,
                kind: EventType::from_sql(&row.event_type)?,
                data: serde_json::from_value(row.data.clone()).ok()?,
            })
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
}

/// Units delivered by a session of `minutes` by the clinic's rule: midpoint per
/// session; the CMS rule pools the patient's timed minutes of the day, so this session
/// bills what the day's total adds to what the day's other sessions billed.
async fn delivered_units(
    conn: &mut PgConnection,
    rule: UnitsRule,
    session: &Session,
    minutes: i64,
) -> Result<(i64, i64)> {
    let code = service_codes::rules(conn, &session.service_code)
        .await?
        .ok_or_else(|| crate::error::not_found(format!("no service code {}", session.service_code)))?;
    let per_unit = i64::from(code.minutes_per_unit);
    let units = match rule {
        UnitsRule::Midpoint => units_for_minutes(minutes, per_unit, rule),
        UnitsRule::Cms8Minute => {
            let (other_minutes, other_units) =
                sessions::day_totals(conn, session.patient_id, session.start.date(), session.id).await?;
            (cms_day_units(other_minutes + minutes) - other_units).max(0)
        }
    };
    Ok((units, per_unit))
}

/// Completes a session in progress at `end`: its minutes become units by the clinic's
/// rule; the appointment's reservation is given back and what is billed is consumed
/// (ledger CONSUME), refused with the numbers when the authorization cannot cover it
/// unless `bill_units` says how many to bill; the metrics are computed from the events.
pub async fn complete(
    conn: &mut PgConnection,
    organization: &Organization,
    operator: Option<Uuid>,
    session_id: Uuid,
    end: DateTime<Utc>,
    bill_units: Option<i32>,
) -> Result<Completion> {
    let session = in_progress(conn, session_id).await?;
    if end <= session.started_at {
        bail!(
            "the end {} is not after the session's start {}",
            end.format("%Y-%m-%d %H:%M UTC"),
            session.start.format("%Y-%m-%d %H:%M")
        );
    }
    // Real minutes: elapsed between the two instants, whatever the clocks did between.
    let minutes = (end - session.started_at).num_minutes();
    let rule = UnitsRule::from_sql(&organization.units_rule).unwrap_or(UnitsRule::Midpoint);
    let (delivered, per_unit) = delivered_units(conn, rule, &session, minutes).await?;
    let mut billed = delivered;
    let mut unbilled_minutes = 0;
    if let Some(authorization_id) = session.authorization_id {
        let auth = authorizations::find(conn, &authorization_id.to_string())
            .await?
            .ok_or_else(|| anyhow!("the appointment's authorization is gone"))?;
        // What the authorization can still cover once this appointment's own
        // reservation is given back.
        let coverable = i64::from(auth.remaining_units + session.reserved_units);
        match bill_units {
            Some(n) if i64::from(n) > delivered => {
                bail!("--bill-units {n} is more than the {delivered} unit(s) delivered")
            }
            Some(n) if i64::from(n) > coverable => {
                bail!("--bill-units {n} is more than the authorization can cover ({coverable})")
            }
            Some(n) if n < 0 => bail!("--bill-units cannot be negative"),
            Some(n) => {
                billed = i64::from(n);
                unbilled_minutes = (minutes - billed * per_unit).max(0);
            }
            None if delivered > coverable => bail!(
                "{minutes} minutes come to {delivered} unit(s) under the {rule} rule, but the authorization {} can cover only {coverable} ({} used, {} scheduled of {}, {} reserved by this appointment); bill what it covers with --bill-units {coverable}, the rest is recorded as unbilled minutes",
                auth.authorization_number.clone().unwrap_or_else(|| auth.id.to_string()),
                auth.used_units,
                auth.scheduled_units,
                auth.total_units,
                session.reserved_units
            ),
            None => {}
        }
        let billed_i32 = i32::try_from(billed).map_err(|_| anyhow!("too many units"))?;
        let consumption = Consumption {
            organization_id: organization.id,
            authorization_id,
            appointment_id: session.appointment_id,
            session_id: session.id,
            reserved: session.reserved_units,
            billed: billed_i32,
            recorded_by: operator,
        };
        if !sessions::consume(conn, &consumption).await? {
            bail!("the authorization changed while the session was completing; run the command again");
        }
    }
    let events = event_list(&sessions::events(conn, session.id).await?);
    let metrics = rules::metrics(minutes, billed, unbilled_minutes, &events);
    if !sessions::close(conn, session.id, "COMPLETED", Some(end), &serde_json::to_value(&metrics)?, None).await? {
        bail!("the session changed while it was completing; run the command again");
    }
    let after = sessions::require(conn, session.id).await?;
    Ok(Completion {
        session: after,
        minutes,
        reserved_units: session.reserved_units,
        billed_units: billed,
        unbilled_minutes,
    })
}

/// Writes the deterministic draft note of a COMPLETED session (replacing a draft).
pub async fn generate_note(conn: &mut PgConnection, session: &Session) -> Result<()> {
    if session.status != "COMPLETED" {
        bail!("the session is {}: a note is written for a COMPLETED session", session.status);
    }
    let metrics: Metrics =
        serde_json::from_value(session.metrics.clone()).context("the session's metrics are unreadable")?;
    let events = event_list(&sessions::events(conn, session.id).await?);
    let text = rules::note_text(&NoteInput {
        medical_record_number: &session.medical_record_number,
        practitioner: &session.practitioner_name,
        credentials: &session.practitioner_credentials.join(", "),
        service_code: &session.service_code,
        start: session.start,
        end: session.end.unwrap_or(session.start),
        metrics: &metrics,
        events: &events,
    });
    replace_draft(conn, session.id, &text).await
}

/// Replaces the draft note; a signed note never changes.
pub async fn replace_draft(conn: &mut PgConnection, session_id: Uuid, text: &str) -> Result<()> {
    if !sessions::set_draft(conn, session_id, text).await? {
        bail!("the note is signed and cannot change: add an addendum instead");
    }
    Ok(())
}

/// Signs the draft note as `signer`.
pub async fn sign_note(conn: &mut PgConnection, session: &Session, signer: Uuid) -> Result<()> {
    if session.note_status == "SIGNED" {
        bail!(
            "the note was already signed by {} on {}",
            session.signed_by.clone().unwrap_or_default(),
            session.signed_at.map(|t| t.to_string()).unwrap_or_default()
        );
    }
    if !sessions::sign(conn, session.id, signer).await? {
        bail!("there is no draft to sign: write one with omnictl session note generate");
    }
    Ok(())
}
