// The catalog a command works on: the built-in one, or the built-in one plus --catalog.
#pragma once

#include <optional>
#include <string>

#include "commands.hpp"
#include "mlsysim/registry.hpp"

namespace mlsysim::cli {

class Session {
 public:
  /// Loads the --catalog overlay when one is given (CatalogError, exit 3, when it is invalid).
  explicit Session(const Options& global) {
    if (!global.catalog_dir.empty()) overlay_.emplace(Catalog::load(global.catalog_dir));
  }
  [[nodiscard]] const Catalog& catalog() const { return overlay_ ? *overlay_ : mlsysim::catalog(); }
  template <class T>
  [[nodiscard]] const T& get(const std::string& name) const {
    return catalog().get<T>(name);
  }

 private:
  std::optional<Catalog> overlay_;
};

}  // namespace mlsysim::cli
