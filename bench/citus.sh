#!/usr/bin/env bash
# Scale on a Citus cluster (issue 28, item 6), in one run on this machine: a coordinator
# and two workers with Citus, and one plain PostgreSQL server, all made here from the
# same PostgreSQL binaries with the same settings. On each: the same migrations, CLINICS
# clinics with an admin, a practitioner, a patient and an authorization each (the cluster
# then distributed by `omnictl cluster distribute`); then every clinic books BOOKINGS
# appointments through the binary, all clinics at once (one `omnictl appointment create`
# process per booking, the clinics' loops concurrent). Prints bookings per second on each
# and the ratio, and the fraction of the cluster's statements on the clinics' tables that
# Citus routed to one shard (citus_stat_statements: calls with a partition key).
#
#   bench/citus.sh [CLINICS] [BOOKINGS]        (default 16 clinics, 20 bookings each)
#
# Needs PostgreSQL 15's server binaries and Citus installed into them (as .ci/run
# installs ../shared/citus/); builds the release binary unless OMNICTL_BIN names one.
# As root, the servers run as the `postgres` user.
set -euo pipefail

clinics=${1:-16}
bookings=${2:-20}
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=bench/common.sh
source "$here/common.sh"
bin=$OMNICTL_BIN
pgbin=$(dirname "$PSQL")
[[ -f $(dirname "$pgbin")/lib/citus.so ]] || {
    echo "Citus is not installed into $(dirname "$pgbin") (see .ci/run)" >&2
    exit 1
}

# Each server: its own directory under the work directory, a free port on 127.0.0.1,
# trusted there (this machine's loopback only, as the test clusters are), Citus preloaded
# or not.
as_server() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[[ $(id -u) == 0 ]] && chmod 755 "$work"
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
servers=()
start_server() {
    local name=$1 port=$2 preload=$3 dir=$work/$1
    mkdir -p "$dir"
    [[ $(id -u) == 0 ]] && chown postgres "$dir"
    as_server "$pgbin/initdb" -D "$dir/data" -U omnictl --auth=trust --no-sync -E UTF8 --no-locale >/dev/null
    cat >>"$dir/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
shared_preload_libraries = '$preload'
max_connections = 300
citus.node_conninfo = 'sslmode=disable'
citus.stat_statements_track = 'all'
CONF
    as_server "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/log" -w start >/dev/null
    servers+=("$dir/data")
}
stop_servers() {
    for data in "${servers[@]}"; do as_server "$pgbin/pg_ctl" -D "$data" -m immediate stop >/dev/null 2>&1 || true; done
    cleanup
}
trap stop_servers EXIT

# The tables Citus distributes (src/store/cluster.rs: TENANT_TABLES and AUDIT_TABLES).
distributed_tables=(patients practitioners patient_insurances authorizations appointments sessions session_events
    session_note_addenda session_service_lines authorization_unit_events break_glass_grants supervision_contacts
    audit_logs audit_log_items audit_chain_heads audit_items_pending sql_writes_pending)
url_of() { echo "postgresql://$2@127.0.0.1:$1/bench?sslmode=disable"; }
# Everything each clinic needs to book, made through the binary on the server at PORT.
populate() {
    local port=$1 owner
    owner=$(url_of "$port" omnictl)
    DATABASE_URL=$owner "$bin" -q migrate run >/dev/null
    DATABASE_URL=$owner "$bin" -q user bootstrap --email root@bench.test --name Root >/dev/null
    as_login() {
        local email=$1
        shift
        local login
        login=$(psql "$owner" -Atc "SELECT login_role FROM users WHERE email = '$email'")
        DATABASE_URL=$(url_of "$port" "$login") OMNICTL_OPERATOR=$email "$bin" -q "$@"
    }
    as_login root@bench.test seed service-codes >/dev/null
    for i in $(seq "$clinics"); do
        as_login root@bench.test org create --name "Clinic $i" --slug "c$i" --timezone America/Chicago >/dev/null
        as_login root@bench.test user create --org "c$i" --email "admin@c$i.test" --name Admin --role admin >/dev/null
        as_login "admin@c$i.test" practitioner create --name "Riley Tech" --credential RBT --npi 1234567893 >/dev/null
        as_login "admin@c$i.test" patient create --mrn P1 --first-name Pat --last-name Bench --dob 2016-01-01 >/dev/null
        as_login "admin@c$i.test" auth create --patient P1 --code 97153 --units 100000 --start -1w --end +104w \
            --number "PA-$i" >/dev/null
    done
    logins=()
    for i in $(seq "$clinics"); do
        logins+=("$(psql "$owner" -Atc "SELECT login_role FROM users WHERE email = 'admin@c$i.test'")")
    done
}
# Every clinic books BOOKINGS appointments, one a day from tomorrow, the clinics at once;
# prints the seconds it took.
book_all() {
    local port=$1 start
    start=$(now)
    for i in $(seq "$clinics"); do
        (
            for day in $(seq "$bookings"); do
                date=$(TZ=America/Chicago date -d "+$day days" +%F)
                DATABASE_URL=$(url_of "$port" "${logins[$((i - 1))]}") OMNICTL_OPERATOR="admin@c$i.test" \
                    "$bin" -q appointment create --patient P1 --practitioner 1234567893 --code 97153 \
                    --start "$date 10:00" --minutes 60 >/dev/null
            done
        ) &
    done
    wait
    calc "$(now) - $start"
}
booked() {
    psql "$(url_of "$1" omnictl)" -Atc "SELECT count(*) FROM appointments WHERE status = 'SCHEDULED'"
}

echo "== one server" >&2
single=$(free_port)
start_server single "$single" plpgsql
psql "postgresql://omnictl@127.0.0.1:$single/postgres" -qc "CREATE DATABASE bench"
populate "$single"
single_seconds=$(book_all "$single")
[[ $(booked "$single") == $((clinics * bookings)) ]] || { echo "one server booked $(booked "$single")" >&2; exit 1; }

echo "== a coordinator and two workers (Citus)" >&2
coordinator=$(free_port)
worker1=$(free_port)
worker2=$(free_port)
for node in coordinator:$coordinator worker1:$worker1 worker2:$worker2; do
    start_server "${node%%:*}" "${node##*:}" citus,pg_stat_statements,plpgsql
    psql "postgresql://omnictl@127.0.0.1:${node##*:}/postgres" -qc "CREATE DATABASE bench"
    psql "$(url_of "${node##*:}" omnictl)" -qc "CREATE EXTENSION citus"
done
psql "$(url_of "$coordinator" omnictl)" -qc "CREATE EXTENSION pg_stat_statements"
psql "$(url_of "$coordinator" omnictl)" -q -c "SELECT citus_set_coordinator_host('127.0.0.1', $coordinator)" \
    -c "SELECT citus_add_node('127.0.0.1', $worker1)" -c "SELECT citus_add_node('127.0.0.1', $worker2)" >/dev/null
populate "$coordinator"
DATABASE_URL=$(url_of "$coordinator" omnictl) "$bin" -q cluster distribute >/dev/null
psql "$(url_of "$coordinator" omnictl)" -qc "SELECT citus_stat_statements_reset()" >/dev/null
cluster_seconds=$(book_all "$coordinator")
# What Citus planned while the clinics booked, by how it reached the data: a statement
# with the clinic (or a trail's chain) as its shard key runs on that one shard; one that
# names only the tables copied to every node reads the coordinator's copy; any other
# would visit every shard, and is listed.
kinds="CASE WHEN partition_key IS NOT NULL THEN 'one shard'
            WHEN query !~ '\\m($(IFS='|'; echo "${distributed_tables[*]}"))\\M' THEN 'reference'
            ELSE 'other' END"
read -r routed reference other < <(psql "$(url_of "$coordinator" omnictl)" -F ' ' -Atc \
    "SELECT coalesce(sum(calls) FILTER (WHERE kind = 'one shard'), 0), coalesce(sum(calls) FILTER (WHERE kind = 'reference'), 0),
            coalesce(sum(calls) FILTER (WHERE kind = 'other'), 0)
       FROM (SELECT calls, $kinds AS kind FROM citus_stat_statements) s")
unrouted=$(psql "$(url_of "$coordinator" omnictl)" -Atc \
    "SELECT calls || '  ' || left(regexp_replace(query, '\\s+', ' ', 'g'), 100)
       FROM citus_stat_statements WHERE $kinds = 'other' ORDER BY calls DESC")
[[ $(booked "$coordinator") == $((clinics * bookings)) ]] || {
    echo "the cluster booked $(booked "$coordinator")" >&2
    exit 1
}

total=$((clinics * bookings))
single_rate=$(calc "$total / $single_seconds")
cluster_rate=$(calc "$total / $cluster_seconds")
printf 'bookings, %d clinics at once, %d each\n' "$clinics" "$bookings"
printf '  one server                     %8.1f bookings/s  (%.2f s)\n' "$single_rate" "$single_seconds"
printf '  coordinator + 2 workers        %8.1f bookings/s  (%.2f s)\n' "$cluster_rate" "$cluster_seconds"
printf '  ratio (cluster/one server)     %8.2f\n' "$(calc "$cluster_rate / $single_rate")"
planned=$((routed + reference + other))
printf 'statements Citus planned while booking   %d\n' "$planned"
printf '  routed to one shard by their key       %d (%.1f%%)\n' "$routed" "$(calc "100 * $routed / $planned")"
printf '  on tables every node has a copy of     %d (%.1f%%)\n' "$reference" "$(calc "100 * $reference / $planned")"
printf '  neither (would visit every shard)      %d (%.1f%%)\n' "$other" "$(calc "100 * $other / $planned")"
[[ -z $unrouted ]] || printf '    %s\n' "$unrouted"
printf 'patient import of 1,000,000 rows: not measured (imports are refused on a distributed database, issue 28)\n'
