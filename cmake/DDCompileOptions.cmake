# One INTERFACE target that every DegreeDesk target links: the language level, the warnings
# and the Qt defines. A rule nobody applies does nothing, so each target links it.
add_library(dd_common_cfg INTERFACE)
target_compile_features(dd_common_cfg INTERFACE cxx_std_20)
target_compile_definitions(dd_common_cfg INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_STRICT_ITERATORS
)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(dd_common_cfg INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
        -Woverloaded-virtual -Wcast-align -Wformat=2 -Wimplicit-fallthrough)
    if(DD_WERROR)
        target_compile_options(dd_common_cfg INTERFACE -Werror)
    endif()
elseif(MSVC)
    target_compile_options(dd_common_cfg INTERFACE /W4 /utf-8 /permissive-)
    if(DD_WERROR)
        target_compile_options(dd_common_cfg INTERFACE /WX)
    endif()
endif()

# Sanitizers and coverage: options on their own INTERFACE targets, linked by dd_common_cfg
# when switched on, so that every target gets them.
add_library(dd_sanitize_cfg INTERFACE)
if(DD_SANITIZE)
    target_compile_options(dd_sanitize_cfg INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(dd_sanitize_cfg INTERFACE -fsanitize=address,undefined)
endif()
add_library(dd_coverage_cfg INTERFACE)
if(DD_COVERAGE)
    target_compile_options(dd_coverage_cfg INTERFACE --coverage -O0 -g)
    target_link_options(dd_coverage_cfg INTERFACE --coverage)
endif()
target_link_libraries(dd_common_cfg INTERFACE dd_sanitize_cfg dd_coverage_cfg)
