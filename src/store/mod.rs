//! SQL access, one module per aggregate. Functions take a connection already inside a
//! command's transaction (tenant context set) and never print.

pub mod operators;
pub mod service_codes;
