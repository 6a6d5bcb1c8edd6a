#!/usr/bin/env bash
# `render --animate` from a PostGIS table at each size given (default 100000 1000000): peak
# memory (/usr/bin/time -v, maximum resident set size) and wall time of the same animation,
# which must not grow with the table (docs/PERFORMANCE.md, "PostGIS: animations").
# A throwaway PostgreSQL 15 + PostGIS cluster as in bench/postgis_bench.sh (as `nobody` when
# run as root); each table is imported by build/bench/postgis_bench (synthetic events over
# 2017-2018), then animated:
#   a 7-day window moved a day a frame over two months (markers: about 9 600 rows a frame at 1 M),
#   the same with --cumulative (everything before: the server's grid past 20 000 events).
#   bench/postgis_animate_bench.sh [N ...]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${CHRONOMAP_BUILD_DIR:-$root/build}"
bin="${CHRONOMAP_PG_BIN:-/usr/lib/postgresql/15/bin}"
sizes=("$@"); (( ${#sizes[@]} )) || sizes=(100000 1000000)
folder="$(mktemp -d /tmp/chronomap-pg-animate-XXXXXX)"
as=()
if (( EUID == 0 )); then chown nobody: "$folder"; as=(setpriv --reuid=nobody --regid=nogroup --clear-groups --); fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
stop() { (cd "$folder" && "${as[@]}" "$bin/pg_ctl" -D "$folder/data" -m fast -w stop >/dev/null 2>&1 || true); rm -rf "$folder"; }
trap stop EXIT
cd "$folder"
"${as[@]}" "$bin/initdb" -D "$folder/data" -U chronomap --auth=trust -E UTF8 --locale=C >/dev/null
"${as[@]}" "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w start -o \
  "-p $port -k $folder -c listen_addresses=127.0.0.1 -c shared_buffers=1GB -c work_mem=64MB -c maintenance_work_mem=512MB -c max_wal_size=8GB" >/dev/null
"${as[@]}" "$bin/createdb" -h "$folder" -p "$port" -U chronomap bench
uri="postgresql://chronomap@127.0.0.1:$port/bench"
out="$(mktemp -d /tmp/chronomap-animate-out-XXXXXX)"
for n in "${sizes[@]}"; do
  echo "== $n events"
  "$build/bench/postgis_bench" "$uri" --events "$n" --table "events_$n" --moves 2 | grep -E "^import" || true
  for mode in "--window 7d" "--cumulative"; do
    /usr/bin/time -v "$build/chronomap" render "$uri?table=events_$n" --animate 2018-03-01/2018-05-01 --step 1d \
      $mode --size 960x600 --bbox 0,15,60,42 -o "$out/a.mp4" -v 2> "$out/err" >/dev/null
    rss=$(grep "Maximum resident set size" "$out/err" | awk '{print $NF}')
    wall=$(grep "Elapsed (wall clock)" "$out/err" | awk '{print $NF}')
    fetched=$(grep -o "fetched .*" "$out/err" || true)
    echo "$mode: peak RSS $((rss / 1024)) MiB, wall $wall; $fetched"
  done
done
rm -rf "$out"
