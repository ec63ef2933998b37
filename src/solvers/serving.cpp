// Serving model: per-operator roofline for prefill and decode. See docs/solvers.md ("Serving").
#include "mlsysim/solvers/serving.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "mlsysim/solvers/collectives.hpp"
#include "typed_math.hpp"

namespace mlsysim::solvers {
namespace {

using detail::BitRate;
using detail::Bits;
using detail::FlopRate;
using detail::Flops;
using detail::Seconds;

struct Pass {
  Seconds time;
  bool compute_bound;
};

/// One forward pass on a tp-way group: GEMM and attention work split tp ways, elementwise work
/// replicated, two all-reduces of the hidden states per layer.
Pass run(const Workload& m, const HardwareNode& hw, const ServingOptions& o, std::int64_t tokens,
         std::int64_t context) {
  const ForwardCost c = forward_cost(m, o.batch, tokens, context, o.precision);
  const FlopRate rate =
      peak_at(hw, o.precision.compute).as<typed::flops_per_second>() * o.efficiency.compute;
  const BitRate bw = hw.memory.bandwidth.as<typed::bits_per_second>() * o.efficiency.memory;
  const double tp = static_cast<double>(o.tp);
  Seconds total = Seconds::from_value(0);
  Seconds bound_c = Seconds::from_value(0);
  for (std::size_t i = 0; i < c.count; ++i) {
    const bool split = c.ops[i].name != "elementwise";
    const Seconds tc = c.ops[i].flops.as<typed::flops>() / rate / (split ? tp : 1.0);
    const Seconds tm = c.ops[i].bytes.as<typed::bits>() / bw / (split ? tp : 1.0);
    total += tc > tm ? tc : tm;
    if (tc > tm) bound_c += tc;
  }
  if (o.tp > 1 && m.hidden_dim && m.layers) {
    const Link* link =
        hw.device_link ? &*hw.device_link : (hw.host_link ? &*hw.host_link : nullptr);
    if (link == nullptr) {
      throw InvalidArgumentError("tp", "'" + std::string(hw.info.path) +
                                           "' has no device or host link for tensor parallelism");
    }
    const LinkModel lm{link->one_way_bandwidth() * o.efficiency.intra_node_link,
                       link->latency ? *link->latency : Quantity(1.0, Unit::parse("us"))};
    const double act = bytes_per_element(o.precision.activations).base_value() / 8.0;
    const Quantity message(
        detail::byte_count(static_cast<double>(o.batch * tokens * *m.hidden_dim) * act));
    total += ring_all_reduce(message, o.tp, lm).as<typed::seconds>() *
             (2.0 * static_cast<double>(*m.layers));
  }
  return {total, bound_c.value() * 2.0 > total.value()};
}

}  // namespace

ServingResult serve(const Workload& m, const HardwareNode& hw, const ServingOptions& o) {
  o.efficiency.validate();
  require_positive("batch", o.batch);
  require_positive("input_tokens", o.input_tokens);
  require_positive("output_tokens", o.output_tokens);
  require_positive("tp", o.tp);
  if (m.flops_basis != FlopsBasis::per_token) {
    throw InvalidArgumentError("workload", "'" + std::string(m.info.path) +
                                               "' is not an autoregressive (per-token) model");
  }
  if (m.heads && *m.heads % o.tp != 0) {
    throw InvalidArgumentError("tp", "tp " + std::to_string(o.tp) + " does not divide " +
                                         std::to_string(*m.heads) + " attention heads");
  }
  const auto& u = detail::units();
  ServingResult r;
  const Pass prefill = run(m, hw, o, o.input_tokens, 0);
  // Decode cost is linear in the context, so the mean step is the step at the mean context.
  const std::int64_t mean_context = o.input_tokens + o.output_tokens / 2;
  const Pass decode = run(m, hw, o, 1, mean_context);
  const double steps = static_cast<double>(o.output_tokens - 1);
  const Seconds latency = prefill.time + decode.time * steps;
  r.ttft = detail::out(prefill.time, u.ms);
  r.tpot = detail::out(decode.time, u.ms);
  r.request_latency = detail::out(latency, u.s);
  r.output_throughput =
      Quantity(static_cast<double>(o.batch * o.output_tokens) / latency.value(), u.tokens_per_s);
  r.prefill_wall = prefill.compute_bound ? Wall::compute : Wall::memory;
  r.decode_wall = decode.compute_bound ? Wall::compute : Wall::memory;

  // Memory per device.
  const double tp = static_cast<double>(o.tp);
  r.kv_per_token = kv_cache_per_token(m, o.precision.kv_cache);
  const double kv_token = r.kv_per_token.base_value() / 8.0;
  const double kv_request = kv_token * static_cast<double>(o.input_tokens + o.output_tokens);
  r.kv_per_request = Quantity(detail::byte_count(kv_request)).to(u.gb);
  const double weights =
      static_cast<double>(m.parameters) * bytes_per_element(o.precision.weights).base_value() / 8.0;
  const double act_bytes = bytes_per_element(o.precision.activations).base_value() / 8.0;
  const double activations =
      m.hidden_dim ? static_cast<double>(o.batch * o.input_tokens) *
                         (2.0 * static_cast<double>(*m.hidden_dim) +
                          static_cast<double>(m.ffn_dim.value_or(4 * *m.hidden_dim)) / tp) *
                         act_bytes
                   : 0.0;
  // KV heads split across the group (replicated when fewer KV heads than devices).
  const double kv_split = m.kv_heads ? std::min(tp, static_cast<double>(*m.kv_heads)) : tp;
  const double capacity = hw.memory.capacity.base_value() / 8.0;
  const double per_device =
      weights / tp + static_cast<double>(o.batch) * kv_request / kv_split + activations;
  r.weights_per_device = Quantity(detail::byte_count(weights / tp)).to(u.gb);
  r.memory_per_device = Quantity(detail::byte_count(per_device)).to(u.gb);
  r.capacity_per_device = hw.memory.capacity.to(u.gb);
  r.feasible = per_device <= capacity;
  const double free_for_kv = capacity - weights / tp - activations / static_cast<double>(o.batch);
  r.max_concurrent =
      kv_request > 0 && free_for_kv > 0
          ? static_cast<std::int64_t>(std::floor(free_for_kv * kv_split / kv_request))
          : 0;
  if (!r.feasible) r.decode_wall = Wall::capacity;

  // Knee: weight streaming time equals GEMM time.
  const double flops_token =
      m.inference_flops ? m.inference_flops->base_value() : 2.0 * matmul_parameters(m);
  const double rate = peak_at(hw, o.precision.compute).base_value() * o.efficiency.compute;
  const double bw = hw.memory.bandwidth.base_value() / 8.0 * o.efficiency.memory;
  const double weight_stream =
      forward_cost(m, 1, 1, 0, o.precision).weight_bytes.base_value() / 8.0;
  r.knee_batch =
      flops_token > 0
          ? static_cast<std::int64_t>(std::ceil(weight_stream / bw / (flops_token / rate)))
          : 0;
  return r;
}

std::int64_t best_batch_for_latency(const Workload& m, const HardwareNode& hw,
                                    const Quantity& tpot_target, ServingOptions o) {
  if (tpot_target.dimension() != dims::time || tpot_target.base_value() <= 0) {
    throw InvalidArgumentError("tpot_target",
                               "must be a positive time, got '" + tpot_target.str() + "'");
  }
  // TPOT grows with the batch: binary search the largest batch that meets the target and fits.
  o.batch = 1;
  const ServingResult one = serve(m, hw, o);
  if (!one.feasible || one.tpot > tpot_target) return 0;
  std::int64_t lo = 1;
  std::int64_t hi = std::max<std::int64_t>(1, one.max_concurrent);
  while (lo < hi) {
    const std::int64_t mid = lo + (hi - lo + 1) / 2;
    o.batch = mid;
    const ServingResult r = serve(m, hw, o);
    if (r.feasible && r.tpot <= tpot_target)
      lo = mid;
    else
      hi = mid - 1;
  }
  return lo;
}

}  // namespace mlsysim::solvers
