//! Patient fields: what a valid patient is, whatever it came from.

use chrono::NaiveDate;

use super::dates::parse_date;

/// A patient's fields after validation (trimmed; empty optional fields are None).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PatientFields {
    pub medical_record_number: String,
    pub first_name: String,
    pub last_name: String,
    pub date_of_birth: Option<NaiveDate>,
    pub gender: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub address_line1: Option<String>,
    pub address_line2: Option<String>,
    pub city: Option<String>,
    pub state: Option<String>,
    pub postal_code: Option<String>,
    pub guardian_name: Option<String>,
    pub guardian_phone: Option<String>,
}

/// A problem with one field, named by its column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub column: &'static str,
    pub reason: String,
}

pub(crate) fn field_error(column: &'static str, reason: impl Into<String>) -> FieldError {
    FieldError { column, reason: reason.into() }
}

/// Empty after trimming is absent.
pub(crate) fn optional(value: Option<&str>) -> Option<String> {
    value.map(str::trim).filter(|v| !v.is_empty()).map(str::to_string)
}

pub(crate) fn required(column: &'static str, value: Option<&str>) -> Result<String, FieldError> {
    optional(value).ok_or_else(|| field_error(column, "is required"))
}

pub(crate) const GENDERS: [&str; 5] = ["female", "male", "nonbinary", "other", "unknown"];

/// `F`, `female`, `Female` → `female`; anything unlisted is an error.
pub(crate) fn normalize_gender(value: &str) -> Result<String, String> {
    let lower = value.trim().to_ascii_lowercase();
    let normal = match lower.as_str() {
        "f" => "female",
        "m" => "male",
        "x" | "non-binary" => "nonbinary",
        "u" => "unknown",
        other => other,
    };
    if GENDERS.contains(&normal) {
        Ok(normal.to_string())
    } else {
        Err(format!("{value:?} is not a gender: use one of {}", GENDERS.join(", ")))
    }
}

pub(crate) const MAX_FIELD_LENGTH: usize = 200;

/// The latest possible date of birth: today anywhere on Earth.
pub(crate) fn latest_birth_date() -> NaiveDate {
    (chrono::Utc::now() + chrono::Duration::hours(14)).date_naive()
}

/// Validates every field, returning all problems rather than the first.
pub(crate) fn validate_patient(
    mut fields: PatientFields,
    dob_text: Option<&str>,
    today: NaiveDate,
) -> Result<PatientFields, Vec<FieldError>> {
    let mut errors = Vec::new();
    match optional(dob_text) {
        None => errors.push(field_error("date_of_birth", "is required")),
        Some(text) => match parse_date(&text) {
            Ok(date) if date > today => errors.push(field_error("date_of_birth", format!("{date} is in the future"))),
            Ok(date) if date.year_ce().1 < 1900 => {
                errors.push(field_error("date_of_birth", format!("{date} is before 1900")))
            }
            Ok(date) => fields.date_of_birth = Some(date),
            Err(reason) => errors.push(field_error("date_of_birth", reason)),
        },
    }
    if let Some(gender) = &fields.gender {
        match normalize_gender(gender) {
            Ok(normal) => fields.gender = Some(normal),
            Err(reason) => errors.push(field_error("gender", reason)),
        }
    }
    if let Some(email) = &fields.email
        && let Err(reason) = super::user::validate_email(email)
    {
        errors.push(field_error("email", reason));
    }
    let lengths: [(&'static str, Option<&String>); 13] = [
        ("medical_record_number", Some(&fields.medical_record_number)),
        ("first_name", Some(&fields.first_name)),
        ("last_name", Some(&fields.last_name)),
        ("email", fields.email.as_ref()),
        ("phone", fields.phone.as_ref()),
        ("address_line1", fields.address_line1.as_ref()),
        ("address_line2", fields.address_line2.as_ref()),
        ("city", fields.city.as_ref()),
        ("state", fields.state.as_ref()),
        ("postal_code", fields.postal_code.as_ref()),
        ("guardian_name", fields.guardian_name.as_ref()),
        ("guardian_phone", fields.guardian_phone.as_ref()),
        ("gender", fields.gender.as_ref()),
    ];
    for (column, value) in lengths {
        errors.extend(value.into_iter().flat_map(|v| text_problems(v)).map(|reason| field_error(column, reason)));
    }
    if errors.is_empty() { Ok(fields) } else { Err(errors) }
}

/// What is wrong with a patient's text field as text: too long, or a control character.
fn text_problems(value: &str) -> Vec<String> {
    let mut problems = Vec::new();
    // A value's bytes are at least its characters: most are counted without decoding.
    if value.len() > MAX_FIELD_LENGTH && value.chars().count() > MAX_FIELD_LENGTH {
        problems.push(format!("is longer than {MAX_FIELD_LENGTH} characters"));
    }
    // An escape sequence stored here would reach whoever lists it; line breaks and tabs
    // are text (an address may span lines).
    if crate::domain::text::first_control(value, &['\n', '\t']).is_some() {
        problems.push("contains a control character: remove it".to_string());
    }
    problems
}

/// Whether an MRN is one a patient could have (its line may be wrong elsewhere).
pub(crate) fn valid_mrn(mrn: &str) -> bool {
    text_problems(mrn).is_empty()
}

use chrono::Datelike;

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default()
    }

    fn ava() -> PatientFields {
        PatientFields {
            medical_record_number: "MRN-1".into(),
            first_name: "Ava".into(),
            last_name: "Martinez".into(),
            gender: Some("F".into()),
            ..Default::default()
        }
    }

    #[test]
    fn valid_patients_are_normalised() {
        let valid = validate_patient(ava(), Some("3/14/2017"), today()).expect("valid");
        assert_eq!(valid.gender.as_deref(), Some("female"));
        assert_eq!(valid.date_of_birth, NaiveDate::from_ymd_opt(2017, 3, 14));
    }

    #[test]
    fn every_problem_is_reported_with_its_column() {
        let bad = PatientFields { gender: Some("robot".into()), email: Some("not-an-email".into()), ..ava() };
        let errors = validate_patient(bad, Some("2030-01-01"), today()).unwrap_err();
        let columns: Vec<&str> = errors.iter().map(|e| e.column).collect();
        assert_eq!(columns, ["date_of_birth", "gender", "email"]);
        assert!(validate_patient(ava(), None, today()).unwrap_err()[0].reason.contains("required"));
        assert!(validate_patient(ava(), Some("14/03/2017"), today()).is_err());
    }
}
