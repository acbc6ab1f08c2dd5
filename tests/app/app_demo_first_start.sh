#!/bin/sh
# The first start a new user makes, with the real binary: `kohtaamo --demo` (what `make run` starts) on a machine
# that has never seen Kohtaamo fills the demo office in its own file, draws every page with data, and a second start
# opens the same office again instead of generating it twice.
# Usage: app_demo_first_start.sh KOHTAAMO KOHTAAMO_CLI
set -eu
APP=${1:?usage: $0 KOHTAAMO KOHTAAMO_CLI}
CLI=${2:?usage: $0 KOHTAAMO KOHTAAMO_CLI}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT INT TERM
export HOME="$WORK/home"
unset XDG_DATA_HOME XDG_CONFIG_HOME
export XDG_RUNTIME_DIR="$WORK/runtime"
export QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
fail() { echo "FAIL: $*" >&2; exit 1; }

count() { # count TABLE: the rows `kohtaamo-cli info` reports
    "$CLI" --db "$DB" info | sed -n "s/^$1: //p"
}

timeout 300 "$APP" --demo --screenshots "$WORK/first" > "$WORK/first.log" 2>&1 || { cat "$WORK/first.log"; fail "first start"; }
DB="$HOME/.local/share/Kohtaamo/kohtaamo/demo/kohtaamo-demo.sqlite"
[ -f "$DB" ] || { find "$HOME" -type f; fail "no demo office at $DB"; }
workers=$(count workers)
requests=$(count requests)
echo "demo office: $workers workers, $requests requests"
[ "$workers" -ge 100 ] || fail "the demo office has $workers workers, expected about 120"
[ "$requests" -ge 200 ] || fail "the demo office has $requests requests, expected about 240"
[ "$(count organisations)" -ge 5 ] || fail "too few organisations"
# Nothing of the demo leaks into a real office: no other database was made.
others=$(find "$HOME" -name '*.sqlite' ! -path "$DB" | wc -l)
[ "$others" -eq 0 ] || fail "the demo start made other database files: $(find "$HOME" -name '*.sqlite')"

# Requests in every state, and a request being invited for has ranked candidates (as its Candidates tab shows them).
states=$(python3 -c "import sqlite3,sys; print(len(sqlite3.connect(sys.argv[1]).execute('SELECT DISTINCT status FROM requests').fetchall()))" "$DB")
[ "$states" -ge 7 ] || fail "the demo office has requests in $states states, expected all 7"
ref=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(\"SELECT reference FROM requests WHERE status = 'inviting' ORDER BY id LIMIT 1\").fetchone()[0])" "$DB")
"$CLI" --db "$DB" --lang en rank "$ref" > "$WORK/rank.txt" || fail "rank $ref"
candidates=$(grep -c "^ *[0-9][0-9]*[. ]" "$WORK/rank.txt" || true)
echo "request $ref: $candidates ranked candidates"
[ "$candidates" -ge 3 ] || { cat "$WORK/rank.txt"; fail "request $ref has $candidates candidates"; }

# Every page was drawn, at the window's size.
for page in today requests workers settings reports; do
    png="$WORK/first/$page.png"
    [ -s "$png" ] || { ls "$WORK/first"; fail "no screenshot of $page"; }
done
python3 - "$WORK/first/today.png" <<'PY' || fail "today.png is not a 1280×800 PNG"
import struct, sys
data = open(sys.argv[1], 'rb').read(24)
assert data[:8] == b'\x89PNG\r\n\x1a\n', 'not a PNG'
w, h = struct.unpack('>II', data[16:24])
assert (w, h) == (1280, 800), (w, h)
PY

# The second start opens the same office: nothing generated again.
audit=$(count audit_log)
timeout 300 "$APP" --demo --screenshots "$WORK/second" > "$WORK/second.log" 2>&1 || { cat "$WORK/second.log"; fail "second start"; }
[ "$(count workers)" = "$workers" ] || fail "the second start changed the number of workers"
[ "$(count requests)" = "$requests" ] || fail "the second start changed the number of requests"
[ "$(count audit_log)" = "$audit" ] || fail "the second start wrote to the audit log"
echo "ok"
