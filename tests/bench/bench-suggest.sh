#!/bin/bash
# Benchmarks diptych-cli suggest on a 1 MB article against diptych-cli diff
# on a 1 MB pair, on a release build.
# usage: tests/bench/bench-suggest.sh [--runs N]
set -euo pipefail
top="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$top"
[ -f build-release/build.ninja ] || meson setup build-release --buildtype=release -Dapp=false >/dev/null
ninja -C build-release src/cli/diptych-cli src/cli/diptych-cli-full >/dev/null
exec python3 tests/bench/bench-suggest.py build-release/src/cli/diptych-cli tests/data/labels-dev "$@"
