//! Wall-clock times of a clinic and the instants they name. Durations are elapsed time
//! between instants, so a booking across a daylight-saving change counts the minutes
//! that really pass; a wall-clock time the change skips is refused, and one it repeats
//! must say which of its two readings it means (an explicit UTC offset).

use chrono::{DateTime, FixedOffset, LocalResult, NaiveDateTime, Offset, TimeZone, Utc};
use chrono_tz::Tz;

/// A wall-clock time as an operator wrote it, with the UTC offset when they gave one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WallTime {
    pub local: NaiveDateTime,
    pub offset: Option<FixedOffset>,
}

impl From<NaiveDateTime> for WallTime {
    fn from(local: NaiveDateTime) -> Self {
        Self { local, offset: None }
    }
}

impl std::fmt::Display for WallTime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.local.format("%Y-%m-%d %H:%M"))?;
        match self.offset {
            Some(offset) => write!(f, "{offset}"),
            None => Ok(()),
        }
    }
}

/// `YYYY-MM-DD HH:MM`, optionally followed by a UTC offset (`-05:00`) that picks one
/// reading of a time the fall-back hour repeats.
pub(crate) fn parse_wall_time(text: &str) -> Result<WallTime, String> {
    let wall = parse_any_year(text)?;
    let year = chrono::Datelike::year(&wall.local);
    if !(super::dates::FIRST_YEAR..=super::dates::LAST_YEAR).contains(&year) {
        return Err(format!(
            "{} is outside the years {} to {} that are accepted (a typo?)",
            wall.local.format("%Y-%m-%d %H:%M"),
            super::dates::FIRST_YEAR,
            super::dates::LAST_YEAR
        ));
    }
    Ok(wall)
}

fn parse_any_year(text: &str) -> Result<WallTime, String> {
    let text = text.trim();
    for format in ["%Y-%m-%d %H:%M%:z", "%Y-%m-%dT%H:%M%:z", "%Y-%m-%d %H:%M:%S%:z", "%Y-%m-%dT%H:%M:%S%:z"] {
        if let Ok(value) = DateTime::parse_from_str(text, format) {
            return Ok(WallTime { local: value.naive_local(), offset: Some(*value.offset()) });
        }
    }
    super::scheduling::parse_local_datetime(text).map(WallTime::from).map_err(|_| {
        format!(
            "{text:?} is not a date and time: write it as YYYY-MM-DD HH:MM, e.g. \"2026-12-01 09:00\" (add a UTC \
             offset such as -05:00 only to choose a reading of a time that happens twice)"
        )
    })
}

/// The clinic's time zone by its IANA name.
pub(crate) fn zone(name: &str) -> Result<Tz, String> {
    name.parse::<Tz>().map_err(|_| format!("the organization's time zone {name:?} is not a known IANA time zone"))
}

/// The instant a wall-clock time names in `zone`: refused when the time does not exist
/// that day, and when it exists twice unless its offset says which.
pub(crate) fn instant(zone: Tz, wall: WallTime) -> Result<DateTime<Utc>, String> {
    let at = wall.local.format("%Y-%m-%d %H:%M");
    let readings: Vec<DateTime<Tz>> = match zone.from_local_datetime(&wall.local) {
        LocalResult::None => {
            return Err(format!(
                "{at} does not exist in {zone}: the clocks skip that hour for daylight saving time; choose a time \
                 before or after it"
            ));
        }
        LocalResult::Single(one) => vec![one],
        LocalResult::Ambiguous(first, second) => vec![first, second],
    };
    let offset_of = |t: &DateTime<Tz>| t.offset().fix();
    match wall.offset {
        Some(offset) => {
            readings.iter().find(|t| offset_of(t) == offset).map(|t| t.with_timezone(&Utc)).ok_or_else(|| {
                let valid: Vec<String> = readings.iter().map(|t| offset_of(t).to_string()).collect();
                format!("{at} is not at UTC{offset} in {zone}; there it is at UTC{}", valid.join(" or UTC"))
            })
        }
        None if readings.len() == 1 => Ok(readings[0].with_timezone(&Utc)),
        None => Err(format!(
            "{at} happens twice in {zone} (the clocks fall back that night): write {at}{} for the first, or \
             {at}{} for the second",
            offset_of(&readings[0]),
            offset_of(&readings[1])
        )),
    }
}

/// An instant as people read it in messages and notes: the clinic's wall clock to the
/// minute, with its zone's name ("2026-11-02 10:05 (America/Chicago)", as a signed note
/// says it); UTC when the zone
/// is not one chrono knows.
pub(crate) fn on_clinic_clock(at: DateTime<Utc>, zone_name: &str) -> String {
    match zone(zone_name) {
        Ok(zone) => format!("{} ({zone_name})", at.with_timezone(&zone).format("%Y-%m-%d %H:%M")),
        Err(_) => at.format("%Y-%m-%d %H:%M UTC").to_string(),
    }
}

/// The wall-clock time `minutes` real minutes after `start`, with its offset (so it
/// names one instant even in a repeated hour).
pub(crate) fn wall_after(zone: Tz, start: DateTime<Utc>, minutes: i64) -> WallTime {
    let end = (start + chrono::Duration::minutes(minutes)).with_timezone(&zone);
    WallTime { local: end.naive_local(), offset: Some(end.offset().fix()) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chicago() -> Tz {
        zone("America/Chicago").expect("zone")
    }

    fn wall(text: &str) -> WallTime {
        parse_wall_time(text).expect("parse")
    }

    #[test]
    fn instants_in_messages_are_on_the_clinics_clock() {
        let at = Utc.with_ymd_and_hms(2026, 11, 2, 16, 5, 30).single().expect("instant");
        assert_eq!(on_clinic_clock(at, "America/Chicago"), "2026-11-02 10:05 (America/Chicago)");
        assert_eq!(on_clinic_clock(at, "Mars/Olympus"), "2026-11-02 16:05 UTC");
    }

    #[test]
    fn spring_forward_counts_real_minutes_and_refuses_the_skipped_hour() {
        let start = instant(chicago(), wall("2027-03-14 01:00")).expect("exists");
        let end = instant(chicago(), wall("2027-03-14 03:00")).expect("exists");
        assert_eq!((end - start).num_minutes(), 60, "01:00 to 03:00 is one real hour that night");
        let skipped = instant(chicago(), wall("2027-03-14 02:30")).expect_err("does not exist");
        assert!(skipped.contains("2027-03-14 02:30 does not exist in America/Chicago"), "{skipped}");
        assert_eq!(wall_after(chicago(), start, 90).to_string(), "2027-03-14 03:30-05:00");
    }

    #[test]
    fn fall_back_offers_both_readings_and_accepts_an_offset() {
        let twice = instant(chicago(), wall("2026-11-01 01:30")).expect_err("ambiguous");
        assert!(
            twice.contains("2026-11-01 01:30-05:00 for the first") && twice.contains("01:30-06:00 for the second"),
            "{twice}"
        );
        let first = instant(chicago(), wall("2026-11-01 01:30-05:00")).expect("first");
        let second = instant(chicago(), wall("2026-11-01 01:30-06:00")).expect("second");
        assert_eq!((second - first).num_minutes(), 60);
        assert_eq!(first.to_rfc3339(), "2026-11-01T06:30:00+00:00");
        let wrong = instant(chicago(), wall("2026-11-01 09:00-05:00")).expect_err("CST by then");
        assert!(wrong.contains("there it is at UTC-06:00"), "{wrong}");
        let start = instant(chicago(), wall("2026-11-01 00:30")).expect("single");
        assert_eq!(instant(chicago(), wall("2026-11-01 02:00")).map(|end| (end - start).num_minutes()), Ok(150));
    }

    #[test]
    fn wall_times_parse_with_or_without_an_offset() {
        assert_eq!(wall("2026-12-01 09:00").offset, None);
        assert_eq!(wall("2026-12-01T09:00-06:00").offset.map(|o| o.local_minus_utc()), Some(-6 * 3600));
        assert!(parse_wall_time("tomorrow").unwrap_err().contains("YYYY-MM-DD HH:MM"));
    }
}
