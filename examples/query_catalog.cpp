// Querying the catalog: accessors, lookup by key or path, iteration, filtering and provenance.
#include <fmt/format.h>

#include <algorithm>

#include "mlsysim/mlsysim.hpp"
#include "mlsysim/units/format.hpp"

int main() {
  using namespace mlsysim;
  // Compile-time accessors, one namespace per catalog folder.
  const HardwareNode& h100 = Hardware::Cloud::H100;
  fmt::print("{}: {} dense BF16, {} HBM at {}\n", h100.info.name, h100.compute.peak_flops,
             h100.memory.capacity, h100.memory.bandwidth);
  // Where the number comes from.
  const Source* s = h100.info.source_for("/memory/bandwidth");
  fmt::print("  bandwidth source: {} ({}), verified {:04}-{:02}-{:02}\n", s->title, s->url,
             s->verified.year, s->verified.month, s->verified.day);

  // Run-time lookup by key, dotted path or alias; typos suggest close matches.
  const auto& grid = catalog().get<GridProfile>("Infra.Grids.US_Avg");
  fmt::print("US average grid: {} ({} data)\n", grid.carbon_intensity, grid.data_year);
  try {
    (void)catalog().find("Lama3_70B");
  } catch (const UnknownEntryError& e) {
    fmt::print("find(\"Lama3_70B\"): {}\n", e.what());
  }

  // Iterate and filter: datacenter accelerators with at least 141 GB, fastest first.
  auto big = catalog().filter([](const CatalogEntry& e) {
    const auto* hw = e.get_if<HardwareNode>();
    return hw != nullptr && hw->tier == Tier::cloud && hw->memory.capacity >= Quantity(141, "GB");
  });
  std::sort(big.begin(), big.end(), [](const CatalogEntry& a, const CatalogEntry& b) {
    return a.as<HardwareNode>().memory.bandwidth > b.as<HardwareNode>().memory.bandwidth;
  });
  for (const auto& e : big) {
    const auto& hw = e.as<HardwareNode>();
    fmt::print("  {:<12} {:>10} {:>12}\n", hw.info.key, hw.memory.capacity.str(),
               hw.memory.bandwidth.str());
  }
  return big.empty() ? 1 : 0;
}
