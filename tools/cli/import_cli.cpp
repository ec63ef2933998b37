// `mlsysim import hf config.json [--key K] [--url URL] [-o DIR]`: a Hugging Face config.json as a
// catalog model entry, validated through the overlay loader (docs/import.md).
#include "import_cli.hpp"

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <iostream>
#include <nlohmann/json.hpp>

#include "mlsysim/import.hpp"
#include "mlsysim/mlsysim.hpp"
#include "output.hpp"

namespace mlsysim::cli {

struct ImportCliOptions {
  std::string config;
  std::string key;
  std::string url;
  std::string output;
};

namespace {

Value cell(const nlohmann::ordered_json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_boolean()) return v.get<bool>();
  if (v.is_number_integer()) return v.get<std::int64_t>();
  return v.dump();
}

std::string kind_text(SourceKind k) {
  switch (k) {
    case SourceKind::datasheet:
      return "datasheet";
    case SourceKind::paper:
      return "paper";
    case SourceKind::industry_report:
      return "industry_report";
    case SourceKind::measurement:
      return "measurement";
    case SourceKind::estimate:
      return "estimate";
    case SourceKind::derived:
      return "derived";
    case SourceKind::convention:
      return "convention";
  }
  return "unknown";
}

int import_hf(const ImportCliOptions& c, const Options& g) {
  HfImportOptions opts;
  opts.key = c.key;
  opts.url = c.url;
  const ModelImport m = import_hf_config(c.config, opts);
  // Validated exactly as `--catalog DIR` validates: the written directory, or a scratch one.
  std::string written = "not written (pass -o DIR to add it to an overlay directory)";
  std::optional<Catalog> cat;
  if (!c.output.empty()) {
    written = write_import(m, c.output).generic_string();
    cat.emplace(Catalog::load(c.output));
  } else {
    cat.emplace(load_import(m));
  }
  const std::string path = "Models.Language." + m.key;
  const auto& w = cat->get<Workload>(path);

  Document doc{"import", {}, {}};
  Record r{"import", fmt::format("{} imported from {}", path, c.config), {}};
  r.add("key", "Key", m.key)
      .add("path", "Dotted path", path)
      .add("model_type", "model_type", m.model_type)
      .add("architecture", "Architecture",
           w.architecture == Architecture::moe ? "moe" : "transformer")
      .add("parameters", "Parameters (from the shapes)", w.parameters);
  if (w.active_parameters) r.add("active_parameters", "Active parameters", *w.active_parameters);
  if (w.inference_flops) r.add("inference_flops", "Inference FLOP per token", *w.inference_flops);
  r.add("source", "Source record", std::string(w.info.source->id))
      .add("source_kind", "Source kind", kind_text(w.info.source->kind))
      .add("file", "Entry file", written)
      .add("validated", "Validated as an overlay entry", true);
  doc.sections.emplace_back(std::move(r));

  Table t{"entry", "Catalog entry", {"field", "value"}, {"Field", "Value"}, {}};
  const auto entry = nlohmann::ordered_json::parse(m.entry_json);
  for (auto it = entry.begin(); it != entry.end(); ++it) {
    if (it.key() == "notes" || it.key() == "field_sources") continue;
    t.rows.push_back({it.key(), cell(it.value())});
  }
  doc.sections.emplace_back(std::move(t));

  doc.notes.push_back("parameter count: " + m.formula);
  for (const auto& a : m.assumptions) doc.notes.push_back("assumed: " + a);
  if (catalog().try_find(path) != nullptr) {
    doc.notes.push_back("the overlay entry replaces the built-in " + path);
  }
  std::cout << render(doc, g.format) << std::flush;
  return 0;
}

}  // namespace

ImportCommands::ImportCommands(CLI::App& app, CLI::App& /*plot*/)
    : o_(std::make_unique<ImportCliOptions>()) {
  ImportCliOptions& o = *o_;
  import_ =
      app.add_subcommand("import", "turn another tool's model description into a catalog entry");
  import_->require_subcommand(1);
  hf_ = import_->add_subcommand(
      "hf", "a local Hugging Face config.json -> a catalog model entry (no network access)");
  hf_->add_option("config", o.config, "path to config.json")->required();
  hf_->add_option("--key", o.key,
                  "catalog key (default: from _name_or_path, else the file's directory name)");
  hf_->add_option("--url", o.url,
                  "where the config was published; the source record becomes a datasheet");
  hf_->add_option("-o,--output", o.output,
                  "overlay directory to write models/language/KEY.json and sources.json into");
  hf_->footer(
      "Supported model_type: llama, mistral, mixtral, qwen2, qwen2_moe, qwen3, qwen3_moe, gemma, "
      "gemma2, gemma3_text, deepseek_v2, deepseek_v3, gpt2, gpt_neox, bert.\nExamples:\n  mlsysim "
      "import hf Meta-Llama-3-8B/config.json -o my-catalog/\n  mlsysim --catalog my-catalog/ "
      "serve Meta_Llama_3_8B H100");
}

ImportCommands::~ImportCommands() = default;

std::string ImportCommands::parsed() const { return hf_->parsed() ? "import-hf" : ""; }

int ImportCommands::run(const std::string& command, const Options& global) const {
  if (command == "import-hf") return import_hf(*o_, global);
  throw InvalidArgumentError("command", "unknown import command '" + command + "'");
}

std::unique_ptr<Module> make_import_module(CLI::App& app, CLI::App& plot) {
  return make_module<ImportCommands>(app, plot);
}

}  // namespace mlsysim::cli
