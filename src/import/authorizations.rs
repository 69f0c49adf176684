//! Importing authorizations from CSV, for clinics moving from another system: each row
//! names its patient by MRN and, optionally, the policy by payer and member number; an
//! opening balance of used units becomes an ADJUST ledger entry.

use crate::domain::text::MAX_NAME;
use anyhow::{Result, bail};

use super::{
    ColumnSpec, CsvInput, ErrorReport, ImportSummary, Importer, Mode, Phase, RowError, copy_field, copy_new_id,
    report_repeated, stage,
};
use crate::audit::CommandTx;
use crate::domain::dates::parse_date;
use crate::domain::ids::OrganizationId;
use crate::domain::patient::optional;
use crate::domain::problems::Problem;
use crate::domain::scheduling::{MAX_UNITS, authorized_period, parse_total_units};
use crate::domain::text::single_line;
use crate::store::auth_import;

pub(crate) const COLUMNS: ColumnSpec = ColumnSpec {
    names: &[
        "medical_record_number",
        "service_code",
        "authorization_number",
        "start_date",
        "end_date",
        "total_units",
        "used_units",
        "payer_name",
        "member_number",
    ],
    required: &[
        "medical_record_number",
        "service_code",
        "authorization_number",
        "start_date",
        "end_date",
        "total_units",
    ],
};

#[derive(Debug, Default)]
pub(crate) struct Authorizations;

impl Importer for Authorizations {
    const ACTION: crate::ops::Action = crate::ops::Action::AuthImport;
    const NEED: crate::access::Need = crate::ops::authorizations::WRITERS;
    const ENTITY: &'static str = "authorization";
    const COLUMNS: ColumnSpec = COLUMNS;

    async fn run(
        &self,
        tx: &mut CommandTx,
        organization_id: OrganizationId,
        input: CsvInput,
        mode: Mode,
        report: &mut ErrorReport,
    ) -> Result<ImportSummary> {
        super::staging_in_memory(tx.conn()).await?;
        auth_import::create_staging(tx.conn()).await?;
        let phase = input.phase();
        let mut summary =
            stage(tx.conn(), &auth_import::copy_statement(), input, report, |input, record, line, buffer| {
                let get = |index: usize| optional(input.field(record, index));
                encode(buffer, line, std::array::from_fn(get))
            })
            .await?;
        phase.set(Phase::Checking);
        super::linear_plans(tx.conn(), true).await?;
        auth_import::repeated_in_file(tx.conn(), |number, lines| {
            report_repeated(report, "authorization_number", &format!("authorization number {number}"), &lines)
        })
        .await?;
        auth_import::refused(tx.conn(), organization_id, mode == Mode::Insert, |r| {
            let (column, reason) = match r.problem {
                Problem::NoPatient => {
                    ("medical_record_number", format!("no patient with MRN {} in this organization", r.value))
                }
                Problem::ArchivedPatient => {
                    ("medical_record_number", format!("the patient with MRN {} is archived", r.value))
                }
                Problem::NoCode => ("service_code", format!("no service code {}", r.value)),
                Problem::NoPolicy => ("member_number", format!("the patient has no policy {}", r.value)),
                Problem::Exists => (
                    "authorization_number",
                    format!("the authorization {} already exists (use --mode upsert to update it)", r.value),
                ),
                Problem::PrimaryTaken => {
                    bail!("the authorization check reported {:?}, a problem of policies", r.problem)
                }
            };
            report.push(RowError { line: r.line as u64, column: column.to_string(), reason })
        })
        .await?;
        summary.errors = report.count();
        if summary.errors > 0 {
            return Ok(summary);
        }
        let audit_id = tx.audit_id();
        phase.set(Phase::Writing);
        let (created, updated) = auth_import::apply(tx.conn(), organization_id, audit_id, mode == Mode::Upsert).await?;
        super::linear_plans(tx.conn(), false).await?;
        Ok(summary.moved(created as u64, updated as u64))
    }
}

/// Validates one row (fields in `COLUMNS` order) by the rules `auth create` checks (the
/// same functions: text, dates, the period, the total's 1 to MAX_UNITS units) and
/// appends its COPY line.
fn encode(buffer: &mut Vec<u8>, line: u64, f: [Option<String>; 9]) -> Result<(), Vec<(&'static str, String)>> {
    let mut errors = Vec::new();
    for (index, column) in COLUMNS.names.iter().enumerate().take(6) {
        if f[index].is_none() {
            errors.push((*column, "is required".to_string()));
        }
    }
    for (index, column) in COLUMNS.names.iter().enumerate() {
        if let Some(Err(reason)) = f[index].as_deref().map(|value| single_line(column, value, MAX_NAME)) {
            errors.push((*column, reason));
        }
    }
    let mut date = |index: usize, column: &'static str| {
        f[index].as_deref().and_then(|text| parse_date(text).map_err(|reason| errors.push((column, reason))).ok())
    };
    let start = date(3, "start_date");
    let end = date(4, "end_date");
    if let (Some(start), Some(end)) = (start, end)
        && let Err(reason) = authorized_period(start, end)
    {
        errors.push(("end_date", reason));
    }
    let total = f[5]
        .as_deref()
        .and_then(|text| parse_total_units(text).map_err(|reason| errors.push(("total_units", reason))).ok());
    // The opening balance: 0 when not given, never more than the total.
    let used = match f[6].as_deref() {
        None => Some(0),
        Some(text) => match text.parse::<i32>() {
            Ok(n) if (0..=MAX_UNITS).contains(&n) => Some(n),
            _ => {
                errors.push(("used_units", format!("{text:?} is not a whole number of units")));
                None
            }
        },
    };
    if let (Some(total), Some(used)) = (total, used)
        && used > total
    {
        errors.push(("used_units", format!("{used} used units is more than the total of {total}")));
    }
    if f[7].is_some() != f[8].is_some() {
        errors.push(("member_number", "give payer_name and member_number together, or neither".to_string()));
    }
    let code = f[1].as_deref().map(str::to_ascii_uppercase);
    if !errors.is_empty() {
        return Err(errors);
    }
    buffer.extend_from_slice(line.to_string().as_bytes());
    buffer.push(b'\t');
    copy_new_id(buffer);
    let start = start.map(|d| d.to_string());
    let end = end.map(|d| d.to_string());
    let total = total.map(|n| n.to_string());
    let used = used.map(|n| n.to_string());
    for value in [
        f[0].as_deref(),
        code.as_deref(),
        f[2].as_deref(),
        start.as_deref(),
        end.as_deref(),
        total.as_deref(),
        used.as_deref(),
        f[7].as_deref(),
        f[8].as_deref(),
    ] {
        buffer.push(b'\t');
        copy_field(buffer, value);
    }
    buffer.push(b'\n');
    Ok(())
}
