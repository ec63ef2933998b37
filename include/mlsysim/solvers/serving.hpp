// LLM serving on a device or a tensor-parallel group: prefill (TTFT), decode (TPOT), KV cache,
// how many requests fit, throughput, and the batch where decode stops being bandwidth-bound.
#pragma once

#include <cstdint>

#include "mlsysim/catalog/hardware.hpp"
#include "mlsysim/catalog/models.hpp"
#include "mlsysim/solvers/common.hpp"
#include "mlsysim/solvers/cost.hpp"

namespace mlsysim::solvers {

struct ServingOptions {
  std::int64_t batch = 1;            ///< concurrent sequences (continuous batching keeps it full)
  std::int64_t input_tokens = 512;   ///< prompt length
  std::int64_t output_tokens = 128;  ///< generated tokens per request
  std::int64_t tp = 1;               ///< devices in the tensor-parallel group
  Precisions precision{};            ///< weights may be int8/int4/fp8; KV cache likewise
  Efficiency efficiency{};
};

struct ServingResult {
  Quantity ttft;               ///< prefill of the whole batch: time to first token
  Quantity tpot;               ///< mean decode step: time per output token (inter-token latency)
  Quantity request_latency;    ///< ttft + (output_tokens - 1) x tpot
  Quantity output_throughput;  ///< generated tokens per second, whole group
  Quantity kv_per_token;
  Quantity kv_per_request;  ///< (input + output) tokens
  Quantity weights_per_device;
  Quantity memory_per_device;  ///< weights + KV of the batch + activations, per device
  Quantity capacity_per_device;
  std::int64_t max_concurrent = 0;  ///< requests whose KV fits beside the weights
  std::int64_t knee_batch = 0;      ///< smallest batch at which decode GEMMs are compute-bound
  bool feasible = true;
  Wall decode_wall = Wall::memory;
  Wall prefill_wall = Wall::compute;
};

/// Evaluates serving `m` on `tp` devices of type `hw`. Throws InvalidArgumentError for
/// non-positive batch, lengths or tp, a tp that does not divide the heads, a precision the device
/// lacks, or a workload that is not a per-token (autoregressive) model.
[[nodiscard]] ServingResult serve(const Workload& m, const HardwareNode& hw,
                                  const ServingOptions& options = {});

/// The largest batch whose TPOT stays within `tpot_target` (and that fits); 0 when even batch 1
/// misses it.
[[nodiscard]] std::int64_t best_batch_for_latency(const Workload& m, const HardwareNode& hw,
                                                  const Quantity& tpot_target,
                                                  ServingOptions options = {});

}  // namespace mlsysim::solvers
