// Published-figure checks for catalog entry families added after the table-wide review: each
// expected value is a number printed in a cited document (quoted in the comment), or a hand
// calculation from such numbers, never the JSON value copied. The table-wide checks (units,
// tier bounds, precision ordering, sparse = 2 x dense) live in consistency_test.cpp.
#include <gtest/gtest.h>

#include "mlsysim/mlsysim.hpp"

namespace mlsysim {
namespace {

// ---------------------------------------------------------------------------------------------
// Export variants of Hopper and Ampere (NVIDIA H800, A800, H20).
// ---------------------------------------------------------------------------------------------

// DeepSeek, "Insights into DeepSeek-V3" (ISCA 2025, arXiv 2505.09343), section 4.1: "the NVLink
// bandwidth in H800 SXM nodes is reduced from 900 GB/s to 400 GB/s". Both are bidirectional
// totals (NVIDIA quotes H100's 900 GB/s that way), so the one-way rate is 400 / 2 = 200 GB/s.
TEST(ExportVariants, H800NvlinkIsTheFourHundredGBpsDeepSeekPublished) {
  const HardwareNode& h800 = Hardware::Cloud::H800;
  ASSERT_TRUE(h800.device_link.has_value());
  EXPECT_EQ(h800.device_link->direction, LinkDirection::bidirectional_total);
  EXPECT_DOUBLE_EQ(h800.device_link->bandwidth.in("GB/s"), 400.0);
  EXPECT_DOUBLE_EQ(h800.device_link->one_way_bandwidth().in("GB/s"), 200.0);
  // The part it was cut from, in the same sentence: 900 GB/s.
  ASSERT_TRUE(Hardware::Cloud::H100.device_link.has_value());
  EXPECT_DOUBLE_EQ(Hardware::Cloud::H100.device_link->bandwidth.in("GB/s"), 900.0);
}

// The same paper: the H800 SXM is "built on the Hopper architecture, similar to the H100 GPU",
// with FP64 and NVLink reduced. NVIDIA's H100 SXM datasheet prints FP8 "3,958 teraFLOPS*" and
// BF16 "1,979 teraFLOPS*", "* Shown with sparsity. Specifications 1/2 lower without sparsity":
// dense FP8 = 3958 / 2 = 1979 TFLOP/s, dense BF16 = 1979 / 2 = 989.5 TFLOP/s (the datasheet
// rounds; tolerance 0.1%).
TEST(ExportVariants, H800TensorRatesAreTheH100DatasheetsHalvedSparseFigures) {
  const HardwareNode& h800 = Hardware::Cloud::H800;
  ASSERT_TRUE(h800.peak(Precision::fp8).has_value());
  ASSERT_TRUE(h800.peak(Precision::bf16).has_value());
  EXPECT_NEAR(h800.peak(Precision::fp8)->in("TFLOP/s"), 3958.0 / 2.0, 0.001 * 1979.0);
  EXPECT_NEAR(h800.peak(Precision::bf16)->in("TFLOP/s"), 1979.0 / 2.0, 0.001 * 989.5);
  // FP64 was cut and no NVIDIA figure is stored, so the entry must not claim H100's 67 TF.
  EXPECT_FALSE(h800.peak(Precision::fp64).has_value());
  // HBM3 80 GB at 3,350 GB/s (H100 SXM datasheet column).
  EXPECT_DOUBLE_EQ(h800.memory.bandwidth.in("GB/s"), 3350.0);
  EXPECT_DOUBLE_EQ(h800.memory.capacity.in("GiB"), 80.0);
}

// Fudzilla (citing Reuters): "With the A100, Nvidia trimmed the GPU's 600 GBps interconnect down
// to 400 GBps and rebranded it as the A800"; TechPowerUp: "the only difference being the
// chip-to-chip interconnect bandwidth being dropped from 600 GB/s to 400 GB/s".
TEST(ExportVariants, A800IsAnA100WithTheInterconnectCutFrom600To400GBps) {
  const HardwareNode& a800 = Hardware::Cloud::A800;
  ASSERT_TRUE(a800.device_link.has_value());
  EXPECT_EQ(a800.device_link->direction, LinkDirection::bidirectional_total);
  EXPECT_DOUBLE_EQ(a800.device_link->bandwidth.in("GB/s"), 400.0);
  ASSERT_TRUE(Hardware::Cloud::A100.device_link.has_value());
  EXPECT_DOUBLE_EQ(Hardware::Cloud::A100.device_link->bandwidth.in("GB/s"), 600.0);
  // A100 80GB SXM datasheet: BF16 "312 | 624*" TFLOPS (dense | sparse), HBM2e 2,039 GB/s, 400 W.
  ASSERT_TRUE(a800.peak(Precision::bf16).has_value());
  EXPECT_DOUBLE_EQ(a800.peak(Precision::bf16)->in("TFLOP/s"), 312.0);
  EXPECT_DOUBLE_EQ(a800.memory.bandwidth.in("GB/s"), 2039.0);
  EXPECT_DOUBLE_EQ(a800.power.tdp.in("W"), 400.0);
  // No FP8 on Ampere.
  EXPECT_FALSE(a800.peak(Precision::fp8).has_value());
}

// H20 as reported (TweakTown, no NVIDIA datasheet): "96 GB HBM3", "4.0 TB/s", "296 TFLOPS"
// FP8, "400 W", "900 GB/s" NVLink; NVIDIA's MIG user guide lists the H20 with 96 GB. FP16 dense
// is half the FP8 rate on Hopper: 296 / 2 = 148 TFLOP/s. Ridge point at BF16, hand calculation:
// 148e12 FLOP/s / 4.0e12 B/s = 37 FLOP/B (an H100 SXM: 989.4e12 / 3.35e12 = 295 FLOP/B), the
// reason the H20 is a decode part.
TEST(ExportVariants, H20MatchesTheReportedFp8PeakMemoryAndPower) {
  const HardwareNode& h20 = Hardware::Cloud::H20;
  ASSERT_TRUE(h20.peak(Precision::fp8).has_value());
  EXPECT_DOUBLE_EQ(h20.peak(Precision::fp8)->in("TFLOP/s"), 296.0);
  EXPECT_DOUBLE_EQ(h20.peak(Precision::bf16)->in("TFLOP/s"), 296.0 / 2.0);
  EXPECT_DOUBLE_EQ(h20.memory.capacity.in("GiB"), 96.0);
  EXPECT_DOUBLE_EQ(h20.memory.bandwidth.in("TB/s"), 4.0);
  EXPECT_DOUBLE_EQ(h20.power.tdp.in("W"), 400.0);
  ASSERT_TRUE(h20.device_link.has_value());
  EXPECT_DOUBLE_EQ(h20.device_link->bandwidth.in("GB/s"), 900.0);
  EXPECT_NEAR(h20.ridge_point(Precision::bf16).in("FLOP/B"), 37.0, 1e-9);
}

// The export variants are reachable by the names people use for them (aliases are references,
// not copies: the alias resolves to the very entry).
TEST(ExportVariants, CommonNamesResolveToTheEntries) {
  EXPECT_EQ(&catalog().get<HardwareNode>("Hardware.Cloud.H800_SXM"), &Hardware::Cloud::H800);
  EXPECT_EQ(&catalog().get<HardwareNode>("Hardware.Cloud.A800_80GB"), &Hardware::Cloud::A800);
  EXPECT_EQ(&catalog().get<HardwareNode>("H20"), &Hardware::Cloud::H20);
}

// Every figure of the two derived entries names a record saying where it came from; the one
// primary figure (the NVLink cut) points at the document that states it.
TEST(ExportVariants, DerivedFiguresPointAtTheDocumentsThatStateThem) {
  const Source* deepseek = catalog().source("hw-deepseek-isca2025-h800");
  ASSERT_NE(deepseek, nullptr);
  EXPECT_EQ(deepseek->kind, SourceKind::paper);
  EXPECT_EQ(deepseek->url, "https://arxiv.org/abs/2505.09343");
  const Source* a800_reports = catalog().source("hw-a800-nvlink-reports");
  ASSERT_NE(a800_reports, nullptr);
  EXPECT_EQ(a800_reports->kind, SourceKind::industry_report);
  for (const char* id : {"hw-derived-h800-sxm", "hw-derived-a800-sxm"}) {
    const Source* s = catalog().source(id);
    ASSERT_NE(s, nullptr) << id;
    EXPECT_EQ(s->kind, SourceKind::derived) << id;
  }
}

}  // namespace
}  // namespace mlsysim
