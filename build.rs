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
    println!("cargo:rustc-env=OMNICTL_COMMIT={commit}");
    println!("cargo:rustc-env=OMNICTL_SCHEMA={schema}");
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
