// The cost of running a workload: a few operator groups, each with its FLOPs and bytes, so that
// the roofline is applied per operator (a GEMM can be compute-bound while attention over a long
// KV cache is memory-bound in the same step) and the times add.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

#include "mlsysim/catalog/models.hpp"
#include "mlsysim/units/quantity.hpp"

namespace mlsysim::solvers {

/// Numeric formats of a run.
struct Precisions {
  Precision weights = Precision::bf16;
  Precision activations = Precision::bf16;
  Precision kv_cache = Precision::bf16;
  Precision compute = Precision::bf16;  ///< the rate the matmuls run at
};

/// What an operator group computes. Solvers branch on the kind, never on the display name.
enum class OpKind : std::uint8_t {
  gemm,         ///< the weight matmuls (projections, FFN, experts, logits); streams the weights
  attention,    ///< scores and values over the KV cache; streams the cache
  elementwise,  ///< norms, residual adds, rotary, activation functions (bytes only)
  state,        ///< a state-space model's scan state (bytes only)
  whole_model,  ///< a model measured as one figure (per sample/sequence/step); streams the weights
};
/// "gemm", "attention", "elementwise", "state" or "whole model".
[[nodiscard]] std::string_view op_kind_name(OpKind k) noexcept;
/// True for the kinds whose bytes are the weights (read from the weights' memory: SRAM, flash or
/// over the host link when they spill), false for activation and cache traffic.
[[nodiscard]] constexpr bool streams_weights(OpKind k) noexcept {
  return k == OpKind::gemm || k == OpKind::whole_model;
}

/// One operator group of a forward pass.
struct OpCost {
  std::string_view name;  ///< "weights GEMM", "attention", "elementwise", "whole model"
  Quantity flops;         ///< FLOP
  Quantity bytes;         ///< bytes moved to and from memory
  OpKind kind = OpKind::gemm;
};

/// The forward pass of `tokens` new tokens per sequence for `batch` sequences that already have
/// `context` tokens cached (decode: tokens = 1; prefill: context = 0). For models measured per
/// sample (CNNs, ViT) `tokens` is ignored and `batch` samples run; encoders measured per
/// sequence scale with tokens / reference_seq_len; diffusion runs `tokens` denoising steps.
struct ForwardCost {
  std::array<OpCost, 3> ops{};
  std::size_t count = 0;
  Quantity weight_bytes;  ///< weights read once per pass (distinct experts for MoE)
  Quantity kv_bytes_read;
  Quantity kv_bytes_written;
  Quantity kv_per_token;  ///< zero for models without attention

  [[nodiscard]] Quantity flops() const;
  [[nodiscard]] Quantity bytes() const;
};

/// Cost of one forward pass. Throws InvalidArgumentError for a non-positive batch or tokens, or
/// for a workload without the figures the model needs (no inference_flops and no shape).
[[nodiscard]] ForwardCost forward_cost(const Workload& m, std::int64_t batch, std::int64_t tokens,
                                       std::int64_t context, const Precisions& p);

/// KV-cache bytes per token across all layers: 2 x kv_heads x head_dim x layers x bytes (GQA,
/// MHA), or (kv_lora_rank + qk_rope_head_dim) x layers x bytes (MLA); zero for models without
/// attention. `kv_cache_per_token(Llama3_70B, fp16)` is 320 KiB.
[[nodiscard]] Quantity kv_cache_per_token(const Workload& m, Precision kv);

/// Parameters touched by one token's forward pass excluding the input embedding lookup (the
/// matmul weights): active parameters minus vocab x hidden when the embedding is untied.
[[nodiscard]] double matmul_parameters(const Workload& m);

/// Expected distinct experts touched by `tokens` tokens routed top-k among E experts:
/// E (1 - (1 - k/E)^tokens), uniform routing.
[[nodiscard]] double experts_touched(const Workload& m, double tokens);

}  // namespace mlsysim::solvers
