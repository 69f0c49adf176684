//! Importing patients from CSV.

use anyhow::{Result, bail};
use chrono::NaiveDate;

use super::{
    ColumnSpec, CsvInput, ErrorReport, ImportSummary, Importer, Mode, Phase, RowError, copy_field, copy_new_id,
    report_repeated, stage_keyed,
};
use crate::audit::CommandTx;
use crate::domain::ids::OrganizationId;
use crate::domain::patient::{PatientFields, optional, required, validate_patient};
use crate::store::patient_import;

/// The patient file's columns (also the export's, in this order).
pub(crate) const COLUMNS: ColumnSpec = ColumnSpec {
    names: &[
        "medical_record_number",
        "first_name",
        "last_name",
        "date_of_birth",
        "gender",
        "email",
        "phone",
        "address_line1",
        "address_line2",
        "city",
        "state",
        "postal_code",
        "guardian_name",
        "guardian_phone",
    ],
    required: &["medical_record_number", "first_name", "last_name", "date_of_birth"],
};

/// The patient import.
#[derive(Debug, Default)]
pub(crate) struct Patients;

impl Importer for Patients {
    const ACTION: crate::ops::Action = crate::ops::Action::PatientImport;
    const NEED: crate::access::Need = crate::ops::patients::WRITERS;
    const ENTITY: &'static str = "patient";
    const COLUMNS: ColumnSpec = COLUMNS;
    const ON_A_CLUSTER: bool = true;

    async fn run(
        &self,
        tx: &mut CommandTx,
        organization_id: OrganizationId,
        input: CsvInput,
        mode: Mode,
        report: &mut ErrorReport,
    ) -> Result<ImportSummary> {
        let today = crate::domain::patient::latest_birth_date();
        super::staging_in_memory(tx.conn()).await?;
        let staging = patient_import::create_staging(tx.conn(), organization_id).await?;
        let phase = input.phase();
        let mut summary = stage_keyed(
            tx.conn(),
            &patient_import::copy_statement(&staging),
            input,
            report,
            |input, record, line, buffer| {
                let patient = fields(input, record, today)?;
                encode(buffer, line, &patient);
                Ok(())
            },
            |input, record, line, buffer| {
                // The MRN of a refused line, when the MRN itself is valid.
                if let Ok(mrn) = required(COLUMNS.names[0], input.field(record, 0))
                    && crate::domain::patient::valid_mrn(&mrn)
                {
                    encode_refused(buffer, line, &mrn);
                }
            },
        )
        .await?;
        super::linear_plans(tx.conn(), true).await?;
        let audit_id = tx.audit_id();
        // A clean file in insert mode is written at once: the unique MRN key checks it
        // as it goes, and only a refused write needs the checks that say which lines.
        if mode == Mode::Insert && report.count() == 0 {
            phase.set(Phase::Writing);
            if let Some(created) = patient_import::insert_new(tx.conn(), organization_id, audit_id).await? {
                super::linear_plans(tx.conn(), false).await?;
                staging.clear(tx.conn()).await?;
                return Ok(summary.moved(created, 0));
            }
        }
        phase.set(Phase::Checking);
        patient_import::repeated_in_file(tx.conn(), &staging, |repeated| {
            report_repeated(
                report,
                "medical_record_number",
                &format!("MRN {}", repeated.medical_record_number),
                &repeated.lines,
            )
        })
        .await?;
        if mode == Mode::Insert {
            patient_import::existing(tx.conn(), organization_id, |line, mrn| {
                report.push(RowError {
                    line: line as u64,
                    column: "medical_record_number".to_string(),
                    reason: format!("a patient with MRN {mrn} already exists (use --mode upsert to update it)"),
                })
            })
            .await?;
        }
        summary.errors = report.count();
        if summary.errors > 0 {
            return Ok(summary);
        }
        if mode == Mode::Insert {
            // Refused, yet no MRN is taken now: another command wrote one and undid it.
            bail!(
                "another command was adding patients with this file's MRNs at the same time and has since undone it; \
                 run the import again"
            );
        }
        phase.set(Phase::Writing);
        let moved = patient_import::upsert(tx.conn(), organization_id, audit_id).await?;
        super::linear_plans(tx.conn(), false).await?;
        staging.clear(tx.conn()).await?;
        Ok(summary.moved(moved.created, moved.updated))
    }
}

/// One record's fields, validated; or every problem with it.
fn fields(
    input: &CsvInput,
    record: &csv::StringRecord,
    today: NaiveDate,
) -> Result<PatientFields, Vec<(&'static str, String)>> {
    let get = |index: usize| input.field(record, index);
    let mut errors = Vec::new();
    let mut take_required = |index: usize| match required(COLUMNS.names[index], get(index)) {
        Ok(value) => value,
        Err(error) => {
            errors.push((error.column, error.reason));
            String::new()
        }
    };
    let medical_record_number = take_required(0);
    let first_name = take_required(1);
    let last_name = take_required(2);
    let fields = PatientFields {
        medical_record_number,
        first_name,
        last_name,
        date_of_birth: None,
        gender: optional(get(4)),
        email: optional(get(5)),
        phone: optional(get(6)),
        address_line1: optional(get(7)),
        address_line2: optional(get(8)),
        city: optional(get(9)),
        state: optional(get(10)),
        postal_code: optional(get(11)),
        guardian_name: optional(get(12)),
        guardian_phone: optional(get(13)),
    };
    let validated = validate_patient(fields, get(3), today);
    match validated {
        Ok(fields) if errors.is_empty() => Ok(fields),
        Ok(_) => Err(errors),
        Err(more) => {
            // A missing date of birth is already reported by its own check.
            errors.extend(more.into_iter().map(|e| (e.column, e.reason)));
            errors.dedup();
            Err(errors)
        }
    }
}

fn encode(buffer: &mut Vec<u8>, line: u64, patient: &PatientFields) {
    buffer.extend_from_slice(line.to_string().as_bytes());
    buffer.push(b'\t');
    copy_new_id(buffer);
    let date = patient.date_of_birth.map(|d| d.to_string());
    let values = [
        Some(patient.medical_record_number.as_str()),
        Some(patient.first_name.as_str()),
        Some(patient.last_name.as_str()),
        date.as_deref(),
        patient.gender.as_deref(),
        patient.email.as_deref(),
        patient.phone.as_deref(),
        patient.address_line1.as_deref(),
        patient.address_line2.as_deref(),
        patient.city.as_deref(),
        patient.state.as_deref(),
        patient.postal_code.as_deref(),
        patient.guardian_name.as_deref(),
        patient.guardian_phone.as_deref(),
    ];
    for value in values {
        buffer.push(b'\t');
        copy_field(buffer, value);
    }
    buffer.extend_from_slice(b"\tf\n");
}

/// A refused line's MRN alone, marked refused: checked for repeats and clashes, never
/// written.
fn encode_refused(buffer: &mut Vec<u8>, line: u64, mrn: &str) {
    buffer.extend_from_slice(line.to_string().as_bytes());
    buffer.push(b'\t');
    copy_new_id(buffer);
    buffer.push(b'\t');
    copy_field(buffer, Some(mrn));
    for _ in 0..13 {
        buffer.extend_from_slice(b"\t\\N");
    }
    buffer.extend_from_slice(b"\tt\n");
}
