#include "plot.hpp"

#include <cairo.h>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <memory>

#include "canvas.hpp"

namespace mlsysim::cli {
namespace {

const double kPalette[][3] = {{0.12, 0.47, 0.71}, {0.84, 0.15, 0.16}, {0.17, 0.63, 0.17},
                              {0.58, 0.40, 0.74}, {1.00, 0.50, 0.05}, {0.55, 0.34, 0.29},
                              {0.89, 0.47, 0.76}, {0.50, 0.50, 0.50}, {0.74, 0.74, 0.13},
                              {0.09, 0.75, 0.81}};

}  // namespace

void plot_roofline(const HardwareNode& hw, const std::vector<RooflinePoint>& points,
                   const std::string& path) {
  const double W = 960, H = 640, left = 95, right = 200, top = 60, bottom = 75;
  Canvas c(path, W, H);
  const double bw = hw.memory.bandwidth.in("B/s");
  double peak_max = 0, peak_min = 1e300;
  for (std::size_t i = 0; i < kPrecisionCount; ++i) {
    if (hw.compute.dense[i]) {
      peak_max = std::max(peak_max, hw.compute.dense[i]->base_value());
      peak_min = std::min(peak_min, hw.compute.dense[i]->base_value());
    }
  }
  double xmin = 0.1, xmax = 1e4;
  for (const auto& p : points) {
    xmin = std::min(xmin, p.intensity / 3);
    xmax = std::max(xmax, p.intensity * 3);
  }
  xmin = std::pow(10, std::floor(std::log10(xmin)));
  xmax = std::pow(10, std::ceil(std::log10(std::max(xmax, 10 * peak_max / bw))));
  double ymin = std::min(bw * xmin, peak_min) / 2;
  for (const auto& p : points) ymin = std::min(ymin, p.flops_rate / 3);
  ymin = std::pow(10, std::floor(std::log10(ymin)));
  const double ymax = std::pow(10, std::ceil(std::log10(peak_max * 1.5)));
  const double pw = W - left - right, ph = H - top - bottom;
  auto X = [&](double x) {
    return left + pw * (std::log10(x) - std::log10(xmin)) / (std::log10(xmax) - std::log10(xmin));
  };
  auto Y = [&](double y) {
    return top +
           ph * (1 - (std::log10(y) - std::log10(ymin)) / (std::log10(ymax) - std::log10(ymin)));
  };
  cairo_t* cr = c.cr;

  // Grid and ticks.
  cairo_set_line_width(cr, 0.6);
  for (int e = static_cast<int>(std::round(std::log10(xmin)));
       e <= static_cast<int>(std::round(std::log10(xmax))); ++e) {
    const double x = X(std::pow(10, e));
    cairo_set_source_rgb(cr, 0.88, 0.88, 0.88);
    cairo_move_to(cr, x, top);
    cairo_line_to(cr, x, top + ph);
    cairo_stroke(cr);
    cairo_set_source_rgb(cr, 0.2, 0.2, 0.2);
    c.text(x, top + ph + 20, power_label(e), 13, 0.5);
  }
  for (int e = static_cast<int>(std::round(std::log10(ymin)));
       e <= static_cast<int>(std::round(std::log10(ymax))); ++e) {
    const double y = Y(std::pow(10, e));
    cairo_set_source_rgb(cr, 0.88, 0.88, 0.88);
    cairo_move_to(cr, left, y);
    cairo_line_to(cr, left + pw, y);
    cairo_stroke(cr);
    cairo_set_source_rgb(cr, 0.2, 0.2, 0.2);
    c.text(left - 8, y + 5, power_label(e - 12), 13, 1.0);
  }
  cairo_set_source_rgb(cr, 0, 0, 0);
  cairo_set_line_width(cr, 1.2);
  cairo_rectangle(cr, left, top, pw, ph);
  cairo_stroke(cr);
  c.text(left + pw / 2, H - 22, "Arithmetic intensity (FLOP/B)", 15, 0.5);
  c.text(28, top + ph / 2, "Attainable performance (TFLOP/s)", 15, 0.5, false, -M_PI / 2);
  c.text(left, 34,
         fmt::format("Roofline: {} ({}, {:.4g} TB/s)", hw.info.name, hw.info.path,
                     hw.memory.bandwidth.in("TB/s")),
         17, 0.0, true);

  // One roof per precision.
  cairo_save(cr);
  cairo_rectangle(cr, left, top, pw, ph);
  cairo_clip(cr);
  // Draw the other precisions first and the default one last, bold, on top.
  std::vector<std::pair<std::size_t, std::size_t>> order;  // (precision, color)
  std::size_t color = 0;
  for (std::size_t i = 0; i < kPrecisionCount; ++i) {
    if (hw.compute.dense[i]) order.emplace_back(i, color++);
  }
  std::stable_partition(order.begin(), order.end(), [&](const auto& o) {
    return static_cast<Precision>(o.first) != hw.compute.default_precision;
  });
  for (const auto& [i, col] : order) {
    const double peak = hw.compute.dense[i]->base_value();
    const bool def = static_cast<Precision>(i) == hw.compute.default_precision;
    const auto& rgb = kPalette[col % 10];
    cairo_set_source_rgb(cr, rgb[0], rgb[1], rgb[2]);
    cairo_set_line_width(cr, def ? 3.0 : 1.4);
    const double ridge = peak / bw;
    cairo_move_to(cr, X(xmin), Y(bw * xmin));
    cairo_line_to(cr, X(ridge), Y(peak));
    cairo_line_to(cr, X(xmax), Y(peak));
    cairo_stroke(cr);
  }
  cairo_restore(cr);
  // Legend of roofs.
  color = 0;
  double ly = top + 12;
  for (std::size_t i = 0; i < kPrecisionCount; ++i) {
    if (!hw.compute.dense[i]) continue;
    const auto& rgb = kPalette[color++ % 10];
    cairo_set_source_rgb(cr, rgb[0], rgb[1], rgb[2]);
    cairo_rectangle(cr, left + pw + 14, ly - 9, 18, 4);
    cairo_fill(cr);
    cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
    c.text(left + pw + 38, ly - 3,
           fmt::format("{} {:.4g} TFLOP/s", to_string(static_cast<Precision>(i)),
                       hw.compute.dense[i]->in("TFLOP/s")),
           12, 0.0, static_cast<Precision>(i) == hw.compute.default_precision);
    ly += 20;
  }
  // Workload points.
  ly += 10;
  for (const auto& p : points) {
    cairo_set_source_rgb(cr, 0.05, 0.05, 0.05);
    cairo_arc(cr, X(p.intensity), Y(p.flops_rate), 5, 0, 2 * M_PI);
    cairo_fill(cr);
    c.text(X(p.intensity) + 8, Y(p.flops_rate) - 6, p.label, 12);
  }
  c.finish();
}

void plot_bars(const std::string& title, const std::string& unit, const std::vector<Bar>& bars,
               const std::string& path) {
  const double row = 22, top = 60, left = 190, right = 110;
  const double W = 900, H = top + 50 + row * static_cast<double>(bars.size());
  Canvas c(path, W, H);
  cairo_t* cr = c.cr;
  double vmax = 0;
  for (const auto& b : bars) vmax = std::max(vmax, b.value);
  if (vmax <= 0) vmax = 1;
  const double pw = W - left - right;
  cairo_set_source_rgb(cr, 0, 0, 0);
  c.text(20, 34, title, 17, 0.0, true);
  for (std::size_t i = 0; i < bars.size(); ++i) {
    const double y = top + row * static_cast<double>(i);
    const double w = pw * bars[i].value / vmax;
    const auto& rgb = kPalette[0];
    cairo_set_source_rgb(cr, rgb[0], rgb[1], rgb[2]);
    cairo_rectangle(cr, left, y + 3, w, row - 6);
    cairo_fill(cr);
    cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
    c.text(left - 8, y + row - 7, bars[i].label, 12, 1.0);
    c.text(left + w + 6, y + row - 7, fmt::format("{:.4g} {}", bars[i].value, unit), 12);
  }
  cairo_set_source_rgb(cr, 0, 0, 0);
  cairo_move_to(cr, left, top);
  cairo_line_to(cr, left, top + row * static_cast<double>(bars.size()));
  cairo_stroke(cr);
  c.text(left + pw / 2, H - 14, unit, 14, 0.5);
  c.finish();
}

void plot_lines(const std::string& title, const std::string& x_label, const std::string& y_label,
                const std::vector<Series>& series, const std::vector<Threshold>& thresholds,
                const std::string& path) {
  const double W = 960, H = 600, left = 90, right = 230, top = 60, bottom = 70;
  Canvas c(path, W, H);
  cairo_t* cr = c.cr;
  double xmax = 0, ymax = 0;
  for (const auto& s : series) {
    for (const auto& [x, y] : s.points) {
      xmax = std::max(xmax, x);
      ymax = std::max(ymax, y);
    }
  }
  for (const auto& t : thresholds) ymax = std::max(ymax, t.y);
  xmax = xmax > 0 ? xmax * 1.08 : 1;
  ymax = ymax > 0 ? ymax * 1.15 : 1;
  const double pw = W - left - right, ph = H - top - bottom;
  auto X = [&](double x) { return left + pw * x / xmax; };
  auto Y = [&](double y) { return top + ph * (1 - std::min(y, ymax) / ymax); };
  // Ticks: 5 divisions with round steps.
  auto step_of = [](double span) {
    const double raw = span / 5;
    const double p = std::pow(10, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
      if (raw <= m * p) return m * p;
    return 10 * p;
  };
  cairo_set_line_width(cr, 0.6);
  const double xs = step_of(xmax), ys = step_of(ymax);
  for (double x = 0; x <= xmax + 1e-9; x += xs) {
    cairo_set_source_rgb(cr, 0.88, 0.88, 0.88);
    cairo_move_to(cr, X(x), top);
    cairo_line_to(cr, X(x), top + ph);
    cairo_stroke(cr);
    cairo_set_source_rgb(cr, 0.2, 0.2, 0.2);
    c.text(X(x), top + ph + 20, fmt::format("{:.4g}", x), 12, 0.5);
  }
  for (double y = 0; y <= ymax + 1e-9; y += ys) {
    cairo_set_source_rgb(cr, 0.88, 0.88, 0.88);
    cairo_move_to(cr, left, Y(y));
    cairo_line_to(cr, left + pw, Y(y));
    cairo_stroke(cr);
    cairo_set_source_rgb(cr, 0.2, 0.2, 0.2);
    c.text(left - 8, Y(y) + 4, fmt::format("{:.4g}", y), 12, 1.0);
  }
  cairo_set_source_rgb(cr, 0, 0, 0);
  cairo_set_line_width(cr, 1.2);
  cairo_rectangle(cr, left, top, pw, ph);
  cairo_stroke(cr);
  c.text(left + pw / 2, H - 20, x_label, 14, 0.5);
  c.text(26, top + ph / 2, y_label, 14, 0.5, false, -M_PI / 2);
  c.text(left, 34, title, 16, 0.0, true);
  cairo_save(cr);
  cairo_rectangle(cr, left, top, pw, ph);
  cairo_clip(cr);
  for (const auto& t : thresholds) {
    const double dash[] = {6.0, 4.0};
    cairo_set_dash(cr, dash, 2, 0);
    cairo_set_source_rgb(cr, 0.8, 0.1, 0.1);
    cairo_set_line_width(cr, 1.5);
    cairo_move_to(cr, left, Y(t.y));
    cairo_line_to(cr, left + pw, Y(t.y));
    cairo_stroke(cr);
    cairo_set_dash(cr, nullptr, 0, 0);
    c.text(left + pw - 6, Y(t.y) - 6, t.label, 12, 1.0);
  }
  std::size_t color = 0;
  for (const auto& s : series) {
    const auto& rgb = kPalette[color++ % 10];
    cairo_set_source_rgb(cr, rgb[0], rgb[1], rgb[2]);
    cairo_set_line_width(cr, 2.2);
    bool first = true;
    for (const auto& [x, y] : s.points) {
      if (first)
        cairo_move_to(cr, X(x), Y(y));
      else
        cairo_line_to(cr, X(x), Y(y));
      first = false;
    }
    cairo_stroke(cr);
    for (const auto& [x, y] : s.points) {
      cairo_arc(cr, X(x), Y(y), 3.5, 0, 2 * M_PI);
      cairo_fill(cr);
    }
  }
  cairo_restore(cr);
  color = 0;
  double ly = top + 12;
  for (const auto& s : series) {
    const auto& rgb = kPalette[color++ % 10];
    cairo_set_source_rgb(cr, rgb[0], rgb[1], rgb[2]);
    cairo_rectangle(cr, left + pw + 14, ly - 8, 18, 4);
    cairo_fill(cr);
    cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
    c.text(left + pw + 38, ly - 3, s.label, 12);
    ly += 20;
  }
  c.finish();
}

}  // namespace mlsysim::cli
