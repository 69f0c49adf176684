# Sourced by the bench scripts: the release binary (built unless OMNICTL_BIN names one),
# a throwaway OMNICTL_HOME whose database is destroyed on exit, and timing
# helpers.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if [[ -z ${OMNICTL_BIN:-} ]]; then
    cargo build --release --quiet --manifest-path "$root/Cargo.toml"
    OMNICTL_BIN=$root/target/release/omnictl
fi
# The real psql binary, not Debian's /usr/bin/psql wrapper (a Perl script that costs about
# 30 ms a process): every script's `psql` is this one.
PSQL=${PSQL:-$(ls -d /usr/lib/postgresql/*/bin/psql 2>/dev/null | sort -V | tail -n 1)}
PSQL=${PSQL:-psql}
psql() { "$PSQL" "$@"; }
work=$(mktemp -d)
export OMNICTL_HOME=$work/home
# Destroyed, not only stopped: as root the server's files live outside the work
# directory (/var/lib/omnictl, where the server's user can reach them).
cleanup() {
    "$OMNICTL_BIN" db destroy --yes >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
now() { date +%s.%N; }
calc() { awk "BEGIN { print $1 }"; }
