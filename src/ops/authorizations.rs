//! Payer authorizations: the units a clinic may bill for a patient and a code. A
//! clinic's ADMIN creates, changes and cancels them; `sweep` brings statuses up to date;
//! `expiring` and `low` are the cron reports and `check` compares counters with rows,
//! per clinic or, for a super admin, platform-wide (without patient identifiers).

use super::Action;
use crate::access::{Need, Session};
use crate::domain::dates::DateArg;
use crate::domain::user::Role;
use anyhow::Result;
use chrono::NaiveDate;
use serde::Serialize;
use uuid::Uuid;

use super::appointments::{self, Affected, AffectedAppointments};
use super::{AuditEntry, CommandTx, Done, Operation};
use crate::db::context::Scope;
use crate::domain::ids::{AuthorizationId, Key, OrganizationId, PatientId, PolicyId};
use crate::domain::scheduling::{self, AppointmentStatus, AuthStatus};
use crate::error::{self, Error};
use crate::store::appointments::{self as store_appointments, FactsOf};
use crate::store::authorizations::{
    self, Authorization, AuthorizationChanges, AuthorizationFilter, CounterMismatch, NewAuthorization, ReportLine,
    UnitEvent,
};
use crate::store::organizations::Organization;
use crate::store::{insurances, keys, organizations, patients, service_codes};

const CREATE: Action = Action::AuthCreate;
const READ: Action = Action::AuthRead;
const UPDATE: Action = Action::AuthUpdate;
const CANCEL: Action = Action::AuthCancel;
const SWEEP: Action = Action::AuthSweep;
const CHECK: Action = Action::AuthCheck;
const REPORT: Action = Action::AuthReport;

/// Authorizations are patient data: any of the clinic's users reads them; its ADMIN
/// changes them.
pub(crate) const READERS: Need = Need::PatientData { staff: true };
pub(crate) const WRITERS: Need = Need::PatientData { staff: false };

/// The sweep and the check: a clinic's ADMIN in their clinic, a super admin in every
/// clinic. The cron reports: any of a clinic's users, or a super admin (who is shown no
/// patient identifiers).
const CLINIC_ADMINS: Need = Need::PlatformOrClinic { staff: false };
const CLINIC_USERS: Need = Need::PlatformOrClinic { staff: true };

/// `auth create`: an authorization from `start` to `end` (relative dates count from the
/// clinic's today), on the policy `insurance` names by its id or a prefix of it.
pub struct Create {
    pub patient: Key<PatientId>,
    pub service_code: String,
    pub total_units: i32,
    pub start: DateArg,
    pub end: DateArg,
    pub number: Option<String>,
    pub insurance: Option<Key<PolicyId>>,
    /// PENDING or ACTIVE.
    pub status: AuthStatus,
    pub notes: Option<String>,
}

impl Operation for Create {
    type Output = Authorization;

    fn action(&self) -> Action {
        CREATE
    }

    fn need(&self) -> Need {
        WRITERS
    }

    async fn apply(&mut self, tx: &mut CommandTx, session: &Session) -> Done<Authorization> {
        let today = session.today();
        let new = NewAuth {
            patient: self.patient.clone(),
            service_code: self.service_code.clone(),
            total_units: self.total_units,
            start: self.start.on(today),
            end: self.end.on(today),
            number: self.number.clone(),
            insurance: policy(tx, self.insurance.as_ref()).await?,
            status: self.status,
            notes: self.notes.clone(),
        };
        create(tx, session.clinic()?.id, &new).await
    }
}

/// `auth show`: an authorization (id, prefix or number) and its ledger.
pub(crate) struct Show {
    pub authorization: Key<AuthorizationId>,
}

impl Operation for Show {
    type Output = Shown;

    fn action(&self) -> Action {
        READ
    }

    fn need(&self) -> Need {
        READERS
    }

    async fn apply(&mut self, tx: &mut CommandTx, _session: &Session) -> Done<Shown> {
        show(tx, &self.authorization).await
    }
}

/// `auth update`: `changes`, with the dates (relative ones count from the clinic's
/// today) and the policy (its id or a prefix of it) given apart; see [`update`].
pub struct Update {
    pub authorization: Key<AuthorizationId>,
    pub changes: Changes,
    pub start: Option<DateArg>,
    pub end: Option<DateArg>,
    pub insurance: Option<Key<PolicyId>>,
    pub affected: AffectedAppointments,
}

impl Operation for Update {
    type Output = Authorization;

    fn action(&self) -> Action {
        UPDATE
    }

    fn need(&self) -> Need {
        WRITERS
    }

    async fn apply(&mut self, tx: &mut CommandTx, session: &Session) -> Done<Authorization> {
        let today = session.today();
        let changes = Changes {
            start: self.start.map(|d| d.on(today)),
            end: self.end.map(|d| d.on(today)),
            insurance: policy(tx, self.insurance.as_ref()).await?,
            ..self.changes.clone()
        };
        update(tx, session.clinic()?, &self.authorization, &changes, &self.affected).await
    }
}

/// `auth cancel`: see [`cancel`].
pub struct Cancel {
    pub authorization: Key<AuthorizationId>,
    pub reason: Option<String>,
}

impl Operation for Cancel {
    type Output = Authorization;

    fn action(&self) -> Action {
        CANCEL
    }

    fn need(&self) -> Need {
        WRITERS
    }

    async fn apply(&mut self, tx: &mut CommandTx, _session: &Session) -> Done<Authorization> {
        cancel(tx, &self.authorization, self.reason.as_deref()).await
    }
}

/// `auth check`: see [`check`].
pub struct Check;

impl Operation for Check {
    type Output = (i64, Vec<CounterMismatch>);

    fn action(&self) -> Action {
        CHECK
    }

    fn need(&self) -> Need {
        CLINIC_ADMINS
    }

    async fn apply(&mut self, tx: &mut CommandTx, _session: &Session) -> Done<(i64, Vec<CounterMismatch>)> {
        check(tx).await
    }
}

/// `auth expiring` and `auth low`: patient identifiers only for a clinic's own users.
impl Operation for Report {
    type Output = Vec<ReportLine>;

    fn action(&self) -> Action {
        REPORT
    }

    fn need(&self) -> Need {
        CLINIC_USERS
    }

    async fn apply(&mut self, tx: &mut CommandTx, session: &Session) -> Done<Vec<ReportLine>> {
        report(tx, *self, session.role != Role::SuperAdmin).await
    }
}

/// The policy `given` names by its id or a prefix of it.
async fn policy(tx: &mut CommandTx, given: Option<&Key<PolicyId>>) -> Result<Option<Uuid>> {
    match given {
        Some(prefix) => {
            let clinic_id = tx.clinic()?;
            Ok(Some(crate::store::keys::resolve_in(tx.conn(), clinic_id, prefix).await?.0))
        }
        None => Ok(None),
    }
}

/// A new authorization: notes and number are valid text already.
#[derive(Debug, Clone)]
pub(crate) struct NewAuth {
    pub patient: Key<PatientId>,
    pub service_code: String,
    pub total_units: i32,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub number: Option<String>,
    pub insurance: Option<Uuid>,
    /// PENDING or ACTIVE.
    pub status: AuthStatus,
    pub notes: Option<String>,
}

async fn create(tx: &mut CommandTx, organization_id: OrganizationId, new: &NewAuth) -> Done<Authorization> {
    // The rules of every door: `auth create` and the import check the same.
    scheduling::authorized_period(new.start, new.end).map_err(error::refused)?;
    scheduling::total_units(i64::from(new.total_units)).map_err(error::refused)?;
    if !new.status.is_open() {
        return Err(error::refused(format!("a new authorization is PENDING or ACTIVE, not {}", new.status)));
    }
    let clinic = tx.organization_id();
    let patient = patients::require(tx.conn(), clinic, &new.patient).await?;
    let code = service_codes::rules(tx.conn(), &new.service_code).await?.ok_or_else(|| {
        Error::not_found(format!("no service code {}", new.service_code)).remedy(error::Remedy::SeeOrLoadCodes)
    })?;
    if let Some(policy) = new.insurance {
        let policy = policy_of(tx, policy).await?;
        if policy.patient_id != patient.id {
            return Err(error::refused(format!(
                "the policy {} is not a policy of the patient {}",
                policy.id, patient.medical_record_number
            )));
        }
    }
    let row = NewAuthorization {
        organization_id,
        patient_id: patient.id,
        insurance_id: new.insurance,
        service_code_owner: code.owner_key,
        service_code: &code.code,
        authorization_number: new.number.as_deref(),
        start_date: new.start,
        end_date: new.end,
        total_units: new.total_units,
        status: new.status,
        notes: new.notes.as_deref(),
    };
    let id =
        authorizations::create(tx.conn(), &row).await.map_err(|e| e.context("could not create the authorization"))?;
    let created = find(tx, &Key::id(id.into())).await?;
    let entry = AuditEntry::new(CREATE)
        .entity("authorization", id)
        .created("service_code", &created.service_code)
        .created("total_units", created.total_units)
        .created("start_date", created.start_date)
        .created("end_date", created.end_date)
        .created("status", created.status)
        .detail("patient", patient.id.to_string());
    Ok((created, entry))
}

/// Filters of `auth list`.
#[derive(Debug, Clone, Default)]
pub(crate) struct Filter {
    pub patient: Option<Key<PatientId>>,
    pub status: Option<AuthStatus>,
    pub service_code: Option<String>,
}

/// The authorizations `filter` names, as a list's query (its patient looked up).
pub(crate) async fn list_query(tx: &mut CommandTx, filter: &Filter) -> Result<AuthorizationFilter> {
    let patient_id = match &filter.patient {
        Some(key) => {
            let clinic = tx.organization_id();
            Some(patients::require(tx.conn(), clinic, key).await?.id)
        }
        None => None,
    };
    Ok(AuthorizationFilter { patient_id, status: filter.status, service_code: filter.service_code.clone() })
}

/// The record of an authorization list, kept before its rows are read.
pub(crate) fn listing() -> super::lists::Read {
    let entry = AuditEntry::new(READ).entity_type("authorization").detail("command", "auth list");
    super::lists::Read { action: READ, need: READERS, entry }
}

/// An authorization and its ledger.
#[derive(Debug, Serialize)]
pub(crate) struct Shown {
    #[serde(flatten)]
    pub authorization: Authorization,
    pub ledger: Vec<UnitEvent>,
}

async fn show(tx: &mut CommandTx, key: &Key<AuthorizationId>) -> Done<Shown> {
    let authorization = find(tx, key).await?;
    let clinic = tx.clinic()?;
    let ledger = authorizations::ledger(tx.conn(), clinic, authorization.id).await?;
    let entry = AuditEntry::new(READ)
        .entity("authorization", authorization.id)
        .detail("command", "auth show")
        .detail("count", 1);
    Ok((Shown { authorization, ledger }, entry))
}

/// Changes of `auth update`; None keeps a field. Text is valid already.
#[derive(Debug, Clone, Default)]
pub struct Changes {
    pub number: Option<String>,
    pub total_units: Option<i32>,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    /// PENDING or ACTIVE.
    pub status: Option<AuthStatus>,
    pub notes: Option<String>,
    pub insurance: Option<Uuid>,
}

/// Changes an authorization. Dates that no longer cover booked appointments, or units
/// below what is booked, affect those appointments: settled as `affected` says (units
/// cannot be kept: that would be overbooking).
async fn update(
    tx: &mut CommandTx,
    organization: &Organization,
    key: &Key<AuthorizationId>,
    changes: &Changes,
    affected: &AffectedAppointments,
) -> Done<Authorization> {
    let before = find(tx, key).await?;
    // An EXPIRED authorization whose end is extended (a payer's extension) covers dates
    // again: ACTIVE once more, from today on. The sweep expires it again when it ends.
    let today = crate::store::organizations::local_now(tx.conn(), organization.id).await?.date();
    let end = changes.end.unwrap_or(before.end_date);
    let reopens = before.status == AuthStatus::Expired && end >= today;
    let mut status = changes.status;
    if reopens && status.is_none() && changes.end.is_some() {
        status = Some(AuthStatus::Active);
    }
    if let Some(status) = changes.status {
        if !status.is_open() {
            return Err(error::refused(format!("an authorization is set to PENDING or ACTIVE, not {status}")));
        }
        if before.status == AuthStatus::Expired && !reopens {
            return Err(Error::refused(format!(
                "the authorization {} ended on {}: it is ACTIVE again only once its end is today or later",
                name(&before),
                before.end_date
            ))
            .remedy(error::Remedy::ExtendEnd)
            .into());
        }
        if !before.status.is_open() && !reopens {
            return Err(error::refused(format!(
                "the authorization {} is {}: only a PENDING or ACTIVE one can be set to {status}",
                name(&before),
                before.status
            )));
        }
    }
    if let Some(policy) = changes.insurance {
        let policy = policy_of(tx, policy).await?;
        if policy.patient_id != before.patient_id {
            return Err(error::refused(format!(
                "the policy {} is not a policy of the authorization's patient",
                policy.id
            )));
        }
    }
    let broken_before = appointments::breaking_now(tx, FactsOf::Authorization(before.id)).await?;
    // Units below what is used and booked: the latest bookings give theirs back first.
    let mut released = Vec::new();
    if let Some(total) = changes.total_units
        && total < before.used_units + before.scheduled_units
    {
        let short = before.used_units + before.scheduled_units - total;
        if total < before.used_units {
            return Err(error::refused(format!(
                "the authorization {} has {} units used already: its total cannot be {total}",
                name(&before),
                before.used_units
            )));
        }
        let clinic = tx.clinic()?;
        let mut facts = store_appointments::service_facts(tx.conn(), clinic, FactsOf::Authorization(before.id)).await?;
        facts.sort_by_key(|f| std::cmp::Reverse(f.start));
        let mut freed = 0;
        for f in facts.iter().filter(|f| f.status == AppointmentStatus::Scheduled) {
            if freed >= short {
                break;
            }
            freed += f.units;
            released.push(Affected::of(
                f,
                format!(
                    "{total} units no longer cover it ({} used, {} booked)",
                    before.used_units, before.scheduled_units
                ),
            ));
        }
        let change = format!("lowering the authorization {} to {total} units", name(&before));
        if matches!(affected, AffectedAppointments::Keep) {
            return Err(Error::refused(format!(
                "{change} cannot keep its {} booked appointment(s): they would hold more units than it has",
                released.len()
            ))
            .remedy(error::Remedy::CancelLatestAffected)
            .into());
        }
        let entry = AuditEntry::new(UPDATE);
        appointments::settle_affected(tx, organization, &change, &released, affected, entry).await?;
    }
    let row = AuthorizationChanges {
        authorization_number: changes.number.as_deref(),
        start_date: changes.start,
        end_date: changes.end,
        total_units: changes.total_units,
        status,
        notes: changes.notes.as_deref(),
        insurance_id: changes.insurance,
    };
    let clinic = tx.clinic()?;
    authorizations::update(tx.conn(), clinic, before.id, &row)
        .await
        .map_err(|e| e.context(format!("could not update the authorization {}", name(&before))))?;
    let changed = find(tx, &Key::id(before.id)).await?;
    let mut entry = diff(AuditEntry::new(UPDATE), &before, &changed);
    if !released.is_empty() {
        let units: i32 = released.iter().map(|a| a.units).sum();
        entry = entry.detail("cancelled_appointments", released.len()).detail("units_released", units);
    }
    let broken = appointments::newly_breaking(tx, FactsOf::Authorization(before.id), &broken_before).await?;
    let change = format!("changing the authorization {}", name(&before));
    let entry = appointments::settle_affected(tx, organization, &change, &broken, affected, entry).await?;
    let after = find(tx, &Key::id(before.id)).await?;
    Ok((after, entry))
}

/// Cancels an authorization that holds no scheduled units.
async fn cancel(tx: &mut CommandTx, key: &Key<AuthorizationId>, reason: Option<&str>) -> Done<Authorization> {
    let before = find(tx, key).await?;
    if before.status == AuthStatus::Cancelled {
        return Err(error::refused(format!("the authorization {} is already cancelled", name(&before))));
    }
    if before.scheduled_units > 0 {
        return Err(Error::refused(format!(
            "the authorization {} still has {} units reserved by booked appointments",
            name(&before),
            before.scheduled_units
        ))
        .remedy(error::Remedy::SettleScheduled)
        .into());
    }
    let row = AuthorizationChanges { status: Some(AuthStatus::Cancelled), notes: reason, ..Default::default() };
    let clinic = tx.clinic()?;
    authorizations::update(tx.conn(), clinic, before.id, &row).await?;
    let after = find(tx, &Key::id(before.id)).await?;
    let entry = diff(AuditEntry::new(CANCEL), &before, &after);
    Ok((after, entry))
}

/// What one clinic's sweep changed.
#[derive(Debug, Serialize)]
pub(crate) struct Swept {
    pub organization: String,
    pub expired: i64,
    pub exhausted: i64,
    /// Sessions in progress on the authorizations it changed: left as they are, and
    /// billable when completed (care is judged as of its date of service).
    pub sessions_in_progress: i64,
}

/// One clinic's sweep, in a transaction of that clinic's scope (its own audit chain):
/// ACTIVE authorizations past their end become EXPIRED, those fully used EXHAUSTED, one
/// audit item per change. Idempotent.
/// `auth sweep`: marks what expired and what ran out, in one clinic (the runner runs it
/// in each clinic in scope, each in a transaction filed in that clinic's chain).
pub(crate) struct Sweep;

impl Operation for Sweep {
    type Output = Swept;

    fn action(&self) -> Action {
        SWEEP
    }

    fn need(&self) -> Need {
        CLINIC_ADMINS
    }

    async fn apply(&mut self, tx: &mut CommandTx, session: &Session) -> Done<Swept> {
        let clinic = session.clinic()?;
        sweep(tx, clinic.id, &clinic.slug).await
    }
}

async fn sweep(tx: &mut CommandTx, organization_id: OrganizationId, slug: &str) -> Done<Swept> {
    let audit_id = tx.audit_id();
    let sessions_in_progress = authorizations::sessions_in_progress_to_sweep(tx.conn(), organization_id).await?;
    let (expired, exhausted) = authorizations::sweep(tx.conn(), organization_id, audit_id).await?;
    let entry = AuditEntry::new(SWEEP)
        .entity_type("authorization")
        .detail("expired", expired)
        .detail("exhausted", exhausted)
        .detail("sessions_in_progress", sessions_in_progress);
    Ok((Swept { organization: slug.to_string(), expired, exhausted, sessions_in_progress }, entry))
}

/// Counters compared with rows in each clinic (read in its own scope): (authorizations
/// checked, those that differ).
async fn check(tx: &mut CommandTx) -> Done<(i64, Vec<CounterMismatch>)> {
    let mut checked = 0;
    let mut mismatches = Vec::new();
    for id in reach(tx).await? {
        tx.enter(Scope::Organization(id)).await?;
        let (count, found) = authorizations::counter_mismatches(tx.conn()).await?;
        checked += count;
        mismatches.extend(found);
    }
    tx.leave().await?;
    let entry = AuditEntry::new(CHECK)
        .entity_type("authorization")
        .detail("checked", checked)
        .detail("mismatched", mismatches.len());
    Ok(((checked, mismatches), entry))
}

/// The cron reports.
#[derive(Debug, Clone, Copy)]
pub enum Report {
    /// ACTIVE, ending within this many days.
    Expiring(i64),
    /// ACTIVE, (used + scheduled) / total at or above this percentage.
    Low(f64),
}

/// A report over each clinic (read in its own scope). Patient identifiers only when
/// `with_patient` (a clinic's own users): a platform-wide report names the clinic and the
/// authorization, not the patient.
async fn report(tx: &mut CommandTx, kind: Report, with_patient: bool) -> Done<Vec<ReportLine>> {
    let mut lines = Vec::new();
    for id in reach(tx).await? {
        tx.enter(Scope::Organization(id)).await?;
        lines.extend(match kind {
            Report::Expiring(days) => authorizations::expiring(tx.conn(), days, with_patient).await?,
            Report::Low(percent) => authorizations::low(tx.conn(), percent, with_patient).await?,
        });
    }
    tx.leave().await?;
    let (name, parameters) = match kind {
        Report::Expiring(days) => ("expiring", serde_json::json!({ "within_days": days })),
        Report::Low(percent) => ("low", serde_json::json!({ "threshold_percent": percent })),
    };
    let entry = AuditEntry::new(REPORT)
        .entity_type("authorization")
        .detail("report", name)
        .detail("parameters", parameters)
        .detail("count", lines.len())
        .detail("patients_named", with_patient);
    Ok((lines, entry))
}

/// The clinics a transaction reaches, with their slugs: its own, or every clinic in
/// platform scope.
async fn clinics(tx: &mut CommandTx) -> Result<Vec<(OrganizationId, String)>> {
    let all = organizations::list(tx.conn()).await?;
    let own = tx.organization_id();
    Ok(all.into_iter().filter(|o| own.is_none_or(|id| id == o.id)).map(|o| (o.id, o.slug)).collect())
}

/// The same without the slugs: a clinic's own transaction asks nothing.
async fn reach(tx: &mut CommandTx) -> Result<Vec<OrganizationId>> {
    match tx.organization_id() {
        Some(own) => Ok(vec![own]),
        None => Ok(clinics(tx).await?.into_iter().map(|(id, _)| id).collect()),
    }
}

async fn find(tx: &mut CommandTx, key: &Key<AuthorizationId>) -> Result<Authorization> {
    let clinic = tx.organization_id();
    authorizations::find(tx.conn(), clinic, key).await?.ok_or_else(|| keys::not_found(key))
}

/// How an authorization is named in messages: its number, else its id.
pub(crate) fn name(a: &Authorization) -> String {
    a.authorization_number.clone().unwrap_or_else(|| a.id.to_string())
}

async fn policy_of(tx: &mut CommandTx, id: Uuid) -> Result<insurances::Policy> {
    let clinic = tx.clinic()?;
    insurances::find(tx.conn(), clinic, id)
        .await?
        .ok_or_else(|| error::not_found(format!("no insurance policy {id} in this organization")))
}

fn diff(entry: AuditEntry, before: &Authorization, after: &Authorization) -> AuditEntry {
    entry
        .entity("authorization", after.id)
        .diff("authorization_number", &before.authorization_number, &after.authorization_number)
        .diff("total_units", &before.total_units, &after.total_units)
        .diff("start_date", &before.start_date, &after.start_date)
        .diff("end_date", &before.end_date, &after.end_date)
        .diff("status", &before.status, &after.status)
        .diff_phi("notes", &before.notes, &after.notes)
        .diff_phi("insurance_id", &before.insurance_id, &after.insurance_id)
}
