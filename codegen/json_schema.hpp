// JSON Schema (draft 2020-12) for every catalog entry kind, derived from the one schema in
// src/catalog/schema.hpp, so editors complete and check fields while a person edits the catalog.
#pragma once

#include <map>
#include <string>

namespace mlsysim::codegen {

/// File name (`hardware.schema.json`, ..., `sources.schema.json`) -> content.
[[nodiscard]] std::map<std::string, std::string> json_schemas();

}  // namespace mlsysim::codegen
