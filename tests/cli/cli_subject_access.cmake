# kohtaamo-cli subject-access and erase-worker (docs/data-protection.md) as an admin's script would run them on a demo
# office: the JSON and the PDF (drawn offscreen, read back with pdftotext: the person's name, every part, page
# numbers), both readable by the owner only; erase-worker asks for --yes, erases, and the audit chain still verifies;
# what is exported afterwards is anonymous; bad usage.
include(${CMAKE_CURRENT_LIST_DIR}/CliTestSupport.cmake)
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
set(DB ${WORK}/office.sqlite)
unset(ENV{DISPLAY})
unset(ENV{WAYLAND_DISPLAY})
unset(ENV{QT_QPA_PLATFORM})
find_program(PDFTOTEXT pdftotext)
find_program(STAT stat)
if(NOT PDFTOTEXT OR NOT STAT)
    message(FATAL_ERROR "pdftotext (poppler-utils) and stat are needed to check the subject access files")
endif()

expect_exit(0 --db ${DB} demo --workers 30 --requests 60 --seed 7 --today 2026-09-30)
# The commands act as the login running them, with its role: the demo office's admin, or one of its coordinators.
set(ENV{USER} mikael.sjoberg)
expect_exit(1 --db ${DB} erase-worker --worker 1 --yes)
expect_match("${LAST_ERR}" "Only an admin can erase a worker" "a coordinator may not erase")
set(ENV{USER} anna.lehtinen)

# The demo office is generated as one audited entry (docs/data-protection.md), so the worker's own record has no
# entries of its own yet: a first export is one, and the second export must list it.
expect_exit(0 --db ${DB} subject-access --worker 1 --json ${WORK}/first.json)
expect_exit(0 --db ${DB} subject-access --worker 1 --json ${WORK}/one.json --pdf ${WORK}/one.pdf --office-name "Kokemus ry")
expect_match("${LAST_ERR}" "Wrote the subject access document \\([0-9]+ pages\\)" "the PDF's pages told")
foreach(file one.json one.pdf)
    execute_process(COMMAND ${STAT} -c %a ${WORK}/${file} OUTPUT_VARIABLE mode OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(NOT mode STREQUAL "600")
        message(FATAL_ERROR "${file} has mode ${mode}, not 600")
    endif()
endforeach()
file(READ ${WORK}/one.json json)
string(JSON name GET "${json}" worker display_name)
string(JSON engagements LENGTH "${json}" engagements)
string(JSON audit LENGTH "${json}" audit_entries)
if(audit LESS 1)
    message(FATAL_ERROR "subject-access: no audit entries about the worker")
endif()
execute_process(COMMAND ${PDFTOTEXT} -layout ${WORK}/one.pdf - OUTPUT_VARIABLE pdf RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "pdftotext could not read the subject access PDF (${rc})")
endif()
expect_match("${pdf}" "Data held about ${name}" "the person's name in the PDF's title")
expect_match("${pdf}" "Kokemus ry" "the office's name in the PDF")
expect_match("${pdf}" "Page 1 of [0-9]+" "page numbers in the PDF")
foreach(part "Consents and their history" "Engagements, hours and fees \\(${engagements}\\)" "Audit log entries about them"
        "Unavailable periods" "E-mail")
    expect_match("${pdf}" "${part}" "the part '${part}' in the PDF")
endforeach()

# Erasure: asked for, done, audited; the chain verifies.
expect_exit(2 --db ${DB} erase-worker --worker 1)
expect_match("${LAST_ERR}" "cannot be undone" "erase-worker without --yes says what it would do")
expect_exit(0 --db ${DB} erase-worker --worker 1 --yes)
expect_match("${LAST_OUT}" "^Erased worker #1: [0-9]+ audit entries scrubbed" "erase-worker's summary")
expect_ok(--db ${DB} audit verify)
expect_exit(0 --db ${DB} subject-access --worker 1 --json ${WORK}/erased.json)
file(READ ${WORK}/erased.json erasedJson)
string(JSON erasedName GET "${erasedJson}" worker display_name)
expect_match("${erasedName}" "^Erased worker #1$" "the erased worker's name")
string(FIND "${erasedJson}" "${name}" at)
if(NOT at LESS 0)
    message(FATAL_ERROR "the erased worker's name is still in what the office holds")
endif()

# Bad usage.
expect_exit(2 --db ${DB} subject-access --worker 1)
expect_exit(2 --db ${DB} subject-access --json ${WORK}/x.json)
expect_exit(3 --db ${DB} subject-access --worker 999999 --json ${WORK}/x.json)
