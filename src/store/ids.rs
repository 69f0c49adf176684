//! Ids given by a prefix: which rows of a table (as row-level security lets the scope
//! see them) the prefix covers.

use anyhow::{Context, Result};
use sqlx::PgConnection;
use uuid::Uuid;

use crate::domain::ids::IdPrefix;

/// The tables whose ids commands take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdTable {
    Appointments,
    Sessions,
    PatientInsurances,
    AuditLogs,
}

impl IdTable {
    fn name(self) -> &'static str {
        match self {
            IdTable::Appointments => "appointments",
            IdTable::Sessions => "sessions",
            IdTable::PatientInsurances => "patient_insurances",
            IdTable::AuditLogs => "audit_logs",
        }
    }

    /// What one row is called in a sentence.
    pub fn noun(self) -> &'static str {
        match self {
            IdTable::Appointments => "appointment",
            IdTable::Sessions => "session",
            IdTable::PatientInsurances => "policy",
            IdTable::AuditLogs => "audit row",
        }
    }
}

/// Up to `limit` ids of `table` the prefix covers, in order.
pub async fn matching(conn: &mut PgConnection, table: IdTable, prefix: &IdPrefix, limit: i64) -> Result<Vec<Uuid>> {
    let (low, high) = prefix.bounds();
    crate::db::statement::query_scalar(&format!(
        "SELECT id FROM {} WHERE id BETWEEN $1 AND $2 ORDER BY id LIMIT $3",
        table.name()
    ))
    .bind(low)
    .bind(high)
    .bind(limit)
    .fetch_all(conn)
    .await
    .with_context(|| format!("could not look up the {} {prefix}", table.noun()))
}

/// The most candidates an ambiguous prefix lists.
pub const CANDIDATES: usize = 5;

/// The rows a lookup by key fetches at most: every candidate an ambiguous prefix lists,
/// plus one to tell there are more.
pub const KEY_ROWS: i64 = CANDIDATES as i64 + 1;

/// The ids `key` covers as a prefix (shorter than a whole id): bound beside the key in
/// the lookups of rows named by a natural key or an id (`… OR id BETWEEN $3 AND $4`).
/// Both None when `key` is no prefix, so that the range matches nothing.
pub fn prefix_range(key: &str) -> (Option<Uuid>, Option<Uuid>) {
    match IdPrefix::parse(key) {
        Ok(prefix) if prefix.whole().is_none() => {
            let (low, high) = prefix.bounds();
            (Some(low), Some(high))
        }
        _ => (None, None),
    }
}

/// The one row `key` names, by `sql`: a statement taking the key (`$1`), the whole id it
/// may be (`$2`), the ids it may begin (`$3`, `$4`, see [`prefix_range`]) and how many rows
/// to read at most (`$5`), exact matches first. `exact` says whether a row is named by
/// its natural key or whole id; see [`the_one`].
pub async fn by_key<T>(
    conn: &mut PgConnection,
    sql: &str,
    key: &str,
    noun: &str,
    exact: impl Fn(&T, &str, Option<Uuid>) -> bool,
    id: impl Fn(&T) -> Uuid,
) -> Result<Option<T>>
where
    T: for<'r> sqlx::FromRow<'r, sqlx::postgres::PgRow> + Send + Unpin,
{
    let key = key.trim();
    let whole = Uuid::parse_str(key).ok();
    let (low, high) = prefix_range(key);
    let rows: Vec<T> = crate::db::statement::query_as(sql)
        .bind(key)
        .bind(whole)
        .bind(low)
        .bind(high)
        .bind(KEY_ROWS)
        .fetch_all(conn)
        .await
        .with_context(|| format!("could not look up the {noun}"))?;
    the_one(rows, key, noun, |row| exact(row, key, whole), id)
}

/// The one row a key names among the rows a lookup found: the one it names exactly (its
/// natural key or whole id, `exact`), else the only one whose id begins with it; several
/// are refused with the candidates.
pub fn the_one<T>(
    rows: Vec<T>,
    key: &str,
    noun: &str,
    exact: impl Fn(&T) -> bool,
    id: impl Fn(&T) -> Uuid,
) -> Result<Option<T>> {
    let mut rows = rows;
    if let Some(at) = rows.iter().position(&exact) {
        return Ok(Some(rows.swap_remove(at)));
    }
    match rows.len() {
        0 => Ok(None),
        1 => Ok(rows.pop()),
        _ => Err(ambiguous(key.trim(), noun, rows.iter().map(id)).into()),
    }
}

/// The refusal of a prefix naming several rows, listing the first candidates.
pub fn ambiguous(prefix: &str, noun: &str, candidates: impl Iterator<Item = Uuid>) -> crate::error::Error {
    let candidates: Vec<Uuid> = candidates.collect();
    let shown: Vec<String> = candidates.iter().take(CANDIDATES).map(Uuid::to_string).collect();
    let more = if candidates.len() > CANDIDATES { "\n  …" } else { "" };
    let nouns = match noun.strip_suffix('y') {
        Some(stem) => format!("{stem}ies"),
        None => format!("{noun}s"),
    };
    crate::error::Error::refused(format!("the prefix {prefix} names several {nouns}:\n  {}{more}", shown.join("\n  ")))
        .hint("give more of the id")
}
