// libFuzzer target: Quantity::parse on arbitrary bytes. Properties (issue 13, item 20):
//  - parsing throws nothing but mlsysim::Error (UnitParseError) and never crashes;
//  - a parsed quantity has a finite magnitude;
//  - parse(q.str()) succeeds with q's dimension and unit and q's magnitude to the 15th digit,
//    for q and for the derived quantities q*q, q/q2, 1/q (printed in a derived unit).
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "mlsysim/units.hpp"

namespace {

[[noreturn]] void fail(const char* what, const std::string& detail) {
  std::fprintf(stderr, "quantity_parse_fuzz: %s: %s\n", what, detail.c_str());
  std::abort();
}

bool near_limits(double base) {
  const double a = std::abs(base);
  return a > 1e300 || (a != 0.0 && a < 1e-300);
}

void check_round_trip(const mlsysim::Quantity& q) {
  if (!std::isfinite(q.base_value())) return;  // a product may overflow; parse refuses it
  const std::string text = q.str();
  mlsysim::Quantity back;
  try {
    back = mlsysim::Quantity::parse(text);
  } catch (const mlsysim::Error& e) {
    if (near_limits(q.base_value())) return;  // the 15-digit form may round past a double's range
    fail("str() does not parse back", text + " -> " + e.what());
  }
  if (back.dimension() != q.dimension()) fail("dimension changed", text);
  const std::string_view symbol = q.unit().symbol.empty() ? "1" : q.unit().symbol;
  if (back.unit().symbol != symbol) fail("unit changed", text);
  const double tolerance = 1e-14 * std::abs(q.base_value());
  if (std::abs(back.base_value() - q.base_value()) > tolerance && !near_limits(q.base_value())) {
    fail("magnitude changed", text);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  // Split at the first newline: "<quantity>\n<second quantity or unit>".
  const auto nl = input.find('\n');
  const std::string_view first = input.substr(0, nl);
  const std::string_view second = nl == std::string_view::npos ? "" : input.substr(nl + 1);
  mlsysim::Quantity q;
  try {
    q = mlsysim::Quantity::parse(first);
  } catch (const mlsysim::Error&) {
    return 0;
  }
  if (!std::isfinite(q.base_value())) fail("parsed a non-finite quantity", std::string(first));
  check_round_trip(q);
  try {
    check_round_trip(q * q);
    check_round_trip(q / q.to(mlsysim::Unit::canonical(q.dimension())));
    const mlsysim::Quantity one = mlsysim::Quantity::parse("1 count");
    if (q.base_value() != 0.0) check_round_trip(one / q);
  } catch (const mlsysim::Error&) {
    // exponent overflow in a product is a named error
  }
  if (!second.empty()) {
    try {
      check_round_trip(q.to(second));
    } catch (const mlsysim::Error&) {
    }
    try {
      const auto q2 = mlsysim::Quantity::parse(second);
      check_round_trip(q * q2);
      if (q2.base_value() != 0.0) check_round_trip(q / q2);
    } catch (const mlsysim::Error&) {
    }
  }
  return 0;
}
