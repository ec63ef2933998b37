// Generic access to an entry's fields by JSON Pointer (for `show`, `--sort` and `--filter`),
// built on the catalog schema so every field is reachable without a hand-written list.
#pragma once

#include <string>
#include <vector>

#include "mlsysim/registry.hpp"
#include "output.hpp"

namespace mlsysim::cli {

struct FieldValue {
  std::string pointer;  ///< `/memory/bandwidth`
  Value value;
  const Source* source = nullptr;
};

/// Every present field of `e` in schema order (references as dotted paths, enums as names).
[[nodiscard]] std::vector<FieldValue> fields_of(const CatalogEntry& e);

/// The value at `pointer` (`/memory/capacity` or `memory.capacity`); also `key`, `name`, `path`.
/// Returns std::monostate when the entry has no such field.
[[nodiscard]] Value field_value(const CatalogEntry& e, const std::string& pointer);

/// Every field pointer entries of `kind` can have, for suggestions.
[[nodiscard]] std::vector<std::string> field_names(EntryKind kind);

}  // namespace mlsysim::cli
