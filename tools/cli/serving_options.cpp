#include "serving_options.hpp"

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "checks.hpp"

namespace mlsysim::cli {

using namespace solvers;

/// Serving options from the command line and the catalog in use.
ServingOptions serving_options(const ServingCliOptions& c, const HardwareNode& hw,
                               const Catalog& cat) {
  ServingOptions so;
  so.tp = c.tp;
  so.pp = c.pp;
  so.input_tokens = c.input_tokens;
  so.output_tokens = c.output_tokens;
  so.batch = c.batch > 0 ? c.batch : 1;
  so.precision = resolve_precisions(c.precision, hw);
  so.batching = c.static_batch ? Batching::static_batch : Batching::continuous;
  so.prefix_hit_rate = c.prefix_hit;
  if (c.max_num_seqs > 0) so.params.max_num_seqs = c.max_num_seqs;
  if (c.max_batched_tokens > 0) so.params.max_batched_tokens = c.max_batched_tokens;
  if (c.reserve >= 0) so.params.runtime_reserve = c.reserve;
  so.params.windowed_kv_pages = !c.full_kv_pages;
  so.gemm.stream_k = c.stream_k;
  so.params.cuda_graphs = !c.enforce_eager;
  so.params.eager_prefill = c.eager_prefill;
  if (!c.host_time.empty()) so.params.use_host_time(engine_host_time(c.host_time));
  if (const auto t =
          optional_flag_quantity("--host-per-iteration", c.host_per_iteration, kNonNegativeTime)) {
    so.params.host_time_per_iteration = *t;
  }
  if (const auto t =
          optional_flag_quantity("--host-per-sequence", c.host_per_sequence, kNonNegativeTime)) {
    so.params.host_time_per_sequence = *t;
  }
  if (const auto t =
          optional_flag_quantity("--front-end-latency", c.front_end_latency, kNonNegativeTime)) {
    so.params.front_end_latency = *t;
  }
  if (const auto t = optional_flag_quantity("--front-end-per-request", c.front_end_per_request,
                                            kNonNegativeTime)) {
    so.params.front_end_per_request = *t;
  }
  if (const auto t = optional_flag_quantity("--front-end-per-token", c.front_end_per_token,
                                            kNonNegativeTime)) {
    so.params.front_end_per_prompt_token = *t;
  }
  so.params.front_end_workers = c.front_end_workers;
  if (c.no_front_end) so.params.clear_front_end();
  so.params.schedule =
      c.schedule == "prefill-first" ? IterationSchedule::prefill_first : IterationSchedule::mixed;
  so.params.mla_prefill = c.mla_prefill == "absorbed-with-prefix" ? MlaPrefill::absorbed_with_prefix
                          : c.mla_prefill == "absorbed-below-8192" ? MlaPrefill::absorbed_below_8192
                                                                   : MlaPrefill::standard;
  so.params.kv_admission = c.kv_admission == "on-demand"   ? KvAdmission::on_demand
                           : c.kv_admission == "estimated" ? KvAdmission::estimated_output
                                                           : KvAdmission::reserve_output;
  // The TP link's latency: the device's own, else the catalog's NVLink technology entry.
  if (const auto* e = cat.try_find("Hardware.Tech.Interconnect.NVLink")) {
    if (const auto* t = e->get_if<TechEntry>(); t != nullptr && t->latency) {
      so.params.link_latency = *t->latency;
    }
  }
  if (c.acceptance > 0 || !c.draft.empty()) {
    Speculation s;
    s.draft_length = c.draft_length;
    if (c.acceptance > 0) s.acceptance = c.acceptance;
    if (!c.draft.empty()) s.draft = &cat.get<Workload>(c.draft);
    if (c.self_draft_cost >= 0) s.self_draft_cost = c.self_draft_cost;
    so.speculation = s;
  }
  so.moe.expert_parallel = c.expert_parallel;
  so.moe.attention_data_parallel = c.attention_dp;
  if (!c.expert_weights.empty()) so.moe.expert_weights = parse_precision(c.expert_weights);
  so.moe.load_imbalance = c.load_imbalance;
  so.moe.expert_bandwidth_fraction = c.expert_bandwidth_fraction;
  return so;
}

LengthDistribution distribution(const std::string& kind, double mean, double sigma) {
  LengthDistribution l;
  l.mean = mean;
  l.sigma = sigma;
  if (kind == "fixed") {
    l.kind = LengthKind::fixed;
  } else if (kind == "lognormal") {
    l.kind = LengthKind::lognormal;
  } else if (kind == "uniform") {
    l.kind = LengthKind::uniform;  // [mean/2, 3 mean/2]
    l.low = std::max(1.0, std::round(mean / 2));
    l.high = std::round(1.5 * mean);
  } else {
    throw InvalidArgumentError("distribution", "'" + kind + "' is not fixed, uniform or lognormal");
  }
  return l;
}

std::string limit_text(Wall w) {
  return w == Wall::overhead ? "max_num_seqs (engine batch limit)" : "memory capacity (KV pages)";
}

void add_schedule_option(CLI::App* a, ServingCliOptions& o) {
  a->add_option("--schedule", o.schedule,
                "what an iteration carries: mixed (decodes plus prefill chunks, vLLM V1 and "
                "TensorRT-LLM; default) or prefill-first (waiting prompts run alone, SGLang)")
      ->check(CLI::IsMember({"mixed", "prefill-first"}));
  a->add_option("--mla-prefill", o.mla_prefill,
                "the attention form of an MLA model's (DeepSeek's) prompt chunks: standard (d_qk + "
                "d_v per head, vLLM; default), absorbed-with-prefix (the latent form for chunks "
                "with a cached prefix, SGLang's triton MLA backend to v0.4.5) or "
                "absorbed-below-8192 (the latent form below 8,192 prefix tokens, SGLang's fa3 "
                "backend on Hopper from v0.4.5.post1); docs/solvers.md \"MLA prefill form\"")
      ->check(CLI::IsMember({"standard", "absorbed-with-prefix", "absorbed-below-8192"}));
  a->add_option("--kv-admission", o.kv_admission,
                "how simulated requests hold KV pages: reserve (prompt and whole output at "
                "admission, TensorRT-LLM; default), on-demand (pages as tokens come, the newest "
                "request preempted when short, vLLM) or estimated (SGLang's new-token ratio)")
      ->check(CLI::IsMember({"reserve", "on-demand", "estimated"}));
}

bool engine_host_time_given(const ServingParams& p) {
  return p.host_time_per_iteration.base_value() > 0 || p.host_time_per_sequence.base_value() > 0;
}

std::string host_time_text(const ServingParams& p) {
  std::string s;
  if (engine_host_time_given(p)) {
    s += fmt::format("; host time {} per iteration + {} per sequence",
                     p.host_time_per_iteration.str(), p.host_time_per_sequence.str());
  }
  if (p.has_front_end()) {
    s += fmt::format("; front end {} + {} per prompt token on {} worker{} + {} latency",
                     p.front_end_per_request.str(), p.front_end_per_prompt_token.str(),
                     p.front_end_workers, p.front_end_workers == 1 ? "" : "s",
                     p.front_end_latency.str());
  }
  return s;
}

std::optional<std::string> host_time_assumption(const ServingCliOptions& c) {
  if (!c.host_time.empty() || !c.host_per_iteration.empty() || !c.host_per_sequence.empty()) {
    return std::nullopt;
  }
  std::string engines;
  for (const auto& e : engine_host_times()) {
    engines += fmt::format("{}{} + {} per sequence for {} (--host-time {}{})",
                           engines.empty() ? "" : ", ", e.per_iteration.str(), e.per_sequence.str(),
                           e.engine, e.name, e.estimate ? ", an estimate" : "");
  }
  return "no host time between iterations is priced: the engine is taken to overlap scheduling "
         "and input preparation with the devices (vLLM from v0.14, SGLang, TensorRT-LLM); an "
         "engine that does not waits, a step, " +
         engines + " (docs/solvers.md, \"Host time per iteration\")";
}

std::string disaggregated_assumption(const solvers::CapacityOptions& c) {
  const Quantity& post = c.kv_post_per_descriptor;
  const std::string link =
      c.kv_link_bandwidth
          ? fmt::format("a given link of {} one-way per rank{}", c.kv_link_bandwidth->str(),
                        c.kv_link_latency ? " plus " + c.kv_link_latency->str()
                                          : std::string(" plus the device link's latency"))
          : std::string(
                "its own device link (one-way bandwidth x efficiency.intra_node_link, "
                "plus ") +
                (c.kv_link_latency ? c.kv_link_latency->str() : std::string("the link latency")) +
                "; pools on different nodes cross the NICs instead: --kv-link-bandwidth)";
  const std::string posting =
      post.base_value() > 0
          ? fmt::format(
                "the decode replica's posting of each transfer holds its next step for {} "
                "per descriptor (a KV page of a layer region)",
                post.str())
          : std::string(
                "the decode replica's posting of each transfer is not priced (vLLM's "
                "NixlConnector holds the decode step for it; published costs 0.074-3.75 "
                "us per posted descriptor, NIXL merging adjacent pages first: "
                "--kv-post-per-descriptor)");
  return "disaggregated candidates move each rank's share of a prompt's KV over " + link +
         ", one transfer at a time on each replica's link; " + posting +
         " (docs/solvers.md, \"KV connector posting\")";
}

void add_host_time_options(CLI::App* a, ServingCliOptions& o) {
  auto* per_iteration = a->add_option(
      "--host-per-iteration", o.host_per_iteration,
      "host time the devices wait for each iteration (scheduling, input preparation), "
      "e.g. \"0.7 ms\"; default none (docs/solvers.md \"Host time per iteration\")");
  auto* per_sequence =
      a->add_option("--host-per-sequence", o.host_per_sequence,
                    "host time per sequence in an iteration, e.g. \"30 us\"; default none");
  std::vector<std::string> engines;
  std::string described;
  for (const auto& e : engine_host_times()) {
    engines.emplace_back(e.name);
    described +=
        fmt::format("{}{}: {} + {} per sequence{}", described.empty() ? "" : "; ", e.name,
                    e.per_iteration.str(), e.per_sequence.str(), e.estimate ? " (estimate)" : "");
  }
  a->add_option("--host-time", o.host_time,
                "an engine's published host time per iteration (" + described +
                    "; docs/solvers.md \"Host time per iteration\")")
      ->check(CLI::IsMember(engines))
      ->excludes(per_iteration)
      ->excludes(per_sequence);
  auto* none = a->add_flag("--no-front-end", o.no_front_end,
                           "no front end before the engine: an in-process benchmark "
                           "(trtllm-bench, vllm bench throughput, LLM.generate)");
  auto* latency =
      a->add_option("--front-end-latency", o.front_end_latency,
                    "front-end latency per request that holds no worker (HTTP, hand-over to the "
                    "engine, the first token's way back); default 6.6 ms (docs/solvers.md \"Front "
                    "end\")");
  auto* per_request =
      a->add_option("--front-end-per-request", o.front_end_per_request,
                    "serialized front-end time per request on a worker (chat template); default "
                    "0 ms");
  auto* per_token =
      a->add_option("--front-end-per-token", o.front_end_per_token,
                    "serialized front-end time per prompt token on a worker (tokenization); "
                    "default 2 us");
  auto* workers = a->add_option("--front-end-workers", o.front_end_workers,
                                "front-end workers taking requests in arrival order (default 1)");
  none->excludes(latency)->excludes(per_request)->excludes(per_token)->excludes(workers);
}

void add_launch_options(CLI::App* a, ServingCliOptions& o) {
  a->add_flag("--enforce-eager", o.enforce_eager,
              fmt::format("no CUDA graphs (vLLM --enforce-eager, SGLang --disable-cuda-graph): "
                          "every iteration launches its kernels from the host and lasts at least "
                          "their host launch time, {} per kernel (docs/solvers.md \"Eager "
                          "launches\")",
                          solvers::ServingParams{}.eager_host_per_kernel.str()));
  a->add_flag("--eager-prefill", o.eager_prefill,
              "iterations with prompt tokens launch their kernels from the host even with CUDA "
              "graphs (SGLang, vLLM V0; vLLM V1 replays piecewise graphs) and last at least their "
              "host launch time (docs/solvers.md \"Eager launches\")");
}

void add_replica_options(CLI::App* a, ServingCliOptions& o) {
  a->add_option("--tp", o.tp, "devices in the tensor-parallel group")->check(CLI::PositiveNumber);
  a->add_option("--pp", o.pp, "pipeline stages (each --tp devices)")->check(CLI::Range(1, 1024));
  add_precision_options(*a, o.precision);
  a->add_option("--prefix-hit", o.prefix_hit, "fraction of prompt tokens in the prefix cache")
      ->check(CLI::Range(0.0, 0.999));
  a->add_option("--max-num-seqs", o.max_num_seqs, "engine batch limit (default 256)")
      ->check(CLI::PositiveNumber);
  a->add_option("--max-batched-tokens", o.max_batched_tokens,
                "token budget per iteration / prefill chunk (default 8192)")
      ->check(CLI::PositiveNumber);
  a->add_option("--reserve", o.reserve, "fraction of memory kept free (default 0.10)")
      ->check(CLI::Range(0.0, 0.99));
  a->add_flag("--full-kv-pages", o.full_kv_pages,
              "sliding-window / chunked layers keep KV pages for every token (an engine without a "
              "hybrid KV allocator; default: only the window's)");
  a->add_flag("--stream-k", o.stream_k,
              "price GEMMs with the stream-K schedule (a partial last wave spread over every "
              "core; opt-in, docs/solvers.md \"Stream-K, opt-in\") instead of data-parallel "
              "waves");
  add_launch_options(a, o);
  add_schedule_option(a, o);
  add_host_time_options(a, o);
  a->add_option("--draft", o.draft, "draft model for speculative decoding");
  a->add_option("--draft-length", o.draft_length, "draft tokens per step (default 4)")
      ->check(CLI::Range(1, 64));
  a->add_option("--acceptance", o.acceptance,
                "speculative decoding: per-token acceptance rate (enables self-speculation)")
      ->check(CLI::Range(0.01, 0.99));
  a->add_option("--draft-cost", o.self_draft_cost,
                "self-speculation: draft cost per token as a fraction of a decode step")
      ->check(CLI::Range(0.0, 0.99));
  a->add_flag("--expert-parallel", o.expert_parallel,
              "MoE: experts whole on devices, all-to-all per MoE layer");
  a->add_flag("--attention-dp", o.attention_dp,
              "MoE: attention data-parallel across the tp ranks, experts expert-parallel");
  a->add_option("--expert-weights", o.expert_weights,
                "MoE: the routed experts' weight precision when only they are quantized (gpt-oss: "
                "fp4 with --weights bf16)");
  a->add_option("--load-imbalance", o.load_imbalance,
                "MoE: tokens on the busiest expert over the mean (>= 1)")
      ->check(CLI::Range(1.0, 64.0));
  a->add_option("--expert-bandwidth-fraction", o.expert_bandwidth_fraction,
                "MoE: fraction of the streaming bandwidth the routed experts' grouped GEMM "
                "reaches when memory-bound (default 1; measured kernels 0.53-1.00, "
                "docs/solvers.md \"Routed experts' kernel\")")
      ->check(CLI::Range(0.01, 1.0));
}

void add_traffic_options(CLI::App* a, ServingCliOptions& o) {
  a->add_option("--input-tokens", o.input_tokens, "mean prompt tokens")->check(CLI::PositiveNumber);
  a->add_option("--output-tokens", o.output_tokens, "mean generated tokens")
      ->check(CLI::PositiveNumber);
  a->add_option("--input-dist", o.input_dist, "fixed, uniform or lognormal")
      ->check(CLI::IsMember({"fixed", "uniform", "lognormal"}));
  a->add_option("--output-dist", o.output_dist, "fixed, uniform or lognormal")
      ->check(CLI::IsMember({"fixed", "uniform", "lognormal"}));
  a->add_option("--input-sigma", o.input_sigma, "lognormal sigma of log(input)");
  a->add_option("--output-sigma", o.output_sigma, "lognormal sigma of log(output)");
  a->add_option("--requests", o.requests, "requests per simulation")
      ->check(CLI::Range(1, 10000000));
  a->add_option("--seed", o.seed, "random seed (std::mt19937_64)");
  a->add_option("--ttft-p99", o.ttft_p99, "p99 time-to-first-token target, e.g. \"2 s\"");
  a->add_option("--tpot-p99", o.tpot_p99, "p99 time-per-output-token target, e.g. \"50 ms\"");
}

ServingCliOptions prepared(ServingCliOptions o, bool serve) {
  if (o.input_tokens == 0) o.input_tokens = serve ? 512 : 2048;
  if (o.output_tokens == 0) o.output_tokens = serve ? 128 : 256;
  // Bounds before any arithmetic (docs/cli.md, "Option limits").
  if (o.batch != 0) check_range("--batch", o.batch, 1, kMaxBatch);
  check_range("--tp", o.tp, 1, kMaxDegree);
  check_range("--pp", o.pp, 1, kMaxDegree);
  check_range("--front-end-workers", o.front_end_workers, 1, kMaxDegree);
  check_range("--input-tokens", o.input_tokens, 1, kMaxTokens);
  check_range("--output-tokens", o.output_tokens, 1, kMaxTokens);
  if (o.max_num_seqs != 0) check_range("--max-num-seqs", o.max_num_seqs, 1, kMaxBatch);
  if (o.max_batched_tokens != 0) {
    check_range("--max-batched-tokens", o.max_batched_tokens, 1, kMaxTokens);
  }
  if (o.concurrency != 0) {
    check_range("--concurrency", o.concurrency, 1, 1000000);
    check_range("--prompts", o.prompts, 1, 10000000);
    check_range("--warmup", o.warmup, 0, o.prompts - 1);
    check_range("--primed-prompts", o.primed, 0, o.prompts);
  }
  return o;
}

}  // namespace mlsysim::cli
