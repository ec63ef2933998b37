// Placement: where to run a fleet. Ranks candidate sites (a grid, or a datacenter on its grid)
// by energy cost, operational carbon, or energy cost plus a carbon price, using the footprint
// solver for each. Formulas and sources: docs/placement.md.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "mlsysim/catalog/infra.hpp"
#include "mlsysim/catalog/systems.hpp"
#include "mlsysim/solvers/sustainability.hpp"
#include "mlsysim/units/quantity.hpp"

namespace mlsysim::solvers {

enum class PlacementObjective : std::uint8_t {
  cost,                   ///< facility energy x electricity price
  carbon,                 ///< operational carbon (facility energy x carbon intensity)
  cost_with_carbon_price  ///< energy cost + operational carbon x carbon price
};

/// A candidate site: a datacenter (its PUE and WUE, on its grid), or a bare grid (the
/// footprint's default PUE unless `PlacementOptions::pue`).
struct Site {
  const GridProfile* grid = nullptr;
  const Datacenter* datacenter = nullptr;
};

struct PlacementOptions {
  Quantity duration{0.0, Unit::parse("day")};  ///< how long the fleet runs at each site
  double load = 1.0;                           ///< average draw as a fraction of power
  PowerBasis prefer = PowerBasis::node_system_power;
  std::optional<double> pue;  ///< for sites that give none (default: FootprintOptions::default_pue)
  PlacementObjective objective = PlacementObjective::cost;
  std::optional<Quantity> carbon_price;  ///< currency per mass (USD/tCO2e); required for
                                         ///< cost_with_carbon_price
  /// Electricity price for sites whose grid has none (echoed); without it those sites are
  /// listed unranked under a cost objective.
  std::optional<Quantity> default_electricity_price;
};

struct Placement {
  Site site;
  std::string name;  ///< the datacenter's key, else the grid's
  Footprint footprint;
  std::optional<Quantity> electricity_price;  ///< the grid's, else the default, else none
  bool price_assumed = false;                 ///< the default price was used
  std::optional<Quantity> energy_cost;        ///< facility energy x price
  std::optional<Quantity> carbon_cost;        ///< operational carbon x carbon price
  /// The ranked quantity (USD or kgCO2e); unset when the site cannot be ranked (no price).
  std::optional<Quantity> objective;
  std::int64_t rank = 0;  ///< 1 = best; 0 = unranked
};

/// Every site's footprint for `fleet` over `options.duration`, ranked by the objective (ties
/// by name); unrankable sites (no electricity price under a cost objective) follow, with rank 0.
/// Embodied carbon and capex are the same at every site and do not change the ranking; the
/// objective counts operational carbon only. Throws InvalidArgumentError for no sites, a site
/// without a grid, a non-positive duration, or a missing or non-positive carbon price for
/// cost_with_carbon_price (DimensionalityError when it is not currency per mass).
[[nodiscard]] std::vector<Placement> place(const Fleet& fleet, std::span<const Site> sites,
                                           const PlacementOptions& options);

}  // namespace mlsysim::solvers
