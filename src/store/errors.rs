//! Database errors as sentences. A violated constraint names the rule that was broken
//! and what to do; callers add which record it was about.

use anyhow::anyhow;

use crate::error::{Error, Remedy};

/// The sentence for each constraint a user can run into, with what resolves it where
/// that names a command (said by the command line).
fn sentence(constraint: &str) -> Option<(&'static str, Option<Remedy>)> {
    if let Some(found) = with_remedy(constraint) {
        return Some(found);
    }
    Some((
        match constraint {
            "organizations_slug_key" => "an organization with that slug already exists; choose another slug",
            "organizations_slug_format" => "the slug must be lowercase letters and digits joined by single hyphens",
            "organizations_name_present" => "the organization needs a name",
            "users_email_key" => {
                "a user with that email already exists (emails are unique across the platform, ignoring case)"
            }
            "users_email_format" => "that is not an email address",
            "users_name_present" => "the user needs a name",
            "users_super_admin_has_no_organization" | "users_role_matches_scope" => {
                "a super admin belongs to no organization and has no clinic role; every other user has both"
            }
            "practitioners_license_key" => "another practitioner of this organization already has that license number",
            "practitioners_user_key" => "that user is already linked to another practitioner of this organization",
            "practitioners_user_fkey" => "the linked user must belong to the same organization",
            "practitioners_npi_format" => "an NPI is exactly 10 digits",
            "practitioners_has_credential" => "a practitioner needs at least one credential",
            "practitioners_license_state" => {
                "a license number needs its two-letter license state, and a state needs a number"
            }
            "patients_gender_values" => "gender must be one of female, male, nonbinary, other, unknown",
            "patients_dob_past" => "the date of birth must be after 1900 and not in the future",
            "patients_names_present" => "a patient needs a first and a last name",
            "patient_insurances_policy_key" => {
                "this patient already has a policy with that payer and member number (update it instead)"
            }
            "patient_insurances_one_active_primary" => {
                "the patient already has an active primary policy: end it first, or make this one secondary"
            }
            "patient_insurances_coverage_order" => "coverage cannot end before it starts",
            "authorizations_insurance_fkey" => {
                "authorizations refer to this policy, so it cannot be removed: end its coverage instead"
            }
            "sessions_signed_note_unchanged" => "the session note is signed and cannot change: add an addendum instead",
            "session_note_addenda_text_present" => "an addendum needs text",
            "break_glass_grants_reason_present" => "a break-glass grant needs a reason of at least 5 characters",
            "break_glass_grants_time_box" => {
                "a break-glass grant lasts more than 0 and at most 1440 minutes (24 hours)"
            }
            "authorizations_date_order" => "an authorization cannot end before it starts",
            "authorizations_total_nonnegative" => "the total of units cannot be negative",
            "appointments_patient_no_overlap" => {
                "the patient is already booked at that time (for one patient only 97155 beside 97153 runs together, and \
             caregiver guidance without the patient beside anything)"
            }
            "appointments_authorization_fkey" => "the authorization is for another patient or another code",
            "appointments_billable_units" => "a billable appointment must come to at least one unit",
            "appointments_time_order" => "an appointment must end after it starts",
            _ => return None,
        },
        None,
    ))
}

/// The sentences of constraints whose way out is another command: the sentence, then
/// the remedy.
fn with_remedy(constraint: &str) -> Option<(&'static str, Option<Remedy>)> {
    let (text, remedy) = match constraint {
        "practitioners_npi_key" => {
            ("another practitioner of this organization already has that NPI; ", Remedy::SeePractitioners)
        }
        "patients_mrn_key" => {
            ("a patient with that MRN already exists in this organization; ", Remedy::OtherMrnOrUpdate)
        }
        "authorizations_units_within_total" => {
            ("used plus scheduled units would exceed the authorization's total; ", Remedy::SeeAuthorization)
        }
        "authorizations_number_key" => {
            ("another authorization of this organization already has that number; ", Remedy::SeeAuthorizationByNumber)
        }
        "authorizations_scheduled_nonnegative" | "authorizations_used_nonnegative" => {
            ("the authorization's units cannot go below zero; nothing was changed ", Remedy::CheckAuthorizations)
        }
        "appointments_practitioner_no_overlap" => {
            ("the practitioner is already booked at that time; pick another time ", Remedy::SeeWeek)
        }
        "authorizations_counters_match_rows" => (
            "the authorization's units would no longer match its appointments and ledger, so nothing was changed; ",
            Remedy::RetryThenCheck,
        ),
        _ => return None,
    };
    Some((text, Some(remedy)))
}

/// Rules the database's own triggers check, whose message is already the sentence (it
/// names the record's values), with the hint they give.
const OWN_SENTENCE: &[&str] =
    &["appointments_patient_concurrency", "appointments_patient_presence", "appointments_daily_max"];

/// The rule a constraint's name says, as the schema names it: on a Citus worker the
/// constraint of a shard carries the shard's number (`appointments_practitioner_no_overlap_102143`).
fn rule(constraint: &str) -> &str {
    match constraint.rsplit_once('_') {
        Some((rule, shard))
            if !shard.is_empty()
                && shard.bytes().all(|b| b.is_ascii_digit())
                && (sentence(rule).is_some() || OWN_SENTENCE.contains(&rule)) =>
        {
            rule
        }
        _ => constraint,
    }
}

/// The constraint a violation's message names, for an error that came without the field:
/// Citus relays a worker's violation with its message alone.
fn named_in(message: &str) -> Option<&str> {
    let (_, rest) = message.split_once(" constraint \"")?;
    let (name, _) = rest.split_once('"')?;
    message.contains("violates").then_some(name)
}

/// Whether `error` is a violation of the schema's constraint `name`, on one server or on
/// a worker's shard (where it carries the shard's number, or comes by its message alone).
pub(crate) fn violates(error: &sqlx::Error, name: &str) -> bool {
    let sqlx::Error::Database(db) = error else {
        return false;
    };
    db.constraint().or_else(|| named_in(db.message())).is_some_and(|c| c == name || rule(c) == name)
}

/// Turns a database error into an error whose message a user can act on.
pub(crate) fn explain(error: sqlx::Error) -> anyhow::Error {
    if let sqlx::Error::Database(db) = &error {
        let constraint = db.constraint().or_else(|| named_in(db.message())).map(rule);
        if let Some((text, remedy)) = constraint.and_then(sentence) {
            let error = Error::refused(text);
            return match remedy {
                Some(remedy) => error.then(remedy).into(),
                None => error.into(),
            };
        }
        if constraint.is_some_and(|c| OWN_SENTENCE.contains(&c)) {
            let hint = db.try_downcast_ref::<sqlx::postgres::PgDatabaseError>().and_then(|pg| pg.hint());
            let error = Error::refused(db.message().to_string());
            return match hint {
                Some(hint) => error.hint(hint.to_string()).into(),
                None => error.into(),
            };
        }
        match db.code().as_deref() {
            // Raised by the audit linking trigger with its own explanation.
            Some("XX001") => return anyhow!("{}", db.message()),
            // A rule of omnictl's own functions says what and why; PostgreSQL's own
            // permission and row-level security messages name tables, not rules.
            Some("42501") | Some("42710") => {
                let message = db.message();
                if message.starts_with("permission denied") || message.contains("row-level security") {
                    return Error::denied("the database refused this for the current operator and organization").into();
                }
                let hint = db.try_downcast_ref::<sqlx::postgres::PgDatabaseError>().and_then(|pg| pg.hint());
                let error = Error::denied(message.to_string());
                return match hint {
                    Some(hint) => error.hint(hint.to_string()).into(),
                    None => error.into(),
                };
            }
            Some("23505") => return Error::refused("that record already exists").into(),
            Some("23503") => {
                return Error::refused("a record this refers to does not exist in this organization").into();
            }
            Some("55P03") => {
                return Error::conflict(
                    "another transaction has held what this command needs (its organization's audit trail, or a row \
                     it changes) for more than a few seconds",
                )
                .hint("nothing was changed; run it again, and if it persists see who holds it in pg_stat_activity")
                .into();
            }
            Some("40P01") | Some("40001") => {
                return Error::conflict("the database stopped this command to let a concurrent one finish")
                    .hint("nothing was changed; run it again")
                    .retryable()
                    .into();
            }
            _ => {}
        }
    }
    anyhow::Error::new(error)
}

#[cfg(test)]
mod tests {
    use super::{named_in, rule};

    #[test]
    fn a_shard_s_constraint_is_said_as_the_schema_s() {
        assert_eq!(rule("appointments_practitioner_no_overlap_102143"), "appointments_practitioner_no_overlap");
        assert_eq!(rule("appointments_daily_max_102010"), "appointments_daily_max");
        assert_eq!(rule("patients_mrn_key"), "patients_mrn_key");
        // A name the schema does not know keeps its number: it is no shard's.
        assert_eq!(rule("unknown_rule_12"), "unknown_rule_12");
        let relayed =
            "conflicting key value violates exclusion constraint \"appointments_practitioner_no_overlap_102152\"";
        assert_eq!(named_in(relayed), Some("appointments_practitioner_no_overlap_102152"));
        assert_eq!(named_in("permission denied for table patients"), None);
    }
}
