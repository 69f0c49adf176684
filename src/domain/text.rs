//! Free text an operator types or a file carries: names, reasons, notes. Control
//! characters are refused (an escape sequence stored in a name would later clear the
//! terminal of whoever lists it), every field has a documented maximum length, and
//! text stored before these rules is printed with its control characters made visible.

use std::borrow::Cow;

/// The longest name (organization, user, practitioner, payer, …), in characters.
pub(crate) const MAX_NAME: usize = 200;
/// The longest reason or short note (cancellation, break-glass, authorization notes).
pub(crate) const MAX_REASON: usize = 2_000;
/// The longest clinical note or addendum.
pub(crate) const MAX_NOTE: usize = 100_000;

/// The first control character of `text` but those `allowed`. Control characters are
/// the bytes below 0x20 and 0x7f, and U+0080..U+009F (0xc2 then 0x80..0x9f): text with
/// none of these bytes, which is most text, is passed over without decoding it.
pub(crate) fn first_control(text: &str, allowed: &[char]) -> Option<char> {
    if !text.bytes().any(|b| b < 0x20 || b == 0x7f || b == 0xc2) {
        return None;
    }
    text.chars().find(|c| c.is_control() && !allowed.contains(c))
}

/// One line of text: trimmed, 1 to `max` characters, no control characters.
pub(crate) fn single_line(what: &str, value: &str, max: usize) -> Result<String, String> {
    let value = value.trim();
    if let Some(c) = first_control(value, &[]) {
        return Err(format!("{what} contains the control character {}: type it without one", visible_char(c)));
    }
    within(what, value, max)
}

/// Text of several lines: tabs and line breaks allowed, no other control characters.
pub(crate) fn multi_line(what: &str, value: &str, max: usize) -> Result<String, String> {
    let value = value.trim();
    if let Some(c) = first_control(value, &['\n', '\t', '\r']) {
        return Err(format!("{what} contains the control character {}: type it without one", visible_char(c)));
    }
    within(what, value, max)
}

fn within(what: &str, value: &str, max: usize) -> Result<String, String> {
    let length = value.chars().count();
    if length == 0 {
        return Err(format!("{what} is empty"));
    }
    if length > max {
        return Err(format!("{what} is {length} characters long; at most {max} are kept"));
    }
    Ok(value.to_string())
}

/// A reason that is on the record (break-glass, cancellations): a line that says
/// something, at least 5 characters of which at least 3 are letters.
pub(crate) fn reason(what: &str, value: &str) -> Result<String, String> {
    let value = if value.trim().is_empty() { String::new() } else { single_line(what, value, MAX_REASON)? };
    if value.chars().count() < 5 || value.chars().filter(|c| c.is_alphabetic()).count() < 3 {
        return Err(format!("{what} must say why in words (at least 5 characters, 3 of them letters)"));
    }
    Ok(value)
}

/// Text as it may be printed on a terminal: control characters (but line breaks and
/// tabs) shown as `\u{1b}`-style escapes.
pub fn visible(text: &str) -> Cow<'_, str> {
    if first_control(text, &['\n', '\t']).is_none() {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| if c.is_control() && !matches!(c, '\n' | '\t') { visible_char(c) } else { c.to_string() })
            .collect(),
    )
}

/// A bounded, printable copy of untrusted text (an unknown operator's claimed email):
/// at most `max` characters, control characters escaped.
pub(crate) fn bounded(text: &str, max: usize) -> String {
    let mut kept: String = text.chars().take(max).collect();
    if text.chars().count() > max {
        kept.push('…');
    }
    visible(&kept).into_owned()
}

fn visible_char(c: char) -> String {
    format!("\\u{{{:x}}}", u32::from(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_found_in_any_plane_and_only_them() {
        assert_eq!(first_control("Zoë Núñez\u{a0}ABA", &[]), None, "Latin-1 letters and NBSP are text");
        assert_eq!(first_control("next\u{85}line", &[]), Some('\u{85}'), "C1 controls count");
        assert_eq!(first_control("bell\u{7f}", &[]), Some('\u{7f}'));
        assert_eq!(first_control("a\tb\nc", &['\t', '\n']), None);
        assert_eq!(first_control("a\tb\rc", &['\t', '\n']), Some('\r'));
    }

    #[test]
    fn control_characters_are_refused_and_shown_escaped() {
        let error = single_line("--name", "Sunrise\u{1b}[2J ABA", MAX_NAME).unwrap_err();
        assert!(error.contains("control character \\u{1b}"), "{error}");
        assert_eq!(single_line("--name", "  Sunrise ABA ", MAX_NAME).as_deref(), Ok("Sunrise ABA"));
        assert!(single_line("--name", "two\nlines", MAX_NAME).is_err());
        assert_eq!(multi_line("note", "two\nlines\tok", MAX_NOTE).as_deref(), Ok("two\nlines\tok"));
        assert_eq!(visible("a\u{1b}[2Jb\nc"), "a\\u{1b}[2Jb\nc");
        assert!(single_line("--name", &"x".repeat(201), MAX_NAME).unwrap_err().contains("at most 200"));
    }

    #[test]
    fn a_reason_needs_words() {
        for bad in ["", "   ", ".....", "12345", "a.b.."] {
            assert!(reason("--reason", bad).is_err(), "{bad:?}");
        }
        assert_eq!(reason("--reason", " payer audit ").as_deref(), Ok("payer audit"));
    }

    #[test]
    fn untrusted_text_is_bounded_and_printable() {
        let long = format!("\u{1b}[31m{}", "a".repeat(500));
        let kept = bounded(&long, 100);
        assert!(kept.starts_with("\\u{1b}[31m") && kept.ends_with('…') && kept.chars().count() < 120, "{kept}");
    }
}
