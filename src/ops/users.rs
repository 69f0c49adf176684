//! The people who operate omnictl: the first super admin (bootstrap), then users created
//! by a super admin (any organization, other super admins) or by a clinic's ADMIN (their
//! own clinic).

use super::Action;
use crate::access::{Need, Session};
use anyhow::Result;

use super::{AuditEntry, CommandTx, Done, Operation};
use crate::domain::ids::{Key, OrganizationId, UserId};
use crate::domain::user::{Role, UserRole, normalize_operator_email};
use crate::error::{self, Error};
use crate::store::users::{self, NewUser, User, UserChanges};

const BOOTSTRAP: Action = Action::UserBootstrap;
const CREATE: Action = Action::UserCreate;
const LIST: Action = Action::UserList;
const SHOW: Action = Action::UserShow;
const UPDATE: Action = Action::UserUpdate;
const DEACTIVATE: Action = Action::UserDeactivate;
const ACTIVATE: Action = Action::UserActivate;
const SET_PASSWORD: Action = Action::UserSetPassword;
const WHOAMI: Action = Action::UserWhoami;

/// Users are managed by a super admin or a clinic's ADMIN (theirs); every operator sees
/// themselves and sets their own password.
const MANAGERS: Need = Need::PlatformOrClinic { staff: false };
const ANYONE: Need = Need::PlatformOrClinic { staff: true };

/// `user create`: a super admin (only a super admin makes one), or a user of the
/// operator's clinic in `role` (made by its ADMIN).
pub struct Create {
    pub email: String,
    pub name: String,
    pub super_admin: bool,
    pub role: UserRole,
}

impl Operation for Create {
    type Output = User;

    fn action(&self) -> Action {
        CREATE
    }

    fn need(&self) -> Need {
        if self.super_admin { Need::Platform } else { Need::Clinic { staff: false } }
    }

    async fn apply(&mut self, tx: &mut CommandTx, session: &Session) -> Done<User> {
        let clinic = if self.super_admin { None } else { Some((session.clinic()?.id, self.role)) };
        create(tx, &NewOperator { email: self.email.clone(), name: self.name.clone(), clinic }).await
    }
}

/// The record of `user list` (with the count of rows it shows): a clinic's ADMIN lists
/// their clinic's users, a super admin every user.
pub(crate) fn listing() -> super::lists::Read {
    super::lists::Read { action: LIST, need: MANAGERS, entry: AuditEntry::new(LIST).entity_type("user") }
}

/// `user show`: one user, by email or id.
pub(crate) struct Show {
    pub user: Key<UserId>,
}

impl Operation for Show {
    type Output = User;

    fn action(&self) -> Action {
        SHOW
    }

    fn need(&self) -> Need {
        MANAGERS
    }

    async fn apply(&mut self, tx: &mut CommandTx, _session: &Session) -> Done<User> {
        show(tx, &self.user).await
    }
}

/// `user update`: see [`update`].
pub struct Update {
    pub user: Key<UserId>,
    pub changes: Changes,
}

impl Operation for Update {
    type Output = User;

    fn action(&self) -> Action {
        UPDATE
    }

    fn need(&self) -> Need {
        MANAGERS
    }

    async fn apply(&mut self, tx: &mut CommandTx, session: &Session) -> Done<User> {
        update(tx, session.role, &self.user, &self.changes).await
    }
}

/// `user deactivate`: see [`deactivate`].
pub struct Deactivate {
    pub user: Key<UserId>,
    pub reason: Option<String>,
}

impl Operation for Deactivate {
    type Output = User;

    fn action(&self) -> Action {
        DEACTIVATE
    }

    fn need(&self) -> Need {
        MANAGERS
    }

    async fn apply(&mut self, tx: &mut CommandTx, session: &Session) -> Done<User> {
        deactivate(tx, session.role, &self.user, self.reason.as_deref()).await
    }
}

/// `user activate`: see [`activate`].
pub(crate) struct Activate {
    pub user: Key<UserId>,
}

impl Operation for Activate {
    type Output = User;

    fn action(&self) -> Action {
        ACTIVATE
    }

    fn need(&self) -> Need {
        MANAGERS
    }

    async fn apply(&mut self, tx: &mut CommandTx, session: &Session) -> Done<User> {
        activate(tx, session.role, &self.user).await
    }
}

/// `user set-password`: see [`set_password`]; gives the user and their login.
pub(crate) struct SetPassword {
    pub user: Option<Key<UserId>>,
    pub verifier: String,
}

impl Operation for SetPassword {
    type Output = (User, String);

    fn action(&self) -> Action {
        SET_PASSWORD
    }

    fn need(&self) -> Need {
        ANYONE
    }

    async fn apply(&mut self, tx: &mut CommandTx, _session: &Session) -> Done<(User, String)> {
        set_password(tx, self.user.as_ref(), &self.verifier).await
    }
}

/// `whoami`: the operator the database authenticated, as a user record, with the role
/// and the clinic they act as.
pub(crate) struct Whoami;

/// What `whoami` finds.
pub(crate) struct Me {
    pub user: User,
    pub role: Role,
    /// The slug of the clinic the operator acts in.
    pub organization: Option<String>,
}

impl Operation for Whoami {
    type Output = Me;

    fn action(&self) -> Action {
        WHOAMI
    }

    fn need(&self) -> Need {
        ANYONE
    }

    async fn apply(&mut self, tx: &mut CommandTx, session: &Session) -> Done<Me> {
        let (user, entry) = whoami(tx).await?;
        let organization = session.organization.as_ref().map(|o| o.slug.clone());
        Ok((Me { user, role: session.role, organization }, entry))
    }
}

/// A new user: a super admin when `role` is None. The name is a valid single line.
#[derive(Debug, Clone)]
pub(crate) struct NewOperator {
    pub email: String,
    pub name: String,
    /// The clinic and the role in it; None for a super admin.
    pub clinic: Option<(OrganizationId, UserRole)>,
}

/// The first super admin, once: refused (DENIED) when one exists. Concurrent bootstraps
/// take turns on a lock, so exactly one succeeds.
///
/// With a `verifier` (see [`set_password`]) the new login gets its password in the same
/// transaction: the schema's owner, who runs this, may set it this once.
/// `user bootstrap`: the platform's first super admin, made by the schema's owner
/// before any operator exists (the one who runs it is recorded by the email given).
pub struct Bootstrap {
    pub email: String,
    pub name: String,
    pub verifier: Option<String>,
}

impl Operation for Bootstrap {
    type Output = User;

    fn action(&self) -> Action {
        BOOTSTRAP
    }

    fn need(&self) -> Need {
        Need::Platform
    }

    async fn apply(&mut self, tx: &mut CommandTx, _session: &Session) -> Done<User> {
        bootstrap(tx, &self.email, &self.name, self.verifier.as_deref()).await
    }
}

pub(crate) async fn bootstrap(tx: &mut CommandTx, email: &str, name: &str, verifier: Option<&str>) -> Done<User> {
    let email = &normalize_operator_email(email).map_err(error::refused)?;
    users::lock_bootstrap(tx.conn()).await?;
    if users::super_admin_exists(tx.conn()).await? {
        return Err(Error::denied("a super admin already exists; bootstrap runs once")
            .remedy(error::Remedy::AskSuperAdmin)
            .into());
    }
    let new = NewUser { email, name, organization_id: None, role: None };
    let user = users::create(tx.conn(), &new)
        .await
        .map_err(|e| e.context(format!("could not create the super admin {email}")))?;
    let mut entry = AuditEntry::new(BOOTSTRAP).entity("user", user.id).created("email", &user.email).changed(
        "is_super_admin",
        false,
        true,
    );
    if let Some(verifier) = verifier {
        users::set_login_password(tx.conn(), user.id, verifier).await?;
        entry = entry.changed_phi("password");
    }
    Ok((user, entry))
}

pub(crate) async fn create(tx: &mut CommandTx, new: &NewOperator) -> Done<User> {
    let email = normalize_operator_email(&new.email).map_err(error::refused)?;
    let row = NewUser {
        email: &email,
        name: &new.name,
        organization_id: new.clinic.map(|(id, _)| id),
        role: new.clinic.map(|(_, role)| role),
    };
    let user = users::create(tx.conn(), &row)
        .await
        .map_err(|e| e.context(format!("could not create the user {}", new.email)))?;
    let entry = AuditEntry::new(CREATE)
        .entity("user", user.id)
        .created("email", &user.email)
        .created("role", user.role.map_or("super admin", UserRole::as_sql));
    Ok((user, entry))
}

/// Users of one organization (None: every user the scope may see).
async fn show(tx: &mut CommandTx, key: &Key<UserId>) -> Done<User> {
    let user = find(tx, key).await?;
    let entry = AuditEntry::new(SHOW).entity("user", user.id);
    Ok((user, entry))
}

/// Changes of `user update`; None keeps a field. The name is a valid single line.
#[derive(Debug, Clone, Default)]
pub struct Changes {
    pub email: Option<String>,
    pub name: Option<String>,
    pub role: Option<UserRole>,
}

async fn update(tx: &mut CommandTx, acting: Role, key: &Key<UserId>, changes: &Changes) -> Done<User> {
    let email = changes.email.as_deref().map(normalize_operator_email).transpose().map_err(error::refused)?;
    let before = manageable(tx, acting, key).await?;
    if before.is_super_admin && changes.role.is_some() {
        return Err(error::refused("a super admin has no clinic role to change"));
    }
    let row =
        UserChanges { email: email.as_deref(), name: changes.name.as_deref(), role: changes.role, is_active: None };
    let after = users::update(tx.conn(), before.id, &row).await?;
    let entry = AuditEntry::new(UPDATE)
        .entity("user", after.id)
        .diff("email", &before.email, &after.email)
        .diff("name", &before.name, &after.name)
        .diff("role", &before.role, &after.role);
    Ok((after, entry))
}

/// Deactivates a user (never oneself: another administrator must).
async fn deactivate(tx: &mut CommandTx, acting: Role, key: &Key<UserId>, reason: Option<&str>) -> Done<User> {
    let before = manageable(tx, acting, key).await?;
    if Some(before.id) == tx.operator_id() {
        return Err(Error::denied("you cannot deactivate yourself; ask another administrator").into());
    }
    let row = UserChanges { is_active: Some(false), ..Default::default() };
    let after = users::update(tx.conn(), before.id, &row).await?;
    let entry =
        AuditEntry::new(DEACTIVATE).entity("user", after.id).diff("is_active", &before.is_active, &after.is_active);
    let entry = match reason {
        Some(reason) => entry.detail("reason", reason),
        None => entry,
    };
    Ok((after, entry))
}

/// The operator the database authenticated, as a user record.
async fn whoami(tx: &mut CommandTx) -> Done<User> {
    let me = tx.operator_id().ok_or_else(|| error::refused("no operator is connected"))?;
    let user = find(tx, &Key::id(me)).await?;
    let entry = AuditEntry::new(WHOAMI).entity("user", user.id);
    Ok((user, entry))
}

/// Reactivates a deactivated user: their login may connect again.
async fn activate(tx: &mut CommandTx, acting: Role, key: &Key<UserId>) -> Done<User> {
    let before = manageable(tx, acting, key).await?;
    let row = UserChanges { is_active: Some(true), ..Default::default() };
    let after = users::update(tx.conn(), before.id, &row).await?;
    let entry =
        AuditEntry::new(ACTIVATE).entity("user", after.id).diff("is_active", &before.is_active, &after.is_active);
    Ok((after, entry))
}

/// Sets the password of a user's login (the operator's own when `key` is None) from a
/// SCRAM-SHA-256 verifier computed by the client: the password never reaches the
/// server. The database decides who may (the user, an ADMIN of their clinic, a super
/// admin); the entry records that it changed, never anything of it.
async fn set_password(tx: &mut CommandTx, key: Option<&Key<UserId>>, verifier: &str) -> Done<(User, String)> {
    let user = match key {
        Some(key) => find(tx, key).await?,
        None => {
            let me = tx.operator_id().ok_or_else(|| error::refused("no operator to set the password of"))?;
            find(tx, &Key::id(me)).await?
        }
    };
    let login = users::set_login_password(tx.conn(), user.id, verifier).await?;
    let entry = AuditEntry::new(SET_PASSWORD).entity("user", user.id).changed_phi("password");
    Ok(((user, login), entry))
}

/// Users outside the operator's scope are invisible: "not found" is all they learn.
async fn find(tx: &mut CommandTx, key: &Key<UserId>) -> Result<User> {
    users::find(tx.conn(), key).await?.ok_or_else(|| error::not_found(format!("no user {key} (or not one you manage)")))
}

/// A user the acting operator may change: only a super admin changes a super admin.
async fn manageable(tx: &mut CommandTx, acting: Role, key: &Key<UserId>) -> Result<User> {
    let user = find(tx, key).await?;
    if user.is_super_admin && acting != Role::SuperAdmin {
        return Err(Error::denied(format!("{} is a super admin; only super admins manage them", user.email)).into());
    }
    Ok(user)
}
