// Solver tests: the Python original's formula known answers, bad-input errors, behaviour of each
// solver on catalog entries, and a property test over the whole catalog cross product.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>

#include "mlsysim/mlsysim.hpp"
#include "mlsysim/testing/matchers.hpp"

namespace mlsysim::solvers {
namespace {

using ::testing::HasSubstr;
using testing::QuantityNear;
using ::testing::ThrowsMessage;

Quantity q(const char* s) { return Quantity::parse(s); }

// ---- known answers of the original's test_formulas.py (relative tolerance 1e-4) ------------

TEST(KnownAnswers, RingAllReduceOf1GBOver8RanksAt50GBps) {
  const LinkModel link{q("50 GB/s"), q("500 ns")};
  EXPECT_THAT(ring_all_reduce(q("1e9 B"), 8, link), QuantityNear("0.035007 s", 1e-4));
  EXPECT_THAT(tree_all_reduce(q("1e9 B"), 8, link), QuantityNear("0.120003 s", 1e-4));
  EXPECT_THAT(all_to_all(q("1e9 B"), 8, link), QuantityNear("0.0175035 s", 1e-4));
  EXPECT_EQ(ring_all_reduce(q("1e9 B"), 1, link).base_value(), 0.0);
}

TEST(KnownAnswers, YoungDalyAndMtbf) {
  EXPECT_THAT(young_interval(q("60 s"), q("50000 h")), QuantityNear("146969.4 s", 1e-4));
  ComponentMttf m;
  m.accelerator = q("10000 h");
  m.nic = q("50000 h");
  m.psu = q("20000 h");
  EXPECT_THAT(node_mtbf(4, 2, 2, m), QuantityNear("1851.85 h", 1e-4));
  EXPECT_NEAR(failure_probability(q("100 h"), q("100 h")), 1.0 - std::exp(-1.0), 1e-12);
}

TEST(KnownAnswers, FleetMtbfDividesTheNodeMtbfByNodeCount) {
  Node node;
  node.accelerator = &Hardware::Cloud::H100;
  node.accelerators_per_node = 1;
  Fleet fleet;
  fleet.node = &node;
  fleet.count = 1000;
  EXPECT_THAT(fleet_mtbf(fleet), QuantityNear("50 h", 1e-9));
  EXPECT_THAT(fleet_mtbf(fleet, {}, 0.5), QuantityNear("25 h", 1e-9));
  EXPECT_THAT([&] { (void)fleet_mtbf(fleet, {}, 0.0); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("invalid argument 'correlation'")));
}

TEST(KnownAnswers, PipelineBubble) {
  EXPECT_NEAR(pipeline_bubble(4, 8), 3.0 / 11.0, 1e-12);
  EXPECT_NEAR(pipeline_bubble(4, 8, 4), 3.0 / 35.0, 1e-12);
}

TEST(KnownAnswers, KvCacheOfA32Layer32HeadModelAt2048TokensIs1GiB) {
  Workload m;
  m.architecture = Architecture::transformer;
  m.layers = 32;
  m.heads = 32;
  m.head_dim = 128;
  EXPECT_THAT(kv_cache_per_token(m, Precision::fp16) * 2048.0, QuantityNear("1 GiB", 1e-12));
  EXPECT_EQ(paged_kv_waste(2050, 16), 14);
}

TEST(KnownAnswers, ActivationMemoryOfOneLayer) {
  Workload m;
  m.hidden_dim = 768;
  m.heads = 12;
  const double none = 34.0 * 1024 * 768 + 5.0 * 12 * 1024 * 1024;
  EXPECT_NEAR(activation_bytes_per_layer(m, 1024, 1, 1, true, Recompute::none).in("B"), none, 1e-6);
  EXPECT_NEAR(activation_bytes_per_layer(m, 1024, 1, 1, true, Recompute::selective).in("B"),
              34.0 * 1024 * 768, 1e-6);
  EXPECT_NEAR(activation_bytes_per_layer(m, 1024, 1, 1, true, Recompute::full).in("B"),
              2.0 * 1024 * 768, 1e-6);
  // `mlp` also drops the MLP's two 8 s b h intermediates (Korthikanti et al. 2022, section 4.1):
  // 34 - 16 = 18 s b h, all split by tp with sequence parallelism; without it the 16 split terms
  // go and the 10 replicated ones stay.
  EXPECT_NEAR(activation_bytes_per_layer(m, 1024, 1, 4, true, Recompute::mlp).in("B"),
              18.0 * 1024 * 768 / 4, 1e-6);
  EXPECT_NEAR(activation_bytes_per_layer(m, 1024, 1, 4, false, Recompute::mlp).in("B"),
              (10.0 + 8.0 / 4) * 1024 * 768, 1e-6);
  // `all_but_attention` keeps the layer input and the attention output (2 s b h each): 4 s b h
  // split by tp with sequence parallelism; without it the input is replicated.
  EXPECT_NEAR(activation_bytes_per_layer(m, 1024, 1, 4, true, Recompute::all_but_attention).in("B"),
              4.0 * 1024 * 768 / 4, 1e-6);
  EXPECT_NEAR(
      activation_bytes_per_layer(m, 1024, 1, 4, false, Recompute::all_but_attention).in("B"),
      (2.0 + 2.0 / 4) * 1024 * 768, 1e-6);
  EXPECT_NEAR(
      activation_bytes_per_layer(m, 1024, 1, 1, true, Recompute::none, Precision::fp32).in("B"),
      2 * none, 1e-6);
}

TEST(KnownAnswers, AlternateMatmulsKeepsTheOddMatmulOutputsOfALlamaLayer) {
  // torchtitan's op-level policy on a Llama layer (wq, wk, wv, wo, w1, w3, w2) keeps wq, wv, w1
  // and w2's outputs, the attention output and its fp32 log-sum-exp, and the layer input. Llama 3
  // 8B: h 4096, 32 heads, 8 KV heads of 128 (kv 1024), gated FFN 14336. TP 4 with sequence
  // parallelism: everything split four ways except w2's output (a whole partial sum before the
  // reduce-scatter), plus the two reduce-scatter outputs.
  const Workload& m = Models::Language::Llama3_8B;
  const double h = 4096, kv = 1024, f = 14336, a = 32, tokens = 1024;
  const double split = 2 * h + 2 * kv + 2 * h + 4 * a + 2 * f;
  EXPECT_NEAR(activation_bytes_per_layer(m, 1024, 1, 4, true, Recompute::alternate_matmuls).in("B"),
              tokens * (2 * h / 4 + split / 4 + 2 * h + 4 * h / 4), 1e-6);
  // One GPU: the same terms undivided.
  EXPECT_NEAR(
      activation_bytes_per_layer(m, 1024, 1, 1, false, Recompute::alternate_matmuls).in("B"),
      tokens * (2 * h + split + 2 * h), 1e-6);
}

TEST(KnownAnswers, TrainingFlopsModelMemoryAndSmallFormulas) {
  EXPECT_THAT(training_flops(175e9, 300e9), QuantityNear("3.15e23 FLOP", 1e-4));
  Workload resnet;
  resnet.parameters = 25'600'000;
  EXPECT_THAT(resnet.weight_bytes(Precision::fp32), QuantityNear("102.4 MB", 1e-9));
  Workload gpt3;
  gpt3.parameters = 175'000'000'000;
  EXPECT_THAT(gpt3.weight_bytes(Precision::fp16), QuantityNear("350 GB", 1e-9));
  EXPECT_NEAR(amdahl_speedup(0.9, 10), 5.2632, 1e-4);
  EXPECT_NEAR(availability(0.999, 3), 0.999999999, 1e-12);
  EXPECT_THAT(network_rtt(q("1000 km")), QuantityNear("10 ms", 1e-9));
  EXPECT_THAT(monthly_egress_cost(q("1 MB/s"), q("0.09 USD/GB")), QuantityNear("233.28 USD", 1e-4));
  EXPECT_THAT((q("1 TFLOP") / q("1 GB")), QuantityNear("1000 FLOP/B", 1e-12));
}

TEST(KnownAnswers, ErlangCNeitherOverflowsNorReturnsInfinity) {
  const auto big = erlang_c(q("400 1/s"), q("1 1/s"), 500);
  EXPECT_GT(big.utilization, 0.0);
  EXPECT_LT(big.utilization, 1.0);
  ASSERT_TRUE(big.wait.has_value());
  EXPECT_TRUE(std::isfinite(big.wait->base_value()));
  const auto full = erlang_c(q("100 1/s"), q("10 1/s"), 10);
  EXPECT_EQ(full.utilization, 1.0);
  EXPECT_FALSE(full.wait.has_value());
}

// ---- bad input ----------------------------------------------------------------------------

TEST(BadInput, NonPositiveBatchIsAnInvalidArgumentNamingIt) {
  RooflineOptions o;
  o.batch = 0;
  EXPECT_THAT(
      [&] { (void)roofline(Models::Language::Llama3_8B, Hardware::Cloud::H100, o); },
      ThrowsMessage<InvalidArgumentError>("invalid argument 'batch': must be positive, got 0"));
  ServingOptions s;
  s.batch = -4;
  EXPECT_THAT(
      [&] { (void)serve(Models::Language::Llama3_8B, Hardware::Cloud::H100, s); },
      ThrowsMessage<InvalidArgumentError>("invalid argument 'batch': must be positive, got -4"));
}

TEST(BadInput, DegreesThatDoNotDivideTheFleetAreRejected) {
  ParallelConfig pc;
  pc.tp = 8;
  pc.pp = 3;
  pc.dp = 40;
  EXPECT_THAT(
      [&] { (void)train(Models::Language::Llama3_70B, Systems::Clusters::Frontier_8K, pc, {}); },
      ThrowsMessage<InvalidArgumentError>(
          "invalid argument 'parallelism': tp x pp x dp = 8 x 3 x 40 = 960 does not equal "
          "the 8192 accelerators of 'Systems.Clusters.Frontier_8K'"));
  pc = {};
  pc.tp = 64;
  pc.pp = 1;
  pc.dp = 128;
  TrainingOptions o;
  o.global_batch = 512;
  EXPECT_THAT(
      [&] { (void)train(Models::Language::Llama3_8B, Systems::Clusters::Frontier_8K, pc, o); },
      ThrowsMessage<InvalidArgumentError>(HasSubstr("does not divide 32 attention heads")));
  pc.tp = 8;
  pc.pp = 2;
  pc.dp = 512;
  o.global_batch = 1000;
  EXPECT_THAT(
      [&] { (void)train(Models::Language::Llama3_8B, Systems::Clusters::Frontier_8K, pc, o); },
      ThrowsMessage<InvalidArgumentError>(
          "invalid argument 'global_batch': global batch 1000 is not a multiple of dp x "
          "microbatch = 512"));
}

TEST(BadInput, APrecisionTheDeviceLacksNamesTheDeviceAndWhatItHas) {
  RooflineOptions o;
  o.precision.compute = Precision::fp8;
  EXPECT_THAT([&] { (void)roofline(Models::Language::Llama3_8B, Hardware::Cloud::A100, o); },
              ThrowsMessage<InvalidArgumentError>(
                  HasSubstr("'Hardware.Cloud.A100' has no dense fp8 rate (it has: fp64, fp32, "
                            "tf32, bf16, fp16, int8, int4)")));
}

TEST(BadInput, AWorkloadKindTheSolverCannotHandleIsRejected) {
  EXPECT_THAT(
      [&] { (void)serve(Models::Vision::ResNet50, Hardware::Cloud::H100, {}); },
      ThrowsMessage<InvalidArgumentError>(HasSubstr("is not an autoregressive (per-token) model")));
  ParallelConfig pc;
  pc.dp = 8192;
  EXPECT_THAT(
      [&] { (void)train(Models::Vision::ResNet50, Systems::Clusters::Frontier_8K, pc, {}); },
      ThrowsMessage<InvalidArgumentError>(HasSubstr("is not a transformer")));
}

TEST(BadInput, EfficiencyOutsideTheUnitIntervalIsRejected) {
  RooflineOptions o;
  o.efficiency.compute = 1.5;
  EXPECT_THAT([&] { (void)roofline(Models::Language::Llama3_8B, Hardware::Cloud::H100, o); },
              ThrowsMessage<InvalidArgumentError>(
                  "invalid argument 'efficiency.compute': must be in (0, 1], got 1.5"));
  o.efficiency.compute = 0;
  EXPECT_THROW((void)roofline(Models::Language::Llama3_8B, Hardware::Cloud::H100, o),
               InvalidArgumentError);
}

TEST(BadInput, FootprintNeedsASiteAndAPositiveDuration) {
  FootprintOptions o;
  o.duration = q("30 day");
  EXPECT_THAT([&] { (void)footprint(Systems::Clusters::Frontier_8K, o); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("invalid argument 'site'")));
  o.grid = &Infra::Grids::Quebec;
  o.duration = q("0 day");
  EXPECT_THAT([&] { (void)footprint(Systems::Clusters::Frontier_8K, o); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("invalid argument 'duration'")));
}

// ---- behaviour ----------------------------------------------------------------------------

TEST(Roofline, DecodeOfA70BModelAtBatchOneIsBandwidthBound) {
  RooflineOptions o;
  o.context = 1024;
  o.precision.weights = Precision::fp8;  // 70.6 GB: bf16 (141.1 GB) does not fit 141 GB
  const auto r = roofline(Models::Language::Llama3_70B, Hardware::Cloud::H200, o);
  EXPECT_EQ(r.wall, Wall::memory);
  EXPECT_TRUE(r.memory.fits);
  // One token reads ~68.5 GB of fp8 matmul weights at H200's measured 4.15 TB/s: ~16.5 ms.
  EXPECT_NEAR(r.latency.in("ms"), 68.5e9 / 4.15e12 * 1e3, 1.0);
  EXPECT_LT(r.intensity, r.ridge_point);
}

TEST(Roofline, MainMemoryStreamsAtTheMeasuredRateElseTheDeratedDatasheetRate) {
  // The same rule as the GEMM model and the serving engine: H100's BabelStream 2.97 TB/s; a copy
  // without the measurement streams at 3.35 TB/s x efficiency.memory (0.85).
  RooflineOptions o;
  o.context = 1024;
  const auto measured = roofline(Models::Language::Llama3_8B, Hardware::Cloud::H100, o);
  EXPECT_NEAR(measured.memory_time.in("s"), measured.bytes.in("B") / 2.97e12, 1e-12);
  HardwareNode datasheet = Hardware::Cloud::H100;
  datasheet.memory.measured_bandwidth.reset();
  const auto derated = roofline(Models::Language::Llama3_8B, datasheet, o);
  EXPECT_NEAR(derated.memory_time.in("s"), derated.bytes.in("B") / (3.35e12 * 0.85), 1e-12);
}

// ---- power limit ------------------------------------------------------------------------

TEST(PowerLimit, TheRatioIsOneAtTheTdpTheMeasuredRatioAtItsLimitAndLinearBetween) {
  const HardwareNode& h = Hardware::Cloud::H100;
  ASSERT_TRUE(h.power.capped_limit && h.power.capped_throughput_ratio);
  const double r = *h.power.capped_throughput_ratio;
  EXPECT_DOUBLE_EQ(power_limit_ratio(h, Quantity::parse("700 W")), 1.0);
  EXPECT_DOUBLE_EQ(power_limit_ratio(h, *h.power.capped_limit), r);
  // 600 W is halfway from the 500 W measurement to the 700 W TDP.
  EXPECT_NEAR(power_limit_ratio(h, Quantity::parse("600 W")), (r + 1.0) / 2.0, 1e-12);
  EXPECT_NEAR(power_limit_ratio(h, Quantity::parse("0.6 kW")), (r + 1.0) / 2.0, 1e-12);
}

TEST(PowerLimit, ALimitedDeviceComputesSlowerStreamsAsFastAndDrawsAtMostItsLimit) {
  const HardwareNode& h = Hardware::Cloud::H100;
  const double r = *h.power.capped_throughput_ratio;
  const auto bf16 = static_cast<std::size_t>(Precision::bf16);
  const auto fp8 = static_cast<std::size_t>(Precision::fp8);
  const HardwareNode capped = power_limited(h, Quantity::parse("500 W"));
  const auto scaled = [r](const Quantity& limited, const Quantity& full) {
    EXPECT_NEAR(limited.base_value(), full.base_value() * r, 1e-9 * full.base_value());
  };
  scaled(capped.compute.peak_flops, h.compute.peak_flops);
  scaled(*capped.compute.dense[fp8], *h.compute.dense[fp8]);
  scaled(*capped.compute.sparse[bf16], *h.compute.sparse[bf16]);
  scaled(*capped.compute.measured_gemm[bf16], *h.compute.measured_gemm[bf16]);
  scaled(*capped.compute.measured_attention_training[bf16],
         *h.compute.measured_attention_training[bf16]);
  EXPECT_EQ(capped.memory.bandwidth, h.memory.bandwidth);
  EXPECT_EQ(*capped.memory.measured_bandwidth, *h.memory.measured_bandwidth);
  EXPECT_EQ(capped.power.tdp.str(), "500 W");
  EXPECT_FALSE(capped.power.capped_limit || capped.power.capped_throughput_ratio);

  // A compute-bound prefill's GEMMs take 1 / r as long; its bytes stream as fast.
  RooflineOptions prefill;
  prefill.batch = 8;
  prefill.tokens = 4096;
  const auto full = roofline(Models::Language::Llama3_8B, h, prefill);
  const auto limited = roofline(Models::Language::Llama3_8B, capped, prefill);
  EXPECT_NEAR(limited.compute_time.in("s"), full.compute_time.in("s") / r, 1e-12);
  EXPECT_NEAR(limited.memory_time.in("s"), full.memory_time.in("s"), 1e-15);
}

TEST(PowerLimit, ANodeOfLimitedAcceleratorsPointsAtThemAndDrawsTheirCutLess) {
  // DGX H100: 10.2 kW system power, eight H100 at 700 W; at 500 W each the board's maximum
  // falls by 8 x 200 W.
  const Node& dgx = Systems::Nodes::DGX_H100;
  ASSERT_TRUE(dgx.system_power);
  const HardwareNode limited = power_limited(*dgx.accelerator, Quantity::parse("500 W"));
  const Node node = power_limited(dgx, limited);
  EXPECT_EQ(node.accelerator, &limited);
  EXPECT_NEAR(node.system_power->in("kW"), dgx.system_power->in("kW") - 8 * 0.2, 1e-12);
  EXPECT_EQ(node.accelerators_per_node, dgx.accelerators_per_node);

  HardwareNode hotter = *dgx.accelerator;  // a "limit" above the node's own accelerator
  hotter.power.tdp = Quantity::parse("800 W");
  EXPECT_THAT([&] { (void)power_limited(dgx, hotter); },
              ThrowsMessage<InvalidArgumentError>(
                  HasSubstr("'800 W' is above the node's accelerator tdp '700 W'")));
  Node thin = dgx;  // a hand-built node rated below what its accelerators give up
  thin.system_power = Quantity::parse("1 kW");
  EXPECT_THAT([&] { (void)power_limited(thin, limited); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr(
                  "its system power '1 kW' is not above the 1.6 kW the limit takes off")));
  Node empty = dgx;
  empty.accelerator = nullptr;
  EXPECT_THAT([&] { (void)power_limited(empty, limited); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("has no accelerator")));
}

TEST(PowerLimit, ALimitOutsideTheMeasuredRangeOrOnADeviceWithoutOneIsRefused) {
  const HardwareNode& h = Hardware::Cloud::H100;
  EXPECT_THAT([&] { (void)power_limited(h, Quantity::parse("750 W")); },
              ThrowsMessage<InvalidArgumentError>("invalid argument 'power_limit': '750 W' is "
                                                  "above the device's tdp '700 W': its rates are "
                                                  "measured at tdp (H100)"));
  EXPECT_THAT(
      [&] { (void)power_limited(h, Quantity::parse("400 W")); },
      ThrowsMessage<InvalidArgumentError>("invalid argument 'power_limit': '400 W' is below '500 "
                                          "W', the lowest limit the catalog records "
                                          "a throughput at (power.capped_limit) (H100)"));
  EXPECT_THAT(
      [&] { (void)power_limited(Hardware::Cloud::A100, Quantity::parse("300 W")); },
      ThrowsMessage<InvalidArgumentError>(
          "invalid argument 'power_limit': '300 W' is below tdp '400 W' and the catalog records no "
          "throughput below tdp for this device (power.capped_limit) (A100)"));
  HardwareNode odd = h;  // built by hand, never through the catalog's checks
  odd.power.capped_throughput_ratio = 1.5;
  EXPECT_THAT([&] { (void)power_limited(odd, Quantity::parse("600 W")); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr(
                  "the device's measured point ('500 W' at 1.5 of its tdp throughput) is not a "
                  "limit below tdp '700 W' with a ratio in (0, 1]")));
  EXPECT_THAT([&] { (void)power_limited(h, Quantity::parse("500 GB")); },
              ThrowsMessage<InvalidArgumentError>(
                  "invalid argument 'power_limit': must be a power (W), got '500 GB' (H100)"));
}

TEST(Roofline, A70BModelDoesNotFitOneH100AndSaysSo) {
  const auto r = roofline(Models::Language::Llama3_70B, Hardware::Cloud::H100, {});
  EXPECT_FALSE(r.memory.fits);
  EXPECT_EQ(r.wall, Wall::capacity);
  EXPECT_TRUE(std::isfinite(r.latency.base_value()));
}

TEST(Roofline, LargeBatchPrefillIsComputeBound) {
  RooflineOptions o;
  o.batch = 8;
  o.tokens = 2048;
  const auto r = roofline(Models::Language::Llama3_8B, Hardware::Cloud::H100, o);
  EXPECT_EQ(r.wall, Wall::compute);
  EXPECT_GT(r.mfu, 0.5);
  EXPECT_LE(r.mfu, 0.70 + 1e-9);
}

TEST(Roofline, MicrocontrollerRunsTinyModelsFromFlash) {
  RooflineOptions o;
  o.precision = {Precision::int8, Precision::int8, Precision::int8, Precision::int8};
  const auto r = roofline(Models::Tiny::DS_CNN, Hardware::Tiny::STM32H7, o);
  EXPECT_TRUE(r.memory.fits);
  EXPECT_GT(r.latency.base_value(), 0.0);
  EXPECT_LT(r.latency.in("ms"), 100.0);
}

TEST(Roofline, TrainingMovesThreeTimesTheForwardBytesSoItsIntensityIsTheForwardPasss) {
  // A 1e9-parameter per-token model given as 2 GFLOP per token (one weight GEMM, no attention
  // shape), bf16 weights: batch 4 x 256 tokens.
  //   forward FLOPs  = 2e9 x 4 x 256                 = 2.048e12 FLOP
  //   forward bytes  = 1e9 parameters x 2 B           = 2e9 B
  //   intensity      = 2.048e12 / 2e9                 = 1024 FLOP/B
  // Training (docs/solvers.md, "Roofline"): the backward pass of Y = X W computes dX = dY W^T and
  // dW = X^T dY, 2x the forward FLOPs, reading W, dY, X, dY and writing dX, dW, 2x the forward
  // bytes. So 6.144e12 FLOP, 6e9 B, and the same 1024 FLOP/B (3072 if only the FLOPs tripled).
  Workload m;
  m.info.path = "hand-built 1B model";
  m.architecture = Architecture::generic;
  m.flops_basis = FlopsBasis::per_token;
  m.parameters = 1'000'000'000;
  m.inference_flops = q("2e9 FLOP");
  RooflineOptions o;
  o.batch = 4;
  o.tokens = 256;
  const auto forward = roofline(m, Hardware::Cloud::H100, o);
  EXPECT_THAT(forward.flops, QuantityNear("2.048e12 FLOP", 1e-12));
  EXPECT_THAT(forward.bytes, QuantityNear("2e9 B", 1e-12));
  EXPECT_THAT(forward.intensity, QuantityNear("1024 FLOP/B", 1e-12));
  o.training = true;
  const auto training = roofline(m, Hardware::Cloud::H100, o);
  EXPECT_THAT(training.flops, QuantityNear("6.144e12 FLOP", 1e-12));
  EXPECT_THAT(training.bytes, QuantityNear("6e9 B", 1e-12));
  EXPECT_THAT(training.intensity, QuantityNear("1024 FLOP/B", 1e-12));
}

TEST(Roofline, OperatorsCarryTheirKindAndOnlyWeightKindsStreamTheWeights) {
  const auto c = forward_cost(Models::Language::Llama3_8B, 1, 1, 1024, {});
  ASSERT_EQ(c.count, 3u);
  EXPECT_EQ(c.ops[0].kind, OpKind::gemm);
  EXPECT_EQ(c.ops[1].kind, OpKind::attention);
  EXPECT_EQ(c.ops[2].kind, OpKind::elementwise);
  EXPECT_TRUE(streams_weights(OpKind::gemm));
  EXPECT_TRUE(streams_weights(OpKind::whole_model));
  EXPECT_FALSE(streams_weights(OpKind::attention));
  EXPECT_FALSE(streams_weights(OpKind::elementwise));
  EXPECT_FALSE(streams_weights(OpKind::state));
  EXPECT_EQ(op_kind_name(OpKind::whole_model), "whole model");
}

TEST(Serving, KvCacheAndMaxConcurrencyOfLlama3_70BOnEightH100) {
  ServingOptions o;
  o.tp = 8;
  o.input_tokens = 2048;
  o.output_tokens = 256;
  o.batch = 16;
  const auto r = serve(Models::Language::Llama3_70B, Hardware::Cloud::H100, o);
  // GQA: 2 x 8 KV heads x 128 x 80 layers x 2 B = 320 KiB per token.
  EXPECT_THAT(r.kv_per_token, QuantityNear("320 KiB", 1e-12));
  EXPECT_TRUE(r.feasible);
  EXPECT_GT(r.max_concurrent, 16);
  EXPECT_LT(r.tpot, r.ttft);
  EXPECT_GT(r.knee_batch, 1);
}

TEST(Serving, MlaCachesOneLatentPerToken) {
  // DeepSeek-V3: (512 + 64) x 61 layers x 2 B.
  EXPECT_THAT(kv_cache_per_token(Models::Language::DeepSeek_V3, Precision::bf16),
              QuantityNear("70272 B", 1e-12));
}

TEST(Serving, QuantizedWeightsDecodeFaster) {
  ServingOptions o;
  const auto bf16 = serve(Models::Language::Llama3_8B, Hardware::Cloud::L4, o);
  o.precision.weights = Precision::int4;
  const auto int4 = serve(Models::Language::Llama3_8B, Hardware::Cloud::L4, o);
  EXPECT_LT(int4.tpot, bf16.tpot);
  EXPECT_LT(int4.weights_per_device, bf16.weights_per_device);
}

TEST(Serving, BestBatchMeetsTheLatencyTarget) {
  ServingOptions o;
  const auto b =
      best_batch_for_latency(Models::Language::Llama3_8B, Hardware::Cloud::H100, q("30 ms"), o);
  ASSERT_GT(b, 1);
  o.batch = b;
  EXPECT_LE(serve(Models::Language::Llama3_8B, Hardware::Cloud::H100, o).tpot, q("30 ms"));
  o.batch = b + 1;
  const auto next = serve(Models::Language::Llama3_8B, Hardware::Cloud::H100, o);
  EXPECT_TRUE(next.tpot > q("30 ms") || !next.feasible || b + 1 > next.max_concurrent);
}

TEST(Training, Llama3_70BOnFrontier8KIsFeasibleWithThreeDParallelism) {
  ParallelConfig pc;
  pc.tp = 8;
  pc.pp = 4;
  pc.dp = 256;
  TrainingOptions o;
  o.seq_len = 8192;
  o.global_batch = 2048;
  o.token_budget = 15e12;
  const auto r = train(Models::Language::Llama3_70B, Systems::Clusters::Frontier_8K, pc, o);
  EXPECT_TRUE(r.memory.fits);
  EXPECT_GT(r.mfu, 0.2);
  EXPECT_LT(r.mfu, 0.7);
  ASSERT_TRUE(r.time_to_train.has_value());
  EXPECT_GT(r.time_to_train->in("day"), 1.0);
  // GPU-hours by the textbook route instead of the solver's (time to train x GPUs): the 15e12
  // tokens' model FLOPs over MFU x peak. Model FLOPs per token (PaLM, Chowdhery et al. 2022,
  // appendix B) = 6 N + 12 L s h_attn with N the matmul parameters: training_flops_per_token.
  const double flops = training_flops_per_token(Models::Language::Llama3_70B, 8192) * 15e12;
  const double peak =
      Systems::Clusters::Frontier_8K.node->accelerator->peak(Precision::bf16)->in("FLOP/s");
  ASSERT_TRUE(r.gpu_hours.has_value());
  EXPECT_NEAR(r.gpu_hours->in("h"), flops / (r.mfu * peak) / 3600.0, 1e-6 * r.gpu_hours->in("h"));
}

TEST(Collectives, ALargeAllReduceInsideANodeRunsAtTheDeratedNodeLink) {
  // Lab_64_H100: DGX H100 nodes, NVLink 4 at 900 GB/s both ways = 450 GB/s one way, derated by
  // Efficiency::intra_node_link (0.75): nccl-tests' bus bandwidth of a large ring all-reduce over
  // the 8 GPUs of one node tends to 450 x 0.75 = 337.5 GB/s (the per-step latency fades with
  // size; Thakur et al. 2005: 2 (n-1)/n M moved in 2 (n-1) steps).
  // (The ring's figure: the DGX's NVSwitches also run NVLS, tested below, so it is switched off.)
  const Fleet& lab = Systems::Clusters::Lab_64_H100;
  TrainingOptions ring_or_tree;
  ring_or_tree.collectives.algorithms = {true, true, false};
  const auto big = estimate_collective(lab, CollectiveKind::all_reduce, Quantity::parse("16 GiB"),
                                       8, 8, ring_or_tree);
  EXPECT_NEAR(big.busbw.in("GB/s"), 337.5, 0.5);
  // busbw = algbw x 2 (n - 1) / n, and algbw = bytes / time.
  EXPECT_NEAR(big.busbw.in("GB/s"), big.algbw.in("GB/s") * 2.0 * 7.0 / 8.0, 1e-9);
  EXPECT_NEAR(big.algbw.in("GB/s"), 16.0 * 1.073741824 / big.time.in("s"), 1e-6);
  // A small message is latency-bound: far below the link's bus bandwidth.
  const auto small =
      estimate_collective(lab, CollectiveKind::all_reduce, Quantity::parse("64 KiB"), 8, 8);
  EXPECT_LT(small.busbw.in("GB/s"), 0.1 * big.busbw.in("GB/s"));
  // All-gather moves half an all-reduce's data: the same bus bandwidth for a large buffer.
  const auto ag =
      estimate_collective(lab, CollectiveKind::all_gather, Quantity::parse("16 GiB"), 8, 8);
  EXPECT_NEAR(ag.busbw.in("GB/s"), 337.5, 0.5);
  // One rank moves nothing.
  EXPECT_EQ(estimate_collective(lab, CollectiveKind::all_reduce, Quantity::parse("1 GiB"), 1, 1)
                .time.in("s"),
            0.0);
}

TEST(Collectives, AcrossNodesTheRingIsPipelinedAndTheSlowerLinkSetsTheRate) {
  // 64 ranks, 8 per node: in NCCL's ring every rank's data crosses its NVLink and, once per node,
  // a NIC; the two run at once, so the slower sets the rate (nccl-tests PERFORMANCE.md: bus
  // bandwidth "should reflect the speed of the hardware bottleneck"). One 400 Gb/s NIC per GPU
  // on DGX H100, capped at the HDR fabric's 200 Gb/s port = 25 GB/s x Efficiency::fabric 0.85 =
  // 21.25 GB/s; a node's 8 NICs carry 8 x 21.25 = 170 GB/s, below NVLink's 337.5: the NICs bind.
  const Fleet& lab = Systems::Clusters::Lab_64_H100;
  const auto in_node =
      estimate_collective(lab, CollectiveKind::all_gather, Quantity::parse("16 GiB"), 8, 8);
  const auto across =
      estimate_collective(lab, CollectiveKind::all_gather, Quantity::parse("16 GiB"), 64, 8);
  EXPECT_LT(across.busbw.in("GB/s"), in_node.busbw.in("GB/s"));
  const double inter_s = 63.0 / 64.0 * (16.0 * 1.073741824 / 8.0) / (25.0 * 0.85);
  EXPECT_NEAR(across.time.in("s"), inter_s, 1e-3);  // + latency: 63 steps of microseconds
  EXPECT_NEAR(across.busbw.in("GB/s"), 8 * 25.0 * 0.85, 1.0);
  EXPECT_EQ(across.algorithm, CollectiveAlgorithm::ring);
  EXPECT_EQ(across.protocol, CollectiveProtocol::simple);
  // One rank per node: every byte crosses the fabric.
  const auto spread =
      estimate_collective(lab, CollectiveKind::all_gather, Quantity::parse("16 GiB"), 8, 1);
  EXPECT_NEAR(spread.busbw.in("GB/s"), 25.0 * 0.85, 0.1);
}

TEST(Collectives, ASmallMessagePaysNcclsLatencyOfTheCheapestProtocol) {
  // 8 bytes all-reduced over the 8 GPUs of one DGX H100: NCCL's tuning model
  // (src/graph/tuning.cc) prices the LL ring at its base 6.6 us + 2 (8 - 1) steps x 0.6 us on
  // NVLink = 15.0 us; LL128 (14 + 14 x 1.9) and Simple (8.4 + 14 x 3.4) cost more. The bytes
  // themselves take picoseconds.
  const Fleet& lab = Systems::Clusters::Lab_64_H100;
  const auto tiny =
      estimate_collective(lab, CollectiveKind::all_reduce, Quantity::parse("8 B"), 8, 8);
  EXPECT_NEAR(tiny.time.in("us"), 15.0, 1e-3);
  EXPECT_EQ(tiny.algorithm, CollectiveAlgorithm::ring);
  EXPECT_EQ(tiny.protocol, CollectiveProtocol::ll);
  // All-gather: half the steps, 6.6 + 7 x 0.6 = 10.8 us.
  EXPECT_NEAR(estimate_collective(lab, CollectiveKind::all_gather, Quantity::parse("8 B"), 8, 8)
                  .time.in("us"),
              10.8, 1e-3);
  // A caller's constants are honoured (the solver reads its options, not a table of its own).
  TrainingOptions o;
  o.collectives.ring[0].base = Quantity::parse("20 us");
  // (NVLS's 25 us on the DGX's NVSwitches now beats the LL ring's 28.4.)
  EXPECT_NEAR(estimate_collective(lab, CollectiveKind::all_reduce, Quantity::parse("8 B"), 8, 8, o)
                  .time.in("us"),
              std::min({20.0 + 14 * 0.6, 14.0 + 14 * 1.9, 25.0}), 1e-2);
}

TEST(Collectives, RestrictingTheAlgorithmOrProtocolPricesThatChoiceOrRefusesTheCall) {
  // NCCL_PROTO=Simple for 8 bytes on 8 H100 on the ring (NCCL_ALGO=Ring): 8.4 + 14 steps x 3.4 us
  // = 56 us (tuning.cc), not the LL ring's 15 us; NCCL_ALGO=Tree has nothing to run inside one
  // node, and is refused by name.
  const Fleet& lab = Systems::Clusters::Lab_64_H100;
  TrainingOptions simple;
  simple.collectives.protocols = {false, false, true};
  simple.collectives.algorithms = {true, false, false};
  const auto s =
      estimate_collective(lab, CollectiveKind::all_reduce, Quantity::parse("8 B"), 8, 8, simple);
  EXPECT_NEAR(s.time.in("us"), 8.4 + 14 * 3.4, 1e-3);
  EXPECT_EQ(s.protocol, CollectiveProtocol::simple);
  TrainingOptions tree;
  tree.collectives.algorithms = {false, true};
  EXPECT_THAT(
      [&] {
        (void)estimate_collective(lab, CollectiveKind::all_reduce, Quantity::parse("8 B"), 8, 8,
                                  tree);
      },
      ThrowsMessage<InvalidArgumentError>(HasSubstr("collectives.algorithms")));
  // Across nodes the tree runs all-reduce, and a forced ring costs more than NCCL's pick there.
  const auto t =
      estimate_collective(lab, CollectiveKind::all_reduce, Quantity::parse("1 MiB"), 64, 8, tree);
  EXPECT_EQ(t.algorithm, CollectiveAlgorithm::tree);
  TrainingOptions ring;
  ring.collectives.algorithms = {true, false};
  const auto free_pick =
      estimate_collective(lab, CollectiveKind::all_reduce, Quantity::parse("1 MiB"), 64, 8);
  const auto r =
      estimate_collective(lab, CollectiveKind::all_reduce, Quantity::parse("1 MiB"), 64, 8, ring);
  EXPECT_EQ(r.algorithm, CollectiveAlgorithm::ring);
  EXPECT_GE(r.time.in("us"), free_pick.time.in("us"));
}

TEST(Collectives, BadTuningConstantsNameTheField) {
  const Fleet& lab = Systems::Clusters::Lab_64_H100;
  struct Bad {
    void (*set)(CollectiveTuning&);
    const char* field;
  };
  for (const Bad& b : {
           Bad{[](CollectiveTuning& t) { t.ring[2].payload = 0; },
               "collectives.ring[simple].payload"},
           Bad{[](CollectiveTuning& t) { t.tree[0].base = Quantity::parse("1 GB"); },
               "collectives.tree[ll].base"},
           Bad{[](CollectiveTuning& t) { t.ring[1].inter_step = Quantity::parse("-1 us"); },
               "collectives.ring[ll128].inter_step"},
           Bad{[](CollectiveTuning& t) { t.nvls_tree_inter_latency = Quantity::parse("1 GB"); },
               "collectives.nvls_tree_inter_latency"},
           Bad{[](CollectiveTuning& t) { t.collnet_direct_efficiency = 0; },
               "collectives.collnet_direct_efficiency"},
           Bad{[](CollectiveTuning& t) { t.collnet_arity_latency = Quantity::parse("-1 us"); },
               "collectives.collnet_arity_latency"},
           Bad{[](CollectiveTuning& t) { t.net_overhead = Quantity::parse("-1 us"); },
               "collectives.net_overhead"},
           Bad{[](CollectiveTuning& t) { t.ring_plateau = 0.5; }, "collectives.ring_plateau"},
           Bad{[](CollectiveTuning& t) { t.tree_bandwidth = std::nan(""); },
               "collectives.tree_bandwidth"},
           Bad{[](CollectiveTuning& t) { t.tree_correction[2][5] = 1.5; },
               "collectives.tree_correction[simple][5]"},
           Bad{[](CollectiveTuning& t) {
                 t.algorithms = {false, false};
               },
               "collectives.algorithms"},
           Bad{[](CollectiveTuning& t) {
                 t.protocols = {false, false, false};
               },
               "collectives.protocols"},
       }) {
    TrainingOptions o;
    b.set(o.collectives);
    EXPECT_THAT(
        [&] {
          (void)estimate_collective(lab, CollectiveKind::all_reduce, Quantity::parse("1 GiB"), 16,
                                    8, o);
        },
        ThrowsMessage<InvalidArgumentError>(HasSubstr(b.field)))
        << b.field;
  }
}

TEST(Collectives, BadArgumentsNameTheField) {
  const Fleet& lab = Systems::Clusters::Lab_64_H100;
  struct Bad {
    const char* bytes;
    std::int64_t ranks, per_node;
    const char* field;
  };
  for (const Bad& b :
       {Bad{"0 B", 8, 8, "bytes"}, Bad{"1 s", 8, 8, "bytes"}, Bad{"1 GiB", 65, 8, "ranks"},
        Bad{"1 GiB", 12, 8, "per_node"}, Bad{"1 GiB", 16, 16, "per_node"}}) {
    EXPECT_THAT(
        [&] {
          (void)estimate_collective(lab, CollectiveKind::all_reduce, Quantity::parse(b.bytes),
                                    b.ranks, b.per_node);
        },
        ThrowsMessage<InvalidArgumentError>(HasSubstr(b.field)))
        << b.bytes << " over " << b.ranks << " ranks, " << b.per_node << " per node";
  }
  TrainingOptions late;
  late.intra_node_latency = Quantity::parse("-1 us");
  EXPECT_THAT(
      [&] {
        (void)estimate_collective(lab, CollectiveKind::all_reduce, Quantity::parse("1 GiB"), 16, 8,
                                  late);
      },
      ThrowsMessage<InvalidArgumentError>(HasSubstr("intra_node_latency")));
  TrainingOptions o;
  o.efficiency.fabric = 1.5;
  EXPECT_THAT(
      [&] {
        (void)estimate_collective(lab, CollectiveKind::all_reduce, Quantity::parse("1 GiB"), 16, 8,
                                  o);
      },
      ThrowsMessage<InvalidArgumentError>(HasSubstr("fabric")));
}

TEST(Training, ZeroStagesShardOptimizerGradientsAndWeights) {
  ParallelConfig pc;
  pc.tp = 8;
  pc.dp = 1024;
  TrainingOptions o;
  o.global_batch = 1024;
  pc.zero_stage = 0;
  const auto z0 = train(Models::Language::Llama3_8B, Systems::Clusters::Frontier_8K, pc, o);
  pc.zero_stage = 3;
  const auto z3 = train(Models::Language::Llama3_8B, Systems::Clusters::Frontier_8K, pc, o);
  EXPECT_LT(z3.memory.optimizer, z0.memory.optimizer);
  EXPECT_LT(z3.memory.gradients, z0.memory.gradients);
  EXPECT_LT(z3.memory.weights, z0.memory.weights);
  EXPECT_GT(z3.dp_comm_time, z0.dp_comm_time);
}

// ---- training step timeline: mechanisms that must hold for physical reasons ---------------

Fleet fleet_of(const Node& node, std::int64_t nodes, const NetworkFabric& fabric) {
  Fleet f;
  f.info.path = "test fleet";
  f.node = &node;
  f.count = nodes;
  f.fabric = &fabric;
  return f;
}

Fleet dgx_h100_fleet(std::int64_t gpus) {
  return fleet_of(Systems::Nodes::DGX_H100, gpus / 8, Systems::Fabrics::InfiniBand_NDR);
}

TEST(Collectives, AtScaleASmallAllReduceTakesTheTree) {
  // 1,024 GPUs on 128 DGX H100 nodes, 1 MiB: a ring takes 2 x 1,023 steps (254 of them across
  // nodes), milliseconds of latency; NCCL's tree takes a chain of 7 in each node and
  // 2 x log2(128) = 14 network hops, so the tree wins (tuning.cc's latencies).
  const Fleet f = fleet_of(Systems::Nodes::DGX_H100, 128, Systems::Fabrics::InfiniBand_NDR);
  const auto c =
      estimate_collective(f, CollectiveKind::all_reduce, Quantity::parse("1 MiB"), 1024, 8);
  EXPECT_EQ(c.algorithm, CollectiveAlgorithm::tree);
  // Even the cheapest ring latency (LL: 6.6 + 1,792 steps x max(0.6, 1 us NET overhead) + 254 x
  // 2.7 us) exceeds the whole tree call.
  EXPECT_LT(c.time.in("us"), 6.6 + 1792 * 1.0 + 254 * 2.7);
  // Without NVLS, a large buffer goes back to the ring: the tree moves bytes at 0.92 x 1/2 of the
  // bottleneck
  // (NVLink's 337.5 GB/s; the node's 8 NDR NIC shares carry 8 x 50 x 0.85 = 340) against the
  // ring's 1024 / 2046 of it, while the Simple ring's latency is (8.4 + 1,792 x 3.4 + 254 x 14)
  // x 1.4 = 13.5 ms: (2 / 0.92 - 2046 / 1024) / 337.5 GB/s = 0.52 ms per GB, so the ring wins
  // above ~26 GB.
  TrainingOptions o;
  o.collectives.algorithms = {true, true, false};
  EXPECT_EQ(estimate_collective(f, CollectiveKind::all_reduce, Quantity::parse("8 GiB"), 1024, 8, o)
                .algorithm,
            CollectiveAlgorithm::tree);
  EXPECT_EQ(
      estimate_collective(f, CollectiveKind::all_reduce, Quantity::parse("64 GiB"), 1024, 8, o)
          .algorithm,
      CollectiveAlgorithm::ring);
  // With NVLS (the default on these NVSwitch nodes) the NVLS tree carries both: the node's NICs
  // (340 GB/s) bound it as they bound the ring, with 25 + 14 x 20.9 us of latency.
  EXPECT_EQ(estimate_collective(f, CollectiveKind::all_reduce, Quantity::parse("8 GiB"), 1024, 8)
                .algorithm,
            CollectiveAlgorithm::nvls_tree);
}

TEST(Collectives, NvlinkSharpReducesInTheSwitchesWhereTheNodeLinkHasIt) {
  // NCCL's NVLS (tuning.cc): one channel per GPU pulling through the switches, each GPU's link
  // shared by every channel and twice by its own (8 / 9 of it), x nvlsEfficiency (0.85 on
  // Hopper) x (8 - 1) / 8 channels x 2 (reduce and broadcast pipelined): on a DGX H100 (NVLink
  // 450 GB/s one way x 0.75 = 337.5) the bus tends to 2 x 0.85 x 7/8 x 8/9 x 337.5 = 446.25
  // GB/s, against the ring's 337.5; measured NVLS all-reduce on 8 H100 reads 479-480 (docs/
  // validation.md, CA07 / CA10).
  const Fleet& lab = Systems::Clusters::Lab_64_H100;
  const double bus = 2.0 * 0.85 * 7.0 / 8.0 * 8.0 / 9.0 * 337.5;
  const auto big =
      estimate_collective(lab, CollectiveKind::all_reduce, Quantity::parse("16 GiB"), 8, 8);
  EXPECT_EQ(big.algorithm, CollectiveAlgorithm::nvls);
  EXPECT_EQ(big.protocol, CollectiveProtocol::simple);
  // time = 25 us + 2 x 7/8 x bytes / bus.
  EXPECT_NEAR(big.time.in("s"), 25e-6 + 2.0 * 7.0 / 8.0 * 16.0 * 1.073741824 / bus, 1e-9);
  // Not for all-gather (the ring wins it in NCCL's model, and only all-reduce is priced here).
  EXPECT_EQ(estimate_collective(lab, CollectiveKind::all_gather, Quantity::parse("16 GiB"), 8, 8)
                .algorithm,
            CollectiveAlgorithm::ring);
  // A node without NVSwitch reduction (DGX A100: Ampere, nvlsEfficiency 0) never takes it.
  const Fleet a100 = fleet_of(Systems::Nodes::DGX_A100, 1, Systems::Fabrics::InfiniBand_HDR);
  EXPECT_EQ(estimate_collective(a100, CollectiveKind::all_reduce, Quantity::parse("16 GiB"), 8, 8)
                .algorithm,
            CollectiveAlgorithm::ring);
  // Across two nodes (NVLS tree) the NICs bound it, counted twice on two nodes (tuning.cc:
  // "Handle 2 node case of NVLSTree"): DGX H100 over NDR, min(446.25, 2 x 8 x 50 x 0.85 = 680);
  // on four nodes min(446.25, 340). Latency 25 + 2 x log2(nodes) x 20.9 us.
  for (const auto& [nodes, rate] : {std::pair{2, bus}, std::pair{4, 340.0}}) {
    const Fleet f = fleet_of(Systems::Nodes::DGX_H100, nodes, Systems::Fabrics::InfiniBand_NDR);
    const double n = 8.0 * nodes;
    const auto c =
        estimate_collective(f, CollectiveKind::all_reduce, Quantity::parse("16 GiB"), 8 * nodes, 8);
    EXPECT_EQ(c.algorithm, CollectiveAlgorithm::nvls_tree) << nodes;
    const double latency = 25e-6 + 2.0 * std::log2(nodes) * 20.9e-6;
    EXPECT_NEAR(c.time.in("s"), latency + 2.0 * (n - 1.0) / n * 16.0 * 1.073741824 / rate,
                1e-6 * c.time.in("s"))
        << nodes;
  }
  // NCCL_ALGO without NVLS, or a caller's different latency, is honoured.
  TrainingOptions o;
  o.collectives.algorithms = {true, true, false};
  EXPECT_NE(estimate_collective(lab, CollectiveKind::all_reduce, Quantity::parse("16 GiB"), 8, 8, o)
                .algorithm,
            CollectiveAlgorithm::nvls);
  o.collectives.algorithms = {false, false, true};
  o.collectives.nvls_latency = Quantity::parse("1 ms");
  EXPECT_NEAR(estimate_collective(lab, CollectiveKind::all_reduce, Quantity::parse("8 B"), 8, 8, o)
                  .time.in("ms"),
              1.0, 1e-3);
  // A caller's node link with a nonsensical efficiency is refused by name.
  Node odd = Systems::Nodes::DGX_H100;
  odd.intra_node_link->nvls_efficiency = 1.5;
  const Fleet bad_link = fleet_of(odd, 1, Systems::Fabrics::InfiniBand_NDR);
  EXPECT_THAT(
      [&] {
        (void)estimate_collective(bad_link, CollectiveKind::all_reduce, Quantity::parse("8 B"), 8,
                                  8);
      },
      ThrowsMessage<InvalidArgumentError>(
          HasSubstr("node.intra_node_link.nvls_efficiency': must be in (0, 1], got 1.5")));
  // NVLS alone cannot run an all-gather: refused by name, as NCCL refuses the call.
  EXPECT_THAT(
      [&] {
        (void)estimate_collective(lab, CollectiveKind::all_gather, Quantity::parse("8 B"), 8, 8, o);
      },
      ThrowsMessage<InvalidArgumentError>(HasSubstr("collectives.algorithms")));
}

TEST(Collectives, CollNetReducesInTheFabricOnlyWhenEnabledAndTheSwitchesCanReduce) {
  // Four DGX B200 over InfiniBand NDR (Quantum-2: SHARP). NCCL prices CollNet on the node-side
  // rate (NVLink 900 GB/s one way x 0.75 = 675 GB/s), bounded here by each node sending and
  // receiving the buffer once through its NICs (8 x 400 Gb/s x 0.85 = 340 GB/s each way, 680
  // in all): the chain at min(675, 680) = 675, direct at 0.85 x 675 = 573.75 (one NIC per GPU).
  // Latencies (tuning.cc, no base): chain 2 x 7 x 2.8 + 30 = 69.2 us; direct
  // 2 x (3.7 + 7 x 0.4) + 31 = 44 us. Time = latency + 2 x bytes / rate.
  const Fleet f = fleet_of(Systems::Nodes::DGX_B200, 4, Systems::Fabrics::InfiniBand_NDR);
  const Quantity bytes = Quantity::parse("8 GiB");
  const double m = 8.0 * 1.073741824e9;
  // Off by default, as NCCL_COLLNET_ENABLE is.
  const auto plain = estimate_collective(f, CollectiveKind::all_reduce, bytes, 32, 8);
  EXPECT_NE(plain.algorithm, CollectiveAlgorithm::collnet_chain);
  EXPECT_NE(plain.algorithm, CollectiveAlgorithm::collnet_direct);
  TrainingOptions o;
  o.collectives.collnet = true;
  o.collectives.algorithms = {false, false, false, false, true};
  EXPECT_NEAR(estimate_collective(f, CollectiveKind::all_reduce, bytes, 32, 8, o).time.in("s"),
              69.2e-6 + 2.0 * m / 675e9, 1e-9);
  o.collectives.algorithms = {false, false, false, true, false};
  const auto direct = estimate_collective(f, CollectiveKind::all_reduce, bytes, 32, 8, o);
  EXPECT_EQ(direct.algorithm, CollectiveAlgorithm::collnet_direct);
  EXPECT_NEAR(direct.time.in("s"), 44e-6 + 2.0 * m / 573.75e9, 1e-9);
  // A fabric whose switches do not reduce (RoCE here) never runs it: refused when it is all
  // that is allowed.
  const Fleet roce = fleet_of(Systems::Nodes::DGX_B200, 4, Systems::Fabrics::RoCE_400G);
  EXPECT_THAT([&] { (void)estimate_collective(roce, CollectiveKind::all_reduce, bytes, 32, 8, o); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("collectives.algorithms")));
}

TEST(Collectives, TheNetworkPluginsLatencyIsPaidOnEveryNetworkStep) {
  // NCCL adds the latency its network plugin reports (AWS's EFA plugin: 75 us on p5) to each
  // network step of its model, twice for Simple (tuning.cc: `interLat += latencyInter`, again
  // for the flush). 16 GPUs on 2 nodes, one protocol and algorithm at a time: the LL ring
  // crosses the network 2 x (2 - 1) = 2 times (+150 us), the Simple ring 2 times at 2 x 75 us
  // under the 1.4 ring plateau (+420 us), the LL tree 2 x log2(2) = 2 times (+150 us).
  Node efa = Systems::Nodes::DGX_H100;
  const Fleet plain = fleet_of(Systems::Nodes::DGX_H100, 2, Systems::Fabrics::InfiniBand_NDR);
  efa.nccl_net_latency = Quantity::parse("75 us");
  const Fleet with = fleet_of(efa, 2, Systems::Fabrics::InfiniBand_NDR);
  struct Pick {
    std::array<bool, 5> algorithms;
    std::array<bool, 3> protocols;
    double added_us;
  };
  for (const Pick& k : {Pick{{true, false}, {true, false, false}, 150.0},
                        Pick{{true, false}, {false, false, true}, 1.4 * 2 * 2 * 75.0},
                        Pick{{false, true}, {true, false, false}, 150.0}}) {
    TrainingOptions o;
    o.collectives.algorithms = k.algorithms;
    o.collectives.protocols = k.protocols;
    const Quantity bytes = Quantity::parse("8 B");
    const double before =
        estimate_collective(plain, CollectiveKind::all_reduce, bytes, 16, 8, o).time.in("us");
    const double after =
        estimate_collective(with, CollectiveKind::all_reduce, bytes, 16, 8, o).time.in("us");
    EXPECT_NEAR(after - before, k.added_us, 1e-6) << k.added_us;
  }
  // Inside one node nothing crosses the network.
  EXPECT_DOUBLE_EQ(
      estimate_collective(with, CollectiveKind::all_reduce, Quantity::parse("8 B"), 8, 8)
          .time.in("us"),
      estimate_collective(plain, CollectiveKind::all_reduce, Quantity::parse("8 B"), 8, 8)
          .time.in("us"));
  // A caller's node with a nonsensical figure is refused by name.
  efa.nccl_net_latency = Quantity::parse("-1 us");
  const Fleet broken = fleet_of(efa, 2, Systems::Fabrics::InfiniBand_NDR);
  EXPECT_THAT(
      [&] {
        (void)estimate_collective(broken, CollectiveKind::all_reduce, Quantity::parse("8 B"), 16,
                                  8);
      },
      ThrowsMessage<InvalidArgumentError>(HasSubstr("node.nccl_net_latency")));
}

TEST(TrainingTimeline, ZeroThreeThroughputPerGpuFallsAsThePerGpuBatchShrinks) {
  // Fixed global batch spread over more GPUs (as ZeRO++, Wang et al. 2023, from 384 to 1,536
  // GPUs): each GPU's micro-batch shrinks while every layer's parameter all-gather and gradient
  // reduce-scatter stay the same size, so less compute hides more communication.
  TrainingOptions o;
  o.seq_len = 2048;
  o.global_batch = 1536;
  ParallelConfig pc;
  pc.zero_stage = 3;
  pc.recompute = Recompute::full;
  double last_per_gpu = 0;
  double last_exposed_share = 1;
  for (std::int64_t gpus : {1536, 768, 384}) {
    pc.dp = gpus;
    pc.microbatch = 1536 / gpus;
    const auto r = train(Models::Language::Llama2_70B, dgx_h100_fleet(gpus), pc, o);
    const double per_gpu = r.tokens_per_second.in("tokens/s") / static_cast<double>(gpus);
    const double exposed_share = (r.dp_exposed_time / r.step_time).in("count");
    EXPECT_GT(per_gpu, last_per_gpu) << gpus << " GPUs";
    EXPECT_LT(exposed_share, last_exposed_share) << gpus << " GPUs";
    last_per_gpu = per_gpu;
    last_exposed_share = exposed_share;
  }
}

/// ZeRO-3 / FSDP over 64 GPUs, one 4,096-token sequence per GPU: the prefetch and stall tests'
/// layout, where every layer's all-gather and reduce-scatter rides beside its compute.
struct Zero3Run {
  ParallelConfig pc;
  TrainingOptions o;
  Zero3Run() {
    o.seq_len = 4096;
    o.global_batch = 64;
    pc.dp = 64;
    pc.zero_stage = 3;
  }
};

TEST(TrainingTimeline, PrefetchingParametersHidesAllGathersThatOnDemandGatheringExposes) {
  auto [pc, o] = Zero3Run();
  // GEMMs that leave the collectives their cores (an SM carve-out); without one, H100's
  // persistent GEMMs stall behind the gathers and prefetching hides nothing (next test).
  o.schedule.persistent_gemm_stall = false;
  o.schedule.prefetch_depth = 0;
  const auto on_demand = train(Models::Language::Llama3_8B, dgx_h100_fleet(64), pc, o);
  o.schedule.prefetch_depth = 1;
  const auto prefetched = train(Models::Language::Llama3_8B, dgx_h100_fleet(64), pc, o);
  EXPECT_LT(prefetched.dp_exposed_time, on_demand.dp_exposed_time);
  EXPECT_NEAR(prefetched.dp_comm_time.in("s"), on_demand.dp_comm_time.in("s"), 1e-12);
  EXPECT_GT(prefetched.memory.weights, on_demand.memory.weights);  // one more gathered layer
}

TEST(TrainingTimeline, PersistentGemmsStallBehindTheCollectivesTheyOverlap) {
  // H100's cuBLAS GEMMs are static persistent kernels (catalog compute.gemm_schedule): one block
  // per SM with a fixed share of the tiles, so a GEMM started while an all-gather or
  // reduce-scatter holds SMs ends after the collective plus its own time. ZeRO-3 over 64 GPUs
  // then exposes every collective, prefetched or not; A100's many-wave GEMMs hide them.
  ASSERT_EQ(Hardware::Cloud::H100.compute.gemm_schedule, GemmSchedule::static_persistent);
  ASSERT_EQ(Hardware::Cloud::A100.compute.gemm_schedule, GemmSchedule::waves);
  auto [pc, o] = Zero3Run();
  const auto stalled = train(Models::Language::Llama3_8B, dgx_h100_fleet(64), pc, o);
  const double comm = stalled.dp_comm_time.in("s");
  ASSERT_GT(comm, 0.0);
  EXPECT_NEAR(stalled.dp_exposed_time.in("s"), comm, 1e-9 * comm);
  o.schedule.prefetch_depth = 0;
  EXPECT_NEAR(train(Models::Language::Llama3_8B, dgx_h100_fleet(64), pc, o).step_time.in("s"),
              stalled.step_time.in("s"), 1e-9 * stalled.step_time.in("s"));
  o.schedule.prefetch_depth = 1;
  // A carve-out keeps the collectives off the GEMMs' cores: the slowdown model applies again.
  o.schedule.persistent_gemm_stall = false;
  const auto carved = train(Models::Language::Llama3_8B, dgx_h100_fleet(64), pc, o);
  EXPECT_LT(carved.dp_exposed_time.in("s"), 0.9 * comm);
  EXPECT_LT(carved.step_time, stalled.step_time);
  // The option is a no-op on a device whose GEMMs run in waves.
  const Fleet a100 = fleet_of(Systems::Nodes::DGX_A100, 8, Systems::Fabrics::InfiniBand_HDR);
  const auto waves = train(Models::Language::Llama3_8B, a100, pc, o);
  o.schedule.persistent_gemm_stall = true;
  EXPECT_EQ(train(Models::Language::Llama3_8B, a100, pc, o).step_time.in("s"),
            waves.step_time.in("s"));
  EXPECT_LT(waves.dp_exposed_time, waves.dp_comm_time);
}

TEST(TrainingTimeline, BucketedGradientReductionHidesBehindTheBackwardPass) {
  TrainingOptions o;
  o.seq_len = 4096;
  o.global_batch = 256;
  ParallelConfig pc;
  pc.tp = 8;
  pc.dp = 32;
  pc.zero_stage = 1;
  o.schedule.persistent_gemm_stall = false;  // an SM carve-out: H100's GEMMs do not stall
  const auto overlapped = train(Models::Language::Llama3_70B, dgx_h100_fleet(256), pc, o);
  o.schedule.overlap_grad_reduce = false;
  o.schedule.overlap_param_gather = false;
  const auto serial = train(Models::Language::Llama3_70B, dgx_h100_fleet(256), pc, o);
  EXPECT_LT(overlapped.dp_exposed_time, overlapped.dp_comm_time);
  EXPECT_NEAR(serial.dp_exposed_time.in("s"), serial.dp_comm_time.in("s"), 1e-9);
  EXPECT_LT(overlapped.step_time, serial.step_time);
}

TEST(TrainingTimeline, TensorParallelOverlapHidesCollectivesBehindGemms) {
  TrainingOptions o;
  o.seq_len = 8192;
  o.global_batch = 64;
  ParallelConfig pc;
  pc.tp = 8;
  pc.dp = 8;
  o.schedule.tp_async_backward = false;
  const auto serial = train(Models::Language::Llama3_70B, dgx_h100_fleet(64), pc, o);
  EXPECT_NEAR(serial.tp_exposed_time.in("s"), serial.tp_comm_time.in("s"), 1e-9);
  o.schedule.tp_comm_overlap = true;
  const auto overlapped = train(Models::Language::Llama3_70B, dgx_h100_fleet(64), pc, o);
  EXPECT_LT(overlapped.tp_exposed_time, serial.tp_exposed_time);
  EXPECT_LT(overlapped.step_time, serial.step_time);
}

TEST(TrainingTimeline, AsyncBackwardHidesTensorParallelCollectivesOnlyBesideNonPersistentGemms) {
  // Megatron / Transformer Engine's backward (docs/solvers.md, "Tensor-parallel overlap"): with
  // sequence parallelism the column-parallel layers re-gather their sharded input beside the
  // data-gradient GEMM and reduce-scatter the data gradient beside the weight-gradient GEMM, so
  // the backward moves 3 collectives per block instead of 2 and exposes one of them plus what
  // the GEMMs do not hide. On A100 (tile-by-tile GEMMs) the overlap hides more than the re-gather
  // adds; on H100 the GEMMs are persistent and stall behind the collective, so nothing is hidden
  // and the re-gather is exposed too.
  TrainingOptions o;
  o.seq_len = 4096;
  o.global_batch = 64;
  ParallelConfig pc;
  pc.tp = 8;
  pc.dp = 8;
  pc.sequence_parallel = true;
  const Fleet a100 = fleet_of(Systems::Nodes::DGX_A100, 8, Systems::Fabrics::InfiniBand_HDR);
  const auto a_async = train(Models::Language::Llama3_70B, a100, pc, o);
  o.schedule.tp_async_backward = false;
  const auto a_serial = train(Models::Language::Llama3_70B, a100, pc, o);
  EXPECT_EQ(a_async.tp_overlap, TpOverlap::async_backward);
  EXPECT_EQ(a_serial.tp_overlap, TpOverlap::none);
  EXPECT_NEAR(a_serial.tp_exposed_time.in("s"), a_serial.tp_comm_time.in("s"), 1e-9);
  // 4 forward + 4 backward collectives against 4 + 6: the re-gathers add a quarter.
  EXPECT_NEAR(a_async.tp_comm_time.in("s") / a_serial.tp_comm_time.in("s"), 10.0 / 8.0, 0.02);
  EXPECT_LT(a_async.tp_exposed_time, a_serial.tp_exposed_time);
  EXPECT_LT(a_async.step_time, a_serial.step_time);
  // At least the forward's four and the backward's two output-gradient all-gathers stay exposed.
  EXPECT_GT(a_async.tp_exposed_time.in("s"), 0.6 * a_serial.tp_exposed_time.in("s"));

  const auto h_serial = train(Models::Language::Llama3_70B, dgx_h100_fleet(64), pc, o);
  o.schedule.tp_async_backward = true;
  const auto h_async = train(Models::Language::Llama3_70B, dgx_h100_fleet(64), pc, o);
  EXPECT_NEAR(h_async.tp_exposed_time.in("s"), h_async.tp_comm_time.in("s"), 1e-9);
  EXPECT_GT(h_async.step_time, h_serial.step_time);
  // Without persistent-GEMM stalls (an SM carve-out) the H100 run hides them as the A100 does.
  o.schedule.persistent_gemm_stall = false;
  const auto h_carved = train(Models::Language::Llama3_70B, dgx_h100_fleet(64), pc, o);
  EXPECT_LT(h_carved.tp_exposed_time, h_serial.tp_exposed_time);
  // Without sequence parallelism: one all-reduce per block beside the weight gradient, no
  // re-gather, so the volume is the serial one.
  pc.sequence_parallel = false;
  o.schedule.persistent_gemm_stall = true;
  const auto a_no_sp = train(Models::Language::Llama3_70B, a100, pc, o);
  o.schedule.tp_async_backward = false;
  const auto a_no_sp_serial = train(Models::Language::Llama3_70B, a100, pc, o);
  EXPECT_NEAR(a_no_sp.tp_comm_time.in("s"), a_no_sp_serial.tp_comm_time.in("s"), 1e-9);
  EXPECT_LT(a_no_sp.tp_exposed_time, a_no_sp_serial.tp_exposed_time);
}

TEST(TrainingTimeline, UserbuffersOverlapExposesTheLastReduceScatterChunkAndTheRingFill) {
  // Transformer Engine's scheme (docs/solvers.md, "Tensor-parallel overlap"): each pipelined
  // reduce-scatter's last chunk follows its GEMM, so more chunks expose less; a ring exchange
  // slower than its GEMM exposes the difference, so a slower node link exposes more.
  TrainingOptions o;
  o.seq_len = 8192;
  o.global_batch = 64;
  o.schedule.tp_comm_overlap = true;
  ParallelConfig pc;
  pc.tp = 8;
  pc.dp = 8;
  pc.sequence_parallel = true;
  const auto four = train(Models::Language::Llama3_70B, dgx_h100_fleet(64), pc, o);
  o.schedule.tp_overlap_rs_splits = 16;
  const auto sixteen = train(Models::Language::Llama3_70B, dgx_h100_fleet(64), pc, o);
  EXPECT_GT(four.tp_exposed_time, Quantity(0.0, Unit::parse("s")));
  EXPECT_LT(sixteen.tp_exposed_time, four.tp_exposed_time);
  EXPECT_LT(four.tp_exposed_time, four.tp_comm_time);
  o.schedule.tp_overlap_rs_splits = 4;
  o.efficiency.intra_node_link = 0.05;  // the node link at 5% of its rate: ring steps outlast GEMMs
  const auto slow = train(Models::Language::Llama3_70B, dgx_h100_fleet(64), pc, o);
  EXPECT_GT(slow.tp_exposed_time.in("s") / slow.tp_comm_time.in("s"),
            four.tp_exposed_time.in("s") / four.tp_comm_time.in("s"));
  EXPECT_EQ(four.tp_overlap, TpOverlap::userbuffers);
  // Without sequence parallelism (which Megatron requires for the userbuffers overlap) the
  // contention model prices it, and the result says so.
  pc.sequence_parallel = false;
  const auto no_sp = train(Models::Language::Llama3_70B, dgx_h100_fleet(64), pc, o);
  EXPECT_EQ(no_sp.tp_overlap, TpOverlap::contention);
  EXPECT_LT(no_sp.tp_exposed_time, no_sp.tp_comm_time);
  pc.sequence_parallel = true;
  o.schedule.tp_overlap_comm_sms = 0;
  EXPECT_THROW((void)train(Models::Language::Llama3_70B, dgx_h100_fleet(64), pc, o),
               InvalidArgumentError);
  o.schedule.tp_overlap_comm_sms = 16;
  o.schedule.tp_overlap_rs_splits = 0;
  try {
    (void)train(Models::Language::Llama3_70B, dgx_h100_fleet(64), pc, o);
    ADD_FAILURE() << "tp_overlap_rs_splits = 0 was accepted";
  } catch (const InvalidArgumentError& e) {
    EXPECT_NE(std::string(e.what()).find("schedule.tp_overlap_rs_splits"), std::string::npos)
        << e.what();
  }
}

/// Expert parallelism inside pure data parallelism, full recomputation: the EP tests' layout.
ParallelConfig expert_parallel(std::int64_t dp, std::int64_t ep) {
  ParallelConfig pc;
  pc.tp = 1;
  pc.pp = 1;
  pc.dp = dp;
  pc.ep = ep;
  pc.zero_stage = 1;
  pc.recompute = Recompute::full;
  return pc;
}

TEST(TrainingTimeline, ExpertAllToAllOverlapsOnlyWhenAskedTo) {
  TrainingOptions o;
  o.seq_len = 4096;
  o.global_batch = 256;
  const ParallelConfig pc = expert_parallel(64, 8);
  const auto serial = train(Models::Language::Mixtral_8x7B, dgx_h100_fleet(64), pc, o);
  EXPECT_GT(serial.ep_comm_time.in("s"), 0.0);
  EXPECT_NEAR(serial.ep_exposed_time.in("s"), serial.ep_comm_time.in("s"), 1e-9);
  o.schedule.ep_comm_overlap = true;
  const auto overlapped = train(Models::Language::Mixtral_8x7B, dgx_h100_fleet(64), pc, o);
  EXPECT_LT(overlapped.ep_exposed_time, serial.ep_exposed_time);
}

TEST(TrainingTimeline, NodeForwardingSendsATokenOverTheFabricOncePerNode) {
  // Qwen3-30B-A3B: 128 experts, 8 per token. EP 16 over two DGX H100 nodes: without forwarding
  // half of a token's 8 copies cross InfiniBand; with it the token crosses once if any of its
  // experts is on the other node, 1 - C(64, 8) / C(128, 8) of the time (docs/solvers.md).
  TrainingOptions o;
  o.seq_len = 4096;
  o.global_batch = 256;
  ParallelConfig pc = expert_parallel(16, 16);
  pc.microbatch = 2;
  const Workload& m = Models::Language::Qwen3_30B_A3B;
  const auto copies = train(m, dgx_h100_fleet(16), pc, o);
  o.schedule.ep_node_forwarding = true;
  const auto forwarded = train(m, dgx_h100_fleet(16), pc, o);
  double none = 1.0;
  for (int i = 0; i < 8; ++i) none *= (64.0 - i) / (128.0 - i);
  const double crossing = (1.0 - none) / (8.0 * 8.0 / 16.0);  // fabric bytes, forwarded / copies
  EXPECT_NEAR(forwarded.ep_comm_time.in("s") / copies.ep_comm_time.in("s"), crossing,
              0.02 * crossing);
  EXPECT_LT(forwarded.step_time, copies.step_time);
  // Inside one node nothing crosses the fabric: the option changes nothing.
  pc.dp = 8;
  pc.ep = 8;
  o.global_batch = 128;
  const auto node = train(m, dgx_h100_fleet(8), pc, o);
  o.schedule.ep_node_forwarding = false;
  EXPECT_EQ(node.step_time.in("s"), train(m, dgx_h100_fleet(8), pc, o).step_time.in("s"));
}

TEST(TrainingTimeline, ContextParallelRingHidesBehindLongAttentionButNotShort) {
  ParallelConfig pc;
  pc.tp = 8;
  pc.cp = 4;
  pc.dp = 2;
  TrainingOptions o;
  o.global_batch = 8;
  o.seq_len = 131072;
  const auto long_ctx = train(Models::Language::Llama3_70B, dgx_h100_fleet(64), pc, o);
  const double comm = long_ctx.cp_comm_time.in("s");
  EXPECT_GT(comm, 0.0);
  // Each ring step hides behind one chunk of attention, so all that is exposed is the attention's
  // slowdown while the step runs: comm x slowdown / (1 + slowdown) = comm x 0.189 / 1.189.
  EXPECT_NEAR(long_ctx.cp_exposed_time.in("s"), comm * 0.189 / 1.189, 1e-9 * comm);
  o.schedule.overlap_slowdown = 0;  // communication that costs the compute nothing
  EXPECT_NEAR(
      train(Models::Language::Llama3_70B, dgx_h100_fleet(64), pc, o).cp_exposed_time.in("s"), 0.0,
      1e-12);
  o.seq_len = 2048;
  o.global_batch = 512;
  const auto short_ctx = train(Models::Language::Llama3_70B, dgx_h100_fleet(64), pc, o);
  EXPECT_GT(short_ctx.cp_exposed_time.in("s"), 0.0);  // sticks out even without the slowdown
}

TEST(TrainingTimeline, OverlappedCommunicationSlowsTheComputeItHidesBehind) {
  // ZeRO-3 over 64 GPUs: the prefetched all-gathers and reduce-scatters run alongside the
  // layers' compute. With the slowdown the step grows, by at most comm x s / (1 + s) (the case
  // where every collective hides entirely), and never shrinks.
  TrainingOptions o;
  o.seq_len = 4096;
  o.global_batch = 256;
  ParallelConfig pc;
  pc.dp = 64;
  pc.microbatch = 4;
  pc.zero_stage = 3;
  o.schedule.persistent_gemm_stall = false;  // an SM carve-out: H100's GEMMs do not stall
  o.schedule.overlap_slowdown = 0;
  const auto ideal = train(Models::Language::Llama3_8B, dgx_h100_fleet(64), pc, o);
  o.schedule.overlap_slowdown = 0.189;
  const auto contended = train(Models::Language::Llama3_8B, dgx_h100_fleet(64), pc, o);
  const double grown = contended.step_time.in("s") - ideal.step_time.in("s");
  EXPECT_GT(grown, 0.0);
  EXPECT_LE(grown, contended.dp_comm_time.in("s") * 0.189 / 1.189 * (1 + 1e-9));
  EXPECT_NEAR(contended.dp_comm_time.in("s"), ideal.dp_comm_time.in("s"), 1e-12);
}

TEST(TrainingLinks, ALinksCollectiveFloorReplacesNcclsBaseLatency) {
  // Llama 3 8B, TP 16 inside one trn1.32xlarge: the node link gives the Neuron runtime's measured
  // 58 us floor per collective call (AWS nccom-test, the catalog), which takes the place of
  // NCCL's per-protocol base latency. So the same link without the floor, but with every base
  // latency of the tuning set to 58 us, prices the step identically.
  const Fleet f = fleet_of(Systems::Nodes::Trn1_32xlarge, 1, Systems::Fabrics::EFA_100G);
  ASSERT_TRUE(f.node->intra_node_link->collective_latency.has_value());
  EXPECT_NEAR(f.node->intra_node_link->collective_latency->in("us"), 58.0, 1e-9);
  Node bare = *f.node;
  bare.intra_node_link->collective_latency.reset();
  Fleet g = f;
  g.node = &bare;
  ParallelConfig pc;
  pc.tp = 16;
  pc.dp = 1;
  TrainingOptions o;
  o.seq_len = 4096;
  o.global_batch = 1;
  const auto with = train(Models::Language::Llama3_8B, f, pc, o);
  const auto nccl = train(Models::Language::Llama3_8B, g, pc, o);
  for (auto* table : {&o.collectives.ring, &o.collectives.tree}) {
    for (auto& c : *table) c.base = Quantity::parse("58 us");
  }
  const auto floor = train(Models::Language::Llama3_8B, g, pc, o);
  EXPECT_NEAR(with.tp_comm_time.in("us"), floor.tp_comm_time.in("us"), 1e-6);
  EXPECT_GT(with.tp_comm_time, nccl.tp_comm_time);  // 58 us > NCCL's 6.6-14 us bases
}

TEST(TrainingTimeline, AnOverlapSlowdownOutsideZeroToOneIsRefused) {
  ParallelConfig pc;
  pc.dp = 8;
  TrainingOptions o;
  for (double bad : {-0.1, 1.5, std::nan("")}) {
    o.schedule.overlap_slowdown = bad;
    EXPECT_THAT([&] { (void)train(Models::Language::Llama3_8B, dgx_h100_fleet(8), pc, o); },
                ThrowsMessage<InvalidArgumentError>(HasSubstr("schedule.overlap_slowdown")))
        << bad;
  }
}

TEST(TrainingTimeline, TheBubbleIsPMinusOneOverVmPlusPMinusOneOfTheStep) {
  ParallelConfig pc;
  pc.tp = 8;
  pc.pp = 4;
  pc.dp = 2;
  TrainingOptions o;
  o.seq_len = 4096;
  o.global_batch = 16;  // 8 micro-batches per pipeline
  const auto one = train(Models::Language::Llama3_70B, dgx_h100_fleet(64), pc, o);
  EXPECT_NEAR(one.bubble_fraction, 3.0 / (8.0 + 3.0), 1e-12);
  pc.interleave = 2;
  const auto two = train(Models::Language::Llama3_70B, dgx_h100_fleet(64), pc, o);
  EXPECT_NEAR(two.bubble_fraction, 3.0 / (16.0 + 3.0), 1e-12);
  EXPECT_LT(two.bubble_time, one.bubble_time);
  EXPECT_GT(two.pp_comm_time, one.pp_comm_time);  // twice the sends per micro-batch
}

TEST(TrainingValidation, AModelWithoutAFeedForwardWidthIsRefusedNotGivenFourTimesHidden) {
  // The solvers used to price a missing ffn_dim as 4 x hidden without saying so.
  Workload m = Models::Language::Llama3_8B;
  m.ffn_dim.reset();
  ParallelConfig pc;
  pc.dp = 8;
  TrainingOptions o;
  o.global_batch = 8;
  EXPECT_THAT([&] { (void)train(m, dgx_h100_fleet(8), pc, o); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("has no ffn_dim")));
  EXPECT_THAT([&] { (void)serve(m, Hardware::Cloud::H100, ServingOptions{}); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("has no ffn_dim")));
}

TEST(TrainingTimeline, GradientBucketsFollowMegatronCoresDefaultRule) {
  // bucket_parameters 0 is Megatron-Core DDP's rule, max(40M, 1M x dp): at dp 8 that is 40M (the
  // same as giving 40M), at dp 256 256M, so fewer buckets and fewer per-bucket latencies.
  ParallelConfig pc;
  pc.tp = 8;
  TrainingOptions o;
  o.seq_len = 2048;
  const auto run = [&](std::int64_t gpus, std::int64_t bucket) {
    pc.dp = gpus / 8;
    o.global_batch = pc.dp;
    o.schedule.bucket_parameters = bucket;
    return train(Models::Language::Llama3_8B, dgx_h100_fleet(gpus), pc, o);
  };
  EXPECT_EQ(run(64, 0).dp_comm_time, run(64, 40'000'000).dp_comm_time);
  EXPECT_LT(run(2048, 0).dp_comm_time, run(2048, 40'000'000).dp_comm_time);
  EXPECT_EQ(run(2048, 0).dp_comm_time, run(2048, 256'000'000).dp_comm_time);
  EXPECT_THAT([&] { (void)run(64, -1); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("'schedule.bucket_parameters'")));
}

TEST(TrainingLinks, TheIntraNodeLatencyIsAnOptionNotACatalogLookup) {
  // DGX_H100's NVLink entry gives no latency, so the option decides the point-to-point latency
  // of pipeline sends (the CLI fills it from the catalog in use; the solver never reads the
  // global catalog). Collectives follow `collectives` instead (NCCL's per-step latencies).
  ASSERT_TRUE(Systems::Nodes::DGX_H100.intra_node_link.has_value());
  ASSERT_FALSE(Systems::Nodes::DGX_H100.intra_node_link->latency.has_value());
  ParallelConfig pc;
  pc.tp = 4;
  pc.pp = 2;
  pc.dp = 1;
  TrainingOptions o;
  o.seq_len = 2048;
  o.global_batch = 8;
  const auto fast = train(Models::Language::Llama3_8B, dgx_h100_fleet(8), pc, o);
  o.intra_node_latency = q("50 us");
  const auto slow = train(Models::Language::Llama3_8B, dgx_h100_fleet(8), pc, o);
  EXPECT_GT(slow.pp_comm_time, fast.pp_comm_time);
  EXPECT_EQ(slow.tp_comm_time, fast.tp_comm_time);
  o.collectives.ring[2].intra_step = q("50 us");
  o.collectives.ring[1].intra_step = q("50 us");
  o.collectives.ring[0].intra_step = q("50 us");
  o.collectives.nvls_latency = q("50 us");  // the DGX's NVSwitches run NVLS
  const auto slower = train(Models::Language::Llama3_8B, dgx_h100_fleet(8), pc, o);
  EXPECT_GT(slower.tp_comm_time, slow.tp_comm_time);
}

/// One 2048-token sequence per rank on 8 GPUs (by default a DGX H100), pure data parallelism,
/// no recomputation.
// One sequence of `seq_len` tokens per rank on 8 ranks (dp 8), no recomputation, options `o`.
TrainingResult one_sequence_step(const Workload& m, TrainingOptions o, std::int64_t seq_len,
                                 const Fleet& fleet = dgx_h100_fleet(8)) {
  ParallelConfig pc;
  pc.dp = 8;
  pc.recompute = Recompute::none;
  o.seq_len = seq_len;
  o.global_batch = 8;
  return train(m, fleet, pc, o);
}

TrainingResult one_sequence_per_rank(const Workload& m, Precision compute,
                                     const Fleet& fleet = dgx_h100_fleet(8)) {
  TrainingOptions o;
  o.precision.compute = compute;
  return one_sequence_step(m, o, 2048, fleet);
}

TEST(TrainingTimeline, Fp8GemmInputsAndOutputGradientsAreCastThroughMemory) {
  // Llama 3 8B, one sequence of 2048 tokens per rank, no TP (T = 2048, h = 4096, f = 14336,
  // 32 heads, 8 KV heads of 128). FP8 GEMMs on BF16 activations add a cast + transpose of every
  // GEMM input (forward) and output gradient (backward): read 2 B, write 2 x 1 B = 4 B each.
  //   forward: T (h + a d) + T (h + f)                    = 54,525,952 elements per layer
  //   backward: T ((a + 2 kv) d + h) + T (2 f + h)        = 88,080,384
  //   x 4 B x 32 layers                                   = 18,253,611,008 B
  // Weights, once per step: (32 x 218,103,808 + 2 x 128,256 x 4096) params x (2 + 2) B
  //                                                      = 32,119,980,032 B
  // Total 50,373,591,040 B at H100's measured 2.97 TB/s = 16.9608 ms.
  const auto bf16 = one_sequence_per_rank(Models::Language::Llama3_8B, Precision::bf16);
  const auto fp8 = one_sequence_per_rank(Models::Language::Llama3_8B, Precision::fp8);
  EXPECT_NEAR((fp8.memory_bound_time - bf16.memory_bound_time).in("ms"), 16.9608, 1e-3);
}

TEST(TrainingTimeline, Fp8CurrentScalingReadsEachCastTensorOnceMoreForItsAmax) {
  // The step of the test above with per-tensor current scaling (Transformer Engine's
  // Float8CurrentScalingQuantizer: an amax kernel reads the whole tensor, a scale kernel, then
  // the cast): one more 2 B read of every cast element and of every weight,
  //   (54,525,952 + 88,080,384) x 32 x 2 B + 8,029,995,008 x 2 B = 25,186,795,520 B
  // = 8.480403 ms at 2.97 TB/s; and two more kernels per cast, one cast per GEMM input forward
  // and per output gradient backward: (4 + 4) x 2 x 32 = 512 kernels at 6.2 us = 3.1744 ms.
  TrainingOptions o;
  o.precision.compute = Precision::fp8;
  const auto delayed = one_sequence_step(Models::Language::Llama3_8B, o, 2048, dgx_h100_fleet(8));
  o.fp8_scaling = Fp8Scaling::current;
  const auto current = one_sequence_step(Models::Language::Llama3_8B, o, 2048, dgx_h100_fleet(8));
  EXPECT_NEAR((current.memory_bound_time - delayed.memory_bound_time).in("ms"),
              25186795520.0 / 2.97e12 * 1e3, 1e-6);
  EXPECT_NEAR((current.kernel_boundary_time - delayed.kernel_boundary_time).in("ms"), 512 * 6.2e-3,
              1e-9);
  // Block scales (1x128, 128x128, MXFP8) are computed inside the cast kernel: no extra pass.
  o.fp8_scaling = Fp8Scaling::block;
  const auto block = one_sequence_step(Models::Language::Llama3_8B, o, 2048, dgx_h100_fleet(8));
  EXPECT_EQ(block.step_time.in("s"), delayed.step_time.in("s"));
  // At 16 bits nothing is cast, so the scaling changes nothing.
  o.precision.compute = Precision::bf16;
  o.fp8_scaling = Fp8Scaling::current;
  const auto bf16 = one_sequence_step(Models::Language::Llama3_8B, o, 2048, dgx_h100_fleet(8));
  EXPECT_EQ(bf16.step_time.in("s"),
            one_sequence_per_rank(Models::Language::Llama3_8B, Precision::bf16).step_time.in("s"));
}

TEST(TrainingTimeline, QuantizedGemmInputsAreKeptForTheBackwardPassAtTheGemmWidth) {
  // Llama 3 8B, T = 2,048 tokens per rank, no TP or recomputation, 32 layers (h = 4096,
  // f = 14336, h_q = 32 x 128). Transformer Engine keeps a low-precision GEMM's input for the
  // weight gradient quantized: the QKV and FC1 inputs (h each) and the FC2 input (f) at 1 B
  // instead of 2 B, while the output projection's 1 B copy comes beside the attention output
  // the fused kernel keeps at 2 B: T x 32 x (h + h + f - h_q) x 1 B = 1,207,959,552 B.
  const double gib = 1024.0 * 1024.0 * 1024.0;
  auto act = [](TrainingOptions o, Recompute rc = Recompute::none) {
    ParallelConfig pc;
    pc.dp = 8;
    pc.recompute = rc;
    o.seq_len = 2048;
    o.global_batch = 8;
    const Fleet fleet =
        o.precision.compute == Precision::fp4
            ? fleet_of(Systems::Nodes::DGX_B200, 1, Systems::Fabrics::InfiniBand_NDR)
            : dgx_h100_fleet(8);
    return train(Models::Language::Llama3_8B, fleet, pc, o).memory.activations.in("GiB");
  };
  TrainingOptions o;
  o.precision.compute = Precision::fp8;
  TrainingOptions wide = o;
  wide.quantized_saved_inputs = false;  // torchao: the 16-bit inputs, cast again backward
  EXPECT_NEAR(act(wide) - act(o), 1207959552.0 / gib, 1e-9);
  // Selective recomputation re-runs the attention core, so the projection's quantized copy is
  // the only one: T x 32 x (h + h + f + h_q) x 1 B.
  EXPECT_NEAR(act(wide, Recompute::selective) - act(o, Recompute::selective),
              2048.0 * 32 * (4096 + 4096 + 14336 + 4096) / gib, 1e-9);
  // Q, K, V and gate, up as separate GEMMs keep one quantized copy each of their shared input:
  // QKV 3 x 1 B against 2 B, FC1 2 x 1 B against 2 B: T x 32 x (-h + 0 + f - h_q).
  TrainingOptions split = o;
  split.separate_qkv = split.separate_gate_up = true;
  TrainingOptions split_wide = split;
  split_wide.quantized_saved_inputs = false;
  EXPECT_NEAR(act(split_wide) - act(split), 2048.0 * 32 * (-4096 + 14336 - 4096) / gib, 1e-9);
  // NVFP4 (on B200): half a byte and a 1-byte scale per 16 elements, 0.5625 B:
  // T x 32 x (1.4375 (h + h + f) - 0.5625 h_q).
  TrainingOptions fp4 = o;
  fp4.precision.compute = Precision::fp4;
  TrainingOptions fp4_wide = fp4;
  fp4_wide.quantized_saved_inputs = false;
  EXPECT_NEAR(act(fp4_wide) - act(fp4), 2048.0 * 32 * (1.4375 * 22528 - 0.5625 * 4096) / gib, 1e-9);
  // At 16 bits nothing is quantized.
  TrainingOptions bf16;
  TrainingOptions bf16_wide = bf16;
  bf16_wide.quantized_saved_inputs = false;
  EXPECT_EQ(act(bf16), act(bf16_wide));
}

TEST(TrainingTimeline, AnFp8ScalingOutsideTheEnumIsRefusedByName) {
  TrainingOptions o;
  o.fp8_scaling = static_cast<Fp8Scaling>(7);
  EXPECT_THAT([&] { (void)one_sequence_step(Models::Language::Llama3_8B, o, 2048); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("'fp8_scaling'")));
}

TEST(TrainingTimeline, ATrainingStateFormatNoOptimizerKeepsIsRefusedByName) {
  // Gradients live in Megatron-Core's grad buffer at fp32 or 16 bits; Adam's moments at fp32,
  // 16 bits or FP8 (Transformer Engine's FusedAdam). FP4 gradients or INT4 moments are refused.
  TrainingOptions grads;
  grads.state.gradients = Precision::fp4;
  EXPECT_THAT([&] { (void)one_sequence_step(Models::Language::Llama3_8B, grads, 2048); },
              ThrowsMessage<InvalidArgumentError>(
                  HasSubstr("'state.gradients': must be fp32, bf16 or fp16, got fp4")));
  TrainingOptions moments;
  moments.state.optimizer_moments = Precision::int4;
  EXPECT_THAT([&] { (void)one_sequence_step(Models::Language::Llama3_8B, moments, 2048); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr(
                  "'state.optimizer_moments': must be fp32, bf16, fp16 or fp8, got int4")));
  TrainingOptions fp8_moments;
  fp8_moments.state.optimizer_moments = Precision::fp8;
  EXPECT_NO_THROW((void)one_sequence_step(Models::Language::Llama3_8B, fp8_moments, 2048));
}

TEST(TrainingTimeline, ThePrecisionAwareMasterRemainderNeedsBf16Weights) {
  // store_param_remainders keeps the 16 bits of an fp32 master that bf16 weights lack; over fp32
  // or fp16 weights the master copy stays 4 B. Llama 3 8B on 8 ranks, ZeRO-1: optimizer shard
  // per parameter 4 + 2 x 4 = 12 B, or 2 + 8 = 10 B with the remainder.
  TrainingOptions o;
  TrainingOptions aware = o;
  aware.state.precision_aware = true;
  const auto opt = [](const TrainingResult& r) { return r.memory.optimizer.in("GiB"); };
  const auto base = one_sequence_step(Models::Language::Llama3_8B, o, 2048);
  EXPECT_NEAR(opt(one_sequence_step(Models::Language::Llama3_8B, aware, 2048)) / opt(base),
              10.0 / 12.0, 1e-12);
  TrainingOptions fp16 = aware;
  fp16.precision.weights = Precision::fp16;
  EXPECT_DOUBLE_EQ(opt(one_sequence_step(Models::Language::Llama3_8B, fp16, 2048)), opt(base));
  // fp32 gradients need no copy for the step, precision-aware or not.
  EXPECT_EQ(base.memory.step_gradient_copy.base_value(), 0.0);
}

TEST(TrainingTimeline, EveryKernelOfALayerPaysTheLaunchGapAndTheStall) {
  // Kernel boundaries per layer and micro-batch, at 2.5 + 3.7 = 6.2 us each, 32 layers:
  // Llama 3 8B, no TP, no recomputation: forward QKV, output, MLP up and down GEMMs (4), one
  // fused attention kernel, 4 elementwise kernels = 9; backward 8 GEMMs (data and weight
  // gradients), 3 attention kernels, 4 elementwise = 15. 24 x 32 x 6.2 us = 4.7616 ms.
  // The loss adds 5 forward and 3 backward kernels once per micro-batch (the fp32-copy
  // cross entropy, test below): + 8 x 6.2 us.
  const auto dense = one_sequence_per_rank(Models::Language::Llama3_8B, Precision::bf16);
  EXPECT_NEAR(dense.kernel_boundary_time.in("ms"), 4.7616 + 0.0496, 1e-9);
  // Mixtral 8x7B: the FFN is a router and two grouped expert GEMMs (3), plus top-k, permute and
  // unpermute (3): forward 5 + 1 + 4 + 3 = 13, backward 10 + 3 + 4 + 3 = 20. 33 x 32 x 6.2 us.
  const auto moe = one_sequence_per_rank(Models::Language::Mixtral_8x7B, Precision::bf16);
  EXPECT_NEAR(moe.kernel_boundary_time.in("ms"), 6.5472 + 0.0496, 1e-9);
  // TP 2 without communication overlap puts its 2 collectives per pass on the compute stream,
  // and full recomputation re-runs the forward's 11 kernels: forward 11, backward 17 + 11 = 28;
  // two micro-batches per rank (global batch 8 over dp 4). 2 x 39 x 32 x 6.2 us = 15.4752 ms.
  ParallelConfig pc;
  pc.tp = 2;
  pc.dp = 4;
  pc.recompute = Recompute::full;
  TrainingOptions o;
  o.seq_len = 2048;
  o.global_batch = 8;
  const auto tp = train(Models::Language::Llama3_8B, dgx_h100_fleet(8), pc, o);
  EXPECT_NEAR(tp.kernel_boundary_time.in("ms"), 15.4752 + 2.0 * 0.0496, 1e-9);
  // The time is part of the step: without it the step is shorter by at least the forward's share
  // on the critical path, and a negative gap is refused by name.
  o.kernel_launch_gap = Quantity(0.0, Unit::parse("us"));
  o.kernel_stall = Quantity(0.0, Unit::parse("us"));
  const auto none = train(Models::Language::Llama3_8B, dgx_h100_fleet(8), pc, o);
  EXPECT_EQ(none.kernel_boundary_time.base_value(), 0.0);
  EXPECT_GT(tp.step_time.in("ms") - none.step_time.in("ms"), 15.0);
  o.kernel_stall = Quantity(-1.0, Unit::parse("us"));
  EXPECT_THAT([&] { (void)train(Models::Language::Llama3_8B, dgx_h100_fleet(8), pc, o); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("'kernel_stall'")));
}

TEST(TrainingTimeline, TheLossStreamsAnFp32CopyOfTheLogitsUnlessItIsFused) {
  // Llama 3 8B, one sequence of 2048 tokens per rank, no TP: 2048 x 128,256 = 262,668,288 BF16
  // logits on the rank. Megatron-Core's native cross entropy (LossKernel::upcast, the default):
  // forward cast + max 2 + 4, exp in place 8, row sum 4, division 8 = 26 B; backward scaling 8,
  // cast back 4 + 2 = 14 B; 40 B per logit. Transformer Engine's fused kernels: 3 x 2 + 2 x 2 =
  // 10 B. The 30 B difference x 262,668,288 = 7,880,048,640 B at H100's measured 2.97 TB/s =
  // 2.653215 ms of memory-bound time, and 8 - 3 = 5 fewer kernels at 6.2 us.
  TrainingOptions o;
  const auto upcast = one_sequence_step(Models::Language::Llama3_8B, o, 2048, dgx_h100_fleet(8));
  o.loss = LossKernel::fused;
  const auto fused = one_sequence_step(Models::Language::Llama3_8B, o, 2048, dgx_h100_fleet(8));
  EXPECT_NEAR((upcast.memory_bound_time - fused.memory_bound_time).in("ms"),
              7880048640.0 / 2.97e12 * 1e3, 1e-9);
  EXPECT_NEAR((upcast.kernel_boundary_time - fused.kernel_boundary_time).in("us"), 5 * 6.2, 1e-9);
  // The fp32 copy is also held in memory (4 B per logit); the fused loss keeps none.
  EXPECT_NEAR((upcast.memory.activations - fused.memory.activations).in("B"), 262668288.0 * 4,
              1e-3);
  // Both are on the step's critical path (the last stage's forward and backward); with one
  // stage the step grows by at most their sum (the ZeRO-1 parameter gather hides behind the
  // longer forward).
  const double extra_ms = 7880048640.0 / 2.97e12 * 1e3 + 5 * 6.2e-3;
  const double grew = (upcast.step_time - fused.step_time).in("ms");
  EXPECT_GT(grew, 0.5 * extra_ms);
  EXPECT_LE(grew, extra_ms + 1e-9);
}

TEST(TrainingTimeline, PyTorchsCrossEntropyMakesItsOwnPassesAndHoldsThreeFp32Tensors) {
  // The same 262,668,288 BF16 logits through F.cross_entropy(logits.float(), ...) run eagerly
  // (LossKernel::pytorch; ATen's SoftMax.cu / LossNLL.cu): forward the cast 2 + 4, log_softmax's
  // three reads and one write of 4 = 16, 22 B; backward nll_loss_backward's zero fill 4,
  // log_softmax's backward 16, the cast back 4 + 2, 26 B; 48 B per logit, 8 more than
  // Megatron-Core's in-place loss: 2,101,346,304 B at 2.97 TB/s = 0.707524 ms. Kernels: cast,
  // log_softmax, nll_loss; zero fill, scatter, log_softmax backward, cast: 7, one fewer (6.2 us).
  TrainingOptions o;
  const auto upcast = one_sequence_step(Models::Language::Llama3_8B, o, 2048, dgx_h100_fleet(8));
  o.loss = LossKernel::pytorch;
  const auto pytorch = one_sequence_step(Models::Language::Llama3_8B, o, 2048, dgx_h100_fleet(8));
  EXPECT_NEAR((pytorch.memory_bound_time - upcast.memory_bound_time).in("ms"),
              2101346304.0 / 2.97e12 * 1e3, 1e-9);
  EXPECT_NEAR((upcast.kernel_boundary_time - pytorch.kernel_boundary_time).in("us"), 6.2, 1e-9);
  // At its peak (log_softmax's backward) the saved output, the incoming and the outgoing
  // gradient are live, 3 x 4 B per logit, against Megatron-Core's saved softmax and cast-back
  // gradient (4 + 2 B): 6 B x 262,668,288 more.
  EXPECT_NEAR((pytorch.memory.activations - upcast.memory.activations).in("B"), 262668288.0 * 6.0,
              1e-3);
}

TEST(TrainingTimeline, ALossKernelOutsideTheEnumIsRefusedByName) {
  TrainingOptions o;
  o.loss = static_cast<LossKernel>(9);
  EXPECT_THAT([&] { (void)one_sequence_step(Models::Language::Llama3_8B, o, 2048); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("'loss'")));
}

TEST(TrainingMemory, AFullyRecomputedLayerHoldsItsActivationsAfterTheLossHasFreedItsOwn) {
  // Llama 2 7B (32 layers, h 4096, 32 heads of 128, gated FFN 11,008, vocabulary 32,000) on one
  // DGX H100, data parallel, one 2048-token sequence per rank, full recomputation. The
  // checkpoints: 32 layers x 2 h x 2048 = 536,870,912 B. The recomputed layer, per token: 8 h +
  // (2 x 4,096 + 4 x 4,096 + 2 x 4,096 + 4 x 32) + 6 x 11,008 = 32,768 + 32,896 + 66,048 =
  // 131,712 B; x 2048 = 269,746,176 B. The loss is done before the first layer is recomputed, so
  // the peak adds the larger of the two: Megatron-Core's loss (6 B x 65,536,000 logits =
  // 393,216,000 B) with the default, the recomputed layer with the fused loss (2 B per logit,
  // 131,072,000 B).
  ParallelConfig pc;
  pc.dp = 8;
  pc.recompute = Recompute::full;
  TrainingOptions o;
  o.seq_len = 2048;
  o.global_batch = 8;
  const auto upcast = train(Models::Language::Llama2_7B, dgx_h100_fleet(8), pc, o);
  EXPECT_NEAR(upcast.memory.activations.in("B"), 536870912.0 + 393216000.0, 1e-3);
  o.loss = LossKernel::fused;
  const auto fused = train(Models::Language::Llama2_7B, dgx_h100_fleet(8), pc, o);
  EXPECT_NEAR(fused.memory.activations.in("B"), 536870912.0 + 269746176.0, 1e-3);
  // Without recomputation every layer keeps its set and the loss comes on top of all of them.
  pc.recompute = Recompute::none;
  const auto kept = train(Models::Language::Llama2_7B, dgx_h100_fleet(8), pc, o);
  EXPECT_NEAR(kept.memory.activations.in("B"), 32.0 * 269746176.0 + 131072000.0, 1e-3);
}

TEST(TrainingTimeline, Fp4QuantizationReadsForTheAmaxAndWritesBlockScales) {
  // The same step on a DGX B200 (which has FP4 tensor cores). NVFP4 (Transformer Engine) needs
  // the tensor's amax before casting (one more 2 B read) and writes a 1 B scale per 16-element
  // block of each copy: 2 + 2 + 2 x (0.5 + 1/16) = 5.125 B per cast element against FP8's 4 B.
  // Weights, once per step: 2 + 2 x 0.5 = 3 B per parameter against FP8's 4 B. With the element
  // counts of the FP8 test above:
  //   FP8: 4,563,402,752 x 4 + 8,029,995,008 x 4         = 50,373,591,040 B
  //   FP4: 4,563,402,752 x 5.125 + 8,029,995,008 x 3     = 47,477,424,128 B
  // The ratio of the two extra memory-bound times does not depend on the bandwidth.
  const Fleet b200 = fleet_of(Systems::Nodes::DGX_B200, 1, Systems::Fabrics::InfiniBand_NDR);
  const auto bf16 = one_sequence_per_rank(Models::Language::Llama3_8B, Precision::bf16, b200);
  const auto fp8 = one_sequence_per_rank(Models::Language::Llama3_8B, Precision::fp8, b200);
  const auto fp4 = one_sequence_per_rank(Models::Language::Llama3_8B, Precision::fp4, b200);
  EXPECT_NEAR((fp4.memory_bound_time - bf16.memory_bound_time).in("s") /
                  (fp8.memory_bound_time - bf16.memory_bound_time).in("s"),
              47477424128.0 / 50373591040.0, 1e-9);
  // Its GEMMs run at B200's measured FP4 ceiling (cuBLASLt MXFP4 at 8192^3, 5239 TFLOP/s), not a
  // fraction of the 9 PFLOP/s dense peak.
  const auto big =
      estimate_gemm(*Systems::Nodes::DGX_B200.accelerator, Precision::fp4, {8192, 8192, 8192});
  EXPECT_EQ(big.ceiling, GemmCeiling::measured);
  EXPECT_LE(big.achieved_rate.in("TFLOP/s"), 5239.0);
  EXPECT_GT(big.achieved_rate.in("TFLOP/s"), 0.9 * 5239.0);
}

TEST(TrainingTimeline, Fp8RecipesKeepTheVocabularyProjectionAtSixteenBits) {
  // Raising only H100's measured BF16 GEMM ceiling (to its FP8 figure) speeds up an FP8 run
  // through its one BF16 GEMM, the vocabulary projection; the layer GEMMs stay FP8 and fused
  // attention follows its own measured rate, not the GEMM ceiling.
  HardwareNode fast_bf16 = *Systems::Nodes::DGX_H100.accelerator;
  fast_bf16.compute.measured_gemm[static_cast<std::size_t>(Precision::bf16)] =
      fast_bf16.compute.measured_gemm[static_cast<std::size_t>(Precision::fp8)];
  Node node = Systems::Nodes::DGX_H100;
  node.accelerator = &fast_bf16;
  const auto base = one_sequence_per_rank(Models::Language::Llama3_8B, Precision::fp8);
  const auto raised = one_sequence_per_rank(Models::Language::Llama3_8B, Precision::fp8,
                                            fleet_of(node, 1, Systems::Fabrics::InfiniBand_NDR));
  // The difference is the logits GEMMs alone (T = 2048, V = 128,256, h = 4096): the forward
  // (T, V, h) and the backward (T, h, V) and (V, h, T), each at BF16 on both devices.
  const GemmShape shapes[] = {{2048, 128256, 4096}, {2048, 4096, 128256}, {128256, 4096, 2048}};
  double expected_ms = 0;
  for (const auto& g : shapes) {
    expected_ms +=
        estimate_gemm(*Systems::Nodes::DGX_H100.accelerator, Precision::bf16, g).time.in("ms") -
        estimate_gemm(fast_bf16, Precision::bf16, g).time.in("ms");
  }
  EXPECT_GT(expected_ms, 1.0);
  EXPECT_NEAR((base.compute_time - raised.compute_time).in("ms"), expected_ms, 1e-6);
}

TEST(TrainingAttention, TheMeasuredRateAppliesAt8KAndRampsDownForShorterSequences) {
  // H100: compute.measured_attention_training = 567 TFLOP/s (cuDNN forward + backward, causal,
  // 8,192 tokens). rate(s) = 567 x [s / (s + 1250)] / [8192 / (8192 + 1250)], at most 567.
  const HardwareNode& h100 = Hardware::Cloud::H100;
  const TrainingOptions o;
  const auto ramp = [](double s) { return (s / (s + 1250.0)) / (8192.0 / (8192.0 + 1250.0)); };
  const auto at8k = fused_attention_rate(h100, Precision::bf16, o, 8192);
  EXPECT_TRUE(at8k.measured);
  EXPECT_NEAR(at8k.rate.in("TFLOP/s"), 567.0, 1e-9);
  EXPECT_NEAR(at8k.efficiency, 567.0 / 989.4, 1e-9);
  const auto at2k = fused_attention_rate(h100, Precision::bf16, o, 2048);
  EXPECT_NEAR(at2k.rate.in("TFLOP/s"), 567.0 * ramp(2048), 1e-9);
  EXPECT_NEAR(at2k.rate.in("TFLOP/s"), 405.8, 0.05);  // cuDNN on H200 measured 397 at 2K
  EXPECT_NEAR(fused_attention_rate(h100, Precision::bf16, o, 32768).rate.in("TFLOP/s"), 567.0,
              1e-9);  // flat past the measurement
  EXPECT_THROW((void)fused_attention_rate(h100, Precision::bf16, o, 0), InvalidArgumentError);
  // FP8 recipes keep attention in BF16: the same rate.
  const auto fp8 = fused_attention_rate(h100, Precision::fp8, o, 8192);
  EXPECT_EQ(fp8.precision, Precision::bf16);
  EXPECT_NEAR(fp8.rate.in("TFLOP/s"), 567.0, 1e-9);
}

TEST(TrainingAttention, TheRateFollowsTheHeadDimensionAndAnExplicitEfficiencyDoesNot) {
  // The catalog's rates are for head dimension 128; FlashAttention-3, cuDNN and
  // FlashAttention-2 on H100 run head dimension 64 at a median 0.764 of that, 256 at 0.940.
  const HardwareNode& h100 = Hardware::Cloud::H100;
  TrainingOptions o;
  EXPECT_NEAR(fused_attention_rate(h100, Precision::bf16, o, 8192, 64).rate.in("TFLOP/s"),
              567.0 * 0.764, 1e-9);
  EXPECT_NEAR(fused_attention_rate(h100, Precision::bf16, o, 8192, 256).rate.in("TFLOP/s"),
              567.0 * 0.940, 1e-9);
  // Interpolated in log2 between the points, flat outside them.
  EXPECT_NEAR(o.gemm.attention_head_dim_factor(std::sqrt(64.0 * 128.0)), (0.764 + 1.0) / 2, 1e-12);
  EXPECT_DOUBLE_EQ(o.gemm.attention_head_dim_factor(32), 0.764);
  EXPECT_DOUBLE_EQ(o.gemm.attention_head_dim_factor(512), 0.940);
  EXPECT_DOUBLE_EQ(o.gemm.attention_head_dim_factor(128), 1.0);
  // A device without a measurement: the default efficiency at 128, scaled the same way.
  const auto& mi250 = Hardware::Cloud::MI250X;
  EXPECT_NEAR(fused_attention_rate(mi250, Precision::bf16, o, 8192, 64).efficiency, 0.55 * 0.764,
              1e-12);
  // An explicit efficiency is the caller's number, whatever the head dimension.
  o.attention_efficiency = 0.4;
  EXPECT_DOUBLE_EQ(fused_attention_rate(h100, Precision::bf16, o, 8192, 64).efficiency, 0.4);
  o.attention_efficiency = 0;
  o.gemm.attention_head_dim_64 = 0;
  EXPECT_THAT([&] { (void)one_sequence_step(Models::Language::Llama3_8B, o, 2048); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("'gemm.attention_head_dim_64'")));
}

TEST(TrainingAttention, AnExplicitEfficiencyOverridesAndDevicesWithoutAMeasurementUseTheDefault) {
  TrainingOptions o;
  o.attention_efficiency = 0.34;  // FlashAttention-2 on Hopper
  const auto fa2 = fused_attention_rate(Hardware::Cloud::H100, Precision::bf16, o, 2048);
  EXPECT_FALSE(fa2.measured);
  EXPECT_NEAR(fa2.rate.in("TFLOP/s"), 0.34 * 989.4, 1e-9);
  // A100 has no measured training rate: 0.55 x 312 at every length.
  const TrainingOptions d;
  for (double s : {1024.0, 8192.0}) {
    const auto a100 = fused_attention_rate(Hardware::Cloud::A100, Precision::bf16, d, s);
    EXPECT_FALSE(a100.measured);
    EXPECT_NEAR(a100.rate.in("TFLOP/s"), 0.55 * 312.0, 1e-9);
  }
}

TEST(TrainingAttention, AShortSequenceStepPaysTheRampOnEveryAttentionFlop) {
  // Llama 3 8B, one 2,048-token sequence per rank on H100, no recomputation: the attention core
  // is 3.5 (forward + 2.5 x forward) x 0.5 (causal) x 2 s^2 (d_qk + d_v) a per layer
  // = 3.5 x 2048^2 x 256 x 32 x 32 layers = 3.848e12 FLOP per step. With the ramp it runs at
  // 567 x ramp(2048), without it (attention_seq_half = 0) at 567 TFLOP/s; nothing else changes.
  TrainingOptions o;
  const auto ramped = one_sequence_step(Models::Language::Llama3_8B, o, 2048);
  o.attention_seq_half = 0;
  const auto flat = one_sequence_step(Models::Language::Llama3_8B, o, 2048);
  const double flops = 3.5 * 2048.0 * 2048.0 * 256.0 * 32.0 * 32.0;
  const double r8k = 567e12;
  const double r2k = r8k * (2048.0 / 3298.0) / (8192.0 / 9442.0);
  EXPECT_NEAR((ramped.compute_time - flat.compute_time).in("s"), flops / r2k - flops / r8k, 1e-9);
  // The result says which rate the step used.
  EXPECT_TRUE(ramped.attention.measured);
  EXPECT_NEAR(ramped.attention.rate.in("TFLOP/s"), r2k / 1e12, 1e-6);
  EXPECT_NEAR(flat.attention.rate.in("TFLOP/s"), 567.0, 1e-9);
  o.attention_seq_half = -1;
  EXPECT_THAT([&] { (void)one_sequence_step(Models::Language::Llama3_8B, o, 2048); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("'attention_seq_half'")));
  o.attention_seq_half = 1250;
  o.default_attention_efficiency = 1.5;
  EXPECT_THAT([&] { (void)one_sequence_step(Models::Language::Llama3_8B, o, 2048); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("'default_attention_efficiency'")));
}

TEST(TrainingTimeline, MoeTokensArePermutedToTheirExpertsAndBack) {
  // Mixtral 8x7B, T = 2048 tokens per rank, top-2, BF16, no recomputation. Memory-bound time =
  //   elementwise (14 h + 3 x 14336 x 2) x 2 B x T x 3 passes x 32 layers = 56,371,445,760 B
  //   + permutation 4 x T x 2 x h x 2 B, forward and backward, x 32 layers =  8,589,934,592 B
  //   + the loss, 40 B per logit x T x 32,000                              =  2,621,440,000 B
  // = 67,582,820,352 B at 2.97 TB/s = 22.75516 ms.
  const auto r = one_sequence_per_rank(Models::Language::Mixtral_8x7B, Precision::bf16);
  EXPECT_NEAR(r.memory_bound_time.in("ms"), 22.75516, 1e-3);
}

TEST(TrainingMemory, FusedAttentionKeepsNoScoreMatrix) {
  ParallelConfig pc;
  pc.tp = 8;
  pc.recompute = Recompute::none;
  TrainingOptions o;
  o.global_batch = 1;
  auto act = [&](std::int64_t seq, AttentionKernel k) {
    o.seq_len = seq;
    o.attention = k;
    return train(Models::Language::Llama3_70B, dgx_h100_fleet(8), pc, o)
        .memory.activations.in("GiB");
  };
  // Fused: linear in the sequence (doubling it doubles activations, up to the logits term).
  EXPECT_NEAR(act(16384, AttentionKernel::fused) / act(8192, AttentionKernel::fused), 2.0, 1e-9);
  // Materialized: the a s^2 score matrix makes doubling the sequence cost more than double.
  EXPECT_GT(act(16384, AttentionKernel::materialized) / act(8192, AttentionKernel::materialized),
            2.5);
}

TEST(TrainingMemory, AFlashAttentionRunThatFitsOn80GBInPracticeFits) {
  // torchtitan's Llama 3 8B recipe: 8 x H100 80GB, FSDP (ZeRO-3), sequence 8192, local batch 1,
  // selective activation checkpointing, FlashAttention (pytorch/torchtitan,
  // train_configs/llama3_8b.toml).
  ParallelConfig pc;
  pc.dp = 8;
  pc.zero_stage = 3;
  pc.recompute = Recompute::selective;
  TrainingOptions o;
  o.seq_len = 8192;
  o.global_batch = 8;
  const auto fused = train(Models::Language::Llama3_8B, dgx_h100_fleet(8), pc, o);
  EXPECT_TRUE(fused.memory.fits) << fused.memory.total.in("GiB") << " GiB";
  o.attention = AttentionKernel::materialized;
  pc.recompute = Recompute::none;
  const auto scores = train(Models::Language::Llama3_8B, dgx_h100_fleet(8), pc, o);
  EXPECT_FALSE(scores.memory.fits) << scores.memory.total.in("GiB") << " GiB";
}

/// Llama 3 8B, 8-way data parallel on one DGX H100, no TP, with recomputation `r`.
TrainingResult llama8b_dp8(Recompute r, std::int64_t seq_len, std::int64_t global_batch) {
  ParallelConfig pc;
  pc.dp = 8;
  pc.recompute = r;
  TrainingOptions o;
  o.seq_len = seq_len;
  o.global_batch = global_batch;
  return train(Models::Language::Llama3_8B, dgx_h100_fleet(8), pc, o);
}

TEST(TrainingRecompute, MlpRecomputationCostsTheFeedForwardForwardAndSavesItsActivations) {
  // Llama 3 8B, 8-way data parallel, no TP: `mlp` recomputation sits between selective and full
  // in step time and saved activations, and its HFU adds exactly the feed-forward forward pass:
  // 2 x 32 layers x 3 x 4096 x 14336 FLOPs per token over selective's.
  auto run = [](Recompute r) { return llama8b_dp8(r, 8192, 64); };
  const auto sel = run(Recompute::selective);
  const auto mlp = run(Recompute::mlp);
  const auto full = run(Recompute::full);
  EXPECT_LT(sel.step_time.in("s"), mlp.step_time.in("s"));
  EXPECT_LT(mlp.step_time.in("s"), full.step_time.in("s"));
  EXPECT_LT(mlp.memory.activations.in("GiB"), sel.memory.activations.in("GiB"));
  EXPECT_GT(mlp.memory.activations.in("GiB"), full.memory.activations.in("GiB"));
  const double tokens = 64.0 * 8192;
  const double ffn_fwd = 2.0 * 32 * 3 * 4096.0 * 14336.0 * tokens;
  EXPECT_NEAR(mlp.hardware_flops.in("FLOP") - sel.hardware_flops.in("FLOP"), ffn_fwd,
              1e-9 * ffn_fwd);
  // The backward pass grows by the feed-forward GEMMs' forward time at least.
  EXPECT_GT(mlp.backward_time.in("s") - sel.backward_time.in("s"), 0.0);
}

TEST(TrainingRecompute, AllButAttentionIsFullRecomputationWithoutTheAttentionCore) {
  // MaxText's custom policy that keeps the layer input and the attention output: the backward pass
  // re-runs every GEMM and elementwise operation of the forward but not the attention core, so its
  // extra time is full recomputation's extra less selective's (which re-runs the core alone), and
  // its extra hardware FLOPs are the forward pass's less the attention core and the logits
  // (2 x 128,256 x 4096 per token: the vocabulary projection is outside the layers).
  auto run = [](Recompute r) { return llama8b_dp8(r, 32768, 8); };
  const auto none = run(Recompute::none);
  const auto sel = run(Recompute::selective);
  const auto full = run(Recompute::full);
  const auto but = run(Recompute::all_but_attention);
  const double extra = but.compute_time.in("s") - none.compute_time.in("s");
  EXPECT_NEAR(extra,
              (full.compute_time.in("s") - none.compute_time.in("s")) -
                  (sel.compute_time.in("s") - none.compute_time.in("s")),
              1e-9 * full.compute_time.in("s"));
  EXPECT_GT(extra, 0.0);
  // At 32K tokens the attention core is most of the layer: keeping its output is much cheaper
  // than full recomputation.
  EXPECT_LT(but.step_time.in("s"), full.step_time.in("s"));
  const double tokens = 8.0 * 32768;
  const double logits = 2.0 * 128256.0 * 4096.0 * tokens;
  EXPECT_NEAR(but.hardware_flops.in("FLOP") - none.hardware_flops.in("FLOP"),
              (full.hardware_flops.in("FLOP") - none.hardware_flops.in("FLOP")) -
                  (sel.hardware_flops.in("FLOP") - none.hardware_flops.in("FLOP")) - logits,
              1e-9 * full.hardware_flops.in("FLOP"));
  // Its saved activations lie between full recomputation's and selective's.
  EXPECT_GT(but.memory.activations.in("GiB"), full.memory.activations.in("GiB"));
  EXPECT_LT(but.memory.activations.in("GiB"), sel.memory.activations.in("GiB"));
}

TEST(TrainingRecompute, AlternateMatmulsRecomputesWkWoAndW3ButNotTheAttentionCore) {
  // torchtitan's op-level selective checkpointing: of a Llama layer's matmuls in forward order
  // (wq, wk, wv, wo, w1, w3, w2) the even ones run again, so the extra hardware FLOPs are
  // 2 x 32 layers x (4096 x 1024 + 4096 x 4096 + 4096 x 14336) per token, the attention core
  // and the logits not at all.
  auto run = [](Recompute r) { return llama8b_dp8(r, 8192, 64); };
  const auto none = run(Recompute::none);
  const auto sel = run(Recompute::selective);
  const auto alt = run(Recompute::alternate_matmuls);
  const auto full = run(Recompute::full);
  const double tokens = 64.0 * 8192;
  const double again = 2.0 * 32 * (4096.0 * 1024 + 4096.0 * 4096 + 4096.0 * 14336) * tokens;
  EXPECT_NEAR(alt.hardware_flops.in("FLOP") - none.hardware_flops.in("FLOP"), again, 1e-9 * again);
  // The recomputed GEMMs cost backward time; the forward is unchanged.
  EXPECT_GT(alt.backward_time.in("s"), none.backward_time.in("s"));
  EXPECT_NEAR(alt.forward_time.in("s"), none.forward_time.in("s"), 1e-12);
  EXPECT_LT(alt.step_time.in("s"), full.step_time.in("s"));
  // It keeps less than selective recomputation (which keeps every matmul output) and more than
  // full recomputation (the layer input only).
  EXPECT_LT(alt.memory.activations.in("GiB"), sel.memory.activations.in("GiB"));
  EXPECT_GT(alt.memory.activations.in("GiB"), full.memory.activations.in("GiB"));
}

/// Llama 3 8B on 8 H100 (8-way data parallel, 64 sequences of 8,192 tokens: 8 micro-batches of
/// one) keeping the tensors of `spec` (Recompute::saved_tensors).
TrainingResult llama8b_saved(const std::string& spec) {
  ParallelConfig pc;
  pc.dp = 8;
  pc.recompute = Recompute::saved_tensors;
  pc.saved = parse_saved_tensors(spec);
  TrainingOptions o;
  o.seq_len = 8192;
  o.global_batch = 64;
  return train(Models::Language::Llama3_8B, dgx_h100_fleet(8), pc, o);
}

TEST(TrainingSavedTensors, KeepingOnlyTheLayerInputRecomputesEveryGemmButTheDownProjection) {
  // JAX's nothing_saveable (MaxText remat_policy full): the backward pass rebuilds what it needs
  // from the layer input, and the down projection's output feeds only the residual sum, so its
  // GEMM is not re-run (jax/_src/ad_checkpoint.py remat_partial_eval DCEs the staged jaxpr).
  // Extra hardware FLOPs over no recomputation: the attention core's forward (selective's extra)
  // plus 2 x 32 layers x (QKV 4096 x 6144 + output 4096 x 4096 + gate and up 2 x 4096 x 14336)
  // per token.
  const auto none = llama8b_dp8(Recompute::none, 8192, 64);
  const auto sel = llama8b_dp8(Recompute::selective, 8192, 64);
  const auto full = llama8b_dp8(Recompute::full, 8192, 64);
  const auto input_only = llama8b_saved("layer_input=device");
  const double tokens = 64.0 * 8192;
  const double gemms = 2.0 * 32 * (4096.0 * 6144 + 4096.0 * 4096 + 2.0 * 4096 * 14336) * tokens;
  const double core = sel.hardware_flops.in("FLOP") - none.hardware_flops.in("FLOP");
  EXPECT_NEAR(input_only.hardware_flops.in("FLOP") - none.hardware_flops.in("FLOP"), gemms + core,
              1e-9 * gemms);
  // It keeps what full recomputation keeps (the layer input, and one rebuilt layer at a time)
  // and runs less again: full recomputation re-runs the down projection too.
  EXPECT_DOUBLE_EQ(input_only.memory.activations.in("GiB"), full.memory.activations.in("GiB"));
  EXPECT_LT(input_only.compute_time.in("s"), full.compute_time.in("s"));
  EXPECT_GT(input_only.compute_time.in("s"), none.compute_time.in("s"));
  EXPECT_NEAR(input_only.forward_time.in("s"), none.forward_time.in("s"), 1e-12);
}

TEST(TrainingSavedTensors, EachKeptTensorCostsItsBytesAndSavesItsRecomputation) {
  // MaxText's minimal_with_context keeps every named tensor: no GEMM and no attention core runs
  // again (hardware FLOPs = model FLOPs). Dropping the up projections' outputs (2 x 14,336 values
  // of 2 bytes per token per layer) frees 32 layers x 8,192 tokens x 57,344 B of the one
  // micro-batch in flight and re-runs the gate and up GEMMs: 2 x 32 x 2 x 4096 x 14336 FLOPs per
  // token.
  const std::string all =
      "layer_input=device,query=device,key=device,value=device,context=device,out_proj=device,"
      "mlp_wo=device";
  const auto kept = llama8b_saved(all + ",mlp_wi=device");
  const auto wi_again = llama8b_saved(all + ",mlp_wi=recompute");
  EXPECT_DOUBLE_EQ(kept.hardware_flops.in("FLOP"), kept.model_flops.in("FLOP"));
  const double freed = 32.0 * 8192 * 2 * 2 * 14336;
  EXPECT_NEAR(kept.memory.activations.in("B") - wi_again.memory.activations.in("B"), freed,
              1e-9 * freed);
  const double tokens = 64.0 * 8192;
  const double up = 2.0 * 32 * 2 * 4096.0 * 14336 * tokens;
  EXPECT_NEAR(wi_again.hardware_flops.in("FLOP") - kept.hardware_flops.in("FLOP"), up, 1e-9 * up);
  EXPECT_GT(wi_again.backward_time.in("s"), kept.backward_time.in("s"));
  // Keeping the down projection's output saves no time (nothing re-runs it) and costs memory.
  const auto no_wo = llama8b_saved(
      "layer_input=device,query=device,key=device,value=device,context=device,out_proj=device,"
      "mlp_wi=device");
  EXPECT_DOUBLE_EQ(no_wo.step_time.in("s"), kept.step_time.in("s"));
  EXPECT_NEAR(kept.memory.activations.in("B") - no_wo.memory.activations.in("B"),
              32.0 * 8192 * 2 * 4096, 1.0);
  // A fused QKV GEMM runs again whole when any of its three outputs is not kept.
  const auto k_again = llama8b_saved(
      "layer_input=device,query=device,value=device,context=device,out_proj=device,"
      "mlp_wi=device,mlp_wo=device");
  const double qkv = 2.0 * 32 * 4096.0 * 6144 * tokens;
  EXPECT_NEAR(k_again.hardware_flops.in("FLOP") - kept.hardware_flops.in("FLOP"), qkv, 1e-9 * qkv);
}

TEST(TrainingSavedTensors, HostKeptTensorsLeaveDeviceMemoryAndCrossTheHostLinkBesideCompute) {
  // The layer input in host memory: 8,192 tokens x 8,192 B per layer and micro-batch, copied out
  // in the forward pass and back in the backward pass over DGX H100's PCIe Gen5 x16 (128 GB/s
  // both ways: 64 GB/s each way), 32 layers x 8 micro-batches. A layer's compute (milliseconds)
  // covers each 1 ms copy, so the step time does not change.
  const auto device = llama8b_saved("layer_input=device");
  const auto host = llama8b_saved("layer_input=host");
  const double bytes = 8192.0 * 8192;
  EXPECT_NEAR(device.memory.activations.in("B") - host.memory.activations.in("B"), 32 * bytes, 1.0);
  EXPECT_NEAR(host.activation_offload_time.in("s"), 2.0 * 32 * 8 * bytes / 64e9, 1e-9);
  EXPECT_DOUBLE_EQ(host.activation_offload_exposed_time.in("s"), 0.0);
  EXPECT_DOUBLE_EQ(host.step_time.in("s"), device.step_time.in("s"));
  EXPECT_DOUBLE_EQ(device.activation_offload_time.in("s"), 0.0);
}

TEST(TrainingSavedTensors, BadSetsAreRefusedNamingTheEntry) {
  EXPECT_EQ(parse_saved_tensors("decoder_layer_input=offload, qkv_proj=device").key, Keep::device);
  EXPECT_EQ(parse_saved_tensors("decoder_layer_input=offload").layer_input, Keep::host);
  EXPECT_EQ(parse_saved_tensors(""), SavedTensors{});
  EXPECT_THAT([] { (void)parse_saved_tensors("layer_input=remat"); },
              ThrowsMessage<InvalidArgumentError>(
                  "invalid argument 'saved': 'layer_input=remat' in 'layer_input=remat': the layer "
                  "input is where recomputation starts: device or host, not recompute"));
  EXPECT_THAT([] { (void)parse_saved_tensors("query=gpu"); },
              ThrowsMessage<InvalidArgumentError>(
                  "invalid argument 'saved': 'query=gpu' in 'query=gpu': place must be recompute "
                  "(remat), device or host (offload)"));
  EXPECT_THAT([] { (void)parse_saved_tensors("attn=device"); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("'attn=device' in 'attn=device': "
                                                            "unknown tensor")));
  EXPECT_THAT([] { (void)parse_saved_tensors("mlpwi_0=device,mlpwi_1=remat"); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("must share one place")));
  EXPECT_THAT([] { (void)parse_saved_tensors("query=device,,key=device"); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("empty entry")));
  // Host memory needs a host link; multi-head latent attention has other tensors; the roofline's
  // per-layer formula has no set to read.
  HardwareNode no_link = Hardware::Cloud::H100;
  no_link.host_link.reset();
  Node node = Systems::Nodes::DGX_H100;
  node.accelerator = &no_link;
  ParallelConfig pc;
  pc.dp = 8;
  pc.recompute = Recompute::saved_tensors;
  pc.saved = parse_saved_tensors("layer_input=host");
  TrainingOptions o;
  o.seq_len = 4096;
  o.global_batch = 8;
  EXPECT_THAT(
      [&] {
        (void)train(Models::Language::Llama3_8B,
                    fleet_of(node, 1, Systems::Fabrics::InfiniBand_NDR), pc, o);
      },
      ThrowsMessage<InvalidArgumentError>("invalid argument 'saved': 'Hardware.Cloud.H100' has no "
                                          "host link to keep tensors in host memory over"));
  // A set built in code, not parsed, is checked by train() itself.
  pc.saved = SavedTensors{};
  pc.saved.layer_input = Keep::recompute;
  EXPECT_THAT([&] { (void)train(Models::Language::Llama3_8B, dgx_h100_fleet(8), pc, o); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("'saved.layer_input'")));
  // Entries are trimmed of white space, tabs included.
  EXPECT_EQ(parse_saved_tensors(" query=device ,\tkey=host").key, Keep::host);
  pc.saved = SavedTensors{};
  EXPECT_THAT([&] { (void)train(Models::Language::DeepSeek_V3, dgx_h100_fleet(8), pc, o); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("multi-head latent attention")));
  EXPECT_THAT(
      [] {
        (void)activation_bytes_per_layer(Models::Language::Llama3_8B, 1024, 1, 1, false,
                                         Recompute::saved_tensors);
      },
      ThrowsMessage<InvalidArgumentError>(HasSubstr("only train() reads")));
}

TEST(TrainingSavedTensors, RecomputedMoeUpProjectionsReRunTheRouterAndPermuteKernelsWithoutEp) {
  // Mixtral 8x7B, 8-way data parallel (no expert parallelism): rebuilding the experts' up
  // projections re-runs the router GEMM, the fused gate/up GEMM and the router's top-k, permute
  // and unpermute kernels, 5 kernel boundaries per layer per micro-batch (32 layers, one
  // micro-batch of one sequence per rank), though no token crosses to another rank.
  ParallelConfig pc;
  pc.dp = 8;
  pc.recompute = Recompute::saved_tensors;
  TrainingOptions o;
  o.seq_len = 4096;
  o.global_batch = 8;
  o.separate_gate_up = false;
  const std::string rest =
      "layer_input=device,query=device,key=device,value=device,context=device,out_proj=device,"
      "mlp_wo=device";
  pc.saved = parse_saved_tensors(rest + ",mlp_wi=device");
  const auto kept = train(Models::Language::Mixtral_8x7B, dgx_h100_fleet(8), pc, o);
  pc.saved = parse_saved_tensors(rest + ",mlp_wi=recompute");
  const auto again = train(Models::Language::Mixtral_8x7B, dgx_h100_fleet(8), pc, o);
  const double boundary_s = o.kernel_launch_gap.in("s") + o.kernel_stall.in("s");  // 6.2 us
  EXPECT_NEAR(again.kernel_boundary_time.in("s") - kept.kernel_boundary_time.in("s"),
              32.0 * 5.0 * boundary_s, 1e-12);
  EXPECT_EQ(again.ep_comm_time.in("s"), 0.0);
}

// Llama 3 8B fully sharded (ZeRO-3) over 8 H100, one 4,096-token sequence per rank, nothing
// recomputed: the FSDP copy tests' run.
struct ShardedLlama3_8B {
  ParallelConfig pc;
  TrainingOptions o;
  ShardedLlama3_8B() {
    pc.dp = 8;
    pc.zero_stage = 3;
    pc.recompute = Recompute::none;
    o.seq_len = 4096;
    o.global_batch = 8;
  }
  [[nodiscard]] TrainingResult run() const {
    return train(Models::Language::Llama3_8B, dgx_h100_fleet(8), pc, o);
  }
};

TEST(TrainingTimeline, Fsdp2CopiesEachGatheredLayerOutOfItsFlatBufferForwardAndBackward) {
  // Llama 3 8B fully sharded over 8 H100, one 4,096-token sequence per rank: FSDP2 copies each
  // layer's gathered weights out of the all-gather buffer once forward and once backward, a read
  // and a write of 2 B per parameter, and copies each layer's bf16 gradients into the fp32
  // reduce-scatter input once per backward, a 2 B read and a 4 B write. A layer holds
  // 4096 x (4096 + 1024 + 1024 + 4096) attention and 3 x 4096 x 14336 MLP weights plus two
  // 4096-wide norms, 218,112,000 in all: 32 x 218,112,000 x (2 x 4 + 6) B = 97.71 GB streamed at
  // H100's measured 2.97 TB/s, 32.90 ms (18.80 ms of it the copy-out).
  ShardedLlama3_8B r;
  auto& pc = r.pc;
  auto& o = r.o;
  const auto plain = r.run();
  o.schedule.fsdp_copy_out = true;
  const auto copied = r.run();
  const double expected = 32.0 * 218112000.0 * (2.0 * 4.0 + 2.0 + 4.0) / 2.97e12;
  EXPECT_NEAR(copied.memory_bound_time.in("s") - plain.memory_bound_time.in("s"), expected,
              expected * 1e-4);
  // With bf16 main gradients the copy-in writes 2 B instead of 4: 32 x 218,112,000 x 2 B less.
  o.state.gradients = Precision::bf16;
  const auto bf16_grads = r.run();
  EXPECT_NEAR(copied.memory_bound_time.in("s") - bf16_grads.memory_bound_time.in("s"),
              32.0 * 218112000.0 * 2.0 / 2.97e12, expected * 1e-4);
  o.state.gradients = Precision::fp32;
  EXPECT_GT(copied.step_time, plain.step_time);
  // Below ZeRO-3 the weights are never gathered: asking for the copy-out is refused.
  pc.zero_stage = 1;
  EXPECT_THAT([&] { (void)r.run(); },
              ThrowsMessage<InvalidArgumentError>(
                  "invalid argument 'schedule.fsdp_copy_out': FSDP2's copy-out needs ZeRO-3 "
                  "(gathered weights), got ZeRO-1"));
}

TEST(TrainingTimeline, Fsdp1ConcatenatesEachLayersGradientsIntoItsFlatGradientOnce) {
  // Llama 3 8B fully sharded over 8 H100 as in the FSDP2 test above, on FSDP1: each backward
  // concatenates the layer's bf16 gradients into the flat parameter's gradient, a 2 B read and a
  // 2 B write per parameter, 32 x 218,112,000 x 4 B = 27.92 GB at H100's measured 2.97 TB/s,
  // 9.40 ms; the fp32 main gradients change nothing (the cast runs on the post-backward stream),
  // and the forward pass copies nothing.
  ShardedLlama3_8B r;
  auto& pc = r.pc;
  auto& o = r.o;
  const auto plain = r.run();
  o.schedule.fsdp_flat_gradient = true;
  const auto flat = r.run();
  const double expected = 32.0 * 218112000.0 * 4.0 / 2.97e12;
  EXPECT_NEAR(flat.memory_bound_time.in("s") - plain.memory_bound_time.in("s"), expected,
              expected * 1e-4);
  o.state.gradients = Precision::bf16;
  const auto bf16_grads = r.run();
  EXPECT_NEAR(bf16_grads.memory_bound_time.in("s"), flat.memory_bound_time.in("s"),
              expected * 1e-4);
  o.state.gradients = Precision::fp32;
  EXPECT_GT(flat.step_time, plain.step_time);
  // FSDP1 and FSDP2 are different implementations: asking for both is refused, as is asking for
  // a flat gradient where nothing is gathered.
  o.schedule.fsdp_copy_out = true;
  EXPECT_THAT([&] { (void)r.run(); },
              ThrowsMessage<InvalidArgumentError>(
                  "invalid argument 'schedule.fsdp_flat_gradient': FSDP1's flat gradient and "
                  "FSDP2's copy-out (schedule.fsdp_copy_out) describe different FSDP "
                  "implementations; set one"));
  o.schedule.fsdp_copy_out = false;
  pc.zero_stage = 2;
  EXPECT_THAT([&] { (void)r.run(); },
              ThrowsMessage<InvalidArgumentError>(
                  "invalid argument 'schedule.fsdp_flat_gradient': FSDP1's flat gradient needs "
                  "ZeRO-3 (gathered weights), got ZeRO-2"));
}

TEST(TrainingTimeline, RecomputingTheAttentionCoreReRunsItsContextParallelExchange) {
  // Llama 3 70B at 128K tokens over cp 4: Megatron's selective recomputation checkpoints the core
  // attention module, which holds the CP group, so the backward pass sends the forward's K/V ring
  // again; full recomputation and a saved set that drops the context do the same, and recomputing
  // everything but the attention core (or keeping the context) does not.
  ParallelConfig pc;
  pc.tp = 8;
  pc.cp = 4;
  pc.dp = 2;
  TrainingOptions o;
  o.global_batch = 8;
  o.seq_len = 131072;
  const auto run = [&](Recompute rc, const std::string& saved = "") {
    pc.recompute = rc;
    pc.saved = parse_saved_tensors(saved);
    return train(Models::Language::Llama3_70B, dgx_h100_fleet(64), pc, o);
  };
  const auto none = run(Recompute::none);
  const auto sel = run(Recompute::selective);
  const auto full = run(Recompute::full);
  const auto but_attn = run(Recompute::all_but_attention);
  const auto input_only = run(Recompute::saved_tensors, "layer_input=device");
  const auto context_kept = run(Recompute::saved_tensors, "layer_input=device,context=device");
  const double extra = full.cp_comm_time.in("s") - none.cp_comm_time.in("s");
  EXPECT_GT(extra, 0.0);
  EXPECT_NEAR(sel.cp_comm_time.in("s") - none.cp_comm_time.in("s"), extra, 1e-12);
  EXPECT_NEAR(input_only.cp_comm_time.in("s") - none.cp_comm_time.in("s"), extra, 1e-12);
  EXPECT_EQ(but_attn.cp_comm_time.in("s"), none.cp_comm_time.in("s"));
  EXPECT_EQ(context_kept.cp_comm_time.in("s"), none.cp_comm_time.in("s"));
  EXPECT_GT(sel.cp_exposed_time, none.cp_exposed_time);
}

/// Llama 3 8B, BF16, one sequence of 4096 tokens per GPU under `mode`, beside the fused count: the
/// memory-bound time is the layers' elementwise traffic (once forward, twice backward) plus the
/// loss (40 B per logit, 4096 x 128,256 logits at 2.97 TB/s, the same in every mode), so without
/// the loss `ratio` is the per-token forward bytes over the fused count's.
struct ElementwiseStep {
  TrainingResult fused, mode;
  double ratio;
};
ElementwiseStep elementwise_step(ElementwiseKernels mode) {
  TrainingOptions o;
  const auto fused = one_sequence_step(Models::Language::Llama3_8B, o, 4096);
  o.elementwise = mode;
  const auto other = one_sequence_step(Models::Language::Llama3_8B, o, 4096);
  const double loss = 4096.0 * 128256 * 40 / 2.97e12;
  return {fused, other,
          (other.memory_bound_time.in("s") - loss) / (fused.memory_bound_time.in("s") - loss)};
}

TEST(TrainingElementwise, EagerKernelsMoveTheBytesCountedFromHuggingFacesLlamaModules) {
  // Llama 3 8B (h 4096, 32 heads of 128, 8 KV heads, gated FFN 14336), BF16, no recomputation,
  // one sequence per GPU: the memory-bound time is the layers' elementwise traffic, once forward
  // and twice backward, plus the loss (the same in both: 40 B per logit, 4096 x 128,256 logits,
  // at 2.97 TB/s), so without the loss eager / fused is the ratio of the per-token forward bytes.
  // Fused: 2 B x (14 h + 3 f) = 200,704. Eager (modeling_llama.py): two RMSNorms 2 x 36 h,
  // two residual adds 2 x 6 h, rotary 20 x (4096 + 1024), contiguous attention output 4 x 4096,
  // SiLU and gate product 10 f = 606,208.
  const auto e = elementwise_step(ElementwiseKernels::eager);
  EXPECT_NEAR(e.ratio, 606208.0 / 200704.0, 1e-9);
  EXPECT_DOUBLE_EQ(e.mode.compute_time.in("s"), e.fused.compute_time.in("s"));
  EXPECT_GT(e.mode.step_time.in("s"), e.fused.step_time.in("s"));
}

TEST(TrainingElementwise, EagerKernelsAroundFusedNormsMoveTheNormsOnce) {
  // The eager count with each RMSNorm one kernel (aten::_fused_rms_norm behind nn.RMSNorm):
  // 606,208 - 2 x 36 h + 2 x 4 h = 344,064 bytes per token per layer for Llama 3 8B in BF16,
  // between the fused count (200,704) and the eager one; the GEMMs do not move.
  const auto n = elementwise_step(ElementwiseKernels::eager_fused_norm);
  EXPECT_NEAR(n.ratio, 344064.0 / 200704.0, 1e-9);
  EXPECT_DOUBLE_EQ(n.mode.compute_time.in("s"), n.fused.compute_time.in("s"));
  EXPECT_GT(n.mode.step_time.in("s"), n.fused.step_time.in("s"));
  EXPECT_LT(n.mode.step_time.in("s"),
            elementwise_step(ElementwiseKernels::eager).mode.step_time.in("s"));
}

TEST(TrainingElementwise, EveryEagerKernelPaysTheKernelBoundary) {
  // Kernels per layer and micro-batch of the elementwise ops (docs/solvers.md, "Kernel
  // boundaries"; detail::elementwise_kernels), Llama 3 8B (gated FFN), 32 layers, one micro-batch,
  // at 2.5 + 3.7 = 6.2 us each, against the fused count's 4 forward + 4 backward:
  // eager (modeling_llama.py): forward two RMSNorms 2 x 8, rotary 2 x 5, the contiguous attention
  // output 1, two residual adds 2, SiLU and the gate product 2 = 31; backward (autograd's
  // derivatives.yaml) 2 x 16 + 2 x 9 + 0 + 2 + 3 = 55. (31 - 4 + 55 - 4) x 32 x 6.2 us =
  // 15.4752 ms. Around fused norms (one kernel forward, two backward): 17 and 27, 36 more,
  // 7.1424 ms.
  const auto e = elementwise_step(ElementwiseKernels::eager);
  EXPECT_NEAR((e.mode.kernel_boundary_time - e.fused.kernel_boundary_time).in("ms"), 15.4752, 1e-9);
  const auto n = elementwise_step(ElementwiseKernels::eager_fused_norm);
  EXPECT_NEAR((n.mode.kernel_boundary_time - n.fused.kernel_boundary_time).in("ms"), 7.1424, 1e-9);
  // Recomputation re-runs what it recomputes: full recomputation the forward's 31 (27 more than
  // fused), the `mlp` mode the FFN's activation (2 eager kernels against 1 fused).
  const auto boundary_gap = [](Recompute r) {
    ParallelConfig pc;
    pc.dp = 8;
    pc.recompute = r;
    TrainingOptions o;
    o.seq_len = 4096;
    o.global_batch = 8;
    const auto fused = train(Models::Language::Llama3_8B, dgx_h100_fleet(8), pc, o);
    o.elementwise = ElementwiseKernels::eager;
    const auto eager = train(Models::Language::Llama3_8B, dgx_h100_fleet(8), pc, o);
    return (eager.kernel_boundary_time - fused.kernel_boundary_time).in("us") / (32 * 6.2);
  };
  EXPECT_NEAR(boundary_gap(Recompute::full), 78.0 + 27.0, 1e-9);
  EXPECT_NEAR(boundary_gap(Recompute::mlp), 78.0 + 1.0, 1e-9);
}

TEST(TrainingDropout, EagerDropoutKernelsMoveTheirInputOutputAndMask) {
  // Llama 3 8B in BF16 (ab = 2), one 4,096-token sequence per rank, no recomputation, H100
  // streaming at 2.97 TB/s, 32 layers of 32 heads (docs/solvers.md, "Dropout"). Eager kernels and
  // a materialized score matrix: each residual site (2 per layer, T h = 4096 x 4096 elements) and
  // the attention probabilities (a s s = 32 x 4096 x 4096) move (2 ab + 1) = 5 bytes per element
  // forward and again backward: 2 x 5 x (2 x 4096^2 + 32 x 4096^2) x 32 = 182,536,110,080 B,
  // 61.4600 ms; and 3 more kernels each way per layer: 6 x 32 x 6.2 us = 1.1904 ms.
  TrainingOptions o;
  o.elementwise = ElementwiseKernels::eager;
  o.attention = AttentionKernel::materialized;
  const auto off = one_sequence_step(Models::Language::Llama3_8B, o, 4096);
  o.dropout = true;
  const auto on = one_sequence_step(Models::Language::Llama3_8B, o, 4096);
  EXPECT_NEAR((on.memory_bound_time - off.memory_bound_time).in("s"), 182536110080.0 / 2.97e12,
              1e-12);
  EXPECT_NEAR((on.kernel_boundary_time - off.kernel_boundary_time).in("ms"), 1.1904, 1e-9);
  EXPECT_DOUBLE_EQ(on.compute_time.in("s"), off.compute_time.in("s"));
  // Selective recomputation re-runs the attention core, its dropout with it: the probabilities'
  // forward bytes once more, 5 x 32 x 4096^2 x 32 = 85,899,345,920 B, and one kernel.
  ParallelConfig pc;
  pc.dp = 8;
  pc.recompute = Recompute::selective;
  o.seq_len = 4096;
  o.global_batch = 8;
  const auto sel_on = train(Models::Language::Llama3_8B, dgx_h100_fleet(8), pc, o);
  o.dropout = false;
  const auto sel_off = train(Models::Language::Llama3_8B, dgx_h100_fleet(8), pc, o);
  EXPECT_NEAR((sel_on.memory_bound_time - sel_off.memory_bound_time).in("s"),
              (182536110080.0 + 85899345920.0) / 2.97e12, 1e-12);
  EXPECT_NEAR((sel_on.kernel_boundary_time - sel_off.kernel_boundary_time).in("ms"),
              1.1904 + 32 * 6.2e-3, 1e-9);
}

TEST(TrainingDropout, FusedStacksPayOnlyTheResidualMasks) {
  // Fused elementwise kernels (the residual sites inside the bias-dropout-add) and a fused
  // attention kernel (its dropout drawn in-kernel): the 1-byte masks of the two residual sites,
  // written forward and read backward, 2 x 2 x 4096^2 x 32 = 2,147,483,648 B, no kernel.
  TrainingOptions o;
  const auto off = one_sequence_step(Models::Language::Llama3_8B, o, 4096);
  o.dropout = true;
  const auto on = one_sequence_step(Models::Language::Llama3_8B, o, 4096);
  EXPECT_NEAR((on.memory_bound_time - off.memory_bound_time).in("s"), 2147483648.0 / 2.97e12,
              1e-12);
  EXPECT_DOUBLE_EQ(on.kernel_boundary_time.in("s"), off.kernel_boundary_time.in("s"));
}

TEST(TrainingProjections, SeparateProjectionsArePricedGemmByGemm) {
  // Llama 3 8B in BF16, one 4,096-token sequence per rank (T = 4096, h = 4096, 32 heads and 8 KV
  // heads of 128, gated FFN 14336), no tensor parallelism: Q / K / V as three GEMMs (n = 4096,
  // 1024, 1024) instead of one (n = 6144), gate / up as two (n = 14336) instead of one (28672),
  // each priced by the GEMM model on its own, forward Y = X W (T x n x h) and backward dX
  // (T x h x n) + dW (n x h x T), over 32 layers (docs/solvers.md, "Separate projections").
  const GemmParams params = TrainingOptions{}.gemm;
  const auto t = [&](double m, double n, double k) {
    return estimate_gemm(Hardware::Cloud::H100, Precision::bf16,
                         {static_cast<std::int64_t>(m), static_cast<std::int64_t>(n),
                          static_cast<std::int64_t>(k)},
                         params)
        .time.in("s");
  };
  const auto pass = [&](double n) {
    return t(4096, n, 4096) + t(4096, 4096, n) + t(n, 4096, 4096);
  };
  const double qkv = pass(4096) + 2 * pass(1024) - pass(6144);
  const double up = 2 * pass(14336) - pass(28672);
  TrainingOptions o;
  const auto fused = one_sequence_step(Models::Language::Llama3_8B, o, 4096);
  o.separate_qkv = true;
  const auto q = one_sequence_step(Models::Language::Llama3_8B, o, 4096);
  o.separate_gate_up = true;
  const auto both = one_sequence_step(Models::Language::Llama3_8B, o, 4096);
  EXPECT_NEAR((q.compute_time - fused.compute_time).in("s"), 32 * qkv, 1e-12);
  EXPECT_NEAR((both.compute_time - q.compute_time).in("s"), 32 * up, 1e-12);
  // Kernels: Q / K / V two more GEMMs forward and four backward, gate / up one and two: 9 per
  // layer, 9 x 32 x 6.2 us = 1.7856 ms. Under fused elementwise kernels the input's gradient
  // is summed inside the next kernel, which reads one more partial gradient per extra reader:
  // 3 x T h x 2 B x 32 = 3,221,225,472 B at 2.97 TB/s.
  EXPECT_NEAR((both.kernel_boundary_time - fused.kernel_boundary_time).in("ms"), 1.7856, 1e-9);
  EXPECT_NEAR((both.memory_bound_time - fused.memory_bound_time).in("s"), 3221225472.0 / 2.97e12,
              1e-12);
}

TEST(TrainingProjections, EagerAutogradSumsTheSharedInputsGradientWithAKernelPerExtraReader) {
  // The same run with eager elementwise kernels: autograd's in-place add (read two, write one) per
  // extra reader, three per layer: 3 more kernels than under fused kernels (12 x 32 x 6.2 us =
  // 2.3808 ms) and 3 x 3 x T h x 2 B x 32 = 9,663,676,416 B.
  TrainingOptions o;
  o.elementwise = ElementwiseKernels::eager;
  const auto fused = one_sequence_step(Models::Language::Llama3_8B, o, 4096);
  o.separate_qkv = true;
  o.separate_gate_up = true;
  const auto both = one_sequence_step(Models::Language::Llama3_8B, o, 4096);
  EXPECT_NEAR((both.kernel_boundary_time - fused.kernel_boundary_time).in("ms"), 2.3808, 1e-9);
  EXPECT_NEAR((both.memory_bound_time - fused.memory_bound_time).in("s"), 9663676416.0 / 2.97e12,
              1e-12);
  // A plain MLP has no gate: separate_gate_up changes nothing.
  TrainingOptions plain;
  const auto gpt = one_sequence_step(Models::Language::GPT3, plain, 2048);
  plain.separate_gate_up = true;
  EXPECT_DOUBLE_EQ(one_sequence_step(Models::Language::GPT3, plain, 2048).step_time.in("s"),
                   gpt.step_time.in("s"));
}

TEST(TrainingMemory, TheFirstPipelineStageHoldsPipelineDepthMicroBatches) {
  ParallelConfig pc;
  pc.tp = 8;
  pc.pp = 4;
  pc.dp = 2;
  pc.recompute = Recompute::full;
  TrainingOptions o;
  o.seq_len = 4096;
  Workload m = Models::Language::Llama3_70B;
  m.vocab_size.reset();  // no logits on the last stage: the first stage is the fullest
  auto act = [&](std::int64_t microbatches) {
    o.global_batch = 2 * microbatches;
    return train(m, dgx_h100_fleet(64), pc, o).memory.activations.in("GiB");
  };
  // A micro-batch's checkpoints on a stage of 20 layers: 20 x 2 h / tp (sequence parallel) x
  // 4096 tokens x 1 = 20 x 2,048 x 4,096 = 167,772,160 B. Beside them, the layer whose backward
  // runs holds everything its recomputed forward saved (Chen et al. 2016): per token (8 h norms and
  // GEMM inputs + 2 x 8,192 Q and projection input + 4 x 1,024 K and V + 4 x 64 log-sum-exp
  // + 6 x 28,672 gated FFN) / 8 = (65,536 + 209,152) / 8 = 34,336 B; x 4,096 = 140,640,256 B.
  const double ckpt = 167772160.0 / 1073741824.0;
  const double layer = 140640256.0 / 1073741824.0;
  const double one = act(1);
  EXPECT_NEAR(one, ckpt + layer, 1e-9);
  EXPECT_NEAR(act(2), 2.0 * ckpt + layer, 1e-9);
  EXPECT_NEAR(act(4), 4.0 * ckpt + layer, 1e-9);
  EXPECT_NEAR(act(16), 4.0 * ckpt + layer, 1e-9);  // never more than pp in flight under 1F1B
}

TEST(TrainingMemory, ContextParallelismSplitsActivationsAndZeroShardsOverDataAndContext) {
  ParallelConfig pc;
  pc.tp = 8;
  pc.dp = 8;
  pc.zero_stage = 1;
  TrainingOptions o;
  o.seq_len = 32768;
  o.global_batch = 8;
  const auto no_cp = train(Models::Language::Llama3_70B, dgx_h100_fleet(64), pc, o);
  pc.cp = 2;
  pc.dp = 4;
  o.global_batch = 4;
  const auto cp2 = train(Models::Language::Llama3_70B, dgx_h100_fleet(64), pc, o);
  EXPECT_LT(cp2.memory.activations.in("GiB"), 0.55 * no_cp.memory.activations.in("GiB"));
  EXPECT_NEAR(cp2.memory.optimizer.in("GiB"), no_cp.memory.optimizer.in("GiB"), 1e-9);
}

// The offload tests' run: Llama 3 8B data-parallel over one DGX H100 at 4K tokens.
struct OffloadRun {
  ParallelConfig pc;
  TrainingOptions o;
  OffloadRun(int zero, std::int64_t global_batch) {
    pc.dp = 8;
    pc.zero_stage = zero;
    o.seq_len = 4096;
    o.global_batch = global_batch;
  }
  [[nodiscard]] TrainingResult run(const Fleet& fleet = dgx_h100_fleet(8)) const {
    return train(Models::Language::Llama3_8B, fleet, pc, o);
  }
};

TEST(TrainingMemory, OffloadedOptimizerStateLeavesTheGpuAndCostsHostLinkTime) {
  OffloadRun r(2, 8);
  const auto on_gpu = r.run();
  r.o.offload_optimizer = true;
  const auto offloaded = r.run();
  EXPECT_EQ(offloaded.memory.optimizer.in("GiB"), 0.0);
  ASSERT_TRUE(offloaded.memory.host.has_value());
  EXPECT_NEAR(offloaded.memory.host->in("GiB"), on_gpu.memory.optimizer.in("GiB"), 1e-9);
  EXPECT_GT(offloaded.optimizer_time, on_gpu.optimizer_time);
}

// ZeRO-3 parameter offload (ZeRO-Infinity's offload_param, FSDP's CPUOffload): the rank's shard
// of weights and gradients joins the optimizer state in host memory; the device keeps only the
// layers in flight.
TEST(TrainingMemory, OffloadedParametersLeaveOnlyTheLayersInFlightOnTheGpu) {
  OffloadRun r(3, 8);
  const auto on_gpu = r.run();
  r.o.offload_parameters = true;
  const auto off = r.run();
  EXPECT_EQ(off.memory.gradients.in("GiB"), 0.0);
  EXPECT_EQ(off.memory.optimizer.in("GiB"), 0.0);
  EXPECT_GT(off.memory.weights.in("GiB"), 0.0);  // the gathered layers in flight
  EXPECT_LT(off.memory.weights, on_gpu.memory.weights);
  EXPECT_NEAR(off.memory.activations.in("GiB"), on_gpu.memory.activations.in("GiB"), 1e-9);
  // What left the device is in host memory: the state, the gradient shard and the weight shard.
  ASSERT_TRUE(off.memory.host.has_value());
  EXPECT_NEAR(off.memory.host->in("GiB"),
              on_gpu.memory.optimizer.in("GiB") + on_gpu.memory.gradients.in("GiB") +
                  on_gpu.memory.weights.in("GiB") - off.memory.weights.in("GiB"),
              1e-6);
}

// The shards cross the host link in every pass, so the time they add scales with 1 / its
// bandwidth; the optimizer update runs in host memory with nothing left to copy.
TEST(TrainingTimeline, OffloadedParametersCrossTheHostLinkEveryPass) {
  OffloadRun r(3, 32);  // 4 micro-batches: the shards cross once per micro-batch and pass
  const auto on_gpu = r.run();
  r.o.offload_parameters = true;
  HardwareNode half = Hardware::Cloud::H100;
  half.host_link->bandwidth = half.host_link->bandwidth * 0.5;
  Node node = Systems::Nodes::DGX_H100;
  node.accelerator = &half;
  const auto full_link = r.run();
  const auto half_link = r.run(fleet_of(node, 1, Systems::Fabrics::InfiniBand_NDR));
  const double added = full_link.dp_comm_time.in("s") - on_gpu.dp_comm_time.in("s");
  EXPECT_GT(added, 0.0);
  EXPECT_NEAR(half_link.dp_comm_time.in("s") - on_gpu.dp_comm_time.in("s"), 2.0 * added,
              1e-9 * added);
  EXPECT_GE(full_link.step_time, on_gpu.step_time);
  EXPECT_GT(half_link.step_time, full_link.step_time);
  // Parameter offload implies the optimizer on the host, updated there without copies.
  OffloadRun optimizer_only = r;
  optimizer_only.o.offload_parameters = false;
  optimizer_only.o.offload_optimizer = true;
  EXPECT_LT(full_link.optimizer_time, optimizer_only.run().optimizer_time);
  EXPECT_GT(full_link.optimizer_time, on_gpu.optimizer_time);
}

TEST(TrainingValidation, ParameterOffloadNeedsShardedParameters) {
  OffloadRun r(1, 8);
  r.o.offload_parameters = true;
  EXPECT_THAT([&] { (void)r.run(); },
              ThrowsMessage<InvalidArgumentError>(
                  "invalid argument 'offload_parameters': parameter offload needs ZeRO-3 "
                  "(sharded parameters), got ZeRO-1"));
}

TEST(TrainingValidation, OffloadNeedsAHostLinkAndTheErrorNamesTheOffloadAsked) {
  OffloadRun r(3, 8);
  HardwareNode no_link = Hardware::Cloud::H100;
  no_link.host_link.reset();
  Node node = Systems::Nodes::DGX_H100;
  node.accelerator = &no_link;
  const Fleet fleet = fleet_of(node, 1, Systems::Fabrics::InfiniBand_NDR);
  r.o.offload_parameters = true;
  EXPECT_THAT([&] { (void)r.run(fleet); },
              ThrowsMessage<InvalidArgumentError>(
                  "invalid argument 'offload_parameters': 'Hardware.Cloud.H100' has no host link "
                  "to offload over"));
  r.o.offload_parameters = false;
  r.o.offload_optimizer = true;
  EXPECT_THAT([&] { (void)r.run(fleet); },
              ThrowsMessage<InvalidArgumentError>(
                  "invalid argument 'offload_optimizer': 'Hardware.Cloud.H100' has no host link "
                  "to offload over"));
}

TEST(TrainingFlops, ModelHardwareAndMegatronConventionsAreSeparate) {
  ParallelConfig pc;
  pc.tp = 8;
  pc.pp = 4;
  pc.dp = 2;
  TrainingOptions o;
  o.seq_len = 4096;
  o.global_batch = 64;
  pc.recompute = Recompute::none;
  const auto none = train(Models::Language::Llama3_70B, dgx_h100_fleet(64), pc, o);
  EXPECT_DOUBLE_EQ(none.hfu, none.mfu);
  // Eq. 3 always counts a recomputed forward pass of the layers.
  EXPECT_GT(none.megatron_flops_per_gpu, none.achieved_flops_per_gpu);
  pc.recompute = Recompute::full;
  const auto full = train(Models::Language::Llama3_70B, dgx_h100_fleet(64), pc, o);
  EXPECT_NEAR(full.hardware_flops.in("FLOP") / full.model_flops.in("FLOP"), 4.0 / 3.0, 1e-12);
  // With full recomputation eq. 3 and HFU count the same work, except the logits (3 x, not 4 x).
  const double eq3 = full.megatron_flops_per_gpu.in("FLOP/s");
  const double hw = full.hfu * Hardware::Cloud::H100.peak(Precision::bf16)->in("FLOP/s");
  EXPECT_LT(eq3, hw);
  EXPECT_GT(eq3, 0.97 * hw);
}

TEST(TrainingLinks, ScaleOutBandwidthFollowsNicsOrTheChipsOwnPorts) {
  EXPECT_THAT(scale_out_bandwidth_per_rank(dgx_h100_fleet(64)), QuantityNear("50 GB/s", 1e-9));
  // 400G NICs on a 200G HDR fabric run at the fabric's rate.
  EXPECT_THAT(scale_out_bandwidth_per_rank(Systems::Clusters::Lab_64_H100),
              QuantityNear("25 GB/s", 1e-9));
  Fleet tpu;
  tpu.info.path = "tpu";
  tpu.node = &Systems::Nodes::TPUv4_Host;
  tpu.count = 16;
  tpu.fabric = &Systems::Fabrics::TPU_ICI_v4;
  EXPECT_THAT(scale_out_bandwidth_per_rank(tpu), QuantityNear("300 GB/s", 1e-9));
  // A node without NIC data whose device-link ports do not add up to the fabric: one port each.
  Fleet mi300x;
  mi300x.info.path = "mi300x";
  mi300x.node = &Systems::Nodes::MI300X_Platform;
  mi300x.count = 4;
  mi300x.fabric = &Systems::Fabrics::InfiniBand_NDR;
  EXPECT_THAT(scale_out_bandwidth_per_rank(mi300x), QuantityNear("50 GB/s", 1e-9));
}

TEST(TrainingLinks, AFullMeshGivesFewerRanksOnlyTheLinksBetweenThem) {
  // MI300X's Infinity Fabric: one 64 GB/s link to each of 7 peers (448 GB/s one way in all).
  // Two GPUs of the node reach each other over one link; four over three each; eight over all.
  const Link& mesh = *Systems::Nodes::MI300X_Platform.intra_node_link;
  ASSERT_EQ(mesh.mesh_peers, 7);
  EXPECT_DOUBLE_EQ(mesh.mesh_share(2), 1.0 / 7.0);
  EXPECT_DOUBLE_EQ(mesh.mesh_share(4), 3.0 / 7.0);
  EXPECT_DOUBLE_EQ(mesh.mesh_share(8), 1.0);
  // NVSwitch is switched: any set of peers gets the whole rate.
  EXPECT_FALSE(Systems::Nodes::DGX_H100.intra_node_link->mesh_peers.has_value());
  EXPECT_DOUBLE_EQ(Systems::Nodes::DGX_H100.intra_node_link->mesh_share(2), 1.0);

  Fleet mi300x;
  mi300x.info.path = "mi300x";
  mi300x.node = &Systems::Nodes::MI300X_Platform;
  mi300x.count = 1;
  mi300x.fabric = &Systems::Fabrics::InfiniBand_NDR;
  const auto big = Quantity::parse("8 GiB");
  auto busbw = [&](const Fleet& f, CollectiveKind kind, std::int64_t ranks) {
    return estimate_collective(f, kind, big, ranks, ranks).busbw.in("GB/s");
  };
  // At 8 GiB the latency terms vanish: the bus rate follows the links the ranks can drive.
  const auto ar = CollectiveKind::all_reduce;
  EXPECT_NEAR(busbw(mi300x, ar, 2) / busbw(mi300x, ar, 8), 1.0 / 7.0, 0.01);
  EXPECT_NEAR(busbw(mi300x, ar, 4) / busbw(mi300x, ar, 8), 3.0 / 7.0, 0.01);
  // The all-to-all too: each rank's share to each peer rides that peer's link.
  const auto a2a = CollectiveKind::all_to_all;
  EXPECT_NEAR(busbw(mi300x, a2a, 2) / busbw(mi300x, a2a, 8), 1.0 / 7.0, 0.01);
  // On NVSwitch two GPUs gather as fast as eight (the ring's bus rate is the link's).
  const Fleet dgx = dgx_h100_fleet(8);
  const auto ag = CollectiveKind::all_gather;
  EXPECT_NEAR(busbw(dgx, ag, 2) / busbw(dgx, ag, 8), 1.0, 0.01);
}

TEST(BadInput, OverflowingDegreesAndMicroBatchesAreNamedErrorsNotCrashes) {
  ParallelConfig pc;
  pc.tp = 4;
  pc.pp = 1;
  pc.dp = 4611686018427388160;
  TrainingOptions o;
  o.global_batch = 4611686018427388160;
  EXPECT_THAT(
      [&] { (void)train(Models::Language::Llama3_8B, Systems::Clusters::Training_1K, pc, o); },
      ThrowsMessage<InvalidArgumentError>(
          "invalid argument 'parallelism': tp x pp x cp x dp overflows"));
  pc.tp = 8;
  pc.pp = 4;
  pc.dp = 32;
  pc.microbatch = 576460752303423488;
  o.global_batch = 1024;
  EXPECT_THAT(
      [&] { (void)train(Models::Language::Llama3_70B, Systems::Clusters::Training_1K, pc, o); },
      ThrowsMessage<InvalidArgumentError>("invalid argument 'microbatch': micro-batch "
                                          "576460752303423488 exceeds the global batch 1024"));
  o.global_batch = 9223372036854775807;
  EXPECT_THAT(
      [&] { (void)train(Models::Language::Llama3_70B, Systems::Clusters::Training_1K, pc, o); },
      ThrowsMessage<InvalidArgumentError>(
          "invalid argument 'microbatch': dp x microbatch overflows"));
}

TEST(BadInput, ContextParallelMustDivideTheSequence) {
  ParallelConfig pc;
  pc.tp = 8;
  pc.cp = 3;
  pc.dp = 1;
  Fleet f = dgx_h100_fleet(24);
  f.count = 3;
  TrainingOptions o;
  o.seq_len = 4096;
  o.global_batch = 1;
  EXPECT_THAT([&] { (void)train(Models::Language::Llama3_70B, f, pc, o); },
              ThrowsMessage<InvalidArgumentError>(
                  "invalid argument 'cp': cp 3 does not divide the sequence length 4096"));
}

TEST(Sustainability, ReproducesThePublishedCarbonArithmeticOfLlama2AndPatterson2021) {
  // Unit tests of the footprint pipeline (formerly validation cases V8 and V10): they recompute
  // the papers' own arithmetic from the papers' inputs, so they check units and wiring, not a
  // prediction. Llama 2 model card (tCO2e = GPU-hours x W x 423.5 g/kWh, PUE folded in);
  // Patterson et al. 2021 Table 4 (accelerators x days x W x PUE x carbon intensity).
  // V8: Llama 2 pre-training (model card): tCO2e = GPU-hours x W (PUE folded in) x 0.4235.
  struct Llama {
    const char* name;
    double gpu_hours, watts, tco2;
  };
  const Llama rows[] = {{"7B", 184320, 400, 31.22},
                        {"13B", 368640, 400, 62.44},
                        {"34B", 1038336, 350, 153.90},
                        {"70B", 1720320, 400, 291.42}};
  GridProfile meta_grid;
  meta_grid.info.key = "Meta_RSC";
  meta_grid.info.path = "Meta_RSC";
  meta_grid.carbon_intensity = Quantity::parse("423.5 gCO2e/kWh");
  meta_grid.data_year = 2023;
  meta_grid.pue = 1.0;  // Meta's per-GPU power already includes PUE
  Node single;
  single.accelerator = &Hardware::Cloud::A100;
  single.accelerators_per_node = 1;
  for (const auto& row : rows) {
    Fleet one;
    one.node = &single;
    one.count = 1;
    one.fabric = &Systems::Fabrics::InfiniBand_HDR;
    FootprintOptions o;
    o.duration = Quantity(row.gpu_hours, Unit::parse("h"));
    o.grid = &meta_grid;
    o.power_per_accelerator = Quantity(row.watts, Unit::parse("W"));
    const auto f = footprint(one, o);
    EXPECT_NEAR(f.operational_carbon.in("tCO2e"), row.tco2, 0.005 * row.tco2) << row.name;
  }
  // V10: Patterson et al. 2021 Table 4: accelerators x days x average system W x PUE, x CI.
  struct Run {
    const char* name;
    const HardwareNode* hw;
    std::int64_t count;
    double days, watts, pue, ci, mwh, tco2;
  };
  const Run runs[] = {
      {"GPT-3", &Hardware::Cloud::V100, 10000, 14.8, 330, 1.10, 429, 1287, 552.1},
      {"T5", &Hardware::Cloud::TPUv3, 512, 20, 310, 1.12, 545, 85.7, 46.7},
      {"GShard-600B", &Hardware::Cloud::TPUv3, 1024, 3.1, 288, 1.09, 177, 24.1, 4.3},
      {"Switch", &Hardware::Cloud::TPUv3, 1024, 27, 245, 1.10, 330, 179, 59.1},
      {"XLM", &Hardware::Cloud::V100, 512, 20.4, 342, 1.10, 413, 94.4, 39},
  };
  for (const auto& run : runs) {
    Node node;
    node.accelerator = run.hw;
    node.accelerators_per_node = 1;
    Fleet fleet;
    fleet.node = &node;
    fleet.count = run.count;
    fleet.fabric = &Systems::Fabrics::InfiniBand_HDR;
    GridProfile grid;
    grid.info.key = run.name;
    grid.carbon_intensity = Quantity(run.ci, Unit::parse("gCO2e/kWh"));
    grid.pue = run.pue;
    FootprintOptions o;
    o.duration = Quantity(run.days, Unit::parse("day"));
    o.grid = &grid;
    o.power_per_accelerator = Quantity(run.watts, Unit::parse("W"));
    const auto f = footprint(fleet, o);
    // The paper rounds its inputs (days, watts), hence 2%.
    EXPECT_NEAR(f.facility_energy.in("MWh"), run.mwh, 0.02 * run.mwh) << run.name;
    EXPECT_NEAR(f.operational_carbon.in("tCO2e"), run.tco2, 0.02 * run.tco2) << run.name;
  }
}

TEST(Sustainability, CarbonFollowsTheGrid) {
  FootprintOptions o;
  o.duration = q("30 day");
  o.grid = &Infra::Grids::Quebec;
  const auto quebec = footprint(Systems::Clusters::Frontier_8K, o);
  o.grid = &Infra::Grids::Poland;
  const auto poland = footprint(Systems::Clusters::Frontier_8K, o);
  EXPECT_EQ(quebec.it_energy, poland.it_energy);
  EXPECT_GT(poland.operational_carbon.in("tCO2e"), 10 * quebec.operational_carbon.in("tCO2e"));
  EXPECT_NEAR((quebec.facility_energy / quebec.it_energy).in("count"), quebec.pue, 1e-12);
}

TEST(Sustainability, PueComesFromTheDatacenterThenTheGridThenTheOptionThenUptimesAverage) {
  FootprintOptions o;
  o.duration = q("1 day");
  o.grid = &Infra::Grids::Quebec;  // no PUE of its own
  // The default is the options' own field (the catalog's Uptime_Average carries the same survey
  // figure, but the solver does not read the catalog).
  EXPECT_DOUBLE_EQ(o.default_pue, *Infra::Datacenters::Uptime_Average.pue);
  EXPECT_DOUBLE_EQ(footprint(Systems::Clusters::Research_256, o).pue, o.default_pue);
  o.default_pue = 1.3;
  EXPECT_DOUBLE_EQ(footprint(Systems::Clusters::Research_256, o).pue, 1.3);
  o.default_pue = 0.9;  // below 1: facility energy cannot be less than IT energy
  EXPECT_THAT([&] { (void)footprint(Systems::Clusters::Research_256, o); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("'default_pue'")));
  o.default_pue = 1.56;
  o.pue = std::nan("");
  EXPECT_THAT([&] { (void)footprint(Systems::Clusters::Research_256, o); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("'pue'")));
  o.pue = 1.2;
  EXPECT_DOUBLE_EQ(footprint(Systems::Clusters::Research_256, o).pue, 1.2);
  o.datacenter = &Infra::Datacenters::Google_Fleet;
  EXPECT_DOUBLE_EQ(footprint(Systems::Clusters::Research_256, o).pue,
                   *Infra::Datacenters::Google_Fleet.pue);
}

TEST(Economics, TcoAddsCapexShareEnergyAndMaintenance) {
  // Two 8-GPU nodes at 300,000 USD each, 1,000 W per GPU, PUE 1.5, 0.08 USD/kWh, one Julian year
  // (8,766 h), defaults: 4-year straight-line amortization, 5% of capex per year maintenance.
  //   capex share  = 600,000 x 1/4                          = 150,000 USD
  //   maintenance  = 600,000 x 0.05 x 1                     =  30,000 USD
  //   energy       = 16 kW x 8,766 h x 1.5 x 0.08 USD/kWh   =  16,830.72 USD
  //   TCO                                                   = 196,830.72 USD
  Node node;
  node.accelerator = &Hardware::Cloud::H100;
  node.accelerators_per_node = 8;
  node.unit_cost = q("300000 USD");
  Fleet fleet;
  fleet.info.path = "two nodes";
  fleet.node = &node;
  fleet.count = 2;
  fleet.fabric = &Systems::Fabrics::InfiniBand_NDR;
  CostOptions o;
  o.footprint.duration = q("1 year");
  o.footprint.grid = &Infra::Grids::Quebec;  // no PUE of its own: the option applies
  o.footprint.pue = 1.5;
  o.footprint.power_per_accelerator = q("1000 W");
  o.electricity_price = q("0.08 USD/kWh");
  const auto r = cost(fleet, o);
  EXPECT_THAT(r.capex_share, QuantityNear("150000 USD", 1e-12));
  EXPECT_THAT(r.maintenance, QuantityNear("30000 USD", 1e-12));
  EXPECT_THAT(r.energy, QuantityNear("16830.72 USD", 1e-12));
  EXPECT_THAT(r.tco, QuantityNear("196830.72 USD", 1e-12));
}

TEST(Reliability, GoodputFallsAsTheFleetGrows) {
  const auto small = reliability(Models::Language::Llama3_70B, Systems::Clusters::Research_256);
  const auto big = reliability(Models::Language::Llama3_70B, Systems::Clusters::Mega_100K);
  EXPECT_GT(small.fleet_mtbf, big.fleet_mtbf);
  EXPECT_GT(small.goodput, big.goodput);
  EXPECT_LT(big.daly_interval, small.daly_interval);
  EXPECT_GT(big.goodput, 0.0);
}

TEST(Search, FindsFeasibleConfigurationsRankedByStepTime) {
  PlanOptions o;
  o.training.seq_len = 4096;
  o.training.global_batch = 1024;
  const auto r = plan(Models::Language::Llama3_70B, Systems::Clusters::Training_1K, o);
  ASSERT_FALSE(r.best.empty());
  for (std::size_t i = 1; i < r.best.size(); ++i) {
    EXPECT_LE(r.best[i - 1].result.step_time, r.best[i].result.step_time);
  }
  for (const auto& c : r.best) EXPECT_TRUE(c.result.memory.fits);
  EXPECT_GT(r.removed.memory + r.removed.divisibility, 0u);
}

TEST(Search, ASavedTensorSearchKeepsTheGivenSet) {
  // Recompute::saved_tensors is searched only when listed, with PlanOptions::saved: every
  // candidate keeps that set, and its result is train()'s for the same configuration.
  PlanOptions o;
  o.training.seq_len = 4096;
  o.training.global_batch = 1024;
  o.recompute = {Recompute::saved_tensors};
  o.saved = parse_saved_tensors("layer_input=device,qkv=device,context=device");
  const auto r = plan(Models::Language::Llama3_70B, Systems::Clusters::Training_1K, o);
  ASSERT_FALSE(r.best.empty());
  for (const auto& c : r.best) {
    EXPECT_EQ(c.parallel.recompute, Recompute::saved_tensors);
    EXPECT_EQ(c.parallel.saved, o.saved);
  }
  TrainingOptions t = o.training;
  t.global_batch = r.best[0].global_batch;
  const auto again =
      train(Models::Language::Llama3_70B, Systems::Clusters::Training_1K, r.best[0].parallel, t);
  EXPECT_DOUBLE_EQ(again.step_time.in("s"), r.best[0].result.step_time.in("s"));
}

TEST(Search, ContextAndExpertParallelismAndTheGlobalBatchAreSearched) {
  PlanOptions o;
  o.training.seq_len = 32768;
  o.global_batch_min = 64;
  o.global_batch_max = 512;
  o.zero_stages = {1};
  o.top = 200;
  const auto r = plan(Models::Language::Mixtral_8x7B, Systems::Clusters::Lab_64_H100, o);
  ASSERT_FALSE(r.best.empty());
  bool cp = false, ep = false;
  std::int64_t lo = 1 << 30, hi = 0;
  for (const auto& c : r.best) {
    cp = cp || c.parallel.cp > 1;
    ep = ep || c.parallel.ep > 1;
    lo = std::min(lo, c.global_batch);
    hi = std::max(hi, c.global_batch);
    EXPECT_GE(c.global_batch, 64);
    EXPECT_LE(c.global_batch, 512);
  }
  EXPECT_TRUE(cp);
  EXPECT_TRUE(ep);
  EXPECT_LT(lo, hi);
}

TEST(Search, AnEmptyPlanSaysWhichConstraintRemovedHowMany) {
  // A global batch of 3 sequences leaves data-parallel degree 1 (or 3, which divides no fleet
  // of 64), and 405B with at most 4 stages does not fit on 64 x 80 GB: every constraint shows.
  PlanOptions o;
  o.training.seq_len = 4096;
  o.training.global_batch = 3;
  o.max_pp = 4;
  const auto r = plan(Models::Language::Llama3_405B, Systems::Clusters::Lab_64_H100, o);
  EXPECT_TRUE(r.best.empty());
  EXPECT_GT(r.removed.divisibility, 0u);
  EXPECT_GT(r.removed.user_limits, 0u);
  EXPECT_GT(r.removed.memory, 0u);
  // Only divisibility: even micro-batches never divide a batch of 3, whatever fits.
  PlanOptions small;
  small.training.global_batch = 3;
  small.microbatches = {2, 4};
  const auto d = plan(Models::Language::Llama3_8B, Systems::Clusters::Lab_64_H100, small);
  EXPECT_TRUE(d.best.empty());
  EXPECT_EQ(d.removed.memory, 0u);
  EXPECT_GT(d.removed.divisibility, 0u);
}

// ---- property test over the catalog -------------------------------------------------------

bool finite(const Quantity& x) { return std::isfinite(x.base_value()); }

// The classes of input the solvers may reject in this sweep, each decided from the entry alone.
// roofline: a workload measured per sample, sequence or step without an inference_flops figure
// (a per-token model falls back to 2 x its matmul parameters; the others have nothing to fall
// back on). serve: a model whose context is shorter than the default request (512 + 128).
bool has_no_flop_figure(const Workload& m) {
  return !m.inference_flops && m.flops_basis != FlopsBasis::per_token;
}
bool shorter_than_the_request(const Workload& m, const ServingOptions& s) {
  return m.max_context && s.input_tokens + s.output_tokens > *m.max_context;
}

TEST(Property, EverySolverOverTheCatalogCrossProductGivesFiniteNumbersOrAClearError) {
  const std::size_t devices = catalog().all<HardwareNode>().size();
  std::size_t evaluated = 0, rejected = 0, expected_rejected = 0;
  std::size_t served = 0, refused = 0, expected_refused = 0;
  for (const auto* m : catalog().all<Workload>()) {
    const bool servable = m->flops_basis == FlopsBasis::per_token && m->layers && m->heads;
    if (has_no_flop_figure(*m)) expected_rejected += devices;
    if (servable && shorter_than_the_request(*m, {})) expected_refused += devices;
    for (const auto* hw : catalog().all<HardwareNode>()) {
      const std::string pair = std::string(m->info.path) + " on " + std::string(hw->info.path);
      RooflineOptions o;
      o.precision.compute = hw->compute.default_precision;
      try {
        const auto r = roofline(*m, *hw, o);
        ++evaluated;
        EXPECT_TRUE(finite(r.latency) && finite(r.energy) && finite(r.throughput) &&
                    std::isfinite(r.mfu))
            << pair;
        EXPECT_GT(r.latency.base_value(), 0.0) << pair;
      } catch (const InvalidArgumentError& e) {
        ++rejected;
        EXPECT_TRUE(has_no_flop_figure(*m)) << pair << ": " << e.what();
        EXPECT_THAT(e.what(),
                    HasSubstr("'" + std::string(m->info.path) + "' has no inference_flops"));
      }
      if (!servable) continue;
      ServingOptions s;
      s.precision.compute = hw->compute.default_precision;
      try {
        const auto sr = serve(*m, *hw, s);
        ++served;
        EXPECT_TRUE(finite(sr.ttft) && finite(sr.tpot) && finite(sr.output_throughput)) << pair;
      } catch (const InvalidArgumentError& e) {
        ++refused;
        EXPECT_TRUE(shorter_than_the_request(*m, s)) << pair << ": " << e.what();
        EXPECT_THAT(e.what(), HasSubstr("exceeds the context of '" + std::string(m->info.path)));
      }
    }
  }
  // Every rejection is of the expected class (above) and every member of a class is rejected.
  EXPECT_GT(expected_rejected, 0u);  // the catalog still exercises both error paths
  EXPECT_GT(expected_refused, 0u);
  EXPECT_EQ(rejected, expected_rejected);
  EXPECT_EQ(refused, expected_refused);
  EXPECT_EQ(evaluated + rejected, catalog().all<Workload>().size() * devices);
  EXPECT_GT(evaluated, 5000u);
  EXPECT_GT(served, 1000u);
  for (const auto* f : catalog().all<Fleet>()) {
    FootprintOptions o;
    o.duration = q("7 day");
    o.grid = &Infra::Grids::US_Average;
    const auto fp = footprint(*f, o);
    EXPECT_TRUE(finite(fp.total_carbon) && finite(fp.facility_energy)) << f->info.path;
    const auto rel = reliability(Models::Language::Llama3_70B, *f);
    EXPECT_TRUE(finite(rel.fleet_mtbf) && std::isfinite(rel.goodput)) << f->info.path;
  }
}

// ---- local attention (sliding window, chunks) ------------------------------------------------

Workload windowed_llama(std::int64_t window, std::int64_t local_layers) {
  Workload m = Models::Language::Llama3_8B;
  m.sliding_window = window;
  m.local_attention_layers = local_layers;
  return m;
}

TEST(TrainingLocalAttention, WindowedLayersCountAndRunOnlyTheKeysTheySee) {
  // Llama 3 8B with a 1,024-token window on 16 of its 32 layers, 8,192-token sequences: PaLM's
  // model FLOPs count min(s, window) keys per query on the local layers, so they drop by
  // 3 (forward and backward) x 4 x 16 x (8192 - 1024) x 4096 (heads x head_dim) per token, over
  // 8 x 8192 tokens.
  TrainingOptions o;
  const auto full = one_sequence_step(Models::Language::Llama3_8B, o, 8192);
  const auto local = one_sequence_step(windowed_llama(1024, 16), o, 8192);
  const double dropped = 3.0 * 4.0 * 16 * (8192 - 1024) * 4096.0 * 8 * 8192;
  EXPECT_NEAR((full.model_flops - local.model_flops).in("FLOP"), dropped, dropped * 1e-12);
  EXPECT_NEAR(training_flops_per_token(Models::Language::Llama3_8B, 8192) -
                  training_flops_per_token(windowed_llama(1024, 16), 8192),
              3.0 * 4.0 * 16 * (8192 - 1024) * 4096.0, 1e-3);
  // The attention kernel skips the blocks outside the window: less compute, same GEMMs.
  EXPECT_LT(local.compute_time, full.compute_time);
  EXPECT_LT(local.step_time, full.step_time);
}

TEST(TrainingLocalAttention, AWindowAsLongAsTheSequenceChangesNothing) {
  TrainingOptions o;
  const auto full = one_sequence_step(Models::Language::Llama3_8B, o, 2048);
  const auto local = one_sequence_step(windowed_llama(2048, 32), o, 2048);
  EXPECT_DOUBLE_EQ(local.step_time.in("s"), full.step_time.in("s"));
  EXPECT_DOUBLE_EQ(local.model_flops.in("FLOP"), full.model_flops.in("FLOP"));
}

TEST(TrainingLocalAttention, ChunkedAttentionCountsKeysWithinTheChunk) {
  // Sum over positions of the keys a query sees: a 4-token chunk over 10 tokens is
  // (1+2+3+4) x 2 + (1+2) = 23; a 4-token window is 1+2+3 + 4 x 7 = 34; full 55.
  Workload m = Models::Language::Llama3_8B;
  EXPECT_DOUBLE_EQ(m.local_causal_keys(10), 55.0);
  m.attention_chunk = 4;
  EXPECT_DOUBLE_EQ(m.local_causal_keys(10), 23.0);
  EXPECT_DOUBLE_EQ(m.local_span(6), 2.0);
  EXPECT_DOUBLE_EQ(m.local_span(8), 4.0);
  EXPECT_DOUBLE_EQ(m.local_keys_per_query(10), 4.0);
  EXPECT_EQ(m.local_layers(), 32);  // all layers without local_attention_layers
  m.attention_chunk.reset();
  m.sliding_window = 4;
  m.local_attention_layers = 8;
  EXPECT_DOUBLE_EQ(m.local_causal_keys(10), 34.0);
  EXPECT_DOUBLE_EQ(m.local_span(9), 4.0);
  // KV kept for 100 tokens: 24 full layers keep 100, 8 local layers 4: (24 x 100 + 8 x 4) / 32.
  EXPECT_DOUBLE_EQ(m.cached_kv_tokens(100), (24.0 * 100 + 8.0 * 4) / 32.0);
  EXPECT_EQ(m.local_layers(), 8);
}

}  // namespace
}  // namespace mlsysim::solvers
