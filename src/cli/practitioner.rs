//! The command line of `omnictl practitioner`: its subcommands and their arguments.

use crate::domain::dates::DateArg;
use crate::domain::ids::{Key, PractitionerId, UserId};
use crate::domain::service_code::Credential;
use anyhow::Result;
use clap::{Args, Subcommand};

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
    #[command(flatten)]
    pub list: super::ListFlags,
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
