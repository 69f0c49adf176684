//! `omnictl quickstart`: the newcomer's entry point. Starts (creating if needed) the
//! local database, migrates it, loads the service codes, and says what to try next.
//! Idempotent: running it again changes nothing and prints the same guidance.

use anyhow::Result;
use clap::Args;

use super::App;
use crate::audit::Actor;
use crate::db::context::{self, Scope};
use crate::db::migrations;
use crate::db::{Schema, Target, cluster};
use crate::store::users;

#[derive(Debug, Args)]
pub struct QuickstartArgs {}

pub async fn run(app: &App, _args: QuickstartArgs) -> Result<()> {
    let target = app.target()?;
    let pool = app.connect(Schema::AsIs).await?;
    let applied = migrations::run(&pool).await?;
    let seeded = super::seed::seed_service_codes(&pool, &Actor::from_environment()).await?;
    let mut tx = context::begin(&pool, None, Scope::Anonymous).await?;
    let has_operator = users::super_admin_exists(&mut tx).await?;
    tx.rollback().await?;
    pool.close().await;

    let where_line = match &target {
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
        Target::Url(_) => format!("  database       {}", crate::db::describe(&target)),
    };
    println!("omnictl is ready.");
    println!("{where_line}");
    println!(
        "  schema         {}",
        if applied.is_empty() {
            "up to date".to_string()
        } else {
            format!("{} migration(s) applied now", applied.len())
        }
    );
    println!("  service codes  {}", super::seed::describe(&seeded));
    println!();
    println!("Try next:");
    if !has_operator {
        println!("  omnictl user bootstrap --email you@example.org --name \"Your Name\"");
        println!("                            create the first super admin (once), then act as them:");
        println!("  export OMNICTL_OPERATOR=you@example.org");
    }
    println!("  omnictl org create --name \"Sunrise ABA\" --slug sunrise-aba");
    println!("                            provision a clinic (super admin)");
    println!(
        "  omnictl user create --org sunrise-aba --email admin@sunrise.example --name \"Clinic Admin\" --role admin"
    );
    println!("  omnictl audit log         what has been done, by whom");
    println!("  omnictl db status         where the data lives and whether the server runs");
    println!("  omnictl --help            every command");
    Ok(())
}
