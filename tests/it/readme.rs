//! The README's tour runs as shown: every `$ ` line of its console blocks runs, in
//! order, in one shell on a fresh quickstart database, and prints what the README shows
//! once ids, digests, digits and column padding are set aside (they change from run to
//! run and day to day). `OMNICTL_BLESS=1 cargo test readme` rewrites the shown output
//! from a run.

use std::path::Path;
use std::process::Command;

use crate::harness::{LocalClusterGuard, bin, fresh_home, omnictl, stderr};

const START: &str = "<!-- tour:start -->";
const END: &str = "<!-- tour:end -->";
const STEP: &str = "@@omnictl-tour-step@@";

/// The commands of the tour, in order.
fn commands(tour: &str) -> Vec<String> {
    let mut in_block = false;
    let mut commands = Vec::new();
    for line in tour.lines() {
        if line.starts_with("```") {
            in_block = line.starts_with("```console");
        } else if in_block && let Some(command) = line.strip_prefix("$ ") {
            commands.push(command.to_string());
        }
    }
    commands
}

/// The output the README shows for each command.
fn shown(tour: &str) -> Vec<Vec<String>> {
    let mut in_block = false;
    let mut outputs: Vec<Vec<String>> = Vec::new();
    for line in tour.lines() {
        if line.starts_with("```") {
            in_block = line.starts_with("```console");
        } else if in_block {
            if line.starts_with("$ ") {
                outputs.push(Vec::new());
            } else if let Some(last) = outputs.last_mut() {
                last.push(line.to_string());
            }
        }
    }
    outputs
}

/// The tour with each command's output replaced by `outputs`.
fn blessed(tour: &str, outputs: &[Vec<String>]) -> String {
    let mut in_block = false;
    let mut next = outputs.iter();
    let mut text = String::new();
    for line in tour.lines() {
        if line.starts_with("```") {
            in_block = line.starts_with("```console");
        } else if in_block && !line.starts_with("$ ") {
            continue;
        }
        text.push_str(line);
        text.push('\n');
        if in_block && line.starts_with("$ ") {
            for out in next.next().into_iter().flatten() {
                text.push_str(out);
                text.push('\n');
            }
        }
    }
    text
}

fn is_uuid(s: &[u8]) -> bool {
    s.len() >= 36
        && s[..36].iter().enumerate().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => *c == b'-',
            _ => c.is_ascii_hexdigit(),
        })
}

/// A line with what changes between runs set aside: ids, long hex digests, digits and
/// the padding of table columns.
fn normalized(line: &str) -> String {
    let bytes = line.as_bytes();
    let mut out = String::new();
    let mut i = 0;
    while i < bytes.len() {
        if is_uuid(&bytes[i..]) {
            out.push_str("<id>");
            i += 36;
            continue;
        }
        let hex = bytes[i..].iter().take_while(|c| c.is_ascii_hexdigit()).count();
        if hex >= 16 {
            out.push_str("<hex>");
            i += hex;
            continue;
        }
        // A short id as tables show it: a whole word that is the start of a UUID, at
        // least 8 characters long.
        let short = uuid_prefix_len(&bytes[i..]);
        let starts_word = i == 0 || !bytes[i - 1].is_ascii_alphanumeric();
        let ends_word = bytes.get(i + short).is_none_or(|c| !c.is_ascii_alphanumeric());
        if short >= 8 && starts_word && ends_word {
            out.push_str("<id>");
            i += short;
            continue;
        }
        let c = bytes[i] as char;
        if c.is_ascii_digit() {
            while i < bytes.len() && (bytes[i] as char).is_ascii_digit() {
                i += 1;
            }
            out.push('#');
            continue;
        }
        if c.is_whitespace() {
            while i < bytes.len() && (bytes[i] as char).is_whitespace() {
                i += 1;
            }
            out.push(' ');
            continue;
        }
        let width = line[i..].chars().next().map(char::len_utf8).unwrap_or(1);
        out.push_str(&line[i..i + width]);
        i += width;
    }
    out.trim().to_string()
}

fn significant(lines: &[String]) -> Vec<String> {
    lines.iter().map(|l| normalized(l)).filter(|l| !l.is_empty()).collect()
}

#[test]
fn the_readme_tour_runs_as_shown() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme_path = root.join("README.md");
    let readme = std::fs::read_to_string(&readme_path).expect("README.md");
    let (Some(start), Some(end)) = (readme.find(START), readme.find(END)) else {
        panic!("README.md has no tour between {START} and {END}");
    };
    let tour = &readme[start..end];
    let commands = commands(tour);
    assert!(commands.len() >= 10, "the tour has {} commands", commands.len());

    let home = fresh_home();
    let _guard = LocalClusterGuard { home: home.path().to_path_buf() };
    let quickstart = omnictl().env("OMNICTL_HOME", home.path()).arg("quickstart").output().expect("quickstart");
    assert!(quickstart.status.success(), "{}", stderr(&quickstart));

    // The tour calls `omnictl` from the repository's root, as a reader would.
    let tools = tempfile::tempdir().expect("temp dir");
    std::os::unix::fs::symlink(bin(), tools.path().join("omnictl")).expect("symlink");
    let mut script = String::new();
    for command in &commands {
        script.push_str(&format!("echo {STEP}\n{command} 2>&1\n"));
    }
    let path = format!("{}:{}", tools.path().display(), std::env::var("PATH").unwrap_or_default());
    let run = Command::new("bash")
        .arg("-c")
        .arg(&script)
        .current_dir(root)
        .env("PATH", path)
        .env("OMNICTL_HOME", home.path())
        .env_remove("DATABASE_URL")
        .env_remove("OMNICTL_OPERATOR")
        .env_remove("OMNICTL_ORG")
        .env_remove("NO_COLOR")
        .output()
        .expect("bash");
    let text = String::from_utf8_lossy(&run.stdout).to_string();
    let actual: Vec<Vec<String>> = text
        .split(&format!("{STEP}\n"))
        .skip(1)
        .map(|chunk| chunk.lines().map(|l| l.trim_end().to_string()).collect())
        .collect();
    assert_eq!(actual.len(), commands.len(), "the tour stopped early: {text}");

    if std::env::var_os("OMNICTL_BLESS").is_some() {
        let updated = format!("{}{}{}", &readme[..start], blessed(tour, &actual), &readme[end..]);
        std::fs::write(&readme_path, updated).expect("write README.md");
        return;
    }
    let expected = shown(tour);
    for ((command, shown), actual) in commands.iter().zip(&expected).zip(&actual) {
        assert_eq!(
            significant(shown),
            significant(actual),
            "`{command}` no longer prints what the README shows (OMNICTL_BLESS=1 cargo test readme rewrites \
             it):\n{}",
            actual.join("\n")
        );
    }
}

/// How many of `bytes` follow the shape of a UUID from its start (hex digits, hyphens
/// after 8, 12, 16 and 20 of them).
fn uuid_prefix_len(bytes: &[u8]) -> usize {
    let mut len = 0;
    for (i, c) in bytes.iter().take(36).enumerate() {
        let fits = if [8, 13, 18, 23].contains(&i) { *c == b'-' } else { c.is_ascii_hexdigit() };
        if !fits {
            break;
        }
        len = i + 1;
    }
    // A prefix ends on a digit, not on its hyphen.
    if len > 0 && bytes[len - 1] == b'-' { len - 1 } else { len }
}

#[test]
fn normalizing_keeps_words_and_sets_aside_ids_digits_and_padding() {
    assert_eq!(normalized(" chain   d110a918-9406-40ca-a69e-05b4d719acfb  15    15 "), "chain <id> # #");
    assert_eq!(normalized("sha256 22ec675ca8c63e9d17d771e980e3ba346c9047f7"), "sha# <hex>");
    assert_ne!(normalized("3 created"), normalized("3 updated"));
    assert_eq!(normalized("RESERVE +12 850d5f0e"), normalized("RESERVE +12 e0fe8f85"), "short ids");
    assert_eq!(normalized("81.7% 01a22c57-460c-70a1-9a8f-58f"), "#.#% <id>");
}

/// The README's words between `start` and the next blank line after it.
fn paragraph<'a>(readme: &'a str, start: &str) -> &'a str {
    let from = readme.find(start).unwrap_or_else(|| panic!("the README has {start:?}"));
    let rest = &readme[from..];
    &rest[..rest.find("\n\n").unwrap_or(rest.len())]
}

/// The README's exit-code table is the binary's: every kind's code, and no other.
#[test]
fn the_readmes_exit_codes_are_the_binarys() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).expect("README");
    let section = &readme[readme.find("\n## Exit codes").expect("an Exit codes section")..];
    let table = paragraph(section, "| code | meaning |");
    let documented: Vec<u8> =
        table.lines().filter_map(|line| line.strip_prefix("| ")?.split(' ').next()?.parse().ok()).collect();
    let mut codes: Vec<u8> = omnictl::error::Kind::ALL.iter().map(|kind| kind.exit_code()).collect();
    codes.insert(0, 0);
    assert_eq!(documented, codes, "the README's exit-code table:\n{table}");
    // `omnictl --help` lists the same codes.
    let help = omnictl().arg("--help").output().expect("run omnictl");
    let help = String::from_utf8_lossy(&help.stdout).into_owned();
    for code in codes {
        assert!(help.contains(&format!("\n  {code:<3} ")), "--help lists exit code {code}:\n{help}");
    }
}

/// Every range the README's input rules state is the one the binary enforces: past the
/// end, the binary names the same range.
#[test]
fn the_readmes_ranges_are_the_binarys() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).expect("README");
    let rules = paragraph(&readme, "**Input rules.**").replace('\n', " ");
    // "`--flag` LOW–HIGH"
    let stated: Vec<(String, i64, i64)> = rules
        .split('`')
        .collect::<Vec<_>>()
        .windows(2)
        .filter(|pair| pair[0].starts_with("--"))
        .filter_map(|pair| {
            let range = pair[1].trim().split([' ', ',', ')']).next()?;
            let (low, high) = range.split_once('–')?;
            Some((pair[0].to_string(), low.parse().ok()?, high.parse().ok()?))
        })
        .collect();
    assert!(stated.len() >= 6, "the README's input rules state ranges: {rules}");
    let command = omnictl::cli::command();
    for (flag, low, high) in stated {
        let path = path_with(&command, flag.trim_start_matches('-'), Vec::new())
            .unwrap_or_else(|| panic!("no command takes {flag}"));
        let out = omnictl().args(&path).args([flag.as_str(), &(high + 1).to_string()]).output().expect("run omnictl");
        let said = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{path:?} {flag} {}: {said}", high + 1);
        assert!(said.contains(&format!("is not in {low}..={high}")), "the README says {flag} {low}–{high}; {said}");
    }
}

/// The path of a command that takes `--long` (the global options: any command).
fn path_with(command: &clap::Command, long: &str, path: Vec<String>) -> Option<Vec<String>> {
    if !path.is_empty() && command.get_arguments().any(|arg| arg.get_long() == Some(long)) {
        return Some(path);
    }
    command
        .get_subcommands()
        .find_map(|sub| path_with(sub, long, [path.clone(), vec![sub.get_name().to_string()]].concat()))
}
