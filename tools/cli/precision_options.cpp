#include "precision_options.hpp"

#include <CLI/CLI.hpp>

namespace mlsysim::cli {

using namespace solvers;

void add_precision_options(CLI::App& command, PrecisionOptions& o) {
  command.add_option("--precision,-p", o.compute, "compute precision (bf16, fp16, fp8, int8, ...)");
  command.add_option(
      "--weights", o.weights,
      "weight precision (default: the compute precision for fp8/fp4/int, else bf16)");
  add_kv_option(command, o);
}

void add_kv_option(CLI::App& command, PrecisionOptions& o) {
  command.add_option("--kv", o.kv, "KV-cache precision (default: bf16)");
}

Precisions resolve_precisions(const PrecisionOptions& o, const HardwareNode& hw) {
  Precisions p;
  p.compute = o.compute.empty() ? hw.compute.default_precision : parse_precision(o.compute);
  // Integer-only devices run int8 weights and activations; floating ones keep 16-bit defaults.
  const bool integer = p.compute == Precision::int8 || p.compute == Precision::int4;
  const bool narrow_float = p.compute == Precision::fp8 || p.compute == Precision::fp4;
  p.weights = !o.weights.empty()        ? parse_precision(o.weights)
              : integer || narrow_float ? p.compute
                                        : Precision::bf16;
  p.activations = integer ? Precision::int8 : Precision::bf16;
  p.kv_cache =
      !o.kv.empty() ? parse_precision(o.kv) : (integer ? Precision::int8 : Precision::bf16);
  return p;
}

}  // namespace mlsysim::cli
