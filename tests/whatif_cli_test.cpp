// Tests of the what-if commands of the mlsysim CLI: sensitivity, synthesize, fleet roofline and
// their plots (JSON checked against hand-derived relations, the plot files inspected).
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "cli_runner.hpp"

namespace {

using ::testing::HasSubstr;
using json = nlohmann::json;

using cli_runner::mlsysim;

double value(const json& q) { return q.at("value").get<double>(); }

/// The factor of `unit` in a table of known units; fails the test for any other unit.
double scale(const json& unit, const std::map<std::string, double>& known) {
  const auto it = known.find(unit.get<std::string>());
  if (it == known.end()) ADD_FAILURE() << "unexpected unit " << unit;
  return it == known.end() ? 0.0 : it->second;
}

const json& input(const json& rows, const std::string& key) {
  for (const auto& r : rows) {
    if (r["input"] == key) return r;
  }
  throw std::runtime_error("no input '" + key + "'");
}

std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::filesystem::path temp(const std::string& name) {
  return std::filesystem::temp_directory_path() /
         ("mlsysim-whatif-" + std::to_string(getpid()) + "-" + name);
}

/// Width and height from a PNG's IHDR chunk (bytes 16-23, big-endian).
std::pair<std::uint32_t, std::uint32_t> png_size(const std::string& bytes) {
  auto be = [&](std::size_t at) {
    std::uint32_t v = 0;
    for (std::size_t i = 0; i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(bytes[at + i]);
    return v;
  };
  return {be(16), be(20)};
}

TEST(CliSensitivity, TrainingElasticitiesAreRankedAndTokensPerSecondMirrorsStepTime) {
  const auto r = mlsysim("sensitivity train Llama3_70B Training_1K --tp 8 --pp 4 --format json");
  ASSERT_EQ(r.code, 0) << r.err;
  const auto j = json::parse(r.out);
  EXPECT_EQ(j["evaluation"]["ranked_by"], "step_time");
  const auto& rows = j["inputs"];
  // tokens/s = global batch x seq / step time, so its elasticity is exactly minus step time's.
  double last = 1e9;
  for (const auto& row : rows) {
    if (row["status"] != "computed") continue;
    const double e = row["e_step_time"].get<double>();
    EXPECT_NEAR(row["e_tokens_per_second"].get<double>(), -e, 1e-9) << row["input"];
    EXPECT_LE(std::abs(e), last + 1e-12) << "ranked by |e(step_time)|";
    last = std::abs(e);
  }
  // Training_1K's nodes have 400 Gb/s NICs on a 200 Gb/s HDR fabric: each NIC runs at the port's
  // 25 GB/s (min(NIC, port)), and the NIC at 0.95 x 50 = 47.5 GB/s is still above it, so the
  // NIC's elasticity is zero while the fabric port's is negative.
  EXPECT_EQ(input(rows, "nic_bandwidth")["status"], "zero");
  EXPECT_LT(input(rows, "fabric_bandwidth")["e_step_time"].get<double>(), 0.0);
  // Without --grid there is no cost or carbon metric.
  EXPECT_FALSE(j["evaluation"].contains("carbon_per_mtok"));
}

TEST(CliSensitivity, ASiteAddsCarbonWhoseElasticityToTheGridIsItsOperationalShare) {
  // Carbon per 1M tokens = operational (∝ intensity) + embodied (independent of it), so its
  // elasticity to the intensity is operational / total: in (0, 1], and equal to the elasticity
  // to PUE (both multiply only the operational part).
  const auto r =
      mlsysim("sensitivity train Llama3_70B Training_1K --tp 8 --pp 4 --grid Quebec --format json");
  ASSERT_EQ(r.code, 0) << r.err;
  const auto j = json::parse(r.out);
  const auto& rows = j["inputs"];
  const double ci = input(rows, "carbon_intensity")["e_carbon_per_mtok"].get<double>();
  EXPECT_GT(ci, 0.0);
  EXPECT_LE(ci, 1.0);
  EXPECT_NEAR(input(rows, "pue")["e_carbon_per_mtok"].get<double>(), ci, 1e-9);
  EXPECT_GT(value(j["evaluation"]["carbon_per_mtok"]), 0.0);
}

TEST(CliSensitivity, ServingRanksByTheChosenMetric) {
  const auto r = mlsysim("sensitivity serve Llama3_8B H100 --batch 8 --metric tpot --format json");
  ASSERT_EQ(r.code, 0) << r.err;
  const auto j = json::parse(r.out);
  EXPECT_EQ(j["evaluation"]["ranked_by"], "tpot");
  const auto& first = j["inputs"][0];
  // Batch-8 decode of an 8B model streams 16 GB of bf16 weights per step from HBM: memory
  // bandwidth must be the first lever, shortening TPOT (negative elasticity).
  EXPECT_EQ(first["input"], "memory_bandwidth");
  EXPECT_LT(first["e_tpot"].get<double>(), 0.0);
}

TEST(CliSensitivity, AConfigurationThatDoesNotFitExitsTwo) {
  // Llama 3 70B in bf16 is 141 GB of weights: one 80 GB H100 cannot hold it.
  const auto r = mlsysim("sensitivity serve Llama3_70B H100 --batch 1");
  EXPECT_EQ(r.code, 2);
  EXPECT_THAT(r.out, HasSubstr("does not fit"));
}

TEST(CliSensitivity, BadInputNamesTheFlag) {
  const auto a = mlsysim("sensitivity serve Llama3_8B H100 --metric cost_per_mtok");
  EXPECT_EQ(a.code, 1);
  EXPECT_THAT(a.err, HasSubstr("invalid argument '--metric': 'cost_per_mtok' is not one of"));
  EXPECT_THAT(a.err, HasSubstr("need --grid or --datacenter"));
  const auto b = mlsysim("sensitivity train Llama3_8B Training_1K --tp 3");
  EXPECT_EQ(b.code, 1);
  const auto c = mlsysim("plot sensitivity serve Llama3_8B H100 -o x.bmp");
  EXPECT_EQ(c.code, 1);
  EXPECT_THAT(c.err, HasSubstr("must end in .svg or .png"));
}

TEST(CliPlotSensitivity, TheSvgNamesEveryBarAndThePngHasTheLayoutsSize) {
  const auto svg = temp("tornado.svg");
  const auto r =
      mlsysim("plot sensitivity train Llama3_70B Training_1K --tp 8 --pp 4 --format json -o " +
              svg.string());
  ASSERT_EQ(r.code, 0) << r.err;
  const auto bars = json::parse(r.out)["bars"];
  ASSERT_FALSE(bars.empty());
  const std::string text = slurp(svg);
  EXPECT_THAT(text, HasSubstr("<svg"));
  EXPECT_THAT(text, HasSubstr("<title>What should I upgrade? Step time"));
  for (const auto& b : bars) {
    EXPECT_THAT(text, HasSubstr(b["input"].get<std::string>() + ":")) << b["input"];
  }
  std::filesystem::remove(svg);

  // PNG: the signature, 980 px wide, and 110 (header) + 80 (axis, footnote) + 26 px per bar high.
  const auto png = temp("tornado.png");
  const auto p = mlsysim(
      "plot sensitivity serve Llama3_8B H100 --batch 64 --top 3 --format json -o " + png.string());
  ASSERT_EQ(p.code, 0) << p.err;
  const std::size_t n = json::parse(p.out)["bars"].size();
  EXPECT_EQ(n, 3u);
  const std::string bytes = slurp(png);
  ASSERT_GT(bytes.size(), 24u);
  EXPECT_EQ(bytes.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
  const auto [w, h] = png_size(bytes);
  EXPECT_EQ(w, 980u);
  EXPECT_EQ(h, 110u + 80u + 26u * n);
  std::filesystem::remove(png);
}

TEST(CliSynthesize, AThroughputTargetIsTheStepTimeBatchOverRate) {
  // 400 tokens/s at batch 8 is one decode step per 8 / 400 = 20 ms: the same requirement as a
  // 20 ms TPOT.
  const auto a =
      mlsysim("synthesize Llama3_8B --tpot \"20 ms\" --batch 8 --context 4096 --format json");
  const auto b = mlsysim(
      "synthesize Llama3_8B --throughput \"400 tokens/s\" --batch 8 --context 4096 --format json");
  ASSERT_EQ(a.code, 0) << a.err;
  ASSERT_EQ(b.code, 0) << b.err;
  const auto ja = json::parse(a.out)["requirement"];
  const auto jb = json::parse(b.out)["requirement"];
  EXPECT_NEAR(value(jb["target"]), 20.0, 1e-9);
  EXPECT_NEAR(value(jb["bandwidth_alone"]), value(ja["bandwidth_alone"]), 1e-9);
  EXPECT_NEAR(value(jb["balanced_peak"]), value(ja["balanced_peak"]), 1e-9);
}

TEST(CliSynthesize, EveryQualifyingDeviceMeetsTheTargetAndNoneBelowTheNecessaryBandwidthDoes) {
  // bandwidth_alone is necessary: a device whose datasheet bandwidth is below it cannot stream
  // the step's bytes in time even with infinite compute, so it never qualifies.
  const auto r = mlsysim(
      "synthesize Llama3_8B --tpot \"20 ms\" --batch 8 --context 4096 --top 100 --format json");
  ASSERT_EQ(r.code, 0) << r.err;
  const auto j = json::parse(r.out);
  const auto bw_alone = j["requirement"]["bandwidth_alone"];
  ASSERT_EQ(bw_alone["unit"], "TB/s");
  int qualifying = 0;
  for (const auto& d : j["devices"]) {
    const auto& bw = d["bandwidth"];
    const double tbs = value(bw) * scale(bw["unit"], {{"PB/s", 1e3},
                                                      {"TB/s", 1.0},
                                                      {"GB/s", 1e-3},
                                                      {"MB/s", 1e-6},
                                                      {"GiB/s", 1.073741824e-3}});
    if (d["qualifies"].get<bool>()) {
      ++qualifying;
      EXPECT_TRUE(d["fits"].get<bool>());
      const auto& lat = d["latency"];
      EXPECT_LE(value(lat) * scale(lat["unit"], {{"s", 1e3}, {"ms", 1.0}, {"us", 1e-3}}),
                20.0 * (1 + 1e-12))
          << d["device"];
      EXPECT_GE(tbs, value(bw_alone)) << d["device"];
    }
  }
  EXPECT_GT(qualifying, 0);
}

TEST(CliSynthesize, NoQualifyingDeviceExitsTwoAndBadTargetsExitOne) {
  EXPECT_EQ(mlsysim("synthesize Llama3_8B --tpot \"1 us\" --devices H100").code, 2);
  const auto both = mlsysim("synthesize Llama3_8B --tpot \"20 ms\" --ttft \"1 s\"");
  EXPECT_EQ(both.code, 1);
  EXPECT_THAT(both.err, HasSubstr("give exactly one target"));
  const auto unit = mlsysim("synthesize Llama3_8B --tpot \"20 GB\"");
  EXPECT_EQ(unit.code, 1);
  EXPECT_THAT(
      unit.err,
      HasSubstr("'--tpot': expected a positive time such as '50 ms', got '20 GB' (dimension "
                "[information])"));
}

TEST(CliFleetRoofline, TheSharesOfAOneNodeRunAndThePlotsLabels) {
  // Training_1K nodes hold 8 GPUs: with tp 8 the tensor-parallel traffic stays on NVLink, and
  // pp 4 x dp 32 cross nodes; every ceiling carries some of the step.
  const auto r = mlsysim("fleet-roofline Llama3_70B Training_1K --tp 8 --pp 4 --format json");
  ASSERT_EQ(r.code, 0) << r.err;
  const auto j = json::parse(r.out);
  ASSERT_EQ(j["ceilings"].size(), 4u);
  for (const auto& c : j["ceilings"]) {
    EXPECT_GT(c["share"].get<double>(), 0.0) << c["ceiling"];
    EXPECT_LE(c["share"].get<double>(), 1.0) << c["ceiling"];
  }
  const auto svg = temp("fleet.svg");
  ASSERT_EQ(
      mlsysim("plot fleet-roofline Llama3_70B Training_1K --tp 8 --pp 4 -o " + svg.string()).code,
      0);
  const std::string text = slurp(svg);
  EXPECT_THAT(text, HasSubstr("<title>Fleet roofline: Llama3_70B on Training_1K"));
  // The H100's dense bf16 peak (989.4 TFLOP/s, datasheet) is the compute ceiling.
  EXPECT_THAT(text, HasSubstr("989.4 TFLOP/s"));
  for (const char* k :
       {"point step vs memory", "point step vs scale_up", "point step vs scale_out"})
    EXPECT_THAT(text, HasSubstr(k));
  std::filesystem::remove(svg);
  const auto png = temp("fleet.png");
  ASSERT_EQ(
      mlsysim("plot fleet-roofline Llama3_70B Training_1K --tp 8 --pp 4 -o " + png.string()).code,
      0);
  const std::string bytes = slurp(png);
  EXPECT_EQ(bytes.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
  EXPECT_EQ(png_size(bytes), (std::pair<std::uint32_t, std::uint32_t>{1080u, 640u}));
  std::filesystem::remove(png);
}

TEST(CliPlotPareto, FrontierPointsAreUndominatedAndThePlotNamesThem) {
  // Definition: a configuration is on the frontier when no other is at least as fast and at
  // least as cheap, and strictly better in one. Checked pairwise on the printed table.
  const auto png = temp("pareto.png");
  const auto r = mlsysim(
      "plot pareto Llama3_8B Training_1K --tokens 1e11 --grid US_Average --price \"0.08 "
      "USD/kWh\" --top 8 --format json -o " +
      png.string());
  ASSERT_EQ(r.code, 0) << r.err;
  const auto rows = json::parse(r.out)["configurations"];
  ASSERT_FALSE(rows.empty());
  int frontier = 0;
  for (const auto& a : rows) {
    const double ta = value(a["time_to_train"]), ca = value(a["cost"]);
    bool dominated = false;
    for (const auto& b : rows) {
      const double tb = value(b["time_to_train"]), cb = value(b["cost"]);
      ASSERT_EQ(a["time_to_train"]["unit"], b["time_to_train"]["unit"]);
      dominated = dominated || (tb <= ta && cb <= ca && (tb < ta || cb < ca));
    }
    EXPECT_EQ(a["frontier"].get<bool>(), !dominated);
    frontier += a["frontier"].get<bool>() ? 1 : 0;
  }
  EXPECT_GE(frontier, 1);  // the fastest configuration is never dominated by a slower one
  const std::string bytes = slurp(png);
  EXPECT_EQ(bytes.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
  EXPECT_EQ(png_size(bytes), (std::pair<std::uint32_t, std::uint32_t>{960u, 620u}));
  std::filesystem::remove(png);

  const auto svg = temp("pareto.svg");
  ASSERT_EQ(mlsysim("plot pareto Llama3_8B Training_1K --tokens 1e11 --grid US_Average --price "
                    "\"0.08 USD/kWh\" --top 8 -o " +
                    svg.string())
                .code,
            0);
  const std::string text = slurp(svg);
  EXPECT_THAT(text, HasSubstr("<title>Llama3_8B on Training_1K: time to train vs cost"));
  EXPECT_THAT(text, HasSubstr("(Pareto frontier)"));
  std::filesystem::remove(svg);
  // A run's cost needs a site.
  const auto bad = mlsysim("plot pareto Llama3_8B Training_1K --tokens 1e11 -o x.svg");
  EXPECT_EQ(bad.code, 1);
  EXPECT_THAT(bad.err, HasSubstr("needs a site"));
}

}  // namespace
