//! Practitioners of the current organization.

use anyhow::{Context, Result};
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use sqlx::PgConnection;
use uuid::Uuid;

use super::keys;

use crate::domain::ids::{Key, OrganizationId, PractitionerId, UserId};

use super::errors::explain;

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Practitioner {
    pub id: PractitionerId,
    pub name: String,
    pub credentials: Vec<String>,
    pub npi: String,
    pub license_number: Option<String>,
    pub license_state: Option<String>,
    pub credential_valid_until: Option<NaiveDate>,
    pub user_email: Option<String>,
    pub is_active: bool,
    pub created_at: DateTime<Utc>,
}

// No organization filter: row-level security scopes every query to the current one.
const SELECT: &str = "SELECT p.id, p.name, p.credentials::text[] AS credentials, p.npi, p.license_number,
                             p.license_state, p.credential_valid_until, u.email AS user_email, p.is_active,
                             p.created_at
                        FROM practitioners p LEFT JOIN users u ON u.id = p.user_id";

#[derive(Debug, Clone)]
pub struct NewPractitioner<'a> {
    pub organization_id: OrganizationId,
    pub name: &'a str,
    pub credentials: &'a [&'a str],
    pub npi: &'a str,
    pub license_number: Option<&'a str>,
    pub license_state: Option<&'a str>,
    pub credential_valid_until: Option<NaiveDate>,
    pub user_id: Option<UserId>,
}

pub async fn create(conn: &mut PgConnection, new: &NewPractitioner<'_>) -> Result<Practitioner> {
    let id: Uuid = crate::db::statement::query_scalar(
        "INSERT INTO practitioners (organization_id, name, credentials, npi, license_number, license_state,
                                    credential_valid_until, user_id)
         VALUES ($1, $2, $3::text[]::credential[], $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(new.organization_id)
    .bind(new.name.trim())
    .bind(new.credentials)
    .bind(new.npi)
    .bind(new.license_number)
    .bind(new.license_state)
    .bind(new.credential_valid_until)
    .bind(new.user_id)
    .fetch_one(&mut *conn)
    .await
    .map_err(explain)?;
    find(conn, &Key::id(id.into())).await?.context("the new practitioner is not visible")
}

pub async fn list(conn: &mut PgConnection, include_inactive: bool) -> Result<Vec<Practitioner>> {
    crate::db::statement::query_as(&format!("{SELECT} WHERE $1 OR p.is_active ORDER BY p.name"))
        .bind(include_inactive)
        .fetch_all(conn)
        .await
        .context("could not list practitioners")
}

/// By NPI, id or a unique prefix of the id.
pub async fn find(conn: &mut PgConnection, key: &Key<PractitionerId>) -> Result<Option<Practitioner>> {
    keys::find_row(conn, key, SELECT, "p.id").await
}

/// By id or NPI, or an error saying none has it.
pub async fn require(conn: &mut PgConnection, key: &Key<PractitionerId>) -> Result<Practitioner> {
    find(conn, key).await?.ok_or_else(|| keys::not_found(key))
}

#[derive(Debug, Clone, Default)]
pub struct PractitionerChanges<'a> {
    pub name: Option<&'a str>,
    pub credentials: Option<&'a [&'a str]>,
    pub npi: Option<&'a str>,
    pub license_number: Option<&'a str>,
    pub license_state: Option<&'a str>,
    pub credential_valid_until: Option<NaiveDate>,
    pub user_id: Option<UserId>,
    pub is_active: Option<bool>,
}

pub async fn update(
    conn: &mut PgConnection,
    id: PractitionerId,
    changes: &PractitionerChanges<'_>,
) -> Result<Practitioner> {
    crate::db::statement::query(
        "UPDATE practitioners SET
             name = coalesce($2, name),
             credentials = coalesce($3::text[]::credential[], credentials),
             npi = coalesce($4, npi),
             license_number = coalesce($5, license_number),
             license_state = coalesce($6, license_state),
             credential_valid_until = coalesce($7, credential_valid_until),
             user_id = coalesce($8, user_id),
             is_active = coalesce($9, is_active)
         WHERE id = $1",
    )
    .bind(id)
    .bind(changes.name)
    .bind(changes.credentials)
    .bind(changes.npi)
    .bind(changes.license_number)
    .bind(changes.license_state)
    .bind(changes.credential_valid_until)
    .bind(changes.user_id)
    .bind(changes.is_active)
    .execute(&mut *conn)
    .await
    .map_err(explain)?;
    find(conn, &Key::id(id)).await?.context("the practitioner is no longer visible")
}

/// The practitioner record linked to a user (their login), if any.
pub async fn of_user(conn: &mut PgConnection, user_id: UserId) -> Result<Option<Practitioner>> {
    crate::db::statement::query_as(&format!("{SELECT} WHERE p.user_id = $1"))
        .bind(user_id)
        .fetch_optional(conn)
        .await
        .context("could not look up the operator's practitioner record")
}
