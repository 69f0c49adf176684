//! `omnictl insurance`: patients' insurance policies. Policies are PHI: every list and
//! export is audited. A clinic's users may read; its ADMIN adds, changes, ends, removes
//! and imports. At most one active primary policy per patient, enforced by the database.

use anyhow::{Result, bail};
use futures_util::TryStreamExt;

use super::{App, bulk};
use crate::cli::insurance::InsuranceCommand;
use crate::db::Schema;
use crate::import::insurances::{COLUMNS, Insurances};
use crate::ops::insurances as ops;
use crate::output::{self, Tabular};
use crate::store::insurances::Policy;

pub async fn run(app: &App, command: InsuranceCommand) -> Result<()> {
    let pool = app.connect(Schema::Current).await?;
    let runner = app.runner(&pool);
    let result = match command {
        InsuranceCommand::Add(args) => {
            let input = ops::PolicyInput {
                payer_name: Some(args.payer),
                payer_id: args.payer_id,
                member_number: Some(args.member_number),
                group_number: args.group,
                plan_name: args.plan,
                relationship: Some(args.relationship),
                coverage_start: None,
                coverage_end: None,
                priority: Some(args.priority),
            };
            let add = ops::Add { patient: args.patient, input, start: args.start, end: args.end };
            let policy = runner.run(add).await.map_err(with_flags)?;
            app.ui
                .info(format!("added the {} policy of the patient {}", policy.priority, policy.medical_record_number));
            app.print_record(&policy)
        }
        InsuranceCommand::List(args) => {
            let policies = runner.run(ops::List { patient: args.patient }).await?;
            app.print_list(&policies)
        }
        InsuranceCommand::Update(args) => {
            // An empty --end removes the end; any other value is a date like every other.
            let end = match args.end.as_deref().map(str::trim) {
                Some("") => Some(None),
                Some(text) => Some(Some(super::date_flag("--end", text)?)),
                None => None,
            };
            let input = ops::PolicyInput {
                payer_name: args.payer,
                payer_id: args.payer_id,
                member_number: args.member_number,
                group_number: args.group,
                plan_name: args.plan,
                relationship: args.relationship,
                coverage_start: None,
                coverage_end: None,
                priority: args.priority,
            };
            let update = ops::Update { policy: args.policy, input, start: args.start, end };
            let policy = runner.run(update).await.map_err(with_flags)?;
            app.print_record(&policy)
        }
        InsuranceCommand::End(args) => {
            let affected = args.affected.choice()?;
            let policy =
                runner.run(ops::End { policy: args.policy, date: args.date, affected }).await.map_err(with_flags)?;
            let end = policy.coverage_end.map(|d| d.to_string()).unwrap_or_default();
            app.ui.info(format!(
                "the {} policy of the patient {} ends on {end}",
                policy.payer_name, policy.medical_record_number
            ));
            app.print_record(&policy)
        }
        InsuranceCommand::Remove(args) => {
            if !app.ui.confirm(&format!("Delete the insurance policy {} for good?", args.policy), app.global.yes)? {
                bail!("nothing was removed");
            }
            let removed = runner.run(ops::Remove { policy: args.policy }).await?;
            app.ui.info(format!(
                "removed the {} policy of the patient {}",
                removed.payer_name, removed.medical_record_number
            ));
            // The policy as it was, for the record of whoever removed it.
            app.print_record(&removed)
        }
        InsuranceCommand::Import(args) => bulk::import(app, &pool, Insurances, args).await,
        InsuranceCommand::Export => export(app, &pool).await,
    };
    pool.close().await;
    result
}

/// A policy's problems named by the flags that set the fields.
fn with_flags(error: anyhow::Error) -> anyhow::Error {
    crate::ops::Invalid::with_flags(error, |column| {
        match column {
            "payer_name" => "--payer",
            "subscriber_relationship" => "--relationship",
            "coverage_start" => "--start",
            "coverage_end" => "--end",
            "group_number" => "--group",
            "plan_name" => "--plan",
            "payer_id" => "--payer-id",
            "member_number" => "--member-number",
            "priority" => "--priority",
            _ => "--patient",
        }
        .to_string()
    })
}

async fn export(app: &App, pool: &sqlx::PgPool) -> Result<()> {
    let (completed, count) = app
        .runner(pool)
        .stream(&ops::exporting(), async |tx, _session, count| {
            let mut writer = csv::Writer::from_writer(std::io::BufWriter::new(std::io::stdout().lock()));
            writer.write_record(COLUMNS.names)?;
            let mut rows = ops::export(tx);
            while let Some(p) = rows.try_next().await? {
                writer.write_record(import_cells(&p))?;
                *count += 1;
            }
            writer.flush()?;
            anyhow::Ok(())
        })
        .await?;
    if completed {
        app.ui.info(format!("exported {count} insurance policy(ies)"));
    }
    Ok(())
}

/// A policy as a row of the import's columns (`COLUMNS`): export and `-o csv` write it,
/// `insurance import` reads it back.
fn import_cells(p: &Policy) -> Vec<String> {
    vec![
        p.medical_record_number.clone(),
        p.payer_name.clone(),
        output::cell(p.payer_id.clone()),
        p.member_number.clone(),
        output::cell(p.group_number.clone()),
        output::cell(p.plan_name.clone()),
        p.subscriber_relationship.clone(),
        p.coverage_start.to_string(),
        output::cell(p.coverage_end),
        p.priority.clone(),
    ]
}

impl Tabular for Policy {
    fn csv_headers() -> Vec<&'static str> {
        COLUMNS.names.to_vec()
    }

    fn csv_cells(&self) -> Vec<String> {
        import_cells(self)
    }

    fn headers() -> Vec<&'static str> {
        vec![
            "mrn",
            "payer",
            "payer id",
            "member number",
            "group",
            "plan",
            "relationship",
            "start",
            "end",
            "priority",
            "active",
            "id",
        ]
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.medical_record_number.clone(),
            self.payer_name.clone(),
            output::cell(self.payer_id.clone()),
            self.member_number.clone(),
            output::cell(self.group_number.clone()),
            output::cell(self.plan_name.clone()),
            self.subscriber_relationship.clone(),
            self.coverage_start.to_string(),
            output::cell(self.coverage_end),
            self.priority.clone(),
            if self.is_active { "yes" } else { "no" }.to_string(),
            self.id.to_string(),
        ]
    }
}
