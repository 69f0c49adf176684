//! Signed checkpoints kept outside the database, against an administrator rewriting the
//! trail as the database superuser with the triggers off: each rewrite is detected by
//! `audit verify --checkpoints`, naming the chain and its first bad row, and a bad
//! checkpoint file is refused with a sentence.

use std::path::{Path, PathBuf};
use std::process::Output;

use crate::harness::{TestDb, omnictl, stderr, stdout};
use crate::operators::{ROOT, bootstrap};

fn act(db: &TestDb, args: &[&str]) -> Output {
    db.omnictl_as(ROOT).args(args).output().expect("run omnictl")
}

/// A platform chain and a clinic's chain (`north`), a key pair and one checkpoint of
/// them in `dir`: (checkpoints file, public key).
async fn checkpointed(db: &TestDb, dir: &Path) -> (PathBuf, PathBuf) {
    bootstrap(db).await;
    for args in [
        &["org", "create", "--name", "North", "--slug", "north"][..],
        &[
            "user",
            "create",
            "--org",
            "north",
            "--email",
            "admin@north.test",
            "--name",
            "North Admin",
            "--role",
            "admin",
        ],
        &["org", "create", "--name", "South", "--slug", "south"],
        &["practitioner", "create", "--org", "north", "--name", "Riley", "--credential", "RBT", "--npi", "1234567893"],
    ] {
        let out = act(db, args);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    }
    let key = dir.join("audit.key");
    let keygen = omnictl().args(["audit", "keygen", "--out"]).arg(&key).output().expect("keygen");
    assert!(keygen.status.success(), "{}", stderr(&keygen));
    let checkpoints = dir.join("checkpoints.jsonl");
    let out = db
        .omnictl_as(ROOT)
        .args(["audit", "checkpoint", "--key"])
        .arg(&key)
        .arg("--out")
        .arg(&checkpoints)
        .output()
        .expect("checkpoint");
    assert!(out.status.success(), "{}", stderr(&out));
    (checkpoints, dir.join("audit.key.pub"))
}

/// A fresh database with its trail checkpointed (see [`checkpointed`]).
struct Checkpointed {
    db: TestDb,
    dir: tempfile::TempDir,
    checkpoints: PathBuf,
    public: PathBuf,
}

impl Checkpointed {
    async fn new() -> Self {
        let db = TestDb::new().await;
        let dir = tempfile::tempdir().expect("dir");
        let (checkpoints, public) = checkpointed(&db, dir.path()).await;
        Self { db, dir, checkpoints, public }
    }
}

/// A patient import by north's admin: an audit row with items.
fn import_patients(db: &TestDb) {
    let import = db
        .omnictl_as("admin@north.test")
        .args(["patient", "import", &crate::imports::seed("patients.csv")])
        .output()
        .expect("import");
    assert!(import.status.success(), "{}", stderr(&import));
}

fn verify(db: &TestDb, checkpoints: &Path, public: &Path) -> Output {
    db.omnictl_as(ROOT)
        .args(["audit", "verify", "--checkpoints"])
        .arg(checkpoints)
        .arg("--public-key")
        .arg(public)
        .output()
        .expect("verify")
}

async fn tamper(db: &TestDb, sql: &str) {
    let mut tx = db.pool.begin().await.expect("begin");
    sqlx::query("SET LOCAL session_replication_role = replica").execute(&mut *tx).await.expect("triggers off");
    sqlx::raw_sql(sql).execute(&mut *tx).await.expect("tamper");
    tx.commit().await.expect("commit");
}

/// Re-hashes a chain from `from` on with the database's own hash function and moves its
/// head: what an administrator covering an edit would do.
fn rehash(chain: &str, from: i64) -> String {
    format!(
        "DO $$ DECLARE r record; prev bytea; BEGIN
           SELECT hash INTO prev FROM audit_logs WHERE chain_key = {chain} AND chain_seq = {from} - 1;
           FOR r IN SELECT id FROM audit_logs WHERE chain_key = {chain} AND chain_seq >= {from} ORDER BY chain_seq LOOP
             UPDATE audit_logs SET prev_hash = coalesce(prev, decode(repeat('00', 32), 'hex')) WHERE id = r.id;
             UPDATE audit_logs a SET hash = omnictl_audit_row_hash(a) WHERE id = r.id RETURNING hash INTO prev;
           END LOOP;
           UPDATE audit_chain_heads SET last_hash = prev WHERE chain_key = {chain};
         END $$"
    )
}

const PLATFORM: &str = "'00000000-0000-0000-0000-000000000000'::uuid";
const NORTH: &str = "(SELECT id FROM organizations WHERE slug = 'north')";

fn found(out: &Output, says: &[&str]) {
    assert_eq!(out.status.code(), Some(10), "a finding exits 10: {}", stderr(out));
    for s in says {
        assert!(stderr(out).contains(s), "expected {s:?} in: {}", stderr(out));
    }
}

#[tokio::test]
async fn an_intact_trail_passes_through_every_checkpoint_and_json_names_chains() {
    let Checkpointed { db, dir: _dir, checkpoints, public } = Checkpointed::new().await;
    let out = verify(&db, &checkpoints, &public);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("passes through all"), "{}", stderr(&out));
    let json = db
        .omnictl_as(ROOT)
        .args(["audit", "verify", "-o", "json", "--checkpoints"])
        .arg(&checkpoints)
        .arg("--public-key")
        .arg(&public)
        .output()
        .expect("json");
    let report: serde_json::Value = serde_json::from_slice(&json.stdout).expect("json report");
    let names: Vec<&str> = report.as_array().expect("array").iter().filter_map(|c| c["name"].as_str()).collect();
    assert!(names.contains(&"platform") && names.contains(&"north"), "{report}");
    // The checkpoint is on the record.
    let recorded: i64 =
        sqlx::query_scalar("SELECT count(*) FROM audit_logs WHERE action = 'audit.checkpoint' AND outcome = 'SUCCESS'")
            .fetch_one(&db.pool)
            .await
            .expect("count");
    assert_eq!(recorded, 1);
}

#[tokio::test]
async fn an_edit_covered_by_rehashing_everything_after_it_is_detected() {
    let Checkpointed { db, dir: _dir, checkpoints, public } = Checkpointed::new().await;
    tamper(&db, &format!("UPDATE audit_logs SET reason = 'covered up' WHERE chain_key = {PLATFORM} AND chain_seq = 2"))
        .await;
    tamper(&db, &rehash(PLATFORM, 2)).await;
    // The database alone is fooled: the chain links and the head agrees.
    let alone = act(&db, &["audit", "verify"]);
    assert!(alone.status.success(), "a re-hashed chain verifies without checkpoints: {}", stderr(&alone));
    let out = verify(&db, &checkpoints, &public);
    let json = stdout(&out);
    found(&out, &["chain platform: first broken link at row", "rewritten after it"]);
    assert!(json.contains("differs_from_checkpoint"), "{json}");
}

#[tokio::test]
async fn a_tail_cut_off_with_its_head_moved_back_is_detected() {
    let Checkpointed { db, dir: _dir, checkpoints, public } = Checkpointed::new().await;
    tamper(
        &db,
        &format!(
            "DELETE FROM audit_logs WHERE chain_key = {NORTH} AND chain_seq > 1;
             UPDATE audit_chain_heads h SET last_seq = 1, last_hash = a.hash
               FROM audit_logs a WHERE h.chain_key = {NORTH} AND a.chain_key = h.chain_key AND a.chain_seq = 1;"
        ),
    )
    .await;
    assert!(act(&db, &["audit", "verify"]).status.success(), "the database alone is fooled");
    found(&verify(&db, &checkpoints, &public), &["chain north:", "cut back or deleted"]);
}

#[tokio::test]
async fn a_chain_deleted_with_its_head_and_a_wiped_trail_are_detected() {
    let Checkpointed { db, dir: _dir, checkpoints, public } = Checkpointed::new().await;
    tamper(
        &db,
        &format!(
            "DELETE FROM audit_logs WHERE chain_key = {NORTH}; DELETE FROM audit_chain_heads WHERE chain_key = {NORTH};"
        ),
    )
    .await;
    assert!(act(&db, &["audit", "verify"]).status.success(), "the database alone is fooled");
    found(&verify(&db, &checkpoints, &public), &["chain north: first broken link at row", "cut back or deleted"]);

    tamper(&db, "DELETE FROM audit_logs; DELETE FROM audit_chain_heads; DELETE FROM audit_log_items;").await;
    found(&verify(&db, &checkpoints, &public), &["chain platform:", "chain north:"]);
}

#[tokio::test]
async fn a_replaced_hash_function_hides_no_edit_from_a_checkpoint() {
    let Checkpointed { db, dir: _dir, checkpoints, public } = Checkpointed::new().await;
    tamper(
        &db,
        "CREATE OR REPLACE FUNCTION omnictl_audit_row_hash(r audit_logs) RETURNS bytea
             LANGUAGE sql IMMUTABLE AS $$ SELECT r.hash $$",
    )
    .await;
    tamper(&db, &format!("UPDATE audit_logs SET action = 'org.read' WHERE chain_key = {PLATFORM} AND chain_seq = 3"))
        .await;
    found(&verify(&db, &checkpoints, &public), &["chain platform: first broken link at row 3", "(altered)"]);
}

#[tokio::test]
async fn a_wrong_key_a_forged_line_and_another_databases_checkpoint_are_refused() {
    let Checkpointed { db, dir, checkpoints, public } = Checkpointed::new().await;
    let refused = |out: &Output, says: &str| {
        assert_eq!(out.status.code(), Some(1), "{}", stderr(out));
        assert!(stderr(out).contains(says), "expected {says:?} in: {}", stderr(out));
    };
    // Another key pair's public key.
    let other = dir.path().join("other.key");
    assert!(omnictl().args(["audit", "keygen", "--out"]).arg(&other).output().expect("keygen").status.success());
    refused(&verify(&db, &checkpoints, &dir.path().join("other.key.pub")), "signed with another key");
    // The line edited to vouch for less.
    let text = std::fs::read_to_string(&checkpoints).expect("read");
    let edited = dir.path().join("edited.jsonl");
    std::fs::write(&edited, text.replacen("\"rows\":", "\"rows\":1", 1)).expect("write");
    refused(&verify(&db, &edited, &public), "forged or edited");
    // A checkpoint of another database, signed with the same key.
    let elsewhere = TestDb::new().await;
    bootstrap(&elsewhere).await;
    let foreign = dir.path().join("foreign.jsonl");
    let out = elsewhere
        .omnictl_as(ROOT)
        .args(["audit", "checkpoint", "--key"])
        .arg(dir.path().join("audit.key"))
        .arg("--out")
        .arg(&foreign)
        .output()
        .expect("checkpoint");
    assert!(out.status.success(), "{}", stderr(&out));
    refused(&verify(&db, &foreign, &public), "another database");
    // keygen never overwrites a key.
    let again = omnictl().args(["audit", "keygen", "--out"]).arg(dir.path().join("audit.key")).output().expect("run");
    assert_eq!(again.status.code(), Some(1), "{}", stderr(&again));
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(dir.path().join("audit.key")).expect("meta").permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "the private key is its owner's only");
}

#[tokio::test]
async fn reordered_rows_and_added_or_deleted_bulk_items_are_detected() {
    let Checkpointed { db, dir: _dir, checkpoints, public } = Checkpointed::new().await;
    import_patients(&db);
    let row_with_items = "(SELECT id FROM audit_logs WHERE item_count > 0 LIMIT 1)";

    // An item added: found; taken away again: intact; one of the real ones deleted: found.
    let item = |n: &str| format!("(SELECT item_no FROM audit_log_items ORDER BY item_no {n} LIMIT 1)");
    let (first, last) = (item("ASC"), item("DESC"));
    tamper(
        &db,
        &format!(
            "INSERT INTO audit_log_items (audit_log_id, item_no, chain_key, organization_id, action, entity_type,
                                          entity_id, fields)
             SELECT audit_log_id, item_no + 100000, chain_key, organization_id, action, entity_type, entity_id, fields
               FROM audit_log_items WHERE audit_log_id = {row_with_items} AND item_no = {first};"
        ),
    )
    .await;
    found(&verify(&db, &checkpoints, &public), &["chain north:", "per-entity items no longer match"]);
    tamper(&db, "DELETE FROM audit_log_items WHERE item_no > 100000").await;
    let intact = verify(&db, &checkpoints, &public);
    assert!(intact.status.success(), "the added item taken away: {}", stderr(&intact));
    tamper(&db, &format!("DELETE FROM audit_log_items WHERE audit_log_id = {row_with_items} AND item_no = {last}"))
        .await;
    found(&verify(&db, &checkpoints, &public), &["chain north:", "per-entity items no longer match"]);

    // Two rows of the platform chain swapped in place.
    tamper(
        &db,
        &format!(
            "UPDATE audit_logs SET chain_seq = 1000000 WHERE chain_key = {PLATFORM} AND chain_seq = 2;
             UPDATE audit_logs SET chain_seq = 2 WHERE chain_key = {PLATFORM} AND chain_seq = 3;
             UPDATE audit_logs SET chain_seq = 3 WHERE chain_key = {PLATFORM} AND chain_seq = 1000000;"
        ),
    )
    .await;
    found(&verify(&db, &checkpoints, &public), &["chain platform: first broken link at row 2"]);
}

/// The rest of the matrix, each against the checkpoints too: an edited row, a row
/// deleted from the middle, a row inserted, an item altered.
#[tokio::test]
async fn edits_deletions_insertions_and_altered_items_are_detected_with_checkpoints() {
    for (case, sql, says) in [
        (
            "edit",
            format!("UPDATE audit_logs SET operator_email = 'someone@else.example' WHERE chain_key = {PLATFORM} AND chain_seq = 2"),
            "first broken link at row 2",
        ),
        ("delete", format!("DELETE FROM audit_logs WHERE chain_key = {PLATFORM} AND chain_seq = 2"), "(removed)"),
        (
            "insert",
            format!(
                "INSERT INTO audit_logs (chain_key, chain_seq, prev_hash, hash, os_user, host, tool_version, action, outcome)
                 SELECT chain_key, chain_seq + 1, hash, hash, 'intruder', 'nowhere', '0', 'org.create', 'SUCCESS'
                   FROM audit_logs WHERE chain_key = {NORTH} ORDER BY chain_seq DESC LIMIT 1"
            ),
            "(inserted out of band)",
        ),
    ] {
        let Checkpointed { db, dir: _dir, checkpoints, public } = Checkpointed::new().await;
        tamper(&db, &sql).await;
        let out = verify(&db, &checkpoints, &public);
        assert_eq!(out.status.code(), Some(10), "{case}: {}", stderr(&out));
        assert!(stderr(&out).contains(says), "{case}: expected {says:?} in {}", stderr(&out));
    }
    let Checkpointed { db, dir: _dir, checkpoints, public } = Checkpointed::new().await;
    import_patients(&db);
    tamper(
        &db,
        "UPDATE audit_log_items SET fields = 'first_name' WHERE item_no = (SELECT min(item_no) FROM audit_log_items)",
    )
    .await;
    found(&verify(&db, &checkpoints, &public), &["chain north:", "per-entity items no longer match"]);
}
