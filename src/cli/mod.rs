//! The command line: global options, the command groups and each group's arguments
//! (one module per group). Types only, and the shell completion that runs below the
//! commands: `commands/` reads these, never the other way round.

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};

pub(crate) mod access;
pub(crate) mod appointment;
pub(crate) mod audit;
pub(crate) mod auth;
pub(crate) mod bulk;
pub(crate) mod cluster;
pub(crate) mod code;
pub(crate) mod complete;
pub(crate) mod completions;
pub(crate) mod context;
pub(crate) mod db;
pub(crate) mod doctor;
pub(crate) mod examples;
pub(crate) mod insurance;
pub(crate) mod migrate;
pub(crate) mod org;
pub(crate) mod patient;
pub(crate) mod practitioner;
pub(crate) mod quickstart;
pub(crate) mod report;
pub(crate) mod seed;
pub(crate) mod session;
pub(crate) mod user;
pub(crate) mod values;

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
    long_version = LONG_VERSION,
    propagate_version = true,
    max_term_width = 100,
    after_help = crate::error::exit_codes_help(),
    after_long_help = format!("{}\n{ENVIRONMENT}", crate::error::exit_codes_help())
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

impl GlobalArgs {
    /// The list options, as a value for what prints.
    pub(crate) fn list_options(&self) -> crate::output::ListOptions {
        crate::output::ListOptions {
            limit: self.limit.map(|n| n as usize),
            all: self.all,
            sort: self.sort.clone(),
            no_headers: self.no_headers,
        }
    }

    /// What the command line and the environment chose, for the context to complete.
    pub(crate) fn given(&self) -> crate::config::Given {
        crate::config::Given {
            database_url: self.database_url.clone(),
            operator: self.operator.clone(),
            org: self.org.clone(),
            context: self.context.clone(),
        }
    }
}

/// Options every command accepts.
#[derive(Debug, Clone, Args)]
pub struct GlobalArgs {
    /// PostgreSQL server to use instead of the local database
    /// (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler).
    /// Without it, PGSERVICE names a connection service.
    #[arg(
        long,
        env = "DATABASE_URL",
        global = true,
        help_heading = "Global options",
        hide_env_values = true,
        value_name = "URL"
    )]
    pub database_url: Option<String>,

    /// The user you act as. On the local database, whose login to connect as; on a
    /// server the login in the URL decides, and this must name that same user.
    #[arg(
        long,
        env = "OMNICTL_OPERATOR",
        hide_env_values = true,
        global = true,
        help_heading = "Global options",
        value_name = "EMAIL"
    )]
    pub operator: Option<String>,

    /// The named context to use (see `omnictl context`): its server, operator and clinic
    /// fill what no flag or environment variable gives.
    #[arg(
        long,
        env = "OMNICTL_CONTEXT",
        hide_env_values = true,
        global = true,
        help_heading = "Global options",
        value_name = "NAME"
    )]
    pub context: Option<String>,

    /// The organization to act in, by slug or id.
    #[arg(
        long,
        env = "OMNICTL_ORG",
        hide_env_values = true,
        global = true,
        help_heading = "Global options",
        value_name = "SLUG|ID"
    )]
    pub org: Option<String>,

    /// How to print results on stdout.
    #[arg(short = 'o', long, global = true, help_heading = "Global options", value_enum, default_value_t = OutputFormat::Table)]
    pub output: OutputFormat,

    /// Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe).
    #[arg(long, global = true, help_heading = "Global options", value_name = "N",
          value_parser = clap::value_parser!(u32).range(1..=10_000_000))]
    pub limit: Option<u32>,

    /// Lists: every row, even on a terminal.
    #[arg(long, global = true, help_heading = "Global options", conflicts_with = "limit")]
    pub all: bool,

    /// Lists: order by a column (its name as the header shows it), FIELD:desc reversed.
    #[arg(long, global = true, help_heading = "Global options", value_name = "FIELD")]
    pub sort: Option<String>,

    /// Lists: no header row (table and CSV).
    #[arg(long, global = true, help_heading = "Global options")]
    pub no_headers: bool,

    /// Answer yes to confirmations (required for them without a terminal).
    #[arg(short = 'y', long, global = true, help_heading = "Global options")]
    pub yes: bool,

    /// Print only results and errors.
    #[arg(short, long, global = true, help_heading = "Global options", conflicts_with = "verbose")]
    pub quiet: bool,

    /// Say more: -v also traces each SQL statement (its name and duration), -vv its
    /// text; never a value. RUST_LOG, when set, takes over.
    #[arg(short, long, global = true, help_heading = "Global options", action = clap::ArgAction::Count)]
    pub verbose: u8,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Set up everything a newcomer needs on the local database, and say what to try next.
    Quickstart(quickstart::QuickstartArgs),
    /// Organizations (clinics): create, list, show, update, suspend, activate.
    #[command(subcommand)]
    Org(org::OrgCommand),
    /// Users who operate omnictl, and bootstrapping the first super admin.
    #[command(subcommand)]
    User(user::UserCommand),
    /// Practitioners of an organization: credentials, NPI, license.
    #[command(subcommand)]
    Practitioner(practitioner::PractitionerCommand),
    /// Patients of an organization (reads are audited as PHI access).
    #[command(subcommand)]
    Patient(patient::PatientCommand),
    /// Patients' insurance policies (reads are audited as PHI access).
    #[command(subcommand)]
    Insurance(insurance::InsuranceCommand),
    /// Payer authorizations: units, ledger, status sweep, cron reports.
    #[command(subcommand)]
    Auth(auth::AuthCommand),
    /// Appointments booked against authorizations.
    #[command(subcommand)]
    Appointment(appointment::AppointmentCommand),
    /// Clinical sessions: start, events, completion that consumes units, signed notes.
    #[command(subcommand)]
    Session(session::SessionCommand),
    /// The service codes there are to book: units, credentials, daily maxima.
    #[command(subcommand)]
    Code(code::CodeCommand),
    /// Monthly reports: supervision of RBTs.
    #[command(subcommand)]
    Report(report::ReportCommand),
    /// Who you are here: operator, role, clinic, database, how the database knows you.
    Whoami,
    /// Named contexts: a server, an operator and a clinic to use together.
    #[command(subcommand)]
    Context(context::ContextCommand),
    /// Examine, verify and export the audit trail.
    #[command(subcommand)]
    Audit(audit::AuditCommand),
    /// Break-the-glass access of a super admin to a clinic's patient data.
    #[command(subcommand)]
    Access(access::AccessCommand),
    /// Manage the local database (start, stop, status, url, destroy).
    #[command(subcommand)]
    Db(db::DbCommand),
    /// Check what the server is set up to do for omnictl (the schema, reads audited by
    /// pgAudit) and say what a superuser must do where it is not; exit 10 when a check fails.
    Doctor(doctor::DoctorArgs),
    /// Apply or inspect the schema migrations embedded in omnictl.
    #[command(subcommand)]
    Migrate(migrate::MigrateCommand),
    /// Distribute the schema over a Citus cluster, and show how it is distributed.
    #[command(subcommand)]
    Cluster(cluster::ClusterCommand),
    /// Load reference data shipped with omnictl.
    #[command(subcommand)]
    Seed(seed::SeedCommand),
    /// Print a shell completion script.
    Completions(completions::CompletionsArgs),
}

/// `omnictl --version`: the release, the commit it was built from, the schema it expects.
pub(crate) const LONG_VERSION: &str =
    concat!(env!("OMNICTL_VERSION"), " (commit ", env!("OMNICTL_COMMIT"), ", schema ", env!("OMNICTL_SCHEMA"), ")");

/// The environment omnictl reads, as `omnictl --help` lists it.
pub(crate) const ENVIRONMENT: &str = "Environment:
  DATABASE_URL        the server to use (as --database-url); without it, the local database
  PGSERVICE           a connection service in ~/.pg_service.conf (also PGSERVICEFILE, PGSYSCONFDIR)
  PGPASSWORD          the login's password (or ~/.pgpass); PGSSLMODE, PGSSLROOTCERT, PGSSLCERT,
                      PGSSLKEY as for libpq
  OMNICTL_OPERATOR    the user you act as (as --operator)
  OMNICTL_ORG         the organization to act in (as --org)
  OMNICTL_CONTEXT     the named context to use (as --context)
  OMNICTL_CONFIG      the configuration file of the contexts (default:
                      $XDG_CONFIG_HOME/omnictl/config.toml, else ~/.config/omnictl/config.toml)
  OMNICTL_HOME        where the local database lives (default: $XDG_DATA_HOME/omnictl, else
                      ~/.local/share/omnictl)
  OMNICTL_PG_BINDIR   the PostgreSQL server binaries for the local database (default: the newest
                      installed)
  OMNICTL_PG_USER     the system user the local server runs as when omnictl runs as root
                      (default: postgres)
  NO_COLOR            no colours in tables and messages
  RUST_LOG            tracing's filter (e.g. sqlx=debug), instead of what -v and -vv trace
  COMPLETE            set by the shell to complete a command line: `source <(COMPLETE=bash
                      omnictl)` completes slugs, emails, MRNs, NPIs, authorization
                      numbers and codes as well as commands
Flags beat the environment, which beats the context.";

/// Gives `command` copies of the global options it has none of, hidden from its help.
fn hide_globals(command: &mut clap::Command, globals: &[clap::Arg]) {
    for arg in globals {
        if command.get_arguments().any(|own| own.get_id() == arg.get_id()) {
            continue;
        }
        *command = std::mem::take(command).arg(arg.clone().hide_short_help(true).hide_long_help(true));
    }
}

/// What a subcommand's help says of the global options it leaves out.
const GLOBALS_ELSEWHERE: &str = "Global options (--database-url, --operator, --org, -o, -q, …): omnictl --help";

/// The command line as the man pages document it: each page its command's own options,
/// the global ones on `omnictl`'s page.
pub fn documented() -> clap::Command {
    complete::attach(with_examples(Cli::command(), ""))
}

/// The command line with every command's examples at the end of its help.
pub fn command() -> clap::Command {
    let mut command = documented();
    // The global options are listed once, in `omnictl --help`. clap copies a global
    // option into each subcommand that has none of that name; each gets a copy of its
    // own first, kept out of its help (still parsed and completed everywhere).
    let globals: Vec<clap::Arg> = command.get_arguments().filter(|arg| arg.is_global_set()).cloned().collect();
    for sub in command.get_subcommands_mut() {
        keep_globals_out_of_help(sub, &globals);
    }
    command
}

/// The command line [`command`] makes, for parsing `args`: examples and the hidden
/// copies of the global options only on the commands `args` names, and no completers
/// (which only a completing shell calls). What parses is the same; the help `args` can
/// ask for is the same; building the whole tree for every run cost about a millisecond.
fn command_for(args: &[std::ffi::OsString]) -> clap::Command {
    let words: Vec<&str> = args.iter().skip(1).filter_map(|arg| arg.to_str()).collect();
    let mut command = with_examples_on(Cli::command(), "", &words);
    let globals: Vec<clap::Arg> = command.get_arguments().filter(|arg| arg.is_global_set()).cloned().collect();
    for sub in command.get_subcommands_mut().filter(|sub| named(sub, &words)) {
        keep_globals_out_of_help_on(sub, &globals, &words);
    }
    command
}

/// Whether `words` name `command` (by its name or an alias).
fn named(command: &clap::Command, words: &[&str]) -> bool {
    words.iter().any(|word| command.get_name() == *word || command.get_all_aliases().any(|alias| alias == *word))
}

/// [`with_examples`] on the commands `words` name (any of them, at any depth below one
/// named: a word that is a value, not a command, costs a little more, never less help).
fn with_examples_on(command: clap::Command, path: &str, words: &[&str]) -> clap::Command {
    let mut command = examples_of(command, path);
    let names: Vec<String> =
        command.get_subcommands().filter(|sub| named(sub, words)).map(|s| s.get_name().to_string()).collect();
    for name in names {
        let child = if path.is_empty() { name.clone() } else { format!("{path} {name}") };
        command = command.mut_subcommand(&name, |sub| with_examples_on(sub, &child, words));
    }
    command
}

/// [`keep_globals_out_of_help`] on `command` and the commands below it `words` name.
fn keep_globals_out_of_help_on(command: &mut clap::Command, globals: &[clap::Arg], words: &[&str]) {
    hide_globals(command, globals);
    for sub in command.get_subcommands_mut().filter(|sub| named(sub, words)) {
        keep_globals_out_of_help_on(sub, globals, words);
    }
}

fn with_examples(command: clap::Command, path: &str) -> clap::Command {
    let mut command = examples_of(command, path);
    let names: Vec<String> = command.get_subcommands().map(|s| s.get_name().to_string()).collect();
    for name in names {
        let child = if path.is_empty() { name.clone() } else { format!("{path} {name}") };
        command = command.mut_subcommand(&name, |sub| with_examples(sub, &child));
    }
    command
}

/// `command` with its examples (and, below the top, where the global options are) at the
/// end of its help.
fn examples_of(command: clap::Command, path: &str) -> clap::Command {
    match (path.is_empty(), examples::for_command(path)) {
        (true, Some(text)) => command.after_help(text),
        (true, None) => command,
        (false, Some(text)) => command.after_help(format!("{text}\n\n{GLOBALS_ELSEWHERE}")),
        (false, None) => command.after_help(GLOBALS_ELSEWHERE),
    }
}

/// Gives `command` and its subcommands copies of the global options hidden from help
/// (a list keeps its own list options, shown in its help).
fn keep_globals_out_of_help(command: &mut clap::Command, globals: &[clap::Arg]) {
    hide_globals(command, globals);
    for sub in command.get_subcommands_mut() {
        keep_globals_out_of_help(sub, globals);
    }
}

/// The list options of a command that prints a list: every list's arguments flatten
/// this, which is what makes it a list (see [`lists`]). They are the global options of
/// the same names, shown in the list's help; clap gives a value to both, and it reaches
/// what prints as [`GlobalArgs::list_options`].
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "List options")]
pub struct ListFlags {
    /// At most N rows (default: a page of 50 on a terminal, every row into a pipe).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=10_000_000))]
    pub limit: Option<u32>,

    /// Every row, even on a terminal.
    #[arg(long, conflicts_with = "limit")]
    pub all: bool,

    /// Order by a column (its name as the header or the JSON key shows it), FIELD:desc
    /// reversed.
    #[arg(long, value_name = "FIELD")]
    pub sort: Option<String>,

    /// No header row (table and CSV).
    #[arg(long)]
    pub no_headers: bool,
}

/// The commands whose output is a list, and so take --limit, --all and --sort: those
/// whose arguments flatten [`ListFlags`] (found in the command tree, as "auth list").
pub fn lists() -> Vec<String> {
    fn walk(command: &clap::Command, path: &str, out: &mut Vec<String>) {
        let own_limit = command.get_arguments().any(|arg| arg.get_id() == "limit" && !arg.is_global_set());
        if own_limit && !path.is_empty() {
            out.push(path.to_string());
        }
        for sub in command.get_subcommands() {
            let child = if path.is_empty() { sub.get_name().to_string() } else { format!("{path} {}", sub.get_name()) };
            walk(sub, &child, out);
        }
    }
    let mut out = Vec::new();
    walk(&Cli::command(), "", &mut out);
    out
}

/// The command line as given, parsed: exits with clap's message (status 2) when it is
/// wrong, and prints help or the version (status 0) when asked.
pub fn parse() -> Cli {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let mut command = command_for(&args);
    let mut matches = command.try_get_matches_from_mut(args).unwrap_or_else(|error| error.exit());
    if let Err(error) = list_options_only_on_lists(&command, &matches) {
        error.exit();
    }
    Cli::from_arg_matches_mut(&mut matches).unwrap_or_else(|error| error.exit())
}

/// --limit, --all and --sort given to a command that prints no list are refused, rather
/// than parsed and ignored (--no-headers also heads a record's CSV).
fn list_options_only_on_lists(command: &clap::Command, matches: &clap::ArgMatches) -> Result<(), clap::Error> {
    let mut path = Vec::new();
    let mut leaf = matches;
    let mut leaf_command = command;
    while let Some((name, sub)) = leaf.subcommand() {
        path.push(name);
        leaf = sub;
        match leaf_command.find_subcommand(name) {
            Some(found) => leaf_command = found,
            None => break,
        }
    }
    let path = path.join(" ");
    // A list is a command with list options of its own, as [`lists`] finds them.
    let is_list = leaf_command.get_arguments().any(|arg| arg.get_id() == "limit" && !arg.is_global_set());
    if path.is_empty() || is_list {
        return Ok(());
    }
    let given = ["limit", "all", "sort"]
        .into_iter()
        .find(|id| leaf.value_source(id) == Some(clap::parser::ValueSource::CommandLine));
    match given {
        None => Ok(()),
        Some(id) => Err(command.clone().error(
            clap::error::ErrorKind::ArgumentConflict,
            format!("--{id} applies to lists, and `omnictl {path}` prints none (lists: {})", lists().join(", ")),
        )),
    }
}

/// What a change does to the booked appointments it would leave outside the rules.
#[derive(Debug, Args)]
pub struct AffectedArgs {
    /// Cancel the affected appointments with the change (releasing their units); needs
    /// --reason.
    #[arg(long, requires = "reason", conflicts_with = "keep_affected")]
    pub cancel_affected: bool,
    /// Keep the affected appointments, flagged as needing attention (see appointment
    /// list --needs-attention); a session cannot start until they are fixed.
    #[arg(long)]
    pub keep_affected: bool,
    /// Why the affected appointments are cancelled (kept with each).
    #[arg(long, requires = "cancel_affected")]
    pub reason: Option<String>,
}
