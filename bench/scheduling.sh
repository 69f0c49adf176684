#!/usr/bin/env bash
# Two scheduling benchmarks on one fresh local database:
#  1. reservation throughput of omnictl's library path (16 concurrent tasks) against
#     pgbench running the bare conditional UPDATE + INSERT (benches/reservations.rs);
#  2. `omnictl auth expiring` as a whole process over 1,000,000 authorizations against
#     psql running the same query.
#
#   bench/scheduling.sh [AUTHORIZATIONS]      (default 1000000)
set -euo pipefail

authorizations=${1:-1000000}
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=bench/common.sh
source "$here/common.sh"
bin=$OMNICTL_BIN

"$bin" -q quickstart --no-demo >/dev/null
url=$("$bin" db url)

echo "== reservations: 16 concurrent tasks, 15 s each side" >&2
BENCH_DATABASE_URL=$url cargo bench --quiet --manifest-path "$root/Cargo.toml" --bench reservations

echo "== auth expiring over $authorizations authorizations" >&2
patients=$(( (authorizations + 9) / 10 ))
psql "$url" -q -v ON_ERROR_STOP=1 <<SQL
INSERT INTO organizations (name, slug) VALUES ('Expiring Clinic', 'expiring');
INSERT INTO users (email, name, organization_id, role)
    SELECT 'admin@expiring.example', 'Clinic Admin', id, 'ADMIN' FROM organizations WHERE slug = 'expiring';
INSERT INTO patients (organization_id, medical_record_number, first_name, last_name, date_of_birth)
    SELECT o.id, 'E-' || n, 'Synthetic', 'Patient', DATE '2017-01-01' + (n % 2000)
      FROM organizations o, generate_series(1, $patients) n WHERE o.slug = 'expiring';
-- Ends spread over two years from 200 days ago: about 4% end within the next 30 days.
INSERT INTO authorizations (organization_id, patient_id, service_code_owner, service_code, authorization_number,
                            start_date, end_date, total_units)
    SELECT p.organization_id, p.id, '00000000-0000-0000-0000-000000000000', '97153', 'X-' || p.id || '-' || k,
           current_date - 400, current_date - 200 + ((hashtext(p.id::text || k) & 1023) * 730 / 1024), 100
      FROM patients p, generate_series(1, 10) k
     WHERE p.organization_id = (SELECT id FROM organizations WHERE slug = 'expiring')
     LIMIT $authorizations;
ANALYZE;
CHECKPOINT;
SQL
org=$(psql "$url" -Atc "SELECT id FROM organizations WHERE slug = 'expiring'")
query="WITH clinic AS (SELECT slug, (now() AT TIME ZONE time_zone)::date AS today FROM organizations
                       WHERE id = '$org')
       SELECT (SELECT slug FROM clinic), a.id, a.authorization_number, p.medical_record_number, a.service_code,
              a.start_date, a.end_date, a.end_date - (SELECT today FROM clinic), a.total_units, a.used_units,
              a.scheduled_units, a.total_units - a.used_units - a.scheduled_units,
              round(CASE WHEN a.total_units = 0 THEN 100
                         ELSE 100.0 * (a.used_units + a.scheduled_units) / a.total_units END, 1)::float8
         FROM authorizations a
         JOIN patients p ON p.organization_id = a.organization_id AND p.id = a.patient_id
        WHERE a.organization_id = '$org' AND a.status = 'ACTIVE'
          AND a.end_date BETWEEN (SELECT today FROM clinic) AND (SELECT today FROM clinic) + 30
        ORDER BY a.end_date, a.id"
# Warm both the same way, then time each five times, alternating; the medians count.
psql "$url" -q -c "COPY ($query) TO STDOUT WITH (FORMAT csv)" >/dev/null
OMNICTL_OPERATOR=admin@expiring.example "$bin" -q auth expiring --within 30d -o csv >/dev/null
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
psql_times=() omnictl_times=()
for _ in 1 2 3 4 5; do
    start=$(now)
    psql "$url" -q -c "COPY ($query) TO STDOUT WITH (FORMAT csv)" >"$work/psql.csv"
    psql_times+=("$(calc "$(now) - $start")")
    start=$(now)
    OMNICTL_OPERATOR=admin@expiring.example "$bin" -q auth expiring --within 30d -o csv >"$work/omnictl.csv"
    omnictl_times+=("$(calc "$(now) - $start")")
done
psql_seconds=$(printf '%s\n' "${psql_times[@]}" | median)
omnictl_seconds=$(printf '%s\n' "${omnictl_times[@]}" | median)
listed=$(( $(wc -l <"$work/omnictl.csv") - 1 ))
[[ $listed == "$(wc -l <"$work/psql.csv")" ]] || { echo "omnictl listed $listed rows, psql $(wc -l <"$work/psql.csv")" >&2; exit 1; }
printf 'authorizations             %d (%d listed)\n' "$authorizations" "$listed"
printf 'psql (median of 5)          %8.3f s\n' "$psql_seconds"
printf 'omnictl auth expiring (med.) %7.3f s\n' "$omnictl_seconds"
printf 'ratio (omnictl/psql time)  %8.2f\n' "$(calc "$omnictl_seconds / $psql_seconds")"
