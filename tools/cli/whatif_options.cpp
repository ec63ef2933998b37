// Options shared by the what-if commands. Training options are train's own (training.hpp) and
// serving options go through serve's (serving_options.hpp), so the same flags give the same
// evaluation.
#include "whatif_options.hpp"

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <iostream>

#include "checks.hpp"

namespace mlsysim::cli {

using namespace solvers;

void add_train_args(CLI::App* c, TrainArgs& a) {
  c->add_option("model", a.model, "model")->required();
  c->add_option("fleet", a.fleet, "fleet (Systems.Clusters.*)")->required();
  add_parallel_options(*c, a.layout);
  a.global_batch = add_batch_options(*c, a.run);
  add_precision_options(*c, a.run.precision);
}

void add_serve_args(CLI::App* c, ServeArgs& a) {
  c->add_option("model", a.model, "model")->required();
  c->add_option("device", a.device, "hardware")->required();
  c->add_option("--batch,-b", a.batch, "running requests (default 1)")->check(CLI::PositiveNumber);
  c->add_option("--input-tokens", a.input_tokens, "prompt tokens (default 512)")
      ->check(CLI::PositiveNumber);
  c->add_option("--output-tokens", a.output_tokens, "generated tokens (default 128)")
      ->check(CLI::PositiveNumber);
  c->add_flag("--static", a.static_batch, "static batching");
  add_replica_options(c, a);
}

void add_site_args(CLI::App* c, SiteArgs& a) {
  c->add_option("--grid", a.grid, "grid: adds cost and carbon per 1M tokens");
  c->add_option("--datacenter", a.datacenter, "datacenter (instead of --grid)");
  c->add_option("--price", a.price, "electricity price, e.g. \"0.08 USD/kWh\" (default: grid's)");
  c->add_option("--pue", a.pue, "PUE when the datacenter and grid give none")
      ->check(CLI::Range(1.0, 10.0));
  c->add_option("--power", a.power, "power per accelerator: node (system power) or accelerator")
      ->check(CLI::IsMember({"node", "accelerator"}));
  c->add_flag("--embodied-beyond-die", a.embodied_beyond_die,
              "embodied carbon of memory and servers too (LLMCarbon), not only the dies");
}

TrainSetup resolve_train(const TrainArgs& a, const Catalog& cat) {
  TrainSetup s;
  TrainingRunOptions run = a.run;
  run.global_batch_given =
      run.global_batch_given || (a.global_batch != nullptr && a.global_batch->count() > 0);
  check_training_run(run);
  s.model = &cat.get<Workload>(a.model);
  s.fleet = &cat.get<Fleet>(a.fleet);
  s.notes = check_parallel(a.layout, *s.fleet, run);
  s.parallel = parallel_config(a.layout, *s.fleet);
  s.options = training_options(cat, run, *s.fleet->node->accelerator);
  return s;
}

ServeSetup resolve_serve(const ServeArgs& a, const Catalog& cat) {
  ServeSetup s;
  s.model = &cat.get<Workload>(a.model);
  s.device = &cat.get<HardwareNode>(a.device);
  s.options = serving_options(prepared(a, true), *s.device, cat);
  return s;
}

std::optional<CostOptions> resolve_site(const SiteArgs& a, const Catalog& cat) {
  if (!a.grid.empty() && !a.datacenter.empty()) {
    throw InvalidArgumentError("--grid",
                               "give --grid or --datacenter, not both (a datacenter has its grid)");
  }
  if (a.grid.empty() && a.datacenter.empty()) {
    if (!a.price.empty()) {
      throw InvalidArgumentError("--price", "a price needs a site: give --grid or --datacenter");
    }
    return std::nullopt;
  }
  CostOptions co;
  if (!a.datacenter.empty())
    co.footprint.datacenter = &cat.get<Datacenter>(a.datacenter);
  else
    co.footprint.grid = &cat.get<GridProfile>(a.grid);
  co.footprint.prefer =
      a.power == "accelerator" ? PowerBasis::accelerator_power : PowerBasis::node_system_power;
  if (a.pue > 0) co.footprint.pue = a.pue;
  co.footprint.embodied_beyond_die = a.embodied_beyond_die;
  co.electricity_price = optional_flag_quantity("--price", a.price, kEnergyPrice);
  return co;
}

void check_plot_path(const std::string& p) {
  const bool svg = p.size() > 4 && p.substr(p.size() - 4) == ".svg";
  const bool png = p.size() > 4 && p.substr(p.size() - 4) == ".png";
  if (!svg && !png) throw InvalidArgumentError("--output", "'" + p + "' must end in .svg or .png");
}

void print_document(const Document& doc, Format f) { print(doc, f); }

}  // namespace mlsysim::cli
