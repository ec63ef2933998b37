// A device run at a power limit below its TDP: the rates it sustains there, from the throughput
// the catalog records at a measured lower limit (`power.capped_limit`,
// `power.capped_throughput_ratio`). docs/solvers.md, "Power limit", gives the rule and its source.
#pragma once

#include "mlsysim/catalog/hardware.hpp"
#include "mlsysim/catalog/systems.hpp"
#include "mlsysim/units.hpp"

namespace mlsysim::solvers {

/// The sustained-throughput ratio of `hw` at power limit `limit`: 1 at `power.tdp`, the
/// catalog's `power.capped_throughput_ratio` at `power.capped_limit`, linear between the two.
/// Throws InvalidArgumentError("power_limit", ...) when `limit` is not a power, lies above the
/// TDP or below the measured limit, or when the device records no throughput below its TDP.
[[nodiscard]] double power_limit_ratio(const HardwareNode& hw, const Quantity& limit);

/// `hw` as it runs at power limit `limit`: every compute rate (`peak_flops`, the dense and sparse
/// tables, the measured GEMM and attention rates) times `power_limit_ratio(hw, limit)`, and
/// `power.tdp` = `limit` (the board draws no more). Memory, links and capacity are unchanged: a
/// power limit lowers the SM clock, not the HBM clock. The measured point is consumed
/// (`capped_limit` and `capped_throughput_ratio` are cleared). Refuses as `power_limit_ratio`.
[[nodiscard]] HardwareNode power_limited(const HardwareNode& hw, const Quantity& limit);

/// `node` with its accelerators replaced by `limited` (a `power_limited` copy of
/// `*node.accelerator`, which the caller keeps alive): `accelerator` points at `limited`, and a
/// node `system_power` (a maximum rating) falls by accelerators_per_node x (the accelerator's tdp
/// - `limited.power.tdp`), the most the limit takes off the board's draw. Throws
/// InvalidArgumentError("power_limit", ...) when `node` has no accelerator or `limited` draws more
/// than it.
[[nodiscard]] Node power_limited(const Node& node, const HardwareNode& limited);

}  // namespace mlsysim::solvers
