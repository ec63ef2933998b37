// Derived figures of a Workload: MoE layer count, embedding and shape-derived parameter counts.
#include "mlsysim/catalog/models.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace mlsysim {

std::int64_t Workload::moe_layers() const noexcept {
  if (architecture != Architecture::moe || !layers) return 0;
  const std::int64_t eligible = *layers - dense_layers.value_or(0);
  return eligible / moe_layer_step.value_or(1);
}

namespace {

// Shape arithmetic in double: an overlay's counts (each up to 1e15) must not overflow int64
// (undefined behaviour); every real model stays far below 2^53, where doubles are exact.
std::optional<std::int64_t> to_count(double x) {
  if (!(x >= 0) || x > 9.0e18) return std::nullopt;
  return static_cast<std::int64_t>(x);
}

double d(std::int64_t x) { return static_cast<double>(x); }

}  // namespace

std::int64_t Workload::local_layers() const noexcept {
  if (!sliding_window && !attention_chunk) return 0;
  return local_attention_layers.value_or(layers.value_or(0));
}

double Workload::local_causal_keys(double seq) const noexcept {
  if (!(seq > 0)) return 0;
  if (sliding_window) {
    const double w = d(*sliding_window);
    if (seq <= w) return seq * (seq + 1) / 2;
    return w * (w + 1) / 2 + (seq - w) * w;  // the first w queries ramp up, the rest see w keys
  }
  if (attention_chunk) {
    const double c = d(*attention_chunk);
    const double full = std::floor(seq / c);
    const double rest = seq - full * c;
    return full * c * (c + 1) / 2 + rest * (rest + 1) / 2;
  }
  return seq * (seq + 1) / 2;
}

double Workload::local_span(double position) const noexcept {
  if (!(position > 0)) return 0;
  if (sliding_window) return std::min(position, d(*sliding_window));
  if (attention_chunk) {
    const double c = d(*attention_chunk);
    return position - std::floor((position - 1) / c) * c;
  }
  return position;
}

double Workload::cached_kv_tokens(double tokens) const noexcept {
  const double all = d(layers.value_or(0));
  const double local = d(local_layers());
  if (!(all > 0) || local <= 0) return tokens;
  return ((all - local) * tokens + local * std::min(tokens, d(local_window()))) / all;
}

double Workload::local_keys_per_query(double seq) const noexcept {
  return local_window() > 0 ? std::min(seq, d(local_window())) : seq;
}

double Workload::local_mean_span(double from, double to) const noexcept {
  const double n = std::max(1.0, to - from);
  return (local_causal_keys(from + n) - local_causal_keys(from)) / n;
}

std::int64_t Workload::embedding_parameters() const noexcept {
  if (!vocab_size || !hidden_dim) return 0;
  const double e = d(*vocab_size) * d(*hidden_dim) * (tied_embeddings.value_or(false) ? 1 : 2);
  return to_count(e).value_or(std::numeric_limits<std::int64_t>::max());
}

std::optional<std::int64_t> Workload::shape_parameters() const noexcept {
  if (architecture != Architecture::transformer && architecture != Architecture::moe) {
    return std::nullopt;
  }
  if (!layers || !hidden_dim || !heads || !vocab_size) return std::nullopt;
  const double h = d(*hidden_dim);
  const double n = d(*heads);
  // Attention projections per layer.
  double attention = 0;
  if (kv_lora_rank && qk_rope_head_dim && qk_nope_head_dim && v_head_dim) {
    // Multi-head latent attention (DeepSeek-V2/V3): low-rank Q and a shared KV latent.
    const double qk = d(*qk_nope_head_dim) + d(*qk_rope_head_dim);
    const double q = q_lora_rank ? h * d(*q_lora_rank) + d(*q_lora_rank) * n * qk : h * n * qk;
    const double kv = h * (d(*kv_lora_rank) + d(*qk_rope_head_dim)) +
                      d(*kv_lora_rank) * n * (d(*qk_nope_head_dim) + d(*v_head_dim));
    attention = q + kv + n * d(*v_head_dim) * h;
  } else {
    const auto hd = attention_head_dim();
    if (!hd) return std::nullopt;
    const double kvh = d(kv_heads.value_or(*heads));
    attention = 2 * h * n * d(*hd) + 2 * h * kvh * d(*hd);  // Q and O, K and V
  }
  const double mats = ffn_kind.value_or(FfnKind::mlp) == FfnKind::gated ? 3 : 2;
  const double moe = d(moe_layers());
  const double dense = d(*layers) - moe;
  double ffn = 0;
  if (dense > 0) {
    if (!ffn_dim) return std::nullopt;
    ffn += dense * mats * h * d(*ffn_dim);
  }
  if (moe > 0) {
    if (!experts) return std::nullopt;
    const double width = d(expert_ffn_dim.value_or(ffn_dim.value_or(0)));
    if (width == 0) return std::nullopt;
    const double per_layer = (d(*experts) + d(shared_experts.value_or(0))) * mats * h * width +
                             h * d(*experts);  // experts, shared experts, router
    ffn += moe * per_layer;
  }
  double total = d(embedding_parameters()) + d(*layers) * attention + ffn;
  if (encoder_decoder.value_or(false)) total += d(*layers / 2) * attention;  // cross-attention
  return to_count(total);
}

}  // namespace mlsysim
