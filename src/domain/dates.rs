//! Dates as clinics type them: ISO `YYYY-MM-DD` or US `M/D/YYYY` in files and on the
//! command line; on the command line also days counted from the clinic's today
//! (`today`, `tomorrow`, `yesterday`, `+7d`, `-2w`).

use chrono::{Datelike, NaiveDate};

pub(crate) fn parse_date(text: &str) -> Result<NaiveDate, String> {
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
    } else {
        iso_date(text)
    };
    let date =
        parsed.ok_or_else(|| format!("{text:?} is not a date: use YYYY-MM-DD (2017-03-14) or M/D/YYYY (3/14/2017)"))?;
    if !(FIRST_YEAR..=LAST_YEAR).contains(&date.year()) {
        return Err(format!("{date} is outside the years {FIRST_YEAR} to {LAST_YEAR} that are accepted (a typo?)"));
    }
    Ok(date)
}

/// `YYYY-MM-DD`, digits only. By hand rather than by a format string: an import reads
/// a million of them.
fn iso_date(text: &str) -> Option<NaiveDate> {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let number =
        |digits: &[u8]| digits.iter().try_fold(0u32, |n, d| d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0')));
    NaiveDate::from_ymd_opt(number(&bytes[0..4])? as i32, number(&bytes[5..7])?, number(&bytes[8..10])?)
}

/// What a date flag accepts, as its help and its errors say.
pub(crate) const DATE_FORMS: &str =
    "YYYY-MM-DD, M/D/YYYY, today, tomorrow, yesterday, or days from today such as +7d or -2w";

/// A date as an operator gives it on the command line: a calendar date, or a number of
/// days from the clinic's today (resolved on the clinic's clock, [`DateArg::on`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateArg {
    On(NaiveDate),
    FromToday(i64),
}

impl DateArg {
    /// Every date flag's parser: one language, one sentence for a bad value.
    pub(crate) fn parse(text: &str) -> Result<DateArg, String> {
        let trimmed = text.trim();
        match trimmed.to_ascii_lowercase().as_str() {
            "today" => return Ok(DateArg::FromToday(0)),
            "tomorrow" => return Ok(DateArg::FromToday(1)),
            "yesterday" => return Ok(DateArg::FromToday(-1)),
            _ => {}
        }
        if let Some(sign) = trimmed.chars().next().filter(|c| *c == '+' || *c == '-') {
            let rest = &trimmed[1..];
            let (number, unit) = match rest.char_indices().last() {
                Some((i, 'd' | 'D')) => (&rest[..i], 1),
                Some((i, 'w' | 'W')) => (&rest[..i], 7),
                _ => (rest, 0),
            };
            return match number.parse::<i64>() {
                Ok(n) if unit > 0 && n <= 36_600 => {
                    Ok(DateArg::FromToday(if sign == '-' { -n * unit } else { n * unit }))
                }
                _ => Err(format!("{trimmed:?} is not a date: use {DATE_FORMS}")),
            };
        }
        match parse_date(trimmed) {
            Ok(date) => Ok(DateArg::On(date)),
            Err(reason) if reason.contains("outside the years") => Err(reason),
            Err(_) => Err(format!("{trimmed:?} is not a date: use {DATE_FORMS}")),
        }
    }

    /// The calendar date, counting from `today` (the clinic's).
    pub(crate) fn on(self, today: NaiveDate) -> NaiveDate {
        match self {
            DateArg::On(date) => date,
            DateArg::FromToday(days) => today + chrono::Duration::days(days),
        }
    }
}

/// The years a date may fall in: births, coverage, authorizations and appointments.
pub(crate) const FIRST_YEAR: i32 = 1900;
pub(crate) const LAST_YEAR: i32 = 2100;

/// A point in time as `--since`/`--until` take it: a date in the date language of every
/// flag (the start of that day), or an exact RFC 3339 time.
#[derive(Debug, Clone, Copy)]
pub enum TimeArg {
    Day(DateArg),
    At(chrono::DateTime<chrono::Utc>),
}

impl TimeArg {
    pub(crate) fn parse(value: &str) -> Result<TimeArg, String> {
        if let Ok(at) = chrono::DateTime::parse_from_rfc3339(value.trim()) {
            return Ok(TimeArg::At(at.with_timezone(&chrono::Utc)));
        }
        DateArg::parse(value)
            .map(TimeArg::Day)
            .map_err(|reason| format!("{reason}, or an RFC 3339 time (2026-11-01T09:00:00Z)"))
    }

    /// The instant: a day starts at midnight on `zone`'s clock (UTC's without one),
    /// relative days counting from `today`.
    pub(crate) fn instant(self, today: NaiveDate, zone: Option<chrono_tz::Tz>) -> chrono::DateTime<chrono::Utc> {
        let day = match self {
            TimeArg::At(at) => return at,
            TimeArg::Day(day) => day.on(today),
        };
        let midnight = day.and_hms_opt(0, 0, 0).unwrap_or_default();
        match zone {
            Some(zone) => crate::domain::clock::instant(zone, midnight.into()).unwrap_or_else(|_| midnight.and_utc()),
            None => midnight.and_utc(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_and_us_dates_only() {
        let march = NaiveDate::from_ymd_opt(2017, 3, 14);
        assert_eq!(parse_date("2017-03-14").ok(), march);
        assert_eq!(parse_date("3/14/2017").ok(), march);
        assert_eq!(parse_date(" 03/14/2017 ").ok(), march);
        for not_iso in
            ["2017-3-14 ", "2017-03-1x", "+017-03-14", "2017/03-14", "2017-02-30", "2017-13-01", "２017-03-14"]
        {
            assert!(parse_date(not_iso).is_err(), "{not_iso}");
        }
        assert!(parse_date("0001-01-01").unwrap_err().contains("outside the years 1900 to 2100"));
        assert!(parse_date("9999-12-31").is_err());
        for bad in ["14/3/2017", "2017/03/14", "3/14/17", "14.03.2017", "2017-3-14", "2017-02-30", "March 14, 2017", ""]
        {
            assert!(parse_date(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn the_command_lines_dates_count_days_from_the_clinics_today() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap_or_default();
        let on = |text: &str| DateArg::parse(text).map(|d| d.on(today).to_string());
        assert_eq!(on("tomorrow"), Ok("2026-12-01".to_string()));
        assert_eq!(on(" Today "), Ok("2026-11-30".to_string()));
        assert_eq!(on("+7d"), Ok("2026-12-07".to_string()));
        assert_eq!(on("-2w"), Ok("2026-11-16".to_string()));
        assert_eq!(on("11/1/2026"), Ok("2026-11-01".to_string()));
        assert_eq!(on("2026-11-01"), Ok("2026-11-01".to_string()));
        for bad in ["soon", "-5", "+d", "7d", "+1y", "2026-13-01"] {
            let reason = DateArg::parse(bad).expect_err(bad);
            assert!(reason.contains("is not a date: use YYYY-MM-DD, M/D/YYYY, today"), "{bad}: {reason}");
        }
        assert!(DateArg::parse("1800-01-01").expect_err("old").contains("outside the years"));
    }
}
