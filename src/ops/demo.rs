//! The tool's own demo data as operations: the quickstart's demo clinic (its super
//! admin, the clinic and its users, the clinic filled by its admin) and `seed demo`'s
//! synthetic clinics. Each runs through the one runner as who would do it, each step
//! with its audit entry; a step that finds everything in place changes nothing, not even
//! the audit trail ([`Unchanged`]).

use anyhow::anyhow;

use super::runner::Unchanged;
use super::{Action, AuditEntry, CommandTx, Done, Operation};
use crate::access::{Need, Session};
use crate::audit::OperatorRef;
use crate::demo::clinic::{self, CLINIC_ADMIN, DemoClinic, NAME, PRACTITIONER_LOGINS, SLUG, SUPER_ADMIN, SuperAdmin};
use crate::domain::ids::SessionId;
use crate::domain::organization::{OrgType, SubscriptionTier, UnitsRule};
use crate::domain::user::UserRole;
use crate::store::organizations::{self, Organization};
use crate::store::{patients, users};

/// The demo super admin, bootstrapped by the schema's owner when the platform has none
/// (under the same lock as `user bootstrap`); says whether it is there.
#[derive(Default)]
pub(crate) struct DemoSuperAdmin {
    pub found: Option<SuperAdmin>,
}

impl Operation for DemoSuperAdmin {
    type Output = SuperAdmin;

    fn action(&self) -> Action {
        Action::UserBootstrap
    }

    fn need(&self) -> Need {
        Need::Platform
    }

    async fn apply(&mut self, tx: &mut CommandTx, _session: &Session) -> Done<SuperAdmin> {
        users::lock_bootstrap(tx.conn()).await?;
        if let Some(user) = users::find(tx.conn(), &crate::domain::ids::Key::known(SUPER_ADMIN)).await? {
            self.found = Some(if user.is_super_admin { SuperAdmin::Demo } else { SuperAdmin::Other });
            return Err(Unchanged.into());
        }
        if users::super_admin_exists(tx.conn()).await? {
            self.found = Some(SuperAdmin::Other);
            return Err(Unchanged.into());
        }
        let (_, entry) = super::users::bootstrap(tx, SUPER_ADMIN, "Demo Super Admin", None).await?;
        Ok((SuperAdmin::Bootstrapped, entry))
    }
}

/// The demo clinic and its users (its ADMIN, the practitioners who sign their notes),
/// as a super admin in platform scope; what is there already is left as it is.
#[derive(Default)]
pub(crate) struct Provision {
    /// The clinic and its ADMIN, found or made.
    pub provisioned: Option<(Organization, OperatorRef)>,
}

impl Operation for Provision {
    type Output = (Organization, OperatorRef);

    fn action(&self) -> Action {
        Action::QuickstartProvision
    }

    fn need(&self) -> Need {
        Need::Platform
    }

    async fn apply(&mut self, tx: &mut CommandTx, _session: &Session) -> Done<Self::Output> {
        organizations::lock_demo(tx.conn()).await?;
        let mut changed = false;
        let organization = match organizations::find(tx.conn(), &crate::domain::ids::Key::known(SLUG)).await? {
            Some(organization) => organization,
            None => {
                changed = true;
                let new = super::organizations::NewClinic {
                    name: NAME.to_string(),
                    slug: SLUG.to_string(),
                    org_type: OrgType::Clinic,
                    tier: SubscriptionTier::Trial,
                    time_zone: "America/Chicago".to_string(),
                    units_rule: UnitsRule::Midpoint,
                };
                let (organization, entry) = super::organizations::create(tx, &new).await?;
                tx.record(entry).await?;
                organization
            }
        };
        let mut admin = None;
        let wanted = [(CLINIC_ADMIN, "Morgan Ellery", UserRole::Admin)]
            .into_iter()
            .chain(PRACTITIONER_LOGINS.iter().map(|&(_, email, name)| (email, name, UserRole::Staff)));
        for (email, name, role) in wanted {
            let user = match users::find(tx.conn(), &crate::domain::ids::Key::known(email)).await? {
                Some(user) => user,
                None => {
                    changed = true;
                    let new = super::users::NewOperator {
                        email: email.to_string(),
                        name: name.to_string(),
                        clinic: Some((organization.id, role)),
                    };
                    let (user, entry) = super::users::create(tx, &new).await?;
                    tx.record(entry).await?;
                    user
                }
            };
            if role == UserRole::Admin {
                admin = Some(OperatorRef { id: user.id, email: user.email });
            }
        }
        let admin = admin.ok_or_else(|| anyhow!("the demo clinic's admin is missing"))?;
        let entry = AuditEntry::new(Action::QuickstartProvision).entity("organization", organization.id);
        self.provisioned = Some((organization.clone(), admin.clone()));
        if !changed {
            return Err(Unchanged.into());
        }
        Ok(((organization, admin), entry))
    }
}

/// The demo clinic filled by its ADMIN, unless it has patients already: practitioners,
/// patients and their insurance, authorizations, a week of appointments and sessions
/// delivered, in one transaction with an entry per step.
pub(crate) struct Fill {
    pub admin: OperatorRef,
    pub state: SuperAdmin,
    /// What the clinic holds, and the sessions whose notes their practitioners sign.
    pub filled: Option<(DemoClinic, Vec<(String, SessionId)>)>,
}

impl Operation for Fill {
    type Output = ();

    fn action(&self) -> Action {
        Action::QuickstartDemo
    }

    fn need(&self) -> Need {
        Need::Clinic { staff: false }
    }

    async fn apply(&mut self, tx: &mut CommandTx, session: &Session) -> Done<()> {
        let organization = session.clinic()?;
        let mut demo = DemoClinic {
            organization: organization.slug.clone(),
            created: false,
            super_admin: (self.state != SuperAdmin::Other).then(|| SUPER_ADMIN.to_string()),
            clinic_admin: self.admin.email.clone(),
            practitioners: 0,
            patients: 0,
            policies: 0,
            authorizations: 0,
            appointments: 0,
            completed_sessions: 0,
            super_admin_state: Some(self.state),
        };
        organizations::lock_demo(tx.conn()).await?;
        if patients::any(tx.conn()).await? {
            self.filled = Some((demo, Vec::new()));
            return Err(Unchanged.into());
        }
        let to_sign = clinic::populate(tx, organization, &mut demo).await?;
        let entry = AuditEntry::new(Action::QuickstartDemo)
            .entity("organization", organization.id)
            .detail("patients", demo.patients)
            .detail("appointments", demo.appointments)
            .detail("sessions", demo.completed_sessions);
        demo.created = true;
        self.filled = Some((demo, to_sign));
        Ok(((), entry))
    }
}

/// What `seed demo` did with one clinic.
#[derive(Debug, Clone, serde::Serialize)]
pub(crate) struct SeededClinic {
    pub organization: String,
    pub created: bool,
    pub patients: u64,
    pub policies: u64,
    pub authorizations: u64,
}

/// `seed demo`, one synthetic clinic: the organization (platform scope), then, in the
/// clinic's scope under a break-the-glass grant on the record, its practitioners and
/// the three imports — in one transaction, each step with its audit row and items. A
/// clinic is complete or has no patients at all, and one that has patients is left as
/// it is (the grant that looked is on the record).
pub(crate) struct SeedClinic {
    pub number: u32,
    pub seed: u64,
    pub patients: u32,
}

impl Operation for SeedClinic {
    type Output = SeededClinic;

    fn action(&self) -> Action {
        Action::SeedDemo
    }

    fn need(&self) -> Need {
        Need::Platform
    }

    async fn apply(&mut self, tx: &mut CommandTx, session: &Session) -> Done<SeededClinic> {
        use crate::import::Format::Csv;
        use crate::import::authorizations::Authorizations;
        use crate::import::insurances::Insurances;
        use crate::import::patients::Patients;

        let slug = format!("demo-{:03}", self.number);
        let organization = match organizations::find(tx.conn(), &crate::domain::ids::Key::known(&slug)).await? {
            Some(organization) => organization,
            None => {
                let new = super::organizations::NewClinic {
                    name: format!("Demo Clinic {:03}", self.number),
                    slug: slug.clone(),
                    org_type: OrgType::Clinic,
                    tier: SubscriptionTier::Trial,
                    time_zone: "America/Chicago".to_string(),
                    units_rule: UnitsRule::Midpoint,
                };
                let (organization, entry) = super::organizations::create(tx, &new).await?;
                tx.record(entry).await?;
                organization
            }
        };
        tx.assume(&session.actor, crate::db::context::Scope::Organization(organization.id)).await?;
        let mut seeded =
            SeededClinic { organization: slug.clone(), created: false, patients: 0, policies: 0, authorizations: 0 };
        // A super admin writes a clinic's patient rows only under a break-the-glass grant,
        // as the database insists; this one is on the record with the data it let in.
        let (_, grant) = super::access_grants::break_glass(tx, &slug, "seed demo: synthetic demo data", 60).await?;
        tx.record(grant).await?;
        let entry = AuditEntry::new(Action::SeedDemo).entity("organization", organization.id).detail("seed", self.seed);
        if patients::any(tx.conn()).await? {
            return Ok((seeded, entry.detail("created", false)));
        }
        // Dates of the demo data (credentials, coverage, authorizations) are the clinic's.
        let today = organizations::local_now(tx.conn(), organization.id).await?.date();
        crate::demo::create_practitioners(tx, organization.id, 100_000_000 + self.number * 10, today, &[]).await?;
        let files = crate::demo::clinic_files(self.seed, self.number, self.patients, today);
        let label = format!("demo data of {slug}");
        let org = organization.id;
        seeded.patients = crate::demo::load(tx, &Patients, org, &label, files.patients, Csv).await?.created;
        seeded.policies = crate::demo::load(tx, &Insurances, org, &label, files.insurance, Csv).await?.created;
        seeded.authorizations =
            crate::demo::load(tx, &Authorizations, org, &label, files.authorizations, Csv).await?.created;
        seeded.created = true;
        Ok((seeded, entry))
    }
}
