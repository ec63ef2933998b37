// Catalog: lookup, iteration, overlays and the provenance audit.
#include "mlsysim/registry.hpp"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <map>
#include <unordered_map>
#include <utility>

#include "catalog_shared.hpp"
#include "loader.hpp"
#include "mlsysim/errors.hpp"
#include "schema.hpp"

namespace mlsysim {

void CatalogEntry::throw_wrong_kind(EntryKind wanted) const {
  throw InvalidArgumentError(std::string(info().path),
                             "is " + std::string(schema::kind_info(kind()).noun) + ", not " +
                                 std::string(schema::kind_info(wanted).noun));
}

std::string SourceFinding::str() const {
  std::string why;
  switch (reason) {
    case Reason::stale:
      why = "stale";
      break;
    case Reason::estimate:
      why = "estimate";
      break;
    case Reason::unconfirmed:
      why = "unconfirmed";
      break;
  }
  char date[16];
  std::snprintf(date, sizeof date, "%04d-%02d-%02d", source->verified.year, source->verified.month,
                source->verified.day);
  std::string out = why + ": '" + std::string(source->id) + "' (verified " + date + ")";
  if (!used_by.empty()) {
    out += " used by ";
    for (std::size_t i = 0; i < used_by.size(); ++i) {
      if (i == 3) {
        out += " and " + std::to_string(used_by.size() - 3) + " more";
        break;
      }
      out += (i > 0 ? ", " : "") + used_by[i];
    }
  }
  return out;
}

Catalog::Catalog(std::vector<CatalogEntry> entries, std::vector<Alias> aliases,
                 std::vector<const Source*> sources, Shared* shared)
    : entries_(std::move(entries)),
      aliases_(std::move(aliases)),
      sources_(std::move(sources)),
      shared_(shared) {
  std::sort(entries_.begin(), entries_.end(), [](const CatalogEntry& a, const CatalogEntry& b) {
    return a.info().path < b.info().path;
  });
  std::sort(sources_.begin(), sources_.end(),
            [](const Source* a, const Source* b) { return a->id < b->id; });
  Shared& index = *shared_;
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    index.by_path.emplace(entries_[i].info().path, i);
    index.by_key[entries_[i].info().key].push_back(i);
  }
  for (const auto& a : aliases_) {
    const auto it = index.by_path.find(a.target);
    if (it == index.by_path.end()) continue;
    index.by_path.emplace(a.path, it->second);
    const auto dot = a.path.rfind('.');
    const auto key = dot == std::string_view::npos ? a.path : a.path.substr(dot + 1);
    auto& keys = index.by_key[key];
    if (std::find(keys.begin(), keys.end(), it->second) == keys.end()) keys.push_back(it->second);
  }
  for (std::size_t i = 0; i < sources_.size(); ++i) index.sources.emplace(sources_[i]->id, i);
}

Catalog::Catalog(const Catalog& other)
    : entries_(other.entries_),
      aliases_(other.aliases_),
      sources_(other.sources_),
      shared_(other.shared_) {
  if (shared_ != nullptr) shared_->references.fetch_add(1, std::memory_order_relaxed);
}

Catalog::Catalog(Catalog&& other) noexcept
    : entries_(std::move(other.entries_)),
      aliases_(std::move(other.aliases_)),
      sources_(std::move(other.sources_)),
      shared_(std::exchange(other.shared_, nullptr)) {}

Catalog& Catalog::operator=(const Catalog& other) {
  if (this != &other) *this = Catalog(other);
  return *this;
}

Catalog& Catalog::operator=(Catalog&& other) noexcept {
  if (this != &other) {
    release();
    entries_ = std::move(other.entries_);
    aliases_ = std::move(other.aliases_);
    sources_ = std::move(other.sources_);
    shared_ = std::exchange(other.shared_, nullptr);
  }
  return *this;
}

Catalog::~Catalog() { release(); }

void Catalog::release() noexcept {
  if (shared_ != nullptr && shared_->references.fetch_sub(1, std::memory_order_acq_rel) == 1) {
    delete shared_;
  }
  shared_ = nullptr;
}

const CatalogEntry* Catalog::try_find(std::string_view name) const noexcept {
  if (const auto it = shared_->by_path.find(name); it != shared_->by_path.end()) {
    return &entries_[it->second];
  }
  if (const auto it = shared_->by_key.find(name);
      it != shared_->by_key.end() && it->second.size() == 1) {
    return &entries_[it->second.front()];
  }
  return nullptr;
}

const CatalogEntry& Catalog::find(std::string_view name) const {
  if (const CatalogEntry* e = try_find(name)) return *e;
  if (const auto it = shared_->by_key.find(name); it != shared_->by_key.end()) {
    std::vector<std::string> paths;
    for (std::size_t i : it->second) paths.emplace_back(entries_[i].info().path);
    throw UnknownEntryError(std::string(name), std::move(paths));
  }
  std::vector<std::string> candidates;
  const bool dotted = name.find('.') != std::string_view::npos;
  for (const auto& [path, i] : shared_->by_path) candidates.emplace_back(path);
  if (!dotted) {
    candidates.clear();
    for (const auto& [key, list] : shared_->by_key) candidates.emplace_back(key);
  }
  std::sort(candidates.begin(), candidates.end());
  throw UnknownEntryError(std::string(name), close_matches(name, candidates));
}

std::vector<CatalogEntry> Catalog::in_namespace(std::string_view prefix) const {
  std::vector<CatalogEntry> out;
  for (const auto& e : entries_) {
    const auto path = e.info().path;
    if (path.starts_with(prefix) &&
        (prefix.empty() || path.size() == prefix.size() || path[prefix.size()] == '.')) {
      out.push_back(e);
    }
  }
  return out;
}

std::vector<CatalogEntry> Catalog::of_kind(EntryKind kind) const {
  return filter([kind](const CatalogEntry& e) { return e.kind() == kind; });
}

const Source* Catalog::source(std::string_view id) const noexcept {
  const auto it = shared_->sources.find(id);
  return it == shared_->sources.end() ? nullptr : sources_[it->second];
}

std::vector<SourceFinding> Catalog::audit(Date today, int stale_months) const {
  std::map<const Source*, std::vector<std::string>> users;
  for (const auto& e : entries_) {
    const auto& info = e.info();
    users[info.source].emplace_back(info.path);
    for (const auto& fs : info.field_sources) {
      auto& list = users[fs.source];
      if (list.empty() || list.back() != info.path) list.emplace_back(info.path);
    }
  }
  const int today_months = today.year * 12 + (today.month - 1);
  std::vector<SourceFinding> out;
  for (const Source* s : sources_) {
    const int months = s->verified.year * 12 + (s->verified.month - 1);
    const bool stale = today_months - months > stale_months ||
                       (today_months - months == stale_months && today.day > s->verified.day);
    const auto used = users.count(s) != 0 ? users.at(s) : std::vector<std::string>{};
    if (stale) out.push_back({s, SourceFinding::Reason::stale, used});
    if (s->kind == SourceKind::estimate) out.push_back({s, SourceFinding::Reason::estimate, used});
    if (s->unconfirmed) out.push_back({s, SourceFinding::Reason::unconfirmed, used});
  }
  return out;
}

namespace {

/// Re-points references through `moved` (old entry address -> replacement).
class RepointVisitor {
 public:
  explicit RepointVisitor(const std::map<const void*, CatalogEntry>& moved) : moved_(moved) {}
  bool changed = false;

  template <class T>
  void field(std::string_view, T&, const schema::Spec&) {}
  template <class E>
  void enumeration(std::string_view, E&, const schema::Spec&) {}
  void precision_table(std::string_view, PrecisionTable&, const schema::Spec&) {}
  template <class T, class Fn>
  void object(std::string_view, T&, const schema::Spec&, Fn&&) {}
  template <class T>
  void reference(std::string_view, const T*& member, EntryKind, const schema::Spec&) {
    if (member == nullptr) return;
    if (const auto it = moved_.find(member); it != moved_.end()) {
      if (const T* p = it->second.template get_if<T>(); p != nullptr && p != member) {
        member = p;
        changed = true;
      }
    }
  }

 private:
  const std::map<const void*, CatalogEntry>& moved_;
};

/// Does `e` reference any entry in `moved`?
bool references_any(const CatalogEntry& e, const std::map<const void*, CatalogEntry>& moved) {
  return schema::with_entry(e, [&](const auto& entry) {
    auto copy = entry;
    RepointVisitor v(moved);
    schema::visit(v, copy);
    return v.changed;
  });
}

}  // namespace

}  // namespace mlsysim

namespace mlsysim::catalog_detail {

Catalog overlay(const Catalog& base, const std::filesystem::path& dir) {
  auto result = catalog_detail::load_directory(dir, &base, dir.generic_string(), mlsysim::today(),
                                               /*require_sources=*/false);
  auto storage = result.storage;
  // Overlay entries replace built-in entries of the same path.
  std::map<std::string_view, CatalogEntry> merged;
  for (const auto& e : base.entries()) merged.insert_or_assign(e.info().path, e);
  std::map<const void*, CatalogEntry> moved;
  for (const auto& e : result.entries) {
    if (const auto it = merged.find(e.info().path); it != merged.end()) {
      std::visit([&](auto* old) { moved.insert_or_assign(old, e); }, it->second.pointer());
    }
    merged.insert_or_assign(e.info().path, e);
  }
  // Built-in entries that reference a replaced entry are copied and re-pointed, transitively.
  for (bool again = !moved.empty(); again;) {
    again = false;
    for (auto& merged_item : merged) {
      CatalogEntry& e = merged_item.second;  // not a structured binding: lambdas capture it
      const bool is_overlay =
          std::any_of(result.entries.begin(), result.entries.end(),
                      [&](const CatalogEntry& o) { return o.pointer() == e.pointer(); });
      if (is_overlay || !references_any(e, moved)) continue;
      std::visit(
          [&](auto* old) {
            using T = std::remove_cvref_t<decltype(*old)>;
            T& copy = storage->list<T>().emplace_back(*old);
            RepointVisitor v(moved);
            schema::visit(v, copy);
            moved.insert_or_assign(old, CatalogEntry(&copy));
            e = CatalogEntry(&copy);
            result.entries.push_back(e);
          },
          e.pointer());
      again = true;
    }
  }
  // Overlay entries themselves may point at re-pointed built-ins.
  for (const auto& e : result.entries) {
    std::visit(
        [&](auto* p) {
          using T = std::remove_cvref_t<decltype(*p)>;
          RepointVisitor v(moved);
          schema::visit(v, const_cast<T&>(*p));  // owned by `storage`, created non-const
        },
        e.pointer());
  }
  std::vector<CatalogEntry> entries;
  for (const auto& [path, e] : merged) entries.push_back(e);
  std::vector<Alias> aliases(base.aliases().begin(), base.aliases().end());
  for (const auto& a : result.aliases) aliases.push_back(a);
  std::vector<const Source*> sources(base.sources().begin(), base.sources().end());
  for (const Source* s : result.sources) {
    const auto it = std::find_if(sources.begin(), sources.end(),
                                 [&](const Source* b) { return b->id == s->id; });
    if (it != sources.end())
      *it = s;
    else
      sources.push_back(s);
  }
  return CatalogFactory::make(std::move(entries), std::move(aliases), std::move(sources), storage);
}

}  // namespace mlsysim::catalog_detail

namespace mlsysim {

Date today() {
  const auto now = std::chrono::system_clock::now();
  const std::chrono::year_month_day ymd{std::chrono::floor<std::chrono::days>(now)};
  return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
          static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

// ---- small entry helpers ------------------------------------------------------------------

Quantity bytes_per_element(Precision p) {
  return Quantity(bits_per_element(p), Unit::parse("bit")).to("B");
}

Quantity HardwareNode::ridge_point(Precision p) const {
  const auto& peak_p = peak(p);
  if (!peak_p) {
    throw InvalidArgumentError("precision", "'" + std::string(info.path) + "' has no dense " +
                                                std::string(precision_name(p)) + " rate");
  }
  return (*peak_p / memory.bandwidth).to("FLOP/B");
}

Quantity Workload::weight_bytes(Precision p) const {
  if (model_size) return *model_size;
  return (bytes_per_element(p) * static_cast<double>(parameters)).to("GB");
}

}  // namespace mlsysim
