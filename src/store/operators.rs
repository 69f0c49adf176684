//! Identifying the operator: the database says who is connected (the user whose login
//! role is `session_user`); nothing the client sends can change it.

use anyhow::{Context, Result};
use chrono::{DateTime, Utc};
use sqlx::{FromRow, PgConnection};

use crate::domain::ids::{OrganizationId, UserId};

use crate::domain::organization::{OrgStatus, OrgType, SubscriptionTier, UnitsRule};
use crate::domain::scheduling::PlaceOfService;
use crate::domain::user::UserRole;
use crate::store::organizations::Organization;

/// A user as far as acting on their behalf is concerned.
#[derive(Debug, Clone, sqlx::FromRow)]
pub(crate) struct OperatorRecord {
    pub id: UserId,
    pub email: String,
    pub is_super_admin: bool,
    pub organization_id: Option<OrganizationId>,
    pub role: Option<UserRole>,
    pub is_active: bool,
    pub organization_slug: Option<String>,
    pub organization_status: Option<OrgStatus>,
    pub login_role: Option<String>,
}

/// The operator this connection authenticated as, if its login is an operator's.
pub(crate) async fn whoami(conn: &mut PgConnection) -> Result<Option<OperatorRecord>> {
    crate::db::statement::query_as(
        "SELECT id, email, name, is_super_admin, organization_id, role::text AS role, is_active,
                organization_slug, organization_status::text AS organization_status, login_role
           FROM omnictl_whoami()",
    )
    .fetch_optional(conn)
    .await
    .context("could not ask the database who is connected")
}

/// The login the server authenticated (`session_user`).
pub(crate) async fn login(conn: &mut PgConnection) -> Result<String> {
    crate::db::statement::query_scalar("SELECT session_user::text")
        .fetch_one(conn)
        .await
        .context("could not read the session's login")
}

/// The operator's own organization as [`identify`] reads it.
#[derive(sqlx::FromRow)]
struct OwnOrganization {
    organization_name: Option<String>,
    organization_type: Option<OrgType>,
    organization_subscription_tier: Option<SubscriptionTier>,
    organization_time_zone: Option<String>,
    organization_units_rule: Option<UnitsRule>,
    organization_place_of_service: Option<PlaceOfService>,
    organization_telehealth_modifier: Option<String>,
    organization_created_at: Option<DateTime<Utc>>,
}

/// Who the connection's login is: the operator and their own organization (as
/// [`identify`] reads them).
pub(crate) type Identity = (OperatorRecord, Option<Organization>);

/// [`whoami`] and the operator's own organization, in one statement: the organization
/// as the operator would read it in their own scope (none when they may not act, or
/// belong to none).
pub(crate) async fn identify(conn: &mut PgConnection) -> Result<Option<Identity>> {
    // The simple protocol: one round trip, where a prepared statement takes two.
    // (Through the executor: sqlx 0.8's `RawSql::fetch_optional` is its `fetch_one`.)
    let row = sqlx::Executor::fetch_optional(conn, sqlx::raw_sql("SELECT * FROM omnictl_identify()"))
        .await
        .context("could not ask the database who is connected")?;
    match row {
        Some(row) => identity_of(&row),
        None => Ok(None),
    }
}

/// What the schema says of its migrations (the fingerprint the last `migrate run` left
/// as the database's setting, which the server gave this connection when it began; any
/// change to the table of migrations removes it) and [`identify`]'s answer: the
/// connection's first statement, before any transaction, so that a command needs no
/// second round trip for either. Asked only on the local database (no pooler keeps an
/// older connection's setting) and on an operator's login (the schema's owner may not call
/// `omnictl_identify()`).
pub(crate) async fn schema_and_identity(pool: &sqlx::PgPool) -> Result<(Option<String>, Option<Identity>)> {
    let statement = format!(
        "SELECT s.schema_fingerprint, i.* FROM (SELECT current_setting('{}', true) AS schema_fingerprint) s \
         LEFT JOIN omnictl_identify() i ON true",
        crate::db::migrations::STAMP
    );
    // All of the reply, to its end: a reply left unread costs the next statement a round
    // trip to resynchronize.
    let rows = sqlx::Executor::fetch_all(pool, sqlx::raw_sql(&statement))
        .await
        .context("could not ask the database who is connected")?;
    let row = rows.first().context("the database said nothing of who is connected")?;
    let fingerprint: Option<String> = sqlx::Row::try_get(row, "schema_fingerprint")?;
    let identified: Option<UserId> = sqlx::Row::try_get(row, "id")?;
    let identity = match identified {
        Some(_) => identity_of(row)?,
        None => None,
    };
    Ok((fingerprint, identity))
}

fn identity_of(row: &sqlx::postgres::PgRow) -> Result<Option<Identity>> {
    let user = OperatorRecord::from_row(row)?;
    let own = OwnOrganization::from_row(row)?;
    let organization = match (user.organization_id, user.organization_slug.clone(), user.organization_status, own) {
        (
            Some(id),
            Some(slug),
            Some(status),
            OwnOrganization {
                organization_name: Some(name),
                organization_type: Some(org_type),
                organization_subscription_tier: Some(subscription_tier),
                organization_time_zone: Some(time_zone),
                organization_units_rule: Some(units_rule),
                organization_place_of_service: Some(default_place_of_service),
                organization_telehealth_modifier: Some(telehealth_modifier),
                organization_created_at: Some(created_at),
            },
        ) => Some(Organization {
            id,
            name,
            slug,
            org_type,
            status,
            subscription_tier,
            time_zone,
            units_rule,
            default_place_of_service,
            telehealth_modifier,
            created_at,
        }),
        _ => None,
    };
    Ok(Some((user, organization)))
}

/// Whether the connection's login is the schema's owner (a member of the role that owns
/// the users table) and no operator's login.
pub(crate) async fn is_schema_owner(conn: &mut PgConnection) -> Result<bool> {
    Ok(crate::db::statement::query_scalar(
        "SELECT pg_has_role(session_user, (SELECT c.relowner FROM pg_class c WHERE c.oid = 'public.users'::regclass), 'MEMBER')
                AND NOT EXISTS (SELECT 1 FROM omnictl_whoami())",
    )
    .fetch_one(conn)
    .await?)
}
