// The fleet roofline: a fleet seen from one accelerator as a roofline with a compute ceiling and
// three bandwidth ceilings (memory, intra-node scale-up link, scale-out fabric share), and a
// training configuration placed on it, one point per ceiling. Definitions: docs/fleet-roofline.md.
#pragma once

#include <string>
#include <vector>

#include "mlsysim/solvers/training.hpp"

namespace mlsysim::solvers {

enum class FleetCeiling : std::uint8_t { compute, memory, scale_up, scale_out };
[[nodiscard]] std::string_view fleet_ceiling_name(FleetCeiling c) noexcept;

/// One ceiling and the configuration's point against it.
struct FleetRooflineLevel {
  FleetCeiling ceiling = FleetCeiling::compute;
  /// compute: the dense peak at the compute precision; the others: the rate train() prices the
  /// traffic at, per accelerator (bandwidth x efficiency; the fabric share over oversubscription).
  Quantity rate;
  Quantity time;        ///< step time spent on this ceiling's work (totals, hidden parts included)
  Quantity bytes;       ///< traffic-equivalent bytes: time x rate (0 for compute)
  Quantity intensity;   ///< model FLOPs per accelerator / bytes (FLOP/B; 0 when no traffic)
  Quantity attainable;  ///< min(peak, rate x intensity) = FLOPs / time: the ceiling above the point
  double share = 0;     ///< time / step time: how close the point is to this ceiling
};

struct FleetRoofline {
  std::vector<FleetRooflineLevel> levels;  ///< compute, memory, scale_up, scale_out
  Quantity flops_per_accelerator;          ///< model FLOPs per step
  Quantity achieved;                       ///< model FLOP/s per accelerator
  Quantity step_time;
  FleetCeiling nearest = FleetCeiling::compute;  ///< the ceiling with the largest share
  TrainingResult training;
};

/// Places one training step of `m` on `fleet` (`train`'s arguments) on the fleet roofline.
/// Throws what `train` throws.
[[nodiscard]] FleetRoofline fleet_roofline(const Workload& m, const Fleet& fleet,
                                           const ParallelConfig& parallel,
                                           const TrainingOptions& options);

}  // namespace mlsysim::solvers
