//! The owner's commands and the contexts say the truth, on a managed server: the schema's
//! owner (a CREATEROLE login, no superuser) loads the service-code catalogue as the
//! README's table of operators says, on the record; `whoami` names what gave the database
//! (`--database-url`, `DATABASE_URL`, `PGSERVICE`, a context).

use crate::harness::{omnictl, stderr};
use crate::imports::{json, ok};
use crate::managed::{ManagedDb, server};

const ROOT: (&str, &str) = ("root@owner.test", "owner test root password");

#[tokio::test]
async fn the_owner_seeds_the_catalogue_on_the_record() {
    let db = ManagedDb::new().await;
    let seeded = db.omnictl().args(["seed", "service-codes"]).output().expect("run");
    assert!(seeded.status.success(), "the owner may seed the catalogue: {}", stderr(&seeded));
    let codes: i64 = sqlx::query_scalar("SELECT count(*) FROM service_codes WHERE organization_id IS NULL")
        .fetch_one(&db.admin)
        .await
        .expect("codes");
    assert_eq!(codes, 10);
    let recorded: Vec<(String, Option<String>, String)> = sqlx::query_as(
        "SELECT outcome::text, operator_email, login_role FROM audit_logs WHERE action = 'service-code.seed'",
    )
    .fetch_all(&db.admin)
    .await
    .expect("audit");
    assert_eq!(recorded, [("SUCCESS".to_string(), None, db.owner.clone())], "recorded as the owner, no operator");
    let again = db.omnictl().args(["seed", "service-codes"]).output().expect("run");
    assert!(String::from_utf8_lossy(&again.stdout).contains("already up to date"), "{}", stderr(&again));
    // A super admin still seeds as themselves.
    db.bootstrap(ROOT.0, ROOT.1);
    let out = db.omnictl_as(ROOT.0, ROOT.1).await.args(["seed", "service-codes"]).output().expect("run");
    assert!(out.status.success(), "{}", stderr(&out));
}

#[tokio::test]
async fn whoami_names_what_gave_the_database() {
    let db = ManagedDb::new().await;
    db.bootstrap(ROOT.0, ROOT.1);
    let login = db.login(ROOT.0).await;
    let url = db.url_as(&login, ROOT.1);
    let dir = tempfile::tempdir().expect("dir");
    let config = dir.path().join("config.toml");
    let from = |command: &mut std::process::Command| {
        let me =
            json(&ok(command.env("OMNICTL_CONFIG", &config).args(["whoami", "-o", "json"]).output().expect("run")));
        assert_eq!(me["operator"].as_str(), Some(ROOT.0), "{me}");
        me["database_from"].as_str().unwrap_or_default().to_string()
    };
    assert_eq!(from(omnictl().args(["--database-url", &url])), "--database-url");
    assert_eq!(from(omnictl().env("DATABASE_URL", &url)), "DATABASE_URL");
    let services = dir.path().join("pg_service.conf");
    std::fs::write(
        &services,
        format!(
            "[upgrade]\nhost=127.0.0.1\nport={}\ndbname={}\nuser={login}\npassword={}\nsslmode=disable\n",
            server().port(),
            db.name,
            ROOT.1
        ),
    )
    .expect("service file");
    assert_eq!(from(omnictl().env("PGSERVICEFILE", &services).env("PGSERVICE", "upgrade")), "PGSERVICE=upgrade");
    let server_url = format!("postgres://{login}@127.0.0.1:{}/{}?sslmode=disable", server().port(), db.name);
    ok(omnictl()
        .env("OMNICTL_CONFIG", &config)
        .args(["context", "set", "managed", "--server", &server_url])
        .output()
        .expect("run"));
    assert_eq!(from(omnictl().env("PGPASSWORD", ROOT.1).args(["--context", "managed"])), "the context managed");
    // The table says it too.
    let table = omnictl().env("OMNICTL_CONFIG", &config).env("DATABASE_URL", &url).arg("whoami").output().expect("run");
    let table = String::from_utf8_lossy(&table.stdout).to_string();
    assert!(table.contains("database from") && table.contains("DATABASE_URL"), "{table}");
}
