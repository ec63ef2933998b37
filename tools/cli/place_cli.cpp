// `mlsysim place FLEET (--days D | --flops C | --model M --tokens T) [--by cost|carbon|
// cost+carbon]`: every grid and datacenter of the catalog ranked for running the fleet
// (docs/placement.md).
#include "place_cli.hpp"

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <iostream>
#include <optional>
#include <set>

#include "checks.hpp"
#include "mlsysim/mlsysim.hpp"
#include "mlsysim/solvers/placement.hpp"
#include "mlsysim/solvers/scaling.hpp"
#include "output.hpp"

namespace mlsysim::cli {

struct PlaceCliOptions {
  std::string fleet;
  double days = 0;
  std::string flops;
  std::string model;
  double tokens = 0;
  double mfu = 0.40;
  std::string by = "cost";
  std::string carbon_price;
  std::string price;
  std::vector<std::string> grids, datacenters;
  double load = 1.0;
  double pue = 0;
  std::int64_t top = 0;
};

namespace {

using namespace solvers;

std::string accounting_text(const std::optional<CarbonAccounting>& a) {
  if (!a) return "not stated";
  switch (*a) {
    case CarbonAccounting::production_based:
      return "production-based";
    case CarbonAccounting::consumption_based:
      return "consumption-based";
    case CarbonAccounting::provider_operational:
      return "provider operational";
  }
  return "not stated";
}

int place_cmd(const PlaceCliOptions& c, const Options& g) {
  std::optional<Catalog> overlay;
  if (!g.catalog_dir.empty()) overlay.emplace(Catalog::load(g.catalog_dir));
  const Catalog& cat = overlay ? *overlay : catalog();
  const auto& fleet = cat.get<Fleet>(c.fleet);

  Document doc{"place", {}, {}};
  // How long the fleet runs: a period, or a training run's C / (peak x MFU).
  const int given = (c.days > 0) + !c.flops.empty() + !c.model.empty();
  if (given != 1) {
    throw InvalidArgumentError("days",
                               "give exactly one of --days, --flops, or --model with --tokens");
  }
  PlacementOptions po;
  std::string workload;
  if (c.days > 0) {
    po.duration = Quantity(c.days, "day");
    workload = fmt::format("{} running {:g} days", fleet.info.key, c.days);
  } else {
    Quantity flops;
    if (!c.flops.empty()) {
      flops = flop_count_flag("--flops", c.flops);
    } else {
      if (!(c.tokens > 0))
        throw InvalidArgumentError("tokens", "--model needs --tokens (e.g. 15e12)");
      const auto& m = cat.get<Workload>(c.model);
      // C = 6 N D with the parameters a token touches (Kaplan et al. 2020; docs/scaling.md).
      flops = Quantity(6.0 * static_cast<double>(m.active_params()) * c.tokens, "FLOP");
      doc.notes.push_back(
          fmt::format("assumed: training FLOP = 6 x {} active parameters x {:g} tokens",
                      m.active_params(), c.tokens));
    }
    po.duration = training_time(flops, fleet, c.mfu);
    workload = fmt::format("training run of {:.4g} FLOP on {}", flops.in("FLOP"), fleet.info.key);
    doc.notes.push_back(fmt::format(
        "assumed: training time = C / (accelerators x dense peak x MFU {:.2f}) = {:.4g}", c.mfu,
        po.duration));
  }
  po.load = c.load;
  if (c.pue > 0) po.pue = c.pue;
  po.objective = c.by == "carbon"        ? PlacementObjective::carbon
                 : c.by == "cost+carbon" ? PlacementObjective::cost_with_carbon_price
                                         : PlacementObjective::cost;
  po.carbon_price = optional_flag_quantity("--carbon-price", c.carbon_price, kCarbonPrice);
  po.default_electricity_price = optional_flag_quantity("--price", c.price, kEnergyPrice);

  std::vector<Site> sites;
  if (c.grids.empty() && c.datacenters.empty()) {
    for (const auto& e : cat.entries()) {
      if (const auto* gp = e.get_if<GridProfile>()) sites.push_back({gp, nullptr});
      if (const auto* dc = e.get_if<Datacenter>()) sites.push_back({nullptr, dc});
    }
  } else {
    for (const auto& name : c.grids) sites.push_back({&cat.get<GridProfile>(name), nullptr});
    for (const auto& name : c.datacenters) sites.push_back({nullptr, &cat.get<Datacenter>(name)});
  }
  const auto ranked = place(fleet, sites, po);

  const char* objective_label =
      po.objective == PlacementObjective::carbon ? "Objective (operational carbon)"
      : po.objective == PlacementObjective::cost ? "Objective (energy cost)"
                                                 : "Objective (energy + carbon cost)";
  Table t{"sites",
          fmt::format("Sites for {}, ranked by {}", workload, c.by),
          {"rank", "site", "grid", "pue", "carbon_intensity", "accounting", "electricity_price",
           "facility_energy", "operational_carbon", "energy_cost", "carbon_cost", "objective"},
          {"Rank", "Site", "Grid", "PUE", "Carbon intensity", "Accounting", "Price",
           "Facility energy", "Operational carbon", "Energy cost", "Carbon cost", objective_label},
          {}};
  std::int64_t shown = 0, ranked_count = 0, assumed_price = 0;
  std::set<std::string> bases;
  for (const auto& p : ranked) {
    if (p.rank > 0) bases.insert(accounting_text(p.footprint.accounting));
    if (p.rank > 0) ++ranked_count;
    if (p.price_assumed) ++assumed_price;
    if (c.top > 0 && shown >= c.top) continue;
    ++shown;
    const GridProfile* grid = p.site.datacenter != nullptr ? p.site.datacenter->grid : p.site.grid;
    auto opt = [](const std::optional<Quantity>& q) { return q ? Value(*q) : Value(); };
    t.rows.push_back({p.rank > 0 ? Value(p.rank) : Value(std::string("unranked")), p.name,
                      std::string(grid->info.key), p.footprint.pue, p.footprint.carbon_intensity,
                      accounting_text(p.footprint.accounting),
                      p.electricity_price ? Value(p.electricity_price->to("USD/kWh")) : Value(),
                      p.footprint.facility_energy, p.footprint.operational_carbon.to("tCO2e"),
                      opt(p.energy_cost), opt(p.carbon_cost), opt(p.objective)});
  }
  doc.sections.emplace_back(std::move(t));
  doc.notes.push_back(fmt::format(
      "{} sites, {} ranked; embodied carbon and capex are the same at every site and not ranked",
      ranked.size(), ranked_count));
  if (ranked_count < static_cast<std::int64_t>(ranked.size())) {
    doc.notes.push_back(
        "unranked: the grid has no electricity price in the catalog (give --price to assume one)");
  }
  if (bases.size() > 1) {
    std::string list;
    for (const auto& b : bases) list += (list.empty() ? "" : ", ") + b;
    doc.notes.push_back(
        "carbon intensities of the ranked sites use different accountings (" + list +
        "): a provider's operational figure is not comparable with a grid's lifecycle one; "
        "restrict --grids/--datacenters to one basis for a like-for-like ranking");
  }
  if (assumed_price > 0) {
    doc.notes.push_back(fmt::format("assumed: --price {} for {} sites whose grid has none", c.price,
                                    assumed_price));
  }
  doc.notes.push_back(fmt::format(
      "assumed: PUE {:g} for bare grids (footprint default: Uptime Institute 2024 survey "
      "average); a datacenter uses its own",
      c.pue > 0 ? c.pue : FootprintOptions{}.default_pue));
  std::cout << render(doc, g.format) << std::flush;
  return ranked_count > 0 ? 0 : 2;
}

}  // namespace

PlaceCommands::PlaceCommands(CLI::App& app, CLI::App& /*plot*/)
    : o_(std::make_unique<PlaceCliOptions>()) {
  PlaceCliOptions& o = *o_;
  place_ = app.add_subcommand(
      "place", "rank grids and datacenters for running a fleet: by cost, carbon, or both");
  place_->add_option("fleet", o.fleet, "fleet (Systems.Clusters.*)")->required();
  place_->add_option("--days", o.days, "a deployment: days of operation")
      ->check(CLI::PositiveNumber);
  place_->add_option("--flops", o.flops, "a training run: its FLOP, e.g. 1e24");
  place_->add_option("--model", o.model, "a training run of a catalog model (with --tokens)");
  place_->add_option("--tokens", o.tokens, "tokens for --model")->check(CLI::PositiveNumber);
  place_->add_option("--mfu", o.mfu, "MFU of a training run (default 0.40, an estimate)")
      ->check(CLI::Range(0.0, 1.0));
  place_->add_option("--by", o.by, "cost (default), carbon, or cost+carbon")
      ->check(CLI::IsMember({"cost", "carbon", "cost+carbon"}));
  place_->add_option("--carbon-price", o.carbon_price,
                     "carbon price for cost+carbon, e.g. \"100 USD/tCO2e\"");
  place_->add_option("--price", o.price,
                     "electricity price assumed where the grid has none, e.g. \"0.08 USD/kWh\"");
  place_
      ->add_option("--grids", o.grids, "comma-separated grids (default: every grid and datacenter)")
      ->delimiter(',');
  place_->add_option("--datacenters", o.datacenters, "comma-separated datacenters")->delimiter(',');
  place_->add_option("--load", o.load, "average draw as a fraction of power")
      ->check(CLI::Range(0.0, 1.0));
  place_->add_option(
      "--pue", o.pue,
      fmt::format("PUE for bare grids (default {:g})", FootprintOptions{}.default_pue));
  place_->add_option("--top", o.top, "sites to show")->check(CLI::PositiveNumber);
  place_->footer(
      "Examples:\n  mlsysim place Frontier_8K --days 30 --by carbon --top 5\n  mlsysim place "
      "Frontier_8K --model Llama3_70B --tokens 15e12 --by cost+carbon --carbon-price \"100 "
      "USD/tCO2e\"");
}

PlaceCommands::~PlaceCommands() = default;

std::string PlaceCommands::parsed() const { return place_->parsed() ? "place" : ""; }

int PlaceCommands::run(const std::string& command, const Options& global) const {
  if (command == "place") return place_cmd(*o_, global);
  throw InvalidArgumentError("command", "unknown place command '" + command + "'");
}

std::unique_ptr<Module> make_place_module(CLI::App& app, CLI::App& plot) {
  return make_module<PlaceCommands>(app, plot);
}

}  // namespace mlsysim::cli
