# Authenticode signing for CPack (CPACK_PRE_BUILD_SCRIPTS: the staged .exe/.dll; CPACK_POST_BUILD_SCRIPTS: the
# .msi). Nothing secret is in the project: the certificate comes from the environment of the build.
#   CLINICDESK_SIGN_CERT_SHA1   thumbprint of a code-signing certificate in the machine/user store (required)
#   CLINICDESK_TIMESTAMP_URL    RFC 3161 timestamp server (default http://timestamp.digicert.com)
#   CLINICDESK_SIGN_DLIB + CLINICDESK_SIGN_METADATA  Azure Trusted Signing instead of a local certificate:
#       the Azure.CodeSigning.Dlib.dll path and a metadata.json with Endpoint, CodeSigningAccountName and
#       CertificateProfileName (timestamp http://timestamp.acs.microsoft.com; authentication through
#       DefaultAzureCredential, e.g. AZURE_CLIENT_ID/AZURE_TENANT_ID/AZURE_CLIENT_SECRET).
# Without either, nothing is signed and a warning says so (a developer build); the release workflow requires it.
find_program(SIGNTOOL signtool PATHS "$ENV{ProgramFiles\(x86\)}/Windows Kits/10/bin/x64")
set(timestamp "$ENV{CLINICDESK_TIMESTAMP_URL}")
if(NOT timestamp)
    set(timestamp "http://timestamp.digicert.com")
endif()
if(DEFINED ENV{CLINICDESK_SIGN_DLIB})
    set(identity /dlib "$ENV{CLINICDESK_SIGN_DLIB}" /dmdf "$ENV{CLINICDESK_SIGN_METADATA}")
    set(timestamp "http://timestamp.acs.microsoft.com")
elseif(DEFINED ENV{CLINICDESK_SIGN_CERT_SHA1})
    set(identity /sha1 "$ENV{CLINICDESK_SIGN_CERT_SHA1}")
else()
    message(WARNING "CLINICDESK_SIGN_CERT_SHA1 (or CLINICDESK_SIGN_DLIB) is not set: the MSI is NOT signed")
    return()
endif()
if(NOT SIGNTOOL)
    message(FATAL_ERROR "signtool.exe not found (Windows SDK)")
endif()

if(CPACK_PACKAGE_FILES) # after packaging: the MSI
    set(files ${CPACK_PACKAGE_FILES})
else() # before packaging: what was installed into the staging folder
    file(GLOB_RECURSE files "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*.exe" "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*.dll")
endif()
foreach(file IN LISTS files)
    execute_process(COMMAND "${SIGNTOOL}" sign /fd sha256 /tr "${timestamp}" /td sha256 ${identity}
                            /d "ClinicDesk" "${file}"
                    RESULT_VARIABLE failed)
    if(failed)
        message(FATAL_ERROR "signtool could not sign ${file}")
    endif()
endforeach()
