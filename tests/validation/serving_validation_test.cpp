// Serving validation against published measurements. Each case is its own test with its source,
// the prediction first recorded for it (before any change made because of it), and whether it is
// out of sample (no default or rule was chosen with it in view) or in sample. The headline test
// prints the per-area out-of-sample mean and worst |error| (docs/validation.md, "Serving").
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <string>
#include <vector>

#include "mlsysim/mlsysim.hpp"

namespace mlsysim::solvers {
namespace {

enum class Area { throughput, latency };
enum class Sample { out_of_sample, in_sample };

struct ServingCase {
  std::string id;
  std::string what;
  std::string source;  ///< title, table or figure, URL
  Area area;
  double measured;
  std::string unit;
  double first_prediction;  ///< recorded when the case was first run; 0 if not recorded
  Sample sample;
  std::string note;
  std::function<double()> predict;
};

constexpr double kMeanBudget = 0.20;   // per area, out-of-sample mean |error|
constexpr double kWorstBudget = 0.40;  // any single out-of-sample case

// ---- V19: TensorRT-LLM on A100 80GB, LLaMA-7B FP16, TP 1 -----------------------------------
// Source: TensorRT-LLM performance table quoted in LLM-Viewer issue #4
// (https://github.com/hahnyuan/LLM-Viewer/issues/4), copied from the TensorRT-LLM docs
// (docs/source/performance.md, v0.5, "A100 ... LLaMA 7B ... FP16"). LLaMA-1 7B has the shape of
// the catalog's Llama2_7B (32 layers, 4096 hidden, 32 heads, 11008 FFN, 32000 vocab).
// These cases were in the repository while the serving engine was designed (the 128-token TTFT
// miss motivated the launch-overhead mechanism), so they are reported in sample.
constexpr const char* kV19Source =
    "TensorRT-LLM v0.5 performance table (A100, LLaMA 7B FP16), as quoted in LLM-Viewer issue "
    "#4, https://github.com/hahnyuan/LLM-Viewer/issues/4";

ServingOptions v19_options() {
  ServingOptions o;
  o.precision = {Precision::fp16, Precision::fp16, Precision::fp16, Precision::fp16};
  // gptSessionBenchmark runs a static batch: prefill all, then decode all.
  o.batching = Batching::static_batch;
  return o;
}

double v19_throughput(std::int64_t batch, std::int64_t in, std::int64_t out) {
  ServingOptions o = v19_options();
  o.batch = batch;
  o.input_tokens = in;
  o.output_tokens = out;
  return serve(Models::Language::Llama2_7B, Hardware::Cloud::A100, o).output_throughput.in(
      "tokens/s");
}

double v19_ttft(std::int64_t in) {
  ServingOptions o = v19_options();
  o.input_tokens = in;
  o.output_tokens = 1;
  return serve(Models::Language::Llama2_7B, Hardware::Cloud::A100, o).ttft.in("ms");
}

const std::vector<ServingCase>& cases() {
  static const std::vector<ServingCase> all = {
      {"V19a", "LLaMA-7B A100 bs 256 128/128 output tok/s", kV19Source, Area::throughput, 5353,
       "tok/s", 5391, Sample::in_sample, "", [] { return v19_throughput(256, 128, 128); }},
      {"V19b", "LLaMA-7B A100 bs 32 128/2048 output tok/s", kV19Source, Area::throughput, 1518,
       "tok/s", 1663, Sample::in_sample, "", [] { return v19_throughput(32, 128, 2048); }},
      {"V19c", "LLaMA-7B A100 bs 32 2048/128 output tok/s", kV19Source, Area::throughput, 547,
       "tok/s", 570.6, Sample::in_sample, "", [] { return v19_throughput(32, 2048, 128); }},
      {"V19d", "LLaMA-7B A100 bs 16 2048/2048 output tok/s", kV19Source, Area::throughput, 613,
       "tok/s", 696.3, Sample::in_sample, "", [] { return v19_throughput(16, 2048, 2048); }},
      {"V19e", "LLaMA-7B A100 bs 1 TTFT at 128 tokens", kV19Source, Area::latency, 16.1, "ms",
       8.663, Sample::in_sample,
       "first prediction from the previous per-operator model; small-M GEMMs and launch gaps "
       "dominate a 128-token prefill",
       [] { return v19_ttft(128); }},
      {"V19f", "LLaMA-7B A100 bs 1 TTFT at 2048 tokens", kV19Source, Area::latency, 120.5, "ms",
       133.7, Sample::in_sample, "first prediction from the previous per-operator model",
       [] { return v19_ttft(2048); }},
  };
  return all;
}

double error_of(const ServingCase& c, double predicted) {
  return (predicted - c.measured) / c.measured;
}

void check(const std::string& id) {
  for (const auto& c : cases()) {
    if (c.id != id) continue;
    const double p = c.predict();
    ASSERT_TRUE(std::isfinite(p)) << c.id;
    const double e = error_of(c, p);
    fmt::print("{} {}: predicted {:.4g} {}, measured {:.4g} {}, error {:+.1f}% ({}; first "
               "prediction {:.4g})\n  source: {}\n",
               c.id, c.what, p, c.unit, c.measured, c.unit, 100 * e,
               c.sample == Sample::out_of_sample ? "out of sample" : "in sample",
               c.first_prediction, c.source);
    if (c.sample == Sample::out_of_sample) {
      EXPECT_LE(std::abs(e), kWorstBudget) << c.id << " " << c.what;
    }
    return;
  }
  FAIL() << "no case " << id;
}

TEST(ServingValidation, V19aLlama7BA100Batch256ShortPromptsThroughput) { check("V19a"); }
TEST(ServingValidation, V19bLlama7BA100Batch32LongOutputsThroughput) { check("V19b"); }
TEST(ServingValidation, V19cLlama7BA100Batch32LongPromptsThroughput) { check("V19c"); }
TEST(ServingValidation, V19dLlama7BA100Batch16LongBothThroughput) { check("V19d"); }
TEST(ServingValidation, V19eLlama7BA100FirstTokenAt128Tokens) { check("V19e"); }
TEST(ServingValidation, V19fLlama7BA100FirstTokenAt2048Tokens) { check("V19f"); }

TEST(ServingValidation, HeadlineOutOfSampleErrorsPerAreaWithinBudget) {
  fmt::print("\n| Case | Quantity | Predicted | Measured | Error | First prediction | Sample |\n"
             "|---|---|---|---|---|---|---|\n");
  struct Sum {
    double sum = 0, worst = 0;
    std::size_t n = 0;
  };
  Sum out[2], in[2];
  for (const auto& c : cases()) {
    const double p = c.predict();
    const double e = error_of(c, p);
    fmt::print("| {} | {} | {:.4g} {} | {:.4g} {} | {:+.1f}% | {:.4g} | {} |\n", c.id, c.what, p,
               c.unit, c.measured, c.unit, 100 * e, c.first_prediction,
               c.sample == Sample::out_of_sample ? "out" : "in");
    Sum& s = (c.sample == Sample::out_of_sample ? out : in)[static_cast<int>(c.area)];
    s.sum += std::abs(e);
    s.worst = std::max(s.worst, std::abs(e));
    ++s.n;
  }
  for (int a = 0; a < 2; ++a) {
    const char* name = a == 0 ? "throughput" : "latency";
    for (const auto* group : {&out[a], &in[a]}) {
      if (group->n == 0) continue;
      fmt::print("{} {}: {} cases, mean |error| {:.1f}%, worst {:.1f}%\n",
                 group == &out[a] ? "out-of-sample" : "in-sample", name, group->n,
                 100 * group->sum / static_cast<double>(group->n), 100 * group->worst);
    }
    if (out[a].n > 0) {
      EXPECT_LE(out[a].sum / static_cast<double>(out[a].n), kMeanBudget) << name;
      EXPECT_LE(out[a].worst, kWorstBudget) << name;
    }
  }
}

}  // namespace
}  // namespace mlsysim::solvers
