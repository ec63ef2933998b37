// The statically typed layer: mlsysim's Boost.Units system (SI plus information, operation and
// currency) and the typed units solver formulas are written against.
#pragma once

#include <boost/units/base_dimension.hpp>
#include <boost/units/base_unit.hpp>
#include <boost/units/derived_dimension.hpp>
#include <boost/units/get_dimension.hpp>
#include <boost/units/make_system.hpp>
#include <boost/units/quantity.hpp>
#include <boost/units/static_rational.hpp>
#include <boost/units/systems/si/base.hpp>
#include <boost/units/unit.hpp>
#include <type_traits>

#include "mlsysim/units/dimension.hpp"
#include "mlsysim/units/quantity.hpp"

namespace mlsysim::typed {

namespace bu = boost::units;

// Base dimensions beyond SI. Ordinals must be unique among Boost.Units base dimensions; SI uses
// negative ones.
struct information_base_dimension : bu::base_dimension<information_base_dimension, 101> {};
struct operation_base_dimension : bu::base_dimension<operation_base_dimension, 102> {};
struct currency_base_dimension : bu::base_dimension<currency_base_dimension, 103> {};

struct bit_base_unit
    : bu::base_unit<bit_base_unit, information_base_dimension::dimension_type, 101> {
  static const char* name() { return "bit"; }
  static const char* symbol() { return "bit"; }
};
struct flop_base_unit
    : bu::base_unit<flop_base_unit, operation_base_dimension::dimension_type, 102> {
  static const char* name() { return "floating-point operation"; }
  static const char* symbol() { return "FLOP"; }
};
struct usd_base_unit : bu::base_unit<usd_base_unit, currency_base_dimension::dimension_type, 103> {
  static const char* name() { return "US dollar"; }
  static const char* symbol() { return "USD"; }
};

/// mlsysim's unit system: metre, kilogram, second, ampere, kelvin, bit, FLOP, USD. These are
/// exactly the canonical base units of the runtime Quantity, so converting between the layers is
/// a copy of the base value.
using system =
    bu::make_system<bu::si::meter_base_unit, bu::si::kilogram_base_unit, bu::si::second_base_unit,
                    bu::si::ampere_base_unit, bu::si::kelvin_base_unit, bit_base_unit,
                    flop_base_unit, usd_base_unit>::type;

namespace detail {
using L = bu::length_base_dimension;
using M = bu::mass_base_dimension;
using T = bu::time_base_dimension;
using I = information_base_dimension;
using O = operation_base_dimension;
using C = currency_base_dimension;
}  // namespace detail

// Typed units (all in the canonical base units of `system`).
using dimensionless = bu::unit<bu::dimensionless_type, system>;
using seconds = bu::unit<detail::T::dimension_type, system>;
using meters = bu::unit<detail::L::dimension_type, system>;
using kilograms = bu::unit<detail::M::dimension_type, system>;
using bits = bu::unit<detail::I::dimension_type, system>;
using flops = bu::unit<detail::O::dimension_type, system>;  ///< an amount of operations
using usd = bu::unit<detail::C::dimension_type, system>;
using hertz = bu::unit<bu::derived_dimension<detail::T, -1>::type, system>;
using bits_per_second = bu::unit<bu::derived_dimension<detail::I, 1, detail::T, -1>::type, system>;
using flops_per_second = bu::unit<bu::derived_dimension<detail::O, 1, detail::T, -1>::type, system>;
using flops_per_bit = bu::unit<bu::derived_dimension<detail::O, 1, detail::I, -1>::type, system>;
using joules =
    bu::unit<bu::derived_dimension<detail::M, 1, detail::L, 2, detail::T, -2>::type, system>;
using watts =
    bu::unit<bu::derived_dimension<detail::M, 1, detail::L, 2, detail::T, -3>::type, system>;
using cubic_meters = bu::unit<bu::derived_dimension<detail::L, 3>::type, system>;
using kilograms_per_joule = bu::unit<bu::derived_dimension<detail::L, -2, detail::T, 2>::type,
                                     system>;  // kg/J: mass cancels
using cubic_meters_per_joule =
    bu::unit<bu::derived_dimension<detail::M, -1, detail::L, 1, detail::T, 2>::type, system>;
using usd_per_joule =
    bu::unit<bu::derived_dimension<detail::C, 1, detail::M, -1, detail::L, -2, detail::T, 2>::type,
             system>;
using usd_per_second = bu::unit<bu::derived_dimension<detail::C, 1, detail::T, -1>::type, system>;
using usd_per_bit = bu::unit<bu::derived_dimension<detail::C, 1, detail::I, -1>::type, system>;
using meters_per_second =
    bu::unit<bu::derived_dimension<detail::L, 1, detail::T, -1>::type, system>;

template <class U>
using quantity = bu::quantity<U, double>;

// The quantities solver formulas are written with. A formula that mixes them up (a FLOP count
// added to a byte count, FLOPs divided by a byte rate assigned to a time) does not compile;
// tests/compile_fail/ proves it. All are one double in the base unit: no run-time cost.
using Seconds = quantity<seconds>;
using Flops = quantity<flops>;                ///< an amount of work
using FlopRate = quantity<flops_per_second>;  ///< FLOP/s
using Bits = quantity<bits>;                  ///< an amount of data; see bytes()
using BitRate = quantity<bits_per_second>;    ///< a bandwidth; see bytes_per_second()
using Intensity = quantity<flops_per_bit>;    ///< arithmetic intensity (shown as FLOP/B)
using Frequency = quantity<hertz>;            ///< items (tokens, samples, requests) per second
using Watts = quantity<watts>;
using Joules = quantity<joules>;
using Usd = quantity<usd>;
using UsdPerBit = quantity<usd_per_bit>;  ///< a price per amount of data (shown as USD/GB)
using Meters = quantity<meters>;
using Speed = quantity<meters_per_second>;

/// `n` bytes as an amount of data: 8 bits each. Scaling by 8 is exact in binary floating point,
/// so a byte count survives bytes() and in_bytes() bit for bit.
[[nodiscard]] inline Bits bytes(double n) noexcept { return Bits::from_value(8.0 * n); }
/// The byte count of an amount of data (exact, see bytes()).
[[nodiscard]] inline double in_bytes(const Bits& b) noexcept { return b.value() / 8.0; }
/// `n` bytes per second as a bandwidth.
[[nodiscard]] inline BitRate bytes_per_second(double n) noexcept {
  return BitRate::from_value(8.0 * n);
}
/// `n` floating-point operations.
[[nodiscard]] inline Flops flop(double n) noexcept { return Flops::from_value(n); }
/// `s` seconds.
[[nodiscard]] inline Seconds secs(double s) noexcept { return Seconds::from_value(s); }

namespace detail {

template <class Tag>
constexpr BaseDimension base_of() {
  if constexpr (std::is_same_v<Tag, bu::length_base_dimension>)
    return BaseDimension::length;
  else if constexpr (std::is_same_v<Tag, bu::mass_base_dimension>)
    return BaseDimension::mass;
  else if constexpr (std::is_same_v<Tag, bu::time_base_dimension>)
    return BaseDimension::time;
  else if constexpr (std::is_same_v<Tag, bu::current_base_dimension>)
    return BaseDimension::current;
  else if constexpr (std::is_same_v<Tag, bu::temperature_base_dimension>)
    return BaseDimension::temperature;
  else if constexpr (std::is_same_v<Tag, information_base_dimension>)
    return BaseDimension::information;
  else if constexpr (std::is_same_v<Tag, operation_base_dimension>)
    return BaseDimension::operation;
  else if constexpr (std::is_same_v<Tag, currency_base_dimension>)
    return BaseDimension::currency;
  else
    static_assert(sizeof(Tag) == 0, "base dimension outside mlsysim's system");
}

template <class List>
struct dimension_of_list;
template <>
struct dimension_of_list<bu::dimensionless_type> {
  static constexpr Dimension value{};
};
template <class Tag, bu::integer_type N, bu::integer_type D, class Rest>
struct dimension_of_list<bu::list<bu::dim<Tag, bu::static_rational<N, D>>, Rest>> {
  static_assert(D == 1, "mlsysim dimensions have integer exponents");
  static constexpr Dimension value =
      Dimension::of(base_of<Tag>(), static_cast<int>(N)) * dimension_of_list<Rest>::value;
};

}  // namespace detail

/// The runtime Dimension of a typed Boost.Units unit: `dimension_of<watts>` == dims::power.
template <class U>
inline constexpr Dimension dimension_of =
    detail::dimension_of_list<typename bu::get_dimension<U>::type>::value;

/// True when `A + B` is well-formed; used to prove at compile time that, for example, a typed
/// FLOP rate cannot be added to a typed bit rate.
template <class A, class B>
concept Addable = requires(A a, B b) {
  a + b;
};

}  // namespace mlsysim::typed

namespace mlsysim {

// The typed bridges declared in Quantity (quantity.hpp keeps Boost.Units out of the catalog
// headers by declaring them only).
template <class U>
Quantity::Quantity(const boost::units::quantity<U, double>& q) noexcept
    : base_(q.value()), dimension_(typed::dimension_of<U>) {}

template <class U>
boost::units::quantity<U, double> Quantity::as() const {
  if (dimension_ != typed::dimension_of<U>) throw_typed_mismatch(typed::dimension_of<U>);
  return typed::quantity<U>::from_value(base_);
}

}  // namespace mlsysim
