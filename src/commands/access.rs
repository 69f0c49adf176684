//! `omnictl access`: break the glass. A super admin reaches a clinic's patient data only
//! through a grant with a stated reason that expires by itself; every audit row made
//! under it names the grant.

use anyhow::Result;
use clap::{Args, Subcommand};

use super::App;
use crate::access::{Need, Session};
use crate::audit::AuditEntry;
use crate::db::Schema;
use crate::db::context::{self, Scope};
use crate::domain::text;
use crate::output::{self, Tabular};
use crate::store::grants::{self, Grant};
use crate::store::organizations;

#[derive(Debug, Subcommand)]
pub enum AccessCommand {
    /// Grant yourself (a super admin) time-boxed access to one organization's patient
    /// data, with a reason. Audited in that organization's trail.
    BreakGlass(BreakGlassArgs),
    /// List break-glass grants, active and past (one organization's with --org).
    List,
}

#[derive(Debug, Args)]
pub struct BreakGlassArgs {
    /// Why access is needed, in words (recorded; 5 to 2000 characters, at least 3 letters).
    #[arg(long)]
    pub reason: String,
    /// How long the grant lasts, 1 to 1440 minutes.
    #[arg(long, default_value_t = 60, value_parser = clap::value_parser!(i64).range(1..=1440))]
    pub minutes: i64,
}

pub async fn run(app: &App, command: AccessCommand) -> Result<()> {
    let pool = app.connect(Schema::Current).await?;
    let result = match command {
        AccessCommand::BreakGlass(args) => break_glass(app, &pool, args).await,
        AccessCommand::List => list(app, &pool).await,
    };
    pool.close().await;
    result
}

async fn break_glass(app: &App, pool: &sqlx::PgPool, args: BreakGlassArgs) -> Result<()> {
    const ACTION: &str = "access.break-glass";
    let session = app.authorize(pool, ACTION, Need::Platform).await?;
    // Every refusal from here on is on the record: a failed attempt to break the glass
    // is what monitoring of emergency access looks for.
    let Some(key) = app.global.org.as_deref() else {
        return Err(session.deny(pool, ACTION, "name the organization with --org SLUG".to_string()).await);
    };
    let operator = session.operator()?.clone();
    let mut tx = context::begin(pool, Some(operator.id), Scope::Platform).await?;
    let org = organizations::find(&mut tx, key).await?;
    tx.rollback().await?;
    let Some(org) = org else {
        let reason = format!("no organization has the slug or id {}", text::bounded(key, 100));
        return Err(session.deny(pool, ACTION, reason).await);
    };
    let in_clinic = Session { scope: Scope::Organization(org.id), organization: Some(org.clone()), ..session };
    let reason = match text::reason("--reason", &args.reason) {
        Ok(reason) => reason,
        Err(why) => return Err(in_clinic.deny(pool, ACTION, why).await),
    };
    // The grant is the clinic's row and its audit entry lands in the clinic's chain.
    let grant = in_clinic
        .transact(pool, ACTION, async |tx| {
            let grant = grants::create(tx.conn(), org.id, operator.id, &operator.email, &reason, args.minutes).await?;
            let entry = AuditEntry::new(ACTION)
                .entity("break_glass_grant", grant.id)
                .detail("reason", grant.reason.clone())
                .detail("minutes", args.minutes)
                .detail("expires_at", grant.expires_at.to_rfc3339());
            Ok((grant, entry))
        })
        .await?;
    app.ui.info(format!(
        "break-glass grant for {} until {} UTC; every action under it is audited with grant {}",
        org.slug,
        grant.expires_at.format("%Y-%m-%d %H:%M"),
        grant.id
    ));
    output::print_record(app.global.output, &grant)
}

async fn list(app: &App, pool: &sqlx::PgPool) -> Result<()> {
    const ACTION: &str = "access.list";
    let session = app.authorize(pool, ACTION, Need::Platform).await?;
    let operator = session.operator()?.id;
    let mut tx = context::begin(pool, Some(operator), Scope::Platform).await?;
    let orgs = match app.global.org.as_deref() {
        Some(key) => vec![organizations::find(&mut tx, key).await?.ok_or_else(|| crate::error::not_found(format!("no organization {key}")))?],
        None => organizations::list(&mut tx).await?,
    };
    tx.rollback().await?;
    // Grants are each clinic's own rows: read them in each clinic's context.
    let mut all: Vec<Grant> = Vec::new();
    for org in &orgs {
        let mut tx = context::begin(pool, Some(operator), Scope::Organization(org.id)).await?;
        all.extend(grants::list(&mut tx).await?);
        tx.rollback().await?;
    }
    all.sort_by_key(|grant| std::cmp::Reverse(grant.granted_at));
    let count = all.len();
    session
        .transact(pool, ACTION, async |_tx| {
            Ok(((), AuditEntry::new(ACTION).entity_type("break_glass_grant").detail("count", count)))
        })
        .await?;
    let slugs: std::collections::HashMap<_, _> = orgs.iter().map(|o| (o.id, o.slug.clone())).collect();
    let rows: Vec<GrantRow> = all
        .into_iter()
        .map(|grant| GrantRow { organization: slugs.get(&grant.organization_id).cloned().unwrap_or_default(), grant })
        .collect();
    output::print_list(app.global.output, &rows)
}

#[derive(Debug, serde::Serialize)]
struct GrantRow {
    organization: String,
    #[serde(flatten)]
    grant: Grant,
}

impl Tabular for GrantRow {
    fn headers() -> Vec<&'static str> {
        vec!["organization", "operator", "reason", "granted", "expires", "active", "id"]
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.organization.clone(),
            self.grant.operator_email.clone(),
            self.grant.reason.clone(),
            self.grant.granted_at.format("%Y-%m-%d %H:%M").to_string(),
            self.grant.expires_at.format("%Y-%m-%d %H:%M").to_string(),
            if self.grant.active { "yes" } else { "no" }.to_string(),
            self.grant.id.to_string(),
        ]
    }
}

impl Tabular for Grant {
    fn headers() -> Vec<&'static str> {
        vec!["operator", "reason", "granted", "expires", "active", "id"]
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.operator_email.clone(),
            self.reason.clone(),
            self.granted_at.format("%Y-%m-%d %H:%M").to_string(),
            self.expires_at.format("%Y-%m-%d %H:%M").to_string(),
            if self.active { "yes" } else { "no" }.to_string(),
            self.id.to_string(),
        ]
    }
}
