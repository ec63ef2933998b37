// What `train` and `plan` share: the run options (--seq-len, --global-batch, --tokens, --grid,
// --datacenter and the precisions), their checks and the library's TrainingOptions from them.
#pragma once

#include <cstdint>
#include <string>

#include "mlsysim/mlsysim.hpp"
#include "precision_options.hpp"
#include "session.hpp"
#include "site.hpp"

namespace CLI {
class App;
class Option;
}

namespace mlsysim::cli {

struct TrainingRunOptions {
  std::int64_t seq_len = 2048;
  std::int64_t global_batch = 1024;
  bool global_batch_given = false;  ///< --global-batch was on the command line
  double token_budget = 0;          ///< --tokens; 0 = no time-to-train
  SiteOptions site;                 ///< --grid, --datacenter (and train's --pue)
  PrecisionOptions precision;
};

/// Adds --seq-len, --global-batch, --tokens, --grid and --datacenter to `command`; returns the
/// --global-batch option (its count() tells whether it was given).
CLI::Option* add_training_options(CLI::App& command, TrainingRunOptions& o);

/// The checks train and plan share: --seq-len, --global-batch and --tokens in range.
void check_training_run(const TrainingRunOptions& o);

/// The library's options for the run on `hw`: FP8/FP4 training keeps 16-bit weights (unless
/// --weights) and activations; the intra-node latency comes from the catalog in use.
[[nodiscard]] solvers::TrainingOptions training_options(const Session& s,
                                                        const TrainingRunOptions& o,
                                                        const HardwareNode& hw);

}  // namespace mlsysim::cli
