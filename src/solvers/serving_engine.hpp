// Internal: the iteration-level serving engine shared by serve() and the request-level simulator.
// One object per replica configuration; its methods are allocation-free.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "mlsysim/solvers/serving.hpp"
#include "typed_math.hpp"

namespace mlsysim::solvers::detail {

/// The pieces of one iteration, in seconds.
struct Breakdown {
  double gemm = 0, attention = 0, elementwise = 0, communication = 0, overhead = 0;
  double compute_bound = 0;  ///< part of gemm + attention limited by FLOP/s
  [[nodiscard]] double total() const {
    return gemm + attention + elementwise + communication + overhead;
  }
};

/// Per-token-count GEMM times of one engine, precomputed for the simulator's hot loop.
struct EngineCache {
  std::vector<double> body, body_compute;  ///< by tokens in the iteration
  std::vector<double> head, head_compute;  ///< by sampled rows
};

class Engine {
 public:
  /// Validates the model shape, tp and options; throws InvalidArgumentError.
  Engine(const Workload& m, const HardwareNode& hw, const ServingOptions& o);

  /// One iteration (see IterationLoad); pure decode iterations replay a CUDA graph.
  [[nodiscard]] Breakdown iteration(const IterationLoad& load,
                                    const EngineCache* cache = nullptr) const;
  /// Fills `cache` for iterations of up to `max_tokens` tokens.
  void fill(EngineCache& cache, std::int64_t max_tokens) const;
  [[nodiscard]] double seconds(const IterationLoad& load) const { return iteration(load).total(); }

  /// Bytes per device of one token's KV (after the tp split of KV heads).
  [[nodiscard]] double kv_bytes_per_token_device() const { return kv_token_device_; }
  [[nodiscard]] double kv_bytes_per_token() const { return kv_token_; }
  [[nodiscard]] double weight_bytes_device() const { return weights_device_; }
  /// Activation peak (bytes per device) of an iteration of `tokens` tokens and `seqs` sequences.
  [[nodiscard]] double activation_bytes(double tokens, double seqs) const;
  /// Smallest batch at which the decode GEMMs are compute-bound (0 if never up to 65536).
  [[nodiscard]] std::int64_t knee_batch() const;
  /// Time of the layers' weight GEMMs for `tokens` tokens, and of the LM head for `rows` sampled
  /// rows; each adds its compute-bound part to `compute`.
  [[nodiscard]] double body_part(double tokens, double* compute) const;
  [[nodiscard]] double head_part(double rows, double* compute) const;

  const Workload& model;
  const HardwareNode& hw;
  const ServingOptions& opt;

 private:
  struct Gemm {
    double n, k;    ///< per device
    double layers;  ///< how many layers carry it
    double wbytes;  ///< bytes per weight element
  };
  [[nodiscard]] double gemm_time(double m, double n, double k, double wbytes,
                                 double* compute) const;
  [[nodiscard]] double attention_time(double tokens, double attended, double chunks,
                                      double* compute) const;

  std::array<Gemm, 12> gemms_{};
  std::size_t gemm_count_ = 0;
  double layers_ = 0, hidden_ = 0, heads_dev_ = 0, d_qk_ = 0, d_v_ = 0, vocab_dev_ = 0;
  double moe_layers_ = 0, experts_ = 0, top_k_ = 0, expert_n_ = 0, expert_k_ = 0;
  double experts_dev_share_ = 1;  ///< fraction of the touched experts on one device
  double kv_token_ = 0, kv_token_device_ = 0, weights_device_ = 0;
  double ab_ = 2, wb_ = 2, cb_ = 2, tp_ = 1, pp_ = 1, bw_ = 0, peak_ = 0, ceiling_ = 0;
  double link_bw_ = 0, link_alpha_ = 0, collective_base_ = 0;
  double ffn_width_dev_ = 0;
  double kernels_per_layer_ = 0;
  double eager_gap_ = 0, graph_gap_ = 0;
  bool ep_ = false;
  double ts_ = 1;   ///< tensor split of attention, dense layers and LM head (1 with attention DP)
  double dpd_ = 1;  ///< token split across ranks (tp with attention DP, else 1)
  double kv_read_token_ = 0;  ///< KV bytes one rank reads per token of its own sequences
};

/// Accepted tokens per verification step: (1 - a^(k+1)) / (1 - a) (Leviathan et al. 2023).
[[nodiscard]] double tokens_per_step(const Speculation& s);

/// Throws InvalidArgumentError naming the option outside its range.
void validate(const ServingOptions& o);

}  // namespace mlsysim::solvers::detail
