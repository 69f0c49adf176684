//! The command line of `omnictl user`: its subcommands and their arguments.

use crate::domain::ids::{Key, UserId};
use crate::domain::user::UserRole;
use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create the first super admin. Needs no operator; refuses once any super admin exists.
    Bootstrap(BootstrapArgs),
    /// Create a user of an organization (its ADMIN, or a super admin with --org), or a
    /// super admin (--super-admin, super admins only).
    Create(CreateArgs),
    /// List users: every user for a super admin (one organization's with --org), your
    /// organization's for its ADMIN.
    List(ListArgs),
    /// Show one user.
    Show(KeyArgs),
    /// Change a user's name, email or role.
    Update(UpdateArgs),
    /// Deactivate a user: their database login can no longer connect, and its open
    /// connections are ended. Records are kept.
    Deactivate(DeactivateArgs),
    /// Reactivate a deactivated user: their login may connect again.
    Activate(KeyArgs),
    /// Set the password of a user's database login: your own, a user of your clinic (its
    /// ADMIN), anyone's (a super admin). Asked twice on a terminal, or read from stdin.
    SetPassword(SetPasswordArgs),
    /// Who you are connected as: the operator, their database login and where they act.
    Whoami,
}

#[derive(Debug, Args)]
pub struct SetPasswordArgs {
    /// The user's email or id; yourself when omitted.
    pub user: Option<Key<UserId>>,
    /// Read the password from the first line of standard input (for scripts), instead of
    /// asking on the terminal.
    #[arg(long)]
    pub password_stdin: bool,
}

#[derive(Debug, Args)]
pub struct BootstrapArgs {
    /// The first super admin's email: their login name.
    #[arg(long)]
    pub email: Option<String>,
    /// Their full name.
    #[arg(long)]
    pub name: Option<String>,
    /// Give the new login a password, read from the first line of standard input (a
    /// server's operators connect with one; the local database needs none).
    #[arg(long)]
    pub password_stdin: bool,
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// The new user's email: their login name, unique on the platform.
    #[arg(long)]
    pub email: Option<String>,
    /// Their full name.
    #[arg(long)]
    pub name: Option<String>,
    /// ADMIN manages the organization; STAFF reads patients, schedules and runs sessions
    /// (asked on a terminal; else staff).
    #[arg(long, value_enum, conflicts_with = "super_admin")]
    pub role: Option<UserRole>,
    /// Create a platform super admin (no organization).
    #[arg(long)]
    pub super_admin: bool,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub list: super::ListFlags,
    /// Include deactivated users.
    #[arg(long)]
    pub include_inactive: bool,
}

#[derive(Debug, Args)]
pub struct DeactivateArgs {
    /// The user's email or id.
    pub user: Key<UserId>,
    /// Why (kept in the audit trail).
    #[arg(long)]
    pub reason: Option<String>,
}

#[derive(Debug, Args)]
pub struct KeyArgs {
    /// The user's email or id.
    pub user: Key<UserId>,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// The user's email or id.
    pub user: Key<UserId>,
    /// A new full name.
    #[arg(long)]
    pub name: Option<String>,
    /// A new email (their login is renamed with it).
    #[arg(long)]
    pub email: Option<String>,
    /// A new role in their clinic: admin or staff.
    #[arg(long, value_enum)]
    pub role: Option<UserRole>,
}
