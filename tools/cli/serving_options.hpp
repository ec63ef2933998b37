// What `serve`, `capacity` and `plot serving` share: the replica and traffic options, their
// defaults and bounds, and the library's ServingOptions from them. Every default the solvers need
// from data (the TP link latency) is filled from the catalog in use (--catalog honoured).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "mlsysim/mlsysim.hpp"
#include "precision_options.hpp"

namespace CLI {
class App;
}

namespace mlsysim::cli {

struct ServingCliOptions {
  std::string model;
  std::string device;
  std::int64_t tp = 1;
  std::int64_t pp = 1;
  std::int64_t input_tokens = 0;   ///< 0: the command's default (serve 512, others 2048)
  std::int64_t output_tokens = 0;  ///< 0: the command's default (serve 128, others 256)
  std::int64_t batch = 0;          ///< 0: search (with targets) or 1
  PrecisionOptions precision;      ///< --precision, --weights, --kv (capacity: --kv only)
  std::string ttft_target, tpot_target, latency_target;
  bool static_batch = false;
  double prefix_hit = 0;
  std::int64_t max_num_seqs = 0, max_batched_tokens = 0;
  double reserve = -1;
  bool full_kv_pages = false;  ///< --full-kv-pages: windowed layers keep every token's pages
  bool stream_k = false;       ///< --stream-k: GEMMs priced with the stream-K schedule
  bool enforce_eager = false;  ///< --enforce-eager: no CUDA graphs, kernels launched one by one
  bool eager_prefill = false;  ///< --eager-prefill: prompts launched one by one (SGLang, vLLM V0)
  std::string schedule = "mixed";        ///< --schedule: mixed (vLLM V1) or prefill-first (SGLang)
  std::string kv_admission = "reserve";  ///< --kv-admission: reserve, on-demand or estimated
  std::string mla_prefill = "standard";  ///< --mla-prefill: an MLA model's prompt-chunk form
  std::string power_limit;         ///< serve --power-limit (e.g. "500 W"); empty: the device's TDP
  std::string host_per_iteration;  ///< --host-per-iteration (e.g. "0.7 ms"); empty: none
  std::string host_per_sequence;   ///< --host-per-sequence (e.g. "30 us"); empty: none
  std::string host_time;  ///< --host-time: an engine's published host time (engine_host_times())
  std::string front_end_latency;       ///< --front-end-latency (e.g. "6.6 ms"); empty: default
  std::string front_end_per_request;   ///< --front-end-per-request (e.g. "2 ms"); empty: default
  std::string front_end_per_token;     ///< --front-end-per-token (e.g. "2 us"); empty: default
  std::int64_t front_end_workers = 1;  ///< --front-end-workers
  bool no_front_end = false;           ///< --no-front-end: an in-process benchmark
  std::string draft;
  std::int64_t draft_length = 4;
  double acceptance = 0;
  double self_draft_cost = -1;
  bool expert_parallel = false;
  bool attention_dp = false;
  std::string expert_weights;  ///< --expert-weights: routed experts' weight precision
  double load_imbalance = 1.0;
  double expert_bandwidth_fraction = 1.0;  ///< --expert-bandwidth-fraction (MoeServing)
  // serve: a closed-loop benchmark (vllm bench serve / genai-perf "concurrency N")
  std::int64_t concurrency = 0;  ///< 0: no closed-loop simulation
  std::int64_t prompts = 1000;   ///< the benchmark clients' default --num-prompts
  std::int64_t warmup = 0;       ///< first requests not measured
  std::int64_t primed = 0;       ///< --primed-prompts: first prompts already in the prefix cache
  // capacity and plot
  double qps = 0;
  std::string ttft_p99, tpot_p99, e2e_p99;
  std::vector<std::string> devices;
  std::string trace;
  std::string input_dist = "fixed", output_dist = "fixed";
  double input_sigma = 0.5, output_sigma = 0.5;
  std::int64_t requests = 2000;
  std::uint64_t seed = 1;
  std::int64_t top = 5;
  std::vector<std::int64_t> tps;
  bool no_disaggregated = false;
  std::string kv_post;  ///< capacity --kv-post-per-descriptor (e.g. "3.75 us"); empty: not priced
  std::string kv_link_bandwidth;  ///< capacity --kv-link-bandwidth; empty: each device's link
  std::string kv_link_latency;    ///< capacity --kv-link-latency; empty: the link's latency
  std::string routing = "least-loaded";  ///< capacity --routing: least-loaded or random
  std::string price;
  std::string output;
  std::int64_t points = 8;
};

/// Adds --schedule (mixed or prefill-first iterations), --kv-admission (how simulated requests
/// hold KV pages) and --mla-prefill (the attention form of an MLA model's prompt chunks).
void add_schedule_option(CLI::App* a, ServingCliOptions& o);
/// Adds --enforce-eager and --eager-prefill: which iterations launch their kernels from the host
/// (ServingParams::cuda_graphs, eager_prefill).
void add_launch_options(CLI::App* a, ServingCliOptions& o);
/// Adds --host-per-iteration and --host-per-sequence (ServingParams::host_time_*; none when not
/// given), --host-time (an engine's published pair, excluding those two) and the front end's
/// --front-end-latency, --front-end-per-request,
/// --front-end-per-token and --front-end-workers (ServingParams::front_end_*).
void add_host_time_options(CLI::App* a, ServingCliOptions& o);
/// Whether host time per iteration or per sequence is set (the answer then prices and states it).
bool engine_host_time_given(const solvers::ServingParams& p);
/// When no host time is given (--host-time, --host-per-iteration, --host-per-sequence), the line
/// that says so: the answer assumes an engine that overlaps its host work with the devices, and
/// the engines that do not are named with their published figures (engine_host_times()).
[[nodiscard]] std::optional<std::string> host_time_assumption(const ServingCliOptions& c);
/// The line a disaggregated answer states: how the KV crosses between the pools and whether the
/// decode side's posting of each transfer is priced (CapacityOptions::kv_link_bandwidth,
/// kv_link_latency, kv_post_per_descriptor).
[[nodiscard]] std::string disaggregated_assumption(const solvers::CapacityOptions& c);
/// "; host time 1 ms per iteration + 40 us per sequence; front end 2 ms + 2 us per prompt token
/// on 1 worker + 6.6 ms latency" for the parts set, else "".
std::string host_time_text(const solvers::ServingParams& p);
/// Adds the options of one replica (--tp, --pp, precisions, engine limits, speculation, MoE).
void add_replica_options(CLI::App* a, ServingCliOptions& o);
/// Adds the traffic options (lengths and their distributions, requests, seed, p99 targets).
void add_traffic_options(CLI::App* a, ServingCliOptions& o);

/// `o` with the command's defaults filled (serve: 512 in / 128 out, others 2048 / 256) and every
/// bound checked before any arithmetic (docs/cli.md, "Option limits").
[[nodiscard]] ServingCliOptions prepared(ServingCliOptions o, bool serve);

/// A positive time ("50 ms") or nothing when `text` is empty; InvalidArgumentError(`name`).

/// Serving options from the command line and the catalog in use.
[[nodiscard]] solvers::ServingOptions serving_options(const ServingCliOptions& c,
                                                      const HardwareNode& hw, const Catalog& cat);

/// A request length distribution: fixed, uniform on [mean/2, 3 mean/2], or lognormal.
[[nodiscard]] solvers::LengthDistribution distribution(const std::string& kind, double mean,
                                                       double sigma);

/// The bound of an iteration, in words ("memory bandwidth").
[[nodiscard]] inline std::string wall_text(solvers::Wall w) { return std::string(wall_name(w)); }
/// What limits the number of concurrent requests, in words.
[[nodiscard]] std::string limit_text(solvers::Wall w);

}  // namespace mlsysim::cli
