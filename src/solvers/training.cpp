// Distributed training step model: per-layer costs, a two-stream timeline per pipeline stage, the
// pipeline schedule, memory per stage and the FLOP conventions. Every formula, default and its
// source is in docs/solvers.md ("Distributed training").
#include "mlsysim/solvers/training.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <optional>
#include <string>

#include "../util/text.hpp"
#include "checks.hpp"
#include "gemm_model.hpp"
#include "nccl_model.hpp"
#include "shape.hpp"
#include "training_timeline.hpp"
#include "typed_math.hpp"

namespace mlsysim::solvers {
namespace {

using detail::BitRate;
using detail::Bits;
using detail::FlopRate;
using detail::Flops;
using detail::Seconds;

/// Cross-entropy traffic per logit element on the rank, for logits of `lb` bytes, the kernels of
/// each pass, and the bytes per logit element the loss holds at its peak for activations of `ab`
/// bytes (docs/solvers.md, "Loss"; nothing to copy when the logits are fp32 already).
/// - `upcast`, Megatron-Core's native vocab-parallel cross entropy
///   (megatron/core/fusions/fused_cross_entropy.py): forward the fp32 copy with the row max (read
///   lb, write 4), exp in place (4 + 4), the row sum (4), the division into the softmax (4 + 4);
///   backward the in-place scaling by the output gradient (4 + 4) and the cast back (4 + lb).
///   Kernels: cast + max, target gather, exp, sum, loss + division; backward target scatter,
///   scaling, cast. Held: the saved softmax (4) and the cast-back gradient (ab).
/// - `fused`, Transformer Engine's `parallel_cross_entropy` (transformer_engine/pytorch/triton/
///   cross_entropy.py): an online-softmax pass (read lb), the loss and gradient pass (read lb,
///   write lb in place), and backward the gradient scaled in place (read lb, write lb). Held: the
///   logits, whose storage the gradient reuses (ab).
/// - `pytorch`, `F.cross_entropy(logits.float(), ...)` (ATen's SoftMax.cu and LossNLL.cu): forward
///   the cast (read lb, write 4), `log_softmax` over rows wider than 1,024 (`cunn_SoftMaxForward`:
///   the row max, the sum of exponentials, then the output: three reads of 4 and a write of 4),
///   `nll_loss` (a gather); backward `nll_loss_backward`'s zero-filled gradient (write 4) and its
///   scatter, `log_softmax`'s backward (`cunn_SoftMaxBackward`: the gradient's row sum, then
///   the gradient, the saved output and the new tensor: three reads of 4 and a write of 4) and the
///   cast back (read 4, write lb). Held in `log_softmax`'s backward: the saved output, the
///   incoming and the outgoing gradient, 4 B each.
struct LossBytes {
  double forward;    ///< bytes per logit element, forward
  double backward;   ///< bytes per logit element, backward
  double kernels_f;  ///< kernels of the forward pass
  double kernels_b;  ///< kernels of the backward pass
  double held;       ///< bytes per logit element held at the loss's peak
};
LossBytes loss_bytes(LossKernel kind, double lb, double ab) {
  const bool copy = lb < 4.0;
  const double cast_f = copy ? lb + 4.0 : 0.0;  // the fp32 copy
  const double cast_b = copy ? 4.0 + lb : 0.0;  // the gradient cast back
  const double casts = copy ? 1.0 : 0.0;
  switch (kind) {
    case LossKernel::fused:
      return {3.0 * lb, 2.0 * lb, 2.0, 1.0, ab};
    case LossKernel::pytorch:
      return {cast_f + 16.0, 4.0 + 16.0 + cast_b, casts + 2.0, 3.0 + casts, 12.0};
    case LossKernel::upcast:
      return {(copy ? cast_f : 4.0) + 8.0 + 4.0 + 8.0, 8.0 + cast_b, 5.0, 3.0, ab + 4.0};
  }
  throw InvalidArgumentError("loss", "must be LossKernel::upcast, fused or pytorch, got " +
                                         std::to_string(static_cast<int>(kind)));
}

[[noreturn]] void bad(const char* argument, const std::string& problem) {
  throw InvalidArgumentError(argument, problem);
}

/// The run's FP8 scaling, refused by name outside the enum (as `loss_bytes` refuses a loss kind).
Fp8Scaling fp8_scaling(const TrainingOptions& o) {
  switch (o.fp8_scaling) {
    case Fp8Scaling::delayed:
    case Fp8Scaling::current:
    case Fp8Scaling::block:
      return o.fp8_scaling;
  }
  bad("fp8_scaling", "must be Fp8Scaling::delayed, current or block, got " +
                         std::to_string(static_cast<int>(o.fp8_scaling)));
}

std::string str(std::int64_t v) { return std::to_string(v); }

/// a x b, or InvalidArgumentError(argument, "<what> overflows") (no signed-overflow UB).
std::int64_t checked_mul(const char* argument, const char* what, std::int64_t a, std::int64_t b) {
  std::int64_t r = 0;
  if (__builtin_mul_overflow(a, b, &r)) bad(argument, std::string(what) + " overflows");
  return r;
}

double attention_width(const Workload& m) {
  if (m.qk_nope_head_dim && m.qk_rope_head_dim && m.v_head_dim && m.heads) {
    return static_cast<double>(*m.heads) *
           static_cast<double>(*m.qk_nope_head_dim + *m.qk_rope_head_dim + *m.v_head_dim) / 2.0;
  }
  return static_cast<double>(m.heads.value_or(0) * m.attention_head_dim().value_or(0));
}

/// Keys per query summed over the layers under the non-causal (PaLM) convention: seq on a
/// full-attention layer, min(seq, window or chunk) on a local one.
double layer_keys(const Workload& m, double seq) {
  const auto local = static_cast<double>(m.local_layers());
  const double layers = static_cast<double>(m.layers.value_or(0));
  return (layers - local) * seq + local * m.local_keys_per_query(seq);
}

/// One link class with typed alpha-beta terms.
struct TypedLink {
  BitRate beta;
  Seconds alpha;
};

/// Where a group of ranks sits: `size` members, `per_node` of them share a node.
struct Group {
  std::int64_t size = 1;
  std::int64_t per_node = 1;
  [[nodiscard]] std::int64_t nodes() const { return (size + per_node - 1) / per_node; }
};

/// Members of a group of `size` ranks `stride` apart that share a node of `node` ranks.
Group place(std::int64_t stride, std::int64_t size, std::int64_t node) {
  const std::int64_t g = stride >= node ? 1 : std::clamp<std::int64_t>(node / stride, 1, size);
  return {size, g};
}

/// The links of a fleet and the collectives priced on them (docs/solvers.md, "Links").
struct Net {
  TypedLink intra;
  TypedLink inter;
  /// Fixed cost of one collective call: the node link's `collective_latency` (the accelerator
  /// runtime's small-message floor) where the catalog gives one, else none for all-to-all and
  /// NCCL's per-protocol base latency for the others.
  Seconds base;

  /// NCCL's cost model of all-reduce, all-gather and reduce-scatter (docs/solvers.md,
  /// "Collectives"), built from `TrainingOptions::collectives`.
  detail::NcclModel nccl;
  /// Whether the node link gives its own per-call floor (`base` then replaces NCCL's base).
  bool own_base = false;
  /// The node link as the catalog gives it (its full-mesh peers: `Link::mesh_share`); nullptr
  /// when the node has none (the host link or the NIC share stands in, switched).
  const Link* node_link = nullptr;

  /// The node link's one-way rate for a transfer among `ranks` ranks of one node: a full mesh
  /// gives them only the links between them (docs/solvers.md, "Rank layout and links").
  [[nodiscard]] BitRate intra_beta(std::int64_t ranks) const {
    return node_link != nullptr ? intra.beta * node_link->mesh_share(ranks) : intra.beta;
  }
  [[nodiscard]] detail::CollectiveCost cost(bool reduce, Bits bytes, const Group& g) const {
    return nccl(reduce, bytes, g.size, g.per_node, intra_beta(g.per_node), inter.beta,
                own_base ? &base : nullptr);
  }
  /// All-gather or reduce-scatter of `bytes` (the full gathered size) over `g`.
  [[nodiscard]] Seconds gather(Bits bytes, const Group& g) const {
    return cost(false, bytes, g).time;
  }
  /// All-reduce of `bytes` (each rank's buffer) over `g`.
  [[nodiscard]] Seconds all_reduce(Bits bytes, const Group& g) const {
    return cost(true, bytes, g).time;
  }
  /// All-to-all of `bytes` sent per rank: the intra-node and cross-node shares move at once.
  [[nodiscard]] Seconds all_to_all(Bits bytes, const Group& g) const {
    if (g.size <= 1) return Seconds::from_value(0);
    const double size = static_cast<double>(g.size);
    const double p = static_cast<double>(g.per_node);
    const Seconds in = (p - 1.0) / size * bytes / intra_beta(g.per_node) + (p - 1.0) * intra.alpha;
    if (g.nodes() == 1) return base + in;
    const Seconds out =
        (size - p) / size * bytes / inter.beta + static_cast<double>(g.nodes() - 1) * inter.alpha;
    return base + (in > out ? in : out);
  }
  /// Dispatch or combine with node forwarding (DeepEP's normal kernels): of the `bytes` of routed
  /// copies a rank sends, `remote_share` x bytes cross the fabric on the rank's NIC share (one
  /// copy per destination node, to the GPU with the same in-node index), while every copy not for
  /// the sending GPU moves once over the intra link ((p - 1) / p of them: local copies and
  /// forwarded arrivals alike); the two run at once.
  [[nodiscard]] Seconds forwarded_all_to_all(Bits bytes, double remote_share,
                                             const Group& g) const {
    if (g.nodes() <= 1) return all_to_all(bytes, g);
    const double p = static_cast<double>(g.per_node);
    const Seconds in = (p - 1.0) / p * bytes / intra_beta(g.per_node) + (p - 1.0) * intra.alpha;
    const Seconds out =
        remote_share * bytes / inter.beta + static_cast<double>(g.nodes() - 1) * inter.alpha;
    return base + (in > out ? in : out);
  }
  /// One point-to-point transfer.
  [[nodiscard]] Seconds send(Bits bytes, bool crosses_node) const {
    if (crosses_node) return bytes / inter.beta + inter.alpha;
    return bytes / intra_beta(2) + intra.alpha;
  }
};

Seconds pos(Seconds t) { return std::max(Seconds(), t); }

/// The fleet's links as every collective of a step sees them (docs/solvers.md, "Links"): the
/// node link (else the host link, else the NIC share) and the rank's NIC share of the fabric,
/// each derated by its efficiency, with their latencies.
Net fleet_net(const Fleet& fleet, const TrainingOptions& o) {
  require_latency("intra_node_latency", o.intra_node_latency);
  const HardwareNode& hw = *fleet.node->accelerator;
  const Link* intra = fleet.node->intra_link();
  const Quantity intra_bw = intra != nullptr ? intra->one_way_bandwidth()
                            : hw.host_link   ? hw.host_link->one_way_bandwidth()
                                             : scale_out_bandwidth_per_rank(fleet);
  const Quantity intra_lat =
      intra != nullptr && intra->latency ? *intra->latency : o.intra_node_latency;
  o.collectives.validate();
  Seconds plugin_latency;
  if (const auto& l = fleet.node->nccl_net_latency) {
    require_latency("node.nccl_net_latency", *l);
    plugin_latency = l->as<typed::seconds>();
  }
  double nvls = 0;
  if (intra != nullptr && intra->nvls_efficiency) {
    nvls = *intra->nvls_efficiency;
    require_fraction("node.intra_node_link.nvls_efficiency", nvls);
  }
  const bool own_base = intra != nullptr && intra->collective_latency;
  return Net{
      {intra_bw.as<typed::bits_per_second>() * o.efficiency.intra_node_link,
       intra_lat.as<typed::seconds>()},
      {scale_out_bandwidth_per_rank(fleet).as<typed::bits_per_second>() *
           (o.efficiency.fabric / fleet.fabric->oversubscription),
       fleet.fabric->latency.as<typed::seconds>()},
      own_base ? intra->collective_latency->as<typed::seconds>() : Seconds::from_value(0),
      detail::NcclModel(
          o.collectives,
          {plugin_latency, nvls, fleet.fabric->in_network_reduction,
           fleet.node->nics_per_node ? static_cast<double>(*fleet.node->nics_per_node) : 0.0}),
      own_base,
      intra};
}

/// Expected number of other nodes a token's `k` experts land on when `experts` are spread evenly
/// over `nodes` nodes and routing is balanced (the k drawn without replacement): (nodes - 1) x
/// (1 - P(none of the k is on a given other node)).
double remote_nodes(double experts, double k, std::int64_t nodes) {
  const double n = static_cast<double>(nodes);
  const double elsewhere = experts - experts / n;  // experts not on a given other node
  double none = 1.0;
  for (double i = 0; i < k; i += 1.0) none *= std::max(0.0, (elsewhere - i) / (experts - i));
  return (n - 1.0) * (1.0 - none);
}

/// Everything a GEMM time depends on besides the shape: the device's figures the GEMM model
/// reads and the model's parameters (hashed), so a cached time is never reused for other inputs.
struct GemmContext {
  const HardwareNode* hw = nullptr;
  Precision precision = Precision::bf16;
  double peak = 0, measured = 0, bandwidth = 0, measured_bandwidth = 0;
  std::int64_t cores = 0;
  std::uint64_t params = 0;
  bool operator==(const GemmContext&) const = default;
};

std::uint64_t hash_params(const GemmParams& g) {
  std::uint64_t h = 1469598103934665603ull;
  auto mix = [&](double x) {
    std::uint64_t bits = 0;
    std::memcpy(&bits, &x, sizeof bits);
    h = (h ^ bits) * 1099511628211ull;
  };
  for (double x : g.default_fraction) mix(x);
  mix(g.default_memory_fraction);
  for (const auto& t : g.tiles) {
    mix(static_cast<double>(t.m));
    mix(static_cast<double>(t.n));
  }
  mix(g.tile_count);
  mix(g.tile_reuse_exponent);
  mix(g.k_half);
  mix(g.output_bytes);
  mix(g.stream_k ? 1.0 : 0.0);
  mix(g.stream_k_block);
  return h;
}

/// A small direct-mapped memo of GEMM times per thread: plan() evaluates thousands of
/// configurations whose layer GEMMs repeat. Fixed size, no allocation.
struct GemmMemo {
  struct Slot {
    GemmContext ctx;
    GemmShape shape;
    double seconds = -1;
  };
  std::array<Slot, 512> slots{};
};

/// GEMM times from the shared GEMM model (solvers/gemm.hpp: measured ceiling per precision, tile
/// and wave quantization, memory floor); the single switch point for GEMM efficiency.
struct Gemm {
  const HardwareNode& hw;
  Precision precision;
  const GemmParams& params;
  GemmContext ctx;
  Gemm(const HardwareNode& h, Precision p, const GemmParams& g) : hw(h), precision(p), params(g) {
    const auto i = static_cast<std::size_t>(p);
    ctx.hw = &h;
    ctx.precision = p;
    ctx.peak = h.compute.dense[i] ? h.compute.dense[i]->base_value() : 0;
    ctx.measured = h.compute.measured_gemm[i] ? h.compute.measured_gemm[i]->base_value() : 0;
    ctx.bandwidth = h.memory.bandwidth.base_value();
    ctx.measured_bandwidth =
        h.memory.measured_bandwidth ? h.memory.measured_bandwidth->base_value() : 0;
    ctx.cores = h.compute.cores.value_or(0);
    ctx.params = hash_params(g);
  }
  // Rounded to the nearest integer (x >= 0 here: shapes and counts), at least 1.
  static std::int64_t dim(double x) {
    return std::max<std::int64_t>(1, static_cast<std::int64_t>(x + 0.5));
  }
  [[nodiscard]] Seconds operator()(double m, double n, double k, double count = 1) const {
    thread_local GemmMemo memo;
    const GemmShape shape{dim(m), dim(n), dim(k), dim(count)};
    std::uint64_t key = static_cast<std::uint64_t>(shape.m) * 0x9E3779B97F4A7C15ull;
    key ^= static_cast<std::uint64_t>(shape.n) * 0xC2B2AE3D27D4EB4Full + (key >> 29);
    key ^= static_cast<std::uint64_t>(shape.k) * 0x165667B19E3779F9ull + (key >> 31);
    key ^= static_cast<std::uint64_t>(shape.count) + ctx.params + (key >> 27);
    auto& slot = memo.slots[key % memo.slots.size()];
    if (slot.seconds >= 0 && slot.ctx == ctx && slot.shape.m == shape.m &&
        slot.shape.n == shape.n && slot.shape.k == shape.k && slot.shape.count == shape.count) {
      return Seconds::from_value(slot.seconds);
    }
    const Seconds t = detail::gemm_timing(hw, precision, shape, params).time;
    slot = {ctx, shape, t.value()};
    return t;
  }
  /// Forward time of Y = X W (m x n x k), `count` grouped GEMMs.
  [[nodiscard]] Seconds fwd(double m, double n, double k, double count = 1) const {
    return (*this)(m, n, k, count);
  }
  /// Backward: dX (m x k, inner n) and dW (n x k, inner m).
  [[nodiscard]] Seconds bwd(double m, double n, double k, double count = 1) const {
    return (*this)(m, k, n, count) + (*this)(n, k, m, count);
  }
};

}  // namespace

SavedTensors parse_saved_tensors(std::string_view spec) {
  SavedTensors r;
  std::optional<Keep> wi_set;
  const auto reject = [&](std::string_view entry, const std::string& why) {
    throw InvalidArgumentError(
        "saved", "'" + std::string(entry) + "' in '" + std::string(spec) + "': " + why);
  };
  std::size_t at = 0;
  while (at <= spec.size()) {
    const std::size_t end = std::min(spec.find(',', at), spec.size());
    const std::string_view entry = util::trim(spec.substr(at, end - at));
    at = end + 1;
    if (entry.empty()) {
      if (spec.empty()) break;
      reject(entry, "empty entry (name=place pairs separated by commas)");
    }
    const std::size_t eq = entry.find('=');
    if (eq == std::string_view::npos) reject(entry, "expected name=place");
    const std::string_view name = entry.substr(0, eq);
    const std::string_view place = entry.substr(eq + 1);
    Keep k{};
    if (place == "recompute" || place == "remat") {
      k = Keep::recompute;
    } else if (place == "device") {
      k = Keep::device;
    } else if (place == "host" || place == "offload") {
      k = Keep::host;
    } else {
      reject(entry, "place must be recompute (remat), device or host (offload)");
    }
    const auto is = [&](std::initializer_list<std::string_view> names) {
      return std::find(names.begin(), names.end(), name) != names.end();
    };
    if (is({"layer_input", "decoder_layer_input"})) {
      if (k == Keep::recompute) {
        reject(entry,
               "the layer input is where recomputation starts: device or host, not recompute");
      }
      r.layer_input = k;
    } else if (is({"query", "query_proj"})) {
      r.query = k;
    } else if (is({"key", "key_proj"})) {
      r.key = k;
    } else if (is({"value", "value_proj"})) {
      r.value = k;
    } else if (is({"qkv", "qkv_proj"})) {
      r.query = r.key = r.value = k;
    } else if (is({"context"})) {
      r.context = k;
    } else if (is({"out_proj"})) {
      r.out_proj = k;
    } else if (is({"mlp_wi", "mlpwi", "mlpwi_0", "mlpwi_1"})) {
      // MaxText's gate and up outputs (mlpwi_0, mlpwi_1) are one setting here: both or neither.
      if (wi_set && *wi_set != k) {
        reject(entry, "the up projections' outputs (mlpwi_0, mlpwi_1) must share one place");
      }
      wi_set = k;
      r.mlp_wi = k;
    } else if (is({"mlp_wo", "mlpwo"})) {
      r.mlp_wo = k;
    } else {
      reject(entry,
             "unknown tensor (layer_input, query, key, value, qkv, context, out_proj, mlp_wi, "
             "mlp_wo, or MaxText's checkpoint names)");
    }
  }
  return r;
}

double training_flops_per_token(const Workload& m, std::int64_t seq_len) {
  const double forward = 2.0 * matmul_parameters(m) +
                         4.0 * layer_keys(m, static_cast<double>(seq_len)) * attention_width(m);
  return 3.0 * forward;
}

// The precision of what low-precision recipes keep at 16 bits (fused attention, the vocabulary
// projection): BF16 when the run computes in FP8, FP6 or FP4 and the device has a BF16 rate
// (Transformer Engine / Megatron-Core), else the compute precision itself.
namespace {
Precision sixteen_bit(const HardwareNode& hw, Precision compute) {
  const bool low =
      compute == Precision::fp8 || compute == Precision::fp6 || compute == Precision::fp4;
  return low && hw.peak(Precision::bf16) ? Precision::bf16 : compute;
}
}  // namespace

AttentionRate fused_attention_rate(const HardwareNode& hw, Precision p, const TrainingOptions& o,
                                   double seq_tokens, double head_dim) {
  if (!(seq_tokens > 0 && std::isfinite(seq_tokens))) {
    bad("seq_tokens", "must be a positive token count, got " + std::to_string(seq_tokens));
  }
  p = sixteen_bit(hw, p);
  const auto i = static_cast<std::size_t>(p);
  const auto& peak = hw.compute.dense[i];
  if (!peak) {
    throw InvalidArgumentError("precision", "'" + std::string(hw.info.path) + "' has no dense " +
                                                std::string(precision_name(p)) + " rate");
  }
  AttentionRate r;
  r.precision = p;
  const auto& measured = hw.compute.measured_attention_training[i];
  if (o.attention_efficiency > 0) {
    r.efficiency = o.attention_efficiency;
    r.rate = *peak * r.efficiency;
    return r;
  }
  const double head = o.gemm.attention_head_dim_factor(head_dim);
  if (!measured) {
    r.efficiency = o.default_attention_efficiency * head;
    r.rate = *peak * r.efficiency;
    return r;
  }
  // Each query tile pays a fixed prologue / epilogue (and a masked diagonal block) against a
  // main loop over the keys, as a GEMM tile over K: rate ~ s / (s + s_half), relative to the
  // measurement at 8,192 tokens and flat above it (the curves flatten or fall past 8-16K).
  constexpr double kMeasuredAt = 8192;
  const double h = o.attention_seq_half;
  const double ramp =
      h > 0 ? std::min(1.0, (seq_tokens / (seq_tokens + h)) / (kMeasuredAt / (kMeasuredAt + h)))
            : 1.0;
  r.rate = *measured * (ramp * head);
  r.efficiency = r.rate.base_value() / peak->base_value();
  r.measured = true;
  return r;
}

Quantity scale_out_bandwidth_per_rank(const Fleet& fleet) {
  if (fleet.node == nullptr || fleet.fabric == nullptr) {
    bad("fleet", "'" + std::string(fleet.info.path) + "' has no node or no fabric");
  }
  const Node& node = *fleet.node;
  const double per_node =
      static_cast<double>(std::max<std::int64_t>(node.accelerators_per_node, 1));
  const Quantity port = fleet.fabric->one_way_bandwidth();
  if (node.nic_bandwidth && node.nics_per_node && *node.nics_per_node > 0) {
    // Each NIC runs at the slower of itself and the fabric port it plugs into.
    const Quantity nic = *node.nic_bandwidth < port ? *node.nic_bandwidth : port;
    return nic * (static_cast<double>(*node.nics_per_node) / per_node);
  }
  const HardwareNode* hw = node.accelerator;
  if (hw != nullptr && hw->device_link && hw->device_link->ports && *hw->device_link->ports > 0) {
    const Quantity all = hw->device_link->one_way_bandwidth();
    const double ratio =
        port.base_value() * static_cast<double>(*hw->device_link->ports) / all.base_value();
    if (std::abs(ratio - 1.0) <= 0.01) return all;  // the fabric is the chips' own ports
  }
  return port;
}

CollectiveEstimate estimate_collective(const Fleet& fleet, CollectiveKind kind,
                                       const Quantity& bytes, std::int64_t ranks,
                                       std::int64_t per_node, const TrainingOptions& o) {
  o.efficiency.validate();
  if (fleet.node == nullptr || fleet.fabric == nullptr || fleet.node->accelerator == nullptr) {
    bad("fleet", "'" + std::string(fleet.info.path) + "' has no node, accelerator or fabric");
  }
  const auto& u = detail::units();
  if (bytes.dimension() != u.gb.dimension || !(bytes.base_value() > 0) ||
      !std::isfinite(bytes.base_value())) {
    bad("bytes", "must be a positive, finite data size, got " + bytes.str());
  }
  const std::int64_t n = fleet.total_accelerators();
  if (ranks < 1 || ranks > n) {
    bad("ranks", "must be 1 to the fleet's " + str(n) + " accelerators, got " + str(ranks));
  }
  const std::int64_t node = std::max<std::int64_t>(fleet.node->accelerators_per_node, 1);
  if (per_node < 1 || per_node > std::min(ranks, node) || ranks % per_node != 0) {
    bad("per_node", "must divide the " + str(ranks) + " ranks and be 1 to " +
                        str(std::min(ranks, node)) + " (the ranks on one node), got " +
                        str(per_node));
  }
  const Net net = fleet_net(fleet, o);
  const Group g{ranks, per_node};
  const Bits b = bytes.as<typed::bits>();
  const double r = static_cast<double>(ranks);
  detail::CollectiveCost c;
  double bus = (r - 1.0) / r;
  switch (kind) {
    case CollectiveKind::all_reduce:
      c = net.cost(true, b, g);
      bus *= 2.0;
      break;
    case CollectiveKind::all_gather:
    case CollectiveKind::reduce_scatter:
      c = net.cost(false, b, g);
      break;
    case CollectiveKind::all_to_all:
      c.time = net.all_to_all(b, g);
      break;
  }
  const Seconds t = c.time;
  CollectiveEstimate e;
  e.algorithm = c.algorithm;
  e.protocol = c.protocol;
  e.time = detail::out(t, u.ms);
  if (t > Seconds()) {
    e.algbw = Quantity(b / t).to(u.gb_s);
    e.busbw = e.algbw * bus;
  } else {  // one rank: nothing moves
    e.algbw = Quantity(0.0, u.gb_s);
    e.busbw = Quantity(0.0, u.gb_s);
  }
  return e;
}

TrainingResult train(const Workload& m, const Fleet& fleet, const ParallelConfig& pc,
                     const TrainingOptions& o) {
  // ---- arguments -------------------------------------------------------------------------
  o.efficiency.validate();
  for (auto [name, v] : {std::pair{"tp", pc.tp},
                         {"pp", pc.pp},
                         {"cp", pc.cp},
                         {"dp", pc.dp},
                         {"ep", pc.ep},
                         {"interleave", pc.interleave},
                         {"microbatch", pc.microbatch},
                         {"seq_len", o.seq_len},
                         {"global_batch", o.global_batch}}) {
    require_positive(name, v);
  }
  if (o.schedule.bucket_parameters < 0) {
    bad("schedule.bucket_parameters", "must be 0 (Megatron-Core's rule) or positive, got " +
                                          std::to_string(o.schedule.bucket_parameters));
  }
  if (o.attention_efficiency != 0) require_fraction("attention_efficiency", o.attention_efficiency);
  require_fraction("default_attention_efficiency", o.default_attention_efficiency);
  if (!(o.attention_seq_half >= 0 && std::isfinite(o.attention_seq_half))) {
    bad("attention_seq_half", "must be 0 (no ramp) or a positive token count, got " +
                                  std::to_string(o.attention_seq_half));
  }
  require_unit_interval("schedule.overlap_slowdown", o.schedule.overlap_slowdown);
  o.gemm.validate();  // allocation-free when valid; throws naming the field
  if (pc.zero_stage < 0 || pc.zero_stage > 3) {
    bad("zero_stage", "must be 0, 1, 2 or 3, got " + std::to_string(pc.zero_stage));
  }
  if (o.schedule.tp_overlap_comm_sms < 1) {
    bad("schedule.tp_overlap_comm_sms",
        "must be at least 1, got " + str(o.schedule.tp_overlap_comm_sms));
  }
  if (o.schedule.tp_overlap_rs_splits < 1) {
    bad("schedule.tp_overlap_rs_splits",
        "must be at least 1, got " + str(o.schedule.tp_overlap_rs_splits));
  }
  if (o.schedule.prefetch_depth < 0 || o.schedule.prefetch_depth > 8) {
    bad("schedule.prefetch_depth", "must be 0-8, got " + str(o.schedule.prefetch_depth));
  }
  if ((m.architecture != Architecture::transformer && m.architecture != Architecture::moe) ||
      !m.layers || !m.hidden_dim || !m.heads || *m.layers <= 0 || *m.hidden_dim <= 0 ||
      *m.heads <= 0) {
    bad("workload", "'" + std::string(m.info.path) +
                        "' is not a transformer with layers, hidden_dim and heads; the training "
                        "solver models transformer training");
  }
  if (fleet.node == nullptr || fleet.fabric == nullptr || fleet.node->accelerator == nullptr) {
    bad("fleet", "'" + std::string(fleet.info.path) + "' has no node, accelerator or fabric");
  }
  const std::int64_t n = fleet.total_accelerators();
  const std::int64_t degrees =
      checked_mul("parallelism", "tp x pp x cp x dp",
                  checked_mul("parallelism", "tp x pp x cp x dp",
                              checked_mul("parallelism", "tp x pp x cp x dp", pc.tp, pc.pp), pc.cp),
                  pc.dp);
  if (degrees != n) {
    bad("parallelism", "tp x pp x " + (pc.cp > 1 ? "cp " + str(pc.cp) + " x " : std::string()) +
                           "dp = " + str(pc.tp) + " x " + str(pc.pp) + " x " +
                           (pc.cp > 1 ? str(pc.cp) + " x " : std::string()) + str(pc.dp) + " = " +
                           str(degrees) + " does not equal the " + str(n) + " accelerators of '" +
                           std::string(fleet.info.path) + "'");
  }
  const std::int64_t L = *m.layers;
  const std::int64_t chunks = checked_mul("pp", "pp x interleave", pc.pp, pc.interleave);
  if (chunks > L) {
    bad("pp", "pp x interleave = " + str(chunks) + " chunks exceed " + str(L) + " layers");
  }
  if (*m.heads % pc.tp != 0) {
    bad("tp", "tp " + str(pc.tp) + " does not divide " + str(*m.heads) + " attention heads");
  }
  if (o.seq_len % pc.cp != 0) {
    bad("cp", "cp " + str(pc.cp) + " does not divide the sequence length " + str(o.seq_len));
  }
  if (pc.ep > 1) {
    if (m.architecture != Architecture::moe || !m.experts) bad("ep", "ep > 1 needs a moe model");
    if (pc.dp % pc.ep != 0) bad("ep", "ep " + str(pc.ep) + " does not divide dp " + str(pc.dp));
    if (*m.experts % pc.ep != 0)
      bad("ep", "ep " + str(pc.ep) + " does not divide " + str(*m.experts) + " experts");
  }
  if (pc.microbatch > o.global_batch) {
    bad("microbatch",
        "micro-batch " + str(pc.microbatch) + " exceeds the global batch " + str(o.global_batch));
  }
  const std::int64_t per_step = checked_mul("microbatch", "dp x microbatch", pc.dp, pc.microbatch);
  if (o.global_batch % per_step != 0) {
    bad("global_batch", "global batch " + str(o.global_batch) +
                            " is not a multiple of dp x microbatch = " + str(per_step));
  }
  (void)checked_mul("seq_len", "microbatch x seq_len", pc.microbatch, o.seq_len);
  const std::int64_t micro = o.global_batch / per_step;
  if (pc.interleave > 1 && (pc.pp == 1 || micro % pc.pp != 0)) {
    bad("interleave", "an interleaved schedule needs pp > 1 and micro-batches (" + str(micro) +
                          ") divisible by pp");
  }
  // The training state's formats (kGradientFormats, kMomentFormats): other formats are not a
  // state any optimizer keeps.
  const auto check_format = [](const char* field, Precision p, const auto& formats) {
    if (std::find(formats.begin(), formats.end(), p) != formats.end()) return;
    std::string names;
    for (std::size_t i = 0; i < formats.size(); ++i) {
      names += (i == 0 ? "" : i + 1 == formats.size() ? " or " : ", ");
      names += precision_name(formats[i]);
    }
    bad(field, "must be " + names + ", got " + std::string(precision_name(p)));
  };
  check_format("state.gradients", o.state.gradients, kGradientFormats);
  check_format("state.optimizer_moments", o.state.optimizer_moments, kMomentFormats);
  if (o.offload_parameters && pc.zero_stage != 3) {
    bad("offload_parameters",
        "parameter offload needs ZeRO-3 (sharded parameters), got ZeRO-" + str(pc.zero_stage));
  }
  if (o.schedule.fsdp_copy_out && pc.zero_stage != 3) {
    bad("schedule.fsdp_copy_out",
        "FSDP2's copy-out needs ZeRO-3 (gathered weights), got ZeRO-" + str(pc.zero_stage));
  }
  if (o.schedule.fsdp_flat_gradient && pc.zero_stage != 3) {
    bad("schedule.fsdp_flat_gradient",
        "FSDP1's flat gradient needs ZeRO-3 (gathered weights), got ZeRO-" + str(pc.zero_stage));
  }
  if (o.schedule.fsdp_flat_gradient && o.schedule.fsdp_copy_out) {
    bad("schedule.fsdp_flat_gradient",
        "FSDP1's flat gradient and FSDP2's copy-out (schedule.fsdp_copy_out) describe different "
        "FSDP implementations; set one");
  }
  const bool offload_state = o.offload_optimizer || o.offload_parameters;
  if (offload_state && !fleet.node->accelerator->host_link) {
    bad(o.offload_parameters ? "offload_parameters" : "offload_optimizer",
        "'" + std::string(fleet.node->accelerator->info.path) +
            "' has no host link to offload over");
  }
  bool saved_host = false;  // Recompute::saved_tensors keeps a tensor in host memory
  if (pc.recompute == Recompute::saved_tensors) {
    const SavedTensors& st = pc.saved;
    if (st.layer_input == Keep::recompute) {
      bad("saved.layer_input",
          "the layer input is where recomputation starts: keep it on the device or the host");
    }
    if (m.kv_lora_rank) {
      bad("recompute", "saved_tensors names standard attention's tensors (query, key, value); '" +
                           std::string(m.info.path) +
                           "' uses multi-head latent attention, whose tensors it does not name");
    }
    for (const Keep k : {st.layer_input, st.query, st.key, st.value, st.context, st.out_proj,
                         st.mlp_wi, st.mlp_wo}) {
      saved_host = saved_host || k == Keep::host;
    }
    if (saved_host && !fleet.node->accelerator->host_link) {
      bad("saved", "'" + std::string(fleet.node->accelerator->info.path) +
                       "' has no host link to keep tensors in host memory over");
    }
  }

  // ---- shapes ----------------------------------------------------------------------------
  const auto& u = detail::units();
  const HardwareNode& hw = *fleet.node->accelerator;
  const Quantity& peak = peak_at(hw, o.precision.compute);
  const std::int64_t per_node = std::max<std::int64_t>(fleet.node->accelerators_per_node, 1);
  const double wb = detail::bytes_of(o.precision.weights);
  const double ab = detail::bytes_of(o.precision.activations);
  const double gb = detail::bytes_of(o.state.gradients);
  // The fp32 master copy: 4 bytes, or its 16 low bits beside bf16 weights under the
  // precision-aware optimizer (Megatron-Core's store_param_remainders).
  const double master_bytes = !o.state.master_weights ? 0.0
                              : o.state.precision_aware && o.precision.weights == Precision::bf16
                                  ? 2.0
                                  : 4.0;
  const double opt_per_param = master_bytes + 2.0 * detail::bytes_of(o.state.optimizer_moments);
  // The step's fp32 copy of 16-bit gradients, per parameter of the rank's optimizer shard.
  const double step_copy_bytes =
      o.state.master_weights && !o.state.precision_aware && gb < 4.0 ? 4.0 : 0.0;
  const double s = static_cast<double>(o.seq_len);
  const double s_loc = s / static_cast<double>(pc.cp);
  const double b = static_cast<double>(pc.microbatch);
  const double h = static_cast<double>(*m.hidden_dim);
  const double a = static_cast<double>(*m.heads);
  const double tp = static_cast<double>(pc.tp);
  const double pp = static_cast<double>(pc.pp);
  const double v = static_cast<double>(pc.interleave);
  const double mb = static_cast<double>(micro);
  const bool sp = pc.sequence_parallel && pc.tp > 1;
  const bool mla = m.kv_lora_rank && m.qk_rope_head_dim && m.qk_nope_head_dim && m.v_head_dim;
  const double hd = static_cast<double>(m.attention_head_dim().value_or(*m.hidden_dim / *m.heads));
  const double d_qk = mla ? static_cast<double>(*m.qk_nope_head_dim + *m.qk_rope_head_dim) : hd;
  const double d_v = mla ? static_cast<double>(*m.v_head_dim) : hd;
  const double kvh = static_cast<double>(m.kv_heads.value_or(*m.heads));
  const double a_loc = a / tp;
  const double kv_loc = std::max(1.0, std::ceil(kvh / tp));  // replicated when kv < tp
  const bool gated = m.ffn_kind.value_or(FfnKind::mlp) == FfnKind::gated;
  const double mats = gated ? 3.0 : 2.0;
  const double f = detail::dense_ffn_width(m);
  const double V = static_cast<double>(m.vocab_size.value_or(0));
  const bool moe = m.architecture == Architecture::moe && m.experts && m.moe_layers() > 0;
  const double E = moe ? static_cast<double>(*m.experts) : 0.0;
  const double k_route = static_cast<double>(m.experts_per_token.value_or(1));
  const double shared = static_cast<double>(m.shared_experts.value_or(0));
  const double fe = static_cast<double>(m.expert_ffn_dim.value_or(m.ffn_dim.value_or(0)));
  const double ep = static_cast<double>(pc.ep);
  const double T = b * s_loc;  // tokens of a micro-batch on one rank (GEMM rows)

  // Stage: the fullest one sets the pace (126 layers on 16 stages: 8 per stage, 6 on the last).
  const std::int64_t per_chunk = (L + chunks - 1) / chunks;
  const std::int64_t stage_layers = per_chunk * pc.interleave;
  const std::int64_t last_layers =
      std::max<std::int64_t>(0, (pc.interleave - 1) * per_chunk + L - (chunks - 1) * per_chunk);
  const std::int64_t moe_total = moe ? m.moe_layers() : 0;
  const std::int64_t moe_in_stage =
      std::min<std::int64_t>(stage_layers, (moe_total * stage_layers + L - 1) / L);

  // ---- links and groups (layout tp-cp-ep-dp-pp) -------------------------------------------
  const Net net = fleet_net(fleet, o);
  const std::int64_t tpcp = pc.tp * pc.cp;
  const Group tp_group = place(1, pc.tp, per_node);
  const bool cp_crosses = tpcp > per_node;
  const Group ep_group = place(tpcp, pc.ep, per_node);
  const std::int64_t dpcp = pc.dp * pc.cp;  // ranks holding the same weights
  const Group dense_dp = place(pc.tp, dpcp, per_node);
  const Group expert_dp = place(pc.tp * pc.ep, dpcp / pc.ep, per_node);
  const bool pp_crosses =
      static_cast<double>(tpcp) * static_cast<double>(pc.dp) * pp > static_cast<double>(per_node);

  // ---- per-layer compute -------------------------------------------------------------------
  const Gemm gemm{hw, o.precision.compute, o.gemm};
  const BitRate hbm = detail::streaming_bandwidth(hw, o.efficiency.memory);
  // Saved tensors kept in host memory cross the host link, one way per pass.
  const BitRate act_link =
      saved_host ? hw.host_link->one_way_bandwidth().as<typed::bits_per_second>() : BitRate();
  require_latency("kernel_launch_gap", o.kernel_launch_gap);
  require_latency("kernel_stall", o.kernel_stall);
  const Seconds boundary =
      o.kernel_launch_gap.as<typed::seconds>() + o.kernel_stall.as<typed::seconds>();
  // Fused attention (fused_attention_rate) and the vocabulary projection (below) run at 16 bits
  // in FP8/FP4 recipes.
  const Precision sixteen = sixteen_bit(hw, o.precision.compute);

  // Attention projections.
  Seconds proj_f = Seconds::from_value(0);
  Seconds proj_b = Seconds::from_value(0);
  double attn_params = 0;  // per rank
  double attn_gemms = 0;   // kernels, for the kernel boundaries
  auto add = [&](double rows, double n_, double k_, double split) {
    ++attn_gemms;
    proj_f += gemm.fwd(rows, n_, k_);
    proj_b += gemm.bwd(rows, n_, k_);
    attn_params += n_ * k_ * split;
  };
  if (mla) {
    const double ql = static_cast<double>(m.q_lora_rank.value_or(0));
    const double kvl = static_cast<double>(*m.kv_lora_rank);
    const double rope = static_cast<double>(*m.qk_rope_head_dim);
    if (ql > 0) {
      add(T, ql, h, 1.0);
      add(T, a_loc * d_qk, ql, 1.0);
    } else {
      add(T, a_loc * d_qk, h, 1.0);
    }
    add(T, kvl + rope, h, 1.0);
    add(T, a_loc * (d_qk - rope + d_v), kvl, 1.0);
    add(T, h, a_loc * d_v, 1.0);
  } else if (o.separate_qkv) {
    add(T, a_loc * hd, h, 1.0);
    add(T, kv_loc * hd, h, 1.0);
    add(T, kv_loc * hd, h, 1.0);
    add(T, h, a_loc * hd, 1.0);
  } else {
    add(T, (a_loc + 2.0 * kv_loc) * hd, h, 1.0);
    add(T, h, a_loc * hd, 1.0);
  }
  // Attention core: causal decoder; a fused kernel skips the masked half and recomputes scores in
  // its backward (2.5 x its forward), a materialized one computes the full square.
  const double core_full = 2.0 * b * s_loc * s * (d_qk + d_v) * a_loc;
  Seconds core_f = Seconds::from_value(0);
  Seconds core_b = Seconds::from_value(0);
  Bits score_traffic = Bits::from_value(0);  // one pass, materialized only
  AttentionRate attention{};                 // fused only
  if (o.attention == AttentionKernel::fused) {
    const double head_dim = (d_qk + d_v) / 2.0;  // the QK^T and PV products' mean inner width
    attention = fused_attention_rate(hw, o.precision.compute, o, s_loc, head_dim);
    const FlopRate attn_rate = attention.rate.as<typed::flops_per_second>();
    core_f = detail::flop_count(0.5 * core_full) / attn_rate;
    if (const auto local = static_cast<double>(m.local_layers()); local > 0) {
      // Local layers (sliding window / chunk): the kernel visits only the key blocks a query
      // can see, `share` of a causal layer's keys, its main loop as short as a causal sequence
      // of share x s tokens (the rate's ramp); the layer's mean over full and local layers.
      const double share = m.local_causal_keys(s) / (s * (s + 1.0) / 2.0);
      const Seconds local_f =
          detail::flop_count(0.5 * core_full * share) /
          fused_attention_rate(hw, o.precision.compute, o, std::min(s_loc, share * s), head_dim)
              .rate.as<typed::flops_per_second>();
      const double all = static_cast<double>(L);
      core_f = (core_f * (all - local) + local_f * local) / all;
    }
    core_b = core_f * 2.5;
  } else {
    core_f = gemm(s_loc, s, d_qk, b * a_loc) + gemm(s_loc, d_v, s, b * a_loc);  // batched
    core_b = core_f * 2.0;
    score_traffic = detail::byte_count(10.0 * a_loc * s_loc * s * b * (ab / 2.0));
  }
  // Elementwise traffic (norms, residuals, rotary, activation function).
  // Eager: the FFN width of the layer's active experts (as elementwise_elements); norms and
  // residuals split only with sequence parallelism, the rest by tp.
  const double elementwise_bytes =
      o.elementwise != ElementwiseKernels::fused
          ? [&] {
              const auto e = detail::eager_elementwise_bytes(
                  h, a * d_qk, mla ? a * d_qk : kvh * hd, a * d_v,
                  moe ? fe * (k_route + shared) : f, gated, ab,
                  o.elementwise == ElementwiseKernels::eager_fused_norm);
              return T * (e.replicated / (sp ? tp : 1.0) + e.split / tp);
            }()
          : T * detail::elementwise_elements(m) * ab / (sp ? tp : 1.0);
  const Seconds elementwise = detail::byte_count(elementwise_bytes) / hbm;
  const detail::ElementwiseKernelCount ew_kernels =
      detail::elementwise_kernels(o.elementwise != ElementwiseKernels::fused,
                                  o.elementwise == ElementwiseKernels::eager_fused_norm, gated);
  const Seconds scores = score_traffic / hbm;
  // Dropout (o.dropout; docs/solvers.md, "Dropout"): two sites per layer on the residual stream
  // (after the attention and the feed-forward blocks) and, over a materialized score matrix, the
  // attention probabilities. Eager PyTorch runs each as its own kernel: native_dropout reads the
  // input and writes the output and a 1-byte mask, native_dropout_backward reads the gradient and
  // the mask and writes the gradient, (2 ab + 1) bytes per element each way. Fused stacks fold
  // the residual sites into the residual add (Megatron-Core's fused bias-dropout-add, compiled
  // graphs): only the mask, written forward and read backward. The probabilities' dropout is its
  // own kernel in every stack (Megatron-Core's unfused DotProductAttention too); a fused attention
  // kernel draws its dropout in-kernel from a counter-based RNG (FlashAttention) and is not priced.
  const bool eager = o.elementwise != ElementwiseKernels::fused;
  const bool drop_probs = o.dropout && o.attention == AttentionKernel::materialized;
  const double drop_res_elements = o.dropout ? 2.0 * (sp ? T / tp : T) * h : 0.0;
  const Seconds drop_res =
      detail::byte_count(drop_res_elements * (eager ? 2.0 * ab + 1.0 : 1.0)) / hbm;
  const Seconds drop_probs_t =
      drop_probs ? detail::byte_count(b * a_loc * s_loc * s * (2.0 * ab + 1.0)) / hbm : Seconds();
  const double drop_res_kernels = o.dropout && eager ? 2.0 : 0.0;  // per pass
  // Low-precision GEMMs on wider activations (FP8 recipes: BF16 activations, FP8 GEMMs): every
  // GEMM input in the forward pass and every output gradient in the backward pass is cast with a
  // fused cast + transpose (Transformer Engine's `cast_transpose`; Hopper FP8 GEMMs take only the
  // TN layout, so the weight-gradient GEMM needs the transposed copy): read once at the
  // activation width, written twice at the GEMM width. Weights are cast once per step (below).
  // FP4 (Transformer Engine's NVFP4 recipe): the per-tensor FP32 scale needs the tensor's amax
  // first, one more read, and every 16-element block of each copy carries a 1-byte E4M3 scale.
  // FP8 with per-tensor current scaling (Fp8Scaling::current): the amax kernel reads the tensor
  // once more before the cast, and the amax and scale kernels add two kernels per cast.
  const double gemm_bytes = detail::bytes_of(o.precision.compute);
  const bool fp4 = o.precision.compute == Precision::fp4;
  const bool lowp = gemm_bytes < ab;
  const Fp8Scaling scaling = fp8_scaling(o);  // refused by name outside the enum, at any precision
  const bool amax_pass = lowp && !fp4 && scaling == Fp8Scaling::current;
  const double input_reads = amax_pass ? 2.0 : 1.0;  // of each FP8 cast's 16-bit input
  const double cast_bytes = !lowp ? 0.0
                            : fp4 ? 2.0 * ab + 2.0 * (gemm_bytes + 1.0 / 16.0)
                                  : input_reads * ab + 2.0 * gemm_bytes;  // per element
  const double rows_in = sp ? T / tp : T;  // cast before the sequence gather
  const double cast_in_attn = rows_in * h + T * a_loc * d_v;
  const double cast_out_attn =
      T * (mla ? a_loc * (d_qk + d_v) : (a_loc + 2.0 * kv_loc) * hd) + T * h;
  const double up_w = gated ? 2.0 : 1.0;
  const double cast_in_mlp = rows_in * h + T * f / tp;
  const double cast_out_mlp = T * up_w * f / tp + T * h;
  auto cast_time = [&](double elements) { return detail::byte_count(elements * cast_bytes) / hbm; };

  // Feed-forward: dense MLP, or routed experts + shared experts + router.
  const double up = gated ? 2.0 : 1.0;
  // The up projection of `rows` tokens to `width` (per rank) in each of `count` grouped GEMMs:
  // gate and up side by side in one GEMM, or as two (separate_gate_up).
  const bool split_up = gated && o.separate_gate_up;
  const auto up_f = [&](double rows, double width, double count = 1) {
    return split_up ? gemm.fwd(rows, width, h, count) * 2.0 : gemm.fwd(rows, up * width, h, count);
  };
  const auto up_b = [&](double rows, double width, double count = 1) {
    return split_up ? gemm.bwd(rows, width, h, count) * 2.0 : gemm.bwd(rows, up * width, h, count);
  };
  const Seconds mlp_f = up_f(T, f / tp) + gemm.fwd(T, h, f / tp);
  const Seconds mlp_b = up_b(T, f / tp) + gemm.bwd(T, h, f / tp);
  const double mlp_params = mats * h * f / tp;
  Seconds moe_f = Seconds::from_value(0);
  Seconds moe_b = Seconds::from_value(0);
  Seconds routed_f = Seconds::from_value(0);  // the routed experts' grouped GEMMs, forward
  double expert_params_layer = 0;             // routed experts held per rank, one layer
  double moe_dense_params = 0;                // shared experts and router per rank, one layer
  if (moe) {
    const double local = E / ep;
    const double per_expert = std::ceil(T * k_route * ep / E);  // tokens per expert (balanced)
    routed_f = up_f(per_expert, fe / tp, local) + gemm.fwd(per_expert, h, fe / tp, local);
    moe_f = routed_f + gemm.fwd(T, E, h);
    moe_b = up_b(per_expert, fe / tp, local) + gemm.bwd(per_expert, h, fe / tp, local) +
            gemm.bwd(T, E, h);
    if (shared > 0) {
      moe_f += up_f(T, fe * shared / tp) + gemm.fwd(T, h, fe * shared / tp);
      moe_b += up_b(T, fe * shared / tp) + gemm.bwd(T, h, fe * shared / tp);
    }
    expert_params_layer = local * mats * h * fe / tp;
    moe_dense_params = shared * mats * h * fe / tp + h * E;
  }
  // MoE token permutation: each routed copy of a token is gathered into its expert's contiguous
  // block before the expert GEMMs and scattered back (and weighted) after them: a read and a
  // write of T k h elements each way, per pass (Megatron-Core's permute / unpermute kernels).
  const double routed = (sp ? T / tp : T) * k_route;
  const Seconds permute = moe ? detail::byte_count(4.0 * routed * h * ab) / hbm : Seconds();
  const double cast_in_moe =
      moe ? rows_in * h + routed * (h + fe / tp) + shared * T * (h + fe / tp) : 0.0;
  const double cast_out_moe =
      moe ? T * h + routed * (up_w * fe / tp + h) + shared * T * (up_w * fe / tp + h) : 0.0;

  // torchtitan's op-level selective checkpointing (Recompute::alternate_matmuls): the layer's
  // matmuls in forward order (torchtitan's Attention, MLA Attention, FeedForward and MoE forward
  // methods), each kept or recomputed by its count: `_custom_policy` keeps aten.mm outputs except
  // every second one; grouped expert GEMMs are not aten.mm and always run again.
  struct Alternate {
    Seconds again = Seconds::from_value(0);  // the recomputed GEMMs' forward, one micro-batch
    double macs = 0;     // their multiply-adds per token, whole layer (hardware FLOPs)
    double kernels = 0;  // their kernels
    double kept = 0;     // kept outputs per token, bytes at 16 bits, split by tp
    double whole = 0;    // kept outputs whole on every rank (row-parallel partial sums, replicated)
  };
  auto alternate = [&](bool is_moe) {
    Alternate r;
    int count = 0;
    // One aten.mm: T x cols x inner on this rank, `macs` its multiply-adds per token over all
    // ranks, `width` its global output width; `split` says whether tensor parallelism shards the
    // output (column-parallel) or leaves it whole on every rank.
    auto mm = [&](double cols, double inner, double macs, double width, bool split) {
      if (++count % 2 == 0) {
        r.again += gemm.fwd(T, cols, inner);
        r.macs += macs;
        r.kernels += 1;
      } else if (split || pc.tp == 1) {
        r.kept += 2.0 * width;
      } else {
        r.whole += 2.0 * width;
      }
    };
    if (mla) {
      const double ql = static_cast<double>(m.q_lora_rank.value_or(0));
      const double kvl = static_cast<double>(*m.kv_lora_rank);
      const double rope = static_cast<double>(*m.qk_rope_head_dim);
      if (ql > 0) {
        mm(ql, h, ql * h, ql, false);
        mm(a_loc * d_qk, ql, a * d_qk * ql, a * d_qk, true);
      } else {
        mm(a_loc * d_qk, h, a * d_qk * h, a * d_qk, true);
      }
      mm(kvl + rope, h, (kvl + rope) * h, kvl + rope, false);
      mm(a_loc * (d_qk - rope + d_v), kvl, a * (d_qk - rope + d_v) * kvl, a * (d_qk - rope + d_v),
         true);
      mm(h, a_loc * d_v, h * a * d_v, h, false);
    } else {
      mm(a_loc * hd, h, a * hd * h, a * hd, true);
      mm(kv_loc * hd, h, kvh * hd * h, kvh * hd, true);
      mm(kv_loc * hd, h, kvh * hd * h, kvh * hd, true);
      mm(h, a_loc * hd, h * a * hd, h, false);
    }
    auto ffn = [&](double width) {
      mm(width / tp, h, width * h, width, true);             // w1
      if (gated) mm(width / tp, h, width * h, width, true);  // w3
      mm(h, width / tp, h * width, h, false);                // w2
    };
    if (is_moe) {
      mm(E, h, E * h, E, false);  // the router's gate
      r.again += routed_f;
      r.macs += k_route * mats * h * fe;
      r.kernels += 2.0;
      if (shared > 0) ffn(fe * shared);
    } else {
      ffn(f);
    }
    return r;
  };
  const bool alternating = pc.recompute == Recompute::alternate_matmuls;
  const Alternate alt[2] = {alternating ? alternate(false) : Alternate{},
                            alternating && moe ? alternate(true) : Alternate{}};

  // Saved-tensor recomputation (Recompute::saved_tensors; docs/solvers.md, "Saved-tensor
  // recomputation"): per token of one layer, the named tensors kept on the device and in host
  // memory (bytes at 16 bits, the log-sum-exp at 4 bytes per head), and the forward work the
  // backward pass repeats to rebuild what is not kept, by dependency: a projection from the layer
  // input, the attention core from Q, K and V, the output projection from the context, the up
  // projections from the output projection's residual (through the second norm); the down
  // projection's output is never needed again.
  struct Saved {
    Seconds again = Seconds::from_value(0);  // recomputed forward (GEMMs, attention core)
    double macs = 0;                         // recomputed GEMM multiply-adds per token, whole layer
    double kernels = 0;                      // their kernels
    bool core = false;      // the attention core runs again (the context is not kept)
    bool dispatch = false;  // MoE: the up projections run again, so do the router, permute
                            // and unpermute kernels (and, with ep > 1, the dispatch)
    double tp_again = 0;    // share of the layer's tensor-parallel collectives run again
    double split = 0;       // kept on the device, split over tp (column-parallel outputs)
    double rep = 0;         // kept on the device, split over tp only with sequence parallelism
    double host_split = 0, host_rep = 0;  // the same, kept in host memory
  };
  const bool saved_mode = pc.recompute == Recompute::saved_tensors;
  auto saved_plan = [&](bool is_moe) {
    const SavedTensors& st = pc.saved;
    Saved r;
    const auto keep = [&](Keep k, double bytes, bool split) {
      if (k == Keep::device) (split ? r.split : r.rep) += bytes;
      if (k == Keep::host) (split ? r.host_split : r.host_rep) += bytes;
    };
    const double up_n = gated ? 2.0 : 1.0;  // up-projection outputs per token per FFN width
    keep(st.layer_input, 2.0 * h, false);
    keep(st.query, 2.0 * a * hd, true);
    keep(st.key, 2.0 * kvh * hd, true);
    keep(st.value, 2.0 * kvh * hd, true);
    keep(st.context, 2.0 * a * hd + 4.0 * a, true);
    keep(st.out_proj, 2.0 * h, false);
    if (is_moe) {
      keep(st.mlp_wi, 2.0 * up_n * fe * (k_route + shared), true);
      keep(st.mlp_wo, 2.0 * h * (k_route + shared), false);
    } else {
      keep(st.mlp_wi, 2.0 * up_n * f, true);
      keep(st.mlp_wo, 2.0 * h, false);
    }
    const auto again = [&](Seconds t, double macs, double kernels) {
      r.again += t;
      r.macs += macs;
      r.kernels += kernels;
    };
    const bool q = st.query == Keep::recompute;
    const bool k = st.key == Keep::recompute;
    const bool vv = st.value == Keep::recompute;
    if (o.separate_qkv) {
      if (q) again(gemm.fwd(T, a_loc * hd, h), a * hd * h, 1.0);
      if (k) again(gemm.fwd(T, kv_loc * hd, h), kvh * hd * h, 1.0);
      if (vv) again(gemm.fwd(T, kv_loc * hd, h), kvh * hd * h, 1.0);
    } else if (q || k || vv) {  // one fused GEMM: rebuilding any of the three runs all of it
      again(gemm.fwd(T, (a_loc + 2.0 * kv_loc) * hd, h), (a + 2.0 * kvh) * hd * h, 1.0);
    }
    if (st.context == Keep::recompute) {
      r.core = true;
      r.again += core_f;
    }
    if (st.out_proj == Keep::recompute) again(gemm.fwd(T, h, a_loc * hd), h * a * hd, 1.0);
    if (st.mlp_wi == Keep::recompute) {
      if (is_moe) {
        const double local = E / ep;
        const double per_expert = std::ceil(T * k_route * ep / E);
        again(up_f(per_expert, fe / tp, local) + gemm.fwd(T, E, h), k_route * up_n * h * fe + h * E,
              (split_up ? 2.0 : 1.0) + 1.0);
        if (shared > 0) {
          again(up_f(T, fe * shared / tp), shared * up_n * h * fe, split_up ? 2.0 : 1.0);
        }
        r.dispatch = true;
      } else {
        again(up_f(T, f / tp), up_n * h * f, split_up ? 2.0 : 1.0);
      }
    }
    // Sequence parallelism: the QKV and FC1 inputs' all-gathers and the output projection's
    // reduce-scatter, a quarter of the layer's four each; without it the output projection's
    // all-reduce, half of its two.
    const bool qkv_again = q || k || vv;
    if (sp) {
      r.tp_again = 0.25 * ((qkv_again ? 1.0 : 0.0) + (st.out_proj == Keep::recompute ? 1.0 : 0.0) +
                           (st.mlp_wi == Keep::recompute ? 1.0 : 0.0));
    } else {
      r.tp_again = st.out_proj == Keep::recompute ? 0.5 : 0.0;
    }
    return r;
  };
  const Saved keeps[2] = {saved_mode ? saved_plan(false) : Saved{},
                          saved_mode && moe ? saved_plan(true) : Saved{}};

  // ---- per-layer communication -----------------------------------------------------------
  // What an overlapped collective adds to the compute it hides behind (detail::exposed): the
  // part that sticks out, or the compute's slowdown while both run (schedule.overlap_slowdown).
  // ZeRO / FSDP / data-parallel collectives beside the layers' GEMMs: on a device whose GEMMs are
  // static persistent kernels they stall the GEMM they overlap (schedule.persistent_gemm_stall).
  const double slowdown = o.schedule.overlap_slowdown;
  const bool stall = o.schedule.persistent_gemm_stall &&
                     hw.compute.gemm_schedule == GemmSchedule::static_persistent;
  const detail::Overlap contention{false, 0, slowdown, false};
  const detail::Overlap beside_gemms{false, 0, slowdown, stall};
  // Tensor parallelism per pass: 2 all-reduces of T h (attention and FFN outputs); with
  // sequence parallelism 2 all-gathers and 2 reduce-scatters instead, each priced as NCCL runs
  // it (they move half an all-reduce's bytes, but on an NVSwitch node the all-reduce runs on
  // NVLS and they do not, so they are not half its time); again for a recomputed forward.
  // `tp_coll` is one of the pass's collectives: an all-gather (or reduce-scatter) of T h with
  // sequence parallelism, else an all-reduce.
  const Seconds tp_coll = pc.tp == 1 ? Seconds::from_value(0)
                          : sp       ? net.gather(detail::byte_count(T * h * ab), tp_group)
                                     : net.all_reduce(detail::byte_count(T * h * ab), tp_group);
  const Seconds tp_pass = tp_coll * (sp ? 4.0 : 2.0);
  // Tensor-parallel overlap as Transformer Engine's userbuffers run it (docs/solvers.md,
  // "Tensor-parallel overlap"; TE's per-GEMM methods): a ring exchange for the all-gather before
  // QKV and FC1 (and in the backward before the output projection's and FC2's data gradients),
  // a pipelined reduce-scatter after the output projection and FC2, and in the backward the QKV
  // and FC1 data- and weight-gradient GEMMs beside the input's all-gather and the gradient's
  // reduce-scatter (bulk). Each term is what the scheme adds to the plain GEMM. Dense attention
  // and FFN blocks with sequence parallelism on a device that gives its SM count; MLA layers and
  // other devices keep the contention model.
  struct UbExtra {
    Seconds attn_f, attn_b, ffn_f, ffn_b;
  };
  std::optional<UbExtra> ub;
  const double ub_sms = static_cast<double>(hw.compute.cores.value_or(0));
  const double ub_comm_sms = static_cast<double>(o.schedule.tp_overlap_comm_sms);
  if (o.schedule.tp_comm_overlap && pc.tp > 1 && sp && !mla && ub_sms > 2.0 * ub_comm_sms) {
    const double margin = ub_sms / (ub_sms - ub_comm_sms);
    const Seconds step = net.send(detail::byte_count(T / tp * h * ab), tp_group.nodes() > 1);
    const Seconds coll = tp_coll;
    // Ring exchange: chunk i + 1's input arrives one peer-to-peer step after chunk i's, and the
    // chunks' GEMMs run on up to 3 compute streams as their inputs arrive, so the GEMM keeps its
    // time unless the steps are slower: the last chunk starts after tp - 1 steps.
    const auto ring = [&](double n_, double k_) {
      const Seconds g = gemm(T, n_, k_);
      return pos((tp - 1.0) * step + g / tp - g);
    };
    // Pipeline: the GEMM on all but the userbuffers kernels' SMs, in `splits` chunks; each
    // chunk's reduce-scatter follows it on one communication stream, so the last one follows the
    // GEMM (or the chunks' reduce-scatters queue behind each other).
    const auto pipeline = [&](double n_, double k_) {
      const double splits = static_cast<double>(o.schedule.tp_overlap_rs_splits);
      const Seconds g = gemm(T, n_, k_);
      const Seconds rs = coll / splits;
      return pos(std::max(g * margin + rs, g * margin / splits + splits * rs) - g);
    };
    // Bulk: the whole collective beside the whole GEMM, with no SM margin (every tuned
    // configuration sets set_sm_margin=False for it): the contention model.
    const auto bulk = [&](double m_, double n_, double k_) {
      return detail::exposed(coll, gemm(m_, n_, k_), contention);
    };
    const double qkv = (a_loc + 2.0 * kv_loc) * hd;  // separate Q, K, V: one gathered input
    const double attn_out = a_loc * hd;
    const double up_width = (gated ? 2.0 : 1.0) * f / tp;
    UbExtra e;
    // Backward of Y = X W (T x n x k): data gradient T x k (inner n), weight gradient n x k
    // (inner T).
    e.attn_f = ring(qkv, h) + pipeline(h, attn_out);
    e.attn_b = ring(attn_out, h) + bulk(T, h, qkv) + bulk(qkv, h, T);
    e.ffn_f = ring(up_width, h) + pipeline(h, f / tp);
    e.ffn_b = ring(f / tp, h) + bulk(T, h, up_width) + bulk(up_width, h, T);
    ub = e;
  }
  // Megatron-LM / Transformer Engine's asynchronous backward collectives
  // (schedule.tp_async_backward; docs/solvers.md, "Asynchronous backward collectives"), where the
  // userbuffers scheme is not asked for. A column-parallel layer's backward (QKV, FC1): with
  // sequence parallelism its input, saved sharded, is all-gathered beside the data-gradient GEMM
  // and the data gradient reduce-scattered beside the weight-gradient GEMM, after the row-parallel
  // layer's output-gradient all-gather (exposed); without it, the data gradient's all-reduce
  // beside the weight-gradient GEMM. What each block's backward collectives take in all (`comm`)
  // and add to its GEMMs (`exposed`); MLA attention keeps its serial pricing. These are plain
  // NCCL collectives beside cuBLAS GEMMs, so on a device with static persistent GEMMs they stall
  // the GEMM they overlap (schedule.persistent_gemm_stall), as the data-parallel ones do.
  struct AsyncBackward {
    Seconds attn_comm, attn_exposed, ffn_comm, ffn_exposed;
  };
  std::optional<AsyncBackward> async_bwd;
  if (o.schedule.tp_async_backward && !o.schedule.tp_comm_overlap && pc.tp > 1) {
    const auto block = [&](double cols, Seconds& comm, Seconds& exp) {
      if (sp) {
        comm = tp_coll * 3.0;
        exp = tp_coll + detail::exposed(tp_coll, gemm(T, h, cols), beside_gemms) +
              detail::exposed(tp_coll, gemm(cols, h, T), beside_gemms);
      } else {
        comm = tp_coll;
        exp = detail::exposed(tp_coll, gemm(cols, h, T), beside_gemms);
      }
    };
    AsyncBackward e;
    if (mla) {
      e.attn_comm = e.attn_exposed = tp_pass / 2.0;
    } else {
      block((a_loc + 2.0 * kv_loc) * hd, e.attn_comm, e.attn_exposed);
    }
    block((gated ? 2.0 : 1.0) * f / tp, e.ffn_comm, e.ffn_exposed);
    async_bwd = e;
  }
  // Context parallelism: cp - 1 ring steps of this rank's K and V (backward: K, V, dK, dV), each
  // hidden behind the attention of one chunk.
  const double kv_width = mla ? a_loc * (d_qk + d_v) : kv_loc * 2.0 * hd;
  const Bits kv_chunk = detail::byte_count(b * s_loc * kv_width * ab);
  const double cp_steps = static_cast<double>(pc.cp - 1);
  const double cpd = static_cast<double>(pc.cp);
  Seconds cp_f = Seconds::from_value(0), cp_b = Seconds::from_value(0);
  Seconds cp_f_exp, cp_b_exp;
  if (pc.cp > 1) {
    const Seconds step_f = net.send(kv_chunk, cp_crosses);
    const Seconds step_b = net.send(kv_chunk * 2.0, cp_crosses);
    cp_f = step_f * cp_steps;
    cp_b = step_b * cp_steps;
    cp_f_exp = cp_steps * detail::exposed(step_f, core_f / cpd, contention);
    cp_b_exp = cp_steps * detail::exposed(step_b, core_b / cpd, contention);
  }
  // Expert parallelism: dispatch + combine per pass of T/tp (sequence-parallel shard) x k tokens;
  // with node forwarding a token crosses the fabric once per other node holding its experts.
  Seconds a2a_pass;
  if (pc.ep > 1) {
    const Bits copies = detail::byte_count(T / (sp ? tp : 1.0) * k_route * h * ab);
    a2a_pass =
        2.0 * (o.schedule.ep_node_forwarding
                   ? net.forwarded_all_to_all(
                         copies, remote_nodes(E, k_route, ep_group.nodes()) / k_route, ep_group)
                   : net.all_to_all(copies, ep_group));
  }

  const bool full = pc.recompute == Recompute::full;
  const bool selective = pc.recompute == Recompute::selective;
  const bool mlp_rc = pc.recompute == Recompute::mlp;  // attention core + feed-forward block
  // Everything but the attention core (its output kept): the projections, the feed-forward block
  // and the elementwise operations run again.
  const bool but_attn = pc.recompute == Recompute::all_but_attention;
  // Separate projections read one input (docs/solvers.md, "Separate projections"): in the
  // backward pass its gradient accumulates over them, one add per extra reader. Eager autograd
  // runs each add as its own kernel (InputBuffer's in-place add: read two, write one); a compiled
  // graph folds the sum into the next elementwise kernel, which reads one more partial gradient.
  // Per layer: Q / K / V's input T h twice, a gated FFN's input once (a MoE layer: its routed
  // copies, T k h, and its shared experts' input).
  const auto accumulate = [&](bool is_moe) {
    const double qkv = o.separate_qkv && !mla ? 2.0 : 0.0;
    const double ffn = !split_up ? 0.0 : is_moe ? 1.0 + (shared > 0 ? 1.0 : 0.0) : 1.0;
    const double elements = T * h * qkv + (!split_up ? 0.0
                                           : is_moe  ? T * h * (k_route + (shared > 0 ? 1.0 : 0.0))
                                                     : T * h);
    struct {
      Seconds time;
      double kernels;
    } r{detail::byte_count(elements * (eager ? 3.0 : 1.0) * ab) / hbm, eager ? qkv + ffn : 0.0};
    return r;
  };
  struct Kind {
    Seconds compute_f, compute_b;                // GEMM + attention kernels
    Seconds memory_f, memory_b;                  // memory-bound traffic
    Seconds tp, tp_exp, cp, cp_exp, ep, ep_exp;  // per micro-batch
    Seconds boundary_f, boundary_b;              // launch gaps and stalls
    Seconds off, off_exp;                        // saved tensors to the host and back
    detail::LayerTimes t;
    double params = 0, expert_params = 0;
  };
  auto layer = [&](bool is_moe) {
    Kind k;
    const Seconds gemm_f = proj_f + (is_moe ? moe_f : mlp_f);
    const Seconds gemm_b = proj_b + (is_moe ? moe_b : mlp_b);
    const Seconds cf = gemm_f + core_f;
    const Seconds extra = is_moe ? permute : Seconds();
    const Seconds mf = elementwise + scores + drop_res + drop_probs_t + extra +
                       cast_time(cast_in_attn + (is_moe ? cast_in_moe : cast_in_mlp));
    Seconds cb = gemm_b + core_b;
    const auto acc = accumulate(is_moe);
    Seconds mbw = elementwise * 2.0 + scores * 2.0 + drop_res + drop_probs_t + extra + acc.time +
                  cast_time(cast_out_attn + (is_moe ? cast_out_moe : cast_out_mlp));
    // The feed-forward block's forward, for `mlp` recomputation: its GEMMs, its input cast and
    // MoE permutation; with tensor parallelism its input all-gather (a quarter of the layer's
    // four collectives); with expert parallelism its dispatch (half of each pass's all-to-all).
    const Seconds ffn_f = is_moe ? moe_f : mlp_f;
    if (full) {
      cb += cf;
      mbw += mf;
    } else if (selective) {
      cb += core_f;
      mbw += scores + drop_probs_t;
    } else if (mlp_rc) {
      cb += core_f + ffn_f;
      mbw += scores + drop_probs_t + extra + cast_time(is_moe ? cast_in_moe : cast_in_mlp);
    } else if (but_attn) {
      cb += gemm_f;
      mbw += mf - scores - drop_probs_t;
    } else if (alternating) {
      cb += alt[is_moe ? 1 : 0].again;
      mbw += mf - scores - drop_probs_t;
    } else if (saved_mode) {
      // The recomputed GEMMs and core, and the layer's elementwise forward (its norms rebuild
      // the projections' inputs); the score traffic only when the core runs again.
      const Saved& sv = keeps[is_moe ? 1 : 0];
      cb += sv.again;
      mbw += mf - (sv.core ? Seconds() : scores + drop_probs_t);
    }
    // Recomputed share of tp_pass: a whole forward re-runs every collective of the layer;
    // `alternate_matmuls` re-runs the two sequence all-gathers (reduce-scatter outputs are kept)
    // or, without sequence parallelism, the attention block's all-reduce (w2's output is kept).
    const double tp_again = full || but_attn ? 1.0
                            : alternating    ? 0.5
                            : mlp_rc         ? 0.25
                            : saved_mode     ? keeps[is_moe ? 1 : 0].tp_again
                                             : 0.0;
    const Seconds tpf = tp_pass;
    const bool ovl = o.schedule.tp_comm_overlap;
    const Seconds tp_again_f = full || but_attn ? gemm_f
                               : mlp_rc         ? ffn_f
                               : alternating    ? alt[is_moe ? 1 : 0].again
                               : saved_mode     ? keeps[is_moe ? 1 : 0].again
                                                : Seconds();
    Seconds tpf_exp = tpf;
    Seconds tpb = tp_pass * (1.0 + tp_again);
    Seconds tpb_exp = tpb;
    if (async_bwd) {
      // A MoE block's token all-gather and reduce-scatter are the dispatcher's own collectives,
      // outside the linear layers: serial. The recomputed forward's collectives are exposed.
      const Seconds ffn_comm = is_moe ? tp_pass / 2.0 : async_bwd->ffn_comm;
      const Seconds ffn_exp = is_moe ? tp_pass / 2.0 : async_bwd->ffn_exposed;
      tpb = async_bwd->attn_comm + ffn_comm + tp_pass * tp_again;
      tpb_exp = async_bwd->attn_exposed + ffn_exp + tp_pass * tp_again;
    } else if (ub) {
      // A MoE block's token all-gather and reduce-scatter are the dispatcher's own collectives,
      // outside the userbuffers scheme: exposed in full (half of the layer's TP volume).
      const Seconds ffn_f_ub = is_moe ? tp_pass / 2.0 : ub->ffn_f;
      const Seconds ffn_b_ub = is_moe ? tp_pass / 2.0 : ub->ffn_b;
      tpf_exp = ub->attn_f + ffn_f_ub;
      tpb_exp = ub->attn_b + ffn_b_ub + tp_again * (ub->attn_f + ffn_f_ub);
    } else if (ovl) {
      tpf_exp = detail::exposed(tp_pass, gemm_f, contention);
      tpb_exp = detail::exposed(tpb, gemm_b + tp_again_f, contention);
    }
    // Whatever re-runs the attention core re-runs its context-parallel K/V exchange: Megatron's
    // selective recomputation checkpoints the whole core attention module, which carries the CP
    // group (megatron/core/transformer/attention.py @d98e8a6, _checkpointed_attention_forward
    // calls _run_core_attention), and JAX's recomputation stages the core with its collectives.
    const bool core_again =
        full || selective || mlp_rc || (saved_mode && keeps[is_moe ? 1 : 0].core);
    const Seconds cpf_exp = cp_f_exp;
    const Seconds cpb_exp = cp_b_exp + (core_again ? cp_f_exp : Seconds());
    Seconds epf, epb, epf_exp, epb_exp;
    if (is_moe && pc.ep > 1) {
      epf = a2a_pass;
      // `alternate_matmuls` re-runs the experts: their dispatch again, as `mlp`.
      const bool redispatch = mlp_rc || alternating || (saved_mode && keeps[1].dispatch);
      epb = a2a_pass * (full || but_attn ? 2.0 : redispatch ? 1.5 : 1.0);
      epf_exp = o.schedule.ep_comm_overlap ? detail::exposed(epf, cf + mf, contention) : epf;
      epb_exp = o.schedule.ep_comm_overlap ? detail::exposed(epb, cb + mbw, contention) : epb;
    }
    // Kernel boundaries (docs/solvers.md). Forward: the layer's GEMMs, the attention core (one
    // fused kernel per context-parallel chunk; materialized: two batched GEMMs and a softmax), the
    // elementwise kernels (four fused; eager: elementwise_kernels), MoE's top-k, permute and
    // unpermute, and the collectives that run on the compute stream (TP and EP without their
    // overlap options). Backward: data- and weight-gradient GEMMs for each forward GEMM, three
    // kernels per fused attention chunk (FlashAttention's preprocess, main and dQ conversion;
    // materialized: four GEMMs and the softmax's), the elementwise, MoE and collective kernels
    // again, and whatever the recomputation re-runs.
    const double ffn_up = split_up ? 2.0 : 1.0;  // up-projection GEMMs of each FFN block
    const double ffn_gemms =
        is_moe ? 1.0 + (ffn_up + 1.0) * (shared > 0 ? 2.0 : 1.0) : ffn_up + 1.0;
    const double gemms = attn_gemms + ffn_gemms;
    const bool fused = o.attention == AttentionKernel::fused;
    const double core_kf = (fused ? 1.0 : 3.0 + (drop_probs ? 1.0 : 0.0)) * cpd;
    const double core_kb = (fused ? 3.0 : 5.0 + (drop_probs ? 1.0 : 0.0)) * cpd;
    const double moe_k = is_moe ? 3.0 : 0.0;
    const double coll = (pc.tp > 1 && !ovl ? 2.0 : 0.0) +
                        (is_moe && pc.ep > 1 && !o.schedule.ep_comm_overlap ? 2.0 : 0.0);
    // Current scaling's amax and scale kernels: two per cast, one cast per GEMM input forward
    // (the attention core's own inputs are not cast) and one per output gradient backward.
    const double amax_k = amax_pass ? 2.0 * (gemms - (is_moe ? 1.0 : 0.0)) : 0.0;
    const double ew_f = ew_kernels.forward + drop_res_kernels;
    const double n_f = gemms + core_kf + ew_f + moe_k + coll + amax_k;
    double n_b = 2.0 * gemms + core_kb + ew_kernels.backward + drop_res_kernels + acc.kernels +
                 moe_k + coll + amax_k;
    if (full) {
      n_b += n_f;
    } else if (selective) {
      n_b += core_kf;
    } else if (mlp_rc) {
      n_b += core_kf + ffn_gemms + ew_kernels.activation + moe_k;  // + the activation
    } else if (but_attn) {
      n_b += n_f - core_kf;
    } else if (alternating) {
      // + the elementwise and MoE kernels
      n_b += alt[is_moe ? 1 : 0].kernels + ew_f + moe_k;
    } else if (saved_mode) {
      const Saved& sv = keeps[is_moe ? 1 : 0];
      n_b += sv.kernels + (sv.core ? core_kf : 0.0) + ew_f + (sv.dispatch ? moe_k : 0.0);
    }
    k.boundary_f = boundary * n_f;
    k.boundary_b = boundary * n_b;
    k.compute_f = cf;
    k.compute_b = cb;
    k.memory_f = mf;
    k.memory_b = mbw;
    k.tp = tpf + tpb;
    k.tp_exp = tpf_exp + tpb_exp;
    k.cp = cp_f + cp_b + (core_again ? cp_f : Seconds());
    k.cp_exp = cpf_exp + cpb_exp;
    k.ep = epf + epb;
    k.ep_exp = epf_exp + epb_exp;
    // Host-kept tensors: copied out during the forward pass and back during the backward pass by
    // the copy engines, beside the layer's compute (no SMs taken); what the compute does not
    // cover is exposed.
    Seconds off_f_exp, off_b_exp;
    if (saved_mode) {
      const Saved& sv = keeps[is_moe ? 1 : 0];
      const double host = sv.host_rep / (sp ? tp : 1.0) + sv.host_split / tp;
      if (host > 0) {
        const Seconds copy = detail::byte_count(b * s_loc * host * (ab / 2.0)) / act_link;
        const detail::Overlap dma{};
        off_f_exp = detail::exposed(copy, cf + mf, dma);
        off_b_exp = detail::exposed(copy, cb + mbw, dma);
        k.off = copy * 2.0;
        k.off_exp = off_f_exp + off_b_exp;
      }
    }
    k.t.forward = cf + mf + k.boundary_f + tpf_exp + cpf_exp + epf_exp + off_f_exp;
    k.t.backward = cb + mbw + k.boundary_b + tpb_exp + cpb_exp + epb_exp + off_b_exp;
    k.params = attn_params + (is_moe ? moe_dense_params : mlp_params);
    k.expert_params = is_moe ? expert_params_layer : 0.0;
    return k;
  };
  Kind kinds[2] = {layer(false), layer(true)};

  // ---- data parallelism / ZeRO -------------------------------------------------------------
  const int zero = pc.zero_stage;
  const double dense_div = static_cast<double>(dpcp);
  const double expert_div = static_cast<double>(dpcp / pc.ep);
  auto gather = [&](double params, const Group& g, double bytes) {
    return net.gather(detail::byte_count(params * bytes), g);
  };
  // Gradient reduction cost per parameter and per bucket on the dense group; expert gradients
  // are weighted by their (smaller) group's cost per parameter.
  // Megatron-Core DDP's default bucket: max(40M, 1M x the data-parallel size with CP).
  const double bucket = o.schedule.bucket_parameters > 0
                            ? static_cast<double>(o.schedule.bucket_parameters)
                            : std::max(40e6, 1e6 * static_cast<double>(dpcp));
  auto grad_cost = [&](double params, const Group& g) {
    const Bits bytes = detail::byte_count(params * gb);
    return zero == 0 ? net.all_reduce(bytes, g) : net.gather(bytes, g);
  };
  const Seconds lat_dense = grad_cost(0, dense_dp);
  const Seconds per_param_dense = (grad_cost(bucket, dense_dp) - lat_dense) / bucket;
  const Seconds per_param_expert =
      (grad_cost(bucket, expert_dp) - grad_cost(0, expert_dp)) / bucket;
  const double expert_weight =
      per_param_dense > Seconds() ? (per_param_expert / per_param_dense).value() : 0.0;
  // Parameter offload: the layer's shard crosses the host link before its all-gather (weights
  // up) and after its reduce-scatter (gradients down), one way each, in the same prefetch slot.
  const BitRate host_link =
      offload_state ? hw.host_link->one_way_bandwidth().as<typed::bits_per_second>() : BitRate();
  auto host_copy = [&](const Kind& k, double bytes) {
    return o.offload_parameters
               ? detail::byte_count((k.params / dense_div + k.expert_params / expert_div) * bytes) /
                     host_link
               : Seconds();
  };
  for (auto& k : kinds) {
    if (zero == 3) {
      k.t.param_gather = gather(k.params, dense_dp, wb) + gather(k.expert_params, expert_dp, wb) +
                         host_copy(k, wb);
      k.t.grad_reduce = gather(k.params, dense_dp, gb) + gather(k.expert_params, expert_dp, gb) +
                        host_copy(k, gb);
      // Weights gathered (none on a group that holds whole weights), and one read and one write
      // of them, or of their gradients, in the weights' dtype.
      const double gathered =
          (dense_div > 1 ? k.params : 0.0) + (expert_div > 1 ? k.expert_params : 0.0);
      const Seconds copy_layer = detail::byte_count(gathered * 2.0 * wb) / hbm;
      // FSDP2's copies on the compute stream (docs/solvers.md, "FSDP2 copy-out"): each gather is
      // copied out of its flat buffer forward and backward (a read and a write of the weights),
      // and each backward copies the layer's unsharded gradients, in the weights' dtype, into
      // the reduce-scatter's input at the reduction dtype (a read and a write).
      if (o.schedule.fsdp_copy_out) {
        const Seconds copy_in = detail::byte_count(gathered * (wb + gb)) / hbm;
        k.t.forward += copy_layer;
        k.t.backward += copy_layer + copy_in;
        k.memory_f += copy_layer;
        k.memory_b += copy_layer + copy_in;
      }
      // FSDP1's split backward (docs/solvers.md, "FSDP1 flat gradient"): the layer's gradients,
      // in the weights' dtype, concatenated into the flat parameter's gradient (a read and a
      // write); its cast to the reduction dtype runs on the post-backward stream.
      if (o.schedule.fsdp_flat_gradient) {
        k.t.backward += copy_layer;
        k.memory_b += copy_layer;
      }
    }
    k.t.grad_params = k.params + k.expert_params * expert_weight;
  }
  detail::StageLayers stage;
  stage.kind[0] = kinds[0].t;
  stage.kind[1] = kinds[1].t;
  stage.count[0] = stage_layers - moe_in_stage;
  stage.count[1] = moe_in_stage;
  const double embed_params = V * h / tp;  // first stage (and last when untied and pp == 1)
  const double stage_params_dense =
      static_cast<double>(stage.count[0]) * kinds[0].params +
      static_cast<double>(stage.count[1]) * kinds[1].params +
      embed_params * (pc.pp == 1 && !m.tied_embeddings.value_or(false) ? 2.0 : 1.0);
  const double stage_params_expert = static_cast<double>(stage.count[1]) * expert_params_layer;

  detail::Buckets buckets;
  buckets.overlapped = o.schedule.overlap_grad_reduce;
  buckets.bucket_params = bucket;
  buckets.extra_params = embed_params;
  buckets.per_param = dpcp > 1 ? per_param_dense : Seconds();
  buckets.per_bucket = dpcp > 1 ? lat_dense : Seconds();
  const detail::Overlap ovl{zero == 3 && (dpcp > 1 || o.offload_parameters),
                            o.schedule.prefetch_depth, slowdown, stall};
  const auto fwd = detail::forward_pass(stage, ovl);
  detail::Buckets every = buckets;
  every.enabled = zero == 2 && dpcp > 1;  // ZeRO-2 holds no full gradient: reduce each micro-batch
  const auto bwd = detail::backward_pass(stage, ovl, every);
  detail::Buckets last = buckets;
  last.enabled = zero <= 1 && dpcp > 1;  // ZeRO-0/1: once, during the last backward pass
  const auto bwd_last = detail::backward_pass(stage, ovl, last);

  // Logits on the last stage (its fewer layers plus the vocabulary projection). FP8/FP6/FP4
  // recipes keep the vocabulary projection at 16 bits, as they keep attention: Megatron-Core's
  // output layer is its own ColumnParallelLinear, outside Transformer Engine's low-precision
  // layers (docs/solvers.md).
  const Gemm logits_gemm{hw, sixteen, o.gemm};
  const Seconds logits_f = V > 0 ? logits_gemm.fwd(T, V / tp, h) : Seconds();
  const Seconds logits_b = V > 0 ? logits_gemm.bwd(T, V / tp, h) : Seconds();
  const double share_last =
      stage_layers > 0 ? static_cast<double>(last_layers) / static_cast<double>(stage_layers) : 0;
  // The cross-entropy loss over the rank's logits: streaming traffic and its kernels
  // (docs/solvers.md, "Loss").
  const double logit_elements = V > 0 ? T * V / tp : 0.0;
  const LossBytes lossb = loss_bytes(o.loss, detail::bytes_of(sixteen), ab);
  const Seconds loss_mem_f = detail::byte_count(logit_elements * lossb.forward) / hbm;
  const Seconds loss_mem_b = detail::byte_count(logit_elements * lossb.backward) / hbm;
  const Seconds loss_kernels_f = V > 0 ? boundary * lossb.kernels_f : Seconds();
  const Seconds loss_kernels_b = V > 0 ? boundary * lossb.kernels_b : Seconds();
  const Seconds head_f = logits_f + loss_mem_f + loss_kernels_f;
  const Seconds head_b = logits_b + loss_mem_b + loss_kernels_b;
  const Seconds t_f = std::max(fwd.end, fwd.end * share_last + head_f);
  const Seconds t_b = std::max(bwd.end, bwd.end * share_last + head_b);
  // What the head adds beyond the layers, split over GEMM, traffic and kernel boundaries in
  // proportion to their shares of it.
  const Seconds head_extra = t_f - fwd.end + t_b - bwd.end;
  const Seconds head_total = head_f + head_b;
  auto head_share = [&](Seconds part) {
    return head_total > Seconds() ? head_extra * (part / head_total).value() : Seconds();
  };
  const Seconds logits_extra = head_share(logits_f + logits_b);
  const Seconds loss_mem_extra = head_share(loss_mem_f + loss_mem_b);
  const Seconds loss_kernel_extra = head_share(loss_kernels_f + loss_kernels_b);

  // ---- pipeline schedule ---------------------------------------------------------------------
  const Bits p2p_bytes =
      detail::byte_count(b * s_loc * h * ab / tp);  // scatter/gather optimization
  const Seconds p2p = pc.pp > 1 ? net.send(p2p_bytes, pp_crosses) : Seconds();
  const Seconds per_micro = t_f + t_b + 2.0 * v * p2p;
  const Seconds bubble = (pp - 1.0) / v * per_micro;
  const Seconds pipelined = mb * per_micro;
  // Pure compute of one pass (what the stage would take with every collective hidden).
  const Seconds comp_f = static_cast<double>(stage.count[0]) * kinds[0].t.forward +
                         static_cast<double>(stage.count[1]) * kinds[1].t.forward;
  const Seconds comp_b = static_cast<double>(stage.count[0]) * kinds[0].t.backward +
                         static_cast<double>(stage.count[1]) * kinds[1].t.backward;
  // The gradient reduction left after the last backward pass (ZeRO-0/1).
  const Seconds dp_tail = zero <= 1 ? pos(bwd_last.end - comp_b) : Seconds();
  // ZeRO-1/2: updated weights all-gathered, overlapped with the next step's first forward.
  Seconds param_gather;
  if (zero >= 1 && zero <= 2 && dpcp > 1) {
    param_gather =
        gather(stage_params_dense, dense_dp, wb) + gather(stage_params_expert, expert_dp, wb);
  }
  const Seconds param_gather_exp = o.schedule.overlap_param_gather
                                       ? detail::exposed(param_gather, t_f, beside_gemms)
                                       : param_gather;

  // Optimizer step: read and write state, gradients and weights of this rank's shard; or, when
  // offloaded, gradients down and weights up over the host link plus the host-memory update
  // (with offloaded parameters both already live on the host: the update only).
  const double shard_dense = zero >= 1 ? stage_params_dense / dense_div : stage_params_dense;
  const double shard_expert = zero >= 1 ? stage_params_expert / expert_div : stage_params_expert;
  const double shard = shard_dense + shard_expert;
  Seconds optimizer;
  if (offload_state) {
    const BitRate host_mem = o.host_memory_bandwidth.as<typed::bits_per_second>();
    optimizer = detail::byte_count(shard * (opt_per_param + gb + wb) * 2.0) / host_mem;
    if (!o.offload_parameters) optimizer += detail::byte_count(shard * (gb + wb)) / host_link;
  } else {
    optimizer = detail::byte_count(shard * (opt_per_param + gb + wb) * 2.0) / hbm;
  }
  // Low-precision GEMMs: the weights this rank computes with are cast (and transposed) once per
  // step, not per micro-batch (Transformer Engine's `is_first_microbatch` caching).
  const Seconds weight_cast = cast_bytes > 0
                                  ? detail::byte_count((stage_params_dense + stage_params_expert) *
                                                       (input_reads * wb + 2.0 * gemm_bytes)) /
                                        hbm
                                  : Seconds();
  const Seconds step = pipelined + bubble + dp_tail + param_gather_exp + optimizer + weight_cast;

  // ---- totals over the step (slowest stage) -------------------------------------------------
  auto total = [&](Seconds Kind::*field) {
    return (static_cast<double>(stage.count[0]) * (kinds[0].*field) +
            static_cast<double>(stage.count[1]) * (kinds[1].*field)) *
           mb;
  };
  const Seconds compute_t = total(&Kind::compute_f) + total(&Kind::compute_b) + logits_extra * mb;
  const Seconds memory_t =
      total(&Kind::memory_f) + total(&Kind::memory_b) + loss_mem_extra * mb + weight_cast;
  const Seconds boundary_t =
      total(&Kind::boundary_f) + total(&Kind::boundary_b) + loss_kernel_extra * mb;
  const Seconds dp_total = (zero == 3 ? (fwd.comm + bwd.comm) * mb : Seconds()) +
                           (zero == 2 ? bwd.comm * mb : Seconds()) +
                           (zero <= 1 ? bwd_last.comm : Seconds()) + param_gather;
  const Seconds dp_exposed =
      (pos(fwd.end - comp_f) + pos(bwd.end - comp_b)) * mb + dp_tail + param_gather_exp;
  const auto sec = [&](Seconds x) { return detail::out(x, u.s); };

  // FLOPs: model (PaLM), hardware (+ recomputation), Megatron eq. 3 (always 4 forward passes of
  // the layers, 3 of the logits).
  const double tokens_step = static_cast<double>(o.global_batch) * s;
  const Flops model_flops = typed::flop(training_flops_per_token(m, o.seq_len) * tokens_step);
  const Flops attn_fwd = typed::flop(4.0 * layer_keys(m, s) * attention_width(m) * tokens_step);
  Flops hardware = model_flops;
  if (full) hardware += model_flops / 3.0;
  if (selective) hardware += attn_fwd;
  if (mlp_rc) {
    // Attention core and the feed-forward GEMMs of every layer, forward once more (2 FLOPs per
    // multiply-add per active feed-forward weight per token).
    const double dense_layers = static_cast<double>(L - moe_total);
    const double ffn_active =
        dense_layers * mats * h * f +
        static_cast<double>(moe_total) * ((k_route + shared) * mats * h * fe + h * E);
    hardware += attn_fwd + typed::flop(2.0 * ffn_active * tokens_step);
  }
  // Everything but the attention core and the logits: the layers' forward GEMMs once more.
  if (but_attn) hardware += model_flops / 3.0 - attn_fwd - typed::flop(2.0 * V * h * tokens_step);
  if (saved_mode) {
    hardware += typed::flop(2.0 * tokens_step *
                            (static_cast<double>(L - moe_total) * keeps[0].macs +
                             static_cast<double>(moe_total) * keeps[1].macs));
    if (keeps[0].core) hardware += attn_fwd;
  }
  if (alternating) {
    hardware += typed::flop(2.0 * tokens_step *
                            (static_cast<double>(L - moe_total) * alt[0].macs +
                             static_cast<double>(moe_total) * alt[1].macs));
  }
  const double head = V * h;
  const double layer_matmul = std::max(0.0, matmul_parameters(m) - head);
  const Flops megatron = typed::flop(
      (4.0 * (2.0 * layer_matmul + 4.0 * layer_keys(m, s) * attention_width(m)) + 6.0 * head) *
      tokens_step);
  const double nd = static_cast<double>(n);

  TrainingResult r;
  r.attention = attention;
  r.microbatches = micro;
  r.step_time = sec(step);
  r.compute_time = sec(compute_t);
  r.memory_bound_time = sec(memory_t);
  r.kernel_boundary_time = sec(boundary_t);
  r.tp_comm_time = sec(total(&Kind::tp));
  r.tp_exposed_time = sec(total(&Kind::tp_exp));
  r.cp_comm_time = sec(total(&Kind::cp));
  r.cp_exposed_time = sec(total(&Kind::cp_exp));
  r.ep_comm_time = sec(total(&Kind::ep));
  r.ep_exposed_time = sec(total(&Kind::ep_exp));
  r.pp_comm_time = sec(2.0 * v * p2p * mb);
  r.dp_comm_time = sec(dp_total);
  r.dp_exposed_time = sec(dp_exposed);
  r.bubble_time = sec(bubble);
  r.optimizer_time = sec(optimizer);
  r.activation_offload_time = sec(total(&Kind::off));
  r.activation_offload_exposed_time = sec(total(&Kind::off_exp));
  r.forward_time = sec(t_f);
  r.backward_time = sec(t_b);
  r.bubble_fraction = (bubble / (pipelined + bubble)).value();
  r.model_flops = detail::out(model_flops, u.flop);
  r.hardware_flops = detail::out(hardware, u.flop);
  const FlopRate peak_rate = peak.as<typed::flops_per_second>();
  const FlopRate per_gpu_rate = model_flops / step / nd;
  r.achieved_flops_per_gpu = Quantity(per_gpu_rate).to(u.tflop_s);
  r.megatron_flops_per_gpu = Quantity(FlopRate(megatron / step / nd)).to(u.tflop_s);
  r.mfu = (per_gpu_rate / peak_rate).value();
  r.gemm_ceiling = gemm.ctx.measured > 0 ? GemmCeiling::measured : GemmCeiling::default_fraction;
  r.persistent_gemm_stall = stall;
  r.tp_overlap = pc.tp == 1                   ? TpOverlap::none
                 : ub                         ? TpOverlap::userbuffers
                 : o.schedule.tp_comm_overlap ? TpOverlap::contention
                 : async_bwd                  ? TpOverlap::async_backward
                                              : TpOverlap::none;
  r.hfu = (hardware / step / nd / peak_rate).value();
  const typed::Frequency token_rate = tokens_step / step;
  r.tokens_per_second = Quantity(token_rate.value(), u.tokens_per_s);
  if (o.token_budget > 0) {
    const Seconds ttt = o.token_budget / token_rate;
    r.time_to_train = detail::out(ttt, u.day);
    r.gpu_hours = detail::out(ttt * nd, u.h);
  }

  // ---- memory per GPU -----------------------------------------------------------------------
  // Saved activations per token of one layer, in bytes at 16 bits (masks 1 byte), then scaled by
  // the activation precision. "rep" terms are split by tp only with sequence parallelism.
  const double drop = o.dropout ? 1.0 : 0.0;
  const double h_q = mla ? a * d_qk : a * hd;
  const double h_kv = mla ? a * (d_qk + d_v) / 2.0 : kvh * hd;
  // `whole`: everything the layer saves when its forward runs under autograd, as without
  // recomputation (what a recomputed layer holds while its backward runs).
  // A GEMM below the activations' width keeps its input for the weight gradient at the GEMM's
  // width with its block scales (TrainingOptions::quantized_saved_inputs; Transformer Engine's
  // `update_usage(rowwise_usage=False, columnwise_usage=True)` on the saved input): FP8 one byte,
  // with a 4-byte scale per 128 (1x128 blocks) or a 1-byte one per 32 (MXFP8) under block
  // scaling, NVFP4 half a byte with a 1-byte E4M3 scale per 16. In the units of `act_token`
  // (bytes at 16 bits, scaled by ab / 2 below); 0 when the inputs are kept at 16 bits.
  const double q_bytes = gemm_bytes + (fp4                            ? 1.0 / 16.0
                                       : scaling == Fp8Scaling::block ? 1.0 / 32.0
                                                                      : 0.0);
  const double q_save = lowp && o.quantized_saved_inputs ? q_bytes * 2.0 / ab : 0.0;
  const double qkv_readers = mla ? 2.0 : o.separate_qkv ? 3.0 : 1.0;
  const double up_readers = split_up ? 2.0 : 1.0;
  auto act_token = [&](bool is_moe, bool whole) {
    if (full && !whole) return 2.0 * h / (sp ? tp : 1.0);
    if (saved_mode && !whole) {
      const Saved& sv = keeps[is_moe ? 1 : 0];
      return sv.rep / (sp ? tp : 1.0) + sv.split / tp;
    }
    if (alternating && !whole) {
      // The layer input, the kept matmul outputs, the attention output with its fp32 log-sum-exp
      // per head, and with sequence parallelism the two reduce-scatter outputs.
      const Alternate& k = alt[is_moe ? 1 : 0];
      const double scattered = sp ? 4.0 * h : 0.0;
      return (2.0 * h + scattered) / (sp ? tp : 1.0) + (k.kept + 2.0 * a * d_v + 4.0 * a) / tp +
             k.whole;
    }
    if (but_attn && !whole) {
      // The layer input and the context (the attention output, with the fused kernel's fp32
      // log-sum-exp per head, or the materialized scores), nothing else.
      double kept = 2.0 * h_q;
      kept +=
          o.attention == AttentionKernel::materialized ? (o.dropout ? 5.0 : 2.0) * a * s : 4.0 * a;
      return 2.0 * h / (sp ? tp : 1.0) + kept / tp;
    }
    double rep = 4.0 * h + 2.0 * h + 2.0 * h + 2.0 * drop * h;  // norms, GEMM inputs, masks
    double split = 2.0 * h_q + 4.0 * h_kv + 2.0 * h_q;          // Q, K, V, projection input
    const bool core_saved = whole || (!selective && !mlp_rc);
    const bool ffn_saved = whole || !mlp_rc;  // `mlp` keeps only the block's input (in `rep`)
    if (o.attention == AttentionKernel::materialized) {
      if (core_saved) split += (o.dropout ? 5.0 : 2.0) * a * s;  // scores: O(s) per token
    } else if (core_saved) {
      split += 4.0 * a;  // fused: fp32 log-sum-exp per head, O(1) per token
    }
    double ffn = gated ? 6.0 * f : 4.0 * f;
    if (is_moe) ffn = (k_route + shared) * (gated ? 6.0 : 4.0) * fe + 2.0 * h * k_route;
    if (q_save > 0) {
      // Quantized saved inputs (q_save per element, in this lambda's 16-bit units): the QKV and
      // dense FC1 inputs (the norms' outputs) and every FC2 input are kept quantized instead of
      // at 16 bits, one copy per GEMM that reads them (a 16-bit input is one tensor however
      // many GEMMs save it: Q, K and V as three GEMMs keep three copies, MLA's query and KV
      // down-projections two, gate and up as two GEMMs two); the routed experts' permuted
      // tokens too, while the router keeps the MoE block's input at 16 bits and a shared expert
      // adds its quantized copies. The output projection adds its quantized copy beside the
      // attention output the fused kernel keeps for its own backward, or replaces it when the
      // attention core is recomputed.
      const double dq = 2.0 - q_save;
      rep += (qkv_readers * q_save - 2.0) * h;
      if (!is_moe && ffn_saved) rep += (up_readers * q_save - 2.0) * h;
      split += core_saved ? q_save * h_q : -dq * h_q;
      ffn -= is_moe ? dq * (k_route + shared) * fe + (2.0 - up_readers * q_save) * h * k_route -
                          up_readers * q_save * h * shared
                    : dq * f;
    }
    if (ffn_saved) split += ffn;
    return rep / (sp ? tp : 1.0) + split / tp;
  };
  const double act_layer_tokens = b * s_loc * (ab / 2.0);
  const double act_stage =
      act_layer_tokens * (static_cast<double>(stage.count[0]) * act_token(false, false) +
                          static_cast<double>(stage.count[1]) * act_token(true, false));
  // Full and saved-tensor recomputation: the layer whose backward runs has been recomputed and
  // holds all it saves, beside the checkpoints (Chen et al. 2016, "Training Deep Nets with
  // Sublinear Memory Cost", section 3: the peak is the checkpoints plus the largest recomputed
  // segment), the larger of the stage's dense and MoE layers.
  const double recomputed =
      full || saved_mode
          ? act_layer_tokens * std::max(stage.count[0] > 0 ? act_token(false, true) : 0.0,
                                        stage.count[1] > 0 ? act_token(true, true) : 0.0)
          : 0.0;
  // 1F1B: the first stage holds min(p, m) micro-batches; interleaving adds (p-1)/(p v) of one
  // (Korthikanti et al. 2022, section 4.2.3).
  const double in_flight =
      std::min(pp, mb) * (pc.interleave > 1 ? 1.0 + (pp - 1.0) / (pp * v) : 1.0);
  double act = act_stage * in_flight;
  // What the loss holds on the last stage at its peak, per logit element (LossBytes::held). Its
  // backward ends before the first recomputation starts, so the last stage's peak adds the larger
  // of the two to its checkpoints.
  const double logits_mem = V > 0 ? b * s_loc * V / tp * lossb.held : 0.0;
  const double act_last = act_stage * share_last + std::max(logits_mem, recomputed);
  act = pc.pp == 1 ? act + std::max(logits_mem, recomputed) : std::max(act + recomputed, act_last);
  const double dense_w_div = zero == 3 ? dense_div : 1.0;
  const double expert_w_div = zero == 3 ? expert_div : 1.0;
  // Offloaded parameters: the rank's shard (and its gradients) stay in host memory; only the
  // layers being computed and prefetched are on the device.
  double weights_mem =
      o.offload_parameters
          ? 0.0
          : (stage_params_dense / dense_w_div + stage_params_expert / expert_w_div) * wb;
  if (zero == 3 && (dpcp > 1 || o.offload_parameters)) {
    // Gathered layers resident: the one computing plus the prefetched ones.
    const double biggest =
        std::max(kinds[0].params + kinds[0].expert_params,
                 moe_in_stage > 0 ? kinds[1].params + kinds[1].expert_params : 0.0);
    weights_mem += static_cast<double>(1 + ovl.depth) * biggest * wb;
  }
  const double grad_div_d = zero >= 2 ? dense_div : 1.0;
  const double grad_div_e = zero >= 2 ? expert_div : 1.0;
  const double grads_mem =
      o.offload_parameters
          ? 0.0
          : (stage_params_dense / grad_div_d + stage_params_expert / grad_div_e) * gb;
  const double opt_state = shard * opt_per_param;
  const double opt_mem = offload_state ? 0.0 : opt_state;
  const double step_copy = offload_state ? 0.0 : shard * step_copy_bytes;
  const double total_mem = weights_mem + grads_mem + opt_mem + std::max(act, step_copy);
  r.memory.weights = Quantity(detail::byte_count(weights_mem)).to(u.gib);
  r.memory.gradients = Quantity(detail::byte_count(grads_mem)).to(u.gib);
  r.memory.optimizer = Quantity(detail::byte_count(opt_mem)).to(u.gib);
  r.memory.activations = Quantity(detail::byte_count(act)).to(u.gib);
  r.memory.step_gradient_copy = Quantity(detail::byte_count(step_copy)).to(u.gib);
  r.memory.total = Quantity(detail::byte_count(total_mem)).to(u.gib);
  r.memory.capacity = hw.usable_capacity().to(u.gib);
  if (offload_state) {
    const double host = opt_state + (o.offload_parameters ? shard * (wb + gb) : 0.0);
    r.memory.host = Quantity(detail::byte_count(host)).to(u.gib);
  }
  r.memory.fits = total_mem <= hw.usable_capacity().base_value() / 8.0;

  const Seconds comm = total(&Kind::tp_exp) + total(&Kind::cp_exp) + total(&Kind::ep_exp) +
                       2.0 * v * p2p * mb + dp_exposed;
  if (!r.memory.fits) {
    r.wall = Wall::capacity;
  } else if (const Seconds device = compute_t + boundary_t;
             device >= memory_t && device >= comm && device >= bubble) {
    r.wall = Wall::compute;
  } else if (memory_t >= comm && memory_t >= bubble) {
    r.wall = Wall::memory;
  } else {
    r.wall = comm >= bubble ? Wall::communication : Wall::pipeline;
  }
  return r;
}

}  // namespace mlsysim::solvers
