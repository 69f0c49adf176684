//! Why an organization's data refuses an imported line: the set-wise checks of the
//! imports (store/*_import.rs) name these. SQL never spells them itself: each statement
//! takes the labels it emits as parameters bound from [`Problem::as_sql`], so a label can
//! only be one of these, and reading one that is not is an internal error (a decode
//! failure), never a refusal guessed by a catch-all.

/// One reason the organization's data refuses a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// The line's MRN names no patient of the organization.
    NoPatient,
    /// The line's MRN names an archived patient.
    ArchivedPatient,
    /// The line's service code is not one there is.
    NoCode,
    /// The line names a policy the patient does not have.
    NoPolicy,
    /// The line's key is taken (insert mode).
    Exists,
    /// The line's active primary policy would sit beside another one.
    PrimaryTaken,
}

impl Problem {
    pub(crate) const ALL: &'static [Problem] = &[
        Problem::NoPatient,
        Problem::ArchivedPatient,
        Problem::NoCode,
        Problem::NoPolicy,
        Problem::Exists,
        Problem::PrimaryTaken,
    ];

    /// The label the statements emit (bound as a parameter).
    pub(crate) fn as_sql(self) -> &'static str {
        match self {
            Problem::NoPatient => "no_patient",
            Problem::ArchivedPatient => "archived_patient",
            Problem::NoCode => "no_code",
            Problem::NoPolicy => "no_policy",
            Problem::Exists => "exists",
            Problem::PrimaryTaken => "primary_taken",
        }
    }
}

impl TryFrom<String> for Problem {
    type Error = String;

    fn try_from(label: String) -> Result<Self, Self::Error> {
        Problem::ALL
            .iter()
            .copied()
            .find(|problem| problem.as_sql() == label)
            .ok_or_else(|| format!("an import check reported the unknown problem {label:?}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_label_reads_back_as_its_problem_and_no_other_label_reads() {
        for problem in Problem::ALL {
            assert_eq!(Problem::try_from(problem.as_sql().to_string()), Ok(*problem));
        }
        assert!(Problem::try_from("already_exists".to_string()).is_err());
    }
}
