//! The command line of `omnictl insurance`: its subcommands and their arguments.

use crate::domain::dates::DateArg;
use crate::domain::ids::{Key, PatientId, PolicyId};
use crate::domain::insurance::{Priority, Relationship};
use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum InsuranceCommand {
    /// Add a policy to a patient.
    Add(AddArgs),
    /// List a patient's policies.
    List(ListArgs),
    /// Change a policy's fields (an empty value clears an optional field).
    Update(UpdateArgs),
    /// End a policy's coverage on a date (today by default); it is kept, and inactive
    /// once the date has passed.
    End(EndArgs),
    /// Delete a policy entered by mistake (refused when authorizations refer to it).
    Remove(PolicyArgs),
    /// Import policies from CSV (FILE, or - for stdin): all rows land or none.
    ///
    /// Columns (header names in any order and case): medical_record_number, payer_name,
    /// member_number, coverage_start (required), payer_id, group_number, plan_name,
    /// subscriber_relationship (self, spouse, child, other; default self), coverage_end,
    /// priority (primary, secondary, tertiary; default primary). The MRN must name a
    /// patient of the organization. Dates are YYYY-MM-DD or M/D/YYYY.
    Import(super::bulk::ImportArgs),
    /// Export every policy as CSV in the import's columns, to stdout.
    Export,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The patient's MRN or id.
    #[arg(long)]
    pub patient: Key<PatientId>,
    /// The payer's name, e.g. "Blue Cross Blue Shield".
    #[arg(long)]
    pub payer: String,
    /// The payer's id (electronic payer id).
    #[arg(long)]
    pub payer_id: Option<String>,
    /// The member (subscriber) number on the card.
    #[arg(long)]
    pub member_number: String,
    /// The group number on the card.
    #[arg(long)]
    pub group: Option<String>,
    /// The plan's name.
    #[arg(long)]
    pub plan: Option<String>,
    /// The patient's relationship to the subscriber.
    #[arg(long, value_enum, default_value_t = Relationship::SelfInsured)]
    pub relationship: Relationship,
    /// Coverage start (YYYY-MM-DD, M/D/YYYY, today …).
    #[arg(long, value_name = "DATE", value_parser = DateArg::parse, allow_hyphen_values = true)]
    pub start: DateArg,
    /// Coverage end (inclusive).
    #[arg(long, value_name = "DATE", value_parser = DateArg::parse, allow_hyphen_values = true)]
    pub end: Option<DateArg>,
    /// primary, secondary or tertiary (one active primary per patient).
    #[arg(long, value_enum, default_value_t = Priority::Primary)]
    pub priority: Priority,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub list: super::ListFlags,
    /// The patient's MRN or id.
    #[arg(long)]
    pub patient: Key<PatientId>,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// The policy's id (see `insurance list`), or its first 8 or more characters.
    pub policy: Key<PolicyId>,
    /// A new payer name.
    #[arg(long)]
    pub payer: Option<String>,
    /// A new payer id (for claims).
    #[arg(long)]
    pub payer_id: Option<String>,
    /// A new member number.
    #[arg(long)]
    pub member_number: Option<String>,
    /// A new group number.
    #[arg(long)]
    pub group: Option<String>,
    /// A new plan name.
    #[arg(long)]
    pub plan: Option<String>,
    /// The patient's relationship to the subscriber: self, spouse, child or other.
    #[arg(long, value_enum)]
    pub relationship: Option<Relationship>,
    /// A new coverage start.
    #[arg(long, value_name = "DATE", value_parser = DateArg::parse, allow_hyphen_values = true)]
    pub start: Option<DateArg>,
    /// A new coverage end; an empty value removes it.
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub end: Option<String>,
    /// primary, secondary or tertiary.
    #[arg(long, value_enum)]
    pub priority: Option<Priority>,
}

#[derive(Debug, Args)]
pub struct EndArgs {
    /// The policy's id, or its first 8 or more characters.
    pub policy: Key<PolicyId>,
    /// The last day of coverage (default: today).
    #[arg(long, value_name = "DATE", value_parser = DateArg::parse, allow_hyphen_values = true)]
    pub date: Option<DateArg>,
    #[command(flatten)]
    pub affected: super::AffectedArgs,
}

#[derive(Debug, Args)]
pub struct PolicyArgs {
    /// The policy's id, or its first 8 or more characters.
    pub policy: Key<PolicyId>,
}
