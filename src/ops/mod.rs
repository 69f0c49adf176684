//! Operations: one function per action an operator can take, for each aggregate. An
//! operation runs inside the caller's transaction (a [`CommandTx`], which commits only
//! with an audit entry), takes typed input, applies every rule of the action, and
//! returns its result together with the action's [`AuditEntry`] — built here and nowhere
//! else, so the same action leaves the same record whichever path ran it (a command, the
//! quickstart's demo clinic, a test). Operations speak of the domain: flags and hints
//! for the command line are the commands' business. SQL lives in `store`.

pub mod access_grants;
pub(crate) mod action;
pub mod appointments;
pub(crate) mod audit;
pub mod authorizations;
pub(crate) mod backups;
pub(crate) mod cluster;
pub(crate) mod completions;
pub(crate) mod demo;
pub(crate) mod imports;
pub mod insurances;
pub(crate) mod lists;
pub mod organizations;
pub mod patients;
pub mod practitioners;
pub(crate) mod runner;
pub mod service_codes;
pub mod sessions;
pub(crate) mod supervision;
pub mod users;

pub(crate) use crate::audit::{AuditEntry, CommandTx};
pub(crate) use action::Action;
pub(crate) use runner::Identified;
pub use runner::{Operation, Outflowing, Runner};

/// What an operation gives back: its result and the audit entry to commit it with.
pub(crate) type Done<T> = anyhow::Result<(T, AuditEntry)>;

/// A record whose fields break the rules: every problem, by column (`what` names the
/// record: "patient", "policy"). The command line names its flags instead
/// ([`Invalid::with_flags`]).
#[derive(Debug)]
pub struct Invalid {
    pub what: &'static str,
    pub errors: Vec<crate::domain::patient::FieldError>,
}

impl std::fmt::Display for Invalid {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let lines: Vec<String> = self.errors.iter().map(|e| format!("{}: {}", e.column, e.reason)).collect();
        write!(f, "the {} is not valid:\n  {}", self.what, lines.join("\n  "))
    }
}

impl std::error::Error for Invalid {}

impl Invalid {
    /// An `Invalid` error said with the flags that set each column (`flag` maps a column
    /// to its flag); any other error unchanged.
    pub(crate) fn with_flags(error: anyhow::Error, flag: impl Fn(&str) -> String) -> anyhow::Error {
        let Some(invalid) = error.downcast_ref::<Invalid>() else { return error };
        let lines: Vec<String> = invalid.errors.iter().map(|e| format!("{}: {}", flag(e.column), e.reason)).collect();
        crate::error::refused(format!("the {} is not valid:\n  {}", invalid.what, lines.join("\n  ")))
    }
}
