//! `omnictl quickstart`: the newcomer's entry point. Starts (creating if needed) the
//! local database, migrates it, loads the service codes, creates the demo clinic (see
//! `crate::demo::clinic`) and prints a short tour. Idempotent: running it again changes
//! nothing and says so.

use anyhow::Result;
use serde::Serialize;

use super::App;
use crate::audit::Actor;
use crate::cli::quickstart::QuickstartArgs;
use crate::db::migrations;
use crate::db::{Schema, Target, cluster};
use crate::demo::clinic::{self, DemoClinic, SuperAdmin};
use crate::output::{self, Tabular};
use crate::store::service_codes::LoadSummary;

/// What quickstart found or did (`-o json` prints it).
#[derive(Debug, Serialize)]
struct Readiness {
    database: String,
    migrations_applied: usize,
    service_codes: LoadSummary,
    demo: Option<DemoClinic>,
    changed: bool,
}

impl Tabular for Readiness {
    fn headers() -> Vec<&'static str> {
        vec!["database", "migrations_applied", "service_codes_inserted", "demo_clinic", "demo_created", "changed"]
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.database.clone(),
            self.migrations_applied.to_string(),
            self.service_codes.inserted.to_string(),
            self.demo.as_ref().map(|d| d.organization.clone()).unwrap_or_default(),
            self.demo.as_ref().is_some_and(|d| d.created).to_string(),
            self.changed.to_string(),
        ]
    }
}

pub async fn run(app: &App, args: QuickstartArgs) -> Result<()> {
    output::accepts::<Readiness>(app.global.output)?;
    let target = app.target()?;
    if let Target::Local(cluster) = &target {
        ensure_pgaudit(app, cluster);
    }
    // The schema and the service-code catalogue are installed by the schema's owner;
    // the demo clinic by the operators who would make it (see `demo::clinic::ensure`).
    let pool = app.connect_owner(Schema::AsIs).await?;
    let applied = migrations::run(&pool).await?;
    let tool = Actor::from_environment();
    let seeded = super::seed::load_service_codes(&pool, &tool, false).await?;
    let demo = if args.no_demo {
        None
    } else {
        if matches!(target, Target::Url(_)) {
            pool.close().await;
            return Err(crate::error::Error::refused(
                "the demo clinic is made on the local database, where quickstart can log in as each demo user",
            )
            .hint("run omnictl quickstart without --database-url, or pass --no-demo")
            .into());
        }
        let progress = app.ui.spinner("creating the demo clinic");
        let connect = async |email: &str| app.connect_as(Schema::AsIs, Some(email)).await;
        let demo = clinic::ensure(&pool, &tool, app.global.operator.as_deref(), connect).await;
        progress.finish_and_clear();
        Some(demo?)
    };
    let has_operator = crate::access::platform_has_super_admin(&pool).await?;
    pool.close().await;

    let changed = !applied.is_empty()
        || seeded.inserted > 0
        || seeded.updated > 0
        || demo.as_ref().is_some_and(|d| d.created || d.super_admin_state == Some(SuperAdmin::Bootstrapped));
    let readiness = Readiness {
        database: crate::db::describe(&target),
        migrations_applied: applied.len(),
        service_codes: seeded,
        demo,
        changed,
    };
    if !app.global.output.is_table() {
        return app.print_record(&readiness);
    }
    print_report(&target, &readiness, has_operator);
    Ok(())
}

/// pgAudit for the local database (reads of patient data in the server's log): installed
/// with the system's package manager when omnictl runs as root on Debian or Ubuntu, where
/// the server's own packages come from; else, or when that fails, a sentence saying how.
/// A cluster loads it when it is created, or at its next start.
fn ensure_pgaudit(app: &App, cluster: &cluster::LocalCluster) {
    let Ok(binaries) = cluster.binaries() else { return };
    if binaries.library("pgaudit").is_some() {
        return;
    }
    let package = format!("postgresql-{}-pgaudit", binaries.major);
    if nix::unistd::geteuid().is_root() && std::path::Path::new("/usr/bin/apt-get").exists() {
        app.ui.info(format!("installing {package}: reads of patient data go to the server's log (pgAudit)"));
        let installed = std::process::Command::new("/usr/bin/apt-get")
            .args(["install", "-y", "-qq", &package])
            .env("DEBIAN_FRONTEND", "noninteractive")
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|status| status.success());
        if installed && binaries.library("pgaudit").is_some() {
            return;
        }
    }
    app.ui.warn(format!(
        "reads of patient data by SQL are not in the server's log: pgAudit is not installed (Debian and Ubuntu: \
         sudo apt-get install {package}; then omnictl db stop and omnictl quickstart load it; omnictl doctor checks)"
    ));
}

fn print_report(target: &Target, readiness: &Readiness, has_operator: bool) {
    let where_line = match target {
        Target::Local(cluster) => {
            let version = cluster.binaries().map(|b| format!("PostgreSQL {}", b.version)).unwrap_or_default();
            let runs_as = cluster
                .server_user()
                .map(|u| format!(", server running as the system user {}", u.name))
                .unwrap_or_default();
            format!(
                "  database       local {version} in {}{runs_as}\n  connect        psql \"{}\"",
                cluster.root().display(),
                cluster.url(cluster::DATABASE)
            )
        }
        Target::Url(_) => format!("  database       {}", readiness.database),
    };
    println!("omnictl is ready.");
    println!("{where_line}");
    println!(
        "  schema         {}",
        if readiness.migrations_applied == 0 {
            "up to date".to_string()
        } else {
            format!("{} migration(s) applied now", readiness.migrations_applied)
        }
    );
    println!("  service codes  {}", super::seed::describe(&readiness.service_codes));
    if let Some(demo) = &readiness.demo {
        if demo.created {
            println!(
                "  demo clinic    {} ({}) created: {} practitioners, {} patients, {} insurance policies, {} \
                 authorizations, {} booked appointments, {} completed sessions with signed notes",
                clinic::NAME,
                demo.organization,
                demo.practitioners,
                demo.patients,
                demo.policies,
                demo.authorizations,
                demo.appointments,
                demo.completed_sessions
            );
        } else {
            println!("  demo clinic    {} ({}) already there, nothing changed", clinic::NAME, demo.organization);
        }
        match demo.super_admin_state {
            Some(SuperAdmin::Bootstrapped) => println!("  super admin    {} created now", clinic::SUPER_ADMIN),
            Some(SuperAdmin::Demo) => println!("  super admin    {}", clinic::SUPER_ADMIN),
            _ => println!("  super admin    yours (the platform was bootstrapped already; no demo super admin made)"),
        }
        println!("  clinic admin   {} (ADMIN)", demo.clinic_admin);
        let logins: Vec<String> =
            clinic::PRACTITIONER_LOGINS.iter().map(|(_, email, name)| format!("{email} ({name})")).collect();
        println!("  practitioners  {} sign their own notes", logins.join(", "));
        println!("                 everybody in the demo clinic is synthetic");
    }
    if !readiness.changed {
        println!("\nEverything was in place already: nothing changed.");
    }
    println!();
    match &readiness.demo {
        Some(demo) => {
            println!("Act as the demo clinic's admin, then try:");
            println!("  export OMNICTL_OPERATOR={}", demo.clinic_admin);
            for (command, what) in TOUR {
                println!("  {command:<43}{what}");
            }
            if demo.super_admin.is_some() {
                println!("Platform commands (org, user, audit of every clinic) as the super admin:");
                println!("  omnictl --operator {} org list", clinic::SUPER_ADMIN);
            }
        }
        None => {
            println!("Try next:");
            if !has_operator {
                println!("  omnictl user bootstrap --email you@example.org --name \"Your Name\"");
                println!("                            create the first super admin (once), then act as them:");
                println!("  export OMNICTL_OPERATOR=you@example.org");
            }
            println!("  omnictl org create --name \"Sunrise ABA\" --slug sunrise-aba");
            println!("                            provision a clinic (super admin)");
            println!("  omnictl audit log         what has been done, by whom");
            println!("  omnictl db status         where the data lives and whether the server runs");
        }
    }
    println!("  omnictl --help                             every command");
    if let Target::Local(_) = target {
        println!();
        println!("The local server keeps running in the background; `omnictl db stop` stops it (any command");
        println!("starts it again), `omnictl db status` says where it is.");
    }
    if !on_path("omnictl") {
        println!("To type omnictl as above, put it on your PATH: `cargo install --path .` (or, in this folder,");
        println!("alias omnictl='cargo run -q --release --').");
    }
}

/// Whether a program of that name is on PATH, as the shell would find it.
fn on_path(program: &str) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::env::var_os("PATH").is_some_and(|path| {
        std::env::split_paths(&path).any(|dir| {
            std::fs::metadata(dir.join(program)).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
        })
    })
}

/// The five commands the tour suggests, each with what it shows.
pub(crate) const TOUR: [(&str, &str); 5] = [
    ("omnictl appointment list --week", "the week's bookings as a grid, one row per practitioner"),
    ("omnictl auth expiring --within 30d", "authorizations ending within 30 days (a cron report)"),
    ("omnictl auth low --threshold 80%", "authorizations 80% or more used or scheduled"),
    ("omnictl session list --status completed", "delivered sessions with units billed and signed notes"),
    ("omnictl audit verify", "checks the clinic's tamper-evident audit chain"),
];
