// The catalog registry: the built-in catalog (mlsysim::catalog()), lookup by key or dotted path,
// iteration and filtering, user overlay catalogs (Catalog::load) and the provenance audit.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "mlsysim/catalog/hardware.hpp"
#include "mlsysim/catalog/infra.hpp"
#include "mlsysim/catalog/models.hpp"
#include "mlsysim/catalog/partitions.hpp"
#include "mlsysim/catalog/provenance.hpp"
#include "mlsysim/catalog/reliability.hpp"
#include "mlsysim/catalog/switches.hpp"
#include "mlsysim/catalog/systems.hpp"
#include "mlsysim/vocabulary.hpp"

namespace mlsysim {

namespace catalog_detail {
struct CatalogFactory;  // src/catalog/loader.hpp: builds Catalogs for generated tables and overlays
}  // namespace catalog_detail

namespace detail {
/// `std::variant<const T*...>` over the entry types of vocabulary.def, in table order; the
/// trailing `void` ends the X-macro list.
template <class Done, class... Rest>
struct EntryPointerVariant;
template <class... Done>
struct EntryPointerVariant<void(Done...), void> {
  using type = std::variant<const Done*...>;
};
template <class... Done, class Next, class... Rest>
struct EntryPointerVariant<void(Done...), Next, Rest...>
    : EntryPointerVariant<void(Done..., Next), Rest...> {};
}  // namespace detail

/// A reference to one entry of any kind. Cheap to copy; the entry outlives it (built-in entries
/// are static, overlay entries live as long as their Catalog).
class CatalogEntry {
 public:
  /// One alternative per row of vocabulary.def's MLSYSIM_ENTRY_KIND, so `pointer().index()` is
  /// the EntryKind.
  using Pointer = detail::EntryPointerVariant<void(),
#define MLSYSIM_ENTRY_KIND(name, Type, noun) Type,
#include "mlsysim/vocabulary.def"
                                              void>::type;

  template <class T>
  constexpr CatalogEntry(const T* entry) noexcept : pointer_(entry) {}  // NOLINT: implicit

  [[nodiscard]] constexpr EntryKind kind() const noexcept {
    return static_cast<EntryKind>(pointer_.index());
  }
  [[nodiscard]] constexpr const Pointer& pointer() const noexcept { return pointer_; }
  /// Key, dotted path, file, name and provenance.
  [[nodiscard]] constexpr const EntryInfo& info() const noexcept {
    // A switch over the table rather than std::visit: the same code, without instantiating
    // std::visit's dispatch table in every user translation unit (docs/performance.md).
    switch (kind()) {
#define MLSYSIM_ENTRY_KIND(name, Type, noun) \
  case EntryKind::name:                      \
    return (*std::get_if<const Type*>(&pointer_))->info;
#include "mlsysim/vocabulary.def"
    }
    return std::get<0>(pointer_)->info;  // not reached: every kind is a case above
  }
  /// The typed entry, or nullptr when this entry is of another kind.
  template <class T>
  [[nodiscard]] constexpr const T* get_if() const noexcept {
    auto* const* p = std::get_if<const T*>(&pointer_);
    return p == nullptr ? nullptr : *p;
  }
  /// The typed entry; throws InvalidArgumentError naming both kinds when it is of another kind
  /// (`'Systems.Fabrics.InfiniBand_NDR' is a fabric, not a hardware entry`).
  template <class T>
  [[nodiscard]] const T& as() const {
    if (const T* p = get_if<T>()) return *p;
    throw_wrong_kind(kind_of<T>());
  }
  /// The EntryKind of an entry type: `CatalogEntry::kind_of<Fleet>()` is EntryKind::fleet.
  template <class T>
  [[nodiscard]] static constexpr EntryKind kind_of() noexcept {
    return static_cast<EntryKind>(Pointer(static_cast<const T*>(nullptr)).index());
  }

 private:
  [[noreturn]] void throw_wrong_kind(EntryKind wanted) const;

  Pointer pointer_;
};

/// An alternative dotted path for an entry (`Hardware.Edge.JetsonAGXOrin` ->
/// `Hardware.Edge.JetsonAGX`). A reference, never a copy.
struct Alias {
  std::string_view path;
  std::string_view target;
};

/// A provenance finding of `Catalog::audit`.
struct SourceFinding {
  enum class Reason : std::uint8_t { stale, estimate, unconfirmed };
  const Source* source = nullptr;
  Reason reason = Reason::stale;
  std::vector<std::string> used_by;  ///< dotted paths of entries citing the source
  [[nodiscard]] std::string str() const;
};

/// A set of catalog entries with lookup and provenance. `mlsysim::catalog()` is the built-in one;
/// `Catalog::load(dir)` adds a user directory on top.
class Catalog {
 public:
  /// Built-in entries plus the JSON entries under `dir` (new devices, a private cluster, an
  /// updated datasheet), validated exactly as the code generator validates the built-in catalog.
  /// An overlay entry with the path of a built-in one replaces it, and built-in entries that
  /// reference a replaced entry are re-pointed to the replacement. Throws CatalogError listing
  /// every defect found.
  [[nodiscard]] static Catalog load(std::string_view dir);
  /// The same for a `std::filesystem::path` (a template, so that this header does not pull in
  /// `<filesystem>`, which alone costs more compile time than the rest of it; see
  /// docs/performance.md).
  template <class Path>
  requires requires(const Path& p) { std::string_view(p.string()); }
  [[nodiscard]] static Catalog load(const Path& dir) {
    return load(std::string_view(dir.string()));
  }

  /// The entry for a key (`"H100"`), a dotted path (`"Hardware.Cloud.H100"`) or an alias.
  /// Throws UnknownEntryError with close matches; a key shared by several namespaces throws
  /// UnknownEntryError listing the paths to choose from.
  [[nodiscard]] const CatalogEntry& find(std::string_view key_or_path) const;
  /// Like find, but nullptr when absent or ambiguous.
  [[nodiscard]] const CatalogEntry* try_find(std::string_view key_or_path) const noexcept;
  /// Typed lookup: `catalog().get<HardwareNode>("H100")`. Throws on a wrong kind.
  template <class T>
  [[nodiscard]] const T& get(std::string_view key_or_path) const {
    return find(key_or_path).as<T>();
  }

  /// Every entry, sorted by dotted path.
  [[nodiscard]] std::span<const CatalogEntry> entries() const noexcept { return entries_; }
  /// Entries whose dotted path starts with `prefix` (`"Hardware.Cloud"`, `"Models"`).
  [[nodiscard]] std::vector<CatalogEntry> in_namespace(std::string_view prefix) const;
  /// Entries of one kind, sorted by path.
  [[nodiscard]] std::vector<CatalogEntry> of_kind(EntryKind kind) const;
  /// Typed entries of one kind: `catalog().all<HardwareNode>()`.
  template <class T>
  [[nodiscard]] std::vector<const T*> all() const {
    std::vector<const T*> out;
    for (const auto& e : entries_) {
      if (const T* p = e.get_if<T>()) out.push_back(p);
    }
    return out;
  }
  /// Entries satisfying `predicate`, a callable `bool(const CatalogEntry&)` (a template rather
  /// than `std::function`, which keeps `<functional>` out of this header).
  template <class Predicate>
  [[nodiscard]] std::vector<CatalogEntry> filter(Predicate&& predicate) const {
    std::vector<CatalogEntry> out;
    for (const auto& e : entries_) {
      if (predicate(e)) out.push_back(e);
    }
    return out;
  }

  [[nodiscard]] std::span<const Alias> aliases() const noexcept { return aliases_; }
  /// Every source record, sorted by id.
  [[nodiscard]] std::span<const Source* const> sources() const noexcept { return sources_; }
  /// The source record with `id`, or nullptr.
  [[nodiscard]] const Source* source(std::string_view id) const noexcept;

  /// Sources verified more than `stale_months` before `today` (stale), estimates, and figures
  /// not confirmed against the document (weak), with the entries that cite each.
  [[nodiscard]] std::vector<SourceFinding> audit(Date today, int stale_months = 18) const;

  Catalog(const Catalog& other);
  Catalog(Catalog&& other) noexcept;
  Catalog& operator=(const Catalog& other);
  Catalog& operator=(Catalog&& other) noexcept;
  ~Catalog();

 private:
  friend struct catalog_detail::CatalogFactory;
  /// The storage and lookup index that copies share (src/catalog/catalog_shared.hpp).
  struct Shared;
  /// Builds a catalog over entries, aliases and sources whose storage `shared` keeps alive (the
  /// built-in table and the loader, through catalog_detail::CatalogFactory); takes over the one
  /// reference `shared` holds.
  Catalog(std::vector<CatalogEntry> entries, std::vector<Alias> aliases,
          std::vector<const Source*> sources, Shared* shared);
  void release() noexcept;

  std::vector<CatalogEntry> entries_;
  std::vector<Alias> aliases_;
  std::vector<const Source*> sources_;
  Shared* shared_ = nullptr;  ///< nullptr only in a moved-from catalog
};

/// The built-in catalog, generated from catalog/ at build time. Built on first use (the entries
/// themselves are constant-initialized; only the lookup index is built then). Thread-safe.
[[nodiscard]] const Catalog& catalog();

/// Today's date (UTC) from the system clock.
[[nodiscard]] Date today();

}  // namespace mlsysim
