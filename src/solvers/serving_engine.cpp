// The iteration-level serving engine. Formulas and sources: docs/solvers.md ("Serving").
#include "serving_engine.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>

#include "checks.hpp"
#include "gemm_model.hpp"
#include "mlsysim/solvers/collectives.hpp"
#include "shape.hpp"

namespace mlsysim::solvers::detail {
namespace {

[[noreturn]] void shape_error(const Workload& m, const char* what) {
  throw InvalidArgumentError("workload", "'" + std::string(m.info.path) + "' " + what);
}

double d(std::int64_t v) { return static_cast<double>(v); }

}  // namespace

namespace {
/// GemmParams::validate() builds its field names as strings before checking; this allocation-free
/// check lets the serving hot path call it only when something is out of range (it then throws).
bool gemm_params_in_range(const GemmParams& g) {
  const auto fraction = [](double x) { return x > 0 && x <= 1; };
  for (double f : g.default_fraction) {
    if (!fraction(f)) return false;
  }
  if (!fraction(g.default_memory_fraction) || g.tile_count < 1 ||
      g.tile_count > static_cast<int>(g.tiles.size()))
    return false;
  for (int i = 0; i < g.tile_count; ++i) {
    const auto& t = g.tiles[static_cast<std::size_t>(i)];
    if (t.m <= 0 || t.n <= 0) return false;
  }
  return std::isfinite(g.tile_reuse_exponent) && g.tile_reuse_exponent >= 0 &&
         std::isfinite(g.k_half) && g.k_half >= 0 && std::isfinite(g.output_bytes) &&
         g.output_bytes >= 0 && g.stream_k_block >= 1;
}
}  // namespace

void validate(const ServingOptions& o) {
  o.efficiency.validate();
  if (!gemm_params_in_range(o.gemm)) o.gemm.validate();  // throws naming the field
  require_positive("batch", o.batch);
  require_positive("input_tokens", o.input_tokens);
  require_positive("output_tokens", o.output_tokens);
  require_positive("tp", o.tp);
  require_positive("pp", o.pp);
  require_positive("params.kv_block_tokens", o.params.kv_block_tokens);
  require_positive("params.max_batched_tokens", o.params.max_batched_tokens);
  require_positive("params.max_num_seqs", o.params.max_num_seqs);
  require_positive("params.front_end_workers", o.params.front_end_workers);
  if (!(o.params.runtime_reserve >= 0 && o.params.runtime_reserve < 1)) {
    throw InvalidArgumentError(
        "params.runtime_reserve",
        "must be in [0, 1), got " + std::to_string(o.params.runtime_reserve));
  }
  if (!(o.prefix_hit_rate >= 0 && o.prefix_hit_rate < 1)) {
    throw InvalidArgumentError("prefix_hit_rate",
                               "must be in [0, 1), got " + std::to_string(o.prefix_hit_rate));
  }
  if (!(o.moe.load_imbalance >= 1 && std::isfinite(o.moe.load_imbalance))) {
    throw InvalidArgumentError("moe.load_imbalance",
                               "must be >= 1, got " + std::to_string(o.moe.load_imbalance));
  }
  if (!(o.moe.expert_bandwidth_fraction > 0 && o.moe.expert_bandwidth_fraction <= 1)) {
    throw InvalidArgumentError(
        "moe.expert_bandwidth_fraction",
        "must be in (0, 1], got " + std::to_string(o.moe.expert_bandwidth_fraction));
  }
  const std::pair<const char*, const Quantity*> times[] = {
      {"params.eager_launch_gap", &o.params.eager_launch_gap},
      {"params.graph_launch_gap", &o.params.graph_launch_gap},
      {"params.eager_host_per_kernel", &o.params.eager_host_per_kernel},
      {"params.kernel_stall", &o.params.kernel_stall},
      {"params.link_latency", &o.params.link_latency},
      {"params.collective_base_latency", &o.params.collective_base_latency},
      {"params.host_time_per_iteration", &o.params.host_time_per_iteration},
      {"params.host_time_per_sequence", &o.params.host_time_per_sequence},
      {"params.front_end_latency", &o.params.front_end_latency},
      {"params.front_end_per_request", &o.params.front_end_per_request},
      {"params.front_end_per_prompt_token", &o.params.front_end_per_prompt_token}};
  for (const auto& [name, q] : times) {
    if (q->dimension() != dims::time || !(q->base_value() >= 0) ||
        !std::isfinite(q->base_value())) {
      throw InvalidArgumentError(name, "must be a non-negative time, got '" + q->str() + "'");
    }
  }
  if (o.speculation) {
    require_positive("speculation.draft_length", o.speculation->draft_length);
    if (o.speculation->draft_length > 64) {
      throw InvalidArgumentError(
          "speculation.draft_length",
          "must be at most 64, got " + std::to_string(o.speculation->draft_length));
    }
    if (!(o.speculation->acceptance > 0 && o.speculation->acceptance < 1)) {
      throw InvalidArgumentError(
          "speculation.acceptance",
          "must be in (0, 1), got " + std::to_string(o.speculation->acceptance));
    }
    if (!(o.speculation->self_draft_cost >= 0 && o.speculation->self_draft_cost < 1)) {
      throw InvalidArgumentError(
          "speculation.self_draft_cost",
          "must be in [0, 1), got " + std::to_string(o.speculation->self_draft_cost));
    }
  }
  // Token counts stay far inside 64 bits (and exact in a double): a request of at most 2^31
  // tokens, a batch of at most 2^24 requests.
  constexpr std::int64_t kMaxTokens = std::int64_t{1} << 31;
  constexpr std::int64_t kMaxBatch = std::int64_t{1} << 24;
  if (o.input_tokens > kMaxTokens || o.output_tokens > kMaxTokens ||
      o.input_tokens + o.output_tokens > kMaxTokens) {
    throw InvalidArgumentError("input_tokens", "a request of " + std::to_string(o.input_tokens) +
                                                   " + " + std::to_string(o.output_tokens) +
                                                   " tokens exceeds 2^31 tokens");
  }
  if (o.batch > kMaxBatch) {
    throw InvalidArgumentError("batch",
                               "must be at most 2^24 requests, got " + std::to_string(o.batch));
  }
  if (o.tp > 4096) {
    throw InvalidArgumentError("tp", "must be at most 4096, got " + std::to_string(o.tp));
  }
  if (o.pp > 1024) {
    throw InvalidArgumentError("pp", "must be at most 1024, got " + std::to_string(o.pp));
  }
}

double tokens_per_step(const Speculation& s) {
  const double a = s.acceptance;
  return (1.0 - std::pow(a, d(s.draft_length) + 1.0)) / (1.0 - a);
}

Engine::Engine(const Workload& m, const HardwareNode& device, const ServingOptions& o)
    : model(m), hw(device), opt(o) {
  validate(o);
  if (m.flops_basis != FlopsBasis::per_token) {
    shape_error(m, "is not an autoregressive (per-token) model");
  }
  if (!m.layers || !m.hidden_dim || !m.heads || *m.layers <= 0 || *m.hidden_dim <= 0 ||
      *m.heads <= 0) {
    shape_error(m, "needs layers, hidden_dim and heads for the serving engine");
  }
  const bool attn_dp = o.moe.attention_data_parallel && o.tp > 1;
  if (!attn_dp && *m.heads % o.tp != 0) {
    throw InvalidArgumentError("tp", "tp " + std::to_string(o.tp) + " does not divide " +
                                         std::to_string(*m.heads) + " attention heads");
  }
  if (m.max_context && o.input_tokens + o.output_tokens > *m.max_context) {
    throw InvalidArgumentError("input_tokens", "a request of " + std::to_string(o.input_tokens) +
                                                   " + " + std::to_string(o.output_tokens) +
                                                   " tokens exceeds the context of '" +
                                                   std::string(m.info.path) + "' (" +
                                                   std::to_string(*m.max_context) + ")");
  }
  ceiling_ = gemm_ceiling(hw, o.precision.compute, o.gemm);
  // Attention multiplies queries by the cached keys and values, so its math runs at the KV
  // cache's precision: a 16-bit cache is read by 16-bit kernels (FlashAttention takes fp16 / bf16
  // only) even when the GEMMs run in FP8, and with an FP8 cache the query is quantized too and
  // the attention runs in FP8 (vLLM, "Quantized KV Cache": FlashAttention 3 with an FP8 KV cache).
  // A narrower or integer cache (FP4, INT8, INT4), or one the device has no rate for, is
  // dequantized to the activations' precision (lacking that too, the GEMMs' compute precision,
  // which the ceiling above checked).
  const Precision kv = o.precision.kv_cache;
  const bool attn_format = kv == Precision::fp32 || kv == Precision::bf16 ||
                           kv == Precision::fp16 || kv == Precision::fp8;
  attn_precision_ = attn_format && hw.peak(kv)         ? kv
                    : hw.peak(o.precision.activations) ? o.precision.activations
                                                       : o.precision.compute;
  attn_ceiling_ = gemm_ceiling(hw, attn_precision_, o.gemm);
  if (const auto& fa = hw.compute.measured_attention[static_cast<std::size_t>(attn_precision_)]) {
    attn_measured_ = in<typed::flops_per_second>(*fa);  // scaled to the head dimension below
  }
  bw_ = streaming_bandwidth(hw, o.gemm.default_memory_fraction);
  cb_ = byte_count(bytes_of(o.precision.compute));
  tp_ = d(o.tp);
  pp_ = d(o.pp);
  if (o.pp > *m.layers) {
    throw InvalidArgumentError("pp", "pp " + std::to_string(o.pp) + " exceeds the " +
                                         std::to_string(*m.layers) + " layers");
  }
  ab_ = byte_count(bytes_of(o.precision.activations));
  wb_ = byte_count(bytes_of(o.precision.weights));
  ep_ = (o.moe.expert_parallel || attn_dp) && m.architecture == Architecture::moe && m.experts;
  ts_ = attn_dp ? 1.0 : d(o.tp);
  dpd_ = attn_dp ? d(o.tp) : 1.0;
  if (o.tp > 1 || o.pp > 1) {
    const Link* link = replica_link(hw);
    if (link == nullptr) {
      throw InvalidArgumentError("tp", "'" + std::string(hw.info.path) +
                                           "' has no device or host link for tensor parallelism");
    }
    // On a full mesh the tensor-parallel group reaches only the links between its tp members and
    // a pipeline send one link (Link::mesh_share; docs/solvers.md).
    const BitRate one_way =
        in<typed::bits_per_second>(link->one_way_bandwidth()) * o.efficiency.intra_node_link;
    link_bw_ = one_way * link->mesh_share(o.tp);
    p2p_bw_ = one_way * link->mesh_share(2);
    link_alpha_ = in<typed::seconds>(link->latency ? *link->latency : o.params.link_latency);
    // A link whose runtime has a measured small-message floor (`collective_latency`, e.g.
    // Neuron's) gives its own base; validate() checked that the options are times.
    collective_base_ = in<typed::seconds>(
        link->collective_latency ? *link->collective_latency : o.params.collective_base_latency);
  } else {
    collective_base_ = in<typed::seconds>(o.params.collective_base_latency);
  }
  eager_gap_ = in<typed::seconds>(o.params.eager_launch_gap);
  // Without CUDA graphs every iteration launches its kernels one by one.
  graph_gap_ = in<typed::seconds>(o.params.cuda_graphs ? o.params.graph_launch_gap
                                                       : o.params.eager_launch_gap);
  eager_host_ = in<typed::seconds>(o.params.eager_host_per_kernel);
  eager_decode_ = !o.params.cuda_graphs;
  eager_prefill_ = !o.params.cuda_graphs || o.params.eager_prefill;
  stall_ = in<typed::seconds>(o.params.kernel_stall);
  host_iteration_ = in<typed::seconds>(o.params.host_time_per_iteration);
  host_sequence_ = in<typed::seconds>(o.params.host_time_per_sequence);

  const double L = d(*m.layers);
  const double h = d(*m.hidden_dim);
  const double H = d(*m.heads);
  layers_ = L;
  hidden_ = h;
  heads_dev_ = H / ts_;
  const bool mla = m.kv_lora_rank && m.qk_rope_head_dim && m.qk_nope_head_dim && m.v_head_dim;
  const auto add = [&](double n, double k, double layers) {
    if (n > 0 && k > 0 && layers > 0 && gemm_count_ < gemms_.size())
      gemms_[gemm_count_++] = {n, k, layers, wb_};
  };
  double attn_gemms = 0;
  if (mla) {
    const double rope = d(*m.qk_rope_head_dim);
    const double nope = d(*m.qk_nope_head_dim);
    const double v = d(*m.v_head_dim);
    const double kv_lora = d(*m.kv_lora_rank);
    d_qk_ = nope + rope;
    d_v_ = v;
    // Decode attends in the latent space: W_UK absorbed into the query and W_UV into the output
    // (DeepSeek-V2, arXiv 2405.04434, section 2.1.2), so each head's scores run over the cached
    // latent and its rotary key (kv_lora + rope) and its output over the latent (kv_lora), as
    // FlashMLA, FlashInfer's MLA and vLLM's and SGLang's MLA decode kernels do. Prefill runs the
    // decompressed (MHA) form over d_qk and d_v.
    decode_width_ = kv_lora + rope + kv_lora;
    mla_ = true;
    // Down-projections are replicated (vLLM ReplicatedLinear); up-projections split tp ways.
    if (m.q_lora_rank) {
      const double q_lora = d(*m.q_lora_rank);
      add(q_lora + kv_lora + rope, h, L);
      add(H * (nope + rope) / ts_, q_lora, L);
    } else {
      add(kv_lora + rope, h, L);
      add(H * (nope + rope) / ts_, h, L);
    }
    up_n_ = H * (nope + v) / ts_;
    up_k_ = kv_lora;
    add(up_n_, up_k_, L);
    add(h, H * v / ts_, L);
    attn_gemms = 4;
  } else {
    const double hd = d(m.attention_head_dim().value_or(*m.hidden_dim / *m.heads));
    const double kvh = d(m.kv_heads.value_or(*m.heads));
    d_qk_ = hd;
    d_v_ = hd;
    decode_width_ = d_qk_ + d_v_;
    add((H + 2.0 * kvh) * hd / ts_, h, L);
    add(h, H * hd / ts_, L);
    attn_gemms = 2;
  }
  // The measured attention rate is for head dimension 128 (GemmParams::attention_head_dim_factor).
  attn_measured_ = attn_measured_ * o.gemm.attention_head_dim_factor((d_qk_ + d_v_) / 2.0);
  const double mats = m.ffn_kind.value_or(FfnKind::mlp) == FfnKind::gated ? 2.0 : 1.0;
  moe_layers_ = m.architecture == Architecture::moe && m.experts && m.experts_per_token
                    ? d(m.moe_layers())
                    : 0.0;
  const double dense_layers = L - moe_layers_;
  const double ffn = dense_ffn_width(m);
  add(mats * ffn / ts_, h, dense_layers);
  add(h, ffn / ts_, dense_layers);
  double ffn_gemms = dense_layers > 0 ? 2 : 0;
  ffn_width_dev_ = ffn / ts_;
  wbe_ = wb_;
  if (o.moe.expert_weights) {
    if (moe_layers_ <= 0) {
      throw InvalidArgumentError("moe.expert_weights", "'" + std::string(m.info.path) +
                                                           "' has no routed experts to quantize");
    }
    wbe_ = byte_count(bytes_of(*o.moe.expert_weights));
  }
  if (o.params.mla_prefill != MlaPrefill::standard && !mla_) {
    throw InvalidArgumentError("params.mla_prefill", "'" + std::string(m.info.path) +
                                                         "' has no multi-head latent attention");
  }
  if (o.moe.expert_bandwidth_fraction != 1 && moe_layers_ <= 0) {
    throw InvalidArgumentError("moe.expert_bandwidth_fraction",
                               "'" + std::string(m.info.path) + "' has no routed experts");
  }
  if (moe_layers_ > 0) {
    const double w = d(m.expert_ffn_dim.value_or(m.ffn_dim.value_or(0)));
    experts_ = d(*m.experts);
    top_k_ = d(*m.experts_per_token);
    const double shared = d(m.shared_experts.value_or(0));
    if (shared > 0) {
      add(mats * shared * w / ts_, h, moe_layers_);
      add(h, shared * w / ts_, moe_layers_);
      ffn_gemms += 2;
    }
    add(experts_ / ts_, h, moe_layers_);  // router (small)
    ffn_gemms += 3;                       // router + two grouped expert GEMMs
    // Expert GEMMs (per expert): split tp ways, or whole with experts spread over devices.
    expert_n_ = ep_ ? mats * w : mats * w / tp_;
    expert_k_ = w / (ep_ ? 1.0 : tp_);
    experts_dev_share_ = ep_ ? 1.0 / tp_ : 1.0;
    ffn_width_dev_ = std::max(ffn_width_dev_, (top_k_ + shared) * w / ts_);
  }
  vocab_ = d(m.vocab_size.value_or(0));
  vocab_dev_ = vocab_ / ts_;
  // Kernels per layer: the GEMMs, attention, four fused elementwise kernels (add+norm twice,
  // rotary, activation) and the collectives.
  kernels_per_layer_ = attn_gemms + ffn_gemms * (L > 0 ? (dense_layers + moe_layers_) / L : 1) +
                       1.0 + 4.0 + (o.tp > 1 ? 2.0 : 0.0);

  local_frac_ = L > 0 ? d(m.local_layers()) / L : 0.0;
  kv_token_ = in<typed::bits>(kv_cache_per_token(m, o.precision.kv_cache));
  const double kv_split =
      mla ? 1.0 : std::min(tp_, d(m.kv_heads.value_or(*m.heads)));  // MLA latents replicate
  kv_token_device_ = kv_token_ / (attn_dp ? tp_ : kv_split) / pp_;  // stages cache their layers
  kv_read_token_ = attn_dp ? kv_token_ / pp_ : kv_token_device_;
  // Routed experts (their own precision with moe.expert_weights); everything else split tp ways,
  // or with attention data parallelism replicated on every rank while the experts are spread.
  const double total = in<typed::bits>(m.weight_bytes(o.precision.weights)) / wb_;  // params
  const double routed = moe_layers_ > 0
                            ? std::min(total, (mats + 1.0) * h * d(m.expert_ffn_dim.value_or(0)) *
                                                  experts_ * moe_layers_)
                            : 0.0;
  const Bits other = (total - routed) * wb_;
  const Bits experts = routed * wbe_;
  weights_device_ = attn_dp ? (other + experts / tp_) / pp_ : (other + experts) / tp_ / pp_;
}

// The one place achieved GEMM throughput is decided: the shared GEMM model (ceiling per precision,
// tile and wave quantization, memory floor). Weight-only quantization (weights narrower than the
// compute precision) streams fewer bytes than the model assumes: its memory floor is recomputed
// with the weights' width and its compute time taken at the model's ceiling and quantization.
Seconds Engine::gemm_time(double m, double n, double k, Bits wbytes, Seconds* compute,
                          double stream_fraction) const {
  const auto up = [](double x) { return static_cast<std::int64_t>(std::max(1.0, std::ceil(x))); };
  // Split-K: when the output tiles cannot fill one wave of the cores (decode: m = a few tokens),
  // BLAS libraries split the reduction dimension across CTAs (CUTLASS split-K / stream-K). The
  // GEMM then runs as `split` GEMMs of k / split, batched, which is how it is priced.
  double split = 1;
  if (hw.compute.cores) {
    const double tiles = std::ceil(m / 128.0) * std::ceil(n / 128.0);
    const double cores = d(*hw.compute.cores);
    if (tiles < cores) split = std::clamp(std::floor(cores / tiles), 1.0, std::floor(k / 256.0));
    split = std::max(split, 1.0);
  }
  const GemmShape shape{up(m), up(n), up(k / split), up(split)};
  // Weights wider than the compute precision are a module the checkpoint left unquantized (with
  // moe.expert_weights: gpt-oss's attention, router and LM head in BF16 beside MXFP4 experts):
  // it computes at its weights' precision, not at the quantized layers' rate.
  // (A device without a rate at that precision keeps the compute precision.)
  const Precision p = wbytes > cb_ && hw.peak(opt.precision.weights) ? opt.precision.weights
                                                                     : opt.precision.compute;
  const GemmTiming t = gemm_timing(hw, p, shape, opt.gemm);
  Seconds time = t.time;
  bool compute_bound = !t.memory_bound;
  if (wbytes < cb_) {
    const Seconds tm = (m * k * ab_ + n * k * wbytes + m * n * ab_) / bw_;
    const Seconds tc = t.memory_bound ? flop_count(2.0 * m * n * k) /
                                            (ceiling_ * t.tile_efficiency * t.wave_efficiency)
                                      : time;
    time = std::max(tc, tm);
    compute_bound = tc >= tm;
  }
  // A kernel that streams its operands below the device's streaming bandwidth (the routed
  // experts' grouped GEMM, moe.expert_bandwidth_fraction): the memory floor at that fraction.
  if (stream_fraction < 1) {
    const Bits bytes = wbytes < cb_ ? m * k * ab_ + n * k * wbytes + m * n * ab_ : t.bytes;
    const Seconds tm = bytes / (bw_ * stream_fraction);
    if (tm > time) {
      time = tm;
      compute_bound = false;
    }
  }
  if (compute_bound && compute != nullptr) *compute += time;
  return time;
}

// Prefill attention as one fused kernel per head and chunk (FlashAttention: the loop runs over the
// attended keys, each step multiplying by K^T and V), priced by the same GEMM model with
// m = chunk tokens, n = d_qk + d_v, k = attended tokens (Dao 2023, Algorithm 1).
Seconds Engine::attention_time(double tokens, double attended, double chunks, double layers,
                               Seconds* compute) const {
  if (tokens <= 0 || layers <= 0) return typed::secs(0);
  const auto up = [](double x) { return static_cast<std::int64_t>(std::max(1.0, std::ceil(x))); };
  const double per_chunk = tokens / std::max(chunks, 1.0);
  const double mean_attended = attended / tokens;
  const std::int64_t count = up(heads_dev_ * std::max(chunks, 1.0));
  const GemmTiming fa = gemm_timing(
      hw, attn_precision_, {up(per_chunk), up(d_qk_ + d_v_), up(mean_attended), count}, opt.gemm);
  Seconds t = fa.time * layers;
  bool memory_bound = fa.memory_bound;
  // A measured fused-attention rate (compute.measured_attention: FlashAttention-class forward
  // kernels reach 50-70% of the dense peak on long causal sequences, below the GEMM ceiling) caps
  // the kernel at long sequences; the GEMM model's tile effects still price short chunks.
  if (attn_measured_ > typed::flop(0) / typed::secs(1)) {
    const Seconds floor = fa.flops * layers / attn_measured_;
    if (floor > t) {
      t = floor;
      memory_bound = false;
    }
  }
  if (compute != nullptr && !memory_bound) *compute += t;
  return t;
}

Seconds Engine::dense_part(double rows, Seconds* compute) const {
  // Weight GEMMs of every layer, on one rank's rows (every token without attention DP).
  Seconds t = typed::secs(0);
  for (std::size_t i = 0; i < gemm_count_; ++i) {
    const Gemm& g = gemms_[i];
    Seconds c = typed::secs(0);
    t += g.layers * gemm_time(rows, g.n, g.k, g.wbytes, &c);
    if (compute != nullptr) *compute += g.layers * c;
  }
  return t;
}

Seconds Engine::expert_part(double T, Seconds* compute) const {
  // Routed experts: distinct experts touched by T x k routings, tokens per touched expert with
  // the busiest expert (or device) `load_imbalance` over the mean.
  if (moe_layers_ <= 0 || T <= 0) return typed::secs(0);
  const double touched = experts_ * (1.0 - std::pow(1.0 - top_k_ / experts_, T));
  const double on_device = std::max(1.0, touched * experts_dev_share_);
  const double m_e = std::max(1.0, std::ceil(T * top_k_ / touched * opt.moe.load_imbalance));
  Seconds c = typed::secs(0);
  const double stream = opt.moe.expert_bandwidth_fraction;
  const Seconds up = gemm_time(m_e, expert_n_, hidden_, wbe_, &c, stream);
  const Seconds down = gemm_time(m_e, hidden_, expert_k_, wbe_, &c, stream);
  if (compute != nullptr) *compute += moe_layers_ * on_device * c;
  return moe_layers_ * on_device * (up + down);
}

Seconds Engine::body_part(double T, Seconds* compute) const {
  return dense_part(std::ceil(T / dpd_), compute) + expert_part(T, compute);
}

Seconds Engine::head_part(double rows, Seconds* compute) const {
  // LM head for one rank's rows that sample.
  if (vocab_dev_ <= 0 || rows <= 0) return typed::secs(0);
  Seconds c = typed::secs(0);
  const Seconds t = gemm_time(rows, vocab_dev_, hidden_, wb_, &c);
  if (compute != nullptr) *compute += c;
  return t;
}

void Engine::fill(EngineCache& cache, std::int64_t max_tokens) const {
  const auto n = static_cast<std::size_t>(max_tokens + 1);
  cache.dense.assign(n, typed::secs(0));
  cache.dense_compute.assign(n, typed::secs(0));
  cache.experts.assign(n, typed::secs(0));
  cache.experts_compute.assign(n, typed::secs(0));
  cache.head.assign(n, typed::secs(0));
  cache.head_compute.assign(n, typed::secs(0));
  for (std::size_t i = 1; i < n; ++i) {
    cache.dense[i] = dense_part(static_cast<double>(i), &cache.dense_compute[i]);
    cache.experts[i] = expert_part(static_cast<double>(i), &cache.experts_compute[i]);
    cache.head[i] = head_part(static_cast<double>(i), &cache.head_compute[i]);
  }
}

void Engine::rank_part(const IterationLoad& l, const EngineCache* cache, Breakdown& b) const {
  // The work each attention rank does on its own tokens: the weight GEMMs outside the routed
  // experts, the LM head, attention and the elementwise kernels; `l` is that rank's load
  // (the whole iteration's without attention data parallelism).
  const double decode = d(l.decode_sequences);
  const double T = decode + d(l.prefill_tokens);
  if (T <= 0) return;
  const double rows = std::ceil(T);
  const double logits = std::ceil(decode + d(l.prefill_sequences));
  const auto ri = static_cast<std::size_t>(rows);
  const auto li = static_cast<std::size_t>(logits);
  if (cache != nullptr && ri < cache->dense.size() && li < cache->head.size()) {
    b.gemm += cache->dense[ri] + cache->head[li];
    b.compute_bound += cache->dense_compute[ri] + cache->head_compute[li];
  } else {
    b.gemm += dense_part(rows, &b.compute_bound) + head_part(logits, &b.compute_bound);
  }

  // Attention. Decode: every sequence reads its cached KV (bytes per device), FLOPs at the
  // attention precision's ceiling; prefill: batched GEMMs over the chunks, plus writing the
  // chunk's KV.
  const Flops per_attended = flop_count(2.0 * heads_dev_ * decode_width_ * layers_);
  const double lf = local_frac_;
  if (l.decode_sequences > 0) {
    // Full layers see the cached context and the new token; local ones their window (the load's
    // local sum); per_attended and kv_read_token_ cover all layers, hence the layer-share mix.
    const double full = d(l.decode_context) + d(l.decode_sequences);
    const double attended = (1.0 - lf) * full + (lf > 0 ? lf * l.decode_attended_local : 0.0);
    const Seconds tc = per_attended * attended / attn_ceiling_;
    const Seconds tm = (attended * kv_read_token_) / bw_;
    b.attention += std::max(tc, tm);
    if (tc > tm) b.compute_bound += tc;
  }
  if (l.prefill_tokens > 0) {
    Seconds c = typed::secs(0);
    const double tokens = d(l.prefill_tokens);
    const double chunks = std::max(1.0, d(l.prefill_sequences));
    Seconds ta = attention_time(tokens, l.prefill_attended, chunks, (1.0 - lf) * layers_, &c);
    if (lf > 0) {
      ta += attention_time(tokens, l.prefill_attended_local, chunks, lf * layers_, &c);
    }
    // MLA chunks attended in the absorbed form (ServingParams::mla_prefill) cost the latent
    // width per key instead of d_qk + d_v: the same kernel's time, scaled by the FLOP ratio on
    // their share of the attended keys.
    if (mla_ && l.prefill_attended_absorbed > 0 && l.prefill_attended > 0) {
      const double f = std::min(1.0, l.prefill_attended_absorbed / l.prefill_attended);
      const double scale = 1.0 + f * (decode_width_ / (d_qk_ + d_v_) - 1.0);
      ta = ta * scale;
      c = c * scale;
    }
    const Seconds tm = tokens * kv_read_token_ / bw_;
    b.attention += std::max(ta, tm);
    if (ta > tm) b.compute_bound += c;
    // The standard form attends a chunk's cached prefix as keys and values, so every layer first
    // up-projects the prefix's cached latent with kv_b_proj (vLLM's _compute_prefill_context,
    // SGLang's _chunked_prefix_attn_mha): a GEMM of the context tokens by the up-projection.
    if (mla_ && l.prefill_context_upprojected > 0) {
      Seconds uc = typed::secs(0);
      b.gemm += layers_ * gemm_time(l.prefill_context_upprojected, up_n_, up_k_, wb_, &uc);
      b.compute_bound += layers_ * uc;
    }
  }
  b.elementwise += T * layers_ * elementwise_elements(model) * ab_ / bw_;
}

Breakdown Engine::iteration(const IterationLoad& l, const EngineCache* cache,
                            std::span<const IterationLoad> ranks) const {
  Breakdown b;
  const double decode = d(l.decode_sequences);
  const double T = decode + d(l.prefill_tokens);
  if (T <= 0) return b;
  if (dpd_ <= 1) {
    rank_part(l, cache, b);
  } else if (ranks.empty()) {
    rank_part(busiest_rank(l), cache, b);
  } else {
    // Attention data parallelism with each rank's own load: every layer waits at the experts'
    // exchange for the busiest rank (SGLang runs idle ranks with empty batches).
    for (const IterationLoad& r : ranks) {
      Breakdown x;
      rank_part(r, cache, x);
      if (x.total() > b.total()) b = x;
    }
  }
  const auto ti = static_cast<std::size_t>(T);
  if (cache != nullptr && ti < cache->experts.size()) {
    b.gemm += cache->experts[ti];
    b.compute_bound += cache->experts_compute[ti];
  } else {
    b.gemm += expert_part(T, &b.compute_bound);
  }

  if (opt.tp > 1) {
    // Ring all-reduce of the hidden states after attention and after the FFN (Megatron TP);
    // with expert parallelism the MoE layers dispatch and combine tokens all-to-all instead.
    const double n = tp_;
    const Bits msg = T * hidden_ * ab_;
    const Seconds ar =
        collective_base_ + 2.0 * (n - 1.0) / n * msg / link_bw_ + 2.0 * (n - 1.0) * link_alpha_;
    Seconds comm =
        dpd_ > 1 ? typed::secs(0) : layers_ * ar;  // attention DP: no attention all-reduce
    if (dpd_ > 1) {
      const Bits a2a_msg = T / n * top_k_ * hidden_ * ab_;
      const Seconds a2a =
          collective_base_ + (n - 1.0) / n * a2a_msg / link_bw_ + (n - 1.0) * link_alpha_;
      comm += moe_layers_ * 2.0 * a2a;
    } else if (ep_) {
      const Bits a2a_msg = T * top_k_ * hidden_ * ab_ / n;
      const Seconds a2a =
          collective_base_ + (n - 1.0) / n * a2a_msg / link_bw_ + (n - 1.0) * link_alpha_;
      comm += moe_layers_ * (2.0 * a2a - ar);
    } else {
      comm += layers_ * ar;
    }
    b.communication = comm;
  }
  if (opt.pp > 1) {
    // A micro-batch crosses pp - 1 stage boundaries: its hidden states, point to point.
    b.communication += (pp_ - 1.0) * (T * hidden_ * ab_ / p2p_bw_ + link_alpha_);
  }
  const Seconds gap = l.prefill_tokens == 0 ? graph_gap_ : eager_gap_;
  const double kernels = kernels_per_layer_ * layers_ + 3.0;
  b.overhead = (gap + stall_) * kernels;
  // Host time the devices wait for between iterations: the whole iteration's sequences, whichever
  // rank runs them (one scheduler feeds every rank).
  b.host = host_iteration_ + host_sequence_ * (decode + d(l.prefill_sequences));
  // An iteration launched one kernel at a time (every one without CUDA graphs; with eager_prefill,
  // those with prompt tokens) also waits for the host to launch them: it lasts at least their
  // host time.
  if (l.prefill_tokens > 0 ? eager_prefill_ : eager_decode_) {
    const Seconds launches = eager_host_ * kernels;
    const Seconds device = b.total() - b.host;  // everything the devices do
    if (launches > device) b.host += launches - device;
  }
  return b;
}

IterationLoad Engine::busiest_rank(const IterationLoad& l) const {
  // Requests are dealt to the attention ranks one at a time (SGLang's round-robin dispatch, as
  // the simulator does), so of n decoding sequences and c prompt chunks the busiest rank holds
  // ceil(n / dp) and ceil(c / dp), with their share of the context and of the attended keys. A
  // load that divides evenly gives every rank 1 / dp of it; one prompt is prefilled by one rank.
  const auto dp = static_cast<std::int64_t>(dpd_);
  const auto dealt = [dp](std::int64_t n) { return (n + dp - 1) / dp; };
  IterationLoad r = l;
  if (l.decode_sequences > 0) {
    r.decode_sequences = dealt(l.decode_sequences);
    const double s = d(r.decode_sequences) / d(l.decode_sequences);
    r.decode_context = std::llround(d(l.decode_context) * s);
    if (l.decode_attended_local > 0) r.decode_attended_local = l.decode_attended_local * s;
  }
  if (l.prefill_tokens > 0) {
    const std::int64_t chunks = std::max<std::int64_t>(1, l.prefill_sequences);
    const double s = d(dealt(chunks)) / d(chunks);
    if (l.prefill_sequences > 0) r.prefill_sequences = dealt(chunks);
    r.prefill_tokens = static_cast<std::int64_t>(std::ceil(d(l.prefill_tokens) * s));
    r.prefill_attended = l.prefill_attended * s;
    r.prefill_attended_absorbed = l.prefill_attended_absorbed * s;
    r.prefill_context_upprojected = l.prefill_context_upprojected * s;
    if (l.prefill_attended_local > 0) r.prefill_attended_local = l.prefill_attended_local * s;
  }
  return r;
}

Bits Engine::activation_bytes(double tokens, double seqs) const {
  // The larger of the two peaks of an engine's memory-profiling run (vLLM V1 profile_run: a
  // forward of `tokens`, then the sampler on one row per request), which run one after the other:
  // - forward: at the FFN activation, the layer input and the residual (2 x hidden), the gate/up
  //   output (2 x width) and the activation's output (width) are live (vLLM's MLP: gate_up_proj,
  //   act_fn, down_proj);
  // - sampler: min(tokens, seqs) rows of full-vocabulary logits (every rank samples) in the
  //   activation dtype, their fp32 copy, and the top-k/top-p sort's fp32 values and int64
  //   indices (vLLM V1's native sampler path).
  const Bits forward = tokens / dpd_ * (2.0 * hidden_ + 3.0 * ffn_width_dev_) * ab_;
  const double rows = std::min(tokens, seqs) / dpd_;
  const Bits sampler = rows * vocab_ * (ab_ + typed::bytes(4.0 + 4.0 + 8.0));
  return std::max(forward, sampler);
}

void Engine::attend_prompt(IterationLoad& l, double tokens, double from, double to) const {
  const double n = std::max(1.0, to - from);
  const double attended = tokens * (from + (n + 1.0) / 2.0);
  l.prefill_attended += attended;
  if (mla_ && opt.params.mla_prefill != MlaPrefill::standard) {
    l.prefill_attended_absorbed += attended * absorbed_share(from, to);
  }
  // `tokens` is tokens / n prompts' worth of the positions (from, to].
  if (mla_) l.prefill_context_upprojected += tokens / n * upprojected_context(from, to);
  if (local_frac_ <= 0) return;
  l.prefill_attended_local =
      std::max(0.0, l.prefill_attended_local) + tokens * model.local_mean_span(from, to);
}

std::optional<ServingOptions> draft_options(const ServingOptions& o) {
  if (!o.speculation || o.speculation->draft == nullptr) return std::nullopt;
  ServingOptions d = o;
  d.speculation.reset();
  d.params.mla_prefill = MlaPrefill::standard;
  return d;
}

namespace {
/// absorbed_below_8192: the index of the first chunk of budget B from position `from` whose cached
/// prefix reaches SGLang's chunked_prefix_cache_threshold (8,192 tokens) and so runs MHA.
double first_mha_chunk(double from, double B) {
  constexpr double kThreshold = 8192.0;
  return from >= kThreshold ? 0.0 : std::ceil((kThreshold - from) / B);
}

/// The positions (from, to] in chunks of the token budget B from `from`: K whole chunks, then a
/// last partial chunk of r tokens (r may be 0).
struct PromptChunks {
  double B, K, r;
};
PromptChunks prompt_chunks(double from, double to, std::int64_t budget) {
  const double B = std::max(1.0, static_cast<double>(budget));
  const double span = std::max(0.0, to - from);
  const double K = std::floor(span / B);
  return {B, K, span - K * B};
}
}  // namespace

double Engine::absorbed_share(double from, double to) const {
  // The positions (from, to] run in chunks of the token budget B from `from` (one chunk when the
  // simulator passes one); each chunk's cached prefix picks its form (ServingParams::mla_prefill).
  // Chunk k (k < K whole chunks) starts at p = from + k B and its tokens attend
  // B (p + (B + 1) / 2) keys; a last partial chunk of r tokens, r (p + (r + 1) / 2).
  const PromptChunks c = prompt_chunks(from, to, opt.params.max_batched_tokens);
  const double B = c.B, K = c.K, r = c.r;       // named, not bound: a lambda below captures them
  const auto whole = [&](double a, double b) {  // keys of whole chunks a..b-1
    return b > a ? B * (b - a) * (from + (B + 1.0) / 2.0) + B * B * (a + b - 1.0) * (b - a) / 2.0
                 : 0.0;
  };
  const double last = r > 0 ? r * (from + K * B + (r + 1.0) / 2.0) : 0.0;
  const double all = whole(0, K) + last;
  if (all <= 0) return 0.0;
  double absorbed = 0;
  if (opt.params.mla_prefill == MlaPrefill::absorbed_with_prefix) {
    // Every chunk with a cached prefix: all but a first chunk that starts at position 0.
    const double first = from > 0 ? 0.0 : (K >= 1 ? whole(0, 1) : last);
    absorbed = all - first;
  } else {
    // Chunks whose prefix is under 8,192 tokens: k < ceil((8192 - from) / B).
    const double kmax = first_mha_chunk(from, B);
    absorbed = whole(0, std::min(kmax, K)) + (K < kmax ? last : 0.0);
  }
  return std::clamp(absorbed / all, 0.0, 1.0);
}

double Engine::upprojected_context(double from, double to) const {
  // Chunks as absorbed_share: chunk k of the K whole ones starts at p = from + k B, a last
  // partial chunk (r > 0) at from + K B; a standard-form chunk up-projects its prefix p.
  if (!mla_ || opt.params.mla_prefill == MlaPrefill::absorbed_with_prefix) return 0.0;
  const PromptChunks c = prompt_chunks(from, to, opt.params.max_batched_tokens);
  const double B = c.B, K = c.K, r = c.r;
  const double a =  // the first standard-form chunk
      opt.params.mla_prefill == MlaPrefill::absorbed_below_8192
          ? std::min(first_mha_chunk(from, B), K + 1.0)
          : 0.0;
  // vLLM runs a chunk of one token (the recomputed last token of a fully cached prompt, a P/D
  // decode worker's first step) as a decode, over the latent: its MLA backend splits decodes from
  // prefills at query length reorder_batch_threshold = 1. So in the standard form such a chunk
  // up-projects nothing.
  const double least = opt.params.mla_prefill == MlaPrefill::standard ? 1.0 : 0.0;
  const double whole =
      K > a && B > least ? (K - a) * from + B * (a + K - 1.0) * (K - a) / 2.0 : 0.0;
  const double last = r > least && K >= a ? from + K * B : 0.0;
  return whole + last;
}

IterationLoad Engine::decode_load(double seqs, double from, double to, double k) const {
  IterationLoad l;
  const double rows = seqs * (k + 1.0);
  l.decode_sequences = static_cast<std::int64_t>(rows);
  l.decode_context = static_cast<std::int64_t>(std::llround(rows * (from + to) / 2.0));
  // Mean over the output positions of the keys a local layer's new token sees.
  if (local_frac_ > 0) l.decode_attended_local = rows * model.local_mean_span(from, to);
  return l;
}

double Engine::cached_tokens(double tokens) const {
  return detail::cached_tokens(model, opt.params, tokens);
}

std::int64_t Engine::windowed_kv_pages(std::int64_t tokens, std::int64_t block) const {
  const double pages = std::ceil(d(tokens) / d(block));
  if (local_frac_ <= 0 || !opt.params.windowed_kv_pages) return static_cast<std::int64_t>(pages);
  const double local = std::min(pages, std::ceil(d(model.local_window()) / d(block)) + 1.0);
  return static_cast<std::int64_t>(std::ceil((1.0 - local_frac_) * pages + local_frac_ * local));
}

std::int64_t Engine::knee_batch() const {
  for (std::int64_t b = 1; b <= 65536; b *= 2) {
    Seconds c = typed::secs(0);
    const Seconds t = body_part(d(b), &c);
    if (c * 2.0 > t) {
      std::int64_t lo = b / 2 + 1, hi = b;
      while (lo < hi) {
        const std::int64_t mid = lo + (hi - lo) / 2;
        Seconds cm = typed::secs(0);
        const Seconds tm = body_part(d(mid), &cm);
        if (cm * 2.0 > tm)
          hi = mid;
        else
          lo = mid + 1;
      }
      return lo;
    }
  }
  return 0;
}

}  // namespace mlsysim::solvers::detail
