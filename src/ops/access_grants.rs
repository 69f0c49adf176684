//! Break-the-glass: a super admin reaches a clinic's patient data only through a grant
//! with a stated reason that expires by itself; every audit row made under it names the
//! grant. The grant is the clinic's row, filed in the clinic's audit chain.

use super::Action;
use crate::domain::ids::{Key, OrganizationId};
use serde::Serialize;

use super::{AuditEntry, CommandTx, Done};
use crate::access::{Need, Session};
use crate::db::context::Scope;
use crate::domain::text;
use crate::error::Error;
use crate::store::grants::{self, Grant};
use crate::store::organizations;

const BREAK_GLASS: Action = Action::AccessBreakGlass;
const LIST: Action = Action::AccessList;

/// Grants are the platform's business: only a super admin opens or lists them.
const GRANTORS: Need = Need::Platform;

/// `access break-glass`: a grant on the clinic `organization` names (slug or id; none
/// given is a refusal, on the record like any other) for `minutes`, with `reason`.
pub struct BreakGlass {
    pub organization: Option<String>,
    pub reason: String,
    pub minutes: i64,
}

impl super::Operation for BreakGlass {
    type Output = Grant;

    fn action(&self) -> Action {
        BREAK_GLASS
    }

    fn need(&self) -> Need {
        GRANTORS
    }

    async fn apply(&mut self, tx: &mut CommandTx, _session: &Session) -> Done<Grant> {
        let Some(key) = self.organization.as_deref() else {
            return Err(Error::denied_said([crate::error::Remedy::ChooseOrganization.into()]).into());
        };
        // The domain's sentence after the input's name, which the command line says as its flag.
        let reason = text::reason("", &self.reason)
            .map_err(|e| Error::denied_said([crate::error::Input::Reason.into(), e.into()]))?;
        break_glass(tx, key, &reason, self.minutes).await
    }
}

/// `access list`: the grants of one clinic (slug or id) or of all of them.
pub struct List {
    pub organization: Option<Key<OrganizationId>>,
}

impl super::Operation for List {
    type Output = Vec<GrantRow>;

    fn action(&self) -> Action {
        LIST
    }

    fn need(&self) -> Need {
        GRANTORS
    }

    async fn apply(&mut self, tx: &mut CommandTx, _session: &Session) -> Done<Vec<GrantRow>> {
        list(tx, self.organization.as_ref()).await
    }
}

/// Opens a grant on the clinic `organization` (slug or id) for `minutes`, as the
/// operator, in a transaction begun in platform scope. Every refusal is DENIED: a failed
/// attempt is what monitoring of emergency access looks for.
pub(crate) async fn break_glass(tx: &mut CommandTx, organization: &str, reason: &str, minutes: i64) -> Done<Grant> {
    let operator =
        tx.operator().cloned().ok_or_else(|| Error::denied("break-the-glass needs an identified operator"))?;
    let found = match Key::parse(organization) {
        Ok(key) => organizations::find(tx.conn(), &key).await?,
        Err(_) => None,
    };
    let Some(org) = found else {
        let key = text::bounded(organization, 100);
        return Err(Error::denied(format!("no organization has the slug or id {key}")).into());
    };
    let reason = text::reason("the reason", reason).map_err(Error::denied)?;
    tx.switch(Scope::Organization(org.id)).await?;
    let grant = grants::create(tx.conn(), org.id, operator.id, &operator.email, &reason, minutes).await?;
    let entry = AuditEntry::new(BREAK_GLASS)
        .entity("break_glass_grant", grant.id)
        .detail("reason", grant.reason.clone())
        .detail("minutes", minutes)
        .detail("expires_at", grant.expires_at.to_rfc3339());
    Ok((grant, entry))
}

/// A grant with its clinic's slug.
#[derive(Debug, Serialize)]
pub struct GrantRow {
    pub organization: String,
    #[serde(flatten)]
    pub grant: Grant,
}

/// Every grant of one clinic (slug or id) or of all of them, newest first, each read in
/// its clinic's own scope.
async fn list(tx: &mut CommandTx, organization: Option<&Key<OrganizationId>>) -> Done<Vec<GrantRow>> {
    let orgs = match organization {
        Some(key) => vec![super::organizations::find(tx, key).await?],
        None => organizations::list(tx.conn()).await?,
    };
    let mut rows = Vec::new();
    for org in &orgs {
        tx.enter(Scope::Organization(org.id)).await?;
        let found = grants::list(tx.conn()).await?;
        rows.extend(found.into_iter().map(|grant| GrantRow { organization: org.slug.clone(), grant }));
    }
    tx.leave().await?;
    rows.sort_by_key(|row| std::cmp::Reverse(row.grant.granted_at));
    let entry = AuditEntry::new(LIST).entity_type("break_glass_grant").detail("count", rows.len());
    Ok((rows, entry))
}
