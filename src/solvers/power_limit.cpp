#include "mlsysim/solvers/power_limit.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <string>

#include "mlsysim/errors.hpp"

namespace mlsysim::solvers {

namespace {

[[noreturn]] void refuse(const HardwareNode& hw, const std::string& problem) {
  throw InvalidArgumentError("power_limit", fmt::format("{} ({})", problem, hw.info.key));
}

}  // namespace

double power_limit_ratio(const HardwareNode& hw, const Quantity& limit) {
  if (limit.dimension() != dims::power) {
    refuse(hw, fmt::format("must be a power (W), got '{}'", limit.str()));
  }
  const Quantity& tdp = hw.power.tdp;
  if (limit > tdp) {
    refuse(hw, fmt::format("'{}' is above the device's tdp '{}': its rates are measured at tdp",
                           limit.str(), tdp.str()));
  }
  if (!(limit < tdp)) return 1.0;
  if (!hw.power.capped_limit || !hw.power.capped_throughput_ratio) {
    refuse(hw, fmt::format("'{}' is below tdp '{}' and the catalog records no throughput below "
                           "tdp for this device (power.capped_limit)",
                           limit.str(), tdp.str()));
  }
  const Quantity& low = *hw.power.capped_limit;
  if (limit < low) {
    refuse(hw, fmt::format("'{}' is below '{}', the lowest limit the catalog records a "
                           "throughput at (power.capped_limit)",
                           limit.str(), low.str()));
  }
  const double r = *hw.power.capped_throughput_ratio;
  if (!(r > 0 && r <= 1) || !(low < tdp)) {  // a hand-built device the catalog check never saw
    refuse(hw, fmt::format("the device's measured point ('{}' at {:.6g} of its tdp throughput) "
                           "is not a limit below tdp '{}' with a ratio in (0, 1]",
                           low.str(), r, tdp.str()));
  }
  const double t = (limit.base_value() - low.base_value()) / (tdp.base_value() - low.base_value());
  return r + (1.0 - r) * t;
}

HardwareNode power_limited(const HardwareNode& hw, const Quantity& limit) {
  const double s = power_limit_ratio(hw, limit);
  HardwareNode out = hw;
  auto& c = out.compute;
  c.peak_flops *= s;
  for (auto* table : {&c.dense, &c.sparse, &c.measured_gemm, &c.measured_attention,
                      &c.measured_attention_training}) {
    for (auto& rate : *table) {
      if (rate) *rate *= s;
    }
  }
  out.power.tdp = limit.to(hw.power.tdp.unit());
  out.power.capped_limit.reset();
  out.power.capped_throughput_ratio.reset();
  return out;
}

Node power_limited(const Node& node, const HardwareNode& limited) {
  if (node.accelerator == nullptr) {
    throw InvalidArgumentError("power_limit",
                               fmt::format("node '{}' has no accelerator", node.info.key));
  }
  const Quantity& tdp = node.accelerator->power.tdp;
  if (limited.power.tdp > tdp) {
    refuse(limited, fmt::format("'{}' is above the node's accelerator tdp '{}'",
                                limited.power.tdp.str(), tdp.str()));
  }
  Node out = node;
  out.accelerator = &limited;
  if (out.system_power) {
    const double n = static_cast<double>(std::max<std::int64_t>(node.accelerators_per_node, 1));
    const Quantity cut = ((tdp - limited.power.tdp) * n).to(out.system_power->unit());
    if (!(cut < *out.system_power)) {
      throw InvalidArgumentError(
          "power_limit", fmt::format("node '{}': its system power '{}' is not above the {} the "
                                     "limit takes off its accelerators",
                                     node.info.key, out.system_power->str(), cut.str()));
    }
    *out.system_power = *out.system_power - cut;
  }
  return out;
}

}  // namespace mlsysim::solvers
