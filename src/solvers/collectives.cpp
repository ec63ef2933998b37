#include "mlsysim/solvers/collectives.hpp"

#include <array>
#include <cmath>
#include <string>
#include <utility>

#include "checks.hpp"
#include "mlsysim/solvers/common.hpp"
#include "typed_math.hpp"

namespace mlsysim::solvers {
namespace {

using detail::BitRate;
using detail::Bits;
using detail::Seconds;

struct Typed {
  Bits bytes;
  BitRate beta;
  Seconds alpha;
};

Typed typed_args(const Quantity& bytes, std::int64_t ranks, const LinkModel& l) {
  require_positive("ranks", ranks);
  if (bytes.base_value() < 0) throw InvalidArgumentError("bytes", "must not be negative");
  require_positive("link bandwidth", l.bandwidth.base_value());
  return {bytes.as<typed::bits>(), l.bandwidth.as<typed::bits_per_second>(),
          l.latency.as<typed::seconds>()};
}

Quantity result(const Seconds& t) { return detail::out(t, detail::units().s); }

// The alpha-beta formulas on typed arguments (checked by typed_args).
Seconds ring(const Typed& a, std::int64_t n) {
  if (n == 1) return Seconds::from_value(0);
  const double steps = 2.0 * static_cast<double>(n - 1);
  const double share = steps / static_cast<double>(n);
  return share * a.bytes / a.beta + steps * a.alpha;
}

Seconds gather(const Typed& a, std::int64_t n) {
  if (n == 1) return Seconds::from_value(0);
  const double steps = static_cast<double>(n - 1);
  return steps / static_cast<double>(n) * a.bytes / a.beta + steps * a.alpha;
}

}  // namespace

Quantity ring_all_reduce(const Quantity& bytes, std::int64_t n, const LinkModel& l) {
  return result(ring(typed_args(bytes, n, l), n));
}

Quantity tree_all_reduce(const Quantity& bytes, std::int64_t n, const LinkModel& l) {
  const auto a = typed_args(bytes, n, l);
  if (n == 1) return result(Seconds::from_value(0));
  const double depth = std::ceil(std::log2(static_cast<double>(n)));
  return result(2.0 * depth * (a.bytes / a.beta + a.alpha));
}

Quantity all_gather(const Quantity& bytes, std::int64_t n, const LinkModel& l) {
  return result(gather(typed_args(bytes, n, l), n));
}

Quantity reduce_scatter(const Quantity& bytes, std::int64_t n, const LinkModel& l) {
  return all_gather(bytes, n, l);
}

Quantity all_to_all(const Quantity& bytes, std::int64_t n, const LinkModel& l) {
  return all_gather(bytes, n, l);
}

Quantity hierarchical_all_reduce(const Quantity& bytes, std::int64_t per_node, std::int64_t nodes,
                                 const LinkModel& intra, const LinkModel& inter) {
  require_positive("per_node", per_node);
  require_positive("nodes", nodes);
  // Reduce-scatter then all-gather inside each node, a ring across nodes of the node's share.
  const Typed in_node = typed_args(bytes, per_node, intra);
  const Seconds inside = gather(in_node, per_node) + gather(in_node, per_node);
  const Typed across_nodes = typed_args(bytes / static_cast<double>(per_node), nodes, inter);
  return result(inside + ring(across_nodes, nodes));
}

std::string_view collective_algorithm_name(CollectiveAlgorithm a) noexcept {
  switch (a) {
    case CollectiveAlgorithm::tree:
      return "tree";
    case CollectiveAlgorithm::nvls:
      return "NVLS";
    case CollectiveAlgorithm::nvls_tree:
      return "NVLS tree";
    case CollectiveAlgorithm::collnet_direct:
      return "CollNet direct";
    case CollectiveAlgorithm::collnet_chain:
      return "CollNet chain";
    case CollectiveAlgorithm::ring:
      break;
  }
  return "ring";
}

std::string_view collective_protocol_name(CollectiveProtocol p) noexcept {
  switch (p) {
    case CollectiveProtocol::ll:
      return "LL";
    case CollectiveProtocol::ll128:
      return "LL128";
    case CollectiveProtocol::simple:
      break;
  }
  return "Simple";
}

namespace {
bool time_ok(const Quantity& q) {
  return q.dimension() == dims::time && q.base_value() >= 0 && std::isfinite(q.base_value());
}
bool fraction_ok(double x) { return x > 0 && x <= 1; }  // false for NaN
}  // namespace

void CollectiveTuning::validate() const {
  // The check every solver call makes, without building messages (train() runs in microseconds).
  const bool any_algorithm =
      algorithms[0] || algorithms[1] || algorithms[2] || algorithms[3] || algorithms[4];
  const bool any_protocol = protocols[0] || protocols[1] || protocols[2];
  bool ok = time_ok(net_overhead) && time_ok(nvls_latency) && time_ok(nvls_tree_intra_latency) &&
            time_ok(nvls_tree_inter_latency) && time_ok(collnet_direct_intra_latency) &&
            time_ok(collnet_direct_inter_latency) && time_ok(collnet_chain_intra_latency) &&
            time_ok(collnet_chain_inter_latency) && time_ok(collnet_arity_latency) &&
            fraction_ok(collnet_direct_efficiency) && ring_plateau >= 1 &&
            std::isfinite(ring_plateau) && fraction_ok(tree_bandwidth) && any_algorithm &&
            any_protocol;
  for (std::size_t i = 0; i < 3 && ok; ++i) {
    for (const ProtocolCost* c : {&ring[i], &tree[i]}) {
      ok = ok && time_ok(c->base) && time_ok(c->intra_step) && time_ok(c->inter_step) &&
           fraction_ok(c->payload);
    }
    for (double x : tree_correction[i]) ok = ok && fraction_ok(x);
  }
  if (ok) return;
  static constexpr std::array<const char*, 3> kProto{"ll", "ll128", "simple"};
  for (std::size_t i = 0; i < 3; ++i) {
    for (const auto& [table, costs] : {std::pair{"ring", &ring}, std::pair{"tree", &tree}}) {
      const ProtocolCost& c = (*costs)[i];
      const std::string at = std::string("collectives.") + table + "[" + kProto[i] + "].";
      require_latency(at + "base", c.base);
      require_latency(at + "intra_step", c.intra_step);
      require_latency(at + "inter_step", c.inter_step);
      require_fraction(at + "payload", c.payload);
    }
    for (std::size_t k = 0; k < tree_correction[i].size(); ++k) {
      require_fraction(
          "collectives.tree_correction[" + std::string(kProto[i]) + "][" + std::to_string(k) + "]",
          tree_correction[i][k]);
    }
  }
  require_latency("collectives.net_overhead", net_overhead);
  require_latency("collectives.nvls_latency", nvls_latency);
  require_latency("collectives.nvls_tree_intra_latency", nvls_tree_intra_latency);
  require_latency("collectives.nvls_tree_inter_latency", nvls_tree_inter_latency);
  require_latency("collectives.collnet_direct_intra_latency", collnet_direct_intra_latency);
  require_latency("collectives.collnet_direct_inter_latency", collnet_direct_inter_latency);
  require_latency("collectives.collnet_chain_intra_latency", collnet_chain_intra_latency);
  require_latency("collectives.collnet_chain_inter_latency", collnet_chain_inter_latency);
  require_latency("collectives.collnet_arity_latency", collnet_arity_latency);
  require_fraction("collectives.collnet_direct_efficiency", collnet_direct_efficiency);
  if (!(ring_plateau >= 1) || !std::isfinite(ring_plateau)) {
    throw InvalidArgumentError("collectives.ring_plateau", "must be finite and at least 1, got " +
                                                               std::to_string(ring_plateau));
  }
  require_fraction("collectives.tree_bandwidth", tree_bandwidth);
  if (!any_algorithm) {
    throw InvalidArgumentError("collectives.algorithms",
                               "enable at least one of the ring, the tree, NVLS and CollNet");
  }
  if (!any_protocol) {
    throw InvalidArgumentError("collectives.protocols", "enable at least one of LL, LL128, Simple");
  }
}

double pipeline_bubble(std::int64_t stages, std::int64_t microbatches, std::int64_t interleave) {
  require_positive("pipeline stages", stages);
  require_positive("microbatches", microbatches);
  require_positive("interleave", interleave);
  const double p = static_cast<double>(stages);
  return (p - 1.0) / (static_cast<double>(interleave * microbatches) + p - 1.0);
}

}  // namespace mlsysim::solvers
