//! `omnictl patient`: the organization's patients. Reading patient data is PHI access:
//! every list, show and export is audited with what and how many. A clinic's users may
//! read; its ADMIN creates, changes, imports and archives; a super admin only under an
//! active break-glass grant. Patients are archived, never deleted.

use anyhow::{Result, anyhow};
use clap::{Args, Subcommand};
use futures_util::TryStreamExt;

use super::{App, bulk};
use crate::access::{self, Need};
use crate::audit::{AuditEntry, CommandTx};
use crate::db::Schema;
use crate::domain::patient::{PatientFields, latest_birth_date, optional, validate_patient};
use crate::import::patients::{COLUMNS, Patients};
use crate::output::{self, Tabular};
use crate::store::patients::{self, Patient};

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
    /// Archive a patient: hidden from lists, kept forever.
    Archive(KeyArgs),
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
    #[arg(long)]
    pub email: Option<String>,
    #[arg(long)]
    pub phone: Option<String>,
    #[arg(long)]
    pub address_line1: Option<String>,
    #[arg(long)]
    pub address_line2: Option<String>,
    #[arg(long)]
    pub city: Option<String>,
    #[arg(long)]
    pub state: Option<String>,
    #[arg(long)]
    pub postal_code: Option<String>,
    #[arg(long)]
    pub guardian_name: Option<String>,
    #[arg(long)]
    pub guardian_phone: Option<String>,
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Medical record number, unique in the organization.
    #[arg(long)]
    pub mrn: String,
    #[arg(long)]
    pub first_name: String,
    #[arg(long)]
    pub last_name: String,
    /// Date of birth, YYYY-MM-DD or M/D/YYYY.
    #[arg(long)]
    pub dob: String,
    #[command(flatten)]
    pub contact: ContactArgs,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// The patient's MRN or id.
    pub patient: String,
    /// A new medical record number.
    #[arg(long)]
    pub mrn: Option<String>,
    #[arg(long)]
    pub first_name: Option<String>,
    #[arg(long)]
    pub last_name: Option<String>,
    #[arg(long)]
    pub dob: Option<String>,
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
    pub patient: String,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Include archived patients.
    #[arg(long)]
    pub include_archived: bool,
}

/// Reading and writing patient data: any clinic user reads; changes need an ADMIN.
const READ: Need = Need::PatientData { staff: true };
const WRITE: Need = Need::PatientData { staff: false };

pub async fn run(app: &App, command: PatientCommand) -> Result<()> {
    let pool = app.connect(Schema::Current).await?;
    let result = match command {
        PatientCommand::Create(args) => create(app, &pool, args).await,
        PatientCommand::List(args) => list(app, &pool, args).await,
        PatientCommand::Show(args) => {
            const ACTION: &str = "patient.read";
            let session = access::authorize(&pool, &app.global, ACTION, READ).await?;
            let patient = session
                .transact(&pool, ACTION, async |tx| {
                    let patient = find(tx, &args.patient).await?;
                    let entry = AuditEntry::new(ACTION)
                        .entity("patient", patient.id)
                        .detail("command", "patient show")
                        .detail("count", 1);
                    Ok((patient, entry))
                })
                .await?;
            output::print_record(app.global.output, &patient)
        }
        PatientCommand::Update(args) => update(app, &pool, args).await,
        PatientCommand::Archive(args) => set_archived(app, &pool, args, true).await,
        PatientCommand::Unarchive(args) => set_archived(app, &pool, args, false).await,
        PatientCommand::Import(args) => bulk::import::<Patients>(app, &pool, WRITE, args).await,
        PatientCommand::Export(args) => export(app, &pool, args).await,
    };
    pool.close().await;
    result
}

async fn find(tx: &mut CommandTx, key: &str) -> Result<Patient> {
    patients::require(tx.conn(), key).await
}

async fn list(app: &App, pool: &sqlx::PgPool, args: ListArgs) -> Result<()> {
    const ACTION: &str = "patient.read";
    let session = access::authorize(pool, &app.global, ACTION, READ).await?;
    let list = session
        .transact(pool, ACTION, async |tx| {
            let list = patients::list(tx.conn(), args.search.as_deref(), args.include_archived).await?;
            // What and how many; the search text may be a name, so only its use is kept.
            let entry = AuditEntry::new(ACTION)
                .entity_type("patient")
                .detail("command", "patient list")
                .detail("count", list.len())
                .detail("searched", args.search.is_some())
                .detail("include_archived", args.include_archived);
            Ok((list, entry))
        })
        .await?;
    output::print_list(app.global.output, &list)
}

fn field_errors(errors: Vec<crate::domain::patient::FieldError>) -> anyhow::Error {
    let flag = |column: &str| match column {
        "date_of_birth" => "dob".to_string(),
        "medical_record_number" => "mrn".to_string(),
        other => other.replace('_', "-"),
    };
    let lines: Vec<String> = errors.iter().map(|e| format!("--{}: {}", flag(e.column), e.reason)).collect();
    anyhow!("the patient is not valid:\n  {}", lines.join("\n  "))
}

async fn create(app: &App, pool: &sqlx::PgPool, args: CreateArgs) -> Result<()> {
    const ACTION: &str = "patient.create";
    let session = access::authorize(pool, &app.global, ACTION, WRITE).await?;
    let c = &args.contact;
    let fields = PatientFields {
        medical_record_number: args.mrn.trim().to_string(),
        first_name: args.first_name.trim().to_string(),
        last_name: args.last_name.trim().to_string(),
        date_of_birth: None,
        gender: optional(c.gender.as_deref()),
        email: optional(c.email.as_deref()),
        phone: optional(c.phone.as_deref()),
        address_line1: optional(c.address_line1.as_deref()),
        address_line2: optional(c.address_line2.as_deref()),
        city: optional(c.city.as_deref()),
        state: optional(c.state.as_deref()),
        postal_code: optional(c.postal_code.as_deref()),
        guardian_name: optional(c.guardian_name.as_deref()),
        guardian_phone: optional(c.guardian_phone.as_deref()),
    };
    let fields = validate_patient(fields, Some(&args.dob), latest_birth_date()).map_err(field_errors)?;
    let organization_id = session.clinic()?.id;
    let patient = session
        .transact(pool, ACTION, async |tx| {
            let patient = patients::create(tx.conn(), organization_id, &fields)
                .await
                .map_err(|e| e.context(format!("could not create the patient {}", fields.medical_record_number)))?;
            let mut entry = AuditEntry::new(ACTION).entity("patient", patient.id);
            for name in phi_fields_set(&fields) {
                entry = entry.changed_phi(name);
            }
            Ok((patient, entry))
        })
        .await?;
    app.ui.info(format!("created the patient {}", patient.medical_record_number));
    output::print_record(app.global.output, &patient)
}

/// The names of the fields a patient has values for.
fn phi_fields_set(p: &PatientFields) -> Vec<&'static str> {
    let fields: [(&'static str, bool); 14] = [
        ("medical_record_number", true),
        ("first_name", true),
        ("last_name", true),
        ("date_of_birth", p.date_of_birth.is_some()),
        ("gender", p.gender.is_some()),
        ("email", p.email.is_some()),
        ("phone", p.phone.is_some()),
        ("address_line1", p.address_line1.is_some()),
        ("address_line2", p.address_line2.is_some()),
        ("city", p.city.is_some()),
        ("state", p.state.is_some()),
        ("postal_code", p.postal_code.is_some()),
        ("guardian_name", p.guardian_name.is_some()),
        ("guardian_phone", p.guardian_phone.is_some()),
    ];
    fields.into_iter().filter(|(_, set)| *set).map(|(name, _)| name).collect()
}

async fn update(app: &App, pool: &sqlx::PgPool, args: UpdateArgs) -> Result<()> {
    const ACTION: &str = "patient.update";
    let session = access::authorize(pool, &app.global, ACTION, WRITE).await?;
    let patient = session
        .transact(pool, ACTION, async |tx| {
            let before = find(tx, &args.patient).await?;
            let c = &args.contact;
            // A flag given replaces the value (empty clears it); a flag not given keeps it.
            let merge = |new: &Option<String>, old: &Option<String>| match new {
                Some(value) => optional(Some(value)),
                None => old.clone(),
            };
            let fields = PatientFields {
                medical_record_number: args
                    .mrn
                    .clone()
                    .unwrap_or_else(|| before.medical_record_number.clone())
                    .trim()
                    .to_string(),
                first_name: args.first_name.clone().unwrap_or_else(|| before.first_name.clone()).trim().to_string(),
                last_name: args.last_name.clone().unwrap_or_else(|| before.last_name.clone()).trim().to_string(),
                date_of_birth: None,
                gender: merge(&c.gender, &before.gender),
                email: merge(&c.email, &before.email),
                phone: merge(&c.phone, &before.phone),
                address_line1: merge(&c.address_line1, &before.address_line1),
                address_line2: merge(&c.address_line2, &before.address_line2),
                city: merge(&c.city, &before.city),
                state: merge(&c.state, &before.state),
                postal_code: merge(&c.postal_code, &before.postal_code),
                guardian_name: merge(&c.guardian_name, &before.guardian_name),
                guardian_phone: merge(&c.guardian_phone, &before.guardian_phone),
            };
            let dob = args.dob.clone().unwrap_or_else(|| before.date_of_birth.to_string());
            let fields = validate_patient(fields, Some(&dob), latest_birth_date()).map_err(field_errors)?;
            let after = patients::update(tx.conn(), before.id, &fields)
                .await
                .map_err(|e| e.context(format!("could not update the patient {}", before.medical_record_number)))?;
            let mut entry = AuditEntry::new(ACTION).entity("patient", after.id);
            for name in changed_fields(&before, &after) {
                entry = entry.changed_phi(name);
            }
            Ok((after, entry))
        })
        .await?;
    output::print_record(app.global.output, &patient)
}

fn changed_fields(a: &Patient, b: &Patient) -> Vec<&'static str> {
    let pairs: [(&'static str, bool); 14] = [
        ("medical_record_number", a.medical_record_number != b.medical_record_number),
        ("first_name", a.first_name != b.first_name),
        ("last_name", a.last_name != b.last_name),
        ("date_of_birth", a.date_of_birth != b.date_of_birth),
        ("gender", a.gender != b.gender),
        ("email", a.email != b.email),
        ("phone", a.phone != b.phone),
        ("address_line1", a.address_line1 != b.address_line1),
        ("address_line2", a.address_line2 != b.address_line2),
        ("city", a.city != b.city),
        ("state", a.state != b.state),
        ("postal_code", a.postal_code != b.postal_code),
        ("guardian_name", a.guardian_name != b.guardian_name),
        ("guardian_phone", a.guardian_phone != b.guardian_phone),
    ];
    pairs.into_iter().filter(|(_, changed)| *changed).map(|(name, _)| name).collect()
}

async fn set_archived(app: &App, pool: &sqlx::PgPool, args: KeyArgs, archived: bool) -> Result<()> {
    let action = if archived { "patient.archive" } else { "patient.unarchive" };
    let session = access::authorize(pool, &app.global, action, WRITE).await?;
    let patient = session
        .transact(pool, action, async |tx| {
            let before = find(tx, &args.patient).await?;
            let after = patients::set_archived(tx.conn(), before.id, archived).await?;
            let entry = AuditEntry::new(action).entity("patient", after.id).changed(
                "archived",
                before.archived_at.is_some(),
                after.archived_at.is_some(),
            );
            Ok((after, entry))
        })
        .await?;
    app.ui.info(format!(
        "{} the patient {}",
        if archived { "archived" } else { "restored" },
        patient.medical_record_number
    ));
    output::print_record(app.global.output, &patient)
}

async fn export(app: &App, pool: &sqlx::PgPool, args: ExportArgs) -> Result<()> {
    const ACTION: &str = "patient.read";
    let session = access::authorize(pool, &app.global, ACTION, READ).await?;
    let entry = AuditEntry::new(ACTION)
        .entity_type("patient")
        .detail("command", "patient export")
        .detail("include_archived", args.include_archived);
    let mut outflow = session.begin_outflow(pool, entry).await?;
    let mut count: u64 = 0;
    let streamed = async {
        let mut writer = csv::Writer::from_writer(std::io::BufWriter::new(std::io::stdout().lock()));
        writer.write_record(COLUMNS.names)?;
        let mut rows = patients::export(outflow.conn(), args.include_archived);
        while let Some(p) = rows.try_next().await? {
            writer.write_record([
                p.medical_record_number.as_str(),
                &p.first_name,
                &p.last_name,
                &p.date_of_birth.to_string(),
                p.gender.as_deref().unwrap_or_default(),
                p.email.as_deref().unwrap_or_default(),
                p.phone.as_deref().unwrap_or_default(),
                p.address_line1.as_deref().unwrap_or_default(),
                p.address_line2.as_deref().unwrap_or_default(),
                p.city.as_deref().unwrap_or_default(),
                p.state.as_deref().unwrap_or_default(),
                p.postal_code.as_deref().unwrap_or_default(),
                p.guardian_name.as_deref().unwrap_or_default(),
                p.guardian_phone.as_deref().unwrap_or_default(),
            ])?;
            count += 1;
        }
        writer.flush()?;
        anyhow::Ok(())
    }
    .await;
    if outflow.finish(count, streamed).await? {
        app.ui.info(format!("exported {count} patient(s)"));
    }
    Ok(())
}

impl Tabular for Patient {
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
