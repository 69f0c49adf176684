//! The command line of `omnictl access`: its subcommands and their arguments.

use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum AccessCommand {
    /// Grant yourself (a super admin) time-boxed access to one organization's patient
    /// data, with a reason. Audited in that organization's trail.
    BreakGlass(BreakGlassArgs),
    /// List break-glass grants, active and past (one organization's with --org).
    List(super::ListFlags),
}

#[derive(Debug, Args)]
pub struct BreakGlassArgs {
    /// Why access is needed, in words (recorded; 5 to 2000 characters, at least 3 letters).
    #[arg(long)]
    pub reason: String,
    /// How long the grant lasts, 1 to 1440 minutes.
    #[arg(long, default_value_t = 60, value_parser = clap::value_parser!(i64).range(1..=1440))]
    pub minutes: i64,
}
