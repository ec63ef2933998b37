// The inverse roofline: solve the roofline's latency for the device figures that meet a target.
// docs/synthesis.md derives each formula.
#include "mlsysim/solvers/synthesis.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "checks.hpp"
#include "shape.hpp"
#include "typed_math.hpp"
#include "units/quantity_access.hpp"

namespace mlsysim::solvers {
namespace {

struct Work {
  std::array<double, 3> flops{};  ///< per device, per op (FLOP)
  std::array<double, 3> bytes{};  ///< per device, per op (B)
  std::size_t ops = 0;
  double link_bytes = 0;  ///< per device (B)
  double layers = 1;
};

Work work_of(const Workload& m, const SynthesisOptions& o) {
  const ForwardCost c = forward_cost(m, o.batch, o.tokens, o.context, o.precision);
  Work w;
  const double tp = static_cast<double>(o.tp);
  w.ops = c.count;
  for (std::size_t i = 0; i < c.count; ++i) {
    w.flops[i] = c.ops[i].flops.base_value() / tp;
    w.bytes[i] = c.ops[i].bytes.base_value() / 8.0 / tp;
  }
  w.layers = static_cast<double>(m.layers.value_or(1));
  if (o.tp > 1) {
    if (!m.layers || !m.hidden_dim) {
      throw InvalidArgumentError("tp", "'" + std::string(m.info.path) +
                                           "' has no layers and hidden_dim to size the "
                                           "tensor-parallel all-reduce");
    }
    // Two all-reduces per layer (after attention and after the MLP, Megatron-LM) of the batch's
    // new activations; a ring moves 2 (tp - 1) / tp of the buffer per device.
    const double buffer = static_cast<double>(o.batch) * static_cast<double>(o.tokens) *
                          static_cast<double>(*m.hidden_dim) *
                          detail::bytes_of(o.precision.activations);
    w.link_bytes = w.layers * 2.0 * 2.0 * (tp - 1.0) / tp * buffer;
  }
  return w;
}

/// Σ max(F_i / (η_c P), B_i / (η_m W)) + link / (η_l Lk), in seconds; `bound_*` say which wins.
double step_time(const Work& w, const Efficiency& e, double peak, double bw, double link,
                 double* compute = nullptr, double* memory = nullptr) {
  double t = 0, c = 0, mem = 0;
  for (std::size_t i = 0; i < w.ops; ++i) {
    const double tc = w.flops[i] / (e.compute * peak);
    const double tm = w.bytes[i] / (e.memory * bw);
    t += std::max(tc, tm);
    (tc >= tm ? c : mem) += std::max(tc, tm);
  }
  if (w.link_bytes > 0) t += w.link_bytes / (e.intra_node_link * link);
  if (compute != nullptr) *compute = c;
  if (memory != nullptr) *memory = mem;
  return t;
}

void check(const SynthesisOptions& o) {
  o.efficiency.validate();
  require_positive("batch", o.batch);
  require_positive("tokens", o.tokens);
  require_positive("tp", o.tp);
  if (o.context < 0) throw InvalidArgumentError("context", "must not be negative");
  if (o.target.dimension() != dims::time || !(o.target.base_value() > 0)) {
    throw InvalidArgumentError("target", "must be a positive time, got '" + o.target.str() + "'");
  }
  if (o.dispatch_overhead.dimension() != dims::time || !(o.dispatch_overhead.base_value() >= 0)) {
    throw InvalidArgumentError("dispatch_overhead", "must be a non-negative time, got '" +
                                                        o.dispatch_overhead.str() + "'");
  }
}

}  // namespace

DeviceRequirement synthesize_requirement(const Workload& m, const SynthesisOptions& o) {
  check(o);
  const auto& u = detail::units();
  const Work w = work_of(m, o);
  const double overhead = o.dispatch_overhead.base_value() * w.layers;
  const double budget = o.target.base_value() - overhead;
  if (!(budget > 0)) {
    throw InvalidArgumentError(
        "target", fmt::format("'{}' is used up by the fixed overhead of {} layers x '{}'",
                              o.target.str(), w.layers, o.dispatch_overhead.str()));
  }
  double flops = 0, bytes = 0;
  for (std::size_t i = 0; i < w.ops; ++i) {
    flops += w.flops[i];
    bytes += w.bytes[i];
  }
  const Efficiency& e = o.efficiency;
  DeviceRequirement r;
  units_detail::assign_base(r.flops, flops, u.flop);
  units_detail::assign_base(r.bytes, 8.0 * bytes, u.gb);
  units_detail::assign_base(r.link_bytes, 8.0 * w.link_bytes, u.gb);
  units_detail::assign_base(r.intensity, bytes > 0 ? flops / (8.0 * bytes) : 0.0,
                            u.flop_per_b);  // per bit
  units_detail::assign_base(r.budget, budget, u.ms);
  // Each resource alone: its whole traffic in the whole budget.
  const double peak = flops / (e.compute * budget);
  const double bw = bytes / (e.memory * budget);
  const double link = w.link_bytes / (e.intra_node_link * budget);
  // Together: the step is homogeneous of degree -1 in (peak, bandwidth, link), so scaling all
  // three by k = time(alone figures) / budget meets the budget exactly.
  const double k = step_time(w, e, peak, bw, link) / budget;
  r.balance_factor = k;
  const Unit& tflops = u.tflop_s;
  const Unit& tb_s = Unit::parse("TB/s");
  r.peak_alone = units_detail::from_base(peak, tflops);
  r.bandwidth_alone = units_detail::from_base(8.0 * bw, tb_s);
  r.balanced_peak = units_detail::from_base(peak * k, tflops);
  r.balanced_bandwidth = units_detail::from_base(8.0 * bw * k, tb_s);
  if (o.tp > 1) {
    r.link_alone = units_detail::from_base(8.0 * link, u.gb_s);
    r.balanced_link = units_detail::from_base(8.0 * link * k, u.gb_s);
  }
  units_detail::assign_base(r.ridge_point, bw > 0 ? peak / (8.0 * bw) : 0.0, u.flop_per_b);
  // Capacity: the roofline's resident set (weights, KV cache, activations) split over tp.
  HardwareNode ideal;
  ideal.info.key = "synthesized";
  ideal.info.path = "synthesized";
  const auto pi = static_cast<std::size_t>(o.precision.compute);
  ideal.compute.dense[pi] = r.balanced_peak;
  ideal.compute.peak_flops = r.balanced_peak;
  ideal.compute.default_precision = o.precision.compute;
  ideal.memory.bandwidth = r.balanced_bandwidth;
  ideal.memory.capacity = Quantity(1e30, Unit::parse("B"));
  ideal.power.tdp = Quantity(1.0, Unit::parse("W"));
  RooflineOptions ro;
  ro.batch = o.batch;
  ro.tokens = o.tokens;
  ro.context = o.context;
  ro.precision = o.precision;
  ro.efficiency = o.efficiency;
  const RooflineResult full = roofline(m, ideal, ro);
  r.capacity = (full.memory.total / static_cast<double>(o.tp)).to(u.gb);
  return r;
}

SynthesisResult synthesize(const Workload& m, const std::vector<const HardwareNode*>& devices,
                           const SynthesisOptions& o) {
  SynthesisResult s;
  s.need = synthesize_requirement(m, o);
  const auto& u = detail::units();
  const Work w = work_of(m, o);
  const double target = o.target.base_value();
  for (const HardwareNode* hw : devices) {
    if (hw == nullptr) throw InvalidArgumentError("devices", "a null device");
    DeviceCheck d;
    d.device = hw;
    if (!hw->peak(o.precision.compute)) {
      d.has_precision = false;
      d.latency = Quantity(0.0, u.ms);
      s.devices.push_back(d);
      continue;
    }
    if (o.tp == 1) {
      RooflineOptions ro;
      ro.batch = o.batch;
      ro.tokens = o.tokens;
      ro.context = o.context;
      ro.precision = o.precision;
      ro.efficiency = o.efficiency;
      const RooflineResult r = roofline(m, *hw, ro);
      d.latency = r.latency;
      d.fits = r.memory.fits;
      d.wall = r.wall;
    } else {
      const Link* link = hw->device_link ? &*hw->device_link
                         : hw->host_link ? &*hw->host_link
                                         : nullptr;
      if (link == nullptr) {
        d.has_link = false;
        d.latency = Quantity(0.0, u.ms);
        s.devices.push_back(d);
        continue;
      }
      double compute = 0, memory = 0;
      const double lk = link->one_way_bandwidth().base_value() / 8.0;
      double t = step_time(w, o.efficiency, hw->peak(o.precision.compute)->base_value(),
                           hw->memory.bandwidth.base_value() / 8.0, lk, &compute, &memory);
      const double comm = t - compute - memory;
      t += (hw->dispatch_overhead ? hw->dispatch_overhead->base_value() : 0.0) * w.layers;
      units_detail::assign_base(d.latency, t, u.ms);
      d.fits = s.need.capacity <= hw->usable_capacity();
      d.wall = !d.fits                             ? Wall::capacity
               : comm >= compute && comm >= memory ? Wall::communication
               : compute >= memory                 ? Wall::compute
                                                   : Wall::memory;
    }
    const double lat = d.latency.base_value();
    d.meets_target = lat <= target * (1.0 + 1e-12);
    d.headroom = lat > 0 && std::isfinite(lat) ? target / lat : 0.0;
    d.qualifies = d.fits && d.meets_target;
    s.devices.push_back(d);
  }
  std::stable_sort(s.devices.begin(), s.devices.end(), [](const auto& a, const auto& b) {
    if (a.qualifies != b.qualifies) return a.qualifies;
    const bool ra = a.has_precision && a.has_link, rb = b.has_precision && b.has_link;
    if (ra != rb) return ra;
    return a.latency.base_value() < b.latency.base_value();
  });
  return s;
}

}  // namespace mlsysim::solvers
