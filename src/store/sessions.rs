//! Clinical sessions of the current organization: their events, the note and its
//! addenda. Times are stored as instants and read in the organization's time zone.

use anyhow::{Context, Result};
use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use serde::Serialize;
use sqlx::postgres::PgArguments;
use sqlx::query::QueryAs;
use sqlx::{PgConnection, Postgres};
use uuid::Uuid;

use crate::domain::ids::{
    AppointmentId, AuthorizationId, OrganizationId, PatientId, PractitionerId, SessionId, UserId,
};

use super::errors::explain;
use super::listing::ListQuery;
use crate::domain::scheduling::PlaceOfService;
use crate::domain::session::{EventType, NoteStatus, SessionStatus};

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Session {
    pub id: SessionId,
    pub appointment_id: AppointmentId,
    pub patient_id: PatientId,
    pub medical_record_number: String,
    pub practitioner_name: String,
    pub practitioner_credentials: Vec<String>,
    pub service_code: String,
    pub authorization_id: Option<AuthorizationId>,
    /// Units the appointment reserved.
    pub reserved_units: i32,
    pub scheduled_start: NaiveDateTime,
    pub scheduled_end: NaiveDateTime,
    pub start: NaiveDateTime,
    pub end: Option<NaiveDateTime>,
    /// The instant it started (minutes are counted between instants).
    pub started_at: DateTime<Utc>,
    pub status: SessionStatus,
    pub metrics: serde_json::Value,
    pub note_status: NoteStatus,
    pub note_text: Option<String>,
    pub signed_by: Option<String>,
    pub signed_at: Option<DateTime<Utc>>,
    pub practitioner_id: PractitionerId,
    pub practitioner_npi: String,
    /// The clinic: every statement about the session names it (its shard on Citus).
    #[serde(skip_serializing)]
    pub organization_id: OrganizationId,
    /// The header of the note names the patient; lists and records do not repeat it.
    #[serde(skip_serializing)]
    pub patient_first_name: String,
    #[serde(skip_serializing)]
    pub patient_last_name: String,
    #[serde(skip_serializing)]
    pub patient_date_of_birth: NaiveDate,
    pub group_id: Option<Uuid>,
    pub place_of_service: PlaceOfService,
    pub telehealth_modifier: Option<String>,
    /// The instant it ended.
    pub ended_at: Option<DateTime<Utc>>,
    /// Why an ADMIN let its completion pass the code's daily maximum.
    pub daily_max_override: Option<String>,
    /// Delivered without the patient (caregiver guidance), as the appointment was booked.
    pub patient_absent: bool,
    /// The booking's override, if the appointment passed the maximum when booked.
    pub booking_daily_max_override: Option<String>,
    /// The note exactly as signed (header, narrative, signature line).
    pub signed_note: Option<String>,
    pub signer_name: Option<String>,
    pub signer_credential: Option<String>,
    pub cosigned_by: Option<String>,
    pub cosigned_at: Option<DateTime<Utc>>,
    pub cosigner_name: Option<String>,
    pub cosigner_credential: Option<String>,
    /// The clinic's zone, in which the note's times are shown.
    pub time_zone: String,
    /// The user linked to the rendering practitioner when the session started: who
    /// signs its note (None for sessions started before it was recorded).
    #[serde(skip_serializing)]
    pub rendered_by: Option<UserId>,
}

const SELECT: &str = "SELECT s.id, s.organization_id, s.appointment_id, ap.patient_id, p.medical_record_number,
                             pr.name AS practitioner_name, pr.credentials::text[] AS practitioner_credentials,
                             ap.service_code, ap.authorization_id, ap.units AS reserved_units,
                             ap.starts_at AT TIME ZONE o.time_zone AS scheduled_start,
                             ap.ends_at AT TIME ZONE o.time_zone AS scheduled_end,
                             s.started_at AT TIME ZONE o.time_zone AS start, s.ended_at AT TIME ZONE o.time_zone AS end, s.started_at,
                             s.status, s.metrics, s.note_status, s.note_text,
                             u.email AS signed_by, s.signed_at, ap.practitioner_id, pr.npi AS practitioner_npi,
                             p.first_name AS patient_first_name, p.last_name AS patient_last_name,
                             p.date_of_birth AS patient_date_of_birth, ap.group_id, s.place_of_service,
                             s.telehealth_modifier, s.ended_at, s.daily_max_override, ap.patient_absent,
                             ap.daily_max_override AS booking_daily_max_override, s.signed_note, s.signer_name,
                             s.signer_credential, cu.email AS cosigned_by, s.cosigned_at, s.cosigner_name,
                             s.cosigner_credential, o.time_zone, s.rendered_by
                        FROM sessions s
                        JOIN organizations o ON o.id = s.organization_id
                        JOIN appointments ap ON ap.organization_id = s.organization_id AND ap.id = s.appointment_id
                        JOIN patients p ON p.organization_id = ap.organization_id AND p.id = ap.patient_id
                        JOIN practitioners pr ON pr.organization_id = ap.organization_id AND pr.id = ap.practitioner_id
                        LEFT JOIN users u ON u.id = s.signed_by
                        LEFT JOIN users cu ON cu.id = s.cosigned_by";

pub(crate) async fn find(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    id: SessionId,
) -> Result<Option<Session>> {
    crate::db::statement::query_as(&format!("{SELECT} WHERE s.organization_id = $2 AND s.id = $1"))
        .bind(id)
        .bind(organization_id)
        .fetch_optional(conn)
        .await
        .context("could not look up the session")
}

/// The session, or an error saying there is none.
pub(crate) async fn require(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    id: SessionId,
) -> Result<Session> {
    find(conn, organization_id, id)
        .await?
        .ok_or_else(|| crate::error::not_found(format!("no session {id} in this organization")))
}

#[derive(Debug, Clone, Default)]
pub(crate) struct SessionFilter {
    pub patient_id: Option<PatientId>,
    pub practitioner_id: Option<PractitionerId>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub status: Option<SessionStatus>,
}

impl ListQuery for SessionFilter {
    type Row = Session;
    const NOUN: &'static str = "session";
    const SORTABLE: &'static [(&'static str, &'static str)] = &[
        ("start", "s.started_at"),
        ("started_at", "s.started_at"),
        ("end", "s.ended_at"),
        ("ended_at", "s.ended_at"),
        ("mrn", "p.medical_record_number"),
        ("medical_record_number", "p.medical_record_number"),
        ("practitioner", "pr.name"),
        ("practitioner_name", "pr.name"),
        ("code", "ap.service_code"),
        ("service_code", "ap.service_code"),
        ("reserved", "ap.units"),
        ("reserved_units", "ap.units"),
        ("status", "s.status"),
        ("note", "s.note_status"),
        ("note_status", "s.note_status"),
        ("place", "s.place_of_service"),
    ];

    fn select(&self) -> String {
        format!(
            "{SELECT} WHERE ($1::uuid IS NULL OR ap.patient_id = $1) AND ($2::uuid IS NULL OR ap.practitioner_id = $2)
                        AND ($3::date IS NULL OR s.started_at >= $3::timestamp AT TIME ZONE o.time_zone)
                        AND ($4::date IS NULL OR s.started_at < ($4::date + 1)::timestamp AT TIME ZONE o.time_zone)
                        AND ($5::session_status IS NULL OR s.status = $5::session_status)"
        )
    }

    fn order(&self) -> &'static str {
        "s.started_at, s.id"
    }

    fn bind<'q, O>(&'q self, query: QueryAs<'q, Postgres, O, PgArguments>) -> QueryAs<'q, Postgres, O, PgArguments> {
        query.bind(self.patient_id).bind(self.practitioner_id).bind(self.from).bind(self.to).bind(self.status)
    }
}

/// Locks the row of the session's appointment until commit (see
/// `appointments::find_for_update`).
pub(crate) async fn lock_appointment(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    session_id: SessionId,
) -> Result<()> {
    // Named by its clinic: Citus locks rows only in a statement routed to one shard.
    crate::db::statement::query(
        "SELECT ap.id FROM sessions s
           JOIN appointments ap ON ap.organization_id = s.organization_id AND ap.id = s.appointment_id
          WHERE s.organization_id = $2 AND s.id = $1 FOR UPDATE OF ap",
    )
    .bind(session_id)
    .bind(organization_id)
    .execute(conn)
    .await
    .map_err(explain)?;
    Ok(())
}

/// Starts the session of a SCHEDULED appointment (which becomes IN_PROGRESS), delivered
/// at `place` with `modifier`. Returns None when the appointment is not SCHEDULED. Two
/// plain statements, each naming the clinic: Citus routes each to the clinic's shard
/// (an INSERT … SELECT from a data-modifying CTE it plans through the coordinator).
pub(crate) async fn start(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    appointment_id: AppointmentId,
    at: DateTime<Utc>,
    place: PlaceOfService,
    modifier: Option<&str>,
) -> Result<Option<SessionId>> {
    let started = crate::db::statement::query(
        "UPDATE appointments SET status = 'IN_PROGRESS'
          WHERE organization_id = $1 AND id = $2 AND status = 'SCHEDULED'",
    )
    .bind(organization_id)
    .bind(appointment_id)
    .execute(&mut *conn)
    .await
    .map_err(explain)?;
    if started.rows_affected() == 0 {
        return Ok(None);
    }
    crate::db::statement::query_scalar(
        "INSERT INTO sessions (organization_id, appointment_id, started_at, place_of_service, telehealth_modifier)
         VALUES ($1, $2, $3, $4::place_of_service, $5)
         RETURNING id",
    )
    .bind(organization_id)
    .bind(appointment_id)
    .bind(at)
    .bind(place)
    .bind(modifier)
    .fetch_one(conn)
    .await
    .map(Some)
    .map_err(explain)
}

/// One recorded event.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct EventRow {
    pub id: Uuid,
    pub at: NaiveDateTime,
    pub event_type: EventType,
    pub data: serde_json::Value,
}

pub(crate) async fn add_event(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    session_id: SessionId,
    at: NaiveDateTime,
    event_type: EventType,
    data: &serde_json::Value,
    recorded_by: Option<UserId>,
) -> Result<Uuid> {
    // The instant on the clinic's wall clock and who records it (a user of the clinic), read
    // from the tables every node has; then a plain INSERT … VALUES naming the clinic, which
    // Citus routes to its shard (an INSERT … SELECT from a reference table it would not).
    let (occurred_at, recorded_by): (DateTime<Utc>, Option<UserId>) = crate::db::statement::query_as(
        "SELECT $2::timestamp AT TIME ZONE o.time_zone,
                (SELECT u.id FROM users u WHERE u.id = $3 AND u.organization_id = o.id)
           FROM organizations o WHERE o.id = $1",
    )
    .bind(organization_id)
    .bind(at)
    .bind(recorded_by)
    .fetch_one(&mut *conn)
    .await
    .context("could not read the clinic's time zone")?;
    crate::db::statement::query_scalar(
        "INSERT INTO session_events (organization_id, session_id, occurred_at, event_type, data, recorded_by)
         VALUES ($1, $2, $3, $4::session_event_type, $5, $6)
         RETURNING id",
    )
    .bind(organization_id)
    .bind(session_id)
    .bind(occurred_at)
    .bind(event_type)
    .bind(data)
    .bind(recorded_by)
    .fetch_one(conn)
    .await
    .map_err(explain)
}

/// One event, as [`events`] lists it.
pub(crate) async fn event(conn: &mut PgConnection, organization_id: OrganizationId, id: Uuid) -> Result<EventRow> {
    crate::db::statement::query_as(
        "SELECT e.id, e.occurred_at AT TIME ZONE o.time_zone AS at, e.event_type, e.data
           FROM session_events e JOIN organizations o ON o.id = e.organization_id
          WHERE e.organization_id = $2 AND e.id = $1",
    )
    .bind(id)
    .bind(organization_id)
    .fetch_one(conn)
    .await
    .context("could not read the event")
}

pub(crate) async fn events(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    session_id: SessionId,
) -> Result<Vec<EventRow>> {
    crate::db::statement::query_as(
        "SELECT e.id, e.occurred_at AT TIME ZONE o.time_zone AS at, e.event_type, e.data
           FROM session_events e JOIN organizations o ON o.id = e.organization_id
          WHERE e.organization_id = $2 AND e.session_id = $1 ORDER BY e.occurred_at, e.created_at, e.id",
    )
    .bind(session_id)
    .bind(organization_id)
    .fetch_all(conn)
    .await
    .context("could not read the session's events")
}

/// Minutes and units billed on a date of service to the patient by one practitioner,
/// leaving one session out (the CMS rule pools one provider's timed minutes of the day).
pub(crate) async fn day_totals(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    patient_id: PatientId,
    practitioner_id: PractitionerId,
    day: NaiveDate,
    except: SessionId,
) -> Result<(i64, i64)> {
    crate::db::statement::query_as(
        "SELECT coalesce(sum(l.minutes), 0)::bigint, coalesce(sum(l.units), 0)::bigint
           FROM session_service_lines l
           JOIN sessions s ON s.organization_id = l.organization_id AND s.id = l.session_id
           JOIN appointments ap ON ap.organization_id = s.organization_id AND ap.id = s.appointment_id
          WHERE l.organization_id = $5 AND ap.patient_id = $1 AND ap.practitioner_id = $2 AND l.date_of_service = $3
            AND s.id <> $4",
    )
    .bind(patient_id)
    .bind(practitioner_id)
    .bind(day)
    .bind(except)
    .bind(organization_id)
    .fetch_one(conn)
    .await
    .context("could not total the provider's day")
}

/// One date of service of a completed session.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub(crate) struct ServiceLine {
    pub date_of_service: NaiveDate,
    /// Wall-clock start and end in the clinic's zone.
    pub start: NaiveDateTime,
    pub end: NaiveDateTime,
    pub minutes: i32,
    pub units: i32,
    pub authorization_id: Option<AuthorizationId>,
}

/// A line to bill, as completion computed it.
#[derive(Debug, Clone)]
pub(crate) struct NewServiceLine {
    pub date_of_service: NaiveDate,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub minutes: i32,
    pub units: i32,
    pub authorization_id: Option<AuthorizationId>,
}

/// Writes the billed lines of a session being completed.
pub(crate) async fn insert_lines(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    session_id: SessionId,
    lines: &[NewServiceLine],
) -> Result<()> {
    for line in lines {
        crate::db::statement::query(
            "INSERT INTO session_service_lines (organization_id, session_id, date_of_service, starts_at, ends_at,
                                                minutes, units, authorization_id)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(organization_id)
        .bind(session_id)
        .bind(line.date_of_service)
        .bind(line.starts_at)
        .bind(line.ends_at)
        .bind(line.minutes)
        .bind(line.units)
        .bind(line.authorization_id)
        .execute(&mut *conn)
        .await
        .map_err(explain)?;
    }
    Ok(())
}

/// The billed lines of a session, by date.
pub(crate) async fn lines(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    session_id: SessionId,
) -> Result<Vec<ServiceLine>> {
    crate::db::statement::query_as(
        "SELECT l.date_of_service, l.starts_at AT TIME ZONE o.time_zone AS start,
                l.ends_at AT TIME ZONE o.time_zone AS end, l.minutes, l.units, l.authorization_id
           FROM session_service_lines l JOIN organizations o ON o.id = l.organization_id
          WHERE l.organization_id = $2 AND l.session_id = $1 ORDER BY l.date_of_service",
    )
    .bind(session_id)
    .bind(organization_id)
    .fetch_all(conn)
    .await
    .context("could not read the session's billed lines")
}

/// Group members present at the delivery of a session: the sessions (in progress or
/// completed) of its group's appointments whose span meets [from, to), itself included.
pub(crate) async fn group_present(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    session_id: SessionId,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Result<i64> {
    crate::db::statement::query_scalar(
        "SELECT count(*) FROM sessions me
           JOIN appointments ap ON ap.organization_id = me.organization_id AND ap.id = me.appointment_id
           JOIN appointments g ON g.organization_id = ap.organization_id AND g.group_id = ap.group_id
           JOIN sessions s ON s.organization_id = g.organization_id AND s.appointment_id = g.id
          WHERE me.organization_id = $4 AND me.id = $1
            AND (s.id = me.id OR (s.status IN ('IN_PROGRESS', 'COMPLETED')
                 AND tstzrange(s.started_at, coalesce(s.ended_at, 'infinity')) && tstzrange($2, $3)))",
    )
    .bind(session_id)
    .bind(from)
    .bind(to)
    .bind(organization_id)
    .fetch_one(conn)
    .await
    .context("could not count the group present")
}

/// Moves the appointment's reserved units to used ones (`billed` of them) in one
/// conditional UPDATE, with its CONSUME ledger line. Returns false when the
/// authorization cannot cover `billed` units.
/// What a completed session moves on its authorization.
#[derive(Debug, Clone)]
pub(crate) struct Consumption {
    pub organization_id: OrganizationId,
    pub authorization_id: AuthorizationId,
    pub appointment_id: AppointmentId,
    pub session_id: SessionId,
    /// Units the appointment reserved (leave `scheduled`).
    pub reserved: i32,
    /// Units billed (join `used`).
    pub billed: i32,
    pub recorded_by: Option<UserId>,
    /// The dates of service billed on this authorization when the session has several,
    /// e.g. "2026-11-28: 8 unit(s); 2026-11-29: 8 unit(s)".
    pub dates: Option<String>,
}

pub(crate) async fn consume(conn: &mut PgConnection, c: &Consumption) -> Result<bool> {
    // Statements each routed to the clinic's shard (Citus plans an INSERT … SELECT from a
    // data-modifying CTE through the coordinator, refused under row-level security).
    let consumed: Option<Uuid> = crate::db::statement::query_scalar(
        "UPDATE authorizations
            SET scheduled_units = scheduled_units - $3, used_units = used_units + $4
          WHERE organization_id = $1 AND id = $2 AND scheduled_units >= $3
            AND total_units - used_units - (scheduled_units - $3) >= $4
         RETURNING id",
    )
    .bind(c.organization_id)
    .bind(c.authorization_id)
    .bind(c.reserved)
    .bind(c.billed)
    .fetch_optional(&mut *conn)
    .await
    .map_err(explain)?;
    if consumed.is_none() {
        return Ok(false);
    }
    let overridden: Option<String> = crate::db::statement::query_scalar(
        "SELECT 'over the daily maximum (ADMIN override): ' || s.daily_max_override FROM sessions s
          WHERE s.organization_id = $1 AND s.id = $2",
    )
    .bind(c.organization_id)
    .bind(c.session_id)
    .fetch_optional(&mut *conn)
    .await
    .context("could not read the session's override")?
    .flatten();
    let note = [c.dates.clone(), overridden].into_iter().flatten().collect::<Vec<_>>().join("; ");
    let recorded_by = super::users::of_clinic(&mut *conn, c.organization_id, c.recorded_by).await?;
    crate::db::statement::query(
        "INSERT INTO authorization_unit_events (organization_id, authorization_id, kind, scheduled_delta, used_delta,
                                                appointment_id, session_id, recorded_by, note)
         VALUES ($1, $2, 'CONSUME', -$3, $4, $5, $6, $7, nullif($8, ''))",
    )
    .bind(c.organization_id)
    .bind(c.authorization_id)
    .bind(c.reserved)
    .bind(c.billed)
    .bind(c.appointment_id)
    .bind(c.session_id)
    .bind(recorded_by)
    .bind(note)
    .execute(conn)
    .await
    .map_err(explain)?;
    Ok(true)
}

/// Closes an IN_PROGRESS session and its appointment: COMPLETED with its end and
/// metrics, or CANCELLED with a reason. Two statements, each naming the clinic (routed
/// to its shard on Citus).
pub(crate) async fn close(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    session_id: SessionId,
    status: SessionStatus,
    end: Option<DateTime<Utc>>,
    metrics: &serde_json::Value,
    reason: Option<&str>,
) -> Result<bool> {
    let closed: Option<AppointmentId> = crate::db::statement::query_scalar(
        "UPDATE sessions s
            SET status = $2::session_status, ended_at = coalesce($3::timestamptz, s.ended_at), metrics = $4
          WHERE s.organization_id = $5 AND s.id = $1 AND s.status = 'IN_PROGRESS'
         RETURNING s.appointment_id",
    )
    .bind(session_id)
    .bind(status)
    .bind(end)
    .bind(metrics)
    .bind(organization_id)
    .fetch_optional(&mut *conn)
    .await
    .map_err(explain)?;
    let Some(appointment_id) = closed else {
        return Ok(false);
    };
    let done: Option<Uuid> = crate::db::statement::query_scalar(
        "UPDATE appointments ap
            SET status = CASE WHEN $2 = 'COMPLETED' THEN 'COMPLETED' ELSE 'CANCELLED' END::appointment_status,
                cancel_reason = $3
          WHERE ap.organization_id = $4 AND ap.id = $1
         RETURNING ap.id",
    )
    .bind(appointment_id)
    .bind(status)
    .bind(reason)
    .bind(organization_id)
    .fetch_optional(conn)
    .await
    .map_err(explain)?;
    Ok(done.is_some())
}

/// Replaces the DRAFT note's text. Returns false when the note is signed.
pub(crate) async fn set_draft(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    session_id: SessionId,
    text: &str,
) -> Result<bool> {
    let done = crate::db::statement::query(
        "UPDATE sessions SET note_text = $2 WHERE organization_id = $3 AND id = $1 AND note_status = 'DRAFT'",
    )
    .bind(session_id)
    .bind(text)
    .bind(organization_id)
    .execute(conn)
    .await
    .map_err(explain)?;
    Ok(done.rows_affected() == 1)
}

/// A signature as the note prints it.
#[derive(Debug, Clone)]
pub(crate) struct Signature<'a> {
    pub user: UserId,
    pub at: DateTime<Utc>,
    pub name: &'a str,
    pub credential: &'a str,
}

/// Signs the DRAFT note of a COMPLETED session, keeping the note as signed. Returns
/// false when there is no draft to sign (the database checks who may sign).
pub(crate) async fn sign(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    session_id: SessionId,
    by: &Signature<'_>,
    signed_note: &str,
) -> Result<bool> {
    let done = crate::db::statement::query(
        "UPDATE sessions SET note_status = 'SIGNED', signed_by = $2, signed_at = $3, signer_name = $4,
                             signer_credential = $5, signed_note = $6
          WHERE organization_id = $7 AND id = $1 AND note_status = 'DRAFT' AND note_text IS NOT NULL",
    )
    .bind(session_id)
    .bind(by.user)
    .bind(by.at)
    .bind(by.name)
    .bind(by.credential)
    .bind(signed_note)
    .bind(organization_id)
    .execute(conn)
    .await
    .map_err(explain)?;
    Ok(done.rows_affected() == 1)
}

/// Adds the supervisor's co-signature to a SIGNED note. Returns false when the note is
/// not signed or already co-signed.
pub(crate) async fn cosign(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    session_id: SessionId,
    by: &Signature<'_>,
) -> Result<bool> {
    let done = crate::db::statement::query(
        "UPDATE sessions SET cosigned_by = $2, cosigned_at = $3, cosigner_name = $4, cosigner_credential = $5
          WHERE organization_id = $6 AND id = $1 AND note_status = 'SIGNED' AND cosigned_by IS NULL",
    )
    .bind(session_id)
    .bind(by.user)
    .bind(by.at)
    .bind(by.name)
    .bind(by.credential)
    .bind(organization_id)
    .execute(conn)
    .await
    .map_err(explain)?;
    Ok(done.rows_affected() == 1)
}

/// A session whose span meets another's: who it shares, and when it ran, with both
/// services' codes, providers and whether the patient was there (for the patient, the
/// concurrency table decides: `domain::concurrency`).
#[derive(Debug, Clone, sqlx::FromRow)]
pub(crate) struct Overlap {
    pub session_id: SessionId,
    /// "practitioner" or "patient".
    pub shared: String,
    pub start: NaiveDateTime,
    pub end: Option<NaiveDateTime>,
    pub service_code: String,
    pub practitioner_id: PractitionerId,
    pub patient_absent: bool,
    pub my_service_code: String,
    pub my_practitioner_id: PractitionerId,
    pub my_patient_absent: bool,
}

/// Other sessions (in progress or completed) of the session's practitioner (outside its
/// group slot) or of its patient whose span meets [from, to) — or contains `from` when
/// `to` is None. A session in progress spans until it ends. The patient's are all
/// returned; which of them may run together is the caller's (the concurrency table).
pub(crate) async fn overlaps(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    appointment_id: AppointmentId,
    from: DateTime<Utc>,
    to: Option<DateTime<Utc>>,
) -> Result<Vec<Overlap>> {
    crate::db::statement::query_as(
        "SELECT s2.id AS session_id,
                CASE WHEN ap2.practitioner_id = ap.practitioner_id THEN 'practitioner' ELSE 'patient' END AS shared,
                s2.status, s2.started_at AT TIME ZONE o.time_zone AS start, s2.ended_at AT TIME ZONE o.time_zone AS end,
                ap2.service_code, ap2.practitioner_id, ap2.patient_absent, ap.service_code AS my_service_code,
                ap.practitioner_id AS my_practitioner_id, ap.patient_absent AS my_patient_absent
           FROM appointments ap
           JOIN organizations o ON o.id = ap.organization_id
           JOIN appointments ap2 ON ap2.organization_id = ap.organization_id AND ap2.id <> ap.id
           JOIN sessions s2 ON s2.organization_id = ap2.organization_id AND s2.appointment_id = ap2.id
          WHERE ap.organization_id = $4 AND ap.id = $1 AND s2.status IN ('IN_PROGRESS', 'COMPLETED')
            AND ((ap2.practitioner_id = ap.practitioner_id AND ap2.practitioner_slot <> ap.practitioner_slot)
                 OR ap2.patient_id = ap.patient_id)
            AND CASE WHEN $3::timestamptz IS NULL
                     THEN tstzrange(s2.started_at, coalesce(s2.ended_at, 'infinity')) @> $2::timestamptz
                     ELSE tstzrange(s2.started_at, coalesce(s2.ended_at, 'infinity')) && tstzrange($2, $3) END
          ORDER BY s2.started_at",
    )
    .bind(appointment_id)
    .bind(from)
    .bind(to)
    .bind(organization_id)
    .fetch_all(conn)
    .await
    .context("could not compare the session with the others of its practitioner and patient")
}

/// Units billed to the patient for a code on a date of service, leaving one session out.
pub(crate) async fn billed_on_day(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    patient_id: PatientId,
    code: &str,
    day: NaiveDate,
    except: SessionId,
) -> Result<i64> {
    crate::db::statement::query_scalar(
        "SELECT coalesce(sum(l.units), 0)::bigint
           FROM session_service_lines l
           JOIN sessions s ON s.organization_id = l.organization_id AND s.id = l.session_id
           JOIN appointments ap ON ap.organization_id = s.organization_id AND ap.id = s.appointment_id
          WHERE l.organization_id = $5 AND ap.patient_id = $1 AND ap.service_code = $2 AND l.date_of_service = $3
            AND s.id <> $4",
    )
    .bind(patient_id)
    .bind(code)
    .bind(day)
    .bind(except)
    .bind(organization_id)
    .fetch_one(conn)
    .await
    .context("could not total the day's billed units")
}

/// Sets the ADMIN's reason for passing the daily maximum on a session being completed.
pub(crate) async fn set_daily_max_override(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    session_id: SessionId,
    reason: &str,
) -> Result<()> {
    crate::db::statement::query("UPDATE sessions SET daily_max_override = $2 WHERE organization_id = $3 AND id = $1")
        .bind(session_id)
        .bind(reason)
        .bind(organization_id)
        .execute(conn)
        .await
        .map_err(explain)?;
    Ok(())
}

/// A completed session whose note is still a draft.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub(crate) struct UnsignedNote {
    pub organization_slug: String,
    pub session_id: SessionId,
    pub practitioner_name: String,
    pub service_code: String,
    pub ended_at: DateTime<Utc>,
    /// The end on the clinic's clock.
    pub local_end: NaiveDateTime,
}

/// `session notes-unsigned`: completed sessions whose note is unsigned `older_than`
/// after they ended, in the scope's clinic or (platform scope) every clinic, by their end
/// (see [`ListQuery`]). No patient data.
#[derive(Debug, Clone, Copy)]
pub(crate) struct UnsignedNotes {
    pub older_than: chrono::Duration,
}

impl ListQuery for UnsignedNotes {
    type Row = UnsignedNote;
    const NOUN: &'static str = "unsigned note";
    const SORTABLE: &'static [(&'static str, &'static str)] = &[
        ("clinic", "organization_slug"),
        ("organization_slug", "organization_slug"),
        ("ended", "ended_at"),
        ("ended_at", "ended_at"),
        ("local_end", "local_end"),
        ("practitioner", "practitioner_name"),
        ("practitioner_name", "practitioner_name"),
        ("code", "service_code"),
        ("service_code", "service_code"),
        ("session", "session_id::text"),
        ("session_id", "session_id::text"),
    ];

    fn select(&self) -> String {
        "SELECT * FROM omnictl_unsigned_notes(make_interval(secs => $1))".to_string()
    }

    fn order(&self) -> &'static str {
        "ended_at, session_id"
    }

    fn bind<'q, O>(&'q self, query: QueryAs<'q, Postgres, O, PgArguments>) -> QueryAs<'q, Postgres, O, PgArguments> {
        query.bind(self.older_than.num_seconds() as f64)
    }
}

/// An addendum, signed from the record like a note: its author's name and credential
/// when it was written, and its time.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Addendum {
    pub written_at: DateTime<Utc>,
    /// The author's name (their practitioner's, else their user's), never their email.
    pub author: String,
    /// Their practitioner's credential, else their clinic role.
    pub credential: String,
    pub text: String,
}

/// Adds an addendum written by `author`; the database writes its name, credential and
/// time from the record (and refuses another operator's name).
pub(crate) async fn add_addendum(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    session_id: SessionId,
    author: UserId,
    text: &str,
) -> Result<()> {
    crate::db::statement::query(
        "INSERT INTO session_note_addenda (organization_id, session_id, author_id, text) VALUES ($1, $2, $3, $4)",
    )
    .bind(organization_id)
    .bind(session_id)
    .bind(author)
    .bind(text)
    .execute(conn)
    .await
    .map_err(explain)?;
    Ok(())
}

/// The note's addenda, oldest first; those written before addenda were signed from the
/// record show their author's record as it is now.
pub(crate) async fn addenda(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    session_id: SessionId,
) -> Result<Vec<Addendum>> {
    crate::db::statement::query_as(
        "SELECT a.written_at, coalesce(a.author_name, pr.name, u.name) AS author,
                coalesce(a.author_credential, array_to_string(pr.credentials::text[], '/'), u.role::text) AS credential,
                a.text
           FROM session_note_addenda a
           JOIN users u ON u.id = a.author_id
           LEFT JOIN practitioners pr ON pr.organization_id = a.organization_id AND pr.user_id = u.id
          WHERE a.organization_id = $2 AND a.session_id = $1 ORDER BY a.written_at, a.id",
    )
    .bind(session_id)
    .bind(organization_id)
    .fetch_all(conn)
    .await
    .context("could not read the note's addenda")
}

/// Who else took part in a session, as its note's header names them: the practitioners
/// of the patient's sessions beside it in the other lane (a supervisor's 97155 during the
/// technician's session) and, for a group slot, how many patients were present: the size
/// recorded when the session completed (sessions.group_present), or, for a session not
/// completed (or completed before it was recorded), the sessions overlapping it.
pub(crate) async fn participants(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    session_id: SessionId,
) -> Result<Vec<String>> {
    crate::db::statement::query_scalar(
        "WITH me AS (
             SELECT ap.organization_id, ap.id, ap.patient_id, ap.patient_lane, ap.group_id, s.started_at,
                    coalesce(s.ended_at, 'infinity') AS ended_at, s.group_present
               FROM sessions s JOIN appointments ap ON ap.organization_id = s.organization_id AND ap.id = s.appointment_id
              WHERE s.organization_id = $2 AND s.id = $1
         )
         SELECT line FROM (
             SELECT 1 AS k, s2.started_at AS at,
                    pr.name || ', ' || array_to_string(pr.credentials::text[], '/') || ' (' || ap2.service_code || ')' AS line
               FROM me
               JOIN appointments ap2 ON ap2.organization_id = me.organization_id AND ap2.patient_id = me.patient_id
                                    AND ap2.patient_lane <> me.patient_lane
               JOIN sessions s2 ON s2.organization_id = ap2.organization_id AND s2.appointment_id = ap2.id
               JOIN practitioners pr ON pr.organization_id = ap2.organization_id AND pr.id = ap2.practitioner_id
              WHERE s2.status IN ('IN_PROGRESS', 'COMPLETED')
                AND tstzrange(s2.started_at, coalesce(s2.ended_at, 'infinity')) && tstzrange(me.started_at, me.ended_at)
             UNION ALL
             SELECT 2, NULL, 'group of ' || coalesce(max(me.group_present), count(gs.id)) || ' patients present'
               FROM me JOIN appointments g ON g.organization_id = me.organization_id AND g.group_id = me.group_id
               LEFT JOIN sessions gs ON gs.organization_id = g.organization_id AND gs.appointment_id = g.id
                    AND gs.status IN ('IN_PROGRESS', 'COMPLETED')
                    AND tstzrange(gs.started_at, coalesce(gs.ended_at, 'infinity')) && tstzrange(me.started_at, me.ended_at)
             HAVING count(gs.id) > 0 OR max(me.group_present) IS NOT NULL
         ) lines ORDER BY k, at",
    )
    .bind(session_id)
    .bind(organization_id)
    .fetch_all(conn)
    .await
    .context("could not read who took part in the session")
}

/// The session of an appointment, if it has one.
pub(crate) async fn of_appointment(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    appointment: AppointmentId,
) -> Result<Option<SessionId>> {
    crate::db::statement::query_scalar(
        "SELECT s.id FROM sessions s WHERE s.organization_id = $2 AND s.appointment_id = $1",
    )
    .bind(appointment)
    .bind(organization_id)
    .fetch_optional(conn)
    .await
    .context("could not look up the appointment's session")
}
