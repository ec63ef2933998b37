#include "mlsysim/solvers/roofline.hpp"

#include <algorithm>
#include <string>

#include "shape.hpp"
#include "typed_math.hpp"

namespace mlsysim::solvers {
namespace {

using detail::BitRate;
using detail::Bits;
using detail::FlopRate;
using detail::Flops;
using detail::Seconds;

}  // namespace

Quantity activation_bytes_per_layer(const Workload& m, std::int64_t seq, std::int64_t microbatch,
                                    std::int64_t tp, bool sequence_parallel, Recompute r,
                                    Precision activations) {
  require_positive("seq_len", seq);
  require_positive("microbatch", microbatch);
  require_positive("tp", tp);
  if (!m.hidden_dim || !m.heads) {
    throw InvalidArgumentError(
        "workload",
        "'" + std::string(m.info.path) + "' needs hidden_dim and heads for activation memory");
  }
  const double s = static_cast<double>(seq);
  const double b = static_cast<double>(microbatch);
  const double h = static_cast<double>(*m.hidden_dim);
  const double a = static_cast<double>(*m.heads);
  const double t = static_cast<double>(tp);
  const double sbh = s * b * h;
  double bytes = 0;
  switch (r) {
    case Recompute::none:
      bytes = sequence_parallel ? sbh * (34.0 + 5.0 * a * s / h) / t
                                : sbh * (10.0 + 24.0 / t + 5.0 * a * s / (h * t));
      break;
    case Recompute::selective:
      bytes = sequence_parallel ? 34.0 * sbh / t : sbh * (10.0 + 24.0 / t);
      break;
    case Recompute::full:
      bytes = sequence_parallel ? 2.0 * sbh / t : 2.0 * sbh;
      break;
  }
  bytes *= detail::bytes_of(activations) / 2.0;  // the formulas assume 16-bit activations
  return Quantity(detail::byte_count(bytes)).to(detail::units().gib);
}

RooflineResult roofline(const Workload& m, const HardwareNode& hw, const RooflineOptions& o) {
  o.efficiency.validate();
  require_positive("batch", o.batch);
  require_positive("tokens", o.tokens);
  const auto& u = detail::units();
  const Quantity& peak = peak_at(hw, o.precision.compute);
  RooflineResult r;
  r.cost = forward_cost(m, o.batch, o.tokens, o.context, o.precision);

  // Memory footprint (bytes).
  const double wb = detail::bytes_of(o.precision.weights);
  const double weights =
      m.model_size ? m.model_size->base_value() / 8.0 : static_cast<double>(m.parameters) * wb;
  const double kv = static_cast<double>(o.batch) * static_cast<double>(o.context + o.tokens) *
                    r.cost.kv_per_token.base_value() / 8.0;
  double activations = 0.0;
  double optimizer = 0.0;
  if (o.training) {
    // Mixed-precision Adam: fp32 gradients (4 B), fp32 master weights (4 B) and two fp32 moments
    // (8 B) per parameter besides the weights (Rajbhandari et al. 2020; Megatron keeps fp32 main
    // gradients).
    optimizer = static_cast<double>(m.parameters) * 16.0;
    if (m.layers && m.hidden_dim && m.heads) {
      activations = static_cast<double>(*m.layers) *
                    activation_bytes_per_layer(m, o.tokens, o.batch, 1, false, Recompute::none,
                                               o.precision.activations)
                        .base_value() /
                    8.0;
    }
  } else if (m.hidden_dim) {
    const double width =
        m.ffn_dim ? static_cast<double>(*m.ffn_dim) : 4.0 * static_cast<double>(*m.hidden_dim);
    activations =
        static_cast<double>(o.batch) * static_cast<double>(o.tokens) *
            (2.0 * static_cast<double>(*m.hidden_dim) + width) *
            detail::bytes_of(o.precision.activations) +
        static_cast<double>(o.batch) * static_cast<double>(m.vocab_size.value_or(0)) * 4.0;
  }
  const double resident = weights + kv + activations + optimizer;
  const double capacity = hw.memory.capacity.base_value() / 8.0;
  const double flash =
      hw.memory.flash_capacity ? hw.memory.flash_capacity->base_value() / 8.0 : 0.0;
  const bool in_flash = flash > 0 && weights <= flash && kv + activations + optimizer <= capacity;
  r.memory.weights.assign_base(8.0 * weights, u.gb);
  r.memory.kv_cache.assign_base(8.0 * kv, u.gb);
  r.memory.activations.assign_base(8.0 * activations, u.gb);
  r.memory.gradients_and_optimizer.assign_base(8.0 * optimizer, u.gb);
  r.memory.total.assign_base(8.0 * resident, u.gb);
  r.memory.capacity.assign_base(8.0 * (capacity + (in_flash ? flash : 0.0)), u.gb);
  r.memory.fits = resident <= capacity || in_flash;

  // Bandwidth of the path the weights stream from.
  const BitRate main_bw = hw.memory.bandwidth.as<typed::bits_per_second>() * o.efficiency.memory;
  BitRate weight_bw = main_bw;
  if (hw.memory.sram_capacity && hw.memory.sram_bandwidth &&
      weights <= hw.memory.sram_capacity->base_value() / 8.0) {
    weight_bw = hw.memory.sram_bandwidth->as<typed::bits_per_second>() * o.efficiency.memory;
  } else if (in_flash && weights > capacity && hw.memory.flash_bandwidth) {
    weight_bw = hw.memory.flash_bandwidth->as<typed::bits_per_second>() * o.efficiency.memory;
  } else if (!r.memory.fits && hw.host_link) {
    // The excess streams over the host link each pass.
    const double spill = std::min(resident - capacity, weights) / weights;
    // Spilled bytes never arrive faster than the device's own memory path: on a USB
    // accelerator whose memory.bandwidth already is the USB payload rate (Coral), the raw link
    // rate would make spilling more *faster*, and latency fall as the batch grows.
    const BitRate host =
        std::min(hw.host_link->one_way_bandwidth().as<typed::bits_per_second>(), main_bw);
    weight_bw = BitRate::from_value(1.0 / ((1.0 - spill) / main_bw.value() + spill / host.value()));
  }

  // Per-operator roofline: each op takes max(compute, memory); the times add.
  const FlopRate rate = peak.as<typed::flops_per_second>() * o.efficiency.compute;
  const double training_factor = o.training ? 3.0 : 1.0;  // forward + 2 x backward
  Seconds compute = Seconds::from_value(0);
  Seconds memory = Seconds::from_value(0);
  Seconds bound_compute = Seconds::from_value(0);
  Seconds bound_memory = Seconds::from_value(0);
  double total_flops = 0;
  double total_bytes = 0;
  for (std::size_t i = 0; i < r.cost.count; ++i) {
    const auto& op = r.cost.ops[i];
    total_flops += op.flops.base_value();
    total_bytes += op.bytes.base_value();
    const Flops f = Flops::from_value(op.flops.base_value() * training_factor);
    const Bits bytes = Bits::from_value(op.bytes.base_value() * training_factor);
    const Seconds tc = f / rate;
    const Seconds tm = bytes / (i == 0 ? weight_bw : main_bw);  // op 0 streams the weights
    compute += tc;
    memory += tm;
    if (tc >= tm)
      bound_compute += tc;
    else
      bound_memory += tm;
  }
  if (o.training) {
    // Optimizer step: read and write the 16 B/param state and the weights once.
    const Seconds step = detail::byte_count(2.0 * (optimizer + weights)) / main_bw;
    memory += step;
    bound_memory += step;
  }
  const Seconds overhead =
      (hw.dispatch_overhead ? hw.dispatch_overhead->as<typed::seconds>() : Seconds::from_value(0)) *
      static_cast<double>(m.layers.value_or(1));
  const Seconds latency = bound_compute + bound_memory + overhead;

  total_flops *= training_factor;
  r.flops.assign_base(total_flops, u.flop);
  r.bytes.assign_base(total_bytes, u.gb);
  detail::set(r.compute_time, compute, u.ms);
  detail::set(r.memory_time, memory, u.ms);
  detail::set(r.overhead, overhead, u.ms);
  detail::set(r.latency, latency, u.ms);
  r.intensity.assign_base(total_bytes > 0 ? total_flops / total_bytes : 0.0, u.flop_per_b);
  r.ridge_point.assign_base(peak.base_value() / hw.memory.bandwidth.base_value(), u.flop_per_b);
  const double items = m.flops_basis == FlopsBasis::per_token
                           ? static_cast<double>(o.batch) * static_cast<double>(o.tokens)
                           : static_cast<double>(o.batch);
  r.throughput.assign_base(items / latency.value(), u.per_s);
  detail::set(r.energy, hw.power.tdp.as<typed::watts>() * latency, u.j);
  r.mfu = total_flops / (latency.value() * peak.base_value());
  r.wall = !r.memory.fits                                        ? Wall::capacity
           : overhead > bound_compute && overhead > bound_memory ? Wall::overhead
           : bound_compute >= bound_memory                       ? Wall::compute
                                                                 : Wall::memory;
  return r;
}

}  // namespace mlsysim::solvers
