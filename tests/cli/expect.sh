#!/usr/bin/env bash
# Runs a command and checks its exit code and that its stderr contains a text.
# Usage: expect.sh EXIT_CODE TEXT -- COMMAND ARGS...
set -uo pipefail
want="$1" text="$2"
shift 3
err=$(mktemp)
"$@" 2>"$err" >/dev/null
got=$?
if [[ "$got" != "$want" ]]; then
  echo "expected exit $want, got $got from: $*"; cat "$err"; rm -f "$err"; exit 1
fi
if ! grep -qF -- "$text" "$err"; then
  echo "stderr lacks \"$text\":"; cat "$err"; rm -f "$err"; exit 1
fi
rm -f "$err"
