# SPDX-License-Identifier: MIT
# Installs the build into a fresh prefix as a user would (cmake --install --prefix), checks
# that a desktop finds everything where it looks, and validates the .desktop file and the
# AppStream metainfo with the desktop's own tools; then builds the .deb with cpack and checks
# its files, its dependencies and its systemd unit.
#   cmake -DBUILD=... -DWORK=... -DAPP_ID=... -P check_install.cmake
file(REMOVE_RECURSE "${WORK}")
set(prefix "${WORK}/prefix")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD}" --prefix "${prefix}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed: ${out}${err}")
endif()
foreach(f bin/omsdash bin/omsdash-sim
          share/applications/${APP_ID}.desktop
          share/icons/hicolor/scalable/apps/${APP_ID}.svg
          share/metainfo/${APP_ID}.metainfo.xml
          lib/systemd/user/omsdash-watch.service
          share/doc/omsdash/LICENSE)
    if(NOT EXISTS "${prefix}/${f}")
        message(FATAL_ERROR "not installed: ${f}")
    endif()
endforeach()
file(READ "${prefix}/lib/systemd/user/omsdash-watch.service" unit)
if(NOT unit MATCHES "ExecStart=${prefix}/bin/omsdash watch")
    message(FATAL_ERROR "the installed unit does not run the installed binary:\n${unit}")
endif()
file(READ "${prefix}/share/applications/${APP_ID}.desktop" desktop)
if(NOT desktop MATCHES "\nExec=omsdash\n" OR NOT desktop MATCHES "\nIcon=${APP_ID}\n")
    message(FATAL_ERROR "the .desktop file must open the user's instances with the installed icon:\n${desktop}")
endif()
# The installed binary runs from the prefix.
execute_process(COMMAND "${prefix}/bin/omsdash" --version RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT out MATCHES "^omsdash [0-9]")
    message(FATAL_ERROR "installed omsdash --version: ${rc} ${out}${err}")
endif()

execute_process(COMMAND desktop-file-validate "${prefix}/share/applications/${APP_ID}.desktop"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT "${out}${err}" STREQUAL "")
    message(FATAL_ERROR "desktop-file-validate: ${out}${err}")
endif()
execute_process(COMMAND appstreamcli validate --no-net --pedantic "${prefix}/share/metainfo/${APP_ID}.metainfo.xml"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT out MATCHES "Validation was successful")
    message(FATAL_ERROR "appstreamcli validate: ${out}${err}")
endif()

# The .deb.
execute_process(COMMAND cpack -G DEB -B "${WORK}/deb" WORKING_DIRECTORY "${BUILD}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cpack: ${out}${err}")
endif()
file(GLOB debs "${WORK}/deb/omsdash_*.deb")
list(LENGTH debs n)
if(NOT n EQUAL 1)
    message(FATAL_ERROR "cpack made ${n} .deb files: ${debs}")
endif()
execute_process(COMMAND dpkg-deb -c ${debs} OUTPUT_VARIABLE contents RESULT_VARIABLE rc)
foreach(f ./usr/bin/omsdash ./usr/share/applications/${APP_ID}.desktop ./usr/share/metainfo/${APP_ID}.metainfo.xml
          ./usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg ./usr/lib/systemd/user/omsdash-watch.service)
    string(FIND "${contents}" " ${f}\n" at)
    if(at LESS 0)
        message(FATAL_ERROR "the .deb lacks ${f}:\n${contents}")
    endif()
endforeach()
execute_process(COMMAND dpkg-deb -f ${debs} Depends OUTPUT_VARIABLE depends)
foreach(d libqt6widgets6 libqt6charts6 libqt6keychain1 qt6-qpa-plugins libqt6sql6-sqlite)
    if(NOT depends MATCHES "${d}")
        message(FATAL_ERROR "the .deb does not depend on ${d}: ${depends}")
    endif()
endforeach()
execute_process(COMMAND sh -c "dpkg-deb --fsys-tarfile '${debs}' | tar -xO ./usr/lib/systemd/user/omsdash-watch.service"
                OUTPUT_VARIABLE debunit)
if(NOT debunit MATCHES "ExecStart=/usr/bin/omsdash watch")
    message(FATAL_ERROR "the .deb's unit does not run /usr/bin/omsdash:\n${debunit}")
endif()
message(STATUS "installed, validated and packaged: ${debs}")
