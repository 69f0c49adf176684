//! `omnictl patient`: the organization's patients. Reading patient data is PHI access:
//! every list and show is audited with what and how many. A clinic's users may read;
//! a super admin only under an active break-glass grant.

use anyhow::{Result, anyhow};
use clap::{Args, Subcommand};

use super::App;
use crate::access::{self, Need};
use crate::audit::AuditEntry;
use crate::db::Schema;
use crate::output::{self, Tabular};
use crate::store::patients::{self, Patient};

#[derive(Debug, Subcommand)]
pub enum PatientCommand {
    /// List patients (archived ones hidden unless asked for).
    List(ListArgs),
    /// Show one patient by MRN or id.
    Show(ShowArgs),
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
pub struct ShowArgs {
    /// The patient's medical record number or id.
    pub patient: String,
}

pub async fn run(app: &App, command: PatientCommand) -> Result<()> {
    let pool = app.connect(Schema::Current).await?;
    let result = match command {
        PatientCommand::List(args) => {
            const ACTION: &str = "patient.read";
            let session = access::authorize(&pool, &app.global, ACTION, Need::PatientData { staff: true }).await?;
            let list = session
                .transact(&pool, ACTION, async |tx| {
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
        PatientCommand::Show(args) => {
            const ACTION: &str = "patient.read";
            let session = access::authorize(&pool, &app.global, ACTION, Need::PatientData { staff: true }).await?;
            let patient = session
                .transact(&pool, ACTION, async |tx| {
                    let patient = patients::find(tx.conn(), &args.patient)
                        .await?
                        .ok_or_else(|| anyhow!("no patient with MRN or id {} in this organization", args.patient))?;
                    let entry = AuditEntry::new(ACTION)
                        .entity("patient", patient.id)
                        .detail("command", "patient show")
                        .detail("count", 1);
                    Ok((patient, entry))
                })
                .await?;
            output::print_record(app.global.output, &patient)
        }
    };
    pool.close().await;
    result
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
