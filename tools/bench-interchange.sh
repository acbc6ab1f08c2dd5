#!/bin/sh
# Export and import of a whole office (kohtaamo-cli export / import, docs/interchange.md) as whole processes, on
# SQLite and PostgreSQL: wall and CPU time and the largest resident set (/usr/bin/time), beside the databases' own
# dump and restore of the same office measured in the same run (sqlite3 .dump | sqlite3; pg_dump | psql). Issue 18
# asks for export and import of the 10,000-worker office under 150 MB resident and the PostgreSQL import under 60 s.
# Each import is checked: exporting the imported office again gives the same file, byte for byte.
# Usage: tools/bench-interchange.sh BUILD_DIR [OFFICE.sqlite]
#   OFFICE: default BUILD_DIR/bench-data/office-10k-40k.sqlite, made when missing with
#           kohtaamo-bench-generate --workers 10000 --requests 40000 --seed 1 (minutes).
#   PostgreSQL runs when PGHOST is set (run it under tools/with-postgres.sh, as tools/run-benchmarks.sh does).
# Needs /usr/bin/time (Debian package time), sqlite3, and pg_dump/psql for the PostgreSQL peer.
set -eu

BUILD=${1:?"usage: $0 BUILD_DIR [OFFICE.sqlite]"}
OFFICE=${2:-$BUILD/bench-data/office-10k-40k.sqlite}
CLI="$BUILD/app/kohtaamo-cli"
for tool in "$CLI" /usr/bin/time; do
    if [ ! -x "$tool" ]; then
        echo "$tool is missing" >&2
        exit 1
    fi
done
if [ ! -s "$OFFICE" ]; then
    echo "Creating $OFFICE (10,000 workers, 40,000 requests) ..."
    mkdir -p "$(dirname "$OFFICE")"
    # The generator's own peer copy may fail after the office is written; the office is what is needed here.
    "$BUILD/benchmarks/kohtaamo-bench-generate" --db "$OFFICE" --workers 10000 --requests 40000 --seed 1 ||
        [ -s "$OFFICE" ]
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/kohtaamo-bench-interchange.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

echo "Interchange export and import of $OFFICE"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"

# measure LABEL COMMAND...: runs the command once, prints wall and CPU (user + system) time and the largest RSS.
measure() {
    label=$1
    shift
    /usr/bin/time -f "%e %U %S %M" -o "$tmp/time" "$@" >"$tmp/out" 2>"$tmp/err" || {
        echo "$label: failed" >&2
        cat "$tmp/err" >&2
        exit 1
    }
    awk -v label="$label" '{ printf "%-44s wall %7.1f s   CPU %7.1f s   max RSS %6.0f MB\n", label, $1, $2 + $3, $4 / 1024 }' \
        "$tmp/time"
}

# measure_shell LABEL SCRIPT: the same for a shell pipeline (the peers).
measure_shell() {
    label=$1
    measure "$label" sh -c "$2"
}

same_file() {
    if ! cmp -s "$1" "$2"; then
        echo "round trip: $2 differs from $1" >&2
        exit 4
    fi
}

ls -l "$OFFICE" | awk '{ printf "office file: %.0f MB\n", $5 / 1048576 }'
measure "kohtaamo-cli export (SQLite)" "$CLI" --db "$OFFICE" export "$tmp/office.json"
ls -l "$tmp/office.json" | awk '{ printf "document: %.0f MB\n", $5 / 1048576 }'
measure "kohtaamo-cli import (SQLite)" "$CLI" --db "$tmp/copy.sqlite" import "$tmp/office.json"
"$CLI" --db "$tmp/copy.sqlite" export "$tmp/copy.json"
same_file "$tmp/office.json" "$tmp/copy.json"
rm -f "$tmp/copy.json"
if command -v sqlite3 >/dev/null; then
    measure_shell "peer: sqlite3 .dump" "sqlite3 '$OFFICE' .dump > '$tmp/dump.sql'"
    measure_shell "peer: sqlite3 < dump" "sqlite3 '$tmp/peer.sqlite' < '$tmp/dump.sql'"
    rm -f "$tmp/dump.sql" "$tmp/peer.sqlite"
else
    echo "sqlite3 is missing: no SQLite peer" >&2
fi
rm -f "$tmp/copy.sqlite"

if [ -z "${PGHOST:-}" ]; then
    echo "PGHOST is not set: no PostgreSQL runs (run under tools/with-postgres.sh)"
    exit 0
fi
db="kohtaamo_bench_import_$$"
peer="kohtaamo_bench_peer_$$"
psql -q -d postgres -c "CREATE DATABASE $db" -c "CREATE DATABASE $peer" >/dev/null
url="postgresql://$PGUSER@$PGHOST:$PGPORT/$db"
"$CLI" --db "$url" init >/dev/null
measure "kohtaamo-cli import (PostgreSQL)" "$CLI" --db "$url" import "$tmp/office.json"
measure "kohtaamo-cli export (PostgreSQL)" "$CLI" --db "$url" export "$tmp/pg.json"
same_file "$tmp/office.json" "$tmp/pg.json"
if command -v pg_dump >/dev/null; then
    measure "peer: pg_dump" pg_dump -d "$db" -f "$tmp/pg.sql"
    measure "peer: psql -f" psql -q -X -d "$peer" -v ON_ERROR_STOP=1 -f "$tmp/pg.sql"
fi
psql -q -d postgres -c "DROP DATABASE $db" -c "DROP DATABASE $peer" >/dev/null
