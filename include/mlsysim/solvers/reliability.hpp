// Reliability of a fleet: node and fleet MTBF from component MTTFs, failure probability over a
// job, the optimal checkpoint interval (Young 1974; Daly 2006), checkpoint write time and goodput;
// and, from catalog data, checkpoint size per rank, write/read time to a storage tier, job
// interruptions per day scaled from a published failure study, and goodput at that scale
// (docs/reliability.md).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "mlsysim/catalog/models.hpp"
#include "mlsysim/catalog/reliability.hpp"
#include "mlsysim/catalog/systems.hpp"
#include "mlsysim/solvers/training.hpp"
#include "mlsysim/units/quantity.hpp"

namespace mlsysim::solvers {

/// Component mean time to failure. Defaults: the Python original's literature anchors (GPU 50,000
/// h, NIC 150,000 h, PSU 100,000 h); see docs/solvers.md for their sources and caveats.
struct ComponentMttf {
  Quantity accelerator{50000.0, Unit::parse("h")};
  Quantity nic{150000.0, Unit::parse("h")};
  Quantity psu{100000.0, Unit::parse("h")};
  Quantity host{0.0, Unit::parse("h")};  ///< CPU, memory, board; 0 = not counted
};

/// Node MTBF with `accelerators`, `nics` and `psus` in series: 1 / sum(count / MTTF).
[[nodiscard]] Quantity node_mtbf(std::int64_t accelerators, std::int64_t nics, std::int64_t psus,
                                 const ComponentMttf& mttf = {});
/// Fleet MTBF: node MTBF / nodes x correlation. `correlation` in (0, 1] shortens it for failures
/// that are not independent (shared power or network domains); 1 = independent, as the Python
/// original's `calc_mtbf_cluster(m, n, corr)`. Throws InvalidArgumentError outside (0, 1].
[[nodiscard]] Quantity fleet_mtbf(const Fleet& fleet, const ComponentMttf& mttf = {},
                                  double correlation = 1.0);
/// 1 - exp(-T / MTBF).
[[nodiscard]] double failure_probability(const Quantity& job, const Quantity& mtbf);
/// Young's interval sqrt(2 delta M).
[[nodiscard]] Quantity young_interval(const Quantity& checkpoint_time, const Quantity& mtbf);
/// Daly's higher-order interval: sqrt(2 delta M) (1 + sqrt(delta / 2M) / 3 + delta / 18M) - delta
/// for delta < 2M, else M.
[[nodiscard]] Quantity daly_interval(const Quantity& checkpoint_time, const Quantity& mtbf);

struct ReliabilityOptions {
  Quantity job{30.0, Unit::parse("day")};
  std::optional<Quantity> checkpoint_time;  ///< absent: from checkpoint size and write bandwidth
  Quantity checkpoint_bytes_per_param{14.0, Unit::parse("B")};  ///< bf16 weights + fp32 Adam state
  Quantity write_bandwidth{100.0, Unit::parse("GB/s")};         ///< aggregate to durable storage
  Quantity restart_time{10.0, Unit::parse("min")};              ///< detect, reschedule, reload
  ComponentMttf mttf{};
};

struct ReliabilityResult {
  Quantity node_mtbf;
  Quantity fleet_mtbf;
  double failure_probability = 0;
  double expected_failures = 0;
  Quantity checkpoint_time;
  Quantity young_interval;
  Quantity daly_interval;
  double goodput = 1;  ///< useful fraction: 1 - delta/tau - (tau/2 + R)/M at Daly's interval
};

/// Throws InvalidArgumentError for non-positive times or bandwidth.
[[nodiscard]] ReliabilityResult reliability(const Workload& model, const Fleet& fleet,
                                            const ReliabilityOptions& options = {});

/// Useful fraction of wall time with blocking checkpoints of duration `checkpoint_time` every
/// `interval` of work, interruptions every `mtbf` on average and `restart` lost per interruption:
/// max(0, 1 - delta / (tau + delta) - (tau / 2 + R) / M). Example: delta 60 s, tau 3600 s, M 10 h,
/// R 10 min gives 1 - 60/3660 - (1800 + 600)/36000 = 0.917. Throws InvalidArgumentError for a
/// time that is not positive (restart may be 0).
[[nodiscard]] double goodput(const Quantity& checkpoint_time, const Quantity& interval,
                             const Quantity& mtbf, const Quantity& restart);

// ---- checkpoints, storage tiers and failure studies (docs/reliability.md) ------------------

/// What a checkpoint holds per parameter: the weights at `weights` precision plus the optimizer
/// state of `state` (an fp32 master copy when `state.master_weights`, and Adam's two moments at
/// `state.optimizer_moments`). Gradients are not saved: they are rebuilt by the next step.
struct CheckpointContents {
  Precision weights = Precision::bf16;
  TrainingStatePrecision state{};
};

/// Checkpoint size for one parallel layout. A rank holds its tensor- and pipeline-parallel shard;
/// the data-parallel group (dp x cp) replicates it, except what ZeRO shards: the optimizer state
/// at stage >= 1 and the weights at stage 3 (gradients, sharded at stage 2, are not saved).
struct CheckpointSize {
  Quantity bytes_per_parameter;  ///< weights + master copy + moments: 2 + 4 + 8 = 14 B (bf16 Adam)
  Quantity weights_bytes_per_parameter;
  Quantity optimizer_bytes_per_parameter;
  Quantity total;               ///< one copy of everything: parameters x bytes_per_parameter
  Quantity weights_per_rank;    ///< held (and restored) by each rank
  Quantity optimizer_per_rank;  ///< held (and restored) by each rank
  Quantity per_rank;            ///< weights_per_rank + optimizer_per_rank
  Quantity restore_total;       ///< read on restart by all ranks together: ranks x per_rank
  std::int64_t ranks = 0;       ///< tp x pp x cp x dp
};

/// Checkpoint size of a model of `parameters` parameters under `parallel` (tp, pp, cp, dp and
/// zero_stage are used; ep must be 1). Example: 70.55e9 parameters, bf16 + fp32 Adam with master
/// copy, TP8 PP4 DP4 ZeRO-1: total 987.7 GB; per rank 70.55e9 x (2 / 32 + 12 / 128) = 11.02 GB.
/// Throws InvalidArgumentError for a non-positive count or degree, ep > 1, or zero_stage not
/// in 0..3.
[[nodiscard]] CheckpointSize checkpoint_size(std::int64_t parameters,
                                             const ParallelConfig& parallel,
                                             const CheckpointContents& contents = {});

/// How much of a storage tier the job has, in the unit of the tier's bandwidth basis: TiB
/// provisioned (per_TiB), concurrent requests (per_request), drives (per_device) or appliances
/// (per_appliance). Only the one the tier's basis needs is read.
struct StorageProvision {
  std::optional<Quantity> capacity;         ///< per_TiB: provisioned capacity, e.g. "100 TiB"
  std::optional<std::int64_t> concurrency;  ///< per_request: concurrent requests of the job
  std::optional<std::int64_t> devices;      ///< per_device: drives written in parallel
  std::optional<std::int64_t> appliances;   ///< per_appliance
};

/// A tier's aggregate bandwidth for one provision.
struct StorageBandwidth {
  Quantity read;
  Quantity write;
  double multiplier = 0;  ///< TiB, requests, drives or appliances the per-basis figure is scaled by
  std::string basis;      ///< what was multiplied, e.g. "1000 MB/s per TiB x 100 TiB"
};

/// The aggregate bandwidth of `tier` for `provision`: the per-basis bandwidth x the count its
/// basis needs. Example: FSx for Lustre PERSISTENT_2 1000 MB/s per TiB x 100 TiB = 100 GB/s (the
/// count is in TiB, binary, as AWS provisions it). Throws InvalidArgumentError
/// naming the missing provision field (`capacity`, `concurrency`, `devices`, `appliances`) or a
/// non-positive one.
[[nodiscard]] StorageBandwidth storage_bandwidth(const StorageTier& tier,
                                                 const StorageProvision& provision);

/// One failure class of a study, scaled to a target fleet.
struct ClassForecast {
  FailureClass failure_class = FailureClass::unknown;
  std::string_view label;  ///< as printed in the study
  std::int64_t count = 0;  ///< in the study
  FailureScale scale = FailureScale::accelerator;
  Quantity rate;       ///< derived: count / (units of the study x its duration), per unit-hour
  double per_day = 0;  ///< at the target fleet: rate x target units x 24 h
};

/// Unexpected job interruptions at a target scale, from a failure study.
struct InterruptionForecast {
  std::vector<ClassForecast> classes;  ///< every class the study lists, in vocabulary order
  double per_day = 0;                  ///< all classes at the target fleet
  Quantity mean_time_between;          ///< 24 h / per_day
  std::int64_t accelerators = 0;       ///< target
  std::int64_t hosts = 0;              ///< target
};

/// Scales `study` to a fleet of `accelerators` on `hosts`: each class's rate per accelerator-hour
/// (accelerator classes) or host-hour (host classes, switch/cable included since the study gives
/// no switch count) times the target's units. Example: the Llama 3 table at its own scale (16,384
/// GPUs, 2,048 hosts) gives 419 / 54 = 7.76 per day; faulty GPUs 148 / (16,384 x 1,296 h) =
/// 6.97e-6 per GPU-hour. Throws InvalidArgumentError for non-positive counts or a study with no
/// accelerators, hosts or duration.
[[nodiscard]] InterruptionForecast interruption_forecast(const FailureStudy& study,
                                                         std::int64_t accelerators,
                                                         std::int64_t hosts);

struct CheckpointPlanOptions {
  Quantity job{30.0, Unit::parse("day")};
  CheckpointContents contents{};
  StorageProvision provision{};
  /// Detect the failure, replace the host, reschedule and re-initialise before the checkpoint is
  /// read: an estimate (10 min, the same default as ReliabilityOptions::restart_time); pass your
  /// own. The restart cost is this plus the time to read the checkpoint back.
  Quantity restart_overhead{10.0, Unit::parse("min")};
};

/// Checkpointing a training job on a fleet to a storage tier, with interruptions from a study.
struct CheckpointPlan {
  CheckpointSize size;
  StorageBandwidth bandwidth;
  Quantity write_time;    ///< size.total / bandwidth.write (blocking write)
  Quantity read_time;     ///< size.restore_total / bandwidth.read
  Quantity restart_cost;  ///< restart_overhead + read_time
  InterruptionForecast interruptions;
  double expected_interruptions = 0;  ///< over the job: per_day x job days
  Quantity young_interval;            ///< sqrt(2 delta M), delta = write_time, M = MTBI
  Quantity daly_interval;
  double goodput = 0;  ///< at Daly's interval
  std::vector<std::string> assumptions;
};

/// Evaluates checkpointing `model` on `fleet` under `parallel` (dp is taken from the fleet:
/// accelerators / (tp x pp x cp) when parallel.dp is 1) to `tier`, with interruptions scaled from
/// `study`. A per_device tier without `provision.devices` writes to one drive per host (said in
/// `assumptions`). Throws InvalidArgumentError for a layout that does not divide the fleet, a
/// missing provision, or a bad time.
[[nodiscard]] CheckpointPlan checkpoint_plan(const Workload& model, const Fleet& fleet,
                                             const ParallelConfig& parallel,
                                             const StorageTier& tier, const FailureStudy& study,
                                             const CheckpointPlanOptions& options = {});

}  // namespace mlsysim::solvers
