//! `omnictl auth`: payer authorizations — the units a clinic may bill. A clinic's ADMIN
//! creates, changes, cancels and imports them; its users read them. `sweep` brings
//! statuses up to date; `expiring` and `low` are the cron reports, per clinic or, for a
//! super admin, platform-wide (without patient identifiers).

use anyhow::{Result, anyhow, bail};
use chrono::NaiveDate;
use clap::{Args, Subcommand, ValueEnum};
use serde::Serialize;

use super::{App, bulk};
use crate::access::{self, Need, Session};
use crate::audit::{AuditEntry, CommandTx};
use crate::db::Schema;
use crate::db::context::Scope;
use crate::domain::dates::parse_date;
use crate::domain::scheduling::{AuthStatus, parse_days, parse_percent};
use crate::domain::text::{MAX_NAME, MAX_REASON};
use crate::domain::user::Role;
use crate::import::authorizations::Authorizations;
use crate::output::{self, Tabular};
use crate::store::authorizations::{
    self, Authorization, AuthorizationChanges, AuthorizationFilter, CounterMismatch, NewAuthorization, ReportLine,
    UnitEvent,
};
use crate::store::{insurances, organizations, patients, service_codes};

#[derive(Debug, Subcommand)]
pub enum AuthCommand {
    /// Record a payer's authorization for a patient and a service code.
    Create(CreateArgs),
    /// List authorizations.
    List(ListArgs),
    /// Show one authorization by id or number: its units as a bar and its ledger.
    Show(KeyArgs),
    /// Change an authorization (number, units, dates, status pending/active, notes).
    Update(UpdateArgs),
    /// Cancel an authorization that has no scheduled units.
    Cancel(CancelArgs),
    /// Bring statuses up to date: ACTIVE ones past their end become EXPIRED, those with
    /// every unit used EXHAUSTED. Idempotent and audited; safe from cron. A super admin
    /// without --org sweeps every clinic.
    Sweep,
    /// Check that every authorization's counters equal its rows: scheduled units the units
    /// of its live appointments and its ledger, used units its ledger. Lists each one that
    /// differs and then exits 10; prints nothing on stdout and exits 0 when all agree. The
    /// database refuses any change that would make them differ; this finds what went
    /// around it. A super admin without --org checks every clinic.
    Check,
    /// Import authorizations from CSV (FILE, or - for stdin): all rows land or none.
    ///
    /// Columns (header names in any order and case): medical_record_number,
    /// service_code, authorization_number, start_date, end_date, total_units (required),
    /// used_units (opening balance, recorded as an ADJUST ledger entry), payer_name and
    /// member_number (the patient's policy, both or neither). The key is the
    /// authorization number.
    Import(bulk::ImportArgs),
    /// ACTIVE authorizations ending within a window (cron report).
    Expiring(ExpiringArgs),
    /// ACTIVE authorizations whose (used + scheduled) / total reaches a threshold (cron
    /// report).
    Low(LowArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StartStatus {
    Pending,
    Active,
}

impl StartStatus {
    fn as_sql(self) -> &'static str {
        match self {
            StartStatus::Pending => "PENDING",
            StartStatus::Active => "ACTIVE",
        }
    }
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// The patient's MRN or id.
    #[arg(long)]
    pub patient: String,
    /// The service code, e.g. 97153.
    #[arg(long)]
    pub code: String,
    /// Units the payer approved, 1 to 100000.
    #[arg(long, value_parser = clap::value_parser!(i32).range(1..=100_000))]
    pub units: i32,
    /// First covered day, YYYY-MM-DD or M/D/YYYY.
    #[arg(long)]
    pub start: String,
    /// Last covered day (inclusive).
    #[arg(long)]
    pub end: String,
    /// The payer's authorization number.
    #[arg(long)]
    pub number: Option<String>,
    /// The patient's insurance policy it was issued under (id from `insurance list`).
    #[arg(long)]
    pub insurance: Option<uuid::Uuid>,
    #[arg(long, value_enum, default_value_t = StartStatus::Active)]
    pub status: StartStatus,
    #[arg(long)]
    pub notes: Option<String>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this patient's (MRN or id).
    #[arg(long)]
    pub patient: Option<String>,
    #[arg(long, value_enum)]
    pub status: Option<AuthStatus>,
    #[arg(long)]
    pub code: Option<String>,
}

#[derive(Debug, Args)]
pub struct KeyArgs {
    /// The authorization's id or number.
    pub authorization: String,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// The authorization's id or number.
    pub authorization: String,
    #[arg(long)]
    pub number: Option<String>,
    /// A new total of units, up to 100000 (not below what is used and scheduled).
    #[arg(long, value_parser = clap::value_parser!(i32).range(0..=100_000))]
    pub units: Option<i32>,
    #[arg(long)]
    pub start: Option<String>,
    #[arg(long)]
    pub end: Option<String>,
    /// pending or active.
    #[arg(long, value_enum)]
    pub status: Option<StartStatus>,
    #[arg(long)]
    pub notes: Option<String>,
    #[arg(long)]
    pub insurance: Option<uuid::Uuid>,
}

#[derive(Debug, Args)]
pub struct CancelArgs {
    /// The authorization's id or number.
    pub authorization: String,
    #[arg(long)]
    pub reason: Option<String>,
}

#[derive(Debug, Args)]
pub struct ExpiringArgs {
    /// The window: 30d, 2w, or a number of days.
    #[arg(long, default_value = "30d")]
    pub within: String,
    /// Exit 10 when anything is listed (for cron), 0 when nothing is; failures use 1–6.
    #[arg(long)]
    pub exit_code: bool,
}

#[derive(Debug, Args)]
pub struct LowArgs {
    /// Utilisation at or above which an authorization is listed, e.g. 80%.
    #[arg(long, default_value = "80%")]
    pub threshold: String,
    /// Exit 10 when anything is listed (for cron), 0 when nothing is; failures use 1–6.
    #[arg(long)]
    pub exit_code: bool,
}

const READ: Need = Need::PatientData { staff: true };
const WRITE: Need = Need::PatientData { staff: false };

pub async fn run(app: &App, command: AuthCommand) -> Result<()> {
    let pool = app.connect(Schema::Current).await?;
    let result = match command {
        AuthCommand::Create(args) => create(app, &pool, args).await,
        AuthCommand::List(args) => list(app, &pool, args).await,
        AuthCommand::Show(args) => show(app, &pool, args).await,
        AuthCommand::Update(args) => update(app, &pool, args).await,
        AuthCommand::Cancel(args) => cancel(app, &pool, args).await,
        AuthCommand::Sweep => sweep(app, &pool).await,
        AuthCommand::Check => check(app, &pool).await,
        AuthCommand::Import(args) => bulk::import::<Authorizations>(app, &pool, WRITE, args).await,
        AuthCommand::Expiring(args) => {
            let days = parse_days(&args.within).map_err(|e| anyhow!("--within: {e}"))?;
            report(app, &pool, Report::Expiring(days), args.exit_code).await
        }
        AuthCommand::Low(args) => {
            let percent = parse_percent(&args.threshold).map_err(|e| anyhow!("--threshold: {e}"))?;
            report(app, &pool, Report::Low(percent), args.exit_code).await
        }
    };
    pool.close().await;
    result
}

fn date_flag(flag: &str, text: &str) -> Result<NaiveDate> {
    parse_date(text).map_err(|reason| anyhow!("{flag}: {reason}"))
}

async fn find(tx: &mut CommandTx, key: &str) -> Result<Authorization> {
    authorizations::find(tx.conn(), key)
        .await?
        .ok_or_else(|| crate::error::not_found(format!("no authorization with id or number {key} in this organization")))
}

fn name(a: &Authorization) -> String {
    a.authorization_number.clone().unwrap_or_else(|| a.id.to_string())
}

async fn create(app: &App, pool: &sqlx::PgPool, args: CreateArgs) -> Result<()> {
    const ACTION: &str = "auth.create";
    let session = access::authorize(pool, &app.global, ACTION, WRITE).await?;
    let number = super::optional_line_flag("--number", args.number.as_deref(), MAX_NAME)?;
    let notes = args.notes.as_deref().map(|n| super::text_flag("--notes", n, MAX_REASON)).transpose()?;
    let organization_id = session.clinic()?.id;
    let start = date_flag("--start", &args.start)?;
    let end = date_flag("--end", &args.end)?;
    if end < start {
        bail!("--end {end} is before --start {start}");
    }
    if args.units <= 0 {
        bail!("--units must be at least 1");
    }
    let created = session
        .transact(pool, ACTION, async |tx| {
            let patient = patients::require(tx.conn(), &args.patient).await?;
            let code = service_codes::rules(tx.conn(), &args.code).await?.ok_or_else(|| {
                crate::error::not_found(format!("no service code {} (seed the catalogue with omnictl seed service-codes)", args.code))
            })?;
            if let Some(policy) = args.insurance {
                let policy = insurances::find(tx.conn(), policy)
                    .await?
                    .ok_or_else(|| crate::error::not_found(format!("no insurance policy {policy} in this organization")))?;
                if policy.patient_id != patient.id {
                    bail!("the policy {} is not a policy of the patient {}", policy.id, patient.medical_record_number);
                }
            }
            let id = authorizations::create(
                tx.conn(),
                &NewAuthorization {
                    organization_id,
                    patient_id: patient.id,
                    insurance_id: args.insurance,
                    service_code_owner: code.owner_key,
                    service_code: &code.code,
                    authorization_number: number.as_deref(),
                    start_date: start,
                    end_date: end,
                    total_units: args.units,
                    status: args.status.as_sql(),
                    notes: notes.as_deref(),
                },
            )
            .await
            .map_err(|e| e.context("could not create the authorization"))?;
            let created = find(tx, &id.to_string()).await?;
            let entry = AuditEntry::new(ACTION)
                .entity("authorization", id)
                .changed("service_code", serde_json::Value::Null, created.service_code.clone())
                .changed("total_units", serde_json::Value::Null, created.total_units)
                .changed("start_date", serde_json::Value::Null, created.start_date.to_string())
                .changed("end_date", serde_json::Value::Null, created.end_date.to_string())
                .changed("status", serde_json::Value::Null, created.status.clone())
                .detail("patient", patient.id.to_string());
            Ok((created, entry))
        })
        .await?;
    app.ui.info(format!("created the authorization {}", name(&created)));
    output::print_record(app.global.output, &created)
}

async fn list(app: &App, pool: &sqlx::PgPool, args: ListArgs) -> Result<()> {
    const ACTION: &str = "auth.read";
    let session = access::authorize(pool, &app.global, ACTION, READ).await?;
    let rows = session
        .transact(pool, ACTION, async |tx| {
            let patient_id = match &args.patient {
                Some(key) => Some(patients::require(tx.conn(), key).await?.id),
                None => None,
            };
            let filter = AuthorizationFilter {
                patient_id,
                status: args.status.map(|s| s.as_sql().to_string()),
                service_code: args.code.clone(),
            };
            let rows = authorizations::list(tx.conn(), &filter).await?;
            let entry = AuditEntry::new(ACTION)
                .entity_type("authorization")
                .detail("command", "auth list")
                .detail("count", rows.len());
            Ok((rows, entry))
        })
        .await?;
    output::print_list(app.global.output, &rows)
}

/// `auth show`: the authorization and its ledger.
#[derive(Debug, Serialize)]
struct Shown {
    #[serde(flatten)]
    authorization: Authorization,
    ledger: Vec<UnitEvent>,
}

async fn show(app: &App, pool: &sqlx::PgPool, args: KeyArgs) -> Result<()> {
    const ACTION: &str = "auth.read";
    let session = access::authorize(pool, &app.global, ACTION, READ).await?;
    let shown = session
        .transact(pool, ACTION, async |tx| {
            let authorization = find(tx, &args.authorization).await?;
            let ledger = authorizations::ledger(tx.conn(), authorization.id).await?;
            let entry = AuditEntry::new(ACTION)
                .entity("authorization", authorization.id)
                .detail("command", "auth show")
                .detail("count", 1);
            Ok((Shown { authorization, ledger }, entry))
        })
        .await?;
    if app.global.output != output::OutputFormat::Table {
        return output::print_record(app.global.output, &shown);
    }
    output::print_record(app.global.output, &shown.authorization)?;
    let a = &shown.authorization;
    println!();
    println!("{}", units_bar(a.used_units, a.scheduled_units, a.total_units, 40));
    println!(
        "used {}  scheduled {}  remaining {}  of {}",
        a.used_units, a.scheduled_units, a.remaining_units, a.total_units
    );
    println!();
    output::print_list(app.global.output, &shown.ledger)
}

/// `[####====....]`: used (#), scheduled (=), remaining (.), `width` characters.
pub fn units_bar(used: i32, scheduled: i32, total: i32, width: usize) -> String {
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
    const ACTION: &str = "auth.update";
    let session = access::authorize(pool, &app.global, ACTION, WRITE).await?;
    let number = super::optional_line_flag("--number", args.number.as_deref(), MAX_NAME)?;
    let notes = args.notes.as_deref().map(|n| super::text_flag("--notes", n, MAX_REASON)).transpose()?;
    let start = args.start.as_deref().map(|s| date_flag("--start", s)).transpose()?;
    let end = args.end.as_deref().map(|s| date_flag("--end", s)).transpose()?;
    let updated = session
        .transact(pool, ACTION, async |tx| {
            let before = find(tx, &args.authorization).await?;
            if let Some(status) = args.status
                && !matches!(before.status.as_str(), "PENDING" | "ACTIVE")
            {
                bail!(
                    "the authorization {} is {}: only a PENDING or ACTIVE one can be set to {}",
                    name(&before),
                    before.status,
                    status.as_sql()
                );
            }
            if let Some(policy) = args.insurance {
                let policy = insurances::find(tx.conn(), policy)
                    .await?
                    .ok_or_else(|| crate::error::not_found(format!("no insurance policy {policy} in this organization")))?;
                if policy.patient_id != before.patient_id {
                    bail!("the policy {} is not a policy of the authorization's patient", policy.id);
                }
            }
            let changes = AuthorizationChanges {
                authorization_number: number.as_deref(),
                start_date: start,
                end_date: end,
                total_units: args.units,
                status: args.status.map(StartStatus::as_sql),
                notes: notes.as_deref(),
                insurance_id: args.insurance,
            };
            authorizations::update(tx.conn(), before.id, &changes)
                .await
                .map_err(|e| e.context(format!("could not update the authorization {}", name(&before))))?;
            let after = find(tx, &before.id.to_string()).await?;
            let mut entry = AuditEntry::new(ACTION).entity("authorization", after.id);
            if before.authorization_number != after.authorization_number {
                entry = entry.changed(
                    "authorization_number",
                    before.authorization_number.clone(),
                    after.authorization_number.clone(),
                );
            }
            if before.total_units != after.total_units {
                entry = entry.changed("total_units", before.total_units, after.total_units);
            }
            if before.start_date != after.start_date {
                entry = entry.changed("start_date", before.start_date.to_string(), after.start_date.to_string());
            }
            if before.end_date != after.end_date {
                entry = entry.changed("end_date", before.end_date.to_string(), after.end_date.to_string());
            }
            if before.status != after.status {
                entry = entry.changed("status", before.status.clone(), after.status.clone());
            }
            if before.notes != after.notes {
                entry = entry.changed_phi("notes");
            }
            if before.insurance_id != after.insurance_id {
                entry = entry.changed_phi("insurance_id");
            }
            Ok((after, entry))
        })
        .await?;
    output::print_record(app.global.output, &updated)
}

async fn cancel(app: &App, pool: &sqlx::PgPool, args: CancelArgs) -> Result<()> {
    const ACTION: &str = "auth.cancel";
    let session = access::authorize(pool, &app.global, ACTION, WRITE).await?;
    let reason = super::optional_line_flag("--reason", args.reason.as_deref(), MAX_REASON)?;
    let cancelled = session
        .transact(pool, ACTION, async |tx| {
            let before = find(tx, &args.authorization).await?;
            if before.status == "CANCELLED" {
                bail!("the authorization {} is already cancelled", name(&before));
            }
            if before.scheduled_units > 0 {
                bail!(
                    "the authorization {} still has {} units reserved by booked appointments: cancel or move them \
                     first (omnictl appointment list --status scheduled)",
                    name(&before),
                    before.scheduled_units
                );
            }
            let changes =
                AuthorizationChanges { status: Some("CANCELLED"), notes: reason.as_deref(), ..Default::default() };
            authorizations::update(tx.conn(), before.id, &changes).await?;
            let after = find(tx, &before.id.to_string()).await?;
            let entry = AuditEntry::new(ACTION).entity("authorization", after.id).changed(
                "status",
                before.status.clone(),
                after.status.clone(),
            );
            Ok((after, entry))
        })
        .await?;
    app.ui.info(format!("cancelled the authorization {}", name(&cancelled)));
    output::print_record(app.global.output, &cancelled)
}

/// What one clinic's sweep changed.
#[derive(Debug, Serialize)]
struct Swept {
    organization: String,
    expired: i64,
    exhausted: i64,
}

async fn sweep(app: &App, pool: &sqlx::PgPool) -> Result<()> {
    const ACTION: &str = "auth.sweep";
    let session = access::authorize(pool, &app.global, ACTION, Need::PlatformOrClinic { staff: false }).await?;
    let clinics = clinics_in_reach(pool, &session).await?;
    let mut swept = Vec::new();
    for (id, slug) in clinics {
        let mut tx = CommandTx::begin(pool, &session.actor, Scope::Organization(id)).await?;
        let audit_id = tx.audit_id();
        let (expired, exhausted) = authorizations::sweep(tx.conn(), id, audit_id).await?;
        let entry = AuditEntry::new(ACTION)
            .entity_type("authorization")
            .detail("expired", expired)
            .detail("exhausted", exhausted);
        tx.finish(entry).await?;
        swept.push(Swept { organization: slug, expired, exhausted });
    }
    let (expired, exhausted) = swept.iter().fold((0, 0), |(e, x), s| (e + s.expired, x + s.exhausted));
    app.ui.info(format!("{expired} authorization(s) expired, {exhausted} exhausted"));
    output::print_list(app.global.output, &swept)
}

async fn check(app: &App, pool: &sqlx::PgPool) -> Result<()> {
    const ACTION: &str = "auth.check";
    let session = access::authorize(pool, &app.global, ACTION, Need::PlatformOrClinic { staff: false }).await?;
    let mut checked = 0;
    let mut mismatches: Vec<CounterMismatch> = Vec::new();
    for (id, _) in clinics_in_reach(pool, &session).await? {
        let mut tx = CommandTx::begin(pool, &session.actor, Scope::Organization(id)).await?;
        let (count, found) = authorizations::counter_mismatches(tx.conn()).await?;
        checked += count;
        mismatches.extend(found);
    }
    session
        .transact(pool, ACTION, async |_tx| {
            let entry = AuditEntry::new(ACTION)
                .entity_type("authorization")
                .detail("checked", checked)
                .detail("mismatched", mismatches.len());
            Ok(((), entry))
        })
        .await?;
    if mismatches.is_empty() {
        app.ui.info(format!("{checked} authorization(s) checked: every counter matches its appointments and ledger"));
        return Ok(());
    }
    output::print_list(app.global.output, &mismatches)?;
    Err(crate::error::Error::found(format!(
        "{} of {checked} authorization(s) have counters that differ from their appointments or ledger; nothing was \
         changed",
        mismatches.len()
    ))
    .hint("find who changed them outside omnictl (omnictl audit verify, the database's logs) before correcting them")
    .into())
}

/// The clinic of a clinic user (or of `--org`), or every clinic for a super admin in
/// platform scope.
async fn clinics_in_reach(pool: &sqlx::PgPool, session: &Session) -> Result<Vec<(uuid::Uuid, String)>> {
    if let Some(organization) = &session.organization {
        return Ok(vec![(organization.id, organization.slug.clone())]);
    }
    let mut tx = CommandTx::begin(pool, &session.actor, Scope::Platform).await?;
    let all = organizations::list(tx.conn()).await?;
    Ok(all.into_iter().map(|o| (o.id, o.slug)).collect())
}

enum Report {
    Expiring(i64),
    Low(f64),
}

async fn report(app: &App, pool: &sqlx::PgPool, kind: Report, exit_code: bool) -> Result<()> {
    const ACTION: &str = "auth.report";
    let session = access::authorize(pool, &app.global, ACTION, Need::PlatformOrClinic { staff: true }).await?;
    // Patient identifiers only for the clinic's own users: a super admin's report names
    // the clinic and the authorization, not the patient.
    let with_patient = session.role != Role::SuperAdmin;
    let mut lines: Vec<ReportLine> = Vec::new();
    for (id, _) in clinics_in_reach(pool, &session).await? {
        let mut tx = CommandTx::begin(pool, &session.actor, Scope::Organization(id)).await?;
        lines.extend(match kind {
            Report::Expiring(days) => authorizations::expiring(tx.conn(), days, with_patient).await?,
            Report::Low(percent) => authorizations::low(tx.conn(), percent, with_patient).await?,
        });
    }
    let (name, parameter) = match kind {
        Report::Expiring(days) => ("expiring", serde_json::json!({ "within_days": days })),
        Report::Low(percent) => ("low", serde_json::json!({ "threshold_percent": percent })),
    };
    session
        .transact(pool, ACTION, async |_tx| {
            let entry = AuditEntry::new(ACTION)
                .entity_type("authorization")
                .detail("report", name)
                .detail("parameters", parameter.clone())
                .detail("count", lines.len())
                .detail("patients_named", with_patient);
            Ok(((), entry))
        })
        .await?;
    output::print_list(app.global.output, &lines)?;
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
            self.status.clone(),
            self.id.to_string(),
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

impl Tabular for UnitEvent {
    fn headers() -> Vec<&'static str> {
        vec!["when", "kind", "scheduled", "used", "appointment", "note"]
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.occurred_at.format("%Y-%m-%d %H:%M:%S").to_string(),
            self.kind.clone(),
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
        vec!["organization", "expired", "exhausted"]
    }

    fn cells(&self) -> Vec<String> {
        vec![self.organization.clone(), self.expired.to_string(), self.exhausted.to_string()]
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
