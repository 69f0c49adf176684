//! Who is acting, and whether they may. The runner ([`crate::ops::runner`]) asks
//! [`identify`] for every operation: the database says which operator the connection's
//! login is (it derives it from `session_user`; `--operator`, when given, must name that
//! same user), the role is checked against what the operation needs, and the scope is
//! fixed (platform, or one clinic); a [`Refusal`] is what the runner records as DENIED
//! before returning it as an error. Row-level security enforces the same scope again.
//!
//! Roles:
//! - super admin: the platform (organizations, users of any clinic, the service-code
//!   catalogue, the whole audit trail). Reaches a clinic's patient data only through an
//!   active break-glass grant.
//! - ADMIN: manages their own clinic: users, practitioners, patients, insurance,
//!   authorizations; reads its audit trail.
//! - STAFF: works in their own clinic: reads patients, schedules, runs sessions.

use crate::domain::ids::Key;
use anyhow::{Result, anyhow, bail};
use sqlx::{PgConnection, PgPool};

use crate::audit::{Actor, OperatorRef};
use crate::db::context::{self, Scope};
use crate::domain::user::{Role, UserRole};
use crate::ops::action::Action;
use crate::store;
use crate::store::organizations::Organization;

/// Who the operator says they are and which organization they name (`--operator`,
/// `--org`): a claim that [`authorize`] checks against the login that connected.
#[derive(Debug, Clone, Default)]
pub struct Claim {
    pub operator: Option<String>,
    /// What named the operator: `--operator`, `OMNICTL_OPERATOR` or `the context NAME`.
    pub operator_source: Option<String>,
    pub organization: Option<String>,
}

/// What a command needs of its operator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// The platform itself: a super admin, in platform scope.
    Platform,
    /// The platform for a super admin (narrowed to one clinic by `--org`), or the
    /// operator's own clinic: its ADMIN, or any of its users when `staff` is true.
    PlatformOrClinic { staff: bool },
    /// One clinic's configuration: a super admin naming it with `--org`, its ADMIN, or
    /// any of its users when `staff` is true.
    Clinic { staff: bool },
    /// One clinic's patient data: its ADMIN (any of its users when `staff`), or a super
    /// admin holding an active break-glass grant for it.
    PatientData { staff: bool },
}

/// An authorized operator, the scope they act in, and the clinic (if any).
#[derive(Debug, Clone)]
pub struct Session {
    pub actor: Actor,
    pub role: Role,
    pub scope: Scope,
    pub organization: Option<Organization>,
}

impl Session {
    /// The day relative dates (`today`, `+7d`) count from: the clinic's today on its own
    /// clock, or UTC's in platform scope.
    pub(crate) fn today(&self) -> chrono::NaiveDate {
        let now = chrono::Utc::now();
        match self.organization.as_ref().and_then(|o| crate::domain::clock::zone(&o.time_zone).ok()) {
            Some(zone) => now.with_timezone(&zone).date_naive(),
            None => now.date_naive(),
        }
    }

    /// The clinic in scope, for commands that need one.
    pub(crate) fn clinic(&self) -> Result<&Organization> {
        self.organization.as_ref().ok_or_else(|| anyhow!("this command needs an organization: pass --org SLUG"))
    }

    /// Refuses what only a clinic's ADMIN (or a super admin) may decide: `what` says it,
    /// e.g. "override a code's daily maximum".
    pub(crate) fn require_admin(&self, what: &str) -> Result<()> {
        match self.role {
            Role::SuperAdmin | Role::Clinic(UserRole::Admin) => Ok(()),
            Role::Clinic(_) => Err(crate::error::Error::denied(format!("only a clinic ADMIN may {what}"))
                .hint("ask your clinic's ADMIN to do it")
                .into()),
        }
    }

    /// A session for what runs before any operator is identified (the schema's owner):
    /// `actor` in `scope`, with the platform's reach.
    pub(crate) fn unidentified(actor: &Actor, scope: Scope) -> Self {
        Self { actor: actor.clone(), role: Role::SuperAdmin, scope, organization: None }
    }
}

/// Whether anyone can act as a super admin yet (the quickstart says how to bootstrap one
/// otherwise). Asked before any operator exists, in no tenant's scope.
pub(crate) async fn platform_has_super_admin(pool: &PgPool) -> Result<bool> {
    let mut tx = context::begin(pool, Scope::Anonymous).await?;
    let exists = store::users::super_admin_exists(&mut tx).await?;
    tx.rollback().await?;
    Ok(exists)
}

/// The login this pool connects as, and whether it is an operator's (`whoami` on a
/// database that has none yet, or as the schema's owner).
pub(crate) async fn connected_login(pool: &PgPool) -> Result<(String, bool)> {
    let mut tx = context::begin(pool, Scope::Anonymous).await?;
    let login = store::operators::login(&mut tx).await?;
    let operator = store::operators::whoami(&mut tx).await?.is_some();
    tx.rollback().await?;
    Ok((login, operator))
}

/// Why authorization refused, recorded as DENIED once the transaction it was decided in
/// has been rolled back.
#[derive(Debug)]
pub(crate) struct Refusal {
    pub actor: Actor,
    pub scope: Scope,
    pub reason: String,
    /// What the operator can do about it (not recorded: the reason is).
    pub hints: Vec<String>,
}

impl Refusal {
    fn new(actor: &Actor, scope: Scope, reason: String) -> Self {
        Self { actor: actor.clone(), scope, reason, hints: Vec::new() }
    }

    /// Adds what the operator can do about it (not recorded: the reason is).
    fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(hint.into());
        self
    }
}

/// Who the operator is and whether `need` allows them `action`, decided on `conn` (a
/// transaction begun in no scope, which this moves between scopes as it looks). The
/// operator is the one the database authenticated (see [`store::operators::whoami`]);
/// `--operator`, when given, must name that same user.
/// `known`: who the login is, as the connection's first statement said (asked here when
/// none).
pub(crate) async fn identify(
    conn: &mut PgConnection,
    claim: &Claim,
    action: Action,
    need: Need,
    known: Option<store::operators::Identity>,
) -> Result<std::result::Result<Session, Refusal>> {
    let actor = Actor::from_environment();
    let claimed = claim.operator.as_deref().map(str::trim).filter(|e| !e.is_empty());
    let source = claim.operator_source.as_deref().unwrap_or("--operator");
    let identity = match known {
        Some(known) => Some(known),
        None => store::operators::identify(conn).await?,
    };
    let Some((user, own)) = identity else {
        let login = store::operators::login(conn).await?;
        let login = crate::domain::text::bounded(&login, 63);
        // A database nobody operates yet: say how the first operator comes to be. (A login
        // that may not ask is told nothing more than before.)
        let empty = matches!(store::users::super_admin_exists(conn).await, Ok(false));
        let refusal = match claimed {
            Some(email) => {
                // What a stranger claimed is kept bounded and printable (an email is at
                // most 254 characters): the refusal row must not carry megabytes or
                // escape sequences.
                let email = crate::domain::text::bounded(email, 254);
                let reason = format!(
                    "no operator has the email {email} (named by {source}), or the database login {login} is not \
                     theirs"
                );
                Refusal::new(&actor.with_claimed_email(email), Scope::Anonymous, reason)
                    .hint(format!("check {source}; on a server, connect with your own login"))
            }
            None => Refusal::new(
                &actor,
                Scope::Anonymous,
                format!("`{action}` acts as an operator, and the database login {login} is no operator's"),
            )
            .hint(
                "connect with your own login (the user of --database-url), or on the local database pass \
                 --operator EMAIL (or set OMNICTL_OPERATOR)",
            ),
        };
        return Ok(Err(if empty {
            let mut first = refusal.hint(
                "this database has no operators yet: `omnictl quickstart` makes a demo platform to try, `omnictl \
                 user bootstrap --email EMAIL --name NAME` the first super admin of a real one",
            );
            first.hints.rotate_right(1);
            first
        } else {
            refusal
        }));
    };
    let own_scope = user.organization_id.map(Scope::Organization).unwrap_or(Scope::Anonymous);
    let actor = actor.with_operator(OperatorRef { id: user.id, email: user.email.clone() });
    if let Some(email) = claimed
        && !email.eq_ignore_ascii_case(user.email.trim())
    {
        let email = crate::domain::text::bounded(email, 254);
        let login = user.login_role.clone().unwrap_or_default();
        let reason = format!(
            "you are connected as {} (database login {login}), but {source} names {email}; an operator acts \
             only as themselves",
            user.email
        );
        let fix = match claim.operator_source.as_deref() {
            Some(context) if context.starts_with("the context ") => {
                let name = context.trim_start_matches("the context ");
                format!("omnictl context set {name} --user {}", user.email)
            }
            Some("OMNICTL_OPERATOR") => format!("export OMNICTL_OPERATOR={}", user.email),
            _ => format!("--operator {}", user.email),
        };
        let refusal = Refusal::new(&actor.with_claimed_email(email), own_scope, reason)
            .hint(format!("act as yourself: {fix}, or connect with the login of the operator you mean"));
        return Ok(Err(refusal));
    }
    if !user.is_active {
        return Ok(Err(Refusal::new(&actor, own_scope, format!("the user {} is deactivated", user.email))));
    }
    let role = match (user.is_super_admin, user.role) {
        (true, _) => Role::SuperAdmin,
        (false, Some(role)) => Role::Clinic(role),
        (false, None) => bail!("the user {} has no role; ask an administrator to set one", user.email),
    };
    if let Some(status) = user.organization_status
        && !status.may_operate()
    {
        let slug = user.organization_slug.as_deref().unwrap_or_default();
        let reason =
            format!("the organization {slug} is {status}; its users cannot act until a super admin activates it");
        return Ok(Err(Refusal::new(&actor, own_scope, reason)));
    }
    let clinic_role = match role {
        Role::SuperAdmin => return identify_super_admin(conn, claim, action, need, actor).await,
        Role::Clinic(clinic_role) => clinic_role,
    };
    let refuse = |reason: String| Ok(Err(Refusal::new(&actor, own_scope, reason)));
    if need == Need::Platform {
        let slug = user.organization_slug.clone().unwrap_or_default();
        return refuse(format!("`{action}` needs a super admin; {} is {clinic_role} of {slug}", user.email));
    }
    let staff_allowed = matches!(
        need,
        Need::PlatformOrClinic { staff: true } | Need::Clinic { staff: true } | Need::PatientData { staff: true }
    );
    if clinic_role == UserRole::Staff && !staff_allowed {
        return refuse(format!("`{action}` needs an ADMIN of the organization; {} is STAFF", user.email));
    }
    let own = own.ok_or_else(|| anyhow!("the organization of {} is not visible", user.email))?;
    if let Some(key) = claim.organization.as_deref() {
        context::enter(conn, own_scope).await?;
        let named = store::organizations::find(conn, &Key::parse(key).map_err(anyhow::Error::msg)?).await?;
        if named.as_ref().map(|o| o.id) != Some(own.id) {
            return refuse(format!("{} belongs to {}; --org {key} is another organization", user.email, own.slug));
        }
    }
    Ok(Ok(Session { actor, role, scope: own_scope, organization: Some(own) }))
}

async fn identify_super_admin(
    conn: &mut PgConnection,
    claim: &Claim,
    action: Action,
    need: Need,
    actor: Actor,
) -> Result<std::result::Result<Session, Refusal>> {
    let operator = actor.operator.as_ref().map(|o| o.id);
    let platform = Session { actor, role: Role::SuperAdmin, scope: Scope::Platform, organization: None };
    let refuse = |session: &Session, reason: String| Ok(Err(Refusal::new(&session.actor, session.scope, reason)));
    let named = match claim.organization.as_deref() {
        Some(key) => {
            context::enter(conn, Scope::Platform).await?;
            match store::organizations::find(conn, &Key::parse(key).map_err(anyhow::Error::msg)?).await? {
                Some(org) => Some(org),
                None => return refuse(&platform, format!("no organization has the slug or id {key}")),
            }
        }
        None => None,
    };
    match (need, named) {
        (Need::Platform, _) | (Need::PlatformOrClinic { .. }, None) => Ok(Ok(platform)),
        (Need::PlatformOrClinic { .. } | Need::Clinic { .. }, Some(org)) => {
            Ok(Ok(Session { scope: Scope::Organization(org.id), organization: Some(org), ..platform }))
        }
        (Need::Clinic { .. } | Need::PatientData { .. }, None) => {
            refuse(&platform, format!("`{action}` works in one organization: pass --org SLUG"))
        }
        (Need::PatientData { .. }, Some(org)) => {
            let scope = Scope::Organization(org.id);
            context::enter(conn, scope).await?;
            let grant = match operator {
                Some(operator) => store::grants::active_for(conn, operator).await?,
                None => None,
            };
            let in_org = Session { scope, organization: Some(org.clone()), ..platform };
            match grant {
                Some(grant) => Ok(Ok(Session { actor: in_org.actor.clone().with_grant(grant.id), ..in_org })),
                None => refuse(
                    &in_org,
                    format!(
                        "a super admin reaches {}'s patient data only through break-the-glass: \
                         omnictl access break-glass --org {} --reason \"…\"",
                        org.slug, org.slug
                    ),
                ),
            }
        }
    }
}
