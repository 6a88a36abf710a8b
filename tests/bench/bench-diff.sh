#!/bin/bash
# Benchmarks diptych-cli diff against git's word diff on a release build.
# usage: tests/bench/bench-diff.sh [--runs N]
set -euo pipefail
top="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$top"
[ -f build-release/build.ninja ] || meson setup build-release --buildtype=release -Dapp=false >/dev/null
ninja -C build-release src/cli/diptych-cli >/dev/null
exec python3 tests/bench/bench-diff.py build-release/src/cli/diptych-cli "$@"
