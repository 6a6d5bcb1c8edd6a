#!/usr/bin/env bash
# A compiler launcher that appends "user sys wall object" (CPU seconds of the compilation) to
# $COMPILE_CPU_LOG, for measuring where a cold build's CPU goes (docs/PERFORMANCE.md, "Build").
# Configure a fresh build directory with it in place of ccache:
#   cmake -S . -B /tmp/measure -G Ninja -DCCACHE_PROGRAM=$PWD/bench/compile_cpu_launcher.sh ...
#   COMPILE_CPU_LOG=/tmp/cpu.log ninja -C /tmp/measure -j2 chronomap
#   awk '{cpu += $1 + $2} END {print NR, "units", cpu, "s"}' /tmp/cpu.log
set -euo pipefail
object=unknown
previous=
for argument in "$@"; do
  [[ "$previous" == -o ]] && object="$argument"
  previous="$argument"
done
exec /usr/bin/time -a -o "${COMPILE_CPU_LOG:-/tmp/compile-cpu.log}" -f "%U %S %e $object" "$@"
