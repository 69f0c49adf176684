
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'omnictl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'omnictl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'omnictl' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('quickstart', 'quickstart', [CompletionResultType]::ParameterValue, 'Set up everything a newcomer needs on the local database, and say what to try next')
            [CompletionResult]::new('org', 'org', [CompletionResultType]::ParameterValue, 'Organizations (clinics): create, list, show, update, suspend, activate')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Users who operate omnictl, and bootstrapping the first super admin')
            [CompletionResult]::new('practitioner', 'practitioner', [CompletionResultType]::ParameterValue, 'Practitioners of an organization: credentials, NPI, license')
            [CompletionResult]::new('patient', 'patient', [CompletionResultType]::ParameterValue, 'Patients of an organization (reads are audited as PHI access)')
            [CompletionResult]::new('insurance', 'insurance', [CompletionResultType]::ParameterValue, 'Patients'' insurance policies (reads are audited as PHI access)')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Payer authorizations: units, ledger, status sweep, cron reports')
            [CompletionResult]::new('appointment', 'appointment', [CompletionResultType]::ParameterValue, 'Appointments booked against authorizations')
            [CompletionResult]::new('session', 'session', [CompletionResultType]::ParameterValue, 'Clinical sessions: start, events, completion that consumes units, signed notes')
            [CompletionResult]::new('code', 'code', [CompletionResultType]::ParameterValue, 'The service codes there are to book: units, credentials, daily maxima')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Monthly reports: supervision of RBTs')
            [CompletionResult]::new('whoami', 'whoami', [CompletionResultType]::ParameterValue, 'Who you are here: operator, role, clinic, database, how the database knows you')
            [CompletionResult]::new('context', 'context', [CompletionResultType]::ParameterValue, 'Named contexts: a server, an operator and a clinic to use together')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Examine, verify and export the audit trail')
            [CompletionResult]::new('access', 'access', [CompletionResultType]::ParameterValue, 'Break-the-glass access of a super admin to a clinic''s patient data')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'Manage the local database (start, stop, status, url, destroy)')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check what the server is set up to do for omnictl (the schema, reads audited by pgAudit) and say what a superuser must do where it is not; exit 10 when a check fails')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Apply or inspect the schema migrations embedded in omnictl')
            [CompletionResult]::new('cluster', 'cluster', [CompletionResultType]::ParameterValue, 'Distribute the schema over a Citus cluster, and show how it is distributed')
            [CompletionResult]::new('seed', 'seed', [CompletionResultType]::ParameterValue, 'Load reference data shipped with omnictl')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omnictl;quickstart' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--no-demo', '--no-demo', [CompletionResultType]::ParameterName, 'Only the database, schema and service codes: no demo super admin or demo clinic (for a database that will hold real clinics)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;org' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an organization (super admin). Prompts for missing values on a terminal')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List organizations: all of them for a super admin, your own otherwise')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an organization with its counts of patients, practitioners, active authorizations and users')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an organization''s name, type, time zone or units rule (its ADMIN or a super admin); the tier only a super admin')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend an organization (super admin): its users are refused until it is activated')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Activate a suspended, inactive or trial organization (super admin)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omnictl;org;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display name, e.g. "Sunrise ABA Therapy"')
            [CompletionResult]::new('--slug', '--slug', [CompletionResultType]::ParameterName, 'Short unique name used on the command line (lowercase, hyphens), e.g. sunrise-aba')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'clinic, hospital or private-practice')
            [CompletionResult]::new('--tier', '--tier', [CompletionResultType]::ParameterName, 'Subscription tier (super admin only): trial, basic, professional or enterprise')
            [CompletionResult]::new('--timezone', '--timezone', [CompletionResultType]::ParameterName, 'IANA time zone appointments are entered and shown in (asked on a terminal, with this machine''s as the default; else America/New_York)')
            [CompletionResult]::new('--units-rule', '--units-rule', [CompletionResultType]::ParameterName, 'How delivered minutes become billable units')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;org;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;org;show' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;org;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A new display name')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'clinic, hospital or private-practice')
            [CompletionResult]::new('--tier', '--tier', [CompletionResultType]::ParameterName, 'Subscription tier (super admin only)')
            [CompletionResult]::new('--timezone', '--timezone', [CompletionResultType]::ParameterName, 'IANA time zone appointments are entered and shown in, e.g. America/Chicago')
            [CompletionResult]::new('--units-rule', '--units-rule', [CompletionResultType]::ParameterName, 'How delivered minutes become billable units: midpoint or cms_8_minute')
            [CompletionResult]::new('--default-place', '--default-place', [CompletionResultType]::ParameterName, 'Where appointments happen unless booked with --place: clinic (POS 11), home (12), school (03), community (99), telehealth (02) or telehealth-home (10)')
            [CompletionResult]::new('--telehealth-modifier', '--telehealth-modifier', [CompletionResultType]::ParameterName, 'The modifier the clinic''s payers require on telehealth claims: 95 or GT')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;org;suspend' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (kept in the audit trail)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;org;activate' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (kept in the audit trail)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;org;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an organization (super admin). Prompts for missing values on a terminal')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List organizations: all of them for a super admin, your own otherwise')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an organization with its counts of patients, practitioners, active authorizations and users')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an organization''s name, type, time zone or units rule (its ADMIN or a super admin); the tier only a super admin')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend an organization (super admin): its users are refused until it is activated')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Activate a suspended, inactive or trial organization (super admin)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omnictl;org;help;create' {
            break
        }
        'omnictl;org;help;list' {
            break
        }
        'omnictl;org;help;show' {
            break
        }
        'omnictl;org;help;update' {
            break
        }
        'omnictl;org;help;suspend' {
            break
        }
        'omnictl;org;help;activate' {
            break
        }
        'omnictl;org;help;help' {
            break
        }
        'omnictl;user' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('bootstrap', 'bootstrap', [CompletionResultType]::ParameterValue, 'Create the first super admin. Needs no operator; refuses once any super admin exists')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a user of an organization (its ADMIN, or a super admin with --org), or a super admin (--super-admin, super admins only)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users: every user for a super admin (one organization''s with --org), your organization''s for its ADMIN')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one user')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a user''s name, email or role')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate a user: their database login can no longer connect, and its open connections are ended. Records are kept')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Reactivate a deactivated user: their login may connect again')
            [CompletionResult]::new('set-password', 'set-password', [CompletionResultType]::ParameterValue, 'Set the password of a user''s database login: your own, a user of your clinic (its ADMIN), anyone''s (a super admin). Asked twice on a terminal, or read from stdin')
            [CompletionResult]::new('whoami', 'whoami', [CompletionResultType]::ParameterValue, 'Who you are connected as: the operator, their database login and where they act')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omnictl;user;bootstrap' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The first super admin''s email: their login name')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Their full name')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Give the new login a password, read from the first line of standard input (a server''s operators connect with one; the local database needs none)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;user;create' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The new user''s email: their login name, unique on the platform')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Their full name')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'ADMIN manages the organization; STAFF reads patients, schedules and runs sessions (asked on a terminal; else staff)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--super-admin', '--super-admin', [CompletionResultType]::ParameterName, 'Create a platform super admin (no organization)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;user;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row (table and CSV)')
            [CompletionResult]::new('--include-inactive', '--include-inactive', [CompletionResultType]::ParameterName, 'Include deactivated users')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;user;show' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;user;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A new full name')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'A new email (their login is renamed with it)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'A new role in their clinic: admin or staff')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;user;deactivate' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (kept in the audit trail)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;user;activate' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;user;set-password' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input (for scripts), instead of asking on the terminal')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;user;whoami' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;user;help' {
            [CompletionResult]::new('bootstrap', 'bootstrap', [CompletionResultType]::ParameterValue, 'Create the first super admin. Needs no operator; refuses once any super admin exists')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a user of an organization (its ADMIN, or a super admin with --org), or a super admin (--super-admin, super admins only)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users: every user for a super admin (one organization''s with --org), your organization''s for its ADMIN')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one user')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a user''s name, email or role')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate a user: their database login can no longer connect, and its open connections are ended. Records are kept')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Reactivate a deactivated user: their login may connect again')
            [CompletionResult]::new('set-password', 'set-password', [CompletionResultType]::ParameterValue, 'Set the password of a user''s database login: your own, a user of your clinic (its ADMIN), anyone''s (a super admin). Asked twice on a terminal, or read from stdin')
            [CompletionResult]::new('whoami', 'whoami', [CompletionResultType]::ParameterValue, 'Who you are connected as: the operator, their database login and where they act')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omnictl;user;help;bootstrap' {
            break
        }
        'omnictl;user;help;create' {
            break
        }
        'omnictl;user;help;list' {
            break
        }
        'omnictl;user;help;show' {
            break
        }
        'omnictl;user;help;update' {
            break
        }
        'omnictl;user;help;deactivate' {
            break
        }
        'omnictl;user;help;activate' {
            break
        }
        'omnictl;user;help;set-password' {
            break
        }
        'omnictl;user;help;whoami' {
            break
        }
        'omnictl;user;help;help' {
            break
        }
        'omnictl;practitioner' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a practitioner to the organization')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the organization''s practitioners')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one practitioner (by NPI or id)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a practitioner''s details; --credential replaces the whole list')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate a practitioner: no new appointments. Records are kept')
            [CompletionResult]::new('supervision-contact', 'supervision-contact', [CompletionResultType]::ParameterValue, 'Record a supervision contact of an RBT by a BCBA, BCBA-D or BCaBA besides a 97155 session (counted by report supervision)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omnictl;practitioner;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Full name, as on the credential')
            [CompletionResult]::new('--credential', '--credential', [CompletionResultType]::ParameterName, 'BCBA-D, BCBA, BCaBA or RBT; repeat for several')
            [CompletionResult]::new('--npi', '--npi', [CompletionResultType]::ParameterName, 'National Provider Identifier: 10 digits with a valid check digit')
            [CompletionResult]::new('--license', '--license', [CompletionResultType]::ParameterName, 'State license number (unique in the organization); needs --license-state')
            [CompletionResult]::new('--license-state', '--license-state', [CompletionResultType]::ParameterName, 'Two-letter state of the license, e.g. IL')
            [CompletionResult]::new('--credential-valid-until', '--credential-valid-until', [CompletionResultType]::ParameterName, 'The last day the credential is valid')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Link to the practitioner''s login (a user of the same organization)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;practitioner;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row (table and CSV)')
            [CompletionResult]::new('--include-inactive', '--include-inactive', [CompletionResultType]::ParameterName, 'Include deactivated practitioners')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;practitioner;show' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;practitioner;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A new full name')
            [CompletionResult]::new('--credential', '--credential', [CompletionResultType]::ParameterName, 'A credential (RBT, BCaBA, BCBA, BCBA-D); repeat for several; replaces the whole list')
            [CompletionResult]::new('--npi', '--npi', [CompletionResultType]::ParameterName, 'A corrected NPI (ten digits, Luhn-checked)')
            [CompletionResult]::new('--license', '--license', [CompletionResultType]::ParameterName, 'A new state license number')
            [CompletionResult]::new('--license-state', '--license-state', [CompletionResultType]::ParameterName, 'Two-letter state of the license, e.g. IL')
            [CompletionResult]::new('--credential-valid-until', '--credential-valid-until', [CompletionResultType]::ParameterName, 'The last day the credential is valid')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Link the practitioner to their login (a user of this clinic): they sign their own notes')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why the affected appointments are cancelled (kept with each)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--cancel-affected', '--cancel-affected', [CompletionResultType]::ParameterName, 'Cancel the affected appointments with the change (releasing their units); needs --reason')
            [CompletionResult]::new('--keep-affected', '--keep-affected', [CompletionResultType]::ParameterName, 'Keep the affected appointments, flagged as needing attention (see appointment list --needs-attention); a session cannot start until they are fixed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;practitioner;deactivate' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why the affected appointments are cancelled (kept with each)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--cancel-affected', '--cancel-affected', [CompletionResultType]::ParameterName, 'Cancel the affected appointments with the change (releasing their units); needs --reason')
            [CompletionResult]::new('--keep-affected', '--keep-affected', [CompletionResultType]::ParameterName, 'Keep the affected appointments, flagged as needing attention (see appointment list --needs-attention); a session cannot start until they are fixed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;practitioner;supervision-contact' {
            [CompletionResult]::new('--technician', '--technician', [CompletionResultType]::ParameterName, 'The RBT''s NPI or id')
            [CompletionResult]::new('--supervisor', '--supervisor', [CompletionResultType]::ParameterName, 'The supervising BCBA''s, BCBA-D''s or BCaBA''s NPI or id')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'When it started, "YYYY-MM-DD HH:MM" in the clinic''s time zone')
            [CompletionResult]::new('--minutes', '--minutes', [CompletionResultType]::ParameterName, 'How long it lasted, 1 to 1440 minutes')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--with-client', '--with-client', [CompletionResultType]::ParameterName, 'The supervisor observed the RBT with a client')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;practitioner;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a practitioner to the organization')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the organization''s practitioners')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one practitioner (by NPI or id)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a practitioner''s details; --credential replaces the whole list')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate a practitioner: no new appointments. Records are kept')
            [CompletionResult]::new('supervision-contact', 'supervision-contact', [CompletionResultType]::ParameterValue, 'Record a supervision contact of an RBT by a BCBA, BCBA-D or BCaBA besides a 97155 session (counted by report supervision)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omnictl;practitioner;help;create' {
            break
        }
        'omnictl;practitioner;help;list' {
            break
        }
        'omnictl;practitioner;help;show' {
            break
        }
        'omnictl;practitioner;help;update' {
            break
        }
        'omnictl;practitioner;help;deactivate' {
            break
        }
        'omnictl;practitioner;help;supervision-contact' {
            break
        }
        'omnictl;practitioner;help;help' {
            break
        }
        'omnictl;patient' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a patient')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List patients (archived ones hidden unless asked for)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one patient by MRN or id')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a patient''s fields (an empty value clears an optional field)')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Archive a patient: hidden from lists, kept forever. Refused while the patient has bookings or a session in progress, unless told what to do with them')
            [CompletionResult]::new('unarchive', 'unarchive', [CompletionResultType]::ParameterValue, 'Bring an archived patient back')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import patients from CSV (FILE, or - for stdin): all rows land or none')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export patients as CSV in the import''s columns, to stdout')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omnictl;patient;create' {
            [CompletionResult]::new('--mrn', '--mrn', [CompletionResultType]::ParameterName, 'Medical record number, unique in the organization')
            [CompletionResult]::new('--first-name', '--first-name', [CompletionResultType]::ParameterName, 'First name')
            [CompletionResult]::new('--last-name', '--last-name', [CompletionResultType]::ParameterName, 'Last name')
            [CompletionResult]::new('--dob', '--dob', [CompletionResultType]::ParameterName, 'Date of birth, YYYY-MM-DD or M/D/YYYY')
            [CompletionResult]::new('--gender', '--gender', [CompletionResultType]::ParameterName, 'female, male, nonbinary, other or unknown')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The family''s email')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'The family''s phone number')
            [CompletionResult]::new('--address-line1', '--address-line1', [CompletionResultType]::ParameterName, 'Street address')
            [CompletionResult]::new('--address-line2', '--address-line2', [CompletionResultType]::ParameterName, 'Apartment, suite, unit')
            [CompletionResult]::new('--city', '--city', [CompletionResultType]::ParameterName, 'City')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Two-letter state, e.g. IL')
            [CompletionResult]::new('--postal-code', '--postal-code', [CompletionResultType]::ParameterName, 'ZIP code (5 or 9 digits)')
            [CompletionResult]::new('--guardian-name', '--guardian-name', [CompletionResultType]::ParameterName, 'The guardian''s full name')
            [CompletionResult]::new('--guardian-phone', '--guardian-phone', [CompletionResultType]::ParameterName, 'The guardian''s phone number')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;patient;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only patients whose MRN, first or last name contains this text (any case)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row (table and CSV)')
            [CompletionResult]::new('--include-archived', '--include-archived', [CompletionResultType]::ParameterName, 'Include archived patients')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;patient;show' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;patient;update' {
            [CompletionResult]::new('--mrn', '--mrn', [CompletionResultType]::ParameterName, 'A new medical record number')
            [CompletionResult]::new('--first-name', '--first-name', [CompletionResultType]::ParameterName, 'A new first name')
            [CompletionResult]::new('--last-name', '--last-name', [CompletionResultType]::ParameterName, 'A new last name')
            [CompletionResult]::new('--dob', '--dob', [CompletionResultType]::ParameterName, 'A corrected date of birth')
            [CompletionResult]::new('--gender', '--gender', [CompletionResultType]::ParameterName, 'female, male, nonbinary, other or unknown')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The family''s email')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'The family''s phone number')
            [CompletionResult]::new('--address-line1', '--address-line1', [CompletionResultType]::ParameterName, 'Street address')
            [CompletionResult]::new('--address-line2', '--address-line2', [CompletionResultType]::ParameterName, 'Apartment, suite, unit')
            [CompletionResult]::new('--city', '--city', [CompletionResultType]::ParameterName, 'City')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Two-letter state, e.g. IL')
            [CompletionResult]::new('--postal-code', '--postal-code', [CompletionResultType]::ParameterName, 'ZIP code (5 or 9 digits)')
            [CompletionResult]::new('--guardian-name', '--guardian-name', [CompletionResultType]::ParameterName, 'The guardian''s full name')
            [CompletionResult]::new('--guardian-phone', '--guardian-phone', [CompletionResultType]::ParameterName, 'The guardian''s phone number')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;patient;archive' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why the affected appointments are cancelled (kept with each)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--cancel-affected', '--cancel-affected', [CompletionResultType]::ParameterName, 'Cancel the affected appointments with the change (releasing their units); needs --reason')
            [CompletionResult]::new('--keep-affected', '--keep-affected', [CompletionResultType]::ParameterName, 'Keep the affected appointments, flagged as needing attention (see appointment list --needs-attention); a session cannot start until they are fixed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;patient;unarchive' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;patient;import' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'csv or jsonl (one object per line, keys the column names); default: jsonl for a .jsonl or .ndjson file, csv otherwise')
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'insert refuses rows whose key exists; upsert updates them')
            [CompletionResult]::new('--errors', '--errors', [CompletionResultType]::ParameterName, 'Also write every error as CSV (line, column, reason) to this file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, report, and roll back')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;patient;export' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--include-archived', '--include-archived', [CompletionResultType]::ParameterName, 'Include archived patients')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;patient;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a patient')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List patients (archived ones hidden unless asked for)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one patient by MRN or id')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a patient''s fields (an empty value clears an optional field)')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Archive a patient: hidden from lists, kept forever. Refused while the patient has bookings or a session in progress, unless told what to do with them')
            [CompletionResult]::new('unarchive', 'unarchive', [CompletionResultType]::ParameterValue, 'Bring an archived patient back')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import patients from CSV (FILE, or - for stdin): all rows land or none')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export patients as CSV in the import''s columns, to stdout')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omnictl;patient;help;create' {
            break
        }
        'omnictl;patient;help;list' {
            break
        }
        'omnictl;patient;help;show' {
            break
        }
        'omnictl;patient;help;update' {
            break
        }
        'omnictl;patient;help;archive' {
            break
        }
        'omnictl;patient;help;unarchive' {
            break
        }
        'omnictl;patient;help;import' {
            break
        }
        'omnictl;patient;help;export' {
            break
        }
        'omnictl;patient;help;help' {
            break
        }
        'omnictl;insurance' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a policy to a patient')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a patient''s policies')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a policy''s fields (an empty value clears an optional field)')
            [CompletionResult]::new('end', 'end', [CompletionResultType]::ParameterValue, 'End a policy''s coverage on a date (today by default); it is kept, and inactive once the date has passed')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete a policy entered by mistake (refused when authorizations refer to it)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import policies from CSV (FILE, or - for stdin): all rows land or none')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export every policy as CSV in the import''s columns, to stdout')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omnictl;insurance;add' {
            [CompletionResult]::new('--patient', '--patient', [CompletionResultType]::ParameterName, 'The patient''s MRN or id')
            [CompletionResult]::new('--payer', '--payer', [CompletionResultType]::ParameterName, 'The payer''s name, e.g. "Blue Cross Blue Shield"')
            [CompletionResult]::new('--payer-id', '--payer-id', [CompletionResultType]::ParameterName, 'The payer''s id (electronic payer id)')
            [CompletionResult]::new('--member-number', '--member-number', [CompletionResultType]::ParameterName, 'The member (subscriber) number on the card')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'The group number on the card')
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'The plan''s name')
            [CompletionResult]::new('--relationship', '--relationship', [CompletionResultType]::ParameterName, 'The patient''s relationship to the subscriber')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'Coverage start (YYYY-MM-DD, M/D/YYYY, today …)')
            [CompletionResult]::new('--end', '--end', [CompletionResultType]::ParameterName, 'Coverage end (inclusive)')
            [CompletionResult]::new('--priority', '--priority', [CompletionResultType]::ParameterName, 'primary, secondary or tertiary (one active primary per patient)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;insurance;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed')
            [CompletionResult]::new('--patient', '--patient', [CompletionResultType]::ParameterName, 'The patient''s MRN or id')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;insurance;update' {
            [CompletionResult]::new('--payer', '--payer', [CompletionResultType]::ParameterName, 'A new payer name')
            [CompletionResult]::new('--payer-id', '--payer-id', [CompletionResultType]::ParameterName, 'A new payer id (for claims)')
            [CompletionResult]::new('--member-number', '--member-number', [CompletionResultType]::ParameterName, 'A new member number')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'A new group number')
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'A new plan name')
            [CompletionResult]::new('--relationship', '--relationship', [CompletionResultType]::ParameterName, 'The patient''s relationship to the subscriber: self, spouse, child or other')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'A new coverage start')
            [CompletionResult]::new('--end', '--end', [CompletionResultType]::ParameterName, 'A new coverage end; an empty value removes it')
            [CompletionResult]::new('--priority', '--priority', [CompletionResultType]::ParameterName, 'primary, secondary or tertiary')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;insurance;end' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The last day of coverage (default: today)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why the affected appointments are cancelled (kept with each)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--cancel-affected', '--cancel-affected', [CompletionResultType]::ParameterName, 'Cancel the affected appointments with the change (releasing their units); needs --reason')
            [CompletionResult]::new('--keep-affected', '--keep-affected', [CompletionResultType]::ParameterName, 'Keep the affected appointments, flagged as needing attention (see appointment list --needs-attention); a session cannot start until they are fixed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;insurance;remove' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;insurance;import' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'csv or jsonl (one object per line, keys the column names); default: jsonl for a .jsonl or .ndjson file, csv otherwise')
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'insert refuses rows whose key exists; upsert updates them')
            [CompletionResult]::new('--errors', '--errors', [CompletionResultType]::ParameterName, 'Also write every error as CSV (line, column, reason) to this file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, report, and roll back')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;insurance;export' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;insurance;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a policy to a patient')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a patient''s policies')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a policy''s fields (an empty value clears an optional field)')
            [CompletionResult]::new('end', 'end', [CompletionResultType]::ParameterValue, 'End a policy''s coverage on a date (today by default); it is kept, and inactive once the date has passed')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete a policy entered by mistake (refused when authorizations refer to it)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import policies from CSV (FILE, or - for stdin): all rows land or none')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export every policy as CSV in the import''s columns, to stdout')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omnictl;insurance;help;add' {
            break
        }
        'omnictl;insurance;help;list' {
            break
        }
        'omnictl;insurance;help;update' {
            break
        }
        'omnictl;insurance;help;end' {
            break
        }
        'omnictl;insurance;help;remove' {
            break
        }
        'omnictl;insurance;help;import' {
            break
        }
        'omnictl;insurance;help;export' {
            break
        }
        'omnictl;insurance;help;help' {
            break
        }
        'omnictl;auth' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Record a payer''s authorization for a patient and a service code')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List authorizations')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one authorization by id or number: its units as a bar and its ledger')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an authorization (number, units, dates, status pending/active, notes)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel an authorization that has no scheduled units')
            [CompletionResult]::new('sweep', 'sweep', [CompletionResultType]::ParameterValue, 'Bring statuses up to date: ACTIVE ones past their end become EXPIRED, those with every unit used EXHAUSTED. Idempotent and audited; safe from cron. A super admin without --org sweeps every clinic')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check that every authorization''s counters equal its rows: scheduled units the units of its live appointments and its ledger, used units its ledger. Lists each one that differs and then exits 10; prints nothing on stdout and exits 0 when all agree. The database refuses any change that would make them differ; this finds what went around it. A super admin without --org checks every clinic')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import authorizations from CSV (FILE, or - for stdin): all rows land or none')
            [CompletionResult]::new('expiring', 'expiring', [CompletionResultType]::ParameterValue, 'ACTIVE authorizations ending within a window (cron report)')
            [CompletionResult]::new('low', 'low', [CompletionResultType]::ParameterValue, 'ACTIVE authorizations whose (used + scheduled) / total reaches a threshold (cron report)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omnictl;auth;create' {
            [CompletionResult]::new('--patient', '--patient', [CompletionResultType]::ParameterName, 'The patient''s MRN or id')
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'The service code, e.g. 97153')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units the payer approved, 1 to 100000')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'First covered day (YYYY-MM-DD, M/D/YYYY, today, +7d …)')
            [CompletionResult]::new('--end', '--end', [CompletionResultType]::ParameterName, 'Last covered day (inclusive)')
            [CompletionResult]::new('--number', '--number', [CompletionResultType]::ParameterName, 'The payer''s authorization number')
            [CompletionResult]::new('--insurance', '--insurance', [CompletionResultType]::ParameterName, 'The patient''s insurance policy it was issued under (its id, or the short id `insurance list` shows)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'active (approved) or pending (awaiting the payer)')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'Free text kept with the authorization (PHI: audited by name only)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;auth;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed')
            [CompletionResult]::new('--patient', '--patient', [CompletionResultType]::ParameterName, 'Only this patient''s (MRN or id)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only authorizations in this state')
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'Only authorizations for this service code, e.g. 97153')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;auth;show' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;auth;update' {
            [CompletionResult]::new('--number', '--number', [CompletionResultType]::ParameterName, 'A new payer authorization number')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'A new total of units, up to 100000 (not below what is used and scheduled)')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'A new first covered day')
            [CompletionResult]::new('--end', '--end', [CompletionResultType]::ParameterName, 'A new last covered day (inclusive)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'pending or active')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'New notes (replace the old)')
            [CompletionResult]::new('--insurance', '--insurance', [CompletionResultType]::ParameterName, 'The policy it was issued under (its id, or the short id `insurance list` shows)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why the affected appointments are cancelled (kept with each)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--cancel-affected', '--cancel-affected', [CompletionResultType]::ParameterName, 'Cancel the affected appointments with the change (releasing their units); needs --reason')
            [CompletionResult]::new('--keep-affected', '--keep-affected', [CompletionResultType]::ParameterName, 'Keep the affected appointments, flagged as needing attention (see appointment list --needs-attention); a session cannot start until they are fixed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;auth;cancel' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why it is cancelled (kept in its notes)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;auth;sweep' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;auth;check' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;auth;import' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'csv or jsonl (one object per line, keys the column names); default: jsonl for a .jsonl or .ndjson file, csv otherwise')
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'insert refuses rows whose key exists; upsert updates them')
            [CompletionResult]::new('--errors', '--errors', [CompletionResultType]::ParameterName, 'Also write every error as CSV (line, column, reason) to this file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, report, and roll back')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;auth;expiring' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed')
            [CompletionResult]::new('--within', '--within', [CompletionResultType]::ParameterName, 'The window: 30d, 2w, or a number of days')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row (table and CSV)')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'Exit 10 when anything is listed (for cron), 0 when nothing is; failures use 1–6')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;auth;low' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed')
            [CompletionResult]::new('--threshold', '--threshold', [CompletionResultType]::ParameterName, 'Utilisation at or above which an authorization is listed, e.g. 80%')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row (table and CSV)')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'Exit 10 when anything is listed (for cron), 0 when nothing is; failures use 1–6')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;auth;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Record a payer''s authorization for a patient and a service code')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List authorizations')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one authorization by id or number: its units as a bar and its ledger')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an authorization (number, units, dates, status pending/active, notes)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel an authorization that has no scheduled units')
            [CompletionResult]::new('sweep', 'sweep', [CompletionResultType]::ParameterValue, 'Bring statuses up to date: ACTIVE ones past their end become EXPIRED, those with every unit used EXHAUSTED. Idempotent and audited; safe from cron. A super admin without --org sweeps every clinic')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check that every authorization''s counters equal its rows: scheduled units the units of its live appointments and its ledger, used units its ledger. Lists each one that differs and then exits 10; prints nothing on stdout and exits 0 when all agree. The database refuses any change that would make them differ; this finds what went around it. A super admin without --org checks every clinic')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import authorizations from CSV (FILE, or - for stdin): all rows land or none')
            [CompletionResult]::new('expiring', 'expiring', [CompletionResultType]::ParameterValue, 'ACTIVE authorizations ending within a window (cron report)')
            [CompletionResult]::new('low', 'low', [CompletionResultType]::ParameterValue, 'ACTIVE authorizations whose (used + scheduled) / total reaches a threshold (cron report)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omnictl;auth;help;create' {
            break
        }
        'omnictl;auth;help;list' {
            break
        }
        'omnictl;auth;help;show' {
            break
        }
        'omnictl;auth;help;update' {
            break
        }
        'omnictl;auth;help;cancel' {
            break
        }
        'omnictl;auth;help;sweep' {
            break
        }
        'omnictl;auth;help;check' {
            break
        }
        'omnictl;auth;help;import' {
            break
        }
        'omnictl;auth;help;expiring' {
            break
        }
        'omnictl;auth;help;low' {
            break
        }
        'omnictl;auth;help;help' {
            break
        }
        'omnictl;appointment' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Book an appointment (or a weekly series) against an authorization')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a scheduled appointment and release its units')
            [CompletionResult]::new('no-show', 'no-show', [CompletionResultType]::ParameterValue, 'Record that the patient did not come; the units are released')
            [CompletionResult]::new('reschedule', 'reschedule', [CompletionResultType]::ParameterValue, 'Move a scheduled appointment (to another time, or another authorization such as a renewal): release and reserve again, every rule checked')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List appointments, or a week as a grid per practitioner (--week DATE)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one appointment')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omnictl;appointment;create' {
            [CompletionResult]::new('--patient', '--patient', [CompletionResultType]::ParameterName, 'The patient''s MRN or id; a group names each of its 2 to 8 patients (--patient A --patient B …)')
            [CompletionResult]::new('--practitioner', '--practitioner', [CompletionResultType]::ParameterName, 'The practitioner''s NPI or id')
            [CompletionResult]::new('--place', '--place', [CompletionResultType]::ParameterName, 'Where the service happens: clinic (POS 11), home (12), school (03), community (99), telehealth (02) or telehealth-home (10); default: the clinic''s setting')
            [CompletionResult]::new('--modifier', '--modifier', [CompletionResultType]::ParameterName, 'The telehealth claim''s modifier, 95 or GT (default: the clinic''s setting)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why the daily maximum is passed (kept with the appointment and audited)')
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'The service code, e.g. 97153')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'Start, "YYYY-MM-DD HH:MM" in the organization''s time zone')
            [CompletionResult]::new('--minutes', '--minutes', [CompletionResultType]::ParameterName, 'Length in real minutes, 1 to 1440')
            [CompletionResult]::new('--end', '--end', [CompletionResultType]::ParameterName, 'End time of day, HH:MM (instead of --minutes)')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'The authorization (id or number); by default the one ACTIVE authorization of the patient and code covering the date')
            [CompletionResult]::new('--repeat', '--repeat', [CompletionResultType]::ParameterName, 'Repeat the appointment')
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'Weekdays of a weekly series, e.g. mon,wed,fri')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Last day of the series (inclusive): YYYY-MM-DD, M/D/YYYY, or from today (+8w)')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Number of appointments in the series')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Book a group code (97154, 97157, 97158) for 2 to 8 patients in one slot: each patient''s own authorization and units are reserved, all or nothing')
            [CompletionResult]::new('--override-daily-max', '--override-daily-max', [CompletionResultType]::ParameterName, 'Book past the code''s daily maximum (clinic ADMIN only; needs --reason): the code is payable above it with documentation')
            [CompletionResult]::new('--patient-absent', '--patient-absent', [CompletionResultType]::ParameterName, 'The patient is not there: caregiver guidance without the patient (97156), which occupies the practitioner but not the patient. 97157 is always without the patient; every other code needs them')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the plan and the units it would reserve; book nothing')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;appointment;cancel' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why it is cancelled (kept with the appointment)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--cancel-group', '--cancel-group', [CompletionResultType]::ParameterName, 'When this leaves one member alone in a group: cancel that member too')
            [CompletionResult]::new('--as-individual', '--as-individual', [CompletionResultType]::ParameterName, 'When this leaves one member alone in a group: bill that member as the group code''s individual code (97154 → 97153, 97158 → 97155, 97157 → 97156)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;appointment;no-show' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why the rest of the group is cancelled (with --cancel-group)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--cancel-group', '--cancel-group', [CompletionResultType]::ParameterName, 'When this leaves one member alone in a group: cancel that member too')
            [CompletionResult]::new('--as-individual', '--as-individual', [CompletionResultType]::ParameterName, 'When this leaves one member alone in a group: bill that member as the group code''s individual code (97154 → 97153, 97158 → 97155, 97157 → 97156)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;appointment;reschedule' {
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'New start, "YYYY-MM-DD HH:MM" (default: unchanged)')
            [CompletionResult]::new('--minutes', '--minutes', [CompletionResultType]::ParameterName, 'New length in real minutes, 1 to 1440 (default: unchanged)')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Move the booking to another authorization (id or number), e.g. its renewal: the units are released from the old one and reserved on the new one together')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: the daily maximum is passed on the new day (with --override-daily-max), or the rest of the group is cancelled (with --cancel-group). Kept and audited')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--override-daily-max', '--override-daily-max', [CompletionResultType]::ParameterName, 'Pass the code''s daily maximum on the new day (clinic ADMIN only; needs --reason): an override documents one day, so a move to another day needs its own')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Move every member of the appointment''s group together (each on its own authorization), in one transaction: all of them or none')
            [CompletionResult]::new('--as-individual', '--as-individual', [CompletionResultType]::ParameterName, 'Move a group member out of its group as the individual code (and any member the move leaves alone too, unless --cancel-group)')
            [CompletionResult]::new('--cancel-group', '--cancel-group', [CompletionResultType]::ParameterName, 'When the move leaves one member alone in the group: cancel that member')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;appointment;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'From this day (inclusive): YYYY-MM-DD, M/D/YYYY, today, -2w …')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'To this day (inclusive)')
            [CompletionResult]::new('--practitioner', '--practitioner', [CompletionResultType]::ParameterName, 'The practitioner''s NPI or id')
            [CompletionResult]::new('--patient', '--patient', [CompletionResultType]::ParameterName, 'The patient''s MRN or id')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only appointments in this state: scheduled, in-progress, completed, cancelled, no-show')
            [CompletionResult]::new('--week', '--week', [CompletionResultType]::ParameterName, 'A week (Monday to Sunday) as a grid per practitioner: this week with no value, `next`, or the week containing a DATE (in the clinic''s time zone)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row (table and CSV)')
            [CompletionResult]::new('--needs-attention', '--needs-attention', [CompletionResultType]::ParameterName, 'Only scheduled appointments kept through a change of their authorization or practitioner (--keep-affected), with why')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;appointment;show' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;appointment;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Book an appointment (or a weekly series) against an authorization')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a scheduled appointment and release its units')
            [CompletionResult]::new('no-show', 'no-show', [CompletionResultType]::ParameterValue, 'Record that the patient did not come; the units are released')
            [CompletionResult]::new('reschedule', 'reschedule', [CompletionResultType]::ParameterValue, 'Move a scheduled appointment (to another time, or another authorization such as a renewal): release and reserve again, every rule checked')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List appointments, or a week as a grid per practitioner (--week DATE)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one appointment')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omnictl;appointment;help;create' {
            break
        }
        'omnictl;appointment;help;cancel' {
            break
        }
        'omnictl;appointment;help;no-show' {
            break
        }
        'omnictl;appointment;help;reschedule' {
            break
        }
        'omnictl;appointment;help;list' {
            break
        }
        'omnictl;appointment;help;show' {
            break
        }
        'omnictl;appointment;help;help' {
            break
        }
        'omnictl;session' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start the session of a SCHEDULED appointment')
            [CompletionResult]::new('event', 'event', [CompletionResultType]::ParameterValue, 'Record and read behavioural events')
            [CompletionResult]::new('complete', 'complete', [CompletionResultType]::ParameterValue, 'Complete a session: units by the clinic''s rule move from reserved to used, the metrics are computed')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a session in progress; its reserved units are released')
            [CompletionResult]::new('note', 'note', [CompletionResultType]::ParameterValue, 'The session note: generate, edit, sign, addendum, show')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The supervisor''s summary of one session')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List sessions')
            [CompletionResult]::new('notes-unsigned', 'notes-unsigned', [CompletionResultType]::ParameterValue, 'Completed sessions whose note is not signed in time (for cron): this clinic''s, or every clinic''s for a super admin (no patient data)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omnictl;session;start' {
            [CompletionResult]::new('--appointment', '--appointment', [CompletionResultType]::ParameterName, 'The SCHEDULED appointment the session delivers: its id, or its first 8 or more characters')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When it started, "YYYY-MM-DD HH:MM" (default: now); on the appointment''s date, never in the future')
            [CompletionResult]::new('--place', '--place', [CompletionResultType]::ParameterName, 'Where the service is delivered, when not where it was booked: clinic, home, school, community, telehealth or telehealth-home. The appointment then shows the delivered place too')
            [CompletionResult]::new('--modifier', '--modifier', [CompletionResultType]::ParameterName, 'The telehealth claim''s modifier with --place telehealth(-home), 95 or GT (default: the clinic''s); an in-person place carries none')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;session;event' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record one event')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a session''s events')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Record a batch from a data-collection device: CSV (header: type, at, name, duration_seconds, intensity, target, correct, prompt_level, text) or JSON Lines (one object per line with those keys). All or nothing')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omnictl;session;event;add' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'behavior, mand, trial or note')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The behaviour''s name, e.g. tantrum')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When it happened, "YYYY-MM-DD HH:MM" (default: now)')
            [CompletionResult]::new('--duration-seconds', '--duration-seconds', [CompletionResultType]::ParameterName, 'How long the behaviour lasted, 0 to 86400 seconds')
            [CompletionResult]::new('--intensity', '--intensity', [CompletionResultType]::ParameterName, '1 (mild) to 5 (severe)')
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'A trial''s target skill')
            [CompletionResult]::new('--correct', '--correct', [CompletionResultType]::ParameterName, 'Whether a trial was answered correctly')
            [CompletionResult]::new('--prompt-level', '--prompt-level', [CompletionResultType]::ParameterName, 'independent, gestural, verbal, model, partial-physical or full-physical')
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'A note''s text (for --type note), or a remark on any event')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;session;event;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;session;event;import' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'csv or jsonl (one object per line, keys the column names); default: jsonl for a .jsonl or .ndjson file, csv otherwise')
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'insert refuses rows whose key exists; upsert updates them')
            [CompletionResult]::new('--errors', '--errors', [CompletionResultType]::ParameterName, 'Also write every error as CSV (line, column, reason) to this file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything, report, and roll back')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;session;event;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record one event')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a session''s events')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Record a batch from a data-collection device: CSV (header: type, at, name, duration_seconds, intensity, target, correct, prompt_level, text) or JSON Lines (one object per line with those keys). All or nothing')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omnictl;session;event;help;add' {
            break
        }
        'omnictl;session;event;help;list' {
            break
        }
        'omnictl;session;event;help;import' {
            break
        }
        'omnictl;session;event;help;help' {
            break
        }
        'omnictl;session;complete' {
            [CompletionResult]::new('--end', '--end', [CompletionResultType]::ParameterName, 'When it ended, "YYYY-MM-DD HH:MM" (default: now)')
            [CompletionResult]::new('--bill-units', '--bill-units', [CompletionResultType]::ParameterName, 'Bill this many units when the authorization cannot cover all that was delivered; the rest is recorded as unbilled minutes')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why the daily maximum is passed (kept with the session and audited)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--override-daily-max', '--override-daily-max', [CompletionResultType]::ParameterName, 'Bill past the code''s daily maximum (clinic ADMIN only; needs --reason)')
            [CompletionResult]::new('--as-individual', '--as-individual', [CompletionResultType]::ParameterName, 'A group member delivered without the rest of its group: bill it as the group code''s individual code (97154 → 97153, 97158 → 97155, 97157 → 97156)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;session;cancel' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why it is cancelled (kept with it)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;session;note' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Write the DRAFT note from the session, its events and metrics')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Replace the DRAFT narrative with a file''s (or - for stdin); the header is the session record''s and cannot be edited')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Sign the note as the practitioner who rendered the service (their own user), once the session is COMPLETED: it can never change afterwards. The narrative must be the clinician''s own, and the session needs recorded events (in each hour of a session over 3 hours) or --no-data-reason')
            [CompletionResult]::new('cosign', 'cosign', [CompletionResultType]::ParameterValue, 'Add a supervising BCBA''s or BCBA-D''s co-signature to a signed note')
            [CompletionResult]::new('addendum', 'addendum', [CompletionResultType]::ParameterValue, 'Append a dated addendum to a signed note')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the note and its addenda')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omnictl;session;note;generate' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;session;note;edit' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The note''s new text: a file, or - for standard input')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;session;note;sign' {
            [CompletionResult]::new('--no-data-reason', '--no-data-reason', [CompletionResultType]::ParameterName, 'Why the session has no recorded events, or none in some of its hours (printed in the signed note and kept in the audit trail)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;session;note;cosign' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;session;note;addendum' {
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'The addendum, dated and signed by you')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;session;note;show' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;session;note;help' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Write the DRAFT note from the session, its events and metrics')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Replace the DRAFT narrative with a file''s (or - for stdin); the header is the session record''s and cannot be edited')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Sign the note as the practitioner who rendered the service (their own user), once the session is COMPLETED: it can never change afterwards. The narrative must be the clinician''s own, and the session needs recorded events (in each hour of a session over 3 hours) or --no-data-reason')
            [CompletionResult]::new('cosign', 'cosign', [CompletionResultType]::ParameterValue, 'Add a supervising BCBA''s or BCBA-D''s co-signature to a signed note')
            [CompletionResult]::new('addendum', 'addendum', [CompletionResultType]::ParameterValue, 'Append a dated addendum to a signed note')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the note and its addenda')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omnictl;session;note;help;generate' {
            break
        }
        'omnictl;session;note;help;edit' {
            break
        }
        'omnictl;session;note;help;sign' {
            break
        }
        'omnictl;session;note;help;cosign' {
            break
        }
        'omnictl;session;note;help;addendum' {
            break
        }
        'omnictl;session;note;help;show' {
            break
        }
        'omnictl;session;note;help;help' {
            break
        }
        'omnictl;session;show' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;session;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed')
            [CompletionResult]::new('--patient', '--patient', [CompletionResultType]::ParameterName, 'The patient''s MRN or id')
            [CompletionResult]::new('--practitioner', '--practitioner', [CompletionResultType]::ParameterName, 'The practitioner''s NPI or id')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'From this day (inclusive): YYYY-MM-DD, M/D/YYYY, today, -2w …')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'To this day (inclusive)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'in-progress, completed or cancelled')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;session;notes-unsigned' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed')
            [CompletionResult]::new('--older-than', '--older-than', [CompletionResultType]::ParameterName, 'How long after a session ends its note must be signed: 24h, 2d, 1w')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row (table and CSV)')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'Exit 10 when anything is listed (for cron), 0 when nothing is; failures use 1–6')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;session;help' {
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start the session of a SCHEDULED appointment')
            [CompletionResult]::new('event', 'event', [CompletionResultType]::ParameterValue, 'Record and read behavioural events')
            [CompletionResult]::new('complete', 'complete', [CompletionResultType]::ParameterValue, 'Complete a session: units by the clinic''s rule move from reserved to used, the metrics are computed')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a session in progress; its reserved units are released')
            [CompletionResult]::new('note', 'note', [CompletionResultType]::ParameterValue, 'The session note: generate, edit, sign, addendum, show')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The supervisor''s summary of one session')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List sessions')
            [CompletionResult]::new('notes-unsigned', 'notes-unsigned', [CompletionResultType]::ParameterValue, 'Completed sessions whose note is not signed in time (for cron): this clinic''s, or every clinic''s for a super admin (no patient data)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omnictl;session;help;start' {
            break
        }
        'omnictl;session;help;event' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record one event')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a session''s events')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Record a batch from a data-collection device: CSV (header: type, at, name, duration_seconds, intensity, target, correct, prompt_level, text) or JSON Lines (one object per line with those keys). All or nothing')
            break
        }
        'omnictl;session;help;event;add' {
            break
        }
        'omnictl;session;help;event;list' {
            break
        }
        'omnictl;session;help;event;import' {
            break
        }
        'omnictl;session;help;complete' {
            break
        }
        'omnictl;session;help;cancel' {
            break
        }
        'omnictl;session;help;note' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Write the DRAFT note from the session, its events and metrics')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Replace the DRAFT narrative with a file''s (or - for stdin); the header is the session record''s and cannot be edited')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Sign the note as the practitioner who rendered the service (their own user), once the session is COMPLETED: it can never change afterwards. The narrative must be the clinician''s own, and the session needs recorded events (in each hour of a session over 3 hours) or --no-data-reason')
            [CompletionResult]::new('cosign', 'cosign', [CompletionResultType]::ParameterValue, 'Add a supervising BCBA''s or BCBA-D''s co-signature to a signed note')
            [CompletionResult]::new('addendum', 'addendum', [CompletionResultType]::ParameterValue, 'Append a dated addendum to a signed note')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the note and its addenda')
            break
        }
        'omnictl;session;help;note;generate' {
            break
        }
        'omnictl;session;help;note;edit' {
            break
        }
        'omnictl;session;help;note;sign' {
            break
        }
        'omnictl;session;help;note;cosign' {
            break
        }
        'omnictl;session;help;note;addendum' {
            break
        }
        'omnictl;session;help;note;show' {
            break
        }
        'omnictl;session;help;show' {
            break
        }
        'omnictl;session;help;list' {
            break
        }
        'omnictl;session;help;notes-unsigned' {
            break
        }
        'omnictl;session;help;help' {
            break
        }
        'omnictl;code' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the service codes: minutes per unit, who may render each, the daily maximum (a clinic''s own definition where it has one)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omnictl;code;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;code;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the service codes: minutes per unit, who may render each, the daily maximum (a clinic''s own definition where it has one)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omnictl;code;help;list' {
            break
        }
        'omnictl;code;help;help' {
            break
        }
        'omnictl;report' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('supervision', 'supervision', [CompletionResultType]::ParameterValue, 'Per RBT for a month: hours of direct service (97153/97154), hours supervised (a BCBA''s 97155 overlapping their session with the same patient, and contacts recorded with practitioner supervision-contact), the percentage (the BACB requires 5%), the contacts (at least 2) and whether one was observed with a client')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omnictl;report;supervision' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed')
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'The month, YYYY-MM, on the clinic''s calendar')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row (table and CSV)')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'Exit 10 when an RBT is below the requirement (for cron), 0 when none is')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;report;help' {
            [CompletionResult]::new('supervision', 'supervision', [CompletionResultType]::ParameterValue, 'Per RBT for a month: hours of direct service (97153/97154), hours supervised (a BCBA''s 97155 overlapping their session with the same patient, and contacts recorded with practitioner supervision-contact), the percentage (the BACB requires 5%), the contacts (at least 2) and whether one was observed with a client')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omnictl;report;help;supervision' {
            break
        }
        'omnictl;report;help;help' {
            break
        }
        'omnictl;whoami' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;context' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the contexts; the one in use is marked')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a context the one in use (`local`: the embedded database)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Create a context or change its parts (an empty value removes a part)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a context (the one in use falls back to `local`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omnictl;context;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;context;use' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;context;set' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The server: postgres://LOGIN@HOST:PORT/DB, without a password (keep that in ~/.pgpass or PGPASSWORD)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The operator to act as (their email)')
            [CompletionResult]::new('--clinic', '--clinic', [CompletionResultType]::ParameterName, 'The clinic to act in by default (slug or id)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--use', '--use', [CompletionResultType]::ParameterName, 'Also make it the context in use')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;context;delete' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;context;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the contexts; the one in use is marked')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a context the one in use (`local`: the embedded database)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Create a context or change its parts (an empty value removes a part)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a context (the one in use falls back to `local`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omnictl;context;help;list' {
            break
        }
        'omnictl;context;help;use' {
            break
        }
        'omnictl;context;help;set' {
            break
        }
        'omnictl;context;help;delete' {
            break
        }
        'omnictl;context;help;help' {
            break
        }
        'omnictl;audit' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'List audit rows, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one audit row in full')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Recompute the hash chains in omnictl; exit 10 naming the first broken row of any chain. With --checkpoints, also prove each chain still passes through every row a signed checkpoint vouched for')
            [CompletionResult]::new('keygen', 'keygen', [CompletionResultType]::ParameterValue, 'Write a new Ed25519 key pair for signing checkpoints: FILE (private, mode 0600) and FILE.pub. Keep the private key outside the database and its backups')
            [CompletionResult]::new('checkpoint', 'checkpoint', [CompletionResultType]::ParameterValue, 'Sign the head of every chain (super admin) and append it as one line of JSON to --out (or print it): keep that file where the database''s administrators cannot rewrite it. Recorded in the trail too')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write audit rows, oldest first, as JSON Lines for a compliance reviewer')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omnictl;audit;log' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Rows of actions by this operator (email). (--operator is who you are.)')
            [CompletionResult]::new('--action', '--action', [CompletionResultType]::ParameterName, 'An action (patient.read), or every action of a group with a trailing dot (patient.)')
            [CompletionResult]::new('--entity', '--entity', [CompletionResultType]::ParameterName, 'Rows about one entity, as TYPE:ID (organization:3f2c…, user:…)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Rows at or after this time: a date (from its midnight on the clinic''s clock, UTC''s for the platform) or an RFC 3339 time such as 2026-11-01T09:00:00Z')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Rows before this time (same forms as --since)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;audit;show' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;audit;verify' {
            [CompletionResult]::new('--checkpoints', '--checkpoints', [CompletionResultType]::ParameterName, 'A file of checkpoints (one JSON line each, from omnictl audit checkpoint)')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'The public key the checkpoints were signed with (from omnictl audit keygen)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;audit;keygen' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Where to write the private key; the public key goes to FILE.pub. Never overwritten')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;audit;checkpoint' {
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'The private key (from omnictl audit keygen)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Append the checkpoint to this file instead of printing it')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;audit;export' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Rows at or after this time: a date (from its midnight on the clinic''s clock, UTC''s for the platform) or an RFC 3339 time such as 2026-11-01T09:00:00Z')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Rows before this time (same forms as --since)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'jsonl: one JSON object per line')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;audit;help' {
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'List audit rows, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one audit row in full')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Recompute the hash chains in omnictl; exit 10 naming the first broken row of any chain. With --checkpoints, also prove each chain still passes through every row a signed checkpoint vouched for')
            [CompletionResult]::new('keygen', 'keygen', [CompletionResultType]::ParameterValue, 'Write a new Ed25519 key pair for signing checkpoints: FILE (private, mode 0600) and FILE.pub. Keep the private key outside the database and its backups')
            [CompletionResult]::new('checkpoint', 'checkpoint', [CompletionResultType]::ParameterValue, 'Sign the head of every chain (super admin) and append it as one line of JSON to --out (or print it): keep that file where the database''s administrators cannot rewrite it. Recorded in the trail too')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write audit rows, oldest first, as JSON Lines for a compliance reviewer')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omnictl;audit;help;log' {
            break
        }
        'omnictl;audit;help;show' {
            break
        }
        'omnictl;audit;help;verify' {
            break
        }
        'omnictl;audit;help;keygen' {
            break
        }
        'omnictl;audit;help;checkpoint' {
            break
        }
        'omnictl;audit;help;export' {
            break
        }
        'omnictl;audit;help;help' {
            break
        }
        'omnictl;access' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('break-glass', 'break-glass', [CompletionResultType]::ParameterValue, 'Grant yourself (a super admin) time-boxed access to one organization''s patient data, with a reason. Audited in that organization''s trail')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List break-glass grants, active and past (one organization''s with --org)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omnictl;access;break-glass' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why access is needed, in words (recorded; 5 to 2000 characters, at least 3 letters)')
            [CompletionResult]::new('--minutes', '--minutes', [CompletionResultType]::ParameterName, 'How long the grant lasts, 1 to 1440 minutes')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;access;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;access;help' {
            [CompletionResult]::new('break-glass', 'break-glass', [CompletionResultType]::ParameterValue, 'Grant yourself (a super admin) time-boxed access to one organization''s patient data, with a reason. Audited in that organization''s trail')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List break-glass grants, active and past (one organization''s with --org)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omnictl;access;help;break-glass' {
            break
        }
        'omnictl;access;help;list' {
            break
        }
        'omnictl;access;help;help' {
            break
        }
        'omnictl;db' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start the local database, creating and migrating it on first use')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop the local database server')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Say where the local database lives and whether it runs')
            [CompletionResult]::new('url', 'url', [CompletionResultType]::ParameterValue, 'Print a connection URL for the local database (starting it), e.g. for `psql "$(omnictl db url)"`')
            [CompletionResult]::new('destroy', 'destroy', [CompletionResultType]::ParameterValue, 'Stop the local database and delete all of its data')
            [CompletionResult]::new('pooler-login', 'pooler-login', [CompletionResultType]::ParameterValue, 'Make this database''s pooler login for pgbouncer''s auth_query (or give it a new password): it may connect here and call omnictl_pooler_lookup, nothing else. The schema''s owner runs it (CREATEROLE is enough, no superuser)')
            [CompletionResult]::new('dump', 'dump', [CompletionResultType]::ParameterValue, 'Back up the database (the local one, or --database-url''s) as its owner: every row of every table, checked against a count in the same snapshot, to FILE (pg_dump''s custom format) and FILE.manifest.json (the counts and the operators'' logins). A dump whose rows differ from the counts is removed and the command fails')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Restore a dump into a new, empty database as its owner (--database-url): the database gets logins of its own (their passwords are set again with `user set-password`), its definers'' owners and who may connect; then the rows are counted against the manifest, the audit trail verified and the authorizations'' counters checked')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omnictl;db;start' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;db;stop' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;db;status' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;db;url' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;db;destroy' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;db;pooler-login' {
            [CompletionResult]::new('--login', '--login', [CompletionResultType]::ParameterName, 'The login''s name; omnictl_pooler_ and this database''s oid when omitted')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read its password from the first line of standard input, instead of asking on the terminal (only its SCRAM verifier reaches the server; pgbouncer''s auth_file gets the password itself)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;db;dump' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;db;restore' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;db;help' {
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start the local database, creating and migrating it on first use')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop the local database server')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Say where the local database lives and whether it runs')
            [CompletionResult]::new('url', 'url', [CompletionResultType]::ParameterValue, 'Print a connection URL for the local database (starting it), e.g. for `psql "$(omnictl db url)"`')
            [CompletionResult]::new('destroy', 'destroy', [CompletionResultType]::ParameterValue, 'Stop the local database and delete all of its data')
            [CompletionResult]::new('pooler-login', 'pooler-login', [CompletionResultType]::ParameterValue, 'Make this database''s pooler login for pgbouncer''s auth_query (or give it a new password): it may connect here and call omnictl_pooler_lookup, nothing else. The schema''s owner runs it (CREATEROLE is enough, no superuser)')
            [CompletionResult]::new('dump', 'dump', [CompletionResultType]::ParameterValue, 'Back up the database (the local one, or --database-url''s) as its owner: every row of every table, checked against a count in the same snapshot, to FILE (pg_dump''s custom format) and FILE.manifest.json (the counts and the operators'' logins). A dump whose rows differ from the counts is removed and the command fails')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Restore a dump into a new, empty database as its owner (--database-url): the database gets logins of its own (their passwords are set again with `user set-password`), its definers'' owners and who may connect; then the rows are counted against the manifest, the audit trail verified and the authorizations'' counters checked')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omnictl;db;help;start' {
            break
        }
        'omnictl;db;help;stop' {
            break
        }
        'omnictl;db;help;status' {
            break
        }
        'omnictl;db;help;url' {
            break
        }
        'omnictl;db;help;destroy' {
            break
        }
        'omnictl;db;help;pooler-login' {
            break
        }
        'omnictl;db;help;dump' {
            break
        }
        'omnictl;db;help;restore' {
            break
        }
        'omnictl;db;help;help' {
            break
        }
        'omnictl;doctor' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;migrate' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Apply every pending migration (safe to repeat, safe to run concurrently)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'List the migrations: applied (with when), pending, or in conflict with this omnictl')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omnictl;migrate;run' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;migrate;status' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;migrate;help' {
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Apply every pending migration (safe to repeat, safe to run concurrently)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'List the migrations: applied (with when), pending, or in conflict with this omnictl')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omnictl;migrate;help;run' {
            break
        }
        'omnictl;migrate;help;status' {
            break
        }
        'omnictl;migrate;help;help' {
            break
        }
        'omnictl;cluster' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('distribute', 'distribute', [CompletionResultType]::ParameterValue, 'Distribute the schema: reference tables (organizations, users, logins, service codes), the clinics'' tables by organization_id in one colocation group (safe to repeat; checked against citus_tables at the end)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the cluster''s nodes and each table''s distribution')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omnictl;cluster;distribute' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;cluster;status' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order by a column (its name as the header or the JSON key shows it), FIELD:desc reversed')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;cluster;help' {
            [CompletionResult]::new('distribute', 'distribute', [CompletionResultType]::ParameterValue, 'Distribute the schema: reference tables (organizations, users, logins, service codes), the clinics'' tables by organization_id in one colocation group (safe to repeat; checked against citus_tables at the end)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the cluster''s nodes and each table''s distribution')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omnictl;cluster;help;distribute' {
            break
        }
        'omnictl;cluster;help;status' {
            break
        }
        'omnictl;cluster;help;help' {
            break
        }
        'omnictl;seed' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Create synthetic demo clinics for load and performance work (super admin): clinics demo-001, demo-002, … each with a practitioner of every credential and patients with a primary policy and a 97153 authorization (some ending within 30 days, some nearly used up), loaded through the import pipeline. The same --seed gives the same people; clinics that exist already are left alone')
            [CompletionResult]::new('service-codes', 'service-codes', [CompletionResultType]::ParameterValue, 'Load the platform''s ABA service codes (97151–97158, 0362T, 0373T) with their credentials, categories and daily maxima. Repeating it changes nothing')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omnictl;seed;demo' {
            [CompletionResult]::new('--orgs', '--orgs', [CompletionResultType]::ParameterName, 'How many clinics')
            [CompletionResult]::new('--patients-per-org', '--patients-per-org', [CompletionResultType]::ParameterName, 'Patients per clinic')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'The generator''s seed')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;seed;service-codes' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;seed;help' {
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Create synthetic demo clinics for load and performance work (super admin): clinics demo-001, demo-002, … each with a practitioner of every credential and patients with a primary policy and a 97153 authorization (some ending within 30 days, some nearly used up), loaded through the import pipeline. The same --seed gives the same people; clinics that exist already are left alone')
            [CompletionResult]::new('service-codes', 'service-codes', [CompletionResultType]::ParameterValue, 'Load the platform''s ABA service codes (97151–97158, 0362T, 0373T) with their credentials, categories and daily maxima. Repeating it changes nothing')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omnictl;seed;help;demo' {
            break
        }
        'omnictl;seed;help;service-codes' {
            break
        }
        'omnictl;seed;help;help' {
            break
        }
        'omnictl;completions' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://LOGIN@HOST:PORT/DB; add pgbouncer=true behind a transaction pooler). Without it, PGSERVICE names a connection service')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as. On the local database, whose login to connect as; on a server the login in the URL decides, and this must name that same user')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The named context to use (see `omnictl context`): its server, operator and clinic fill what no flag or environment variable gives')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Lists: at most N rows (default: a page of 50 on a terminal, every row into a pipe)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Lists: order by a column (its name as the header shows it), FIELD:desc reversed')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Lists: every row, even on a terminal')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Lists: no header row (table and CSV)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: -v also traces each SQL statement (its name and duration), -vv its text; never a value. RUST_LOG, when set, takes over')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;help' {
            [CompletionResult]::new('quickstart', 'quickstart', [CompletionResultType]::ParameterValue, 'Set up everything a newcomer needs on the local database, and say what to try next')
            [CompletionResult]::new('org', 'org', [CompletionResultType]::ParameterValue, 'Organizations (clinics): create, list, show, update, suspend, activate')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Users who operate omnictl, and bootstrapping the first super admin')
            [CompletionResult]::new('practitioner', 'practitioner', [CompletionResultType]::ParameterValue, 'Practitioners of an organization: credentials, NPI, license')
            [CompletionResult]::new('patient', 'patient', [CompletionResultType]::ParameterValue, 'Patients of an organization (reads are audited as PHI access)')
            [CompletionResult]::new('insurance', 'insurance', [CompletionResultType]::ParameterValue, 'Patients'' insurance policies (reads are audited as PHI access)')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Payer authorizations: units, ledger, status sweep, cron reports')
            [CompletionResult]::new('appointment', 'appointment', [CompletionResultType]::ParameterValue, 'Appointments booked against authorizations')
            [CompletionResult]::new('session', 'session', [CompletionResultType]::ParameterValue, 'Clinical sessions: start, events, completion that consumes units, signed notes')
            [CompletionResult]::new('code', 'code', [CompletionResultType]::ParameterValue, 'The service codes there are to book: units, credentials, daily maxima')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Monthly reports: supervision of RBTs')
            [CompletionResult]::new('whoami', 'whoami', [CompletionResultType]::ParameterValue, 'Who you are here: operator, role, clinic, database, how the database knows you')
            [CompletionResult]::new('context', 'context', [CompletionResultType]::ParameterValue, 'Named contexts: a server, an operator and a clinic to use together')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Examine, verify and export the audit trail')
            [CompletionResult]::new('access', 'access', [CompletionResultType]::ParameterValue, 'Break-the-glass access of a super admin to a clinic''s patient data')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'Manage the local database (start, stop, status, url, destroy)')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check what the server is set up to do for omnictl (the schema, reads audited by pgAudit) and say what a superuser must do where it is not; exit 10 when a check fails')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Apply or inspect the schema migrations embedded in omnictl')
            [CompletionResult]::new('cluster', 'cluster', [CompletionResultType]::ParameterValue, 'Distribute the schema over a Citus cluster, and show how it is distributed')
            [CompletionResult]::new('seed', 'seed', [CompletionResultType]::ParameterValue, 'Load reference data shipped with omnictl')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omnictl;help;quickstart' {
            break
        }
        'omnictl;help;org' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an organization (super admin). Prompts for missing values on a terminal')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List organizations: all of them for a super admin, your own otherwise')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an organization with its counts of patients, practitioners, active authorizations and users')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an organization''s name, type, time zone or units rule (its ADMIN or a super admin); the tier only a super admin')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend an organization (super admin): its users are refused until it is activated')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Activate a suspended, inactive or trial organization (super admin)')
            break
        }
        'omnictl;help;org;create' {
            break
        }
        'omnictl;help;org;list' {
            break
        }
        'omnictl;help;org;show' {
            break
        }
        'omnictl;help;org;update' {
            break
        }
        'omnictl;help;org;suspend' {
            break
        }
        'omnictl;help;org;activate' {
            break
        }
        'omnictl;help;user' {
            [CompletionResult]::new('bootstrap', 'bootstrap', [CompletionResultType]::ParameterValue, 'Create the first super admin. Needs no operator; refuses once any super admin exists')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a user of an organization (its ADMIN, or a super admin with --org), or a super admin (--super-admin, super admins only)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users: every user for a super admin (one organization''s with --org), your organization''s for its ADMIN')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one user')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a user''s name, email or role')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate a user: their database login can no longer connect, and its open connections are ended. Records are kept')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Reactivate a deactivated user: their login may connect again')
            [CompletionResult]::new('set-password', 'set-password', [CompletionResultType]::ParameterValue, 'Set the password of a user''s database login: your own, a user of your clinic (its ADMIN), anyone''s (a super admin). Asked twice on a terminal, or read from stdin')
            [CompletionResult]::new('whoami', 'whoami', [CompletionResultType]::ParameterValue, 'Who you are connected as: the operator, their database login and where they act')
            break
        }
        'omnictl;help;user;bootstrap' {
            break
        }
        'omnictl;help;user;create' {
            break
        }
        'omnictl;help;user;list' {
            break
        }
        'omnictl;help;user;show' {
            break
        }
        'omnictl;help;user;update' {
            break
        }
        'omnictl;help;user;deactivate' {
            break
        }
        'omnictl;help;user;activate' {
            break
        }
        'omnictl;help;user;set-password' {
            break
        }
        'omnictl;help;user;whoami' {
            break
        }
        'omnictl;help;practitioner' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a practitioner to the organization')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the organization''s practitioners')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one practitioner (by NPI or id)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a practitioner''s details; --credential replaces the whole list')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate a practitioner: no new appointments. Records are kept')
            [CompletionResult]::new('supervision-contact', 'supervision-contact', [CompletionResultType]::ParameterValue, 'Record a supervision contact of an RBT by a BCBA, BCBA-D or BCaBA besides a 97155 session (counted by report supervision)')
            break
        }
        'omnictl;help;practitioner;create' {
            break
        }
        'omnictl;help;practitioner;list' {
            break
        }
        'omnictl;help;practitioner;show' {
            break
        }
        'omnictl;help;practitioner;update' {
            break
        }
        'omnictl;help;practitioner;deactivate' {
            break
        }
        'omnictl;help;practitioner;supervision-contact' {
            break
        }
        'omnictl;help;patient' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a patient')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List patients (archived ones hidden unless asked for)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one patient by MRN or id')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a patient''s fields (an empty value clears an optional field)')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Archive a patient: hidden from lists, kept forever. Refused while the patient has bookings or a session in progress, unless told what to do with them')
            [CompletionResult]::new('unarchive', 'unarchive', [CompletionResultType]::ParameterValue, 'Bring an archived patient back')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import patients from CSV (FILE, or - for stdin): all rows land or none')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export patients as CSV in the import''s columns, to stdout')
            break
        }
        'omnictl;help;patient;create' {
            break
        }
        'omnictl;help;patient;list' {
            break
        }
        'omnictl;help;patient;show' {
            break
        }
        'omnictl;help;patient;update' {
            break
        }
        'omnictl;help;patient;archive' {
            break
        }
        'omnictl;help;patient;unarchive' {
            break
        }
        'omnictl;help;patient;import' {
            break
        }
        'omnictl;help;patient;export' {
            break
        }
        'omnictl;help;insurance' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a policy to a patient')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a patient''s policies')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a policy''s fields (an empty value clears an optional field)')
            [CompletionResult]::new('end', 'end', [CompletionResultType]::ParameterValue, 'End a policy''s coverage on a date (today by default); it is kept, and inactive once the date has passed')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete a policy entered by mistake (refused when authorizations refer to it)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import policies from CSV (FILE, or - for stdin): all rows land or none')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export every policy as CSV in the import''s columns, to stdout')
            break
        }
        'omnictl;help;insurance;add' {
            break
        }
        'omnictl;help;insurance;list' {
            break
        }
        'omnictl;help;insurance;update' {
            break
        }
        'omnictl;help;insurance;end' {
            break
        }
        'omnictl;help;insurance;remove' {
            break
        }
        'omnictl;help;insurance;import' {
            break
        }
        'omnictl;help;insurance;export' {
            break
        }
        'omnictl;help;auth' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Record a payer''s authorization for a patient and a service code')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List authorizations')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one authorization by id or number: its units as a bar and its ledger')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an authorization (number, units, dates, status pending/active, notes)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel an authorization that has no scheduled units')
            [CompletionResult]::new('sweep', 'sweep', [CompletionResultType]::ParameterValue, 'Bring statuses up to date: ACTIVE ones past their end become EXPIRED, those with every unit used EXHAUSTED. Idempotent and audited; safe from cron. A super admin without --org sweeps every clinic')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check that every authorization''s counters equal its rows: scheduled units the units of its live appointments and its ledger, used units its ledger. Lists each one that differs and then exits 10; prints nothing on stdout and exits 0 when all agree. The database refuses any change that would make them differ; this finds what went around it. A super admin without --org checks every clinic')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import authorizations from CSV (FILE, or - for stdin): all rows land or none')
            [CompletionResult]::new('expiring', 'expiring', [CompletionResultType]::ParameterValue, 'ACTIVE authorizations ending within a window (cron report)')
            [CompletionResult]::new('low', 'low', [CompletionResultType]::ParameterValue, 'ACTIVE authorizations whose (used + scheduled) / total reaches a threshold (cron report)')
            break
        }
        'omnictl;help;auth;create' {
            break
        }
        'omnictl;help;auth;list' {
            break
        }
        'omnictl;help;auth;show' {
            break
        }
        'omnictl;help;auth;update' {
            break
        }
        'omnictl;help;auth;cancel' {
            break
        }
        'omnictl;help;auth;sweep' {
            break
        }
        'omnictl;help;auth;check' {
            break
        }
        'omnictl;help;auth;import' {
            break
        }
        'omnictl;help;auth;expiring' {
            break
        }
        'omnictl;help;auth;low' {
            break
        }
        'omnictl;help;appointment' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Book an appointment (or a weekly series) against an authorization')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a scheduled appointment and release its units')
            [CompletionResult]::new('no-show', 'no-show', [CompletionResultType]::ParameterValue, 'Record that the patient did not come; the units are released')
            [CompletionResult]::new('reschedule', 'reschedule', [CompletionResultType]::ParameterValue, 'Move a scheduled appointment (to another time, or another authorization such as a renewal): release and reserve again, every rule checked')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List appointments, or a week as a grid per practitioner (--week DATE)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one appointment')
            break
        }
        'omnictl;help;appointment;create' {
            break
        }
        'omnictl;help;appointment;cancel' {
            break
        }
        'omnictl;help;appointment;no-show' {
            break
        }
        'omnictl;help;appointment;reschedule' {
            break
        }
        'omnictl;help;appointment;list' {
            break
        }
        'omnictl;help;appointment;show' {
            break
        }
        'omnictl;help;session' {
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start the session of a SCHEDULED appointment')
            [CompletionResult]::new('event', 'event', [CompletionResultType]::ParameterValue, 'Record and read behavioural events')
            [CompletionResult]::new('complete', 'complete', [CompletionResultType]::ParameterValue, 'Complete a session: units by the clinic''s rule move from reserved to used, the metrics are computed')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a session in progress; its reserved units are released')
            [CompletionResult]::new('note', 'note', [CompletionResultType]::ParameterValue, 'The session note: generate, edit, sign, addendum, show')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The supervisor''s summary of one session')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List sessions')
            [CompletionResult]::new('notes-unsigned', 'notes-unsigned', [CompletionResultType]::ParameterValue, 'Completed sessions whose note is not signed in time (for cron): this clinic''s, or every clinic''s for a super admin (no patient data)')
            break
        }
        'omnictl;help;session;start' {
            break
        }
        'omnictl;help;session;event' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record one event')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a session''s events')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Record a batch from a data-collection device: CSV (header: type, at, name, duration_seconds, intensity, target, correct, prompt_level, text) or JSON Lines (one object per line with those keys). All or nothing')
            break
        }
        'omnictl;help;session;event;add' {
            break
        }
        'omnictl;help;session;event;list' {
            break
        }
        'omnictl;help;session;event;import' {
            break
        }
        'omnictl;help;session;complete' {
            break
        }
        'omnictl;help;session;cancel' {
            break
        }
        'omnictl;help;session;note' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Write the DRAFT note from the session, its events and metrics')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Replace the DRAFT narrative with a file''s (or - for stdin); the header is the session record''s and cannot be edited')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Sign the note as the practitioner who rendered the service (their own user), once the session is COMPLETED: it can never change afterwards. The narrative must be the clinician''s own, and the session needs recorded events (in each hour of a session over 3 hours) or --no-data-reason')
            [CompletionResult]::new('cosign', 'cosign', [CompletionResultType]::ParameterValue, 'Add a supervising BCBA''s or BCBA-D''s co-signature to a signed note')
            [CompletionResult]::new('addendum', 'addendum', [CompletionResultType]::ParameterValue, 'Append a dated addendum to a signed note')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the note and its addenda')
            break
        }
        'omnictl;help;session;note;generate' {
            break
        }
        'omnictl;help;session;note;edit' {
            break
        }
        'omnictl;help;session;note;sign' {
            break
        }
        'omnictl;help;session;note;cosign' {
            break
        }
        'omnictl;help;session;note;addendum' {
            break
        }
        'omnictl;help;session;note;show' {
            break
        }
        'omnictl;help;session;show' {
            break
        }
        'omnictl;help;session;list' {
            break
        }
        'omnictl;help;session;notes-unsigned' {
            break
        }
        'omnictl;help;code' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the service codes: minutes per unit, who may render each, the daily maximum (a clinic''s own definition where it has one)')
            break
        }
        'omnictl;help;code;list' {
            break
        }
        'omnictl;help;report' {
            [CompletionResult]::new('supervision', 'supervision', [CompletionResultType]::ParameterValue, 'Per RBT for a month: hours of direct service (97153/97154), hours supervised (a BCBA''s 97155 overlapping their session with the same patient, and contacts recorded with practitioner supervision-contact), the percentage (the BACB requires 5%), the contacts (at least 2) and whether one was observed with a client')
            break
        }
        'omnictl;help;report;supervision' {
            break
        }
        'omnictl;help;whoami' {
            break
        }
        'omnictl;help;context' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the contexts; the one in use is marked')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a context the one in use (`local`: the embedded database)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Create a context or change its parts (an empty value removes a part)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a context (the one in use falls back to `local`)')
            break
        }
        'omnictl;help;context;list' {
            break
        }
        'omnictl;help;context;use' {
            break
        }
        'omnictl;help;context;set' {
            break
        }
        'omnictl;help;context;delete' {
            break
        }
        'omnictl;help;audit' {
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'List audit rows, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one audit row in full')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Recompute the hash chains in omnictl; exit 10 naming the first broken row of any chain. With --checkpoints, also prove each chain still passes through every row a signed checkpoint vouched for')
            [CompletionResult]::new('keygen', 'keygen', [CompletionResultType]::ParameterValue, 'Write a new Ed25519 key pair for signing checkpoints: FILE (private, mode 0600) and FILE.pub. Keep the private key outside the database and its backups')
            [CompletionResult]::new('checkpoint', 'checkpoint', [CompletionResultType]::ParameterValue, 'Sign the head of every chain (super admin) and append it as one line of JSON to --out (or print it): keep that file where the database''s administrators cannot rewrite it. Recorded in the trail too')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write audit rows, oldest first, as JSON Lines for a compliance reviewer')
            break
        }
        'omnictl;help;audit;log' {
            break
        }
        'omnictl;help;audit;show' {
            break
        }
        'omnictl;help;audit;verify' {
            break
        }
        'omnictl;help;audit;keygen' {
            break
        }
        'omnictl;help;audit;checkpoint' {
            break
        }
        'omnictl;help;audit;export' {
            break
        }
        'omnictl;help;access' {
            [CompletionResult]::new('break-glass', 'break-glass', [CompletionResultType]::ParameterValue, 'Grant yourself (a super admin) time-boxed access to one organization''s patient data, with a reason. Audited in that organization''s trail')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List break-glass grants, active and past (one organization''s with --org)')
            break
        }
        'omnictl;help;access;break-glass' {
            break
        }
        'omnictl;help;access;list' {
            break
        }
        'omnictl;help;db' {
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start the local database, creating and migrating it on first use')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop the local database server')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Say where the local database lives and whether it runs')
            [CompletionResult]::new('url', 'url', [CompletionResultType]::ParameterValue, 'Print a connection URL for the local database (starting it), e.g. for `psql "$(omnictl db url)"`')
            [CompletionResult]::new('destroy', 'destroy', [CompletionResultType]::ParameterValue, 'Stop the local database and delete all of its data')
            [CompletionResult]::new('pooler-login', 'pooler-login', [CompletionResultType]::ParameterValue, 'Make this database''s pooler login for pgbouncer''s auth_query (or give it a new password): it may connect here and call omnictl_pooler_lookup, nothing else. The schema''s owner runs it (CREATEROLE is enough, no superuser)')
            [CompletionResult]::new('dump', 'dump', [CompletionResultType]::ParameterValue, 'Back up the database (the local one, or --database-url''s) as its owner: every row of every table, checked against a count in the same snapshot, to FILE (pg_dump''s custom format) and FILE.manifest.json (the counts and the operators'' logins). A dump whose rows differ from the counts is removed and the command fails')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Restore a dump into a new, empty database as its owner (--database-url): the database gets logins of its own (their passwords are set again with `user set-password`), its definers'' owners and who may connect; then the rows are counted against the manifest, the audit trail verified and the authorizations'' counters checked')
            break
        }
        'omnictl;help;db;start' {
            break
        }
        'omnictl;help;db;stop' {
            break
        }
        'omnictl;help;db;status' {
            break
        }
        'omnictl;help;db;url' {
            break
        }
        'omnictl;help;db;destroy' {
            break
        }
        'omnictl;help;db;pooler-login' {
            break
        }
        'omnictl;help;db;dump' {
            break
        }
        'omnictl;help;db;restore' {
            break
        }
        'omnictl;help;doctor' {
            break
        }
        'omnictl;help;migrate' {
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Apply every pending migration (safe to repeat, safe to run concurrently)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'List the migrations: applied (with when), pending, or in conflict with this omnictl')
            break
        }
        'omnictl;help;migrate;run' {
            break
        }
        'omnictl;help;migrate;status' {
            break
        }
        'omnictl;help;cluster' {
            [CompletionResult]::new('distribute', 'distribute', [CompletionResultType]::ParameterValue, 'Distribute the schema: reference tables (organizations, users, logins, service codes), the clinics'' tables by organization_id in one colocation group (safe to repeat; checked against citus_tables at the end)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the cluster''s nodes and each table''s distribution')
            break
        }
        'omnictl;help;cluster;distribute' {
            break
        }
        'omnictl;help;cluster;status' {
            break
        }
        'omnictl;help;seed' {
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Create synthetic demo clinics for load and performance work (super admin): clinics demo-001, demo-002, … each with a practitioner of every credential and patients with a primary policy and a 97153 authorization (some ending within 30 days, some nearly used up), loaded through the import pipeline. The same --seed gives the same people; clinics that exist already are left alone')
            [CompletionResult]::new('service-codes', 'service-codes', [CompletionResultType]::ParameterValue, 'Load the platform''s ABA service codes (97151–97158, 0362T, 0373T) with their credentials, categories and daily maxima. Repeating it changes nothing')
            break
        }
        'omnictl;help;seed;demo' {
            break
        }
        'omnictl;help;seed;service-codes' {
            break
        }
        'omnictl;help;completions' {
            break
        }
        'omnictl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
