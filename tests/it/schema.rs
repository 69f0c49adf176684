//! The schema's promises, proved with plain SQL against the real migrations.

use sqlx::{Connection, Executor, PgConnection, Row};
use uuid::Uuid;

use crate::fixtures::{self, Booking, book, clinic, violated};
use crate::harness::TestDb;

async fn set_counters(conn: &mut PgConnection, auth: Uuid, used: i32, scheduled: i32) -> Result<u64, sqlx::Error> {
    // Inside a savepoint, so a violation leaves the test's transaction usable.
    let mut savepoint = conn.begin().await?;
    let done = sqlx::query("UPDATE authorizations SET used_units = $2, scheduled_units = $3 WHERE id = $1")
        .bind(auth)
        .bind(used)
        .bind(scheduled)
        .execute(&mut *savepoint)
        .await
        .map(|r| r.rows_affected());
    if done.is_ok() {
        savepoint.commit().await?;
    }
    done
}

#[tokio::test]
async fn authorization_checks_reject_overbooking_and_negative_counters() {
    let db = TestDb::new().await;
    fixtures::seed_service_codes(&db.pool).await;
    let a = clinic(&db.pool, "alpha").await; // auth_97153 has 100 units
    // The CHECKs bite at once; the counters-match-rows check would refuse this
    // transaction at commit, so it is rolled back (a test of its own below).
    let mut conn = db.pool.acquire().await.expect("connection");
    let mut tx = conn.begin().await.expect("begin");

    assert_eq!(set_counters(&mut tx, a.auth_97153, 60, 40).await.expect("exactly the total is fine"), 1);
    assert_eq!(violated(set_counters(&mut tx, a.auth_97153, 60, 41).await), "authorizations_units_within_total");
    assert_eq!(violated(set_counters(&mut tx, a.auth_97153, 101, 0).await), "authorizations_units_within_total");
    assert_eq!(violated(set_counters(&mut tx, a.auth_97153, -1, 0).await), "authorizations_used_nonnegative");
    assert_eq!(violated(set_counters(&mut tx, a.auth_97153, 0, -1).await), "authorizations_scheduled_nonnegative");

    set_counters(&mut tx, a.auth_97153, 0, 0).await.expect("reset");
    for (change, constraint) in [
        ("start_date = '2027-01-01'", "authorizations_date_order"),
        ("total_units = -5", "authorizations_total_nonnegative"),
    ] {
        let mut savepoint = tx.begin().await.expect("savepoint");
        let refused = sqlx::query(&format!("UPDATE authorizations SET {change} WHERE id = $1"))
            .bind(a.auth_97153)
            .execute(&mut *savepoint)
            .await;
        assert_eq!(violated(refused), constraint);
    }

    // The conditional reservation the scheduler relies on: it matches no row when the
    // units are not there, so the last units cannot be taken twice.
    set_counters(&mut tx, a.auth_97153, 90, 6).await.expect("reset");
    let reserve = "UPDATE authorizations SET scheduled_units = scheduled_units + $2
                   WHERE id = $1 AND total_units - used_units - scheduled_units >= $2";
    let taken = sqlx::query(reserve).bind(a.auth_97153).bind(4).execute(&mut *tx).await.expect("reserve");
    assert_eq!(taken.rows_affected(), 1);
    let again = sqlx::query(reserve).bind(a.auth_97153).bind(1).execute(&mut *tx).await.expect("reserve");
    assert_eq!(again.rows_affected(), 0, "nothing left to reserve");
    tx.rollback().await.expect("rollback");
}

/// Counters equal their rows, whoever writes: the owner with raw SQL cannot move a
/// counter without its appointment and ledger line, nor change an appointment's units
/// behind its counter, nor hide the rows by switching the tenant context before commit.
#[tokio::test]
async fn counters_must_equal_live_appointments_and_the_ledger_at_commit() {
    let db = TestDb::new().await;
    fixtures::seed_service_codes(&db.pool).await;
    let a = clinic(&db.pool, "alpha").await;

    // A counter moved alone, by the owner, in autocommit.
    let alone = sqlx::query("UPDATE authorizations SET scheduled_units = 4 WHERE id = $1")
        .bind(a.auth_97153)
        .execute(&db.pool)
        .await;
    assert_eq!(violated(alone), "authorizations_counters_match_rows");

    // Appointment, counter and ledger together: accepted.
    let mut conn = db.pool.acquire().await.expect("connection");
    let mut tx = conn.begin().await.expect("begin");
    let booked: Uuid = sqlx::query_scalar(
        "WITH ap AS (
             INSERT INTO appointments (organization_id, patient_id, practitioner_id, service_code_owner, service_code,
                                       authorization_id, starts_at, ends_at, units)
             VALUES ($1, $2, $3, $4, '97153', $5, '2026-12-01 09:00Z', '2026-12-01 10:00Z', 4) RETURNING id
         ), counter AS (
             UPDATE authorizations SET scheduled_units = scheduled_units + 4 WHERE id = $5
         )
         INSERT INTO authorization_unit_events (organization_id, authorization_id, kind, scheduled_delta, appointment_id)
         SELECT $1, $5, 'RESERVE', 4, id FROM ap RETURNING appointment_id",
    )
    .bind(a.org)
    .bind(a.patient)
    .bind(a.rbt)
    .bind(fixtures::PLATFORM)
    .bind(a.auth_97153)
    .fetch_one(&mut *tx)
    .await
    .expect("book");
    tx.commit().await.expect("a consistent booking commits");

    // The appointment's units changed behind the counter (the reschedule race's effect).
    let behind = sqlx::query("UPDATE appointments SET units = 2 WHERE id = $1").bind(booked).execute(&db.pool).await;
    assert_eq!(violated(behind), "authorizations_counters_match_rows");
    // Cancelled without releasing.
    let unreleased = sqlx::query("UPDATE appointments SET status = 'CANCELLED', cancel_reason = 'x' WHERE id = $1")
        .bind(booked)
        .execute(&db.pool)
        .await;
    assert_eq!(violated(unreleased), "authorizations_counters_match_rows");
    // Released on the counter and the ledger, but the appointment still live.
    let mut tx = conn.begin().await.expect("begin");
    sqlx::query(
        "WITH counter AS (UPDATE authorizations SET scheduled_units = scheduled_units - 4 WHERE id = $2)
         INSERT INTO authorization_unit_events (organization_id, authorization_id, kind, scheduled_delta, appointment_id)
         VALUES ($1, $2, 'RELEASE', -4, $3)",
    )
    .bind(a.org)
    .bind(a.auth_97153)
    .bind(booked)
    .execute(&mut *tx)
    .await
    .expect("release");
    assert_eq!(violated(tx.commit().await), "authorizations_counters_match_rows");

    // An appointment's check is left to the authorization's only when this transaction
    // rewrote the authorization: a rewrite that moves no units (notes), or a new
    // authorization with no units, does not let an appointment slip in beside it.
    for rewrite in [
        "UPDATE authorizations SET notes = 'touched' WHERE id = $1 RETURNING id",
        "INSERT INTO authorizations (organization_id, patient_id, service_code_owner, service_code, start_date,
                                     end_date, total_units)
         SELECT organization_id, patient_id, service_code_owner, service_code, start_date, end_date, 10
           FROM authorizations WHERE id = $1 RETURNING id",
    ] {
        let mut tx = conn.begin().await.expect("begin");
        let target: Uuid = sqlx::query_scalar(rewrite).bind(a.auth_97153).fetch_one(&mut *tx).await.expect("rewrite");
        sqlx::query(
            "INSERT INTO appointments (organization_id, patient_id, practitioner_id, service_code_owner, service_code,
                                       authorization_id, starts_at, ends_at, units)
             VALUES ($1, $2, $3, $4, '97153', $5, '2026-12-02 09:00Z', '2026-12-02 10:00Z', 4)",
        )
        .bind(a.org)
        .bind(a.patient)
        .bind(a.rbt)
        .bind(fixtures::PLATFORM)
        .bind(target)
        .execute(&mut *tx)
        .await
        .expect("appointment alone");
        assert_eq!(violated(tx.commit().await), "authorizations_counters_match_rows", "{rewrite}");
    }

    // As the application role, a forged context before commit hides nothing: the check
    // reads the authorization's own clinic.
    let b = clinic(&db.pool, "beta").await;
    let alpha = db.pool_as(&a.admin).await;
    let mut as_alpha = alpha.acquire().await.expect("connection");
    let mut tx = as_app(&mut as_alpha, Some(a.org), false).await;
    sqlx::query("UPDATE authorizations SET scheduled_units = 0 WHERE id = $1")
        .bind(a.auth_97153)
        .execute(&mut *tx)
        .await
        .expect("counter alone");
    sqlx::query("SELECT set_config('omnictl.organization_id', $1, true)")
        .bind(b.org.to_string())
        .execute(&mut *tx)
        .await
        .expect("switch context");
    assert_eq!(violated(tx.commit().await), "authorizations_counters_match_rows");

    let scheduled: i32 = sqlx::query_scalar("SELECT scheduled_units FROM authorizations WHERE id = $1")
        .bind(a.auth_97153)
        .fetch_one(&db.pool)
        .await
        .expect("counter");
    assert_eq!(scheduled, 4, "every refused transaction left the counter as it was");
}

/// No SECURITY DEFINER function may run as a role that skips row-level security
/// (a superuser or BYPASSRLS): it would read every clinic's rows.
#[tokio::test]
async fn no_security_definer_function_is_owned_by_a_role_that_bypasses_rls() {
    let db = TestDb::new().await;
    let definers: Vec<(String, String, bool, bool)> = sqlx::query_as(
        "SELECT p.proname::text, r.rolname::text, r.rolsuper, r.rolbypassrls
           FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner
          WHERE p.prosecdef AND p.pronamespace = 'public'::regnamespace
          ORDER BY 1",
    )
    .fetch_all(&db.pool)
    .await
    .expect("catalogue");
    assert!(definers.len() >= 7, "the definers: {definers:?}");
    let bypassing: Vec<_> = definers.iter().filter(|(_, _, sup, bypass)| *sup || *bypass).collect();
    assert!(bypassing.is_empty(), "SECURITY DEFINER functions that bypass row-level security: {bypassing:?}");
    let can_login: bool = sqlx::query_scalar("SELECT rolcanlogin FROM pg_roles WHERE rolname = 'omnictl_definer'")
        .fetch_one(&db.pool)
        .await
        .expect("definer role");
    assert!(!can_login, "nobody connects as the definers' owner");
}

#[tokio::test]
async fn composite_foreign_keys_keep_rows_inside_their_clinic() {
    let db = TestDb::new().await;
    fixtures::seed_service_codes(&db.pool).await;
    let a = clinic(&db.pool, "alpha").await;
    let b = clinic(&db.pool, "beta").await;

    // An appointment of clinic A pointing at clinic B's patient.
    let cross_patient = book(
        &db.pool,
        Booking {
            org: a.org,
            patient: b.patient,
            practitioner: a.rbt,
            code: "97153",
            authorization: None,
            starts: "2026-12-01 09:00Z",
            ends: "2026-12-01 10:00Z",
            group: None,
        },
    )
    .await;
    assert_eq!(violated(cross_patient), "appointments_patient_fkey");

    // … or at clinic B's practitioner.
    let cross_practitioner = book(
        &db.pool,
        Booking {
            org: a.org,
            patient: a.patient,
            practitioner: b.rbt,
            code: "97153",
            authorization: None,
            starts: "2026-12-01 09:00Z",
            ends: "2026-12-01 10:00Z",
            group: None,
        },
    )
    .await;
    assert_eq!(violated(cross_practitioner), "appointments_practitioner_fkey");

    // An appointment on an authorization for another code or another patient.
    let other_code = book(
        &db.pool,
        Booking {
            org: a.org,
            patient: a.patient,
            practitioner: a.rbt,
            code: "97153",
            authorization: Some(a.auth_97155),
            starts: "2026-12-01 09:00Z",
            ends: "2026-12-01 10:00Z",
            group: None,
        },
    )
    .await;
    assert_eq!(violated(other_code), "appointments_authorization_fkey");
    let other_patient = book(
        &db.pool,
        Booking {
            org: a.org,
            patient: a.other_patient,
            practitioner: a.rbt,
            code: "97153",
            authorization: Some(a.auth_97153),
            starts: "2026-12-01 09:00Z",
            ends: "2026-12-01 10:00Z",
            group: None,
        },
    )
    .await;
    assert_eq!(violated(other_patient), "appointments_authorization_fkey");

    // An authorization on another patient's insurance policy.
    let foreign_policy = sqlx::query(
        "INSERT INTO authorizations (organization_id, patient_id, insurance_id, service_code_owner, service_code,
                                     start_date, end_date, total_units)
         VALUES ($1, $2, $3, $4, '97153', '2026-01-01', '2026-06-30', 10)",
    )
    .bind(a.org)
    .bind(a.other_patient)
    .bind(a.insurance)
    .bind(fixtures::PLATFORM)
    .execute(&db.pool)
    .await;
    assert_eq!(violated(foreign_policy), "authorizations_insurance_fkey");

    // Another clinic's service code override is out of reach.
    sqlx::query(
        "INSERT INTO service_codes (organization_id, code, description, category, required_credentials)
         VALUES ($1, '97153', 'beta rate', 'TREATMENT', '{RBT}')",
    )
    .bind(b.org)
    .execute(&db.pool)
    .await
    .expect("beta's override");
    let foreign_override = sqlx::query(
        "INSERT INTO authorizations (organization_id, patient_id, service_code_owner, service_code,
                                     start_date, end_date, total_units)
         VALUES ($1, $2, $3, '97153', '2026-01-01', '2026-06-30', 10)",
    )
    .bind(a.org)
    .bind(a.patient)
    .bind(b.org)
    .execute(&db.pool)
    .await;
    assert_eq!(violated(foreign_override), "authorizations_service_code_scope");

    // The same booking inside clinic A is accepted: the keys above failed for the reason named.
    book(
        &db.pool,
        Booking {
            org: a.org,
            patient: a.patient,
            practitioner: a.rbt,
            code: "97153",
            authorization: Some(a.auth_97153),
            starts: "2026-12-01 09:00Z",
            ends: "2026-12-01 10:00Z",
            group: None,
        },
    )
    .await
    .expect("a clinic's own rows may point at each other");
}

#[tokio::test]
async fn exclusion_constraints_stop_double_booking_but_allow_97155_and_group_slots() {
    let db = TestDb::new().await;
    fixtures::seed_service_codes(&db.pool).await;
    let a = clinic(&db.pool, "alpha").await;
    let at = |practitioner, patient, code, starts, ends, group| Booking {
        org: a.org,
        patient,
        practitioner,
        code,
        authorization: None,
        starts,
        ends,
        group,
    };

    let first = book(&db.pool, at(a.rbt, a.patient, "97153", "2026-12-01 09:00Z", "2026-12-01 10:00Z", None))
        .await
        .expect("first booking");

    // The same practitioner with another patient, overlapping by half an hour.
    let practitioner_twice =
        book(&db.pool, at(a.rbt, a.other_patient, "97153", "2026-12-01 09:30Z", "2026-12-01 10:30Z", None)).await;
    assert_eq!(violated(practitioner_twice), "appointments_practitioner_no_overlap");

    // The same patient with another practitioner, same code.
    let patient_twice =
        book(&db.pool, at(a.bcba, a.patient, "97153", "2026-12-01 09:45Z", "2026-12-01 10:15Z", None)).await;
    assert_eq!(violated(patient_twice), "appointments_patient_no_overlap");

    // 97155 by the BCBA over the RBT's 97153 with the same patient: the recognised pair.
    let supervision = book(&db.pool, at(a.bcba, a.patient, "97155", "2026-12-01 09:00Z", "2026-12-01 09:30Z", None))
        .await
        .expect("97155 may overlap 97153");
    // But not two 97155s for one patient at once (a third, free practitioner).
    let second_bcba = fixtures::insert_practitioner(&db.pool, a.org, "Casey Analyst", "{BCBA-D}", "1003000126").await;
    let second_supervision =
        book(&db.pool, at(second_bcba, a.patient, "97155", "2026-12-01 09:15Z", "2026-12-01 09:45Z", None)).await;
    assert_eq!(violated(second_supervision), "appointments_patient_no_overlap");

    // Back-to-back is not overlap: ranges are half-open.
    book(&db.pool, at(a.rbt, a.patient, "97153", "2026-12-01 10:00Z", "2026-12-01 11:00Z", None))
        .await
        .expect("adjacent slot");

    // A group slot: one practitioner, several patients, one group id.
    let group = Uuid::new_v4();
    let third = fixtures::insert_patient(&db.pool, a.org, "MRN-3").await;
    // A group is booked whole: at commit a group slot holds 2 to 8 live members.
    let mut tx = db.pool.begin().await.expect("begin");
    for patient in [a.other_patient, third] {
        book(&mut *tx, at(a.bcba, patient, "97154", "2026-12-02 13:00Z", "2026-12-02 14:00Z", Some(group)))
            .await
            .expect("group members share the slot");
    }
    tx.commit().await.expect("a group of two commits");
    let alone = {
        let mut tx = db.pool.begin().await.expect("begin");
        book(&mut *tx, at(a.rbt, third, "97154", "2026-12-04 13:00Z", "2026-12-04 14:00Z", Some(Uuid::new_v4())))
            .await
            .expect("the statement runs");
        tx.commit().await
    };
    assert_eq!(violated(alone), "appointments_group_holds");
    // Another group, or an individual session, in the same practitioner's slot is not allowed.
    let other_group =
        book(&db.pool, at(a.bcba, a.patient, "97154", "2026-12-02 13:30Z", "2026-12-02 14:30Z", Some(Uuid::new_v4())))
            .await;
    assert_eq!(violated(other_group), "appointments_practitioner_no_overlap");
    let individual =
        book(&db.pool, at(a.bcba, a.patient, "97156", "2026-12-02 13:00Z", "2026-12-02 13:30Z", None)).await;
    assert_eq!(violated(individual), "appointments_practitioner_no_overlap");
    // Group ids are for group codes only.
    let not_group =
        book(&db.pool, at(a.rbt, a.patient, "97153", "2026-12-03 13:00Z", "2026-12-03 14:00Z", Some(group))).await;
    assert_eq!(violated(not_group), "appointments_group_codes");

    // Cancelled and no-show appointments free their slot.
    sqlx::query("UPDATE appointments SET status = 'CANCELLED', cancel_reason = 'family request' WHERE id = $1")
        .bind(first)
        .execute(&db.pool)
        .await
        .expect("cancel");
    sqlx::query("UPDATE appointments SET status = 'NO_SHOW' WHERE id = $1")
        .bind(supervision)
        .execute(&db.pool)
        .await
        .expect("no-show");
    book(&db.pool, at(a.bcba, a.patient, "97153", "2026-12-01 09:00Z", "2026-12-01 09:45Z", None))
        .await
        .expect("a cancelled slot can be rebooked");

    // A cancellation must say why.
    let silent_cancel = sqlx::query(
        "UPDATE appointments SET status = 'CANCELLED' WHERE organization_id = $1 AND starts_at = '2026-12-01 10:00Z'",
    )
    .bind(a.org)
    .execute(&db.pool)
    .await;
    assert_eq!(violated(silent_cancel), "appointments_cancel_reason");
}

#[tokio::test]
async fn audit_rows_cannot_be_changed_by_anyone_and_form_a_hash_chain() {
    let db = TestDb::new().await;
    fixtures::seed_service_codes(&db.pool).await;
    let a = clinic(&db.pool, "alpha").await;
    for action in ["test.first", "test.second"] {
        sqlx::query(
            "INSERT INTO audit_logs (os_user, host, tool_version, organization_id, action, outcome)
             VALUES ('tester', 'host', '0', $1, $2, 'SUCCESS')",
        )
        .bind(a.org)
        .bind(action)
        .execute(&db.pool)
        .await
        .expect("append");
    }
    // The fixture's own writes (plain SQL, no audit row of theirs) were filed by the
    // database as sql.write rows first; the two appended here follow them.
    let rows = sqlx::query(
        "SELECT chain_seq, prev_hash, hash FROM audit_logs WHERE organization_id = $1 AND action LIKE 'test.%'
          ORDER BY chain_seq",
    )
    .bind(a.org)
    .fetch_all(&db.pool)
    .await
    .expect("read chain");
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[1].get::<i64, _>("chain_seq"), rows[0].get::<i64, _>("chain_seq") + 1);
    assert_eq!(rows[1].get::<Vec<u8>, _>("prev_hash"), rows[0].get::<Vec<u8>, _>("hash"), "second links to first");

    // The pool connects as the cluster's superuser, who owns every table.
    let owner: bool = sqlx::query_scalar("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
        .fetch_one(&db.pool)
        .await
        .expect("role");
    assert!(owner, "this test must run as the owner/superuser to prove even they cannot");
    for statement in ["UPDATE audit_logs SET reason = 'edited'", "DELETE FROM audit_logs", "TRUNCATE audit_logs"] {
        let error = db.pool.execute(statement).await.expect_err(statement);
        assert!(error.to_string().contains("append-only"), "{statement}: {error}");
    }
    let count: i64 = sqlx::query_scalar("SELECT count(*) FROM audit_logs WHERE action LIKE 'test.%'")
        .fetch_one(&db.pool)
        .await
        .expect("count");
    assert_eq!(count, 2);

    // The unit ledger is append-only the same way.
    sqlx::query(
        "WITH counter AS (UPDATE authorizations SET used_units = used_units + 5 WHERE id = $2)
         INSERT INTO authorization_unit_events (organization_id, authorization_id, kind, used_delta, note)
         VALUES ($1, $2, 'ADJUST', 5, 'opening balance')",
    )
    .bind(a.org)
    .bind(a.auth_97153)
    .execute(&db.pool)
    .await
    .expect("ledger entry");
    for statement in [
        "UPDATE authorization_unit_events SET used_delta = 6",
        "DELETE FROM authorization_unit_events",
        "TRUNCATE authorization_unit_events",
    ] {
        let error = db.pool.execute(statement).await.expect_err(statement);
        assert!(error.to_string().contains("append-only"), "{statement}: {error}");
    }
}

/// Begins a transaction as the application role in the given context.
async fn as_app(conn: &mut PgConnection, org: Option<Uuid>, platform: bool) -> sqlx::Transaction<'_, sqlx::Postgres> {
    let mut tx = conn.begin().await.expect("begin");
    tx.execute("SET LOCAL ROLE omnictl_app").await.expect("set role");
    sqlx::query(
        "SELECT set_config('omnictl.organization_id', $1, true), set_config('omnictl.platform_scope', $2, true)",
    )
    .bind(org.map(|o| o.to_string()).unwrap_or_default())
    .bind(if platform { "on" } else { "" })
    .execute(&mut *tx)
    .await
    .expect("set context");
    tx
}

const TENANT_TABLES: [&str; 12] = [
    "practitioners",
    "patients",
    "patient_insurances",
    "authorizations",
    "authorization_unit_events",
    "appointments",
    "sessions",
    "session_events",
    "supervision_contacts",
    "session_note_addenda",
    "session_service_lines",
    "break_glass_grants",
];

#[tokio::test]
async fn row_level_security_isolates_clinics_even_without_a_where_clause() {
    let db = TestDb::new().await;
    fixtures::seed_service_codes(&db.pool).await;
    let a = clinic(&db.pool, "alpha").await;
    let b = clinic(&db.pool, "beta").await;
    let alpha = db.pool_as(&a.admin).await;
    let mut as_alpha = alpha.acquire().await.expect("connection");
    let mut conn = db.pool.acquire().await.expect("connection");

    {
        let mut tx = as_app(&mut as_alpha, Some(a.org), false).await;
        let orgs: Vec<Uuid> = sqlx::query_scalar("SELECT DISTINCT organization_id FROM patients")
            .fetch_all(&mut *tx)
            .await
            .expect("select");
        assert_eq!(orgs, [a.org], "only clinic A's patients are visible");
        let by_id: Option<Uuid> = sqlx::query_scalar("SELECT id FROM patients WHERE id = $1")
            .bind(b.patient)
            .fetch_optional(&mut *tx)
            .await
            .expect("select");
        assert_eq!(by_id, None, "clinic B's patient cannot be read even by id");
        let visible_orgs: i64 =
            sqlx::query_scalar("SELECT count(*) FROM organizations").fetch_one(&mut *tx).await.expect("select");
        assert_eq!(visible_orgs, 1);
        let updated = sqlx::query("UPDATE patients SET last_name = 'Changed' WHERE id = $1")
            .bind(b.patient)
            .execute(&mut *tx)
            .await
            .expect("update");
        assert_eq!(updated.rows_affected(), 0, "clinic B's row cannot be updated");
        let insert = sqlx::query(
            "INSERT INTO patients (organization_id, medical_record_number, first_name, last_name, date_of_birth)
             VALUES ($1, 'MRN-X', 'Sneaky', 'Insert', '2019-01-01')",
        )
        .bind(b.org)
        .execute(&mut *tx)
        .await;
        let error = insert.expect_err("inserting into clinic B must fail");
        assert!(error.to_string().contains("row-level security"), "{error}");
        tx.rollback().await.expect("rollback");
    }

    // No context at all (the schema's owner, switched to the application role): no
    // tenant row of any table is visible.
    {
        let mut tx = as_app(&mut conn, None, false).await;
        for table in TENANT_TABLES.iter().chain(&["organizations", "users", "audit_logs"]) {
            let count: i64 =
                sqlx::query_scalar(&format!("SELECT count(*) FROM {table}")).fetch_one(&mut *tx).await.expect("count");
            assert_eq!(count, 0, "{table} leaks rows without a context");
        }
        let codes: i64 =
            sqlx::query_scalar("SELECT count(*) FROM service_codes").fetch_one(&mut *tx).await.expect("count");
        assert_eq!(codes, 10, "the platform catalogue is public");
        tx.rollback().await.expect("rollback");
    }

    // Platform scope (the owner has it, as a super admin does) sees organizations but
    // opens no clinic's patient data.
    {
        let mut tx = as_app(&mut conn, None, true).await;
        let orgs: i64 =
            sqlx::query_scalar("SELECT count(*) FROM organizations").fetch_one(&mut *tx).await.expect("count");
        assert_eq!(orgs, 2);
        let patients: i64 =
            sqlx::query_scalar("SELECT count(*) FROM patients").fetch_one(&mut *tx).await.expect("count");
        assert_eq!(patients, 0);
        tx.rollback().await.expect("rollback");
    }

    // The application role cannot delete patients at all (they are archived instead).
    {
        let mut tx = as_app(&mut as_alpha, Some(a.org), false).await;
        let error = sqlx::query("DELETE FROM patients WHERE id = $1")
            .bind(a.patient)
            .execute(&mut *tx)
            .await
            .expect_err("delete");
        assert!(error.to_string().contains("permission denied"), "{error}");
    }
}

#[tokio::test]
async fn catalog_every_tenant_table_is_keyed_and_guarded_by_organization() {
    let db = TestDb::new().await;

    // Tenant tables are those with a NOT NULL organization_id; the list is pinned so a
    // new table must be classified on purpose. An import's staging table has the column
    // and no row-level security by design (migration 20261210000002: COPY is refused
    // under it; its rows never outlive their import's transaction): the application role
    // may add, read and delete rows there, nothing else.
    let staging = ["import_patient_rows"];
    let staging_privileges: Vec<String> = sqlx::query_scalar(
        "SELECT string_agg(p.privilege_type, ',' ORDER BY p.privilege_type)
           FROM unnest($1::text[]) t(name)
           JOIN information_schema.role_table_grants p ON p.table_name = t.name AND p.grantee = 'omnictl_app'
          GROUP BY t.name ORDER BY t.name",
    )
    .bind(&staging[..])
    .fetch_all(&db.pool)
    .await
    .expect("staging privileges");
    assert_eq!(staging_privileges, ["DELETE,INSERT,SELECT"]);
    let tenant: Vec<String> = sqlx::query_scalar(
        "SELECT c.relname::text FROM pg_class c
           JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
           JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'organization_id' AND a.attnotnull
          WHERE c.relkind = 'r' AND c.relname <> ALL($1) ORDER BY 1",
    )
    .bind(&staging[..])
    .fetch_all(&db.pool)
    .await
    .expect("tenant tables");
    let mut expected: Vec<String> = TENANT_TABLES.iter().map(|t| t.to_string()).collect();
    expected.sort();
    assert_eq!(tenant, expected);

    let all_tables: Vec<String> = sqlx::query_scalar(
        "SELECT c.relname::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY 1",
    )
    .fetch_all(&db.pool)
    .await
    .expect("tables");
    let platform = [
        "_sqlx_migrations",
        "import_patient_rows",
        "audit_chain_heads",
        "audit_items_pending",
        "audit_log_items",
        "audit_logs",
        "login_verifiers",
        "omnictl_database_identity",
        "omnictl_definer_owners",
        "omnictl_role_rules",
        "omnictl_schema_compat",
        "operator_logins",
        "organizations",
        "pooler_logins",
        "service_codes",
        "service_concurrency",
        "sql_writes_pending",
        "users",
    ];
    for table in &all_tables {
        assert!(expected.contains(table) || platform.contains(&table.as_str()), "unclassified table {table}");
    }

    // Primary keys and unique constraints of tenant tables include organization_id.
    let unkeyed: Vec<(String, String)> = sqlx::query_as(
        "SELECT c.conrelid::regclass::text, c.conname::text FROM pg_constraint c
          WHERE c.conrelid::regclass::text = ANY($1) AND c.contype IN ('p', 'u')
            AND NOT EXISTS (SELECT 1 FROM pg_attribute a
                             WHERE a.attrelid = c.conrelid AND a.attnum = ANY(c.conkey)
                               AND a.attname = 'organization_id')",
    )
    .bind(&expected)
    .fetch_all(&db.pool)
    .await
    .expect("keys");
    assert!(unkeyed.is_empty(), "constraints without organization_id: {unkeyed:?}");
    // Unique indexes too (partial unique indexes are not constraints).
    let unkeyed_indexes: Vec<String> = sqlx::query_scalar(
        "SELECT i.indexrelid::regclass::text FROM pg_index i
          WHERE i.indrelid::regclass::text = ANY($1) AND i.indisunique
            AND NOT EXISTS (SELECT 1 FROM pg_attribute a
                             WHERE a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
                               AND a.attname = 'organization_id')",
    )
    .bind(&expected)
    .fetch_all(&db.pool)
    .await
    .expect("indexes");
    assert!(unkeyed_indexes.is_empty(), "unique indexes without organization_id: {unkeyed_indexes:?}");

    // Every foreign key from a tenant table to a tenant table is composite with
    // organization_id on both sides.
    let loose: Vec<(String, String)> = sqlx::query_as(
        "SELECT c.conrelid::regclass::text, c.conname::text FROM pg_constraint c
          WHERE c.contype = 'f' AND c.conrelid::regclass::text = ANY($1)
            AND c.confrelid::regclass::text = ANY($1)
            AND NOT (
                EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.conrelid
                          AND a.attnum = ANY(c.conkey) AND a.attname = 'organization_id')
                AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.confrelid
                          AND a.attnum = ANY(c.confkey) AND a.attname = 'organization_id'))",
    )
    .bind(&expected)
    .fetch_all(&db.pool)
    .await
    .expect("foreign keys");
    assert!(loose.is_empty(), "tenant foreign keys without organization_id: {loose:?}");
    let tenant_fks: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM pg_constraint WHERE contype = 'f'
            AND conrelid::regclass::text = ANY($1) AND confrelid::regclass::text = ANY($1)",
    )
    .bind(&expected)
    .fetch_one(&db.pool)
    .await
    .expect("count");
    assert!(tenant_fks >= 11, "expected the tenant foreign keys to be found, got {tenant_fks}");

    // RLS enabled and forced on every tenant table (and the platform tables with tenant data).
    let unguarded: Vec<String> = sqlx::query_scalar(
        "SELECT relname::text FROM pg_class
          WHERE relname = ANY($1) AND relnamespace = 'public'::regnamespace
            AND NOT (relrowsecurity AND relforcerowsecurity)",
    )
    .bind(
        expected
            .iter()
            .cloned()
            .chain(["organizations", "users", "service_codes", "audit_logs"].map(String::from))
            .collect::<Vec<_>>(),
    )
    .fetch_all(&db.pool)
    .await
    .expect("rls");
    assert!(unguarded.is_empty(), "tables without forced RLS: {unguarded:?}");

    // The role queries run as cannot bypass RLS or log in.
    let (can_login, bypass, superuser): (bool, bool, bool) =
        sqlx::query_as("SELECT rolcanlogin, rolbypassrls, rolsuper FROM pg_roles WHERE rolname = 'omnictl_app'")
            .fetch_one(&db.pool)
            .await
            .expect("role");
    assert!(!can_login && !bypass && !superuser);
}
