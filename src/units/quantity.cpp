#include "mlsysim/units/quantity.hpp"

#include <fmt/format.h>

#include <charconv>
#include <cmath>
#include <ostream>

#include "units_internal.hpp"

namespace mlsysim {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_blank(s.back())) s.remove_suffix(1);
  return s;
}

constexpr std::array<std::string_view, kBaseDimensionCount> kDimensionNames{
    "[length]",      "[mass]",        "[time]",      "[current]",
    "[temperature]", "[information]", "[operation]", "[currency]"};

}  // namespace

void units_detail::throw_exponent_out_of_range(int exponent, std::size_t base) {
  throw InvalidArgumentError(
      "dimension", "exponent " + std::to_string(exponent) + " of " +
                       std::string(kDimensionNames[base % kBaseDimensionCount]) +
                       " is out of range [-" + std::to_string(kMaxDimensionExponent) + ", " +
                       std::to_string(kMaxDimensionExponent) + "]");
}

std::string Dimension::str() const {
  const auto& kNames = kDimensionNames;
  std::string numerator;
  std::string denominator;
  for (std::size_t i = 0; i < kBaseDimensionCount; ++i) {
    const int e = exponents[i];
    if (e == 0) continue;
    std::string& side = e > 0 ? numerator : denominator;
    if (!side.empty()) side += '*';
    side += kNames[i];
    if (std::abs(e) != 1) side += "^" + std::to_string(std::abs(e));
  }
  if (numerator.empty() && denominator.empty()) return "[dimensionless]";
  if (numerator.empty()) numerator = "1";
  if (denominator.find('*') != std::string::npos) denominator = "(" + denominator + ")";
  return denominator.empty() ? numerator : numerator + "/" + denominator;
}

Quantity Quantity::parse(std::string_view text) {
  const std::string_view whole = trim(text);
  if (whole.empty()) throw UnitParseError("", "", "empty quantity string");
  std::string_view rest = whole;
  if (rest.front() == '+') rest.remove_prefix(1);
  double value = 0.0;
  const auto [end, ec] = std::from_chars(rest.data(), rest.data() + rest.size(), value);
  const std::string_view number(rest.data(), static_cast<std::size_t>(end - rest.data()));
  if (ec == std::errc::invalid_argument) {
    const std::string_view first = whole.substr(0, whole.find_first_of(" \t"));
    throw UnitParseError(std::string(whole), std::string(first),
                         "missing number before '" + std::string(first) + "'");
  }
  if (ec == std::errc::result_out_of_range) {
    throw UnitParseError(std::string(whole), std::string(number),
                         "number '" + std::string(number) + "' is out of range");
  }
  if (!std::isfinite(value)) {
    throw UnitParseError(std::string(whole), std::string(number),
                         "number '" + std::string(number) + "' is not finite");
  }
  const std::string_view unit_text = trim(rest.substr(number.size()));
  if (unit_text.empty()) {
    throw UnitParseError(std::string(whole), std::string(number),
                         "missing unit after '" + std::string(number) + "'");
  }
  const Unit& unit = units_detail::lookup_unit(unit_text, whole);
  const double base = value * unit.scale;
  if (!std::isfinite(base)) {
    throw UnitParseError(std::string(whole), std::string(number),
                         "magnitude of '" + std::string(whole) + "' overflows a double");
  }
  if (value != 0.0 && !std::isnormal(base)) {
    throw UnitParseError(std::string(whole), std::string(number),
                         "magnitude of '" + std::string(whole) + "' underflows a double");
  }
  return Quantity(value, unit);
}

double Quantity::value() const { return base_ / unit().scale; }

const Unit& Quantity::unit() const {
  return unit_ != nullptr ? *unit_ : Unit::canonical(dimension_);
}

Quantity Quantity::to(std::string_view unit) const { return to(Unit::parse(unit)); }

void Quantity::throw_conversion(const Unit& unit) const {
  throw DimensionalityError("convert", std::string(this->unit().symbol), dimension_.str(),
                            std::string(unit.symbol), unit.dimension.str());
}

double Quantity::in(std::string_view unit) const { return in(Unit::parse(unit)); }

double Quantity::in(const Unit& unit) const { return to(unit).value(); }

std::string Quantity::str() const {
  const Unit& u = unit();
  double v = base_ / u.scale;
  if (v == 0.0) v = 0.0;  // print "-0" as "0"
  std::string out = fmt::format("{:.15g}", v);
  // A dimensionless quantity without a named unit prints the unit one, "1" (SI brochure), so
  // that its text parses back: `(12 % * 12 %).str()` is `0.0144 1`.
  out += ' ';
  out += u.symbol.empty() ? std::string_view("1") : u.symbol;
  return out;
}

void Quantity::throw_mismatch(const Quantity& other, const char* operation,
                              const char* joiner) const {
  throw DimensionalityError(operation, str(), dimension_.str(), other.str(), other.dimension_.str(),
                            joiner);
}

void Quantity::throw_typed_mismatch(const Dimension& wanted) const {
  throw DimensionalityError("convert", std::string(unit().symbol), dimension_.str(),
                            "typed quantity", wanted.str());
}

std::ostream& operator<<(std::ostream& os, const Quantity& q) {
  double v = q.value();
  if (v == 0.0) v = 0.0;  // print "-0" as "0"
  os << v;
  const auto symbol = q.unit().symbol;
  if (!symbol.empty()) os << ' ' << symbol;
  return os;
}

}  // namespace mlsysim
