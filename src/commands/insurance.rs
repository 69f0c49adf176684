//! `omnictl insurance`: patients' insurance policies. Policies are PHI: every list and
//! export is audited. A clinic's users may read; its ADMIN adds, changes, ends, removes
//! and imports. At most one active primary policy per patient, enforced by the database.

use anyhow::{Result, anyhow, bail};
use chrono::{NaiveDate, Utc};
use clap::{Args, Subcommand};
use futures_util::TryStreamExt;
use uuid::Uuid;

use super::{App, bulk};
use crate::access::{self, Need};
use crate::audit::{AuditEntry, CommandTx};
use crate::db::Schema;
use crate::domain::dates::parse_date;
use crate::domain::insurance::{InsuranceText, Priority, Relationship, is_active, validate_insurance};
use crate::domain::patient::FieldError;
use crate::import::insurances::{COLUMNS, Insurances};
use crate::output::{self, Tabular};
use crate::store::insurances::{self, Policy};
use crate::store::patients;

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
    pub patient: String,
    /// The payer's name, e.g. "Blue Cross Blue Shield".
    #[arg(long)]
    pub payer: String,
    /// The payer's id (electronic payer id).
    #[arg(long)]
    pub payer_id: Option<String>,
    #[arg(long)]
    pub member_number: String,
    #[arg(long)]
    pub group: Option<String>,
    #[arg(long)]
    pub plan: Option<String>,
    /// The patient's relationship to the subscriber.
    #[arg(long, value_enum, default_value_t = Relationship::SelfInsured)]
    pub relationship: Relationship,
    /// Coverage start, YYYY-MM-DD or M/D/YYYY.
    #[arg(long)]
    pub start: String,
    /// Coverage end, YYYY-MM-DD or M/D/YYYY.
    #[arg(long)]
    pub end: Option<String>,
    #[arg(long, value_enum, default_value_t = Priority::Primary)]
    pub priority: Priority,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// The patient's MRN or id.
    #[arg(long)]
    pub patient: String,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// The policy's id (see `insurance list`).
    pub policy: Uuid,
    #[arg(long)]
    pub payer: Option<String>,
    #[arg(long)]
    pub payer_id: Option<String>,
    #[arg(long)]
    pub member_number: Option<String>,
    #[arg(long)]
    pub group: Option<String>,
    #[arg(long)]
    pub plan: Option<String>,
    #[arg(long, value_enum)]
    pub relationship: Option<Relationship>,
    #[arg(long)]
    pub start: Option<String>,
    /// Coverage end; an empty value removes it.
    #[arg(long)]
    pub end: Option<String>,
    #[arg(long, value_enum)]
    pub priority: Option<Priority>,
}

#[derive(Debug, Args)]
pub struct EndArgs {
    /// The policy's id.
    pub policy: Uuid,
    /// The last day of coverage, YYYY-MM-DD or M/D/YYYY (default: today).
    #[arg(long)]
    pub date: Option<String>,
}

#[derive(Debug, Args)]
pub struct PolicyArgs {
    /// The policy's id.
    pub policy: Uuid,
}

/// Reading and writing policies: any clinic user reads; changes need an ADMIN.
const READ: Need = Need::PatientData { staff: true };
const WRITE: Need = Need::PatientData { staff: false };

pub async fn run(app: &App, command: InsuranceCommand) -> Result<()> {
    let pool = app.connect(Schema::Current).await?;
    let result = match command {
        InsuranceCommand::Add(args) => add(app, &pool, args).await,
        InsuranceCommand::List(args) => list(app, &pool, args).await,
        InsuranceCommand::Update(args) => update(app, &pool, args).await,
        InsuranceCommand::End(args) => end(app, &pool, args).await,
        InsuranceCommand::Remove(args) => remove(app, &pool, args).await,
        InsuranceCommand::Import(args) => bulk::import::<Insurances>(app, &pool, WRITE, args).await,
        InsuranceCommand::Export => export(app, &pool).await,
    };
    pool.close().await;
    result
}

fn today() -> NaiveDate {
    Utc::now().date_naive()
}

async fn find_patient(tx: &mut CommandTx, key: &str) -> Result<patients::Patient> {
    patients::require(tx.conn(), key).await
}

async fn find_policy(tx: &mut CommandTx, id: Uuid) -> Result<Policy> {
    insurances::find(tx.conn(), id)
        .await?
        .ok_or_else(|| crate::error::not_found(format!("no insurance policy with id {id} in this organization")))
}

fn field_errors(errors: Vec<FieldError>) -> anyhow::Error {
    let flag = |column: &str| match column {
        "payer_name" => "--payer",
        "subscriber_relationship" => "--relationship",
        "coverage_start" => "--start",
        "coverage_end" => "--end",
        "group_number" => "--group",
        "plan_name" => "--plan",
        "payer_id" => "--payer-id",
        "member_number" => "--member-number",
        _ => "--patient",
    };
    let lines: Vec<String> = errors.iter().map(|e| format!("{}: {}", flag(e.column), e.reason)).collect();
    anyhow!("the policy is not valid:\n  {}", lines.join("\n  "))
}

/// The audit names of a policy's fields (all of them PHI: names only).
const POLICY_FIELDS: [&str; 10] = [
    "payer_name",
    "payer_id",
    "member_number",
    "group_number",
    "plan_name",
    "subscriber_relationship",
    "coverage_start",
    "coverage_end",
    "priority",
    "is_active",
];

fn policy_values(p: &Policy) -> [String; 10] {
    [
        p.payer_name.clone(),
        p.payer_id.clone().unwrap_or_default(),
        p.member_number.clone(),
        p.group_number.clone().unwrap_or_default(),
        p.plan_name.clone().unwrap_or_default(),
        p.subscriber_relationship.clone(),
        p.coverage_start.to_string(),
        p.coverage_end.map(|d| d.to_string()).unwrap_or_default(),
        p.priority.clone(),
        p.is_active.to_string(),
    ]
}

/// The entry of a change from `before` (None when created) to `after`: names of the
/// fields that differ.
fn change_entry(action: &str, before: Option<&Policy>, after: &Policy) -> AuditEntry {
    let new = policy_values(after);
    let mut entry =
        AuditEntry::new(action).entity("insurance", after.id).detail("patient", after.patient_id.to_string());
    for (index, name) in POLICY_FIELDS.iter().enumerate() {
        let changed = match before {
            Some(before) => policy_values(before)[index] != new[index],
            None => !new[index].is_empty(),
        };
        if changed {
            entry = entry.changed_phi(name);
        }
    }
    entry
}

async fn add(app: &App, pool: &sqlx::PgPool, args: AddArgs) -> Result<()> {
    const ACTION: &str = "insurance.create";
    let session = access::authorize(pool, &app.global, ACTION, WRITE).await?;
    let organization_id = session.clinic()?.id;
    let policy = session
        .transact(pool, ACTION, async |tx| {
            let patient = find_patient(tx, &args.patient).await?;
            if patient.archived_at.is_some() {
                bail!("the patient {} is archived: unarchive them first", patient.medical_record_number);
            }
            let fields = validate_insurance(&InsuranceText {
                medical_record_number: Some(&patient.medical_record_number),
                payer_name: Some(&args.payer),
                payer_id: args.payer_id.as_deref(),
                member_number: Some(&args.member_number),
                group_number: args.group.as_deref(),
                plan_name: args.plan.as_deref(),
                relationship: Some(args.relationship.as_sql()),
                coverage_start: Some(&args.start),
                coverage_end: args.end.as_deref(),
                priority: Some(args.priority.as_sql()),
            })
            .map_err(field_errors)?;
            let active = is_active(fields.coverage_end, today());
            let id =
                insurances::create(tx.conn(), organization_id, patient.id, &fields, active).await.map_err(|e| {
                    e.context(format!("could not add the policy to the patient {}", patient.medical_record_number))
                })?;
            let policy = find_policy(tx, id).await?;
            Ok((policy.clone(), change_entry(ACTION, None, &policy)))
        })
        .await?;
    app.ui.info(format!("added the {} policy of the patient {}", policy.priority, policy.medical_record_number));
    output::print_record(app.global.output, &policy)
}

async fn list(app: &App, pool: &sqlx::PgPool, args: ListArgs) -> Result<()> {
    const ACTION: &str = "insurance.read";
    let session = access::authorize(pool, &app.global, ACTION, READ).await?;
    let policies = session
        .transact(pool, ACTION, async |tx| {
            let patient = find_patient(tx, &args.patient).await?;
            let policies = insurances::list(tx.conn(), patient.id).await?;
            let entry = AuditEntry::new(ACTION)
                .entity("patient", patient.id)
                .detail("command", "insurance list")
                .detail("count", policies.len());
            Ok((policies, entry))
        })
        .await?;
    output::print_list(app.global.output, &policies)
}

async fn update(app: &App, pool: &sqlx::PgPool, args: UpdateArgs) -> Result<()> {
    const ACTION: &str = "insurance.update";
    let session = access::authorize(pool, &app.global, ACTION, WRITE).await?;
    let policy = session
        .transact(pool, ACTION, async |tx| {
            let before = find_policy(tx, args.policy).await?;
            // A flag given replaces the value (empty clears an optional one); a flag not
            // given keeps it.
            let pick = |new: &Option<String>, old: Option<&str>| -> Option<String> {
                match new {
                    Some(value) => Some(value.clone()),
                    None => old.map(str::to_string),
                }
            };
            let payer_id = pick(&args.payer_id, before.payer_id.as_deref());
            let group = pick(&args.group, before.group_number.as_deref());
            let plan = pick(&args.plan, before.plan_name.as_deref());
            let end = pick(&args.end, before.coverage_end.map(|d| d.to_string()).as_deref());
            let start = args.start.clone().unwrap_or_else(|| before.coverage_start.to_string());
            let relationship = args.relationship.map(|r| r.as_sql().to_string());
            let priority = args.priority.map(|p| p.as_sql().to_string());
            let fields = validate_insurance(&InsuranceText {
                medical_record_number: Some(&before.medical_record_number),
                payer_name: Some(args.payer.as_deref().unwrap_or(&before.payer_name)),
                payer_id: payer_id.as_deref(),
                member_number: Some(args.member_number.as_deref().unwrap_or(&before.member_number)),
                group_number: group.as_deref(),
                plan_name: plan.as_deref(),
                relationship: Some(relationship.as_deref().unwrap_or(&before.subscriber_relationship)),
                coverage_start: Some(&start),
                coverage_end: end.as_deref(),
                priority: Some(priority.as_deref().unwrap_or(&before.priority)),
            })
            .map_err(field_errors)?;
            let active = is_active(fields.coverage_end, today());
            insurances::update(tx.conn(), before.id, &fields, active)
                .await
                .map_err(|e| e.context(format!("could not update the policy {}", before.id)))?;
            let after = find_policy(tx, before.id).await?;
            Ok((after.clone(), change_entry(ACTION, Some(&before), &after)))
        })
        .await?;
    output::print_record(app.global.output, &policy)
}

async fn end(app: &App, pool: &sqlx::PgPool, args: EndArgs) -> Result<()> {
    const ACTION: &str = "insurance.end";
    let session = access::authorize(pool, &app.global, ACTION, WRITE).await?;
    let date = match &args.date {
        Some(text) => parse_date(text).map_err(|reason| anyhow!("--date: {reason}"))?,
        None => today(),
    };
    let policy = session
        .transact(pool, ACTION, async |tx| {
            let before = find_policy(tx, args.policy).await?;
            if date < before.coverage_start {
                bail!("coverage cannot end on {date}, before it starts ({})", before.coverage_start);
            }
            let fields = validate_insurance(&InsuranceText {
                medical_record_number: Some(&before.medical_record_number),
                payer_name: Some(&before.payer_name),
                payer_id: before.payer_id.as_deref(),
                member_number: Some(&before.member_number),
                group_number: before.group_number.as_deref(),
                plan_name: before.plan_name.as_deref(),
                relationship: Some(&before.subscriber_relationship),
                coverage_start: Some(&before.coverage_start.to_string()),
                coverage_end: Some(&date.to_string()),
                priority: Some(&before.priority),
            })
            .map_err(field_errors)?;
            insurances::update(tx.conn(), before.id, &fields, is_active(Some(date), today())).await?;
            let after = find_policy(tx, before.id).await?;
            Ok((after.clone(), change_entry(ACTION, Some(&before), &after)))
        })
        .await?;
    app.ui.info(format!(
        "the {} policy of the patient {} ends on {date}",
        policy.payer_name, policy.medical_record_number
    ));
    output::print_record(app.global.output, &policy)
}

async fn remove(app: &App, pool: &sqlx::PgPool, args: PolicyArgs) -> Result<()> {
    const ACTION: &str = "insurance.remove";
    let session = access::authorize(pool, &app.global, ACTION, WRITE).await?;
    if !app.ui.confirm(&format!("Delete the insurance policy {} for good?", args.policy), app.global.yes)? {
        bail!("nothing was removed");
    }
    let removed = session
        .transact(pool, ACTION, async |tx| {
            let before = find_policy(tx, args.policy).await?;
            insurances::remove(tx.conn(), before.id)
                .await
                .map_err(|e| e.context(format!("could not remove the policy {}", before.id)))?;
            let entry = AuditEntry::new(ACTION)
                .entity("insurance", before.id)
                .detail("patient", before.patient_id.to_string())
                .changed_phi("payer_name")
                .changed_phi("member_number");
            Ok((before, entry))
        })
        .await?;
    app.ui.info(format!("removed the {} policy of the patient {}", removed.payer_name, removed.medical_record_number));
    Ok(())
}

async fn export(app: &App, pool: &sqlx::PgPool) -> Result<()> {
    const ACTION: &str = "insurance.read";
    let session = access::authorize(pool, &app.global, ACTION, READ).await?;
    let entry = AuditEntry::new(ACTION).entity_type("insurance").detail("command", "insurance export");
    let mut outflow = session.begin_outflow(pool, entry).await?;
    let mut count: u64 = 0;
    let streamed = async {
        let mut writer = csv::Writer::from_writer(std::io::BufWriter::new(std::io::stdout().lock()));
        writer.write_record(COLUMNS.names)?;
        let mut rows = insurances::export(outflow.conn());
        while let Some(p) = rows.try_next().await? {
            writer.write_record([
                p.medical_record_number.as_str(),
                &p.payer_name,
                p.payer_id.as_deref().unwrap_or_default(),
                &p.member_number,
                p.group_number.as_deref().unwrap_or_default(),
                p.plan_name.as_deref().unwrap_or_default(),
                &p.subscriber_relationship,
                &p.coverage_start.to_string(),
                &p.coverage_end.map(|d| d.to_string()).unwrap_or_default(),
                &p.priority,
            ])?;
            count += 1;
        }
        writer.flush()?;
        anyhow::Ok(())
    }
    .await;
    if outflow.finish(count, streamed).await? {
        app.ui.info(format!("exported {count} insurance policy(ies)"));
    }
    Ok(())
}

impl Tabular for Policy {
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
