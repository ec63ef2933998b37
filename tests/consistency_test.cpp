// Consistency checks over the whole catalog, run as table-wide tests: a new entry is checked
// without editing this file. Bounds are sanity ranges per tier, wide enough for every real device
// class from MCUs to wafer-scale systems and tight enough to catch unit slips of 1000x
// (GB vs TB, GFLOP/s vs TFLOP/s). Exceptions are listed by name with the vendor's reason.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <set>
#include <string>

#include "mlsysim/mlsysim.hpp"
#include "mlsysim/testing/matchers.hpp"

namespace mlsysim {
namespace {

struct Range {
  double lo;
  double hi;
  bool contains(double x) const { return x >= lo && x <= hi; }
};

struct TierBounds {
  Range ridge_flop_per_byte;  ///< peak / memory bandwidth
  Range tflops_per_watt;      ///< default dense peak / TDP
  Range capacity_bytes;
  Range bandwidth_bytes_per_s;
  Range tdp_watts;
};

// Sources of the ranges: the tiers' extremes in public datasheets. Cloud spans Cerebras CS-3
// (on-wafer SRAM, ridge < 1) to TPU v1 (DDR3, ridge ~2700) and rack-scale entries (NVL72, 120 kW);
// tiny spans Cortex-M0-class MCUs (~1 mW) to MCUs with NPUs (ST quotes up to 3 TOPS/W for the
// STM32N6's Neural-ART accelerator).
const std::map<Tier, TierBounds> kBounds{
    {Tier::cloud, {{0.5, 5e3}, {0.01, 50}, {1e8, 1e14}, {1e10, 1e17}, {10, 2e5}}},
    {Tier::workstation, {{5, 2e3}, {0.01, 5}, {8e9, 1e12}, {5e10, 5e12}, {20, 1500}}},
    {Tier::mobile, {{5, 5e3}, {0.1, 50}, {1e9, 6.9e10}, {1e10, 2e11}, {0.5, 30}}},
    {Tier::edge, {{1, 1e4}, {0.005, 10}, {1e6, 2.56e11}, {1e8, 1e12}, {0.5, 300}}},
    {Tier::tiny, {{0.05, 100}, {1e-4, 5}, {1e3, 1.6e7}, {1e7, 5e10}, {1e-4, 5}}},
};

const char* tier_name(Tier t) {
  static constexpr const char* kNames[] = {"cloud", "workstation", "mobile", "edge", "tiny"};
  return kNames[static_cast<std::size_t>(t)];
}

TEST(HardwareConsistency, EveryDeviceIsWithinItsTiersPhysicalBounds) {
  std::size_t checked = 0;
  for (const auto* hw : catalog().all<HardwareNode>()) {
    SCOPED_TRACE(std::string(hw->info.path) + " (" + tier_name(hw->tier) + ")");
    const auto& b = kBounds.at(hw->tier);
    const double ridge = hw->ridge_point().in("FLOP/B");
    const double tfw = (hw->compute.peak_flops / hw->power.tdp).in("TFLOP/s/W");
    EXPECT_TRUE(b.ridge_flop_per_byte.contains(ridge)) << "ridge point " << ridge << " FLOP/B";
    EXPECT_TRUE(b.tflops_per_watt.contains(tfw)) << tfw << " TFLOP/s/W";
    EXPECT_TRUE(b.capacity_bytes.contains(hw->memory.capacity.in("B"))) << hw->memory.capacity;
    EXPECT_TRUE(b.bandwidth_bytes_per_s.contains(hw->memory.bandwidth.in("B/s")))
        << hw->memory.bandwidth;
    EXPECT_TRUE(b.tdp_watts.contains(hw->power.tdp.in("W"))) << hw->power.tdp;
    ++checked;
  }
  EXPECT_GE(checked, 60u);
}

// Vendor figures whose sparse rate is not 2x dense, with the reason.
const std::set<std::pair<std::string, std::string>> kSparseExceptions{
    // Blackwell Ultra: NVIDIA quotes FP4 dense 15 PF (NVFP4 with the enhanced dense path) and
    // sparse 20 PF per GPU in the B300/GB300 material.
    {"B300", "fp4"},
    {"GB300", "fp4"},
    {"GB300_NVL72", "fp4"},
};

TEST(HardwareConsistency, SparseIsTwiceDenseWhereBothExist) {
  std::size_t pairs = 0;
  for (const auto* hw : catalog().all<HardwareNode>()) {
    for (std::size_t i = 0; i < kPrecisionCount; ++i) {
      const auto& d = hw->compute.dense[i];
      const auto& s = hw->compute.sparse[i];
      if (!d || !s) continue;
      ++pairs;
      const std::string name(kPrecisionNames[i]);
      if (kSparseExceptions.count({std::string(hw->info.key), name})) continue;
      EXPECT_NEAR((*s / *d).in("count"), 2.0, 0.03) << hw->info.path << " " << name;
    }
  }
  EXPECT_GT(pairs, 50u);
}

TEST(ModelConsistency, AlmostEveryTransformerHasAShapeTheLoaderCanCheck) {
  // The loader rejects a declared parameter count more than 10% from the shape
  // (src/catalog/checks.cpp); that only protects models
  // whose shape is complete, so the ones without a shape must stay few.
  std::size_t checked = 0;
  std::vector<std::string> skipped;
  for (const auto* m : catalog().all<Workload>()) {
    const auto shape = m->shape_parameters();
    if (!shape) {
      if (m->architecture == Architecture::transformer || m->architecture == Architecture::moe) {
        skipped.emplace_back(m->info.key);
      }
      continue;
    }
    ++checked;
  }
  // Transformers without a complete shape (leaked GPT-4, two-tower CLIP...) are skipped; the
  // list must stay short enough to read.
  EXPECT_GE(checked, 40u);
  EXPECT_LE(skipped.size(), 8u) << ::testing::PrintToString(skipped);
}

TEST(ModelConsistency, FlopsPerTokenAreAboutTwiceTheActiveParameters) {
  // One multiply-add (2 FLOP) per active weight per token. Entries may count the input
  // embedding lookup (a gather, no FLOPs) or not; both conventions are accepted, with 5% slack
  // for attention projections of rounded published figures.
  std::size_t checked = 0;
  for (const auto* m : catalog().all<Workload>()) {
    if (!m->inference_flops || m->flops_basis != FlopsBasis::per_token) continue;
    const double flops = m->inference_flops->in("FLOP");
    const double active = static_cast<double>(m->active_params());
    const double lookup = m->vocab_size && m->hidden_dim
                              ? static_cast<double>(*m->vocab_size * *m->hidden_dim)
                              : 0.0;  // the input embedding is a gather, no FLOPs
    // Encoder-decoder models generate with the decoder alone (Whisper), or count a token through
    // both stacks (T5); the decoder holds at least 40% of the weights.
    const double share = m->encoder_decoder.value_or(false) ? 0.4 : 0.95;
    EXPECT_GE(flops, share * 2 * (active - lookup)) << m->info.path;
    EXPECT_LE(flops, 1.05 * 2 * active) << m->info.path;
    ++checked;
  }
  EXPECT_GE(checked, 35u);
}

TEST(SystemConsistency, EveryReferenceResolvesToAnEntryOfTheCatalog) {
  std::set<const void*> known;
  for (const auto& e : catalog().entries())
    std::visit([&](auto* p) { known.insert(p); }, e.pointer());
  for (const auto* n : catalog().all<Node>())
    EXPECT_TRUE(known.count(n->accelerator)) << n->info.path;
  for (const auto* f : catalog().all<Fleet>()) {
    EXPECT_TRUE(known.count(f->node)) << f->info.path;
    EXPECT_TRUE(known.count(f->fabric)) << f->info.path;
    if (f->datacenter != nullptr) {
      EXPECT_TRUE(known.count(f->datacenter)) << f->info.path;
    }
  }
  for (const auto* d : catalog().all<Datacenter>())
    EXPECT_TRUE(known.count(d->grid)) << d->info.path;
  for (const auto* p : catalog().all<Pod>())
    EXPECT_TRUE(known.count(p->accelerator)) << p->info.path;
  for (const auto* r : catalog().all<Rack>()) EXPECT_TRUE(known.count(r->node)) << r->info.path;
}

TEST(InfraConsistency, GridsHavePlausibleIntensityPriceAndShares) {
  for (const auto* g : catalog().all<GridProfile>()) {
    SCOPED_TRACE(std::string(g->info.path));
    const double ci = g->carbon_intensity.in("gCO2e/kWh");
    EXPECT_GE(ci, 0.0);
    EXPECT_LE(ci, 1200.0);  // above pure lignite generation
    EXPECT_GE(g->data_year, 2015);
    if (g->electricity_price) {
      EXPECT_GT(g->electricity_price->in("USD/kWh"), 0.01);
      EXPECT_LT(g->electricity_price->in("USD/kWh"), 1.0);
    }
    if (g->pue) {
      EXPECT_LE(*g->pue, 3.0);
    }
  }
  for (const auto* d : catalog().all<Datacenter>()) {
    if (d->pue) {
      EXPECT_LE(*d->pue, 3.0) << d->info.path;
    }
  }
}

TEST(ZooSizes, EachZooHoldsAtLeastTheIssuesCounts) {
  const auto& c = catalog();
  EXPECT_GE(c.all<HardwareNode>().size(), 75u);
  EXPECT_GE(c.all<Workload>().size(), 60u);
  EXPECT_GE(c.all<GridProfile>().size(), 40u);
  EXPECT_FALSE(c.all<Fleet>().empty());
  EXPECT_FALSE(c.all<Node>().empty());
  EXPECT_FALSE(c.all<NetworkFabric>().empty());
  EXPECT_FALSE(c.all<Datacenter>().empty());
  EXPECT_FALSE(c.all<CoolingProfile>().empty());
}

// Names users know from the seed document and the Python original resolve, as entries or
// aliases.
TEST(NamesUsersKnow, SeedAndOriginalNamesResolve) {
  for (const char* name : {"Hardware.Cloud.A100",
                           "Hardware.Edge.JetsonAGX",
                           "Hardware.Edge.JetsonAGXOrin",
                           "Models.ResNet50",
                           "Models.Language.Llama3_70B",
                           "Infra.Grids.Quebec",
                           "Infra.Grids.US_Average",
                           "Infra.Grids.US_Avg",
                           "Systems.Clusters.Frontier_8K",
                           "H100",
                           "H200",
                           "B200",
                           "GB200_NVL72",
                           "MI300X",
                           "MI250X",
                           "Gaudi2",
                           "Gaudi3",
                           "Trainium2",
                           "TPUv4",
                           "TPUv5p",
                           "TPUv6",
                           "T4",
                           "V100",
                           "Cerebras_CS3",
                           "Groq_LPU",
                           "DGX_Spark",
                           "MacBookM3Max",
                           "iPhone15Pro",
                           "Snapdragon8Gen3",
                           "JetsonOrinNX",
                           "Coral",
                           "ESP32_S3",
                           "nRF52840",
                           "BERT_Base",
                           "GPT2",
                           "GPT3",
                           "Llama2_70B",
                           "Llama3_8B",
                           "Llama3_405B",
                           "Mixtral_8x7B",
                           "DeepSeek_V3",
                           "AlexNet",
                           "MobileNetV2",
                           "ResNet18",
                           "YOLOv8_Nano",
                           "DS_CNN",
                           "DLRM",
                           "Mamba_130M",
                           "StableDiffusion_v1_5",
                           "DGX_H100",
                           "DGX_A100",
                           "InfiniBand_NDR",
                           "Research_256",
                           "Mega_100K",
                           "China_Avg",
                           "Poland",
                           "LiquidCooled",
                           "Quebec_Hydro"}) {
    EXPECT_NE(catalog().try_find(name), nullptr) << name;
  }
}

// Spot checks against vendor datasheets (values read from the documents, not from the catalog).
TEST(DatasheetSpotChecks, FiguresMatchTheVendorDocuments) {
  using testing::QuantityNear;
  const auto& c = catalog();
  // NVIDIA H100 SXM5 datasheet: 989.4 TFLOPS BF16 dense (1,979 sparse), 3.35 TB/s, 80 GB, 700 W.
  const auto& h100 = c.get<HardwareNode>("H100");
  EXPECT_THAT(*h100.peak(Precision::bf16), QuantityNear("989.4 TFLOP/s", 1e-3));
  EXPECT_THAT(h100.memory.bandwidth, QuantityNear("3.35 TB/s", 1e-9));
  EXPECT_THAT(h100.memory.capacity, QuantityNear("80 GiB", 1e-9));  // physical (JEDEC) GB
  EXPECT_THAT(h100.power.tdp, QuantityNear("700 W", 1e-9));
  // NVIDIA A100 80GB datasheet: 312 TFLOPS BF16 dense, 2,039 GB/s (SXM), 400 W.
  const auto& a100 = c.get<HardwareNode>("A100");
  EXPECT_THAT(a100.memory.bandwidth, QuantityNear("2039 GB/s", 1e-9));
  // AMD Instinct MI300X: 1,307.4 TFLOPS BF16 dense, 5.3 TB/s, 192 GB HBM3, 750 W.
  const auto& mi300x = c.get<HardwareNode>("MI300X");
  EXPECT_THAT(*mi300x.peak(Precision::bf16), QuantityNear("1307.4 TFLOP/s", 1e-3));
  EXPECT_THAT(mi300x.memory.bandwidth, QuantityNear("5.3 TB/s", 1e-9));
  EXPECT_THAT(mi300x.power.tdp, QuantityNear("750 W", 1e-9));
  // Google Cloud TPU v5p: 459 TFLOPS BF16, 2,765 GB/s.
  const auto& v5p = c.get<HardwareNode>("TPUv5p");
  EXPECT_THAT(*v5p.peak(Precision::bf16), QuantityNear("459 TFLOP/s", 1e-9));
  EXPECT_THAT(v5p.memory.bandwidth, QuantityNear("2765 GB/s", 1e-9));
  // NVIDIA H200: 141 GB, 4.8 TB/s.
  const auto& h200 = c.get<HardwareNode>("H200");
  EXPECT_THAT(h200.memory.capacity, QuantityNear("141 GiB", 1e-9));
  EXPECT_THAT(h200.memory.bandwidth, QuantityNear("4.8 TB/s", 1e-9));
  // NVIDIA GH200 datasheet, the HBM3e column: 144GB HBM3e, up to 4.9TB/s, 990 TFLOPS BF16 dense
  // (one compute column for both memory variants).
  const auto& gh200 = c.get<HardwareNode>("GH200_144GB");
  EXPECT_THAT(gh200.memory.bandwidth, QuantityNear("4.9 TB/s", 1e-9));
  EXPECT_THAT(gh200.memory.capacity, QuantityNear("144 GiB", 1e-9));  // 146,831 MiB visible
  EXPECT_THAT(*gh200.peak(Precision::bf16), QuantityNear("990 TFLOP/s", 1e-3));
  // NVIDIA's DGX-2 blog: 16 V100 32 GB delivering two petaFLOPS; eight 100 Gb/s EDR NICs.
  const auto& dgx2 = c.get<Node>("DGX2");
  EXPECT_EQ(dgx2.accelerators_per_node, 16);
  EXPECT_EQ(dgx2.nics_per_node, std::optional<std::int64_t>(8));
  EXPECT_THAT(*dgx2.nic_bandwidth, QuantityNear("100 Gbps", 1e-9));
  EXPECT_THAT(*dgx2.accelerator->peak(Precision::fp16) * 16.0, QuantityNear("2 PFLOP/s", 1e-9));
  // Meta Llama 3 70B config.json: 80 layers, hidden 8192, 64 heads, 8 KV heads, vocab 128256.
  const auto& llama = c.get<Workload>("Llama3_70B");
  EXPECT_EQ(llama.layers, 80);
  EXPECT_EQ(llama.hidden_dim, 8192);
  EXPECT_EQ(llama.heads, 64);
  EXPECT_EQ(llama.kv_heads, 8);
  EXPECT_EQ(llama.vocab_size, 128256);
  // DeepSeek-V3 config.json: 61 layers, hidden 7168, 256 routed experts, top-8, kv_lora_rank 512.
  const auto& ds = c.get<Workload>("DeepSeek_V3");
  EXPECT_EQ(ds.layers, 61);
  EXPECT_EQ(ds.hidden_dim, 7168);
  EXPECT_EQ(ds.experts, 256);
  EXPECT_EQ(ds.experts_per_token, 8);
  EXPECT_EQ(ds.kv_lora_rank, 512);
}

// ---- data conventions (issue 13, items 14 and 19) ----------------------------------------

TEST(PowerKinds, EveryPowerFigureFromAnEstimateIsMarkedAnEstimate) {
  std::size_t estimates = 0;
  for (const auto* h : catalog().all<HardwareNode>()) {
    ASSERT_TRUE(h->power.tdp_kind.has_value()) << h->info.path << " states no power.tdp_kind";
    const Source* s = h->info.source_for("/power/tdp");
    ASSERT_NE(s, nullptr) << h->info.path;
    if (s->kind == SourceKind::estimate || s->kind == SourceKind::derived) {
      EXPECT_EQ(h->power.tdp_kind, PowerKind::estimate) << h->info.path;
      ++estimates;
    }
  }
  EXPECT_GT(estimates, 10u);
  EXPECT_EQ(Hardware::Cloud::H100.power.tdp_kind, PowerKind::tdp);
  EXPECT_EQ(Hardware::Cloud::MI300X.power.tdp_kind, PowerKind::board_power);
  EXPECT_EQ(Hardware::Cloud::TPUv4.power.tdp_kind, PowerKind::measured_max);
  EXPECT_EQ(Hardware::Cloud::GB200_NVL72.power.tdp_kind, PowerKind::rack);
}

TEST(GridAccounting, EveryGridSaysHowItsIntensityWasAccounted) {
  std::set<CarbonAccounting> seen;
  for (const auto* g : catalog().all<GridProfile>()) {
    ASSERT_TRUE(g->accounting.has_value()) << g->info.path;
    seen.insert(*g->accounting);
  }
  EXPECT_EQ(seen.size(), 3u);
  EXPECT_EQ(Infra::Grids::Poland.accounting, CarbonAccounting::production_based);
  EXPECT_EQ(Infra::Grids::Quebec.accounting, CarbonAccounting::consumption_based);
}

TEST(FootprintAssumptions, PowerBasisPueAccountingAndWaterAreExplicit) {
  solvers::FootprintOptions o;
  o.duration = Quantity::parse("30 day");
  o.grid = &Infra::Grids::Poland;
  const auto& fleet = Systems::Clusters::Frontier_8K;
  const auto node = solvers::footprint(fleet, o);
  o.prefer = solvers::PowerBasis::accelerator_power;
  const auto accel = solvers::footprint(fleet, o);
  ASSERT_TRUE(fleet.node->system_power.has_value());
  EXPECT_EQ(node.power_basis, solvers::PowerBasis::node_system_power);
  EXPECT_EQ(accel.power_basis, solvers::PowerBasis::accelerator_power);
  EXPECT_GT(node.it_energy, accel.it_energy);  // system power includes CPUs, NICs, fans
  EXPECT_THAT(accel.power_per_accelerator, testing::QuantityNear("700 W", 1e-12));
  const auto lines = solvers::assumptions(accel, fleet);
  ASSERT_GE(lines.size(), 3u);
  EXPECT_THAT(lines[0], ::testing::HasSubstr("power: the accelerator's TDP of 700 W"));
  EXPECT_THAT(lines[2], ::testing::HasSubstr("production-based"));
  if (!accel.water_known) {
    EXPECT_THAT(lines.back(), ::testing::HasSubstr("water: unknown"));
  }
  EXPECT_EQ(accel.accounting, std::optional{CarbonAccounting::production_based});
}

TEST(RooflineMonotonicity, LatencyNeverFallsAsTheBatchGrowsEvenWhenNothingFits) {
  // issue 13 item 11: OpenVLA_7B on Coral, int8, context 1024 gave 12070, 12069.9, 12068.8 ms
  // for batch 1, 8, 64.
  std::size_t checked = 0;
  for (const auto* hw : catalog().all<HardwareNode>()) {
    for (const auto* m : {&Models::Language::Llama3_8B, &catalog().get<Workload>("OpenVLA_7B"),
                          &Models::Vision::ResNet50}) {
      solvers::RooflineOptions o;
      o.context = 1024;
      o.precision.compute = hw->compute.default_precision;
      double previous = 0;
      for (std::int64_t b : {1, 8, 64}) {
        o.batch = b;
        try {
          const auto r = solvers::roofline(*m, *hw, o);
          EXPECT_GE(r.latency.base_value(), previous * (1.0 - 1e-12))
              << m->info.key << " on " << hw->info.key << " at batch " << b;
          previous = r.latency.base_value();
          ++checked;
        } catch (const InvalidArgumentError&) {
          break;  // a precision the device lacks, or a workload it cannot run
        }
      }
    }
  }
  EXPECT_GT(checked, 100u);
}

}  // namespace
}  // namespace mlsysim
