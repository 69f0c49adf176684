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
