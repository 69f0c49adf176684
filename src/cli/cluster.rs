//! The command line of `omnictl cluster`: its subcommands and their arguments.

use clap::Subcommand;

/// A Citus cluster: a coordinator omnictl connects to and workers that hold the clinics'
/// rows. Run as the schema's owner, on the coordinator, after `omnictl migrate run`.
#[derive(Debug, Subcommand)]
pub enum ClusterCommand {
    /// Distribute the schema: reference tables (organizations, users, logins, service
    /// codes), the clinics' tables by organization_id in one colocation group (safe to
    /// repeat; checked against citus_tables at the end).
    Distribute,
    /// Show the cluster's nodes and each table's distribution.
    Status(super::ListFlags),
}
