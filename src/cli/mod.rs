//! The top-level command line: global options and the list of command groups. Each
//! group's own arguments live beside the code that runs them, in `commands/`.

use clap::{Args, Parser, Subcommand};

pub mod values;

use crate::commands;
use crate::output::OutputFormat;

/// Administration tool of Omnirapeutic, the practice-management platform for ABA
/// therapy clinics.
///
/// omnictl talks straight to PostgreSQL. With no --database-url it uses a private local
/// database that it creates and starts on demand (see `omnictl db --help`). New here?
/// Run `omnictl quickstart`.
///
/// Every command but db, migrate, completions, quickstart and `user bootstrap` acts as an
/// operator and is audited: the user whose database login connected (on the local
/// database, the one --operator EMAIL or OMNICTL_OPERATOR names). Roles: a super admin
/// runs the platform (organizations, users, the audit trail) and reaches a clinic's
/// patient data only through `access break-glass`; a clinic's ADMIN manages its users,
/// practitioners, patients, insurance and authorizations and reads its audit trail; its
/// STAFF read patients, schedule and run sessions.
#[derive(Debug, Parser)]
#[command(
    name = "omnictl",
    version,
    propagate_version = true,
    max_term_width = 100,
    after_help = crate::error::exit_codes_help()
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

/// Options every command accepts.
#[derive(Debug, Clone, Args)]
pub struct GlobalArgs {
    /// PostgreSQL server to use instead of the local database
    /// (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler).
    /// Without it, PGSERVICE names a connection service.
    #[arg(long, env = "DATABASE_URL", global = true, hide_env_values = true, value_name = "URL")]
    pub database_url: Option<String>,

    /// The user you act as. On the local database, whose login to connect as; on a
    /// server the login in the URL decides, and this must name that same user.
    #[arg(long, env = "OMNICTL_OPERATOR", global = true, value_name = "EMAIL")]
    pub operator: Option<String>,

    /// The organization to act in, by slug or id.
    #[arg(long, env = "OMNICTL_ORG", global = true, value_name = "SLUG|ID")]
    pub org: Option<String>,

    /// How to print results on stdout.
    #[arg(short = 'o', long, global = true, value_enum, default_value_t = OutputFormat::Table)]
    pub output: OutputFormat,

    /// Answer yes to confirmations (required for them without a terminal).
    #[arg(short = 'y', long, global = true)]
    pub yes: bool,

    /// Print only results and errors.
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,

    /// Say more about what is being done.
    #[arg(short, long, global = true)]
    pub verbose: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Set up everything a newcomer needs on the local database, and say what to try next.
    Quickstart(commands::quickstart::QuickstartArgs),
    /// Organizations (clinics): create, list, show, update, suspend, activate.
    #[command(subcommand)]
    Org(commands::org::OrgCommand),
    /// Users who operate omnictl, and bootstrapping the first super admin.
    #[command(subcommand)]
    User(commands::user::UserCommand),
    /// Practitioners of an organization: credentials, NPI, license.
    #[command(subcommand)]
    Practitioner(commands::practitioner::PractitionerCommand),
    /// Patients of an organization (reads are audited as PHI access).
    #[command(subcommand)]
    Patient(commands::patient::PatientCommand),
    /// Patients' insurance policies (reads are audited as PHI access).
    #[command(subcommand)]
    Insurance(commands::insurance::InsuranceCommand),
    /// Payer authorizations: units, ledger, status sweep, cron reports.
    #[command(subcommand)]
    Auth(commands::auth::AuthCommand),
    /// Appointments booked against authorizations.
    #[command(subcommand)]
    Appointment(commands::appointment::AppointmentCommand),
    /// Clinical sessions: start, events, completion that consumes units, signed notes.
    #[command(subcommand)]
    Session(commands::session::SessionCommand),
    /// Monthly reports: supervision of RBTs.
    #[command(subcommand)]
    Report(commands::report::ReportCommand),
    /// Examine, verify and export the audit trail.
    #[command(subcommand)]
    Audit(commands::audit::AuditCommand),
    /// Break-the-glass access of a super admin to a clinic's patient data.
    #[command(subcommand)]
    Access(commands::access::AccessCommand),
    /// Manage the local database (start, stop, status, url, destroy).
    #[command(subcommand)]
    Db(commands::db::DbCommand),
    /// Apply or inspect the schema migrations embedded in omnictl.
    #[command(subcommand)]
    Migrate(commands::migrate::MigrateCommand),
    /// Load reference data shipped with omnictl.
    #[command(subcommand)]
    Seed(commands::seed::SeedCommand),
    /// Print a shell completion script.
    Completions(commands::completions::CompletionsArgs),
}
