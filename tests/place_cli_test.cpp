// Tests of `mlsysim place`: rankings in JSON against the hand calculations of
// tests/placement_test.cpp, training-run durations, and bad input.
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

TEST(CliPlace, AMonthOnFourGridsRanksWashingtonFirstByCost) {
  // Hand calculation (tests/placement_test.cpp): 11,731,599 kWh facility energy; Washington
  // 744,957 USD < Texas 774,286 < New York 805,961; Quebec has no price.
  const auto r =
      mlsysim("place Frontier_8K --days 30 --grids Texas,Washington,New_York,Quebec --format json");
  ASSERT_EQ(r.code, 0) << r.err;
  const auto j = json::parse(r.out);
  ASSERT_EQ(j["sites"].size(), 4U);
  EXPECT_EQ(j["sites"][0]["site"], "Washington");
  EXPECT_EQ(j["sites"][0]["energy_cost"]["unit"], "USD");
  EXPECT_LT(rel(j["sites"][0]["energy_cost"]["value"].get<double>(), 744956.6), 1e-6);
  EXPECT_EQ(j["sites"][1]["site"], "Texas");
  EXPECT_EQ(j["sites"][3]["site"], "Quebec");
  EXPECT_EQ(j["sites"][3]["rank"], "unranked");
}

TEST(CliPlace, ACarbonPriceAboveTwentyFiveDollarsPutsNewYorkBeforeTexas) {
  const auto r = mlsysim(
      "place Frontier_8K --days 30 --grids Texas,New_York --by cost+carbon --carbon-price \"100 "
      "USD/tCO2e\" --format json");
  ASSERT_EQ(r.code, 0) << r.err;
  const auto j = json::parse(r.out);
  EXPECT_EQ(j["sites"][0]["site"], "New_York");
  // 805,960.9 + 3,355.24 t x 100 = 1,141,484.6 USD.
  EXPECT_LT(rel(j["sites"][0]["objective"]["value"].get<double>(), 1141484.6), 1e-6);
}

TEST(CliPlace, ATrainingRunLastsCOverPeakTimesMfu) {
  // 1e24 FLOP at MFU 0.4 on 8192 H100s: 3.570 days (tests/scaling_test.cpp); IT energy
  // 894,903 kWh x 1.56 = 1,396,048 kWh; Texas at 0.066 USD/kWh: 92,139 USD.
  const auto r = mlsysim("place Frontier_8K --flops 1e24 --grids Texas --format json");
  ASSERT_EQ(r.code, 0) << r.err;
  const auto j = json::parse(r.out);
  EXPECT_LT(rel(j["sites"][0]["energy_cost"]["value"].get<double>(), 92139.2), 1e-5);
}

TEST(CliPlace, BadInputExitsOneAndNoPriceAnywhereExitsTwo) {
  const auto none = mlsysim("place Frontier_8K");
  EXPECT_EQ(none.code, 1);
  EXPECT_THAT(none.err, HasSubstr("exactly one of --days, --flops"));
  const auto cp = mlsysim("place Frontier_8K --days 30 --by cost+carbon");
  EXPECT_EQ(cp.code, 1);
  EXPECT_THAT(cp.err, HasSubstr("needs a carbon price"));
  const auto unpriced = mlsysim("place Frontier_8K --days 30 --grids Quebec,Norway");
  EXPECT_EQ(unpriced.code, 2);
}

}  // namespace
