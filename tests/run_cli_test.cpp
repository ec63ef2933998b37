// Tests of `mlsysim run scenario.json`: the exit code says whether every assertion held (0),
// one failed (2) or the file is malformed (1, naming the file, the evaluation and the field).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "cli_runner.hpp"

namespace {

using ::testing::HasSubstr;
using json = nlohmann::json;
using cli_runner::mlsysim;

std::string scenario(const std::string& name) {
  return std::string(MLSYSIM_SOURCE_DIR) + "/tests/data/scenarios/" + name;
}

TEST(CliRun, APlanWhoseAssertionsHoldExitsZero) {
  const auto r = mlsysim("run " + scenario("plan.json") + " --format json");
  ASSERT_EQ(r.code, 0) << r.err;
  const auto j = json::parse(r.out);
  ASSERT_EQ(j["evaluations"].size(), 3U);
  ASSERT_EQ(j["assertions"].size(), 6U);
  for (const auto& a : j["assertions"]) EXPECT_TRUE(a["passed"].get<bool>()) << a.dump();
}

TEST(CliRun, TheScenarioReportsTheSameNumbersAsTheCommand) {
  const auto direct = mlsysim("serve Llama3_8B H100 --batch 1 --format json");
  ASSERT_EQ(direct.code, 0) << direct.err;
  const double tpot_ms = json::parse(direct.out)["serving"]["tpot"]["value"].get<double>();
  const auto r = mlsysim("run " + scenario("failing.json") + " --format json");
  const auto j = json::parse(r.out);
  EXPECT_DOUBLE_EQ(j["assertions"][0]["actual"]["value"].get<double>(), tpot_ms);
}

TEST(CliRun, TheScenarioCatalogIsAnOverlayRelativeToTheFile) {
  // LabAccel exists only in tests/data/overlay; the scenario names it as "../overlay".
  const auto direct = mlsysim("--catalog " + std::string(MLSYSIM_SOURCE_DIR) +
                              "/tests/data/overlay serve Llama3_8B LabAccel --format json");
  ASSERT_EQ(direct.code, 0) << direct.err;
  const auto r = mlsysim("run " + scenario("overlay.json") + " --format json");
  ASSERT_EQ(r.code, 0) << r.err;
  const auto j = json::parse(r.out);
  EXPECT_DOUBLE_EQ(j["assertions"][1]["actual"]["value"].get<double>(),
                   json::parse(direct.out)["serving"]["tpot"]["value"].get<double>());
}

TEST(CliRun, AFailedAssertionExitsTwo) {
  // Llama 3 8B's TPOT on one H100 cannot be below the time to read its bf16 weights once:
  // 8.03e9 x 2 B / 3.35 TB/s = 4.79 ms, so "tpot < 1 ms" fails and "tpot > 4.7 ms" holds.
  const auto r = mlsysim("run " + scenario("failing.json") + " --format json");
  EXPECT_EQ(r.code, 2) << r.err;
  const auto j = json::parse(r.out);
  EXPECT_FALSE(j["assertions"][0]["passed"].get<bool>());
  EXPECT_TRUE(j["assertions"][1]["passed"].get<bool>());
  EXPECT_EQ(j["assertions"][0]["actual"]["unit"], "ms");
}

TEST(CliRun, AMalformedFileExitsOneNamingEveryProblem) {
  const auto r = mlsysim("run " + scenario("malformed.json"));
  EXPECT_EQ(r.code, 1);
  EXPECT_THAT(r.err, HasSubstr("malformed.json: /evaluations/0 ('a')/kind: expected one of"));
  EXPECT_THAT(r.err, HasSubstr("/evaluations/1 ('b')/model: missing"));
  EXPECT_THAT(r.err, HasSubstr("/evaluations/1 ('b')/assert/0"));
  EXPECT_THAT(r.err, HasSubstr("'b' repeats"));
  EXPECT_THAT(r.err, HasSubstr("/Bad-Key: not an option"));
  EXPECT_TRUE(r.out.empty());
}

TEST(CliRun, ADimensionMismatchExitsOneNamingTheAssertion) {
  const auto r = mlsysim("run " + scenario("dimension_mismatch.json"));
  EXPECT_EQ(r.code, 1);
  EXPECT_THAT(r.err, HasSubstr("/evaluations/0 ('serve-8b')/assert/0: 'tpot < 50 GB'"));
  EXPECT_THAT(r.err, HasSubstr("[time]"));
}

TEST(CliRun, AnUnknownMetricListsTheAvailableOnes) {
  const auto r = mlsysim("run " + scenario("unknown_metric.json"));
  EXPECT_EQ(r.code, 1);
  EXPECT_THAT(r.err, HasSubstr("no metric 'tbt'"));
  EXPECT_THAT(r.err, HasSubstr("serving.tpot"));
}

TEST(CliRun, ACommandErrorNamesTheEvaluation) {
  const auto r = mlsysim("run " + scenario("unknown_model.json"));
  EXPECT_EQ(r.code, 1);
  EXPECT_THAT(r.err, HasSubstr("('serve-x'): 'mlsysim serve' failed (exit 1)"));
  EXPECT_THAT(r.err, HasSubstr("Llama9_8B"));
}

}  // namespace
