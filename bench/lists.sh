#!/usr/bin/env bash
# Whole processes, omnictl against psql doing the same read, on one fresh local
# database: `patient list` of 10 patients and `auth expiring` on a small clinic (the
# floor: connecting, authorizing, auditing), and `patient list -o csv` of ROWS patients
# (streaming: time and peak memory). Prints each median, the ratio and omnictl's peak
# memory.
#
#   [RUNS=15] bench/lists.sh [ROWS]        (default 200000)
#
# Needs the PostgreSQL server binaries and psql; builds the release binary unless
# OMNICTL_BIN names one.
set -euo pipefail

rows=${1:-200000}
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=bench/common.sh
source "$here/common.sh"
omnictl() { "$OMNICTL_BIN" -q "$@"; }
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

omnictl quickstart --no-demo >/dev/null
omnictl user bootstrap --email bench-root@example.test --name "Bench Root" >/dev/null
export OMNICTL_OPERATOR=bench-root@example.test
for slug in small large; do
    omnictl org create --name "Bench ${slug^}" --slug "$slug" --timezone America/Chicago >/dev/null
    omnictl user create --org "$slug" --email "admin@$slug.test" --name "Bench Admin" --role admin >/dev/null
done
omnictl seed service-codes >/dev/null
owner_url=$(omnictl db url)
# Each operator's login role, as the database named it (`omnictl_u_` and the user's id).
login_of() { psql "$owner_url" -Atc "SELECT login_role FROM users WHERE email = '$1'"; }
small_url=${owner_url/user=omnictl/user=$(login_of admin@small.test)}
large_url=${owner_url/user=omnictl/user=$(login_of admin@large.test)}

awk -v n=10 -f "$here/generate-patients.awk" >"$work/small.csv"
awk -v n="$rows" -f "$here/generate-patients.awk" >"$work/large.csv"
OMNICTL_OPERATOR=admin@small.test omnictl patient import "$work/small.csv" >/dev/null
OMNICTL_OPERATOR=admin@large.test omnictl patient import "$work/large.csv" >/dev/null
for i in 1 2 3 4 5; do
    OMNICTL_OPERATOR=admin@small.test omnictl auth create --patient "MRN0000000$i" --code 97153 --units 100 \
        --start -8w --end "+${i}w" --number "PA-$i" >/dev/null
done
psql "$owner_url" -q -c "VACUUM ANALYZE" -c "CHECKPOINT"
# psql logs in as the same clinic admin and asks for the clinic as omnictl does, so that
# row-level security lets it read what omnictl reads.
small_org=$(psql "$owner_url" -Atc "SELECT id FROM organizations WHERE slug = 'small'")
large_org=$(psql "$owner_url" -Atc "SELECT id FROM organizations WHERE slug = 'large'")
psql_small() { PGOPTIONS="-c omnictl.organization_id=$small_org" psql "$small_url" -q "$@"; }
psql_large() { PGOPTIONS="-c omnictl.organization_id=$large_org" psql "$large_url" -q "$@"; }
[[ $(psql_large -Atc "SELECT count(*) FROM patients") == "$rows" ]] || { echo "psql sees no patients" >&2; exit 1; }

# Each pair: omnictl and psql, RUNS (default 15) times each, taking turns so that the
# load of a shared machine weighs on both alike; the median of each, stdout to /dev/null.
runs=${RUNS:-15}
time_once() {
    local start
    start=$(now)
    "$@" >/dev/null
    calc "$(now) - $start"
}
compare() {
    local what=$1 ours=() theirs=()
    shift
    for _ in $(seq "$runs"); do
        ours+=("$(time_once "${omnictl_cmd[@]}")")
        theirs+=("$(time_once "$@")")
    done
    report "$what" "$(printf '%s\n' "${ours[@]}" | median)" "$(printf '%s\n' "${theirs[@]}" | median)"
}
report() {
    local what=$1 ours=$2 theirs=$3
    printf '%-40s omnictl %7.4f s  psql %7.4f s  ratio %5.2f\n' "$what" "$ours" "$theirs" "$(calc "$ours / $theirs")"
}

patients="SELECT medical_record_number, first_name, last_name, date_of_birth, gender, email, phone, address_line1,
                 address_line2, city, state, postal_code, guardian_name, guardian_phone
            FROM patients WHERE archived_at IS NULL ORDER BY lower(last_name), lower(first_name), medical_record_number"
expiring="SELECT a.authorization_number, p.medical_record_number, a.service_code, a.end_date
            FROM authorizations a JOIN patients p ON p.id = a.patient_id
           WHERE a.status = 'ACTIVE' AND a.end_date <= current_date + 30 ORDER BY a.end_date"

omnictl_cmd=(env OMNICTL_OPERATOR=admin@small.test "$OMNICTL_BIN" -q patient list)
compare "patient list (10 patients)" psql_small -c "$patients"
omnictl_cmd=(env OMNICTL_OPERATOR=admin@small.test "$OMNICTL_BIN" -q auth expiring --within 30d)
compare "auth expiring (small clinic)" psql_small -c "$expiring"
omnictl_cmd=(env OMNICTL_OPERATOR=admin@large.test "$OMNICTL_BIN" -q patient list -o csv)
compare "patient list -o csv ($rows patients)" psql_large -c "COPY ($patients) TO STDOUT WITH (FORMAT csv, HEADER)"
OMNICTL_OPERATOR=admin@large.test /usr/bin/time -f %M -o "$work/rss" "$OMNICTL_BIN" -q patient list -o csv >/dev/null
PGOPTIONS="-c omnictl.organization_id=$large_org" /usr/bin/time -f %M -o "$work/psql-rss" \
    psql "$large_url" -q -c "COPY ($patients) TO STDOUT WITH (FORMAT csv, HEADER)" >/dev/null
printf '%-40s omnictl %7d KiB  psql %7d KiB\n' "peak memory, $rows patients as CSV" "$(tail -n 1 "$work/rss")" \
    "$(tail -n 1 "$work/psql-rss")"
