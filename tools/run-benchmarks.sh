#!/bin/sh
# `make benchmarks`: the benchmark executables and the whole-process measurements, on a built tree (Release or
# RelWithDebInfo). Numbers and how to read them: docs/performance.md.
# Usage: tools/run-benchmarks.sh BUILD_DIR
set -eu

BUILD=${1:?"usage: $0 BUILD_DIR"}
TOOLS=$(cd "$(dirname "$0")" && pwd)

"$BUILD/benchmarks/kohtaamo-bench-matching" --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
"$TOOLS/bench-cli-rank.sh" "$BUILD"

# Demo generation at full scale (docs/performance.md, "Demo generation"), beside the same rows copied by the sqlite3
# shell. It makes the 50,000-worker / 200,000-request office the inbox and report benchmarks read; the office is kept
# under the build directory (OFFICE_DB=... to use another file) and made again only when missing. With the office
# there, GENERATE=1 measures the generation again into a scratch file.
OFFICE_DB=${OFFICE_DB:-${INBOX_DB:-$BUILD/bench-data/office-50k-200k.sqlite}}
INBOX_DB=$OFFICE_DB
mkdir -p "$(dirname "$OFFICE_DB")"
if [ ! -f "$OFFICE_DB" ]; then
    echo "Creating $OFFICE_DB (50,000 workers, 200,000 requests) ..."
    "$BUILD/benchmarks/kohtaamo-bench-generate" --db "$OFFICE_DB" --workers 50000 --requests 200000 --seed 1 || [ $? -eq 3 ]
elif [ "${GENERATE:-0}" = 1 ]; then
    scratch="$(dirname "$OFFICE_DB")/generate-scratch.sqlite"
    rm -f "$scratch" "$scratch-wal" "$scratch-shm"
    "$BUILD/benchmarks/kohtaamo-bench-generate" --db "$scratch" --workers 50000 --requests 200000 --seed 1 || [ $? -eq 3 ]
    rm -f "$scratch" "$scratch-wal" "$scratch-shm"
fi
"$BUILD/benchmarks/kohtaamo-bench-inbox" --db "$INBOX_DB" ${INBOX_ARGS:-}

# The warm ranking on the same office (docs/performance.md, "The warm ranking"): first open of Candidates, re-ranking
# after an invitation, an answer and an edit beside reading everything again, the snapshot's memory.
"$BUILD/benchmarks/kohtaamo-bench-warm" --db "$INBOX_DB" --runs 3

# The funder's results report for the busiest year on the same office, and the same key figures through the sqlite3
# shell as its peer (docs/performance.md, "The results report").
"$BUILD/benchmarks/kohtaamo-bench-report" --db "$INBOX_DB"

# Export and import of the 10,000-worker office on SQLite and PostgreSQL, beside sqlite3 .dump / pg_dump and their
# restores (docs/performance.md, "Export and import of a whole office"; issue 18).
"$TOOLS/with-postgres.sh" "$TOOLS/bench-interchange.sh" "$BUILD"

# Start -> window settled beside DB Browser for SQLite on the 50,000 / 200,000 office, under Xvfb (docs/performance.md,
# "Start beside DB Browser for SQLite"). Its tools are not among the build's dependencies: without them it says so.
if command -v Xvfb > /dev/null && command -v xdotool > /dev/null && command -v xwd > /dev/null \
    && command -v sqlitebrowser > /dev/null; then
    "$TOOLS/bench-startup-x11.sh" "$BUILD" "$INBOX_DB" 5
else
    echo "start beside DB Browser: skipped (apt-get install xvfb xdotool x11-apps sqlitebrowser to measure it)"
fi
