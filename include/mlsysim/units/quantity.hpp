// mlsysim::Quantity: a magnitude in canonical base units, its dimension, and the unit it is shown
// in.
#pragma once

#include <compare>
#include <iosfwd>
#include <string>
#include <string_view>

#include "mlsysim/errors.hpp"
#include "mlsysim/units/dimension.hpp"
#include "mlsysim/units/unit.hpp"

// Boost.Units costs more compile time than all of mlsysim's own headers, so this header only
// forward-declares its quantity template; the two typed bridges below are defined in
// "mlsysim/units/typed.hpp", which every caller that names a typed unit already includes.
namespace boost::units {
template <class Unit, class Y>
class quantity;
}  // namespace boost::units

namespace mlsysim {

namespace units_detail {
struct QuantityAccess;  // src/units/quantity_access.hpp: builds from base magnitudes
}  // namespace units_detail

/// A physical quantity checked at run time. It stores the magnitude in canonical base units
/// (m, kg, s, A, K, bit, FLOP, USD), the Dimension, and the Unit it is displayed in, so
/// `Quantity::parse("312 TFLOP/s").to("PFLOP/s")` prints `0.312 PFLOP/s`.
///
/// Literal type: catalog tables are constant-initialized Quantities. Arithmetic is a few
/// instructions; `+`, `-` and ordering need equal dimensions and throw DimensionalityError
/// otherwise; `*` and `/` combine dimensions. A Quantity always comes with its unit: there is
/// no constructor from a bare double.
class Quantity {
 public:
  /// Zero, dimensionless.
  constexpr Quantity() noexcept = default;

  /// `value` expressed in `unit`: `Quantity(80, Unit::parse("GB"))`.
  constexpr Quantity(double value, const Unit& unit) noexcept
      : base_(value * unit.scale), dimension_(unit.dimension), unit_(&unit) {}

  /// `value` in the unit spelled `unit`: `Quantity(3.35, "TB/s")`. Throws UnitParseError.
  Quantity(double value, std::string_view unit) : Quantity(value, Unit::parse(unit)) {}

  /// From a typed Boost.Units quantity: `Quantity(typed::quantity<typed::watts>(700 * watts))`.
  /// Defined in "mlsysim/units/typed.hpp".
  template <class U>
  explicit Quantity(const boost::units::quantity<U, double>& q) noexcept;

  /// Parses `"<number> <unit>"`: `"989.4 TFLOP/s"`, `"80 GiB"`, `"429 gCO2e/kWh"`. The number
  /// must be finite and in range; the unit is required. Throws UnitParseError naming the
  /// offending token, e.g. `unknown unit 'TBps' in '3 TBps' (did you mean 'TB/s'?)`.
  [[nodiscard]] static Quantity parse(std::string_view text);

  /// The magnitude in the display unit: `parse("80 GB").value()` is 80.
  [[nodiscard]] double value() const;
  /// The magnitude in canonical base units (bit, FLOP, s, kg, m, USD...).
  [[nodiscard]] constexpr double base_value() const noexcept { return base_; }
  [[nodiscard]] constexpr const Dimension& dimension() const noexcept { return dimension_; }
  /// The unit the quantity is displayed in (canonical for results of `*` and `/`).
  [[nodiscard]] const Unit& unit() const;

  /// The same quantity shown in `unit`; keeps the caller's spelling when printing
  /// (`to("TFLOPs/s")` prints `312 TFLOPs/s`). Throws DimensionalityError across dimensions,
  /// UnitParseError for a bad unit.
  [[nodiscard]] Quantity to(std::string_view unit) const;
  [[nodiscard]] Quantity to(const Unit& unit) const {
    if (unit.dimension != dimension_) throw_conversion(unit);
    Quantity q = *this;
    q.unit_ = &unit;
    return q;
  }
  /// The bare magnitude in `unit`: `bw.in("TB/s")` is 3.35. Throws like `to`.
  [[nodiscard]] double in(std::string_view unit) const;
  [[nodiscard]] double in(const Unit& unit) const;

  /// The statically typed Boost.Units quantity; checked at run time (DimensionalityError).
  /// Defined in "mlsysim/units/typed.hpp".
  template <class U>
  [[nodiscard]] boost::units::quantity<U, double> as() const;

  /// `312 TFLOPs/s`: up to 15 significant digits, then the unit. The text parses back:
  /// `Quantity::parse(q.str())` has q's dimension and display unit, and its magnitude equals
  /// q's (exactly when q was parsed from at most 15 digits in that unit, otherwise to within
  /// the 15th digit). Derived units are spelled so that they parse back:
  /// `(1 W / 1 B).str()` is `0.125 m^2*kg/(s^3*bit)`, `(1 W)^3` is `1 m^6*kg^3/s^9`.
  [[nodiscard]] std::string str() const;

  friend Quantity operator+(const Quantity& a, const Quantity& b) {
    a.require_same_dimension(b, "add", "and");
    return a.with_base(a.base_ + b.base_);
  }
  friend Quantity operator-(const Quantity& a, const Quantity& b) {
    a.require_same_dimension(b, "subtract", "from");
    return a.with_base(a.base_ - b.base_);
  }
  friend constexpr Quantity operator-(const Quantity& a) noexcept { return a.with_base(-a.base_); }
  /// Products and quotients combine dimensions; an exponent beyond kMaxDimensionExponent throws
  /// InvalidArgumentError (it never wraps around).
  friend constexpr Quantity operator*(const Quantity& a, const Quantity& b) {
    return derived(a.base_ * b.base_, a.dimension_ * b.dimension_);
  }
  friend constexpr Quantity operator/(const Quantity& a, const Quantity& b) {
    return derived(a.base_ / b.base_, a.dimension_ / b.dimension_);
  }
  friend constexpr Quantity operator*(const Quantity& a, double k) noexcept {
    return a.with_base(a.base_ * k);
  }
  friend constexpr Quantity operator*(double k, const Quantity& a) noexcept {
    return a.with_base(k * a.base_);
  }
  friend constexpr Quantity operator/(const Quantity& a, double k) noexcept {
    return a.with_base(a.base_ / k);
  }
  Quantity& operator+=(const Quantity& b) { return *this = *this + b; }
  Quantity& operator-=(const Quantity& b) { return *this = *this - b; }
  Quantity& operator*=(double k) noexcept { return *this = *this * k; }
  Quantity& operator/=(double k) noexcept { return *this = *this / k; }

  /// Equal when the dimensions match and the base magnitudes are equal (`1 KiB == 1024 B`).
  /// Quantities of different dimensions are never equal.
  friend constexpr bool operator==(const Quantity& a, const Quantity& b) noexcept {
    return a.dimension_ == b.dimension_ && a.base_ == b.base_;
  }
  /// Ordering needs equal dimensions; throws DimensionalityError otherwise.
  friend std::partial_ordering operator<=>(const Quantity& a, const Quantity& b) {
    a.require_same_dimension(b, "compare", "with");
    return a.base_ <=> b.base_;
  }

 private:
  friend struct units_detail::QuantityAccess;

  [[nodiscard]] constexpr Quantity with_base(double base) const noexcept {
    Quantity q = *this;
    q.base_ = base;
    return q;
  }
  [[nodiscard]] static constexpr Quantity derived(double base, const Dimension& d) noexcept {
    Quantity q;
    q.base_ = base;
    q.dimension_ = d;
    return q;
  }
  void require_same_dimension(const Quantity& other, const char* operation,
                              const char* joiner) const {
    if (dimension_ != other.dimension_) throw_mismatch(other, operation, joiner);
  }
  [[noreturn]] void throw_mismatch(const Quantity& other, const char* operation,
                                   const char* joiner) const;
  [[noreturn]] void throw_typed_mismatch(const Dimension& wanted) const;
  [[noreturn]] void throw_conversion(const Unit& target) const;

  double base_ = 0.0;
  Dimension dimension_{};
  const Unit* unit_ = nullptr;  ///< nullptr: show in Unit::canonical(dimension_)
};

/// Writes the magnitude in the display unit with the stream's own formatting (precision, fixed
/// or scientific), then the unit: `std::setprecision(3)` prints `3.35 TB/s`. Default streams
/// print 6 significant digits; use `q.str()` for the exact, parseable form.
std::ostream& operator<<(std::ostream& os, const Quantity& q);

}  // namespace mlsysim
