#include "site.hpp"

#include <fmt/format.h>

#include <CLI/CLI.hpp>

#include "checks.hpp"

namespace mlsysim::cli {

using namespace solvers;

void add_pue_option(CLI::App& command, SiteOptions& o) {
  command.add_option("--pue", o.pue,
                     fmt::format("PUE when the datacenter and grid give none (default {:g}, Uptime "
                                 "Institute 2024 survey average; echoed as an assumption)",
                                 FootprintOptions{}.default_pue));
}

void add_embodied_option(CLI::App& command, SiteOptions& o) {
  command.add_flag("--embodied-beyond-die", o.embodied_beyond_die,
                   "embodied carbon of the accelerator memory and the servers too, not only the "
                   "die (LLMCarbon; docs/embodied-carbon.md); reports each part");
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
  fo.embodied_beyond_die = o.embodied_beyond_die;
  if (!o.datacenter.empty())
    fo.datacenter = &s.get<Datacenter>(o.datacenter);
  else
    fo.grid = &s.get<GridProfile>(o.grid);
  return fo;
}

Record footprint_record(const Footprint& f, bool embodied_parts) {
  Record r{"footprint", "Footprint (" + std::string(f.region) + ")", {}};
  r.add("it_power", "IT power", f.it_power)
      .add("it_energy", "IT energy", f.it_energy)
      .add("pue", "PUE", f.pue)
      .add("facility_energy", "Facility energy", f.facility_energy)
      .add("carbon_intensity", "Carbon intensity", f.carbon_intensity)
      .add("operational_carbon", "Operational carbon", f.operational_carbon)
      .add("embodied_carbon", "Embodied carbon (amortized)", f.embodied_carbon);
  if (embodied_parts) {
    r.add("embodied_die", "Embodied: accelerator dies", f.embodied_die)
        .add("embodied_memory", "Embodied: accelerator memory", f.embodied_memory)
        .add("embodied_server", "Embodied: servers (board, host DRAM)", f.embodied_server);
  }
  r.add("total_carbon", "Total carbon", f.total_carbon)
      .add("water", "Water",
           f.water_known ? Value(f.water) : Value(std::string("unknown (no WUE)")))
      .add("energy_cost", "Energy cost",
           f.energy_cost ? Value(*f.energy_cost)
                         : Value(std::string("unknown (no electricity price: give --price)")));
  return r;
}

std::string embodied_assumption(const FootprintOptions& o) {
  return fmt::format(
      "embodied carbon beyond the die (LLMCarbon): accelerator memory and host DRAM at {:.4g} "
      "kgCO2e/GB, {:.4g} kgCO2e per server for the rest, amortized over {:.4g} years",
      o.memory_embodied_per_gb.in("kgCO2e/GB"), o.server_embodied_per_node.in("kgCO2e"),
      o.lifetime.in("year"));
}

}  // namespace mlsysim::cli
