// Tests of the scaling-law solver (mlsysim/solvers/scaling.hpp) against Hoffmann et al. 2022
// ("Training Compute-Optimal Large Language Models", arXiv:2203.15556) and hand calculations.
#include "mlsysim/solvers/scaling.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>

#include "mlsysim/mlsysim.hpp"

namespace {

using namespace mlsysim;
using namespace mlsysim::solvers;
using ::testing::DoubleNear;
using ::testing::HasSubstr;
using ::testing::ThrowsMessage;

double rel(double got, double want) { return std::abs(got - want) / want; }

TEST(ComputeOptimal, GophersBudgetGivesChinchillaSeventyBillionOnOnePointFourTrillionTokens) {
  // Chinchilla (70B, 1.4T tokens) was trained with the same compute as Gopher, 5.76e23 FLOP
  // (Hoffmann et al. 2022, section 4 and Table 3). At 20 tokens per parameter:
  // N = sqrt(5.76e23 / 120) = 6.928e10, D = 1.386e12.
  const auto r = compute_optimal(Quantity(5.76e23, "FLOP"));
  EXPECT_LT(rel(r.parameters, 70e9), 0.015);
  EXPECT_LT(rel(r.tokens, 1.4e12), 0.015);
  EXPECT_LT(rel(r.parameters, 6.928203e10), 1e-6);
  EXPECT_DOUBLE_EQ(r.tokens_per_parameter, 20.0);
  EXPECT_LT(rel(6 * r.parameters * r.tokens, 5.76e23), 1e-12);
}

TEST(ComputeOptimal, TheParametricFitGrowsParametersAsCToThePointFourSix) {
  // Hoffmann et al. Table 2, approach 3: N_opt ~ C^0.46, D_opt ~ C^0.54. With the rounded
  // coefficients of eq. 10 the exponent is beta / (alpha + beta) = 0.28 / 0.62 = 0.4516.
  ScalingOptions o;
  o.method = ScalingMethod::parametric;
  const auto small = compute_optimal(Quantity(1e23, "FLOP"), o);
  const auto big = compute_optimal(Quantity(1e24, "FLOP"), o);
  const double a = std::log10(big.parameters / small.parameters);
  const double b = std::log10(big.tokens / small.tokens);
  EXPECT_THAT(a, DoubleNear(0.46, 0.01));
  EXPECT_THAT(b, DoubleNear(0.54, 0.01));
  EXPECT_NEAR(a + b, 1.0, 1e-9);  // N D = C / 6 at every budget
}

TEST(ComputeOptimal, TheParametricOptimumMatchesTheHandCalculation) {
  // G = (0.34 x 406.4 / (0.28 x 410.7))^(1/0.62) = 1.201573^1.612903 = 1.344711;
  // C/6 = 9.6e22; N = G x 9.6e22^0.451613 = 3.21899e10; D = 9.6e22^0.548387 / G = 2.98231e12.
  ScalingOptions o;
  o.method = ScalingMethod::parametric;
  const auto r = compute_optimal(Quantity(5.76e23, "FLOP"), o);
  EXPECT_LT(rel(r.parameters, 3.21899e10), 1e-5);
  EXPECT_LT(rel(r.tokens, 2.98231e12), 1e-5);
  // The parametric optimum has a lower predicted loss than the 20-tokens-per-parameter split.
  EXPECT_LT(r.loss, compute_optimal(Quantity(5.76e23, "FLOP")).loss);
}

TEST(ChinchillaLoss, SeventyBillionOnOnePointFourTrillionIsOnePointNineFourNats) {
  // 1.69 + 406.4 / (7e10)^0.34 + 410.7 / (1.4e12)^0.28 = 1.69 + 0.0829 + 0.1637 = 1.9366.
  EXPECT_NEAR(chinchilla_loss(70e9, 1.4e12), 1.93665, 1e-4);
}

TEST(ComputeOptimal, ForParametersInvertsTheBudget) {
  // 70B at 20 tokens per parameter: D = 1.4e12, C = 6 x 7e10 x 1.4e12 = 5.88e23.
  const auto r = compute_optimal_for_parameters(70e9);
  EXPECT_DOUBLE_EQ(r.tokens, 1.4e12);
  EXPECT_LT(rel(r.flops.in("FLOP"), 5.88e23), 1e-12);
  ScalingOptions o;
  o.method = ScalingMethod::parametric;
  const auto p = compute_optimal_for_parameters(3.21899e10, o);
  EXPECT_LT(rel(p.flops.in("FLOP"), 5.76e23), 1e-4);  // the hand calculation above, inverted
}

TEST(ComputeOptimal, ABudgetThatIsNotWorkOrNotPositiveIsRefused) {
  EXPECT_THROW((void)compute_optimal(Quantity(1e24, "FLOP/s")), DimensionalityError);
  EXPECT_THAT([] { (void)compute_optimal(Quantity(0, "FLOP")); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("flops")));
  ScalingOptions o;
  o.tokens_per_parameter = -1;
  EXPECT_THAT([&] { (void)compute_optimal(Quantity(1e24, "FLOP"), o); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("tokens_per_parameter")));
}

TEST(TrainComputeOptimal, TimeEnergyCarbonAndCostOnEightThousandH100sInTexas) {
  // 1e24 FLOP on Frontier_8K (1024 x DGX_H100 = 8192 H100 at 989.4 TFLOP/s dense BF16) at MFU
  // 0.4: t = 1e24 / (8192 x 989.4e12 x 0.4) = 308,445 s = 3.570 days.
  // Power: DGX H100 system power 10.2 kW / 8 = 1275 W per GPU; IT energy = 8192 x 1275 W x t
  // = 894,903 kWh; x PUE 1.56 (default, no datacenter) = 1,396,048 kWh;
  // carbon x 394 gCO2e/kWh (Texas) = 550.04 t; energy cost x 0.066 USD/kWh = 92,139 USD.
  ScalingRunOptions o;
  o.footprint.grid = &catalog().get<GridProfile>("Texas");
  const auto opt = compute_optimal(Quantity(1e24, "FLOP"));
  const auto r = train_compute_optimal(opt, catalog().get<Fleet>("Frontier_8K"), o);
  EXPECT_EQ(r.accelerators, 8192);
  EXPECT_LT(rel(r.time.in("day"), 3.569969), 1e-5);
  EXPECT_LT(rel(r.footprint.it_energy.in("kWh"), 894903), 1e-5);
  EXPECT_LT(rel(r.footprint.facility_energy.in("kWh"), 1396048), 1e-5);
  EXPECT_LT(rel(r.footprint.operational_carbon.in("t"), 550.043), 1e-5);
  ASSERT_TRUE(r.cost.has_value());
  EXPECT_LT(rel(r.cost->energy.in("USD"), 92139.2), 1e-5);
  EXPECT_THAT(r.assumptions, testing::Contains(HasSubstr("MFU 0.40")));
}

TEST(TrainComputeOptimal, NoPriceLeavesTheCostUnsetAndABadMfuIsRefused) {
  ScalingRunOptions o;
  o.footprint.grid = &catalog().get<GridProfile>("Quebec");  // no electricity price
  const auto opt = compute_optimal(Quantity(1e23, "FLOP"));
  const auto& fleet = catalog().get<Fleet>("Frontier_8K");
  EXPECT_FALSE(train_compute_optimal(opt, fleet, o).cost.has_value());
  o.mfu = 1.5;
  EXPECT_THAT([&] { (void)train_compute_optimal(opt, fleet, o); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("mfu")));
}

}  // namespace
