//! Appointments of the current organization. Times are stored as instants and given
//! and shown in the organization's time zone (converted by the database).

use anyhow::{Context, Result};
use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use serde::Serialize;
use sqlx::postgres::PgArguments;
use sqlx::query::QueryAs;
use sqlx::{PgConnection, Postgres};
use uuid::Uuid;

use crate::domain::ids::{AppointmentId, AuthorizationId, Key, OrganizationId, PatientId, PractitionerId, UserId};

use super::authorizations::{self, Authorization};
use super::errors::explain;
use super::keys;
use super::listing::ListQuery;
use crate::domain::scheduling::{AppointmentStatus, PlaceOfService, ServiceFacts};

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Appointment {
    pub id: AppointmentId,
    pub patient_id: PatientId,
    pub medical_record_number: String,
    pub practitioner_id: PractitionerId,
    pub practitioner_name: String,
    pub service_code: String,
    pub authorization_id: Option<AuthorizationId>,
    pub authorization_number: Option<String>,
    /// Wall-clock start and end in the organization's time zone.
    pub start: NaiveDateTime,
    pub end: NaiveDateTime,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub units: i32,
    pub status: AppointmentStatus,
    pub series_id: Option<Uuid>,
    /// Appointments of one group slot share it.
    pub group_id: Option<Uuid>,
    pub cancel_reason: Option<String>,
    pub place_of_service: PlaceOfService,
    pub telehealth_modifier: Option<String>,
    /// Why an ADMIN let it pass the code's daily maximum.
    pub daily_max_override: Option<String>,
    /// Why it needs attention (kept through a change of its authorization or practitioner).
    pub attention: Option<String>,
    /// Delivered without the patient (caregiver guidance): it occupies the practitioner,
    /// not the patient.
    pub patient_absent: bool,
}

const SELECT: &str = "SELECT ap.id, ap.patient_id, p.medical_record_number, ap.practitioner_id,
                             pr.name AS practitioner_name, ap.service_code, ap.authorization_id,
                             a.authorization_number, ap.starts_at AT TIME ZONE o.time_zone AS start,
                             ap.ends_at AT TIME ZONE o.time_zone AS end, ap.starts_at, ap.ends_at, ap.units,
                             ap.status, ap.series_id, ap.group_id, ap.cancel_reason, ap.place_of_service,
                             ap.telehealth_modifier, ap.daily_max_override, ap.attention, ap.patient_absent
                        FROM appointments ap
                        JOIN organizations o ON o.id = ap.organization_id
                        JOIN patients p ON p.organization_id = ap.organization_id AND p.id = ap.patient_id
                        JOIN practitioners pr ON pr.organization_id = ap.organization_id AND pr.id = ap.practitioner_id
                        LEFT JOIN authorizations a ON a.organization_id = ap.organization_id AND a.id = ap.authorization_id";

#[derive(Debug, Clone)]
pub(crate) struct NewAppointment {
    pub organization_id: OrganizationId,
    pub patient_id: PatientId,
    pub practitioner_id: PractitionerId,
    pub service_code_owner: Uuid,
    pub service_code: String,
    pub authorization_id: Option<AuthorizationId>,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub units: i32,
    pub series_id: Option<Uuid>,
    pub group_id: Option<Uuid>,
    pub place_of_service: PlaceOfService,
    pub telehealth_modifier: Option<String>,
    pub daily_max_override: Option<String>,
    /// Without the patient (caregiver guidance).
    pub patient_absent: bool,
}

pub(crate) async fn find(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    id: AppointmentId,
) -> Result<Option<Appointment>> {
    crate::db::statement::query_as(&format!("{SELECT} WHERE ap.organization_id = $2 AND ap.id = $1"))
        .bind(id)
        .bind(organization_id)
        .fetch_optional(conn)
        .await
        .context("could not look up the appointment")
}

/// The appointment with its row locked until commit. Every transition (cancel, no-show,
/// reschedule, session start and end) reads the appointment through this before any
/// unit moves: a concurrent transition waits here and then reads the units as the
/// first one left them, so each releases exactly what the appointment holds.
pub(crate) async fn find_for_update(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    id: AppointmentId,
) -> Result<Option<Appointment>> {
    crate::db::statement::query_as(&format!("{SELECT} WHERE ap.organization_id = $2 AND ap.id = $1 FOR UPDATE OF ap"))
        .bind(id)
        .bind(organization_id)
        .fetch_optional(conn)
        .await
        .map_err(explain)
}

#[derive(Debug, Clone, Default)]
pub(crate) struct AppointmentFilter {
    /// Local dates, inclusive.
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub practitioner_id: Option<PractitionerId>,
    pub patient_id: Option<PatientId>,
    pub status: Option<AppointmentStatus>,
    /// Only SCHEDULED appointments flagged as needing attention.
    pub needs_attention: bool,
}

impl ListQuery for AppointmentFilter {
    type Row = Appointment;
    const NOUN: &'static str = "appointment";
    const SORTABLE: &'static [(&'static str, &'static str)] = &[
        ("start", "ap.starts_at"),
        ("starts_at", "ap.starts_at"),
        ("end", "ap.ends_at"),
        ("ends_at", "ap.ends_at"),
        ("mrn", "p.medical_record_number"),
        ("medical_record_number", "p.medical_record_number"),
        ("practitioner", "pr.name"),
        ("practitioner_name", "pr.name"),
        ("code", "ap.service_code"),
        ("service_code", "ap.service_code"),
        ("units", "ap.units"),
        ("authorization", "a.authorization_number"),
        ("status", "ap.status"),
        ("place", "ap.place_of_service"),
    ];

    fn select(&self) -> String {
        format!(
            "{SELECT} WHERE ($1::date IS NULL OR ap.starts_at >= $1::timestamp AT TIME ZONE o.time_zone)
                        AND ($2::date IS NULL OR ap.starts_at < ($2::date + 1)::timestamp AT TIME ZONE o.time_zone)
                        AND ($3::uuid IS NULL OR ap.practitioner_id = $3)
                        AND ($4::uuid IS NULL OR ap.patient_id = $4)
                        AND ($5::appointment_status IS NULL OR ap.status = $5::appointment_status)
                        AND (NOT $6 OR (ap.attention IS NOT NULL AND ap.status IN ('SCHEDULED', 'IN_PROGRESS')))"
        )
    }

    fn order(&self) -> &'static str {
        "ap.starts_at, pr.name, ap.id"
    }

    fn bind<'q, O>(&'q self, query: QueryAs<'q, Postgres, O, PgArguments>) -> QueryAs<'q, Postgres, O, PgArguments> {
        query
            .bind(self.from)
            .bind(self.to)
            .bind(self.practitioner_id)
            .bind(self.patient_id)
            .bind(self.status)
            .bind(self.needs_attention)
    }
}

/// What a booking checks, looked up in one round trip: the patient and the practitioner
/// its keys name (resolved as [`keys`] resolves every key: the candidates are returned for
/// [`keys::choose`] to refuse an ambiguous prefix), the code as the clinic sees it (its
/// override, else the platform's row), and the patient's authorizations for that code. A
/// part not found is None.
#[derive(Debug, sqlx::FromRow)]
pub(crate) struct BookingParties {
    pub patient_keys: sqlx::types::Json<Vec<keys::Candidate>>,
    pub patient_id: Option<PatientId>,
    pub medical_record_number: Option<String>,
    pub patient_archived: Option<bool>,
    pub practitioner_keys: sqlx::types::Json<Vec<keys::Candidate>>,
    pub practitioner_id: Option<PractitionerId>,
    pub practitioner_name: Option<String>,
    pub practitioner_active: Option<bool>,
    pub credentials: Option<Vec<String>>,
    pub credential_valid_until: Option<NaiveDate>,
    pub code_owner: Option<Uuid>,
    pub code: Option<String>,
    pub minutes_per_unit: Option<i32>,
    pub required_credentials: Option<Vec<String>>,
    pub max_units_per_day: Option<i32>,
    pub authorizations: sqlx::types::Json<Vec<Authorization>>,
}

pub(crate) async fn booking_parties(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    patient: &Key<PatientId>,
    practitioner: &Key<PractitionerId>,
    code: &str,
) -> Result<BookingParties> {
    let (pt, pr) = (keys::Binds::of(patient), keys::Binds::of(practitioner));
    // Every clinic table names the clinic ($10), so that Citus routes the whole statement
    // to the clinic's shards as one task (unrouted, it refuses the correlated subqueries
    // beside the FROM-less one).
    crate::db::statement::query_as(&format!(
        "WITH ptk AS ({patient_keys}), prk AS ({practitioner_keys}), pt AS (
             SELECT id, medical_record_number, archived_at IS NOT NULL AS archived FROM patients
              WHERE organization_id = $10 AND id = {patient_chosen}
         ), pr AS (
             SELECT id, name, is_active, credentials::text[] AS credentials, credential_valid_until FROM practitioners
              WHERE organization_id = $10 AND id = {practitioner_chosen}
         ), c AS (
             SELECT owner_key, code, minutes_per_unit, required_credentials::text[] AS required_credentials,
                    max_units_per_day
               FROM service_codes WHERE code = $9 ORDER BY organization_id NULLS LAST LIMIT 1
         )
         SELECT (SELECT coalesce(jsonb_agg(to_jsonb(k) ORDER BY k.key_exact DESC, k.key_id), '[]') FROM ptk k)
                    AS patient_keys,
                pt.id AS patient_id, pt.medical_record_number, pt.archived AS patient_archived,
                (SELECT coalesce(jsonb_agg(to_jsonb(k) ORDER BY k.key_exact DESC, k.key_id), '[]') FROM prk k)
                    AS practitioner_keys,
                pr.id AS practitioner_id, pr.name AS practitioner_name, pr.is_active AS practitioner_active,
                pr.credentials, pr.credential_valid_until, c.owner_key AS code_owner, c.code, c.minutes_per_unit,
                c.required_credentials, c.max_units_per_day,
                coalesce((SELECT jsonb_agg(to_jsonb(x) ORDER BY x.start_date, x.authorization_number)
                            FROM ({auths} WHERE a.organization_id = $10 AND a.patient_id = pt.id
                                            AND a.service_code = c.code) x),
                         '[]'::jsonb) AS authorizations
           FROM (SELECT 1) one LEFT JOIN pt ON true LEFT JOIN pr ON true LEFT JOIN c ON true",
        patient_keys = keys::candidates_in::<PatientId>(1, 10),
        practitioner_keys = keys::candidates_in::<PractitionerId>(5, 10),
        patient_chosen = keys::chosen("ptk"),
        practitioner_chosen = keys::chosen("prk"),
        auths = authorizations::SELECT
    ))
    .bind(pt.key)
    .bind(pt.whole)
    .bind(pt.low)
    .bind(pt.high)
    .bind(pr.key)
    .bind(pr.whole)
    .bind(pr.low)
    .bind(pr.high)
    .bind(code.trim().to_ascii_uppercase())
    .bind(organization_id)
    .fetch_one(conn)
    .await
    .context("could not look up the booking's patient, practitioner, code and authorizations")
}

/// Serialises bookings that involve this practitioner or this patient until commit.
/// The exclusion constraints decide double bookings; without this, two bookings of one
/// slot inserting at the same moment each wait for the other's row and the database
/// must abort one as a deadlock. It also makes the daily maximum check race-free (all
/// of a patient's bookings pass here one at a time). Locks are taken in a fixed order.
pub(crate) async fn lock_booking(
    conn: &mut PgConnection,
    practitioner_id: PractitionerId,
    patient_id: PatientId,
) -> Result<()> {
    let mut keys = [format!("practitioner/{practitioner_id}"), format!("patient/{patient_id}")];
    keys.sort();
    // A target list is evaluated left to right: the locks are taken in key order.
    crate::db::statement::query(
        "SELECT pg_advisory_xact_lock(hashtextextended($1, 0)), pg_advisory_xact_lock(hashtextextended($2, 0))",
    )
    .bind(&keys[0])
    .bind(&keys[1])
    .execute(&mut *conn)
    .await
    .context("could not lock the schedule")?;
    Ok(())
}

/// Reserves the units with the one conditional UPDATE of the authorization and, only if
/// it succeeded, inserts the appointment and its RESERVE ledger line, in the caller's
/// transaction. Returns the appointment's id, or None when the authorization is not
/// ACTIVE or has not the units left (nothing written). The exclusion constraints refuse
/// a double booking. The daily maximum of each date of service is checked before it,
/// under `lock_booking`, and again by the database (appointments_daily_max).
///
/// Three statements, each naming the clinic, rather than one with data-modifying CTEs:
/// Citus routes each to the clinic's shard, while an INSERT … SELECT from a CTE is
/// planned through the coordinator, which copies rows into the shard (refused under
/// row-level security).
pub(crate) async fn reserve_and_insert(
    conn: &mut PgConnection,
    new: &NewAppointment,
    recorded_by: Option<UserId>,
) -> Result<Option<AppointmentId>> {
    let Some(authorization_id) = new.authorization_id else {
        return Ok(None);
    };
    if !authorizations::reserve(&mut *conn, new.organization_id, authorization_id, new.units).await? {
        return Ok(None);
    }
    let id: AppointmentId = crate::db::statement::query_scalar(
        "INSERT INTO appointments (organization_id, patient_id, practitioner_id, service_code_owner, service_code,
                                   authorization_id, starts_at, ends_at, units, series_id, group_id,
                                   place_of_service, telehealth_modifier, daily_max_override, patient_absent)
         VALUES ($1, $2, $3, $4, $5, $6, $7::timestamptz, $8::timestamptz, $9, $10, $11, $12::place_of_service, $13,
                 $14, $15)
         RETURNING id",
    )
    .bind(new.organization_id)
    .bind(new.patient_id)
    .bind(new.practitioner_id)
    .bind(new.service_code_owner)
    .bind(&new.service_code)
    .bind(authorization_id)
    .bind(new.starts_at)
    .bind(new.ends_at)
    .bind(new.units)
    .bind(new.series_id)
    .bind(new.group_id)
    .bind(new.place_of_service)
    .bind(new.telehealth_modifier.as_deref())
    .bind(new.daily_max_override.as_deref())
    .bind(new.patient_absent)
    .fetch_one(&mut *conn)
    .await
    .map_err(explain)?;
    let note =
        new.daily_max_override.as_deref().map(|reason| format!("over the daily maximum (ADMIN override): {reason}"));
    authorizations::record_event(
        conn,
        &authorizations::NewUnitEvent {
            organization_id: new.organization_id,
            authorization_id,
            kind: crate::domain::scheduling::UnitEventKind::Reserve,
            scheduled_delta: new.units,
            used_delta: 0,
            appointment_id: Some(id),
            recorded_by,
            note: note.as_deref(),
        },
    )
    .await?;
    Ok(Some(id))
}

/// A live appointment's span and units, as the daily maximum counts them per date.
#[derive(Debug, Clone, sqlx::FromRow)]
pub(crate) struct LiveUnits {
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub units: i32,
}

/// Live (not cancelled, not no-show) appointments of a patient and code whose time meets
/// [from, to), leaving one appointment out (the one being moved). The caller counts the
/// units each puts on a date (`billing::units_by_date`).
pub(crate) async fn live_units_during(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    patient_id: PatientId,
    code: &str,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    except: Option<AppointmentId>,
) -> Result<Vec<LiveUnits>> {
    crate::db::statement::query_as(
        "SELECT ap.starts_at, ap.ends_at, ap.units FROM appointments ap
          WHERE ap.organization_id = $6 AND ap.patient_id = $1 AND ap.service_code = $2
            AND ap.starts_at < $4 AND ap.ends_at > $3
            AND ap.status NOT IN ('CANCELLED', 'NO_SHOW')
            AND ($5::uuid IS NULL OR ap.id <> $5)",
    )
    .bind(patient_id)
    .bind(code)
    .bind(from)
    .bind(to)
    .bind(except)
    .bind(organization_id)
    .fetch_all(conn)
    .await
    .context("could not count the day's units")
}

/// Ends a SCHEDULED appointment without it taking place (CANCELLED or NO_SHOW). Returns
/// whether it was SCHEDULED.
pub(crate) async fn close(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    id: AppointmentId,
    status: AppointmentStatus,
    reason: Option<&str>,
) -> Result<bool> {
    let done = crate::db::statement::query(
        "UPDATE appointments SET status = $2::appointment_status, cancel_reason = $3
          WHERE organization_id = $4 AND id = $1 AND status = 'SCHEDULED'",
    )
    .bind(id)
    .bind(status)
    .bind(reason)
    .bind(organization_id)
    .execute(conn)
    .await
    .map_err(explain)?;
    Ok(done.rows_affected() == 1)
}

/// Where a SCHEDULED appointment moves: its times and units, the authorization holding
/// them, and the ADMIN's override of the daily maximum with the day it documents.
#[derive(Debug, Clone)]
pub(crate) struct Moved {
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub units: i32,
    pub authorization_id: Option<AuthorizationId>,
    pub daily_max_override: Option<String>,
    pub override_day: Option<NaiveDate>,
}

/// Moves a SCHEDULED appointment; the exclusion constraints and triggers check the new
/// time. Every rule passed again at the new time, so it no longer needs attention.
pub(crate) async fn reschedule(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    id: AppointmentId,
    to: &Moved,
) -> Result<bool> {
    let done = crate::db::statement::query(
        "UPDATE appointments SET starts_at = $2, ends_at = $3, units = $4, authorization_id = $5,
                                 daily_max_override = $6, daily_max_override_day = $7, attention = NULL
          WHERE organization_id = $8 AND id = $1 AND status = 'SCHEDULED'",
    )
    .bind(id)
    .bind(to.starts_at)
    .bind(to.ends_at)
    .bind(to.units)
    .bind(to.authorization_id)
    .bind(to.daily_max_override.as_deref())
    .bind(to.override_day)
    .bind(organization_id)
    .execute(conn)
    .await
    .map_err(explain)?;
    Ok(done.rows_affected() == 1)
}

/// A live appointment of a patient whose time meets a span: what the concurrency table
/// compares.
#[derive(Debug, Clone, sqlx::FromRow)]
pub(crate) struct PatientBooking {
    pub id: AppointmentId,
    pub service_code: String,
    pub practitioner_id: PractitionerId,
    pub practitioner_name: String,
    pub patient_absent: bool,
    pub start: NaiveDateTime,
    pub end: NaiveDateTime,
}

/// The patient's live (not cancelled, not no-show) appointments meeting [from, to),
/// leaving one out (the one being booked or moved), in start order.
pub(crate) async fn patient_bookings_during(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    patient_id: PatientId,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    except: Option<AppointmentId>,
) -> Result<Vec<PatientBooking>> {
    crate::db::statement::query_as(
        "SELECT ap.id, ap.service_code, ap.practitioner_id, pr.name AS practitioner_name, ap.patient_absent,
                ap.starts_at AT TIME ZONE o.time_zone AS start, ap.ends_at AT TIME ZONE o.time_zone AS end
           FROM appointments ap
           JOIN organizations o ON o.id = ap.organization_id
           JOIN practitioners pr ON pr.organization_id = ap.organization_id AND pr.id = ap.practitioner_id
          WHERE ap.organization_id = $5 AND ap.patient_id = $1 AND ap.status NOT IN ('CANCELLED', 'NO_SHOW')
            AND tstzrange(ap.starts_at, ap.ends_at) && tstzrange($2, $3)
            AND ($4::uuid IS NULL OR ap.id <> $4)
          ORDER BY ap.starts_at, ap.id",
    )
    .bind(patient_id)
    .bind(from)
    .bind(to)
    .bind(except)
    .bind(organization_id)
    .fetch_all(conn)
    .await
    .context("could not read the patient's bookings at that time")
}

/// Sets where an appointment is delivered (the place its session recorded at start).
pub(crate) async fn set_place(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    id: AppointmentId,
    place: PlaceOfService,
    modifier: Option<&str>,
) -> Result<()> {
    crate::db::statement::query(
        "UPDATE appointments SET place_of_service = $2::place_of_service, telehealth_modifier = $3
          WHERE organization_id = $4 AND id = $1",
    )
    .bind(id)
    .bind(place)
    .bind(modifier)
    .bind(organization_id)
    .execute(conn)
    .await
    .map_err(explain)?;
    Ok(())
}

/// Whose appointments' facts to read for the date-of-service rules.
#[derive(Debug, Clone, Copy)]
pub(crate) enum FactsOf {
    /// One appointment, whatever its status.
    Appointment(AppointmentId),
    /// The live (SCHEDULED or IN_PROGRESS) appointments of a practitioner.
    Practitioner(PractitionerId),
    /// The live appointments against an authorization.
    Authorization(AuthorizationId),
    /// The live appointments of a patient.
    Patient(PatientId),
    /// The live appointments against the authorizations of an insurance policy.
    Insurance(Uuid),
}

/// What the rules of a date of service read (see `ServiceFacts`), as the rows are now
/// in this transaction, in start order.
pub(crate) async fn service_facts(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    of: FactsOf,
) -> Result<Vec<ServiceFacts>> {
    let (appointment, practitioner, authorization, patient, insurance) = match of {
        FactsOf::Appointment(id) => (Some(id), None, None, None, None),
        FactsOf::Practitioner(id) => (None, Some(id), None, None, None),
        FactsOf::Authorization(id) => (None, None, Some(id), None, None),
        FactsOf::Patient(id) => (None, None, None, Some(id), None),
        FactsOf::Insurance(id) => (None, None, None, None, Some(id)),
    };
    crate::db::statement::query_as(
        "SELECT ap.id AS appointment_id, ap.patient_id, ap.practitioner_id, p.medical_record_number, ap.service_code,
                ap.starts_at AT TIME ZONE o.time_zone AS start, ap.ends_at AT TIME ZONE o.time_zone AS end,
                ap.units, ap.status, ap.group_id, p.archived_at IS NOT NULL AS patient_archived,
                pr.name AS practitioner_name, pr.is_active AS practitioner_active,
                pr.credentials::text[] AS credentials, pr.credential_valid_until,
                sc.required_credentials::text[] AS required_credentials, sc.max_units_per_day,
                ap.authorization_id, a.authorization_number, a.status AS authorization_status,
                a.start_date AS authorization_start, a.end_date AS authorization_end,
                a.insurance_id, pi.coverage_start, pi.coverage_end,
                pr.deactivated_at AS practitioner_deactivated_at, p.archived_at AS patient_archived_at
           FROM appointments ap
           JOIN organizations o ON o.id = ap.organization_id
           JOIN patients p ON p.organization_id = ap.organization_id AND p.id = ap.patient_id
           JOIN practitioners pr ON pr.organization_id = ap.organization_id AND pr.id = ap.practitioner_id
           JOIN service_codes sc ON sc.owner_key = ap.service_code_owner AND sc.code = ap.service_code
           LEFT JOIN authorizations a ON a.organization_id = ap.organization_id AND a.id = ap.authorization_id
           LEFT JOIN patient_insurances pi ON pi.organization_id = a.organization_id AND pi.id = a.insurance_id
          WHERE ap.organization_id = $6
            AND (($1::uuid IS NOT NULL AND ap.id = $1)
                 OR (ap.status IN ('SCHEDULED', 'IN_PROGRESS')
                     AND (($2::uuid IS NOT NULL AND ap.practitioner_id = $2)
                          OR ($3::uuid IS NOT NULL AND ap.authorization_id = $3)
                          OR ($4::uuid IS NOT NULL AND ap.patient_id = $4)
                          OR ($5::uuid IS NOT NULL AND a.insurance_id = $5))))
          ORDER BY ap.starts_at, ap.id",
    )
    .bind(appointment)
    .bind(practitioner)
    .bind(authorization)
    .bind(patient)
    .bind(insurance)
    .bind(organization_id)
    .fetch_all(conn)
    .await
    .context("could not read the appointments' practitioners, codes and authorizations")
}

/// Flags live (SCHEDULED or IN_PROGRESS) appointments as needing attention, with why.
pub(crate) async fn flag(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    ids: &[AppointmentId],
    why: &str,
) -> Result<()> {
    crate::db::statement::query(
        "UPDATE appointments SET attention = $2
          WHERE organization_id = $3 AND id = ANY($1) AND status IN ('SCHEDULED', 'IN_PROGRESS')",
    )
    .bind(ids.iter().map(|id| id.0).collect::<Vec<Uuid>>())
    .bind(why)
    .bind(organization_id)
    .execute(conn)
    .await
    .map_err(explain)?;
    Ok(())
}

/// The live members of a group slot (not cancelled, not a no-show), with their status.
pub(crate) async fn group_members(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    group_id: Uuid,
) -> Result<Vec<(AppointmentId, AppointmentStatus)>> {
    // The clinic named: on Citus the lock is taken on the clinic's shard alone.
    crate::db::statement::query_as(
        "SELECT ap.id, ap.status FROM appointments ap
          WHERE ap.organization_id = $1 AND ap.group_id = $2 AND ap.status NOT IN ('CANCELLED', 'NO_SHOW')
          ORDER BY ap.id FOR UPDATE",
    )
    .bind(organization_id)
    .bind(group_id)
    .fetch_all(conn)
    .await
    .context("could not read the group's members")
}

/// Takes a live appointment out of its group under the group code's individual code:
/// its code, authorization and units change in one statement.
pub(crate) async fn convert(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    id: AppointmentId,
    code: &super::service_codes::CodeRules,
    authorization_id: AuthorizationId,
    units: i32,
) -> Result<bool> {
    let done = crate::db::statement::query(
        "UPDATE appointments
            SET service_code_owner = $2, service_code = $3, authorization_id = $4, units = $5, group_id = NULL
          WHERE organization_id = $6 AND id = $1 AND status IN ('SCHEDULED', 'IN_PROGRESS')",
    )
    .bind(id)
    .bind(code.owner_key)
    .bind(&code.code)
    .bind(authorization_id)
    .bind(units)
    .bind(organization_id)
    .execute(conn)
    .await
    .map_err(explain)?;
    Ok(done.rows_affected() == 1)
}
