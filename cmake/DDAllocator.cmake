# dd_allocator: the memory allocator of DegreeDesk's programs. On Linux, jemalloc (Debian
# libjemalloc-dev) where it is found, with the settings of app/platform/JemallocSettings.cpp;
# elsewhere, with -DDD_JEMALLOC=OFF, or with DD_SANITIZE (AddressSanitizer brings its own), the
# C library's.
#
# Chosen by measurement (tests/bench, Release, on a 2-core machine): with 100,000 applicants,
# bench_store's import of 10,000 took 15-20 % less time and processor time and its search's 99th
# percentile 15-25 % less than with glibc's malloc, whose arenas serve the import's writing
# thread and the threads that prepare its rows badly; bench_photo's photo_fix is unchanged.
#
# Programs link it (target_link_libraries(program PRIVATE dd_allocator)); libraries never do.
# The library is linked even though no code calls it (--no-as-needed): it takes over malloc
# and free for the whole process, Qt, SQLite and OpenCV included.
option(DD_JEMALLOC "Link the programs with jemalloc where it is found (Linux)" ON)

add_library(dd_allocator INTERFACE)
if(DD_JEMALLOC AND NOT DD_SANITIZE AND CMAKE_SYSTEM_NAME STREQUAL "Linux")
    find_library(DD_JEMALLOC_LIBRARY NAMES jemalloc)
    find_path(DD_JEMALLOC_INCLUDE_DIR jemalloc/jemalloc.h)
    if(DD_JEMALLOC_LIBRARY AND DD_JEMALLOC_INCLUDE_DIR)
        set(CMAKE_LINK_LIBRARY_USING_DD_NO_AS_NEEDED
            "LINKER:--push-state,--no-as-needed" "<LINK_ITEM>" "LINKER:--pop-state")
        set(CMAKE_LINK_LIBRARY_USING_DD_NO_AS_NEEDED_SUPPORTED TRUE)
        target_link_libraries(dd_allocator INTERFACE
            "$<LINK_LIBRARY:DD_NO_AS_NEEDED,${DD_JEMALLOC_LIBRARY}>")
        target_include_directories(dd_allocator INTERFACE ${DD_JEMALLOC_INCLUDE_DIR})
        target_compile_definitions(dd_allocator INTERFACE DD_JEMALLOC)
        target_sources(dd_allocator INTERFACE
            ${PROJECT_SOURCE_DIR}/app/platform/JemallocSettings.cpp)
        message(STATUS "DegreeDesk: programs use jemalloc (${DD_JEMALLOC_LIBRARY})")
    else()
        message(STATUS "DegreeDesk: jemalloc not found; programs use the C library's malloc")
    endif()
endif()
