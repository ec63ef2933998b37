#include "json_schema.hpp"

#include <nlohmann/json.hpp>

#include "../src/catalog/schema.hpp"

namespace mlsysim::codegen {
namespace {

using json = nlohmann::ordered_json;

std::string example(const Dimension& d) {
  if (const auto* e = schema::dimension_example(d)) {
    return std::string(e->magnitude) + " " + std::string(e->unit);
  }
  return "1 " + std::string(Unit::canonical(d).symbol);
}

json quantity_schema(const schema::Spec& spec) {
  return {{"type", "string"},
          {"pattern", R"(^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?\s*\S.*$)"},
          {"description", "a quantity of dimension " + spec.dimension.str() + " with its unit"},
          {"examples", json::array({example(spec.dimension)})}};
}

class SchemaVisitor {
 public:
  json properties = json::object();
  json required = json::array();

  template <class T>
  void field(std::string_view name, const T&, const schema::Spec& spec) {
    using U = std::remove_cvref_t<T>;
    using V = typename value_of<U>::type;
    json s;
    if constexpr (std::is_same_v<V, Quantity>) {
      s = quantity_schema(spec);
    } else if constexpr (std::is_same_v<V, std::string_view>) {
      s = {{"type", "string"}};
    } else if constexpr (std::is_same_v<V, bool>) {
      s = {{"type", "boolean"}};
    } else if constexpr (std::is_same_v<V, std::int64_t>) {
      s = {{"type", "integer"}};
      if (spec.bound == schema::Bound::at_least_one) s["minimum"] = 1;
      if (spec.bound == schema::Bound::non_negative) s["minimum"] = 0;
      if (spec.bound == schema::Bound::year) s["minimum"] = 1900, s["maximum"] = 2100;
    } else {
      s = {{"type", "number"}};
      if (spec.bound == schema::Bound::fraction) s["minimum"] = 0, s["maximum"] = 1;
      if (spec.bound == schema::Bound::at_least_one) s["minimum"] = 1;
      if (spec.bound == schema::Bound::positive) s["exclusiveMinimum"] = 0;
    }
    add(name, std::move(s), spec.required);
  }
  template <class E>
  void enumeration(std::string_view name, const E&, const schema::Spec& spec) {
    using V = typename value_of<std::remove_cvref_t<E>>::type;
    json names = json::array();
    for (auto n : schema::EnumInfo<V>::names) names.push_back(std::string(n));
    add(name, {{"enum", names}}, spec.required);
  }
  void precision_table(std::string_view name, const PrecisionTable&, const schema::Spec& spec) {
    json names = json::array();
    for (auto n : kPrecisionNames) names.push_back(std::string(n));
    add(name,
        {{"type", "object"},
         {"propertyNames", {{"enum", names}}},
         {"additionalProperties", quantity_schema(spec)},
         {"minProperties", spec.required ? 1 : 0}},
        spec.required);
  }
  template <class T, class Fn>
  void object(std::string_view name, const T&, const schema::Spec& spec, Fn&& fn) {
    using V = typename value_of<std::remove_cvref_t<T>>::type;
    SchemaVisitor child;
    V sample{};
    fn(child, sample);
    add(name, child.as_object(), spec.required);
  }
  template <class T>
  void reference(std::string_view name, const T*, EntryKind kind, const schema::Spec& spec) {
    add(name,
        {{"type", "string"},
         {"pattern", R"(^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)+$)"},
         {"description", "dotted path of " + std::string(schema::kind_info(kind).noun) +
                             ", e.g. 'Hardware.Cloud.H100'"}},
        spec.required);
  }

  json as_object() const {
    json o = {{"type", "object"}, {"additionalProperties", false}, {"properties", properties}};
    if (!required.empty()) o["required"] = required;
    return o;
  }

 protected:
  template <class T>
  struct value_of {
    using type = T;
  };
  template <class T>
  struct value_of<std::optional<T>> {
    using type = T;
  };
  void add(std::string_view name, json s, bool req) {
    properties[std::string(name)] = std::move(s);
    if (req) required.push_back(std::string(name));
  }
};

/// A record of sources.json: as SchemaVisitor, with the loader's rules for records (text is
/// non-empty, `url` is http(s), `verified` an ISO date).
class SourceSchemaVisitor : public SchemaVisitor {
 public:
  using SchemaVisitor::field;
  void field(std::string_view name, const std::string_view&, const schema::Spec& spec) {
    json s = {{"type", "string"}, {"minLength", 1}};
    if (name == "url") s["pattern"] = "^https?://";
    add(name, std::move(s), spec.required);
  }
  void field(std::string_view name, const Date&, const schema::Spec& spec) {
    add(name, {{"type", "string"}, {"pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}}, spec.required);
  }
};

template <class T>
json entry_schema(const schema::KindInfo& kind) {
  SchemaVisitor v;
  T sample{};
  schema::visit(v, sample);
  json props = {
      {"$schema", {{"type", "string"}}},
      {"kind", {{"const", std::string(kind.json_name)}}},
      {"key",
       {{"type", "string"},
        {"pattern", "^[A-Za-z_][A-Za-z0-9_]*$"},
        {"description", "equals the file name without .json"}}},
      {"name", {{"type", "string"}, {"minLength", 1}}},
      {"source", {{"type", "string"}, {"description", "id of a record in catalog/sources.json"}}},
      {"field_sources",
       {{"type", "object"},
        {"description", "JSON Pointer of a field -> id of the record its figure comes from"},
        {"propertyNames", {{"pattern", "^/"}}},
        {"additionalProperties", {{"type", "string"}}}}},
      {"notes", {{"type", "string"}}},
  };
  for (auto& [k, val] : v.properties.items()) props[k] = val;
  json required = json::array({"kind", "key", "name", "source"});
  for (const auto& r : v.required) required.push_back(r);
  return {{"$schema", "https://json-schema.org/draft/2020-12/schema"},
          {"$id", std::string(kind.json_name) + ".schema.json"},
          {"title", "mlsysim catalog entry: " + std::string(kind.noun).substr(2)},
          {"description",
           "Generated by mlsysim-codegen --write-schemas from src/catalog/schema.hpp; "
           "docs/catalog-format.md explains every field."},
          {"type", "object"},
          {"additionalProperties", false},
          {"required", required},
          {"properties", props}};
}

}  // namespace

std::map<std::string, std::string> json_schemas() {
  std::map<std::string, std::string> out;
  auto put = [&](std::string_view name, const json& j) {
    out[std::string(name) + ".schema.json"] = j.dump(2) + "\n";
  };
  for (const auto& k : schema::kKinds) {
    schema::with_kind(k.kind, [&](auto type) {
      put(k.json_name, entry_schema<typename decltype(type)::type>(k));
    });
  }
  SourceSchemaVisitor source_visitor;
  Source sample_source{};
  schema::visit(source_visitor, sample_source);
  const json source = source_visitor.as_object();
  put("sources", {{"$schema", "https://json-schema.org/draft/2020-12/schema"},
                  {"$id", "sources.schema.json"},
                  {"title", "mlsysim catalog sources"},
                  {"type", "object"},
                  {"propertyNames", {{"pattern", "^[a-z0-9][a-z0-9-]*$"}}},
                  {"additionalProperties", source}});
  put("aliases", {{"$schema", "https://json-schema.org/draft/2020-12/schema"},
                  {"$id", "aliases.schema.json"},
                  {"title", "mlsysim catalog aliases: alternative dotted path -> entry path"},
                  {"type", "object"},
                  {"additionalProperties", {{"type", "string"}}}});
  return out;
}

}  // namespace mlsysim::codegen
