//! `-v` and `-vv`: each SQL statement omnictl sends, with how long it took (`-v` its name,
//! the first words; `-vv` its whole text), on stderr. Never a value: sqlx reports the
//! statement, not its parameters. RUST_LOG, when set, takes over (tracing's own filter
//! and format, e.g. RUST_LOG=sqlx=debug).

use std::fmt::Write as _;

use tracing::field::{Field, Visit};
use tracing_subscriber::filter::{EnvFilter, LevelFilter, Targets};
use tracing_subscriber::layer::{Context, Layer, SubscriberExt};
use tracing_subscriber::util::SubscriberInitExt;

/// Starts tracing as `verbosity` (the number of -v) or RUST_LOG asks.
pub(crate) fn init(verbosity: u8) {
    if std::env::var_os("RUST_LOG").is_some_and(|v| !v.is_empty()) {
        let _ = tracing_subscriber::fmt()
            .with_env_filter(EnvFilter::from_default_env())
            .with_writer(std::io::stderr)
            .try_init();
        return;
    }
    if verbosity == 0 {
        return;
    }
    let statements = Statements { whole: verbosity >= 2 };
    let only_sql = Targets::new().with_target("sqlx::query", LevelFilter::TRACE);
    let _ = tracing_subscriber::registry().with(statements.with_filter(only_sql)).try_init();
}

/// Prints sqlx's statement events as one line each (and the text under it with -vv).
struct Statements {
    whole: bool,
}

#[derive(Default)]
struct StatementEvent {
    summary: String,
    text: String,
    seconds: f64,
    rows_returned: u64,
    rows_affected: u64,
}

impl Visit for StatementEvent {
    fn record_str(&mut self, field: &Field, value: &str) {
        match field.name() {
            "summary" => self.summary = value.to_string(),
            "db.statement" => self.text = value.trim().to_string(),
            _ => {}
        }
    }

    fn record_f64(&mut self, field: &Field, value: f64) {
        if field.name() == "elapsed_secs" {
            self.seconds = value;
        }
    }

    fn record_u64(&mut self, field: &Field, value: u64) {
        match field.name() {
            "rows_returned" => self.rows_returned = value,
            "rows_affected" => self.rows_affected = value,
            _ => {}
        }
    }

    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        if field.name() == "summary" && self.summary.is_empty() {
            let _ = write!(self.summary, "{value:?}");
        }
    }
}

impl<S: tracing::Subscriber> Layer<S> for Statements {
    fn on_event(&self, event: &tracing::Event<'_>, _: Context<'_, S>) {
        let mut statement = StatementEvent::default();
        event.record(&mut statement);
        let rows = statement.rows_returned.max(statement.rows_affected);
        eprintln!("sql {:>8.2} ms  {:>6} row(s)  {}", statement.seconds * 1000.0, rows, statement.summary);
        if self.whole && !statement.text.is_empty() {
            for line in statement.text.lines() {
                eprintln!("    {line}");
            }
        }
    }
}
