//! `omnictl access`: break the glass. A super admin reaches a clinic's patient data only
//! through a grant with a stated reason that expires by itself; every audit row made
//! under it names the grant.

use anyhow::Result;

use super::App;
use crate::cli::access::{AccessCommand, BreakGlassArgs};
use crate::db::Schema;
use crate::ops::access_grants::{self as ops, GrantRow};
use crate::output::Tabular;
use crate::store::grants::Grant;

pub async fn run(app: &App, command: AccessCommand) -> Result<()> {
    let pool = app.connect(Schema::Current).await?;
    let result = match command {
        AccessCommand::BreakGlass(args) => break_glass(app, &pool, args).await,
        AccessCommand::List(_) => list(app, &pool).await,
    };
    pool.close().await;
    result
}

async fn break_glass(app: &App, pool: &sqlx::PgPool, args: BreakGlassArgs) -> Result<()> {
    // Every refusal is on the record (DENIED): a failed attempt to break the glass is what
    // monitoring of emergency access looks for.
    let organization = app.global.org.clone();
    let grant =
        app.runner(pool).run(ops::BreakGlass { organization, reason: args.reason, minutes: args.minutes }).await?;
    let key = app.global.org.as_deref().unwrap_or_default();
    app.ui.info(format!(
        "break-glass grant for {} until {} UTC; every action under it is audited with grant {}",
        key,
        grant.expires_at.format("%Y-%m-%d %H:%M"),
        grant.id
    ));
    app.print_record(&grant)
}

async fn list(app: &App, pool: &sqlx::PgPool) -> Result<()> {
    let rows = app.runner(pool).run(ops::List { organization: app.org_key()? }).await?;
    app.print_list(&rows)
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
