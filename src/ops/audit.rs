//! Verifying the audit trail: every row's hash and every bulk item digest recomputed in
//! Rust from the stored columns (see [`crate::domain::audit_chain`]), every chain walked
//! from its first row to its recorded head. Nothing the database computes is trusted:
//! no hash function, no head function. Rows and items are streamed, so memory stays
//! flat whatever the trail's size. It reads only, and leaves the recording of the
//! verification to the caller (a chain too damaged to append to still gets its report).

use std::collections::BTreeMap;

use anyhow::Result;
use futures_util::TryStreamExt;
use sqlx::PgConnection;
use uuid::Uuid;

use crate::domain::audit_chain::{ChainWalk, ItemsDigest, Problem};
use crate::domain::ids::OrganizationId;
use crate::store::audit_trail::{self, ChainBreak, ChainSummary};

pub const VERIFY: &str = "audit.verify";

/// Every visible chain (one organization's when `organization` is given): a summary of
/// each, and each broken chain's first break.
pub async fn verify(
    conn: &mut PgConnection,
    organization: Option<OrganizationId>,
) -> Result<(Vec<ChainSummary>, Vec<ChainBreak>)> {
    let mut heads: BTreeMap<Uuid, (i64, Vec<u8>)> = audit_trail::chain_heads(&mut *conn, organization)
        .await?
        .into_iter()
        .map(|(chain, seq, hash)| (chain, (seq, hash)))
        .collect();
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

    let mut summaries = Vec::new();
    let mut walk: Option<ChainWalk> = None;
    let mut rows = audit_trail::stored_rows(&mut *conn, organization);
    while let Some(row) = rows.try_next().await? {
        if walk.as_ref().is_none_or(|w| w.chain_key != row.chain_key) {
            if let Some(done) = walk.take() {
                summaries.push(breaks.close(done));
            }
            walk = Some(ChainWalk::new(row.chain_key, heads.remove(&row.chain_key)));
        }
        if let Some(walk) = walk.as_mut() {
            walk.push(&row);
        }
    }
    drop(rows);
    if let Some(done) = walk.take() {
        summaries.push(breaks.close(done));
    }
    // A head whose chain has no row left: the whole chain was removed.
    for (chain, head) in heads {
        breaks.close(ChainWalk::new(chain, Some(head)));
    }
    Ok((summaries, breaks.into_list()))
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

    /// Ends a chain's walk: notes its first break and returns its summary.
    fn close(&mut self, walk: ChainWalk) -> ChainSummary {
        let walk = walk.finish();
        if let Some((seq, id, problem)) = walk.first_break {
            self.note(walk.chain_key, seq, id, problem);
        }
        ChainSummary { chain_key: walk.chain_key, rows: walk.rows, last_seq: walk.last_seq }
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
