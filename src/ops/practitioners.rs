//! The clinicians of an organization, with the credentials, NPI and license that decide
//! which service codes they may render. Managed by the organization's ADMIN.

use super::Action;
use anyhow::Result;
use chrono::NaiveDate;

use super::appointments::{self, AffectedAppointments};
use super::{AuditEntry, CommandTx, Done, Operation};
use crate::access::{Need, Session};
use crate::domain::dates::DateArg;
use crate::domain::ids::{Key, OrganizationId, PractitionerId, UserId};
use crate::domain::practitioner::{validate_npi, validate_state};
use crate::domain::service_code::Credential;
use crate::error;
use crate::store::appointments::FactsOf;
use crate::store::organizations::Organization;
use crate::store::practitioners::{self, NewPractitioner, Practitioner, PractitionerChanges};
use crate::store::users;

const CREATE: Action = Action::PractitionerCreate;
const LIST: Action = Action::PractitionerList;
const SHOW: Action = Action::PractitionerShow;
const UPDATE: Action = Action::PractitionerUpdate;
const DEACTIVATE: Action = Action::PractitionerDeactivate;

/// Any of a clinic's users reads its practitioners; its ADMIN manages them.
const READERS: Need = Need::Clinic { staff: true };
const WRITERS: Need = Need::Clinic { staff: false };

/// `practitioner create`: a practitioner of the operator's clinic, whose credentials are
/// valid until `credential_valid_until` (a relative date counts from the clinic's today).
pub struct Create {
    pub fields: Fields,
    pub credential_valid_until: Option<DateArg>,
}

impl Operation for Create {
    type Output = Practitioner;

    fn action(&self) -> Action {
        CREATE
    }

    fn need(&self) -> Need {
        WRITERS
    }

    async fn apply(&mut self, tx: &mut CommandTx, session: &Session) -> Done<Practitioner> {
        let fields = self.fields.valid_until(self.credential_valid_until, session);
        create(tx, session.clinic()?.id, &fields).await
    }
}

/// The record of `practitioner list` (with the count of rows it shows).
pub(crate) fn listing() -> super::lists::Read {
    super::lists::Read { action: LIST, need: READERS, entry: AuditEntry::new(LIST).entity_type("practitioner") }
}

/// `practitioner show`: one practitioner, by NPI or id.
pub(crate) struct Show {
    pub practitioner: Key<PractitionerId>,
}

impl Operation for Show {
    type Output = Practitioner;

    fn action(&self) -> Action {
        SHOW
    }

    fn need(&self) -> Need {
        READERS
    }

    async fn apply(&mut self, tx: &mut CommandTx, _session: &Session) -> Done<Practitioner> {
        show(tx, &self.practitioner).await
    }
}

/// `practitioner update`: see [`update`].
pub(crate) struct Update {
    pub practitioner: Key<PractitionerId>,
    pub fields: Fields,
    pub credential_valid_until: Option<DateArg>,
    pub affected: AffectedAppointments,
}

impl Operation for Update {
    type Output = Practitioner;

    fn action(&self) -> Action {
        UPDATE
    }

    fn need(&self) -> Need {
        WRITERS
    }

    async fn apply(&mut self, tx: &mut CommandTx, session: &Session) -> Done<Practitioner> {
        let fields = self.fields.valid_until(self.credential_valid_until, session);
        update(tx, session.clinic()?, &self.practitioner, &fields, &self.affected).await
    }
}

/// `practitioner deactivate`: see [`deactivate`].
pub(crate) struct Deactivate {
    pub practitioner: Key<PractitionerId>,
    pub affected: AffectedAppointments,
}

impl Operation for Deactivate {
    type Output = Practitioner;

    fn action(&self) -> Action {
        DEACTIVATE
    }

    fn need(&self) -> Need {
        WRITERS
    }

    async fn apply(&mut self, tx: &mut CommandTx, session: &Session) -> Done<Practitioner> {
        deactivate(tx, session.clinic()?, &self.practitioner, &self.affected).await
    }
}

/// A practitioner's fields; for an update, None (or no credentials) keeps a field. The
/// name is a valid single line.
#[derive(Debug, Clone, Default)]
pub struct Fields {
    pub name: Option<String>,
    pub credentials: Vec<Credential>,
    pub npi: Option<String>,
    pub license_number: Option<String>,
    pub license_state: Option<String>,
    pub credential_valid_until: Option<NaiveDate>,
    /// The email of the login linked to the practitioner (a user of the same clinic).
    pub user: Option<Key<UserId>>,
}

impl Fields {
    fn validate(&self) -> Result<()> {
        if let Some(npi) = &self.npi {
            validate_npi(npi).map_err(error::refused)?;
        }
        if let Some(state) = &self.license_state {
            validate_state(state).map_err(|e| error::refused(format!("the license state: {e}")))?;
        }
        Ok(())
    }

    /// These fields with the credentials valid until `date`, on the clinic's calendar.
    fn valid_until(&self, date: Option<DateArg>, session: &Session) -> Self {
        Self { credential_valid_until: date.map(|d| d.on(session.today())), ..self.clone() }
    }

    fn credential_labels(&self) -> Vec<&'static str> {
        self.credentials.iter().map(|c| c.as_str()).collect()
    }
}

pub(crate) async fn create(tx: &mut CommandTx, organization_id: OrganizationId, fields: &Fields) -> Done<Practitioner> {
    fields.validate()?;
    let (Some(name), Some(npi)) = (fields.name.as_deref(), fields.npi.as_deref()) else {
        return Err(error::refused("a practitioner needs a name and an NPI"));
    };
    if fields.credentials.is_empty() {
        return Err(error::refused("a practitioner needs at least one credential"));
    }
    let credentials = fields.credential_labels();
    let user_id = linked_user(tx, fields.user.as_ref()).await?;
    let new = NewPractitioner {
        organization_id,
        name,
        credentials: &credentials,
        npi,
        license_number: fields.license_number.as_deref(),
        license_state: fields.license_state.as_deref(),
        credential_valid_until: fields.credential_valid_until,
        user_id,
    };
    let created = practitioners::create(tx.conn(), &new)
        .await
        .map_err(|e| e.context(format!("could not add the practitioner with NPI {npi}")))?;
    let entry = AuditEntry::new(CREATE)
        .entity("practitioner", created.id)
        .created("name", &created.name)
        .created("npi", &created.npi)
        .created("credentials", created.credentials.join(","))
        .created("license_number", &created.license_number);
    Ok((created, entry))
}

async fn show(tx: &mut CommandTx, key: &Key<PractitionerId>) -> Done<Practitioner> {
    let clinic = tx.organization_id();
    let found = practitioners::require(tx.conn(), clinic, key).await?;
    let entry = AuditEntry::new(SHOW).entity("practitioner", found.id);
    Ok((found, entry))
}

/// Changes a practitioner. A change that leaves booked appointments outside the rules
/// (a credential ending before them, a credential the code needs removed) is settled as
/// `affected` says.
async fn update(
    tx: &mut CommandTx,
    organization: &Organization,
    key: &Key<PractitionerId>,
    fields: &Fields,
    affected: &AffectedAppointments,
) -> Done<Practitioner> {
    fields.validate()?;
    let clinic = tx.organization_id();
    let before = practitioners::require(tx.conn(), clinic, key).await?;
    let broken_before = appointments::breaking_now(tx, FactsOf::Practitioner(before.id)).await?;
    let credentials = fields.credential_labels();
    let changes = PractitionerChanges {
        name: fields.name.as_deref(),
        credentials: (!credentials.is_empty()).then_some(credentials.as_slice()),
        npi: fields.npi.as_deref(),
        license_number: fields.license_number.as_deref(),
        license_state: fields.license_state.as_deref(),
        credential_valid_until: fields.credential_valid_until,
        user_id: linked_user(tx, fields.user.as_ref()).await?,
        is_active: None,
    };
    let clinic = tx.clinic()?;
    let after = practitioners::update(tx.conn(), clinic, before.id, &changes)
        .await
        .map_err(|e| e.context(format!("could not update the practitioner {}", before.npi)))?;
    let entry = diff(AuditEntry::new(UPDATE), &before, &after);
    let broken = appointments::newly_breaking(tx, FactsOf::Practitioner(after.id), &broken_before).await?;
    let change = format!("changing the practitioner {} ({})", after.name, after.npi);
    let entry = appointments::settle_affected(tx, organization, &change, &broken, affected, entry).await?;
    Ok((after, entry))
}

/// Deactivates a practitioner; their booked appointments are settled as `affected` says.
async fn deactivate(
    tx: &mut CommandTx,
    organization: &Organization,
    key: &Key<PractitionerId>,
    affected: &AffectedAppointments,
) -> Done<Practitioner> {
    let clinic = tx.organization_id();
    let before = practitioners::require(tx.conn(), clinic, key).await?;
    let broken_before = appointments::breaking_now(tx, FactsOf::Practitioner(before.id)).await?;
    let changes = PractitionerChanges { is_active: Some(false), ..Default::default() };
    let clinic = tx.clinic()?;
    let after = practitioners::update(tx.conn(), clinic, before.id, &changes).await?;
    let entry = diff(AuditEntry::new(DEACTIVATE), &before, &after);
    let broken = appointments::newly_breaking(tx, FactsOf::Practitioner(after.id), &broken_before).await?;
    let change = format!("deactivating the practitioner {} ({})", after.name, after.npi);
    let entry = appointments::settle_affected(tx, organization, &change, &broken, affected, entry).await?;
    Ok((after, entry))
}

/// The linked login, which must be a user of this organization.
async fn linked_user(tx: &mut CommandTx, email: Option<&Key<UserId>>) -> Result<Option<UserId>> {
    let Some(email) = email else { return Ok(None) };
    let user = users::find(tx.conn(), email)
        .await?
        .ok_or_else(|| error::not_found(format!("no user {email} in this organization")))?;
    Ok(Some(user.id))
}

fn diff(entry: AuditEntry, before: &Practitioner, after: &Practitioner) -> AuditEntry {
    entry
        .entity("practitioner", after.id)
        .diff("name", &before.name, &after.name)
        .diff("credentials", &before.credentials.join(","), &after.credentials.join(","))
        .diff("npi", &before.npi, &after.npi)
        .diff("license_number", &before.license_number, &after.license_number)
        .diff("license_state", &before.license_state, &after.license_state)
        .diff("credential_valid_until", &before.credential_valid_until, &after.credential_valid_until)
        .diff("user", &before.user_email, &after.user_email)
        .diff("is_active", &before.is_active, &after.is_active)
}
