# One INTERFACE target carries the language level, warnings and strict Qt defines for every project target.
add_library(clinicdesk_options INTERFACE)
target_compile_features(clinicdesk_options INTERFACE cxx_std_20)
target_compile_definitions(clinicdesk_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    CLINICDESK_VERSION="${PROJECT_VERSION}")
if(MSVC)
    target_compile_options(clinicdesk_options INTERFACE /W4 /permissive- /utf-8 $<$<BOOL:${CLINICDESK_WERROR}>:/WX>)
else()
    target_compile_options(clinicdesk_options INTERFACE -Wall -Wextra -Wpedantic $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local> -Wnon-virtual-dtor
        -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough $<$<BOOL:${CLINICDESK_WERROR}>:-Werror>)
endif()

# Sanitizers for the "asan" preset ("address,undefined"), and libFuzzer instrumentation for the "fuzz" preset.
set(CLINICDESK_SANITIZE "" CACHE STRING "Sanitizers for every target, e.g. address,undefined")
option(CLINICDESK_FUZZ "Build the libFuzzer targets in tests/fuzz (clang)" OFF)
if(CLINICDESK_SANITIZE)
    target_compile_options(clinicdesk_options INTERFACE -fsanitize=${CLINICDESK_SANITIZE} -fno-omit-frame-pointer
        -fno-sanitize-recover=all)
    target_link_options(clinicdesk_options INTERFACE -fsanitize=${CLINICDESK_SANITIZE})
endif()
if(CLINICDESK_FUZZ)
    target_compile_options(clinicdesk_options INTERFACE -fsanitize=fuzzer-no-link)
endif()
