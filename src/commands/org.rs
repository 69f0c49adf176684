//! `omnictl org`: organizations (clinics). Super admins create, suspend and activate
//! them and see all of them; a clinic's ADMIN sees and updates their own.

use anyhow::{Result, anyhow};

use super::App;
use crate::cli::org::{CreateArgs, OrgCommand, StatusArgs, UpdateArgs};
use crate::db::Schema;
use crate::domain::organization::OrgStatus;
use crate::domain::organization::{suggest_slug, validate_slug};
use crate::domain::scheduling::parse_telehealth_modifier;
use crate::domain::text::{MAX_NAME, MAX_REASON};
use crate::ops::organizations::{self as ops, OrganizationDetail};
use crate::output::Tabular;
use crate::store::organizations::Organization;

pub async fn run(app: &App, command: OrgCommand) -> Result<()> {
    let pool = app.connect(Schema::Current).await?;
    let result = match command {
        OrgCommand::Create(args) => create(app, &pool, args).await,
        OrgCommand::List(_) => {
            let query = crate::store::organizations::OrganizationList;
            super::list::print(app, &pool, ops::listing(), async |_tx, _session| Ok(query)).await
        }
        OrgCommand::Show(args) => {
            let organization = args.organization.or(app.org_key()?);
            let detail = app.runner(&pool).run(ops::Show { organization }).await?;
            app.print_record(&detail)
        }
        OrgCommand::Update(args) => update(app, &pool, args).await,
        OrgCommand::Suspend(args) => set_status(app, &pool, args, OrgStatus::Suspended).await,
        OrgCommand::Activate(args) => set_status(app, &pool, args, OrgStatus::Active).await,
    };
    pool.close().await;
    result
}

async fn create(app: &App, pool: &sqlx::PgPool, args: CreateArgs) -> Result<()> {
    let name = super::required(&app.ui, args.name, "--name", "Organization name")?;
    let name = super::line_flag("--name", &name, MAX_NAME)?;
    // On a terminal, what is missing is asked, with a suggestion, until it is valid.
    let slug = match args.slug {
        Some(slug) => slug,
        None if app.ui.is_interactive() => {
            app.ui.ask("Slug (lowercase words joined by hyphens)", Some(suggest_slug(&name)), validate_slug)?
        }
        None => {
            return Err(crate::error::Error::usage("--slug is required (there is no terminal to ask on)")
                .hint(format!("e.g. --slug {}", suggest_slug(&name)))
                .into());
        }
    };
    let time_zone = match args.timezone {
        Some(zone) => zone,
        None if app.ui.is_interactive() => {
            app.ui.ask("Time zone (IANA name: every booking is in it)", Some(system_time_zone()), |zone: &str| {
                crate::domain::clock::zone(zone)
                    .map(|_| ())
                    .map_err(|_| format!("{zone:?} is not an IANA time zone: e.g. America/Chicago"))
            })?
        }
        None => {
            app.ui.info(format!("time zone: {DEFAULT_TIME_ZONE} (the default; --timezone TZ to choose)"));
            DEFAULT_TIME_ZONE.to_string()
        }
    };
    let new =
        ops::NewClinic { name, slug, org_type: args.org_type, tier: args.tier, time_zone, units_rule: args.units_rule };
    let org = app.runner(pool).run(ops::Create { new }).await?;
    app.ui.info(format!("created the organization {} ({})", org.slug, org.id));
    app.print_record(&org)
}

/// The zone a clinic gets when nobody is asked.
const DEFAULT_TIME_ZONE: &str = "America/New_York";

/// This machine's IANA time zone: TZ, /etc/timezone, or where /etc/localtime points.
fn system_time_zone() -> String {
    let from_env = std::env::var("TZ").ok().map(|tz| tz.trim_start_matches(':').to_string());
    let from_file = || std::fs::read_to_string("/etc/timezone").ok().map(|tz| tz.trim().to_string());
    let from_link = || {
        std::fs::read_link("/etc/localtime")
            .ok()
            .and_then(|target| target.to_str().and_then(|t| t.split("zoneinfo/").nth(1)).map(String::from))
    };
    [from_env, from_file(), from_link()]
        .into_iter()
        .flatten()
        .find(|tz| crate::domain::clock::zone(tz).is_ok())
        .unwrap_or_else(|| DEFAULT_TIME_ZONE.to_string())
}

async fn update(app: &App, pool: &sqlx::PgPool, args: UpdateArgs) -> Result<()> {
    let changes = ops::Changes {
        name: super::optional_line_flag("--name", args.name.as_deref(), MAX_NAME)?,
        org_type: args.org_type,
        tier: args.tier,
        time_zone: args.timezone,
        units_rule: args.units_rule,
        default_place: args.default_place,
        telehealth_modifier: args
            .telehealth_modifier
            .as_deref()
            .map(|m| parse_telehealth_modifier(m).map_err(|e| super::bad_flag("--telehealth-modifier", e)))
            .transpose()?,
    };
    // The organization named: the argument, else --org, else the operator's own.
    let organization = args.organization.or(app.org_key()?);
    let org = app.runner(pool).run(ops::Update { organization, changes }).await?;
    app.print_record(&org)
}

async fn set_status(app: &App, pool: &sqlx::PgPool, args: StatusArgs, status: OrgStatus) -> Result<()> {
    let key = args.organization.or(app.org_key()?).ok_or_else(|| anyhow!("name the organization"))?;
    let reason = super::optional_line_flag("--reason", args.reason.as_deref(), MAX_REASON)?;
    // Suspending locks every user of the clinic out: asked first.
    if status == OrgStatus::Suspended
        && !app
            .ui
            .confirm(&format!("Suspend {key}? Every user of it is refused until it is activated"), app.global.yes)?
    {
        app.ui.info("nothing changed");
        return Ok(());
    }
    let org = app.runner(pool).run(ops::SetStatus { organization: key, status, reason }).await?;
    app.ui.info(format!("{} is now {}", org.slug, org.status));
    app.print_record(&org)
}

impl Tabular for Organization {
    fn headers() -> Vec<&'static str> {
        vec!["slug", "name", "type", "status", "tier", "time zone", "units rule", "place", "id"]
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.slug.clone(),
            self.name.clone(),
            self.org_type.to_string(),
            self.status.to_string(),
            self.subscription_tier.to_string(),
            self.time_zone.clone(),
            self.units_rule.to_string(),
            self.default_place_of_service.describe(Some(&self.telehealth_modifier)),
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
