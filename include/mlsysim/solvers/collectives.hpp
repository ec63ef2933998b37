// Collective communication costs (alpha-beta model) and the pipeline bubble.
//
// M is the message size per rank, N the number of ranks, beta the one-way bandwidth of the link
// each rank drives, alpha the per-step latency. Formulas (Thakur, Rabenseifner & Gropp 2005;
// Patarasuk & Yuan 2009; NCCL's bus-bandwidth convention): ring all-reduce moves 2(N-1)/N M in
// 2(N-1) steps; all-gather and reduce-scatter move (N-1)/N M in N-1 steps; all-to-all moves
// (N-1)/N M in N-1 steps; tree all-reduce 2 ceil(log2 N) (M/beta + alpha). N = 1 costs nothing.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

#include "mlsysim/units/quantity.hpp"

namespace mlsysim::solvers {

/// NCCL's algorithms for all-reduce, all-gather and reduce-scatter as the collective model
/// prices them: a ring over all ranks; (all-reduce across nodes) a chain inside each node and a
/// double binary tree across nodes; (all-reduce on a node link with NVLink SHARP) NVLS, the
/// switches reducing inside one node, or NVLS tree, NVLS inside each node and a tree across.
enum class CollectiveAlgorithm : std::uint8_t {
  ring,
  tree,
  nvls,
  nvls_tree,
  collnet_direct,  ///< CollNet (in-network reduction, SHARP) with every GPU on its own NIC
  collnet_chain    ///< CollNet through a chain of the node's GPUs
};
/// NCCL's protocols: LL (a flag with every 8 bytes, half the link rate, lowest latency), LL128
/// (8 bytes of flags per 128), Simple (bulk copies, full rate, highest latency).
enum class CollectiveProtocol : std::uint8_t { ll, ll128, simple };
[[nodiscard]] std::string_view collective_algorithm_name(CollectiveAlgorithm a) noexcept;
[[nodiscard]] std::string_view collective_protocol_name(CollectiveProtocol p) noexcept;

/// One protocol's terms in NCCL's cost model.
struct ProtocolCost {
  Quantity base;        ///< latency once per call
  Quantity intra_step;  ///< latency per step between ranks of one node (NVLink)
  Quantity inter_step;  ///< latency per step between nodes (the network)
  double payload = 1;   ///< fraction of the link's bandwidth that carries data, in (0, 1]
};

/// The cost model NCCL itself uses to pick an algorithm and protocol for each call
/// (NVIDIA/nccl `src/graph/tuning.cc`, NCCL 2.30.7: `ncclTopoTuneModel`, `ncclTopoGetAlgoTime`):
/// time = latency + bytes / bandwidth per (algorithm, protocol), the cheapest wins. Defaults are
/// NCCL's constants for NVLink nodes on an InfiniBand network (docs/solvers.md, "Collectives",
/// gives each); the link bandwidths are the fleet's.
struct CollectiveTuning {
  /// Ring: LL, LL128, Simple (baseLatencies, hwLatencies NVLINK / NET rows).
  std::array<ProtocolCost, 3> ring{{
      {Quantity(6.6, Unit::parse("us")), Quantity(0.6, Unit::parse("us")),
       Quantity(2.7, Unit::parse("us")), 0.5},
      {Quantity(14.0, Unit::parse("us")), Quantity(1.9, Unit::parse("us")),
       Quantity(4.0, Unit::parse("us")), 120.0 / 128.0},
      {Quantity(8.4, Unit::parse("us")), Quantity(3.4, Unit::parse("us")),
       Quantity(14.0, Unit::parse("us")), 1.0},
  }};
  /// Tree (all-reduce across nodes): LL, LL128, Simple; LL runs at 1/3.8 of the bus rate.
  std::array<ProtocolCost, 3> tree{{
      {Quantity(6.8, Unit::parse("us")), Quantity(0.6, Unit::parse("us")),
       Quantity(5.0, Unit::parse("us")), 1.0 / 3.8},
      {Quantity(14.0, Unit::parse("us")), Quantity(1.25, Unit::parse("us")),
       Quantity(8.5, Unit::parse("us")), 120.0 / 128.0},
      {Quantity(8.4, Unit::parse("us")), Quantity(4.0, Unit::parse("us")),
       Quantity(14.0, Unit::parse("us")), 1.0},
  }};
  /// A ring that crosses nodes posts a network operation each step: its in-node steps cost at
  /// least this (x3 with Simple). NCCL's `NET_OVERHEAD` default on Intel x86 hosts.
  Quantity net_overhead{1.0, Unit::parse("us")};
  /// Latency factor of a Simple ring all-reduce across nodes ("plateau effect of ring",
  /// compute capability 8.0 and later). At least 1.
  double ring_plateau = 1.4;
  /// Tree all-reduce bus bandwidth relative to the link bottleneck (NCCL's 0.92), x 1/2 for its
  /// algorithm bandwidth.
  double tree_bandwidth = 0.92;
  /// NCCL's per-size correction of tree all-reduce bandwidth (`treeCorrectionFactor`), per
  /// protocol, indexed by floor(log2(bytes / 64)) from 0 to 23; 1 outside. Each in (0, 1].
  std::array<std::array<double, 24>, 3> tree_correction{{
      {1.0, 1.0, 1.0, 1.0, .9, .8, .7, .7,  .7,  .7,  .6,  .5,
       .4,  .4,  .5,  .6,  .7, .8, .9, 1.0, 1.0, 1.0, 1.0, 1.0},
      {1.0, 1.0, 1.0, 1.0, 1.0, .9, .8, .8, .8, .7,  .6,  .6,
       .6,  .6,  .6,  .6,  .8,  .9, .9, .9, .9, 1.0, 1.0, 1.0},
      {.9, .9, .9, .9, .9, .9, .9, .8, .7, .6, .6, .5,
       .5, .5, .5, .6, .7, .8, .7, .7, .8, .9, .9, .9},
  }};

  /// NVLS (NVLink SHARP, Simple protocol only): latency of one NVLS all-reduce inside a node
  /// (hwLatencies NVLINK NVLS, no base), and of NVLS tree's in-node part and of each of its
  /// network hops (NVLINK and NET NVLSTree rows).
  Quantity nvls_latency{25.0, Unit::parse("us")};
  Quantity nvls_tree_intra_latency{25.0, Unit::parse("us")};
  Quantity nvls_tree_inter_latency{20.9, Unit::parse("us")};

  /// CollNet (in-network reduction in the InfiniBand switches, SHARP), all-reduce across nodes,
  /// Simple only: whether it may run at all (NCCL_COLLNET_ENABLE: off by default, as in NCCL; it
  /// also needs a fabric with `in_network_reduction`), the latencies of its direct and chain
  /// variants inside a node and across the network (hwLatencies NVLINK / NET CollNetDirect,
  /// CollNetChain rows; no base), the 0.4 us per extra rank of the direct variant ("arity
  /// serialization"), and NCCL's 0.85 on direct's bandwidth (applied from compute capability 9.0
  /// on: set 1 for earlier GPUs).
  bool collnet = false;
  Quantity collnet_direct_intra_latency{3.7, Unit::parse("us")};
  Quantity collnet_direct_inter_latency{31.0, Unit::parse("us")};
  Quantity collnet_chain_intra_latency{2.8, Unit::parse("us")};
  Quantity collnet_chain_inter_latency{30.0, Unit::parse("us")};
  Quantity collnet_arity_latency{0.4, Unit::parse("us")};
  double collnet_direct_efficiency = 0.85;

  /// What the library may pick, as NCCL_ALGO / NCCL_PROTO restrict it: ring, tree, NVLS (NVLS
  /// and NVLS tree, where the node link has NVLink SHARP), CollNet direct, CollNet chain (where
  /// `collnet` is on and the fabric reduces); LL, LL128, Simple. A call no enabled algorithm can
  /// run (the tree runs only all-reduce across nodes, NVLS only all-reduce on an NVLS link) is
  /// refused naming `collectives.algorithms`.
  std::array<bool, 5> algorithms{true, true, true, true, true};
  std::array<bool, 3> protocols{true, true, true};

  /// Throws InvalidArgumentError naming the field: latencies must be non-negative finite times,
  /// payloads, tree_bandwidth and corrections in (0, 1], ring_plateau finite and >= 1, at least
  /// one algorithm and one protocol enabled.
  void validate() const;
};

/// One link class a collective runs over.
struct LinkModel {
  Quantity bandwidth;  ///< one-way bytes/s each rank can drive (already derated)
  Quantity latency;    ///< alpha, per step
};

[[nodiscard]] Quantity ring_all_reduce(const Quantity& bytes, std::int64_t ranks,
                                       const LinkModel& l);
[[nodiscard]] Quantity tree_all_reduce(const Quantity& bytes, std::int64_t ranks,
                                       const LinkModel& l);
[[nodiscard]] Quantity all_gather(const Quantity& bytes, std::int64_t ranks, const LinkModel& l);
[[nodiscard]] Quantity reduce_scatter(const Quantity& bytes, std::int64_t ranks,
                                      const LinkModel& l);
[[nodiscard]] Quantity all_to_all(const Quantity& bytes, std::int64_t ranks, const LinkModel& l);
/// Reduce-scatter inside each node (g ranks), ring all-reduce of M/g across n nodes, all-gather
/// inside each node.
[[nodiscard]] Quantity hierarchical_all_reduce(const Quantity& bytes, std::int64_t per_node,
                                               std::int64_t nodes, const LinkModel& intra,
                                               const LinkModel& inter);
/// Fraction of a pipeline step lost to the bubble: (p - 1) / (v m + p - 1) for p stages,
/// m micro-batches and v interleaved chunks per stage (Narayanan et al. 2021).
[[nodiscard]] double pipeline_bubble(std::int64_t stages, std::int64_t microbatches,
                                     std::int64_t interleave = 1);

}  // namespace mlsysim::solvers
