// --precision, --weights and --kv: one definition of the flags and of the defaults they leave,
// shared by eval, train, plan, serve, capacity and plot serving.
#pragma once

#include <string>

#include "mlsysim/mlsysim.hpp"

namespace CLI {
class App;
}

namespace mlsysim::cli {

struct PrecisionOptions {
  std::string compute;  ///< --precision, -p ("" = the device's default precision)
  std::string weights;  ///< --weights ("" = see resolve_precisions)
  std::string kv;       ///< --kv ("" = bf16, int8 on integer-only devices)
};

/// Adds --precision/-p, --weights and --kv to `command`.
void add_precision_options(CLI::App& command, PrecisionOptions& o);
/// Adds only --kv (capacity searches the compute precision itself).
void add_kv_option(CLI::App& command, PrecisionOptions& o);

/// The precisions of a run on `hw`: the compute precision given or the device's default;
/// integer-only devices run int8 weights, activations and KV cache; fp8/fp4 (and integer)
/// weights default to the compute precision, others to bf16; activations and KV default to
/// bf16. Throws InvalidArgumentError for an unknown precision name.
[[nodiscard]] solvers::Precisions resolve_precisions(const PrecisionOptions& o,
                                                     const HardwareNode& hw);

}  // namespace mlsysim::cli
