//! Identifying the operator: a lookup that must work before any scope is set.

use anyhow::{Context, Result};
use sqlx::PgConnection;

use crate::domain::ids::{OrganizationId, UserId};

use crate::domain::organization::OrgStatus;
use crate::domain::user::UserRole;

/// A user as far as acting on their behalf is concerned.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct OperatorRecord {
    pub id: UserId,
    pub email: String,
    pub name: String,
    pub is_super_admin: bool,
    pub organization_id: Option<OrganizationId>,
    pub role: Option<UserRole>,
    pub is_active: bool,
    pub organization_slug: Option<String>,
    pub organization_status: Option<OrgStatus>,
}

/// Looks a user up by email (case-insensitively) through the one function that may see
/// past row-level security for this purpose.
pub async fn find_by_email(conn: &mut PgConnection, email: &str) -> Result<Option<OperatorRecord>> {
    sqlx::query_as(
        "SELECT id, email, name, is_super_admin, organization_id, role, is_active,
                organization_slug, organization_status
           FROM omnictl_find_operator($1)",
    )
    .bind(email.trim())
    .fetch_optional(conn)
    .await
    .context("could not look up the operator")
}
