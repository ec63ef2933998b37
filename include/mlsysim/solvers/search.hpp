// Design-space search: enumerate parallel configurations for a model on a fleet, reject what does
// not fit, rank by time-to-train.
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "mlsysim/solvers/training.hpp"

namespace mlsysim::solvers {

struct PlanOptions {
  TrainingOptions training{};  ///< seq_len, global_batch, precision, efficiency, token budget
  std::vector<std::int64_t> microbatches{1, 2, 4, 8};
  std::vector<Recompute> recompute{Recompute::none, Recompute::selective, Recompute::full};
  std::vector<int> zero_stages{1};
  std::size_t top = 10;
  /// Called with (evaluated, total) as the search goes (for a progress bar); may be empty.
  std::function<void(std::size_t, std::size_t)> progress;
};

struct PlanCandidate {
  ParallelConfig parallel;
  TrainingResult result;
};

struct PlanResult {
  std::vector<PlanCandidate> best;  ///< fastest first
  std::size_t evaluated = 0;
  std::size_t infeasible = 0;  ///< did not fit in memory
  std::size_t invalid = 0;     ///< degrees that do not divide the model or batch
};

/// Searches tp (powers of two up to the node size dividing the heads), pp (dividing the fleet;
/// uneven stages allowed),
/// dp (the rest), interleave, micro-batch, recomputation and ZeRO stage; ranks feasible
/// configurations by step time (equivalently time-to-train).
[[nodiscard]] PlanResult plan(const Workload& m, const Fleet& fleet, const PlanOptions& options);

}  // namespace mlsysim::solvers
