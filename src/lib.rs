//! omnictl: the administration tool of the Omnirapeutic ABA practice-management
//! platform. Layers: `cli` (argument types) → `commands` (parse, authorize, run one
//! operation, print) → `ops` (every rule of an action and its one audit entry) → `store`
//! (SQL) → `db` (connections, local cluster, migrations, tenant context); `domain` holds
//! the pure rules and types beside them. `access` identifies and authorizes the operator
//! inside the command's transaction; `audit` is the only way a command commits; `error`
//! gives every failure its kind and exit code.

pub mod access;
pub mod audit;
pub mod cli;
pub mod commands;
pub(crate) mod config;
pub mod db;
pub mod demo;
pub mod domain;
pub mod error;
pub(crate) mod import;
#[cfg(test)]
mod layering;
pub mod ops;
pub(crate) mod output;
pub mod store;
pub(crate) mod trace;
pub(crate) mod ui;

pub use commands::run;
