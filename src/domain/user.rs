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
pub(crate) fn validate_email(email: &str) -> Result<(), String> {
    let trimmed = email.trim();
    let (local, domain) = trimmed.split_once('@').unwrap_or(("", ""));
    if local.is_empty() || domain.is_empty() || domain.contains('@') || trimmed.contains(char::is_whitespace) {
        return Err(format!("{email:?} is not an email address"));
    }
    Ok(())
}

/// An operator's email, which names their login: an email address in ASCII only. A
/// letter from another alphabet that looks like a Latin one (Cyrillic `а` in `аna@…`), a
/// full-width or accented form, or an invisible character would make a second address
/// that reads as the first; and the database lowers ASCII exactly as Rust does, so the
/// login the tool computes is the one the database made.
pub(crate) fn validate_operator_email(email: &str) -> Result<(), String> {
    validate_email(email)?;
    let trimmed = email.trim();
    if let Some(c) = trimmed.chars().find(|c| !c.is_ascii() || c.is_ascii_control()) {
        return Err(format!(
            "the email {:?} has the character {:?} (U+{:04X}), which is not plain ASCII: an operator's address is \
             written in ASCII letters, digits and punctuation (an internationalized domain in its xn-- form), so \
             that no look-alike address can stand for another",
            crate::domain::text::bounded(trimmed, 254),
            c,
            u32::from(c)
        ));
    }
    Ok(())
}

/// An operator's email as it is stored and compared: NFKC-normalised (a full-width or
/// ligature form becomes its plain letters: `ａｎａ@ｃｌｉｎｉｃ.ｏｒｇ` is `ana@clinic.org`),
/// trimmed, then held to [`validate_operator_email`] (ASCII only, so that what is left
/// of another alphabet — a Cyrillic `а`, which NFKC keeps — is refused, and case folds the
/// same way in Rust and SQL).
pub(crate) fn normalize_operator_email(email: &str) -> Result<String, String> {
    use unicode_normalization::UnicodeNormalization;
    let normalized: String = email.nfkc().collect::<String>().trim().to_string();
    validate_operator_email(&normalized)?;
    Ok(normalized)
}

/// A pooler login's name (`db pooler-login --login`): lower-case letters, digits and _,
/// at most 63, neither a PostgreSQL role's (pg_…) nor an operator's (omnictl_u_…).
pub(crate) fn validate_pooler_login(login: &str) -> Result<(), String> {
    let fits = !login.is_empty()
        && login.len() <= 63
        && login.starts_with(|c: char| c.is_ascii_lowercase() || c == '_')
        && login.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && !login.starts_with("pg_")
        && !login.starts_with("omnictl_u_");
    if fits {
        return Ok(());
    }
    Err("a pooler login's name is lower-case letters, digits and _ (at most 63), not pg_… nor an operator's \
         omnictl_u_…"
        .to_string())
}

/// The shortest password a login may have. Length is what makes a password strong
/// (NIST SP 800-63B); no composition rules.
pub(crate) const MIN_PASSWORD: usize = 12;

/// The longest password read (bytes): a pass phrase fits; a file piped by mistake does not
/// fill memory.
pub(crate) const MAX_PASSWORD_BYTES: usize = 1024;

/// A password a login may have: at least [`MIN_PASSWORD`] characters, no NUL (which
/// PostgreSQL cannot hold).
pub(crate) fn validate_password(password: &str) -> Result<(), String> {
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
    fn operator_emails_are_nfkc_normalised_then_plain_ascii() {
        assert_eq!(normalize_operator_email(" \u{ff41}na@\u{ff43}linic.org ").as_deref(), Ok("ana@clinic.org"));
        assert_eq!(normalize_operator_email("\u{fb01}n@clinic.org").as_deref(), Ok("fin@clinic.org"));
        assert!(normalize_operator_email("\u{430}na@clinic.org").expect_err("Cyrillic").contains("not plain ASCII"));
    }

    #[test]
    fn operator_emails_are_plain_ascii() {
        assert!(validate_operator_email("Ana.Lee+1@clinic.org").is_ok());
        for look_alike in
            ["\u{430}na@clinic.org", "ana@cl\u{131}nic.org", "\u{ff41}na@clinic.org", "ana\u{200b}@clinic.org"]
        {
            let refused = validate_operator_email(look_alike).expect_err(look_alike);
            assert!(refused.contains("not plain ASCII"), "{refused}");
        }
    }

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
