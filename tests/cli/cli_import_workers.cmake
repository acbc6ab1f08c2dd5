# kohtaamo-cli import-workers as an office moving its spreadsheet register in: a dry run that names the refused row and
# stores nothing (exit 2), the same dry run with the row corrected (exit 0, nothing stored), the real import (every
# row, no consent unless mapped), --map for a column whose header is not guessed, and the refusals of bad usage.
include(${CMAKE_CURRENT_LIST_DIR}/CliTestSupport.cmake)
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
set(DB ${WORK}/office.sqlite)

expect_exit(0 --db ${DB} demo --workers 8 --requests 4 --seed 2 --today 2026-03-01)
database_info(${DB} info)
string(REGEX MATCH "\nworkers: ([0-9]+)" _ "${info}")
set(WORKERS_BEFORE ${CMAKE_MATCH_1})
if(WORKERS_BEFORE STREQUAL "")
    message(FATAL_ERROR "info names no workers count:\n${info}")
endif()

# A register as Finnish Excel saves it: BOM, semicolons, a quoted note with a line break; row 3 has a bad address.
string(ASCII 239 187 191 BOM)
file(WRITE ${WORK}/rekisteri.csv "${BOM}Nimi;Sähköposti;Järjestö;Syntymäaika;Muistiinpanot\r\n"
    "Äijä Öhman;aija@example.fi;Auta Lasta ry;31.12.1980;\"kaksi\r\nriviä\"\r\n"
    "Bertta Berg;bertta(at)example.fi;Ehjä ry;3.2.2001;\r\n"
    "Cecilia Carlsson;;Auta Lasta ry;;\r\n")

expect_exit(2 --db ${DB} import-workers ${WORK}/rekisteri.csv --dry-run)
expect_match("${LAST_OUT}" "refused: Row 3, column “Sähköposti”: “bertta\\(at\\)example.fi” is not an email address"
    "the dry run names the refused row and column")
expect_match("${LAST_OUT}" "Rows: 2 ready, 0 with warnings, 1 refused" "the dry run counts the rows")
expect_match("${LAST_OUT}" "No consent is recorded" "the dry run says that no consent is recorded")
expect_match("${LAST_ERR}" "Nothing was imported" "a refused row imports nothing")
# Without --dry-run the refused row stops the import just the same.
expect_exit(2 --db ${DB} import-workers ${WORK}/rekisteri.csv)
database_info(${DB} after)
if(NOT after STREQUAL info)
    message(FATAL_ERROR "a refused import changed the office:\n${info}\n---\n${after}")
endif()

# Corrected: the dry run passes and still stores nothing.
file(READ ${WORK}/rekisteri.csv register)
string(REPLACE "bertta(at)example.fi" "bertta@example.fi" register "${register}")
file(WRITE ${WORK}/rekisteri.csv "${register}")
expect_ok(--db ${DB} import-workers ${WORK}/rekisteri.csv --dry-run)
expect_match("${LAST_OUT}" "Rows: 3 ready, 0 with warnings, 0 refused" "the corrected dry run")
expect_match("${LAST_OUT}" "Dry run: nothing was stored" "the dry run says it stored nothing")
expect_match("${LAST_OUT}" "  email = Sähköposti\n" "the guessed columns are listed")
database_info(${DB} after)
if(NOT after STREQUAL info)
    message(FATAL_ERROR "a dry run changed the office")
endif()

expect_ok(--db ${DB} import-workers ${WORK}/rekisteri.csv)
expect_match("${LAST_OUT}" "Imported 3 workers, 0 consents to be contacted" "the import counts the workers")
database_info(${DB} after)
string(REGEX MATCH "\nworkers: ([0-9]+)" _ "${after}")
math(EXPR expected "${WORKERS_BEFORE} + 3")
if(NOT CMAKE_MATCH_1 EQUAL expected)
    message(FATAL_ERROR "expected ${expected} workers after the import:\n${after}")
endif()

# Imported again: every row is a likely duplicate, warned about but not refused (dry run).
expect_ok(--db ${DB} import-workers ${WORK}/rekisteri.csv --dry-run)
expect_match("${LAST_OUT}" "warning: Row 2: the e-mail address aija@example.fi is already that of “Äijä Öhman”"
    "a duplicate e-mail is warned about")

# An XLSX-less header: --map names the columns (by header, letter); the organisation for all rows; a consent column.
file(WRITE ${WORK}/other.csv "Kuka,Posti,Lupa\nDaniel Dahl,daniel@example.fi,1.2.2026\nEeva Ek,,\n")
expect_exit(2 --db ${DB} import-workers ${WORK}/other.csv --organisation "Ehjä ry" --dry-run)
expect_match("${LAST_ERR}" "names" "without a name column the command says what is missing")
expect_ok(--db ${DB} import-workers ${WORK}/other.csv --organisation "Ehjä ry" --map name=Kuka --map email=B
    --map contact-consent=3)
expect_match("${LAST_OUT}" "Imported 2 workers, 1 consents to be contacted" "mapped columns and a consent")

# Bad usage: an unknown field, an unknown column, an unknown organisation, a missing file.
expect_exit(2 --db ${DB} import-workers ${WORK}/other.csv --map shoe=Kuka)
expect_match("${LAST_ERR}" "There is no field “shoe”" "an unknown field is named")
expect_exit(2 --db ${DB} import-workers ${WORK}/other.csv --map name=Z)
expect_exit(3 --db ${DB} import-workers ${WORK}/other.csv --organisation "No such ry" --map name=Kuka)
expect_exit(3 --db ${DB} import-workers ${WORK}/missing.csv)
expect_exit(2 --db ${DB} import-workers)
