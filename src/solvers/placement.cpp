// Ranking sites for a fleet (docs/placement.md).
#include "mlsysim/solvers/placement.hpp"

#include <algorithm>

#include "checks.hpp"
#include "mlsysim/solvers/common.hpp"

namespace mlsysim::solvers {

std::vector<Placement> place(const Fleet& fleet, std::span<const Site> sites,
                             const PlacementOptions& o) {
  if (sites.empty()) throw InvalidArgumentError("sites", "no candidate site to rank");
  std::optional<double> carbon_price_per_kg;
  if (o.objective == PlacementObjective::cost_with_carbon_price) {
    if (!o.carbon_price) {
      throw InvalidArgumentError("carbon_price",
                                 "the cost_with_carbon_price objective needs a carbon price, "
                                 "e.g. \"100 USD/tCO2e\"");
    }
    carbon_price_per_kg = o.carbon_price->in("USD/kg");
    require_positive("carbon_price", *carbon_price_per_kg);
  } else if (o.carbon_price) {
    carbon_price_per_kg = o.carbon_price->in("USD/kg");
  }
  std::vector<Placement> out;
  out.reserve(sites.size());
  for (const Site& s : sites) {
    const GridProfile* grid = s.datacenter != nullptr ? s.datacenter->grid : s.grid;
    if (grid == nullptr) throw InvalidArgumentError("sites", "a site has no grid");
    FootprintOptions fo;
    fo.duration = o.duration;
    fo.load = o.load;
    fo.prefer = o.prefer;
    fo.pue = o.pue;
    if (s.datacenter != nullptr) {
      fo.datacenter = s.datacenter;
    } else {
      fo.grid = s.grid;
    }
    Placement p;
    p.site = s;
    p.name = std::string(s.datacenter != nullptr ? s.datacenter->info.key : s.grid->info.key);
    p.footprint = footprint(fleet, fo);
    if (grid->electricity_price) {
      p.electricity_price = grid->electricity_price;
    } else if (o.default_electricity_price) {
      p.electricity_price = o.default_electricity_price;
      p.price_assumed = true;
    }
    if (p.electricity_price) {
      p.energy_cost = (p.footprint.facility_energy * *p.electricity_price).to("USD");
    }
    if (carbon_price_per_kg) {
      p.carbon_cost =
          Quantity(p.footprint.operational_carbon.in("kg") * *carbon_price_per_kg, "USD");
    }
    switch (o.objective) {
      case PlacementObjective::carbon:
        p.objective = p.footprint.operational_carbon;
        break;
      case PlacementObjective::cost:
        p.objective = p.energy_cost;
        break;
      case PlacementObjective::cost_with_carbon_price:
        if (p.energy_cost) p.objective = *p.energy_cost + *p.carbon_cost;
        break;
    }
    out.push_back(std::move(p));
  }
  std::stable_sort(out.begin(), out.end(), [](const Placement& a, const Placement& b) {
    if (a.objective.has_value() != b.objective.has_value()) return a.objective.has_value();
    if (a.objective && b.objective && a.objective->base_value() != b.objective->base_value()) {
      return a.objective->base_value() < b.objective->base_value();
    }
    return a.name < b.name;
  });
  std::int64_t rank = 0;
  for (auto& p : out) {
    if (p.objective) p.rank = ++rank;
  }
  return out;
}

}  // namespace mlsysim::solvers
