#!/usr/bin/env bash
# Times `omnictl seed demo` (N clinics × M patients, each with a primary policy and a
# 97153 authorization, loaded through the import pipeline with audit items) against psql
# inserting the same rows set-wise (generate_series, one transaction per clinic, no
# validation and no audit), on one fresh local database; prints both times, the ratio
# and omnictl's peak memory.
#
#   bench/seed-demo.sh [ORGS] [PATIENTS_PER_ORG]      (default 100 10000)
#
# Needs the PostgreSQL server binaries and psql; builds the release binary unless
# OMNICTL_BIN names one.
set -euo pipefail

orgs=${1:-100}
per_org=${2:-10000}
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=bench/common.sh
source "$here/common.sh"

"$OMNICTL_BIN" -q quickstart --no-demo >/dev/null
"$OMNICTL_BIN" -q user bootstrap --email bench-root@example.test --name "Bench Root" >/dev/null
url=$("$OMNICTL_BIN" db url)

echo "== omnictl seed demo --orgs $orgs --patients-per-org $per_org" >&2
start=$(now)
/usr/bin/time -f "%M" -o "$work/rss" \
    "$OMNICTL_BIN" -q --operator bench-root@example.test seed demo --orgs "$orgs" --patients-per-org "$per_org" \
    --seed 1 -o csv >/dev/null
omnictl_s=$(calc "$(now) - $start")

echo "== psql: the same rows, set-wise" >&2
start=$(now)
for ((c = 1; c <= orgs; c++)); do
    psql "$url" -q -v ON_ERROR_STOP=1 >/dev/null <<SQL
BEGIN;
SELECT set_config('omnictl.platform_scope', 'on', true);
INSERT INTO organizations (name, slug) VALUES ('Baseline $c', 'baseline-$c');
SELECT set_config('omnictl.platform_scope', '', true),
       set_config('omnictl.organization_id', (SELECT id::text FROM organizations WHERE slug = 'baseline-$c'), true);
INSERT INTO patients (organization_id, medical_record_number, first_name, last_name, date_of_birth)
    SELECT current_setting('omnictl.organization_id')::uuid, 'B-' || n, 'Synthetic', 'Patient',
           DATE '2014-01-01' + (n % 4000)
      FROM generate_series(1, $per_org) n;
INSERT INTO patient_insurances (organization_id, patient_id, payer_name, payer_id, member_number, coverage_start)
    SELECT organization_id, id, 'Aetna', '60054', 'M' || medical_record_number, current_date - 60 FROM patients
     WHERE organization_id = current_setting('omnictl.organization_id')::uuid;
INSERT INTO authorizations (organization_id, patient_id, insurance_id, service_code_owner, service_code,
                            authorization_number, start_date, end_date, total_units)
    SELECT organization_id, patient_id, id, '00000000-0000-0000-0000-000000000000', '97153',
           'PA-' || member_number, current_date - 30, current_date + 120, 200
      FROM patient_insurances WHERE organization_id = current_setting('omnictl.organization_id')::uuid;
COMMIT;
SQL
done
psql_s=$(calc "$(now) - $start")

rows=$((orgs * per_org))
echo "clinics $orgs × patients $per_org: $rows patients, $rows policies, $rows authorizations"
echo "psql     ${psql_s} s"
echo "omnictl  ${omnictl_s} s"
echo "ratio    $(calc "$omnictl_s / $psql_s") × psql's time"
echo "omnictl peak RSS $(($(cat "$work/rss") / 1024)) MB"
