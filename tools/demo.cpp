// The main demo: a short tour of mlsysim (run by the README's first command).
#include <fmt/format.h>

#include <iostream>

#include "mlsysim/mlsysim.hpp"
#include "mlsysim/units/format.hpp"

int main() {
  using mlsysim::Quantity;
  namespace HW = mlsysim::Hardware;

  fmt::print("mlsysim tour\n\n== The catalog ==\n");
  const auto& cat = mlsysim::catalog();
  fmt::print("{} entries: {} devices, {} models, {} fleets, {} grids; {} sources\n",
             cat.entries().size(), cat.all<mlsysim::HardwareNode>().size(),
             cat.all<mlsysim::Workload>().size(), cat.all<mlsysim::Fleet>().size(),
             cat.all<mlsysim::GridProfile>().size(), cat.sources().size());
  const auto& a100 = HW::Cloud::A100;
  fmt::print("{}: {} dense {}, {} at {}, {}\n", a100.info.name,
             a100.compute.peak_flops.to("TFLOPs/s"),
             mlsysim::precision_name(a100.compute.default_precision), a100.memory.capacity,
             a100.memory.bandwidth.to("TB/s"), a100.power.tdp);
  fmt::print("  source: {} <{}>\n", a100.info.source->title, a100.info.source->url);
  const auto& h100 = cat.get<mlsysim::HardwareNode>("Hardware.Cloud.H100");
  fmt::print("H100 NVLink: {} ({}), {} one way\n", h100.device_link->bandwidth,
             h100.device_link->direction == mlsysim::LinkDirection::bidirectional_total
                 ? "bidirectional total"
                 : "per direction",
             h100.device_link->one_way_bandwidth());
  const auto& frontier = mlsysim::Systems::Clusters::Frontier_8K;
  fmt::print("{}: {} nodes x {} x {} = {} accelerators on {}\n", frontier.info.key,
             frontier.count, frontier.node->accelerators_per_node,
             frontier.node->accelerator->info.key, frontier.total_accelerators(),
             frontier.fabric->info.name);
  fmt::print("Grids: Quebec {} vs US average {}\n", mlsysim::Infra::Grids::Quebec.carbon_intensity,
             mlsysim::Infra::Grids::US_Average.carbon_intensity);
  try {
    (void)cat.find("H10");
  } catch (const mlsysim::UnknownEntryError& e) {
    fmt::print("find(\"H10\"): UnknownEntryError: {}\n", e.what());
  }

  fmt::print("\n== Units ==\n");
  const auto ridge = a100.ridge_point();
  fmt::print("A100 ridge point: {:.1f}\n", ridge);
  fmt::print("400 Gbps link:    {}\n", Quantity::parse("400 Gbps").to("GB/s"));
  fmt::print("one H100-year at 700 W: {:.2f}\n",
             (h100.power.tdp * Quantity::parse("1 year")).to("MWh"));
  try {
    (void)a100.memory.bandwidth.to("FLOP/s");
  } catch (const mlsysim::DimensionalityError& e) {
    fmt::print("A100.memory.bandwidth.to(\"FLOP/s\"): DimensionalityError: {}\n", e.what());
  }
  try {
    (void)Quantity::parse("3.35 TBps");
  } catch (const mlsysim::UnitParseError& e) {
    fmt::print("parse(\"3.35 TBps\"): UnitParseError: {}\n", e.what());
  }
  return 0;
}
