// Tests of the mlsysim command line: every command with good and bad input, exit codes, and the
// JSON output's documented shape (docs/cli.md).
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "cli_runner.hpp"

namespace {

using ::testing::HasSubstr;
using json = nlohmann::json;

using cli_runner::mlsysim;
using cli_runner::Run;

json parse_json(const Run& r) {
  EXPECT_EQ(r.code, 0) << r.err;
  return json::parse(r.out);
}

void expect_quantity(const json& j, const char* unit_substring = "") {
  ASSERT_TRUE(j.is_object()) << j.dump();
  ASSERT_TRUE(j.contains("value") && j["value"].is_number()) << j.dump();
  ASSERT_TRUE(j.contains("unit") && j["unit"].is_string()) << j.dump();
  EXPECT_THAT(j["unit"].get<std::string>(), HasSubstr(unit_substring));
}

TEST(CliHelp, EveryCommandHasHelpWithExamples) {
  for (const char* cmd : {"", "tour", "zoo", "show", "convert", "eval", "train", "plan", "serve",
                          "footprint", "audit", "validate", "plot roofline", "plot grids"}) {
    SCOPED_TRACE(cmd);
    const auto r = mlsysim(std::string(cmd) + " --help");
    EXPECT_EQ(r.code, 0);
    EXPECT_THAT(r.out, HasSubstr("Usage"));
  }
  EXPECT_THAT(mlsysim("--help").out, HasSubstr("Exit codes: 0 ok, 1 bad input, 2 infeasible"));
  EXPECT_THAT(mlsysim("convert --help").out, HasSubstr("mlsysim convert \"3.35 TB/s\" GiB/s"));
  const auto version = mlsysim("--version");
  EXPECT_EQ(version.code, 0);
  EXPECT_THAT(version.out, HasSubstr("mlsysim 0.1.0"));
  EXPECT_EQ(mlsysim("").code, 1);  // a command is required
  EXPECT_EQ(mlsysim("frobnicate").code, 1);
}

TEST(CliConvert, ConvertsAndRejectsCrossDimensionConversions) {
  const auto r = mlsysim("convert \"3.35 TB/s\" GiB/s");
  EXPECT_EQ(r.code, 0);
  EXPECT_THAT(r.out, HasSubstr("3119.93 GiB/s"));
  const auto j = parse_json(mlsysim("convert \"3.35 TB/s\" GiB/s --format json"));
  EXPECT_EQ(j["command"], "convert");
  expect_quantity(j["conversion"]["output"], "GiB/s");
  EXPECT_NEAR(j["conversion"]["output"]["value"].get<double>(), 3119.930625, 1e-6);
  const auto bad = mlsysim("convert \"3.35 TB/s\" FLOP/s");
  EXPECT_EQ(bad.code, 1);
  EXPECT_THAT(bad.err, HasSubstr("cannot convert 'TB/s' ([information]/[time]) to 'FLOP/s'"));
  EXPECT_TRUE(bad.out.empty());
  const auto typo = mlsysim("convert \"3.35 TBps\" GB/s");
  EXPECT_EQ(typo.code, 1);
  EXPECT_THAT(typo.err, HasSubstr("did you mean 'TB/s'?"));
}

TEST(CliZoo, ListsSortsAndFilters) {
  const auto j =
      parse_json(mlsysim("zoo hardware --tier cloud --sort memory.bandwidth --desc --format json"));
  ASSERT_TRUE(j["entries"].is_array());
  ASSERT_GT(j["entries"].size(), 30u);
  const auto& first = j["entries"][0];
  for (const char* k :
       {"key", "tier", "name", "peak", "precision", "memory", "bandwidth", "tdp", "ridge_point"}) {
    EXPECT_TRUE(first.contains(k)) << k;
  }
  expect_quantity(first["bandwidth"], "/s");
  const auto filtered =
      parse_json(mlsysim("zoo models --filter \"parameters > 100000000000\" --format json"));
  for (const auto& e : filtered["entries"]) EXPECT_GT(e["parameters"].get<double>(), 1e11);
  EXPECT_FALSE(filtered["entries"].empty());
  const auto csv = mlsysim("zoo infra --tier grids --format csv");
  EXPECT_EQ(csv.code, 0);
  EXPECT_THAT(csv.out, HasSubstr("path,kind,name,summary"));
  EXPECT_THAT(mlsysim("zoo hardware --format markdown").out, HasSubstr("| Key | Tier |"));
}

TEST(CliZoo, BadFieldsAndFiltersAreClearErrors) {
  const auto r = mlsysim("zoo hardware --sort memory.bandwith");
  EXPECT_EQ(r.code, 1);
  EXPECT_THAT(r.err, HasSubstr("unknown field 'memory.bandwith' (did you mean 'memory.bandwidth'"));
  const auto f = mlsysim("zoo hardware --filter \"memory.capacity > 80 TFLOP/s\"");
  EXPECT_EQ(f.code, 1);
  EXPECT_THAT(f.err, HasSubstr("cannot compare"));
  EXPECT_EQ(mlsysim("zoo hardware --filter nonsense").code, 1);
  EXPECT_EQ(mlsysim("zoo planets").code, 1);
}

TEST(CliShow, ShowsEveryFieldWithItsSourceAndSuggestsForTypos) {
  const auto j = parse_json(mlsysim("show Hardware.Cloud.H100 --format json"));
  EXPECT_EQ(j["entry"]["path"], "Hardware.Cloud.H100");
  bool saw_bandwidth = false;
  for (const auto& f : j["fields"]) {
    if (f["field"] == "memory.bandwidth") {
      saw_bandwidth = true;
      expect_quantity(f["value"], "TB/s");
      EXPECT_TRUE(f["source"].is_string());
    }
  }
  EXPECT_TRUE(saw_bandwidth);
  const auto typo = mlsysim("show H10");
  EXPECT_EQ(typo.code, 1);
  EXPECT_THAT(typo.err, HasSubstr("unknown entry 'H10' (did you mean 'H100'"));
}

TEST(CliEval, RooflineAndInfeasibleExitCode) {
  const auto j = parse_json(mlsysim("eval Llama3_8B H100 --context 2048 --format json"));
  for (const char* k : {"latency", "compute_time", "memory_time", "intensity", "ridge_point",
                        "throughput", "energy"}) {
    expect_quantity(j["result"][k]);
  }
  EXPECT_EQ(j["result"]["wall"], "memory bandwidth");
  EXPECT_TRUE(j["memory"]["fits"].get<bool>());
  EXPECT_TRUE(j["ops"].is_array());
  const auto big = mlsysim("eval Llama3_70B H100");
  EXPECT_EQ(big.code, 2);
  EXPECT_THAT(big.out, HasSubstr("does not fit"));
  EXPECT_EQ(mlsysim("eval Llama3_8B A100 --precision fp8").code, 1);
  EXPECT_EQ(mlsysim("eval Llama3_8B H100 --batch 0").code, 1);
  EXPECT_THAT(mlsysim("eval Llama3_8B H100 --precision fp12").err,
              HasSubstr("unknown precision 'fp12'"));
}

TEST(CliTrainAndPlan, TrainingStepPlanAndBadDegrees) {
  const auto j =
      parse_json(mlsysim("train Llama3_70B Frontier_8K --tp 8 --pp 4 --seq-len 8192 --global-batch "
                         "2048 --tokens 15e12 --grid Quebec --format json"));
  expect_quantity(j["step"]["step_time"], "s");
  expect_quantity(j["step"]["time_to_train"], "day");
  EXPECT_GT(j["step"]["mfu"].get<double>(), 0.1);
  expect_quantity(j["footprint"]["operational_carbon"], "tCO2e");
  const auto bad = mlsysim("train Llama3_70B Frontier_8K --tp 8 --pp 3");
  EXPECT_EQ(bad.code, 1);
  EXPECT_THAT(bad.err, HasSubstr("does not divide the 8192 accelerators"));
  const auto plan =
      parse_json(mlsysim("plan Llama3_70B Training_1K --tokens 2e12 --top 3 --format json"));
  ASSERT_EQ(plan["candidates"].size(), 3u);
  EXPECT_EQ(plan["candidates"][0]["rank"], 1);
  expect_quantity(plan["candidates"][0]["step_time"], "s");
}

TEST(CliTrainAndPlan, ADeviceWithoutAMeasuredGemmOrALinkLatencySaysWhatStandsIn) {
  // MI300A has no compute.measured_gemm: the default fraction of its peak is echoed as an
  // assumption; H100 (measured) prints none.
  const auto capitan = mlsysim("train Llama3_70B El_Capitan --tp 4 --pp 4 --seq-len 4096");
  EXPECT_EQ(capitan.code, 0);
  EXPECT_THAT(capitan.out, HasSubstr("MI300A has no measured bf16 GEMM in the catalog: GEMMs are "
                                     "priced at 0.78 x its dense peak"));
  EXPECT_THAT(capitan.out, HasSubstr("default fraction of peak"));
  // MI250X's node link has no latency: the NVLink figure stands in, and the output says so.
  const auto frontier = mlsysim("train Llama3_70B ORNL_Frontier --tp 8 --pp 4 --seq-len 4096");
  EXPECT_EQ(frontier.code, 0);
  EXPECT_THAT(frontier.out, HasSubstr("MI250X's link (Infinity Fabric GPU-GPU between MI250X "
                                      "packages (1 link)) gives no latency in the catalog"));
  const auto h100 = mlsysim("train Llama3_8B Lab_64_H100 --seq-len 4096 --global-batch 64");
  EXPECT_EQ(h100.code, 0);
  EXPECT_THAT(h100.out, ::testing::Not(HasSubstr("no measured")));
  EXPECT_THAT(h100.out, HasSubstr("measured (catalog)"));
  EXPECT_THAT(h100.out, ::testing::Not(HasSubstr("stands in")));
}

TEST(CliCollective, ALargeAllReduceInOneNodeRunsAtTheDeratedNvlinkAndBadInputNamesTheFlag) {
  // 8 ranks of DGX H100 nodes: 450 GB/s one way x Efficiency::intra_node_link 0.75 = 337.5 GB/s
  // bus bandwidth for a large ring all-reduce (docs/solvers.md, "Links"); by default NVLS on the
  // DGX's NVSwitches, 2 x 0.85 x 7/8 x 8/9 x 337.5 = 446.25 GB/s less its 25 us.
  const auto j = parse_json(
      mlsysim("collective Lab_64_H100 all_reduce \"16 GiB\" --ranks 8 --algo ring --format json"));
  EXPECT_NEAR(j["collective"]["busbw"]["value"].get<double>(), 337.5, 0.5);
  const auto nvls =
      parse_json(mlsysim("collective Lab_64_H100 all_reduce \"16 GiB\" --ranks 8 --format json"));
  EXPECT_EQ(nvls["collective"]["algorithm"], "NVLS / Simple");
  EXPECT_NEAR(nvls["collective"]["busbw"]["value"].get<double>(), 446.25, 1.0);
  EXPECT_EQ(j["collective"]["busbw"]["unit"], "GB/s");
  // algbw = size / time.
  EXPECT_NEAR(j["collective"]["algbw"]["value"].get<double>(),
              16.0 * 1.073741824 / (j["collective"]["time"]["value"].get<double>() / 1000.0), 1e-6);
  // NCCL's cost model names what it picked: a large buffer rides the Simple ring, 8 bytes the LL
  // ring (6.6 us base + 14 steps x 0.6 us = 15 us, tuning.cc).
  EXPECT_EQ(j["collective"]["algorithm"], "ring / Simple");
  const auto tiny =
      parse_json(mlsysim("collective Lab_64_H100 all_reduce \"8 B\" --ranks 8 --format json"));
  EXPECT_EQ(tiny["collective"]["algorithm"], "ring / LL");
  EXPECT_NEAR(tiny["collective"]["time"]["value"].get<double>(), 0.015, 1e-6);
  // --proto / --algo restrict the pick as NCCL_PROTO / NCCL_ALGO do: Simple costs 8.4 + 14 x
  // 3.4 = 56 us; a tree inside one node is refused naming the option field.
  const auto simple =
      parse_json(mlsysim("collective Lab_64_H100 all_reduce \"8 B\" --ranks 8 --algo ring --proto "
                         "Simple --format json"));
  EXPECT_EQ(simple["collective"]["algorithm"], "ring / Simple");
  EXPECT_NEAR(simple["collective"]["time"]["value"].get<double>(), 0.056, 1e-6);
  // CollNet (SHARP) runs only when asked: --algo collnet on the lab's InfiniBand HDR (Quantum)
  // names it.
  const auto collnet = parse_json(mlsysim(
      "collective Lab_64_H100 all_reduce \"1 GiB\" --ranks 64 --algo collnet --format json"));
  EXPECT_THAT(collnet["collective"]["algorithm"].get<std::string>(), HasSubstr("CollNet"));
  // The text output says what the model covers (it once said "no NVLink SHARP or CollNet").
  const auto text = mlsysim("collective Lab_64_H100 all_reduce \"8 GiB\" --ranks 8");
  EXPECT_EQ(text.code, 0);
  EXPECT_THAT(text.out, HasSubstr("NVLS / Simple"));
  EXPECT_THAT(text.out, HasSubstr("NVLS where the node link has NVLink SHARP"));
  // Restrictions that cannot apply are refused by name, not ignored: a tree inside one node,
  // NVLS with LL (NVLS runs only Simple), and any restriction on an all-to-all (not priced by
  // NCCL's cost model).
  struct Refused {
    const char* args;
    const char* says;
  };
  for (const Refused& r :
       {Refused{"all_reduce \"8 B\" --ranks 8 --algo tree", "collectives.algorithms"},
        Refused{"all_reduce \"8 B\" --ranks 8 --algo nvls --proto LL", "with the Simple protocol"},
        Refused{"all_to_all \"1 GiB\" --ranks 8 --proto LL", "invalid argument 'proto'"},
        Refused{"all_to_all \"1 GiB\" --ranks 8 --collnet", "invalid argument 'collnet'"}}) {
    const auto run = mlsysim(std::string("collective Lab_64_H100 ") + r.args);
    EXPECT_EQ(run.code, 1) << r.args;
    EXPECT_THAT(run.err, HasSubstr(r.says)) << r.args;
  }
  // 12 ranks on 8-GPU nodes: 6 per node by default; --per-node 8 does not divide them.
  const auto twelve = mlsysim("collective Lab_64_H100 all_reduce \"1 GiB\" --ranks 12");
  EXPECT_EQ(twelve.code, 0);
  EXPECT_THAT(twelve.out, HasSubstr("over 12 ranks of Lab_64_H100 (6 per node)"));
  for (const auto& [args, message] : std::vector<std::pair<std::string, std::string>>{
           {"all_reduce \"1 GiB\" --ranks 12 --per-node 8", "'per_node': must divide the 12 ranks"},
           {"broadcast \"1 GiB\"", "'kind': expected all_reduce, all_gather"},
           {"all_reduce \"1 s\"", "'size': expected a positive data size such as '8 GiB'"}}) {
    const auto bad = mlsysim("collective Lab_64_H100 " + args);
    EXPECT_EQ(bad.code, 1) << args;
    EXPECT_THAT(bad.err, HasSubstr(message)) << args;
  }
}

TEST(CliTrainAndPlan, ACatalogRateThatIsNotAMeasurementOfTheDeviceSaysSo) {
  // B200's attention training rate is derived from GB200's measurement (derived source); its
  // GEMM ceiling is a measurement of B200 itself and prints nothing.
  const std::string overlay = std::string(MLSYSIM_SOURCE_DIR) + "/tests/data/overlay_b200";
  const auto b200 = mlsysim(
      "train Llama3_8B Lab_16_B200 --seq-len 8192 --global-batch 64 "
      "--catalog " +
      overlay);
  EXPECT_EQ(b200.code, 0);
  EXPECT_THAT(b200.out,
              HasSubstr("B200's bf16 attention training rate in the catalog is derived "
                        "(derived-attention-training-b200), not a measurement of this "
                        "device; `mlsysim show Hardware.Cloud.B200` gives the derivation"));
  EXPECT_THAT(b200.out, ::testing::Not(HasSubstr("GEMM ceiling in the catalog is")));
}

TEST(CliTrainAndPlan, TheAttentionRateSaysWhereItComesFromAndAnExplicitFractionOverridesIt) {
  // MI250X has no measured attention training rate: the default fraction is echoed as an
  // assumption. H100 has one (567 TFLOP/s at 8K, ramped to 4K: 567 x 0.8831 = 500.7 TFLOP/s).
  const auto frontier = mlsysim("train Llama3_70B ORNL_Frontier --tp 8 --pp 4 --seq-len 4096");
  EXPECT_EQ(frontier.code, 0);
  EXPECT_THAT(frontier.out,
              HasSubstr("MI250X has no measured bf16 attention training rate in the "
                        "catalog: fused attention is priced at 0.55 x its dense peak"));
  const auto h100 = mlsysim("train Llama3_8B Lab_64_H100 --seq-len 4096 --global-batch 64");
  EXPECT_EQ(h100.code, 0);
  EXPECT_THAT(h100.out, HasSubstr("500.7 TFLOP/s"));
  EXPECT_THAT(h100.out, HasSubstr("measured (catalog), at this sequence length"));
  EXPECT_THAT(h100.out, ::testing::Not(HasSubstr("has no measured bf16 attention training rate")));
  // H100's rate is H200's measurement carried to the same GH100 compute, and the output says so.
  EXPECT_THAT(h100.out, HasSubstr("H100's bf16 attention training rate in the catalog is derived"));
  const auto fa2 = mlsysim(
      "train Llama3_8B Lab_64_H100 --seq-len 4096 --global-batch 64 --attention-efficiency 0.34");
  EXPECT_EQ(fa2.code, 0);
  EXPECT_THAT(fa2.out, HasSubstr("0.34 x the dense peak"));
  EXPECT_THAT(fa2.out, HasSubstr("336.4 TFLOP/s"));  // 0.34 x 989.4
  const auto bad = mlsysim("train Llama3_8B Lab_64_H100 --attention-efficiency 1.5");
  EXPECT_EQ(bad.code, 1);
  EXPECT_THAT(bad.err, HasSubstr("'--attention-efficiency': must be a fraction in (0, 1]"));
}

TEST(CliTrainAndPlan, AnUnknownRecomputationModeIsRefusedNamingTheFlagAndTheChoices) {
  const auto r = mlsysim("train Llama3_8B Lab_64_H100 --recompute bogus");
  EXPECT_EQ(r.code, 1);
  EXPECT_THAT(
      r.out + r.err,
      HasSubstr("--recompute: bogus not in "
                "{none,selective,mlp,full,all_but_attention,alternate_matmuls,saved_tensors}"));
}

TEST(CliTrainAndPlan, SavedTensorsTakesTheSetFromSavedAndRefusesItForAnotherMode) {
  // MaxText's names are accepted; the layer input in host memory crosses the host link (a
  // nonzero time) and a set without --recompute saved_tensors is an error naming --saved.
  const auto r = mlsysim(
      "train Llama3_8B Lab_64_H100 --recompute saved_tensors --saved "
      "decoder_layer_input=offload,qkv_proj=device --seq-len 8192 --global-batch 64 --format json");
  const auto j = parse_json(r);
  EXPECT_GT(j["step"]["activation_offload_time"]["value"].get<double>(), 0.0);
  EXPECT_EQ(j["step"]["activation_offload_exposed_time"]["value"].get<double>(), 0.0);
  const auto bad = mlsysim("train Llama3_8B Lab_64_H100 --saved qkv=device");
  EXPECT_EQ(bad.code, 1);
  EXPECT_THAT(bad.err, HasSubstr("'--saved': names kept tensors for --recompute saved_tensors, "
                                 "not 'selective'"));
  const auto place = mlsysim("train Llama3_8B Lab_64_H100 --recompute saved_tensors --saved q=gpu");
  EXPECT_EQ(place.code, 1);
  EXPECT_THAT(place.err, HasSubstr("'saved': 'q=gpu'"));
}

// The FSDP copy tests' run: Llama 3 8B on 64 H100, one 4,096-token sequence per GPU, nothing
// recomputed; `extra` adds the ZeRO stage and the flags under test.
Run sharded_llama3_8b(const std::string& extra) {
  return mlsysim(
      "train Llama3_8B Lab_64_H100 --seq-len 4096 --global-batch 64 "
      "--recompute none --format json " +
      extra);
}

double memory_bound_seconds(const Run& out) {
  return parse_json(out)["step"]["memory_bound_time"]["value"].get<double>();
}

TEST(CliTrainAndPlan, FsdpCopyOutStreamsEachGatheredLayerTwiceAndItsGradientsOnce) {
  // --fsdp-copy-out with --zero 3 on 64 H100, one 4,096-token sequence per GPU: 32 layers of
  // 218,112,000 Llama 3 8B weights copied out of the gather buffer forward and backward, a read
  // and a write of 2 B each, and their bf16 gradients copied into the fp32 reduce-scatter input
  // once, 2 + 4 B: 97.71 GB at H100's measured 2.97 TB/s. Below ZeRO-3 nothing is gathered and
  // `train` refuses the flag; `plan` applies it to the ZeRO-3 candidates only.
  const double plain = memory_bound_seconds(sharded_llama3_8b("--zero 3"));
  const double copied = memory_bound_seconds(sharded_llama3_8b("--zero 3 --fsdp-copy-out"));
  const double expected = 32.0 * 218112000.0 * (2.0 * 4.0 + 2.0 + 4.0) / 2.97e12;
  EXPECT_NEAR(copied - plain, expected, expected * 1e-4);
  const auto refused = sharded_llama3_8b("--zero 1 --fsdp-copy-out");
  EXPECT_EQ(refused.code, 1);
  EXPECT_THAT(refused.out + refused.err,
              HasSubstr("invalid argument 'schedule.fsdp_copy_out': FSDP2's copy-out needs "
                        "ZeRO-3 (gathered weights), got ZeRO-1"));
  EXPECT_EQ(mlsysim("plan Llama3_8B Lab_64_H100 --seq-len 4096 --global-batch 64 "
                    "--fsdp-copy-out")
                .code,
            0);
}

TEST(CliTrainAndPlan, FsdpFlatGradientStreamsEachGatheredLayersGradientsOnce) {
  // --fsdp-flat-gradient with --zero 3 on 64 H100, one 4,096-token sequence per GPU: each
  // backward concatenates the 32 layers' 218,112,000 bf16 gradients into the flat gradient, a
  // read and a write of 2 B: 27.92 GB at H100's measured 2.97 TB/s. Refused below ZeRO-3 and
  // beside --fsdp-copy-out; `plan` applies it to the ZeRO-3 candidates only.
  const double plain = memory_bound_seconds(sharded_llama3_8b("--zero 3"));
  const double flat = memory_bound_seconds(sharded_llama3_8b("--zero 3 --fsdp-flat-gradient"));
  const double expected = 32.0 * 218112000.0 * 4.0 / 2.97e12;
  EXPECT_NEAR(flat - plain, expected, expected * 1e-4);
  const auto below = sharded_llama3_8b("--zero 1 --fsdp-flat-gradient");
  EXPECT_EQ(below.code, 1);
  EXPECT_THAT(below.out + below.err,
              HasSubstr("invalid argument 'schedule.fsdp_flat_gradient': FSDP1's flat gradient "
                        "needs ZeRO-3 (gathered weights), got ZeRO-1"));
  const auto both = sharded_llama3_8b("--zero 3 --fsdp-flat-gradient --fsdp-copy-out");
  EXPECT_EQ(both.code, 1);
  EXPECT_THAT(both.out + both.err, HasSubstr("describe different FSDP implementations"));
  EXPECT_EQ(mlsysim("plan Llama3_8B Lab_64_H100 --seq-len 4096 --global-batch 64 "
                    "--fsdp-flat-gradient")
                .code,
            0);
}

TEST(CliTrainAndPlan, APowerLimitSlowsTheComputeByTheCatalogsMeasuredRatioAndSaysSo) {
  // H100's catalog point: 0.915 of its 700 W throughput at a 500 W limit (power.capped_limit).
  // Every compute-bound kernel takes 1 / 0.915 as long; memory-bound operations keep their speed.
  // A limit outside [500 W, 700 W] or on a device without a measured point is refused.
  const auto full = parse_json(sharded_llama3_8b("--zero 1"));
  const auto capped = parse_json(sharded_llama3_8b("--zero 1 --power-limit 500W"));
  EXPECT_NEAR(capped["step"]["compute_time"]["value"].get<double>(),
              full["step"]["compute_time"]["value"].get<double>() / 0.915, 1e-9);
  EXPECT_DOUBLE_EQ(capped["step"]["memory_bound_time"]["value"].get<double>(),
                   full["step"]["memory_bound_time"]["value"].get<double>());
  EXPECT_THAT(capped["notes"].dump(),
              HasSubstr("H100 at a 500 W power limit (tdp 700 W): its compute rates x 0.915"));
  // With a site, the footprint charges the DGX H100's 10.2 kW less 8 x 200 W.
  const std::string site = " --tokens 1e10 --grid Quebec";
  const auto full_site = parse_json(sharded_llama3_8b("--zero 1" + site));
  const auto capped_site = parse_json(sharded_llama3_8b("--zero 1 --power-limit 500W" + site));
  EXPECT_NEAR(capped_site["footprint"]["it_power"]["value"].get<double>() /
                  full_site["footprint"]["it_power"]["value"].get<double>(),
              8.6 / 10.2, 1e-9);
  EXPECT_THAT(capped_site["notes"].dump(), HasSubstr("node system power 10.2 kW -> 8.6 kW"));
  const auto below = sharded_llama3_8b("--zero 1 --power-limit 400W");
  EXPECT_EQ(below.code, 1);
  EXPECT_THAT(below.err, HasSubstr("'400 W' is below '500 W', the lowest limit the catalog "
                                   "records a throughput at"));
  const auto a100 = mlsysim("train Llama3_8B Training_1K_A100 --power-limit 300W");
  EXPECT_EQ(a100.code, 1);
  EXPECT_THAT(a100.err, HasSubstr("the catalog records no throughput below tdp for this device"));
  const auto planned = mlsysim(
      "plan Llama3_8B Lab_64_H100 --seq-len 4096 --global-batch 64 "
      "--power-limit 500W --format json");
  EXPECT_EQ(planned.code, 0);
  EXPECT_THAT(planned.out, HasSubstr("H100 at a 500 W power limit"));
}

TEST(CliServe, APowerLimitSlowsTheComputeBoundPrefillAndNotTheBandwidthBoundDecode) {
  // Llama 3 8B on one H100, a 4,096-token prompt at batch 1: prefill is compute-bound, so at
  // 500 W (0.915 of the 700 W throughput) it takes longer; one decode step streams the weights,
  // which the limit does not slow.
  const std::string run =
      "serve Llama3_8B H100 --input-tokens 4096 --output-tokens 128 --batch 1 --format json";
  const auto full = parse_json(mlsysim(run));
  const auto capped_run = mlsysim(run + " --power-limit 500W");
  ASSERT_EQ(capped_run.code, 0) << capped_run.err;
  const auto capped = parse_json(capped_run);
  const auto value = [](const nlohmann::json& j, const char* key) {
    return j["serving"][key]["value"].get<double>();
  };
  EXPECT_GT(value(capped, "ttft"), value(full, "ttft") * 1.05);
  EXPECT_LE(value(capped, "ttft"), value(full, "ttft") / 0.915 * (1 + 1e-9));
  EXPECT_NEAR(value(capped, "tpot"), value(full, "tpot"), value(full, "tpot") * 0.02);
  EXPECT_THAT(capped["notes"].dump(), HasSubstr("H100 at a 500 W power limit"));
  const auto refused = mlsysim("serve Llama3_8B A100 --power-limit 300W");
  EXPECT_EQ(refused.code, 1);
  EXPECT_THAT(refused.err, HasSubstr("records no throughput below tdp"));
}

TEST(CliTrainAndPlan, EagerCountsHuggingFaceEagerElementwiseTraffic) {
  // --eager swaps the fused elementwise count for the eager one of docs/solvers.md: Llama 3 8B in
  // BF16 moves 606,208 instead of 200,704 bytes per token per layer, and nothing else changes.
  // The memory-bound time also holds the loss, the same in both: --fused-loss moves 10 B per
  // logit against the default's 40, so the fused loss's own share is a third of the difference.
  const std::string run =
      "train Llama3_8B Lab_64_H100 --seq-len 4096 --global-batch 64 --format json";
  const auto upcast = parse_json(mlsysim(run));
  const auto fused = parse_json(mlsysim(run + " --fused-loss"));
  const auto eager = parse_json(mlsysim(run + " --fused-loss --eager"));
  const double u = upcast["step"]["memory_bound_time"]["value"].get<double>();
  const double f = fused["step"]["memory_bound_time"]["value"].get<double>();
  const double e = eager["step"]["memory_bound_time"]["value"].get<double>();
  const double loss = (u - f) / 3.0;
  EXPECT_GT(loss, 0.0);
  EXPECT_NEAR((e - loss) / (f - loss), 606208.0 / 200704.0, 1e-9);
  EXPECT_DOUBLE_EQ(eager["step"]["compute_time"]["value"].get<double>(),
                   fused["step"]["compute_time"]["value"].get<double>());
}

TEST(CliTrainAndPlan, PyTorchLossMovesAndHoldsWhatPyTorchsCrossEntropyDoesAndExcludesFused) {
  // Per logit: --pytorch-loss moves 48 B (F.cross_entropy on logits.float()), the default 40 B
  // (Megatron-Core's in-place loss), --fused-loss 10 B; the rest of the memory-bound time is the
  // same in all three. Held at the loss's peak: 12 B, 6 B and 2 B (no recomputation: the loss
  // comes on top of the layers' activations in all three).
  const std::string run =
      "train Llama3_8B Lab_64_H100 --seq-len 4096 --global-batch 64 --format json";
  const auto upcast = parse_json(mlsysim(run));
  const auto fused = parse_json(mlsysim(run + " --fused-loss"));
  const auto pytorch = parse_json(mlsysim(run + " --pytorch-loss"));
  const auto time = [](const json& j) {
    return j["step"]["memory_bound_time"]["value"].get<double>();
  };
  const auto held = [](const json& j) { return j["memory"]["activations"]["value"].get<double>(); };
  EXPECT_NEAR((time(pytorch) - time(fused)) / (time(upcast) - time(fused)), 38.0 / 30.0, 1e-9);
  EXPECT_NEAR((held(pytorch) - held(fused)) / (held(upcast) - held(fused)), 10.0 / 4.0, 1e-9);
  const auto both = mlsysim(run + " --pytorch-loss --fused-loss");
  EXPECT_NE(both.code, 0);
  EXPECT_THAT(both.out + both.err, HasSubstr("--fused-loss excludes --pytorch-loss"));
}

TEST(CliTrainAndPlan, Fp8CurrentScalingReadsEveryCastTensorOnceMoreAndOtherNamesAreRefused) {
  // An FP8 cast moves 2 + 2 x 1 = 4 B per element (and per weight, once per step) over the BF16
  // run; current scaling's amax pass reads the 2 B element once more, 6 B: half as much again,
  // for activations and weights alike. Block scaling costs what delayed scaling does.
  const std::string run =
      "train Llama3_8B Lab_64_H100 --seq-len 4096 --global-batch 64 --format json";
  const auto time = [](const json& j) {
    return j["step"]["memory_bound_time"]["value"].get<double>();
  };
  const auto bf16 = parse_json(mlsysim(run));
  const auto delayed = parse_json(mlsysim(run + " --precision fp8"));
  const auto current = parse_json(mlsysim(run + " --precision fp8 --fp8-scaling current"));
  const auto block = parse_json(mlsysim(run + " --precision fp8 --fp8-scaling block"));
  EXPECT_NEAR((time(current) - time(delayed)) / (time(delayed) - time(bf16)), 0.5, 1e-9);
  EXPECT_EQ(time(block), time(delayed));
  const auto bad = mlsysim(run + " --precision fp8 --fp8-scaling tensorwise");
  EXPECT_NE(bad.code, 0);
  EXPECT_THAT(bad.out + bad.err, HasSubstr("--fp8-scaling"));
}

TEST(CliTrainAndPlan, WideSavedInputsKeepFp8GemmInputsAtSixteenBitsAndChangeOnlyMemory) {
  // Llama 3 8B, one 4,096-token sequence per rank, no recomputation: --wide-saved-inputs
  // (torchao) keeps the QKV, FC1 and FC2 inputs at 2 B instead of Transformer Engine's 1 B and
  // drops the output projection's 1 B copy: 4096 x 32 x (h + h + f - h_q) B = 2.25 GiB more.
  // Step time does not change, and at 16 bits the flag changes nothing.
  const std::string run =
      "train Llama3_8B Lab_64_H100 --seq-len 4096 --global-batch 64 --recompute none "
      "--format json";
  const auto act = [](const json& j) { return j["memory"]["activations"]["value"].get<double>(); };
  const auto te = parse_json(mlsysim(run + " --precision fp8"));
  const auto wide = parse_json(mlsysim(run + " --precision fp8 --wide-saved-inputs"));
  EXPECT_NEAR(act(wide) - act(te), 4096.0 * 32 * (4096 + 4096 + 14336 - 4096) / (1 << 30), 1e-9);
  EXPECT_EQ(wide["step"]["step_time"], te["step"]["step_time"]);
  EXPECT_EQ(act(parse_json(mlsysim(run + " --wide-saved-inputs"))), act(parse_json(mlsysim(run))));
}

TEST(CliTrainAndPlan, GradsMomentsMasterWeightsAndPrecisionAwareOptimizerSetTheTrainingState) {
  // Per parameter: gradients 4 B at fp32, 2 B at bf16 (held whole under ZeRO-1); the sharded
  // optimizer state is a 4 B master copy and two moments, 4 + 2 x 4 = 12 B by default, 4 + 2 x 2
  // = 8 B with --moments bf16, 2 x 4 = 8 B with --no-master-weights. Halving the gradients also
  // halves what the data-parallel reduce-scatter moves, so the step gets no slower.
  const std::string run =
      "train Llama3_8B Lab_64_H100 --seq-len 4096 --global-batch 64 --format json";
  const auto mem = [](const json& j, const char* part) {
    return j["memory"][part]["value"].get<double>();
  };
  const auto fp32 = parse_json(mlsysim(run));
  const auto bf16_grads = parse_json(mlsysim(run + " --grads bf16"));
  const auto bf16_moments = parse_json(mlsysim(run + " --moments bf16"));
  const auto no_master = parse_json(mlsysim(run + " --no-master-weights"));
  EXPECT_GT(mem(fp32, "gradients"), 0.0);
  EXPECT_NEAR(mem(bf16_grads, "gradients") / mem(fp32, "gradients"), 0.5, 1e-12);
  EXPECT_EQ(mem(bf16_grads, "optimizer"), mem(fp32, "optimizer"));
  EXPECT_NEAR(mem(bf16_moments, "optimizer") / mem(fp32, "optimizer"), 8.0 / 12.0, 1e-12);
  EXPECT_NEAR(mem(no_master, "optimizer") / mem(fp32, "optimizer"), 8.0 / 12.0, 1e-12);
  EXPECT_EQ(mem(bf16_moments, "gradients"), mem(fp32, "gradients"));
  EXPECT_LT(bf16_grads["step"]["dp_comm_time"]["value"].get<double>(),
            fp32["step"]["dp_comm_time"]["value"].get<double>());
  // 16-bit gradients under fp32 master weights: the step casts the rank's gradient shard to an
  // fp32 copy, 4 B per parameter of the 12 B optimizer shard, held after the activations are
  // freed (the total holds the larger of the two). --precision-aware-optimizer reads the 16-bit
  // gradients in place (no copy) and keeps the master copy of bf16 weights as its 16 low bits:
  // 2 + 2 x 4 = 10 B per parameter, 2 + 2 x 2 = 6 B with --moments bf16.
  const double copy = mem(bf16_grads, "step_gradient_copy");
  EXPECT_NEAR(copy / mem(fp32, "optimizer"), 4.0 / 12.0, 1e-12);
  EXPECT_EQ(mem(fp32, "step_gradient_copy"), 0.0);
  const auto total = [&](const json& j) {
    return mem(j, "weights") + mem(j, "gradients") + mem(j, "optimizer") +
           std::max(mem(j, "activations"), mem(j, "step_gradient_copy"));
  };
  for (const json* j : {&fp32, &bf16_grads, &bf16_moments, &no_master}) {
    EXPECT_NEAR(mem(*j, "total"), total(*j), 1e-9);
  }
  const auto aware = parse_json(mlsysim(run + " --grads bf16 --precision-aware-optimizer"));
  const auto aware_bf16 =
      parse_json(mlsysim(run + " --grads bf16 --moments bf16 --precision-aware-optimizer"));
  EXPECT_EQ(mem(aware, "step_gradient_copy"), 0.0);
  EXPECT_NEAR(mem(aware, "optimizer") / mem(fp32, "optimizer"), 10.0 / 12.0, 1e-12);
  EXPECT_NEAR(mem(aware_bf16, "optimizer") / mem(fp32, "optimizer"), 6.0 / 12.0, 1e-12);
  for (const auto& [flag, value] : {std::pair{"--grads", "fp8"}, std::pair{"--moments", "int4"}}) {
    const auto r = mlsysim(run + " " + flag + " " + value);
    EXPECT_NE(r.code, 0) << flag;
    EXPECT_THAT(r.out + r.err, HasSubstr(std::string(flag) + ": " + value)) << flag;
  }
}

TEST(CliTrainAndPlan, EagerFusedNormCountsEagerKernelsAroundFusedNormsAndExcludesEager) {
  // --eager-fused-norm: 344,064 bytes per token per layer for Llama 3 8B in BF16 (the eager count
  // with each RMSNorm read and written once); with --eager as well the command line is refused.
  const std::string run =
      "train Llama3_8B Lab_64_H100 --seq-len 4096 --global-batch 64 --format json --fused-loss";
  const auto fused = parse_json(mlsysim(run));
  const auto norm = parse_json(mlsysim(run + " --eager-fused-norm"));
  const auto eager = parse_json(mlsysim(run + " --eager"));
  const double f = fused["step"]["memory_bound_time"]["value"].get<double>();
  const double n = norm["step"]["memory_bound_time"]["value"].get<double>();
  const double e = eager["step"]["memory_bound_time"]["value"].get<double>();
  // The fused loss (10 B per logit) is in all three: the layers' share scales with the counts.
  const double loss = (606208.0 * f - 200704.0 * e) / (606208.0 - 200704.0);
  EXPECT_NEAR((n - loss) / (f - loss), 344064.0 / 200704.0, 1e-9);
  const auto both = mlsysim(run + " --eager --eager-fused-norm");
  EXPECT_NE(both.code, 0);
  EXPECT_THAT(both.out + both.err, HasSubstr("--eager excludes --eager-fused-norm"));
}

TEST(CliTrainAndPlan, CudaGraphsShortenOnlyTheKernelLaunchGaps) {
  // Each kernel boundary costs launch gap + stall: 2.5 + 3.7 us launched one by one, 1.3 + 3.7 us
  // replayed from a CUDA graph (docs/solvers.md, "Kernel boundaries"); nothing else moves.
  const char* run = "train Llama3_8B Lab_64_H100 --seq-len 4096 --global-batch 64 --format json";
  const auto eager = parse_json(mlsysim(run));
  const auto graph = parse_json(mlsysim(std::string(run) + " --cuda-graphs"));
  const double e = eager["step"]["kernel_boundary_time"]["value"].get<double>();
  const double g = graph["step"]["kernel_boundary_time"]["value"].get<double>();
  EXPECT_GT(e, 0.0);
  EXPECT_NEAR(g / e, 5.0 / 6.2, 1e-9);
  EXPECT_DOUBLE_EQ(graph["step"]["compute_time"]["value"].get<double>(),
                   eager["step"]["compute_time"]["value"].get<double>());
  EXPECT_LT(graph["step"]["step_time"]["value"].get<double>(),
            eager["step"]["step_time"]["value"].get<double>());
}

TEST(CliTrainAndPlan, StreamKShortensTheGemmsOfAPartialLastWaveAndNothingElse) {
  // Llama 3 8B at 4,096 tokens per micro-batch: e.g. the 4,096 x 4,096 output projection is 512
  // tiles of 128 x 256 on 132 SMs, 3.9 waves; --stream-k spreads the partial one over every SM
  // (docs/solvers.md, "Stream-K, opt-in"). Kernel boundaries and communication do not move.
  const char* run = "train Llama3_8B Lab_64_H100 --seq-len 4096 --global-batch 64 --format json";
  const auto waves = parse_json(mlsysim(run));
  const auto streamed = parse_json(mlsysim(std::string(run) + " --stream-k"));
  const auto step = [](const json& j, const char* field) {
    return j["step"][field]["value"].get<double>();
  };
  EXPECT_LT(step(streamed, "compute_time"), step(waves, "compute_time"));
  EXPECT_GT(step(streamed, "compute_time"), 0.8 * step(waves, "compute_time"));
  EXPECT_DOUBLE_EQ(step(streamed, "kernel_boundary_time"), step(waves, "kernel_boundary_time"));
}

TEST(CliTrainAndPlan, DropoutAddsItsKernelsWhenEagerAndOnlyItsMasksWhenFused) {
  // docs/solvers.md, "Dropout": with --eager the two residual sites are a kernel each way (4 per
  // layer and micro-batch against --eager's 78 more than fused, at selective recomputation and a
  // fused attention kernel); fused, only their 1-byte masks move. The GEMMs never move.
  const std::string run =
      "train Llama3_8B Lab_64_H100 --seq-len 4096 --global-batch 64 --recompute selective "
      "--format json";
  const auto step = [](const json& j, const char* field) {
    return j["step"][field]["value"].get<double>();
  };
  const auto fused = parse_json(mlsysim(run));
  const auto fused_drop = parse_json(mlsysim(run + " --dropout"));
  const auto eager = parse_json(mlsysim(run + " --eager"));
  const auto eager_drop = parse_json(mlsysim(run + " --eager --dropout"));
  EXPECT_NEAR((step(eager_drop, "kernel_boundary_time") - step(eager, "kernel_boundary_time")) /
                  (step(eager, "kernel_boundary_time") - step(fused, "kernel_boundary_time")),
              4.0 / 78.0, 1e-9);
  EXPECT_DOUBLE_EQ(step(fused_drop, "kernel_boundary_time"), step(fused, "kernel_boundary_time"));
  EXPECT_GT(step(fused_drop, "memory_bound_time"), step(fused, "memory_bound_time"));
  EXPECT_GT(step(eager_drop, "memory_bound_time") - step(eager, "memory_bound_time"),
            step(fused_drop, "memory_bound_time") - step(fused, "memory_bound_time"));
  EXPECT_DOUBLE_EQ(step(eager_drop, "compute_time"), step(fused, "compute_time"));
}

TEST(CliTrainAndPlan, SeparateProjectionsAddTheirGemmKernels) {
  // docs/solvers.md, "Separate projections": Q / K / V as three GEMMs add 6 GEMM kernels per layer
  // and micro-batch (2 forward, 4 backward), gate / up 3; under fused elementwise kernels no add
  // kernel. Relative to --eager's 78 extra kernels at selective recomputation: 6 / 78 and 9 / 78.
  const std::string run =
      "train Llama3_8B Lab_64_H100 --seq-len 4096 --global-batch 64 --recompute selective "
      "--format json";
  const auto boundary = [&](const std::string& flags) {
    return parse_json(mlsysim(run + flags))["step"]["kernel_boundary_time"]["value"].get<double>();
  };
  const double fused = boundary("");
  const double eager_extra = boundary(" --eager") - fused;
  EXPECT_NEAR((boundary(" --separate-qkv") - fused) / eager_extra, 6.0 / 78.0, 1e-9);
  EXPECT_NEAR((boundary(" --separate-qkv --separate-gate-up") - fused) / eager_extra, 9.0 / 78.0,
              1e-9);
}

TEST(CliTrainAndPlan, NoGemmStallLetsHopperHideFsdpCollectivesAndChangesNothingOnAmpere) {
  // ZeRO-3 over 64 H100s: the persistent GEMMs stall behind every all-gather and reduce-scatter
  // (docs/solvers.md, "Persistent GEMMs beside collectives"), so all of them are exposed;
  // --no-gemm-stall (an SM carve-out) hides most of them again. A100's GEMMs run in waves.
  auto step = [&](const std::string& fleet_and_dp, const std::string& flags) {
    return parse_json(mlsysim("train Llama3_8B " + fleet_and_dp +
                              " --zero 3 --seq-len 4096 --global-batch 1024 --format json" +
                              flags))["step"];
  };
  const auto stalled = step("Lab_64_H100 --dp 64", "");
  const auto carved = step("Lab_64_H100 --dp 64", " --no-gemm-stall");
  const double comm = stalled["dp_comm_time"]["value"].get<double>();
  EXPECT_NEAR(stalled["dp_exposed_time"]["value"].get<double>(), comm, 1e-9 * comm);
  EXPECT_LT(carved["dp_exposed_time"]["value"].get<double>(),
            0.9 * carved["dp_comm_time"]["value"].get<double>());
  EXPECT_LT(carved["step_time"]["value"].get<double>(),
            stalled["step_time"]["value"].get<double>());
  EXPECT_EQ(step("Training_1K_A100 --dp 1024", "")["step_time"],
            step("Training_1K_A100 --dp 1024", " --no-gemm-stall")["step_time"]);
}

TEST(CliTrainAndPlan, TpCommOverlapHidesMostOfTheTensorParallelCollectives) {
  // Llama 3 70B at TP 8 with sequence parallelism on DGX H100: the flag pipelines the TP
  // collectives with the GEMMs (docs/solvers.md, "Tensor-parallel overlap"), so less of them is
  // exposed, but not none (each pipelined reduce-scatter's last chunk follows its GEMM).
  const std::string run =
      "train Llama3_70B Lab_64_H100 --tp 8 --dp 8 --seq-len 4096 --global-batch 64 --format json";
  const auto serial = parse_json(mlsysim(run + " --no-async-tp-backward"))["step"];
  const auto overlapped = parse_json(mlsysim(run + " --tp-comm-overlap"))["step"];
  const double comm = serial["tp_exposed_time"]["value"].get<double>();  // all of it, serial
  const double exposed = overlapped["tp_exposed_time"]["value"].get<double>();
  EXPECT_GT(exposed, 0.0);
  EXPECT_LT(exposed, 0.5 * comm);
  EXPECT_EQ(serial["tp_overlap"], "serial");
  EXPECT_EQ(overlapped["tp_overlap"], "overlapped as Transformer Engine's userbuffers run them");
  EXPECT_LT(overlapped["step_time"]["value"].get<double>(),
            serial["step_time"]["value"].get<double>());
  // The default is Megatron's asynchronous backward. On H100 its collectives stall the
  // persistent GEMMs beside them, so the sequence-parallel re-gathers are exposed on top.
  const auto async = parse_json(mlsysim(run))["step"];
  EXPECT_EQ(async["tp_overlap"],
            "serial forward; backward all-gather / reduce-scatter beside the gradient GEMMs "
            "(Megatron / Transformer Engine async)");
  EXPECT_GT(async["tp_exposed_time"]["value"].get<double>(), comm);
}

TEST(CliTrainAndPlan, EpForwardingSendsFewerCopiesOverTheFabricOnlyAcrossNodes) {
  // Qwen3-30B-A3B (128 experts, 8 per token): EP 16 spans two DGX H100 nodes, so forwarding
  // (docs/solvers.md, "EP with node forwarding") cuts the all-to-all; EP 8 stays in one node.
  const std::string run =
      "train Qwen3_30B_A3B Lab_64_H100 --seq-len 4096 --global-batch 128 --recompute full "
      "--format json --ep ";
  auto ep_time = [&](const std::string& args) {
    return parse_json(mlsysim(run + args))["step"]["ep_exposed_time"]["value"].get<double>();
  };
  EXPECT_LT(ep_time("16 --ep-forwarding"), 0.5 * ep_time("16"));
  EXPECT_DOUBLE_EQ(ep_time("8 --ep-forwarding"), ep_time("8"));
}

TEST(CliTrainAndPlan, AMoeStepSaysWhatItsExpertLayersLeaveOut) {
  // No hidden assumption: the dispatcher's host wait, per-expert launches and DeepEP / HybridEP
  // kernels are not priced, and a MoE answer says so; a dense model's does not.
  const auto moe =
      mlsysim("train Qwen3_30B_A3B Lab_64_H100 --seq-len 4096 --global-batch 128 --ep 8");
  EXPECT_EQ(moe.code, 0);
  EXPECT_THAT(moe.out, HasSubstr("Qwen3_30B_A3B's MoE layers are priced as grouped expert GEMMs"));
  EXPECT_THAT(moe.out, HasSubstr("docs/research/megatron-moe-host-sync.md"));
  const auto dense = mlsysim("train Llama3_8B Lab_64_H100 --seq-len 4096 --global-batch 64");
  EXPECT_EQ(dense.code, 0);
  EXPECT_THAT(dense.out, ::testing::Not(HasSubstr("MoE layers are priced")));
}

TEST(CliTrainAndPlan, AlternateMatmulsSitsBetweenSelectiveAndFullRecomputation) {
  // torchtitan's op-level selective checkpointing re-runs every second matmul of a layer: more
  // compute time than selective (the attention core alone) and less than full, and it keeps less
  // than selective (which keeps every matmul output).
  const std::string run =
      "train Llama3_8B Lab_64_H100 --seq-len 4096 --global-batch 64 --format json --recompute ";
  auto step = [&](const std::string& mode) {
    const auto j = parse_json(mlsysim(run + mode));
    return std::pair{j["step"]["compute_time"]["value"].get<double>(),
                     j["memory"]["activations"]["value"].get<double>()};
  };
  const auto sel = step("selective");
  const auto alt = step("alternate_matmuls");
  const auto full = step("full");
  EXPECT_GT(alt.first, sel.first);
  EXPECT_LT(alt.first, full.first);
  EXPECT_LT(alt.second, sel.second);
  EXPECT_GT(alt.second, full.second);
  // A MoE layer (Qwen3-30B-A3B, experts over 8 ranks): the routed experts' grouped GEMMs always
  // run again, and the order holds.
  const std::string moe =
      "train Qwen3_30B_A3B Lab_64_H100 --seq-len 4096 --global-batch 128 --ep 8 --format json "
      "--recompute ";
  auto moe_step = [&](const std::string& mode) {
    const auto j = parse_json(mlsysim(moe + mode));
    return std::pair{j["step"]["compute_time"]["value"].get<double>(),
                     j["memory"]["activations"]["value"].get<double>()};
  };
  const auto moe_sel = moe_step("selective");
  const auto moe_alt = moe_step("alternate_matmuls");
  const auto moe_full = moe_step("full");
  EXPECT_GT(moe_alt.first, moe_sel.first);
  EXPECT_LT(moe_alt.first, moe_full.first);
  EXPECT_LT(moe_alt.second, moe_sel.second);
  EXPECT_GT(moe_alt.second, moe_full.second);
}

TEST(CliTrainAndPlan, OffloadFlagsMoveStateToHostMemoryAndParameterOffloadNeedsZero3) {
  const std::string run =
      "train Llama3_8B Lab_64_H100 --seq-len 4096 --global-batch 64 --format json --zero ";
  const auto on_gpu = parse_json(mlsysim(run + "3"));
  const auto opt = parse_json(mlsysim(run + "3 --offload-optimizer"));
  const auto params = parse_json(mlsysim(run + "3 --offload-parameters"));
  EXPECT_FALSE(on_gpu["memory"].contains("host"));
  EXPECT_EQ(opt["memory"]["optimizer"]["value"].get<double>(), 0.0);
  EXPECT_GT(opt["memory"]["gradients"]["value"].get<double>(), 0.0);
  EXPECT_EQ(params["memory"]["gradients"]["value"].get<double>(), 0.0);
  EXPECT_GT(params["memory"]["host"]["value"].get<double>(),
            opt["memory"]["host"]["value"].get<double>());
  const auto refused = mlsysim(run + "1 --offload-parameters");
  EXPECT_EQ(refused.code, 1);
  EXPECT_THAT(refused.out + refused.err,
              HasSubstr("invalid argument 'offload_parameters': parameter offload needs ZeRO-3 "
                        "(sharded parameters), got ZeRO-1"));
}

TEST(CliTrainAndPlan, AnEmptyPlanExitsTwoAndSaysWhichConstraintRemovedHowMany) {
  const auto r = mlsysim("plan Llama3_405B Lab_64_H100 --global-batch 3");
  EXPECT_EQ(r.code, 2);
  // Every count is a multiple of the 4 recomputation modes (none, selective, mlp, full) searched.
  EXPECT_THAT(r.out, HasSubstr("no configuration qualifies: 19200 removed because degrees do not "
                               "divide the heads, layers, sequence or batch; 256 do not fit"));
  const auto cp = mlsysim(
      "train Llama3_70B Lab_64_H100 --tp 8 --cp 4 --pp 2 --seq-len 65536 "
      "--global-batch 4 --recompute full --format json");
  EXPECT_EQ(cp.code, 0) << cp.err;
  const auto j = parse_json(cp);
  expect_quantity(j["step"]["cp_exposed_time"], "s");
}

TEST(CliServe, ServingAndTpotTarget) {
  const auto j =
      parse_json(mlsysim("serve Llama3_70B H100 --tp 8 --input-tokens 2048 --output-tokens 256 "
                         "--batch 32 --format json"));
  expect_quantity(j["serving"]["ttft"], "ms");
  expect_quantity(j["serving"]["kv_per_token"], "KiB");
  EXPECT_GT(j["serving"]["max_concurrent"].get<int>(), 32);
  const auto t = parse_json(mlsysim("serve Llama3_8B H100 --tpot-target \"20 ms\" --format json"));
  EXPECT_LE(t["serving"]["tpot"]["value"].get<double>(), 20.0);
  EXPECT_EQ(mlsysim("serve ResNet50 H100").code, 1);
}

TEST(CliServe, ExpertWeightsQuantizeOnlyTheRoutedExperts) {
  // gpt-oss-120b as released: MXFP4 experts, BF16 elsewhere. 114,661,785,600 routed parameters
  // at 0.5 B and 2,167,371,072 others at 2 B = 61.666 GB = 57.43 GiB.
  const auto r = mlsysim("serve GPT_OSS_120B H100 --weights bf16 --expert-weights fp4");
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("57.43 GiB"));
  const auto dense = mlsysim("serve Llama3_8B H100 --expert-weights fp4");
  EXPECT_EQ(dense.code, 1);
  EXPECT_THAT(dense.err, HasSubstr("has no routed experts to quantize"));
}

TEST(CliServe, ConcurrencySimulatesAClosedLoopBenchmark) {
  // 32 clients with 2048-token prompts: the first wave's prompts fill the 8192-token budget four
  // at a time, so the closed loop's mean TTFT is several prefill iterations, far above the steady
  // state's one chunk beside the decodes; the warm-up leaves the first wave out of the 288
  // measured requests.
  const auto r = mlsysim(
      "serve Llama3_8B H100 --input-tokens 2048 --output-tokens 128 --batch 32 --concurrency 32 "
      "--prompts 320 --warmup 32 --format json");
  ASSERT_EQ(r.code, 0) << r.err;
  const auto j = parse_json(r);
  expect_quantity(j["closed_loop"]["ttft_mean"], "ms");
  EXPECT_EQ(j["closed_loop"]["prompts"].get<int>(), 320);
  EXPECT_GT(j["closed_loop"]["ttft_mean"]["value"].get<double>(),
            2.0 * j["serving"]["ttft"]["value"].get<double>());
  expect_quantity(j["closed_loop"]["output_throughput"], "tokens/s");
  const auto bad = mlsysim("serve Llama3_8B H100 --concurrency 8 --prompts 10 --warmup 10");
  EXPECT_EQ(bad.code, 1);
  EXPECT_THAT(bad.err, HasSubstr("'--warmup'"));
}

TEST(CliFootprint, EnergyCarbonWaterAndCost) {
  const auto j = parse_json(mlsysim("footprint Frontier_8K --days 30 --grid Texas --format json"));
  expect_quantity(j["footprint"]["facility_energy"], "MWh");
  expect_quantity(j["cost"]["tco"], "USD");
  const auto missing = mlsysim("footprint Frontier_8K --days 30");
  EXPECT_EQ(missing.code, 1);
  EXPECT_THAT(missing.err, HasSubstr("give --grid or --datacenter"));
  EXPECT_EQ(mlsysim("footprint Frontier_8K --days -3 --grid Texas").code, 1);
}

TEST(CliFootprint, ThePueFallbackIsAnOptionEchoedAsAnAssumption) {
  // Poland's grid entry gives no PUE, so the fallback applies: 1.56 by default, --pue when given.
  const auto by_default = mlsysim("footprint Frontier_8K --days 30 --grid Poland");
  ASSERT_EQ(by_default.code, 0) << by_default.err;
  EXPECT_THAT(by_default.out, HasSubstr("PUE 1.56: default"));
  const auto given =
      mlsysim("footprint Frontier_8K --days 30 --grid Poland --pue 1.1 --format json");
  ASSERT_EQ(given.code, 0) << given.err;
  EXPECT_DOUBLE_EQ(parse_json(given)["footprint"]["pue"].get<double>(), 1.1);
  const auto below_one = mlsysim("footprint Frontier_8K --days 30 --grid Poland --pue 0.5");
  EXPECT_EQ(below_one.code, 1);
  EXPECT_THAT(below_one.err, HasSubstr("invalid argument '--pue'"));
}

TEST(CliAuditAndValidate, AuditListsFindingsAndValidateReportsEveryDefect) {
  const auto a = parse_json(mlsysim("audit --format json"));
  EXPECT_FALSE(a["findings"].empty());
  const std::string data = std::string(MLSYSIM_SOURCE_DIR) + "/tests/data";
  const auto ok = parse_json(mlsysim("validate " + data + "/overlay --format json"));
  EXPECT_TRUE(ok["result"]["valid"].get<bool>());
  EXPECT_EQ(ok["result"]["added"], 2);
  const auto broken = mlsysim("validate " + data + "/codegen/broken/every_error_is_reported");
  EXPECT_EQ(broken.code, 3);
  EXPECT_THAT(broken.err, HasSubstr("/memory/bandwidth: unknown unit 'TBps'"));
  EXPECT_THAT(broken.err, HasSubstr("/kv_heads: kv_heads 3 does not divide heads 4"));
  const auto overlay = mlsysim("--catalog " + data + "/overlay show LabAccel --format json");
  EXPECT_EQ(overlay.code, 0);
  EXPECT_EQ(mlsysim("--catalog " + data + "/codegen/broken/unknown_unit zoo").code, 3);
}

TEST(CliPlot, WritesSvgAndPngFiles) {
  const auto dir = std::filesystem::temp_directory_path();
  const auto svg = dir / ("mlsysim-roofline-" + std::to_string(getpid()) + ".svg");
  const auto png = dir / ("mlsysim-grids-" + std::to_string(getpid()) + ".png");
  std::filesystem::remove(svg);
  std::filesystem::remove(png);
  EXPECT_EQ(
      mlsysim("plot roofline H100 --models Llama3_8B,ResNet50 --batch 8 -o " + svg.string()).code,
      0);
  EXPECT_GT(std::filesystem::file_size(svg), 1000u);
  std::ifstream in(svg);
  std::string head(200, '\0');
  in.read(head.data(), 200);
  EXPECT_THAT(head, HasSubstr("<svg"));
  EXPECT_EQ(
      mlsysim("plot grids Frontier_8K --days 30 --grids Quebec,Poland,Texas -o " + png.string())
          .code,
      0);
  EXPECT_GT(std::filesystem::file_size(png), 1000u);
  EXPECT_EQ(mlsysim("plot roofline H100 -o /nonexistent/dir/x.png").code, 1);
}

TEST(CliTour, RunsTheWholeTour) {
  const auto r = mlsysim("tour");
  EXPECT_EQ(r.code, 0) << r.err;
  for (const char* s :
       {"The catalog", "Units", "DimensionalityError", "Roofline", "Training plan", "Footprint"}) {
    EXPECT_THAT(r.out, HasSubstr(s));
  }
}

TEST(CliTour, InJsonTheTourIsOneJsonDocument) {
  // The tour once printed text around the formatter, so `--format json` was not JSON.
  const auto r = mlsysim("tour --format json");
  ASSERT_EQ(r.code, 0) << r.err;
  json j;
  ASSERT_NO_THROW(j = json::parse(r.out)) << r.out;  // the whole of stdout: one document
  ASSERT_TRUE(j.is_object());
  EXPECT_EQ(j["command"], "tour");
  // The tour counts the same catalog `zoo` lists: every device, every grid.
  const auto devices = parse_json(mlsysim("zoo hardware --format json"));
  EXPECT_EQ(j["catalog"]["devices"].get<std::size_t>(), devices["entries"].size());
  const auto grids = parse_json(mlsysim("zoo infra --tier grids --format json"));
  EXPECT_EQ(j["catalog"]["grids"].get<std::size_t>(), grids["entries"].size());
  // The devices it lists all have at least 141 GB (its filter), fastest first.
  ASSERT_FALSE(j["zoo"].empty());
  double previous_peak = 1e300;
  for (const auto& d : j["zoo"]) {
    SCOPED_TRACE(d["key"].get<std::string>());
    const auto unit = d["memory"]["unit"].get<std::string>();
    ASSERT_TRUE(unit == "GiB" || unit == "TiB") << unit;
    const double bytes = d["memory"]["value"].get<double>() * (unit == "TiB" ? 0x1p40 : 0x1p30);
    EXPECT_GE(bytes, 141e9);
    ASSERT_EQ(d["peak"]["unit"], "TFLOP/s");
    EXPECT_LE(d["peak"]["value"].get<double>(), previous_peak);
    previous_peak = d["peak"]["value"].get<double>();
  }
  // NVIDIA A100 80GB SXM datasheet: 2,039 GB/s = 2.039e12 / 2^30 = 1898.97 GiB/s; 312 TFLOP/s
  // dense BF16 over 2.039 TB/s is a ridge of 153.02 FLOP/B; 400 Gb/s / 8 = 50 GB/s.
  const auto& units = j["units"];
  expect_quantity(units["a100_bandwidth_gib"], "GiB/s");
  EXPECT_NEAR(units["a100_bandwidth_gib"]["value"].get<double>(), 1898.97, 0.01);
  EXPECT_NEAR(units["a100_ridge_point"]["value"].get<double>(), 153.02, 0.01);
  EXPECT_NEAR(units["link_400gbps"]["value"].get<double>(), 50.0, 1e-9);
  EXPECT_THAT(units["bandwidth_to_flops"].get<std::string>(), HasSubstr("DimensionalityError"));
  // Decode of an 8B model reads all its weights per step: about 2 FLOP per 2-byte weight per
  // sequence, so at batch 1 and 64 the intensity is far below the H100 ridge (~295 FLOP/B).
  ASSERT_EQ(j["roofline"].size(), 2u);
  for (const auto& row : j["roofline"]) EXPECT_EQ(row["wall"], "memory bandwidth");
  ASSERT_EQ(j["plan"].size(), 3u);  // the tour asks for the top 3
  EXPECT_EQ(j["plan"][0]["rank"], 1);
  ASSERT_EQ(j["footprint"].size(), 2u);
  EXPECT_EQ(j["footprint"][0]["grid"], "Quebec");
  EXPECT_EQ(j["footprint"][1]["grid"], "Poland");
  // The other formats go through the same formatter.
  const auto csv = mlsysim("tour --format csv");
  EXPECT_EQ(csv.code, 0) << csv.err;
  EXPECT_THAT(csv.out, HasSubstr("\nsection,field,value\nunits,a100_peak,312 TFLOPs/s\n"));
  const auto markdown = mlsysim("tour --format markdown");
  EXPECT_EQ(markdown.code, 0) << markdown.err;
  EXPECT_THAT(markdown.out, HasSubstr("| A100 bandwidth in GiB/s | 1898.97 GiB/s |"));
}

}  // namespace

// ---- hostile invocations (issue 13): a named error and exit 1, never a crash or exit 0 ----

struct BadCall {
  const char* args;
  const char* message;
};

const BadCall kBadCalls[] = {
    {"convert \"1 ((((((((((((((((((((W))))))))))))))))))))\" W",
     "parentheses nested deeper than 16 levels"},
    {"convert \"3 W^99999999999\" W", "exponent '99999999999' is out of range"},
    {"convert \"5 W*((m^8)^8)^4\" kW", "dimension exponent 64 of [length] is out of range"},
    {"train Llama3_70B Training_1K --tp 8 --pp 4 --dp 32 --microbatch 576460752303423488",
     "invalid argument '--microbatch': must be in [1, 16777216], got 576460752303423488"},
    {"train Llama3_8B Training_1K --tp 4 --pp 1 --dp 4611686018427388160 --global-batch "
     "4611686018427388160",
     "invalid argument '--global-batch': must be in [1, 1073741824]"},
    {"train Llama3_8B Training_1K --tp 4 --pp 1 --dp 4611686018427388160",
     "invalid argument '--dp': must be in [1, 1048576], got 4611686018427388160"},
    {"serve Llama3_70B H100 --tp 8 --batch 1000000000 --input-tokens 1000000000 "
     "--output-tokens 1000000000",
     "invalid argument '--batch': must be in [1, 16777216], got 1000000000"},
    {"serve Llama3_70B H100 --tp 8 --input-tokens 1000000000",
     "invalid argument '--input-tokens': must be in [1, 16777216]"},
    {"train Llama3_70B Frontier_8K --tp 8 --pp 4 --grid NoSuchGrid",
     "the footprint is for the whole run: give --tokens"},
    {"train Llama3_70B Frontier_8K --tp 8 --pp 4 --tokens 1e12 --grid NoSuchGrid",
     "unknown entry 'NoSuchGrid'"},
    {"train Llama3_70B Frontier_8K --tp 8 --pp 4 --tokens 1e12 --grid H100", "H100"},
    {"train Llama3_70B Frontier_8K --tp 8 --pp 4 --tokens 1e12 --grid Quebec --datacenter "
     "Quebec",
     "give --grid or --datacenter, not both"},
    {"train Llama3_70B Frontier_8K --tp 8 --pp 4 --tokens -1",
     "invalid argument '--tokens': the token budget must be a number in (0, 1e+18], got -1"},
    {"train Llama3_70B Frontier_8K --tp 8 --pp 4 --tokens nan", "got nan"},
    {"plan Llama3_70B Training_1K --tokens -5", "invalid argument '--tokens'"},
    {"plan Llama3_70B Training_1K --tokens 2e12 --grid Quebec",
     "plan ranks configurations and computes no footprint"},
    {"footprint Frontier_8K --days 30 --grid Poland --price \"-0.08 USD/kWh\"",
     "invalid argument '--price': expected a positive price per energy such as '0.08 USD/kWh', "
     "got '-0.08 USD/kWh' (not positive)"},
    {"footprint Frontier_8K --days 30 --grid Poland --price \"0.08 USD\"",
     "expected a positive price per energy such as '0.08 USD/kWh', got '0.08 USD' (dimension "
     "[currency])"},
    {"footprint Frontier_8K --days 1e300 --grid Poland",
     "invalid argument '--days': must be a number in (0, 36525], got 1e+300"},
    {"footprint Frontier_8K --days nan --grid Poland", "invalid argument '--days'"},
    {"plot roofline H100 --models Llama3_8B -o x.bmp",
     "invalid argument '--output': 'x.bmp' must end in .svg or .png"},
    {"plot roofline H100 --models ,,, -o f.svg", "invalid argument '--models': empty name"},
    // Every quantity option names itself when its text is not the quantity it takes
    // (flag_quantity, tools/cli/checks.hpp): a bare number, a wrong dimension, a bad sign.
    {"train Llama3_8B Frontier_8K --tp 8 --power-limit 500",
     "invalid argument '--power-limit': expected a positive power such as '500 W', got '500' "
     "(missing unit after '500' in '500')"},
    {"serve Llama3_8B H100 --power-limit \"-5 W\"",
     "invalid argument '--power-limit': expected a positive power such as '500 W', got '-5 W' "
     "(not positive)"},
    {"serve Llama3_8B H100 --host-per-sequence 30",
     "invalid argument '--host-per-sequence': expected a non-negative time such as '30 us', got "
     "'30' (missing unit after '30' in '30')"},
    {"serve Mixtral_8x7B H100 --tp 2 --expert-bandwidth-fraction nan",
     "invalid argument 'moe.expert_bandwidth_fraction': must be in (0, 1], got nan"},
    {"serve Mixtral_8x7B H100 --tp 2 --expert-bandwidth-fraction 2",
     "--expert-bandwidth-fraction: Value 2 not in range"},
    {"capacity Llama3_8B --qps 5 --host-per-iteration \"-1 ms\"",
     "invalid argument '--host-per-iteration': expected a non-negative time such as '30 us', got "
     "'-1 ms' (negative)"},
    {"serve Llama3_8B H100 --ttft-target 50",
     "invalid argument '--ttft-target': expected a positive time such as '50 ms', got '50'"},
    {"serve Llama3_8B H100 --latency-target \"0 s\"",
     "invalid argument '--latency-target': expected a positive time such as '50 ms', got '0 s' "
     "(not positive)"},
    {"capacity Llama3_8B --qps 5 --tpot-p99 \"50 GB\"",
     "invalid argument '--tpot-p99': expected a positive time such as '50 ms', got '50 GB' "
     "(dimension [information])"},
    {"capacity Llama3_8B --qps 5 --price 0.08",
     "invalid argument '--price': expected a positive price per energy such as '0.08 USD/kWh', "
     "got '0.08'"},
    {"place Frontier_8K --flops 1e24 --by cost+carbon --carbon-price 100",
     "invalid argument '--carbon-price': expected a positive carbon price such as "
     "'100 USD/tCO2e', got '100'"},
    {"scaling --flops inf",
     "invalid argument '--flops': expected a positive FLOP count such as "
     "1e24 or '3.14 ZFLOP', got 'inf FLOP' (number 'inf' is not finite"},
    {"scaling --flops \"5 GB\"",
     "invalid argument '--flops': expected a positive FLOP count such "
     "as 1e24 or '3.14 ZFLOP', got '5 GB' (dimension [information])"},
    {"synthesize Llama3_8B --tpot \"20 ms\" --dispatch-overhead 5",
     "invalid argument '--dispatch-overhead': expected a non-negative time such as '5 us', got "
     "'5'"},
    {"synthesize Llama3_8B --throughput \"5000 tokens\"",
     "invalid argument '--throughput': expected a positive rate such as '5000 tokens/s', got "
     "'5000 tokens' (dimension [dimensionless])"},
    {"reliability Frontier_8K --model Llama3_70B --checkpoint-tier Samsung_PM1743 "
     "--restart-overhead \"-1 min\"",
     "invalid argument '--restart-overhead': expected a non-negative time such as '10 min', got "
     "'-1 min' (negative)"},
    {"collective Lab_64_H100 all_reduce \"0 B\"",
     "invalid argument 'size': expected a positive data size such as '8 GiB', got '0 B' (not "
     "positive)"},
};

TEST(CliHostile, EveryBadInvocationIsANamedErrorWithExitCode1) {
  for (const auto& bad : kBadCalls) {
    SCOPED_TRACE(bad.args);
    const auto r = mlsysim(bad.args);
    EXPECT_EQ(r.code, 1) << r.err;
    EXPECT_THAT(r.err, HasSubstr(bad.message));
    EXPECT_THAT(r.err, ::testing::Not(HasSubstr("internal error")));
    EXPECT_EQ(r.out, "");
  }
}

TEST(CliHostile, ShowSuggestsEntriesThatContainTheName) {
  for (auto [name, suggestion] :
       {std::pair{"Frontier", "Frontier_8K"}, std::pair{"Eos", "NVIDIA_Eos"},
        std::pair{"Llama3", "Llama3_"}, std::pair{"GB300_NVL", "GB300_NVL72"}}) {
    SCOPED_TRACE(name);
    const auto r = mlsysim(std::string("show ") + name);
    EXPECT_EQ(r.code, 1);
    EXPECT_THAT(r.err, HasSubstr("did you mean"));
    EXPECT_THAT(r.err, HasSubstr(suggestion));
  }
}

TEST(CliHostile, TheDefaultGlobalBatchIsRaisedToAValidMultipleAndSaidSo) {
  const auto r = mlsysim("train Llama3_70B Frontier_8K --format json");
  ASSERT_NE(r.code, 1) << r.err;
  const json j = json::parse(r.out);
  ASSERT_TRUE(j.contains("notes")) << r.out;
  EXPECT_THAT(j["notes"][0].get<std::string>(),
              HasSubstr("assumed global batch 8192 sequences: the default 1024 is not a multiple "
                        "of dp x microbatch = 8192 x 1"));
}

TEST(CliReadable, TextShowsPercentagesScaledUnitsAndOneUnitPerColumn) {
  const auto eval = mlsysim("eval Llama3_8B H100 --batch 8 --context 2048");
  ASSERT_EQ(eval.code, 0) << eval.err;
  EXPECT_THAT(eval.out, ::testing::MatchesRegex("(.|\n)*MFU +[0-9.]+ %(.|\n)*"));
  EXPECT_THAT(eval.out, ::testing::MatchesRegex("(.|\n)*Capacity +79.22 GiB(.|\n)*"));
  EXPECT_THAT(eval.out, ::testing::MatchesRegex("(.|\n)*Latency +[0-9.]+ ms(.|\n)*"));
  // JSON keeps the exact fraction and the solver's unit.
  const auto j = parse_json(mlsysim("eval Llama3_8B H100 --batch 8 --context 2048 --format json"));
  EXPECT_LT(j["result"]["mfu"].get<double>(), 1.0);
  // Money reads as dollars with a suffix.
  const auto f = mlsysim("footprint Frontier_8K --days 30 --grid Texas --price \"0.08 USD/kWh\"");
  ASSERT_EQ(f.code, 0) << f.err;
  EXPECT_THAT(f.out, ::testing::MatchesRegex("(.|\n)*TCO for the period +\\$[0-9.]+[kMB](.|\n)*"));
  EXPECT_THAT(f.out, HasSubstr("power: node system power of 'DGX_H100'"));
  EXPECT_THAT(f.out, HasSubstr("carbon intensity of 'Texas': consumption-based"));
  // One unit per column: every TDP cell of a zoo table carries the same unit.
  const auto zoo = mlsysim("zoo hardware --tier tiny");
  ASSERT_EQ(zoo.code, 0);
  EXPECT_THAT(zoo.out, ::testing::Not(HasSubstr(" W ")));
}

TEST(CliHostile, ShowNamesTheOverlayFileAndFlagsHaveOneMeaning) {
  const std::string overlay = std::string(MLSYSIM_SOURCE_DIR) + "/tests/data/overlay";
  const auto r = mlsysim("show LabAccel --catalog " + overlay);
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr(overlay + "/hardware/cloud/LabAccel.json"));
  EXPECT_THAT(mlsysim("show H100").out, HasSubstr("catalog/hardware/cloud/H100.json"));
  // --tokens is the token budget of train and plan; eval takes --seq-len / --new-tokens.
  EXPECT_EQ(mlsysim("eval Llama3_8B H100 --tokens 5").code, 1);
  EXPECT_EQ(mlsysim("eval Llama3_8B H100 --new-tokens 5").code, 0);
  EXPECT_THAT(mlsysim("zoo systems --tier Systems.Clusters").out, HasSubstr("not ORNL Frontier"));
}
