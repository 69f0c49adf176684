//! SQL access, one module per aggregate. Functions take a connection already inside a
//! command's transaction (tenant context set) and never print. Queries on tenant tables
//! carry no organization filter: row-level security scopes them.

pub mod appointments;
pub mod audit_trail;
pub mod auth_import;
pub mod authorizations;
pub mod completions;
pub mod errors;
pub mod grants;
pub mod insurance_import;
pub mod insurances;
pub mod keys;
pub mod listing;
pub mod operators;
pub mod organizations;
pub mod patient_import;
pub mod patients;
pub mod practitioners;
pub mod server;
pub mod service_codes;
pub mod sessions;
pub mod supervision;
pub mod users;
