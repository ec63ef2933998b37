#include "mlsysim/solvers/reliability.hpp"

#include <cmath>
#include <string>

#include "checks.hpp"
#include "mlsysim/solvers/common.hpp"
#include "typed_math.hpp"

namespace mlsysim::solvers {
namespace {

void require_time(std::string_view name, const Quantity& q, bool allow_zero = false) {
  if (q.dimension() != dims::time || !(allow_zero ? q.base_value() >= 0 : q.base_value() > 0)) {
    throw InvalidArgumentError(std::string(name), "must be a positive time, got '" + q.str() + "'");
  }
}

}  // namespace

Quantity node_mtbf(std::int64_t accelerators, std::int64_t nics, std::int64_t psus,
                   const ComponentMttf& m) {
  require_time("mttf.accelerator", m.accelerator);
  double rate = static_cast<double>(accelerators) / m.accelerator.base_value();
  if (nics > 0) rate += static_cast<double>(nics) / m.nic.base_value();
  if (psus > 0) rate += static_cast<double>(psus) / m.psu.base_value();
  if (m.host.base_value() > 0) rate += 1.0 / m.host.base_value();
  if (rate <= 0) throw InvalidArgumentError("components", "a node needs at least one component");
  return Quantity(detail::seconds(1.0 / rate)).to(detail::units().h);
}

Quantity fleet_mtbf(const Fleet& fleet, const ComponentMttf& m, double correlation) {
  require_fraction("correlation", correlation);
  const Node& n = *fleet.node;
  const Quantity node = node_mtbf(n.accelerators_per_node, n.nics_per_node.value_or(0),
                                  n.psus_per_node.value_or(0), m);
  return (node / static_cast<double>(fleet.count) * correlation).to(detail::units().h);
}

double failure_probability(const Quantity& job, const Quantity& mtbf) {
  require_time("job", job, true);
  require_time("mtbf", mtbf);
  return 1.0 - std::exp(-job.base_value() / mtbf.base_value());
}

Quantity young_interval(const Quantity& delta, const Quantity& mtbf) {
  require_time("checkpoint_time", delta);
  require_time("mtbf", mtbf);
  return Quantity(detail::seconds(std::sqrt(2.0 * delta.base_value() * mtbf.base_value())))
      .to(detail::units().s);
}

Quantity daly_interval(const Quantity& delta, const Quantity& mtbf) {
  require_time("checkpoint_time", delta);
  require_time("mtbf", mtbf);
  const double d = delta.base_value();
  const double m = mtbf.base_value();
  const double tau =
      d < 2.0 * m
          ? std::sqrt(2.0 * d * m) * (1.0 + std::sqrt(d / (2.0 * m)) / 3.0 + d / (18.0 * m)) - d
          : m;
  return Quantity(detail::seconds(tau)).to(detail::units().s);
}

ReliabilityResult reliability(const Workload& model, const Fleet& fleet,
                              const ReliabilityOptions& o) {
  require_time("job", o.job);
  require_time("restart_time", o.restart_time, true);
  if (o.write_bandwidth.dimension() != dims::information_rate ||
      !(o.write_bandwidth.base_value() > 0)) {
    throw InvalidArgumentError(
        "write_bandwidth",
        "must be a positive rate such as '100 GB/s', got '" + o.write_bandwidth.str() + "'");
  }
  ReliabilityResult r;
  r.node_mtbf = node_mtbf(fleet.node->accelerators_per_node, fleet.node->nics_per_node.value_or(0),
                          fleet.node->psus_per_node.value_or(0), o.mttf);
  r.fleet_mtbf = fleet_mtbf(fleet, o.mttf);
  r.failure_probability = failure_probability(o.job, r.fleet_mtbf);
  r.expected_failures = o.job.base_value() / r.fleet_mtbf.base_value();
  if (o.checkpoint_time) {
    require_time("checkpoint_time", *o.checkpoint_time);
    r.checkpoint_time = o.checkpoint_time->to(detail::units().s);
  } else {
    const Quantity size = o.checkpoint_bytes_per_param * static_cast<double>(model.parameters);
    r.checkpoint_time = (size / o.write_bandwidth).to(detail::units().s);
  }
  r.young_interval = young_interval(r.checkpoint_time, r.fleet_mtbf);
  r.daly_interval = daly_interval(r.checkpoint_time, r.fleet_mtbf);
  const double d = r.checkpoint_time.base_value();
  const double tau = r.daly_interval.base_value();
  const double m = r.fleet_mtbf.base_value();
  r.goodput = std::max(0.0, 1.0 - d / (tau + d) - (tau / 2.0 + o.restart_time.base_value()) / m);
  return r;
}

}  // namespace mlsysim::solvers
