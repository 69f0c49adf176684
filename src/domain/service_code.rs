//! Service codes (CPT / Category III), practitioner credentials and the catalogue the
//! platform ships with.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A practitioner credential, from the most to the least qualified.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Credential {
    #[serde(rename = "BCBA-D")]
    BcbaD,
    #[serde(rename = "BCBA")]
    Bcba,
    #[serde(rename = "BCaBA")]
    Bcaba,
    #[serde(rename = "RBT")]
    Rbt,
}

impl Credential {
    pub(crate) const ALL: [Credential; 4] = [Credential::BcbaD, Credential::Bcba, Credential::Bcaba, Credential::Rbt];

    /// The spelling used by the certification board and the database enum.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Credential::BcbaD => "BCBA-D",
            Credential::Bcba => "BCBA",
            Credential::Bcaba => "BCaBA",
            Credential::Rbt => "RBT",
        }
    }
}

impl fmt::Display for Credential {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Credential {
    type Err = String;

    /// Case-insensitive: operators type `rbt` as often as `RBT`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.trim();
        Credential::ALL
            .into_iter()
            .find(|c| c.as_str().eq_ignore_ascii_case(wanted))
            .ok_or_else(|| format!("unknown credential {wanted:?}: expected one of BCBA-D, BCBA, BCaBA, RBT"))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ServiceCategory {
    Assessment,
    Treatment,
    Supervision,
    FamilyGuidance,
}

impl ServiceCategory {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            ServiceCategory::Assessment => "ASSESSMENT",
            ServiceCategory::Treatment => "TREATMENT",
            ServiceCategory::Supervision => "SUPERVISION",
            ServiceCategory::FamilyGuidance => "FAMILY_GUIDANCE",
        }
    }
}

impl FromStr for ServiceCategory {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_uppercase().replace(['-', ' '], "_").as_str() {
            "ASSESSMENT" => Ok(ServiceCategory::Assessment),
            "TREATMENT" => Ok(ServiceCategory::Treatment),
            "SUPERVISION" => Ok(ServiceCategory::Supervision),
            "FAMILY_GUIDANCE" => Ok(ServiceCategory::FamilyGuidance),
            _ => Err(format!("unknown category {s:?}: expected ASSESSMENT, TREATMENT, SUPERVISION or FAMILY_GUIDANCE")),
        }
    }
}

/// One service code's definition, as the catalogue or a clinic override states it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ServiceCodeSpec {
    pub code: String,
    pub description: String,
    pub category: ServiceCategory,
    pub minutes_per_unit: i32,
    /// Any one of these may render the code.
    pub required_credentials: Vec<Credential>,
    pub max_units_per_day: Option<i32>,
}

/// CPT codes are five digits; Category III codes four digits and a letter (0362T).
pub(crate) fn validate_code(code: &str) -> Result<(), String> {
    let bytes = code.as_bytes();
    let well_formed = bytes.len() == 5
        && bytes[..4].iter().all(u8::is_ascii_digit)
        && (bytes[4].is_ascii_digit() || bytes[4].is_ascii_uppercase());
    if well_formed {
        Ok(())
    } else {
        Err(format!("{code:?} is not a service code: expected five digits (97153) or four digits and a letter (0373T)"))
    }
}

/// The catalogue shipped with omnictl (`seeds/service_codes.csv`, embedded).
pub(crate) const CATALOGUE_CSV: &str = include_str!("../../seeds/service_codes.csv");

#[derive(Debug, Deserialize)]
struct CatalogueRow {
    code: String,
    description: String,
    category: String,
    minutes_per_unit: i32,
    required_credentials: String,
    max_units_per_day: Option<i32>,
}

/// Parses a catalogue in the `seeds/service_codes.csv` format; errors name the line.
pub(crate) fn parse_catalogue(csv_text: &str) -> Result<Vec<ServiceCodeSpec>, String> {
    let mut reader = csv::ReaderBuilder::new().trim(csv::Trim::All).from_reader(csv_text.as_bytes());
    let mut specs: Vec<ServiceCodeSpec> = Vec::new();
    for (index, record) in reader.deserialize::<CatalogueRow>().enumerate() {
        let line = index + 2;
        let row = record.map_err(|e| format!("line {line}: {e}"))?;
        validate_code(&row.code).map_err(|e| format!("line {line}, column code: {e}"))?;
        if specs.iter().any(|s| s.code == row.code) {
            return Err(format!("line {line}, column code: {} appears twice", row.code));
        }
        let category = row.category.parse().map_err(|e| format!("line {line}, column category: {e}"))?;
        let required_credentials = row
            .required_credentials
            .split('|')
            .map(str::parse)
            .collect::<Result<Vec<Credential>, _>>()
            .map_err(|e| format!("line {line}, column required_credentials: {e}"))?;
        if row.minutes_per_unit <= 0 {
            return Err(format!("line {line}, column minutes_per_unit: must be positive"));
        }
        specs.push(ServiceCodeSpec {
            code: row.code,
            description: row.description,
            category,
            minutes_per_unit: row.minutes_per_unit,
            required_credentials,
            max_units_per_day: row.max_units_per_day,
        });
    }
    Ok(specs)
}

/// The embedded catalogue.
pub fn catalogue() -> Result<Vec<ServiceCodeSpec>, String> {
    parse_catalogue(CATALOGUE_CSV).map_err(|e| format!("seeds/service_codes.csv: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec<'a>(specs: &'a [ServiceCodeSpec], code: &str) -> &'a ServiceCodeSpec {
        specs.iter().find(|s| s.code == code).unwrap_or_else(|| panic!("{code} missing"))
    }

    #[test]
    fn catalogue_holds_the_ten_aba_codes_of_the_domain_primer() {
        let specs = parse_catalogue(CATALOGUE_CSV).expect("catalogue parses");
        let mut codes: Vec<&str> = specs.iter().map(|s| s.code.as_str()).collect();
        codes.sort_unstable();
        assert_eq!(codes, ["0362T", "0373T", "97151", "97152", "97153", "97154", "97155", "97156", "97157", "97158"]);
        let daily: Vec<(&str, Option<i32>)> =
            ["97151", "97152", "97153", "97154", "97155", "97156", "97157", "97158", "0362T", "0373T"]
                .iter()
                .map(|c| (*c, spec(&specs, c).max_units_per_day))
                .collect();
        assert_eq!(
            daily,
            [
                ("97151", Some(8)),
                ("97152", Some(16)),
                ("97153", Some(32)),
                ("97154", Some(18)),
                ("97155", Some(24)),
                ("97156", Some(16)),
                ("97157", Some(16)),
                ("97158", Some(16)),
                ("0362T", Some(16)),
                ("0373T", Some(32)),
            ]
        );
        assert!(specs.iter().all(|s| s.minutes_per_unit == 15));
    }

    #[test]
    fn qhp_codes_exclude_technicians_and_97158_is_not_an_rbt_code() {
        let specs = catalogue().expect("catalogue parses");
        for code in ["97151", "97155", "97156", "97157", "97158"] {
            assert_eq!(spec(&specs, code).required_credentials, [Credential::Bcba, Credential::BcbaD], "{code}");
        }
        for code in ["97152", "97153", "97154", "0362T", "0373T"] {
            assert!(spec(&specs, code).required_credentials.contains(&Credential::Rbt), "{code}");
        }
        assert_eq!(spec(&specs, "97156").category, ServiceCategory::FamilyGuidance);
        assert_eq!(spec(&specs, "0362T").category, ServiceCategory::Assessment);
    }

    #[test]
    fn credentials_parse_case_insensitively_and_reject_unknown_ones() {
        assert_eq!("bcba-d".parse::<Credential>(), Ok(Credential::BcbaD));
        assert_eq!(" BCaBA ".parse::<Credential>(), Ok(Credential::Bcaba));
        assert!("BCBA-X".parse::<Credential>().unwrap_err().contains("expected one of"));
    }

    #[test]
    fn malformed_catalogues_are_reported_by_line_and_column() {
        let bad = "code,description,category,minutes_per_unit,required_credentials,max_units_per_day\n\
                   97153,x,TREATMENT,15,RBT,32\n\
                   97154,y,TREATMENT,15,RBT|QHP,18\n";
        let error = parse_catalogue(bad).unwrap_err();
        assert!(error.starts_with("line 3, column required_credentials"), "{error}");

        let duplicate = "code,description,category,minutes_per_unit,required_credentials,max_units_per_day\n\
                         97153,x,TREATMENT,15,RBT,32\n97153,x,TREATMENT,15,RBT,32\n";
        assert!(parse_catalogue(duplicate).unwrap_err().contains("appears twice"));
        assert!(validate_code("9715").is_err());
        assert!(validate_code("0373t").is_err());
        assert!(validate_code("0373T").is_ok());
    }
}
