//! SQL access, one module per aggregate. Functions take a connection already inside a
//! command's transaction (tenant context set) and never print. Queries on tenant tables
//! carry no organization filter: row-level security scopes them.

pub(crate) mod appointments;
pub(crate) mod audit_trail;
pub(crate) mod auth_import;
pub(crate) mod authorizations;
pub mod cluster;
pub(crate) mod completions;
pub(crate) mod errors;
pub(crate) mod grants;
pub(crate) mod insurance_import;
pub(crate) mod insurances;
pub(crate) mod keys;
pub mod listing;
pub(crate) mod operators;
pub mod organizations;
pub(crate) mod patient_import;
pub mod patients;
pub mod practitioners;
pub(crate) mod server;
pub mod service_codes;
pub(crate) mod sessions;
pub(crate) mod supervision;
pub(crate) mod users;
