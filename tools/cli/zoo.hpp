// A zoo of the catalog as a table, shared by `zoo` and the tour.
#pragma once

#include <string>
#include <vector>

#include "mlsysim/registry.hpp"
#include "output.hpp"

namespace mlsysim::cli {

struct ZooOptions {
  std::string zoo = "hardware";  ///< hardware, models, systems or infra
  std::string tier;              ///< a folder (cloud, grids) or a dotted namespace
  std::string sort;              ///< a field (memory.bandwidth, parameters, ...)
  bool descending = false;
  std::vector<std::string> filters;  ///< FIELD OP VALUE
};

/// The zoo's entries under the tier, filtered and sorted; throws InvalidArgumentError for an
/// empty tier, an unknown field or a bad filter.
[[nodiscard]] Table zoo_table(const Catalog& catalog, const ZooOptions& o);

}  // namespace mlsysim::cli
