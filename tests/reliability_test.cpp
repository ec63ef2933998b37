// Tests of checkpointing and reliability at scale (mlsysim/solvers/reliability.hpp) and of the
// storage_tier and failure_study catalog kinds, against the Llama 3 paper's Table 5
// (arXiv:2407.21783, section 3.3.4), AWS's FSx for Lustre and S3 figures, and hand calculations.
#include "mlsysim/solvers/reliability.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>

#include "mlsysim/mlsysim.hpp"
#include "overlay_dir.hpp"

namespace {

using namespace mlsysim;
using namespace mlsysim::solvers;
using ::testing::HasSubstr;
using ::testing::ThrowsMessage;

double rel(double got, double want) { return std::abs(got - want) / std::abs(want); }

const FailureStudy& llama3() { return Infra::Reliability::Llama3_405B_54d; }

// ---- the catalog entries ------------------------------------------------------------------

TEST(FailureStudyEntry, Llama3TableHasTheCountsAsPrintedAndTheyAddUpTo419) {
  // Llama 3 paper, Table 5: 148 Faulty GPU, 72 GPU HBM3 Memory, 35 Network Switch/Cable, ...
  const FailureStudy& s = llama3();
  EXPECT_EQ(s.accelerators, 16384);
  EXPECT_EQ(s.hosts, 2048);
  EXPECT_DOUBLE_EQ(s.duration.in("day"), 54.0);
  EXPECT_EQ(s.unexpected_interruptions, 419);
  EXPECT_EQ(s.planned_interruptions, std::optional<std::int64_t>(47));
  ASSERT_TRUE(s.interruptions.gpu.has_value());
  EXPECT_EQ(s.interruptions.gpu->label, "Faulty GPU");
  EXPECT_EQ(s.interruptions.gpu->count, 148);
  EXPECT_EQ(s.interruptions[FailureClass::hbm]->count, 72);
  EXPECT_EQ(s.interruptions[FailureClass::switch_cable]->label, "Network Switch/Cable");
  EXPECT_EQ(s.interruptions[FailureClass::switch_cable]->count, 35);
  EXPECT_EQ(s.interruptions[FailureClass::unknown]->label, "NCCL Watchdog Timeouts");
  EXPECT_EQ(s.accelerator, &Hardware::Cloud::H100);
}

TEST(FailureStudyEntry, EveryVocabularyNameParsesBackToItsValue) {
  for (const auto c : enum_values<FailureClass>()) EXPECT_EQ(parse<FailureClass>(to_string(c)), c);
  for (const auto c : enum_values<StorageClass>()) EXPECT_EQ(parse<StorageClass>(to_string(c)), c);
  for (const auto b : enum_values<BandwidthBasis>()) {
    EXPECT_EQ(parse<BandwidthBasis>(to_string(b)), b);
  }
  EXPECT_EQ(failure_scale(FailureClass::hbm), FailureScale::accelerator);
  EXPECT_EQ(failure_scale(FailureClass::switch_cable), FailureScale::host);
}

TEST(StorageTierEntry, FsxPersistent2TiersArePerTibAsAwsQuotesThem) {
  // AWS FSx for Lustre guide: PERSISTENT_2 "125, 250, 500, and 1000 MB/s/TiB".
  EXPECT_EQ(Infra::Storage::FSxLustre_P2_125.basis, BandwidthBasis::per_TiB);
  EXPECT_DOUBLE_EQ(Infra::Storage::FSxLustre_P2_125.write_bandwidth.in("MB/s"), 125.0);
  EXPECT_DOUBLE_EQ(Infra::Storage::FSxLustre_P2_1000.read_bandwidth.in("MB/s"), 1000.0);
  EXPECT_EQ(Infra::Storage::FSxLustre_P2_1000.storage_class, StorageClass::parallel_fs);
  // AWS S3 guideline: one concurrent request per 85-90 MB/s (low end stored).
  EXPECT_EQ(Infra::Storage::S3_PerRequest.basis, BandwidthBasis::per_request);
  EXPECT_DOUBLE_EQ(Infra::Storage::S3_PerRequest.read_bandwidth.in("MB/s"), 85.0);
  EXPECT_DOUBLE_EQ(Infra::Storage::S3_PerRequest.read_request_rate->in("1/s"), 5500.0);
}

// ---- interruptions scaled from the study --------------------------------------------------

TEST(InterruptionForecast, TheStudyAtItsOwnScaleReproduces419In54Days) {
  // 419 / 54 d = 7.759 unexpected interruptions per day, one per 54 x 24 / 419 = 3.093 h.
  const auto f = interruption_forecast(llama3(), 16384, 2048);
  EXPECT_LT(rel(f.per_day * 54.0, 419.0), 1e-12);
  EXPECT_LT(rel(f.per_day, 7.759259), 1e-6);
  EXPECT_LT(rel(f.mean_time_between.in("h"), 3.093079), 1e-6);
  EXPECT_EQ(f.classes.size(), 18U);
}

TEST(InterruptionForecast, FaultyGpuRateIsDerivedPerGpuHour) {
  // 148 / (16,384 GPUs x 54 d x 24 h) = 148 / 21,233,664 GPU-h = 6.970e-6 per GPU-hour.
  const auto f = interruption_forecast(llama3(), 16384, 2048);
  const auto gpu = std::find_if(f.classes.begin(), f.classes.end(),
                                [](const auto& k) { return k.failure_class == FailureClass::gpu; });
  ASSERT_NE(gpu, f.classes.end());
  EXPECT_EQ(gpu->count, 148);
  EXPECT_LT(rel(gpu->rate.in("1/h"), 6.970064e-6), 1e-6);
  // Switch/cable is per host: 35 / (2,048 hosts x 1,296 h) = 1.3187e-5 per host-hour.
  const auto sw = std::find_if(f.classes.begin(), f.classes.end(), [](const auto& k) {
    return k.failure_class == FailureClass::switch_cable;
  });
  ASSERT_NE(sw, f.classes.end());
  EXPECT_EQ(sw->scale, FailureScale::host);
  EXPECT_LT(rel(sw->rate.in("1/h"), 35.0 / (2048.0 * 1296.0)), 1e-12);
}

TEST(InterruptionForecast, HalfTheGpusOnTheSameHostsHalvesOnlyTheAcceleratorClasses) {
  // Accelerator classes (GPU 148, HBM 72, SRAM 19, GSP 17, SDC 6, thermal 6, software 54,
  // dependency 2, unknown 7) sum to 331; host classes (NIC 7, switch/cable 35, PSU 3, SSD 3, CPU
  // 2, memory 2, chassis 2, IO board 2, host maintenance 32) to 88. At 8,192 GPUs on the same
  // 2,048 hosts: (331 / 2 + 88) / 54 = 4.6944 per day. At 8,192 GPUs on 1,024 hosts every class
  // halves: 419 / 108 = 3.8796 per day.
  EXPECT_LT(rel(interruption_forecast(llama3(), 8192, 2048).per_day, 253.5 / 54.0), 1e-12);
  EXPECT_LT(rel(interruption_forecast(llama3(), 8192, 1024).per_day, 419.0 / 108.0), 1e-12);
}

TEST(InterruptionForecast, NonPositiveTargetsAreRejectedByName) {
  EXPECT_THAT([] { (void)interruption_forecast(llama3(), 0, 2048); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("accelerators")));
  EXPECT_THAT([] { (void)interruption_forecast(llama3(), 8, -1); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("hosts")));
}

// ---- checkpoint size ------------------------------------------------------------------------

constexpr std::int64_t kLlama3_70B = 70553706496;  // catalog/models/language/Llama3_70B.json

TEST(CheckpointSize, Llama70BBf16WithFp32AdamIsFourteenBytesPerParameter) {
  // bf16 weights 2 B + fp32 master 4 B + fp32 Adam m and v 8 B = 14 B per parameter (gradients
  // are not saved). 70,553,706,496 x 14 = 987,751,890,944 B = 987.75 GB.
  // TP8 PP4 DP4 ZeRO-1: weights per rank N x 2 / 32 = 4,409,606,656 B; optimizer per rank
  // N x 12 / (32 x 4) = 6,614,409,984 B; per rank 11,024,016,640 B; restore over 128 ranks
  // 1,411,074,129,920 B.
  ParallelConfig p;
  p.tp = 8;
  p.pp = 4;
  p.dp = 4;
  p.zero_stage = 1;
  const auto c = checkpoint_size(kLlama3_70B, p);
  EXPECT_DOUBLE_EQ(c.bytes_per_parameter.in("B"), 14.0);
  EXPECT_LT(rel(c.total.in("B"), 987751890944.0), 1e-12);
  EXPECT_LT(rel(c.weights_per_rank.in("B"), 4409606656.0), 1e-12);
  EXPECT_LT(rel(c.optimizer_per_rank.in("B"), 6614409984.0), 1e-12);
  EXPECT_LT(rel(c.per_rank.in("B"), 11024016640.0), 1e-12);
  EXPECT_EQ(c.ranks, 128);
  EXPECT_LT(rel(c.restore_total.in("B"), 1411074129920.0), 1e-12);
}

TEST(CheckpointSize, ZeroStagesShardTheOptimizerThenTheWeightsOverDataParallelRanks) {
  ParallelConfig p;
  p.tp = 8;
  p.pp = 4;
  p.dp = 4;
  p.zero_stage = 0;  // optimizer replicated: N x 12 / 32 = 26,457,639,936 B per rank
  EXPECT_LT(rel(checkpoint_size(kLlama3_70B, p).optimizer_per_rank.in("B"), 26457639936.0), 1e-12);
  p.zero_stage = 3;  // weights sharded too: N x 2 / 128 = 1,102,401,664 B per rank
  EXPECT_LT(rel(checkpoint_size(kLlama3_70B, p).weights_per_rank.in("B"), 1102401664.0), 1e-12);
  // Without a master copy and with bf16 moments: 2 + 0 + 4 = 6 B per parameter.
  CheckpointContents lean;
  lean.state.master_weights = false;
  lean.state.optimizer_moments = Precision::bf16;
  EXPECT_DOUBLE_EQ(checkpoint_size(kLlama3_70B, p, lean).bytes_per_parameter.in("B"), 6.0);
}

TEST(CheckpointSize, BadLayoutsAreRejectedByName) {
  ParallelConfig p;
  p.ep = 2;
  EXPECT_THAT([&] { (void)checkpoint_size(kLlama3_70B, p); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("expert-parallel")));
  p.ep = 1;
  p.zero_stage = 4;
  EXPECT_THAT([&] { (void)checkpoint_size(kLlama3_70B, p); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("zero_stage")));
  EXPECT_THAT([] { (void)checkpoint_size(0, ParallelConfig{}); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("parameters")));
}

// ---- storage bandwidth by basis ----------------------------------------------------------------

TEST(StorageBandwidth, FsxPerTibTimesProvisionedCapacity) {
  // 1000 MB/s per TiB x 100 TiB = 100,000 MB/s = 100 GB/s.
  StorageProvision pv;
  pv.capacity = Quantity(100.0, "TiB");
  const auto b = storage_bandwidth(Infra::Storage::FSxLustre_P2_1000, pv);
  EXPECT_LT(rel(b.write.in("GB/s"), 100.0), 1e-12);
  EXPECT_LT(rel(b.read.in("GB/s"), 100.0), 1e-12);
  EXPECT_DOUBLE_EQ(b.multiplier, 100.0);
}

TEST(StorageBandwidth, S3PerRequestTimesConcurrency) {
  // 85 MB/s x 1,000 concurrent requests = 85 GB/s.
  StorageProvision pv;
  pv.concurrency = 1000;
  EXPECT_LT(rel(storage_bandwidth(Infra::Storage::S3_PerRequest, pv).read.in("GB/s"), 85.0), 1e-12);
}

TEST(StorageBandwidth, AMissingProvisionNamesTheFieldTheBasisNeeds) {
  EXPECT_THAT([] { (void)storage_bandwidth(Infra::Storage::FSxLustre_P2_1000, {}); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("per TiB provisioned")));
  EXPECT_THAT([] { (void)storage_bandwidth(Infra::Storage::S3_PerRequest, {}); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("concurrency")));
  EXPECT_THAT([] { (void)storage_bandwidth(Infra::Storage::DDN_AI400X2_Turbo, {}); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("appliances")));
  StorageProvision rate;
  rate.capacity = Quantity(1.0, "GB/s");
  EXPECT_THAT([&] { (void)storage_bandwidth(Infra::Storage::FSxLustre_P2_1000, rate); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr("capacity")));
}

// ---- the whole plan -----------------------------------------------------------------------------

TEST(CheckpointPlan, Llama70BOnEightThousandH100sToFsx) {
  // Frontier_8K: 1,024 DGX H100 = 8,192 GPUs; TP8 PP4 -> DP 256, ZeRO-1.
  // Write: 987,751,890,944 B / 100 GB/s = 9.8775 s.
  // Restore: every rank reads its weights (N x 2 / 32) and optimizer shard (N x 12 / 8,192):
  // 8,192 x that = N x (512 + 12) = 36,970,142,203,904 B; / 100 GB/s = 369.70 s.
  // Interruptions: every class halves (8,192 GPUs, 1,024 hosts): 419 / 108 = 3.8796 per day,
  // M = 108 x 24 / 419 h = 22,270.17 s. Young sqrt(2 x 9.8775 x 22,270.17) = 663.29 s.
  // Daly: sqrt(2 d M)(1 + sqrt(d / 2M) / 3 + d / 18M) - d = 656.72 s.
  // Goodput: 1 - 9.8775 / 666.59 - (328.36 + 600 + 369.70) / 22,270.17 = 0.92690.
  ParallelConfig p;
  p.tp = 8;
  p.pp = 4;
  CheckpointPlanOptions o;
  o.provision.capacity = Quantity(100.0, "TiB");
  const auto r = checkpoint_plan(Models::Language::Llama3_70B, Systems::Clusters::Frontier_8K, p,
                                 Infra::Storage::FSxLustre_P2_1000, llama3(), o);
  EXPECT_LT(rel(r.write_time.in("s"), 9.87751890944), 1e-9);
  EXPECT_LT(rel(r.read_time.in("s"), 369.70142203904), 1e-9);
  EXPECT_LT(rel(r.restart_cost.in("s"), 969.70142203904), 1e-9);
  EXPECT_LT(rel(r.interruptions.per_day, 419.0 / 108.0), 1e-12);
  EXPECT_LT(rel(r.interruptions.mean_time_between.in("s"), 22270.167064), 1e-9);
  EXPECT_LT(rel(r.young_interval.in("s"), 663.285755), 1e-6);
  EXPECT_LT(rel(r.daly_interval.in("s"), 656.717086), 1e-6);
  EXPECT_NEAR(r.goodput, 0.926895, 1e-6);
  EXPECT_LT(rel(r.expected_interruptions, 419.0 / 108.0 * 30.0), 1e-12);
}

TEST(CheckpointPlan, LocalNvmeDefaultsToOneDrivePerHostAndSaysSo) {
  // 1,024 hosts x 6,600 MB/s = 6,758.4 GB/s; 987.75 GB / 6,758.4 GB/s = 0.14615 s.
  ParallelConfig p;
  p.tp = 8;
  p.pp = 4;
  const auto r = checkpoint_plan(Models::Language::Llama3_70B, Systems::Clusters::Frontier_8K, p,
                                 Infra::Storage::Samsung_PM1743, llama3());
  EXPECT_LT(rel(r.write_time.in("s"), 0.146151735757), 1e-9);
  ASSERT_FALSE(r.assumptions.empty());
  EXPECT_THAT(r.assumptions.front(), HasSubstr("one Samsung_PM1743 drive per host: 1024 drives"));
}

TEST(CheckpointPlan, ALayoutThatDoesNotDivideTheFleetIsRejected) {
  ParallelConfig p;
  p.tp = 3;
  EXPECT_THAT(
      [&] {
        (void)checkpoint_plan(Models::Language::Llama3_70B, Systems::Clusters::Frontier_8K, p,
                              Infra::Storage::Samsung_PM1743, llama3());
      },
      ThrowsMessage<InvalidArgumentError>(HasSubstr("does not divide the fleet's 8192")));
}

TEST(Goodput, MatchesTheHandCalculationInTheHeader) {
  // delta 60 s, tau 3600 s, M 10 h, R 10 min: 1 - 60/3660 - (1800 + 600)/36000 = 0.916940.
  EXPECT_NEAR(goodput(Quantity(60.0, "s"), Quantity(3600.0, "s"), Quantity(10.0, "h"),
                      Quantity(10.0, "min")),
              1.0 - 60.0 / 3660.0 - 2400.0 / 36000.0, 1e-12);
}

// ---- loader diagnostics for bad entries ------------------------------------------------------

/// A scratch overlay with its own source record (tests/overlay_dir.hpp).
class Overlay : public mlsysim::testing::OverlayDir {
 public:
  Overlay()
      : OverlayDir(
            "mlsysim-rel-",
            R"({"lab-storage": {"kind": "convention", "title": "Ours", "verified": "2026-11-29"}})") {
  }
};

const std::string kTier = R"({
  "kind": "storage_tier", "key": "LabFs", "name": "Lab file system",
  "class": "parallel_fs", "read_bandwidth": "10 GB/s", "write_bandwidth": "5 GB/s",
  "basis": "per_appliance", "source": "lab-storage"
})";

const std::string kStudy = R"({
  "kind": "failure_study", "key": "LabRun", "name": "Lab run",
  "accelerators": 64, "hosts": 8, "duration": "10 day", "unexpected_interruptions": 3,
  "interruptions": {"gpu": {"label": "GPU", "count": 2}, "nic": {"label": "NIC", "count": 1}},
  "source": "lab-storage"
})";

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  text.replace(text.find(from), from.size(), to);
  return text;
}

TEST(ReliabilityOverlay, GoodEntriesLoad) {
  Overlay o;
  o.write("infra/storage/LabFs.json", kTier);
  o.write("infra/reliability/LabRun.json", kStudy);
  EXPECT_EQ(o.error(), "");
}

TEST(ReliabilityOverlay, AStorageTierWithoutABasisIsRefusedNamingFileAndField) {
  Overlay o;
  o.write("infra/storage/LabFs.json", replaced(kTier, R"("basis": "per_appliance", )", ""));
  EXPECT_THAT(o.error(), HasSubstr("LabFs.json: missing required field 'basis'"));
}

TEST(ReliabilityOverlay, AnUnknownBasisListsTheValidOnes) {
  Overlay o;
  o.write("infra/storage/LabFs.json", replaced(kTier, "per_appliance", "per_rack"));
  EXPECT_THAT(o.error(), HasSubstr("LabFs.json: /basis: unknown value 'per_rack' (expected one "
                                   "of: per_device, per_TiB, per_request, per_appliance)"));
}

TEST(ReliabilityOverlay, ANegativeCountIsRefusedNamingFileAndField) {
  Overlay o;
  o.write("infra/reliability/LabRun.json", replaced(kStudy, R"("count": 1)", R"("count": -1)"));
  EXPECT_THAT(o.error(), HasSubstr("LabRun.json: /interruptions/nic/count"));
}

TEST(ReliabilityOverlay, ATotalThatIsNotTheSumOfTheRowsIsRefused) {
  Overlay o;
  o.write("infra/reliability/LabRun.json",
          replaced(kStudy, R"("unexpected_interruptions": 3)", R"("unexpected_interruptions": 4)"));
  EXPECT_THAT(o.error(), HasSubstr("LabRun.json: /unexpected_interruptions: 4 interruptions "
                                   "declared, but the rows of /interruptions sum to 3"));
}

TEST(ReliabilityOverlay, AnUnknownFailureClassIsRefused) {
  Overlay o;
  o.write("infra/reliability/LabRun.json", replaced(kStudy, R"("nic":)", R"("cosmic_ray":)"));
  EXPECT_THAT(o.error(), HasSubstr("LabRun.json: /interruptions/cosmic_ray"));
}

}  // namespace
