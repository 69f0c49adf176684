//! `omnictl patient`: the organization's patients. Reading patient data is PHI access:
//! every list, show and export is audited with what and how many. A clinic's users may
//! read; its ADMIN creates, changes, imports and archives; a super admin only under an
//! active break-glass grant. Patients are archived, never deleted.

use crate::domain::dates::DateArg;
use crate::domain::ids::{Key, PatientId};
use anyhow::Result;
use clap::{Args, Subcommand};

use super::{App, bulk};
use crate::db::Schema;
use crate::import::patients::{COLUMNS, Patients};
use crate::ops::lists::Shape;
use crate::ops::patients as ops;
use crate::output::{self, Tabular};
use crate::store::patients::{Patient, PatientFilter};

#[derive(Debug, Subcommand)]
pub enum PatientCommand {
    /// Add a patient.
    Create(CreateArgs),
    /// List patients (archived ones hidden unless asked for).
    List(ListArgs),
    /// Show one patient by MRN or id.
    Show(KeyArgs),
    /// Change a patient's fields (an empty value clears an optional field).
    Update(UpdateArgs),
    /// Archive a patient: hidden from lists, kept forever. Refused while the patient has
    /// bookings or a session in progress, unless told what to do with them.
    Archive(ArchiveArgs),
    /// Bring an archived patient back.
    Unarchive(KeyArgs),
    /// Import patients from CSV (FILE, or - for stdin): all rows land or none.
    ///
    /// Columns (header names in any order and case): medical_record_number, first_name,
    /// last_name, date_of_birth (required), gender, email, phone, address_line1,
    /// address_line2, city, state, postal_code, guardian_name, guardian_phone. Dates are
    /// YYYY-MM-DD or M/D/YYYY.
    Import(bulk::ImportArgs),
    /// Export patients as CSV in the import's columns, to stdout.
    Export(ExportArgs),
}

/// The optional contact fields, shared by create and update.
#[derive(Debug, Args)]
pub struct ContactArgs {
    /// female, male, nonbinary, other or unknown.
    #[arg(long)]
    pub gender: Option<String>,
    /// The family's email.
    #[arg(long)]
    pub email: Option<String>,
    /// The family's phone number.
    #[arg(long)]
    pub phone: Option<String>,
    /// Street address.
    #[arg(long)]
    pub address_line1: Option<String>,
    /// Apartment, suite, unit.
    #[arg(long)]
    pub address_line2: Option<String>,
    /// City.
    #[arg(long)]
    pub city: Option<String>,
    /// Two-letter state, e.g. IL.
    #[arg(long)]
    pub state: Option<String>,
    /// ZIP code (5 or 9 digits).
    #[arg(long)]
    pub postal_code: Option<String>,
    /// The guardian's full name.
    #[arg(long)]
    pub guardian_name: Option<String>,
    /// The guardian's phone number.
    #[arg(long)]
    pub guardian_phone: Option<String>,
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Medical record number, unique in the organization.
    #[arg(long)]
    pub mrn: String,
    /// First name.
    #[arg(long)]
    pub first_name: String,
    /// Last name.
    #[arg(long)]
    pub last_name: String,
    /// Date of birth, YYYY-MM-DD or M/D/YYYY.
    #[arg(long, value_name = "DATE", value_parser = DateArg::parse, allow_hyphen_values = true)]
    pub dob: DateArg,
    #[command(flatten)]
    pub contact: ContactArgs,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// The patient's MRN or id.
    pub patient: Key<PatientId>,
    /// A new medical record number.
    #[arg(long)]
    pub mrn: Option<String>,
    /// A new first name.
    #[arg(long)]
    pub first_name: Option<String>,
    /// A new last name.
    #[arg(long)]
    pub last_name: Option<String>,
    /// A corrected date of birth.
    #[arg(long, value_name = "DATE", value_parser = DateArg::parse, allow_hyphen_values = true)]
    pub dob: Option<DateArg>,
    #[command(flatten)]
    pub contact: ContactArgs,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only patients whose MRN, first or last name contains this text (any case).
    #[arg(long)]
    pub search: Option<String>,
    /// Include archived patients.
    #[arg(long)]
    pub include_archived: bool,
}

#[derive(Debug, Args)]
pub struct KeyArgs {
    /// The patient's medical record number or id.
    pub patient: Key<PatientId>,
}

#[derive(Debug, Args)]
pub struct ArchiveArgs {
    /// The patient's medical record number or id.
    pub patient: Key<PatientId>,
    #[command(flatten)]
    pub affected: super::AffectedArgs,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Include archived patients.
    #[arg(long)]
    pub include_archived: bool,
}

pub async fn run(app: &App, command: PatientCommand) -> Result<()> {
    let pool = app.connect(Schema::Current).await?;
    let runner = app.runner(&pool);
    let result = match command {
        PatientCommand::Create(args) => {
            let input = ops::PatientInput {
                medical_record_number: Some(args.mrn),
                first_name: Some(args.first_name),
                last_name: Some(args.last_name),
                ..args.contact.input()
            };
            let patient = runner.run(ops::Create { input, date_of_birth: args.dob }).await.map_err(with_flags)?;
            app.ui.info(format!("created the patient {}", patient.medical_record_number));
            output::print_record(app.global.output, &patient)
        }
        PatientCommand::List(args) => list(app, &pool, args).await,
        PatientCommand::Show(args) => {
            let patient = runner.run(ops::Show { patient: args.patient }).await?;
            output::print_record(app.global.output, &patient)
        }
        PatientCommand::Update(args) => {
            let input = ops::PatientInput {
                medical_record_number: args.mrn,
                first_name: args.first_name,
                last_name: args.last_name,
                ..args.contact.input()
            };
            let update = ops::Update { patient: args.patient, input, date_of_birth: args.dob };
            let patient = runner.run(update).await.map_err(with_flags)?;
            output::print_record(app.global.output, &patient)
        }
        PatientCommand::Archive(args) => {
            let affected = args.affected.choice()?;
            let patient = runner.run(ops::Archive { patient: args.patient, affected }).await?;
            app.ui.info(format!("archived the patient {}", patient.medical_record_number));
            output::print_record(app.global.output, &patient)
        }
        PatientCommand::Unarchive(args) => {
            let patient = runner.run(ops::Unarchive { patient: args.patient }).await?;
            app.ui.info(format!("restored the patient {}", patient.medical_record_number));
            output::print_record(app.global.output, &patient)
        }
        PatientCommand::Import(args) => bulk::import(app, &pool, Patients, args).await,
        PatientCommand::Export(args) => export(app, &pool, args).await,
    };
    pool.close().await;
    result
}

impl ContactArgs {
    fn input(self) -> ops::PatientInput {
        ops::PatientInput {
            gender: self.gender,
            email: self.email,
            phone: self.phone,
            address_line1: self.address_line1,
            address_line2: self.address_line2,
            city: self.city,
            state: self.state,
            postal_code: self.postal_code,
            guardian_name: self.guardian_name,
            guardian_phone: self.guardian_phone,
            ..Default::default()
        }
    }
}

/// A patient's problems named by the flags that set the fields.
fn with_flags(error: anyhow::Error) -> anyhow::Error {
    crate::ops::Invalid::with_flags(error, |column| match column {
        "date_of_birth" => "--dob".to_string(),
        "medical_record_number" => "--mrn".to_string(),
        other => format!("--{}", other.replace('_', "-")),
    })
}

/// `patient list` (see [`super::list`]).
async fn list(app: &App, pool: &sqlx::PgPool, args: ListArgs) -> Result<()> {
    let filter = PatientFilter { search: args.search, include_archived: args.include_archived, by_mrn: false };
    super::list::print(app, pool, ops::listing(&filter), async |_tx, _session| Ok(filter.clone())).await
}

/// `patient export`: every patient by MRN, in the import's columns.
async fn export(app: &App, pool: &sqlx::PgPool, args: ExportArgs) -> Result<()> {
    let filter = PatientFilter { include_archived: args.include_archived, by_mrn: true, ..Default::default() };
    let read = ops::exporting(args.include_archived);
    let format = output::OutputFormat::Csv;
    let prepare = async |_tx: &mut crate::audit::CommandTx, _session: &crate::access::Session| Ok(filter.clone());
    super::list::stream(app, pool, &read, format, Shape::default(), "exported", prepare).await
}

/// A patient as a row of the import's columns (`COLUMNS`): export and `-o csv` write it,
/// `patient import` reads it back.
fn import_cells(p: &Patient) -> Vec<String> {
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    vec![
        p.medical_record_number.clone(),
        p.first_name.clone(),
        p.last_name.clone(),
        p.date_of_birth.to_string(),
        text(&p.gender),
        text(&p.email),
        text(&p.phone),
        text(&p.address_line1),
        text(&p.address_line2),
        text(&p.city),
        text(&p.state),
        text(&p.postal_code),
        text(&p.guardian_name),
        text(&p.guardian_phone),
    ]
}

impl Tabular for Patient {
    fn csv_headers() -> Vec<&'static str> {
        COLUMNS.names.to_vec()
    }

    fn csv_cells(&self) -> Vec<String> {
        import_cells(self)
    }

    fn headers() -> Vec<&'static str> {
        vec![
            "mrn",
            "first name",
            "last name",
            "date of birth",
            "gender",
            "email",
            "phone",
            "address",
            "city",
            "state",
            "postal code",
            "guardian",
            "guardian phone",
            "archived",
            "id",
        ]
    }

    fn cells(&self) -> Vec<String> {
        let address = [self.address_line1.as_deref(), self.address_line2.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", ");
        vec![
            self.medical_record_number.clone(),
            self.first_name.clone(),
            self.last_name.clone(),
            self.date_of_birth.to_string(),
            output::cell(self.gender.clone()),
            output::cell(self.email.clone()),
            output::cell(self.phone.clone()),
            address,
            output::cell(self.city.clone()),
            output::cell(self.state.clone()),
            output::cell(self.postal_code.clone()),
            output::cell(self.guardian_name.clone()),
            output::cell(self.guardian_phone.clone()),
            output::cell(self.archived_at.map(|t| t.format("%Y-%m-%d"))),
            self.id.to_string(),
        ]
    }
}
