#!/bin/sh
# Start -> window settled, Kohtaamo beside DB Browser for SQLite opening the same file, measured by one method for
# both (issue 18; docs/performance.md, "Start beside DB Browser for SQLite"):
#   tools/bench-startup-x11.sh BUILD OFFICE.sqlite [RUNS]
# Under a private Xvfb each program is started with a fresh HOME; from its start the script captures its top-level
# window (xwd) as often as it can for SETTLE_SECONDS (default 6) and notes when each capture was taken. The window is
# "settled" at the first capture from which every later one is the same picture as the last: mapped, drawn, its data
# shown. Runs alternate between the two; medians are printed. Needs Debian's xvfb, xdotool, x11-apps (xwd) and
# sqlitebrowser; it says which is missing.
set -eu

BUILD=${1:?"usage: $0 BUILD OFFICE.sqlite [RUNS]"}
OFFICE=${2:?"usage: $0 BUILD OFFICE.sqlite [RUNS]"}
RUNS=${3:-5}
SETTLE=${SETTLE_SECONDS:-6}
for tool in Xvfb xdotool xwd sqlitebrowser md5sum; do
    command -v "$tool" > /dev/null || { echo "bench-startup-x11: $tool is missing (apt-get install xvfb xdotool x11-apps sqlitebrowser)" >&2; exit 2; }
done
KOHTAAMO=$(cd "$BUILD" && pwd)/app/kohtaamo
[ -x "$KOHTAAMO" ] || { echo "bench-startup-x11: $KOHTAAMO is not built" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/kohtaamo-startup.XXXXXX")
display=:$(( 90 + $(od -An -N1 -tu1 /dev/urandom | tr -d ' ') % 100 ))
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp > "$work/xvfb.log" 2>&1 &
xvfb=$!
cleanup() {
    kill "$xvfb" 2> /dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT INT TERM
export DISPLAY="$display"
sleep 1

now_ms() { date +%s%3N; }

# measure NAME WINDOW-NAME-PATTERN COMMAND...: prints the milliseconds from start to the settled window.
measure() {
    name=$1
    pattern=$2
    shift 2
    home="$work/home-$name"
    rm -rf "$home" && mkdir -p "$home"
    log="$work/$name.captures"
    : > "$log"
    start=$(now_ms)
    HOME="$home" XDG_RUNTIME_DIR="$home" XDG_CONFIG_HOME="$home/.config" "$@" > "$work/$name.out" 2>&1 &
    pid=$!
    end=$((start + SETTLE * 1000))
    window=""
    while [ "$(now_ms)" -lt "$end" ]; do
        if [ -z "$window" ]; then
            window=$(xdotool search --onlyvisible --pid "$pid" --name "$pattern" 2> /dev/null | head -n 1 || true)
            [ -z "$window" ] && continue
        fi
        picture=$(xwd -silent -id "$window" 2> /dev/null | tail -c +200 | md5sum | cut -c1-32 || true)
        echo "$(($(now_ms) - start)) $picture" >> "$log"
    done
    kill "$pid" 2> /dev/null || true
    wait "$pid" 2> /dev/null || true
    # The first capture from which the picture stays the last one.
    awk 'NF == 2 { t[NR] = $1; p[NR] = $2; n = NR }
         END { if (n == 0) { print "none"; exit }
               last = p[n]; at = t[n];
               for (i = n; i >= 1 && p[i] == last; --i) at = t[i];
               print at }' "$log"
}

# The median of the runs that showed a window ("none": no window within SETTLE_SECONDS, left out and counted).
median() { grep -v none | sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "none"; else print v[int((NR + 1) / 2)] }'; }

: > "$work/kohtaamo.times"
: > "$work/dbbrowser.times"
for run in $(seq 1 "$RUNS"); do
    # Both read the file from the page cache, as a coordinator's second start does.
    cat "$OFFICE" > /dev/null
    measure kohtaamo "Kohtaamo" "$KOHTAAMO" --lang en --db "$OFFICE" >> "$work/kohtaamo.times"
    measure dbbrowser "DB Browser" sqlitebrowser --read-only "$OFFICE" >> "$work/dbbrowser.times"
    echo "run $run: kohtaamo $(tail -n 1 "$work/kohtaamo.times") ms, DB Browser $(tail -n 1 "$work/dbbrowser.times") ms"
done
echo "start -> window settled, medians of $RUNS (Xvfb, xwd captures; load $(cut -d' ' -f1-3 /proc/loadavg)):"
echo "  kohtaamo   $(median < "$work/kohtaamo.times") ms  ($(tr '\n' ' ' < "$work/kohtaamo.times"))"
echo "  DB Browser $(median < "$work/dbbrowser.times") ms  ($(tr '\n' ' ' < "$work/dbbrowser.times"))"
