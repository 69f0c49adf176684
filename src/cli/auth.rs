//! The command line of `omnictl auth`: its subcommands and their arguments.

use crate::domain::dates::DateArg;
use crate::domain::ids::{AuthorizationId, Key, PatientId, PolicyId};
use crate::domain::scheduling::{AuthStatus, parse_days, parse_percent};
use clap::{Args, Subcommand, ValueEnum};

#[derive(Debug, Subcommand)]
pub enum AuthCommand {
    /// Record a payer's authorization for a patient and a service code.
    Create(CreateArgs),
    /// List authorizations.
    List(ListArgs),
    /// Show one authorization by id or number: its units as a bar and its ledger.
    Show(KeyArgs),
    /// Change an authorization (number, units, dates, status pending/active, notes).
    Update(UpdateArgs),
    /// Cancel an authorization that has no scheduled units.
    Cancel(CancelArgs),
    /// Bring statuses up to date: ACTIVE ones past their end become EXPIRED, those with
    /// every unit used EXHAUSTED. Idempotent and audited; safe from cron. A super admin
    /// without --org sweeps every clinic.
    Sweep(super::ListFlags),
    /// Check that every authorization's counters equal its rows: scheduled units the units
    /// of its live appointments and its ledger, used units its ledger. Lists each one that
    /// differs and then exits 10; prints nothing on stdout and exits 0 when all agree. The
    /// database refuses any change that would make them differ; this finds what went
    /// around it. A super admin without --org checks every clinic.
    Check(super::ListFlags),
    /// Import authorizations from CSV (FILE, or - for stdin): all rows land or none.
    ///
    /// Columns (header names in any order and case): medical_record_number,
    /// service_code, authorization_number, start_date, end_date, total_units (required),
    /// used_units (opening balance, recorded as an ADJUST ledger entry), payer_name and
    /// member_number (the patient's policy, both or neither). The key is the
    /// authorization number.
    Import(super::bulk::ImportArgs),
    /// ACTIVE authorizations ending within a window (cron report).
    Expiring(ExpiringArgs),
    /// ACTIVE authorizations whose (used + scheduled) / total reaches a threshold (cron
    /// report).
    Low(LowArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StartStatus {
    Pending,
    Active,
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// The patient's MRN or id.
    #[arg(long)]
    pub patient: Key<PatientId>,
    /// The service code, e.g. 97153.
    #[arg(long)]
    pub code: String,
    /// Units the payer approved, 1 to 100000.
    #[arg(long, value_parser = crate::domain::scheduling::parse_total_units)]
    pub units: i32,
    /// First covered day (YYYY-MM-DD, M/D/YYYY, today, +7d …).
    #[arg(long, value_name = "DATE", value_parser = DateArg::parse, allow_hyphen_values = true)]
    pub start: DateArg,
    /// Last covered day (inclusive).
    #[arg(long, value_name = "DATE", value_parser = DateArg::parse, allow_hyphen_values = true)]
    pub end: DateArg,
    /// The payer's authorization number.
    #[arg(long)]
    pub number: Option<String>,
    /// The patient's insurance policy it was issued under (its id, or the short id
    /// `insurance list` shows).
    #[arg(long)]
    pub insurance: Option<Key<PolicyId>>,
    /// active (approved) or pending (awaiting the payer).
    #[arg(long, value_enum, default_value_t = StartStatus::Active)]
    pub status: StartStatus,
    /// Free text kept with the authorization (PHI: audited by name only).
    #[arg(long)]
    pub notes: Option<String>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub list: super::ListFlags,
    /// Only this patient's (MRN or id).
    #[arg(long)]
    pub patient: Option<Key<PatientId>>,
    /// Only authorizations in this state.
    #[arg(long, value_enum)]
    pub status: Option<AuthStatus>,
    /// Only authorizations for this service code, e.g. 97153.
    #[arg(long)]
    pub code: Option<String>,
}

#[derive(Debug, Args)]
pub struct KeyArgs {
    /// The authorization's id or number.
    pub authorization: Key<AuthorizationId>,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// The authorization's id or number.
    pub authorization: Key<AuthorizationId>,
    /// A new payer authorization number.
    #[arg(long)]
    pub number: Option<String>,
    /// A new total of units, up to 100000 (not below what is used and scheduled).
    #[arg(long, value_parser = clap::value_parser!(i32).range(0..=100_000))]
    pub units: Option<i32>,
    /// A new first covered day.
    #[arg(long, value_name = "DATE", value_parser = DateArg::parse, allow_hyphen_values = true)]
    pub start: Option<DateArg>,
    /// A new last covered day (inclusive).
    #[arg(long, value_name = "DATE", value_parser = DateArg::parse, allow_hyphen_values = true)]
    pub end: Option<DateArg>,
    /// pending or active.
    #[arg(long, value_enum)]
    pub status: Option<StartStatus>,
    /// New notes (replace the old).
    #[arg(long)]
    pub notes: Option<String>,
    /// The policy it was issued under (its id, or the short id `insurance list` shows).
    #[arg(long)]
    pub insurance: Option<Key<PolicyId>>,
    #[command(flatten)]
    pub affected: super::AffectedArgs,
}

#[derive(Debug, Args)]
pub struct CancelArgs {
    /// The authorization's id or number.
    pub authorization: Key<AuthorizationId>,
    /// Why it is cancelled (kept in its notes).
    #[arg(long)]
    pub reason: Option<String>,
}

#[derive(Debug, Args)]
pub struct ExpiringArgs {
    #[command(flatten)]
    pub list: super::ListFlags,
    /// The window: 30d, 2w, or a number of days.
    #[arg(long, default_value = "30d", value_name = "DAYS", value_parser = parse_days, allow_hyphen_values = true)]
    pub within: i64,
    /// Exit 10 when anything is listed (for cron), 0 when nothing is; failures use 1–6.
    #[arg(long)]
    pub exit_code: bool,
}

#[derive(Debug, Args)]
pub struct LowArgs {
    #[command(flatten)]
    pub list: super::ListFlags,
    /// Utilisation at or above which an authorization is listed, e.g. 80%.
    #[arg(long, default_value = "80%", value_name = "PERCENT", value_parser = parse_percent,
          allow_hyphen_values = true)]
    pub threshold: f64,
    /// Exit 10 when anything is listed (for cron), 0 when nothing is; failures use 1–6.
    #[arg(long)]
    pub exit_code: bool,
}
