//! Pure rules of the ABA domain: no I/O, no database.

pub mod clock;
pub mod dates;
pub mod insurance;
pub mod organization;
pub mod patient;
pub mod practitioner;
pub mod scheduling;
pub mod service_code;
pub mod session;
pub mod text;
pub mod user;
