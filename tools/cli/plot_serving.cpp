// `mlsysim plot serving`: p99 latency vs throughput per GPU from simulated load, one line per
// device, with the SLO lines.
#include <fmt/format.h>

#include <CLI/CLI.hpp>

#include "assumptions.hpp"
#include "checks.hpp"
#include "commands.hpp"
#include "plot.hpp"
#include "serving_options.hpp"
#include "session.hpp"

namespace mlsysim::cli {
namespace {

using namespace solvers;

int plot_serving_cmd(const ServingCliOptions& c, const Options& g) {
  const Session session(g);
  const Catalog& cat = session.catalog();
  const auto& m = cat.get<Workload>(c.model);
  const std::vector<std::string> names =
      c.devices.empty() ? std::vector<std::string>{"H100"} : c.devices;
  const bool ttft = c.tpot_p99.empty() && !c.ttft_p99.empty();
  std::vector<Series> series;
  Document doc{"plot-serving", {}, {}};
  Table t{"points",
          "Latency-throughput points",
          {"configuration", "qps", "throughput_per_gpu", "ttft_p99", "tpot_p99"},
          {"Configuration", "QPS", "Tokens/s per GPU", "TTFT p99", "TPOT p99"},
          {}};
  bool fp8_compute = false;  // any configuration with FP8 GEMMs
  for (const auto& n : names) {
    const auto& hw = cat.get<HardwareNode>(n);
    const ServingOptions so = serving_options(c, hw, cat);
    fp8_compute = fp8_compute || so.precision.compute == Precision::fp8;
    // The steady-state capacity of one replica (largest batch that fits) sets the sweep's range.
    const auto one = best_batch(m, hw, {}, so);
    const double cap = one.result.request_throughput.in("1/s");
    Series s{fmt::format("{} x{} {}", hw.info.key, so.tp, precision_name(so.precision.compute)),
             {}};
    for (std::int64_t i = 1; i <= c.points; ++i) {
      SimulationOptions sim;
      sim.qps = cap * static_cast<double>(i) / static_cast<double>(c.points) * 0.95;
      sim.requests = c.requests;
      sim.seed = c.seed;
      sim.input = distribution(c.input_dist, static_cast<double>(c.input_tokens), c.input_sigma);
      sim.output =
          distribution(c.output_dist, static_cast<double>(c.output_tokens), c.output_sigma);
      const auto r = simulate(m, hw, so, sim);
      const double per_gpu = r.output_throughput.in("tokens/s") / static_cast<double>(so.tp);
      s.points.emplace_back(per_gpu, ttft ? r.ttft.p99.in("ms") : r.tpot.p99.in("ms"));
      t.rows.push_back({s.label, sim.qps, per_gpu, r.ttft.p99, r.tpot.p99});
    }
    series.push_back(std::move(s));
  }
  std::vector<Threshold> lines;
  if (!ttft && !c.tpot_p99.empty())
    lines.push_back({"TPOT SLO " + c.tpot_p99,
                     flag_quantity("--tpot-p99", c.tpot_p99, kPositiveTime).in("ms")});
  if (ttft)
    lines.push_back({"TTFT SLO " + c.ttft_p99,
                     flag_quantity("--ttft-p99", c.ttft_p99, kPositiveTime).in("ms")});
  plot_lines(fmt::format("{}: {} p99 vs throughput ({} in / {} out, Poisson arrivals)", m.info.key,
                         ttft ? "TTFT" : "TPOT", c.input_tokens, c.output_tokens),
             "Output tokens/s per GPU", ttft ? "TTFT p99 (ms)" : "TPOT p99 (ms)", series, lines,
             c.output);
  doc.sections.emplace_back(std::move(t));
  doc.notes.push_back("wrote " + c.output);
  // The stand-ins serve states, for the configurations drawn.
  std::vector<std::string> assumed;
  serving_stand_ins(m, c.expert_bandwidth_fraction, fp8_compute, assumed);
  if (auto a = host_time_assumption(c)) assumed.push_back(std::move(*a));
  print(doc, g.format, assumed);
  return 0;
}

class PlotServingCommand {
 public:
  PlotServingCommand(CLI::App& /*app*/, CLI::App& plot) {
    ServingCliOptions& o = o_;
    cmd_ = plot.add_subcommand(
        "serving", "p99 latency vs throughput per GPU (one line per device), SLO lines");
    cmd_->add_option("model", o.model, "model")->required();
    cmd_->add_option("--devices", o.devices, "comma-separated devices (default H100)")
        ->delimiter(',');
    cmd_->add_option("--points", o.points, "request rates per line")->check(CLI::Range(2, 50));
    cmd_->add_option("-o,--output", o.output, "output file (.svg or .png)")->required();
    add_replica_options(cmd_, o);
    add_traffic_options(cmd_, o);
    cmd_->footer(
        "Example:\n  mlsysim plot serving Llama3_8B --devices H100,A100 --tpot-p99 \"50 ms\" -o "
        "serving.svg");
  }
  [[nodiscard]] std::string parsed() const { return cmd_->parsed() ? "plot-serving" : ""; }
  [[nodiscard]] int run(const std::string& /*command*/, const Options& global) const {
    return plot_serving_cmd(prepared(o_, false), global);
  }

 private:
  ServingCliOptions o_;
  CLI::App* cmd_ = nullptr;
};

}  // namespace

std::unique_ptr<Module> make_plot_serving_module(CLI::App& app, CLI::App& plot) {
  return make_module<PlotServingCommand>(app, plot);
}

}  // namespace mlsysim::cli
