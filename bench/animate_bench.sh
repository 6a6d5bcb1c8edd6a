#!/usr/bin/env bash
# Frames per second of `chronomap render --animate` at 1920x1080 with 100 k events, with
# rendering (GL draw + read-back) and encoding (colour conversion + H.264) measured apart.
# Usage: bench/animate_bench.sh [FRAMES] (default 90: three seconds of video at 30 fps)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
frames="${1:-90}"
events=/tmp/chronomap-bench-100k.json
[[ -f "$events" ]] || "$root/build/bench/generate_events" 100000 "$events" 1 --coordinates >/dev/null
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# One frame per 6 hours from 2017-03-01, a 7-day sliding window (~1 000 events shown).
end=$(date -u -d "2017-03-01 + $((frames * 6)) hours" +%Y-%m-%dT%H:%MZ)
for output in "$out/a.mp4" "$out/frames/"; do
  /usr/bin/time -f "  wall %e s, cpu %U+%S s, max rss %M KB" \
    "$root/build/chronomap" render "$events" --animate "2017-03-01/$end" --step 6h --window 7d \
      --size 1920x1080 --fps 30 -o "$output" -v 2>&1 | grep -E "frames:|wall"
done
