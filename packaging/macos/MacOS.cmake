# macOS: an .app bundle with Qt inside (macdeployqt through Qt's deploy script), a DMG for people (DragNDrop) and a
# signed .pkg for MDM (productbuild). Signing with the hardened runtime, notarization and stapling happen in
# macos/sign-and-notarize.sh, run by .github/workflows/release.yml on a Mac. Nothing here runs on Linux.
set(CPACK_GENERATOR "DragNDrop;productbuild")
set(CPACK_PACKAGE_FILE_NAME "ClinicDesk-${PROJECT_VERSION}-macos")
set(CPACK_DMG_VOLUME_NAME "ClinicDesk")
set(CPACK_DMG_FORMAT "UDZO")
# The bundle identifier is also the managed-preferences domain IT's profiles target (PlatformPolicies::MacDomain).
set_target_properties(clinicdesk PROPERTIES
    MACOSX_BUNDLE_GUI_IDENTIFIER "io.github.clinicdesk.ClinicDesk"
    MACOSX_BUNDLE_BUNDLE_NAME "ClinicDesk"
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
    MACOSX_BUNDLE_COPYRIGHT "Copyright 2026 The ClinicDesk team")
# The CLI travels inside the bundle (Contents/MacOS/clinicdesk-cli), signed with it.
install(TARGETS clinicdesk-cli RUNTIME DESTINATION "clinicdesk.app/Contents/MacOS")
qt_generate_deploy_app_script(TARGET clinicdesk FILENAME_VARIABLE clinicdesk_deploy_script
    NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT "${clinicdesk_deploy_script}")

# productbuild: installs the app into /Applications; signed with the Developer ID Installer identity from the
# environment (a keychain the workflow imported the certificate into).
set(CPACK_PRODUCTBUILD_IDENTIFIER "io.github.clinicdesk.ClinicDesk.pkg")
if(DEFINED ENV{CLINICDESK_INSTALLER_IDENTITY})
    set(CPACK_PRODUCTBUILD_IDENTITY_NAME "$ENV{CLINICDESK_INSTALLER_IDENTITY}")
    set(CPACK_PKGBUILD_IDENTITY_NAME "$ENV{CLINICDESK_INSTALLER_IDENTITY}")
endif()
if(DEFINED ENV{CLINICDESK_KEYCHAIN})
    set(CPACK_PRODUCTBUILD_KEYCHAIN_PATH "$ENV{CLINICDESK_KEYCHAIN}")
    set(CPACK_PKGBUILD_KEYCHAIN_PATH "$ENV{CLINICDESK_KEYCHAIN}")
endif()
# The code inside is signed (hardened runtime) after CPack's staging install and before the DMG and .pkg are made.
set(CPACK_PRE_BUILD_SCRIPTS "${CMAKE_CURRENT_LIST_DIR}/codesign.cmake")
