//! Pure rules of the ABA domain: no I/O, no database.

pub mod service_code;
