//! The command line of `omnictl quickstart`: its subcommands and their arguments.

use clap::Args;

#[derive(Debug, Args)]
pub struct QuickstartArgs {
    /// Only the database, schema and service codes: no demo super admin or demo clinic
    /// (for a database that will hold real clinics).
    #[arg(long)]
    pub no_demo: bool,
}
