//! The one way an operation runs. An [`Operation`] is a value: it declares its
//! [`Action`], the role it [`Need`]s and its work; the [`Runner`] identifies the operator
//! from the login the database authenticated, authorizes the action, runs the work in
//! one transaction as that operator in their scope, and commits it only with the audit
//! entry the work returns. Every mode keeps the same rules: a refusal is recorded
//! (DENIED or FAILED) whatever the mode, a collision the database cancelled runs the
//! work again, and nothing else opens a transaction for an operation.
//!
//! Modes: [`Runner::run`] commits; [`Runner::rehearse`] runs everything, rolls the work
//! back and records the attempt as a dry run; [`Runner::stream`] records a read before
//! its rows leave (see [`crate::audit::Outflow`]); [`Runner::per_clinic`] runs one
//! operation in each clinic in scope, each in a transaction of its own filed in that
//! clinic's chain.

use anyhow::Result;
use sqlx::PgPool;

use super::{AuditEntry, CommandTx, Done};
use crate::access::{self, Claim, Need, Session};
use crate::audit::{self, Actor, Outcome};
use crate::db::context::Scope;
use crate::store::operators::Identity;

pub(crate) use super::action::Action;

/// An action an operator can take, with its input: what the record calls it, who may
/// take it and the work it does.
#[allow(async_fn_in_trait)] // run on one thread; no caller needs the future to be Send
pub trait Operation {
    type Output;

    /// What the audit trail calls it.
    fn action(&self) -> Action;

    /// Who may take it (the database checks the same again, by row-level security).
    fn need(&self) -> Need;

    /// Does the work in `tx` as `session`, and says what it did. The runner may call it
    /// again after a collision the database cancelled: it must not consume its input.
    async fn apply(&mut self, tx: &mut CommandTx, session: &Session) -> Done<Self::Output>;

    /// The entry a failure of the work is recorded with: the action, and what the
    /// operation knows by then that the record needs (an import's file digest).
    fn failure_entry(&self) -> AuditEntry {
        AuditEntry::new(self.action())
    }
}

/// An operation the caller keeps, to look at what it found after it ran (an import's
/// report of errors).
impl<O: Operation> Operation for &mut O {
    type Output = O::Output;

    fn action(&self) -> Action {
        (**self).action()
    }

    fn need(&self) -> Need {
        (**self).need()
    }

    async fn apply(&mut self, tx: &mut CommandTx, session: &Session) -> Done<Self::Output> {
        (**self).apply(tx, session).await
    }

    fn failure_entry(&self) -> AuditEntry {
        (**self).failure_entry()
    }
}

/// What an idempotent step of the tool itself (the quickstart's demo clinic) returns
/// when it finds everything in place: its transaction is rolled back and nothing is
/// recorded, so that running it again changes nothing, not even the audit trail. The
/// operation keeps what it found for its caller. Never returned by an operator's action.
#[derive(Debug)]
pub(crate) struct Unchanged;

impl std::fmt::Display for Unchanged {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("already in place: nothing changed")
    }
}

impl std::error::Error for Unchanged {}

/// A read whose rows stream out: recorded before the first row leaves.
pub trait Outflowing {
    fn action(&self) -> Action;
    fn need(&self) -> Need;
    /// The read as the record names it (what, which filter), for `session`.
    fn entry(&self, session: &Session) -> AuditEntry;
}

/// How many times a transaction runs before a collision is reported.
pub(crate) const ATTEMPTS: u32 = 4;

/// Runs operations as the operator the connection's login is.
pub struct Runner {
    pool: PgPool,
    claim: Claim,
    /// Who the pool's login is, as the connection's first statement said.
    identified: Identified,
}

/// Who a connection's login is, as its first statement said (see
/// [`crate::db::connect`]), with the login's name: taken by the first transaction on a
/// pool of that login, of any runner sharing it, instead of asking again; later
/// transactions ask.
#[derive(Clone, Default)]
pub(crate) struct Identified(std::sync::Arc<std::sync::Mutex<Option<(String, Identity)>>>);

impl Identified {
    /// Keeps `identity` for the first transaction on `pool`.
    pub(crate) fn keep(&self, pool: &PgPool, identity: Identity) {
        if let Ok(mut kept) = self.0.lock() {
            *kept = Some((pool.connect_options().get_username().to_string(), identity));
        }
    }

    /// The identity kept for `pool`'s login, once.
    fn take(&self, pool: &PgPool) -> Option<Identity> {
        let mut kept = self.0.lock().ok()?;
        match kept.take() {
            Some((login, identity)) if login == pool.connect_options().get_username() => Some(identity),
            other => {
                *kept = other;
                None
            }
        }
    }
}

impl Runner {
    /// A runner on `pool` for the operator `claim` names (their `--operator` and `--org`).
    pub fn new(pool: &PgPool, claim: Claim) -> Self {
        Self { pool: pool.clone(), claim, identified: Identified::default() }
    }

    /// The same runner, sharing what the connection said of its login.
    pub(crate) fn identified(self, identified: &Identified) -> Self {
        Self { identified: identified.clone(), ..self }
    }

    /// Begins an operation's transaction and identifies the operator in it (see
    /// [`access::identify`]). When the connection said already who its login is, the
    /// transaction begins in the operator's own scope, where most operations run, and
    /// nothing more is asked before the work.
    async fn begin_identified(
        &self,
        action: Action,
        need: Need,
    ) -> Result<(CommandTx, std::result::Result<Session, access::Refusal>)> {
        let known = self.identified.take(&self.pool);
        // A clinic's user acting without --org is identified without a statement, so the
        // transaction stays in the scope it began in: theirs.
        let settled = known
            .as_ref()
            .filter(|(user, _)| !user.is_super_admin && self.claim.organization.is_none())
            .and_then(|(user, _)| user.organization_id)
            .map(Scope::Organization);
        let mut tx =
            CommandTx::begin(&self.pool, &Actor::from_environment(), settled.unwrap_or(Scope::Anonymous)).await?;
        let decided = access::identify(tx.conn(), &self.claim, action, need, known).await?;
        if let Ok(session) = &decided {
            match settled {
                Some(scope) if scope == session.scope => tx.act_as(&session.actor),
                _ => tx.assume(&session.actor, session.scope).await?,
            }
        }
        Ok((tx, decided))
    }
    /// Runs `op` and commits it with its record.
    pub async fn run<O: Operation>(&self, mut op: O) -> Result<O::Output> {
        let action = op.action();
        let need = op.need();
        let pool = &self.pool;
        retrying(pool, async || {
            let (tx, decided) = self.begin_identified(action, need).await?;
            let session = match decided {
                Ok(session) => session,
                Err(refusal) => {
                    drop(tx);
                    return Ok(Attempt::Refused(deny(pool, refusal, action).await));
                }
            };
            Ok(attempt(tx, &session, &mut op, Mode::Commit).await)
        })
        .await
    }

    /// Runs `op` as [`Runner::run`] does, then rolls its work back: a dry run, checked
    /// by every rule. The attempt is on the record, marked `dry_run`, whether it would
    /// have committed or been refused.
    pub(crate) async fn rehearse<O: Operation>(&self, mut op: O) -> Result<O::Output> {
        let action = op.action();
        let need = op.need();
        let pool = &self.pool;
        retrying(pool, async || {
            let (tx, decided) = self.begin_identified(action, need).await?;
            let session = match decided {
                Ok(session) => session,
                Err(refusal) => {
                    drop(tx);
                    return Ok(Attempt::Refused(deny(pool, refusal, action).await));
                }
            };
            Ok(attempt(tx, &session, &mut op, Mode::Rehearse { pool }).await)
        })
        .await
    }

    /// Runs `op` as `actor` in `scope` without identifying an operator: for what the
    /// schema's owner does before any operator exists (the first super admin, the
    /// service-code catalogue, the demo platform). The database's grants decide whether
    /// the login may.
    pub async fn run_as<O: Operation>(&self, actor: &Actor, scope: Scope, mut op: O) -> Result<O::Output> {
        let pool = &self.pool;
        let session = Session::unidentified(actor, scope);
        retrying(pool, async || {
            let tx = CommandTx::begin(pool, actor, scope).await?;
            Ok(attempt(tx, &session, &mut op, Mode::Commit).await)
        })
        .await
    }

    /// Runs `op` as `actor` in `scope` and rolls it back, recording nothing: how the tool
    /// itself asks what an idempotent step would change (a repeated quickstart changes
    /// nothing, not even the audit trail). Never an operator's action: those are
    /// rehearsed, on the record.
    pub(crate) async fn probe_as<O: Operation>(&self, actor: &Actor, scope: Scope, mut op: O) -> Result<O::Output> {
        let mut tx = CommandTx::begin(&self.pool, actor, scope).await?;
        let (value, _) = op.apply(&mut tx, &Session::unidentified(actor, scope)).await?;
        Ok(value)
    }

    /// Runs `op` once in every clinic the operator's scope reaches (a super admin: every
    /// clinic; a clinic's user: theirs), each in a transaction of its own filed in that
    /// clinic's chain, and returns what each gave, in order of the clinics' slugs.
    pub(crate) async fn per_clinic<O: Operation>(&self, mut op: O) -> Result<Vec<O::Output>> {
        let session = self.authorize(op.action(), op.need()).await?;
        let clinics = {
            let mut tx = CommandTx::begin(&self.pool, &session.actor, session.scope).await?;
            let all = crate::store::organizations::list(tx.conn()).await?;
            let own = session.organization.as_ref().map(|o| o.id);
            all.into_iter().filter(|o| own.is_none_or(|id| id == o.id)).collect::<Vec<_>>()
        };
        let pool = &self.pool;
        let mut done = Vec::with_capacity(clinics.len());
        for clinic in clinics {
            let scope = Scope::Organization(clinic.id);
            let in_clinic = Session { scope, organization: Some(clinic), ..session.clone() };
            let value = retrying(pool, async || {
                let tx = CommandTx::begin(pool, &in_clinic.actor, scope).await?;
                Ok(attempt(tx, &in_clinic, &mut op, Mode::Commit).await)
            })
            .await?;
            done.push(value);
        }
        Ok(done)
    }

    /// Streams the rows of `read`: it is on the record (phase `started`) before `flow`
    /// writes the first row, and its outcome (how many rows, completed or interrupted)
    /// after the last. `flow` reads in the outflow's transaction, writes each row and
    /// says how many it wrote; returns whether the read completed (a reader that closed
    /// the pipe is an interruption, not an error).
    pub(crate) async fn stream<R: Outflowing>(
        &self,
        read: &R,
        flow: impl AsyncFnOnce(&mut CommandTx, &Session, &mut u64) -> Result<()>,
    ) -> Result<(bool, u64)> {
        let session = self.authorize(read.action(), read.need()).await?;
        let mut outflow =
            audit::Outflow::begin(&self.pool, &session.actor, session.scope, read.entry(&session)).await?;
        let mut count = 0;
        let streamed = flow(outflow.tx(), &session, &mut count).await;
        let completed = outflow.finish(count, streamed).await?;
        Ok((completed, count))
    }

    /// Identifies the operator and authorizes `action`, in a transaction of its own
    /// (rolled back); a refusal is recorded.
    async fn authorize(&self, action: Action, need: Need) -> Result<Session> {
        let (tx, decided) = self.begin_identified(action, need).await?;
        tx.rollback().await?;
        match decided {
            Ok(session) => Ok(session),
            Err(refusal) => Err(deny(&self.pool, refusal, action).await),
        }
    }
}

/// Records a refusal of `action` as DENIED, in a transaction of its own, and returns it
/// as the command's error, with its hints.
async fn deny(pool: &PgPool, refusal: access::Refusal, action: Action) -> anyhow::Error {
    let access::Refusal { actor, scope, reason, hints } = refusal;
    let error = anyhow::anyhow!("refused: {reason}");
    let entry = AuditEntry::new(action);
    if let Err(audit_error) = audit::record_refusal(pool, &actor, scope, &entry, Outcome::Denied, &reason).await {
        return audit::unrecorded(error, &audit_error);
    }
    if hints.is_empty() {
        return error;
    }
    anyhow::Error::new(
        hints.into_iter().fold(crate::error::Error::refused(format!("{error}")), crate::error::Error::hint),
    )
}

/// Commit, or run and roll back.
enum Mode<'a> {
    Commit,
    Rehearse { pool: &'a PgPool },
}

/// How one attempt at an operation's transaction ended.
enum Attempt<T> {
    Committed(T),
    /// Refused before any work, already on the record; or [`Unchanged`], which is
    /// recorded nowhere.
    Refused(anyhow::Error),
    /// Rolled back: to run again if the database cancelled it, else to record as FAILED
    /// with `entry`, as `actor` in `scope`.
    Failed(Box<Failure>),
}

/// An attempt rolled back, and how to record it.
struct Failure {
    error: anyhow::Error,
    entry: AuditEntry,
    actor: Actor,
    scope: Scope,
}

/// Runs `op` in `tx` and commits with its entry (or, rehearsing, rolls back and records
/// the entry as a dry run). A commit can fail too (a deferred check of the database):
/// that is a failure like any other.
async fn attempt<O: Operation>(mut tx: CommandTx, session: &Session, op: &mut O, mode: Mode<'_>) -> Attempt<O::Output> {
    let worked = op.apply(&mut tx, session).await;
    let dry_run = matches!(mode, Mode::Rehearse { .. });
    let done = match (worked, mode) {
        (Ok((value, entry)), Mode::Commit) => tx.finish(entry).await.map(|()| value),
        (Ok((value, entry)), Mode::Rehearse { pool }) => {
            drop(tx);
            let record = CommandTx::begin(pool, &session.actor, session.scope).await;
            match record {
                Ok(record) => record.finish(entry.detail("dry_run", true)).await.map(|()| value),
                Err(error) => Err(error),
            }
        }
        (Err(error), _) => {
            drop(tx);
            Err(error)
        }
    };
    match done {
        Ok(value) => Attempt::Committed(value),
        Err(error) if error.is::<Unchanged>() => Attempt::Refused(error),
        Err(error) => {
            let entry = op.failure_entry();
            let entry = if dry_run { entry.detail("dry_run", true) } else { entry };
            Attempt::Failed(Box::new(Failure { error, entry, actor: session.actor.clone(), scope: session.scope }))
        }
    }
}

/// Runs attempts until one commits or fails for good: collisions the database resolved
/// by cancelling this side are tried again, up to [`ATTEMPTS`] times; the last failure is
/// recorded. An error before the work (no connection) is returned as it is.
async fn retrying<T>(pool: &PgPool, mut next: impl AsyncFnMut() -> Result<Attempt<T>>) -> Result<T> {
    let mut attempts = 1;
    loop {
        let Failure { error, entry, actor, scope } = match next().await? {
            Attempt::Committed(value) => return Ok(value),
            Attempt::Refused(error) => return Err(error),
            Attempt::Failed(failure) => *failure,
        };
        let retryable = crate::error::is_retryable(&error);
        if retryable && attempts < ATTEMPTS {
            tokio::time::sleep(backoff(attempts)).await;
            attempts += 1;
            continue;
        }
        let error = if retryable && attempts > 1 { error.context(format!("tried {attempts} times")) } else { error };
        let outcome = if crate::error::is_denied(&error) { Outcome::Denied } else { Outcome::Failed };
        return match audit::record_refusal(pool, &actor, scope, &entry, outcome, &format!("{error:#}")).await {
            Ok(()) => Err(error),
            Err(audit_error) => Err(audit::unrecorded(error, &audit_error)),
        };
    }
}

/// The pause before attempt `attempt + 1`: 20, 40, 80 ms, with jitter from the clock so
/// that two processes that collided do not meet again in step.
fn backoff(attempt: u32) -> std::time::Duration {
    let base = 20u64 << (attempt - 1).min(4);
    let jitter =
        u64::from(std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.subsec_nanos()))
            % base;
    std::time::Duration::from_millis(base + jitter)
}
