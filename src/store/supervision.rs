//! Supervision of technicians: the minutes a BCBA's 97155 overlapped an RBT's direct
//! service with the same patient, and the contacts a clinic records besides.

use anyhow::{Context, Result};
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use sqlx::PgConnection;

use super::errors::explain;
use crate::domain::ids::{OrganizationId, PractitionerId, UserId};

/// One technician's month.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct TechnicianMonth {
    pub practitioner_id: PractitionerId,
    pub name: String,
    pub npi: String,
    pub direct_minutes: i64,
    pub supervised_minutes: i64,
    pub contacts: i64,
    pub observed_contacts: i64,
}

/// Every RBT's month from `first` (the month's first day, on the clinic's clock):
/// direct minutes of their completed 97153/97154 sessions; supervised minutes where a
/// completed 97155 of another practitioner with the same patient overlapped one (each
/// such 97155 a contact observed with a client), plus the recorded contacts.
pub async fn month(
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
         ), overlap AS (
             SELECT d.practitioner_id, s2.id AS contact,
                    extract(epoch FROM least(d.ended_at, s2.ended_at) - greatest(d.started_at, s2.started_at)) / 60
                        AS minutes
               FROM direct d
               JOIN appointments ap2 ON ap2.patient_id = d.patient_id AND ap2.service_code = '97155'
                                    AND ap2.practitioner_id <> d.practitioner_id
               JOIN sessions s2 ON s2.organization_id = ap2.organization_id AND s2.appointment_id = ap2.id
              WHERE s2.status = 'COMPLETED'
                AND tstzrange(s2.started_at, s2.ended_at) && tstzrange(d.started_at, d.ended_at)
         ), recorded AS (
             SELECT c.technician_id, c.minutes, c.with_client
               FROM supervision_contacts c, bounds b WHERE c.starts_at >= b.lo AND c.starts_at < b.hi
         )
         SELECT pr.id AS practitioner_id, pr.name, pr.npi,
                coalesce((SELECT sum(extract(epoch FROM d.ended_at - d.started_at) / 60) FROM direct d
                           WHERE d.practitioner_id = pr.id), 0)::bigint AS direct_minutes,
                (coalesce((SELECT sum(o.minutes) FROM overlap o WHERE o.practitioner_id = pr.id), 0)
                 + coalesce((SELECT sum(r.minutes) FROM recorded r WHERE r.technician_id = pr.id), 0))::bigint
                    AS supervised_minutes,
                ((SELECT count(DISTINCT o.contact) FROM overlap o WHERE o.practitioner_id = pr.id)
                 + (SELECT count(*) FROM recorded r WHERE r.technician_id = pr.id))::bigint AS contacts,
                ((SELECT count(DISTINCT o.contact) FROM overlap o WHERE o.practitioner_id = pr.id)
                 + (SELECT count(*) FROM recorded r WHERE r.technician_id = pr.id AND r.with_client))::bigint
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

/// A supervision contact the clinic records.
#[derive(Debug, Clone)]
pub struct NewContact {
    pub organization_id: OrganizationId,
    pub technician_id: PractitionerId,
    pub supervisor_id: PractitionerId,
    pub starts_at: DateTime<Utc>,
    pub minutes: i32,
    pub with_client: bool,
    pub recorded_by: Option<UserId>,
}

pub async fn record(conn: &mut PgConnection, c: &NewContact) -> Result<uuid::Uuid> {
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
