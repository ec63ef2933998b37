// Energy, carbon and water of running a fleet for a while, and its embodied carbon.
#pragma once

#include <optional>
#include <string_view>

#include "mlsysim/catalog/infra.hpp"
#include "mlsysim/catalog/systems.hpp"
#include "mlsysim/units/quantity.hpp"

namespace mlsysim::solvers {

struct FootprintOptions {
  Quantity duration{0.0, Unit::parse("day")};  ///< wall-clock time the fleet runs
  /// Where it runs: a datacenter (its PUE/WUE, then its grid's) or a grid. One is required.
  const Datacenter* datacenter = nullptr;
  const GridProfile* grid = nullptr;
  /// Average draw as a fraction of the power figure below (1 = flat out at TDP).
  double load = 1.0;
  /// Measured average system power per accelerator (server share included), overriding the
  /// node's system power and the accelerator's TDP.
  std::optional<Quantity> power_per_accelerator;
  /// PUE when neither the datacenter nor the grid gives one (default: Uptime Institute's 2023
  /// global average, the Infra.Datacenters.Uptime_Average entry).
  std::optional<double> pue;
  /// WUE when neither gives one (L/kWh of IT energy); absent: water is reported as zero.
  std::optional<Quantity> wue;
  /// Service life over which embodied carbon is amortized (default 5 years, LLMCarbon).
  Quantity lifetime{5.0, Unit::parse("year")};
};

struct Footprint {
  Quantity it_power;  ///< average IT draw of the fleet
  Quantity it_energy;
  double pue = 1.0;
  Quantity facility_energy;  ///< IT energy x PUE
  Quantity carbon_intensity;
  Quantity operational_carbon;
  Quantity water;
  Quantity embodied_carbon;  ///< amortized share for this duration (0 when unknown)
  Quantity total_carbon;
  std::optional<Quantity> energy_cost;  ///< at the grid's electricity price, when known
  std::string_view region;
};

/// Energy, carbon and water of `fleet` running for `options.duration`. Power per accelerator:
/// the override, else the node's system power shared over its accelerators, else the
/// accelerator's TDP. Throws InvalidArgumentError for a non-positive duration, a load outside
/// (0, 1], or no datacenter and no grid.
[[nodiscard]] Footprint footprint(const Fleet& fleet, const FootprintOptions& options);

}  // namespace mlsysim::solvers
