// Tests of scenario assertions (mlsysim/scenario.hpp): parsing, unit-aware comparison, and
// errors for malformed assertions and dimension mismatches.
#include "mlsysim/scenario.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "mlsysim/mlsysim.hpp"

namespace {

using namespace mlsysim;
using ::testing::HasSubstr;
using ::testing::ThrowsMessage;

TEST(ScenarioAssertion, ParsesMetricOperatorAndQuantity) {
  const auto a = parse_assertion("tpot_p99 < 50 ms");
  EXPECT_EQ(a.metric, "tpot_p99");
  EXPECT_EQ(a.op, CompareOp::less);
  EXPECT_DOUBLE_EQ(a.target.in("s"), 0.050);
  const auto b = parse_assertion("  step.mfu>=0.4 ");
  EXPECT_EQ(b.metric, "step.mfu");
  EXPECT_EQ(b.op, CompareOp::greater_equal);
  EXPECT_EQ(b.target.dimension(), dims::dimensionless);
  EXPECT_EQ(parse_assertion("x != 3").op, CompareOp::not_equal);
  EXPECT_EQ(parse_assertion("x == 3").op, CompareOp::equal);
  EXPECT_EQ(parse_assertion("x > 3").op, CompareOp::greater);
  EXPECT_EQ(parse_assertion("x <= 3").op, CompareOp::less_equal);
}

TEST(ScenarioAssertion, ComparesInBaseUnits) {
  // 0.049 s is 49 ms < 50 ms; 51000 us is 51 ms.
  EXPECT_TRUE(holds(parse_assertion("tpot < 50 ms"), Quantity(0.049, "s")));
  EXPECT_FALSE(holds(parse_assertion("tpot < 50 ms"), Quantity(51000, "us")));
  // 40 % is the ratio 0.4.
  EXPECT_TRUE(holds(parse_assertion("mfu >= 40 %"), Quantity(40, "%")));
  EXPECT_FALSE(holds(parse_assertion("mfu > 0.4"), Quantity(40, "%")));
  EXPECT_TRUE(holds(parse_assertion("carbon <= 1 tCO2e"), Quantity(1000, "kgCO2e")));
}

TEST(ScenarioAssertion, ADimensionMismatchIsAnError) {
  EXPECT_THROW((void)holds(parse_assertion("tpot < 50 GB"), Quantity(10, "ms")),
               DimensionalityError);
  EXPECT_THROW((void)holds(parse_assertion("mfu > 0.4"), Quantity(10, "ms")), DimensionalityError);
}

TEST(ScenarioAssertion, MalformedAssertionsNameTheProblem) {
  EXPECT_THAT([] { (void)parse_assertion("tpot 50 ms"); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("has no comparison")));
  EXPECT_THAT([] { (void)parse_assertion(" < 50 ms"); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("must be a name")));
  EXPECT_THAT([] { (void)parse_assertion("tpot <"); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("has no value")));
  EXPECT_THAT([] { (void)parse_assertion("tpot = 5 ms"); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("is not a comparison")));
  EXPECT_THROW((void)parse_assertion("tpot < 50 furlongs"), UnitParseError);
}

}  // namespace
