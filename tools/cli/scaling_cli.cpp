// `mlsysim scaling --flops 1e24 [--fleet F --grid G]`: Chinchilla compute-optimal parameters and
// tokens for a budget, and the time, energy, carbon and cost to train them (docs/scaling.md).
#include "scaling_cli.hpp"

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <iostream>
#include <optional>

#include "checks.hpp"
#include "mlsysim/mlsysim.hpp"
#include "mlsysim/solvers/scaling.hpp"
#include "output.hpp"

namespace mlsysim::cli {

struct ScalingCliOptions {
  std::string flops;
  double params = 0;
  std::string method = "ratio";
  double tokens_per_param = 20;
  std::string fleet, grid, datacenter, price;
  double mfu = 0.40;
  double pue = 0;
  double load = 1.0;
};

namespace {

using namespace solvers;

Record optimum_record(const ComputeOptimal& c, const std::string& method) {
  Record r{"optimum", "Compute-optimal model (" + method + ")", {}};
  r.add("flops", "Training FLOP budget (C = 6 N D)", c.flops)
      .add("parameters", "Parameters N", c.parameters)
      .add("tokens", "Training tokens D", c.tokens)
      .add("tokens_per_parameter", "Tokens per parameter", c.tokens_per_parameter)
      .add("loss", "Predicted loss (Chinchilla fit, nats/token)", c.loss);
  return r;
}

int scaling_cmd(const ScalingCliOptions& c, const Options& g) {
  const bool by_flops = !c.flops.empty();
  if (by_flops == (c.params > 0)) {
    throw InvalidArgumentError("flops", "give exactly one of --flops and --params");
  }
  ScalingOptions so;
  so.method =
      c.method == "parametric" ? ScalingMethod::parametric : ScalingMethod::tokens_per_parameter;
  so.tokens_per_parameter = c.tokens_per_param;
  const ComputeOptimal opt = by_flops ? compute_optimal(flop_count_flag("--flops", c.flops), so)
                                      : compute_optimal_for_parameters(c.params, so);
  const std::string method =
      so.method == ScalingMethod::parametric
          ? "Chinchilla approach 3: minimum of E + A/N^0.34 + B/D^0.28"
          : fmt::format("Chinchilla approaches 1-2: N, D ~ C^0.5 at {:g} tokens per parameter",
                        so.tokens_per_parameter);
  Document doc{"scaling", {}, {}};
  doc.sections.emplace_back(optimum_record(opt, method));
  doc.notes.push_back(
      "coefficients: Hoffmann et al. 2022 (arXiv:2203.15556) eq. 10: E=1.69 A=406.4 B=410.7 "
      "alpha=0.34 beta=0.28; C = 6 N D");
  if (c.fleet.empty()) {
    if (!c.grid.empty() || !c.datacenter.empty()) {
      throw InvalidArgumentError("fleet", "--grid and --datacenter need --fleet");
    }
    std::cout << render(doc, g.format) << std::flush;
    return 0;
  }
  std::optional<Catalog> overlay;
  if (!g.catalog_dir.empty()) overlay.emplace(Catalog::load(g.catalog_dir));
  const Catalog& cat = overlay ? *overlay : catalog();
  const auto& fleet = cat.get<Fleet>(c.fleet);
  ScalingRunOptions ro;
  ro.mfu = c.mfu;
  ro.footprint.load = c.load;
  if (c.pue > 0) ro.footprint.pue = c.pue;
  if (!c.datacenter.empty()) {
    ro.footprint.datacenter = &cat.get<Datacenter>(c.datacenter);
  } else if (!c.grid.empty()) {
    ro.footprint.grid = &cat.get<GridProfile>(c.grid);
  } else if (fleet.datacenter != nullptr) {
    ro.footprint.datacenter = fleet.datacenter;
  } else {
    throw InvalidArgumentError("grid", "give --grid or --datacenter (e.g. --grid US_Average)");
  }
  ro.electricity_price = optional_flag_quantity("--price", c.price, kEnergyPrice);
  const ScalingRun r = train_compute_optimal(opt, fleet, ro);

  Record t{"training", fmt::format("Training it on {}", fleet.info.key), {}};
  t.add("accelerators", "Accelerators", r.accelerators)
      .add("peak", "Fleet dense peak", r.peak)
      .add("mfu", "MFU (assumed)", c.mfu)
      .add("sustained", "Sustained rate", r.sustained)
      .add("time", "Time to train", r.time);
  doc.sections.emplace_back(std::move(t));
  const Footprint& f = r.footprint;
  Record fr{"footprint", "Footprint (" + std::string(f.region) + ")", {}};
  fr.add("it_energy", "IT energy", f.it_energy)
      .add("pue", "PUE", f.pue)
      .add("facility_energy", "Facility energy", f.facility_energy)
      .add("carbon_intensity", "Carbon intensity", f.carbon_intensity)
      .add("operational_carbon", "Operational carbon", f.operational_carbon)
      .add("embodied_carbon", "Embodied carbon (amortized)", f.embodied_carbon)
      .add("total_carbon", "Total carbon", f.total_carbon);
  doc.sections.emplace_back(std::move(fr));
  if (r.cost) {
    Record cr{"cost", "Cost of the run", {}};
    cr.add("energy", "Energy", r.cost->energy)
        .add("capex_share", "Depreciation for the run", r.cost->capex_share)
        .add("maintenance", "Maintenance", r.cost->maintenance)
        .add("tco", "TCO for the run", r.cost->tco)
        .add("cloud_rental", "Cloud rental (same GPU-hours)",
             r.cost->cloud_rental ? Value(*r.cost->cloud_rental) : Value());
    doc.sections.emplace_back(std::move(cr));
    if (!r.cost->capex_known) {
      doc.notes.push_back("no unit cost in the catalog for this node or accelerator: capex 0");
    }
  } else {
    doc.notes.push_back("the grid has no electricity price; give --price for the cost");
  }
  for (const auto& a : r.assumptions) doc.notes.push_back("assumed: " + a);
  std::cout << render(doc, g.format) << std::flush;
  return 0;
}

}  // namespace

ScalingCommands::ScalingCommands(CLI::App& app, CLI::App& /*plot*/)
    : o_(std::make_unique<ScalingCliOptions>()) {
  ScalingCliOptions& o = *o_;
  scaling_ = app.add_subcommand(
      "scaling",
      "Chinchilla compute-optimal parameters and tokens for a FLOP budget, and the "
      "time, carbon and cost to train them on a fleet");
  scaling_->add_option("--flops", o.flops, "training FLOP budget, e.g. 1e24 or \"5.76e23 FLOP\"");
  scaling_->add_option("--params", o.params, "model size instead: the budget that makes it optimal")
      ->check(CLI::PositiveNumber);
  scaling_
      ->add_option("--method", o.method,
                   "ratio (approaches 1-2: N, D ~ C^0.5; default) or parametric (approach 3)")
      ->check(CLI::IsMember({"ratio", "parametric"}));
  scaling_
      ->add_option("--tokens-per-param", o.tokens_per_param,
                   "D/N for the ratio method (default 20: Chinchilla 70B on 1.4T tokens)")
      ->check(CLI::PositiveNumber);
  scaling_->add_option("--fleet", o.fleet, "fleet to train on (Systems.Clusters.*)");
  scaling_->add_option("--grid", o.grid, "grid for energy and carbon");
  scaling_->add_option("--datacenter", o.datacenter, "datacenter for energy and carbon");
  scaling_->add_option("--mfu", o.mfu, "model FLOP utilization (default 0.40, an estimate)")
      ->check(CLI::Range(0.0, 1.0));
  scaling_->add_option("--price", o.price, "electricity price, e.g. \"0.08 USD/kWh\"");
  scaling_->add_option(
      "--pue", o.pue,
      fmt::format("PUE when the site gives none (default {:g})", FootprintOptions{}.default_pue));
  scaling_->add_option("--load", o.load, "average draw as a fraction of power")
      ->check(CLI::Range(0.0, 1.0));
  scaling_->footer(
      "Examples:\n  mlsysim scaling --flops 5.76e23\n  mlsysim scaling --flops 1e24 --fleet "
      "Frontier_8K --grid Texas\n  mlsysim scaling --params 70e9 --method parametric");
}

ScalingCommands::~ScalingCommands() = default;

std::string ScalingCommands::parsed() const { return scaling_->parsed() ? "scaling" : ""; }

int ScalingCommands::run(const std::string& command, const Options& global) const {
  if (command == "scaling") return scaling_cmd(*o_, global);
  throw InvalidArgumentError("command", "unknown scaling command '" + command + "'");
}

std::unique_ptr<Module> make_scaling_module(CLI::App& app, CLI::App& plot) {
  return make_module<ScalingCommands>(app, plot);
}

}  // namespace mlsysim::cli
