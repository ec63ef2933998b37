// A scratch overlay catalog directory for loader tests: created under the test temp directory
// with its own sources.json, removed afterwards; error() is what Catalog::load reports ("" when
// the overlay loads).
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>

#include "mlsysim/errors.hpp"
#include "mlsysim/registry.hpp"

namespace mlsysim::testing {

class OverlayDir {
 public:
  /// `prefix` names the directory; `sources_json` is written as its sources.json.
  OverlayDir(const std::string& prefix, const std::string& sources_json) {
    static int counter = 0;
    dir_ = std::filesystem::path(::testing::TempDir()) /
           (prefix + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(dir_);
    write("sources.json", sources_json);
  }
  ~OverlayDir() {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  OverlayDir(const OverlayDir&) = delete;
  OverlayDir& operator=(const OverlayDir&) = delete;

  void write(const std::string& rel, const std::string& text) const {
    std::filesystem::create_directories((dir_ / rel).parent_path());
    std::ofstream(dir_ / rel) << text;
  }
  [[nodiscard]] std::string error() const {
    try {
      (void)Catalog::load(dir_);
    } catch (const CatalogError& e) {
      return e.what();
    }
    return "";
  }
  [[nodiscard]] const std::filesystem::path& path() const noexcept { return dir_; }

 private:
  std::filesystem::path dir_;
};

}  // namespace mlsysim::testing
