// GoogleTest matchers for Quantities, shipped for users' tests too:
// EXPECT_THAT(q, QuantityNear("312 TFLOP/s", 1e-12)); EXPECT_THAT(q, HasDimension(dims::power)).
#pragma once

#include <gmock/gmock.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "mlsysim/units/quantity.hpp"

namespace mlsysim::testing {

/// Matches a Quantity of the same dimension whose base value is within `relative` of `expected`
/// (a quantity string such as "312 TFLOP/s").
MATCHER_P2(QuantityNear, expected, relative,
           std::string(negation ? "is not" : "is") + " within " +
               ::testing::PrintToString(relative) + " (relative) of " + std::string(expected)) {
  const ::mlsysim::Quantity want = ::mlsysim::Quantity::parse(std::string(expected));
  if (arg.dimension() != want.dimension()) {
    *result_listener << "which has dimension " << arg.dimension().str() << ", not "
                     << want.dimension().str();
    return false;
  }
  const double a = arg.base_value();
  const double b = want.base_value();
  const double scale = std::max(std::abs(a), std::abs(b));
  const double error = scale == 0.0 ? 0.0 : std::abs(a - b) / scale;
  *result_listener << "which is " << arg.str() << " (relative error " << error << ")";
  return error <= relative;
}

/// Matches a Quantity whose dimension equals `dimension`.
MATCHER_P(HasDimension, dimension,
          std::string(negation ? "has not" : "has") + " dimension " + dimension.str()) {
  *result_listener << "which has dimension " << arg.dimension().str();
  return arg.dimension() == dimension;
}

}  // namespace mlsysim::testing
