// `mlsysim footprint`: energy, carbon, water and cost of running a fleet.
#include <CLI/CLI.hpp>

#include "checks.hpp"
#include "commands.hpp"
#include "site.hpp"

namespace mlsysim::cli {
namespace {

using namespace solvers;

struct FootprintCliOptions {
  std::string fleet;
  double days = 30;
  std::string price;
  SiteOptions site;
};

void check(const FootprintCliOptions& o, const Catalog& c) {
  check_finite("--days", o.days, 0, kMaxDays, true);
  check_pue(o.site);
  check_finite("--load", o.site.load, 0, 1, true);
  check_site(o.site, c);
  (void)optional_flag_quantity("--price", o.price, kEnergyPrice);
}

int footprint_cmd(const Session& s, const FootprintCliOptions& o, Format format) {
  const auto& fleet = s.get<Fleet>(o.fleet);
  if (o.site.grid.empty() && o.site.datacenter.empty()) {
    throw InvalidArgumentError("grid", "give --grid or --datacenter (e.g. --grid US_Average)");
  }
  CostOptions co;
  co.footprint = footprint_options(s, o.site, Quantity(o.days, Unit::parse("day")));
  co.electricity_price = optional_flag_quantity("--price", o.price, kEnergyPrice);
  Document doc{"footprint", {}, {}};
  std::vector<std::string> assumed;
  const GridProfile* grid =
      co.footprint.datacenter != nullptr ? co.footprint.datacenter->grid : co.footprint.grid;
  if (co.electricity_price || grid->electricity_price) {
    const auto c = cost(fleet, co);
    assumed = assumptions(c.footprint, fleet);
    doc.sections.emplace_back(footprint_record(c.footprint, o.site.embodied_beyond_die));
    Record r{"cost", "Cost", {}};
    r.add("capex", "Capex (fleet)", c.capex_known ? Value(c.capex) : Value())
        .add("capex_share", "Depreciation for the period", c.capex_share)
        .add("energy", "Energy", c.energy)
        .add("maintenance", "Maintenance", c.maintenance)
        .add("tco", "TCO for the period", c.tco)
        .add("per_accelerator_hour", "Per accelerator-hour", c.per_accelerator_hour);
    doc.sections.emplace_back(std::move(r));
    if (!c.capex_known)
      doc.notes.push_back(
          "no unit cost in the catalog for this node or accelerator: capex counted as 0");
  } else {
    const auto f = footprint(fleet, co.footprint);
    assumed = assumptions(f, fleet);
    doc.sections.emplace_back(footprint_record(f, o.site.embodied_beyond_die));
    doc.notes.push_back("the grid has no electricity price; give --price for the cost");
  }
  if (o.site.embodied_beyond_die) assumed.push_back(embodied_assumption(co.footprint));
  print(doc, format, assumed);
  return 0;
}

class FootprintCommand {
 public:
  FootprintCommand(CLI::App& app, CLI::App& /*plot*/) {
    auto& o = o_;
    cmd_ = app.add_subcommand("footprint", "energy, carbon, water and cost of running a fleet");
    cmd_->add_option("fleet", o.fleet, "fleet")->required();
    cmd_->add_option("--days", o.days, "days of operation")->required()->check(CLI::PositiveNumber);
    cmd_->add_option("--grid", o.site.grid, "grid");
    cmd_->add_option("--datacenter", o.site.datacenter, "datacenter");
    cmd_->add_option("--load", o.site.load, "average draw as a fraction of TDP")
        ->check(CLI::Range(0.0, 1.0));
    cmd_->add_option("--price", o.price, "electricity price, e.g. \"0.08 USD/kWh\"");
    cmd_->add_option("--power", o.site.power,
                     "power charged per accelerator: node (the node's system power when it "
                     "has one, default) or accelerator (its power figure)")
        ->check(CLI::IsMember({"node", "accelerator"}));
    add_pue_option(*cmd_, o.site);
    add_embodied_option(*cmd_, o.site);
    cmd_->footer(
        "Example:\n  mlsysim footprint Frontier_8K --days 30 --grid Poland\n  mlsysim footprint "
        "Frontier_8K --days 30 --grid Poland --embodied-beyond-die");
  }
  [[nodiscard]] std::string parsed() const { return cmd_->parsed() ? "footprint" : ""; }
  [[nodiscard]] int run(const std::string& /*command*/, const Options& global) const {
    const Session s(global);
    check(o_, s.catalog());
    return footprint_cmd(s, o_, global.format);
  }

 private:
  FootprintCliOptions o_;
  CLI::App* cmd_ = nullptr;
};

}  // namespace

std::unique_ptr<Module> make_footprint_module(CLI::App& app, CLI::App& plot) {
  return make_module<FootprintCommand>(app, plot);
}

}  // namespace mlsysim::cli
