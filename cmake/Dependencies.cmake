# Third-party dependencies, all from Debian 12 packages (see scripts/dev for the package names).
find_package(Boost 1.74 REQUIRED)           # header-only: Boost.Units
find_package(nlohmann_json 3.10 REQUIRED)   # catalog loader (private)
find_package(fmt 9 REQUIRED)                # formatting; public via <mlsysim/units/format.hpp>
find_package(spdlog 1.10 REQUIRED)          # diagnostics in the CLI and codegen only
if(MLSYSIM_BUILD_TOOLS)
  find_package(CLI11 2 REQUIRED)              # command-line parsing of the mlsysim tool
  find_package(PkgConfig REQUIRED)
  pkg_check_modules(CAIRO REQUIRED IMPORTED_TARGET cairo)  # plots (SVG, PNG)
endif()
if(MLSYSIM_BUILD_TESTS)
  find_package(GTest REQUIRED)
endif()
if(MLSYSIM_BUILD_BENCH)
  find_package(benchmark REQUIRED)
endif()
