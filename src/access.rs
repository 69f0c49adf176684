//! Who is acting, and whether they may: resolving `--operator` to a user and refusing
//! (with an audit record of the refusal) when they may not act.

use anyhow::{Result, bail};
use sqlx::PgPool;

use crate::audit::{self, Actor, AuditEntry, OperatorRef, Outcome};
use crate::db::context::{self, Scope};
use crate::store;

/// Resolves the operator of a platform-scope action. With no operator given, the action
/// is the tool's own on behalf of the OS user (quickstart); a named operator must be an
/// active super admin.
pub async fn platform_actor(
    pool: &PgPool,
    operator_email: Option<&str>,
    entry: &AuditEntry,
) -> Result<Actor> {
    let actor = Actor::from_environment();
    let Some(email) = operator_email else {
        return Ok(actor);
    };
    let mut tx = context::begin(pool, None, Scope::Anonymous).await?;
    let found = store::operators::find_by_email(&mut tx, email).await?;
    tx.rollback().await?;
    let refusal = match &found {
        None => Some(format!(
            "no user has the email {email}; check --operator / OMNICTL_OPERATOR"
        )),
        Some(user) if !user.is_active => Some(format!("the user {} is deactivated", user.email)),
        Some(user) if !user.is_super_admin => Some(format!(
            "{} is not a super admin, and `{}` acts on the whole platform",
            user.email,
            entry.action()
        )),
        Some(_) => None,
    };
    match (found, refusal) {
        (Some(user), None) => Ok(actor.with_operator(OperatorRef {
            id: user.id,
            email: user.email,
        })),
        (_, Some(reason)) => {
            let actor = actor.with_claimed_email(email);
            audit::record_refusal(
                pool,
                &actor,
                Scope::Anonymous,
                entry,
                Outcome::Denied,
                &reason,
            )
            .await?;
            bail!("refused: {reason}")
        }
        (None, None) => bail!("no user has the email {email}"),
    }
}
