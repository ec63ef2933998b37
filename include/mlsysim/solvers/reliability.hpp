// Reliability of a fleet: node and fleet MTBF from component MTTFs, failure probability over a
// job, the optimal checkpoint interval (Young 1974; Daly 2006), checkpoint write time and goodput.
#pragma once

#include <cstdint>

#include "mlsysim/catalog/models.hpp"
#include "mlsysim/catalog/systems.hpp"
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

}  // namespace mlsysim::solvers
