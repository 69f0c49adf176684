//! `omnictl auth`: payer authorizations — the units a clinic may bill. A clinic's ADMIN
//! creates, changes, cancels and imports them; its users read them. `sweep` brings
//! statuses up to date; `expiring` and `low` are the cron reports, per clinic or, for a
//! super admin, platform-wide (without patient identifiers).

use anyhow::Result;

use super::{App, bulk};
use crate::cli::auth::{AuthCommand, CreateArgs, KeyArgs, StartStatus, UpdateArgs};
use crate::db::Schema;
use crate::domain::scheduling::AuthStatus;
use crate::domain::text::{MAX_NAME, MAX_REASON};
use crate::import::authorizations::Authorizations;
use crate::ops::authorizations::{self as ops, Shown, Swept};
use crate::output::{self, Tabular};
use crate::store::authorizations::{Authorization, CounterMismatch, ListedAuthorization, ReportLine, UnitEvent};

impl From<StartStatus> for AuthStatus {
    fn from(status: StartStatus) -> Self {
        match status {
            StartStatus::Pending => AuthStatus::Pending,
            StartStatus::Active => AuthStatus::Active,
        }
    }
}

pub async fn run(app: &App, command: AuthCommand) -> Result<()> {
    let pool = app.connect(Schema::Current).await?;
    let result = match command {
        AuthCommand::Create(args) => create(app, &pool, args).await,
        AuthCommand::List(args) => {
            let filter = ops::Filter { patient: args.patient, status: args.status, service_code: args.code };
            super::list::print(app, &pool, ops::listing(), async |tx, _session| ops::list_query(tx, &filter).await)
                .await
        }
        AuthCommand::Show(args) => show(app, &pool, args).await,
        AuthCommand::Update(args) => update(app, &pool, args).await,
        AuthCommand::Cancel(args) => {
            let reason = super::optional_line_flag("--reason", args.reason.as_deref(), MAX_REASON)?;
            let cancelled = app.runner(&pool).run(ops::Cancel { authorization: args.authorization, reason }).await?;
            app.ui.info(format!("cancelled the authorization {}", ops::name(&cancelled)));
            app.print_record(&cancelled)
        }
        AuthCommand::Sweep(_) => sweep(app, &pool).await,
        AuthCommand::Check(_) => check(app, &pool).await,
        AuthCommand::Import(args) => bulk::import(app, &pool, Authorizations, args).await,
        AuthCommand::Expiring(args) => report(app, &pool, ops::Report::Expiring(args.within), args.exit_code).await,
        AuthCommand::Low(args) => report(app, &pool, ops::Report::Low(args.threshold), args.exit_code).await,
    };
    pool.close().await;
    result
}

async fn create(app: &App, pool: &sqlx::PgPool, args: CreateArgs) -> Result<()> {
    let number = super::optional_line_flag("--number", args.number.as_deref(), MAX_NAME)?;
    let notes = args.notes.as_deref().map(|n| super::text_flag("--notes", n, MAX_REASON)).transpose()?;
    let create = ops::Create {
        patient: args.patient,
        service_code: args.code,
        total_units: args.units,
        start: args.start,
        end: args.end,
        number,
        insurance: args.insurance,
        status: args.status.into(),
        notes,
    };
    let created = app.runner(pool).run(create).await?;
    app.ui.info(format!("created the authorization {}", ops::name(&created)));
    app.print_record(&created)
}

async fn show(app: &App, pool: &sqlx::PgPool, args: KeyArgs) -> Result<()> {
    let shown = app.runner(pool).run(ops::Show { authorization: args.authorization }).await?;
    if app.global.output == output::OutputFormat::Csv {
        // CSV is one table: a line of the ledger each, naming its authorization.
        let label = ops::name(&shown.authorization);
        let lines: Vec<LedgerLine> = shown
            .ledger
            .iter()
            .map(|event| LedgerLine { authorization: label.clone(), event: event.clone() })
            .collect();
        return app.print_list(&lines);
    }
    if !app.global.output.is_table() {
        return app.print_record(&shown);
    }
    app.print_record(&shown.authorization)?;
    let a = &shown.authorization;
    println!();
    println!("{}", units_bar(a.used_units, a.scheduled_units, a.total_units, 40));
    println!(
        "used {}  scheduled {}  remaining {}  of {}",
        a.used_units, a.scheduled_units, a.remaining_units, a.total_units
    );
    println!();
    app.print_list(&shown.ledger)
}

/// `[####====....]`: used (#), scheduled (=), remaining (.), `width` characters.
pub(crate) fn units_bar(used: i32, scheduled: i32, total: i32, width: usize) -> String {
    if total <= 0 {
        return format!("[{}]", " ".repeat(width));
    }
    let cells = |units: i32| (units.max(0) as usize * width).div_ceil(total as usize).min(width);
    let used_cells = cells(used);
    let scheduled_cells = cells(used + scheduled).saturating_sub(used_cells);
    let rest = width - used_cells - scheduled_cells;
    format!("[{}{}{}]", "#".repeat(used_cells), "=".repeat(scheduled_cells), ".".repeat(rest))
}

async fn update(app: &App, pool: &sqlx::PgPool, args: UpdateArgs) -> Result<()> {
    let changes = ops::Changes {
        number: super::optional_line_flag("--number", args.number.as_deref(), MAX_NAME)?,
        total_units: args.units,
        start: None,
        end: None,
        status: args.status.map(Into::into),
        notes: args.notes.as_deref().map(|n| super::text_flag("--notes", n, MAX_REASON)).transpose()?,
        insurance: None,
    };
    let affected = args.affected.choice()?;
    let update = ops::Update {
        authorization: args.authorization,
        changes,
        start: args.start,
        end: args.end,
        insurance: args.insurance,
        affected,
    };
    let updated = app.runner(pool).run(update).await?;
    app.print_record(&updated)
}

/// Each clinic in its own transaction: a sweep's audit items belong to that clinic's chain.
async fn sweep(app: &App, pool: &sqlx::PgPool) -> Result<()> {
    output::accepts_list::<ops::Swept>(app.global.output, &app.lists())?;
    let swept = app.runner(pool).per_clinic(ops::Sweep).await?;
    let (expired, exhausted) = swept.iter().fold((0, 0), |(e, x), s| (e + s.expired, x + s.exhausted));
    let in_progress: i64 = swept.iter().map(|s| s.sessions_in_progress).sum();
    app.ui.info(format!("{expired} authorization(s) expired, {exhausted} exhausted"));
    if in_progress > 0 {
        app.ui.info(format!(
            "{in_progress} session(s) in progress on them left as they are: care delivered inside an authorization's \
             dates completes and bills after it expires"
        ));
    }
    app.print_list(&swept)
}

async fn check(app: &App, pool: &sqlx::PgPool) -> Result<()> {
    output::accepts_list::<crate::store::authorizations::CounterMismatch>(app.global.output, &app.lists())?;
    let (checked, mismatches) = app.runner(pool).run(ops::Check).await?;
    if mismatches.is_empty() {
        app.ui.info(format!("{checked} authorization(s) checked: every counter matches its appointments and ledger"));
        return Ok(());
    }
    app.print_list(&mismatches)?;
    Err(crate::error::Error::found(format!(
        "{} of {checked} authorization(s) have counters that differ from their appointments or ledger; nothing was \
         changed",
        mismatches.len()
    ))
    .hint("find who changed them outside omnictl (omnictl audit verify, the database's logs) before correcting them")
    .into())
}

async fn report(app: &App, pool: &sqlx::PgPool, kind: ops::Report, exit_code: bool) -> Result<()> {
    let lines = app.runner(pool).run(kind).await?;
    app.print_list(&lines)?;
    if lines.is_empty() {
        app.ui.info("nothing to report");
    } else if exit_code {
        return Err(super::Flagged.into());
    }
    Ok(())
}

impl Tabular for Authorization {
    fn headers() -> Vec<&'static str> {
        vec!["number", "mrn", "code", "start", "end", "total", "used", "scheduled", "remaining", "status", "id"]
    }

    fn cells(&self) -> Vec<String> {
        vec![
            output::cell(self.authorization_number.clone()),
            self.medical_record_number.clone(),
            self.service_code.clone(),
            self.start_date.to_string(),
            self.end_date.to_string(),
            self.total_units.to_string(),
            self.used_units.to_string(),
            self.scheduled_units.to_string(),
            self.remaining_units.to_string(),
            self.status.to_string(),
            self.id.to_string(),
        ]
    }
}

/// A list's authorization: the table's columns; as CSV, the columns `auth import` takes
/// (so a list imports again; the policy is named by its payer and member number).
impl Tabular for ListedAuthorization {
    fn headers() -> Vec<&'static str> {
        Authorization::headers()
    }

    fn cells(&self) -> Vec<String> {
        self.authorization.cells()
    }

    fn csv_headers() -> Vec<&'static str> {
        crate::import::authorizations::COLUMNS.names.to_vec()
    }

    fn csv_cells(&self) -> Vec<String> {
        let a = &self.authorization;
        vec![
            a.medical_record_number.clone(),
            a.service_code.clone(),
            output::cell(a.authorization_number.clone()),
            a.start_date.to_string(),
            a.end_date.to_string(),
            a.total_units.to_string(),
            a.used_units.to_string(),
            output::cell(self.payer_name.clone()),
            output::cell(self.member_number.clone()),
        ]
    }
}

/// As a table or CSV, the authorization's own columns; as JSON, with its ledger.
impl Tabular for Shown {
    fn headers() -> Vec<&'static str> {
        Authorization::headers()
    }

    fn cells(&self) -> Vec<String> {
        self.authorization.cells()
    }
}

/// A line of an authorization's ledger, as `auth show -o csv` writes it.
#[derive(Debug, serde::Serialize)]
struct LedgerLine {
    authorization: String,
    #[serde(flatten)]
    event: UnitEvent,
}

impl Tabular for LedgerLine {
    fn headers() -> Vec<&'static str> {
        let mut headers = vec!["authorization"];
        headers.extend(UnitEvent::headers());
        headers
    }

    fn cells(&self) -> Vec<String> {
        let mut cells = vec![self.authorization.clone()];
        cells.extend(self.event.cells());
        cells
    }
}

impl Tabular for UnitEvent {
    fn headers() -> Vec<&'static str> {
        vec!["when", "kind", "scheduled", "used", "appointment", "note"]
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.occurred_at.format("%Y-%m-%d %H:%M:%S UTC").to_string(),
            self.kind.to_string(),
            format!("{:+}", self.scheduled_delta),
            format!("{:+}", self.used_delta),
            output::cell(self.appointment_id),
            output::cell(self.note.clone()),
        ]
    }
}

impl Tabular for ReportLine {
    fn headers() -> Vec<&'static str> {
        vec![
            "organization",
            "number",
            "mrn",
            "code",
            "end",
            "days left",
            "used",
            "scheduled",
            "total",
            "utilization",
            "id",
        ]
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.organization.clone(),
            output::cell(self.authorization_number.clone()),
            output::cell(self.medical_record_number.clone()),
            self.service_code.clone(),
            self.end_date.to_string(),
            self.days_left.to_string(),
            self.used_units.to_string(),
            self.scheduled_units.to_string(),
            self.total_units.to_string(),
            format!("{:.1}%", self.utilization_percent),
            self.authorization_id.to_string(),
        ]
    }
}

impl Tabular for CounterMismatch {
    fn headers() -> Vec<&'static str> {
        vec![
            "organization",
            "number",
            "scheduled",
            "live appointments",
            "ledger scheduled",
            "used",
            "ledger used",
            "id",
        ]
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.organization.clone(),
            output::cell(self.authorization_number.clone()),
            self.scheduled_units.to_string(),
            self.live_appointment_units.to_string(),
            self.ledger_scheduled_units.to_string(),
            self.used_units.to_string(),
            self.ledger_used_units.to_string(),
            self.authorization_id.to_string(),
        ]
    }
}

impl Tabular for Swept {
    fn headers() -> Vec<&'static str> {
        vec!["organization", "expired", "exhausted", "sessions_in_progress"]
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.organization.clone(),
            self.expired.to_string(),
            self.exhausted.to_string(),
            self.sessions_in_progress.to_string(),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::units_bar;

    #[test]
    fn the_bar_shows_used_scheduled_and_remaining() {
        assert_eq!(units_bar(10, 10, 40, 8), "[##==....]");
        assert_eq!(units_bar(0, 0, 40, 4), "[....]");
        assert_eq!(units_bar(40, 0, 40, 4), "[####]");
        assert_eq!(units_bar(1, 0, 100, 4), "[#...]", "any use shows");
    }
}
