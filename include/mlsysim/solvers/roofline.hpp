// Single-device roofline: a workload's forward (or training) step on one HardwareNode, applied per
// operator group, with memory feasibility, MFU and energy.
#pragma once

#include <cstdint>

#include "mlsysim/catalog/hardware.hpp"
#include "mlsysim/catalog/models.hpp"
#include "mlsysim/solvers/common.hpp"
#include "mlsysim/solvers/cost.hpp"

namespace mlsysim::solvers {

struct RooflineOptions {
  std::int64_t batch = 1;    ///< sequences or samples
  std::int64_t tokens = 1;   ///< new tokens per sequence (prefill length; 1 for a decode step);
                             ///< denoising steps for diffusion; ignored per sample
  std::int64_t context = 0;  ///< tokens already in the KV cache (decode)
  Precisions precision{};
  Efficiency efficiency{};
  bool training = false;  ///< forward + backward + optimizer step instead of a forward pass
};

/// What must be resident on the device.
struct MemoryFootprint {
  Quantity weights;
  Quantity kv_cache;
  Quantity activations;
  Quantity gradients_and_optimizer;  ///< training only
  Quantity total;
  Quantity capacity;  ///< main memory, plus flash for weights on MCUs that execute from flash
  bool fits = true;
};

struct RooflineResult {
  Quantity flops;         ///< per step, all ops
  Quantity bytes;         ///< moved to and from memory, all ops
  Quantity compute_time;  ///< sum of the ops' compute times at derated peak
  Quantity memory_time;   ///< sum of the ops' memory times at derated bandwidth
  Quantity overhead;      ///< per-layer dispatch overhead
  Quantity latency;       ///< sum over ops of max(compute, memory) + overhead
  Quantity intensity;     ///< flops / bytes
  Quantity ridge_point;   ///< peak / bandwidth at this precision
  Quantity throughput;    ///< samples or tokens per second
  Quantity energy;        ///< at TDP for the step (an upper bound)
  double mfu = 0;         ///< achieved FLOP/s over the un-derated peak
  Wall wall = Wall::compute;
  MemoryFootprint memory;
  ForwardCost cost;
};

/// Evaluates `m` on `hw`. Throws InvalidArgumentError for a non-positive batch or tokens, an
/// efficiency outside (0, 1], a precision the device lacks, or a workload without FLOP figures.
/// A model that does not fit is reported with `memory.fits == false` and `wall ==
/// Wall::capacity`, its times computed as if the excess streamed over the host link.
[[nodiscard]] RooflineResult roofline(const Workload& m, const HardwareNode& hw,
                                      const RooflineOptions& options = {});

/// What the backward pass recomputes instead of keeping:
/// - `none`: everything is saved.
/// - `selective`: the attention core (scores, softmax, dropout; Korthikanti et al. 2022).
/// - `mlp`: the attention core and the feed-forward block (MLP, or router dispatch + experts),
///   keeping the layer input, norms and attention projections. Megatron-Core's
///   `--recompute-modules core_attn mlp`; MaxText's `save_dot_with_context_except_mlp`,
///   `save_qkv_proj` and `custom` policies that save the attention projections.
/// - `full`: each layer's input is kept and the whole layer recomputed.
/// - `all_but_attention`: the layer input and the attention core's output (the "context") are
///   kept; the attention projections, the feed-forward block and the elementwise operations run
///   again, the attention core does not (its output is saved; FlashAttention's backward needs
///   only q, k, v, which the recomputed projections give, and that output). MaxText's `custom`
///   remat policy with `context` and `decoder_layer_input` saved (MaxText layers/decoders.py,
///   `get_remat_policy`: every tensor not named is rematerialized).
/// - `alternate_matmuls`: torchtitan's op-level selective checkpointing (`[activation_checkpoint]
///   mode = "selective"`, `selective_ac_option = "op"`; torchtitan
///   `distributed/activation_checkpoint.py`, `_custom_policy`). In each layer's forward it keeps
///   the output of the 1st, 3rd, 5th ... matmul (`aten.mm`, counted per layer in forward order:
///   wq, wk, wv, wo, w1, w3, w2 for a Llama layer), of the attention kernel and of tensor
///   parallelism's reduce-scatters; the other matmuls (wk, wo, w3), grouped expert GEMMs (not
///   `aten.mm`) and every elementwise operation run again in the backward pass, the attention
///   core does not.
///
/// Activation bytes per layer held for the backward pass (Korthikanti et al. 2022, eq. 1-2):
/// s b h (34 + 5 a s / h) without recomputation, 34 s b h with selective recomputation, 18 s b h
/// with `mlp` (the MLP's two 8 s b h intermediates dropped; its 2 s b h input and 1-byte mask
/// kept), 4 s b h with `all_but_attention` (the layer input and the context, 2 s b h each), 2 s b h
/// with full recomputation; with tensor parallelism t and sequence parallelism every
/// term is divided by t, without it s b h (10 + 24/t + 5 a s / (h t)) (`mlp`: 10 + 8/t).
/// `alternate_matmuls` counts what it keeps from the layer's widths (query h_q, key-value kv,
/// feed-forward f; a gated layer): s b (2 h input + 2 h_q + 2 kv + 2 h_q attention output +
/// 4 a log-sum-exp + 2 f + 2 h), every term divided by t except the last (w2's output, a whole
/// partial sum on every rank) and, with sequence parallelism, 4 s b h / t more (the two
/// reduce-scatter outputs); the input is divided by t only with sequence parallelism. An
/// ungated layer keeps w1's output (2 f) and recomputes w2. Scaled by bytes(activations)/2.
/// `saved_tensors` keeps the named tensors of `ParallelConfig::saved` (JAX's
/// `save_and_offload_only_these_names`, MaxText's `remat_policy: custom`) on the device or in
/// host memory and recomputes the rest; only the training solver prices it (it needs the set),
/// so activation_bytes_per_layer() refuses it.
enum class Recompute : std::uint8_t {
  none,
  selective,
  mlp,
  full,
  all_but_attention,
  alternate_matmuls,
  saved_tensors
};
[[nodiscard]] Quantity activation_bytes_per_layer(const Workload& m, std::int64_t seq,
                                                  std::int64_t microbatch, std::int64_t tp,
                                                  bool sequence_parallel, Recompute r,
                                                  Precision activations = Precision::bf16);

}  // namespace mlsysim::solvers
