//! Upgrades one host at a time: two builds of the tool against one managed database. The
//! "newer" omnictl is this tree built with one more migration embedded (the features
//! `upgrade-test-additive` / `upgrade-test-breaking`, tests/upgrade/*), once per test run
//! into a target directory of its own (`target/upgrade-test`, kept between runs so cargo
//! rebuilds only what changed); the binary under test is the older one.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;

use crate::harness::{bin, copy_executable, omnictl_at, stderr};
use crate::managed::ManagedDb;

/// The version the newer test build says it is (build.rs).
fn newer_version(kind: &str) -> String {
    format!("{}+upgrade-test.{kind}", env!("CARGO_PKG_VERSION"))
}

/// The newer omnictl embedding the extra migration of `kind`, built once per test run.
pub fn newer(kind: &str) -> PathBuf {
    static BUILT: Mutex<Option<HashMap<String, PathBuf>>> = Mutex::new(None);
    let mut built = BUILT.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(path) = built.get_or_insert_with(HashMap::new).get(kind) {
        return path.clone();
    }
    // Beside the test binary's own target directory: target/upgrade-test.
    let target = Path::new(bin()).parent().and_then(Path::parent).expect("the target directory").join("upgrade-test");
    // The cargo that built this test (the binary may run without cargo, as under .ci/at).
    let cargo = std::env::var_os("CARGO").or(option_env!("CARGO").map(Into::into)).unwrap_or_else(|| "cargo".into());
    let mut build = Command::new(&cargo);
    // And its rustc: outside cargo, rustup's proxy would choose a toolchain by the
    // directory each crate compiles in, and sqlx ships a rust-toolchain.toml naming one
    // that is not installed.
    let rustc = Path::new(&cargo).with_file_name("rustc");
    if std::env::var_os("RUSTC").is_none() && rustc.is_file() {
        build.env("RUSTC", &rustc);
    }
    let out = build
        .args(["build", "--quiet", "--bin", "omnictl", "--features", &format!("upgrade-test-{kind}")])
        .arg("--manifest-path")
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml"))
        .arg("--target-dir")
        .arg(&target)
        .env_remove("CARGO_TARGET_DIR")
        // Built on the real clock (.ci/at runs the tests under libfaketime; cargo judges
        // freshness by times).
        .env_remove("LD_PRELOAD")
        .env_remove("FAKETIME")
        .env_remove("FAKETIME_SHARED")
        .output()
        .expect("run cargo build");
    assert!(out.status.success(), "building the newer omnictl failed: {}", stderr(&out));
    // Copied at once: the other kind's build replaces target/upgrade-test/debug/omnictl.
    let path = target.join(format!("omnictl-{kind}"));
    copy_executable(&target.join("debug").join("omnictl"), &path);
    built.get_or_insert_with(HashMap::new).insert(kind.to_string(), path.clone());
    path
}

async fn newer_migrates(db: &ManagedDb, kind: &str) {
    let program = tokio::task::spawn_blocking({
        let kind = kind.to_string();
        move || newer(&kind)
    })
    .await
    .expect("build");
    let version = omnictl_at(&program).arg("--version").output().expect("run the newer omnictl");
    assert!(String::from_utf8_lossy(&version.stdout).contains(&newer_version(kind)), "{version:?}");
    let out = omnictl_at(&program).env("DATABASE_URL", db.owner_url()).args(["migrate", "run"]).output().expect("run");
    assert!(out.status.success(), "the newer omnictl's migrate run failed: {}", stderr(&out));
    let record: (bool, String) =
        sqlx::query_as("SELECT additive, applied_by FROM omnictl_schema_compat WHERE version = 29991231000001")
            .fetch_one(&db.admin)
            .await
            .expect("the newer migration's record");
    assert_eq!(record, (kind == "additive", newer_version(kind)));
}

const ROOT: (&str, &str) = ("root@upgrade.test", "upgrade root password");

/// A newer omnictl applied an additive migration: this one keeps working, as an operator
/// and as the owner (`migrate run` has nothing to do), and says so once per database and
/// version (remembered in OMNICTL_HOME); another home is told again.
#[tokio::test]
async fn an_older_omnictl_keeps_working_beside_an_additive_migration_and_says_so_once() {
    let db = ManagedDb::new().await;
    db.bootstrap(ROOT.0, ROOT.1);
    newer_migrates(&db, "additive").await;
    let home = tempfile::tempdir().expect("home");
    let run = async |args: &[&str], home: &Path| {
        let out = db.omnictl_as(ROOT.0, ROOT.1).await.env("OMNICTL_HOME", home).args(args).output().expect("run");
        assert!(out.status.success(), "{args:?} failed beside an additive migration: {}", stderr(&out));
        stderr(&out)
    };
    let said = run(&["org", "create", "--name", "Upgrade", "--slug", "upgrade"], home.path()).await;
    assert!(
        said.contains("is older than the database's schema: migration 29991231000001 applied by omnictl")
            && said.contains(&format!("install omnictl {} on this host", newer_version("additive"))),
        "{said}"
    );
    assert_eq!(said.matches("warning:").count(), 1, "{said}");
    let again = run(&["org", "list", "-q"], home.path()).await;
    assert!(!again.contains("older than"), "said twice: {again}");
    let other = tempfile::tempdir().expect("another home");
    assert!(run(&["org", "list"], other.path()).await.contains("older than"), "another home is told");
    // The owner's commands bear it too: nothing to apply, and the status says what the
    // newer migration is.
    let owner = db.omnictl().env("OMNICTL_HOME", home.path()).args(["migrate", "run"]).output().expect("run");
    assert!(owner.status.success(), "{}", stderr(&owner));
    let status = db.omnictl().env("OMNICTL_HOME", home.path()).args(["migrate", "status"]).output().expect("run");
    let status = String::from_utf8_lossy(&status.stdout).to_string();
    let line = format!("unknown (additive, applied by omnictl {})", newer_version("additive"));
    assert!(status.contains(&line), "{status}");
}

/// A newer omnictl applied a breaking migration: this one refuses every command, naming
/// the version to install; the newer one works.
#[tokio::test]
async fn an_older_omnictl_refuses_a_breaking_migration_naming_the_version_to_install() {
    let db = ManagedDb::new().await;
    db.bootstrap(ROOT.0, ROOT.1);
    newer_migrates(&db, "breaking").await;
    let home = tempfile::tempdir().expect("home");
    let out = db.omnictl_as(ROOT.0, ROOT.1).await.env("OMNICTL_HOME", home.path()).args(["org", "list"]).output();
    let out = out.expect("run");
    let said = stderr(&out);
    assert!(!out.status.success(), "an older omnictl worked on a breaking schema: {said}");
    assert!(
        said.contains("migration 29991231000001 (upgrade test breaking)")
            && said.contains(&format!("Install omnictl {} or newer on this host", newer_version("breaking"))),
        "{said}"
    );
    let owner = db.omnictl().args(["migrate", "run"]).output().expect("run");
    assert!(!owner.status.success(), "the older omnictl's migrate run went on: {}", stderr(&owner));
    let newer = newer("breaking");
    let login = db.login(ROOT.0).await;
    let works = omnictl_at(&newer)
        .env("DATABASE_URL", db.url_as(&login, ROOT.1))
        .env("OMNICTL_HOME", home.path())
        .args(["org", "list"])
        .output()
        .expect("run");
    assert!(works.status.success(), "the newer omnictl: {}", stderr(&works));
}
