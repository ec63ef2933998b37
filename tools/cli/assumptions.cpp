#include "assumptions.hpp"

#include <fmt/format.h>

#include "checks.hpp"
#include "mlsysim/solvers/power_limit.hpp"
#include "mlsysim/units/format.hpp"

namespace mlsysim::cli {

std::optional<std::string> latency_stand_in(std::string_view device, std::string_view link_name,
                                            const std::optional<Quantity>& latency,
                                            const Quantity& used) {
  if (latency || link_name.find("NVLink") != std::string_view::npos) return std::nullopt;
  return fmt::format(
      "{}'s link ({}) gives no latency in the catalog: {:.4g} per collective step (the catalog's "
      "NVLink figure) stands in",
      device, link_name.empty() ? std::string_view("unnamed") : link_name, used);
}

std::optional<std::string> missing_cores(const HardwareNode& hw) {
  if (hw.compute.cores && *hw.compute.cores > 0) return std::nullopt;
  return fmt::format(
      "{} has no core count in the catalog: GEMMs are priced without tile and wave quantization "
      "(shape efficiency 1, an optimistic bound; docs/solvers.md, \"GEMM efficiency\")",
      hw.info.key);
}

void serving_stand_ins(const Workload& m, double expert_bandwidth_fraction, bool fp8_compute,
                       std::vector<std::string>& assumed) {
  if (m.experts.value_or(0) > 0 && expert_bandwidth_fraction == 1) {
    assumed.push_back(fmt::format(
        "{}'s routed experts stream their weights at the device's streaming bandwidth, as a dense "
        "GEMM does; published grouped-GEMM kernels reach 0.53-1.00 of it by kernel and precision "
        "(serve and plot serving take --expert-bandwidth-fraction; docs/solvers.md, \"Routed "
        "experts' kernel\")",
        m.info.key));
  }
  if (m.fp8_weight_block && fp8_compute) {
    assumed.push_back(fmt::format(
        "{}'s published weights are FP8 with one scale per {} x {} block: its FP8 GEMMs are "
        "priced as per-tensor FP8 GEMMs; vLLM's block-scaled kernels run its q_a / kv_a shape on "
        "H100 at 0.15-0.23 of that price up to 128 rows and at 0.28-0.35 of the FP8 ceiling from "
        "2,048 rows, DeepGEMM at the ceiling on H800 (docs/solvers.md, \"GEMM efficiency\", "
        "\"Checked in session 34\")",
        m.info.key, *m.fp8_weight_block, *m.fp8_weight_block));
  }
}

std::optional<std::string> training_moe_stand_in(const Workload& m) {
  if (m.architecture != Architecture::moe || m.experts.value_or(0) == 0) return std::nullopt;
  return fmt::format(
      "{}'s MoE layers are priced as grouped expert GEMMs and NCCL all-to-alls at the collective "
      "model's rate, whatever dispatcher the framework runs; not priced: the host-blocking "
      "device-to-host wait Megatron-Core's alltoall dispatcher makes in every MoE layer's forward, "
      "per-expert GEMM launches (Transformer Engine's GroupedLinear) and the rate of DeepEP / "
      "HybridEP kernels (--ep-forwarding prices only their fabric crossings). Published Megatron "
      "runs of fine-grained MoE with that dispatcher at micro-batch 1 "
      "measured 1.4-2.9x slower than this model (docs/research/megatron-moe-host-sync.md)",
      m.info.key);
}

PowerLimitedDevice at_power_limit(const HardwareNode& hw, const std::string& limit) {
  const Quantity watts = flag_quantity("--power-limit", limit, kPowerLimit);
  const double ratio = solvers::power_limit_ratio(hw, watts);
  return {solvers::power_limited(hw, watts),
          fmt::format("{} at a {} power limit (tdp {}): its compute rates x {:.3g}, memory and "
                      "links unchanged (the catalog's measured point, power.capped_limit; "
                      "docs/solvers.md, \"Power limit\")",
                      hw.info.key, watts.str(), hw.power.tdp.str(), ratio)};
}

}  // namespace mlsysim::cli
