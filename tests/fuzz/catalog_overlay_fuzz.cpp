// libFuzzer target: Catalog::load on an overlay directory holding one mutated file. The first
// byte picks where the file goes (an entry folder, aliases.json or sources.json); the rest is
// its text. Failures (issue 13, item 20): any exception that is not an mlsysim::Error, any
// sanitizer report, a change to the built-in catalog, or a loaded entry whose quantities are
// not finite, or a solver result on it that is NaN or infinite without an mlsysim::Error.
#include <unistd.h>

#include <array>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "mlsysim/mlsysim.hpp"

namespace fs = std::filesystem;

namespace {

[[noreturn]] void fail(const char* what, const std::string& detail) {
  std::fprintf(stderr, "catalog_overlay_fuzz: %s: %s\n", what, detail.c_str());
  std::abort();
}

constexpr std::array<const char*, 9> kPlaces{"hardware/cloud/Fuzz.json",
                                             "models/language/Fuzz.json",
                                             "systems/nodes/Fuzz.json",
                                             "systems/clusters/Fuzz.json",
                                             "systems/fabrics/Fuzz.json",
                                             "infra/grids/Fuzz.json",
                                             "infra/datacenters/Fuzz.json",
                                             "aliases.json",
                                             "sources.json"};

constexpr const char* kSources = R"({
  "fuzz-source": {"kind": "convention", "title": "fuzz", "verified": "2025-01-01"}
})";

/// A fingerprint of the built-in catalog: every entry's address and path, and the numbers the
/// solvers read most. An overlay must never change it.
std::string fingerprint() {
  std::string out;
  const auto& c = mlsysim::catalog();
  for (const auto& e : c.entries()) {
    out += std::string(e.info().path);
    out += std::to_string(reinterpret_cast<std::uintptr_t>(e.info().path.data()));
  }
  for (const auto* h : c.all<mlsysim::HardwareNode>()) {
    out += std::to_string(h->memory.capacity.base_value()) +
           std::to_string(h->memory.bandwidth.base_value()) +
           std::to_string(h->compute.peak_flops.base_value()) +
           std::to_string(h->power.tdp.base_value());
  }
  for (const auto* m : c.all<mlsysim::Workload>()) out += std::to_string(m->parameters);
  for (const auto* f : c.all<mlsysim::Fleet>()) {
    out += std::to_string(f->count) + std::to_string(reinterpret_cast<std::uintptr_t>(f->node));
  }
  out += std::to_string(c.aliases().size());
  return out;
}

const fs::path& scratch() {
  static const fs::path dir = [] {
    const char* shm = fs::exists("/dev/shm") ? "/dev/shm" : "/tmp";
    return fs::path(shm) / ("mlsysim-fuzz-" + std::to_string(::getpid()));
  }();
  return dir;
}

void check_finite(const mlsysim::Quantity& q, const std::string& what) {
  if (!std::isfinite(q.base_value())) fail("non-finite quantity in a loaded entry", what);
}

void exercise(const mlsysim::Catalog& c) {
  for (const auto* h : c.all<mlsysim::HardwareNode>()) {
    if (h->info.key != "Fuzz") continue;
    check_finite(h->memory.capacity, "memory.capacity");
    check_finite(h->memory.bandwidth, "memory.bandwidth");
    check_finite(h->compute.peak_flops, "peak_flops");
    try {
      mlsysim::solvers::RooflineOptions o;
      o.batch = 4;
      o.context = 512;
      const auto r = mlsysim::solvers::roofline(mlsysim::Models::Language::Llama3_8B, *h, o);
      if (!std::isfinite(r.latency.base_value()) || !std::isfinite(r.mfu)) {
        fail("roofline on a loaded entry is not finite", r.latency.str());
      }
    } catch (const mlsysim::Error&) {
    }
  }
  for (const auto* m : c.all<mlsysim::Workload>()) {
    if (m->info.key != "Fuzz") continue;
    try {
      mlsysim::solvers::RooflineOptions o;
      const auto r = mlsysim::solvers::roofline(*m, mlsysim::Hardware::Cloud::H100, o);
      if (!std::isfinite(r.latency.base_value()))
        fail("roofline of a loaded model", r.latency.str());
    } catch (const mlsysim::Error&) {
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::string before = fingerprint();
  if (size == 0) return 0;
  const fs::path dir = scratch();
  std::error_code ec;
  fs::remove_all(dir, ec);
  fs::create_directories(dir, ec);
  const std::string place = kPlaces[data[0] % kPlaces.size()];
  if (place != "sources.json") std::ofstream(dir / "sources.json") << kSources;
  fs::create_directories((dir / place).parent_path(), ec);
  std::ofstream(dir / place, std::ios::binary)
      .write(reinterpret_cast<const char*>(data + 1), static_cast<std::streamsize>(size - 1));
  try {
    const mlsysim::Catalog c = mlsysim::Catalog::load(dir);
    exercise(c);
  } catch (const mlsysim::Error&) {
    // a named error is the expected outcome for most mutations
  }
  if (fingerprint() != before) fail("the built-in catalog changed", place);
  return 0;
}
