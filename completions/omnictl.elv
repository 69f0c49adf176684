
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
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://USER:PASSWORD@HOST:PORT/DB)'
            cand --operator 'The user you act as; every change and every read of patient data is audited under this identity'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more about what is being done'
            cand --verbose 'Say more about what is being done'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand quickstart 'Set up everything a newcomer needs on the local database, and say what to try next'
            cand db 'Manage the local database (start, stop, status, url, destroy)'
            cand migrate 'Apply or inspect the schema migrations embedded in omnictl'
            cand seed 'Load reference data shipped with omnictl'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omnictl;quickstart'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://USER:PASSWORD@HOST:PORT/DB)'
            cand --operator 'The user you act as; every change and every read of patient data is audited under this identity'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more about what is being done'
            cand --verbose 'Say more about what is being done'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;db'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://USER:PASSWORD@HOST:PORT/DB)'
            cand --operator 'The user you act as; every change and every read of patient data is audited under this identity'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more about what is being done'
            cand --verbose 'Say more about what is being done'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand start 'Start the local database, creating and migrating it on first use'
            cand stop 'Stop the local database server'
            cand status 'Say where the local database lives and whether it runs'
            cand url 'Print a connection URL for the local database (starting it), e.g. for `psql "$(omnictl db url)"`'
            cand destroy 'Stop the local database and delete all of its data'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omnictl;db;start'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://USER:PASSWORD@HOST:PORT/DB)'
            cand --operator 'The user you act as; every change and every read of patient data is audited under this identity'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more about what is being done'
            cand --verbose 'Say more about what is being done'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;db;stop'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://USER:PASSWORD@HOST:PORT/DB)'
            cand --operator 'The user you act as; every change and every read of patient data is audited under this identity'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more about what is being done'
            cand --verbose 'Say more about what is being done'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;db;status'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://USER:PASSWORD@HOST:PORT/DB)'
            cand --operator 'The user you act as; every change and every read of patient data is audited under this identity'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more about what is being done'
            cand --verbose 'Say more about what is being done'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;db;url'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://USER:PASSWORD@HOST:PORT/DB)'
            cand --operator 'The user you act as; every change and every read of patient data is audited under this identity'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more about what is being done'
            cand --verbose 'Say more about what is being done'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;db;destroy'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://USER:PASSWORD@HOST:PORT/DB)'
            cand --operator 'The user you act as; every change and every read of patient data is audited under this identity'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more about what is being done'
            cand --verbose 'Say more about what is being done'
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
        &'omnictl;db;help;help'= {
        }
        &'omnictl;migrate'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://USER:PASSWORD@HOST:PORT/DB)'
            cand --operator 'The user you act as; every change and every read of patient data is audited under this identity'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more about what is being done'
            cand --verbose 'Say more about what is being done'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand run 'Apply every pending migration (safe to repeat, safe to run concurrently)'
            cand status 'List the migrations: applied (with when), pending, or in conflict with this omnictl'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omnictl;migrate;run'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://USER:PASSWORD@HOST:PORT/DB)'
            cand --operator 'The user you act as; every change and every read of patient data is audited under this identity'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more about what is being done'
            cand --verbose 'Say more about what is being done'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;migrate;status'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://USER:PASSWORD@HOST:PORT/DB)'
            cand --operator 'The user you act as; every change and every read of patient data is audited under this identity'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more about what is being done'
            cand --verbose 'Say more about what is being done'
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
        &'omnictl;seed'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://USER:PASSWORD@HOST:PORT/DB)'
            cand --operator 'The user you act as; every change and every read of patient data is audited under this identity'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more about what is being done'
            cand --verbose 'Say more about what is being done'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand service-codes 'Load the platform''s ABA service codes (97151–97158, 0362T, 0373T) with their credentials, categories and daily maxima. Repeating it changes nothing'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omnictl;seed;service-codes'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://USER:PASSWORD@HOST:PORT/DB)'
            cand --operator 'The user you act as; every change and every read of patient data is audited under this identity'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more about what is being done'
            cand --verbose 'Say more about what is being done'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;seed;help'= {
            cand service-codes 'Load the platform''s ABA service codes (97151–97158, 0362T, 0373T) with their credentials, categories and daily maxima. Repeating it changes nothing'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omnictl;seed;help;service-codes'= {
        }
        &'omnictl;seed;help;help'= {
        }
        &'omnictl;completions'= {
            cand --database-url 'PostgreSQL server to use instead of the local database (postgres://USER:PASSWORD@HOST:PORT/DB)'
            cand --operator 'The user you act as; every change and every read of patient data is audited under this identity'
            cand --org 'The organization to act in, by slug or id'
            cand -o 'How to print results on stdout'
            cand --output 'How to print results on stdout'
            cand -y 'Answer yes to confirmations (required for them without a terminal)'
            cand --yes 'Answer yes to confirmations (required for them without a terminal)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more about what is being done'
            cand --verbose 'Say more about what is being done'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'omnictl;help'= {
            cand quickstart 'Set up everything a newcomer needs on the local database, and say what to try next'
            cand db 'Manage the local database (start, stop, status, url, destroy)'
            cand migrate 'Apply or inspect the schema migrations embedded in omnictl'
            cand seed 'Load reference data shipped with omnictl'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omnictl;help;quickstart'= {
        }
        &'omnictl;help;db'= {
            cand start 'Start the local database, creating and migrating it on first use'
            cand stop 'Stop the local database server'
            cand status 'Say where the local database lives and whether it runs'
            cand url 'Print a connection URL for the local database (starting it), e.g. for `psql "$(omnictl db url)"`'
            cand destroy 'Stop the local database and delete all of its data'
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
        &'omnictl;help;migrate'= {
            cand run 'Apply every pending migration (safe to repeat, safe to run concurrently)'
            cand status 'List the migrations: applied (with when), pending, or in conflict with this omnictl'
        }
        &'omnictl;help;migrate;run'= {
        }
        &'omnictl;help;migrate;status'= {
        }
        &'omnictl;help;seed'= {
            cand service-codes 'Load the platform''s ABA service codes (97151–97158, 0362T, 0373T) with their credentials, categories and daily maxima. Repeating it changes nothing'
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
