// The catalog loader: JSON files -> validated, typed entries. One piece of library code used by the
// code generator (build time) and by Catalog::load (run time), so both give the same verdict.
#pragma once

#include <deque>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "catalog_shared.hpp"
#include "mlsysim/catalog/names.hpp"
#include "mlsysim/registry.hpp"

namespace mlsysim::catalog_detail {

/// Largest catalog file the loader reads (1 MiB; the largest built-in file is a few KiB). Only
/// regular files are read: FIFOs, devices and sockets are refused, so a hostile overlay cannot
/// block or exhaust memory. Documented in docs/catalog-format.md.
inline constexpr std::uintmax_t kMaxCatalogFileBytes = 1 << 20;
/// Deepest JSON nesting accepted (the schema needs 4 levels).
inline constexpr std::size_t kMaxJsonDepth = 32;

/// Largest integer count in a catalog entry (parameters ~2e12 and token budgets ~4e13 today);
/// the product of two counts stays finite in a double and is checked in int64.
inline constexpr std::int64_t kMaxCatalogCount = 1'000'000'000'000'000;
/// Range of a non-zero catalog quantity's magnitude in canonical base units (bit, FLOP, s, m,
/// kg, USD and their products). Inside it, products and quotients of two catalog values stay
/// finite and normal, so `1e-300 B/s` cannot yield an infinite latency.
inline constexpr double kMinCatalogMagnitude = 1e-15;
inline constexpr double kMaxCatalogMagnitude = 1e30;

/// Reads a regular file of at most kMaxCatalogFileBytes into `text`; the problem otherwise.
[[nodiscard]] std::optional<std::string> read_bounded(const std::filesystem::path& path,
                                                      std::string& text);

/// `std::tuple<std::deque<T>...>` over the entry types of vocabulary.def (trailing void ends it).
template <class Done, class... Rest>
struct EntryDeques;
template <class... Done>
struct EntryDeques<void(Done...), void> {
  using type = std::tuple<std::deque<Done>...>;
};
template <class... Done, class Next, class... Rest>
struct EntryDeques<void(Done...), Next, Rest...> : EntryDeques<void(Done..., Next), Rest...> {};

/// Owns everything a loaded catalog points into: entries, sources, strings.
struct Storage {
  std::deque<std::string> strings;
  std::deque<Source> sources;
  std::deque<std::vector<FieldSource>> field_sources;
  EntryDeques<void(),
#define MLSYSIM_ENTRY_KIND(name, Type, noun) Type,
#include "mlsysim/vocabulary.def"
              void>::type entries;

  std::string_view intern(std::string s) { return strings.emplace_back(std::move(s)); }
  template <class T>
  std::deque<T>& list() {
    return std::get<std::deque<T>>(entries);
  }
};

struct LoadResult {
  std::shared_ptr<Storage> storage;
  std::vector<CatalogEntry> entries;   ///< the directory's entries, sorted by path
  std::vector<Alias> aliases;          ///< the directory's aliases
  std::vector<const Source*> sources;  ///< the directory's source records, sorted by id
  /// Every JSON file read (entries, sources.json, aliases.json), for build dependencies.
  std::vector<std::filesystem::path> files;
};

/// Loads and validates the catalog directory `dir`. References and source ids may name entries
/// and sources of `base` (nullptr: none). Diagnostics name files as `display_root/<relative>`.
/// `require_sources`: the directory must have its own sources.json (the built-in catalog).
/// Throws CatalogError listing every defect.
[[nodiscard]] LoadResult load_directory(const std::filesystem::path& dir, const Catalog* base,
                                        std::string_view display_root, Date today,
                                        bool require_sources);

/// The one way to build a Catalog over storage (the built-in tables, an overlay).
struct CatalogFactory {
  [[nodiscard]] static Catalog make(std::vector<CatalogEntry> entries, std::vector<Alias> aliases,
                                    std::vector<const Source*> sources,
                                    std::shared_ptr<const void> owner) {
    return Catalog(std::move(entries), std::move(aliases), std::move(sources),
                   new Catalog::Shared(std::move(owner)));
  }
};

/// `base` plus the user directory `dir` (see Catalog::load).
[[nodiscard]] Catalog overlay(const Catalog& base, const std::filesystem::path& dir);

/// Is `s` a valid C++ identifier?
[[nodiscard]] bool is_identifier(std::string_view s);
// path_segment and close_matches: public, in mlsysim/catalog/names.hpp.

}  // namespace mlsysim::catalog_detail
