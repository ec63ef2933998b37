// Internal: the per-layer step timeline of one pipeline stage. Compute runs on one stream and
// communication on another; a collective can start when what it waits for is done and the
// communication stream is free, and compute waits for the collective it needs. Exposed time is
// what the timeline's end moves, never a fixed fraction. See docs/solvers.md ("Step timeline").
#pragma once

#include <cstdint>

#include "mlsysim/units/typed.hpp"

namespace mlsysim::solvers::detail {

using typed::Seconds;

/// Times of one layer for one micro-batch.
struct LayerTimes {
  Seconds forward;         ///< compute incl. exposed TP/CP/EP communication
  Seconds backward;        ///< same, incl. recomputation
  Seconds param_gather;    ///< ZeRO-3/FSDP all-gather of this layer's weights
  Seconds grad_reduce;     ///< ZeRO-3/FSDP reduce-scatter of this layer's gradients
  double grad_params = 0;  ///< parameters whose gradients this layer produces (bucketing)
};

/// A stage is `count[0]` layers of kind 0 followed by `count[1]` of kind 1 (dense then MoE).
struct StageLayers {
  LayerTimes kind[2];
  std::int64_t count[2] = {0, 0};
  [[nodiscard]] std::int64_t size() const { return count[0] + count[1]; }
  [[nodiscard]] const LayerTimes& at(std::int64_t i) const { return kind[i < count[0] ? 0 : 1]; }
};

/// Bucketed data-parallel gradient reduction during a backward pass.
struct Buckets {
  bool enabled = false;      ///< reduce gradients during this backward pass
  bool overlapped = true;    ///< buckets start as soon as they fill (else all after the pass)
  double bucket_params = 0;  ///< parameters per bucket
  double extra_params = 0;   ///< reduced after the last layer (embeddings)
  Seconds per_param;         ///< reduction time per parameter (bandwidth term)
  Seconds per_bucket;        ///< latency per bucket
};

struct PassResult {
  Seconds compute_end;  ///< when the last layer's compute finishes
  Seconds end;          ///< when the pass's communication also finishes
  Seconds comm;         ///< communication issued in the pass
};

/// How the two streams interact: ZeRO-3 prefetch depth, and the compute slowdown while the
/// communication stream is busy (compute runs at 1 / (1 + slowdown) of its speed then).
struct Overlap {
  bool zero3 = false;
  std::int64_t depth = 0;
  double slowdown = 0;
  /// The compute's GEMMs are static persistent kernels that wait for the collective's cores:
  /// compute beside a busy link takes its own time plus the link's (see `beside`).
  bool stall = false;
};

/// Forward pass: with `zero3`, layer i's all-gather may start once layer i - depth - 1 finished
/// (at most depth + 1 gathered layers resident) and the link is free; layer i computes once its
/// gather is done.
[[nodiscard]] PassResult forward_pass(const StageLayers& s, const Overlap& o);

/// Backward pass in reverse layer order: ZeRO-3 gathers as in the forward pass and
/// reduce-scatters each layer's gradients when its backward ends; gradients of ZeRO-0/1/2 are
/// reduced in buckets (`b`) as layers finish.
[[nodiscard]] PassResult backward_pass(const StageLayers& s, const Overlap& o, const Buckets& b);

/// Duration of `compute` that starts `busy` before the communication stream goes idle: the part
/// run alongside communication is slowed by `slowdown`. Exact for one collective against one
/// block of compute: max(busy, compute + busy x slowdown / (1 + slowdown)) when busy covers less.
[[nodiscard]] Seconds contended(Seconds compute, Seconds busy, double slowdown);

/// Duration of `compute` that starts `busy` before the communication stream goes idle, under
/// `o`: with `o.stall` the first GEMM started beside the collective cannot end before the
/// collective does plus the GEMM's own time (a persistent block per core, each with a fixed share
/// of the tiles), so compute + busy; else `contended(compute, busy, o.slowdown)`.
[[nodiscard]] Seconds beside(Seconds compute, Seconds busy, const Overlap& o);

/// What one overlapped collective of `comm` adds to the `compute` it hides behind under `o`: the
/// part that sticks out, or what the compute loses while both run.
[[nodiscard]] Seconds exposed(Seconds comm, Seconds compute, const Overlap& o);

}  // namespace mlsysim::solvers::detail
