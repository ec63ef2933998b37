// mlsysim-codegen: validates catalog/ and writes the generated C++ tables, accessor header and
// catalog reference. Writes a file only when its content changed; on any catalog error it exits
// non-zero and leaves every earlier output untouched.
//
//   mlsysim-codegen --catalog <dir> --out <dir> [--label catalog] [--stamp <file>] [--today
//   YYYY-MM-DD] mlsysim-codegen --write-schemas <dir>     (writes the JSON Schema files of
//   catalog/schema/)
#include <spdlog/spdlog.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "emit.hpp"
#include "json_schema.hpp"
#include "mlsysim/errors.hpp"

namespace fs = std::filesystem;

namespace {

int usage() {
  std::fprintf(stderr,
               "usage: mlsysim-codegen --catalog DIR --out DIR [--label NAME] [--stamp FILE] "
               "[--today YYYY-MM-DD]\n       mlsysim-codegen --write-schemas DIR\n");
  return 2;
}

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

/// Writes `content` to `path` through a temporary file and a rename, so a reader never sees a
/// half-written file. Returns false when the file already had this content.
bool write_if_changed(const fs::path& path, const std::string& content) {
  std::error_code ec;
  if (fs::exists(path, ec) && read(path) == content) return false;
  fs::create_directories(path.parent_path());
  const fs::path tmp = path.string() + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << content;
    if (!out) throw std::runtime_error("cannot write '" + tmp.string() + "'");
  }
  fs::rename(tmp, path);
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  spdlog::set_pattern("mlsysim-codegen: %^%l%$: %v");
  fs::path catalog_dir;
  fs::path out_dir;
  fs::path stamp;
  std::string label = "catalog";
  mlsysim::Date today = mlsysim::today();
  if (argc == 3 && std::string(argv[1]) == "--write-schemas") {
    std::size_t changed = 0;
    for (const auto& [name, content] : mlsysim::codegen::json_schemas()) {
      if (write_if_changed(fs::path(argv[2]) / name, content)) ++changed;
    }
    spdlog::info("{} schema file(s) changed", changed);
    return 0;
  }
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (i + 1 >= argc) return usage();
    const std::string value = argv[++i];
    if (arg == "--catalog")
      catalog_dir = value;
    else if (arg == "--out")
      out_dir = value;
    else if (arg == "--label")
      label = value;
    else if (arg == "--stamp")
      stamp = value;
    else if (arg == "--today") {
      if (std::sscanf(value.c_str(), "%d-%d-%d", &today.year, &today.month, &today.day) != 3) {
        return usage();
      }
    } else {
      return usage();
    }
  }
  if (catalog_dir.empty() || out_dir.empty()) return usage();

  mlsysim::codegen::Outputs outputs;
  std::size_t entries = 0;
  try {
    const auto loaded = mlsysim::catalog_detail::load_directory(catalog_dir, nullptr, label, today,
                                                                /*require_sources=*/true);
    entries = loaded.entries.size();
    outputs = mlsysim::codegen::render(loaded, label);
    // Stale provenance is a warning, not a build failure (`mlsysim audit` lists it in full).
    const mlsysim::Catalog view = mlsysim::catalog_detail::CatalogFactory::make(
        loaded.entries, loaded.aliases, loaded.sources, loaded.storage);
    std::size_t stale = 0;
    for (const auto& f : view.audit(today)) {
      if (f.reason != mlsysim::SourceFinding::Reason::stale) continue;
      if (++stale <= 5) spdlog::warn("{}", f.str());
    }
    if (stale > 5) spdlog::warn("... and {} more stale sources (see `mlsysim audit`)", stale - 5);
  } catch (const mlsysim::CatalogError& e) {
    for (const auto& d : e.diagnostics()) std::fprintf(stderr, "%s\n", d.str().c_str());
    spdlog::error("{} error(s); no output written", e.diagnostics().size());
    return 1;
  }
  try {
    std::size_t changed = 0;
    for (const auto& [name, content] : outputs) {
      if (write_if_changed(out_dir / name, content)) ++changed;
    }
    if (!stamp.empty()) {
      std::ofstream(stamp, std::ios::trunc) << entries << " entries\n";
    }
    spdlog::info("{} entries; {} of {} outputs changed", entries, changed, outputs.size());
  } catch (const std::exception& e) {
    spdlog::error("{}", e.what());
    return 1;
  }
  return 0;
}
