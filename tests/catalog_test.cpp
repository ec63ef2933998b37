// Tests of the built-in catalog: the seed document's examples, lookups, and a table-wide walk of
// every entry and field (a new catalog entry is tested without editing this file).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <set>
#include <string>

#include "catalog/schema.hpp"
#include "mlsysim/mlsysim.hpp"
#include "mlsysim/testing/matchers.hpp"

namespace mlsysim {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using testing::QuantityNear;
using ::testing::ThrowsMessage;

TEST(SeedExamples, A100PeakIs312TflopsPerSecond) {
  const auto peak = Hardware::Cloud::A100.compute.peak_flops.to("TFLOPs/s");
  EXPECT_EQ(peak.str(), "312 TFLOPs/s");
  EXPECT_EQ(peak.value(), 312.0);
}

TEST(SeedExamples, A100BandwidthIsTheDatasheets2039TerabytesPerSecond) {
  EXPECT_THAT(Hardware::Cloud::A100.memory.bandwidth.to("TB/s"), QuantityNear("2.039 TB/s", 1e-12));
  EXPECT_EQ(Hardware::Cloud::A100.memory.bandwidth.to("TB/s").str(), "2.039 TB/s");
}

TEST(SeedExamples, A100BandwidthToFlopRateThrowsDimensionalityError) {
  EXPECT_THAT([] { (void)Hardware::Cloud::A100.memory.bandwidth.to("FLOP/s"); },
              ThrowsMessage<DimensionalityError>(
                  "cannot convert 'GB/s' ([information]/[time]) to 'FLOP/s' ([operation]/[time])"));
}

TEST(SeedExamples, SeedAccessorsResolve) {
  EXPECT_EQ(Hardware::Cloud::H100.info.key, "H100");
  EXPECT_EQ(Hardware::Edge::JetsonAGX.info.path, "Hardware.Edge.JetsonAGX");
  EXPECT_EQ(&Models::ResNet50, &Models::Vision::ResNet50);
  EXPECT_EQ(Models::Language::Llama3_70B.layers, 80);
  EXPECT_EQ(Infra::Grids::Quebec.info.key, "Quebec");
  EXPECT_EQ(Infra::Grids::US_Average.info.key, "US_Average");
  EXPECT_EQ(&Infra::Grids::US_Avg, &Infra::Grids::US_Average);
  EXPECT_EQ(&Hardware::Edge::JetsonAGXOrin, &Hardware::Edge::JetsonAGX);
  const Fleet& f = Systems::Clusters::Frontier_8K;
  EXPECT_EQ(f.count, 1024);
  EXPECT_EQ(f.node, &Systems::Nodes::DGX_H100);
  EXPECT_EQ(f.fabric, &Systems::Fabrics::InfiniBand_NDR);
  EXPECT_EQ(f.node->accelerator, &Hardware::Cloud::H100);
  EXPECT_EQ(f.total_accelerators(), 8192);
}

TEST(SeedExamples, NvlinkIsTaggedBidirectionalAndHalvedForTransfers) {
  const auto& link = *Hardware::Cloud::H100.device_link;
  EXPECT_EQ(link.direction, LinkDirection::bidirectional_total);
  EXPECT_THAT(link.bandwidth, QuantityNear("900 GB/s", 1e-12));
  EXPECT_THAT(link.one_way_bandwidth(), QuantityNear("450 GB/s", 1e-12));
  for (const auto* hw : {&Hardware::Cloud::V100, &Hardware::Cloud::A100, &Hardware::Cloud::H200,
                         &Hardware::Cloud::B200}) {
    SCOPED_TRACE(hw->info.key);
    ASSERT_TRUE(hw->device_link.has_value());
    EXPECT_EQ(hw->device_link->direction, LinkDirection::bidirectional_total);
  }
}

TEST(SeedExamples, RidgePointOfA100IsAbout153FlopPerByte) {
  const auto ridge = Hardware::Cloud::A100.ridge_point();
  EXPECT_EQ(ridge.unit().symbol, "FLOP/B");
  EXPECT_NEAR(ridge.value(), 312e12 / 2039e9, 1e-9);
  EXPECT_THAT([] { (void)Hardware::Cloud::A100.ridge_point(Precision::fp8); },
              ThrowsMessage<InvalidArgumentError>(
                  "invalid argument 'precision': 'Hardware.Cloud.A100' has no dense fp8 rate"));
}

TEST(Registry, FindsByKeyPathAndAlias) {
  const Catalog& c = catalog();
  EXPECT_EQ(c.find("H100").get_if<HardwareNode>(), &Hardware::Cloud::H100);
  EXPECT_EQ(c.find("Hardware.Cloud.H100").get_if<HardwareNode>(), &Hardware::Cloud::H100);
  EXPECT_EQ(&c.get<GridProfile>("US_Avg"), &Infra::Grids::US_Average);
  EXPECT_EQ(&c.get<GridProfile>("Infra.Grids.US_Avg"), &Infra::Grids::US_Average);
  EXPECT_EQ(&c.get<Workload>("Models.ResNet50"), &Models::Vision::ResNet50);
  EXPECT_EQ(c.try_find("NoSuchThing"), nullptr);
}

TEST(Registry, UnknownKeySuggestsCloseMatches) {
  EXPECT_THAT(
      [] { (void)catalog().find("H10"); },
      ThrowsMessage<UnknownEntryError>(HasSubstr("unknown entry 'H10' (did you mean 'H100'")));
  EXPECT_THAT([] { (void)catalog().find("Hardware.Cloud.A10O"); },
              ThrowsMessage<UnknownEntryError>(HasSubstr("(did you mean 'Hardware.Cloud.A100'")));
}

TEST(Registry, WrongKindThrowsNamingBothKinds) {
  EXPECT_THAT([] { (void)catalog().get<HardwareNode>("Systems.Fabrics.InfiniBand_NDR"); },
              ThrowsMessage<InvalidArgumentError>(
                  "invalid argument 'Systems.Fabrics.InfiniBand_NDR': is a fabric, not a "
                  "hardware entry"));
}

TEST(Registry, IteratesNamespacesAndKinds) {
  const Catalog& c = catalog();
  const auto cloud = c.in_namespace("Hardware.Cloud");
  ASSERT_FALSE(cloud.empty());
  for (const auto& e : cloud) EXPECT_TRUE(e.info().path.starts_with("Hardware.Cloud."));
  EXPECT_TRUE(c.in_namespace("Hardware.Clou").empty());
  const auto grids = c.all<GridProfile>();
  EXPECT_EQ(grids.size(), c.of_kind(EntryKind::grid).size());
  const auto big = c.filter([](const CatalogEntry& e) {
    const auto* m = e.get_if<Workload>();
    return m != nullptr && m->parameters > 100'000'000'000;
  });
  for (const auto& e : big) EXPECT_GT(e.as<Workload>().parameters, 100'000'000'000);
  EXPECT_FALSE(big.empty());
}

TEST(Registry, EntriesAreSortedByPathAndUnique) {
  const auto entries = catalog().entries();
  for (std::size_t i = 1; i < entries.size(); ++i) {
    EXPECT_LT(entries[i - 1].info().path, entries[i].info().path);
  }
}

// ---- the table-wide walk ------------------------------------------------------------------

TEST(TableWalk, EveryAccessorRoundTripsThroughTheRegistry) {
  std::size_t walked = 0;
#define MLSYSIM_ENTRY(ns, name, type)                           \
  {                                                             \
    const auto& entry = ::mlsysim::ns::name;                    \
    EXPECT_EQ(entry.info.key, #name);                           \
    const auto& found = catalog().find(entry.info.path);        \
    EXPECT_EQ(found.get_if<type>(), &entry) << entry.info.path; \
    ++walked;                                                   \
  }
#define MLSYSIM_ALIAS(ns, name, target_ns, target_name) \
  EXPECT_EQ(&::mlsysim::ns::name, &::mlsysim::target_ns::target_name);
#include "entries.def"
  EXPECT_EQ(walked, catalog().entries().size());
}

/// Checks every field of an entry: quantities have their field's dimension, are finite and
/// have a source; references are set when required.
class FieldWalk {
 public:
  FieldWalk(const EntryInfo& info, std::string pointer = "")
      : info_(info), pointer_(std::move(pointer)) {}
  std::size_t quantities = 0;

  template <class T>
  void field(std::string_view name, const T& member, const schema::Spec& spec) {
    if constexpr (std::is_same_v<T, Quantity>) {
      check(name, member, spec);
    } else if constexpr (std::is_same_v<T, std::optional<Quantity>>) {
      if (member) check(name, *member, spec);
    } else if constexpr (std::is_same_v<T, double> || std::is_same_v<T, std::optional<double>>) {
      if constexpr (std::is_same_v<T, double>) {
        EXPECT_TRUE(std::isfinite(member)) << where(name);
      } else if (member) {
        EXPECT_TRUE(std::isfinite(*member)) << where(name);
      }
    }
  }
  template <class E>
  void enumeration(std::string_view, const E&, const schema::Spec&) {}
  void precision_table(std::string_view name, const PrecisionTable& table,
                       const schema::Spec& spec) {
    for (std::size_t i = 0; i < kPrecisionCount; ++i) {
      if (table[i])
        check(std::string(name) + "/" + std::string(kPrecisionNames[i]), *table[i], spec);
    }
  }
  template <class T, class Fn>
  void object(std::string_view name, const T& member, const schema::Spec&, Fn&& fn) {
    FieldWalk child(info_, pointer_ + "/" + std::string(name));
    if constexpr (requires { member.has_value(); }) {
      if (!member) return;
      fn(child, *member);
    } else {
      fn(child, member);
    }
    quantities += child.quantities;
  }
  template <class T>
  void reference(std::string_view name, const T* member, EntryKind, const schema::Spec& spec) {
    if (spec.required) {
      EXPECT_NE(member, nullptr) << where(name);
    }
  }

 private:
  std::string where(std::string_view name) const {
    return std::string(info_.path) + " " + pointer_ + "/" + std::string(name);
  }
  void check(std::string_view name, const Quantity& q, const schema::Spec& spec) {
    ++quantities;
    EXPECT_EQ(q.dimension(), spec.dimension) << where(name) << " is " << q.str();
    EXPECT_TRUE(std::isfinite(q.base_value())) << where(name);
    const Source* s = info_.source_for(pointer_ + "/" + std::string(name));
    ASSERT_NE(s, nullptr) << where(name);
  }
  const EntryInfo& info_;
  std::string pointer_;
};

TEST(TableWalk, EveryQuantityHasItsFieldsDimensionAndASource) {
  std::size_t quantities = 0;
  for (const auto& e : catalog().entries()) {
    schema::with_entry(e, [&](const auto& entry) {
      FieldWalk walk(entry.info);
      schema::visit(walk, entry);
      quantities += walk.quantities;
    });
  }
  EXPECT_GT(quantities, 1000u);
}

TEST(TableWalk, EveryEntryAndSourceHasProvenance) {
  for (const auto& e : catalog().entries()) {
    const auto& info = e.info();
    SCOPED_TRACE(std::string(info.path));
    ASSERT_NE(info.source, nullptr);
    EXPECT_FALSE(info.name.empty());
    EXPECT_EQ(info.file.substr(info.file.rfind('/') + 1), std::string(info.key) + ".json");
    for (const auto& fs : info.field_sources) {
      EXPECT_NE(fs.source, nullptr) << fs.pointer;
      EXPECT_TRUE(fs.pointer.starts_with("/")) << fs.pointer;
    }
  }
  for (const Source* s : catalog().sources()) {
    SCOPED_TRACE(std::string(s->id));
    const bool needs_url = s->kind == SourceKind::datasheet || s->kind == SourceKind::paper ||
                           s->kind == SourceKind::industry_report;
    if (needs_url) {
      EXPECT_TRUE(s->url.starts_with("http")) << s->url;
    }
    if (s->kind == SourceKind::estimate || s->kind == SourceKind::derived) {
      EXPECT_FALSE(s->notes.empty());
    }
    EXPECT_GE(s->verified.year, 2000);
    EXPECT_LE(s->verified, today());
  }
}

TEST(Audit, ListsEstimatesAndUnconfirmedSourcesWithTheirUsers) {
  const auto findings = catalog().audit(today());
  std::set<SourceFinding::Reason> reasons;
  for (const auto& f : findings) reasons.insert(f.reason);
  EXPECT_TRUE(reasons.count(SourceFinding::Reason::estimate));
  // Two years on, every source is stale.
  Date later = today();
  later.year += 2;
  std::size_t stale = 0;
  for (const auto& f : catalog().audit(later)) stale += f.reason == SourceFinding::Reason::stale;
  EXPECT_EQ(stale, catalog().sources().size());
  const auto s = findings.front().str();
  EXPECT_THAT(s, HasSubstr("(verified "));
}

TEST(ConstantInitialization, EveryGeneratedDefinitionIsConstinit) {
  // `constinit` makes the compiler reject any entry that would need dynamic initialization, so
  // counting it on every definition proves the tables cost nothing at program start.
  std::size_t definitions = 0;
  for (const char* file :
       {"hardware.cpp", "models.cpp", "systems.cpp", "infra.cpp", "sources.cpp"}) {
    std::ifstream in(std::string(MLSYSIM_GENERATED_DIR) + "/src/" + file);
    ASSERT_TRUE(in) << file;
    for (std::string line; std::getline(in, line);) {
      if (line.find("const ::mlsysim::") != std::string::npos &&
          line.find(" = [] {") != std::string::npos) {
        EXPECT_TRUE(line.starts_with("constinit const ::mlsysim::")) << line;
        ++definitions;
      } else if (line.starts_with("constinit const ::mlsysim::Source ")) {
        ++definitions;
      }
    }
  }
  EXPECT_EQ(definitions, catalog().entries().size() + catalog().sources().size());
}

// ---- overlays -----------------------------------------------------------------------------

const std::string kOverlay = std::string(MLSYSIM_SOURCE_DIR) + "/tests/data/overlay";

TEST(Overlay, AddsNewEntriesOnTopOfTheBuiltInCatalog) {
  const Catalog c = Catalog::load(kOverlay);
  const auto& lab = c.get<HardwareNode>("LabAccel");
  EXPECT_EQ(lab.info.path, "Hardware.Cloud.LabAccel");
  EXPECT_THAT(lab.memory.capacity, QuantityNear("64 GiB", 1e-12));
  EXPECT_EQ(c.entries().size(), catalog().entries().size() + 2);
  EXPECT_EQ(catalog().try_find("LabAccel"), nullptr);
  EXPECT_EQ(c.get<Fleet>("Lab_A100_64").count, 8);
}

TEST(Overlay, ReplacesAnUpdatedDatasheetAndRepointsItsUsers) {
  const Catalog c = Catalog::load(kOverlay);
  const auto& a100 = c.get<HardwareNode>("A100");
  EXPECT_NE(&a100, &Hardware::Cloud::A100);
  EXPECT_THAT(a100.memory.bandwidth, QuantityNear("1.8 TB/s", 1e-12));
  EXPECT_EQ(a100.info.source_for("/memory/bandwidth")->id, "lab-a100-remeasured");
  // The built-in node and the overlay's cluster now see the updated A100.
  const auto& node = c.get<Node>("DGX_A100");
  EXPECT_EQ(node.accelerator, &a100);
  EXPECT_EQ(c.get<Fleet>("Lab_A100_64").node, &node);
  // The built-in catalog is untouched.
  EXPECT_THAT(Hardware::Cloud::A100.memory.bandwidth, QuantityNear("2039 GB/s", 1e-12));
  EXPECT_EQ(Systems::Nodes::DGX_A100.accelerator, &Hardware::Cloud::A100);
  EXPECT_NE(c.source("lab-private-cluster"), nullptr);
}

TEST(Overlay, MissingDirectoryIsACatalogError) {
  EXPECT_THAT([] { (void)Catalog::load("/nonexistent/mlsysim-overlay"); },
              ThrowsMessage<CatalogError>("/nonexistent/mlsysim-overlay: not a directory"));
}

}  // namespace
}  // namespace mlsysim
