// Internal: the typed (Boost.Units) quantities solver formulas are written with, and cached
// display units for results. A formula that mixes dimensions fails to compile here.
#pragma once

#include <cassert>

#include "mlsysim/units/quantity.hpp"
#include "mlsysim/units/typed.hpp"
#include "units/quantity_access.hpp"

namespace mlsysim::solvers::detail {

using typed::BitRate;
using typed::Bits;
using typed::FlopRate;
using typed::Flops;
using typed::Frequency;
using typed::Intensity;
using typed::Joules;
using typed::Meters;
using typed::Seconds;
using typed::Speed;
using typed::Usd;
using typed::UsdPerBit;
using typed::Watts;

inline Flops flop_count(double n) { return typed::flop(n); }
inline Bits byte_count(double n) { return typed::bytes(n); }
inline Seconds seconds(double s) { return typed::secs(s); }
using typed::in_bytes;

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
  return units_detail::from_base(q.value(), display);
}
/// Assigns a typed result to `dst`, shown in `display` (dimension checked, no temporary).
template <class U>
void set(Quantity& dst, const typed::quantity<U>& q, const Unit& display) {
  if (display.dimension != typed::dimension_of<U>) (void)Quantity(q).to(display);  // throws
  units_detail::assign_base(dst, q.value(), display);
}
/// The typed value of `q`, whose dimension is U's by construction (asserted in debug builds):
/// a catalog figure (dimension checked by the loader and codegen), an option the solver has
/// validated, or a result this library filled. For hot paths, where Quantity::as's run-time check
/// would cost; anything else uses as<U>().
template <class U>
typed::quantity<U> in(const Quantity& q) noexcept {
  assert(q.dimension() == typed::dimension_of<U>);
  return typed::quantity<U>::from_value(q.base_value());
}
/// Writes a typed result into `dst`, shown in `display` (a constant unit of U's dimension;
/// asserted in debug builds). The unchecked counterpart of set().
template <class U>
void put(Quantity& dst, const typed::quantity<U>& q, const Unit& display) noexcept {
  assert(display.dimension == typed::dimension_of<U>);
  units_detail::assign_base(dst, q.value(), display);
}
/// A base-unit magnitude shown in `display`.
inline Quantity base(double value, const Unit& display) {
  return units_detail::from_base(value, display);
}

}  // namespace mlsysim::solvers::detail
