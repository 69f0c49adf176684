//! Verifying the audit trail: every row's hash and every bulk item digest recomputed in
//! Rust from the stored columns (see [`crate::domain::audit_chain`]), every chain walked
//! from its first row to its recorded head. Nothing the database computes is trusted:
//! no hash function, no head function. Rows and items are streamed, so memory stays
//! flat whatever the trail's size. It reads only, and leaves the recording of the
//! verification to the caller (a chain too damaged to append to still gets its report).

use super::Action;
use std::collections::BTreeMap;

use anyhow::Result;
use futures_util::TryStreamExt;
use sqlx::PgConnection;
use uuid::Uuid;

use super::{AuditEntry, CommandTx, Done};
use crate::domain::audit_chain::{ChainWalk, ItemsDigest, Problem};
use crate::domain::checkpoint;
use crate::domain::ids::OrganizationId;
use crate::error::Error;
use crate::store::audit_trail::{self, ChainBreak, ChainSummary};

pub(crate) const VERIFY: Action = Action::AuditVerify;
pub(crate) const CHECKPOINT: Action = Action::AuditCheckpoint;

/// What signed checkpoints vouched for, by chain: (sequence number, hash, rows up to it).
pub(crate) type Vouched = BTreeMap<Uuid, Vec<(i64, Vec<u8>, i64)>>;

/// Every visible chain (one organization's when `organization` is given): a summary of
/// each, naming the clinic and its first break if any, and the breaks alone. `vouched`
/// adds what signed checkpoints say each chain passed through.
async fn verify(
    conn: &mut PgConnection,
    organization: Option<OrganizationId>,
    vouched: &Vouched,
) -> Result<(Vec<ChainSummary>, Vec<ChainBreak>)> {
    let names: BTreeMap<Uuid, String> = audit_trail::chain_names(&mut *conn).await?.into_iter().collect();
    let mut heads: BTreeMap<Uuid, (i64, Vec<u8>)> = audit_trail::chain_heads(&mut *conn, organization)
        .await?
        .into_iter()
        .map(|(chain, seq, hash)| (chain, (seq, hash)))
        .collect();
    let in_scope = |chain: &Uuid| organization.is_none_or(|org| org.0 == *chain);
    let mut unseen: BTreeMap<Uuid, Vec<(i64, Vec<u8>, i64)>> =
        vouched.iter().filter(|(chain, _)| in_scope(chain)).map(|(c, v)| (*c, v.clone())).collect();
    let mut breaks = Breaks::default();
    // Items first: the rows with items are few, their items may be millions (streamed
    // row by row).
    for (chain, seq, id, count, digest) in audit_trail::rows_with_items(&mut *conn, organization).await? {
        let mut computed = ItemsDigest::default();
        let mut items = audit_trail::stored_items(&mut *conn, id);
        while let Some(item) = items.try_next().await? {
            computed.push(&item);
        }
        drop(items);
        let (computed_count, computed_digest) = computed.finish();
        if computed_count != count || computed_digest.map(|d| d.to_vec()) != digest {
            breaks.note(chain, seq, Some(id), Problem::ItemsAltered);
        }
    }
    for (chain, id) in audit_trail::orphan_items(&mut *conn, organization).await? {
        breaks.note(chain, 0, Some(id), Problem::OrphanItems);
    }

    let mut walked = Vec::new();
    let mut walk: Option<ChainWalk> = None;
    let mut rows = audit_trail::stored_rows(&mut *conn, organization);
    while let Some(row) = rows.try_next().await? {
        if walk.as_ref().is_none_or(|w| w.chain_key != row.chain_key) {
            if let Some(done) = walk.take() {
                walked.push(breaks.close(done));
            }
            let checkpoints = unseen.remove(&row.chain_key).unwrap_or_default();
            walk = Some(ChainWalk::new(row.chain_key, heads.remove(&row.chain_key)).with_checkpoints(checkpoints));
        }
        if let Some(walk) = walk.as_mut() {
            walk.push(&row);
        }
    }
    drop(rows);
    if let Some(done) = walk.take() {
        walked.push(breaks.close(done));
    }
    // Chains with a head or a checkpoint and no row left: removed whole.
    let mut gone: BTreeMap<Uuid, ChainWalk> = BTreeMap::new();
    for (chain, head) in heads {
        gone.insert(chain, ChainWalk::new(chain, Some(head)));
    }
    for (chain, checkpoints) in unseen {
        let walk = gone.remove(&chain).unwrap_or_else(|| ChainWalk::new(chain, None));
        gone.insert(chain, walk.with_checkpoints(checkpoints));
    }
    for walk in gone.into_values() {
        walked.push(breaks.close(walk));
    }
    let name = |chain: &Uuid| {
        if chain.is_nil() {
            "platform".to_string()
        } else {
            names.get(chain).cloned().unwrap_or_else(|| chain.to_string())
        }
    };
    let mut summaries: Vec<ChainSummary> = walked
        .into_iter()
        .map(|(chain_key, rows, last_seq)| {
            let found = breaks.0.get(&chain_key);
            ChainSummary {
                chain_key,
                name: name(&chain_key),
                rows,
                last_seq,
                first_bad_seq: found.map(|(seq, _, _)| *seq),
                problem: found.map(|(_, _, problem)| problem.as_str().to_string()),
            }
        })
        .collect();
    // The platform first, then the clinics by slug: the same order every time.
    summaries.sort_by(|a, b| (!a.chain_key.is_nil(), &a.name).cmp(&(!b.chain_key.is_nil(), &b.name)));
    Ok((summaries, breaks.into_list()))
}

/// Signs the head of every chain with `key`: (the checkpoint, its audit entry). Refused
/// when the trail does not verify (a checkpoint would vouch for a tampered chain).
async fn checkpoint(tx: &mut CommandTx, key: &ed25519_dalek::SigningKey) -> Done<checkpoint::Checkpoint> {
    let (summaries, breaks) = verify(tx.conn(), None, &Vouched::new()).await?;
    if let Some(first) = breaks.first() {
        return Err(Error::refused(format!(
            "the audit trail does not verify (chain {} from row {}: {}), so no checkpoint vouches for it",
            summaries.iter().find(|s| s.chain_key == first.chain_key).map_or("?", |s| s.name.as_str()),
            first.chain_seq,
            first.problem
        ))
        .remedy(crate::error::Remedy::VerifyAudit)
        .into());
    }
    let heads: BTreeMap<Uuid, (i64, Vec<u8>)> = audit_trail::chain_heads(tx.conn(), None)
        .await?
        .into_iter()
        .map(|(chain, seq, hash)| (chain, (seq, hash)))
        .collect();
    let (system_identifier, database) = audit_trail::database_identity(tx.conn()).await?;
    let chains = summaries
        .iter()
        .filter_map(|s| {
            let (last_seq, hash) = heads.get(&s.chain_key)?;
            Some(checkpoint::ChainHead {
                chain: s.chain_key,
                name: s.name.clone(),
                last_seq: *last_seq,
                last_hash: hash.iter().map(|b| format!("{b:02x}")).collect(),
                rows: s.rows,
            })
        })
        .collect();
    let heads = checkpoint::Heads {
        version: 1,
        system_identifier,
        database,
        time: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        chains,
    };
    let signed = checkpoint::sign(heads, key);
    let entry = AuditEntry::new(CHECKPOINT)
        .entity_type("audit_log")
        .detail("chains", signed.heads.chains.len())
        .detail("public_key", signed.public_key.clone())
        .detail("signature", signed.signature.clone());
    Ok((signed, entry))
}

/// Each chain's first break.
#[derive(Default)]
struct Breaks(BTreeMap<Uuid, (i64, Option<Uuid>, Problem)>);

impl Breaks {
    fn note(&mut self, chain: Uuid, seq: i64, id: Option<Uuid>, problem: Problem) {
        if self.0.get(&chain).is_none_or(|(earlier, _, _)| *earlier > seq) {
            self.0.insert(chain, (seq, id, problem));
        }
    }

    /// Ends a chain's walk: notes its first break; (chain, rows, last sequence number).
    fn close(&mut self, walk: ChainWalk) -> (Uuid, i64, i64) {
        let walk = walk.finish();
        if let Some((seq, id, problem)) = walk.first_break {
            self.note(walk.chain_key, seq, id, problem);
        }
        (walk.chain_key, walk.rows, walk.last_seq)
    }

    fn into_list(self) -> Vec<ChainBreak> {
        self.0
            .into_iter()
            .map(|(chain_key, (chain_seq, id, problem))| ChainBreak {
                chain_key,
                chain_seq,
                id,
                problem: problem.as_str().to_string(),
            })
            .collect()
    }
}

/// Who reads the audit trail: a super admin (the whole trail, or one clinic's with
/// `--org`), or a clinic's ADMIN (their clinic's).
const AUDITORS: crate::access::Need = crate::access::Need::PlatformOrClinic { staff: false };

/// One line of a checkpoint file, its signature checked: where it is (for messages) and
/// the heads it vouches for.
#[derive(Debug, Clone)]
pub(crate) struct SignedLine {
    pub at: String,
    pub heads: checkpoint::Heads,
}

/// `audit verify`: every chain in scope walked and recomputed, against the signed
/// checkpoints when given. The report is kept in the operation (see [`Verify::report`])
/// so that a chain too damaged to append the record of the verification to still gets
/// it.
pub(crate) struct Verify {
    pub checkpoints: Option<Vec<SignedLine>>,
    /// Every chain's summary and the breaks, once verified.
    pub report: Option<(Vec<ChainSummary>, Vec<ChainBreak>)>,
}

impl super::Operation for Verify {
    type Output = ();

    fn action(&self) -> Action {
        VERIFY
    }

    fn need(&self) -> crate::access::Need {
        AUDITORS
    }

    async fn apply(&mut self, tx: &mut CommandTx, session: &crate::access::Session) -> Done<()> {
        let vouched = match &self.checkpoints {
            Some(lines) => vouched_by(tx, lines).await?,
            None => Vouched::new(),
        };
        let chain = session.organization.as_ref().map(|o| o.id);
        let (summary, breaks) = verify(tx.conn(), chain, &vouched).await?;
        let entry = AuditEntry::new(VERIFY)
            .entity_type("audit_log")
            .detail("chains", summary.len())
            .detail("rows", summary.iter().map(|c| c.rows).sum::<i64>())
            .detail("broken_chains", breaks.len());
        self.report = Some((summary, breaks));
        Ok(((), entry))
    }
}

/// What the checkpoint lines vouch for, by chain, once each is known to be of this
/// database.
async fn vouched_by(tx: &mut CommandTx, lines: &[SignedLine]) -> Result<Vouched> {
    let (system_identifier, database) = audit_trail::database_identity(tx.conn()).await?;
    let mut vouched = Vouched::new();
    for SignedLine { at, heads } in lines {
        if heads.system_identifier != system_identifier || heads.database != database {
            return Err(Error::refused(format!(
                "{at} is a checkpoint of another database (system {}, database {}), not of this one (system \
                 {system_identifier}, database {database})",
                heads.system_identifier, heads.database
            ))
            .into());
        }
        for chain in &heads.chains {
            let hash = (0..chain.last_hash.len() / 2)
                .filter_map(|i| u8::from_str_radix(chain.last_hash.get(2 * i..2 * i + 2)?, 16).ok())
                .collect();
            vouched.entry(chain.chain).or_default().push((chain.last_seq, hash, chain.rows));
        }
    }
    Ok(vouched)
}

/// `audit checkpoint`: every chain's head, signed with `key`.
pub(crate) struct Checkpoint {
    pub key: ed25519_dalek::SigningKey,
}

impl super::Operation for Checkpoint {
    type Output = checkpoint::Checkpoint;

    fn action(&self) -> Action {
        CHECKPOINT
    }

    fn need(&self) -> crate::access::Need {
        crate::access::Need::Platform
    }

    async fn apply(&mut self, tx: &mut CommandTx, _session: &crate::access::Session) -> Done<Self::Output> {
        checkpoint(tx, &self.key).await
    }
}

/// `audit show`: one row of the trail, with its items.
pub(crate) struct Show {
    pub row: crate::domain::ids::Key<crate::domain::ids::AuditRowId>,
}

impl super::Operation for Show {
    type Output = audit_trail::AuditRecord;

    fn action(&self) -> Action {
        Action::AuditShow
    }

    fn need(&self) -> crate::access::Need {
        AUDITORS
    }

    async fn apply(&mut self, tx: &mut CommandTx, _session: &crate::access::Session) -> Done<Self::Output> {
        let id: Uuid = crate::store::keys::resolve(tx.conn(), &self.row).await?.0;
        let record = audit_trail::find(tx.conn(), id)
            .await?
            .ok_or_else(|| crate::error::not_found(format!("no audit row {id} (or not one you may see)")))?;
        Ok((record, AuditEntry::new(Action::AuditShow).entity("audit_log", id)))
    }
}

/// `audit log`: the trail as a list.
pub(crate) fn log_listing() -> super::lists::Read {
    let entry = AuditEntry::new(Action::AuditLog).entity_type("audit_log");
    super::lists::Read { action: Action::AuditLog, need: AUDITORS, entry }
}

/// `audit export`: every row in scope between `since` and `until` (the clinic's
/// midnights for dates), with its items, oldest first.
pub(crate) struct Export {
    pub since: Option<crate::domain::dates::TimeArg>,
    pub until: Option<crate::domain::dates::TimeArg>,
}

impl Export {
    /// The rows it reads, for `session`.
    pub(crate) fn filter(&self, session: &crate::access::Session) -> audit_trail::AuditFilter {
        let (since, until) = window(session, self.since, self.until);
        audit_trail::AuditFilter {
            organization_id: session.organization.as_ref().map(|o| o.id),
            since,
            until,
            oldest_first: true,
            with_items: true,
            ..Default::default()
        }
    }
}

impl super::Outflowing for Export {
    fn action(&self) -> Action {
        Action::AuditExport
    }

    fn need(&self) -> crate::access::Need {
        AUDITORS
    }

    fn entry(&self, session: &crate::access::Session) -> AuditEntry {
        let (since, until) = window(session, self.since, self.until);
        AuditEntry::new(Action::AuditExport)
            .entity_type("audit_log")
            .detail("since", since.map(|t| t.to_rfc3339()))
            .detail("until", until.map(|t| t.to_rfc3339()))
    }
}

/// The instants `since` and `until` name for `session` (a date: its midnight on the
/// clinic's clock, UTC's for the platform).
pub(crate) fn window(
    session: &crate::access::Session,
    since: Option<crate::domain::dates::TimeArg>,
    until: Option<crate::domain::dates::TimeArg>,
) -> (Option<chrono::DateTime<chrono::Utc>>, Option<chrono::DateTime<chrono::Utc>>) {
    let zone = session.organization.as_ref().and_then(|o| crate::domain::clock::zone(&o.time_zone).ok());
    let today = session.today();
    (since.map(|t| t.instant(today, zone)), until.map(|t| t.instant(today, zone)))
}

/// A restored database checked as its owner reading everything (as omnictl_backup, in
/// one read-only snapshot), recording nothing in it: every audit chain walked (`audit
/// verify`) and every clinic's authorizations' counters against their rows (`auth
/// check`). Returns the chains, their rows and breaks, the authorizations checked and
/// those whose counters differ.
pub(crate) async fn verify_restored(conn: &mut PgConnection) -> Result<(usize, i64, Vec<String>, i64, Vec<String>)> {
    use sqlx::Connection;
    let mut tx = conn.begin().await?;
    crate::db::statement::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY").execute(&mut *tx).await?;
    crate::db::statement::query("SET LOCAL ROLE omnictl_backup").execute(&mut *tx).await?;
    let (summary, breaks) = verify(&mut tx, None, &Vouched::new()).await?;
    let (checked, mismatches) = crate::store::authorizations::all_counter_mismatches(&mut tx).await?;
    tx.rollback().await.ok();
    let rows = summary.iter().map(|c| c.rows).sum();
    let breaks = breaks.iter().map(|b| format!("chain {} row {}: {}", b.chain_key, b.chain_seq, b.problem)).collect();
    let mismatches = mismatches
        .iter()
        .map(|m| {
            format!(
                "{} authorization {}: scheduled {} (appointments {}, ledger {}), used {} (ledger {})",
                m.organization,
                m.authorization_number.as_deref().unwrap_or("-"),
                m.scheduled_units,
                m.live_appointment_units,
                m.ledger_scheduled_units,
                m.used_units,
                m.ledger_used_units
            )
        })
        .collect();
    Ok((summary.len(), rows, breaks, checked, mismatches))
}
