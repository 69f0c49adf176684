//! The operations below the binary: each runs in a `CommandTx` against a database cloned
//! from the migrated template, as the commands run them (the application role, the
//! tenant context, row-level security), without spawning omnictl. They check the rules
//! each operation owns and the audit entry it builds — the one entry of its action.

use chrono::{NaiveDate, NaiveDateTime, TimeZone, Timelike};
use omnictl::audit::{Actor, AuditEntry, CommandTx, OperatorRef};
use omnictl::db::context::Scope;
use omnictl::domain::clock::WallTime;
use omnictl::domain::ids::{Key, OrganizationId};
use omnictl::domain::organization::{OrgStatus, OrgType, SubscriptionTier, UnitsRule};
use omnictl::domain::scheduling::{AppointmentStatus, AuthStatus};
use omnictl::domain::session::{EventData, EventType, NoteStatus, SessionStatus};
use omnictl::domain::user::{Role, UserRole};
use omnictl::error::{self, Kind, Remedy};
use omnictl::ops;
use omnictl::store::organizations::Organization;
use serde_json::json;

use crate::harness::TestDb;

/// A transaction as `operator` in `scope`, as `Session::transact` begins it: logged in
/// as the operator's own login (None: the schema's owner, as bootstrap runs).
async fn begin(db: &TestDb, operator: Option<&OperatorRef>, scope: Scope) -> CommandTx {
    let (actor, pool) = match operator {
        Some(operator) => {
            (Actor::from_environment().with_operator(operator.clone()), db.pool_as(&operator.email).await)
        }
        None => (Actor::from_environment().with_claimed_email("nobody@ops.test"), db.pool.clone()),
    };
    CommandTx::begin(&pool, &actor, scope).await.expect("begin")
}

/// Commits `tx` with the entry an operation returned (the entry must be writable).
async fn commit(tx: CommandTx, entry: AuditEntry) {
    tx.finish(entry).await.expect("commit with the entry");
}

fn operator(user: &omnictl::store::users::User) -> OperatorRef {
    OperatorRef { id: user.id, email: user.email.clone() }
}

fn kind(result: &anyhow::Result<impl std::fmt::Debug>) -> Kind {
    match result {
        Ok(value) => panic!("expected a refusal, got {value:?}"),
        Err(error) => error::kind_of(error),
    }
}

fn message(result: anyhow::Result<impl std::fmt::Debug>) -> String {
    match result {
        Ok(value) => panic!("expected a refusal, got {value:?}"),
        Err(error) => format!("{error:#}"),
    }
}

/// A platform with a super admin and one clinic (America/Chicago) with its ADMIN, a
/// STAFF user, an RBT and a patient with an ACTIVE 97153 authorization of 40 units.
struct Platform {
    root: OperatorRef,
    admin: OperatorRef,
    staff: OperatorRef,
    clinic: Organization,
}

impl Platform {
    fn scope(&self) -> Scope {
        Scope::Organization(self.clinic.id)
    }
}

async fn platform(db: &TestDb, slug: &str) -> Platform {
    crate::fixtures::seed_service_codes(&db.pool).await;
    let mut tx = begin(db, None, Scope::Platform).await;
    let (root, entry) = ops::users::bootstrap(&mut tx, "root@ops.test", "Root", None).await.expect("bootstrap");
    commit(tx, entry).await;
    let root = operator(&root);

    let mut tx = begin(db, Some(&root), Scope::Platform).await;
    let new = ops::organizations::NewClinic {
        name: format!("{slug} ABA"),
        slug: slug.to_string(),
        org_type: OrgType::Clinic,
        tier: SubscriptionTier::Trial,
        time_zone: "America/Chicago".to_string(),
        units_rule: UnitsRule::Midpoint,
    };
    let (clinic, entry) = ops::organizations::create(&mut tx, &new).await.expect("org create");
    assert_eq!(entry.action().as_str(), "org.create");
    assert_eq!(entry.changes()["time_zone"], json!({ "old": null, "new": "America/Chicago" }));
    assert_eq!(entry.changes()["units_rule"], json!({ "old": null, "new": "midpoint" }), "the database label");
    commit(tx, entry).await;

    let mut users = Vec::new();
    for (email, role) in
        [(format!("admin@{slug}.test"), UserRole::Admin), (format!("staff@{slug}.test"), UserRole::Staff)]
    {
        let mut tx = begin(db, Some(&root), Scope::Organization(clinic.id)).await;
        let new = ops::users::NewOperator { email, name: "Someone".to_string(), clinic: Some((clinic.id, role)) };
        let (user, entry) = ops::users::create(&mut tx, &new).await.expect("user create");
        assert_eq!(entry.changes()["role"]["new"], json!(role.as_sql()));
        commit(tx, entry).await;
        users.push(operator(&user));
    }
    let staff = users.pop().expect("staff");
    let admin = users.pop().expect("admin");
    let p = Platform { root, admin, staff, clinic };

    let mut tx = begin(db, Some(&p.admin), p.scope()).await;
    let fields = ops::practitioners::Fields {
        name: Some("Riley Tech".to_string()),
        credentials: vec!["RBT".parse().expect("credential")],
        npi: Some("1234567893".to_string()),
        // The technician signs their own notes as the clinic's staff user.
        user: Some(Key::known(&format!("staff@{slug}.test"))),
        ..Default::default()
    };
    let (_, entry) = ops::practitioners::create(&mut tx, p.clinic.id, &fields).await.expect("practitioner");
    commit(tx, entry).await;
    let mut tx = begin(db, Some(&p.admin), p.scope()).await;
    let input = ops::patients::PatientInput {
        medical_record_number: Some("MRN-1".to_string()),
        first_name: Some("Ava".to_string()),
        last_name: Some("Lee".to_string()),
        date_of_birth: Some("2018-03-04".to_string()),
        ..Default::default()
    };
    let (_, entry) = ops::patients::create(&mut tx, p.clinic.id, &input).await.expect("patient");
    commit(tx, entry).await;
    let mut tx = begin(db, Some(&p.admin), p.scope()).await;
    let (_, entry) = ops::authorizations::create(&mut tx, p.clinic.id, &auth("PA-1", 40)).await.expect("auth");
    commit(tx, entry).await;
    p
}

fn auth(number: &str, units: i32) -> ops::authorizations::NewAuth {
    ops::authorizations::NewAuth {
        patient: Key::known("MRN-1"),
        service_code: "97153".to_string(),
        total_units: units,
        start: day("2026-01-01"),
        end: day("2027-12-31"),
        number: Some(number.to_string()),
        insurance: None,
        status: AuthStatus::Active,
        notes: None,
    }
}

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("date")
}

fn wall(text: &str) -> WallTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").expect("time").into()
}

fn booking(start: &str, minutes: i64) -> ops::appointments::NewAppointments {
    ops::appointments::NewAppointments::single(
        Key::known("MRN-1"),
        Key::known("1234567893"),
        "97153",
        wall(start),
        ops::appointments::Length::Minutes(minutes),
    )
}

#[tokio::test]
async fn organizations_refuse_bad_zones_and_slugs_and_record_only_what_changed() {
    let db = TestDb::new().await;
    let p = platform(&db, "orgs").await;
    let mut tx = begin(&db, Some(&p.root), Scope::Platform).await;
    let bad_zone = ops::organizations::NewClinic {
        name: "X".to_string(),
        slug: "x-clinic".to_string(),
        org_type: OrgType::Clinic,
        tier: SubscriptionTier::Trial,
        time_zone: "Mars/Olympus".to_string(),
        units_rule: UnitsRule::Midpoint,
    };
    let refused = ops::organizations::create(&mut tx, &bad_zone).await;
    assert_eq!(kind(&refused), Kind::Refused);
    assert!(error::hints_of(refused.as_ref().expect_err("refused"))[0].to_string().contains("IANA"));
    let bad_slug = ops::organizations::NewClinic { slug: "Bad Slug".to_string(), ..bad_zone };
    assert!(message(ops::organizations::create(&mut tx, &bad_slug).await).contains("not a valid slug"));
    drop(tx);

    // A clinic's ADMIN may not change the tier: a permission, audited as DENIED.
    let mut tx = begin(&db, Some(&p.admin), p.scope()).await;
    let tier = ops::organizations::Changes { tier: Some(SubscriptionTier::Enterprise), ..Default::default() };
    let denied = ops::organizations::update(&mut tx, Role::Clinic(UserRole::Admin), &Key::known("orgs"), &tier).await;
    assert!(error::is_denied(denied.as_ref().expect_err("denied")));
    let rename = ops::organizations::Changes { name: Some("Renamed ABA".to_string()), ..Default::default() };
    let (after, entry) =
        ops::organizations::update(&mut tx, Role::Clinic(UserRole::Admin), &Key::known("orgs"), &rename)
            .await
            .expect("update");
    assert_eq!(after.name, "Renamed ABA");
    assert_eq!(entry.changes().keys().collect::<Vec<_>>(), ["name"], "only what changed");
    commit(tx, entry).await;

    let mut tx = begin(&db, Some(&p.root), Scope::Platform).await;
    let (after, entry) =
        ops::organizations::set_status(&mut tx, &Key::known("orgs"), OrgStatus::Suspended, Some("unpaid"))
            .await
            .expect("suspend");
    assert_eq!((after.status, entry.action().as_str()), (OrgStatus::Suspended, "org.suspend"));
    assert_eq!(entry.changes()["status"], json!({ "old": "ACTIVE", "new": "SUSPENDED" }));
    let missing = ops::organizations::show(&mut tx, &Key::known("nowhere")).await;
    assert_eq!(kind(&missing), Kind::NotFound);
}

#[tokio::test]
async fn users_bootstrap_once_and_nobody_deactivates_themselves() {
    let db = TestDb::new().await;
    let p = platform(&db, "users").await;
    let mut tx = begin(&db, None, Scope::Platform).await;
    let again = ops::users::bootstrap(&mut tx, "second@ops.test", "Second", None).await;
    assert!(error::is_denied(again.as_ref().expect_err("bootstrap runs once")));
    drop(tx);

    let mut tx = begin(&db, Some(&p.admin), p.scope()).await;
    let admin = Role::Clinic(UserRole::Admin);
    let myself = ops::users::deactivate(&mut tx, admin, &Key::known(&p.admin.email), None).await;
    assert!(error::is_denied(myself.as_ref().expect_err("not oneself")));
    let root = ops::users::update(&mut tx, admin, &Key::known(&p.root.email), &ops::users::Changes::default()).await;
    assert_eq!(kind(&root), Kind::NotFound, "a super admin is not a clinic user's to see");
    let promote = ops::users::Changes { role: Some(UserRole::Admin), ..Default::default() };
    let (after, entry) =
        ops::users::update(&mut tx, admin, &Key::known(&p.staff.email), &promote).await.expect("promote");
    assert_eq!(after.role, Some(UserRole::Admin));
    assert_eq!(entry.changes()["role"], json!({ "old": "STAFF", "new": "ADMIN" }));
    let (after, entry) = ops::users::deactivate(&mut tx, admin, &Key::known(&p.staff.email), Some("left the clinic"))
        .await
        .expect("deactivate");
    assert!(!after.is_active);
    assert_eq!(entry.changes()["is_active"], json!({ "old": true, "new": false }));
}

#[tokio::test]
async fn patients_and_policies_name_their_phi_fields_never_the_values() {
    let db = TestDb::new().await;
    let p = platform(&db, "phi").await;
    let mut tx = begin(&db, Some(&p.admin), p.scope()).await;
    let invalid = ops::patients::PatientInput {
        medical_record_number: Some("MRN-2".to_string()),
        first_name: Some("".to_string()),
        last_name: Some("Kim".to_string()),
        date_of_birth: Some("2999-01-01".to_string()),
        ..Default::default()
    };
    let refused = ops::patients::create(&mut tx, p.clinic.id, &invalid).await.expect_err("invalid");
    let problems = refused.downcast_ref::<ops::Invalid>().expect("every problem, by column");
    let columns: Vec<&str> = problems.errors.iter().map(|e| e.column).collect();
    assert!(columns.contains(&"first_name") && columns.contains(&"date_of_birth"), "{columns:?}");

    let phone = ops::patients::PatientInput { phone: Some("555-0100".to_string()), ..Default::default() };
    let (after, entry) = ops::patients::update(&mut tx, &Key::known("MRN-1"), &phone).await.expect("update");
    assert_eq!(after.phone.as_deref(), Some("555-0100"));
    assert_eq!(entry.changes().clone(), json!({ "phone": { "phi": true } }).as_object().cloned().unwrap_or_default());
    assert!(!serde_json::to_string(entry.changes()).unwrap_or_default().contains("555"));

    let policy = ops::insurances::PolicyInput {
        payer_name: Some("Synthetic Health".to_string()),
        member_number: Some("SYN-1".to_string()),
        coverage_start: Some("2026-01-01".to_string()),
        ..Default::default()
    };
    let (added, entry) =
        ops::insurances::add(&mut tx, p.clinic.id, &Key::known("MRN-1"), &policy).await.expect("policy");
    assert!(added.is_active, "no end: active on the clinic's today");
    assert!(entry.changes().contains_key("member_number"));
    let early = ops::insurances::end(&mut tx, &p.clinic, added.id, Some(day("2025-12-31")), &Default::default()).await;
    assert!(message(early).contains("before it starts"));
    let (ended, entry) =
        ops::insurances::end(&mut tx, &p.clinic, added.id, Some(day("2026-02-01")), &Default::default())
            .await
            .expect("end");
    assert!(!ended.is_active, "ended in the past");
    assert_eq!(entry.action().as_str(), "insurance.end");
    assert!(entry.changes().contains_key("coverage_end") && entry.changes().contains_key("is_active"));
}

#[tokio::test]
async fn authorizations_keep_their_rules_and_reports_cover_every_clinic_for_the_platform() {
    let db = TestDb::new().await;
    let p = platform(&db, "auths").await;
    let mut tx = begin(&db, Some(&p.admin), p.scope()).await;
    let backwards =
        ops::authorizations::NewAuth { start: day("2027-01-01"), end: day("2026-01-01"), ..auth("PA-X", 1) };
    assert!(message(ops::authorizations::create(&mut tx, p.clinic.id, &backwards).await).contains("before the start"));
    let expired = ops::authorizations::NewAuth { status: AuthStatus::Expired, ..auth("PA-Y", 5) };
    assert!(message(ops::authorizations::create(&mut tx, p.clinic.id, &expired).await).contains("PENDING or ACTIVE"));
    let (report, entry) =
        ops::appointments::book(&mut tx, &p.clinic, &booking("2027-01-05 09:00", 60)).await.expect("book");
    assert_eq!(report[0].units, Some(4));
    commit(tx, entry).await;

    let mut tx = begin(&db, Some(&p.admin), p.scope()).await;
    let busy = ops::authorizations::cancel(&mut tx, &Key::known("PA-1"), Some("payer withdrew"))
        .await
        .expect_err("units held");
    assert!(format!("{busy:#}").contains("4 units reserved"));
    assert_eq!(error::hints_of(&busy), [error::Said::Remedy(error::Remedy::SettleScheduled)]);
    let more = ops::authorizations::Changes { total_units: Some(60), ..Default::default() };
    let (after, entry) =
        ops::authorizations::update(&mut tx, &p.clinic, &Key::known("PA-1"), &more, &Default::default())
            .await
            .expect("update");
    assert_eq!(after.total_units, 60);
    assert_eq!(
        entry.changes().clone(),
        json!({ "total_units": { "old": 40, "new": 60 } }).as_object().cloned().unwrap_or_default()
    );
    commit(tx, entry).await;

    // The platform reads each clinic in its own scope, in one transaction, one entry.
    let mut tx = begin(&db, Some(&p.root), Scope::Platform).await;
    let low = ops::authorizations::Report::Low(5.0);
    let (lines, entry) = ops::authorizations::report(&mut tx, low, false).await.expect("report");
    assert_eq!(lines.len(), 1);
    assert_eq!((lines[0].organization.as_str(), lines[0].medical_record_number.as_deref()), ("auths", None));
    assert_eq!(entry.details()["patients_named"], json!(false));
    let ((checked, mismatches), _) = ops::authorizations::check(&mut tx).await.expect("check");
    assert_eq!((checked, mismatches.len()), (1, 0));
    commit(tx, entry).await;
}

#[tokio::test]
async fn a_series_books_every_occurrence_or_none_and_says_why() {
    let db = TestDb::new().await;
    let p = platform(&db, "series").await;
    let mut tx = begin(&db, Some(&p.staff), p.scope()).await;
    // 40 units are ten weekly hours of 4 units: the eleventh is refused, and with it all.
    let first = wall("2027-01-05 09:00").local;
    let weeks: Vec<WallTime> = (0..11).map(|w| (first + chrono::Duration::weeks(w)).into()).collect();
    let series = ops::appointments::NewAppointments { starts: weeks, series: true, ..booking("2027-01-05 09:00", 60) };
    let refused = ops::appointments::book(&mut tx, &p.clinic, &series).await;
    let said = message(refused);
    assert!(said.contains("1 of 11 appointments refused; nothing was booked"), "{said}");
    assert!(said.contains("not enough units"), "{said}");
    drop(tx);

    let mut tx = begin(&db, Some(&p.staff), p.scope()).await;
    let (report, entry) =
        ops::appointments::book(&mut tx, &p.clinic, &booking("2027-01-05 09:00", 60)).await.expect("book");
    let id = report[0].appointment_id.expect("booked");
    assert_eq!(entry.details()["units"], json!(4));
    commit(tx, entry).await;
    let mut tx = begin(&db, Some(&p.staff), p.scope()).await;
    let no_reason =
        ops::appointments::close(&mut tx, &p.clinic, id, AppointmentStatus::Cancelled, Some("  "), &Default::default())
            .await;
    assert!(message(no_reason).contains("needs a reason"));
    let to = ops::appointments::MoveRequest {
        start: Some(wall("2027-01-06 10:00")),
        minutes: Some(30),
        ..Default::default()
    };
    let (moved, entry) = ops::appointments::reschedule(&mut tx, &p.clinic, id, &to).await.expect("move");
    assert_eq!(moved.units, 2);
    assert_eq!(entry.changes()["units"], json!({ "old": 4, "new": 2 }));
    let (closed, entry) =
        ops::appointments::close(&mut tx, &p.clinic, id, AppointmentStatus::NoShow, None, &Default::default())
            .await
            .expect("no-show");
    assert_eq!(closed.status, AppointmentStatus::NoShow);
    assert_eq!(entry.details()["units_released"], json!(2));
    let filter = ops::appointments::Filter {
        days: ops::appointments::Days::WeekOf(day("2027-01-07")),
        practitioner: None,
        patient: Some(Key::known("MRN-1")),
        status: None,
        needs_attention: false,
    };
    let ((rows, monday), _) = ops::appointments::week(&mut tx, &filter).await.expect("list");
    assert_eq!((rows.len(), monday), (1, Some(day("2027-01-04"))));
}

#[tokio::test]
async fn a_session_bills_what_the_authorization_covers_and_its_note_is_signed_once() {
    let db = TestDb::new().await;
    let p = platform(&db, "care").await;
    let mut tx = begin(&db, Some(&p.staff), p.scope()).await;
    let (report, entry) =
        ops::appointments::book(&mut tx, &p.clinic, &booking("2026-11-02 09:00", 60)).await.expect("book");
    commit(tx, entry).await;
    let appointment = report[0].appointment_id.expect("booked");
    let zone: chrono_tz::Tz = "America/Chicago".parse().expect("zone");
    let at = |h: u32, m: u32| zone.with_ymd_and_hms(2026, 11, 2, h, m, 0).single().expect("instant").to_utc();

    let mut tx = begin(&db, Some(&p.staff), p.scope()).await;
    let (session, entry) =
        ops::sessions::start(&mut tx, &p.clinic, appointment, Some(at(9, 0)), None).await.expect("start");
    assert_eq!(entry.details()["appointment"], json!(appointment.to_string()));
    let late = NaiveDateTime::parse_from_str("2026-11-02 08:00", "%Y-%m-%d %H:%M").expect("time");
    let refused =
        ops::sessions::add_event(&mut tx, session.id, EventType::Mand, Some(late), &EventData::default()).await;
    let invalid = refused.expect_err("before the session");
    assert_eq!(invalid.downcast_ref::<ops::Invalid>().map(|i| i.errors[0].column), Some("at"));
    let noted = NaiveDateTime::parse_from_str("2026-11-02 09:30", "%Y-%m-%d %H:%M").expect("time");
    let note = EventData { text: Some("Calm after a break.".into()), ..EventData::default() };
    ops::sessions::add_event(&mut tx, session.id, EventType::Note, Some(noted), &note).await.expect("a note");
    // 2 hours delivered, 4 units reserved, 40 authorized: 8 units fit.
    let (done, entry) = ops::sessions::complete(
        &mut tx,
        &p.clinic,
        session.id,
        &ops::sessions::Ending { end: Some(at(11, 0)), ..Default::default() },
    )
    .await
    .expect("finish");
    assert_eq!((done.billed_units, done.session.status), (8, SessionStatus::Completed));
    assert_eq!(entry.details()["units_reserved"], json!(4));
    let unsigned = ops::sessions::addendum(&mut tx, session.id, "late entry").await;
    assert!(message(unsigned).contains("DRAFT"));
    let (_, entry) = ops::sessions::generate(&mut tx, session.id).await.expect("draft");
    assert_eq!(
        entry.changes().clone(),
        json!({ "note_text": { "phi": true } }).as_object().cloned().unwrap_or_default()
    );
    let (signed, entry) = ops::sessions::sign_note(&mut tx, session.id, None).await.expect("sign");
    assert_eq!(signed.status, NoteStatus::Signed);
    assert!(signed.text.contains("Patient:         Ava Lee"), "{}", signed.text);
    assert_eq!(entry.changes()["note_status"], json!({ "old": "DRAFT", "new": "SIGNED" }));
    assert!(message(ops::sessions::sign_note(&mut tx, session.id, None).await).contains("already signed"));
    commit(tx, entry).await;

    // More than the authorization can cover: refused with the remedy, in the domain's terms.
    let mut tx = begin(&db, Some(&p.staff), p.scope()).await;
    let (report, _) =
        ops::appointments::book(&mut tx, &p.clinic, &booking("2026-11-03 09:00", 60)).await.expect("book");
    let appointment = report[0].appointment_id.expect("booked");
    let next = |h: u32| zone.with_ymd_and_hms(2026, 11, 3, h, 0, 0).single().expect("instant").to_utc();
    let (session, _) = ops::sessions::start(&mut tx, &p.clinic, appointment, Some(next(9)), None).await.expect("start");
    let over = ops::sessions::complete(
        &mut tx,
        &p.clinic,
        session.id,
        &ops::sessions::Ending { end: Some(next(18)), ..Default::default() },
    )
    .await
    .expect_err("too many");
    assert_eq!(error::hints_of(&over), [error::Said::Remedy(Remedy::BillCovered(32))]);
    assert!(!format!("{over:#}").contains("--"), "operations name no flags: {over:#}");
}

#[tokio::test]
async fn break_the_glass_is_denied_without_a_clinic_and_lands_in_the_clinics_chain() {
    let db = TestDb::new().await;
    let p = platform(&db, "glass").await;
    let mut tx = begin(&db, Some(&p.root), Scope::Platform).await;
    let nowhere = ops::access_grants::break_glass(&mut tx, "nowhere", "payer audit 1", 30).await;
    assert!(error::is_denied(nowhere.as_ref().expect_err("no such clinic")));
    drop(tx);
    let mut tx = begin(&db, Some(&p.root), Scope::Platform).await;
    let (grant, entry) = ops::access_grants::break_glass(&mut tx, "glass", "payer audit 1", 30).await.expect("grant");
    assert_eq!(tx.organization_id(), Some(p.clinic.id), "filed in the clinic's chain");
    commit(tx, entry).await;
    let filed: Option<uuid::Uuid> =
        sqlx::query_scalar("SELECT organization_id FROM audit_logs WHERE action = 'access.break-glass'")
            .fetch_one(&db.pool)
            .await
            .expect("audit row");
    assert_eq!(filed.map(OrganizationId::from), Some(p.clinic.id));
    let mut tx = begin(&db, Some(&p.root), Scope::Platform).await;
    let (rows, entry) = ops::access_grants::list(&mut tx, None).await.expect("list");
    assert_eq!((rows.len(), rows[0].grant.id, entry.details()["count"].clone()), (1, grant.id, json!(1)));
}

#[tokio::test]
async fn seeding_the_catalogue_again_changes_nothing() {
    let db = TestDb::new().await;
    // As the schema's owner, through the one runner, as quickstart seeds it.
    let runner = ops::Runner::new(&db.pool, Default::default());
    let owner = Actor::from_environment().with_claimed_email("nobody@ops.test");
    let seed = ops::service_codes::Seed;
    let first = runner.run_as(&owner, Scope::Platform, seed).await.expect("seed");
    assert!(first.inserted > 0);
    let again = runner.run_as(&owner, Scope::Platform, ops::service_codes::Seed).await.expect("seed again");
    assert_eq!((again.inserted, again.updated), (0, 0));
    let unchanged: serde_json::Value = sqlx::query_scalar(
        "SELECT details->'unchanged' FROM audit_logs WHERE action = 'service-code.seed' ORDER BY occurred_at DESC, \
         chain_seq DESC LIMIT 1",
    )
    .fetch_one(&db.pool)
    .await
    .expect("the second seed is on the record");
    assert_eq!(unchanged, json!(again.unchanged));
}

/// The keys of the changes and details of every audit row of `action`, by organization.
async fn shapes(db: &TestDb, action: &str) -> Vec<(Vec<String>, Vec<String>)> {
    let rows: Vec<(serde_json::Value, serde_json::Value)> =
        sqlx::query_as("SELECT changes, details FROM audit_logs WHERE action = $1 AND outcome = 'SUCCESS'")
            .bind(action)
            .fetch_all(&db.pool)
            .await
            .expect("audit rows");
    let keys = |v: &serde_json::Value| {
        let mut keys: Vec<String> = v.as_object().map(|o| o.keys().cloned().collect()).unwrap_or_default();
        keys.sort();
        keys
    };
    let mut shapes: Vec<_> = rows.iter().map(|(c, d)| (keys(c), keys(d))).collect();
    shapes.sort();
    shapes.dedup();
    shapes
}

/// The quickstart's demo clinic is built by the operations the commands run: each of its
/// actions leaves a row of the same shape as the same action taken by hand. Some shapes
/// depend on the clock (a note signed a day or more after its session carries
/// `signed_hours_after_session`), and the demo's last clinic day may be yesterday or days
/// ago: the clinic built by hand signs one note late and one on time, so that whatever
/// the instant the test runs at, every shape the demo can leave is one a hand leaves too.
#[tokio::test]
async fn the_demo_clinic_leaves_the_trail_a_clinic_built_by_hand_leaves() {
    let db = TestDb::new().await;
    let p = platform(&db, "by-hand").await;
    let zone: chrono_tz::Tz = "America/Chicago".parse().expect("zone");
    // A session of a month ago (signed late) and one that ended an hour or two ago, at a
    // wall time that names one instant (never inside a daylight-saving change).
    let late = zone.with_ymd_and_hms(2026, 11, 2, 9, 0, 0).single().expect("instant").to_utc();
    let now = chrono::Utc::now();
    let recent = (3..12)
        .map(|hours| now - chrono::Duration::hours(hours))
        .filter_map(|at| at.with_timezone(&zone).naive_local().with_second(0)?.with_nanosecond(0))
        .find(|wall| zone.from_local_datetime(wall).single().is_some())
        .expect("a wall time of one instant in the last hours");
    let recent_start = zone.from_local_datetime(&recent).single().expect("instant").to_utc();
    for start in [late, recent_start] {
        let wall_start = start.with_timezone(&zone).naive_local();
        let mut tx = begin(&db, Some(&p.staff), p.scope()).await;
        let new = ops::appointments::NewAppointments::single(
            Key::known("MRN-1"),
            Key::known("1234567893"),
            "97153",
            wall_start.into(),
            ops::appointments::Length::Minutes(60),
        );
        let (report, entry) = ops::appointments::book(&mut tx, &p.clinic, &new).await.expect("book");
        commit(tx, entry).await;
        let appointment = report[0].appointment_id.expect("booked");
        let mut tx = begin(&db, Some(&p.admin), p.scope()).await;
        let (started, entry) =
            ops::sessions::start(&mut tx, &p.clinic, appointment, Some(start), None).await.expect("start");
        commit(tx, entry).await;
        let session = started.id;
        // The clinician's note of what happened, as the demo's device batch has one.
        let mut tx = begin(&db, Some(&p.admin), p.scope()).await;
        let noted = wall_start + chrono::Duration::minutes(30);
        let note = EventData { text: Some("Calm after a break.".into()), ..EventData::default() };
        let (_, entry) =
            ops::sessions::add_event(&mut tx, session, EventType::Note, Some(noted), &note).await.expect("a note");
        commit(tx, entry).await;
        let mut tx = begin(&db, Some(&p.admin), p.scope()).await;
        let end = start + chrono::Duration::hours(1);
        let (_, entry) = ops::sessions::complete(
            &mut tx,
            &p.clinic,
            session,
            &ops::sessions::Ending { end: Some(end), ..Default::default() },
        )
        .await
        .expect("complete");
        commit(tx, entry).await;
        let mut tx = begin(&db, Some(&p.admin), p.scope()).await;
        let (_, entry) = ops::sessions::generate(&mut tx, session).await.expect("draft");
        commit(tx, entry).await;
        // The note is signed by the technician who rendered the session.
        let mut tx = begin(&db, Some(&p.staff), p.scope()).await;
        let (_, entry) = ops::sessions::sign_note(&mut tx, session, None).await.expect("sign");
        commit(tx, entry).await;
    }
    let by_hand: Vec<_> = trail_shapes(&db).await;
    let signatures = &by_hand[4];
    assert_eq!(signatures.len(), 2, "one note signed late and one on time: {signatures:?}");

    let connect = async |email: &str| Ok(db.pool_as(email).await);
    omnictl::demo::clinic::ensure(&db.pool, &Actor::from_environment(), Some(&p.root.email), connect)
        .await
        .expect("the demo clinic");
    let with_demo: Vec<_> = trail_shapes(&db).await;
    assert_eq!(by_hand, with_demo, "the demo added no row of another shape");
}

async fn trail_shapes(db: &TestDb) -> Vec<Vec<(Vec<String>, Vec<String>)>> {
    let mut all = Vec::new();
    for action in [
        "appointment.create",
        "session.start",
        "session.complete",
        "session.note.generate",
        "session.note.sign",
        "practitioner.create",
        "patient.create",
    ] {
        all.push(shapes(db, action).await);
    }
    all
}

/// A command is one transaction: the operator is identified, authorized and the clinic
/// resolved inside the transaction that does the work, not in reads of their own before
/// it. Counted by the server: a read as a clinic's user rolls nothing back.
#[tokio::test]
async fn a_command_identifies_its_operator_inside_its_one_transaction() {
    let db = TestDb::new().await;
    let p = platform(&db, "one-tx").await;
    let counts = async || -> (i64, i64) {
        sqlx::query_as("SELECT xact_commit, xact_rollback FROM pg_stat_database WHERE datname = current_database()")
            .fetch_one(&db.pool)
            .await
            .expect("pg_stat_database")
    };
    // The counters of ended backends reach pg_stat_database within a second or so.
    let settled = async |before: (i64, i64)| {
        let mut last = counts().await;
        for _ in 0..50 {
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
            let now = counts().await;
            if now == last && now != before {
                break;
            }
            last = now;
        }
        last
    };
    let before = settled((-1, -1)).await;
    let shown = crate::imports::act(&db, &p.admin.email, &["patient", "show", "MRN-1", "-o", "json"]);
    assert!(shown.status.success(), "{}", crate::harness::stderr(&shown));
    let after = settled(before).await;
    assert_eq!(after.1 - before.1, 0, "nothing rolled back: no separate read to identify the operator");
    let audited: i64 =
        sqlx::query_scalar("SELECT count(*) FROM audit_logs WHERE action = 'patient.read' AND outcome = 'SUCCESS'")
            .fetch_one(&db.pool)
            .await
            .expect("audit");
    assert_eq!(audited, 1);
}
