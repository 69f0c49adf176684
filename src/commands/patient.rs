//! `omnictl patient`: the organization's patients. Reading patient data is PHI access:
//! every list, show and export is audited with what and how many. A clinic's users may
//! read; its ADMIN creates, changes, imports and archives; a super admin only under an
//! active break-glass grant. Patients are archived, never deleted.

use anyhow::Result;

use super::{App, bulk};
use crate::cli::patient::{ContactArgs, ExportArgs, ListArgs, PatientCommand};
use crate::db::Schema;
use crate::import::patients::{COLUMNS, Patients};
use crate::ops::lists::Shape;
use crate::ops::patients as ops;
use crate::output::{self, Tabular};
use crate::store::patients::{Patient, PatientFilter};

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
            app.print_record(&patient)
        }
        PatientCommand::List(args) => list(app, &pool, args).await,
        PatientCommand::Show(args) => {
            let patient = runner.run(ops::Show { patient: args.patient }).await?;
            app.print_record(&patient)
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
            app.print_record(&patient)
        }
        PatientCommand::Archive(args) => {
            let affected = args.affected.choice()?;
            let patient = runner.run(ops::Archive { patient: args.patient, affected }).await?;
            app.ui.info(format!("archived the patient {}", patient.medical_record_number));
            app.print_record(&patient)
        }
        PatientCommand::Unarchive(args) => {
            let patient = runner.run(ops::Unarchive { patient: args.patient }).await?;
            app.ui.info(format!("restored the patient {}", patient.medical_record_number));
            app.print_record(&patient)
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
