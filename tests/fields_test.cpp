// Tests of the public catalog helpers a program (the CLI among them) uses without the library's
// internals: did-you-mean matching and folder spelling (mlsysim/catalog/names.hpp) and the field
// walker (mlsysim/catalog/fields.hpp). This target has no access to src/ on purpose.
#include "mlsysim/catalog/fields.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "mlsysim/catalog/names.hpp"
#include "mlsysim/mlsysim.hpp"

namespace mlsysim {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::Not;

// ---- names ----------------------------------------------------------------------------------

TEST(Names, AFolderBecomesItsDottedPathSegment) {
  // docs/catalog-format.md: snake_case folders become PascalCase namespaces.
  EXPECT_EQ(path_segment("cloud"), "Cloud");
  EXPECT_EQ(path_segment("state_space"), "StateSpace");
  EXPECT_EQ(path_segment("open-weights"), "OpenWeights");
  EXPECT_EQ(path_segment("H100"), "H100");
}

TEST(Names, CloseMatchesRankContainmentAndTyposByDistance) {
  // By hand, wanted "h10" (threshold max(2, 3/3) = 2):
  //   H100: contains "h10" -> rank 1;  H200: h10->h200 = 1 substitution + 1 insertion = 2;
  //   A100: h->a + insert 0 = 2;        B200: h->b, 1->2, insert 0 = 3 > 2, dropped.
  // H200 and A100 tie and keep the candidates' order.
  const std::vector<std::string> devices{"B200", "H200", "A100", "H100"};
  EXPECT_THAT(close_matches("H10", devices), ElementsAre("H100", "H200", "A100"));
  EXPECT_THAT(close_matches("H10", devices, 1), ElementsAre("H100"));
}

TEST(Names, CloseMatchesIgnoreCaseAndFindAContainedName) {
  // "frontier" is inside "ORNL_Frontier" (edit distance 5, beyond the threshold 2).
  EXPECT_THAT(close_matches("frontier", {"Aurora", "ORNL_Frontier"}), ElementsAre("ORNL_Frontier"));
  EXPECT_THAT(close_matches("h100", {"H100"}), ElementsAre("H100"));
  EXPECT_THAT(close_matches("Llama", {"H100", "MI300X"}), IsEmpty());
}

// ---- fields ---------------------------------------------------------------------------------
// Expected values from catalog/hardware/cloud/H100.json and catalog/systems/nodes/DGX_H100.json.

TEST(Fields, TheWalkFollowsTheFileOrderWithEachFieldsSource) {
  const auto fields = entry_fields(catalog().find("Hardware.Cloud.H100"));
  ASSERT_GE(fields.size(), 4U);
  EXPECT_EQ(fields[0].pointer, "/vendor");
  EXPECT_EQ(fields[1].pointer, "/release_year");
  EXPECT_EQ(fields[2].pointer, "/form_factor");
  EXPECT_EQ(fields[3].pointer, "/compute/peak_flops");
  std::vector<std::string> pointers;
  for (const auto& f : fields) {
    pointers.push_back(f.pointer);
    EXPECT_FALSE(std::holds_alternative<std::monostate>(f.value)) << f.pointer;
    ASSERT_NE(f.source, nullptr) << f.pointer;
    // field_sources: "/compute/dense" -> the Hopper whitepaper; /memory/* -> the entry's source.
    if (f.pointer == "/compute/dense/bf16") {
      EXPECT_EQ(f.source->id, "hw-nvidia-hopper-whitepaper");
    }
    if (f.pointer == "/memory/capacity") {
      EXPECT_EQ(f.source->id, "hw-nvidia-h100-datasheet");
    }
  }
  EXPECT_THAT(pointers, Contains("/compute/dense/bf16"));
  EXPECT_THAT(pointers, Contains("/memory/capacity"));
  // No fp6 rate in the file, no storage object: absent fields are not listed.
  EXPECT_THAT(pointers, Not(Contains("/compute/dense/fp6")));
  EXPECT_THAT(pointers, Not(Contains("/storage/capacity")));
}

TEST(Fields, AFieldIsFoundByPointerOrDottedNameWithItsType) {
  const CatalogEntry& h100 = catalog().find("H100");
  const FieldValue capacity = field_value(h100, "memory.capacity");
  ASSERT_TRUE(std::holds_alternative<Quantity>(capacity));
  EXPECT_EQ(std::get<Quantity>(capacity).in("GiB"), 80.0);  // "capacity": "80 GiB"
  EXPECT_EQ(field_value(h100, "/memory/capacity"), capacity);
  EXPECT_EQ(field_value(h100, "release_year"), FieldValue(std::int64_t{2022}));
  EXPECT_EQ(field_value(h100, "compute.default_precision"), FieldValue(std::string("bf16")));
  EXPECT_EQ(field_value(h100, "host_link.direction"),
            FieldValue(std::string("bidirectional_total")));
  EXPECT_EQ(field_value(h100, "key"), FieldValue(std::string("H100")));
  EXPECT_EQ(field_value(h100, "path"), FieldValue(std::string("Hardware.Cloud.H100")));
  EXPECT_TRUE(std::holds_alternative<std::monostate>(field_value(h100, "compute.dense.fp6")));
  EXPECT_TRUE(std::holds_alternative<std::monostate>(field_value(h100, "memory.capcity")));
}

TEST(Fields, AReferenceIsTheDottedPathOfTheEntryItNames) {
  EXPECT_EQ(field_value(catalog().find("DGX_H100"), "accelerator"),
            FieldValue(std::string("Hardware.Cloud.H100")));
}

TEST(Fields, FieldNamesListEveryPossibleFieldForSuggestions) {
  const auto names = field_names(EntryKind::hardware);
  EXPECT_THAT(names, Contains("key"));
  EXPECT_THAT(names, Contains("memory.capacity"));
  EXPECT_THAT(names, Contains("compute.dense.fp6"));  // absent from H100, possible for hardware
  EXPECT_THAT(names, Contains("storage.capacity"));
  EXPECT_THAT(names, Not(Contains("accelerator")));  // a node's field
  EXPECT_THAT(close_matches("memory.capcity", names, 1), ElementsAre("memory.capacity"));
}

}  // namespace
}  // namespace mlsysim
