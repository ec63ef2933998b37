// The loader's schema visitor: the non-template readers (text, bool, count, number, quantity).
#include "load_visitor.hpp"

#include <cmath>

namespace mlsysim::catalog_detail {

std::string example_unit(const Dimension& d) {
  if (const auto* e = schema::dimension_example(d)) return std::string(e->unit);
  return std::string(Unit::canonical(d).symbol);
}

namespace {

std::string bound_problem(schema::Bound b) {
  switch (b) {
    case schema::Bound::positive:
      return "must be positive";
    case schema::Bound::non_negative:
      return "must not be negative";
    case schema::Bound::fraction:
      return "must be a fraction between 0 and 1";
    case schema::Bound::year:
      return "must be a year between 1900 and 2100";
    case schema::Bound::at_least_one:
      return "must be at least 1";
    case schema::Bound::any:
      break;
  }
  return {};
}

bool within(double x, schema::Bound b) {
  switch (b) {
    case schema::Bound::positive:
      return x > 0;
    case schema::Bound::non_negative:
      return x >= 0;
    case schema::Bound::fraction:
      return x >= 0 && x <= 1;
    case schema::Bound::year:
      return x >= 1900 && x <= 2100;
    case schema::Bound::at_least_one:
      return x >= 1;
    case schema::Bound::any:
      return true;
  }
  return true;
}

}  // namespace

void LoadVisitor::finish() {
  std::vector<std::string> known(consumed_.begin(), consumed_.end());
  for (const auto& [key, value] : object_.items()) {
    if (consumed_.count(key) == 0) {
      ctx_.diag(file_, pointer_ + "/" + key,
                "unknown field '" + key + "'" + did_you_mean(key, known_));
    }
  }
}

const json* LoadVisitor::take(std::string_view name, bool required) {
  consume(name);
  const auto it = object_.find(std::string(name));
  if (it == object_.end()) {
    if (required) {
      ctx_.diag(file_, pointer_, "missing required field '" + std::string(name) + "'");
    }
    return nullptr;
  }
  if (it->is_null()) {
    ctx_.diag(file_, pointer_ + "/" + std::string(name),
              "null is not allowed; omit an optional field instead");
    return nullptr;
  }
  return &*it;
}

bool LoadVisitor::read(const std::string& ptr, const json& v, std::string_view& out,
                       const schema::Spec& spec) {
  if (!v.is_string()) {
    ctx_.diag(file_, ptr, "expected a string, got " + json_type(v));
    return false;
  }
  auto s = v.get<std::string>();
  if (spec.required && s.empty()) {
    ctx_.diag(file_, ptr, "must not be empty");
    return false;
  }
  out = ctx_.storage().intern(std::move(s));
  return true;
}

bool LoadVisitor::read(const std::string& ptr, const json& v, bool& out, const schema::Spec&) {
  if (!v.is_boolean()) {
    ctx_.diag(file_, ptr, "expected true or false, got " + json_type(v));
    return false;
  }
  out = v.get<bool>();
  return true;
}

bool LoadVisitor::read(const std::string& ptr, const json& v, std::int64_t& out,
                       const schema::Spec& spec) {
  if (v.is_number_unsigned() && v.get<std::uint64_t>() > kMaxCatalogCount) {
    ctx_.diag(file_, ptr, "count " + v.dump() + " is above the limit of 10^15");
    return false;
  }
  if (v.is_number_integer()) {
    out = v.get<std::int64_t>();
  } else if (v.is_number_float()) {
    const double d = v.get<double>();
    if (!std::isfinite(d) || d != std::floor(d) || std::abs(d) > 9.007199254740992e15) {
      ctx_.diag(file_, ptr, "expected an integer count, got " + json_type(v));
      return false;
    }
    out = static_cast<std::int64_t>(d);
  } else {
    ctx_.diag(file_, ptr, "expected an integer count, got " + json_type(v));
    return false;
  }
  if (out > kMaxCatalogCount || out < -kMaxCatalogCount) {
    ctx_.diag(file_, ptr, "count " + v.dump() + " is outside the limit of +-10^15");
    return false;
  }
  if (!within(static_cast<double>(out), spec.bound)) {
    ctx_.diag(file_, ptr, bound_problem(spec.bound) + ", got " + v.dump());
    return false;
  }
  return true;
}

bool LoadVisitor::read(const std::string& ptr, const json& v, double& out,
                       const schema::Spec& spec) {
  if (!v.is_number()) {
    ctx_.diag(file_, ptr, "expected a number, got " + json_type(v));
    return false;
  }
  out = v.get<double>();
  if (!std::isfinite(out)) {
    ctx_.diag(file_, ptr, "number " + v.dump() + " is not finite");
    return false;
  }
  if (!within(out, spec.bound)) {
    ctx_.diag(file_, ptr, bound_problem(spec.bound) + ", got " + v.dump());
    return false;
  }
  return true;
}

bool LoadVisitor::read(const std::string& ptr, const json& v, Quantity& out,
                       const schema::Spec& spec) {
  if (v.is_number()) {
    ctx_.diag(file_, ptr,
              "bare number " + v.dump() +
                  " where a quantity is required: write it with a "
                  "unit, e.g. '" +
                  v.dump() + " " + example_unit(spec.dimension) + "'");
    return false;
  }
  if (!v.is_string()) {
    ctx_.diag(file_, ptr,
              "expected a quantity string such as '1 " + example_unit(spec.dimension) + "', got " +
                  json_type(v));
    return false;
  }
  const auto text = v.get<std::string>();
  try {
    out = Quantity::parse(text);
  } catch (const UnitParseError& e) {
    ctx_.diag(file_, ptr, e.what());
    return false;
  }
  if (out.dimension() != spec.dimension) {
    ctx_.diag(file_, ptr,
              "'" + text + "' has dimension " + out.dimension().str() + ", expected " +
                  spec.dimension.str() + " (e.g. '" + example_unit(spec.dimension) + "')");
    return false;
  }
  if (!within(out.base_value(), spec.bound)) {
    ctx_.diag(file_, ptr, bound_problem(spec.bound) + ", got '" + text + "'");
    return false;
  }
  const double magnitude = std::abs(out.base_value());
  if (magnitude != 0.0 && (magnitude < kMinCatalogMagnitude || magnitude > kMaxCatalogMagnitude)) {
    ctx_.diag(file_, ptr,
              "'" + text +
                  "' is outside the range a catalog quantity may take (1e-15 to 1e30 in "
                  "base units: bit, FLOP, s, m, kg, USD)");
    return false;
  }
  return true;
}

}  // namespace mlsysim::catalog_detail
