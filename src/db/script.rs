//! A SQL script as its statements, split where PostgreSQL would end each: at a semicolon
//! outside quotes ('…', E'…', "…", $tag$…$tag$), comments (-- and nested /* */),
//! parentheses and a SQL-standard function body (BEGIN ATOMIC … END, as psql reads it). A migration runs one statement at a time: Citus sends the text of the
//! statement it propagates to the shards, and given a script of several it sends them
//! all as one command, which a worker refuses.

/// The statements of `script`, in order, each without its semicolon and trimmed; the
/// blanks and comments between them are left out (a statement keeps the comments inside
/// it).
pub(crate) fn statements(script: &str) -> Vec<&str> {
    let bytes = script.as_bytes();
    let mut found = Vec::new();
    let mut start = 0;
    let mut depth = 0usize;
    // Inside BEGIN ATOMIC: its BEGINs and CASEs open, its ENDs close (as psql counts).
    let mut atomic = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b if b.is_ascii_alphabetic() && !is_word(i.checked_sub(1).and_then(|p| bytes.get(p))) => {
                let end = word_end(bytes, i);
                let word = &script[i..end];
                if atomic > 0 {
                    if word.eq_ignore_ascii_case("begin") || word.eq_ignore_ascii_case("case") {
                        atomic += 1;
                    } else if word.eq_ignore_ascii_case("end") {
                        atomic -= 1;
                    }
                } else if word.eq_ignore_ascii_case("begin") {
                    let next = end + script[end..].len() - script[end..].trim_start().len();
                    if script[next..word_end(bytes, next)].eq_ignore_ascii_case("atomic") {
                        atomic = 1;
                    }
                }
                i = end;
                continue;
            }
            b'-' if bytes.get(i + 1) == Some(&b'-') => {
                i = script[i..].find('\n').map_or(bytes.len(), |end| i + end + 1);
                continue;
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i = block_comment_end(bytes, i);
                continue;
            }
            b'\'' => {
                let escapes = i > 0 && matches!(bytes[i - 1], b'E' | b'e') && !is_word(bytes.get(i.wrapping_sub(2)));
                i = quoted_end(bytes, i, b'\'', escapes);
                continue;
            }
            b'"' => {
                i = quoted_end(bytes, i, b'"', false);
                continue;
            }
            b'$' if !is_word(i.checked_sub(1).and_then(|p| bytes.get(p))) => {
                if let Some(end) = dollar_quote_end(script, i) {
                    i = end;
                    continue;
                }
            }
            b'(' => depth += 1,
            b')' => depth = depth.saturating_sub(1),
            b';' if depth == 0 && atomic == 0 => {
                push(&mut found, &script[start..i]);
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    push(&mut found, &script[start..]);
    found
}

/// Keeps a statement that holds more than blanks and comments.
fn push<'a>(found: &mut Vec<&'a str>, text: &'a str) {
    let text = text.trim();
    if !only_comments(text) {
        found.push(text);
    }
}

fn only_comments(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'-' if bytes.get(i + 1) == Some(&b'-') => {
                i = text[i..].find('\n').map_or(bytes.len(), |end| i + end + 1);
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => i = block_comment_end(bytes, i),
            byte if byte.is_ascii_whitespace() => i += 1,
            _ => return false,
        }
    }
    true
}

/// Past the word (letters, digits, _, $) starting at `start`.
fn word_end(bytes: &[u8], start: usize) -> usize {
    let mut i = start;
    while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_' || bytes[i] == b'$') {
        i += 1;
    }
    i
}

fn is_word(byte: Option<&u8>) -> bool {
    byte.is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_')
}

/// Past the end of the /* comment at `start` (comments nest in PostgreSQL).
fn block_comment_end(bytes: &[u8], start: usize) -> usize {
    let mut depth = 0usize;
    let mut i = start;
    while i + 1 < bytes.len() {
        if bytes[i] == b'/' && bytes[i + 1] == b'*' {
            depth += 1;
            i += 2;
        } else if bytes[i] == b'*' && bytes[i + 1] == b'/' {
            depth -= 1;
            i += 2;
            if depth == 0 {
                return i;
            }
        } else {
            i += 1;
        }
    }
    bytes.len()
}

/// Past the closing `quote` of the quoted text opening at `start` (a doubled quote is one
/// quote; with `escapes`, a backslash escapes the next character).
fn quoted_end(bytes: &[u8], start: usize, quote: u8, escapes: bool) -> usize {
    let mut i = start + 1;
    while i < bytes.len() {
        if escapes && bytes[i] == b'\\' {
            i += 2;
        } else if bytes[i] == quote {
            if bytes.get(i + 1) == Some(&quote) {
                i += 2;
            } else {
                return i + 1;
            }
        } else {
            i += 1;
        }
    }
    bytes.len()
}

/// Past the closing tag of the dollar-quoted text opening at `start` ($$ or $tag$), or
/// None when no tag opens there (a parameter such as $1).
fn dollar_quote_end(script: &str, start: usize) -> Option<usize> {
    let rest = &script[start + 1..];
    let tag_len = rest.find('$')?;
    let tag = &rest[..tag_len];
    if !tag.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
        || tag.bytes().next().is_some_and(|b| b.is_ascii_digit())
    {
        return None;
    }
    let delimiter = &script[start..start + tag_len + 2];
    let body = start + delimiter.len();
    Some(script[body..].find(delimiter).map_or(script.len(), |end| body + end + delimiter.len()))
}

#[cfg(test)]
mod tests {
    use super::statements;

    #[test]
    fn statements_end_at_semicolons_outside_quotes_comments_and_bodies() {
        let script = "-- a comment; not a statement\n\
            CREATE TABLE t (a int, b text DEFAULT 'x;y''z');\n\
            /* a comment /* nested; */ still; */\n\
            CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $body$ BEGIN RETURN 1; END $body$;\n\
            DO $$ BEGIN PERFORM 1; END $$;\n\
            SELECT E'a\\';b', \"odd;name\", $1::text FROM t;\n\
            CREATE RULE r AS ON INSERT TO t DO ALSO (SELECT 1; SELECT 2);\n\
            -- trailing\n";
        assert_eq!(
            statements(script),
            [
                "-- a comment; not a statement\nCREATE TABLE t (a int, b text DEFAULT 'x;y''z')",
                "/* a comment /* nested; */ still; */\nCREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $body$ BEGIN RETURN 1; END $body$",
                "DO $$ BEGIN PERFORM 1; END $$",
                "SELECT E'a\\';b', \"odd;name\", $1::text FROM t",
                "CREATE RULE r AS ON INSERT TO t DO ALSO (SELECT 1; SELECT 2)",
            ]
        );
        let atomic = "CREATE FUNCTION g(x int) RETURNS int LANGUAGE sql BEGIN ATOMIC \
                      SELECT CASE WHEN x > 0 THEN 1 ELSE 0 END; SELECT 2; END; SELECT 3;";
        assert_eq!(
            statements(atomic),
            [
                "CREATE FUNCTION g(x int) RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT CASE WHEN x > 0 THEN 1 ELSE 0 END; SELECT 2; END",
                "SELECT 3",
            ]
        );
        assert_eq!(statements("BEGIN; SELECT 1; COMMIT"), ["BEGIN", "SELECT 1", "COMMIT"]);
        assert!(statements("  -- nothing\n/* at all */ ").is_empty());
        assert_eq!(statements("SELECT 1"), ["SELECT 1"]);
    }
}
