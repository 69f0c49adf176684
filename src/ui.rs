//! Talking to the person at the terminal: messages and progress on stderr (data goes to
//! stdout through `output`), prompts only on a TTY.

use std::fmt::Display;
use std::io::IsTerminal;

use anyhow::{Result, bail};

#[derive(Debug, Clone)]
pub struct Ui {
    quiet: bool,
    verbose: bool,
    interactive: bool,
}

impl Ui {
    pub(crate) fn new(quiet: bool, verbose: bool) -> Self {
        let interactive = std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
        Self { quiet, verbose, interactive }
    }

    /// A message worth seeing unless `-q` was given.
    pub(crate) fn info(&self, message: impl Display) {
        if !self.quiet {
            eprintln!("{message}");
        }
    }

    /// A detail for `-v`.
    pub(crate) fn detail(&self, message: impl Display) {
        if self.verbose && !self.quiet {
            eprintln!("{message}");
        }
    }

    /// A warning meant for a person (a booking in the past, no operator connected):
    /// silenced by `-q` like every other message; errors never are.
    pub(crate) fn warn(&self, message: impl Display) {
        if !self.quiet {
            eprintln!("warning: {message}");
        }
    }

    /// A warning about the operator's own security settings (a password file others may
    /// read): printed even with `-q`, as libpq prints it.
    pub(crate) fn warn_always(&self, message: impl Display) {
        eprintln!("warning: {message}");
    }

    /// Whether prompts may be shown: both stdin and stderr are terminals.
    pub(crate) fn is_interactive(&self) -> bool {
        self.interactive
    }

    /// Whether progress may be drawn: on a terminal, not quiet, and not under `NO_COLOR`
    /// (which asks for plain output: no colour and no animation).
    fn animates(&self) -> bool {
        !self.quiet && std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
    }

    /// A progress bar over `total` bytes (a spinner when the size is unknown), drawn on a
    /// terminal only: hidden when quiet or when stderr is not a terminal.
    pub(crate) fn progress_bytes(&self, total: Option<u64>) -> indicatif::ProgressBar {
        if !self.animates() {
            return indicatif::ProgressBar::hidden();
        }
        match total {
            Some(total) => indicatif::ProgressBar::new(total).with_style(
                indicatif::ProgressStyle::with_template(
                    "{msg} {bar:40} {bytes}/{total_bytes} {bytes_per_sec} eta {eta}",
                )
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
            ),
            None => indicatif::ProgressBar::new_spinner(),
        }
    }

    /// Turns a progress bar into a spinner saying what it waits on, once what it counted
    /// is done and the rest is the database's work (checking, writing, committing).
    pub(crate) fn waiting(&self, progress: &indicatif::ProgressBar, what: String) {
        if progress.is_hidden() {
            return;
        }
        progress.set_message(what);
        if progress.length().is_some() {
            progress.set_style(
                indicatif::ProgressStyle::with_template("{spinner} {msg} ({elapsed})")
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
            );
            progress.unset_length();
            progress.enable_steady_tick(std::time::Duration::from_millis(120));
        }
    }

    /// A spinner for work of unknown length, on a terminal only.
    pub(crate) fn spinner(&self, message: &str) -> indicatif::ProgressBar {
        if !self.animates() {
            return indicatif::ProgressBar::hidden();
        }
        let spinner = indicatif::ProgressBar::new_spinner().with_message(message.to_string());
        spinner.enable_steady_tick(std::time::Duration::from_millis(120));
        spinner
    }

    /// A progress bar over `total` steps (e.g. clinics), on a terminal only.
    pub(crate) fn progress_count(&self, total: u64, what: &str) -> indicatif::ProgressBar {
        if !self.animates() {
            return indicatif::ProgressBar::hidden();
        }
        indicatif::ProgressBar::new(total).with_style(
            indicatif::ProgressStyle::with_template(&format!("{{bar:40}} {{pos}}/{{len}} {what} eta {{eta}}"))
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        )
    }

    /// Asks for a value on the terminal, offering `default`, until `valid` accepts it.
    pub(crate) fn ask(
        &self,
        prompt: &str,
        default: Option<String>,
        valid: impl Fn(&str) -> Result<(), String>,
    ) -> Result<String> {
        let mut input = dialoguer::Input::<String>::new()
            .with_prompt(prompt)
            .validate_with(|answer: &String| -> Result<(), String> { valid(answer.trim()) });
        if let Some(default) = default.filter(|d| !d.is_empty()) {
            input = input.default(default);
        }
        Ok(input.interact_text()?.trim().to_string())
    }

    /// Asks to choose one of `items` (their words), offering the first.
    pub(crate) fn choose(&self, prompt: &str, items: &[&str]) -> Result<usize> {
        Ok(dialoguer::Select::new().with_prompt(prompt).items(items).default(0).interact()?)
    }

    /// Asks to go ahead with something that cannot be undone. `--yes` answers yes; with no
    /// terminal to ask on, the answer is a clear error rather than a hang.
    pub(crate) fn confirm(&self, question: &str, assume_yes: bool) -> Result<bool> {
        if assume_yes {
            return Ok(true);
        }
        if !self.interactive {
            bail!("{question} — there is no terminal to ask on; pass --yes to confirm");
        }
        Ok(dialoguer::Confirm::new().with_prompt(question).default(false).interact()?)
    }
}
