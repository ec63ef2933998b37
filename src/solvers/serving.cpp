// Serving on one replica: the memory plan, the steady-state operating point of continuous (or
// static) batching, and the batch search. See docs/solvers.md ("Serving").
#include "mlsysim/solvers/serving.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <string>

#include "serving_engine.hpp"
#include "typed_math.hpp"

namespace mlsysim::solvers {
namespace {

using detail::Bits;
using detail::Breakdown;
using detail::Engine;
using detail::Frequency;
using detail::Seconds;

double d(std::int64_t v) { return static_cast<double>(v); }

/// The memory plan: one definition of what fits, used by every answer.
struct Plan {
  Bits capacity = typed::bytes(0), reserve = typed::bytes(0), weights = typed::bytes(0);
  Bits kv_token_device = typed::bytes(0), block_bytes = typed::bytes(0);
  double blocks_per_request = 0;
  Bits activations = typed::bytes(0);  ///< at the options' batch
  Bits kv_pool = typed::bytes(0);      ///< at the options' batch
  std::int64_t kv_blocks = 0;
  const Engine* engine = nullptr;
  const Engine* draft = nullptr;
  const ServingOptions* o = nullptr;

  /// Tokens and sampled rows of the largest iteration the engine runs at `batch`.
  [[nodiscard]] Bits act_at(std::int64_t batch) const {
    const double in_eff = std::ceil(d(o->input_tokens) * (1.0 - o->prefix_hit_rate));
    const double micro = std::ceil(d(batch) / d(o->pp));
    const double seqs = o->batching == Batching::static_batch ? micro : d(o->params.max_num_seqs);
    const double tokens = o->batching == Batching::static_batch ? micro * std::max(in_eff, 1.0)
                                                                : d(o->params.max_batched_tokens);
    Bits a = engine->activation_bytes(tokens, seqs);
    if (draft != nullptr) a = std::max(a, draft->activation_bytes(tokens, seqs));
    return a;
  }
  [[nodiscard]] Bits pool_at(std::int64_t batch) const {
    return capacity - reserve - weights - act_at(batch);
  }
  [[nodiscard]] bool fits(std::int64_t batch) const {
    // pp micro-batches in flight, each within the engine's limits.
    const double micro = std::ceil(d(batch) / d(o->pp));
    if (micro > d(o->params.max_num_seqs)) return false;
    if (!detail::leaves_prefill_room(*o, micro)) return false;  // no room for prefill
    const Bits pool = pool_at(batch);
    if (pool <= typed::bytes(0)) return false;
    return d(batch) * blocks_per_request <= std::floor(pool / block_bytes);
  }
  [[nodiscard]] std::int64_t max_concurrent() const {
    std::int64_t lo = 0, hi = o->params.max_num_seqs * o->pp;  // fits() is monotone
    while (lo < hi) {
      const std::int64_t mid = lo + (hi - lo + 1) / 2;
      if (fits(mid))
        lo = mid;
      else
        hi = mid - 1;
    }
    return lo;
  }
};

Plan make_plan(const Engine& e, const Engine* draft, const ServingOptions& o) {
  Plan p;
  p.engine = &e;
  p.draft = draft;
  p.o = &o;
  p.capacity = detail::in<typed::bits>(e.hw.usable_capacity());
  p.reserve = p.capacity * o.params.runtime_reserve;
  p.weights =
      e.weight_bytes_device() + (draft != nullptr ? draft->weight_bytes_device() : typed::bytes(0));
  p.kv_token_device = e.kv_bytes_per_token_device() +
                      (draft != nullptr ? draft->kv_bytes_per_token_device() : typed::bytes(0));
  p.block_bytes = d(o.params.kv_block_tokens) * p.kv_token_device;
  // Pages of whole-model KV (target and draft); local layers keep only their window's pages.
  const std::int64_t tokens = o.input_tokens + o.output_tokens;
  const Bits kv_t = e.kv_bytes_per_token_device();
  const Bits kv_d = draft != nullptr ? draft->kv_bytes_per_token_device() : typed::bytes(0);
  const double pages_t = d(e.kv_pages(tokens, o.params.kv_block_tokens));
  const double pages_d =
      draft != nullptr ? d(draft->kv_pages(tokens, o.params.kv_block_tokens)) : 0.0;
  p.blocks_per_request = p.kv_token_device > typed::bytes(0)
                             ? ((kv_t * pages_t + kv_d * pages_d) / p.kv_token_device).value()
                             : pages_t;
  p.activations = p.act_at(o.batch);
  p.kv_pool = std::max(typed::bytes(0), p.pool_at(o.batch));
  p.kv_blocks = p.block_bytes > typed::bytes(0)
                    ? static_cast<std::int64_t>(std::floor(p.kv_pool / p.block_bytes))
                    : 0;
  return p;
}

ServingMemory memory_of(const Plan& p, const Engine& e, const ServingOptions& o) {
  const auto& u = detail::units();
  ServingMemory mem;
  detail::put(mem.capacity, p.capacity, u.gb);
  detail::put(mem.reserve, p.reserve, u.gb);
  detail::put(mem.weights, p.weights, u.gb);
  detail::put(mem.activations, p.activations, u.gb);
  detail::put(mem.kv_per_token, e.kv_bytes_per_token(), u.kib);
  detail::put(mem.kv_per_request,
              d(e.kv_pages(o.input_tokens + o.output_tokens, o.params.kv_block_tokens)) *
                  d(o.params.kv_block_tokens) * e.kv_bytes_per_token(),
              u.gb);
  detail::put(mem.kv_pool, p.kv_pool, u.gb);
  mem.kv_blocks = p.kv_blocks;
  mem.kv_tokens = p.kv_blocks * o.params.kv_block_tokens;
  return mem;
}

Wall wall_of(const Breakdown& b) {
  const Seconds memory_bound = b.gemm + b.attention + b.elementwise - b.compute_bound;
  const Seconds fixed = b.overhead + b.host;  // per-step costs that stream nothing
  const Seconds most = std::max({b.compute_bound, memory_bound, b.communication, fixed});
  if (most == b.compute_bound) return Wall::compute;
  if (most == memory_bound) return Wall::memory;
  if (most == b.communication) return Wall::communication;
  return Wall::overhead;
}

IterationCost cost_of(const Breakdown& b) {
  const auto& u = detail::units();
  IterationCost c;
  detail::put(c.time, b.total(), u.ms);
  detail::put(c.gemm, b.gemm, u.ms);
  detail::put(c.attention, b.attention, u.ms);
  detail::put(c.elementwise, b.elementwise, u.ms);
  detail::put(c.communication, b.communication, u.ms);
  detail::put(c.overhead, b.overhead, u.ms);
  detail::put(c.host, b.host, u.ms);
  c.wall = wall_of(b);
  return c;
}

/// Drafting time for one verification step of `seqs` sequences whose contexts are spread over
/// the output positions (from, to].
Seconds draft_time(const Engine& target, const Engine* draft, const ServingOptions& o, double seqs,
                   double from, double to) {
  if (!o.speculation || seqs <= 0) return typed::secs(0);
  const double k = d(o.speculation->draft_length);
  if (draft != nullptr) return k * draft->seconds(draft->decode_load(seqs, from, to, 0.0));
  return k * o.speculation->self_draft_cost *
         target.seconds(target.decode_load(seqs, from, to, 0.0));
}

}  // namespace

ServingMemory serving_memory(const Workload& m, const HardwareNode& hw, const ServingOptions& o) {
  const Engine e(m, hw, o);
  const std::optional<ServingOptions> draft_opt = detail::draft_options(o);
  std::optional<Engine> draft;
  if (draft_opt) draft.emplace(*o.speculation->draft, hw, *draft_opt);
  const Plan p = make_plan(e, draft ? &*draft : nullptr, o);
  return memory_of(p, e, o);
}

IterationCost iteration_cost(const Workload& m, const HardwareNode& hw, const ServingOptions& o,
                             const IterationLoad& load) {
  if (load.decode_sequences < 0 || load.decode_context < 0 || load.prefill_tokens < 0 ||
      load.prefill_sequences < 0 || !(load.prefill_attended >= 0) ||
      !(load.prefill_attended_absorbed >= 0) || !(load.prefill_context_upprojected >= 0)) {
    throw InvalidArgumentError("load", "token and sequence counts must not be negative");
  }
  const Engine e(m, hw, o);
  if (e.local_fraction() > 0 &&
      ((load.decode_sequences > 0 && !(load.decode_attended_local >= 0)) ||
       (load.prefill_tokens > 0 && !(load.prefill_attended_local >= 0)))) {
    throw InvalidArgumentError(
        "load", "'" + std::string(m.info.path) + "' has " + std::to_string(m.local_layers()) +
                    " layers with local attention: give decode_attended_local and "
                    "prefill_attended_local (the sums over a local layer's window)");
  }
  if (!e.latent_attention() &&
      (load.prefill_attended_absorbed > 0 || load.prefill_context_upprojected > 0)) {
    throw InvalidArgumentError(
        "load", "'" + std::string(m.info.path) +
                    "' has no multi-head latent attention: prefill_attended_absorbed and "
                    "prefill_context_upprojected must be 0");
  }
  if (load.prefill_attended_absorbed > load.prefill_attended) {
    throw InvalidArgumentError(
        "load", "prefill_attended_absorbed exceeds prefill_attended (a share of it)");
  }
  return cost_of(e.iteration(load));
}

ServingResult serve(const Workload& m, const HardwareNode& hw, const ServingOptions& o) {
  const Engine e(m, hw, o);
  const std::optional<ServingOptions> draft_opt = detail::draft_options(o);
  std::optional<Engine> draft;
  if (draft_opt) draft.emplace(*o.speculation->draft, hw, *draft_opt);
  const Engine* dr = draft ? &*draft : nullptr;
  const auto& u = detail::units();
  const Plan plan = make_plan(e, dr, o);
  ServingResult r;

  const double B_all = d(o.batch);
  // With pipeline stages, pp micro-batches of B / pp requests are in flight; each iteration below
  // is one micro-batch's traversal of every stage.
  const double B = std::ceil(B_all / d(o.pp));
  const double in = d(o.input_tokens);
  const double out = d(o.output_tokens);
  const double hit = std::floor(in * o.prefix_hit_rate);
  const double in_eff = std::max(1.0, in - hit);
  const double k = o.speculation ? d(o.speculation->draft_length) : 0.0;
  const double E = o.speculation ? detail::tokens_per_step(*o.speculation) : 1.0;
  const double n_dec = (out - 1.0) / E;  // decode iterations after the first token

  Breakdown step = e.iteration(e.decode_load(B, in, in + out, k));
  const Seconds step_draft = draft_time(e, dr, o, B, in, in + out);
  Seconds ttft = typed::secs(0), tpot = typed::secs(0), cycle = typed::secs(0);
  Breakdown prefill;
  if (o.batching == Batching::static_batch) {
    IterationLoad pl;
    pl.prefill_tokens = static_cast<std::int64_t>(B * in_eff);
    pl.prefill_sequences = o.batch;
    e.attend_prompt(pl, B * in_eff, hit, hit + in_eff);
    prefill = e.iteration(pl);
    // Micro-batches enter the pipeline one stage apart.
    ttft = prefill.total() * (1.0 + (d(o.pp) - 1.0) / d(o.pp));
    tpot = (step.total() + step_draft) / E;
    cycle = ttft + (out - 1.0) * tpot;
  } else if (o.params.schedule == IterationSchedule::prefill_first) {
    // Prompts run in iterations of their own and the running decodes wait for them. In the steady
    // state B / n_dec requests complete, and as many arrive, per decode iteration; the waiting
    // prompts share a prefill iteration up to the token budget (g per iteration), a prompt longer
    // than the budget runs alone in chunks.
    const double budget = d(o.params.max_batched_tokens);
    const Seconds t_dec = step.total() + step_draft;
    const double per_iteration = std::max(1.0, std::floor(budget / in_eff));
    const double g = std::clamp(n_dec > 0 ? B / n_dec : B, 1.0, std::min(B, per_iteration));
    const double chunk = std::min(g * in_eff, budget);
    IterationLoad pl;
    pl.prefill_tokens = static_cast<std::int64_t>(chunk);
    pl.prefill_sequences = static_cast<std::int64_t>(g);
    e.attend_prompt(pl, chunk, hit, hit + in_eff);
    prefill = e.iteration(pl);
    const Seconds t_group = std::ceil(in_eff / budget) * prefill.total();
    ttft = t_group;
    cycle = n_dec * t_dec + (B / g) * t_group;
    // A request's own prompt is in its TTFT; between its tokens it waits on the others' prompts.
    const Seconds seen = n_dec * t_dec + ((B - 1.0) / g) * t_group;
    tpot = n_dec > 0 ? seen / (n_dec * E) : t_dec;
    if (n_dec <= 0) cycle = std::max(cycle, ttft);
  } else {
    const double budget = d(o.params.max_batched_tokens);
    const double room = std::max(1.0, budget - B * (k + 1.0));
    // Steady state: every request's prompt is spread over the decode iterations of the batch.
    const double wanted = n_dec > 0 ? B * in_eff / n_dec : room;
    const double p_it = std::min(wanted, room);
    IterationLoad mix = e.decode_load(B, in, in + out, k);
    mix.prefill_tokens = static_cast<std::int64_t>(std::ceil(p_it));
    mix.prefill_sequences = static_cast<std::int64_t>(std::max(1.0, std::ceil(p_it / in_eff)));
    e.attend_prompt(mix, p_it, hit, hit + in_eff);
    const Breakdown it = e.iteration(mix);
    step = it;
    const Seconds t_it = it.total() + step_draft;
    const double extra = std::max(0.0, B * in_eff - n_dec * room);
    IterationLoad pre;
    pre.prefill_tokens = o.params.max_batched_tokens;
    pre.prefill_sequences = static_cast<std::int64_t>(std::max(1.0, std::ceil(budget / in_eff)));
    e.attend_prompt(pre, budget, hit, hit + in_eff);
    const Seconds t_pre = extra > 0 ? e.seconds(pre) : typed::secs(0);
    cycle = n_dec * t_it + extra / budget * t_pre;
    // A request's own prompt is processed before its first token (its TTFT), not between its
    // output tokens: the decode iterations it waits on carry the prompts of the other B - 1
    // requests only. (Charging all B would count its own prefill twice in its latency: at B = 1
    // a request would pay its prompt in TTFT and again spread over its TPOT.) The cycle above,
    // which sets throughput, keeps all B prompts.
    Seconds seen = cycle;
    if (n_dec > 0 && B > 1.0) {
      const double others = std::min((B - 1.0) * in_eff / n_dec, room);
      IterationLoad omix = e.decode_load(B, in, in + out, k);
      omix.prefill_tokens = static_cast<std::int64_t>(std::ceil(others));
      omix.prefill_sequences = static_cast<std::int64_t>(std::max(1.0, std::ceil(others / in_eff)));
      e.attend_prompt(omix, others, hit, hit + in_eff);
      const double extra_others = std::max(0.0, (B - 1.0) * in_eff - n_dec * room);
      seen = n_dec * (e.iteration(omix).total() + step_draft) + extra_others / budget * t_pre;
    } else if (n_dec > 0) {
      seen = n_dec * (e.iteration(e.decode_load(B, in, in + out, k)).total() + step_draft);
    }
    tpot = n_dec > 0 ? seen / (n_dec * E) : t_it;
    // TTFT: the prompt in chunks of `room` tokens next to the other B - 1 running sequences.
    const double chunk = std::min(in_eff, room);
    IterationLoad cl = e.decode_load(B - 1.0, in, in + out, k);
    cl.prefill_tokens = static_cast<std::int64_t>(chunk);
    cl.prefill_sequences = 1;
    e.attend_prompt(cl, chunk, hit, hit + in_eff);
    prefill = e.iteration(cl);
    ttft =
        std::ceil(in_eff / room) * (prefill.total() + draft_time(e, dr, o, B - 1.0, in, in + out));
    if (n_dec <= 0) cycle = std::max(cycle, ttft);
  }
  // The front end (ServingParams::front_end_*) runs on the host before the engine. A static
  // batch starts when its last prompt is through the workers; a continuous engine's request has
  // a worker to itself before its prompt, and the workers bound the rate at which requests reach
  // the engine. The front end's latency holds no worker.
  const Seconds front = detail::front_end_work(o.params, in);
  const double workers = d(o.params.front_end_workers);
  ttft += detail::in<typed::seconds>(o.params.front_end_latency) +
          (o.batching == Batching::static_batch ? std::ceil(B_all / workers) * front : front);
  const Seconds latency = ttft + (out - 1.0) * tpot;
  detail::put(r.ttft, ttft, u.ms);
  detail::put(r.tpot, tpot, u.ms);
  detail::put(r.request_latency, latency, u.s);
  const Seconds period =
      std::max(o.batching == Batching::static_batch ? latency : cycle, B_all * front / workers);
  const Frequency tokens_per_second = B_all * out / period;
  const Frequency requests_per_second = B_all / period;
  detail::put(r.output_throughput, tokens_per_second, u.tokens_per_s);
  detail::put(r.request_throughput, requests_per_second, u.per_s);
  r.decode_step = cost_of(step);
  r.tokens_per_step = E;
  r.prefill_wall = wall_of(prefill);
  r.decode_wall = wall_of(step);

  r.memory = memory_of(plan, e, o);
  r.kv_per_token = r.memory.kv_per_token;
  r.kv_per_request = r.memory.kv_per_request;
  r.weights_per_device = r.memory.weights;
  r.capacity_per_device = r.memory.capacity;
  const Bits kv_batch = B_all * plan.blocks_per_request * plan.block_bytes;
  detail::put(r.memory_per_device, plan.reserve + plan.weights + plan.activations + kv_batch, u.gb);
  r.max_concurrent = plan.max_concurrent();
  r.concurrency_limit = r.max_concurrent >= o.params.max_num_seqs ? Wall::overhead : Wall::capacity;
  r.feasible = plan.fits(o.batch);
  if (!r.feasible) r.decode_wall = Wall::capacity;
  r.knee_batch = e.knee_batch();
  return r;
}

BatchSearch best_batch(const Workload& m, const HardwareNode& hw, const ServingTargets& t,
                       ServingOptions o) {
  for (const auto& [name, q] :
       {std::pair{"ttft_target", &t.ttft}, std::pair{"tpot_target", &t.tpot},
        std::pair{"request_latency_target", &t.request_latency}}) {
    if (*q && ((*q)->dimension() != dims::time || !((*q)->base_value() > 0) ||
               !std::isfinite((*q)->base_value()))) {
      throw InvalidArgumentError(name, "must be a positive time, got '" + (*q)->str() + "'");
    }
  }
  BatchSearch s;
  const auto check = [&](const ServingResult& r, BatchSearch& into) {
    into.ttft_met = !t.ttft || !(*t.ttft < r.ttft);
    into.tpot_met = !t.tpot || !(*t.tpot < r.tpot);
    into.request_latency_met = !t.request_latency || !(*t.request_latency < r.request_latency);
    return into.ttft_met && into.tpot_met && into.request_latency_met;
  };
  const auto missed = [](const BatchSearch& b) -> std::string_view {
    if (!b.tpot_met) return "tpot";
    if (!b.ttft_met) return "ttft";
    if (!b.request_latency_met) return "request_latency";
    return "";
  };
  o.batch = 1;
  s.result = serve(m, hw, o);
  const bool ok1 = check(s.result, s);
  if (!s.result.feasible) {
    s.batch = 0;
    s.binding = Wall::capacity;
    return s;
  }
  if (!ok1) {
    s.batch = 0;
    s.binding = s.result.decode_wall;
    s.binding_target = missed(s);
    return s;
  }
  std::int64_t lo = 1, hi = std::max<std::int64_t>(1, s.result.max_concurrent);
  const Wall limit = s.result.concurrency_limit;
  while (lo < hi) {
    const std::int64_t mid = lo + (hi - lo + 1) / 2;
    o.batch = mid;
    BatchSearch probe;
    const ServingResult r = serve(m, hw, o);
    if (r.feasible && check(r, probe))
      lo = mid;
    else
      hi = mid - 1;
  }
  o.batch = lo;
  s.batch = lo;
  s.result = serve(m, hw, o);
  check(s.result, s);
  if (lo >= s.result.max_concurrent) {
    s.binding = limit;
    s.binding_target = "";
  } else {
    o.batch = lo + 1;
    BatchSearch next;
    const ServingResult r = serve(m, hw, o);
    check(r, next);
    s.binding = r.decode_wall;
    s.binding_target = missed(next);
  }
  return s;
}

SpeculationComparison compare_speculation(const Workload& m, const HardwareNode& hw,
                                          const ServingOptions& o) {
  if (!o.speculation) {
    throw InvalidArgumentError("speculation", "set the draft length and acceptance to compare");
  }
  SpeculationComparison c;
  ServingOptions base = o;
  base.speculation.reset();
  c.baseline = serve(m, hw, base);
  c.speculative = serve(m, hw, o);
  c.tpot_speedup = c.baseline.tpot.base_value() / c.speculative.tpot.base_value();
  c.throughput_gain =
      c.speculative.output_throughput.base_value() / c.baseline.output_throughput.base_value();
  return c;
}

std::int64_t best_batch_for_latency(const Workload& m, const HardwareNode& hw,
                                    const Quantity& tpot_target, ServingOptions o) {
  ServingTargets t;
  if (tpot_target.dimension() != dims::time || !(tpot_target.base_value() > 0)) {
    throw InvalidArgumentError("tpot_target",
                               "must be a positive time, got '" + tpot_target.str() + "'");
  }
  t.tpot = tpot_target;
  return best_batch(m, hw, t, std::move(o)).batch;
}

std::span<const EngineHostTime> engine_host_times() {
  // docs/solvers.md, "Host time per iteration": the sources and how each figure is derived.
  static const std::array<EngineHostTime, 2> kEngines{{
      {"vllm-v0", "vLLM V0", Quantity(1.217, Unit::parse("ms")), Quantity(30.1, Unit::parse("us")),
       false},
      {"vllm-v1-sync", "vLLM V1 scheduling synchronously (0.8-0.13)",
       Quantity(1.0, Unit::parse("ms")), Quantity(15.0, Unit::parse("us")), true},
  }};
  return kEngines;
}

const EngineHostTime& engine_host_time(std::string_view name) {
  std::string known;
  for (const auto& e : engine_host_times()) {
    if (e.name == name) return e;
    known += (known.empty() ? "" : ", ") + std::string(e.name);
  }
  throw InvalidArgumentError("engine host time",
                             "unknown engine '" + std::string(name) + "' (known: " + known + ")");
}

void ServingParams::use_host_time(const EngineHostTime& engine) {
  host_time_per_iteration = engine.per_iteration;
  host_time_per_sequence = engine.per_sequence;
}

}  // namespace mlsysim::solvers
