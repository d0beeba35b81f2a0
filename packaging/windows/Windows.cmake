# Windows MSI through CPack's WIX generator. CMake 3.25 drives WiX Toolset v3 (candle/light); CMake 3.30+ can use
# WiX v4+ with CPACK_WIX_VERSION. Run on Windows only (.github/workflows/release.yml):
#   cmake --build build --config Release && cd build && cpack -G WIX -C Release
# Silent install / uninstall:  msiexec /i ClinicDesk-<version>-win64.msi /qn   msiexec /x <same file> /qn
set(CPACK_GENERATOR "WIX")
set(CPACK_PACKAGE_NAME "ClinicDesk")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "ClinicDesk")
set(CPACK_PACKAGE_FILE_NAME "ClinicDesk-${PROJECT_VERSION}-win64")
# Fixed for the life of the product: a new version with the same UpgradeCode replaces the old one in place.
set(CPACK_WIX_UPGRADE_GUID "6B3C2F0E-8D4A-4C8B-9E1F-2A7D5C3B9E41")
# Per-machine: ALLUSERS=1 installs into Program Files for every user with no question asked (CMake 3.29+ has
# CPACK_WIX_INSTALL_SCOPE perMachine for the same).
set(CPACK_WIX_PROPERTY_ALLUSERS "1")
set(CPACK_WIX_PATCH_FILE "${CMAKE_CURRENT_LIST_DIR}/wix-patch.xml")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "https://github.com/clinicdesk/clinicdesk")
set(CPACK_WIX_PROPERTY_ARPCONTACT "maintainers@clinicdesk.invalid")
set(CPACK_WIX_PRODUCT_ICON "${PROJECT_SOURCE_DIR}/resources/icons/clinicdesk.ico")
set(CPACK_WIX_LICENSE_RTF "${CMAKE_CURRENT_LIST_DIR}/License.rtf")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "ClinicDesk")
set(CPACK_PACKAGE_EXECUTABLES "clinicdesk" "ClinicDesk")
# Uninstall removes only what the MSI installed: the database (%LOCALAPPDATA%\ClinicDesk), the user's settings
# (HKCU\Software\ClinicDesk), IT's policies (HKLM\Software\Policies\ClinicDesk) and the secrets in Credential
# Manager stay.

# Qt next to the executables: windeployqt through Qt's deploy script (Qt 6.4 spells its argument
# FILENAME_VARIABLE; 6.5 renamed it OUTPUT_SCRIPT). It deploys the tls plugins (schannel backend) that HTTPS to
# Twilio needs, the sqldrivers (qsqlite, qsqlpsql) and the platform plugin; CI checks the first three are there.
qt_generate_deploy_app_script(TARGET clinicdesk FILENAME_VARIABLE clinicdesk_deploy_script
    NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT "${clinicdesk_deploy_script}")

# Signing (signtool, certificate from the environment; see windows/sign.cmake): the executables after CPack's
# staging install, then the MSI itself.
set(CPACK_PRE_BUILD_SCRIPTS "${CMAKE_CURRENT_LIST_DIR}/sign.cmake")
set(CPACK_POST_BUILD_SCRIPTS "${CMAKE_CURRENT_LIST_DIR}/sign.cmake")
