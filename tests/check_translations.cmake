# SPDX-License-Identifier: MIT
# Fails when the Chinese translation is not complete for the sources as they are: lupdate
# (the build's own project file) updates a copy of the .ts, and any unfinished message,
# new or old, is listed by context and source.
#   cmake -DLUPDATE=... -DPROJECT_CMAKE=... -DGENERATE=... -DTS=... -DWORK=... [-DOPTIONS=-pluralonly]
#         -P check_translations.cmake
file(MAKE_DIRECTORY "${WORK}")
# The project file of the sources, as the omsdash_lupdate target makes it.
set(PROJECT_JSON "${WORK}/omsdash_project.json")
execute_process(COMMAND ${CMAKE_COMMAND} -DIN_FILE=${PROJECT_CMAKE} -DOUT_FILE=${PROJECT_JSON} -P ${GENERATE}
                RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cannot make the lupdate project file: ${err}")
endif()
get_filename_component(name "${TS}" NAME)
set(copy "${WORK}/check_${name}")
configure_file("${TS}" "${copy}" COPYONLY)
execute_process(COMMAND "${LUPDATE}" -silent -project "${PROJECT_JSON}" -ts "${copy}" ${OPTIONS} -no-obsolete -locations none
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc}): ${out}${err}")
endif()
file(READ "${copy}" ts)
string(REGEX MATCHALL "<name>[^<]*</name>|<source>[^<]*</source>[ \t\r\n]*(<comment>[^<]*</comment>[ \t\r\n]*)?<translation type=\"unfinished\"" hits "${ts}")
set(context "")
set(unfinished "")
set(count 0)
foreach(hit IN LISTS hits)
    if(hit MATCHES "^<name>([^<]*)</name>$")
        set(context "${CMAKE_MATCH_1}")
    elseif(hit MATCHES "^<source>([^<]*)</source>")
        math(EXPR count "${count} + 1")
        string(APPEND unfinished "\n  ${context}: ${CMAKE_MATCH_1}")
    endif()
endforeach()
string(REGEX MATCHALL "<message" messages "${ts}")
list(LENGTH messages total)
if(count GREATER 0)
    message(FATAL_ERROR "${count} of ${total} messages are unfinished in ${TS} (run the omsdash_lupdate target and translate them):${unfinished}")
endif()
if(total LESS MINIMUM)
    message(FATAL_ERROR "only ${total} messages found in ${copy}: lupdate did not read the sources")
endif()
message(STATUS "${total} messages, all translated")
