//! `omnictl report`: reports a clinic reads each month (supervision of its RBTs).

use anyhow::Result;
use chrono::NaiveDate;

use super::App;
use crate::cli::report::{ReportCommand, SupervisionArgs};
use crate::db::Schema;
use crate::ops::supervision::{self as ops, SupervisionLine};
use crate::output::Tabular;

pub async fn run(app: &App, command: ReportCommand) -> Result<()> {
    let pool = app.connect(Schema::Current).await?;
    let result = match command {
        ReportCommand::Supervision(args) => supervision(app, &pool, args).await,
    };
    pool.close().await;
    result
}

/// `2026-11` as its first day.
fn month_flag(text: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(&format!("{}-01", text.trim()), "%Y-%m-%d")
        .map_err(|_| super::bad_flag("--month", format!("{text:?} is not a month: use YYYY-MM, e.g. 2026-11")))
}

async fn supervision(app: &App, pool: &sqlx::PgPool, args: SupervisionArgs) -> Result<()> {
    let first = month_flag(&args.month)?;
    let lines = app.runner(pool).run(ops::Report { month: first }).await?;
    app.print_list(&lines)?;
    let below = lines.iter().filter(|l| !l.meets_requirement).count();
    if below == 0 {
        app.ui.info("every RBT meets the monthly supervision requirement");
    } else {
        app.ui.info(format!("{below} RBT(s) below the monthly supervision requirement"));
        if args.exit_code {
            return Err(super::Flagged.into());
        }
    }
    Ok(())
}

impl Tabular for SupervisionLine {
    fn headers() -> Vec<&'static str> {
        vec!["rbt", "npi", "direct h", "supervised h", "%", "contacts", "observed", "meets", "short of"]
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.name.clone(),
            self.npi.clone(),
            format!("{:.1}", self.direct_hours),
            format!("{:.1}", self.supervised_hours),
            format!("{:.1}", self.supervised_percent),
            self.contacts.to_string(),
            if self.observed_with_client { "yes" } else { "no" }.to_string(),
            if self.meets_requirement { "yes" } else { "NO" }.to_string(),
            self.shortfall.join("; "),
        ]
    }
}
