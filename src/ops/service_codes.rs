//! The platform's catalogue of service codes (CPT codes with their units, credentials
//! and daily maxima), loaded from the catalogue embedded in omnictl.

use super::Action;
use super::{AuditEntry, CommandTx, Done};
use crate::domain::service_code;
use crate::error;
use crate::store::service_codes::{self, LoadSummary};

const SEED: Action = Action::ServiceCodeSeed;
const LIST: Action = Action::ServiceCodeList;

/// Whoever may book may see what there is to book.
const READERS: crate::access::Need = crate::access::Need::PlatformOrClinic { staff: true };

/// `seed service-codes`: the platform's codes from the embedded catalogue, inserted or
/// updated.
pub struct Seed;

impl super::Operation for Seed {
    type Output = LoadSummary;

    fn action(&self) -> Action {
        SEED
    }

    fn need(&self) -> crate::access::Need {
        crate::access::Need::Platform
    }

    async fn apply(&mut self, tx: &mut CommandTx, _session: &crate::access::Session) -> Done<LoadSummary> {
        seed(tx).await
    }
}

/// Inserts or updates the platform's codes from the embedded catalogue.
async fn seed(tx: &mut CommandTx) -> Done<LoadSummary> {
    let specs = service_code::catalogue().map_err(error::internal)?;
    let summary = service_codes::upsert_platform_codes(tx.conn(), &specs).await?;
    let entry = AuditEntry::new(SEED)
        .entity_type("service_code")
        .detail("codes", specs.iter().map(|s| s.code.clone()).collect::<Vec<_>>())
        .detail("inserted", summary.inserted)
        .detail("updated", summary.updated)
        .detail("unchanged", summary.unchanged);
    Ok((summary, entry))
}

/// The record of `code list` (with the count of rows it shows): the codes the operator's
/// scope may book.
pub(crate) fn listing() -> super::lists::Read {
    super::lists::Read { action: LIST, need: READERS, entry: AuditEntry::new(LIST).entity_type("service_code") }
}
