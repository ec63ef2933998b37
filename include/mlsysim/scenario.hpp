// Scenario assertions: "tpot_p99 < 50 ms", "mfu > 0.4" parsed into a metric, a comparison and a
// unit-checked target, and checked against a result. docs/scenarios.md.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "mlsysim/units/quantity.hpp"

namespace mlsysim {

enum class CompareOp : std::uint8_t { less, less_equal, greater, greater_equal, equal, not_equal };

/// "<", "<=", ">", ">=", "==", "!=".
[[nodiscard]] std::string_view compare_op_text(CompareOp op) noexcept;

/// One assertion of a scenario: `metric op target`.
struct Assertion {
  std::string text;    ///< as written
  std::string metric;  ///< `tpot_p99`, `step.mfu` (a dotted path picks a section)
  CompareOp op = CompareOp::less;
  Quantity target;  ///< with its unit; a bare number or a percentage is dimensionless
};

/// Parses `METRIC OP VALUE [UNIT]`: `parse_assertion("tpot_p99 < 50 ms")`,
/// `parse_assertion("mfu >= 40 %")`. Throws InvalidArgumentError naming the assertion for a
/// missing operator, an empty metric or a metric that is not `[A-Za-z0-9_.]+`, and
/// UnitParseError for a bad value or unit.
[[nodiscard]] Assertion parse_assertion(std::string_view text);

/// Whether `actual op target` holds, comparing in base units. Throws DimensionalityError when
/// `actual` and the target have different dimensions (`'50 ms' ... 'tokens/s'`).
[[nodiscard]] bool holds(const Assertion& assertion, const Quantity& actual);

}  // namespace mlsysim
