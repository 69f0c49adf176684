//! The examples every command's `--help` ends with: real command lines, by command path.
//! One table, so that a test can hold every command to having its examples.

/// (command path without `omnictl`, examples: one command line per line, with a comment).
pub(crate) const EXAMPLES: &[(&str, &str)] = &[
    (
        "quickstart",
        "omnictl quickstart              # the local database, the schema, the demo clinic\nomnictl quickstart --no-demo    # the same without the demo clinic",
    ),
    (
        "org create",
        "omnictl org create --name \"Lakeside ABA\" --slug lakeside --timezone America/Chicago\nomnictl org create --name \"Hillside\" --slug hillside --type private-practice --units-rule cms_8_minute",
    ),
    ("doctor", "omnictl doctor\nomnictl --database-url postgres://owner@db.example.org/omnictl doctor -o json"),
    ("code list", "omnictl code list\nomnictl code list -o csv > codes.csv"),
    ("org list", "omnictl org list\nomnictl org list -o csv > clinics.csv"),
    ("org show", "omnictl org show lakeside\nomnictl --org lakeside org show -o json"),
    (
        "org update",
        "omnictl org update lakeside --timezone America/Denver\nomnictl org update --default-place home --telehealth-modifier GT",
    ),
    ("org suspend", "omnictl org suspend lakeside      # its users are refused until activated"),
    ("org activate", "omnictl org activate lakeside"),
    (
        "user bootstrap",
        "omnictl user bootstrap --email root@example.org --name \"Platform Root\"\nprintf '%s' \"$PASSWORD\" | omnictl user bootstrap --email root@example.org --name Root --password-stdin",
    ),
    (
        "user create",
        "omnictl user create --org lakeside --email admin@lakeside.test --name \"Jamie Admin\" --role admin\nomnictl user create --email riley@lakeside.test --name \"Riley Tech\" --role staff",
    ),
    ("user list", "omnictl user list\nomnictl --org lakeside user list -o json"),
    ("user show", "omnictl user show riley@lakeside.test"),
    (
        "user update",
        "omnictl user update riley@lakeside.test --role admin\nomnictl user update riley@lakeside.test --email riley.tech@lakeside.test",
    ),
    ("user deactivate", "omnictl user deactivate riley@lakeside.test   # ends their open connections too"),
    ("user activate", "omnictl user activate riley@lakeside.test"),
    (
        "user set-password",
        "omnictl user set-password                       # your own, asked on the terminal\nprintf '%s' \"$PASSWORD\" | omnictl user set-password riley@lakeside.test --password-stdin",
    ),
    ("user whoami", "omnictl user whoami\nomnictl user whoami -o json"),
    (
        "practitioner create",
        "omnictl practitioner create --name \"Riley Tech\" --credential RBT --npi 1234567893 --user riley@lakeside.test\nomnictl practitioner create --name \"Blair Analyst\" --credential BCBA --npi 1245319599 --license LA-7781 --license-state IL --credential-valid-until 2027-06-30",
    ),
    ("practitioner list", "omnictl practitioner list\nomnictl practitioner list --include-inactive -o csv"),
    ("practitioner show", "omnictl practitioner show 1234567893"),
    (
        "practitioner update",
        "omnictl practitioner update 1234567893 --credential-valid-until 2027-12-31\nomnictl practitioner update 1234567893 --credential-valid-until 2026-12-05 --keep-affected",
    ),
    (
        "practitioner deactivate",
        "omnictl practitioner deactivate 1234567893 --cancel-affected --reason \"left the clinic\"\nomnictl practitioner deactivate 1234567893 --keep-affected   # then appointment list --needs-attention",
    ),
    (
        "practitioner supervision-contact",
        "omnictl practitioner supervision-contact --technician 1234567893 --supervisor 1245319599 --start \"2026-11-20 15:00\" --minutes 30 --with-client",
    ),
    (
        "patient create",
        "omnictl patient create --mrn MRN-2001 --first-name Ava --last-name Lee --dob 3/14/2017\nomnictl patient create --mrn MRN-2002 --first-name Noah --last-name Kim --dob 2016-11-02 --guardian-name \"Dan Kim\"",
    ),
    ("patient list", "omnictl patient list --search lee\nomnictl patient list --include-archived -o csv"),
    ("patient show", "omnictl patient show MRN-2001"),
    (
        "patient update",
        "omnictl patient update MRN-2001 --phone 555-201-0009\nomnictl patient update MRN-2001 --mrn MRN-2001A",
    ),
    ("patient archive", "omnictl patient archive MRN-2001   # hidden from lists, never deleted"),
    ("patient unarchive", "omnictl patient unarchive MRN-2001"),
    (
        "patient import",
        "omnictl patient import patients.csv --dry-run\nomnictl patient import patients.csv --mode upsert --errors rejected.csv",
    ),
    ("patient export", "omnictl patient export > patients.csv\nomnictl patient export --include-archived > all.csv"),
    (
        "insurance add",
        "omnictl insurance add --patient MRN-2001 --payer \"Synthetic Health\" --member-number SYN-1 --start 2026-01-01\nomnictl insurance add --patient MRN-2001 --payer Medicaid --member-number M-9 --start 1/1/2026 --priority secondary",
    ),
    ("insurance list", "omnictl insurance list --patient MRN-2001"),
    (
        "insurance update",
        "omnictl insurance update $POLICY --plan \"Gold PPO\"\nomnictl insurance update $POLICY --end \"\"    # coverage open-ended again",
    ),
    (
        "insurance end",
        "omnictl insurance end $POLICY                 # coverage ends today\nomnictl insurance end $POLICY --date 2026-12-31",
    ),
    ("insurance remove", "omnictl insurance remove $POLICY              # a policy entered by mistake"),
    ("insurance import", "omnictl insurance import insurance.csv --dry-run\nomnictl insurance import insurance.csv"),
    ("insurance export", "omnictl insurance export > insurance.csv"),
    (
        "auth create",
        "omnictl auth create --patient MRN-2001 --code 97153 --units 400 --start 2026-06-01 --end 2026-11-30 --number PA-153-001\nomnictl auth create --patient MRN-2001 --code 97155 --units 40 --start today --end +26w --status pending",
    ),
    ("auth list", "omnictl auth list --patient MRN-2001\nomnictl auth list --status active --code 97153 -o csv"),
    (
        "auth show",
        "omnictl auth show PA-153-001       # the units bar and the ledger\nomnictl auth show PA-153-001 -o json",
    ),
    (
        "auth update",
        "omnictl auth update PA-153-001 --status active\nomnictl auth update PA-153-001 --end 2027-01-31 --cancel-affected --reason \"payer shortened it\"",
    ),
    ("auth cancel", "omnictl auth cancel PA-153-001 --reason \"payer withdrew\""),
    (
        "auth sweep",
        "omnictl auth sweep                 # EXPIRED / EXHAUSTED where due, every clinic for a super admin",
    ),
    ("auth check", "omnictl auth check                 # exit 10 when counters differ from the bookings or the ledger"),
    ("auth import", "omnictl auth import authorizations.csv --dry-run\nomnictl auth import authorizations.csv"),
    (
        "auth expiring",
        "omnictl auth expiring --within 30d\nomnictl auth expiring --within 2w --exit-code   # for cron: exit 10 when something is listed",
    ),
    ("auth low", "omnictl auth low --threshold 80%\nomnictl auth low --threshold 90% --exit-code"),
    (
        "appointment create",
        "omnictl appointment create --patient MRN-2001 --practitioner 1234567893 --code 97153 --start \"2026-12-01 09:00\" --end 12:00\nomnictl appointment create --patient MRN-2001 --practitioner 1234567893 --code 97153 --start \"2026-12-01 09:00\" --minutes 60 --repeat weekly --on mon,wed --until +8w\nomnictl appointment create --group --patient MRN-2001 --patient MRN-2002 --practitioner 1234567893 --code 97154 --start \"2026-12-02 13:00\" --minutes 60",
    ),
    ("appointment cancel", "omnictl appointment cancel $APPOINTMENT --reason \"family trip\""),
    ("appointment no-show", "omnictl appointment no-show $APPOINTMENT"),
    (
        "appointment reschedule",
        "omnictl appointment reschedule $APPOINTMENT --start \"2026-12-02 10:00\"\nomnictl appointment reschedule $APPOINTMENT --start \"2026-12-02 10:00\" --minutes 90",
    ),
    (
        "appointment list",
        "omnictl appointment list --week               # this week as a grid\nomnictl appointment list --from today --to +7d --practitioner 1234567893\nomnictl appointment list --needs-attention",
    ),
    ("appointment show", "omnictl appointment show $APPOINTMENT"),
    (
        "session start",
        "omnictl session start --appointment $APPOINTMENT\nomnictl session start --appointment $APPOINTMENT --at \"2026-12-01 09:05\" --place home",
    ),
    (
        "session event add",
        "omnictl session event add $SESSION --type behavior --name tantrum --duration-seconds 90 --intensity 3\nomnictl session event add $SESSION --type trial --target colors --correct true --prompt-level verbal",
    ),
    ("session event list", "omnictl session event list $SESSION"),
    (
        "session event import",
        "omnictl session event import $SESSION device.jsonl\nomnictl session event import $SESSION device.csv --dry-run",
    ),
    (
        "session complete",
        "omnictl session complete $SESSION\nomnictl session complete $SESSION --end \"2026-12-01 11:53\" --bill-units 10",
    ),
    ("session cancel", "omnictl session cancel $SESSION --reason \"patient unwell\""),
    ("session note generate", "omnictl session note generate $SESSION"),
    (
        "session note edit",
        "omnictl session note edit $SESSION --file narrative.txt\n$EDITOR narrative.txt && omnictl session note edit $SESSION --file - < narrative.txt",
    ),
    (
        "session note sign",
        "omnictl --operator riley@lakeside.test session note sign $SESSION\nomnictl --operator riley@lakeside.test session note sign $SESSION --no-data-reason \"the data tablet failed\"",
    ),
    ("session note cosign", "omnictl --operator blair@lakeside.test session note cosign $SESSION"),
    ("session note addendum", "omnictl session note addendum $SESSION --text \"Parent reported a calm evening.\""),
    ("session note show", "omnictl session note show $SESSION\nomnictl session note show $SESSION -o json"),
    ("session show", "omnictl session show $SESSION"),
    (
        "session list",
        "omnictl session list --from -2w --status completed\nomnictl session list --patient MRN-2001 -o csv",
    ),
    (
        "session notes-unsigned",
        "omnictl session notes-unsigned\nomnictl session notes-unsigned --older-than 48h --exit-code   # for cron",
    ),
    (
        "report supervision",
        "omnictl report supervision --month 2026-11\nomnictl report supervision --month 2026-11 --exit-code -o csv   # for cron",
    ),
    (
        "audit log",
        "omnictl audit log --since today\nomnictl audit log --action patient. --by admin@lakeside.test --limit 20",
    ),
    ("audit show", "omnictl audit show $AUDIT_ID -o json"),
    ("audit verify", "omnictl audit verify\nomnictl audit verify --checkpoints checkpoints.txt --public-key audit.pub"),
    ("audit keygen", "omnictl audit keygen --out audit.key    # writes audit.key and audit.pub"),
    ("audit checkpoint", "omnictl audit checkpoint --key audit.key --out checkpoints.txt"),
    ("audit export", "omnictl audit export --since -30d > trail.jsonl"),
    ("access break-glass", "omnictl access break-glass --org lakeside --reason \"payer audit 7731\" --minutes 30"),
    ("access list", "omnictl access list\nomnictl access list --org lakeside"),
    ("db start", "omnictl db start"),
    ("db stop", "omnictl db stop"),
    ("db status", "omnictl db status"),
    ("db url", "omnictl db url                  # the local database's URL, e.g. for psql"),
    ("db destroy", "omnictl db destroy --yes   # deletes the local database and its data"),
    (
        "db pooler-login",
        "printf '%s' \"$POOLER_PASSWORD\" | omnictl db pooler-login --password-stdin   # as the owner; prints its login",
    ),
    ("db dump", "omnictl db dump /backups/omnictl.dump   # as the owner; writes omnictl.dump.manifest.json too"),
    (
        "db restore",
        "omnictl db restore /backups/omnictl.dump --database-url postgres://owner@db.example.org/omnictl_copy",
    ),
    (
        "cluster distribute",
        "omnictl --database-url postgres://owner@coordinator.example.org/omnictl cluster distribute",
    ),
    (
        "cluster status",
        "omnictl --database-url postgres://owner@coordinator.example.org/omnictl cluster status\nomnictl cluster status -o json",
    ),
    ("migrate run", "omnictl migrate run\nomnictl --database-url postgres://owner@db.example.org/omnictl migrate run"),
    ("migrate status", "omnictl migrate status"),
    (
        "seed demo",
        "omnictl seed demo --orgs 3 --patients-per-org 1000\nomnictl seed demo --orgs 1 --patients-per-org 200000 --seed 7",
    ),
    ("seed service-codes", "omnictl seed service-codes"),
    ("whoami", "omnictl whoami\nomnictl --context staging whoami -o json"),
    ("context list", "omnictl context list"),
    ("context use", "omnictl context use staging\nomnictl context use local          # the embedded database again"),
    (
        "context set",
        "omnictl context set staging --server postgres://ana@staging.example.org/omnictl --user ana@lakeside.test --clinic lakeside\nomnictl context set demo --user admin@sunrise-demo.test --clinic sunrise-demo --use",
    ),
    ("context delete", "omnictl context delete staging"),
    (
        "completions",
        "omnictl completions bash > ~/.local/share/bash-completion/completions/omnictl\nomnictl completions zsh > ~/.zfunc/_omnictl",
    ),
];

/// The `--help` epilogue of the command at `path` ("session note sign").
pub(crate) fn for_command(path: &str) -> Option<String> {
    EXAMPLES.iter().find(|(p, _)| *p == path).map(|(_, text)| {
        let lines: Vec<String> =
            text.lines().flat_map(|line| fold(line, WIDTH)).map(|line| format!("  {line}")).collect();
        format!("Examples:\n{}", lines.join("\n"))
    })
}

/// Example lines are folded to this many characters (indented by 2 in the help), so that
/// help on an 80-column terminal never wraps one in the middle of a command.
const WIDTH: usize = 76;

/// Folds an example command line as a person would type it over several lines: breaks
/// between words (never inside quotes) with a `\` continuation, the next line indented;
/// a comment that does not fit after the command goes on a line of its own above it.
fn fold(line: &str, width: usize) -> Vec<String> {
    if line.chars().count() <= width {
        return vec![line.to_string()];
    }
    let (command, comment) = split_comment(line);
    let mut lines = Vec::new();
    let mut current = String::new();
    for word in shell_words(command) {
        if !current.is_empty() && current.chars().count() + 1 + word.chars().count() + 2 > width {
            lines.push(format!("{current} \\"));
            current = "    ".to_string();
        } else if !current.is_empty() && current != "    " {
            current.push(' ');
        }
        current.push_str(word);
    }
    match comment {
        Some(comment) if current.chars().count() + 2 + comment.chars().count() <= width => {
            lines.push(format!("{current}  {comment}"));
        }
        Some(comment) => {
            lines.push(current);
            lines.insert(0, comment.to_string());
        }
        None => lines.push(current),
    }
    lines
}

/// The command and its trailing `# comment` (a `#` outside quotes after a space).
fn split_comment(line: &str) -> (&str, Option<&str>) {
    let mut quote = None;
    let mut previous = ' ';
    for (at, c) in line.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '#') if previous == ' ' => return (line[..at].trim_end(), Some(&line[at..])),
            _ => {}
        }
        previous = c;
    }
    (line.trim_end(), None)
}

/// The words of a command line split at spaces outside quotes, quotes kept.
fn shell_words(command: &str) -> Vec<&str> {
    let mut words = Vec::new();
    let mut quote = None;
    let mut start = None;
    for (at, c) in command.char_indices() {
        match (quote, c) {
            (None, ' ') => {
                if let Some(from) = start.take() {
                    words.push(&command[from..at]);
                }
                continue;
            }
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            _ => {}
        }
        start.get_or_insert(at);
    }
    if let Some(from) = start {
        words.push(&command[from..]);
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every example fits an 80-column terminal once folded, and folding changes nothing
    /// a shell would read: the continuation lines join back into the example.
    #[test]
    fn examples_are_folded_between_words_and_join_back_whole() {
        for (path, text) in EXAMPLES {
            for line in text.lines() {
                let folded = fold(line, WIDTH);
                for part in &folded {
                    assert!(part.chars().count() <= WIDTH, "`{path}`: {part:?} is wider than {WIDTH}");
                }
                let (command, comment) = split_comment(line);
                let joined: Vec<&str> = folded
                    .iter()
                    .filter(|part| Some(part.as_str()) != comment)
                    .map(|part| part.trim_end_matches(" \\").trim_start())
                    .collect();
                let joined = joined.join(" ");
                let joined = comment.map_or(joined.clone(), |c| joined.trim_end_matches(c).trim_end().to_string());
                assert_eq!(shell_words(&joined), shell_words(command), "`{path}`: {line}");
            }
        }
    }

    /// The words of the `omnictl …` part of an example line, as a shell would split them
    /// (double quotes; `$VARS` stand for ids), up to a comment, a pipe or a redirection.
    fn words(line: &str) -> Option<Vec<String>> {
        let start = line.find("omnictl ")?;
        let mut words = Vec::new();
        let mut word = String::new();
        let mut quoted = false;
        let mut chars = line[start..].chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '"' => {
                    quoted = !quoted;
                    if !quoted && word.is_empty() {
                        words.push(String::new());
                    }
                }
                ' ' if !quoted => {
                    if !word.is_empty() {
                        words.push(std::mem::take(&mut word));
                    }
                    if matches!(chars.peek(), Some('#' | '>' | '<' | '|' | '&')) {
                        break;
                    }
                }
                _ => word.push(c),
            }
        }
        if !word.is_empty() {
            words.push(word);
        }
        Some(words.into_iter().map(|w| if w.starts_with('$') { uuid::Uuid::nil().to_string() } else { w }).collect())
    }

    fn leaves(command: &clap::Command, path: &str, out: &mut Vec<String>) {
        let subs: Vec<&clap::Command> = command.get_subcommands().filter(|s| s.get_name() != "help").collect();
        if subs.is_empty() {
            out.push(path.to_string());
        }
        for sub in subs {
            let child = if path.is_empty() { sub.get_name().to_string() } else { format!("{path} {}", sub.get_name()) };
            leaves(sub, &child, out);
        }
    }

    #[test]
    fn every_command_has_examples_and_every_example_parses() {
        let mut all = Vec::new();
        leaves(&super::super::command(), "", &mut all);
        let missing: Vec<&String> = all.iter().filter(|path| for_command(path).is_none()).collect();
        assert!(missing.is_empty(), "commands without examples: {missing:?}");
        for (path, text) in EXAMPLES {
            assert!(all.iter().any(|p| p == path), "examples for a command that does not exist: {path}");
            for line in text.lines() {
                let words = words(line).unwrap_or_else(|| panic!("{path}: no omnictl in {line:?}"));
                let parsed = super::super::command().try_get_matches_from(&words);
                assert!(parsed.is_ok(), "{path}: {line:?} does not parse: {:?}", parsed.err().map(|e| e.to_string()));
            }
        }
    }

    #[test]
    fn the_command_line_parse_builds_parses_and_helps_as_the_whole_tree() {
        use clap::FromArgMatches;
        let mut all = Vec::new();
        leaves(&super::super::command(), "", &mut all);
        let lean = |words: &[String]| {
            let words: Vec<std::ffi::OsString> = words.iter().map(Into::into).collect();
            super::super::command_for(&words).try_get_matches_from(words)
        };
        for (path, text) in EXAMPLES {
            for line in text.lines() {
                let words = words(line).unwrap_or_else(|| panic!("{path}: no omnictl in {line:?}"));
                let whole = super::super::command().try_get_matches_from(&words).expect("parses");
                let lean = lean(&words).unwrap_or_else(|e| panic!("{path}: {line:?} does not parse: {e}"));
                let as_cli =
                    |m: &clap::ArgMatches| format!("{:?}", super::super::Cli::from_arg_matches(m).expect("a Cli"));
                assert_eq!(as_cli(&lean), as_cli(&whole), "{line:?}");
            }
        }
        for path in all.iter().chain([&String::new()]) {
            for ask in ["-h", "--help"] {
                let mut words = vec!["omnictl".to_string()];
                words.extend(path.split_whitespace().map(str::to_string));
                words.push(ask.to_string());
                let whole = super::super::command().try_get_matches_from(&words).expect_err("help").to_string();
                let lean = lean(&words).expect_err("help").to_string();
                assert_eq!(lean, whole, "omnictl {path} {ask}");
            }
        }
    }

    #[test]
    fn list_options_are_taken_by_lists_and_refused_elsewhere() {
        let mut all = Vec::new();
        leaves(&super::super::command(), "", &mut all);
        let lists = super::super::lists();
        for list in ["org list", "patient list", "audit log", "session event list", "doctor", "context list"] {
            assert!(lists.iter().any(|l| l == list), "{list} is not a list: {lists:?}");
        }
        assert!(!lists.iter().any(|l| l == "patient show" || l == "org"), "{lists:?}");
        let parse = |words: &[&str]| {
            let words: Vec<std::ffi::OsString> = words.iter().map(Into::into).collect();
            let mut command = super::super::command_for(&words);
            let matches = command.try_get_matches_from_mut(words).expect("parses");
            super::super::list_options_only_on_lists(&command, &matches)
        };
        assert!(parse(&["omnictl", "patient", "list", "--limit", "5", "--sort", "mrn"]).is_ok());
        assert!(parse(&["omnictl", "audit", "log", "--all"]).is_ok());
        assert!(parse(&["omnictl", "patient", "show", "MRN-1", "--no-headers"]).is_ok());
        let refused = parse(&["omnictl", "patient", "show", "MRN-1", "--limit", "5"]).expect_err("refused");
        assert_eq!(refused.exit_code(), 2);
        assert!(refused.to_string().contains("--limit applies to lists, and `omnictl patient show` prints none"));
        assert!(parse(&["omnictl", "org", "create", "--name", "x", "--sort", "name"]).is_err());
    }

    #[test]
    fn every_argument_and_option_says_what_it_is() {
        fn walk(command: &clap::Command, path: &str, out: &mut Vec<String>) {
            for arg in command.get_arguments() {
                let builtin = matches!(arg.get_id().as_str(), "help" | "version");
                if !builtin && !arg.is_hide_set() && arg.get_help().is_none() {
                    out.push(format!("{path}: {}", arg.get_id()));
                }
            }
            for sub in command.get_subcommands() {
                walk(sub, &format!("{path} {}", sub.get_name()), out);
            }
        }
        let mut undescribed = Vec::new();
        walk(&super::super::command(), "omnictl", &mut undescribed);
        assert!(undescribed.is_empty(), "arguments without a description: {undescribed:?}");
    }
}
