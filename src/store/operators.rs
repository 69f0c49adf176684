//! Identifying the operator: the database says who is connected (the user whose login
//! role is `session_user`); nothing the client sends can change it.

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
    pub login_role: Option<String>,
}

/// The operator this connection authenticated as, if its login is an operator's.
pub async fn whoami(conn: &mut PgConnection) -> Result<Option<OperatorRecord>> {
    crate::db::statement::query_as(
        "SELECT id, email, name, is_super_admin, organization_id, role, is_active,
                organization_slug, organization_status, login_role
           FROM omnictl_whoami()",
    )
    .fetch_optional(conn)
    .await
    .context("could not ask the database who is connected")
}

/// The login the server authenticated (`session_user`).
pub async fn login(conn: &mut PgConnection) -> Result<String> {
    crate::db::statement::query_scalar("SELECT session_user::text")
        .fetch_one(conn)
        .await
        .context("could not read the session's login")
}
