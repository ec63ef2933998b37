// Silicon zoo entry types: HardwareNode (an accelerator, SoC or MCU) and TechEntry.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

#include "mlsysim/catalog/provenance.hpp"
#include "mlsysim/units/quantity.hpp"
#include "mlsysim/vocabulary.hpp"

namespace mlsysim {

/// Bytes per element: fp64 8, fp32/tf32 4, bf16/fp16 2, fp8/int8 1, fp6 0.75, fp4/int4 0.5.
[[nodiscard]] Quantity bytes_per_element(Precision p);

/// Peak rate per precision; absent where the device has no such path.
using PrecisionTable = std::array<std::optional<Quantity>, kPrecisionCount>;

/// A data link: host I/O, device-to-device, or a node's intra-node fabric.
struct Link {
  std::string_view name;
  Quantity bandwidth;  ///< as the vendor quotes it, see `direction`
  LinkDirection direction = LinkDirection::per_direction;
  std::optional<Quantity> latency;  ///< per message / per ring step (alpha)
  /// Fixed cost of one collective call on this link, on top of its per-step latency: the
  /// runtime's small-message floor (a measured small all-reduce). Absent: the solver's default
  /// (NCCL's base latency in serving, none in training).
  std::optional<Quantity> collective_latency;
  std::optional<std::int64_t> ports;
  /// Present when the link's switches reduce in the network for NCCL (NVLink SHARP, "NVLS":
  /// Hopper and later NVSwitch systems): NCCL's efficiency of that path for the GPU generation
  /// (`nvlsEfficiency`: 0.85 Hopper, 0.74 Blackwell), in (0, 1]. Absent: no NVLS.
  std::optional<double> nvls_efficiency;
  /// Present when the link is a full mesh of direct point-to-point links, one set per peer, to
  /// this many other accelerators, `bandwidth` being the sum over them (AMD Infinity Fabric on an
  /// 8-GPU baseboard and Intel Gaudi's integrated RoCE: 7). Absent: a switched link (NVSwitch),
  /// whose whole rate reaches any set of peers.
  std::optional<std::int64_t> mesh_peers;

  /// The share of `bandwidth` a transfer among `ranks` accelerators of one node can drive: on a
  /// full mesh each rank reaches the other ranks - 1 over their own links, (ranks - 1) /
  /// mesh_peers of the sum (one link for a point-to-point send, ranks = 2); 1 when switched.
  [[nodiscard]] constexpr double mesh_share(std::int64_t ranks) const noexcept {
    if (!mesh_peers || *mesh_peers < 1) return 1.0;
    const auto used = static_cast<double>(ranks > 2 ? ranks - 1 : 1);
    const double share = used / static_cast<double>(*mesh_peers);
    return share < 1.0 ? share : 1.0;
  }

  /// The one-way rate every transfer-time formula uses: half a bidirectional total.
  [[nodiscard]] constexpr Quantity one_way_bandwidth() const noexcept {
    return direction == LinkDirection::bidirectional_total ? bandwidth / 2.0 : bandwidth;
  }
};

struct ComputeCore {
  Quantity peak_flops;  ///< default dense rate (GPUs: FP16/BF16 tensor, dense)
  Precision default_precision = Precision::bf16;
  PrecisionTable dense{};   ///< dense peak per precision
  PrecisionTable sparse{};  ///< 2:4 structured-sparsity peak per precision
  /// Measured large-GEMM throughput per precision (a microbenchmark's best dense GEMM, e.g. the
  /// maximum achievable matmul FLOP/s); the GEMM model's ceiling where present.
  PrecisionTable measured_gemm{};
  /// Measured fused-attention forward throughput per precision (FlashAttention-class kernel,
  /// causal, head dim 128, long sequences; causally masked FLOPs not counted); the ceiling of the
  /// serving engine's prefill attention where present.
  PrecisionTable measured_attention{};
  /// Measured fused-attention training rate per precision: forward + backward FLOPs (backward =
  /// 2.5 x forward, causally masked FLOPs not counted) over their summed time, causal, head dim
  /// 128, at 8,192 tokens; the training solver's attention rate where present.
  PrecisionTable measured_attention_training{};
  std::optional<std::int64_t> cores;
  std::string_view core_kind;
  /// How the vendor library's large GEMMs place thread blocks on the cores. `static_persistent`
  /// (cuBLAS on Hopper): one block per core, each with a fixed list of output tiles, so a GEMM
  /// started while a collective's blocks hold some cores cannot end before that collective does
  /// (the training solver's step timeline stalls it; docs/solvers.md, "Persistent GEMMs beside
  /// collectives"). `waves` or absent: blocks fill whatever cores are free, and a concurrent
  /// collective costs the compute `schedule.overlap_slowdown`.
  std::optional<GemmSchedule> gemm_schedule;
};

struct MemoryHierarchy {
  std::string_view type;  ///< `HBM3`, `LPDDR5X`, `SRAM`...
  Quantity capacity;      ///< the memory that holds the weights
  /// What the driver reports to programs as the device's total (cudaMemGetInfo / hipMemGetInfo,
  /// `torch.cuda.mem_get_info()`): below `capacity` by what the driver and firmware keep. Where
  /// present, the solvers size allocations from it (usable_capacity()).
  std::optional<Quantity> visible_capacity;
  Quantity bandwidth;
  /// Measured streaming bandwidth (STREAM-like copy / triad); the memory-bound ceiling where
  /// present.
  std::optional<Quantity> measured_bandwidth;
  std::optional<Quantity> sram_capacity;
  std::optional<Quantity> sram_bandwidth;
  std::optional<Quantity> flash_capacity;
  std::optional<Quantity> flash_bandwidth;
  std::optional<Quantity> l2_cache;
};

struct StorageSpec {
  Quantity capacity;
  Quantity bandwidth;
  std::optional<Quantity> latency;
};

struct PowerSpec {
  Quantity tdp;
  std::optional<PowerKind> tdp_kind;  ///< what `tdp` holds (every built-in entry says)
  std::optional<Quantity> tdp_min;
  std::optional<Quantity> tdp_max;
  /// A power limit below `tdp` at which the device's sustained compute throughput was measured,
  /// and that throughput over the throughput at `tdp` (0, 1]. Both or neither. Read by
  /// `solvers::power_limited()` (mlsysim/solvers/power_limit.hpp), which prices a device run at a
  /// lower power limit.
  std::optional<Quantity> capped_limit;
  std::optional<double> capped_throughput_ratio;
};

/// One accelerator, SoC, CPU or MCU: `mlsysim::Hardware::Cloud::H100`.
struct HardwareNode {
  EntryInfo info;
  std::string_view vendor;
  Tier tier = Tier::cloud;
  std::int64_t release_year = 0;
  std::string_view form_factor;
  ComputeCore compute;
  MemoryHierarchy memory;
  std::optional<StorageSpec> storage;
  std::optional<Link> host_link;
  std::optional<Link> device_link;
  PowerSpec power;
  std::optional<Quantity> battery_capacity;
  std::optional<Quantity> unit_cost;
  std::optional<Quantity> embodied_carbon;
  std::optional<Quantity> dispatch_overhead;
  std::optional<std::int64_t> accelerator_count;

  /// Peak dense rate at `p`, or nullopt when the device lacks that path.
  [[nodiscard]] constexpr const std::optional<Quantity>& peak(Precision p) const noexcept {
    return compute.dense[static_cast<std::size_t>(p)];
  }
  /// Ridge point (FLOP/B) of the roofline at `p`: peak(p) / memory bandwidth. Throws
  /// InvalidArgumentError when the device has no dense rate at `p`.
  [[nodiscard]] Quantity ridge_point(Precision p) const;
  /// Ridge point at the default precision.
  [[nodiscard]] Quantity ridge_point() const { return ridge_point(compute.default_precision); }
  /// The memory programs can allocate from: `memory.visible_capacity` where the catalog has it,
  /// else `memory.capacity`.
  [[nodiscard]] const Quantity& usable_capacity() const noexcept {
    return memory.visible_capacity ? *memory.visible_capacity : memory.capacity;
  }
};

/// A technology-class figure: a memory type, storage tier, link class or energy per operation
/// (`Hardware::Tech::Memory::HBM3`).
struct TechEntry {
  EntryInfo info;
  TechCategory category = TechCategory::memory;
  std::optional<Quantity> bandwidth;
  std::optional<Quantity> latency;
  std::optional<Quantity> energy_per_access;
  std::optional<Quantity> energy_per_byte;
  std::optional<Quantity> energy_per_op;
};

}  // namespace mlsysim
