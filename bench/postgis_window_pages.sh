#!/usr/bin/env bash
# Pages (index and heap, shared buffers hit + read: EXPLAIN (ANALYZE, BUFFERS)) that each part of a
# window change reads, main's SQL before issue 23's index ranges and this SQL, for a 7- and a 30-day
# window from day 300 of the synthetic two years (03:25:45 UTC), on tables events_N that
# bench/postgis_bench imported (--table events_N). Counts are printed beside: equal within a pair
# (the old count stops at 20 001). Pages do not depend on the machine's load; the times do.
#   PGHOST=127.0.0.1 PGPORT=5432 PGUSER=chronomap PGDATABASE=bench bench/postgis_window_pages.sh N ...
psql_() { psql -At "$@"; }
for n in "$@"; do
  t=events_$n; L=$(psql_ -c "SELECT max_duration_s FROM chronomap_tables WHERE table_name='$t'")
  for days in 7 30; do
    S=$((1483228800 + 300*86400 + 12345)); E=$((S + days*86400))
    H1=$(( (S + 3599) / 3600 )); H2=$(( E / 3600 )); D1=$(( (S + 86399) / 86400 * 86400 )); D2=$(( E / 86400 * 86400 ))
    old_count="SELECT count(*) FROM (SELECT 1 FROM $t WHERE time_start < to_timestamp($E) AND time_end > to_timestamp($S) AND time_start >= to_timestamp($S - $L) LIMIT 20001) w"
    new_count="SELECT (SELECT COALESCE(sum(events), 0) FROM ${t}_chronomap_hours WHERE hour >= $H1 AND hour < $H2)::bigint + (SELECT COALESCE(sum(sign), 0) FROM (
      SELECT 1 AS sign FROM $t WHERE time_start >= to_timestamp($S - $L) AND time_start < to_timestamp($S - 86400) AND time_end > to_timestamp($S) AND time_end - time_start > interval '1 day'
      UNION ALL SELECT 1 FROM $t WHERE time_start >= to_timestamp($S - 86400) AND time_start < to_timestamp($H1 * 3600) AND time_end > to_timestamp($S)
      UNION ALL SELECT 1 FROM $t WHERE time_start >= to_timestamp($H2 * 3600) AND time_start < to_timestamp($E)) e)::bigint"
    old_edges="SELECT count(*) FROM (SELECT px FROM $t WHERE px IS NOT NULL AND time_start >= to_timestamp($S - $L) AND time_start < to_timestamp($D1) AND time_end > to_timestamp($S)
      UNION ALL SELECT px FROM $t WHERE px IS NOT NULL AND time_start >= to_timestamp($D2) AND time_start < to_timestamp($E)) e"
    new_edges="SELECT count(*) FROM (SELECT px FROM $t WHERE px IS NOT NULL AND time_start >= to_timestamp($S - $L) AND time_start < to_timestamp($S - 86400) AND time_end > to_timestamp($S) AND time_end - time_start > interval '1 day'
      UNION ALL SELECT px FROM $t WHERE px IS NOT NULL AND time_start >= to_timestamp($S - 86400) AND time_start < to_timestamp($D1) AND time_end > to_timestamp($S)
      UNION ALL SELECT px FROM $t WHERE px IS NOT NULL AND time_start >= to_timestamp($D2) AND time_start < to_timestamp($E)) e"
    for q in old_count new_count old_edges new_edges; do
      sql="${!q}"
      value=$(psql_ -c "$sql")
      plan=$(psql_ -c "EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) $sql")
      echo "$n rows, $days days, $q = $value: $(python3 -c 'import json,sys; p=json.loads(sys.stdin.read())[0]; pl=p["Plan"]; print("%d pages, %.1f ms" % (pl["Shared Hit Blocks"]+pl["Shared Read Blocks"], p["Execution Time"]))' <<<"$plan")"
    done
  done
done
