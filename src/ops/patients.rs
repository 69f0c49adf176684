//! Patients of one clinic. Every read is audited as access to PHI (what and how many,
//! never the values), every change names the PHI fields it set, never their values.

use super::Action;
use anyhow::Result;

use super::{AuditEntry, CommandTx, Done, Invalid};
use crate::domain::ids::{Key, OrganizationId, PatientId};
use crate::domain::patient::{self, PatientFields, latest_birth_date, optional, validate_patient};
use crate::store::patients::{self, Patient, PatientFilter};

use super::lists::Read;
use super::{Operation, appointments::AffectedAppointments};
use crate::access::{Need, Session};
use crate::domain::dates::DateArg;

const CREATE: Action = Action::PatientCreate;
pub(crate) const READ: Action = Action::PatientRead;
const UPDATE: Action = Action::PatientUpdate;
const ARCHIVE: Action = Action::PatientArchive;
const UNARCHIVE: Action = Action::PatientUnarchive;

/// Patient data: any of the clinic's users reads it; its ADMIN changes it; a super
/// admin only under an active break-glass grant.
pub(crate) const READERS: Need = Need::PatientData { staff: true };
pub(crate) const WRITERS: Need = Need::PatientData { staff: false };

/// `patient create`: a new patient, born on `date_of_birth` (relative dates count from
/// the clinic's today).
pub struct Create {
    pub input: PatientInput,
    pub date_of_birth: DateArg,
}

impl Operation for Create {
    type Output = Patient;

    fn action(&self) -> Action {
        CREATE
    }

    fn need(&self) -> Need {
        WRITERS
    }

    async fn apply(&mut self, tx: &mut CommandTx, session: &Session) -> Done<Patient> {
        let input = PatientInput {
            date_of_birth: Some(self.date_of_birth.on(session.today()).to_string()),
            ..self.input.clone()
        };
        create(tx, session.clinic()?.id, &input).await
    }
}

/// `patient show`: one patient, by MRN or id.
pub(crate) struct Show {
    pub patient: Key<PatientId>,
}

impl Operation for Show {
    type Output = Patient;

    fn action(&self) -> Action {
        READ
    }

    fn need(&self) -> Need {
        READERS
    }

    async fn apply(&mut self, tx: &mut CommandTx, _session: &Session) -> Done<Patient> {
        show(tx, &self.patient).await
    }
}

/// `patient update`: the fields given change (an empty text clears an optional one).
pub struct Update {
    pub patient: Key<PatientId>,
    pub input: PatientInput,
    pub date_of_birth: Option<DateArg>,
}

impl Operation for Update {
    type Output = Patient;

    fn action(&self) -> Action {
        UPDATE
    }

    fn need(&self) -> Need {
        WRITERS
    }

    async fn apply(&mut self, tx: &mut CommandTx, session: &Session) -> Done<Patient> {
        let date_of_birth = self.date_of_birth.map(|d| d.on(session.today()).to_string());
        let input = PatientInput { date_of_birth, ..self.input.clone() };
        update(tx, &self.patient, &input).await
    }
}

/// `patient archive`: hidden from lists and scheduling, kept forever; its bookings and
/// sessions in progress settled as `affected` says.
pub(crate) struct Archive {
    pub patient: Key<PatientId>,
    pub affected: AffectedAppointments,
}

impl Operation for Archive {
    type Output = Patient;

    fn action(&self) -> Action {
        ARCHIVE
    }

    fn need(&self) -> Need {
        WRITERS
    }

    async fn apply(&mut self, tx: &mut CommandTx, session: &Session) -> Done<Patient> {
        archive(tx, session.clinic()?, &self.patient, &self.affected).await
    }
}

/// `patient unarchive`: an archived patient back in lists and scheduling.
pub(crate) struct Unarchive {
    pub patient: Key<PatientId>,
}

impl Operation for Unarchive {
    type Output = Patient;

    fn action(&self) -> Action {
        UNARCHIVE
    }

    fn need(&self) -> Need {
        WRITERS
    }

    async fn apply(&mut self, tx: &mut CommandTx, _session: &Session) -> Done<Patient> {
        set_archived(tx, &self.patient, false).await
    }
}

/// A patient as an operator gives it: text as typed, the date of birth as text (any
/// accepted format). For an update, None keeps a field and an empty text clears it.
#[derive(Debug, Clone, Default)]
pub struct PatientInput {
    pub medical_record_number: Option<String>,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub date_of_birth: Option<String>,
    pub gender: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub address_line1: Option<String>,
    pub address_line2: Option<String>,
    pub city: Option<String>,
    pub state: Option<String>,
    pub postal_code: Option<String>,
    pub guardian_name: Option<String>,
    pub guardian_phone: Option<String>,
}

impl PatientInput {
    /// The fields merged over `before` (a new patient: over nothing), then validated.
    fn validated(&self, before: Option<&Patient>) -> Result<PatientFields> {
        let keep = |new: &Option<String>, old: Option<&Option<String>>| match new {
            Some(value) => optional(Some(value)),
            None => old.cloned().flatten(),
        };
        let mut missing = Vec::new();
        let mut required = |column: &'static str, new: &Option<String>, old: Option<&String>| {
            let value = new.clone().or_else(|| old.cloned());
            patient::required(column, value.as_deref()).unwrap_or_else(|error| {
                missing.push(error);
                String::new()
            })
        };
        let fields = PatientFields {
            medical_record_number: required(
                "medical_record_number",
                &self.medical_record_number,
                before.map(|b| &b.medical_record_number),
            ),
            first_name: required("first_name", &self.first_name, before.map(|b| &b.first_name)),
            last_name: required("last_name", &self.last_name, before.map(|b| &b.last_name)),
            date_of_birth: None,
            gender: keep(&self.gender, before.map(|b| &b.gender)),
            email: keep(&self.email, before.map(|b| &b.email)),
            phone: keep(&self.phone, before.map(|b| &b.phone)),
            address_line1: keep(&self.address_line1, before.map(|b| &b.address_line1)),
            address_line2: keep(&self.address_line2, before.map(|b| &b.address_line2)),
            city: keep(&self.city, before.map(|b| &b.city)),
            state: keep(&self.state, before.map(|b| &b.state)),
            postal_code: keep(&self.postal_code, before.map(|b| &b.postal_code)),
            guardian_name: keep(&self.guardian_name, before.map(|b| &b.guardian_name)),
            guardian_phone: keep(&self.guardian_phone, before.map(|b| &b.guardian_phone)),
        };
        let dob = self.date_of_birth.clone().or_else(|| before.map(|b| b.date_of_birth.to_string()));
        match validate_patient(fields, dob.as_deref(), latest_birth_date()) {
            Ok(fields) if missing.is_empty() => Ok(fields),
            Ok(_) => Err(Invalid { what: "patient", errors: missing }.into()),
            Err(errors) => Err(Invalid { what: "patient", errors: missing.into_iter().chain(errors).collect() }.into()),
        }
    }
}

async fn create(tx: &mut CommandTx, organization_id: OrganizationId, input: &PatientInput) -> Done<Patient> {
    let fields = input.validated(None)?;
    let patient = patients::create(tx.conn(), organization_id, &fields)
        .await
        .map_err(|e| e.context(format!("could not create the patient {}", fields.medical_record_number)))?;
    let entry = phi_fields_set(&fields)
        .into_iter()
        .fold(AuditEntry::new(CREATE).entity("patient", patient.id), AuditEntry::changed_phi);
    Ok((patient, entry))
}

/// A page of patients for a table, and how many the whole list holds.
/// The record of a patient list, kept before any row is read (a streamed list adds the
/// count with its outcome): what and how many; the search text may be a name, so only
/// its use is kept.
pub(crate) fn listing(filter: &PatientFilter) -> Read {
    let entry = AuditEntry::new(READ)
        .entity_type("patient")
        .detail("command", "patient list")
        .detail("searched", filter.search.is_some())
        .detail("include_archived", filter.include_archived);
    Read { action: READ, need: READERS, entry }
}

async fn show(tx: &mut CommandTx, key: &Key<PatientId>) -> Done<Patient> {
    let clinic = tx.organization_id();
    let patient = patients::require(tx.conn(), clinic, key).await?;
    let entry =
        AuditEntry::new(READ).entity("patient", patient.id).detail("command", "patient show").detail("count", 1);
    Ok((patient, entry))
}

/// The entry of `patient export`, on the record before the first row leaves.
pub(crate) fn exporting(include_archived: bool) -> Read {
    let entry = AuditEntry::new(READ)
        .entity_type("patient")
        .detail("command", "patient export")
        .detail("include_archived", include_archived);
    Read { action: READ, need: READERS, entry }
}

async fn update(tx: &mut CommandTx, key: &Key<PatientId>, input: &PatientInput) -> Done<Patient> {
    let clinic = tx.organization_id();
    let before = patients::require(tx.conn(), clinic, key).await?;
    let fields = input.validated(Some(&before))?;
    let clinic = tx.clinic()?;
    let after = patients::update(tx.conn(), clinic, before.id, &fields)
        .await
        .map_err(|e| e.context(format!("could not update the patient {}", before.medical_record_number)))?;
    let (b, a) = (&before, &after);
    let entry = AuditEntry::new(UPDATE)
        .entity("patient", after.id)
        .diff_phi("medical_record_number", &b.medical_record_number, &a.medical_record_number)
        .diff_phi("first_name", &b.first_name, &a.first_name)
        .diff_phi("last_name", &b.last_name, &a.last_name)
        .diff_phi("date_of_birth", &b.date_of_birth, &a.date_of_birth)
        .diff_phi("gender", &b.gender, &a.gender)
        .diff_phi("email", &b.email, &a.email)
        .diff_phi("phone", &b.phone, &a.phone)
        .diff_phi("address_line1", &b.address_line1, &a.address_line1)
        .diff_phi("address_line2", &b.address_line2, &a.address_line2)
        .diff_phi("city", &b.city, &a.city)
        .diff_phi("state", &b.state, &a.state)
        .diff_phi("postal_code", &b.postal_code, &a.postal_code)
        .diff_phi("guardian_name", &b.guardian_name, &a.guardian_name)
        .diff_phi("guardian_phone", &b.guardian_phone, &a.guardian_phone);
    Ok((after, entry))
}

/// Archives (hidden from lists and scheduling, kept for the record) or restores.
async fn set_archived(tx: &mut CommandTx, key: &Key<PatientId>, archived: bool) -> Done<Patient> {
    let action = if archived { ARCHIVE } else { UNARCHIVE };
    let clinic = tx.organization_id();
    let before = patients::require(tx.conn(), clinic, key).await?;
    let clinic = tx.clinic()?;
    let after = patients::set_archived(tx.conn(), clinic, before.id, archived).await?;
    let entry = AuditEntry::new(action).entity("patient", after.id).changed(
        "archived",
        before.archived_at.is_some(),
        after.archived_at.is_some(),
    );
    Ok((after, entry))
}

/// Archives a patient; their bookings and sessions in progress are settled as
/// `affected` says (nothing is orphaned silently).
async fn archive(
    tx: &mut CommandTx,
    organization: &crate::store::organizations::Organization,
    key: &Key<PatientId>,
    affected: &AffectedAppointments,
) -> Done<Patient> {
    use crate::ops::appointments as booked;
    use crate::store::appointments::FactsOf;
    let clinic = tx.organization_id();
    let before = patients::require(tx.conn(), clinic, key).await?;
    let broken_before = booked::breaking_now(tx, FactsOf::Patient(before.id)).await?;
    let (after, entry) = set_archived(tx, key, true).await?;
    let broken = booked::newly_breaking(tx, FactsOf::Patient(after.id), &broken_before).await?;
    let change = format!("archiving the patient {}", after.medical_record_number);
    let entry = booked::settle_affected(tx, organization, &change, &broken, affected, entry).await?;
    Ok((after, entry))
}

/// The names of the fields a patient has values for.
fn phi_fields_set(p: &PatientFields) -> Vec<&'static str> {
    let fields: [(&'static str, bool); 14] = [
        ("medical_record_number", true),
        ("first_name", true),
        ("last_name", true),
        ("date_of_birth", p.date_of_birth.is_some()),
        ("gender", p.gender.is_some()),
        ("email", p.email.is_some()),
        ("phone", p.phone.is_some()),
        ("address_line1", p.address_line1.is_some()),
        ("address_line2", p.address_line2.is_some()),
        ("city", p.city.is_some()),
        ("state", p.state.is_some()),
        ("postal_code", p.postal_code.is_some()),
        ("guardian_name", p.guardian_name.is_some()),
        ("guardian_phone", p.guardian_phone.is_some()),
    ];
    fields.into_iter().filter(|(_, set)| *set).map(|(name, _)| name).collect()
}
