//! `omnictl audit`: log, show, export, and verify detecting tampering done as the
//! database superuser with the protecting triggers switched off.

use std::process::Output;

use crate::harness::{TestDb, stderr, stdout};
use crate::operators::{ROOT, bootstrap};

fn act(db: &TestDb, args: &[&str]) -> Output {
    db.omnictl_as(ROOT).args(args).output().expect("run omnictl")
}

/// A platform chain with a handful of rows, made by real commands.
async fn trail(db: &TestDb) {
    bootstrap(db).await;
    for slug in ["one", "two", "three"] {
        let out = act(db, &["org", "create", "--name", slug, "--slug", slug]);
        assert!(out.status.success(), "{}", stderr(&out));
    }
    let out = act(db, &["audit", "verify"]);
    assert!(out.status.success(), "a fresh trail verifies: {}", stderr(&out));
}

/// Runs `sql` as the superuser with user triggers off, as an attacker with database
/// access would.
async fn tamper(db: &TestDb, sql: &str) {
    let mut tx = db.pool.begin().await.expect("begin");
    sqlx::query("SET LOCAL session_replication_role = replica").execute(&mut *tx).await.expect("triggers off");
    sqlx::query(sql).execute(&mut *tx).await.expect("tamper");
    tx.commit().await.expect("commit");
}

fn broken(output: &Output, says: &str) {
    assert_eq!(output.status.code(), Some(10), "verify must report a finding (exit 10): {}", stderr(output));
    assert!(stderr(output).contains(says), "expected {says:?} in: {}", stderr(output));
}

#[tokio::test]
async fn verify_names_the_first_altered_row() {
    let db = TestDb::new().await;
    trail(&db).await;
    tamper(&db, "UPDATE audit_logs SET operator_email = 'someone-else@example.org' WHERE chain_seq = 3 AND organization_id IS NULL").await;
    broken(&act(&db, &["audit", "verify"]), "chain platform: first broken link at row 3");
    broken(&act(&db, &["audit", "verify"]), "(altered)");
}

#[tokio::test]
async fn verify_detects_a_removed_row() {
    let db = TestDb::new().await;
    trail(&db).await;
    tamper(&db, "DELETE FROM audit_logs WHERE chain_seq = 2 AND organization_id IS NULL").await;
    broken(&act(&db, &["audit", "verify"]), "first broken link at row 3");
    broken(&act(&db, &["audit", "verify"]), "(removed)");
}

#[tokio::test]
async fn verify_detects_a_row_removed_from_the_end() {
    let db = TestDb::new().await;
    trail(&db).await;
    tamper(&db, "DELETE FROM audit_logs WHERE organization_id IS NULL AND chain_seq = (SELECT max(chain_seq) FROM audit_logs WHERE organization_id IS NULL)").await;
    broken(&act(&db, &["audit", "verify"]), "rows at the end of the chain are missing");
}

#[tokio::test]
async fn verify_detects_a_row_inserted_out_of_band() {
    let db = TestDb::new().await;
    trail(&db).await;
    // A forged row, correctly linked and hashed, but never written by the linking trigger.
    tamper(
        &db,
        "INSERT INTO audit_logs (chain_key, chain_seq, prev_hash, hash, os_user, host, tool_version, action, outcome)
         SELECT chain_key, chain_seq + 1, hash, hash, 'intruder', 'nowhere', '0', 'org.create', 'SUCCESS'
           FROM audit_logs WHERE organization_id IS NULL ORDER BY chain_seq DESC LIMIT 1",
    )
    .await;
    tamper(&db, "UPDATE audit_logs a SET hash = omnictl_audit_row_hash(a) WHERE os_user = 'intruder'").await;
    broken(&act(&db, &["audit", "verify"]), "(inserted out of band)");
}

#[tokio::test]
async fn log_show_and_export_read_the_trail_with_filters() {
    let db = TestDb::new().await;
    trail(&db).await;

    let log = act(&db, &["audit", "log", "--action", "org.create", "-o", "json"]);
    assert!(log.status.success(), "{}", stderr(&log));
    let rows: serde_json::Value = serde_json::from_slice(&log.stdout).expect("json");
    let rows = rows.as_array().expect("array");
    assert_eq!(rows.len(), 3);
    assert!(
        rows.iter().all(|r| r["action"] == "org.create" && r["operator_email"] == ROOT && r["outcome"] == "SUCCESS")
    );
    assert!(rows.iter().all(|r| !r["os_user"].as_str().unwrap_or_default().is_empty()));
    assert_eq!(rows[0]["changes"]["slug"]["new"], "three", "newest first");

    let group = act(&db, &["audit", "log", "--action", "org.", "--by", ROOT, "--limit", "2", "-o", "json"]);
    let group: serde_json::Value = serde_json::from_slice(&group.stdout).expect("json");
    assert_eq!(group.as_array().map(Vec::len), Some(2));

    let id = rows[0]["id"].as_str().expect("id");
    let entity = format!("organization:{}", rows[0]["entity_id"].as_str().expect("entity id"));
    let by_entity = act(&db, &["audit", "log", "--entity", &entity, "-o", "json"]);
    let by_entity: serde_json::Value = serde_json::from_slice(&by_entity.stdout).expect("json");
    assert_eq!(by_entity[0]["id"], id);
    let show = act(&db, &["audit", "show", id, "-o", "json"]);
    let show: serde_json::Value = serde_json::from_slice(&show.stdout).expect("json");
    assert_eq!(show["hash"].as_str().map(str::len), Some(64));

    let future = act(&db, &["audit", "log", "--since", "2099-01-01", "-o", "json"]);
    assert_eq!(stdout(&future).trim(), "[]");
    let bad = act(&db, &["audit", "log", "--since", "soon"]);
    assert_eq!(bad.status.code(), Some(2), "a malformed date is a usage error");

    let export = act(&db, &["audit", "export", "--format", "jsonl"]);
    assert!(export.status.success(), "{}", stderr(&export));
    let lines: Vec<serde_json::Value> =
        stdout(&export).lines().map(|l| serde_json::from_str(l).expect("each line is JSON")).collect();
    let total: i64 = sqlx::query_scalar("SELECT count(*) FROM audit_logs").fetch_one(&db.pool).await.expect("count");
    // Export sees every row that existed when it began (its own entry comes after).
    assert_eq!(lines.len() as i64, total - 1);
    assert!(lines.windows(2).all(|w| w[0]["occurred_at"].as_str() <= w[1]["occurred_at"].as_str()), "oldest first");
    let (action, count): (String, Option<String>) = sqlx::query_as(
        "SELECT action, details->>'count' FROM audit_logs ORDER BY occurred_at DESC, chain_seq DESC LIMIT 1",
    )
    .fetch_one(&db.pool)
    .await
    .expect("audit");
    assert_eq!(action, "audit.export");
    assert_eq!(count, Some(lines.len().to_string()));
}

/// Verification trusts no function of the database: a hash function replaced to bless
/// any content, and a head function replaced to hide a truncation, change nothing.
#[tokio::test]
async fn verify_trusts_no_function_an_administrator_can_replace() {
    let db = TestDb::new().await;
    trail(&db).await;
    tamper(
        &db,
        "CREATE OR REPLACE FUNCTION omnictl_audit_row_hash(r audit_logs) RETURNS bytea
             LANGUAGE sql IMMUTABLE AS $$ SELECT r.hash $$",
    )
    .await;
    tamper(&db, "UPDATE audit_logs SET reason = 'nothing happened' WHERE chain_seq = 2 AND organization_id IS NULL")
        .await;
    broken(&act(&db, &["audit", "verify"]), "first broken link at row 2");
    broken(&act(&db, &["audit", "verify"]), "(altered)");

    let other = TestDb::new().await;
    trail(&other).await;
    tamper(
        &other,
        "CREATE OR REPLACE FUNCTION omnictl_audit_chain_heads()
             RETURNS TABLE (chain_key uuid, last_seq bigint, last_hash bytea)
             LANGUAGE sql STABLE AS $$ SELECT a.chain_key, max(a.chain_seq), NULL::bytea FROM audit_logs a GROUP BY 1 $$",
    )
    .await;
    tamper(&other, "DELETE FROM audit_logs WHERE organization_id IS NULL AND chain_seq = (SELECT max(chain_seq) FROM audit_logs WHERE organization_id IS NULL)").await;
    broken(&act(&other, &["audit", "verify"]), "rows at the end of the chain are missing");
}

/// Without signed checkpoints kept elsewhere, verify says what it cannot detect.
#[tokio::test]
async fn verify_says_what_it_cannot_detect_on_its_own() {
    let db = TestDb::new().await;
    trail(&db).await;
    let out = act(&db, &["audit", "verify"]);
    assert!(stderr(&out).contains("cannot detect"), "{}", stderr(&out));
}

/// The item digest read block by block (20261203000001) is the digest the trail was
/// defined with: one grouping of all items by block. Compared on items numbered across
/// three blocks, sparsely, and up to an enormous number (one probe per block with items,
/// not one per number).
#[tokio::test]
async fn the_item_digest_read_block_by_block_is_the_grouped_one() {
    let db = TestDb::new().await;
    let mut tx = db.pool.begin().await.expect("begin");
    let audit_log = uuid::Uuid::new_v4();
    sqlx::query(
        "INSERT INTO audit_log_items (audit_log_id, item_no, organization_id, action, entity_type, entity_id, fields)
         SELECT $1, n, NULL, 'patient.create', 'patient', md5(n::text), CASE WHEN n % 3 = 0 THEN 'email' ELSE '' END
           FROM (SELECT generate_series(1, 70000) UNION ALL VALUES (200000), (9000000000000000)) s(n)",
    )
    .bind(audit_log)
    .execute(&mut *tx)
    .await
    .expect("items");
    let (count, digest): (i64, Vec<u8>) =
        sqlx::query_as("SELECT item_count, items_digest FROM omnictl_audit_items_summary($1)")
            .bind(audit_log)
            .fetch_one(&mut *tx)
            .await
            .expect("summary");
    let grouped: (i64, Vec<u8>) = sqlx::query_as(
        "SELECT coalesce(sum(items), 0)::bigint, sha256(string_agg(block_digest, ''::bytea ORDER BY block))
           FROM (SELECT i.item_no / 65536 AS block, count(*) AS items,
                        sha256(convert_to(string_agg(
                            concat_ws(E'\\x1f', i.item_no, i.organization_id, i.action, i.entity_type, i.entity_id,
                                      i.fields),
                            E'\\x1e' ORDER BY i.item_no), 'UTF8')) AS block_digest
                   FROM audit_log_items i WHERE i.audit_log_id = $1 GROUP BY 1) blocks",
    )
    .bind(audit_log)
    .fetch_one(&mut *tx)
    .await
    .expect("grouped");
    assert_eq!(count, 70_002);
    assert_eq!((count, digest), grouped);
    let none: (i64, Option<Vec<u8>>) =
        sqlx::query_as("SELECT item_count, items_digest FROM omnictl_audit_items_summary($1)")
            .bind(uuid::Uuid::new_v4())
            .fetch_one(&mut *tx)
            .await
            .expect("no items");
    assert_eq!(none, (0, None), "no items: no digest");
}
