#!/usr/bin/env bash
# The CTest smoke of one fuzz target: fuzz it from its committed corpus for a few seconds
# (KITH_FUZZ_SMOKE_SECONDS, default 8). New inputs go to a temporary folder that is removed
# afterwards, never into the repository; a crash is kept in CRASH_DIR, and the test fails.
#   smoke.sh FUZZER CORPUS_DIR CRASH_DIR [LIBFUZZER OPTIONS...]
set -euo pipefail
fuzzer=$1 corpus=$2 crashes=$3
shift 3
seconds=${KITH_FUZZ_SMOKE_SECONDS:-8}
scratch=$(mktemp -d "${TMPDIR:-/tmp}/kith-fuzz-smoke-XXXXXX")
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$crashes"
status=0
"$fuzzer" -max_total_time="$seconds" -timeout=60 -rss_limit_mb=2560 -print_final_stats=1 \
  -artifact_prefix="$crashes/" "$@" "$scratch" "$corpus" || status=$?
if [[ $status -ne 0 ]]; then
  echo "The fuzzer stopped with status $status. What it found is in $crashes:" >&2
  ls -l "$crashes" >&2 || true
  echo "Replay one with: $fuzzer <file>" >&2
fi
exit "$status"
