#!/bin/sh
# Usage: tools/with-postgres.sh tools/bench-search-postgres.sh  (BUILD=build dir with build/bench/office.sqlite at schema 16)
# Loads the 200,000 requests of the SQLite bench office into a throwaway PostgreSQL and times the search there.
set -eu
B=${BUILD:-build}
URL="postgresql://$PGUSER:$PGPASSWORD@$PGHOST:$PGPORT/kohtaamo_bench"
psql -X -q -c "CREATE DATABASE kohtaamo_bench"
$B/app/kohtaamo-cli --db "$URL" init
cols=$(sqlite3 -readonly $B/bench/office.sqlite "SELECT group_concat(name, ',') FROM pragma_table_info('requests')")
sqlite3 -readonly -csv -nullvalue '\N' $B/bench/office.sqlite "SELECT $cols FROM requests" > $B/bench/requests.csv
start=$(date +%s)
psql -X -q "$URL" <<SQL
SET session_replication_role = replica;
\copy requests($cols) FROM '$B/bench/requests.csv' CSV NULL '\N'
SQL
echo "copy + trigram indexes: $(( $(date +%s) - start )) s"
psql -X -q "$URL" -c "VACUUM ANALYZE requests"
$B/app/kohtaamo-cli --db "$URL" info | head -3
$B/benchmarks/kohtaamo-bench-search --db "$URL" --runs ${RUNS:-5}
for i in reference title requester_name requester_unit; do psql -X -q "$URL" -c "DROP INDEX requests_trgm_$i"; done
psql -X -q "$URL" -c "ANALYZE requests"
$B/app/kohtaamo-cli --db "$URL" info | head -3
$B/benchmarks/kohtaamo-bench-search --db "$URL" --runs ${RUNS:-5}
