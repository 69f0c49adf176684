//! The command line of `omnictl context`: its subcommands and their arguments.

use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum ContextCommand {
    /// List the contexts; the one in use is marked.
    List(super::ListFlags),
    /// Make a context the one in use (`local`: the embedded database).
    Use(NameArgs),
    /// Create a context or change its parts (an empty value removes a part).
    Set(SetArgs),
    /// Delete a context (the one in use falls back to `local`).
    Delete(NameArgs),
}

#[derive(Debug, Args)]
pub struct NameArgs {
    /// The context's name.
    pub name: String,
}

#[derive(Debug, Args)]
pub struct SetArgs {
    /// The context's name, e.g. staging.
    pub name: String,
    /// The server: postgres://LOGIN@HOST:PORT/DB, without a password (keep that in
    /// ~/.pgpass or PGPASSWORD).
    #[arg(long, value_name = "URL")]
    pub server: Option<String>,
    /// The operator to act as (their email).
    #[arg(long, value_name = "EMAIL")]
    pub user: Option<String>,
    /// The clinic to act in by default (slug or id).
    #[arg(long, value_name = "SLUG")]
    pub clinic: Option<String>,
    /// Also make it the context in use.
    #[arg(long = "use")]
    pub make_current: bool,
}
