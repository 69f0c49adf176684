//! What went wrong, of which kind, and what to do about it. Every failure carries a
//! [`Kind`], and each kind has its exit code, so a cron job can tell "refused" from "the
//! database is down" from "the report listed something". Code raises [`Error`] where it
//! knows the kind (a rule refused, a record is missing); everything else is classified
//! from what it wraps (a database error's SQLSTATE, a lost connection) by [`kind_of`].

use std::fmt;

/// The kinds of outcome a command reports, each with its own exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A rule, a permission or the input refused the command (nothing was changed).
    Refused,
    /// The command line itself is wrong (clap reports these).
    Usage,
    /// A record named on the command line does not exist (or is not the operator's to see).
    NotFound,
    /// Concurrent commands kept colliding (serialization failure, deadlock, lock timeout)
    /// after the command was retried.
    Conflict,
    /// The database cannot be reached or used: down, starting, full of connections,
    /// not migrated, or the connection was lost.
    Database,
    /// A bug in omnictl, or a value in the database it does not know.
    Internal,
    /// Not a failure: a report run with `--exit-code` listed something, `auth check`
    /// found differences, `audit verify` found a broken chain — something to act on.
    Found,
}

impl Kind {
    /// The process exit code. 0 is success; these never overlap.
    pub fn exit_code(self) -> u8 {
        match self {
            Kind::Refused => 1,
            Kind::Usage => 2,
            Kind::NotFound => 3,
            Kind::Conflict => 4,
            Kind::Database => 5,
            Kind::Internal => 6,
            Kind::Found => 10,
        }
    }

    /// Every kind, in exit-code order (documentation and tests).
    pub const ALL: [Kind; 7] =
        [Kind::Refused, Kind::Usage, Kind::NotFound, Kind::Conflict, Kind::Database, Kind::Internal, Kind::Found];

    pub(crate) fn describe(self) -> &'static str {
        match self {
            Kind::Refused => "refused by a rule, a permission or invalid input; nothing changed",
            Kind::Usage => "usage error: the command line is wrong",
            Kind::NotFound => "a record named on the command line does not exist",
            Kind::Conflict => "concurrent changes kept colliding after retrying; nothing changed",
            Kind::Database => "cannot reach or use the database",
            Kind::Internal => "internal error (please report it)",
            Kind::Found => "--exit-code: the report listed something (also: auth check, audit verify findings)",
        }
    }
}

/// The table of exit codes, as printed at the end of `omnictl --help`.
pub(crate) fn exit_codes_help() -> String {
    let mut text = String::from("Exit codes:\n  0   success\n");
    for kind in Kind::ALL {
        text.push_str(&format!("  {:<3} {}\n", kind.exit_code(), kind.describe()));
    }
    text
}

/// A report's `--exit-code` answer: it listed something. The process exits with
/// [`Kind::Found`]'s code and prints no error (like `git diff --exit-code`).
#[derive(Debug)]
pub struct Flagged;

impl fmt::Display for Flagged {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the report listed something")
    }
}

impl std::error::Error for Flagged {}

/// An error that knows its kind: a sentence saying what and why, and hints saying what
/// to do, each printed on a line of its own.
#[derive(Debug)]
pub(crate) struct Error {
    kind: Kind,
    message: Vec<Said>,
    hints: Vec<Said>,
    retryable: bool,
    denied: bool,
}

/// A piece of a message or hint: words, an input of the operation, or what resolves a
/// refusal. Operations, store and domain never name flags or commands: the command line
/// says an [`Input`] and a [`Remedy`] with its flags (`commands::say`); anywhere else
/// (the audit trail) they read in the domain's words (`Display`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Said {
    Text(String),
    Input(Input),
    Remedy(Remedy),
}

impl From<&str> for Said {
    fn from(text: &str) -> Self {
        Said::Text(text.to_string())
    }
}

impl From<String> for Said {
    fn from(text: String) -> Self {
        Said::Text(text)
    }
}

impl From<Input> for Said {
    fn from(input: Input) -> Self {
        Said::Input(input)
    }
}

impl From<Remedy> for Said {
    fn from(remedy: Remedy) -> Self {
        Said::Remedy(remedy)
    }
}

impl fmt::Display for Said {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Said::Text(text) => f.write_str(text),
            Said::Input(input) => f.write_str(input.describe()),
            Said::Remedy(remedy) => f.write_str(&remedy.describe()),
        }
    }
}

/// An input of an operation a message is about, in the domain's terms; the command line
/// says it as its flag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    /// The reason given for an action.
    Reason,
    /// The telehealth modifier of an appointment.
    Modifier,
    /// Whether a booking is a group's.
    Group,
    /// The patients of a booking.
    Patients,
    /// The wish to bill a group member as the individual code.
    AsIndividual,
    /// Moving every member of a group together.
    WholeGroup,
    /// The start of a supervision contact.
    Start,
    /// The column a list is sorted by.
    Sort,
    /// A weekly series' last date.
    Until,
}

impl Input {
    /// The input in the domain's words.
    pub(crate) fn describe(self) -> &'static str {
        match self {
            Input::Reason => "the reason",
            Input::Modifier => "a telehealth modifier",
            Input::Group => "a group booking",
            Input::Patients => "several patients",
            Input::AsIndividual => "billing as the individual code",
            Input::WholeGroup => "moving the whole group",
            Input::Start => "the start",
            Input::Until => "the series' last date",
            Input::Sort => "the sort",
        }
    }
}

/// What resolves a refusal, in the domain's terms; the command line says it with its
/// flags and commands (`commands::remedy_hint`), so that operations never name them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Remedy {
    /// Several authorizations fit: name the one to book against.
    ChooseAuthorization,
    /// Bill only the units the authorization can still cover (the rest is recorded as
    /// unbilled minutes).
    BillCovered(i64),
    /// A group member was delivered alone: bill it as the group code's individual code.
    AsIndividual,
    /// A change leaves one member alone in a group: cancel the rest of the group, or
    /// convert it to the individual code.
    SettleGroup,
    /// A group member moved alone is no group: move the whole group, or take the member
    /// out as the individual code.
    MoveGroup,
    /// Name the organization to act in.
    ChooseOrganization,
    /// Name the organization to show.
    NameOrganization,
    /// The service codes there are, as a parenthesis after the code not found.
    SeeCodes,
    /// The service codes there are, and who loads them when there are none.
    SeeOrLoadCodes,
    /// Caregiver guidance without the patient occupies the practitioner only.
    CaregiverGuidance,
    /// An ADMIN may book above a code's daily maximum, with a reason.
    OverrideDailyMax,
    /// The patient needs an authorization for the code first.
    CreateAuthorization,
    /// The member left alone needs an authorization for the individual code (the code).
    AuthorizeIndividual(String),
    /// Book a group as one booking of several patients.
    BookGroup { max: usize },
    /// A group's members are booked against their own authorizations: name none.
    NameNoAuthorization,
    /// Cancel the appointments a change affects, with a reason.
    CancelAffected,
    /// Keep the affected appointments, flagged for rescheduling.
    KeepAffected,
    /// Cancel the latest of the affected appointments with the change.
    CancelLatestAffected,
    /// Cancel or move the scheduled appointments first.
    SettleScheduled,
    /// Extend the authorization's end (the payer's extension).
    ExtendEnd,
    /// Check the audit chain and investigate before going on.
    VerifyAudit,
    /// A super admin creates the operator's user.
    AskSuperAdmin,
    /// Move the appointment to the day the care was delivered (appointment, start).
    Reschedule { appointment: String, start: String },
    /// Give the times the care was actually delivered.
    GiveDeliveredTimes,
    /// Fix the record, or give the end the care was delivered.
    FixRecordOrGiveEnd,
    /// Write the clinician's own narrative, or say why no data could be recorded (the session).
    WriteNarrative { session: String },
    /// Write a draft note first.
    GenerateNote,
    /// The supervisor co-signs the signed note, logged in as themselves.
    SupervisorCosigns,
    /// A supervising BCBA or BCBA-D co-signs once the note is signed.
    CosignOnceSigned,
    /// The rendering practitioner signs the note, logged in as themselves.
    PractitionerSigns { practitioner: String, session: String },
    /// Record the technician's renewed credential (the practitioner).
    RecordCredential { practitioner: String },
    /// Record the supervision contact first (technician, supervisor).
    RecordSupervision { technician: String, supervisor: String },
    /// The practitioners there are, to check an NPI against.
    SeePractitioners,
    /// Use another MRN or change the patient that has it.
    OtherMrnOrUpdate,
    /// What is left of the authorization.
    SeeAuthorization,
    /// The authorization that has the number.
    SeeAuthorizationByNumber,
    /// The check that lists authorizations whose counters differ from their rows.
    CheckAuthorizations,
    /// Run again, and if it repeats, run the authorizations' check and report it.
    RetryThenCheck,
    /// The week's schedule.
    SeeWeek,
    /// Imports do not run on a distributed cluster yet: import before distributing, or
    /// add the records one at a time.
    ImportBeforeDistributing,
}

impl Remedy {
    /// The remedy in the domain's words (the audit trail's); the command line says it
    /// with flags instead.
    pub(crate) fn describe(&self) -> String {
        match self {
            Remedy::ChooseAuthorization => "choose one of them".to_string(),
            Remedy::ImportBeforeDistributing => {
                "import before the schema is distributed, or add the records one at a time".to_string()
            }
            Remedy::BillCovered(units) => format!("bill the {units} units it covers"),
            Remedy::AsIndividual => "bill it as the individual code".to_string(),
            Remedy::SettleGroup => "cancel the rest of the group, or convert the member left alone".to_string(),
            Remedy::MoveGroup => {
                "move the whole group together, or take this member out as the individual code".to_string()
            }
            Remedy::ChooseOrganization | Remedy::NameOrganization => "name the organization".to_string(),
            Remedy::SeeCodes => "(the service codes list shows the codes there are)".to_string(),
            Remedy::SeeOrLoadCodes => "the service codes list shows the codes there are".to_string(),
            Remedy::CaregiverGuidance => {
                "caregiver guidance without the patient occupies the practitioner only".to_string()
            }
            Remedy::OverrideDailyMax => "a clinic ADMIN may override the daily maximum with a reason".to_string(),
            Remedy::CreateAuthorization => "create one".to_string(),
            Remedy::AuthorizeIndividual(code) => {
                format!("add an authorization for {code}, or cancel the rest of the group")
            }
            Remedy::BookGroup { max } => format!("book the group in one slot (2 to {max} patients)"),
            Remedy::NameNoAuthorization => "name none".to_string(),
            Remedy::CancelAffected => "cancel them with the change, with a reason".to_string(),
            Remedy::KeepAffected => "or keep them flagged for rescheduling".to_string(),
            Remedy::CancelLatestAffected => "cancel the latest of them with the change".to_string(),
            Remedy::SettleScheduled => "cancel or move the scheduled appointments first".to_string(),
            Remedy::ExtendEnd => "extend its end (the payer's extension)".to_string(),
            Remedy::VerifyAudit => "verify the audit chain and investigate first".to_string(),
            Remedy::AskSuperAdmin => "ask a super admin to create your user".to_string(),
            Remedy::Reschedule { appointment, start } => format!("move the appointment {appointment} to {start} first"),
            Remedy::GiveDeliveredTimes => "give the times the care was actually delivered".to_string(),
            Remedy::FixRecordOrGiveEnd => "fix the record, or give the end the care was delivered".to_string(),
            Remedy::WriteNarrative { session } => {
                format!("record the clinician's own narrative of the session {session}, or why no data was recorded")
            }
            Remedy::GenerateNote => "generate one".to_string(),
            Remedy::SupervisorCosigns => "the supervisor co-signs it, logged in as themselves".to_string(),
            Remedy::CosignOnceSigned => "a supervising BCBA or BCBA-D co-signs it once it is signed".to_string(),
            Remedy::PractitionerSigns { practitioner, .. } => {
                format!("{practitioner} signs it, logged in as themselves")
            }
            Remedy::RecordCredential { practitioner } => format!("record the renewed credential of {practitioner}"),
            Remedy::RecordSupervision { technician, supervisor } => {
                format!("record the supervision of {technician} by {supervisor} first")
            }
            Remedy::SeePractitioners => "check it in the practitioners list".to_string(),
            Remedy::OtherMrnOrUpdate => "use another MRN, or change that patient".to_string(),
            Remedy::SeeAuthorization => "see what is left of the authorization".to_string(),
            Remedy::SeeAuthorizationByNumber => "check the authorization with that number".to_string(),
            Remedy::CheckAuthorizations => "(the authorizations' check lists any whose counters differ)".to_string(),
            Remedy::RetryThenCheck => "try again, and if it repeats, check the authorizations".to_string(),
            Remedy::SeeWeek => "(the week's schedule shows it)".to_string(),
        }
    }
}

impl Error {
    pub(crate) fn new(kind: Kind, message: impl Into<String>) -> Self {
        Self::said(kind, [message.into().into()])
    }

    /// An error whose message is made of pieces (see [`Said`]).
    pub(crate) fn said(kind: Kind, message: impl IntoIterator<Item = Said>) -> Self {
        Self { kind, message: message.into_iter().collect(), hints: Vec::new(), retryable: false, denied: false }
    }

    pub(crate) fn refused(message: impl Into<String>) -> Self {
        Self::new(Kind::Refused, message)
    }

    /// A permission refused the command: recorded in the audit trail as DENIED rather
    /// than FAILED, and said as a refusal.
    pub(crate) fn denied(message: impl Into<String>) -> Self {
        Self::denied_said([message.into().into()])
    }

    /// The same, of pieces.
    pub(crate) fn denied_said(message: impl IntoIterator<Item = Said>) -> Self {
        let message = std::iter::once(Said::from("refused: ")).chain(message);
        Self { denied: true, ..Self::said(Kind::Refused, message) }
    }

    /// The command line is wrong (exit 2, as clap's own usage errors).
    pub(crate) fn usage(message: impl Into<String>) -> Self {
        Self::new(Kind::Usage, message)
    }

    pub(crate) fn not_found(message: impl Into<String>) -> Self {
        Self::new(Kind::NotFound, message)
    }

    pub(crate) fn conflict(message: impl Into<String>) -> Self {
        Self::new(Kind::Conflict, message)
    }

    pub(crate) fn database(message: impl Into<String>) -> Self {
        Self::new(Kind::Database, message)
    }

    pub(crate) fn internal(message: impl Into<String>) -> Self {
        Self::new(Kind::Internal, message)
    }

    pub(crate) fn found(message: impl Into<String>) -> Self {
        Self::new(Kind::Found, message)
    }

    /// Adds what the operator can do about it.
    pub(crate) fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(Said::Text(hint.into()));
        self
    }

    /// Goes on with the message: words, an input or a remedy said inline.
    pub(crate) fn then(mut self, piece: impl Into<Said>) -> Self {
        self.message.push(piece.into());
        self
    }

    /// Marks a conflict that running the same transaction again may resolve (a
    /// serialization failure or a deadlock turned into a sentence).
    pub(crate) fn retryable(mut self) -> Self {
        self.retryable = true;
        self
    }

    /// Says what resolves it (see [`Remedy`]), as a hint of its own.
    pub(crate) fn remedy(mut self, remedy: Remedy) -> Self {
        self.hints.push(Said::Remedy(remedy));
        self
    }

    /// The hints, each a line.
    pub(crate) fn hints(&self) -> &[Said] {
        &self.hints
    }

    /// The message's pieces.
    pub(crate) fn message(&self) -> &[Said] {
        &self.message
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.message.iter().try_for_each(|piece| fmt::Display::fmt(piece, f))
    }
}

impl std::error::Error for Error {}

/// A record named on the command line is not there, as the error to return.
pub(crate) fn not_found(message: impl Into<String>) -> anyhow::Error {
    Error::not_found(message).into()
}

/// A concurrent change got in the way, as the error to return.
pub(crate) fn conflict(message: impl Into<String>) -> anyhow::Error {
    Error::conflict(message).into()
}

/// A bug or a value omnictl does not know, as the error to return.
pub(crate) fn internal(message: impl Into<String>) -> anyhow::Error {
    Error::internal(message).into()
}

/// A rule refused the command, as the error to return.
pub(crate) fn refused(message: impl Into<String>) -> anyhow::Error {
    Error::refused(message).into()
}

/// Gives an error of no known kind this one, keeping its message and its causes (an
/// error that already has a kind keeps it).
pub(crate) fn with_kind(error: anyhow::Error, kind: Kind) -> anyhow::Error {
    if error.downcast_ref::<Error>().is_some() || error.chain().any(|c| c.is::<Error>() || c.is::<Tagged>()) {
        return error;
    }
    Tagged { kind, inner: error }.into()
}

/// An error of another type given a kind: shows as that error, with its causes.
#[derive(Debug)]
struct Tagged {
    kind: Kind,
    inner: anyhow::Error,
}

impl fmt::Display for Tagged {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(AsRef::<dyn std::error::Error + Send + Sync>::as_ref(&self.inner), f)
    }
}

impl std::error::Error for Tagged {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        AsRef::<dyn std::error::Error + Send + Sync>::as_ref(&self.inner).source()
    }
}

/// The kind of any error: the first [`Error`] in its chain says; otherwise what it
/// wraps decides (a database error by its SQLSTATE, an I/O error on the connection is
/// the database's); anything else is a refusal, as a rule's `bail!` is.
pub fn kind_of(error: &anyhow::Error) -> Kind {
    if error.is::<Flagged>() {
        return Kind::Found;
    }
    if let Some(ours) = error.downcast_ref::<Error>() {
        return ours.kind;
    }
    for cause in error.chain() {
        if let Some(ours) = cause.downcast_ref::<Error>() {
            return ours.kind;
        }
        if let Some(tagged) = cause.downcast_ref::<Tagged>() {
            return tagged.kind;
        }
        if let Some(database) = cause.downcast_ref::<sqlx::Error>() {
            return sqlx_kind(database);
        }
    }
    Kind::Refused
}

/// An error's message as pieces, its causes after it as `{:#}` shows them (joined with
/// ": "), so that an error kept inside another keeps what the command line says.
pub(crate) fn pieces_of(error: &anyhow::Error) -> Vec<Said> {
    let mut pieces = Vec::new();
    for (i, link) in error.chain().enumerate() {
        if i > 0 {
            pieces.push(Said::from(": "));
        }
        match link.downcast_ref::<Error>() {
            Some(ours) => pieces.extend(ours.message.iter().cloned()),
            None => pieces.push(Said::Text(link.to_string())),
        }
    }
    pieces
}

/// The hints of the first [`Error`] in the chain.
pub fn hints_of(error: &anyhow::Error) -> &[Said] {
    ours(error).map(Error::hints).unwrap_or(&[])
}

fn ours(error: &anyhow::Error) -> Option<&Error> {
    error.downcast_ref::<Error>().or_else(|| error.chain().find_map(|cause| cause.downcast_ref::<Error>()))
}

/// Whether a permission refused it (audited as DENIED).
pub fn is_denied(error: &anyhow::Error) -> bool {
    ours(error).is_some_and(|e| e.denied)
}

/// Whether running the same transaction again may succeed: a serialization failure or
/// a deadlock that PostgreSQL resolved by cancelling this side.
pub(crate) fn is_retryable(error: &anyhow::Error) -> bool {
    ours(error).is_some_and(|e| e.retryable)
        || error.chain().any(|cause| {
            cause.downcast_ref::<sqlx::Error>().and_then(sqlstate).is_some_and(|code| retryable_state(&code))
        })
}

pub(crate) fn retryable_state(code: &str) -> bool {
    matches!(code, "40001" | "40P01")
}

fn sqlstate(error: &sqlx::Error) -> Option<String> {
    match error {
        sqlx::Error::Database(db) => db.code().map(|c| c.into_owned()),
        _ => None,
    }
}

fn sqlx_kind(error: &sqlx::Error) -> Kind {
    match error {
        sqlx::Error::Database(db) => {
            let code = db.code().map(|c| c.into_owned()).unwrap_or_default();
            match code.get(..2).unwrap_or_default() {
                // Integrity, data and privilege: the command was refused.
                "22" | "23" | "42" if code != "42P01" && code != "42883" => Kind::Refused,
                // Transaction rollback (serialization, deadlock) and lock not available.
                "40" | "55" => Kind::Conflict,
                // Connection, resources, operator intervention, system, a missing
                // table (not migrated): the database.
                _ => Kind::Database,
            }
        }
        sqlx::Error::RowNotFound => Kind::NotFound,
        sqlx::Error::ColumnDecode { .. }
        | sqlx::Error::Decode(_)
        | sqlx::Error::ColumnNotFound(_)
        | sqlx::Error::ColumnIndexOutOfBounds { .. }
        | sqlx::Error::TypeNotFound { .. }
        | sqlx::Error::Encode(_) => Kind::Internal,
        _ => Kind::Database,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_its_own_exit_code_and_none_is_success() {
        let mut codes: Vec<u8> = Kind::ALL.iter().map(|k| k.exit_code()).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), Kind::ALL.len());
        assert!(!codes.contains(&0));
        assert_eq!(Kind::Usage.exit_code(), 2, "clap's own code for usage errors");
    }

    #[test]
    fn the_first_error_of_ours_in_a_chain_gives_the_kind() {
        let error = anyhow::Error::new(Error::not_found("no patient X")).context("while booking");
        assert_eq!(kind_of(&error), Kind::NotFound);
        assert_eq!(kind_of(&anyhow::anyhow!("a rule")), Kind::Refused);
        let lost = anyhow::Error::new(sqlx::Error::PoolTimedOut);
        assert_eq!(kind_of(&lost), Kind::Database);
        let decode = anyhow::Error::new(sqlx::Error::Decode("unknown enum value".into()));
        assert_eq!(kind_of(&decode), Kind::Internal);
        let down = with_kind(anyhow::anyhow!("connection refused").context("could not connect"), Kind::Database);
        assert_eq!(kind_of(&down), Kind::Database);
        assert_eq!(down.to_string(), "could not connect");
        assert_eq!(down.chain().nth(1).map(|c| c.to_string()).as_deref(), Some("connection refused"));
    }

    #[test]
    fn hints_travel_with_the_error() {
        let error = anyhow::Error::new(
            Error::refused("the slot is taken").hint("see the week").remedy(Remedy::SeeWeek).then(" (taken)"),
        );
        assert_eq!(hints_of(&error), [Said::from("see the week"), Said::Remedy(Remedy::SeeWeek)]);
        assert_eq!(error.to_string(), "the slot is taken (taken)");
        assert!(is_retryable(&anyhow::Error::new(Error::conflict("deadlock").retryable()).context("booking")));
        assert!(!is_retryable(&error));
    }
}
