// What copies of one Catalog share: the storage their entries point into and the lookup index.
// Reference-counted by hand so that the public registry.hpp needs neither <memory> nor
// <unordered_map> (docs/performance.md, "Header compile time").
#pragma once

#include <atomic>
#include <cstddef>
#include <memory>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "mlsysim/registry.hpp"

namespace mlsysim {

struct Catalog::Shared {
  explicit Shared(std::shared_ptr<const void> storage) : owner(std::move(storage)) {}

  std::shared_ptr<const void> owner;  ///< keeps the entries' storage alive (nullptr: static)
  std::unordered_map<std::string_view, std::size_t> by_path;
  std::unordered_map<std::string_view, std::vector<std::size_t>> by_key;
  std::unordered_map<std::string_view, std::size_t> sources;
  std::atomic<std::size_t> references{1};
};

}  // namespace mlsysim
