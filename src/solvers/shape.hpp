// Internal: per-element sizes and per-token traffic of a workload, shared by the solvers.
#pragma once

#include <cstddef>
#include <string>

#include "mlsysim/catalog/models.hpp"
#include "mlsysim/errors.hpp"

namespace mlsysim::solvers::detail {

/// The dense feed-forward width (`ffn_dim`). A model with dense layers and no `ffn_dim` is
/// refused rather than given a guessed width (every transformer in the catalog carries it). A
/// model whose every layer is MoE needs none: its expert width stands in, and no dense layer uses
/// it.
inline double dense_ffn_width(const Workload& m) {
  if (m.ffn_dim) return static_cast<double>(*m.ffn_dim);
  const bool all_moe = m.architecture == Architecture::moe && m.layers && m.expert_ffn_dim &&
                       m.moe_layers() == *m.layers;
  if (all_moe) return static_cast<double>(*m.expert_ffn_dim);
  throw InvalidArgumentError("workload", "'" + std::string(m.info.path) +
                                             "' has no ffn_dim (the feed-forward width of its "
                                             "layers); give it in the model entry");
}

/// Bytes per element of a precision (fp6 0.75, fp4/int4 0.5), from vocabulary.def's bits.
inline double bytes_of(Precision p) { return bits_per_element(p) / 8.0; }

/// Elementwise bytes per token per layer, forward, of PyTorch eager execution of Hugging Face
/// Transformers' Llama modules (modeling_llama.py), for activations of `ab` bytes:
/// - each of the two RMSNorms: to(fp32) ab + 4, pow 4 + 4, mean 4, x rsqrt 4 + 4, to(dtype)
///   4 + ab, x weight 2 ab: 28 + 4 ab per element of h;
/// - rotary on Q and K (`q * cos + rotate_half(q) * sin`): q * cos 2 ab, the negated half ab,
///   cat 2 ab, * sin 2 ab, add 3 ab: 10 ab per element of `q_width` + `k_width`;
/// - the attention output made contiguous (`transpose(1, 2).contiguous()`): 2 ab per element of
///   `attn_out_width`;
/// - two residual adds, 3 ab per element of h each;
/// - the MLP: act(gate) 2 ab and the gate product 3 ab per element of `ffn_width` (gated), or
///   the activation alone, 2 ab (plain MLP).
/// With `fused_norms` (ElementwiseKernels::eager_fused_norm) each RMSNorm is one kernel that reads
/// and writes its tensor once, 2 ab per element of h, and the rest stays as counted.
struct EagerBytes {
  double replicated;  ///< norms and residuals (split by tp only with sequence parallelism)
  double split;       ///< rotary, attention output, MLP (split by tp)
};
inline EagerBytes eager_elementwise_bytes(double h, double q_width, double k_width,
                                          double attn_out_width, double ffn_width, bool gated,
                                          double ab, bool fused_norms = false) {
  const double norm = fused_norms ? 2.0 * ab : 28.0 + 4.0 * ab;
  return {2.0 * norm * h + 2.0 * 3.0 * ab * h, 10.0 * ab * (q_width + k_width) +
                                                   2.0 * ab * attn_out_width +
                                                   (gated ? 5.0 : 2.0) * ab * ffn_width};
}

/// Kernels per layer and micro-batch of the elementwise operations (docs/solvers.md, "Kernel
/// boundaries"). Fused (Megatron-Core / Transformer Engine, torch.compile, XLA): four kernels each
/// way (two add + norm, rotary, activation). Eager: the kernels of the ops whose bytes
/// `eager_elementwise_bytes` counts, forward as modeling_llama.py launches them; backward from
/// the formulas of PyTorch's tools/autograd/derivatives.yaml, one kernel per tensor a formula
/// produces, none for a view, one more where a gradient accumulates over two uses:
/// - each RMSNorm: forward to(fp32), pow, mean, + eps, rsqrt, x rsqrt, to(dtype), x weight (8);
///   backward the two casts (2), pow_backward's self.pow(1), x 2, x grad (3), mean's division
///   (1), rsqrt's result.pow(3), x -0.5, x grad (3), each broadcast product's two operand
///   gradients and the reduction of the broadcast one (3 + 3), the fp32 input's two uses (1): 16.
///   A fused norm (`fused_norms`): one kernel forward, two backward (input and weight gradients);
/// - rotary on Q and on K: forward q x cos, neg, cat, x sin, add (5 each); backward grad x cos,
///   grad x sin, neg (3), slice_backward's zeros and copy for each half (4), and the gradient of
///   q accumulated over its three uses (2): 9 each;
/// - the contiguous attention output: forward one copy, backward a view (0);
/// - two residual adds: forward one kernel each; backward none, but the residual stream's
///   gradient accumulates over its two uses (1 each);
/// - the MLP: gated act(gate) x up forward 2, backward silu_backward and the product's two
///   operand gradients (3); a plain MLP's activation 1 and 1.
struct ElementwiseKernelCount {
  double forward;     ///< kernels of one forward pass of the layer's elementwise ops
  double backward;    ///< kernels of their backward pass
  double activation;  ///< of `forward`, the FFN activation's (what `mlp` recomputation re-runs)
};
inline ElementwiseKernelCount elementwise_kernels(bool eager, bool fused_norms, bool gated) {
  if (!eager) return {4.0, 4.0, 1.0};
  const double norm_f = fused_norms ? 1.0 : 8.0;
  const double norm_b = fused_norms ? 2.0 : 16.0;
  const double act_f = gated ? 2.0 : 1.0;
  const double act_b = gated ? 3.0 : 1.0;
  return {2.0 * norm_f + 2.0 * 5.0 + 1.0 + 2.0 + act_f,
          2.0 * norm_b + 2.0 * 9.0 + 0.0 + 2.0 + act_b, act_f};
}

/// Elementwise traffic per token per layer, in elements: two norms (read + write h each), two
/// residual adds (read 2h, write h each), rotary on Q and K (about 4h), and the FFN activation
/// (read 2 x width, write width when gated; read and write width for a plain MLP). See
/// docs/solvers.md. Needs hidden_dim.
inline double elementwise_elements(const Workload& m) {
  const double h = static_cast<double>(*m.hidden_dim);
  const bool gated = m.ffn_kind.value_or(FfnKind::mlp) == FfnKind::gated;
  const double width =
      m.architecture == Architecture::moe && m.expert_ffn_dim && m.experts_per_token
          ? static_cast<double>(*m.expert_ffn_dim *
                                (*m.experts_per_token + m.shared_experts.value_or(0)))
          : dense_ffn_width(m);
  return 14.0 * h + (gated ? 3.0 : 2.0) * width;
}

}  // namespace mlsysim::solvers::detail
