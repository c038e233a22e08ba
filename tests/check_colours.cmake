# SPDX-License-Identifier: MIT
# One palette: no colour is written down outside views/statuspalette.cpp and views/theme.cpp,
# so light and dark (and the reports' paper) are decided in one place.
#   cmake -DSOURCE=<project dir> -P check_colours.cmake
file(GLOB_RECURSE sources "${SOURCE}/models/*.cpp" "${SOURCE}/models/*.h" "${SOURCE}/views/*.cpp" "${SOURCE}/views/*.h"
                          "${SOURCE}/app/*.cpp" "${SOURCE}/app/*.h")
set(found "")
foreach(file IN LISTS sources)
    get_filename_component(name "${file}" NAME)
    if(name STREQUAL "statuspalette.cpp" OR name STREQUAL "theme.cpp")
        continue()
    endif()
    file(STRINGS "${file}" lines REGEX
         "QColor\\(0x|QColor\\([0-9]|QColor [a-zA-Z_]+\\((0x|[0-9]|Qt::)|QColor::fromRgb|Qt::(white|black|red|green|blue|gray|darkGray|lightGray|yellow|cyan|magenta|darkRed|darkGreen|darkBlue)[^a-zA-Z]|[\"'(: ]#[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][^0-9a-fA-F]|rgb\\(")
    foreach(line IN LISTS lines)
        file(RELATIVE_PATH rel "${SOURCE}" "${file}")
        string(STRIP "${line}" line)
        string(APPEND found "\n  ${rel}: ${line}")
    endforeach()
endforeach()
if(NOT found STREQUAL "")
    message(FATAL_ERROR "colours written down outside the palette (use palette:: in views/statuspalette.h):${found}")
endif()
list(LENGTH sources n)
message(STATUS "${n} files, every colour from the palette")
