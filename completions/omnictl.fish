# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_omnictl_global_optspecs
    string join \n database-url= operator= org= o/output= y/yes q/quiet v/verbose h/help V/version
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

complete -c omnictl -n "__fish_omnictl_needs_command" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://USER:PASSWORD@HOST:PORT/DB)' -r
complete -c omnictl -n "__fish_omnictl_needs_command" -l operator -d 'The user you act as; every change and every read of patient data is audited under this identity' -r
complete -c omnictl -n "__fish_omnictl_needs_command" -l org -d 'The organization to act in, by slug or id' -r
complete -c omnictl -n "__fish_omnictl_needs_command" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'"
complete -c omnictl -n "__fish_omnictl_needs_command" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_needs_command" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_needs_command" -s v -l verbose -d 'Say more about what is being done'
complete -c omnictl -n "__fish_omnictl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_needs_command" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_needs_command" -f -a "quickstart" -d 'Set up everything a newcomer needs on the local database, and say what to try next'
complete -c omnictl -n "__fish_omnictl_needs_command" -f -a "db" -d 'Manage the local database (start, stop, status, url, destroy)'
complete -c omnictl -n "__fish_omnictl_needs_command" -f -a "migrate" -d 'Apply or inspect the schema migrations embedded in omnictl'
complete -c omnictl -n "__fish_omnictl_needs_command" -f -a "seed" -d 'Load reference data shipped with omnictl'
complete -c omnictl -n "__fish_omnictl_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c omnictl -n "__fish_omnictl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omnictl -n "__fish_omnictl_using_subcommand quickstart" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://USER:PASSWORD@HOST:PORT/DB)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand quickstart" -l operator -d 'The user you act as; every change and every read of patient data is audited under this identity' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand quickstart" -l org -d 'The organization to act in, by slug or id' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand quickstart" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'"
complete -c omnictl -n "__fish_omnictl_using_subcommand quickstart" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand quickstart" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand quickstart" -s v -l verbose -d 'Say more about what is being done'
complete -c omnictl -n "__fish_omnictl_using_subcommand quickstart" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand quickstart" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and not __fish_seen_subcommand_from start stop status url destroy help" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://USER:PASSWORD@HOST:PORT/DB)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and not __fish_seen_subcommand_from start stop status url destroy help" -l operator -d 'The user you act as; every change and every read of patient data is audited under this identity' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and not __fish_seen_subcommand_from start stop status url destroy help" -l org -d 'The organization to act in, by slug or id' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and not __fish_seen_subcommand_from start stop status url destroy help" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'"
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and not __fish_seen_subcommand_from start stop status url destroy help" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and not __fish_seen_subcommand_from start stop status url destroy help" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and not __fish_seen_subcommand_from start stop status url destroy help" -s v -l verbose -d 'Say more about what is being done'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and not __fish_seen_subcommand_from start stop status url destroy help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and not __fish_seen_subcommand_from start stop status url destroy help" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and not __fish_seen_subcommand_from start stop status url destroy help" -f -a "start" -d 'Start the local database, creating and migrating it on first use'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and not __fish_seen_subcommand_from start stop status url destroy help" -f -a "stop" -d 'Stop the local database server'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and not __fish_seen_subcommand_from start stop status url destroy help" -f -a "status" -d 'Say where the local database lives and whether it runs'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and not __fish_seen_subcommand_from start stop status url destroy help" -f -a "url" -d 'Print a connection URL for the local database (starting it), e.g. for `psql "$(omnictl db url)"`'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and not __fish_seen_subcommand_from start stop status url destroy help" -f -a "destroy" -d 'Stop the local database and delete all of its data'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and not __fish_seen_subcommand_from start stop status url destroy help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from start" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://USER:PASSWORD@HOST:PORT/DB)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from start" -l operator -d 'The user you act as; every change and every read of patient data is audited under this identity' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from start" -l org -d 'The organization to act in, by slug or id' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from start" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'"
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from start" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from start" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from start" -s v -l verbose -d 'Say more about what is being done'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from start" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from stop" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://USER:PASSWORD@HOST:PORT/DB)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from stop" -l operator -d 'The user you act as; every change and every read of patient data is audited under this identity' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from stop" -l org -d 'The organization to act in, by slug or id' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from stop" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'"
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from stop" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from stop" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from stop" -s v -l verbose -d 'Say more about what is being done'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from stop" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from status" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://USER:PASSWORD@HOST:PORT/DB)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from status" -l operator -d 'The user you act as; every change and every read of patient data is audited under this identity' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from status" -l org -d 'The organization to act in, by slug or id' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from status" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'"
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Say more about what is being done'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from url" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://USER:PASSWORD@HOST:PORT/DB)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from url" -l operator -d 'The user you act as; every change and every read of patient data is audited under this identity' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from url" -l org -d 'The organization to act in, by slug or id' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from url" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'"
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from url" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from url" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from url" -s v -l verbose -d 'Say more about what is being done'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from url" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from url" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from destroy" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://USER:PASSWORD@HOST:PORT/DB)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from destroy" -l operator -d 'The user you act as; every change and every read of patient data is audited under this identity' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from destroy" -l org -d 'The organization to act in, by slug or id' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from destroy" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'"
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from destroy" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from destroy" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from destroy" -s v -l verbose -d 'Say more about what is being done'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from destroy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from destroy" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "start" -d 'Start the local database, creating and migrating it on first use'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "stop" -d 'Stop the local database server'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "status" -d 'Say where the local database lives and whether it runs'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "url" -d 'Print a connection URL for the local database (starting it), e.g. for `psql "$(omnictl db url)"`'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "destroy" -d 'Stop the local database and delete all of its data'
complete -c omnictl -n "__fish_omnictl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and not __fish_seen_subcommand_from run status help" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://USER:PASSWORD@HOST:PORT/DB)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and not __fish_seen_subcommand_from run status help" -l operator -d 'The user you act as; every change and every read of patient data is audited under this identity' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and not __fish_seen_subcommand_from run status help" -l org -d 'The organization to act in, by slug or id' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and not __fish_seen_subcommand_from run status help" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'"
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and not __fish_seen_subcommand_from run status help" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and not __fish_seen_subcommand_from run status help" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and not __fish_seen_subcommand_from run status help" -s v -l verbose -d 'Say more about what is being done'
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and not __fish_seen_subcommand_from run status help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and not __fish_seen_subcommand_from run status help" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and not __fish_seen_subcommand_from run status help" -f -a "run" -d 'Apply every pending migration (safe to repeat, safe to run concurrently)'
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and not __fish_seen_subcommand_from run status help" -f -a "status" -d 'List the migrations: applied (with when), pending, or in conflict with this omnictl'
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and not __fish_seen_subcommand_from run status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and __fish_seen_subcommand_from run" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://USER:PASSWORD@HOST:PORT/DB)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and __fish_seen_subcommand_from run" -l operator -d 'The user you act as; every change and every read of patient data is audited under this identity' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and __fish_seen_subcommand_from run" -l org -d 'The organization to act in, by slug or id' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and __fish_seen_subcommand_from run" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'"
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and __fish_seen_subcommand_from run" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and __fish_seen_subcommand_from run" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and __fish_seen_subcommand_from run" -s v -l verbose -d 'Say more about what is being done'
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and __fish_seen_subcommand_from run" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and __fish_seen_subcommand_from status" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://USER:PASSWORD@HOST:PORT/DB)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and __fish_seen_subcommand_from status" -l operator -d 'The user you act as; every change and every read of patient data is audited under this identity' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and __fish_seen_subcommand_from status" -l org -d 'The organization to act in, by slug or id' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and __fish_seen_subcommand_from status" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'"
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Say more about what is being done'
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and __fish_seen_subcommand_from help" -f -a "run" -d 'Apply every pending migration (safe to repeat, safe to run concurrently)'
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and __fish_seen_subcommand_from help" -f -a "status" -d 'List the migrations: applied (with when), pending, or in conflict with this omnictl'
complete -c omnictl -n "__fish_omnictl_using_subcommand migrate; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and not __fish_seen_subcommand_from service-codes help" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://USER:PASSWORD@HOST:PORT/DB)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and not __fish_seen_subcommand_from service-codes help" -l operator -d 'The user you act as; every change and every read of patient data is audited under this identity' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and not __fish_seen_subcommand_from service-codes help" -l org -d 'The organization to act in, by slug or id' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and not __fish_seen_subcommand_from service-codes help" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'"
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and not __fish_seen_subcommand_from service-codes help" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and not __fish_seen_subcommand_from service-codes help" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and not __fish_seen_subcommand_from service-codes help" -s v -l verbose -d 'Say more about what is being done'
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and not __fish_seen_subcommand_from service-codes help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and not __fish_seen_subcommand_from service-codes help" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and not __fish_seen_subcommand_from service-codes help" -f -a "service-codes" -d 'Load the platform\'s ABA service codes (97151–97158, 0362T, 0373T) with their credentials, categories and daily maxima. Repeating it changes nothing'
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and not __fish_seen_subcommand_from service-codes help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and __fish_seen_subcommand_from service-codes" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://USER:PASSWORD@HOST:PORT/DB)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and __fish_seen_subcommand_from service-codes" -l operator -d 'The user you act as; every change and every read of patient data is audited under this identity' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and __fish_seen_subcommand_from service-codes" -l org -d 'The organization to act in, by slug or id' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and __fish_seen_subcommand_from service-codes" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'"
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and __fish_seen_subcommand_from service-codes" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and __fish_seen_subcommand_from service-codes" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and __fish_seen_subcommand_from service-codes" -s v -l verbose -d 'Say more about what is being done'
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and __fish_seen_subcommand_from service-codes" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and __fish_seen_subcommand_from service-codes" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and __fish_seen_subcommand_from help" -f -a "service-codes" -d 'Load the platform\'s ABA service codes (97151–97158, 0362T, 0373T) with their credentials, categories and daily maxima. Repeating it changes nothing'
complete -c omnictl -n "__fish_omnictl_using_subcommand seed; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omnictl -n "__fish_omnictl_using_subcommand completions" -l database-url -d 'PostgreSQL server to use instead of the local database (postgres://USER:PASSWORD@HOST:PORT/DB)' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand completions" -l operator -d 'The user you act as; every change and every read of patient data is audited under this identity' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand completions" -l org -d 'The organization to act in, by slug or id' -r
complete -c omnictl -n "__fish_omnictl_using_subcommand completions" -s o -l output -d 'How to print results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'JSON: one object, or one array of objects'
csv\t'CSV with a header row'"
complete -c omnictl -n "__fish_omnictl_using_subcommand completions" -s y -l yes -d 'Answer yes to confirmations (required for them without a terminal)'
complete -c omnictl -n "__fish_omnictl_using_subcommand completions" -s q -l quiet -d 'Print only results and errors'
complete -c omnictl -n "__fish_omnictl_using_subcommand completions" -s v -l verbose -d 'Say more about what is being done'
complete -c omnictl -n "__fish_omnictl_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c omnictl -n "__fish_omnictl_using_subcommand completions" -s V -l version -d 'Print version'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and not __fish_seen_subcommand_from quickstart db migrate seed completions help" -f -a "quickstart" -d 'Set up everything a newcomer needs on the local database, and say what to try next'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and not __fish_seen_subcommand_from quickstart db migrate seed completions help" -f -a "db" -d 'Manage the local database (start, stop, status, url, destroy)'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and not __fish_seen_subcommand_from quickstart db migrate seed completions help" -f -a "migrate" -d 'Apply or inspect the schema migrations embedded in omnictl'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and not __fish_seen_subcommand_from quickstart db migrate seed completions help" -f -a "seed" -d 'Load reference data shipped with omnictl'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and not __fish_seen_subcommand_from quickstart db migrate seed completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and not __fish_seen_subcommand_from quickstart db migrate seed completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "start" -d 'Start the local database, creating and migrating it on first use'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "stop" -d 'Stop the local database server'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "status" -d 'Say where the local database lives and whether it runs'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "url" -d 'Print a connection URL for the local database (starting it), e.g. for `psql "$(omnictl db url)"`'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "destroy" -d 'Stop the local database and delete all of its data'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from migrate" -f -a "run" -d 'Apply every pending migration (safe to repeat, safe to run concurrently)'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from migrate" -f -a "status" -d 'List the migrations: applied (with when), pending, or in conflict with this omnictl'
complete -c omnictl -n "__fish_omnictl_using_subcommand help; and __fish_seen_subcommand_from seed" -f -a "service-codes" -d 'Load the platform\'s ABA service codes (97151–97158, 0362T, 0373T) with their credentials, categories and daily maxima. Repeating it changes nothing'
