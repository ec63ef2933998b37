// Parsing and checking scenario assertions (mlsysim/scenario.hpp).
#include <algorithm>
#include <cctype>
#include <charconv>

#include "../util/text.hpp"
#include "mlsysim/errors.hpp"
#include "mlsysim/scenario.hpp"
#include "mlsysim/units/unit.hpp"

namespace mlsysim {

using util::trim;

std::string_view compare_op_text(CompareOp op) noexcept {
  switch (op) {
    case CompareOp::less:
      return "<";
    case CompareOp::less_equal:
      return "<=";
    case CompareOp::greater:
      return ">";
    case CompareOp::greater_equal:
      return ">=";
    case CompareOp::equal:
      return "==";
    case CompareOp::not_equal:
      return "!=";
  }
  return "?";
}

Assertion parse_assertion(std::string_view text) {
  const std::string quoted = "'" + std::string(text) + "'";
  const auto pos = text.find_first_of("<>=!");
  if (pos == std::string_view::npos) {
    throw InvalidArgumentError("assertion", quoted + " has no comparison (<, <=, >, >=, ==, !=)");
  }
  Assertion a;
  a.text = std::string(text);
  a.metric = std::string(trim(text.substr(0, pos)));
  std::size_t len = 1;
  const char c = text[pos];
  const bool eq_next = pos + 1 < text.size() && text[pos + 1] == '=';
  if (c == '<') {
    a.op = eq_next ? CompareOp::less_equal : CompareOp::less;
    len = eq_next ? 2 : 1;
  } else if (c == '>') {
    a.op = eq_next ? CompareOp::greater_equal : CompareOp::greater;
    len = eq_next ? 2 : 1;
  } else if (eq_next) {
    a.op = c == '=' ? CompareOp::equal : CompareOp::not_equal;
    len = 2;
  } else {
    throw InvalidArgumentError("assertion", quoted + ": '" + std::string(1, c) +
                                                "' is not a comparison (<, <=, >, >=, ==, !=)");
  }
  if (a.metric.empty() || !std::all_of(a.metric.begin(), a.metric.end(), [](char ch) {
        return std::isalnum(static_cast<unsigned char>(ch)) || ch == '_' || ch == '.';
      })) {
    throw InvalidArgumentError("assertion",
                               quoted +
                                   ": the metric before the comparison must be a name such "
                                   "as 'tpot_p99' or 'step.mfu'");
  }
  const std::string_view value = trim(text.substr(pos + len));
  if (value.empty()) throw InvalidArgumentError("assertion", quoted + " has no value to compare");
  double v = 0;
  const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), v);
  if (ec == std::errc() && end == value.data() + value.size()) {
    a.target = Quantity(v, Unit::canonical(dims::dimensionless));
  } else {
    a.target = Quantity::parse(value);
  }
  return a;
}

bool holds(const Assertion& a, const Quantity& actual) {
  // Converting to the target's unit throws DimensionalityError naming both dimensions.
  const double x = actual.in(a.target.unit());
  const double t = a.target.value();
  switch (a.op) {
    case CompareOp::less:
      return x < t;
    case CompareOp::less_equal:
      return x <= t;
    case CompareOp::greater:
      return x > t;
    case CompareOp::greater_equal:
      return x >= t;
    case CompareOp::equal:
      return x == t;
    case CompareOp::not_equal:
      return x != t;
  }
  return false;
}

}  // namespace mlsysim
