#include "fields.hpp"

#include <algorithm>

#include "catalog/schema.hpp"

namespace mlsysim::cli {
namespace {

class Collect {
 public:
  Collect(std::vector<FieldValue>& out, const EntryInfo& info, std::string prefix, bool all)
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
  static Value convert(const T& v) {
    if constexpr (std::is_same_v<T, std::string_view>)
      return std::string(v);
    else if constexpr (std::is_same_v<T, std::int64_t>)
      return v;
    else if constexpr (std::is_same_v<T, double>)
      return v;
    else if constexpr (std::is_same_v<T, bool>)
      return v;
    else
      return Value(v);
  }
  void put(std::string_view name, Value v) {
    if (!all_) {
      if (const auto* s = std::get_if<std::string>(&v); s != nullptr && s->empty()) return;
    }
    const std::string ptr = prefix_ + "/" + std::string(name);
    out_.push_back({ptr, std::move(v), info_.source_for(ptr)});
  }
  std::vector<FieldValue>& out_;
  const EntryInfo& info_;
  std::string prefix_;
  bool all_;
};

std::string normalize(std::string p) {
  if (p.empty() || p.front() != '/') {
    std::replace(p.begin(), p.end(), '.', '/');
    p = "/" + p;
  }
  return p;
}

}  // namespace

std::vector<FieldValue> fields_of(const CatalogEntry& e) {
  std::vector<FieldValue> out;
  schema::with_entry(e, [&](const auto& entry) {
    Collect c(out, entry.info, "", false);
    schema::visit(c, entry);
  });
  return out;
}

Value field_value(const CatalogEntry& e, const std::string& pointer) {
  const std::string p = normalize(pointer);
  if (p == "/key") return std::string(e.info().key);
  if (p == "/name") return std::string(e.info().name);
  if (p == "/path") return std::string(e.info().path);
  for (auto& f : fields_of(e)) {
    if (f.pointer == p) return f.value;
  }
  return std::monostate{};
}

std::vector<std::string> field_names(EntryKind kind) {
  std::vector<FieldValue> out;
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

}  // namespace mlsysim::cli
