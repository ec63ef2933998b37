// Internal helpers shared by the units implementation files.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "mlsysim/units/dimension.hpp"
#include "mlsysim/units/unit.hpp"

namespace mlsysim::units_detail {

/// Longest unit expression the parser reads (documented in docs/units.md).
inline constexpr std::size_t kMaxUnitLength = 256;
/// Deepest parenthesis nesting the parser accepts; bounds its recursion.
inline constexpr int kMaxUnitNesting = 16;

struct ParsedUnit {
  double scale;
  Dimension dimension;
};

/// Parses a unit expression; errors quote `whole` (the full user string).
[[nodiscard]] ParsedUnit parse_unit_expression(std::string_view text, std::string_view whole);
/// One symbol with an optional prefix ("TB", "kWh", "GiB") -> (scale, dimension).
[[nodiscard]] std::optional<std::pair<double, Dimension>> resolve_atom(std::string_view token);
/// The closest known unit spelling for an unknown token, or "".
[[nodiscard]] std::string suggest_unit(std::string_view token);
/// The cached Unit for a trimmed spelling; parse errors quote `whole`.
[[nodiscard]] const Unit& lookup_unit(std::string_view expression, std::string_view whole);
/// Symbol and scale of the display unit for a dimension.
[[nodiscard]] std::pair<std::string, double> canonical_spelling(const Dimension& d);

}  // namespace mlsysim::units_detail
