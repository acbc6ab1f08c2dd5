# kohtaamo-cli as a script would use it: usage errors exit 2.
execute_process(COMMAND ${CLI} RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT rc EQUAL 2)
    message(FATAL_ERROR "kohtaamo-cli without arguments should exit 2, got ${rc}")
endif()
