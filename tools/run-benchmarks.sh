#!/bin/sh
# `make benchmarks`: the benchmark executables and the whole-process measurements, on a built tree (Release or
# RelWithDebInfo). Numbers and how to read them: docs/performance.md.
# Usage: tools/run-benchmarks.sh BUILD_DIR
set -eu

BUILD=${1:?"usage: $0 BUILD_DIR"}
TOOLS=$(cd "$(dirname "$0")" && pwd)

"$BUILD/benchmarks/kohtaamo-bench-matching" --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
"$TOOLS/bench-cli-rank.sh" "$BUILD"
