// Design-space search: enumerate parallel configurations (TP x PP x CP x EP x DP x interleave x
// micro-batch x recomputation x ZeRO stage) and global batches for a model on a fleet, reject what
// does not divide, does not fit or breaks a user limit, and rank the rest by throughput.
#pragma once

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <type_traits>
#include <vector>

#include "mlsysim/solvers/training.hpp"

namespace mlsysim::solvers {

struct PlanOptions {
  /// seq_len, precision, efficiency, schedule, token budget; `global_batch` is the batch searched
  /// when no range is given. `schedule.fsdp_copy_out` and `schedule.fsdp_flat_gradient` apply to
  /// the ZeRO-3 configurations only (they name how weights are gathered, and only ZeRO-3 gathers
  /// them).
  TrainingOptions training{};
  std::vector<std::int64_t> microbatches{1, 2, 4, 8};
  /// Recomputation modes tried; `all_but_attention` (a JAX / MaxText policy) only when listed.
  std::vector<Recompute> recompute{Recompute::none, Recompute::selective, Recompute::mlp,
                                   Recompute::full};
  /// The tensors `Recompute::saved_tensors` keeps, when that mode is listed above.
  SavedTensors saved{};
  std::vector<int> zero_stages{1};
  std::vector<std::int64_t> interleaves{1, 2, 3, 4};
  /// Context-parallel degrees tried (each must divide the sequence length).
  std::vector<std::int64_t> context_parallel{1, 2, 4, 8};
  /// Global batch range in sequences; 0 and 0 searches `training.global_batch` only. Inside the
  /// range the search tries dp x micro-batch x 2^j for every j that lands in it.
  std::int64_t global_batch_min = 0;
  std::int64_t global_batch_max = 0;
  /// User limits (0 = none): largest TP (default: the node size), PP, CP and EP degree.
  std::int64_t max_tp = 0;
  std::int64_t max_pp = 0;
  std::int64_t max_cp = 0;
  std::int64_t max_ep = 0;
  std::size_t top = 10;
};

/// A callable `void(std::size_t evaluated, std::size_t total)` that plan() calls as the search
/// goes (for a progress bar). It refers to the callable without owning it, so it is only a
/// parameter of plan(): a lambda passed there lives until plan() returns. (Not `std::function`:
/// `<functional>` would cost every user of `<mlsysim/mlsysim.hpp>` compile time; see
/// docs/performance.md.)
class PlanProgress {
 public:
  /// No progress reports.
  constexpr PlanProgress() noexcept = default;
  template <class F>
  requires(!std::same_as<std::remove_cvref_t<F>, PlanProgress> &&
           std::invocable<F&, std::size_t, std::size_t>) PlanProgress(F&& f)
  noexcept  // NOLINT(google-explicit-constructor): a lambda converts
      : context_(const_cast<void*>(static_cast<const void*>(&f))),
        call_([](void* context, std::size_t done, std::size_t total) {
          (*static_cast<std::remove_reference_t<F>*>(context))(done, total);
        }) {}

  explicit operator bool() const noexcept { return call_ != nullptr; }
  void operator()(std::size_t done, std::size_t total) const { call_(context_, done, total); }

 private:
  void* context_ = nullptr;
  void (*call_)(void*, std::size_t, std::size_t) = nullptr;
};

struct PlanCandidate {
  ParallelConfig parallel;
  std::int64_t global_batch = 0;
  TrainingResult result;
};

/// Why configurations were removed, counted per constraint.
struct PlanRejections {
  std::size_t divisibility = 0;  ///< degrees that do not divide heads, layers, sequence or batch
  std::size_t memory = 0;        ///< evaluated, but do not fit in device memory
  std::size_t user_limits = 0;   ///< outside max_tp / max_pp / max_cp / max_ep or the batch range
};

struct PlanResult {
  std::vector<PlanCandidate> best;  ///< highest tokens/s first
  std::size_t considered = 0;       ///< configurations enumerated
  std::size_t evaluated = 0;        ///< passed the cheap checks and went through train()
  PlanRejections removed;
};

/// Searches tp (powers of two up to the node size dividing the heads), pp (dividing the fleet;
/// uneven stages allowed), cp, ep (MoE: powers of two dividing dp and the experts), dp (the
/// rest), interleave, micro-batch, recomputation, ZeRO stage and global batch; ranks the
/// configurations that fit by tokens per second (equivalently time-to-train). An empty `best`
/// comes with `removed` saying which constraint removed how many. Throws InvalidArgumentError for
/// a model without a transformer shape, a fleet without a node, or an inverted batch range.
/// `progress`, if given, is called with (evaluated, total) every 256 configurations and at the
/// end.
[[nodiscard]] PlanResult plan(const Workload& m, const Fleet& fleet, const PlanOptions& options,
                              PlanProgress progress = {});

}  // namespace mlsysim::solvers
