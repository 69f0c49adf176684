//! Reading and verifying the audit trail (writing is `crate::audit`'s job).

use crate::domain::ids::{OrganizationId, UserId};
use anyhow::{Context, Result};
use chrono::{DateTime, Utc};
use futures_util::stream::BoxStream;
use serde::Serialize;
use sqlx::postgres::PgArguments;
use sqlx::query::QueryAs;
use sqlx::{PgConnection, Postgres};
use uuid::Uuid;

use super::listing::ListQuery;
use crate::domain::audit_chain::{StoredItem, StoredRow};

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub(crate) struct AuditRecord {
    pub id: Uuid,
    pub occurred_at: DateTime<Utc>,
    /// The chain: the organization's id, or the nil uuid for the platform.
    pub chain_key: Uuid,
    pub chain_seq: i64,
    pub operator_id: Option<UserId>,
    pub operator_email: Option<String>,
    /// The login the server authenticated (`session_user`); None on rows written before
    /// operators had logins of their own.
    pub login_role: Option<String>,
    /// The client's address as the server saw it (None over a Unix socket).
    pub client_addr: Option<String>,
    /// The OS account the client reported (not verified).
    pub os_user: String,
    /// The host name the client reported (not verified).
    pub host: String,
    pub tool_version: String,
    pub organization_id: Option<OrganizationId>,
    pub organization_slug: Option<String>,
    pub action: String,
    pub entity_type: Option<String>,
    pub entity_id: Option<String>,
    pub outcome: String,
    pub reason: Option<String>,
    pub changes: serde_json::Value,
    pub details: serde_json::Value,
    /// How many per-entity items a bulk command filed under this row.
    pub item_count: i64,
    /// When this record is one of those items (listed by entity): its number; the rest
    /// of the record is its audit row's.
    pub item_no: Option<i64>,
    /// SHA-256 of the row, hex.
    pub hash: String,
}

/// Audit rows, and the bulk items about the entity a filter names (or all items, for
/// an export), each dressed in its audit row's who, when and where.
const SELECT: &str = "SELECT a.id, a.occurred_at, a.chain_key, a.chain_seq, a.operator_id, a.operator_email,
                             a.login_role, host(a.client_addr) AS client_addr, a.os_user, a.host, a.tool_version, a.organization_id, o.slug AS organization_slug, a.action,
                             a.entity_type, a.entity_id, a.outcome::text AS outcome, a.reason, a.changes,
                             a.details, a.item_count, a.item_no, encode(a.hash, 'hex') AS hash
                        FROM (SELECT a.id, a.chain_key, a.chain_seq, a.prev_hash, a.hash, a.occurred_at,
                                     a.operator_id, a.operator_email, a.login_role, a.client_addr, a.os_user, a.host,
                                     a.tool_version, a.organization_id, a.action, a.entity_type, a.entity_id,
                                     a.outcome, a.reason, a.changes, a.details, a.item_count, a.items_digest,
                                     NULL::bigint AS item_no
                                FROM audit_logs a
                              UNION ALL
                              SELECT a.id, a.chain_key, a.chain_seq, a.prev_hash, a.hash, a.occurred_at, a.operator_id,
                                     a.operator_email, a.login_role, a.client_addr, a.os_user, a.host, a.tool_version, a.organization_id, i.action,
                                     i.entity_type, i.entity_id, a.outcome, a.reason,
                                     coalesce((SELECT jsonb_object_agg(f, '{\"phi\": true}'::jsonb)
                                                 FROM unnest(string_to_array(nullif(i.fields, ''), ',')) f), '{}'),
                                     a.details, a.item_count, a.items_digest, i.item_no
                                FROM audit_log_items i JOIN audit_logs a ON a.chain_key = i.chain_key AND a.id = i.audit_log_id
                               WHERE i.entity_id = $5 OR $8) a
                        LEFT JOIN organizations o ON o.id = a.organization_id";

/// Filters of `audit log` and `audit export`; row-level security adds the scope.
#[derive(Debug, Clone, Default)]
pub(crate) struct AuditFilter {
    pub organization_id: Option<OrganizationId>,
    pub operator_email: Option<String>,
    /// Exact action, or a prefix ending in `.` (`patient.` for every patient action).
    pub action: Option<String>,
    pub entity_type: Option<String>,
    pub entity_id: Option<String>,
    pub since: Option<DateTime<Utc>>,
    pub until: Option<DateTime<Utc>>,
    pub oldest_first: bool,
    /// Every bulk item after its audit row, not only those of the entity filtered on.
    pub with_items: bool,
}

const WHERE: &str = " WHERE ($1::uuid IS NULL OR a.organization_id = $1)
                        AND ($2::text IS NULL OR lower(a.operator_email) = lower($2))
                        AND ($3::text IS NULL OR a.action = $3 OR (right($3, 1) = '.' AND a.action LIKE $3 || '%'))
                        AND ($4::text IS NULL OR a.entity_type = $4)
                        AND ($5::text IS NULL OR a.entity_id = $5)
                        AND ($6::timestamptz IS NULL OR a.occurred_at >= $6)
                        AND ($7::timestamptz IS NULL OR a.occurred_at < $7)";

impl ListQuery for AuditFilter {
    type Row = AuditRecord;
    const NOUN: &'static str = "audit row";
    const SORTABLE: &'static [(&'static str, &'static str)] = &[
        ("time", "a.occurred_at"),
        ("occurred_at", "a.occurred_at"),
        ("organization", "o.slug"),
        ("organization_slug", "o.slug"),
        ("operator", "a.operator_email"),
        ("operator_email", "a.operator_email"),
        ("login", "a.login_role"),
        ("login_role", "a.login_role"),
        ("action", "a.action"),
        ("entity", "a.entity_type"),
        ("entity_type", "a.entity_type"),
        ("outcome", "a.outcome"),
    ];
    /// The newest rows: a trail is long, and `--all` asks for all of it.
    const DEFAULT_LIMIT: Option<usize> = Some(50);

    fn select(&self) -> String {
        format!("{SELECT}{WHERE}")
    }

    fn order(&self) -> &'static str {
        // An audit row comes before its items either way.
        if self.oldest_first {
            "a.occurred_at ASC, a.chain_seq ASC, a.item_no ASC NULLS FIRST"
        } else {
            "a.occurred_at DESC, a.chain_seq DESC, a.item_no DESC NULLS FIRST"
        }
    }

    fn bind<'q, O>(&'q self, query: QueryAs<'q, Postgres, O, PgArguments>) -> QueryAs<'q, Postgres, O, PgArguments> {
        query
            .bind(self.organization_id)
            .bind(self.operator_email.as_deref())
            .bind(self.action.as_deref())
            .bind(self.entity_type.as_deref())
            .bind(self.entity_id.as_deref())
            .bind(self.since)
            .bind(self.until)
            .bind(self.with_items)
    }
}

pub(crate) async fn find(conn: &mut PgConnection, id: Uuid) -> Result<Option<AuditRecord>> {
    // $2–$7 are the list filters' places, unused here; $5 and $8 keep items out.
    crate::db::statement::query_as(&format!("{SELECT} WHERE a.id = $1 AND a.item_no IS NULL"))
        .bind(id)
        .bind(None::<Uuid>)
        .bind(None::<String>)
        .bind(None::<String>)
        .bind(None::<String>)
        .bind(None::<DateTime<Utc>>)
        .bind(None::<DateTime<Utc>>)
        .bind(false)
        .fetch_optional(conn)
        .await
        .context("could not read the audit record")
}

/// The first place a chain does not hold together.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub(crate) struct ChainBreak {
    pub chain_key: Uuid,
    pub chain_seq: i64,
    pub id: Option<Uuid>,
    /// altered, missing_before, out_of_band, missing_at_end, items_altered,
    /// orphan_items
    pub problem: String,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct ChainSummary {
    pub chain_key: Uuid,
    /// The clinic's slug, or `platform`.
    pub name: String,
    pub rows: i64,
    pub last_seq: i64,
    /// The chain's first bad row and why (None: intact).
    pub first_bad_seq: Option<i64>,
    pub problem: Option<String>,
}

/// The rows of every visible chain (optionally one organization's), in chain and
/// sequence order, as stored: streamed, for [`crate::domain::audit_chain`] to recompute.
pub(crate) fn stored_rows<'c>(
    conn: &'c mut PgConnection,
    organization_id: Option<OrganizationId>,
) -> BoxStream<'c, Result<StoredRow>> {
    use futures_util::StreamExt;
    crate::db::statement::query_as::<StoredColumns>(
        "SELECT id, chain_key, chain_seq, prev_hash, hash, occurred_at, operator_id, operator_email, os_user, host,
                tool_version, organization_id, action, entity_type, entity_id, outcome::text AS outcome, reason,
                changes, details, item_count, items_digest, login_role, client_addr::text AS client_addr
           FROM audit_logs
          WHERE $1::uuid IS NULL OR chain_key = $1
          ORDER BY chain_key, chain_seq",
    )
    .bind(organization_id)
    .fetch(conn)
    .map(|row| row.map(StoredColumns::into_row).context("could not read the audit trail"))
    .boxed()
}

#[derive(sqlx::FromRow)]
struct StoredColumns {
    id: Uuid,
    chain_key: Uuid,
    chain_seq: i64,
    prev_hash: Vec<u8>,
    hash: Vec<u8>,
    occurred_at: DateTime<Utc>,
    operator_id: Option<Uuid>,
    operator_email: Option<String>,
    os_user: String,
    host: String,
    tool_version: String,
    organization_id: Option<Uuid>,
    action: String,
    entity_type: Option<String>,
    entity_id: Option<String>,
    outcome: String,
    reason: Option<String>,
    // jsonb's binary form is its text form: kept as PostgreSQL printed it.
    changes: sqlx::types::Json<Box<serde_json::value::RawValue>>,
    details: sqlx::types::Json<Box<serde_json::value::RawValue>>,
    item_count: i64,
    items_digest: Option<Vec<u8>>,
    login_role: Option<String>,
    client_addr: Option<String>,
}

impl StoredColumns {
    fn into_row(self) -> StoredRow {
        StoredRow {
            id: self.id,
            chain_key: self.chain_key,
            chain_seq: self.chain_seq,
            prev_hash: self.prev_hash,
            hash: self.hash,
            occurred_at_micros: self.occurred_at.timestamp_micros(),
            operator_id: self.operator_id,
            operator_email: self.operator_email,
            os_user: self.os_user,
            host: self.host,
            tool_version: self.tool_version,
            organization_id: self.organization_id,
            action: self.action,
            entity_type: self.entity_type,
            entity_id: self.entity_id,
            outcome: self.outcome,
            reason: self.reason,
            changes: self.changes.0.get().to_string(),
            details: self.details.0.get().to_string(),
            item_count: self.item_count,
            items_digest: self.items_digest,
            login_role: self.login_role,
            client_addr: self.client_addr,
        }
    }
}

/// The recorded head (last sequence number, last hash) of every visible chain.
pub(crate) async fn chain_heads(
    conn: &mut PgConnection,
    organization_id: Option<OrganizationId>,
) -> Result<Vec<(Uuid, i64, Vec<u8>)>> {
    crate::db::statement::query_as(
        "SELECT chain_key, last_seq, last_hash FROM audit_chain_heads
          WHERE $1::uuid IS NULL OR chain_key = $1 ORDER BY chain_key",
    )
    .bind(organization_id)
    .fetch_all(conn)
    .await
    .context("could not read the audit chain heads")
}

/// The rows that have bulk items: (chain, sequence number, id, item count, digest).
pub(crate) async fn rows_with_items(
    conn: &mut PgConnection,
    organization_id: Option<OrganizationId>,
) -> Result<Vec<(Uuid, i64, Uuid, i64, Option<Vec<u8>>)>> {
    crate::db::statement::query_as(
        "SELECT chain_key, chain_seq, id, item_count, items_digest FROM audit_logs
          WHERE ($1::uuid IS NULL OR chain_key = $1) AND item_count > 0 ORDER BY chain_key, chain_seq",
    )
    .bind(organization_id)
    .fetch_all(conn)
    .await
    .context("could not read the audit rows with items")
}

/// One row's items, in item order, streamed.
pub(crate) fn stored_items<'c>(conn: &'c mut PgConnection, audit_log: Uuid) -> BoxStream<'c, Result<StoredItem>> {
    use futures_util::StreamExt;
    crate::db::statement::query_as::<(i64, Option<Uuid>, String, String, String, String)>(
        "SELECT item_no, organization_id, action, entity_type, entity_id, fields FROM audit_log_items
          WHERE audit_log_id = $1 ORDER BY item_no",
    )
    .bind(audit_log)
    .fetch(conn)
    .map(|row| {
        row.map(|(item_no, organization_id, action, entity_type, entity_id, fields)| StoredItem {
            item_no,
            organization_id,
            action,
            entity_type,
            entity_id,
            fields,
        })
        .context("could not read the audit items")
    })
    .boxed()
}

/// Items filed under no row that has items: (organization or nil, audit row id).
pub(crate) async fn orphan_items(
    conn: &mut PgConnection,
    organization_id: Option<OrganizationId>,
) -> Result<Vec<(Uuid, Uuid)>> {
    crate::db::statement::query_as(
        "SELECT DISTINCT coalesce(i.organization_id, '00000000-0000-0000-0000-000000000000'::uuid), i.audit_log_id
           FROM audit_log_items i
          WHERE ($1::uuid IS NULL OR i.organization_id = $1)
            AND NOT EXISTS (SELECT 1 FROM audit_logs a
                             WHERE a.chain_key = i.chain_key AND a.id = i.audit_log_id AND a.item_count > 0)",
    )
    .bind(organization_id)
    .fetch_all(conn)
    .await
    .context("could not look for items without their audit row")
}

/// The slugs of the visible organizations, by id (chains are named by them).
pub(crate) async fn chain_names(conn: &mut PgConnection) -> Result<Vec<(Uuid, String)>> {
    crate::db::statement::query_as("SELECT id, slug FROM organizations")
        .fetch_all(conn)
        .await
        .context("could not read the organizations' slugs")
}

/// The database a checkpoint is of: the cluster's system identifier and its name.
pub(crate) async fn database_identity(conn: &mut PgConnection) -> Result<(String, String)> {
    crate::db::statement::query_as("SELECT system_identifier::text, current_database()::text FROM pg_control_system()")
        .fetch_one(conn)
        .await
        .context("could not read the database's identity")
}
