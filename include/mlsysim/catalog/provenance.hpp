// Provenance: where every catalog number comes from (source records, per-field overrides).
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "mlsysim/vocabulary.hpp"

namespace mlsysim {

/// A calendar date (ISO 8601 in the catalog).
struct Date {
  int year = 0;
  int month = 0;
  int day = 0;
  friend constexpr auto operator<=>(const Date&, const Date&) = default;
};

/// One record of `catalog/sources.json`.
struct Source {
  std::string_view id;  ///< e.g. `hw-nvidia-h100-datasheet`
  SourceKind kind = SourceKind::datasheet;
  std::string_view title;
  std::string_view publisher;
  std::string_view url;  ///< empty when the kind needs none
  Date verified{};       ///< when someone last checked the figures against the document
  std::string_view notes;
  /// True when the figures could not be matched against a stored copy of the document on the
  /// verified date (they rest on the cited URL alone); `mlsysim audit` lists these as weak.
  bool unconfirmed = false;
};

/// A per-field override: the figure at JSON Pointer `pointer` comes from `source`.
struct FieldSource {
  std::string_view pointer;  ///< e.g. `/unit_cost`
  const Source* source = nullptr;
};

/// Identity and provenance shared by every catalog entry.
struct EntryInfo {
  std::string_view key;   ///< file stem, a C++ identifier: `A100`
  std::string_view path;  ///< dotted path: `Hardware.Cloud.A100`
  std::string_view file;  ///< catalog-relative file: `hardware/cloud/A100.json`
  std::string_view name;  ///< display name: `NVIDIA A100 SXM4 80GB`
  const Source* source = nullptr;
  std::span<const FieldSource> field_sources{};
  std::string_view notes;

  /// The source of the figure at `pointer`: the longest matching field override, else the entry's
  /// source. `source_for("/memory/bandwidth")`.
  [[nodiscard]] constexpr const Source* source_for(std::string_view pointer) const noexcept {
    const Source* best = source;
    std::size_t best_len = 0;
    for (const auto& fs : field_sources) {
      const bool prefix = pointer.starts_with(fs.pointer) && (pointer.size() == fs.pointer.size() ||
                                                              pointer[fs.pointer.size()] == '/');
      if (prefix && fs.pointer.size() >= best_len) {
        best = fs.source;
        best_len = fs.pointer.size();
      }
    }
    return best;
  }
};

}  // namespace mlsysim
