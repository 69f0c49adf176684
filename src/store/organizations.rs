//! Organizations.

use anyhow::{Context, Result};
use chrono::{DateTime, Utc};
use serde::Serialize;
use sqlx::postgres::PgArguments;
use sqlx::query::QueryAs;
use sqlx::{PgConnection, Postgres};

use super::listing::ListQuery;

use super::keys;

use crate::domain::ids::{Key, OrganizationId};

use super::errors::explain;
use crate::domain::organization::{OrgStatus, OrgType, SubscriptionTier, UnitsRule};
use crate::domain::scheduling::PlaceOfService;

#[derive(Debug, Clone, Serialize, sqlx::FromRow, PartialEq, Eq)]
pub struct Organization {
    pub id: OrganizationId,
    pub name: String,
    pub slug: String,
    pub org_type: OrgType,
    pub status: OrgStatus,
    pub subscription_tier: SubscriptionTier,
    pub time_zone: String,
    pub units_rule: UnitsRule,
    /// Where appointments happen unless booked elsewhere.
    pub default_place_of_service: PlaceOfService,
    /// The modifier the clinic's payers require on telehealth claims (95 or GT).
    pub telehealth_modifier: String,
    pub created_at: DateTime<Utc>,
}

/// The states as their labels: text needs no lookup of the enum types' OIDs.
const COLUMNS: &str = "id, name, slug, org_type::text AS org_type, status::text AS status, \
                       subscription_tier::text AS subscription_tier, time_zone, units_rule::text AS units_rule, \
                       default_place_of_service::text AS default_place_of_service, telehealth_modifier, created_at";

/// A new organization's fields, already validated.
#[derive(Debug, Clone)]
pub(crate) struct NewOrganization<'a> {
    pub name: &'a str,
    pub slug: &'a str,
    pub org_type: OrgType,
    pub subscription_tier: SubscriptionTier,
    pub time_zone: &'a str,
    pub units_rule: UnitsRule,
}

/// Written, then read back: Citus returns no cast value from a write to a reference table.
pub(crate) async fn create(conn: &mut PgConnection, new: &NewOrganization<'_>) -> Result<Organization> {
    let id: OrganizationId = crate::db::statement::query_scalar(
        "INSERT INTO organizations (name, slug, org_type, subscription_tier, time_zone, units_rule)
         VALUES ($1, $2, $3::organization_type, $4::subscription_tier, $5, $6::units_rule)
         RETURNING id",
    )
    .bind(new.name)
    .bind(new.slug)
    .bind(new.org_type)
    .bind(new.subscription_tier)
    .bind(new.time_zone)
    .bind(new.units_rule)
    .fetch_one(&mut *conn)
    .await
    .map_err(explain)?;
    reread(conn, id).await
}

async fn reread(conn: &mut PgConnection, id: OrganizationId) -> Result<Organization> {
    find(conn, &Key::id(id)).await?.context("the organization is no longer visible")
}

/// Every organization the current scope may see, by slug.
pub(crate) async fn list(conn: &mut PgConnection) -> Result<Vec<Organization>> {
    crate::db::statement::query_as(&format!("SELECT {COLUMNS} FROM organizations ORDER BY slug"))
        .fetch_all(conn)
        .await
        .context("could not list organizations")
}

/// `org list`: every organization the current scope may see, by slug (see [`ListQuery`]).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct OrganizationList;

impl ListQuery for OrganizationList {
    type Row = Organization;
    const NOUN: &'static str = "organization";
    const SORTABLE: &'static [(&'static str, &'static str)] = &[
        ("slug", "slug"),
        ("name", "name"),
        ("type", "org_type::text"),
        ("status", "status::text"),
        ("tier", "subscription_tier::text"),
        ("time_zone", "time_zone"),
        ("units_rule", "units_rule::text"),
        ("place", "default_place_of_service::text"),
        ("id", "id::text"),
    ];

    fn select(&self) -> String {
        format!("SELECT {COLUMNS} FROM organizations")
    }

    fn order(&self) -> &'static str {
        "slug"
    }

    fn bind<'q, O>(&'q self, query: QueryAs<'q, Postgres, O, PgArguments>) -> QueryAs<'q, Postgres, O, PgArguments> {
        query
    }
}

/// By slug, id or a unique prefix of the id.
pub(crate) async fn find(conn: &mut PgConnection, key: &Key<OrganizationId>) -> Result<Option<Organization>> {
    keys::find_row(conn, key, &format!("SELECT {COLUMNS} FROM organizations"), "id").await
}

/// Changes the given fields (None leaves a field as it is).
#[derive(Debug, Clone, Default)]
pub(crate) struct OrganizationChanges<'a> {
    pub name: Option<&'a str>,
    pub org_type: Option<OrgType>,
    pub subscription_tier: Option<SubscriptionTier>,
    pub time_zone: Option<&'a str>,
    pub units_rule: Option<UnitsRule>,
    pub status: Option<OrgStatus>,
    pub default_place_of_service: Option<PlaceOfService>,
    pub telehealth_modifier: Option<&'a str>,
}

/// Only the given fields are assigned (see [`super::assignments`]); the row is read back.
pub(crate) async fn update(
    conn: &mut PgConnection,
    id: OrganizationId,
    changes: &OrganizationChanges<'_>,
) -> Result<Organization> {
    let Some(set) = super::assignments(&[
        ("name = $2", changes.name.is_some()),
        ("org_type = $3::organization_type", changes.org_type.is_some()),
        ("subscription_tier = $4::subscription_tier", changes.subscription_tier.is_some()),
        ("time_zone = $5", changes.time_zone.is_some()),
        ("units_rule = $6::units_rule", changes.units_rule.is_some()),
        ("status = $7::organization_status", changes.status.is_some()),
        ("default_place_of_service = $8::place_of_service", changes.default_place_of_service.is_some()),
        ("telehealth_modifier = $9", changes.telehealth_modifier.is_some()),
    ]) else {
        return reread(conn, id).await;
    };
    crate::db::statement::query(&format!("UPDATE organizations SET {set} WHERE id = $1"))
        .bind(id)
        .bind(changes.name)
        .bind(changes.org_type)
        .bind(changes.subscription_tier)
        .bind(changes.time_zone)
        .bind(changes.units_rule)
        .bind(changes.status)
        .bind(changes.default_place_of_service)
        .bind(changes.telehealth_modifier)
        .execute(&mut *conn)
        .await
        .map_err(explain)?;
    reread(conn, id).await
}

#[derive(Debug, Clone, Copy, Serialize, sqlx::FromRow)]
pub struct OrganizationCounts {
    pub patients: i64,
    pub practitioners: i64,
    pub active_authorizations: i64,
    pub users: i64,
}

/// Counts only, through the database function that may see them in platform scope.
pub(crate) async fn counts(conn: &mut PgConnection, id: OrganizationId) -> Result<Option<OrganizationCounts>> {
    crate::db::statement::query_as("SELECT * FROM omnictl_organization_counts($1)")
        .bind(id)
        .fetch_optional(conn)
        .await
        .context("could not count the organization's records")
}

/// Whether PostgreSQL knows the IANA time zone name.
pub(crate) async fn time_zone_exists(conn: &mut PgConnection, zone: &str) -> Result<bool> {
    crate::db::statement::query_scalar("SELECT EXISTS (SELECT 1 FROM pg_timezone_names WHERE name = $1)")
        .bind(zone)
        .fetch_one(conn)
        .await
        .context("could not check the time zone")
}

/// The database's clock: the instant a session starts or ends when no time is given.
pub(crate) async fn now(conn: &mut PgConnection) -> Result<chrono::DateTime<chrono::Utc>> {
    crate::db::statement::query_scalar("SELECT now()")
        .fetch_one(conn)
        .await
        .context("could not read the database's time")
}

/// The wall-clock time now in the organization's time zone.
pub(crate) async fn local_now(conn: &mut PgConnection, id: OrganizationId) -> Result<chrono::NaiveDateTime> {
    crate::db::statement::query_scalar("SELECT now() AT TIME ZONE time_zone FROM organizations WHERE id = $1")
        .bind(id)
        .fetch_one(conn)
        .await
        .context("could not read the organization's time")
}

/// Serialises the creation of the quickstart's demo clinic until commit: concurrent
/// first runs take turns, and the later ones find what the first created.
pub(crate) async fn lock_demo(conn: &mut PgConnection) -> Result<()> {
    crate::db::statement::query("SELECT pg_advisory_xact_lock(hashtext('omnictl.demo'))")
        .execute(conn)
        .await
        .context("could not take the demo clinic's lock")?;
    Ok(())
}
