//! Patients' insurance policies (PHI: reads are audited, changes name the fields they
//! touched, never their values). Whether a policy is active is decided on the clinic's
//! date.

use super::Action;
use crate::access::{Need, Session};
use crate::domain::dates::DateArg;
use crate::ops::appointments::AffectedAppointments;
use anyhow::Result;
use chrono::NaiveDate;
use uuid::Uuid;

use super::{AuditEntry, CommandTx, Done, Invalid, Operation};
use crate::domain::ids::{Key, OrganizationId, PatientId, PolicyId};
use crate::domain::insurance::{InsuranceText, Priority, Relationship, is_active, validate_insurance};
use crate::error;
use crate::store::insurances::{self, Policy};
use crate::store::{organizations, patients};

const CREATE: Action = Action::InsuranceCreate;
const READ: Action = Action::InsuranceRead;
const UPDATE: Action = Action::InsuranceUpdate;
const END: Action = Action::InsuranceEnd;
const REMOVE: Action = Action::InsuranceRemove;

/// Insurance is patient data: any of the clinic's users reads it; its ADMIN changes it.
pub(crate) const READERS: Need = Need::PatientData { staff: true };
pub(crate) const WRITERS: Need = Need::PatientData { staff: false };

/// `insurance add`: a policy of `patient` (MRN or id), covering from `start` to `end`
/// (relative dates count from the clinic's today).
pub struct Add {
    pub patient: Key<PatientId>,
    pub input: PolicyInput,
    pub start: DateArg,
    pub end: Option<DateArg>,
}

impl Operation for Add {
    type Output = Policy;

    fn action(&self) -> Action {
        CREATE
    }

    fn need(&self) -> Need {
        WRITERS
    }

    async fn apply(&mut self, tx: &mut CommandTx, session: &Session) -> Done<Policy> {
        let today = session.today();
        let input = PolicyInput {
            coverage_start: Some(self.start.on(today).to_string()),
            coverage_end: self.end.map(|d| d.on(today).to_string()),
            ..self.input.clone()
        };
        add(tx, session.clinic()?.id, &self.patient, &input).await
    }
}

/// `insurance list`: the policies of one patient (MRN or id).
pub(crate) struct List {
    pub patient: Key<PatientId>,
}

impl Operation for List {
    type Output = Vec<Policy>;

    fn action(&self) -> Action {
        READ
    }

    fn need(&self) -> Need {
        READERS
    }

    async fn apply(&mut self, tx: &mut CommandTx, _session: &Session) -> Done<Vec<Policy>> {
        list(tx, &self.patient).await
    }
}

/// `insurance update`: the policy `policy` names changed as `input` says; coverage from
/// `start`, and to `end` (`Some(None)`: no end any more).
pub(crate) struct Update {
    pub policy: Key<PolicyId>,
    pub input: PolicyInput,
    pub start: Option<DateArg>,
    pub end: Option<Option<DateArg>>,
}

impl Operation for Update {
    type Output = Policy;

    fn action(&self) -> Action {
        UPDATE
    }

    fn need(&self) -> Need {
        WRITERS
    }

    async fn apply(&mut self, tx: &mut CommandTx, session: &Session) -> Done<Policy> {
        let today = session.today();
        let input = PolicyInput {
            coverage_start: self.start.map(|d| d.on(today).to_string()),
            coverage_end: self.end.map(|e| e.map(|d| d.on(today).to_string()).unwrap_or_default()),
            ..self.input.clone()
        };
        let clinic_id = tx.clinic()?;
        let policy = crate::store::keys::resolve_in(tx.conn(), clinic_id, &self.policy).await?.0;
        update(tx, policy, &input).await
    }
}

/// `insurance end`: see [`end`].
pub struct End {
    pub policy: Key<PolicyId>,
    pub date: Option<DateArg>,
    pub affected: AffectedAppointments,
}

impl Operation for End {
    type Output = Policy;

    fn action(&self) -> Action {
        END
    }

    fn need(&self) -> Need {
        WRITERS
    }

    async fn apply(&mut self, tx: &mut CommandTx, session: &Session) -> Done<Policy> {
        let clinic_id = tx.clinic()?;
        let policy = crate::store::keys::resolve_in(tx.conn(), clinic_id, &self.policy).await?.0;
        let date = self.date.map(|d| d.on(session.today()));
        end(tx, session.clinic()?, policy, date, &self.affected).await
    }
}

/// `insurance remove`: deletes a policy for good; gives it as it was.
pub(crate) struct Remove {
    pub policy: Key<PolicyId>,
}

impl Operation for Remove {
    type Output = Policy;

    fn action(&self) -> Action {
        REMOVE
    }

    fn need(&self) -> Need {
        WRITERS
    }

    async fn apply(&mut self, tx: &mut CommandTx, _session: &Session) -> Done<Policy> {
        let clinic_id = tx.clinic()?;
        let policy = crate::store::keys::resolve_in(tx.conn(), clinic_id, &self.policy).await?.0;
        remove(tx, policy).await
    }
}

/// A policy as an operator gives it: text as typed. For an update, None keeps a field
/// and an empty text clears an optional one.
#[derive(Debug, Clone, Default)]
pub struct PolicyInput {
    pub payer_name: Option<String>,
    pub payer_id: Option<String>,
    pub member_number: Option<String>,
    pub group_number: Option<String>,
    pub plan_name: Option<String>,
    pub relationship: Option<Relationship>,
    pub coverage_start: Option<String>,
    pub coverage_end: Option<String>,
    pub priority: Option<Priority>,
}

async fn add(
    tx: &mut CommandTx,
    organization_id: OrganizationId,
    patient: &Key<PatientId>,
    input: &PolicyInput,
) -> Done<Policy> {
    let clinic = tx.organization_id();
    let patient = patients::require(tx.conn(), clinic, patient).await?;
    if patient.archived_at.is_some() {
        return Err(error::refused(format!(
            "the patient {} is archived: unarchive them first",
            patient.medical_record_number
        )));
    }
    let fields = validate_insurance(&InsuranceText {
        medical_record_number: Some(&patient.medical_record_number),
        payer_name: input.payer_name.as_deref(),
        payer_id: input.payer_id.as_deref(),
        member_number: input.member_number.as_deref(),
        group_number: input.group_number.as_deref(),
        plan_name: input.plan_name.as_deref(),
        relationship: input.relationship.map(Relationship::word),
        coverage_start: input.coverage_start.as_deref(),
        coverage_end: input.coverage_end.as_deref(),
        priority: input.priority.map(Priority::word),
    })
    .map_err(invalid)?;
    let active = is_active(fields.coverage_end, clinic_today(tx).await?);
    let id = insurances::create(tx.conn(), organization_id, patient.id, &fields, active)
        .await
        .map_err(|e| e.context(format!("could not add the policy to the patient {}", patient.medical_record_number)))?;
    let policy = find(tx, id).await?;
    let entry = change_entry(CREATE, None, &policy);
    Ok((policy, entry))
}

async fn list(tx: &mut CommandTx, patient: &Key<PatientId>) -> Done<Vec<Policy>> {
    let clinic = tx.organization_id();
    let patient = patients::require(tx.conn(), clinic, patient).await?;
    let clinic = tx.clinic()?;
    let policies = insurances::list(tx.conn(), clinic, patient.id).await?;
    let entry = AuditEntry::new(READ)
        .entity("patient", patient.id)
        .detail("command", "insurance list")
        .detail("count", policies.len());
    Ok((policies, entry))
}

/// The entry of `insurance export`, on the record before the first row leaves.
/// Every policy of the clinic, as the database streams them (see [`exporting`]).
pub(crate) fn export(
    tx: &mut CommandTx,
) -> futures_util::stream::BoxStream<'_, Result<crate::store::insurances::Policy, sqlx::Error>> {
    crate::store::insurances::export(tx.conn())
}

pub(crate) fn exporting() -> super::lists::Read {
    let entry = AuditEntry::new(READ).entity_type("insurance").detail("command", "insurance export");
    super::lists::Read { action: READ, need: READERS, entry }
}

async fn update(tx: &mut CommandTx, id: Uuid, input: &PolicyInput) -> Done<Policy> {
    let before = find(tx, id).await?;
    let keep = |new: &Option<String>, old: Option<String>| new.clone().or(old);
    let end = keep(&input.coverage_end, before.coverage_end.map(|d| d.to_string()));
    let start = keep(&input.coverage_start, Some(before.coverage_start.to_string()));
    let relationship = input.relationship.map(Relationship::word);
    let priority = input.priority.map(Priority::word);
    let payer_id = keep(&input.payer_id, before.payer_id.clone());
    let group = keep(&input.group_number, before.group_number.clone());
    let plan = keep(&input.plan_name, before.plan_name.clone());
    let fields = validate_insurance(&InsuranceText {
        medical_record_number: Some(&before.medical_record_number),
        payer_name: Some(input.payer_name.as_deref().unwrap_or(&before.payer_name)),
        payer_id: payer_id.as_deref(),
        member_number: Some(input.member_number.as_deref().unwrap_or(&before.member_number)),
        group_number: group.as_deref(),
        plan_name: plan.as_deref(),
        relationship: Some(relationship.unwrap_or(&before.subscriber_relationship)),
        coverage_start: start.as_deref(),
        coverage_end: end.as_deref(),
        priority: Some(priority.unwrap_or(&before.priority)),
    })
    .map_err(invalid)?;
    let active = is_active(fields.coverage_end, clinic_today(tx).await?);
    let clinic = tx.clinic()?;
    insurances::update(tx.conn(), clinic, before.id, &fields, active)
        .await
        .map_err(|e| e.context(format!("could not update the policy {}", before.id)))?;
    let after = find(tx, before.id).await?;
    let entry = change_entry(UPDATE, Some(&before), &after);
    Ok((after, entry))
}

/// Ends coverage on `date` (None: the clinic's today); the bookings and sessions in
/// progress it leaves uncovered are settled as `affected` says.
async fn end(
    tx: &mut CommandTx,
    organization: &crate::store::organizations::Organization,
    id: Uuid,
    date: Option<NaiveDate>,
    affected: &crate::ops::appointments::AffectedAppointments,
) -> Done<Policy> {
    use crate::ops::appointments as booked;
    use crate::store::appointments::FactsOf;
    let today = clinic_today(tx).await?;
    let date = date.unwrap_or(today);
    let input = PolicyInput { coverage_end: Some(date.to_string()), ..Default::default() };
    let before = find(tx, id).await?;
    if date < before.coverage_start {
        return Err(error::refused(format!(
            "coverage cannot end on {date}, before it starts ({})",
            before.coverage_start
        )));
    }
    let broken_before = booked::breaking_now(tx, FactsOf::Insurance(before.id)).await?;
    let (after, _) = update(tx, id, &input).await?;
    let entry = change_entry(END, Some(&before), &after);
    let broken = booked::newly_breaking(tx, FactsOf::Insurance(after.id), &broken_before).await?;
    let change =
        format!("ending the {} policy of the patient {} on {date}", after.payer_name, after.medical_record_number);
    let entry = booked::settle_affected(tx, organization, &change, &broken, affected, entry).await?;
    Ok((after, entry))
}

async fn remove(tx: &mut CommandTx, id: Uuid) -> Done<Policy> {
    let before = find(tx, id).await?;
    let clinic = tx.clinic()?;
    insurances::remove(tx.conn(), clinic, before.id)
        .await
        .map_err(|e| e.context(format!("could not remove the policy {}", before.id)))?;
    let entry = AuditEntry::new(REMOVE)
        .entity("insurance", before.id)
        .detail("patient", before.patient_id.to_string())
        .changed_phi("payer_name")
        .changed_phi("member_number");
    Ok((before, entry))
}

async fn find(tx: &mut CommandTx, id: Uuid) -> Result<Policy> {
    let clinic = tx.clinic()?;
    insurances::find(tx.conn(), clinic, id)
        .await?
        .ok_or_else(|| error::not_found(format!("no insurance policy with id {id} in this organization")))
}

fn invalid(errors: Vec<crate::domain::patient::FieldError>) -> anyhow::Error {
    Invalid { what: "policy", errors }.into()
}

/// The clinic's date today: coverage ends at the end of the clinic's day, not UTC's.
async fn clinic_today(tx: &mut CommandTx) -> Result<NaiveDate> {
    let organization = tx.organization_id().ok_or_else(|| error::refused("policies belong to one organization"))?;
    Ok(organizations::local_now(tx.conn(), organization).await?.date())
}

/// The entry of a change from `before` (None when created) to `after`: names of the
/// fields that differ (all of a policy's fields are PHI: names only).
fn change_entry(action: Action, before: Option<&Policy>, after: &Policy) -> AuditEntry {
    let entry = AuditEntry::new(action).entity("insurance", after.id).detail("patient", after.patient_id.to_string());
    let Some(b) = before else {
        let set = [
            ("payer_name", true),
            ("payer_id", after.payer_id.is_some()),
            ("member_number", true),
            ("group_number", after.group_number.is_some()),
            ("plan_name", after.plan_name.is_some()),
            ("subscriber_relationship", true),
            ("coverage_start", true),
            ("coverage_end", after.coverage_end.is_some()),
            ("priority", true),
            ("is_active", true),
        ];
        return set.into_iter().filter(|(_, set)| *set).map(|(name, _)| name).fold(entry, AuditEntry::changed_phi);
    };
    let a = after;
    entry
        .diff_phi("payer_name", &b.payer_name, &a.payer_name)
        .diff_phi("payer_id", &b.payer_id, &a.payer_id)
        .diff_phi("member_number", &b.member_number, &a.member_number)
        .diff_phi("group_number", &b.group_number, &a.group_number)
        .diff_phi("plan_name", &b.plan_name, &a.plan_name)
        .diff_phi("subscriber_relationship", &b.subscriber_relationship, &a.subscriber_relationship)
        .diff_phi("coverage_start", &b.coverage_start, &a.coverage_start)
        .diff_phi("coverage_end", &b.coverage_end, &a.coverage_end)
        .diff_phi("priority", &b.priority, &a.priority)
        .diff_phi("is_active", &b.is_active, &a.is_active)
}
