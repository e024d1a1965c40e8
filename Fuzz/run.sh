#!/bin/bash
# Builds the libFuzzer targets and runs each one: until FUZZ_RUNS executions (default 1,000,000)
# or FUZZ_TIME seconds (default 1200), whichever comes first. Not part of CI: `make fuzz`.
# New inputs go to .build-fuzz/corpus/<target> (git-ignored); the committed seeds in
# Fuzz/corpus/<target> are read, never written. A crash leaves crash-* files in .build-fuzz/
# artifacts/ and stops with exit 1: turn it into a regression test (Fuzz/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
targets=${FUZZ_TARGETS:-FuzzAttributes FuzzCSV FuzzYAML FuzzNote FuzzWord}
for t in $targets; do
  STOCKTAKE_FUZZ=1 swift build -c debug --sanitize=fuzzer --product "$t" --scratch-path .build-fuzz 2>&1 | grep -E "error|Linking" || true
done
mkdir -p .build-fuzz/artifacts
status=0
for t in $targets; do
  mkdir -p ".build-fuzz/corpus/$t"
  log=".build-fuzz/$t.log"
  start=$(date +%s)
  # Word files are zip archives of tens of KB; the text formats stay small.
  max_len=${FUZZ_MAX_LEN:-4096}
  if [ "$t" = FuzzWord ]; then max_len=${FUZZ_MAX_LEN:-65536}; fi
  if ! SWIFT_BACKTRACE=enable=no ".build-fuzz/debug/$t" ".build-fuzz/corpus/$t" "Fuzz/corpus/$t" -runs="${FUZZ_RUNS:-1000000}" \
       -max_total_time="${FUZZ_TIME:-1200}" -timeout=10 -rss_limit_mb=2048 -max_len=$max_len \
       -artifact_prefix=".build-fuzz/artifacts/$t-" -print_final_stats=1 >"$log" 2>&1; then
    status=1
    echo "$t: FAILED (see $log and .build-fuzz/artifacts/)"
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  echo "$t: ${runs:-?} executions in $(( $(date +%s) - start )) s, corpus $(ls ".build-fuzz/corpus/$t" | wc -l) inputs"
done
exit $status
