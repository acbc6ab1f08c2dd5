# kohtaamo-cli export and import: a round trip gives the same document, bad input is refused with the place in the
# file and leaves the database as it was, an office is imported only into a database without one.
include(${CMAKE_CURRENT_LIST_DIR}/CliTestSupport.cmake)
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})

expect_exit(0 --db ${WORK}/office.sqlite demo --workers 30 --requests 40 --seed 3 --today 2026-11-02)

# Round trip: export, import into an empty database, export again. Worker keys ("w1" ...) follow the export order
# (by id), so the second document is byte for byte the first one.
expect_ok(--db ${WORK}/office.sqlite export ${WORK}/office.json)
file(READ ${WORK}/office.json first)
string(JSON format GET "${first}" format)
string(JSON workerCount LENGTH "${first}" workers)
string(JSON requestCount LENGTH "${first}" requests)
if(NOT format STREQUAL "kohtaamo-interchange" OR NOT workerCount EQUAL 30 OR NOT requestCount EQUAL 40)
    message(FATAL_ERROR "export: format ${format}, ${workerCount} workers, ${requestCount} requests")
endif()
expect_ok(--db ${WORK}/copy.sqlite import ${WORK}/office.json)
expect_match("${LAST_OUT}" "workers: 30\n" "import summary")
expect_match("${LAST_OUT}" "requests: 40\n" "import summary")
expect_ok(--db ${WORK}/copy.sqlite export ${WORK}/copy.json)
file(READ ${WORK}/copy.json second)
if(NOT first STREQUAL second)
    execute_process(COMMAND diff ${WORK}/office.json ${WORK}/copy.json OUTPUT_VARIABLE difference)
    message(FATAL_ERROR "export after import differs from the first export:\n${difference}")
endif()
# Standard output and standard input ("-") carry the same document.
expect_ok(--db ${WORK}/copy.sqlite export -)
if(NOT LAST_OUT STREQUAL first)
    message(FATAL_ERROR "export - differs from export FILE")
endif()
# The database holds what the original holds (the audit log differs: the import writes its own entries).
database_info(${WORK}/office.sqlite originalInfo)
database_info(${WORK}/copy.sqlite copyInfo)
string(REGEX REPLACE "database: [^\n]*\n" "" originalInfo "${originalInfo}")
string(REGEX REPLACE "database: [^\n]*\n" "" copyInfo "${copyInfo}")
string(REGEX REPLACE "audit_log: [0-9]+" "" originalInfo "${originalInfo}")
string(REGEX REPLACE "audit_log: [0-9]+" "" copyInfo "${copyInfo}")
if(NOT originalInfo STREQUAL copyInfo)
    message(FATAL_ERROR "counts differ after the round trip:\n${originalInfo}\nversus\n${copyInfo}")
endif()

# Refused with exit 2 and the message `pattern` on stderr, and the database `db` is exactly as it was.
function(expect_refused db file pattern)
    database_info(${db} before)
    expect_exit(2 --db ${db} import ${file})
    expect_match("${LAST_ERR}" "${pattern}" "import ${file}")
    expect_match("${LAST_ERR}" "Nothing was imported" "import ${file}")
    if(NOT LAST_OUT STREQUAL "")
        message(FATAL_ERROR "a refused import printed a summary: ${LAST_OUT}")
    endif()
    database_info(${db} after)
    if(NOT before STREQUAL after)
        message(FATAL_ERROR "import ${file} was refused but changed the database:\n${before}\nversus\n${after}")
    endif()
endfunction()

# Writes `document` with one value changed (string(JSON SET) arguments) to WORK/name.json.
function(write_changed name)
    string(JSON changed SET "${first}" ${ARGN})
    file(WRITE ${WORK}/${name}.json "${changed}")
endfunction()

# An empty database (made with init: reading commands never create one): only the seeded topics and service types.
expect_ok(--db ${WORK}/empty.sqlite init)
database_info(${WORK}/empty.sqlite emptyInfo)

# A bad value in the last request: everything before it (30 workers, 39 requests) would show in a half-import.
math(EXPR last "${requestCount} - 1")
write_changed(late-status requests ${last} status "\"pondering\"")
expect_refused(${WORK}/empty.sqlite ${WORK}/late-status.json
               "requests\\[${last}\\]\\.status: unknown value \"pondering\" \\(expected one of: ")
# The place of a nested record.
write_changed(consent-scope workers 3 consents 0 scope "\"foo\"")
expect_refused(${WORK}/empty.sqlite ${WORK}/consent-scope.json "workers\\[3\\]\\.consents\\[0\\]\\.scope: unknown value \"foo\"")
# A wrong type, a date that is no date, a field this Kohtaamo does not know, a reference to nothing.
write_changed(wrong-type workers 5 pseudonym "\"no\"")
expect_refused(${WORK}/empty.sqlite ${WORK}/wrong-type.json "workers\\[5\\]\\.pseudonym: expected true or false, found text")
write_changed(bad-date requests ${last} receivedOn "\"2026-02-30\"")
expect_refused(${WORK}/empty.sqlite ${WORK}/bad-date.json "requests\\[${last}\\]\\.receivedOn: expected a date such as 2026-03-16")
write_changed(unknown-field workers 0 favouriteColour "\"blue\"")
expect_refused(${WORK}/empty.sqlite ${WORK}/unknown-field.json "workers\\[0\\]\\.favouriteColour: unknown field")
write_changed(unknown-topic workers 29 experiences 0 topic "\"astrology\"")
expect_refused(${WORK}/empty.sqlite ${WORK}/unknown-topic.json "workers\\[29\\]\\.experiences\\[0\\]\\.topic: no topic has the code \"astrology\"")
# Not a Kohtaamo document, a newer format, not JSON at all.
write_changed(other-format format "\"spreadsheet\"")
expect_refused(${WORK}/empty.sqlite ${WORK}/other-format.json "format: expected \"kohtaamo-interchange\"")
write_changed(newer version 5)
expect_refused(${WORK}/empty.sqlite ${WORK}/newer.json "version: the file has format version 5")
file(WRITE ${WORK}/not-json.json "{\n  \"format\": \"kohtaamo-interchange\",\n  \"version\": 1,\n  workers: []\n}\n")
expect_refused(${WORK}/empty.sqlite ${WORK}/not-json.json "The file is not valid JSON \\(line 4, column [0-9]+: ")
write_changed(largest-fee officeSettings maxFeeCents 0)
expect_refused(${WORK}/empty.sqlite ${WORK}/largest-fee.json "officeSettings\\.maxFeeCents: The largest fee must be more than 0")
file(WRITE ${WORK}/array.json "[1, 2, 3]")
expect_refused(${WORK}/empty.sqlite ${WORK}/array.json "not a JSON object")
database_info(${WORK}/empty.sqlite emptyAfter)
if(NOT emptyInfo STREQUAL emptyAfter)
    message(FATAL_ERROR "refused imports changed the empty database")
endif()

# A database that already holds an office is refused as a whole (workers have no stable key to merge by), also
# when the file is that office's own export.
database_info(${WORK}/copy.sqlite before)
expect_exit(2 --db ${WORK}/copy.sqlite import ${WORK}/office.json)
expect_match("${LAST_ERR}" "already holds workers, requests or experience knowledge" "import into a full database")
database_info(${WORK}/copy.sqlite after)
if(NOT before STREQUAL after)
    message(FATAL_ERROR "an import into a database with data changed it")
endif()
# Topics, organisations and coordinators the database has are used by code, name and username: a database with
# only those (here: an import of just them) takes the whole office.
string(JSON onlyShared SET "${first}" workers "[]")
string(JSON onlyShared SET "${onlyShared}" requests "[]")
string(JSON onlyShared SET "${onlyShared}" knowledge "[]")
string(JSON onlyShared SET "${onlyShared}" outbox "[]")
string(JSON onlyShared SET "${onlyShared}" paymentBatches "[]")
file(WRITE ${WORK}/shared.json "${onlyShared}")
expect_ok(--db ${WORK}/shared.sqlite import ${WORK}/shared.json)
expect_match("${LAST_OUT}" "organisations: [1-9][0-9]* created, 0 already there" "first import of the shared records")
expect_ok(--db ${WORK}/shared.sqlite import ${WORK}/office.json)
expect_match("${LAST_OUT}" "organisations: 0 created, [1-9][0-9]* already there" "organisations kept by name")
expect_match("${LAST_OUT}" "coordinators: 0 created, [1-9][0-9]* already there" "coordinators kept by username")
expect_match("${LAST_OUT}" "topics: 0 created, 0 updated, [1-9][0-9]* already there" "topics kept by code")
expect_ok(--db ${WORK}/shared.sqlite export ${WORK}/shared-export.json)
file(READ ${WORK}/shared-export.json third)
if(NOT first STREQUAL third)
    message(FATAL_ERROR "an office imported over its shared records exports differently")
endif()

# A document of the previous format version still imports, as that version wrote it: each invitation's history
# starts with its sending, no one is in reserve, no change notices, the office keeps its settings.
expect_ok(--db ${WORK}/v1.sqlite import ${CMAKE_CURRENT_LIST_DIR}/../data/interchange-v1.json)
expect_match("${LAST_OUT}" "invitations: 2\ninvitation history steps: 2\n" "import of a version 1 document")
expect_match("${LAST_OUT}" "change notices: 0\noffice settings: kept as they were\n" "import of a version 1 document")

# Files that cannot be read.
expect_exit(3 --db ${WORK}/empty.sqlite import ${WORK}/no-such-file.json)
expect_match("${LAST_ERR}" "Cannot read" "a missing file")
expect_exit(2 --db ${WORK}/empty.sqlite import)
expect_exit(2 --db ${WORK}/empty.sqlite import a.json b.json)
