//! Practitioner identifiers: the NPI and state license.

/// An NPI is ten digits whose last is a Luhn check digit computed over the prefix
/// 80840 followed by the first nine digits (CMS NPI standard).
pub(crate) fn validate_npi(npi: &str) -> Result<(), String> {
    let digits: Vec<u32> = npi.chars().filter_map(|c| c.to_digit(10)).collect();
    if digits.len() != 10 || npi.len() != 10 {
        return Err(format!("NPI {npi:?} must be exactly 10 digits"));
    }
    let expected = luhn_check_digit("80840".chars().filter_map(|c| c.to_digit(10)).chain(digits[..9].iter().copied()));
    if digits[9] == expected {
        Ok(())
    } else {
        Err(format!("NPI {npi} fails its check digit (expected {expected} as the last digit); check for a typo"))
    }
}

/// The NPI whose first nine digits are `prefix` (zero-padded), with its check digit.
pub(crate) fn npi_from_prefix(prefix: u32) -> String {
    let nine = format!("{:09}", prefix % 1_000_000_000);
    let digits = "80840".chars().chain(nine.chars()).filter_map(|c| c.to_digit(10));
    format!("{nine}{}", luhn_check_digit(digits.collect::<Vec<_>>().into_iter()))
}

/// The Luhn digit that makes `payload` followed by it valid.
fn luhn_check_digit(payload: impl DoubleEndedIterator<Item = u32>) -> u32 {
    let sum: u32 = payload
        .rev()
        .enumerate()
        .map(|(i, d)| {
            if i % 2 == 0 {
                let doubled = d * 2;
                if doubled > 9 { doubled - 9 } else { doubled }
            } else {
                d
            }
        })
        .sum();
    (10 - sum % 10) % 10
}

/// US state or territory postal code, two uppercase letters.
pub(crate) fn validate_state(state: &str) -> Result<(), String> {
    if state.len() == 2 && state.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(())
    } else {
        Err(format!("{state:?} is not a state code: use two capital letters, e.g. IL"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn npis_made_from_a_prefix_pass_their_own_check() {
        assert_eq!(npi_from_prefix(123_456_789), "1234567893");
        for prefix in [0, 1, 42, 999_999_999] {
            assert_eq!(validate_npi(&npi_from_prefix(prefix)), Ok(()));
        }
    }

    #[test]
    fn accepts_npis_with_a_correct_check_digit() {
        // The CMS example NPI and two more computed by hand.
        for npi in ["1234567893", "1245319599", "1003000126"] {
            assert_eq!(validate_npi(npi), Ok(()), "{npi}");
        }
    }

    #[test]
    fn rejects_wrong_check_digits_lengths_and_letters() {
        let error = validate_npi("1234567890").unwrap_err();
        assert!(error.contains("expected 3"), "{error}");
        assert!(validate_npi("123456789").is_err());
        assert!(validate_npi("12345678931").is_err());
        assert!(validate_npi("12345678a3").is_err());
        assert!(validate_npi("１２３４５６７８９３").is_err());
    }

    #[test]
    fn states_are_two_capitals() {
        assert!(validate_state("IL").is_ok());
        assert!(validate_state("il").is_err());
        assert!(validate_state("ILL").is_err());
    }
}
