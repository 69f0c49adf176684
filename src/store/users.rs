//! Users: the people who operate omnictl.

use anyhow::{Context, Result};
use chrono::{DateTime, Utc};
use serde::Serialize;
use sqlx::postgres::PgArguments;
use sqlx::query::QueryAs;
use sqlx::{PgConnection, Postgres};
use uuid::Uuid;

use super::keys;
use super::listing::ListQuery;

use crate::domain::ids::{Key, OrganizationId, UserId};

use super::errors::explain;
use crate::domain::user::UserRole;

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct User {
    pub id: UserId,
    pub email: String,
    pub name: String,
    pub is_super_admin: bool,
    pub organization_id: Option<OrganizationId>,
    pub organization_slug: Option<String>,
    pub role: Option<UserRole>,
    pub is_active: bool,
    /// The database login of the user (see `omnictl_login_name`).
    pub login_role: Option<String>,
    pub created_at: DateTime<Utc>,
}

const SELECT: &str = "SELECT u.id, u.email, u.name, u.is_super_admin, u.organization_id, o.slug AS organization_slug,
                             u.role, u.is_active, u.login_role, u.created_at
                        FROM users u LEFT JOIN organizations o ON o.id = u.organization_id";

/// A new user: a super admin when `organization_id` is None.
#[derive(Debug, Clone)]
pub(crate) struct NewUser<'a> {
    pub email: &'a str,
    pub name: &'a str,
    pub organization_id: Option<OrganizationId>,
    pub role: Option<UserRole>,
}

pub(crate) async fn create(conn: &mut PgConnection, new: &NewUser<'_>) -> Result<User> {
    let id: Uuid = crate::db::statement::query_scalar(
        "INSERT INTO users (email, name, is_super_admin, organization_id, role)
         VALUES ($1, $2, $3, $4, $5::user_role) RETURNING id",
    )
    .bind(new.email.trim())
    .bind(new.name.trim())
    .bind(new.organization_id.is_none())
    .bind(new.organization_id)
    .bind(new.role)
    .fetch_one(&mut *conn)
    .await
    .map_err(explain)?;
    find(conn, &Key::id(id.into())).await?.context("the new user is not visible")
}

/// `user list`: the users the current scope may see, optionally of one organization,
/// by organization (the platform's first) and email (see [`ListQuery`]).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct UserList {
    pub organization_id: Option<OrganizationId>,
    pub include_inactive: bool,
}

impl ListQuery for UserList {
    type Row = User;
    const NOUN: &'static str = "user";
    const SORTABLE: &'static [(&'static str, &'static str)] = &[
        ("email", "u.email"),
        ("name", "u.name"),
        ("organization", "o.slug"),
        ("organization_slug", "o.slug"),
        ("role", "coalesce(u.role::text, 'super admin')"),
        ("active", "u.is_active"),
        ("is_active", "u.is_active"),
        ("login", "u.login_role"),
        ("login_role", "u.login_role"),
        ("created_at", "u.created_at"),
        ("id", "u.id::text"),
    ];

    fn select(&self) -> String {
        format!("{SELECT} WHERE ($1::uuid IS NULL OR u.organization_id = $1) AND ($2 OR u.is_active)")
    }

    fn order(&self) -> &'static str {
        "o.slug NULLS FIRST, lower(u.email), u.id"
    }

    fn bind<'q, O>(&'q self, query: QueryAs<'q, Postgres, O, PgArguments>) -> QueryAs<'q, Postgres, O, PgArguments> {
        query.bind(self.organization_id).bind(self.include_inactive)
    }
}

/// By email (any case), id or a unique prefix of the id.
pub(crate) async fn find(conn: &mut PgConnection, key: &Key<UserId>) -> Result<Option<User>> {
    keys::find_row(conn, key, SELECT, "u.id").await
}

#[derive(Debug, Clone, Default)]
pub(crate) struct UserChanges<'a> {
    pub email: Option<&'a str>,
    pub name: Option<&'a str>,
    pub role: Option<UserRole>,
    pub is_active: Option<bool>,
}

pub(crate) async fn update(conn: &mut PgConnection, id: UserId, changes: &UserChanges<'_>) -> Result<User> {
    let Some(set) = super::assignments(&[
        ("email = $2", changes.email.is_some()),
        ("name = $3", changes.name.is_some()),
        ("role = $4::user_role", changes.role.is_some()),
        ("is_active = $5", changes.is_active.is_some()),
    ]) else {
        return find(conn, &Key::id(id)).await?.context("the user is no longer visible");
    };
    crate::db::statement::query(&format!("UPDATE users SET {set} WHERE id = $1"))
        .bind(id)
        .bind(changes.email.map(str::trim))
        .bind(changes.name.map(str::trim))
        .bind(changes.role)
        .bind(changes.is_active)
        .execute(&mut *conn)
        .await
        .map_err(explain)?;
    find(conn, &Key::id(id)).await?.context("the user is no longer visible")
}

/// Whether any super admin exists (seen past row-level security, for bootstrap).
pub(crate) async fn super_admin_exists(conn: &mut PgConnection) -> Result<bool> {
    crate::db::statement::query_scalar("SELECT omnictl_super_admin_exists()")
        .fetch_one(conn)
        .await
        .context("could not check for a super admin")
}

/// Serialises bootstraps: two racing first super admins must not both be created.
pub(crate) async fn lock_bootstrap(conn: &mut PgConnection) -> Result<()> {
    crate::db::statement::query("SELECT pg_advisory_xact_lock(hashtext('omnictl.user.bootstrap'))")
        .execute(conn)
        .await
        .context("could not take the bootstrap lock")?;
    Ok(())
}

/// Gives the user's login the password whose SCRAM-SHA-256 `verifier` the client
/// computed; returns the login's name. Refused by the database unless the operator is
/// the user, an ADMIN of their clinic or a super admin.
pub(crate) async fn set_login_password(conn: &mut PgConnection, id: UserId, verifier: &str) -> Result<String> {
    crate::db::statement::query_scalar("SELECT omnictl_set_login_password($1, $2)")
        .bind(id)
        .bind(verifier)
        .fetch_one(conn)
        .await
        .map_err(explain)
}

/// Gives each restored login its user's password back, from the verifier kept for the
/// pooler (`login_verifiers`, in the dump: a SCRAM verifier does not depend on the
/// login's name), through the same definer `user set-password` uses, as the schema's
/// owner. Returns how many logins got theirs.
pub(crate) async fn restore_passwords(conn: &mut PgConnection) -> Result<i64> {
    crate::db::statement::query_scalar(
        "SELECT count(omnictl_set_login_password(v.user_id, v.verifier)) FROM login_verifiers v",
    )
    .fetch_one(conn)
    .await
    .context("could not give the restored logins their passwords back")
}

/// Makes this database's pooler login `login` (None: `omnictl_pooler_` and the
/// database's oid), or gives the one it made a new password, with the SCRAM-SHA-256
/// `verifier` the client computed (see `omnictl_provision_pooler_login`). Only the
/// schema's owner may, and only with CREATEROLE. Returns the login and whether it was
/// created.
pub(crate) async fn provision_pooler_login(
    conn: &mut PgConnection,
    login: Option<&str>,
    verifier: &str,
) -> Result<(String, bool)> {
    crate::db::statement::query_as(
        "SELECT name, omnictl_provision_pooler_login(name, $2)
           FROM (SELECT coalesce($1, 'omnictl_pooler_' || d.oid::text) AS name
                   FROM pg_database d WHERE d.datname = current_database()) wanted",
    )
    .bind(login)
    .bind(verifier)
    .fetch_one(conn)
    .await
    .map_err(|e| match &e {
        sqlx::Error::Database(db) if db.message().contains("permission denied") => {
            crate::error::Error::denied(format!(
                "the database refused to make a pooler login ({}): the schema's owner makes it, and needs \
                 CREATEROLE",
                db.message()
            ))
            .into()
        }
        _ => explain(e),
    })
}

/// The operator `user` if they are a user of the clinic (what a clinic's record names as
/// who recorded it), else None (a super admin acting in a clinic, or no operator).
pub(crate) async fn of_clinic(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    user: Option<UserId>,
) -> Result<Option<UserId>> {
    let Some(user) = user else {
        return Ok(None);
    };
    crate::db::statement::query_scalar("SELECT id FROM users WHERE id = $1 AND organization_id = $2")
        .bind(user)
        .bind(organization_id)
        .fetch_optional(conn)
        .await
        .context("could not look up who records it")
}
