// Compile-fail checks of the typed layer the solver formulas are written with
// (include/mlsysim/units/typed.hpp). tests/CMakeLists.txt compiles this file once per case:
// MLSYSIM_CASE=0 is the correct formula and must compile (so a failure of the other cases is the
// unit error, not a broken file); every other case is one unit mix-up and must NOT compile.
#include "mlsysim/units/typed.hpp"

using namespace mlsysim::typed;

#ifndef MLSYSIM_CASE
#error "define MLSYSIM_CASE"
#endif

int main() {
  const Flops work = flop(2.0e12);                 // one GEMM's FLOPs
  const Bits traffic = bytes(4.0e9);               // its weight bytes
  const FlopRate rate = flop(989.0e12) / secs(1);  // H100 dense bf16
  const BitRate bandwidth = bytes_per_second(3.35e12);
#if MLSYSIM_CASE == 0
  // The roofline done right: each time is an amount over its own rate.
  const Seconds compute = work / rate;
  const Seconds memory = traffic / bandwidth;
  const Intensity intensity = work / traffic;
  const Seconds step = compute > memory ? compute : memory;
  return step.value() > 0 && intensity.value() > 0 ? 0 : 1;
#elif MLSYSIM_CASE == 1
  // FLOPs added to bytes.
  const auto total = work + traffic;
  return total.value() > 0 ? 0 : 1;
#elif MLSYSIM_CASE == 2
  // FLOPs over a byte rate taken for a time.
  const Seconds t = work / bandwidth;
  return t.value() > 0 ? 0 : 1;
#elif MLSYSIM_CASE == 3
  // An amount times its rate taken for a time (multiplied where it should divide).
  const Seconds t = traffic * bandwidth;
  return t.value() > 0 ? 0 : 1;
#elif MLSYSIM_CASE == 4
  // A time compared with a rate.
  return work / rate < rate ? 0 : 1;
#elif MLSYSIM_CASE == 5
  // A FLOP rate where a byte rate is expected.
  const BitRate b = rate;
  return b.value() > 0 ? 0 : 1;
#elif MLSYSIM_CASE == 6
  // Serving decode attention (src/solvers/serving_engine.cpp): the KV cache a step reads is
  // streamed at the memory bandwidth; divided by the FLOP rate instead it is not a time.
  const Bits kv_read = bytes(64 * 2048 * 327680.0);  // 64 sequences x 2048 tokens x 320 KiB
  const Seconds t = kv_read / rate;
  return t.value() > 0 ? 0 : 1;
#endif
}
