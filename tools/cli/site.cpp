#include "site.hpp"

#include <CLI/CLI.hpp>

#include "checks.hpp"

namespace mlsysim::cli {

using namespace solvers;

void add_pue_option(CLI::App& command, SiteOptions& o) {
  command.add_option("--pue", o.pue,
                     "PUE when the datacenter and grid give none (default 1.56, Uptime Institute "
                     "2023 global average; echoed as an assumption)");
}

void check_site(const SiteOptions& o, const Catalog& c) {
  if (!o.grid.empty() && !o.datacenter.empty()) {
    throw InvalidArgumentError("--grid",
                               "give --grid or --datacenter, not both (a datacenter has its grid)");
  }
  if (!o.grid.empty()) (void)c.get<GridProfile>(o.grid);
  if (!o.datacenter.empty()) (void)c.get<Datacenter>(o.datacenter);
}

void check_pue(const SiteOptions& o) {
  if (o.pue != 0) check_finite("--pue", o.pue, 1, 10, false);
}

FootprintOptions footprint_options(const Session& s, const SiteOptions& o,
                                   const Quantity& duration) {
  FootprintOptions fo;
  fo.duration = duration;
  fo.load = o.load;
  fo.prefer =
      o.power == "accelerator" ? PowerBasis::accelerator_power : PowerBasis::node_system_power;
  if (o.pue > 0) fo.pue = o.pue;
  if (!o.datacenter.empty())
    fo.datacenter = &s.get<Datacenter>(o.datacenter);
  else
    fo.grid = &s.get<GridProfile>(o.grid);
  return fo;
}

Record footprint_record(const Footprint& f) {
  Record r{"footprint", "Footprint (" + std::string(f.region) + ")", {}};
  r.add("it_power", "IT power", f.it_power)
      .add("it_energy", "IT energy", f.it_energy)
      .add("pue", "PUE", f.pue)
      .add("facility_energy", "Facility energy", f.facility_energy)
      .add("carbon_intensity", "Carbon intensity", f.carbon_intensity)
      .add("operational_carbon", "Operational carbon", f.operational_carbon)
      .add("embodied_carbon", "Embodied carbon (amortized)", f.embodied_carbon)
      .add("total_carbon", "Total carbon", f.total_carbon)
      .add("water", "Water",
           f.water_known ? Value(f.water) : Value(std::string("unknown (no WUE)")))
      .add("energy_cost", "Energy cost",
           f.energy_cost ? Value(*f.energy_cost)
                         : Value(std::string("unknown (no electricity price: give --price)")));
  return r;
}

}  // namespace mlsysim::cli
