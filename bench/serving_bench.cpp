// Benchmarks of the serving request-level simulator (target: 100,000 requests in under 1 s on one
// core) and of one capacity-planner query. Numbers in docs/performance.md.
#include <benchmark/benchmark.h>

#include "mlsysim/mlsysim.hpp"

namespace {

using namespace mlsysim;
using namespace mlsysim::solvers;

/// Poisson arrivals at `qps` with lognormal lengths around 1024 input tokens (up to 6000) and
/// `output` output tokens (up to `output_cap`).
SimulationOptions lognormal_traffic(double qps, std::int64_t requests, double output,
                                    std::int64_t output_cap) {
  SimulationOptions o;
  o.qps = qps;
  o.requests = requests;
  o.input = {LengthKind::lognormal, 1024, 1, 1, 0.6, 6000};
  o.output = {LengthKind::lognormal, output, 1, 1, 0.6, output_cap};
  return o;
}

/// 100,000 Poisson requests (40/s, lognormal 2048 in / 256 out) on 8 replicas of Llama 3 70B on
/// 8 x H100 (about 80% load), under `schedule` and `admission`.
void simulate_100k_on_8_replicas(benchmark::State& state, IterationSchedule schedule,
                                 KvAdmission admission = KvAdmission::reserve_output,
                                 Routing routing = Routing::least_loaded, bool front_end = true) {
  ServingOptions so;
  so.tp = 8;
  if (!front_end) so.params.clear_front_end();
  so.params.schedule = schedule;
  so.params.kv_admission = admission;
  SimulationOptions o;
  o.qps = 40;
  o.requests = 100000;
  o.replicas = 8;
  o.routing = routing;
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

/// The same without the front end (priced by default): what its event queue costs.
void BM_Simulate100kRequestsNoFrontEnd(benchmark::State& state) {
  simulate_100k_on_8_replicas(state, IterationSchedule::mixed, KvAdmission::reserve_output,
                              Routing::least_loaded, false);
}
BENCHMARK(BM_Simulate100kRequestsNoFrontEnd)->Unit(benchmark::kMillisecond);

/// The same traffic on one replica of Llama 3 8B on one H100 (long decode batches).
void BM_Simulate100kRequestsOneReplica(benchmark::State& state) {
  const SimulationOptions o = lognormal_traffic(8, 100000, 256, 1000);
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

/// The first benchmark's traffic with each arrival sent to a replica drawn at random (a
/// Kubernetes Service) instead of the least-loaded one: one more draw per arrival, and the
/// queues the draws build.
void BM_Simulate100kRequestsRandomRouting(benchmark::State& state) {
  simulate_100k_on_8_replicas(state, IterationSchedule::mixed, KvAdmission::reserve_output,
                              Routing::random);
}
BENCHMARK(BM_Simulate100kRequestsRandomRouting)->Unit(benchmark::kMillisecond);

/// 25,000 requests (6/s, lognormal 1024 in / 512 out) on one Llama 3 8B replica on an H100 whose
/// KV pool is cut to about 65,000 tokens (runtime_reserve 0.7): the pool overflows now and then
/// and requests are preempted and recomputed (vLLM's policy). A replica at this load runs small
/// batches, so many iterations per request: 25,000 requests here take about as many iterations as
/// the 100,000 of the benchmarks above.
void BM_Simulate25kRequestsPreempting(benchmark::State& state) {
  ServingOptions so;
  so.params.runtime_reserve = 0.7;
  so.params.kv_admission = KvAdmission::on_demand;
  const SimulationOptions o = lognormal_traffic(6, 25000, 512, 4000);
  std::int64_t preemptions = 0;
  for (auto _ : state) {
    const auto r = simulate(Models::Language::Llama3_8B, Hardware::Cloud::H100, so, o);
    preemptions = r.preemptions;
    benchmark::DoNotOptimize(r);
  }
  state.counters["preemptions"] = static_cast<double>(preemptions);
}
BENCHMARK(BM_Simulate25kRequestsPreempting)->Unit(benchmark::kMillisecond);

/// 100,000 requests (lognormal 1024 in / 256 out, 20/s) on one DeepSeek-R1 replica on 8 H200
/// with attention data parallelism and SGLang's schedule: every iteration builds each of the 8
/// ranks' loads and prices the busiest (docs/solvers.md, "Tensor-parallel communication").
void BM_Simulate100kRequestsAttentionDp(benchmark::State& state) {
  ServingOptions so;
  so.tp = 8;
  so.precision = {Precision::fp8, Precision::bf16, Precision::fp8, Precision::bf16};
  so.moe.attention_data_parallel = true;
  so.params.schedule = IterationSchedule::prefill_first;
  so.params.kv_admission = KvAdmission::estimated_output;
  const SimulationOptions o = lognormal_traffic(20, 100000, 256, 1000);
  for (auto _ : state) {
    benchmark::DoNotOptimize(simulate(Models::Language::DeepSeek_R1, Hardware::Cloud::H200, so, o));
  }
}
BENCHMARK(BM_Simulate100kRequestsAttentionDp)->Unit(benchmark::kMillisecond);

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
