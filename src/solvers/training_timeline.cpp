// Two-stream (compute, communication) timeline of one pipeline stage; see
// training_timeline.hpp.
#include "training_timeline.hpp"

#include <algorithm>
#include <array>

namespace mlsysim::solvers::detail {
namespace {

constexpr std::int64_t kRing = 16;  // > max prefetch depth + 1

/// Finish times of the last kRing computed layers, by layer position.
struct Recent {
  std::array<Seconds, kRing> t{};
  [[nodiscard]] Seconds done(std::int64_t i) const {  // finish of layer i, 0 before the first
    return i < 0 ? Seconds() : t[static_cast<std::size_t>(i % kRing)];
  }
  void set(std::int64_t i, Seconds v) { t[static_cast<std::size_t>(i % kRing)] = v; }
};

}  // namespace

namespace {

/// Parameter all-gathers of ZeRO-3/FSDP: layer j's gather is issued once layer j - depth - 1 has
/// finished (at most depth + 1 gathered layers resident), in layer order, on the link.
struct Gathers {
  std::int64_t depth = 0;
  std::int64_t issued = 0;  // layers whose gather is on the link
  Recent end;               // when each layer's gather completes
  /// Issues every gather allowed by the time layer `k` is about to start.
  void issue_through(const StageLayers& s, std::int64_t k,
                     std::int64_t order_of(std::int64_t, std::int64_t), const Recent& done,
                     Seconds& link, Seconds& comm) {
    const std::int64_t n = s.size();
    while (issued < n && issued <= k + depth) {
      const LayerTimes& l = s.at(order_of(issued, n));
      link = std::max(link, done.done(issued - depth - 1)) + l.param_gather;
      comm += l.param_gather;
      end.set(issued, link);
      ++issued;
    }
  }
};

std::int64_t forward_order(std::int64_t k, std::int64_t) { return k; }
std::int64_t backward_order(std::int64_t k, std::int64_t n) { return n - 1 - k; }

}  // namespace

Seconds contended(Seconds compute, Seconds busy, double slowdown) {
  if (busy <= Seconds() || slowdown <= 0) return compute;
  // While the link is busy compute advances at 1 / (1 + slowdown): finished under the link, it
  // takes compute (1 + slowdown); else it pays busy x slowdown / (1 + slowdown) extra.
  return compute + std::min(busy, compute * (1.0 + slowdown)) * (slowdown / (1.0 + slowdown));
}

Seconds beside(Seconds compute, Seconds busy, const Overlap& o) {
  if (o.stall) return busy > Seconds() ? compute + busy : compute;
  return contended(compute, busy, o.slowdown);
}

Seconds exposed(Seconds comm, Seconds compute, const Overlap& o) {
  return std::max(comm, beside(compute, comm, o)) - compute;
}

PassResult forward_pass(const StageLayers& s, const Overlap& o) {
  const bool zero3 = o.zero3;
  PassResult r;
  if (!zero3) {  // nothing on the link: the layers back to back
    r.compute_end = static_cast<double>(s.count[0]) * s.kind[0].forward +
                    static_cast<double>(s.count[1]) * s.kind[1].forward;
    r.end = r.compute_end;
    return r;
  }
  Recent rec;
  Gathers g{o.depth, 0, {}};
  Seconds now;
  Seconds link;
  const std::int64_t n = s.size();
  for (std::int64_t i = 0; i < n; ++i) {
    Seconds ready = now;
    if (zero3) {
      g.issue_through(s, i, forward_order, rec, link, r.comm);
      ready = std::max(now, g.end.done(i));
    }
    now = ready + beside(s.at(i).forward, link - ready, o);
    rec.set(i, now);
  }
  r.compute_end = now;
  r.end = std::max(now, link);
  return r;
}

PassResult backward_pass(const StageLayers& s, const Overlap& o, const Buckets& b) {
  const bool zero3 = o.zero3;
  PassResult r;
  if (!zero3 && !b.enabled) {  // nothing on the link: the layers back to back
    r.compute_end = static_cast<double>(s.count[0]) * s.kind[0].backward +
                    static_cast<double>(s.count[1]) * s.kind[1].backward;
    r.end = r.compute_end;
    return r;
  }
  Recent rec;
  Gathers g{o.depth, 0, {}};
  Seconds now;
  Seconds link;
  double pending = 0;  // parameters waiting in the current bucket
  const std::int64_t n = s.size();
  auto reduce = [&](double params, Seconds at) {
    const Seconds t = params * b.per_param + b.per_bucket;
    link = std::max(link, at) + t;
    r.comm += t;
  };
  for (std::int64_t k = 0; k < n; ++k) {  // k-th layer in backward order
    const LayerTimes& l = s.at(n - 1 - k);
    Seconds ready = now;
    if (zero3) {
      g.issue_through(s, k, backward_order, rec, link, r.comm);
      ready = std::max(now, g.end.done(k));
    }
    now = ready + beside(l.backward, link - ready, o);
    rec.set(k, now);
    if (zero3) {
      link = std::max(link, now) + l.grad_reduce;
      r.comm += l.grad_reduce;
    }
    if (b.enabled) {
      pending += l.grad_params;
      if (b.overlapped && pending >= b.bucket_params) {
        reduce(pending, now);
        pending = 0;
      }
    }
  }
  if (b.enabled) {
    pending += b.extra_params;
    if (b.overlapped) {
      if (pending > 0) reduce(pending, now);
    } else {
      // Unoverlapped: every bucket after the pass.
      const double buckets = b.bucket_params > 0 ? std::max(1.0, pending / b.bucket_params) : 1.0;
      const Seconds t = pending * b.per_param + buckets * b.per_bucket;
      link = std::max(link, now) + t;
      r.comm += t;
    }
  }
  r.compute_end = now;
  r.end = std::max(now, link);
  return r;
}

}  // namespace mlsysim::solvers::detail
