# ctest translations_complete: runs lupdate over the sources into a copy of the committed .ts, then fails if
# any message is unfinished (a new or changed source string, or a missing translation).
# Inputs: LUPDATE, TS_FILE, SOURCE_DIRS (;-list), WORK_DIR; optional LUPDATE_EXTRA (;-list of more lupdate options).
foreach(var LUPDATE TS_FILE SOURCE_DIRS WORK_DIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "CheckTranslations.cmake needs -D${var}=...")
    endif()
endforeach()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
get_filename_component(ts_name "${TS_FILE}" NAME)
set(copy "${WORK_DIR}/${ts_name}")
file(COPY_FILE "${TS_FILE}" "${copy}")

execute_process(
    COMMAND "${LUPDATE}" ${SOURCE_DIRS} -locations none -no-ui-lines -no-obsolete ${LUPDATE_EXTRA} -ts "${copy}"
    RESULT_VARIABLE status
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${status}):\n${output}")
endif()
message(STATUS "${output}")

file(READ "${copy}" content)
# CMake lists split on ';' and treat brackets specially; neutralise them before matching messages.
string(REPLACE ";" "&#59;" content "${content}")
string(REPLACE "[" "&#91;" content "${content}")
string(REPLACE "]" "&#93;" content "${content}")
string(REGEX MATCHALL "<message[ >]" opened "${content}")
list(LENGTH opened total)
# One match per unfinished message: its source text, then (anything but another message) the unfinished marker.
string(REGEX MATCHALL "<source>[^<]*</source>([^<]|<[^/s]|</[^m]|<s[^o])*type=\"unfinished\"" unfinished_blocks "${content}")
set(unfinished "")
foreach(block IN LISTS unfinished_blocks)
    string(REGEX MATCH "<source>[^<]*</source>" source "${block}")
    string(REGEX REPLACE "</?source>" "" source "${source}")
    list(APPEND unfinished "${source}")
endforeach()
string(REGEX MATCHALL "type=\"unfinished\"" markers "${content}")
list(LENGTH markers missing)
if(total EQUAL 0)
    message(FATAL_ERROR "No messages found in ${copy}; is lupdate scanning the right folders?")
endif()
if(missing GREATER 0)
    list(JOIN unfinished "\n  " listing)
    message(FATAL_ERROR "${missing} of ${total} messages are untranslated or missing from ${ts_name}. Run "
                        "`cmake --build <build dir> --target qingfeng_lupdate`, translate them, and commit:\n  ${listing}")
endif()
message(STATUS "All ${total} messages in ${ts_name} are translated.")
