// `mlsysim plot roofline` and `mlsysim plot grids`: figures drawn with Cairo (plot.hpp).
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <algorithm>

#include "checks.hpp"
#include "commands.hpp"
#include "plot.hpp"
#include "precision_options.hpp"
#include "session.hpp"

namespace mlsysim::cli {
namespace {

using namespace solvers;

struct RooflinePlotOptions {
  std::string device;
  std::string models;      ///< comma-separated
  std::int64_t batch = 0;  ///< 0: 1
  std::int64_t context = 0;
  std::string output;
};

struct GridsPlotOptions {
  std::string fleet;
  double days = 30;
  std::string grids;  ///< comma-separated; "" = every grid
  std::string output;
};

int plot_roofline_cmd(const Session& s, const RooflinePlotOptions& o) {
  if (o.batch != 0) check_range("--batch", o.batch, 1, kMaxBatch);
  check_range("--context", o.context, 0, kMaxTokens);
  check_plot_output(o.output);
  const auto models = split_list(o.models);
  check_names("--models", models);
  const auto& hw = s.get<HardwareNode>(o.device);
  std::vector<RooflinePoint> points;
  for (const auto& name : models) {
    const auto& m = s.get<Workload>(name);
    RooflineOptions ro;
    ro.batch = o.batch > 0 ? o.batch : 1;
    ro.context = o.context;
    ro.precision = resolve_precisions({}, hw);
    const auto r = roofline(m, hw, ro);
    points.push_back(
        {fmt::format("{} (b={}){}", m.info.key, ro.batch, r.memory.fits ? "" : ", does not fit"),
         r.intensity.in("FLOP/B"), r.flops.base_value() / r.latency.base_value()});
  }
  plot_roofline(hw, points, o.output);
  spdlog::info("wrote {}", o.output);
  return 0;
}

int plot_grids_cmd(const Session& s, const GridsPlotOptions& o) {
  check_finite("--days", o.days, 0, kMaxDays, true);
  check_plot_output(o.output);
  const auto names = split_list(o.grids);
  check_names("--grids", names);
  const auto& fleet = s.get<Fleet>(o.fleet);
  std::vector<const GridProfile*> grids;
  if (names.empty())
    grids = s.catalog().all<GridProfile>();
  else
    for (const auto& g : names) grids.push_back(&s.get<GridProfile>(g));
  std::vector<Bar> bars;
  for (const auto* g : grids) {
    FootprintOptions fo;
    fo.duration = Quantity(o.days, Unit::parse("day"));
    fo.grid = g;
    bars.push_back({std::string(g->info.key), footprint(fleet, fo).operational_carbon.in("tCO2e")});
  }
  std::sort(bars.begin(), bars.end(), [](const Bar& a, const Bar& b) { return a.value < b.value; });
  plot_bars(fmt::format("Operational carbon of {} for {} days, by grid", fleet.info.key, o.days),
            "tCO2e", bars, o.output);
  spdlog::info("wrote {}", o.output);
  return 0;
}

class PlotFigures {
 public:
  PlotFigures(CLI::App& /*app*/, CLI::App& plot) {
    roofline_ = plot.add_subcommand("roofline", "roofline of a device with workload points");
    roofline_->add_option("device", roofline_o_.device, "hardware")->required();
    roofline_->add_option("--models", roofline_o_.models, "comma-separated models to place");
    roofline_->add_option("--batch,-b", roofline_o_.batch, "batch for the points")
        ->check(CLI::PositiveNumber);
    roofline_->add_option("--context", roofline_o_.context, "KV context for LLM points");
    roofline_->add_option("-o,--output", roofline_o_.output, "output file (.svg or .png)")
        ->required();
    roofline_->footer(
        "Example:\n  mlsysim plot roofline H100 --models Llama3_8B,Llama3_70B,ResNet50 --batch 8 "
        "-o roofline.svg");
    grids_ = plot.add_subcommand("grids", "operational carbon of a fleet on each grid");
    grids_->add_option("fleet", grids_o_.fleet, "fleet")->required();
    grids_->add_option("--days", grids_o_.days, "days of operation")->check(CLI::PositiveNumber);
    grids_->add_option("--grids", grids_o_.grids, "comma-separated grids (default: all)");
    grids_->add_option("-o,--output", grids_o_.output, "output file (.svg or .png)")->required();
    grids_->footer("Example:\n  mlsysim plot grids Frontier_8K --days 30 -o grids.png");
  }
  [[nodiscard]] std::string parsed() const {
    if (roofline_->parsed()) return "plot-roofline";
    if (grids_->parsed()) return "plot-grids";
    return "";
  }
  [[nodiscard]] int run(const std::string& command, const Options& global) const {
    const Session s(global);
    if (command == "plot-roofline") return plot_roofline_cmd(s, roofline_o_);
    return plot_grids_cmd(s, grids_o_);
  }

 private:
  RooflinePlotOptions roofline_o_;
  GridsPlotOptions grids_o_;
  CLI::App* roofline_ = nullptr;
  CLI::App* grids_ = nullptr;
};

}  // namespace

std::unique_ptr<Module> make_plot_figures_module(CLI::App& app, CLI::App& plot) {
  return make_module<PlotFigures>(app, plot);
}

}  // namespace mlsysim::cli
