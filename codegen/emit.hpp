// The code generator's emitter: typed catalog entries -> C++ sources, accessor header, reference
// doc.
#pragma once

#include <map>
#include <string>

#include "../src/catalog/loader.hpp"

namespace mlsysim::codegen {

/// Generated files by name (relative to the output directory) -> content. No timestamps, no
/// absolute paths: the same catalog gives byte-identical output.
using Outputs = std::map<std::string, std::string>;

/// Renders every output for a loaded catalog. `catalog_label` is how the banner names the input
/// directory ("catalog").
[[nodiscard]] Outputs render(const catalog_detail::LoadResult& catalog,
                             const std::string& catalog_label);

}  // namespace mlsysim::codegen
