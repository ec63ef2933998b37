// Benchmarks of the serving request-level simulator (target: 100,000 requests in under 1 s on one
// core) and of one capacity-planner query. Numbers in docs/performance.md.
#include <benchmark/benchmark.h>

#include "mlsysim/mlsysim.hpp"

namespace {

using namespace mlsysim;
using namespace mlsysim::solvers;

/// 100,000 Poisson requests (40/s, lognormal 2048 in / 256 out) on 8 replicas of Llama 3 70B on
/// 8 x H100 (about 80% load), under `schedule` and `admission`.
void simulate_100k_on_8_replicas(benchmark::State& state, IterationSchedule schedule,
                                 KvAdmission admission = KvAdmission::reserve_output) {
  ServingOptions so;
  so.tp = 8;
  so.params.schedule = schedule;
  so.params.kv_admission = admission;
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

/// The first benchmark's traffic with pages allocated as tokens come (vLLM's policy): the page
/// growth pass runs every iteration.
void BM_Simulate100kRequestsOnDemandKv(benchmark::State& state) {
  simulate_100k_on_8_replicas(state, IterationSchedule::mixed, KvAdmission::on_demand);
}
BENCHMARK(BM_Simulate100kRequestsOnDemandKv)->Unit(benchmark::kMillisecond);

/// 25,000 requests (6/s, lognormal 1024 in / 512 out) on one Llama 3 8B replica on an H100 whose
/// KV pool is cut to about 65,000 tokens (runtime_reserve 0.7): the pool overflows now and then
/// and requests are preempted and recomputed (vLLM's policy). A replica at this load runs small
/// batches, so many iterations per request: 25,000 requests here take about as many iterations as
/// the 100,000 of the benchmarks above.
void BM_Simulate25kRequestsPreempting(benchmark::State& state) {
  ServingOptions so;
  so.params.runtime_reserve = 0.7;
  so.params.kv_admission = KvAdmission::on_demand;
  SimulationOptions o;
  o.qps = 6;
  o.requests = 25000;
  o.input = {LengthKind::lognormal, 1024, 1, 1, 0.6, 6000};
  o.output = {LengthKind::lognormal, 512, 1, 1, 0.6, 4000};
  std::int64_t preemptions = 0;
  for (auto _ : state) {
    const auto r = simulate(Models::Language::Llama3_8B, Hardware::Cloud::H100, so, o);
    preemptions = r.preemptions;
    benchmark::DoNotOptimize(r);
  }
  state.counters["preemptions"] = static_cast<double>(preemptions);
}
BENCHMARK(BM_Simulate25kRequestsPreempting)->Unit(benchmark::kMillisecond);

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
