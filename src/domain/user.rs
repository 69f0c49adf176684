//! Operators' roles and what each may do.

use serde::Serialize;

sql_enum!(
    /// A clinic user's role. Super admins have none: theirs is the platform.
    UserRole in "user_role" {
        /// Manages the clinic: its users, practitioners, patients, insurance,
        /// authorizations, and reads its audit trail.
        Admin => "ADMIN" as "admin",
        /// Works in the clinic: reads patients, schedules, runs sessions.
        Staff => "STAFF" as "staff",
    }
);

/// The role an operator acts with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Role {
    SuperAdmin,
    Clinic(UserRole),
}

impl std::fmt::Display for Role {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Role::SuperAdmin => f.write_str("super admin"),
            Role::Clinic(role) => write!(f, "{role}"),
        }
    }
}

/// Emails are matched case-insensitively and stored trimmed.
pub fn validate_email(email: &str) -> Result<(), String> {
    let trimmed = email.trim();
    let (local, domain) = trimmed.split_once('@').unwrap_or(("", ""));
    if local.is_empty() || domain.is_empty() || domain.contains('@') || trimmed.contains(char::is_whitespace) {
        return Err(format!("{email:?} is not an email address"));
    }
    Ok(())
}

/// The shortest password a login may have. Length is what makes a password strong
/// (NIST SP 800-63B); no composition rules.
pub const MIN_PASSWORD: usize = 12;

/// A password a login may have: at least [`MIN_PASSWORD`] characters, no NUL (which
/// PostgreSQL cannot hold).
/// The longest password read (bytes): a pass phrase fits; a file piped by mistake does not
/// fill memory.
pub const MAX_PASSWORD_BYTES: usize = 1024;

pub fn validate_password(password: &str) -> Result<(), String> {
    if password.chars().count() < MIN_PASSWORD {
        return Err(format!("the password is too short: use at least {MIN_PASSWORD} characters"));
    }
    if password.len() > MAX_PASSWORD_BYTES {
        return Err(format!("the password is longer than {MAX_PASSWORD_BYTES} bytes: use a shorter one"));
    }
    if password.contains('\0') {
        return Err("the password cannot contain a NUL character".to_string());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_long_enough_and_bounded() {
        assert!(validate_password(&"x".repeat(MAX_PASSWORD_BYTES)).is_ok());
        assert!(validate_password(&"x".repeat(MAX_PASSWORD_BYTES + 1)).expect_err("too long").contains("longer than"));
        assert!(validate_password("short").is_err());
    }

    #[test]
    fn emails_need_one_at_and_no_spaces() {
        assert!(validate_email("ana@clinic.org").is_ok());
        for bad in ["ana", "@clinic.org", "ana@", "a b@c.org", "a@b@c"] {
            assert!(validate_email(bad).is_err(), "{bad}");
        }
    }
}
