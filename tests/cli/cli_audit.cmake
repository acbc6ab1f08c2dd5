# kohtaamo-cli audit list (docs/data-protection.md) on a demo office, and the reads it logs: `export`, `report
# results --xlsx` and `fees list --csv` each write one audit entry ("Exported …", the file's name without its
# folder, the login that ran it), `audit verify` passes afterwards; the filters by worker, request, coordinator and
# period, --limit; a coordinator is refused; bad usage.
include(${CMAKE_CURRENT_LIST_DIR}/CliTestSupport.cmake)
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
set(DB ${WORK}/office.sqlite)
unset(ENV{DISPLAY})
unset(ENV{WAYLAND_DISPLAY})
unset(ENV{QT_QPA_PLATFORM})

expect_exit(0 --db ${DB} demo --workers 30 --requests 60 --seed 7 --today 2026-09-30)
set(ENV{USER} anna.lehtinen)

# Three reads that leave the office, each logged once.
expect_ok(--db ${DB} export ${WORK}/office.json)
expect_exit(0 --db ${DB} report results --year 2026 --xlsx ${WORK}/report.xlsx)
expect_exit(0 --db ${DB} fees list --state all --csv ${WORK}/fees.csv)
expect_ok(--db ${DB} audit verify)

expect_exit(0 --db ${DB} audit list --coordinator kohtaamo-cli)
expect_match("${LAST_OUT}" "^Entry\tWhen\tCoordinator\tAction\tRecord\tChanges\n" "the table's header")
string(REGEX MATCHALL "\tExported [a-z ]+\t" exported "${LAST_OUT}")
list(LENGTH exported exports)
if(NOT exports EQUAL 3)
    message(FATAL_ERROR "expected 3 exports logged, got ${exports}:\n${LAST_OUT}")
endif()
expect_match("${LAST_OUT}" "Exported office data\t[^\n]*file: office\\.json" "the interchange export and its file")
expect_match("${LAST_OUT}" "Exported results report\t[^\n]*format: XLSX" "the report's export and its format")
expect_match("${LAST_OUT}" "Exported fees\t[^\n]*file: fees\\.csv" "the fees export")
expect_match("${LAST_OUT}" "login: anna\\.lehtinen" "the login that ran the export")
if(LAST_OUT MATCHES "${WORK}")
    message(FATAL_ERROR "an audit entry holds the export's folder:\n${LAST_OUT}")
endif()
expect_match("${LAST_ERR}" "^4 of 4 entries shown" "how many entries, of how many (the demo and the three exports)")

# Newest first, and --limit.
expect_exit(0 --db ${DB} audit list --limit 2)
string(REGEX MATCHALL "\n" lines "${LAST_OUT}")
list(LENGTH lines count)
if(NOT count EQUAL 3)
    message(FATAL_ERROR "--limit 2: expected a header and 2 entries, got ${count} lines:\n${LAST_OUT}")
endif()
expect_match("${LAST_OUT}" "^[^\n]*\n[0-9]+\t[^\n]*Exported fees" "the newest entry first")

# A worker: their record's entries only (the demo is one entry, so the worker is changed first).
expect_exit(0 --db ${DB} audit list --worker 1)
expect_match("${LAST_ERR}" "0 of 0 entries shown" "no entries about worker 1 yet")
expect_exit(0 --db ${DB} subject-access --worker 1 --json ${WORK}/one.json)
expect_exit(0 --db ${DB} audit list --worker 1)
expect_match("${LAST_OUT}" "Exported subject access data\t" "worker 1's subject access export")
expect_match("${LAST_ERR}" "1 of 1 entries shown" "one entry about worker 1")

# A period: none before the demo's day, and the export's day is today (the machine's today: entries are real time).
expect_exit(0 --db ${DB} audit list --from 2000-01-01 --to 2000-12-31)
expect_match("${LAST_ERR}" "0 of 0 entries shown" "nothing in 2000")

# Rights and bad usage.
set(ENV{USER} mikael.sjoberg)
expect_exit(1 --db ${DB} audit list)
expect_match("${LAST_ERR}" "Only an admin of the office reads the audit log" "a coordinator is refused")
set(ENV{USER} anna.lehtinen)
expect_exit(2 --db ${DB} audit list --from 2026-13-01)
expect_exit(2 --db ${DB} audit list --from 2026-09-30 --to 2026-09-01)
expect_match("${LAST_ERR}" "ends before it begins" "a period backwards is named")
expect_exit(2 --db ${DB} audit list --worker nobody)
expect_exit(2 --db ${DB} audit list --limit 0)
expect_exit(3 --db ${DB} audit list --request 1999-9999)
expect_exit(2 --db ${DB} audit frobnicate)
expect_ok(--db ${DB} audit verify)
