//! `omnictl org`: organizations (clinics). Super admins create, suspend and activate
//! them and see all of them; a clinic's ADMIN sees and updates their own.

use anyhow::{Result, anyhow, bail};
use clap::{Args, Subcommand};
use serde::Serialize;

use super::App;
use crate::access::{self, Need, Session};
use crate::audit::{AuditEntry, CommandTx};
use crate::db::Schema;
use crate::domain::organization::{OrgStatus, OrgType, SubscriptionTier, UnitsRule, validate_slug};
use crate::domain::text::MAX_NAME;
use crate::domain::user::Role;
use crate::output::{self, Tabular};
use crate::store::organizations::{self, NewOrganization, Organization, OrganizationChanges, OrganizationCounts};

#[derive(Debug, Subcommand)]
pub enum OrgCommand {
    /// Create an organization (super admin). Prompts for missing values on a terminal.
    Create(CreateArgs),
    /// List organizations: all of them for a super admin, your own otherwise.
    List,
    /// Show an organization with its counts of patients, practitioners, active
    /// authorizations and users.
    Show(KeyArgs),
    /// Change an organization's name, type, time zone or units rule (its ADMIN or a super
    /// admin); the tier only a super admin.
    Update(UpdateArgs),
    /// Suspend an organization (super admin): its users are refused until it is activated.
    Suspend(KeyArgs),
    /// Activate a suspended, inactive or trial organization (super admin).
    Activate(KeyArgs),
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Display name, e.g. "Sunrise ABA Therapy".
    #[arg(long)]
    pub name: Option<String>,
    /// Short unique name used on the command line (lowercase, hyphens), e.g. sunrise-aba.
    #[arg(long)]
    pub slug: Option<String>,
    #[arg(long = "type", value_enum, default_value_t = OrgType::Clinic)]
    pub org_type: OrgType,
    #[arg(long, value_enum, default_value_t = SubscriptionTier::Trial)]
    pub tier: SubscriptionTier,
    /// IANA time zone appointments are entered and shown in.
    #[arg(long, default_value = "America/New_York", value_name = "TZ")]
    pub timezone: String,
    /// How delivered minutes become billable units.
    #[arg(long, value_enum, default_value_t = UnitsRule::Midpoint)]
    pub units_rule: UnitsRule,
}

#[derive(Debug, Args)]
pub struct KeyArgs {
    /// The organization's slug or id (default: --org, or your own).
    pub organization: Option<String>,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// The organization's slug or id (default: --org, or your own).
    pub organization: Option<String>,
    #[arg(long)]
    pub name: Option<String>,
    #[arg(long = "type", value_enum)]
    pub org_type: Option<OrgType>,
    /// Subscription tier (super admin only).
    #[arg(long, value_enum)]
    pub tier: Option<SubscriptionTier>,
    #[arg(long, value_name = "TZ")]
    pub timezone: Option<String>,
    #[arg(long, value_enum)]
    pub units_rule: Option<UnitsRule>,
}

pub async fn run(app: &App, command: OrgCommand) -> Result<()> {
    let pool = app.connect(Schema::Current).await?;
    let result = match command {
        OrgCommand::Create(args) => create(app, &pool, args).await,
        OrgCommand::List => {
            let session =
                access::authorize(&pool, &app.global, "org.list", Need::PlatformOrClinic { staff: true }).await?;
            let orgs = session
                .transact(&pool, "org.list", async |tx| {
                    let orgs = organizations::list(tx.conn()).await?;
                    Ok((orgs, AuditEntry::new("org.list").entity_type("organization")))
                })
                .await?;
            output::print_list(app.global.output, &orgs)
        }
        OrgCommand::Show(args) => show(app, &pool, args).await,
        OrgCommand::Update(args) => update(app, &pool, args).await,
        OrgCommand::Suspend(args) => set_status(app, &pool, args, OrgStatus::Suspended).await,
        OrgCommand::Activate(args) => set_status(app, &pool, args, OrgStatus::Active).await,
    };
    pool.close().await;
    result
}

async fn create(app: &App, pool: &sqlx::PgPool, args: CreateArgs) -> Result<()> {
    const ACTION: &str = "org.create";
    let session = access::authorize(pool, &app.global, ACTION, Need::Platform).await?;
    let name = super::required(&app.ui, args.name, "--name", "Organization name")?;
    let name = super::line_flag("--name", &name, MAX_NAME)?;
    let slug = super::required(&app.ui, args.slug, "--slug", "Slug (lowercase, hyphens)")?;
    validate_slug(&slug).map_err(|e| anyhow!(e))?;
    let org = session
        .transact(pool, ACTION, async |tx| {
            if !organizations::time_zone_exists(tx.conn(), &args.timezone).await? {
                bail!("unknown time zone {:?}: use an IANA name such as America/Chicago", args.timezone);
            }
            let new = NewOrganization {
                name: name.trim(),
                slug: &slug,
                org_type: args.org_type.as_sql(),
                subscription_tier: args.tier.as_sql(),
                time_zone: &args.timezone,
                units_rule: args.units_rule.as_sql(),
            };
            let org = organizations::create(tx.conn(), &new)
                .await
                .map_err(|e| e.context(format!("could not create the organization {slug}")))?;
            let entry = AuditEntry::new(ACTION)
                .entity("organization", org.id)
                .changed("name", None::<String>, org.name.clone())
                .changed("slug", None::<String>, org.slug.clone())
                .changed("org_type", None::<String>, org.org_type.clone())
                .changed("subscription_tier", None::<String>, org.subscription_tier.clone())
                .changed("time_zone", None::<String>, org.time_zone.clone())
                .changed("units_rule", None::<String>, org.units_rule.clone());
            Ok((org, entry))
        })
        .await?;
    app.ui.info(format!("created the organization {} ({})", org.slug, org.id));
    output::print_record(app.global.output, &org)
}

/// The organization a command names: its argument, else --org, else the operator's own.
fn target_key(session: &Session, argument: Option<String>, app: &App) -> Result<String> {
    argument
        .or_else(|| app.global.org.clone())
        .or_else(|| session.organization.as_ref().map(|o| o.slug.clone()))
        .ok_or_else(|| anyhow!("name the organization: omnictl org show SLUG"))
}

#[derive(Debug, Serialize)]
struct OrganizationDetail {
    #[serde(flatten)]
    organization: Organization,
    counts: Option<OrganizationCounts>,
}

async fn show(app: &App, pool: &sqlx::PgPool, args: KeyArgs) -> Result<()> {
    const ACTION: &str = "org.show";
    let session = access::authorize(pool, &app.global, ACTION, Need::PlatformOrClinic { staff: true }).await?;
    let key = target_key(&session, args.organization, app)?;
    let detail = session
        .transact(pool, ACTION, async |tx| {
            let organization = find(tx, &key).await?;
            let counts = organizations::counts(tx.conn(), organization.id).await?;
            let entry = AuditEntry::new(ACTION).entity("organization", organization.id);
            Ok((OrganizationDetail { organization, counts }, entry))
        })
        .await?;
    output::print_record(app.global.output, &detail)
}

async fn update(app: &App, pool: &sqlx::PgPool, args: UpdateArgs) -> Result<()> {
    const ACTION: &str = "org.update";
    let session = access::authorize(pool, &app.global, ACTION, Need::PlatformOrClinic { staff: false }).await?;
    let name = super::optional_line_flag("--name", args.name.as_deref(), MAX_NAME)?;
    if args.tier.is_some() && session.role != Role::SuperAdmin {
        return Err(session.deny(pool, ACTION, "only a super admin changes the subscription tier".to_string()).await);
    }
    let key = target_key(&session, args.organization, app)?;
    let org = session
        .transact(pool, ACTION, async |tx| {
            let before = find(tx, &key).await?;
            if let Some(zone) = &args.timezone
                && !organizations::time_zone_exists(tx.conn(), zone).await?
            {
                bail!("unknown time zone {zone:?}: use an IANA name such as America/Chicago");
            }
            let changes = OrganizationChanges {
                name: name.as_deref(),
                org_type: args.org_type.map(OrgType::as_sql),
                subscription_tier: args.tier.map(SubscriptionTier::as_sql),
                time_zone: args.timezone.as_deref(),
                units_rule: args.units_rule.map(UnitsRule::as_sql),
                status: None,
            };
            let after = organizations::update(tx.conn(), before.id, &changes).await?;
            let entry = diff(AuditEntry::new(ACTION).entity("organization", after.id), &before, &after);
            Ok((after, entry))
        })
        .await?;
    output::print_record(app.global.output, &org)
}

async fn set_status(app: &App, pool: &sqlx::PgPool, args: KeyArgs, status: OrgStatus) -> Result<()> {
    let action = if status == OrgStatus::Suspended { "org.suspend" } else { "org.activate" };
    let session = access::authorize(pool, &app.global, action, Need::Platform).await?;
    let key = args.organization.or_else(|| app.global.org.clone()).ok_or_else(|| anyhow!("name the organization"))?;
    let org = session
        .transact(pool, action, async |tx| {
            let before = find(tx, &key).await?;
            let changes = OrganizationChanges { status: Some(status.as_sql()), ..Default::default() };
            let after = organizations::update(tx.conn(), before.id, &changes).await?;
            let entry = diff(AuditEntry::new(action).entity("organization", after.id), &before, &after);
            Ok((after, entry))
        })
        .await?;
    app.ui.info(format!("{} is now {}", org.slug, org.status));
    output::print_record(app.global.output, &org)
}

/// For a clinic user, other clinics are invisible, and "not found" is all they learn.
async fn find(tx: &mut CommandTx, key: &str) -> Result<Organization> {
    organizations::find(tx.conn(), key)
        .await?
        .ok_or_else(|| crate::error::not_found(format!("no organization {key} (or it is not yours to see)")))
}

/// Old and new values of every field that changed (organizations hold no PHI).
fn diff(mut entry: AuditEntry, before: &Organization, after: &Organization) -> AuditEntry {
    let fields: [(&str, &String, &String); 6] = [
        ("name", &before.name, &after.name),
        ("org_type", &before.org_type, &after.org_type),
        ("status", &before.status, &after.status),
        ("subscription_tier", &before.subscription_tier, &after.subscription_tier),
        ("time_zone", &before.time_zone, &after.time_zone),
        ("units_rule", &before.units_rule, &after.units_rule),
    ];
    for (field, old, new) in fields {
        if old != new {
            entry = entry.changed(field, old.clone(), new.clone());
        }
    }
    entry
}

impl Tabular for Organization {
    fn headers() -> Vec<&'static str> {
        vec!["slug", "name", "type", "status", "tier", "time zone", "units rule", "id"]
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.slug.clone(),
            self.name.clone(),
            self.org_type.clone(),
            self.status.clone(),
            self.subscription_tier.clone(),
            self.time_zone.clone(),
            self.units_rule.clone(),
            self.id.to_string(),
        ]
    }
}

impl Tabular for OrganizationDetail {
    fn headers() -> Vec<&'static str> {
        let mut headers = Organization::headers();
        headers.extend(["patients", "practitioners", "active authorizations", "users"]);
        headers
    }

    fn cells(&self) -> Vec<String> {
        let mut cells = self.organization.cells();
        let counts = self.counts.map(|c| [c.patients, c.practitioners, c.active_authorizations, c.users]);
        cells.extend(counts.map(|c| c.map(|n| n.to_string())).unwrap_or_default());
        cells
    }
}
