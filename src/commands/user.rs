//! `omnictl user`: the people who operate omnictl. A super admin manages users of any
//! organization (and other super admins); a clinic's ADMIN manages its own users.

use anyhow::Result;
use clap::{Args, Subcommand};

use super::App;
use crate::access::{self, Need};
use crate::audit::Actor;
use crate::db::Schema;
use crate::db::context::Scope;
use crate::domain::text::MAX_NAME;
use crate::domain::user::UserRole;
use crate::ops::users as ops;
use crate::output::{self, Tabular};
use crate::store::users::User;

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create the first super admin. Needs no operator; refuses once any super admin exists.
    Bootstrap(BootstrapArgs),
    /// Create a user of an organization (its ADMIN, or a super admin with --org), or a
    /// super admin (--super-admin, super admins only).
    Create(CreateArgs),
    /// List users: every user for a super admin (one organization's with --org), your
    /// organization's for its ADMIN.
    List(ListArgs),
    /// Show one user.
    Show(KeyArgs),
    /// Change a user's name, email or role.
    Update(UpdateArgs),
    /// Deactivate a user: they can no longer act as an operator. Records are kept.
    Deactivate(KeyArgs),
}

#[derive(Debug, Args)]
pub struct BootstrapArgs {
    #[arg(long)]
    pub email: Option<String>,
    #[arg(long)]
    pub name: Option<String>,
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    #[arg(long)]
    pub email: Option<String>,
    #[arg(long)]
    pub name: Option<String>,
    /// ADMIN manages the organization; STAFF reads patients, schedules and runs sessions.
    #[arg(long, value_enum, default_value_t = UserRole::Staff, conflicts_with = "super_admin")]
    pub role: UserRole,
    /// Create a platform super admin (no organization).
    #[arg(long)]
    pub super_admin: bool,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Include deactivated users.
    #[arg(long)]
    pub include_inactive: bool,
}

#[derive(Debug, Args)]
pub struct KeyArgs {
    /// The user's email or id.
    pub user: String,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// The user's email or id.
    pub user: String,
    #[arg(long)]
    pub name: Option<String>,
    #[arg(long)]
    pub email: Option<String>,
    #[arg(long, value_enum)]
    pub role: Option<UserRole>,
}

pub async fn run(app: &App, command: UserCommand) -> Result<()> {
    let pool = app.connect(Schema::Current).await?;
    let result = match command {
        UserCommand::Bootstrap(args) => bootstrap(app, &pool, args).await,
        UserCommand::Create(args) => create(app, &pool, args).await,
        UserCommand::List(args) => {
            let list = app
                .run(&pool, ops::LIST, Need::PlatformOrClinic { staff: false }, async |tx, session| {
                    ops::list(tx, session.organization.as_ref().map(|o| o.id), args.include_inactive).await
                })
                .await?;
            output::print_list(app.global.output, &list)
        }
        UserCommand::Show(args) => {
            let user = app
                .run(&pool, ops::SHOW, Need::PlatformOrClinic { staff: false }, async |tx, _session| {
                    ops::show(tx, &args.user).await
                })
                .await?;
            output::print_record(app.global.output, &user)
        }
        UserCommand::Update(args) => {
            let changes = ops::Changes {
                email: args.email,
                name: super::optional_line_flag("--name", args.name.as_deref(), MAX_NAME)?,
                role: args.role,
            };
            let user = app
                .run(&pool, ops::UPDATE, Need::PlatformOrClinic { staff: false }, async |tx, session| {
                    ops::update(tx, session.role, &args.user, &changes).await
                })
                .await?;
            output::print_record(app.global.output, &user)
        }
        UserCommand::Deactivate(args) => {
            let user = app
                .run(&pool, ops::DEACTIVATE, Need::PlatformOrClinic { staff: false }, async |tx, session| {
                    ops::deactivate(tx, session.role, &args.user).await
                })
                .await?;
            app.ui.info(format!("deactivated {}", user.email));
            output::print_record(app.global.output, &user)
        }
    };
    pool.close().await;
    result
}

/// Acts as no operator yet: the one who runs it is recorded by the email they give.
async fn bootstrap(app: &App, pool: &sqlx::PgPool, args: BootstrapArgs) -> Result<()> {
    let email = super::required(&app.ui, args.email, "--email", "Email of the first super admin")?;
    let name = super::required(&app.ui, args.name, "--name", "Name")?;
    let name = super::line_flag("--name", &name, MAX_NAME)?;
    let actor = Actor::from_environment().with_claimed_email(crate::domain::text::bounded(&email, 254));
    let user = access::transact(pool, &actor, Scope::Platform, ops::BOOTSTRAP, async |tx| {
        ops::bootstrap(tx, &email, &name).await
    })
    .await?;
    app.ui.info(format!(
        "created the first super admin {}; act as them with --operator {} (or export OMNICTL_OPERATOR={})",
        user.email, user.email, user.email
    ));
    output::print_record(app.global.output, &user)
}

async fn create(app: &App, pool: &sqlx::PgPool, args: CreateArgs) -> Result<()> {
    let need = if args.super_admin { Need::Platform } else { Need::Clinic { staff: false } };
    let email = super::required(&app.ui, args.email, "--email", "Email")?;
    let name = super::required(&app.ui, args.name, "--name", "Name")?;
    let name = super::line_flag("--name", &name, MAX_NAME)?;
    let user = app
        .run(pool, ops::CREATE, need, async |tx, session| {
            let clinic = if args.super_admin { None } else { Some((session.clinic()?.id, args.role)) };
            ops::create(tx, &ops::NewOperator { email: email.clone(), name: name.clone(), clinic }).await
        })
        .await?;
    app.ui.info(format!("created the user {}", user.email));
    output::print_record(app.global.output, &user)
}

impl Tabular for User {
    fn headers() -> Vec<&'static str> {
        vec!["email", "name", "organization", "role", "active", "id"]
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.email.clone(),
            self.name.clone(),
            self.organization_slug.clone().unwrap_or_else(|| "(platform)".to_string()),
            self.role.map_or("super admin", UserRole::as_sql).to_string(),
            if self.is_active { "yes" } else { "no" }.to_string(),
            self.id.to_string(),
        ]
    }
}
