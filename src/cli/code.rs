//! The command line of `omnictl code`: its subcommands and their arguments.

use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum CodeCommand {
    /// List the service codes: minutes per unit, who may render each, the daily maximum
    /// (a clinic's own definition where it has one).
    List(super::ListFlags),
}
