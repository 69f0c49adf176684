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
pub(crate) mod staging;
pub(crate) mod supervision;
pub(crate) mod users;

/// The `SET` list of an update that assigns only the fields given: each `column = $n`
/// whose field is present, joined (None: nothing to change). Every parameter is still
/// bound; one not named is sent with its type and unused. A fixed list of
/// `coalesce($n::type, column)` would be simpler, and Citus refuses it on a reference
/// table (no non-immutable function, a cast included, inside COALESCE).
pub(crate) fn assignments(fields: &[(&str, bool)]) -> Option<String> {
    let set: Vec<&str> = fields.iter().filter(|(_, given)| *given).map(|(assignment, _)| *assignment).collect();
    (!set.is_empty()).then(|| set.join(", "))
}
