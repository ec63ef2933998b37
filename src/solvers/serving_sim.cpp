// Request-level discrete-event simulation of serving replicas, and the capacity planner.
// See docs/solvers.md ("Serving: request-level simulation").
#include "mlsysim/solvers/serving_sim.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <deque>
#include <fstream>
#include <functional>
#include <limits>
#include <queue>
#include <random>
#include <span>
#include <sstream>
#include <string>
#include <utility>

#include "checks.hpp"
#include "serving_engine.hpp"
#include "typed_math.hpp"

namespace mlsysim::solvers {
namespace {

/// The capacity planner's replica search: at most this many steps of +25% replicas from the
/// steady-state estimate (1.25^12 = 14.6 x the estimate); a configuration that meets no SLO by
/// then is reported in the result's notes, not silently dropped.
constexpr int kReplicaSteps = 12;

/// SGLang's admission estimate (KvAdmission::estimated_output): python/sglang/global_config.py
/// (SGLANG_INIT_NEW_TOKEN_RATIO 0.7, SGLANG_MIN_NEW_TOKEN_RATIO_FACTOR 0.14,
/// SGLANG_NEW_TOKEN_RATIO_DECAY_STEPS 600, retract_decode_steps 20) and
/// python/sglang/srt/managers/schedule_policy.py (CLIP_MAX_NEW_TOKENS_ESTIMATION 4096), v0.4-v0.5.
constexpr double kSglInitRatio = 0.7;
constexpr double kSglMinRatio = 0.7 * 0.14;
constexpr double kSglRatioDecay = (kSglInitRatio - kSglMinRatio) / 600.0;
constexpr double kSglRetractSteps = 20;
constexpr std::int64_t kSglClipOutput = 4096;

using detail::Engine;
using detail::EngineCache;

double d(std::int64_t v) { return static_cast<double>(v); }
constexpr double kInf = std::numeric_limits<double>::infinity();

// ---- random numbers: std::mt19937_64 with our own distributions, so every standard library
// gives the same sequence --------------------------------------------------------------------

/// Routing::random's stream: the run's seed xor this constant (the 64-bit golden ratio), so the
/// routing draws are independent of the arrival and length draws of the same seed.
constexpr std::uint64_t kRoutingStream = 0x9E3779B97F4A7C15ULL;

class Random {
 public:
  explicit Random(std::uint64_t seed) : g_(seed) {}
  /// Uniform in (0, 1]: 53 random bits.
  double uniform() { return (static_cast<double>(g_() >> 11) + 1.0) * 0x1.0p-53; }
  double exponential(double rate) { return -std::log(uniform()) / rate; }
  double normal() {  // Box-Muller, one of the pair
    const double u1 = uniform();
    const double u2 = uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
  }

 private:
  std::mt19937_64 g_;
};

std::int64_t sample(const LengthDistribution& dist, Random& rng, std::int64_t cap) {
  double x = dist.mean;
  switch (dist.kind) {
    case LengthKind::fixed:
      break;
    case LengthKind::uniform:
      x = std::floor(dist.low + (1.0 - rng.uniform()) * (dist.high - dist.low + 1.0));
      x = std::min(x, dist.high);
      break;
    case LengthKind::lognormal: {
      const double mu = std::log(dist.mean) - dist.sigma * dist.sigma / 2.0;
      x = std::round(std::exp(mu + dist.sigma * rng.normal()));
      break;
    }
  }
  const double hi = d(dist.max > 0 ? std::min(dist.max, cap) : cap);
  return static_cast<std::int64_t>(std::clamp(x, 1.0, hi));
}

void check_distribution(const char* name, const LengthDistribution& l) {
  const std::string n(name);
  if (!(l.mean >= 1 && l.mean <= 1e9)) {
    throw InvalidArgumentError(n + ".mean",
                               "must be in [1, 1e9] tokens, got " + std::to_string(l.mean));
  }
  if (l.kind == LengthKind::uniform && !(l.low >= 1 && l.high >= l.low && l.high <= 1e9)) {
    throw InvalidArgumentError(n, "uniform bounds must satisfy 1 <= low <= high, got [" +
                                      std::to_string(l.low) + ", " + std::to_string(l.high) + "]");
  }
  if (l.kind == LengthKind::lognormal && !(l.sigma >= 0 && l.sigma <= 5)) {
    throw InvalidArgumentError(n + ".sigma", "must be in [0, 5], got " + std::to_string(l.sigma));
  }
  if (l.max < 0) throw InvalidArgumentError(n + ".max", "must not be negative");
}

void check_slo(const SloTargets& s) {
  for (const auto& [name, q] : {std::pair{"slo.ttft", &s.ttft}, std::pair{"slo.tpot", &s.tpot},
                                std::pair{"slo.e2e", &s.e2e}}) {
    if (*q && ((*q)->dimension() != dims::time || !((*q)->base_value() > 0) ||
               !std::isfinite((*q)->base_value()))) {
      throw InvalidArgumentError(name, "must be a positive time, got '" + (*q)->str() + "'");
    }
  }
}

/// The given KV link between the pools: a positive one-way bandwidth, a non-negative latency.
void check_kv_link(const std::optional<Quantity>& bw, const std::optional<Quantity>& lat) {
  if (bw && (bw->dimension() != dims::information_rate || !(bw->base_value() > 0) ||
             !std::isfinite(bw->base_value()))) {
    throw InvalidArgumentError("kv_link_bandwidth",
                               "must be a positive bandwidth, got '" + bw->str() + "'");
  }
  if (lat && (lat->dimension() != dims::time || !(lat->base_value() >= 0) ||
              !std::isfinite(lat->base_value()))) {
    throw InvalidArgumentError("kv_link_latency",
                               "must be a non-negative time, got '" + lat->str() + "'");
  }
}

void check_post(const Quantity& q) {
  if (q.dimension() != dims::time || !(q.base_value() >= 0) || !std::isfinite(q.base_value())) {
    throw InvalidArgumentError("kv_post_per_descriptor",
                               "must be a non-negative time, got '" + q.str() + "'");
  }
}

// ---- the simulation ---------------------------------------------------------------------------

/// Request::step of a request that finished or left for the decode pool this iteration. (Not "holds
/// no pages": an admitted request whose attention-DP rank had no room yet holds none either.)
constexpr std::int64_t kReleased = -2;

struct Request {
  double arrival = 0;
  std::int64_t in = 0, out = 0;
  std::int64_t prefilled = 0;  ///< prompt tokens in the KV cache (prefix hits count)
  double generated = 0;        ///< tokens produced (fractional under speculation)
  double first = -1, finish = -1;
  std::int64_t blocks = 0;
  std::int64_t prompt = 0;  ///< tokens to prefill: `in`, or in + generated after a preemption
  std::int64_t hit = 0;     ///< prompt tokens served from the prefix cache
  std::int64_t step = -1;   ///< this iteration: prompt tokens (> 0), a decode (0), not run (-1),
                            ///< or released from its replica (kReleased)
};

enum class Role : std::uint8_t { colocated, prefill, decode };

struct Replica {
  Role role = Role::colocated;
  std::deque<int> waiting;  ///< FCFS queue (preempted requests may rejoin at its front)
  std::vector<int> running;
  std::vector<std::pair<int, std::int64_t>> chunks;  ///< this iteration's prefill chunks
  std::vector<int> decoding;                         ///< this iteration's decode sequences
  std::int64_t free_blocks = 0;
  double new_token_ratio = kSglInitRatio;  ///< KvAdmission::estimated_output
  double busy_until = -1;                  ///< < 0: idle
  double busy = 0;
  /// Host time the engine owes for KV transfers it posted since its last iteration started
  /// (SimulationOptions::kv_post_per_descriptor); the next iteration waits for it.
  double posting = 0;
  std::int64_t next_rank = 0;  ///< attention data parallelism: round-robin dispatch
  std::size_t incoming = 0;    ///< KV transfers on their way to this decode engine
  [[nodiscard]] std::size_t load() const { return waiting.size() + running.size() + incoming; }
};

class Simulator {
 public:
  Simulator(const Engine& e, const Engine* draft, const ServingOptions& so,
            const SimulationOptions& o, std::vector<Request>& reqs, double kv_xfer_bw,
            double kv_xfer_alpha)
      : e_(e),
        draft_(draft),
        so_(so),
        o_(o),
        reqs_(reqs),
        xfer_bw_(kv_xfer_bw),
        xfer_alpha_(kv_xfer_alpha),
        router_(o.seed ^ kRoutingStream) {
    budget_ = so.params.max_batched_tokens;
    dp_ = e.data_parallel_ranks();
    rank_loads_.assign(static_cast<std::size_t>(dp_), IterationLoad{});
    if (dp_ > 1) ranks_.assign(reqs_.size(), 0);
    room_.assign(static_cast<std::size_t>(dp_), 0);
    prompts_only_.assign(static_cast<std::size_t>(dp_), char{0});
    admission_ = so.params.kv_admission;
    max_seqs_ = so.params.max_num_seqs;
    block_ = so.params.kv_block_tokens;
    k_ = so.speculation ? d(so.speculation->draft_length) : 0.0;
    tokens_per_step_ = so.speculation ? detail::tokens_per_step(*so.speculation) : 1.0;
    e_.fill(cache_, budget_);
    if (draft_ != nullptr) draft_->fill(draft_cache_, budget_);
    front_latency_ = so.params.front_end_latency.in("s");
    front_fixed_ = so.params.front_end_per_request.in("s");
    front_token_ = so.params.front_end_per_prompt_token.in("s");
    front_free_.assign(static_cast<std::size_t>(so.params.front_end_workers), 0.0);
    post_per_descriptor_ = o.kv_post_per_descriptor.in("s");
    pp_engines_ = static_cast<std::size_t>(so.pp);
    layers_per_stage_ = d(*e.model.layers) / d(so.pp);  // the engine checked layers
  }

  /// Closed loop: requests after the first `clients` are released as others complete.
  void closed_loop(std::size_t clients) {
    released_ = clients;
    for (std::size_t i = 0; i < reqs_.size(); ++i) reqs_[i].arrival = i < clients ? 0.0 : kInf;
  }

  void add_replicas(Role role, std::int64_t n, std::int64_t blocks) {
    for (std::int64_t i = 0; i < n; ++i) {
      Replica r;
      r.role = role;
      r.free_blocks = blocks;
      total_blocks_ = blocks;
      reps_.push_back(std::move(r));
    }
  }

  void run() {
    const std::size_t n = reqs_.size();
    if (std::ranges::any_of(reps_, [](const Replica& x) { return x.role == Role::decode; })) {
      link_free_.assign(reps_.size() / pp_engines_, 0.0);
      dest_.assign(n, 0);
    }
    std::size_t next = 0;
    std::size_t done = 0;
    using Events = std::priority_queue<std::pair<double, int>, std::vector<std::pair<double, int>>,
                                       std::greater<>>;
    Events transfers;
    Events fronted;  // through the front end, for the engine
    const bool front = so_.params.has_front_end();
    while (done < n) {
      const double ta = next < n ? reqs_[next].arrival : kInf;
      const double tf = fronted.empty() ? kInf : fronted.top().first;
      const double tx = transfers.empty() ? kInf : transfers.top().first;
      double tr = kInf;
      std::size_t j = 0;
      for (std::size_t i = 0; i < reps_.size(); ++i) {
        if (reps_[i].busy_until >= 0 && reps_[i].busy_until < tr) {
          tr = reps_[i].busy_until;
          j = i;
        }
      }
      if (tr == kInf && ta == kInf && tf == kInf && tx == kInf) break;  // cannot happen
      if (tr <= ta && tr <= tf && tr <= tx) {
        done += finish_iteration(reps_[j], tr, transfers);
        start_iteration(reps_[j], tr);
      } else if (ta <= tf && ta <= tx) {
        if (front) {
          // The earliest free worker takes the request (requests reach the workers in arrival
          // order); the front end's latency holds no worker.
          const auto w = std::ranges::min_element(front_free_);
          *w = std::max(ta, *w) + front_fixed_ + front_token_ * d(reqs_[next].in);
          fronted.emplace(*w + front_latency_, static_cast<int>(next));
        } else {
          route(static_cast<int>(next), ta, reqs_[next].arrival, false);
        }
        ++next;
      } else if (tf <= tx) {
        const int r = fronted.top().second;
        fronted.pop();
        route(r, tf, tf, false);
      } else {
        const int r = transfers.top().second;
        transfers.pop();
        route(r, tx, tx, true, &reps_[dest_[static_cast<std::size_t>(r)]]);
      }
    }
  }

  [[nodiscard]] std::int64_t preemptions() const { return preemptions_; }

  [[nodiscard]] double busy_total() const {
    double b = 0;
    for (const auto& r : reps_) b += r.busy;
    return b;
  }

 private:
  /// The pool's engines, contiguous in reps_: each replica's so_.pp virtual engines in a row.
  [[nodiscard]] std::pair<std::vector<Replica>::iterator, std::vector<Replica>::iterator> pool(
      Role want) {
    auto first = std::ranges::find_if(reps_, [&](const Replica& x) { return x.role == want; });
    auto last = std::find_if(first, reps_.end(), [&](const Replica& x) { return x.role != want; });
    return {first, last};
  }

  [[nodiscard]] static Replica* least_loaded(std::vector<Replica>::iterator first,
                                             std::vector<Replica>::iterator last) {
    Replica* best = &*first;
    for (auto it = first; it != last; ++it) {
      if (it->load() < best->load()) best = &*it;
    }
    return best;
  }

  /// An arrival (or, with `to_decode`, a transferred prompt) joins an engine of its pool: the
  /// least-loaded one, or the decode engine its transfer was sent to (`target`).
  void route(int r, double now, double, bool to_decode, Replica* target = nullptr) {
    const Role want =
        to_decode ? Role::decode
                  : (reps_.front().role == Role::colocated ? Role::colocated : Role::prefill);
    auto [first, last] = pool(want);
    if (first == last) return;  // every pool has at least one replica (checked)
    if (!to_decode && o_.routing == Routing::random) {
      // One replica drawn uniformly; its least-loaded engine takes the request.
      const auto engines = static_cast<std::ptrdiff_t>(so_.pp);
      const auto pool = (last - first) / engines;
      const auto pick = std::min<std::ptrdiff_t>(
          pool - 1, static_cast<std::ptrdiff_t>(std::floor((1.0 - router_.uniform()) * d(pool))));
      first += pick * engines;
      last = first + engines;
    }
    Replica* best = target != nullptr ? target : least_loaded(first, last);
    if (target != nullptr) target->incoming -= 1;
    // SGLang's data-parallel controller dispatches each request to one attention rank, round
    // robin (load_balance_method "round_robin"); the request stays there.
    if (dp_ > 1) {
      ranks_[static_cast<std::size_t>(r)] = best->next_rank;
      best->next_rank = (best->next_rank + 1) % dp_;
    }
    best->waiting.push_back(r);
    if (to_decode) best->posting += post_per_request(reqs_[static_cast<std::size_t>(r)]);
    if (best->busy_until < 0) start_iteration(*best, now);
  }

  /// Host time a decode replica's worker spends posting one request's KV reads: a descriptor per
  /// KV page of every layer region of a stage (K and V apart, MLA's latent cache one region).
  [[nodiscard]] double post_per_request(const Request& q) const {
    if (!(post_per_descriptor_ > 0)) return 0.0;
    const double regions = e_.latent_attention() ? 1.0 : 2.0;
    const double pages = d(e_.kv_pages(q.in, block_));
    return post_per_descriptor_ * regions * layers_per_stage_ * pages;
  }

  std::int64_t blocks_for(const Request& q, Role role) const {
    const std::int64_t tokens = role == Role::prefill ? q.in : q.in + q.out;
    return e_.kv_pages(tokens, block_);
  }

  /// TensorRT-LLM's reservation (and every disaggregated pool): a request is admitted in arrival
  /// order with pages for its prompt and its whole output, and keeps them to the end.
  void admit_reserving(Replica& rep) {
    while (!rep.waiting.empty() &&
           d(static_cast<std::int64_t>(rep.running.size())) < d(max_seqs_)) {
      Request& q = reqs_[static_cast<std::size_t>(rep.waiting.front())];
      const std::int64_t need = blocks_for(q, rep.role);
      if (need > rep.free_blocks) break;
      rep.free_blocks -= need;
      q.blocks = need;
      rep.running.push_back(rep.waiting.front());
      rep.waiting.pop_front();
    }
  }

  /// Prompt tokens the running requests still have to prefill, capped at the token budget.
  [[nodiscard]] std::int64_t pending_prompt(const Replica& rep) const {
    std::int64_t p = 0;
    for (int id : rep.running) {
      const Request& q = reqs_[static_cast<std::size_t>(id)];
      p += q.prompt - q.prefilled;
    }
    return std::min(p, budget_);
  }

  /// Paged admission (vLLM, SGLang): pages are allocated as tokens are computed (grow()); here a
  /// waiting request is admitted in arrival order while the batch limit and the token budget
  /// allow, and while the policy's memory test passes. `room`: prompt tokens this iteration can
  /// still take.
  bool admit_paged(Replica& rep, std::int64_t room) {
    bool admitted = false;
    // SGLang: the free pages less the pages the running requests' estimated outputs will take
    // (counted in pages, so layers that keep only a window are charged their window).
    std::int64_t rem_pages = rep.free_blocks;
    if (admission_ == KvAdmission::estimated_output) {
      for (int id : rep.running) {
        const Request& q = reqs_[static_cast<std::size_t>(id)];
        if (q.prefilled < q.prompt) {
          rem_pages -= std::max<std::int64_t>(
              0, e_.kv_pages(q.prompt + std::min(q.out, kSglClipOutput), block_) - q.blocks);
        } else {
          const auto now = q.in + static_cast<std::int64_t>(std::floor(q.generated));
          const double left =
              std::min(std::max(0.0, d(q.out) - std::floor(q.generated)), d(kSglClipOutput));
          const auto ahead = static_cast<std::int64_t>(std::ceil(left * rep.new_token_ratio));
          rem_pages -= e_.kv_pages(now + ahead, block_) - e_.kv_pages(now, block_);
        }
      }
    }
    while (room > 0 && !rep.waiting.empty() &&
           d(static_cast<std::int64_t>(rep.running.size())) < d(max_seqs_)) {
      const int id = rep.waiting.front();
      Request& q = reqs_[static_cast<std::size_t>(id)];
      const std::int64_t chunk = std::min(q.prompt - q.prefilled, room);
      if (admission_ == KvAdmission::estimated_output) {
        // PrefillAdder.add_one_req: the prompt plus the whole (clipped) output must fit.
        const std::int64_t need = e_.kv_pages(q.prompt + std::min(q.out, kSglClipOutput), block_);
        if (need > rem_pages) break;
        rem_pages -= need;
      } else {
        // vLLM V1: pages for the chunk this iteration computes (allocate_slots), else stop.
        const std::int64_t need = e_.kv_pages(q.prefilled + chunk, block_);
        if (need > rep.free_blocks) break;
        rep.free_blocks -= need;
        q.blocks = need;
      }
      room -= chunk;
      rep.running.push_back(id);
      rep.waiting.pop_front();
      admitted = true;
    }
    return admitted;
  }

  /// `chunk`: prompt tokens this iteration computes for it, 0 for a decode.
  [[nodiscard]] std::int64_t kv_after(const Request& q, std::int64_t chunk) const {
    if (chunk > 0) return q.prefilled + chunk;
    return std::min(q.in + q.out, q.in + static_cast<std::int64_t>(std::floor(q.generated) + k_));
  }

  /// Frees a running request's pages; it waits to recompute its prompt and the tokens it has
  /// generated (vLLM: at the head of the queue; SGLang: at its end).
  void preempt(Replica& rep, int id) {
    Request& q = reqs_[static_cast<std::size_t>(id)];
    rep.free_blocks += q.blocks;
    q.blocks = 0;
    q.step = -1;
    if (q.first >= 0) q.prompt = q.in + static_cast<std::int64_t>(std::floor(q.generated));
    q.prefilled = std::min(q.hit, q.prompt - 1);
    std::erase(rep.running, id);
    std::erase_if(rep.chunks, [&](const auto& c) { return c.first == id; });
    std::erase(rep.decoding, id);
    if (admission_ == KvAdmission::on_demand) {
      rep.waiting.push_front(id);
    } else {
      rep.waiting.push_back(id);
    }
    ++preemptions_;
  }

  /// The running request the policy gives up first: vLLM the newest; SGLang's retract_decode the
  /// one with the fewest generated tokens, of those the longest prompt.
  [[nodiscard]] int victim(const Replica& rep) const {
    if (admission_ == KvAdmission::on_demand) return rep.running.back();
    const auto key = [&](int id) {
      const Request& q = reqs_[static_cast<std::size_t>(id)];
      return std::pair{std::floor(q.generated), -q.in};
    };
    return *std::ranges::min_element(rep.running, {}, key);
  }

  /// Allocates the pages this iteration's tokens need, in running order; when they are short,
  /// preempts running requests by the policy. Returns whether any request was preempted.
  bool grow(Replica& rep) {
    const auto need_of = [&](int id) -> std::int64_t {
      const Request& q = reqs_[static_cast<std::size_t>(id)];
      if (q.step < 0) return 0;
      return std::max<std::int64_t>(0, e_.kv_pages(kv_after(q, q.step), block_) - q.blocks);
    };
    bool preempted = false;
    if (admission_ == KvAdmission::estimated_output) {
      // check_decode_mem / retract_decode: retract until every remaining request has room for
      // retract_decode_steps more tokens; the ratio restarts from the survivors' progress.
      std::int64_t total = 0;
      for (int id : rep.running) total += need_of(id);
      if (total > rep.free_blocks && rep.running.size() > 1) {
        do {
          preempt(rep, victim(rep));
          preempted = true;
        } while (rep.running.size() > 1 &&
                 d(rep.free_blocks * block_) <
                     kSglRetractSteps * d(static_cast<std::int64_t>(rep.running.size())));
        double decoded = 0, outputs = 0;
        for (int id : rep.running) {
          const Request& q = reqs_[static_cast<std::size_t>(id)];
          decoded += std::floor(q.generated);
          outputs += d(q.out);
        }
        rep.new_token_ratio = std::min(
            1.0, (decoded + kSglRetractSteps * d(static_cast<std::int64_t>(rep.running.size()))) /
                     (outputs + 1.0));
      }
    }
    // After a preemption the scan restarts: the requests already grown need nothing more.
    for (std::size_t i = 0; i < rep.running.size();) {
      const int id = rep.running[i];
      const std::int64_t need = need_of(id);
      if (need <= rep.free_blocks) {
        rep.free_blocks -= need;
        reqs_[static_cast<std::size_t>(id)].blocks += need;
        ++i;
        continue;
      }
      preempt(rep, victim(rep));
      preempted = true;
      i = 0;
    }
    return preempted;
  }

  /// This iteration's prefill chunks and decode sequences from the running requests. Returns the
  /// token budget they leave.
  std::int64_t compose(Replica& rep) {
    return dp_ > 1 ? compose_ranks<true>(rep) : compose_ranks<false>(rep);
  }

  /// compose() with attention-DP ranks (`Ranked`) or one rank; the one-rank case keeps its loops
  /// free of the per-rank bookkeeping (the simulator's hot path).
  template <bool Ranked>
  std::int64_t compose_ranks(Replica& rep) {
    rep.chunks.clear();
    rep.decoding.clear();
    for (int id : rep.running) reqs_[static_cast<std::size_t>(id)].step = -1;
    // Prefill-first engines (SGLang) run a waiting prompt's chunk in an iteration of its own; with
    // attention data parallelism each rank decides for its own requests (the others decode).
    const bool prefill_first =
        so_.params.schedule == IterationSchedule::prefill_first && rep.role != Role::decode;
    const auto pending = [&](int id) {
      const Request& q = reqs_[static_cast<std::size_t>(id)];
      return q.prefilled < q.prompt;
    };
    bool prompts_only = false;
    if constexpr (Ranked) {
      std::ranges::fill(prompts_only_, char{0});
      if (prefill_first) {
        for (int id : rep.running) {
          if (pending(id)) prompts_only_[rank_of(id)] = 1;
        }
      }
      // Token budget split evenly over the ranks (SGLang divides chunked_prefill_size by
      // dp_size), so one rank's prompt takes budget / dp per iteration.
      std::ranges::fill(room_, budget_ / dp_);
    } else {
      prompts_only = prefill_first && std::ranges::any_of(rep.running, pending);
    }
    const auto t = static_cast<std::int64_t>(k_ + 1.0);
    std::int64_t decode_tokens = 0;
    for (int id : rep.running) {
      Request& q = reqs_[static_cast<std::size_t>(id)];
      if constexpr (Ranked) prompts_only = prompts_only_[rank_of(id)] != 0;
      if (!prompts_only && q.prefilled >= q.prompt) {
        q.step = 0;
        rep.decoding.push_back(id);
        decode_tokens += t;
        if constexpr (Ranked) room_[rank_of(id)] -= t;
      }
    }
    std::int64_t room = budget_ - decode_tokens;
    if (rep.role != Role::decode) {
      for (int id : rep.running) {
        if (room <= 0) break;
        Request& q = reqs_[static_cast<std::size_t>(id)];
        if (q.prefilled >= q.prompt) continue;
        std::int64_t c = std::min(q.prompt - q.prefilled, room);
        if constexpr (Ranked) {
          c = std::min(c, room_[rank_of(id)]);
          if (c <= 0) continue;
          room_[rank_of(id)] -= c;
        }
        q.step = c;
        rep.chunks.emplace_back(id, c);
        room -= c;
      }
    }
    return room;
  }

  [[nodiscard]] std::size_t rank_of(int id) const {
    return static_cast<std::size_t>(ranks_[static_cast<std::size_t>(id)]);
  }

  /// Each attention-DP rank's share of this iteration: the decodes and chunks of the requests
  /// dispatched to it.
  void rank_loads(const Replica& rep, bool windows) {
    for (IterationLoad& r : rank_loads_) {
      r = IterationLoad{};
      if (windows) r.decode_attended_local = 0;
    }
    for (int id : rep.decoding) {
      const Request& q = reqs_[static_cast<std::size_t>(id)];
      const double c = d(q.in) + std::floor(q.generated);
      IterationLoad& r = rank_loads_[rank_of(id)];
      r.decode_sequences += static_cast<std::int64_t>(k_ + 1.0);
      r.decode_context += static_cast<std::int64_t>(c * (k_ + 1.0));
      if (windows) r.decode_attended_local += e_.model.local_span(c + 1.0) * (k_ + 1.0);
    }
    for (const auto& [id, c] : rep.chunks) {
      const Request& q = reqs_[static_cast<std::size_t>(id)];
      IterationLoad& r = rank_loads_[rank_of(id)];
      r.prefill_tokens += c;
      r.prefill_sequences += 1;
      e_.attend_prompt(r, d(c), d(q.prefilled), d(q.prefilled + c));
    }
  }

  void start_iteration(Replica& rep, double now) {
    const bool paged = admission_ != KvAdmission::reserve_output && rep.role == Role::colocated;
    if (!paged) {
      admit_reserving(rep);
      compose(rep);
    } else {
      if (rep.running.empty()) rep.new_token_ratio = kSglInitRatio;  // SGLang resets when idle
      bool settle = true;
      if (so_.params.schedule == IterationSchedule::prefill_first) {
        // SGLang: a prefill batch is formed first from the waiting queue, then run alone.
        admit_paged(rep, budget_ - pending_prompt(rep));
      } else {
        // vLLM V1: the running requests are scheduled (and grown) first; waiting ones are
        // admitted into the budget left over only when nothing was preempted.
        const std::int64_t room = compose(rep);
        settle = grow(rep) || admit_paged(rep, room);
      }
      // Compose and grow until no request is preempted (each round removes one at least).
      if (settle) {
        do {
          compose(rep);
        } while (grow(rep));
      }
      if (rep.running.empty() && !rep.waiting.empty()) {
        // Cannot happen: simulate() checked that every request fits a replica's pages alone.
        throw std::logic_error("serving simulator: a replica idles with requests waiting");
      }
    }
    if (rep.decoding.empty() && rep.chunks.empty()) {
      if (!rep.running.empty()) {
        // Cannot happen: every running request decodes or has a chunk (simulate() checked that
        // each attention-DP rank gets a token of the budget); idling here would drop them.
        throw std::logic_error("serving simulator: a replica holds requests it cannot schedule");
      }
      rep.busy_until = -1;
      return;
    }
    if (paged && admission_ == KvAdmission::estimated_output && !rep.decoding.empty()) {
      rep.new_token_ratio = std::max(rep.new_token_ratio - kSglRatioDecay, kSglMinRatio);
    }
    IterationLoad load;
    double ctx = 0, local = 0, local_draft = 0;
    const bool windows = e_.local_fraction() > 0;
    const bool draft_windows = draft_ != nullptr && draft_->local_fraction() > 0;
    for (int id : rep.decoding) {
      const Request& q = reqs_[static_cast<std::size_t>(id)];
      const double c = d(q.in) + std::floor(q.generated);
      ctx += c;
      if (windows) local += e_.model.local_span(c + 1.0);
      if (draft_windows) local_draft += draft_->model.local_span(c + 1.0);
    }
    for (const auto& [id, c] : rep.chunks) {
      const Request& q = reqs_[static_cast<std::size_t>(id)];
      load.prefill_tokens += c;
      load.prefill_sequences += 1;
      e_.attend_prompt(load, d(c), d(q.prefilled), d(q.prefilled + c));
    }
    const bool ranks = dp_ > 1;
    if (ranks) rank_loads(rep, windows);
    const double dseq = d(static_cast<std::int64_t>(rep.decoding.size()));
    load.decode_sequences = static_cast<std::int64_t>(dseq * (k_ + 1.0));
    load.decode_context = static_cast<std::int64_t>(ctx * (k_ + 1.0));
    if (windows) load.decode_attended_local = local * (k_ + 1.0);
    // The event loop keeps plain seconds; the engine's typed iteration time enters it here.
    double t = e_.iteration(load, &cache_,
                            ranks ? std::span<const IterationLoad>(rank_loads_)
                                  : std::span<const IterationLoad>())
                   .total()
                   .value();
    if (so_.speculation && !rep.decoding.empty()) {
      IterationLoad one;
      one.decode_sequences = static_cast<std::int64_t>(dseq);
      one.decode_context = static_cast<std::int64_t>(ctx);
      one.decode_attended_local = draft_ != nullptr ? local_draft : local;
      t += draft_ != nullptr
               ? k_ * draft_->iteration(one, &draft_cache_).total().value()
               : k_ * so_.speculation->self_draft_cost * e_.iteration(one, &cache_).total().value();
    }
    // The connector's posting runs on the worker thread before the forward: the step waits.
    t += rep.posting;
    rep.posting = 0;
    rep.busy_until = now + t;
    rep.busy += t;
  }

  std::size_t finish_iteration(
      Replica& rep, double now,
      std::priority_queue<std::pair<double, int>, std::vector<std::pair<double, int>>,
                          std::greater<>>& transfers) {
    std::size_t done = 0;
    bool removed = false;
    const auto release = [&](Request& q) {
      rep.free_blocks += q.blocks;
      q.blocks = 0;
      q.step = kReleased;
      removed = true;
    };
    const auto completed = [&](Request& q) {
      q.finish = now;
      ++done;
      release(q);
      if (released_ > 0 && released_ < reqs_.size()) reqs_[released_++].arrival = now;
    };
    for (const auto& [id, c] : rep.chunks) {
      Request& q = reqs_[static_cast<std::size_t>(id)];
      q.prefilled += c;
      if (q.prefilled < q.prompt) continue;
      if (q.first >= 0) {  // a preempted request has recomputed its tokens and samples the next
        q.generated += 1;
        if (q.generated >= d(q.out)) completed(q);
        continue;
      }
      if (rep.role == Role::prefill && q.out > 1) {
        // Disaggregated: the prefill pool's sampled token never reaches the client. vLLM's P/D
        // proxy sends the prompt to the prefill instance with max_tokens 1 and stream off,
        // discards its answer but the KV handle, and streams the decode instance's response
        // (tests/v1/kv_connector/nixl_integration/toy_proxy_server.py); the decode replica that
        // pulled the KV samples every streamed token, the first included (below).
        release(q);
        // The KV the prompt left, each rank its share over its own link, the ranks in parallel
        // (a connector's worker per rank reads its peer rank's pages); local layers hand over
        // only their window.
        const double bytes =
            e_.cached_tokens(d(q.in)) * detail::in_bytes(e_.kv_bytes_per_token_rank());
        // The least-loaded decode engine now (transfers on their way count) takes it. A replica's
        // link carries one transfer at a time, in the order they are sent: the prefill
        // replica's out, the decode replica's in (each rank its own link, the ranks in step).
        auto [first, last] = pool(Role::decode);
        Replica* dst = least_loaded(first, last);
        dst->incoming += 1;
        const auto engine = static_cast<std::size_t>(dst - reps_.data());
        dest_[static_cast<std::size_t>(id)] = engine;
        double& out = link_free_[static_cast<std::size_t>(&rep - reps_.data()) / pp_engines_];
        double& in = link_free_[engine / pp_engines_];
        const double end = std::max({now, out, in}) + bytes / xfer_bw_;
        out = end;
        in = end;
        transfers.emplace(end + xfer_alpha_, id);
        continue;
      }
      q.first = now;  // the iteration that completes the prompt samples the first token
      q.generated = 1;
      if (q.out <= 1) completed(q);
    }
    for (int id : rep.decoding) {
      Request& q = reqs_[static_cast<std::size_t>(id)];
      if (q.first < 0) q.first = now;  // a decode pool's first step on a transferred prompt
      q.generated += tokens_per_step_;
      if (q.generated >= d(q.out)) completed(q);
    }
    if (removed) {
      std::erase_if(rep.running,
                    [&](int id) { return reqs_[static_cast<std::size_t>(id)].step == kReleased; });
    }
    rep.busy_until = -1;
    return done;
  }

  const Engine& e_;
  const Engine* draft_;
  const ServingOptions& so_;
  const SimulationOptions& o_;
  std::vector<Request>& reqs_;
  std::vector<Replica> reps_;
  EngineCache cache_, draft_cache_;
  double xfer_bw_, xfer_alpha_;
  std::vector<double> link_free_;   ///< per replica: when its KV link is next free (disaggregated)
  std::vector<std::size_t> dest_;   ///< per request: the decode engine its KV is sent to
  std::size_t pp_engines_ = 1;      ///< engines per replica (so_.pp)
  double post_per_descriptor_ = 0;  ///< seconds (SimulationOptions::kv_post_per_descriptor)
  double layers_per_stage_ = 0;     ///< the model's layers over so_.pp
  Random router_;                   ///< Routing::random's draws
  std::int64_t dp_ = 1;             ///< attention-DP ranks (1 without)
  std::vector<IterationLoad> rank_loads_;  ///< this iteration's load on each rank
  std::vector<std::int64_t> ranks_;        ///< the rank each request was dispatched to (dp_ > 1)
  std::vector<std::int64_t> room_;         ///< prompt tokens each rank can still take
  std::vector<char> prompts_only_;         ///< ranks running prompts alone (prefill first)
  std::int64_t budget_ = 0, max_seqs_ = 0, block_ = 16, total_blocks_ = 0;
  double k_ = 0, tokens_per_step_ = 1;
  std::size_t released_ = 0;  ///< closed loop: requests released so far (0: open loop)
  KvAdmission admission_ = KvAdmission::reserve_output;
  std::int64_t preemptions_ = 0;
  double front_latency_ = 0, front_fixed_ = 0, front_token_ = 0;  ///< front_end_*, seconds
  std::vector<double> front_free_;  ///< when each front-end worker is next free
};

Percentiles percentiles(std::vector<double>& v, const Unit& unit) {
  Percentiles p;
  if (v.empty()) {
    p.mean = p.p50 = p.p90 = p.p99 = detail::base(0.0, unit);
    return p;
  }
  std::sort(v.begin(), v.end());
  const auto at = [&](double q) {
    const auto idx =
        static_cast<std::size_t>(std::ceil(q * d(static_cast<std::int64_t>(v.size()))));
    return v[std::min(v.size() - 1, idx == 0 ? 0 : idx - 1)];
  };
  double sum = 0;
  for (double x : v) sum += x;
  p.mean = detail::base(sum / d(static_cast<std::int64_t>(v.size())), unit);
  p.p50 = detail::base(at(0.50), unit);
  p.p90 = detail::base(at(0.90), unit);
  p.p99 = detail::base(at(0.99), unit);
  return p;
}

}  // namespace

std::vector<TraceRequest> read_trace(const std::string& path) {
  std::ifstream f(path);
  if (!f) throw InvalidArgumentError("trace", "cannot open '" + path + "'");
  std::vector<TraceRequest> out;
  std::string line;
  std::size_t n = 0;
  double last = 0;
  while (std::getline(f, line)) {
    ++n;
    if (line.empty() || line[0] == '#') continue;
    if (n == 1 && line.find_first_not_of("0123456789.,eE+- \t\r") != std::string::npos) continue;
    std::replace(line.begin(), line.end(), ',', ' ');
    std::istringstream row(line);
    TraceRequest r;
    std::string rest;
    const auto where = "'" + path + "' line " + std::to_string(n) + ": ";
    if (!(row >> r.arrival_s >> r.input_tokens >> r.output_tokens) || !std::isfinite(r.arrival_s) ||
        r.arrival_s < 0 || r.input_tokens < 1 || r.output_tokens < 1 ||
        r.input_tokens > (std::int64_t{1} << 31) || r.output_tokens > (std::int64_t{1} << 31)) {
      throw InvalidArgumentError("trace",
                                 where +
                                     "expected 'arrival_s,input_tokens,output_tokens"
                                     "[,cached_tokens]' with a time >= 0 and lengths >= 1");
    }
    if (row >> rest) {
      std::int64_t cached = -1;
      std::istringstream column(rest);
      std::string extra;
      if (!(column >> cached) || !column.eof() || (row >> extra)) {
        throw InvalidArgumentError(
            "trace", where + "expected at most four columns, the fourth a whole cached_tokens");
      }
      if (cached < 0 || cached >= r.input_tokens) {
        throw InvalidArgumentError(
            "trace", where + "cached_tokens must be in [0, input_tokens): " +
                         std::to_string(cached) + " of a " + std::to_string(r.input_tokens) +
                         "-token prompt (at least one prompt token is always computed)");
      }
      r.cached_tokens = cached;
    }
    if (r.arrival_s < last) {
      throw InvalidArgumentError(
          "trace", "'" + path + "' line " + std::to_string(n) + ": arrivals must not decrease");
    }
    last = r.arrival_s;
    out.push_back(r);
  }
  if (out.empty()) throw InvalidArgumentError("trace", "'" + path + "' has no requests");
  return out;
}

SimulationResult simulate(const Workload& m, const HardwareNode& hw, const ServingOptions& so,
                          const SimulationOptions& o) {
  if (o.concurrency < 0 || o.concurrency > 1'000'000) {
    throw InvalidArgumentError("concurrency",
                               "must be in [0, 1000000], got " + std::to_string(o.concurrency));
  }
  if (o.concurrency > 0 && !o.trace.empty()) {
    throw InvalidArgumentError("concurrency", "a closed loop and a trace exclude each other");
  }
  if (o.trace.empty() && o.concurrency == 0 && !(o.qps > 0 && std::isfinite(o.qps))) {
    throw InvalidArgumentError("qps", "must be positive, got " + std::to_string(o.qps));
  }
  if (o.trace.empty() && (o.requests < 1 || o.requests > 10'000'000)) {
    throw InvalidArgumentError("requests",
                               "must be in [1, 10000000], got " + std::to_string(o.requests));
  }
  const auto total = static_cast<std::int64_t>(
      o.trace.empty() ? static_cast<std::size_t>(o.requests) : o.trace.size());
  if (o.warmup < 0 || o.warmup >= total) {
    throw InvalidArgumentError("warmup", "must be in [0, requests), got " +
                                             std::to_string(o.warmup) + " of " +
                                             std::to_string(total) + " requests");
  }
  if (o.primed_prompts < 0 || o.primed_prompts > total) {
    throw InvalidArgumentError("primed_prompts", "must be in [0, requests], got " +
                                                     std::to_string(o.primed_prompts) + " of " +
                                                     std::to_string(total) + " requests");
  }
  check_distribution("input", o.input);
  check_distribution("output", o.output);
  check_slo(o.slo);
  check_post(o.kv_post_per_descriptor);
  check_kv_link(o.kv_link_bandwidth, o.kv_link_latency);
  const bool disagg = o.deployment == Deployment::disaggregated;
  if (o.routing != Routing::least_loaded && o.routing != Routing::random) {
    throw InvalidArgumentError("routing", "must be Routing::least_loaded or random, got " +
                                              std::to_string(static_cast<int>(o.routing)));
  }
  for (auto [name, v] :
       {std::pair{"replicas", o.replicas}, std::pair{"prefill_replicas", o.prefill_replicas},
        std::pair{"decode_replicas", o.decode_replicas}}) {
    require_positive(name, v);
    if (v > 100000) {
      throw InvalidArgumentError(name, "must be at most 100000, got " + std::to_string(v));
    }
  }
  if (so.batching != Batching::continuous) {
    throw InvalidArgumentError("batching", "the simulator runs continuous batching");
  }
  const Engine e(m, hw, so);
  const std::optional<ServingOptions> draft_opt = detail::draft_options(so);
  std::optional<Engine> draft;
  if (draft_opt) draft.emplace(*so.speculation->draft, hw, *draft_opt);
  if (!detail::leaves_prefill_room(so, d(so.params.max_num_seqs))) {
    throw InvalidArgumentError("params.max_num_seqs",
                               "max_num_seqs x (draft length + 1) must be below "
                               "max_batched_tokens, or prefill can starve (mixed iterations)");
  }
  if (const std::int64_t ranks = e.data_parallel_ranks(); so.params.max_batched_tokens < ranks) {
    // Each attention-DP rank takes max_batched_tokens / ranks prompt tokens per iteration
    // (SGLang's chunked_prefill_size // dp_size); below one token a rank never prefills.
    throw InvalidArgumentError(
        "params.max_batched_tokens",
        "with attention data parallelism each of the " + std::to_string(ranks) +
            " ranks takes max_batched_tokens / " + std::to_string(ranks) +
            " prompt tokens per iteration: give at least " + std::to_string(ranks) + ", got " +
            std::to_string(so.params.max_batched_tokens));
  }
  // KV pages per replica: the one memory definition (serving_memory), at the engine's budget.
  const ServingMemory mem = serving_memory(m, hw, so);
  const std::int64_t blocks = mem.kv_blocks;

  // Requests.
  const std::int64_t context = m.max_context.value_or(std::int64_t{1} << 31);
  // Random lengths are clamped to the context; a fixed length beyond it is an error, not a clamp.
  if (o.trace.empty() && o.input.kind == LengthKind::fixed &&
      (o.input.mean > d(context - 1) ||
       (o.output.kind == LengthKind::fixed && o.input.mean + o.output.mean > d(context)))) {
    throw InvalidArgumentError(
        "input.mean", fmt::format("fixed lengths of {} + {} tokens exceed the {}-token context of "
                                  "'{}'",
                                  o.input.mean, o.output.mean, context, m.info.path));
  }
  std::vector<Request> reqs;
  Random rng(o.seed);
  if (!o.trace.empty()) {
    reqs.reserve(o.trace.size());
    for (const auto& t : o.trace) {
      reqs.push_back({t.arrival_s, t.input_tokens, t.output_tokens});
    }
  } else {
    reqs.reserve(static_cast<std::size_t>(o.requests));
    double t = 0;
    for (std::int64_t i = 0; i < o.requests; ++i) {
      if (o.concurrency == 0) t += rng.exponential(o.qps);
      const std::int64_t in = sample(o.input, rng, context - 1);
      const std::int64_t out = sample(o.output, rng, std::max<std::int64_t>(1, context - in));
      reqs.push_back({t, in, out});
    }
  }
  const auto hit_of = [&](std::int64_t in) {
    return std::min(in - 1, static_cast<std::int64_t>(std::floor(d(in) * so.prefix_hit_rate)));
  };
  for (std::size_t i = 0; i < reqs.size(); ++i) {
    Request& q = reqs[i];
    if (q.in + q.out > context) {
      throw InvalidArgumentError("trace", "request " + std::to_string(i) + " of " +
                                              std::to_string(q.in) + " + " + std::to_string(q.out) +
                                              " tokens exceeds the context of '" +
                                              std::string(m.info.path) + "'");
    }
    const std::int64_t need = e.kv_pages(q.in + q.out, so.params.kv_block_tokens);
    if (need > blocks / so.pp) {
      throw InvalidArgumentError(
          "requests", "request " + std::to_string(i) + " of " + std::to_string(q.in + q.out) +
                          " tokens needs " + std::to_string(need) + " KV pages; a replica of " +
                          std::to_string(so.tp) + " x '" + std::string(hw.info.path) + "' holds " +
                          std::to_string(blocks / so.pp) + " per micro-batch");
    }
    q.hit = hit_of(q.in);
    if (!o.trace.empty() && o.trace[i].cached_tokens) {
      const std::int64_t cached = *o.trace[i].cached_tokens;
      if (cached < 0 || cached >= q.in) {
        throw InvalidArgumentError(
            "trace", "request " + std::to_string(i) + ": cached_tokens " + std::to_string(cached) +
                         " is not in [0, input_tokens = " + std::to_string(q.in) + ")");
      }
      q.hit = cached;
    }
    // Primed prompts (requests run in index order, which is arrival order): every whole KV page
    // of the prompt short of the last token.
    if (static_cast<std::int64_t>(i) < o.primed_prompts) {
      const std::int64_t page = so.params.kv_block_tokens;
      q.hit = std::max(q.hit, (q.in - 1) / page * page);
    }
    q.prefilled = q.hit;
    q.prompt = q.in;
  }

  double xfer_bw = kInf, xfer_alpha = 0;
  if (disagg) {
    if (o.kv_link_bandwidth) {
      xfer_bw = o.kv_link_bandwidth->in("B/s");
    } else {
      const Link* link = replica_link(hw);
      if (link == nullptr) {
        throw InvalidArgumentError("kv_link_bandwidth", "'" + std::string(hw.info.path) +
                                                            "' has no link; give the KV link");
      }
      xfer_bw = link->one_way_bandwidth().in("B/s") * so.efficiency.intra_node_link;
    }
    xfer_alpha = o.kv_link_latency ? o.kv_link_latency->in("s") : so.params.link_latency.in("s");
    if (!(xfer_bw > 0) || !(xfer_alpha >= 0)) {
      throw InvalidArgumentError("kv_link", "bandwidth must be positive, latency non-negative");
    }
  }

  Simulator sim(e, draft ? &*draft : nullptr, so, o, reqs, xfer_bw, xfer_alpha);
  if (o.concurrency > 0) {
    sim.closed_loop(std::min(reqs.size(), static_cast<std::size_t>(o.concurrency)));
  }
  std::int64_t replicas = 0;
  // A replica of pp stages runs pp virtual engines (micro-batches in flight), each with a pp-th of
  // the KV pages; an engine's iteration is its micro-batch's traversal of every stage.
  const std::int64_t engines = so.pp;
  const std::int64_t pages = blocks / engines;
  if (disagg) {
    sim.add_replicas(Role::prefill, o.prefill_replicas * engines, pages);
    sim.add_replicas(Role::decode, o.decode_replicas * engines, pages);
    replicas = o.prefill_replicas + o.decode_replicas;
  } else {
    sim.add_replicas(Role::colocated, o.replicas * engines, pages);
    replicas = o.replicas;
  }
  sim.run();
  if (std::ranges::any_of(reqs, [](const Request& q) { return q.finish < 0; })) {
    // Cannot happen: every replica runs until its requests finish; a result over unfinished
    // requests would print nonsense (a -inf TTFT), so it is refused.
    throw std::logic_error("serving simulator: the run ended with unfinished requests");
  }

  // Metrics.
  const auto& u = detail::units();
  SimulationResult r;
  std::vector<double> ttft, tpot, e2e;
  ttft.reserve(reqs.size());
  e2e.reserve(reqs.size());
  tpot.reserve(reqs.size());
  double start = kInf, end = 0, tokens = 0;
  std::int64_t good = 0;
  // Warm-up requests ran (they shaped the queue) but are not measured; the window opens at the
  // first measured arrival.
  for (const auto& q : std::span(reqs).subspan(static_cast<std::size_t>(o.warmup))) {
    const double t1 = q.first - q.arrival;
    const double te = q.finish - q.arrival;
    ttft.push_back(t1);
    e2e.push_back(te);
    double tp = 0;
    if (q.out > 1) {
      tp = (q.finish - q.first) / d(q.out - 1);
      tpot.push_back(tp);
    }
    start = std::min(start, q.arrival);
    end = std::max(end, q.finish);
    tokens += d(q.out);
    const bool ok = (!o.slo.ttft || t1 <= o.slo.ttft->base_value()) &&
                    (!o.slo.tpot || q.out <= 1 || tp <= o.slo.tpot->base_value()) &&
                    (!o.slo.e2e || te <= o.slo.e2e->base_value());
    good += ok ? 1 : 0;
  }
  const double duration = std::max(end - start, 1e-9);
  r.ttft = percentiles(ttft, u.ms);
  r.tpot = percentiles(tpot, u.ms);
  r.e2e = percentiles(e2e, u.s);
  r.completed = static_cast<std::int64_t>(reqs.size()) - o.warmup;
  r.preemptions = sim.preemptions();
  r.accelerators = replicas * so.tp * so.pp;
  r.duration = detail::base(duration, u.s);
  r.output_throughput = Quantity(tokens / duration, u.tokens_per_s);
  static const Unit& requests_per_s = Unit::parse("requests/s");
  r.request_rate = detail::base(d(r.completed) / duration, requests_per_s);
  r.goodput = detail::base(d(good) / duration, requests_per_s);
  r.slo_attainment = d(good) / d(r.completed);
  r.utilization = sim.busy_total() / (d(replicas * engines) * duration);
  const double energy = sim.busy_total() * d(so.tp) * hw.power.tdp.base_value();
  r.energy_per_1k_tokens = detail::base(energy / (tokens / 1000.0), u.j);
  if (o.accelerator_hour_price) {
    const double per_s = o.accelerator_hour_price->base_value();  // USD per second
    r.cost_per_1m_tokens =
        detail::base(per_s * d(r.accelerators) * duration / (tokens / 1e6), u.usd);
  }
  r.ttft_met = !o.slo.ttft || !(*o.slo.ttft < r.ttft.p99);
  r.tpot_met = !o.slo.tpot || !(*o.slo.tpot < r.tpot.p99);
  r.e2e_met = !o.slo.e2e || !(*o.slo.e2e < r.e2e.p99);
  return r;
}

DeploymentComparison compare_disaggregation(const Workload& m, const HardwareNode& hw,
                                            const ServingOptions& so, const SimulationOptions& o) {
  DeploymentComparison c;
  SimulationOptions colo = o;
  colo.deployment = Deployment::colocated;
  colo.replicas = o.prefill_replicas + o.decode_replicas;
  SimulationOptions dis = o;
  dis.deployment = Deployment::disaggregated;
  c.colocated = simulate(m, hw, so, colo);
  c.disaggregated = simulate(m, hw, so, dis);
  return c;
}

// ---- planner ----------------------------------------------------------------------------------

CapacityResult plan_capacity(const Workload& m, const CapacityOptions& c) {
  if (c.trace.empty() && !(c.qps > 0 && std::isfinite(c.qps))) {
    throw InvalidArgumentError("qps", "must be positive, got " + std::to_string(c.qps));
  }
  if (c.devices.empty()) throw InvalidArgumentError("devices", "give at least one device");
  if (!c.slo.ttft && !c.slo.tpot && !c.slo.e2e) {
    throw InvalidArgumentError("slo", "give at least one p99 target (ttft, tpot or e2e)");
  }
  check_slo(c.slo);
  check_post(c.kv_post_per_descriptor);
  check_kv_link(c.kv_link_bandwidth, c.kv_link_latency);
  CapacityResult res;
  const double qps = c.trace.empty() ? c.qps
                                     : d(static_cast<std::int64_t>(c.trace.size())) /
                                           std::max(c.trace.back().arrival_s, 1e-9);
  const double mean_in =
      c.input.kind == LengthKind::uniform ? (c.input.low + c.input.high) / 2 : c.input.mean;
  const double mean_out =
      c.output.kind == LengthKind::uniform ? (c.output.low + c.output.high) / 2 : c.output.mean;
  for (const HardwareNode* hw : c.devices) {
    if (hw == nullptr) throw InvalidArgumentError("devices", "null device");
    if (!hw->unit_cost) {
      res.notes.push_back("'" + std::string(hw->info.path) + "' skipped: no unit_cost to price it");
      continue;
    }
    const double price_s =
        hw->unit_cost->base_value() / c.amortization.base_value() +
        (c.electricity_price ? c.electricity_price->base_value() * hw->power.tdp.base_value()
                             : 0.0);
    for (Precision p : c.precisions) {
      if (!hw->peak(p)) {
        res.notes.push_back("'" + std::string(hw->info.path) + "' has no " +
                            std::string(precision_name(p)) + " rate: skipped");
        continue;
      }
      for (std::int64_t tp : c.tp) {
        std::vector<std::int64_t> seq_options = c.max_num_seqs;
        std::sort(seq_options.begin(), seq_options.end());
        for (std::int64_t chunk : c.chunk_tokens) {
          bool covered = false;  // a smaller max_num_seqs already reached the KV limit
          for (std::int64_t seqs : seq_options) {
            if (covered) continue;
            ServingOptions so = c.base;
            so.tp = tp;
            so.precision.compute = p;
            so.precision.weights = p;
            so.params.max_num_seqs = seqs;
            so.params.max_batched_tokens = chunk;
            so.input_tokens = std::max<std::int64_t>(1, static_cast<std::int64_t>(mean_in));
            so.output_tokens = std::max<std::int64_t>(1, static_cast<std::int64_t>(mean_out));
            if (m.max_context && so.input_tokens + so.output_tokens > *m.max_context) continue;
            // Configurations the search cannot use are named once each in the notes (device,
            // tp, precision and why), never dropped silently.
            const auto skip = [&](const std::string& why) {
              const std::string n =
                  fmt::format("{} tp {} {}: {}", hw->info.key, tp, precision_name(p), why);
              if (std::find(res.notes.begin(), res.notes.end(), n) == res.notes.end())
                res.notes.push_back(n);
            };
            try {
              const ServingMemory mem = serving_memory(m, *hw, so);
              const double per_request =
                  detail::cached_tokens(m, so.params, d(so.input_tokens + so.output_tokens));
              covered = d(seqs) * per_request >= d(mem.kv_tokens);
            } catch (const InvalidArgumentError& ex) {
              skip(ex.what());
              continue;
            }
            ServingTargets t;
            t.tpot = c.slo.tpot;
            ServingResult best_r;
            std::int64_t b = 0;
            try {
              if (d(seqs) * (so.speculation ? d(so.speculation->draft_length) + 1 : 1.0) >=
                  d(chunk))
                continue;
              const BatchSearch s = best_batch(m, *hw, t, so);
              b = s.batch;
              best_r = s.result;
            } catch (const InvalidArgumentError& ex) {
              skip(ex.what());  // tp does not divide the heads, ...
              continue;
            }
            ++res.configurations;
            if (b == 0) {
              skip(best_r.feasible
                       ? fmt::format("one request alone misses the TPOT target ({:.3g} ms "
                                     "per token at batch 1)",
                                     best_r.tpot.in("ms"))
                       : std::string("one request does not fit in memory"));
              continue;
            }
            // Replicas from the steady state at the best batch, then simulated up or down.
            const double per_replica = best_r.request_throughput.in("1/s");
            for (Deployment dep : {Deployment::colocated, Deployment::disaggregated}) {
              if (dep == Deployment::disaggregated && !c.try_disaggregated) continue;
              SimulationOptions so2;
              so2.qps = c.qps;
              so2.requests = c.requests;
              so2.input = c.input;
              so2.output = c.output;
              so2.trace = c.trace;
              so2.seed = c.seed;
              so2.routing = c.routing;
              so2.slo = c.slo;
              so2.deployment = dep;
              so2.kv_post_per_descriptor = c.kv_post_per_descriptor;
              so2.kv_link_bandwidth = c.kv_link_bandwidth;
              so2.kv_link_latency = c.kv_link_latency;
              so2.accelerator_hour_price = detail::base(price_s, Unit::parse("USD/s"));
              std::int64_t r0 = std::max<std::int64_t>(
                  1, static_cast<std::int64_t>(std::ceil(qps / std::max(per_replica, 1e-12))));
              std::int64_t pre = 1, dec = r0;
              if (dep == Deployment::disaggregated) {
                IterationLoad l;
                l.prefill_tokens = chunk;
                l.prefill_sequences = 1;
                l.prefill_attended = d(chunk) * (d(chunk) + 1) / 2;
                l.prefill_attended_local = m.local_causal_keys(d(chunk));
                double rate = 0;
                try {
                  rate = d(chunk) / iteration_cost(m, *hw, so, l).time.in("s");
                } catch (const InvalidArgumentError&) {
                  continue;
                }
                pre = std::max<std::int64_t>(
                    1, static_cast<std::int64_t>(std::ceil(qps * mean_in / (0.7 * rate))));
                dec = r0;
              }
              const auto accel = [&] {
                return (dep == Deployment::colocated ? r0 : pre + dec) * tp;
              };
              std::optional<CapacityCandidate> found;
              bool failed = false;  // simulate() refused the configuration (already noted)
              int iter = 0;
              for (; iter < kReplicaSteps && accel() <= c.max_accelerators; ++iter) {
                so2.replicas = r0;
                so2.prefill_replicas = pre;
                so2.decode_replicas = dec;
                SimulationResult sim;
                try {
                  sim = simulate(m, *hw, so, so2);
                } catch (const InvalidArgumentError& ex) {
                  skip(ex.what());
                  failed = true;
                  break;
                }
                ++res.simulations;
                if (sim.meets()) {
                  CapacityCandidate cand;
                  cand.device = hw;
                  cand.tp = tp;
                  cand.precision = p;
                  cand.max_num_seqs = seqs;
                  cand.chunk_tokens = chunk;
                  cand.deployment = dep;
                  cand.replicas = dep == Deployment::colocated ? r0 : pre + dec;
                  cand.prefill_replicas = dep == Deployment::colocated ? 0 : pre;
                  cand.decode_replicas = dep == Deployment::colocated ? 0 : dec;
                  cand.accelerators = accel();
                  cand.cost_per_hour =
                      Quantity(price_s * 3600.0 * d(cand.accelerators), Unit::parse("USD/h"));
                  cand.sim = sim;
                  found = cand;
                  // Try one replica fewer (the steady-state estimate may be generous).
                  if (dep == Deployment::colocated && r0 > 1 && iter == 0) {
                    --r0;
                    continue;
                  }
                  break;
                }
                if (found) break;  // the smaller one missed: keep the last that met
                if (dep == Deployment::colocated) {
                  r0 += std::max<std::int64_t>(1, r0 / 4);
                } else {
                  if (!sim.ttft_met) pre += std::max<std::int64_t>(1, pre / 4);
                  if (!sim.tpot_met || !sim.e2e_met || sim.ttft_met)
                    dec += std::max<std::int64_t>(1, dec / 4);
                }
              }
              if (found) {
                res.best.push_back(*found);
              } else if (!failed) {
                // The search gave up without a configuration that meets the SLOs: say where, so
                // a larger deployment is never dropped silently.
                res.notes.push_back(fmt::format(
                    "{} tp {} {} {} max_num_seqs {} chunk {}: no replica count met the SLOs "
                    "before the search stopped ({})",
                    hw->info.key, tp, precision_name(p),
                    dep == Deployment::colocated ? "colocated" : "disaggregated", seqs, chunk,
                    iter >= kReplicaSteps
                        ? fmt::format("{} steps of +25% replicas", kReplicaSteps)
                        : fmt::format("{} accelerators would exceed max_accelerators {}", accel(),
                                      c.max_accelerators)));
              }
            }
          }
        }
      }
    }
  }
  std::stable_sort(res.best.begin(), res.best.end(), [](const auto& a, const auto& b) {
    if (a.cost_per_hour.base_value() != b.cost_per_hour.base_value())
      return a.cost_per_hour.base_value() < b.cost_per_hour.base_value();
    if (a.sim.ttft.p99.base_value() != b.sim.ttft.p99.base_value())
      return a.sim.ttft.p99.base_value() < b.sim.ttft.p99.base_value();
    return a.max_num_seqs < b.max_num_seqs;
  });
  // A larger max_num_seqs that never binds gives the same run: keep the smallest.
  const auto same = [](const CapacityCandidate& a, const CapacityCandidate& b) {
    return a.device == b.device && a.tp == b.tp && a.precision == b.precision &&
           a.chunk_tokens == b.chunk_tokens && a.deployment == b.deployment &&
           a.replicas == b.replicas && a.prefill_replicas == b.prefill_replicas &&
           a.sim.ttft.p99.base_value() == b.sim.ttft.p99.base_value() &&
           a.sim.tpot.p99.base_value() == b.sim.tpot.p99.base_value();
  };
  std::vector<CapacityCandidate> unique;
  for (const auto& cand : res.best) {
    if (std::none_of(unique.begin(), unique.end(),
                     [&](const CapacityCandidate& u) { return same(u, cand); }))
      unique.push_back(cand);
  }
  res.best = std::move(unique);
  if (res.best.size() > c.top) res.best.resize(c.top);
  return res;
}

}  // namespace mlsysim::solvers
