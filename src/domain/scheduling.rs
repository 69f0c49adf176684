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

sql_enum!(
    /// Where a service happened, as the claim's CMS place-of-service code.
    PlaceOfService in "place_of_service" {
        Clinic => "CLINIC" as "clinic" | "office" | "11",
        Home => "HOME" as "home" | "12",
        School => "SCHOOL" as "school" | "03",
        Community => "COMMUNITY" as "community" | "99",
        /// Telehealth with the patient elsewhere than at home.
        Telehealth => "TELEHEALTH" as "telehealth" | "02",
        /// Telehealth with the patient at home.
        TelehealthHome => "TELEHEALTH_HOME" as "telehealth-home" | "telehealth_home" | "10",
    }
);

impl PlaceOfService {
    /// The two-digit CMS place-of-service code.
    pub(crate) fn pos_code(self) -> &'static str {
        match self {
            PlaceOfService::Clinic => "11",
            PlaceOfService::Home => "12",
            PlaceOfService::School => "03",
            PlaceOfService::Community => "99",
            PlaceOfService::Telehealth => "02",
            PlaceOfService::TelehealthHome => "10",
        }
    }

    pub(crate) fn is_telehealth(self) -> bool {
        matches!(self, PlaceOfService::Telehealth | PlaceOfService::TelehealthHome)
    }

    /// "home (POS 12)", or with the telehealth modifier "telehealth-home (POS 10, modifier 95)".
    pub(crate) fn describe(self, modifier: Option<&str>) -> String {
        match modifier {
            Some(modifier) if self.is_telehealth() => {
                format!("{} (POS {}, modifier {modifier})", self.word(), self.pos_code())
            }
            _ => format!("{} (POS {})", self.word(), self.pos_code()),
        }
    }
}

/// The modifiers a telehealth claim may carry.
/// The most units one authorization may carry.
pub(crate) const MAX_UNITS: i32 = 100_000;

/// An authorization's total units as an operator gives them (`auth create --units`, an
/// import's total_units): a whole number from 1 to [`MAX_UNITS`].
pub(crate) fn parse_total_units(text: &str) -> Result<i32, String> {
    let text = text.trim();
    let units = text.parse::<i64>().map_err(|_| format!("{text:?} is not a whole number of units"))?;
    total_units(units)
}

/// The rule of an authorization's total: at least 1 unit, at most [`MAX_UNITS`].
pub(crate) fn total_units(units: i64) -> Result<i32, String> {
    match i32::try_from(units) {
        Ok(units) if (1..=MAX_UNITS).contains(&units) => Ok(units),
        _ => Err(format!("{units} is not in 1..={MAX_UNITS}: an authorization carries 1 to {MAX_UNITS} units")),
    }
}

/// The rule of an authorization's dates: the end (inclusive) is not before the start.
pub(crate) fn authorized_period(start: NaiveDate, end: NaiveDate) -> Result<(), String> {
    if end < start { Err(format!("the end {end} is before the start {start}")) } else { Ok(()) }
}

pub(crate) const TELEHEALTH_MODIFIERS: [&str; 2] = ["95", "GT"];

/// `95` or `gt` as a telehealth modifier.
pub(crate) fn parse_telehealth_modifier(text: &str) -> Result<String, String> {
    let upper = text.trim().to_ascii_uppercase();
    if TELEHEALTH_MODIFIERS.contains(&upper.as_str()) {
        Ok(upper)
    } else {
        Err(format!("{text:?} is not a telehealth modifier: use 95 or GT, as the payer requires"))
    }
}

/// Group codes: one practitioner with 2 to 8 patients (97157: their families) in one slot.
pub(crate) const GROUP_CODES: [&str; 3] = ["97154", "97157", "97158"];
/// The most patients in one group slot (CPT 97154/97157/97158).
pub(crate) const MAX_GROUP: usize = 8;

pub(crate) fn is_group_code(code: &str) -> bool {
    GROUP_CODES.contains(&code)
}

/// The BACB's monthly supervision of an RBT: at least 5% of direct hours, in at least
/// two contacts, at least one of them observed with a client.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct SupervisionRequirement {
    pub min_percent: i64,
    pub min_contacts: i64,
}

/// Who may supervise an RBT (BACB RBT supervision requirements): a BCBA, BCBA-D or
/// BCaBA. A BCaBA's own supervision by a BCBA is not tracked here.
pub(crate) const RBT_SUPERVISORS: [&str; 3] = ["BCBA-D", "BCBA", "BCaBA"];

/// Whether a practitioner holding `credentials` may supervise an RBT.
pub(crate) fn may_supervise_rbt(credentials: &[String]) -> bool {
    credentials.iter().any(|c| RBT_SUPERVISORS.contains(&c.as_str()))
}

pub(crate) const BACB_RBT: SupervisionRequirement = SupervisionRequirement { min_percent: 5, min_contacts: 2 };

impl SupervisionRequirement {
    /// What a month of `direct` minutes with `supervised` minutes in `contacts` contacts
    /// (`observed` of them with a client) lacks; empty when it meets the requirement. No
    /// direct hours need no supervision.
    pub(crate) fn shortfalls(self, direct: i64, supervised: i64, contacts: i64, observed: i64) -> Vec<String> {
        let mut missing = Vec::new();
        if direct == 0 {
            return missing;
        }
        if supervised * 100 < direct * self.min_percent {
            missing.push(format!("{:.1}% supervised, below {}%", percent(supervised, direct), self.min_percent));
        }
        if contacts < self.min_contacts {
            missing.push(format!("{contacts} contact(s), fewer than {}", self.min_contacts));
        }
        if observed == 0 {
            missing.push("no contact observed with a client".to_string());
        }
        missing
    }
}

/// `part` of `whole` in percent, one decimal.
pub(crate) fn percent(part: i64, whole: i64) -> f64 {
    if whole == 0 { 0.0 } else { (1000.0 * part as f64 / whole as f64).round() / 10.0 }
}

/// What the rules of a date of service read about one appointment: its practitioner,
/// code, authorization and the authorization's policy, as they are now.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ServiceFacts {
    pub appointment_id: crate::domain::ids::AppointmentId,
    pub patient_id: crate::domain::ids::PatientId,
    pub practitioner_id: crate::domain::ids::PractitionerId,
    pub medical_record_number: String,
    pub service_code: String,
    /// Wall-clock start and end in the clinic's zone.
    pub start: NaiveDateTime,
    pub end: NaiveDateTime,
    pub units: i32,
    pub status: AppointmentStatus,
    pub group_id: Option<uuid::Uuid>,
    pub patient_archived: bool,
    pub practitioner_name: String,
    pub practitioner_active: bool,
    pub credentials: Vec<String>,
    pub credential_valid_until: Option<NaiveDate>,
    pub required_credentials: Vec<String>,
    pub max_units_per_day: Option<i32>,
    pub authorization_id: Option<crate::domain::ids::AuthorizationId>,
    pub authorization_number: Option<String>,
    pub authorization_status: Option<AuthStatus>,
    pub authorization_start: Option<NaiveDate>,
    pub authorization_end: Option<NaiveDate>,
    pub insurance_id: Option<uuid::Uuid>,
    pub coverage_start: Option<NaiveDate>,
    pub coverage_end: Option<NaiveDate>,
    /// When the practitioner stopped being active (None: active).
    pub practitioner_deactivated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// When the patient was archived (None: not archived).
    pub patient_archived_at: Option<chrono::DateTime<chrono::Utc>>,
}

impl ServiceFacts {
    /// The authorization as operators know it: its number, else its id.
    pub(crate) fn authorization_label(&self) -> String {
        match (&self.authorization_number, self.authorization_id) {
            (Some(number), _) => number.clone(),
            (None, Some(id)) => id.to_string(),
            (None, None) => "(none)".to_string(),
        }
    }

    /// Every payer rule that the care of this appointment on `day` breaks, one sentence
    /// each naming the rule and its numbers; empty when the day may be billed. The same
    /// rules booking applies, for the date the care is delivered.
    pub(crate) fn problems_on(&self, day: NaiveDate) -> Vec<String> {
        self.problems(day, None)
    }

    /// Every rule the care of this appointment breaks, judged as of its date of service
    /// for care that began at `since`: what changed after it began (a sweep that marked
    /// the authorization EXPIRED, a deactivation, an archive) does not make delivered care
    /// unbillable; the authorization's dates, the credential's and the policy's still
    /// decide.
    pub(crate) fn problems_of_care(&self, day: NaiveDate, since: chrono::DateTime<chrono::Utc>) -> Vec<String> {
        self.problems(day, Some(since))
    }

    fn problems(&self, day: NaiveDate, care_since: Option<chrono::DateTime<chrono::Utc>>) -> Vec<String> {
        let mut problems = Vec::new();
        let name = &self.practitioner_name;
        let after_care = |at: Option<chrono::DateTime<chrono::Utc>>| match (care_since, at) {
            (Some(since), Some(at)) => at > since,
            _ => false,
        };
        if self.patient_archived && !after_care(self.patient_archived_at) {
            problems.push(format!("the patient {} is archived", self.medical_record_number));
        }
        if !self.practitioner_active && !after_care(self.practitioner_deactivated_at) {
            problems.push(format!("the practitioner {name} is inactive"));
        }
        if !credential_allows(&self.credentials, &self.required_credentials) {
            problems.push(format!(
                "{name} ({}) may not render {}: it needs one of {}",
                self.credentials.join(", "),
                self.service_code,
                self.required_credentials.join(", ")
            ));
        }
        if let Some(until) = self.credential_valid_until
            && until < day
        {
            problems.push(format!("the credential of {name} is valid until {until}, before {day}"));
        }
        let label = self.authorization_label();
        match (self.authorization_status, self.authorization_start, self.authorization_end) {
            // Care already given is judged by the dates: EXPIRED (past its end, by the
            // sweep) and EXHAUSTED (its units used) say nothing of a day inside them.
            (Some(AuthStatus::Expired | AuthStatus::Exhausted), _, _) if care_since.is_some() => {
                match (self.authorization_start, self.authorization_end) {
                    (Some(start), Some(end)) if day < start || day > end => {
                        problems.push(format!("the authorization {label} covers {start} to {end}, not {day}"))
                    }
                    _ => {}
                }
            }
            (Some(status), _, _) if status != AuthStatus::Active => {
                problems.push(format!("the authorization {label} is {status}, not ACTIVE"))
            }
            (Some(_), Some(start), Some(end)) if day < start || day > end => {
                problems.push(format!("the authorization {label} covers {start} to {end}, not {day}"))
            }
            _ => {}
        }
        if self.insurance_id.is_some()
            && let Some(problem) = coverage_problem(&label, day, self.coverage_start, self.coverage_end)
        {
            problems.push(problem);
        }
        problems
    }
}

/// Why the policy behind the authorization `label` does not cover `day`, if it does not:
/// the payer pays only for days within the policy's coverage dates (whether the policy
/// is active today says nothing of a past day).
pub(crate) fn coverage_problem(
    label: &str,
    day: NaiveDate,
    start: Option<NaiveDate>,
    end: Option<NaiveDate>,
) -> Option<String> {
    let starts = start.is_none_or(|start| start <= day);
    let ends = end.is_none_or(|end| day <= end);
    (!(starts && ends)).then(|| {
        format!(
            "the policy of the authorization {label} does not cover {day} (coverage {} to {})",
            start.map(|d| d.to_string()).unwrap_or_else(|| "?".to_string()),
            end.map(|d| d.to_string()).unwrap_or_else(|| "open".to_string())
        )
    })
}

impl AuthStatus {
    /// Whether an operator may still set it to PENDING or ACTIVE.
    pub(crate) fn is_open(self) -> bool {
        matches!(self, AuthStatus::Pending | AuthStatus::Active)
    }
}

/// Billable units of one block of `minutes` of one code. For a single block both rules
/// give `minutes / 15`, plus one once 8 more minutes are delivered; the CMS rule differs
/// only when a day's minutes of several codes are pooled (`cms_day_units`).
pub(crate) fn units_for_minutes(minutes: i64, minutes_per_unit: i64, rule: UnitsRule) -> i64 {
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
pub(crate) fn cms_day_units(total_minutes: i64) -> i64 {
    if total_minutes < 8 { 0 } else { (total_minutes + 7) / 15 }
}

/// `2026-12-01 09:00` (or with a `T`, or seconds) as a wall-clock time.
pub(crate) fn parse_local_datetime(text: &str) -> Result<NaiveDateTime, String> {
    let text = text.trim();
    for format in ["%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S"] {
        if let Ok(value) = NaiveDateTime::parse_from_str(text, format) {
            return Ok(value);
        }
    }
    Err(format!("{text:?} is not a date and time: write it as YYYY-MM-DD HH:MM, e.g. \"2026-12-01 09:00\""))
}

/// `10:30` as a time of day.
pub(crate) fn parse_time(text: &str) -> Result<NaiveTime, String> {
    NaiveTime::parse_from_str(text.trim(), "%H:%M")
        .map_err(|_| format!("{:?} is not a time of day: write it as HH:MM, e.g. 10:30", text.trim()))
}

/// `mon,wed,fri` as weekdays.
pub(crate) fn parse_weekdays(text: &str) -> Result<Vec<Weekday>, String> {
    let mut days = Vec::new();
    for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let day = part.parse::<Weekday>().map_err(|_| format!("{part:?} is not a weekday: use mon, tue, … sun"))?;
        if !days.contains(&day) {
            days.push(day);
        }
    }
    if days.is_empty() {
        return Err("name at least one weekday, e.g. mon,wed,fri".to_string());
    }
    Ok(days)
}

/// The most occurrences one recurrence may create.
pub(crate) const MAX_OCCURRENCES: usize = 366;

/// Weekly occurrences at the first start's time of day, on `days`, from the first
/// start's date: through `until` (inclusive) or `count` of them.
pub(crate) fn weekly_occurrences(
    first: NaiveDateTime,
    days: &[Weekday],
    until: Option<NaiveDate>,
    count: Option<usize>,
) -> Result<Vec<NaiveDateTime>, String> {
    if until.is_none() && count.is_none() {
        return Err("a weekly series needs a last date or a number of appointments".to_string());
    }
    if let Some(until) = until
        && until < first.date()
    {
        return Err(format!("the series' last date {until} is before the first appointment"));
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
pub(crate) fn credential_allows(held: &[String], any_of: &[String]) -> bool {
    held.iter().any(|h| any_of.contains(h))
}

/// "30d", "2w", "30" (days) as a number of days.
pub(crate) fn parse_days(text: &str) -> Result<i64, String> {
    let text = text.trim();
    let (number, unit) = match text.char_indices().last() {
        Some((i, 'd')) => (&text[..i], 1),
        Some((i, 'w')) => (&text[..i], 7),
        _ => (text, 1),
    };
    match number.parse::<i64>() {
        Ok(n) if (0..=36_600).contains(&n) => Ok(n * unit),
        Ok(_) if text.starts_with('-') => {
            Err(format!("{text:?} looks back; the window counts forward from today: write e.g. 30d or 2w"))
        }
        _ => Err(format!("{text:?} is not a number of days: write e.g. 30d or 2w")),
    }
}

/// "80%" or "80" as a percentage between 0 and 100.
pub(crate) fn parse_percent(text: &str) -> Result<f64, String> {
    let trimmed = text.trim().trim_end_matches('%');
    match trimmed.parse::<f64>() {
        Ok(p) if (0.0..=100.0).contains(&p) => Ok(p),
        _ => Err(format!("{:?} is not a percentage: write e.g. 80%", text.trim())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap_or_default()
    }

    fn facts() -> ServiceFacts {
        let start = day("2026-11-19").and_hms_opt(9, 0, 0).unwrap_or_default();
        ServiceFacts {
            appointment_id: uuid::Uuid::nil().into(),
            patient_id: uuid::Uuid::nil().into(),
            practitioner_id: uuid::Uuid::nil().into(),
            medical_record_number: "MRN-1".into(),
            service_code: "97153".into(),
            start,
            end: start,
            units: 4,
            status: AppointmentStatus::Scheduled,
            group_id: None,
            patient_archived: false,
            practitioner_name: "Riley Tech".into(),
            practitioner_active: true,
            credentials: vec!["RBT".into()],
            credential_valid_until: Some(day("2026-12-31")),
            required_credentials: vec!["RBT".into(), "BCBA".into()],
            max_units_per_day: Some(32),
            authorization_id: None,
            authorization_number: Some("PA-1".into()),
            authorization_status: Some(AuthStatus::Active),
            authorization_start: Some(day("2026-11-01")),
            authorization_end: Some(day("2027-01-31")),
            insurance_id: Some(uuid::Uuid::nil()),
            coverage_start: Some(day("2026-01-01")),
            coverage_end: None,
            practitioner_deactivated_at: None,
            patient_archived_at: None,
        }
    }

    #[test]
    fn care_already_given_is_judged_as_of_its_date() {
        let began =
            chrono::DateTime::parse_from_rfc3339("2026-12-01T15:00:00Z").map(|t| t.to_utc()).unwrap_or_default();
        let later = began + chrono::Duration::hours(2);
        let swept = ServiceFacts {
            authorization_status: Some(AuthStatus::Expired),
            authorization_end: Some(day("2026-12-01")),
            practitioner_active: false,
            practitioner_deactivated_at: Some(later),
            ..facts()
        };
        assert!(swept.problems_of_care(day("2026-12-01"), began).is_empty(), "expired and deactivated since");
        assert_eq!(swept.problems_on(day("2026-12-01")).len(), 2, "a booking is judged as things are");
        let problems = swept.problems_of_care(day("2026-12-02"), began);
        assert_eq!(problems, ["the authorization PA-1 covers 2026-11-01 to 2026-12-01, not 2026-12-02"]);
        let before = ServiceFacts { practitioner_deactivated_at: Some(began - chrono::Duration::hours(1)), ..swept };
        assert!(before.problems_of_care(day("2026-12-01"), began).iter().any(|p| p.contains("inactive")));
    }

    #[test]
    fn a_day_of_service_breaks_each_rule_with_its_own_sentence() {
        let f = facts();
        assert!(f.problems_on(day("2026-11-19")).is_empty());
        assert_eq!(
            f.problems_on(day("2027-02-15")),
            [
                "the credential of Riley Tech is valid until 2026-12-31, before 2027-02-15",
                "the authorization PA-1 covers 2026-11-01 to 2027-01-31, not 2027-02-15",
            ]
        );
        let gone = ServiceFacts {
            practitioner_active: false,
            credentials: vec!["BCaBA".into()],
            authorization_status: Some(AuthStatus::Expired),
            coverage_end: Some(day("2026-11-18")),
            ..facts()
        };
        let problems = gone.problems_on(day("2026-11-19"));
        assert_eq!(problems.len(), 4, "{problems:?}");
        assert!(problems[1].contains("may not render 97153: it needs one of RBT, BCBA"), "{problems:?}");
        assert!(problems[2].contains("is EXPIRED, not ACTIVE"), "{problems:?}");
        assert_eq!(
            problems[3],
            "the policy of the authorization PA-1 does not cover 2026-11-19 (coverage 2026-01-01 to 2026-11-18)"
        );
    }

    #[test]
    fn the_bacb_requirement_needs_five_percent_two_contacts_and_one_observed() {
        assert!(BACB_RBT.shortfalls(0, 0, 0, 0).is_empty(), "no direct hours, nothing owed");
        for (credentials, may) in [(&["BCaBA"][..], true), (&["BCBA"], true), (&["BCBA-D"], true), (&["RBT"], false)] {
            let credentials: Vec<String> = credentials.iter().map(|c| c.to_string()).collect();
            assert_eq!(may_supervise_rbt(&credentials), may, "{credentials:?}");
        }
        assert!(BACB_RBT.shortfalls(600, 30, 2, 1).is_empty(), "exactly 5%");
        let short = BACB_RBT.shortfalls(600, 29, 1, 0);
        assert_eq!(
            short,
            ["4.8% supervised, below 5%", "1 contact(s), fewer than 2", "no contact observed with a client"]
        );
    }

    #[test]
    fn places_carry_their_cms_code_and_telehealth_its_modifier() {
        assert_eq!(PlaceOfService::from_word("10"), Some(PlaceOfService::TelehealthHome));
        assert_eq!(PlaceOfService::Home.describe(Some("95")), "home (POS 12)");
        assert_eq!(PlaceOfService::Telehealth.describe(Some("GT")), "telehealth (POS 02, modifier GT)");
        assert_eq!(parse_telehealth_modifier(" gt "), Ok("GT".to_string()));
        assert!(parse_telehealth_modifier("96").is_err());
        assert!(is_group_code("97158") && !is_group_code("97153"));
    }

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
