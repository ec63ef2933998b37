// Tests of `mlsysim import hf`: the entry it writes is usable through --catalog, the JSON output
// carries the counts from the shapes, and bad configs exit 1 naming the file and the field.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "cli_runner.hpp"

namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using json = nlohmann::json;
using cli_runner::mlsysim;

std::string config(const std::string& rel) {
  return std::string(MLSYSIM_SOURCE_DIR) + "/tests/data/hf/" + rel;
}

TEST(CliImportHf, JsonOutputCarriesTheCountsFromTheShapes) {
  const auto r = mlsysim("import hf " + config("Mixtral-8x7B-v0.1/config.json") + " --format json");
  ASSERT_EQ(r.code, 0) << r.err;
  const auto j = json::parse(r.out);
  // Hand count in tests/import_test.cpp: 46,702,792,704 total; active = total - 32 layers x 6
  // unused experts x 3*4096*14336 (176,160,768) = 12,879,925,248.
  EXPECT_EQ(j["import"]["parameters"].get<std::int64_t>(), 46'702'792'704);
  EXPECT_EQ(j["import"]["active_parameters"].get<std::int64_t>(), 12'879'925'248);
  EXPECT_EQ(j["import"]["key"], "Mixtral_8x7B_v0_1");
  EXPECT_TRUE(j["import"]["validated"].get<bool>());
  EXPECT_EQ(j["import"]["source_kind"], "derived");
}

TEST(CliImportHf, TheWrittenOverlayServesThroughCatalogAndValidates) {
  const fs::path dir = fs::temp_directory_path() / "mlsysim-import-cli-test";
  fs::remove_all(dir);
  const auto r = mlsysim("import hf " + config("Meta-Llama-3-8B/config.json") + " --key MyLlama " +
                         "--url https://huggingface.co/meta-llama/Meta-Llama-3-8B/blob/main/"
                         "config.json -o " +
                         dir.string() + " --format json");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_TRUE(fs::exists(dir / "models/language/MyLlama.json"));
  EXPECT_EQ(json::parse(r.out)["import"]["source_kind"], "datasheet");
  const auto v = mlsysim("validate " + dir.string() + " --format json");
  EXPECT_EQ(v.code, 0) << v.err;
  const auto s = mlsysim("--catalog " + dir.string() + " show MyLlama --format json");
  ASSERT_EQ(s.code, 0) << s.err;
  EXPECT_THAT(s.out, HasSubstr("8030261248"));  // hand count in tests/import_test.cpp
  const auto e = mlsysim("--catalog " + dir.string() + " serve MyLlama H100 --format json");
  EXPECT_EQ(e.code, 0) << e.err;
  fs::remove_all(dir);
}

TEST(CliImportHf, ABrokenConfigExitsOneNamingTheFileAndEachField) {
  const auto r = mlsysim("import hf " + config("broken/missing_fields.json"));
  EXPECT_EQ(r.code, 1);
  EXPECT_THAT(r.err, HasSubstr("missing_fields.json: /num_hidden_layers: missing"));
  EXPECT_THAT(r.err, HasSubstr("missing_fields.json: /intermediate_size: expected an integer"));
  EXPECT_TRUE(r.out.empty());
}

TEST(CliImportHf, AnUnsupportedModelTypeExitsOne) {
  const auto r = mlsysim("import hf " + config("broken/unknown_type.json"));
  EXPECT_EQ(r.code, 1);
  EXPECT_THAT(r.err, HasSubstr("/model_type: 'mamba' is not supported"));
}

TEST(CliImportHf, TextOutputEchoesTheFormulaAndTheAssumptions) {
  const auto r = mlsysim("import hf " + config("gpt2/config.json"));
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("124439808"));
  EXPECT_THAT(r.out, HasSubstr("assumed: n_inner absent: 3072"));
  EXPECT_THAT(r.out, HasSubstr("parameter count: layer = 2 LayerNorms"));
}

}  // namespace
