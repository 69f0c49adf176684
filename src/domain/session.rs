//! Clinical sessions without a database: what a valid event is, the metrics a
//! supervisor reads, and the session note built from them (deterministic: the same
//! session gives the same text).

use std::collections::BTreeMap;
use std::fmt::Write;

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

sql_enum!(
    /// What an event records.
    EventType in "session_event_type" {
        Behavior => "BEHAVIOR" as "behavior" | "behaviour",
        Mand => "MAND" as "mand",
        Trial => "TRIAL" as "trial",
        Note => "NOTE" as "note",
    }
);

sql_enum!(
    /// Where a session is in its life.
    SessionStatus in "session_status" {
        InProgress => "IN_PROGRESS" as "in-progress" | "in_progress",
        Completed => "COMPLETED" as "completed",
        Cancelled => "CANCELLED" as "cancelled",
    }
);

sql_enum!(
    /// Whether a session's note may still change.
    NoteStatus in "note_status" { Draft => "DRAFT" as "draft", Signed => "SIGNED" as "signed" }
);

impl EventType {
    pub fn parse(value: &str) -> Result<Self, String> {
        Self::from_word(value)
            .ok_or_else(|| format!("{value:?} is not an event type: use behavior, mand, trial or note"))
    }
}

/// Prompt levels of a discrete trial, from least to most support.
pub const PROMPT_LEVELS: [&str; 6] =
    ["independent", "gestural", "verbal", "model", "partial-physical", "full-physical"];

/// An event's details, as stored in `session_events.data`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EventData {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duration_seconds: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub intensity: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub correct: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt_level: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// Every problem with an event, as (field, reason).
pub fn validate_event(kind: EventType, data: &mut EventData) -> Result<(), Vec<(&'static str, String)>> {
    let mut errors = Vec::new();
    let trim = |v: &mut Option<String>| {
        *v = v.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(str::to_string);
    };
    trim(&mut data.name);
    trim(&mut data.target);
    trim(&mut data.text);
    trim(&mut data.prompt_level);
    if let Some(level) = &data.prompt_level {
        let lower = level.to_ascii_lowercase().replace(['_', ' '], "-");
        if PROMPT_LEVELS.contains(&lower.as_str()) {
            data.prompt_level = Some(lower);
        } else {
            errors.push(("prompt_level", format!("{level:?} is not a prompt level: use {}", PROMPT_LEVELS.join(", "))));
        }
    }
    for (field, value, max) in [
        ("name", &data.name, super::text::MAX_NAME),
        ("target", &data.target, super::text::MAX_NAME),
        ("text", &data.text, super::text::MAX_REASON),
    ] {
        if let Some(value) = value {
            let checked = if field == "text" {
                super::text::multi_line(field, value, max)
            } else {
                super::text::single_line(field, value, max)
            };
            if let Err(reason) = checked {
                errors.push((field, reason));
            }
        }
    }
    if let Some(intensity) = data.intensity
        && !(1..=5).contains(&intensity)
    {
        errors.push(("intensity", format!("{intensity} is not an intensity from 1 to 5")));
    }
    if data.duration_seconds.is_some_and(|d| d < 0) {
        errors.push(("duration_seconds", "cannot be negative".to_string()));
    }
    match kind {
        EventType::Behavior if data.name.is_none() => errors.push(("name", "a behavior needs its name".to_string())),
        EventType::Trial if data.target.is_none() => errors.push(("target", "a trial needs its target".to_string())),
        EventType::Trial if data.correct.is_none() => {
            errors.push(("correct", "a trial needs --correct true or false".to_string()))
        }
        EventType::Note if data.text.is_none() => errors.push(("text", "a note needs its text".to_string())),
        _ => {}
    }
    if errors.is_empty() { Ok(()) } else { Err(errors) }
}

/// One event as the metrics and the note see it.
#[derive(Debug, Clone)]
pub struct Event {
    pub at: NaiveDateTime,
    pub kind: EventType,
    pub data: EventData,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TargetAccuracy {
    pub trials: u64,
    pub correct: u64,
    pub accuracy_percent: f64,
}

/// What the session's events add up to.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Metrics {
    pub session_minutes: i64,
    pub billed_units: i64,
    /// Delivered minutes the authorization could not cover (see `--bill-units`).
    pub unbilled_minutes: i64,
    pub behaviors: BTreeMap<String, u64>,
    pub behaviors_per_hour: BTreeMap<String, f64>,
    pub mands: u64,
    pub trials: u64,
    pub trial_accuracy_percent: Option<f64>,
    pub targets: BTreeMap<String, TargetAccuracy>,
    pub prompt_levels: BTreeMap<String, u64>,
}

fn percent(part: u64, whole: u64) -> f64 {
    if whole == 0 { 0.0 } else { (1000.0 * part as f64 / whole as f64).round() / 10.0 }
}

pub fn metrics(minutes: i64, billed_units: i64, unbilled_minutes: i64, events: &[Event]) -> Metrics {
    let mut m = Metrics { session_minutes: minutes, billed_units, unbilled_minutes, ..Default::default() };
    let mut correct = 0;
    for event in events {
        match event.kind {
            EventType::Behavior => {
                *m.behaviors.entry(event.data.name.clone().unwrap_or_default()).or_default() += 1;
            }
            EventType::Mand => m.mands += 1,
            EventType::Trial => {
                m.trials += 1;
                let hit = event.data.correct == Some(true);
                correct += u64::from(hit);
                let target = m.targets.entry(event.data.target.clone().unwrap_or_default()).or_default();
                target.trials += 1;
                target.correct += u64::from(hit);
                if let Some(level) = &event.data.prompt_level {
                    *m.prompt_levels.entry(level.clone()).or_default() += 1;
                }
            }
            EventType::Note => {}
        }
    }
    for target in m.targets.values_mut() {
        target.accuracy_percent = percent(target.correct, target.trials);
    }
    if m.trials > 0 {
        m.trial_accuracy_percent = Some(percent(correct, m.trials));
    }
    let hours = minutes as f64 / 60.0;
    for (name, count) in &m.behaviors {
        let rate = if hours > 0.0 { (*count as f64 / hours * 10.0).round() / 10.0 } else { 0.0 };
        m.behaviors_per_hour.insert(name.clone(), rate);
    }
    m
}

/// The header of a note: every fact of it rendered from the session record, never
/// typed, so the note cannot describe another service than the one billed.
#[derive(Debug, Clone)]
pub struct NoteHeader<'a> {
    pub patient_name: &'a str,
    pub date_of_birth: NaiveDate,
    pub medical_record_number: &'a str,
    pub start: NaiveDateTime,
    pub end: NaiveDateTime,
    /// e.g. "home (POS 12)".
    pub place: &'a str,
    pub service_code: &'a str,
    pub practitioner: &'a str,
    pub credentials: &'a str,
    pub npi: &'a str,
    pub minutes: i64,
    pub billed_units: i64,
    pub unbilled_minutes: i64,
    /// Who was there besides the practitioner and the patient (a supervisor's 97155, a
    /// group's other patients by count).
    pub participants: &'a [String],
    pub time_zone: &'a str,
    /// Caregiver guidance without the patient (97156 booked so, 97157).
    pub patient_absent: bool,
    /// The dates of service when the care crossed midnight (one billed line each); empty
    /// or one: the care is on one date.
    pub dates: &'a [DateOfService],
}

/// One date of service of a session billed on several.
#[derive(Debug, Clone)]
pub struct DateOfService {
    pub start: NaiveDateTime,
    pub end: NaiveDateTime,
    pub units: i64,
}

fn patient_line(h: &NoteHeader<'_>) -> (&'static str, String) {
    (
        "Patient:",
        format!("{} (DOB {}, MRN {})", h.patient_name, h.date_of_birth.format("%Y-%m-%d"), h.medical_record_number),
    )
}

/// The header as printed above the narrative.
pub fn note_header(h: &NoteHeader<'_>) -> String {
    let mut lines = vec![
        patient_line(h),
        (
            "Date of service:",
            format!(
                "{}, {}–{} ({})",
                h.start.format("%Y-%m-%d"),
                h.start.format("%H:%M"),
                h.end.format("%H:%M"),
                h.time_zone
            ),
        ),
    ];
    if h.dates.len() > 1 {
        // Care across midnight: one line per date, as it is billed.
        lines.clear();
        lines.push(patient_line(h));
        for (n, date) in h.dates.iter().enumerate() {
            let end = if date.end.date() > date.start.date() {
                "24:00".to_string()
            } else {
                date.end.format("%H:%M").to_string()
            };
            lines.push((
                if n == 0 { "Date of service:" } else { "" },
                format!(
                    "{}, {}–{}, {} unit(s)",
                    date.start.format("%Y-%m-%d"),
                    date.start.format("%H:%M"),
                    end,
                    date.units
                ),
            ));
        }
        lines.push(("", format!("({})", h.time_zone)));
    }
    lines.extend([
        ("Place:", h.place.to_string()),
        ("Service:", format!("{}, {} minutes, {} unit(s) billed", h.service_code, h.minutes, h.billed_units)),
    ]);
    if h.patient_absent {
        lines.push(("Patient present:", "no (caregiver guidance)".to_string()));
    }
    if h.unbilled_minutes > 0 {
        lines
            .push(("", format!("{} minute(s) delivered beyond the authorization were not billed", h.unbilled_minutes)));
    }
    lines.push(("Rendered by:", format!("{}, {} (NPI {})", h.practitioner, h.credentials, h.npi)));
    if !h.participants.is_empty() {
        lines.push(("Participants:", h.participants.join("; ")));
    }
    let mut text = String::from("SESSION NOTE\n");
    for (label, value) in lines {
        let _ = writeln!(text, "{label:<17}{value}");
    }
    text
}

/// "Signed by NAME, CREDENTIAL on YYYY-MM-DD HH:MM (ZONE)".
pub fn signature_line(kind: &str, name: &str, credential: &str, at: NaiveDateTime, zone: &str) -> String {
    format!("{kind} by {name}, {credential} on {} ({zone})", at.format("%Y-%m-%d %H:%M"))
}

/// The note as signed: the header, the narrative, the signature line.
pub fn signed_note(header: &str, narrative: &str, signature: &str) -> String {
    let mut text = String::new();
    text.push_str(header);
    text.push('\n');
    text.push_str(narrative.trim_end());
    text.push_str("\n\n");
    text.push_str(signature);
    text.push('\n');
    text
}

/// The DRAFT narrative: behaviours observed, skill acquisition, the clinician's notes and
/// a plan, from the session's events and metrics (the header says what was delivered).
pub fn note_narrative(m: &Metrics, events: &[Event]) -> String {
    let mut text = String::new();
    let _ = writeln!(text, "Behaviors observed");
    if m.behaviors.is_empty() {
        let _ = writeln!(text, "  None recorded.");
    }
    for (name, count) in &m.behaviors {
        let rate = m.behaviors_per_hour.get(name).copied().unwrap_or_default();
        let _ = writeln!(text, "  {name}: {count} occurrence(s), {rate:.1} per hour.");
    }
    let _ = writeln!(text);
    let _ = writeln!(text, "Skill acquisition");
    let _ = writeln!(text, "  Mands: {}.", m.mands);
    match m.trial_accuracy_percent {
        None => {
            let _ = writeln!(text, "  No discrete trials recorded.");
        }
        Some(overall) => {
            let _ = writeln!(text, "  Discrete trials: {} at {overall:.1}% accuracy.", m.trials);
            for (target, t) in &m.targets {
                let _ =
                    writeln!(text, "  - {target}: {}/{} correct ({:.1}%).", t.correct, t.trials, t.accuracy_percent);
            }
            if !m.prompt_levels.is_empty() {
                let levels: Vec<String> = PROMPT_LEVELS
                    .iter()
                    .filter_map(|level| m.prompt_levels.get(*level).map(|n| format!("{level} {n}")))
                    .collect();
                let _ = writeln!(text, "  Prompting: {}.", levels.join(", "));
            }
        }
    }
    let notes: Vec<&str> = events.iter().filter_map(|e| e.data.text.as_deref()).collect();
    if !notes.is_empty() {
        let _ = writeln!(text);
        let _ = writeln!(text, "Clinician notes");
        for (event, note) in events.iter().filter(|e| e.data.text.is_some()).zip(notes) {
            let _ = writeln!(text, "  {} {note}", event.at.format("%H:%M"));
        }
    }
    let _ = writeln!(text);
    let _ = writeln!(text, "Plan");
    let weakest =
        m.targets.iter().filter(|(_, t)| t.accuracy_percent < 80.0).map(|(name, _)| name.as_str()).collect::<Vec<_>>();
    if weakest.is_empty() {
        let _ = writeln!(text, "  Continue the current treatment plan.");
    } else {
        let _ =
            writeln!(text, "  Continue the current treatment plan; keep teaching {} (below 80%).", weakest.join(", "));
    }
    text
}

/// Why an edited narrative is refused: it may not restate the header (the record says
/// what was delivered, by whom, where and for how long).
pub fn narrative_problem(text: &str) -> Option<String> {
    let header_lines = [
        "SESSION NOTE",
        "Patient:",
        "Date of service:",
        "Place:",
        "Service:",
        "Rendered by:",
        "Participants:",
        "Signed by",
        "Co-signed by",
    ];
    text.lines().map(str::trim_start).find_map(|line| {
        header_lines.iter().find(|h| line.starts_with(**h)).map(|h| {
            format!(
                "the note file has a {h:?} line: the header is rendered from the session record and cannot be edited; \
                 the file holds only the narrative (behaviors, skills, clinician notes, plan)"
            )
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(minute: u32) -> NaiveDateTime {
        chrono::NaiveDate::from_ymd_opt(2026, 12, 1).and_then(|d| d.and_hms_opt(9, minute, 0)).unwrap_or_default()
    }

    fn events() -> Vec<Event> {
        let trial = |minute, target: &str, correct, level: &str| Event {
            at: at(minute),
            kind: EventType::Trial,
            data: EventData {
                target: Some(target.into()),
                correct: Some(correct),
                prompt_level: Some(level.into()),
                ..Default::default()
            },
        };
        vec![
            Event {
                at: at(5),
                kind: EventType::Behavior,
                data: EventData { name: Some("tantrum".into()), ..Default::default() },
            },
            Event { at: at(6), kind: EventType::Mand, data: EventData::default() },
            trial(10, "colors", true, "independent"),
            trial(11, "colors", false, "verbal"),
            trial(12, "shapes", true, "independent"),
            Event {
                at: at(20),
                kind: EventType::Note,
                data: EventData { text: Some("Calm after break.".into()), ..Default::default() },
            },
        ]
    }

    #[test]
    fn metrics_count_behaviors_mands_trials_and_prompting() {
        let m = metrics(30, 2, 0, &events());
        assert_eq!(m.behaviors_per_hour.get("tantrum"), Some(&2.0));
        assert_eq!((m.mands, m.trials), (1, 3));
        assert_eq!(m.trial_accuracy_percent, Some(66.7));
        assert_eq!(m.targets["colors"].accuracy_percent, 50.0);
        assert_eq!(m.prompt_levels["independent"], 2);
    }

    #[test]
    fn the_note_is_the_same_for_the_same_session() {
        let m = metrics(30, 2, 0, &events());
        let first = note_narrative(&m, &events());
        assert_eq!(first, note_narrative(&m, &events()));
        assert!(first.contains("keep teaching colors (below 80%)"), "{first}");
        assert!(first.contains("09:20 Calm after break."), "{first}");
        let participants = vec!["Blair Analyst, BCBA (97155, supervising)".to_string()];
        let header = note_header(&NoteHeader {
            patient_name: "Avery Example",
            date_of_birth: NaiveDate::from_ymd_opt(2019, 4, 2).unwrap_or_default(),
            medical_record_number: "MRN-1",
            start: at(0),
            end: at(30),
            place: "home (POS 12)",
            service_code: "97153",
            practitioner: "Riley Tech",
            credentials: "RBT",
            npi: "1234567893",
            minutes: 30,
            billed_units: 2,
            unbilled_minutes: 0,
            participants: &participants,
            time_zone: "America/Chicago",
            dates: &[],
            patient_absent: false,
        });
        assert!(!header.contains("Patient present:"), "said only when the patient was not there: {header}");
        assert!(
            header.contains("Avery Example (DOB 2019-04-02, MRN-1)") || header.contains("DOB 2019-04-02, MRN MRN-1")
        );
        assert!(header.contains("2026-12-01, 09:00–09:30 (America/Chicago)"), "{header}");
        assert!(header.contains("Rendered by:     Riley Tech, RBT (NPI 1234567893)"), "{header}");
        assert!(header.contains("Participants:    Blair Analyst"), "{header}");
        assert!(narrative_problem(&first).is_none());
        assert!(narrative_problem(&format!("{header}\n{first}")).is_some_and(|p| p.contains("SESSION NOTE")));
        assert!(narrative_problem("Service: 97155 by a BCBA, 120 minutes").is_some());
    }

    #[test]
    fn events_need_what_makes_them_meaningful() {
        let mut trial = EventData {
            target: Some("colors".into()),
            prompt_level: Some("Partial Physical".into()),
            ..Default::default()
        };
        let errors = validate_event(EventType::Trial, &mut trial).unwrap_err();
        assert_eq!(errors[0].0, "correct");
        assert_eq!(trial.prompt_level.as_deref(), Some("partial-physical"));
        let mut loud = EventData { name: Some("scream".into()), intensity: Some(9), ..Default::default() };
        assert_eq!(validate_event(EventType::Behavior, &mut loud).unwrap_err()[0].0, "intensity");
        assert!(EventType::parse("tantrum").is_err());
    }
}
