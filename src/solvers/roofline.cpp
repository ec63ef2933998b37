#include "mlsysim/solvers/roofline.hpp"

#include <algorithm>
#include <cassert>
#include <string>

#include "checks.hpp"
#include "gemm_model.hpp"
#include "shape.hpp"
#include "typed_math.hpp"
#include "units/quantity_access.hpp"

namespace mlsysim::solvers {
namespace {

using typed::BitRate;
using typed::Bits;
using typed::FlopRate;
using typed::Flops;
using typed::Intensity;
using typed::Seconds;

// The roofline runs in ~100 ns, so its typed reads and writes cost nothing beyond the original
// raw-double code: the run-time dimension checks of Quantity::as and detail::set become debug
// assertions here. Safe because every Quantity read is a catalog figure (dimension checked by the
// loader and codegen) or an OpCost this library filled, and every display unit is a constant.

using detail::in;   // unchecked typed read (typed_math.hpp)
using detail::put;  // unchecked typed write

/// in<U>(q), or zero for a field left default-constructed because it does not apply (as
/// ForwardCost::kv_per_token for a model without attention).
template <class U>
typed::quantity<U> in_or_zero(const Quantity& q) noexcept {
  return q.base_value() == 0 ? typed::quantity<U>::from_value(0) : in<U>(q);
}

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
    case Recompute::mlp:
      bytes = sequence_parallel ? 18.0 * sbh / t : sbh * (10.0 + 8.0 / t);
      break;
    case Recompute::full:
      bytes = sequence_parallel ? 2.0 * sbh / t : 2.0 * sbh;
      break;
    case Recompute::all_but_attention:
      // The layer input (replicated over TP without sequence parallelism) and the context (split
      // over the heads, tp ways).
      bytes = sequence_parallel ? 4.0 * sbh / t : sbh * (2.0 + 2.0 / t);
      break;
    case Recompute::alternate_matmuls: {
      const double hd =
          static_cast<double>(m.attention_head_dim().value_or(*m.hidden_dim / *m.heads));
      const double h_q = a * hd;
      const double kv = static_cast<double>(m.kv_heads.value_or(*m.heads)) * hd;
      const double f = detail::dense_ffn_width(m);
      const bool gated = m.ffn_kind.value_or(FfnKind::mlp) == FfnKind::gated;
      const double split = 2.0 * h_q + 2.0 * kv + 2.0 * h_q + 4.0 * a + 2.0 * f;
      const double whole = gated ? 2.0 * h : 0.0;  // w2's output (the 7th matmul, kept)
      const double input = sequence_parallel ? 2.0 * h / t : 2.0 * h;
      const double scattered = sequence_parallel && tp > 1 ? 4.0 * h / t : 0.0;
      bytes = s * b * (input + split / t + whole + scattered);
      break;
    }
    case Recompute::saved_tensors:
      throw InvalidArgumentError(
          "recompute",
          "saved_tensors keeps the tensors of a ParallelConfig::saved set, which "
          "only train() reads; activation_bytes_per_layer has no set to price");
  }
  bytes *= detail::bytes_of(activations) / 2.0;  // the formulas assume 16-bit activations
  return Quantity(detail::byte_count(bytes)).to(detail::units().gib);
}

RooflineResult roofline(const Workload& m, const HardwareNode& hw, const RooflineOptions& o) {
  o.efficiency.validate();
  require_positive("batch", o.batch);
  require_positive("tokens", o.tokens);
  const auto& u = detail::units();
  const FlopRate peak = in<typed::flops_per_second>(peak_at(hw, o.precision.compute));
  RooflineResult r;
  r.cost = forward_cost(m, o.batch, o.tokens, o.context, o.precision);

  // Memory footprint.
  const Bits weights =
      m.model_size
          ? in<typed::bits>(*m.model_size)
          : typed::bytes(static_cast<double>(m.parameters) * detail::bytes_of(o.precision.weights));
  const Bits kv = in_or_zero<typed::bits>(r.cost.kv_per_token) *
                  (static_cast<double>(o.batch) * static_cast<double>(o.context + o.tokens));
  Bits activations = typed::bytes(0);
  Bits optimizer = typed::bytes(0);
  if (o.training) {
    // Mixed-precision Adam: fp32 gradients (4 B), fp32 master weights (4 B) and two fp32 moments
    // (8 B) per parameter besides the weights (Rajbhandari et al. 2020; Megatron keeps fp32 main
    // gradients).
    optimizer = typed::bytes(static_cast<double>(m.parameters) * 16.0);
    if (m.layers && m.hidden_dim && m.heads) {
      activations = static_cast<double>(*m.layers) *
                    in<typed::bits>(activation_bytes_per_layer(
                        m, o.tokens, o.batch, 1, false, Recompute::none, o.precision.activations));
    }
  } else if (m.hidden_dim) {
    // The widest intermediate per token: the feed-forward width, or for a selective-state-space
    // (Mamba) block its input projection's two branches of expand x hidden each (expand 2, the
    // factor the cost model's scan state uses; Gu & Dao 2023).
    const double width = m.architecture == Architecture::ssm
                             ? 2.0 * 2.0 * static_cast<double>(*m.hidden_dim)
                             : detail::dense_ffn_width(m);
    activations = typed::bytes(static_cast<double>(o.batch) * static_cast<double>(o.tokens) *
                                   (2.0 * static_cast<double>(*m.hidden_dim) + width) *
                                   detail::bytes_of(o.precision.activations) +
                               static_cast<double>(o.batch) *
                                   static_cast<double>(m.vocab_size.value_or(0)) * 4.0);
  }
  const Bits resident = weights + kv + activations + optimizer;
  const Bits capacity = in<typed::bits>(hw.usable_capacity());
  const Bits flash =
      hw.memory.flash_capacity ? in<typed::bits>(*hw.memory.flash_capacity) : typed::bytes(0);
  const bool in_flash =
      flash > typed::bytes(0) && weights <= flash && kv + activations + optimizer <= capacity;
  put(r.memory.weights, weights, u.gb);
  put(r.memory.kv_cache, kv, u.gb);
  put(r.memory.activations, activations, u.gb);
  put(r.memory.gradients_and_optimizer, optimizer, u.gb);
  put(r.memory.total, resident, u.gb);
  put(r.memory.capacity, capacity + (in_flash ? flash : typed::bytes(0)), u.gb);
  r.memory.fits = resident <= capacity || in_flash;

  // Bandwidth of the path the weights stream from.
  // Main memory streams at the device's measured rate where the catalog has one (BabelStream),
  // else the datasheet rate x efficiency.memory: the same rule as the GEMM model and the engines.
  const BitRate main_bw = detail::streaming_bandwidth(hw, o.efficiency.memory);
  BitRate weight_bw = main_bw;
  if (hw.memory.sram_capacity && hw.memory.sram_bandwidth &&
      weights <= in<typed::bits>(*hw.memory.sram_capacity)) {
    weight_bw = in<typed::bits_per_second>(*hw.memory.sram_bandwidth) * o.efficiency.memory;
  } else if (in_flash && weights > capacity && hw.memory.flash_bandwidth) {
    weight_bw = in<typed::bits_per_second>(*hw.memory.flash_bandwidth) * o.efficiency.memory;
  } else if (!r.memory.fits && hw.host_link) {
    // The excess streams over the host link each pass.
    const double spill = std::min(resident - capacity, weights) / weights;
    // Spilled bytes never arrive faster than the device's own memory path: on a USB
    // accelerator whose memory.bandwidth already is the USB payload rate (Coral), the raw link
    // rate would make spilling more *faster*, and latency fall as the batch grows.
    const BitRate host =
        std::min(in<typed::bits_per_second>(hw.host_link->one_way_bandwidth()), main_bw);
    weight_bw = 1.0 / ((1.0 - spill) / main_bw + spill / host);
  }

  // Per-operator roofline: each op takes max(compute, memory); the times add.
  //
  // Training runs each op forward and backward. For a weight GEMM Y = X W the forward pass
  // reads W and X and writes Y: 2 |X W| FLOPs, |W| + |X| + |Y| bytes. The backward pass computes
  // dX = dY W^T (reads dY and W, writes dX) and dW = X^T dY (reads X and dY, writes dW): twice
  // the FLOPs and |dY| + |W| + |dX| + |X| + |dY| + |dW| = 2 (|W| + |X| + |Y|) bytes, since each
  // gradient has its value's size. Forward + backward is therefore 3x the forward pass in FLOPs
  // AND in bytes, and the intensity of a training step equals the forward pass's. The same
  // factor is applied to attention and elementwise traffic (docs/solvers.md, "Roofline").
  const FlopRate rate = peak * o.efficiency.compute;
  const double training_factor = o.training ? 3.0 : 1.0;  // forward + 2 x backward
  Seconds compute = typed::secs(0);
  Seconds memory = typed::secs(0);
  Seconds bound_compute = typed::secs(0);
  Seconds bound_memory = typed::secs(0);
  Flops total_flops = typed::flop(0);
  Bits total_bytes = typed::bytes(0);
  for (std::size_t i = 0; i < r.cost.count; ++i) {
    const auto& op = r.cost.ops[i];
    const Flops op_flops = in<typed::flops>(op.flops);
    const Bits op_bytes = in<typed::bits>(op.bytes);
    total_flops += op_flops;
    total_bytes += op_bytes;
    const Seconds tc = op_flops * training_factor / rate;
    const Seconds tm =
        op_bytes * training_factor / (streams_weights(op.kind) ? weight_bw : main_bw);
    compute += tc;
    memory += tm;
    if (tc >= tm)
      bound_compute += tc;
    else
      bound_memory += tm;
  }
  if (o.training) {
    // Optimizer step: read and write the 16 B/param state and the weights once. Its traffic is
    // in memory_time but not in `bytes` (the operators' traffic, which `intensity` divides).
    const Seconds step = 2.0 * (optimizer + weights) / main_bw;
    memory += step;
    bound_memory += step;
  }
  const Seconds overhead =
      (hw.dispatch_overhead ? in<typed::seconds>(*hw.dispatch_overhead) : typed::secs(0)) *
      static_cast<double>(m.layers.value_or(1));
  const Seconds latency = bound_compute + bound_memory + overhead;

  total_flops *= training_factor;
  total_bytes *= training_factor;
  put(r.flops, total_flops, u.flop);
  put(r.bytes, total_bytes, u.gb);
  put(r.compute_time, compute, u.ms);
  put(r.memory_time, memory, u.ms);
  put(r.overhead, overhead, u.ms);
  put(r.latency, latency, u.ms);
  const Intensity zero = typed::flop(0) / typed::bytes(1);
  put(r.intensity, total_bytes > typed::bytes(0) ? total_flops / total_bytes : zero, u.flop_per_b);
  put(r.ridge_point, peak / in<typed::bits_per_second>(hw.memory.bandwidth), u.flop_per_b);
  const double items = m.flops_basis == FlopsBasis::per_token
                           ? static_cast<double>(o.batch) * static_cast<double>(o.tokens)
                           : static_cast<double>(o.batch);
  put(r.throughput, items / latency, u.per_s);
  put(r.energy, in<typed::watts>(hw.power.tdp) * latency, u.j);
  r.mfu = total_flops / (latency * peak);
  r.wall = !r.memory.fits                                        ? Wall::capacity
           : overhead > bound_compute && overhead > bound_memory ? Wall::overhead
           : bound_compute >= bound_memory                       ? Wall::compute
                                                                 : Wall::memory;
  return r;
}

}  // namespace mlsysim::solvers
