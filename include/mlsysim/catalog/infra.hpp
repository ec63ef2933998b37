// Infrastructure zoo entry types: GridProfile, Datacenter, CoolingProfile.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "mlsysim/catalog/provenance.hpp"
#include "mlsysim/units/quantity.hpp"

namespace mlsysim {

/// A regional electricity grid (`Infra::Grids::Quebec`).
struct GridProfile {
  EntryInfo info;
  std::string_view country;
  std::string_view region;
  Quantity carbon_intensity;                   ///< gCO2e/kWh
  std::optional<CarbonAccounting> accounting;  ///< every built-in grid says
  std::int64_t data_year = 0;
  std::optional<double> pue;                  ///< typical datacenter PUE assumed for the region
  std::optional<Quantity> wue;                ///< L/kWh
  std::optional<Quantity> electricity_price;  ///< USD/kWh
  std::optional<double> renewable_share;      ///< fraction 0..1
  std::string_view primary_source;
  std::optional<double> lat;
  std::optional<double> lon;
};

/// A datacenter on a grid, with PUE/WUE overrides (`Infra::Datacenters::Google_Fleet`).
struct Datacenter {
  EntryInfo info;
  std::string_view operator_name;
  const GridProfile* grid = nullptr;
  std::optional<double> pue;
  std::optional<Quantity> wue;

  /// The datacenter's PUE, else the grid's; nullopt when neither says.
  [[nodiscard]] constexpr std::optional<double> effective_pue() const noexcept {
    if (pue) return pue;
    if (grid != nullptr) return grid->pue;
    return std::nullopt;
  }
  [[nodiscard]] constexpr std::optional<Quantity> effective_wue() const noexcept {
    if (wue) return wue;
    if (grid != nullptr) return grid->wue;
    return std::nullopt;
  }
};

/// A cooling class with its PUE and WUE (`Infra::Cooling::LiquidCooled`).
struct CoolingProfile {
  EntryInfo info;
  double pue = 1.0;
  Quantity wue;
};

}  // namespace mlsysim
