//! The command line of `omnictl db`: its subcommands and their arguments.

use clap::Subcommand;

/// The local database lives in $OMNICTL_HOME (else $XDG_DATA_HOME/omnictl, else
/// ~/.local/share/omnictl). When omnictl runs as root the server runs as the system user
/// `postgres` (or $OMNICTL_PG_USER). Server binaries are found on PATH, under
/// /usr/lib/postgresql/*/bin and the usual prefixes, or in $OMNICTL_PG_BINDIR.
#[derive(Debug, Subcommand)]
pub enum DbCommand {
    /// Start the local database, creating and migrating it on first use.
    Start,
    /// Stop the local database server.
    Stop,
    /// Say where the local database lives and whether it runs.
    Status,
    /// Print a connection URL for the local database (starting it), e.g. for
    /// `psql "$(omnictl db url)"`.
    Url,
    /// Stop the local database and delete all of its data.
    Destroy,
}
