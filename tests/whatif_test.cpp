// What-if analysis tests: sensitivity (elasticities), synthesis (inverse roofline), the fleet
// roofline and embodied carbon. Every expected value is derived by hand in the comment above it.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <string>

#include "mlsysim/mlsysim.hpp"
#include "mlsysim/testing/matchers.hpp"

namespace mlsysim::solvers {
namespace {

using ::testing::HasSubstr;
using ::testing::ThrowsMessage;

Quantity q(const char* s) { return Quantity::parse(s); }

const SensitivityRow& row(const SensitivityResult& r, const std::string& key) {
  for (const auto& x : r.rows) {
    if (x.input == key) return x;
  }
  throw std::runtime_error("no row '" + key + "'");
}

std::size_t metric(const SensitivityResult& r, const std::string& key) {
  for (std::size_t i = 0; i < r.metrics.size(); ++i) {
    if (r.metrics[i].key == key) return i;
  }
  throw std::runtime_error("no metric '" + key + "'");
}

/// One H100-like device without measured rates, alone in a one-node fleet: no collective runs
/// (tp = pp = cp = dp = 1), so only the device's rates can move the step time.
struct OneDevice {
  HardwareNode hw = Hardware::Cloud::H100;
  Node node{};
  Fleet fleet{};
  OneDevice() {
    hw.compute.measured_gemm = {};  // the elasticities below follow the dense peak alone
    hw.compute.measured_attention_training = {};
    hw.memory.measured_bandwidth.reset();
    hw.memory.capacity = q("10 TB");
    hw.memory.visible_capacity.reset();  // the capacity above is what programs can allocate
    node.accelerator = &hw;
    node.accelerators_per_node = 1;
    fleet.info.path = "one device";
    fleet.node = &node;
    fleet.count = 1;
    fleet.fabric = &Systems::Fabrics::InfiniBand_NDR;
  }
};

TrainingOptions small_batch() {
  TrainingOptions o;
  o.seq_len = 2048;
  o.global_batch = 4;
  return o;
}

/// small_batch() without the kernel boundaries' fixed time per kernel.
TrainingOptions without_boundaries() {
  TrainingOptions o = small_batch();
  o.kernel_launch_gap = Quantity(0.0, Unit::parse("us"));
  o.kernel_stall = Quantity(0.0, Unit::parse("us"));
  return o;
}

TEST(Sensitivity, AComputeBoundStepHasElasticityMinusOneToPeakAndZeroToBandwidth) {
  // Memory bandwidth raised a million-fold: every GEMM is compute-bound (its memory floor is
  // 1e-6 of what it was) and elementwise and optimizer traffic take ~1e-6 of the step. Then
  // step = C / peak + M / bw with M / bw ~ 0, so d ln(step) / d ln(peak) = -C/peak / step = -1
  // and d ln(step) / d ln(bw) = -(M / bw) / step ~ 0; tokens/s = tokens / step gives +1 and 0.
  // The kernel boundaries (a fixed time per kernel) are set to zero for this limit.
  OneDevice d;
  d.hw.memory.bandwidth = d.hw.memory.bandwidth * 1e6;
  const auto r =
      training_sensitivity(Models::Language::Llama3_8B, d.fleet, {}, without_boundaries());
  ASSERT_TRUE(r.feasible);
  const std::size_t step = metric(r, "step_time");
  const std::size_t tps = metric(r, "tokens_per_second");
  EXPECT_NEAR(row(r, "peak_flops.bf16").elasticity[step], -1.0, 1e-3);
  EXPECT_NEAR(row(r, "peak_flops.bf16").elasticity[tps], 1.0, 1e-3);
  EXPECT_NEAR(row(r, "memory_bandwidth").elasticity[step], 0.0, 1e-3);
  // The headline ranking puts the peak first: |-1| beats every other input.
  EXPECT_EQ(r.rows.front().input, "peak_flops.bf16");
  // One device: no collective, so no network input is read at all (exactly zero).
  for (const char* k : {"fabric_bandwidth", "fabric_latency", "scale_up_bandwidth",
                        "scale_up_latency", "efficiency.fabric", "efficiency.intra_node_link"}) {
    EXPECT_EQ(row(r, k).status, SensitivityStatus::zero) << k;
  }
  // A bf16 step reads no fp8 rate (fused attention runs at the compute precision, bf16 here).
  EXPECT_EQ(row(r, "peak_flops.fp8").status, SensitivityStatus::zero);
  // 10 TB holds the model many times: capacity decides nothing.
  EXPECT_EQ(row(r, "memory_capacity").status, SensitivityStatus::zero);
}

TEST(Sensitivity, AMemoryBoundStepHasElasticityMinusOneToBandwidthAndZeroToPeak) {
  // Peak raised a million-fold: every GEMM sits on its memory floor (bytes / bandwidth), fused
  // attention (FLOPs / peak) shrinks to ~1e-6, so step = M / bw: elasticity -1 to bandwidth,
  // ~0 to the peak (kernel boundaries set to zero, as above).
  OneDevice d;
  for (auto& p : d.hw.compute.dense) {
    if (p) *p = *p * 1e6;
  }
  const auto r =
      training_sensitivity(Models::Language::Llama3_8B, d.fleet, {}, without_boundaries());
  const std::size_t step = metric(r, "step_time");
  EXPECT_NEAR(row(r, "memory_bandwidth").elasticity[step], -1.0, 1e-3);
  EXPECT_NEAR(row(r, "peak_flops.bf16").elasticity[step], 0.0, 1e-3);
  EXPECT_EQ(r.rows.front().input, "memory_bandwidth");
}

TEST(Sensitivity, ACapacityCutThatNoLongerFitsIsAMarkerNotANumber) {
  // Capacity 2% above what the step needs: at -5% it is 3% short, so the configuration does not
  // fit; at +5% nothing changes. The row carries the marker and no elasticity.
  OneDevice d;
  const auto base = train(Models::Language::Llama3_8B, d.fleet, {}, small_batch());
  d.hw.memory.capacity = base.memory.total * 1.02;
  const auto r = training_sensitivity(Models::Language::Llama3_8B, d.fleet, {}, small_batch());
  ASSERT_TRUE(r.feasible);
  const auto& cap = row(r, "memory_capacity");
  EXPECT_EQ(cap.status, SensitivityStatus::infeasible_reduced);
  EXPECT_TRUE(cap.elasticity.empty());
  EXPECT_EQ(sensitivity_status_name(cap.status), "infeasible_when_reduced");
}

TEST(Sensitivity, BandwidthAndItsEfficiencyEnterAsOneProduct) {
  // The fabric's per-rank rate is port x efficiency.fabric / oversubscription (no NICs listed
  // here, so the port is the rank's share): scaling either factor by the same amount gives the
  // same step time, so the two elasticities are equal. Likewise NVLink x efficiency.intra_node.
  Node node = Systems::Nodes::DGX_H100;
  node.nics_per_node.reset();
  node.nic_bandwidth.reset();
  Fleet fleet;
  fleet.info.path = "two DGX";
  fleet.node = &node;
  fleet.count = 2;
  fleet.fabric = &Systems::Fabrics::InfiniBand_NDR;
  ParallelConfig pc;
  pc.tp = 8;
  pc.dp = 2;
  pc.zero_stage = 1;
  TrainingOptions o = small_batch();
  o.global_batch = 16;
  const auto r = training_sensitivity(Models::Language::Llama3_8B, fleet, pc, o);
  const std::size_t step = metric(r, "step_time");
  const double fabric = row(r, "fabric_bandwidth").elasticity[step];
  EXPECT_LT(fabric, 0.0);  // more bandwidth, shorter step
  EXPECT_NEAR(fabric, row(r, "efficiency.fabric").elasticity[step], 1e-9);
  EXPECT_NEAR(row(r, "scale_up_bandwidth").elasticity[step],
              row(r, "efficiency.intra_node_link").elasticity[step], 1e-9);
  EXPECT_GE(row(r, "fabric_latency").elasticity[step], 0.0);  // more latency, longer step
}

TEST(Sensitivity, RateAndLatencyElasticitiesSumToMinusOne) {
  // Euler's theorem: speeding every rate up by k and shortening every latency by k makes every
  // term of the step k times shorter (each is bytes / rate, FLOPs / rate or a latency), so
  // step(k r, l / k) = step / k and sum(e_rate) - sum(e_latency) = -1 for step time (the kernel
  // launch gaps and stalls are times too).
  ParallelConfig pc;
  pc.tp = 8;
  pc.dp = 2;
  TrainingOptions o = small_batch();
  o.global_batch = 16;
  Fleet fleet;
  fleet.info.path = "two DGX";
  fleet.node = &Systems::Nodes::DGX_H100;
  fleet.count = 2;
  fleet.fabric = &Systems::Fabrics::InfiniBand_NDR;
  const auto r = training_sensitivity(Models::Language::Llama3_8B, fleet, pc, o);
  const std::size_t step = metric(r, "step_time");
  double sum = 0;
  for (const auto& x : r.rows) {
    if (x.group == "efficiency" || x.elasticity.empty()) continue;
    const bool latency = x.input.find("latency") != std::string::npos ||
                         x.input.find("gap") != std::string::npos ||
                         x.input.find("stall") != std::string::npos;
    sum += latency ? -x.elasticity[step] : x.elasticity[step];
  }
  EXPECT_NEAR(sum, -1.0, 0.02);
}

TEST(Sensitivity, ServingElasticitiesSumToMinusOneForTpot) {
  // The same homogeneity for one serving replica: TPOT is made of FLOPs / peak, bytes /
  // bandwidth, bytes / link rate and times (link and collective latencies, launch gaps, kernel
  // boundary stalls).
  ServingOptions o;
  o.tp = 2;
  o.batch = 16;
  const auto r = serving_sensitivity(Models::Language::Llama3_8B, Hardware::Cloud::H100, o);
  const std::size_t tpot = metric(r, "tpot");
  double sum = 0;
  for (const auto& x : r.rows) {
    if (x.group == "efficiency" || x.elasticity.empty()) continue;
    const bool latency = x.input.find("latency") != std::string::npos ||
                         x.input.find("gap") != std::string::npos ||
                         x.input.find("stall") != std::string::npos;
    sum += latency ? -x.elasticity[tpot] : x.elasticity[tpot];
  }
  EXPECT_NEAR(sum, -1.0, 0.02);
  // Batch-16 decode on an H100 streams its weights for about half of the step (kernel
  // boundaries take most of the rest): bandwidth leads, with a negative TPOT elasticity and a
  // positive throughput one.
  EXPECT_EQ(r.rows.front().input, "memory_bandwidth");
  EXPECT_LT(row(r, "memory_bandwidth").elasticity[tpot], -0.4);
  EXPECT_GT(row(r, "memory_bandwidth").elasticity[metric(r, "tokens_per_second")], 0.4);
}

TEST(Sensitivity, HostTimeIsAnInputOnlyWhenGivenAndKeepsTheTpotSumAtMinusOne) {
  // Host time per iteration and per sequence are times like the launch gaps: with them set, the
  // rate elasticities minus the time elasticities still sum to -1; unset, they are not inputs.
  ServingOptions o;
  o.batch = 64;
  const auto plain = serving_sensitivity(Models::Language::Llama3_8B, Hardware::Cloud::H100, o);
  EXPECT_TRUE(std::none_of(plain.rows.begin(), plain.rows.end(),
                           [](const auto& x) { return x.input.starts_with("host_time"); }));
  o.params.host_time_per_iteration = Quantity::parse("1.2 ms");
  o.params.host_time_per_sequence = Quantity::parse("30 us");
  const auto r = serving_sensitivity(Models::Language::Llama3_8B, Hardware::Cloud::H100, o);
  const std::size_t tpot = metric(r, "tpot");
  double sum = 0;
  for (const auto& x : r.rows) {
    if (x.group == "efficiency" || x.elasticity.empty()) continue;
    const bool time =
        x.input.find("latency") != std::string::npos || x.input.find("gap") != std::string::npos ||
        x.input.find("stall") != std::string::npos || x.input.starts_with("host_time");
    sum += time ? -x.elasticity[tpot] : x.elasticity[tpot];
  }
  EXPECT_NEAR(sum, -1.0, 0.02);
  // 1.2 ms + 64 x 30 us = 3.1 ms of a step of about 12 ms: TPOT rises with either.
  EXPECT_GT(row(r, "host_time_per_sequence").elasticity[tpot], 0.05);
  EXPECT_GT(row(r, "host_time_per_iteration").elasticity[tpot], 0.05);
}

TEST(Sensitivity, TheFrontEndIsAnInputWhenSetAndMovesTtftNotTpot) {
  // By default the latency and the per-token time are inputs, the serialized per-request time
  // (zero) is not; zeroed, none is.
  ServingOptions o;
  o.batch = 8;
  const auto plain = serving_sensitivity(Models::Language::Llama3_8B, Hardware::Cloud::H100, o);
  const auto named = [](const SensitivityResult& r, std::string_view key) {
    return std::any_of(r.rows.begin(), r.rows.end(), [&](const auto& x) { return x.input == key; });
  };
  EXPECT_TRUE(named(plain, "front_end_latency"));
  EXPECT_TRUE(named(plain, "front_end_per_prompt_token"));
  EXPECT_FALSE(named(plain, "front_end_per_request"));
  o.params.front_end_latency = Quantity::parse("0 ms");
  o.params.front_end_per_prompt_token = Quantity::parse("0 us");
  const auto none = serving_sensitivity(Models::Language::Llama3_8B, Hardware::Cloud::H100, o);
  EXPECT_TRUE(std::none_of(none.rows.begin(), none.rows.end(),
                           [](const auto& x) { return x.input.starts_with("front_end"); }));
  o.params.front_end_latency = Quantity::parse("6 ms");
  o.params.front_end_per_request = Quantity::parse("5 ms");
  o.params.front_end_per_prompt_token = Quantity::parse("2 us");
  const auto r = serving_sensitivity(Models::Language::Llama3_8B, Hardware::Cloud::H100, o);
  for (const char* name :
       {"front_end_latency", "front_end_per_request", "front_end_per_prompt_token"}) {
    EXPECT_GT(row(r, name).elasticity[metric(r, "ttft")], 0.0) << name;
    EXPECT_EQ(row(r, name).elasticity[metric(r, "tpot")], 0.0) << name;
  }
}

TEST(Sensitivity, TheRoutedExpertsKernelIsAnInputOfMoeModelsOnly) {
  // A Mixtral decode step at batch 8 is mostly the touched experts' weight stream: TPOT goes
  // nearly as 1 / fraction over that share (elasticity between -1 and about -0.5); a dense
  // model has no such input.
  ServingOptions o;
  o.tp = 2;
  o.batch = 8;
  const auto moe = serving_sensitivity(Models::Language::Mixtral_8x7B, Hardware::Cloud::H100, o);
  const double e = row(moe, "moe.expert_bandwidth_fraction").elasticity[metric(moe, "tpot")];
  EXPECT_LT(e, -0.5);
  EXPECT_GT(e, -1.0);
  const auto dense = serving_sensitivity(Models::Language::Llama3_8B, Hardware::Cloud::H100, {});
  EXPECT_TRUE(std::none_of(dense.rows.begin(), dense.rows.end(),
                           [](const auto& x) { return x.input.starts_with("moe."); }));
}

TEST(Sensitivity, CarbonIsProportionalToIntensityPueAndPowerWithoutEmbodiedCarbon) {
  // Without embodied carbon, carbon per 1M tokens = (1e6 / tokens/s) x power x PUE x intensity:
  // elasticity exactly 1 to intensity, PUE and power, and the step time's elasticity to the
  // peak (duration is proportional to step time). Without a unit cost capex is 0, so cost =
  // energy x price: elasticity 1 to the price.
  OneDevice d;
  d.hw.embodied_carbon.reset();
  d.hw.unit_cost.reset();
  GridProfile grid;
  grid.info.key = "test grid";
  grid.carbon_intensity = q("400 gCO2e/kWh");
  grid.pue = 1.2;
  grid.electricity_price = q("0.1 USD/kWh");
  SensitivityOptions so;
  so.economics = CostOptions{};
  so.economics->footprint.grid = &grid;
  const auto r = training_sensitivity(Models::Language::Llama3_8B, d.fleet, {}, small_batch(), so);
  const std::size_t carbon = metric(r, "carbon_per_mtok");
  const std::size_t cost = metric(r, "cost_per_mtok");
  for (const char* k : {"carbon_intensity", "pue", "power"}) {
    EXPECT_NEAR(row(r, k).elasticity[carbon], 1.0, 1e-9) << k;
  }
  EXPECT_NEAR(row(r, "electricity_price").elasticity[cost], 1.0, 1e-9);
  EXPECT_EQ(row(r, "carbon_intensity").elasticity[cost], 0.0);
  EXPECT_NEAR(row(r, "peak_flops.bf16").elasticity[carbon],
              row(r, "peak_flops.bf16").elasticity[metric(r, "step_time")], 1e-9);
}

TEST(Sensitivity, AnEfficiencyNearOneUsesABackwardDifference) {
  // 0.97 x 1.05 > 1 is not a valid efficiency: the elasticity comes from 0.97 x 0.95 only.
  TrainingOptions o = small_batch();
  o.attention_efficiency = 0.97;
  OneDevice d;
  const auto r = training_sensitivity(Models::Language::Llama3_8B, d.fleet, {}, o);
  EXPECT_EQ(row(r, "attention_efficiency").difference, Difference::backward);
  EXPECT_LT(row(r, "attention_efficiency").elasticity[0], 0.0);
  EXPECT_EQ(row(r, "efficiency.memory").difference, Difference::central);
}

TEST(Sensitivity, AStepOutsideTheRangeIsAnInvalidArgument) {
  OneDevice d;
  SensitivityOptions so;
  so.step = 0.9;
  EXPECT_THAT(
      [&] {
        (void)training_sensitivity(Models::Language::Llama3_8B, d.fleet, {}, small_batch(), so);
      },
      ThrowsMessage<InvalidArgumentError>(HasSubstr("'step': must be in (0, 0.5], got 0.9")));
}

// ---- synthesis (inverse roofline) ------------------------------------------------------------

/// 10 B parameters and nothing else: one "weights GEMM" op, 2 x 10e9 FLOPs per token, the
/// weights (2 B each in bf16) read once per step.
Workload ten_billion() {
  Workload m;
  m.info.path = "ten billion";
  m.architecture = Architecture::transformer;
  m.flops_basis = FlopsBasis::per_token;
  m.parameters = 10'000'000'000;
  return m;
}

TEST(Synthesis, ADecodeStepNeedsBytesPerStepOverTheTargetTime) {
  // Batch 8, one token each, 20 ms: bytes = 10e9 x 2 B = 20 GB; FLOPs = 2 x 10e9 x 8 = 1.6e11.
  // Bandwidth alone: 20e9 B / (0.85 x 0.020 s) = 1.17647e12 B/s = 1.17647 TB/s.
  // Peak alone: 1.6e11 / (0.70 x 0.020 s) = 1.142857e13 FLOP/s = 11.42857 TFLOP/s.
  // One op: the balanced device equals the minima (factor 1); capacity = the 20 GB of weights.
  SynthesisOptions o;
  o.batch = 8;
  o.target = q("20 ms");
  const auto r = synthesize_requirement(ten_billion(), o);
  EXPECT_NEAR(r.bandwidth_alone.in("TB/s"), 1.17647059, 1e-6);
  EXPECT_NEAR(r.peak_alone.in("TFLOP/s"), 11.4285714, 1e-5);
  EXPECT_NEAR(r.balance_factor, 1.0, 1e-12);
  EXPECT_NEAR(r.capacity.in("GB"), 20.0, 1e-9);
  EXPECT_NEAR(r.intensity.in("FLOP/B"), 8.0, 1e-12);  // 1.6e11 FLOP / 20e9 B
  EXPECT_FALSE(r.link_alone.has_value());
}

TEST(Synthesis, TensorParallelismSplitsTheWorkAndAddsALinkRequirement) {
  // tp = 4: each device reads 5 GB and computes 4e10 FLOPs: bandwidth alone 5e9 / (0.85 x 0.02)
  // = 0.294118 TB/s. All-reduce: 2 per layer x 1 layer (no shape: layers = 1 is refused, so
  // give 10 layers and hidden 4096): buffer = 8 x 1 x 4096 x 2 B = 65536 B, per device 10 x 2 x
  // 2 x 3/4 x 65536 = 1966080 B; link alone = 1966080 / (0.75 x 0.02) = 1.31072e8 B/s
  // = 0.131072 GB/s.
  Workload m = ten_billion();
  m.layers = 10;
  m.hidden_dim = 4096;
  m.ffn_dim = 4 * 4096;  // a shape needs its feed-forward width too (sizes the activations)
  SynthesisOptions o;
  o.batch = 8;
  o.tp = 4;
  const auto r = synthesize_requirement(m, o);
  EXPECT_NEAR(r.bandwidth_alone.in("TB/s"), 0.294117647, 1e-6);
  ASSERT_TRUE(r.link_alone.has_value());
  EXPECT_NEAR(r.link_alone->in("GB/s"), 0.131072, 1e-9);
  // At the minima the single op's compute and memory each take exactly the budget (max = one
  // budget) and the all-reduce takes the budget again: two budgets, so every figure must double
  // (factor 2) to fit both in one.
  EXPECT_NEAR(r.balance_factor, 2.0, 1e-9);
}

TEST(Synthesis, TheBalancedDeviceRunsTheStepInExactlyTheTargetOnTheForwardRoofline) {
  // The inverse must invert the forward solver: a device with the balanced figures, evaluated
  // by roofline(), takes the target time (Llama 3 8B decode at batch 8, 4096 tokens of context).
  SynthesisOptions o;
  o.batch = 8;
  o.context = 4096;
  o.target = q("20 ms");
  const auto r = synthesize_requirement(Models::Language::Llama3_8B, o);
  EXPECT_GE(r.balance_factor, 1.0);
  HardwareNode hw;
  hw.info.path = "balanced";
  hw.compute.dense[static_cast<std::size_t>(Precision::bf16)] = r.balanced_peak;
  hw.memory.bandwidth = r.balanced_bandwidth;
  hw.memory.capacity = r.capacity;
  hw.power.tdp = q("1 W");
  RooflineOptions ro;
  ro.batch = 8;
  ro.context = 4096;
  const auto fwd = roofline(Models::Language::Llama3_8B, hw, ro);
  EXPECT_NEAR(fwd.latency.in("ms"), 20.0, 1e-9);
  EXPECT_TRUE(fwd.memory.fits);
}

TEST(Synthesis, QualifyingDevicesAreExactlyThoseMeetingTheTargetAndFitting) {
  // In fp16: A100 80GB (2.039 TB/s) and H100 (3.35 TB/s) stream 20 GB in 11.5 ms and 7.0 ms at
  // 85%: under 20 ms. T4 (320 GB/s) needs 73.5 ms and holds 16 GiB = 17.2 GB < 20 GB: it fails
  // on both.
  SynthesisOptions o;
  o.batch = 8;
  o.precision.compute = Precision::fp16;
  o.precision.weights = Precision::fp16;
  const std::vector<const HardwareNode*> devices{&Hardware::Cloud::T4, &Hardware::Cloud::H100,
                                                 &Hardware::Cloud::A100};
  const auto s = synthesize(ten_billion(), devices, o);
  ASSERT_EQ(s.devices.size(), 3u);
  EXPECT_EQ(s.devices[0].device, &Hardware::Cloud::H100);  // fastest qualifying first
  EXPECT_TRUE(s.devices[0].qualifies);
  EXPECT_TRUE(s.devices[1].qualifies);
  EXPECT_FALSE(s.devices[2].qualifies);
  EXPECT_FALSE(s.devices[2].fits);
  EXPECT_FALSE(s.devices[2].meets_target);
  // In bf16 the T4 (Turing: no bf16 path) is listed as lacking the precision.
  o.precision = {};
  const auto b = synthesize(ten_billion(), devices, o);
  EXPECT_EQ(b.devices[2].device, &Hardware::Cloud::T4);
  EXPECT_FALSE(b.devices[2].has_precision);
  EXPECT_FALSE(b.devices[2].qualifies);
}

TEST(Synthesis, ATargetUsedUpByOverheadIsAnInvalidArgument) {
  SynthesisOptions o;
  o.target = q("1 us");
  o.dispatch_overhead = q("2 us");
  EXPECT_THAT([&] { (void)synthesize_requirement(ten_billion(), o); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("is used up by the fixed overhead")));
  o.target = q("1 GB");
  EXPECT_THAT([&] { (void)synthesize_requirement(ten_billion(), o); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("'target': must be a positive time")));
}

// ---- fleet roofline ----------------------------------------------------------------------------

TEST(FleetRoofline, OneDeviceSplitsItsStepBetweenComputeAndMemoryOnly) {
  // One device, pp = 1: no collective and no bubble, so step = compute (GEMMs, attention, logits)
  // + memory-bound ops + optimizer step, and the two shares add up to exactly 1; the link
  // ceilings carry no traffic.
  OneDevice d;
  const auto f = fleet_roofline(Models::Language::Llama3_8B, d.fleet, {}, small_batch());
  ASSERT_EQ(f.levels.size(), 4u);
  EXPECT_NEAR(f.levels[0].share + f.levels[1].share, 1.0, 1e-12);
  EXPECT_EQ(f.levels[2].bytes.base_value(), 0.0);
  EXPECT_EQ(f.levels[3].bytes.base_value(), 0.0);
  EXPECT_EQ(f.nearest, FleetCeiling::compute);
  // Each point sits under its ceiling: achieved <= FLOPs / time on that ceiling.
  EXPECT_LE(f.achieved.base_value(), f.levels[1].attainable.base_value());
}

TEST(FleetRoofline, TensorParallelTrafficInsideANodeIsOnTheScaleUpCeiling) {
  // Two DGX H100, tp 8 (one node) with sequence parallelism (the default), dp 2 (across nodes).
  // Per layer and micro-batch of T = 2048 tokens, h = 4096, a = 2 B (16.78 MB): the forward's 2
  // all-gathers and 2 reduce-scatters, the backward's 2 output-gradient all-gathers, 2 re-gathers
  // of the column-parallel inputs and 2 reduce-scatters (Megatron's asynchronous backward, the
  // default; docs/solvers.md "TP"): 10 collectives, x 32 layers x 8 micro-batches (16 / dp 2).
  // Each is priced as `estimate_collective` prices an all-gather of 16.78 MB on 8 GPUs of one
  // node (NCCL's ring: 73.70 us; the NVLS all-reduce of the same bytes takes 90.79 us, so the
  // four sequence-parallel collectives are not two all-reduces). The traffic-equivalent bytes
  // are the time at the node link's 337.5 GB/s: 2,560 x 73.70 us x 337.5 GB/s = 63.67 GB.
  Fleet fleet;
  fleet.info.path = "two DGX";
  fleet.node = &Systems::Nodes::DGX_H100;
  fleet.count = 2;
  fleet.fabric = &Systems::Fabrics::InfiniBand_NDR;
  ParallelConfig pc;
  pc.tp = 8;
  pc.dp = 2;
  TrainingOptions o = small_batch();
  o.global_batch = 16;
  const auto f = fleet_roofline(Models::Language::Llama3_8B, fleet, pc, o);
  EXPECT_EQ(f.levels[2].time, f.training.tp_comm_time);
  EXPECT_EQ(f.levels[3].time.base_value(), f.training.dp_comm_time.base_value());
  const double gb = f.levels[2].bytes.in("GB");
  const auto gather = estimate_collective(fleet, CollectiveKind::all_gather,
                                          Quantity(16.777216e6, Unit::parse("B")), 8, 8);
  EXPECT_NEAR(gather.time.in("us"), 73.70, 0.01);
  EXPECT_NEAR(gb, 10.0 * 32.0 * 8.0 * gather.time.in("s") * 337.5, 1e-6);
  EXPECT_NEAR(gb, 63.67, 0.01);
  EXPECT_GT(f.levels[3].bytes.base_value(), 0.0);
}

// ---- embodied carbon beyond the die -----------------------------------------------------------

TEST(EmbodiedCarbon, LlmCarbonAddsMemoryAndAServerShareToTheDie) {
  // One DGX H100 (8 GPUs) run for its whole 5-year life (amortized share 1), with 2 TB of host
  // DRAM. LLMCarbon (data/hardware.csv): die 814 mm2 x 1.8 kgCO2/cm2 = 14.652 kg per GPU ->
  // 117.216 kg; memory 80 GiB = 85.899 GB x 0.4 kg/GB = 34.360 kg per GPU -> 274.878 kg; server
  // 148.2 kg + 2000 GB x 0.4 kg/GB = 948.2 kg. Total 1340.29 kg = 1.34029 t.
  Node node = Systems::Nodes::DGX_H100;
  node.host_memory = q("2 TB");
  Fleet fleet;
  fleet.info.path = "one DGX";
  fleet.node = &node;
  fleet.count = 1;
  GridProfile grid;
  grid.info.key = "g";
  grid.carbon_intensity = q("100 gCO2e/kWh");
  FootprintOptions o;
  o.duration = q("5 year");
  o.grid = &grid;
  const auto die_only = footprint(fleet, o);
  EXPECT_NEAR(die_only.embodied_carbon.in("kgCO2e"), 117.216, 1e-6);
  EXPECT_EQ(die_only.embodied_memory.base_value(), 0.0);
  o.embodied_beyond_die = true;
  const auto f = footprint(fleet, o);
  EXPECT_NEAR(f.embodied_die.in("kgCO2e"), 117.216, 1e-6);
  EXPECT_NEAR(f.embodied_memory.in("kgCO2e"), 8 * 85.899345920 * 0.4, 1e-6);
  EXPECT_NEAR(f.embodied_server.in("kgCO2e"), 948.2, 1e-6);
  EXPECT_NEAR(f.embodied_carbon.in("tCO2e"), 1.34029, 1e-5);
  EXPECT_NEAR(f.total_carbon.in("tCO2e"),
              f.operational_carbon.in("tCO2e") + f.embodied_carbon.in("tCO2e"), 1e-9);
  // Amortization is linear: one year is a fifth.
  o.duration = q("1 year");
  EXPECT_NEAR(footprint(fleet, o).embodied_carbon.in("tCO2e"), 1.34029 / 5, 1e-5);
}

}  // namespace
}  // namespace mlsysim::solvers
