#!/usr/bin/env bash
# Times `omnictl audit verify` (every hash recomputed in omnictl, streamed) over a trail
# of ROWS audit rows against psql reading the same rows with COPY … TO STDOUT, on one
# fresh local database, and prints both, the ratio and omnictl's peak memory.
#
#   bench/audit-verify.sh [ROWS]        (default 1000000)
#
# Needs the PostgreSQL server binaries and psql; builds the release binary unless
# OMNICTL_BIN names one.
set -euo pipefail

rows=${1:-1000000}
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=bench/common.sh
source "$here/common.sh"
omnictl() { "$OMNICTL_BIN" -q "$@"; }

omnictl quickstart --no-demo >/dev/null
omnictl user bootstrap --email bench-root@example.test --name "Bench Root" >/dev/null
export OMNICTL_OPERATOR=bench-root@example.test
url=$(omnictl db url)

echo "writing a chain of $rows audit rows" >&2
# Linked as the trigger links them (the database's own hash function), in one loop with
# the triggers off: one chain, its head recorded at the end.
psql "$url" -q -v ON_ERROR_STOP=1 <<SQL
SET session_replication_role = replica;
DO \$\$
DECLARE
    r audit_logs;
    prev bytea := decode(repeat('00', 32), 'hex');
    chain uuid := gen_random_uuid();
BEGIN
    FOR i IN 1..$rows LOOP
        r.id := gen_random_uuid(); r.chain_key := chain; r.chain_seq := i; r.prev_hash := prev;
        r.occurred_at := clock_timestamp(); r.os_user := 'bench'; r.host := 'bench-host';
        r.tool_version := '0.1.0'; r.action := 'patient.read'; r.entity_type := 'patient';
        r.entity_id := 'MRN-' || i; r.outcome := 'SUCCESS'; r.changes := '{}';
        r.details := jsonb_build_object('count', i % 100, 'phase', 'completed'); r.item_count := 0;
        r.login_role := 'omnictl.bench@example.test'; r.client_addr := '10.0.0.7';
        r.hash := omnictl_audit_row_hash(r);
        INSERT INTO audit_logs SELECT r.*;
        prev := r.hash;
    END LOOP;
    INSERT INTO audit_chain_heads VALUES (chain, $rows, prev);
END
\$\$;
VACUUM ANALYZE audit_logs;
CHECKPOINT;
SQL

query="SELECT * FROM audit_logs ORDER BY chain_key, chain_seq"
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
psql "$url" -q -c "COPY ($query) TO STDOUT" >/dev/null
omnictl audit verify >/dev/null
psql_times=() omnictl_times=()
for _ in 1 2 3; do
    start=$(now)
    psql "$url" -q -c "COPY ($query) TO STDOUT" >/dev/null
    psql_times+=("$(calc "$(now) - $start")")
    start=$(now)
    /usr/bin/time -f %M -o "$work/rss" "$OMNICTL_BIN" -q audit verify >/dev/null
    omnictl_times+=("$(calc "$(now) - $start")")
done
psql_seconds=$(printf '%s\n' "${psql_times[@]}" | median)
omnictl_seconds=$(printf '%s\n' "${omnictl_times[@]}" | median)
printf 'audit rows                  %d\n' "$rows"
printf 'psql COPY TO STDOUT (med.)  %8.3f s\n' "$psql_seconds"
printf 'omnictl audit verify (med.) %8.3f s\n' "$omnictl_seconds"
printf 'ratio (omnictl/psql time)   %8.2f\n' "$(calc "$omnictl_seconds / $psql_seconds")"
printf 'omnictl peak memory         %8d KiB\n' "$(tail -n 1 "$work/rss")"
