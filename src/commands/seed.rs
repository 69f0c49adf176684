//! `omnictl seed`: loads the reference data shipped with omnictl.

use anyhow::Result;

use super::App;
use crate::audit::Actor;
use crate::cli::seed::{DemoArgs, SeedCommand};
use crate::db::Schema;
use crate::db::context::Scope;
use crate::ops::demo::{SeedClinic, SeededClinic};
use crate::output::{self, Tabular};
use crate::store::service_codes::LoadSummary;

pub async fn run(app: &App, command: SeedCommand) -> Result<()> {
    match command {
        SeedCommand::Demo(_) => output::accepts::<SeededClinic>(app.global.output)?,
        SeedCommand::ServiceCodes => output::accepts::<LoadSummary>(app.global.output)?,
    }
    match command {
        SeedCommand::Demo(args) => {
            let pool = app.connect(Schema::Current).await?;
            let result = demo(app, &pool, args).await;
            pool.close().await;
            result
        }
        SeedCommand::ServiceCodes => {
            let pool = app.connect(Schema::Current).await?;
            let result = service_codes(app, &pool).await;
            pool.close().await;
            result
        }
    }
}

/// The catalogue, loaded by a super admin, or by the schema's owner when the login is no
/// operator's and none is claimed (as `user bootstrap`: on the record, with the OS user
/// and host the client reports; the database's policy lets only the owner do it).
async fn service_codes(app: &App, pool: &sqlx::PgPool) -> Result<()> {
    let summary = match app.global.operator {
        None if !crate::access::connected_login(pool).await?.1 => {
            load_service_codes(pool, &Actor::from_environment(), true).await?
        }
        _ => app.runner(pool).run(crate::ops::service_codes::Seed).await?,
    };
    report(app, &summary)
}

/// As `seed_service_codes`; with `record_unchanged` false a load that changed nothing
/// leaves no trace (a repeated quickstart changes nothing, not even the audit trail).
pub(crate) async fn load_service_codes(
    pool: &sqlx::PgPool,
    actor: &Actor,
    record_unchanged: bool,
) -> Result<LoadSummary> {
    use crate::ops::service_codes::Seed;
    let unchanged = |s: &LoadSummary| s.inserted == 0 && s.updated == 0;
    let runner = crate::ops::Runner::new(pool, Default::default());
    if !record_unchanged {
        // Looked at first, rolled back: a load that would change nothing leaves no trace.
        let summary = runner.probe_as(actor, Scope::Platform, Seed).await?;
        if unchanged(&summary) {
            return Ok(summary);
        }
    }
    runner.run_as(actor, Scope::Platform, Seed).await
}

fn report(app: &App, summary: &LoadSummary) -> Result<()> {
    match app.global.output {
        format if format.is_table() => println!("{}", describe(summary)),
        _ => app.print_record(summary)?,
    }
    Ok(())
}

/// One sentence for people: what the load changed, or that it changed nothing.
pub(crate) fn describe(summary: &LoadSummary) -> String {
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

impl Tabular for SeededClinic {
    fn headers() -> Vec<&'static str> {
        vec!["organization", "created", "patients", "policies", "authorizations"]
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.organization.clone(),
            self.created.to_string(),
            self.patients.to_string(),
            self.policies.to_string(),
            self.authorizations.to_string(),
        ]
    }
}

async fn demo(app: &App, pool: &sqlx::PgPool, args: DemoArgs) -> Result<()> {
    if args.orgs == 0 || args.orgs > 999 {
        return Err(super::bad_flag("--orgs", "must be from 1 to 999"));
    }
    let runner = app.runner(pool);
    runner.run(crate::ops::service_codes::Seed).await?;
    let progress = app.ui.progress_count(u64::from(args.orgs), "clinics");
    let started = std::time::Instant::now();
    let mut seeded = Vec::new();
    for number in 1..=args.orgs {
        let clinic = SeedClinic { number, seed: args.seed, patients: args.patients_per_org };
        seeded.push(runner.run(clinic).await?);
        progress.inc(1);
    }
    progress.finish_and_clear();
    let created = seeded.iter().filter(|s| s.created).count();
    app.ui.info(format!(
        "{created} demo clinic(s) created, {} already there, in {:.1} s",
        seeded.len() - created,
        started.elapsed().as_secs_f64()
    ));
    app.print_list(&seeded)
}
