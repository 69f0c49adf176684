//! Supervision of RBTs: the BACB's monthly requirement (5% of direct hours supervised,
//! at least two contacts, one observed with a client), and the contacts a clinic
//! records besides the 97155 sessions that overlap a technician's.

use super::Action;
use crate::domain::ids::{Key, PractitionerId};
use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use super::{AuditEntry, CommandTx, Done};
use crate::access::{Need, Session};
use crate::domain::clock::{self, WallTime};
use crate::domain::scheduling::{BACB_RBT, may_supervise_rbt, percent};
use crate::error;
use crate::store::organizations::Organization;
use crate::store::practitioners;
use crate::store::supervision::{self, NewContact};

const REPORT: Action = Action::SupervisionReport;
const RECORD: Action = Action::SupervisionRecord;

/// Any of a clinic's users reads the report; its ADMIN records contacts.
const READERS: Need = Need::Clinic { staff: true };
const WRITERS: Need = Need::Clinic { staff: false };

/// `report supervision`: every RBT's month, from its first day.
pub(crate) struct Report {
    pub month: NaiveDate,
}

impl super::Operation for Report {
    type Output = Vec<SupervisionLine>;

    fn action(&self) -> Action {
        REPORT
    }

    fn need(&self) -> Need {
        READERS
    }

    async fn apply(&mut self, tx: &mut CommandTx, session: &Session) -> Done<Vec<SupervisionLine>> {
        report(tx, session.clinic()?, self.month).await
    }
}

/// `practitioner supervision-contact`: records a contact in the operator's clinic.
pub(crate) struct Record {
    pub contact: Contact,
}

impl super::Operation for Record {
    type Output = Recorded;

    fn action(&self) -> Action {
        RECORD
    }

    fn need(&self) -> Need {
        WRITERS
    }

    async fn apply(&mut self, tx: &mut CommandTx, session: &Session) -> Done<Recorded> {
        record(tx, session.clinic()?, &self.contact).await
    }
}

/// One RBT's line of the report.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct SupervisionLine {
    pub name: String,
    pub npi: String,
    pub direct_hours: f64,
    pub supervised_hours: f64,
    pub supervised_percent: f64,
    pub contacts: i64,
    pub observed_with_client: bool,
    pub meets_requirement: bool,
    /// What the month lacks, when it does not meet the requirement.
    pub shortfall: Vec<String>,
}

fn hours(minutes: i64) -> f64 {
    (minutes as f64 / 6.0).round() / 10.0
}

/// Every RBT's month from its first day.
async fn report(tx: &mut CommandTx, organization: &Organization, first: NaiveDate) -> Done<Vec<SupervisionLine>> {
    let first = first.with_day(1).unwrap_or(first);
    let rows = supervision::month(tx.conn(), organization.id, first).await?;
    let lines: Vec<SupervisionLine> = rows
        .into_iter()
        .map(|r| {
            let shortfall =
                BACB_RBT.shortfalls(r.direct_minutes, r.supervised_minutes, r.contacts, r.observed_contacts);
            SupervisionLine {
                name: r.name,
                npi: r.npi,
                direct_hours: hours(r.direct_minutes),
                supervised_hours: hours(r.supervised_minutes),
                supervised_percent: percent(r.supervised_minutes, r.direct_minutes),
                contacts: r.contacts,
                observed_with_client: r.observed_contacts > 0,
                meets_requirement: shortfall.is_empty(),
                shortfall,
            }
        })
        .collect();
    let below = lines.iter().filter(|l| !l.meets_requirement).count();
    let entry = AuditEntry::new(REPORT)
        .entity_type("practitioner")
        .detail("month", first.format("%Y-%m").to_string())
        .detail("technicians", lines.len())
        .detail("below_requirement", below);
    Ok((lines, entry))
}

/// A supervision contact to record.
#[derive(Debug, Clone)]
pub(crate) struct Contact {
    /// The RBT.
    pub technician: Key<PractitionerId>,
    /// The supervising BCBA, BCBA-D or BCaBA.
    pub supervisor: Key<PractitionerId>,
    pub start: WallTime,
    pub minutes: i32,
    pub with_client: bool,
}

/// A supervision contact as it was recorded.
#[derive(Debug, Clone, serde::Serialize)]
pub(crate) struct Recorded {
    pub id: uuid::Uuid,
    pub technician: String,
    pub supervisor: String,
    /// On the clinic's wall clock.
    pub start: chrono::NaiveDateTime,
    pub minutes: i32,
    pub with_client: bool,
}

async fn record(tx: &mut CommandTx, organization: &Organization, contact: &Contact) -> Done<Recorded> {
    let clinic = tx.organization_id();
    let technician = practitioners::require(tx.conn(), clinic, &contact.technician).await?;
    let clinic = tx.organization_id();
    let supervisor = practitioners::require(tx.conn(), clinic, &contact.supervisor).await?;
    if !technician.credentials.iter().any(|c| c == "RBT") {
        return Err(error::refused(format!(
            "{} is not an RBT ({})",
            technician.name,
            technician.credentials.join(", ")
        )));
    }
    if !may_supervise_rbt(&supervisor.credentials) {
        return Err(error::refused(format!(
            "{} cannot supervise an RBT: a supervisor is a BCBA, BCBA-D or BCaBA ({})",
            supervisor.name,
            supervisor.credentials.join(", ")
        )));
    }
    let zone = clock::zone(&organization.time_zone).map_err(error::internal)?;
    let starts_at = clock::instant(zone, contact.start)
        .map_err(|e| error::Error::said(error::Kind::Refused, [error::Input::Start.into()]).then(format!(": {e}")))?;
    let now = crate::store::organizations::now(tx.conn()).await?;
    if starts_at > now {
        return Err(error::refused("a supervision contact is recorded once it took place, not in the future"));
    }
    let new = NewContact {
        organization_id: organization.id,
        technician_id: technician.id,
        supervisor_id: supervisor.id,
        starts_at,
        minutes: contact.minutes,
        with_client: contact.with_client,
        recorded_by: tx.operator_id(),
    };
    let id = supervision::record(tx.conn(), &new).await?;
    let entry = AuditEntry::new(RECORD)
        .entity("practitioner", technician.id)
        .detail("supervisor", supervisor.id.to_string())
        .detail("minutes", contact.minutes)
        .detail("with_client", contact.with_client);
    let recorded = Recorded {
        id,
        technician: technician.name,
        supervisor: supervisor.name,
        start: contact.start.local,
        minutes: contact.minutes,
        with_client: contact.with_client,
    };
    Ok((recorded, entry))
}
