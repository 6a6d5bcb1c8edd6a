#!/usr/bin/env bash
# Web pages from a PostGIS table at each size given (default 100000 1000000): peak memory
# (/usr/bin/time -v, maximum resident set size), page size and wall time of the same
# scrubbable map, which must not grow with the table (docs/PERFORMANCE.md, "PostGIS: web pages").
# A throwaway PostgreSQL 15 + PostGIS cluster (bench/pg_bench_cluster.sh); each table is
# imported by build/bench/postgis_bench (synthetic events over 2017-2018), then exported:
#   a 7-day window moved a day a frame over two months (markers: about 9 600 rows a frame at 1 M),
#   the same with --cumulative (everything before: the server's grid past 20 000 events).
#   bench/postgis_web_bench.sh [N ...]
# CHRONOMAP_PG_URI=postgresql://... uses a running server whose tables events_N are imported.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${CHRONOMAP_BUILD_DIR:-$root/build}"
sizes=("$@"); (( ${#sizes[@]} )) || sizes=(100000 1000000)
if [[ -n "${CHRONOMAP_PG_URI:-}" ]]; then uri="$CHRONOMAP_PG_URI"; else source "$root/bench/pg_bench_cluster.sh"; fi
out="$(mktemp -d /tmp/chronomap-web-out-XXXXXX)"
for n in "${sizes[@]}"; do
  echo "== $n events"
  [[ -n "${CHRONOMAP_PG_URI:-}" ]] ||
    "$build/bench/postgis_bench" "$uri" --events "$n" --table "events_$n" --moves 2 | grep -E "^import" || true
  for mode in "--window 7d" "--cumulative"; do
    /usr/bin/time -v "$build/chronomap" render "$uri?table=events_$n" --animate 2018-03-01/2018-05-01 --step 1d \
      $mode --size 960x600 --bbox 0,15,60,42 -o "$out/map.html" -v 2> "$out/err" > "$out/out"
    rss=$(grep "Maximum resident set size" "$out/err" | awk '{print $NF}')
    wall=$(grep "Elapsed (wall clock)" "$out/err" | awk '{print $NF}')
    fetched=$(grep -o "fetched .*" "$out/err" || true)
    wrote=$(grep -o "([^)]*)" "$out/out" | head -1)
    echo "$mode: peak RSS $((rss / 1024)) MiB, wall $wall, page $(stat -c %s "$out/map.html") bytes $wrote; $fetched"
  done
done
rm -rf "$out"
