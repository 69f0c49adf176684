//! Operators, roles, organizations, users, practitioners and break-the-glass, through
//! the real binary. Every refusal path checks the exit code and the audit row it left.

use std::process::Output;

use omnictl::db::context::{self, Scope};
use omnictl::store;
use uuid::Uuid;

use crate::harness::{TestDb, stderr, stdout};

pub const ROOT: &str = "root@platform.example";

/// Bootstraps the first super admin through the binary; returns their email.
pub async fn bootstrap(db: &TestDb) -> String {
    let output =
        db.omnictl().args(["user", "bootstrap", "--email", ROOT, "--name", "Platform Root"]).output().expect("run");
    assert!(output.status.success(), "bootstrap failed: {}", stderr(&output));
    ROOT.to_string()
}

/// Runs omnictl as `operator` (None: no operator at all).
fn act(db: &TestDb, operator: Option<&str>, args: &[&str]) -> Output {
    let mut command = match operator {
        Some(operator) => db.omnictl_as(operator),
        None => db.omnictl(),
    };
    command.args(args).output().expect("run omnictl")
}

fn ok(output: Output) -> Output {
    assert!(output.status.success(), "expected success: {}{}", stdout(&output), stderr(&output));
    output
}

fn missing(output: &Output, says: &str) {
    assert_eq!(output.status.code(), Some(3), "expected exit 3 (not found): {}", stderr(output));
    assert!(stderr(output).contains(says), "expected {says:?} in: {}", stderr(output));
}

fn refused(output: &Output, says: &str) {
    assert_eq!(output.status.code(), Some(1), "expected exit 1: {}", stderr(output));
    assert!(stderr(output).contains(says), "expected {says:?} in: {}", stderr(output));
}

/// The newest audit row: action, outcome, operator email, organization, reason, details.
#[derive(Debug)]
struct AuditRow {
    action: String,
    outcome: String,
    operator_email: Option<String>,
    organization_id: Option<Uuid>,
    reason: Option<String>,
    details: serde_json::Value,
    changes: serde_json::Value,
    login_role: Option<String>,
}

async fn last_audit(db: &TestDb) -> AuditRow {
    #[allow(clippy::type_complexity)]
    let (action, outcome, operator_email, organization_id, reason, details, changes, login_role) = sqlx::query_as::<
        _,
        (
            String,
            String,
            Option<String>,
            Option<Uuid>,
            Option<String>,
            serde_json::Value,
            serde_json::Value,
            Option<String>,
        ),
    >(
        "SELECT action, outcome::text, operator_email, organization_id, reason, details, changes, login_role
               FROM audit_logs ORDER BY occurred_at DESC, chain_seq DESC LIMIT 1",
    )
    .fetch_one(&db.pool)
    .await
    .expect("an audit row");
    AuditRow { action, outcome, operator_email, organization_id, reason, details, changes, login_role }
}

/// Two clinics, each with an ADMIN and a STAFF user, created through the binary.
struct Platform {
    alpha: Uuid,
    beta: Uuid,
}

const ALPHA_ADMIN: &str = "admin@alpha.example";
const ALPHA_STAFF: &str = "staff@alpha.example";
const BETA_ADMIN: &str = "admin@beta.example";

async fn platform(db: &TestDb) -> Platform {
    bootstrap(db).await;
    let mut ids = Vec::new();
    for (slug, admin, staff) in [("alpha", ALPHA_ADMIN, ALPHA_STAFF), ("beta", BETA_ADMIN, "staff@beta.example")] {
        let org =
            ok(act(db, Some(ROOT), &["org", "create", "--name", &format!("{slug} ABA"), "--slug", slug, "-o", "json"]));
        let org: serde_json::Value = serde_json::from_slice(&org.stdout).expect("org json");
        ids.push(Uuid::parse_str(org["id"].as_str().expect("id")).expect("uuid"));
        ok(act(
            db,
            Some(ROOT),
            &["user", "create", "--org", slug, "--email", admin, "--name", "Admin", "--role", "admin"],
        ));
        ok(act(
            db,
            Some(ROOT),
            &["user", "create", "--org", slug, "--email", staff, "--name", "Staff", "--role", "staff"],
        ));
    }
    Platform { alpha: ids[0], beta: ids[1] }
}

#[tokio::test]
async fn bootstrap_creates_the_first_super_admin_once_even_when_racing() {
    let db = TestDb::new().await;
    let racers: Vec<_> = (0..3)
        .map(|i| {
            db.omnictl()
                .args(["user", "bootstrap", "--email", &format!("root{i}@platform.example"), "--name", "Root"])
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .expect("spawn")
        })
        .collect();
    let outcomes: Vec<Output> = racers.into_iter().map(|c| c.wait_with_output().expect("wait")).collect();
    assert_eq!(outcomes.iter().filter(|o| o.status.success()).count(), 1, "exactly one bootstrap wins");
    for loser in outcomes.iter().filter(|o| !o.status.success()) {
        refused(loser, "a super admin already exists");
    }
    let super_admins: i64 =
        sqlx::query_scalar("SELECT count(*) FROM users WHERE is_super_admin").fetch_one(&db.pool).await.expect("count");
    assert_eq!(super_admins, 1);

    let again = act(&db, None, &["user", "bootstrap", "--email", "late@platform.example", "--name", "Late"]);
    refused(&again, "bootstrap runs once");
    let row = last_audit(&db).await;
    assert_eq!((row.action.as_str(), row.outcome.as_str()), ("user.bootstrap", "DENIED"));
    // The owner is no operator: the email it claimed is kept apart from the operator.
    assert_eq!(row.operator_email, None);
    assert_eq!(row.details["claimed_operator"], "late@platform.example");
    let successes: i64 =
        sqlx::query_scalar("SELECT count(*) FROM audit_logs WHERE action = 'user.bootstrap' AND outcome = 'SUCCESS'")
            .fetch_one(&db.pool)
            .await
            .expect("count");
    assert_eq!(successes, 1);
}

#[tokio::test]
async fn missing_unknown_and_inactive_operators_are_refused_and_audited() {
    let db = TestDb::new().await;
    let p = platform(&db).await;

    let none = act(&db, None, &["org", "list"]);
    refused(&none, "on the local database pass --operator EMAIL");
    let row = last_audit(&db).await;
    assert_eq!((row.action.as_str(), row.outcome.as_str()), ("org.list", "DENIED"));
    assert_eq!(row.operator_email, None);

    // A login that is no operator's (here the owner) claiming someone.
    let unknown = db.omnictl().args(["--operator", "ghost@nowhere.example", "org", "list"]).output().expect("run");
    refused(&unknown, "no operator has the email ghost@nowhere.example");
    let row = last_audit(&db).await;
    assert_eq!(row.outcome, "DENIED");
    assert_eq!((row.operator_email, row.login_role.as_deref()), (None, Some(omnictl::db::cluster::SUPERUSER)));
    assert_eq!(row.details["claimed_operator"], "ghost@nowhere.example");
    // A login of one operator claiming another: refused, recorded as the connected one.
    let other = db.omnictl_as(ALPHA_ADMIN).args(["--operator", ROOT, "org", "list"]).output().expect("run");
    refused(&other, "an operator acts only as themselves");
    let row = last_audit(&db).await;
    assert_eq!((row.outcome.as_str(), row.operator_email.as_deref()), ("DENIED", Some(ALPHA_ADMIN)));
    assert_eq!(row.details["claimed_operator"], ROOT);
    // A login that does not exist is refused by the server itself.
    let ghost = act(&db, Some("ghost@nowhere.example"), &["org", "list"]);
    assert_eq!(ghost.status.code(), Some(5), "{}", stderr(&ghost));
    assert!(stderr(&ghost).contains("no database login named"), "{}", stderr(&ghost));

    // Locking someone out is asked first; without a terminal, --yes answers.
    let unasked = act(&db, Some(ALPHA_ADMIN), &["user", "deactivate", ALPHA_STAFF]);
    assert_eq!(unasked.status.code(), Some(1));
    assert!(stderr(&unasked).contains("there is no terminal to ask on; pass --yes"), "{}", stderr(&unasked));
    ok(act(&db, Some(ALPHA_ADMIN), &["user", "deactivate", ALPHA_STAFF, "--yes", "--reason", "left the clinic"]));
    let reason: Option<String> = sqlx::query_scalar(
        "SELECT details->>'reason' FROM audit_logs WHERE action = 'user.deactivate' AND outcome = 'SUCCESS'",
    )
    .fetch_one(&db.pool)
    .await
    .expect("the deactivation's row");
    assert_eq!(reason.as_deref(), Some("left the clinic"));
    let row = last_audit(&db).await;
    assert_eq!(row.action, "user.deactivate");
    assert_eq!(row.changes["is_active"], serde_json::json!({ "old": true, "new": false }));
    // A deactivated user's login cannot connect at all.
    let inactive = act(&db, Some(ALPHA_STAFF), &["practitioner", "list"]);
    assert_eq!(inactive.status.code(), Some(5), "{}", stderr(&inactive));
    assert!(stderr(&inactive).contains("may not log in: its user is deactivated"), "{}", stderr(&inactive));
    ok(act(&db, Some(ALPHA_ADMIN), &["user", "activate", ALPHA_STAFF]));
    ok(act(&db, Some(ALPHA_STAFF), &["practitioner", "list"]));
    let _ = p;

    // The OS account and host stand beside the operator on every row.
    let blanks: i64 =
        sqlx::query_scalar("SELECT count(*) FROM audit_logs WHERE os_user = '' OR host = '' OR tool_version = ''")
            .fetch_one(&db.pool)
            .await
            .expect("count");
    assert_eq!(blanks, 0);
}

#[tokio::test]
async fn roles_and_organizations_bound_what_an_operator_may_do() {
    let db = TestDb::new().await;
    let p = platform(&db).await;

    // STAFF may not manage users; ADMIN may not create organizations.
    refused(&act(&db, Some(ALPHA_STAFF), &["user", "list"]), "needs an ADMIN");
    let row = last_audit(&db).await;
    assert_eq!(
        (row.action.as_str(), row.outcome.as_str(), row.organization_id),
        ("user.list", "DENIED", Some(p.alpha))
    );
    refused(
        &act(&db, Some(ALPHA_ADMIN), &["org", "create", "--name", "Mine", "--slug", "mine"]),
        "needs a super admin",
    );
    assert_eq!(last_audit(&db).await.action, "org.create");
    refused(&act(&db, Some(ALPHA_ADMIN), &["org", "update", "--tier", "enterprise"]), "only a super admin");

    // A clinic user naming another organization is refused.
    refused(&act(&db, Some(ALPHA_ADMIN), &["practitioner", "list", "--org", "beta"]), "another organization");
    let row = last_audit(&db).await;
    assert_eq!((row.outcome.as_str(), row.organization_id), ("DENIED", Some(p.alpha)));

    // Within their own organization an ADMIN works, and sees only it.
    let users = ok(act(&db, Some(ALPHA_ADMIN), &["user", "list", "-o", "json"]));
    let users: serde_json::Value = serde_json::from_slice(&users.stdout).expect("json");
    let emails: Vec<&str> = users.as_array().expect("array").iter().filter_map(|u| u["email"].as_str()).collect();
    assert_eq!(emails, [ALPHA_ADMIN, ALPHA_STAFF]);
    let orgs = ok(act(&db, Some(ALPHA_ADMIN), &["org", "list", "-o", "json"]));
    let orgs: serde_json::Value = serde_json::from_slice(&orgs.stdout).expect("json");
    assert_eq!(orgs.as_array().map(Vec::len), Some(1));
    let beta = act(&db, Some(ALPHA_ADMIN), &["user", "show", BETA_ADMIN]);
    missing(&beta, "no user admin@beta.example");

    // An ADMIN updates their organization; old and new values are audited.
    ok(act(
        &db,
        Some(ALPHA_ADMIN),
        &["org", "update", "--timezone", "America/Chicago", "--units-rule", "cms_8_minute"],
    ));
    let row = last_audit(&db).await;
    assert_eq!(row.action, "org.update");
    assert_eq!(row.changes["time_zone"], serde_json::json!({ "old": "America/New_York", "new": "America/Chicago" }));
    assert_eq!(row.changes["units_rule"]["new"], "cms_8_minute");

    // Suspension shuts the organization's users out until it is activated.
    ok(act(&db, Some(ROOT), &["org", "suspend", "alpha", "--yes", "--reason", "unpaid invoices"]));
    refused(&act(&db, Some(ALPHA_ADMIN), &["practitioner", "list"]), "is SUSPENDED");
    let row = last_audit(&db).await;
    assert_eq!((row.outcome.as_str(), row.organization_id), ("DENIED", Some(p.alpha)));
    ok(act(&db, Some(BETA_ADMIN), &["practitioner", "list"]));
    ok(act(&db, Some(ROOT), &["org", "activate", "alpha"]));
    ok(act(&db, Some(ALPHA_ADMIN), &["practitioner", "list"]));
    assert_ne!(p.alpha, p.beta);
}

#[tokio::test]
async fn a_super_admin_reaches_patient_data_only_through_break_the_glass() {
    let db = TestDb::new().await;
    let p = platform(&db).await;
    crate::fixtures::insert_patient(&db.pool, p.alpha, "MRN-100").await;

    // Provisioning works without a grant …
    ok(act(
        &db,
        Some(ROOT),
        &[
            "practitioner",
            "create",
            "--org",
            "alpha",
            "--name",
            "Riley Tech",
            "--credential",
            "RBT",
            "--npi",
            "1234567893",
        ],
    ));
    let show = ok(act(&db, Some(ROOT), &["org", "show", "alpha", "-o", "json"]));
    let show: serde_json::Value = serde_json::from_slice(&show.stdout).expect("json");
    assert_eq!(
        show["counts"],
        serde_json::json!({ "patients": 1, "practitioners": 1, "active_authorizations": 0, "users": 2 })
    );

    // … patient data does not.
    let denied = act(&db, Some(ROOT), &["patient", "list", "--org", "alpha"]);
    refused(&denied, "omnictl access break-glass --org alpha");
    assert!(!stdout(&denied).contains("MRN-100"));
    let row = last_audit(&db).await;
    assert_eq!(
        (row.action.as_str(), row.outcome.as_str(), row.organization_id),
        ("patient.read", "DENIED", Some(p.alpha))
    );

    // A clinic ADMIN cannot break the glass.
    refused(
        &act(&db, Some(ALPHA_ADMIN), &["access", "break-glass", "--org", "alpha", "--reason", "curious"]),
        "needs a super admin",
    );

    let grant = ok(act(
        &db,
        Some(ROOT),
        &[
            "access",
            "break-glass",
            "--org",
            "alpha",
            "--reason",
            "billing dispute #42",
            "--minutes",
            "15",
            "-o",
            "json",
        ],
    ));
    let grant: serde_json::Value = serde_json::from_slice(&grant.stdout).expect("json");
    let grant_id = grant["id"].as_str().expect("grant id").to_string();
    let row = last_audit(&db).await;
    assert_eq!((row.action.as_str(), row.organization_id), ("access.break-glass", Some(p.alpha)));

    let list = ok(act(&db, Some(ROOT), &["patient", "list", "--org", "alpha", "-o", "json"]));
    assert!(stdout(&list).contains("MRN-100"));
    let row = last_audit(&db).await;
    assert_eq!((row.action.as_str(), row.outcome.as_str()), ("patient.read", "SUCCESS"));
    assert_eq!(row.details["break_glass_grant"], grant_id.as_str());
    assert_eq!(row.details["count"], 1);
    // The grant opens alpha only.
    refused(&act(&db, Some(ROOT), &["patient", "list", "--org", "beta"]), "break-glass --org beta");

    let grants = ok(act(&db, Some(ROOT), &["access", "list", "-o", "json"]));
    let grants: serde_json::Value = serde_json::from_slice(&grants.stdout).expect("json");
    assert_eq!(grants[0]["id"], grant_id.as_str());
    assert_eq!(grants[0]["active"], true);

    // Grants expire by themselves: once past, the door is shut again.
    let mut tx = db.pool.begin().await.expect("begin");
    sqlx::query("ALTER TABLE break_glass_grants DISABLE TRIGGER USER").execute(&mut *tx).await.expect("no triggers");
    sqlx::query(
        "UPDATE break_glass_grants SET granted_at = now() - interval '2 hours', expires_at = now() - interval '1 hour'",
    )
    .execute(&mut *tx)
    .await
    .expect("age the grant");
    tx.commit().await.expect("commit");
    refused(&act(&db, Some(ROOT), &["patient", "show", "MRN-100", "--org", "alpha"]), "break-glass");
    let grants = ok(act(&db, Some(ROOT), &["access", "list", "--org", "alpha", "-o", "json"]));
    let grants: serde_json::Value = serde_json::from_slice(&grants.stdout).expect("json");
    assert_eq!(grants[0]["active"], false);
}

#[tokio::test]
async fn organizations_users_and_practitioners_are_managed_end_to_end() {
    let db = TestDb::new().await;
    platform(&db).await;

    // Without a terminal, a missing required value is an error, not a prompt.
    refused(
        &act(&db, Some(ROOT), &["org", "create", "--slug", "gamma"]),
        "--name is required (there is no terminal to ask on)",
    );
    refused(&act(&db, Some(ROOT), &["org", "create", "--name", "G", "--slug", "Gamma"]), "not a valid slug");
    refused(&act(&db, Some(ROOT), &["org", "create", "--name", "G", "--slug", "alpha"]), "already exists");
    let row = last_audit(&db).await;
    assert_eq!((row.action.as_str(), row.outcome.as_str()), ("org.create", "FAILED"));
    assert!(row.reason.unwrap_or_default().contains("could not create the organization alpha"));

    // Practitioners: NPI check digit, license uniqueness, credentials.
    let create = |npi: &str, license: &str| {
        act(
            &db,
            Some(ALPHA_ADMIN),
            &[
                "practitioner",
                "create",
                "--name",
                "Blair Analyst",
                "--credential",
                "bcba",
                "--credential",
                "RBT",
                "--npi",
                npi,
                "--license",
                license,
                "--license-state",
                "IL",
                "--credential-valid-until",
                "2027-06-30",
            ],
        )
    };
    refused(&create("1234567890", "LIC-1"), "fails its check digit");
    let created = ok(create("1234567893", "LIC-1"));
    assert!(stdout(&created).contains("BCBA, RBT"), "{}", stdout(&created));
    refused(&create("1245319599", "LIC-1"), "already has that license number");
    refused(&create("1234567893", "LIC-2"), "already has that NPI");
    let row = last_audit(&db).await;
    assert_eq!((row.action.as_str(), row.outcome.as_str()), ("practitioner.create", "FAILED"));
    // Beta may reuse alpha's license number: uniqueness is per organization.
    ok(act(
        &db,
        Some(BETA_ADMIN),
        &[
            "practitioner",
            "create",
            "--name",
            "Other",
            "--credential",
            "RBT",
            "--npi",
            "1245319599",
            "--license",
            "LIC-1",
            "--license-state",
            "IL",
        ],
    ));

    ok(act(
        &db,
        Some(ALPHA_ADMIN),
        &[
            "practitioner",
            "update",
            "1234567893",
            "--credential",
            "BCBA-D",
            "--license",
            "LIC-9",
            "--user",
            ALPHA_STAFF,
        ],
    ));
    let row = last_audit(&db).await;
    assert_eq!(row.changes["license_number"], serde_json::json!({ "old": "LIC-1", "new": "LIC-9" }));
    assert_eq!(row.changes["credentials"]["new"], "BCBA-D");
    let shown = ok(act(&db, Some(ALPHA_STAFF), &["practitioner", "show", "1234567893", "-o", "json"]));
    let shown: serde_json::Value = serde_json::from_slice(&shown.stdout).expect("json");
    assert_eq!(shown["user_email"], ALPHA_STAFF);
    refused(&act(&db, Some(ALPHA_STAFF), &["practitioner", "deactivate", "1234567893"]), "needs an ADMIN");
    ok(act(&db, Some(ALPHA_ADMIN), &["practitioner", "deactivate", "1234567893"]));
    let list = ok(act(&db, Some(ALPHA_ADMIN), &["practitioner", "list", "-o", "json"]));
    assert_eq!(stdout(&list).trim(), "[]");

    // Users: emails are unique ignoring case; roles change with an audit trail.
    refused(
        &act(&db, Some(ALPHA_ADMIN), &["user", "create", "--email", "ADMIN@beta.example", "--name", "Dup"]),
        "already exists",
    );
    ok(act(&db, Some(ALPHA_ADMIN), &["user", "create", "--email", "new@alpha.example", "--name", "New Person"]));
    ok(act(&db, Some(ALPHA_ADMIN), &["user", "update", "new@alpha.example", "--role", "admin", "--name", "New Admin"]));
    let row = last_audit(&db).await;
    assert_eq!(row.changes["role"], serde_json::json!({ "old": "STAFF", "new": "ADMIN" }));
    refused(&act(&db, Some(ALPHA_ADMIN), &["user", "deactivate", ALPHA_ADMIN, "--yes"]), "cannot deactivate yourself");
    missing(&act(&db, Some(ALPHA_ADMIN), &["user", "update", ROOT, "--name", "x"]), "no user root@platform.example");
    ok(act(
        &db,
        Some(ROOT),
        &["user", "create", "--super-admin", "--email", "second@platform.example", "--name", "Second Root"],
    ));
    let all = ok(act(&db, Some(ROOT), &["user", "list", "-o", "csv"]));
    assert_eq!(stdout(&all).lines().count(), 1 + 7, "{}", stdout(&all));
}

#[tokio::test]
async fn a_store_query_without_an_organization_filter_sees_only_the_current_organization() {
    let db = TestDb::new().await;
    let p = platform(&db).await;
    for (org, npi) in [(p.alpha, "1234567893"), (p.beta, "1245319599")] {
        sqlx::query(
            "INSERT INTO practitioners (organization_id, name, credentials, npi) VALUES ($1, 'P', '{RBT}', $2)",
        )
        .bind(org)
        .bind(npi)
        .execute(&db.pool)
        .await
        .expect("practitioner");
        crate::fixtures::insert_patient(&db.pool, org, "MRN-SAME").await;
    }
    // The practitioner and patient lists carry no organization filter on
    // purpose: the database's row-level security is what scopes them.
    let alpha = db.pool_as(ALPHA_ADMIN).await;
    let mut tx = context::begin(&alpha, Scope::Organization(p.alpha.into())).await.expect("begin");
    let inactive_too = store::practitioners::PractitionerList { include_inactive: true };
    let (practitioners, _) =
        store::listing::page(&mut tx, &inactive_too, &store::listing::Shape::default()).await.expect("list");
    assert_eq!(practitioners.iter().map(|p| p.npi.as_str()).collect::<Vec<_>>(), ["1234567893"]);
    let everyone = store::patients::PatientFilter { include_archived: true, ..Default::default() };
    let (patients, total) =
        store::listing::page(&mut tx, &everyone, &store::listing::Shape::default()).await.expect("list");
    assert_eq!((patients.len(), total), (1, 1));
    // A lookup that names no clinic: row-level security alone keeps the other's out.
    let found =
        store::patients::find(&mut tx, None, &omnictl::domain::ids::Key::known("MRN-SAME")).await.expect("find");
    let alpha_patient: Uuid = sqlx::query_scalar("SELECT id FROM patients WHERE organization_id = $1")
        .bind(p.alpha)
        .fetch_one(&db.pool)
        .await
        .expect("id");
    assert_eq!(found.map(|p| p.id.0), Some(alpha_patient));
    tx.rollback().await.expect("rollback");
}

/// At a terminal, what is missing is asked: a slug suggested from the name and asked
/// again after an invalid answer, the time zone (again after an unknown one), the role
/// of a new user; a suspension is confirmed first.
#[tokio::test]
async fn prompts_suggest_and_ask_again_until_the_answer_is_valid() {
    let db = TestDb::new().await;
    bootstrap(&db).await;
    let (created, screen) = crate::harness::on_a_terminal(
        &db,
        ROOT,
        "org create --name 'Lake View ABA'",
        "Bad Slug\r\rMars/Base\rAmerica/Chicago\r",
    );
    assert!(created, "{screen}");
    assert!(screen.contains("Slug (lowercase words joined by hyphens) [lake-view-aba]"), "{screen}");
    assert!(screen.contains("\"Bad Slug\" is not a valid slug"), "{screen}");
    assert!(screen.contains("\"Mars/Base\" is not an IANA time zone"), "{screen}");
    let zone: String = sqlx::query_scalar("SELECT time_zone FROM organizations WHERE slug = 'lake-view-aba'")
        .fetch_one(&db.pool)
        .await
        .expect("the clinic, with the slug suggested");
    assert_eq!(zone, "America/Chicago");

    // The role is chosen (arrow down: admin), not silently STAFF.
    let (created, screen) = crate::harness::on_a_terminal(
        &db,
        ROOT,
        "--org lake-view-aba user create --email lead@lake.test --name Lead",
        "\u{1b}[B\r",
    );
    assert!(created && screen.contains("admin: manages the clinic"), "{screen}");
    let role: String = sqlx::query_scalar("SELECT role::text FROM users WHERE email = 'lead@lake.test'")
        .fetch_one(&db.pool)
        .await
        .expect("user");
    assert_eq!(role, "ADMIN");

    // Suspending asks; answering no changes nothing.
    let (_, screen) = crate::harness::on_a_terminal(&db, ROOT, "org suspend lake-view-aba", "n\r");
    assert!(screen.contains("Suspend lake-view-aba?") && screen.contains("nothing changed"), "{screen}");
    let status: String = sqlx::query_scalar("SELECT status::text FROM organizations WHERE slug = 'lake-view-aba'")
        .fetch_one(&db.pool)
        .await
        .expect("org");
    assert_eq!(status, "ACTIVE");
}
