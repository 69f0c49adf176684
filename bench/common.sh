# Sourced by the bench scripts: the release binary (built unless OMNICTL_BIN names one),
# a throwaway OMNICTL_HOME whose database is destroyed on exit, and timing
# helpers.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if [[ -z ${OMNICTL_BIN:-} ]]; then
    cargo build --release --quiet --manifest-path "$root/Cargo.toml"
    OMNICTL_BIN=$root/target/release/omnictl
fi
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
