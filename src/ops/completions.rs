//! Completing a value on the command line is a read like any other: the values come
//! as the operator may see them, and the read is on the record (MRNs as a patient read, authorization numbers as an authorization read).

use super::{Action, Operation};
use super::{AuditEntry, CommandTx, Done};
use crate::access::{Need, Session};
use crate::store::completions;
pub(crate) use crate::store::completions::Completing;

/// The values of `what` beginning with `prefix`, with what each is: a read like any
/// other (of patient data, for MRNs and authorization numbers), on the record.
pub(crate) struct Complete {
    pub what: Completing,
    pub prefix: String,
}

impl Operation for Complete {
    type Output = Vec<(String, Option<String>)>;

    fn action(&self) -> Action {
        match self.what {
            Completing::Patients => super::patients::READ,
            Completing::Authorizations => Action::AuthRead,
            _ => Action::CompletionRead,
        }
    }

    fn need(&self) -> Need {
        match self.what {
            Completing::Patients | Completing::Authorizations => Need::PatientData { staff: true },
            _ => Need::PlatformOrClinic { staff: true },
        }
    }

    async fn apply(&mut self, tx: &mut CommandTx, _session: &Session) -> Done<Self::Output> {
        values(tx, self.what, &self.prefix, self.action()).await
    }
}

async fn values(
    tx: &mut CommandTx,
    what: Completing,
    prefix: &str,
    action: Action,
) -> Done<Vec<(String, Option<String>)>> {
    let values = completions::values(tx.conn(), what, prefix).await?;
    let entity = match what {
        Completing::Slugs => "organization",
        Completing::Patients => "patient",
        Completing::Practitioners => "practitioner",
        Completing::Codes => "service_code",
        Completing::Users => "user",
        Completing::Authorizations => "authorization",
    };
    let entry =
        AuditEntry::new(action).entity_type(entity).detail("command", "shell completion").detail("count", values.len());
    Ok((values, entry))
}
