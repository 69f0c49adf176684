//! The command line of `omnictl db`: its subcommands and their arguments.

use std::path::PathBuf;

use clap::{Args, Subcommand};

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
    /// Make this database's pooler login for pgbouncer's auth_query (or give it a new
    /// password): it may connect here and call omnictl_pooler_lookup, nothing else.
    /// The schema's owner runs it (CREATEROLE is enough, no superuser).
    PoolerLogin(PoolerLoginArgs),
    /// Back up the database (the local one, or --database-url's) as its owner: every row
    /// of every table, checked against a count in the same snapshot, to FILE (pg_dump's
    /// custom format) and FILE.manifest.json (the counts and the operators' logins). A
    /// dump whose rows differ from the counts is removed and the command fails.
    Dump(DumpArgs),
    /// Restore a dump into a new, empty database as its owner (--database-url): the
    /// database gets logins of its own (their passwords are set again with `user
    /// set-password`), its definers' owners and who may connect; then the rows are
    /// counted against the manifest, the audit trail verified and the authorizations'
    /// counters checked.
    Restore(RestoreArgs),
}

#[derive(Debug, Args)]
pub struct PoolerLoginArgs {
    /// The login's name; omnictl_pooler_ and this database's oid when omitted.
    #[arg(long, value_name = "NAME")]
    pub login: Option<String>,
    /// Read its password from the first line of standard input, instead of asking on the
    /// terminal (only its SCRAM verifier reaches the server; pgbouncer's auth_file gets
    /// the password itself).
    #[arg(long)]
    pub password_stdin: bool,
}

#[derive(Debug, Args)]
pub struct DumpArgs {
    /// The archive to write (its manifest goes to FILE.manifest.json).
    pub file: PathBuf,
}

#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// The archive `omnictl db dump` wrote (FILE.manifest.json beside it).
    pub file: PathBuf,
}
