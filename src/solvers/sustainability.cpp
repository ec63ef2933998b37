#include "mlsysim/solvers/sustainability.hpp"

#include <fmt/format.h>

#include <cmath>
#include <string>

#include "checks.hpp"
#include "mlsysim/solvers/common.hpp"
#include "typed_math.hpp"

namespace mlsysim::solvers {
Footprint footprint(const Fleet& fleet, const FootprintOptions& o) {
  const auto& u = detail::units();
  if (o.duration.dimension() != dims::time || !(o.duration.base_value() > 0)) {
    throw InvalidArgumentError("duration",
                               "must be a positive time, got '" + o.duration.str() + "'");
  }
  require_fraction("load", o.load);
  // A PUE is facility energy over IT energy: at least 1 (NaN fails the comparison too).
  const auto require_pue = [](const char* name, double pue) {
    if (!(pue >= 1.0) || !std::isfinite(pue)) {
      throw InvalidArgumentError(name,
                                 "must be a finite ratio >= 1, got " + fmt::format("{}", pue));
    }
  };
  if (o.pue) require_pue("pue", *o.pue);
  require_pue("default_pue", o.default_pue);
  const GridProfile* grid = o.datacenter != nullptr ? o.datacenter->grid : o.grid;
  if (grid == nullptr) {
    throw InvalidArgumentError("site", "give a datacenter or a grid (e.g. Infra.Grids.US_Average)");
  }
  const double accelerators = static_cast<double>(fleet.total_accelerators());
  detail::Watts per_accel = fleet.node->accelerator->power.tdp.as<typed::watts>();
  PowerBasis basis = PowerBasis::accelerator_power;
  if (o.power_per_accelerator) {
    per_accel = o.power_per_accelerator->as<typed::watts>();
    basis = PowerBasis::given;
  } else if (fleet.node->system_power && o.prefer == PowerBasis::node_system_power) {
    per_accel = fleet.node->system_power->as<typed::watts>() /
                static_cast<double>(fleet.node->accelerators_per_node);
    basis = PowerBasis::node_system_power;
  }
  const detail::Watts it_power = per_accel * accelerators * o.load;
  const detail::Seconds t = o.duration.as<typed::seconds>();
  const detail::Joules it_energy = it_power * t;

  Footprint f;
  f.region = grid->info.key;
  f.power_basis = basis;
  f.accelerator_power_kind = fleet.node->accelerator->power.tdp_kind;
  f.power_per_accelerator = detail::out(per_accel, u.w);
  f.accounting = grid->accounting;
  const bool dc_pue = o.datacenter != nullptr && o.datacenter->effective_pue();
  f.pue_source = dc_pue      ? PueSource::datacenter
                 : grid->pue ? PueSource::grid
                 : o.pue     ? PueSource::option
                             : PueSource::default_average;
  f.pue = dc_pue      ? *o.datacenter->effective_pue()
          : grid->pue ? *grid->pue
          : o.pue     ? *o.pue
                      : o.default_pue;
  const detail::Joules facility = it_energy * f.pue;
  f.it_power = detail::out(it_power, u.kw);
  f.it_energy = detail::out(it_energy, u.mwh);
  f.facility_energy = detail::out(facility, u.mwh);
  f.carbon_intensity = grid->carbon_intensity;
  f.operational_carbon = (Quantity(facility) * grid->carbon_intensity).to(u.t);
  std::optional<Quantity> wue = o.datacenter != nullptr ? o.datacenter->effective_wue() : grid->wue;
  if (!wue) wue = o.wue;
  f.water = wue ? (Quantity(it_energy) * *wue).to(u.l) : Quantity(0.0, u.l);
  f.water_known = wue.has_value();
  // Embodied carbon of the accelerators, amortized linearly over their service life.
  const auto& embodied = fleet.node->accelerator->embodied_carbon;
  if (o.lifetime.dimension() != dims::time || !(o.lifetime.base_value() > 0)) {
    throw InvalidArgumentError("lifetime",
                               "must be a positive time, got '" + o.lifetime.str() + "'");
  }
  const double share = o.duration.base_value() / o.lifetime.base_value();
  f.embodied_die = embodied ? (*embodied * accelerators * share).to(u.t) : Quantity(0.0, u.t);
  f.embodied_memory = Quantity(0.0, u.t);
  f.embodied_server = Quantity(0.0, u.t);
  if (o.embodied_beyond_die) {
    const Quantity per_gb = Quantity(1.0, Unit::parse("kgCO2e/GB"));
    const Quantity per_node = Quantity(1.0, Unit::parse("kgCO2e"));
    if (o.memory_embodied_per_gb.dimension() != per_gb.dimension() ||
        !(o.memory_embodied_per_gb.base_value() >= 0)) {
      throw InvalidArgumentError("memory_embodied_per_gb",
                                 "must be a non-negative carbon per byte such as '0.4 kgCO2e/GB', "
                                 "got '" +
                                     o.memory_embodied_per_gb.str() + "'");
    }
    if (o.server_embodied_per_node.dimension() != per_node.dimension() ||
        !(o.server_embodied_per_node.base_value() >= 0)) {
      throw InvalidArgumentError(
          "server_embodied_per_node",
          "must be a non-negative carbon mass such as '148.2 kgCO2e', got '" +
              o.server_embodied_per_node.str() + "'");
    }
    const HardwareNode& hw = *fleet.node->accelerator;
    f.embodied_memory =
        (hw.memory.capacity * o.memory_embodied_per_gb * (accelerators * share)).to(u.t);
    Quantity server = o.server_embodied_per_node;
    if (fleet.node->host_memory) server += *fleet.node->host_memory * o.memory_embodied_per_gb;
    f.embodied_server = (server * (static_cast<double>(fleet.count) * share)).to(u.t);
  }
  f.embodied_carbon = (f.embodied_die + f.embodied_memory + f.embodied_server).to(u.t);
  f.total_carbon = (f.operational_carbon + f.embodied_carbon).to(u.t);
  if (grid->electricity_price) {
    f.energy_cost = (Quantity(facility) * *grid->electricity_price).to(u.usd);
  }
  return f;
}

std::vector<std::string> assumptions(const Footprint& f, const Fleet& fleet) {
  static constexpr const char* kPowerKind[] = {"TDP", "board power", "measured maximum",
                                               "rack power", "estimate"};
  static constexpr const char* kAccounting[] = {
      "production-based (generation in the zone, lifecycle)",
      "consumption-based (imports included, lifecycle)",
      "provider operational (location-based, not lifecycle)"};
  std::vector<std::string> out;
  const double w = f.power_per_accelerator.in("W");
  switch (f.power_basis) {
    case PowerBasis::given:
      out.push_back(fmt::format("power: {:.4g} W per accelerator, as given", w));
      break;
    case PowerBasis::node_system_power:
      out.push_back(fmt::format(
          "power: node system power of '{}' over its {} accelerators = {:.4g} W each (the "
          "accelerator's own figure would be {:.4g} W)",
          fleet.node->info.key, fleet.node->accelerators_per_node, w,
          fleet.node->accelerator->power.tdp.in("W")));
      break;
    case PowerBasis::accelerator_power:
      out.push_back(fmt::format(
          "power: the accelerator's {} of {:.4g} W{}",
          f.accelerator_power_kind ? kPowerKind[static_cast<int>(*f.accelerator_power_kind)]
                                   : "power figure (kind not stated)",
          w,
          fleet.node->system_power ? " (the node's system power was not used)"
                                   : " (the node has no system power figure)"));
      break;
  }
  static constexpr const char* kPue[] = {"the datacenter's", "the grid's", "as given",
                                         "default: Uptime Institute 2024 survey average"};
  out.push_back(fmt::format("PUE {:.3g}: {}", f.pue, kPue[static_cast<int>(f.pue_source)]));
  out.push_back(fmt::format("carbon intensity of '{}': {}", f.region,
                            f.accounting ? kAccounting[static_cast<int>(*f.accounting)]
                                         : "accounting method not stated"));
  if (!f.water_known) out.push_back("water: unknown (no WUE for the datacenter or grid)");
  return out;
}

}  // namespace mlsysim::solvers
