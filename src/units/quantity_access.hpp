// Building a Quantity from a magnitude already in canonical base units: for the generated catalog
// tables (constant-initialized) and the solvers' hot paths. Not public: a user builds a Quantity
// from a value and a unit, so the unit is always stated (issue 11).
#pragma once

#include "mlsysim/units/quantity.hpp"
#include "mlsysim/units/unit.hpp"

namespace mlsysim::units_detail {

struct QuantityAccess {
  [[nodiscard]] static constexpr Quantity from_base(double base_value,
                                                    const Unit& display) noexcept {
    Quantity q;
    assign_base(q, base_value, display);
    return q;
  }
  static constexpr void assign_base(Quantity& q, double base_value, const Unit& display) noexcept {
    q.base_ = base_value;
    q.dimension_ = display.dimension;
    q.unit_ = &display;
  }
};

/// A magnitude in canonical base units (bit, FLOP, s, ...), shown in `display`.
[[nodiscard]] constexpr Quantity from_base(double base_value, const Unit& display) noexcept {
  return QuantityAccess::from_base(base_value, display);
}
/// Sets `q`, in place, to a magnitude in canonical base units shown in `display` (hot paths:
/// avoids building and copying a temporary).
constexpr void assign_base(Quantity& q, double base_value, const Unit& display) noexcept {
  QuantityAccess::assign_base(q, base_value, display);
}

}  // namespace mlsysim::units_detail
