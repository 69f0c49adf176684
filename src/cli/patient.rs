//! The command line of `omnictl patient`: its subcommands and their arguments.

use crate::domain::dates::DateArg;
use crate::domain::ids::{Key, PatientId};
use clap::{Args, Subcommand};

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
    Import(super::bulk::ImportArgs),
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
    #[command(flatten)]
    pub list: super::ListFlags,
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
