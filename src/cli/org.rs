//! The command line of `omnictl org`: its subcommands and their arguments.

use crate::domain::ids::{Key, OrganizationId};
use crate::domain::organization::{OrgType, SubscriptionTier, UnitsRule};
use crate::domain::scheduling::PlaceOfService;
use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum OrgCommand {
    /// Create an organization (super admin). Prompts for missing values on a terminal.
    Create(CreateArgs),
    /// List organizations: all of them for a super admin, your own otherwise.
    List(super::ListFlags),
    /// Show an organization with its counts of patients, practitioners, active
    /// authorizations and users.
    Show(KeyArgs),
    /// Change an organization's name, type, time zone or units rule (its ADMIN or a super
    /// admin); the tier only a super admin.
    Update(UpdateArgs),
    /// Suspend an organization (super admin): its users are refused until it is activated.
    Suspend(StatusArgs),
    /// Activate a suspended, inactive or trial organization (super admin).
    Activate(StatusArgs),
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Display name, e.g. "Sunrise ABA Therapy".
    #[arg(long)]
    pub name: Option<String>,
    /// Short unique name used on the command line (lowercase, hyphens), e.g. sunrise-aba.
    #[arg(long)]
    pub slug: Option<String>,
    /// clinic, hospital or private-practice.
    #[arg(long = "type", value_enum, default_value_t = OrgType::Clinic)]
    pub org_type: OrgType,
    /// Subscription tier (super admin only): trial, basic, professional or enterprise.
    #[arg(long, value_enum, default_value_t = SubscriptionTier::Trial)]
    pub tier: SubscriptionTier,
    /// IANA time zone appointments are entered and shown in (asked on a terminal, with
    /// this machine's as the default; else America/New_York).
    #[arg(long, value_name = "TZ")]
    pub timezone: Option<String>,
    /// How delivered minutes become billable units.
    #[arg(long, value_enum, default_value_t = UnitsRule::Midpoint)]
    pub units_rule: UnitsRule,
}

#[derive(Debug, Args)]
pub struct KeyArgs {
    /// The organization's slug or id (default: --org, or your own).
    pub organization: Option<Key<OrganizationId>>,
}

#[derive(Debug, Args)]
pub struct StatusArgs {
    /// The organization's slug or id (default: --org).
    pub organization: Option<Key<OrganizationId>>,
    /// Why (kept in the audit trail).
    #[arg(long)]
    pub reason: Option<String>,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// The organization's slug or id (default: --org, or your own).
    pub organization: Option<Key<OrganizationId>>,
    /// A new display name.
    #[arg(long)]
    pub name: Option<String>,
    /// clinic, hospital or private-practice.
    #[arg(long = "type", value_enum)]
    pub org_type: Option<OrgType>,
    /// Subscription tier (super admin only).
    #[arg(long, value_enum)]
    pub tier: Option<SubscriptionTier>,
    /// IANA time zone appointments are entered and shown in, e.g. America/Chicago.
    #[arg(long, value_name = "TZ")]
    pub timezone: Option<String>,
    /// How delivered minutes become billable units: midpoint or cms_8_minute.
    #[arg(long, value_enum)]
    pub units_rule: Option<UnitsRule>,
    /// Where appointments happen unless booked with --place: clinic (POS 11), home (12),
    /// school (03), community (99), telehealth (02) or telehealth-home (10).
    #[arg(long, value_enum, value_name = "PLACE")]
    pub default_place: Option<PlaceOfService>,
    /// The modifier the clinic's payers require on telehealth claims: 95 or GT.
    #[arg(long, value_name = "95|GT")]
    pub telehealth_modifier: Option<String>,
}
