//! Authorizations, their unit counters and ledger, and the reports over them. Counters
//! only ever move by one conditional UPDATE each (never read-then-write); the CHECK
//! `used + scheduled <= total` is the backstop.

use anyhow::{Context, Result};
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use sqlx::postgres::PgArguments;
use sqlx::query::QueryAs;
use sqlx::{PgConnection, Postgres};
use uuid::Uuid;

use super::keys;

use crate::domain::ids::{AppointmentId, AuthorizationId, Key, OrganizationId, PatientId, SessionId, UserId};

use super::errors::explain;
use super::listing::ListQuery;
use crate::domain::scheduling::{AuthStatus, UnitEventKind};

#[derive(Debug, Clone, Serialize, serde::Deserialize, sqlx::FromRow)]
pub struct Authorization {
    pub id: AuthorizationId,
    pub authorization_number: Option<String>,
    pub patient_id: PatientId,
    pub medical_record_number: String,
    pub insurance_id: Option<Uuid>,
    pub service_code: String,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    pub total_units: i32,
    pub used_units: i32,
    pub scheduled_units: i32,
    pub remaining_units: i32,
    pub status: AuthStatus,
    pub notes: Option<String>,
    pub created_at: DateTime<Utc>,
}

// No organization filter: row-level security scopes every query to the current one.
// (Macros, so that SELECT and the list's statement are built from one text at compile time.)
macro_rules! columns {
    () => {
        "a.id, a.authorization_number, a.patient_id, p.medical_record_number, a.insurance_id,
         a.service_code, a.start_date, a.end_date, a.total_units, a.used_units,
         a.scheduled_units, a.total_units - a.used_units - a.scheduled_units AS remaining_units,
         a.status, a.notes, a.created_at"
    };
}
macro_rules! from {
    () => {
        "FROM authorizations a
         JOIN patients p ON p.organization_id = a.organization_id AND p.id = a.patient_id"
    };
}
pub(super) const SELECT: &str = concat!("SELECT ", columns!(), " ", from!());

/// The list's rows: with the policy's payer and member number (see [`ListedAuthorization`]).
const LIST_SELECT: &str = concat!(
    "SELECT ",
    columns!(),
    ", pi.payer_name, pi.member_number ",
    from!(),
    " LEFT JOIN patient_insurances pi ON pi.organization_id = a.organization_id AND pi.id = a.insurance_id"
);

/// A new authorization; the service code row (platform or the clinic's override) is
/// resolved by the caller.
#[derive(Debug, Clone)]
pub(crate) struct NewAuthorization<'a> {
    pub organization_id: OrganizationId,
    pub patient_id: PatientId,
    pub insurance_id: Option<Uuid>,
    pub service_code_owner: Uuid,
    pub service_code: &'a str,
    pub authorization_number: Option<&'a str>,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    pub total_units: i32,
    pub status: AuthStatus,
    pub notes: Option<&'a str>,
}

pub(crate) async fn create(conn: &mut PgConnection, new: &NewAuthorization<'_>) -> Result<Uuid> {
    crate::db::statement::query_scalar(
        "INSERT INTO authorizations (organization_id, patient_id, insurance_id, service_code_owner, service_code,
                                     authorization_number, start_date, end_date, total_units, status, notes)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::authorization_status, $11) RETURNING id",
    )
    .bind(new.organization_id)
    .bind(new.patient_id)
    .bind(new.insurance_id)
    .bind(new.service_code_owner)
    .bind(new.service_code)
    .bind(new.authorization_number)
    .bind(new.start_date)
    .bind(new.end_date)
    .bind(new.total_units)
    .bind(new.status)
    .bind(new.notes)
    .fetch_one(conn)
    .await
    .map_err(explain)
}

/// By payer authorization number, id or a unique prefix of the id, among the clinic's
/// authorizations when the scope has a clinic ([`keys::find_row_in`]).
pub(crate) async fn find(
    conn: &mut PgConnection,
    clinic: Option<OrganizationId>,
    key: &Key<AuthorizationId>,
) -> Result<Option<Authorization>> {
    keys::find_row_in(conn, clinic, key, SELECT, ("a.id", "a.organization_id")).await
}

#[derive(Debug, Clone, Default)]
pub(crate) struct AuthorizationFilter {
    pub patient_id: Option<PatientId>,
    pub status: Option<AuthStatus>,
    pub service_code: Option<String>,
}

/// An authorization as lists show it: with the payer and member number of its policy,
/// so that a list has every column `auth import` takes.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub(crate) struct ListedAuthorization {
    #[serde(flatten)]
    #[sqlx(flatten)]
    pub authorization: Authorization,
    pub payer_name: Option<String>,
    pub member_number: Option<String>,
}

impl ListQuery for AuthorizationFilter {
    type Row = ListedAuthorization;
    const NOUN: &'static str = "authorization";
    const SORTABLE: &'static [(&'static str, &'static str)] = &[
        ("number", "a.authorization_number"),
        ("authorization_number", "a.authorization_number"),
        ("mrn", "p.medical_record_number"),
        ("medical_record_number", "p.medical_record_number"),
        ("code", "a.service_code"),
        ("service_code", "a.service_code"),
        ("start", "a.start_date"),
        ("start_date", "a.start_date"),
        ("end", "a.end_date"),
        ("end_date", "a.end_date"),
        ("total", "a.total_units"),
        ("total_units", "a.total_units"),
        ("used", "a.used_units"),
        ("used_units", "a.used_units"),
        ("scheduled", "a.scheduled_units"),
        ("scheduled_units", "a.scheduled_units"),
        ("remaining", "a.total_units - a.used_units - a.scheduled_units"),
        ("remaining_units", "a.total_units - a.used_units - a.scheduled_units"),
        ("status", "a.status"),
        ("created_at", "a.created_at"),
    ];

    fn select(&self) -> String {
        format!(
            "{LIST_SELECT}
              WHERE ($1::uuid IS NULL OR a.patient_id = $1)
                AND ($2::authorization_status IS NULL OR a.status = $2::authorization_status)
                AND ($3::text IS NULL OR a.service_code = $3)"
        )
    }

    fn order(&self) -> &'static str {
        "p.medical_record_number, a.service_code, a.start_date, a.id"
    }

    fn bind<'q, O>(&'q self, query: QueryAs<'q, Postgres, O, PgArguments>) -> QueryAs<'q, Postgres, O, PgArguments> {
        query.bind(self.patient_id).bind(self.status).bind(self.service_code.as_deref())
    }
}

/// Changes of `auth update`; None keeps a field.
#[derive(Debug, Clone, Default)]
pub(crate) struct AuthorizationChanges<'a> {
    pub authorization_number: Option<&'a str>,
    pub start_date: Option<NaiveDate>,
    pub end_date: Option<NaiveDate>,
    pub total_units: Option<i32>,
    pub status: Option<AuthStatus>,
    pub notes: Option<&'a str>,
    pub insurance_id: Option<Uuid>,
}

pub(crate) async fn update(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    id: AuthorizationId,
    changes: &AuthorizationChanges<'_>,
) -> Result<()> {
    crate::db::statement::query(
        "UPDATE authorizations
            SET authorization_number = coalesce($2, authorization_number),
                start_date = coalesce($3, start_date), end_date = coalesce($4, end_date),
                total_units = coalesce($5, total_units),
                status = coalesce($6::authorization_status, status), notes = coalesce($7, notes),
                insurance_id = coalesce($8, insurance_id)
          WHERE organization_id = $9 AND id = $1",
    )
    .bind(id)
    .bind(changes.authorization_number)
    .bind(changes.start_date)
    .bind(changes.end_date)
    .bind(changes.total_units)
    .bind(changes.status)
    .bind(changes.notes)
    .bind(changes.insurance_id)
    .bind(organization_id)
    .execute(conn)
    .await
    .map_err(explain)?;
    Ok(())
}

/// Reserves `units` if the authorization is ACTIVE and has them left, in one
/// conditional UPDATE that also locks the row until commit. Returns whether it did.
pub(crate) async fn reserve(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    id: AuthorizationId,
    units: i32,
) -> Result<bool> {
    let done = crate::db::statement::query(
        "UPDATE authorizations SET scheduled_units = scheduled_units + $2
          WHERE organization_id = $3 AND id = $1 AND status = 'ACTIVE'
            AND total_units - used_units - scheduled_units >= $2",
    )
    .bind(id)
    .bind(units)
    .bind(organization_id)
    .execute(conn)
    .await
    .map_err(explain)?;
    Ok(done.rows_affected() == 1)
}

/// Gives back `units` reserved by an appointment that will not take place.
pub(crate) async fn release(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    id: AuthorizationId,
    units: i32,
) -> Result<()> {
    crate::db::statement::query(
        "UPDATE authorizations SET scheduled_units = scheduled_units - $2 WHERE organization_id = $3 AND id = $1",
    )
    .bind(id)
    .bind(units)
    .bind(organization_id)
    .execute(conn)
    .await
    .map_err(explain)?;
    Ok(())
}

/// One ledger line.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub(crate) struct UnitEvent {
    pub occurred_at: DateTime<Utc>,
    pub kind: UnitEventKind,
    pub scheduled_delta: i32,
    pub used_delta: i32,
    pub appointment_id: Option<AppointmentId>,
    pub session_id: Option<SessionId>,
    pub note: Option<String>,
}

/// A ledger entry: RESERVE, RELEASE, CONSUME or ADJUST.
#[derive(Debug, Clone)]
pub(crate) struct NewUnitEvent<'a> {
    pub organization_id: OrganizationId,
    pub authorization_id: AuthorizationId,
    pub kind: UnitEventKind,
    pub scheduled_delta: i32,
    pub used_delta: i32,
    pub appointment_id: Option<AppointmentId>,
    pub recorded_by: Option<UserId>,
    pub note: Option<&'a str>,
}

pub(crate) async fn record_event(conn: &mut PgConnection, event: &NewUnitEvent<'_>) -> Result<()> {
    let recorded_by = super::users::of_clinic(&mut *conn, event.organization_id, event.recorded_by).await?;
    // A plain VALUES row: Citus routes it to the clinic's shard (it refuses a subquery in
    // an INSERT's VALUES).
    crate::db::statement::query(
        "INSERT INTO authorization_unit_events (organization_id, authorization_id, kind, scheduled_delta, used_delta,
                                                appointment_id, recorded_by, note)
         VALUES ($1, $2, $3::unit_event_kind, $4, $5, $6, $7, $8)",
    )
    .bind(event.organization_id)
    .bind(event.authorization_id)
    .bind(event.kind)
    .bind(event.scheduled_delta)
    .bind(event.used_delta)
    .bind(event.appointment_id)
    .bind(recorded_by)
    .bind(event.note)
    .execute(conn)
    .await
    .map_err(explain)?;
    Ok(())
}

pub(crate) async fn ledger(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    id: AuthorizationId,
) -> Result<Vec<UnitEvent>> {
    crate::db::statement::query_as(
        "SELECT occurred_at, kind, scheduled_delta, used_delta, appointment_id, session_id, note
           FROM authorization_unit_events WHERE organization_id = $2 AND authorization_id = $1 ORDER BY entry_no",
    )
    .bind(id)
    .bind(organization_id)
    .fetch_all(conn)
    .await
    .context("could not read the authorization's ledger")
}

/// Brings statuses up to date in the current organization: ACTIVE authorizations past
/// their end (in the clinic's time zone) become EXPIRED, those with every unit used
/// become EXHAUSTED. Files one audit item per change under `audit_id`. Returns
/// (expired, exhausted).
pub(crate) async fn sweep(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    audit_id: Uuid,
) -> Result<(i64, i64)> {
    crate::db::statement::query_as(
        "WITH today AS (
             SELECT (now() AT TIME ZONE time_zone)::date AS day FROM organizations WHERE id = $1
         ), changed AS (
             UPDATE authorizations a
                SET status = CASE WHEN a.end_date < (SELECT day FROM today) THEN 'EXPIRED'
                                  ELSE 'EXHAUSTED' END::authorization_status
              WHERE a.status = 'ACTIVE'
                AND (a.end_date < (SELECT day FROM today) OR a.used_units >= a.total_units)
             RETURNING a.id, a.status
         ), items AS (
             INSERT INTO audit_log_items (audit_log_id, item_no, chain_key, organization_id, action, entity_type, entity_id,
                                         fields)
             SELECT $2, row_number() OVER (ORDER BY id), $1, $1,
                    CASE WHEN status = 'EXPIRED' THEN 'auth.expire' ELSE 'auth.exhaust' END,
                    'authorization', id::text, 'status'
               FROM changed
             RETURNING action
         )
         SELECT count(*) FILTER (WHERE action = 'auth.expire'), count(*) FILTER (WHERE action = 'auth.exhaust')
           FROM items",
    )
    .bind(organization_id)
    .bind(audit_id)
    .fetch_one(conn)
    .await
    .map_err(explain)
}

/// A line of the cron reports. In a platform-wide report the patient is left out
/// (minimum necessary: the platform needs to know which clinic to call, not who).
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct ReportLine {
    pub organization: String,
    pub authorization_id: AuthorizationId,
    pub authorization_number: Option<String>,
    pub medical_record_number: Option<String>,
    pub service_code: String,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    pub days_left: i32,
    pub total_units: i32,
    pub used_units: i32,
    pub scheduled_units: i32,
    pub remaining_units: i32,
    pub utilization_percent: f64,
}

// The clinic's "today" is computed once (an InitPlan), so that a window on end_date is
// an index range rather than a filter over every authorization.
const REPORT: &str = "WITH clinic AS (
                          SELECT slug, (now() AT TIME ZONE time_zone)::date AS today FROM organizations
                           WHERE id = omnictl_current_organization()
                      )
                      SELECT (SELECT slug FROM clinic) AS organization, a.id AS authorization_id,
                             CASE WHEN $3 THEN a.authorization_number END AS authorization_number,
                             CASE WHEN $3 THEN p.medical_record_number END AS medical_record_number,
                             a.service_code, a.start_date, a.end_date,
                             a.end_date - (SELECT today FROM clinic) AS days_left,
                             a.total_units, a.used_units, a.scheduled_units,
                             a.total_units - a.used_units - a.scheduled_units AS remaining_units,
                             round(CASE WHEN a.total_units = 0 THEN 100
                                        ELSE 100.0 * (a.used_units + a.scheduled_units) / a.total_units END, 1)::float8
                                 AS utilization_percent
                        FROM authorizations a
                        -- A super admin's platform report reaches authorizations but no
                        -- patient row (row-level security): the patient stays unnamed.
                        LEFT JOIN patients p ON p.organization_id = a.organization_id AND p.id = a.patient_id";

/// ACTIVE authorizations of the current organization ending within `days` days.
pub(crate) async fn expiring(conn: &mut PgConnection, days: i64, with_patient: bool) -> Result<Vec<ReportLine>> {
    crate::db::statement::query_as(&format!(
        "{REPORT} WHERE a.status = 'ACTIVE'
                    AND a.end_date BETWEEN (SELECT today FROM clinic) AND (SELECT today FROM clinic) + $1::int
                    AND $2::bool
                  ORDER BY a.end_date, a.id"
    ))
    .bind(days as i32)
    .bind(true)
    .bind(with_patient)
    .fetch_all(conn)
    .await
    .context("could not read expiring authorizations")
}

/// ACTIVE authorizations of the current organization whose (used + scheduled) / total is
/// at or above `percent`.
pub(crate) async fn low(conn: &mut PgConnection, percent: f64, with_patient: bool) -> Result<Vec<ReportLine>> {
    crate::db::statement::query_as(&format!(
        "{REPORT} WHERE a.status = 'ACTIVE'
                    AND 100.0 * (a.used_units + a.scheduled_units) >= $1::float8 * a.total_units AND $2::bool
                  ORDER BY utilization_percent DESC, a.end_date, a.id"
    ))
    .bind(percent)
    .bind(true)
    .bind(with_patient)
    .fetch_all(conn)
    .await
    .context("could not read nearly used authorizations")
}

/// An authorization whose counters differ from its rows: `scheduled_units` from the
/// units of its live (SCHEDULED, IN_PROGRESS) appointments or from its ledger,
/// `used_units` from its ledger. The database refuses such a commit
/// (`authorizations_counters_match_rows`); this finds rows left by anything that went
/// around it (a trigger disabled by a database administrator, a restored backup).
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct CounterMismatch {
    pub organization: String,
    pub authorization_id: AuthorizationId,
    pub authorization_number: Option<String>,
    pub scheduled_units: i32,
    pub live_appointment_units: i64,
    pub ledger_scheduled_units: i64,
    pub used_units: i32,
    pub ledger_used_units: i64,
}

/// The current organization's authorizations checked against their rows: how many were
/// checked, and those that differ.
pub(crate) async fn counter_mismatches(conn: &mut PgConnection) -> Result<(i64, Vec<CounterMismatch>)> {
    counter_mismatches_of(conn, "omnictl_current_organization()").await
}

/// Every clinic's authorizations checked the same way, for a login that reads them all
/// (a restored database's owner reading as omnictl_backup).
pub(crate) async fn all_counter_mismatches(conn: &mut PgConnection) -> Result<(i64, Vec<CounterMismatch>)> {
    counter_mismatches_of(conn, "organization_id").await
}

/// The check, of the authorizations whose organization_id equals `organization`.
async fn counter_mismatches_of(conn: &mut PgConnection, organization: &str) -> Result<(i64, Vec<CounterMismatch>)> {
    let checked: i64 = crate::db::statement::query_scalar(&format!(
        "SELECT count(*) FROM authorizations WHERE organization_id = {organization}"
    ))
    .fetch_one(&mut *conn)
    .await
    .context("could not count the authorizations")?;
    let mismatches = crate::db::statement::query_as(&format!(
        "WITH live AS (
             SELECT authorization_id, sum(units)::bigint AS units FROM appointments
              WHERE organization_id = {organization} AND authorization_id IS NOT NULL
                AND status IN ('SCHEDULED', 'IN_PROGRESS')
              GROUP BY authorization_id
         ), ledger AS (
             SELECT authorization_id, sum(scheduled_delta)::bigint AS scheduled, sum(used_delta)::bigint AS used
               FROM authorization_unit_events WHERE organization_id = {organization}
              GROUP BY authorization_id
         )
         SELECT o.slug AS organization, a.id AS authorization_id, a.authorization_number, a.scheduled_units,
                coalesce(live.units, 0) AS live_appointment_units,
                coalesce(ledger.scheduled, 0) AS ledger_scheduled_units, a.used_units,
                coalesce(ledger.used, 0) AS ledger_used_units
           FROM authorizations a
           JOIN organizations o ON o.id = a.organization_id
           LEFT JOIN live ON live.authorization_id = a.id
           LEFT JOIN ledger ON ledger.authorization_id = a.id
          WHERE a.organization_id = {organization}
            AND (a.scheduled_units <> coalesce(live.units, 0) OR a.scheduled_units <> coalesce(ledger.scheduled, 0)
                 OR a.used_units <> coalesce(ledger.used, 0))
          ORDER BY a.authorization_number, a.id"
    ))
    .fetch_all(conn)
    .await
    .context("could not check the authorizations' counters")?;
    Ok((checked, mismatches))
}

/// The patient's authorizations for `code` whose dates cover `day` and that may carry
/// care delivered that day (ACTIVE, or EXPIRED or EXHAUSTED since), oldest first.
pub(crate) async fn covering_care(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    patient_id: PatientId,
    code: &str,
    day: NaiveDate,
) -> Result<Vec<Authorization>> {
    crate::db::statement::query_as(&format!(
        "{SELECT} WHERE a.organization_id = $4 AND a.patient_id = $1 AND a.service_code = $2
            AND a.start_date <= $3 AND $3 <= a.end_date
            AND a.status IN ('ACTIVE', 'EXPIRED', 'EXHAUSTED')
          ORDER BY a.start_date, a.id"
    ))
    .bind(patient_id)
    .bind(code)
    .bind(day)
    .bind(organization_id)
    .fetch_all(conn)
    .await
    .context("could not look up the authorizations covering the date")
}

/// Sessions in progress on the ACTIVE authorizations a sweep of the clinic changes now
/// (past their end, or fully used): read before the sweep.
pub(crate) async fn sessions_in_progress_to_sweep(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
) -> Result<i64> {
    crate::db::statement::query_scalar(
        "SELECT count(*) FROM appointments ap
           JOIN authorizations a ON a.organization_id = ap.organization_id AND a.id = ap.authorization_id
           JOIN organizations o ON o.id = a.organization_id
          WHERE ap.organization_id = $1 AND ap.status = 'IN_PROGRESS' AND a.status = 'ACTIVE'
            AND (a.end_date < (now() AT TIME ZONE o.time_zone)::date OR a.used_units >= a.total_units)",
    )
    .bind(organization_id)
    .fetch_one(conn)
    .await
    .context("could not count the sessions in progress on the authorizations to sweep")
}
