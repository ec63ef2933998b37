// Distributed training step model. Every formula and its source is in docs/solvers.md
// ("Distributed training").
#include "mlsysim/solvers/training.hpp"

#include <algorithm>
#include <string>

#include "mlsysim/registry.hpp"
#include "mlsysim/solvers/collectives.hpp"
#include "shape.hpp"
#include "typed_math.hpp"

namespace mlsysim::solvers {
namespace {

using detail::BitRate;
using detail::Bits;
using detail::FlopRate;
using detail::Flops;
using detail::Seconds;

double attention_width(const Workload& m) {
  if (m.qk_nope_head_dim && m.qk_rope_head_dim && m.v_head_dim && m.heads) {
    return static_cast<double>(*m.heads) *
           static_cast<double>(*m.qk_nope_head_dim + *m.qk_rope_head_dim + *m.v_head_dim) / 2.0;
  }
  return static_cast<double>(m.heads.value_or(0) * m.attention_head_dim().value_or(0));
}

/// Default latency of the intra-node link when the catalog gives none: the technology table's
/// NVLink figure.
Quantity default_intra_latency() {
  static const Quantity latency = [] {
    if (const auto* e = catalog().try_find("Hardware.Tech.Interconnect.NVLink")) {
      if (const auto* t = e->get_if<TechEntry>(); t != nullptr && t->latency) return *t->latency;
    }
    return Quantity(1.0, Unit::parse("us"));
  }();
  return latency;
}

[[noreturn]] void bad(const char* argument, const std::string& problem) {
  throw InvalidArgumentError(argument, problem);
}

}  // namespace

double training_flops_per_token(const Workload& m, std::int64_t seq_len) {
  const double layers = static_cast<double>(m.layers.value_or(0));
  const double forward =
      2.0 * matmul_parameters(m) + 4.0 * layers * static_cast<double>(seq_len) * attention_width(m);
  return 3.0 * forward;
}

TrainingResult train(const Workload& m, const Fleet& fleet, const ParallelConfig& pc,
                     const TrainingOptions& o) {
  o.efficiency.validate();
  for (auto [name, v] : {std::pair{"tp", pc.tp},
                         {"pp", pc.pp},
                         {"dp", pc.dp},
                         {"ep", pc.ep},
                         {"interleave", pc.interleave},
                         {"microbatch", pc.microbatch},
                         {"seq_len", o.seq_len},
                         {"global_batch", o.global_batch}}) {
    require_positive(name, v);
  }
  if (pc.zero_stage < 0 || pc.zero_stage > 3) {
    bad("zero_stage", "must be 0, 1, 2 or 3, got " + std::to_string(pc.zero_stage));
  }
  if ((m.architecture != Architecture::transformer && m.architecture != Architecture::moe) ||
      !m.layers || !m.hidden_dim || !m.heads) {
    bad("workload", "'" + std::string(m.info.path) +
                        "' is not a transformer with layers, hidden_dim and heads; the training "
                        "solver models transformer training");
  }
  const std::int64_t n = fleet.total_accelerators();
  if (pc.tp * pc.pp * pc.dp != n) {
    bad("parallelism", "tp x pp x dp = " + std::to_string(pc.tp) + " x " + std::to_string(pc.pp) +
                           " x " + std::to_string(pc.dp) + " = " +
                           std::to_string(pc.tp * pc.pp * pc.dp) + " does not equal the " +
                           std::to_string(n) + " accelerators of '" + std::string(fleet.info.path) +
                           "'");
  }
  const std::int64_t L = *m.layers;
  if (pc.pp * pc.interleave > L) {
    bad("pp", "pp x interleave = " + std::to_string(pc.pp * pc.interleave) + " chunks exceed " +
                  std::to_string(L) + " layers");
  }
  if (*m.heads % pc.tp != 0) {
    bad("tp", "tp " + std::to_string(pc.tp) + " does not divide " + std::to_string(*m.heads) +
                  " attention heads");
  }
  if (pc.ep > 1) {
    if (m.architecture != Architecture::moe || !m.experts) bad("ep", "ep > 1 needs a moe model");
    if (pc.dp % pc.ep != 0)
      bad("ep", "ep " + std::to_string(pc.ep) + " does not divide dp " + std::to_string(pc.dp));
    if (*m.experts % pc.ep != 0)
      bad("ep", "ep " + std::to_string(pc.ep) + " does not divide " + std::to_string(*m.experts) +
                    " experts");
  }
  if (o.global_batch % (pc.dp * pc.microbatch) != 0) {
    bad("global_batch",
        "global batch " + std::to_string(o.global_batch) +
            " is not a multiple of dp x microbatch = " + std::to_string(pc.dp * pc.microbatch));
  }
  const std::int64_t micro = o.global_batch / (pc.dp * pc.microbatch);
  if (pc.interleave > 1 && (pc.pp == 1 || micro % pc.pp != 0)) {
    bad("interleave", "an interleaved schedule needs pp > 1 and micro-batches (" +
                          std::to_string(micro) + ") divisible by pp");
  }

  const auto& u = detail::units();
  const HardwareNode& hw = *fleet.node->accelerator;
  const Quantity& peak = peak_at(hw, o.precision.compute);
  const std::int64_t per_node = fleet.node->accelerators_per_node;
  const double wb = detail::bytes_of(o.precision.weights);
  const double ab = detail::bytes_of(o.precision.activations);
  const double s = static_cast<double>(o.seq_len);
  const double b = static_cast<double>(pc.microbatch);
  const double h = static_cast<double>(*m.hidden_dim);
  const double a = static_cast<double>(*m.heads);
  const double tp = static_cast<double>(pc.tp);
  const double pp = static_cast<double>(pc.pp);
  const double dp = static_cast<double>(pc.dp);
  // Stages may be uneven (126 layers on 16 stages); the fullest stage sets the pace.
  const std::int64_t chunks = pc.pp * pc.interleave;
  const double layers_per_gpu = static_cast<double>((L + chunks - 1) / chunks * pc.interleave);
  const double mb = static_cast<double>(micro);
  const bool sp = pc.sequence_parallel && pc.tp > 1;

  // Links.
  const Link* intra = fleet.node->intra_link();
  const LinkModel intra_link{
      intra != nullptr ? intra->one_way_bandwidth() * o.efficiency.intra_node_link
      : hw.host_link   ? hw.host_link->one_way_bandwidth() * o.efficiency.intra_node_link
                       : fleet.fabric->one_way_bandwidth() * o.efficiency.fabric,
      intra != nullptr && intra->latency ? *intra->latency : default_intra_latency()};
  Quantity per_gpu_fabric = fleet.fabric->one_way_bandwidth();
  const bool direct_torus = fleet.fabric->topology.find("torus") != std::string_view::npos &&
                            !fleet.node->nic_bandwidth && hw.device_link.has_value();
  if (direct_torus) {
    // Chips wired directly into a torus (TPU ICI): a collective drives every ICI port of the chip,
    // so a rank's bandwidth is the chip's whole device link, not one fabric link.
    per_gpu_fabric = hw.device_link->one_way_bandwidth();
  } else if (fleet.node->nic_bandwidth && fleet.node->nics_per_node &&
             *fleet.node->nics_per_node > 0) {
    per_gpu_fabric = *fleet.node->nic_bandwidth * (static_cast<double>(*fleet.node->nics_per_node) /
                                                   static_cast<double>(per_node));
  }
  const LinkModel fabric_link{
      per_gpu_fabric * (o.efficiency.fabric / fleet.fabric->oversubscription),
      fleet.fabric->latency};
  const LinkModel& tp_link = pc.tp <= per_node ? intra_link : fabric_link;
  const LinkModel& pp_link = pc.tp * pc.pp <= per_node ? intra_link : fabric_link;
  const LinkModel& ep_link = pc.tp * pc.ep <= per_node ? intra_link : fabric_link;

  // FLOPs.
  const double tokens_step = static_cast<double>(o.global_batch) * s;
  const double model_flops = training_flops_per_token(m, o.seq_len) * tokens_step;
  const double attn_fwd = 4.0 * static_cast<double>(L) * s * attention_width(m) * tokens_step;
  double executed = model_flops;
  if (pc.recompute == Recompute::full) executed += model_flops / 3.0;
  if (pc.recompute == Recompute::selective) executed += attn_fwd;
  const FlopRate rate = peak.as<typed::flops_per_second>() * o.efficiency.compute;
  const double stage_share = layers_per_gpu * pp / static_cast<double>(L);  // 1 when even
  const Seconds compute =
      detail::flop_count(executed / static_cast<double>(n) * stage_share) / rate;

  // Memory-bound work per GPU: elementwise ops and, when materialized, attention scores.
  const BitRate bw = hw.memory.bandwidth.as<typed::bits_per_second>() * o.efficiency.memory;
  const double passes = 3.0 + (pc.recompute == Recompute::full ? 1.0 : 0.0);
  const double tokens_gpu = tokens_step / dp;
  double traffic =
      tokens_gpu * layers_per_gpu * detail::elementwise_elements(m) * ab * passes / (sp ? tp : 1.0);
  if (o.attention == AttentionKernel::materialized) {
    const double attn_passes = 3.0 + (pc.recompute != Recompute::none ? 1.0 : 0.0);
    traffic += static_cast<double>(o.global_batch) / dp * layers_per_gpu * 10.0 * a * s * s *
               (ab / 2.0) * attn_passes / tp;
  }
  const Seconds memory_bound = detail::byte_count(traffic) / bw;

  // Tensor-parallel collectives: 2 all-reduce equivalents forward, 2 backward, 2 more when the
  // forward is recomputed (with sequence parallelism, all-gather + reduce-scatter, same volume).
  Seconds tp_comm = Seconds::from_value(0);
  if (pc.tp > 1) {
    const Quantity message(detail::byte_count(b * s * h * ab));
    const double count =
        (4.0 + (pc.recompute == Recompute::full ? 2.0 : 0.0)) * layers_per_gpu * mb;
    tp_comm = ring_all_reduce(message, pc.tp, tp_link).as<typed::seconds>() * count;
  }
  // Pipeline point-to-point: activations forward and gradients backward per micro-batch chunk.
  // Each of the tp ranks sends 1/tp of the activations (sequence parallelism, or Megatron's
  // scatter/gather optimization; Narayanan et al. 2021, section 4.1).
  Seconds pp_comm = Seconds::from_value(0);
  if (pc.pp > 1) {
    const Bits message = detail::byte_count(b * s * h * ab / tp);
    const Seconds one = message / pp_link.bandwidth.as<typed::bits_per_second>() +
                        pp_link.latency.as<typed::seconds>();
    pp_comm = one * (2.0 * mb * static_cast<double>(pc.interleave));
  }
  // Expert-parallel all-to-all: dispatch and combine, forward and backward, per MoE layer.
  Seconds ep_comm = Seconds::from_value(0);
  if (pc.ep > 1) {
    const double k = static_cast<double>(m.experts_per_token.value_or(1));
    const Quantity message(detail::byte_count(b * s * h * ab * k / (sp ? tp : 1.0)));
    const double moe_layers_gpu = static_cast<double>(m.moe_layers()) / pp;
    ep_comm =
        all_to_all(message, pc.ep, ep_link).as<typed::seconds>() * (4.0 * moe_layers_gpu * mb);
  }

  // Parameters held per GPU (experts are split across ep as well).
  double expert_params = 0;
  if (m.architecture == Architecture::moe && m.experts && m.moe_layers() > 0) {
    const double mats = m.ffn_kind.value_or(FfnKind::mlp) == FfnKind::gated ? 3.0 : 2.0;
    const double width = static_cast<double>(m.expert_ffn_dim.value_or(m.ffn_dim.value_or(0)));
    expert_params = mats * h * width * static_cast<double>(*m.experts * m.moe_layers());
  }
  const double dense_params = static_cast<double>(m.parameters) - expert_params;
  const double params_gpu =
      dense_params / (tp * pp) + expert_params / (tp * pp * static_cast<double>(pc.ep));

  // Data-parallel gradient synchronization (fp32 gradients, Megatron's default for bf16).
  Seconds dp_comm = Seconds::from_value(0);
  Seconds dp_exposed = Seconds::from_value(0);
  if (pc.dp > 1) {
    const Quantity grads(detail::byte_count(params_gpu * 4.0));
    const Quantity weights(detail::byte_count(params_gpu * wb));
    const std::int64_t g = std::clamp<std::int64_t>(per_node / (pc.tp * pc.pp), 1, pc.dp);
    const std::int64_t nodes = (pc.dp + g - 1) / g;
    auto reduce = [&](const Quantity& bytes) {
      return (g > 1 && nodes > 1 ? hierarchical_all_reduce(bytes, g, nodes, intra_link, fabric_link)
              : nodes == 1       ? ring_all_reduce(bytes, pc.dp, intra_link)
                                 : ring_all_reduce(bytes, pc.dp, fabric_link))
          .as<typed::seconds>();
    };
    if (pc.zero_stage == 0) {
      dp_comm = reduce(grads);
    } else {
      // Reduce-scatter of gradients + all-gather of updated weights: half an all-reduce each.
      dp_comm = reduce(grads) * 0.5 + reduce(weights) * 0.5;
    }
    const Seconds zero3 =
        pc.zero_stage == 3 ? reduce(weights) * (0.5 * 2.0 * mb) : Seconds::from_value(0);
    // The gradient reduction overlaps the last micro-batch's backward pass.
    const Seconds backward_last = (compute + memory_bound + tp_comm) * (2.0 / 3.0 / mb);
    const Seconds hidden = backward_last * o.efficiency.dp_overlap;
    dp_exposed = (dp_comm > hidden ? dp_comm - hidden : Seconds::from_value(0)) +
                 zero3 * (1.0 - o.efficiency.dp_overlap);
    dp_comm += zero3;
  }

  // Optimizer step: read and write 16 B/param of state plus the weights (sharded by ZeRO >= 1).
  const double opt_bytes = params_gpu * (16.0 + wb) * 2.0 / (pc.zero_stage >= 1 ? dp : 1.0);
  const Seconds optimizer = detail::byte_count(opt_bytes) / bw;

  // Pipeline bubble: (p - 1) / v micro-batch slots idle.
  const Seconds pipelined = compute + memory_bound + tp_comm + ep_comm + pp_comm;
  const Seconds per_micro = pipelined / mb;
  const Seconds bubble = per_micro * ((pp - 1.0) / static_cast<double>(pc.interleave));
  const Seconds step = pipelined + bubble + dp_exposed + optimizer;

  TrainingResult r;
  r.microbatches = micro;
  r.step_time = detail::out(step, u.s);
  r.compute_time = detail::out(compute, u.s);
  r.memory_bound_time = detail::out(memory_bound, u.s);
  r.tp_comm_time = detail::out(tp_comm, u.s);
  r.pp_comm_time = detail::out(pp_comm, u.s);
  r.ep_comm_time = detail::out(ep_comm, u.s);
  r.dp_comm_time = detail::out(dp_comm, u.s);
  r.dp_exposed_time = detail::out(dp_exposed, u.s);
  r.bubble_time = detail::out(bubble, u.s);
  r.optimizer_time = detail::out(optimizer, u.s);
  r.bubble_fraction = pipeline_bubble(pc.pp, micro, pc.interleave);
  r.model_flops = detail::out(detail::flop_count(model_flops), u.flop);
  const double per_gpu_rate = model_flops / step.value() / static_cast<double>(n);
  r.achieved_flops_per_gpu = Quantity(detail::FlopRate::from_value(per_gpu_rate)).to(u.tflop_s);
  r.mfu = per_gpu_rate / peak.base_value();
  r.hfu = executed / step.value() / static_cast<double>(n) / peak.base_value();
  r.tokens_per_second = Quantity(tokens_step / step.value(), u.tokens_per_s);
  if (o.token_budget > 0) {
    const Seconds ttt = Seconds::from_value(o.token_budget / (tokens_step / step.value()));
    r.time_to_train = detail::out(ttt, u.day);
    r.gpu_hours = detail::out(ttt * static_cast<double>(n), u.h);
  }

  // Memory per GPU, first pipeline stage (1F1B keeps pp micro-batches in flight).
  const double in_flight =
      std::min(pp, mb) *
      (pc.interleave > 1 ? 1.0 + (pp - 1.0) / (pp * static_cast<double>(pc.interleave)) : 1.0);
  const double act_layer = activation_bytes_per_layer(m, o.seq_len, pc.microbatch, pc.tp, sp,
                                                      pc.recompute, o.precision.activations)
                               .base_value() /
                           8.0;
  const double act = act_layer * layers_per_gpu * in_flight;
  const double weights_mem = params_gpu * wb / (pc.zero_stage == 3 ? dp : 1.0);
  const double grads_mem = params_gpu * 4.0 / (pc.zero_stage >= 2 ? dp : 1.0);
  const double opt_mem = params_gpu * 12.0 / (pc.zero_stage >= 1 ? dp : 1.0);
  const double total = weights_mem + grads_mem + opt_mem + act;
  r.memory.weights = Quantity(detail::byte_count(weights_mem)).to(u.gib);
  r.memory.gradients = Quantity(detail::byte_count(grads_mem)).to(u.gib);
  r.memory.optimizer = Quantity(detail::byte_count(opt_mem)).to(u.gib);
  r.memory.activations = Quantity(detail::byte_count(act)).to(u.gib);
  r.memory.total = Quantity(detail::byte_count(total)).to(u.gib);
  r.memory.capacity = hw.memory.capacity.to(u.gib);
  r.memory.fits = total <= hw.memory.capacity.base_value() / 8.0;

  const Seconds comm = tp_comm + pp_comm + ep_comm + dp_exposed;
  if (!r.memory.fits) {
    r.wall = Wall::capacity;
  } else if (compute >= memory_bound && compute >= comm && compute >= bubble) {
    r.wall = Wall::compute;
  } else if (memory_bound >= comm && memory_bound >= bubble) {
    r.wall = Wall::memory;
  } else {
    r.wall = comm >= bubble ? Wall::communication : Wall::pipeline;
  }
  return r;
}

}  // namespace mlsysim::solvers
