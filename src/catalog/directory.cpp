// The directory walk: sources.json and aliases.json first, then every entry file in path order,
// then reference resolution; throws CatalogError with every diagnostic.
#include <algorithm>

#include "load_context.hpp"

namespace mlsysim::catalog_detail {
namespace {

namespace fs = std::filesystem;

LoadResult run(LoadContext& ctx, bool require_sources) {
  std::error_code ec;
  if (!fs::is_directory(ctx.dir, ec)) {
    ctx.diag(ctx.display_root.empty() ? ctx.dir.generic_string() : ctx.display_root, "",
             "not a directory");
    throw CatalogError(ctx.diagnostics);
  }
  load_sources(ctx, ctx.dir / "sources.json", require_sources);
  load_aliases(ctx, ctx.dir / "aliases.json");
  ctx.result.files.push_back(ctx.dir / "sources.json");
  std::vector<fs::path> files;
  // error_code overloads throughout: an unreadable directory, a symlink loop or a vanished file
  // is a diagnostic naming the path, never an escaping filesystem_error.
  fs::recursive_directory_iterator it(ctx.dir, ec);
  fs::path last_dir;
  if (ec) ctx.diag(ctx.display("."), "", "cannot read the directory: " + ec.message());
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const auto rel = it->path().lexically_relative(ctx.dir);
    const auto name = it->path().filename().string();
    std::error_code type_ec;
    const bool is_dir = it->is_directory(type_ec);
    if (is_dir && (name.starts_with(".") || (it.depth() == 0 && name == "schema"))) {
      it.disable_recursion_pending();
      continue;
    }
    if (is_dir) last_dir = rel;
    if (is_dir || it->path().extension() != ".json" || name.starts_with(".")) continue;
    if (rel == "sources.json" || rel == "aliases.json") continue;
    files.push_back(rel);  // not a regular file or unreadable: load_entry says so
  }
  if (ec) {
    ctx.diag(ctx.display(last_dir.empty() ? fs::path(".") : last_dir), "",
             "cannot read a directory below this one: " + ec.message());
  }
  std::sort(files.begin(), files.end());
  for (const auto& rel : files) {
    load_entry(ctx, rel);
    ctx.result.files.push_back(ctx.dir / rel);
  }
  if (fs::exists(fs::symlink_status(ctx.dir / "aliases.json", ec))) {
    ctx.result.files.push_back(ctx.dir / "aliases.json");
  }
  resolve_references(ctx);
  if (!ctx.diagnostics.empty()) throw CatalogError(ctx.diagnostics);
  std::sort(
      ctx.result.entries.begin(), ctx.result.entries.end(),
      [](const CatalogEntry& a, const CatalogEntry& b) { return a.info().path < b.info().path; });
  for (const auto& [id, s] : ctx.sources) ctx.result.sources.push_back(s);
  return std::move(ctx.result);
}

}  // namespace

LoadResult load_directory(const fs::path& dir, const Catalog* base, std::string_view display_root,
                          Date today, bool require_sources) {
  LoadContext ctx(dir, base, std::string(display_root), today);
  return run(ctx, require_sources);
}

}  // namespace mlsysim::catalog_detail
