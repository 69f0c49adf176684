//! The command line of `omnictl report`: its subcommands and their arguments.

use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    /// Per RBT for a month: hours of direct service (97153/97154), hours supervised
    /// (a BCBA's 97155 overlapping their session with the same patient, and contacts
    /// recorded with practitioner supervision-contact), the percentage (the BACB requires
    /// 5%), the contacts (at least 2) and whether one was observed with a client.
    Supervision(SupervisionArgs),
}

#[derive(Debug, Args)]
pub struct SupervisionArgs {
    #[command(flatten)]
    pub list: super::ListFlags,
    /// The month, YYYY-MM, on the clinic's calendar.
    #[arg(long, value_name = "YYYY-MM")]
    pub month: String,
    /// Exit 10 when an RBT is below the requirement (for cron), 0 when none is.
    #[arg(long)]
    pub exit_code: bool,
}
