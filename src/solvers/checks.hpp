// Internal: the argument checks every solver shares (throwing mlsysim::InvalidArgumentError).
#pragma once

#include <cstdint>
#include <string_view>

#include "mlsysim/catalog/hardware.hpp"
#include "mlsysim/errors.hpp"
#include "mlsysim/units/quantity.hpp"

namespace mlsysim::solvers {

/// Throws InvalidArgumentError(`name`, "must be positive, got N") unless n > 0.
[[noreturn]] void report_not_positive(std::string_view name, std::int64_t n);
inline void require_positive(std::string_view name, std::int64_t n) {
  if (n <= 0) report_not_positive(name, n);
}
/// Throws InvalidArgumentError unless x is finite and > 0.
void require_positive(std::string_view name, double x);
/// Throws InvalidArgumentError unless 0 < x <= 1.
void require_fraction(std::string_view name, double x);
/// Throws InvalidArgumentError unless 0 <= x <= 1.
void require_unit_interval(std::string_view name, double x);
/// Throws InvalidArgumentError unless q is a time, finite and >= 0 (a latency may be zero).
void require_latency(std::string_view name, const Quantity& q);
/// The device's dense peak at `p`; throws InvalidArgumentError naming the device and precision
/// when the device lacks that path (`'Hardware.Cloud.A100' has no dense fp8 rate`).
[[noreturn]] void report_missing_precision(const HardwareNode& hw, Precision p);
[[nodiscard]] inline const Quantity& peak_at(const HardwareNode& hw, Precision p) {
  const auto& peak = hw.peak(p);
  if (!peak) report_missing_precision(hw, p);
  return *peak;
}

}  // namespace mlsysim::solvers
