//! Tests of the layers' boundaries read from the source itself: operations, store and
//! domain never speak the command line. What resolves a refusal travels as an
//! [`crate::error::Remedy`]; only `commands` names flags and commands.

use std::path::{Path, PathBuf};

/// A string literal of a source file: where it starts and what it says (as written,
/// escapes left alone).
#[derive(Debug)]
struct Literal {
    line: usize,
    text: String,
}

/// The string literals of Rust source outside comments and outside `#[cfg(test)]`
/// items: normal, byte and raw strings; char literals and lifetimes are stepped over.
fn runtime_literals(source: &str) -> Vec<Literal> {
    let chars: Vec<char> = source.chars().collect();
    let mut literals = Vec::new();
    let mut line = 1;
    let mut i = 0;
    // Depth of braces, and the depth at which a `#[cfg(test)]` item's body opened.
    let mut depth = 0usize;
    let mut test_item: Option<usize> = None;
    let mut test_pending = false;
    let at = |i: usize, s: &str| s.chars().enumerate().all(|(k, c)| chars.get(i + k) == Some(&c));
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' {
            line += 1;
            i += 1;
        } else if at(i, "//") {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if at(i, "/*") {
            let mut nested = 0;
            while i < chars.len() {
                if at(i, "/*") {
                    nested += 1;
                    i += 2;
                } else if at(i, "*/") {
                    nested -= 1;
                    i += 2;
                    if nested == 0 {
                        break;
                    }
                } else {
                    line += usize::from(chars[i] == '\n');
                    i += 1;
                }
            }
        } else if at(i, "#[cfg(test)]") {
            test_pending = true;
            i += "#[cfg(test)]".len();
        } else if c == '{' {
            depth += 1;
            if test_pending && test_item.is_none() {
                test_item = Some(depth);
            }
            test_pending = false;
            i += 1;
        } else if c == '}' {
            if test_item == Some(depth) {
                test_item = None;
            }
            depth = depth.saturating_sub(1);
            i += 1;
        } else if c == ';' && test_pending && test_item.is_none() {
            // `#[cfg(test)] use …;` or `mod tests;`: an item without a body.
            test_pending = false;
            i += 1;
        } else if c == '"' {
            let (first, mut j) = (line, i + 1);
            let mut text = String::new();
            while j < chars.len() && chars[j] != '"' {
                if chars[j] == '\\' {
                    text.push(chars[j]);
                    j += 1;
                }
                if let Some(&ch) = chars.get(j) {
                    line += usize::from(ch == '\n');
                    text.push(ch);
                }
                j += 1;
            }
            if test_item.is_none() {
                literals.push(Literal { line: first, text });
            }
            i = j + 1;
        } else if c == '\'' {
            // A char literal ('x', '\n', '\'', '\u{1b}') or a lifetime ('a).
            if chars.get(i + 1) == Some(&'\\') {
                let mut j = i + 2;
                j += 1; // the escaped character itself
                while j < chars.len() && chars[j] != '\'' {
                    j += 1;
                }
                i = j + 1;
            } else if chars.get(i + 2) == Some(&'\'') {
                i += 3;
            } else {
                i += 1;
            }
        } else if is_ident(c) {
            // A whole identifier, so that a name ending in `r` or `b` never starts a
            // string; `b"…"` goes on to the string branch, `r#"…"#` and `br"…"` are read here.
            let word_start = i;
            while i < chars.len() && is_ident(chars[i]) {
                i += 1;
            }
            let word: String = chars[word_start..i].iter().collect();
            let hashes = chars[i..].iter().take_while(|&&h| h == '#').count();
            if matches!(word.as_str(), "r" | "br") && chars.get(i + hashes) == Some(&'"') {
                let close: String = std::iter::once('"').chain(std::iter::repeat_n('#', hashes)).collect();
                let (first, mut j) = (line, i + hashes + 1);
                let mut text = String::new();
                while j < chars.len() && !at(j, &close) {
                    line += usize::from(chars[j] == '\n');
                    text.push(chars[j]);
                    j += 1;
                }
                if test_item.is_none() {
                    literals.push(Literal { line: first, text });
                }
                i = j + close.chars().count();
            }
        } else {
            i += 1;
        }
    }
    literals
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Whether a literal speaks the command line: a flag (`--name`) or a command
/// (`omnictl …`).
fn speaks_command_line(text: &str) -> bool {
    let flag = text.as_bytes().windows(3).any(|w| w[0] == b'-' && w[1] == b'-' && w[2].is_ascii_lowercase());
    flag || text.contains("omnictl ")
}

fn rust_files(dir: &Path, files: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).expect("a source directory").flatten().collect();
    entries.sort_by_key(|e| e.path());
    for entry in entries {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
}

#[test]
fn the_lexer_finds_runtime_strings_only() {
    let source = r####"
        //! "--doc" in a doc comment
        /// "--flag" in a doc comment
        fn f<'a>(x: &'a str) -> char {
            // "--comment"
            /* "--block" /* nested "--x" */ still */
            let _ = "plain --one";
            let _ = r#"raw "--two" omnictl x"#;
            let _ = b"bytes";
            let _ = "escaped \" --three";
            let _ = '"';
            let _ = '\'';
            let for_r = "after r";
            'x'
        }
        #[cfg(test)]
        mod tests {
            fn g() { let _ = "--in-test"; }
        }
        fn h() { let _ = "after the test module"; }
    "####;
    let texts: Vec<String> = runtime_literals(source).into_iter().map(|l| l.text).collect();
    assert_eq!(
        texts,
        ["plain --one", "raw \"--two\" omnictl x", "bytes", "escaped \\\" --three", "after r", "after the test module"]
    );
    assert!(speaks_command_line("plain --one"));
    assert!(speaks_command_line("see omnictl auth show"));
    assert!(!speaks_command_line("sunrise-aba, 2026-11-03 -- a dash"));
}

#[test]
fn operations_store_and_domain_never_name_flags_or_commands() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    for layer in ["ops", "store", "domain"] {
        rust_files(&root.join(layer), &mut files);
    }
    assert!(files.len() > 30, "the layers' sources were not found under {}", root.display());
    let mut found = Vec::new();
    for file in &files {
        let source = std::fs::read_to_string(file).expect("a readable source file");
        for literal in runtime_literals(&source) {
            if speaks_command_line(&literal.text) {
                let name = file.strip_prefix(&root).unwrap_or(file).display();
                found.push(format!("src/{name}:{}: {:?}", literal.line, literal.text));
            }
        }
    }
    assert!(
        found.is_empty(),
        "ops, store and domain speak the command line (return a Remedy, or name the domain thing):\n{}",
        found.join("\n")
    );
}

/// The command layer stays thin (issue 26): a command parses, runs an operation and
/// prints; what grows with a feature grows in ops/, store/ or domain/.
#[test]
fn the_command_layer_stays_under_four_thousand_lines() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join("commands");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    let lines: usize =
        files.iter().map(|file| std::fs::read_to_string(file).expect("a readable source file").lines().count()).sum();
    assert!(files.len() > 10, "the commands were not found under {}", root.display());
    assert!(lines < 4000, "commands/ has {lines} lines: move rules and reports below it (ops, store, domain, db)");
}
