//! Completing a value on the command line is a read like any other: the values come
//! as the operator may see them, and the read is on the record (MRNs as a patient read, authorization numbers as an authorization read).

use super::{AuditEntry, CommandTx, Done};
use crate::store::completions;
pub use crate::store::completions::Completing;

/// The action a completion is recorded as.
pub fn action(what: Completing) -> &'static str {
    match what {
        Completing::Patients => super::patients::READ,
        Completing::Authorizations => super::authorizations::READ,
        _ => "completion.read",
    }
}

/// Values of `what` beginning with `prefix`, with what each is.
pub async fn values(tx: &mut CommandTx, what: Completing, prefix: &str) -> Done<Vec<(String, Option<String>)>> {
    let values = completions::values(tx.conn(), what, prefix).await?;
    let entity = match what {
        Completing::Slugs => "organization",
        Completing::Patients => "patient",
        Completing::Practitioners => "practitioner",
        Completing::Codes => "service_code",
        Completing::Users => "user",
        Completing::Authorizations => "authorization",
    };
    let entry = AuditEntry::new(action(what))
        .entity_type(entity)
        .detail("command", "shell completion")
        .detail("count", values.len());
    Ok((values, entry))
}
