// What-if plots drawn with Cairo (SVG or PNG by the output file's extension): the sensitivity
// tornado, the plan's time-vs-cost Pareto scatter and the fleet roofline.
#pragma once

#include <string>
#include <vector>

namespace mlsysim::cli {

struct TornadoBar {
  std::string label;
  double low = 0;      ///< relative change of the metric with the input reduced (e.g. +0.05)
  double high = 0;     ///< relative change with the input increased
  std::string marker;  ///< non-empty: drawn as this text instead of bars ("infeasible at -5%")
};

/// A tornado: one row per input, the metric's change (%) with the input reduced and increased
/// by `step`, largest first as given.
void plot_tornado(const std::string& title, const std::string& subtitle, const std::string& metric,
                  double step, const std::vector<TornadoBar>& bars, const std::string& footnote,
                  const std::string& path);

struct ParetoPoint {
  std::string label;
  double time = 0;  ///< x, in `x_unit`
  double cost = 0;  ///< y, in `y_unit`
  double mfu = 0;   ///< colour
  bool frontier = false;
};

/// Scatter of time vs cost coloured by MFU (with a colour bar), the Pareto frontier joined.
void plot_pareto(const std::string& title, const std::string& x_unit, const std::string& y_unit,
                 const std::vector<ParetoPoint>& points, const std::string& path);

struct Ceiling {
  std::string label;
  double bandwidth = 0;  ///< B/s: the slanted roof (0 for the flat compute roof)
  double peak = 0;       ///< FLOP/s: the flat roof, drawn for the compute ceiling only
};
struct FleetPoint {
  std::string label;
  double intensity = 0;  ///< FLOP per byte over this ceiling's traffic
  double rate = 0;       ///< achieved FLOP/s
};

/// Log-log roofline with one flat compute roof and one slanted roof per bandwidth ceiling, each
/// up to the compute roof, and the configuration's points.
void plot_fleet_roofline(const std::string& title, const std::vector<Ceiling>& ceilings,
                         const std::vector<FleetPoint>& points, const std::string& path);

}  // namespace mlsysim::cli
