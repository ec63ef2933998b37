// The public field walker (mlsysim/catalog/fields.hpp): a visitor over the catalog schema that
// collects each field's JSON Pointer, value and source.
#include "mlsysim/catalog/fields.hpp"

#include <algorithm>

#include "schema.hpp"

namespace mlsysim {
namespace {

class Collect {
 public:
  Collect(std::vector<Field>& out, const EntryInfo& info, std::string prefix, bool all)
      : out_(out), info_(info), prefix_(std::move(prefix)), all_(all) {}

  template <class T>
  void field(std::string_view name, const T& member, const schema::Spec&) {
    if constexpr (requires { member.has_value(); }) {
      if (member.has_value())
        put(name, convert(*member));
      else if (all_)
        put(name, std::monostate{});
    } else {
      put(name, convert(member));
    }
  }
  template <class E>
  void enumeration(std::string_view name, const E& member, const schema::Spec&) {
    if constexpr (requires { member.has_value(); }) {
      if (member.has_value())
        put(name, std::string(to_string(*member)));
      else if (all_)
        put(name, std::monostate{});
    } else {
      put(name, std::string(to_string(member)));
    }
  }
  void precision_table(std::string_view name, const PrecisionTable& t, const schema::Spec&) {
    for (std::size_t i = 0; i < kPrecisionCount; ++i) {
      if (t[i])
        put(std::string(name) + "/" + std::string(to_string(static_cast<Precision>(i))), *t[i]);
      else if (all_)
        put(std::string(name) + "/" + std::string(to_string(static_cast<Precision>(i))),
            std::monostate{});
    }
  }
  template <class T, class Fn>
  void object(std::string_view name, const T& member, const schema::Spec&, Fn&& fn) {
    Collect child(out_, info_, prefix_ + "/" + std::string(name), all_);
    if constexpr (requires { member.has_value(); }) {
      if (member.has_value())
        fn(child, *member);
      else if (all_) {
        typename std::remove_cvref_t<T>::value_type empty{};
        fn(child, empty);
      }
    } else {
      fn(child, member);
    }
  }
  template <class T>
  void reference(std::string_view name, const T* member, EntryKind, const schema::Spec&) {
    if (member != nullptr)
      put(name, std::string(member->info.path));
    else if (all_)
      put(name, std::monostate{});
  }

 private:
  template <class T>
  static FieldValue convert(const T& v) {
    if constexpr (std::is_same_v<T, std::string_view>)
      return std::string(v);
    else if constexpr (std::is_same_v<T, std::int64_t>)
      return v;
    else if constexpr (std::is_same_v<T, double>)
      return v;
    else if constexpr (std::is_same_v<T, bool>)
      return v;
    else
      return FieldValue(v);
  }
  void put(std::string_view name, FieldValue v) {
    if (!all_) {
      if (const auto* s = std::get_if<std::string>(&v); s != nullptr && s->empty()) return;
    }
    const std::string ptr = prefix_ + "/" + std::string(name);
    out_.push_back({ptr, std::move(v), info_.source_for(ptr)});
  }
  std::vector<Field>& out_;
  const EntryInfo& info_;
  std::string prefix_;
  bool all_;
};

/// `memory.capacity` -> `/memory/capacity`; a JSON Pointer stays as it is.
std::string normalize(std::string_view field) {
  std::string p(field);
  if (p.empty() || p.front() != '/') {
    std::replace(p.begin(), p.end(), '.', '/');
    p = "/" + p;
  }
  return p;
}

}  // namespace

std::vector<Field> entry_fields(const CatalogEntry& e) {
  std::vector<Field> out;
  schema::with_entry(e, [&](const auto& entry) {
    Collect c(out, entry.info, "", false);
    schema::visit(c, entry);
  });
  return out;
}

FieldValue field_value(const CatalogEntry& e, std::string_view field) {
  const std::string p = normalize(field);
  if (p == "/key") return std::string(e.info().key);
  if (p == "/name") return std::string(e.info().name);
  if (p == "/path") return std::string(e.info().path);
  for (auto& f : entry_fields(e)) {
    if (f.pointer == p) return f.value;
  }
  return std::monostate{};
}

std::vector<std::string> field_names(EntryKind kind) {
  std::vector<Field> out;
  auto collect = [&](auto sample) {
    EntryInfo info;
    Collect c(out, info, "", true);
    schema::visit(c, sample);
  };
  schema::with_kind(kind, [&](auto type) { collect(typename decltype(type)::type{}); });
  std::vector<std::string> names{"key", "name", "path"};
  for (const auto& f : out) names.push_back(f.pointer.substr(1));
  for (auto& n : names) std::replace(n.begin(), n.end(), '/', '.');
  return names;
}

}  // namespace mlsysim
