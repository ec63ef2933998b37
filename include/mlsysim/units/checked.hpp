// Checked integer arithmetic for counts (batch, tokens, accelerators): overflow is an error, never
// undefined behaviour or a wrapped value.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "mlsysim/errors.hpp"

namespace mlsysim {

/// `a * b`, or InvalidArgumentError naming `what` when the product leaves int64:
/// `checked_mul(dp, microbatch, "dp x microbatch")` ->
/// `invalid argument 'dp x microbatch': 4611686018427388160 x 4 overflows a 64-bit count`.
[[nodiscard]] inline std::int64_t checked_mul(std::int64_t a, std::int64_t b,
                                              std::string_view what) {
  std::int64_t out = 0;
  if (__builtin_mul_overflow(a, b, &out)) {
    throw InvalidArgumentError(std::string(what), std::to_string(a) + " x " + std::to_string(b) +
                                                      " overflows a 64-bit count");
  }
  return out;
}

/// `a + b`, or InvalidArgumentError naming `what` when the sum leaves int64.
[[nodiscard]] inline std::int64_t checked_add(std::int64_t a, std::int64_t b,
                                              std::string_view what) {
  std::int64_t out = 0;
  if (__builtin_add_overflow(a, b, &out)) {
    throw InvalidArgumentError(std::string(what), std::to_string(a) + " + " + std::to_string(b) +
                                                      " overflows a 64-bit count");
  }
  return out;
}

}  // namespace mlsysim
