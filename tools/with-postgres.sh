#!/bin/sh
# Runs a command with a throwaway PostgreSQL server: initdb into a temporary folder as an unprivileged user,
# listening on a free loopback port, stopped and deleted when the command ends. Exports PGHOST, PGPORT, PGUSER,
# PGPASSWORD for the command. Usage: tools/with-postgres.sh COMMAND [ARGS...]
set -eu

PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ]; then
    echo "with-postgres: no PostgreSQL server installed (Debian package postgresql)" >&2
    exit 1
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/kohtaamo-pg.XXXXXX")
password=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
printf '%s\n' "$password" > "$tmp/pwfile"

as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}
if [ "$(id -u)" = 0 ]; then
    chown -R postgres "$tmp"
fi

cleanup() {
    as_owner "$PGBIN/pg_ctl" -D "$tmp/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$tmp"
}
trap cleanup EXIT INT TERM

as_owner "$PGBIN/initdb" -D "$tmp/data" -U kohtaamo --pwfile="$tmp/pwfile" --auth=scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 >"$tmp/initdb.log" 2>&1 || { cat "$tmp/initdb.log" >&2; exit 1; }

started=
for attempt in 1 2 3 4 5 6 7 8; do
    port=$(( 20000 + $(od -An -N2 -tu2 /dev/urandom | tr -d ' ') % 30000 ))
    if as_owner "$PGBIN/pg_ctl" -D "$tmp/data" -l "$tmp/server.log" -w -t 30 \
        -o "-p $port -k $tmp -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=200" \
        start >/dev/null 2>&1; then
        started=1
        break
    fi
done
if [ -z "$started" ]; then
    echo "with-postgres: the server did not start:" >&2
    tail -n 20 "$tmp/server.log" >&2
    exit 1
fi

export PGHOST=127.0.0.1 PGPORT="$port" PGUSER=kohtaamo PGPASSWORD="$password" PGDATABASE=postgres
status=0
"$@" || status=$?
exit $status
