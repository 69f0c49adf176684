//! `omnictl seed`: loads the reference data shipped with omnictl.

use anyhow::{Result, anyhow};
use clap::Subcommand;

use super::App;
use crate::access::{self, Need};
use crate::audit::{Actor, AuditEntry, CommandTx};
use crate::db::Schema;
use crate::db::context::Scope;
use crate::domain::service_code;
use crate::output::{self, OutputFormat, Tabular};
use crate::store::service_codes::{self, LoadSummary};

#[derive(Debug, Subcommand)]
pub enum SeedCommand {
    /// Load the platform's ABA service codes (97151–97158, 0362T, 0373T) with their
    /// credentials, categories and daily maxima. Repeating it changes nothing.
    ///
    /// Needs a super admin (--operator); `quickstart` does the same load as the tool itself.
    ServiceCodes,
}

pub async fn run(app: &App, command: SeedCommand) -> Result<()> {
    match command {
        SeedCommand::ServiceCodes => {
            let pool = app.connect(Schema::Current).await?;
            let session = access::authorize(&pool, &app.global, ACTION, Need::Platform).await?;
            let summary = seed_service_codes(&pool, &session.actor).await?;
            report(app.global.output, &summary)?;
            pool.close().await;
            Ok(())
        }
    }
}

const ACTION: &str = "service-code.seed";

/// Loads the embedded catalogue in platform scope, audited; shared with `quickstart`,
/// which acts as the tool itself on behalf of the OS user.
pub async fn seed_service_codes(pool: &sqlx::PgPool, actor: &Actor) -> Result<LoadSummary> {
    let specs = service_code::catalogue().map_err(|e| anyhow!(e))?;
    let entry = AuditEntry::new(ACTION).entity_type("service_code");
    let mut tx = CommandTx::begin(pool, actor, Scope::Platform).await?;
    let summary = service_codes::upsert_platform_codes(tx.conn(), &specs).await?;
    let entry = entry
        .detail("codes", specs.iter().map(|s| s.code.clone()).collect::<Vec<_>>())
        .detail("inserted", summary.inserted)
        .detail("updated", summary.updated)
        .detail("unchanged", summary.unchanged);
    tx.finish(entry).await?;
    Ok(summary)
}

fn report(format: OutputFormat, summary: &LoadSummary) -> Result<()> {
    match format {
        OutputFormat::Table => println!("{}", describe(summary)),
        _ => output::print_record(format, summary)?,
    }
    Ok(())
}

/// One sentence for people: what the load changed, or that it changed nothing.
pub fn describe(summary: &LoadSummary) -> String {
    if summary.inserted == 0 && summary.updated == 0 {
        format!("service codes already up to date: {} unchanged, nothing changed", summary.unchanged)
    } else {
        format!(
            "service codes loaded: {} inserted, {} updated, {} unchanged",
            summary.inserted, summary.updated, summary.unchanged
        )
    }
}

impl Tabular for LoadSummary {
    fn headers() -> Vec<&'static str> {
        vec!["inserted", "updated", "unchanged"]
    }

    fn cells(&self) -> Vec<String> {
        vec![self.inserted.to_string(), self.updated.to_string(), self.unchanged.to_string()]
    }
}
