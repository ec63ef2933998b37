#include "mlsysim/solvers/economics.hpp"

#include <string>

#include "mlsysim/solvers/common.hpp"
#include "typed_math.hpp"

namespace mlsysim::solvers {

CostResult cost(const Fleet& fleet, const CostOptions& o) {
  const auto& u = detail::units();
  if (o.amortization.dimension() != dims::time || !(o.amortization.base_value() > 0)) {
    throw InvalidArgumentError("amortization",
                               "must be a positive time, got '" + o.amortization.str() + "'");
  }
  if (!(o.annual_maintenance >= 0 && o.annual_maintenance <= 1)) {
    throw InvalidArgumentError("annual_maintenance",
                               "must be in [0, 1], got " + std::to_string(o.annual_maintenance));
  }
  CostResult r;
  r.footprint = footprint(fleet, o.footprint);
  const GridProfile* grid =
      o.footprint.datacenter != nullptr ? o.footprint.datacenter->grid : o.footprint.grid;
  const std::optional<Quantity> price =
      o.electricity_price ? o.electricity_price : grid->electricity_price;
  if (!price) {
    throw InvalidArgumentError("electricity_price", "'" + std::string(grid->info.path) +
                                                        "' has no electricity price; give one");
  }
  if (price->dimension() != dims::energy_price) {
    throw InvalidArgumentError(
        "electricity_price",
        "must be a price per energy such as '0.08 USD/kWh', got '" + price->str() + "'");
  }
  const double accelerators = static_cast<double>(fleet.total_accelerators());
  Quantity capex(0.0, u.usd);
  if (fleet.node->unit_cost) {
    capex = *fleet.node->unit_cost * static_cast<double>(fleet.count);
    r.capex_known = true;
  } else if (fleet.node->accelerator->unit_cost) {
    capex = *fleet.node->accelerator->unit_cost * accelerators;
    r.capex_known = true;
  }
  const double years =
      o.footprint.duration.base_value() / Quantity(1.0, Unit::parse("year")).base_value();
  const double share = o.footprint.duration.base_value() / o.amortization.base_value();
  r.capex = capex.to(u.usd);
  r.capex_share = (capex * std::min(share, 1.0)).to(u.usd);
  r.energy = (r.footprint.facility_energy * *price).to(u.usd);
  r.maintenance = (capex * (o.annual_maintenance * years)).to(u.usd);
  r.tco = (r.capex_share + r.energy + r.maintenance).to(u.usd);
  const Quantity hours = (o.footprint.duration * accelerators).to(u.h);
  r.per_accelerator_hour = (r.tco / hours).to(Unit::parse("USD/h"));
  if (o.tokens && *o.tokens > 0) {
    r.per_million_tokens = Quantity(r.tco.base_value() / (*o.tokens / 1e6), u.usd);
  }
  if (o.cloud_price_per_accelerator_hour) {
    r.cloud_rental = (*o.cloud_price_per_accelerator_hour * hours).to(u.usd);
  }
  return r;
}

}  // namespace mlsysim::solvers
