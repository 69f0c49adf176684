//! Named contexts and `whoami` through the real binary: a context fills what no flag or
//! environment variable gives (flags beat the environment beat the context), the file
//! never holds a password and is its owner's alone, and an unknown context is a usage
//! error naming the known ones.

use std::os::unix::fs::PermissionsExt;

use crate::harness::{TestDb, stderr};
use crate::imports::{json, ok};

#[tokio::test]
async fn a_context_fills_what_flags_and_the_environment_leave_and_whoami_says_who_and_where() {
    let db = TestDb::new().await;
    let admin = crate::imports::clinic(&db, "ctx").await;
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("omnictl").join("config.toml");
    // The login comes from the URL (the environment here); the context names the rest.
    let run = |args: &[&str], env: &[(&str, &str)]| {
        let mut command = crate::harness::omnictl();
        command.env("OMNICTL_CONFIG", &file).env("DATABASE_URL", db.url_as(&admin));
        for (key, value) in env {
            command.env(key, value);
        }
        command.args(args).output().expect("run omnictl")
    };

    let refused = run(&["context", "set", "prod", "--server", "postgres://ana:secret@db.example.org/omnictl"], &[]);
    assert_eq!(refused.status.code(), Some(2), "{}", stderr(&refused));
    assert!(stderr(&refused).contains("holds a password"), "{}", stderr(&refused));
    assert!(!file.exists(), "nothing written");

    ok(run(&["context", "set", "clinic", "--user", &admin, "--clinic", "ctx", "--use"], &[]));
    let mode = std::fs::metadata(&file).expect("config").permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "the file is its owner's alone");
    let me = json(&ok(run(&["whoami", "-o", "json"], &[])));
    assert_eq!(me["operator"].as_str(), Some(admin.as_str()), "{me}");
    assert_eq!((me["organization"].as_str(), me["context"].as_str()), (Some("ctx"), Some("clinic")), "{me}");
    assert_eq!(me["role"].as_str(), Some("ADMIN"));
    assert!(me["authenticated_by"].as_str().is_some_and(|a| a.contains("password")), "{me}");
    assert!(!me["database"].as_str().unwrap_or_default().contains("secret"));

    // A context naming a clinic that is not there: the environment's beats it, and a
    // flag beats the environment.
    ok(run(&["context", "set", "clinic", "--clinic", "elsewhere"], &[]));
    let wrong = run(&["whoami"], &[]);
    assert!(!wrong.status.success(), "the context's clinic is used: {}", stderr(&wrong));
    ok(run(&["whoami"], &[("OMNICTL_ORG", "ctx")]));
    ok(run(&["--org", "ctx", "whoami"], &[("OMNICTL_ORG", "elsewhere")]));
    // Another operator named by the environment beats the context's, and is checked
    // against the login as always.
    let other = run(&["whoami"], &[("OMNICTL_ORG", "ctx"), ("OMNICTL_OPERATOR", "root@ops.test")]);
    assert!(!other.status.success(), "the URL's login is the admin's, not root's");

    let listed = json(&ok(run(&["context", "list", "-o", "json"], &[])));
    let current: Vec<&str> = listed
        .as_array()
        .expect("list")
        .iter()
        .filter(|c| c["current"] == true)
        .filter_map(|c| c["name"].as_str())
        .collect();
    assert_eq!(current, ["clinic"], "{listed}");
    let unknown = run(&["--context", "staging", "whoami"], &[]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(
        stderr(&unknown).contains("no context named \"staging\"; the contexts are: local, clinic"),
        "{}",
        stderr(&unknown)
    );
    ok(run(&["context", "delete", "clinic"], &[]));
    let listed = json(&ok(run(&["context", "list", "-o", "json"], &[])));
    assert_eq!(listed[0]["name"], "local");
    assert_eq!(listed[0]["current"], true, "back to the local database: {listed}");
}
