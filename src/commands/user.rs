//! `omnictl user`: the people who operate omnictl. A super admin manages users of any
//! organization (and other super admins); a clinic's ADMIN manages its own users.

use anyhow::{Result, anyhow, bail};
use clap::{Args, Subcommand};

use super::App;
use crate::access::{self, Need, Session};
use crate::audit::{self, Actor, AuditEntry, CommandTx, Outcome};
use crate::db::Schema;
use crate::db::context::Scope;
use crate::domain::text::MAX_NAME;
use crate::domain::user::{UserRole, validate_email};
use crate::output::{self, Tabular};
use crate::store::users::{self, NewUser, User, UserChanges};

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
            let session =
                access::authorize(&pool, &app.global, "user.list", Need::PlatformOrClinic { staff: false }).await?;
            let org = session.organization.as_ref().map(|o| o.id);
            let list = session
                .transact(&pool, "user.list", async |tx| {
                    let list = users::list(tx.conn(), org, args.include_inactive).await?;
                    let entry = AuditEntry::new("user.list").entity_type("user").detail("count", list.len());
                    Ok((list, entry))
                })
                .await?;
            output::print_list(app.global.output, &list)
        }
        UserCommand::Show(args) => {
            let session =
                access::authorize(&pool, &app.global, "user.show", Need::PlatformOrClinic { staff: false }).await?;
            let user = session
                .transact(&pool, "user.show", async |tx| {
                    let user = find(tx, &args.user).await?;
                    Ok((user.clone(), AuditEntry::new("user.show").entity("user", user.id)))
                })
                .await?;
            output::print_record(app.global.output, &user)
        }
        UserCommand::Update(args) => update(app, &pool, args).await,
        UserCommand::Deactivate(args) => deactivate(app, &pool, args).await,
    };
    pool.close().await;
    result
}

async fn bootstrap(app: &App, pool: &sqlx::PgPool, args: BootstrapArgs) -> Result<()> {
    const ACTION: &str = "user.bootstrap";
    let email = super::required(&app.ui, args.email, "--email", "Email of the first super admin")?;
    let name = super::required(&app.ui, args.name, "--name", "Name")?;
    let name = super::line_flag("--name", &name, MAX_NAME)?;
    validate_email(&email).map_err(|e| anyhow!(e))?;
    let actor = Actor::from_environment().with_claimed_email(&email);
    let mut tx = CommandTx::begin(pool, &actor, Scope::Platform).await?;
    users::lock_bootstrap(tx.conn()).await?;
    if users::super_admin_exists(tx.conn()).await? {
        drop(tx);
        let reason = "a super admin already exists; bootstrap runs once. Ask a super admin to create your user \
                      (omnictl user create --super-admin …)";
        audit::record_refusal(pool, &actor, Scope::Platform, &AuditEntry::new(ACTION), Outcome::Denied, reason).await?;
        bail!("refused: {reason}");
    }
    let user = users::create(tx.conn(), &NewUser { email: &email, name: &name, organization_id: None, role: None })
        .await
        .map_err(|e| e.context(format!("could not create the super admin {email}")))?;
    tx.finish(
        AuditEntry::new(ACTION).entity("user", user.id).changed("email", None::<String>, user.email.clone()).changed(
            "is_super_admin",
            false,
            true,
        ),
    )
    .await?;
    app.ui.info(format!(
        "created the first super admin {}; act as them with --operator {} (or export OMNICTL_OPERATOR={})",
        user.email, user.email, user.email
    ));
    output::print_record(app.global.output, &user)
}

async fn create(app: &App, pool: &sqlx::PgPool, args: CreateArgs) -> Result<()> {
    const ACTION: &str = "user.create";
    let need = if args.super_admin { Need::Platform } else { Need::Clinic { staff: false } };
    let session = access::authorize(pool, &app.global, ACTION, need).await?;
    let email = super::required(&app.ui, args.email, "--email", "Email")?;
    let name = super::required(&app.ui, args.name, "--name", "Name")?;
    let name = super::line_flag("--name", &name, MAX_NAME)?;
    validate_email(&email).map_err(|e| anyhow!(e))?;
    let organization_id = if args.super_admin { None } else { Some(session.clinic()?.id) };
    let role = (!args.super_admin).then(|| args.role.as_sql());
    let user = session
        .transact(pool, ACTION, async |tx| {
            let new = NewUser { email: &email, name: &name, organization_id, role };
            let user = users::create(tx.conn(), &new)
                .await
                .map_err(|e| e.context(format!("could not create the user {email}")))?;
            let entry = AuditEntry::new(ACTION)
                .entity("user", user.id)
                .changed("email", None::<String>, user.email.clone())
                .changed("role", None::<String>, user.role.clone().unwrap_or_else(|| "super admin".to_string()));
            Ok((user, entry))
        })
        .await?;
    app.ui.info(format!("created the user {}", user.email));
    output::print_record(app.global.output, &user)
}

/// Users outside the operator's scope are invisible: "not found" is all they learn.
async fn find(tx: &mut CommandTx, key: &str) -> Result<User> {
    users::find(tx.conn(), key).await?.ok_or_else(|| crate::error::not_found(format!("no user {key} (or not one you manage)")))
}

/// Only a super admin may change a super admin.
async fn check_manageable(session: &Session, pool: &sqlx::PgPool, action: &str, user: &User) -> Result<()> {
    if user.is_super_admin && session.role != crate::domain::user::Role::SuperAdmin {
        return Err(session
            .deny(pool, action, format!("{} is a super admin; only super admins manage them", user.email))
            .await);
    }
    Ok(())
}

async fn update(app: &App, pool: &sqlx::PgPool, args: UpdateArgs) -> Result<()> {
    const ACTION: &str = "user.update";
    let session = access::authorize(pool, &app.global, ACTION, Need::PlatformOrClinic { staff: false }).await?;
    let name = super::optional_line_flag("--name", args.name.as_deref(), MAX_NAME)?;
    if let Some(email) = &args.email {
        validate_email(email).map_err(|e| anyhow!(e))?;
    }
    let mut tx = CommandTx::begin(pool, &session.actor, session.scope).await?;
    let target = find(&mut tx, &args.user).await?;
    drop(tx);
    check_manageable(&session, pool, ACTION, &target).await?;
    if target.is_super_admin && args.role.is_some() {
        bail!("a super admin has no clinic role to change");
    }
    let user = session
        .transact(pool, ACTION, async |tx| {
            let changes = UserChanges {
                email: args.email.as_deref(),
                name: name.as_deref(),
                role: args.role.map(UserRole::as_sql),
                is_active: None,
            };
            let after = users::update(tx.conn(), target.id, &changes).await?;
            let mut entry = AuditEntry::new(ACTION).entity("user", after.id);
            for (field, old, new) in [
                ("email", Some(&target.email), Some(&after.email)),
                ("name", Some(&target.name), Some(&after.name)),
                ("role", target.role.as_ref(), after.role.as_ref()),
            ] {
                if old != new {
                    entry = entry.changed(field, old.cloned(), new.cloned());
                }
            }
            Ok((after, entry))
        })
        .await?;
    output::print_record(app.global.output, &user)
}

async fn deactivate(app: &App, pool: &sqlx::PgPool, args: KeyArgs) -> Result<()> {
    const ACTION: &str = "user.deactivate";
    let session = access::authorize(pool, &app.global, ACTION, Need::PlatformOrClinic { staff: false }).await?;
    let mut tx = CommandTx::begin(pool, &session.actor, session.scope).await?;
    let target = find(&mut tx, &args.user).await?;
    drop(tx);
    check_manageable(&session, pool, ACTION, &target).await?;
    if Some(target.id) == session.actor.operator.as_ref().map(|o| o.id) {
        return Err(session
            .deny(pool, ACTION, "you cannot deactivate yourself; ask another administrator".to_string())
            .await);
    }
    let user = session
        .transact(pool, ACTION, async |tx| {
            let after =
                users::update(tx.conn(), target.id, &UserChanges { is_active: Some(false), ..Default::default() })
                    .await?;
            let entry = AuditEntry::new(ACTION).entity("user", after.id).changed("is_active", target.is_active, false);
            Ok((after, entry))
        })
        .await?;
    app.ui.info(format!("deactivated {}", user.email));
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
            self.role.clone().unwrap_or_else(|| "super admin".to_string()),
            if self.is_active { "yes" } else { "no" }.to_string(),
            self.id.to_string(),
        ]
    }
}
