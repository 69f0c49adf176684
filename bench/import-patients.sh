#!/usr/bin/env bash
# Times `omnictl patient import` against `psql \copy` of the same file into a table
# indexed and constrained like `patients`, on one fresh local database, and prints
# rows per second, the ratio and omnictl's peak memory.
#
#   bench/import-patients.sh [ROWS] [RUNS]   (default 1000000 rows, 1 run)
#
# With RUNS > 1, each run is on a fresh local database and the median of the ratios is
# printed last: on a shared machine the disk's speed varies more than either side does.
#
# Needs the PostgreSQL server binaries and psql; builds the release binary unless
# OMNICTL_BIN names one.
set -euo pipefail

rows=${1:-1000000}
runs=${2:-1}
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=bench/common.sh
source "$here/common.sh"
omnictl() { "$OMNICTL_BIN" -q "$@"; }

echo "generating $rows synthetic patients" >&2
awk -v n="$rows" -f "$here/generate-patients.awk" >"$work/patients.csv"
echo "file: $(du -h "$work/patients.csv" | cut -f1)" >&2

one_run() {
    omnictl quickstart --no-demo >/dev/null
    omnictl user bootstrap --email bench-root@example.test --name "Bench Root" >/dev/null
    export OMNICTL_OPERATOR=bench-root@example.test
    omnictl org create --name "Bench Clinic" --slug bench >/dev/null
    omnictl user create --org bench --email bench-admin@example.test --name "Bench Admin" --role admin >/dev/null
    url=$(omnictl db url)
    org=$(psql "$url" -Atc "SELECT id FROM organizations WHERE slug = 'bench'")

    # The baseline: the same file into a table with patients' columns, defaults, checks,
    # indexes and foreign key, by psql's \copy.
    columns=$(head -1 "$work/patients.csv")
    psql "$url" -q -v ON_ERROR_STOP=1 <<SQL
CREATE TABLE bench_patients (LIKE patients INCLUDING ALL);
ALTER TABLE bench_patients ALTER organization_id SET DEFAULT '$org',
    ADD FOREIGN KEY (organization_id) REFERENCES organizations (id);
CHECKPOINT;
SQL
    start=$(now)
    psql "$url" -q -v ON_ERROR_STOP=1 -c "\\copy bench_patients ($columns) FROM '$work/patients.csv' WITH (FORMAT csv, HEADER true)"
    psql_seconds=$(calc "$(now) - $start")
    psql "$url" -q -c "DROP TABLE bench_patients" -c "CHECKPOINT"

    export OMNICTL_OPERATOR=bench-admin@example.test
    start=$(now)
    if [[ -x /usr/bin/time ]]; then
        /usr/bin/time -f "%M" -o "$work/rss" "$OMNICTL_BIN" -q patient import "$work/patients.csv" >/dev/null
    else
        "$OMNICTL_BIN" -q patient import "$work/patients.csv" >/dev/null
    fi
    omnictl_seconds=$(calc "$(now) - $start")
    landed=$(psql "$url" -Atc "SELECT count(*) FROM patients WHERE organization_id = '$org'")
    [[ $landed == "$rows" ]] || { echo "expected $rows patients, found $landed" >&2; exit 1; }

    printf 'rows                 %d\n' "$rows"
    printf 'psql \\copy           %8.2f s  %9.0f rows/s\n' "$psql_seconds" "$(calc "$rows / $psql_seconds")"
    printf 'omnictl import       %8.2f s  %9.0f rows/s\n' "$omnictl_seconds" "$(calc "$rows / $omnictl_seconds")"
    printf 'ratio (omnictl/psql) %8.2f\n' "$(calc "$psql_seconds / $omnictl_seconds")"
    if [[ -f $work/rss ]]; then
        printf 'omnictl peak memory  %8.1f MB\n' "$(calc "$(cat "$work/rss") / 1024")"
    fi
    "$OMNICTL_BIN" db destroy --yes >/dev/null
}

ratios=()
for run in $(seq 1 "$runs"); do
    ((runs > 1)) && echo "run $run of $runs" >&2
    result=$(one_run)
    echo "$result"
    ratios+=("$(sed -n 's/^ratio (omnictl\/psql) *//p' <<<"$result")")
done
if ((runs > 1)); then
    printf 'median ratio         %8.2f  (of %s)\n' "$(printf '%s\n' "${ratios[@]}" | sort -n | awk '{ r[NR] = $1 } END { print r[int((NR + 1) / 2)] }')" "${ratios[*]}"
fi
