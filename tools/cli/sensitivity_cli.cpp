// `mlsysim sensitivity` and `mlsysim plot sensitivity`. The solvers' inputs come from the same
// flags as `train` and `serve` (whatif_options.hpp); the library perturbs copies of them.
#include "sensitivity_cli.hpp"

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cmath>

#include "output.hpp"
#include "plot_whatif.hpp"
#include "whatif_options.hpp"

namespace mlsysim::cli {

using namespace solvers;

namespace {

struct SensArgs {
  TrainArgs train;
  ServeArgs serve;
  SiteArgs site;
  double step = 0.05;
  std::string metric;
  std::int64_t top = 15;
  std::string output;
  CLI::App* app = nullptr;
};

}  // namespace

struct SensitivityCliOptions {
  SensArgs train, serve, plot_train, plot_serve;
  CLI::App* sensitivity = nullptr;
  CLI::App* plot = nullptr;
};

namespace {

void add_common(CLI::App* c, SensArgs& a, bool plot) {
  a.app = c;
  add_site_args(c, a.site);
  c->add_option("--step", a.step, "relative perturbation of each input (default 0.05 = 5%)")
      ->check(CLI::Range(0.001, 0.5));
  c->add_option("--metric", a.metric,
                "metric to rank by (train: step_time, tokens_per_second, cost_per_mtok, "
                "carbon_per_mtok; serve: tokens_per_second, tpot, ttft, cost_per_mtok, "
                "carbon_per_mtok); default: the first");
  if (plot) {
    c->add_option("--top", a.top, "inputs to draw (default 15)")->check(CLI::Range(1, 100));
    c->add_option("-o,--output", a.output, "output file (.svg or .png)")->required();
  }
}

std::size_t metric_index(const SensitivityResult& r, const std::string& key) {
  if (key.empty()) return 0;
  std::string known;
  for (std::size_t i = 0; i < r.metrics.size(); ++i) {
    if (r.metrics[i].key == key) return i;
    known += (known.empty() ? "" : ", ") + r.metrics[i].key;
  }
  throw InvalidArgumentError("--metric", "'" + key + "' is not one of " + known +
                                             (key.find("mtok") != std::string::npos
                                                  ? " (cost and carbon need --grid or --datacenter)"
                                                  : ""));
}

Value base_value(const Quantity& q) {
  if (q.dimension() == Quantity().dimension()) return q.base_value();
  return q;
}

std::string marker(const SensitivityRow& row, double step) {
  if (row.status == SensitivityStatus::infeasible_reduced)
    return fmt::format("infeasible at -{:g}%", step * 100);
  if (row.status == SensitivityStatus::infeasible_increased)
    return fmt::format("infeasible at +{:g}%", step * 100);
  return "";
}

struct Evaluated {
  SensitivityResult result;
  std::string title;
  std::vector<std::string> notes;
};

Evaluated evaluate(const std::string& kind, const SensArgs& a, const Catalog& cat) {
  SensitivityOptions so;
  so.step = a.step;
  so.economics = resolve_site(a.site, cat);
  Evaluated e;
  if (kind == "train") {
    const TrainSetup s = resolve_train(a.train, cat);
    e.result = training_sensitivity(*s.model, *s.fleet, s.parallel, s.options, so);
    const auto& pc = s.parallel;
    e.title = fmt::format(
        "{} on {} ({} x {}): tp {} pp {} cp {} dp {} ep {}, global batch {} x {} tokens, {}",
        s.model->info.key, s.fleet->info.key, s.fleet->total_accelerators(),
        s.fleet->node->accelerator->info.key, pc.tp, pc.pp, pc.cp, pc.dp, pc.ep,
        s.options.global_batch, s.options.seq_len, precision_name(s.options.precision.compute));
    e.notes = s.notes;
  } else {
    const ServeSetup s = resolve_serve(a.serve, cat);
    e.result = serving_sensitivity(*s.model, *s.device, s.options, so);
    e.title = fmt::format("{} served on {} x {} (batch {}, {} in / {} out, {})", s.model->info.key,
                          s.options.tp * s.options.pp, s.device->info.key, s.options.batch,
                          s.options.input_tokens, s.options.output_tokens,
                          precision_name(s.options.precision.compute));
  }
  rank_sensitivity(e.result, metric_index(e.result, a.metric));
  return e;
}

/// The lever note: the input with the largest elasticity of the ranking metric.
std::string lever(const SensitivityResult& r, std::size_t m) {
  if (r.rows.empty() || r.rows.front().status != SensitivityStatus::computed) {
    return "no input moves " + r.metrics[m].label;
  }
  const auto& top = r.rows.front();
  const double e = top.elasticity[m];
  return fmt::format(
      "largest lever for {}: {} (elasticity {:+.3f}: 10% more of it changes {} by about {:+.1f}%)",
      r.metrics[m].label, top.label, e, r.metrics[m].label, (std::pow(1.1, e) - 1) * 100);
}

int sensitivity_cmd(const std::string& kind, const SensArgs& a, const Options& g) {
  const Session cats(g);
  const Evaluated ev = evaluate(kind, a, cats.catalog());
  const SensitivityResult& r = ev.result;
  const std::size_t m = metric_index(r, a.metric);
  Document doc{"sensitivity", {}, {}};
  Record base{"evaluation", ev.title, {}};
  base.add("kind", "Evaluation", kind == "train" ? std::string("training") : std::string("serving"))
      .add("feasible", "Fits", r.feasible)
      .add("step", "Perturbation (each input x (1 -/+ step))", r.step)
      .add("ranked_by", "Ranked by", r.metrics[m].key);
  for (const auto& met : r.metrics) base.add(met.key, met.label, met.base);
  doc.sections.emplace_back(std::move(base));
  Table t{"inputs",
          fmt::format("Elasticity d ln(metric) / d ln(input), ranked by |{}|", r.metrics[m].label),
          {"rank", "input", "label", "group", "base"},
          {"#", "Input", "What", "Group", "Base value"},
          {}};
  for (const auto& met : r.metrics) {
    t.keys.push_back("e_" + met.key);
    t.labels.push_back("e(" + met.key + ")");
  }
  for (const char* k : {"status", "difference", "note"}) t.keys.emplace_back(k);
  for (const char* l : {"Status", "Difference", "Note"}) t.labels.emplace_back(l);
  std::int64_t rank = 0;
  for (const auto& row : r.rows) {
    std::vector<Value> cells{++rank, row.input, row.label, row.group, base_value(row.base)};
    for (std::size_t i = 0; i < r.metrics.size(); ++i) {
      cells.push_back(row.elasticity.empty() ? Value() : Value(row.elasticity[i]));
    }
    const std::string mk = marker(row, r.step);
    cells.emplace_back(mk.empty() ? std::string(sensitivity_status_name(row.status)) : mk);
    cells.emplace_back(std::string(row.difference == Difference::central ? "central" : "backward"));
    cells.emplace_back(row.note);
    t.rows.push_back(std::move(cells));
  }
  doc.sections.emplace_back(std::move(t));
  for (const auto& n : ev.notes) doc.notes.push_back(n);
  for (const auto& n : r.notes) doc.notes.push_back(n);
  doc.notes.push_back(fmt::format(
      "elasticity e: about e% change of the metric per 1% more of the input; central difference "
      "(ln f(x(1+h)) - ln f(x(1-h))) / (ln(1+h) - ln(1-h)) with h = {:g}, backward where x(1+h) "
      "would exceed an efficiency's 1",
      r.step));
  doc.notes.push_back(lever(r, m));
  if (!r.feasible) {
    doc.notes.push_back(
        "the configuration does not fit in memory: its elasticities describe a run that cannot "
        "happen");
  }
  print_document(doc, g.format);
  return r.feasible ? 0 : 2;
}

int plot_cmd(const std::string& kind, const SensArgs& a, const Options& g) {
  check_plot_path(a.output);
  const Session cats(g);
  const Evaluated ev = evaluate(kind, a, cats.catalog());
  const SensitivityResult& r = ev.result;
  const std::size_t m = metric_index(r, a.metric);
  std::vector<TornadoBar> bars;
  std::vector<std::string> zeros;
  for (const auto& row : r.rows) {
    if (row.status == SensitivityStatus::zero ||
        (row.status == SensitivityStatus::computed && row.elasticity[m] == 0)) {
      zeros.push_back(row.input);
      continue;
    }
    if (static_cast<std::int64_t>(bars.size()) >= a.top) continue;
    TornadoBar b{row.label, 0, 0, marker(row, r.step)};
    if (b.marker.empty()) {
      b.low = row.low[m];
      b.high = row.high[m];
    }
    bars.push_back(std::move(b));
  }
  const std::string footnote =
      zeros.empty()
          ? std::string()
          : fmt::format("{} inputs with zero elasticity of this metric not drawn (e.g. {})",
                        zeros.size(), zeros.front());
  plot_tornado(fmt::format("What should I upgrade? {}", r.metrics[m].label), ev.title,
               r.metrics[m].label, r.step, bars, footnote, a.output);
  Document doc{"plot-sensitivity", {}, {}};
  Table t{"bars",
          "Tornado bars (relative change of " + r.metrics[m].label + ")",
          {"input", "low", "high", "marker"},
          {"Input", "Input reduced", "Input increased", "Marker"},
          {}};
  for (const auto& b : bars) {
    t.rows.push_back({b.label, b.marker.empty() ? Value(b.low) : Value(),
                      b.marker.empty() ? Value(b.high) : Value(), b.marker});
  }
  doc.sections.emplace_back(std::move(t));
  doc.notes.push_back("wrote " + a.output);
  print_document(doc, g.format);
  return r.feasible ? 0 : 2;
}

}  // namespace

SensitivityCommands::SensitivityCommands(CLI::App& app, CLI::App& plot)
    : o_(std::make_unique<SensitivityCliOptions>()) {
  auto& o = *o_;
  o.sensitivity = app.add_subcommand(
      "sensitivity", "what should I upgrade? elasticity of the headline metric to each input");
  o.sensitivity->require_subcommand(1);
  auto* t = o.sensitivity->add_subcommand("train", "a training step (the flags of `train`)");
  add_train_args(t, o.train.train);
  add_common(t, o.train, false);
  auto* s = o.sensitivity->add_subcommand("serve", "a serving replica (the flags of `serve`)");
  add_serve_args(s, o.serve.serve);
  add_common(s, o.serve, false);
  o.sensitivity->footer(
      "Each input is scaled by 1 -/+ step on a copy and the solver re-run; an input whose "
      "reduction makes the configuration not fit is marked, not given a number.\nExamples:\n  "
      "mlsysim sensitivity train Llama3_70B Training_1K --tp 8 --pp 4 --grid Quebec\n  mlsysim "
      "sensitivity serve Llama3_8B H100 --batch 32 --metric tpot");
  o.plot = plot.add_subcommand("sensitivity", "tornado plot of `mlsysim sensitivity`");
  o.plot->require_subcommand(1);
  auto* pt = o.plot->add_subcommand("train", "a training step");
  add_train_args(pt, o.plot_train.train);
  add_common(pt, o.plot_train, true);
  auto* ps = o.plot->add_subcommand("serve", "a serving replica");
  add_serve_args(ps, o.plot_serve.serve);
  add_common(ps, o.plot_serve, true);
  o.plot->footer(
      "Example:\n  mlsysim plot sensitivity train Llama3_70B Training_1K --tp 8 --pp 4 -o "
      "tornado.svg");
}

SensitivityCommands::~SensitivityCommands() = default;

std::string SensitivityCommands::parsed() const {
  const auto& o = *o_;
  if (o.train.app->parsed()) return "sensitivity-train";
  if (o.serve.app->parsed()) return "sensitivity-serve";
  if (o.plot_train.app->parsed()) return "plot-sensitivity-train";
  if (o.plot_serve.app->parsed()) return "plot-sensitivity-serve";
  return "";
}

int SensitivityCommands::run(const std::string& command, const Options& global) const {
  const auto& o = *o_;
  if (command == "sensitivity-train") return sensitivity_cmd("train", o.train, global);
  if (command == "sensitivity-serve") return sensitivity_cmd("serve", o.serve, global);
  if (command == "plot-sensitivity-train") return plot_cmd("train", o.plot_train, global);
  if (command == "plot-sensitivity-serve") return plot_cmd("serve", o.plot_serve, global);
  throw InvalidArgumentError("command", "unknown sensitivity command '" + command + "'");
}

std::unique_ptr<Module> make_sensitivity_module(CLI::App& app, CLI::App& plot) {
  return make_module<SensitivityCommands>(app, plot);
}

}  // namespace mlsysim::cli
