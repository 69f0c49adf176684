//! The command line of `omnictl doctor`: its subcommands and their arguments.

use clap::Args;

#[derive(Debug, Args)]
pub struct DoctorArgs {
    #[command(flatten)]
    pub list: super::ListFlags,
}
