//! Values completed from the database, as jj completes its revisions: with
//! `source <(COMPLETE=bash omnictl)` the shell runs omnictl with `COMPLETE` set, and an
//! argument naming a clinic, a user, a patient, a practitioner, an authorization or a
//! service code is offered the slugs, emails, MRNs, NPIs, numbers or codes beginning with
//! what was typed — as the operator of the environment (or context) may see them, and on
//! the record like any read. Completing never starts the local server, never prompts, and
//! offers nothing rather than fail.

use std::ffi::OsStr;
use std::time::Duration;

use clap::Parser;
use clap_complete::engine::{ArgValueCompleter, CompletionCandidate};

use super::Cli;
use crate::ops::Runner;
use crate::ops::completions::{self as ops, Completing};

/// Which arguments complete which values (by the argument's id).
const COMPLETED: &[(&str, Completing)] = &[
    ("org", Completing::Slugs),
    ("clinic", Completing::Slugs),
    ("patient", Completing::Patients),
    ("patients", Completing::Patients),
    ("practitioner", Completing::Practitioners),
    ("technician", Completing::Practitioners),
    ("supervisor", Completing::Practitioners),
    ("code", Completing::Codes),
    ("operator", Completing::Users),
    ("user", Completing::Users),
    ("authorization", Completing::Authorizations),
];

/// `command` and its subcommands with the database's values attached to their arguments.
pub(crate) fn attach(mut command: clap::Command) -> clap::Command {
    // Every argument is passed through, in order: clap moves a changed argument last, and
    // help and the completion scripts keep the order the definitions give.
    let ids: Vec<String> = command.get_arguments().map(|a| a.get_id().to_string()).collect();
    for id in ids {
        let completed = COMPLETED.iter().find(|(name, _)| *name == id).map(|(_, what)| *what);
        command = command.mut_arg(&id, |arg| match completed {
            // Not files: the static scripts offer nothing for these, the dynamic ones values.
            Some(what) => arg
                .value_hint(clap::ValueHint::Other)
                .add(ArgValueCompleter::new(move |current: &OsStr| candidates(what, current))),
            None => arg,
        });
    }
    let names: Vec<String> = command.get_subcommands().map(|s| s.get_name().to_string()).collect();
    for name in names {
        command = command.mut_subcommand(&name, attach);
    }
    command
}

/// The values of `what` beginning with `current`; none when anything goes wrong.
fn candidates(what: Completing, current: &OsStr) -> Vec<CompletionCandidate> {
    let Some(prefix) = current.to_str() else { return Vec::new() };
    let Ok(runtime) = tokio::runtime::Builder::new_current_thread().enable_all().build() else {
        return Vec::new();
    };
    let found = runtime.block_on(async { tokio::time::timeout(Duration::from_secs(3), values(what, prefix)).await });
    match found {
        Ok(Ok(values)) => values
            .into_iter()
            .map(|(value, help)| {
                let candidate = CompletionCandidate::new(value);
                match help {
                    Some(help) => candidate.help(Some(help.into())),
                    None => candidate,
                }
            })
            .collect(),
        _ => Vec::new(),
    }
}

async fn values(what: Completing, prefix: &str) -> anyhow::Result<Vec<(String, Option<String>)>> {
    // The environment and the context say where and as whom, as they do for a command.
    let cli = Cli::try_parse_from(["omnictl", "whoami"])?;
    let chosen = crate::config::apply(cli.global.given())?;
    let target = crate::db::Target::resolve(chosen.database_url.as_deref())?;
    let pool = crate::db::connect_as_is(&target, chosen.operator.as_deref()).await?;
    let claim = crate::access::Claim {
        operator: chosen.operator,
        operator_source: chosen.operator_source,
        organization: chosen.org,
    };
    let values = Runner::new(&pool, claim).run(ops::Complete { what, prefix: prefix.to_string() }).await;
    pool.close().await;
    values
}
