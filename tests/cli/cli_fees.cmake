# kohtaamo-cli fees as a treasurer's script uses it: the due fees listed and written as CSV and XLSX, a request's fees
# marked paid as one batch, then listed as paid; a request with nothing due, a missing date and an unknown action
# are refused.
include(${CMAKE_CURRENT_LIST_DIR}/CliTestSupport.cmake)
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
set(DB ${WORK}/office.sqlite)
set(TODAY 2026-11-02)

expect_exit(0 --db ${DB} demo --workers 60 --requests 80 --seed 5 --today ${TODAY})

# The due fees: a header, one fee a line (tab-separated), the totals last.
expect_ok(--db ${DB} fees list --state due)
string(REPLACE "\n" ";" lines "${LAST_OUT}")
list(LENGTH lines count)
if(count LESS 3)
    message(FATAL_ERROR "fees list: expected due fees in the demo office, got:\n${LAST_OUT}")
endif()
list(GET lines 0 header)
expect_match("${header}" "^Worker\tOrganisation\tRequest\tHeld on\tFee" "fees list header")
list(GET lines 1 first)
string(REPLACE "\t" ";" cells "${first}")
list(GET cells 2 REF)
list(GET cells 7 state)
if(NOT state STREQUAL "due")
    message(FATAL_ERROR "fees list --state due lists a fee in state '${state}'")
endif()
expect_match("${LAST_OUT}" "\nTotal\t" "fees list totals row")

# For bookkeeping: CSV (UTF-8 with BOM, semicolons) and XLSX.
expect_exit(0 --db ${DB} fees list --from 2020-01-01 --to ${TODAY} --csv ${WORK}/due.csv --xlsx ${WORK}/due.xlsx)
expect_match("${LAST_ERR}" "due.csv" "fees list --csv says where it wrote")
file(READ ${WORK}/due.csv csv HEX LIMIT 3)
if(NOT csv STREQUAL "efbbbf")
    message(FATAL_ERROR "fees list --csv: no byte order mark (${csv})")
endif()
file(READ ${WORK}/due.csv csv)
expect_match("${csv}" "Worker;Organisation;Request;Held on;" "CSV header")
expect_match("${csv}" "\nTotal;;;;[0-9]+,[0-9][0-9];" "CSV totals with a decimal comma")
file(SIZE ${WORK}/due.xlsx xlsxSize)
if(xlsxSize LESS 1000)
    message(FATAL_ERROR "fees list --xlsx wrote ${xlsxSize} bytes")
endif()

# Every due fee of the request, paid as one batch (the demo's workers may have earnings ceilings).
expect_ok(--db ${DB} fees mark-paid --on ${TODAY} --batch-note "November" --acknowledge-ceiling ${REF})
expect_match("${LAST_OUT}" "^Batch 2026-11/1: [0-9]+ fees?, " "fees mark-paid names the batch")
expect_ok(--db ${DB} fees list --state paid)
expect_match("${LAST_OUT}" "\t${REF}\t[^\n]*\tpaid\t2026-11-02\t2026-11/1\n" "the fees of ${REF} are paid in the batch")
expect_ok(--db ${DB} fees list --state due)
if(LAST_OUT MATCHES "\t${REF}\t")
    message(FATAL_ERROR "fees of ${REF} are still due after mark-paid:\n${LAST_OUT}")
endif()

# Refusals: nothing due any more, no date, an unknown action, an unknown state.
expect_exit(1 --db ${DB} fees mark-paid --on ${TODAY} ${REF})
expect_match("${LAST_ERR}" "${REF}" "a request with nothing due is named")
expect_exit(2 --db ${DB} fees mark-paid ${REF})
expect_exit(2 --db ${DB} fees pay ${REF})
expect_exit(2 --db ${DB} fees list --state owed)
expect_exit(3 --db ${DB} fees mark-paid --on ${TODAY} 1999-0000)
