// fmt support for Quantity: fmt::format("{}", q) prints `312 TFLOPs/s`; a float spec such as
// "{:.2f}" formats the magnitude and appends the unit (`312.00 TFLOPs/s`).
#pragma once

#include <fmt/format.h>

#include "mlsysim/units/quantity.hpp"

template <>
struct fmt::formatter<mlsysim::Quantity> : fmt::formatter<double> {
  bool has_spec = false;
  constexpr auto parse(fmt::format_parse_context& ctx) {
    has_spec = ctx.begin() != ctx.end() && *ctx.begin() != '}';
    return fmt::formatter<double>::parse(ctx);
  }
  template <class FormatContext>
  auto format(const mlsysim::Quantity& q, FormatContext& ctx) const {
    if (!has_spec) return fmt::format_to(ctx.out(), "{}", q.str());
    auto out = fmt::formatter<double>::format(q.value(), ctx);
    const auto symbol = q.unit().symbol;
    if (symbol.empty()) return out;
    return fmt::format_to(out, " {}", symbol);
  }
};
