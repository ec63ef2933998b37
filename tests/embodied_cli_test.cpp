// `--embodied-beyond-die` on `mlsysim footprint` and `mlsysim train` (issue 12 item 8): the parts
// of the embodied carbon (die, memory, server) against a hand calculation, and the catalog
// partition and switch kinds in `zoo` and `show`.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "cli_runner.hpp"

namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using json = nlohmann::json;

using cli_runner::mlsysim;

/// A mass in tonnes of CO2e; fails the test for a unit it does not know.
double tonnes(const json& q) {
  static const std::map<std::string, double> kScale{
      {"t", 1.0}, {"tCO2e", 1.0}, {"kg", 1e-3}, {"kgCO2e", 1e-3}};
  const auto it = kScale.find(q.at("unit").get<std::string>());
  if (it == kScale.end()) {
    ADD_FAILURE() << "unexpected unit " << q.at("unit");
    return 0.0;
  }
  return q.at("value").get<double>() * it->second;
}

// Lab_64_H100: 8 DGX H100 nodes x 8 H100 (catalog). One Julian year (365.25 days) of a 5-year
// service life is a share of 0.2 (LLMCarbon's lifespan, docs/embodied-carbon.md).
//   die:    64 x 14.652 kg (H100, LLMCarbon die-only) x 0.2                 = 187.5456 kg
//   memory: 64 x 80 GiB (85.899346 GB) x 0.4 kg/GB x 0.2                    = 439.80465 kg
//   server: 8 x (148.2 kg + 2 TB host DRAM = 2000 GB x 0.4 kg/GB) x 0.2     = 1517.12 kg
//   total embodied                                                           = 2144.47025 kg
constexpr double kDie = 0.1875456;
constexpr double kMemory = 64 * 85.89934592 * 0.4 * 0.2 / 1000.0;
constexpr double kServer = 1.51712;

TEST(CliEmbodied, FootprintReportsEachPartAgainstAHandCalculation) {
  const auto r = mlsysim(
      "footprint Lab_64_H100 --days 365.25 --grid Quebec --embodied-beyond-die --format json");
  ASSERT_EQ(r.code, 0) << r.err;
  const auto doc = json::parse(r.out);
  const auto& f = doc.at("footprint");
  EXPECT_NEAR(tonnes(f.at("embodied_die")), kDie, 1e-9);
  EXPECT_NEAR(tonnes(f.at("embodied_memory")), kMemory, 1e-9);
  EXPECT_NEAR(tonnes(f.at("embodied_server")), kServer, 1e-9);
  EXPECT_NEAR(tonnes(f.at("embodied_carbon")), kDie + kMemory + kServer, 1e-9);
  EXPECT_NEAR(tonnes(f.at("total_carbon")),
              tonnes(f.at("operational_carbon")) + kDie + kMemory + kServer, 1e-9);
  EXPECT_THAT(r.out, HasSubstr("0.4 kgCO2e/GB, 148.2 kgCO2e per server"));
}

TEST(CliEmbodied, FootprintWithoutTheFlagKeepsTheDieAloneAndNoParts) {
  const auto r = mlsysim("footprint Lab_64_H100 --days 365.25 --grid Quebec --format json");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_THAT(r.out, Not(HasSubstr("embodied_memory")));
  const json doc = json::parse(r.out);
  const auto& f = doc.at("footprint");
  EXPECT_NEAR(tonnes(f.at("embodied_carbon")), kDie, 1e-9);
}

TEST(CliEmbodied, FootprintTextShowsThePartsBesideOperationalCarbon) {
  const auto r = mlsysim("footprint Lab_64_H100 --days 365.25 --grid Quebec --embodied-beyond-die");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("Operational carbon"));
  EXPECT_THAT(r.out, HasSubstr("Embodied: accelerator memory"));
  EXPECT_THAT(r.out, HasSubstr("Embodied: servers (board, host DRAM)"));
}

TEST(CliEmbodied, TrainReportsThePartsInTheirHandCalculatedProportions) {
  const auto r = mlsysim(
      "train Llama3_8B Lab_64_H100 --tp 8 --tokens 1e11 --grid Quebec --embodied-beyond-die "
      "--format json");
  ASSERT_EQ(r.code, 0) << r.err;
  const json doc = json::parse(r.out);
  const auto& f = doc.at("footprint");
  const double die = tonnes(f.at("embodied_die"));
  ASSERT_GT(die, 0.0);
  // The run's share of the life cancels: memory/die = 85.899346 x 0.4 / 14.652 = 2.345055,
  // server/die = 8 x 948.2 / (64 x 14.652) = 8.089340.
  EXPECT_NEAR(tonnes(f.at("embodied_memory")) / die, 85.89934592 * 0.4 / 14.652, 1e-9);
  EXPECT_NEAR(tonnes(f.at("embodied_server")) / die, 8 * 948.2 / (64 * 14.652), 1e-9);
}

TEST(CliEmbodied, TrainRefusesTheFlagWithoutASite) {
  const auto r = mlsysim("train Llama3_8B Lab_64_H100 --tp 8 --embodied-beyond-die");
  EXPECT_EQ(r.code, 1);
  EXPECT_THAT(r.err, HasSubstr("--embodied-beyond-die"));
}

TEST(CliCatalogKinds, ZooListsPartitionsAndSwitches) {
  const auto p = mlsysim("zoo hardware --tier partitions");
  ASSERT_EQ(p.code, 0) << p.err;
  EXPECT_THAT(p.out, HasSubstr("A100_MIG_3g_40gb"));
  EXPECT_THAT(p.out, HasSubstr("3g.40gb of A100: 3/7 compute, 4/8 memory"));
  const auto s = mlsysim("zoo systems --tier Systems.Switches");
  ASSERT_EQ(s.code, 0) << s.err;
  EXPECT_THAT(s.out, HasSubstr("Systems.Switches.QM9700"));
  EXPECT_THAT(s.out, HasSubstr("64 x 400 Gb/s"));
}

TEST(CliCatalogKinds, ShowPrintsAPartitionAndASwitch) {
  const auto p = mlsysim("show A100_MIG_3g_40gb");
  ASSERT_EQ(p.code, 0) << p.err;
  EXPECT_THAT(p.out, HasSubstr("3g.40gb"));
  const auto s = mlsysim("show Tomahawk5");
  ASSERT_EQ(s.code, 0) << s.err;
  EXPECT_THAT(s.out, HasSubstr("estimate"));
}

}  // namespace
