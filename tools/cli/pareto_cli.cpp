// `mlsysim plot pareto`: plan() per fleet, the cost of each configuration's whole run from the
// site's economics (solvers::cost over the time to train), and the time/cost Pareto frontier.
#include "pareto_cli.hpp"

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <limits>

#include "output.hpp"
#include "plot_whatif.hpp"
#include "whatif_options.hpp"

namespace mlsysim::cli {

using namespace solvers;

struct ParetoCliOptions {
  std::string model;
  std::vector<std::string> fleets;
  double tokens = 0;
  std::int64_t seq_len = 2048, global_batch = 1024, top = 20;
  std::string precision;
  SiteArgs site;
  std::string output;
  CLI::App* app = nullptr;
};

namespace {

int pareto_cmd(const ParetoCliOptions& c, const Options& g) {
  check_plot_path(c.output);
  const Session cats(g);
  const Catalog& cat = cats.catalog();
  if (!(c.tokens > 0) || c.tokens > 1e18) {
    throw InvalidArgumentError("--tokens", "give the token budget of the run, in (0, 1e18]");
  }
  const auto site = resolve_site(c.site, cat);
  if (!site) {
    throw InvalidArgumentError("--grid",
                               "the cost of a run needs a site: give --grid or --datacenter");
  }
  std::vector<ParetoPoint> points;
  Document doc{"plot-pareto", {}, {}};
  Table t{
      "configurations",
      fmt::format("Configurations of {} ({:g} tokens): time to train vs cost", c.model, c.tokens),
      {"fleet", "tp", "pp", "cp", "dp", "ep", "microbatch", "global_batch", "time_to_train", "cost",
       "mfu", "frontier"},
      {"Fleet", "TP", "PP", "CP", "DP", "EP", "MB", "GBS", "Time to train", "Cost", "MFU",
       "Frontier"},
      {}};
  struct Row {
    std::string fleet;
    PlanCandidate cand;
    double days = 0, usd = 0;
  };
  std::vector<Row> rows;
  for (const auto& name : c.fleets) {
    TrainArgs a;
    a.model = c.model;
    a.fleet = name;
    a.run.seq_len = c.seq_len;
    a.run.global_batch = c.global_batch;
    a.run.token_budget = c.tokens;
    a.run.precision.compute = c.precision;
    const TrainSetup s = resolve_train(a, cat);
    for (const auto& n : s.notes) doc.notes.push_back(name + ": " + n);
    PlanOptions po;
    po.training = s.options;
    po.top = static_cast<std::size_t>(c.top);
    po.zero_stages = {0, 1, 2, 3};
    const PlanResult r = plan(*s.model, *s.fleet, po);
    for (const auto& cand : r.best) {
      if (!cand.result.time_to_train) continue;
      CostOptions co = *site;
      co.footprint.duration = *cand.result.time_to_train;
      const CostResult money = cost(*s.fleet, co);
      rows.push_back({std::string(s.fleet->info.key), cand, cand.result.time_to_train->in("day"),
                      money.tco.in("USD")});
    }
    if (r.best.empty()) doc.notes.push_back("no configuration fits on '" + name + "'");
  }
  // Frontier: no other configuration is both at least as fast and strictly cheaper, or faster
  // and no more expensive.
  std::vector<bool> front(rows.size(), true);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    for (std::size_t j = 0; j < rows.size() && front[i]; ++j) {
      if (i == j) continue;
      const bool dominates = rows[j].days <= rows[i].days && rows[j].usd <= rows[i].usd &&
                             (rows[j].days < rows[i].days || rows[j].usd < rows[i].usd);
      if (dominates) front[i] = false;
    }
  }
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& r = rows[i];
    const auto& p = r.cand.parallel;
    points.push_back({fmt::format("{} tp{} pp{} dp{}", r.fleet, p.tp, p.pp, p.dp), r.days,
                      r.usd / 1e6, r.cand.result.mfu, front[i]});
    t.rows.push_back({r.fleet, p.tp, p.pp, p.cp, p.dp, p.ep, p.microbatch, r.cand.global_batch,
                      *r.cand.result.time_to_train, Quantity(r.usd, Unit::parse("USD")),
                      r.cand.result.mfu, static_cast<bool>(front[i])});
  }
  if (rows.empty()) {
    doc.sections.emplace_back(std::move(t));
    doc.notes.push_back("nothing to plot: no configuration fits");
    print_document(doc, g.format);
    return 2;
  }
  std::string fleets;
  for (const auto& f : c.fleets) fleets += (fleets.empty() ? "" : ", ") + f;
  plot_pareto(
      fmt::format("{} on {}: time to train vs cost ({:g} tokens)", c.model, fleets, c.tokens),
      "days", "million USD", points, c.output);
  doc.sections.emplace_back(std::move(t));
  doc.notes.push_back(
      "cost: solvers::cost (depreciation share + energy + maintenance) of the whole fleet for the "
      "time to train; each fleet's top configurations by throughput from plan");
  doc.notes.push_back("wrote " + c.output);
  print_document(doc, g.format);
  return 0;
}

}  // namespace

ParetoCommands::ParetoCommands(CLI::App& /*app*/, CLI::App& plot)
    : o_(std::make_unique<ParetoCliOptions>()) {
  auto& o = *o_;
  o.app = plot.add_subcommand(
      "pareto",
      "plan's configurations as time-to-train vs cost, coloured by MFU, with the frontier");
  auto* a = o.app;
  a->add_option("model", o.model, "model")->required();
  a->add_option("fleets", o.fleets, "comma-separated fleets")->required()->delimiter(',');
  a->add_option("--tokens", o.tokens, "tokens to train on")->required();
  a->add_option("--seq-len", o.seq_len, "sequence length")->check(CLI::Range(1, 1 << 24));
  a->add_option("--global-batch", o.global_batch, "sequences per step (default 1024)")
      ->check(CLI::Range(1, 1 << 30));
  a->add_option("--top", o.top, "configurations per fleet (default 20)")
      ->check(CLI::Range(1, 1000));
  a->add_option("--precision,-p", o.precision, "compute precision");
  add_site_args(a, o.site);
  a->add_option("-o,--output", o.output, "output file (.svg or .png)")->required();
  a->footer(
      "Example:\n  mlsysim plot pareto Llama3_70B Training_1K,Frontier_8K --tokens 2e12 --grid "
      "US_Average -o pareto.svg");
}

ParetoCommands::~ParetoCommands() = default;

std::string ParetoCommands::parsed() const { return o_->app->parsed() ? "plot-pareto" : ""; }

int ParetoCommands::run(const std::string& command, const Options& global) const {
  if (command != "plot-pareto") {
    throw InvalidArgumentError("command", "unknown pareto command '" + command + "'");
  }
  return pareto_cmd(*o_, global);
}

std::unique_ptr<Module> make_pareto_module(CLI::App& app, CLI::App& plot) {
  return make_module<ParetoCommands>(app, plot);
}

}  // namespace mlsysim::cli
