// `mlsysim fleet-roofline` and `mlsysim plot fleet-roofline`, with the flags of `train`.
#include "fleet_roofline_cli.hpp"

#include <fmt/format.h>

#include <CLI/CLI.hpp>

#include "output.hpp"
#include "plot_whatif.hpp"
#include "whatif_options.hpp"

namespace mlsysim::cli {

using namespace solvers;

struct FleetRooflineCliOptions {
  TrainArgs table, plot;
  std::string output;
  CLI::App* table_app = nullptr;
  CLI::App* plot_app = nullptr;
};

namespace {

const char* ceiling_label(FleetCeiling c) {
  switch (c) {
    case FleetCeiling::compute:
      return "Compute (dense peak)";
    case FleetCeiling::memory:
      return "Memory (HBM, derated)";
    case FleetCeiling::scale_up:
      return "Scale-up link (derated, one-way)";
    case FleetCeiling::scale_out:
      return "Scale-out share (derated, one-way)";
  }
  return "";
}

int run_cmd(const TrainArgs& a, const Options& g, const std::string* output) {
  const Session cats(g);
  const TrainSetup s = resolve_train(a, cats.catalog());
  const FleetRoofline f = fleet_roofline(*s.model, *s.fleet, s.parallel, s.options);
  const auto& pc = s.parallel;
  const std::string title =
      fmt::format("{} on {} ({} x {}): tp {} pp {} cp {} dp {} ep {}", s.model->info.key,
                  s.fleet->info.key, s.fleet->total_accelerators(),
                  s.fleet->node->accelerator->info.key, pc.tp, pc.pp, pc.cp, pc.dp, pc.ep);
  Document doc{output != nullptr ? "plot-fleet-roofline" : "fleet-roofline", {}, {}};
  Record rec{"step", title, {}};
  rec.add("step_time", "Step time", f.step_time)
      .add("flops_per_accelerator", "Model FLOPs per accelerator", f.flops_per_accelerator)
      .add("achieved", "Achieved (model FLOP/s per accelerator)", f.achieved)
      .add("mfu", "MFU", f.training.mfu)
      .add("nearest", "Nearest ceiling", std::string(fleet_ceiling_name(f.nearest)))
      .add("fits", "Fits", f.training.memory.fits);
  doc.sections.emplace_back(std::move(rec));
  Table t{"ceilings",
          "Ceilings per accelerator and the step's point on each",
          {"ceiling", "rate", "time", "share", "bytes", "intensity", "attainable"},
          {"Ceiling", "Rate", "Time on it", "Share of step", "Traffic", "Intensity",
           "Ceiling at point"},
          {}};
  std::vector<Ceiling> ceilings;
  std::vector<FleetPoint> points;
  for (const auto& l : f.levels) {
    const bool flat = l.ceiling == FleetCeiling::compute;
    const bool traffic = l.bytes.base_value() > 0;
    t.rows.push_back({std::string(fleet_ceiling_name(l.ceiling)), l.rate, l.time, l.share,
                      flat ? Value() : Value(l.bytes), traffic ? Value(l.intensity) : Value(),
                      l.attainable});
    const std::string label = fmt::format("{} {}", ceiling_label(l.ceiling),
                                          flat ? fmt::format("{:.4g} TFLOP/s", l.rate.in("TFLOP/s"))
                                               : fmt::format("{:.4g} GB/s", l.rate.in("GB/s")));
    ceilings.push_back({label, flat ? 0.0 : l.rate.in("B/s"), flat ? l.rate.in("FLOP/s") : 0.0});
    if (traffic) {
      points.push_back({fmt::format("step vs {} ({:.0f}% of step)", fleet_ceiling_name(l.ceiling),
                                    l.share * 100),
                        l.intensity.in("FLOP/B"), f.achieved.in("FLOP/s")});
    }
  }
  doc.sections.emplace_back(std::move(t));
  for (const auto& n : s.notes) doc.notes.push_back(n);
  doc.notes.push_back(
      "traffic is traffic-equivalent: the time train() spends on the ceiling's work x the rate it "
      "prices it at (latency included); intensity = model FLOPs per accelerator / that traffic");
  if (output != nullptr) {
    check_plot_path(*output);
    plot_fleet_roofline("Fleet roofline: " + title, ceilings, points, *output);
    doc.notes.push_back("wrote " + *output);
  }
  if (!f.training.memory.fits) doc.notes.push_back("the configuration does not fit in memory");
  print_document(doc, g.format);
  return f.training.memory.fits ? 0 : 2;
}

}  // namespace

FleetRooflineCommands::FleetRooflineCommands(CLI::App& app, CLI::App& plot)
    : o_(std::make_unique<FleetRooflineCliOptions>()) {
  auto& o = *o_;
  o.table_app = app.add_subcommand(
      "fleet-roofline",
      "a training step on the fleet's roofline: compute, memory, scale-up and scale-out ceilings");
  add_train_args(o.table_app, o.table);
  o.table_app->footer("Example:\n  mlsysim fleet-roofline Llama3_70B Training_1K --tp 8 --pp 4");
  o.plot_app = plot.add_subcommand("fleet-roofline", "plot of `mlsysim fleet-roofline`");
  add_train_args(o.plot_app, o.plot);
  o.plot_app->add_option("-o,--output", o.output, "output file (.svg or .png)")->required();
  o.plot_app->footer(
      "Example:\n  mlsysim plot fleet-roofline Llama3_70B Training_1K --tp 8 --pp 4 -o fleet.svg");
}

FleetRooflineCommands::~FleetRooflineCommands() = default;

std::string FleetRooflineCommands::parsed() const {
  if (o_->table_app->parsed()) return "fleet-roofline";
  if (o_->plot_app->parsed()) return "plot-fleet-roofline";
  return "";
}

int FleetRooflineCommands::run(const std::string& command, const Options& global) const {
  if (command == "fleet-roofline") return run_cmd(o_->table, global, nullptr);
  if (command == "plot-fleet-roofline") return run_cmd(o_->plot, global, &o_->output);
  throw InvalidArgumentError("command", "unknown fleet roofline command '" + command + "'");
}

std::unique_ptr<Module> make_fleet_roofline_module(CLI::App& app, CLI::App& plot) {
  return make_module<FleetRooflineCommands>(app, plot);
}

}  // namespace mlsysim::cli
