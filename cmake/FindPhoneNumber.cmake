# libphonenumber: Debian ships no CMake package, vcpkg and Homebrew ship one. Prefer the config, fall back to a search.
find_package(libphonenumber CONFIG QUIET)
if(TARGET libphonenumber::phonenumber)
    if(NOT TARGET PhoneNumber::PhoneNumber)
        add_library(PhoneNumber::PhoneNumber INTERFACE IMPORTED)
        target_link_libraries(PhoneNumber::PhoneNumber INTERFACE libphonenumber::phonenumber)
    endif()
    set(PhoneNumber_FOUND TRUE)
    return()
endif()

find_path(PhoneNumber_INCLUDE_DIR phonenumbers/phonenumberutil.h)
find_library(PhoneNumber_LIBRARY NAMES phonenumber)
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(PhoneNumber REQUIRED_VARS PhoneNumber_LIBRARY PhoneNumber_INCLUDE_DIR)
if(PhoneNumber_FOUND AND NOT TARGET PhoneNumber::PhoneNumber)
    add_library(PhoneNumber::PhoneNumber UNKNOWN IMPORTED)
    set_target_properties(PhoneNumber::PhoneNumber PROPERTIES
        IMPORTED_LOCATION "${PhoneNumber_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${PhoneNumber_INCLUDE_DIR}")
endif()
mark_as_advanced(PhoneNumber_INCLUDE_DIR PhoneNumber_LIBRARY)
