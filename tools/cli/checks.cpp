#include "checks.hpp"

#include <fmt/format.h>

#include <charconv>
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

Quantity flag_quantity(const char* flag, const std::string& text, const QuantityFlag& f) {
  const auto refuse = [&](const std::string& why) {
    return InvalidArgumentError(flag,
                                fmt::format("expected {}, got '{}' ({})", f.expected, text, why));
  };
  Quantity q;
  try {
    q = Quantity::parse(text);
  } catch (const Error& e) {
    throw refuse(e.what());
  }
  if (q.dimension() != f.dimension) throw refuse("dimension " + q.dimension().str());
  if (q.base_value() < 0 || (!f.allow_zero && q.base_value() == 0)) {
    throw refuse(f.allow_zero ? "negative" : "not positive");
  }
  return q;
}

std::optional<Quantity> optional_flag_quantity(const char* flag, const std::string& text,
                                               const QuantityFlag& f) {
  if (text.empty()) return std::nullopt;
  return flag_quantity(flag, text, f);
}

Quantity flop_count_flag(const char* flag, const std::string& text) {
  double v = 0;
  const auto* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, v);
  const std::string quantity = ec == std::errc() && ptr == end ? text + " FLOP" : text;
  return flag_quantity(flag, quantity,
                       {dims::operation, "a positive FLOP count such as 1e24 or '3.14 ZFLOP'"});
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
