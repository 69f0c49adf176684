//! The command line of `omnictl audit`: its subcommands and their arguments.

use crate::domain::dates::TimeArg;
use crate::domain::ids::{AuditRowId, Key};
use clap::{Args, Subcommand, ValueEnum};

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// List audit rows, newest first.
    Log(LogArgs),
    /// Show one audit row in full.
    Show(ShowArgs),
    /// Recompute the hash chains in omnictl; exit 10 naming the first broken row of any
    /// chain. With --checkpoints, also prove each chain still passes through every row a
    /// signed checkpoint vouched for.
    Verify(VerifyArgs),
    /// Write a new Ed25519 key pair for signing checkpoints: FILE (private, mode 0600) and
    /// FILE.pub. Keep the private key outside the database and its backups.
    Keygen(KeygenArgs),
    /// Sign the head of every chain (super admin) and append it as one line of JSON to
    /// --out (or print it): keep that file where the database's administrators cannot
    /// rewrite it. Recorded in the trail too.
    Checkpoint(CheckpointArgs),
    /// Write audit rows, oldest first, as JSON Lines for a compliance reviewer.
    Export(ExportArgs),
}

#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// A file of checkpoints (one JSON line each, from omnictl audit checkpoint).
    #[arg(long, value_name = "PATH", requires = "public_key")]
    pub checkpoints: Option<std::path::PathBuf>,
    /// The public key the checkpoints were signed with (from omnictl audit keygen).
    #[arg(long, value_name = "FILE", requires = "checkpoints")]
    pub public_key: Option<std::path::PathBuf>,
}

#[derive(Debug, Args)]
pub struct KeygenArgs {
    /// Where to write the private key; the public key goes to FILE.pub. Never overwritten.
    #[arg(long, value_name = "FILE")]
    pub out: std::path::PathBuf,
}

#[derive(Debug, Args)]
pub struct CheckpointArgs {
    /// The private key (from omnictl audit keygen).
    #[arg(long, value_name = "FILE")]
    pub key: std::path::PathBuf,
    /// Append the checkpoint to this file instead of printing it.
    #[arg(long, value_name = "PATH")]
    pub out: Option<std::path::PathBuf>,
}

#[derive(Debug, Args)]
pub struct FilterArgs {
    /// Rows at or after this time: a date (from its midnight on the clinic's clock, UTC's
    /// for the platform) or an RFC 3339 time such as 2026-11-01T09:00:00Z.
    #[arg(long, value_name = "DATE|TIME", value_parser = TimeArg::parse, allow_hyphen_values = true)]
    pub since: Option<TimeArg>,
    /// Rows before this time (same forms as --since).
    #[arg(long, value_name = "DATE|TIME", value_parser = TimeArg::parse, allow_hyphen_values = true)]
    pub until: Option<TimeArg>,
}

#[derive(Debug, Args)]
pub struct LogArgs {
    #[command(flatten)]
    pub list: super::ListFlags,
    /// Rows of actions by this operator (email). (--operator is who you are.)
    #[arg(long, value_name = "EMAIL")]
    pub by: Option<String>,
    /// An action (patient.read), or every action of a group with a trailing dot (patient.).
    #[arg(long)]
    pub action: Option<String>,
    /// Rows about one entity, as TYPE:ID (organization:3f2c…, user:…).
    #[arg(long, value_name = "TYPE:ID")]
    pub entity: Option<String>,
    #[command(flatten)]
    pub window: FilterArgs,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The audit row's id, or its first 8 or more characters.
    pub id: Key<AuditRowId>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ExportFormat {
    /// One JSON object per line.
    Jsonl,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub window: FilterArgs,
    /// jsonl: one JSON object per line.
    #[arg(long, value_enum, default_value_t = ExportFormat::Jsonl)]
    pub format: ExportFormat,
}
