// Benchmarks of the Quantity layer: arithmetic, warm to(), cold parse. Not run by CI; numbers
// and the command that produced them are in docs/performance.md.
#include <benchmark/benchmark.h>

#include <string>

#include "../src/units/units_internal.hpp"
#include "mlsysim/units.hpp"

namespace {

using mlsysim::Quantity;

void BM_QuantityAdd(benchmark::State& state) {
  Quantity a = Quantity::parse("1 GB");
  const Quantity b = Quantity::parse("1 MB");
  for (auto _ : state) {
    benchmark::DoNotOptimize(a);
    benchmark::DoNotOptimize(a + b);
  }
}
BENCHMARK(BM_QuantityAdd);

// A dependent chain (acc += b through memory): measures latency, not throughput.
void BM_QuantityAccumulateChain(benchmark::State& state) {
  Quantity acc = Quantity::parse("1 GB");
  const Quantity b = Quantity::parse("1 MB");
  for (auto _ : state) {
    acc += b;
    benchmark::DoNotOptimize(acc);
  }
}
BENCHMARK(BM_QuantityAccumulateChain);

void BM_QuantityDivide(benchmark::State& state) {
  Quantity a = Quantity::parse("312 TFLOP/s");
  const Quantity b = Quantity::parse("2039 GB/s");
  for (auto _ : state) {
    benchmark::DoNotOptimize(a);
    benchmark::DoNotOptimize(a / b);
  }
}
BENCHMARK(BM_QuantityDivide);

void BM_QuantityScale(benchmark::State& state) {
  Quantity a = Quantity::parse("700 W");
  for (auto _ : state) {
    benchmark::DoNotOptimize(a);
    benchmark::DoNotOptimize(a * 1.5);
  }
}
BENCHMARK(BM_QuantityScale);

void BM_ToWarmCache(benchmark::State& state) {
  const Quantity bw = Quantity::parse("3.35 TB/s");
  (void)bw.to("GiB/s");
  for (auto _ : state) benchmark::DoNotOptimize(bw.to("GiB/s"));
}
BENCHMARK(BM_ToWarmCache);

void BM_InWarmCache(benchmark::State& state) {
  const Quantity bw = Quantity::parse("3.35 TB/s");
  for (auto _ : state) benchmark::DoNotOptimize(bw.in("TB/s"));
}
BENCHMARK(BM_InWarmCache);

// Cold parse: the unit expression parser itself, bypassing every cache.
void BM_ColdParseTflopPerSecond(benchmark::State& state) {
  for (auto _ : state) {
    benchmark::DoNotOptimize(mlsysim::units_detail::parse_unit_expression("TFLOP/s", "TFLOP/s"));
  }
}
BENCHMARK(BM_ColdParseTflopPerSecond);

void BM_ColdParseCarbonIntensity(benchmark::State& state) {
  for (auto _ : state) {
    benchmark::DoNotOptimize(
        mlsysim::units_detail::parse_unit_expression("gCO2e/kWh", "gCO2e/kWh"));
  }
}
BENCHMARK(BM_ColdParseCarbonIntensity);

void BM_QuantityParseWarm(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(Quantity::parse("989.4 TFLOP/s"));
}
BENCHMARK(BM_QuantityParseWarm);

}  // namespace
