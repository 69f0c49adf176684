//! Pure rules of the ABA domain: no I/O, no database.

pub mod organization;
pub mod practitioner;
pub mod service_code;
pub mod user;
