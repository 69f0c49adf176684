//! Who is acting, and whether they may. Every command but `db`, `migrate`,
//! `completions`, `quickstart` and `user bootstrap` runs through [`run`] (or
//! [`authorize`]): it asks the database which operator the connection's login is (the
//! database derives it from `session_user`; `--operator`, when given, must name that
//! same user), checks the role against what the command needs, fixes the scope
//! (platform, or one clinic), and records every refusal in the audit trail before
//! returning it as an error. Row-level security enforces the same scope again.
//!
//! Roles:
//! - super admin: the platform (organizations, users of any clinic, the service-code
//!   catalogue, the whole audit trail). Reaches a clinic's patient data only through an
//!   active break-glass grant.
//! - ADMIN: manages their own clinic: users, practitioners, patients, insurance,
//!   authorizations; reads its audit trail.
//! - STAFF: works in their own clinic: reads patients, schedules, runs sessions.

use anyhow::{Result, anyhow, bail};
use sqlx::{PgConnection, PgPool};

use crate::audit::{self, Actor, AuditEntry, CommandTx, OperatorRef, Outcome};
use crate::db::context::{self, Scope};
use crate::domain::user::{Role, UserRole};
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
    /// sweep covers: each is named in the record of its own sweep). Rolled back when done.
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
}

/// Runs a command's work in one transaction, as `actor` in `scope`, and commits it with
/// the audit entry the work returns. A serialization failure or deadlock (the database
/// cancelled this side of a collision) rolls back and runs the work again, up to
/// [`ATTEMPTS`] times; any other failure, or the last collision, is rolled back and
/// audited (FAILED) in a transaction of its own.
pub async fn transact<T>(
    pool: &PgPool,
    actor: &Actor,
    scope: Scope,
    action: &str,
    mut work: impl AsyncFnMut(&mut CommandTx) -> Result<(T, AuditEntry)>,
) -> Result<T> {
    retrying(pool, action, async || {
        let tx = CommandTx::begin(pool, actor, scope).await?;
        Ok(attempt(tx, actor, scope, async |tx| work(tx).await).await)
    })
    .await
}

/// How one attempt at a command's transaction ended.
enum Attempt<T> {
    Committed(T),
    /// Refused before any work, already on the record.
    Refused(anyhow::Error),
    /// Rolled back: to run again if the database cancelled it, else to record as FAILED
    /// as `actor` in `scope`.
    Failed {
        error: anyhow::Error,
        actor: Actor,
        scope: Scope,
    },
}

/// Runs `work` in `tx` and commits with its entry. A commit can fail too (a deferred
/// check of the database): that is a failure like any other.
async fn attempt<T>(
    mut tx: CommandTx,
    actor: &Actor,
    scope: Scope,
    work: impl AsyncFnOnce(&mut CommandTx) -> Result<(T, AuditEntry)>,
) -> Attempt<T> {
    let done = match work(&mut tx).await {
        Ok((value, entry)) => tx.finish(entry).await.map(|()| value),
        Err(error) => {
            drop(tx);
            Err(error)
        }
    };
    match done {
        Ok(value) => Attempt::Committed(value),
        Err(error) => Attempt::Failed { error, actor: actor.clone(), scope },
    }
}

/// Runs attempts until one commits or fails for good: collisions the database resolved
/// by cancelling this side are tried again, up to [`ATTEMPTS`] times; the last failure is
/// recorded. An error before the work (no connection) is returned as it is.
async fn retrying<T>(pool: &PgPool, action: &str, mut next: impl AsyncFnMut() -> Result<Attempt<T>>) -> Result<T> {
    let mut attempts = 1;
    loop {
        let (error, actor, scope) = match next().await? {
            Attempt::Committed(value) => return Ok(value),
            Attempt::Refused(error) => return Err(error),
            Attempt::Failed { error, actor, scope } => (error, actor, scope),
        };
        let retryable = crate::error::is_retryable(&error);
        if retryable && attempts < ATTEMPTS {
            tokio::time::sleep(backoff(attempts)).await;
            attempts += 1;
            continue;
        }
        let error = if retryable && attempts > 1 { error.context(format!("tried {attempts} times")) } else { error };
        let entry = AuditEntry::new(action);
        let outcome = if crate::error::is_denied(&error) { Outcome::Denied } else { Outcome::Failed };
        return match audit::record_refusal(pool, &actor, scope, &entry, outcome, &format!("{error:#}")).await {
            Ok(()) => Err(error),
            Err(audit_error) => Err(audit::unrecorded(error, &audit_error)),
        };
    }
}

/// Whether anyone can act as a super admin yet (the quickstart says how to bootstrap one
/// otherwise). Asked before any operator exists, in no tenant's scope.
pub async fn platform_has_super_admin(pool: &PgPool) -> Result<bool> {
    let mut tx = context::begin(pool, Scope::Anonymous).await?;
    let exists = store::users::super_admin_exists(&mut tx).await?;
    tx.rollback().await?;
    Ok(exists)
}

/// `tool` acting for the operator the database authenticates on `pool` (none when the
/// login is no operator's, e.g. the schema's owner).
pub async fn connected_actor(pool: &PgPool, tool: &Actor) -> Result<Actor> {
    let mut tx = context::begin(pool, Scope::Anonymous).await?;
    let me = store::operators::whoami(&mut tx).await?;
    tx.rollback().await?;
    Ok(match me {
        Some(user) => tool.clone().with_operator(OperatorRef { id: user.id, email: user.email }),
        None => tool.clone(),
    })
}

/// The login this pool connects as, and whether it is an operator's (`whoami` on a
/// database that has none yet, or as the schema's owner).
pub async fn connected_login(pool: &PgPool) -> Result<(String, bool)> {
    let mut tx = context::begin(pool, Scope::Anonymous).await?;
    let login = store::operators::login(&mut tx).await?;
    let operator = store::operators::whoami(&mut tx).await?.is_some();
    tx.rollback().await?;
    Ok((login, operator))
}

/// Records a refusal and returns it as the command's error.
pub async fn deny(pool: &PgPool, actor: &Actor, scope: Scope, action: &str, reason: String) -> anyhow::Error {
    let entry = AuditEntry::new(action);
    if let Err(error) = audit::record_refusal(pool, actor, scope, &entry, Outcome::Denied, &reason).await {
        return audit::unrecorded(anyhow!("refused: {reason}"), &error);
    }
    anyhow!("refused: {reason}")
}

/// Why authorization refused, recorded as DENIED once the transaction it was decided in
/// has been rolled back.
#[derive(Debug)]
pub struct Refusal {
    actor: Actor,
    scope: Scope,
    reason: String,
    hints: Vec<String>,
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

    /// Records the refusal and returns it as the command's error.
    pub async fn record(self, pool: &PgPool, action: &str) -> anyhow::Error {
        let error = deny(pool, &self.actor, self.scope, action, self.reason).await;
        if self.hints.is_empty() {
            return error;
        }
        let hinted =
            self.hints.into_iter().fold(crate::error::Error::refused(format!("{error}")), crate::error::Error::hint);
        anyhow::Error::new(hinted)
    }
}

/// Identifies the operator and authorizes `action`, in a transaction of its own (rolled
/// back): for commands that stream or need the session before their one transaction.
/// The others use [`run`], which decides inside the command's transaction.
pub async fn authorize(pool: &PgPool, claim: &Claim, action: &str, need: Need) -> Result<Session> {
    let mut tx = context::begin(pool, Scope::Anonymous).await?;
    let decided = identify(&mut tx, claim, action, need).await?;
    tx.rollback().await?;
    match decided {
        Ok(session) => Ok(session),
        Err(refusal) => Err(refusal.record(pool, action).await),
    }
}

/// Runs a command as one transaction: the operator is identified, their role checked
/// against `need` and the organization resolved inside it, then `work` runs as that
/// operator in that scope and commits only with the entry it returns. A refusal is
/// recorded as DENIED; a serialization failure or deadlock runs everything again (see
/// [`transact`]).
pub async fn run<T>(
    pool: &PgPool,
    claim: &Claim,
    action: &str,
    need: Need,
    mut work: impl AsyncFnMut(&mut CommandTx, &Session) -> Result<(T, AuditEntry)>,
) -> Result<T> {
    retrying(pool, action, async || {
        let mut tx = CommandTx::begin(pool, &Actor::from_environment(), Scope::Anonymous).await?;
        let session = match identify(tx.conn(), claim, action, need).await? {
            Ok(session) => session,
            Err(refusal) => {
                drop(tx);
                return Ok(Attempt::Refused(refusal.record(pool, action).await));
            }
        };
        tx.assume(&session.actor, session.scope).await?;
        Ok(attempt(tx, &session.actor, session.scope, async |tx| work(tx, &session).await).await)
    })
    .await
}

/// Runs a command as [`run`] does, then rolls it back: a dry run, checked by every rule
/// and recorded nowhere (a refusal still is, as DENIED).
pub async fn rehearse<T>(
    pool: &PgPool,
    claim: &Claim,
    action: &str,
    need: Need,
    work: impl AsyncFnOnce(&mut CommandTx, &Session) -> Result<(T, AuditEntry)>,
) -> Result<T> {
    let mut tx = CommandTx::begin(pool, &Actor::from_environment(), Scope::Anonymous).await?;
    let session = match identify(tx.conn(), claim, action, need).await? {
        Ok(session) => session,
        Err(refusal) => {
            drop(tx);
            return Err(refusal.record(pool, action).await);
        }
    };
    tx.assume(&session.actor, session.scope).await?;
    let (value, _) = work(&mut tx, &session).await?;
    Ok(value)
}

/// Who the operator is and whether `need` allows them `action`, decided on `conn` (a
/// transaction begun in no scope, which this moves between scopes as it looks). The
/// operator is the one the database authenticated (see [`store::operators::whoami`]);
/// `--operator`, when given, must name that same user.
async fn identify(
    conn: &mut PgConnection,
    claim: &Claim,
    action: &str,
    need: Need,
) -> Result<std::result::Result<Session, Refusal>> {
    let actor = Actor::from_environment();
    let claimed = claim.operator.as_deref().map(str::trim).filter(|e| !e.is_empty());
    let source = claim.operator_source.as_deref().unwrap_or("--operator");
    let Some((user, own)) = store::operators::identify(conn).await? else {
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
        let named = store::organizations::find(conn, key).await?;
        if named.as_ref().map(|o| o.id) != Some(own.id) {
            return refuse(format!("{} belongs to {}; --org {key} is another organization", user.email, own.slug));
        }
    }
    Ok(Ok(Session { actor, role, scope: own_scope, organization: Some(own) }))
}

async fn identify_super_admin(
    conn: &mut PgConnection,
    claim: &Claim,
    action: &str,
    need: Need,
    actor: Actor,
) -> Result<std::result::Result<Session, Refusal>> {
    let operator = actor.operator.as_ref().map(|o| o.id);
    let platform = Session { actor, role: Role::SuperAdmin, scope: Scope::Platform, organization: None };
    let refuse = |session: &Session, reason: String| Ok(Err(Refusal::new(&session.actor, session.scope, reason)));
    let named = match claim.organization.as_deref() {
        Some(key) => {
            context::enter(conn, Scope::Platform).await?;
            match store::organizations::find(conn, key).await? {
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
