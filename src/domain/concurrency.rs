//! Which services may run at the same time for one patient, and whether the patient must
//! be there: one table, as payers define it (CPT's ABA code guidance, CMS NCCI). The
//! database holds the same table (`service_concurrency`, seeded by the migration
//! 20261204000003) and refuses by it whatever the client; a unit test keeps the two equal.
//!
//! For one patient, two live appointments that overlap are refused unless the patient is
//! absent from one of them (caregiver guidance without the patient occupies the
//! practitioner, not the patient) or their codes are a pair below, rendered by two
//! different providers. The one pair CPT recognises is 97153 with 97155: the technician
//! treats by protocol while the QHP directs them. Two QHP services at once (97151 with
//! 97155, 97155 with 97155) are not billable together. Payers narrow this further; they
//! never widen it.

sql_enum!(
    /// Whether a code is delivered with the patient there.
    Presence in "text" {
        /// The patient receives the service (every code but caregiver guidance).
        Present => "PRESENT" as "present",
        /// Never with the patient: multiple-family group guidance (97157).
        Absent => "ABSENT" as "absent",
        /// With or without the patient, as booked: family guidance (97156).
        Either => "EITHER" as "either",
    }
);

/// One code's row: whether the patient is there, and the codes it may run beside for one
/// present patient (by another provider).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct CodeConcurrency {
    pub code: &'static str,
    pub presence: Presence,
    pub beside: &'static [&'static str],
}

/// The table. A code not listed needs the patient and runs beside nothing.
pub(crate) const TABLE: &[CodeConcurrency] = &[
    CodeConcurrency { code: "97151", presence: Presence::Present, beside: &[] },
    CodeConcurrency { code: "97152", presence: Presence::Present, beside: &[] },
    CodeConcurrency { code: "97153", presence: Presence::Present, beside: &["97155"] },
    CodeConcurrency { code: "97154", presence: Presence::Present, beside: &[] },
    CodeConcurrency { code: "97155", presence: Presence::Present, beside: &["97153"] },
    CodeConcurrency { code: "97156", presence: Presence::Either, beside: &[] },
    CodeConcurrency { code: "97157", presence: Presence::Absent, beside: &[] },
    CodeConcurrency { code: "97158", presence: Presence::Present, beside: &[] },
    CodeConcurrency { code: "0362T", presence: Presence::Present, beside: &[] },
    CodeConcurrency { code: "0373T", presence: Presence::Present, beside: &[] },
];

fn row(code: &str) -> Option<&'static CodeConcurrency> {
    TABLE.iter().find(|r| r.code.eq_ignore_ascii_case(code.trim()))
}

/// Whether the code is delivered with the patient there.
pub(crate) fn presence(code: &str) -> Presence {
    row(code).map_or(Presence::Present, |r| r.presence)
}

/// Whether an appointment of `code` is without the patient, given whether the operator
/// said so (`--patient-absent`): the code's rule decides where it has one.
pub(crate) fn patient_absent(code: &str, asked: bool) -> Result<bool, String> {
    match presence(code) {
        Presence::Absent => Ok(true),
        Presence::Either => Ok(asked),
        Presence::Present if asked => Err(format!(
            "{code} is delivered to the patient, who must be there: only caregiver guidance is given without \
             the patient (97156; 97157 always is)"
        )),
        Presence::Present => Ok(false),
    }
}

/// Whether the two codes are a pair that may run at the same time for one patient.
pub(crate) fn allowed_pair(a: &str, b: &str) -> bool {
    let listed = |x: &str, y: &str| row(x).is_some_and(|r| r.beside.iter().any(|c| c.eq_ignore_ascii_case(y.trim())));
    listed(a, b) && listed(b, a)
}

/// One side of an overlap for one patient: its code, whether the patient is absent, and
/// who renders it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Service<'a, P: PartialEq> {
    pub code: &'a str,
    pub patient_absent: bool,
    pub provider: P,
}

/// Whether two services of one patient that overlap in time may both stand: the patient
/// is absent from one, or the codes are an allowed pair rendered by two providers.
pub(crate) fn may_overlap<P: PartialEq>(a: &Service<'_, P>, b: &Service<'_, P>) -> bool {
    a.patient_absent || b.patient_absent || (a.provider != b.provider && allowed_pair(a.code, b.code))
}

/// Why `code` may not run beside `other` for one present patient, as a clause.
pub(crate) fn why_not(code: &str, other: &str) -> String {
    format!(
        "{code} runs beside {} for one patient, not {other} (CPT recognises one concurrent pair, 97153 with 97155, by \
         two providers)",
        beside(code)
    )
}

/// The codes `code` may run beside, for sentences ("nothing" when none).
pub(crate) fn beside(code: &str) -> String {
    match row(code).map(|r| r.beside).unwrap_or_default() {
        [] => "nothing".to_string(),
        codes => codes.join(", "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_97153_with_97155_runs_together_and_only_by_two_providers() {
        let s = |code, provider| Service { code, patient_absent: false, provider };
        assert!(may_overlap(&s("97153", 1), &s("97155", 2)));
        assert!(may_overlap(&s("97155", 2), &s("97153", 1)));
        assert!(!may_overlap(&s("97153", 1), &s("97155", 1)), "one provider cannot render both at once");
        assert!(!may_overlap(&s("97151", 1), &s("97155", 2)), "two QHP services at once");
        assert!(!may_overlap(&s("97155", 1), &s("97155", 2)));
        assert!(!may_overlap(&s("97154", 1), &s("97155", 2)), "not in CPT guidance");
        assert!(!may_overlap(&s("97153", 1), &s("97156", 2)), "97156 with the patient present");
        let absent = Service { code: "97156", patient_absent: true, provider: 2 };
        assert!(may_overlap(&s("97153", 1), &absent));
    }

    #[test]
    fn the_patient_is_absent_by_the_codes_rule_or_as_booked_where_it_allows() {
        assert_eq!(patient_absent("97157", false), Ok(true));
        assert_eq!(patient_absent("97156", true), Ok(true));
        assert_eq!(patient_absent("97156", false), Ok(false));
        assert!(patient_absent("97153", true).unwrap_err().contains("must be there"));
        assert_eq!(patient_absent("99999", false), Ok(false), "an unknown code needs the patient");
    }

    #[test]
    fn pairs_are_listed_both_ways() {
        for r in TABLE {
            for other in r.beside {
                assert!(allowed_pair(r.code, other), "{} lists {other} but not the other way", r.code);
            }
        }
    }

    /// The table the migration seeds is this one, row for row.
    #[test]
    fn the_database_seeds_the_same_table() {
        let sql = include_str!("../../migrations/20261204000003_concurrency_overrides_and_place.sql");
        let start = sql.find("INSERT INTO service_concurrency").expect("the seed");
        let values = &sql[start..sql[start..].find(';').map(|end| start + end).expect("end of the seed")];
        let mut seeded = Vec::new();
        for line in values.lines().map(str::trim).filter(|l| l.starts_with("('")) {
            // ('97153', 'PRESENT', '{97155}'),
            let parts: Vec<&str> = line
                .trim_start_matches('(')
                .trim_end_matches([',', ')'])
                .split(", ")
                .map(|p| p.trim_matches('\''))
                .collect();
            let [code, presence, beside] = parts.as_slice() else { panic!("unreadable seed line {line}") };
            let beside: Vec<String> =
                beside.trim_matches(['{', '}']).split(',').filter(|c| !c.is_empty()).map(str::to_string).collect();
            seeded.push((code.to_string(), presence.to_string(), beside));
        }
        let ours: Vec<(String, String, Vec<String>)> = TABLE
            .iter()
            .map(|r| {
                (r.code.to_string(), r.presence.as_sql().to_string(), r.beside.iter().map(|c| c.to_string()).collect())
            })
            .collect();
        assert_eq!(seeded, ours);
    }
}
