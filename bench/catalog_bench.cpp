// Benchmarks of the registry: lookup by key and by dotted path, and loading a 100-entry overlay.
// Not run by CI; numbers and the command are in docs/performance.md.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "mlsysim/mlsysim.hpp"

namespace {

void BM_FindByKey(benchmark::State& state) {
  const auto& c = mlsysim::catalog();
  for (auto _ : state) benchmark::DoNotOptimize(&c.find("H100"));
}
BENCHMARK(BM_FindByKey);

void BM_FindByPath(benchmark::State& state) {
  const auto& c = mlsysim::catalog();
  for (auto _ : state) benchmark::DoNotOptimize(&c.find("Hardware.Cloud.H100"));
}
BENCHMARK(BM_FindByPath);

void BM_TypedGet(benchmark::State& state) {
  const auto& c = mlsysim::catalog();
  for (auto _ : state) benchmark::DoNotOptimize(&c.get<mlsysim::Workload>("Llama3_70B"));
}
BENCHMARK(BM_TypedGet);

// A directory of 100 hardware entries (copies of A100 under new keys) plus one source record.
std::filesystem::path make_overlay() {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "mlsysim-bench-overlay";
  fs::remove_all(dir);
  fs::create_directories(dir / "hardware/cloud");
  std::ifstream in(std::string(MLSYSIM_SOURCE_DIR) + "/catalog/hardware/cloud/A100.json");
  std::stringstream buf;
  buf << in.rdbuf();
  const std::string a100 = buf.str();
  for (int i = 0; i < 100; ++i) {
    std::string text = a100;
    const std::string key = "BenchAccel" + std::to_string(i);
    text.replace(text.find("\"A100\""), 6, "\"" + key + "\"");
    std::ofstream(dir / "hardware/cloud" / (key + ".json")) << text;
  }
  return dir;
}

void BM_LoadOverlayOf100Entries(benchmark::State& state) {
  const auto dir = make_overlay();
  (void)mlsysim::catalog();
  for (auto _ : state) {
    auto c = mlsysim::Catalog::load(dir);
    benchmark::DoNotOptimize(c.entries().size());
  }
  std::filesystem::remove_all(dir);
}
BENCHMARK(BM_LoadOverlayOf100Entries)->Unit(benchmark::kMillisecond);

}  // namespace
