//! `omnictl insurance`: patients' insurance policies. Policies are PHI: every list and
//! export is audited. A clinic's users may read; its ADMIN adds, changes, ends, removes
//! and imports. At most one active primary policy per patient, enforced by the database.

use crate::domain::dates::DateArg;
use crate::domain::ids::{Key, PatientId, PolicyId};
use anyhow::{Result, bail};
use clap::{Args, Subcommand};
use futures_util::TryStreamExt;

use super::{App, bulk};
use crate::db::Schema;
use crate::domain::insurance::{Priority, Relationship};
use crate::import::insurances::{COLUMNS, Insurances};
use crate::ops::insurances as ops;
use crate::output::{self, Tabular};
use crate::store::insurances::Policy;

#[derive(Debug, Subcommand)]
pub enum InsuranceCommand {
    /// Add a policy to a patient.
    Add(AddArgs),
    /// List a patient's policies.
    List(ListArgs),
    /// Change a policy's fields (an empty value clears an optional field).
    Update(UpdateArgs),
    /// End a policy's coverage on a date (today by default); it is kept, and inactive
    /// once the date has passed.
    End(EndArgs),
    /// Delete a policy entered by mistake (refused when authorizations refer to it).
    Remove(PolicyArgs),
    /// Import policies from CSV (FILE, or - for stdin): all rows land or none.
    ///
    /// Columns (header names in any order and case): medical_record_number, payer_name,
    /// member_number, coverage_start (required), payer_id, group_number, plan_name,
    /// subscriber_relationship (self, spouse, child, other; default self), coverage_end,
    /// priority (primary, secondary, tertiary; default primary). The MRN must name a
    /// patient of the organization. Dates are YYYY-MM-DD or M/D/YYYY.
    Import(bulk::ImportArgs),
    /// Export every policy as CSV in the import's columns, to stdout.
    Export,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The patient's MRN or id.
    #[arg(long)]
    pub patient: Key<PatientId>,
    /// The payer's name, e.g. "Blue Cross Blue Shield".
    #[arg(long)]
    pub payer: String,
    /// The payer's id (electronic payer id).
    #[arg(long)]
    pub payer_id: Option<String>,
    /// The member (subscriber) number on the card.
    #[arg(long)]
    pub member_number: String,
    /// The group number on the card.
    #[arg(long)]
    pub group: Option<String>,
    /// The plan's name.
    #[arg(long)]
    pub plan: Option<String>,
    /// The patient's relationship to the subscriber.
    #[arg(long, value_enum, default_value_t = Relationship::SelfInsured)]
    pub relationship: Relationship,
    /// Coverage start (YYYY-MM-DD, M/D/YYYY, today …).
    #[arg(long, value_name = "DATE", value_parser = DateArg::parse, allow_hyphen_values = true)]
    pub start: DateArg,
    /// Coverage end (inclusive).
    #[arg(long, value_name = "DATE", value_parser = DateArg::parse, allow_hyphen_values = true)]
    pub end: Option<DateArg>,
    /// primary, secondary or tertiary (one active primary per patient).
    #[arg(long, value_enum, default_value_t = Priority::Primary)]
    pub priority: Priority,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// The patient's MRN or id.
    #[arg(long)]
    pub patient: Key<PatientId>,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// The policy's id (see `insurance list`), or its first 8 or more characters.
    pub policy: Key<PolicyId>,
    /// A new payer name.
    #[arg(long)]
    pub payer: Option<String>,
    /// A new payer id (for claims).
    #[arg(long)]
    pub payer_id: Option<String>,
    /// A new member number.
    #[arg(long)]
    pub member_number: Option<String>,
    /// A new group number.
    #[arg(long)]
    pub group: Option<String>,
    /// A new plan name.
    #[arg(long)]
    pub plan: Option<String>,
    /// The patient's relationship to the subscriber: self, spouse, child or other.
    #[arg(long, value_enum)]
    pub relationship: Option<Relationship>,
    /// A new coverage start.
    #[arg(long, value_name = "DATE", value_parser = DateArg::parse, allow_hyphen_values = true)]
    pub start: Option<DateArg>,
    /// A new coverage end; an empty value removes it.
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub end: Option<String>,
    /// primary, secondary or tertiary.
    #[arg(long, value_enum)]
    pub priority: Option<Priority>,
}

#[derive(Debug, Args)]
pub struct EndArgs {
    /// The policy's id, or its first 8 or more characters.
    pub policy: Key<PolicyId>,
    /// The last day of coverage (default: today).
    #[arg(long, value_name = "DATE", value_parser = DateArg::parse, allow_hyphen_values = true)]
    pub date: Option<DateArg>,
    #[command(flatten)]
    pub affected: super::AffectedArgs,
}

#[derive(Debug, Args)]
pub struct PolicyArgs {
    /// The policy's id, or its first 8 or more characters.
    pub policy: Key<PolicyId>,
}

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
            output::print_record(app.global.output, &policy)
        }
        InsuranceCommand::List(args) => {
            let policies = runner.run(ops::List { patient: args.patient }).await?;
            output::print_list(app.global.output, &policies)
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
            output::print_record(app.global.output, &policy)
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
            output::print_record(app.global.output, &policy)
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
            output::print_record(app.global.output, &removed)
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
