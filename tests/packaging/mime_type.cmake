# The MIME package as the system reads it: update-mime-database compiles it beside freedesktop.org's own types
# without a complaint, *.kohtaamo maps to application/x-kohtaamo-office, a subclass of SQLite 3 databases, and no
# glob claims plain *.sqlite files for Kohtaamo.
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/mime/packages)
file(COPY ${MIME_XML} /usr/share/mime/packages/freedesktop.org.xml DESTINATION ${WORK}/mime/packages)
# In XDG_DATA_DIRS, so that it does not warn that applications would not look there.
execute_process(COMMAND ${CMAKE_COMMAND} -E env XDG_DATA_DIRS=${WORK} ${UPDATE_MIME_DATABASE} ${WORK}/mime
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT err STREQUAL "")
    message(FATAL_ERROR "update-mime-database failed (${rc}):\n${out}${err}")
endif()
file(READ ${WORK}/mime/globs2 globs)
if(NOT globs MATCHES "[0-9]+:application/x-kohtaamo-office:\\*\\.kohtaamo\n")
    message(FATAL_ERROR "*.kohtaamo is not application/x-kohtaamo-office:\n${globs}")
endif()
if(globs MATCHES "application/x-kohtaamo-office:\\*\\.(sqlite|db)")
    message(FATAL_ERROR "Kohtaamo must not claim every SQLite file")
endif()
file(READ ${WORK}/mime/subclasses subclasses)
if(NOT subclasses MATCHES "application/x-kohtaamo-office application/vnd.sqlite3")
    message(FATAL_ERROR "application/x-kohtaamo-office is not a subclass of application/vnd.sqlite3:\n${subclasses}")
endif()
