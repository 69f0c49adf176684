//! `omnictl user`: the people who operate omnictl. A super admin manages users of any
//! organization (and other super admins); a clinic's ADMIN manages its own users.

use anyhow::{Context, Result};

use super::App;
use crate::access;
use crate::audit::Actor;
use crate::cli::user::{BootstrapArgs, CreateArgs, SetPasswordArgs, UserCommand};
use crate::db::Schema;
use crate::db::context::Scope;
use crate::domain::text::{MAX_NAME, MAX_REASON};
use crate::domain::user::UserRole;
use crate::ops::users as ops;
use crate::output::{self, Tabular};
use crate::store::users::User;

pub async fn run(app: &App, command: UserCommand) -> Result<()> {
    // The first super admin is made by the schema's owner: no operator exists yet.
    let pool = match command {
        UserCommand::Bootstrap(_) => app.connect_owner(Schema::Current).await?,
        _ => app.connect(Schema::Current).await?,
    };
    let result = match command {
        UserCommand::Bootstrap(args) => bootstrap(app, &pool, args).await,
        UserCommand::Create(args) => create(app, &pool, args).await,
        UserCommand::List(args) => {
            let include_inactive = args.include_inactive;
            super::list::print(app, &pool, ops::listing(), async |_tx, session| {
                let organization_id = session.organization.as_ref().map(|o| o.id);
                Ok(crate::store::users::UserList { organization_id, include_inactive })
            })
            .await
        }
        UserCommand::Show(args) => {
            let user = app.runner(&pool).run(ops::Show { user: args.user }).await?;
            app.print_record(&user)
        }
        UserCommand::Update(args) => {
            let changes = ops::Changes {
                email: args.email,
                name: super::optional_line_flag("--name", args.name.as_deref(), MAX_NAME)?,
                role: args.role,
            };
            let user = app.runner(&pool).run(ops::Update { user: args.user, changes }).await?;
            app.print_record(&user)
        }
        UserCommand::Deactivate(args) => {
            let reason = super::optional_line_flag("--reason", args.reason.as_deref(), MAX_REASON)?;
            let question = format!("Deactivate {}? Their login stops working and its connections end", args.user);
            if !app.ui.confirm(&question, app.global.yes)? {
                app.ui.info("nothing changed");
                return Ok(());
            }
            let user = app.runner(&pool).run(ops::Deactivate { user: args.user, reason }).await?;
            app.ui.info(format!("deactivated {}: their login can no longer connect", user.email));
            app.print_record(&user)
        }
        UserCommand::Activate(args) => {
            let user = app.runner(&pool).run(ops::Activate { user: args.user }).await?;
            app.ui.info(format!("reactivated {}: their login may connect again", user.email));
            app.print_record(&user)
        }
        UserCommand::SetPassword(args) => set_password(app, &pool, args).await,
        UserCommand::Whoami => identity(app, &pool).await,
    };
    pool.close().await;
    result
}

/// Acts as no operator yet: the one who runs it is recorded by the email they give.
async fn bootstrap(app: &App, pool: &sqlx::PgPool, args: BootstrapArgs) -> Result<()> {
    let email = super::required(&app.ui, args.email, "--email", "Email of the first super admin")?;
    let name = super::required(&app.ui, args.name, "--name", "Name")?;
    let name = super::line_flag("--name", &name, MAX_NAME)?;
    let verifier = if args.password_stdin { Some(verifier(app, true)?) } else { None };
    let actor = Actor::from_environment().with_claimed_email(crate::domain::text::bounded(&email, 254));
    let bootstrap = ops::Bootstrap { email, name, verifier };
    let user = app.runner(pool).run_as(&actor, Scope::Platform, bootstrap).await?;
    app.ui.info(format!(
        "created the first super admin {}, database login {}; on the local database act as them with --operator \
         {} (or export OMNICTL_OPERATOR={}); on a server connect as that login (its password from \
         --password-stdin)",
        user.email,
        user.login_role.as_deref().unwrap_or_default(),
        user.email,
        user.email
    ));
    app.print_record(&user)
}

/// A new password's SCRAM-SHA-256 verifier: the password is asked for twice on a terminal
/// (never echoed) or read from the first line of stdin, and only the verifier, computed
/// here with a random salt as libpq's PQencryptPasswordConn does, goes to the server.
pub(crate) fn verifier(app: &App, from_stdin: bool) -> Result<String> {
    let password = if from_stdin {
        // The first line, read at most one byte past the longest password: a file piped by
        // mistake is refused, not read whole.
        let limit = crate::domain::user::MAX_PASSWORD_BYTES as u64 + 2;
        let mut line = Vec::new();
        std::io::BufRead::read_until(&mut std::io::Read::take(std::io::stdin().lock(), limit), b'\n', &mut line)
            .context("could not read the password from standard input")?;
        let line = String::from_utf8(line).map_err(|_| crate::error::refused("the password is not UTF-8 text"))?;
        line.trim_end_matches(['\r', '\n']).to_string()
    } else if app.ui.is_interactive() {
        dialoguer::Password::new()
            .with_prompt("New password")
            .with_confirmation("Repeat it", "the two passwords differ; try again")
            .interact()?
    } else {
        anyhow::bail!("there is no terminal to ask for the password on: pass --password-stdin and write it to stdin");
    };
    crate::domain::user::validate_password(&password).map_err(crate::error::refused)?;
    Ok(postgres_protocol::password::scram_sha_256(password.as_bytes()))
}

async fn set_password(app: &App, pool: &sqlx::PgPool, args: SetPasswordArgs) -> Result<()> {
    let verifier = verifier(app, args.password_stdin)?;
    let op = ops::SetPassword { user: args.user, verifier };
    // The schema's owner, who is no operator, sets passwords too: the first super
    // admin's, and every login's after a restore (the database allows it the owner).
    let owner = app.global.operator.is_none() && {
        let mut conn = pool.acquire().await?;
        crate::store::operators::is_schema_owner(&mut conn).await?
    };
    let (user, login) = if owner {
        app.runner(pool).run_as(&Actor::from_environment(), Scope::Platform, op).await?
    } else {
        app.runner(pool).run(op).await?
    };
    app.ui.info(format!("set the password of {} (database login {login})", user.email));
    app.print_record(&user)
}

async fn create(app: &App, pool: &sqlx::PgPool, args: CreateArgs) -> Result<()> {
    let email = super::required(&app.ui, args.email, "--email", "Email")?;
    let name = super::required(&app.ui, args.name, "--name", "Name")?;
    let name = super::line_flag("--name", &name, MAX_NAME)?;
    let role = match args.role {
        Some(role) => role,
        None if args.super_admin => UserRole::Staff,
        None if app.ui.is_interactive() => {
            let roles = [UserRole::Staff, UserRole::Admin];
            let words = ["staff: reads patients, schedules, runs sessions", "admin: manages the clinic and its users"];
            roles[app.ui.choose("Role", &words)?]
        }
        None => {
            app.ui.info("role: staff (the default; --role admin for a clinic administrator)");
            UserRole::Staff
        }
    };
    let user = app.runner(pool).run(ops::Create { email, name, super_admin: args.super_admin, role }).await?;
    app.ui.info(format!("created the user {}", user.email));
    app.print_record(&user)
}

impl Tabular for User {
    fn headers() -> Vec<&'static str> {
        vec!["email", "name", "organization", "role", "active", "login", "id"]
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.email.clone(),
            self.name.clone(),
            self.organization_slug.clone().unwrap_or_else(|| "(platform)".to_string()),
            self.role.map_or("super admin", UserRole::as_sql).to_string(),
            if self.is_active { "yes" } else { "no" }.to_string(),
            self.login_role.clone().unwrap_or_default(),
            self.id.to_string(),
        ]
    }
}

/// Who you are here, as `omnictl whoami` says it.
#[derive(Debug, serde::Serialize)]
struct Identity {
    operator: String,
    name: String,
    role: String,
    organization: Option<String>,
    context: String,
    database: String,
    /// What named the database: `--database-url`, `DATABASE_URL`, `PGSERVICE=NAME` or
    /// `the context NAME`.
    database_from: String,
    login: Option<String>,
    authenticated_by: String,
}

impl Tabular for Identity {
    fn headers() -> Vec<&'static str> {
        vec![
            "operator",
            "name",
            "role",
            "organization",
            "context",
            "database",
            "database from",
            "login",
            "authenticated by",
        ]
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.operator.clone(),
            self.name.clone(),
            self.role.clone(),
            output::cell(self.organization.clone()),
            self.context.clone(),
            self.database.clone(),
            self.database_from.clone(),
            output::cell(self.login.clone()),
            self.authenticated_by.clone(),
        ]
    }
}

/// `omnictl whoami` (and `user whoami`): the operator the database authenticated, their
/// role and clinic, the context, the database and how the login was authenticated.
pub(crate) async fn whoami(app: &App) -> Result<()> {
    let pool = app.connect(Schema::Current).await?;
    let result = identity(app, &pool).await;
    pool.close().await;
    result
}

async fn identity(app: &App, pool: &sqlx::PgPool) -> Result<()> {
    output::accepts::<Identity>(app.global.output)?;
    let (database, authenticated_by) = match app.target()? {
        crate::db::Target::Local(cluster) => (
            format!("the local database in {}", cluster.home().display()),
            "their own login on the local database (its private socket)".to_string(),
        ),
        crate::db::Target::Url(url) => (crate::db::tls::redacted(&url), crate::db::tls::authentication(&url)),
    };
    let context = app.global.context.clone().unwrap_or_else(|| crate::config::LOCAL.to_string());
    let database_from = app.database_source.clone().unwrap_or_else(|| format!("the context {context}"));
    if app.global.operator.is_none()
        && let (login, false) = access::connected_login(pool).await?
    {
        // Nobody to act as: say who is connected, and that it is no operator.
        app.ui.warn(format!(
            "the database login {login} is no operator's: commands that act as an operator are refused (on the \
             local database pass --operator EMAIL; `omnictl user list` as a super admin shows who operates)"
        ));
        let identity = Identity {
            operator: String::new(),
            name: String::new(),
            role: "no operator".to_string(),
            organization: None,
            context,
            database,
            database_from,
            login: Some(login),
            authenticated_by,
        };
        return app.print_record(&identity);
    }
    let ops::Me { user: me, role, organization } = app.runner(pool).run(ops::Whoami).await?;
    let identity = Identity {
        operator: me.email.clone(),
        name: me.name.clone(),
        role: role.to_string(),
        organization: organization.or(me.organization_slug.clone()),
        context,
        database,
        database_from,
        login: me.login_role.clone(),
        authenticated_by,
    };
    app.print_record(&identity)
}
