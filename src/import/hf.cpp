// Hugging Face config.json -> catalog model entry. Every parameter formula is written out in
// docs/import.md; the counts follow the modules the transformers library builds for each
// model_type (weights, biases and norm weights included), so they reproduce the published totals.
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "mlsysim/import.hpp"
#include "mlsysim/units/checked.hpp"

namespace mlsysim {

namespace {

using json = nlohmann::json;
using ojson = nlohmann::ordered_json;
namespace fs = std::filesystem;

constexpr std::int64_t kMaxDim = 1'000'000'000;     // any one config dimension
constexpr std::uintmax_t kMaxFileBytes = 1u << 20;  // the catalog loader's limit (1 MiB)

std::string list_errors(const std::vector<CatalogDiagnostic>& problems) {
  std::string out = "cannot import the config:";
  for (const auto& p : problems) out += "\n  " + p.str();
  return out;
}

/// Checked counts: a hostile config overflows into an error, never a wrapped number.
struct Count {
  std::int64_t v = 0;
  friend Count operator+(Count a, Count b) { return {checked_add(a.v, b.v, "parameter count")}; }
  friend Count operator*(Count a, Count b) { return {checked_mul(a.v, b.v, "parameter count")}; }
};
Count operator""_c(unsigned long long v) { return {static_cast<std::int64_t>(v)}; }

/// Field access that records every problem and every default it applies.
class Reader {
 public:
  Reader(const json& cfg, std::string file, std::string model_type)
      : cfg_(cfg), file_(std::move(file)), type_(std::move(model_type)) {}

  void problem(const std::string& field, std::string message) {
    problems.push_back({file_, "/" + field, std::move(message)});
  }
  [[nodiscard]] bool has(const char* field) const {
    return cfg_.contains(field) && !cfg_.at(field).is_null();
  }

  /// A required count in [min, 1e9]; 0 after recording a problem.
  Count need(const char* field, std::int64_t min = 1) {
    if (!has(field)) {
      problem(field, "missing (required for '" + type_ + "' configs)");
      return {0};
    }
    return read(field, min);
  }
  /// An optional count: the Hugging Face class default when absent, echoed as an assumption.
  Count get(const char* field, std::int64_t fallback, const std::string& why,
            std::int64_t min = 1) {
    if (!has(field)) {
      assumptions.push_back(fmt::format("{} absent: {} ({})", field, fallback, why));
      return {fallback};
    }
    return read(field, min);
  }
  bool flag(const char* field, bool fallback, const std::string& why) {
    if (!has(field)) {
      assumptions.push_back(fmt::format("{} absent: {} ({})", field, fallback, why));
      return fallback;
    }
    const json& v = cfg_.at(field);
    if (!v.is_boolean()) {
      problem(field, "expected true or false, got " + v.dump());
      return fallback;
    }
    return v.get<bool>();
  }
  std::string text(const char* field) const {
    return has(field) && cfg_.at(field).is_string() ? cfg_.at(field).get<std::string>() : "";
  }
  /// A field that must be absent or hold `expected` (a shape the catalog cannot express).
  void must_be(const char* field, const json& expected, const std::string& why) {
    if (has(field) && cfg_.at(field) != expected) {
      problem(field, "unsupported value " + cfg_.at(field).dump() + ": " + why);
    }
  }

  /// The object at `field`, or null when it is absent or not an object.
  [[nodiscard]] const json* object(const char* field) const {
    return has(field) && cfg_.at(field).is_object() ? &cfg_.at(field) : nullptr;
  }

  std::vector<CatalogDiagnostic> problems;
  std::vector<std::string> assumptions;

 private:
  Count read(const char* field, std::int64_t min) {
    const json& v = cfg_.at(field);
    std::int64_t n = 0;
    if (v.is_number_integer()) {
      n = v.is_number_unsigned() && v.get<std::uint64_t>() > static_cast<std::uint64_t>(kMaxDim)
              ? kMaxDim + 1
              : v.get<std::int64_t>();
    } else if (v.is_number_float() &&
               v.get<double>() == static_cast<double>(static_cast<std::int64_t>(v.get<double>())) &&
               std::abs(v.get<double>()) <= static_cast<double>(kMaxDim)) {
      n = static_cast<std::int64_t>(v.get<double>());
    } else {
      problem(field, "expected an integer, got " + v.dump());
      return {0};
    }
    if (n < min || n > kMaxDim) {
      problem(field, fmt::format("{} is outside [{}, 10^9]", n, min));
      return {0};
    }
    return {n};
  }

  const json& cfg_;
  std::string file_;
  std::string type_;
};

/// The shape read from a config, in catalog terms, with the exact counts.
struct Shape {
  bool moe = false;
  bool gated = true;
  bool encoder = false;
  Count layers, hidden, heads, kv_heads, head_dim, ffn, vocab, context;
  bool tied = false;
  bool mla = false;
  bool write_head_dim = true;
  Count experts, top_k, shared, expert_ffn, dense_layers, moe_step = 1_c;
  Count q_lora, kv_lora, rope, nope, v_head;
  Count fp8_block;             // block-scaled FP8 checkpoint: the block edge (0: none)
  Count window, local_layers;  // sliding-window attention: its window, on how many layers
  Count position_table;        // learned absolute positions (GPT-2), excluded from per-token FLOPs
  Count total, active;
  std::string formula;
};

/// The checkpoint's quantization_config: block-scaled FP8 (quant_method "fp8" with a square
/// weight_block_size, DeepSeek-V3 / R1) is recorded as `fp8_weight_block`; any other scheme is
/// not (the catalog entry is the architecture, its precisions are chosen per run) and is said.
void read_quantization(Reader& r, Shape& sh) {
  const json* q = r.object("quantization_config");
  if (q == nullptr) return;
  const std::string method = q->contains("quant_method") && q->at("quant_method").is_string()
                                 ? q->at("quant_method").get<std::string>()
                                 : std::string("unnamed");
  const json* block = q->contains("weight_block_size") ? &q->at("weight_block_size") : nullptr;
  if (method == "fp8" && block != nullptr && block->is_array() && block->size() == 2 &&
      (*block)[0].is_number_integer() && (*block)[0] == (*block)[1] &&
      (*block)[0].get<std::int64_t>() >= 1 && (*block)[0].get<std::int64_t>() <= 65536) {
    sh.fp8_block = {(*block)[0].get<std::int64_t>()};
    return;
  }
  r.assumptions.push_back(
      fmt::format("quantization_config (quant_method '{}'{}) not recorded: only square "
                  "block-scaled FP8 is (fp8_weight_block); choose the precisions per run",
                  method, block != nullptr ? ", weight_block_size " + block->dump() : ""));
}

/// The keys every Hugging Face config of the `*ForCausalLM`/BERT style spells the same way:
/// layers, hidden size, attention heads, vocabulary and context length.
void read_standard_shape(Reader& r, Shape& sh) {
  sh.layers = r.need("num_hidden_layers");
  sh.hidden = r.need("hidden_size");
  sh.heads = r.need("num_attention_heads");
  sh.vocab = r.need("vocab_size");
  sh.context = r.need("max_position_embeddings");
}

/// Sliding-window attention, as transformers applies it: `layer_types` when the config lists
/// them; Qwen's `use_sliding_window` (off by default) on the layers from `max_window_layers` on;
/// otherwise a non-null `sliding_window` on every layer (Mistral), on the even-indexed layers
/// (Gemma 2) or on all but every `sliding_window_pattern`-th layer (Gemma 3).
void read_sliding_window(Reader& r, const json& cfg, const std::string& type, Shape& sh) {
  const std::int64_t layers = sh.layers.v;
  std::int64_t local = 0;
  if (cfg.contains("layer_types") && cfg["layer_types"].is_array()) {
    for (const auto& t : cfg["layer_types"]) {
      if (t == "sliding_attention") {
        ++local;
      } else if (t != "full_attention") {
        r.problem("layer_types", "unsupported layer type " + t.dump() +
                                     " (supported: sliding_attention, full_attention)");
      }
    }
    if (static_cast<std::int64_t>(cfg["layer_types"].size()) != layers) {
      r.problem("layer_types", fmt::format("lists {} layers, num_hidden_layers is {}",
                                           cfg["layer_types"].size(), layers));
    }
  } else if (type.starts_with("qwen")) {
    if (!r.has("sliding_window") && !r.has("use_sliding_window")) return;
    if (!r.flag("use_sliding_window", false, "the transformers default")) return;
    local = layers - r.get("max_window_layers", layers, "the transformers default", 0).v;
  } else if (r.has("sliding_window")) {
    if (type == "gemma2") {
      local = (layers + 1) / 2;
    } else if (type == "gemma3_text") {
      const std::int64_t every =
          r.get("sliding_window_pattern", 6, "the transformers default: one global layer in 6").v;
      local = every > 0 ? layers - layers / every : 0;
    } else {
      local = layers;
    }
  }
  if (local <= 0) return;
  if (local > layers) {
    r.problem("max_window_layers", "leaves more sliding-window layers than num_hidden_layers");
    return;
  }
  sh.window = r.need("sliding_window");
  sh.local_layers = {local};
}

// ---- decoder families with RMSNorm and gated MLPs (Llama, Mistral, Qwen, Gemma) ----------------

struct DecoderStyle {
  bool qkv_bias = false;
  bool o_bias = false;
  bool qk_norm = false;  // Qwen3, Gemma 3: RMSNorm(head_dim) on q and k
  int norms = 2;         // RMSNorm weights of d per layer (Gemma 2/3: 4)
  bool mlp_bias = false;
  bool tied_default = false;
};

Shape decoder(Reader& r, const std::string& type, const DecoderStyle& s) {
  Shape sh;
  read_standard_shape(r, sh);
  sh.kv_heads =
      r.get("num_key_value_heads", sh.heads.v,
            "= num_attention_heads, the transformers default: no grouped-query attention");
  if (sh.heads.v > 0 && sh.kv_heads.v > 0 && sh.heads.v % sh.kv_heads.v != 0) {
    r.problem("num_key_value_heads",
              fmt::format("{} does not divide num_attention_heads {}", sh.kv_heads.v, sh.heads.v));
  }
  const std::int64_t hd_default = sh.heads.v > 0 ? sh.hidden.v / sh.heads.v : 0;
  if (!r.has("head_dim") && sh.heads.v > 0 && sh.hidden.v % sh.heads.v != 0) {
    r.problem("head_dim", fmt::format("missing, and hidden_size {} is not divisible by "
                                      "num_attention_heads {}",
                                      sh.hidden.v, sh.heads.v));
  }
  sh.head_dim = r.get("head_dim", hd_default, "hidden_size / num_attention_heads");
  sh.tied = r.flag("tie_word_embeddings", s.tied_default,
                   std::string("the transformers default for '") + type + "'");
  // attention_bias (q, k, v and o biased together) exists in the Llama, Qwen3 and Gemma config
  // classes; Qwen2 always biases q, k, v and never o; Mistral and Mixtral have none.
  const bool reads_bias = type == "llama" || type.starts_with("qwen3") || type.starts_with("gemma");
  const bool attn_bias = reads_bias && r.flag("attention_bias", false, "the transformers default");
  const bool mlp_bias =
      type == "llama" ? r.flag("mlp_bias", false, "the transformers default") : s.mlp_bias;
  const bool qkv_bias = s.qkv_bias || attn_bias;
  const bool o_bias = s.o_bias || attn_bias;

  const Count d = sh.hidden, h = sh.heads, kv = sh.kv_heads, hd = sh.head_dim;
  Count attn = d * h * hd + 2_c * d * kv * hd + h * hd * d;
  if (qkv_bias) attn = attn + h * hd + 2_c * kv * hd;
  if (o_bias) attn = attn + d;
  if (s.qk_norm) attn = attn + 2_c * hd;
  const Count norms = Count{s.norms} * d;

  // MoE: Mixtral (every layer), Qwen2-MoE / Qwen3-MoE (every decoder_sparse_step-th layer).
  Count dense_mlp{0};
  Count moe_layers{0};
  Count router{0}, expert{0}, shared{0};
  if (type == "mixtral") {
    sh.moe = true;
    sh.experts = r.need("num_local_experts");
    sh.top_k = r.need("num_experts_per_tok");
    sh.ffn = r.need("intermediate_size");
    sh.expert_ffn = sh.ffn;
    moe_layers = sh.layers;
  } else if (type == "qwen2_moe" || type == "qwen3_moe") {
    sh.moe = true;
    sh.experts = r.need("num_experts");
    sh.top_k = r.need("num_experts_per_tok");
    sh.expert_ffn = r.need("moe_intermediate_size");
    sh.moe_step = r.get("decoder_sparse_step", 1, "the transformers default: every layer is MoE");
    r.must_be("mlp_only_layers", json::array(),
              "dense layers listed by index cannot be expressed as leading dense layers plus a "
              "step; import a config without them");
    sh.ffn = sh.moe_step.v > 1 ? r.need("intermediate_size") : sh.expert_ffn;
    if (sh.layers.v > 0 && sh.moe_step.v > 0) moe_layers = Count{sh.layers.v / sh.moe_step.v};
    if (type == "qwen2_moe") {
      const Count shared_ffn = r.need("shared_expert_intermediate_size");
      if (sh.expert_ffn.v > 0 && shared_ffn.v % sh.expert_ffn.v != 0) {
        r.problem("shared_expert_intermediate_size",
                  fmt::format("{} is not a multiple of moe_intermediate_size {}: the catalog "
                              "counts shared experts in units of the routed expert width",
                              shared_ffn.v, sh.expert_ffn.v));
      }
      sh.shared = Count{sh.expert_ffn.v > 0 ? shared_ffn.v / sh.expert_ffn.v : 0};
      shared = 3_c * d * shared_ffn + d;  // shared expert + its sigmoid gate (d -> 1)
    }
  } else {
    sh.ffn = r.need("intermediate_size");
  }
  if (sh.experts.v > 0 && sh.top_k.v > sh.experts.v) {
    r.problem("num_experts_per_tok",
              fmt::format("{} is above the number of experts {}", sh.top_k.v, sh.experts.v));
  }
  dense_mlp = 3_c * d * sh.ffn;
  if (mlp_bias) dense_mlp = dense_mlp + 2_c * sh.ffn + d;
  expert = 3_c * d * sh.expert_ffn;
  router = d * sh.experts;

  const Count dense_layers{sh.layers.v - moe_layers.v};
  const Count layer_common = attn + norms;
  const Count moe_layer_total = layer_common + router + sh.experts * expert + shared;
  const Count moe_layer_active = layer_common + router + sh.top_k * expert + shared;
  const Count dense_layer = layer_common + dense_mlp;
  const Count embed = sh.vocab * d * Count{sh.tied ? 1 : 2};
  sh.total = dense_layers * dense_layer + moe_layers * moe_layer_total + embed + d;
  sh.active = dense_layers * dense_layer + moe_layers * moe_layer_active + embed + d;
  if (sh.moe && sh.moe_step.v > 1) sh.dense_layers = 0_c;

  sh.formula = fmt::format("attention/layer = d*H*hd + 2*d*KV*hd + H*hd*d{}{}{} = {}; ",
                           qkv_bias ? " + (H+2KV)*hd" : "", o_bias ? " + d" : "",
                           s.qk_norm ? " + 2*hd (q/k norms)" : "", attn.v);
  if (sh.moe) {
    sh.formula += fmt::format(
        "MoE layer = attention + {}*d norms + router d*E + E*3*d*F_expert{} = {} ({} active with "
        "top-{}); {} MoE layers",
        s.norms, shared.v > 0 ? " + shared 3*d*F_shared + gate d" : "", moe_layer_total.v,
        moe_layer_active.v, sh.top_k.v, moe_layers.v);
    if (dense_layers.v > 0) {
      sh.formula += fmt::format(", {} dense layers of {}", dense_layers.v, dense_layer.v);
    }
  } else {
    sh.formula += fmt::format("layer = attention + 3*d*F{} + {}*d norms = {}; {} layers",
                              mlp_bias ? " + 2F + d" : "", s.norms, dense_layer.v, sh.layers.v);
  }
  sh.formula += fmt::format("; embeddings V*d x {} = {}; final norm d = {}",
                            sh.tied ? "1 (tied)" : "2 (untied LM head)", embed.v, d.v);
  return sh;
}

// ---- DeepSeek-V2/V3: multi-head latent attention, leading dense layers, routed + shared experts -

Shape deepseek(Reader& r, const std::string& type) {
  Shape sh;
  sh.moe = true;
  sh.mla = true;
  sh.write_head_dim = false;
  read_standard_shape(r, sh);
  sh.kv_heads = sh.heads;
  sh.ffn = r.need("intermediate_size");
  sh.expert_ffn = r.need("moe_intermediate_size");
  sh.experts = r.need("n_routed_experts");
  sh.top_k = r.need("num_experts_per_tok");
  sh.shared = r.get("n_shared_experts", 0, "no shared expert", 0);
  sh.dense_layers = r.get("first_k_dense_replace", 0, "the transformers default", 0);
  r.must_be("moe_layer_freq", 1,
            "only every layer after first_k_dense_replace being MoE can be expressed");
  sh.kv_lora = r.need("kv_lora_rank");
  sh.rope = r.need("qk_rope_head_dim");
  sh.nope = r.need("qk_nope_head_dim");
  sh.v_head = r.need("v_head_dim");
  const bool q_lora = r.has("q_lora_rank");
  if (q_lora) {
    sh.q_lora = r.need("q_lora_rank");
  } else {
    r.assumptions.push_back("q_lora_rank null: queries projected directly (no q compression)");
  }
  sh.tied = r.flag("tie_word_embeddings", false, "the transformers default for '" + type + "'");
  r.must_be("attention_bias", false, "biased MLA projections are not modelled");
  if (r.has("num_nextn_predict_layers")) {
    r.assumptions.push_back(
        "num_nextn_predict_layers: the multi-token-prediction module is not counted (it is not "
        "part of the main model's published total)");
  }
  const std::string topk = r.text("topk_method");
  const bool router_bias = topk == "noaux_tc";  // e_score_correction_bias, one per expert

  const Count d = sh.hidden, h = sh.heads;
  const Count qk = sh.nope + sh.rope;
  Count attn = q_lora ? d * sh.q_lora + sh.q_lora + sh.q_lora * h * qk : d * h * qk;
  attn = attn + d * (sh.kv_lora + sh.rope) + sh.kv_lora + sh.kv_lora * h * (sh.nope + sh.v_head) +
         h * sh.v_head * d;
  const Count norms = 2_c * d;
  const Count dense_layer = attn + norms + 3_c * d * sh.ffn;
  const Count expert = 3_c * d * sh.expert_ffn;
  const Count router = d * sh.experts + (router_bias ? sh.experts : 0_c);
  const Count common = attn + norms + router + sh.shared * expert;
  const Count moe_total = common + sh.experts * expert;
  const Count moe_active = common + sh.top_k * expert;
  if (sh.dense_layers.v > sh.layers.v) {
    r.problem("first_k_dense_replace",
              fmt::format("{} is above num_hidden_layers {}", sh.dense_layers.v, sh.layers.v));
  }
  const Count moe_layers{std::max<std::int64_t>(0, sh.layers.v - sh.dense_layers.v)};
  const Count embed = sh.vocab * d * Count{sh.tied ? 1 : 2};
  sh.total = sh.dense_layers * dense_layer + moe_layers * moe_total + embed + d;
  sh.active = sh.dense_layers * dense_layer + moe_layers * moe_active + embed + d;
  sh.formula = fmt::format(
      "MLA attention/layer = {} + d*(kv_lora+rope) + kv_lora + kv_lora*H*(nope+v) + H*v*d = {}; "
      "dense layer = attention + 2d norms + 3*d*F = {} (x{}); MoE layer = attention + 2d + router "
      "d*E{} + (E + shared)*3*d*F_expert = {} ({} active with top-{}) (x{}); embeddings V*d x {} = "
      "{}; final norm d",
      q_lora ? "d*q_lora + q_lora + q_lora*H*(nope+rope)" : "d*H*(nope+rope)", attn.v,
      dense_layer.v, sh.dense_layers.v, router_bias ? " + E bias" : "", moe_total.v, moe_active.v,
      sh.top_k.v, moe_layers.v, sh.tied ? "1" : "2", embed.v);
  return sh;
}

// ---- GPT-2, GPT-NeoX (LayerNorm, biased Linear layers, plain MLP) -----------------------------

Shape gpt2(Reader& r) {
  Shape sh;
  sh.gated = false;
  sh.tied = true;  // GPT2LMHeadModel always ties lm_head to wte
  sh.layers = r.need("n_layer");
  sh.hidden = r.need("n_embd");
  sh.heads = r.need("n_head");
  sh.kv_heads = sh.heads;
  sh.vocab = r.need("vocab_size");
  sh.context = r.need("n_positions");
  if (sh.heads.v > 0 && sh.hidden.v % sh.heads.v != 0) {
    r.problem("n_head", fmt::format("{} does not divide n_embd {}", sh.heads.v, sh.hidden.v));
  }
  sh.head_dim = Count{sh.heads.v > 0 ? sh.hidden.v / sh.heads.v : 0};
  sh.ffn = r.get("n_inner", 4 * sh.hidden.v, "4 x n_embd, the transformers default");
  r.must_be("add_cross_attention", false, "cross-attention layers are not modelled");
  const Count d = sh.hidden, f = sh.ffn;
  // ln_1 + c_attn + attn c_proj + ln_2 + c_fc + mlp c_proj
  const Count layer =
      2_c * d + (d * 3_c * d + 3_c * d) + (d * d + d) + 2_c * d + (d * f + f) + (f * d + d);
  sh.position_table = sh.context * d;
  sh.total = sh.layers * layer + sh.vocab * d + sh.position_table + 2_c * d;
  sh.active = sh.total;
  sh.formula = fmt::format(
      "layer = 2 LayerNorms 4d + qkv 3d^2+3d + proj d^2+d + MLP 2*d*F+F+d = {} (x{}); token "
      "embedding V*d (tied LM head) = {}; positions P*d = {}; final LayerNorm 2d",
      layer.v, sh.layers.v, (sh.vocab * d).v, sh.position_table.v);
  return sh;
}

Shape gpt_neox(Reader& r) {
  Shape sh;
  sh.gated = false;
  read_standard_shape(r, sh);
  sh.kv_heads = sh.heads;
  sh.ffn = r.need("intermediate_size");
  if (sh.heads.v > 0 && sh.hidden.v % sh.heads.v != 0) {
    r.problem("num_attention_heads",
              fmt::format("{} does not divide hidden_size {}", sh.heads.v, sh.hidden.v));
  }
  sh.head_dim = Count{sh.heads.v > 0 ? sh.hidden.v / sh.heads.v : 0};
  sh.tied = r.flag("tie_word_embeddings", false, "the transformers default for 'gpt_neox'");
  r.must_be("attention_bias", true, "unbiased attention projections are not modelled");
  const Count d = sh.hidden, f = sh.ffn;
  const Count layer = 4_c * d + (d * 3_c * d + 3_c * d) + (d * d + d) + (d * f + f) + (f * d + d);
  sh.total = sh.layers * layer + sh.vocab * d * Count{sh.tied ? 1 : 2} + 2_c * d;
  sh.active = sh.total;
  sh.formula = fmt::format(
      "layer = 2 LayerNorms 4d + qkv 3d^2+3d + dense d^2+d + MLP 2*d*F+F+d = {} (x{}); "
      "embed_in + embed_out V*d x {}; final LayerNorm 2d",
      layer.v, sh.layers.v, sh.tied ? 1 : 2);
  return sh;
}

// ---- BERT (encoder; BertModel with the pooler, MLM head excluded) -------------------------------

Shape bert(Reader& r) {
  Shape sh;
  sh.gated = false;
  sh.encoder = true;
  sh.tied = true;  // the MLM head's decoder is tied to the word embeddings
  read_standard_shape(r, sh);
  sh.kv_heads = sh.heads;
  sh.ffn = r.need("intermediate_size");
  const Count types = r.get("type_vocab_size", 2, "the transformers default");
  if (sh.heads.v > 0 && sh.hidden.v % sh.heads.v != 0) {
    r.problem("num_attention_heads",
              fmt::format("{} does not divide hidden_size {}", sh.heads.v, sh.hidden.v));
  }
  sh.head_dim = Count{sh.heads.v > 0 ? sh.hidden.v / sh.heads.v : 0};
  r.must_be("is_decoder", false, "BERT as a decoder is not modelled");
  r.must_be("add_cross_attention", false, "cross-attention layers are not modelled");
  const Count d = sh.hidden, f = sh.ffn;
  const Count embeddings = (sh.vocab + sh.context + types) * d + 2_c * d;
  const Count layer = 4_c * (d * d + d) + 2_c * d + (d * f + f) + (f * d + d) + 2_c * d;
  const Count pooler = d * d + d;
  sh.total = embeddings + sh.layers * layer + pooler;
  sh.active = sh.total;
  sh.formula = fmt::format(
      "embeddings (V + P + type_vocab)*d + LayerNorm 2d = {}; layer = q,k,v,o 4(d^2+d) + "
      "LayerNorm 2d + MLP 2*d*F+F+d + LayerNorm 2d = {} (x{}); pooler d^2+d = {}",
      embeddings.v, layer.v, sh.layers.v, pooler.v);
  return sh;
}

const std::map<std::string, DecoderStyle>& decoder_styles() {
  static const std::map<std::string, DecoderStyle> styles{
      {"llama", {}},
      {"mistral", {}},
      {"mixtral", {}},
      {"qwen2", {.qkv_bias = true}},
      {"qwen2_moe", {.qkv_bias = true}},
      {"qwen3", {.qk_norm = true}},
      {"qwen3_moe", {.qk_norm = true}},
      {"gemma", {.tied_default = true}},
      {"gemma2", {.norms = 4, .tied_default = true}},
      {"gemma3_text", {.qk_norm = true, .norms = 4, .tied_default = true}},
  };
  return styles;
}

std::string supported_types() {
  std::string out;
  for (const auto& [name, style] : decoder_styles()) out += name + ", ";
  return out + "deepseek_v2, deepseek_v3, gpt2, gpt_neox, bert";
}

std::string sanitize_key(std::string text) {
  for (char& c : text) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  if (!text.empty() && std::isdigit(static_cast<unsigned char>(text.front()))) text = "_" + text;
  return text;
}

bool valid_key(const std::string& key) {
  return !key.empty() && !std::isdigit(static_cast<unsigned char>(key.front())) &&
         std::all_of(key.begin(), key.end(), [](char c) {
           return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
         });
}

std::string source_id_for(const std::string& key) {
  std::string id = "hf-";
  for (char c : key) {
    id += std::isalnum(static_cast<unsigned char>(c))
              ? static_cast<char>(std::tolower(static_cast<unsigned char>(c)))
              : '-';
  }
  while (id.find("--") != std::string::npos) id.replace(id.find("--"), 2, "-");
  if (id.back() == '-') id.pop_back();
  return id + "-config";
}

std::string date_text(const Date& d) {
  return fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day);
}

std::string read_text(const fs::path& path) {
  std::error_code ec;
  const auto status = fs::status(path, ec);
  if (ec || !fs::exists(status)) {
    throw InvalidArgumentError("config", "'" + path.string() + "' does not exist");
  }
  if (!fs::is_regular_file(status)) {
    throw InvalidArgumentError("config", "'" + path.string() + "' is not a regular file");
  }
  const auto size = fs::file_size(path, ec);
  if (ec || size > kMaxFileBytes) {
    throw InvalidArgumentError(
        "config", fmt::format("'{}' is {} bytes, above the limit of {} bytes", path.string(), size,
                              kMaxFileBytes));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InvalidArgumentError("config", "cannot read '" + path.string() + "'");
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

ImportError::ImportError(std::vector<CatalogDiagnostic> problems)
    : Error(list_errors(problems)), problems_(std::move(problems)) {}

ModelImport import_hf_config(const fs::path& config, const HfImportOptions& options) {
  const std::string file = config.string();
  const std::string text = read_text(config);
  json cfg;
  try {
    cfg = json::parse(text);
  } catch (const json::parse_error& e) {
    throw ImportError({{file, "", std::string("malformed JSON: ") + e.what()}});
  }
  if (!cfg.is_object()) throw ImportError({{file, "", "root must be a JSON object"}});

  std::vector<CatalogDiagnostic> problems;
  for (const char* nested : {"text_config", "vision_config", "audio_config"}) {
    if (cfg.contains(nested)) {
      problems.push_back({file, std::string("/") + nested,
                          "unsupported: a multimodal config; import the language model's own "
                          "config (its text_config as a file of its own)"});
    }
  }
  if (cfg.contains("is_encoder_decoder") && cfg["is_encoder_decoder"] == true) {
    problems.push_back({file, "/is_encoder_decoder", "unsupported: encoder-decoder models"});
  }
  if (!cfg.contains("model_type") || !cfg["model_type"].is_string()) {
    problems.push_back(
        {file, "/model_type", cfg.contains("model_type") ? "expected a string" : "missing"});
    throw ImportError(problems);
  }
  const std::string type = cfg["model_type"].get<std::string>();
  Reader r(cfg, file, type);
  Shape sh;
  const auto& styles = decoder_styles();
  if (const auto it = styles.find(type); it != styles.end()) {
    sh = decoder(r, type, it->second);
    read_sliding_window(r, cfg, type, sh);
  } else if (type == "deepseek_v3" || type == "deepseek_v2") {
    sh = deepseek(r, type);
  } else if (type == "gpt2") {
    sh = gpt2(r);
  } else if (type == "gpt_neox") {
    sh = gpt_neox(r);
  } else if (type == "bert") {
    sh = bert(r);
  } else {
    problems.push_back({file, "/model_type",
                        "'" + type + "' is not supported (supported: " + supported_types() + ")"});
    throw ImportError(problems);
  }
  read_quantization(r, sh);

  problems.insert(problems.end(), r.problems.begin(), r.problems.end());
  if (!problems.empty()) throw ImportError(problems);

  // Key and provenance.
  std::string key = options.key;
  if (key.empty()) {
    std::string name = r.text("_name_or_path");
    if (name.find('/') != std::string::npos) name = name.substr(name.rfind('/') + 1);
    if (name.empty()) name = fs::absolute(config).parent_path().filename().string();
    key = sanitize_key(name);
    if (!valid_key(key)) {
      throw InvalidArgumentError("key", "cannot derive a catalog key from '" + file +
                                            "' (no _name_or_path, no directory name); pass one");
    }
  } else if (!valid_key(key)) {
    throw InvalidArgumentError("key",
                               "'" + key + "' is not a catalog key ([A-Za-z_][A-Za-z0-9_]*)");
  }
  const Date verified = options.verified.value_or(today());
  const std::string src = source_id_for(key);
  const std::string derived = src + "-param-count";

  ModelImport out;
  out.key = key;
  out.relative_path = "models/language/" + key + ".json";
  out.model_type = type;
  out.parameters = sh.total.v;
  if (sh.moe) out.active_parameters = sh.active.v;
  // Per-token FLOPs: 2 x weights used per token, without the input embedding lookup (an untied
  // table is only read) and learned position tables; a tied table is the LM head and counts.
  if (!sh.encoder) {
    Count used = sh.active;
    used.v -= sh.position_table.v;
    if (!sh.tied) used.v -= (sh.vocab * sh.hidden).v;
    out.flops_per_token = (2_c * used).v;
  }
  out.formula = sh.formula;
  out.assumptions = r.assumptions;

  ojson e = ojson::object();
  e["kind"] = "model";
  e["key"] = key;
  const std::string name = r.text("_name_or_path");
  e["name"] = name.empty() ? key : name;
  e["architecture"] = sh.moe ? "moe" : "transformer";
  e["parameters"] = sh.total.v;
  if (out.active_parameters) e["active_parameters"] = *out.active_parameters;
  if (out.flops_per_token) {
    e["inference_flops"] = fmt::format("{} FLOP", *out.flops_per_token);
    e["flops_basis"] = "per_token";
  }
  e["layers"] = sh.layers.v;
  e["hidden_dim"] = sh.hidden.v;
  e["ffn_dim"] = sh.ffn.v;
  e["ffn_kind"] = sh.gated ? "gated" : "mlp";
  e["heads"] = sh.heads.v;
  if (!sh.mla) e["kv_heads"] = sh.kv_heads.v;
  if (sh.write_head_dim) e["head_dim"] = sh.head_dim.v;
  e["vocab_size"] = sh.vocab.v;
  e["max_context"] = sh.context.v;
  e["tied_embeddings"] = sh.tied;
  if (sh.window.v > 0) {
    e["sliding_window"] = sh.window.v;
    if (sh.local_layers.v != sh.layers.v) e["local_attention_layers"] = sh.local_layers.v;
  }
  if (sh.moe) {
    e["experts"] = sh.experts.v;
    e["experts_per_token"] = sh.top_k.v;
    if (sh.shared.v > 0) e["shared_experts"] = sh.shared.v;
    e["expert_ffn_dim"] = sh.expert_ffn.v;
    if (sh.dense_layers.v > 0) e["dense_layers"] = sh.dense_layers.v;
    if (sh.moe_step.v > 1) e["moe_layer_step"] = sh.moe_step.v;
  }
  if (sh.mla) {
    e["kv_lora_rank"] = sh.kv_lora.v;
    if (sh.q_lora.v > 0) e["q_lora_rank"] = sh.q_lora.v;
    e["qk_rope_head_dim"] = sh.rope.v;
    e["qk_nope_head_dim"] = sh.nope.v;
    e["v_head_dim"] = sh.v_head.v;
  }
  if (sh.fp8_block.v > 0) e["fp8_weight_block"] = sh.fp8_block.v;
  e["source"] = src;
  ojson fsrc = ojson::object();
  fsrc["/parameters"] = derived;
  if (out.active_parameters) fsrc["/active_parameters"] = derived;
  if (out.flops_per_token) fsrc["/inference_flops"] = derived;
  e["field_sources"] = fsrc;
  std::string notes = fmt::format(
      "Imported by 'mlsysim import hf' from {} (model_type '{}'). parameters{} computed exactly "
      "from the config shapes (see {}).",
      config.filename().string(), type, out.active_parameters ? " and active_parameters" : "",
      derived);
  if (out.flops_per_token) {
    notes +=
        " Per-token inference FLOP = 2 x weights used per token (input embedding lookup and "
        "learned positions excluded, LM head included); attention-score FLOPs excluded.";
  } else {
    notes += " inference_flops not set: an encoder's figure needs a sequence length.";
  }
  for (const auto& a : out.assumptions) notes += " Assumed: " + a + ".";
  e["notes"] = notes;
  out.entry_json = e.dump(2) + "\n";

  ojson sources = ojson::object();
  ojson rec = ojson::object();
  if (!options.url.empty()) {
    rec["kind"] = "datasheet";
    rec["title"] = (name.empty() ? key : name) + " config.json";
    rec["url"] = options.url;
  } else {
    rec["kind"] = "derived";
    rec["title"] = (name.empty() ? key : name) + " config.json (local file)";
  }
  rec["verified"] = date_text(verified);
  rec["notes"] = fmt::format(
      "Shape fields copied from the local file '{}' ({} bytes) by 'mlsysim import hf' on {}.{}",
      file, text.size(), date_text(verified),
      options.url.empty() ? " The file's origin was not given (--url records it)." : "");
  sources[src] = rec;
  ojson drec = ojson::object();
  drec["kind"] = "derived";
  drec["title"] = "Parameter count of " + key + " computed from its config.json shapes";
  drec["publisher"] = "mlsysim import hf";
  drec["verified"] = date_text(verified);
  drec["notes"] =
      "Exact count from the shapes (docs/import.md): " + sh.formula +
      fmt::format(". Total {}", sh.total.v) +
      (out.active_parameters ? fmt::format(", active {}", *out.active_parameters) : std::string()) +
      ".";
  sources[derived] = drec;
  out.sources_json = sources.dump(2) + "\n";
  return out;
}

fs::path write_import(const ModelImport& import, const fs::path& dir) {
  std::error_code ec;
  const fs::path entry = dir / import.relative_path;
  fs::create_directories(entry.parent_path(), ec);
  if (ec) {
    throw InvalidArgumentError(
        "output", "cannot create '" + entry.parent_path().string() + "': " + ec.message());
  }
  ojson sources = ojson::object();
  const fs::path sources_file = dir / "sources.json";
  if (fs::exists(sources_file, ec)) {
    std::ifstream in(sources_file);
    try {
      sources = ojson::parse(in);
    } catch (const ojson::parse_error& e) {
      throw InvalidArgumentError("output",
                                 "'" + sources_file.string() + "' is not valid JSON: " + e.what());
    }
    if (!sources.is_object()) {
      throw InvalidArgumentError("output", "'" + sources_file.string() + "' is not a JSON object");
    }
  }
  const ojson records = ojson::parse(import.sources_json);
  for (auto it = records.begin(); it != records.end(); ++it) sources[it.key()] = it.value();
  auto write = [](const fs::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    if (!out) throw InvalidArgumentError("output", "cannot write '" + path.string() + "'");
  };
  write(sources_file, sources.dump(2) + "\n");
  write(entry, import.entry_json);
  return entry;
}

Catalog load_import(const ModelImport& import) {
  static std::atomic<int> counter{0};
  const fs::path dir =
      fs::temp_directory_path() /
      fmt::format("mlsysim-import-{}-{}", static_cast<long>(::getpid()), counter.fetch_add(1));
  struct Remove {
    fs::path dir;
    ~Remove() {
      std::error_code ec;
      fs::remove_all(dir, ec);
    }
  } remove{dir};
  std::error_code ec;
  fs::remove_all(dir, ec);
  (void)write_import(import, dir);
  return Catalog::load(dir);
}

}  // namespace mlsysim
