// Assumption lines the commands print when data the catalog lacks is stood in for (no hidden
// assumption: every stand-in that moves a printed number is said).
#pragma once

#include <optional>
#include <string>
#include <string_view>

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

/// For a model with routed experts priced at the default `expert_bandwidth_fraction` (1): their
/// grouped GEMM streams at the device's streaming bandwidth, which measured kernels reach or
/// fall short of by kernel and precision. Nothing for a model without routed experts or when the
/// fraction was given (--expert-bandwidth-fraction: an input, not a stand-in).
[[nodiscard]] std::optional<std::string> expert_kernel_stand_in(const Workload& m,
                                                                double expert_bandwidth_fraction);

/// For a model whose published checkpoint is block-scaled FP8 (`Workload::fp8_weight_block`)
/// served with FP8 GEMMs: they are priced at the per-tensor FP8 rate, which block-scaled kernels
/// reach or fall short of by kernel and batch. Nothing otherwise.
[[nodiscard]] std::optional<std::string> block_fp8_stand_in(const Workload& m, Precision compute);

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
