// Internal: the typed GEMM model behind estimate_gemm, for solvers that price many GEMMs per call
// (training timeline, serving iterations) without building Quantities in their hot path.
#pragma once

#include "mlsysim/solvers/gemm.hpp"
#include "typed_math.hpp"

namespace mlsysim::solvers::detail {

struct GemmTiming {
  Seconds time;
  Flops flops;
  Bits bytes;
  double efficiency = 0;  ///< achieved / dense peak
  double tile_efficiency = 1;
  double wave_efficiency = 1;
  GemmTile tile{};
  bool memory_bound = false;
  bool stream_k = false;
  GemmCeiling ceiling = GemmCeiling::default_fraction;
};

/// The model of estimate_gemm without argument checks beyond the precision's presence: callers
/// have validated `shape` (all positive) and `params`. No allocation.
[[nodiscard]] GemmTiming gemm_timing(const HardwareNode& hw, Precision p, const GemmShape& shape,
                                     const GemmParams& params);

/// The large-GEMM ceiling of `hw` at `p`: the catalog's measured GEMM rate when it has one, else
/// the dense peak x `params.default_fraction`; throws (peak_at) when `hw` has no rate at `p`.
[[nodiscard]] FlopRate gemm_ceiling(const HardwareNode& hw, Precision p, const GemmParams& params);

/// Streaming bandwidth of `hw`: the measured figure when the catalog has one, else the peak x
/// `default_fraction`.
[[nodiscard]] BitRate streaming_bandwidth(const HardwareNode& hw, double default_fraction);

}  // namespace mlsysim::solvers::detail
