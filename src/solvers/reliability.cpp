#include "mlsysim/solvers/reliability.hpp"

#include <fmt/format.h>

#include <algorithm>
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
  r.goodput = goodput(r.checkpoint_time, r.daly_interval, r.fleet_mtbf, o.restart_time);
  return r;
}

double goodput(const Quantity& checkpoint_time, const Quantity& interval, const Quantity& mtbf,
               const Quantity& restart) {
  require_time("checkpoint_time", checkpoint_time);
  require_time("interval", interval);
  require_time("mtbf", mtbf);
  require_time("restart", restart, true);
  const double d = checkpoint_time.base_value();
  const double tau = interval.base_value();
  const double m = mtbf.base_value();
  return std::max(0.0, 1.0 - d / (tau + d) - (tau / 2.0 + restart.base_value()) / m);
}

// ---- checkpoints, storage tiers and failure studies -------------------------------------------

CheckpointSize checkpoint_size(std::int64_t parameters, const ParallelConfig& p,
                               const CheckpointContents& c) {
  require_positive("parameters", parameters);
  require_positive("tp", p.tp);
  require_positive("pp", p.pp);
  require_positive("cp", p.cp);
  require_positive("dp", p.dp);
  if (p.ep != 1) {
    throw InvalidArgumentError("ep", "expert-parallel checkpoint sharding is not modelled (ep " +
                                         std::to_string(p.ep) + "): give ep 1");
  }
  if (p.zero_stage < 0 || p.zero_stage > 3) {
    throw InvalidArgumentError("zero_stage",
                               "must be 0, 1, 2 or 3, got " + std::to_string(p.zero_stage));
  }
  const double n = static_cast<double>(parameters);
  const double wb = bits_per_element(c.weights) / 8.0;
  const double ob = (c.state.master_weights ? 4.0 : 0.0) +
                    2.0 * bits_per_element(c.state.optimizer_moments) / 8.0;
  const double model_parallel = static_cast<double>(p.tp) * static_cast<double>(p.pp);
  const double data_parallel = static_cast<double>(p.dp) * static_cast<double>(p.cp);
  const double w_rank = n * wb / (model_parallel * (p.zero_stage == 3 ? data_parallel : 1.0));
  const double o_rank = n * ob / (model_parallel * (p.zero_stage >= 1 ? data_parallel : 1.0));
  const auto& u = detail::units();
  CheckpointSize r;
  r.ranks = p.tp * p.pp * p.cp * p.dp;
  r.weights_bytes_per_parameter = Quantity(wb, "B");
  r.optimizer_bytes_per_parameter = Quantity(ob, "B");
  r.bytes_per_parameter = Quantity(wb + ob, "B");
  r.total = Quantity(detail::byte_count(n * (wb + ob))).to(u.gb);
  r.weights_per_rank = Quantity(detail::byte_count(w_rank)).to(u.gb);
  r.optimizer_per_rank = Quantity(detail::byte_count(o_rank)).to(u.gb);
  r.per_rank = Quantity(detail::byte_count(w_rank + o_rank)).to(u.gb);
  r.restore_total =
      Quantity(detail::byte_count((w_rank + o_rank) * static_cast<double>(r.ranks))).to(u.gb);
  return r;
}

StorageBandwidth storage_bandwidth(const StorageTier& tier, const StorageProvision& pv) {
  const std::string key(tier.info.path.empty() ? tier.info.key : tier.info.path);
  const auto need_count = [&](const std::optional<std::int64_t>& v, std::string_view field,
                              std::string_view what) {
    if (!v) {
      throw InvalidArgumentError(
          std::string(field), "storage tier '" + key + "' quotes bandwidth per " +
                                  std::string(what) + ": give the number of " + std::string(what) +
                                  "s");
    }
    require_positive(field, *v);
    return static_cast<double>(*v);
  };
  StorageBandwidth b;
  std::string per;
  switch (tier.basis) {
    case BandwidthBasis::per_TiB: {
      if (!pv.capacity) {
        throw InvalidArgumentError("capacity", "storage tier '" + key +
                                                   "' quotes bandwidth per TiB provisioned: give "
                                                   "the provisioned capacity, e.g. '100 TiB'");
      }
      if (pv.capacity->dimension() != dims::information || !(pv.capacity->base_value() > 0)) {
        throw InvalidArgumentError(
            "capacity",
            "must be a positive capacity such as '100 TiB', got '" + pv.capacity->str() + "'");
      }
      b.multiplier = pv.capacity->in("TiB");
      per = fmt::format("per TiB x {:g} TiB provisioned", b.multiplier);
      break;
    }
    case BandwidthBasis::per_request:
      b.multiplier = need_count(pv.concurrency, "concurrency", "concurrent request");
      per = fmt::format("per concurrent request x {:g} requests", b.multiplier);
      break;
    case BandwidthBasis::per_device:
      b.multiplier = need_count(pv.devices, "devices", "device");
      per = fmt::format("per drive x {:g} drives", b.multiplier);
      break;
    case BandwidthBasis::per_appliance:
      b.multiplier = need_count(pv.appliances, "appliances", "appliance");
      per = fmt::format("per appliance x {:g} appliances", b.multiplier);
      break;
  }
  const auto& u = detail::units();
  b.read = (tier.read_bandwidth * b.multiplier).to(u.gb_s);
  b.write = (tier.write_bandwidth * b.multiplier).to(u.gb_s);
  b.basis = fmt::format("read {} / write {} {}", tier.read_bandwidth.str(),
                        tier.write_bandwidth.str(), per);
  return b;
}

InterruptionForecast interruption_forecast(const FailureStudy& study, std::int64_t accelerators,
                                           std::int64_t hosts) {
  require_positive("accelerators", accelerators);
  require_positive("hosts", hosts);
  require_positive("study.accelerators", study.accelerators);
  require_positive("study.hosts", study.hosts);
  require_time("study.duration", study.duration);
  const double hours = study.duration.in("h");
  const Unit& per_hour = Unit::parse("1/h");
  InterruptionForecast f;
  f.accelerators = accelerators;
  f.hosts = hosts;
  for (const FailureClass c : enum_values<FailureClass>()) {
    const auto& row = study.interruptions[c];
    if (!row) continue;
    ClassForecast k;
    k.failure_class = c;
    k.label = row->label;
    k.count = row->count;
    k.scale = failure_scale(c);
    const bool per_acc = k.scale == FailureScale::accelerator;
    const double study_units = static_cast<double>(per_acc ? study.accelerators : study.hosts);
    const double target_units = static_cast<double>(per_acc ? accelerators : hosts);
    const double rate = static_cast<double>(row->count) / (study_units * hours);  // per unit-hour
    k.rate = Quantity(rate, per_hour);
    k.per_day = rate * target_units * 24.0;
    f.per_day += k.per_day;
    f.classes.push_back(k);
  }
  if (f.per_day > 0) {
    f.mean_time_between = Quantity(24.0 / f.per_day, detail::units().h);
  }
  return f;
}

CheckpointPlan checkpoint_plan(const Workload& model, const Fleet& fleet,
                               const ParallelConfig& parallel, const StorageTier& tier,
                               const FailureStudy& study, const CheckpointPlanOptions& o) {
  require_time("job", o.job);
  require_time("restart_overhead", o.restart_overhead, true);
  const auto& u = detail::units();
  CheckpointPlan r;
  const std::int64_t per_node = fleet.node->accelerators_per_node;
  const std::int64_t accelerators = fleet.count * per_node;
  ParallelConfig p = parallel;
  require_positive("tp", p.tp);
  require_positive("pp", p.pp);
  require_positive("cp", p.cp);
  const std::int64_t model_ranks = p.tp * p.pp * p.cp;
  if (p.dp == 1) {
    if (accelerators % model_ranks != 0) {
      throw InvalidArgumentError(
          "tp", fmt::format("tp x pp x cp = {} does not divide the fleet's {} accelerators",
                            model_ranks, accelerators));
    }
    p.dp = accelerators / model_ranks;
  } else if (model_ranks * p.dp != accelerators) {
    throw InvalidArgumentError(
        "dp", fmt::format("tp x pp x cp x dp = {} is not the fleet's {} accelerators",
                          model_ranks * p.dp, accelerators));
  }
  r.size = checkpoint_size(model.parameters, p, o.contents);
  StorageProvision pv = o.provision;
  if (tier.basis == BandwidthBasis::per_device && !pv.devices) {
    pv.devices = fleet.count;
    r.assumptions.push_back(fmt::format("one {} drive per host: {} drives written in parallel",
                                        tier.info.key, fleet.count));
  }
  r.bandwidth = storage_bandwidth(tier, pv);
  r.write_time = (r.size.total / r.bandwidth.write).to(u.s);
  r.read_time = (r.size.restore_total / r.bandwidth.read).to(u.s);
  r.restart_cost = (o.restart_overhead + r.read_time).to(u.s);
  r.interruptions = interruption_forecast(study, accelerators, fleet.count);
  if (!(r.interruptions.per_day > 0)) {
    throw InvalidArgumentError("study", "failure study '" + std::string(study.info.key) +
                                            "' lists no interruptions: no interval to compute");
  }
  r.expected_interruptions = r.interruptions.per_day * o.job.in("day");
  const Quantity& m = r.interruptions.mean_time_between;
  r.young_interval = young_interval(r.write_time, m);
  r.daly_interval = daly_interval(r.write_time, m);
  r.goodput = goodput(r.write_time, r.daly_interval, m, r.restart_cost);
  r.assumptions.push_back(
      fmt::format("checkpoint: {} weights + {} (master copy {}, Adam moments {}), no gradients; "
                  "sharded over tp "
                  "x pp, and over dp x cp for {} (ZeRO-{})",
                  precision_name(o.contents.weights), r.size.optimizer_bytes_per_parameter.str(),
                  o.contents.state.master_weights ? "fp32" : "none",
                  precision_name(o.contents.state.optimizer_moments),
                  p.zero_stage == 0   ? "nothing"
                  : p.zero_stage == 3 ? "the optimizer state and the weights"
                                      : "the optimizer state",
                  p.zero_stage));
  r.assumptions.push_back(
      "blocking writes of one copy of the checkpoint; on restart every rank reads its own state "
      "(data-parallel replicas read the replicated part again)");
  r.assumptions.push_back(fmt::format(
      "interruption rates from '{}' ({} accelerators of {}, {} hosts, {}); accelerator classes "
      "scaled per accelerator, host classes (switch/cable included: the study gives no switch "
      "count) per host",
      study.info.key, study.accelerators,
      study.accelerator != nullptr ? std::string(study.accelerator->info.key) : "unnamed type",
      study.hosts, study.duration.str()));
  if (study.accelerator != nullptr && study.accelerator != fleet.node->accelerator) {
    r.assumptions.push_back(fmt::format("the study's {} rates applied to {}",
                                        study.accelerator->info.key,
                                        fleet.node->accelerator->info.key));
  }
  r.assumptions.push_back(fmt::format("restart overhead {} (an estimate) + checkpoint read time",
                                      o.restart_overhead.str()));
  return r;
}

}  // namespace mlsysim::solvers
