// Design-space search over parallel configurations and global batches; see search.hpp and
// docs/solvers.md ("Design-space search").
#include "mlsysim/solvers/search.hpp"

#include <algorithm>
#include <string>

#include "checks.hpp"

namespace mlsysim::solvers {
namespace {

/// Keeps the `top` candidates with the highest throughput, best first.
class TopK {
 public:
  explicit TopK(std::size_t k) : k_(k) { best_.reserve(k + 1); }
  void offer(const ParallelConfig& pc, std::int64_t gb, const TrainingResult& r) {
    if (k_ == 0) return;
    const double rate = r.tokens_per_second.base_value();
    if (best_.size() == k_ && rate <= best_.back().result.tokens_per_second.base_value()) return;
    auto at = std::find_if(best_.begin(), best_.end(), [&](const PlanCandidate& c) {
      return rate > c.result.tokens_per_second.base_value();
    });
    best_.insert(at, PlanCandidate{pc, gb, r});
    if (best_.size() > k_) best_.pop_back();
  }
  std::vector<PlanCandidate> take() { return std::move(best_); }

 private:
  std::size_t k_;
  std::vector<PlanCandidate> best_;
};

}  // namespace

PlanResult plan(const Workload& m, const Fleet& fleet, const PlanOptions& o,
                PlanProgress progress) {
  o.training.efficiency.validate();
  if (!m.layers || !m.heads || *m.layers <= 0 || *m.heads <= 0) {
    throw InvalidArgumentError(
        "workload", "'" + std::string(m.info.path) + "' has no transformer shape to plan");
  }
  if (fleet.node == nullptr) throw InvalidArgumentError("fleet", "has no node");
  const bool ranged = o.global_batch_min > 0 || o.global_batch_max > 0;
  if (ranged && (o.global_batch_min <= 0 || o.global_batch_max < o.global_batch_min)) {
    throw InvalidArgumentError("global_batch", "range " + std::to_string(o.global_batch_min) + "-" +
                                                   std::to_string(o.global_batch_max) +
                                                   " is empty or not positive");
  }
  require_positive("seq_len", o.training.seq_len);
  for (auto mb : o.microbatches) require_positive("microbatches", mb);
  for (auto v : o.interleaves) require_positive("interleaves", v);
  for (auto c : o.context_parallel) require_positive("context_parallel", c);
  const std::int64_t n = fleet.total_accelerators();
  const std::int64_t per_node = std::max<std::int64_t>(fleet.node->accelerators_per_node, 1);
  const std::int64_t layers = *m.layers;
  const std::int64_t seq = o.training.seq_len;
  const bool moe = m.architecture == Architecture::moe && m.experts && m.moe_layers() > 0;
  const std::int64_t max_tp = o.max_tp > 0 ? o.max_tp : per_node;

  PlanResult out;
  TopK top(o.top);
  // FSDP2's copy-out and FSDP1's flat gradient describe how ZeRO-3 gathers weights; the other
  // stages gather none.
  TrainingOptions to_sharded = o.training;
  TrainingOptions to_unsharded = o.training;
  to_unsharded.schedule.fsdp_copy_out = false;
  to_unsharded.schedule.fsdp_flat_gradient = false;
  const std::size_t inner = o.microbatches.size() * o.recompute.size() * o.zero_stages.size();

  // Outer shapes first (cheap), so the progress total is known.
  struct Shape {
    std::int64_t tp, pp, cp, dp, ep, v;
  };
  std::vector<Shape> shapes;
  for (std::int64_t tp = 1; tp <= n && tp <= per_node; tp *= 2) {
    if (n % tp != 0) continue;
    if (tp > max_tp) {
      out.removed.user_limits += inner;
      ++out.considered;
      continue;
    }
    if (*m.heads % tp != 0) {
      out.removed.divisibility += inner;
      ++out.considered;
      continue;
    }
    for (std::int64_t pp = 1; pp <= layers && pp <= n / tp; ++pp) {
      if ((n / tp) % pp != 0) continue;
      for (auto cp : o.context_parallel) {
        for (auto v : o.interleaves) {
          if (v > 1 && pp == 1) continue;  // interleaving needs a pipeline
          const std::size_t weight = inner;
          out.considered += 1;
          if ((o.max_pp > 0 && pp > o.max_pp) || (o.max_cp > 0 && cp > o.max_cp)) {
            out.removed.user_limits += weight;
            continue;
          }
          if ((n / (tp * pp)) % cp != 0 || seq % cp != 0 || pp * v > layers) {
            out.removed.divisibility += weight;
            continue;
          }
          const std::int64_t dp = n / (tp * pp * cp);
          if (!moe) {
            shapes.push_back({tp, pp, cp, dp, 1, v});
            continue;
          }
          for (std::int64_t ep = 1; ep <= dp; ep *= 2) {
            if (dp % ep != 0 || *m.experts % ep != 0) continue;
            if (o.max_ep > 0 && ep > o.max_ep) {
              out.removed.user_limits += weight;
              continue;
            }
            shapes.push_back({tp, pp, cp, dp, ep, v});
          }
        }
      }
    }
  }
  const std::size_t total = shapes.size() * inner;
  std::size_t done = 0;
  for (const auto& sh : shapes) {
    for (auto micro : o.microbatches) {
      for (auto rc : o.recompute) {
        for (auto zero : o.zero_stages) {
          ++done;
          if (progress && done % 256 == 0) progress(done, total);
          ParallelConfig pc;
          pc.tp = sh.tp;
          pc.pp = sh.pp;
          pc.cp = sh.cp;
          pc.dp = sh.dp;
          pc.ep = sh.ep;
          pc.interleave = sh.v;
          pc.microbatch = micro;
          pc.recompute = rc;
          pc.saved = o.saved;
          pc.zero_stage = zero;
          pc.sequence_parallel = sh.tp > 1;
          // dp x micro-batch, without overflow (both bounded by the fleet and the list).
          if (micro > (std::int64_t{1} << 40) / sh.dp) {
            ++out.removed.divisibility;
            continue;
          }
          const std::int64_t unit = sh.dp * micro;
          // Global batches to try: the fixed one, or unit x 2^j inside the range.
          std::int64_t batches[64];
          int count = 0;
          if (!ranged) {
            batches[count++] = o.training.global_batch;
          } else {
            for (std::int64_t gb = unit; gb <= o.global_batch_max && count < 64; gb *= 2) {
              if (gb >= o.global_batch_min) batches[count++] = gb;
              if (gb > (std::int64_t{1} << 61)) break;
            }
            if (count == 0) {
              ++out.removed.user_limits;  // no multiple of dp x micro-batch inside the range
              continue;
            }
          }
          bool divisible = false;
          bool fits_any = false;
          for (int i = 0; i < count; ++i) {
            const std::int64_t gb = batches[i];
            if (gb % unit != 0) continue;
            const std::int64_t micro_count = gb / unit;
            if (sh.v > 1 && micro_count % sh.pp != 0) continue;
            divisible = true;
            TrainingOptions& to = zero == 3 ? to_sharded : to_unsharded;
            to.global_batch = gb;
            ++out.evaluated;
            const TrainingResult r = train(m, fleet, pc, to);
            if (!r.memory.fits) continue;
            fits_any = true;
            top.offer(pc, gb, r);
          }
          if (!divisible) {
            ++out.removed.divisibility;
          } else if (!fits_any) {
            ++out.removed.memory;
          }
        }
      }
    }
  }
  if (progress) progress(total, total);
  out.best = top.take();
  return out;
}

}  // namespace mlsysim::solvers
