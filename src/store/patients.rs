//! Patients of the current organization (PHI: every read is audited by the caller).

use anyhow::{Context, Result};
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use sqlx::PgConnection;
use uuid::Uuid;

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Patient {
    pub id: Uuid,
    pub medical_record_number: String,
    pub first_name: String,
    pub last_name: String,
    pub date_of_birth: NaiveDate,
    pub gender: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub address_line1: Option<String>,
    pub address_line2: Option<String>,
    pub city: Option<String>,
    pub state: Option<String>,
    pub postal_code: Option<String>,
    pub guardian_name: Option<String>,
    pub guardian_phone: Option<String>,
    pub archived_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

// No organization filter: row-level security scopes every query to the current one.
const SELECT: &str = "SELECT id, medical_record_number, first_name, last_name, date_of_birth, gender, email, phone,
                             address_line1, address_line2, city, state, postal_code, guardian_name, guardian_phone,
                             archived_at, created_at
                        FROM patients";

/// Patients by last and first name; `search` matches MRN or either name, ignoring case.
pub async fn list(conn: &mut PgConnection, search: Option<&str>, include_archived: bool) -> Result<Vec<Patient>> {
    let pattern =
        search.map(|s| format!("%{}%", s.trim().replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_")));
    sqlx::query_as(&format!(
        "{SELECT} WHERE ($1 OR archived_at IS NULL)
            AND ($2::text IS NULL OR medical_record_number ILIKE $2 OR first_name ILIKE $2 OR last_name ILIKE $2)
          ORDER BY lower(last_name), lower(first_name), medical_record_number"
    ))
    .bind(include_archived)
    .bind(pattern)
    .fetch_all(conn)
    .await
    .context("could not list patients")
}

/// By MRN or id, archived or not.
pub async fn find(conn: &mut PgConnection, key: &str) -> Result<Option<Patient>> {
    sqlx::query_as(&format!("{SELECT} WHERE medical_record_number = $1 OR id = $2"))
        .bind(key.trim())
        .bind(Uuid::parse_str(key.trim()).ok())
        .fetch_optional(conn)
        .await
        .context("could not look up the patient")
}
