// Cost of ownership: capex amortization, energy opex at the grid's price, maintenance, TCO, cost
// per training run and per million tokens, and the cloud-rental comparison.
#pragma once

#include <optional>

#include "mlsysim/catalog/systems.hpp"
#include "mlsysim/solvers/sustainability.hpp"
#include "mlsysim/units/quantity.hpp"

namespace mlsysim::solvers {

struct CostOptions {
  FootprintOptions footprint;  ///< duration, site, load (energy opex comes from here)
  Quantity amortization{4.0, Unit::parse("year")};  ///< straight-line depreciation period
  double annual_maintenance = 0.05;                 ///< fraction of capex per year
  std::optional<Quantity> electricity_price;        ///< overrides the grid's
  std::optional<Quantity> cloud_price_per_accelerator_hour;
  std::optional<double> tokens;  ///< tokens produced or trained in the period
};

struct CostResult {
  bool capex_known = false;  ///< false when neither node nor accelerator has a unit cost
  Quantity capex;            ///< purchase price of the fleet
  Quantity capex_share;      ///< depreciation for the period
  Quantity energy;           ///< facility energy x price
  Quantity maintenance;
  Quantity tco;  ///< capex share + energy + maintenance
  Quantity per_accelerator_hour;
  std::optional<Quantity> per_million_tokens;
  std::optional<Quantity> cloud_rental;  ///< the same accelerator-hours at the cloud price
  Footprint footprint;
};

/// Throws InvalidArgumentError for a non-positive amortization, a maintenance fraction outside
/// [0, 1], or no electricity price (none given and the grid has none).
[[nodiscard]] CostResult cost(const Fleet& fleet, const CostOptions& options);

}  // namespace mlsysim::solvers
