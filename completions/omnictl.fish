# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_omnictl_global_optspecs
    string join \n database-url= operator= context= org= o/output= limit= all sort= no-headers y/yes q/quiet v/verbose h/help V/version
end

function __fish_omnictl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_omnictl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_omnictl_using_subcommand
    set -l cmd (__fish_omnictl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c omnictl -n "__fish_omnictl_needs_command" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_needs_command" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_needs_command" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_needs_command" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_needs_command" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_needs_command" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_needs_command" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_needs_command" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_needs_command" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_needs_command" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_needs_command" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_needs_command" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_needs_command" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_needs_command" -f -a "quickstart" -d 'Set up everything a newcomer needs on the local database, and say what to try next'
complete -c omnictl -n "__fish_omnictl_needs_command" -f -a "org" -d 'Organizations (clinics): create, list, show, update, suspend, activate'
complete -c omnictl -n "__fish_omnictl_needs_command" -f -a "user" -d 'Users who operate omnictl, and bootstrapping the first super admin'
complete -c omnictl -n "__fish_omnictl_needs_command" -f -a "practitioner" -d 'Practitioners of an organization: credentials, NPI, license'
complete -c omnictl -n "__fish_omnictl_needs_command" -f -a "patient" -d 'Patients of an organization (reads are audited as PHI access)'
complete -c omnictl -n "__fish_omnictl_needs_command" -f -a "insurance" -d 'Patients\' insurance policies (reads are audited as PHI access)'
complete -c omnictl -n "__fish_omnictl_needs_command" -f -a "auth" -d 'Payer authorizations: units, ledger, status sweep, cron reports'
complete -c omnictl -n "__fish_omnictl_needs_command" -f -a "appointment" -d 'Appointments booked against authorizations'
complete -c omnictl -n "__fish_omnictl_needs_command" -f -a "session" -d 'Clinical sessions: start, events, completion that consumes units, signed notes'
complete -c omnictl -n "__fish_omnictl_needs_command" -f -a "code" -d 'The service codes there are to book: units, credentials, daily maxima'
complete -c omnictl -n "__fish_omnictl_needs_command" -f -a "report" -d 'Monthly reports: supervision of RBTs'
complete -c omnictl -n "__fish_omnictl_needs_command" -f -a "whoami" -d 'Who you are here: operator, role, clinic, database, how the database knows you'
complete -c omnictl -n "__fish_omnictl_needs_command" -f -a "context" -d 'Named contexts: a server, an operator and a clinic to use together'
complete -c omnictl -n "__fish_omnictl_needs_command" -f -a "audit" -d 'Examine, verify and export the audit trail'
complete -c omnictl -n "__fish_omnictl_needs_command" -f -a "access" -d 'Break-the-glass access of a super admin to a clinic\'s patient data'
complete -c omnictl -n "__fish_omnictl_needs_command" -f -a "db" -d 'Manage the local database (start, stop, status, url, destroy)'
complete -c omnictl -n "__fish_omnictl_needs_command" -f -a "doctor" -d 'Check what the server is set up to do for omnictl (the schema, reads audited by pgAudit) and say what a superuser must do where it is not; exit 10 when a check fails'
complete -c omnictl -n "__fish_omnictl_needs_command" -f -a "migrate" -d 'Apply or inspect the schema migrations embedded in omnictl'
complete -c omnictl -n "__fish_omnictl_needs_command" -f -a "cluster" -d 'Distribute the schema over a Citus cluster, and show how it is distributed'
complete -c omnictl -n "__fish_omnictl_needs_command" -f -a "seed" -d 'Load reference data shipped with omnictl'
complete -c omnictl -n "__fish_omnictl_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c omnictl -n "__fish_omnictl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omnictl -n "__fish_omnictl_using_subcommand quickstart" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand quickstart" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand quickstart" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand quickstart" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand quickstart" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand quickstart" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand quickstart" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand quickstart" -l no-demo -d 'Only the database, schema and service codes: no demo super admin or demo clinic (for a database that will hold real clinics)'
complete -c omnictl -n "__fish_omnictl_using_subcommand quickstart" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand quickstart" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand quickstart" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand quickstart" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand quickstart" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand quickstart" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand quickstart" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and not __fish_seen_subcommand_from create list show update suspend activate help" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and not __fish_seen_subcommand_from create list show update suspend activate help" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and not __fish_seen_subcommand_from create list show update suspend activate help" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and not __fish_seen_subcommand_from create list show update suspend activate help" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and not __fish_seen_subcommand_from create list show update suspend activate help" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and not __fish_seen_subcommand_from create list show update suspend activate help" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and not __fish_seen_subcommand_from create list show update suspend activate help" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and not __fish_seen_subcommand_from create list show update suspend activate help" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and not __fish_seen_subcommand_from create list show update suspend activate help" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and not __fish_seen_subcommand_from create list show update suspend activate help" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and not __fish_seen_subcommand_from create list show update suspend activate help" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and not __fish_seen_subcommand_from create list show update suspend activate help" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and not __fish_seen_subcommand_from create list show update suspend activate help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and not __fish_seen_subcommand_from create list show update suspend activate help" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and not __fish_seen_subcommand_from create list show update suspend activate help" -f -a "create" -d 'Create an organization (super admin). Prompts for missing values on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and not __fish_seen_subcommand_from create list show update suspend activate help" -f -a "list" -d 'List organizations: all of them for a super admin, your own otherwise'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and not __fish_seen_subcommand_from create list show update suspend activate help" -f -a "show" -d 'Show an organization with its counts of patients, practitioners, active authorizations and users'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and not __fish_seen_subcommand_from create list show update suspend activate help" -f -a "update" -d 'Change an organization\'s name, type, time zone or units rule (its ADMIN or a super admin); the tier only a super admin'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and not __fish_seen_subcommand_from create list show update suspend activate help" -f -a "suspend" -d 'Suspend an organization (super admin): its users are refused until it is activated'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and not __fish_seen_subcommand_from create list show update suspend activate help" -f -a "activate" -d 'Activate a suspended, inactive or trial organization (super admin)'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and not __fish_seen_subcommand_from create list show update suspend activate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from create" -l name -d 'Display name, e.g. "Sunrise ABA Therapy"' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from create" -l slug -d 'Short unique name used on the command line (lowercase, hyphens), e.g. sunrise-aba' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from create" -l type -d 'clinic, hospital or private-practice' -r -f -a "clinic\t''
hospital\t''
private-practice\t''"
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from create" -l tier -d 'Subscription tier (super admin only): trial, basic, professional or enterprise' -r -f -a "trial\t''
basic\t''
professional\t''
enterprise\t''"
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from create" -l timezone -d 'IANA time zone appointments are entered and shown in (asked on a terminal, with this machine\'s as the default; else America/New_York)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from create" -l units-rule -d 'How delivered minutes become billable units' -r -f -a "midpoint\t''
cms_8_minute\t''"
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from create" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from create" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from create" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from create" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from create" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from create" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from create" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from create" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from create" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from list" -l limit -d 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from list" -l sort -d 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from list" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from list" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from list" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from list" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from list" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from list" -l all -d 'Every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from list" -l no-headers -d 'No header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from show" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from show" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from show" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from show" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from show" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from show" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from show" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from show" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from show" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from update" -l name -d 'A new display name' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from update" -l type -d 'clinic, hospital or private-practice' -r -f -a "clinic\t''
hospital\t''
private-practice\t''"
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from update" -l tier -d 'Subscription tier (super admin only)' -r -f -a "trial\t''
basic\t''
professional\t''
enterprise\t''"
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from update" -l timezone -d 'IANA time zone appointments are entered and shown in, e.g. America/Chicago' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from update" -l units-rule -d 'How delivered minutes become billable units: midpoint or cms_8_minute' -r -f -a "midpoint\t''
cms_8_minute\t''"
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from update" -l default-place -d 'Where appointments happen unless booked with --place: clinic (POS 11), home (12), school (03), community (99), telehealth (02) or telehealth-home (10)' -r -f -a "clinic\t''
home\t''
school\t''
community\t''
telehealth\t''
telehealth-home\t''"
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from update" -l telehealth-modifier -d 'The modifier the clinic\'s payers require on telehealth claims: 95 or GT' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from update" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from update" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from update" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from update" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from update" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from update" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from update" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from update" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from update" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from suspend" -l reason -d 'Why (kept in the audit trail)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from suspend" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from suspend" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from suspend" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from suspend" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from suspend" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from suspend" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from suspend" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from suspend" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from suspend" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from suspend" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from suspend" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from suspend" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from suspend" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from suspend" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from activate" -l reason -d 'Why (kept in the audit trail)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from activate" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from activate" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from activate" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from activate" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from activate" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from activate" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from activate" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from activate" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from activate" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from activate" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from activate" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from activate" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from activate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from activate" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an organization (super admin). Prompts for missing values on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "list" -d 'List organizations: all of them for a super admin, your own otherwise'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show an organization with its counts of patients, practitioners, active authorizations and users'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change an organization\'s name, type, time zone or units rule (its ADMIN or a super admin); the tier only a super admin'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "suspend" -d 'Suspend an organization (super admin): its users are refused until it is activated'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "activate" -d 'Activate a suspended, inactive or trial organization (super admin)'
complete -c omnictl -n "__fish_omnictl_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and not __fish_seen_subcommand_from bootstrap create list show update deactivate activate set-password whoami help" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and not __fish_seen_subcommand_from bootstrap create list show update deactivate activate set-password whoami help" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and not __fish_seen_subcommand_from bootstrap create list show update deactivate activate set-password whoami help" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and not __fish_seen_subcommand_from bootstrap create list show update deactivate activate set-password whoami help" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and not __fish_seen_subcommand_from bootstrap create list show update deactivate activate set-password whoami help" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and not __fish_seen_subcommand_from bootstrap create list show update deactivate activate set-password whoami help" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and not __fish_seen_subcommand_from bootstrap create list show update deactivate activate set-password whoami help" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and not __fish_seen_subcommand_from bootstrap create list show update deactivate activate set-password whoami help" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and not __fish_seen_subcommand_from bootstrap create list show update deactivate activate set-password whoami help" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and not __fish_seen_subcommand_from bootstrap create list show update deactivate activate set-password whoami help" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and not __fish_seen_subcommand_from bootstrap create list show update deactivate activate set-password whoami help" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and not __fish_seen_subcommand_from bootstrap create list show update deactivate activate set-password whoami help" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and not __fish_seen_subcommand_from bootstrap create list show update deactivate activate set-password whoami help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and not __fish_seen_subcommand_from bootstrap create list show update deactivate activate set-password whoami help" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and not __fish_seen_subcommand_from bootstrap create list show update deactivate activate set-password whoami help" -f -a "bootstrap" -d 'Create the first super admin. Needs no operator; refuses once any super admin exists'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and not __fish_seen_subcommand_from bootstrap create list show update deactivate activate set-password whoami help" -f -a "create" -d 'Create a user of an organization (its ADMIN, or a super admin with --org), or a super admin (--super-admin, super admins only)'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and not __fish_seen_subcommand_from bootstrap create list show update deactivate activate set-password whoami help" -f -a "list" -d 'List users: every user for a super admin (one organization\'s with --org), your organization\'s for its ADMIN'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and not __fish_seen_subcommand_from bootstrap create list show update deactivate activate set-password whoami help" -f -a "show" -d 'Show one user'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and not __fish_seen_subcommand_from bootstrap create list show update deactivate activate set-password whoami help" -f -a "update" -d 'Change a user\'s name, email or role'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and not __fish_seen_subcommand_from bootstrap create list show update deactivate activate set-password whoami help" -f -a "deactivate" -d 'Deactivate a user: their database login can no longer connect, and its open connections are ended. Records are kept'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and not __fish_seen_subcommand_from bootstrap create list show update deactivate activate set-password whoami help" -f -a "activate" -d 'Reactivate a deactivated user: their login may connect again'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and not __fish_seen_subcommand_from bootstrap create list show update deactivate activate set-password whoami help" -f -a "set-password" -d 'Set the password of a user\'s database login: your own, a user of your clinic (its ADMIN), anyone\'s (a super admin). Asked twice on a terminal, or read from stdin'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and not __fish_seen_subcommand_from bootstrap create list show update deactivate activate set-password whoami help" -f -a "whoami" -d 'Who you are connected as: the operator, their database login and where they act'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and not __fish_seen_subcommand_from bootstrap create list show update deactivate activate set-password whoami help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from bootstrap" -l email -d 'The first super admin\'s email: their login name' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from bootstrap" -l name -d 'Their full name' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from bootstrap" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from bootstrap" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from bootstrap" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from bootstrap" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from bootstrap" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from bootstrap" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from bootstrap" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from bootstrap" -l password-stdin -d 'Give the new login a password, read from the first line of standard input (a server\'s operators connect with one; the local database needs none)'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from bootstrap" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from bootstrap" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from bootstrap" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from bootstrap" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from bootstrap" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from bootstrap" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from bootstrap" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from create" -l email -d 'The new user\'s email: their login name, unique on the platform' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from create" -l name -d 'Their full name' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from create" -l role -d 'ADMIN manages the organization; STAFF reads patients, schedules and runs sessions (asked on a terminal; else staff)' -r -f -a "admin\t''
staff\t''"
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from create" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from create" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from create" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from create" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from create" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from create" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from create" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from create" -l super-admin -d 'Create a platform super admin (no organization)'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from create" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from create" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from list" -l limit -d 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from list" -l sort -d 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from list" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from list" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from list" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from list" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from list" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from list" -l all -d 'Every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from list" -l no-headers -d 'No header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from list" -l include-inactive -d 'Include deactivated users'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from show" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from show" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from show" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from show" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from show" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from show" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from show" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from show" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from show" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from update" -l name -d 'A new full name' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from update" -l email -d 'A new email (their login is renamed with it)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from update" -l role -d 'A new role in their clinic: admin or staff' -r -f -a "admin\t''
staff\t''"
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from update" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from update" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from update" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from update" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from update" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from update" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from update" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from update" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from update" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l reason -d 'Why (kept in the audit trail)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from deactivate" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from deactivate" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from deactivate" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from deactivate" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from deactivate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from deactivate" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from activate" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from activate" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from activate" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from activate" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from activate" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from activate" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from activate" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from activate" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from activate" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from activate" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from activate" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from activate" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from activate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from activate" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from set-password" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from set-password" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from set-password" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from set-password" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from set-password" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from set-password" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from set-password" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from set-password" -l password-stdin -d 'Read the password from the first line of standard input (for scripts), instead of asking on the terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from set-password" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from set-password" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from set-password" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from set-password" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from set-password" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from set-password" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from set-password" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from whoami" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from whoami" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from whoami" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from whoami" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from whoami" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from whoami" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from whoami" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from whoami" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from whoami" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from whoami" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from whoami" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from whoami" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from whoami" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from whoami" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "bootstrap" -d 'Create the first super admin. Needs no operator; refuses once any super admin exists'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a user of an organization (its ADMIN, or a super admin with --org), or a super admin (--super-admin, super admins only)'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "list" -d 'List users: every user for a super admin (one organization\'s with --org), your organization\'s for its ADMIN'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one user'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a user\'s name, email or role'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "deactivate" -d 'Deactivate a user: their database login can no longer connect, and its open connections are ended. Records are kept'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "activate" -d 'Reactivate a deactivated user: their login may connect again'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "set-password" -d 'Set the password of a user\'s database login: your own, a user of your clinic (its ADMIN), anyone\'s (a super admin). Asked twice on a terminal, or read from stdin'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "whoami" -d 'Who you are connected as: the operator, their database login and where they act'
complete -c omnictl -n "__fish_omnictl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and not __fish_seen_subcommand_from create list show update deactivate supervision-contact help" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and not __fish_seen_subcommand_from create list show update deactivate supervision-contact help" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and not __fish_seen_subcommand_from create list show update deactivate supervision-contact help" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and not __fish_seen_subcommand_from create list show update deactivate supervision-contact help" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and not __fish_seen_subcommand_from create list show update deactivate supervision-contact help" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and not __fish_seen_subcommand_from create list show update deactivate supervision-contact help" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and not __fish_seen_subcommand_from create list show update deactivate supervision-contact help" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and not __fish_seen_subcommand_from create list show update deactivate supervision-contact help" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and not __fish_seen_subcommand_from create list show update deactivate supervision-contact help" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and not __fish_seen_subcommand_from create list show update deactivate supervision-contact help" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and not __fish_seen_subcommand_from create list show update deactivate supervision-contact help" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and not __fish_seen_subcommand_from create list show update deactivate supervision-contact help" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and not __fish_seen_subcommand_from create list show update deactivate supervision-contact help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and not __fish_seen_subcommand_from create list show update deactivate supervision-contact help" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and not __fish_seen_subcommand_from create list show update deactivate supervision-contact help" -f -a "create" -d 'Add a practitioner to the organization'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and not __fish_seen_subcommand_from create list show update deactivate supervision-contact help" -f -a "list" -d 'List the organization\'s practitioners'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and not __fish_seen_subcommand_from create list show update deactivate supervision-contact help" -f -a "show" -d 'Show one practitioner (by NPI or id)'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and not __fish_seen_subcommand_from create list show update deactivate supervision-contact help" -f -a "update" -d 'Change a practitioner\'s details; --credential replaces the whole list'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and not __fish_seen_subcommand_from create list show update deactivate supervision-contact help" -f -a "deactivate" -d 'Deactivate a practitioner: no new appointments. Records are kept'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and not __fish_seen_subcommand_from create list show update deactivate supervision-contact help" -f -a "supervision-contact" -d 'Record a supervision contact of an RBT by a BCBA, BCBA-D or BCaBA besides a 97155 session (counted by report supervision)'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and not __fish_seen_subcommand_from create list show update deactivate supervision-contact help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from create" -l name -d 'Full name, as on the credential' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from create" -l credential -d 'BCBA-D, BCBA, BCaBA or RBT; repeat for several' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from create" -l npi -d 'National Provider Identifier: 10 digits with a valid check digit' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from create" -l license -d 'State license number (unique in the organization); needs --license-state' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from create" -l license-state -d 'Two-letter state of the license, e.g. IL' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from create" -l credential-valid-until -d 'The last day the credential is valid' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from create" -l user -d 'Link to the practitioner\'s login (a user of the same organization)' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from create" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from create" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from create" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from create" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from create" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from create" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from create" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from create" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from create" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from list" -l limit -d 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from list" -l sort -d 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from list" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from list" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from list" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from list" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from list" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from list" -l all -d 'Every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from list" -l no-headers -d 'No header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from list" -l include-inactive -d 'Include deactivated practitioners'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from show" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from show" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from show" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from show" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from show" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from show" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from show" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from show" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from show" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from update" -l name -d 'A new full name' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from update" -l credential -d 'A credential (RBT, BCaBA, BCBA, BCBA-D); repeat for several; replaces the whole list' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from update" -l npi -d 'A corrected NPI (ten digits, Luhn-checked)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from update" -l license -d 'A new state license number' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from update" -l license-state -d 'Two-letter state of the license, e.g. IL' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from update" -l credential-valid-until -d 'The last day the credential is valid' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from update" -l user -d 'Link the practitioner to their login (a user of this clinic): they sign their own notes' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from update" -l reason -d 'Why the affected appointments are cancelled (kept with each)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from update" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from update" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from update" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from update" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from update" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from update" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from update" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from update" -l cancel-affected -d 'Cancel the affected appointments with the change (releasing their units); needs --reason'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from update" -l keep-affected -d 'Keep the affected appointments, flagged as needing attention (see appointment list --needs-attention); a session cannot start until they are fixed'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from update" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from update" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from deactivate" -l reason -d 'Why the affected appointments are cancelled (kept with each)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from deactivate" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from deactivate" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from deactivate" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from deactivate" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from deactivate" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from deactivate" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from deactivate" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from deactivate" -l cancel-affected -d 'Cancel the affected appointments with the change (releasing their units); needs --reason'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from deactivate" -l keep-affected -d 'Keep the affected appointments, flagged as needing attention (see appointment list --needs-attention); a session cannot start until they are fixed'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from deactivate" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from deactivate" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from deactivate" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from deactivate" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from deactivate" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from deactivate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from deactivate" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from supervision-contact" -l technician -d 'The RBT\'s NPI or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from supervision-contact" -l supervisor -d 'The supervising BCBA\'s, BCBA-D\'s or BCaBA\'s NPI or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from supervision-contact" -l start -d 'When it started, "YYYY-MM-DD HH:MM" in the clinic\'s time zone' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from supervision-contact" -l minutes -d 'How long it lasted, 1 to 1440 minutes' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from supervision-contact" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from supervision-contact" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from supervision-contact" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from supervision-contact" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from supervision-contact" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from supervision-contact" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from supervision-contact" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from supervision-contact" -l with-client -d 'The supervisor observed the RBT with a client'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from supervision-contact" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from supervision-contact" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from supervision-contact" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from supervision-contact" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from supervision-contact" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from supervision-contact" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from supervision-contact" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from help" -f -a "create" -d 'Add a practitioner to the organization'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the organization\'s practitioners'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one practitioner (by NPI or id)'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a practitioner\'s details; --credential replaces the whole list'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from help" -f -a "deactivate" -d 'Deactivate a practitioner: no new appointments. Records are kept'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from help" -f -a "supervision-contact" -d 'Record a supervision contact of an RBT by a BCBA, BCBA-D or BCaBA besides a 97155 session (counted by report supervision)'
complete -c omnictl -n "__fish_omnictl_using_subcommand practitioner; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and not __fish_seen_subcommand_from create list show update archive unarchive import export help" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and not __fish_seen_subcommand_from create list show update archive unarchive import export help" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and not __fish_seen_subcommand_from create list show update archive unarchive import export help" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and not __fish_seen_subcommand_from create list show update archive unarchive import export help" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and not __fish_seen_subcommand_from create list show update archive unarchive import export help" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and not __fish_seen_subcommand_from create list show update archive unarchive import export help" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and not __fish_seen_subcommand_from create list show update archive unarchive import export help" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and not __fish_seen_subcommand_from create list show update archive unarchive import export help" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and not __fish_seen_subcommand_from create list show update archive unarchive import export help" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and not __fish_seen_subcommand_from create list show update archive unarchive import export help" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and not __fish_seen_subcommand_from create list show update archive unarchive import export help" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and not __fish_seen_subcommand_from create list show update archive unarchive import export help" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and not __fish_seen_subcommand_from create list show update archive unarchive import export help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and not __fish_seen_subcommand_from create list show update archive unarchive import export help" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and not __fish_seen_subcommand_from create list show update archive unarchive import export help" -f -a "create" -d 'Add a patient'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and not __fish_seen_subcommand_from create list show update archive unarchive import export help" -f -a "list" -d 'List patients (archived ones hidden unless asked for)'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and not __fish_seen_subcommand_from create list show update archive unarchive import export help" -f -a "show" -d 'Show one patient by MRN or id'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and not __fish_seen_subcommand_from create list show update archive unarchive import export help" -f -a "update" -d 'Change a patient\'s fields (an empty value clears an optional field)'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and not __fish_seen_subcommand_from create list show update archive unarchive import export help" -f -a "archive" -d 'Archive a patient: hidden from lists, kept forever. Refused while the patient has bookings or a session in progress, unless told what to do with them'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and not __fish_seen_subcommand_from create list show update archive unarchive import export help" -f -a "unarchive" -d 'Bring an archived patient back'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and not __fish_seen_subcommand_from create list show update archive unarchive import export help" -f -a "import" -d 'Import patients from CSV (FILE, or - for stdin): all rows land or none'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and not __fish_seen_subcommand_from create list show update archive unarchive import export help" -f -a "export" -d 'Export patients as CSV in the import\'s columns, to stdout'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and not __fish_seen_subcommand_from create list show update archive unarchive import export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from create" -l mrn -d 'Medical record number, unique in the organization' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from create" -l first-name -d 'First name' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from create" -l last-name -d 'Last name' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from create" -l dob -d 'Date of birth, YYYY-MM-DD or M/D/YYYY' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from create" -l gender -d 'female, male, nonbinary, other or unknown' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from create" -l email -d 'The family\'s email' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from create" -l phone -d 'The family\'s phone number' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from create" -l address-line1 -d 'Street address' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from create" -l address-line2 -d 'Apartment, suite, unit' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from create" -l city -d 'City' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from create" -l state -d 'Two-letter state, e.g. IL' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from create" -l postal-code -d 'ZIP code (5 or 9 digits)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from create" -l guardian-name -d 'The guardian\'s full name' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from create" -l guardian-phone -d 'The guardian\'s phone number' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from create" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from create" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from create" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from create" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from create" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from create" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from create" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from create" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from create" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from list" -l limit -d 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from list" -l sort -d 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from list" -l search -d 'Only patients whose MRN, first or last name contains this text (any case)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from list" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from list" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from list" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from list" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from list" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from list" -l all -d 'Every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from list" -l no-headers -d 'No header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from list" -l include-archived -d 'Include archived patients'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from show" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from show" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from show" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from show" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from show" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from show" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from show" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from show" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from show" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from update" -l mrn -d 'A new medical record number' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from update" -l first-name -d 'A new first name' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from update" -l last-name -d 'A new last name' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from update" -l dob -d 'A corrected date of birth' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from update" -l gender -d 'female, male, nonbinary, other or unknown' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from update" -l email -d 'The family\'s email' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from update" -l phone -d 'The family\'s phone number' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from update" -l address-line1 -d 'Street address' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from update" -l address-line2 -d 'Apartment, suite, unit' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from update" -l city -d 'City' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from update" -l state -d 'Two-letter state, e.g. IL' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from update" -l postal-code -d 'ZIP code (5 or 9 digits)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from update" -l guardian-name -d 'The guardian\'s full name' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from update" -l guardian-phone -d 'The guardian\'s phone number' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from update" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from update" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from update" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from update" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from update" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from update" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from update" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from update" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from update" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from archive" -l reason -d 'Why the affected appointments are cancelled (kept with each)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from archive" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from archive" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from archive" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from archive" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from archive" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from archive" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from archive" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from archive" -l cancel-affected -d 'Cancel the affected appointments with the change (releasing their units); needs --reason'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from archive" -l keep-affected -d 'Keep the affected appointments, flagged as needing attention (see appointment list --needs-attention); a session cannot start until they are fixed'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from archive" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from archive" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from archive" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from archive" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from archive" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from archive" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from archive" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from unarchive" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from unarchive" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from unarchive" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from unarchive" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from unarchive" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from unarchive" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from unarchive" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from unarchive" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from unarchive" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from unarchive" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from unarchive" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from unarchive" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from unarchive" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from unarchive" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from import" -l format -d 'csv or jsonl (one object per line, keys the column names); default: jsonl for a .jsonl or .ndjson file, csv otherwise' -r -f -a "csv\t''
jsonl\t''"
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from import" -l mode -d 'insert refuses rows whose key exists; upsert updates them' -r -f -a "insert\t'refuse rows whose key exists'
upsert\t'update rows whose key exists'"
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from import" -l errors -d 'Also write every error as CSV (line, column, reason) to this file' -r -F
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from import" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from import" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from import" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from import" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from import" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from import" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from import" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from import" -l dry-run -d 'Do everything, report, and roll back'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from import" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from import" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from import" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from import" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from export" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from export" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from export" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from export" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from export" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from export" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from export" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from export" -l include-archived -d 'Include archived patients'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from export" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from export" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from export" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from help" -f -a "create" -d 'Add a patient'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from help" -f -a "list" -d 'List patients (archived ones hidden unless asked for)'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one patient by MRN or id'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a patient\'s fields (an empty value clears an optional field)'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from help" -f -a "archive" -d 'Archive a patient: hidden from lists, kept forever. Refused while the patient has bookings or a session in progress, unless told what to do with them'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from help" -f -a "unarchive" -d 'Bring an archived patient back'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import patients from CSV (FILE, or - for stdin): all rows land or none'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from help" -f -a "export" -d 'Export patients as CSV in the import\'s columns, to stdout'
complete -c omnictl -n "__fish_omnictl_using_subcommand patient; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and not __fish_seen_subcommand_from add list update end remove import export help" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and not __fish_seen_subcommand_from add list update end remove import export help" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and not __fish_seen_subcommand_from add list update end remove import export help" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and not __fish_seen_subcommand_from add list update end remove import export help" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and not __fish_seen_subcommand_from add list update end remove import export help" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and not __fish_seen_subcommand_from add list update end remove import export help" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and not __fish_seen_subcommand_from add list update end remove import export help" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and not __fish_seen_subcommand_from add list update end remove import export help" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and not __fish_seen_subcommand_from add list update end remove import export help" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and not __fish_seen_subcommand_from add list update end remove import export help" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and not __fish_seen_subcommand_from add list update end remove import export help" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and not __fish_seen_subcommand_from add list update end remove import export help" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and not __fish_seen_subcommand_from add list update end remove import export help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and not __fish_seen_subcommand_from add list update end remove import export help" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and not __fish_seen_subcommand_from add list update end remove import export help" -f -a "add" -d 'Add a policy to a patient'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and not __fish_seen_subcommand_from add list update end remove import export help" -f -a "list" -d 'List a patient\'s policies'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and not __fish_seen_subcommand_from add list update end remove import export help" -f -a "update" -d 'Change a policy\'s fields (an empty value clears an optional field)'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and not __fish_seen_subcommand_from add list update end remove import export help" -f -a "end" -d 'End a policy\'s coverage on a date (today by default); it is kept, and inactive once the date has passed'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and not __fish_seen_subcommand_from add list update end remove import export help" -f -a "remove" -d 'Delete a policy entered by mistake (refused when authorizations refer to it)'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and not __fish_seen_subcommand_from add list update end remove import export help" -f -a "import" -d 'Import policies from CSV (FILE, or - for stdin): all rows land or none'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and not __fish_seen_subcommand_from add list update end remove import export help" -f -a "export" -d 'Export every policy as CSV in the import\'s columns, to stdout'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and not __fish_seen_subcommand_from add list update end remove import export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from add" -l patient -d 'The patient\'s MRN or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from add" -l payer -d 'The payer\'s name, e.g. "Blue Cross Blue Shield"' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from add" -l payer-id -d 'The payer\'s id (electronic payer id)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from add" -l member-number -d 'The member (subscriber) number on the card' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from add" -l group -d 'The group number on the card' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from add" -l plan -d 'The plan\'s name' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from add" -l relationship -d 'The patient\'s relationship to the subscriber' -r -f -a "self\t''
spouse\t''
child\t''
other\t''"
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from add" -l start -d 'Coverage start (YYYY-MM-DD, M/D/YYYY, today …)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from add" -l end -d 'Coverage end (inclusive)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from add" -l priority -d 'primary, secondary or tertiary (one active primary per patient)' -r -f -a "primary\t''
secondary\t''
tertiary\t''"
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from add" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from add" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from add" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from add" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from add" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from add" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from add" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from add" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from add" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from list" -l limit -d 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from list" -l sort -d 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from list" -l patient -d 'The patient\'s MRN or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from list" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from list" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from list" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from list" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from list" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from list" -l all -d 'Every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from list" -l no-headers -d 'No header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from update" -l payer -d 'A new payer name' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from update" -l payer-id -d 'A new payer id (for claims)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from update" -l member-number -d 'A new member number' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from update" -l group -d 'A new group number' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from update" -l plan -d 'A new plan name' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from update" -l relationship -d 'The patient\'s relationship to the subscriber: self, spouse, child or other' -r -f -a "self\t''
spouse\t''
child\t''
other\t''"
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from update" -l start -d 'A new coverage start' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from update" -l end -d 'A new coverage end; an empty value removes it' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from update" -l priority -d 'primary, secondary or tertiary' -r -f -a "primary\t''
secondary\t''
tertiary\t''"
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from update" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from update" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from update" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from update" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from update" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from update" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from update" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from update" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from update" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from end" -l date -d 'The last day of coverage (default: today)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from end" -l reason -d 'Why the affected appointments are cancelled (kept with each)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from end" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from end" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from end" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from end" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from end" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from end" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from end" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from end" -l cancel-affected -d 'Cancel the affected appointments with the change (releasing their units); needs --reason'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from end" -l keep-affected -d 'Keep the affected appointments, flagged as needing attention (see appointment list --needs-attention); a session cannot start until they are fixed'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from end" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from end" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from end" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from end" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from end" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from end" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from end" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from remove" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from remove" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from remove" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from remove" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from remove" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from remove" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from remove" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from remove" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from remove" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from import" -l format -d 'csv or jsonl (one object per line, keys the column names); default: jsonl for a .jsonl or .ndjson file, csv otherwise' -r -f -a "csv\t''
jsonl\t''"
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from import" -l mode -d 'insert refuses rows whose key exists; upsert updates them' -r -f -a "insert\t'refuse rows whose key exists'
upsert\t'update rows whose key exists'"
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from import" -l errors -d 'Also write every error as CSV (line, column, reason) to this file' -r -F
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from import" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from import" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from import" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from import" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from import" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from import" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from import" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from import" -l dry-run -d 'Do everything, report, and roll back'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from import" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from import" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from import" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from import" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from export" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from export" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from export" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from export" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from export" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from export" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from export" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from export" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from export" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from export" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a policy to a patient'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from help" -f -a "list" -d 'List a patient\'s policies'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a policy\'s fields (an empty value clears an optional field)'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from help" -f -a "end" -d 'End a policy\'s coverage on a date (today by default); it is kept, and inactive once the date has passed'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Delete a policy entered by mistake (refused when authorizations refer to it)'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import policies from CSV (FILE, or - for stdin): all rows land or none'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from help" -f -a "export" -d 'Export every policy as CSV in the import\'s columns, to stdout'
complete -c omnictl -n "__fish_omnictl_using_subcommand insurance; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and not __fish_seen_subcommand_from create list show update cancel sweep check import expiring low help" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and not __fish_seen_subcommand_from create list show update cancel sweep check import expiring low help" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and not __fish_seen_subcommand_from create list show update cancel sweep check import expiring low help" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and not __fish_seen_subcommand_from create list show update cancel sweep check import expiring low help" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and not __fish_seen_subcommand_from create list show update cancel sweep check import expiring low help" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and not __fish_seen_subcommand_from create list show update cancel sweep check import expiring low help" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and not __fish_seen_subcommand_from create list show update cancel sweep check import expiring low help" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and not __fish_seen_subcommand_from create list show update cancel sweep check import expiring low help" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and not __fish_seen_subcommand_from create list show update cancel sweep check import expiring low help" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and not __fish_seen_subcommand_from create list show update cancel sweep check import expiring low help" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and not __fish_seen_subcommand_from create list show update cancel sweep check import expiring low help" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and not __fish_seen_subcommand_from create list show update cancel sweep check import expiring low help" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and not __fish_seen_subcommand_from create list show update cancel sweep check import expiring low help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and not __fish_seen_subcommand_from create list show update cancel sweep check import expiring low help" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and not __fish_seen_subcommand_from create list show update cancel sweep check import expiring low help" -f -a "create" -d 'Record a payer\'s authorization for a patient and a service code'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and not __fish_seen_subcommand_from create list show update cancel sweep check import expiring low help" -f -a "list" -d 'List authorizations'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and not __fish_seen_subcommand_from create list show update cancel sweep check import expiring low help" -f -a "show" -d 'Show one authorization by id or number: its units as a bar and its ledger'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and not __fish_seen_subcommand_from create list show update cancel sweep check import expiring low help" -f -a "update" -d 'Change an authorization (number, units, dates, status pending/active, notes)'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and not __fish_seen_subcommand_from create list show update cancel sweep check import expiring low help" -f -a "cancel" -d 'Cancel an authorization that has no scheduled units'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and not __fish_seen_subcommand_from create list show update cancel sweep check import expiring low help" -f -a "sweep" -d 'Bring statuses up to date: ACTIVE ones past their end become EXPIRED, those with every unit used EXHAUSTED. Idempotent and audited; safe from cron. A super admin without --org sweeps every clinic'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and not __fish_seen_subcommand_from create list show update cancel sweep check import expiring low help" -f -a "check" -d 'Check that every authorization\'s counters equal its rows: scheduled units the units of its live appointments and its ledger, used units its ledger. Lists each one that differs and then exits 10; prints nothing on stdout and exits 0 when all agree. The database refuses any change that would make them differ; this finds what went around it. A super admin without --org checks every clinic'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and not __fish_seen_subcommand_from create list show update cancel sweep check import expiring low help" -f -a "import" -d 'Import authorizations from CSV (FILE, or - for stdin): all rows land or none'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and not __fish_seen_subcommand_from create list show update cancel sweep check import expiring low help" -f -a "expiring" -d 'ACTIVE authorizations ending within a window (cron report)'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and not __fish_seen_subcommand_from create list show update cancel sweep check import expiring low help" -f -a "low" -d 'ACTIVE authorizations whose (used + scheduled) / total reaches a threshold (cron report)'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and not __fish_seen_subcommand_from create list show update cancel sweep check import expiring low help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from create" -l patient -d 'The patient\'s MRN or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from create" -l code -d 'The service code, e.g. 97153' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from create" -l units -d 'Units the payer approved, 1 to 100000' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from create" -l start -d 'First covered day (YYYY-MM-DD, M/D/YYYY, today, +7d …)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from create" -l end -d 'Last covered day (inclusive)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from create" -l number -d 'The payer\'s authorization number' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from create" -l insurance -d 'The patient\'s insurance policy it was issued under (its id, or the short id `insurance list` shows)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from create" -l status -d 'active (approved) or pending (awaiting the payer)' -r -f -a "pending\t''
active\t''"
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from create" -l notes -d 'Free text kept with the authorization (PHI: audited by name only)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from create" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from create" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from create" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from create" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from create" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from create" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from create" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from create" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from create" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from list" -l limit -d 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from list" -l sort -d 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from list" -l patient -d 'Only this patient\'s (MRN or id)' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from list" -l status -d 'Only authorizations in this state' -r -f -a "pending\t''
active\t''
expired\t''
exhausted\t''
cancelled\t''"
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from list" -l code -d 'Only authorizations for this service code, e.g. 97153' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from list" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from list" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from list" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from list" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from list" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from list" -l all -d 'Every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from list" -l no-headers -d 'No header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from show" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from show" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from show" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from show" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from show" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from show" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from show" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from show" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from show" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from update" -l number -d 'A new payer authorization number' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from update" -l units -d 'A new total of units, up to 100000 (not below what is used and scheduled)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from update" -l start -d 'A new first covered day' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from update" -l end -d 'A new last covered day (inclusive)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from update" -l status -d 'pending or active' -r -f -a "pending\t''
active\t''"
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from update" -l notes -d 'New notes (replace the old)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from update" -l insurance -d 'The policy it was issued under (its id, or the short id `insurance list` shows)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from update" -l reason -d 'Why the affected appointments are cancelled (kept with each)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from update" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from update" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from update" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from update" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from update" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from update" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from update" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from update" -l cancel-affected -d 'Cancel the affected appointments with the change (releasing their units); needs --reason'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from update" -l keep-affected -d 'Keep the affected appointments, flagged as needing attention (see appointment list --needs-attention); a session cannot start until they are fixed'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from update" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from update" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from cancel" -l reason -d 'Why it is cancelled (kept in its notes)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from cancel" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from cancel" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from cancel" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from cancel" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from cancel" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from cancel" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from cancel" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from cancel" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from cancel" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from cancel" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from cancel" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from cancel" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from cancel" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from sweep" -l limit -d 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from sweep" -l sort -d 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from sweep" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from sweep" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from sweep" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from sweep" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from sweep" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from sweep" -l all -d 'Every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from sweep" -l no-headers -d 'No header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from sweep" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from sweep" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from sweep" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from sweep" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from sweep" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from check" -l limit -d 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from check" -l sort -d 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from check" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from check" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from check" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from check" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from check" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from check" -l all -d 'Every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from check" -l no-headers -d 'No header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from check" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from check" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from import" -l format -d 'csv or jsonl (one object per line, keys the column names); default: jsonl for a .jsonl or .ndjson file, csv otherwise' -r -f -a "csv\t''
jsonl\t''"
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from import" -l mode -d 'insert refuses rows whose key exists; upsert updates them' -r -f -a "insert\t'refuse rows whose key exists'
upsert\t'update rows whose key exists'"
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from import" -l errors -d 'Also write every error as CSV (line, column, reason) to this file' -r -F
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from import" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from import" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from import" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from import" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from import" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from import" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from import" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from import" -l dry-run -d 'Do everything, report, and roll back'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from import" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from import" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from import" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from import" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from expiring" -l limit -d 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from expiring" -l sort -d 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from expiring" -l within -d 'The window: 30d, 2w, or a number of days' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from expiring" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from expiring" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from expiring" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from expiring" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from expiring" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from expiring" -l all -d 'Every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from expiring" -l no-headers -d 'No header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from expiring" -l exit-code -d 'Exit 10 when anything is listed (for cron), 0 when nothing is; failures use 1–6'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from expiring" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from expiring" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from expiring" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from expiring" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from expiring" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from low" -l limit -d 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from low" -l sort -d 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from low" -l threshold -d 'Utilisation at or above which an authorization is listed, e.g. 80%' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from low" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from low" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from low" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from low" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from low" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from low" -l all -d 'Every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from low" -l no-headers -d 'No header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from low" -l exit-code -d 'Exit 10 when anything is listed (for cron), 0 when nothing is; failures use 1–6'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from low" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from low" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from low" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from low" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from low" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "create" -d 'Record a payer\'s authorization for a patient and a service code'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "list" -d 'List authorizations'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one authorization by id or number: its units as a bar and its ledger'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change an authorization (number, units, dates, status pending/active, notes)'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Cancel an authorization that has no scheduled units'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "sweep" -d 'Bring statuses up to date: ACTIVE ones past their end become EXPIRED, those with every unit used EXHAUSTED. Idempotent and audited; safe from cron. A super admin without --org sweeps every clinic'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "check" -d 'Check that every authorization\'s counters equal its rows: scheduled units the units of its live appointments and its ledger, used units its ledger. Lists each one that differs and then exits 10; prints nothing on stdout and exits 0 when all agree. The database refuses any change that would make them differ; this finds what went around it. A super admin without --org checks every clinic'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import authorizations from CSV (FILE, or - for stdin): all rows land or none'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "expiring" -d 'ACTIVE authorizations ending within a window (cron report)'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "low" -d 'ACTIVE authorizations whose (used + scheduled) / total reaches a threshold (cron report)'
complete -c omnictl -n "__fish_omnictl_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and not __fish_seen_subcommand_from create cancel no-show reschedule list show help" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and not __fish_seen_subcommand_from create cancel no-show reschedule list show help" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and not __fish_seen_subcommand_from create cancel no-show reschedule list show help" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and not __fish_seen_subcommand_from create cancel no-show reschedule list show help" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and not __fish_seen_subcommand_from create cancel no-show reschedule list show help" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and not __fish_seen_subcommand_from create cancel no-show reschedule list show help" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and not __fish_seen_subcommand_from create cancel no-show reschedule list show help" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and not __fish_seen_subcommand_from create cancel no-show reschedule list show help" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and not __fish_seen_subcommand_from create cancel no-show reschedule list show help" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and not __fish_seen_subcommand_from create cancel no-show reschedule list show help" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and not __fish_seen_subcommand_from create cancel no-show reschedule list show help" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and not __fish_seen_subcommand_from create cancel no-show reschedule list show help" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and not __fish_seen_subcommand_from create cancel no-show reschedule list show help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and not __fish_seen_subcommand_from create cancel no-show reschedule list show help" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and not __fish_seen_subcommand_from create cancel no-show reschedule list show help" -f -a "create" -d 'Book an appointment (or a weekly series) against an authorization'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and not __fish_seen_subcommand_from create cancel no-show reschedule list show help" -f -a "cancel" -d 'Cancel a scheduled appointment and release its units'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and not __fish_seen_subcommand_from create cancel no-show reschedule list show help" -f -a "no-show" -d 'Record that the patient did not come; the units are released'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and not __fish_seen_subcommand_from create cancel no-show reschedule list show help" -f -a "reschedule" -d 'Move a scheduled appointment (to another time, or another authorization such as a renewal): release and reserve again, every rule checked'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and not __fish_seen_subcommand_from create cancel no-show reschedule list show help" -f -a "list" -d 'List appointments, or a week as a grid per practitioner (--week DATE)'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and not __fish_seen_subcommand_from create cancel no-show reschedule list show help" -f -a "show" -d 'Show one appointment'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and not __fish_seen_subcommand_from create cancel no-show reschedule list show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from create" -l patient -d 'The patient\'s MRN or id; a group names each of its 2 to 8 patients (--patient A --patient B …)' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from create" -l practitioner -d 'The practitioner\'s NPI or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from create" -l place -d 'Where the service happens: clinic (POS 11), home (12), school (03), community (99), telehealth (02) or telehealth-home (10); default: the clinic\'s setting' -r -f -a "clinic\t''
home\t''
school\t''
community\t''
telehealth\t''
telehealth-home\t''"
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from create" -l modifier -d 'The telehealth claim\'s modifier, 95 or GT (default: the clinic\'s setting)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from create" -l reason -d 'Why the daily maximum is passed (kept with the appointment and audited)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from create" -l code -d 'The service code, e.g. 97153' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from create" -l start -d 'Start, "YYYY-MM-DD HH:MM" in the organization\'s time zone' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from create" -l minutes -d 'Length in real minutes, 1 to 1440' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from create" -l end -d 'End time of day, HH:MM (instead of --minutes)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from create" -l auth -d 'The authorization (id or number); by default the one ACTIVE authorization of the patient and code covering the date' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from create" -l repeat -d 'Repeat the appointment' -r -f -a "weekly\t''"
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from create" -l on -d 'Weekdays of a weekly series, e.g. mon,wed,fri' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from create" -l until -d 'Last day of the series (inclusive): YYYY-MM-DD, M/D/YYYY, or from today (+8w)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from create" -l count -d 'Number of appointments in the series' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from create" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from create" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from create" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from create" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from create" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from create" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from create" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from create" -l group -d 'Book a group code (97154, 97157, 97158) for 2 to 8 patients in one slot: each patient\'s own authorization and units are reserved, all or nothing'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from create" -l override-daily-max -d 'Book past the code\'s daily maximum (clinic ADMIN only; needs --reason): the code is payable above it with documentation'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from create" -l patient-absent -d 'The patient is not there: caregiver guidance without the patient (97156), which occupies the practitioner but not the patient. 97157 is always without the patient; every other code needs them'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from create" -l dry-run -d 'Check everything and print the plan and the units it would reserve; book nothing'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from create" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from create" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from cancel" -l reason -d 'Why it is cancelled (kept with the appointment)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from cancel" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from cancel" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from cancel" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from cancel" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from cancel" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from cancel" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from cancel" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from cancel" -l cancel-group -d 'When this leaves one member alone in a group: cancel that member too'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from cancel" -l as-individual -d 'When this leaves one member alone in a group: bill that member as the group code\'s individual code (97154 → 97153, 97158 → 97155, 97157 → 97156)'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from cancel" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from cancel" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from cancel" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from cancel" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from cancel" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from cancel" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from no-show" -l reason -d 'Why the rest of the group is cancelled (with --cancel-group)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from no-show" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from no-show" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from no-show" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from no-show" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from no-show" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from no-show" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from no-show" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from no-show" -l cancel-group -d 'When this leaves one member alone in a group: cancel that member too'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from no-show" -l as-individual -d 'When this leaves one member alone in a group: bill that member as the group code\'s individual code (97154 → 97153, 97158 → 97155, 97157 → 97156)'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from no-show" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from no-show" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from no-show" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from no-show" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from no-show" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from no-show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from no-show" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from reschedule" -l start -d 'New start, "YYYY-MM-DD HH:MM" (default: unchanged)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from reschedule" -l minutes -d 'New length in real minutes, 1 to 1440 (default: unchanged)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from reschedule" -l auth -d 'Move the booking to another authorization (id or number), e.g. its renewal: the units are released from the old one and reserved on the new one together' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from reschedule" -l reason -d 'Why: the daily maximum is passed on the new day (with --override-daily-max), or the rest of the group is cancelled (with --cancel-group). Kept and audited' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from reschedule" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from reschedule" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from reschedule" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from reschedule" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from reschedule" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from reschedule" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from reschedule" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from reschedule" -l override-daily-max -d 'Pass the code\'s daily maximum on the new day (clinic ADMIN only; needs --reason): an override documents one day, so a move to another day needs its own'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from reschedule" -l group -d 'Move every member of the appointment\'s group together (each on its own authorization), in one transaction: all of them or none'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from reschedule" -l as-individual -d 'Move a group member out of its group as the individual code (and any member the move leaves alone too, unless --cancel-group)'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from reschedule" -l cancel-group -d 'When the move leaves one member alone in the group: cancel that member'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from reschedule" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from reschedule" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from reschedule" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from reschedule" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from reschedule" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from reschedule" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from reschedule" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from list" -l limit -d 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from list" -l sort -d 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from list" -l from -d 'From this day (inclusive): YYYY-MM-DD, M/D/YYYY, today, -2w …' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from list" -l to -d 'To this day (inclusive)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from list" -l practitioner -d 'The practitioner\'s NPI or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from list" -l patient -d 'The patient\'s MRN or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from list" -l status -d 'Only appointments in this state: scheduled, in-progress, completed, cancelled, no-show' -r -f -a "scheduled\t''
in-progress\t''
completed\t''
cancelled\t''
no-show\t''"
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from list" -l week -d 'A week (Monday to Sunday) as a grid per practitioner: this week with no value, `next`, or the week containing a DATE (in the clinic\'s time zone)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from list" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from list" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from list" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from list" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from list" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from list" -l all -d 'Every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from list" -l no-headers -d 'No header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from list" -l needs-attention -d 'Only scheduled appointments kept through a change of their authorization or practitioner (--keep-affected), with why'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from show" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from show" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from show" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from show" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from show" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from show" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from show" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from show" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from show" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from help" -f -a "create" -d 'Book an appointment (or a weekly series) against an authorization'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Cancel a scheduled appointment and release its units'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from help" -f -a "no-show" -d 'Record that the patient did not come; the units are released'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from help" -f -a "reschedule" -d 'Move a scheduled appointment (to another time, or another authorization such as a renewal): release and reserve again, every rule checked'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from help" -f -a "list" -d 'List appointments, or a week as a grid per practitioner (--week DATE)'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one appointment'
complete -c omnictl -n "__fish_omnictl_using_subcommand appointment; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and not __fish_seen_subcommand_from start event complete cancel note show list notes-unsigned help" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and not __fish_seen_subcommand_from start event complete cancel note show list notes-unsigned help" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and not __fish_seen_subcommand_from start event complete cancel note show list notes-unsigned help" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and not __fish_seen_subcommand_from start event complete cancel note show list notes-unsigned help" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and not __fish_seen_subcommand_from start event complete cancel note show list notes-unsigned help" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and not __fish_seen_subcommand_from start event complete cancel note show list notes-unsigned help" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and not __fish_seen_subcommand_from start event complete cancel note show list notes-unsigned help" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and not __fish_seen_subcommand_from start event complete cancel note show list notes-unsigned help" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and not __fish_seen_subcommand_from start event complete cancel note show list notes-unsigned help" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and not __fish_seen_subcommand_from start event complete cancel note show list notes-unsigned help" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and not __fish_seen_subcommand_from start event complete cancel note show list notes-unsigned help" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and not __fish_seen_subcommand_from start event complete cancel note show list notes-unsigned help" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and not __fish_seen_subcommand_from start event complete cancel note show list notes-unsigned help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and not __fish_seen_subcommand_from start event complete cancel note show list notes-unsigned help" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and not __fish_seen_subcommand_from start event complete cancel note show list notes-unsigned help" -f -a "start" -d 'Start the session of a SCHEDULED appointment'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and not __fish_seen_subcommand_from start event complete cancel note show list notes-unsigned help" -f -a "event" -d 'Record and read behavioural events'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and not __fish_seen_subcommand_from start event complete cancel note show list notes-unsigned help" -f -a "complete" -d 'Complete a session: units by the clinic\'s rule move from reserved to used, the metrics are computed'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and not __fish_seen_subcommand_from start event complete cancel note show list notes-unsigned help" -f -a "cancel" -d 'Cancel a session in progress; its reserved units are released'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and not __fish_seen_subcommand_from start event complete cancel note show list notes-unsigned help" -f -a "note" -d 'The session note: generate, edit, sign, addendum, show'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and not __fish_seen_subcommand_from start event complete cancel note show list notes-unsigned help" -f -a "show" -d 'The supervisor\'s summary of one session'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and not __fish_seen_subcommand_from start event complete cancel note show list notes-unsigned help" -f -a "list" -d 'List sessions'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and not __fish_seen_subcommand_from start event complete cancel note show list notes-unsigned help" -f -a "notes-unsigned" -d 'Completed sessions whose note is not signed in time (for cron): this clinic\'s, or every clinic\'s for a super admin (no patient data)'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and not __fish_seen_subcommand_from start event complete cancel note show list notes-unsigned help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from start" -l appointment -d 'The SCHEDULED appointment the session delivers: its id, or its first 8 or more characters' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from start" -l at -d 'When it started, "YYYY-MM-DD HH:MM" (default: now); on the appointment\'s date, never in the future' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from start" -l place -d 'Where the service is delivered, when not where it was booked: clinic, home, school, community, telehealth or telehealth-home. The appointment then shows the delivered place too' -r -f -a "clinic\t''
home\t''
school\t''
community\t''
telehealth\t''
telehealth-home\t''"
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from start" -l modifier -d 'The telehealth claim\'s modifier with --place telehealth(-home), 95 or GT (default: the clinic\'s); an in-person place carries none' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from start" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from start" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from start" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from start" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from start" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from start" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from start" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from start" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from start" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from start" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from start" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from start" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from start" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from event" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from event" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from event" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from event" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from event" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from event" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from event" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from event" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from event" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from event" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from event" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from event" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from event" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from event" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from event" -f -a "add" -d 'Record one event'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from event" -f -a "list" -d 'List a session\'s events'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from event" -f -a "import" -d 'Record a batch from a data-collection device: CSV (header: type, at, name, duration_seconds, intensity, target, correct, prompt_level, text) or JSON Lines (one object per line with those keys). All or nothing'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from event" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from complete" -l end -d 'When it ended, "YYYY-MM-DD HH:MM" (default: now)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from complete" -l bill-units -d 'Bill this many units when the authorization cannot cover all that was delivered; the rest is recorded as unbilled minutes' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from complete" -l reason -d 'Why the daily maximum is passed (kept with the session and audited)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from complete" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from complete" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from complete" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from complete" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from complete" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from complete" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from complete" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from complete" -l override-daily-max -d 'Bill past the code\'s daily maximum (clinic ADMIN only; needs --reason)'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from complete" -l as-individual -d 'A group member delivered without the rest of its group: bill it as the group code\'s individual code (97154 → 97153, 97158 → 97155, 97157 → 97156)'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from complete" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from complete" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from complete" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from complete" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from complete" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from complete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from complete" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from cancel" -l reason -d 'Why it is cancelled (kept with it)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from cancel" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from cancel" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from cancel" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from cancel" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from cancel" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from cancel" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from cancel" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from cancel" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from cancel" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from cancel" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from cancel" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from cancel" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from cancel" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from note" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from note" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from note" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from note" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from note" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from note" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from note" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from note" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from note" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from note" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from note" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from note" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from note" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from note" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from note" -f -a "generate" -d 'Write the DRAFT note from the session, its events and metrics'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from note" -f -a "edit" -d 'Replace the DRAFT narrative with a file\'s (or - for stdin); the header is the session record\'s and cannot be edited'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from note" -f -a "sign" -d 'Sign the note as the practitioner who rendered the service (their own user), once the session is COMPLETED: it can never change afterwards. The narrative must be the clinician\'s own, and the session needs recorded events (in each hour of a session over 3 hours) or --no-data-reason'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from note" -f -a "cosign" -d 'Add a supervising BCBA\'s or BCBA-D\'s co-signature to a signed note'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from note" -f -a "addendum" -d 'Append a dated addendum to a signed note'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from note" -f -a "show" -d 'Print the note and its addenda'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from note" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from show" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from show" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from show" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from show" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from show" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from show" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from show" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from show" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from show" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from list" -l limit -d 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from list" -l sort -d 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from list" -l patient -d 'The patient\'s MRN or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from list" -l practitioner -d 'The practitioner\'s NPI or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from list" -l from -d 'From this day (inclusive): YYYY-MM-DD, M/D/YYYY, today, -2w …' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from list" -l to -d 'To this day (inclusive)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from list" -l status -d 'in-progress, completed or cancelled' -r -f -a "in-progress\t''
completed\t''
cancelled\t''"
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from list" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from list" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from list" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from list" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from list" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from list" -l all -d 'Every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from list" -l no-headers -d 'No header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from notes-unsigned" -l limit -d 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from notes-unsigned" -l sort -d 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from notes-unsigned" -l older-than -d 'How long after a session ends its note must be signed: 24h, 2d, 1w' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from notes-unsigned" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from notes-unsigned" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from notes-unsigned" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from notes-unsigned" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from notes-unsigned" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from notes-unsigned" -l all -d 'Every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from notes-unsigned" -l no-headers -d 'No header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from notes-unsigned" -l exit-code -d 'Exit 10 when anything is listed (for cron), 0 when nothing is; failures use 1–6'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from notes-unsigned" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from notes-unsigned" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from notes-unsigned" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from notes-unsigned" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from notes-unsigned" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "start" -d 'Start the session of a SCHEDULED appointment'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "event" -d 'Record and read behavioural events'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "complete" -d 'Complete a session: units by the clinic\'s rule move from reserved to used, the metrics are computed'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Cancel a session in progress; its reserved units are released'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "note" -d 'The session note: generate, edit, sign, addendum, show'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "show" -d 'The supervisor\'s summary of one session'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "list" -d 'List sessions'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "notes-unsigned" -d 'Completed sessions whose note is not signed in time (for cron): this clinic\'s, or every clinic\'s for a super admin (no patient data)'
complete -c omnictl -n "__fish_omnictl_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omnictl -n "__fish_omnictl_using_subcommand code; and not __fish_seen_subcommand_from list help" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand code; and not __fish_seen_subcommand_from list help" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand code; and not __fish_seen_subcommand_from list help" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand code; and not __fish_seen_subcommand_from list help" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand code; and not __fish_seen_subcommand_from list help" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand code; and not __fish_seen_subcommand_from list help" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand code; and not __fish_seen_subcommand_from list help" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand code; and not __fish_seen_subcommand_from list help" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand code; and not __fish_seen_subcommand_from list help" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand code; and not __fish_seen_subcommand_from list help" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand code; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand code; and not __fish_seen_subcommand_from list help" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand code; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand code; and not __fish_seen_subcommand_from list help" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand code; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'List the service codes: minutes per unit, who may render each, the daily maximum (a clinic\'s own definition where it has one)'
complete -c omnictl -n "__fish_omnictl_using_subcommand code; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omnictl -n "__fish_omnictl_using_subcommand code; and __fish_seen_subcommand_from list" -l limit -d 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand code; and __fish_seen_subcommand_from list" -l sort -d 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand code; and __fish_seen_subcommand_from list" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand code; and __fish_seen_subcommand_from list" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand code; and __fish_seen_subcommand_from list" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand code; and __fish_seen_subcommand_from list" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand code; and __fish_seen_subcommand_from list" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand code; and __fish_seen_subcommand_from list" -l all -d 'Every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand code; and __fish_seen_subcommand_from list" -l no-headers -d 'No header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand code; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand code; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand code; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand code; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand code; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand code; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the service codes: minutes per unit, who may render each, the daily maximum (a clinic\'s own definition where it has one)'
complete -c omnictl -n "__fish_omnictl_using_subcommand code; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omnictl -n "__fish_omnictl_using_subcommand report; and not __fish_seen_subcommand_from supervision help" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand report; and not __fish_seen_subcommand_from supervision help" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand report; and not __fish_seen_subcommand_from supervision help" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand report; and not __fish_seen_subcommand_from supervision help" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand report; and not __fish_seen_subcommand_from supervision help" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand report; and not __fish_seen_subcommand_from supervision help" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand report; and not __fish_seen_subcommand_from supervision help" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand report; and not __fish_seen_subcommand_from supervision help" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand report; and not __fish_seen_subcommand_from supervision help" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand report; and not __fish_seen_subcommand_from supervision help" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand report; and not __fish_seen_subcommand_from supervision help" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand report; and not __fish_seen_subcommand_from supervision help" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand report; and not __fish_seen_subcommand_from supervision help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand report; and not __fish_seen_subcommand_from supervision help" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand report; and not __fish_seen_subcommand_from supervision help" -f -a "supervision" -d 'Per RBT for a month: hours of direct service (97153/97154), hours supervised (a BCBA\'s 97155 overlapping their session with the same patient, and contacts recorded with practitioner supervision-contact), the percentage (the BACB requires 5%), the contacts (at least 2) and whether one was observed with a client'
complete -c omnictl -n "__fish_omnictl_using_subcommand report; and not __fish_seen_subcommand_from supervision help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omnictl -n "__fish_omnictl_using_subcommand report; and __fish_seen_subcommand_from supervision" -l limit -d 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand report; and __fish_seen_subcommand_from supervision" -l sort -d 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand report; and __fish_seen_subcommand_from supervision" -l month -d 'The month, YYYY-MM, on the clinic\'s calendar' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand report; and __fish_seen_subcommand_from supervision" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand report; and __fish_seen_subcommand_from supervision" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand report; and __fish_seen_subcommand_from supervision" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand report; and __fish_seen_subcommand_from supervision" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand report; and __fish_seen_subcommand_from supervision" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand report; and __fish_seen_subcommand_from supervision" -l all -d 'Every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand report; and __fish_seen_subcommand_from supervision" -l no-headers -d 'No header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand report; and __fish_seen_subcommand_from supervision" -l exit-code -d 'Exit 10 when an RBT is below the requirement (for cron), 0 when none is'
complete -c omnictl -n "__fish_omnictl_using_subcommand report; and __fish_seen_subcommand_from supervision" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand report; and __fish_seen_subcommand_from supervision" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand report; and __fish_seen_subcommand_from supervision" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand report; and __fish_seen_subcommand_from supervision" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand report; and __fish_seen_subcommand_from supervision" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "supervision" -d 'Per RBT for a month: hours of direct service (97153/97154), hours supervised (a BCBA\'s 97155 overlapping their session with the same patient, and contacts recorded with practitioner supervision-contact), the percentage (the BACB requires 5%), the contacts (at least 2) and whether one was observed with a client'
complete -c omnictl -n "__fish_omnictl_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omnictl -n "__fish_omnictl_using_subcommand whoami" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand whoami" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand whoami" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand whoami" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand whoami" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand whoami" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand whoami" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand whoami" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand whoami" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand whoami" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand whoami" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand whoami" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand whoami" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand whoami" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and not __fish_seen_subcommand_from list use set delete help" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and not __fish_seen_subcommand_from list use set delete help" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and not __fish_seen_subcommand_from list use set delete help" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and not __fish_seen_subcommand_from list use set delete help" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and not __fish_seen_subcommand_from list use set delete help" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and not __fish_seen_subcommand_from list use set delete help" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and not __fish_seen_subcommand_from list use set delete help" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and not __fish_seen_subcommand_from list use set delete help" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and not __fish_seen_subcommand_from list use set delete help" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and not __fish_seen_subcommand_from list use set delete help" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and not __fish_seen_subcommand_from list use set delete help" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and not __fish_seen_subcommand_from list use set delete help" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and not __fish_seen_subcommand_from list use set delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and not __fish_seen_subcommand_from list use set delete help" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and not __fish_seen_subcommand_from list use set delete help" -f -a "list" -d 'List the contexts; the one in use is marked'
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and not __fish_seen_subcommand_from list use set delete help" -f -a "use" -d 'Make a context the one in use (`local`: the embedded database)'
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and not __fish_seen_subcommand_from list use set delete help" -f -a "set" -d 'Create a context or change its parts (an empty value removes a part)'
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and not __fish_seen_subcommand_from list use set delete help" -f -a "delete" -d 'Delete a context (the one in use falls back to `local`)'
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and not __fish_seen_subcommand_from list use set delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from list" -l limit -d 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from list" -l sort -d 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from list" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from list" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from list" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from list" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from list" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from list" -l all -d 'Every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from list" -l no-headers -d 'No header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from use" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from use" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from use" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from use" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from use" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from use" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from use" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from use" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from use" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from use" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from use" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from use" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from use" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from set" -l server -d 'The server: postgres://LOGIN@HOST:PORT/DB, without a password (keep that in ~/.pgpass or PGPASSWORD)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from set" -l user -d 'The operator to act as (their email)' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from set" -l clinic -d 'The clinic to act in by default (slug or id)' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from set" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from set" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from set" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from set" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from set" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from set" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from set" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from set" -l use -d 'Also make it the context in use'
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from set" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from set" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from delete" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from delete" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from delete" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from delete" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from delete" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from delete" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from delete" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from delete" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from delete" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the contexts; the one in use is marked'
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from help" -f -a "use" -d 'Make a context the one in use (`local`: the embedded database)'
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from help" -f -a "set" -d 'Create a context or change its parts (an empty value removes a part)'
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a context (the one in use falls back to `local`)'
complete -c omnictl -n "__fish_omnictl_using_subcommand context; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and not __fish_seen_subcommand_from log show verify keygen checkpoint export help" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and not __fish_seen_subcommand_from log show verify keygen checkpoint export help" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and not __fish_seen_subcommand_from log show verify keygen checkpoint export help" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and not __fish_seen_subcommand_from log show verify keygen checkpoint export help" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and not __fish_seen_subcommand_from log show verify keygen checkpoint export help" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and not __fish_seen_subcommand_from log show verify keygen checkpoint export help" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and not __fish_seen_subcommand_from log show verify keygen checkpoint export help" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and not __fish_seen_subcommand_from log show verify keygen checkpoint export help" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and not __fish_seen_subcommand_from log show verify keygen checkpoint export help" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and not __fish_seen_subcommand_from log show verify keygen checkpoint export help" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and not __fish_seen_subcommand_from log show verify keygen checkpoint export help" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and not __fish_seen_subcommand_from log show verify keygen checkpoint export help" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and not __fish_seen_subcommand_from log show verify keygen checkpoint export help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and not __fish_seen_subcommand_from log show verify keygen checkpoint export help" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and not __fish_seen_subcommand_from log show verify keygen checkpoint export help" -f -a "log" -d 'List audit rows, newest first'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and not __fish_seen_subcommand_from log show verify keygen checkpoint export help" -f -a "show" -d 'Show one audit row in full'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and not __fish_seen_subcommand_from log show verify keygen checkpoint export help" -f -a "verify" -d 'Recompute the hash chains in omnictl; exit 10 naming the first broken row of any chain. With --checkpoints, also prove each chain still passes through every row a signed checkpoint vouched for'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and not __fish_seen_subcommand_from log show verify keygen checkpoint export help" -f -a "keygen" -d 'Write a new Ed25519 key pair for signing checkpoints: FILE (private, mode 0600) and FILE.pub. Keep the private key outside the database and its backups'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and not __fish_seen_subcommand_from log show verify keygen checkpoint export help" -f -a "checkpoint" -d 'Sign the head of every chain (super admin) and append it as one line of JSON to --out (or print it): keep that file where the database\'s administrators cannot rewrite it. Recorded in the trail too'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and not __fish_seen_subcommand_from log show verify keygen checkpoint export help" -f -a "export" -d 'Write audit rows, oldest first, as JSON Lines for a compliance reviewer'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and not __fish_seen_subcommand_from log show verify keygen checkpoint export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from log" -l limit -d 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from log" -l sort -d 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from log" -l by -d 'Rows of actions by this operator (email). (--operator is who you are.)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from log" -l action -d 'An action (patient.read), or every action of a group with a trailing dot (patient.)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from log" -l entity -d 'Rows about one entity, as TYPE:ID (organization:3f2c…, user:…)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from log" -l since -d 'Rows at or after this time: a date (from its midnight on the clinic\'s clock, UTC\'s for the platform) or an RFC 3339 time such as 2026-11-01T09:00:00Z' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from log" -l until -d 'Rows before this time (same forms as --since)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from log" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from log" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from log" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from log" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from log" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from log" -l all -d 'Every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from log" -l no-headers -d 'No header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from log" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from log" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from log" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from log" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from log" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from show" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from show" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from show" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from show" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from show" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from show" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from show" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from show" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from show" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l checkpoints -d 'A file of checkpoints (one JSON line each, from omnictl audit checkpoint)' -r -F
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l public-key -d 'The public key the checkpoints were signed with (from omnictl audit keygen)' -r -F
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from verify" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from verify" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from keygen" -l out -d 'Where to write the private key; the public key goes to FILE.pub. Never overwritten' -r -F
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from keygen" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from keygen" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from keygen" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from keygen" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from keygen" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from keygen" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from keygen" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from keygen" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from keygen" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from keygen" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from keygen" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from keygen" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from keygen" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from keygen" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -l key -d 'The private key (from omnictl audit keygen)' -r -F
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -l out -d 'Append the checkpoint to this file instead of printing it' -r -F
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from export" -l since -d 'Rows at or after this time: a date (from its midnight on the clinic\'s clock, UTC\'s for the platform) or an RFC 3339 time such as 2026-11-01T09:00:00Z' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from export" -l until -d 'Rows before this time (same forms as --since)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from export" -l format -d 'jsonl: one JSON object per line' -r -f -a "jsonl\t'One JSON object per line'"
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from export" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from export" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from export" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from export" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from export" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from export" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from export" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from export" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from export" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from export" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "log" -d 'List audit rows, newest first'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one audit row in full'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Recompute the hash chains in omnictl; exit 10 naming the first broken row of any chain. With --checkpoints, also prove each chain still passes through every row a signed checkpoint vouched for'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "keygen" -d 'Write a new Ed25519 key pair for signing checkpoints: FILE (private, mode 0600) and FILE.pub. Keep the private key outside the database and its backups'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "checkpoint" -d 'Sign the head of every chain (super admin) and append it as one line of JSON to --out (or print it): keep that file where the database\'s administrators cannot rewrite it. Recorded in the trail too'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write audit rows, oldest first, as JSON Lines for a compliance reviewer'
complete -c omnictl -n "__fish_omnictl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omnictl -n "__fish_omnictl_using_subcommand access; and not __fish_seen_subcommand_from break-glass list help" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand access; and not __fish_seen_subcommand_from break-glass list help" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand access; and not __fish_seen_subcommand_from break-glass list help" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand access; and not __fish_seen_subcommand_from break-glass list help" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand access; and not __fish_seen_subcommand_from break-glass list help" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand access; and not __fish_seen_subcommand_from break-glass list help" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand access; and not __fish_seen_subcommand_from break-glass list help" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand access; and not __fish_seen_subcommand_from break-glass list help" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand access; and not __fish_seen_subcommand_from break-glass list help" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand access; and not __fish_seen_subcommand_from break-glass list help" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand access; and not __fish_seen_subcommand_from break-glass list help" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand access; and not __fish_seen_subcommand_from break-glass list help" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand access; and not __fish_seen_subcommand_from break-glass list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand access; and not __fish_seen_subcommand_from break-glass list help" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand access; and not __fish_seen_subcommand_from break-glass list help" -f -a "break-glass" -d 'Grant yourself (a super admin) time-boxed access to one organization\'s patient data, with a reason. Audited in that organization\'s trail'
complete -c omnictl -n "__fish_omnictl_using_subcommand access; and not __fish_seen_subcommand_from break-glass list help" -f -a "list" -d 'List break-glass grants, active and past (one organization\'s with --org)'
complete -c omnictl -n "__fish_omnictl_using_subcommand access; and not __fish_seen_subcommand_from break-glass list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omnictl -n "__fish_omnictl_using_subcommand access; and __fish_seen_subcommand_from break-glass" -l reason -d 'Why access is needed, in words (recorded; 5 to 2000 characters, at least 3 letters)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand access; and __fish_seen_subcommand_from break-glass" -l minutes -d 'How long the grant lasts, 1 to 1440 minutes' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand access; and __fish_seen_subcommand_from break-glass" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand access; and __fish_seen_subcommand_from break-glass" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand access; and __fish_seen_subcommand_from break-glass" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand access; and __fish_seen_subcommand_from break-glass" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand access; and __fish_seen_subcommand_from break-glass" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand access; and __fish_seen_subcommand_from break-glass" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand access; and __fish_seen_subcommand_from break-glass" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand access; and __fish_seen_subcommand_from break-glass" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand access; and __fish_seen_subcommand_from break-glass" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand access; and __fish_seen_subcommand_from break-glass" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand access; and __fish_seen_subcommand_from break-glass" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand access; and __fish_seen_subcommand_from break-glass" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand access; and __fish_seen_subcommand_from break-glass" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand access; and __fish_seen_subcommand_from break-glass" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand access; and __fish_seen_subcommand_from list" -l limit -d 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand access; and __fish_seen_subcommand_from list" -l sort -d 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand access; and __fish_seen_subcommand_from list" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand access; and __fish_seen_subcommand_from list" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand access; and __fish_seen_subcommand_from list" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand access; and __fish_seen_subcommand_from list" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand access; and __fish_seen_subcommand_from list" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand access; and __fish_seen_subcommand_from list" -l all -d 'Every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand access; and __fish_seen_subcommand_from list" -l no-headers -d 'No header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand access; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand access; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand access; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand access; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand access; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand access; and __fish_seen_subcommand_from help" -f -a "break-glass" -d 'Grant yourself (a super admin) time-boxed access to one organization\'s patient data, with a reason. Audited in that organization\'s trail'
complete -c omnictl -n "__fish_omnictl_using_subcommand access; and __fish_seen_subcommand_from help" -f -a "list" -d 'List break-glass grants, active and past (one organization\'s with --org)'
complete -c omnictl -n "__fish_omnictl_using_subcommand access; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and not __fish_seen_subcommand_from start stop status url destroy pooler-login dump restore help" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and not __fish_seen_subcommand_from start stop status url destroy pooler-login dump restore help" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and not __fish_seen_subcommand_from start stop status url destroy pooler-login dump restore help" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and not __fish_seen_subcommand_from start stop status url destroy pooler-login dump restore help" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and not __fish_seen_subcommand_from start stop status url destroy pooler-login dump restore help" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and not __fish_seen_subcommand_from start stop status url destroy pooler-login dump restore help" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and not __fish_seen_subcommand_from start stop status url destroy pooler-login dump restore help" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and not __fish_seen_subcommand_from start stop status url destroy pooler-login dump restore help" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and not __fish_seen_subcommand_from start stop status url destroy pooler-login dump restore help" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and not __fish_seen_subcommand_from start stop status url destroy pooler-login dump restore help" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and not __fish_seen_subcommand_from start stop status url destroy pooler-login dump restore help" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and not __fish_seen_subcommand_from start stop status url destroy pooler-login dump restore help" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and not __fish_seen_subcommand_from start stop status url destroy pooler-login dump restore help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and not __fish_seen_subcommand_from start stop status url destroy pooler-login dump restore help" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and not __fish_seen_subcommand_from start stop status url destroy pooler-login dump restore help" -f -a "start" -d 'Start the local database, creating and migrating it on first use'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and not __fish_seen_subcommand_from start stop status url destroy pooler-login dump restore help" -f -a "stop" -d 'Stop the local database server'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and not __fish_seen_subcommand_from start stop status url destroy pooler-login dump restore help" -f -a "status" -d 'Say where the local database lives and whether it runs'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and not __fish_seen_subcommand_from start stop status url destroy pooler-login dump restore help" -f -a "url" -d 'Print a connection URL for the local database (starting it), e.g. for `psql "$(omnictl db url)"`'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and not __fish_seen_subcommand_from start stop status url destroy pooler-login dump restore help" -f -a "destroy" -d 'Stop the local database and delete all of its data'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and not __fish_seen_subcommand_from start stop status url destroy pooler-login dump restore help" -f -a "pooler-login" -d 'Make this database\'s pooler login for pgbouncer\'s auth_query (or give it a new password): it may connect here and call omnictl_pooler_lookup, nothing else. The schema\'s owner runs it (CREATEROLE is enough, no superuser)'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and not __fish_seen_subcommand_from start stop status url destroy pooler-login dump restore help" -f -a "dump" -d 'Back up the database (the local one, or --database-url\'s) as its owner: every row of every table, checked against a count in the same snapshot, to FILE (pg_dump\'s custom format) and FILE.manifest.json (the counts and the operators\' logins). A dump whose rows differ from the counts is removed and the command fails'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and not __fish_seen_subcommand_from start stop status url destroy pooler-login dump restore help" -f -a "restore" -d 'Restore a dump into a new, empty database as its owner (--database-url): the database gets logins of its own (their passwords are set again with `user set-password`), its definers\' owners and who may connect; then the rows are counted against the manifest, the audit trail verified and the authorizations\' counters checked'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and not __fish_seen_subcommand_from start stop status url destroy pooler-login dump restore help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from start" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from start" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from start" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from start" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from start" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from start" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from start" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from start" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from start" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from start" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from start" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from start" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from start" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from stop" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from stop" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from stop" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from stop" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from stop" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from stop" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from stop" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from stop" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from stop" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from stop" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from stop" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from stop" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from stop" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from status" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from status" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from status" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from status" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from status" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from status" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from status" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from status" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from status" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from url" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from url" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from url" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from url" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from url" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from url" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from url" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from url" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from url" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from url" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from url" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from url" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from url" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from url" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from destroy" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from destroy" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from destroy" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from destroy" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from destroy" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from destroy" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from destroy" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from destroy" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from destroy" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from destroy" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from destroy" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from destroy" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from destroy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from destroy" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from pooler-login" -l login -d 'The login\'s name; omnictl_pooler_ and this database\'s oid when omitted' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from pooler-login" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from pooler-login" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from pooler-login" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from pooler-login" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from pooler-login" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from pooler-login" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from pooler-login" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from pooler-login" -l password-stdin -d 'Read its password from the first line of standard input, instead of asking on the terminal (only its SCRAM verifier reaches the server; pgbouncer\'s auth_file gets the password itself)'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from pooler-login" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from pooler-login" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from pooler-login" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from pooler-login" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from pooler-login" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from pooler-login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from pooler-login" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from dump" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from dump" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from dump" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from dump" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from dump" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from dump" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from dump" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from dump" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from dump" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from dump" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from dump" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from dump" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from dump" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from dump" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from restore" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from restore" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from restore" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from restore" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from restore" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from restore" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from restore" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from restore" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from restore" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from restore" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from restore" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from restore" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from restore" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "start" -d 'Start the local database, creating and migrating it on first use'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "stop" -d 'Stop the local database server'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "status" -d 'Say where the local database lives and whether it runs'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "url" -d 'Print a connection URL for the local database (starting it), e.g. for `psql "$(omnictl db url)"`'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "destroy" -d 'Stop the local database and delete all of its data'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "pooler-login" -d 'Make this database\'s pooler login for pgbouncer\'s auth_query (or give it a new password): it may connect here and call omnictl_pooler_lookup, nothing else. The schema\'s owner runs it (CREATEROLE is enough, no superuser)'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "dump" -d 'Back up the database (the local one, or --database-url\'s) as its owner: every row of every table, checked against a count in the same snapshot, to FILE (pg_dump\'s custom format) and FILE.manifest.json (the counts and the operators\' logins). A dump whose rows differ from the counts is removed and the command fails'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "restore" -d 'Restore a dump into a new, empty database as its owner (--database-url): the database gets logins of its own (their passwords are set again with `user set-password`), its definers\' owners and who may connect; then the rows are counted against the manifest, the audit trail verified and the authorizations\' counters checked'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omnictl -n "__fish_omnictl_using_subcommand doctor" -l limit -d 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand doctor" -l sort -d 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand doctor" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand doctor" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand doctor" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand doctor" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand doctor" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand doctor" -l all -d 'Every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand doctor" -l no-headers -d 'No header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand doctor" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand doctor" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand doctor" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand doctor" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand doctor" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and not __fish_seen_subcommand_from run status help" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and not __fish_seen_subcommand_from run status help" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and not __fish_seen_subcommand_from run status help" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and not __fish_seen_subcommand_from run status help" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and not __fish_seen_subcommand_from run status help" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and not __fish_seen_subcommand_from run status help" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and not __fish_seen_subcommand_from run status help" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and not __fish_seen_subcommand_from run status help" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and not __fish_seen_subcommand_from run status help" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and not __fish_seen_subcommand_from run status help" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and not __fish_seen_subcommand_from run status help" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and not __fish_seen_subcommand_from run status help" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and not __fish_seen_subcommand_from run status help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and not __fish_seen_subcommand_from run status help" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and not __fish_seen_subcommand_from run status help" -f -a "run" -d 'Apply every pending migration (safe to repeat, safe to run concurrently)'
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and not __fish_seen_subcommand_from run status help" -f -a "status" -d 'List the migrations: applied (with when), pending, or in conflict with this omnictl'
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and not __fish_seen_subcommand_from run status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and __fish_seen_subcommand_from run" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and __fish_seen_subcommand_from run" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and __fish_seen_subcommand_from run" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and __fish_seen_subcommand_from run" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and __fish_seen_subcommand_from run" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and __fish_seen_subcommand_from run" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and __fish_seen_subcommand_from run" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and __fish_seen_subcommand_from run" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and __fish_seen_subcommand_from run" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and __fish_seen_subcommand_from run" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and __fish_seen_subcommand_from run" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and __fish_seen_subcommand_from run" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and __fish_seen_subcommand_from run" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and __fish_seen_subcommand_from status" -l limit -d 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and __fish_seen_subcommand_from status" -l sort -d 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and __fish_seen_subcommand_from status" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and __fish_seen_subcommand_from status" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and __fish_seen_subcommand_from status" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and __fish_seen_subcommand_from status" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and __fish_seen_subcommand_from status" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and __fish_seen_subcommand_from status" -l all -d 'Every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and __fish_seen_subcommand_from status" -l no-headers -d 'No header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and __fish_seen_subcommand_from help" -f -a "run" -d 'Apply every pending migration (safe to repeat, safe to run concurrently)'
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and __fish_seen_subcommand_from help" -f -a "status" -d 'List the migrations: applied (with when), pending, or in conflict with this omnictl'
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omnictl -n "__fish_omnictl_using_subcommand cluster; and not __fish_seen_subcommand_from distribute status help" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand cluster; and not __fish_seen_subcommand_from distribute status help" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand cluster; and not __fish_seen_subcommand_from distribute status help" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand cluster; and not __fish_seen_subcommand_from distribute status help" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand cluster; and not __fish_seen_subcommand_from distribute status help" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand cluster; and not __fish_seen_subcommand_from distribute status help" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand cluster; and not __fish_seen_subcommand_from distribute status help" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand cluster; and not __fish_seen_subcommand_from distribute status help" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand cluster; and not __fish_seen_subcommand_from distribute status help" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand cluster; and not __fish_seen_subcommand_from distribute status help" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand cluster; and not __fish_seen_subcommand_from distribute status help" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand cluster; and not __fish_seen_subcommand_from distribute status help" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand cluster; and not __fish_seen_subcommand_from distribute status help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand cluster; and not __fish_seen_subcommand_from distribute status help" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand cluster; and not __fish_seen_subcommand_from distribute status help" -f -a "distribute" -d 'Distribute the schema: reference tables (organizations, users, logins, service codes), the clinics\' tables by organization_id in one colocation group (safe to repeat; checked against citus_tables at the end)'
complete -c omnictl -n "__fish_omnictl_using_subcommand cluster; and not __fish_seen_subcommand_from distribute status help" -f -a "status" -d 'Show the cluster\'s nodes and each table\'s distribution'
complete -c omnictl -n "__fish_omnictl_using_subcommand cluster; and not __fish_seen_subcommand_from distribute status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omnictl -n "__fish_omnictl_using_subcommand cluster; and __fish_seen_subcommand_from distribute" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand cluster; and __fish_seen_subcommand_from distribute" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand cluster; and __fish_seen_subcommand_from distribute" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand cluster; and __fish_seen_subcommand_from distribute" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand cluster; and __fish_seen_subcommand_from distribute" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand cluster; and __fish_seen_subcommand_from distribute" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand cluster; and __fish_seen_subcommand_from distribute" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand cluster; and __fish_seen_subcommand_from distribute" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand cluster; and __fish_seen_subcommand_from distribute" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand cluster; and __fish_seen_subcommand_from distribute" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand cluster; and __fish_seen_subcommand_from distribute" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand cluster; and __fish_seen_subcommand_from distribute" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand cluster; and __fish_seen_subcommand_from distribute" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand cluster; and __fish_seen_subcommand_from distribute" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand cluster; and __fish_seen_subcommand_from status" -l limit -d 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand cluster; and __fish_seen_subcommand_from status" -l sort -d 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand cluster; and __fish_seen_subcommand_from status" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand cluster; and __fish_seen_subcommand_from status" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand cluster; and __fish_seen_subcommand_from status" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand cluster; and __fish_seen_subcommand_from status" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand cluster; and __fish_seen_subcommand_from status" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand cluster; and __fish_seen_subcommand_from status" -l all -d 'Every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand cluster; and __fish_seen_subcommand_from status" -l no-headers -d 'No header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand cluster; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand cluster; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand cluster; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand cluster; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand cluster; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand cluster; and __fish_seen_subcommand_from help" -f -a "distribute" -d 'Distribute the schema: reference tables (organizations, users, logins, service codes), the clinics\' tables by organization_id in one colocation group (safe to repeat; checked against citus_tables at the end)'
complete -c omnictl -n "__fish_omnictl_using_subcommand cluster; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show the cluster\'s nodes and each table\'s distribution'
complete -c omnictl -n "__fish_omnictl_using_subcommand cluster; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and not __fish_seen_subcommand_from demo service-codes help" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and not __fish_seen_subcommand_from demo service-codes help" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and not __fish_seen_subcommand_from demo service-codes help" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and not __fish_seen_subcommand_from demo service-codes help" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and not __fish_seen_subcommand_from demo service-codes help" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and not __fish_seen_subcommand_from demo service-codes help" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and not __fish_seen_subcommand_from demo service-codes help" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and not __fish_seen_subcommand_from demo service-codes help" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and not __fish_seen_subcommand_from demo service-codes help" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and not __fish_seen_subcommand_from demo service-codes help" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and not __fish_seen_subcommand_from demo service-codes help" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and not __fish_seen_subcommand_from demo service-codes help" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and not __fish_seen_subcommand_from demo service-codes help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and not __fish_seen_subcommand_from demo service-codes help" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and not __fish_seen_subcommand_from demo service-codes help" -f -a "demo" -d 'Create synthetic demo clinics for load and performance work (super admin): clinics demo-001, demo-002, … each with a practitioner of every credential and patients with a primary policy and a 97153 authorization (some ending within 30 days, some nearly used up), loaded through the import pipeline. The same --seed gives the same people; clinics that exist already are left alone'
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and not __fish_seen_subcommand_from demo service-codes help" -f -a "service-codes" -d 'Load the platform\'s ABA service codes (97151–97158, 0362T, 0373T) with their credentials, categories and daily maxima. Repeating it changes nothing'
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and not __fish_seen_subcommand_from demo service-codes help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and __fish_seen_subcommand_from demo" -l orgs -d 'How many clinics' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and __fish_seen_subcommand_from demo" -l patients-per-org -d 'Patients per clinic' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and __fish_seen_subcommand_from demo" -l seed -d 'The generator\'s seed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and __fish_seen_subcommand_from demo" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and __fish_seen_subcommand_from demo" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and __fish_seen_subcommand_from demo" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and __fish_seen_subcommand_from demo" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and __fish_seen_subcommand_from demo" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and __fish_seen_subcommand_from demo" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and __fish_seen_subcommand_from demo" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and __fish_seen_subcommand_from demo" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and __fish_seen_subcommand_from demo" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and __fish_seen_subcommand_from demo" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and __fish_seen_subcommand_from demo" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and __fish_seen_subcommand_from demo" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and __fish_seen_subcommand_from demo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and __fish_seen_subcommand_from demo" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and __fish_seen_subcommand_from service-codes" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and __fish_seen_subcommand_from service-codes" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and __fish_seen_subcommand_from service-codes" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and __fish_seen_subcommand_from service-codes" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and __fish_seen_subcommand_from service-codes" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and __fish_seen_subcommand_from service-codes" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and __fish_seen_subcommand_from service-codes" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and __fish_seen_subcommand_from service-codes" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and __fish_seen_subcommand_from service-codes" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and __fish_seen_subcommand_from service-codes" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and __fish_seen_subcommand_from service-codes" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and __fish_seen_subcommand_from service-codes" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and __fish_seen_subcommand_from service-codes" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and __fish_seen_subcommand_from service-codes" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and __fish_seen_subcommand_from help" -f -a "demo" -d 'Create synthetic demo clinics for load and performance work (super admin): clinics demo-001, demo-002, … each with a practitioner of every credential and patients with a primary policy and a 97153 authorization (some ending within 30 days, some nearly used up), loaded through the import pipeline. The same --seed gives the same people; clinics that exist already are left alone'
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and __fish_seen_subcommand_from help" -f -a "service-codes" -d 'Load the platform\'s ABA service codes (97151–97158, 0362T, 0373T) with their credentials, categories and daily maxima. Repeating it changes nothing'
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omnictl -n "__fish_omnictl_using_subcommand completions" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand completions" -l operator -d 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand completions" -l context -d 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand completions" -l org -d 'The organization to act in, by slug or id' -r -f
complete -c omnictl -n "__fish_omnictl_using_subcommand completions" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'
ids\t'One id per line (lists): for the next command or xargs'
wide\t'A table with ids in full (tables show the shortest prefix that tells them apart)'"
complete -c omnictl -n "__fish_omnictl_using_subcommand completions" -l limit -d 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand completions" -l sort -d 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand completions" -l all -d 'Lists: every row, even on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand completions" -l no-headers -d 'Lists: no header row (table and CSV)'
complete -c omnictl -n "__fish_omnictl_using_subcommand completions" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand completions" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand completions" -s v -l verbose -d 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over'
complete -c omnictl -n "__fish_omnictl_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand completions" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and not __fish_seen_subcommand_from quickstart org user practitioner patient insurance auth appointment session code report whoami context audit access db doctor migrate cluster seed completions help" -f -a "quickstart" -d 'Set up everything a newcomer needs on the local database, and say what to try next'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and not __fish_seen_subcommand_from quickstart org user practitioner patient insurance auth appointment session code report whoami context audit access db doctor migrate cluster seed completions help" -f -a "org" -d 'Organizations (clinics): create, list, show, update, suspend, activate'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and not __fish_seen_subcommand_from quickstart org user practitioner patient insurance auth appointment session code report whoami context audit access db doctor migrate cluster seed completions help" -f -a "user" -d 'Users who operate omnictl, and bootstrapping the first super admin'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and not __fish_seen_subcommand_from quickstart org user practitioner patient insurance auth appointment session code report whoami context audit access db doctor migrate cluster seed completions help" -f -a "practitioner" -d 'Practitioners of an organization: credentials, NPI, license'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and not __fish_seen_subcommand_from quickstart org user practitioner patient insurance auth appointment session code report whoami context audit access db doctor migrate cluster seed completions help" -f -a "patient" -d 'Patients of an organization (reads are audited as PHI access)'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and not __fish_seen_subcommand_from quickstart org user practitioner patient insurance auth appointment session code report whoami context audit access db doctor migrate cluster seed completions help" -f -a "insurance" -d 'Patients\' insurance policies (reads are audited as PHI access)'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and not __fish_seen_subcommand_from quickstart org user practitioner patient insurance auth appointment session code report whoami context audit access db doctor migrate cluster seed completions help" -f -a "auth" -d 'Payer authorizations: units, ledger, status sweep, cron reports'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and not __fish_seen_subcommand_from quickstart org user practitioner patient insurance auth appointment session code report whoami context audit access db doctor migrate cluster seed completions help" -f -a "appointment" -d 'Appointments booked against authorizations'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and not __fish_seen_subcommand_from quickstart org user practitioner patient insurance auth appointment session code report whoami context audit access db doctor migrate cluster seed completions help" -f -a "session" -d 'Clinical sessions: start, events, completion that consumes units, signed notes'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and not __fish_seen_subcommand_from quickstart org user practitioner patient insurance auth appointment session code report whoami context audit access db doctor migrate cluster seed completions help" -f -a "code" -d 'The service codes there are to book: units, credentials, daily maxima'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and not __fish_seen_subcommand_from quickstart org user practitioner patient insurance auth appointment session code report whoami context audit access db doctor migrate cluster seed completions help" -f -a "report" -d 'Monthly reports: supervision of RBTs'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and not __fish_seen_subcommand_from quickstart org user practitioner patient insurance auth appointment session code report whoami context audit access db doctor migrate cluster seed completions help" -f -a "whoami" -d 'Who you are here: operator, role, clinic, database, how the database knows you'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and not __fish_seen_subcommand_from quickstart org user practitioner patient insurance auth appointment session code report whoami context audit access db doctor migrate cluster seed completions help" -f -a "context" -d 'Named contexts: a server, an operator and a clinic to use together'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and not __fish_seen_subcommand_from quickstart org user practitioner patient insurance auth appointment session code report whoami context audit access db doctor migrate cluster seed completions help" -f -a "audit" -d 'Examine, verify and export the audit trail'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and not __fish_seen_subcommand_from quickstart org user practitioner patient insurance auth appointment session code report whoami context audit access db doctor migrate cluster seed completions help" -f -a "access" -d 'Break-the-glass access of a super admin to a clinic\'s patient data'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and not __fish_seen_subcommand_from quickstart org user practitioner patient insurance auth appointment session code report whoami context audit access db doctor migrate cluster seed completions help" -f -a "db" -d 'Manage the local database (start, stop, status, url, destroy)'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and not __fish_seen_subcommand_from quickstart org user practitioner patient insurance auth appointment session code report whoami context audit access db doctor migrate cluster seed completions help" -f -a "doctor" -d 'Check what the server is set up to do for omnictl (the schema, reads audited by pgAudit) and say what a superuser must do where it is not; exit 10 when a check fails'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and not __fish_seen_subcommand_from quickstart org user practitioner patient insurance auth appointment session code report whoami context audit access db doctor migrate cluster seed completions help" -f -a "migrate" -d 'Apply or inspect the schema migrations embedded in omnictl'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and not __fish_seen_subcommand_from quickstart org user practitioner patient insurance auth appointment session code report whoami context audit access db doctor migrate cluster seed completions help" -f -a "cluster" -d 'Distribute the schema over a Citus cluster, and show how it is distributed'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and not __fish_seen_subcommand_from quickstart org user practitioner patient insurance auth appointment session code report whoami context audit access db doctor migrate cluster seed completions help" -f -a "seed" -d 'Load reference data shipped with omnictl'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and not __fish_seen_subcommand_from quickstart org user practitioner patient insurance auth appointment session code report whoami context audit access db doctor migrate cluster seed completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and not __fish_seen_subcommand_from quickstart org user practitioner patient insurance auth appointment session code report whoami context audit access db doctor migrate cluster seed completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "create" -d 'Create an organization (super admin). Prompts for missing values on a terminal'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "list" -d 'List organizations: all of them for a super admin, your own otherwise'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "show" -d 'Show an organization with its counts of patients, practitioners, active authorizations and users'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "update" -d 'Change an organization\'s name, type, time zone or units rule (its ADMIN or a super admin); the tier only a super admin'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "suspend" -d 'Suspend an organization (super admin): its users are refused until it is activated'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "activate" -d 'Activate a suspended, inactive or trial organization (super admin)'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "bootstrap" -d 'Create the first super admin. Needs no operator; refuses once any super admin exists'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "create" -d 'Create a user of an organization (its ADMIN, or a super admin with --org), or a super admin (--super-admin, super admins only)'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "list" -d 'List users: every user for a super admin (one organization\'s with --org), your organization\'s for its ADMIN'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "show" -d 'Show one user'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "update" -d 'Change a user\'s name, email or role'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "deactivate" -d 'Deactivate a user: their database login can no longer connect, and its open connections are ended. Records are kept'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "activate" -d 'Reactivate a deactivated user: their login may connect again'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "set-password" -d 'Set the password of a user\'s database login: your own, a user of your clinic (its ADMIN), anyone\'s (a super admin). Asked twice on a terminal, or read from stdin'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "whoami" -d 'Who you are connected as: the operator, their database login and where they act'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from practitioner" -f -a "create" -d 'Add a practitioner to the organization'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from practitioner" -f -a "list" -d 'List the organization\'s practitioners'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from practitioner" -f -a "show" -d 'Show one practitioner (by NPI or id)'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from practitioner" -f -a "update" -d 'Change a practitioner\'s details; --credential replaces the whole list'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from practitioner" -f -a "deactivate" -d 'Deactivate a practitioner: no new appointments. Records are kept'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from practitioner" -f -a "supervision-contact" -d 'Record a supervision contact of an RBT by a BCBA, BCBA-D or BCaBA besides a 97155 session (counted by report supervision)'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from patient" -f -a "create" -d 'Add a patient'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from patient" -f -a "list" -d 'List patients (archived ones hidden unless asked for)'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from patient" -f -a "show" -d 'Show one patient by MRN or id'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from patient" -f -a "update" -d 'Change a patient\'s fields (an empty value clears an optional field)'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from patient" -f -a "archive" -d 'Archive a patient: hidden from lists, kept forever. Refused while the patient has bookings or a session in progress, unless told what to do with them'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from patient" -f -a "unarchive" -d 'Bring an archived patient back'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from patient" -f -a "import" -d 'Import patients from CSV (FILE, or - for stdin): all rows land or none'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from patient" -f -a "export" -d 'Export patients as CSV in the import\'s columns, to stdout'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from insurance" -f -a "add" -d 'Add a policy to a patient'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from insurance" -f -a "list" -d 'List a patient\'s policies'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from insurance" -f -a "update" -d 'Change a policy\'s fields (an empty value clears an optional field)'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from insurance" -f -a "end" -d 'End a policy\'s coverage on a date (today by default); it is kept, and inactive once the date has passed'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from insurance" -f -a "remove" -d 'Delete a policy entered by mistake (refused when authorizations refer to it)'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from insurance" -f -a "import" -d 'Import policies from CSV (FILE, or - for stdin): all rows land or none'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from insurance" -f -a "export" -d 'Export every policy as CSV in the import\'s columns, to stdout'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "create" -d 'Record a payer\'s authorization for a patient and a service code'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "list" -d 'List authorizations'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "show" -d 'Show one authorization by id or number: its units as a bar and its ledger'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "update" -d 'Change an authorization (number, units, dates, status pending/active, notes)'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "cancel" -d 'Cancel an authorization that has no scheduled units'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "sweep" -d 'Bring statuses up to date: ACTIVE ones past their end become EXPIRED, those with every unit used EXHAUSTED. Idempotent and audited; safe from cron. A super admin without --org sweeps every clinic'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "check" -d 'Check that every authorization\'s counters equal its rows: scheduled units the units of its live appointments and its ledger, used units its ledger. Lists each one that differs and then exits 10; prints nothing on stdout and exits 0 when all agree. The database refuses any change that would make them differ; this finds what went around it. A super admin without --org checks every clinic'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "import" -d 'Import authorizations from CSV (FILE, or - for stdin): all rows land or none'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "expiring" -d 'ACTIVE authorizations ending within a window (cron report)'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "low" -d 'ACTIVE authorizations whose (used + scheduled) / total reaches a threshold (cron report)'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from appointment" -f -a "create" -d 'Book an appointment (or a weekly series) against an authorization'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from appointment" -f -a "cancel" -d 'Cancel a scheduled appointment and release its units'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from appointment" -f -a "no-show" -d 'Record that the patient did not come; the units are released'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from appointment" -f -a "reschedule" -d 'Move a scheduled appointment (to another time, or another authorization such as a renewal): release and reserve again, every rule checked'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from appointment" -f -a "list" -d 'List appointments, or a week as a grid per practitioner (--week DATE)'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from appointment" -f -a "show" -d 'Show one appointment'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "start" -d 'Start the session of a SCHEDULED appointment'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "event" -d 'Record and read behavioural events'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "complete" -d 'Complete a session: units by the clinic\'s rule move from reserved to used, the metrics are computed'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "cancel" -d 'Cancel a session in progress; its reserved units are released'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "note" -d 'The session note: generate, edit, sign, addendum, show'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "show" -d 'The supervisor\'s summary of one session'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "list" -d 'List sessions'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "notes-unsigned" -d 'Completed sessions whose note is not signed in time (for cron): this clinic\'s, or every clinic\'s for a super admin (no patient data)'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from code" -f -a "list" -d 'List the service codes: minutes per unit, who may render each, the daily maximum (a clinic\'s own definition where it has one)'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "supervision" -d 'Per RBT for a month: hours of direct service (97153/97154), hours supervised (a BCBA\'s 97155 overlapping their session with the same patient, and contacts recorded with practitioner supervision-contact), the percentage (the BACB requires 5%), the contacts (at least 2) and whether one was observed with a client'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from context" -f -a "list" -d 'List the contexts; the one in use is marked'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from context" -f -a "use" -d 'Make a context the one in use (`local`: the embedded database)'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from context" -f -a "set" -d 'Create a context or change its parts (an empty value removes a part)'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from context" -f -a "delete" -d 'Delete a context (the one in use falls back to `local`)'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "log" -d 'List audit rows, newest first'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "show" -d 'Show one audit row in full'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "verify" -d 'Recompute the hash chains in omnictl; exit 10 naming the first broken row of any chain. With --checkpoints, also prove each chain still passes through every row a signed checkpoint vouched for'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "keygen" -d 'Write a new Ed25519 key pair for signing checkpoints: FILE (private, mode 0600) and FILE.pub. Keep the private key outside the database and its backups'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "checkpoint" -d 'Sign the head of every chain (super admin) and append it as one line of JSON to --out (or print it): keep that file where the database\'s administrators cannot rewrite it. Recorded in the trail too'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "export" -d 'Write audit rows, oldest first, as JSON Lines for a compliance reviewer'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from access" -f -a "break-glass" -d 'Grant yourself (a super admin) time-boxed access to one organization\'s patient data, with a reason. Audited in that organization\'s trail'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from access" -f -a "list" -d 'List break-glass grants, active and past (one organization\'s with --org)'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "start" -d 'Start the local database, creating and migrating it on first use'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "stop" -d 'Stop the local database server'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "status" -d 'Say where the local database lives and whether it runs'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "url" -d 'Print a connection URL for the local database (starting it), e.g. for `psql "$(omnictl db url)"`'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "destroy" -d 'Stop the local database and delete all of its data'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "pooler-login" -d 'Make this database\'s pooler login for pgbouncer\'s auth_query (or give it a new password): it may connect here and call omnictl_pooler_lookup, nothing else. The schema\'s owner runs it (CREATEROLE is enough, no superuser)'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "dump" -d 'Back up the database (the local one, or --database-url\'s) as its owner: every row of every table, checked against a count in the same snapshot, to FILE (pg_dump\'s custom format) and FILE.manifest.json (the counts and the operators\' logins). A dump whose rows differ from the counts is removed and the command fails'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "restore" -d 'Restore a dump into a new, empty database as its owner (--database-url): the database gets logins of its own (their passwords are set again with `user set-password`), its definers\' owners and who may connect; then the rows are counted against the manifest, the audit trail verified and the authorizations\' counters checked'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from migrate" -f -a "run" -d 'Apply every pending migration (safe to repeat, safe to run concurrently)'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from migrate" -f -a "status" -d 'List the migrations: applied (with when), pending, or in conflict with this omnictl'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from cluster" -f -a "distribute" -d 'Distribute the schema: reference tables (organizations, users, logins, service codes), the clinics\' tables by organization_id in one colocation group (safe to repeat; checked against citus_tables at the end)'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from cluster" -f -a "status" -d 'Show the cluster\'s nodes and each table\'s distribution'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from seed" -f -a "demo" -d 'Create synthetic demo clinics for load and performance work (super admin): clinics demo-001, demo-002, … each with a practitioner of every credential and patients with a primary policy and a 97153 authorization (some ending within 30 days, some nearly used up), loaded through the import pipeline. The same --seed gives the same people; clinics that exist already are left alone'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from seed" -f -a "service-codes" -d 'Load the platform\'s ABA service codes (97151–97158, 0362T, 0373T) with their credentials, categories and daily maxima. Repeating it changes nothing'
