# kohtaamo-cli as a coordinator's script would run it: exit codes, messages on stderr, a small demo office.
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})

function(expect_exit code)
    execute_process(COMMAND ${CLI} ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL ${code})
        message(FATAL_ERROR "kohtaamo-cli ${ARGN}: expected exit ${code}, got ${rc}\nstdout: ${out}\nstderr: ${err}")
    endif()
    set(LAST_OUT "${out}" PARENT_SCOPE)
    set(LAST_ERR "${err}" PARENT_SCOPE)
endfunction()

expect_exit(2)                                                   # no arguments
expect_exit(0 --version)                                         # the version from CMake's project(VERSION)
if(NOT LAST_OUT STREQUAL "kohtaamo-cli ${VERSION}\n")
    message(FATAL_ERROR "kohtaamo-cli --version should print \"kohtaamo-cli ${VERSION}\": ${LAST_OUT}")
endif()
expect_exit(2 --db ${WORK}/k.sqlite)                             # no command
expect_exit(2 --db ${WORK}/k.sqlite frobnicate)                  # unknown command
expect_exit(2 --db ${WORK}/k.sqlite demo --wrokers 3)            # unknown option, from the command's own parser
if(NOT LAST_ERR MATCHES "wrokers" OR NOT LAST_ERR MATCHES "kohtaamo-cli help demo")
    message(FATAL_ERROR "an unknown option should be named, with where to look: ${LAST_ERR}")
endif()
if(EXISTS ${WORK}/k.sqlite)
    message(FATAL_ERROR "bad usage created the database")
endif()
# Help needs no database: the overview, and each command's options from its own parser.
expect_exit(0 help)
if(NOT LAST_OUT MATCHES "suggest-team" OR NOT LAST_OUT MATCHES "Exit codes")
    message(FATAL_ERROR "kohtaamo-cli help should list the commands and the exit codes: ${LAST_OUT}")
endif()
expect_exit(0 help rank)
if(NOT LAST_OUT MATCHES "Usage: kohtaamo-cli --db LOCATION rank \\[options\\] REF" OR NOT LAST_OUT MATCHES "--excluded")
    message(FATAL_ERROR "kohtaamo-cli help rank: ${LAST_OUT}")
endif()
set(rankHelp "${LAST_OUT}")
expect_exit(0 rank --help)
if(NOT LAST_OUT STREQUAL rankHelp)
    message(FATAL_ERROR "rank --help should print what help rank prints: ${LAST_OUT}")
endif()
expect_exit(0 --db ${WORK}/k.sqlite demo -h)
if(NOT LAST_OUT MATCHES "--workers <n>")
    message(FATAL_ERROR "demo -h: ${LAST_OUT}")
endif()
expect_exit(2 help frobnicate)                                   # help on an unknown command
expect_exit(2 --db ${WORK}/k.sqlite demo --workers many)         # bad number
expect_exit(2 --db mysql://x@y/z info)                           # unknown kind of database
expect_exit(0 --db ${WORK}/k.sqlite demo --workers 30 --requests 40 --seed 3 --today 2026-11-02)
if(NOT LAST_OUT MATCHES "workers: 30")
    message(FATAL_ERROR "demo summary missing: ${LAST_OUT}")
endif()
expect_exit(0 --db ${WORK}/k.sqlite info)
if(NOT LAST_OUT MATCHES "requests: 40")
    message(FATAL_ERROR "info does not count the demo requests: ${LAST_OUT}")
endif()
expect_exit(2 --db ${WORK}/k.sqlite demo --workers 3)            # refuses a database with data
if(NOT LAST_ERR MATCHES "empty database")
    message(FATAL_ERROR "refusal should explain itself: ${LAST_ERR}")
endif()
file(WRITE ${WORK}/notes.txt "not a database")
expect_exit(1 --db ${WORK}/notes.txt info)                       # foreign file, refused
