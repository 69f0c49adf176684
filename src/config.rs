//! Named contexts, as kubectl keeps them: a server (its URL, never a password), the
//! operator to act as and a default clinic, in `config.toml` under the platform's config
//! directory. Flags beat the environment, which beats the context; the embedded local
//! database is the default context (`local`).

use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context as _, Result};
use serde::{Deserialize, Serialize};

use crate::error::Error;

/// The name of the default context: the embedded local database, nobody in particular.
pub(crate) const LOCAL: &str = "local";

/// Environment variable naming the configuration file (tests, several setups).
pub(crate) const CONFIG_ENV: &str = "OMNICTL_CONFIG";

/// The file's contents.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub(crate) struct Config {
    /// The context in use when no --context says otherwise (None: `local`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current: Option<String>,
    #[serde(default)]
    pub contexts: BTreeMap<String, Context>,
}

/// One context: where, as whom, in which clinic. Every part optional.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub(crate) struct Context {
    /// postgres://LOGIN@HOST:PORT/DB, without a password (None: the local database).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub database_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operator: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub org: Option<String>,
}

/// `$OMNICTL_CONFIG`, else `$XDG_CONFIG_HOME/omnictl/config.toml`, else
/// `~/.config/omnictl/config.toml`.
pub(crate) fn path() -> Result<PathBuf> {
    if let Some(path) = std::env::var_os(CONFIG_ENV).filter(|p| !p.is_empty()) {
        return Ok(PathBuf::from(path));
    }
    let base = match std::env::var_os("XDG_CONFIG_HOME").filter(|p| !p.is_empty()) {
        Some(dir) => PathBuf::from(dir),
        None => {
            let home = std::env::var_os("HOME").filter(|p| !p.is_empty()).ok_or_else(|| {
                Error::usage("neither XDG_CONFIG_HOME nor HOME is set: set OMNICTL_CONFIG to the configuration file")
            })?;
            PathBuf::from(home).join(".config")
        }
    };
    Ok(base.join("omnictl").join("config.toml"))
}

/// The configuration; an absent file is an empty one.
pub(crate) fn load() -> Result<Config> {
    let path = path()?;
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
        Err(error) => return Err(error).with_context(|| format!("could not read {}", path.display())),
    };
    toml::from_str(&text).map_err(|error| {
        Error::usage(format!("{} is not a valid omnictl configuration: {}", path.display(), error.message()))
            .hint(match error.span() {
                Some(span) => {
                    let line = text[..span.start.min(text.len())].lines().count().max(1);
                    format!("fix line {line}, or rewrite it with omnictl context set / delete")
                }
                None => "rewrite it with omnictl context set / delete".to_string(),
            })
            .into()
    })
}

/// Writes the configuration whole (a new file renamed over the old), readable by its
/// owner only: it names servers and people.
pub(crate) fn save(config: &Config) -> Result<PathBuf> {
    let path = path()?;
    let dir = path.parent().map(PathBuf::from).unwrap_or_else(|| PathBuf::from("."));
    std::fs::create_dir_all(&dir).with_context(|| format!("could not create {}", dir.display()))?;
    let text = toml::to_string_pretty(config).context("could not write the configuration")?;
    let staged = path.with_extension("toml.new");
    {
        use std::os::unix::fs::OpenOptionsExt;
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .mode(0o600)
            .open(&staged)
            .with_context(|| format!("could not write {}", staged.display()))?;
        file.write_all(text.as_bytes())?;
        file.sync_all()?;
    }
    std::fs::rename(&staged, &path).with_context(|| format!("could not replace {}", path.display()))?;
    Ok(path)
}

/// A server URL fit for the file: postgres://, and no password in it.
pub(crate) fn check_url(url: &str) -> Result<()> {
    let Some(rest) = url.strip_prefix("postgres://").or_else(|| url.strip_prefix("postgresql://")) else {
        return Err(Error::usage("the server URL must start with postgres:// or postgresql://").into());
    };
    let authority = rest.split(['/', '?']).next().unwrap_or_default();
    if let Some((credentials, _)) = authority.rsplit_once('@')
        && credentials.contains(':')
    {
        return Err(Error::usage("the server URL holds a password, which has no place in a file others may read")
            .hint("give the URL without it (postgres://LOGIN@HOST/DB) and keep the password in ~/.pgpass or PGPASSWORD")
            .into());
    }
    Ok(())
}

impl Config {
    /// The context named `name` (`local` is always there), or an error listing the known.
    pub(crate) fn get(&self, name: &str) -> Result<Context> {
        if name == LOCAL {
            return Ok(self.contexts.get(LOCAL).cloned().unwrap_or_default());
        }
        self.contexts.get(name).cloned().ok_or_else(|| {
            let known: Vec<&str> = std::iter::once(LOCAL)
                .chain(self.contexts.keys().map(String::as_str).filter(|k| *k != LOCAL))
                .collect();
            Error::usage(format!("no context named {name:?}; the contexts are: {}", known.join(", ")))
                .hint("create it with omnictl context set NAME --server URL --user EMAIL --clinic SLUG")
                .into()
        })
    }

    /// The name of the context in use: `chosen` (--context), else the current one.
    pub(crate) fn active_name(&self, chosen: Option<&str>) -> String {
        chosen.map(str::to_string).or_else(|| self.current.clone()).unwrap_or_else(|| LOCAL.to_string())
    }
}

/// Fills what neither a flag nor the environment gave from the context in use: flags
/// beat the environment (clap reads both into the same options), which beats the
/// context. A connection service (PGSERVICE) is the environment choosing the server.
pub(crate) fn apply(given: Given) -> Result<Chosen> {
    let config = load()?;
    let name = config.active_name(given.context.as_deref());
    let context = config.get(&name)?;
    let service = std::env::var("PGSERVICE").is_ok_and(|s| !s.is_empty());
    let flagged = given.database_url.is_some();
    let database_url = match given.database_url {
        None if !service => context.database_url,
        given => given,
    };
    // What named the database, for `whoami`: a flag beats the environment beats a
    // connection service beats the context (which may be the local database).
    let database_source = match &database_url {
        Some(url) if flagged && std::env::var("DATABASE_URL").is_ok_and(|env| env == *url) => {
            "DATABASE_URL".to_string()
        }
        Some(_) if flagged => "--database-url".to_string(),
        _ if service => format!("PGSERVICE={}", std::env::var("PGSERVICE").unwrap_or_default()),
        Some(_) => format!("the context {name}"),
        None => format!("the context {name} (the local database)"),
    };
    let operator_source = match (&given.operator, &context.operator) {
        (Some(given), _) if std::env::var("OMNICTL_OPERATOR").is_ok_and(|env| env == *given) => {
            Some("OMNICTL_OPERATOR".to_string())
        }
        (Some(_), _) => Some("--operator".to_string()),
        (None, Some(_)) => Some(format!("the context {name}")),
        (None, None) => None,
    };
    Ok(Chosen {
        database_url,
        operator: given.operator.or(context.operator),
        operator_source,
        database_source,
        org: given.org.or(context.org),
        context: name,
    })
}

/// What the command line and the environment gave (flags beat the environment).
#[derive(Debug, Clone, Default)]
pub struct Given {
    pub database_url: Option<String>,
    pub operator: Option<String>,
    pub org: Option<String>,
    /// --context NAME.
    pub context: Option<String>,
}

/// Where and as whom a command acts, once the context in use filled the gaps.
#[derive(Debug, Clone)]
pub(crate) struct Chosen {
    pub database_url: Option<String>,
    pub operator: Option<String>,
    /// What named the operator: `--operator`, `OMNICTL_OPERATOR` or `the context NAME`.
    pub operator_source: Option<String>,
    /// What named the database: `--database-url`, `DATABASE_URL`, `PGSERVICE=NAME` or
    /// `the context NAME`.
    pub database_source: String,
    pub org: Option<String>,
    /// The context in use.
    pub context: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_url_with_a_password_is_refused() {
        assert!(check_url("postgres://ana@db.example.org:5432/omnictl?sslmode=verify-full").is_ok());
        assert!(check_url("postgres://db.example.org/omnictl").is_ok());
        let refused = check_url("postgres://ana:secret@db.example.org/omnictl").expect_err("password");
        assert!(format!("{refused:#}").contains("holds a password"));
        assert!(check_url("mysql://x").is_err());
    }

    #[test]
    fn the_file_round_trips_and_local_is_always_there() {
        let mut config = Config::default();
        config.contexts.insert(
            "staging".to_string(),
            Context { database_url: Some("postgres://ana@staging/omnictl".into()), operator: None, org: None },
        );
        config.current = Some("staging".to_string());
        let text = toml::to_string_pretty(&config).expect("toml");
        assert_eq!(toml::from_str::<Config>(&text).expect("parse"), config);
        assert_eq!(config.get(LOCAL).expect("local"), Context::default());
        assert!(format!("{:#}", config.get("prod").expect_err("unknown")).contains("local, staging"));
        assert_eq!(config.active_name(None), "staging");
        assert_eq!(config.active_name(Some("local")), "local");
    }
}
