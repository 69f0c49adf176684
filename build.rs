//! Stamps the binary with the commit it was built from and the schema version it expects
//! (the newest embedded migration), for `omnictl --version`.

use std::path::Path;
use std::process::Command;

fn main() {
    let commit = Command::new("git")
        .args(["rev-parse", "--short=12", "HEAD"])
        .output()
        .ok()
        .filter(|out| out.status.success())
        .map(|out| String::from_utf8_lossy(&out.stdout).trim().to_string())
        .filter(|commit| !commit.is_empty())
        .unwrap_or_else(|| "unknown".to_string());
    let schema = std::fs::read_dir("migrations")
        .map(|entries| {
            entries
                .filter_map(|entry| entry.ok())
                .filter_map(|entry| {
                    entry.file_name().to_str().and_then(|name| name.split('_').next()).map(String::from)
                })
                .filter(|version| version.chars().all(|c| c.is_ascii_digit()))
                .max()
                .unwrap_or_default()
        })
        .unwrap_or_default();
    let (extra, version) = extra_migrations();
    let schema = extra.iter().map(|(version, _, _)| version.clone()).chain([schema]).max().unwrap_or_default();
    println!("cargo:rustc-env=OMNICTL_COMMIT={commit}");
    println!("cargo:rustc-env=OMNICTL_SCHEMA={schema}");
    println!("cargo:rustc-env=OMNICTL_VERSION={version}");
    println!("cargo:rerun-if-changed=migrations");
    // A new commit moves HEAD or the branch it points at; only existing paths are
    // watched (a missing one would rebuild every time).
    for path in [".git/HEAD", ".git/packed-refs"] {
        if Path::new(path).exists() {
            println!("cargo:rerun-if-changed={path}");
        }
    }
    if let Ok(head) = std::fs::read_to_string(".git/HEAD")
        && let Some(reference) = head.strip_prefix("ref: ")
    {
        let path = format!(".git/{}", reference.trim());
        if Path::new(&path).exists() {
            println!("cargo:rerun-if-changed={path}");
        }
    }
}

/// The migrations a test build embeds after the real ones (features `upgrade-test-additive`
/// and `upgrade-test-breaking`: a "newer" omnictl for the upgrade tests, built into a
/// target directory of its own), as `(version, description, path)`, and the version the
/// binary says it is. A normal build embeds none and is `CARGO_PKG_VERSION`.
fn extra_migrations() -> (Vec<(String, String, String)>, String) {
    let package = std::env::var("CARGO_PKG_VERSION").unwrap_or_default();
    let chosen =
        [("additive", "CARGO_FEATURE_UPGRADE_TEST_ADDITIVE"), ("breaking", "CARGO_FEATURE_UPGRADE_TEST_BREAKING")]
            .into_iter()
            .find(|(_, feature)| std::env::var_os(feature).is_some());
    let mut extra = Vec::new();
    let version = match chosen {
        None => package,
        Some((kind, _)) => {
            let dir = Path::new("tests/upgrade").join(kind);
            println!("cargo:rerun-if-changed={}", dir.display());
            let mut files: Vec<_> = std::fs::read_dir(&dir)
                .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
                .filter_map(|entry| entry.ok().map(|entry| entry.path()))
                .filter(|path| path.extension().is_some_and(|ext| ext == "sql"))
                .collect();
            files.sort();
            for path in files {
                let name = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
                let (number, description) = name.split_once('_').unwrap_or((&name, ""));
                let absolute = std::fs::canonicalize(&path).unwrap_or(path.clone());
                extra.push((number.to_string(), description.replace('_', " "), absolute.display().to_string()));
            }
            format!("{package}+upgrade-test.{kind}")
        }
    };
    let listed: String = extra
        .iter()
        .map(|(number, description, path)| format!("    ({number}, {description:?}, include_str!({path:?})),\n"))
        .collect();
    let out = std::env::var("OUT_DIR").unwrap_or_default();
    std::fs::write(
        Path::new(&out).join("extra_migrations.rs"),
        format!("/// Test-only migrations embedded after the real ones (see build.rs).\npub(crate) const EXTRA: &[(i64, &str, &str)] = &[\n{listed}];\n"),
    )
    .unwrap_or_else(|e| panic!("write extra_migrations.rs: {e}"));
    (extra, version)
}
