// Tests of the serving solver: one memory definition, the iteration engine, speculation, MoE, the
// request-level simulator and the capacity planner.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "mlsysim/mlsysim.hpp"
#include "mlsysim/testing/matchers.hpp"
#include "solvers/serving_engine.hpp"  // the engine's per-chunk sums (src/ is on this test's path)

namespace mlsysim::solvers {
namespace {

using ::testing::AllOf;
using ::testing::HasSubstr;
using testing::QuantityNear;
using ::testing::ThrowsMessage;

Quantity q(const char* s) { return Quantity::parse(s); }

const Workload& L8 = Models::Language::Llama3_8B;
const Workload& L70 = Models::Language::Llama3_70B;
const HardwareNode& H100 = Hardware::Cloud::H100;

/// Options without the front end (ServingParams::front_end_*, priced by default), for arithmetic
/// on the engine alone.
ServingOptions engine_only(ServingOptions o = {}) {
  o.params.clear_front_end();
  return o;
}

ServingOptions seventy_on_eight() {
  ServingOptions o;
  o.tp = 8;
  o.input_tokens = 2048;
  o.output_tokens = 256;
  return o;
}

// ---- one memory definition -------------------------------------------------------------------

TEST(Serving, ARequestAloneIsNotChargedItsOwnPromptBetweenItsTokens) {
  // One request on the replica: continuous batching has nothing to interleave with it, so its
  // output tokens come at the pure decode rate, exactly as in a static batch of one (same prompt
  // iteration, same decode load); its own prompt is paid once, in the TTFT.
  ServingOptions o;
  o.batch = 1;
  o.input_tokens = 4096;
  o.output_tokens = 128;
  const auto cont = serve(Models::Language::Llama3_8B, Hardware::Cloud::H100, o);
  o.batching = Batching::static_batch;
  const auto stat = serve(Models::Language::Llama3_8B, Hardware::Cloud::H100, o);
  EXPECT_NEAR(cont.tpot.in("ms") / stat.tpot.in("ms"), 1.0, 1e-9);
  EXPECT_NEAR(cont.request_latency.in("s") / stat.request_latency.in("s"), 1.0, 1e-9);
}

/// `hw` with its device link changed by `edit`: the same chip with one link property removed.
template <class Edit>
HardwareNode with_link(const HardwareNode& hw, Edit edit) {
  HardwareNode copy = hw;
  edit(*copy.device_link);
  return copy;
}

TEST(Serving, ADeviceLinksCollectiveFloorStandsInForTheDefaultBase) {
  // Trainium1's NeuronLink carries AWS's measured 58 us collective floor: serving it equals
  // serving the same chip without the field but with collective_base_latency set to 58 us, and
  // differs from the NCCL default (6.6 us) it replaces.
  const HardwareNode& trn = Hardware::Cloud::Trainium1;
  ASSERT_TRUE(trn.device_link && trn.device_link->collective_latency);
  const HardwareNode bare = with_link(trn, [](Link& l) { l.collective_latency.reset(); });
  ServingOptions o;
  o.tp = 8;
  o.batch = 1;
  o.input_tokens = 512;
  o.output_tokens = 128;
  const auto with = serve(Models::Language::Llama3_8B, trn, o);
  const auto nccl = serve(Models::Language::Llama3_8B, bare, o);
  o.params.collective_base_latency = Quantity::parse("58 us");
  const auto same = serve(Models::Language::Llama3_8B, bare, o);
  EXPECT_NEAR(with.tpot.in("ms"), same.tpot.in("ms"), 1e-9 * same.tpot.in("ms"));
  EXPECT_NEAR(with.ttft.in("ms"), same.ttft.in("ms"), 1e-9 * same.ttft.in("ms"));
  EXPECT_GT(with.tpot, nccl.tpot);
}

TEST(Serving, ATensorParallelPairOnAFullMeshUsesTheOneLinkBetweenThem) {
  // MI300X's Infinity Fabric is a full mesh: 7 links, one per peer. Two GPUs all-reduce over the
  // one link between them, a seventh of the sum a switched link of the same total would give.
  const HardwareNode& mi = Hardware::Cloud::MI300X;
  ASSERT_TRUE(mi.device_link && mi.device_link->mesh_peers);
  const HardwareNode switched = with_link(mi, [](Link& l) { l.mesh_peers.reset(); });
  IterationLoad l;  // a 4096-token prefill: 64 MiB all-reduces, bandwidth-bound
  l.prefill_tokens = 4096;
  l.prefill_sequences = 1;
  l.prefill_attended = 4096.0 * 4097.0 / 2.0;
  auto comm_ms = [&l](const HardwareNode& hw, std::int64_t tp) {
    ServingOptions o;
    o.tp = tp;
    return iteration_cost(Models::Language::Llama3_70B, hw, o, l).communication.in("ms");
  };
  const double ratio = comm_ms(mi, 2) / comm_ms(switched, 2);
  EXPECT_GT(ratio, 6.0);  // 7 less the per-call latencies
  EXPECT_LT(ratio, 7.0);
  // All seven links in use: the same either way.
  EXPECT_NEAR(comm_ms(mi, 8), comm_ms(switched, 8), 1e-9);
}

TEST(ServingMemory, MaxConcurrentIsTheLargestBatchThatIsFeasible) {
  for (auto [m, hw, tp] : {std::tuple{&L70, &H100, 8}, std::tuple{&L8, &Hardware::Cloud::L4, 1},
                           std::tuple{&L8, &Hardware::Cloud::A100, 1}}) {
    ServingOptions o;
    o.tp = tp;
    o.input_tokens = 2048;
    o.output_tokens = 256;
    const auto r = serve(*m, *hw, o);
    ASSERT_GT(r.max_concurrent, 0) << hw->info.key;
    o.batch = r.max_concurrent;
    EXPECT_TRUE(serve(*m, *hw, o).feasible) << hw->info.key;
    o.batch = r.max_concurrent + 1;
    EXPECT_FALSE(serve(*m, *hw, o).feasible) << hw->info.key;
  }
}

TEST(ServingMemory, KvPagesFillWhatWeightsActivationsAndReserveLeave) {
  const auto mem = serving_memory(L8, H100, {});
  // The 79.22 GiB the H100's driver reports to programs (memory.visible_capacity, of 80 GiB of
  // HBM) is fully accounted for, and the reserve is taken from it.
  EXPECT_THAT(mem.capacity, QuantityNear("79.22 GiB", 1e-12));
  EXPECT_NEAR(mem.reserve.in("GiB"), 0.10 * 79.22, 1e-9);
  const double used = mem.reserve.in("GiB") + mem.weights.in("GiB") + mem.activations.in("GiB") +
                      mem.kv_pool.in("GiB");
  EXPECT_NEAR(used, 79.22, 1e-6);
  // Llama 3 8B: 2 x 8 KV heads x 128 x 32 layers x 2 B = 128 KiB per token.
  EXPECT_THAT(mem.kv_per_token, QuantityNear("128 KiB", 1e-12));
  EXPECT_EQ(mem.kv_tokens % 16, 0);
  EXPECT_NEAR(static_cast<double>(mem.kv_tokens), mem.kv_pool.in("B") / 131072.0, 16.0);
}

TEST(ServingMemory, ActivationsAreTheLargerOfTheProfiledForwardAndTheSampler) {
  // Llama 3 8B (hidden 4096, FFN 14336, vocab 128256), BF16, the default token budget 8192.
  // Forward at the FFN activation: 8192 x (2 x 4096 + 3 x 14336) x 2 B = 838,860,800 B.
  // Sampler: min(8192, max_num_seqs) rows x 128256 x (2 + 4 + 4 + 8) B.
  ServingOptions o;
  o.params.max_num_seqs = 256;  // 591,003,648 B: the forward is the peak
  EXPECT_THAT(serving_memory(L8, H100, o).activations, QuantityNear("838860800 B", 1e-12));
  o.params.max_num_seqs = 1024;  // 2,364,014,592 B: the sampler is
  EXPECT_THAT(serving_memory(L8, H100, o).activations, QuantityNear("2364014592 B", 1e-12));
  // Tensor parallelism splits the forward's widths, not the sampler's full-vocabulary rows.
  o.tp = 2;
  EXPECT_THAT(serving_memory(L8, H100, o).activations, QuantityNear("2364014592 B", 1e-12));
  o.params.max_num_seqs = 16;  // 8192 x (2 x 4096 + 3 x 7168) x 2 B
  EXPECT_THAT(serving_memory(L8, H100, o).activations, QuantityNear("486539264 B", 1e-12));
}

TEST(ServingMemory, Fp8KvCacheHoldsTwiceTheTokensOfBf16) {
  ServingOptions o;
  const auto bf16 = serving_memory(L8, H100, o);
  o.precision.kv_cache = Precision::fp8;
  const auto fp8 = serving_memory(L8, H100, o);
  EXPECT_THAT(fp8.weights, QuantityNear(bf16.weights.str().c_str(), 1e-9));
  EXPECT_NEAR(static_cast<double>(fp8.kv_tokens) / static_cast<double>(bf16.kv_tokens), 2.0, 1e-3);
}

TEST(ServingMemory, LargerReserveLeavesFewerPages) {
  ServingOptions o;
  const auto a = serving_memory(L8, H100, o);
  o.params.runtime_reserve = 0.3;
  const auto b = serving_memory(L8, H100, o);
  EXPECT_LT(b.kv_tokens, a.kv_tokens);
}

TEST(ServingMemory, MlaLatentsAreNotSplitAcrossTensorParallelRanks) {
  ServingOptions o;
  o.tp = 8;
  o.precision = {Precision::fp8, Precision::bf16, Precision::bf16, Precision::fp8};
  const auto mem = serving_memory(Models::Language::DeepSeek_V3, Hardware::Cloud::H200, o);
  // (512 + 64) x 61 layers x 2 B per token on every rank.
  EXPECT_THAT(mem.kv_per_token, QuantityNear("70272 B", 1e-12));
  EXPECT_NEAR(mem.kv_pool.in("B") / static_cast<double>(mem.kv_tokens), 70272.0, 70272.0 * 0.01);
}

// ---- the engine -------------------------------------------------------------------------------

TEST(ServingEngine, DecodeStepGrowsWithBatchAndContext) {
  ServingOptions o;
  IterationLoad small{8, 8 * 1024, 0, 0, 0};
  IterationLoad big{64, 64 * 1024, 0, 0, 0};
  IterationLoad longer{8, 8 * 8192, 0, 0, 0};
  const auto a = iteration_cost(L8, H100, o, small).time;
  EXPECT_LT(a, iteration_cost(L8, H100, o, big).time);
  EXPECT_LT(a, iteration_cost(L8, H100, o, longer).time);
}

TEST(ServingEngine, BatchOneDecodeStreamsTheWeightsOnce) {
  // 16 GB of bf16 weights at 85% of 3.35 TB/s take 5.6 ms; the step is that plus small terms.
  const auto c = iteration_cost(L8, H100, {}, {1, 512, 0, 0, 0});
  const double stream = L8.weight_bytes(Precision::bf16).in("B") / (3.35e12 * 0.85);
  EXPECT_GT(c.time.in("s"), stream * 0.95);
  EXPECT_LT(c.time.in("s"), stream * 1.25);
  EXPECT_EQ(c.wall, Wall::memory);
}

TEST(ServingEngine, HostTimeIsAddedPerIterationAndPerSequenceItCarries) {
  // Off by default; set, it adds per_iteration + per_sequence x (decode sequences + prompt
  // chunks) to the iteration and nothing to the device's own parts.
  const IterationLoad mixed{48, 48 * 1024, 2048, 2, 2048.0 * 1024};
  const IterationCost off = iteration_cost(L8, H100, {}, mixed);
  EXPECT_EQ(off.host.in("ms"), 0.0);
  ServingOptions o;
  o.params.host_time_per_iteration = Quantity::parse("0.7 ms");
  o.params.host_time_per_sequence = Quantity::parse("30 us");
  const IterationCost on = iteration_cost(L8, H100, o, mixed);
  const double host_ms = 0.7 + 0.030 * (48 + 2);
  EXPECT_NEAR(on.host.in("ms"), host_ms, 1e-9);
  EXPECT_NEAR(on.time.in("ms") - off.time.in("ms"), host_ms, 1e-9);
  EXPECT_EQ(on.gemm.in("ms"), off.gemm.in("ms"));
  EXPECT_EQ(on.overhead.in("ms"), off.overhead.in("ms"));

  // A small model's decode step at batch 256 waits more on the host than on the GPU.
  o.params.host_time_per_sequence = Quantity::parse("100 us");
  const IterationCost step =
      iteration_cost(Models::Language::Llama3_2_1B, H100, o, {256, 256 * 512, 0, 0, 0});
  EXPECT_EQ(step.wall, Wall::overhead);

  // The static-batch TPOT carries it once per step.
  ServingOptions s;
  s.batching = Batching::static_batch;
  s.batch = 32;
  s.input_tokens = 512;
  s.output_tokens = 128;
  const double tpot = serve(L8, H100, s).tpot.in("ms");
  s.params.host_time_per_iteration = Quantity::parse("1 ms");
  s.params.host_time_per_sequence = Quantity::parse("40 us");
  EXPECT_NEAR(serve(L8, H100, s).tpot.in("ms") - tpot, 1.0 + 0.040 * 32, 0.01);
}

TEST(ServingEngine, WithoutCudaGraphsAnIterationLastsAtLeastItsHostLaunches) {
  // Llama 3.2 1B decoding one sequence on an H100: its weights stream in about 1 ms, while the
  // host launches 16 layers x 9 kernels + 3 at 25 us each (docs/solvers.md "Eager launches").
  const Workload& small = Models::Language::Llama3_2_1B;
  const IterationLoad one{1, 512, 0, 0, 0};
  const IterationCost graphs = iteration_cost(small, H100, {}, one);
  ServingOptions o;
  o.params.cuda_graphs = false;
  const IterationCost eager = iteration_cost(small, H100, o, one);
  const double kernels = eager.overhead.in("us") / (2.5 + 3.7);  // eager gap + stall each
  EXPECT_NEAR(kernels, 16 * 9 + 3, 1e-6);
  EXPECT_GT(eager.overhead.in("us"), graphs.overhead.in("us"));  // the eager gap, not the graph's
  EXPECT_EQ(graphs.host.in("us"), 0.0);
  EXPECT_NEAR(eager.time.in("us"), kernels * 25.0, 1e-6);  // host-bound: the launches' time
  EXPECT_GT(eager.host.in("us"), 0.0);
  EXPECT_EQ(eager.wall, Wall::overhead);

  // Llama 3 8B at batch 256 keeps the devices busier than the host: the launches add nothing
  // beyond the eager gaps.
  const IterationLoad full{256, 256 * 1024, 0, 0, 0};
  const IterationCost busy = iteration_cost(L8, H100, o, full);
  const IterationCost replayed = iteration_cost(L8, H100, {}, full);
  EXPECT_EQ(busy.host.in("us"), 0.0);
  EXPECT_NEAR(busy.time.in("us") - replayed.time.in("us"),
              busy.overhead.in("us") - replayed.overhead.in("us"), 1e-6);

  // With graphs for decode only (SGLang, vLLM V0: eager_prefill) a short prompt's iteration is
  // launched kernel by kernel and pays the floor; a decode step replays its graph and does not.
  ServingOptions decode_graphs;
  decode_graphs.params.eager_prefill = true;
  const IterationLoad prompt{0, 0, 64, 1, 64.0 * 32.5};
  EXPECT_EQ(iteration_cost(small, H100, {}, prompt).host.in("us"), 0.0);
  EXPECT_NEAR(iteration_cost(small, H100, decode_graphs, prompt).time.in("us"), kernels * 25.0,
              1e-6);
  EXPECT_EQ(iteration_cost(small, H100, decode_graphs, one).time.in("us"), graphs.time.in("us"));

  // The host time per kernel is a non-negative time.
  o.params.eager_host_per_kernel = Quantity::parse("-1 us");
  EXPECT_THAT([&] { (void)iteration_cost(small, H100, o, one); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("params.eager_host_per_kernel")));
}

TEST(ServingEngine, EngineHostTimesAreNamedAndUnknownNamesAreRefused) {
  // The sourced figures (docs/solvers.md, "Host time per iteration"), applied by name.
  const EngineHostTime& v0 = engine_host_time("vllm-v0");
  EXPECT_NEAR(v0.per_iteration.in("ms"), 1.217, 1e-12);
  EXPECT_NEAR(v0.per_sequence.in("us"), 30.1, 1e-12);
  EXPECT_FALSE(v0.estimate);
  const EngineHostTime& v1 = engine_host_time("vllm-v1-sync");
  EXPECT_NEAR(v1.per_iteration.in("ms"), 1.0, 1e-12);
  EXPECT_NEAR(v1.per_sequence.in("us"), 15.0, 1e-12);
  EXPECT_TRUE(v1.estimate);
  EXPECT_EQ(engine_host_times().size(), 2U);
  ServingParams p;
  p.use_host_time(v1);
  EXPECT_EQ(p.host_time_per_iteration.in("ms"), 1.0);
  EXPECT_EQ(p.host_time_per_sequence.in("us"), 15.0);
  try {
    (void)engine_host_time("vllm-v2");
    ADD_FAILURE() << "an unknown engine was accepted";
  } catch (const InvalidArgumentError& e) {
    EXPECT_THAT(e.what(), HasSubstr("unknown engine 'vllm-v2'"));
    EXPECT_THAT(e.what(), HasSubstr("vllm-v0, vllm-v1-sync"));
  }
}

/// One 8,192-token prompt chunk after a cached prefix of `prefix` tokens: the keys it attends,
/// nothing in the MLA fields.
IterationLoad chunk_after(double prefix) {
  IterationLoad l;
  l.prefill_tokens = 8192;
  l.prefill_sequences = 1;
  l.prefill_attended = 8192.0 * (prefix + 8193.0 / 2.0);
  return l;
}

TEST(ServingEngine, MlaPrefillInTheAbsorbedFormCostsTheLatentWidthPerKey) {
  // DeepSeek-R1 attends a prompt chunk over d_qk + d_v = 192 + 128 per head in the standard form
  // and over 576 + 512 in the absorbed one: the prefill attention of keys attended absorbed costs
  // 1088 / 320 = 3.4 times as much; the weight GEMMs do not change.
  const auto& ds = Models::Language::DeepSeek_R1;
  const HardwareNode& h200 = Hardware::Cloud::H200;
  ServingOptions o;
  o.tp = 8;
  IterationLoad l = chunk_after(20000);
  const IterationCost standard = iteration_cost(ds, h200, o, l);
  l.prefill_attended_absorbed = l.prefill_attended;
  const IterationCost latent = iteration_cost(ds, h200, o, l);
  EXPECT_NEAR(latent.attention.in("ms") / standard.attention.in("ms"), 1088.0 / 320.0, 1e-9);
  EXPECT_EQ(latent.gemm.in("ms"), standard.gemm.in("ms"));
  l.prefill_attended_absorbed = 2 * l.prefill_attended;
  EXPECT_THROW((void)iteration_cost(ds, h200, o, l), InvalidArgumentError);
  l.prefill_attended_absorbed = -1;
  EXPECT_THROW((void)iteration_cost(ds, h200, o, l), InvalidArgumentError);

  // serve(): a 30,000-token prompt in chunks of 8,192. SGLang's triton rule runs chunks 2-4 (a
  // cached prefix) absorbed, its fa3 rule chunk 1 (prefix under 8,192); a 1,000-token prompt has
  // no prefix, so only the fa3 rule moves it.
  const auto ttft = [&](std::int64_t in, MlaPrefill form) {
    ServingOptions s = o;
    s.input_tokens = in;
    s.output_tokens = 100;
    s.params.clear_front_end();
    s.params.mla_prefill = form;
    return serve(ds, h200, s).ttft.in("ms");
  };
  const double base = ttft(30000, MlaPrefill::standard);
  const double triton = ttft(30000, MlaPrefill::absorbed_with_prefix);
  const double fa3 = ttft(30000, MlaPrefill::absorbed_below_8192);
  EXPECT_GT(fa3, base);
  EXPECT_GT(triton, fa3);  // three chunks with long prefixes against one fresh chunk
  EXPECT_EQ(ttft(1000, MlaPrefill::absorbed_with_prefix), ttft(1000, MlaPrefill::standard));
  EXPECT_GT(ttft(1000, MlaPrefill::absorbed_below_8192), ttft(1000, MlaPrefill::standard));

  // A model without latent attention has no such form to choose: refused, naming it.
  ServingOptions dense;
  dense.params.mla_prefill = MlaPrefill::absorbed_with_prefix;
  EXPECT_THAT([&] { (void)serve(L8, H100, dense); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("has no multi-head latent attention")));
}

TEST(ServingEngine, MlaStandardFormUpProjectsEachChunksCachedPrefix) {
  // DeepSeek-R1 at TP8: a standard-form chunk attends its cached prefix as keys and values, so
  // every layer runs kv_b_proj over the prefix first: 61 layers x 2 x P x (128 heads / 8 x
  // (128 + 128)) x 512 FLOP. The GEMM side grows by that work at a GEMM's rate and the attention
  // side does not move.
  const auto& ds = Models::Language::DeepSeek_R1;
  const HardwareNode& h200 = Hardware::Cloud::H200;
  ServingOptions o;
  o.tp = 8;
  IterationLoad l = chunk_after(20000);
  const IterationCost fresh = iteration_cost(ds, h200, o, l);
  l.prefill_context_upprojected = 20000;
  const IterationCost upprojected = iteration_cost(ds, h200, o, l);
  l.prefill_context_upprojected = 40000;
  const IterationCost twice = iteration_cost(ds, h200, o, l);
  const double added = upprojected.gemm.in("s") - fresh.gemm.in("s");
  const double flop = 61.0 * 2.0 * 20000.0 * (128.0 / 8.0 * 256.0) * 512.0;
  const double bf16 = h200.compute.peak_flops.in("FLOP/s");  // dense BF16
  EXPECT_GT(added, flop / (2.0 * bf16));                     // not faster than FP8's doubled peak
  EXPECT_LT(added, 3.0 * flop / bf16);                       // and not below a third of BF16's
  EXPECT_EQ(upprojected.attention.in("ms"), fresh.attention.in("ms"));
  // Twice the prefix: up to twice the time (a larger GEMM runs no less efficiently), well above
  // the one prefix's.
  const double doubled = (twice.gemm.in("s") - fresh.gemm.in("s")) / added;
  EXPECT_LE(doubled, 2.0 + 1e-9);
  EXPECT_GT(doubled, 1.5);

  // The engine's sum over a prompt's chunks: 30,000 tokens in chunks of 4,096 start at 0, 4,096,
  // ..., 24,576 (seven whole chunks) and 28,672 (1,328 tokens). The standard form up-projects
  // every prefix, 4,096 x 21 + 28,672; SGLang's fa3 rule only the prefixes of 8,192 or more (the
  // chunks from the third on), 4,096 x 20 + 28,672; its triton rule none. Half a prompt's worth of
  // tokens carries half the sum, and a cached prefix of 5,000 tokens starts the chunks there.
  const auto prefix_sum = [&](MlaPrefill form, double tokens, double from, double to) {
    ServingOptions f = o;
    f.params.max_batched_tokens = 4096;
    f.params.mla_prefill = form;
    const solvers::detail::Engine e(ds, h200, f);
    IterationLoad p;
    e.attend_prompt(p, tokens, from, to);
    return p.prefill_context_upprojected;
  };
  EXPECT_EQ(prefix_sum(MlaPrefill::standard, 30000, 0, 30000), 4096.0 * 21 + 28672);
  EXPECT_EQ(prefix_sum(MlaPrefill::absorbed_below_8192, 30000, 0, 30000), 4096.0 * 20 + 28672);
  EXPECT_EQ(prefix_sum(MlaPrefill::absorbed_with_prefix, 30000, 0, 30000), 0.0);
  EXPECT_EQ(prefix_sum(MlaPrefill::standard, 15000, 0, 30000), (4096.0 * 21 + 28672) / 2);
  // From 5,000: chunks at 5,000, 9,096 and 13,192 (the last of 808 tokens).
  EXPECT_EQ(prefix_sum(MlaPrefill::standard, 9000, 5000, 14000), 5000.0 + 9096 + 13192);
  EXPECT_EQ(prefix_sum(MlaPrefill::absorbed_below_8192, 9000, 5000, 14000), 9096.0 + 13192);
  // One token after a cached prefix (a fully cached prompt's last token): vLLM runs it as a decode,
  // so the standard form up-projects nothing; SGLang's fa3 rule at a prefix of 8,192 or more does.
  EXPECT_EQ(prefix_sum(MlaPrefill::standard, 1, 9999, 10000), 0.0);
  EXPECT_EQ(prefix_sum(MlaPrefill::absorbed_below_8192, 1, 9999, 10000), 9999.0);
  EXPECT_EQ(prefix_sum(MlaPrefill::standard, 2, 9998, 10000), 9998.0);

  // The MLA fields mean nothing to a model without latent attention: refused, naming it.
  IterationLoad dense;
  dense.prefill_tokens = 2048;
  dense.prefill_sequences = 1;
  dense.prefill_attended = 2048.0 * 1024.5;
  dense.prefill_context_upprojected = 1000;
  EXPECT_THAT([&] { (void)iteration_cost(L8, H100, {}, dense); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("has no multi-head latent attention")));
  dense.prefill_context_upprojected = -1;
  EXPECT_THROW((void)iteration_cost(ds, h200, o, dense), InvalidArgumentError);
}

TEST(ServingEngine, ChunkedPrefillMakesAMixedIterationLongerThanDecodeAlone) {
  const auto decode = iteration_cost(L8, H100, {}, {32, 32 * 1024, 0, 0, 0});
  const auto mixed = iteration_cost(L8, H100, {}, {32, 32 * 1024, 2048, 1, 2048.0 * 1024.5});
  EXPECT_GT(mixed.time, decode.time);
  EXPECT_GT(mixed.overhead, decode.overhead);  // eager launches instead of a CUDA graph
}

TEST(ServingEngine, PrefillFirstRunsPromptsAloneAndChargesThemToTheOthersTokens) {
  // A 2,048-token prompt fills the 2,048-token budget: one prompt per prefill iteration. (The
  // engine alone: the front end would add to the TTFT only.)
  ServingOptions o = engine_only();
  o.input_tokens = 2048;
  o.output_tokens = 256;
  o.params.max_batched_tokens = 2048;
  o.params.schedule = IterationSchedule::prefill_first;
  o.batch = 1;
  const auto one = serve(L8, H100, o);
  o.batch = 32;
  const auto r = serve(L8, H100, o);
  // No decode runs beside a prompt, so the first token costs the same at any batch.
  EXPECT_NEAR(r.ttft.in("ms") / one.ttft.in("ms"), 1.0, 1e-12);
  // The cycle carries all 32 prompts, a request's own tokens wait on the other 31:
  // cycle - (out - 1) x TPOT = one prompt = the TTFT.
  const double cycle_s = 32.0 * 256.0 / r.output_throughput.in("tokens/s");
  EXPECT_NEAR(cycle_s - 255.0 * r.tpot.in("s"), r.ttft.in("s"), 1e-9 * cycle_s);
  // Against mixed iterations at the same batch the prompt no longer shares its iterations with
  // 31 decodes. (TPOT can go either way: the decodes stop for whole prompts, but run as pure,
  // graph-launched iterations.)
  ServingOptions m = o;
  m.params.schedule = IterationSchedule::mixed;
  EXPECT_LT(r.ttft, serve(L8, H100, m).ttft);
  // Decodes do not take budget from prefill, so a batch as large as the budget still fits.
  o.input_tokens = m.input_tokens = 128;
  o.output_tokens = m.output_tokens = 128;
  o.params.max_batched_tokens = 256;
  o.batch = 256;
  m.params.max_batched_tokens = 256;
  m.batch = 256;
  EXPECT_TRUE(serve(L8, H100, o).feasible);
  EXPECT_FALSE(serve(L8, H100, m).feasible);
}

TEST(ServingEngine, TensorParallelCommunicationHasALatencyTerm) {
  ServingOptions o;
  o.tp = 8;
  const IterationLoad one{1, 1024, 0, 0, 0};
  const auto base = iteration_cost(L70, H100, o, one);
  o.params.link_latency = q("2 us");
  const auto slow = iteration_cost(L70, H100, o, one);
  // Two ring all-reduces per layer, 2 (n - 1) latency steps each: 80 x 2 x 14 x (2 - 0.93625) us.
  EXPECT_NEAR((slow.communication - base.communication).in("us"), 80 * 2 * 14 * (2 - 0.93625),
              1e-6);
}

TEST(ServingEngine, Fp8WeightsDecodeFasterThanBf16OnH100) {
  ServingOptions o;
  o.batch = 16;
  const auto bf16 = serve(L8, H100, o);
  o.precision.weights = Precision::fp8;
  o.precision.compute = Precision::fp8;
  const auto fp8 = serve(L8, H100, o);
  EXPECT_LT(fp8.tpot.in("ms"), 0.75 * bf16.tpot.in("ms"));
}

TEST(ServingEngine, AttentionRunsAtTheKvCachePrecision) {
  // FP8 GEMMs with a 16-bit KV cache: the attention kernels read 16-bit K and V and compute in 16
  // bits, so a 32K-token prompt's attention (about a third of its FLOPs on Llama 3.1 8B: 4 x 32
  // layers x 4096 x 16K mean attended keys against 2 x 8B per token) runs at half the FP8 rate;
  // with an FP8 cache the query is quantized too and the attention runs in FP8.
  ServingOptions o;
  o.batch = 1;
  o.input_tokens = 32768;
  o.output_tokens = 2;
  o.precision = {Precision::fp8, Precision::bf16, Precision::bf16, Precision::fp8};
  const auto bf16_kv = serve(Models::Language::Llama3_1_8B, H100, o);
  o.precision.kv_cache = Precision::fp8;
  const auto fp8_kv = serve(Models::Language::Llama3_1_8B, H100, o);
  EXPECT_GT(bf16_kv.ttft.in("ms"), 1.15 * fp8_kv.ttft.in("ms"));
  // A device without an FP8 rate (A100) dequantizes an FP8 cache: it still serves, with the
  // attention at the activations' 16 bits, as fast as with a 16-bit cache but for the cache writes.
  ServingOptions a;
  a.batch = 1;
  a.input_tokens = 32768;
  a.output_tokens = 2;
  const auto a100_bf16 = serve(Models::Language::Llama3_1_8B, Hardware::Cloud::A100, a);
  a.precision.kv_cache = Precision::fp8;
  const auto a100_fp8 = serve(Models::Language::Llama3_1_8B, Hardware::Cloud::A100, a);
  EXPECT_NEAR(a100_fp8.ttft.in("ms"), a100_bf16.ttft.in("ms"), 0.02 * a100_bf16.ttft.in("ms"));
}

TEST(ServingEngine, AMeasuredAttentionRateCapsLongPrefillAttention) {
  // H200's catalog attention rate (688 TFLOP/s BF16, cuDNN's best causal forward) is below what
  // the GEMM model gives the 8192-token prefill chunks' attention (752 TFLOP/s after tile effects,
  // under the 794.5 measured GEMM ceiling). A 32K prompt of Llama 3.1 8B spends about a third of
  // its prefill time in attention, so the cap (752 / 688 = +9% on attention) lengthens its TTFT by
  // about 3%; without the measurement the GEMM model alone prices it.
  const HardwareNode& h200 = Hardware::Cloud::H200;
  ASSERT_TRUE(h200.compute.measured_attention[static_cast<std::size_t>(Precision::bf16)]);
  HardwareNode plain = h200;
  plain.compute.measured_attention = {};
  ServingOptions o;
  o.batch = 1;
  o.input_tokens = 32768;
  o.output_tokens = 2;
  const double with = serve(Models::Language::Llama3_1_8B, h200, o).ttft.in("ms");
  const double without = serve(Models::Language::Llama3_1_8B, plain, o).ttft.in("ms");
  EXPECT_GT(with, 1.02 * without);
  EXPECT_LT(with, 1.05 * without);
  // A short prompt's attention is a small share of its prefill: the cap moves it by under 1%.
  o.input_tokens = 512;
  EXPECT_NEAR(serve(Models::Language::Llama3_1_8B, h200, o).ttft.in("ms"),
              serve(Models::Language::Llama3_1_8B, plain, o).ttft.in("ms"),
              0.01 * serve(Models::Language::Llama3_1_8B, plain, o).ttft.in("ms"));
}

TEST(ServingEngine, PrefixCacheHitsShortenTheFirstToken) {
  ServingOptions o;
  o.input_tokens = 4096;
  const auto cold = serve(L8, H100, o);
  o.prefix_hit_rate = 0.75;
  const auto warm = serve(L8, H100, o);
  EXPECT_LT(warm.ttft.in("ms"), 0.5 * cold.ttft.in("ms"));
}

TEST(ServingEngine, ContinuousBatchingOutpacesStaticBatchingOnTheSameBatch) {
  ServingOptions o;
  o.batch = 64;
  o.input_tokens = 1024;
  o.output_tokens = 256;
  const auto cont = serve(L8, H100, o);
  o.batching = Batching::static_batch;
  const auto stat = serve(L8, H100, o);
  EXPECT_GT(stat.ttft, cont.ttft);  // the whole batch prefills before anyone's first token
}

TEST(ServingEngine, SpeculationHelpsMostWhenDecodeIsBandwidthBound) {
  const auto base1 = serve(L70, H100, seventy_on_eight());
  ServingOptions s = seventy_on_eight();
  s.speculation = Speculation{4, 0.8, nullptr, 0.05};
  const auto spec1 = serve(L70, H100, s);
  EXPECT_NEAR(spec1.tokens_per_step, (1 - std::pow(0.8, 5)) / 0.2, 1e-12);
  EXPECT_LT(spec1.tpot.in("ms"), 0.6 * base1.tpot.in("ms"));
  ServingOptions big = seventy_on_eight();
  big.batch = 48;
  ServingOptions big_spec = big;
  big_spec.speculation = s.speculation;
  const double gain_big =
      serve(L70, H100, big).tpot.in("ms") / serve(L70, H100, big_spec).tpot.in("ms");
  EXPECT_LT(gain_big, base1.tpot.in("ms") / spec1.tpot.in("ms"));
}

TEST(ServingEngine, ADraftModelAddsItsWeightsAndItsSteps) {
  ServingOptions o = seventy_on_eight();
  o.speculation = Speculation{4, 0.8, &L8, 0.0};
  const auto r = serve(L70, H100, o);
  const auto base = serve(L70, H100, seventy_on_eight());
  EXPECT_GT(r.weights_per_device, base.weights_per_device);
  EXPECT_LT(r.max_concurrent, base.max_concurrent + 1);
  EXPECT_LT(r.tpot, base.tpot);
}

TEST(ServingMoe, BatchOneDecodeReadsOnlyTheRoutedExperts) {
  ServingOptions o;
  o.tp = 2;
  const auto& mix = Models::Language::Mixtral_8x7B;
  const auto c = iteration_cost(mix, H100, o, {1, 512, 0, 0, 0});
  const double all = mix.weight_bytes(Precision::bf16).in("B") / 2 / (3.35e12 * 0.85);
  const double active = static_cast<double>(*mix.active_parameters) * 2 / 2 / (3.35e12 * 0.85);
  EXPECT_LT(c.gemm.in("s"), 0.6 * all);
  EXPECT_GT(c.gemm.in("s"), 0.8 * active);
}

TEST(ServingMoe, ExpertParallelismAndImbalanceCostTime) {
  const auto& ds = Models::Language::Qwen3_30B_A3B;
  ServingOptions o;
  o.tp = 4;
  const IterationLoad load{128, 128 * 2048, 0, 0, 0};
  o.moe.expert_parallel = true;
  const auto ep = iteration_cost(ds, H100, o, load);
  o.moe.load_imbalance = 2.0;
  const auto skewed = iteration_cost(ds, H100, o, load);
  EXPECT_GT(skewed.gemm, ep.gemm);
  EXPECT_GT(ep.communication.base_value(), 0.0);
}

TEST(ServingMoe, ExpertBandwidthFractionStretchesOnlyTheMemoryBoundExpertStream) {
  // Decode of 8 sequences on Mixtral 8x7B at TP 2: 16 routings over about 7 touched experts, 3
  // rows each, so every expert GEMM streams its weights and its time goes as 1 / fraction.
  const auto& mix = Models::Language::Mixtral_8x7B;
  ServingOptions o;
  o.tp = 2;
  const IterationLoad decode{8, 8 * 1024, 0, 0, 0};
  const IterationCost full = iteration_cost(mix, H100, o, decode);
  o.moe.expert_bandwidth_fraction = 0.5;
  const IterationCost half = iteration_cost(mix, H100, o, decode);
  o.moe.expert_bandwidth_fraction = 0.25;
  const IterationCost quarter = iteration_cost(mix, H100, o, decode);
  const double experts = half.gemm.in("ms") - full.gemm.in("ms");  // their time at fraction 1
  EXPECT_GT(experts, 0.5 * full.gemm.in("ms"));  // most of a Mixtral decode step's weights
  EXPECT_NEAR(quarter.gemm.in("ms") - half.gemm.in("ms"), 2 * experts, 1e-9);
  EXPECT_EQ(half.attention.in("ms"), full.attention.in("ms"));
  EXPECT_EQ(half.communication.in("ms"), full.communication.in("ms"));
  EXPECT_EQ(half.overhead.in("ms"), full.overhead.in("ms"));

  // A prompt of 8192 tokens gives each expert about 2048 rows: compute-bound, and still so with
  // a kernel at 0.9 of the bandwidth, so nothing moves.
  const IterationLoad prefill{0, 0, 8192, 1, 8192.0 * 4096.5};
  o.moe.expert_bandwidth_fraction = 1;
  const IterationCost p1 = iteration_cost(mix, H100, o, prefill);
  o.moe.expert_bandwidth_fraction = 0.9;
  EXPECT_EQ(iteration_cost(mix, H100, o, prefill).gemm.in("ms"), p1.gemm.in("ms"));
}

TEST(ServingEngine, PipelineStagesSplitWeightsAndKeepMicroBatchesInFlight) {
  ServingOptions tp8 = seventy_on_eight();
  tp8.batch = 64;
  ServingOptions pp2 = tp8;
  pp2.tp = 4;
  pp2.pp = 2;
  const auto a = serve(L70, H100, tp8);
  const auto b = serve(L70, H100, pp2);
  EXPECT_THAT(b.weights_per_device, QuantityNear(a.weights_per_device.str().c_str(), 1e-9));
  // Same devices, same weights per device: throughput within a factor of two either way.
  EXPECT_GT(b.output_throughput.in("tokens/s"), 0.5 * a.output_throughput.in("tokens/s"));
  EXPECT_LT(b.output_throughput.in("tokens/s"), 2.0 * a.output_throughput.in("tokens/s"));
  // A pipeline of one micro-batch per stage: the token crosses every stage.
  IterationLoad one{1, 1024, 0, 0, 0};
  ServingOptions p1 = {};
  p1.pp = 1;
  ServingOptions p4 = {};
  p4.pp = 4;
  EXPECT_GT(iteration_cost(L8, H100, p4, one).communication,
            iteration_cost(L8, H100, p1, one).communication);
  SimulationOptions s;
  s.qps = 2;
  s.requests = 300;
  const auto sim = simulate(L70, H100, pp2, s);
  EXPECT_EQ(sim.accelerators, 8);
}

// DeepSeek-R1 served in FP8 (weights, KV cache, GEMMs; BF16 activations) over a TP group of 8.
ServingOptions deepseek_fp8_tp8() {
  ServingOptions o;
  o.tp = 8;
  o.precision = {Precision::fp8, Precision::bf16, Precision::fp8, Precision::fp8};
  return o;
}

TEST(ServingMoe, AttentionDataParallelHoldsMoreRequestsForMla) {
  ServingOptions o = deepseek_fp8_tp8();
  o.input_tokens = 1024;
  o.output_tokens = 2048;
  o.params.max_num_seqs = 4096;
  o.moe.expert_parallel = true;
  const auto& ds = Models::Language::DeepSeek_R1;
  const auto tp = serve(ds, Hardware::Cloud::H200, o);
  o.moe.attention_data_parallel = true;
  const auto dp = serve(ds, Hardware::Cloud::H200, o);
  // The MLA latent is replicated on every TP rank but held once under attention DP; the
  // replicated attention weights cost some of that back.
  EXPECT_GT(dp.max_concurrent, 4 * tp.max_concurrent);
  EXPECT_GT(dp.weights_per_device, tp.weights_per_device);
  o.batch = dp.max_concurrent;
  EXPECT_TRUE(serve(ds, Hardware::Cloud::H200, o).feasible);
}

TEST(ServingMoe, MlaDecodeAttendsOverTheLatentAndItsRotaryKey) {
  // DeepSeek-R1 (61 layers, 128 heads, kv_lora 512, rope 64) with attention data parallelism on 8
  // H200: each rank holds all 128 heads and ceil(64 / 8) = 8 of the 64 sequences. Decode runs the
  // absorbed form (DeepSeek-V2 section 2.1.2; FlashMLA): each head's scores over the 576-wide
  // latent-plus-rotary key and its output over the 512-wide latent, 2 x 128 x (576 + 512) =
  // 278,528 FLOP per attended key per layer, against 576 B of FP8 cache read. A decode-only
  // iteration of 64 sequences with 8,704 cached tokens each: the busiest rank attends
  // 8 x 8,704 + 8 = 69,640 keys per layer, 278,528 x 61 x 69,640 FLOP at H200's measured FP8
  // rate (1,453.4 TFLOP/s) = 0.81409 ms, above the cache read (69,640 x 61 x 576 B = 2.447 GB,
  // under 0.6 ms at H200's streaming bandwidth): compute-bound. The decompressed form's
  // 2 x 128 x (192 + 128) would have read it as memory-bound.
  ServingOptions o = deepseek_fp8_tp8();
  o.input_tokens = 8192;
  o.output_tokens = 1024;
  o.moe.attention_data_parallel = true;
  const IterationLoad decode{64, 64 * 8704, 0, 0, 0};
  const auto c = iteration_cost(Models::Language::DeepSeek_R1, Hardware::Cloud::H200, o, decode);
  EXPECT_NEAR(c.attention.in("ms"), 278528.0 * 61.0 * 69640.0 / 1453.4e12 * 1e3, 1e-9);
}

// Attention data parallelism in the simulator: SGLang dispatches each request to one attention
// rank and divides the token budget by the ranks (server_args: chunked_prefill_size //=
// dp_size), so a prompt is prefilled on one rank, budget / dp tokens per iteration.
ServingOptions deepseek_attention_dp() {
  ServingOptions o;
  o.tp = 8;
  o.precision = {Precision::fp8, Precision::bf16, Precision::fp8, Precision::bf16};
  o.input_tokens = 8192;
  o.output_tokens = 2;
  o.moe.attention_data_parallel = true;
  return o;
}

SimulationOptions prompts_at_once(std::int64_t n) {
  SimulationOptions s;
  s.concurrency = n;
  s.requests = n;
  s.input = {LengthKind::fixed, 8192};
  s.output = {LengthKind::fixed, 2};
  return s;
}

/// Seconds of the `chunks` iterations that prefill `seqs` prompts of `chunks` x `chunk` tokens
/// side by side, priced by iteration_cost (which deals the prompts to the ranks one at a time);
/// chunk i up-projects its cached prefix of i x `chunk` tokens (MLA's standard form).
double dealt_prefill_seconds(const ServingOptions& o, std::int64_t seqs, double chunk, int chunks) {
  double t = 0;
  for (int i = 0; i < chunks; ++i) {
    IterationLoad l;
    l.prefill_tokens = static_cast<std::int64_t>(chunk) * seqs;
    l.prefill_sequences = seqs;
    l.prefill_attended = static_cast<double>(l.prefill_tokens) * (i * chunk + (chunk + 1.0) / 2.0);
    l.prefill_context_upprojected = static_cast<double>(seqs) * i * chunk;  // standard form
    t += iteration_cost(Models::Language::DeepSeek_R1, Hardware::Cloud::H200, o, l).time.in("s");
  }
  return t;
}

TEST(ServingMoe, AttentionDataParallelRanksPrefillTheirOwnPrompts) {
  const ServingOptions o = engine_only(deepseek_attention_dp());
  const auto& ds = Models::Language::DeepSeek_R1;
  const double chunk = 8192.0 / 8.0;  // the default budget of 8192 tokens over 8 ranks
  // Eight prompts at once: one per rank, each prefilled in 8 chunks of 1024 tokens; every rank
  // carries the same load. The first arrival starts an iteration alone before the other seven
  // join, so its rank stays one chunk ahead: at most one lone chunk more, the last and dearest
  // (its prefix of 7168 tokens is the longest to attend and to up-project).
  const auto eight = simulate(ds, Hardware::Cloud::H200, o, prompts_at_once(8));
  const auto one = simulate(ds, Hardware::Cloud::H200, o, prompts_at_once(1));
  const double side_by_side = dealt_prefill_seconds(o, 8, chunk, 8);
  const double last_chunk =
      dealt_prefill_seconds(o, 1, chunk, 8) - dealt_prefill_seconds(o, 1, chunk, 7);
  EXPECT_GE(eight.ttft.p50.in("s"), side_by_side);
  EXPECT_LT(eight.ttft.p99.in("s"), side_by_side + 1.2 * last_chunk);
  // A prompt alone: still one rank, 1024 tokens per iteration, while the other seven idle; the
  // simulator and iteration_cost (and so serve()) agree on it. Spread evenly, each rank would
  // have taken 128 of those tokens, for about half the time.
  const double lone = dealt_prefill_seconds(o, 1, chunk, 8);
  EXPECT_NEAR(one.ttft.p50.in("s"), lone, 0.05 * lone);
  // The rank then holds a full 1024-token chunk of attention work, as each rank of the eight did,
  // beside the experts of one chunk instead of eight.
  EXPECT_LT(one.ttft.p50.in("s"), eight.ttft.p50.in("s"));
}

TEST(ServingMoe, AttentionDataParallelKeepsAdmittedRequestsWhoseRankHadNoRoom) {
  // Under SGLang's admission a request is admitted before its pages exist; with attention DP its
  // rank may have no budget left that iteration. It must stay running (found by a random stress
  // run: such requests were dropped when another request finished in the same iteration).
  ServingOptions o;
  o.tp = 4;
  o.moe.attention_data_parallel = true;
  o.params.kv_admission = KvAdmission::estimated_output;
  o.params.max_num_seqs = 164;
  o.params.max_batched_tokens = 9879;
  o.params.runtime_reserve = 0.688;
  SimulationOptions s;
  s.qps = 26.7;
  s.requests = 300;
  s.seed = 4093526561;
  s.input = {LengthKind::lognormal, 1310, 1, 1, 0.8, 0};
  s.output = {LengthKind::lognormal, 240, 1, 1, 0.8, 0};
  const auto r = simulate(Models::Language::Qwen3_30B_A3B, H100, o, s);
  EXPECT_EQ(r.completed, 300);
  EXPECT_GT(r.ttft.p50.in("s"), 0.0);
  EXPECT_GT(r.e2e.p99.in("s"), r.ttft.p99.in("s"));
}

TEST(ServingMoe, AttentionDataParallelNeedsATokenPerRank) {
  // A budget below one token per rank would leave a rank that never prefills.
  ServingOptions o = deepseek_attention_dp();
  o.params.max_batched_tokens = 6;
  o.params.max_num_seqs = 2;
  o.params.schedule = IterationSchedule::prefill_first;
  EXPECT_THAT(
      [&] {
        (void)simulate(Models::Language::DeepSeek_R1, Hardware::Cloud::H200, o, prompts_at_once(4));
      },
      ThrowsMessage<InvalidArgumentError>(
          AllOf(HasSubstr("params.max_batched_tokens"), HasSubstr("at least 8, got 6"))));
  // Two tokens per rank run (slowly) to the end.
  o.params.max_batched_tokens = 16;
  SimulationOptions s = prompts_at_once(4);
  s.input = {LengthKind::fixed, 64};
  const auto r = simulate(Models::Language::DeepSeek_R1, Hardware::Cloud::H200, o, s);
  EXPECT_EQ(r.completed, 4);
  EXPECT_GT(r.ttft.p50.in("s"), 0.0);
}

TEST(ServingMoe, ExpertOnlyQuantizationKeepsEverythingElseAtTheWeightsPrecision) {
  // gpt-oss-120b's checkpoint: routed experts in MXFP4, the rest in BF16. Routed expert weights:
  // 36 layers x 128 experts x 3 matrices x 2880 x 2880 = 114,661,785,600 parameters at 0.5 B;
  // the other parameters (attention, router, embeddings, biases) at 2 B.
  const auto& oss = Models::Language::GPT_OSS_120B;
  ServingOptions o;
  o.input_tokens = 1024;
  o.output_tokens = 128;
  o.moe.expert_weights = Precision::fp4;
  const auto mixed = serve(oss, H100, o);
  const double total = oss.weight_bytes(Precision::bf16).in("B") / 2.0;
  const double routed = 36.0 * 128.0 * 3.0 * 2880.0 * 2880.0;
  EXPECT_NEAR(mixed.weights_per_device.in("B"), (total - routed) * 2.0 + routed * 0.5,
              1e-9 * total);
  // Decode streams the BF16 part at 2 B: slower than an all-FP4 checkpoint, faster than BF16.
  ServingOptions fp4 = o;
  fp4.moe.expert_weights.reset();
  fp4.precision.weights = Precision::fp4;
  EXPECT_GT(mixed.tpot, serve(oss, H100, fp4).tpot);
  ServingOptions bf16 = o;
  bf16.moe.expert_weights.reset();
  bf16.tp = 4;  // 234 GB of BF16 weights need four H100
  ServingOptions mixed4 = o;
  mixed4.tp = 4;
  EXPECT_LT(serve(oss, H100, mixed4).tpot, serve(oss, H100, bf16).tpot);
  // A dense model has no routed experts to quantize.
  EXPECT_THAT([&] { (void)serve(L8, H100, o); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("has no routed experts")));
}

// ---- searches and targets ---------------------------------------------------------------------

TEST(ServingSearch, BestBatchMeetsTheTargetAndTheNextBatchMissesOrDoesNotFit) {
  ServingTargets t;
  t.tpot = q("30 ms");
  const auto s = best_batch(L8, H100, t, {});
  ASSERT_GT(s.batch, 1);
  EXPECT_TRUE(s.tpot_met);
  EXPECT_LE(s.result.tpot, q("30 ms"));
  ServingOptions o;
  o.batch = s.batch + 1;
  const auto next = serve(L8, H100, o);
  EXPECT_TRUE(next.tpot > q("30 ms") || !next.feasible);
  EXPECT_EQ(s.binding_target == "tpot", next.feasible);
}

TEST(ServingSearch, AnUnreachableTargetReportsBatchZeroAndTheTarget) {
  ServingTargets t;
  t.tpot = q("1 ms");
  const auto s = best_batch(L8, H100, t, {});
  EXPECT_EQ(s.batch, 0);
  EXPECT_FALSE(s.tpot_met);
  EXPECT_EQ(s.binding_target, "tpot");
  EXPECT_EQ(best_batch_for_latency(L8, H100, q("1 ms"), {}), 0);
}

TEST(ServingSearch, WithoutALatencyTargetMemoryOrTheEngineLimitStopsTheBatch) {
  ServingOptions o;
  o.input_tokens = 2048;
  const auto s = best_batch(L8, Hardware::Cloud::L4, {}, o);
  EXPECT_EQ(s.batch, s.result.max_concurrent);
  EXPECT_EQ(s.binding, Wall::capacity);
  EXPECT_EQ(s.binding_target, "");
}

// ---- bad input --------------------------------------------------------------------------------

TEST(ServingBadInput, HugeBatchAndLengthsAreRefusedBeforeTheyOverflow) {
  ServingOptions o;
  o.tp = 8;
  o.batch = 1'000'000'000;
  o.input_tokens = 1'000'000'000;
  o.output_tokens = 1'000'000'000;
  EXPECT_THAT([&] { (void)serve(L70, H100, o); },
              ThrowsMessage<InvalidArgumentError>(
                  "invalid argument 'batch': must be at most 2^24 requests, got 1000000000"));
  o.batch = 1;
  o.input_tokens = 2'000'000'000;
  o.output_tokens = 2'000'000'000;
  EXPECT_THAT([&] { (void)serve(L70, H100, o); },
              ThrowsMessage<InvalidArgumentError>(
                  "invalid argument 'input_tokens': a request of 2000000000 + 2000000000 tokens "
                  "exceeds 2^31 tokens"));
  o.input_tokens = 1'000'000'000;
  o.output_tokens = 1'000'000'000;
  EXPECT_THAT([&] { (void)serve(L70, H100, o); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("exceeds the context of")));
}

TEST(ServingBadInput, ARequestLongerThanTheModelContextIsRefused) {
  ServingOptions o;
  o.input_tokens = 8000;
  o.output_tokens = 1000;
  EXPECT_THAT([&] { (void)serve(Models::Language::Llama2_7B, H100, o); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("exceeds the context of")));
}

TEST(ServingBadInput, OptionsOutsideTheirRangesNameTheOption) {
  ServingOptions o;
  o.prefix_hit_rate = 1.0;
  EXPECT_THAT([&] { (void)serve(L8, H100, o); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("'prefix_hit_rate'")));
  o = {};
  o.speculation = Speculation{4, 1.0, nullptr, 0.05};
  EXPECT_THAT([&] { (void)serve(L8, H100, o); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("'speculation.acceptance'")));
  o = {};
  o.moe.load_imbalance = 0.5;
  EXPECT_THAT([&] { (void)serve(L8, H100, o); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("'moe.load_imbalance'")));
  for (const double f : {0.0, -0.5, 1.5, std::nan("")}) {
    o = {};
    o.moe.expert_bandwidth_fraction = f;
    EXPECT_THAT([&] { (void)serve(Models::Language::Mixtral_8x7B, H100, o); },
                ThrowsMessage<InvalidArgumentError>(
                    AllOf(HasSubstr("'moe.expert_bandwidth_fraction'"), HasSubstr("(0, 1]"))));
  }
  o = {};
  o.moe.expert_bandwidth_fraction = 0.5;  // a dense model has no routed experts to price so
  EXPECT_THAT([&] { (void)serve(L8, H100, o); },
              ThrowsMessage<InvalidArgumentError>(AllOf(
                  HasSubstr("'moe.expert_bandwidth_fraction'"), HasSubstr("no routed experts"))));
  o = {};
  o.params.kernel_stall = Quantity::parse("-1 us");
  EXPECT_THAT([&] { (void)serve(L8, H100, o); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("'params.kernel_stall'")));
  o.params.kernel_stall = Quantity::parse("3 GB");
  EXPECT_THAT([&] { (void)serve(L8, H100, o); },
              ThrowsMessage<InvalidArgumentError>(
                  AllOf(HasSubstr("'params.kernel_stall'"), HasSubstr("non-negative time"))));
  o = {};
  o.params.host_time_per_sequence = Quantity::parse("-30 us");
  EXPECT_THAT([&] { (void)serve(L8, H100, o); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("'params.host_time_per_sequence'")));
  o = {};
  o.params.host_time_per_iteration = Quantity::parse("1 GB");
  EXPECT_THAT([&] { (void)serve(L8, H100, o); },
              ThrowsMessage<InvalidArgumentError>(AllOf(
                  HasSubstr("'params.host_time_per_iteration'"), HasSubstr("non-negative time"))));
  o = {};
  o.params.front_end_per_request = Quantity::parse("-1 ms");
  EXPECT_THAT([&] { (void)serve(L8, H100, o); },
              ThrowsMessage<InvalidArgumentError>(AllOf(HasSubstr("'params.front_end_per_request'"),
                                                        HasSubstr("non-negative time"))));
  o = {};
  o.params.front_end_per_prompt_token = Quantity::parse("2 GB");
  EXPECT_THAT(
      [&] { (void)serve(L8, H100, o); },
      ThrowsMessage<InvalidArgumentError>(HasSubstr("'params.front_end_per_prompt_token'")));
  o = {};
  o.params.front_end_latency = Quantity::parse("3 GB");
  EXPECT_THAT([&] { (void)serve(L8, H100, o); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("'params.front_end_latency'")));
  o = {};
  o.params.front_end_workers = 0;
  EXPECT_THAT([&] { (void)serve(L8, H100, o); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("'params.front_end_workers'")));
}

// ---- request-level simulation -----------------------------------------------------------------

SimulationOptions light(double qps) {
  SimulationOptions s;
  s.qps = qps;
  s.requests = 2000;
  s.input = {LengthKind::fixed, 1024};
  s.output = {LengthKind::fixed, 128};
  return s;
}

TEST(ServingSimulation, SameSeedSameResultOtherSeedOtherResult) {
  SimulationOptions s = light(4);
  s.input = {LengthKind::lognormal, 1024, 1, 1, 0.8};
  const auto a = simulate(L8, H100, {}, s);
  const auto b = simulate(L8, H100, {}, s);
  EXPECT_EQ(a.ttft.p99.base_value(), b.ttft.p99.base_value());
  EXPECT_EQ(a.e2e.p50.base_value(), b.e2e.p50.base_value());
  s.seed = 2;
  const auto c = simulate(L8, H100, {}, s);
  EXPECT_NE(a.ttft.p99.base_value(), c.ttft.p99.base_value());
}

TEST(ServingSimulation, AtLightLoadTheFirstTokenTakesOnePrefill) {
  ServingOptions o;
  o.input_tokens = 1024;
  o.output_tokens = 128;
  const auto one = serve(L8, H100, o);
  const auto r = simulate(L8, H100, o, light(0.05));
  EXPECT_NEAR(r.ttft.p50.in("ms"), one.ttft.in("ms"), 0.05 * one.ttft.in("ms"));
  // Alone on the replica, every decode step is a pure (CUDA-graph) decode of one sequence at the
  // request's context; serve()'s steady state also carries the next requests' prefill.
  const auto alone = iteration_cost(L8, H100, o, {1, 1024 + 64, 0, 0, 0});
  EXPECT_NEAR(r.tpot.p50.in("ms"), alone.time.in("ms"), 0.03 * alone.time.in("ms"));
  // serve() at batch 1 prices the same pure decode step (docs/solvers.md), at the mean context.
  EXPECT_NEAR(one.tpot.in("ms"), alone.time.in("ms"), 1e-9 * alone.time.in("ms"));
  EXPECT_NEAR(r.request_rate.in("1/s"), 0.05, 0.01);
}

TEST(ServingSimulation, RandomRoutingQueuesArrivalsThatLeastLoadedRoutingSpreads) {
  // Evenly spaced, prefill-heavy requests (8000 in, 16 out) over 4 replicas at about 60% of
  // their prefill capacity: the least-loaded router hands each arrival an idle replica, while
  // independent uniform picks (a Kubernetes Service) send some arrivals to a busy one.
  const ServingOptions o;
  const double prefill_s = serve(L8, H100,
                                 [] {
                                   ServingOptions one;
                                   one.input_tokens = 8000;
                                   one.output_tokens = 16;
                                   return one;
                                 }())
                               .ttft.in("s");
  const double gap = prefill_s / (0.6 * 4);
  std::vector<TraceRequest> trace;
  for (int i = 0; i < 400; ++i) trace.push_back({i * gap, 8000, 16});
  SimulationOptions s;
  s.trace = trace;
  s.replicas = 4;
  const auto spread = simulate(L8, H100, o, s);
  s.routing = Routing::random;
  const auto drawn = simulate(L8, H100, o, s);
  EXPECT_EQ(drawn.completed, spread.completed);
  EXPECT_GT(drawn.ttft.mean.in("s"), spread.ttft.mean.in("s"));
  EXPECT_GT(drawn.ttft.p99.in("s"), spread.ttft.p99.in("s"));
  // Least-loaded with even arrivals below capacity: no request waits for another's prefill.
  EXPECT_LT(spread.ttft.p99.in("s"), 1.5 * prefill_s);
  // The routing draws have their own stream: another seed moves them (and the result) under
  // random routing, and moves nothing under least-loaded routing of the same trace.
  s.seed = 2;
  EXPECT_NE(simulate(L8, H100, o, s).ttft.mean.base_value(), drawn.ttft.mean.base_value());
  s.routing = Routing::least_loaded;
  EXPECT_EQ(simulate(L8, H100, o, s).ttft.mean.base_value(), spread.ttft.mean.base_value());
  // One replica: nothing to choose, so both routings run the same simulation.
  s.replicas = 1;
  const auto single = simulate(L8, H100, o, s);
  s.routing = Routing::random;
  EXPECT_EQ(simulate(L8, H100, o, s).ttft.mean.base_value(), single.ttft.mean.base_value());
  s.routing = static_cast<Routing>(7);
  EXPECT_THAT([&] { (void)simulate(L8, H100, o, s); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("'routing'")));
}

TEST(ServingSimulation, ThroughputFollowsTheArrivalsUntilTheReplicaSaturates) {
  const auto low = simulate(L8, H100, {}, light(2));
  EXPECT_NEAR(low.output_throughput.in("tokens/s"), 2 * 128, 0.1 * 2 * 128);
  const auto high = simulate(L8, H100, {}, light(200));
  EXPECT_GT(high.ttft.p99, low.ttft.p99 * 10.0);
  EXPECT_GT(high.utilization, 0.95);
  EXPECT_LT(low.utilization, high.utilization);
}

TEST(ServingSimulation, GoodputCountsOnlyRequestsMeetingEverySlo) {
  SimulationOptions s = light(30);
  s.slo.ttft = q("200 ms");
  s.slo.tpot = q("20 ms");
  const auto r = simulate(L8, H100, {}, s);
  EXPECT_LE(r.goodput, r.request_rate);
  EXPECT_EQ(r.ttft_met, !(q("200 ms") < r.ttft.p99));
  // Targets every request meets (an hour to the first token, a second per token): goodput is
  // the whole request rate. Targets none can meet (1 us): goodput is zero.
  s.slo.ttft = q("1 h");
  s.slo.tpot = q("1 s");
  const auto loose = simulate(L8, H100, {}, s);
  EXPECT_EQ(loose.slo_attainment, 1.0);
  EXPECT_NEAR(loose.goodput.in("1/s"), loose.request_rate.in("1/s"),
              1e-12 * loose.request_rate.in("1/s"));
  s.slo.ttft = q("1 us");
  s.slo.tpot = q("1 us");
  const auto impossible = simulate(L8, H100, {}, s);
  EXPECT_EQ(impossible.slo_attainment, 0.0);
  EXPECT_EQ(impossible.goodput.in("1/s"), 0.0);
}

TEST(ServingSimulation, DisaggregationRemovesPrefillInterferenceFromDecode) {
  SimulationOptions s = light(12);
  s.input = {LengthKind::fixed, 4096};
  const auto c = compare_disaggregation(L8, H100, {}, s);
  EXPECT_EQ(c.colocated.accelerators, c.disaggregated.accelerators);
  EXPECT_LT(c.disaggregated.tpot.p50, c.colocated.tpot.p50);
  // The decode pool streams every token, the first included (vLLM's P/D proxy discards the
  // prefill instance's token): at light load the first token waits for the KV transfer and one
  // decode step, and the whole request by exactly that hand-over.
  const auto idle = compare_disaggregation(L8, H100, {}, light(0.05));
  const double first_later =
      idle.disaggregated.ttft.p50.base_value() - idle.colocated.ttft.p50.base_value();
  EXPECT_GT(first_later, 0.0);
  EXPECT_NEAR(idle.disaggregated.e2e.p50.base_value() - idle.colocated.e2e.p50.base_value(),
              first_later, 1e-9);
}

/// The first token's mean delay that posting `per_descriptor` per KV descriptor adds to
/// disaggregated requests arriving one at a time (three, a minute apart: each finds the decode
/// replica idle, so its first step waits for exactly its own posting).
double posting_delay(const Workload& m, const ServingOptions& o, const char* per_descriptor) {
  const std::vector<TraceRequest> trace{{0.0, 1024, 8}, {60.0, 1024, 8}, {120.0, 1024, 8}};
  SimulationOptions s;
  s.trace = trace;
  s.deployment = Deployment::disaggregated;
  const auto base = simulate(m, Hardware::Cloud::H200, o, s);
  s.kv_post_per_descriptor = q(per_descriptor);
  const auto posted = simulate(m, Hardware::Cloud::H200, o, s);
  // The whole request is later by the same amount: the later steps have nothing to post.
  EXPECT_NEAR(posted.e2e.mean.in("s") - base.e2e.mean.in("s"),
              posted.ttft.mean.in("s") - base.ttft.mean.in("s"), 1e-12);
  return posted.ttft.mean.in("s") - base.ttft.mean.in("s");
}

TEST(ServingSimulation, KvPostingHoldsTheDecodeStepPerPageAndLayerRegion) {
  // Off by default: no published cost covers a run's transport and block size.
  EXPECT_EQ(SimulationOptions{}.kv_post_per_descriptor.base_value(), 0.0);
  // Llama 3 8B: K and V are two regions of each of 32 layers; a 1,024-token prompt fills 64
  // pages of 16 tokens: 4,096 descriptors at 10 us.
  EXPECT_NEAR(posting_delay(L8, {}, "10 us"), 2 * 32 * 64 * 10e-6, 1e-9);
  // DeepSeek-R1's latent cache is one region of each of 61 layers, on every rank of TP 8.
  ServingOptions ds;
  ds.tp = 8;
  ds.precision = {Precision::fp8, Precision::bf16, Precision::fp8, Precision::bf16};
  EXPECT_NEAR(posting_delay(Models::Language::DeepSeek_R1, ds, "10 us"), 1 * 61 * 64 * 10e-6, 1e-9);
  // A pipeline stage posts its own layers: two stages, half the descriptors each, the stages
  // posting at the same time.
  ServingOptions pp2;
  pp2.pp = 2;
  EXPECT_NEAR(posting_delay(L8, pp2, "10 us"), 2 * 16 * 64 * 10e-6, 1e-9);
  // Colocated replicas transfer nothing and post nothing.
  SimulationOptions colocated = light(4);
  const auto plain = simulate(L8, H100, {}, colocated);
  colocated.kv_post_per_descriptor = q("10 us");
  EXPECT_EQ(simulate(L8, H100, {}, colocated).ttft.mean, plain.ttft.mean);
  // A given KV link: a positive bandwidth and a non-negative latency, named when not.
  for (const auto& [field, bw, lat] : {std::tuple{"'kv_link_bandwidth'", "0 GB/s", "1 us"},
                                       std::tuple{"'kv_link_bandwidth'", "5 ms", "1 us"},
                                       std::tuple{"'kv_link_latency'", "50 GB/s", "-1 us"}}) {
    SimulationOptions s = light(4);
    s.deployment = Deployment::disaggregated;
    s.kv_link_bandwidth = q(bw);
    s.kv_link_latency = q(lat);
    EXPECT_THAT([&] { (void)simulate(L8, H100, {}, s); },
                ThrowsMessage<InvalidArgumentError>(HasSubstr(field)))
        << bw << " " << lat;
    CapacityOptions c;
    c.devices = {&H100};
    c.slo.tpot = q("50 ms");
    c.kv_link_bandwidth = q(bw);
    c.kv_link_latency = q(lat);
    EXPECT_THAT([&] { (void)plan_capacity(L8, c); },
                ThrowsMessage<InvalidArgumentError>(HasSubstr(field)))
        << bw << " " << lat;
  }
  // A time, not negative: named errors, from the simulation and from the capacity planner.
  for (const char* bad : {"-1 us", "1 GB"}) {
    SimulationOptions s = light(4);
    s.kv_post_per_descriptor = q(bad);
    EXPECT_THAT([&] { (void)simulate(L8, H100, {}, s); },
                ThrowsMessage<InvalidArgumentError>(HasSubstr("'kv_post_per_descriptor'")));
    CapacityOptions c;
    c.devices = {&H100};
    c.slo.tpot = q("50 ms");
    c.kv_post_per_descriptor = q(bad);
    EXPECT_THAT([&] { (void)plan_capacity(L8, c); },
                ThrowsMessage<InvalidArgumentError>(HasSubstr("'kv_post_per_descriptor'")));
  }
}

TEST(ServingSimulation, EachRankMovesItsShareOfTheKvOverItsOwnLink) {
  // Requests one at a time; the first token's delay from a 1 GB/s KV link (against 1 TB/s) is
  // the transfer: 1,024 tokens x the KV one rank holds per token, the ranks in parallel.
  const auto transfer = [](const ServingOptions& o) {
    const std::vector<TraceRequest> trace{{0.0, 1024, 8}, {60.0, 1024, 8}, {120.0, 1024, 8}};
    SimulationOptions s;
    s.trace = trace;
    s.deployment = Deployment::disaggregated;
    s.kv_link_latency = q("0 us");
    s.kv_link_bandwidth = q("1 TB/s");
    const double fast = simulate(L8, Hardware::Cloud::H200, o, s).ttft.mean.in("s");
    s.kv_link_bandwidth = q("1 GB/s");
    return simulate(L8, Hardware::Cloud::H200, o, s).ttft.mean.in("s") - fast;
  };
  // Llama 3 8B in BF16: 32 layers x 8 KV heads x 128 x (K, V) x 2 bytes = 131,072 B a token.
  const double whole = 1024.0 * 131072.0 * (1.0 / 1e9 - 1.0 / 1e12);
  EXPECT_NEAR(transfer({}), whole, 1e-9);
  ServingOptions tp2;
  tp2.tp = 2;  // four KV heads a rank
  EXPECT_NEAR(transfer(tp2), whole / 2.0, 1e-9);
  ServingOptions pp2;
  pp2.pp = 2;  // sixteen layers a stage
  EXPECT_NEAR(transfer(pp2), whole / 2.0, 1e-9);
}

TEST(ServingSimulation, KvTransfersQueueOnTheLinkTheyShare) {
  // Two prompts prefilled in one iteration leave for the one decode replica over one 1 GB/s
  // link: the second transfer starts when the first ends (1,024 tokens x 131,072 B = 134 ms).
  SimulationOptions s = prompts_at_once(2);
  s.input = {LengthKind::fixed, 1024};
  s.output = {LengthKind::fixed, 8};
  s.deployment = Deployment::disaggregated;
  s.kv_link_bandwidth = q("1 GB/s");
  s.kv_link_latency = q("0 us");
  const auto r = simulate(L8, Hardware::Cloud::H200, {}, s);
  const double transfer = 1024.0 * 131072.0 / 1e9;
  // Nearest-rank percentiles of two requests: p50 the first, p99 the second. They part by the
  // queued transfer, give or take the decode step the second joins.
  EXPECT_NEAR(r.ttft.p99.in("s") - r.ttft.p50.in("s"), transfer, 0.02);
  EXPECT_GT(r.ttft.p50.in("s"), transfer);
}

TEST(ServingEngine, SpeculationIsComparedWithItsBaselineInOneCall) {
  ServingOptions o;
  o.speculation = Speculation{3, 0.6, nullptr, 0.05};
  const auto c = compare_speculation(L8, H100, o);
  EXPECT_FALSE(c.baseline.tokens_per_step > 1);
  EXPECT_GT(c.tpot_speedup, 1.0);
  // The one call's two sides are the two separate evaluations it stands for.
  ServingOptions plain = o;
  plain.speculation.reset();
  EXPECT_EQ(c.baseline.tpot, serve(L8, H100, plain).tpot);
  EXPECT_EQ(c.speculative.tpot, serve(L8, H100, o).tpot);
  EXPECT_THAT([&] { (void)compare_speculation(L8, H100, {}); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("'speculation'")));
}

TEST(ServingSimulation, AClosedLoopKeepsTheGivenNumberOfRequestsInFlight) {
  SimulationOptions s;
  s.concurrency = 8;
  s.requests = 400;
  s.input = {LengthKind::fixed, 1024};
  s.output = {LengthKind::fixed, 128};
  const auto r = simulate(L8, H100, {}, s);
  EXPECT_EQ(r.completed, 400);
  // Little's law: concurrency = request rate x mean end-to-end latency.
  EXPECT_NEAR(r.request_rate.in("1/s") * r.e2e.mean.in("s"), 8.0, 0.8);
  s.concurrency = 1;
  const auto alone = simulate(L8, H100, {}, s);
  EXPECT_LT(alone.tpot.mean, r.tpot.mean);
  s.trace = std::span<const TraceRequest>();
  SimulationOptions bad = s;
  bad.concurrency = -1;
  EXPECT_THAT([&] { (void)simulate(L8, H100, {}, bad); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("'concurrency'")));
}

TEST(ServingSimulation, PrefillFirstTradesTpotForTtftUnderLoad) {
  SimulationOptions s;
  s.concurrency = 64;
  s.requests = 640;
  s.warmup = 64;
  s.input = {LengthKind::uniform, 2048, 1, 4095};
  s.output = {LengthKind::uniform, 256, 1, 511};
  ServingOptions o;
  o.params.max_num_seqs = 64;
  const auto mixed = simulate(L8, H100, o, s);
  o.params.schedule = IterationSchedule::prefill_first;
  const auto first = simulate(L8, H100, o, s);
  EXPECT_EQ(first.completed, 576);  // 640 less the warm-up wave
  EXPECT_LT(first.ttft.mean, mixed.ttft.mean);
  EXPECT_GT(first.tpot.mean, mixed.tpot.mean);
  // Alone on the replica there is nothing to put first: the same request, the same latencies.
  s.concurrency = 1;
  s.requests = 20;
  s.warmup = 0;
  const auto a = simulate(L8, H100, o, s);
  o.params.schedule = IterationSchedule::mixed;
  const auto b = simulate(L8, H100, o, s);
  EXPECT_NEAR(a.ttft.mean.in("ms") / b.ttft.mean.in("ms"), 1.0, 1e-12);
  EXPECT_NEAR(a.tpot.mean.in("ms") / b.tpot.mean.in("ms"), 1.0, 1e-12);
  // A sequence cap as large as the budget starves prefill only when decodes share the budget.
  o.params.max_num_seqs = 512;
  o.params.max_batched_tokens = 512;
  EXPECT_THAT([&] { (void)simulate(L8, H100, o, s); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("prefill can starve")));
  o.params.schedule = IterationSchedule::prefill_first;
  EXPECT_EQ(simulate(L8, H100, o, s).completed, 20);
}

TEST(ServingSimulation, PagedKvAdmissionRunsMoreRequestsThanReservingTheOutput) {
  // A replica whose pages hold about 60 requests of 512 + 1024 tokens when each reserves its
  // whole output, with 128 clients: vLLM and SGLang admit on the prompt and grow as tokens come,
  // so more requests decode together, and some are preempted and recomputed when pages run out.
  SimulationOptions s;
  s.concurrency = 128;
  s.requests = 640;
  s.warmup = 128;
  s.input = {LengthKind::fixed, 512};
  s.output = {LengthKind::fixed, 1024};
  ServingOptions o;
  o.params.runtime_reserve = 0.70;
  const std::int64_t pages = serving_memory(L8, H100, o).kv_blocks;
  const std::int64_t per_request = (512 + 1024) / o.params.kv_block_tokens;
  ASSERT_GT(pages, 40 * per_request);
  ASSERT_LT(pages, 100 * per_request);
  const auto reserve = simulate(L8, H100, o, s);
  EXPECT_EQ(reserve.preemptions, 0);
  for (const KvAdmission a : {KvAdmission::on_demand, KvAdmission::estimated_output}) {
    o.params.kv_admission = a;
    const auto paged = simulate(L8, H100, o, s);
    EXPECT_EQ(paged.completed, 512);
    EXPECT_GT(paged.output_throughput, reserve.output_throughput * 1.1);
    EXPECT_GT(paged.preemptions, 0);
    EXPECT_TRUE(std::isfinite(paged.tpot.p99.in("ms")));
    EXPECT_TRUE(std::isfinite(paged.ttft.p99.in("ms")));
  }
  // Under the same prefill-first schedule SGLang's estimate admits fewer than vLLM's first-chunk
  // rule, so it preempts less.
  o.params.schedule = IterationSchedule::prefill_first;
  o.params.kv_admission = KvAdmission::on_demand;
  const auto eager = simulate(L8, H100, o, s);
  o.params.kv_admission = KvAdmission::estimated_output;
  const auto estimated = simulate(L8, H100, o, s);
  EXPECT_LT(estimated.preemptions, eager.preemptions);
  // Alone on the replica nothing competes for pages: the three policies give one answer.
  s.concurrency = 1;
  s.requests = 10;
  s.warmup = 0;
  std::vector<double> ttft, tpot;
  for (const KvAdmission a :
       {KvAdmission::reserve_output, KvAdmission::on_demand, KvAdmission::estimated_output}) {
    o.params.kv_admission = a;
    const auto r = simulate(L8, H100, o, s);
    EXPECT_EQ(r.preemptions, 0);
    ttft.push_back(r.ttft.mean.in("ms"));
    tpot.push_back(r.tpot.mean.in("ms"));
  }
  EXPECT_NEAR(ttft[1] / ttft[0], 1.0, 1e-12);
  EXPECT_NEAR(ttft[2] / ttft[0], 1.0, 1e-12);
  EXPECT_NEAR(tpot[1] / tpot[0], 1.0, 1e-12);
  EXPECT_NEAR(tpot[2] / tpot[0], 1.0, 1e-12);
}

TEST(ServingSimulation, PreemptionFinishesEveryRequestWhenOnlyOneFits) {
  // Pages for fewer than two whole requests and eight clients: requests are preempted and
  // recomputed over and over, and every one still finishes (the oldest always fits alone).
  ServingOptions o;
  o.params.runtime_reserve = 0.10;
  SimulationOptions s;
  s.concurrency = 8;
  s.requests = 48;
  s.input = {LengthKind::uniform, 2048, 1024, 3072};
  s.output = {LengthKind::uniform, 2048, 1024, 3072};
  const std::int64_t per_request = 6144 / o.params.kv_block_tokens;
  // Shrink the pool to between one and two of the longest requests.
  for (double r = 0.70; r < 0.95; r += 0.001) {
    o.params.runtime_reserve = r;
    if (serving_memory(L8, H100, o).kv_blocks < 2 * per_request) break;
  }
  const std::int64_t pages = serving_memory(L8, H100, o).kv_blocks;
  ASSERT_GE(pages, per_request);
  ASSERT_LT(pages, 2 * per_request);
  for (const auto sched : {IterationSchedule::mixed, IterationSchedule::prefill_first}) {
    for (const KvAdmission a : {KvAdmission::on_demand, KvAdmission::estimated_output}) {
      o.params.schedule = sched;
      o.params.kv_admission = a;
      const auto r = simulate(L8, H100, o, s);
      EXPECT_EQ(r.completed, 48);
      EXPECT_GT(r.preemptions, 0);
      EXPECT_TRUE(std::isfinite(r.e2e.p99.in("s")));
      EXPECT_GT(r.tpot.p50.in("ms"), 0.0);
    }
  }
}

TEST(ServingSimulation, SglangsEstimateCountsWindowedLayersInPages) {
  // gpt-oss keeps only a 128-token window's pages on half its layers. A request longer in tokens
  // than the pool's pages x block size still fits by pages; SGLang's admission estimate, counted
  // in pages, admits it (counted in tokens it never would, and the replica would idle).
  const Workload& oss = Models::Language::GPT_OSS_20B;
  ServingOptions o;
  o.params.kv_admission = KvAdmission::estimated_output;
  // A pool of fewer tokens than two thirds of the context, so that 1.5 x its tokens fit the
  // context.
  for (double r = 0.40; r < 0.60; r += 0.002) {
    o.params.runtime_reserve = r;
    if (serving_memory(oss, H100, o).kv_blocks * o.params.kv_block_tokens * 3 <
        2 * *oss.max_context) {
      break;
    }
  }
  const std::int64_t pages = serving_memory(oss, H100, o).kv_blocks;
  ASSERT_GT(pages, 100);
  ASSERT_LT(pages * o.params.kv_block_tokens * 3, 2 * *oss.max_context);
  const std::int64_t tokens = 3 * pages * o.params.kv_block_tokens / 2;  // 1.5 x the pool's tokens
  SimulationOptions s;
  s.concurrency = 2;
  s.requests = 4;
  s.input = {LengthKind::fixed, static_cast<double>(tokens - 64)};
  s.output = {LengthKind::fixed, 64};
  for (const auto sched : {IterationSchedule::mixed, IterationSchedule::prefill_first}) {
    o.params.schedule = sched;
    const auto r = simulate(oss, H100, o, s);
    EXPECT_EQ(r.completed, 4);
    EXPECT_TRUE(std::isfinite(r.e2e.p99.in("s")));
  }
  // A fixed length beyond the context is refused, not clamped.
  s.input = {LengthKind::fixed, static_cast<double>(*oss.max_context)};
  EXPECT_THAT([&] { (void)simulate(oss, H100, o, s); },
              ThrowsMessage<InvalidArgumentError>(
                  AllOf(HasSubstr("'input.mean'"), HasSubstr("exceed the 131072-token context"))));
}

TEST(ServingSimulation, AClosedLoopsFirstWaveQueuesAndAWarmUpLeavesItOut) {
  // 32 clients start together: their 2048-token prompts fill the 8192-token budget four at a time,
  // so the wave's mean TTFT is several prefill iterations, not one.
  SimulationOptions s;
  s.concurrency = 32;
  s.requests = 32;
  s.input = {LengthKind::fixed, 2048};
  s.output = {LengthKind::fixed, 256};
  const auto wave = simulate(L8, H100, {}, s);
  s.concurrency = 1;
  s.requests = 4;
  const auto alone = simulate(L8, H100, {}, s);
  EXPECT_GT(wave.ttft.mean.in("ms"), 3.0 * alone.ttft.mean.in("ms"));
  // Later waves arrive in the groups the first one finished in; leaving the first wave out of the
  // statistics (a benchmark's warm-up) leaves a shorter queue.
  s.concurrency = 32;
  s.requests = 320;
  const auto all = simulate(L8, H100, {}, s);
  s.warmup = 32;
  const auto measured = simulate(L8, H100, {}, s);
  EXPECT_EQ(all.completed, 320);
  EXPECT_EQ(measured.completed, 288);
  EXPECT_LT(measured.ttft.mean, all.ttft.mean);
  EXPECT_LT(all.ttft.mean, wave.ttft.mean);
  s.warmup = 320;
  EXPECT_THAT([&] { (void)simulate(L8, H100, {}, s); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("'warmup'")));
  s.warmup = -1;
  EXPECT_THAT([&] { (void)simulate(L8, H100, {}, s); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("'warmup'")));
}

TEST(ServingSimulation, EnergyAndCostArePerOutputToken) {
  SimulationOptions s = light(4);
  s.accelerator_hour_price = q("2 USD/h");
  const auto r = simulate(L8, H100, {}, s);
  ASSERT_TRUE(r.cost_per_1m_tokens.has_value());
  const double tokens = r.output_throughput.in("tokens/s") * r.duration.in("s");
  EXPECT_NEAR(r.cost_per_1m_tokens->in("USD"), 2.0 * r.duration.in("h") / (tokens / 1e6), 1e-9);
  EXPECT_NEAR(r.energy_per_1k_tokens.in("J"),
              700.0 * r.utilization * r.duration.in("s") / (tokens / 1000), 1e-6);
}

TEST(ServingSimulation, TraceFilesAreReadAndBadRowsNamed) {
  const auto dir = std::filesystem::temp_directory_path();
  const auto good = (dir / "mlsysim-serving-trace-good.csv").string();
  const auto bad = (dir / "mlsysim-serving-trace-bad.csv").string();
  std::ofstream(good) << "arrival_s,input_tokens,output_tokens\n0.0,512,64\n0.5,1024,32\n";
  std::ofstream(bad) << "0.0,512,64\n0.1,abc,3\n";
  const auto trace = read_trace(good);
  ASSERT_EQ(trace.size(), 2u);
  EXPECT_EQ(trace[1].input_tokens, 1024);
  SimulationOptions s;
  s.trace = trace;
  const auto r = simulate(L8, H100, {}, s);
  EXPECT_EQ(r.completed, 2);
  EXPECT_THAT([&] { (void)read_trace(bad); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("line 2")));
  std::remove(good.c_str());
  std::remove(bad.c_str());
}

TEST(ServingSimulation, ATraceRowsCachedPrefixSkipsThatPrefillOnly) {
  // One 4096-token prompt alone on the replica: with 4000 of its tokens cached its TTFT is a
  // 96-token prefill; the uncached twin pays the whole prompt. Lengths and KV are unchanged.
  const std::vector<TraceRequest> cold{{0.0, 4096, 16, std::nullopt}};
  const std::vector<TraceRequest> warm{{0.0, 4096, 16, 4000}};
  SimulationOptions s;
  s.trace = cold;
  const auto a = simulate(L8, H100, {}, s);
  s.trace = warm;
  const auto b = simulate(L8, H100, {}, s);
  EXPECT_LT(b.ttft.mean.in("ms"), 0.25 * a.ttft.mean.in("ms"));
  EXPECT_GT(b.ttft.mean.in("ms"), 0.0);
  // The per-row value replaces the options' rate for that row only: a rate of 0.5 on the cold
  // row lands between the two.
  ServingOptions half;
  half.prefix_hit_rate = 0.5;
  s.trace = cold;
  const auto c = simulate(L8, H100, half, s);
  EXPECT_LT(c.ttft.mean.in("ms"), a.ttft.mean.in("ms"));
  EXPECT_GT(c.ttft.mean.in("ms"), b.ttft.mean.in("ms"));
  s.trace = warm;
  EXPECT_DOUBLE_EQ(simulate(L8, H100, half, s).ttft.mean.in("ms"), b.ttft.mean.in("ms"));
  // Out of range from C++ is refused naming the request.
  const std::vector<TraceRequest> bad{{0.0, 512, 16, 512}};
  s.trace = bad;
  EXPECT_THAT([&] { (void)simulate(L8, H100, {}, s); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("request 0: cached_tokens 512")));
}

TEST(ServingSimulation, TheFrontEndDelaysEachRequestAndQueuesABurstForItsWorkers) {
  // Alone, a request reaches the engine per_request + per_token x prompt later: its TTFT and
  // end-to-end latency grow by exactly that, its TPOT and the device busy time not at all.
  SimulationOptions s;
  s.requests = 1;
  s.concurrency = 1;
  s.input = {LengthKind::fixed, 1000};
  s.output = {LengthKind::fixed, 16};
  EXPECT_TRUE(ServingParams{}.has_front_end());  // priced by default
  EXPECT_FALSE(engine_only().params.has_front_end());
  const SimulationResult off = simulate(L8, H100, engine_only(), s);
  ServingOptions fe;
  fe.params.front_end_latency = Quantity::parse("6 ms");
  fe.params.front_end_per_request = Quantity::parse("5 ms");
  fe.params.front_end_per_prompt_token = Quantity::parse("2 us");
  const SimulationResult on = simulate(L8, H100, fe, s);
  const double front_ms = 6.0 + 5.0 + 0.002 * 1000;
  EXPECT_NEAR(on.ttft.mean.in("ms") - off.ttft.mean.in("ms"), front_ms, 1e-9);
  EXPECT_NEAR(on.e2e.mean.in("ms") - off.e2e.mean.in("ms"), front_ms, 1e-9);
  EXPECT_DOUBLE_EQ(on.tpot.mean.in("ms"), off.tpot.mean.in("ms"));
  EXPECT_DOUBLE_EQ(on.energy_per_1k_tokens.in("J"), off.energy_per_1k_tokens.in("J"));

  // A burst of 8 at time 0 through a front end far slower than the engine (1 s each): request i
  // reaches the engine at (i + 1) s on one worker, so the mean TTFT is 4.5 s plus at most one
  // prefill; on two workers pairs go together, ceil((i + 1) / 2) s, mean 2.5 s; on eight, 1 s.
  const std::vector<TraceRequest> burst(8, TraceRequest{0.0, 1000, 16});
  SimulationOptions b;
  b.trace = burst;
  const double engine_ms = simulate(L8, H100, engine_only(), b).ttft.mean.in("ms");
  ServingOptions slow = engine_only();
  slow.params.front_end_per_request = Quantity::parse("1 s");
  for (const auto& [workers, mean_s] :
       {std::pair<std::int64_t, double>{1, 4.5}, {2, 2.5}, {8, 1.0}}) {
    slow.params.front_end_workers = workers;
    const double ttft = simulate(L8, H100, slow, b).ttft.mean.in("ms");
    EXPECT_GT(ttft, mean_s * 1000.0) << workers;
    EXPECT_LT(ttft, mean_s * 1000.0 + engine_ms) << workers;
  }
  // The latency holds no worker: 8 requests of 1 s latency alone all reach the engine at 1 s.
  ServingOptions late = engine_only();
  late.params.front_end_latency = Quantity::parse("1 s");
  const double ttft = simulate(L8, H100, late, b).ttft.mean.in("ms");
  EXPECT_NEAR(ttft - engine_ms, 1000.0, 1e-6);
}

TEST(ServingEngine, TheFrontEndAddsToTtftAndBoundsTheRequestRate) {
  ServingOptions o = engine_only();
  o.batch = 16;
  o.input_tokens = 512;
  o.output_tokens = 64;
  const ServingResult off = serve(L8, H100, o);
  o.params.front_end_latency = Quantity::parse("4 ms");
  o.params.front_end_per_request = Quantity::parse("3 ms");
  o.params.front_end_per_prompt_token = Quantity::parse("2 us");
  const double front_ms = 4.0 + 3.0 + 0.002 * 512;
  const ServingResult on = serve(L8, H100, o);
  EXPECT_NEAR(on.ttft.in("ms") - off.ttft.in("ms"), front_ms, 1e-9);
  EXPECT_DOUBLE_EQ(on.tpot.in("ms"), off.tpot.in("ms"));
  EXPECT_DOUBLE_EQ(on.request_throughput.base_value(), off.request_throughput.base_value());
  // A front end slower than the engine sets the rate: one worker, 1 s per request.
  o.params.front_end_per_request = Quantity::parse("1 s");
  o.params.front_end_per_prompt_token = Quantity::parse("0 us");
  o.params.front_end_latency = Quantity::parse("0 ms");
  EXPECT_NEAR(serve(L8, H100, o).request_throughput.base_value(), 1.0, 1e-9);
  o.params.front_end_workers = 4;
  EXPECT_NEAR(serve(L8, H100, o).request_throughput.base_value(), 4.0, 1e-9);
  // A static batch waits for its last prompt: ceil(16 / 4) x 1 s before the prefill.
  o.batching = Batching::static_batch;
  const double prefill_ms = [&] {
    ServingOptions p = o;
    p.params.front_end_per_request = Quantity::parse("0 s");
    return serve(L8, H100, p).ttft.in("ms");
  }();
  EXPECT_NEAR(serve(L8, H100, o).ttft.in("ms") - prefill_ms, 4000.0, 1e-6);
}

TEST(ServingSimulation, APrimedPromptSkipsItsWholePagesOnlyForTheFirstArrival) {
  // One request alone: primed, its 2000-token prompt keeps floor(1999 / 16) x 16 = 1984 tokens
  // cached and prefills 16, so its TTFT is that of a cold 16-token prompt (the KV read of the
  // cached pages aside). Two requests in a burst: only the first by arrival is primed.
  SimulationOptions s;
  s.requests = 1;
  s.concurrency = 1;
  s.input = {LengthKind::fixed, 2000};
  s.output = {LengthKind::fixed, 8};
  const double cold = simulate(L8, H100, {}, s).ttft.mean.in("ms");
  s.primed_prompts = 1;
  const double primed = simulate(L8, H100, {}, s).ttft.mean.in("ms");
  SimulationOptions tiny = s;
  tiny.primed_prompts = 0;
  tiny.input = {LengthKind::fixed, 16};
  const double short_prompt = simulate(L8, H100, {}, tiny).ttft.mean.in("ms");
  EXPECT_LT(primed, 0.5 * cold);
  EXPECT_GE(primed, short_prompt);
  EXPECT_LT(primed, 1.5 * short_prompt);
  // A trace burst of two: one primed lowers the mean, both lower it further.
  const std::vector<TraceRequest> two{{0.0, 2000, 8}, {0.0, 2000, 8}};
  SimulationOptions t;
  t.trace = two;
  const double both_cold = simulate(L8, H100, {}, t).ttft.mean.in("ms");
  t.primed_prompts = 1;
  const double one_primed = simulate(L8, H100, {}, t).ttft.mean.in("ms");
  EXPECT_LT(one_primed, both_cold);
  t.primed_prompts = 2;
  EXPECT_LT(simulate(L8, H100, {}, t).ttft.mean.in("ms"), one_primed);
  // A rate above the primed hit is kept: at 0.995 of 2000 tokens (1990 > 1984) priming changes
  // nothing.
  ServingOptions high;
  high.prefix_hit_rate = 0.995;
  s.primed_prompts = 0;
  const double by_rate = simulate(L8, H100, high, s).ttft.mean.in("ms");
  s.primed_prompts = 1;
  EXPECT_DOUBLE_EQ(simulate(L8, H100, high, s).ttft.mean.in("ms"), by_rate);
  for (const std::int64_t bad : {-1, 2}) {
    s.primed_prompts = bad;
    EXPECT_THAT([&] { (void)simulate(L8, H100, {}, s); },
                ThrowsMessage<InvalidArgumentError>(
                    AllOf(HasSubstr("primed_prompts"), HasSubstr("must be in [0, requests]"))));
  }
}

TEST(ServingSimulation, TraceFilesReadAnOptionalCachedTokensColumn) {
  const auto dir = std::filesystem::temp_directory_path();
  const auto path = (dir / "mlsysim-serving-trace-cached.csv").string();
  std::ofstream(path) << "arrival_s,input_tokens,output_tokens,cached_tokens\n0.0,512,64,496\n"
                         "0.5,1024,32\n";
  const auto trace = read_trace(path);
  ASSERT_EQ(trace.size(), 2u);
  ASSERT_TRUE(trace[0].cached_tokens.has_value());
  EXPECT_EQ(*trace[0].cached_tokens, 496);
  EXPECT_FALSE(trace[1].cached_tokens.has_value());
  const std::vector<std::pair<std::string, std::string>> bad = {
      {"0.0,512,64,512\n", "cached_tokens must be in [0, input_tokens): 512 of a 512"},
      {"0.0,512,64,-1\n", "cached_tokens must be in [0, input_tokens)"},
      {"0.0,512,64,1.5\n", "at most four columns"},
      {"0.0,512,64,12x\n", "at most four columns"},
      {"0.0,512,64,1,2\n", "at most four columns"},
  };
  for (const auto& [text, message] : bad) {
    std::ofstream(path) << "0.0,100,10\n" << text;
    EXPECT_THAT([&] { (void)read_trace(path); },
                ThrowsMessage<InvalidArgumentError>(AllOf(HasSubstr("line 2"), HasSubstr(message))))
        << text;
  }
  std::remove(path.c_str());
}

TEST(ServingCapacity, ThePlannerAnswersTheCapacityQuestionWithPercentiles) {
  CapacityOptions c;
  c.qps = 10;
  c.input = {LengthKind::fixed, 2048};
  c.output = {LengthKind::fixed, 256};
  c.slo.ttft = q("2 s");
  c.slo.tpot = q("50 ms");
  c.devices = {&H100, &Hardware::Cloud::A100};
  c.tp = {1, 2};
  c.max_num_seqs = {256};
  c.chunk_tokens = {8192};
  c.requests = 500;
  const auto r = plan_capacity(L8, c);
  ASSERT_FALSE(r.best.empty());
  const auto& best = r.best.front();
  EXPECT_TRUE(best.sim.meets());
  EXPECT_LE(best.sim.ttft.p99, q("2 s"));
  EXPECT_LE(best.sim.tpot.p99, q("50 ms"));
  for (const auto& other : r.best) EXPECT_LE(best.cost_per_hour, other.cost_per_hour);
  // One fewer replica of the cheapest colocated answer misses a target (or it is already 1).
  if (best.deployment == Deployment::colocated && best.replicas > 1) {
    SimulationOptions s;
    s.qps = 10;
    s.requests = 500;
    s.input = c.input;
    s.output = c.output;
    s.slo = c.slo;
    s.replicas = best.replicas - 1;
    ServingOptions so;
    so.tp = best.tp;
    so.precision.compute = so.precision.weights = best.precision;
    EXPECT_FALSE(simulate(L8, *best.device, so, s).meets());
  }
}

TEST(ServingCapacity, AConfigurationTheSearchCannotUseIsNamedInTheNotes) {
  // Llama 3 8B on one H100, 2048 in / 256 out. Nothing meets the targets below, and each
  // configuration says why instead of vanishing from the answer.
  CapacityOptions c;
  c.input = {LengthKind::fixed, 2048};
  c.output = {LengthKind::fixed, 256};
  c.devices = {&H100};
  c.tp = {1};
  c.max_num_seqs = {256};
  c.chunk_tokens = {8192};
  c.requests = 200;
  // TPOT under 1 ms is out of reach at any replica count: batch 1 already misses it.
  c.qps = 10;
  c.slo.tpot = q("1 ms");
  auto r = plan_capacity(L8, c);
  EXPECT_TRUE(r.best.empty());
  ASSERT_FALSE(r.notes.empty());  // one per precision searched
  for (const auto& n : r.notes) {
    EXPECT_THAT(n, HasSubstr("H100 tp 1"));
    EXPECT_THAT(n, HasSubstr("one request alone misses the TPOT target"));
  }
  // A reachable TPOT at 500 requests/s needs far more than the 2 accelerators allowed: the
  // replica search stops at max_accelerators.
  c.qps = 500;
  c.slo.tpot = q("50 ms");
  c.max_accelerators = 2;
  r = plan_capacity(L8, c);
  EXPECT_TRUE(r.best.empty());
  ASSERT_FALSE(r.notes.empty());
  for (const auto& n : r.notes) {
    EXPECT_THAT(n, HasSubstr("no replica count met the SLOs"));
    EXPECT_THAT(n, HasSubstr("would exceed max_accelerators 2"));
  }
}

// ---- local attention (sliding window, chunks) ------------------------------------------------

TEST(ServingLocalAttention, WindowedLayersKeepOnlyTheirWindowsPages) {
  // gpt-oss-120b: a 128-token window on 18 of 36 layers. A request of 8,192 tokens holds 512
  // pages of 16 tokens on the full layers and 128 / 16 + 1 = 9 on the windowed ones:
  // (18 x 512 + 18 x 9) / 36 = 260.5 -> 261 whole-model pages.
  const Workload& oss = Models::Language::GPT_OSS_120B;
  ASSERT_EQ(oss.local_layers(), 18);
  ServingOptions o;
  o.tp = 4;  // 117B BF16 parameters over four H100s
  o.input_tokens = 8000;
  o.output_tokens = 192;
  const auto windowed = serving_memory(oss, H100, o);
  EXPECT_NEAR(windowed.kv_per_request.in("B"), 261.0 * 16 * windowed.kv_per_token.in("B"), 1.0);
  o.params.windowed_kv_pages = false;  // an engine without a hybrid allocator
  const auto flat = serving_memory(oss, H100, o);
  EXPECT_NEAR(flat.kv_per_request.in("B"), 512.0 * 16 * flat.kv_per_token.in("B"), 1.0);
  // The same pool holds about twice the requests.
  o.params.windowed_kv_pages = true;
  const auto more = serve(oss, H100, o).max_concurrent;
  o.params.windowed_kv_pages = false;
  EXPECT_GT(more, serve(oss, H100, o).max_concurrent * 3 / 2);
}

TEST(ServingLocalAttention, LongContextDecodeReadsOnlyTheWindowOnLocalLayers) {
  const Workload& oss = Models::Language::GPT_OSS_120B;
  Workload full = oss;
  full.sliding_window.reset();
  full.local_attention_layers.reset();
  // 64 sequences at 32K context: the windowed layers read 128 keys each (the new token included).
  const IterationLoad load{64, 64 * 32768, 0, 0, 0, 64 * 128.0, 0};
  const auto w = iteration_cost(oss, H100, {}, load);
  const auto f = iteration_cost(full, H100, {}, {64, 64 * 32768, 0, 0, 0});
  EXPECT_LT(w.attention.in("s"), 0.6 * f.attention.in("s"));
  EXPECT_THAT(w.gemm, QuantityNear(f.gemm.str().c_str(), 1e-12));
}

TEST(ServingLocalAttention, ALoadWithoutTheLocalSumsIsRefusedForAWindowedModel) {
  EXPECT_THAT(
      [] {
        (void)iteration_cost(Models::Language::GPT_OSS_120B, H100, {}, {8, 8192, 0, 0, 0});
      },
      ThrowsMessage<InvalidArgumentError>(AllOf(HasSubstr("'load'"), HasSubstr("GPT_OSS_120B"),
                                                HasSubstr("18 layers with local "
                                                          "attention"))));
  // A model without local attention ignores them.
  EXPECT_NO_THROW((void)iteration_cost(L8, H100, {}, {8, 8192, 0, 0, 0}));
}

}  // namespace
}  // namespace mlsysim::solvers
