// Plots drawn with Cairo (SVG or PNG by the output file's extension).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "mlsysim/mlsysim.hpp"

namespace mlsysim::cli {

struct RooflinePoint {
  std::string label;
  double intensity;   ///< FLOP/B
  double flops_rate;  ///< achieved FLOP/s
};

/// Roofline of `hw` (one roof per dense precision, the default one bold) with `points`, log-log.
void plot_roofline(const HardwareNode& hw, const std::vector<RooflinePoint>& points,
                   const std::string& path);

struct Bar {
  std::string label;
  double value;
};

/// Horizontal bar chart (values in `unit`), sorted as given.
void plot_bars(const std::string& title, const std::string& unit, const std::vector<Bar>& bars,
               const std::string& path);

struct Series {
  std::string label;
  std::vector<std::pair<double, double>> points;  ///< (x, y), drawn in order
};
struct Threshold {
  std::string label;
  double y;  ///< a horizontal line (an SLO)
};

/// Line chart on linear axes with dashed horizontal thresholds (the serving latency-throughput
/// curve with its SLO lines).
void plot_lines(const std::string& title, const std::string& x_label, const std::string& y_label,
                const std::vector<Series>& series, const std::vector<Threshold>& thresholds,
                const std::string& path);

}  // namespace mlsysim::cli
