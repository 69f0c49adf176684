//! Billed as delivered, without a database: care is billed per date of service (a
//! calendar date in the clinic's zone, so a session across midnight is two lines), a
//! group code only for a group present at delivery, and a member left alone under a
//! group code becomes its individual code.

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;

use super::organization::UnitsRule;
use super::scheduling::{MAX_GROUP, units_for_minutes};

/// The part of a session delivered on one date of service.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DateLine {
    pub date: NaiveDate,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    /// Elapsed minutes of this line; the lines' minutes add up to the session's.
    pub minutes: i64,
}

/// The first instant of `date` in `zone` (midnight, or the first hour that exists on a
/// day whose midnight the clocks skip).
pub(crate) fn start_of_day(zone: Tz, date: NaiveDate) -> DateTime<Utc> {
    (0..24)
        .filter_map(|hour| date.and_hms_opt(hour, 0, 0))
        .find_map(|local| zone.from_local_datetime(&local).earliest())
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(|| date.and_time(chrono::NaiveTime::MIN).and_utc())
}

/// Splits the span [start, end) at each midnight of the clinic's zone: one line per
/// local date it touches. Minutes are counted from the start and cut at each boundary,
/// so the lines' minutes add up to the elapsed minutes of the whole span.
pub(crate) fn lines_by_date(start: DateTime<Utc>, end: DateTime<Utc>, zone: Tz) -> Vec<DateLine> {
    let mut lines = Vec::new();
    let elapsed = |t: DateTime<Utc>| (t - start).num_minutes();
    let mut from = start;
    while from < end {
        let date = from.with_timezone(&zone).date_naive();
        let next = start_of_day(zone, date + Duration::days(1));
        let to = if next < end && next > from { next } else { end };
        lines.push(DateLine { date, starts_at: from, ends_at: to, minutes: elapsed(to) - elapsed(from) });
        from = to;
    }
    lines
}

/// The units of a booking (or session) of `units` over [start, end) that count against
/// each date of service it touches: on one date, all of them; across midnight, each
/// date's line by the clinic's rule, as `session complete` bills it. The database counts
/// a date the same way (`omnictl_units_on_date`, appointments_daily_max).
pub(crate) fn units_by_date(
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    zone: Tz,
    units: i64,
    minutes_per_unit: i64,
    rule: UnitsRule,
) -> Vec<(NaiveDate, i64)> {
    let lines = lines_by_date(start, end, zone);
    match lines.as_slice() {
        [one] => vec![(one.date, units)],
        _ => lines.iter().map(|l| (l.date, units_for_minutes(l.minutes, minutes_per_unit, rule))).collect(),
    }
}

/// Units to bill per line when the operator bills fewer than delivered: the first
/// lines keep theirs, the cut comes off the last ones.
pub(crate) fn cut_to(units: &[i64], billed: i64) -> Vec<i64> {
    let mut left = billed.max(0);
    units
        .iter()
        .map(|&u| {
            let take = u.min(left);
            left -= take;
            take
        })
        .collect()
}

/// The individual code a member of a group is billed under when the group falls to one
/// patient (CPT: 97154 group treatment by protocol → 97153; 97158 group protocol
/// modification → 97155; 97157 multiple-family guidance → 97156 family guidance).
pub(crate) fn individual_code_of(group_code: &str) -> Option<&'static str> {
    match group_code {
        "97154" => Some("97153"),
        "97158" => Some("97155"),
        "97157" => Some("97156"),
        _ => None,
    }
}

/// Whether `present` patients make a group a group code may be billed for (2 to 8).
pub(crate) fn is_billable_group(present: usize) -> bool {
    (2..=MAX_GROUP).contains(&present)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(zone: Tz, text: &str) -> DateTime<Utc> {
        let local = chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap_or_default();
        zone.from_local_datetime(&local).earliest().map(|t| t.with_timezone(&Utc)).unwrap_or_default()
    }

    #[test]
    fn a_session_across_midnight_is_two_lines_of_its_own_minutes() {
        let zone = chrono_tz::America::Chicago;
        let lines = lines_by_date(at(zone, "2026-11-28 22:00"), at(zone, "2026-11-29 02:00"), zone);
        let dates: Vec<String> = lines.iter().map(|l| l.date.to_string()).collect();
        assert_eq!(dates, ["2026-11-28", "2026-11-29"]);
        assert_eq!(lines.iter().map(|l| l.minutes).collect::<Vec<_>>(), [120, 120]);
        assert_eq!(lines[0].ends_at, lines[1].starts_at);
        let one = lines_by_date(at(zone, "2026-11-28 09:00"), at(zone, "2026-11-28 09:53"), zone);
        assert_eq!(one.len(), 1);
        assert_eq!(one[0].minutes, 53);
    }

    #[test]
    fn the_night_the_clocks_fall_back_counts_real_minutes_on_each_date() {
        let zone = chrono_tz::America::Chicago;
        // 2026-11-01 has 25 hours in Chicago.
        let lines = lines_by_date(at(zone, "2026-10-31 23:00"), at(zone, "2026-11-02 01:00"), zone);
        assert_eq!(lines.iter().map(|l| l.minutes).collect::<Vec<_>>(), [60, 25 * 60, 60]);
    }

    #[test]
    fn a_booking_counts_against_each_date_it_touches() {
        let zone = chrono_tz::America::Chicago;
        let night = units_by_date(
            at(zone, "2026-11-28 22:00"),
            at(zone, "2026-11-29 02:00"),
            zone,
            16,
            15,
            UnitsRule::Midpoint,
        );
        let day = |d: &str| d.parse::<NaiveDate>().unwrap_or_default();
        assert_eq!(night, [(day("2026-11-28"), 8), (day("2026-11-29"), 8)]);
        let morning = units_by_date(
            at(zone, "2026-11-29 02:00"),
            at(zone, "2026-11-29 10:00"),
            zone,
            32,
            15,
            UnitsRule::Midpoint,
        );
        assert_eq!(morning, [(day("2026-11-29"), 32)]);
    }

    #[test]
    fn billing_fewer_units_cuts_the_last_lines_first() {
        assert_eq!(cut_to(&[8, 8], 10), [8, 2]);
        assert_eq!(cut_to(&[8, 8], 20), [8, 8]);
        assert_eq!(cut_to(&[8, 8], 0), [0, 0]);
    }

    #[test]
    fn a_group_alone_becomes_its_individual_code() {
        assert_eq!(individual_code_of("97154"), Some("97153"));
        assert_eq!(individual_code_of("97157"), Some("97156"));
        assert_eq!(individual_code_of("97153"), None);
        assert!(!is_billable_group(1) && is_billable_group(2) && is_billable_group(8) && !is_billable_group(9));
    }
}
