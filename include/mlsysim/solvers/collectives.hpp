// Collective communication costs (alpha-beta model) and the pipeline bubble.
//
// M is the message size per rank, N the number of ranks, beta the one-way bandwidth of the link
// each rank drives, alpha the per-step latency. Formulas (Thakur, Rabenseifner & Gropp 2005;
// Patarasuk & Yuan 2009; NCCL's bus-bandwidth convention): ring all-reduce moves 2(N-1)/N M in
// 2(N-1) steps; all-gather and reduce-scatter move (N-1)/N M in N-1 steps; all-to-all moves
// (N-1)/N M in N-1 steps; tree all-reduce 2 ceil(log2 N) (M/beta + alpha). N = 1 costs nothing.
#pragma once

#include <cstdint>

#include "mlsysim/units/quantity.hpp"

namespace mlsysim::solvers {

/// One link class a collective runs over.
struct LinkModel {
  Quantity bandwidth;  ///< one-way bytes/s each rank can drive (already derated)
  Quantity latency;    ///< alpha, per step
};

[[nodiscard]] Quantity ring_all_reduce(const Quantity& bytes, std::int64_t ranks,
                                       const LinkModel& l);
[[nodiscard]] Quantity tree_all_reduce(const Quantity& bytes, std::int64_t ranks,
                                       const LinkModel& l);
[[nodiscard]] Quantity all_gather(const Quantity& bytes, std::int64_t ranks, const LinkModel& l);
[[nodiscard]] Quantity reduce_scatter(const Quantity& bytes, std::int64_t ranks,
                                      const LinkModel& l);
[[nodiscard]] Quantity all_to_all(const Quantity& bytes, std::int64_t ranks, const LinkModel& l);
/// Reduce-scatter inside each node (g ranks), ring all-reduce of M/g across n nodes, all-gather
/// inside each node.
[[nodiscard]] Quantity hierarchical_all_reduce(const Quantity& bytes, std::int64_t per_node,
                                               std::int64_t nodes, const LinkModel& intra,
                                               const LinkModel& inter);
/// Fraction of a pipeline step lost to the bubble: (p - 1) / (v m + p - 1) for p stages,
/// m micro-batches and v interleaved chunks per stage (Narayanan et al. 2021).
[[nodiscard]] double pipeline_bubble(std::int64_t stages, std::int64_t microbatches,
                                     std::int64_t interleave = 1);

}  // namespace mlsysim::solvers
