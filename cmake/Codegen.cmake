# Runs mlsysim-codegen over catalog/ to produce the C++ tables, the accessor header and the
# catalog reference. The command depends on the generator and on every catalog file
# (CONFIGURE_DEPENDS re-globs when files are added or removed), so editing a JSON file reruns it;
# the generator rewrites only outputs whose content changed, and Ninja's restat on BYPRODUCTS
# then recompiles only what changed.
add_subdirectory(${PROJECT_SOURCE_DIR}/codegen ${PROJECT_BINARY_DIR}/codegen)

set(MLSYSIM_GENERATED_DIR ${PROJECT_BINARY_DIR}/generated)
set(MLSYSIM_GENERATED_INCLUDE_DIR ${MLSYSIM_GENERATED_DIR}/include)
# <mlsysim/version.hpp>: PROJECT_VERSION as macros and a string, installed with the headers.
configure_file(${PROJECT_SOURCE_DIR}/cmake/version.hpp.in
               ${MLSYSIM_GENERATED_INCLUDE_DIR}/mlsysim/version.hpp @ONLY)
file(GLOB_RECURSE MLSYSIM_CATALOG_FILES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/catalog/*.json)
list(FILTER MLSYSIM_CATALOG_FILES EXCLUDE REGEX "/catalog/(\\.|schema/)")

set(MLSYSIM_GENERATED_SOURCES
  ${MLSYSIM_GENERATED_DIR}/src/sources.cpp
  ${MLSYSIM_GENERATED_DIR}/src/hardware.cpp
  ${MLSYSIM_GENERATED_DIR}/src/models.cpp
  ${MLSYSIM_GENERATED_DIR}/src/systems.cpp
  ${MLSYSIM_GENERATED_DIR}/src/infra.cpp
  ${MLSYSIM_GENERATED_DIR}/src/index.cpp)
set(MLSYSIM_GENERATED_OTHER
  ${MLSYSIM_GENERATED_DIR}/src/catalog_tables.hpp
  ${MLSYSIM_GENERATED_DIR}/src/entries.def
  ${MLSYSIM_GENERATED_INCLUDE_DIR}/mlsysim/catalog/entries.hpp
  ${MLSYSIM_GENERATED_DIR}/docs/catalog-reference.md)

add_custom_command(
  OUTPUT ${MLSYSIM_GENERATED_DIR}/codegen.stamp
  BYPRODUCTS ${MLSYSIM_GENERATED_SOURCES} ${MLSYSIM_GENERATED_OTHER}
  COMMAND mlsysim-codegen --catalog ${PROJECT_SOURCE_DIR}/catalog --out ${MLSYSIM_GENERATED_DIR}
          --label catalog --stamp ${MLSYSIM_GENERATED_DIR}/codegen.stamp
  DEPENDS mlsysim-codegen ${MLSYSIM_CATALOG_FILES}
  COMMENT "Generating the catalog tables from catalog/"
  VERBATIM)
add_custom_target(mlsysim_catalog DEPENDS ${MLSYSIM_GENERATED_DIR}/codegen.stamp)
set_source_files_properties(${MLSYSIM_GENERATED_SOURCES} ${MLSYSIM_GENERATED_OTHER}
  PROPERTIES GENERATED TRUE)
