//! Organizations (clinics) and the settings rules depend on.

/// Values are the database enum labels; the command line takes them in lowercase.
macro_rules! sql_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $sql:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, serde::Serialize)]
        pub enum $name { $($(#[$vmeta])* #[serde(rename = $sql)] $variant),+ }

        impl $name {
            pub fn as_sql(self) -> &'static str {
                match self { $($name::$variant => $sql),+ }
            }

            pub fn from_sql(value: &str) -> Option<Self> {
                match value { $($sql => Some($name::$variant),)+ _ => None }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_sql())
            }
        }
    };
}
pub(crate) use sql_enum;

sql_enum!(
    /// What kind of practice an organization is.
    OrgType { Clinic => "CLINIC", Hospital => "HOSPITAL", PrivatePractice => "PRIVATE_PRACTICE" }
);
sql_enum!(
    /// Whether an organization may work: users of SUSPENDED and INACTIVE ones are refused.
    OrgStatus { Active => "ACTIVE", Inactive => "INACTIVE", Suspended => "SUSPENDED", Trial => "TRIAL" }
);
sql_enum!(
    SubscriptionTier { Trial => "TRIAL", Basic => "BASIC", Professional => "PROFESSIONAL", Enterprise => "ENTERPRISE" }
);
sql_enum!(
    /// How delivered minutes become billable units.
    UnitsRule {
        /// CPT midpoint rule, per code: a unit once 8 of its 15 minutes are delivered.
        Midpoint => "midpoint",
        /// Medicare: the day's timed minutes pooled, 8–22 → 1 unit, 23–37 → 2, …
        #[value(name = "cms_8_minute", alias = "cms-8-minute")]
        Cms8Minute => "cms_8_minute",
    }
);

impl OrgStatus {
    /// Whether the organization's users may act at all.
    pub fn may_operate(self) -> bool {
        matches!(self, OrgStatus::Active | OrgStatus::Trial)
    }
}

/// Slugs are lowercase words of letters and digits joined by single hyphens, at most 63
/// characters (the database checks the same).
pub fn validate_slug(slug: &str) -> Result<(), String> {
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

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(OrgStatus::from_sql("SUSPENDED"), Some(OrgStatus::Suspended));
        assert_eq!(UnitsRule::from_sql("cms_8_minute"), Some(UnitsRule::Cms8Minute));
    }
}
