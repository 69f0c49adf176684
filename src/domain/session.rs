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
    pub(crate) fn parse(value: &str) -> Result<Self, String> {
        Self::from_word(value)
            .ok_or_else(|| format!("{value:?} is not an event type: use behavior, mand, trial or note"))
    }
}

/// Prompt levels of a discrete trial, from least to most support.
pub(crate) const PROMPT_LEVELS: [&str; 6] =
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
pub(crate) fn validate_event(kind: EventType, data: &mut EventData) -> Result<(), Vec<(&'static str, String)>> {
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
            errors.push(("correct", "a trial needs whether it was correct (true or false)".to_string()))
        }
        EventType::Note if data.text.is_none() => errors.push(("text", "a note needs its text".to_string())),
        _ => {}
    }
    if errors.is_empty() { Ok(()) } else { Err(errors) }
}

/// One event as the metrics and the note see it.
#[derive(Debug, Clone)]
pub(crate) struct Event {
    pub at: NaiveDateTime,
    pub kind: EventType,
    pub data: EventData,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub(crate) struct TargetAccuracy {
    pub trials: u64,
    pub correct: u64,
    pub accuracy_percent: f64,
}

/// What the session's events add up to.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub(crate) struct Metrics {
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

pub(crate) fn metrics(minutes: i64, billed_units: i64, unbilled_minutes: i64, events: &[Event]) -> Metrics {
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
pub(crate) struct NoteHeader<'a> {
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
pub(crate) struct DateOfService {
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
pub(crate) fn note_header(h: &NoteHeader<'_>) -> String {
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
        for date in h.dates {
            let end = if date.end.date() > date.start.date() {
                "24:00".to_string()
            } else {
                date.end.format("%H:%M").to_string()
            };
            lines.push((
                "Date of service:",
                format!(
                    "{}, {}–{}, {} unit(s)",
                    date.start.format("%Y-%m-%d"),
                    date.start.format("%H:%M"),
                    end,
                    date.units
                ),
            ));
        }
        lines.push(("Time zone:", h.time_zone.to_string()));
    }
    lines.extend([
        ("Place:", h.place.to_string()),
        ("Service:", format!("{}, {} minutes, {} unit(s) billed", h.service_code, h.minutes, h.billed_units)),
    ]);
    if h.patient_absent {
        lines.push(("Patient present:", "no (caregiver guidance)".to_string()));
    }
    if h.unbilled_minutes > 0 {
        lines.push(("Not billed:", format!("{} minute(s) delivered beyond the authorization", h.unbilled_minutes)));
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
pub(crate) fn signature_line(kind: &str, name: &str, credential: &str, at: NaiveDateTime, zone: &str) -> String {
    format!("{kind} by {name}, {credential} on {} ({zone})", at.format("%Y-%m-%d %H:%M"))
}

/// The note as signed: the header, the narrative, the signer's reason for signing
/// without (enough) data if they gave one, the signature line.
pub(crate) fn signed_note(header: &str, narrative: &str, no_data_reason: Option<&str>, signature: &str) -> String {
    let mut text = String::new();
    text.push_str(header);
    text.push('\n');
    text.push_str(narrative.trim_end());
    text.push_str("\n\n");
    if let Some(reason) = no_data_reason {
        let _ = writeln!(text, "No-data reason:  {reason}");
    }
    text.push_str(signature);
    text.push('\n');
    text
}

/// The DRAFT narrative: behaviours observed, skill acquisition, the clinician's notes and
/// a plan, from the session's events and metrics (the header says what was delivered).
pub(crate) fn note_narrative(m: &Metrics, events: &[Event]) -> String {
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

/// A line of a narrative or an addendum that reads as a line the record renders: the
/// note's header, its signature or co-signature, a draft or addendum mark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ForgedLine {
    /// From 1, counting every line break (`\r\n`, `\r`, `\n`, U+2028, U+2029).
    pub line: usize,
    /// What it reads as, e.g. `"Service:" header`.
    pub reads_as: &'static str,
    /// The line as written.
    pub text: String,
}

/// Header labels: a line that starts with one of these (words separated by anything but
/// letters and digits, or nothing) followed by a colon reads as a header line.
const HEADER_LABELS: &[(&[&str], &str)] = &[
    (&["session", "note"], "\"SESSION NOTE\" header"),
    (&["patient", "present"], "\"Patient present:\" header"),
    (&["patient"], "\"Patient:\" header"),
    (&["date", "of", "service"], "\"Date of service:\" header"),
    (&["place", "of", "service"], "\"Place:\" header"),
    (&["place"], "\"Place:\" header"),
    (&["service", "code"], "\"Service:\" header"),
    (&["service"], "\"Service:\" header"),
    (&["rendered", "by"], "\"Rendered by:\" header"),
    (&["participants"], "\"Participants:\" header"),
    (&["draft"], "\"(DRAFT: …)\" mark"),
    (&["co", "signed"], "co-signature"),
    (&["signed"], "signature"),
    (&["co", "signature"], "co-signature"),
    (&["signature"], "signature"),
    (&["supervisor"], "co-signature"),
    (&["addendum"], "\"Addendum by …\" signature"),
    (&["no", "data", "reason"], "\"No-data reason:\" line"),
    (&["time", "zone"], "\"Time zone:\" header"),
    (&["not", "billed"], "\"Not billed:\" header"),
];

/// Words that, first on a line and followed later on it by the word "by", make it read as
/// a signature ("Signed … by", "Co-signed (supervisor) by", "Addendum by").
const SIGNATURE_WORDS: &[(&[&str], &str)] = &[
    (&["co", "signed"], "co-signature"),
    (&["counter", "signed"], "co-signature"),
    (&["electronically", "signed"], "signature"),
    (&["digitally", "signed"], "signature"),
    (&["e", "signed"], "signature"),
    (&["signed"], "signature"),
    (&["addendum"], "\"Addendum by …\" signature"),
    (&["rendered"], "\"Rendered by:\" header"),
];

/// Characters read as a colon after NFKC (which already maps the full-width and small
/// colons to `:`).
const COLONS: &[char] = &[':', '\u{2236}', '\u{a789}'];

/// Characters that print as nothing: removed before a line is read, so that a
/// zero-width space cannot split a label.
fn invisible(c: char) -> bool {
    matches!(c, '\u{ad}' | '\u{34f}' | '\u{180e}' | '\u{200b}'..='\u{200f}' | '\u{2060}'..='\u{2064}' | '\u{feff}')
}

/// The lines of `text`, split at every line break a reader sees (the database splits at
/// the same ones: `\r\n`, `\r`, `\n`, U+2028, U+2029).
pub(crate) fn note_lines(text: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut from = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}') {
            lines.push(&text[from..i]);
            from = i + c.len_utf8();
            if c == '\r' && chars.peek().is_some_and(|&(_, next)| next == '\n') {
                chars.next();
                from += 1;
            }
        }
    }
    lines.push(&text[from..]);
    lines
}

/// `words` at `at`, separated by runs of anything but ASCII letters and digits (or by
/// nothing): where they end.
fn words_at(s: &[char], mut at: usize, words: &[&str]) -> Option<usize> {
    for (k, word) in words.iter().enumerate() {
        if k > 0 {
            at = skip_separators(s, at);
        }
        for expected in word.chars() {
            if s.get(at) != Some(&expected) {
                return None;
            }
            at += 1;
        }
    }
    Some(at)
}

fn skip_separators(s: &[char], mut at: usize) -> usize {
    while at < s.len() && !s[at].is_ascii_alphanumeric() {
        at += 1;
    }
    at
}

/// What one line reads as, if it reads as a line the record renders. The rule, in the
/// words of the database's regular expression (migration 20261204000002), on the line
/// with invisible characters removed, NFKC-normalised, ASCII case ignored, `S` standing
/// for any run of characters but ASCII letters and digits:
/// - `^S LABEL S :` — a header label followed by a colon (see `HEADER_LABELS`);
/// - `^S session S note S$` — the note's title alone;
/// - `^S WORDS (S .*)? S by (S|$)` — a signature: "(co-)signed … by", "Addendum … by".
pub(crate) fn line_reads_as(line: &str) -> Option<&'static str> {
    use unicode_normalization::UnicodeNormalization;
    let cleaned: String = line.chars().filter(|c| !invisible(*c)).collect();
    let s: Vec<char> = cleaned.nfkc().map(|c| c.to_ascii_lowercase()).collect();
    let begin = skip_separators(&s, 0);
    for (words, label) in HEADER_LABELS {
        if let Some(end) = words_at(&s, begin, words) {
            let separators = &s[end..skip_separators(&s, end)];
            if separators.iter().any(|c| COLONS.contains(c)) {
                return Some(label);
            }
        }
    }
    if let Some(end) = words_at(&s, begin, &["session", "note"])
        && skip_separators(&s, end) == s.len()
    {
        return Some("\"SESSION NOTE\" header");
    }
    for (words, label) in SIGNATURE_WORDS {
        let Some(end) = words_at(&s, begin, words) else { continue };
        if end >= s.len() || s[end].is_ascii_alphanumeric() {
            continue;
        }
        let rest: String = s[end..].iter().collect();
        if rest.split(|c: char| !c.is_ascii_alphanumeric()).any(|word| word == "by") {
            return Some(label);
        }
    }
    None
}

/// The first line of `text` that reads as a header, signature or co-signature line, in
/// any spelling, case, spacing or punctuation (see [`line_reads_as`]). Ordinary prose
/// ("Patient was calm", "Service dog present") is not one: a header line is a label
/// followed by a colon, a signature line is "(co-)signed … by".
pub fn forged_line(text: &str) -> Option<ForgedLine> {
    note_lines(text).into_iter().enumerate().find_map(|(i, line)| {
        line_reads_as(line).map(|reads_as| ForgedLine { line: i + 1, reads_as, text: line.trim().to_string() })
    })
}

/// Lines that read as what the record renders, in many spellings: the examples of
/// [`line_reads_as`], run through it by the unit tests and through the database's rule by
/// tests/it/notes_support.rs, which must agree.
pub const FORGED_EXAMPLES: &[&str] = &[
    "Patient present: yes",
    "SERVICE: 97155, 120 minutes, 8 unit(s) billed",
    "service :97153",
    "  Service\u{a0}: 97153",
    "**Service**: 97153",
    "ＳＥＲＶＩＣＥ：97153",
    "Ser\u{200b}vice: 97153",
    "Service code - : 97153",
    "Co-signed (supervisor) by Ben Analyst, BCBA on 2026-11-23 16:40 (America/Chicago)",
    "co signed by Ben",
    "COSIGNED BY Ben",
    "Co-Signed: Ben Analyst",
    "Signed by Bea Analyst, BCBA",
    "signed  by",
    "- Signed, with care, by Bea",
    "Electronically signed by Riley Tech",
    "e-signed by Riley",
    "SESSION NOTE",
    "session-note",
    "Session Note: revised",
    "(DRAFT: to be signed by Riley Tech)",
    "[draft]: x",
    "Addendum by Jamie Admin, ADMIN on 2026-11-23 10:00 (America/Chicago)",
    "ADDENDUM: late entry",
    "Patient: Ava Martinez (DOB 2017-03-14)",
    "PATIENT ： Ava",
    "Date of service: 2026-11-23",
    "date-of-service : 2026-11-23",
    "Place of service: home",
    "place: home (POS 12)",
    "Rendered by: Riley Tech, RBT",
    "Rendered by Riley Tech, RBT (NPI 1234567893)",
    "Participants: Blair Analyst",
    "Signature: Bea",
    "Supervisor: Ben Analyst",
    "No-data reason: none",
    "> Signed by Bea",
    "Service\u{2236} 97153",
    "Date of service: 2026-11-30, 00:00–04:00, 16 unit(s)",
    "Time zone: America/Chicago",
    "time-zone : UTC",
    "Not billed: 30 minute(s) delivered beyond the authorization",
    "NOT BILLED：0",
];

/// Ordinary prose that both rules must leave alone.
pub const PROSE_EXAMPLES: &[&str] = &[
    "Patient was calm",
    "Service dog present",
    "The patient's mother signed the consent form.",
    "Session notes were reviewed with the parent.",
    "Place the reinforcer within reach.",
    "Services resumed after the break: all targets probed.",
    "Patients: none other in the room",
    "Draft targets: colors, shapes",
    "Signed up for the social skills group.",
    "She signed 'more' twice (ASL), prompted by the RBT.",
    "Served by the RBT: 3 trials",
    "Rendering the token board by hand",
    "By 10:00 the tantrums stopped.",
    "Plan",
    "  Continue the current treatment plan.",
    "",
];

/// Why a narrative (or an addendum, `what`) is refused: a line that reads as what the
/// record renders, with its number and how to fix it.
pub(crate) fn narrative_problem(what: &str, text: &str) -> Option<String> {
    forged_line(text).map(|f| {
        format!(
            "line {} of {what} reads as the note's {}: {:?}; the header is rendered from the session record, as are \
             the signatures and marks, and cannot be typed: reword the line (no label followed by a colon, no \
             \"signed … by\") and keep to the narrative (behaviors, skills, clinician notes, plan)",
            f.line,
            f.reads_as,
            super::text::bounded(&f.text, 80)
        )
    })
}

/// A reason for signing a note without (enough) data: said in words, on one line that
/// reads as no header or signature.
pub(crate) fn no_data_reason(reason: &str) -> Result<String, String> {
    let reason = super::text::reason("the reason", reason)?;
    match narrative_problem("the reason", &reason) {
        Some(problem) => Err(problem),
        None => Ok(reason),
    }
}

/// Everything a note needs before it is signed, as [`sign_readiness`] reads it.
#[derive(Debug, Clone)]
pub(crate) struct Readiness<'a> {
    /// The draft narrative.
    pub narrative: &'a str,
    /// The narrative `note_narrative` generates from the session's events.
    pub generated: &'a str,
    pub events: &'a [Event],
    /// The session's start on the clinic's clock.
    pub start: NaiveDateTime,
    /// Its minutes.
    pub minutes: i64,
    /// Why the session has no (or too few) events, stated by the signer.
    pub no_data_reason: Option<&'a str>,
}

/// Sessions longer than this need an event in each hour they started (or a reason).
pub(crate) const HOURLY_EVENTS_AFTER_MINUTES: i64 = 180;

/// Whether a note supports what is billed (OIG audits of ABA: notes with no data, or the
/// same boilerplate for every session, do not): a narrative of the clinician's own — not
/// the generated one word for word unless a clinician note was recorded; at least one
/// recorded event, or a stated reason; and a session over 3 hours with an event in each
/// hour it started, or a stated reason. Every problem, each with how to fix it.
pub(crate) fn sign_readiness(r: &Readiness<'_>) -> Result<(), Vec<String>> {
    let mut problems = Vec::new();
    let has_note = r.events.iter().any(|e| e.kind == EventType::Note);
    if !has_note && r.narrative.trim_end() == r.generated.trim_end() {
        problems.push(
            "the narrative is the generated draft word for word and the session has no clinician note: write what you \
             observed and did (edit the note's narrative)"
                .to_string(),
        );
    }
    if r.no_data_reason.is_none() {
        if r.events.is_empty() {
            problems.push(
                "the session has no recorded event (behavior, mand, trial or note): a note without data does not \
                 support the units billed; if none could be recorded, sign with the reason why"
                    .to_string(),
            );
        } else if r.minutes > HOURLY_EVENTS_AFTER_MINUTES {
            let hours = (r.minutes + 59) / 60;
            let missing: Vec<String> = (0..hours)
                .filter_map(|h| {
                    let from = r.start + chrono::Duration::hours(h);
                    let to = from + chrono::Duration::hours(1);
                    (!r.events.iter().any(|e| e.at >= from && e.at < to))
                        .then(|| format!("{}–{}", from.format("%H:%M"), to.format("%H:%M")))
                })
                .collect();
            if !missing.is_empty() {
                problems.push(format!(
                    "the session ran {} minutes (over 3 hours) and has no recorded event in {}: a session that long \
                     needs data in each hour it started; if none could be recorded, sign with the reason why",
                    r.minutes,
                    missing.join(", ")
                ));
            }
        }
    }
    if problems.is_empty() { Ok(()) } else { Err(problems) }
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
        assert!(narrative_problem("the narrative", &first).is_none());
        assert!(
            narrative_problem("the narrative", &format!("{header}\n{first}"))
                .is_some_and(|p| p.contains("line 1 of the narrative") && p.contains("SESSION NOTE"))
        );
        assert!(narrative_problem("the narrative", "Service: 97155 by a BCBA, 120 minutes").is_some());
    }

    #[test]
    fn lines_that_read_as_header_or_signature_are_found_in_any_spelling() {
        for line in FORGED_EXAMPLES {
            assert!(line_reads_as(line).is_some(), "{line:?} reads as a header or signature");
        }
        for line in PROSE_EXAMPLES {
            assert_eq!(line_reads_as(line), None, "{line:?} is prose");
        }
        let found = forged_line("Plan\n  Keep going.\r\nfine\rSERVICE: 97155").expect("forged");
        assert_eq!((found.line, found.reads_as), (4, "\"Service:\" header"));
        assert_eq!(forged_line("one\u{2028}Signed by me").map(|f| f.line), Some(2));
        assert_eq!(forged_line("one\r\n\r\nCo-signed by me").map(|f| (f.line, f.reads_as)), Some((3, "co-signature")));
        let problem = narrative_problem("the addendum", "ok\nSigned by Bea Analyst, BCBA").expect("refused");
        assert!(problem.contains("line 2 of the addendum") && problem.contains("signature"), "{problem}");
        assert!(no_data_reason("Signed by me").is_err() && no_data_reason("ok").is_err());
        assert_eq!(no_data_reason(" the device failed ").as_deref(), Ok("the device failed"));
    }

    fn at_hour(hour: u32, minute: u32) -> NaiveDateTime {
        chrono::NaiveDate::from_ymd_opt(2026, 11, 2).and_then(|d| d.and_hms_opt(hour, minute, 0)).unwrap_or_default()
    }

    #[test]
    fn a_note_is_signed_with_the_clinicians_words_and_data_in_every_hour() {
        let mand = |h, m| Event { at: at_hour(h, m), kind: EventType::Mand, data: EventData::default() };
        let note = |h, m| Event {
            at: at_hour(h, m),
            kind: EventType::Note,
            data: EventData { text: Some("Calm.".into()), ..Default::default() },
        };
        let ready = |narrative: &str, events: &[Event], minutes, reason| {
            let generated = note_narrative(&metrics(minutes, 1, 0, events), events);
            let narrative = if narrative.is_empty() { generated.clone() } else { narrative.to_string() };
            sign_readiness(&Readiness {
                narrative: &narrative,
                generated: &generated,
                events,
                start: at_hour(8, 0),
                minutes,
                no_data_reason: reason,
            })
        };
        // The generated narrative alone, without a clinician note: refused.
        let problems = ready("", &[mand(8, 10)], 60, None).unwrap_err();
        assert!(problems[0].contains("generated draft word for word"), "{problems:?}");
        assert_eq!(ready("", &[mand(8, 10)], 60, Some("device failed")).map_err(|p| p.len()), Err(1));
        // With a clinician note the generated narrative is theirs; an edited one is too.
        assert_eq!(ready("", &[note(8, 10)], 60, None), Ok(()));
        assert_eq!(ready("Worked on manding.", &[mand(8, 10)], 60, None), Ok(()));
        // No events: a reason, or refused.
        let problems = ready("Worked on manding.", &[], 60, None).unwrap_err();
        assert!(problems[0].contains("no recorded event") && problems[0].contains("sign with the reason why"));
        assert_eq!(ready("Worked on manding.", &[], 60, Some("device failed")), Ok(()));
        // 570 minutes: ten started hours, each needs an event.
        let events = [note(8, 5), mand(9, 59), mand(12, 0), mand(17, 29)];
        let problems = ready("", &events, 570, None).unwrap_err();
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(
            problems[0].contains("570 minutes")
                && problems[0].contains("10:00–11:00, 11:00–12:00, 13:00–14:00, 14:00–15:00, 15:00–16:00, 16:00–17:00"),
            "{problems:?}"
        );
        assert!(!problems[0].contains("08:00–09:00") && !problems[0].contains("17:00–18:00"), "{problems:?}");
        assert_eq!(ready("", &events, 570, Some("the tablet was charging")), Ok(()));
        // Exactly 3 hours needs no event per hour.
        assert_eq!(ready("", &[note(8, 5)], 180, None), Ok(()));
        let hourly: Vec<Event> = (8..18).map(|h| mand(h, 30)).chain([note(8, 1)]).collect();
        assert_eq!(ready("", &hourly, 570, None), Ok(()));
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
