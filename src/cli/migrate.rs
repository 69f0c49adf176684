//! The command line of `omnictl migrate`: its subcommands and their arguments.

use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum MigrateCommand {
    /// Apply every pending migration (safe to repeat, safe to run concurrently).
    Run,
    /// List the migrations: applied (with when), pending, or in conflict with this omnictl.
    Status(super::ListFlags),
}
