#include "loader.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <fstream>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <tuple>
#include <unordered_map>

#include "../util/text.hpp"
#include "mlsysim/errors.hpp"
#include "schema.hpp"

namespace mlsysim::catalog_detail {

using json = nlohmann::json;
namespace fs = std::filesystem;

// ---- small helpers ------------------------------------------------------------------------

std::string pascal_case(std::string_view folder) {
  std::string out;
  bool upper = true;
  for (char c : folder) {
    if (c == '_' || c == '-') {
      upper = true;
      continue;
    }
    out += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    upper = false;
  }
  return out;
}

bool is_identifier(std::string_view s) {
  if (s.empty()) return false;
  const auto first = static_cast<unsigned char>(s.front());
  if (!(std::isalpha(first) != 0 || s.front() == '_')) return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_';
  });
}

std::optional<std::string> read_bounded(const fs::path& path, std::string& text) {
  std::error_code ec;
  const auto status = fs::status(path, ec);  // follows symlinks: a link to /dev/zero is refused
  if (ec) return "cannot read the file: " + ec.message();
  if (!fs::is_regular_file(status)) {
    return std::string("not a regular file (only regular files are read)");
  }
  const auto size = fs::file_size(path, ec);
  if (ec) return "cannot read the file: " + ec.message();
  if (size > kMaxCatalogFileBytes) {
    return "file is " + std::to_string(size) + " bytes, above the limit of " +
           std::to_string(kMaxCatalogFileBytes) + " bytes";
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::string("cannot read the file");
  text.resize(static_cast<std::size_t>(kMaxCatalogFileBytes) + 1);
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  text.resize(static_cast<std::size_t>(in.gcount()));
  if (in.bad()) return std::string("cannot read the file");
  if (text.size() > kMaxCatalogFileBytes) {  // grew after the size check
    return "file is above the limit of " + std::to_string(kMaxCatalogFileBytes) + " bytes";
  }
  return std::nullopt;
}

namespace {

std::string json_type(const json& j) {
  if (j.is_string()) return "string " + j.dump();
  if (j.is_boolean()) return std::string("boolean ") + (j.get<bool>() ? "true" : "false");
  if (j.is_number()) return "number " + j.dump();
  if (j.is_null()) return "null";
  if (j.is_array()) return "array";
  return "object";
}

std::string example_unit(const Dimension& d) {
  struct Example {
    Dimension d;
    std::string_view unit;
  };
  static const Example kExamples[] = {
      {dims::information, "GB"},
      {dims::information_rate, "GB/s"},
      {dims::operation_rate, "TFLOP/s"},
      {dims::operation, "GFLOP"},
      {dims::power, "W"},
      {dims::energy, "kWh"},
      {dims::time, "us"},
      {dims::currency, "USD"},
      {dims::mass, "kgCO2e"},
      {dims::carbon_intensity, "gCO2e/kWh"},
      {dims::water_intensity, "L/kWh"},
      {dims::energy_price, "USD/kWh"},
      {dims::energy_per_information, "pJ/B"},
      {dims::energy_per_operation, "pJ/FLOP"},
  };
  for (const auto& e : kExamples) {
    if (e.d == d) return std::string(e.unit);
  }
  return std::string(Unit::canonical(d).symbol);
}

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

std::optional<Date> parse_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  Date d;
  auto num = [&](std::size_t pos, std::size_t len, int& out) {
    const auto* b = s.data() + pos;
    const auto [p, ec] = std::from_chars(b, b + len, out);
    return ec == std::errc() && p == b + len;
  };
  if (!num(0, 4, d.year) || !num(5, 2, d.month) || !num(8, 2, d.day)) return std::nullopt;
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > kDays[d.month - 1]) return std::nullopt;
  const bool leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
  if (d.month == 2 && d.day == 29 && !leap) return std::nullopt;
  return d;
}

std::string date_str(const Date& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

/// Parses JSON, rejecting duplicate keys in any object.
struct StrictParse {
  json value;
  std::string error;      ///< empty on success
  std::string error_ptr;  ///< JSON Pointer of the object with a duplicate key
};

struct TooDeep {};

StrictParse parse_strict(const std::string& text) {
  StrictParse out;
  std::vector<std::set<std::string>> seen(1);
  std::vector<std::string> path(1);
  std::string duplicate;
  std::string duplicate_ptr;
  auto callback = [&](int depth, json::parse_event_t event, json& parsed) {
    const auto d = static_cast<std::size_t>(depth);
    if (d > kMaxJsonDepth) throw TooDeep{};
    switch (event) {
      case json::parse_event_t::object_start:
        if (seen.size() < d + 2) seen.resize(d + 2);
        if (path.size() < d + 2) path.resize(d + 2);
        seen[d + 1].clear();
        break;
      case json::parse_event_t::key: {
        if (seen.size() < d + 1) seen.resize(d + 1);
        if (path.size() < d + 1) path.resize(d + 1);
        const auto key = parsed.get<std::string>();
        if (!seen[d].insert(key).second && duplicate.empty()) {
          duplicate = key;
          for (std::size_t i = 1; i < d; ++i) duplicate_ptr += "/" + path[i];
        }
        path[d] = key;
        break;
      }
      default:
        break;
    }
    return true;
  };
  try {
    out.value = json::parse(text, callback);
  } catch (const json::parse_error& e) {
    std::string what = e.what();
    // "[json.exception.parse_error.101] parse error at line 3, column 5: ..." -> keep from "at".
    if (const auto pos = what.find("parse error"); pos != std::string::npos)
      what = what.substr(pos);
    out.error = "malformed JSON: " + what;
    return out;
  } catch (const TooDeep&) {
    out.error = "malformed JSON: nested deeper than " + std::to_string(kMaxJsonDepth) + " levels";
    return out;
  } catch (const json::exception& e) {
    // e.g. out_of_range.406 "number overflow parsing '1e400'": keep the text after the tag.
    std::string what = e.what();
    if (const auto pos = what.find("] "); pos != std::string::npos) what = what.substr(pos + 2);
    out.error = "malformed JSON: " + what;
    return out;
  }
  if (!duplicate.empty()) {
    out.error = "duplicate key '" + duplicate + "'";
    out.error_ptr = duplicate_ptr;
  }
  return out;
}

struct FolderRule {
  std::string_view zoo;
  std::string_view folder;  ///< empty: any sub-folder
  EntryKind kind;
};
constexpr FolderRule kFolders[] = {
    {"hardware", "cloud", EntryKind::hardware},
    {"hardware", "workstation", EntryKind::hardware},
    {"hardware", "mobile", EntryKind::hardware},
    {"hardware", "edge", EntryKind::hardware},
    {"hardware", "tiny", EntryKind::hardware},
    {"hardware", "tech", EntryKind::tech},
    {"models", "", EntryKind::model},
    {"systems", "nodes", EntryKind::node},
    {"systems", "fabrics", EntryKind::fabric},
    {"systems", "clusters", EntryKind::fleet},
    {"systems", "racks", EntryKind::rack},
    {"systems", "pods", EntryKind::pod},
    {"systems", "tiers", EntryKind::deployment_tier},
    {"infra", "grids", EntryKind::grid},
    {"infra", "datacenters", EntryKind::datacenter},
    {"infra", "cooling", EntryKind::cooling},
};

std::optional<EntryKind> kind_from_json_name(std::string_view s) {
  for (const auto& k : schema::kKinds) {
    if (k.json_name == s) return k.kind;
  }
  return std::nullopt;
}

}  // namespace

std::vector<std::string> close_matches(std::string_view wanted,
                                       const std::vector<std::string>& candidates,
                                       std::size_t limit) {
  const std::string w = util::lower(wanted);
  struct Scored {
    std::size_t rank;      ///< edit distance, or 1 for a name the candidate contains
    std::size_t distance;  ///< edit distance (breaks ties)
    std::string name;
  };
  std::vector<Scored> scored;
  for (const auto& c : candidates) {
    const std::string low = util::lower(c);
    const std::size_t d = util::edit_distance(w, low);
    const std::size_t threshold = std::max<std::size_t>(2, w.size() / 3);
    // A name the candidate contains ("Frontier" in ORNL_Frontier, "Llama3" in Llama3_70B) is
    // close too, ranked with one-letter typos.
    if (w.size() >= 3 && low.find(w) != std::string::npos) {
      scored.push_back({std::min<std::size_t>(d, 1), d, c});
    } else if (d <= threshold) {
      scored.push_back({d, d, c});
    }
  }
  std::stable_sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) {
    return std::tie(a.rank, a.distance) < std::tie(b.rank, b.distance);
  });
  std::vector<std::string> out;
  for (const auto& s : scored) {
    if (out.size() == limit) break;
    if (std::find(out.begin(), out.end(), s.name) == out.end()) out.push_back(s.name);
  }
  return out;
}

namespace {

std::string did_you_mean(std::string_view wanted, const std::vector<std::string>& candidates) {
  const auto m = close_matches(wanted, candidates, 1);
  return m.empty() ? std::string() : " (did you mean '" + m.front() + "'?)";
}

// ---- the loader ---------------------------------------------------------------------------

struct PendingRef {
  std::string file;
  std::string pointer;
  std::string target;
  EntryKind kind;
  std::function<void(const CatalogEntry&)> assign;
};

class Loader {
 public:
  Loader(fs::path dir, const Catalog* base, std::string display_root, Date today)
      : dir_(std::move(dir)), base_(base), display_root_(std::move(display_root)), today_(today) {
    result_.storage = std::make_shared<Storage>();
  }

  void diag(const std::string& file, std::string pointer, std::string message) {
    diagnostics_.push_back({file, std::move(pointer), std::move(message)});
  }

  std::string display(const fs::path& rel) const {
    return display_root_.empty() ? rel.generic_string()
                                 : display_root_ + "/" + rel.generic_string();
  }

  Storage& storage() { return *result_.storage; }

  LoadResult run(bool require_sources);

  // Used by the visitor.
  std::vector<PendingRef> pending;
  std::vector<CatalogDiagnostic> diagnostics_;

 private:
  /// Reads `path` as a JSON object (diagnosing empty files, malformed JSON, duplicate keys and a
  /// non-object root as `file`); nullopt after a diagnostic. `root` names what the object holds.
  std::optional<json> read_object(const fs::path& path, const std::string& file,
                                  std::string_view root);
  void load_sources(const fs::path& file, bool required);
  void load_aliases(const fs::path& file);
  void load_entry(const fs::path& rel);
  const Source* find_source(std::string_view id) const;
  std::vector<std::string> source_ids() const;
  void resolve();

  template <class T>
  void load_typed(const std::string& file, const json& root, EntryInfo info);

  fs::path dir_;
  const Catalog* base_;
  std::string display_root_;
  Date today_;
  LoadResult result_;
  std::map<std::string, const Source*, std::less<>> sources_;
  std::map<std::string, std::pair<CatalogEntry, std::string>, std::less<>> by_path_;
  std::vector<std::pair<std::string, std::string>> alias_pairs_;  // alias -> target
  std::string aliases_file_;
  std::map<std::string, std::string> alias_files_;
};

// The visitor that reads JSON into typed entries (see schema.hpp).
class LoadVisitor {
 public:
  LoadVisitor(Loader& loader, const std::string& file, const json& object, std::string pointer)
      : loader_(loader), file_(file), object_(object), pointer_(std::move(pointer)) {}

  void consume(std::string_view key) { consumed_.insert(std::string(key)); }

  /// Reports fields the schema does not know.
  void finish() {
    std::vector<std::string> known(consumed_.begin(), consumed_.end());
    for (const auto& [key, value] : object_.items()) {
      if (consumed_.count(key) == 0) {
        loader_.diag(file_, pointer_ + "/" + key,
                     "unknown field '" + key + "'" + did_you_mean(key, known_));
      }
    }
  }

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
      loader_.diag(file_, ptr, "expected a string, got " + json_type(*value));
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
    loader_.diag(file_, ptr, "unknown value '" + s + "' (expected one of: " + list + ")");
  }

  void precision_table(std::string_view name, PrecisionTable& table, const schema::Spec& spec) {
    known_.emplace_back(name);
    const json* value = take(name, spec.required);
    if (value == nullptr) return;
    const std::string ptr = pointer_ + "/" + std::string(name);
    if (!value->is_object()) {
      loader_.diag(file_, ptr, "expected an object keyed by precision, got " + json_type(*value));
      return;
    }
    if (spec.required && value->empty()) {
      loader_.diag(file_, ptr, "needs at least one precision");
    }
    for (const auto& [key, item] : value->items()) {
      const auto it = std::find(kPrecisionNames.begin(), kPrecisionNames.end(), key);
      if (it == kPrecisionNames.end()) {
        std::vector<std::string> names(kPrecisionNames.begin(), kPrecisionNames.end());
        loader_.diag(file_, ptr + "/" + key,
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
      loader_.diag(file_, ptr, "expected an object, got " + json_type(*value));
      return;
    }
    LoadVisitor child(loader_, file_, *value, ptr);
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
      loader_.diag(
          file_, ptr,
          "expected a dotted path such as 'Hardware.Cloud.H100', got " + json_type(*value));
      return;
    }
    const T** slot = &member;
    loader_.pending.push_back({file_, ptr, value->get<std::string>(), kind,
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

  const json* take(std::string_view name, bool required) {
    consume(name);
    const auto it = object_.find(std::string(name));
    if (it == object_.end()) {
      if (required) {
        loader_.diag(file_, pointer_, "missing required field '" + std::string(name) + "'");
      }
      return nullptr;
    }
    if (it->is_null()) {
      loader_.diag(file_, pointer_ + "/" + std::string(name),
                   "null is not allowed; omit an optional field instead");
      return nullptr;
    }
    return &*it;
  }

  bool read(const std::string& ptr, const json& v, std::string_view& out,
            const schema::Spec& spec) {
    if (!v.is_string()) {
      loader_.diag(file_, ptr, "expected a string, got " + json_type(v));
      return false;
    }
    auto s = v.get<std::string>();
    if (spec.required && s.empty()) {
      loader_.diag(file_, ptr, "must not be empty");
      return false;
    }
    out = loader_.storage().intern(std::move(s));
    return true;
  }

  bool read(const std::string& ptr, const json& v, bool& out, const schema::Spec&) {
    if (!v.is_boolean()) {
      loader_.diag(file_, ptr, "expected true or false, got " + json_type(v));
      return false;
    }
    out = v.get<bool>();
    return true;
  }

  bool read(const std::string& ptr, const json& v, std::int64_t& out, const schema::Spec& spec) {
    if (v.is_number_unsigned() && v.get<std::uint64_t>() > kMaxCatalogCount) {
      loader_.diag(file_, ptr, "count " + v.dump() + " is above the limit of 10^15");
      return false;
    }
    if (v.is_number_integer()) {
      out = v.get<std::int64_t>();
    } else if (v.is_number_float()) {
      const double d = v.get<double>();
      if (!std::isfinite(d) || d != std::floor(d) || std::abs(d) > 9.007199254740992e15) {
        loader_.diag(file_, ptr, "expected an integer count, got " + json_type(v));
        return false;
      }
      out = static_cast<std::int64_t>(d);
    } else {
      loader_.diag(file_, ptr, "expected an integer count, got " + json_type(v));
      return false;
    }
    if (out > kMaxCatalogCount || out < -kMaxCatalogCount) {
      loader_.diag(file_, ptr, "count " + v.dump() + " is outside the limit of +-10^15");
      return false;
    }
    if (!within(static_cast<double>(out), spec.bound)) {
      loader_.diag(file_, ptr, bound_problem(spec.bound) + ", got " + v.dump());
      return false;
    }
    return true;
  }

  bool read(const std::string& ptr, const json& v, double& out, const schema::Spec& spec) {
    if (!v.is_number()) {
      loader_.diag(file_, ptr, "expected a number, got " + json_type(v));
      return false;
    }
    out = v.get<double>();
    if (!std::isfinite(out)) {
      loader_.diag(file_, ptr, "number " + v.dump() + " is not finite");
      return false;
    }
    if (!within(out, spec.bound)) {
      loader_.diag(file_, ptr, bound_problem(spec.bound) + ", got " + v.dump());
      return false;
    }
    return true;
  }

  bool read(const std::string& ptr, const json& v, Quantity& out, const schema::Spec& spec) {
    if (v.is_number()) {
      loader_.diag(file_, ptr,
                   "bare number " + v.dump() +
                       " where a quantity is required: write it with a "
                       "unit, e.g. '" +
                       v.dump() + " " + example_unit(spec.dimension) + "'");
      return false;
    }
    if (!v.is_string()) {
      loader_.diag(file_, ptr,
                   "expected a quantity string such as '1 " + example_unit(spec.dimension) +
                       "', got " + json_type(v));
      return false;
    }
    const auto text = v.get<std::string>();
    try {
      out = Quantity::parse(text);
    } catch (const UnitParseError& e) {
      loader_.diag(file_, ptr, e.what());
      return false;
    }
    if (out.dimension() != spec.dimension) {
      loader_.diag(file_, ptr,
                   "'" + text + "' has dimension " + out.dimension().str() + ", expected " +
                       spec.dimension.str() + " (e.g. '" + example_unit(spec.dimension) + "')");
      return false;
    }
    if (!within(out.base_value(), spec.bound)) {
      loader_.diag(file_, ptr, bound_problem(spec.bound) + ", got '" + text + "'");
      return false;
    }
    const double magnitude = std::abs(out.base_value());
    if (magnitude != 0.0 &&
        (magnitude < kMinCatalogMagnitude || magnitude > kMaxCatalogMagnitude)) {
      loader_.diag(file_, ptr,
                   "'" + text +
                       "' is outside the range a catalog quantity may take (1e-15 to 1e30 in "
                       "base units: bit, FLOP, s, m, kg, USD)");
      return false;
    }
    return true;
  }

  Loader& loader_;
  const std::string& file_;
  const json& object_;
  std::string pointer_;
  std::set<std::string> consumed_;
  std::vector<std::string> known_;
};

// ---- cross-field checks -------------------------------------------------------------------

void check(Loader& L, const std::string& file, const HardwareNode& h) {
  const auto& c = h.compute;
  const auto idx = [](Precision p) { return static_cast<std::size_t>(p); };
  const auto& def = c.dense[idx(c.default_precision)];
  const auto dp = std::string(precision_name(c.default_precision));
  if (!def) {
    L.diag(file, "/compute/dense",
           "has no entry for the default precision '" + dp + "' that peak_flops refers to");
  } else if (*def != c.peak_flops && c.peak_flops.dimension() == def->dimension()) {
    L.diag(
        file, "/compute/peak_flops",
        "'" + c.peak_flops.str() + "' differs from /compute/dense/" + dp + " '" + def->str() + "'");
  }
  for (std::size_t i = 0; i < kPrecisionCount; ++i) {
    const auto& d = c.dense[i];
    const auto& s = c.sparse[i];
    if (d && s && *s < *d) {
      L.diag(file, "/compute/dense/" + std::string(kPrecisionNames[i]),
             "dense '" + d->str() + "' is above sparse '" + s->str() + "'");
    }
    const auto& g = c.measured_gemm[i];
    if (g && !d) {
      L.diag(file, "/compute/measured_gemm/" + std::string(kPrecisionNames[i]),
             "has no dense peak at the same precision to be measured against");
    } else if (g && *g > *d) {
      L.diag(file, "/compute/measured_gemm/" + std::string(kPrecisionNames[i]),
             "measured '" + g->str() + "' is above the dense peak '" + d->str() + "'");
    }
  }
  // Lower precision is never slower than higher precision on the same device.
  const std::pair<Precision, Precision> order[] = {
      {Precision::fp64, Precision::fp32}, {Precision::fp32, Precision::tf32},
      {Precision::tf32, Precision::bf16}, {Precision::tf32, Precision::fp16},
      {Precision::bf16, Precision::fp8},  {Precision::fp16, Precision::fp8},
      {Precision::fp8, Precision::fp6},   {Precision::fp6, Precision::fp4},
      {Precision::fp8, Precision::fp4},   {Precision::int8, Precision::int4},
      {Precision::fp32, Precision::bf16}, {Precision::fp32, Precision::fp16},
  };
  std::set<std::size_t> reported;
  for (const auto& [hi, lo] : order) {
    const auto& a = c.dense[idx(hi)];
    const auto& b = c.dense[idx(lo)];
    if (a && b && *b < *a && reported.insert(idx(lo)).second) {
      L.diag(file, "/compute/dense/" + std::string(precision_name(lo)),
             std::string(precision_name(lo)) + " peak '" + b->str() + "' is below " +
                 std::string(precision_name(hi)) + " peak '" + a->str() + "'");
    }
  }
  // Fields that failed to load keep their zero default; compare only what loaded.
  const bool bandwidth_loaded = h.memory.bandwidth.dimension() == dims::information_rate;
  if (bandwidth_loaded && h.memory.measured_bandwidth &&
      *h.memory.measured_bandwidth > h.memory.bandwidth) {
    L.diag(file, "/memory/measured_bandwidth",
           "measured '" + h.memory.measured_bandwidth->str() + "' is above the peak bandwidth '" +
               h.memory.bandwidth.str() + "'");
  }
  const bool tdp_loaded = h.power.tdp.dimension() == dims::power;
  if (tdp_loaded && h.power.tdp_min && *h.power.tdp_min > h.power.tdp) {
    L.diag(file, "/power/tdp_min", "is above tdp '" + h.power.tdp.str() + "'");
  }
  if (tdp_loaded && h.power.tdp_max && *h.power.tdp_max < h.power.tdp) {
    L.diag(file, "/power/tdp_max", "is below tdp '" + h.power.tdp.str() + "'");
  }
}

std::string fmt_count(std::int64_t n) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4g", static_cast<double>(n));
  return buf;
}

void check(Loader& L, const std::string& file, const Workload& m) {
  if (m.heads && m.hidden_dim && !m.head_dim && *m.hidden_dim % *m.heads != 0) {
    L.diag(file, "/hidden_dim",
           "hidden_dim " + std::to_string(*m.hidden_dim) + " is not divisible by heads " +
               std::to_string(*m.heads) + " (give head_dim if the model uses another)");
  }
  if (m.kv_heads && m.heads && *m.heads % *m.kv_heads != 0) {
    L.diag(file, "/kv_heads",
           "kv_heads " + std::to_string(*m.kv_heads) + " does not divide heads " +
               std::to_string(*m.heads));
  }
  if (m.kv_heads && !m.heads) L.diag(file, "/kv_heads", "needs heads");
  if (m.active_parameters && *m.active_parameters > m.parameters) {
    L.diag(file, "/active_parameters", "is above parameters " + std::to_string(m.parameters));
  }
  if (m.experts_per_token && m.experts && *m.experts_per_token > *m.experts) {
    L.diag(file, "/experts_per_token", "is above experts " + std::to_string(*m.experts));
  }
  if (m.architecture == Architecture::moe) {
    for (auto [present, name] : {std::pair{m.experts.has_value(), "experts"},
                                 std::pair{m.experts_per_token.has_value(), "experts_per_token"},
                                 std::pair{m.active_parameters.has_value(), "active_parameters"}}) {
      if (!present) L.diag(file, "", std::string("a moe model needs '") + name + "'");
    }
  }
  if (m.flops_basis == FlopsBasis::per_sequence && !m.reference_seq_len) {
    L.diag(file, "/flops_basis", "per_sequence needs reference_seq_len");
  }
  // docs/catalog-format.md: declared parameters agree with the shape within 10%.
  if (const auto shape = m.shape_parameters(); shape && *shape > 0 && m.parameters > 0) {
    const double declared = static_cast<double>(m.parameters);
    const double computed = static_cast<double>(*shape);
    if (std::abs(computed - declared) > 0.10 * declared) {
      L.diag(file, "/parameters",
             fmt_count(m.parameters) + " parameters declared, but the shape gives " +
                 fmt_count(*shape) + " (more than 10% apart): check the shape or the count");
    }
  }
}

template <class T>
void check(Loader&, const std::string&, const T&) {}

// ---- Loader implementation ----------------------------------------------------------------

const Source* Loader::find_source(std::string_view id) const {
  if (const auto it = sources_.find(id); it != sources_.end()) return it->second;
  return base_ != nullptr ? base_->source(id) : nullptr;
}

std::vector<std::string> Loader::source_ids() const {
  std::vector<std::string> ids;
  for (const auto& [id, s] : sources_) ids.push_back(id);
  if (base_ != nullptr) {
    for (const Source* s : base_->sources()) ids.emplace_back(s->id);
  }
  return ids;
}

std::optional<json> Loader::read_object(const fs::path& path, const std::string& file,
                                        std::string_view root) {
  std::string text;
  if (auto problem = read_bounded(path, text)) {
    diag(file, "", *problem);
    return std::nullopt;
  }
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
    diag(file, "", "empty file");
    return std::nullopt;
  }
  auto parsed = parse_strict(text);
  if (!parsed.error.empty()) {
    diag(file, parsed.error_ptr, parsed.error);
    return std::nullopt;
  }
  if (!parsed.value.is_object()) {
    diag(file, "",
         "root must be a JSON object" + std::string(root) + ", got " + json_type(parsed.value));
    return std::nullopt;
  }
  return std::move(parsed.value);
}

void Loader::load_sources(const fs::path& path, bool required) {
  const std::string file = display("sources.json");
  std::error_code ec;
  if (!fs::exists(fs::symlink_status(path, ec))) {
    if (required) diag(file, "", "missing sources file");
    return;
  }
  const auto parsed = read_object(path, file, " of source records");
  if (!parsed) return;
  static const std::set<std::string> kFields{"kind",     "title", "publisher",  "url",
                                             "verified", "notes", "unconfirmed"};
  for (const auto& item : parsed->items()) {
    const std::string& id = item.key();
    const json& rec = item.value();  // not a structured binding: the lambdas below capture it
    const std::string ptr = "/" + id;
    const bool id_ok = !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    }) && id.front() != '-';
    if (!id_ok) {
      diag(file, ptr, "source id '" + id + "' must be lowercase letters, digits and '-'");
      continue;
    }
    if (!rec.is_object()) {
      diag(file, ptr, "expected an object, got " + json_type(rec));
      continue;
    }
    for (const auto& [k, v] : rec.items()) {
      if (kFields.count(k) == 0) {
        diag(file, ptr + "/" + k,
             "unknown field '" + k + "'" + did_you_mean(k, {kFields.begin(), kFields.end()}));
      }
    }
    Source s;
    s.id = storage().intern(id);
    auto text_field = [&](const char* name, std::string_view& out, bool req) {
      const auto it = rec.find(name);
      if (it == rec.end()) {
        if (req) diag(file, ptr, std::string("missing required field '") + name + "'");
        return;
      }
      if (!it->is_string() || it->get<std::string>().empty()) {
        diag(file, ptr + "/" + name, "expected a non-empty string, got " + json_type(*it));
        return;
      }
      out = storage().intern(it->get<std::string>());
    };
    std::string_view kind;
    text_field("kind", kind, true);
    text_field("title", s.title, true);
    text_field("publisher", s.publisher, false);
    text_field("url", s.url, false);
    text_field("notes", s.notes, false);
    std::string_view verified;
    text_field("verified", verified, true);
    if (const auto it = rec.find("unconfirmed"); it != rec.end()) {
      if (it->is_boolean())
        s.unconfirmed = it->get<bool>();
      else
        diag(file, ptr + "/unconfirmed", "expected true or false, got " + json_type(*it));
    }
    static constexpr std::string_view kKinds[] = {"datasheet",   "paper",    "industry_report",
                                                  "measurement", "estimate", "derived",
                                                  "convention"};
    if (!kind.empty()) {
      const auto it = std::find(std::begin(kKinds), std::end(kKinds), kind);
      if (it == std::end(kKinds)) {
        diag(file, ptr + "/kind",
             "unknown source kind '" + std::string(kind) +
                 "' (expected one of: datasheet, "
                 "paper, industry_report, measurement, estimate, derived, convention)");
      } else {
        s.kind = static_cast<SourceKind>(it - std::begin(kKinds));
        const bool needs_url = s.kind == SourceKind::datasheet || s.kind == SourceKind::paper ||
                               s.kind == SourceKind::industry_report;
        const bool needs_notes = s.kind == SourceKind::estimate || s.kind == SourceKind::derived;
        if (needs_url && s.url.empty()) {
          diag(file, ptr, "a " + std::string(kind) + " source needs a 'url'");
        }
        if (needs_notes && s.notes.empty()) {
          diag(file, ptr, "an " + std::string(kind) + " source needs 'notes' saying how");
        }
      }
    }
    if (!s.url.empty() && !(s.url.starts_with("https://") || s.url.starts_with("http://"))) {
      diag(file, ptr + "/url", "url '" + std::string(s.url) + "' must start with https://");
    }
    if (!verified.empty()) {
      if (const auto d = parse_date(verified)) {
        if (*d > today_) {
          diag(file, ptr + "/verified",
               "verified date '" + std::string(verified) + "' is in the future (today is " +
                   date_str(today_) + ")");
        }
        s.verified = *d;
      } else {
        diag(file, ptr + "/verified",
             "verified date '" + std::string(verified) + "' is not an ISO date (YYYY-MM-DD)");
      }
    }
    sources_.emplace(std::string(s.id), &storage().sources.emplace_back(s));
  }
}

void Loader::load_aliases(const fs::path& path) {
  aliases_file_ = display("aliases.json");
  std::error_code ec;
  if (!fs::exists(fs::symlink_status(path, ec))) return;
  const auto parsed = read_object(path, aliases_file_, " of alias -> target paths");
  if (!parsed) return;
  for (const auto& [alias, target] : parsed->items()) {
    if (!target.is_string()) {
      diag(aliases_file_, "/" + alias, "expected a dotted path, got " + json_type(target));
      continue;
    }
    bool ok = !alias.empty();
    std::string_view rest = alias;
    while (ok && !rest.empty()) {
      const auto dot = rest.find('.');
      ok = is_identifier(rest.substr(0, dot));
      rest = dot == std::string_view::npos ? std::string_view() : rest.substr(dot + 1);
    }
    if (!ok) {
      diag(aliases_file_, "/" + alias, "alias '" + alias + "' is not a dotted path of identifiers");
      continue;
    }
    alias_pairs_.emplace_back(alias, target.get<std::string>());
  }
}

template <class T>
void Loader::load_typed(const std::string& file, const json& root, EntryInfo info) {
  T& entry = storage().list<T>().emplace_back();
  entry.info = info;
  LoadVisitor v(*this, file, root, "");
  for (auto k : {"kind", "key", "name", "source", "field_sources", "notes", "$schema"}) {
    v.consume(k);
  }
  schema::visit(v, entry);
  v.finish();
  check(*this, file, entry);
  if constexpr (std::is_same_v<T, Workload>) {
    if (root.contains("inference_flops") && !root.contains("flops_basis")) {
      diag(file, "/flops_basis",
           "missing required field 'flops_basis' (inference_flops needs it: per_token, "
           "per_sample, per_sequence or per_step)");
    }
  }
  const std::string path(info.path);
  if (const auto it = by_path_.find(path); it != by_path_.end()) {
    diag(file, "", "duplicate entry '" + path + "': also defined in " + it->second.second);
    return;
  }
  by_path_.emplace(path, std::pair{CatalogEntry(&entry), file});
  result_.entries.emplace_back(&entry);
}

void Loader::load_entry(const fs::path& rel) {
  const std::string file = display(rel);
  std::vector<std::string> segments;
  for (const auto& part : rel.parent_path()) segments.push_back(part.string());
  const std::string stem = rel.stem().string();

  // The folder decides the kind and the namespace.
  const FolderRule* rule = nullptr;
  if (segments.size() >= 2) {
    for (const auto& r : kFolders) {
      if (util::lower(segments[0]) == r.zoo &&
          (r.folder.empty() || util::lower(segments[1]) == r.folder)) {
        rule = &r;
        break;
      }
    }
  }
  if (rule == nullptr) {
    diag(file, "",
         "not in a catalog folder: entries live in hardware/<tier>/, hardware/tech/<category>/, "
         "models/<family>/, systems/{nodes,fabrics,clusters,racks,pods,tiers}/ or "
         "infra/{grids,datacenters,cooling}/");
    return;
  }
  for (const auto& s : segments) {
    if (!is_identifier(pascal_case(s))) {
      diag(file, "", "folder '" + s + "' does not make a C++ namespace name");
      return;
    }
  }

  const auto parsed = read_object(dir_ / rel, file, "");
  if (!parsed) return;
  const json& root = *parsed;

  // kind
  const auto kind_it = root.find("kind");
  if (kind_it == root.end()) {
    diag(file, "",
         "missing required field 'kind' (expected '" +
             std::string(schema::kind_info(rule->kind).json_name) + "' in this folder)");
    return;
  }
  if (!kind_it->is_string()) {
    diag(file, "/kind", "expected a string, got " + json_type(*kind_it));
    return;
  }
  const auto kind = kind_from_json_name(kind_it->get<std::string>());
  if (!kind) {
    std::vector<std::string> names;
    for (const auto& k : schema::kKinds) names.emplace_back(k.json_name);
    diag(file, "/kind",
         "unknown kind '" + kind_it->get<std::string>() + "'" +
             did_you_mean(kind_it->get<std::string>(), names));
    return;
  }
  if (*kind != rule->kind) {
    diag(file, "/kind",
         "kind '" + kind_it->get<std::string>() + "' does not belong in folder '" + segments[0] +
             "/" + segments[1] + "' (expected '" +
             std::string(schema::kind_info(rule->kind).json_name) + "')");
    return;
  }

  // key
  EntryInfo info;
  const auto key_it = root.find("key");
  if (key_it == root.end() || !key_it->is_string()) {
    diag(file, key_it == root.end() ? "" : "/key",
         key_it == root.end() ? "missing required field 'key'" : "expected a string");
  } else {
    const auto key = key_it->get<std::string>();
    if (!is_identifier(key)) {
      diag(file, "/key", "key '" + key + "' is not a valid C++ identifier");
    } else if (key != stem) {
      diag(file, "/key", "key '" + key + "' does not match the file name '" + stem + ".json'");
    }
  }
  if (!is_identifier(stem)) {
    if (key_it == root.end()) diag(file, "", "file name '" + stem + "' is not a C++ identifier");
    return;
  }
  std::string path;
  for (const auto& s : segments) path += pascal_case(s) + ".";
  path += stem;
  info.key = storage().intern(stem);
  info.path = storage().intern(path);
  info.file = storage().intern(rel.generic_string());

  // name
  if (const auto it = root.find("name"); it == root.end()) {
    diag(file, "", "missing required field 'name'");
  } else if (!it->is_string() || it->get<std::string>().empty()) {
    diag(file, "/name", "expected a non-empty string, got " + json_type(*it));
  } else {
    info.name = storage().intern(it->get<std::string>());
  }
  if (const auto it = root.find("notes"); it != root.end()) {
    if (it->is_string())
      info.notes = storage().intern(it->get<std::string>());
    else
      diag(file, "/notes", "expected a string, got " + json_type(*it));
  }

  // provenance
  if (const auto it = root.find("source"); it == root.end()) {
    diag(file, "",
         "missing provenance: every entry needs 'source' naming a record of sources.json");
  } else if (!it->is_string()) {
    diag(file, "/source", "expected a source id, got " + json_type(*it));
  } else if (const Source* s = find_source(it->get<std::string>()); s == nullptr) {
    diag(file, "/source",
         "unknown source '" + it->get<std::string>() + "'" +
             did_you_mean(it->get<std::string>(), source_ids()));
  } else {
    info.source = s;
  }
  if (const auto it = root.find("field_sources"); it != root.end()) {
    if (!it->is_object()) {
      diag(file, "/field_sources", "expected an object of JSON Pointer -> source id");
    } else {
      auto& list = storage().field_sources.emplace_back();
      for (const auto& [pointer, id] : it->items()) {
        const std::string ptr = "/field_sources/" + pointer;
        bool exists = false;
        try {
          exists = pointer.starts_with("/") && root.contains(json::json_pointer(pointer));
        } catch (const json::exception&) {
          exists = false;
        }
        if (!exists) {
          diag(file, ptr, "'" + pointer + "' is not a field of this entry");
          continue;
        }
        if (!id.is_string()) {
          diag(file, ptr, "expected a source id, got " + json_type(id));
          continue;
        }
        const Source* s = find_source(id.get<std::string>());
        if (s == nullptr) {
          diag(file, ptr,
               "unknown source '" + id.get<std::string>() + "'" +
                   did_you_mean(id.get<std::string>(), source_ids()));
          continue;
        }
        list.push_back({storage().intern(pointer), s});
      }
      std::sort(list.begin(), list.end(),
                [](const FieldSource& a, const FieldSource& b) { return a.pointer < b.pointer; });
      info.field_sources = list;
    }
  }

  schema::with_kind(
      *kind, [&](auto type) { load_typed<typename decltype(type)::type>(file, root, info); });
  if (*kind == EntryKind::hardware) {
    static constexpr std::pair<std::string_view, Tier> kTiers[] = {
        {"cloud", Tier::cloud},
        {"workstation", Tier::workstation},
        {"mobile", Tier::mobile},
        {"edge", Tier::edge},
        {"tiny", Tier::tiny}};
    for (const auto& [name, tier] : kTiers) {
      if (util::lower(segments[1]) == name) storage().list<HardwareNode>().back().tier = tier;
    }
  } else if (*kind == EntryKind::tech) {
    const auto& t = storage().list<TechEntry>().back();
    const std::string want = segments.size() >= 3 ? util::lower(segments[2]) : "";
    if (schema::enum_name(t.category) != want) {
      diag(file, "/category",
           "category '" + std::string(schema::enum_name(t.category)) +
               "' does not match the folder 'hardware/tech/" + want + "'");
    }
  }
}

void Loader::resolve() {
  // Everything a reference may name: the base catalog, then this directory (which wins).
  std::map<std::string, CatalogEntry, std::less<>> all;
  std::map<std::string, std::string, std::less<>> aliases;
  if (base_ != nullptr) {
    for (const auto& e : base_->entries()) all.emplace(std::string(e.info().path), e);
    for (const auto& a : base_->aliases()) aliases.emplace(std::string(a.path), a.target);
  }
  // Names the base catalog resolves: a new entry or alias may not take them over, or make them
  // ambiguous ("H100" -> A100 would make `show H100` print the A100).
  auto last_segment = [](std::string_view path) {
    const auto dot = path.rfind('.');
    return std::string(dot == std::string_view::npos ? path : path.substr(dot + 1));
  };
  std::map<std::string, std::set<std::string>, std::less<>> base_keys;  // key -> paths
  if (base_ != nullptr) {
    for (const auto& e : base_->entries()) {
      base_keys[std::string(e.info().key)].insert(std::string(e.info().path));
    }
    for (const auto& a : base_->aliases())
      base_keys[last_segment(a.path)].insert(std::string(a.target));
  }
  for (const auto& [path, entry] : by_path_) {
    if (const auto a = aliases.find(path); a != aliases.end()) {
      diag(entry.second, "/key",
           "entry '" + path + "' takes the name of the built-in alias of '" + a->second +
               "': choose another key");
      continue;
    }
    const std::string key(entry.first.info().key);
    if (const auto k = base_keys.find(key); k != base_keys.end() && k->second.count(path) == 0) {
      diag(entry.second, "/key",
           "key '" + key + "' already names '" + *k->second.begin() +
               "' in the built-in catalog: choose another key (an entry that replaces a built-in "
               "one uses its path)");
    }
  }
  for (const auto& [path, entry] : by_path_) all.insert_or_assign(path, entry.first);
  for (const auto& [alias, target] : alias_pairs_) {
    if (all.count(alias) != 0) {
      diag(aliases_file_, "/" + alias, "alias '" + alias + "' is also the path of an entry");
      continue;
    }
    if (const auto a = aliases.find(alias); a != aliases.end() && a->second != target) {
      diag(aliases_file_, "/" + alias,
           "alias '" + alias + "' is already a built-in alias of '" + a->second + "'");
      continue;
    }
    if (const auto k = base_keys.find(last_segment(alias));
        k != base_keys.end() && (k->second.size() > 1 || *k->second.begin() != target)) {
      diag(aliases_file_, "/" + alias,
           "alias '" + alias + "' would make '" + last_segment(alias) + "' ambiguous: it names '" +
               *k->second.begin() + "' in the built-in catalog");
      continue;
    }
    if (all.count(target) == 0) {
      std::vector<std::string> paths;
      for (const auto& [p, e] : all) paths.push_back(p);
      diag(aliases_file_, "/" + alias,
           "alias target '" + target + "' is not an entry" + did_you_mean(target, paths));
      continue;
    }
    aliases.insert_or_assign(alias, target);
    result_.aliases.push_back({storage().intern(alias), storage().intern(target)});
  }
  std::vector<std::string> paths;
  for (const auto& [p, e] : all) paths.push_back(p);
  for (const auto& ref : pending) {
    std::string target = ref.target;
    if (const auto a = aliases.find(target); a != aliases.end()) target = a->second;
    const auto it = all.find(target);
    if (it == all.end()) {
      diag(ref.file, ref.pointer,
           "unknown entry '" + ref.target + "'" + did_you_mean(ref.target, paths));
      continue;
    }
    if (it->second.kind() != ref.kind) {
      diag(ref.file, ref.pointer,
           "'" + ref.target + "' is " + std::string(schema::kind_info(it->second.kind()).noun) +
               ", expected " + std::string(schema::kind_info(ref.kind).noun));
      continue;
    }
    ref.assign(it->second);
  }
}

LoadResult Loader::run(bool require_sources) {
  std::error_code ec;
  if (!fs::is_directory(dir_, ec)) {
    diag(display_root_.empty() ? dir_.generic_string() : display_root_, "", "not a directory");
    throw CatalogError(diagnostics_);
  }
  load_sources(dir_ / "sources.json", require_sources);
  load_aliases(dir_ / "aliases.json");
  result_.files.push_back(dir_ / "sources.json");
  std::vector<fs::path> files;
  // error_code overloads throughout: an unreadable directory, a symlink loop or a vanished file
  // is a diagnostic naming the path, never an escaping filesystem_error.
  fs::recursive_directory_iterator it(dir_, ec);
  fs::path last_dir;
  if (ec) diag(display("."), "", "cannot read the directory: " + ec.message());
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const auto rel = it->path().lexically_relative(dir_);
    const auto name = it->path().filename().string();
    std::error_code type_ec;
    const bool is_dir = it->is_directory(type_ec);
    if (is_dir && (name.starts_with(".") || (it.depth() == 0 && name == "schema"))) {
      it.disable_recursion_pending();
      continue;
    }
    if (is_dir) last_dir = rel;
    if (is_dir || it->path().extension() != ".json" || name.starts_with(".")) continue;
    if (rel == "sources.json" || rel == "aliases.json") continue;
    files.push_back(rel);  // not a regular file or unreadable: load_entry says so
  }
  if (ec) {
    diag(display(last_dir.empty() ? fs::path(".") : last_dir), "",
         "cannot read a directory below this one: " + ec.message());
  }
  std::sort(files.begin(), files.end());
  for (const auto& rel : files) {
    load_entry(rel);
    result_.files.push_back(dir_ / rel);
  }
  if (fs::exists(fs::symlink_status(dir_ / "aliases.json", ec))) {
    result_.files.push_back(dir_ / "aliases.json");
  }
  resolve();
  if (!diagnostics_.empty()) throw CatalogError(diagnostics_);
  std::sort(
      result_.entries.begin(), result_.entries.end(),
      [](const CatalogEntry& a, const CatalogEntry& b) { return a.info().path < b.info().path; });
  for (const auto& [id, s] : sources_) result_.sources.push_back(s);
  return std::move(result_);
}

}  // namespace

LoadResult load_directory(const fs::path& dir, const Catalog* base, std::string_view display_root,
                          Date today, bool require_sources) {
  Loader loader(dir, base, std::string(display_root), today);
  return loader.run(require_sources);
}

}  // namespace mlsysim::catalog_detail
