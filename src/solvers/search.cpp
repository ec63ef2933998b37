#include "mlsysim/solvers/search.hpp"

#include <algorithm>

namespace mlsysim::solvers {

PlanResult plan(const Workload& m, const Fleet& fleet, const PlanOptions& o) {
  o.training.efficiency.validate();
  if (!m.layers || !m.heads) {
    throw InvalidArgumentError(
        "workload", "'" + std::string(m.info.path) + "' has no transformer shape to plan");
  }
  if (fleet.node == nullptr) throw InvalidArgumentError("fleet", "has no node");
  const std::int64_t n = fleet.total_accelerators();
  const std::int64_t per_node = fleet.node->accelerators_per_node;
  const std::int64_t layers = *m.layers;
  std::vector<std::int64_t> tps;
  for (std::int64_t t = 1; t <= per_node && t <= n; t *= 2) {
    if (*m.heads % t == 0 && n % t == 0) tps.push_back(t);
  }
  struct Shape {
    std::int64_t tp, pp, v;
  };
  std::vector<Shape> shapes;
  for (auto tp : tps) {
    for (std::int64_t pp = 1; pp <= layers && tp * pp <= n; ++pp) {
      if ((n / tp) % pp != 0) continue;
      for (std::int64_t v : {1, 2, 3, 4}) {
        if (v > 1 && pp == 1) continue;
        if (pp * v > layers) continue;
        shapes.push_back({tp, pp, v});
      }
    }
  }
  PlanResult out;
  const std::size_t total =
      shapes.size() * o.microbatches.size() * o.recompute.size() * o.zero_stages.size();
  std::vector<PlanCandidate> all;
  for (const auto& sh : shapes) {
    for (auto micro : o.microbatches) {
      for (auto rc : o.recompute) {
        for (auto zero : o.zero_stages) {
          ++out.evaluated;
          if (o.progress && out.evaluated % 64 == 0) o.progress(out.evaluated, total);
          ParallelConfig pc;
          pc.tp = sh.tp;
          pc.pp = sh.pp;
          pc.interleave = sh.v;
          pc.dp = n / (sh.tp * sh.pp);
          pc.microbatch = micro;
          pc.recompute = rc;
          pc.zero_stage = zero;
          pc.sequence_parallel = sh.tp > 1;
          if (o.training.global_batch % (pc.dp * micro) != 0) {
            ++out.invalid;
            continue;
          }
          const std::int64_t mb = o.training.global_batch / (pc.dp * micro);
          if (sh.v > 1 && mb % sh.pp != 0) {
            ++out.invalid;
            continue;
          }
          TrainingResult r = train(m, fleet, pc, o.training);
          if (!r.memory.fits) {
            ++out.infeasible;
            continue;
          }
          all.push_back({pc, std::move(r)});
        }
      }
    }
  }
  if (o.progress) o.progress(total, total);
  const std::size_t keep = std::min(o.top, all.size());
  std::partial_sort(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(keep), all.end(),
                    [](const PlanCandidate& a, const PlanCandidate& b) {
                      return a.result.step_time < b.result.step_time;
                    });
  all.resize(keep);
  out.best = std::move(all);
  return out;
}

}  // namespace mlsysim::solvers
