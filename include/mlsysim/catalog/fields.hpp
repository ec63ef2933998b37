// An entry's fields by JSON Pointer, walked from the catalog schema (the same field list the loader
// reads and the code generator writes), so every field is reachable without a hand-written list:
// what `mlsysim show` prints and what `mlsysim zoo --sort/--filter` compare.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "mlsysim/registry.hpp"

namespace mlsysim {

/// A field's value: absent (std::monostate), text (also an enumeration's name and a reference's
/// dotted path), a plain number (ratios such as `pue`), a count, a flag, or a quantity with its
/// unit and dimension.
using FieldValue = std::variant<std::monostate, std::string, double, std::int64_t, bool, Quantity>;

/// One present field of an entry.
struct Field {
  std::string pointer;             ///< JSON Pointer into the entry's file: "/memory/bandwidth",
                                   ///< "/compute/dense/bf16", "/accelerator"
  FieldValue value;                ///< never std::monostate here
  const Source* source = nullptr;  ///< the field's own source, else the entry's
};

/// Every present field of `e` in schema order (the order of the JSON files), key, name, kind and
/// provenance excluded; optional fields that are absent and empty texts are skipped.
/// `entry_fields(catalog().find("H100"))` starts `/vendor`, `/release_year`, `/form_factor`,
/// `/compute/peak_flops`.
[[nodiscard]] std::vector<Field> entry_fields(const CatalogEntry& e);

/// The value of one field of `e`, by JSON Pointer (`/memory/capacity`) or dotted name
/// (`memory.capacity`); also `key`, `name` and `path`. std::monostate when `e` has no such field
/// or leaves it out.
[[nodiscard]] FieldValue field_value(const CatalogEntry& e, std::string_view field);

/// Every field an entry of `kind` can have, as dotted names (`key`, `name`, `path`, then
/// `vendor`, `memory.capacity`, `compute.dense.bf16`, ...): the valid arguments of field_value,
/// for suggestions (close_matches in mlsysim/catalog/names.hpp).
[[nodiscard]] std::vector<std::string> field_names(EntryKind kind);

}  // namespace mlsysim
