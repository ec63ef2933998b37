// Model zoo entry type: Workload (transformers, MoE, CNNs, SSMs, diffusion, TinyML).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "mlsysim/catalog/hardware.hpp"
#include "mlsysim/catalog/provenance.hpp"
#include "mlsysim/units/quantity.hpp"
#include "mlsysim/vocabulary.hpp"

namespace mlsysim {

/// A reference workload: `mlsysim::Models::Language::Llama3_70B`, `Models::Vision::ResNet50`.
struct Workload {
  EntryInfo info;
  Architecture architecture = Architecture::generic;
  std::int64_t release_year = 0;
  std::int64_t parameters = 0;
  std::optional<std::int64_t> active_parameters;
  std::optional<Quantity> inference_flops;  ///< FLOP per `flops_basis`
  FlopsBasis flops_basis = FlopsBasis::per_sample;
  std::optional<std::int64_t> reference_seq_len;
  // Transformer shape.
  std::optional<std::int64_t> layers;
  std::optional<std::int64_t> hidden_dim;
  std::optional<std::int64_t> ffn_dim;
  std::optional<FfnKind> ffn_kind;
  std::optional<std::int64_t> heads;
  std::optional<std::int64_t> kv_heads;
  std::optional<std::int64_t> head_dim;
  std::optional<std::int64_t> vocab_size;
  std::optional<std::int64_t> max_context;
  std::optional<bool> tied_embeddings;
  std::optional<bool> encoder_decoder;
  // Mixture of experts.
  std::optional<std::int64_t> experts;
  std::optional<std::int64_t> experts_per_token;
  std::optional<std::int64_t> shared_experts;
  std::optional<std::int64_t> expert_ffn_dim;
  std::optional<std::int64_t> dense_layers;    ///< leading dense layers (DeepSeek-V3: 3)
  std::optional<std::int64_t> moe_layer_step;  ///< every k-th layer is MoE (Llama 4 Maverick: 2)
  // Multi-head latent attention (DeepSeek).
  std::optional<std::int64_t> kv_lora_rank;
  std::optional<std::int64_t> q_lora_rank;
  std::optional<std::int64_t> qk_rope_head_dim;
  std::optional<std::int64_t> qk_nope_head_dim;
  std::optional<std::int64_t> v_head_dim;
  /// The publisher's checkpoint stores its weights in FP8 with one scale per block of this many
  /// x this many weights (config.json quantization_config.weight_block_size; DeepSeek-V3 / R1:
  /// 128). Such weights run on block-scaled FP8 kernels, which the serving engine prices at the
  /// per-tensor FP8 GEMM rate (`mlsysim serve` says so; docs/solvers.md, "GEMM efficiency").
  std::optional<std::int64_t> fp8_weight_block;
  // Local attention: `local_attention_layers` of the layers (all when absent) attend within a
  // sliding window (Mistral 7B v0.1, Gemma 2 / 3, gpt-oss) or a chunk (Llama 4); the others
  // attend to the whole causal prefix. At most one of `sliding_window`, `attention_chunk`.
  std::optional<std::int64_t> sliding_window;   ///< keys a query sees, itself included
  std::optional<std::int64_t> attention_chunk;  ///< queries see only keys of their own chunk
  std::optional<std::int64_t> local_attention_layers;
  // State-space and diffusion.
  std::optional<std::int64_t> state_size;
  std::optional<std::int64_t> denoising_steps;
  std::optional<std::int64_t> resolution;
  // Training and size.
  std::optional<std::int64_t> training_tokens;
  std::optional<Quantity> training_flops;
  std::optional<Quantity> model_size;

  /// Parameters touched per token: `active_parameters` for MoE, else `parameters`.
  [[nodiscard]] constexpr std::int64_t active_params() const noexcept {
    return active_parameters.value_or(parameters);
  }
  /// Per-head dimension: `head_dim`, else hidden/heads; nullopt without a shape.
  [[nodiscard]] constexpr std::optional<std::int64_t> attention_head_dim() const noexcept {
    if (head_dim) return head_dim;
    if (hidden_dim && heads && *heads > 0) return *hidden_dim / *heads;
    return std::nullopt;
  }
  /// Number of MoE layers: (layers - dense_layers) / moe_layer_step for MoE models, else 0.
  [[nodiscard]] std::int64_t moe_layers() const noexcept;
  /// Layers with local (sliding-window or chunked) attention; 0 without either field.
  [[nodiscard]] std::int64_t local_layers() const noexcept;
  /// The local layers' window or chunk in tokens; 0 without local attention.
  [[nodiscard]] std::int64_t local_window() const noexcept {
    return sliding_window ? *sliding_window : attention_chunk.value_or(0);
  }
  /// Keys a local layer's queries at positions (from, to] attend to, per query on average:
  /// (local_causal_keys(to) - local_causal_keys(from)) / (to - from).
  [[nodiscard]] double local_mean_span(double from, double to) const noexcept;
  /// Keys a local layer's queries attend to in a causal sequence of `seq` tokens, summed over the
  /// queries: sum over i = 1..seq of min(i, window) (sliding) or of the position in the chunk
  /// (chunked); seq (seq + 1) / 2, the full causal prefix, for a model without local attention.
  [[nodiscard]] double local_causal_keys(double seq) const noexcept;
  /// Keys a local layer's query at 1-based `position` attends to: min(position, window), its
  /// place in its chunk, or `position` without local attention.
  [[nodiscard]] double local_span(double position) const noexcept;
  /// Tokens of KV a sequence of `tokens` tokens keeps, in whole-model tokens: full-attention
  /// layers keep every token, local ones at most the window (or chunk); `tokens` without local
  /// attention.
  [[nodiscard]] double cached_kv_tokens(double tokens) const noexcept;
  /// Keys per query of a local layer under the non-causal convention (PaLM's FLOP count):
  /// min(seq, window or chunk); seq without local attention.
  [[nodiscard]] double local_keys_per_query(double seq) const noexcept;
  /// Parameters of the input embedding table(s) (vocab x hidden, twice when the LM head is
  /// untied and counted separately); 0 without vocab_size or hidden_dim.
  [[nodiscard]] std::int64_t embedding_parameters() const noexcept;
  /// Parameters recomputed from the shape: embeddings + layers x (attention + FFN or experts),
  /// with MLA, GQA, shared experts, interleaved MoE and encoder-decoder cross-attention; norms,
  /// biases and position tables ignored. nullopt when the shape is incomplete.
  [[nodiscard]] std::optional<std::int64_t> shape_parameters() const noexcept;

  /// Weight bytes at a precision: `model_size` when the entry is defined by size, else
  /// parameters x bytes per element (`weight_bytes(Precision::bf16)` of a 70B model is 140 GB).
  [[nodiscard]] Quantity weight_bytes(Precision p) const;
};

}  // namespace mlsysim
