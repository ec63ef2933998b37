// Internal: the typed (Boost.Units) quantities solver formulas are written with, and cached
// display units for results. A formula that mixes dimensions fails to compile here.
#pragma once

#include "mlsysim/units/quantity.hpp"
#include "mlsysim/units/typed.hpp"

namespace mlsysim::solvers::detail {

using Seconds = typed::quantity<typed::seconds>;
using Flops = typed::quantity<typed::flops>;
using FlopRate = typed::quantity<typed::flops_per_second>;
using Bits = typed::quantity<typed::bits>;
using BitRate = typed::quantity<typed::bits_per_second>;
using Watts = typed::quantity<typed::watts>;
using Joules = typed::quantity<typed::joules>;
using Usd = typed::quantity<typed::usd>;

inline Flops flop_count(double n) { return Flops::from_value(n); }
inline Bits byte_count(double n) { return Bits::from_value(8.0 * n); }
inline Seconds seconds(double s) { return Seconds::from_value(s); }
inline double in_bytes(const Bits& b) { return b.value() / 8.0; }

/// Display units, parsed once.
struct Units {
  const Unit& s = Unit::parse("s");
  const Unit& ms = Unit::parse("ms");
  const Unit& h = Unit::parse("h");
  const Unit& day = Unit::parse("day");
  const Unit& flop = Unit::parse("FLOP");
  const Unit& tflop_s = Unit::parse("TFLOP/s");
  const Unit& gb = Unit::parse("GB");
  const Unit& gib = Unit::parse("GiB");
  const Unit& kib = Unit::parse("KiB");
  const Unit& gb_s = Unit::parse("GB/s");
  const Unit& flop_per_b = Unit::parse("FLOP/B");
  const Unit& j = Unit::parse("J");
  const Unit& kwh = Unit::parse("kWh");
  const Unit& mwh = Unit::parse("MWh");
  const Unit& w = Unit::parse("W");
  const Unit& kw = Unit::parse("kW");
  const Unit& usd = Unit::parse("USD");
  const Unit& kg = Unit::parse("kgCO2e");
  const Unit& t = Unit::parse("tCO2e");
  const Unit& l = Unit::parse("L");
  const Unit& per_s = Unit::parse("1/s");
  const Unit& tokens_per_s = Unit::parse("tokens/s");
};
inline const Units& units() {
  static const Units u;
  return u;
}

/// A typed result shown in `display` (whose dimension must be U's; checked).
template <class U>
Quantity out(const typed::quantity<U>& q, const Unit& display) {
  if (display.dimension != typed::dimension_of<U>) return Quantity(q).to(display);  // throws
  return Quantity::from_base(q.value(), display);
}
/// Assigns a typed result to `dst`, shown in `display` (dimension checked, no temporary).
template <class U>
void set(Quantity& dst, const typed::quantity<U>& q, const Unit& display) {
  if (display.dimension != typed::dimension_of<U>) (void)Quantity(q).to(display);  // throws
  dst.assign_base(q.value(), display);
}
/// A base-unit magnitude shown in `display`.
inline Quantity base(double value, const Unit& display) {
  return Quantity::from_base(value, display);
}

}  // namespace mlsysim::solvers::detail
