# Sourced by the bench scripts: the release binary (built unless OMNICTL_BIN names one),
# a throwaway OMNICTL_HOME whose server is stopped and removed on exit, and timing
# helpers.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if [[ -z ${OMNICTL_BIN:-} ]]; then
    cargo build --release --quiet --manifest-path "$root/Cargo.toml"
    OMNICTL_BIN=$root/target/release/omnictl
fi
work=$(mktemp -d)
export OMNICTL_HOME=$work/home
cleanup() {
    "$OMNICTL_BIN" db stop >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
now() { date +%s.%N; }
calc() { awk "BEGIN { print $1 }"; }
