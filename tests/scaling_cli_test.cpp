// Tests of `mlsysim scaling`: the compute-optimal split and the training run in JSON against
// Hoffmann et al. 2022 and hand calculations (tests/scaling_test.cpp), and bad input.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <nlohmann/json.hpp>
#include <string>

#include "cli_runner.hpp"

namespace {

using ::testing::HasSubstr;
using json = nlohmann::json;
using cli_runner::mlsysim;

double rel(double got, double want) { return std::abs(got - want) / want; }

TEST(CliScaling, GophersBudgetIsChinchillaSized) {
  // 5.76e23 FLOP (Gopher's and Chinchilla's budget): N = sqrt(5.76e23 / 120) = 6.928e10
  // (Chinchilla: 70B), D = 20 N = 1.386e12 (Chinchilla: 1.4T).
  const auto r = mlsysim("scaling --flops 5.76e23 --format json");
  ASSERT_EQ(r.code, 0) << r.err;
  const auto j = json::parse(r.out);
  EXPECT_LT(rel(j["optimum"]["parameters"].get<double>(), 6.928203e10), 1e-6);
  EXPECT_LT(rel(j["optimum"]["tokens"].get<double>(), 1.385641e12), 1e-6);
  EXPECT_EQ(j["optimum"]["flops"]["unit"], "FLOP");
}

TEST(CliScaling, ARunOnAFleetReportsTimeCarbonAndCost) {
  // Hand calculation in tests/scaling_test.cpp: 3.570 days, 550.04 tCO2e, 92,139 USD energy.
  const auto r = mlsysim("scaling --flops \"1e24 FLOP\" --fleet Frontier_8K --grid Texas -f json");
  ASSERT_EQ(r.code, 0) << r.err;
  const auto j = json::parse(r.out);
  EXPECT_EQ(j["training"]["accelerators"].get<int>(), 8192);
  EXPECT_EQ(j["training"]["time"]["unit"], "day");
  EXPECT_LT(rel(j["training"]["time"]["value"].get<double>(), 3.569969), 1e-5);
  EXPECT_EQ(j["footprint"]["operational_carbon"]["unit"], "tCO2e");
  EXPECT_LT(rel(j["footprint"]["operational_carbon"]["value"].get<double>(), 550.043), 1e-4);
  EXPECT_LT(rel(j["cost"]["energy"]["value"].get<double>(), 92139.2), 1e-5);
}

TEST(CliScaling, ParamsGiveTheBudgetThatMakesThemOptimal) {
  // 70B x 20 tokens = 1.4T tokens; C = 6 x 7e10 x 1.4e12 = 5.88e23 FLOP.
  const auto r = mlsysim("scaling --params 70e9 --format json");
  ASSERT_EQ(r.code, 0) << r.err;
  const auto j = json::parse(r.out);
  EXPECT_LT(rel(j["optimum"]["flops"]["value"].get<double>(), 5.88e23), 1e-9);
}

TEST(CliScaling, BadInputExitsOneWithTheReason) {
  const auto both = mlsysim("scaling --flops 1e24 --params 7e10");
  EXPECT_EQ(both.code, 1);
  EXPECT_THAT(both.err, HasSubstr("exactly one of --flops and --params"));
  const auto rate = mlsysim("scaling --flops \"1e24 FLOP/s\"");
  EXPECT_EQ(rate.code, 1);
  EXPECT_THAT(rate.err, HasSubstr("FLOP/s"));
  const auto grid = mlsysim("scaling --flops 1e24 --grid Texas");
  EXPECT_EQ(grid.code, 1);
  EXPECT_THAT(grid.err, HasSubstr("need --fleet"));
}

}  // namespace
