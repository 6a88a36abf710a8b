#!/bin/sh
# Runs each libFuzzer harness for a bounded time on its seed corpus.
#   CC=clang meson setup build-fuzz -Dfuzzing=true -Dapp=false && ninja -C build-fuzz
#   tests/fuzz/run.sh build-fuzz [SECONDS per harness, default 60]
# New inputs go to a scratch corpus under the build folder, not into the
# repository; a crash leaves crash-* there and makes the script fail.
set -eu

build=$(cd "${1:?usage: run.sh BUILD-DIR [SECONDS]}" && pwd)
seconds=${2:-60}
here=$(cd "$(dirname "$0")" && pwd)
status=0

for name in sidecar casualty diff detect; do
  exe="$build/tests/fuzz/fuzz-$name"
  work="$build/tests/fuzz/work-$name"
  mkdir -p "$work"
  echo "== fuzz-$name for ${seconds}s"
  if ! (cd "$work" && ASAN_OPTIONS=detect_leaks=1 \
        "$exe" -max_total_time="$seconds" -max_len=65536 -timeout=10 -print_final_stats=1 \
        "$work" "$here/corpus/$name" >"$work.log" 2>&1); then
    status=1
  fi
  grep -E '^#[0-9]+ +DONE|^stat::(number_of_executed_units|peak_rss)|ERROR|SUMMARY' "$work.log" || true
  if ls "$work"/crash-* "$work"/timeout-* "$work"/leak-* >/dev/null 2>&1; then
    echo "fuzz-$name found a problem: $(ls "$work"/crash-* "$work"/timeout-* "$work"/leak-* 2>/dev/null)"
    status=1
  fi
done
exit $status
