//! `omnictl audit`: examine and verify the audit trail. A super admin sees every chain
//! (one organization's with --org); a clinic's ADMIN sees their organization's.

use std::io::Write;

use anyhow::{Result, anyhow, bail};
use chrono::{DateTime, NaiveDate, Utc};
use clap::{Args, Subcommand, ValueEnum};
use futures_util::TryStreamExt;
use uuid::Uuid;

use super::App;
use crate::access::Need;
use crate::audit::{AuditEntry, CommandTx};
use crate::db::Schema;
use crate::output::{self, Tabular};
use crate::store::audit_trail::{self, AuditFilter, AuditRecord, ChainSummary};

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// List audit rows, newest first.
    Log(LogArgs),
    /// Show one audit row in full.
    Show(ShowArgs),
    /// Recompute the hash chains; exit 10 naming the first broken row of any chain.
    Verify,
    /// Write audit rows, oldest first, as JSON Lines for a compliance reviewer.
    Export(ExportArgs),
}

#[derive(Debug, Args)]
pub struct FilterArgs {
    /// Rows at or after this time (YYYY-MM-DD, or RFC 3339 such as 2026-11-01T09:00:00Z).
    #[arg(long, value_parser = parse_instant)]
    pub since: Option<DateTime<Utc>>,
    /// Rows before this time (same forms as --since).
    #[arg(long, value_parser = parse_instant)]
    pub until: Option<DateTime<Utc>>,
}

#[derive(Debug, Args)]
pub struct LogArgs {
    /// Rows of actions by this operator (email). (--operator is who you are.)
    #[arg(long, value_name = "EMAIL")]
    pub by: Option<String>,
    /// An action (patient.read), or every action of a group with a trailing dot (patient.).
    #[arg(long)]
    pub action: Option<String>,
    /// Rows about one entity, as TYPE:ID (organization:3f2c…, user:…).
    #[arg(long, value_name = "TYPE:ID")]
    pub entity: Option<String>,
    #[command(flatten)]
    pub window: FilterArgs,
    /// At most this many rows.
    #[arg(long, default_value_t = 50, value_parser = clap::value_parser!(i64).range(1..=1_000_000))]
    pub limit: i64,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The audit row's id.
    pub id: Uuid,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ExportFormat {
    /// One JSON object per line.
    Jsonl,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub window: FilterArgs,
    #[arg(long, value_enum, default_value_t = ExportFormat::Jsonl)]
    pub format: ExportFormat,
}

fn parse_instant(value: &str) -> Result<DateTime<Utc>, String> {
    if let Ok(date) = NaiveDate::parse_from_str(value, "%Y-%m-%d") {
        return Ok(date.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc());
    }
    DateTime::parse_from_rfc3339(value)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| format!("{value:?} is not a date (YYYY-MM-DD) or an RFC 3339 time (2026-11-01T09:00:00Z)"))
}

pub async fn run(app: &App, command: AuditCommand) -> Result<()> {
    let pool = app.connect(Schema::Current).await?;
    let result = match command {
        AuditCommand::Log(args) => log(app, &pool, args).await,
        AuditCommand::Show(args) => {
            let record = app
                .run(&pool, "audit.show", Need::PlatformOrClinic { staff: false }, async |tx, _| {
                    let record = audit_trail::find(tx.conn(), args.id).await?.ok_or_else(|| {
                        crate::error::not_found(format!("no audit row {} (or not one you may see)", args.id))
                    })?;
                    Ok((record, AuditEntry::new("audit.show").entity("audit_log", args.id)))
                })
                .await?;
            output::print_record(app.global.output, &record)
        }
        AuditCommand::Verify => verify(app, &pool).await,
        AuditCommand::Export(args) => export(app, &pool, args).await,
    };
    pool.close().await;
    result
}

async fn log(app: &App, pool: &sqlx::PgPool, args: LogArgs) -> Result<()> {
    let (entity_type, entity_id) = match args.entity.as_deref() {
        Some(entity) => {
            let (kind, id) =
                entity.split_once(':').ok_or_else(|| anyhow!("--entity takes TYPE:ID, e.g. user:{}", Uuid::nil()))?;
            (Some(kind.to_string()), Some(id.to_string()))
        }
        None => (None, None),
    };
    if args.limit < 1 {
        bail!("--limit must be at least 1");
    }
    let mut filter = AuditFilter {
        organization_id: None,
        operator_email: args.by,
        action: args.action,
        entity_type,
        entity_id,
        since: args.window.since,
        until: args.window.until,
        limit: Some(args.limit),
        oldest_first: false,
        with_items: false,
    };
    let rows = app
        .run(pool, "audit.log", Need::PlatformOrClinic { staff: false }, async |tx, session| {
            filter.organization_id = session.organization.as_ref().map(|o| o.id);
            let rows = audit_trail::list(tx.conn(), &filter).await?;
            Ok((rows.clone(), AuditEntry::new("audit.log").entity_type("audit_log").detail("count", rows.len())))
        })
        .await?;
    output::print_list(app.global.output, &rows)
}

async fn verify(app: &App, pool: &sqlx::PgPool) -> Result<()> {
    const ACTION: &str = "audit.verify";
    let session = app.authorize(pool, ACTION, Need::PlatformOrClinic { staff: false }).await?;
    let chain = session.organization.as_ref().map(|o| o.id);
    // Checked in a read-only transaction of its own, so that a chain too damaged to
    // append to still gets its report.
    let mut tx = CommandTx::begin(pool, &session.actor, session.scope).await?;
    let (summary, breaks) = crate::ops::audit::verify(tx.conn(), chain).await?;
    drop(tx);
    let recorded = session
        .transact(pool, ACTION, async |_tx| {
            let entry = AuditEntry::new(ACTION)
                .entity_type("audit_log")
                .detail("chains", summary.len())
                .detail("rows", summary.iter().map(|c| c.rows).sum::<i64>())
                .detail("broken_chains", breaks.len());
            Ok(((), entry))
        })
        .await;
    output::print_list(app.global.output, &summary)?;
    if breaks.is_empty() {
        recorded?;
        app.ui.info(format!("audit trail intact: {} chain(s) verified", summary.len()));
        app.ui.info(
            "checked against the database alone, which cannot detect rows rewritten together with every later hash \
             and the chain's head, a tail cut off with its head moved back, or a chain deleted with its head: \
             only signed checkpoints kept outside the database can",
        );
        return Ok(());
    }
    let mut described: Vec<String> = breaks
        .iter()
        .map(|b| {
            let what = match b.problem.as_str() {
                "altered" => "its content no longer matches its hash (altered)",
                "missing_before" => "the row before it is missing (removed)",
                "out_of_band" => "it was not linked by the database (inserted out of band)",
                "items_altered" => "its per-entity items no longer match its count and digest (altered)",
                "orphan_items" => "items refer to an audit row that does not exist (inserted out of band)",
                _ => "rows at the end of the chain are missing (removed)",
            };
            let row = b.id.map(|id| format!(" (id {id})")).unwrap_or_default();
            format!("chain {}: first broken link at row {}{row}: {what}", chain_name(b.chain_key), b.chain_seq)
        })
        .collect();
    if let Err(error) = recorded {
        described.push(format!("(this verification could not be audited: {error})"));
    }
    Err(crate::error::Error::found(format!("the audit trail is broken:\n  {}", described.join("\n  ")))
        .hint("find who changed the rows outside omnictl (the database's logs) before anything else")
        .into())
}

fn chain_name(key: Uuid) -> String {
    if key.is_nil() { "platform".to_string() } else { key.to_string() }
}

async fn export(app: &App, pool: &sqlx::PgPool, args: ExportArgs) -> Result<()> {
    const ACTION: &str = "audit.export";
    let session = app.authorize(pool, ACTION, Need::PlatformOrClinic { staff: false }).await?;
    let ExportFormat::Jsonl = args.format;
    let filter = AuditFilter {
        organization_id: session.organization.as_ref().map(|o| o.id),
        since: args.window.since,
        until: args.window.until,
        ..Default::default()
    };
    let (filter, sql) = audit_trail::export_query(&filter);
    let entry = AuditEntry::new(ACTION)
        .entity_type("audit_log")
        .detail("since", args.window.since.map(|t| t.to_rfc3339()))
        .detail("until", args.window.until.map(|t| t.to_rfc3339()));
    let mut outflow = session.begin_outflow(pool, entry).await?;
    let mut count: u64 = 0;
    let streamed = async {
        let mut out = std::io::BufWriter::new(std::io::stdout().lock());
        let mut rows = audit_trail::stream(outflow.conn(), &sql, &filter);
        while let Some(row) = rows.try_next().await? {
            serde_json::to_writer(&mut out, &row)?;
            out.write_all(b"\n")?;
            count += 1;
        }
        out.flush()?;
        anyhow::Ok(())
    }
    .await;
    if outflow.finish(count, streamed).await? {
        app.ui.info(format!("exported {count} audit row(s)"));
    }
    Ok(())
}

impl Tabular for AuditRecord {
    fn headers() -> Vec<&'static str> {
        vec![
            "time",
            "organization",
            "operator",
            "login",
            "reported by client",
            "action",
            "entity",
            "outcome",
            "reason",
            "id",
        ]
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.occurred_at.format("%Y-%m-%d %H:%M:%S").to_string(),
            self.organization_slug.clone().unwrap_or_else(|| "(platform)".to_string()),
            output::cell(self.operator_email.clone()),
            match (&self.login_role, &self.client_addr) {
                (Some(login), Some(addr)) => format!("{login} from {addr}"),
                (Some(login), None) => login.clone(),
                _ => String::new(),
            },
            format!("{}@{}", self.os_user, self.host),
            self.action.clone(),
            match (&self.entity_type, &self.entity_id) {
                (Some(kind), Some(id)) => format!("{kind}:{id}"),
                (Some(kind), None) => kind.clone(),
                _ => String::new(),
            },
            self.outcome.clone(),
            output::cell(self.reason.clone()),
            self.id.to_string(),
        ]
    }
}

impl Tabular for ChainSummary {
    fn headers() -> Vec<&'static str> {
        vec!["chain", "rows", "last seq"]
    }

    fn cells(&self) -> Vec<String> {
        vec![chain_name(self.chain_key), self.rows.to_string(), self.last_seq.to_string()]
    }
}
