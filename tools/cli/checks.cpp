#include "checks.hpp"

#include <fmt/format.h>

#include <cmath>

#include "mlsysim/errors.hpp"

namespace mlsysim::cli {

void check_range(const char* flag, std::int64_t v, std::int64_t lo, std::int64_t hi) {
  if (v < lo || v > hi) {
    throw InvalidArgumentError(flag, fmt::format("must be in [{}, {}], got {}", lo, hi, v));
  }
}

void check_finite(const char* flag, double v, double lo, double hi, bool lo_open) {
  if (!std::isfinite(v) || v < lo || (lo_open && v == lo) || v > hi) {
    throw InvalidArgumentError(flag, fmt::format("must be a number in {}{:g}, {:g}], got {:.6g}",
                                                 lo_open ? "(" : "[", lo, hi, v));
  }
}

void check_plot_output(const std::string& path) {
  const auto& p = path;
  const bool svg = p.size() > 4 && p.substr(p.size() - 4) == ".svg";
  const bool png = p.size() > 4 && p.substr(p.size() - 4) == ".png";
  if (!svg && !png) {
    throw InvalidArgumentError("--output", "'" + p + "' must end in .svg or .png");
  }
}

std::vector<std::string> split_list(const std::string& csv) {
  std::vector<std::string> out;
  if (csv.empty()) return out;
  std::size_t start = 0;
  for (;;) {
    const auto comma = csv.find(',', start);
    out.push_back(csv.substr(start, comma - start));
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return out;
}

void check_names(const char* flag, const std::vector<std::string>& names) {
  for (const auto& name : names) {
    if (name.empty()) throw InvalidArgumentError(flag, "empty name in the comma-separated list");
  }
}

}  // namespace mlsysim::cli
