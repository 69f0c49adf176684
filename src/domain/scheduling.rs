//! Scheduling rules that need no database: minutes to units, local times, weekly
//! recurrences, credentials for a code, authorization statuses.

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Weekday};

use super::organization::UnitsRule;

sql_enum!(
    /// Where an authorization is in its life.
    AuthStatus in "authorization_status" {
        Pending => "PENDING" as "pending",
        Active => "ACTIVE" as "active",
        Expired => "EXPIRED" as "expired",
        Exhausted => "EXHAUSTED" as "exhausted",
        Cancelled => "CANCELLED" as "cancelled",
    }
);

sql_enum!(
    /// Where an appointment is in its life.
    AppointmentStatus in "appointment_status" {
        Scheduled => "SCHEDULED" as "scheduled",
        InProgress => "IN_PROGRESS" as "in-progress" | "in_progress",
        Completed => "COMPLETED" as "completed",
        Cancelled => "CANCELLED" as "cancelled",
        NoShow => "NO_SHOW" as "no-show" | "no_show",
    }
);

sql_enum!(
    /// What moved an authorization's units, line by line in its ledger.
    UnitEventKind in "unit_event_kind" {
        Reserve => "RESERVE" as "reserve",
        Release => "RELEASE" as "release",
        Consume => "CONSUME" as "consume",
        Adjust => "ADJUST" as "adjust",
    }
);

impl AuthStatus {
    /// Whether an operator may still set it to PENDING or ACTIVE.
    pub fn is_open(self) -> bool {
        matches!(self, AuthStatus::Pending | AuthStatus::Active)
    }
}

impl AppointmentStatus {
    /// Whether the appointment still holds units of its authorization.
    pub fn holds_units(self) -> bool {
        matches!(self, AppointmentStatus::Scheduled | AppointmentStatus::InProgress)
    }
}

/// Billable units of one block of `minutes` of one code. For a single block both rules
/// give `minutes / 15`, plus one once 8 more minutes are delivered; the CMS rule differs
/// only when a day's minutes of several codes are pooled (`cms_day_units`).
pub fn units_for_minutes(minutes: i64, minutes_per_unit: i64, rule: UnitsRule) -> i64 {
    if minutes <= 0 || minutes_per_unit <= 0 {
        return 0;
    }
    let half = minutes_per_unit / 2 + 1;
    match rule {
        UnitsRule::Midpoint => minutes / minutes_per_unit + i64::from(minutes % minutes_per_unit >= half),
        UnitsRule::Cms8Minute => cms_day_units(minutes),
    }
}

/// The Medicare 8-minute rule over a day's pooled timed minutes: 8–22 → 1, 23–37 → 2, …
pub fn cms_day_units(total_minutes: i64) -> i64 {
    if total_minutes < 8 { 0 } else { (total_minutes + 7) / 15 }
}

/// `2026-12-01 09:00` (or with a `T`, or seconds) as a wall-clock time.
pub fn parse_local_datetime(text: &str) -> Result<NaiveDateTime, String> {
    let text = text.trim();
    for format in ["%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S"] {
        if let Ok(value) = NaiveDateTime::parse_from_str(text, format) {
            return Ok(value);
        }
    }
    Err(format!("{text:?} is not a date and time: write it as YYYY-MM-DD HH:MM, e.g. \"2026-12-01 09:00\""))
}

/// `10:30` as a time of day.
pub fn parse_time(text: &str) -> Result<NaiveTime, String> {
    NaiveTime::parse_from_str(text.trim(), "%H:%M")
        .map_err(|_| format!("{:?} is not a time of day: write it as HH:MM, e.g. 10:30", text.trim()))
}

/// `mon,wed,fri` as weekdays.
pub fn parse_weekdays(text: &str) -> Result<Vec<Weekday>, String> {
    let mut days = Vec::new();
    for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let day = part.parse::<Weekday>().map_err(|_| format!("{part:?} is not a weekday: use mon, tue, … sun"))?;
        if !days.contains(&day) {
            days.push(day);
        }
    }
    if days.is_empty() {
        return Err("name at least one weekday, e.g. --on mon,wed,fri".to_string());
    }
    Ok(days)
}

/// The most occurrences one recurrence may create.
pub const MAX_OCCURRENCES: usize = 366;

/// Weekly occurrences at the first start's time of day, on `days`, from the first
/// start's date: through `until` (inclusive) or `count` of them.
pub fn weekly_occurrences(
    first: NaiveDateTime,
    days: &[Weekday],
    until: Option<NaiveDate>,
    count: Option<usize>,
) -> Result<Vec<NaiveDateTime>, String> {
    if until.is_none() && count.is_none() {
        return Err("a weekly series needs --until DATE or --count N".to_string());
    }
    if let Some(until) = until
        && until < first.date()
    {
        return Err(format!("--until {until} is before the first appointment"));
    }
    let wanted = count.unwrap_or(MAX_OCCURRENCES + 1);
    let mut occurrences = Vec::new();
    let mut date = first.date();
    while occurrences.len() < wanted && until.is_none_or(|until| date <= until) {
        if days.contains(&date.weekday()) {
            if occurrences.len() == MAX_OCCURRENCES {
                return Err(format!("a series may have at most {MAX_OCCURRENCES} appointments"));
            }
            occurrences.push(date.and_time(first.time()));
        }
        date += Duration::days(1);
    }
    Ok(occurrences)
}

/// Whether a practitioner holding `held` may render a code accepting `any_of`.
pub fn credential_allows(held: &[String], any_of: &[String]) -> bool {
    held.iter().any(|h| any_of.contains(h))
}

/// "30d", "2w", "30" (days) as a number of days.
pub fn parse_days(text: &str) -> Result<i64, String> {
    let text = text.trim();
    let (number, unit) = match text.char_indices().last() {
        Some((i, 'd')) => (&text[..i], 1),
        Some((i, 'w')) => (&text[..i], 7),
        _ => (text, 1),
    };
    match number.parse::<i64>() {
        Ok(n) if n >= 0 => Ok(n * unit),
        _ => Err(format!("{text:?} is not a number of days: write e.g. 30d or 2w")),
    }
}

/// "80%" or "80" as a percentage between 0 and 100.
pub fn parse_percent(text: &str) -> Result<f64, String> {
    let trimmed = text.trim().trim_end_matches('%');
    match trimmed.parse::<f64>() {
        Ok(p) if (0.0..=100.0).contains(&p) => Ok(p),
        _ => Err(format!("{:?} is not a percentage: write e.g. 80%", text.trim())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minutes_become_units_as_the_domain_primer_says() {
        for rule in [UnitsRule::Midpoint, UnitsRule::Cms8Minute] {
            let units = |m| units_for_minutes(m, 15, rule);
            assert_eq!((units(60), units(50), units(53), units(7), units(8), units(0)), (4, 3, 4, 0, 1, 0), "{rule}");
            assert_eq!((units(22), units(23), units(37), units(38)), (1, 2, 2, 3), "{rule}");
        }
        // Pooled: 7 minutes of one code plus 7 of another.
        assert_eq!(units_for_minutes(7, 15, UnitsRule::Midpoint) * 2, 0);
        assert_eq!(cms_day_units(14), 1);
    }

    #[test]
    fn local_times_parse_or_say_how_to_write_them() {
        let t = parse_local_datetime("2026-12-01 09:00").expect("parse");
        assert_eq!(t.to_string(), "2026-12-01 09:00:00");
        assert_eq!(parse_local_datetime("2026-12-01T09:00:30").expect("parse").to_string(), "2026-12-01 09:00:30");
        assert!(parse_local_datetime("12/1/2026 9am").unwrap_err().contains("YYYY-MM-DD HH:MM"));
        assert!(parse_time("25:00").is_err());
    }

    #[test]
    fn weekly_series_follow_the_days_and_stop_where_told() {
        let first = parse_local_datetime("2026-12-01 09:00").expect("tuesday"); // a Tuesday
        let days = parse_weekdays("mon,wed,fri").expect("days");
        let by_count = weekly_occurrences(first, &days, None, Some(4)).expect("series");
        let dates: Vec<String> = by_count.iter().map(|d| d.format("%a %m-%d %H:%M").to_string()).collect();
        assert_eq!(dates, ["Wed 12-02 09:00", "Fri 12-04 09:00", "Mon 12-07 09:00", "Wed 12-09 09:00"]);
        let until = NaiveDate::from_ymd_opt(2026, 12, 7);
        assert_eq!(weekly_occurrences(first, &days, until, None).expect("series").len(), 3);
        assert!(weekly_occurrences(first, &days, None, None).is_err());
        assert!(weekly_occurrences(first, &days, NaiveDate::from_ymd_opt(2030, 1, 1), None).is_err());
        assert!(parse_weekdays("mon,funday").is_err());
    }

    #[test]
    fn report_windows_and_thresholds_parse() {
        assert_eq!((parse_days("30d"), parse_days("2w"), parse_days("7")), (Ok(30), Ok(14), Ok(7)));
        assert!(parse_days("soon").is_err());
        assert_eq!(parse_percent("80%"), Ok(80.0));
        assert!(parse_percent("120%").is_err());
    }

    #[test]
    fn a_code_accepts_any_listed_credential() {
        let held = vec!["RBT".to_string()];
        assert!(credential_allows(&held, &["RBT".to_string(), "BCBA".to_string()]));
        assert!(!credential_allows(&held, &["BCBA".to_string(), "BCBA-D".to_string()]));
    }
}
