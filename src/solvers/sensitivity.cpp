// Sensitivity by central differences on perturbed copies of the inputs: each input is scaled by
// (1 - h) and (1 + h) in its own copy of the device, node, fabric, options and site, and the
// unchanged solver is re-run on each copy. docs/sensitivity.md gives the formula and the rules.
#include "mlsysim/solvers/sensitivity.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <string>
#include <tuple>

#include "mlsysim/solvers/common.hpp"
#include "typed_math.hpp"

namespace mlsysim::solvers {

std::string_view sensitivity_status_name(SensitivityStatus s) noexcept {
  switch (s) {
    case SensitivityStatus::computed:
      return "computed";
    case SensitivityStatus::zero:
      return "zero";
    case SensitivityStatus::infeasible_reduced:
      return "infeasible_when_reduced";
    case SensitivityStatus::infeasible_increased:
      return "infeasible_when_increased";
  }
  return "computed";
}

namespace {

const Unit& count_unit() { return Unit::parse("count"); }
Quantity ratio(double x) { return Quantity(x, count_unit()); }

/// The site and economics of a world (copied so that grid and datacenter figures can be scaled).
struct Site {
  std::optional<CostOptions> eco;
  GridProfile grid{};
  Datacenter dc{};
  bool has_dc = false;
  bool priced = false;  ///< an electricity price exists (cost is a metric)

  void init(const std::optional<CostOptions>& e) {
    eco = e;
    if (!eco) return;
    const FootprintOptions& f = eco->footprint;
    const GridProfile* g = f.datacenter != nullptr ? f.datacenter->grid : f.grid;
    if (g == nullptr) {
      throw InvalidArgumentError("site",
                                 "give a datacenter or a grid (e.g. Infra.Grids.US_Average)");
    }
    grid = *g;
    if (f.datacenter != nullptr) {
      dc = *f.datacenter;
      has_dc = true;
    }
    priced = eco->electricity_price.has_value() || grid.electricity_price.has_value();
  }
  void wire() {
    if (!eco) return;
    if (has_dc) {
      dc.grid = &grid;
      eco->footprint.datacenter = &dc;
      eco->footprint.grid = nullptr;
    } else {
      eco->footprint.grid = &grid;
    }
  }
  /// Cost and carbon of `fleet` producing one million tokens at `tokens_per_second`.
  void per_million(const Fleet& fleet, double tokens_per_second, std::vector<Quantity>& out) const {
    if (!eco) return;
    CostOptions co = *eco;
    co.footprint.duration = Quantity(1e6 / tokens_per_second, Unit::parse("s"));
    if (priced) {
      const CostResult c = cost(fleet, co);
      out.push_back(c.tco);
      out.push_back(c.footprint.total_carbon.to("kgCO2e"));
    } else {
      out.push_back(footprint(fleet, co.footprint).total_carbon.to("kgCO2e"));
    }
  }
};

}  // namespace

void rank_sensitivity(SensitivityResult& r, std::size_t metric) {
  if (metric >= r.metrics.size()) {
    throw InvalidArgumentError(
        "metric", fmt::format("index {} is out of range: {} metrics", metric, r.metrics.size()));
  }
  const auto rank = [](const SensitivityRow& x) {
    switch (x.status) {
      case SensitivityStatus::computed:
        return 0;
      case SensitivityStatus::infeasible_reduced:
      case SensitivityStatus::infeasible_increased:
        return 1;
      case SensitivityStatus::zero:
        return 2;
    }
    return 2;
  };
  std::stable_sort(r.rows.begin(), r.rows.end(), [&](const auto& x, const auto& y) {
    if (rank(x) != rank(y)) return rank(x) < rank(y);
    if (rank(x) != 0) return false;
    return std::abs(x.elasticity[metric]) > std::abs(y.elasticity[metric]);
  });
}

namespace {

template <class World>
struct Input {
  std::string key, label, group, note;
  Quantity base;
  bool fraction = false;  ///< must stay in (0, 1]: a backward difference when x(1+h) > 1
  std::function<void(World&, double)> apply;
};

struct Outcome {
  std::vector<Quantity> values;
  bool feasible = true;
};

template <class World, class Eval>
SensitivityResult analyse(const World& base, const std::vector<Input<World>>& inputs,
                          const Eval& eval, std::vector<SensitivityMetric> metrics, double h) {
  SensitivityResult r;
  r.step = h;
  const Outcome b = eval(base);
  r.feasible = b.feasible;
  for (std::size_t i = 0; i < metrics.size() && i < b.values.size(); ++i) {
    metrics[i].base = b.values[i];
  }
  metrics.resize(b.values.size());
  r.metrics = std::move(metrics);
  const auto run = [&](const Input<World>& in, double scale) {
    World w = base;
    w.wire();
    in.apply(w, scale);
    return eval(w);
  };
  for (const auto& in : inputs) {
    SensitivityRow row;
    row.input = in.key;
    row.label = in.label;
    row.group = in.group;
    row.base = in.base;
    row.note = in.note;
    const bool backward = in.fraction && in.base.base_value() * (1.0 + h) > 1.0;
    const Outcome down = run(in, 1.0 - h);
    const Outcome up = backward ? b : run(in, 1.0 + h);
    if (backward) row.difference = Difference::backward;
    if (b.feasible && !down.feasible) {
      row.status = SensitivityStatus::infeasible_reduced;
    } else if (b.feasible && !up.feasible) {
      row.status = SensitivityStatus::infeasible_increased;
    } else {
      const double span = std::log(backward ? 1.0 : 1.0 + h) - std::log(1.0 - h);
      bool moved = false;
      for (std::size_t i = 0; i < b.values.size(); ++i) {
        const double lo = down.values[i].base_value();
        const double hi = up.values[i].base_value();
        double e = 0;
        if (lo > 0 && hi > 0 && std::isfinite(lo) && std::isfinite(hi)) {
          e = (std::log(hi) - std::log(lo)) / span;
        }
        if (std::abs(e) < 1e-9) e = 0;  // an input the evaluation does not read
        moved = moved || e != 0;
        row.elasticity.push_back(e);
        const double x = b.values[i].base_value();
        row.low.push_back(x > 0 ? lo / x - 1.0 : 0.0);
        row.high.push_back(x > 0 ? hi / x - 1.0 : 0.0);
      }
      if (!moved) row.status = SensitivityStatus::zero;
    }
    r.rows.push_back(std::move(row));
  }
  rank_sensitivity(r, 0);
  return r;
}

void check_step(double h) {
  if (!(h > 0 && h <= 0.5)) {
    throw InvalidArgumentError("step", fmt::format("must be in (0, 0.5], got {}", h));
  }
}

/// Inputs every world has: the device's peaks, memory and capacity.
template <class World>
void device_inputs(const HardwareNode& hw, std::vector<Input<World>>& out) {
  for (std::size_t i = 0; i < kPrecisionCount; ++i) {
    if (!hw.compute.dense[i]) continue;
    const auto p = static_cast<Precision>(i);
    std::string note = "scales the dense rate";
    if (hw.compute.sparse[i]) note += ", the 2:4 sparse rate";
    if (hw.compute.measured_gemm[i]) note += ", the measured GEMM rate";
    if (hw.compute.measured_attention[i] || hw.compute.measured_attention_training[i]) {
      note += ", the measured attention rates";
    }
    if (p == hw.compute.default_precision) note += " and the default peak";
    note += fmt::format(" at {} together", precision_name(p));
    out.push_back({fmt::format("peak_flops.{}", precision_name(p)),
                   fmt::format("Peak dense FLOP/s ({})", precision_name(p)), "device", note,
                   hw.compute.dense[i]->to("TFLOP/s"), false, [i, p](World& w, double s) {
                     auto& c = w.hw.compute;
                     *c.dense[i] *= s;
                     if (c.sparse[i]) *c.sparse[i] *= s;
                     if (c.measured_gemm[i]) *c.measured_gemm[i] *= s;
                     if (c.measured_attention[i]) *c.measured_attention[i] *= s;
                     if (c.measured_attention_training[i]) *c.measured_attention_training[i] *= s;
                     if (p == c.default_precision) c.peak_flops *= s;
                   }});
  }
  out.push_back({"memory_bandwidth", "Memory bandwidth", "device",
                 hw.memory.measured_bandwidth
                     ? "scales the datasheet and the measured streaming bandwidth together"
                     : "datasheet bandwidth (derated by the memory efficiency)",
                 hw.memory.bandwidth.to("TB/s"), false, [](World& w, double s) {
                   w.hw.memory.bandwidth *= s;
                   if (w.hw.memory.measured_bandwidth) *w.hw.memory.measured_bandwidth *= s;
                 }});
  out.push_back({"memory_capacity", "Memory capacity", "device",
                 hw.memory.visible_capacity
                     ? "decides only whether the configuration fits; scales the physical and the "
                       "driver-visible capacity together"
                     : "decides only whether the configuration fits",
                 hw.usable_capacity().to("GB"), false, [](World& w, double s) {
                   w.hw.memory.capacity *= s;
                   if (w.hw.memory.visible_capacity) *w.hw.memory.visible_capacity *= s;
                 }});
}

template <class World>
void site_inputs(const World& w, const Node* node, std::vector<Input<World>>& out) {
  if (!w.site.eco) return;
  const HardwareNode& hw = w.hw;
  const FootprintOptions& f = w.site.eco->footprint;
  if (f.power_per_accelerator) {
    out.push_back({"power", "Power per accelerator (given)", "site", "",
                   f.power_per_accelerator->to("W"), false,
                   [](World& x, double s) { *x.site.eco->footprint.power_per_accelerator *= s; }});
  } else {
    const bool sys =
        node != nullptr && node->system_power && f.prefer == PowerBasis::node_system_power;
    out.push_back({"power", sys ? "Node system power" : "Accelerator power", "site",
                   sys ? "the node's system power shared over its accelerators"
                       : "the accelerator's power figure",
                   sys ? node->system_power->to("kW") : hw.power.tdp.to("W"), false,
                   [](World& x, double s) {
                     x.hw.power.tdp *= s;
                     if (x.node.system_power) *x.node.system_power *= s;
                   }});
  }
  const bool node_cost = node != nullptr && node->unit_cost.has_value();
  if (node_cost || hw.unit_cost) {
    out.push_back({"unit_cost", node_cost ? "Node unit cost" : "Accelerator unit cost", "site",
                   "capex, depreciation and maintenance",
                   node_cost ? node->unit_cost->to("USD") : hw.unit_cost->to("USD"), false,
                   [](World& x, double s) {
                     if (x.node.unit_cost) *x.node.unit_cost *= s;
                     if (x.hw.unit_cost) *x.hw.unit_cost *= s;
                   }});
  }
  out.push_back({"carbon_intensity", "Grid carbon intensity", "site",
                 fmt::format("grid '{}'", w.site.grid.info.key), w.site.grid.carbon_intensity,
                 false, [](World& x, double s) { x.site.grid.carbon_intensity *= s; }});
  if (w.site.eco->electricity_price) {
    out.push_back({"electricity_price", "Electricity price (given)", "site", "",
                   *w.site.eco->electricity_price, false,
                   [](World& x, double s) { *x.site.eco->electricity_price *= s; }});
  } else if (w.site.grid.electricity_price) {
    out.push_back({"electricity_price", "Electricity price", "site",
                   fmt::format("grid '{}'", w.site.grid.info.key), *w.site.grid.electricity_price,
                   false, [](World& x, double s) { *x.site.grid.electricity_price *= s; }});
  }
}

/// PUE is scaled through the highest-priority place it can be set (datacenter, then grid).
template <class World>
void pue_input(const World& w, const Fleet& fleet, std::vector<Input<World>>& out) {
  if (!w.site.eco) return;
  CostOptions co = *w.site.eco;
  co.footprint.duration = Quantity(1.0, Unit::parse("h"));
  const double pue = footprint(fleet, co.footprint).pue;
  out.push_back({"pue", "PUE", "site", "facility energy over IT energy", ratio(pue), false,
                 [pue](World& x, double s) {
                   if (x.site.has_dc)
                     x.site.dc.pue = pue * s;
                   else
                     x.site.grid.pue = pue * s;
                 }});
}

// ---- training --------------------------------------------------------------------------------

struct TrainWorld {
  HardwareNode hw{};
  Node node{};
  NetworkFabric fabric{};
  Fleet fleet{};
  TrainingOptions o{};
  Site site{};
  void wire() {
    node.accelerator = &hw;
    fleet.node = &node;
    fleet.fabric = &fabric;
    site.wire();
  }
};

}  // namespace

SensitivityResult training_sensitivity(const Workload& m, const Fleet& fleet,
                                       const ParallelConfig& pc, const TrainingOptions& o,
                                       const SensitivityOptions& opt) {
  check_step(opt.step);
  if (fleet.node == nullptr || fleet.fabric == nullptr || fleet.node->accelerator == nullptr) {
    throw InvalidArgumentError(
        "fleet", "'" + std::string(fleet.info.path) + "' has no node, accelerator or fabric");
  }
  TrainWorld w;
  w.hw = *fleet.node->accelerator;
  w.node = *fleet.node;
  w.fabric = *fleet.fabric;
  w.fleet = fleet;
  w.o = o;
  w.site.init(opt.economics);
  w.wire();

  using In = Input<TrainWorld>;
  std::vector<In> in;
  std::vector<std::string> notes;
  device_inputs(w.hw, in);
  const HardwareNode& hw = w.hw;
  const Node& node = w.node;
  const bool nics = node.nic_bandwidth && node.nics_per_node && *node.nics_per_node > 0;
  // Chips wired straight into the fabric (TPU ICI): the device link is both the scale-up and
  // the scale-out link, so the two are one input (scaling one alone would break the rule by
  // which train() recognizes the wiring).
  bool direct = false;
  if (!nics && !node.intra_node_link && hw.device_link && hw.device_link->ports &&
      *hw.device_link->ports > 0) {
    const double ratio_ = w.fabric.one_way_bandwidth().base_value() *
                          static_cast<double>(*hw.device_link->ports) /
                          hw.device_link->one_way_bandwidth().base_value();
    direct = std::abs(ratio_ - 1.0) <= 0.01;
  }
  if (direct) {
    in.push_back({"device_link_bandwidth", "Device link bandwidth (scale-up = scale-out)",
                  "network", "the chips are wired directly into the fabric: scales both",
                  hw.device_link->bandwidth.to("GB/s"), false, [](TrainWorld& x, double s) {
                    x.hw.device_link->bandwidth *= s;
                    x.fabric.bandwidth *= s;
                  }});
    notes.push_back(fmt::format(
        "'{}' wires its chips directly into the fabric: the device link and the fabric bandwidth "
        "are perturbed together as one input",
        fleet.info.key));
  } else if (node.intra_node_link) {
    in.push_back({"scale_up_bandwidth", "Scale-up (intra-node) link bandwidth", "network",
                  fmt::format("the node's '{}' link", node.intra_node_link->name),
                  node.intra_node_link->bandwidth.to("GB/s"), false,
                  [](TrainWorld& x, double s) { x.node.intra_node_link->bandwidth *= s; }});
  } else if (hw.device_link) {
    in.push_back({"scale_up_bandwidth", "Scale-up (intra-node) link bandwidth", "network",
                  fmt::format("the accelerator's '{}' link", hw.device_link->name),
                  hw.device_link->bandwidth.to("GB/s"), false,
                  [](TrainWorld& x, double s) { x.hw.device_link->bandwidth *= s; }});
  }
  const Link* intra = node.intra_link();
  if (intra != nullptr && intra->latency) {
    in.push_back({"scale_up_latency", "Scale-up link latency", "network", "the link's own figure",
                  intra->latency->to("ns"), false, [](TrainWorld& x, double s) {
                    if (x.node.intra_node_link && x.node.intra_node_link->latency)
                      *x.node.intra_node_link->latency *= s;
                    else if (x.hw.device_link && x.hw.device_link->latency)
                      *x.hw.device_link->latency *= s;
                  }});
  } else {
    in.push_back({"scale_up_latency", "Scale-up link latency", "network",
                  "the link gives none: the intra_node_latency default", o.intra_node_latency,
                  false, [](TrainWorld& x, double s) { x.o.intra_node_latency *= s; }});
  }
  in.push_back({"collective_latency", "Collective library latencies", "network",
                "NCCL's tuning model (options.collectives), every latency scaled together; shown: "
                "the Simple ring's base",
                o.collectives.ring[2].base, false, [](TrainWorld& x, double s) {
                  for (auto* table : {&x.o.collectives.ring, &x.o.collectives.tree}) {
                    for (ProtocolCost& c : *table) {
                      c.base *= s;
                      c.intra_step *= s;
                      c.inter_step *= s;
                    }
                  }
                  x.o.collectives.net_overhead *= s;
                  for (Quantity* q :
                       {&x.o.collectives.nvls_latency, &x.o.collectives.nvls_tree_intra_latency,
                        &x.o.collectives.nvls_tree_inter_latency,
                        &x.o.collectives.collnet_direct_intra_latency,
                        &x.o.collectives.collnet_direct_inter_latency,
                        &x.o.collectives.collnet_chain_intra_latency,
                        &x.o.collectives.collnet_chain_inter_latency,
                        &x.o.collectives.collnet_arity_latency}) {
                    *q *= s;
                  }
                }});
  if (node.nccl_net_latency) {
    in.push_back({"nccl_net_latency", "Network plugin latency", "network",
                  "the node's figure, added by NCCL to every network step",
                  node.nccl_net_latency->to("us"), false,
                  [](TrainWorld& x, double s) { *x.node.nccl_net_latency *= s; }});
  }
  if (nics) {
    in.push_back({"nic_bandwidth", "NIC bandwidth", "network",
                  fmt::format("{} NICs per node", *node.nics_per_node),
                  node.nic_bandwidth->to("Gbps"), false,
                  [](TrainWorld& x, double s) { *x.node.nic_bandwidth *= s; }});
  }
  if (!direct) {
    in.push_back({"fabric_bandwidth", "Fabric port bandwidth", "network",
                  fmt::format("fabric '{}'", w.fabric.info.key), w.fabric.bandwidth.to("Gbps"),
                  false, [](TrainWorld& x, double s) { x.fabric.bandwidth *= s; }});
  }
  in.push_back({"fabric_latency", "Fabric latency", "network",
                fmt::format("fabric '{}'", w.fabric.info.key), w.fabric.latency.to("us"), false,
                [](TrainWorld& x, double s) { x.fabric.latency *= s; }});
  if (hw.host_link) {
    in.push_back({"host_link_bandwidth", "Host link bandwidth", "network",
                  "used by offloaded optimizer state or parameters, or between accelerators "
                  "without a link",
                  hw.host_link->bandwidth.to("GB/s"), false,
                  [](TrainWorld& x, double s) { x.hw.host_link->bandwidth *= s; }});
  }
  in.push_back({"kernel_launch_gap", "Kernel launch gap", "device",
                "every kernel of the layers' forward and backward passes", o.kernel_launch_gap,
                false, [](TrainWorld& x, double s) { x.o.kernel_launch_gap *= s; }});
  in.push_back({"kernel_stall", "Kernel boundary stall", "device",
                "stragglers and memory latency per kernel", o.kernel_stall, false,
                [](TrainWorld& x, double s) { x.o.kernel_stall *= s; }});
  if (o.offload_optimizer || o.offload_parameters) {
    in.push_back({"host_memory_bandwidth", "Host memory bandwidth per accelerator", "device",
                  "the offloaded optimizer update", o.host_memory_bandwidth, false,
                  [](TrainWorld& x, double s) { x.o.host_memory_bandwidth *= s; }});
  }
  const auto pi = static_cast<std::size_t>(o.precision.compute);
  in.push_back({"efficiency.memory", "Memory efficiency (elementwise, optimizer)", "efficiency",
                hw.memory.measured_bandwidth ? "unused: the device has a measured bandwidth" : "",
                ratio(o.efficiency.memory), true,
                [](TrainWorld& x, double s) { x.o.efficiency.memory *= s; }});
  in.push_back({"efficiency.intra_node_link", "Scale-up link efficiency", "efficiency", "",
                ratio(o.efficiency.intra_node_link), true,
                [](TrainWorld& x, double s) { x.o.efficiency.intra_node_link *= s; }});
  in.push_back({"efficiency.fabric", "Fabric efficiency", "efficiency", "",
                ratio(o.efficiency.fabric), true,
                [](TrainWorld& x, double s) { x.o.efficiency.fabric *= s; }});
  {
    // The fraction the run actually uses (the option, the measured rate at this length or the
    // default), perturbed as an explicit option value.
    const double tokens =
        static_cast<double>(o.seq_len) / static_cast<double>(std::max<std::int64_t>(pc.cp, 1));
    const auto r = fused_attention_rate(hw, o.precision.compute, o, tokens);
    const double eff = r.efficiency;
    in.push_back({"attention_efficiency", "Fused attention efficiency", "efficiency",
                  o.attention_efficiency > 0 ? ""
                  : r.measured ? "the device's measured attention rate at this sequence length"
                               : "default_attention_efficiency (no measured attention rate)",
                  ratio(eff), true,
                  [eff](TrainWorld& x, double s) { x.o.attention_efficiency = eff * s; }});
  }
  in.push_back({fmt::format("gemm.default_fraction.{}", precision_name(o.precision.compute)),
                fmt::format("GEMM efficiency ({})", precision_name(o.precision.compute)),
                "efficiency",
                hw.compute.measured_gemm[pi] ? "unused: the device has a measured GEMM rate" : "",
                ratio(o.gemm.default_fraction[pi]), true,
                [pi](TrainWorld& x, double s) { x.o.gemm.default_fraction[pi] *= s; }});
  in.push_back({"gemm.default_memory_fraction", "GEMM memory-floor bandwidth fraction",
                "efficiency",
                hw.memory.measured_bandwidth ? "unused: the device has a measured bandwidth" : "",
                ratio(o.gemm.default_memory_fraction), true,
                [](TrainWorld& x, double s) { x.o.gemm.default_memory_fraction *= s; }});
  site_inputs(w, &node, in);
  pue_input(w, w.fleet, in);

  const auto eval = [&m, &pc](const TrainWorld& x) {
    const TrainingResult r = train(m, x.fleet, pc, x.o);
    Outcome out;
    out.feasible = r.memory.fits;
    out.values.push_back(r.step_time);
    out.values.push_back(r.tokens_per_second);
    x.site.per_million(x.fleet, r.tokens_per_second.base_value(), out.values);
    return out;
  };
  std::vector<SensitivityMetric> metrics{{"step_time", "Step time", {}},
                                         {"tokens_per_second", "Tokens per second", {}}};
  if (w.site.eco) {
    if (w.site.priced) metrics.push_back({"cost_per_mtok", "Cost per 1M tokens", {}});
    metrics.push_back({"carbon_per_mtok", "Carbon per 1M tokens", {}});
  }
  SensitivityResult r = analyse(w, in, eval, std::move(metrics), opt.step);
  r.notes = std::move(notes);
  return r;
}

namespace {

struct ServeWorld {
  HardwareNode hw{};
  Node node{};
  Fleet fleet{};
  ServingOptions o{};
  Site site{};
  void wire() {
    node.accelerator = &hw;
    fleet.node = &node;
    site.wire();
  }
};

}  // namespace

SensitivityResult serving_sensitivity(const Workload& m, const HardwareNode& device,
                                      const ServingOptions& o, const SensitivityOptions& opt) {
  check_step(opt.step);
  ServeWorld w;
  w.hw = device;
  w.o = o;
  w.node.info = device.info;
  w.node.accelerators_per_node = o.tp * o.pp;
  w.fleet.info = device.info;
  w.fleet.count = 1;
  w.site.init(opt.economics);
  w.wire();

  using In = Input<ServeWorld>;
  std::vector<In> in;
  device_inputs(w.hw, in);
  const HardwareNode& hw = w.hw;
  if (hw.device_link) {
    in.push_back({"scale_up_bandwidth", "Device link bandwidth (tensor/pipeline parallel)",
                  "network", o.tp * o.pp > 1 ? "" : "unused: one device",
                  hw.device_link->bandwidth.to("GB/s"), false,
                  [](ServeWorld& x, double s) { x.hw.device_link->bandwidth *= s; }});
  }
  if (hw.device_link && hw.device_link->latency) {
    in.push_back({"scale_up_latency", "Device link latency", "network", "the link's own figure",
                  hw.device_link->latency->to("ns"), false,
                  [](ServeWorld& x, double s) { *x.hw.device_link->latency *= s; }});
  } else {
    in.push_back({"scale_up_latency", "Device link latency", "network",
                  "the link gives none: the link_latency default", o.params.link_latency, false,
                  [](ServeWorld& x, double s) { x.o.params.link_latency *= s; }});
  }
  in.push_back({"collective_base_latency", "Collective base latency", "network", "",
                o.params.collective_base_latency, false,
                [](ServeWorld& x, double s) { x.o.params.collective_base_latency *= s; }});
  in.push_back({"eager_launch_gap", "Kernel launch gap (eager)", "device",
                "prefill and mixed iterations", o.params.eager_launch_gap, false,
                [](ServeWorld& x, double s) { x.o.params.eager_launch_gap *= s; }});
  in.push_back({"graph_launch_gap", "Kernel launch gap (CUDA graph)", "device",
                "pure decode iterations", o.params.graph_launch_gap, false,
                [](ServeWorld& x, double s) { x.o.params.graph_launch_gap *= s; }});
  in.push_back({"kernel_stall", "Kernel boundary stall", "device",
                "stragglers and memory latency per kernel", o.params.kernel_stall, false,
                [](ServeWorld& x, double s) { x.o.params.kernel_stall *= s; }});
  // Host and front-end times are inputs only when set (zero by default: scaling zero moves
  // nothing).
  const std::tuple<const char*, const char*, const char*, Quantity ServingParams::*> host[] = {
      {"host_time_per_iteration", "Host time per iteration",
       "scheduling and input preparation the devices wait for",
       &ServingParams::host_time_per_iteration},
      {"host_time_per_sequence", "Host time per sequence",
       "host work per running sequence per iteration", &ServingParams::host_time_per_sequence},
      {"front_end_latency", "Front-end latency",
       "HTTP, hand-over to the engine, the first token's way back",
       &ServingParams::front_end_latency},
      {"front_end_per_request", "Front end per request",
       "serialized work before the engine (chat template)", &ServingParams::front_end_per_request},
      {"front_end_per_prompt_token", "Front end per prompt token", "tokenization",
       &ServingParams::front_end_per_prompt_token}};
  for (const auto& [key, label, note, member] : host) {
    // A structured binding cannot be captured before C++20's P1091 (clang 14 refuses it).
    Quantity ServingParams::*const field = member;
    if ((o.params.*field).base_value() > 0) {
      in.push_back({key, label, "device", note, o.params.*field, false,
                    [field](ServeWorld& x, double s) { x.o.params.*field *= s; }});
    }
  }
  const auto pi = static_cast<std::size_t>(o.precision.compute);
  in.push_back({"efficiency.intra_node_link", "Device link efficiency", "efficiency", "",
                ratio(o.efficiency.intra_node_link), true,
                [](ServeWorld& x, double s) { x.o.efficiency.intra_node_link *= s; }});
  in.push_back({fmt::format("gemm.default_fraction.{}", precision_name(o.precision.compute)),
                fmt::format("GEMM efficiency ({})", precision_name(o.precision.compute)),
                "efficiency",
                hw.compute.measured_gemm[pi] ? "unused: the device has a measured GEMM rate" : "",
                ratio(o.gemm.default_fraction[pi]), true,
                [pi](ServeWorld& x, double s) { x.o.gemm.default_fraction[pi] *= s; }});
  in.push_back({"gemm.default_memory_fraction", "Streaming bandwidth fraction", "efficiency",
                hw.memory.measured_bandwidth ? "unused: the device has a measured bandwidth" : "",
                ratio(o.gemm.default_memory_fraction), true,
                [](ServeWorld& x, double s) { x.o.gemm.default_memory_fraction *= s; }});
  if (m.experts.value_or(0) > 0) {
    in.push_back({"moe.expert_bandwidth_fraction", "Routed experts' kernel bandwidth fraction",
                  "efficiency", "of the streaming bandwidth, where the experts are memory-bound",
                  ratio(o.moe.expert_bandwidth_fraction), true,
                  [](ServeWorld& x, double s) { x.o.moe.expert_bandwidth_fraction *= s; }});
  }
  site_inputs(w, nullptr, in);
  pue_input(w, w.fleet, in);

  const auto eval = [&m](const ServeWorld& x) {
    const ServingResult r = serve(m, x.hw, x.o);
    Outcome out;
    out.feasible = r.feasible;
    out.values.push_back(r.output_throughput);
    out.values.push_back(r.tpot);
    out.values.push_back(r.ttft);
    x.site.per_million(x.fleet, r.output_throughput.base_value(), out.values);
    return out;
  };
  std::vector<SensitivityMetric> metrics{{"tokens_per_second", "Output tokens per second", {}},
                                         {"tpot", "TPOT", {}},
                                         {"ttft", "TTFT", {}}};
  if (w.site.eco) {
    if (w.site.priced) metrics.push_back({"cost_per_mtok", "Cost per 1M output tokens", {}});
    metrics.push_back({"carbon_per_mtok", "Carbon per 1M output tokens", {}});
  }
  return analyse(w, in, eval, std::move(metrics), opt.step);
}

}  // namespace mlsysim::solvers
