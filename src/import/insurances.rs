//! Importing insurance policies from CSV. Each row names its patient by MRN; the
//! patients must be in the organization already.

use anyhow::{Result, bail};
use chrono::NaiveDate;

use super::{
    ColumnSpec, CsvInput, ErrorReport, ImportSummary, Importer, Mode, Phase, RowError, copy_field, copy_new_id,
    report_repeated, stage,
};
use crate::audit::CommandTx;
use crate::domain::ids::OrganizationId;
use crate::domain::insurance::{InsuranceFields, InsuranceText, is_active, validate_insurance};
use crate::domain::problems::Problem;
use crate::store::insurance_import::{self, Refused};

/// The insurance file's columns (also the export's, in this order).
pub(crate) const COLUMNS: ColumnSpec = ColumnSpec {
    names: &[
        "medical_record_number",
        "payer_name",
        "payer_id",
        "member_number",
        "group_number",
        "plan_name",
        "subscriber_relationship",
        "coverage_start",
        "coverage_end",
        "priority",
    ],
    required: &["medical_record_number", "payer_name", "member_number", "coverage_start"],
};

/// The insurance import.
#[derive(Debug, Default)]
pub(crate) struct Insurances;

impl Importer for Insurances {
    const ACTION: crate::ops::Action = crate::ops::Action::InsuranceImport;
    const NEED: crate::access::Need = crate::ops::insurances::WRITERS;
    const ENTITY: &'static str = "insurance";
    const COLUMNS: ColumnSpec = COLUMNS;

    async fn run(
        &self,
        tx: &mut CommandTx,
        organization_id: OrganizationId,
        input: CsvInput,
        mode: Mode,
        report: &mut ErrorReport,
    ) -> Result<ImportSummary> {
        // A policy is active when its coverage has not ended by the clinic's today.
        let today = crate::store::organizations::local_now(tx.conn(), organization_id).await?.date();
        super::staging_in_memory(tx.conn()).await?;
        insurance_import::create_staging(tx.conn()).await?;
        let phase = input.phase();
        let mut summary =
            stage(tx.conn(), &insurance_import::copy_statement(), input, report, |input, record, line, buffer| {
                let get = |index: usize| input.field(record, index);
                let text = InsuranceText {
                    medical_record_number: get(0),
                    payer_name: get(1),
                    payer_id: get(2),
                    member_number: get(3),
                    group_number: get(4),
                    plan_name: get(5),
                    relationship: get(6),
                    coverage_start: get(7),
                    coverage_end: get(8),
                    priority: get(9),
                };
                let policy = validate_insurance(&text)
                    .map_err(|errors| errors.into_iter().map(|e| (e.column, e.reason)).collect::<Vec<_>>())?;
                encode(buffer, line, &policy, today);
                Ok(())
            })
            .await?;
        phase.set(Phase::Checking);
        super::linear_plans(tx.conn(), true).await?;

        insurance_import::repeated_in_file(tx.conn(), |r| {
            let key = format!(
                "the policy of MRN {} with {} member number {}",
                r.medical_record_number, r.payer_name, r.member_number
            );
            report_repeated(report, "member_number", &key, &r.lines)
        })
        .await?;
        insurance_import::competing_primaries_in_file(tx.conn(), |mrn, lines| {
            let all: Vec<String> = lines.iter().map(i64::to_string).collect();
            for line in &lines {
                report.push(RowError {
                    line: *line as u64,
                    column: "priority".to_string(),
                    reason: format!(
                        "MRN {mrn} has more than one active primary policy in the file (lines {}); make all but one \
                         secondary or tertiary",
                        all.join(", ")
                    ),
                })?;
            }
            Ok(())
        })
        .await?;
        insurance_import::refused(tx.conn(), organization_id, mode == Mode::Insert, |refused| {
            report.push(describe(refused)?)
        })
        .await?;
        summary.errors = report.count();
        if summary.errors > 0 {
            return Ok(summary);
        }
        let audit_id = tx.audit_id();
        phase.set(Phase::Writing);
        let moved = insurance_import::apply(tx.conn(), organization_id, audit_id, mode == Mode::Upsert).await?;
        super::linear_plans(tx.conn(), false).await?;
        Ok(summary.moved(moved.created, moved.updated))
    }
}

fn describe(refused: Refused) -> Result<RowError> {
    let mrn = refused.medical_record_number;
    let (column, reason) = match refused.problem {
        Problem::NoPatient => (
            "medical_record_number",
            format!("no patient with MRN {mrn} in this organization (import the patients first)"),
        ),
        Problem::ArchivedPatient => {
            ("medical_record_number", format!("the patient with MRN {mrn} is archived (unarchive them first)"))
        }
        Problem::Exists => (
            "member_number",
            format!("the patient with MRN {mrn} already has this policy (use --mode upsert to update it)"),
        ),
        Problem::PrimaryTaken => (
            "priority",
            format!(
                "the patient with MRN {mrn} already has an active primary policy ({}); end it, or import this one \
                 as secondary",
                refused.other.unwrap_or_default()
            ),
        ),
        Problem::NoCode | Problem::NoPolicy => {
            bail!("the policy check reported {:?}, a problem of authorizations", refused.problem)
        }
    };
    Ok(RowError { line: refused.line as u64, column: column.to_string(), reason })
}

fn encode(buffer: &mut Vec<u8>, line: u64, policy: &InsuranceFields, today: NaiveDate) {
    buffer.extend_from_slice(line.to_string().as_bytes());
    buffer.push(b'\t');
    copy_new_id(buffer);
    let start = policy.coverage_start.to_string();
    let end = policy.coverage_end.map(|d| d.to_string());
    let active = if is_active(policy.coverage_end, today) { "t" } else { "f" };
    let values = [
        Some(policy.medical_record_number.as_str()),
        Some(policy.payer_name.as_str()),
        policy.payer_id.as_deref(),
        Some(policy.member_number.as_str()),
        policy.group_number.as_deref(),
        policy.plan_name.as_deref(),
        Some(policy.relationship.as_sql()),
        Some(start.as_str()),
        end.as_deref(),
        Some(policy.priority.as_sql()),
        Some(active),
    ];
    for value in values {
        buffer.push(b'\t');
        copy_field(buffer, value);
    }
    buffer.push(b'\n');
}
