// What `train` and `plan` share: the run options (--seq-len, --global-batch, --tokens, --grid,
// --datacenter and the precisions), their checks and the library's TrainingOptions from them.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "mlsysim/mlsysim.hpp"
#include "precision_options.hpp"
#include "session.hpp"
#include "site.hpp"

namespace CLI {
class App;
class Option;
}  // namespace CLI

namespace mlsysim::cli {

struct TrainingRunOptions {
  std::int64_t seq_len = 2048;
  std::int64_t global_batch = 1024;
  bool global_batch_given = false;      ///< --global-batch was on the command line
  double token_budget = 0;              ///< --tokens; 0 = no time-to-train
  bool eager = false;                   ///< --eager: PyTorch eager elementwise kernels
  bool eager_fused_norm = false;        ///< --eager-fused-norm: eager around fused RMSNorm kernels
  bool fused_loss = false;              ///< --fused-loss: cross entropy in place at 16 bits
  bool pytorch_loss = false;            ///< --pytorch-loss: F.cross_entropy on an fp32 copy, eager
  std::string fp8_scaling = "delayed";  ///< --fp8-scaling: delayed, current or block
  bool wide_saved_inputs = false;       ///< --wide-saved-inputs: FP8 GEMMs keep 16-bit inputs
  std::string grads = "fp32";           ///< --grads: gradients held and reduced at fp32 or 16 bits
  std::string moments = "fp32";         ///< --moments: Adam moments at fp32, 16 bits or fp8
  bool no_master_weights = false;       ///< --no-master-weights: no fp32 copy of the weights
  bool precision_aware = false;         ///< --precision-aware-optimizer: Megatron-Core's, FusedAdam
  bool ep_forwarding = false;           ///< --ep-forwarding: MoE dispatch with node forwarding
  bool fsdp_copy_out = false;           ///< --fsdp-copy-out: FSDP2's compute-stream copies
  bool fsdp_flat_gradient = false;      ///< --fsdp-flat-gradient: FSDP1's gradient concatenation
  bool no_gemm_stall = false;       ///< --no-gemm-stall: collectives kept off persistent GEMMs' SMs
  bool tp_comm_overlap = false;     ///< --tp-comm-overlap: TP collectives pipelined with GEMMs
  bool serial_tp_backward = false;  ///< --no-async-tp-backward: backward TP collectives serial
  bool cuda_graphs = false;   ///< --cuda-graphs: the step replayed from a CUDA graph (launch gap)
  bool stream_k = false;      ///< --stream-k: GEMMs priced with the stream-K schedule (opt-in)
  bool dropout = false;       ///< --dropout: dropout on the residual stream (docs/solvers.md)
  bool separate_qkv = false;  ///< --separate-qkv: Q, K and V as three GEMMs
  bool separate_gate_up = false;    ///< --separate-gate-up: gate and up as two GEMMs
  double attention_efficiency = 0;  ///< --attention-efficiency; 0 = the device's measured rate
  bool offload_optimizer = false;   ///< train --offload-optimizer (ZeRO-Offload)
  bool offload_parameters = false;  ///< train --offload-parameters (ZeRO-3 parameter offload)
  std::string power_limit;          ///< --power-limit (e.g. "500 W"); empty: the device's TDP
  SiteOptions site;                 ///< --grid, --datacenter (and train's --pue)
  PrecisionOptions precision;
};

/// The fleet a run uses: `fleet` itself, or with --power-limit a copy whose accelerators run at
/// that limit (solvers::power_limited; docs/solvers.md, "Power limit"). Owns the copied node and
/// device the copy points into, so it outlives every use of `get()`.
class PowerLimitedFleet {
 public:
  /// Throws what `solvers::power_limited` throws for a limit the device cannot be priced at, and
  /// UnitParseError for a limit that is not a quantity.
  PowerLimitedFleet(const Fleet& fleet, const std::string& limit);
  PowerLimitedFleet(const PowerLimitedFleet&) = delete;
  PowerLimitedFleet& operator=(const PowerLimitedFleet&) = delete;

  [[nodiscard]] const Fleet& get() const { return limited_ ? fleet_ : *base_; }
  /// What the limit did, for the output's assumptions; empty without --power-limit.
  [[nodiscard]] const std::string& note() const { return note_; }

 private:
  const Fleet* base_;
  bool limited_ = false;
  HardwareNode hw_;
  Node node_;
  Fleet fleet_;
  std::string note_;
};

/// The parallel layout of a training run: train's --tp ... --no-sequence-parallel flags.
struct ParallelFlags {
  std::int64_t tp = 1;
  std::int64_t pp = 1;
  std::int64_t dp = 0;  ///< 0: the rest of the fleet
  std::int64_t ep = 1;
  std::int64_t cp = 1;
  std::int64_t interleave = 1;
  std::int64_t microbatch = 1;
  std::string recompute = "selective";
  std::string saved;  ///< --saved: the kept tensors of --recompute saved_tensors
  int zero = 1;
  bool no_sp = false;
};

/// Adds --tp, --pp, --dp, --ep, --cp, --interleave, --microbatch, --recompute, --saved, --zero
/// and --no-sequence-parallel to `command`.
void add_parallel_options(CLI::App& command, ParallelFlags& o);

/// Checks the layout's ranges; when --global-batch was not given and the default is not a
/// multiple of dp x microbatch, raises it to the next multiple and returns that assumption.
[[nodiscard]] std::vector<std::string> check_parallel(const ParallelFlags& o, const Fleet& fleet,
                                                      TrainingRunOptions& run);

/// The library's parallel configuration on `fleet` (dp: the rest of the fleet unless given).
/// Throws InvalidArgumentError when tp x pp x cp does not divide the fleet.
[[nodiscard]] solvers::ParallelConfig parallel_config(const ParallelFlags& o, const Fleet& fleet);

/// Adds --seq-len and --global-batch to `command`; returns the --global-batch option.
CLI::Option* add_batch_options(CLI::App& command, TrainingRunOptions& o);

/// Adds --seq-len, --global-batch, --tokens, --grid and --datacenter to `command`; returns the
/// --global-batch option (its count() tells whether it was given).
CLI::Option* add_training_options(CLI::App& command, TrainingRunOptions& o);

/// The checks train and plan share: --seq-len, --global-batch and --tokens in range.
void check_training_run(const TrainingRunOptions& o);

/// The library's options for the run on `hw`: FP8/FP4 training keeps 16-bit weights (unless
/// --weights) and activations; the intra-node latency comes from the catalog in use.
[[nodiscard]] solvers::TrainingOptions training_options(const Catalog& catalog,
                                                        const TrainingRunOptions& o,
                                                        const HardwareNode& hw);

}  // namespace mlsysim::cli
