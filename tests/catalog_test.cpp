// Tests of the built-in catalog: the seed document's examples, lookups, and a table-wide walk of
// every entry and field (a new catalog entry is tested without editing this file).
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
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
  ASSERT_FALSE(findings.empty());
  const auto s = findings.front().str();
  EXPECT_THAT(s, HasSubstr("(verified "));
}

TEST(TableWalk, EveryMemoryCapacityIsPhysicalInBinaryUnits) {
  // docs/catalog-format.md, "Memory capacity": memories are sized in powers of two (JEDEC
  // GB = 2^30 B), so capacities are written in KiB/MiB/GiB/TiB. Guards against a decimal 'GB'
  // label slipping back in (a 7% bias against every entry written that way).
  std::size_t checked = 0;
  for (const auto* h : catalog().all<HardwareNode>()) {
    const std::string path(h->info.path);
    auto binary = [&](const Quantity& q, const char* field) {
      SCOPED_TRACE(path + " " + field + " = " + q.str());
      EXPECT_THAT(std::string(q.unit().symbol), ::testing::MatchesRegex("[KMGT]iB"));
      ++checked;
    };
    binary(h->memory.capacity, "memory.capacity");
    if (h->memory.sram_capacity) binary(*h->memory.sram_capacity, "memory.sram_capacity");
    if (h->memory.flash_capacity) binary(*h->memory.flash_capacity, "memory.flash_capacity");
    if (h->memory.l2_cache) binary(*h->memory.l2_cache, "memory.l2_cache");
  }
  EXPECT_GT(checked, 100u);
}

TEST(DataConventions, AuditedFiguresMatchTheirSources) {
  // issue 13 item 18: the 180 GB B200 has a 7,680-bit bus (7.7 TB/s); TPU v5e is 819 GB/s.
  EXPECT_THAT(Hardware::Cloud::B200.memory.bandwidth, QuantityNear("7.7 TB/s", 1e-12));
  EXPECT_EQ(Hardware::Cloud::B200.info.source_for("/memory/bandwidth")->id,
            "hw-nvidia-b200-bus-width-measured");
  EXPECT_THAT(Hardware::Cloud::TPUv5e.memory.bandwidth, QuantityNear("819 GB/s", 1e-12));
  EXPECT_THAT(Hardware::Cloud::H100.memory.capacity, QuantityNear("80 GiB", 1e-12));
  EXPECT_THAT(Hardware::Tiny::ESP32_S3.memory.capacity, QuantityNear("512 KiB", 1e-12));
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

// ---- hostile overlays (issue 13): every one a CatalogError naming the file, never a crash,
// a hang, an escaping std exception, or a silently accepted value ---------------------------

const std::string kLabAccel = R"({
  "kind": "hardware",
  "key": "LabAccel",
  "name": "Lab prototype accelerator",
  "vendor": "Lab",
  "release_year": 2026,
  "compute": {
    "peak_flops": "500 TFLOP/s",
    "default_precision": "bf16",
    "dense": {"bf16": "500 TFLOP/s", "fp8": "1000 TFLOP/s"},
    "cores": 132
  },
  "memory": {"type": "HBM3", "capacity": "64 GiB", "bandwidth": "2 TB/s"},
  "power": {"tdp": "450 W"},
  "source": "lab-private-cluster"
})";
const std::string kLabSources = R"({
  "lab-private-cluster": {"kind": "convention", "title": "Our inventory", "verified": "2026-10-01"}
})";

/// A scratch overlay directory with a valid sources.json, removed afterwards.
class ScratchOverlay {
 public:
  ScratchOverlay() {
    static int counter = 0;
    dir_ = std::filesystem::path(::testing::TempDir()) /
           ("mlsysim-overlay-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_ / "hardware" / "cloud");
    write("sources.json", kLabSources);
  }
  ~ScratchOverlay() {
    std::error_code ec;
    std::filesystem::permissions(dir_, std::filesystem::perms::owner_all,
                                 std::filesystem::perm_options::add, ec);
    std::filesystem::remove_all(dir_, ec);
  }
  ScratchOverlay(const ScratchOverlay&) = delete;
  ScratchOverlay& operator=(const ScratchOverlay&) = delete;

  void write(const std::string& rel, const std::string& text) const {
    std::filesystem::create_directories((dir_ / rel).parent_path());
    std::ofstream(dir_ / rel) << text;
  }
  /// The LabAccel entry with `from` replaced by `to`.
  void lab_accel(const std::string& from, const std::string& to) const {
    std::string text = kLabAccel;
    const auto pos = text.find(from);
    ASSERT_NE(pos, std::string::npos) << from;
    text.replace(pos, from.size(), to);
    write("hardware/cloud/LabAccel.json", text);
  }
  [[nodiscard]] const std::filesystem::path& dir() const { return dir_; }
  [[nodiscard]] std::string file(const std::string& rel) const {
    return (dir_ / rel).generic_string();
  }

 private:
  std::filesystem::path dir_;
};

/// The message of the CatalogError that loading `dir` throws ("" if it loads).
std::string load_error(const std::filesystem::path& dir) {
  try {
    (void)Catalog::load(dir);
  } catch (const CatalogError& e) {
    return e.what();
  }
  return "";
}

TEST(HostileOverlay, TheScratchOverlayLoadsWhenUnmutated) {
  ScratchOverlay o;
  o.write("hardware/cloud/LabAccel.json", kLabAccel);
  EXPECT_EQ(load_error(o.dir()), "");
}

TEST(HostileOverlay, AMisspelledGemmScheduleIsRefusedNamingFileFieldAndTheValidOnes) {
  ScratchOverlay o;
  o.lab_accel("\"cores\": 132", "\"cores\": 132, \"gemm_schedule\": \"persistant\"");
  EXPECT_THAT(load_error(o.dir()),
              HasSubstr("LabAccel.json: /compute/gemm_schedule: unknown value 'persistant' "
                        "(expected one of: waves, static_persistent)"));
  o.lab_accel("\"cores\": 132", "\"cores\": 132, \"gemm_schedule\": \"static_persistent\"");
  EXPECT_EQ(load_error(o.dir()), "");
}

TEST(HostileOverlay, DeeplyNestedUnitInAQuantityIsACatalogError) {
  ScratchOverlay o;
  o.lab_accel("\"64 GiB\"",
              "\"80 " + std::string(50000, '(') + "GB" + std::string(50000, ')') + "\"");
  EXPECT_THAT(load_error(o.dir()),
              HasSubstr("LabAccel.json: /memory/capacity: unit expression is longer than 256"));
}

TEST(HostileOverlay, DeeplyNestedJsonIsACatalogError) {
  ScratchOverlay o;
  o.lab_accel("\"cores\": 132",
              "\"cores\": " + std::string(100000, '[') + std::string(100000, ']'));
  EXPECT_THAT(load_error(o.dir()),
              HasSubstr("LabAccel.json: malformed JSON: nested deeper than 32 levels"));
}

TEST(HostileOverlay, AFifoNamedSourcesJsonIsRefusedWithoutBlocking) {
  ScratchOverlay o;
  std::filesystem::remove(o.dir() / "sources.json");
  ASSERT_EQ(::mkfifo((o.dir() / "sources.json").c_str(), 0600), 0);
  o.write("hardware/cloud/LabAccel.json", kLabAccel);
  EXPECT_THAT(load_error(o.dir()),
              HasSubstr("sources.json: not a regular file (only regular files are read)"));
}

TEST(HostileOverlay, AFifoNamedAliasesJsonOrAnEntryIsRefusedWithoutBlocking) {
  ScratchOverlay o;
  ASSERT_EQ(::mkfifo((o.dir() / "aliases.json").c_str(), 0600), 0);
  ASSERT_EQ(::mkfifo((o.dir() / "hardware/cloud/Fifo.json").c_str(), 0600), 0);
  const std::string what = load_error(o.dir());
  EXPECT_THAT(what, HasSubstr("aliases.json: not a regular file"));
  EXPECT_THAT(what, HasSubstr("Fifo.json: not a regular file"));
}

TEST(HostileOverlay, ASymlinkToDevZeroIsRefusedNotReadForever) {
  ScratchOverlay o;
  std::filesystem::create_symlink("/dev/zero", o.dir() / "hardware/cloud/Zero.json");
  EXPECT_THAT(load_error(o.dir()), HasSubstr("Zero.json: not a regular file"));
}

TEST(HostileOverlay, AFileAboveTheSizeLimitIsRefused) {
  ScratchOverlay o;
  o.lab_accel("\"Lab\"", "\"" + std::string(2u << 20, 'x') + "\"");
  EXPECT_THAT(load_error(o.dir()), HasSubstr("above the limit of 1048576 bytes"));
}

TEST(HostileOverlay, SymlinkLoopsAreDiagnosticsNotFilesystemErrors) {
  ScratchOverlay o;
  std::filesystem::create_symlink("B.json", o.dir() / "hardware/cloud/A.json");
  std::filesystem::create_symlink("A.json", o.dir() / "hardware/cloud/B.json");
  std::filesystem::remove(o.dir() / "sources.json");
  std::filesystem::create_symlink("sources.json", o.dir() / "sources.json");
  const std::string what = load_error(o.dir());
  EXPECT_THAT(what, HasSubstr("A.json: cannot read the file: Too many levels of symbolic links"));
  EXPECT_THAT(what, HasSubstr("B.json: cannot read the file"));
  EXPECT_THAT(what, HasSubstr("sources.json: cannot read the file"));
}

TEST(HostileOverlay, AnUnreadableSubdirectoryIsADiagnostic) {
  if (::geteuid() == 0) GTEST_SKIP() << "root reads every directory";
  ScratchOverlay o;
  o.write("hardware/cloud/LabAccel.json", kLabAccel);
  std::filesystem::permissions(o.dir() / "hardware", std::filesystem::perms::none);
  EXPECT_THAT(load_error(o.dir()), HasSubstr("cannot read a directory"));
  std::filesystem::permissions(o.dir() / "hardware", std::filesystem::perms::owner_all);
}

TEST(HostileOverlay, NumbersThatOverflowADoubleAreCatalogErrors) {
  ScratchOverlay o;
  o.lab_accel("\"cores\": 132", "\"cores\": 1e400");
  EXPECT_THAT(load_error(o.dir()),
              HasSubstr("LabAccel.json: malformed JSON: number overflow parsing '1e400'"));
  o.lab_accel("\"fp8\": \"1000 TFLOP/s\"", "\"int8\": \"1e400.8 TOPS\"");
  EXPECT_THAT(load_error(o.dir()),
              HasSubstr("/compute/dense/int8: number '1e400' is out of range"));
}

TEST(HostileOverlay, CountsAboveTheLimitAreRefused) {
  ScratchOverlay o;
  o.lab_accel("\"cores\": 132", "\"cores\": 18446744073709551615");
  EXPECT_THAT(load_error(o.dir()),
              HasSubstr("/compute/cores: count 18446744073709551615 is above the limit of 10^15"));
  o.lab_accel("\"cores\": 132", "\"cores\": -4611686018427388160");
  EXPECT_THAT(load_error(o.dir()), HasSubstr("is outside the limit of +-10^15"));
}

TEST(HostileOverlay, WrappedDimensionExponentsAreRefused) {
  ScratchOverlay o;
  o.lab_accel("\"64 GiB\"", "\"80 GB*((m^8)^8)^4\"");
  EXPECT_THAT(load_error(o.dir()),
              HasSubstr("/memory/capacity: dimension exponent 64 of [length] is out of range"));
}

TEST(HostileOverlay, InfiniteTinyOrSubnormalQuantitiesAreRefused) {
  ScratchOverlay o;
  o.lab_accel("\"64 GiB\"", "\"1e300 EB\"");
  EXPECT_THAT(load_error(o.dir()),
              HasSubstr("/memory/capacity: magnitude of '1e300 EB' overflows a double"));
  o.lab_accel("\"64 GiB\"", "\"1e25 EB\"");
  EXPECT_THAT(load_error(o.dir()),
              HasSubstr("/memory/capacity: '1e25 EB' is outside the range a catalog quantity may "
                        "take (1e-15 to 1e30 in base units"));
  o.lab_accel("\"2 TB/s\"", "\"1e-300 B/s\"");
  EXPECT_THAT(load_error(o.dir()), HasSubstr("/memory/bandwidth: '1e-300 B/s' is outside"));
  o.lab_accel("\"2 TB/s\"", "\"1e-300 ns/s\"");
  EXPECT_THAT(load_error(o.dir()), HasSubstr("magnitude of '1e-300 ns/s' underflows a double"));
}

TEST(HostileOverlay, AnAliasCannotHijackABuiltInKey) {
  ScratchOverlay o;
  o.write("aliases.json", R"({"H100": "Hardware.Cloud.A100"})");
  EXPECT_THAT(load_error(o.dir()),
              HasSubstr("aliases.json: /H100: alias 'H100' would make 'H100' ambiguous: it names "
                        "'Hardware.Cloud.H100' in the built-in catalog"));
}

TEST(HostileOverlay, AnAliasCannotTakeABuiltInPath) {
  ScratchOverlay o;
  o.write("aliases.json", R"({"Hardware.Cloud.H100": "Hardware.Cloud.A100"})");
  EXPECT_THAT(load_error(o.dir()),
              HasSubstr("/Hardware.Cloud.H100: alias 'Hardware.Cloud.H100' is also the path of "
                        "an entry"));
  o.write("aliases.json", R"({"Hardware.Cloud.A100_80GB": "Hardware.Cloud.H100"})");
  EXPECT_THAT(load_error(o.dir()),
              HasSubstr("alias 'Hardware.Cloud.A100_80GB' is already a built-in alias of "
                        "'Hardware.Cloud.A100'"));
}

TEST(HostileOverlay, AnEntryCannotTakeTheNameOfABuiltInAliasOrKey) {
  ScratchOverlay o;
  std::string entry = kLabAccel;
  entry.replace(entry.find("LabAccel"), 8, "A100_80GB");
  o.write("hardware/cloud/A100_80GB.json", entry);
  EXPECT_THAT(load_error(o.dir()),
              HasSubstr("A100_80GB.json: /key: entry 'Hardware.Cloud.A100_80GB' takes the name of "
                        "the built-in alias of 'Hardware.Cloud.A100'"));
  ScratchOverlay p;
  entry = kLabAccel;
  entry.replace(entry.find("LabAccel"), 8, "H100");
  p.write("hardware/edge/H100.json", entry);
  EXPECT_THAT(load_error(p.dir()),
              HasSubstr("H100.json: /key: key 'H100' already names 'Hardware.Cloud.H100' in the "
                        "built-in catalog"));
}

TEST(HostileOverlay, AFullMeshOfNoPeersIsRefusedNamingTheField) {
  // `mesh_peers` counts the peers a full-mesh link reaches: 0 (or a fraction, or text) has no
  // meaning, and the solvers would divide by it.
  ScratchOverlay o;
  std::string entry = kLabAccel;
  entry.replace(entry.find("  \"power\""), 0,
                "  \"device_link\": {\"name\": \"Lab mesh\", \"bandwidth\": \"896 GB/s\", "
                "\"direction\": \"bidirectional_total\", \"mesh_peers\": 0},\n");
  o.write("hardware/cloud/LabAccel.json", entry);
  EXPECT_THAT(load_error(o.dir()),
              HasSubstr("LabAccel.json: /device_link/mesh_peers: must be at least 1, got 0"));
  ScratchOverlay ok;
  std::string good = entry;
  const std::string zero = "\"mesh_peers\": 0";
  good.replace(good.find(zero), zero.size(), "\"mesh_peers\": 7");
  ok.write("hardware/cloud/LabAccel.json", good);
  const Catalog c = Catalog::load(ok.dir());
  const auto& hw = c.find("LabAccel").as<HardwareNode>();
  ASSERT_TRUE(hw.device_link.has_value());
  EXPECT_EQ(hw.device_link->mesh_peers, 7);
}

TEST(HostileOverlay, AHarmlessAliasAndAReplacedDatasheetStillLoad) {
  ScratchOverlay o;
  o.write("hardware/cloud/LabAccel.json", kLabAccel);
  o.write("aliases.json", R"({"Hardware.Cloud.LabAccelerator": "Hardware.Cloud.LabAccel",
                             "Hardware.Cloud.H100_SXM": "Hardware.Cloud.H100"})");
  const Catalog c = Catalog::load(o.dir());
  EXPECT_EQ(c.find("LabAccelerator").info().path, "Hardware.Cloud.LabAccel");
  EXPECT_EQ(c.find("H100").info().path, "Hardware.Cloud.H100");
}

TEST(HostileOverlay, TheBuiltInCatalogIsUnchangedAfterHostileLoads) {
  const std::string before =
      Hardware::Cloud::H100.memory.capacity.str() + Hardware::Cloud::A100.memory.bandwidth.str();
  ScratchOverlay o;
  o.write("aliases.json", R"({"H100": "Hardware.Cloud.A100"})");
  (void)load_error(o.dir());
  EXPECT_EQ(catalog().find("H100").info().path, "Hardware.Cloud.H100");
  EXPECT_EQ(
      Hardware::Cloud::H100.memory.capacity.str() + Hardware::Cloud::A100.memory.bandwidth.str(),
      before);
}

const std::string kLabModel = R"({
  "kind": "model",
  "key": "LabLM",
  "name": "Lab language model",
  "architecture": "transformer",
  "release_year": 2026,
  "parameters": 8030261248,
  "inference_flops": "15.01 GFLOP",
  "flops_basis": "per_token",
  "layers": 32,
  "hidden_dim": 4096,
  "ffn_dim": 14336,
  "ffn_kind": "gated",
  "heads": 32,
  "kv_heads": 8,
  "head_dim": 128,
  "vocab_size": 128256,
  "source": "lab-private-cluster"
})";

TEST(HostileOverlay, DeclaredParametersFarFromTheShapeAreRefused) {
  ScratchOverlay o;
  o.write("models/language/LabLM.json", kLabModel);
  EXPECT_EQ(load_error(o.dir()), "");
  std::string wrong = kLabModel;
  wrong.replace(wrong.find("8030261248"), 10, "30000000000");
  o.write("models/language/LabLM.json", wrong);
  EXPECT_THAT(load_error(o.dir()),
              HasSubstr("LabLM.json: /parameters: 3e+10 parameters declared, but the shape gives "
                        "8.03e+09 (more than 10% apart)"));
}

TEST(HostileOverlay, InferenceFlopsWithoutFlopsBasisIsRefused) {
  ScratchOverlay o;
  std::string model = kLabModel;
  model.replace(model.find("  \"flops_basis\": \"per_token\",\n"), 29, "");
  o.write("models/language/LabLM.json", model);
  EXPECT_THAT(load_error(o.dir()),
              HasSubstr("LabLM.json: /flops_basis: missing required field 'flops_basis' "
                        "(inference_flops needs it"));
}

TEST(HostileOverlay, HugeShapeCountsDoNotOverflowTheParameterCheck) {
  // Counts up to 1e15 each: their products used to be int64 arithmetic (undefined behaviour on
  // overflow, found by reading issue 13 item 10); the shape is now computed in double.
  ScratchOverlay o;
  std::string model = kLabModel;
  model.replace(model.find("\"hidden_dim\": 4096"), 18, "\"hidden_dim\": 1000000000000000");
  model.replace(model.find("\"layers\": 32"), 12, "\"layers\": 1000000000000000");
  o.write("models/language/LabLM.json", model);
  const std::string what = load_error(o.dir());
  EXPECT_THAT(what, ::testing::AnyOf(::testing::IsEmpty(), HasSubstr("LabLM.json")));
  Workload w;
  w.architecture = Architecture::transformer;
  w.layers = 1'000'000'000'000'000;
  w.hidden_dim = 1'000'000'000'000'000;
  w.heads = 1;
  w.vocab_size = 1'000'000'000'000'000;
  w.ffn_dim = 1'000'000'000'000'000;
  EXPECT_EQ(w.shape_parameters(), std::nullopt);
}

}  // namespace
}  // namespace mlsysim

namespace mlsysim {
namespace {

// ---- vocabulary.def: every row round-trips, and the rows carry the documented facts ----------

template <class E>
void expect_every_row_round_trips() {
  for (const E e : enum_values<E>()) {
    const auto name = to_string(e);
    EXPECT_FALSE(name.empty());
    EXPECT_EQ(parse<E>(name), e) << name;
  }
}

TEST(Vocabulary, EveryNameOfEveryTableParsesBackToItsValue) {
  expect_every_row_round_trips<Precision>();
  expect_every_row_round_trips<Tier>();
  expect_every_row_round_trips<SourceKind>();
  expect_every_row_round_trips<EntryKind>();
  expect_every_row_round_trips<LinkDirection>();
  expect_every_row_round_trips<PowerKind>();
  expect_every_row_round_trips<GemmSchedule>();
  expect_every_row_round_trips<TechCategory>();
  expect_every_row_round_trips<Architecture>();
  expect_every_row_round_trips<FlopsBasis>();
  expect_every_row_round_trips<FfnKind>();
  expect_every_row_round_trips<CarbonAccounting>();
  expect_every_row_round_trips<solvers::Wall>();
}

TEST(Vocabulary, AWallPrintsItsWordsAndParsesFromItsIdentifier) {
  // The words are the CLI's "Bound by" output (docs/cli.md: `"wall": "memory bandwidth"` for a
  // memory-bound decode); the identifier is the enumerator's name.
  EXPECT_EQ(solvers::wall_name(solvers::Wall::memory), "memory bandwidth");
  EXPECT_EQ(solvers::wall_name(solvers::Wall::capacity), "memory capacity");
  EXPECT_EQ(solvers::wall_name(solvers::Wall::pipeline), "pipeline bubble");
  EXPECT_EQ(to_string(solvers::Wall::memory), "memory");
  EXPECT_EQ(parse<solvers::Wall>("communication"), solvers::Wall::communication);
  EXPECT_EQ(try_parse<solvers::Wall>("memory bandwidth"), std::nullopt);  // words do not parse
}

TEST(Vocabulary, AnUnknownNameThrowsListingTheValidOnes) {
  EXPECT_THAT([] { (void)parse<Tier>("datacenter"); },
              ThrowsMessage<InvalidArgumentError>(HasSubstr(
                  "unknown tier 'datacenter' (expected one of: cloud, workstation, mobile, edge, "
                  "tiny)")));
  EXPECT_EQ(try_parse<Precision>("BF16"), std::nullopt);  // names are case-sensitive
}

TEST(Vocabulary, BytesPerElementFollowTheFormatWidths) {
  // IEEE 754 binary64/32 (TF32 is stored in 32 bits), 16-bit bf16/fp16, OCP MX fp8 (8 bits),
  // fp6 (6 bits = 0.75 B), fp4 (4 bits = 0.5 B), int8, int4.
  const std::pair<Precision, double> bytes[] = {
      {Precision::fp64, 8}, {Precision::fp32, 4},  {Precision::tf32, 4},   {Precision::bf16, 2},
      {Precision::fp16, 2}, {Precision::fp8, 1},   {Precision::fp6, 0.75}, {Precision::fp4, 0.5},
      {Precision::int8, 1}, {Precision::int4, 0.5}};
  for (const auto& [p, b] : bytes) {
    EXPECT_EQ(bytes_per_element(p).in("B"), b) << to_string(p);
  }
}

TEST(Vocabulary, OnlyDocumentsWithAnAddressNeedAUrlAndOnlyEstimatesNeedNotes) {
  // docs/catalog-format.md, Provenance: datasheet, paper and industry_report need a url;
  // estimate and derived need notes saying how.
  for (const SourceKind k : enum_values<SourceKind>()) {
    const bool url =
        k == SourceKind::datasheet || k == SourceKind::paper || k == SourceKind::industry_report;
    const bool notes = k == SourceKind::estimate || k == SourceKind::derived;
    EXPECT_EQ(needs_url(k), url) << to_string(k);
    EXPECT_EQ(needs_notes(k), notes) << to_string(k);
  }
}

// ---- mlsysim::validate on hand-built entries ------------------------------------------------

HardwareNode hand_built_gpu() {
  HardwareNode h = catalog().get<HardwareNode>("Hardware.Cloud.H100");
  h.info = EntryInfo{};
  return h;
}

TEST(Validate, ACatalogEntryCopiedByHandIsConsistent) {
  EXPECT_THAT(validate(hand_built_gpu()), ::testing::IsEmpty());
}

TEST(Validate, AFasterHigherPrecisionIsReportedWithTheField) {
  auto h = hand_built_gpu();
  // fp8 at half the bf16 rate breaks "lower precision is never slower".
  h.compute.dense[static_cast<std::size_t>(Precision::fp8)] = *h.peak(Precision::bf16) / 2.0;
  const auto found = validate(h);
  const auto it = std::find_if(found.begin(), found.end(), [](const CatalogDiagnostic& d) {
    return d.pointer == "/compute/dense/fp8";
  });
  ASSERT_NE(it, found.end()) << ::testing::PrintToString(found.size());
  EXPECT_EQ(it->file, "<hand-built>");
  EXPECT_THAT(it->message, HasSubstr("is below bf16 peak"));
}

TEST(Validate, AMeasuredRateUpToTwentyPercentAboveThePeakIsAcceptedAndMoreIsReported) {
  // A datasheet peak is at the rated boost clock; a GeForce card under load runs above it.
  const auto bf16 = static_cast<std::size_t>(Precision::bf16);
  auto h = hand_built_gpu();
  h.compute.measured_gemm[bf16] = *h.peak(Precision::bf16) * 1.15;
  EXPECT_THAT(validate(h), ::testing::IsEmpty());
  h.compute.measured_gemm[bf16] = *h.peak(Precision::bf16) * 1.25;
  const auto found = validate(h);
  ASSERT_EQ(found.size(), 1U) << ::testing::PrintToString(found.size());
  EXPECT_EQ(found.front().pointer, "/compute/measured_gemm/bf16");
  EXPECT_THAT(found.front().message, HasSubstr("more than 20% above the dense peak"));
}

TEST(Validate, ACappedThroughputNeedsItsLimitAndALimitBelowTheTdp) {
  auto h = hand_built_gpu();
  h.power.capped_limit.reset();  // the ratio alone says nothing about where it was measured
  auto found = validate(h);
  ASSERT_EQ(found.size(), 1U) << ::testing::PrintToString(found.size());
  EXPECT_EQ(found.front().pointer, "/power/capped_limit");
  EXPECT_THAT(found.front().message, HasSubstr("are given together"));

  h = hand_built_gpu();
  h.power.capped_limit = Quantity::parse("750 W");  // above the H100's 700 W TDP
  found = validate(h);
  ASSERT_EQ(found.size(), 1U) << ::testing::PrintToString(found.size());
  EXPECT_EQ(found.front().pointer, "/power/capped_limit");
  EXPECT_THAT(found.front().message, HasSubstr("is not between 0 and tdp '700 W'"));

  h = hand_built_gpu();
  h.power.capped_throughput_ratio = 0.0;
  found = validate(h);
  ASSERT_EQ(found.size(), 1U) << ::testing::PrintToString(found.size());
  EXPECT_EQ(found.front().pointer, "/power/capped_throughput_ratio");
  EXPECT_THAT(found.front().message, HasSubstr("must be above 0"));
}

TEST(Validate, AModelWhoseHeadsDoNotDivideTheWidthIsReported) {
  Workload m = catalog().get<Workload>("Llama3_8B");
  m.info = EntryInfo{};
  m.hidden_dim = 4095;  // 32 heads do not divide 4095
  m.head_dim.reset();
  const auto found = validate(m);
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found.front().pointer, "/hidden_dim");
}

}  // namespace
}  // namespace mlsysim
