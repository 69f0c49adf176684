//! One module per command group: its clap types next to the functions that run them.
//! No SQL here: commands call `domain` for rules and `store` for data.

pub mod completions;
pub mod db;
pub mod migrate;
pub mod quickstart;
pub mod seed;

use anyhow::Result;
use sqlx::PgPool;

use crate::cli::{Cli, Command, GlobalArgs};
use crate::db::{self as database, Schema, Target};
use crate::ui::Ui;

/// What every command gets: the global options and the terminal.
pub struct App {
    pub global: GlobalArgs,
    pub ui: Ui,
}

impl App {
    pub fn target(&self) -> Result<Target> {
        Target::resolve(self.global.database_url.as_deref())
    }

    pub async fn connect(&self, schema: Schema) -> Result<PgPool> {
        database::connect(&self.target()?, schema, &self.ui).await
    }
}

pub async fn run(cli: Cli) -> Result<()> {
    let app = App { ui: Ui::new(cli.global.quiet, cli.global.verbose), global: cli.global };
    match cli.command {
        Command::Quickstart(args) => quickstart::run(&app, args).await,
        Command::Db(command) => db::run(&app, command).await,
        Command::Migrate(command) => migrate::run(&app, command).await,
        Command::Seed(command) => seed::run(&app, command).await,
        Command::Completions(args) => completions::run(args),
    }
}
