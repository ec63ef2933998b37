// Capacity under SLOs: a seeded request-level discrete-event simulator driving the serving engine
// (continuous batching with chunked prefill, colocated or disaggregated prefill/decode), and a
// planner that finds the cheapest configuration meeting a request rate at p99 targets.
// Formulas and sources: docs/solvers.md ("Serving: request-level simulation").
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "mlsysim/solvers/serving.hpp"

namespace mlsysim::solvers {

/// Request lengths in tokens.
enum class LengthKind : std::uint8_t { fixed, uniform, lognormal };
struct LengthDistribution {
  LengthKind kind = LengthKind::fixed;
  double mean = 512;  ///< fixed: the length; lognormal: the mean of the distribution
  double low = 1;     ///< uniform: [low, high]
  double high = 1;
  double sigma = 0.5;    ///< lognormal: standard deviation of log(length)
  std::int64_t max = 0;  ///< clamp; 0: the model's context. Lengths are at least 1
};

/// One request of a trace: arrival time from the trace's start, and its lengths.
struct TraceRequest {
  double arrival_s = 0;
  std::int64_t input_tokens = 1;
  std::int64_t output_tokens = 1;
  /// Prompt tokens this request finds in the prefix cache (their prefill is skipped; they still
  /// hold KV pages), in [0, input_tokens). Unset: `ServingOptions::prefix_hit_rate` of the input.
  std::optional<std::int64_t> cached_tokens = std::nullopt;
};
/// Reads a CSV trace `arrival_s,input_tokens,output_tokens[,cached_tokens]` (a header line is
/// allowed; the fourth column is optional per row). Throws InvalidArgumentError naming the file
/// and line of a malformed row.
[[nodiscard]] std::vector<TraceRequest> read_trace(const std::string& path);

enum class Deployment : std::uint8_t { colocated, disaggregated };

/// How arrivals are spread over the replicas (over the prefill pool when disaggregated).
/// least_loaded: to the replica with the fewest waiting and running requests, what a
/// load-aware router (llm-d's inference scheduler, Dynamo's router) aims at. random: to a
/// replica drawn uniformly and independently per request, what a Kubernetes Service does when
/// the client opens a connection per request (kube-proxy's iptables mode picks a backend at
/// random per connection; vLLM's benchmark_serving.py opens an aiohttp session per request).
/// Disaggregated decode placement stays least-loaded (the proxy picks it). docs/solvers.md,
/// "Serving: request-level simulation".
enum class Routing : std::uint8_t { least_loaded, random };

/// p99 (and any other) latency targets a request must meet to count towards goodput.
struct SloTargets {
  std::optional<Quantity> ttft;
  std::optional<Quantity> tpot;
  std::optional<Quantity> e2e;
};

struct SimulationOptions {
  double qps = 1.0;  ///< Poisson arrival rate, requests/s (ignored with a trace)
  std::int64_t requests = 10000;
  LengthDistribution input{LengthKind::fixed, 512};
  LengthDistribution output{LengthKind::fixed, 128};
  std::span<const TraceRequest> trace;  ///< arrivals and lengths; empty: Poisson + distributions
  /// Closed loop: this many clients, each sending its next request the moment its previous one
  /// completes (all start at time 0; `qps` is then ignored). 0: open loop (Poisson or trace).
  std::int64_t concurrency = 0;
  /// The first `warmup` requests (in arrival order; a closed loop's first wave is the first
  /// `concurrency`) run but are left out of every reported statistic, as benchmark clients that
  /// report steady-state measurement windows do. Must be below `requests`.
  std::int64_t warmup = 0;
  /// The first `primed_prompts` requests (in arrival order) find their prompt in the prefix
  /// cache up to its last whole KV page short of the last token, because the same prompt was
  /// sent once before the run: the warm-up of vLLM's benchmark_serving / `vllm bench serve` and
  /// of SGLang's bench_serving resends `input_requests[0]` (docs/solvers.md, "Request-level
  /// simulation"). It assumes the engine caches prefixes (vLLM V1's default, SGLang's radix
  /// cache). A larger per-request hit (`prefix_hit_rate`, a trace's `cached_tokens`) is kept.
  std::int64_t primed_prompts = 0;
  std::uint64_t seed = 1;  ///< std::mt19937_64; same seed, same result everywhere
  Deployment deployment = Deployment::colocated;
  std::int64_t replicas = 1;          ///< colocated replicas (each `tp` devices)
  std::int64_t prefill_replicas = 1;  ///< disaggregated: prefill pool
  std::int64_t decode_replicas = 1;   ///< disaggregated: decode pool
  /// Arrivals to replicas; `random` draws from its own stream of `seed`, so the arrivals and
  /// lengths are the same under either routing.
  Routing routing = Routing::least_loaded;
  /// One-way bandwidth and latency of one rank's KV transfer between the pools (each rank moves
  /// its share of a prompt's KV over its own link, the ranks in parallel); unset: the device link
  /// (derated by efficiency.intra_node_link) and params.link_latency.
  std::optional<Quantity> kv_link_bandwidth;
  std::optional<Quantity> kv_link_latency;
  /// Host time a decode replica spends posting one KV-transfer descriptor; 0 (the default): not
  /// priced. Each transferred request then costs the replica that many descriptors, one READ for
  /// every KV page of every layer region on a rank (K and V are two regions of a layer, MLA's
  /// latent cache one; a pipeline stage's layers), before its next step: vLLM's NixlConnector
  /// builds and posts them in `start_load_kv()` on the worker thread ahead of the step's forward
  /// (until pull request #53333, 2026-08-21), so every running sequence waits. Published costs
  /// span 0.074 us (NIXL's binding call alone) to 3.75 us (vLLM issue #50913: 6.7 ms of posting
  /// for 1,785 posted descriptors; NIXL merges adjacent pages before posting, so per page and
  /// region it costs less), and no source measures the transports and block sizes a run uses,
  /// so none is assumed (docs/solvers.md, "KV connector posting").
  Quantity kv_post_per_descriptor{0.0, Unit::parse("us")};
  SloTargets slo;
  std::optional<Quantity> accelerator_hour_price;  ///< for cost per 1M tokens
};

struct Percentiles {
  Quantity mean, p50, p90, p99;
};

struct SimulationResult {
  Percentiles ttft, tpot, e2e;
  Quantity output_throughput;                  ///< generated tokens/s over the run
  Quantity request_rate;                       ///< completed requests/s
  Quantity goodput;                            ///< requests/s meeting every SLO
  double slo_attainment = 0;                   ///< fraction of requests meeting every SLO
  double utilization = 0;                      ///< busy time / (replicas x run time)
  Quantity energy_per_1k_tokens;               ///< at TDP while busy, per 1K output tokens
  std::optional<Quantity> cost_per_1m_tokens;  ///< per 1M output tokens
  Quantity duration;                           ///< first arrival to last completion
  std::int64_t completed = 0;
  /// Requests preempted for KV pages and recomputed (ServingParams::kv_admission on_demand or
  /// estimated_output; warm-up included). 0 under reserve_output.
  std::int64_t preemptions = 0;
  std::int64_t accelerators = 0;
  bool ttft_met = true, tpot_met = true, e2e_met = true;  ///< p99 vs the targets
  [[nodiscard]] bool meets() const { return ttft_met && tpot_met && e2e_met; }
};

/// Simulates `options.requests` requests on replicas of `serving` (batch and lengths in
/// `serving` are ignored: the simulation's distributions or trace give them). Throws
/// InvalidArgumentError for bad options, and when a request can never fit in a replica's KV
/// pool.
[[nodiscard]] SimulationResult simulate(const Workload& m, const HardwareNode& hw,
                                        const ServingOptions& serving,
                                        const SimulationOptions& options);

/// Disaggregated prefill/decode pools against colocated replicas on the same number of devices
/// (prefill_replicas + decode_replicas colocated replicas), same requests, in one call.
struct DeploymentComparison {
  SimulationResult colocated;
  SimulationResult disaggregated;
};
[[nodiscard]] DeploymentComparison compare_disaggregation(const Workload& m, const HardwareNode& hw,
                                                          const ServingOptions& serving,
                                                          const SimulationOptions& options);

/// The capacity question: the cheapest configurations serving `qps` within p99 targets.
struct CapacityOptions {
  double qps = 1.0;
  LengthDistribution input{LengthKind::fixed, 2048};
  LengthDistribution output{LengthKind::fixed, 256};
  std::span<const TraceRequest> trace;
  SloTargets slo;  ///< at least one of ttft or tpot
  std::vector<const HardwareNode*> devices;
  std::vector<std::int64_t> tp{1, 2, 4, 8};
  std::vector<Precision> precisions{Precision::bf16, Precision::fp8};  ///< skipped where absent
  std::vector<std::int64_t> max_num_seqs{64, 256};
  std::vector<std::int64_t> chunk_tokens{2048, 8192};
  bool try_disaggregated = true;
  /// The decode pool's posting per KV descriptor for disaggregated candidates
  /// (SimulationOptions::kv_post_per_descriptor); 0: not priced.
  Quantity kv_post_per_descriptor{0.0, Unit::parse("us")};
  /// One rank's KV link between the pools for disaggregated candidates
  /// (SimulationOptions::kv_link_bandwidth / kv_link_latency); unset: each device's own link.
  /// Pools on different nodes move KV over the NICs: give a rank's share of them.
  std::optional<Quantity> kv_link_bandwidth;
  std::optional<Quantity> kv_link_latency;
  Routing routing = Routing::least_loaded;  ///< arrivals to replicas (SimulationOptions::routing)
  std::int64_t requests = 2000;             ///< per simulation
  std::uint64_t seed = 1;
  std::int64_t max_accelerators = 1024;
  std::size_t top = 5;
  ServingOptions base;  ///< efficiency, params, KV precision, speculation, MoE options
  Quantity amortization{4.0, Unit::parse("year")};  ///< capex straight-line (CostOptions default)
  std::optional<Quantity> electricity_price;        ///< energy at TDP added to the hourly cost
};

struct CapacityCandidate {
  const HardwareNode* device = nullptr;
  std::int64_t tp = 1;
  Precision precision = Precision::bf16;
  std::int64_t max_num_seqs = 0;
  std::int64_t chunk_tokens = 0;
  Deployment deployment = Deployment::colocated;
  std::int64_t replicas = 0;  ///< colocated; prefill + decode when disaggregated
  std::int64_t prefill_replicas = 0, decode_replicas = 0;
  std::int64_t accelerators = 0;
  Quantity cost_per_hour;
  SimulationResult sim;
};

struct CapacityResult {
  std::vector<CapacityCandidate> best;  ///< cheapest first, each meeting every p99 target
  std::size_t configurations = 0;       ///< tried
  std::size_t simulations = 0;
  std::vector<std::string> notes;  ///< devices or configurations skipped, and why
};

/// Throws InvalidArgumentError for a non-positive qps, no devices, or no target.
[[nodiscard]] CapacityResult plan_capacity(const Workload& m, const CapacityOptions& options);

}  // namespace mlsysim::solvers
