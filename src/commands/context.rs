//! `omnictl context`: named contexts (a server, an operator, a clinic) kept in the
//! configuration file (see `crate::config`). Nothing here touches a database.

use anyhow::Result;
use serde::Serialize;

use super::App;
use crate::cli::context::ContextCommand;
use crate::config::{self, Context, LOCAL};
use crate::output::{self, Tabular};

/// One line of `context list`.
#[derive(Debug, Serialize)]
struct Line {
    name: String,
    current: bool,
    server: String,
    operator: Option<String>,
    org: Option<String>,
}

impl Tabular for Line {
    fn headers() -> Vec<&'static str> {
        vec!["", "name", "server", "operator", "clinic"]
    }

    fn cells(&self) -> Vec<String> {
        vec![
            if self.current { "*" } else { "" }.to_string(),
            self.name.clone(),
            self.server.clone(),
            output::cell(self.operator.clone()),
            output::cell(self.org.clone()),
        ]
    }
}

/// An empty value removes the part; anything else replaces it.
fn part(value: Option<String>, old: Option<String>) -> Option<String> {
    match value {
        Some(v) if v.trim().is_empty() => None,
        Some(v) => Some(v.trim().to_string()),
        None => old,
    }
}

/// The line of the context `name` as `context list` shows it.
fn line_of(name: &str, context: Option<&Context>, current: bool) -> Line {
    Line {
        name: name.to_string(),
        current,
        server: context.and_then(|c| c.database_url.clone()).unwrap_or_else(|| "the local database".to_string()),
        operator: context.and_then(|c| c.operator.clone()),
        org: context.and_then(|c| c.org.clone()),
    }
}

pub fn run(app: &App, command: ContextCommand) -> Result<()> {
    // A context has no id: `-o ids` is refused before the file is touched.
    output::accepts::<Line>(app.global.output)?;
    let mut config = config::load()?;
    match command {
        ContextCommand::List(_) => {
            let current = config.active_name(app.global.context.as_deref());
            let mut lines = vec![];
            if !config.contexts.contains_key(LOCAL) {
                lines.push(line_of(LOCAL, None, current == LOCAL));
            }
            for (name, context) in &config.contexts {
                lines.push(line_of(name, Some(context), *name == current));
            }
            app.print_list(&lines)
        }
        ContextCommand::Use(args) => {
            config.get(&args.name)?;
            config.current = (args.name != LOCAL).then_some(args.name.clone());
            let path = config::save(&config)?;
            app.ui.info(format!("using the context {} ({})", args.name, path.display()));
            app.print_record(&line_of(&args.name, config.contexts.get(&args.name), true))
        }
        ContextCommand::Set(args) => {
            if let Some(url) = args.server.as_deref().filter(|u| !u.trim().is_empty()) {
                config::check_url(url.trim())?;
            }
            if let Some(user) = args.user.as_deref() {
                super::optional_line_flag("--user", Some(user), crate::domain::text::MAX_NAME)?;
            }
            let old = config.contexts.get(&args.name).cloned().unwrap_or_default();
            let created = !config.contexts.contains_key(&args.name);
            let context = Context {
                database_url: part(args.server, old.database_url),
                operator: part(args.user, old.operator),
                org: part(args.clinic, old.org),
            };
            config.contexts.insert(args.name.clone(), context.clone());
            if args.make_current {
                config.current = (args.name != LOCAL).then_some(args.name.clone());
            }
            let path = config::save(&config)?;
            let verb = if created { "created" } else { "updated" };
            app.ui.info(format!("{verb} the context {} ({})", args.name, path.display()));
            let current = config.current.as_deref() == Some(args.name.as_str());
            app.print_record(&line_of(&args.name, Some(&context), current))
        }
        ContextCommand::Delete(args) => {
            let Some(deleted) = config.contexts.remove(&args.name) else {
                config.get(&args.name)?;
                return Err(crate::error::refused("the local context is always there; nothing to delete"));
            };
            if config.current.as_deref() == Some(args.name.as_str()) {
                config.current = None;
            }
            config::save(&config)?;
            app.ui.info(format!("deleted the context {}", args.name));
            app.print_record(&line_of(&args.name, Some(&deleted), false))
        }
    }
}
