// Internal: NCCL's collective cost model in typed form (public parameters:
// `CollectiveTuning`, mlsysim/solvers/collectives.hpp; docs/solvers.md, "Collectives").
#pragma once

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <string>

#include "mlsysim/errors.hpp"
#include "mlsysim/solvers/collectives.hpp"
#include "typed_math.hpp"

namespace mlsysim::solvers::detail {

/// One call's time and the (algorithm, protocol) that gives it.
struct CollectiveCost {
  Seconds time;
  CollectiveAlgorithm algorithm = CollectiveAlgorithm::ring;
  CollectiveProtocol protocol = CollectiveProtocol::simple;
};

/// What NCCL's model reads from the fleet besides the two link rates.
struct FleetTerms {
  /// What the node's network plugin reports (`Node::nccl_net_latency`), added to every network
  /// step as NCCL's `graph->latencyInter` is (twice for Simple: the flush).
  Seconds net_latency;
  /// The node link's NVLink SHARP efficiency (`Link::nvls_efficiency`), 0 where it has none.
  double nvls_efficiency = 0;
  /// The fabric reduces in the network (`NetworkFabric::in_network_reduction`).
  bool in_network_reduction = false;
  /// NICs per node (`Node::nics_per_node`), 0 where the node lists none (one per GPU).
  double nics_per_node = 0;
};

/// time = latency + bytes / bandwidth for every (algorithm, protocol) NCCL would consider; the
/// cheapest wins (`ncclTopoGetAlgoTime`). Built once per solver call from validated parameters.
class NcclModel {
 public:
  explicit NcclModel(const CollectiveTuning& t, const FleetTerms& f = {})
      : plateau_(t.ring_plateau),
        tree_bw_(t.tree_bandwidth),
        net_latency_(f.net_latency),
        nvls_efficiency_(f.nvls_efficiency),
        collnet_(t.collnet && f.in_network_reduction),
        nics_(f.nics_per_node),
        collnet_direct_eff_(t.collnet_direct_efficiency) {
    for (std::size_t i = 0; i < 3; ++i) {
      ring_[i] = convert(t.ring[i]);
      tree_[i] = convert(t.tree[i]);
    }
    net_overhead_ = t.net_overhead.as<typed::seconds>();
    nvls_latency_ = t.nvls_latency.as<typed::seconds>();
    nvls_tree_intra_ = t.nvls_tree_intra_latency.as<typed::seconds>();
    nvls_tree_inter_ = t.nvls_tree_inter_latency.as<typed::seconds>();
    collnet_direct_intra_ = t.collnet_direct_intra_latency.as<typed::seconds>();
    collnet_direct_inter_ = t.collnet_direct_inter_latency.as<typed::seconds>();
    collnet_chain_intra_ = t.collnet_chain_intra_latency.as<typed::seconds>();
    collnet_chain_inter_ = t.collnet_chain_inter_latency.as<typed::seconds>();
    collnet_arity_ = t.collnet_arity_latency.as<typed::seconds>();
    correction_ = t.tree_correction;
    algorithms_ = t.algorithms;
    protocols_ = t.protocols;
  }

  /// All-reduce (`all_reduce`) or all-gather / reduce-scatter of `bytes` (nccl-tests' size) over
  /// `size` ranks, `per_node` of them on each node; `intra` and `inter` are one rank's derated
  /// one-way bandwidth on the node link and on its share of the NICs; `base`, when set, replaces
  /// NCCL's per-call latency (a runtime's measured floor).
  [[nodiscard]] CollectiveCost operator()(bool all_reduce, Bits bytes, std::int64_t size,
                                          std::int64_t per_node, BitRate intra, BitRate inter,
                                          const Seconds* base = nullptr) const {
    CollectiveCost best;
    if (size <= 1) return best;
    const std::int64_t nodes_i = (size + per_node - 1) / per_node;
    const double N = static_cast<double>(size);
    const double p = static_cast<double>(per_node);
    const double n = static_cast<double>(nodes_i);
    const bool multi = nodes_i > 1;
    // The ring is pipelined: each rank's data crosses its node link and, once per node, a NIC
    // share; the slower of the two sets the rate (nccl-tests' bus bandwidth is the bottleneck).
    const Seconds on_link = per_node > 1 ? bytes / intra : Seconds();
    const Seconds on_nic = multi ? (bytes / p) / inter : Seconds();
    const Seconds bus = std::max(on_link, on_nic);
    const double passes = all_reduce ? 2.0 : 1.0;
    const double steps = passes * (N - 1.0);
    const double inter_steps = multi ? passes * (n - 1.0) : 0.0;
    bool first = true;
    const auto consider = [&](Seconds t, CollectiveAlgorithm a, std::size_t i) {
      if (first || t < best.time) best = {t, a, static_cast<CollectiveProtocol>(i)};
      first = false;
    };
    for (std::size_t i = 0; i < 3 && algorithms_[0]; ++i) {
      if (!protocols_[i]) continue;
      const Proto& q = ring_[i];
      const bool simple = i == 2;
      Seconds intra_step = q.intra;
      if (multi) intra_step = std::max(intra_step, net_overhead_ * (simple ? 3.0 : 1.0));
      // One rank per node exposes the network latency fully: NCCL charges the tree's.
      const Seconds inter_step = (per_node == 1 ? tree_[i].inter : q.inter) + plugin(simple);
      Seconds lat =
          (base ? *base : q.base) + (steps - inter_steps) * intra_step + inter_steps * inter_step;
      if (simple && multi && all_reduce) lat = lat * plateau_;
      consider(lat + passes * (N - 1.0) / N * bus / q.payload, CollectiveAlgorithm::ring, i);
    }
    if (all_reduce && multi && algorithms_[1]) {
      const double hops = std::floor(std::log2(n));
      const double in_bytes = typed::in_bytes(bytes);
      const int log_size =
          in_bytes >= 64 ? static_cast<int>(std::floor(std::log2(in_bytes / 64.0))) : -1;
      for (std::size_t i = 0; i < 3; ++i) {
        if (!protocols_[i]) continue;
        const Proto& q = tree_[i];
        const Seconds inter_step = q.inter + plugin(i == 2);
        const Seconds lat =
            (base ? *base : q.base) + 2.0 * ((p - 1.0) * q.intra + hops * inter_step);
        double rate = 0.5 * tree_bw_ * q.payload;
        if (log_size >= 0 && log_size < 23)
          rate *= correction_[i][static_cast<std::size_t>(log_size)];
        consider(lat + bus / rate, CollectiveAlgorithm::tree, i);
      }
    }
    // NVLS (Simple only): the switches reduce, so each GPU's link carries the data once each
    // way. NCCL gives its channels (one per GPU, at most 32) the link rate each GPU can pull
    // with every channel touching it and its own channel twice, p / (p + 1) of the link in all,
    // x nvlsEfficiency x (c - 1) / c x 2 (an all-reduce pipelines its reduce and its broadcast).
    // Across nodes (NVLS tree) the node's NICs bound it, twice over on two nodes (tuning.cc:
    // "Handle 2 node case of NVLSTree"); bus time = 2 (N - 1) / N x bytes / that bus rate.
    if (all_reduce && nvls_efficiency_ > 0 && per_node > 1 && algorithms_[2] && protocols_[2]) {
      const double c = std::min(p, 32.0);
      BitRate bus_rate = intra * (2.0 * nvls_efficiency_ * (c - 1.0) / c * p / (p + 1.0));
      Seconds lat = nvls_latency_;
      CollectiveAlgorithm a = CollectiveAlgorithm::nvls;
      if (multi) {
        const BitRate network = inter * (p * (nodes_i <= 2 ? 2.0 : 1.0));
        bus_rate = std::min(bus_rate, network);
        lat = nvls_tree_intra_ + 2.0 * std::floor(std::log2(n)) * (nvls_tree_inter_ + plugin(true));
        a = CollectiveAlgorithm::nvls_tree;
      }
      consider(lat + 2.0 * (N - 1.0) / N * bytes / bus_rate, a, 2);
    }
    // CollNet (Simple only, all-reduce across nodes, when enabled on a fabric that reduces):
    // NCCL prices it on the node-side rate (`bw = bwIntra` for CollNet at any node count):
    // direct divides it by the GPUs per NIC (halfway: factor - (factor - 1) / 2) and takes 0.85
    // of it; the chain takes all of it. Each node still sends and receives the whole buffer once
    // through its NICs, which bounds both (p x the rank's NIC share, each way). NCCL's algorithm
    // bandwidth is half the bus rate: time = latency + 2 x bytes / rate.
    if (all_reduce && multi && collnet_ && (algorithms_[3] || algorithms_[4]) && protocols_[2]) {
      const BitRate network = inter * (2.0 * p);
      double gpus_per_nic = nics_ > 0 ? std::max(1.0, p / std::min(p, nics_)) : 1.0;
      gpus_per_nic -= (gpus_per_nic - 1.0) / 2.0;
      const BitRate direct = std::min(intra * (collnet_direct_eff_ / gpus_per_nic), network);
      const BitRate chain = std::min(intra * 1.0, network);
      const Seconds inter_lat_direct = collnet_direct_inter_ + plugin(true);
      const Seconds inter_lat_chain = collnet_chain_inter_ + plugin(true);
      const Seconds lat_direct =
          2.0 * (std::min(1.0, p - 1.0) * collnet_direct_intra_ + (p - 1.0) * collnet_arity_) +
          inter_lat_direct;
      const Seconds lat_chain = 2.0 * (p - 1.0) * collnet_chain_intra_ + inter_lat_chain;
      if (algorithms_[3])
        consider(lat_direct + 2.0 * bytes / direct, CollectiveAlgorithm::collnet_direct, 2);
      if (algorithms_[4])
        consider(lat_chain + 2.0 * bytes / chain, CollectiveAlgorithm::collnet_chain, 2);
    }
    if (first) {
      throw InvalidArgumentError(
          "collectives.algorithms",
          "no enabled algorithm runs this call (the tree runs only all-reduce across nodes; NVLS "
          "only all-reduce, with the Simple protocol, on a node link with NVLink SHARP; CollNet "
          "only all-reduce across nodes, with the Simple protocol, when enabled on a fabric that "
          "reduces); enable the ring for " +
              std::string(all_reduce ? "this all-reduce" : "all-gather and reduce-scatter"));
    }
    return best;
  }

 private:
  struct Proto {
    Seconds base, intra, inter;
    double payload = 1;
  };
  /// The plugin's latency on one network step of a protocol (Simple pays it again to flush).
  [[nodiscard]] Seconds plugin(bool simple) const { return net_latency_ * (simple ? 2.0 : 1.0); }
  static Proto convert(const ProtocolCost& c) {
    return {c.base.as<typed::seconds>(), c.intra_step.as<typed::seconds>(),
            c.inter_step.as<typed::seconds>(), c.payload};
  }
  std::array<Proto, 3> ring_{}, tree_{};
  Seconds net_overhead_;
  double plateau_ = 1, tree_bw_ = 1;
  Seconds net_latency_;
  double nvls_efficiency_ = 0;
  bool collnet_ = false;
  double nics_ = 0, collnet_direct_eff_ = 1;
  Seconds nvls_latency_, nvls_tree_intra_, nvls_tree_inter_;
  Seconds collnet_direct_intra_, collnet_direct_inter_, collnet_chain_intra_, collnet_chain_inter_,
      collnet_arity_;
  std::array<std::array<double, 24>, 3> correction_{};
  std::array<bool, 5> algorithms_{true, true, true, true, true};
  std::array<bool, 3> protocols_{true, true, true};
};

}  // namespace mlsysim::solvers::detail
