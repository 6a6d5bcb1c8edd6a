#!/usr/bin/env bash
# Runs build/bench/postgis_bench against a throwaway PostgreSQL 15 + PostGIS cluster at each
# size given (default 1000000 10000000): initdb in a temporary folder, a free port, stopped and
# deleted on exit. As root, the server runs as `nobody` (PostgreSQL refuses root).
# Per size: import and measure (this layout); then the same table turned into an older
# chronomap's layout and measured ("before", same sitting); then --reindex and measured again.
# CHRONOMAP_PG_BEFORE=0 skips the last two.
#   bench/postgis_bench.sh [N ...]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bench="${CHRONOMAP_BUILD_DIR:-$root/build}/bench/postgis_bench"
bin="${CHRONOMAP_PG_BIN:-/usr/lib/postgresql/15/bin}"
sizes=("$@"); (( ${#sizes[@]} )) || sizes=(1000000 10000000)
folder="$(mktemp -d /tmp/chronomap-pg-bench-XXXXXX)"
as=()
if (( EUID == 0 )); then chown nobody: "$folder"; as=(setpriv --reuid=nobody --regid=nogroup --clear-groups --); fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
stop() { (cd "$folder" && "${as[@]}" "$bin/pg_ctl" -D "$folder/data" -m fast -w stop >/dev/null 2>&1 || true); rm -rf "$folder"; }
trap stop EXIT
cd "$folder"
"${as[@]}" "$bin/initdb" -D "$folder/data" -U chronomap --auth=trust -E UTF8 --locale=C >/dev/null
# A desktop-class server: 1 GB shared buffers, parallel workers allowed (2 cores here).
"${as[@]}" "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w start -o \
  "-p $port -k $folder -c listen_addresses=127.0.0.1 -c shared_buffers=1GB -c work_mem=64MB -c maintenance_work_mem=512MB -c max_wal_size=8GB -c checkpoint_timeout=30min" >/dev/null
"${as[@]}" "$bin/createdb" -h "$folder" -p "$port" -U chronomap bench
for n in "${sizes[@]}"; do
  echo "== $n events"
  uri="postgresql://chronomap@127.0.0.1:$port/bench"
  echo "-- after: imported by this chronomap"
  "$bench" "$uri" --events "$n" --table "events_$n"
  "${as[@]}" "$bin/psql" -h "$folder" -p "$port" -U chronomap -d bench -Atc \
    "SELECT 'summary tables: ' || pg_size_pretty(pg_total_relation_size('events_${n}_chronomap_hours') + pg_total_relation_size('events_${n}_chronomap_cells'))"
  if [[ "${CHRONOMAP_PG_BEFORE:-1}" != 0 ]]; then
    echo "-- before: the same table in an older chronomap's layout"
    "$bench" "$uri" --events "$n" --table "events_$n" --no-import --old-layout
    echo "-- after again: chronomap import --reindex"
    "$bench" "$uri" --events "$n" --table "events_$n" --no-import --reindex
  fi
  "${as[@]}" "$bin/psql" -h "$folder" -p "$port" -U chronomap -d bench -Atc \
    "SELECT 'table + indexes: ' || pg_size_pretty(pg_total_relation_size('events_$n'))"
done
