// Tests of the Hugging Face config importer (mlsysim/import.hpp): parameter counts recomputed
// from real published configs (tests/data/hf/, sources in its README) against the publishers'
// stated counts and hand calculations, the entry loading through the overlay path, and errors
// naming the file, the field and the problem.
#include "mlsysim/import.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "mlsysim/mlsysim.hpp"

namespace {

namespace fs = std::filesystem;
using ::testing::AllOf;
using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::ThrowsMessage;

fs::path data(const std::string& rel) {
  const char* root = std::getenv("MLSYSIM_SOURCE_DIR");
  return fs::path(root != nullptr ? root : ".") / "tests/data/hf" / rel;
}

mlsysim::ModelImport import(const std::string& dir) {
  return mlsysim::import_hf_config(data(dir + "/config.json"));
}

/// |actual - published| / published.
double rel_error(std::int64_t actual, double published) {
  return std::abs(static_cast<double>(actual) - published) / published;
}

// ---- parameter counts against published figures -------------------------------------------------
// Tolerance: 0.5% where the publisher rounds to three significant figures (8.03B, 46.7B, 671B),
// 2% where it rounds to two (12.9B is three, but "37B" and "3.3B" activated are two: 37.55B and
// 3.353B are 1.5% and 1.6% above them), exact where the publisher gives the exact count.

TEST(ImportHf, Llama3EightBMatchesTheHandCountAndThePublishedEightPointZeroThreeBillion) {
  const auto m = import("Meta-Llama-3-8B");
  // Hand count, d=4096 H=32 KV=8 hd=128 F=14336 V=128256 L=32, untied:
  // attention 4096*4096*2 + 2*4096*1024 = 41,943,040; MLP 3*4096*14336 = 176,160,768;
  // norms 2*4096 = 8,192 -> layer 218,112,000; x32 = 6,979,584,000;
  // embeddings 2*128256*4096 = 1,050,673,152; final norm 4,096 -> 8,030,261,248.
  EXPECT_EQ(m.parameters, 8'030'261'248);
  EXPECT_LT(rel_error(m.parameters, 8.03e9), 0.005);
  EXPECT_FALSE(m.active_parameters.has_value());
  // 2 x (8,030,261,248 - 128256*4096 input table) = 15,009,849,344 FLOP per token.
  EXPECT_EQ(m.flops_per_token, 15'009'849'344);
  EXPECT_EQ(m.key, "Meta_Llama_3_8B");  // from the directory name: the file has no _name_or_path
  EXPECT_EQ(m.model_type, "llama");
}

TEST(ImportHf, Mistral7BMatchesTheHandCount) {
  // As Llama 3 8B but V=32000: 218,112,000 x 32 + 2*32000*4096 + 4096 = 7,241,732,096 (7.24B).
  EXPECT_EQ(import("Mistral-7B-v0.1").parameters, 7'241'732'096);
}

TEST(ImportHf, MixtralIsFortySixPointSevenBillionTotalAndTwelvePointNineActive) {
  const auto m = import("Mixtral-8x7B-v0.1");
  EXPECT_LT(rel_error(m.parameters, 46.7e9), 0.005);
  ASSERT_TRUE(m.active_parameters.has_value());
  EXPECT_LT(rel_error(*m.active_parameters, 12.9e9), 0.005);
  // Hand count: layer = attention 41,943,040 + router 4096*8 + 8 experts x 3*4096*14336
  // (1,409,286,144) + norms 8,192 = 1,451,270,144; x32 + 2*32000*4096 + 4096 = 46,702,792,704.
  EXPECT_EQ(m.parameters, 46'702'792'704);
}

TEST(ImportHf, Qwen25SevenBHasQkvBiasesAndMatchesTheModelCard) {
  const auto m = import("Qwen2.5-7B");
  // Model card: 7.61B parameters, 6.53B non-embedding.
  EXPECT_LT(rel_error(m.parameters, 7.61e9), 0.005);
  EXPECT_LT(rel_error(m.parameters - 2 * 152064 * 3584, 6.53e9), 0.005);
  // Hand count: attention 3584*3584*2 + 2*3584*512 + biases (3584 + 2*512) = 29,364,736;
  // MLP 3*3584*18944 = 203,685,888; norms 7,168 -> 233,057,792 x28 = 6,525,618,176;
  // + 2*152064*3584 = 1,089,994,752 + 3,584 = 7,615,616,512.
  EXPECT_EQ(m.parameters, 7'615'616'512);
}

TEST(ImportHf, Qwen3MoeIsThirtyPointFiveBillionWithThreePointThreeActivated) {
  const auto m = import("Qwen3-30B-A3B");
  EXPECT_LT(rel_error(m.parameters, 30.5e9), 0.005);
  ASSERT_TRUE(m.active_parameters.has_value());
  EXPECT_LT(rel_error(*m.active_parameters, 3.3e9), 0.02);
}

TEST(ImportHf, DeepSeekV3IsSixHundredSeventyOneBillionWithThirtySevenActivated) {
  const auto m = import("DeepSeek-V3");
  EXPECT_LT(rel_error(m.parameters, 671e9), 0.005);
  ASSERT_TRUE(m.active_parameters.has_value());
  EXPECT_LT(rel_error(*m.active_parameters, 37e9), 0.02);
  // Hand count of the MLA attention per layer: 7168*1536 + 1536 + 1536*128*192 + 7168*576 + 512
  // + 512*128*256 + 128*128*7168 = 187,107,328; dense layer + 3*7168*18432 + 2*7168 =
  // 583,483,392 (x3); MoE layer = attention + router 7168*256 + 256 bias + 257 experts x
  // 3*7168*2048 + norms = 11,507,286,272 (x58); + 2*129280*7168 + 7168 = 671,026,419,200.
  EXPECT_EQ(m.parameters, 671'026'419'200);
  EXPECT_THAT(m.assumptions, testing::Contains(HasSubstr("num_nextn_predict_layers")));
}

TEST(ImportHf, Qwen15MoeCountsItsSharedExpertAndGate) {
  const auto m = import("Qwen1.5-MoE-A2.7B");
  // Model card: 14.3B total, 2.7B activated. Hand count, d=2048 H=KV=16 hd=128: attention
  // 4 x 2048^2 + q/k/v biases 3 x 2048 = 16,783,360; 60 experts x 3*2048*1408 = 519,045,120;
  // shared expert 3*2048*5632 = 34,603,008 + gate 2,048; router 2048*60 = 122,880; norms 4,096
  // -> 570,560,512 x 24 + 2*151936*2048 + 2048 = 14,315,784,192; active with 4 experts:
  // 86,118,400 x 24 + 622,329,856 + 2048 = 2,689,173,504.
  EXPECT_EQ(m.parameters, 14'315'784'192);
  ASSERT_TRUE(m.active_parameters.has_value());
  EXPECT_EQ(*m.active_parameters, 2'689'173'504);
  EXPECT_LT(rel_error(m.parameters, 14.3e9), 0.005);
  EXPECT_LT(rel_error(*m.active_parameters, 2.7e9), 0.01);
}

TEST(ImportHf, Gemma2NineBHasFourNormsPerLayer) {
  // d=3584 H=16 KV=8 hd=256 F=14336 V=256000 L=42, tied: attention 3 x 3584*4096 + ... =
  // 44,040,192; MLP 3*3584*14336 = 154,140,672; four norms 14,336 -> 198,195,200 x 42 =
  // 8,324,198,400 + 256000*3584 (917,504,000) + 3,584 = 9,241,705,984 (Hub: 9.24B).
  const auto m = import("gemma-2-9b");
  EXPECT_EQ(m.parameters, 9'241'705'984);
  EXPECT_LT(rel_error(m.parameters, 9.24e9), 0.005);
}

TEST(ImportHf, GemmaSevenBMatchesTheGemmaPaperExactly) {
  // Gemma paper (arXiv:2403.08295) Table 2: 786,432,000 embedding + 7,751,248,896 non-embedding.
  EXPECT_EQ(import("gemma-7b").parameters, 786'432'000 + 7'751'248'896);
}

TEST(ImportHf, Gpt2MatchesTheHandCountAndThePublished124Million) {
  const auto m = import("gpt2");
  // d=768 L=12 V=50257 P=1024, F = 4d (n_inner absent): layer 12d^2 + 13d = 7,087,872; x12 =
  // 85,054,464; + 50257*768 (38,597,376) + 1024*768 (786,432) + 2*768 = 124,439,808.
  EXPECT_EQ(m.parameters, 124'439'808);
  EXPECT_LT(rel_error(m.parameters, 124e6), 0.005);
  EXPECT_THAT(m.assumptions, testing::Contains(HasSubstr("n_inner absent: 3072")));
  // Tied head: 2 x (124,439,808 - 786,432 position table) = 247,306,752.
  EXPECT_EQ(m.flops_per_token, 247'306'752);
}

TEST(ImportHf, GptNeoX20BMatchesTheHandCount) {
  // d=6144 L=44 F=24576 V=50432 untied: layer 4d + 3d^2+3d + d^2+d + 2dF + F + d =
  // 453,064,704; x44 = 19,934,846,976; + 2*50432*6144 = 619,708,416 + 2d = 20,554,567,680
  // (model card: "20 billion").
  const auto m = import("gpt-neox-20b");
  EXPECT_EQ(m.parameters, 20'554'567'680);
  EXPECT_LT(rel_error(m.parameters, 20e9), 0.03);
}

TEST(ImportHf, BertBaseMatchesTheHandCountAndThePublished110Million) {
  const auto m = import("bert-base-uncased");
  // Embeddings (30522 + 512 + 2)*768 + 2*768 = 23,837,184; layer 4(d^2+d) + 2d + 2dF + F + d +
  // 2d = 7,087,872 (x12 = 85,054,464); pooler d^2 + d = 590,592 -> 109,482,240.
  EXPECT_EQ(m.parameters, 109'482'240);
  EXPECT_LT(rel_error(m.parameters, 110e6), 0.01);
  EXPECT_FALSE(m.flops_per_token.has_value());  // an encoder: per-sequence, not per token
}

// ---- the entry is a catalog entry ------------------------------------------------------------

TEST(ImportHfEntry, LoadsThroughTheOverlayPathWithItsShapeAndProvenance) {
  const auto m = import("DeepSeek-V3");
  const mlsysim::Catalog cat = mlsysim::load_import(m);
  const auto& w = cat.get<mlsysim::Workload>("DeepSeek_V3");
  EXPECT_EQ(w.info.path, "Models.Language.DeepSeek_V3");
  EXPECT_EQ(w.parameters, 671'026'419'200);
  EXPECT_EQ(w.architecture, mlsysim::Architecture::moe);
  EXPECT_EQ(w.dense_layers, 3);
  EXPECT_EQ(w.kv_lora_rank, 512);
  EXPECT_EQ(w.experts, 256);
  EXPECT_EQ(w.shared_experts, 1);
  // quantization_config: FP8 e4m3 with weight_block_size [128, 128], as the built-in entry
  // records from DeepSeek's README_WEIGHTS.md.
  EXPECT_EQ(w.fp8_weight_block, 128);
  EXPECT_EQ(w.fp8_weight_block,
            mlsysim::catalog().get<mlsysim::Workload>("DeepSeek_V3").fp8_weight_block);
  // The built-in DeepSeek_V3 was computed by a separate script from the same config.
  EXPECT_EQ(w.parameters, mlsysim::catalog().get<mlsysim::Workload>("DeepSeek_V3").parameters);
  ASSERT_NE(w.info.source, nullptr);
  EXPECT_EQ(w.info.source->kind, mlsysim::SourceKind::derived);  // a local file, no --url
  EXPECT_THAT(std::string(w.info.source->notes), HasSubstr("config.json"));
}

TEST(ImportHfEntry, AUrlMakesTheSourceADatasheetAndTheKeyIsTheOneGiven) {
  mlsysim::HfImportOptions o;
  o.key = "MyLlama";
  o.url = "https://huggingface.co/meta-llama/Meta-Llama-3-8B/blob/main/config.json";
  o.verified = mlsysim::Date{2026, 11, 29};
  const auto m = mlsysim::import_hf_config(data("Meta-Llama-3-8B/config.json"), o);
  const mlsysim::Catalog cat = mlsysim::load_import(m);
  const auto& w = cat.get<mlsysim::Workload>("MyLlama");
  EXPECT_EQ(w.info.source->kind, mlsysim::SourceKind::datasheet);
  EXPECT_EQ(w.info.source->url, o.url);
  EXPECT_EQ(w.info.source->verified, (mlsysim::Date{2026, 11, 29}));
  EXPECT_EQ(w.kv_heads, 8);
  EXPECT_EQ(w.ffn_kind, mlsysim::FfnKind::gated);
}

TEST(ImportHf, AQuantizationOtherThanSquareBlockFp8IsSaidAndNotRecorded) {
  // Mixtral's config with a per-tensor FP8 and an MXFP4 quantization_config: neither is a block
  // edge the catalog can hold, so the entry has none and the assumptions say why.
  std::ifstream in(data("Mixtral-8x7B-v0.1/config.json"));
  std::stringstream text;
  text << in.rdbuf();
  const std::string base = text.str();
  const fs::path dir = fs::temp_directory_path() / "mlsysim-import-test-quantization";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const auto with = [&](const std::string& q) {
    std::string cfg = base;
    cfg.insert(cfg.find('{') + 1, "\"quantization_config\": " + q + ",");
    std::ofstream(dir / "config.json") << cfg;
    return mlsysim::import_hf_config(dir / "config.json");
  };
  const auto per_tensor = with(R"({"quant_method": "fp8", "activation_scheme": "static"})");
  EXPECT_THAT(
      per_tensor.assumptions,
      testing::Contains(HasSubstr("quantization_config (quant_method 'fp8') not recorded")));
  EXPECT_THAT(per_tensor.entry_json, Not(HasSubstr("\"fp8_weight_block\":")));
  const auto mx = with(R"({"quant_method": "mxfp4", "weight_block_size": [1, 32]})");
  EXPECT_THAT(
      mx.assumptions,
      testing::Contains(HasSubstr("quant_method 'mxfp4', weight_block_size [1,32]) not recorded")));
  const auto block = with(R"({"quant_method": "fp8", "weight_block_size": [128, 128]})");
  EXPECT_THAT(block.entry_json, HasSubstr("\"fp8_weight_block\": 128"));
  fs::remove_all(dir);
}

TEST(ImportHfEntry, WrittenOverlayDirectoryValidatesAndKeepsOtherSources) {
  const fs::path dir = fs::temp_directory_path() / "mlsysim-import-test-overlay";
  fs::remove_all(dir);
  fs::create_directories(dir);
  {
    std::ofstream(dir / "sources.json")
        << R"({"lab-notes": {"kind": "convention", "title": "Lab notes", "verified": "2026-01-01"}})";
  }
  (void)mlsysim::write_import(import("gpt2"), dir);
  const auto entry = mlsysim::write_import(import("Mixtral-8x7B-v0.1"), dir);
  EXPECT_EQ(entry, dir / "models/language/Mixtral_8x7B_v0_1.json");
  const mlsysim::Catalog cat = mlsysim::Catalog::load(dir);  // the --catalog DIR path
  EXPECT_EQ(cat.get<mlsysim::Workload>("Models.Language.gpt2").parameters, 124'439'808);
  EXPECT_EQ(cat.get<mlsysim::Workload>("Mixtral_8x7B_v0_1").active_parameters, 12'879'925'248);
  std::ifstream in(dir / "sources.json");
  std::stringstream text;
  text << in.rdbuf();
  EXPECT_THAT(text.str(), HasSubstr("lab-notes"));
  fs::remove_all(dir);
}

// ---- errors name the file, the field and the problem -------------------------------------------

TEST(ImportHfErrors, AnUnknownModelTypeListsTheSupportedOnes) {
  EXPECT_THAT([] { (void)mlsysim::import_hf_config(data("broken/unknown_type.json")); },
              ThrowsMessage<mlsysim::ImportError>(
                  AllOf(HasSubstr("unknown_type.json: /model_type: 'mamba' is not supported"),
                        HasSubstr("deepseek_v3"))));
}

TEST(ImportHfErrors, EveryMissingOrMalformedFieldIsNamed) {
  try {
    (void)mlsysim::import_hf_config(data("broken/missing_fields.json"));
    FAIL() << "expected ImportError";
  } catch (const mlsysim::ImportError& e) {
    const std::string what = e.what();
    EXPECT_THAT(what, HasSubstr("/num_hidden_layers: missing (required for 'llama' configs)"));
    EXPECT_THAT(what, HasSubstr("/max_position_embeddings: missing"));
    EXPECT_THAT(what, HasSubstr("/intermediate_size: expected an integer, got \"14336\""));
    EXPECT_THAT(what, HasSubstr("/num_key_value_heads: 6 does not divide num_attention_heads 32"));
    EXPECT_EQ(e.problems().size(), 4U);
    EXPECT_THAT(e.problems().front().file, HasSubstr("missing_fields.json"));
  }
}

TEST(ImportHfErrors, AMultimodalConfigIsRefusedNamingItsNestedConfigs) {
  EXPECT_THAT([] { (void)mlsysim::import_hf_config(data("broken/multimodal.json")); },
              ThrowsMessage<mlsysim::ImportError>(
                  AllOf(HasSubstr("/text_config: unsupported: a multimodal config"),
                        HasSubstr("/vision_config"))));
}

TEST(ImportHfErrors, DenseLayersListedByIndexAreUnsupported) {
  EXPECT_THAT(
      [] { (void)mlsysim::import_hf_config(data("broken/mlp_only_layers.json")); },
      ThrowsMessage<mlsysim::ImportError>(HasSubstr("/mlp_only_layers: unsupported value [5,17]")));
}

TEST(ImportHfErrors, TruncatedJsonIsMalformed) {
  EXPECT_THAT([] { (void)mlsysim::import_hf_config(data("broken/truncated.json")); },
              ThrowsMessage<mlsysim::ImportError>(
                  AllOf(HasSubstr("truncated.json"), HasSubstr("malformed JSON"))));
}

TEST(ImportHfErrors, AMissingFileAndABadKeyAreInvalidArguments) {
  EXPECT_THAT([] { (void)mlsysim::import_hf_config(data("nope/config.json")); },
              ThrowsMessage<mlsysim::InvalidArgumentError>(HasSubstr("does not exist")));
  mlsysim::HfImportOptions o;
  o.key = "3-bad key";
  EXPECT_THAT([&] { (void)mlsysim::import_hf_config(data("gpt2/config.json"), o); },
              ThrowsMessage<mlsysim::InvalidArgumentError>(HasSubstr("is not a catalog key")));
}

// ---- sliding-window attention ------------------------------------------------------------------

TEST(ImportHf, SlidingWindowsAreReadAsTransformersAppliesThem) {
  // Mistral 7B v0.1: sliding_window 4096 on every layer.
  const auto mistral = import("Mistral-7B-v0.1");
  EXPECT_THAT(mistral.entry_json, HasSubstr("\"sliding_window\": 4096"));
  EXPECT_THAT(mistral.entry_json, ::testing::Not(HasSubstr("local_attention_layers")));
  // Gemma 2 9B: the even-indexed 21 of its 42 layers.
  const auto gemma = import("gemma-2-9b");
  EXPECT_THAT(gemma.entry_json, AllOf(HasSubstr("\"sliding_window\": 4096"),
                                      HasSubstr("\"local_attention_layers\": 21")));
  // Qwen 2.5 states a window with use_sliding_window false: no local attention.
  EXPECT_THAT(import("Qwen2.5-7B").entry_json, ::testing::Not(HasSubstr("sliding_window")));
  EXPECT_THAT(import("Mixtral-8x7B-v0.1").entry_json, ::testing::Not(HasSubstr("sliding_window")));
}

TEST(ImportHfErrors, AnUnknownLayerTypeIsRefusedNamingIt) {
  EXPECT_THAT([] { (void)mlsysim::import_hf_config(data("broken/layer_types.json")); },
              ThrowsMessage<mlsysim::ImportError>(
                  AllOf(HasSubstr("/layer_types: unsupported layer type \"linear_attention\""),
                        HasSubstr("lists 3 layers, num_hidden_layers is 4"))));
}

}  // namespace
