// Synthesis, the inverse roofline: the minimum device (peak FLOP/s, memory bandwidth, capacity,
// and link bandwidth when the step is split over devices) that runs a workload step within a
// target time, and which given devices qualify. Formulas: docs/synthesis.md.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "mlsysim/solvers/roofline.hpp"

namespace mlsysim::solvers {

struct SynthesisOptions {
  std::int64_t batch = 1;    ///< sequences (or samples) in the step
  std::int64_t tokens = 1;   ///< new tokens per sequence: 1 = a decode step (TPOT), n = a prefill
  std::int64_t context = 0;  ///< tokens already in the KV cache
  Precisions precision{};
  /// Compute and memory fractions of the datasheet peaks (the roofline's), and the link
  /// fraction for the tensor-parallel all-reduce.
  Efficiency efficiency{};
  Quantity target{20.0, Unit::parse("ms")};  ///< the step must take at most this long
  /// Devices the step is split over (tensor parallel: FLOPs, weights and KV split evenly, two
  /// ring all-reduces of the activations per layer). 1 = a single device.
  std::int64_t tp = 1;
  /// Fixed time per layer of the synthesized device (kernel dispatch); 0 = none.
  Quantity dispatch_overhead{0.0, Unit::parse("us")};
};

/// The minimum device. `*_alone` figures are necessary: each resource at exactly that figure
/// meets the target only with every other resource infinitely fast. `balanced_*` is the smallest
/// device with all of them scaled by one factor that meets the target exactly.
struct DeviceRequirement {
  Quantity flops;                      ///< per device per step
  Quantity bytes;                      ///< memory traffic per device per step
  Quantity link_bytes;                 ///< all-reduce traffic per device per step (0 when tp = 1)
  Quantity intensity;                  ///< flops / bytes
  Quantity budget;                     ///< target minus fixed overhead
  Quantity peak_alone;                 ///< datasheet dense FLOP/s
  Quantity bandwidth_alone;            ///< datasheet memory bandwidth
  std::optional<Quantity> link_alone;  ///< one-way link bandwidth (tp > 1)
  Quantity balanced_peak;
  Quantity balanced_bandwidth;
  std::optional<Quantity> balanced_link;
  double balance_factor = 1;  ///< balanced / alone (>= 1; 1 when a single resource dominates)
  Quantity capacity;          ///< weights + KV cache + activations per device (the roofline's)
  Quantity ridge_point;       ///< balanced_peak / balanced_bandwidth
};

/// One device checked against the target.
struct DeviceCheck {
  const HardwareNode* device = nullptr;
  bool has_precision = true;  ///< the device has a dense rate at the compute precision
  bool has_link = true;       ///< tp > 1: the device has a device (or host) link
  Quantity latency;           ///< of the step on this device (tp = 1: roofline's latency)
  bool fits = true;
  bool meets_target = false;
  bool qualifies = false;     ///< has the precision, fits and meets the target
  Wall wall = Wall::compute;  ///< what bounds it
  double headroom = 0;        ///< target / latency (> 1: faster than needed)
};

struct SynthesisResult {
  DeviceRequirement need;
  std::vector<DeviceCheck> devices;  ///< qualifying first (fastest first), then the others
};

/// The requirement for `m` under `options`. Throws InvalidArgumentError for a target that is not
/// a positive time, a fixed overhead that leaves no budget, non-positive batch, tokens or tp, or
/// efficiencies outside (0, 1].
[[nodiscard]] DeviceRequirement synthesize_requirement(const Workload& m,
                                                       const SynthesisOptions& options);

/// The requirement and every device of `devices` checked against it (tp = 1: with `roofline`,
/// the forward solver itself; tp > 1: the same roofline terms per device plus the all-reduce on
/// the device's own link).
[[nodiscard]] SynthesisResult synthesize(const Workload& m,
                                         const std::vector<const HardwareNode*>& devices,
                                         const SynthesisOptions& options);

}  // namespace mlsysim::solvers
