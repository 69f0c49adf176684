//! The operations below the binary: each runs through the one runner the commands use
//! (`ops::Runner`), on a connection logged in as the operator (the application role,
//! the tenant context, row-level security), without spawning omnictl. They check the
//! rules each operation owns and the audit entry it leaves — the one committed row of
//! its action, read back from `audit_logs`.

use chrono::{NaiveDate, NaiveDateTime, Offset, TimeZone, Timelike};
use omnictl::access::Claim;
use omnictl::audit::Actor;
use omnictl::db::context::Scope;
use omnictl::domain::clock::WallTime;
use omnictl::domain::dates::DateArg;
use omnictl::domain::ids::{Key, OrganizationId, PolicyId};
use omnictl::domain::organization::{OrgStatus, OrgType, SubscriptionTier, UnitsRule};
use omnictl::domain::scheduling::{AppointmentStatus, AuthStatus};
use omnictl::domain::session::{EventData, EventType, NoteStatus, SessionStatus};
use omnictl::domain::user::UserRole;
use omnictl::error::{self, Kind, Remedy};
use omnictl::ops::{self, Runner};
use omnictl::store::organizations::Organization;
use serde_json::{Map, Value, json};

use crate::harness::TestDb;

/// The schema's owner, as bootstrap and quickstart run: no operator exists to be.
fn owner() -> Actor {
    Actor::from_environment().with_claimed_email("nobody@ops.test")
}

/// A runner logged in as the operator with `email`, as a command runs (a super admin
/// acting in the clinic `org`, as `--org` names it).
async fn runner(db: &TestDb, email: &str, org: Option<&str>) -> Runner {
    let claim = Claim { organization: org.map(str::to_string), ..Default::default() };
    Runner::new(&db.pool_as(email).await, claim)
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

/// An audit row as committed.
#[derive(Debug)]
struct Row {
    entity_type: Option<String>,
    entity_id: Option<String>,
    organization_id: Option<uuid::Uuid>,
    changes: Map<String, Value>,
    details: Map<String, Value>,
}

impl Row {
    /// The names of its changes, in order.
    fn changed(&self) -> Vec<&str> {
        let mut keys: Vec<&str> = self.changes.keys().map(String::as_str).collect();
        keys.sort();
        keys
    }
}

/// The row `action` committed last with `outcome` (SUCCESS, DENIED, FAILED), and how
/// many rows of the action have that outcome.
async fn last_with(db: &TestDb, action: &str, outcome: &str) -> (Row, i64) {
    type Fields = (Option<String>, Option<String>, Option<uuid::Uuid>, Value, Value, i64);
    let (entity_type, entity_id, organization_id, changes, details, count): Fields = sqlx::query_as(
        "SELECT entity_type, entity_id, organization_id, changes, details, count(*) OVER () FROM audit_logs \
         WHERE action = $1 AND outcome::text = $2 ORDER BY occurred_at DESC, chain_seq DESC LIMIT 1",
    )
    .bind(action)
    .bind(outcome)
    .fetch_optional(&db.pool)
    .await
    .expect("audit rows")
    .unwrap_or_else(|| panic!("no {outcome} row of {action} on the record"));
    let object = |v: Value| v.as_object().cloned().unwrap_or_default();
    let row = Row { entity_type, entity_id, organization_id, changes: object(changes), details: object(details) };
    (row, count)
}

/// The row `action` committed last (outcome SUCCESS).
async fn recorded(db: &TestDb, action: &str) -> Row {
    last_with(db, action, "SUCCESS").await.0
}

/// How many rows of `action` are on the record with `outcome`.
async fn on_record(db: &TestDb, action: &str, outcome: &str) -> i64 {
    sqlx::query_scalar("SELECT count(*) FROM audit_logs WHERE action = $1 AND outcome::text = $2")
        .bind(action)
        .bind(outcome)
        .fetch_one(&db.pool)
        .await
        .expect("audit count")
}

fn object(value: Value) -> Map<String, Value> {
    value.as_object().cloned().unwrap_or_default()
}

/// A platform with a super admin and one clinic (America/Chicago) with its ADMIN, a
/// STAFF user, an RBT and a patient with an ACTIVE 97153 authorization of 40 units; a
/// runner logged in as each operator.
struct Platform {
    root: String,
    admin: String,
    staff: String,
    clinic: Organization,
    /// The super admin on the platform.
    as_root: Runner,
    as_admin: Runner,
    as_staff: Runner,
}

async fn platform(db: &TestDb, slug: &str) -> Platform {
    crate::fixtures::seed_service_codes(&db.pool).await;
    let bootstrap =
        ops::users::Bootstrap { email: "root@ops.test".to_string(), name: "Root".to_string(), verifier: None };
    let root = Runner::new(&db.pool, Claim::default())
        .run_as(&owner(), Scope::Platform, bootstrap)
        .await
        .expect("bootstrap")
        .email;
    let row = recorded(db, "user.bootstrap").await;
    assert_eq!(row.entity_type.as_deref(), Some("user"));

    let as_root = runner(db, &root, None).await;
    let new = ops::organizations::NewClinic {
        name: format!("{slug} ABA"),
        slug: slug.to_string(),
        org_type: OrgType::Clinic,
        tier: SubscriptionTier::Trial,
        time_zone: "America/Chicago".to_string(),
        units_rule: UnitsRule::Midpoint,
    };
    let clinic = as_root.run(ops::organizations::Create { new }).await.expect("org create");
    let row = recorded(db, "org.create").await;
    assert_eq!((row.entity_type.as_deref(), row.entity_id), (Some("organization"), Some(clinic.id.to_string())));
    assert_eq!(row.changes["time_zone"], json!({ "old": null, "new": "America/Chicago" }));
    assert_eq!(row.changes["units_rule"], json!({ "old": null, "new": "midpoint" }), "the database label");

    // The super admin creates the clinic's users in the clinic, as `--org` names it.
    let root_in_clinic = runner(db, &root, Some(slug)).await;
    let mut users = Vec::new();
    for (email, role) in
        [(format!("admin@{slug}.test"), UserRole::Admin), (format!("staff@{slug}.test"), UserRole::Staff)]
    {
        let create = ops::users::Create { email, name: "Someone".to_string(), super_admin: false, role };
        let user = root_in_clinic.run(create).await.expect("user create");
        let row = recorded(db, "user.create").await;
        assert_eq!(row.entity_id, Some(user.id.to_string()));
        assert_eq!(row.changes["role"]["new"], json!(role.as_sql()));
        users.push(user.email);
    }
    let staff = users.pop().expect("staff");
    let admin = users.pop().expect("admin");
    let as_admin = runner(db, &admin, None).await;
    let as_staff = runner(db, &staff, None).await;
    let p = Platform { root, admin, staff, clinic, as_root, as_admin, as_staff };

    let fields = ops::practitioners::Fields {
        name: Some("Riley Tech".to_string()),
        credentials: vec!["RBT".parse().expect("credential")],
        npi: Some("1234567893".to_string()),
        // The technician signs their own notes as the clinic's staff user.
        user: Some(Key::known(&format!("staff@{slug}.test"))),
        ..Default::default()
    };
    let create = ops::practitioners::Create { fields, credential_valid_until: None };
    p.as_admin.run(create).await.expect("practitioner");
    let input = ops::patients::PatientInput {
        medical_record_number: Some("MRN-1".to_string()),
        first_name: Some("Ava".to_string()),
        last_name: Some("Lee".to_string()),
        ..Default::default()
    };
    let born = DateArg::On(day("2018-03-04"));
    p.as_admin.run(ops::patients::Create { input, date_of_birth: born }).await.expect("patient");
    p.as_admin.run(auth("PA-1", 40)).await.expect("auth");
    p
}

fn auth(number: &str, units: i32) -> ops::authorizations::Create {
    ops::authorizations::Create {
        patient: Key::known("MRN-1"),
        service_code: "97153".to_string(),
        total_units: units,
        start: DateArg::On(day("2026-01-01")),
        // Two years from the clinic's today: current whatever day the suite runs on.
        end: DateArg::FromToday(730),
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

/// One appointment of MRN-1 with the RBT, as `appointment create` books it.
fn booking(start: WallTime, minutes: i64) -> ops::appointments::Book {
    let new = ops::appointments::NewAppointments::single(
        Key::known("MRN-1"),
        Key::known("1234567893"),
        "97153",
        start,
        ops::appointments::Length::Minutes(minutes),
    );
    let series = ops::appointments::Series { first: start, weekdays: None, until: None, count: None };
    ops::appointments::Book { new, series, zone: None }
}

#[tokio::test]
async fn organizations_refuse_bad_zones_and_slugs_and_record_only_what_changed() {
    let db = TestDb::new().await;
    let p = platform(&db, "orgs").await;
    let bad_zone = ops::organizations::NewClinic {
        name: "X".to_string(),
        slug: "x-clinic".to_string(),
        org_type: OrgType::Clinic,
        tier: SubscriptionTier::Trial,
        time_zone: "Mars/Olympus".to_string(),
        units_rule: UnitsRule::Midpoint,
    };
    let refused = p.as_root.run(ops::organizations::Create { new: bad_zone.clone() }).await;
    assert_eq!(kind(&refused), Kind::Refused);
    assert!(error::hints_of(refused.as_ref().expect_err("refused"))[0].to_string().contains("IANA"));
    let bad_slug = ops::organizations::NewClinic { slug: "Bad Slug".to_string(), ..bad_zone };
    assert!(message(p.as_root.run(ops::organizations::Create { new: bad_slug }).await).contains("not a valid slug"));
    assert_eq!(on_record(&db, "org.create", "FAILED").await, 2, "each refusal on the record");

    // A clinic's ADMIN may not change the tier: a permission, audited as DENIED.
    let tier = ops::organizations::Changes { tier: Some(SubscriptionTier::Enterprise), ..Default::default() };
    let update = |changes| ops::organizations::Update { organization: Some(Key::known("orgs")), changes };
    let denied = p.as_admin.run(update(tier)).await;
    assert!(error::is_denied(denied.as_ref().expect_err("denied")));
    assert_eq!(on_record(&db, "org.update", "DENIED").await, 1);
    let rename = ops::organizations::Changes { name: Some("Renamed ABA".to_string()), ..Default::default() };
    let after = p.as_admin.run(update(rename)).await.expect("update");
    assert_eq!(after.name, "Renamed ABA");
    let row = recorded(&db, "org.update").await;
    assert_eq!(row.changed(), ["name"], "only what changed");
    assert_eq!(row.entity_id, Some(p.clinic.id.to_string()));

    let suspend = ops::organizations::SetStatus {
        organization: Key::known("orgs"),
        status: OrgStatus::Suspended,
        reason: Some("unpaid".to_string()),
    };
    let after = p.as_root.run(suspend).await.expect("suspend");
    assert_eq!(after.status, OrgStatus::Suspended);
    let row = recorded(&db, "org.suspend").await;
    assert_eq!(row.changes["status"], json!({ "old": "ACTIVE", "new": "SUSPENDED" }));
    let missing = p.as_root.run(ops::organizations::Show { organization: Some(Key::known("nowhere")) }).await;
    assert_eq!(kind(&missing), Kind::NotFound);
}

#[tokio::test]
async fn users_bootstrap_once_and_nobody_deactivates_themselves() {
    let db = TestDb::new().await;
    let p = platform(&db, "users").await;
    let second =
        ops::users::Bootstrap { email: "second@ops.test".to_string(), name: "Second".to_string(), verifier: None };
    let again = Runner::new(&db.pool, Claim::default()).run_as(&owner(), Scope::Platform, second).await;
    assert!(error::is_denied(again.as_ref().expect_err("bootstrap runs once")));
    assert_eq!(on_record(&db, "user.bootstrap", "DENIED").await, 1);

    let myself = p.as_admin.run(ops::users::Deactivate { user: Key::known(&p.admin), reason: None }).await;
    assert!(error::is_denied(myself.as_ref().expect_err("not oneself")));
    assert_eq!(on_record(&db, "user.deactivate", "DENIED").await, 1);
    let root = p.as_admin.run(ops::users::Update { user: Key::known(&p.root), changes: Default::default() }).await;
    assert_eq!(kind(&root), Kind::NotFound, "a super admin is not a clinic user's to see");
    let promote = ops::users::Changes { role: Some(UserRole::Admin), ..Default::default() };
    let after =
        p.as_admin.run(ops::users::Update { user: Key::known(&p.staff), changes: promote }).await.expect("promote");
    assert_eq!(after.role, Some(UserRole::Admin));
    let row = recorded(&db, "user.update").await;
    assert_eq!(row.entity_id, Some(after.id.to_string()));
    assert_eq!(row.changes["role"], json!({ "old": "STAFF", "new": "ADMIN" }));
    let deactivate = ops::users::Deactivate { user: Key::known(&p.staff), reason: Some("left the clinic".to_string()) };
    let after = p.as_admin.run(deactivate).await.expect("deactivate");
    assert!(!after.is_active);
    let row = recorded(&db, "user.deactivate").await;
    assert_eq!(row.entity_id, Some(after.id.to_string()));
    assert_eq!(row.changes["is_active"], json!({ "old": true, "new": false }));
}

#[tokio::test]
async fn patients_and_policies_name_their_phi_fields_never_the_values() {
    let db = TestDb::new().await;
    let p = platform(&db, "phi").await;
    let invalid = ops::patients::PatientInput {
        medical_record_number: Some("MRN-2".to_string()),
        first_name: Some("".to_string()),
        last_name: Some("Kim".to_string()),
        ..Default::default()
    };
    let create = ops::patients::Create { input: invalid, date_of_birth: DateArg::On(day("2999-01-01")) };
    let refused = p.as_admin.run(create).await.expect_err("invalid");
    let problems = refused.downcast_ref::<ops::Invalid>().expect("every problem, by column");
    let columns: Vec<&str> = problems.errors.iter().map(|e| e.column).collect();
    assert!(columns.contains(&"first_name") && columns.contains(&"date_of_birth"), "{columns:?}");

    let phone = ops::patients::PatientInput { phone: Some("555-0100".to_string()), ..Default::default() };
    let update = ops::patients::Update { patient: Key::known("MRN-1"), input: phone, date_of_birth: None };
    let after = p.as_admin.run(update).await.expect("update");
    assert_eq!(after.phone.as_deref(), Some("555-0100"));
    let row = recorded(&db, "patient.update").await;
    assert_eq!((row.entity_type.as_deref(), row.entity_id.clone()), (Some("patient"), Some(after.id.to_string())));
    assert_eq!(row.changes, object(json!({ "phone": { "phi": true } })));
    let written = format!("{} {}", Value::Object(row.changes), Value::Object(row.details));
    assert!(!written.contains("555"), "{written}");

    let policy = ops::insurances::PolicyInput {
        payer_name: Some("Synthetic Health".to_string()),
        member_number: Some("SYN-1".to_string()),
        ..Default::default()
    };
    let add = ops::insurances::Add {
        patient: Key::known("MRN-1"),
        input: policy,
        start: DateArg::On(day("2026-01-01")),
        end: None,
    };
    let added = p.as_admin.run(add).await.expect("policy");
    assert!(added.is_active, "no end: active on the clinic's today");
    let row = recorded(&db, "insurance.create").await;
    assert_eq!(row.entity_id, Some(added.id.to_string()));
    assert!(row.changes.contains_key("member_number"));
    assert!(!row.changes.values().any(|v| v.to_string().contains("SYN-1")), "names, never values");
    let end = |date: &str| ops::insurances::End {
        policy: Key::id(PolicyId::from(added.id)),
        date: Some(DateArg::On(day(date))),
        affected: Default::default(),
    };
    let early = p.as_admin.run(end("2025-12-31")).await;
    assert!(message(early).contains("before it starts"));
    let ended = p.as_admin.run(end("2026-02-01")).await.expect("end");
    assert!(!ended.is_active, "ended in the past");
    let row = recorded(&db, "insurance.end").await;
    assert_eq!(row.entity_id, Some(added.id.to_string()));
    assert!(row.changes.contains_key("coverage_end") && row.changes.contains_key("is_active"));
}

#[tokio::test]
async fn authorizations_keep_their_rules_and_reports_cover_every_clinic_for_the_platform() {
    let db = TestDb::new().await;
    let p = platform(&db, "auths").await;
    let backwards = ops::authorizations::Create {
        start: DateArg::On(day("2027-01-01")),
        end: DateArg::On(day("2026-01-01")),
        ..auth("PA-X", 1)
    };
    assert!(message(p.as_admin.run(backwards).await).contains("before the start"));
    let expired = ops::authorizations::Create { status: AuthStatus::Expired, ..auth("PA-Y", 5) };
    assert!(message(p.as_admin.run(expired).await).contains("PENDING or ACTIVE"));
    let report = p.as_admin.run(booking(wall("2027-01-05 09:00"), 60)).await.expect("book");
    assert_eq!(report[0].units, Some(4));

    let cancel =
        ops::authorizations::Cancel { authorization: Key::known("PA-1"), reason: Some("payer withdrew".to_string()) };
    let busy = p.as_admin.run(cancel).await.expect_err("units held");
    assert!(format!("{busy:#}").contains("4 units reserved"));
    assert_eq!(error::hints_of(&busy), [error::Said::Remedy(error::Remedy::SettleScheduled)]);
    let more = ops::authorizations::Update {
        authorization: Key::known("PA-1"),
        changes: ops::authorizations::Changes { total_units: Some(60), ..Default::default() },
        start: None,
        end: None,
        insurance: None,
        affected: Default::default(),
    };
    let after = p.as_admin.run(more).await.expect("update");
    assert_eq!(after.total_units, 60);
    let row = recorded(&db, "auth.update").await;
    assert_eq!(row.entity_id, Some(after.id.to_string()));
    assert_eq!(row.changes, object(json!({ "total_units": { "old": 40, "new": 60 } })));

    // The platform reads each clinic in its own scope, in one transaction, one entry.
    let lines = p.as_root.run(ops::authorizations::Report::Low(5.0)).await.expect("report");
    assert_eq!(lines.len(), 1);
    assert_eq!((lines[0].organization.as_str(), lines[0].medical_record_number.as_deref()), ("auths", None));
    let (row, rows) = last_with(&db, "auth.report", "SUCCESS").await;
    assert_eq!(rows, 1, "one entry");
    assert_eq!((row.details["patients_named"].clone(), row.details["count"].clone()), (json!(false), json!(1)));
    let (checked, mismatches) = p.as_root.run(ops::authorizations::Check).await.expect("check");
    assert_eq!((checked, mismatches.len()), (1, 0));
    let row = recorded(&db, "auth.check").await;
    assert_eq!((row.details["checked"].clone(), row.details["mismatched"].clone()), (json!(1), json!(0)));
}

#[tokio::test]
async fn a_series_books_every_occurrence_or_none_and_says_why() {
    let db = TestDb::new().await;
    let p = platform(&db, "series").await;
    // 40 units are ten weekly hours of 4 units: the eleventh is refused, and with it all.
    let first = wall("2027-01-05 09:00");
    let mut series = booking(first, 60);
    series.new.series = true;
    series.series =
        ops::appointments::Series { first, weekdays: Some(vec![chrono::Weekday::Tue]), until: None, count: Some(11) };
    let said = message(p.as_staff.run(series).await);
    assert!(said.contains("1 of 11 appointments refused; nothing was booked"), "{said}");
    assert!(said.contains("not enough units"), "{said}");
    assert_eq!(on_record(&db, "appointment.create", "SUCCESS").await, 0, "nothing was booked");

    let report = p.as_staff.run(booking(wall("2027-01-05 09:00"), 60)).await.expect("book");
    let id = report[0].appointment_id.expect("booked");
    let row = recorded(&db, "appointment.create").await;
    assert_eq!(row.details["units"], json!(4));
    let close = |status, reason: Option<&str>| ops::appointments::Close {
        appointment: Key::id(id),
        status,
        reason: reason.map(str::to_string),
        rest: Default::default(),
    };
    let no_reason = p.as_staff.run(close(AppointmentStatus::Cancelled, Some("  "))).await;
    assert!(message(no_reason).contains("needs a reason"));
    let to = ops::appointments::MoveRequest {
        start: Some(wall("2027-01-06 10:00")),
        minutes: Some(30),
        ..Default::default()
    };
    let moved = p.as_staff.run(ops::appointments::Reschedule { appointment: Key::id(id), to }).await.expect("move");
    assert_eq!(moved.units, 2);
    let row = recorded(&db, "appointment.reschedule").await;
    assert_eq!(row.entity_id, Some(id.to_string()));
    assert_eq!(row.changes["units"], json!({ "old": 4, "new": 2 }));
    let closed = p.as_staff.run(close(AppointmentStatus::NoShow, None)).await.expect("no-show");
    assert_eq!(closed.status, AppointmentStatus::NoShow);
    let row = recorded(&db, "appointment.no-show").await;
    assert_eq!(row.entity_id, Some(id.to_string()));
    assert_eq!(row.details["units_released"], json!(2));
    let filter = ops::appointments::Filter {
        days: ops::appointments::Days::WeekOf(day("2027-01-07")),
        practitioner: None,
        patient: Some(Key::known("MRN-1")),
        status: None,
        needs_attention: false,
    };
    let week = ops::appointments::Week { filter, day: DateArg::On(day("2027-01-07")) };
    let (rows, monday, _) = p.as_staff.run(week).await.expect("list");
    assert_eq!((rows.len(), monday), (1, Some(day("2027-01-04"))));
}

#[tokio::test]
async fn a_session_bills_what_the_authorization_covers_and_its_note_is_signed_once() {
    let db = TestDb::new().await;
    let p = platform(&db, "care").await;
    let report = p.as_staff.run(booking(wall("2026-11-02 09:00"), 60)).await.expect("book");
    let appointment = report[0].appointment_id.expect("booked");

    let start =
        ops::sessions::Start { appointment: Key::id(appointment), at: Some(wall("2026-11-02 09:00")), place: None };
    let session = p.as_staff.run(start).await.expect("start");
    let row = recorded(&db, "session.start").await;
    assert_eq!(row.details["appointment"], json!(appointment.to_string()));
    let event = |kind, at: &str, data| ops::sessions::AddEvent {
        session: Key::id(session.id),
        kind,
        at: Some(NaiveDateTime::parse_from_str(at, "%Y-%m-%d %H:%M").expect("time")),
        data,
    };
    let invalid = p.as_staff.run(event(EventType::Mand, "2026-11-02 08:00", EventData::default())).await;
    let invalid = invalid.expect_err("before the session");
    assert_eq!(invalid.downcast_ref::<ops::Invalid>().map(|i| i.errors[0].column), Some("at"));
    let note = EventData { text: Some("Calm after a break.".into()), ..EventData::default() };
    p.as_staff.run(event(EventType::Note, "2026-11-02 09:30", note)).await.expect("a note");
    // 2 hours delivered, 4 units reserved, 40 authorized: 8 units fit.
    let complete = |session, end| ops::sessions::Complete {
        session: Key::id(session),
        end: Some(wall(end)),
        bill_units: None,
        override_daily_max: None,
        as_individual: false,
    };
    let done = p.as_staff.run(complete(session.id, "2026-11-02 11:00")).await.expect("finish");
    assert_eq!((done.billed_units, done.session.status), (8, SessionStatus::Completed));
    let row = recorded(&db, "session.complete").await;
    assert_eq!(row.entity_id, Some(session.id.to_string()));
    assert_eq!(row.details["units_reserved"], json!(4));
    let note = |act| ops::sessions::NoteOp { session: Key::id(session.id), act };
    let unsigned = p.as_staff.run(note(ops::sessions::NoteAct::Addendum("late entry".to_string()))).await;
    assert!(message(unsigned).contains("DRAFT"));
    p.as_staff.run(note(ops::sessions::NoteAct::Generate)).await.expect("draft");
    let row = recorded(&db, "session.note.generate").await;
    assert_eq!(row.changes, object(json!({ "note_text": { "phi": true } })));
    let sign = || note(ops::sessions::NoteAct::Sign { no_data_reason: None });
    let signed = p.as_staff.run(sign()).await.expect("sign");
    assert_eq!(signed.status, NoteStatus::Signed);
    assert!(signed.text.contains("Patient:         Ava Lee"), "{}", signed.text);
    let row = recorded(&db, "session.note.sign").await;
    assert_eq!(row.changes["note_status"], json!({ "old": "DRAFT", "new": "SIGNED" }));
    assert!(message(p.as_staff.run(sign()).await).contains("already signed"));

    // More than the authorization can cover: refused with the remedy, in the domain's terms.
    let report = p.as_staff.run(booking(wall("2026-11-03 09:00"), 60)).await.expect("book");
    let appointment = report[0].appointment_id.expect("booked");
    let start =
        ops::sessions::Start { appointment: Key::id(appointment), at: Some(wall("2026-11-03 09:00")), place: None };
    let session = p.as_staff.run(start).await.expect("start");
    let over = p.as_staff.run(complete(session.id, "2026-11-03 18:00")).await.expect_err("too many");
    assert_eq!(error::hints_of(&over), [error::Said::Remedy(Remedy::BillCovered(32))]);
    assert!(!format!("{over:#}").contains("--"), "operations name no flags: {over:#}");
}

#[tokio::test]
async fn break_the_glass_is_denied_without_a_clinic_and_lands_in_the_clinics_chain() {
    let db = TestDb::new().await;
    let p = platform(&db, "glass").await;
    let glass = |org: &str| ops::access_grants::BreakGlass {
        organization: Some(org.to_string()),
        reason: "payer audit 1".to_string(),
        minutes: 30,
    };
    let nowhere = p.as_root.run(glass("nowhere")).await;
    assert!(error::is_denied(nowhere.as_ref().expect_err("no such clinic")));
    assert_eq!(on_record(&db, "access.break-glass", "DENIED").await, 1);
    let grant = p.as_root.run(glass("glass")).await.expect("grant");
    let row = recorded(&db, "access.break-glass").await;
    assert_eq!(row.organization_id.map(OrganizationId::from), Some(p.clinic.id), "filed in the clinic's chain");
    assert_eq!((row.entity_type.as_deref(), row.entity_id), (Some("break_glass_grant"), Some(grant.id.to_string())));
    assert_eq!(row.details["minutes"], json!(30));
    let rows = p.as_root.run(ops::access_grants::List { organization: None }).await.expect("list");
    assert_eq!((rows.len(), rows[0].grant.id), (1, grant.id));
    assert_eq!(recorded(&db, "access.list").await.details["count"], json!(1));
}

#[tokio::test]
async fn seeding_the_catalogue_again_changes_nothing() {
    let db = TestDb::new().await;
    // As the schema's owner, through the one runner, as quickstart seeds it.
    let runner = ops::Runner::new(&db.pool, Default::default());
    let seed = ops::service_codes::Seed;
    let first = runner.run_as(&owner(), Scope::Platform, seed).await.expect("seed");
    assert!(first.inserted > 0);
    let again = runner.run_as(&owner(), Scope::Platform, ops::service_codes::Seed).await.expect("seed again");
    assert_eq!((again.inserted, again.updated), (0, 0));
    let (row, rows) = last_with(&db, "service-code.seed", "SUCCESS").await;
    assert_eq!(rows, 2, "the second seed is on the record");
    assert_eq!(row.details["unchanged"], json!(again.unchanged));
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
        // On the clinic's clock, each reading named by its offset (as an operator may).
        let on_clock = |at: chrono::DateTime<chrono::Utc>| {
            let local = at.with_timezone(&zone);
            WallTime { local: local.naive_local(), offset: Some(local.offset().fix()) }
        };
        let report = p.as_staff.run(booking(on_clock(start), 60)).await.expect("book");
        let appointment = report[0].appointment_id.expect("booked");
        let begin = ops::sessions::Start { appointment: Key::id(appointment), at: Some(on_clock(start)), place: None };
        let session = p.as_admin.run(begin).await.expect("start").id;
        // The clinician's note of what happened, as the demo's device batch has one.
        let note = ops::sessions::AddEvent {
            session: Key::id(session),
            kind: EventType::Note,
            at: Some(wall_start + chrono::Duration::minutes(30)),
            data: EventData { text: Some("Calm after a break.".into()), ..EventData::default() },
        };
        p.as_admin.run(note).await.expect("a note");
        let complete = ops::sessions::Complete {
            session: Key::id(session),
            end: Some(on_clock(start + chrono::Duration::hours(1))),
            bill_units: None,
            override_daily_max: None,
            as_individual: false,
        };
        p.as_admin.run(complete).await.expect("complete");
        let act = |act| ops::sessions::NoteOp { session: Key::id(session), act };
        p.as_admin.run(act(ops::sessions::NoteAct::Generate)).await.expect("draft");
        // The note is signed by the technician who rendered the session.
        p.as_staff.run(act(ops::sessions::NoteAct::Sign { no_data_reason: None })).await.expect("sign");
    }
    let by_hand: Vec<_> = trail_shapes(&db).await;
    let signatures = &by_hand[4];
    assert_eq!(signatures.len(), 2, "one note signed late and one on time: {signatures:?}");

    let connect = async |email: &str| Ok(db.pool_as(email).await);
    omnictl::demo::clinic::ensure(&db.pool, &Actor::from_environment(), Some(&p.root), connect)
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
    let shown = crate::imports::act(&db, &p.admin, &["patient", "show", "MRN-1", "-o", "json"]);
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
