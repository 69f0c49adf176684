//! Signed checkpoints of the audit trail: the head of every chain at a moment (its last
//! sequence number and hash, and how many rows it had), with the database's identity,
//! signed with an Ed25519 key kept outside the database and appended as one line of
//! JSON to storage its administrators cannot rewrite. A later `audit verify
//! --checkpoints` proves the chains still pass through every checkpointed link: a chain
//! re-hashed after an edit, cut back with its head moved, or deleted with its head no
//! longer does.

use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// What the key signs: this, serialized as compact JSON in field order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Heads {
    pub version: u32,
    /// The cluster's system identifier (pg_control_system), as text.
    pub system_identifier: String,
    pub database: String,
    /// RFC 3339, UTC.
    pub time: String,
    pub chains: Vec<ChainHead>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChainHead {
    pub chain: Uuid,
    /// The clinic's slug, or `platform`.
    pub name: String,
    pub last_seq: i64,
    /// Lowercase hex.
    pub last_hash: String,
    pub rows: i64,
}

/// One line of a checkpoint file.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Checkpoint {
    #[serde(flatten)]
    pub heads: Heads,
    /// Hex of the Ed25519 public key, and of the signature over the heads.
    pub public_key: String,
    pub signature: String,
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex<const N: usize>(text: &str) -> Option<[u8; N]> {
    let text = text.trim();
    if text.len() != 2 * N {
        return None;
    }
    let mut out = [0u8; N];
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(text.get(2 * i..2 * i + 2)?, 16).ok()?;
    }
    Some(out)
}

/// A new key pair: (private key file text, public key file text).
pub(crate) fn generate(seed: [u8; 32]) -> (String, String) {
    let key = SigningKey::from_bytes(&seed);
    (
        format!("audit private key (Ed25519) of omnictl; keep it outside the database\n{}\n", hex(&seed)),
        format!("audit public key (Ed25519) of omnictl\n{}\n", hex(key.verifying_key().as_bytes())),
    )
}

/// The key's hex line of a key file (the last non-empty line).
fn key_line(text: &str) -> &str {
    text.lines().map(str::trim).rfind(|l| !l.is_empty()).unwrap_or("")
}

pub(crate) fn signing_key(text: &str) -> Result<SigningKey, String> {
    unhex::<32>(key_line(text)).map(|seed| SigningKey::from_bytes(&seed)).ok_or_else(|| {
        "not an audit private key (a line of 64 hex digits, as the audit key generator writes it)".to_string()
    })
}

pub(crate) fn verifying_key(text: &str) -> Result<VerifyingKey, String> {
    unhex::<32>(key_line(text)).and_then(|bytes| VerifyingKey::from_bytes(&bytes).ok()).ok_or_else(|| {
        "not an audit public key (a line of 64 hex digits, as the audit key generator writes it)".to_string()
    })
}

fn signed_bytes(heads: &Heads) -> Vec<u8> {
    serde_json::to_vec(heads).unwrap_or_default()
}

pub(crate) fn sign(heads: Heads, key: &SigningKey) -> Checkpoint {
    let signature = key.sign(&signed_bytes(&heads));
    Checkpoint { heads, public_key: hex(key.verifying_key().as_bytes()), signature: hex(&signature.to_bytes()) }
}

/// Reads one line and checks its signature with `key`; the sentence says why not.
pub(crate) fn open(line: &str, key: &VerifyingKey) -> Result<Heads, String> {
    let checkpoint: Checkpoint =
        serde_json::from_str(line).map_err(|e| format!("it is not an audit checkpoint ({e})"))?;
    if checkpoint.public_key != hex(key.as_bytes()) {
        return Err("it was signed with another key than the public key given".to_string());
    }
    let signature = unhex::<64>(&checkpoint.signature)
        .map(|bytes| Signature::from_bytes(&bytes))
        .ok_or_else(|| "its signature is not one".to_string())?;
    key.verify(&signed_bytes(&checkpoint.heads), &signature)
        .map_err(|_| "its signature does not match its content: the line was forged or edited".to_string())?;
    Ok(checkpoint.heads)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn heads() -> Heads {
        Heads {
            version: 1,
            system_identifier: "7713879625110233285".to_string(),
            database: "omnictl".to_string(),
            time: "2026-11-30T10:00:00Z".to_string(),
            chains: vec![ChainHead {
                chain: Uuid::nil(),
                name: "platform".to_string(),
                last_seq: 12,
                last_hash: "ab".repeat(32),
                rows: 12,
            }],
        }
    }

    #[test]
    fn a_signed_line_opens_with_its_key_and_nothing_else_does() {
        let (private, public) = generate([7; 32]);
        let key = signing_key(&private).expect("private");
        let public = verifying_key(&public).expect("public");
        let line = serde_json::to_string(&sign(heads(), &key)).expect("json");
        assert_eq!(open(&line, &public), Ok(heads()));
        let edited = line.replace("\"last_seq\":12", "\"last_seq\":11");
        assert!(open(&edited, &public).expect_err("edited").contains("forged or edited"));
        let (_, other) = generate([8; 32]);
        let other = verifying_key(&other).expect("other");
        assert!(open(&line, &other).expect_err("other key").contains("another key"));
        assert!(open("{}", &public).is_err());
        assert!(signing_key("nonsense").is_err());
    }
}
