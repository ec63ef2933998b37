// Fleet roofline: the training solver's step, split by the link each part of it runs on, turned
// into one roofline point per ceiling. docs/fleet-roofline.md gives the rules.
#include "mlsysim/solvers/fleet_roofline.hpp"

#include <algorithm>

#include "checks.hpp"
#include "gemm_model.hpp"
#include "typed_math.hpp"
#include "units/quantity_access.hpp"

namespace mlsysim::solvers {

std::string_view fleet_ceiling_name(FleetCeiling c) noexcept {
  switch (c) {
    case FleetCeiling::compute:
      return "compute";
    case FleetCeiling::memory:
      return "memory";
    case FleetCeiling::scale_up:
      return "scale_up";
    case FleetCeiling::scale_out:
      return "scale_out";
  }
  return "compute";
}

FleetRoofline fleet_roofline(const Workload& m, const Fleet& fleet, const ParallelConfig& pc,
                             const TrainingOptions& o) {
  FleetRoofline f;
  f.training = train(m, fleet, pc, o);  // validates everything below
  const TrainingResult& r = f.training;
  const auto& u = detail::units();
  const HardwareNode& hw = *fleet.node->accelerator;
  const double n = static_cast<double>(fleet.total_accelerators());
  const std::int64_t per_node = std::max<std::int64_t>(fleet.node->accelerators_per_node, 1);
  const double flops = r.model_flops.base_value() / n;
  const double step = r.step_time.base_value();
  units_detail::assign_base(f.flops_per_accelerator, flops, u.flop);
  f.step_time = r.step_time;
  f.achieved = r.achieved_flops_per_gpu;

  // Rates as train() prices them (docs/solvers.md, "Links").
  const double peak = peak_at(hw, o.precision.compute).base_value();
  const double hbm = detail::streaming_bandwidth(hw, o.efficiency.memory).value();
  const Link* intra = fleet.node->intra_link();
  const double intra_bw = (intra != nullptr ? intra->one_way_bandwidth()
                           : hw.host_link   ? hw.host_link->one_way_bandwidth()
                                            : scale_out_bandwidth_per_rank(fleet))
                              .base_value() *
                          o.efficiency.intra_node_link;
  const double fabric_bw = scale_out_bandwidth_per_rank(fleet).base_value() *
                           (o.efficiency.fabric / fleet.fabric->oversubscription);

  // Which link each group's collectives cross (layout tp-cp-ep-dp-pp, as train()): a group
  // whose members, with the groups inside it, fit in one node runs on the scale-up link.
  const auto within = [&](std::int64_t span) { return span <= per_node; };
  const std::int64_t tpcp = pc.tp * pc.cp;
  double up = 0, out = 0;
  (within(pc.tp) ? up : out) += r.tp_comm_time.base_value();
  (within(tpcp) ? up : out) += r.cp_comm_time.base_value();
  (within(tpcp * pc.ep) ? up : out) += r.ep_comm_time.base_value();
  (within(tpcp * pc.dp) ? up : out) += r.dp_comm_time.base_value();
  (within(tpcp * pc.dp * pc.pp) ? up : out) += r.pp_comm_time.base_value();
  const double memory = r.memory_bound_time.base_value() + r.optimizer_time.base_value();

  const auto level = [&](FleetCeiling c, double rate, double time, const Unit& rate_unit) {
    FleetRooflineLevel l;
    l.ceiling = c;
    l.rate = units_detail::from_base(rate, rate_unit);
    units_detail::assign_base(l.time, time, u.s);
    const double bytes = c == FleetCeiling::compute ? 0.0 : time * rate / 8.0;  // rate in bit/s
    units_detail::assign_base(l.bytes, 8.0 * bytes, u.gb);
    units_detail::assign_base(l.intensity, bytes > 0 ? flops / (8.0 * bytes) : 0.0, u.flop_per_b);
    const double attainable =
        c == FleetCeiling::compute ? peak : (time > 0 ? std::min(peak, flops / time) : peak);
    l.attainable = units_detail::from_base(attainable, u.tflop_s);
    l.share = step > 0 ? time / step : 0.0;
    return l;
  };
  // Kernel boundaries (launch gaps and stalls) keep the device busy without moving bytes: they
  // count with the compute level's time.
  f.levels.push_back(level(FleetCeiling::compute, peak,
                           r.compute_time.base_value() + r.kernel_boundary_time.base_value(),
                           u.tflop_s));
  f.levels.push_back(level(FleetCeiling::memory, hbm, memory, u.gb_s));
  f.levels.push_back(level(FleetCeiling::scale_up, intra_bw, up, u.gb_s));
  f.levels.push_back(level(FleetCeiling::scale_out, fabric_bw, out, u.gb_s));
  const auto nearest =
      std::max_element(f.levels.begin(), f.levels.end(),
                       [](const auto& a, const auto& b) { return a.share < b.share; });
  f.nearest = nearest->ceiling;
  return f;
}

}  // namespace mlsysim::solvers
