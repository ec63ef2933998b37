// LLM serving on one replica (a device or a tensor-parallel group): one memory-feasibility
// definition (weights + paged KV blocks + activations of the running batch + runtime reserve), an
// iteration-level engine (mixed prefill chunks and decode tokens, as vLLM, SGLang and TensorRT-LLM
// run continuous batching), speculative decoding and MoE expert parallelism. The request-level
// simulator and the capacity planner built on it are in serving_sim.hpp. Formulas and the source
// of every default: docs/solvers.md ("Serving").
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include "mlsysim/catalog/hardware.hpp"
#include "mlsysim/catalog/models.hpp"
#include "mlsysim/solvers/common.hpp"
#include "mlsysim/solvers/cost.hpp"
#include "mlsysim/solvers/gemm.hpp"
#include "mlsysim/units/quantity.hpp"

namespace mlsysim::solvers {

/// How requests share the replica.
enum class Batching : std::uint8_t {
  continuous,    ///< iteration-level scheduling with chunked prefill (vLLM, SGLang, TRT-LLM IFB)
  static_batch,  ///< the batch is prefilled together, then decoded together (static benchmarks)
};

/// What one iteration of a continuous-batching engine carries (docs/solvers.md, "Iteration
/// schedule").
enum class IterationSchedule : std::uint8_t {
  /// Every running sequence's decode token plus prefill chunks in the budget left over (vLLM V1's
  /// scheduler, TensorRT-LLM in-flight batching, SGLang with `--enable-mixed-chunk`).
  mixed,
  /// While a prompt waits, the iteration runs prompt chunks only (up to the token budget) and the
  /// running sequences' decodes wait; otherwise a pure decode iteration. SGLang's default
  /// scheduler (`Scheduler.get_next_batch_to_run`: "Run prefill first if possible").
  prefill_first,
};

/// Which form a multi-head-latent-attention model (DeepSeek-V2 / V3 / R1) attends a prompt chunk
/// in (docs/solvers.md, "MLA prefill form"). The standard form up-projects the latent cache and
/// attends with d_qk + d_v per head (2 x (192 + 128) FLOP per key for DeepSeek-V3); the absorbed
/// form attends over the latent itself, as decode does (2 x (512 + 64) + 2 x 512). No effect on
/// other models.
enum class MlaPrefill : std::uint8_t {
  /// Every chunk in the standard form (vLLM: MHA over the chunk's new and up-projected context).
  standard,
  /// A chunk with a cached prefix runs absorbed (SGLang's triton MLA backend, its MLA default to
  /// v0.4.5: `no_absorb` only when the extend batch has no prefix).
  absorbed_with_prefix,
  /// A chunk whose cached prefix is under 8,192 tokens runs absorbed, fresh prompts included;
  /// longer prefixes run standard over chunked prefix KV (SGLang's fa3 backend, the MLA default
  /// on Hopper from v0.4.5.post1: `chunked_prefix_cache_threshold` 8192).
  absorbed_below_8192,
};

/// How the request-level simulator (simulate()) holds a running request's KV pages
/// (docs/solvers.md, "KV admission"). The steady-state serve() charges every request its prompt and
/// its whole output under all three.
enum class KvAdmission : std::uint8_t {
  /// Pages for the prompt and the whole output at admission; never preempts (TensorRT-LLM's
  /// default capacity scheduler, `GUARANTEED_NO_EVICT`).
  reserve_output,
  /// Pages as tokens are computed; a waiting request needs pages for its first chunk only; when a
  /// running request cannot grow, the newest running request is preempted and recomputed later
  /// (vLLM V1's `Scheduler.schedule`: `self.running.pop()`, `num_computed_tokens = 0`).
  on_demand,
  /// Pages as tokens are computed; a request is admitted while its prompt and output fit beside
  /// the running requests' remaining outputs times a ratio that decays from 0.7 to 0.098 over 600
  /// decode steps and is reset upwards when a decode runs out of pages and requests are retracted
  /// (SGLang's `new_token_ratio`, PrefillAdder and `retract_decode`).
  estimated_output,
};

/// Engine defaults. Each is a named, sourced parameter (docs/solvers.md, "Serving defaults"); the
/// CLI fills the data-dependent ones (link latency) from the catalog in use.
/// The host time per iteration published for one engine that makes the devices wait for the
/// host between iterations (docs/solvers.md, "Host time per iteration", gives the sources).
struct EngineHostTime {
  std::string_view name;    ///< the CLI's name: "vllm-v0", "vllm-v1-sync"
  std::string_view engine;  ///< what it describes, in words
  Quantity per_iteration;   ///< ServingParams::host_time_per_iteration
  Quantity per_sequence;    ///< ServingParams::host_time_per_sequence
  bool estimate = false;    ///< true when derived from end-to-end runs rather than a profile
};
/// Every engine with a sourced host time: vLLM V0 (Vidur's A100 CPU profile of the Sarathi-Serve
/// engine: scheduling, sampler and input preparation, 1.217 ms + 30.1 us per sequence) and vLLM
/// V1 scheduling synchronously (0.8-0.13, or later with --no-async-scheduling; an estimate from
/// GPUStack's sync / async pair on an A100 and vLLM #25872's batch-1 step, 1.0 ms + 15 us).
[[nodiscard]] std::span<const EngineHostTime> engine_host_times();
/// The entry called `name`; throws InvalidArgumentError naming the known ones otherwise.
[[nodiscard]] const EngineHostTime& engine_host_time(std::string_view name);

struct ServingParams {
  /// Fraction of device memory the engine leaves unused (vLLM `gpu_memory_utilization` 0.9).
  double runtime_reserve = 0.10;
  /// Tokens per KV-cache page (vLLM `block_size` 16).
  std::int64_t kv_block_tokens = 16;
  /// Token budget of one iteration: decode tokens plus prefill chunks (vLLM V1
  /// `max_num_batched_tokens` 8192 for the OpenAI server).
  std::int64_t max_batched_tokens = 8192;
  /// How prefill and decode share iterations (vLLM V1's mixed iterations by default).
  IterationSchedule schedule = IterationSchedule::mixed;
  /// How the simulator admits requests against KV pages (TensorRT-LLM's reservation by default).
  KvAdmission kv_admission = KvAdmission::reserve_output;
  /// The attention form of an MLA model's prompt chunks (standard by default, as vLLM runs them).
  MlaPrefill mla_prefill = MlaPrefill::standard;
  /// Layers with a sliding window or chunk keep KV pages only for the tokens they can still see
  /// (vLLM V1's hybrid KV cache manager; TensorRT-LLM's pool per attention window). false: pages
  /// for every token on every layer while the attention itself stays windowed (vLLM with the
  /// hybrid allocator disabled). No effect on models without local attention.
  bool windowed_kv_pages = true;
  /// Largest running batch (vLLM `max_num_seqs` 256: V0's default and V1's below 70 GiB; V1
  /// uses 1024 on larger GPUs. docs/solvers.md says why the pair is kept device-independent).
  std::int64_t max_num_seqs = 256;
  /// Time per kernel when kernels are launched one by one from the host (prefill and mixed
  /// iterations), and when replayed from a captured CUDA graph (pure decode iterations):
  /// back-to-back small-kernel microbenchmarks on A100 and H200 (te42kyfo/gpu-benches).
  Quantity eager_launch_gap{kernel_boundary::eager_launch_gap_us, Unit::parse("us")};
  Quantity graph_launch_gap{kernel_boundary::graph_launch_gap_us, Unit::parse("us")};
  /// Whether pure decode iterations replay captured CUDA graphs (vLLM, SGLang and TensorRT-LLM
  /// do by default). false: every iteration's kernels are launched one by one from the host
  /// (vLLM `--enforce-eager`, SGLang `--disable-cuda-graph`), at `eager_launch_gap` each, and an
  /// iteration lasts at least as long as the host takes to launch them (`eager_host_per_kernel`).
  bool cuda_graphs = true;
  /// Whether iterations with prompt tokens (prefill and mixed) are launched one kernel at a time
  /// from the engine's Python forward pass even with CUDA graphs on (SGLang without piecewise
  /// graphs, vLLM V0), so that they too last at least their launches' host time. false (the
  /// default): they replay piecewise graphs as vLLM V1 does, with no host floor.
  bool eager_prefill = false;
  /// Host time to launch one kernel from an engine's Python / PyTorch forward pass, per kernel the
  /// engine counts, in iterations launched one by one without graphs: 25 us (same-run eager /
  /// CUDA-graph pairs of small models give 28-35 us per counted kernel with the step's other host
  /// work, about 25 us without it; docs/solvers.md "Eager launches").
  Quantity eager_host_per_kernel{25.0, Unit::parse("us")};
  /// Idle time at each kernel boundary besides the launch: the previous kernel's straggler thread
  /// blocks and the next kernel's first memory round trips, while no weights stream. Spector et
  /// al. 2025 (Hazy Research, "Look Ma, No Bubbles!") count "an optimistic 5 us of stalling per
  /// kernel (counting stragglers, kernel launch, and memory latencies)" on H100, of which the
  /// CUDA-graph launch they measure is 1.3 us.
  Quantity kernel_stall{kernel_boundary::stall_us, Unit::parse("us")};
  /// Fixed latency of one collective call on top of its per-step alpha (NCCL's tuner base
  /// latency for ring, LL protocol, src/graph/tuning.cc).
  Quantity collective_base_latency{6.6, Unit::parse("us")};
  /// Per-message latency (alpha) of the tensor-parallel link when the device's link gives none.
  /// The CLI fills it from the catalog's `Hardware.Tech.Interconnect.NVLink` entry.
  Quantity link_latency{936.25, Unit::parse("ns")};
  /// Host time between iterations that the devices wait for: scheduling, input preparation, the
  /// sampler's host side and, in an engine that processes outputs before the next step, output
  /// processing. Each iteration costs `host_time_per_iteration` plus `host_time_per_sequence`
  /// for every sequence it carries (decode sequences and prompt chunks; a sequence verifying k
  /// draft tokens counts k + 1, as its load does). Counted as busy time, as kernel gaps are, in
  /// utilisation and energy. Zero by default: the engines most serving runs now use (vLLM from
  /// v0.14, SGLang's overlap scheduler, TensorRT-LLM) overlap it with the device. Older engines'
  /// figures are in engine_host_times() (use_host_time()); docs/solvers.md "Host time per
  /// iteration" gives their sources.
  Quantity host_time_per_iteration{0.0, Unit::parse("us")};
  Quantity host_time_per_sequence{0.0, Unit::parse("us")};
  /// Sets both host times to an engine's published figures (engine_host_time()).
  void use_host_time(const EngineHostTime& engine);
  /// The serving front end before the engine (an OpenAI-compatible API server and its client:
  /// HTTP, chat template, tokenization, the hand-over to the engine, the first token's way back).
  /// A request holds one of `front_end_workers` host workers (requests take them in arrival
  /// order) for `front_end_per_request` plus `front_end_per_prompt_token` for every prompt token
  /// (cached or not: the whole prompt is tokenized): the serialized CPU work. It also waits
  /// `front_end_latency`, which holds no worker. All of it adds to TTFT and end-to-end latency;
  /// the serialized part caps the request rate at workers / its time; none of it is device busy
  /// time. Defaults (docs/solvers.md "Front end"): 6.6 ms of latency, from vLLM's measured
  /// time to first token at concurrency 1 on small models on an A100 less one iteration;
  /// tokenization at 2 us per prompt token (a Hugging Face fast tokenizer's measured ~500k
  /// tokens/s); no serialized per-request part (nothing isolates it); one worker. A run without
  /// an HTTP server (an in-process benchmark) sets all three to zero.
  Quantity front_end_latency{6.6, Unit::parse("ms")};
  Quantity front_end_per_request{0.0, Unit::parse("ms")};
  Quantity front_end_per_prompt_token{2.0, Unit::parse("us")};
  std::int64_t front_end_workers = 1;
  /// Whether any front-end time is set (it is by default).
  [[nodiscard]] bool has_front_end() const {
    return front_end_latency.base_value() > 0 || front_end_per_request.base_value() > 0 ||
           front_end_per_prompt_token.base_value() > 0;
  }
  /// No front end: an in-process benchmark (trtllm-bench, MLPerf LoadGen, LLM.generate).
  void clear_front_end() {
    front_end_latency = Quantity(0.0, Unit::parse("ms"));
    front_end_per_request = Quantity(0.0, Unit::parse("ms"));
    front_end_per_prompt_token = Quantity(0.0, Unit::parse("us"));
  }
};

/// Speculative decoding: a draft proposes `draft_length` tokens per step, the target verifies
/// them in one pass; each is accepted with probability `acceptance` (Leviathan et al. 2023).
struct Speculation {
  std::int64_t draft_length = 4;
  double acceptance = 0.7;  ///< per-token acceptance rate in (0, 1)
  /// The draft model, run on the same devices; nullptr for self-speculation (Medusa/EAGLE heads,
  /// n-gram), whose per-token cost is `self_draft_cost` of a target decode step.
  const Workload* draft = nullptr;
  double self_draft_cost = 0.05;
};

/// Mixture-of-experts inference.
struct MoeServing {
  /// Experts are placed whole on the group's devices (expert parallelism, all-to-all dispatch and
  /// combine per MoE layer) instead of each expert being split tp ways.
  bool expert_parallel = false;
  /// Tokens on the busiest expert over the mean (>= 1): 1 is perfectly balanced routing.
  double load_imbalance = 1.0;
  /// Attention (and dense layers, LM head) data-parallel across the tp ranks, each with whole
  /// weights and its own sequences' KV, experts expert-parallel (the DeepSeek-V3 deployment;
  /// SGLang/TensorRT-LLM "attention DP"). Implies expert_parallel.
  bool attention_data_parallel = false;
  /// Precision of the routed experts' weights when a checkpoint quantizes only them (OpenAI's
  /// gpt-oss ships its MoE weights in MXFP4 and attention, router, embeddings and LM head in
  /// BF16: its config.json's quantization_config); unset: `precision.weights`. Shared experts,
  /// dense layers and attention keep `precision.weights`. Only for models with routed experts.
  std::optional<Precision> expert_weights;
  /// Fraction of the streaming bandwidth the routed experts' grouped-GEMM kernel reaches where
  /// it is memory-bound, in (0, 1]. 1 (the default) prices the experts' weight stream as any
  /// other GEMM's, at the device's streaming bandwidth. Kernel microbenchmarks put it at
  /// 0.93-1.00 for vLLM's Triton `fused_moe` in BF16 on H100 / H200, 0.74-0.76 for the same
  /// kernel with per-tensor FP8 weights on H100, and 0.53 for FlashInfer's block-scaled FP8
  /// TensorRT-LLM kernel on B200 (docs/solvers.md, "Routed experts' kernel"); which kernel an
  /// engine runs depends on its release and flags, so no default other than 1 is set. Only for
  /// models with routed experts.
  double expert_bandwidth_fraction = 1.0;
};

struct ServingOptions {
  std::int64_t batch = 1;            ///< running requests (concurrency)
  std::int64_t input_tokens = 512;   ///< prompt length
  std::int64_t output_tokens = 128;  ///< generated tokens per request
  std::int64_t tp = 1;               ///< devices in the tensor-parallel group
  /// Pipeline stages (each `tp` devices, layers split evenly); `pp` micro-batches are in flight,
  /// each traversing every stage (vLLM's virtual engines).
  std::int64_t pp = 1;
  Precisions precision{};  ///< weights, KV cache and compute each on their own
  /// Only `intra_node_link` is used (collectives and KV transfer); GEMM and memory efficiency come
  /// from `gemm`.
  Efficiency efficiency{};
  /// Achieved GEMM throughput per precision and shape (tile and wave quantization) and the
  /// streaming-bandwidth fraction (used where the catalog has no measured bandwidth).
  GemmParams gemm{};
  Batching batching = Batching::continuous;
  /// Fraction of prompt tokens found in the prefix cache (their prefill is skipped); [0, 1).
  double prefix_hit_rate = 0.0;
  std::optional<Speculation> speculation;
  MoeServing moe{};
  ServingParams params{};
};

/// One iteration of the engine: decode tokens of running sequences plus prefill chunks.
struct IterationLoad {
  std::int64_t decode_sequences = 0;   ///< sequences generating one token (k+1 when verifying)
  std::int64_t decode_context = 0;     ///< sum over decode sequences of tokens already cached
  std::int64_t prefill_tokens = 0;     ///< new prompt tokens in this iteration (all chunks)
  std::int64_t prefill_sequences = 0;  ///< chunks in this iteration
  double prefill_attended = 0;  ///< sum over prefill tokens of the tokens each one attends to
  /// The same two sums on a layer with local attention (Workload::local_span): keys the new
  /// decode tokens see (themselves included) and keys the prefill tokens see. Required (>= 0)
  /// when the model has sliding-window or chunked layers; ignored otherwise.
  double decode_attended_local = -1;
  double prefill_attended_local = -1;
  /// Of prefill_attended, the keys attended in MLA's absorbed form (ServingParams::mla_prefill;
  /// 0 for other models and engines), at most prefill_attended.
  double prefill_attended_absorbed = 0;
  /// MLA only: cached prefix tokens whose latent the iteration's prompt chunks up-project to keys
  /// and values (kv_b_proj over the context of every chunk attended in the standard form),
  /// summed over the chunks; 0 for other models and for chunks without a cached prefix.
  double prefill_context_upprojected = 0;
};

/// Time of one iteration and where it went.
struct IterationCost {
  Quantity time;
  Quantity gemm;           ///< weight GEMMs (dense, experts, LM head)
  Quantity attention;      ///< score and value products, KV reads
  Quantity elementwise;    ///< norms, residuals, rotary, activation
  Quantity communication;  ///< tensor-parallel all-reduce, expert all-to-all
  Quantity overhead;       ///< kernel launch gaps and boundary stalls
  Quantity host;           ///< host time the devices wait for (ServingParams::host_time_*)
  Wall wall = Wall::memory;
};

/// Where the memory of each device goes (one definition for every serving answer).
struct ServingMemory {
  Quantity capacity;           ///< per device: HardwareNode::usable_capacity()
  Quantity reserve;            ///< runtime reserve (params.runtime_reserve x capacity)
  Quantity weights;            ///< per device
  Quantity activations;        ///< peak of the largest iteration the engine schedules
  Quantity kv_per_token;       ///< whole model, at the KV precision
  Quantity kv_per_request;     ///< (input + output) tokens, in whole pages
  Quantity kv_pool;            ///< per device, what is left for pages
  std::int64_t kv_blocks = 0;  ///< pages per device
  std::int64_t kv_tokens = 0;  ///< tokens the pages hold
};

struct ServingResult {
  Quantity ttft;                ///< time to first token of a request at this concurrency
  Quantity tpot;                ///< time per output token (mean inter-token latency)
  Quantity request_latency;     ///< ttft + (output_tokens - 1) x tpot
  Quantity output_throughput;   ///< generated tokens per second, whole group
  Quantity request_throughput;  ///< requests per second, whole group
  Quantity kv_per_token;
  Quantity kv_per_request;
  Quantity weights_per_device;
  Quantity memory_per_device;  ///< weights + activations + KV pages of `batch` requests + reserve
  Quantity capacity_per_device;
  ServingMemory memory;
  IterationCost decode_step;        ///< one steady-state iteration
  std::int64_t max_concurrent = 0;  ///< largest batch for which `feasible` holds
  /// What limits max_concurrent: Wall::capacity (KV pages) or Wall::overhead (max_num_seqs).
  Wall concurrency_limit = Wall::capacity;
  std::int64_t knee_batch = 0;  ///< smallest batch at which decode GEMMs are compute-bound
  double tokens_per_step = 1;   ///< accepted tokens per decode step (speculation > 1)
  bool feasible = true;
  Wall decode_wall = Wall::memory;
  Wall prefill_wall = Wall::compute;
};

/// Evaluates serving `m` on `tp` devices of type `hw` at `batch` running requests. Throws
/// InvalidArgumentError for non-positive batch, lengths or tp, lengths or a batch so large that
/// token counts overflow, a tp that does not divide the heads, a precision the device lacks, a
/// workload without a transformer shape, or options outside their ranges. A batch that does not
/// fit is reported with `feasible == false` and `decode_wall == Wall::capacity`.
[[nodiscard]] ServingResult serve(const Workload& m, const HardwareNode& hw,
                                  const ServingOptions& options = {});

/// The memory plan of serving `m` (the same definition `serve` uses for `feasible`).
[[nodiscard]] ServingMemory serving_memory(const Workload& m, const HardwareNode& hw,
                                           const ServingOptions& options = {});

/// Time of one iteration with `load` on the replica described by `options` (batch and lengths
/// ignored). Throws InvalidArgumentError (field "load") for a negative count, for missing local
/// sums on a model with local layers, for an absorbed share above prefill_attended, and for the
/// MLA fields on a model without latent attention.
[[nodiscard]] IterationCost iteration_cost(const Workload& m, const HardwareNode& hw,
                                           const ServingOptions& options,
                                           const IterationLoad& load);

/// Latency targets: each is checked when set.
struct ServingTargets {
  std::optional<Quantity> ttft;
  std::optional<Quantity> tpot;
  std::optional<Quantity> request_latency;
};

/// The largest batch meeting every target, and what stopped it.
struct BatchSearch {
  std::int64_t batch = 0;  ///< 0 when even batch 1 misses a target or does not fit
  ServingResult result;    ///< at `batch` (at batch 1 when batch is 0)
  /// What bound: Wall::capacity (memory), Wall::overhead (max_num_seqs), Wall::compute or
  /// Wall::memory (a latency target; `binding_target` says which).
  Wall binding = Wall::capacity;
  std::string_view binding_target;  ///< "ttft", "tpot", "request_latency" or ""
  bool ttft_met = true;
  bool tpot_met = true;
  bool request_latency_met = true;
};

/// Searches the largest batch that fits and meets `targets`. Throws InvalidArgumentError for a
/// target that is not a positive time.
[[nodiscard]] BatchSearch best_batch(const Workload& m, const HardwareNode& hw,
                                     const ServingTargets& targets, ServingOptions options = {});

/// Speculative decoding against the same replica without it, in one call.
struct SpeculationComparison {
  ServingResult baseline;      ///< options.speculation reset
  ServingResult speculative;   ///< as given
  double tpot_speedup = 1;     ///< baseline TPOT / speculative TPOT
  double throughput_gain = 1;  ///< speculative / baseline output tokens per second
};
/// Throws InvalidArgumentError when `options.speculation` is not set.
[[nodiscard]] SpeculationComparison compare_speculation(const Workload& m, const HardwareNode& hw,
                                                        const ServingOptions& options);

/// The largest batch whose TPOT stays within `tpot_target` (and that fits); 0 when even batch 1
/// misses it.
/// The link a replica's tensor- and pipeline-parallel steps (and a disaggregated KV transfer)
/// cross: the device's accelerator link, else its host link; nullptr when it has neither.
[[nodiscard]] inline const Link* replica_link(const HardwareNode& hw) noexcept {
  return hw.device_link ? &*hw.device_link : (hw.host_link ? &*hw.host_link : nullptr);
}

[[nodiscard]] std::int64_t best_batch_for_latency(const Workload& m, const HardwareNode& hw,
                                                  const Quantity& tpot_target,
                                                  ServingOptions options = {});

}  // namespace mlsysim::solvers
