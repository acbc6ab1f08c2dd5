# Helpers for the kohtaamo-cli script tests (cmake -P): run the tool, check its exit code, keep its output.
# Expects CLI (the executable) and WORK (a scratch folder) to be defined.
cmake_minimum_required(VERSION 3.22)


# Runs kohtaamo-cli with ARGN and fails unless it exits with `code`; LAST_OUT and LAST_ERR hold stdout and stderr.
function(expect_exit code)
    execute_process(COMMAND ${CLI} ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL ${code})
        message(FATAL_ERROR "kohtaamo-cli ${ARGN}: expected exit ${code}, got ${rc}\nstdout: ${out}\nstderr: ${err}")
    endif()
    set(LAST_OUT "${out}" PARENT_SCOPE)
    set(LAST_ERR "${err}" PARENT_SCOPE)
endfunction()

# Like expect_exit(0 ...), and stderr must be empty: a successful command writes no messages.
function(expect_ok)
    expect_exit(0 ${ARGN})
    if(NOT LAST_ERR STREQUAL "")
        message(FATAL_ERROR "kohtaamo-cli ${ARGN}: succeeded but wrote to stderr:\n${LAST_ERR}")
    endif()
    set(LAST_OUT "${LAST_OUT}" PARENT_SCOPE)
    set(LAST_ERR "${LAST_ERR}" PARENT_SCOPE)
endfunction()

# Fails unless `text` matches the regular expression `pattern`; `what` says what was expected.
function(expect_match text pattern what)
    if(NOT text MATCHES "${pattern}")
        message(FATAL_ERROR "${what}: expected to match '${pattern}', got:\n${text}")
    endif()
endfunction()

# `kohtaamo-cli --db DB info` into `out`: what the database holds, table by table.
function(database_info db out)
    expect_ok(--db ${db} info)
    set(${out} "${LAST_OUT}" PARENT_SCOPE)
endfunction()
