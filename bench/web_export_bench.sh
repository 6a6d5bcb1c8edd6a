#!/usr/bin/env bash
# Size and export time of the web pages (issue 22): the seed story as story.html, and a year
# of ~100 k synthetic events by day at 1280x720 as map.html (365 WebP frames); each also in the
# folder form (--web -o DIR/: index.html and the images as files).
# Usage: bench/web_export_bench.sh [OUT_DIR] [folder]   ("folder": only the folder forms)   (figures in docs/PERFORMANCE.md)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$(mktemp -d)}"
only_folders="${2:-}"
mkdir -p "$out"
# generate_events spreads its events over 2016-2017: 200 k of them put ~100 k in 2017.
events=/tmp/chronomap-bench-200k.json
[[ -f "$events" ]] || "$root/build/bench/generate_events" 200000 "$events" 1 --coordinates >/dev/null
measure() { /usr/bin/time -f "  wall %e s, cpu %U+%S s, max rss %M KB" "$@" 2>&1 | grep -vE "^\s*$" | tail -3; }
if [[ -z "$only_folders" ]]; then
  echo "seed story -> $out/story.html"
  measure "$root/build/chronomap" present "$root/examples/seed-story.json" --export "$out/story.html"
  echo "a year by day, 1280x720 -> $out/map.html"
  measure "$root/build/chronomap" render "$events" --animate 2017-01-01/2018-01-01 --step 1d --window 7d \
    --size 1280x720 -o "$out/map.html" -v
  ls -l "$out"/story.html "$out"/map.html
fi
echo "seed story -> $out/story/"
measure "$root/build/chronomap" present "$root/examples/seed-story.json" --web --export "$out/story/"
echo "a year by day, 1280x720 -> $out/map/"
measure "$root/build/chronomap" render "$events" --animate 2017-01-01/2018-01-01 --step 1d --window 7d \
  --size 1280x720 --web -o "$out/map/" -v
du -sb "$out"/story "$out"/map
ls -l "$out"/story/index.html "$out"/map/index.html
