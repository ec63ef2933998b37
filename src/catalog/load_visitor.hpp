// The schema visitor of the loader: reads a JSON object into a typed entry through
// schema::visit, diagnosing every field that is missing, mistyped, out of bounds or unknown.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "json_reader.hpp"
#include "load_context.hpp"
#include "schema.hpp"

namespace mlsysim::catalog_detail {

/// `'80 GB'`-style unit for messages about a quantity of dimension `d`
/// (schema::kDimensionExamples).
[[nodiscard]] std::string example_unit(const Dimension& d);

/// The visitor that reads JSON into typed entries (see schema.hpp): one per JSON object, each
/// field diagnosed where it is wrong and left at its default.
class LoadVisitor {
 public:
  LoadVisitor(LoadContext& ctx, const std::string& file, const json& object, std::string pointer)
      : ctx_(ctx), file_(file), object_(object), pointer_(std::move(pointer)) {}

  void consume(std::string_view key) { consumed_.insert(std::string(key)); }

  /// Reports fields the schema does not know.
  void finish();

  template <class T>
  void field(std::string_view name, T& member, const schema::Spec& spec) {
    known_.emplace_back(name);
    const json* value = take(name, spec.required);
    if (value == nullptr) return;
    const std::string ptr = pointer_ + "/" + std::string(name);
    using U = std::remove_cvref_t<T>;
    if constexpr (is_optional<U>::value) {
      typename U::value_type v{};
      if (read(ptr, *value, v, spec)) member = v;
    } else {
      read(ptr, *value, member, spec);
    }
  }

  template <class E>
  void enumeration(std::string_view name, E& member, const schema::Spec& spec) {
    known_.emplace_back(name);
    const json* value = take(name, spec.required);
    if (value == nullptr) return;
    const std::string ptr = pointer_ + "/" + std::string(name);
    using U = std::remove_cvref_t<E>;
    using Enum = typename optional_value<U>::type;
    const auto& names = schema::EnumInfo<Enum>::names;
    if (!value->is_string()) {
      ctx_.diag(file_, ptr, "expected a string, got " + json_type(*value));
      return;
    }
    const auto s = value->get<std::string>();
    for (std::size_t i = 0; i < names.size(); ++i) {
      if (names[i] == s) {
        member = static_cast<Enum>(i);
        return;
      }
    }
    std::string list;
    for (auto n : names) list += (list.empty() ? "" : ", ") + std::string(n);
    ctx_.diag(file_, ptr, "unknown value '" + s + "' (expected one of: " + list + ")");
  }

  void precision_table(std::string_view name, PrecisionTable& table, const schema::Spec& spec) {
    known_.emplace_back(name);
    const json* value = take(name, spec.required);
    if (value == nullptr) return;
    const std::string ptr = pointer_ + "/" + std::string(name);
    if (!value->is_object()) {
      ctx_.diag(file_, ptr, "expected an object keyed by precision, got " + json_type(*value));
      return;
    }
    if (spec.required && value->empty()) {
      ctx_.diag(file_, ptr, "needs at least one precision");
    }
    for (const auto& [key, item] : value->items()) {
      const auto it = std::find(kPrecisionNames.begin(), kPrecisionNames.end(), key);
      if (it == kPrecisionNames.end()) {
        std::vector<std::string> names(kPrecisionNames.begin(), kPrecisionNames.end());
        ctx_.diag(file_, ptr + "/" + key,
                  "unknown precision '" + key + "'" + did_you_mean(key, names));
        continue;
      }
      Quantity q;
      if (read(ptr + "/" + key, item, q, spec)) {
        table[static_cast<std::size_t>(it - kPrecisionNames.begin())] = q;
      }
    }
  }

  template <class T, class Fn>
  void object(std::string_view name, T& member, const schema::Spec& spec, Fn&& fn) {
    known_.emplace_back(name);
    const json* value = take(name, spec.required);
    if (value == nullptr) return;
    const std::string ptr = pointer_ + "/" + std::string(name);
    if (!value->is_object()) {
      ctx_.diag(file_, ptr, "expected an object, got " + json_type(*value));
      return;
    }
    LoadVisitor child(ctx_, file_, *value, ptr);
    using U = std::remove_cvref_t<T>;
    if constexpr (is_optional<U>::value) {
      member.emplace();
      fn(child, *member);
    } else {
      fn(child, member);
    }
    child.finish();
  }

  template <class T>
  void reference(std::string_view name, const T*& member, EntryKind kind,
                 const schema::Spec& spec) {
    known_.emplace_back(name);
    const json* value = take(name, spec.required);
    if (value == nullptr) return;
    const std::string ptr = pointer_ + "/" + std::string(name);
    if (!value->is_string()) {
      ctx_.diag(file_, ptr,
                "expected a dotted path such as 'Hardware.Cloud.H100', got " + json_type(*value));
      return;
    }
    const T** slot = &member;
    ctx_.pending.push_back({file_, ptr, value->get<std::string>(), kind,
                            [slot](const CatalogEntry& e) { *slot = e.get_if<T>(); }});
  }

 private:
  template <class T>
  struct is_optional : std::false_type {};
  template <class T>
  struct is_optional<std::optional<T>> : std::true_type {};
  template <class T>
  struct optional_value {
    using type = T;
  };
  template <class T>
  struct optional_value<std::optional<T>> {
    using type = T;
  };

  /// The value of field `name` (marked consumed), or nullptr after diagnosing a missing required
  /// field or a null.
  const json* take(std::string_view name, bool required);
  bool read(const std::string& ptr, const json& v, std::string_view& out, const schema::Spec& spec);
  bool read(const std::string& ptr, const json& v, bool& out, const schema::Spec& spec);
  bool read(const std::string& ptr, const json& v, std::int64_t& out, const schema::Spec& spec);
  bool read(const std::string& ptr, const json& v, double& out, const schema::Spec& spec);
  bool read(const std::string& ptr, const json& v, Quantity& out, const schema::Spec& spec);

  LoadContext& ctx_;
  const std::string& file_;
  const json& object_;
  std::string pointer_;
  std::set<std::string> consumed_;
  std::vector<std::string> known_;
};

}  // namespace mlsysim::catalog_detail
