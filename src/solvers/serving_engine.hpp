// Internal: the iteration-level serving engine shared by serve() and the request-level simulator.
// One object per replica configuration; its methods are allocation-free.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "mlsysim/solvers/serving.hpp"
#include "typed_math.hpp"

namespace mlsysim::solvers::detail {

/// The pieces of one iteration.
struct Breakdown {
  Seconds gemm = typed::secs(0), attention = typed::secs(0), elementwise = typed::secs(0),
          communication = typed::secs(0), overhead = typed::secs(0), host = typed::secs(0);
  Seconds compute_bound = typed::secs(0);  ///< part of gemm + attention limited by FLOP/s
  [[nodiscard]] Seconds total() const {
    return gemm + attention + elementwise + communication + overhead + host;
  }
};

/// Per-token-count GEMM times of one engine, precomputed for the simulator's hot loop.
struct EngineCache {
  std::vector<Seconds> dense, dense_compute;      ///< by rows on one rank
  std::vector<Seconds> experts, experts_compute;  ///< by tokens in the iteration
  std::vector<Seconds> head, head_compute;        ///< by sampled rows on one rank
};

/// The options a speculative draft model's engine runs with: the target's, without speculation and
/// with the standard MLA prefill form (the target engine's rule, not the draft's); none without a
/// draft model. The engine keeps a reference: hold the result as long as it.
[[nodiscard]] std::optional<ServingOptions> draft_options(const ServingOptions& o);

class Engine {
 public:
  /// Validates the model shape, tp and options; throws InvalidArgumentError.
  Engine(const Workload& m, const HardwareNode& hw, const ServingOptions& o);

  /// One iteration (see IterationLoad); pure decode iterations replay a CUDA graph. With
  /// attention data parallelism, `ranks` gives each rank's own share of `load` (the requests
  /// dispatched to it) and the busiest rank sets the attention side; empty: the requests dealt
  /// round robin (busiest_rank()).
  [[nodiscard]] Breakdown iteration(const IterationLoad& load, const EngineCache* cache = nullptr,
                                    std::span<const IterationLoad> ranks = {}) const;
  /// The busiest attention rank's part of `load` when its decoding sequences and prompt chunks
  /// are dealt to the data-parallel ranks one at a time: ceil(n / ranks) of each.
  [[nodiscard]] IterationLoad busiest_rank(const IterationLoad& load) const;
  /// Ranks that split the requests (tp with attention data parallelism, else 1).
  [[nodiscard]] std::int64_t data_parallel_ranks() const { return static_cast<std::int64_t>(dpd_); }
  /// Fills `cache` for iterations of up to `max_tokens` tokens.
  void fill(EngineCache& cache, std::int64_t max_tokens) const;
  [[nodiscard]] Seconds seconds(const IterationLoad& load) const { return iteration(load).total(); }

  /// Whether the model has multi-head latent attention (ServingParams::mla_prefill applies).
  [[nodiscard]] bool latent_attention() const { return mla_; }
  /// Fraction of the layers with local (sliding-window or chunked) attention.
  [[nodiscard]] double local_fraction() const { return local_frac_; }
  /// Adds to `l` the attention sums of `tokens` prompt tokens spread like the prompt positions
  /// (from, to]: full layers attend to every earlier key, local ones to Workload::local_span.
  void attend_prompt(IterationLoad& l, double tokens, double from, double to) const;
  /// A decode iteration of `seqs` sequences verifying k draft tokens each, their contexts spread
  /// over the output positions (from, to] (mean context (from + to) / 2).
  [[nodiscard]] IterationLoad decode_load(double seqs, double from, double to, double k) const;
  /// KV pages of `block` tokens a sequence of `tokens` tokens holds (local layers keep at most
  /// their window or chunk and the page it ends in), in whole-model pages, rounded up.
  [[nodiscard]] std::int64_t kv_pages(std::int64_t tokens, std::int64_t block) const {
    // Every layer keeps every token: whole pages, in integers (the simulator's hot path).
    if (tokens >= 0 && (local_frac_ <= 0 || !opt.params.windowed_kv_pages)) {
      return (tokens + block - 1) / block;
    }
    return windowed_kv_pages(tokens, block);
  }
  /// Whole-model KV tokens a sequence of `tokens` tokens keeps (Workload::cached_kv_tokens, or
  /// `tokens` without params.windowed_kv_pages).
  [[nodiscard]] double cached_tokens(double tokens) const;

  /// One token's KV per device (after the tp split of KV heads).
  [[nodiscard]] Bits kv_bytes_per_token_device() const { return kv_token_device_; }
  [[nodiscard]] Bits kv_bytes_per_token() const { return kv_token_; }
  /// One token's KV on the rank that serves its sequence: the KV heads' tp split (MLA's latent
  /// whole on every rank), a stage's layers, or under attention data parallelism the sequence's
  /// whole KV on its one rank. What that rank moves in a P/D transfer, the ranks in parallel.
  [[nodiscard]] Bits kv_bytes_per_token_rank() const { return kv_read_token_; }
  [[nodiscard]] Bits weight_bytes_device() const { return weights_device_; }
  /// Activation peak per device of an iteration of `tokens` tokens and `seqs` sequences.
  [[nodiscard]] Bits activation_bytes(double tokens, double seqs) const;
  /// Smallest batch at which the decode GEMMs are compute-bound (0 if never up to 65536).
  [[nodiscard]] std::int64_t knee_batch() const;
  /// Time of the layers' weight GEMMs for `tokens` tokens spread evenly over the ranks
  /// (dense_part of one rank's rows plus expert_part); each adds its compute-bound part to
  /// `compute`.
  [[nodiscard]] Seconds body_part(double tokens, Seconds* compute) const;
  /// Weight GEMMs outside the routed experts for `rows` rows on one rank.
  [[nodiscard]] Seconds dense_part(double rows, Seconds* compute) const;
  /// Routed-expert GEMMs for the `tokens` tokens of every rank.
  [[nodiscard]] Seconds expert_part(double tokens, Seconds* compute) const;
  /// LM head for `rows` sampled rows on one rank.
  [[nodiscard]] Seconds head_part(double rows, Seconds* compute) const;

  const Workload& model;
  const HardwareNode& hw;
  const ServingOptions& opt;

 private:
  struct Gemm {
    double n, k;    ///< per device
    double layers;  ///< how many layers carry it
    Bits wbytes;    ///< size of one weight element
  };
  /// `stream_fraction` < 1: the kernel streams at that fraction of the streaming bandwidth.
  [[nodiscard]] Seconds gemm_time(double m, double n, double k, Bits wbytes, Seconds* compute,
                                  double stream_fraction = 1) const;
  /// Of the keys the positions (from, to] attend, the share in MLA's absorbed form
  /// (ServingParams::mla_prefill), chunked by the token budget.
  [[nodiscard]] double absorbed_share(double from, double to) const;
  /// MLA: for one prompt over the positions (from, to], chunked as absorbed_share, the cached
  /// prefix tokens its standard-form chunks up-project (the sum of those chunks' prefixes).
  [[nodiscard]] double upprojected_context(double from, double to) const;
  /// kv_pages() with local layers keeping their window, or a negative count.
  [[nodiscard]] std::int64_t windowed_kv_pages(std::int64_t tokens, std::int64_t block) const;
  /// Adds to `b` the attention side of one rank's load `l` (see Engine::iteration).
  void rank_part(const IterationLoad& l, const EngineCache* cache, Breakdown& b) const;
  [[nodiscard]] Seconds attention_time(double tokens, double attended, double chunks, double layers,
                                       Seconds* compute) const;

  std::array<Gemm, 12> gemms_{};
  std::size_t gemm_count_ = 0;
  double layers_ = 0, hidden_ = 0, heads_dev_ = 0, d_qk_ = 0, d_v_ = 0, vocab_ = 0, vocab_dev_ = 0;
  double decode_width_ = 0;  ///< per head, the query-key plus value width decode attends with
  double moe_layers_ = 0, experts_ = 0, top_k_ = 0, expert_n_ = 0, expert_k_ = 0;
  double experts_dev_share_ = 1;  ///< fraction of the touched experts on one device
  Bits kv_token_ = typed::bytes(0), kv_token_device_ = typed::bytes(0),
       weights_device_ = typed::bytes(0);
  Bits ab_ = typed::bytes(2), wb_ = typed::bytes(2), cb_ = typed::bytes(2);  ///< per element
  Bits wbe_ = typed::bytes(2);  ///< per routed-expert weight element (moe.expert_weights)
  double tp_ = 1, pp_ = 1;
  BitRate bw_ = typed::bytes_per_second(0);
  FlopRate ceiling_ = typed::flop(0) / typed::secs(1);
  Precision attn_precision_ = Precision::bf16;  ///< attention math: the KV cache's (see ctor)
  FlopRate attn_ceiling_ = typed::flop(0) / typed::secs(1);
  FlopRate attn_measured_ = typed::flop(0) / typed::secs(1);  ///< 0: none in the catalog
  BitRate link_bw_ = typed::bytes_per_second(0);              ///< the tp group's collectives
  BitRate p2p_bw_ = typed::bytes_per_second(0);               ///< one pipeline send
  Seconds link_alpha_ = typed::secs(0), collective_base_ = typed::secs(0);
  double ffn_width_dev_ = 0;
  double kernels_per_layer_ = 0;
  Seconds eager_gap_ = typed::secs(0), graph_gap_ = typed::secs(0), stall_ = typed::secs(0);
  Seconds eager_host_ = typed::secs(0);  ///< host launch time per kernel launched one by one
  bool eager_decode_ = false, eager_prefill_ = false;  ///< which iterations pay it
  Seconds host_iteration_ = typed::secs(0), host_sequence_ = typed::secs(0);
  bool ep_ = false;
  double ts_ = 1;   ///< tensor split of attention, dense layers and LM head (1 with attention DP)
  double dpd_ = 1;  ///< token split across ranks (tp with attention DP, else 1)
  Bits kv_read_token_ = typed::bytes(0);  ///< KV one rank reads per token of its own sequences
  double local_frac_ = 0;                 ///< layers with local attention / layers
  bool mla_ = false;  ///< multi-head latent attention (ServingParams::mla_prefill applies)
  double up_n_ = 0, up_k_ = 0;  ///< MLA's kv_b_proj per device: heads x (nope + v), kv_lora
};

/// Whole-model KV tokens a sequence of `tokens` tokens keeps: Workload::cached_kv_tokens with
/// params.windowed_kv_pages, else every token.
[[nodiscard]] inline double cached_tokens(const Workload& m, const ServingParams& p,
                                          double tokens) {
  return p.windowed_kv_pages ? m.cached_kv_tokens(tokens) : tokens;
}

/// Whether `seqs` running sequences, each decoding 1 + draft-length tokens, leave a mixed
/// iteration's token budget room for a prompt chunk (prefill-first and static engines always do:
/// their prompts run in iterations of their own).
[[nodiscard]] inline bool leaves_prefill_room(const ServingOptions& o, double seqs) {
  if (o.batching != Batching::continuous || o.params.schedule != IterationSchedule::mixed) {
    return true;
  }
  const double k = o.speculation ? static_cast<double>(o.speculation->draft_length) : 0.0;
  return seqs * (k + 1.0) < static_cast<double>(o.params.max_batched_tokens);
}

/// A request's serialized front-end time (ServingParams::front_end_per_request and
/// front_end_per_prompt_token): the per-request time plus the per-token time for every one of its
/// `prompt_tokens` (the whole prompt is tokenized). front_end_latency comes on top and holds no
/// worker.
[[nodiscard]] inline Seconds front_end_work(const ServingParams& p, double prompt_tokens) {
  return in<typed::seconds>(p.front_end_per_request) +
         prompt_tokens * in<typed::seconds>(p.front_end_per_prompt_token);
}

/// Accepted tokens per verification step: (1 - a^(k+1)) / (1 - a) (Leviathan et al. 2023).
[[nodiscard]] double tokens_per_step(const Speculation& s);

/// Throws InvalidArgumentError naming the option outside its range.
void validate(const ServingOptions& o);

}  // namespace mlsysim::solvers::detail
