//! The database refuses a login over raw SQL what the tool refuses its role: each role's
//! own login, with psql's powers (any statement, any setting), against the role rules,
//! the payer's terms, break-the-glass grants and the audit trail.

use sqlx::{Connection, Executor, PgConnection};
use uuid::Uuid;

use crate::fixtures;
use crate::harness::TestDb;

const STAFF: &str = "staff@rules.test";
const ROOT: &str = "root@rules.test";

/// A clinic (`rules`) with its ADMIN, a STAFF user, a super admin, and a row in every
/// table the role rules cover.
async fn clinic(db: &TestDb) -> fixtures::Clinic {
    fixtures::seed_service_codes(&db.pool).await;
    let clinic = fixtures::clinic(&db.pool, "rules").await;
    sqlx::query("INSERT INTO users (email, name, organization_id, role) VALUES ($1, 'Staff', $2, 'STAFF')")
        .bind(STAFF)
        .bind(clinic.org)
        .execute(&db.pool)
        .await
        .expect("staff");
    sqlx::query("INSERT INTO users (email, name, is_super_admin) VALUES ($1, 'Root', true)")
        .bind(ROOT)
        .execute(&db.pool)
        .await
        .expect("root");
    sqlx::query(
        "INSERT INTO supervision_contacts (organization_id, technician_id, supervisor_id, starts_at, minutes, with_client)
         VALUES ($1, $2, $3, '2026-11-02 15:00Z', 30, false)",
    )
    .bind(clinic.org)
    .bind(clinic.rbt)
    .bind(clinic.bcba)
    .execute(&db.pool)
    .await
    .expect("a supervision contact");
    let booking = fixtures::Booking {
        org: clinic.org,
        patient: clinic.patient,
        practitioner: clinic.rbt,
        code: "97153",
        authorization: Some(clinic.auth_97153),
        starts: "2026-11-02 14:00Z",
        ends: "2026-11-02 15:00Z",
        group: None,
    };
    fixtures::book(&db.pool, booking).await.expect("a booking with its ledger line");
    clinic
}

/// `email`'s own login, asking for the clinic `org` (as psql with a forged setting would).
async fn login_in(db: &TestDb, email: &str, org: Uuid) -> PgConnection {
    let options: sqlx::postgres::PgConnectOptions = db.url_as(email).parse().expect("url");
    let mut conn = PgConnection::connect_with(&options).await.expect("connect with the operator's login");
    conn.execute(format!("SET omnictl.organization_id = '{org}'").as_str()).await.expect("ask for the clinic");
    conn
}

/// What a statement did in a transaction rolled back after it: rows affected, or the
/// SQLSTATE it was refused with.
async fn attempt(conn: &mut PgConnection, sql: &str) -> Result<u64, String> {
    let mut tx = conn.begin().await.expect("begin");
    let done = tx.execute(sql).await;
    tx.rollback().await.ok();
    match done {
        Ok(result) => Ok(result.rows_affected()),
        Err(sqlx::Error::Database(e)) => Err(e.code().map(|c| c.into_owned()).unwrap_or_default()),
        Err(other) => Err(other.to_string()),
    }
}

/// The rules table, walked: for each table and write command, a STAFF login is refused
/// what the rule keeps for an ADMIN (an INSERT by row-level security, an UPDATE or
/// DELETE reaches no row), while the clinic's ADMIN is let through (the same INSERT
/// reaches the table's own keys; the UPDATE and DELETE reach rows); and STAFF is let
/// through where the rule says any clinic user.
#[tokio::test]
async fn each_role_rule_holds_for_each_roles_own_login_over_sql() {
    let db = TestDb::new().await;
    let clinic = clinic(&db).await;
    let rules: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT table_name, command, reach FROM omnictl_role_rules WHERE command <> 'SELECT' ORDER BY 1, 2",
    )
    .fetch_all(&db.pool)
    .await
    .expect("the rules");
    assert!(rules.len() >= 15, "the rules cover the tenant tables: {rules:?}");
    // A rule for each write the application role may make, and none without: what no
    // rule allows, no privilege allows either.
    let unruled: Vec<(String, String)> = sqlx::query_as(
        "SELECT t.table_name, c.command FROM (SELECT DISTINCT table_name FROM omnictl_role_rules) t
          CROSS JOIN unnest(ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE']) AS c(command)
          WHERE has_table_privilege('omnictl_app', t.table_name, c.command)
                <> EXISTS (SELECT 1 FROM omnictl_role_rules r WHERE r.table_name = t.table_name AND r.command = c.command)",
    )
    .fetch_all(&db.pool)
    .await
    .expect("privileges");
    assert!(unruled.is_empty(), "a privilege without a rule, or a rule without a privilege: {unruled:?}");
    let mut staff = login_in(&db, STAFF, clinic.org).await;
    let mut admin = login_in(&db, &clinic.admin, clinic.org).await;
    let org = clinic.org;
    for (table, command, reach) in rules {
        let has_rows: bool =
            sqlx::query_scalar(&format!("SELECT EXISTS (SELECT 1 FROM {table} WHERE organization_id = $1)"))
                .bind(org)
                .fetch_one(&db.pool)
                .await
                .expect("rows");
        if !has_rows {
            // Sessions and their events exist once a session runs: the other tables
            // carry the walk (each reach has a table with rows).
            assert!(
                ["sessions", "session_events", "session_note_addenda", "session_service_lines"]
                    .contains(&table.as_str()),
                "{table}"
            );
            continue;
        }
        let sql = match command.as_str() {
            "INSERT" => {
                // A copy of a row, but for the columns the database computes.
                let columns: Vec<String> = sqlx::query_scalar(
                    "SELECT quote_ident(attname) FROM pg_attribute
                      WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = '' AND attidentity = ''
                      ORDER BY attnum",
                )
                .bind(&table)
                .fetch_all(&db.pool)
                .await
                .expect("columns");
                let columns = columns.join(", ");
                format!(
                    "INSERT INTO {table} ({columns}) SELECT {columns} FROM {table} WHERE organization_id = '{org}' LIMIT 1"
                )
            }
            "UPDATE" => format!("UPDATE {table} SET organization_id = organization_id WHERE organization_id = '{org}'"),
            _ => format!("DELETE FROM {table} WHERE organization_id = '{org}'"),
        };
        let by_staff = attempt(&mut staff, &sql).await;
        let by_admin = attempt(&mut admin, &sql).await;
        let admin_only = reach.starts_with("managed");
        // The ADMIN passes row-level security: the row is a duplicate of a key, is
        // referenced, or is written.
        let passed = |outcome: &Result<u64, String>| match outcome {
            Ok(rows) => *rows > 0,
            Err(code) => code.starts_with("23"),
        };
        assert!(passed(&by_admin), "{command} on {table} as the clinic's ADMIN: {by_admin:?}");
        if admin_only {
            let refused = match &by_staff {
                Ok(rows) => *rows == 0,
                Err(code) => code == "42501",
            };
            assert!(refused, "{command} on {table} as STAFF over SQL ({reach}): {by_staff:?}");
        } else {
            assert!(passed(&by_staff), "{command} on {table} as STAFF ({reach}): {by_staff:?}");
        }
    }
}

/// What the payer approved changes only by an ADMIN: STAFF raising the units, moving the
/// dates or reviving a status is refused with the constraint's name; the counters a
/// booking moves are not the payer's terms.
#[tokio::test]
async fn only_an_admin_changes_what_the_payer_approved() {
    let db = TestDb::new().await;
    let clinic = clinic(&db).await;
    let mut staff = login_in(&db, STAFF, clinic.org).await;
    let mut admin = login_in(&db, &clinic.admin, clinic.org).await;
    let auth = clinic.auth_97153;
    for change in [
        "total_units = total_units + 1000",
        "end_date = end_date + 3650",
        "start_date = start_date - 365",
        "status = 'ACTIVE', authorization_number = 'MINE'",
    ] {
        let sql = format!("UPDATE authorizations SET {change} WHERE id = '{auth}'");
        let refused = staff.execute(sql.as_str()).await.expect_err("STAFF changes the payer's terms");
        let message = refused.to_string();
        assert!(message.contains("only a clinic ADMIN changes what the payer approved"), "{change}: {message}");
        assert_eq!(attempt(&mut admin, &sql).await, Ok(1), "{change} by the ADMIN");
    }
    // The clinic's ADMIN changes its settings, not what the platform decides.
    let org = clinic.org;
    assert_eq!(
        attempt(&mut admin, &format!("UPDATE organizations SET name = 'Renamed' WHERE id = '{org}'")).await,
        Ok(1)
    );
    for change in ["subscription_tier = 'ENTERPRISE'", "status = 'SUSPENDED'", "slug = 'mine'"] {
        let sql = format!("UPDATE organizations SET {change} WHERE id = '{org}'");
        let refused = admin.execute(sql.as_str()).await.expect_err("an ADMIN changes the platform's terms");
        assert!(refused.to_string().contains("only a super admin changes"), "{change}: {refused}");
    }
    // The counters: the statement passes this rule (the commit-time check of counters
    // against live appointments is another rule, tested in schema.rs).
    let counters =
        attempt(&mut staff, &format!("UPDATE authorizations SET scheduled_units = 0 WHERE id = '{auth}'")).await;
    assert_eq!(counters, Ok(1));
    let total: i32 = sqlx::query_scalar("SELECT total_units FROM authorizations WHERE id = $1")
        .bind(auth)
        .fetch_one(&db.pool)
        .await
        .expect("total");
    assert_eq!(total, 100, "nothing changed");
}

/// A break-the-glass grant is made now for at most a day, only revoked afterwards, once,
/// and each is on the record whoever made it: by SQL, the database files the row.
#[tokio::test]
async fn a_grant_is_made_now_only_revoked_later_and_always_on_the_record() {
    let db = TestDb::new().await;
    let clinic = clinic(&db).await;
    let mut root = login_in(&db, ROOT, clinic.org).await;
    let root_id: Uuid = sqlx::query_scalar("SELECT id FROM users WHERE email = $1")
        .bind(ROOT)
        .fetch_one(&db.pool)
        .await
        .expect("root id");
    let insert = |granted: &str, expires: &str| {
        format!(
            "INSERT INTO break_glass_grants (organization_id, operator_id, operator_email, reason, granted_at, expires_at)
             VALUES ('{}', '{root_id}', '{ROOT}', 'a payer audit today', {granted}, {expires}) RETURNING id",
            clinic.org
        )
    };
    for (granted, expires) in [
        ("now() + interval '10 years'", "now() + interval '10 years 1 hour'"),
        ("now()", "now() + interval '25 hours'"),
        ("now() - interval '2 days'", "now() - interval '1 day'"),
    ] {
        let refused = root.execute(insert(granted, expires).as_str()).await.expect_err("a grant out of its window");
        assert!(refused.to_string().contains("1440 minutes"), "{granted}, {expires}: {refused}");
    }
    // A date in the past for granted_at is replaced by the transaction's time.
    let id: Uuid = sqlx::query_scalar(&insert("'2000-01-01'", "now() + interval '1 hour'"))
        .fetch_one(&mut root)
        .await
        .expect("a grant by SQL");
    let fresh: bool =
        sqlx::query_scalar("SELECT granted_at > now() - interval '1 minute' FROM break_glass_grants WHERE id = $1")
            .bind(id)
            .fetch_one(&db.pool)
            .await
            .expect("granted_at");
    assert!(fresh, "granted_at is the transaction's time");
    for change in [
        "expires_at = now() + interval '10 years'",
        "granted_at = now() + interval '10 years'",
        "reason = 'nothing to see'",
        "operator_email = 'someone@else.test'",
    ] {
        let refused = root
            .execute(format!("UPDATE break_glass_grants SET {change} WHERE id = '{id}'").as_str())
            .await
            .expect_err("a grant rewritten");
        assert!(refused.to_string().contains("only revoked, once"), "{change}: {refused}");
    }
    root.execute(format!("UPDATE break_glass_grants SET revoked_at = '2099-01-01' WHERE id = '{id}'").as_str())
        .await
        .expect("revoked");
    let again = root
        .execute(format!("UPDATE break_glass_grants SET revoked_at = now() WHERE id = '{id}'").as_str())
        .await
        .expect_err("revoked twice");
    assert!(again.to_string().contains("only revoked, once"), "{again}");
    let deleted = root.execute(format!("DELETE FROM break_glass_grants WHERE id = '{id}'").as_str()).await;
    assert!(!matches!(deleted, Ok(ref done) if done.rows_affected() > 0), "a grant is never deleted: {deleted:?}");
    let revoked_now: bool = sqlx::query_scalar("SELECT revoked_at <= now() FROM break_glass_grants WHERE id = $1")
        .bind(id)
        .fetch_one(&db.pool)
        .await
        .expect("revoked_at");
    assert!(revoked_now, "revoked_at is the time of the revocation, not the one sent");
    let filed: Vec<(String, serde_json::Value)> = sqlx::query_as(
        "SELECT action, details FROM audit_logs WHERE entity_type = 'break_glass_grant' AND entity_id = $1
          ORDER BY chain_seq",
    )
    .bind(id.to_string())
    .fetch_all(&db.pool)
    .await
    .expect("rows");
    let actions: Vec<&str> = filed.iter().map(|(a, _)| a.as_str()).collect();
    assert_eq!(actions, ["access.break-glass", "access.revoke"], "{filed:?}");
    assert!(filed.iter().all(|(_, d)| d["written_by"] == "database"), "{filed:?}");

    // Through the tool, the tool's own row and no second one.
    let out = db
        .omnictl_as(ROOT)
        .args(["access", "break-glass", "--org", "rules", "--reason", "a payer audit, by the tool", "--minutes", "30"])
        .output()
        .expect("run omnictl");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let rows: Vec<(String, serde_json::Value)> = sqlx::query_as(
        "SELECT a.action, a.details FROM audit_logs a JOIN break_glass_grants g ON a.entity_id = g.id::text
          WHERE g.reason = 'a payer audit, by the tool'",
    )
    .fetch_all(&db.pool)
    .await
    .expect("rows");
    assert_eq!(rows.len(), 1, "one row for a grant made by the tool: {rows:?}");
    assert!(rows[0].1.get("written_by").is_none(), "{rows:?}");
}

/// Audit items commit only with their row, written by the same login in the same
/// transaction: an orphan is refused at commit and `audit verify` stays clean.
#[tokio::test]
async fn audit_items_commit_only_with_their_row() {
    let db = TestDb::new().await;
    let clinic = clinic(&db).await;
    let mut admin = login_in(&db, &clinic.admin, clinic.org).await;
    let item = |audit: Uuid| {
        format!(
            "INSERT INTO audit_log_items (audit_log_id, item_no, organization_id, action, entity_type, entity_id)
             VALUES ('{audit}', 1, '{}', 'patient.create', 'patient', 'x')",
            clinic.org
        )
    };
    let mut tx = admin.begin().await.expect("begin");
    tx.execute(item(Uuid::new_v4()).as_str()).await.expect("the statement itself passes");
    let refused = tx.commit().await.expect_err("an orphan item at commit");
    assert!(refused.to_string().contains("without their audit row"), "{refused}");

    // With its row, by the same login, in the same transaction: kept.
    let audit = Uuid::new_v4();
    let mut tx = admin.begin().await.expect("begin");
    tx.execute(item(audit).as_str()).await.expect("item");
    tx.execute(
        format!(
            "INSERT INTO audit_logs (id, organization_id, os_user, host, tool_version, action, outcome)
             VALUES ('{audit}', '{}', 'x', 'x', 'x', 'patient.import', 'SUCCESS')",
            clinic.org
        )
        .as_str(),
    )
    .await
    .expect("its row");
    tx.commit().await.expect("items with their row");
    let count: i64 = sqlx::query_scalar("SELECT item_count FROM audit_logs WHERE id = $1")
        .bind(audit)
        .fetch_one(&db.pool)
        .await
        .expect("row");
    assert_eq!(count, 1);

    let verify = db.omnictl_as(ROOT).args(["audit", "verify"]).output().expect("run omnictl");
    assert!(verify.status.success(), "audit verify: {}", String::from_utf8_lossy(&verify.stderr));
}

/// Who signs is who rendered the care, as the record knows it: an ADMIN who relinks the
/// practitioner to themselves after the session started cannot sign it, with the tool or
/// SQL; the renderer's own SQL cannot put another name or line into the signature.
#[tokio::test]
async fn a_note_is_signed_by_who_rendered_it_in_the_words_of_the_record() {
    let db = TestDb::new().await;
    let clinic = clinic(&db).await;
    let id = |email: &str| {
        let email = email.to_string();
        let pool = db.pool.clone();
        async move {
            sqlx::query_scalar::<_, Uuid>("SELECT id FROM users WHERE email = $1")
                .bind(email)
                .fetch_one(&pool)
                .await
                .expect("user id")
        }
    };
    let (staff_id, admin_id) = (id(STAFF).await, id(&clinic.admin).await);
    sqlx::query("UPDATE practitioners SET user_id = $1 WHERE id = $2")
        .bind(staff_id)
        .bind(clinic.rbt)
        .execute(&db.pool)
        .await
        .expect("the RBT signs as the STAFF user");
    let appointment: Uuid = sqlx::query_scalar("SELECT id FROM appointments WHERE organization_id = $1")
        .bind(clinic.org)
        .fetch_one(&db.pool)
        .await
        .expect("the booking");
    let zone: String = sqlx::query_scalar("SELECT time_zone FROM organizations WHERE id = $1")
        .bind(clinic.org)
        .fetch_one(&db.pool)
        .await
        .expect("zone");
    let local = |utc: &str| {
        let at = chrono::DateTime::parse_from_rfc3339(utc).expect("instant").with_timezone(&chrono::Utc);
        at.with_timezone(&zone.parse::<chrono_tz::Tz>().expect("zone")).format("%Y-%m-%d %H:%M").to_string()
    };
    let run = |email: &str, args: &[&str]| {
        let out = db.omnictl_as(email).env("OMNICTL_ORG", "rules").args(args).output().expect("run omnictl");
        (out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned())
    };
    let started = run(
        STAFF,
        &["session", "start", "--appointment", &appointment.to_string(), "--at", &local("2026-11-02T14:00:00Z")],
    );
    assert_eq!(started.0, Some(0), "{}", started.1);
    let session: Uuid = sqlx::query_scalar("SELECT id FROM sessions WHERE appointment_id = $1")
        .bind(appointment)
        .fetch_one(&db.pool)
        .await
        .expect("session");
    let session = session.to_string();
    let observed = local("2026-11-02T14:30:00Z");
    for step in [
        vec!["session", "event", "add", session.as_str(), "--type", "note", "--text", "Calm.", "--at", &observed],
        vec!["session", "complete", session.as_str(), "--end", &local("2026-11-02T15:00:00Z")],
        vec!["session", "note", "generate", session.as_str()],
    ] {
        let done = run(STAFF, &step);
        assert_eq!(done.0, Some(0), "{step:?}: {}", done.1);
    }

    // The ADMIN relinks the practitioner to themselves: the tool says no, and so does SQL.
    let relinked = run(&clinic.admin, &["practitioner", "update", "1234567893", "--user", &clinic.admin]);
    assert_eq!(relinked.0, Some(0), "{}", relinked.1);
    let refused = run(&clinic.admin, &["session", "note", "sign", session.as_str()]);
    assert_eq!(refused.0, Some(1), "{}", refused.1);
    assert!(refused.1.contains("only the user who rendered this session"), "{}", refused.1);
    let mut admin = login_in(&db, &clinic.admin, clinic.org).await;
    let forged = admin
        .execute(
            format!(
                "UPDATE sessions SET note_status = 'SIGNED', signed_by = '{admin_id}', signed_at = now(),
                        signer_name = 'Riley Tech', signer_credential = 'RBT',
                        signed_note = note_text || E'\\n\\nSigned by Riley Tech, RBT on 2026-11-02 10:00 ({zone})\\n'
                  WHERE id = '{session}'"
            )
            .as_str(),
        )
        .await
        .expect_err("an ADMIN signing as the renderer by SQL");
    assert!(forged.to_string().contains("only the user who rendered the session"), "{forged}");
    let back = run(&clinic.admin, &["practitioner", "update", "1234567893", "--user", STAFF]);
    assert_eq!(back.0, Some(0), "{}", back.1);

    // The renderer's own SQL with another name in the signature line: refused.
    let mut staff = login_in(&db, STAFF, clinic.org).await;
    let other_name = staff
        .execute(
            format!(
                "UPDATE sessions SET note_status = 'SIGNED', signed_by = '{staff_id}', signed_at = now(),
                        signer_name = 'Blair Analyst', signer_credential = 'BCBA',
                        signed_note = note_text || E'\\n\\nSigned by Blair Analyst, BCBA on '
                                      || to_char(now() AT TIME ZONE '{zone}', 'YYYY-MM-DD HH24:MI') || ' ({zone})\\n'
                  WHERE id = '{session}'"
            )
            .as_str(),
        )
        .await
        .expect_err("a signature in another's name");
    assert!(other_name.to_string().contains("ends with its signature as the record says it"), "{other_name}");

    // Through the tool: signed, in the record's words.
    let signed = run(STAFF, &["session", "note", "sign", session.as_str()]);
    assert_eq!(signed.0, Some(0), "{}", signed.1);
    let (name, credential, note): (String, String, String) =
        sqlx::query_as("SELECT signer_name, signer_credential, signed_note FROM sessions WHERE id = $1::uuid")
            .bind(&session)
            .fetch_one(&db.pool)
            .await
            .expect("signed");
    assert_eq!((name.as_str(), credential.as_str()), ("Riley Tech", "RBT"));
    assert!(note.contains("Signed by Riley Tech, RBT on "), "{note}");
}

/// The daily maximum holds for a login's own SQL: STAFF filling a patient's day past
/// 97153's 32 units with bookings of their own is refused at the statement that passes
/// it, with the constraint's name.
#[tokio::test]
async fn the_daily_maximum_holds_for_raw_sql() {
    let db = TestDb::new().await;
    let clinic = clinic(&db).await;
    let mut staff = login_in(&db, STAFF, clinic.org).await;
    let mut tx = staff.begin().await.expect("begin");
    let book = |hour: u32| {
        format!(
            "INSERT INTO appointments (organization_id, patient_id, practitioner_id, service_code_owner, service_code,
                                       starts_at, ends_at, units)
             VALUES ('{}', '{}', '{}', '{}', '97153', '2026-11-03 {hour:02}:00Z', '2026-11-03 {hour:02}:45Z', 4)",
            clinic.org,
            clinic.patient,
            clinic.rbt,
            fixtures::PLATFORM
        )
    };
    // 8 bookings of 4 units: 32, the maximum.
    for hour in 10..18 {
        tx.execute(book(hour).as_str()).await.unwrap_or_else(|e| panic!("booking at {hour}:00: {e}"));
    }
    let refused = tx.execute(book(18).as_str()).await.expect_err("the 9th booking of the day");
    let said = refused.to_string();
    assert!(said.contains("36 units of 97153") && said.contains("daily maximum of 32"), "{said}");
    assert!(matches!(&refused, sqlx::Error::Database(e) if e.constraint() == Some("appointments_daily_max")));
}

/// Every write is on the record whoever makes it: a login's own SQL that files no audit
/// row gets one from the database at commit (`sql.write`: tables, operations, ids and
/// changed columns, never a value), in the clinic's chain, which `audit verify` verifies
/// and `audit log` shows; a command of the tool has its own row and no second one.
#[tokio::test]
async fn a_write_by_sql_is_filed_by_the_database_and_the_tools_are_not_filed_twice() {
    let db = TestDb::new().await;
    let clinic = clinic(&db).await;
    let mut admin = login_in(&db, &clinic.admin, clinic.org).await;
    let mut tx = admin.begin().await.expect("begin");
    tx.execute(format!("UPDATE patients SET city = 'Secretville' WHERE id = '{}'", clinic.patient).as_str())
        .await
        .expect("a patient changed by SQL");
    tx.execute(
        format!(
            "INSERT INTO practitioners (organization_id, name, credentials, npi)
             VALUES ('{}', 'Sam Side', '{{RBT}}', '1679576722')",
            clinic.org
        )
        .as_str(),
    )
    .await
    .expect("a practitioner added by SQL");
    tx.commit().await.expect("commit");
    let filed: Vec<(Option<String>, serde_json::Value)> = sqlx::query_as(
        "SELECT login_role, details FROM audit_logs WHERE organization_id = $1 AND action = 'sql.write'
            AND login_role = $2",
    )
    .bind(clinic.org)
    .bind(db.login(&clinic.admin))
    .fetch_all(&db.pool)
    .await
    .expect("rows");
    assert_eq!(filed.len(), 1, "one row for the transaction: {filed:?}");
    let writes = filed[0].1["writes"].as_array().expect("writes").clone();
    let patients = writes.iter().find(|w| w["table"] == "patients").expect("patients written");
    assert_eq!((patients["operation"].as_str(), patients["rows"].as_i64()), (Some("UPDATE"), Some(1)));
    assert_eq!(patients["columns"], serde_json::json!(["city"]));
    assert_eq!(patients["ids"], serde_json::json!([clinic.patient.to_string()]));
    assert!(writes.iter().any(|w| w["table"] == "practitioners" && w["operation"] == "INSERT"), "{writes:?}");
    assert!(!filed[0].1.to_string().contains("Secretville"), "no value on the record: {}", filed[0].1);

    // The tool's own command: its row, and no sql.write beside it.
    let out = db
        .omnictl_as(&clinic.admin)
        .env("OMNICTL_ORG", "rules")
        .args(["patient", "update", "MRN-1", "--city", "Austin"])
        .output()
        .expect("run omnictl");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let sql_rows: i64 =
        sqlx::query_scalar("SELECT count(*) FROM audit_logs WHERE action = 'sql.write' AND login_role = $1")
            .bind(db.login(&clinic.admin))
            .fetch_one(&db.pool)
            .await
            .expect("count");
    assert_eq!(sql_rows, 1, "the tool's update is filed once, as patient.update");

    let log = db
        .omnictl_as(&clinic.admin)
        .env("OMNICTL_ORG", "rules")
        .args(["audit", "log", "--action", "sql.write", "-o", "json"])
        .output()
        .expect("run omnictl");
    assert!(log.status.success(), "{}", String::from_utf8_lossy(&log.stderr));
    assert!(String::from_utf8_lossy(&log.stdout).contains("sql.write"), "audit log shows it");
    let verify = db.omnictl_as(ROOT).args(["audit", "verify"]).output().expect("run omnictl");
    assert!(verify.status.success(), "audit verify: {}", String::from_utf8_lossy(&verify.stderr));
}

/// A login holding its transaction open after appending to its clinic's chain stalls no
/// other clinic and not the platform; in its own clinic, the next command waits at most a
/// few seconds for the chain's head, then is refused as a conflict (exit 4), not hung.
#[tokio::test]
async fn a_held_chain_head_stalls_no_one_else_and_its_own_clinic_only_briefly() {
    let db = TestDb::new().await;
    let clinic = clinic(&db).await;
    let other = fixtures::clinic(&db.pool, "other").await;
    let mut holder = login_in(&db, &clinic.admin, clinic.org).await;
    let mut held = holder.begin().await.expect("begin");
    held.execute(
        format!(
            "INSERT INTO audit_logs (organization_id, os_user, host, tool_version, action, outcome)
             VALUES ('{}', 'x', 'x', 'x', 'held.head', 'SUCCESS')",
            clinic.org
        )
        .as_str(),
    )
    .await
    .expect("a row in the clinic's chain, its head now held");
    let timed = |email: &str, org: &str, args: &[&str]| {
        let started = std::time::Instant::now();
        let mut command = db.omnictl_as(email);
        if !org.is_empty() {
            command.env("OMNICTL_ORG", org);
        }
        let out = command.args(args).output().expect("run omnictl");
        (out.status.code(), started.elapsed(), String::from_utf8_lossy(&out.stderr).into_owned())
    };
    let (code, took, said) = timed(&other.admin, "other", &["patient", "list"]);
    assert_eq!(code, Some(0), "another clinic: {said}");
    assert!(took < std::time::Duration::from_secs(3), "another clinic waited {took:?}");
    let (code, took, said) = timed(ROOT, "", &["org", "list"]);
    assert_eq!(code, Some(0), "the platform: {said}");
    assert!(took < std::time::Duration::from_secs(3), "the platform waited {took:?}");
    // The server's timers (lock_timeout among them) do not fire under libfaketime, which
    // CI's clock matrix runs the suite with: there the bound is not measurable, and it is
    // asserted in the run on the real clock.
    let mut probe = login_in(&db, STAFF, clinic.org).await;
    probe.execute("SET statement_timeout = '200ms'").await.expect("a timeout");
    let timers_fire = probe.execute("SELECT pg_sleep(2)").await.is_err();
    if timers_fire {
        let (code, took, said) = timed(STAFF, "rules", &["patient", "list"]);
        assert_eq!(code, Some(4), "the same clinic, while the head is held: {said}");
        assert!(said.contains("for more than a few seconds"), "{said}");
        assert!(took < std::time::Duration::from_secs(15), "the same clinic waited {took:?}");
    }
    held.rollback().await.expect("let go");
    let (code, _, said) = timed(STAFF, "rules", &["patient", "list"]);
    assert_eq!(code, Some(0), "once let go: {said}");
}

/// Reads by a login's own SQL reach the server's log through pgAudit, with the login
/// and the table (the chain records actions; pgAudit's log records raw reads), and so
/// does a login changing its own password with ALTER ROLE; `omnictl doctor` says reads
/// are audited.
#[tokio::test]
async fn raw_reads_and_password_changes_land_in_the_servers_log() {
    let db = TestDb::new().await;
    let clinic = clinic(&db).await;
    let login = db.login(&clinic.admin);
    let mut admin = login_in(&db, &clinic.admin, clinic.org).await;
    let marker = format!("read_{}", Uuid::new_v4().simple());
    let read: i64 = sqlx::query_scalar(&format!("SELECT count(*) AS {marker} FROM patients"))
        .fetch_one(&mut admin)
        .await
        .expect("a raw read");
    assert_eq!(read, 2);
    let verifier = postgres_protocol::password::scram_sha_256(b"a password long enough to pass");
    admin.execute(format!("ALTER ROLE \"{login}\" PASSWORD '{verifier}'").as_str()).await.expect("own password");
    let log = crate::harness::server_log();
    let mut found = (false, false);
    // (The logging collector writes the file on its own time: under a loaded suite, late.)
    for _ in 0..300 {
        let text = std::fs::read_to_string(&log).expect("the server's log");
        let lines: Vec<&str> = text.lines().filter(|l| l.contains(&login)).collect();
        found = (
            lines.iter().any(|l| l.contains("AUDIT: OBJECT") && l.contains("public.patients") && l.contains(&marker)),
            lines.iter().any(|l| l.contains("AUDIT: SESSION") && l.contains("ROLE") && l.contains("ALTER ROLE")),
        );
        if found == (true, true) {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    assert_eq!(found, (true, true), "a raw read and a password change of {login} in {}", log.display());

    let doctor = db.omnictl().args(["doctor", "-o", "json"]).output().expect("run omnictl");
    assert!(doctor.status.success(), "{}", String::from_utf8_lossy(&doctor.stderr));
    let checks: serde_json::Value = serde_json::from_slice(&doctor.stdout).expect("json");
    assert!(checks.as_array().expect("checks").iter().all(|c| c["ok"] == true), "{checks}");
}

/// An operator's email is plain ASCII: a look-alike address (a Cyrillic `а` for the
/// Latin one) is refused by the tool with a sentence, and by the database to raw SQL.
#[tokio::test]
async fn a_look_alike_operator_email_is_refused_by_the_tool_and_the_database() {
    let db = TestDb::new().await;
    let clinic = clinic(&db).await;
    let look_alike = "st\u{430}ff@rules.test";
    let out = db
        .omnictl_as(&clinic.admin)
        .env("OMNICTL_ORG", "rules")
        .args(["user", "create", "--email", look_alike, "--name", "Look Alike", "--role", "staff"])
        .output()
        .expect("run omnictl");
    let said = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{said}");
    assert!(said.contains("not plain ASCII") && said.contains("U+0430"), "{said}");
    // A full-width form is the same address, normalised (NFKC) to its plain letters.
    let wide = "\u{ff57}ide@rules.test";
    let out = db
        .omnictl_as(&clinic.admin)
        .env("OMNICTL_ORG", "rules")
        .args(["user", "create", "--email", wide, "--name", "Wide Form", "--role", "staff", "-o", "json"])
        .output()
        .expect("run omnictl");
    let made: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(made["email"], "wide@rules.test", "{}", String::from_utf8_lossy(&out.stderr));
    let mut admin = login_in(&db, &clinic.admin, clinic.org).await;
    let refused = admin
        .execute(
            format!(
                "INSERT INTO users (email, name, organization_id, role) VALUES ('{look_alike}', 'Look Alike', '{}', 'STAFF')",
                clinic.org
            )
            .as_str(),
        )
        .await
        .expect_err("a look-alike email by SQL");
    assert!(matches!(&refused, sqlx::Error::Database(e) if e.constraint() == Some("users_email_ascii")), "{refused}");
}

/// A login's name reveals no one: `omnictl_u_`, the database's tag and the user's id, in
/// pg_roles and in pg_stat_activity where any login of the cluster may read it; `user
/// show` maps it.
#[tokio::test]
async fn login_names_reveal_no_email_and_no_clinic() {
    let db = TestDb::new().await;
    let clinic = clinic(&db).await;
    let logins: Vec<(String, Uuid)> = sqlx::query_as("SELECT login_role, id FROM users WHERE login_role IS NOT NULL")
        .fetch_all(&db.pool)
        .await
        .expect("logins");
    assert!(logins.len() >= 3);
    let tag: String =
        sqlx::query_scalar("SELECT login_tag FROM omnictl_database_identity").fetch_one(&db.pool).await.expect("tag");
    for (login, id) in &logins {
        assert_eq!(login, &format!("omnictl_u_{tag}_{}", id.simple()), "an opaque name");
    }
    let _staff = login_in(&db, STAFF, clinic.org).await;
    let mut admin = login_in(&db, &clinic.admin, clinic.org).await;
    let seen: Vec<String> = sqlx::query_scalar(
        "SELECT usename::text FROM pg_stat_activity WHERE datname = current_database() AND usename LIKE 'omnictl_u_%'",
    )
    .fetch_all(&mut admin)
    .await
    .expect("activity");
    assert!(seen.len() >= 2, "{seen:?}");
    assert!(seen.iter().all(|name| !name.contains('@') && !name.contains("rules")), "{seen:?}");
    let shown = db
        .omnictl_as(&clinic.admin)
        .env("OMNICTL_ORG", "rules")
        .args(["user", "show", STAFF, "-o", "json"])
        .output()
        .expect("run omnictl");
    let user: serde_json::Value = serde_json::from_slice(&shown.stdout).expect("json");
    assert_eq!(user["login_role"].as_str().map(String::from), Some(db.login(STAFF)), "{user}");
}
