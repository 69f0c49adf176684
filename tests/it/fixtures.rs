//! Synthetic clinics written with plain SQL as the superuser (no row-level security), so
//! schema tests start from known rows. Every person here is made up.

use omnictl::domain::service_code;
use omnictl::store::service_codes;
use sqlx::PgPool;
use uuid::Uuid;

pub const PLATFORM: Uuid = Uuid::nil();

/// One clinic with two patients, an RBT, a BCBA, a policy and two authorizations.
#[derive(Debug, Clone)]
pub struct Clinic {
    pub org: Uuid,
    /// The email of the clinic's ADMIN.
    pub admin: String,
    pub patient: Uuid,
    pub other_patient: Uuid,
    pub rbt: Uuid,
    pub bcba: Uuid,
    pub insurance: Uuid,
    pub auth_97153: Uuid,
    pub auth_97155: Uuid,
}

pub async fn seed_service_codes(pool: &PgPool) {
    let mut conn = pool.acquire().await.expect("connection");
    service_codes::upsert_platform_codes(&mut conn, &service_code::catalogue().expect("catalogue"))
        .await
        .expect("seed service codes");
}

pub async fn clinic(pool: &PgPool, slug: &str) -> Clinic {
    let org: Uuid = sqlx::query_scalar("INSERT INTO organizations (name, slug) VALUES ($1, $2) RETURNING id")
        .bind(format!("{slug} ABA"))
        .bind(slug)
        .fetch_one(pool)
        .await
        .expect("insert organization");
    // Its ADMIN, whose login (made by the database with the user) the tests act as.
    let admin = format!("admin@{slug}.test");
    sqlx::query("INSERT INTO users (email, name, organization_id, role) VALUES ($1, 'Clinic Admin', $2, 'ADMIN')")
        .bind(&admin)
        .bind(org)
        .execute(pool)
        .await
        .expect("insert the clinic's admin");
    let patient = insert_patient(pool, org, "MRN-1").await;
    let other_patient = insert_patient(pool, org, "MRN-2").await;
    let rbt = insert_practitioner(pool, org, "Riley Tech", "{RBT}", "1234567893").await;
    let bcba = insert_practitioner(pool, org, "Blair Analyst", "{BCBA}", "1245319599").await;
    let insurance: Uuid = sqlx::query_scalar(
        "INSERT INTO patient_insurances (organization_id, patient_id, payer_name, member_number, coverage_start)
         VALUES ($1, $2, 'Synthetic Health', 'SYN000111', '2026-01-01') RETURNING id",
    )
    .bind(org)
    .bind(patient)
    .fetch_one(pool)
    .await
    .expect("insert insurance");
    Clinic {
        org,
        admin,
        patient,
        other_patient,
        rbt,
        bcba,
        insurance,
        auth_97153: insert_authorization(pool, org, patient, "97153", 100).await,
        auth_97155: insert_authorization(pool, org, patient, "97155", 40).await,
    }
}

pub async fn insert_patient(pool: &PgPool, org: Uuid, mrn: &str) -> Uuid {
    sqlx::query_scalar(
        "INSERT INTO patients (organization_id, medical_record_number, first_name, last_name, date_of_birth)
         VALUES ($1, $2, 'Test', 'Patient', '2018-05-05') RETURNING id",
    )
    .bind(org)
    .bind(mrn)
    .fetch_one(pool)
    .await
    .expect("insert patient")
}

pub async fn insert_practitioner(pool: &PgPool, org: Uuid, name: &str, credentials: &str, npi: &str) -> Uuid {
    sqlx::query_scalar(
        "INSERT INTO practitioners (organization_id, name, credentials, npi)
         VALUES ($1, $2, $3::credential[], $4) RETURNING id",
    )
    .bind(org)
    .bind(name)
    .bind(credentials)
    .bind(npi)
    .fetch_one(pool)
    .await
    .expect("insert practitioner")
}

pub async fn insert_authorization(pool: &PgPool, org: Uuid, patient: Uuid, code: &str, total: i32) -> Uuid {
    sqlx::query_scalar(
        "INSERT INTO authorizations (organization_id, patient_id, service_code_owner, service_code,
                                     start_date, end_date, total_units)
         VALUES ($1, $2, $3, $4, '2026-01-01', '2026-12-31', $5) RETURNING id",
    )
    .bind(org)
    .bind(patient)
    .bind(PLATFORM)
    .bind(code)
    .bind(total)
    .fetch_one(pool)
    .await
    .expect("insert authorization")
}

/// An appointment row, as the schema sees it.
pub struct Booking<'a> {
    pub org: Uuid,
    pub patient: Uuid,
    pub practitioner: Uuid,
    pub code: &'a str,
    pub authorization: Option<Uuid>,
    pub starts: &'a str,
    pub ends: &'a str,
    pub group: Option<Uuid>,
}

/// With an authorization, its 4 units are reserved with their ledger line in the same
/// statement, as the database demands (counters equal their rows).
pub async fn book<'e>(pool: impl sqlx::PgExecutor<'e>, b: Booking<'_>) -> Result<Uuid, sqlx::Error> {
    sqlx::query_scalar(
        "WITH ap AS (
             INSERT INTO appointments (organization_id, patient_id, practitioner_id, service_code_owner,
                                       service_code, authorization_id, starts_at, ends_at, units, group_id)
             VALUES ($1, $2, $3, $4, $5, $6, $7::timestamptz, $8::timestamptz, 4, $9)
             RETURNING organization_id, id, authorization_id, units
         ), counter AS (
             UPDATE authorizations a SET scheduled_units = scheduled_units + ap.units
               FROM ap WHERE a.organization_id = ap.organization_id AND a.id = ap.authorization_id
         ), ledger AS (
             INSERT INTO authorization_unit_events (organization_id, authorization_id, kind, scheduled_delta,
                                                    appointment_id)
             SELECT organization_id, authorization_id, 'RESERVE', units, id FROM ap WHERE authorization_id IS NOT NULL
         )
         SELECT id FROM ap",
    )
    .bind(b.org)
    .bind(b.patient)
    .bind(b.practitioner)
    .bind(PLATFORM)
    .bind(b.code)
    .bind(b.authorization)
    .bind(b.starts)
    .bind(b.ends)
    .bind(b.group)
    .fetch_one(pool)
    .await
}

/// The name of the constraint an error violated, or a description of a different error.
pub fn violated(result: Result<impl std::fmt::Debug, sqlx::Error>) -> String {
    match result {
        Err(sqlx::Error::Database(e)) => {
            e.constraint().map(str::to_string).unwrap_or_else(|| format!("no constraint: {e}"))
        }
        other => format!("expected a constraint violation, got {other:?}"),
    }
}
