# Compiler warnings, carried by an INTERFACE target that our own targets link PRIVATE.
add_library(mlsysim_warnings INTERFACE)
target_compile_options(mlsysim_warnings INTERFACE
  $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion
    -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual -Wnull-dereference -Wdouble-promotion
    -Wimplicit-fallthrough -Wcast-align>
  $<$<BOOL:${MLSYSIM_WARNINGS_AS_ERRORS}>:-Werror>)
# GCC 12 reports false -Wrestrict positives inside std::string at -O3 (GCC bug 105329).
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  target_compile_options(mlsysim_warnings INTERFACE -Wno-restrict)
endif()
