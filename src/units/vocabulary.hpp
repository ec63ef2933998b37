// The unit vocabulary: one row per symbol, with its scale, dimension and accepted prefixes.
#pragma once

#include <span>
#include <string_view>

#include "mlsysim/units/dimension.hpp"

namespace mlsysim::units_detail {

enum class Prefixes : unsigned char { none, si, si_and_binary };

struct Atom {
  std::string_view symbol;
  double scale;  ///< canonical base units per one of this unit
  Dimension dimension;
  Prefixes prefixes;
};

struct Prefix {
  std::string_view symbol;
  double factor;
  bool binary;
};

/// Every unit symbol the parser knows, exact spelling first.
[[nodiscard]] std::span<const Atom> atoms();
/// The row for an exact symbol, or nullptr.
[[nodiscard]] const Atom* find_atom(std::string_view symbol);
/// SI and binary prefixes, longest first.
[[nodiscard]] std::span<const Prefix> prefixes();

}  // namespace mlsysim::units_detail
