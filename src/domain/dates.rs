//! Dates as clinics type them: ISO `YYYY-MM-DD` or US `M/D/YYYY`, nothing else.

use chrono::{Datelike, NaiveDate};

pub fn parse_date(text: &str) -> Result<NaiveDate, String> {
    let text = text.trim();
    let parsed = if text.contains('/') {
        let parts: Vec<&str> = text.split('/').collect();
        match parts.as_slice() {
            [m, d, y] if y.len() == 4 && (1..=2).contains(&m.len()) && (1..=2).contains(&d.len()) => {
                match (m.parse(), d.parse(), y.parse()) {
                    (Ok(m), Ok(d), Ok(y)) => NaiveDate::from_ymd_opt(y, m, d),
                    _ => None,
                }
            }
            _ => None,
        }
    } else if text.len() == 10 {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
    } else {
        None
    };
    let date =
        parsed.ok_or_else(|| format!("{text:?} is not a date: use YYYY-MM-DD (2017-03-14) or M/D/YYYY (3/14/2017)"))?;
    if !(FIRST_YEAR..=LAST_YEAR).contains(&date.year()) {
        return Err(format!("{date} is outside the years {FIRST_YEAR} to {LAST_YEAR} that omnictl accepts (a typo?)"));
    }
    Ok(date)
}

/// The years a date may fall in: births, coverage, authorizations and appointments.
pub const FIRST_YEAR: i32 = 1900;
pub const LAST_YEAR: i32 = 2100;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_and_us_dates_only() {
        let march = NaiveDate::from_ymd_opt(2017, 3, 14);
        assert_eq!(parse_date("2017-03-14").ok(), march);
        assert_eq!(parse_date("3/14/2017").ok(), march);
        assert_eq!(parse_date(" 03/14/2017 ").ok(), march);
        assert!(parse_date("0001-01-01").unwrap_err().contains("outside the years 1900 to 2100"));
        assert!(parse_date("9999-12-31").is_err());
        for bad in ["14/3/2017", "2017/03/14", "3/14/17", "14.03.2017", "2017-3-14", "2017-02-30", "March 14, 2017", ""]
        {
            assert!(parse_date(bad).is_err(), "{bad}");
        }
    }
}
