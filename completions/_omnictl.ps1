
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
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://USER:PASSWORD@HOST:PORT/DB)')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as; every change and every read of patient data is audited under this identity')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('quickstart', 'quickstart', [CompletionResultType]::ParameterValue, 'Set up everything a newcomer needs on the local database, and say what to try next')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'Manage the local database (start, stop, status, url, destroy)')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Apply or inspect the schema migrations embedded in omnictl')
            [CompletionResult]::new('seed', 'seed', [CompletionResultType]::ParameterValue, 'Load reference data shipped with omnictl')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omnictl;quickstart' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://USER:PASSWORD@HOST:PORT/DB)')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as; every change and every read of patient data is audited under this identity')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;db' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://USER:PASSWORD@HOST:PORT/DB)')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as; every change and every read of patient data is audited under this identity')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start the local database, creating and migrating it on first use')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop the local database server')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Say where the local database lives and whether it runs')
            [CompletionResult]::new('url', 'url', [CompletionResultType]::ParameterValue, 'Print a connection URL for the local database (starting it), e.g. for `psql "$(omnictl db url)"`')
            [CompletionResult]::new('destroy', 'destroy', [CompletionResultType]::ParameterValue, 'Stop the local database and delete all of its data')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omnictl;db;start' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://USER:PASSWORD@HOST:PORT/DB)')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as; every change and every read of patient data is audited under this identity')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;db;stop' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://USER:PASSWORD@HOST:PORT/DB)')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as; every change and every read of patient data is audited under this identity')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;db;status' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://USER:PASSWORD@HOST:PORT/DB)')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as; every change and every read of patient data is audited under this identity')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;db;url' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://USER:PASSWORD@HOST:PORT/DB)')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as; every change and every read of patient data is audited under this identity')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;db;destroy' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://USER:PASSWORD@HOST:PORT/DB)')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as; every change and every read of patient data is audited under this identity')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is being done')
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
        'omnictl;db;help;help' {
            break
        }
        'omnictl;migrate' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://USER:PASSWORD@HOST:PORT/DB)')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as; every change and every read of patient data is audited under this identity')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is being done')
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
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://USER:PASSWORD@HOST:PORT/DB)')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as; every change and every read of patient data is audited under this identity')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;migrate;status' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://USER:PASSWORD@HOST:PORT/DB)')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as; every change and every read of patient data is audited under this identity')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is being done')
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
        'omnictl;seed' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://USER:PASSWORD@HOST:PORT/DB)')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as; every change and every read of patient data is audited under this identity')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('service-codes', 'service-codes', [CompletionResultType]::ParameterValue, 'Load the platform''s ABA service codes (97151–97158, 0362T, 0373T) with their credentials, categories and daily maxima. Repeating it changes nothing')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omnictl;seed;service-codes' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://USER:PASSWORD@HOST:PORT/DB)')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as; every change and every read of patient data is audited under this identity')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;seed;help' {
            [CompletionResult]::new('service-codes', 'service-codes', [CompletionResultType]::ParameterValue, 'Load the platform''s ABA service codes (97151–97158, 0362T, 0373T) with their credentials, categories and daily maxima. Repeating it changes nothing')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omnictl;seed;help;service-codes' {
            break
        }
        'omnictl;seed;help;help' {
            break
        }
        'omnictl;completions' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL server to use instead of the local database (postgres://USER:PASSWORD@HOST:PORT/DB)')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'The user you act as; every change and every read of patient data is audited under this identity')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization to act in, by slug or id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results on stdout')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for them without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'omnictl;help' {
            [CompletionResult]::new('quickstart', 'quickstart', [CompletionResultType]::ParameterValue, 'Set up everything a newcomer needs on the local database, and say what to try next')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'Manage the local database (start, stop, status, url, destroy)')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Apply or inspect the schema migrations embedded in omnictl')
            [CompletionResult]::new('seed', 'seed', [CompletionResultType]::ParameterValue, 'Load reference data shipped with omnictl')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omnictl;help;quickstart' {
            break
        }
        'omnictl;help;db' {
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start the local database, creating and migrating it on first use')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop the local database server')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Say where the local database lives and whether it runs')
            [CompletionResult]::new('url', 'url', [CompletionResultType]::ParameterValue, 'Print a connection URL for the local database (starting it), e.g. for `psql "$(omnictl db url)"`')
            [CompletionResult]::new('destroy', 'destroy', [CompletionResultType]::ParameterValue, 'Stop the local database and delete all of its data')
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
        'omnictl;help;seed' {
            [CompletionResult]::new('service-codes', 'service-codes', [CompletionResultType]::ParameterValue, 'Load the platform''s ABA service codes (97151–97158, 0362T, 0373T) with their credentials, categories and daily maxima. Repeating it changes nothing')
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
