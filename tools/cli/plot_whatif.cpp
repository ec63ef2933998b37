// What-if plots: the sensitivity tornado, the fleet roofline and the Pareto scatter, drawn on the
// shared Canvas (canvas.hpp).
#include "plot_whatif.hpp"

#include <cairo.h>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>

#include "canvas.hpp"
#include "mlsysim/errors.hpp"

namespace mlsysim::cli {
namespace {

const double kPalette[][3] = {{0.12, 0.47, 0.71}, {0.84, 0.15, 0.16}, {0.17, 0.63, 0.17},
                              {0.58, 0.40, 0.74}, {1.00, 0.50, 0.05}, {0.55, 0.34, 0.29}};

/// Round tick step for a span divided in about five.
double step_of(double span) {
  const double raw = span / 5;
  const double p = std::pow(10, std::floor(std::log10(raw)));
  for (double m : {1.0, 2.0, 5.0, 10.0})
    if (raw <= m * p) return m * p;
  return 10 * p;
}

/// Viridis-like map of t in [0, 1] (five anchors of matplotlib's viridis, linear in between).
void colormap(double t, double out[3]) {
  static const double kAnchors[5][3] = {{0.267, 0.005, 0.329},
                                        {0.231, 0.322, 0.545},
                                        {0.129, 0.569, 0.549},
                                        {0.365, 0.788, 0.384},
                                        {0.993, 0.906, 0.144}};
  t = std::clamp(t, 0.0, 1.0) * 4.0;
  const int i = std::min(3, static_cast<int>(t));
  const double f = t - i;
  for (int c = 0; c < 3; ++c) out[c] = kAnchors[i][c] * (1 - f) + kAnchors[i + 1][c] * f;
}

}  // namespace

void plot_tornado(const std::string& title, const std::string& subtitle, const std::string& metric,
                  double step, const std::vector<TornadoBar>& bars, const std::string& footnote,
                  const std::string& path) {
  const double row = 26, top = 110, left = 300, right = 60;
  const double W = 980,
               H = top + 80 + row * static_cast<double>(std::max<std::size_t>(bars.size(), 1));
  Canvas c(path, W, H);
  c.title = title + ": " + subtitle;
  for (const auto& b : bars) {
    c.desc.push_back(b.marker.empty()
                         ? fmt::format("{}: {:+.4g}% at -{:g}%, {:+.4g}% at +{:g}%", b.label,
                                       b.low * 100, step * 100, b.high * 100, step * 100)
                         : b.label + ": " + b.marker);
  }
  cairo_t* cr = c.cr;
  double span = 0;
  for (const auto& b : bars) {
    if (b.marker.empty()) span = std::max({span, std::abs(b.low), std::abs(b.high)});
  }
  span = span > 0 ? span * 100 * 1.15 : 1.0;  // percent
  const double pw = W - left - right;
  const double x0 = left + pw / 2;
  auto X = [&](double pct) { return x0 + pw / 2 * pct / span; };
  c.rgb(0, 0, 0);
  c.text(20, 32, title, 17, 0.0, true);
  c.text(20, 54, subtitle, 12);
  c.text(20, 76,
         fmt::format("Change in {} (%) with each input {:g}% lower / higher", metric, step * 100),
         13);
  // Legend.
  c.rgb(kPalette[4][0], kPalette[4][1], kPalette[4][2]);
  cairo_rectangle(cr, W - 330, 84, 14, 10);
  cairo_fill(cr);
  c.rgb(0.1, 0.1, 0.1);
  c.text(W - 310, 94, fmt::format("input -{:g}%", step * 100), 12);
  c.rgb(kPalette[0][0], kPalette[0][1], kPalette[0][2]);
  cairo_rectangle(cr, W - 220, 84, 14, 10);
  cairo_fill(cr);
  c.rgb(0.1, 0.1, 0.1);
  c.text(W - 200, 94, fmt::format("input +{:g}%", step * 100), 12);
  const double bottom = top + row * static_cast<double>(bars.size());
  // Ticks.
  cairo_set_line_width(cr, 0.6);
  const double ts = step_of(2 * span);
  for (double t = -std::floor(span / ts) * ts; t <= span + 1e-12; t += ts) {
    c.rgb(0.88, 0.88, 0.88);
    c.line(X(t), top, X(t), bottom);
    c.rgb(0.2, 0.2, 0.2);
    c.text(X(t), bottom + 18, fmt::format("{:+.3g}%", std::abs(t) < 1e-12 ? 0.0 : t), 11, 0.5);
  }
  for (std::size_t i = 0; i < bars.size(); ++i) {
    const auto& b = bars[i];
    const double y = top + row * static_cast<double>(i);
    c.rgb(0.1, 0.1, 0.1);
    c.text(left - 10, y + row - 9, b.label, 12, 1.0);
    if (!b.marker.empty()) {
      c.rgb(0.75, 0.1, 0.1);
      c.text(x0 + 8, y + row - 9, b.marker, 12, 0.0, true);
      continue;
    }
    const double lo = X(b.low * 100), hi = X(b.high * 100);
    c.rgb(kPalette[4][0], kPalette[4][1], kPalette[4][2]);
    cairo_rectangle(cr, std::min(x0, lo), y + 4, std::abs(lo - x0), row / 2 - 4);
    cairo_fill(cr);
    c.rgb(kPalette[0][0], kPalette[0][1], kPalette[0][2]);
    cairo_rectangle(cr, std::min(x0, hi), y + row / 2, std::abs(hi - x0), row / 2 - 4);
    cairo_fill(cr);
  }
  c.rgb(0, 0, 0);
  cairo_set_line_width(cr, 1.2);
  c.line(x0, top - 4, x0, bottom);
  if (!footnote.empty()) {
    c.rgb(0.3, 0.3, 0.3);
    c.text(20, H - 16, footnote, 11);
  }
  c.finish();
}

void plot_pareto(const std::string& title, const std::string& x_unit, const std::string& y_unit,
                 const std::vector<ParetoPoint>& points, const std::string& path) {
  const double W = 960, H = 620, left = 100, right = 150, top = 60, bottom = 70;
  Canvas c(path, W, H);
  c.title = title;
  for (const auto& p : points) {
    c.desc.push_back(fmt::format("{}: {:.4g} {}, {:.4g} {}, MFU {:.1f}%{}", p.label, p.time, x_unit,
                                 p.cost, y_unit, p.mfu * 100,
                                 p.frontier ? " (Pareto frontier)" : ""));
  }
  cairo_t* cr = c.cr;
  double xmax = 0, ymax = 0, mmin = 1, mmax = 0;
  for (const auto& p : points) {
    xmax = std::max(xmax, p.time);
    ymax = std::max(ymax, p.cost);
    mmin = std::min(mmin, p.mfu);
    mmax = std::max(mmax, p.mfu);
  }
  if (mmax <= mmin) {
    mmin = std::max(0.0, mmin - 0.05);
    mmax = mmin + 0.1;
  }
  xmax = xmax > 0 ? xmax * 1.1 : 1;
  ymax = ymax > 0 ? ymax * 1.1 : 1;
  const double pw = W - left - right, ph = H - top - bottom;
  auto X = [&](double x) { return left + pw * x / xmax; };
  auto Y = [&](double y) { return top + ph * (1 - y / ymax); };
  cairo_set_line_width(cr, 0.6);
  const double xs = step_of(xmax), ys = step_of(ymax);
  for (double x = 0; x <= xmax + 1e-12; x += xs) {
    c.rgb(0.88, 0.88, 0.88);
    c.line(X(x), top, X(x), top + ph);
    c.rgb(0.2, 0.2, 0.2);
    c.text(X(x), top + ph + 20, fmt::format("{:.4g}", x), 12, 0.5);
  }
  for (double y = 0; y <= ymax + 1e-12; y += ys) {
    c.rgb(0.88, 0.88, 0.88);
    c.line(left, Y(y), left + pw, Y(y));
    c.rgb(0.2, 0.2, 0.2);
    c.text(left - 8, Y(y) + 4, fmt::format("{:.4g}", y), 12, 1.0);
  }
  c.rgb(0, 0, 0);
  cairo_set_line_width(cr, 1.2);
  cairo_rectangle(cr, left, top, pw, ph);
  cairo_stroke(cr);
  c.text(left + pw / 2, H - 20, "Time to train (" + x_unit + ")", 14, 0.5);
  c.text(26, top + ph / 2, "Cost (" + y_unit + ")", 14, 0.5, false, -M_PI / 2);
  c.text(left, 34, title, 16, 0.0, true);
  // Frontier, in time order.
  std::vector<const ParetoPoint*> front;
  for (const auto& p : points) {
    if (p.frontier) front.push_back(&p);
  }
  std::sort(front.begin(), front.end(), [](auto* a, auto* b) { return a->time < b->time; });
  if (front.size() > 1) {
    c.rgb(0.3, 0.3, 0.3);
    cairo_set_line_width(cr, 1.5);
    const double dash[] = {5.0, 3.0};
    cairo_set_dash(cr, dash, 2, 0);
    cairo_move_to(cr, X(front[0]->time), Y(front[0]->cost));
    for (const auto* p : front) cairo_line_to(cr, X(p->time), Y(p->cost));
    cairo_stroke(cr);
    cairo_set_dash(cr, nullptr, 0, 0);
  }
  for (const auto& p : points) {
    double col[3];
    colormap((p.mfu - mmin) / (mmax - mmin), col);
    c.rgb(col[0], col[1], col[2]);
    cairo_arc(cr, X(p.time), Y(p.cost), p.frontier ? 6 : 4.5, 0, 2 * M_PI);
    cairo_fill(cr);
    if (p.frontier) {
      c.rgb(0, 0, 0);
      cairo_set_line_width(cr, 1.0);
      cairo_arc(cr, X(p.time), Y(p.cost), 6, 0, 2 * M_PI);
      cairo_stroke(cr);
      c.text(X(p.time) + 9, Y(p.cost) - 7, p.label, 11);
    }
  }
  // Colour bar.
  const double bx = left + pw + 40, bh = ph * 0.7;
  for (int i = 0; i < 100; ++i) {
    double col[3];
    colormap(i / 99.0, col);
    c.rgb(col[0], col[1], col[2]);
    cairo_rectangle(cr, bx, top + bh * (1 - (i + 1) / 100.0), 18, bh / 100 + 0.5);
    cairo_fill(cr);
  }
  c.rgb(0.1, 0.1, 0.1);
  c.text(bx, top - 10, "MFU", 13, 0.0, true);
  c.text(bx + 24, top + 10, fmt::format("{:.1f}%", mmax * 100), 11);
  c.text(bx + 24, top + bh, fmt::format("{:.1f}%", mmin * 100), 11);
  c.finish();
}

void plot_fleet_roofline(const std::string& title, const std::vector<Ceiling>& ceilings,
                         const std::vector<FleetPoint>& points, const std::string& path) {
  const double W = 1080, H = 640, left = 95, right = 360, top = 60, bottom = 75;
  Canvas c(path, W, H);
  c.title = title;
  for (const auto& ce : ceilings) {
    c.desc.push_back(ce.peak > 0
                         ? fmt::format("ceiling {}: {:.4g} TFLOP/s", ce.label, ce.peak / 1e12)
                         : fmt::format("ceiling {}: {:.4g} GB/s", ce.label, ce.bandwidth / 1e9));
  }
  for (const auto& p : points) {
    c.desc.push_back(fmt::format("point {}: {:.4g} FLOP/B, {:.4g} TFLOP/s", p.label, p.intensity,
                                 p.rate / 1e12));
  }
  cairo_t* cr = c.cr;
  double peak = 0, bw_min = 1e300;
  for (const auto& ce : ceilings) {
    if (ce.peak > 0) peak = std::max(peak, ce.peak);
    if (ce.bandwidth > 0) bw_min = std::min(bw_min, ce.bandwidth);
  }
  if (!(peak > 0) || !(bw_min < 1e300))
    throw Error("fleet roofline: no compute or bandwidth ceiling");
  double xmin = 0.1, xmax = 10 * peak / bw_min;
  double ymin = peak;
  for (const auto& p : points) {
    xmin = std::min(xmin, p.intensity / 3);
    xmax = std::max(xmax, p.intensity * 3);
    ymin = std::min(ymin, p.rate / 3);
  }
  for (const auto& ce : ceilings) {
    if (ce.bandwidth > 0) ymin = std::min(ymin, ce.bandwidth * xmin);
  }
  xmin = std::pow(10, std::floor(std::log10(xmin)));
  xmax = std::pow(10, std::ceil(std::log10(xmax)));
  ymin = std::pow(10, std::floor(std::log10(std::max(ymin, peak * 1e-9))));
  const double ymax = std::pow(10, std::ceil(std::log10(peak * 1.5)));
  const double pw = W - left - right, ph = H - top - bottom;
  auto X = [&](double x) {
    return left + pw * (std::log10(x) - std::log10(xmin)) / (std::log10(xmax) - std::log10(xmin));
  };
  auto Y = [&](double y) {
    return top +
           ph * (1 - (std::log10(y) - std::log10(ymin)) / (std::log10(ymax) - std::log10(ymin)));
  };
  cairo_set_line_width(cr, 0.6);
  for (int e = static_cast<int>(std::round(std::log10(xmin)));
       e <= static_cast<int>(std::round(std::log10(xmax))); ++e) {
    c.rgb(0.88, 0.88, 0.88);
    c.line(X(std::pow(10, e)), top, X(std::pow(10, e)), top + ph);
    c.rgb(0.2, 0.2, 0.2);
    c.text(X(std::pow(10, e)), top + ph + 20, power_label(e), 13, 0.5);
  }
  for (int e = static_cast<int>(std::round(std::log10(ymin)));
       e <= static_cast<int>(std::round(std::log10(ymax))); ++e) {
    c.rgb(0.88, 0.88, 0.88);
    c.line(left, Y(std::pow(10, e)), left + pw, Y(std::pow(10, e)));
    c.rgb(0.2, 0.2, 0.2);
    c.text(left - 8, Y(std::pow(10, e)) + 5, power_label(e - 12), 13, 1.0);
  }
  c.rgb(0, 0, 0);
  cairo_set_line_width(cr, 1.2);
  cairo_rectangle(cr, left, top, pw, ph);
  cairo_stroke(cr);
  c.text(left + pw / 2, H - 22, "Operational intensity (FLOP per byte over the ceiling's traffic)",
         14, 0.5);
  c.text(28, top + ph / 2, "Performance per accelerator (TFLOP/s)", 14, 0.5, false, -M_PI / 2);
  c.text(left, 34, title, 16, 0.0, true);
  cairo_save(cr);
  cairo_rectangle(cr, left, top, pw, ph);
  cairo_clip(cr);
  std::size_t color = 0;
  double ly = top + 12;
  for (const auto& ce : ceilings) {
    const auto& col = kPalette[color++ % 6];
    c.rgb(col[0], col[1], col[2]);
    cairo_set_line_width(cr, ce.peak > 0 ? 3.0 : 2.0);
    if (ce.peak > 0) {
      c.line(X(xmin), Y(ce.peak), X(xmax), Y(ce.peak));
    } else {
      c.line(X(xmin), Y(ce.bandwidth * xmin), X(peak / ce.bandwidth), Y(peak));
    }
  }
  // Points: one per ceiling, joined by a thin line at the achieved rate.
  color = 0;
  for (const auto& p : points) {
    const auto& col = kPalette[(color++ + 1) % 6];
    c.rgb(col[0], col[1], col[2]);
    cairo_arc(cr, X(p.intensity), Y(p.rate), 6, 0, 2 * M_PI);
    cairo_fill(cr);
    c.rgb(0, 0, 0);
    cairo_set_line_width(cr, 1.0);
    cairo_arc(cr, X(p.intensity), Y(p.rate), 6, 0, 2 * M_PI);
    cairo_stroke(cr);
  }
  cairo_restore(cr);
  color = 0;
  for (const auto& ce : ceilings) {
    const auto& col = kPalette[color++ % 6];
    c.rgb(col[0], col[1], col[2]);
    cairo_rectangle(cr, left + pw + 14, ly - 9, 18, 4);
    cairo_fill(cr);
    c.rgb(0.1, 0.1, 0.1);
    c.text(left + pw + 38, ly - 3, ce.label, 12);
    ly += 20;
  }
  ly += 10;
  color = 0;
  for (const auto& p : points) {
    const auto& col = kPalette[(color++ + 1) % 6];
    c.rgb(col[0], col[1], col[2]);
    cairo_arc(cr, left + pw + 23, ly - 6, 5, 0, 2 * M_PI);
    cairo_fill(cr);
    c.rgb(0.1, 0.1, 0.1);
    c.text(left + pw + 38, ly - 3, p.label, 12);
    ly += 20;
  }
  c.finish();
}

}  // namespace mlsysim::cli
