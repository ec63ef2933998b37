// The plan search as a table, shared by `plan` and the tour.
#pragma once

#include <string>
#include <vector>

#include "mlsysim/mlsysim.hpp"
#include "output.hpp"

namespace mlsysim::cli {

struct PlanOutput {
  Table candidates;                ///< the ranked configurations
  std::vector<std::string> notes;  ///< why nothing qualified, when nothing did
  bool empty = false;              ///< no configuration qualified (exit 2)
};

/// Runs the search (a progress bar on stderr when it takes over a second) and tabulates it.
[[nodiscard]] PlanOutput run_plan(const Workload& m, const Fleet& fleet, solvers::PlanOptions po);

}  // namespace mlsysim::cli
