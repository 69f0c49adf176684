
use builtin;
use str;

set edit:completion:arg-completer[omnictl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'omnictl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'omnictl'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand quickstart 'Set up everything a newcomer needs on the local database, and say what to try next'
            cand org 'Organizations (clinics): create, list, show, update, suspend, activate'
            cand user 'Users who operate omnictl, and bootstrapping the first super admin'
            cand practitioner 'Practitioners of an organization: credentials, NPI, license'
            cand patient 'Patients of an organization (reads are audited as PHI access)'
            cand insurance 'Patients'' insurance policies (reads are audited as PHI access)'
            cand auth 'Payer authorizations: units, ledger, status sweep, cron reports'
            cand appointment 'Appointments booked against authorizations'
            cand session 'Clinical sessions: start, events, completion that consumes units, signed notes'
            cand code 'The service codes there are to book: units, credentials, daily maxima'
            cand report 'Monthly reports: supervision of RBTs'
            cand whoami 'Who you are here: operator, role, clinic, database, how the database knows you'
            cand context 'Named contexts: a server, an operator and a clinic to use together'
            cand audit 'Examine, verify and export the audit trail'
            cand access 'Break-the-glass access of a super admin to a clinic''s patient data'
            cand db 'Manage the local database (start, stop, status, url, destroy)'
            cand doctor 'Check what the server is set up to do for omnictl (the schema, reads audited by pgAudit) and say what a superuser must do where it is not; exit 10 when a check fails'
            cand migrate 'Apply or inspect the schema migrations embedded in omnictl'
            cand cluster 'Distribute the schema over a Citus cluster, and show how it is distributed'
            cand seed 'Load reference data shipped with omnictl'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omnictl;quickstart'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --no-demo 'Only the database, schema and service codes: no demo super admin or demo clinic (for a database that will hold real clinics)'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;org'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create an organization (super admin). Prompts for missing values on a terminal'
            cand list 'List organizations: all of them for a super admin, your own otherwise'
            cand show 'Show an organization with its counts of patients, practitioners, active authorizations and users'
            cand update 'Change an organization''s name, type, time zone or units rule (its ADMIN or a super admin); the tier only a super admin'
            cand suspend 'Suspend an organization (super admin): its users are refused until it is activated'
            cand activate 'Activate a suspended, inactive or trial organization (super admin)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omnictl;org;create'= {
            cand --name 'Display name, e.g. "Sunrise ABA Therapy"'
            cand --slug 'Short unique name used on the command line (lowercase, hyphens), e.g. sunrise-aba'
            cand --type 'clinic, hospital or private-practice'
            cand --tier 'Subscription tier (super admin only): trial, basic, professional or enterprise'
            cand --timezone 'IANA time zone appointments are entered and shown in (asked on a terminal, with this machine''s as the default; else America/New_York)'
            cand --units-rule 'How delivered minutes become billable units'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;org;list'= {
            cand --limit 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --all 'Every row, even on a terminal'
            cand --no-headers 'No header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;org;show'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;org;update'= {
            cand --name 'A new display name'
            cand --type 'clinic, hospital or private-practice'
            cand --tier 'Subscription tier (super admin only)'
            cand --timezone 'IANA time zone appointments are entered and shown in, e.g. America/Chicago'
            cand --units-rule 'How delivered minutes become billable units: midpoint or cms_8_minute'
            cand --default-place 'Where appointments happen unless booked with --place: clinic (POS 11), home (12), school (03), community (99), telehealth (02) or telehealth-home (10)'
            cand --telehealth-modifier 'The modifier the clinic''s payers require on telehealth claims: 95 or GT'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;org;suspend'= {
            cand --reason 'Why (kept in the audit trail)'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;org;activate'= {
            cand --reason 'Why (kept in the audit trail)'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;org;help'= {
            cand create 'Create an organization (super admin). Prompts for missing values on a terminal'
            cand list 'List organizations: all of them for a super admin, your own otherwise'
            cand show 'Show an organization with its counts of patients, practitioners, active authorizations and users'
            cand update 'Change an organization''s name, type, time zone or units rule (its ADMIN or a super admin); the tier only a super admin'
            cand suspend 'Suspend an organization (super admin): its users are refused until it is activated'
            cand activate 'Activate a suspended, inactive or trial organization (super admin)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omnictl;org;help;create'= {
        }
        &'omnictl;org;help;list'= {
        }
        &'omnictl;org;help;show'= {
        }
        &'omnictl;org;help;update'= {
        }
        &'omnictl;org;help;suspend'= {
        }
        &'omnictl;org;help;activate'= {
        }
        &'omnictl;org;help;help'= {
        }
        &'omnictl;user'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand bootstrap 'Create the first super admin. Needs no operator; refuses once any super admin exists'
            cand create 'Create a user of an organization (its ADMIN, or a super admin with --org), or a super admin (--super-admin, super admins only)'
            cand list 'List users: every user for a super admin (one organization''s with --org), your organization''s for its ADMIN'
            cand show 'Show one user'
            cand update 'Change a user''s name, email or role'
            cand deactivate 'Deactivate a user: their database login can no longer connect, and its open connections are ended. Records are kept'
            cand activate 'Reactivate a deactivated user: their login may connect again'
            cand set-password 'Set the password of a user''s database login: your own, a user of your clinic (its ADMIN), anyone''s (a super admin). Asked twice on a terminal, or read from stdin'
            cand whoami 'Who you are connected as: the operator, their database login and where they act'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omnictl;user;bootstrap'= {
            cand --email 'The first super admin''s email: their login name'
            cand --name 'Their full name'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --password-stdin 'Give the new login a password, read from the first line of standard input (a server''s operators connect with one; the local database needs none)'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;user;create'= {
            cand --email 'The new user''s email: their login name, unique on the platform'
            cand --name 'Their full name'
            cand --role 'ADMIN manages the organization; STAFF reads patients, schedules and runs sessions (asked on a terminal; else staff)'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --super-admin 'Create a platform super admin (no organization)'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;user;list'= {
            cand --limit 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --all 'Every row, even on a terminal'
            cand --no-headers 'No header row (table and CSV)'
            cand --include-inactive 'Include deactivated users'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;user;show'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;user;update'= {
            cand --name 'A new full name'
            cand --email 'A new email (their login is renamed with it)'
            cand --role 'A new role in their clinic: admin or staff'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;user;deactivate'= {
            cand --reason 'Why (kept in the audit trail)'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;user;activate'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;user;set-password'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --password-stdin 'Read the password from the first line of standard input (for scripts), instead of asking on the terminal'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;user;whoami'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;user;help'= {
            cand bootstrap 'Create the first super admin. Needs no operator; refuses once any super admin exists'
            cand create 'Create a user of an organization (its ADMIN, or a super admin with --org), or a super admin (--super-admin, super admins only)'
            cand list 'List users: every user for a super admin (one organization''s with --org), your organization''s for its ADMIN'
            cand show 'Show one user'
            cand update 'Change a user''s name, email or role'
            cand deactivate 'Deactivate a user: their database login can no longer connect, and its open connections are ended. Records are kept'
            cand activate 'Reactivate a deactivated user: their login may connect again'
            cand set-password 'Set the password of a user''s database login: your own, a user of your clinic (its ADMIN), anyone''s (a super admin). Asked twice on a terminal, or read from stdin'
            cand whoami 'Who you are connected as: the operator, their database login and where they act'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omnictl;user;help;bootstrap'= {
        }
        &'omnictl;user;help;create'= {
        }
        &'omnictl;user;help;list'= {
        }
        &'omnictl;user;help;show'= {
        }
        &'omnictl;user;help;update'= {
        }
        &'omnictl;user;help;deactivate'= {
        }
        &'omnictl;user;help;activate'= {
        }
        &'omnictl;user;help;set-password'= {
        }
        &'omnictl;user;help;whoami'= {
        }
        &'omnictl;user;help;help'= {
        }
        &'omnictl;practitioner'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Add a practitioner to the organization'
            cand list 'List the organization''s practitioners'
            cand show 'Show one practitioner (by NPI or id)'
            cand update 'Change a practitioner''s details; --credential replaces the whole list'
            cand deactivate 'Deactivate a practitioner: no new appointments. Records are kept'
            cand supervision-contact 'Record a supervision contact of an RBT by a BCBA, BCBA-D or BCaBA besides a 97155 session (counted by report supervision)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omnictl;practitioner;create'= {
            cand --name 'Full name, as on the credential'
            cand --credential 'BCBA-D, BCBA, BCaBA or RBT; repeat for several'
            cand --npi 'National Provider Identifier: 10 digits with a valid check digit'
            cand --license 'State license number (unique in the organization); needs --license-state'
            cand --license-state 'Two-letter state of the license, e.g. IL'
            cand --credential-valid-until 'The last day the credential is valid'
            cand --user 'Link to the practitioner''s login (a user of the same organization)'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;practitioner;list'= {
            cand --limit 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --all 'Every row, even on a terminal'
            cand --no-headers 'No header row (table and CSV)'
            cand --include-inactive 'Include deactivated practitioners'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;practitioner;show'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;practitioner;update'= {
            cand --name 'A new full name'
            cand --credential 'A credential (RBT, BCaBA, BCBA, BCBA-D); repeat for several; replaces the whole list'
            cand --npi 'A corrected NPI (ten digits, Luhn-checked)'
            cand --license 'A new state license number'
            cand --license-state 'Two-letter state of the license, e.g. IL'
            cand --credential-valid-until 'The last day the credential is valid'
            cand --user 'Link the practitioner to their login (a user of this clinic): they sign their own notes'
            cand --reason 'Why the affected appointments are cancelled (kept with each)'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --cancel-affected 'Cancel the affected appointments with the change (releasing their units); needs --reason'
            cand --keep-affected 'Keep the affected appointments, flagged as needing attention (see appointment list --needs-attention); a session cannot start until they are fixed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;practitioner;deactivate'= {
            cand --reason 'Why the affected appointments are cancelled (kept with each)'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --cancel-affected 'Cancel the affected appointments with the change (releasing their units); needs --reason'
            cand --keep-affected 'Keep the affected appointments, flagged as needing attention (see appointment list --needs-attention); a session cannot start until they are fixed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;practitioner;supervision-contact'= {
            cand --technician 'The RBT''s NPI or id'
            cand --supervisor 'The supervising BCBA''s, BCBA-D''s or BCaBA''s NPI or id'
            cand --start 'When it started, "YYYY-MM-DD HH:MM" in the clinic''s time zone'
            cand --minutes 'How long it lasted, 1 to 1440 minutes'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --with-client 'The supervisor observed the RBT with a client'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;practitioner;help'= {
            cand create 'Add a practitioner to the organization'
            cand list 'List the organization''s practitioners'
            cand show 'Show one practitioner (by NPI or id)'
            cand update 'Change a practitioner''s details; --credential replaces the whole list'
            cand deactivate 'Deactivate a practitioner: no new appointments. Records are kept'
            cand supervision-contact 'Record a supervision contact of an RBT by a BCBA, BCBA-D or BCaBA besides a 97155 session (counted by report supervision)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omnictl;practitioner;help;create'= {
        }
        &'omnictl;practitioner;help;list'= {
        }
        &'omnictl;practitioner;help;show'= {
        }
        &'omnictl;practitioner;help;update'= {
        }
        &'omnictl;practitioner;help;deactivate'= {
        }
        &'omnictl;practitioner;help;supervision-contact'= {
        }
        &'omnictl;practitioner;help;help'= {
        }
        &'omnictl;patient'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Add a patient'
            cand list 'List patients (archived ones hidden unless asked for)'
            cand show 'Show one patient by MRN or id'
            cand update 'Change a patient''s fields (an empty value clears an optional field)'
            cand archive 'Archive a patient: hidden from lists, kept forever. Refused while the patient has bookings or a session in progress, unless told what to do with them'
            cand unarchive 'Bring an archived patient back'
            cand import 'Import patients from CSV (FILE, or - for stdin): all rows land or none'
            cand export 'Export patients as CSV in the import''s columns, to stdout'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omnictl;patient;create'= {
            cand --mrn 'Medical record number, unique in the organization'
            cand --first-name 'First name'
            cand --last-name 'Last name'
            cand --dob 'Date of birth, YYYY-MM-DD or M/D/YYYY'
            cand --gender 'female, male, nonbinary, other or unknown'
            cand --email 'The family''s email'
            cand --phone 'The family''s phone number'
            cand --address-line1 'Street address'
            cand --address-line2 'Apartment, suite, unit'
            cand --city 'City'
            cand --state 'Two-letter state, e.g. IL'
            cand --postal-code 'ZIP code (5 or 9 digits)'
            cand --guardian-name 'The guardian''s full name'
            cand --guardian-phone 'The guardian''s phone number'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;patient;list'= {
            cand --limit 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed'
            cand --search 'Only patients whose MRN, first or last name contains this text (any case)'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --all 'Every row, even on a terminal'
            cand --no-headers 'No header row (table and CSV)'
            cand --include-archived 'Include archived patients'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;patient;show'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;patient;update'= {
            cand --mrn 'A new medical record number'
            cand --first-name 'A new first name'
            cand --last-name 'A new last name'
            cand --dob 'A corrected date of birth'
            cand --gender 'female, male, nonbinary, other or unknown'
            cand --email 'The family''s email'
            cand --phone 'The family''s phone number'
            cand --address-line1 'Street address'
            cand --address-line2 'Apartment, suite, unit'
            cand --city 'City'
            cand --state 'Two-letter state, e.g. IL'
            cand --postal-code 'ZIP code (5 or 9 digits)'
            cand --guardian-name 'The guardian''s full name'
            cand --guardian-phone 'The guardian''s phone number'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;patient;archive'= {
            cand --reason 'Why the affected appointments are cancelled (kept with each)'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --cancel-affected 'Cancel the affected appointments with the change (releasing their units); needs --reason'
            cand --keep-affected 'Keep the affected appointments, flagged as needing attention (see appointment list --needs-attention); a session cannot start until they are fixed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;patient;unarchive'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;patient;import'= {
            cand --format 'csv or jsonl (one object per line, keys the column names); default: jsonl for a .jsonl or .ndjson file, csv otherwise'
            cand --mode 'insert refuses rows whose key exists; upsert updates them'
            cand --errors 'Also write every error as CSV (line, column, reason) to this file'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --dry-run 'Do everything, report, and roll back'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;patient;export'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --include-archived 'Include archived patients'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;patient;help'= {
            cand create 'Add a patient'
            cand list 'List patients (archived ones hidden unless asked for)'
            cand show 'Show one patient by MRN or id'
            cand update 'Change a patient''s fields (an empty value clears an optional field)'
            cand archive 'Archive a patient: hidden from lists, kept forever. Refused while the patient has bookings or a session in progress, unless told what to do with them'
            cand unarchive 'Bring an archived patient back'
            cand import 'Import patients from CSV (FILE, or - for stdin): all rows land or none'
            cand export 'Export patients as CSV in the import''s columns, to stdout'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omnictl;patient;help;create'= {
        }
        &'omnictl;patient;help;list'= {
        }
        &'omnictl;patient;help;show'= {
        }
        &'omnictl;patient;help;update'= {
        }
        &'omnictl;patient;help;archive'= {
        }
        &'omnictl;patient;help;unarchive'= {
        }
        &'omnictl;patient;help;import'= {
        }
        &'omnictl;patient;help;export'= {
        }
        &'omnictl;patient;help;help'= {
        }
        &'omnictl;insurance'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a policy to a patient'
            cand list 'List a patient''s policies'
            cand update 'Change a policy''s fields (an empty value clears an optional field)'
            cand end 'End a policy''s coverage on a date (today by default); it is kept, and inactive once the date has passed'
            cand remove 'Delete a policy entered by mistake (refused when authorizations refer to it)'
            cand import 'Import policies from CSV (FILE, or - for stdin): all rows land or none'
            cand export 'Export every policy as CSV in the import''s columns, to stdout'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omnictl;insurance;add'= {
            cand --patient 'The patient''s MRN or id'
            cand --payer 'The payer''s name, e.g. "Blue Cross Blue Shield"'
            cand --payer-id 'The payer''s id (electronic payer id)'
            cand --member-number 'The member (subscriber) number on the card'
            cand --group 'The group number on the card'
            cand --plan 'The plan''s name'
            cand --relationship 'The patient''s relationship to the subscriber'
            cand --start 'Coverage start (YYYY-MM-DD, M/D/YYYY, today …)'
            cand --end 'Coverage end (inclusive)'
            cand --priority 'primary, secondary or tertiary (one active primary per patient)'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;insurance;list'= {
            cand --limit 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed'
            cand --patient 'The patient''s MRN or id'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --all 'Every row, even on a terminal'
            cand --no-headers 'No header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;insurance;update'= {
            cand --payer 'A new payer name'
            cand --payer-id 'A new payer id (for claims)'
            cand --member-number 'A new member number'
            cand --group 'A new group number'
            cand --plan 'A new plan name'
            cand --relationship 'The patient''s relationship to the subscriber: self, spouse, child or other'
            cand --start 'A new coverage start'
            cand --end 'A new coverage end; an empty value removes it'
            cand --priority 'primary, secondary or tertiary'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;insurance;end'= {
            cand --date 'The last day of coverage (default: today)'
            cand --reason 'Why the affected appointments are cancelled (kept with each)'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --cancel-affected 'Cancel the affected appointments with the change (releasing their units); needs --reason'
            cand --keep-affected 'Keep the affected appointments, flagged as needing attention (see appointment list --needs-attention); a session cannot start until they are fixed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;insurance;remove'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;insurance;import'= {
            cand --format 'csv or jsonl (one object per line, keys the column names); default: jsonl for a .jsonl or .ndjson file, csv otherwise'
            cand --mode 'insert refuses rows whose key exists; upsert updates them'
            cand --errors 'Also write every error as CSV (line, column, reason) to this file'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --dry-run 'Do everything, report, and roll back'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;insurance;export'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;insurance;help'= {
            cand add 'Add a policy to a patient'
            cand list 'List a patient''s policies'
            cand update 'Change a policy''s fields (an empty value clears an optional field)'
            cand end 'End a policy''s coverage on a date (today by default); it is kept, and inactive once the date has passed'
            cand remove 'Delete a policy entered by mistake (refused when authorizations refer to it)'
            cand import 'Import policies from CSV (FILE, or - for stdin): all rows land or none'
            cand export 'Export every policy as CSV in the import''s columns, to stdout'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omnictl;insurance;help;add'= {
        }
        &'omnictl;insurance;help;list'= {
        }
        &'omnictl;insurance;help;update'= {
        }
        &'omnictl;insurance;help;end'= {
        }
        &'omnictl;insurance;help;remove'= {
        }
        &'omnictl;insurance;help;import'= {
        }
        &'omnictl;insurance;help;export'= {
        }
        &'omnictl;insurance;help;help'= {
        }
        &'omnictl;auth'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Record a payer''s authorization for a patient and a service code'
            cand list 'List authorizations'
            cand show 'Show one authorization by id or number: its units as a bar and its ledger'
            cand update 'Change an authorization (number, units, dates, status pending/active, notes)'
            cand cancel 'Cancel an authorization that has no scheduled units'
            cand sweep 'Bring statuses up to date: ACTIVE ones past their end become EXPIRED, those with every unit used EXHAUSTED. Idempotent and audited; safe from cron. A super admin without --org sweeps every clinic'
            cand check 'Check that every authorization''s counters equal its rows: scheduled units the units of its live appointments and its ledger, used units its ledger. Lists each one that differs and then exits 10; prints nothing on stdout and exits 0 when all agree. The database refuses any change that would make them differ; this finds what went around it. A super admin without --org checks every clinic'
            cand import 'Import authorizations from CSV (FILE, or - for stdin): all rows land or none'
            cand expiring 'ACTIVE authorizations ending within a window (cron report)'
            cand low 'ACTIVE authorizations whose (used + scheduled) / total reaches a threshold (cron report)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omnictl;auth;create'= {
            cand --patient 'The patient''s MRN or id'
            cand --code 'The service code, e.g. 97153'
            cand --units 'Units the payer approved, 1 to 100000'
            cand --start 'First covered day (YYYY-MM-DD, M/D/YYYY, today, +7d …)'
            cand --end 'Last covered day (inclusive)'
            cand --number 'The payer''s authorization number'
            cand --insurance 'The patient''s insurance policy it was issued under (its id, or the short id `insurance list` shows)'
            cand --status 'active (approved) or pending (awaiting the payer)'
            cand --notes 'Free text kept with the authorization (PHI: audited by name only)'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;auth;list'= {
            cand --limit 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed'
            cand --patient 'Only this patient''s (MRN or id)'
            cand --status 'Only authorizations in this state'
            cand --code 'Only authorizations for this service code, e.g. 97153'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --all 'Every row, even on a terminal'
            cand --no-headers 'No header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;auth;show'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;auth;update'= {
            cand --number 'A new payer authorization number'
            cand --units 'A new total of units, up to 100000 (not below what is used and scheduled)'
            cand --start 'A new first covered day'
            cand --end 'A new last covered day (inclusive)'
            cand --status 'pending or active'
            cand --notes 'New notes (replace the old)'
            cand --insurance 'The policy it was issued under (its id, or the short id `insurance list` shows)'
            cand --reason 'Why the affected appointments are cancelled (kept with each)'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --cancel-affected 'Cancel the affected appointments with the change (releasing their units); needs --reason'
            cand --keep-affected 'Keep the affected appointments, flagged as needing attention (see appointment list --needs-attention); a session cannot start until they are fixed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;auth;cancel'= {
            cand --reason 'Why it is cancelled (kept in its notes)'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;auth;sweep'= {
            cand --limit 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --all 'Every row, even on a terminal'
            cand --no-headers 'No header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;auth;check'= {
            cand --limit 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --all 'Every row, even on a terminal'
            cand --no-headers 'No header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;auth;import'= {
            cand --format 'csv or jsonl (one object per line, keys the column names); default: jsonl for a .jsonl or .ndjson file, csv otherwise'
            cand --mode 'insert refuses rows whose key exists; upsert updates them'
            cand --errors 'Also write every error as CSV (line, column, reason) to this file'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --dry-run 'Do everything, report, and roll back'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;auth;expiring'= {
            cand --limit 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed'
            cand --within 'The window: 30d, 2w, or a number of days'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --all 'Every row, even on a terminal'
            cand --no-headers 'No header row (table and CSV)'
            cand --exit-code 'Exit 10 when anything is listed (for cron), 0 when nothing is; failures use 1–6'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;auth;low'= {
            cand --limit 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed'
            cand --threshold 'Utilisation at or above which an authorization is listed, e.g. 80%'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --all 'Every row, even on a terminal'
            cand --no-headers 'No header row (table and CSV)'
            cand --exit-code 'Exit 10 when anything is listed (for cron), 0 when nothing is; failures use 1–6'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;auth;help'= {
            cand create 'Record a payer''s authorization for a patient and a service code'
            cand list 'List authorizations'
            cand show 'Show one authorization by id or number: its units as a bar and its ledger'
            cand update 'Change an authorization (number, units, dates, status pending/active, notes)'
            cand cancel 'Cancel an authorization that has no scheduled units'
            cand sweep 'Bring statuses up to date: ACTIVE ones past their end become EXPIRED, those with every unit used EXHAUSTED. Idempotent and audited; safe from cron. A super admin without --org sweeps every clinic'
            cand check 'Check that every authorization''s counters equal its rows: scheduled units the units of its live appointments and its ledger, used units its ledger. Lists each one that differs and then exits 10; prints nothing on stdout and exits 0 when all agree. The database refuses any change that would make them differ; this finds what went around it. A super admin without --org checks every clinic'
            cand import 'Import authorizations from CSV (FILE, or - for stdin): all rows land or none'
            cand expiring 'ACTIVE authorizations ending within a window (cron report)'
            cand low 'ACTIVE authorizations whose (used + scheduled) / total reaches a threshold (cron report)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omnictl;auth;help;create'= {
        }
        &'omnictl;auth;help;list'= {
        }
        &'omnictl;auth;help;show'= {
        }
        &'omnictl;auth;help;update'= {
        }
        &'omnictl;auth;help;cancel'= {
        }
        &'omnictl;auth;help;sweep'= {
        }
        &'omnictl;auth;help;check'= {
        }
        &'omnictl;auth;help;import'= {
        }
        &'omnictl;auth;help;expiring'= {
        }
        &'omnictl;auth;help;low'= {
        }
        &'omnictl;auth;help;help'= {
        }
        &'omnictl;appointment'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Book an appointment (or a weekly series) against an authorization'
            cand cancel 'Cancel a scheduled appointment and release its units'
            cand no-show 'Record that the patient did not come; the units are released'
            cand reschedule 'Move a scheduled appointment (to another time, or another authorization such as a renewal): release and reserve again, every rule checked'
            cand list 'List appointments, or a week as a grid per practitioner (--week DATE)'
            cand show 'Show one appointment'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omnictl;appointment;create'= {
            cand --patient 'The patient''s MRN or id; a group names each of its 2 to 8 patients (--patient A --patient B …)'
            cand --practitioner 'The practitioner''s NPI or id'
            cand --place 'Where the service happens: clinic (POS 11), home (12), school (03), community (99), telehealth (02) or telehealth-home (10); default: the clinic''s setting'
            cand --modifier 'The telehealth claim''s modifier, 95 or GT (default: the clinic''s setting)'
            cand --reason 'Why the daily maximum is passed (kept with the appointment and audited)'
            cand --code 'The service code, e.g. 97153'
            cand --start 'Start, "YYYY-MM-DD HH:MM" in the organization''s time zone'
            cand --minutes 'Length in real minutes, 1 to 1440'
            cand --end 'End time of day, HH:MM (instead of --minutes)'
            cand --auth 'The authorization (id or number); by default the one ACTIVE authorization of the patient and code covering the date'
            cand --repeat 'Repeat the appointment'
            cand --on 'Weekdays of a weekly series, e.g. mon,wed,fri'
            cand --until 'Last day of the series (inclusive): YYYY-MM-DD, M/D/YYYY, or from today (+8w)'
            cand --count 'Number of appointments in the series'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --group 'Book a group code (97154, 97157, 97158) for 2 to 8 patients in one slot: each patient''s own authorization and units are reserved, all or nothing'
            cand --override-daily-max 'Book past the code''s daily maximum (clinic ADMIN only; needs --reason): the code is payable above it with documentation'
            cand --patient-absent 'The patient is not there: caregiver guidance without the patient (97156), which occupies the practitioner but not the patient. 97157 is always without the patient; every other code needs them'
            cand --dry-run 'Check everything and print the plan and the units it would reserve; book nothing'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;appointment;cancel'= {
            cand --reason 'Why it is cancelled (kept with the appointment)'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --cancel-group 'When this leaves one member alone in a group: cancel that member too'
            cand --as-individual 'When this leaves one member alone in a group: bill that member as the group code''s individual code (97154 → 97153, 97158 → 97155, 97157 → 97156)'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;appointment;no-show'= {
            cand --reason 'Why the rest of the group is cancelled (with --cancel-group)'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --cancel-group 'When this leaves one member alone in a group: cancel that member too'
            cand --as-individual 'When this leaves one member alone in a group: bill that member as the group code''s individual code (97154 → 97153, 97158 → 97155, 97157 → 97156)'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;appointment;reschedule'= {
            cand --start 'New start, "YYYY-MM-DD HH:MM" (default: unchanged)'
            cand --minutes 'New length in real minutes, 1 to 1440 (default: unchanged)'
            cand --auth 'Move the booking to another authorization (id or number), e.g. its renewal: the units are released from the old one and reserved on the new one together'
            cand --reason 'Why: the daily maximum is passed on the new day (with --override-daily-max), or the rest of the group is cancelled (with --cancel-group). Kept and audited'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --override-daily-max 'Pass the code''s daily maximum on the new day (clinic ADMIN only; needs --reason): an override documents one day, so a move to another day needs its own'
            cand --group 'Move every member of the appointment''s group together (each on its own authorization), in one transaction: all of them or none'
            cand --as-individual 'Move a group member out of its group as the individual code (and any member the move leaves alone too, unless --cancel-group)'
            cand --cancel-group 'When the move leaves one member alone in the group: cancel that member'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;appointment;list'= {
            cand --limit 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed'
            cand --from 'From this day (inclusive): YYYY-MM-DD, M/D/YYYY, today, -2w …'
            cand --to 'To this day (inclusive)'
            cand --practitioner 'The practitioner''s NPI or id'
            cand --patient 'The patient''s MRN or id'
            cand --status 'Only appointments in this state: scheduled, in-progress, completed, cancelled, no-show'
            cand --week 'A week (Monday to Sunday) as a grid per practitioner: this week with no value, `next`, or the week containing a DATE (in the clinic''s time zone)'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --all 'Every row, even on a terminal'
            cand --no-headers 'No header row (table and CSV)'
            cand --needs-attention 'Only scheduled appointments kept through a change of their authorization or practitioner (--keep-affected), with why'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;appointment;show'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;appointment;help'= {
            cand create 'Book an appointment (or a weekly series) against an authorization'
            cand cancel 'Cancel a scheduled appointment and release its units'
            cand no-show 'Record that the patient did not come; the units are released'
            cand reschedule 'Move a scheduled appointment (to another time, or another authorization such as a renewal): release and reserve again, every rule checked'
            cand list 'List appointments, or a week as a grid per practitioner (--week DATE)'
            cand show 'Show one appointment'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omnictl;appointment;help;create'= {
        }
        &'omnictl;appointment;help;cancel'= {
        }
        &'omnictl;appointment;help;no-show'= {
        }
        &'omnictl;appointment;help;reschedule'= {
        }
        &'omnictl;appointment;help;list'= {
        }
        &'omnictl;appointment;help;show'= {
        }
        &'omnictl;appointment;help;help'= {
        }
        &'omnictl;session'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand start 'Start the session of a SCHEDULED appointment'
            cand event 'Record and read behavioural events'
            cand complete 'Complete a session: units by the clinic''s rule move from reserved to used, the metrics are computed'
            cand cancel 'Cancel a session in progress; its reserved units are released'
            cand note 'The session note: generate, edit, sign, addendum, show'
            cand show 'The supervisor''s summary of one session'
            cand list 'List sessions'
            cand notes-unsigned 'Completed sessions whose note is not signed in time (for cron): this clinic''s, or every clinic''s for a super admin (no patient data)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omnictl;session;start'= {
            cand --appointment 'The SCHEDULED appointment the session delivers: its id, or its first 8 or more characters'
            cand --at 'When it started, "YYYY-MM-DD HH:MM" (default: now); on the appointment''s date, never in the future'
            cand --place 'Where the service is delivered, when not where it was booked: clinic, home, school, community, telehealth or telehealth-home. The appointment then shows the delivered place too'
            cand --modifier 'The telehealth claim''s modifier with --place telehealth(-home), 95 or GT (default: the clinic''s); an in-person place carries none'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;session;event'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Record one event'
            cand list 'List a session''s events'
            cand import 'Record a batch from a data-collection device: CSV (header: type, at, name, duration_seconds, intensity, target, correct, prompt_level, text) or JSON Lines (one object per line with those keys). All or nothing'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omnictl;session;event;add'= {
            cand --type 'behavior, mand, trial or note'
            cand --name 'The behaviour''s name, e.g. tantrum'
            cand --at 'When it happened, "YYYY-MM-DD HH:MM" (default: now)'
            cand --duration-seconds 'How long the behaviour lasted, 0 to 86400 seconds'
            cand --intensity '1 (mild) to 5 (severe)'
            cand --target 'A trial''s target skill'
            cand --correct 'Whether a trial was answered correctly'
            cand --prompt-level 'independent, gestural, verbal, model, partial-physical or full-physical'
            cand --text 'A note''s text (for --type note), or a remark on any event'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;session;event;list'= {
            cand --limit 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --all 'Every row, even on a terminal'
            cand --no-headers 'No header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;session;event;import'= {
            cand --format 'csv or jsonl (one object per line, keys the column names); default: jsonl for a .jsonl or .ndjson file, csv otherwise'
            cand --mode 'insert refuses rows whose key exists; upsert updates them'
            cand --errors 'Also write every error as CSV (line, column, reason) to this file'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --dry-run 'Do everything, report, and roll back'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;session;event;help'= {
            cand add 'Record one event'
            cand list 'List a session''s events'
            cand import 'Record a batch from a data-collection device: CSV (header: type, at, name, duration_seconds, intensity, target, correct, prompt_level, text) or JSON Lines (one object per line with those keys). All or nothing'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omnictl;session;event;help;add'= {
        }
        &'omnictl;session;event;help;list'= {
        }
        &'omnictl;session;event;help;import'= {
        }
        &'omnictl;session;event;help;help'= {
        }
        &'omnictl;session;complete'= {
            cand --end 'When it ended, "YYYY-MM-DD HH:MM" (default: now)'
            cand --bill-units 'Bill this many units when the authorization cannot cover all that was delivered; the rest is recorded as unbilled minutes'
            cand --reason 'Why the daily maximum is passed (kept with the session and audited)'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --override-daily-max 'Bill past the code''s daily maximum (clinic ADMIN only; needs --reason)'
            cand --as-individual 'A group member delivered without the rest of its group: bill it as the group code''s individual code (97154 → 97153, 97158 → 97155, 97157 → 97156)'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;session;cancel'= {
            cand --reason 'Why it is cancelled (kept with it)'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;session;note'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand generate 'Write the DRAFT note from the session, its events and metrics'
            cand edit 'Replace the DRAFT narrative with a file''s (or - for stdin); the header is the session record''s and cannot be edited'
            cand sign 'Sign the note as the practitioner who rendered the service (their own user), once the session is COMPLETED: it can never change afterwards. The narrative must be the clinician''s own, and the session needs recorded events (in each hour of a session over 3 hours) or --no-data-reason'
            cand cosign 'Add a supervising BCBA''s or BCBA-D''s co-signature to a signed note'
            cand addendum 'Append a dated addendum to a signed note'
            cand show 'Print the note and its addenda'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omnictl;session;note;generate'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;session;note;edit'= {
            cand --file 'The note''s new text: a file, or - for standard input'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;session;note;sign'= {
            cand --no-data-reason 'Why the session has no recorded events, or none in some of its hours (printed in the signed note and kept in the audit trail)'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;session;note;cosign'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;session;note;addendum'= {
            cand --text 'The addendum, dated and signed by you'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;session;note;show'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;session;note;help'= {
            cand generate 'Write the DRAFT note from the session, its events and metrics'
            cand edit 'Replace the DRAFT narrative with a file''s (or - for stdin); the header is the session record''s and cannot be edited'
            cand sign 'Sign the note as the practitioner who rendered the service (their own user), once the session is COMPLETED: it can never change afterwards. The narrative must be the clinician''s own, and the session needs recorded events (in each hour of a session over 3 hours) or --no-data-reason'
            cand cosign 'Add a supervising BCBA''s or BCBA-D''s co-signature to a signed note'
            cand addendum 'Append a dated addendum to a signed note'
            cand show 'Print the note and its addenda'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omnictl;session;note;help;generate'= {
        }
        &'omnictl;session;note;help;edit'= {
        }
        &'omnictl;session;note;help;sign'= {
        }
        &'omnictl;session;note;help;cosign'= {
        }
        &'omnictl;session;note;help;addendum'= {
        }
        &'omnictl;session;note;help;show'= {
        }
        &'omnictl;session;note;help;help'= {
        }
        &'omnictl;session;show'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;session;list'= {
            cand --limit 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed'
            cand --patient 'The patient''s MRN or id'
            cand --practitioner 'The practitioner''s NPI or id'
            cand --from 'From this day (inclusive): YYYY-MM-DD, M/D/YYYY, today, -2w …'
            cand --to 'To this day (inclusive)'
            cand --status 'in-progress, completed or cancelled'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --all 'Every row, even on a terminal'
            cand --no-headers 'No header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;session;notes-unsigned'= {
            cand --limit 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed'
            cand --older-than 'How long after a session ends its note must be signed: 24h, 2d, 1w'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --all 'Every row, even on a terminal'
            cand --no-headers 'No header row (table and CSV)'
            cand --exit-code 'Exit 10 when anything is listed (for cron), 0 when nothing is; failures use 1–6'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;session;help'= {
            cand start 'Start the session of a SCHEDULED appointment'
            cand event 'Record and read behavioural events'
            cand complete 'Complete a session: units by the clinic''s rule move from reserved to used, the metrics are computed'
            cand cancel 'Cancel a session in progress; its reserved units are released'
            cand note 'The session note: generate, edit, sign, addendum, show'
            cand show 'The supervisor''s summary of one session'
            cand list 'List sessions'
            cand notes-unsigned 'Completed sessions whose note is not signed in time (for cron): this clinic''s, or every clinic''s for a super admin (no patient data)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omnictl;session;help;start'= {
        }
        &'omnictl;session;help;event'= {
            cand add 'Record one event'
            cand list 'List a session''s events'
            cand import 'Record a batch from a data-collection device: CSV (header: type, at, name, duration_seconds, intensity, target, correct, prompt_level, text) or JSON Lines (one object per line with those keys). All or nothing'
        }
        &'omnictl;session;help;event;add'= {
        }
        &'omnictl;session;help;event;list'= {
        }
        &'omnictl;session;help;event;import'= {
        }
        &'omnictl;session;help;complete'= {
        }
        &'omnictl;session;help;cancel'= {
        }
        &'omnictl;session;help;note'= {
            cand generate 'Write the DRAFT note from the session, its events and metrics'
            cand edit 'Replace the DRAFT narrative with a file''s (or - for stdin); the header is the session record''s and cannot be edited'
            cand sign 'Sign the note as the practitioner who rendered the service (their own user), once the session is COMPLETED: it can never change afterwards. The narrative must be the clinician''s own, and the session needs recorded events (in each hour of a session over 3 hours) or --no-data-reason'
            cand cosign 'Add a supervising BCBA''s or BCBA-D''s co-signature to a signed note'
            cand addendum 'Append a dated addendum to a signed note'
            cand show 'Print the note and its addenda'
        }
        &'omnictl;session;help;note;generate'= {
        }
        &'omnictl;session;help;note;edit'= {
        }
        &'omnictl;session;help;note;sign'= {
        }
        &'omnictl;session;help;note;cosign'= {
        }
        &'omnictl;session;help;note;addendum'= {
        }
        &'omnictl;session;help;note;show'= {
        }
        &'omnictl;session;help;show'= {
        }
        &'omnictl;session;help;list'= {
        }
        &'omnictl;session;help;notes-unsigned'= {
        }
        &'omnictl;session;help;help'= {
        }
        &'omnictl;code'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the service codes: minutes per unit, who may render each, the daily maximum (a clinic''s own definition where it has one)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omnictl;code;list'= {
            cand --limit 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --all 'Every row, even on a terminal'
            cand --no-headers 'No header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;code;help'= {
            cand list 'List the service codes: minutes per unit, who may render each, the daily maximum (a clinic''s own definition where it has one)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omnictl;code;help;list'= {
        }
        &'omnictl;code;help;help'= {
        }
        &'omnictl;report'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand supervision 'Per RBT for a month: hours of direct service (97153/97154), hours supervised (a BCBA''s 97155 overlapping their session with the same patient, and contacts recorded with practitioner supervision-contact), the percentage (the BACB requires 5%), the contacts (at least 2) and whether one was observed with a client'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omnictl;report;supervision'= {
            cand --limit 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed'
            cand --month 'The month, YYYY-MM, on the clinic''s calendar'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --all 'Every row, even on a terminal'
            cand --no-headers 'No header row (table and CSV)'
            cand --exit-code 'Exit 10 when an RBT is below the requirement (for cron), 0 when none is'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;report;help'= {
            cand supervision 'Per RBT for a month: hours of direct service (97153/97154), hours supervised (a BCBA''s 97155 overlapping their session with the same patient, and contacts recorded with practitioner supervision-contact), the percentage (the BACB requires 5%), the contacts (at least 2) and whether one was observed with a client'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omnictl;report;help;supervision'= {
        }
        &'omnictl;report;help;help'= {
        }
        &'omnictl;whoami'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;context'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the contexts; the one in use is marked'
            cand use 'Make a context the one in use (`local`: the embedded database)'
            cand set 'Create a context or change its parts (an empty value removes a part)'
            cand delete 'Delete a context (the one in use falls back to `local`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omnictl;context;list'= {
            cand --limit 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --all 'Every row, even on a terminal'
            cand --no-headers 'No header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;context;use'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;context;set'= {
            cand --server 'The server: postgres://LOGIN@HOST:PORT/DB, without a password (keep that in ~/.pgpass or PGPASSWORD)'
            cand --user 'The operator to act as (their email)'
            cand --clinic 'The clinic to act in by default (slug or id)'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --use 'Also make it the context in use'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;context;delete'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;context;help'= {
            cand list 'List the contexts; the one in use is marked'
            cand use 'Make a context the one in use (`local`: the embedded database)'
            cand set 'Create a context or change its parts (an empty value removes a part)'
            cand delete 'Delete a context (the one in use falls back to `local`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omnictl;context;help;list'= {
        }
        &'omnictl;context;help;use'= {
        }
        &'omnictl;context;help;set'= {
        }
        &'omnictl;context;help;delete'= {
        }
        &'omnictl;context;help;help'= {
        }
        &'omnictl;audit'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand log 'List audit rows, newest first'
            cand show 'Show one audit row in full'
            cand verify 'Recompute the hash chains in omnictl; exit 10 naming the first broken row of any chain. With --checkpoints, also prove each chain still passes through every row a signed checkpoint vouched for'
            cand keygen 'Write a new Ed25519 key pair for signing checkpoints: FILE (private, mode 0600) and FILE.pub. Keep the private key outside the database and its backups'
            cand checkpoint 'Sign the head of every chain (super admin) and append it as one line of JSON to --out (or print it): keep that file where the database''s administrators cannot rewrite it. Recorded in the trail too'
            cand export 'Write audit rows, oldest first, as JSON Lines for a compliance reviewer'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omnictl;audit;log'= {
            cand --limit 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed'
            cand --by 'Rows of actions by this operator (email). (--operator is who you are.)'
            cand --action 'An action (patient.read), or every action of a group with a trailing dot (patient.)'
            cand --entity 'Rows about one entity, as TYPE:ID (organization:3f2c…, user:…)'
            cand --since 'Rows at or after this time: a date (from its midnight on the clinic''s clock, UTC''s for the platform) or an RFC 3339 time such as 2026-11-01T09:00:00Z'
            cand --until 'Rows before this time (same forms as --since)'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --all 'Every row, even on a terminal'
            cand --no-headers 'No header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;audit;show'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;audit;verify'= {
            cand --checkpoints 'A file of checkpoints (one JSON line each, from omnictl audit checkpoint)'
            cand --public-key 'The public key the checkpoints were signed with (from omnictl audit keygen)'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;audit;keygen'= {
            cand --out 'Where to write the private key; the public key goes to FILE.pub. Never overwritten'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;audit;checkpoint'= {
            cand --key 'The private key (from omnictl audit keygen)'
            cand --out 'Append the checkpoint to this file instead of printing it'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;audit;export'= {
            cand --since 'Rows at or after this time: a date (from its midnight on the clinic''s clock, UTC''s for the platform) or an RFC 3339 time such as 2026-11-01T09:00:00Z'
            cand --until 'Rows before this time (same forms as --since)'
            cand --format 'jsonl: one JSON object per line'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;audit;help'= {
            cand log 'List audit rows, newest first'
            cand show 'Show one audit row in full'
            cand verify 'Recompute the hash chains in omnictl; exit 10 naming the first broken row of any chain. With --checkpoints, also prove each chain still passes through every row a signed checkpoint vouched for'
            cand keygen 'Write a new Ed25519 key pair for signing checkpoints: FILE (private, mode 0600) and FILE.pub. Keep the private key outside the database and its backups'
            cand checkpoint 'Sign the head of every chain (super admin) and append it as one line of JSON to --out (or print it): keep that file where the database''s administrators cannot rewrite it. Recorded in the trail too'
            cand export 'Write audit rows, oldest first, as JSON Lines for a compliance reviewer'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omnictl;audit;help;log'= {
        }
        &'omnictl;audit;help;show'= {
        }
        &'omnictl;audit;help;verify'= {
        }
        &'omnictl;audit;help;keygen'= {
        }
        &'omnictl;audit;help;checkpoint'= {
        }
        &'omnictl;audit;help;export'= {
        }
        &'omnictl;audit;help;help'= {
        }
        &'omnictl;access'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand break-glass 'Grant yourself (a super admin) time-boxed access to one organization''s patient data, with a reason. Audited in that organization''s trail'
            cand list 'List break-glass grants, active and past (one organization''s with --org)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omnictl;access;break-glass'= {
            cand --reason 'Why access is needed, in words (recorded; 5 to 2000 characters, at least 3 letters)'
            cand --minutes 'How long the grant lasts, 1 to 1440 minutes'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;access;list'= {
            cand --limit 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --all 'Every row, even on a terminal'
            cand --no-headers 'No header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;access;help'= {
            cand break-glass 'Grant yourself (a super admin) time-boxed access to one organization''s patient data, with a reason. Audited in that organization''s trail'
            cand list 'List break-glass grants, active and past (one organization''s with --org)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omnictl;access;help;break-glass'= {
        }
        &'omnictl;access;help;list'= {
        }
        &'omnictl;access;help;help'= {
        }
        &'omnictl;db'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand start 'Start the local database, creating and migrating it on first use'
            cand stop 'Stop the local database server'
            cand status 'Say where the local database lives and whether it runs'
            cand url 'Print a connection URL for the local database (starting it), e.g. for `psql "$(omnictl db url)"`'
            cand destroy 'Stop the local database and delete all of its data'
            cand pooler-login 'Make this database''s pooler login for pgbouncer''s auth_query (or give it a new password): it may connect here and call omnictl_pooler_lookup, nothing else. The schema''s owner runs it (CREATEROLE is enough, no superuser)'
            cand dump 'Back up the database (the local one, or --database-url''s) as its owner: every row of every table, checked against a count in the same snapshot, to FILE (pg_dump''s custom format) and FILE.manifest.json (the counts and the operators'' logins). A dump whose rows differ from the counts is removed and the command fails'
            cand restore 'Restore a dump into a new, empty database as its owner (--database-url): the database gets logins of its own (their passwords are set again with `user set-password`), its definers'' owners and who may connect; then the rows are counted against the manifest, the audit trail verified and the authorizations'' counters checked'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omnictl;db;start'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;db;stop'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;db;status'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;db;url'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;db;destroy'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;db;pooler-login'= {
            cand --login 'The login''s name; omnictl_pooler_ and this database''s oid when omitted'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --password-stdin 'Read its password from the first line of standard input, instead of asking on the terminal (only its SCRAM verifier reaches the server; pgbouncer''s auth_file gets the password itself)'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;db;dump'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;db;restore'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;db;help'= {
            cand start 'Start the local database, creating and migrating it on first use'
            cand stop 'Stop the local database server'
            cand status 'Say where the local database lives and whether it runs'
            cand url 'Print a connection URL for the local database (starting it), e.g. for `psql "$(omnictl db url)"`'
            cand destroy 'Stop the local database and delete all of its data'
            cand pooler-login 'Make this database''s pooler login for pgbouncer''s auth_query (or give it a new password): it may connect here and call omnictl_pooler_lookup, nothing else. The schema''s owner runs it (CREATEROLE is enough, no superuser)'
            cand dump 'Back up the database (the local one, or --database-url''s) as its owner: every row of every table, checked against a count in the same snapshot, to FILE (pg_dump''s custom format) and FILE.manifest.json (the counts and the operators'' logins). A dump whose rows differ from the counts is removed and the command fails'
            cand restore 'Restore a dump into a new, empty database as its owner (--database-url): the database gets logins of its own (their passwords are set again with `user set-password`), its definers'' owners and who may connect; then the rows are counted against the manifest, the audit trail verified and the authorizations'' counters checked'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omnictl;db;help;start'= {
        }
        &'omnictl;db;help;stop'= {
        }
        &'omnictl;db;help;status'= {
        }
        &'omnictl;db;help;url'= {
        }
        &'omnictl;db;help;destroy'= {
        }
        &'omnictl;db;help;pooler-login'= {
        }
        &'omnictl;db;help;dump'= {
        }
        &'omnictl;db;help;restore'= {
        }
        &'omnictl;db;help;help'= {
        }
        &'omnictl;doctor'= {
            cand --limit 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --all 'Every row, even on a terminal'
            cand --no-headers 'No header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;migrate'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand run 'Apply every pending migration (safe to repeat, safe to run concurrently)'
            cand status 'List the migrations: applied (with when), pending, or in conflict with this omnictl'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omnictl;migrate;run'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;migrate;status'= {
            cand --limit 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --all 'Every row, even on a terminal'
            cand --no-headers 'No header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;migrate;help'= {
            cand run 'Apply every pending migration (safe to repeat, safe to run concurrently)'
            cand status 'List the migrations: applied (with when), pending, or in conflict with this omnictl'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omnictl;migrate;help;run'= {
        }
        &'omnictl;migrate;help;status'= {
        }
        &'omnictl;migrate;help;help'= {
        }
        &'omnictl;cluster'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand distribute 'Distribute the schema: reference tables (organizations, users, logins, service codes), the clinics'' tables by organization_id in one colocation group (safe to repeat; checked against citus_tables at the end)'
            cand status 'Show the cluster''s nodes and each table''s distribution'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omnictl;cluster;distribute'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;cluster;status'= {
            cand --limit 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --all 'Every row, even on a terminal'
            cand --no-headers 'No header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;cluster;help'= {
            cand distribute 'Distribute the schema: reference tables (organizations, users, logins, service codes), the clinics'' tables by organization_id in one colocation group (safe to repeat; checked against citus_tables at the end)'
            cand status 'Show the cluster''s nodes and each table''s distribution'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omnictl;cluster;help;distribute'= {
        }
        &'omnictl;cluster;help;status'= {
        }
        &'omnictl;cluster;help;help'= {
        }
        &'omnictl;seed'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand demo 'Create synthetic demo clinics for load and performance work (super admin): clinics demo-001, demo-002, … each with a practitioner of every credential and patients with a primary policy and a 97153 authorization (some ending within 30 days, some nearly used up), loaded through the import pipeline. The same --seed gives the same people; clinics that exist already are left alone'
            cand service-codes 'Load the platform''s ABA service codes (97151–97158, 0362T, 0373T) with their credentials, categories and daily maxima. Repeating it changes nothing'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omnictl;seed;demo'= {
            cand --orgs 'How many clinics'
            cand --patients-per-org 'Patients per clinic'
            cand --seed 'The generator''s seed'
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;seed;service-codes'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;seed;help'= {
            cand demo 'Create synthetic demo clinics for load and performance work (super admin): clinics demo-001, demo-002, … each with a practitioner of every credential and patients with a primary policy and a 97153 authorization (some ending within 30 days, some nearly used up), loaded through the import pipeline. The same --seed gives the same people; clinics that exist already are left alone'
            cand service-codes 'Load the platform''s ABA service codes (97151–97158, 0362T, 0373T) with their credentials, categories and daily maxima. Repeating it changes nothing'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omnictl;seed;help;demo'= {
        }
        &'omnictl;seed;help;service-codes'= {
        }
        &'omnictl;seed;help;help'= {
        }
        &'omnictl;completions'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service'
            cand --operator 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user'
            cand --context 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand --limit 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)'
            cand --sort 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed'
            cand --all 'Lists: every row, even on a terminal'
            cand --no-headers 'Lists: no header row (table and CSV)'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand --verbose 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;help'= {
            cand quickstart 'Set up everything a newcomer needs on the local database, and say what to try next'
            cand org 'Organizations (clinics): create, list, show, update, suspend, activate'
            cand user 'Users who operate omnictl, and bootstrapping the first super admin'
            cand practitioner 'Practitioners of an organization: credentials, NPI, license'
            cand patient 'Patients of an organization (reads are audited as PHI access)'
            cand insurance 'Patients'' insurance policies (reads are audited as PHI access)'
            cand auth 'Payer authorizations: units, ledger, status sweep, cron reports'
            cand appointment 'Appointments booked against authorizations'
            cand session 'Clinical sessions: start, events, completion that consumes units, signed notes'
            cand code 'The service codes there are to book: units, credentials, daily maxima'
            cand report 'Monthly reports: supervision of RBTs'
            cand whoami 'Who you are here: operator, role, clinic, database, how the database knows you'
            cand context 'Named contexts: a server, an operator and a clinic to use together'
            cand audit 'Examine, verify and export the audit trail'
            cand access 'Break-the-glass access of a super admin to a clinic''s patient data'
            cand db 'Manage the local database (start, stop, status, url, destroy)'
            cand doctor 'Check what the server is set up to do for omnictl (the schema, reads audited by pgAudit) and say what a superuser must do where it is not; exit 10 when a check fails'
            cand migrate 'Apply or inspect the schema migrations embedded in omnictl'
            cand cluster 'Distribute the schema over a Citus cluster, and show how it is distributed'
            cand seed 'Load reference data shipped with omnictl'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omnictl;help;quickstart'= {
        }
        &'omnictl;help;org'= {
            cand create 'Create an organization (super admin). Prompts for missing values on a terminal'
            cand list 'List organizations: all of them for a super admin, your own otherwise'
            cand show 'Show an organization with its counts of patients, practitioners, active authorizations and users'
            cand update 'Change an organization''s name, type, time zone or units rule (its ADMIN or a super admin); the tier only a super admin'
            cand suspend 'Suspend an organization (super admin): its users are refused until it is activated'
            cand activate 'Activate a suspended, inactive or trial organization (super admin)'
        }
        &'omnictl;help;org;create'= {
        }
        &'omnictl;help;org;list'= {
        }
        &'omnictl;help;org;show'= {
        }
        &'omnictl;help;org;update'= {
        }
        &'omnictl;help;org;suspend'= {
        }
        &'omnictl;help;org;activate'= {
        }
        &'omnictl;help;user'= {
            cand bootstrap 'Create the first super admin. Needs no operator; refuses once any super admin exists'
            cand create 'Create a user of an organization (its ADMIN, or a super admin with --org), or a super admin (--super-admin, super admins only)'
            cand list 'List users: every user for a super admin (one organization''s with --org), your organization''s for its ADMIN'
            cand show 'Show one user'
            cand update 'Change a user''s name, email or role'
            cand deactivate 'Deactivate a user: their database login can no longer connect, and its open connections are ended. Records are kept'
            cand activate 'Reactivate a deactivated user: their login may connect again'
            cand set-password 'Set the password of a user''s database login: your own, a user of your clinic (its ADMIN), anyone''s (a super admin). Asked twice on a terminal, or read from stdin'
            cand whoami 'Who you are connected as: the operator, their database login and where they act'
        }
        &'omnictl;help;user;bootstrap'= {
        }
        &'omnictl;help;user;create'= {
        }
        &'omnictl;help;user;list'= {
        }
        &'omnictl;help;user;show'= {
        }
        &'omnictl;help;user;update'= {
        }
        &'omnictl;help;user;deactivate'= {
        }
        &'omnictl;help;user;activate'= {
        }
        &'omnictl;help;user;set-password'= {
        }
        &'omnictl;help;user;whoami'= {
        }
        &'omnictl;help;practitioner'= {
            cand create 'Add a practitioner to the organization'
            cand list 'List the organization''s practitioners'
            cand show 'Show one practitioner (by NPI or id)'
            cand update 'Change a practitioner''s details; --credential replaces the whole list'
            cand deactivate 'Deactivate a practitioner: no new appointments. Records are kept'
            cand supervision-contact 'Record a supervision contact of an RBT by a BCBA, BCBA-D or BCaBA besides a 97155 session (counted by report supervision)'
        }
        &'omnictl;help;practitioner;create'= {
        }
        &'omnictl;help;practitioner;list'= {
        }
        &'omnictl;help;practitioner;show'= {
        }
        &'omnictl;help;practitioner;update'= {
        }
        &'omnictl;help;practitioner;deactivate'= {
        }
        &'omnictl;help;practitioner;supervision-contact'= {
        }
        &'omnictl;help;patient'= {
            cand create 'Add a patient'
            cand list 'List patients (archived ones hidden unless asked for)'
            cand show 'Show one patient by MRN or id'
            cand update 'Change a patient''s fields (an empty value clears an optional field)'
            cand archive 'Archive a patient: hidden from lists, kept forever. Refused while the patient has bookings or a session in progress, unless told what to do with them'
            cand unarchive 'Bring an archived patient back'
            cand import 'Import patients from CSV (FILE, or - for stdin): all rows land or none'
            cand export 'Export patients as CSV in the import''s columns, to stdout'
        }
        &'omnictl;help;patient;create'= {
        }
        &'omnictl;help;patient;list'= {
        }
        &'omnictl;help;patient;show'= {
        }
        &'omnictl;help;patient;update'= {
        }
        &'omnictl;help;patient;archive'= {
        }
        &'omnictl;help;patient;unarchive'= {
        }
        &'omnictl;help;patient;import'= {
        }
        &'omnictl;help;patient;export'= {
        }
        &'omnictl;help;insurance'= {
            cand add 'Add a policy to a patient'
            cand list 'List a patient''s policies'
            cand update 'Change a policy''s fields (an empty value clears an optional field)'
            cand end 'End a policy''s coverage on a date (today by default); it is kept, and inactive once the date has passed'
            cand remove 'Delete a policy entered by mistake (refused when authorizations refer to it)'
            cand import 'Import policies from CSV (FILE, or - for stdin): all rows land or none'
            cand export 'Export every policy as CSV in the import''s columns, to stdout'
        }
        &'omnictl;help;insurance;add'= {
        }
        &'omnictl;help;insurance;list'= {
        }
        &'omnictl;help;insurance;update'= {
        }
        &'omnictl;help;insurance;end'= {
        }
        &'omnictl;help;insurance;remove'= {
        }
        &'omnictl;help;insurance;import'= {
        }
        &'omnictl;help;insurance;export'= {
        }
        &'omnictl;help;auth'= {
            cand create 'Record a payer''s authorization for a patient and a service code'
            cand list 'List authorizations'
            cand show 'Show one authorization by id or number: its units as a bar and its ledger'
            cand update 'Change an authorization (number, units, dates, status pending/active, notes)'
            cand cancel 'Cancel an authorization that has no scheduled units'
            cand sweep 'Bring statuses up to date: ACTIVE ones past their end become EXPIRED, those with every unit used EXHAUSTED. Idempotent and audited; safe from cron. A super admin without --org sweeps every clinic'
            cand check 'Check that every authorization''s counters equal its rows: scheduled units the units of its live appointments and its ledger, used units its ledger. Lists each one that differs and then exits 10; prints nothing on stdout and exits 0 when all agree. The database refuses any change that would make them differ; this finds what went around it. A super admin without --org checks every clinic'
            cand import 'Import authorizations from CSV (FILE, or - for stdin): all rows land or none'
            cand expiring 'ACTIVE authorizations ending within a window (cron report)'
            cand low 'ACTIVE authorizations whose (used + scheduled) / total reaches a threshold (cron report)'
        }
        &'omnictl;help;auth;create'= {
        }
        &'omnictl;help;auth;list'= {
        }
        &'omnictl;help;auth;show'= {
        }
        &'omnictl;help;auth;update'= {
        }
        &'omnictl;help;auth;cancel'= {
        }
        &'omnictl;help;auth;sweep'= {
        }
        &'omnictl;help;auth;check'= {
        }
        &'omnictl;help;auth;import'= {
        }
        &'omnictl;help;auth;expiring'= {
        }
        &'omnictl;help;auth;low'= {
        }
        &'omnictl;help;appointment'= {
            cand create 'Book an appointment (or a weekly series) against an authorization'
            cand cancel 'Cancel a scheduled appointment and release its units'
            cand no-show 'Record that the patient did not come; the units are released'
            cand reschedule 'Move a scheduled appointment (to another time, or another authorization such as a renewal): release and reserve again, every rule checked'
            cand list 'List appointments, or a week as a grid per practitioner (--week DATE)'
            cand show 'Show one appointment'
        }
        &'omnictl;help;appointment;create'= {
        }
        &'omnictl;help;appointment;cancel'= {
        }
        &'omnictl;help;appointment;no-show'= {
        }
        &'omnictl;help;appointment;reschedule'= {
        }
        &'omnictl;help;appointment;list'= {
        }
        &'omnictl;help;appointment;show'= {
        }
        &'omnictl;help;session'= {
            cand start 'Start the session of a SCHEDULED appointment'
            cand event 'Record and read behavioural events'
            cand complete 'Complete a session: units by the clinic''s rule move from reserved to used, the metrics are computed'
            cand cancel 'Cancel a session in progress; its reserved units are released'
            cand note 'The session note: generate, edit, sign, addendum, show'
            cand show 'The supervisor''s summary of one session'
            cand list 'List sessions'
            cand notes-unsigned 'Completed sessions whose note is not signed in time (for cron): this clinic''s, or every clinic''s for a super admin (no patient data)'
        }
        &'omnictl;help;session;start'= {
        }
        &'omnictl;help;session;event'= {
            cand add 'Record one event'
            cand list 'List a session''s events'
            cand import 'Record a batch from a data-collection device: CSV (header: type, at, name, duration_seconds, intensity, target, correct, prompt_level, text) or JSON Lines (one object per line with those keys). All or nothing'
        }
        &'omnictl;help;session;event;add'= {
        }
        &'omnictl;help;session;event;list'= {
        }
        &'omnictl;help;session;event;import'= {
        }
        &'omnictl;help;session;complete'= {
        }
        &'omnictl;help;session;cancel'= {
        }
        &'omnictl;help;session;note'= {
            cand generate 'Write the DRAFT note from the session, its events and metrics'
            cand edit 'Replace the DRAFT narrative with a file''s (or - for stdin); the header is the session record''s and cannot be edited'
            cand sign 'Sign the note as the practitioner who rendered the service (their own user), once the session is COMPLETED: it can never change afterwards. The narrative must be the clinician''s own, and the session needs recorded events (in each hour of a session over 3 hours) or --no-data-reason'
            cand cosign 'Add a supervising BCBA''s or BCBA-D''s co-signature to a signed note'
            cand addendum 'Append a dated addendum to a signed note'
            cand show 'Print the note and its addenda'
        }
        &'omnictl;help;session;note;generate'= {
        }
        &'omnictl;help;session;note;edit'= {
        }
        &'omnictl;help;session;note;sign'= {
        }
        &'omnictl;help;session;note;cosign'= {
        }
        &'omnictl;help;session;note;addendum'= {
        }
        &'omnictl;help;session;note;show'= {
        }
        &'omnictl;help;session;show'= {
        }
        &'omnictl;help;session;list'= {
        }
        &'omnictl;help;session;notes-unsigned'= {
        }
        &'omnictl;help;code'= {
            cand list 'List the service codes: minutes per unit, who may render each, the daily maximum (a clinic''s own definition where it has one)'
        }
        &'omnictl;help;code;list'= {
        }
        &'omnictl;help;report'= {
            cand supervision 'Per RBT for a month: hours of direct service (97153/97154), hours supervised (a BCBA''s 97155 overlapping their session with the same patient, and contacts recorded with practitioner supervision-contact), the percentage (the BACB requires 5%), the contacts (at least 2) and whether one was observed with a client'
        }
        &'omnictl;help;report;supervision'= {
        }
        &'omnictl;help;whoami'= {
        }
        &'omnictl;help;context'= {
            cand list 'List the contexts; the one in use is marked'
            cand use 'Make a context the one in use (`local`: the embedded database)'
            cand set 'Create a context or change its parts (an empty value removes a part)'
            cand delete 'Delete a context (the one in use falls back to `local`)'
        }
        &'omnictl;help;context;list'= {
        }
        &'omnictl;help;context;use'= {
        }
        &'omnictl;help;context;set'= {
        }
        &'omnictl;help;context;delete'= {
        }
        &'omnictl;help;audit'= {
            cand log 'List audit rows, newest first'
            cand show 'Show one audit row in full'
            cand verify 'Recompute the hash chains in omnictl; exit 10 naming the first broken row of any chain. With --checkpoints, also prove each chain still passes through every row a signed checkpoint vouched for'
            cand keygen 'Write a new Ed25519 key pair for signing checkpoints: FILE (private, mode 0600) and FILE.pub. Keep the private key outside the database and its backups'
            cand checkpoint 'Sign the head of every chain (super admin) and append it as one line of JSON to --out (or print it): keep that file where the database''s administrators cannot rewrite it. Recorded in the trail too'
            cand export 'Write audit rows, oldest first, as JSON Lines for a compliance reviewer'
        }
        &'omnictl;help;audit;log'= {
        }
        &'omnictl;help;audit;show'= {
        }
        &'omnictl;help;audit;verify'= {
        }
        &'omnictl;help;audit;keygen'= {
        }
        &'omnictl;help;audit;checkpoint'= {
        }
        &'omnictl;help;audit;export'= {
        }
        &'omnictl;help;access'= {
            cand break-glass 'Grant yourself (a super admin) time-boxed access to one organization''s patient data, with a reason. Audited in that organization''s trail'
            cand list 'List break-glass grants, active and past (one organization''s with --org)'
        }
        &'omnictl;help;access;break-glass'= {
        }
        &'omnictl;help;access;list'= {
        }
        &'omnictl;help;db'= {
            cand start 'Start the local database, creating and migrating it on first use'
            cand stop 'Stop the local database server'
            cand status 'Say where the local database lives and whether it runs'
            cand url 'Print a connection URL for the local database (starting it), e.g. for `psql "$(omnictl db url)"`'
            cand destroy 'Stop the local database and delete all of its data'
            cand pooler-login 'Make this database''s pooler login for pgbouncer''s auth_query (or give it a new password): it may connect here and call omnictl_pooler_lookup, nothing else. The schema''s owner runs it (CREATEROLE is enough, no superuser)'
            cand dump 'Back up the database (the local one, or --database-url''s) as its owner: every row of every table, checked against a count in the same snapshot, to FILE (pg_dump''s custom format) and FILE.manifest.json (the counts and the operators'' logins). A dump whose rows differ from the counts is removed and the command fails'
            cand restore 'Restore a dump into a new, empty database as its owner (--database-url): the database gets logins of its own (their passwords are set again with `user set-password`), its definers'' owners and who may connect; then the rows are counted against the manifest, the audit trail verified and the authorizations'' counters checked'
        }
        &'omnictl;help;db;start'= {
        }
        &'omnictl;help;db;stop'= {
        }
        &'omnictl;help;db;status'= {
        }
        &'omnictl;help;db;url'= {
        }
        &'omnictl;help;db;destroy'= {
        }
        &'omnictl;help;db;pooler-login'= {
        }
        &'omnictl;help;db;dump'= {
        }
        &'omnictl;help;db;restore'= {
        }
        &'omnictl;help;doctor'= {
        }
        &'omnictl;help;migrate'= {
            cand run 'Apply every pending migration (safe to repeat, safe to run concurrently)'
            cand status 'List the migrations: applied (with when), pending, or in conflict with this omnictl'
        }
        &'omnictl;help;migrate;run'= {
        }
        &'omnictl;help;migrate;status'= {
        }
        &'omnictl;help;cluster'= {
            cand distribute 'Distribute the schema: reference tables (organizations, users, logins, service codes), the clinics'' tables by organization_id in one colocation group (safe to repeat; checked against citus_tables at the end)'
            cand status 'Show the cluster''s nodes and each table''s distribution'
        }
        &'omnictl;help;cluster;distribute'= {
        }
        &'omnictl;help;cluster;status'= {
        }
        &'omnictl;help;seed'= {
            cand demo 'Create synthetic demo clinics for load and performance work (super admin): clinics demo-001, demo-002, … each with a practitioner of every credential and patients with a primary policy and a 97153 authorization (some ending within 30 days, some nearly used up), loaded through the import pipeline. The same --seed gives the same people; clinics that exist already are left alone'
            cand service-codes 'Load the platform''s ABA service codes (97151–97158, 0362T, 0373T) with their credentials, categories and daily maxima. Repeating it changes nothing'
        }
        &'omnictl;help;seed;demo'= {
        }
        &'omnictl;help;seed;service-codes'= {
        }
        &'omnictl;help;completions'= {
        }
        &'omnictl;help;help'= {
        }
    ]
    $completions[$command]
}
