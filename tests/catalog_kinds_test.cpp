// The network_switch and partition entry kinds (issue 12 item 10): the built-in entries against
// their published figures, the partition view against a hand calculation, and the loader's
// errors for a bad switch or partition in an overlay.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "mlsysim/mlsysim.hpp"
#include "overlay_dir.hpp"

namespace {

using namespace mlsysim;
using ::testing::HasSubstr;

TEST(Partition, A100ThreeSliceViewScalesPeakAndBandwidthByItsFractions) {
  const auto& p = catalog().get<Partition>("A100_MIG_3g_40gb");
  // NVIDIA MIG user guide, A100 table: 3g = 3/7 of the SMs, 4/8 of the memory, 2 instances.
  EXPECT_EQ(p.compute_fraction.num, 3);
  EXPECT_EQ(p.compute_fraction.den, 7);
  EXPECT_EQ(p.memory_fraction.num, 4);
  EXPECT_EQ(p.memory_fraction.den, 8);
  EXPECT_EQ(p.max_instances, 2);
  EXPECT_EQ(p.parent->info.path, "Hardware.Cloud.A100");
  const HardwareNode v = partition_view(p);
  // Hand calculation: A100 datasheet 312 TFLOP/s dense BF16 x 3/7 = 133.714 TFLOP/s;
  // 2039 GB/s x 4/8 = 1019.5 GB/s; capacity as the profile names it, 40 GB.
  EXPECT_NEAR(v.peak(Precision::bf16)->in("TFLOP/s"), 312.0 * 3.0 / 7.0, 1e-9);
  EXPECT_NEAR(v.compute.peak_flops.in("TFLOP/s"), 133.7142857, 1e-6);
  // sparse 624 TFLOP/s x 3/7 = 267.43 TFLOP/s
  EXPECT_NEAR(v.compute.sparse[static_cast<std::size_t>(Precision::bf16)]->in("TFLOP/s"),
              624.0 * 3.0 / 7.0, 1e-9);
  EXPECT_NEAR(v.memory.bandwidth.in("GB/s"), 1019.5, 1e-9);
  EXPECT_NEAR(v.memory.capacity.in("GB"), 40.0, 1e-9);
  EXPECT_FALSE(v.device_link.has_value());
  EXPECT_EQ(v.info.key, "A100_MIG_3g_40gb");
  // The whole GPU's TDP, stated as such in docs/catalog.md: 400 W (A100 datasheet).
  EXPECT_NEAR(v.power.tdp.in("W"), 400.0, 1e-9);
}

TEST(Partition, A30FullProfileIsTheWholeDevice) {
  // A30 4g.24gb: Full memory, 4/4 SMs (NVIDIA MIG user guide): the view's peak is the A30's
  // 165 TFLOP/s and its bandwidth 933 GB/s (A30 datasheet).
  const HardwareNode v = partition_view(catalog().get<Partition>("A30_MIG_4g_24gb"));
  EXPECT_NEAR(v.compute.peak_flops.in("TFLOP/s"), 165.0, 1e-9);
  EXPECT_NEAR(v.memory.bandwidth.in("GB/s"), 933.0, 1e-9);
}

TEST(Partition, ViewWithoutParentThrows) {
  Partition p;
  EXPECT_THROW((void)partition_view(p), InvalidArgumentError);
}

TEST(NetworkSwitch, CapacitiesMatchRadixTimesPortSpeed) {
  // QM9700: 64 x 400 Gb/s = 25.6 Tb/s per direction; NVIDIA quotes 51.2 Tb/s bidirectional.
  const auto& q = catalog().get<NetworkSwitch>("QM9700");
  EXPECT_EQ(q.radix, 64);
  EXPECT_EQ(q.capacity_direction, LinkDirection::bidirectional_total);
  EXPECT_NEAR(q.per_direction_capacity().in("Tb/s"), 25.6, 1e-9);
  // Q3400: 144 x 800 Gb/s = 115.2 Tb/s per direction.
  const auto& x = catalog().get<NetworkSwitch>("Q3400");
  EXPECT_EQ(x.radix, 144);
  EXPECT_NEAR(x.per_direction_capacity().in("Tb/s"), 115.2, 1e-9);
  // Tomahawk 5's only power figure is an analyst estimate, and says so.
  const auto& t = catalog().get<NetworkSwitch>("Tomahawk5");
  ASSERT_TRUE(t.power_kind.has_value());
  EXPECT_EQ(*t.power_kind, PowerKind::estimate);
  // No primary switch-system power was found: the NVIDIA systems carry none.
  EXPECT_FALSE(catalog().get<NetworkSwitch>("SN5600").power.has_value());
}

/// A scratch overlay with its own source record (tests/overlay_dir.hpp).
class Overlay : public mlsysim::testing::OverlayDir {
 public:
  Overlay()
      : OverlayDir("mlsysim-kinds-",
                   R"({"lab": {"kind": "convention", "title": "Lab", "verified": "2026-11-01"}})") {
  }
};

std::string lab_partition(const std::string& parent, const std::string& memory) {
  return R"({"kind": "partition", "key": "LabSlice", "name": "Lab slice", "parent": ")" + parent +
         R"(", "profile": "3g.40gb", "compute_fraction": {"num": 3, "den": 7},
         "memory_fraction": {"num": 4, "den": 8}, "memory": ")" +
         memory + R"(", "max_instances": 2, "source": "lab"})";
}

std::string lab_switch(const std::string& capacity, const std::string& direction) {
  return R"({"kind": "network_switch", "key": "LabSwitch", "name": "Lab switch", "vendor": "Lab",
         "radix": 64, "port_speed": "400 Gb/s", "capacity": ")" +
         capacity + R"(", "capacity_direction": ")" + direction + R"(", "source": "lab"})";
}

/// A two-accelerator node whose link gives `collective` as its per-call collective latency.
std::string lab_node(const std::string& collective) {
  return R"({"kind": "node", "key": "LabNode", "name": "Lab node",
    "accelerator": "Hardware.Cloud.Trainium1", "accelerators_per_node": 2,
    "intra_node_link": {"name": "Lab link", "bandwidth": "100 GB/s",
      "direction": "per_direction", "latency": "2 us", "collective_latency": ")" +
         collective + R"("}, "source": "lab"})";
}

TEST(NodeLoader, ALinksCollectiveLatencyLoadsAsATime) {
  Overlay o;
  o.write("systems/nodes/LabNode.json", lab_node("40 us"));
  EXPECT_EQ(o.error(), "");
}

TEST(NodeLoader, ACollectiveLatencyThatIsNotATimeIsAnError) {
  Overlay o;
  o.write("systems/nodes/LabNode.json", lab_node("40 GB"));
  EXPECT_THAT(o.error(), HasSubstr("LabNode.json: /intra_node_link/collective_latency"));
}

TEST(PartitionLoader, AValidPartitionLoadsAndResolvesItsParent) {
  Overlay o;
  o.write("hardware/partitions/LabSlice.json", lab_partition("Hardware.Cloud.A100", "40 GB"));
  EXPECT_EQ(o.error(), "");
}

TEST(PartitionLoader, AMissingParentIsAnError) {
  Overlay o;
  o.write("hardware/partitions/LabSlice.json", lab_partition("Hardware.Cloud.A1000", "40 GB"));
  EXPECT_THAT(o.error(), HasSubstr("LabSlice.json: /parent: unknown entry 'Hardware.Cloud.A1000'"));
}

TEST(PartitionLoader, AParentOfAnotherKindIsAnError) {
  Overlay o;
  o.write("hardware/partitions/LabSlice.json", lab_partition("Systems.Nodes.DGX_A100", "40 GB"));
  EXPECT_THAT(o.error(), HasSubstr("is a node, expected a hardware entry"));
}

TEST(PartitionLoader, MemoryAboveTheParentsIsAnError) {
  // The A100 has 80 GiB = 85.9 GB; 90 GB is above it.
  Overlay o;
  o.write("hardware/partitions/LabSlice.json", lab_partition("Hardware.Cloud.A100", "90 GB"));
  EXPECT_THAT(o.error(), HasSubstr("/memory: '90 GB' is above the parent 'Hardware.Cloud.A100'"));
}

TEST(PartitionLoader, AFractionAboveOneIsAnError) {
  Overlay o;
  std::string text = lab_partition("Hardware.Cloud.A100", "40 GB");
  text.replace(text.find(R"("num": 3)"), 8, R"("num": 8)");
  o.write("hardware/partitions/LabSlice.json", text);
  EXPECT_THAT(o.error(), HasSubstr("/compute_fraction/num: 8/7 is above 1"));
}

TEST(SwitchLoader, CapacityMustBeRadixTimesPortSpeed) {
  Overlay o;
  // 64 x 400 Gb/s = 25.6 Tb/s per direction, 51.2 Tb/s both directions: both load.
  o.write("systems/switches/LabSwitch.json", lab_switch("25.6 Tb/s", "per_direction"));
  EXPECT_EQ(o.error(), "");
  o.write("systems/switches/LabSwitch.json", lab_switch("51.2 Tb/s", "bidirectional_total"));
  EXPECT_EQ(o.error(), "");
  // 51.2 Tb/s quoted per direction would need 128 ports: an error naming the field.
  o.write("systems/switches/LabSwitch.json", lab_switch("51.2 Tb/s", "per_direction"));
  EXPECT_THAT(o.error(), HasSubstr("LabSwitch.json: /capacity: '51.2 Tb/s' (per_direction) "
                                   "differs from radix x port_speed = 64 x 400 Gb/s = 25.6 Tb/s"));
}

TEST(SwitchLoader, PowerNeedsItsKind) {
  Overlay o;
  std::string text = lab_switch("25.6 Tb/s", "per_direction");
  text.replace(text.find(R"("source")"), 8, R"("power": "500 W", "source")");
  o.write("systems/switches/LabSwitch.json", text);
  EXPECT_THAT(o.error(), HasSubstr("/power_kind: power needs power_kind"));
}

TEST(SwitchLoader, ASwitchInTheWrongFolderIsAnError) {
  Overlay o;
  o.write("systems/fabrics/LabSwitch.json", lab_switch("25.6 Tb/s", "per_direction"));
  EXPECT_THAT(o.error(), HasSubstr("kind 'network_switch' does not belong in folder"));
}

}  // namespace
