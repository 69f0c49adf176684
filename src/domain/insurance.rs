//! Insurance policy fields: what a valid policy is, whatever it came from.

use chrono::NaiveDate;

use super::dates::parse_date;
use super::patient::{FieldError, MAX_FIELD_LENGTH, field_error, optional};

sql_enum!(
    /// The patient's relationship to the policy's subscriber.
    Relationship in "subscriber_relationship" {
        SelfInsured => "SELF" as "self",
        Spouse => "SPOUSE" as "spouse",
        Child => "CHILD" as "child",
        Other => "OTHER" as "other",
    }
);
sql_enum!(
    /// Which payer a claim goes to first.
    Priority in "insurance_priority" {
        Primary => "PRIMARY" as "primary" | "1",
        Secondary => "SECONDARY" as "secondary" | "2",
        Tertiary => "TERTIARY" as "tertiary" | "3",
    }
);

impl Relationship {
    pub(crate) fn parse(value: &str) -> Result<Self, String> {
        Self::from_word(value)
            .ok_or_else(|| format!("{value:?} is not a relationship: use self, spouse, child or other"))
    }
}

impl Priority {
    pub(crate) fn parse(value: &str) -> Result<Self, String> {
        Self::from_word(value).ok_or_else(|| format!("{value:?} is not a priority: use primary, secondary or tertiary"))
    }
}

/// A policy's fields after validation (trimmed; empty optional fields are None). The
/// patient is named by MRN; the store resolves it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InsuranceFields {
    pub medical_record_number: String,
    pub payer_name: String,
    pub payer_id: Option<String>,
    pub member_number: String,
    pub group_number: Option<String>,
    pub plan_name: Option<String>,
    pub relationship: Relationship,
    pub coverage_start: NaiveDate,
    pub coverage_end: Option<NaiveDate>,
    pub priority: Priority,
}

/// The raw text of a policy, as typed or read from a file.
#[derive(Debug, Clone, Default)]
pub(crate) struct InsuranceText<'a> {
    pub medical_record_number: Option<&'a str>,
    pub payer_name: Option<&'a str>,
    pub payer_id: Option<&'a str>,
    pub member_number: Option<&'a str>,
    pub group_number: Option<&'a str>,
    pub plan_name: Option<&'a str>,
    pub relationship: Option<&'a str>,
    pub coverage_start: Option<&'a str>,
    pub coverage_end: Option<&'a str>,
    pub priority: Option<&'a str>,
}

/// Validates every field, returning all problems rather than the first. A missing
/// relationship is `self`, a missing priority `primary`.
pub(crate) fn validate_insurance(text: &InsuranceText<'_>) -> Result<InsuranceFields, Vec<FieldError>> {
    let mut errors = Vec::new();
    let mut required = |column: &'static str, value: Option<&str>| match optional(value) {
        Some(value) => value,
        None => {
            errors.push(field_error(column, "is required"));
            String::new()
        }
    };
    let medical_record_number = required("medical_record_number", text.medical_record_number);
    let payer_name = required("payer_name", text.payer_name);
    let member_number = required("member_number", text.member_number);
    let start_text = required("coverage_start", text.coverage_start);
    let mut date = |column: &'static str, value: &str| match parse_date(value) {
        Ok(date) => Some(date),
        Err(reason) => {
            errors.push(field_error(column, reason));
            None
        }
    };
    let coverage_start = if start_text.is_empty() { None } else { date("coverage_start", &start_text) };
    let coverage_end = optional(text.coverage_end).and_then(|end| date("coverage_end", &end));
    if let (Some(start), Some(end)) = (coverage_start, coverage_end)
        && end < start
    {
        errors.push(field_error("coverage_end", format!("{end} is before the coverage start {start}")));
    }
    let relationship = match optional(text.relationship) {
        None => Relationship::SelfInsured,
        Some(value) => Relationship::parse(&value).unwrap_or_else(|reason| {
            errors.push(field_error("subscriber_relationship", reason));
            Relationship::SelfInsured
        }),
    };
    let priority = match optional(text.priority) {
        None => Priority::Primary,
        Some(value) => Priority::parse(&value).unwrap_or_else(|reason| {
            errors.push(field_error("priority", reason));
            Priority::Primary
        }),
    };
    let fields = InsuranceFields {
        medical_record_number,
        payer_name,
        payer_id: optional(text.payer_id),
        member_number,
        group_number: optional(text.group_number),
        plan_name: optional(text.plan_name),
        relationship,
        coverage_start: coverage_start.unwrap_or_default(),
        coverage_end,
        priority,
    };
    let lengths: [(&'static str, Option<&String>); 6] = [
        ("medical_record_number", Some(&fields.medical_record_number)),
        ("payer_name", Some(&fields.payer_name)),
        ("payer_id", fields.payer_id.as_ref()),
        ("member_number", Some(&fields.member_number)),
        ("group_number", fields.group_number.as_ref()),
        ("plan_name", fields.plan_name.as_ref()),
    ];
    for (column, value) in lengths {
        if value.is_some_and(|v| v.chars().count() > MAX_FIELD_LENGTH) {
            errors.push(field_error(column, format!("is longer than {MAX_FIELD_LENGTH} characters")));
        }
        // An escape sequence stored here would reach whoever lists it; line breaks and
        // tabs are text (an address may span lines).
        if value.is_some_and(|v| crate::domain::text::first_control(v, &['\n', '\t']).is_some()) {
            errors.push(field_error(column, "contains a control character: remove it".to_string()));
        }
    }
    if errors.is_empty() { Ok(fields) } else { Err(errors) }
}

/// Whether a policy covers today or later: an ended policy is kept, inactive.
pub(crate) fn is_active(coverage_end: Option<NaiveDate>, today: NaiveDate) -> bool {
    coverage_end.is_none_or(|end| end >= today)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy() -> InsuranceText<'static> {
        InsuranceText {
            medical_record_number: Some(" MRN-1 "),
            payer_name: Some("Blue Cross"),
            member_number: Some("XJH123456789"),
            coverage_start: Some("1/1/2026"),
            ..Default::default()
        }
    }

    #[test]
    fn defaults_are_self_and_primary_and_text_is_trimmed() {
        let valid = validate_insurance(&policy()).expect("valid");
        assert_eq!(valid.medical_record_number, "MRN-1");
        assert_eq!(valid.relationship, Relationship::SelfInsured);
        assert_eq!(valid.priority, Priority::Primary);
        assert_eq!(valid.coverage_start, NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default());
    }

    #[test]
    fn every_problem_is_reported_with_its_column() {
        let bad = InsuranceText {
            member_number: Some("  "),
            coverage_end: Some("2025-12-31"),
            relationship: Some("cousin"),
            priority: Some("fourth"),
            ..policy()
        };
        let columns: Vec<&str> = validate_insurance(&bad).unwrap_err().iter().map(|e| e.column).collect();
        assert_eq!(columns, ["member_number", "coverage_end", "subscriber_relationship", "priority"]);
        let undated = InsuranceText { coverage_start: Some("2026-13-01"), ..policy() };
        assert_eq!(validate_insurance(&undated).unwrap_err()[0].column, "coverage_start");
    }

    #[test]
    fn relationships_and_priorities_parse_in_any_case() {
        assert_eq!(Relationship::parse("Child"), Ok(Relationship::Child));
        assert_eq!(Priority::parse("SECONDARY"), Ok(Priority::Secondary));
        assert!(Relationship::parse("cousin").is_err());
        assert!(Priority::parse("fourth").is_err());
    }

    #[test]
    fn a_policy_is_active_through_its_last_day() {
        let day = |d| NaiveDate::from_ymd_opt(2026, 11, d).unwrap_or_default();
        assert!(is_active(None, day(24)));
        assert!(is_active(Some(day(24)), day(24)));
        assert!(!is_active(Some(day(23)), day(24)));
    }
}
