#!/bin/sh
# `make benchmarks`: the benchmark executables and the whole-process measurements, on a built tree (Release or
# RelWithDebInfo). Numbers and how to read them: docs/performance.md.
# Usage: tools/run-benchmarks.sh BUILD_DIR
set -eu

BUILD=${1:?"usage: $0 BUILD_DIR"}
TOOLS=$(cd "$(dirname "$0")" && pwd)

"$BUILD/benchmarks/kohtaamo-bench-matching" --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
"$TOOLS/bench-cli-rank.sh" "$BUILD"

# The request inbox on the 50,000-worker / 200,000-request demo office (docs/performance.md, "Desktop: request
# inbox"). The database is made once, outside the repository (INBOX_DB=... to use another file); making it takes
# about half an hour on the 2-core VM.
INBOX_DB=${INBOX_DB:-/tmp/kohtaamo-bench-inbox.sqlite}
if [ ! -f "$INBOX_DB" ]; then
    echo "Creating $INBOX_DB (50,000 workers, 200,000 requests; this takes a while) ..."
    "$BUILD/app/kohtaamo-cli" --db "$INBOX_DB" demo --workers 50000 --requests 200000 --seed 1
fi
"$BUILD/benchmarks/kohtaamo-bench-inbox" --db "$INBOX_DB" ${INBOX_ARGS:-}

# The warm ranking on the same office (docs/performance.md, "The warm ranking"): first open of Candidates, re-ranking
# after an invitation, an answer and an edit beside reading everything again, the snapshot's memory.
"$BUILD/benchmarks/kohtaamo-bench-warm" --db "$INBOX_DB" --runs 3

# The funder's results report for the busiest year on the same office, and the same key figures through the sqlite3
# shell as its peer (docs/performance.md, "The results report").
"$BUILD/benchmarks/kohtaamo-bench-report" --db "$INBOX_DB"
