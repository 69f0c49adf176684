//! omnictl: the administration tool of the Omnirapeutic ABA practice-management
//! platform. Layers: `cli` (argument types) → `commands` (what each command does) →
//! `domain` (pure rules) and `store` (SQL) → `db` (connections, local cluster,
//! migrations, tenant context). `audit` is the only way a command commits; `scheduling`
//! applies the booking rules that commands and benchmarks share, `session_lifecycle` runs
//! a session from start to signed note.

pub mod access;
pub mod audit;
pub mod cli;
pub mod commands;
pub mod db;
pub mod demo;
pub mod domain;
pub mod error;
pub mod import;
pub mod ops;
pub mod output;
pub mod store;
pub mod ui;

pub use cli::Cli;
pub use commands::run;
