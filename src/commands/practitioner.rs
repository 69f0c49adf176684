//! `omnictl practitioner`: the clinicians of an organization, with the credentials,
//! NPI and license that decide which service codes they may render. Managed by the
//! organization's ADMIN (or a super admin with --org); STAFF may list and show.

use anyhow::{Result, anyhow};
use chrono::NaiveDate;
use clap::{Args, Subcommand};

use super::App;
use crate::access::{self, Need};
use crate::audit::{AuditEntry, CommandTx};
use crate::db::Schema;
use crate::domain::practitioner::{validate_npi, validate_state};
use crate::domain::service_code::Credential;
use crate::domain::text::MAX_NAME;
use crate::output::{self, Tabular};
use crate::store::practitioners::{self, NewPractitioner, Practitioner, PractitionerChanges};
use crate::store::users;

#[derive(Debug, Subcommand)]
pub enum PractitionerCommand {
    /// Add a practitioner to the organization.
    Create(CreateArgs),
    /// List the organization's practitioners.
    List(ListArgs),
    /// Show one practitioner (by NPI or id).
    Show(KeyArgs),
    /// Change a practitioner's details; --credential replaces the whole list.
    Update(UpdateArgs),
    /// Deactivate a practitioner: no new appointments. Records are kept.
    Deactivate(KeyArgs),
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    #[arg(long)]
    pub name: String,
    /// BCBA-D, BCBA, BCaBA or RBT; repeat for several.
    #[arg(long = "credential", required = true, value_parser = parse_credential)]
    pub credentials: Vec<Credential>,
    /// National Provider Identifier: 10 digits with a valid check digit.
    #[arg(long)]
    pub npi: String,
    /// State license number (unique in the organization); needs --license-state.
    #[arg(long = "license", requires = "license_state")]
    pub license_number: Option<String>,
    /// Two-letter state of the license, e.g. IL.
    #[arg(long, requires = "license_number")]
    pub license_state: Option<String>,
    /// Last day the credential is valid (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub credential_valid_until: Option<NaiveDate>,
    /// Link to the practitioner's login (a user of the same organization).
    #[arg(long, value_name = "EMAIL")]
    pub user: Option<String>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Include deactivated practitioners.
    #[arg(long)]
    pub include_inactive: bool,
}

#[derive(Debug, Args)]
pub struct KeyArgs {
    /// The practitioner's NPI or id.
    pub practitioner: String,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// The practitioner's NPI or id.
    pub practitioner: String,
    #[arg(long)]
    pub name: Option<String>,
    #[arg(long = "credential", value_parser = parse_credential)]
    pub credentials: Vec<Credential>,
    #[arg(long)]
    pub npi: Option<String>,
    #[arg(long = "license")]
    pub license_number: Option<String>,
    #[arg(long)]
    pub license_state: Option<String>,
    #[arg(long, value_name = "DATE")]
    pub credential_valid_until: Option<NaiveDate>,
    #[arg(long, value_name = "EMAIL")]
    pub user: Option<String>,
}

fn parse_credential(value: &str) -> Result<Credential, String> {
    value.parse()
}

pub async fn run(app: &App, command: PractitionerCommand) -> Result<()> {
    let pool = app.connect(Schema::Current).await?;
    let result = match command {
        PractitionerCommand::Create(args) => create(app, &pool, args).await,
        PractitionerCommand::List(args) => {
            let session =
                access::authorize(&pool, &app.global, "practitioner.list", Need::Clinic { staff: true }).await?;
            let list = session
                .transact(&pool, "practitioner.list", async |tx| {
                    let list = practitioners::list(tx.conn(), args.include_inactive).await?;
                    let entry =
                        AuditEntry::new("practitioner.list").entity_type("practitioner").detail("count", list.len());
                    Ok((list, entry))
                })
                .await?;
            output::print_list(app.global.output, &list)
        }
        PractitionerCommand::Show(args) => {
            let session =
                access::authorize(&pool, &app.global, "practitioner.show", Need::Clinic { staff: true }).await?;
            let practitioner = session
                .transact(&pool, "practitioner.show", async |tx| {
                    let found = find(tx, &args.practitioner).await?;
                    Ok((found.clone(), AuditEntry::new("practitioner.show").entity("practitioner", found.id)))
                })
                .await?;
            output::print_record(app.global.output, &practitioner)
        }
        PractitionerCommand::Update(args) => update(app, &pool, args).await,
        PractitionerCommand::Deactivate(args) => {
            const ACTION: &str = "practitioner.deactivate";
            let session = access::authorize(&pool, &app.global, ACTION, Need::Clinic { staff: false }).await?;
            let practitioner = session
                .transact(&pool, ACTION, async |tx| {
                    let before = find(tx, &args.practitioner).await?;
                    let changes = PractitionerChanges { is_active: Some(false), ..Default::default() };
                    let after = practitioners::update(tx.conn(), before.id, &changes).await?;
                    let entry = AuditEntry::new(ACTION).entity("practitioner", after.id).changed(
                        "is_active",
                        before.is_active,
                        false,
                    );
                    Ok((after, entry))
                })
                .await?;
            app.ui.info(format!("deactivated {} (NPI {})", practitioner.name, practitioner.npi));
            output::print_record(app.global.output, &practitioner)
        }
    };
    pool.close().await;
    result
}

fn validate_identifiers(npi: Option<&str>, license_state: Option<&str>) -> Result<()> {
    if let Some(npi) = npi {
        validate_npi(npi).map_err(|e| anyhow!(e))?;
    }
    if let Some(state) = license_state {
        validate_state(state).map_err(|e| anyhow!("--license-state: {e}"))?;
    }
    Ok(())
}

/// The linked login, which must be a user of this organization.
async fn user_id(tx: &mut CommandTx, email: Option<&str>) -> Result<Option<uuid::Uuid>> {
    let Some(email) = email else { return Ok(None) };
    let user = users::find(tx.conn(), email).await?.ok_or_else(|| crate::error::not_found(format!("no user {email} in this organization")))?;
    Ok(Some(user.id))
}

async fn find(tx: &mut CommandTx, key: &str) -> Result<Practitioner> {
    practitioners::require(tx.conn(), key).await
}

async fn create(app: &App, pool: &sqlx::PgPool, args: CreateArgs) -> Result<()> {
    const ACTION: &str = "practitioner.create";
    let session = access::authorize(pool, &app.global, ACTION, Need::Clinic { staff: false }).await?;
    let name = super::line_flag("--name", &args.name, MAX_NAME)?;
    validate_identifiers(Some(&args.npi), args.license_state.as_deref())?;
    let organization_id = session.clinic()?.id;
    let credentials: Vec<&str> = args.credentials.iter().map(|c| c.as_str()).collect();
    let practitioner = session
        .transact(pool, ACTION, async |tx| {
            let user_id = user_id(tx, args.user.as_deref()).await?;
            let new = NewPractitioner {
                organization_id,
                name: &name,
                credentials: &credentials,
                npi: &args.npi,
                license_number: args.license_number.as_deref(),
                license_state: args.license_state.as_deref(),
                credential_valid_until: args.credential_valid_until,
                user_id,
            };
            let created = practitioners::create(tx.conn(), &new)
                .await
                .map_err(|e| e.context(format!("could not add the practitioner with NPI {}", args.npi)))?;
            let entry = AuditEntry::new(ACTION)
                .entity("practitioner", created.id)
                .changed("name", None::<String>, created.name.clone())
                .changed("npi", None::<String>, created.npi.clone())
                .changed("credentials", None::<String>, created.credentials.join(","))
                .changed("license_number", None::<String>, created.license_number.clone());
            Ok((created, entry))
        })
        .await?;
    app.ui.info(format!("added {} (NPI {})", practitioner.name, practitioner.npi));
    output::print_record(app.global.output, &practitioner)
}

async fn update(app: &App, pool: &sqlx::PgPool, args: UpdateArgs) -> Result<()> {
    const ACTION: &str = "practitioner.update";
    let session = access::authorize(pool, &app.global, ACTION, Need::Clinic { staff: false }).await?;
    let name = super::optional_line_flag("--name", args.name.as_deref(), MAX_NAME)?;
    validate_identifiers(args.npi.as_deref(), args.license_state.as_deref())?;
    let credentials: Vec<&str> = args.credentials.iter().map(|c| c.as_str()).collect();
    let practitioner = session
        .transact(pool, ACTION, async |tx| {
            let before = find(tx, &args.practitioner).await?;
            let changes = PractitionerChanges {
                name: name.as_deref(),
                credentials: (!credentials.is_empty()).then_some(credentials.as_slice()),
                npi: args.npi.as_deref(),
                license_number: args.license_number.as_deref(),
                license_state: args.license_state.as_deref(),
                credential_valid_until: args.credential_valid_until,
                user_id: user_id(tx, args.user.as_deref()).await?,
                is_active: None,
            };
            let after = practitioners::update(tx.conn(), before.id, &changes)
                .await
                .map_err(|e| e.context(format!("could not update the practitioner {}", before.npi)))?;
            let mut entry = AuditEntry::new(ACTION).entity("practitioner", after.id);
            let fields = [
                ("name", Some(before.name.clone()), Some(after.name.clone())),
                ("credentials", Some(before.credentials.join(",")), Some(after.credentials.join(","))),
                ("npi", Some(before.npi.clone()), Some(after.npi.clone())),
                ("license_number", before.license_number.clone(), after.license_number.clone()),
                ("license_state", before.license_state.clone(), after.license_state.clone()),
                (
                    "credential_valid_until",
                    before.credential_valid_until.map(|d| d.to_string()),
                    after.credential_valid_until.map(|d| d.to_string()),
                ),
                ("user", before.user_email.clone(), after.user_email.clone()),
            ];
            for (field, old, new) in fields {
                if old != new {
                    entry = entry.changed(field, old, new);
                }
            }
            Ok((after, entry))
        })
        .await?;
    output::print_record(app.global.output, &practitioner)
}

impl Tabular for Practitioner {
    fn headers() -> Vec<&'static str> {
        vec!["name", "credentials", "npi", "license", "valid until", "user", "active", "id"]
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.name.clone(),
            self.credentials.join(", "),
            self.npi.clone(),
            match (&self.license_number, &self.license_state) {
                (Some(number), Some(state)) => format!("{state} {number}"),
                _ => String::new(),
            },
            output::cell(self.credential_valid_until),
            output::cell(self.user_email.clone()),
            if self.is_active { "yes" } else { "no" }.to_string(),
            self.id.to_string(),
        ]
    }
}
