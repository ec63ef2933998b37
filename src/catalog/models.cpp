// Derived figures of a Workload: MoE layer count, embedding and shape-derived parameter counts.
#include "mlsysim/catalog/models.hpp"

namespace mlsysim {

std::int64_t Workload::moe_layers() const noexcept {
  if (architecture != Architecture::moe || !layers) return 0;
  const std::int64_t eligible = *layers - dense_layers.value_or(0);
  return eligible / moe_layer_step.value_or(1);
}

std::int64_t Workload::embedding_parameters() const noexcept {
  if (!vocab_size || !hidden_dim) return 0;
  return *vocab_size * *hidden_dim * (tied_embeddings.value_or(false) ? 1 : 2);
}

std::optional<std::int64_t> Workload::shape_parameters() const noexcept {
  if (architecture != Architecture::transformer && architecture != Architecture::moe) {
    return std::nullopt;
  }
  if (!layers || !hidden_dim || !heads || !vocab_size) return std::nullopt;
  const std::int64_t h = *hidden_dim;
  const std::int64_t n = *heads;
  // Attention projections per layer.
  std::int64_t attention = 0;
  if (kv_lora_rank && qk_rope_head_dim && qk_nope_head_dim && v_head_dim) {
    // Multi-head latent attention (DeepSeek-V2/V3): low-rank Q and a shared KV latent.
    const std::int64_t qk = *qk_nope_head_dim + *qk_rope_head_dim;
    const std::int64_t q = q_lora_rank ? h * *q_lora_rank + *q_lora_rank * n * qk : h * n * qk;
    const std::int64_t kv = h * (*kv_lora_rank + *qk_rope_head_dim) +
                            *kv_lora_rank * n * (*qk_nope_head_dim + *v_head_dim);
    attention = q + kv + n * *v_head_dim * h;
  } else {
    const auto d = attention_head_dim();
    if (!d) return std::nullopt;
    const std::int64_t kvh = kv_heads.value_or(n);
    attention = 2 * h * n * *d + 2 * h * kvh * *d;  // Q and O, K and V
  }
  const std::int64_t mats = ffn_kind.value_or(FfnKind::mlp) == FfnKind::gated ? 3 : 2;
  const std::int64_t moe = moe_layers();
  const std::int64_t dense = *layers - moe;
  std::int64_t ffn = 0;
  if (dense > 0) {
    if (!ffn_dim) return std::nullopt;
    ffn += dense * mats * h * *ffn_dim;
  }
  if (moe > 0) {
    if (!experts) return std::nullopt;
    const std::int64_t width = expert_ffn_dim.value_or(ffn_dim.value_or(0));
    if (width == 0) return std::nullopt;
    const std::int64_t per_layer = (*experts + shared_experts.value_or(0)) * mats * h * width +
                                   h * *experts;  // experts, shared experts, router
    ffn += moe * per_layer;
  }
  std::int64_t total = embedding_parameters() + *layers * attention + ffn;
  if (encoder_decoder.value_or(false)) total += (*layers / 2) * attention;  // cross-attention
  return total;
}

}  // namespace mlsysim
