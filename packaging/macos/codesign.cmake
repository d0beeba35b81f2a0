# CPACK_PRE_BUILD_SCRIPTS on macOS: signs the staged clinicdesk.app inside out with the hardened runtime, before
# the DMG and the .pkg are made from it.
#   CLINICDESK_CODESIGN_IDENTITY  "Developer ID Application: … (TEAMID)"; unset: not signed (developer build)
if(NOT DEFINED ENV{CLINICDESK_CODESIGN_IDENTITY})
    message(WARNING "CLINICDESK_CODESIGN_IDENTITY is not set: the app is NOT signed")
    return()
endif()
execute_process(COMMAND "${CMAKE_CURRENT_LIST_DIR}/sign-and-notarize.sh" sign "${CPACK_TEMPORARY_INSTALL_DIRECTORY}"
                RESULT_VARIABLE failed)
if(failed)
    message(FATAL_ERROR "codesign failed")
endif()
