//! `omnictl migrate`: the schema migrations embedded in the binary.

use anyhow::Result;

use super::App;
use crate::cli::migrate::MigrateCommand;
use crate::db::Schema;
use crate::db::migrations::{self, MigrationStatus};
use crate::output::{self, Tabular};

pub async fn run(app: &App, command: MigrateCommand) -> Result<()> {
    output::accepts::<MigrationStatus>(app.global.output)?;
    let pool = app.connect_owner(Schema::AsIs).await?;
    match command {
        MigrateCommand::Run => {
            let applied = migrations::run(&pool).await?;
            for repair in migrations::secure(&pool).await? {
                app.ui.info(format!("repaired {repair}"));
            }
            if applied.is_empty() {
                app.ui.info("the schema is up to date; nothing to apply");
            } else {
                app.ui.info(format!("applied {} migration(s)", applied.len()));
            }
            // The migrations this run applied, as `migrate status` lists them.
            let statuses = migrations::status(&pool).await?;
            let applied: Vec<MigrationStatus> = statuses.into_iter().filter(|m| applied.contains(&m.version)).collect();
            app.print_list(&applied)?;
        }
        MigrateCommand::Status(_) => {
            app.print_list(&migrations::status(&pool).await?)?;
            let wrong = migrations::unrepaired(&pool).await?;
            if !wrong.is_empty() {
                pool.close().await;
                return Err(crate::error::Error::refused(wrong.join("\n"))
                    .hint("run `omnictl migrate run` as the schema's owner: it repairs these and says what it did")
                    .into());
            }
        }
    }
    pool.close().await;
    Ok(())
}

impl Tabular for MigrationStatus {
    fn headers() -> Vec<&'static str> {
        vec!["version", "description", "state", "applied at"]
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.version.to_string(),
            self.description.clone(),
            {
                let state = serde_json::to_value(self.state).ok().and_then(|v| v.as_str().map(str::to_string));
                let state = state.unwrap_or_default();
                // A newer omnictl's migration: what its record lets this omnictl do.
                match &self.compat {
                    Some(c) if c.additive => format!("{state} (additive, applied by omnictl {})", c.applied_by),
                    Some(c) => format!("{state} (not additive, applied by omnictl {})", c.applied_by),
                    None => state,
                }
            },
            output::cell(self.applied_at.map(|t| t.format("%Y-%m-%d %H:%M:%S UTC"))),
        ]
    }
}
