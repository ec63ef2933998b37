// Tests of the serving commands of the mlsysim CLI (serve, capacity, plot serving): targets met or
// missed with the exit code and binding constraint, self-consistent JSON, and bad input.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "cli_runner.hpp"

namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using json = nlohmann::json;

using cli_runner::mlsysim;
using cli_runner::Run;

/// The "serving" object of `command`'s JSON answer (null, with a failure, when it does not exit 0).
json serving_of(const std::string& command) {
  const auto r = mlsysim(command);
  EXPECT_EQ(r.code, 0) << command << ": " << r.err;
  return r.code == 0 ? json::parse(r.out)["serving"] : json();
}

/// `command` exits non-zero with `text` (the option it names) in its error output.
void expect_refused(const std::string& command, const std::string& text) {
  const auto r = mlsysim(command);
  EXPECT_NE(r.code, 0) << command;
  EXPECT_THAT(r.err, HasSubstr(text)) << command;
}

double value(const json& q) { return q.at("value").get<double>(); }

TEST(CliServe, AMissedTargetExitsTwoAndNamesTheBindingConstraint) {
  const auto r = mlsysim("serve Llama3_8B H100 --tpot-target \"1 ms\" --format json");
  EXPECT_EQ(r.code, 2);
  const auto j = json::parse(r.out);
  EXPECT_FALSE(j["targets"]["tpot_met"].get<bool>());
  EXPECT_FALSE(j["targets"]["all_met"].get<bool>());
  EXPECT_THAT(j["targets"]["binding"].get<std::string>(), HasSubstr("tpot"));
  EXPECT_GT(value(j["serving"]["tpot"]), 1.0);
}

TEST(CliServe, ALinkWithoutALatencySaysWhatStandsInForIt) {
  // L40S's tensor-parallel steps cross PCIe, which has no latency in the catalog: the NVLink
  // figure stands in and the output says so. H100's NVLink needs no stand-in.
  const auto pcie = mlsysim("serve Llama3_8B L40S --tp 2");
  EXPECT_EQ(pcie.code, 0);
  EXPECT_THAT(pcie.out, HasSubstr("L40S's link (PCIe Gen4 x16) gives no latency in the catalog: "
                                  "936.2 ns per collective step (the catalog's NVLink figure) "
                                  "stands in"));
  const auto nvlink = mlsysim("serve Llama3_8B H100 --tp 2");
  EXPECT_EQ(nvlink.code, 0);
  EXPECT_THAT(nvlink.out, ::testing::Not(HasSubstr("stands in")));
  EXPECT_THAT(mlsysim("serve Llama3_8B L40S --tp 2 --format json").out, HasSubstr("stands in"));
}

/// `said` prints `line` and exits 0, and `quiet` prints nothing containing `marker`: a note that
/// appears exactly where it applies.
void expect_note_only_where_it_applies(const std::string& said, const std::string& line,
                                       const std::string& quiet, const std::string& marker) {
  const auto r = mlsysim(said);
  EXPECT_EQ(r.code, 0) << said;
  EXPECT_THAT(r.out, HasSubstr(line)) << said;
  EXPECT_THAT(mlsysim(quiet).out, ::testing::Not(HasSubstr(marker))) << quiet;
}

TEST(CliServe, ATensorParallelGroupOnAFullMeshSaysWhichLinksItDrives) {
  // MI300X's Infinity Fabric joins each GPU to its 7 peers by a link each: tp 2 drives one of
  // them, and the output says so; at tp 8 every link is in use and nothing is said.
  expect_note_only_where_it_applies("serve Llama3_8B MI300X --tp 2",
                                    "MI300X's link is a full mesh of 7 peer links: tp 2 drives 1 "
                                    "of them, 14% of the 896 GB/s the catalog quotes",
                                    "serve Llama3_8B MI300X --tp 8", "full mesh");
}

TEST(CliServe, ADeviceWithoutACoreCountSaysItsGemmsAreNotQuantized) {
  // The L4 entry has no SM count: the GEMM model cannot apply tile and wave quantization, and
  // the output says so; H100 (132 SMs) prints no such line.
  expect_note_only_where_it_applies(
      "serve Llama3_8B L4",
      "L4 has no core count in the catalog: GEMMs are priced without tile and wave quantization",
      "serve Llama3_8B H100", "no core count");
}

TEST(CliServe, AWindowedModelSaysWhichKvPagesItKeeps) {
  // gpt-oss-120b: 18 of 36 layers see 128 tokens. By default only the window's pages are kept;
  // --full-kv-pages keeps every token's, twice the KV per request at 8K tokens (less one page).
  const auto windowed = mlsysim(
      "serve GPT_OSS_120B H100 --tp 4 --input-tokens 8000 --output-tokens 192 --format json");
  ASSERT_EQ(windowed.code, 0) << windowed.err;
  EXPECT_THAT(windowed.out, HasSubstr("18 of GPT_OSS_120B's 36 layers attend within 128-token "
                                      "windows; their KV keeps only the window's pages"));
  const auto full = mlsysim(
      "serve GPT_OSS_120B H100 --tp 4 --input-tokens 8000 --output-tokens 192 --full-kv-pages "
      "--format json");
  ASSERT_EQ(full.code, 0) << full.err;
  EXPECT_THAT(full.out, HasSubstr("their KV keeps every token's pages (--full-kv-pages)"));
  const double w = value(json::parse(windowed.out)["serving"]["kv_per_request"]);
  const double f = value(json::parse(full.out)["serving"]["kv_per_request"]);
  EXPECT_NEAR(f / w, 512.0 / 261.0, 1e-9);
  // A model without local attention prints no such note.
  EXPECT_THAT(mlsysim("serve Llama3_8B H100").out, ::testing::Not(HasSubstr("attend within")));
}

TEST(CliServe, StreamKShortensAPrefillWhoseGemmsLeaveAPartialWave) {
  // 2,048 prompt tokens x 4,096 on 128 x 256 tiles: 256 tiles on 132 SMs, 1.9 waves, which
  // --stream-k balances (docs/solvers.md, "Stream-K, opt-in"); a one-token decode step is bound
  // by the weights it reads either way.
  const auto waves = mlsysim("serve Llama3_8B H100 --input-tokens 2048 --format json");
  const auto streamed =
      mlsysim("serve Llama3_8B H100 --input-tokens 2048 --stream-k --format json");
  ASSERT_EQ(waves.code, 0) << waves.err;
  ASSERT_EQ(streamed.code, 0) << streamed.err;
  const auto w = json::parse(waves.out)["serving"];
  const auto s = json::parse(streamed.out)["serving"];
  EXPECT_LT(value(s["ttft"]), value(w["ttft"]));
  EXPECT_NEAR(value(s["tpot"]) / value(w["tpot"]), 1.0, 0.01);
}

TEST(CliServe, HostTimeIsPricedOnlyWhenGivenAndThenStated) {
  // A static batch of 16: each decode step waits 1 ms + 16 x 40 us on the host.
  const std::string run =
      "serve Llama3_8B H100 --static --batch 16 --input-tokens 512 "
      "--output-tokens 128 --format json";
  const auto plain = mlsysim(run);
  const auto host = mlsysim(run + " --host-per-iteration \"1 ms\" --host-per-sequence \"40 us\"");
  ASSERT_EQ(plain.code, 0) << plain.err;
  ASSERT_EQ(host.code, 0) << host.err;
  const auto p = json::parse(plain.out)["serving"];
  const auto h = json::parse(host.out)["serving"];
  EXPECT_FALSE(p.contains("host_time_per_iteration"));
  // Not given, the answer says what it assumes (an engine that overlaps its host work) and what
  // the engines that do not would wait; given, it prices and states the figures instead.
  const std::string assumed = "no host time between iterations is priced";
  EXPECT_THAT(json::parse(plain.out)["notes"].dump(), HasSubstr(assumed));
  EXPECT_THAT(json::parse(plain.out)["notes"].dump(), HasSubstr("--host-time vllm-v1-sync"));
  EXPECT_THAT(json::parse(host.out).value("notes", json::array()).dump(), Not(HasSubstr(assumed)));
  EXPECT_NEAR(value(h["tpot"]) - value(p["tpot"]), 1.0 + 16 * 0.040, 0.01);
  EXPECT_EQ(value(h["host_time_per_sequence"]), 40.0);
  EXPECT_EQ(h["host_time_per_sequence"]["unit"], "us");
  const auto planned = mlsysim(
      "capacity Llama3_8B --qps 2 --input-tokens 512 --output-tokens 128 --ttft-p99 \"2 s\" "
      "--devices H100 --requests 200 --host-per-sequence \"40 us\"");
  ASSERT_EQ(planned.code, 0) << planned.err;
  EXPECT_THAT(planned.out, HasSubstr("; host time 0 us per iteration + 40 us per sequence"));
}

TEST(CliServe, HostTimeByEngineNameSetsThePublishedPair) {
  // --host-time vllm-v1-sync is --host-per-iteration "1 ms" --host-per-sequence "15 us".
  const std::string run =
      "serve Llama3_8B H100 --static --batch 16 --input-tokens 512 --output-tokens 128 "
      "--format json";
  const json named = serving_of(run + " --host-time vllm-v1-sync");
  const json given =
      serving_of(run + " --host-per-iteration \"1 ms\" --host-per-sequence \"15 us\"");
  ASSERT_FALSE(named.is_null() || given.is_null());
  EXPECT_EQ(named, given);
  // An unknown engine, or a name with either number, is refused naming the option.
  expect_refused(run + " --host-time vllm-v2", "--host-time");
  expect_refused(run + " --host-time vllm-v0 --host-per-sequence \"1 us\"", "--host-time");
}

TEST(CliServe, MlaPrefillFormIsAnOptionForLatentAttentionModelsOnly) {
  // SGLang's fa3 rule runs a fresh 5,000-token DeepSeek prompt in the absorbed form: a longer
  // TTFT than the standard form, the same TPOT; a model without latent attention refuses it.
  const std::string run =
      "serve DeepSeek_R1 H200 --tp 8 -p fp8 --input-tokens 5000 --output-tokens 100 --batch 1 "
      "--no-front-end --format json";
  const json s = serving_of(run);
  const json f = serving_of(run + " --mla-prefill absorbed-below-8192");
  ASSERT_FALSE(s.is_null() || f.is_null());
  EXPECT_GT(value(f["ttft"]), value(s["ttft"]));
  EXPECT_DOUBLE_EQ(value(f["tpot"]), value(s["tpot"]));
  expect_refused("serve Llama3_8B H100 --mla-prefill absorbed-with-prefix",
                 "has no multi-head latent attention");
  expect_refused(run + " --mla-prefill latent", "--mla-prefill");
}

TEST(CliServe, TheFrontEndIsPricedByDefaultAndStated) {
  // A continuous batch of 16: each request pays the front end before its prompt. By default
  // 6.6 ms + 512 x 2 us; given, 4 ms + 3 ms + 512 x 1 us; zeroed, nothing, and not stated.
  const std::string run =
      "serve Llama3_8B H100 --batch 16 --input-tokens 512 --output-tokens 128 --format json";
  const auto plain = mlsysim(run);
  const auto given = mlsysim(run +
                             " --front-end-latency \"4 ms\" --front-end-per-request \"3 ms\" "
                             "--front-end-per-token \"1 us\"");
  const auto none = mlsysim(run + " --front-end-latency \"0 ms\" --front-end-per-token \"0 us\"");
  ASSERT_EQ(plain.code, 0) << plain.err;
  ASSERT_EQ(given.code, 0) << given.err;
  ASSERT_EQ(none.code, 0) << none.err;
  const auto p = json::parse(plain.out)["serving"];
  const auto g = json::parse(given.out)["serving"];
  const auto n = json::parse(none.out)["serving"];
  EXPECT_FALSE(n.contains("front_end_latency"));
  EXPECT_EQ(value(p["front_end_latency"]), 6.6);
  EXPECT_EQ(p["front_end_latency"]["unit"], "ms");
  EXPECT_EQ(value(p["front_end_per_prompt_token"]), 2.0);
  EXPECT_EQ(p["front_end_workers"], 1);
  EXPECT_NEAR(value(p["ttft"]) - value(n["ttft"]), 6.6 + 512 * 0.002, 1e-6);
  EXPECT_NEAR(value(g["ttft"]) - value(n["ttft"]), 4.0 + 3.0 + 512 * 0.001, 1e-6);
  EXPECT_DOUBLE_EQ(value(g["tpot"]), value(n["tpot"]));
  const auto planned = mlsysim(
      "capacity Llama3_8B --qps 2 --input-tokens 512 --output-tokens 128 --ttft-p99 \"2 s\" "
      "--devices H100 --requests 200 --front-end-per-request \"3 ms\" --front-end-workers 2");
  ASSERT_EQ(planned.code, 0) << planned.err;
  EXPECT_THAT(planned.out,
              HasSubstr("; front end 3 ms + 2 us per prompt token on 2 workers + 6.6 ms latency"));
  EXPECT_THAT(planned.out, Not(HasSubstr("; host time")));
  // --no-front-end is the zeroed front end; it excludes the front-end options.
  const auto in_process = mlsysim(run + " --no-front-end");
  ASSERT_EQ(in_process.code, 0) << in_process.err;
  EXPECT_EQ(json::parse(in_process.out)["serving"], n);
  expect_refused(run + " --no-front-end --front-end-latency \"1 ms\"", "--no-front-end");
  // Bad values are refused naming the option.
  expect_refused(run + " --front-end-per-request 3", "--front-end-per-request");
  expect_refused(run + " --front-end-workers 0", "--front-end-workers");
}

TEST(CliServe, TheRoutedExpertsKernelIsStatedAsAStandInUntilGiven) {
  const std::string run = "serve Mixtral_8x7B H100 --tp 2 --batch 8 --format json";
  const auto plain = mlsysim(run);
  const auto given = mlsysim(run + " --expert-bandwidth-fraction 0.75");
  ASSERT_EQ(plain.code, 0) << plain.err;
  ASSERT_EQ(given.code, 0) << given.err;
  const auto p = json::parse(plain.out);
  const auto g = json::parse(given.out);
  EXPECT_THAT(p.dump(), HasSubstr("routed experts stream their weights at the device's streaming "
                                  "bandwidth"));
  EXPECT_THAT(g.dump(), Not(HasSubstr("routed experts stream their weights")));
  EXPECT_FALSE(p["serving"].contains("expert_bandwidth_fraction"));
  EXPECT_EQ(g["serving"]["expert_bandwidth_fraction"].get<double>(), 0.75);
  EXPECT_GT(value(g["serving"]["tpot"]), value(p["serving"]["tpot"]));
  // A dense model says nothing about experts and refuses the option.
  const auto dense = mlsysim("serve Llama3_8B H100 --format json");
  ASSERT_EQ(dense.code, 0) << dense.err;
  EXPECT_THAT(dense.out, Not(HasSubstr("routed experts")));
  const auto refused = mlsysim("serve Llama3_8B H100 --expert-bandwidth-fraction 0.5");
  EXPECT_NE(refused.code, 0);
  EXPECT_THAT(refused.err, HasSubstr("'moe.expert_bandwidth_fraction'"));
  // capacity prices every configuration with the stand-in and says so too.
  const auto planned = mlsysim(
      "capacity Mixtral_8x7B --qps 1 --input-tokens 256 --output-tokens 64 --ttft-p99 \"5 s\" "
      "--devices H100 --tp-options 2 --requests 100");
  ASSERT_EQ(planned.code, 0) << planned.err;
  EXPECT_THAT(planned.out, HasSubstr("Mixtral_8x7B's routed experts stream their weights"));
}

TEST(CliServe, EnforceEagerLaunchesEveryIterationFromTheHostAndSaysWhatThatCosts) {
  // Llama 3.2 1B at batch 1 on an H100: the host's launches bound the decode step without CUDA
  // graphs (docs/solvers.md "Eager launches"); the record shows the host time per kernel.
  const std::string run = "serve Llama3_2_1B H100 --batch 1 --format json";
  const json g = serving_of(run);
  const json e = serving_of(run + " --enforce-eager");
  EXPECT_FALSE(g.contains("eager_host_per_kernel"));
  EXPECT_EQ(e["eager_host_per_kernel"]["unit"], "us");
  EXPECT_EQ(value(e["eager_host_per_kernel"]), 25.0);
  EXPECT_GT(value(e["tpot"]), 1.5 * value(g["tpot"]));
  // capacity takes the same flags and prices every configuration with them.
  const auto planned = mlsysim(
      "capacity Llama3_2_1B --qps 2 --input-tokens 256 --output-tokens 64 --tpot-p99 \"50 ms\" "
      "--devices H100 --tp-options 1 --requests 100 --enforce-eager --eager-prefill");
  EXPECT_EQ(planned.code, 0) << planned.err;
  EXPECT_THAT(planned.out, HasSubstr("3.675 ms"));  // 147 kernels x 25 us per decode step
}

TEST(CliServe, ABlockScaledFp8CheckpointIsSaidWhenServedWithFp8Gemms) {
  // DeepSeek-R1's published weights carry one scale per 128 x 128 block (fp8_weight_block); the
  // engine prices its FP8 GEMMs at the per-tensor rate, and serve says so. Not at BF16, and not
  // for a model whose catalog entry records no block-scaled checkpoint.
  const auto fp8 = mlsysim("serve DeepSeek_R1 H200 --tp 8 -p fp8 --batch 8");
  ASSERT_EQ(fp8.code, 0) << fp8.err;
  EXPECT_THAT(fp8.out, HasSubstr("DeepSeek_R1's published weights are FP8 with one scale per 128 "
                                 "x 128 block"));
  const auto bf16 = mlsysim("serve DeepSeek_R1 H200 --tp 8 -p bf16 --batch 1");
  EXPECT_THAT(bf16.out, Not(HasSubstr("published weights are FP8")));
  const auto llama = mlsysim("serve Llama3_1_8B H100 -p fp8");
  ASSERT_EQ(llama.code, 0) << llama.err;
  EXPECT_THAT(llama.out, Not(HasSubstr("published weights are FP8")));
}

TEST(CliServe, AMetTargetSaysWhatStoppedTheBatch) {
  const auto r =
      mlsysim("serve Llama3_8B H100 --input-tokens 2048 --tpot-target \"20 ms\" --format json");
  EXPECT_EQ(r.code, 0) << r.err;
  const auto j = json::parse(r.out);
  EXPECT_TRUE(j["targets"]["all_met"].get<bool>());
  EXPECT_LE(value(j["serving"]["tpot"]), 20.0);
  EXPECT_GT(j["targets"]["best_batch"].get<int>(), 1);
  EXPECT_FALSE(j["targets"]["binding"].get<std::string>().empty());
}

TEST(CliServe, AGivenBatchIsCheckedAgainstEachTarget) {
  const auto r = mlsysim(
      "serve Llama3_8B H100 --batch 64 --ttft-target \"10 s\" --tpot-target \"5 ms\" --format "
      "json");
  EXPECT_EQ(r.code, 2);
  const auto j = json::parse(r.out);
  EXPECT_TRUE(j["targets"]["ttft_met"].get<bool>());
  EXPECT_FALSE(j["targets"]["tpot_met"].get<bool>());
}

TEST(CliServe, MaxConcurrentIsNeverPrintedBesideAnInfeasibleBatchItAdmits) {
  const auto r = mlsysim(
      "serve Llama3_70B H100 --tp 8 --input-tokens 8000 --output-tokens 190 --batch 250 "
      "--max-num-seqs 1024 --format json");
  const auto j = json::parse(r.out);
  const bool feasible = j["serving"]["feasible"].get<bool>();
  const int max_concurrent = j["serving"]["max_concurrent"].get<int>();
  EXPECT_EQ(feasible, 250 <= max_concurrent);
  EXPECT_EQ(r.code, feasible ? 0 : 2);
}

TEST(CliServe, OverflowingLengthsAreABadInputNotANumber) {
  const auto r = mlsysim(
      "serve Llama3_70B H100 --tp 8 --batch 1000000000 --input-tokens 1000000000 "
      "--output-tokens 1000000000");
  EXPECT_EQ(r.code, 1);
  EXPECT_THAT(r.err,
              HasSubstr("invalid argument '--batch': must be in [1, 16777216], got 1000000000"));
  EXPECT_TRUE(r.out.empty());
}

TEST(CliServe, SpeculationIsShownAgainstItsBaseline) {
  const auto r = mlsysim(
      "serve Llama3_70B H100 --tp 8 --draft Llama3_2_1B --draft-length 4 --acceptance 0.7 "
      "--format json");
  ASSERT_EQ(r.code, 0) << r.err;
  const auto j = json::parse(r.out);
  EXPECT_EQ(j["speculation"]["draft"].get<std::string>(), "Llama3_2_1B");
  EXPECT_GT(j["speculation"]["tpot_speedup"].get<double>(), 1.0);
  EXPECT_LT(value(j["speculation"]["speculative_tpot"]), value(j["speculation"]["baseline_tpot"]));
}

TEST(CliServe, ThePrefillFirstScheduleIsNamedAndBadSchedulesRefused) {
  const auto first = mlsysim("serve Llama3_8B H100 --batch 32 --schedule prefill-first");
  EXPECT_EQ(first.code, 0);
  EXPECT_THAT(first.out, HasSubstr("continuous, prefill-first batching"));
  const auto j = json::parse(
      mlsysim("serve Llama3_8B H100 --batch 32 --schedule prefill-first --format json").out);
  const auto k = json::parse(mlsysim("serve Llama3_8B H100 --batch 32 --format json").out);
  EXPECT_LT(value(j["serving"]["ttft"]), value(k["serving"]["ttft"]));
  const auto bad = mlsysim("serve Llama3_8B H100 --schedule decode-first");
  EXPECT_NE(bad.code, 0);
  EXPECT_THAT(bad.err, HasSubstr("--schedule"));
}

TEST(CliServe, KvAdmissionReachesTheClosedLoopAndBadPoliciesAreRefused) {
  const std::string base =
      "serve Llama3_8B H100 --input-tokens 512 --output-tokens 1024 --concurrency 128 --prompts "
      "320 "
      "--warmup 64 --reserve 0.7 --format json";
  const auto reserve = json::parse(mlsysim(base).out);
  const auto paged = json::parse(mlsysim(base + " --kv-admission on-demand").out);
  EXPECT_EQ(reserve["closed_loop"]["kv_admission"], "reserve");
  EXPECT_EQ(paged["closed_loop"]["kv_admission"], "on-demand");
  EXPECT_EQ(reserve["closed_loop"]["preemptions"].get<std::int64_t>(), 0);
  EXPECT_GT(paged["closed_loop"]["preemptions"].get<std::int64_t>(), 0);
  EXPECT_GT(value(paged["closed_loop"]["output_throughput"]),
            value(reserve["closed_loop"]["output_throughput"]));
  // The steady-state rows keep reserving whole requests, and the output says so.
  const auto text =
      mlsysim("serve Llama3_8B H100 --concurrency 4 --prompts 8 --kv-admission estimated");
  EXPECT_EQ(text.code, 0) << text.err;
  EXPECT_THAT(text.out, HasSubstr("--kv-admission applies to the closed-loop simulation"));
  const auto cap = mlsysim(
      "capacity Llama3_8B --qps 5 --input-tokens 1024 --output-tokens 256 --ttft-p99 \"2 s\" "
      "--devices H100 --tp-options 1 --requests 200 --kv-admission on-demand");
  EXPECT_EQ(cap.code, 0) << cap.err;
  EXPECT_THAT(cap.out, HasSubstr("KV admission on-demand"));
  const auto bad = mlsysim("serve Llama3_8B H100 --kv-admission lazy");
  EXPECT_NE(bad.code, 0);
  EXPECT_THAT(bad.err, HasSubstr("--kv-admission"));
}

TEST(CliCapacity, AnswersTheCapacityQuestionWithPercentiles) {
  const auto r = mlsysim(
      "capacity Llama3_8B --qps 10 --input-tokens 2048 --output-tokens 256 --ttft-p99 \"2 s\" "
      "--tpot-p99 \"50 ms\" --devices H100,A100 --tp-options 1,2 --requests 400 --format json");
  ASSERT_EQ(r.code, 0) << r.err;
  const auto j = json::parse(r.out);
  ASSERT_FALSE(j["configurations"].empty());
  const auto& best = j["configurations"][0];
  EXPECT_LE(value(best["ttft_p99"]), 2000.0);
  EXPECT_LE(value(best["tpot_p99"]), 50.0);
  EXPECT_GE(best["accelerators"].get<int>(), 1);
  EXPECT_LE(value(best["cost_per_hour"]), value(j["configurations"].back()["cost_per_hour"]));
}

TEST(CliCapacity, AnUnreachableTargetExitsTwo) {
  const auto r = mlsysim(
      "capacity Llama3_8B --qps 1 --tpot-p99 \"1 ms\" --devices H100 --tp-options 1 --requests "
      "100");
  EXPECT_EQ(r.code, 2);
  EXPECT_THAT(r.out, HasSubstr("no configuration meets the p99 targets"));
}

TEST(CliCapacity, ReadsATraceAndNamesABadRow) {
  const auto dir = std::filesystem::temp_directory_path();
  const auto good = dir / ("mlsysim-cli-trace-" + std::to_string(getpid()) + ".csv");
  const auto bad = dir / ("mlsysim-cli-trace-bad-" + std::to_string(getpid()) + ".csv");
  {
    std::ofstream f(good);
    f << "arrival_s,input_tokens,output_tokens\n";
    for (int i = 0; i < 200; ++i) f << 0.2 * i << "," << 512 + 8 * (i % 16) << ",64\n";
  }
  std::ofstream(bad) << "0.0,512,64\n0.1,512\n";
  const auto r = mlsysim("capacity Llama3_8B --trace " + good.string() +
                         " --ttft-p99 \"1 s\" --tpot-p99 \"50 ms\" --devices H100 --tp-options 1 "
                         "--format json");
  ASSERT_EQ(r.code, 0) << r.err;
  const auto j = json::parse(r.out);
  ASSERT_FALSE(j["configurations"].empty());
  EXPECT_EQ(j["configurations"][0]["accelerators"].get<int>(), 1);
  const auto b = mlsysim("capacity Llama3_8B --trace " + bad.string() +
                         " --tpot-p99 \"50 ms\" --devices H100");
  EXPECT_EQ(b.code, 1);
  EXPECT_THAT(b.err, HasSubstr("line 2"));
  std::filesystem::remove(good);
  std::filesystem::remove(bad);
}

TEST(CliCapacity, ATracesCachedTokensColumnShortensThoseRequestsFirstTokens) {
  const auto dir = std::filesystem::temp_directory_path();
  const auto cold = dir / ("mlsysim-cli-trace-cold-" + std::to_string(getpid()) + ".csv");
  const auto warm = dir / ("mlsysim-cli-trace-warm-" + std::to_string(getpid()) + ".csv");
  {
    std::ofstream c(cold), w(warm);
    w << "arrival_s,input_tokens,output_tokens,cached_tokens\n";
    for (int i = 0; i < 100; ++i) {
      c << 0.5 * i << ",4096,32\n";
      w << 0.5 * i << ",4096,32,3840\n";
    }
  }
  const auto p99 = [&](const std::filesystem::path& trace) {
    const auto r = mlsysim("capacity Llama3_8B --trace " + trace.string() +
                           " --ttft-p99 \"10 s\" --devices H100 --tp-options 1 "
                           "--no-disaggregated --format json");
    EXPECT_EQ(r.code, 0) << r.err;
    const auto j = json::parse(r.out);
    return value(j["configurations"].at(0)["ttft_p99"]);
  };
  EXPECT_LT(p99(warm), 0.5 * p99(cold));
  std::filesystem::remove(cold);
  std::filesystem::remove(warm);
}

TEST(CliServe, APrimedPromptShortensTheClosedLoopsFirstTokenAndIsChecked) {
  const std::string run =
      "serve Llama3_8B H100 --input-tokens 2000 --output-tokens 8 --concurrency 1 --prompts 1 "
      "--format json";
  const auto ttft = [&](const std::string& extra) {
    const auto r = mlsysim(run + extra);
    EXPECT_EQ(r.code, 0) << extra << r.err;
    const auto j = json::parse(r.out);
    return value(j["closed_loop"]["ttft_mean"]);
  };
  EXPECT_LT(ttft(" --primed-prompts 1"), 0.5 * ttft(""));
  const auto bad = mlsysim(run + " --primed-prompts 2");
  EXPECT_EQ(bad.code, 1);
  EXPECT_THAT(bad.err, HasSubstr("--primed-prompts"));
}

TEST(CliCapacity, RoutingAtRandomIsStatedAndAnUnknownRoutingIsRefused) {
  const std::string run =
      "capacity Llama3_8B --qps 12 --input-tokens 4000 --output-tokens 64 --ttft-p99 \"1 s\" "
      "--devices H100 --tp-options 1 --no-disaggregated --requests 300";
  for (const auto& [routing, stated] :
       {std::pair{" --routing random", true}, std::pair{" --routing least-loaded", false},
        std::pair{"", false}}) {
    const auto r = mlsysim(run + routing);
    ASSERT_EQ(r.code, 0) << routing << r.err;
    EXPECT_EQ(r.out.find("arrivals routed to a replica at random") != std::string::npos, stated)
        << routing;
  }
  const auto bad = mlsysim("capacity Llama3_8B --qps 1 --tpot-p99 \"50 ms\" --routing roundrobin");
  EXPECT_NE(bad.code, 0);
  EXPECT_THAT(bad.err, HasSubstr("--routing"));
}

TEST(CliCapacity, DisaggregatedAnswersStateHowTheKvMovesAndWhetherItsPostingIsPriced) {
  // Long prompts at a rate two replicas carry: a prefill + two decode pool is among the answers.
  const std::string run =
      "capacity Llama3_8B --qps 8 --input-tokens 4096 --output-tokens 256 --tpot-p99 \"20 ms\" "
      "--ttft-p99 \"2 s\" --devices H100 --tp-options 1 --requests 300 --format json";
  const auto off = mlsysim(run);
  ASSERT_EQ(off.code, 0) << off.err;
  const auto posted = mlsysim(run + " --kv-post-per-descriptor \"3.75 us\"");
  ASSERT_EQ(posted.code, 0) << posted.err;
  const auto pool = [](const std::string& out) {
    const json j = json::parse(out);
    for (const auto& c : j["configurations"]) {
      if (c["deployment"] == "disaggregated") return c;
    }
    return json();
  };
  const json a = pool(off.out), b = pool(posted.out);
  ASSERT_FALSE(a.is_null()) << off.out;
  ASSERT_FALSE(b.is_null()) << posted.out;
  EXPECT_THAT(off.out, HasSubstr("posting of each transfer is not priced"));
  EXPECT_THAT(posted.out, HasSubstr("holds its next step for 3.75 us per descriptor"));
  // The same pool's decode steps wait for the posting: its tokens come later.
  EXPECT_GT(value(b["tpot_p50"]), value(a["tpot_p50"]));
  // A given KV link (pools on different nodes): stated, and its transfers are slower (4,096
  // tokens x 128 KiB = 537 MB a prompt at 10 GB/s, 54 ms; at 1 GB/s eight prompts a second would
  // need more than the link carries, and no disaggregated configuration qualifies).
  const auto nics = mlsysim(run + " --kv-link-bandwidth \"10 GB/s\" --kv-link-latency \"20 us\"");
  ASSERT_EQ(nics.code, 0) << nics.err;
  EXPECT_THAT(nics.out, HasSubstr("a given link of 10 GB/s one-way per rank plus 20 us"));
  const json c = pool(nics.out);
  ASSERT_FALSE(c.is_null()) << nics.out;
  EXPECT_GT(value(c["ttft_p50"]), value(a["ttft_p50"]));
  for (const auto& [flag, bad] :
       {std::pair{"--kv-link-bandwidth", "5 ms"}, std::pair{"--kv-link-bandwidth", "0 GB/s"},
        std::pair{"--kv-link-latency", "-1 us"}}) {
    const auto r = mlsysim("capacity Llama3_8B --qps 8 --tpot-p99 \"20 ms\" " + std::string(flag) +
                           " \"" + bad + "\"");
    EXPECT_EQ(r.code, 1) << flag << " " << bad;
    EXPECT_THAT(r.err, HasSubstr(flag)) << bad;
  }
  for (const char* bad : {"-3 us", "3 GB"}) {
    const auto r = mlsysim(
        "capacity Llama3_8B --qps 8 --tpot-p99 \"20 ms\" "
        "--kv-post-per-descriptor \"" +
        std::string(bad) + "\"");
    EXPECT_EQ(r.code, 1) << bad;
    EXPECT_THAT(r.err, HasSubstr("--kv-post-per-descriptor")) << bad;
  }
}

TEST(CliCapacity, NeedsARateOrATrace) {
  const auto r = mlsysim("capacity Llama3_8B --tpot-p99 \"50 ms\"");
  EXPECT_EQ(r.code, 1);
  EXPECT_THAT(r.err, HasSubstr("give --qps"));
}

TEST(CliPlotServing, WritesTheLatencyThroughputCurve) {
  const auto path = std::filesystem::temp_directory_path() /
                    ("mlsysim-serving-" + std::to_string(getpid()) + ".svg");
  const auto r = mlsysim(
      "plot serving Llama3_8B --devices H100 --tpot-p99 \"50 ms\" --points 3 "
      "--requests 200 -o " +
      path.string() + " --format json");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(json::parse(r.out)["points"].size(), 3u);
  std::ifstream svg(path);
  std::stringstream s;
  s << svg.rdbuf();
  EXPECT_THAT(s.str(), HasSubstr("<svg"));
  std::filesystem::remove(path);
}

}  // namespace
