// A roofline sweep: Llama 3 8B decode at batch 1..256 on every datacenter GPU that has bf16.
#include <fmt/format.h>

#include "mlsysim/mlsysim.hpp"

int main() {
  using namespace mlsysim;
  using namespace mlsysim::solvers;
  fmt::print("{:<12} {:>6} {:>10} {:>12} {:>8}\n", "device", "batch", "step", "tokens/s", "bound");
  for (const auto* hw : catalog().all<HardwareNode>()) {
    if (hw->tier != Tier::cloud || !hw->peak(Precision::bf16) || hw->accelerator_count) continue;
    for (std::int64_t batch : {1, 16, 256}) {
      RooflineOptions o;
      o.batch = batch;
      o.context = 1024;
      const auto r = roofline(Models::Language::Llama3_8B, *hw, o);
      if (!r.memory.fits) continue;
      fmt::print("{:<12} {:>6} {:>8.3g}ms {:>12.0f} {:>8}\n", hw->info.key, batch,
                 r.latency.in("ms"), r.throughput.in("1/s"), wall_name(r.wall));
    }
  }
  return 0;
}
