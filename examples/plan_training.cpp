// Planning a training run: Llama 3.1 405B on 16,384 H100 (2,048 DGX H100 over InfiniBand NDR),
// 15.6T tokens, best parallel configurations, time, energy and carbon.
#include <fmt/format.h>

#include "mlsysim/mlsysim.hpp"

int main() {
  using namespace mlsysim;
  using namespace mlsysim::solvers;
  Fleet fleet;
  fleet.info.path = "16K H100";
  fleet.node = &Systems::Nodes::DGX_H100;
  fleet.count = 2048;
  fleet.fabric = &Systems::Fabrics::InfiniBand_NDR;

  PlanOptions o;
  o.training.seq_len = 8192;
  o.training.global_batch = 2048;
  o.training.token_budget = 15.6e12;
  o.top = 3;
  const auto plan_result = plan(Models::Language::Llama3_405B, fleet, o);
  for (const auto& c : plan_result.best) {
    fmt::print(
        "tp {} pp {} dp {} v {} mb {}: step {:.3g} s, MFU {:.1f}%, {:.1f} days, {:.3g} GiB/GPU\n",
        c.parallel.tp, c.parallel.pp, c.parallel.dp, c.parallel.interleave, c.parallel.microbatch,
        c.result.step_time.in("s"), 100 * c.result.mfu, c.result.time_to_train->in("day"),
        c.result.memory.total.in("GiB"));
  }
  if (plan_result.best.empty()) return 1;
  const auto& best = plan_result.best.front().result;
  FootprintOptions f;
  f.duration = *best.time_to_train;
  f.datacenter = &Infra::Datacenters::Meta_Fleet;
  const auto fp = footprint(fleet, f);
  fmt::print("energy {:.4g} MWh, carbon {:.4g} tCO2e, water {:.4g} L at {}\n",
             fp.facility_energy.in("MWh"), fp.operational_carbon.in("tCO2e"), fp.water.in("L"),
             fp.region);
  return 0;
}
