// The built-in catalog: the generated tables behind mlsysim::catalog().
#include <filesystem>
#include <memory>
#include <string_view>
#include <vector>

#include "catalog_tables.hpp"
#include "loader.hpp"
#include "mlsysim/registry.hpp"

namespace mlsysim {

const Catalog& catalog() {
  static const Catalog instance = [] {
    const auto entries = generated::builtin_entries();
    const auto aliases = generated::builtin_aliases();
    const auto sources = generated::builtin_sources();
    return catalog_detail::CatalogFactory::make(
        std::vector<CatalogEntry>(entries.begin(), entries.end()),
        std::vector<Alias>(aliases.begin(), aliases.end()),
        std::vector<const Source*>(sources.begin(), sources.end()), nullptr);
  }();
  return instance;
}

Catalog Catalog::load(std::string_view dir) {
  return catalog_detail::overlay(catalog(), std::filesystem::path(dir));
}

}  // namespace mlsysim
