//! Reading and verifying the audit trail (writing is `crate::audit`'s job).

use crate::domain::ids::{OrganizationId, UserId};
use anyhow::{Context, Result};
use chrono::{DateTime, Utc};
use futures_util::stream::BoxStream;
use serde::Serialize;
use sqlx::PgConnection;
use uuid::Uuid;

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct AuditRecord {
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
                                FROM audit_log_items i JOIN audit_logs a ON a.id = i.audit_log_id
                               WHERE i.entity_id = $5 OR $9) a
                        LEFT JOIN organizations o ON o.id = a.organization_id";

/// Filters of `audit log` and `audit export`; row-level security adds the scope.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    pub organization_id: Option<OrganizationId>,
    pub operator_email: Option<String>,
    /// Exact action, or a prefix ending in `.` (`patient.` for every patient action).
    pub action: Option<String>,
    pub entity_type: Option<String>,
    pub entity_id: Option<String>,
    pub since: Option<DateTime<Utc>>,
    pub until: Option<DateTime<Utc>>,
    pub limit: Option<i64>,
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

fn query(filter: &AuditFilter) -> String {
    let order = if filter.oldest_first { "ASC" } else { "DESC" };
    // An audit row comes before its items either way.
    let items = if filter.oldest_first { "ASC NULLS FIRST" } else { "DESC NULLS FIRST" };
    format!("{SELECT}{WHERE} ORDER BY a.occurred_at {order}, a.chain_seq {order}, a.item_no {items} LIMIT $8")
}

macro_rules! bind_filter {
    ($query:expr, $filter:expr) => {
        $query
            .bind($filter.organization_id)
            .bind($filter.operator_email.as_deref())
            .bind($filter.action.as_deref())
            .bind($filter.entity_type.as_deref())
            .bind($filter.entity_id.as_deref())
            .bind($filter.since)
            .bind($filter.until)
            .bind($filter.limit)
            .bind($filter.with_items)
    };
}

pub async fn list(conn: &mut PgConnection, filter: &AuditFilter) -> Result<Vec<AuditRecord>> {
    let sql = query(filter);
    bind_filter!(crate::db::statement::query_as(&sql), filter)
        .fetch_all(conn)
        .await
        .context("could not read the audit trail")
}

/// Streams rows oldest first, for export: constant memory whatever the size.
pub fn stream<'c>(
    conn: &'c mut PgConnection,
    sql: &'c str,
    filter: &'c AuditFilter,
) -> BoxStream<'c, Result<AuditRecord, sqlx::Error>> {
    bind_filter!(crate::db::statement::query_as(sql), filter).fetch(conn)
}

/// The export's filter and query: oldest first, every bulk item after its row.
pub fn export_query(filter: &AuditFilter) -> (AuditFilter, String) {
    let filter = AuditFilter { oldest_first: true, with_items: true, ..filter.clone() };
    let sql = query(&filter);
    (filter, sql)
}

pub async fn find(conn: &mut PgConnection, id: Uuid) -> Result<Option<AuditRecord>> {
    // $2–$8 are the list filters' places, unused here; $5 and $9 keep items out.
    crate::db::statement::query_as(&format!("{SELECT} WHERE a.id = $1 AND a.item_no IS NULL"))
        .bind(id)
        .bind(None::<Uuid>)
        .bind(None::<String>)
        .bind(None::<String>)
        .bind(None::<String>)
        .bind(None::<DateTime<Utc>>)
        .bind(None::<DateTime<Utc>>)
        .bind(None::<i64>)
        .bind(false)
        .fetch_optional(conn)
        .await
        .context("could not read the audit record")
}

/// The first place a chain does not hold together.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct ChainBreak {
    pub chain_key: Uuid,
    pub chain_seq: i64,
    pub id: Option<Uuid>,
    /// altered, missing_before, out_of_band, missing_at_end, items_altered,
    /// orphan_items
    pub problem: String,
}

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct ChainSummary {
    pub chain_key: Uuid,
    pub rows: i64,
    pub last_seq: i64,
}

/// Recomputes every visible chain (optionally one organization's) in the database and
/// returns each chain's first break, plus a summary of the chains checked.
pub async fn verify(
    conn: &mut PgConnection,
    organization_id: Option<OrganizationId>,
) -> Result<(Vec<ChainSummary>, Vec<ChainBreak>)> {
    let breaks = crate::db::statement::query_as(
        "WITH rows AS (
             SELECT a.id, a.chain_key, a.chain_seq, a.prev_hash, a.hash,
                    omnictl_audit_row_hash(a) AS recomputed,
                    lag(a.hash) OVER w AS previous_hash,
                    lag(a.chain_seq) OVER w AS previous_seq,
                    h.last_seq AS head_seq
               FROM audit_logs a
               LEFT JOIN omnictl_audit_chain_heads() h ON h.chain_key = a.chain_key
              WHERE $1::uuid IS NULL OR a.chain_key = $1
             WINDOW w AS (PARTITION BY a.chain_key ORDER BY a.chain_seq)
         ), problems AS (
             SELECT chain_key, chain_seq, id,
                    CASE
                        -- Past the head the linking trigger recorded: not written by it.
                        WHEN head_seq IS NULL OR chain_seq > head_seq THEN 'out_of_band'
                        WHEN chain_seq <> coalesce(previous_seq, 0) + 1 THEN 'missing_before'
                        WHEN prev_hash <> coalesce(previous_hash, '\\x0000000000000000000000000000000000000000000000000000000000000000'::bytea)
                            THEN 'out_of_band'
                        WHEN hash <> recomputed THEN 'altered'
                    END AS problem
               FROM rows
             UNION ALL
             SELECT h.chain_key, h.last_seq, NULL, 'missing_at_end'
               FROM omnictl_audit_chain_heads() h
              WHERE ($1::uuid IS NULL OR h.chain_key = $1)
                AND h.last_seq > coalesce((SELECT max(chain_seq) FROM audit_logs a WHERE a.chain_key = h.chain_key), 0)
         ), item_problems AS (
             -- A row's items no longer add up to the count and digest it was written with.
             SELECT a.chain_key, a.chain_seq, a.id, 'items_altered' AS problem
               FROM audit_logs a CROSS JOIN LATERAL omnictl_audit_items_summary(a.id) s
              WHERE ($1::uuid IS NULL OR a.chain_key = $1) AND a.item_count > 0
                AND (s.item_count, s.items_digest) IS DISTINCT FROM (a.item_count, a.items_digest)
             UNION ALL
             -- Items filed under a row that has none, or under no row at all.
             SELECT coalesce(i.organization_id, '00000000-0000-0000-0000-000000000000'::uuid),
                    coalesce(a.chain_seq, 0), i.audit_log_id,
                    CASE WHEN a.id IS NULL THEN 'orphan_items' ELSE 'items_altered' END
               FROM (SELECT DISTINCT audit_log_id, organization_id FROM audit_log_items) i
               LEFT JOIN audit_logs a ON a.id = i.audit_log_id
              WHERE ($1::uuid IS NULL OR i.organization_id = $1) AND (a.id IS NULL OR a.item_count = 0)
         )
         SELECT DISTINCT ON (chain_key) chain_key, chain_seq, id, problem
           FROM (SELECT * FROM problems WHERE problem IS NOT NULL UNION ALL SELECT * FROM item_problems) found
          ORDER BY chain_key, chain_seq",
    )
    .bind(organization_id)
    .fetch_all(&mut *conn)
    .await
    .context("could not verify the audit trail")?;
    let summary = crate::db::statement::query_as(
        "SELECT chain_key, count(*) AS rows, max(chain_seq) AS last_seq FROM audit_logs
          WHERE $1::uuid IS NULL OR chain_key = $1 GROUP BY chain_key ORDER BY chain_key",
    )
    .bind(organization_id)
    .fetch_all(conn)
    .await
    .context("could not summarise the audit trail")?;
    Ok((summary, breaks))
}
