// Benchmarks of the serving request-level simulator (target: 100,000 requests in under 1 s on one
// core) and of one capacity-planner query. Numbers in docs/performance.md.
#include <benchmark/benchmark.h>

#include "mlsysim/mlsysim.hpp"

namespace {

using namespace mlsysim;
using namespace mlsysim::solvers;

/// 100,000 Poisson requests, lognormal prompts (mean 2048) and outputs (mean 256), on 8 replicas
/// of Llama 3 70B on 8 x H100 at about 80% load.
/// 100,000 Poisson requests (40/s, lognormal 2048 in / 256 out) on 8 replicas of Llama 3 70B on
/// 8 x H100, under `schedule`.
void simulate_100k_on_8_replicas(benchmark::State& state, IterationSchedule schedule) {
  ServingOptions so;
  so.tp = 8;
  so.params.schedule = schedule;
  SimulationOptions o;
  o.qps = 40;
  o.requests = 100000;
  o.replicas = 8;
  o.input = {LengthKind::lognormal, 2048, 1, 1, 0.6, 8000};
  o.output = {LengthKind::lognormal, 256, 1, 1, 0.6, 1000};
  for (auto _ : state) {
    benchmark::DoNotOptimize(simulate(Models::Language::Llama3_70B, Hardware::Cloud::H100, so, o));
  }
}

void BM_Simulate100kRequests(benchmark::State& state) {
  simulate_100k_on_8_replicas(state, IterationSchedule::mixed);
}
BENCHMARK(BM_Simulate100kRequests)->Unit(benchmark::kMillisecond);

/// The same traffic on one replica of Llama 3 8B on one H100 (long decode batches).
void BM_Simulate100kRequestsOneReplica(benchmark::State& state) {
  SimulationOptions o;
  o.qps = 8;
  o.requests = 100000;
  o.input = {LengthKind::lognormal, 1024, 1, 1, 0.6, 6000};
  o.output = {LengthKind::lognormal, 256, 1, 1, 0.6, 1000};
  for (auto _ : state) {
    benchmark::DoNotOptimize(simulate(Models::Language::Llama3_8B, Hardware::Cloud::H100, {}, o));
  }
}
BENCHMARK(BM_Simulate100kRequestsOneReplica)->Unit(benchmark::kMillisecond);

/// The first benchmark's traffic under SGLang's prefill-first iterations (more, shorter
/// iterations: prompts and decodes no longer share one).
void BM_Simulate100kRequestsPrefillFirst(benchmark::State& state) {
  simulate_100k_on_8_replicas(state, IterationSchedule::prefill_first);
}
BENCHMARK(BM_Simulate100kRequestsPrefillFirst)->Unit(benchmark::kMillisecond);

void BM_CapacityQuestion(benchmark::State& state) {
  CapacityOptions c;
  c.qps = 50;
  c.slo.ttft = Quantity::parse("2 s");
  c.slo.tpot = Quantity::parse("50 ms");
  c.devices = {&Hardware::Cloud::H100, &Hardware::Cloud::H200};
  for (auto _ : state) {
    benchmark::DoNotOptimize(plan_capacity(Models::Language::Llama3_70B, c));
  }
}
BENCHMARK(BM_CapacityQuestion)->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace
