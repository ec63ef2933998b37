// Assumption lines the commands print when data the catalog lacks is stood in for (no hidden
// assumption: every stand-in that moves a printed number is said).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mlsysim/catalog/hardware.hpp"
#include "mlsysim/catalog/models.hpp"
#include "mlsysim/units/quantity.hpp"

namespace mlsysim::cli {

/// When `link` (the link `device`'s collectives cross) gives no latency and `used` stands in
/// for it: "<device>'s <link> gives no latency: <used> per collective step (the catalog's NVLink
/// figure) stands in". Nothing when the link has its own latency, or is itself an NVLink (then
/// the NVLink figure is its own).
[[nodiscard]] std::optional<std::string> latency_stand_in(std::string_view device,
                                                          std::string_view link_name,
                                                          const std::optional<Quantity>& latency,
                                                          const Quantity& used);

/// When `hw` has no core count, the GEMM model cannot apply tile and wave quantization: "<device>
/// has no core count in the catalog: GEMMs are priced without tile and wave quantization ...".
[[nodiscard]] std::optional<std::string> missing_cores(const HardwareNode& hw);

/// Appends to `assumed` the serving stand-ins a model's answer rests on:
/// - for a model with routed experts at the default `expert_bandwidth_fraction` (1), that their
///   grouped GEMM streams at the device's streaming bandwidth, which measured kernels reach or
///   fall short of by kernel and precision (a given fraction is an input, not a stand-in);
/// - when `fp8_compute` and the model's published checkpoint is block-scaled FP8
///   (`Workload::fp8_weight_block`), that its FP8 GEMMs are priced at the per-tensor FP8 rate.
void serving_stand_ins(const Workload& m, double expert_bandwidth_fraction, bool fp8_compute,
                       std::vector<std::string>& assumed);

/// For a model whose layers route tokens to experts, what its training step leaves out: the
/// layers are priced as grouped GEMMs and NCCL all-to-alls at the collective model's rate, not
/// the host-blocking wait of Megatron-Core's alltoall dispatcher, per-expert GEMM launches or
/// DeepEP / HybridEP kernels (docs/research/megatron-moe-host-sync.md). Nothing for a dense model.
[[nodiscard]] std::optional<std::string> training_moe_stand_in(const Workload& m);

/// A device at --power-limit and the line that says what the limit did.
struct PowerLimitedDevice {
  HardwareNode hw;
  std::string note;  ///< "<device> at a <limit> power limit (tdp ...): its compute rates x r ..."
};

/// `hw` run at `limit` (text such as "500 W"; solvers::power_limited). Throws what
/// `power_limited` throws for a limit the device cannot be priced at and UnitParseError for text
/// that is not a quantity.
[[nodiscard]] PowerLimitedDevice at_power_limit(const HardwareNode& hw, const std::string& limit);

}  // namespace mlsysim::cli
