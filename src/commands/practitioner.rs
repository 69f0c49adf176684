//! `omnictl practitioner`: the clinicians of an organization, with the credentials,
//! NPI and license that decide which service codes they may render. Managed by the
//! organization's ADMIN (or a super admin with --org); STAFF may list and show.

use crate::domain::dates::DateArg;
use crate::domain::ids::{Key, PractitionerId, UserId};
use anyhow::Result;
use clap::{Args, Subcommand};

use super::App;
use crate::db::Schema;
use crate::domain::service_code::Credential;
use crate::domain::text::MAX_NAME;
use crate::ops::practitioners as ops;
use crate::output::{self, Tabular};
use crate::store::practitioners::Practitioner;

#[derive(Debug, Subcommand)]
pub enum PractitionerCommand {
    /// Add a practitioner to the organization.
    Create(CreateArgs),
    /// List the organization's practitioners.
    List(ListArgs),
    /// Show one practitioner (by NPI or id).
    Show(KeyArgs),
    /// Change a practitioner's details; --credential replaces the whole list.
    Update(UpdateArgs),
    /// Deactivate a practitioner: no new appointments. Records are kept.
    Deactivate(DeactivateArgs),
    /// Record a supervision contact of an RBT by a BCBA, BCBA-D or BCaBA besides a 97155 session
    /// (counted by report supervision).
    SupervisionContact(ContactArgs),
}

#[derive(Debug, Args)]
pub struct ContactArgs {
    /// The RBT's NPI or id.
    #[arg(long)]
    pub technician: Key<PractitionerId>,
    /// The supervising BCBA's, BCBA-D's or BCaBA's NPI or id.
    #[arg(long)]
    pub supervisor: Key<PractitionerId>,
    /// When it started, "YYYY-MM-DD HH:MM" in the clinic's time zone.
    #[arg(long, value_parser = crate::domain::clock::parse_wall_time)]
    pub start: crate::domain::clock::WallTime,
    /// How long it lasted, 1 to 1440 minutes.
    #[arg(long, value_parser = clap::value_parser!(i32).range(1..=1440))]
    pub minutes: i32,
    /// The supervisor observed the RBT with a client.
    #[arg(long)]
    pub with_client: bool,
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Full name, as on the credential.
    #[arg(long)]
    pub name: String,
    /// BCBA-D, BCBA, BCaBA or RBT; repeat for several.
    #[arg(long = "credential", required = true, value_parser = parse_credential)]
    pub credentials: Vec<Credential>,
    /// National Provider Identifier: 10 digits with a valid check digit.
    #[arg(long)]
    pub npi: String,
    /// State license number (unique in the organization); needs --license-state.
    #[arg(long = "license", requires = "license_state")]
    pub license_number: Option<String>,
    /// Two-letter state of the license, e.g. IL.
    #[arg(long, requires = "license_number")]
    pub license_state: Option<String>,
    /// The last day the credential is valid.
    #[arg(long, value_name = "DATE", value_parser = DateArg::parse, allow_hyphen_values = true)]
    pub credential_valid_until: Option<DateArg>,
    /// Link to the practitioner's login (a user of the same organization).
    #[arg(long, value_name = "EMAIL")]
    pub user: Option<Key<UserId>>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Include deactivated practitioners.
    #[arg(long)]
    pub include_inactive: bool,
}

#[derive(Debug, Args)]
pub struct KeyArgs {
    /// The practitioner's NPI or id.
    pub practitioner: Key<PractitionerId>,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// The practitioner's NPI or id.
    pub practitioner: Key<PractitionerId>,
    /// A new full name.
    #[arg(long)]
    pub name: Option<String>,
    /// A credential (RBT, BCaBA, BCBA, BCBA-D); repeat for several; replaces the whole list.
    #[arg(long = "credential", value_parser = parse_credential)]
    pub credentials: Vec<Credential>,
    /// A corrected NPI (ten digits, Luhn-checked).
    #[arg(long)]
    pub npi: Option<String>,
    /// A new state license number.
    #[arg(long = "license")]
    pub license_number: Option<String>,
    /// Two-letter state of the license, e.g. IL.
    #[arg(long)]
    pub license_state: Option<String>,
    /// The last day the credential is valid.
    #[arg(long, value_name = "DATE", value_parser = DateArg::parse, allow_hyphen_values = true)]
    pub credential_valid_until: Option<DateArg>,
    /// Link the practitioner to their login (a user of this clinic): they sign their own notes.
    #[arg(long, value_name = "EMAIL")]
    pub user: Option<Key<UserId>>,
    #[command(flatten)]
    pub affected: super::AffectedArgs,
}

#[derive(Debug, Args)]
pub struct DeactivateArgs {
    /// The practitioner's NPI or id.
    pub practitioner: Key<PractitionerId>,
    #[command(flatten)]
    pub affected: super::AffectedArgs,
}

fn parse_credential(value: &str) -> Result<Credential, String> {
    value.parse()
}

pub async fn run(app: &App, command: PractitionerCommand) -> Result<()> {
    let pool = app.connect(Schema::Current).await?;
    let runner = app.runner(&pool);
    let result = match command {
        PractitionerCommand::Create(args) => {
            let fields = ops::Fields {
                name: Some(super::line_flag("--name", &args.name, MAX_NAME)?),
                credentials: args.credentials,
                npi: Some(args.npi),
                license_number: args.license_number,
                license_state: args.license_state,
                credential_valid_until: None,
                user: args.user,
            };
            let create = ops::Create { fields, credential_valid_until: args.credential_valid_until };
            let practitioner = runner.run(create).await?;
            app.ui.info(format!("added {} (NPI {})", practitioner.name, practitioner.npi));
            output::print_record(app.global.output, &practitioner)
        }
        PractitionerCommand::List(args) => {
            let list = runner.run(ops::List { include_inactive: args.include_inactive }).await?;
            output::print_list(app.global.output, &list)
        }
        PractitionerCommand::Show(args) => {
            let practitioner = runner.run(ops::Show { practitioner: args.practitioner }).await?;
            output::print_record(app.global.output, &practitioner)
        }
        PractitionerCommand::Update(args) => {
            let fields = ops::Fields {
                name: super::optional_line_flag("--name", args.name.as_deref(), MAX_NAME)?,
                credentials: args.credentials,
                npi: args.npi,
                license_number: args.license_number,
                license_state: args.license_state,
                credential_valid_until: None,
                user: args.user,
            };
            let affected = args.affected.choice()?;
            let update = ops::Update {
                practitioner: args.practitioner,
                fields,
                credential_valid_until: args.credential_valid_until,
                affected,
            };
            let practitioner = runner.run(update).await?;
            output::print_record(app.global.output, &practitioner)
        }
        PractitionerCommand::SupervisionContact(args) => {
            let contact = crate::ops::supervision::Contact {
                technician: args.technician,
                supervisor: args.supervisor,
                start: args.start,
                minutes: args.minutes,
                with_client: args.with_client,
            };
            let recorded = runner.run(crate::ops::supervision::Record { contact }).await?;
            app.ui.info(format!("recorded the supervision contact {}", recorded.id));
            output::print_record(app.global.output, &recorded)
        }
        PractitionerCommand::Deactivate(args) => {
            let affected = args.affected.choice()?;
            let practitioner = runner.run(ops::Deactivate { practitioner: args.practitioner, affected }).await?;
            app.ui.info(format!("deactivated {} (NPI {})", practitioner.name, practitioner.npi));
            output::print_record(app.global.output, &practitioner)
        }
    };
    pool.close().await;
    result
}

impl Tabular for Practitioner {
    fn headers() -> Vec<&'static str> {
        vec!["name", "credentials", "npi", "license", "valid until", "user", "active", "id"]
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.name.clone(),
            self.credentials.join(", "),
            self.npi.clone(),
            match (&self.license_number, &self.license_state) {
                (Some(number), Some(state)) => format!("{state} {number}"),
                _ => String::new(),
            },
            output::cell(self.credential_valid_until),
            output::cell(self.user_email.clone()),
            if self.is_active { "yes" } else { "no" }.to_string(),
            self.id.to_string(),
        ]
    }
}

impl Tabular for crate::ops::supervision::Recorded {
    fn headers() -> Vec<&'static str> {
        vec!["technician", "supervisor", "start", "minutes", "with client", "id"]
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.technician.clone(),
            self.supervisor.clone(),
            self.start.format("%Y-%m-%d %H:%M").to_string(),
            self.minutes.to_string(),
            if self.with_client { "yes" } else { "no" }.to_string(),
            self.id.to_string(),
        ]
    }
}
