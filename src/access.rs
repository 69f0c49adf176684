//! Who is acting, and whether they may. Every command but `db`, `migrate`,
//! `completions`, `quickstart` and `user bootstrap` starts with [`authorize`]: it resolves
//! `--operator` to an active user, checks the role against what the command needs,
//! fixes the scope (platform, or one clinic), and records every refusal in the audit
//! trail before returning it as an error.
//!
//! Roles:
//! - super admin: the platform (organizations, users of any clinic, the service-code
//!   catalogue, the whole audit trail). Reaches a clinic's patient data only through an
//!   active break-glass grant.
//! - ADMIN: manages their own clinic: users, practitioners, patients, insurance,
//!   authorizations; reads its audit trail.
//! - STAFF: works in their own clinic: reads patients, schedules, runs sessions.

use anyhow::{Result, anyhow, bail};
use sqlx::PgPool;

use crate::audit::{self, Actor, AuditEntry, CommandTx, OperatorRef, Outcome};
use crate::db::context::{self, Scope};
use crate::domain::user::{Role, UserRole};
use crate::store;
use crate::store::organizations::Organization;

/// Who the operator says they are and which organization they name (`--operator`,
/// `--org`): a claim that [`authorize`] checks.
#[derive(Debug, Clone, Default)]
pub struct Claim {
    pub operator: Option<String>,
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

/// How many times a transaction runs before a collision is reported.
pub const ATTEMPTS: u32 = 4;

/// The pause before attempt `attempt + 1`: 20, 40, 80 ms, with jitter from the clock so
/// that two processes that collided do not meet again in step.
fn backoff(attempt: u32) -> std::time::Duration {
    let base = 20u64 << (attempt - 1).min(4);
    let jitter =
        u64::from(std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.subsec_nanos()))
            % base;
    std::time::Duration::from_millis(base + jitter)
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
    pub fn operator(&self) -> Result<&OperatorRef> {
        self.actor.operator.as_ref().ok_or_else(|| anyhow!("no operator"))
    }

    /// The clinic in scope, for commands that need one.
    pub fn clinic(&self) -> Result<&Organization> {
        self.organization.as_ref().ok_or_else(|| anyhow!("this command needs an organization: pass --org SLUG"))
    }

    /// Runs a command's work in one transaction and commits it with the audit entry the
    /// work returns (see [`transact`]).
    pub async fn transact<T>(
        &self,
        pool: &PgPool,
        action: &str,
        work: impl AsyncFnMut(&mut CommandTx) -> Result<(T, AuditEntry)>,
    ) -> Result<T> {
        transact(pool, &self.actor, self.scope, action, work).await
    }

    /// The same in another scope than the session's (a super admin's sweep runs each
    /// clinic in a transaction of its own, filed in that clinic's chain).
    pub async fn transact_in<T>(
        &self,
        pool: &PgPool,
        scope: Scope,
        action: &str,
        work: impl AsyncFnMut(&mut CommandTx) -> Result<(T, AuditEntry)>,
    ) -> Result<T> {
        transact(pool, &self.actor, scope, action, work).await
    }

    /// A lookup that changes nothing and records nothing of its own (which clinics a
    /// report covers: names already in the record of the action that follows). Rolled
    /// back when done.
    pub async fn read<T>(&self, pool: &PgPool, work: impl AsyncFnOnce(&mut CommandTx) -> Result<T>) -> Result<T> {
        let mut tx = CommandTx::begin(pool, &self.actor, self.scope).await?;
        work(&mut tx).await
    }

    /// Starts a read that streams rows out (see [`audit::Outflow`]): `entry` is on the
    /// record before this returns.
    pub async fn begin_outflow(&self, pool: &PgPool, entry: AuditEntry) -> Result<audit::Outflow> {
        audit::Outflow::begin(pool, &self.actor, self.scope, entry).await
    }

    /// Refuses the command now: audited as DENIED, returned as the error to report.
    pub async fn deny(&self, pool: &PgPool, action: &str, reason: String) -> anyhow::Error {
        deny(pool, &self.actor, self.scope, action, reason).await
    }

    /// Records a command that was allowed but failed a rule (outcome FAILED) and returns
    /// the reason as the command's error.
    pub async fn fail(&self, pool: &PgPool, action: &str, reason: String) -> anyhow::Error {
        let entry = AuditEntry::new(action);
        if let Err(error) = audit::record_refusal(pool, &self.actor, self.scope, &entry, Outcome::Failed, &reason).await
        {
            return audit::unrecorded(anyhow!(reason), &error);
        }
        anyhow!(reason)
    }
}

/// Runs a command's work in one transaction, as `actor` in `scope`, and commits it with the audit entry the
/// work returns. A serialization failure or deadlock (the database cancelled this
/// side of a collision) rolls back and runs the work again, up to [`ATTEMPTS`] times;
/// any other failure, or the last collision, is rolled back and audited (FAILED) in a
/// transaction of its own.
pub async fn transact<T>(
    pool: &PgPool,
    actor: &Actor,
    scope: Scope,
    action: &str,
    mut work: impl AsyncFnMut(&mut CommandTx) -> Result<(T, AuditEntry)>,
) -> Result<T> {
    let mut attempt = 1;
    let error = loop {
        let mut tx = CommandTx::begin(pool, actor, scope).await?;
        let done = match work(&mut tx).await {
            // A commit can fail too (a deferred check of the database): audited like any failure.
            Ok((value, entry)) => tx.finish(entry).await.map(|()| value),
            Err(error) => {
                drop(tx);
                Err(error)
            }
        };
        match done {
            Ok(value) => return Ok(value),
            Err(error) if attempt < ATTEMPTS && crate::error::is_retryable(&error) => {
                tokio::time::sleep(backoff(attempt)).await;
                attempt += 1;
            }
            Err(error) if attempt > 1 && crate::error::is_retryable(&error) => {
                break error.context(format!("tried {attempt} times"));
            }
            Err(error) => break error,
        }
    };
    let entry = AuditEntry::new(action);
    let outcome = if crate::error::is_denied(&error) { Outcome::Denied } else { Outcome::Failed };
    match audit::record_refusal(pool, actor, scope, &entry, outcome, &format!("{error:#}")).await {
        Ok(()) => Err(error),
        Err(audit_error) => Err(audit::unrecorded(error, &audit_error)),
    }
}

/// Whether anyone can act as a super admin yet (the quickstart says how to bootstrap one
/// otherwise). Asked before any operator exists, in no tenant's scope.
pub async fn platform_has_super_admin(pool: &PgPool) -> Result<bool> {
    let mut tx = context::begin(pool, None, Scope::Anonymous).await?;
    let exists = store::users::super_admin_exists(&mut tx).await?;
    tx.rollback().await?;
    Ok(exists)
}

/// Records a refusal and returns it as the command's error.
pub async fn deny(pool: &PgPool, actor: &Actor, scope: Scope, action: &str, reason: String) -> anyhow::Error {
    let entry = AuditEntry::new(action);
    if let Err(error) = audit::record_refusal(pool, actor, scope, &entry, Outcome::Denied, &reason).await {
        return audit::unrecorded(anyhow!("refused: {reason}"), &error);
    }
    anyhow!("refused: {reason}")
}

pub async fn authorize(pool: &PgPool, claim: &Claim, action: &str, need: Need) -> Result<Session> {
    let actor = Actor::from_environment();
    let Some(email) = claim.operator.as_deref().map(str::trim).filter(|e| !e.is_empty()) else {
        return Err(deny(
            pool,
            &actor,
            Scope::Anonymous,
            action,
            format!("`{action}` acts as an operator: pass --operator EMAIL or set OMNICTL_OPERATOR"),
        )
        .await);
    };

    let mut tx = context::begin(pool, None, Scope::Anonymous).await?;
    let found = store::operators::find_by_email(&mut tx, email).await?;
    tx.rollback().await?;
    let Some(user) = found else {
        // What a stranger claimed is kept bounded and printable (an email is at most 254
        // characters): the refusal row must not carry megabytes or escape sequences.
        let email = crate::domain::text::bounded(email, 254);
        let actor = actor.with_claimed_email(email.clone());
        return Err(deny(
            pool,
            &actor,
            Scope::Anonymous,
            action,
            format!("no user has the email {email}; check --operator / OMNICTL_OPERATOR"),
        )
        .await);
    };
    let own_scope = user.organization_id.map(Scope::Organization).unwrap_or(Scope::Anonymous);
    let actor = actor.with_operator(OperatorRef { id: user.id, email: user.email.clone() });
    if !user.is_active {
        return Err(deny(pool, &actor, own_scope, action, format!("the user {} is deactivated", user.email)).await);
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
        return Err(deny(
            pool,
            &actor,
            own_scope,
            action,
            format!("the organization {slug} is {status}; its users cannot act until a super admin activates it"),
        )
        .await);
    }

    match role {
        Role::SuperAdmin => authorize_super_admin(pool, claim, action, need, actor).await,
        Role::Clinic(clinic_role) => {
            let session = Session { actor, role, scope: own_scope, organization: None };
            if need == Need::Platform {
                return Err(session
                    .deny(
                        pool,
                        action,
                        format!(
                            "`{action}` needs a super admin; {} is {clinic_role} of {}",
                            user.email,
                            user.organization_slug.unwrap_or_default()
                        ),
                    )
                    .await);
            }
            let staff_allowed = matches!(
                need,
                Need::PlatformOrClinic { staff: true }
                    | Need::Clinic { staff: true }
                    | Need::PatientData { staff: true }
            );
            if clinic_role == UserRole::Staff && !staff_allowed {
                return Err(session
                    .deny(
                        pool,
                        action,
                        format!("`{action}` needs an ADMIN of the organization; {} is STAFF", user.email),
                    )
                    .await);
            }
            let mut tx = context::begin(pool, Some(user.id), own_scope).await?;
            let own = match user.organization_id {
                Some(id) => store::organizations::find(&mut tx, &id.to_string()).await?,
                None => None,
            };
            let named = match claim.organization.as_deref() {
                Some(key) => Some(store::organizations::find(&mut tx, key).await?),
                None => None,
            };
            tx.rollback().await?;
            let own = own.ok_or_else(|| anyhow!("the organization of {} is not visible", user.email))?;
            if let Some(named) = named
                && named.as_ref().map(|o| o.id) != Some(own.id)
            {
                let key = claim.organization.as_deref().unwrap_or_default();
                return Err(session
                    .deny(
                        pool,
                        action,
                        format!("{} belongs to {}; --org {key} is another organization", user.email, own.slug),
                    )
                    .await);
            }
            Ok(Session { organization: Some(own), ..session })
        }
    }
}

async fn authorize_super_admin(
    pool: &PgPool,
    claim: &Claim,
    action: &str,
    need: Need,
    actor: Actor,
) -> Result<Session> {
    let platform = Session { actor, role: Role::SuperAdmin, scope: Scope::Platform, organization: None };
    let named = match claim.organization.as_deref() {
        Some(key) => {
            let operator = platform.operator()?.id;
            let mut tx = context::begin(pool, Some(operator), Scope::Platform).await?;
            let found = store::organizations::find(&mut tx, key).await?;
            tx.rollback().await?;
            match found {
                Some(org) => Some(org),
                None => {
                    return Err(platform.deny(pool, action, format!("no organization has the slug or id {key}")).await);
                }
            }
        }
        None => None,
    };
    match (need, named) {
        (Need::Platform, _) | (Need::PlatformOrClinic { .. }, None) => Ok(platform),
        (Need::PlatformOrClinic { .. } | Need::Clinic { .. }, Some(org)) => {
            Ok(Session { scope: Scope::Organization(org.id), organization: Some(org), ..platform })
        }
        (Need::Clinic { .. } | Need::PatientData { .. }, None) => {
            Err(platform.deny(pool, action, format!("`{action}` works in one organization: pass --org SLUG")).await)
        }
        (Need::PatientData { .. }, Some(org)) => {
            let scope = Scope::Organization(org.id);
            let operator = platform.operator()?.id;
            let mut tx = context::begin(pool, Some(operator), scope).await?;
            let grant = store::grants::active_for(&mut tx, operator).await?;
            tx.rollback().await?;
            let in_org = Session { scope, organization: Some(org.clone()), ..platform };
            match grant {
                Some(grant) => Ok(Session { actor: in_org.actor.clone().with_grant(grant.id), ..in_org }),
                None => Err(in_org
                    .deny(
                        pool,
                        action,
                        format!(
                            "a super admin reaches {}'s patient data only through break-the-glass: \
                             omnictl access break-glass --org {} --reason \"…\"",
                            org.slug, org.slug
                        ),
                    )
                    .await),
            }
        }
    }
}
