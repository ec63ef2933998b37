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

// ---------------------------------------------------------------------------------------------
// Rack-scale and non-NVIDIA training systems (GB200 NVL72, TPU v6e / TPU7x, trn1, MI350X).
// ---------------------------------------------------------------------------------------------

// NVIDIA's GB200 NVL72 table (72 GPUs): "FP16/BF16 Tensor Core 360 PFLOPS*", "FP8/FP6 720
// PFLOPS*", "FP4 1,440 PFLOPS*" (* with sparsity; dense = half), "576 TB/s" HBM3e, NVLink
// "130 TB/s". Per GPU: 360 / 2 / 72 = 2.5 PF BF16, 720 / 2 / 72 = 5 PF FP8, 1440 / 2 / 72 =
// 10 PF FP4, 576 / 72 = 8 TB/s, 130 / 72 = 1.81 TB/s (NVIDIA's DGX GB200 guide: "1.8 TB/s
// bidirectional per GPU").
TEST(RackScaleSystems, Gb200PerGpuFiguresAreTheNvl72RackTableOverSeventyTwoGpus) {
  const HardwareNode& gpu = Hardware::Cloud::GB200;
  ASSERT_TRUE(gpu.peak(Precision::bf16) && gpu.peak(Precision::fp8) && gpu.peak(Precision::fp4));
  EXPECT_DOUBLE_EQ(gpu.peak(Precision::bf16)->in("TFLOP/s"), 360e3 / 2 / 72);
  EXPECT_DOUBLE_EQ(gpu.peak(Precision::fp8)->in("TFLOP/s"), 720e3 / 2 / 72);
  EXPECT_DOUBLE_EQ(gpu.peak(Precision::fp4)->in("TFLOP/s"), 1440e3 / 2 / 72);
  EXPECT_DOUBLE_EQ(gpu.memory.bandwidth.in("TB/s"), 576.0 / 72);
  ASSERT_TRUE(gpu.device_link.has_value());
  EXPECT_EQ(gpu.device_link->direction, LinkDirection::bidirectional_total);
  EXPECT_NEAR(gpu.device_link->bandwidth.in("TB/s"), 130.0 / 72, 0.01);
}

// DGX GB200 user guide: "18x 1RU compute trays, each with 2 Grace CPUs and 4 Blackwell GPUs" =
// 72 GPUs in one NVLink domain; cluster network "4x NVIDIA ConnectX-7 single port 400G OSFP
// NIC" per tray = 18 x 4 = 72 NICs of 400 Gb/s, one per GPU: 400 Gb/s = 50 GB/s per GPU off the
// rack against 1.8 TB/s / 2 = 900 GB/s one way on NVLink inside it.
TEST(RackScaleSystems, DgxGb200IsOneNvlinkDomainWithOne400GNicPerGpu) {
  const Node& rack = Systems::Nodes::DGX_GB200;
  EXPECT_EQ(rack.accelerators_per_node, 18 * 4);
  EXPECT_EQ(rack.accelerator, &Hardware::Cloud::GB200);
  ASSERT_TRUE(rack.nics_per_node && rack.nic_bandwidth);
  EXPECT_EQ(*rack.nics_per_node, 18 * 4);
  EXPECT_DOUBLE_EQ(rack.nic_bandwidth->in("Gbps"), 400.0);
  const Link* nvlink = rack.intra_link();
  ASSERT_NE(nvlink, nullptr);
  EXPECT_DOUBLE_EQ(nvlink->one_way_bandwidth().in("GB/s"), 1800.0 / 2);
  Fleet two_racks;
  two_racks.node = &rack;
  two_racks.count = 2;
  two_racks.fabric = &Systems::Fabrics::InfiniBand_NDR;
  EXPECT_DOUBLE_EQ(solvers::scale_out_bandwidth_per_rank(two_racks).in("GB/s"), 400.0 / 8);
}

// Google: v6e "Bidirectional ... ICI bandwidth (per chip) 800 GBps", "ICI ports per chip 4"; v5e
// 400 GBps over 4 ports (400 / 4 / 2 = 50 GB/s = 400 Gb/s one way per port);
// TPU7x 1200 GBps per chip over a 3D torus (6 neighbours, derived). The fabrics hold one port
// one way: 800 / 4 / 2 = 100 GB/s = 800 Gb/s and 1200 / 6 / 2 = 100 GB/s. Between hosts a chip
// then drives all its ports: 4 x 100 = 400 GB/s (v6e) and 6 x 100 = 600 GB/s (TPU7x), the
// per-chip one-way ICI rate, not one port's.
TEST(RackScaleSystems, TpuIciFabricsAreTheChipsOwnPortsBetweenHosts) {
  struct Row {
    const Node* host;
    const NetworkFabric* ici;
    std::int64_t hosts, chips;
    double port_gbps, per_chip_gbs;  // one port one way; all ports one way
  };
  for (const Row& r : {// the v5e-256 pod and the v6e-256 slice: 32 hosts of 8 chips
                       Row{&Systems::Nodes::TPUv5e_Host, &Systems::Fabrics::TPU_ICI_v5e, 32, 256,
                           400.0, 400.0 / 2},
                       Row{&Systems::Nodes::TPUv6e_Host, &Systems::Fabrics::TPU_ICI_v6e, 32, 256,
                           800.0, 800.0 / 2},
                       Row{&Systems::Nodes::TPU7x_Host, &Systems::Fabrics::TPU_ICI_7x, 64, 256,
                           800.0, 1200.0 / 2}}) {
    SCOPED_TRACE(std::string(r.host->info.key));
    EXPECT_DOUBLE_EQ(r.ici->one_way_bandwidth().in("Gbps"), r.port_gbps);
    Fleet f;
    f.node = r.host;
    f.count = r.hosts;
    f.fabric = r.ici;
    EXPECT_EQ(f.total_accelerators(), r.chips);
    EXPECT_DOUBLE_EQ(solvers::scale_out_bandwidth_per_rank(f).in("GB/s"), r.per_chip_gbs);
    // The hosts' data-center NICs carry traffic between slices, not ICI: not node NICs.
    EXPECT_FALSE(r.host->nics_per_node.has_value());
  }
}

// Intel's network guide: a Gaudi 2 has 21 scale-up ports (3 to each of 7 peers in the server) and
// 3 scale-out ports, all 100 Gb/s: 21 x 12.5 = 262.5 GB/s per direction inside the server (the
// chip's device link), 3 x 12.5 = 37.5 GB/s per direction out of it, 24 ports per server.
TEST(RackScaleSystems, HlsGaudi2SplitsEachChipsPortsIntoScaleUpAndScaleOut) {
  const Node& n = Systems::Nodes::HLS_Gaudi2;
  EXPECT_EQ(n.accelerator, &Hardware::Cloud::Gaudi2);
  ASSERT_TRUE(n.intra_node_link && n.nics_per_node && n.nic_bandwidth);
  EXPECT_DOUBLE_EQ(n.intra_node_link->one_way_bandwidth().in("GB/s"),
                   Hardware::Cloud::Gaudi2.device_link->one_way_bandwidth().in("GB/s"));
  EXPECT_DOUBLE_EQ(n.intra_node_link->one_way_bandwidth().in("GB/s"), 262.5);
  Fleet two;
  two.node = &n;
  two.count = 2;
  two.fabric = &Systems::Fabrics::RoCE_100G;
  EXPECT_EQ(*n.nics_per_node, 24);
  EXPECT_DOUBLE_EQ(solvers::scale_out_bandwidth_per_rank(two).in("GB/s"), 37.5);
}

// AWS Trn1 table (per trn1.32xlarge / trn1n.32xlarge): 16 chips, "3,040" BF16 TFLOPS = 16 x 190,
// "512" GiB device memory = 16 x 32, "13,120" GiB/sec = 16 x 820, EFA "800" / "1,600" Gbps; the
// multi-node guide: "trn1.32xlarge has 8 EFA devices, trn1n.32xlarge has 16" = 100 Gb/s each.
TEST(RackScaleSystems, Trn1InstancesAddUpToTheNeuronInstanceTable) {
  const HardwareNode& chip = Hardware::Cloud::Trainium1;
  for (const Node* node : {&Systems::Nodes::Trn1_32xlarge, &Systems::Nodes::Trn1n_32xlarge}) {
    ASSERT_EQ(node->accelerator, &chip);
    const double n = static_cast<double>(node->accelerators_per_node);
    EXPECT_DOUBLE_EQ(n * chip.peak(Precision::bf16)->in("TFLOP/s"), 3040.0);
    EXPECT_DOUBLE_EQ(n * chip.memory.capacity.in("GiB"), 512.0);
    EXPECT_DOUBLE_EQ(n * chip.memory.bandwidth.in("GiB/s"), 13120.0);
  }
  const Node& trn1 = Systems::Nodes::Trn1_32xlarge;
  const Node& trn1n = Systems::Nodes::Trn1n_32xlarge;
  ASSERT_TRUE(trn1.nics_per_node && trn1.nic_bandwidth && trn1n.nics_per_node);
  EXPECT_DOUBLE_EQ(static_cast<double>(*trn1.nics_per_node) * trn1.nic_bandwidth->in("Gbps"), 800);
  EXPECT_DOUBLE_EQ(static_cast<double>(*trn1n.nics_per_node) * trn1n.nic_bandwidth->in("Gbps"),
                   1600);
  EXPECT_DOUBLE_EQ(Systems::Fabrics::EFA_100G.one_way_bandwidth().in("Gbps"), 100.0);
  EXPECT_EQ(&catalog().get<HardwareNode>("Hardware.Cloud.Trainium"), &chip);
}

// AWS's GPU instances: 400 Gb/s of EFA per GPU on p4d / p4de (4 x 100 Gb/s for 8 A100, i.e. 50)
// and 3,200 Gb/s on p5, p5en and p6-b200 in 32, 16 and 8 network cards, 6,400 Gb/s on p6-b300 in
// 16 EFA cards (AWS's instance specifications and EFA guide); the latency AWS's NCCL plugin reports
// for each (aws-ofi-nccl platform-aws.cpp: 75 us up to p5, 35 us from p5en on).
TEST(CatalogData, AwsGpuInstancesCarryTheirEfaCardsAndPluginLatency) {
  struct Row {
    const Node* node;
    const HardwareNode* gpu;
    double total_gbps, plugin_us;
    const NetworkFabric* fabric;
  };
  for (const Row& r : {Row{&Systems::Nodes::P4d_24xlarge, &Hardware::Cloud::A100_40GB, 400, 75,
                           &Systems::Fabrics::EFA_100G},
                       Row{&Systems::Nodes::P4de_24xlarge, &Hardware::Cloud::A100, 400, 75,
                           &Systems::Fabrics::EFA_100G},
                       Row{&Systems::Nodes::P5_48xlarge, &Hardware::Cloud::H100, 3200, 75,
                           &Systems::Fabrics::EFA_100G},
                       Row{&Systems::Nodes::P5en_48xlarge, &Hardware::Cloud::H200, 3200, 35,
                           &Systems::Fabrics::EFA_200G},
                       Row{&Systems::Nodes::P6_B200_48xlarge, &Hardware::Cloud::B200, 3200, 35,
                           &Systems::Fabrics::EFA_400G},
                       Row{&Systems::Nodes::P6_B300_48xlarge, &Hardware::Cloud::B300, 6400, 35,
                           &Systems::Fabrics::EFA_400G}}) {
    const Node& n = *r.node;
    SCOPED_TRACE(std::string(n.info.key));
    EXPECT_EQ(n.accelerator, r.gpu);
    EXPECT_EQ(n.accelerators_per_node, 8);
    ASSERT_TRUE(n.nics_per_node && n.nic_bandwidth && n.nccl_net_latency);
    EXPECT_DOUBLE_EQ(static_cast<double>(*n.nics_per_node) * n.nic_bandwidth->in("Gbps"),
                     r.total_gbps);
    // Each card plugs into a fabric port of its own rate, so none is capped.
    EXPECT_DOUBLE_EQ(r.fabric->one_way_bandwidth().in("Gbps"), n.nic_bandwidth->in("Gbps"));
    EXPECT_DOUBLE_EQ(n.nccl_net_latency->in("us"), r.plugin_us);
  }
  // The DGX nodes talk InfiniBand through NCCL's own transport, which reports no latency.
  EXPECT_FALSE(Systems::Nodes::DGX_H100.nccl_net_latency.has_value());
}

// NVLink SHARP: NCCL runs NVLS on NVSwitch boards of compute capability 9.0 and later, at its
// nvlsEfficiency 0.85 (Hopper) or 0.74 (Blackwell) (tuning.cc, search.cc); A100 boards and
// boards without NVSwitch have none.
TEST(CatalogData, NvSwitchBoardsOfHopperAndLaterCarryNcclsNvlsEfficiency) {
  for (const auto& [node, e] :
       {std::pair{&Systems::Nodes::DGX_H100, 0.85}, std::pair{&Systems::Nodes::HGX_H200, 0.85},
        std::pair{&Systems::Nodes::P5_48xlarge, 0.85},
        std::pair{&Systems::Nodes::P5en_48xlarge, 0.85}, std::pair{&Systems::Nodes::DGX_B200, 0.74},
        std::pair{&Systems::Nodes::P6_B200_48xlarge, 0.74},
        std::pair{&Systems::Nodes::DGX_B300, 0.74},
        std::pair{&Systems::Nodes::P6_B300_48xlarge, 0.74},
        std::pair{&Systems::Nodes::DGX_GB200, 0.74}, std::pair{&Systems::Nodes::DGX_GB300, 0.74}}) {
    SCOPED_TRACE(std::string(node->info.key));
    ASSERT_TRUE(node->intra_node_link && node->intra_node_link->nvls_efficiency);
    EXPECT_DOUBLE_EQ(*node->intra_node_link->nvls_efficiency, e);
  }
  for (const Node* node : {&Systems::Nodes::DGX_A100, &Systems::Nodes::P4d_24xlarge,
                           &Systems::Nodes::Kempner_H100_4GPU, &Systems::Nodes::MI300X_Platform}) {
    const Link* l = node->intra_link();
    EXPECT_FALSE(l != nullptr && l->nvls_efficiency) << node->info.key;
  }
}

// MI350X is the MI355X die at a 2.2 GHz peak clock instead of 2.4 GHz (AMD at Hot Chips 2025),
// so every rate scales by 2.2 / 2.4; Tom's Hardware prints the MI350X "18.45 PFLOPS" maximum
// FP4 (the 2:4-sparse figure, twice dense) and 1,000 W; ROCm's table 256 CUs and 288 GiB.
TEST(RackScaleSystems, Mi350xIsTheMi355xDieAtTwoPointTwoGigahertz) {
  const HardwareNode& mi350x = Hardware::Cloud::MI350X;
  const HardwareNode& mi355x = Hardware::Cloud::MI355X;
  for (Precision p : {Precision::bf16, Precision::fp8, Precision::fp4, Precision::fp64}) {
    ASSERT_TRUE(mi350x.peak(p) && mi355x.peak(p)) << to_string(p);
    EXPECT_NEAR(mi350x.peak(p)->in("TFLOP/s") / mi355x.peak(p)->in("TFLOP/s"), 2.2 / 2.4, 1e-3)
        << to_string(p);
  }
  const auto& sparse_fp4 = mi350x.compute.sparse[static_cast<std::size_t>(Precision::fp4)];
  ASSERT_TRUE(sparse_fp4.has_value());
  EXPECT_NEAR(sparse_fp4->in("PFLOP/s"), 18.45, 0.01);
  EXPECT_DOUBLE_EQ(mi350x.power.tdp.in("W"), 1000.0);
  ASSERT_TRUE(mi350x.compute.cores.has_value());
  EXPECT_EQ(*mi350x.compute.cores, 256);
  EXPECT_DOUBLE_EQ(mi350x.memory.capacity.in("GiB"), 288.0);
  EXPECT_EQ(Systems::Nodes::MI350X_Platform.accelerators_per_node, 8);
  EXPECT_EQ(Systems::Nodes::MI355X_Platform.accelerators_per_node, 8);
}

}  // namespace
}  // namespace mlsysim
