#!/bin/sh
# Runs the libFuzzer targets of a KOHTAAMO_FUZZ build (docs/fuzzing.md), one after the other, each for SECONDS:
#   tools/run-fuzz.sh BUILD_FUZZ SECONDS [TARGET ...]
# Each grows its corpus in BUILD_FUZZ/corpus/TARGET (seeded by tools/fuzz-corpus.sh), writes its log to
# BUILD_FUZZ/logs/TARGET.log and a crashing input to BUILD_FUZZ/crashes/TARGET/. Exits 1 when any target found a
# crash, a leak, a timeout or ran out of memory, after running the others.
set -u

BUILD_FUZZ=${1:?usage: tools/run-fuzz.sh BUILD_FUZZ SECONDS [TARGET ...]}
SECONDS_EACH=${2:?usage: tools/run-fuzz.sh BUILD_FUZZ SECONDS [TARGET ...]}
shift 2
SOURCE=$(cd "$(dirname "$0")/.." && pwd)
TARGETS=${*:-fuzz_interchange_import fuzz_json_record fuzz_topic_file fuzz_csv_table fuzz_xlsx_table \
fuzz_worker_register fuzz_calendar_entry}

# UBSan stops at the first finding with a stack (the core is built with -fno-sanitize-recover=undefined too); leaks in
# system libraries we do not own are suppressed as in the test suite.
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$SOURCE/tests/lsan.supp}"

failed=""
for target in $TARGETS; do
    program="$BUILD_FUZZ/fuzz/$target"
    if [ ! -x "$program" ]; then
        echo "run-fuzz: $program is not built" >&2
        exit 2
    fi
    mkdir -p "$BUILD_FUZZ/corpus/$target" "$BUILD_FUZZ/crashes/$target" "$BUILD_FUZZ/logs"
    dict=""
    case $target in
        fuzz_interchange_import | fuzz_json_record | fuzz_topic_file) dict="-dict=$SOURCE/fuzz/interchange.dict" ;;
    esac
    log="$BUILD_FUZZ/logs/$target.log"
    echo "== $target: $SECONDS_EACH s (log $log)"
    # shellcheck disable=SC2086
    if "$program" -max_total_time="$SECONDS_EACH" -rss_limit_mb=2048 -timeout=60 -print_final_stats=1 \
        -artifact_prefix="$BUILD_FUZZ/crashes/$target/" $dict "$BUILD_FUZZ/corpus/$target" >"$log" 2>&1; then
        grep -E "^stat::number_of_executed_units|^stat::average_exec_per_sec|^#[0-9]+ +DONE" "$log" | tr '\n' ' '
        echo
    else
        echo "!! $target failed: see $log and $BUILD_FUZZ/crashes/$target/"
        grep -E "^==[0-9]+==ERROR|^SUMMARY|runtime error" "$log" | head -5
        failed="$failed $target"
    fi
done
if [ -n "$failed" ]; then
    echo "run-fuzz: findings in:$failed" >&2
    exit 1
fi
