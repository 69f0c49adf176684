//! The audit trail's hash chain, recomputed outside the database. The linking trigger
//! hashes each row when it is written; `omnictl audit verify` recomputes every hash and
//! every bulk item digest here, from the stored columns, with nothing of the database's
//! own functions (which an administrator could replace), and walks each chain.
//!
//! The canonical encoding of a row (the README documents it, and a test pins it with
//! fixed vectors): the text of a JSON array, exactly as PostgreSQL prints a `jsonb` array
//! — elements separated by `", "`, strings in double quotes with `"` `\` and the control
//! characters escaped (`\b \f \n \r \t`, others `\u00XX`), everything else (non-ASCII
//! included) as is, numbers in decimal, `null` for NULL — of these fields in this order:
//!
//! 1. the previous row's hash, lowercase hex (64 zeros for a chain's first row)
//! 2. the chain key (the organization's id, or the nil uuid for the platform)
//! 3. the sequence number
//! 4. the time, in microseconds since 1970-01-01 UTC
//! 5. the operator's id
//! 6. the operator's email
//! 7. the OS user the client reported
//! 8. the host the client reported
//! 9. the tool's version
//! 10. the organization's id
//! 11. the action
//! 12. the entity's type
//! 13. the entity's id
//! 14. the outcome
//! 15. the reason
//! 16. the changes, as PostgreSQL prints `jsonb` (keys sorted by length, then bytes;
//!     `": "` between key and value; numbers as stored)
//! 17. the details, likewise
//! 18. the number of bulk items
//! 19. their digest, lowercase hex
//! 20. the login (`session_user`), only on rows that have one
//! 21. the client's address as `address/bits`, on the same rows (rows written before
//!     logins existed end at 19)
//!
//! The row's hash is the SHA-256 of that text in UTF-8. Uuids are lowercase and
//! hyphenated. A row's items digest is the SHA-256 of the concatenated SHA-256 digests of
//! each block of 65,536 items (by `item_no / 65536`, in order); a block's digest is the
//! SHA-256 of its items joined by U+001E, each item its non-NULL fields (item number,
//! organization id, action, entity type, entity id, field names) joined by U+001F.

use sha2::{Digest, Sha256};
use uuid::Uuid;

/// The hash before a chain's first row.
pub(crate) const GENESIS: [u8; 32] = [0; 32];

/// One stored audit row, as its columns hold it.
#[derive(Debug, Clone)]
pub struct StoredRow {
    pub id: Uuid,
    pub chain_key: Uuid,
    pub chain_seq: i64,
    pub prev_hash: Vec<u8>,
    pub hash: Vec<u8>,
    pub occurred_at_micros: i64,
    pub operator_id: Option<Uuid>,
    pub operator_email: Option<String>,
    pub os_user: String,
    pub host: String,
    pub tool_version: String,
    pub organization_id: Option<Uuid>,
    pub action: String,
    pub entity_type: Option<String>,
    pub entity_id: Option<String>,
    pub outcome: String,
    pub reason: Option<String>,
    /// The `jsonb` columns' text, as PostgreSQL prints them.
    pub changes: String,
    pub details: String,
    pub item_count: i64,
    pub items_digest: Option<Vec<u8>>,
    pub login_role: Option<String>,
    /// `address/bits`.
    pub client_addr: Option<String>,
}

const HEX: &[u8; 16] = b"0123456789abcdef";

fn push_hex(out: &mut String, bytes: &[u8]) {
    for b in bytes {
        out.push(HEX[usize::from(b >> 4)] as char);
        out.push(HEX[usize::from(b & 0xf)] as char);
    }
}

/// A JSON string as PostgreSQL's `jsonb` output writes it: runs that need no escape are
/// copied whole.
fn string(out: &mut String, text: &str) {
    out.push('"');
    let mut plain = 0;
    for (at, byte) in text.bytes().enumerate() {
        let escaped = match byte {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            0x08 => "\\b",
            0x0c => "\\f",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x00..=0x1f => "",
            _ => continue,
        };
        out.push_str(&text[plain..at]);
        if escaped.is_empty() {
            out.push_str("\\u00");
            out.push(HEX[usize::from(byte >> 4)] as char);
            out.push(HEX[usize::from(byte & 0xf)] as char);
        } else {
            out.push_str(escaped);
        }
        plain = at + 1;
    }
    out.push_str(&text[plain..]);
    out.push('"');
}

fn push_uuid(out: &mut String, id: &Uuid) {
    let mut buffer = Uuid::encode_buffer();
    out.push('"');
    out.push_str(id.hyphenated().encode_lower(&mut buffer));
    out.push('"');
}

/// The canonical text of a row (see the module's documentation).
pub(crate) fn canonical(row: &StoredRow) -> String {
    use std::fmt::Write;
    let mut out = String::with_capacity(512 + row.changes.len() + row.details.len());
    let text = |out: &mut String, value: Option<&str>| match value {
        Some(value) => string(out, value),
        None => out.push_str("null"),
    };
    let id = |out: &mut String, value: Option<&Uuid>| match value {
        Some(value) => push_uuid(out, value),
        None => out.push_str("null"),
    };
    out.push_str("[\"");
    push_hex(&mut out, &row.prev_hash);
    out.push_str("\", ");
    push_uuid(&mut out, &row.chain_key);
    let _ = write!(out, ", {}, {}, ", row.chain_seq, row.occurred_at_micros);
    id(&mut out, row.operator_id.as_ref());
    out.push_str(", ");
    text(&mut out, row.operator_email.as_deref());
    out.push_str(", ");
    string(&mut out, &row.os_user);
    out.push_str(", ");
    string(&mut out, &row.host);
    out.push_str(", ");
    string(&mut out, &row.tool_version);
    out.push_str(", ");
    id(&mut out, row.organization_id.as_ref());
    out.push_str(", ");
    string(&mut out, &row.action);
    out.push_str(", ");
    text(&mut out, row.entity_type.as_deref());
    out.push_str(", ");
    text(&mut out, row.entity_id.as_deref());
    out.push_str(", ");
    string(&mut out, &row.outcome);
    out.push_str(", ");
    text(&mut out, row.reason.as_deref());
    out.push_str(", ");
    out.push_str(&row.changes);
    out.push_str(", ");
    out.push_str(&row.details);
    let _ = write!(out, ", {}, ", row.item_count);
    match &row.items_digest {
        Some(digest) => {
            out.push('"');
            push_hex(&mut out, digest);
            out.push('"');
        }
        None => out.push_str("null"),
    }
    if row.login_role.is_some() {
        out.push_str(", ");
        text(&mut out, row.login_role.as_deref());
        out.push_str(", ");
        text(&mut out, row.client_addr.as_deref());
    }
    out.push(']');
    out
}

/// The row's hash: SHA-256 of its canonical text.
pub(crate) fn row_hash(row: &StoredRow) -> [u8; 32] {
    Sha256::digest(canonical(row).as_bytes()).into()
}

/// One bulk item, as stored.
#[derive(Debug, Clone)]
pub struct StoredItem {
    pub item_no: i64,
    pub organization_id: Option<Uuid>,
    pub action: String,
    pub entity_type: String,
    pub entity_id: String,
    pub fields: String,
}

/// The digest of a row's items, fed in item order, one at a time (memory stays flat
/// whatever their number).
#[derive(Default)]
pub(crate) struct ItemsDigest {
    count: i64,
    block: Option<i64>,
    block_hash: Sha256,
    blocks: Sha256,
}

impl ItemsDigest {
    pub(crate) fn push(&mut self, item: &StoredItem) {
        let block = item.item_no.div_euclid(65536);
        match self.block {
            Some(current) if current == block => self.block_hash.update([0x1e]),
            Some(_) => {
                let done = std::mem::take(&mut self.block_hash).finalize();
                self.blocks.update(done);
            }
            None => {}
        }
        self.block = Some(block);
        let organization = item.organization_id.map(|id| id.to_string());
        let parts = [
            Some(item.item_no.to_string()),
            organization,
            Some(item.action.clone()),
            Some(item.entity_type.clone()),
            Some(item.entity_id.clone()),
            Some(item.fields.clone()),
        ];
        let mut first = true;
        for part in parts.iter().flatten() {
            if !first {
                self.block_hash.update([0x1f]);
            }
            first = false;
            self.block_hash.update(part.as_bytes());
        }
        self.count += 1;
    }

    /// How many items, and their digest (None without items).
    pub(crate) fn finish(mut self) -> (i64, Option<[u8; 32]>) {
        if self.block.is_none() {
            return (0, None);
        }
        let last = self.block_hash.finalize();
        self.blocks.update(last);
        (self.count, Some(self.blocks.finalize().into()))
    }
}

/// Why a chain does not hold together at a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Problem {
    /// The row's content no longer gives its stored hash.
    Altered,
    /// Rows before this one are missing (its sequence number skips).
    MissingBefore,
    /// The row does not link to the one before it, or lies past the recorded head: it was
    /// not written by the linking trigger.
    OutOfBand,
    /// The chain ends before its recorded head.
    MissingAtEnd,
    /// The row's items no longer give its stored count and digest.
    ItemsAltered,
    /// Items filed under no row that has items.
    OrphanItems,
    /// The row a signed checkpoint vouched for has another hash now, or the rows up to
    /// it are not as many as then: the chain was rewritten after the checkpoint.
    DiffersFromCheckpoint,
    /// The chain ends before a row a signed checkpoint vouched for: cut back (and its
    /// head moved), or deleted.
    EndsBeforeCheckpoint,
}

impl Problem {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Problem::Altered => "altered",
            Problem::MissingBefore => "missing_before",
            Problem::OutOfBand => "out_of_band",
            Problem::MissingAtEnd => "missing_at_end",
            Problem::ItemsAltered => "items_altered",
            Problem::OrphanItems => "orphan_items",
            Problem::DiffersFromCheckpoint => "differs_from_checkpoint",
            Problem::EndsBeforeCheckpoint => "ends_before_checkpoint",
        }
    }
}

/// Walks one chain's rows in sequence order and keeps its first break.
pub(crate) struct ChainWalk {
    pub chain_key: Uuid,
    pub rows: i64,
    pub last_seq: i64,
    last_hash: Vec<u8>,
    head: Option<(i64, Vec<u8>)>,
    /// What signed checkpoints vouched for, by sequence number: (hash, rows up to it).
    checkpoints: std::collections::BTreeMap<i64, (Vec<u8>, i64)>,
    pub first_break: Option<(i64, Option<Uuid>, Problem)>,
}

impl ChainWalk {
    /// A chain whose recorded head (last sequence number, last hash) is `head`, if any.
    pub(crate) fn new(chain_key: Uuid, head: Option<(i64, Vec<u8>)>) -> Self {
        Self {
            chain_key,
            rows: 0,
            last_seq: 0,
            last_hash: GENESIS.to_vec(),
            head,
            checkpoints: Default::default(),
            first_break: None,
        }
    }

    /// Also checks the rows signed checkpoints vouched for: (sequence number, hash, rows).
    pub(crate) fn with_checkpoints(mut self, checkpoints: impl IntoIterator<Item = (i64, Vec<u8>, i64)>) -> Self {
        self.checkpoints = checkpoints.into_iter().map(|(seq, hash, rows)| (seq, (hash, rows))).collect();
        self
    }

    fn note(&mut self, seq: i64, id: Option<Uuid>, problem: Problem) {
        if self.first_break.as_ref().is_none_or(|(earlier, _, _)| *earlier > seq) {
            self.first_break = Some((seq, id, problem));
        }
    }

    pub(crate) fn push(&mut self, row: &StoredRow) {
        self.rows += 1;
        let problem = if self.head.as_ref().is_none_or(|(seq, _)| row.chain_seq > *seq) {
            Some(Problem::OutOfBand)
        } else if row.chain_seq != self.last_seq + 1 {
            Some(Problem::MissingBefore)
        } else if row.prev_hash != self.last_hash {
            Some(Problem::OutOfBand)
        } else if row_hash(row).as_slice() != row.hash.as_slice() {
            Some(Problem::Altered)
        } else {
            None
        };
        if let Some(problem) = problem {
            self.note(row.chain_seq, Some(row.id), problem);
        }
        if let Some((hash, rows)) = self.checkpoints.get(&row.chain_seq)
            && (*hash != row.hash || *rows != self.rows)
        {
            self.note(row.chain_seq, Some(row.id), Problem::DiffersFromCheckpoint);
        }
        self.last_seq = row.chain_seq;
        self.last_hash.clone_from(&row.hash);
    }

    /// The end of the chain: rows missing before the recorded head, or a head whose
    /// hash is not the last row's.
    pub(crate) fn finish(mut self) -> Self {
        if let Some((seq, _)) = self.checkpoints.range(self.last_seq + 1..).next() {
            let seq = *seq;
            self.note(seq, None, Problem::EndsBeforeCheckpoint);
        }
        if let Some((seq, hash)) = self.head.clone()
            && self.first_break.is_none()
        {
            if seq > self.last_seq {
                self.first_break = Some((seq, None, Problem::MissingAtEnd));
            } else if seq == self.last_seq && hash != self.last_hash {
                self.first_break = Some((seq, None, Problem::OutOfBand));
            }
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(bytes: &[u8]) -> String {
        let mut out = String::with_capacity(2 * bytes.len());
        push_hex(&mut out, bytes);
        out
    }

    fn row() -> StoredRow {
        StoredRow {
            id: Uuid::nil(),
            chain_key: Uuid::parse_str("6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f").expect("uuid"),
            chain_seq: 7,
            prev_hash: vec![0xab; 32],
            hash: Vec::new(),
            occurred_at_micros: 1_796_000_000_123_456,
            operator_id: Some(Uuid::parse_str("00000000-0000-4000-8000-000000000001").expect("uuid")),
            operator_email: Some("ana@clinic.example".to_string()),
            os_user: "ana".to_string(),
            host: "desk-1".to_string(),
            tool_version: "0.1.0".to_string(),
            organization_id: Some(Uuid::parse_str("6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f").expect("uuid")),
            action: "patient.update".to_string(),
            entity_type: Some("patient".to_string()),
            entity_id: Some("MRN-1".to_string()),
            outcome: "SUCCESS".to_string(),
            reason: Some("a \"quoted\"\\ line\nand é\u{1}".to_string()),
            changes: r#"{"phone": {"phi": true}, "status": {"new": 2.50, "old": null}}"#.to_string(),
            details: "{}".to_string(),
            item_count: 0,
            items_digest: None,
            login_role: Some("omnictl.ana@clinic.example".to_string()),
            client_addr: Some("10.0.0.7/32".to_string()),
        }
    }

    /// Fixed vectors: the text and the hash PostgreSQL 15 gives for the same row
    /// (`SELECT sha256(convert_to((jsonb_build_array(…) || jsonb_build_array(…))::text,
    /// 'UTF8'))`), so the encoding cannot drift silently.
    #[test]
    fn the_canonical_text_and_hash_match_postgresql() {
        let text = canonical(&row());
        assert_eq!(
            text,
            "[\"abababababababababababababababababababababababababababababababab\", \
             \"6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f\", 7, 1796000000123456, \
             \"00000000-0000-4000-8000-000000000001\", \"ana@clinic.example\", \"ana\", \"desk-1\", \"0.1.0\", \
             \"6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f\", \"patient.update\", \"patient\", \"MRN-1\", \"SUCCESS\", \
             \"a \\\"quoted\\\"\\\\ line\\nand é\\u0001\", {\"phone\": {\"phi\": true}, \"status\": {\"new\": 2.50, \
             \"old\": null}}, {}, 0, null, \"omnictl.ana@clinic.example\", \"10.0.0.7/32\"]"
        );
        assert_eq!(hex(&row_hash(&row())), EXPECTED_HASH);
        let mut old = row();
        old.login_role = None;
        old.client_addr = None;
        assert!(canonical(&old).ends_with("{}, 0, null]"), "rows without a login end at the digest");
    }

    const EXPECTED_HASH: &str = "3d07e87d530e39d176a1555d6cbddf5f6f9cf85ff020d4881e5e1f633eb9fbf6";

    #[test]
    fn items_digest_matches_postgresql_for_items_across_blocks() {
        let item = |n: i64| StoredItem {
            item_no: n,
            organization_id: if n == 2 { None } else { Some(Uuid::nil()) },
            action: "patient.create".to_string(),
            entity_type: "patient".to_string(),
            entity_id: format!("MRN-{n}"),
            fields: "first_name,last_name".to_string(),
        };
        let mut digest = ItemsDigest::default();
        for n in [1, 2, 65536, 65537] {
            digest.push(&item(n));
        }
        let (count, digest) = digest.finish();
        assert_eq!(count, 4);
        assert_eq!(digest.map(|d| hex(&d)).as_deref(), Some(EXPECTED_ITEMS));
        assert_eq!(ItemsDigest::default().finish(), (0, None));
    }

    const EXPECTED_ITEMS: &str = "68281fefdfd19cee5575f9ba4d9dc7a68ced9f641f9a3e0df2e0ed81dd25e985";
}
