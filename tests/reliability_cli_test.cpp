// Tests of `mlsysim reliability`: the JSON against the hand calculations of
// tests/reliability_test.cpp and the Llama 3 paper's Table 5, every output format, and bad input.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "cli_runner.hpp"

namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using json = nlohmann::json;
using cli_runner::mlsysim;

double rel(double got, double want) { return std::abs(got - want) / std::abs(want); }

const std::string kFsxRun =
    "reliability Frontier_8K --model Llama3_70B --tp 8 --pp 4 --checkpoint-tier "
    "FSxLustre_P2_1000 --capacity \"100 TiB\"";

TEST(CliReliability, Llama70BOnEightThousandH100sToFsxMatchesTheHandCalculation) {
  // tests/reliability_test.cpp, CheckpointPlan.Llama70BOnEightThousandH100sToFsx: 987.75 GB at
  // 100 GB/s = 9.8775 s; 419 / 108 = 3.8796 interruptions per day; goodput 0.92690.
  const auto r = mlsysim(kFsxRun + " --format json");
  ASSERT_EQ(r.code, 0) << r.err;
  const auto j = json::parse(r.out);
  EXPECT_EQ(j["setting"]["dp"].get<int>(), 256);
  EXPECT_EQ(j["checkpoint"]["total"]["unit"], "GB");
  EXPECT_LT(rel(j["checkpoint"]["total"]["value"].get<double>(), 987.751890944), 1e-9);
  EXPECT_EQ(j["storage"]["basis"], "per_TiB");
  EXPECT_LT(rel(j["storage"]["write_bandwidth"]["value"].get<double>(), 100.0), 1e-12);
  EXPECT_LT(rel(j["storage"]["write_time"]["value"].get<double>(), 9.87751890944), 1e-9);
  EXPECT_LT(rel(j["interruptions"]["per_day"].get<double>(), 419.0 / 108.0), 1e-12);
  EXPECT_NEAR(j["interruptions"]["goodput"].get<double>(), 0.926895, 1e-6);
  EXPECT_EQ(j["classes"].size(), 18U);
  EXPECT_EQ(j["classes"][0]["class"], "gpu");
  EXPECT_EQ(j["classes"][0]["count"].get<int>(), 148);
}

TEST(CliReliability, TheStudysOwnFleetForItsOwnDaysGives419Interruptions) {
  // An overlay fleet of 2,048 DGX H100 = 16,384 H100, as in the Llama 3 paper; 54 days.
  const std::string dir = ::testing::TempDir() + "mlsysim-rel-cli-" + std::to_string(::getpid());
  std::filesystem::create_directories(dir + "/systems/clusters");
  std::ofstream(dir + "/sources.json")
      << R"({"lab-llama3": {"kind": "convention", "title": "Llama 3 setting", "verified": "2026-11-29"}})";
  std::ofstream(dir + "/systems/clusters/Llama3_16K.json") << R"({
    "kind": "fleet", "key": "Llama3_16K", "name": "16,384 H100", "node": "Systems.Nodes.DGX_H100",
    "count": 2048, "fabric": "Systems.Fabrics.InfiniBand_NDR", "source": "lab-llama3"})";
  const auto r = mlsysim("--catalog " + dir +
                         " reliability Llama3_16K --model Llama3_405B --tp 8 --pp 16 --days 54 "
                         "--checkpoint-tier Samsung_PM1743 --format json");
  std::filesystem::remove_all(dir);
  ASSERT_EQ(r.code, 0) << r.err;
  const auto j = json::parse(r.out);
  EXPECT_LT(rel(j["interruptions"]["expected"].get<double>(), 419.0), 1e-12);
  EXPECT_LT(rel(j["interruptions"]["per_day"].get<double>(), 7.759259), 1e-6);
  // Faulty GPU: 148 / (16,384 x 1,296 h) = 6.970e-6 per GPU-hour.
  EXPECT_LT(rel(j["classes"][0]["rate"]["value"].get<double>(), 6.970064e-6), 1e-6);
}

TEST(CliReliability, EveryFormatRendersAndTextEchoesTheAssumptions) {
  const auto text = mlsysim(kFsxRun);
  ASSERT_EQ(text.code, 0) << text.err;
  EXPECT_THAT(text.out, HasSubstr("Goodput at Daly's interval"));
  EXPECT_THAT(text.out, HasSubstr("switch/cable included"));
  EXPECT_THAT(text.out, HasSubstr("restart overhead"));
  const auto csv = mlsysim(kFsxRun + " --format csv");
  ASSERT_EQ(csv.code, 0) << csv.err;
  EXPECT_THAT(csv.out, HasSubstr("Network Switch/Cable"));
  const auto md = mlsysim(kFsxRun + " --format markdown");
  ASSERT_EQ(md.code, 0) << md.err;
  EXPECT_THAT(md.out, HasSubstr("| gpu |"));
  EXPECT_THAT(md.out, Not(HasSubstr("| nan")));  // "Maintenance" contains "nan"
  EXPECT_THAT(md.out, Not(HasSubstr("NaN")));
}

TEST(CliReliability, BadInputExitsOneNamingTheFlag) {
  const auto no_capacity =
      mlsysim("reliability Frontier_8K --model Llama3_70B --checkpoint-tier FSxLustre_P2_1000");
  EXPECT_EQ(no_capacity.code, 1);
  EXPECT_THAT(no_capacity.err, HasSubstr("--capacity"));
  const auto rate = mlsysim(
      "reliability Frontier_8K --model Llama3_70B --checkpoint-tier FSxLustre_P2_1000 "
      "--capacity \"10 GB/s\"");
  EXPECT_EQ(rate.code, 1);
  EXPECT_THAT(rate.err, HasSubstr("capacity"));
  const auto no_requests =
      mlsysim("reliability Frontier_8K --model Llama3_70B --checkpoint-tier S3_PerRequest");
  EXPECT_EQ(no_requests.code, 1);
  EXPECT_THAT(no_requests.err, HasSubstr("--concurrency"));
  const auto dp = mlsysim(
      "reliability Frontier_8K --model Llama3_70B --tp 8 --dp 3 --checkpoint-tier "
      "Samsung_PM1743");
  EXPECT_EQ(dp.code, 1);
  EXPECT_THAT(dp.err, HasSubstr("is not the fleet's 8192 accelerators"));
  const auto tier =
      mlsysim("reliability Frontier_8K --model Llama3_70B --checkpoint-tier Llama3_70B");
  EXPECT_EQ(tier.code, 1);
  EXPECT_THAT(tier.err, HasSubstr("not a storage tier"));
  const auto overhead = mlsysim(
      "reliability Frontier_8K --model Llama3_70B --checkpoint-tier Samsung_PM1743 "
      "--restart-overhead \"5 GB\"");
  EXPECT_EQ(overhead.code, 1);
  EXPECT_THAT(overhead.err, HasSubstr("restart-overhead"));
}

TEST(CliReliability, ZooListsStorageTiersAndStudiesWithTheirFigures) {
  // AWS FSx for Lustre: PERSISTENT_2 SSD at 1000 MB/s per TiB, read and write; Llama 3 paper,
  // Table 5: 419 unexpected interruptions, 16,384 GPUs on 2,048 hosts, 54 days.
  const auto r = mlsysim("zoo infra --format json");
  ASSERT_EQ(r.code, 0) << r.err;
  std::map<std::string, std::string> summary;
  const json j = json::parse(r.out);  // named: a range-for over a temporary's member dangles
  for (const auto& e : j["entries"]) {
    summary[e["path"].get<std::string>()] = e["summary"].get<std::string>();
  }
  EXPECT_EQ(summary["Infra.Storage.FSxLustre_P2_1000"],
            "parallel_fs: read 1000 MB/s, write 1000 MB/s per_TiB");
  EXPECT_EQ(summary["Infra.Reliability.Llama3_405B_54d"],
            "419 interruptions, 16384 accelerators on 2048 hosts, 54 day");
}

}  // namespace
