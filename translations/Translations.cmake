# Translations for both executables. Included from app/CMakeLists.txt, where clinicdesk and clinicdesk-cli exist.
#  - `cmake --build <dir> --target update_translations` runs lupdate over core/, ui/ and app/ into the .ts files;
#  - every build runs lrelease and embeds the .qm files as :/i18n/clinicdesk_<lang>.qm in BOTH executables.
# Add a language: create an empty translations/clinicdesk_<lang>.ts (or copy one) and list it below.
find_package(Qt6 6.4 QUIET COMPONENTS LinguistTools)
if(NOT Qt6LinguistTools_FOUND)
    message(STATUS "Qt LinguistTools not found: building without translations")
    return()
endif()

set(CLINICDESK_TS_FILES "${PROJECT_SOURCE_DIR}/translations/clinicdesk_es.ts")

file(GLOB_RECURSE CLINICDESK_TRANSLATABLE_SOURCES CONFIGURE_DEPENDS
    "${PROJECT_SOURCE_DIR}/core/*.cpp" "${PROJECT_SOURCE_DIR}/core/*.h"
    "${PROJECT_SOURCE_DIR}/ui/*.cpp" "${PROJECT_SOURCE_DIR}/ui/*.h"
    "${PROJECT_SOURCE_DIR}/app/*.cpp" "${PROJECT_SOURCE_DIR}/app/*.h")

if(TARGET clinicdesk)
    set(CLINICDESK_TRANSLATION_OWNER clinicdesk)
else()
    set(CLINICDESK_TRANSLATION_OWNER clinicdesk-cli)
endif()

# No source locations in the .ts: line numbers change with every edit and would make each update a huge diff.
qt_add_translations(${CLINICDESK_TRANSLATION_OWNER}
    TS_FILES ${CLINICDESK_TS_FILES}
    SOURCES ${CLINICDESK_TRANSLATABLE_SOURCES}
    INCLUDE_DIRECTORIES "${PROJECT_SOURCE_DIR}"
    LUPDATE_OPTIONS -locations none
    QM_FILES_OUTPUT_VARIABLE CLINICDESK_QM_FILES)

# English needs only the plural forms ("1 patient", "2 patients" for tr("%n patient(s)")): lupdate -pluralonly.
# It is loaded first, under every other language, so English and untranslated text read correctly.
set(CLINICDESK_PLURALS_TS "${PROJECT_SOURCE_DIR}/translations/clinicdesk_en.ts")
add_custom_target(clinicdesk_plurals_en)
qt_add_lupdate(clinicdesk_plurals_en
    TS_FILES ${CLINICDESK_PLURALS_TS}
    SOURCES ${CLINICDESK_TRANSLATABLE_SOURCES}
    INCLUDE_DIRECTORIES "${PROJECT_SOURCE_DIR}"
    OPTIONS -locations none -pluralonly)
qt_add_lrelease(clinicdesk_plurals_en
    TS_FILES ${CLINICDESK_PLURALS_TS}
    QM_FILES_OUTPUT_VARIABLE CLINICDESK_PLURALS_QM)
list(APPEND CLINICDESK_QM_FILES ${CLINICDESK_PLURALS_QM})

foreach(executable clinicdesk clinicdesk-cli)
    if(TARGET ${executable})
        qt_add_resources(${executable} "${executable}_translations"
            PREFIX "/i18n"
            BASE "${CMAKE_CURRENT_BINARY_DIR}"
            FILES ${CLINICDESK_QM_FILES})
    endif()
endforeach()
