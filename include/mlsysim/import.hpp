// Model import: a local Hugging Face config.json turned into a catalog model entry (with its
// provenance record), parameters recomputed exactly from the shapes. docs/import.md.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "mlsysim/catalog/provenance.hpp"
#include "mlsysim/errors.hpp"
#include "mlsysim/registry.hpp"

namespace mlsysim {

/// A config.json that cannot be imported. Carries every problem found (file, JSON Pointer of the
/// field, problem), not only the first; `what()` lists them one per line:
/// `config.json: /num_key_value_heads: 6 does not divide num_attention_heads 32`.
class ImportError : public Error {
 public:
  explicit ImportError(std::vector<CatalogDiagnostic> problems);
  [[nodiscard]] const std::vector<CatalogDiagnostic>& problems() const noexcept {
    return problems_;
  }

 private:
  std::vector<CatalogDiagnostic> problems_;
};

/// How to name and cite an imported model.
struct HfImportOptions {
  /// Catalog key (a C++ identifier). Empty: from `_name_or_path` in the file, else the name of
  /// the directory holding the file (`Meta-Llama-3-8B` -> `Meta_Llama_3_8B`).
  std::string key;
  /// Where the config was published (`https://huggingface.co/<repo>/blob/main/config.json`).
  /// Given: the source record is a `datasheet` with this URL. Empty: a `derived` record whose
  /// notes name the local file (its origin is not recorded).
  std::string url;
  /// The `verified` date of the source records (default: today).
  std::optional<Date> verified;
};

/// The result of an import: the entry and its source records as JSON text (catalog format), and
/// the numbers computed from the shapes.
struct ModelImport {
  std::string key;
  std::string relative_path;  ///< inside an overlay directory: `models/language/<key>.json`
  std::string model_type;     ///< the config's `model_type` (`llama`, `deepseek_v3`, ...)
  std::string entry_json;     ///< the catalog entry, pretty-printed, ending in a newline
  /// Source records to merge into the overlay's `sources.json`: one JSON object (id -> record).
  std::string sources_json;
  std::int64_t parameters = 0;
  std::optional<std::int64_t> active_parameters;  ///< MoE only
  /// Per-token inference FLOP (2 x weights used per token, input embedding lookup excluded);
  /// nullopt for encoders (BERT), whose figure needs a sequence length.
  std::optional<std::int64_t> flops_per_token;
  /// The parameter formula with this model's numbers substituted (docs/import.md).
  std::string formula;
  /// Defaults applied because the file omits a field (the Hugging Face class default), and
  /// fields read but deliberately not counted (an MTP module): each echoed to the user.
  std::vector<std::string> assumptions;
};

/// Reads a Hugging Face `config.json` (model_type llama, mistral, mixtral, qwen2, qwen2_moe,
/// qwen3, qwen3_moe, gemma, gemma2, gemma3_text, deepseek_v2, deepseek_v3, gpt2, gpt_neox,
/// bert) and builds a catalog entry. No network access. Throws ImportError naming the file, the
/// field and the problem for each missing, malformed or unsupported field (an unknown
/// model_type, a multimodal config, a layer pattern the catalog cannot express), and
/// InvalidArgumentError for an unreadable file or a bad key.
[[nodiscard]] ModelImport import_hf_config(const std::filesystem::path& config,
                                           const HfImportOptions& options = {});

/// Writes the import into an overlay directory (created if needed): the entry at
/// `dir/<relative_path>` (replacing a previous import of the same key) and its records merged
/// into `dir/sources.json`. Returns the entry's path. Throws InvalidArgumentError when a file
/// cannot be written or the existing sources.json is not a JSON object.
std::filesystem::path write_import(const ModelImport& import, const std::filesystem::path& dir);

/// Validates the import exactly as an overlay entry is validated (`Catalog::load`, the path of
/// `mlsysim validate DIR` and `--catalog DIR`) in a scratch directory, removed afterwards, and
/// returns that catalog (built-in entries plus the imported one). Throws CatalogError listing
/// every defect.
[[nodiscard]] Catalog load_import(const ModelImport& import);

}  // namespace mlsysim
