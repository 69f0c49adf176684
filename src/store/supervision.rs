//! Supervision of technicians: the minutes a BCBA's 97155 overlapped an RBT's direct
//! service with the same patient, and the contacts a clinic records besides.

use anyhow::{Context, Result};
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use sqlx::PgConnection;

use super::errors::explain;
use crate::domain::ids::{OrganizationId, PractitionerId, SessionId, UserId};

/// One technician's month.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub(crate) struct TechnicianMonth {
    pub practitioner_id: PractitionerId,
    pub name: String,
    pub npi: String,
    pub direct_minutes: i64,
    pub supervised_minutes: i64,
    pub contacts: i64,
    pub observed_contacts: i64,
}

/// Every RBT's month from `first` (the month's first day, on the clinic's clock):
/// direct minutes of their completed 97153/97154 sessions; supervision as intervals — the
/// stretch where a completed 97155 of another practitioner with the same patient
/// overlapped one (observed with a client), and each recorded contact. Supervised minutes
/// are the length of the union of the technician's intervals, so a contact recorded for
/// the hour of a 97155 counts once; contacts are the union's pieces per supervisor, so
/// overlapping (or touching) intervals of one supervisor are one contact, observed with a
/// client when any of its intervals was.
pub(crate) async fn month(
    conn: &mut PgConnection,
    organization: OrganizationId,
    first: NaiveDate,
) -> Result<Vec<TechnicianMonth>> {
    crate::db::statement::query_as(
        "WITH bounds AS (
             SELECT $2::date::timestamp AT TIME ZONE o.time_zone AS lo,
                    ($2::date + interval '1 month')::timestamp AT TIME ZONE o.time_zone AS hi
               FROM organizations o WHERE o.id = $1
         ), direct AS (
             SELECT ap.practitioner_id, ap.patient_id, s.started_at, s.ended_at
               FROM sessions s
               JOIN appointments ap ON ap.organization_id = s.organization_id AND ap.id = s.appointment_id, bounds b
              WHERE s.status = 'COMPLETED' AND ap.service_code IN ('97153', '97154')
                AND s.started_at >= b.lo AND s.started_at < b.hi
         ), supervised AS (
             SELECT d.practitioner_id AS technician_id, ap2.practitioner_id AS supervisor_id,
                    tstzrange(greatest(d.started_at, s2.started_at), least(d.ended_at, s2.ended_at)) AS span,
                    true AS with_client
               FROM direct d
               JOIN appointments ap2 ON ap2.patient_id = d.patient_id AND ap2.service_code = '97155'
                                    AND ap2.practitioner_id <> d.practitioner_id
               JOIN sessions s2 ON s2.organization_id = ap2.organization_id AND s2.appointment_id = ap2.id
              WHERE s2.status = 'COMPLETED'
                AND tstzrange(s2.started_at, s2.ended_at) && tstzrange(d.started_at, d.ended_at)
             UNION ALL
             SELECT c.technician_id, c.supervisor_id,
                    tstzrange(c.starts_at, c.starts_at + make_interval(mins => c.minutes)), c.with_client
               FROM supervision_contacts c, bounds b WHERE c.starts_at >= b.lo AND c.starts_at < b.hi
         ), minutes AS (
             SELECT u.technician_id,
                    sum(extract(epoch FROM upper(u.piece) - lower(u.piece)) / 60) AS minutes
               FROM (SELECT technician_id, unnest(range_agg(span)) AS piece FROM supervised GROUP BY technician_id) u
              GROUP BY u.technician_id
         ), contacts AS (
             SELECT p.technician_id, count(*) AS contacts,
                    count(*) FILTER (WHERE EXISTS (
                        SELECT 1 FROM supervised s
                         WHERE s.technician_id = p.technician_id AND s.supervisor_id = p.supervisor_id
                           AND s.with_client AND s.span && p.piece)) AS observed
               FROM (SELECT technician_id, supervisor_id, unnest(range_agg(span)) AS piece
                       FROM supervised GROUP BY technician_id, supervisor_id) p
              GROUP BY p.technician_id
         )
         SELECT pr.id AS practitioner_id, pr.name, pr.npi,
                coalesce((SELECT sum(extract(epoch FROM d.ended_at - d.started_at) / 60) FROM direct d
                           WHERE d.practitioner_id = pr.id), 0)::bigint AS direct_minutes,
                coalesce((SELECT m.minutes FROM minutes m WHERE m.technician_id = pr.id), 0)::bigint
                    AS supervised_minutes,
                coalesce((SELECT c.contacts FROM contacts c WHERE c.technician_id = pr.id), 0)::bigint AS contacts,
                coalesce((SELECT c.observed FROM contacts c WHERE c.technician_id = pr.id), 0)::bigint
                    AS observed_contacts
           FROM practitioners pr
          WHERE 'RBT' = ANY (pr.credentials::text[])
            AND (pr.is_active OR EXISTS (SELECT 1 FROM direct d WHERE d.practitioner_id = pr.id))
          ORDER BY pr.name, pr.npi",
    )
    .bind(organization)
    .bind(first)
    .fetch_all(conn)
    .await
    .context("could not total the month's supervision")
}

/// Whether `supervisor` is the supervisor of record of the technician who rendered
/// `session`: a completed 97155 of theirs with the same patient overlapped it, or a
/// supervision contact of theirs with the technician is recorded in the session's month
/// (the clinic's clock). The database checks the same at co-signature.
pub(crate) async fn supervises(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    supervisor: PractitionerId,
    session: SessionId,
) -> Result<bool> {
    crate::db::statement::query_scalar(
        "SELECT EXISTS (
                    SELECT 1 FROM appointments ap2
                      JOIN sessions s2 ON s2.organization_id = ap2.organization_id AND s2.appointment_id = ap2.id
                     WHERE ap2.organization_id = s.organization_id AND ap2.practitioner_id = $1
                       AND ap2.patient_id = ap.patient_id AND ap2.service_code = '97155' AND s2.status = 'COMPLETED'
                       AND tstzrange(s2.started_at, s2.ended_at) && tstzrange(s.started_at, s.ended_at))
             OR EXISTS (
                    SELECT 1 FROM supervision_contacts c
                     WHERE c.organization_id = s.organization_id AND c.technician_id = ap.practitioner_id
                       AND c.supervisor_id = $1
                       AND c.starts_at >= date_trunc('month', s.started_at AT TIME ZONE o.time_zone) AT TIME ZONE o.time_zone
                       AND c.starts_at < (date_trunc('month', s.started_at AT TIME ZONE o.time_zone) + interval '1 month')
                                         AT TIME ZONE o.time_zone)
           FROM sessions s
           JOIN organizations o ON o.id = s.organization_id
           JOIN appointments ap ON ap.organization_id = s.organization_id AND ap.id = s.appointment_id
          WHERE s.organization_id = $3 AND s.id = $2",
    )
    .bind(supervisor)
    .bind(session)
    .bind(organization_id)
    .fetch_optional(conn)
    .await
    .context("could not look up the technician's supervision")
    .map(|found| found.unwrap_or(false))
}

/// A supervision contact the clinic records.
#[derive(Debug, Clone)]
pub(crate) struct NewContact {
    pub organization_id: OrganizationId,
    pub technician_id: PractitionerId,
    pub supervisor_id: PractitionerId,
    pub starts_at: DateTime<Utc>,
    pub minutes: i32,
    pub with_client: bool,
    pub recorded_by: Option<UserId>,
}

pub(crate) async fn record(conn: &mut PgConnection, c: &NewContact) -> Result<uuid::Uuid> {
    crate::db::statement::query_scalar(
        "INSERT INTO supervision_contacts (organization_id, technician_id, supervisor_id, starts_at, minutes,
                                           with_client, recorded_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(c.organization_id)
    .bind(c.technician_id)
    .bind(c.supervisor_id)
    .bind(c.starts_at)
    .bind(c.minutes)
    .bind(c.with_client)
    .bind(c.recorded_by)
    .fetch_one(conn)
    .await
    .map_err(explain)
}
