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
sizes=("$@"); (( ${#sizes[@]} )) || sizes=(1000000 10000000)
source "$root/bench/pg_bench_cluster.sh"
for n in "${sizes[@]}"; do
  echo "== $n events"
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
