//! Organizations (clinics): created, suspended and activated by a super admin; shown to
//! and updated by their own ADMIN.

use super::Action;
use crate::domain::ids::{Key, OrganizationId};
use anyhow::Result;
use serde::Serialize;

use super::{AuditEntry, CommandTx, Done, Operation};
use crate::access::{Need, Session};
use crate::domain::organization::{OrgStatus, OrgType, SubscriptionTier, UnitsRule, validate_slug};
use crate::domain::scheduling::PlaceOfService;
use crate::domain::user::Role;
use crate::error::{self, Error};
use crate::store::organizations::{self, NewOrganization, Organization, OrganizationChanges, OrganizationCounts};

const CREATE: Action = Action::OrgCreate;
const LIST: Action = Action::OrgList;
const SHOW: Action = Action::OrgShow;
const UPDATE: Action = Action::OrgUpdate;
const SUSPEND: Action = Action::OrgSuspend;
const ACTIVATE: Action = Action::OrgActivate;

/// A super admin creates, suspends and activates clinics; anyone sees theirs; a clinic's
/// ADMIN (or a super admin) changes it.
const PLATFORM: Need = Need::Platform;
const READERS: Need = Need::PlatformOrClinic { staff: true };
const WRITERS: Need = Need::PlatformOrClinic { staff: false };

/// `org create`.
pub struct Create {
    pub new: NewClinic,
}

impl Operation for Create {
    type Output = Organization;

    fn action(&self) -> Action {
        CREATE
    }

    fn need(&self) -> Need {
        PLATFORM
    }

    async fn apply(&mut self, tx: &mut CommandTx, _session: &Session) -> Done<Organization> {
        create(tx, &self.new).await
    }
}

/// The record of `org list` (with the count of rows it shows).
pub(crate) fn listing() -> super::lists::Read {
    super::lists::Read { action: LIST, need: READERS, entry: AuditEntry::new(LIST).entity_type("organization") }
}

/// `org show`: the organization named (slug or id), else the operator's own.
pub struct Show {
    pub organization: Option<Key<OrganizationId>>,
}

impl Operation for Show {
    type Output = OrganizationDetail;

    fn action(&self) -> Action {
        SHOW
    }

    fn need(&self) -> Need {
        READERS
    }

    async fn apply(&mut self, tx: &mut CommandTx, session: &Session) -> Done<OrganizationDetail> {
        show(tx, &target(self.organization.as_ref(), session)?).await
    }
}

/// `org update`: the organization named (slug or id), else the operator's own.
pub struct Update {
    pub organization: Option<Key<OrganizationId>>,
    pub changes: Changes,
}

impl Operation for Update {
    type Output = Organization;

    fn action(&self) -> Action {
        UPDATE
    }

    fn need(&self) -> Need {
        WRITERS
    }

    async fn apply(&mut self, tx: &mut CommandTx, session: &Session) -> Done<Organization> {
        update(tx, session.role, &target(self.organization.as_ref(), session)?, &self.changes).await
    }
}

/// `org suspend` and `org activate`: see [`set_status`].
pub struct SetStatus {
    pub organization: Key<OrganizationId>,
    pub status: OrgStatus,
    pub reason: Option<String>,
}

impl Operation for SetStatus {
    type Output = Organization;

    fn action(&self) -> Action {
        if self.status == OrgStatus::Suspended { SUSPEND } else { ACTIVATE }
    }

    fn need(&self) -> Need {
        PLATFORM
    }

    async fn apply(&mut self, tx: &mut CommandTx, _session: &Session) -> Done<Organization> {
        set_status(tx, &self.organization, self.status, self.reason.as_deref()).await
    }
}

/// The organization named, else the operator's own.
fn target(named: Option<&Key<OrganizationId>>, session: &Session) -> Result<Key<OrganizationId>> {
    named
        .cloned()
        .or_else(|| session.organization.as_ref().map(|o| Key::id(o.id)))
        .ok_or_else(|| Error::refused("").then(error::Remedy::NameOrganization).into())
}

/// A new organization: its name already a valid single line.
#[derive(Debug, Clone)]
pub struct NewClinic {
    pub name: String,
    pub slug: String,
    pub org_type: OrgType,
    pub tier: SubscriptionTier,
    pub time_zone: String,
    pub units_rule: UnitsRule,
}

pub(crate) async fn create(tx: &mut CommandTx, new: &NewClinic) -> Done<Organization> {
    validate_slug(&new.slug).map_err(error::refused)?;
    known_zone(tx, &new.time_zone).await?;
    let row = NewOrganization {
        name: new.name.trim(),
        slug: &new.slug,
        org_type: new.org_type,
        subscription_tier: new.tier,
        time_zone: &new.time_zone,
        units_rule: new.units_rule,
    };
    let org = organizations::create(tx.conn(), &row)
        .await
        .map_err(|e| e.context(format!("could not create the organization {}", new.slug)))?;
    let entry = AuditEntry::new(CREATE)
        .entity("organization", org.id)
        .created("name", &org.name)
        .created("slug", &org.slug)
        .created("org_type", org.org_type)
        .created("subscription_tier", org.subscription_tier)
        .created("time_zone", &org.time_zone)
        .created("units_rule", org.units_rule);
    Ok((org, entry))
}

/// An organization with the counts a super admin may see.
#[derive(Debug, Serialize)]
pub struct OrganizationDetail {
    #[serde(flatten)]
    pub organization: Organization,
    pub counts: Option<OrganizationCounts>,
}

async fn show(tx: &mut CommandTx, key: &Key<OrganizationId>) -> Done<OrganizationDetail> {
    let organization = find(tx, key).await?;
    let counts = organizations::counts(tx.conn(), organization.id).await?;
    let entry = AuditEntry::new(SHOW).entity("organization", organization.id);
    Ok((OrganizationDetail { organization, counts }, entry))
}

/// Changes of `org update`; None keeps a field.
#[derive(Debug, Clone, Default)]
pub struct Changes {
    pub name: Option<String>,
    pub org_type: Option<OrgType>,
    pub tier: Option<SubscriptionTier>,
    pub time_zone: Option<String>,
    pub units_rule: Option<UnitsRule>,
    pub default_place: Option<PlaceOfService>,
    /// 95 or GT, already checked.
    pub telehealth_modifier: Option<String>,
}

async fn update(tx: &mut CommandTx, role: Role, key: &Key<OrganizationId>, changes: &Changes) -> Done<Organization> {
    if changes.tier.is_some() && role != Role::SuperAdmin {
        return Err(Error::denied("only a super admin changes the subscription tier").into());
    }
    let before = find(tx, key).await?;
    if let Some(zone) = &changes.time_zone {
        known_zone(tx, zone).await?;
    }
    let row = OrganizationChanges {
        name: changes.name.as_deref(),
        org_type: changes.org_type,
        subscription_tier: changes.tier,
        time_zone: changes.time_zone.as_deref(),
        units_rule: changes.units_rule,
        status: None,
        default_place_of_service: changes.default_place,
        telehealth_modifier: changes.telehealth_modifier.as_deref(),
    };
    let after = organizations::update(tx.conn(), before.id, &row).await?;
    let entry = diff(AuditEntry::new(UPDATE), &before, &after);
    Ok((after, entry))
}

/// Suspends (its users are refused) or activates an organization.
async fn set_status(
    tx: &mut CommandTx,
    key: &Key<OrganizationId>,
    status: OrgStatus,
    reason: Option<&str>,
) -> Done<Organization> {
    let action = if status == OrgStatus::Suspended { SUSPEND } else { ACTIVATE };
    let before = find(tx, key).await?;
    let row = OrganizationChanges { status: Some(status), ..Default::default() };
    let after = organizations::update(tx.conn(), before.id, &row).await?;
    let entry = diff(AuditEntry::new(action), &before, &after);
    let entry = match reason {
        Some(reason) => entry.detail("reason", reason),
        None => entry,
    };
    Ok((after, entry))
}

/// For a clinic user, other clinics are invisible, and "not found" is all they learn.
pub(crate) async fn find(tx: &mut CommandTx, key: &Key<OrganizationId>) -> Result<Organization> {
    organizations::find(tx.conn(), key)
        .await?
        .ok_or_else(|| error::not_found(format!("no organization {key} (or it is not yours to see)")))
}

async fn known_zone(tx: &mut CommandTx, zone: &str) -> Result<()> {
    if organizations::time_zone_exists(tx.conn(), zone).await? {
        return Ok(());
    }
    Err(Error::refused(format!("unknown time zone {zone:?}"))
        .hint("use an IANA name such as America/Chicago (see pg_timezone_names)")
        .into())
}

/// Old and new values of every field that changed (organizations hold no PHI).
fn diff(entry: AuditEntry, before: &Organization, after: &Organization) -> AuditEntry {
    entry
        .entity("organization", after.id)
        .diff("name", &before.name, &after.name)
        .diff("org_type", &before.org_type, &after.org_type)
        .diff("status", &before.status, &after.status)
        .diff("subscription_tier", &before.subscription_tier, &after.subscription_tier)
        .diff("time_zone", &before.time_zone, &after.time_zone)
        .diff("units_rule", &before.units_rule, &after.units_rule)
        .diff("default_place_of_service", &before.default_place_of_service, &after.default_place_of_service)
        .diff("telehealth_modifier", &before.telehealth_modifier, &after.telehealth_modifier)
}
