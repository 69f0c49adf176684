//! Domain values as clap values: the command line's words for states and rules (the
//! domain types themselves know nothing of clap). Each takes the value's word, its
//! aliases, and — hidden — its database label.

use clap::ValueEnum;
use clap::builder::PossibleValue;

use crate::domain::insurance::{Priority, Relationship};
use crate::domain::organization::{OrgStatus, OrgType, SubscriptionTier, UnitsRule};
use crate::domain::scheduling::{AppointmentStatus, AuthStatus, PlaceOfService};
use crate::domain::session::{EventType, SessionStatus};
use crate::domain::user::UserRole;
use crate::import::{Format, Mode};

macro_rules! value_enum {
    ($($name:ty),+ $(,)?) => {$(
        impl ValueEnum for $name {
            fn value_variants<'a>() -> &'a [Self] {
                Self::ALL
            }

            fn to_possible_value(&self) -> Option<PossibleValue> {
                Some(PossibleValue::new(self.word()).aliases(self.aliases().iter().copied()))
            }
        }
    )+};
}

value_enum!(
    AuthStatus,
    AppointmentStatus,
    OrgType,
    OrgStatus,
    SubscriptionTier,
    UnitsRule,
    UserRole,
    Relationship,
    Priority,
    EventType,
    SessionStatus,
    PlaceOfService,
);

/// An import's mode: insert or upsert.
impl ValueEnum for Mode {
    fn value_variants<'a>() -> &'a [Self] {
        &[Mode::Insert, Mode::Upsert]
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(match self {
            Mode::Insert => PossibleValue::new("insert").help("refuse rows whose key exists"),
            Mode::Upsert => PossibleValue::new("upsert").help("update rows whose key exists"),
        })
    }
}

/// An import file's format.
impl ValueEnum for Format {
    fn value_variants<'a>() -> &'a [Self] {
        &[Format::Csv, Format::Jsonl]
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(match self {
            Format::Csv => PossibleValue::new("csv"),
            Format::Jsonl => PossibleValue::new("jsonl").alias("ndjson"),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_aliases_parse_and_unknown_words_do_not() {
        assert_eq!(UnitsRule::from_str("cms-8-minute", true), Ok(UnitsRule::Cms8Minute));
        assert_eq!(AppointmentStatus::from_str("no-show", false), Ok(AppointmentStatus::NoShow));
        assert_eq!(Relationship::from_str("self", false), Ok(Relationship::SelfInsured));
        assert!(AuthStatus::from_str("open", true).is_err());
    }
}
