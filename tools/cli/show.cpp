// `mlsysim show`: every field of an entry with its unit and source.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <filesystem>

#include "commands.hpp"
#include "mlsysim/catalog/fields.hpp"
#include "mlsysim/mlsysim.hpp"
#include "session.hpp"

namespace mlsysim::cli {
namespace {

/// The file an entry was read from: the overlay's file when --catalog supplied it.
std::string entry_file(const Options& g, const EntryInfo& info) {
  if (!g.catalog_dir.empty()) {
    const std::filesystem::path overlay = std::filesystem::path(g.catalog_dir) / info.file;
    std::error_code ec;
    if (std::filesystem::is_regular_file(overlay, ec)) return overlay.generic_string();
  }
  return "catalog/" + std::string(info.file);
}

class ShowCommand {
 public:
  ShowCommand(CLI::App& app, CLI::App& /*plot*/) {
    cmd_ = app.add_subcommand("show", "every field of an entry with its unit and source");
    cmd_->add_option("entry", entry_, "key or dotted path (H100, Hardware.Cloud.H100)")->required();
    cmd_->footer("Example:\n  mlsysim show Hardware.Cloud.H100");
  }
  [[nodiscard]] std::string parsed() const { return cmd_->parsed() ? "show" : ""; }
  [[nodiscard]] int run(const std::string& /*command*/, const Options& global) const {
    const Session s(global);
    const CatalogEntry& e = s.catalog().find(entry_);
    const auto& info = e.info();
    Document doc{"show", {}, {}};
    Record r{"entry", std::string(info.path), {}};
    r.add("key", "Key", std::string(info.key))
        .add("path", "Path", std::string(info.path))
        .add("kind", "Kind", std::string(kind_name(e.kind())))
        .add("name", "Name", std::string(info.name))
        .add("file", "File", entry_file(global, info))
        .add("source", "Source", std::string(info.source->title))
        .add("source_url", "URL",
             info.source->url.empty() ? Value() : Value(std::string(info.source->url)));
    if (!info.notes.empty()) r.add("notes", "Notes", std::string(info.notes));
    doc.sections.emplace_back(std::move(r));
    Table t{"fields", "Fields", {"field", "value", "source"}, {"Field", "Value", "Source"}, {}};
    for (const auto& f : entry_fields(e)) {
      std::string field = f.pointer.substr(1);
      std::replace(field.begin(), field.end(), '/', '.');
      t.rows.push_back(
          {field, f.value, f.source != nullptr ? Value(std::string(f.source->id)) : Value()});
    }
    doc.sections.emplace_back(std::move(t));
    print(doc, global.format);
    return 0;
  }

 private:
  std::string entry_;  ///< key, dotted path or alias
  CLI::App* cmd_ = nullptr;
};

}  // namespace

std::unique_ptr<Module> make_show_module(CLI::App& app, CLI::App& plot) {
  return make_module<ShowCommand>(app, plot);
}

}  // namespace mlsysim::cli
