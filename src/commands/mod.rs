//! One module per command group: its clap types next to the functions that run them.
//! No SQL here: commands call `domain` for rules and `store` for data.

pub(crate) mod access;
pub(crate) mod appointment;
pub(crate) mod audit;
pub(crate) mod auth;
pub(crate) mod bulk;
pub(crate) mod cluster;
pub(crate) mod code;
pub(crate) mod completions;
pub(crate) mod context;
pub(crate) mod db;
pub(crate) mod doctor;
pub(crate) mod insurance;
pub(crate) mod list;
pub(crate) mod migrate;
pub(crate) mod org;
pub(crate) mod patient;
pub(crate) mod practitioner;
pub(crate) mod quickstart;
pub(crate) mod report;
pub(crate) mod seed;
pub(crate) mod session;
pub(crate) mod user;

use crate::domain::dates::DateArg;
use anyhow::Result;
use sqlx::PgPool;

use crate::cli::{Cli, Command, GlobalArgs};
use crate::db::{self as database, Schema, Target};
use crate::ui::Ui;

pub(crate) use crate::cli::AffectedArgs;
pub(crate) use crate::error::Flagged;

/// What every command gets: the global options and the terminal.
pub(crate) struct App {
    pub global: GlobalArgs,
    pub ui: Ui,
    /// What named the operator (`--operator`, `OMNICTL_OPERATOR`, `the context NAME`),
    /// for messages about it.
    pub operator_source: Option<String>,
    /// What named the database (`--database-url`, `DATABASE_URL`, `PGSERVICE=NAME`, `the
    /// context NAME`), for `whoami`.
    pub database_source: Option<String>,
    /// Who a connection's login is, as its first statement said (see
    /// [`database::connect`]), kept with the login's name for the first runner on it.
    identified: crate::ops::Identified,
}

impl App {
    pub(crate) fn target(&self) -> Result<Target> {
        Target::resolve(self.global.database_url.as_deref())
    }

    /// Who the operator claims to be and where they act, as the command line says.
    pub(crate) fn claim(&self) -> crate::access::Claim {
        crate::access::Claim {
            operator: self.global.operator.clone(),
            operator_source: self.operator_source.clone(),
            organization: self.global.org.clone(),
        }
    }

    /// The organization `--org` names, as a key (a slug or an id).
    pub(crate) fn org_key(&self) -> Result<Option<crate::domain::ids::Key<crate::domain::ids::OrganizationId>>> {
        let named = self.global.org.as_deref().map(crate::domain::ids::Key::parse).transpose();
        named.map_err(|e| bad_flag("--org", e))
    }

    /// How lists are cut, ordered and headed, as the list options say.
    pub(crate) fn lists(&self) -> crate::output::ListOptions {
        self.global.list_options()
    }

    /// Prints one record in the format `-o` chose.
    pub(crate) fn print_record<T: crate::output::Tabular>(&self, item: &T) -> Result<()> {
        crate::output::print_record(self.global.output, &self.lists(), item)
    }

    /// Prints a list computed in memory (a report) in the format `-o` chose, as the list
    /// options say; rows of a table are printed by [`list::print`].
    pub(crate) fn print_list<T: crate::output::Tabular>(&self, items: &[T]) -> Result<()> {
        crate::output::print_list(self.global.output, &self.lists(), items)
    }

    /// The runner of operations as this command line's operator, on `pool`.
    pub(crate) fn runner(&self, pool: &PgPool) -> crate::ops::Runner {
        crate::ops::Runner::new(pool, self.claim()).identified(&self.identified)
    }

    /// Connects as the operator: on a server given by URL, its login; on the local
    /// database, the login of `--operator` (see [`database::connect`]).
    pub(crate) async fn connect(&self, schema: Schema) -> Result<PgPool> {
        self.connect_as(schema, self.global.operator.as_deref()).await
    }

    /// Connects as the schema's owner: the URL's login, or the local cluster's owner
    /// (`migrate`, `user bootstrap`), whatever `--operator` says.
    pub(crate) async fn connect_owner(&self, schema: Schema) -> Result<PgPool> {
        self.connect_as(schema, None).await
    }

    /// Connects as the operator `operator` names (see [`database::connect`]).
    pub(crate) async fn connect_as(&self, schema: Schema, operator: Option<&str>) -> Result<PgPool> {
        // Whatever stops omnictl from using the database is the database's kind of failure.
        let connected = async { database::connect(&self.target()?, schema, operator, &self.ui).await }.await;
        let (pool, identity) = connected.map_err(|e| crate::error::with_kind(e, crate::error::Kind::Database))?;
        if let Some(identity) = identity {
            self.identified.keep(&pool, identity);
        }
        Ok(pool)
    }
}

/// A required value: given on the command line, or asked for on a terminal. Without a
/// terminal a missing value is an error naming the flag, never a hang.
/// A one-line text flag: trimmed, no control characters, at most `max` characters
/// (see `domain::text`). The message names the flag, never repeats the value.
pub(crate) fn line_flag(flag: &str, value: &str, max: usize) -> Result<String> {
    crate::domain::text::single_line(flag, value, max).map_err(|e| anyhow::anyhow!(e))
}

/// The same for an optional flag.
pub(crate) fn optional_line_flag(flag: &str, value: Option<&str>, max: usize) -> Result<Option<String>> {
    value.map(|v| line_flag(flag, v, max)).transpose()
}

/// A flag's value that does not parse: the command line is wrong (exit 2), said with the
/// flag's name and why.
pub(crate) fn bad_flag(flag: &str, reason: impl std::fmt::Display) -> anyhow::Error {
    crate::error::Error::usage(format!("{flag}: {reason}")).into()
}

/// A date flag clap could not parse itself (an empty value has a meaning there): the
/// same language, and the same usage error (exit 2), as every other date flag.
pub(crate) fn date_flag(flag: &str, text: &str) -> Result<DateArg> {
    DateArg::parse(text).map_err(|reason| {
        crate::error::Error::usage(format!("invalid value '{text}' for '{flag} <DATE>': {reason}")).into()
    })
}

/// A text flag of several lines (a note): tabs and line breaks allowed.
pub(crate) fn text_flag(flag: &str, value: &str, max: usize) -> Result<String> {
    crate::domain::text::multi_line(flag, value, max).map_err(|e| anyhow::anyhow!(e))
}

/// A remedy (see [`crate::error::Remedy`]) said with the flags and commands that apply
/// it: the one place that turns what resolves a refusal into the command line.
pub(crate) fn remedy_hint(remedy: &crate::error::Remedy) -> String {
    use crate::error::Remedy;
    match remedy {
        Remedy::ChooseAuthorization => "choose one with --auth NUMBER".to_string(),
        Remedy::ImportBeforeDistributing => "import before `omnictl cluster distribute`, or add the records one at a \
                                             time (`patient create`, `insurance add`, `auth create`)"
            .to_string(),
        Remedy::BillCovered(units) => {
            format!("bill what it covers with --bill-units {units}; the rest is recorded as unbilled minutes")
        }
        Remedy::AsIndividual => "bill it as the individual code (97153 for 97154, 97155 for 97158, 97156 for 97157) \
                                 with --as-individual, or start the other members' sessions first"
            .to_string(),
        Remedy::SettleGroup => "cancel the rest of the group too with --cancel-group, or convert the member left \
                                alone to the individual code with --as-individual"
            .to_string(),
        Remedy::MoveGroup => "move the whole group together with --group, or take this member out of the group as \
                              the individual code (97153 for 97154, 97155 for 97158, 97156 for 97157) with \
                              --as-individual"
            .to_string(),
        Remedy::ChooseOrganization => "name the organization with --org SLUG".to_string(),
        Remedy::NameOrganization => "name the organization: omnictl org show SLUG".to_string(),
        Remedy::SeeCodes => "(omnictl code list shows the codes there are)".to_string(),
        Remedy::SeeOrLoadCodes => "omnictl code list shows the codes there are (an empty list: a super admin loads \
                                   them with omnictl seed service-codes)"
            .to_string(),
        Remedy::CaregiverGuidance => {
            "caregiver guidance without the patient (97156 with --patient-absent, 97157) occupies the practitioner only"
                .to_string()
        }
        Remedy::OverrideDailyMax => "the code is payable above its maximum with documentation (MUE adjudication \
                                     indicator 3): a clinic ADMIN may add --override-daily-max --reason TEXT"
            .to_string(),
        Remedy::CreateAuthorization => "create one with omnictl auth create".to_string(),
        Remedy::AuthorizeIndividual(code) => {
            format!("add one (omnictl auth create --code {code}), or cancel the rest of the group")
        }
        Remedy::BookGroup { max } => {
            format!("book the group in one slot: --group --patient MRN --patient MRN … (2 to {max})")
        }
        Remedy::NameNoAuthorization => "leave out --auth".to_string(),
        Remedy::CancelAffected => "cancel them with the change: --cancel-affected --reason TEXT".to_string(),
        Remedy::KeepAffected => {
            "or keep them flagged for rescheduling: --keep-affected (see omnictl appointment list --needs-attention)"
                .to_string()
        }
        Remedy::CancelLatestAffected => {
            "cancel the latest of them with the change: --cancel-affected --reason TEXT".to_string()
        }
        Remedy::SettleScheduled => {
            "cancel or move them first (omnictl appointment list --status scheduled)".to_string()
        }
        Remedy::ExtendEnd => "extend it with --end DATE (the payer's extension); the status follows".to_string(),
        Remedy::VerifyAudit => "run omnictl audit verify and investigate first".to_string(),
        Remedy::AskSuperAdmin => {
            "ask a super admin to create your user (omnictl user create --super-admin …)".to_string()
        }
        Remedy::Reschedule { appointment, start } => format!(
            "move it first: omnictl appointment reschedule {appointment} --start \"{start}\" (every rule is checked \
             for the new date)"
        ),
        Remedy::GiveDeliveredTimes => "give the times the care was actually delivered (--at / --end)".to_string(),
        Remedy::FixRecordOrGiveEnd => {
            "fix the record (authorization, credential, policy), or give the end the care was delivered (--end)"
                .to_string()
        }
        Remedy::WriteNarrative { session } => format!(
            "record the clinician's own narrative with omnictl session note edit {session} --file note.txt; when no \
             data could be recorded, say why: omnictl session note sign {session} --no-data-reason TEXT"
        ),
        Remedy::GenerateNote => "write one with omnictl session note generate".to_string(),
        Remedy::SupervisorCosigns => {
            "the supervisor co-signs it with `omnictl session note cosign SESSION`, logged in as themselves".to_string()
        }
        Remedy::CosignOnceSigned => {
            "a supervising BCBA or BCBA-D adds a co-signature once it is signed: omnictl session note cosign SESSION"
                .to_string()
        }
        Remedy::PractitionerSigns { practitioner, session } => {
            format!("{practitioner} signs it with `omnictl session note sign {session}`, logged in as themselves")
        }
        Remedy::RecordCredential { practitioner } => format!(
            "if it was renewed, record it: omnictl practitioner update {practitioner} --credential-valid-until DATE; \
             otherwise the technician's current supervisor co-signs"
        ),
        Remedy::RecordSupervision { technician, supervisor } => format!(
            "record the supervision first: omnictl practitioner supervision-contact --technician {technician} \
             --supervisor {supervisor} --start \"YYYY-MM-DD HH:MM\" --minutes N"
        ),
        Remedy::SeePractitioners => "check it with omnictl practitioner list".to_string(),
        Remedy::OtherMrnOrUpdate => "use another MRN, or change the patient with omnictl patient update".to_string(),
        Remedy::SeeAuthorization => "see what is left with omnictl auth show".to_string(),
        Remedy::SeeAuthorizationByNumber => "check it with omnictl auth show NUMBER".to_string(),
        Remedy::CheckAuthorizations => {
            "(omnictl auth check lists any authorization whose counters differ from its rows)".to_string()
        }
        Remedy::RetryThenCheck => {
            "run the command again, and if it repeats, run omnictl auth check and report what it lists".to_string()
        }
        Remedy::SeeWeek => "(omnictl appointment list --week shows the schedule)".to_string(),
    }
}

/// An input of an operation (see [`crate::error::Input`]) said as its flag.
pub(crate) fn input_flag(input: crate::error::Input) -> &'static str {
    use crate::error::Input;
    match input {
        Input::Reason => "--reason",
        Input::Modifier => "--modifier",
        Input::Group => "--group",
        Input::Patients => "several --patient",
        Input::AsIndividual => "--as-individual",
        Input::WholeGroup => "--group",
        Input::Start => "--start",
        Input::Until => "--until",
        Input::Sort => "--sort",
    }
}

/// A piece of a message or hint as the command line says it: inputs as their flags,
/// remedies with their flags and commands.
pub fn say(piece: &crate::error::Said) -> String {
    use crate::error::Said;
    match piece {
        Said::Text(text) => text.clone(),
        Said::Input(input) => input_flag(*input).to_string(),
        Said::Remedy(remedy) => remedy_hint(remedy),
    }
}

/// An error (one link of a chain) as the command line says it: an [`crate::error::Error`]
/// piece by piece, any other by its `Display`.
pub fn say_error(error: &(dyn std::error::Error + 'static)) -> String {
    match error.downcast_ref::<crate::error::Error>() {
        Some(ours) => ours.message().iter().map(say).collect(),
        None => error.to_string(),
    }
}

pub(crate) fn required(ui: &Ui, value: Option<String>, flag: &str, prompt: &str) -> Result<String> {
    if let Some(value) = value.filter(|v| !v.trim().is_empty()) {
        return Ok(value.trim().to_string());
    }
    if !ui.is_interactive() {
        anyhow::bail!("{flag} is required (there is no terminal to ask on)");
    }
    let answer: String = dialoguer::Input::new().with_prompt(prompt).interact_text()?;
    if answer.trim().is_empty() {
        anyhow::bail!("{flag} is required");
    }
    Ok(answer.trim().to_string())
}

pub async fn run(cli: Cli) -> Result<()> {
    let mut global = cli.global;
    let mut operator_source = None;
    let mut database_source = None;
    // Managing the contexts, or printing completions, uses none.
    if !matches!(cli.command, Command::Context(_) | Command::Completions(_)) {
        let chosen = crate::config::apply(global.given())?;
        global.database_url = chosen.database_url;
        global.operator = chosen.operator;
        global.org = chosen.org;
        global.context = Some(chosen.context);
        operator_source = chosen.operator_source;
        database_source = Some(chosen.database_source);
    }
    crate::trace::init(if global.quiet { 0 } else { global.verbose });
    let app = App {
        ui: Ui::new(global.quiet, global.verbose > 0),
        global,
        operator_source,
        database_source,
        identified: Default::default(),
    };
    match cli.command {
        Command::Whoami => user::whoami(&app).await,
        Command::Context(command) => context::run(&app, command),
        Command::Quickstart(args) => quickstart::run(&app, args).await,
        Command::Org(command) => org::run(&app, command).await,
        Command::User(command) => user::run(&app, command).await,
        Command::Practitioner(command) => practitioner::run(&app, command).await,
        Command::Patient(command) => patient::run(&app, command).await,
        Command::Insurance(command) => insurance::run(&app, command).await,
        Command::Auth(command) => auth::run(&app, command).await,
        Command::Appointment(command) => appointment::run(&app, command).await,
        Command::Session(command) => session::run(&app, command).await,
        Command::Report(command) => report::run(&app, command).await,
        Command::Audit(command) => audit::run(&app, command).await,
        Command::Access(command) => access::run(&app, command).await,
        Command::Db(command) => db::run(&app, command).await,
        Command::Migrate(command) => migrate::run(&app, command).await,
        Command::Cluster(command) => cluster::run(&app, command).await,
        Command::Seed(command) => seed::run(&app, command).await,
        Command::Code(command) => code::run(&app, command).await,
        Command::Doctor(args) => doctor::run(&app, args).await,
        Command::Completions(args) => completions::run(args),
    }
}

impl AffectedArgs {
    pub(crate) fn choice(&self) -> Result<crate::ops::appointments::AffectedAppointments> {
        use crate::ops::appointments::AffectedAppointments;
        Ok(match (self.cancel_affected, self.keep_affected, self.reason.as_deref()) {
            (true, _, Some(reason)) => {
                AffectedAppointments::Cancel(line_flag("--reason", reason, crate::domain::text::MAX_REASON)?)
            }
            (_, true, _) => AffectedAppointments::Keep,
            _ => AffectedAppointments::Refuse,
        })
    }
}
