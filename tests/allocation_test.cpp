// Solvers do not allocate in their hot path: counts heap allocations made by one roofline, one
// training-step and one serving evaluation (after a warm-up call that may fill caches).
#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <new>
#include <string>

#include "mlsysim/mlsysim.hpp"

// The replacement operator delete frees with std::free what the replacement operator new got from
// std::malloc; GCC cannot see that pairing once both are inlined.
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"

namespace {
std::atomic<long> g_allocations{0};
}  // namespace

void* operator new(std::size_t n) {
  ++g_allocations;
  if (void* p = std::malloc(n == 0 ? 1 : n)) return p;
  throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }

namespace mlsysim::solvers {
namespace {

template <class Fn>
long allocations_of(Fn&& fn) {
  fn();  // warm-up: parses and caches display units once
  const long before = g_allocations.load();
  fn();
  return g_allocations.load() - before;
}

TEST(HotPath, TheCounterSeesAllocations) {
  // Proves the replacement operator new is in effect, so the zero counts below can fail.
  EXPECT_EQ(allocations_of([] {
              auto* p = new std::string(100, 'x');
              delete p;
            }),
            2);
}

TEST(HotPath, RooflineDoesNotAllocate) {
  RooflineOptions o;
  o.context = 2048;
  EXPECT_EQ(allocations_of(
                [&] { (void)roofline(Models::Language::Llama3_8B, Hardware::Cloud::H100, o); }),
            0);
}

TEST(HotPath, GemmEstimateDoesNotAllocate) {
  const GemmParams params;
  EXPECT_EQ(
      allocations_of([&] {
        (void)estimate_gemm(Hardware::Cloud::H100, Precision::fp8, {4096, 8192, 8192}, params);
      }),
      0);
}

TEST(HotPath, TrainingStepDoesNotAllocate) {
  ParallelConfig pc;
  pc.tp = 8;
  pc.pp = 4;
  pc.dp = 256;
  TrainingOptions o;
  o.seq_len = 8192;
  o.global_batch = 2048;
  EXPECT_EQ(allocations_of([&] {
              (void)train(Models::Language::Llama3_70B, Systems::Clusters::Frontier_8K, pc, o);
            }),
            0);
}

TEST(HotPath, ServingEvaluationDoesNotAllocate) {
  ServingOptions o;
  o.tp = 8;
  o.batch = 32;
  EXPECT_EQ(
      allocations_of([&] { (void)serve(Models::Language::Llama3_70B, Hardware::Cloud::H100, o); }),
      0);
}

}  // namespace
}  // namespace mlsysim::solvers
