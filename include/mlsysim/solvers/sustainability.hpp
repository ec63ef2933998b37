// Energy, carbon and water of running a fleet for a while, and its embodied carbon.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mlsysim/catalog/infra.hpp"
#include "mlsysim/catalog/systems.hpp"
#include "mlsysim/units/quantity.hpp"

namespace mlsysim::solvers {

/// Which power figure a footprint charges per accelerator.
enum class PowerBasis : std::uint8_t {
  given,              ///< FootprintOptions::power_per_accelerator
  node_system_power,  ///< the node's system power shared over its accelerators (CPU, NICs...)
  accelerator_power,  ///< the accelerator's power.tdp (whatever its PowerKind)
};

/// Where a footprint's PUE came from.
enum class PueSource : std::uint8_t { datacenter, grid, option, default_average };

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
  /// Without an override: charge the node's system power when the node has one (default:
  /// it includes the host CPUs, NICs and fans a real run draws), or always the accelerator's
  /// power figure (`PowerBasis::accelerator_power`). The result says which was used.
  PowerBasis prefer = PowerBasis::node_system_power;
  /// PUE when neither the datacenter nor the grid gives one; unset: `default_pue`.
  std::optional<double> pue;
  /// The PUE used when neither the site nor `pue` gives one: 1.56, the average annual PUE of
  /// respondents' largest data centers in Uptime Institute's 2024 Global Data Center Survey (as
  /// Statista summarizes it; Uptime's own Intelligence Update 221 gives 1.58 for 2023 and
  /// 1.55-1.59 since 2020). The same figure as the catalog's Infra.Datacenters.Uptime_Average,
  /// which the solver does not read.
  double default_pue = 1.56;
  /// WUE when neither gives one (L/kWh of IT energy); absent: water is reported as zero.
  std::optional<Quantity> wue;
  /// Service life over which embodied carbon is amortized (default 5 years, LLMCarbon).
  Quantity lifetime{5.0, Unit::parse("year")};
  /// Embodied carbon beyond the accelerator die (LLMCarbon's accounting, Faiz et al. 2023; its
  /// data/hardware.csv): the accelerator's memory and the node's host DRAM at
  /// `memory_embodied_per_gb`, plus `server_embodied_per_node` for the rest of each server. Off
  /// by default: the catalog's `embodied_carbon` (the die) alone, as before.
  bool embodied_beyond_die = false;
  /// LLMCarbon's DRAM figure (Micron 18 nm, 0.4 kgCO2/GB), which it also applies to HBM.
  Quantity memory_embodied_per_gb{0.4, Unit::parse("kgCO2e/GB")};
  /// LLMCarbon's "others" row: 111.6 cm2 of 12 nm silicon at 1.2 kgCO2/cm2 = 148.2 kgCO2e per
  /// server (board, NICs, controllers).
  Quantity server_embodied_per_node{148.2, Unit::parse("kgCO2e")};
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
  /// Its parts (all amortized): the accelerator dies (the catalog's figure), and with
  /// `embodied_beyond_die` the accelerator memory and the servers (host DRAM + the rest).
  Quantity embodied_die;
  Quantity embodied_memory;
  Quantity embodied_server;
  Quantity total_carbon;
  std::optional<Quantity> energy_cost;  ///< at the grid's electricity price, when known
  std::string_view region;
  // The choices made, so that every caller can echo them (docs/solvers.md, "Footprint").
  PowerBasis power_basis = PowerBasis::accelerator_power;
  std::optional<PowerKind> accelerator_power_kind;  ///< what the accelerator's figure is
  Quantity power_per_accelerator;                   ///< the figure charged, before `load`
  PueSource pue_source = PueSource::default_average;
  std::optional<CarbonAccounting> accounting;  ///< of carbon_intensity (unset: not stated)
  bool water_known = false;  ///< false: no WUE anywhere, `water` is 0 and means unknown
};

/// One line per assumption of `f`, for output: `power: node system power of 'DGX_H100' shared
/// over 8 accelerators = 1275 W each`, `PUE 1.56: default (Uptime Institute 2024 survey average)`,
/// `carbon intensity: production-based (grid 'Poland')`, `water: unknown (no WUE)`.
[[nodiscard]] std::vector<std::string> assumptions(const Footprint& f, const Fleet& fleet);

/// Energy, carbon and water of `fleet` running for `options.duration`. Power per accelerator:
/// the override, else the node's system power shared over its accelerators, else the
/// accelerator's TDP. Throws InvalidArgumentError for a non-positive duration, a load outside
/// (0, 1], or no datacenter and no grid.
[[nodiscard]] Footprint footprint(const Fleet& fleet, const FootprintOptions& options);

}  // namespace mlsysim::solvers
