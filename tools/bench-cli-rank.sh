#!/bin/sh
# Times `kohtaamo-cli rank` as a whole process (start, open, read, rank, print, exit) on a 10,000-worker SQLite
# database: issue 3 asks for under 300 ms. Hot cache: one run first that is not counted, then RUNS runs; prints the
# median and the spread of the wall time, the median CPU time (user + system: what the process itself costs, which
# stays put when other work shares the cores and the wall time does not) and the largest resident set.
# Usage: tools/bench-cli-rank.sh BUILD_DIR [DATABASE]
#   DATABASE: default $TMPDIR/kohtaamo-bench10k.sqlite, created when missing with
#             kohtaamo-cli demo --workers 10000 --requests 20000 --seed 1 (that takes minutes; the time is printed).
#   REF=...   the request to rank (default: the first tagged one, found with sqlite3); RUNS=5 by default.
# Then the same ranking as one SQL query in the sqlite3 shell (benchmarks/rank_query.sql), paired runs, and a check
# that both give the same top 50 (exit status 4 when they do not).
# Needs /usr/bin/time (Debian package time), sqlite3 and python3 (for the check).
set -eu

BUILD=${1:?"usage: $0 BUILD_DIR [DATABASE]"}
DB=${2:-${TMPDIR:-/tmp}/kohtaamo-bench10k.sqlite}
RUNS=${RUNS:-5}
CLI="$BUILD/app/kohtaamo-cli"
if [ ! -x "$CLI" ]; then
    echo "$CLI is missing: build $BUILD first" >&2
    exit 1
fi
if [ ! -x /usr/bin/time ]; then
    echo "/usr/bin/time is missing (Debian package time)" >&2
    exit 1
fi

if [ ! -e "$DB" ]; then
    echo "Creating $DB (10,000 workers, 20,000 requests) ..."
    /usr/bin/time -f "demo: %e s wall, %M KB max RSS" "$CLI" --db "$DB" demo --workers 10000 --requests 20000 --seed 1 \
        >/dev/null
fi
if [ -z "${REF:-}" ]; then
    if ! command -v sqlite3 >/dev/null; then
        echo "sqlite3 is missing: install it or give the request as REF=..." >&2
        exit 1
    fi
    REF=$(sqlite3 "$DB" "SELECT reference FROM requests WHERE status = 'tagged' ORDER BY id LIMIT 1")
fi
workers=$("$CLI" --db "$DB" info | sed -n 's/^workers: //p')
echo "kohtaamo-cli on $DB ($workers workers), request $REF, medians of $RUNS runs after one warm-up run"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/kohtaamo-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# measure LABEL ARGS...: runs kohtaamo-cli --db DB ARGS, prints the median wall time in ms and the largest RSS.
measure() {
    label=$1
    shift
    "$CLI" --db "$DB" "$@" >/dev/null
    : >"$tmp/wall"
    : >"$tmp/rss"
    : >"$tmp/cpu"
    i=0
    while [ "$i" -lt "$RUNS" ]; do
        start=$(date +%s%N)
        /usr/bin/time -f "%M %U %S" -o "$tmp/one" "$CLI" --db "$DB" "$@" >/dev/null
        end=$(date +%s%N)
        echo $(( (end - start) / 1000000 )) >>"$tmp/wall"
        awk '{ print $1 }' "$tmp/one" >>"$tmp/rss"
        awk '{ printf "%d\n", ($2 + $3) * 1000 }' "$tmp/one" >>"$tmp/cpu"
        i=$((i + 1))
    done
    median=$(sort -n "$tmp/wall" | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
    low=$(sort -n "$tmp/wall" | head -n 1)
    high=$(sort -n "$tmp/wall" | tail -n 1)
    cpu=$(sort -n "$tmp/cpu" | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
    rss=$(sort -n "$tmp/rss" | tail -n 1)
    printf '%-34s wall %5s ms (%s-%s)  cpu %4s ms  max RSS %s MB\n' "$label" "$median" "$low" "$high" "$cpu" \
        $((rss / 1024))
}

measure "rank REF" rank "$REF"
measure "rank REF --json" rank "$REF" --json
measure "rank REF --excluded --json" rank "$REF" --excluded --json
measure "suggest-team REF --json" suggest-team "$REF" --json
measure "info (open and count, for scale)" info

# The peer (issue 18): the same ranking as one SQL query (benchmarks/rank_query.sql) run by the sqlite3 shell on the
# same file, in the office's time zone (the engine compares local days), for the same day. Paired runs, alternating
# the two; then both top 50 lists (worker ids and scores) must be the same.
if command -v sqlite3 >/dev/null && command -v python3 >/dev/null; then
    zone=$(sqlite3 -readonly "$DB" "SELECT time_zone FROM office_settings" 2>/dev/null || true)
    zone=${zone:-Europe/Helsinki}
    today=$(TZ="$zone" date +%F)
    {
        printf '.parameter set @ref "'"'"'%s'"'"'"\n' "$REF"
        printf '.parameter set @today "'"'"'%s'"'"'"\n' "$today"
        cat "$(dirname "$0")/../benchmarks/rank_query.sql"
    } >"$tmp/rank.sql"
    : >"$tmp/cli"
    : >"$tmp/sql"
    "$CLI" --db "$DB" rank "$REF" --json --limit 50 >/dev/null
    TZ="$zone" sqlite3 -readonly "$DB" ".read $tmp/rank.sql" >/dev/null
    i=0
    while [ "$i" -lt "$RUNS" ]; do
        /usr/bin/time -f "%e %U %S" -o "$tmp/one" "$CLI" --db "$DB" rank "$REF" --json --limit 50 >"$tmp/cli.json"
        awk '{ printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000 }' "$tmp/one" >>"$tmp/cli"
        /usr/bin/time -f "%e %U %S" -o "$tmp/one" env TZ="$zone" sqlite3 -readonly "$DB" ".read $tmp/rank.sql" \
            >"$tmp/sql.txt"
        awk '{ printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000 }' "$tmp/one" >>"$tmp/sql"
        i=$((i + 1))
    done
    for which in cli sql; do
        wall=$(cut -d' ' -f1 "$tmp/$which" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
        cpu=$(cut -d' ' -f2 "$tmp/$which" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
        eval "${which}_wall=$wall ${which}_cpu=$cpu"
    done
    printf 'paired, top 50: kohtaamo-cli rank --json  wall %s ms  cpu %s ms\n' "$cli_wall" "$cli_cpu"
    printf 'paired, top 50: sqlite3 rank_query.sql    wall %s ms  cpu %s ms  (TZ=%s, day %s)\n' "$sql_wall" \
        "$sql_cpu" "$zone" "$today"
    awk -v a="$sql_wall" -v b="$cli_wall" -v c="$sql_cpu" -v d="$cli_cpu" \
        'BEGIN { printf "kohtaamo-cli is %.2fx the speed of the SQL query (wall), %.2fx (CPU); issue 18 asks for 2x\n", a / b, c / d }'
    if python3 - "$tmp/cli.json" "$tmp/sql.txt" <<'PY'; then
import json, sys
cli = [(c["workerId"], c["score"]) for c in json.load(open(sys.argv[1]))["candidates"]][:50]
sql = [tuple(int(x) for x in line.split("|")) for line in open(sys.argv[2]) if line.strip()]
for i, (a, b) in enumerate(zip(cli, sql)):
    if a != b:
        print(f"place {i + 1}: kohtaamo-cli {a}, SQL {b}")
sys.exit(0 if cli == sql else 1)
PY
        echo "top 50 (ids and scores): the same"
    else
        echo "top 50: DIFFERENT" >&2
        exit 4
    fi
else
    echo "sqlite3 or python3 is missing: the SQL peer was not run" >&2
fi
