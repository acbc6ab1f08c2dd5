#!/bin/sh
# kohtaamo-cli and the files it is given (--db): a mistyped path is refused and nothing is created; only init, demo
# and import make an office; a file or folder the user may read but not write is read, never changed, never "not a
# Kohtaamo database"; the mode of an existing file is never changed.
#
# Permissions mean nothing to root, so as root the checks run as the user "nobody" (setpriv) on files it owns.
# Usage: cli_database_files.sh KOHTAAMO_CLI
set -u
CLI=$1
WORK=$(mktemp -d)
trap 'chmod -R u+w "$WORK" 2>/dev/null; rm -rf "$WORK"' EXIT
chmod 0755 "$WORK"

AS=""
if [ "$(id -u)" = 0 ]; then
    command -v setpriv >/dev/null || { echo "FAIL: running as root needs setpriv to test as another user"; exit 1; }
    AS="setpriv --reuid=nobody --regid=nogroup --clear-groups"
    chown nobody:nogroup "$WORK"
fi
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# run EXPECTED_EXIT ARGS...: runs kohtaamo-cli (as nobody when root); OUT and ERR hold its output.
run() {
    expected=$1; shift
    $AS "$CLI" "$@" >"$WORK/.out" 2>"$WORK/.err"
    rc=$?
    OUT=$(cat "$WORK/.out"); ERR=$(cat "$WORK/.err")
    [ "$rc" = "$expected" ] || fail "kohtaamo-cli $*: exit $rc, expected $expected; stderr: $ERR"
}
mode() { stat -c %a "$1"; }

# 1. A folder that does not exist: every command refuses it (exit 3), and no folder appears.
for cmd in info "export -" init demo; do
    # shellcheck disable=SC2086
    run 3 --db "$WORK/typo/office.sqlite" $cmd
    echo "$ERR" | grep -q "does not exist" || fail "$cmd on a missing folder: no clear message: $ERR"
done
[ -e "$WORK/typo" ] && fail "a missing folder was created"

# 2. A missing file in an existing folder: read commands refuse it with exit 3 and create nothing.
for cmd in info "export -" "rank 2026-0001"; do
    # shellcheck disable=SC2086
    run 3 --db "$WORK/office.sqlite" $cmd
done
[ -e "$WORK/office.sqlite" ] && fail "a read command created the office file"
echo "$ERR" | grep -q "init" || fail "the refusal does not say how to make an office: $ERR"

# 3. init makes a new, empty office (owner-only mode); a second init leaves it as it is.
run 0 --db "$WORK/office.sqlite" init
echo "$OUT" | grep -q "Created a new, empty office" || fail "init: $OUT"
[ "$(mode "$WORK/office.sqlite")" = 600 ] || fail "a new office is not owner-only: $(mode "$WORK/office.sqlite")"
run 0 --db "$WORK/office.sqlite" init
echo "$OUT" | grep -q "already a Kohtaamo office" || fail "init again: $OUT"
run 0 --db "$WORK/demo.sqlite" demo --workers 8 --requests 6 --seed 2 --today 2026-11-02
run 0 --db "$WORK/demo.sqlite" export "$WORK/office.json"
run 0 --db "$WORK/imported.sqlite" import "$WORK/office.json"

# 4. An existing file keeps the mode its owner gave it.
chmod 0640 "$WORK/demo.sqlite"
run 0 --db "$WORK/demo.sqlite" info
[ "$(mode "$WORK/demo.sqlite")" = 640 ] || fail "opening changed the file's mode to $(mode "$WORK/demo.sqlite")"

# 5. A file the user may read but not write: read commands work, the file is not changed, writing is refused.
cp "$WORK/demo.sqlite" "$WORK/readonly.sqlite"
[ -n "$AS" ] && chown nobody:nogroup "$WORK/readonly.sqlite"
chmod 0444 "$WORK/readonly.sqlite"
before=$(md5sum <"$WORK/readonly.sqlite")
run 0 --db "$WORK/readonly.sqlite" info
echo "$OUT" | grep -q "workers: 8" || fail "info on a read-only office: $OUT"
run 0 --db "$WORK/readonly.sqlite" export -
[ "$(mode "$WORK/readonly.sqlite")" = 444 ] || fail "a read-only file was made writable: $(mode "$WORK/readonly.sqlite")"
[ "$(md5sum <"$WORK/readonly.sqlite")" = "$before" ] || fail "a read-only file was changed"
run 1 --db "$WORK/readonly.sqlite" import "$WORK/office.json"
echo "$ERR" | grep -q "no permission to write" || fail "import into a read-only office: $ERR"

# 6. An office in a folder the user may not write (SQLite cannot put its -wal and -shm files there): read, not
#    "not a Kohtaamo database"; a new office there is refused with a permission message.
mkdir "$WORK/shelf"
cp "$WORK/demo.sqlite" "$WORK/shelf/office.sqlite"
[ -n "$AS" ] && chown -R nobody:nogroup "$WORK/shelf"
chmod 0555 "$WORK/shelf"
run 0 --db "$WORK/shelf/office.sqlite" info
echo "$OUT" | grep -q "workers: 8" || fail "info on an office in a read-only folder: $OUT $ERR"
run 1 --db "$WORK/shelf/new.sqlite" init
echo "$ERR" | grep -q "no permission to write" || fail "init in a read-only folder: $ERR"
[ -e "$WORK/shelf/new.sqlite" ] && fail "a file appeared in a read-only folder"

if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "all database file checks passed"
