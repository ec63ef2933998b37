// Distributed training of a transformer on a Fleet: 3D (+ expert) parallelism, per-GPU memory,
// collectives on the link each crosses, pipeline bubble, step time, MFU/HFU and time-to-train.
#pragma once

#include <cstdint>
#include <optional>

#include "mlsysim/catalog/models.hpp"
#include "mlsysim/catalog/systems.hpp"
#include "mlsysim/solvers/common.hpp"
#include "mlsysim/solvers/cost.hpp"
#include "mlsysim/solvers/roofline.hpp"

namespace mlsysim::solvers {

/// How attention is executed: a fused kernel that never writes the score matrix to memory
/// (FlashAttention, the default in current frameworks), or scores materialized in HBM and
/// re-read by softmax and dropout (Megatron-LM 2022 and earlier).
enum class AttentionKernel : std::uint8_t { fused, materialized };

struct ParallelConfig {
  std::int64_t tp = 1;          ///< tensor parallel degree
  std::int64_t pp = 1;          ///< pipeline stages
  std::int64_t dp = 1;          ///< data parallel degree
  std::int64_t ep = 1;          ///< expert parallel degree (MoE; within the data-parallel group)
  std::int64_t interleave = 1;  ///< virtual pipeline chunks per stage
  std::int64_t microbatch = 1;  ///< sequences per micro-batch
  bool sequence_parallel = true;
  Recompute recompute = Recompute::selective;
  int zero_stage =
      1;  ///< 0: replicated optimizer; 1: sharded optimizer; 2: + gradients; 3: + weights
};

struct TrainingOptions {
  std::int64_t seq_len = 2048;
  std::int64_t global_batch = 1024;  ///< sequences per optimizer step
  Precisions precision{};
  Efficiency efficiency{};
  AttentionKernel attention = AttentionKernel::fused;
  /// Tokens to train on (for time-to-train); 0 leaves time_to_train unset.
  double token_budget = 0;
};

struct TrainingMemory {
  Quantity weights;
  Quantity gradients;
  Quantity optimizer;
  Quantity activations;
  Quantity total;
  Quantity capacity;
  bool fits = true;
};

struct TrainingResult {
  Quantity step_time;
  Quantity compute_time;       ///< GEMMs at derated peak, per GPU per step
  Quantity memory_bound_time;  ///< elementwise and attention-score traffic
  Quantity tp_comm_time;
  Quantity pp_comm_time;
  Quantity ep_comm_time;
  Quantity dp_comm_time;     ///< total data-parallel communication
  Quantity dp_exposed_time;  ///< the part not hidden behind the backward pass
  Quantity bubble_time;
  Quantity optimizer_time;
  double bubble_fraction = 0;
  Quantity model_flops;             ///< per step, whole fleet (6ND-style, no recomputation)
  Quantity achieved_flops_per_gpu;  ///< model FLOP/s per GPU
  double mfu = 0;
  double hfu = 0;  ///< counts recomputation
  Quantity tokens_per_second;
  std::optional<Quantity> time_to_train;
  std::optional<Quantity> gpu_hours;
  TrainingMemory memory;
  Wall wall = Wall::compute;
  std::int64_t microbatches = 1;  ///< per pipeline per step
};

/// Training FLOPs per token (Narayanan et al. 2021, eq. 3 generalized): 3 x the forward pass, with
/// the forward pass 2 x matmul parameters + 4 x layers x seq x attention width (full,
/// non-causal scores, the convention MFU figures use).
[[nodiscard]] double training_flops_per_token(const Workload& m, std::int64_t seq_len);

/// Evaluates one training step of `m` on `fleet`. Throws InvalidArgumentError when the degrees do
/// not multiply to the fleet's accelerators, do not divide layers, heads or the batch, or any
/// option is out of range; a configuration that does not fit is reported with
/// `memory.fits == false` and `wall == Wall::capacity`.
[[nodiscard]] TrainingResult train(const Workload& m, const Fleet& fleet,
                                   const ParallelConfig& parallel, const TrainingOptions& options);

}  // namespace mlsysim::solvers
