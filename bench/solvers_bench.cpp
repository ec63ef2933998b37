// Benchmarks of the solvers: one roofline evaluation, one distributed training step, and the full
// parallelism search for Llama 3.1 405B on 16,384 H100. Numbers in docs/performance.md.
#include <benchmark/benchmark.h>

#include "mlsysim/mlsysim.hpp"

namespace {

using namespace mlsysim;
using namespace mlsysim::solvers;

void BM_RooflineDecodeStep(benchmark::State& state) {
  RooflineOptions o;
  o.context = 2048;
  for (auto _ : state) {
    benchmark::DoNotOptimize(roofline(Models::Language::Llama3_8B, Hardware::Cloud::H100, o));
  }
}
BENCHMARK(BM_RooflineDecodeStep);

void BM_RooflineResNet50(benchmark::State& state) {
  RooflineOptions o;
  o.batch = 64;
  for (auto _ : state) {
    benchmark::DoNotOptimize(roofline(Models::Vision::ResNet50, Hardware::Cloud::A100, o));
  }
}
BENCHMARK(BM_RooflineResNet50);

Fleet h100_16k() {
  Fleet f;
  f.info.path = "16K H100";
  f.node = &Systems::Nodes::DGX_H100;
  f.count = 2048;
  f.fabric = &Systems::Fabrics::InfiniBand_NDR;
  return f;
}

void BM_TrainingStep(benchmark::State& state) {
  const Fleet fleet = h100_16k();
  ParallelConfig pc;
  pc.tp = 8;
  pc.pp = 16;
  pc.dp = 128;
  pc.interleave = 1;
  TrainingOptions o;
  o.seq_len = 8192;
  o.global_batch = 2048;
  for (auto _ : state) {
    benchmark::DoNotOptimize(train(Models::Language::Llama3_405B, fleet, pc, o));
  }
}
BENCHMARK(BM_TrainingStep);

// The same step over 64 different micro-batch sizes in turn, so that the per-thread memo of GEMM
// times misses (each configuration brings new GEMM shapes): the cost of a fresh configuration.
void BM_TrainingStepFreshShapes(benchmark::State& state) {
  const Fleet fleet = h100_16k();
  ParallelConfig pc;
  pc.tp = 8;
  pc.pp = 16;
  pc.dp = 128;
  TrainingOptions o;
  o.global_batch = 128 * 64 * 65;
  std::int64_t i = 0;
  for (auto _ : state) {
    pc.microbatch = 1 + (i % 64);
    o.seq_len = 8192 + 128 * (i % 7);
    o.global_batch = 128 * pc.microbatch * 16;
    ++i;
    benchmark::DoNotOptimize(train(Models::Language::Llama3_405B, fleet, pc, o));
  }
}
BENCHMARK(BM_TrainingStepFreshShapes);

void BM_ServingEvaluation(benchmark::State& state) {
  ServingOptions o;
  o.tp = 8;
  o.batch = 64;
  o.input_tokens = 2048;
  o.output_tokens = 512;
  for (auto _ : state) {
    benchmark::DoNotOptimize(serve(Models::Language::Llama3_70B, Hardware::Cloud::H100, o));
  }
}
BENCHMARK(BM_ServingEvaluation);

void BM_PlanLlama405BOn16kH100(benchmark::State& state) {
  const Fleet fleet = h100_16k();
  PlanOptions o;
  o.training.seq_len = 8192;
  o.training.global_batch = 2048;
  o.zero_stages = {0, 1, 2, 3};
  std::size_t evaluated = 0;
  for (auto _ : state) {
    const auto r = plan(Models::Language::Llama3_405B, fleet, o);
    evaluated = r.evaluated;
    benchmark::DoNotOptimize(r.best.data());
  }
  state.counters["configurations"] = static_cast<double>(evaluated);
}
BENCHMARK(BM_PlanLlama405BOn16kH100)->Unit(benchmark::kMillisecond);

// The full issue-9 search: TP x PP x CP x DP x interleave x micro-batch x recomputation x ZeRO and
// global batches from 1,024 to 4,096 sequences.
void BM_PlanLlama405BOn16kH100WithGlobalBatchRange(benchmark::State& state) {
  const Fleet fleet = h100_16k();
  PlanOptions o;
  o.training.seq_len = 8192;
  o.zero_stages = {0, 1, 2, 3};
  o.global_batch_min = 1024;
  o.global_batch_max = 4096;
  std::size_t evaluated = 0;
  for (auto _ : state) {
    const auto r = plan(Models::Language::Llama3_405B, fleet, o);
    evaluated = r.evaluated;
    benchmark::DoNotOptimize(r.best.data());
  }
  state.counters["configurations"] = static_cast<double>(evaluated);
}
BENCHMARK(BM_PlanLlama405BOn16kH100WithGlobalBatchRange)->Unit(benchmark::kMillisecond);

}  // namespace

namespace {
void BM_ForwardCostDecode(benchmark::State& state) {
  mlsysim::solvers::Precisions p;
  for (auto _ : state) {
    benchmark::DoNotOptimize(
        mlsysim::solvers::forward_cost(mlsysim::Models::Language::Llama3_8B, 1, 1, 2048, p));
  }
}
BENCHMARK(BM_ForwardCostDecode);
}  // namespace
