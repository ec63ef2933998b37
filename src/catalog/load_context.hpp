// The state of one load_directory call, shared by the loader's files (one concern each):
//   json_reader.cpp  strict JSON reading and limits
//   sources.cpp      sources.json, read through schema::visit(Source)
//   aliases.cpp      aliases.json and the alias rules
//   load_visitor.*   the schema visitor that reads JSON fields into typed entries
//   checks.cpp       cross-field checks (also behind mlsysim::validate)
//   references.cpp   reference resolution and name collisions with the base catalog
//   entry.cpp        one entry file: folder, kind, key, name, provenance
//   directory.cpp    the directory walk and load_directory
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "loader.hpp"
#include "mlsysim/errors.hpp"

namespace mlsysim::catalog_detail {

/// A reference read from an entry (`"accelerator": "Hardware.Cloud.H100"`), resolved once every
/// entry is loaded.
struct PendingRef {
  std::string file;
  std::string pointer;
  std::string target;
  EntryKind kind;
  std::function<void(const CatalogEntry&)> assign;
};

/// Everything one load collects: the result under construction, the diagnostics, the references
/// and aliases still to resolve.
struct LoadContext {
  LoadContext(std::filesystem::path dir_, const Catalog* base_, std::string display_root_,
              Date today_)
      : dir(std::move(dir_)), base(base_), display_root(std::move(display_root_)), today(today_) {
    result.storage = std::make_shared<Storage>();
  }

  std::filesystem::path dir;
  const Catalog* base;  ///< references and source ids may name its entries; nullptr: none
  std::string display_root;
  Date today;
  LoadResult result;
  std::vector<CatalogDiagnostic> diagnostics;
  std::vector<PendingRef> pending;
  std::map<std::string, const Source*, std::less<>> sources;  ///< this directory's, by id
  /// Entries of this directory by dotted path, with the file that defines each.
  std::map<std::string, std::pair<CatalogEntry, std::string>, std::less<>> by_path;
  std::vector<std::pair<std::string, std::string>> alias_pairs;  ///< alias -> target, unchecked
  std::string aliases_file;                                      ///< display name of aliases.json

  void diag(const std::string& file, std::string pointer, std::string message) {
    diagnostics.push_back({file, std::move(pointer), std::move(message)});
  }
  /// `rel` as diagnostics name it: `display_root/rel`.
  [[nodiscard]] std::string display(const std::filesystem::path& rel) const {
    return display_root.empty() ? rel.generic_string() : display_root + "/" + rel.generic_string();
  }
  [[nodiscard]] Storage& storage() { return *result.storage; }
  /// The source record `id` of this directory, else of the base catalog; nullptr when absent.
  [[nodiscard]] const Source* find_source(std::string_view id) const {
    if (const auto it = sources.find(id); it != sources.end()) return it->second;
    return base != nullptr ? base->source(id) : nullptr;
  }
  /// Every source id a reference may name (for "did you mean").
  [[nodiscard]] std::vector<std::string> source_ids() const {
    std::vector<std::string> ids;
    for (const auto& [id, s] : sources) ids.push_back(id);
    if (base != nullptr) {
      for (const Source* s : base->sources()) ids.emplace_back(s->id);
    }
    return ids;
  }
};

/// ` (did you mean 'x'?)` for the closest candidate, or empty.
[[nodiscard]] std::string did_you_mean(std::string_view wanted,
                                       const std::vector<std::string>& candidates);

/// Reads `path` (sources.json) into ctx.sources; diagnoses its absence when `required`.
void load_sources(LoadContext& ctx, const std::filesystem::path& path, bool required);
/// Reads `path` (aliases.json, optional) into ctx.alias_pairs, checking the alias spelling.
void load_aliases(LoadContext& ctx, const std::filesystem::path& path);
/// Checks the aliases of ctx.alias_pairs against every path and the base catalog, and records
/// the good ones in `aliases` and ctx.result.aliases. `base_keys`: key -> paths of the base.
void register_aliases(LoadContext& ctx, const std::map<std::string, CatalogEntry, std::less<>>& all,
                      std::map<std::string, std::string, std::less<>>& aliases,
                      const std::map<std::string, std::set<std::string>, std::less<>>& base_keys);
/// Loads the entry file `rel` (relative to ctx.dir).
void load_entry(LoadContext& ctx, const std::filesystem::path& rel);
/// Resolves aliases and every pending reference, and diagnoses names taken from the base catalog.
void resolve_references(LoadContext& ctx);

/// Cross-field checks of one loaded entry (docs/catalog-format.md); the pointer of each finding
/// is relative to the entry's root. Entry types without cross-field rules have none.
void check_entry(const HardwareNode& h, std::vector<CatalogDiagnostic>& out,
                 const std::string& file);
void check_entry(const Workload& m, std::vector<CatalogDiagnostic>& out, const std::string& file);
void check_entry(const NetworkSwitch& s, std::vector<CatalogDiagnostic>& out,
                 const std::string& file);
void check_entry(const Partition& p, std::vector<CatalogDiagnostic>& out, const std::string& file);
/// The checks of a partition against its parent, once references are resolved: its memory
/// within the parent's capacity.
void check_resolved(const Partition& p, std::vector<CatalogDiagnostic>& out,
                    const std::string& file);
void check_entry(const FailureStudy& f, std::vector<CatalogDiagnostic>& out,
                 const std::string& file);
template <class T>
void check_entry(const T&, std::vector<CatalogDiagnostic>&, const std::string&) {}

}  // namespace mlsysim::catalog_detail
