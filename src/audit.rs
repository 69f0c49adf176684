//! Writing the audit trail. A command changes data only through a [`CommandTx`], and the
//! only way to commit one is [`CommandTx::finish`], which takes the command's audit
//! entry: a command cannot change data without saying what it did. Dropping a
//! `CommandTx` rolls everything back. Sequence numbers and hashes of the chain are
//! assigned by the database (see the audit migration), never here.

use anyhow::{Context, Result};
use serde_json::{Map, Value};
use sqlx::{PgConnection, PgPool, Postgres, Transaction};
use uuid::Uuid;

use crate::db::context::{self, Scope};
use crate::domain::ids::{OrganizationId, UserId};
use crate::ops::action::Action;

/// The identified operator a command acts for.
#[derive(Debug, Clone)]
pub struct OperatorRef {
    pub id: UserId,
    pub email: String,
}

/// Who is acting: the operator (if identified) and the machine account behind them.
#[derive(Debug, Clone)]
pub struct Actor {
    pub operator: Option<OperatorRef>,
    /// The email given on the command line when it named no known user or not the
    /// connected one, kept so a refusal records who was claimed (the database files it
    /// under `details.claimed_operator`, never as the operator).
    pub claimed_email: Option<String>,
    pub os_user: String,
    pub host: String,
    /// The break-glass grant a super admin acts under in a clinic; every audit row made
    /// under it names it.
    pub grant: Option<Uuid>,
}

impl Actor {
    /// The person at the keyboard as the operating system knows them, no operator yet.
    pub fn from_environment() -> Self {
        let os_user = nix::unistd::User::from_uid(nix::unistd::geteuid())
            .ok()
            .flatten()
            .map(|u| u.name)
            .or_else(|| std::env::var("USER").ok())
            .unwrap_or_else(|| format!("uid:{}", nix::unistd::geteuid()));
        let host =
            nix::unistd::gethostname().ok().and_then(|h| h.into_string().ok()).unwrap_or_else(|| "unknown".to_string());
        Self { operator: None, claimed_email: None, os_user, host, grant: None }
    }

    pub(crate) fn with_operator(mut self, operator: OperatorRef) -> Self {
        self.claimed_email = Some(operator.email.clone());
        self.operator = Some(operator);
        self
    }

    pub(crate) fn with_grant(mut self, grant: Uuid) -> Self {
        self.grant = Some(grant);
        self
    }

    pub fn with_claimed_email(mut self, email: impl Into<String>) -> Self {
        self.claimed_email = Some(email.into());
        self
    }

    fn operator_id(&self) -> Option<UserId> {
        self.operator.as_ref().map(|o| o.id)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Outcome {
    Success,
    Denied,
    Failed,
}

impl Outcome {
    fn as_sql(self) -> &'static str {
        match self {
            Outcome::Success => "SUCCESS",
            Outcome::Denied => "DENIED",
            Outcome::Failed => "FAILED",
        }
    }
}

/// What a command did, as it lands in `audit_logs`.
#[derive(Debug, Clone)]
pub struct AuditEntry {
    action: Action,
    entity_type: Option<String>,
    entity_id: Option<String>,
    changes: Map<String, Value>,
    details: Map<String, Value>,
}

impl AuditEntry {
    /// An entry recording `action`.
    pub(crate) fn new(action: Action) -> Self {
        Self { action, entity_type: None, entity_id: None, changes: Map::new(), details: Map::new() }
    }

    pub(crate) fn entity(mut self, entity_type: impl Into<String>, id: impl ToString) -> Self {
        self.entity_type = Some(entity_type.into());
        self.entity_id = Some(id.to_string());
        self
    }

    pub(crate) fn entity_type(mut self, entity_type: impl Into<String>) -> Self {
        self.entity_type = Some(entity_type.into());
        self
    }

    /// A changed ordinary field, with its old and new value (as they serialise: a state
    /// by its database label, a date as `YYYY-MM-DD`).
    pub(crate) fn changed(mut self, field: &str, old: impl serde::Serialize, new: impl serde::Serialize) -> Self {
        // Our own field values always serialise (no maps with non-text keys).
        let (old, new) =
            (serde_json::to_value(old).unwrap_or(Value::Null), serde_json::to_value(new).unwrap_or(Value::Null));
        self.changes.insert(field.to_string(), serde_json::json!({ "old": old, "new": new }));
        self
    }

    /// A field set on creation (old value null).
    pub(crate) fn created(self, field: &str, value: impl serde::Serialize) -> Self {
        self.changed(field, Value::Null, value)
    }

    /// The one before/after diff: records the field only when it changed.
    pub(crate) fn diff<T: PartialEq + serde::Serialize>(self, field: &str, before: &T, after: &T) -> Self {
        if before == after { self } else { self.changed(field, before, after) }
    }

    /// The same for a PHI field: its name only, when it changed.
    pub(crate) fn diff_phi<T: PartialEq>(self, field: &str, before: &T, after: &T) -> Self {
        if before == after { self } else { self.changed_phi(field) }
    }

    /// A changed PHI field: its name only, never its value.
    pub(crate) fn changed_phi(mut self, field: &str) -> Self {
        self.changes.insert(field.to_string(), serde_json::json!({ "phi": true }));
        self
    }

    pub(crate) fn detail(mut self, key: &str, value: impl Into<Value>) -> Self {
        self.details.insert(key.to_string(), value.into());
        self
    }
}

/// A command's transaction: tenant context set, committed only with its audit entry.
pub struct CommandTx {
    tx: Transaction<'static, Postgres>,
    actor: Actor,
    /// The scope the command acts in: its audit entry is filed there.
    scope: Scope,
    /// The scope the transaction reads in now (see [`CommandTx::enter`]).
    current: Scope,
    audit_id: Uuid,
}

impl CommandTx {
    pub(crate) async fn begin(pool: &PgPool, actor: &Actor, scope: Scope) -> Result<Self> {
        let tx = context::begin(pool, scope).await?;
        Ok(Self { tx, actor: actor.clone(), scope, current: scope, audit_id: Uuid::new_v4() })
    }

    pub(crate) fn conn(&mut self) -> &mut PgConnection {
        &mut self.tx
    }

    /// The id the command's audit row will have. Bulk commands write their per-entity
    /// rows to `audit_log_items` under this id, set-wise, before finishing; the row's
    /// item count and digest are then computed by the database when it is written.
    pub(crate) fn audit_id(&self) -> Uuid {
        self.audit_id
    }

    /// The operator the command acts for, if identified.
    pub(crate) fn operator(&self) -> Option<&OperatorRef> {
        self.actor.operator.as_ref()
    }

    /// The operator the command acts for (who a ledger line or an event is recorded by).
    pub(crate) fn operator_id(&self) -> Option<UserId> {
        self.actor.operator_id()
    }

    /// Acts for `actor` in `scope` from here on, its audit entry included: the operator
    /// identified and authorized inside this very transaction.
    pub(crate) async fn assume(&mut self, actor: &Actor, scope: Scope) -> Result<()> {
        context::enter(&mut self.tx, scope).await?;
        self.actor = actor.clone();
        self.scope = scope;
        self.current = scope;
        Ok(())
    }

    /// Acts for `actor` from here on, in the scope the transaction began in (which its
    /// identification did not leave): [`CommandTx::assume`] without a statement.
    pub(crate) fn act_as(&mut self, actor: &Actor) {
        self.actor = actor.clone();
    }

    /// Ends the transaction, keeping nothing of it.
    pub(crate) async fn rollback(self) -> Result<()> {
        Ok(self.tx.rollback().await?)
    }

    /// Reads in `scope` until [`CommandTx::leave`]: a platform-wide report visits each
    /// clinic in its own scope, in one transaction with one audit entry.
    pub(crate) async fn enter(&mut self, scope: Scope) -> Result<()> {
        if scope != self.current {
            context::enter(&mut self.tx, scope).await?;
            self.current = scope;
        }
        Ok(())
    }

    /// Moves the command into `scope` for good: what it writes, and its audit entry, belong
    /// there (a break-glass grant is the clinic's row, filed in the clinic's chain).
    pub(crate) async fn switch(&mut self, scope: Scope) -> Result<()> {
        self.enter(scope).await?;
        self.scope = scope;
        Ok(())
    }

    /// Back to the command's own scope (the one its audit entry is filed in).
    pub(crate) async fn leave(&mut self) -> Result<()> {
        self.enter(self.scope).await
    }

    /// The organization the command acts in, if any (what items are filed under).
    pub(crate) fn organization_id(&self) -> Option<OrganizationId> {
        self.scope.organization_id()
    }

    /// The clinic the command acts in, which every statement on a clinic's table names
    /// (on Citus, the shard it runs on); refused for a command outside any clinic.
    pub(crate) fn clinic(&self) -> Result<OrganizationId> {
        self.organization_id().ok_or_else(|| crate::error::refused("this acts on one organization's records"))
    }

    /// Writes the entry of one finished step of a command made of several (the
    /// quickstart's demo clinic) without committing: the steps commit together, all or
    /// nothing, with `finish`. The next step's items go under a new audit id.
    pub(crate) async fn record(&mut self, entry: AuditEntry) -> Result<()> {
        insert(&mut self.tx, Some(self.audit_id), &self.actor, self.scope, &entry, Outcome::Success, None).await?;
        self.audit_id = Uuid::new_v4();
        Ok(())
    }

    /// Writes the entry as a success and commits the command's work with it.
    pub(crate) async fn finish(mut self, entry: AuditEntry) -> Result<()> {
        insert(&mut self.tx, Some(self.audit_id), &self.actor, self.scope, &entry, Outcome::Success, None).await?;
        self.tx.commit().await.map_err(crate::store::errors::explain)?;
        Ok(())
    }
}

/// A command's own error when its refusal or failure could not be written to the audit
/// trail (the server stopped, say): the error that happened first, then, on a line of its
/// own, that it is not on the record.
pub(crate) fn unrecorded(error: anyhow::Error, audit_error: &anyhow::Error) -> anyhow::Error {
    // The failure keeps its kind (and exit code): the missing record is a second line.
    // An error of ours keeps its pieces too (the command line says them with its flags).
    let error = match error.downcast::<crate::error::Error>() {
        Ok(ours) => {
            return ours.then(format!("\nand this could not be recorded in the audit trail: {audit_error:#}")).into();
        }
        Err(error) => error,
    };
    let kind = crate::error::kind_of(&error);
    let mut said = crate::error::Error::new(
        kind,
        format!("{error:#}\nand this could not be recorded in the audit trail: {audit_error:#}"),
    );
    // Flattened into one sentence, the error no longer carries its database error: what a
    // transaction pooler caused is still said.
    if let Some(hint) = error.chain().find_map(|c| c.downcast_ref::<sqlx::Error>()).and_then(crate::db::pooler::hint) {
        said = said.hint(hint);
    }
    said.into()
}

/// Records a refused or failed command in a transaction of its own, after the command's
/// own work was rolled back.
pub(crate) async fn record_refusal(
    pool: &PgPool,
    actor: &Actor,
    scope: Scope,
    entry: &AuditEntry,
    outcome: Outcome,
    reason: &str,
) -> Result<()> {
    let mut tx = context::begin(pool, scope).await?;
    insert(&mut tx, None, actor, scope, entry, outcome, Some(reason)).await?;
    tx.commit().await.context("could not commit the audit record")?;
    Ok(())
}

async fn insert(
    conn: &mut PgConnection,
    id: Option<Uuid>,
    actor: &Actor,
    scope: Scope,
    entry: &AuditEntry,
    outcome: Outcome,
    reason: Option<&str>,
) -> Result<()> {
    let mut details = entry.details.clone();
    // Who --operator named, when the connection is someone else's (the database keeps
    // a stranger's claim there too): a refusal records who was claimed.
    if let (Some(operator), Some(claimed)) = (&actor.operator, &actor.claimed_email)
        && !operator.email.eq_ignore_ascii_case(claimed)
    {
        details.insert("claimed_operator".to_string(), Value::String(claimed.clone()));
    }
    if let Some(grant) = actor.grant {
        details.insert("break_glass_grant".to_string(), Value::String(grant.to_string()));
    }
    crate::db::statement::query(
        "INSERT INTO audit_logs (id, operator_id, operator_email, os_user, host, tool_version, \
             organization_id, action, entity_type, entity_id, outcome, reason, changes, details, chain_key) \
         VALUES (coalesce($14, gen_random_uuid()), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10::audit_outcome, $11, \
                 $12, $13, $15)",
    )
    .bind(actor.operator_id())
    .bind(actor.operator.as_ref().map(|o| o.email.as_str()).or(actor.claimed_email.as_deref()))
    .bind(&actor.os_user)
    .bind(&actor.host)
    .bind(env!("CARGO_PKG_VERSION"))
    .bind(scope.organization_id())
    .bind(entry.action.as_str())
    .bind(&entry.entity_type)
    .bind(&entry.entity_id)
    .bind(outcome.as_sql())
    .bind(reason)
    .bind(Value::Object(entry.changes.clone()))
    .bind(Value::Object(details))
    .bind(id)
    // The chain (the clinic's, else the platform's all-zero key; the trigger sets the
    // same) as a value: Citus routes the row, and counts it, by its distribution column.
    .bind(scope.organization_id().map_or(Uuid::nil(), |clinic| clinic.0))
    .execute(conn)
    .await
    .map_err(crate::store::errors::explain)
    .context("could not write the audit record")?;
    Ok(())
}

/// A read that streams data out of the database (an export). Its audit entry commits
/// before the first row is written, so a reader that stops early, a killed process or a
/// crash still leaves the read on the record; the rows are then read in a transaction
/// of their own, which commits with a second entry giving the outcome: how many rows
/// were written and whether the export completed or was interrupted (and why). An
/// export killed outright has its first entry and no outcome: interrupted, as far as
/// the record can tell.
pub(crate) struct Outflow {
    tx: CommandTx,
    pool: PgPool,
    entry: AuditEntry,
    started: Uuid,
}

impl Outflow {
    /// Commits `entry` (with `phase: started`) and opens the transaction the rows are
    /// read in. From here on a reader closing the pipe makes writes fail (instead of
    /// ending the process), so that the outcome can be recorded.
    pub(crate) async fn begin(pool: &PgPool, actor: &Actor, scope: Scope, entry: AuditEntry) -> Result<Self> {
        let first = CommandTx::begin(pool, actor, scope).await?;
        let started = first.audit_id();
        first.finish(entry.clone().detail("phase", "started")).await?;
        // SAFETY: only the disposition changes (to ignore), no handler runs; the write
        // that would have raised SIGPIPE returns EPIPE instead.
        unsafe {
            let _ = nix::sys::signal::signal(nix::sys::signal::Signal::SIGPIPE, nix::sys::signal::SigHandler::SigIgn);
        }
        let tx = CommandTx::begin(pool, actor, scope).await?;
        Ok(Self { tx, pool: pool.clone(), entry, started })
    }

    /// The transaction the rows are read in, for the lookups that come before them.
    pub(crate) fn tx(&mut self) -> &mut CommandTx {
        &mut self.tx
    }

    /// Records the outcome of streaming `rows` rows and returns whether the export
    /// completed. A reader that closed the pipe (`| head`) is an interruption, recorded,
    /// and not an error of the command; any other failure is recorded and returned.
    pub(crate) async fn finish(self, rows: u64, streamed: Result<()>) -> Result<bool> {
        let (phase, reason) = match &streamed {
            Ok(()) => ("completed", None),
            Err(error) if is_closed_pipe(error) => ("interrupted", Some("the reader closed the output".to_string())),
            Err(error) => ("interrupted", Some(format!("{error:#}"))),
        };
        let mut entry = self
            .entry
            .clone()
            .detail("phase", phase)
            .detail("count", rows)
            .detail("started_audit_id", self.started.to_string());
        if let Some(reason) = &reason {
            entry = entry.detail("interruption", reason.clone());
        }
        let (actor, scope) = (self.tx.actor.clone(), self.tx.scope);
        if let Err(recording) = self.tx.finish(entry.clone()).await {
            // The reading transaction is gone (the server stopped, say): one more try
            // in a transaction of its own.
            let outcome = if streamed.is_ok() { Outcome::Success } else { Outcome::Failed };
            let reason = reason.unwrap_or_else(|| format!("{recording:#}"));
            if let Err(again) = record_refusal(&self.pool, &actor, scope, &entry, outcome, &reason).await {
                let error = streamed.err().unwrap_or(recording);
                return Err(unrecorded(error, &again));
            }
        }
        match streamed {
            Ok(()) => Ok(true),
            Err(error) if is_closed_pipe(&error) => Ok(false),
            Err(error) => Err(error),
        }
    }
}

/// Whether writing failed because the reader went away.
pub(crate) fn is_closed_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        if let Some(io) = cause.downcast_ref::<std::io::Error>() {
            return io.kind() == std::io::ErrorKind::BrokenPipe;
        }
        if let Some(json) = cause.downcast_ref::<serde_json::Error>() {
            return json.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe);
        }
        matches!(cause.downcast_ref::<csv::Error>().map(csv::Error::kind),
                 Some(csv::ErrorKind::Io(io)) if io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
