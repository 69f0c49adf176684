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

    pub fn describe(self) -> &'static str {
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
pub fn exit_codes_help() -> String {
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
pub struct Error {
    kind: Kind,
    message: String,
    hints: Vec<String>,
    retryable: bool,
    denied: bool,
    remedy: Option<Remedy>,
}

/// What resolves a refusal, in the domain's terms; the command line turns it into a hint
/// naming its flags (`commands::remedy_hint`), so that operations never name flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
}

impl Error {
    pub fn new(kind: Kind, message: impl Into<String>) -> Self {
        Self { kind, message: message.into(), hints: Vec::new(), retryable: false, denied: false, remedy: None }
    }

    pub fn refused(message: impl Into<String>) -> Self {
        Self::new(Kind::Refused, message)
    }

    /// A permission refused the command: recorded in the audit trail as DENIED rather
    /// than FAILED, and said as a refusal.
    pub fn denied(message: impl Into<String>) -> Self {
        Self { denied: true, ..Self::refused(format!("refused: {}", message.into())) }
    }

    /// The command line is wrong (exit 2, as clap's own usage errors).
    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(Kind::Usage, message)
    }

    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(Kind::NotFound, message)
    }

    pub fn conflict(message: impl Into<String>) -> Self {
        Self::new(Kind::Conflict, message)
    }

    pub fn database(message: impl Into<String>) -> Self {
        Self::new(Kind::Database, message)
    }

    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(Kind::Internal, message)
    }

    pub fn found(message: impl Into<String>) -> Self {
        Self::new(Kind::Found, message)
    }

    /// Adds what the operator can do about it.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(hint.into());
        self
    }

    /// Marks a conflict that running the same transaction again may resolve (a
    /// serialization failure or a deadlock turned into a sentence).
    pub fn retryable(mut self) -> Self {
        self.retryable = true;
        self
    }

    /// Says what resolves it (see [`Remedy`]).
    pub fn remedy(mut self, remedy: Remedy) -> Self {
        self.remedy = Some(remedy);
        self
    }

    pub fn kind(&self) -> Kind {
        self.kind
    }

    pub fn hints(&self) -> &[String] {
        &self.hints
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

/// A record named on the command line is not there, as the error to return.
pub fn not_found(message: impl Into<String>) -> anyhow::Error {
    Error::not_found(message).into()
}

/// A concurrent change got in the way, as the error to return.
pub fn conflict(message: impl Into<String>) -> anyhow::Error {
    Error::conflict(message).into()
}

/// A bug or a value omnictl does not know, as the error to return.
pub fn internal(message: impl Into<String>) -> anyhow::Error {
    Error::internal(message).into()
}

/// A rule refused the command, as the error to return.
pub fn refused(message: impl Into<String>) -> anyhow::Error {
    Error::refused(message).into()
}

/// Gives an error of no known kind this one, keeping its message and its causes (an
/// error that already has a kind keeps it).
pub fn with_kind(error: anyhow::Error, kind: Kind) -> anyhow::Error {
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

/// The hints of the first [`Error`] in the chain.
pub fn hints_of(error: &anyhow::Error) -> &[String] {
    ours(error).map(Error::hints).unwrap_or(&[])
}

/// The remedy of the first [`Error`] in the chain.
pub fn remedy_of(error: &anyhow::Error) -> Option<Remedy> {
    ours(error).and_then(|e| e.remedy)
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
pub fn is_retryable(error: &anyhow::Error) -> bool {
    ours(error).is_some_and(|e| e.retryable)
        || error.chain().any(|cause| {
            cause.downcast_ref::<sqlx::Error>().and_then(sqlstate).is_some_and(|code| retryable_state(&code))
        })
}

pub fn retryable_state(code: &str) -> bool {
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
        let error = anyhow::Error::new(Error::refused("the slot is taken").hint("omnictl appointment list --week"));
        assert_eq!(hints_of(&error), ["omnictl appointment list --week"]);
        assert!(is_retryable(&anyhow::Error::new(Error::conflict("deadlock").retryable()).context("booking")));
        assert!(!is_retryable(&error));
    }
}
