//! Organizations (clinics) and the settings rules depend on.

sql_enum!(
    /// What kind of practice an organization is.
    OrgType in "organization_type" {
        Clinic => "CLINIC" as "clinic",
        Hospital => "HOSPITAL" as "hospital",
        PrivatePractice => "PRIVATE_PRACTICE" as "private-practice",
    }
);
sql_enum!(
    /// Whether an organization may work: users of SUSPENDED and INACTIVE ones are refused.
    OrgStatus in "organization_status" {
        Active => "ACTIVE" as "active",
        Inactive => "INACTIVE" as "inactive",
        Suspended => "SUSPENDED" as "suspended",
        Trial => "TRIAL" as "trial",
    }
);
sql_enum!(
    SubscriptionTier in "subscription_tier" {
        Trial => "TRIAL" as "trial",
        Basic => "BASIC" as "basic",
        Professional => "PROFESSIONAL" as "professional",
        Enterprise => "ENTERPRISE" as "enterprise",
    }
);
sql_enum!(
    /// How delivered minutes become billable units.
    UnitsRule in "units_rule" {
        /// CPT midpoint rule, per code: a unit once 8 of its 15 minutes are delivered.
        Midpoint => "midpoint" as "midpoint",
        /// Medicare: the day's timed minutes pooled, 8–22 → 1 unit, 23–37 → 2, …
        Cms8Minute => "cms_8_minute" as "cms_8_minute" | "cms-8-minute",
    }
);

impl OrgStatus {
    /// Whether the organization's users may act at all.
    pub(crate) fn may_operate(self) -> bool {
        matches!(self, OrgStatus::Active | OrgStatus::Trial)
    }
}

/// Slugs are lowercase words of letters and digits joined by single hyphens, at most 63
/// characters (the database checks the same).
pub(crate) fn validate_slug(slug: &str) -> Result<(), String> {
    let well_formed = !slug.is_empty()
        && slug.len() <= 63
        && slug
            .split('-')
            .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()));
    if well_formed {
        Ok(())
    } else {
        Err(format!(
            "{slug:?} is not a valid slug: use lowercase letters and digits joined by single hyphens, \
             at most 63 characters (e.g. sunrise-aba)"
        ))
    }
}

/// A slug suggested from a clinic's name: "Sunrise ABA Therapy, LLC" → sunrise-aba-therapy-llc.
pub(crate) fn suggest_slug(name: &str) -> String {
    let mut slug = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            slug.push(c);
        } else if c.is_alphanumeric() {
            // A letter with no ASCII spelling is left out rather than made a break.
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let mut slug: String = slug.trim_end_matches('-').chars().take(63).collect();
    while slug.ends_with('-') {
        slug.pop();
    }
    slug
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slug_is_suggested_from_the_name() {
        assert_eq!(suggest_slug("Sunrise ABA Therapy, LLC"), "sunrise-aba-therapy-llc");
        assert_eq!(suggest_slug("  Kids & Co. #2 "), "kids-co-2");
        assert_eq!(suggest_slug("Zürich ABA"), "zrich-aba");
        assert!(validate_slug(&suggest_slug(&"Long Name ".repeat(20))).is_ok());
    }

    #[test]
    fn slugs_are_lowercase_hyphenated_words() {
        for good in ["sunrise-aba", "a", "clinic-2", "x1-y2-z3"] {
            assert!(validate_slug(good).is_ok(), "{good}");
        }
        for bad in ["", "Sunrise", "sunrise--aba", "-aba", "aba-", "sun rise", "süd", &"a".repeat(64)] {
            assert!(validate_slug(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn only_active_and_trial_organizations_operate() {
        assert!(OrgStatus::Active.may_operate() && OrgStatus::Trial.may_operate());
        assert!(!OrgStatus::Suspended.may_operate() && !OrgStatus::Inactive.may_operate());
        assert_eq!(OrgStatus::from_word("SUSPENDED"), Some(OrgStatus::Suspended));
        assert_eq!(UnitsRule::from_word("cms-8-minute"), Some(UnitsRule::Cms8Minute));
        assert_eq!(UnitsRule::from_word("cms"), None, "an unknown word is no value, never a default");
    }
}
