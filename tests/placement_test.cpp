// Tests of the placement solver (mlsysim/solvers/placement.hpp): rankings by cost, carbon and
// cost with a carbon price, against hand calculations on catalog grid figures.
#include "mlsysim/solvers/placement.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "mlsysim/mlsysim.hpp"

namespace {

using namespace mlsysim;
using namespace mlsysim::solvers;
using ::testing::HasSubstr;
using ::testing::ThrowsMessage;

double rel(double got, double want) { return std::abs(got - want) / want; }

// Frontier_8K for 30 days at full load: 8192 GPUs x 1275 W (DGX H100 10.2 kW / 8) x 720 h =
// 7,520,256 kWh IT; x PUE 1.56 (default for a bare grid) = 11,731,599 kWh facility energy.
// Grids (catalog, Electricity Maps 2023 and EIA 2023 industrial prices):
//   Texas      394 gCO2e/kWh, 0.066  USD/kWh -> 774,286 USD, 4,622.25 t
//   Washington 123 gCO2e/kWh, 0.0635 USD/kWh -> 744,957 USD, 1,442.99 t
//   New_York   286 gCO2e/kWh, 0.0687 USD/kWh -> 805,961 USD, 3,355.24 t
//   Quebec      31 gCO2e/kWh, no price       ->      -    ,   363.68 t
std::vector<Site> sites() {
  const auto& c = catalog();
  return {{&c.get<GridProfile>("Texas"), nullptr},
          {&c.get<GridProfile>("Washington"), nullptr},
          {&c.get<GridProfile>("New_York"), nullptr},
          {&c.get<GridProfile>("Quebec"), nullptr}};
}

PlacementOptions month(PlacementObjective objective) {
  PlacementOptions o;
  o.duration = Quantity(30, "day");
  o.objective = objective;
  return o;
}

TEST(Placement, ByCostTheCheapestPowerWinsAndUnpricedSitesAreUnranked) {
  const auto r =
      place(catalog().get<Fleet>("Frontier_8K"), sites(), month(PlacementObjective::cost));
  ASSERT_EQ(r.size(), 4U);
  EXPECT_EQ(r[0].name, "Washington");
  EXPECT_LT(rel(r[0].energy_cost->in("USD"), 744956.6), 1e-6);
  EXPECT_EQ(r[1].name, "Texas");
  EXPECT_LT(rel(r[1].energy_cost->in("USD"), 774285.6), 1e-6);
  EXPECT_EQ(r[2].name, "New_York");
  EXPECT_EQ(r[3].name, "Quebec");
  EXPECT_EQ(r[3].rank, 0);
  EXPECT_FALSE(r[3].objective.has_value());
}

TEST(Placement, ByCarbonTheCleanestGridWins) {
  const auto r =
      place(catalog().get<Fleet>("Frontier_8K"), sites(), month(PlacementObjective::carbon));
  EXPECT_EQ(r[0].name, "Quebec");
  EXPECT_LT(rel(r[0].footprint.operational_carbon.in("t"), 363.680), 1e-5);
  EXPECT_EQ(r[1].name, "Washington");
  EXPECT_EQ(r[2].name, "New_York");
  EXPECT_EQ(r[3].name, "Texas");
  EXPECT_LT(rel(r[3].footprint.operational_carbon.in("t"), 4622.25), 1e-5);
  EXPECT_EQ(r[3].rank, 4);
}

TEST(Placement, ACarbonPriceAboveTheBreakEvenMovesNewYorkAheadOfTexas) {
  // Texas is 0.0027 USD/kWh cheaper and 0.108 kgCO2e/kWh dirtier than New York: the carbon
  // price at which they tie is 0.0027 / 0.000108 = 25 USD/tCO2e.
  const auto& fleet = catalog().get<Fleet>("Frontier_8K");
  auto o = month(PlacementObjective::cost_with_carbon_price);
  auto position = [&](const std::vector<Placement>& r, const char* name) {
    return std::find_if(r.begin(), r.end(), [&](const Placement& p) { return p.name == name; }) -
           r.begin();
  };
  o.carbon_price = Quantity(10, "USD/t");
  const auto low = place(fleet, sites(), o);
  EXPECT_LT(position(low, "Texas"), position(low, "New_York"));
  // 774,285.6 + 4,622.25 t x 10 USD/t = 820,508.1 USD.
  EXPECT_LT(
      rel(low[static_cast<std::size_t>(position(low, "Texas"))].objective->in("USD"), 820508.06),
      1e-6);
  o.carbon_price = Quantity(100, "USD/t");
  const auto high = place(fleet, sites(), o);
  EXPECT_LT(position(high, "New_York"), position(high, "Texas"));
  EXPECT_EQ(high[0].name, "Washington");  // 744,956.6 + 144,298.7 = 889,255.2 USD
  EXPECT_LT(rel(high[0].objective->in("USD"), 889255.23), 1e-6);
}

TEST(Placement, ADatacenterSiteUsesItsOwnPue) {
  // Google_Fleet: PUE 1.10 on US_Average: facility energy 7,520,256 x 1.10 = 8,272,282 kWh.
  const std::vector<Site> s{{nullptr, &catalog().get<Datacenter>("Google_Fleet")}};
  const auto r = place(catalog().get<Fleet>("Frontier_8K"), s, month(PlacementObjective::carbon));
  EXPECT_EQ(r[0].name, "Google_Fleet");
  EXPECT_LT(rel(r[0].footprint.facility_energy.in("kWh"), 8272281.6), 1e-6);
}

TEST(Placement, ACarbonPriceObjectiveNeedsAPriceOfTheRightDimension) {
  const auto& fleet = catalog().get<Fleet>("Frontier_8K");
  auto o = month(PlacementObjective::cost_with_carbon_price);
  EXPECT_THAT([&] { (void)place(fleet, sites(), o); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("needs a carbon price")));
  o.carbon_price = Quantity(100, "USD/kWh");
  EXPECT_THROW((void)place(fleet, sites(), o), DimensionalityError);
  EXPECT_THAT([&] { (void)place(fleet, std::vector<Site>{}, o); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("no candidate site")));
}

}  // namespace
