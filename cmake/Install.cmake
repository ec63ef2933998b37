# Installs the library, headers (including generated ones), the CLI and the CMake package.
include(CMakePackageConfigHelpers)
set(MLSYSIM_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/mlsysim)

install(TARGETS mlsysim EXPORT mlsysimTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY include/mlsysim DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(FILES ${MLSYSIM_GENERATED_INCLUDE_DIR}/mlsysim/catalog/entries.hpp
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/mlsysim/catalog)
install(FILES ${MLSYSIM_GENERATED_INCLUDE_DIR}/mlsysim/version.hpp
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/mlsysim)
install(EXPORT mlsysimTargets NAMESPACE mlsysim:: DESTINATION ${MLSYSIM_CMAKE_DIR})
configure_package_config_file(cmake/mlsysimConfig.cmake.in
  ${CMAKE_CURRENT_BINARY_DIR}/mlsysimConfig.cmake INSTALL_DESTINATION ${MLSYSIM_CMAKE_DIR})
write_basic_package_version_file(${CMAKE_CURRENT_BINARY_DIR}/mlsysimConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/mlsysimConfig.cmake
              ${CMAKE_CURRENT_BINARY_DIR}/mlsysimConfigVersion.cmake
        DESTINATION ${MLSYSIM_CMAKE_DIR})
configure_file(cmake/mlsysim.pc.in ${CMAKE_CURRENT_BINARY_DIR}/mlsysim.pc @ONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/mlsysim.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
install(FILES ${MLSYSIM_GENERATED_DIR}/docs/catalog-reference.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
