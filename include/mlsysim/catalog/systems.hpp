// Fleet zoo entry types: Node, NetworkFabric, Fleet, Rack, Pod, DeploymentTier.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "mlsysim/catalog/hardware.hpp"
#include "mlsysim/catalog/infra.hpp"
#include "mlsysim/catalog/provenance.hpp"
#include "mlsysim/units/checked.hpp"
#include "mlsysim/units/quantity.hpp"

namespace mlsysim {

/// A server: n accelerators joined by an intra-node link (`Systems::Nodes::DGX_H100`).
struct Node {
  EntryInfo info;
  const HardwareNode* accelerator = nullptr;
  std::int64_t accelerators_per_node = 1;
  std::optional<Link> intra_node_link;  ///< absent: the accelerator's device link
  std::optional<std::int64_t> nics_per_node;
  std::optional<Quantity> nic_bandwidth;  ///< per NIC, as quoted (e.g. 400 Gbps per direction)
  /// The latency the node's NCCL network plugin reports for its NICs (`ncclNetProperties_t::
  /// latency`), which NCCL's tuner adds to every network step (twice for Simple). Absent: none,
  /// as NCCL's own InfiniBand / RoCE and socket transports report (docs/solvers.md).
  std::optional<Quantity> nccl_net_latency;
  std::optional<std::int64_t> psus_per_node;
  std::optional<Quantity> host_memory;
  std::string_view cpu;
  std::optional<Quantity> system_power;
  std::optional<Quantity> unit_cost;

  /// The link between accelerators of this node, or nullptr when there is none.
  [[nodiscard]] constexpr const Link* intra_link() const noexcept {
    if (intra_node_link) return &*intra_node_link;
    if (accelerator != nullptr && accelerator->device_link) return &*accelerator->device_link;
    return nullptr;
  }
};

/// A scale-out network (`Systems::Fabrics::InfiniBand_NDR`).
struct NetworkFabric {
  EntryInfo info;
  Quantity bandwidth;  ///< per port, as quoted
  LinkDirection direction = LinkDirection::per_direction;
  Quantity latency;  ///< end-to-end small-message latency (alpha)
  std::string_view topology;
  double oversubscription = 1.0;
  /// The switches can reduce in the network for NCCL's CollNet (InfiniBand SHARP on NVIDIA
  /// Quantum and Quantum-2 switches). NCCL uses it only when asked (NCCL_COLLNET_ENABLE; here
  /// `CollectiveTuning::collnet`).
  bool in_network_reduction = false;

  [[nodiscard]] constexpr Quantity one_way_bandwidth() const noexcept {
    return direction == LinkDirection::bidirectional_total ? bandwidth / 2.0 : bandwidth;
  }
};

/// Nodes x count over a fabric, optionally in a datacenter (`Systems::Clusters::Frontier_8K`).
struct Fleet {
  EntryInfo info;
  const Node* node = nullptr;
  std::int64_t count = 1;
  const NetworkFabric* fabric = nullptr;
  const Datacenter* datacenter = nullptr;
  std::string_view operator_name;
  std::optional<std::int64_t> year;

  /// count x accelerators per node; InvalidArgumentError if an overlay's counts overflow.
  [[nodiscard]] std::int64_t total_accelerators() const {
    return node == nullptr ? 0
                           : checked_mul(count, node->accelerators_per_node, "total_accelerators");
  }
};

struct Rack {
  EntryInfo info;
  const Node* node = nullptr;
  std::int64_t nodes_per_rack = 1;
  std::optional<Quantity> rack_power;
  std::string_view cooling;
};

struct Pod {
  EntryInfo info;
  const HardwareNode* accelerator = nullptr;
  std::int64_t chips = 1;
  std::string_view topology;
  std::optional<Quantity> memory;
  std::optional<Quantity> power;
};

struct DeploymentTier {
  EntryInfo info;
  std::optional<Quantity> ram;
  std::optional<Quantity> storage;
  std::optional<Quantity> latency_budget;
  std::string_view examples;
};

}  // namespace mlsysim
