// sources.json: the provenance records every entry cites. The fields, their order and which are
// required come from schema::visit(Source); this file adds the rules that tie fields together (a
// datasheet needs a url, an estimate needs notes, a verified date is not in the future).
#include <algorithm>
#include <charconv>
#include <cstdio>
#include <set>

#include "json_reader.hpp"
#include "load_context.hpp"
#include "schema.hpp"

namespace mlsysim::catalog_detail {
namespace {

namespace fs = std::filesystem;

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

/// Reads one source record through schema::visit(Source). Text fields must be non-empty strings,
/// `kind` one of vocabulary.def's source kinds, `verified` an ISO date not after today.
class SourceVisitor {
 public:
  SourceVisitor(LoadContext& ctx, const std::string& file, const json& rec, std::string ptr)
      : ctx_(ctx), file_(file), rec_(rec), ptr_(std::move(ptr)) {}

  /// Diagnoses fields the schema does not name.
  void check_unknown_fields() {
    std::vector<std::string> known;
    Source probe;
    FieldNames names{known};
    schema::visit(names, probe);
    std::sort(known.begin(), known.end());
    for (const auto& [k, v] : rec_.items()) {
      if (std::find(known.begin(), known.end(), k) == known.end()) {
        ctx_.diag(file_, ptr_ + "/" + k, "unknown field '" + k + "'" + did_you_mean(k, known));
      }
    }
  }

  void field(std::string_view name, std::string_view& out, const schema::Spec& spec) {
    if (const json* v = text(name, spec)) out = ctx_.storage().intern(v->get<std::string>());
  }
  void field(std::string_view name, Date& out, const schema::Spec& spec) {
    const json* v = text(name, spec);
    if (v == nullptr) return;
    const auto verified = v->get<std::string>();
    const std::string ptr = ptr_ + "/" + std::string(name);
    const auto d = parse_date(verified);
    if (!d) {
      ctx_.diag(file_, ptr, "verified date '" + verified + "' is not an ISO date (YYYY-MM-DD)");
      return;
    }
    if (*d > ctx_.today) {
      ctx_.diag(file_, ptr,
                "verified date '" + verified + "' is in the future (today is " +
                    date_str(ctx_.today) + ")");
    }
    out = *d;
  }
  void field(std::string_view name, bool& out, const schema::Spec&) {
    const auto it = rec_.find(std::string(name));
    if (it == rec_.end()) return;
    if (it->is_boolean()) {
      out = it->get<bool>();
    } else {
      ctx_.diag(file_, ptr_ + "/" + std::string(name),
                "expected true or false, got " + json_type(*it));
    }
  }
  void enumeration(std::string_view name, SourceKind& out, const schema::Spec& spec) {
    const json* v = text(name, spec);
    if (v == nullptr) return;
    const auto s = v->get<std::string>();
    if (const auto k = try_parse<SourceKind>(s)) {
      out = *k;
      kind_ok = true;
      return;
    }
    std::string list;
    for (const auto n : EnumNames<SourceKind>::names)
      list += (list.empty() ? "" : ", ") + std::string(n);
    ctx_.diag(file_, ptr_ + "/" + std::string(name),
              "unknown source kind '" + s + "' (expected one of: " + list + ")");
  }

  bool kind_ok = false;  ///< `kind` named a known source kind

 private:
  /// Collects the field names of the schema.
  struct FieldNames {
    std::vector<std::string>& names;
    template <class T>
    void field(std::string_view name, T&, const schema::Spec&) {
      names.emplace_back(name);
    }
    template <class E>
    void enumeration(std::string_view name, E&, const schema::Spec&) {
      names.emplace_back(name);
    }
  };

  /// The non-empty string at `name`, or nullptr after diagnosing (missing when required).
  const json* text(std::string_view name, const schema::Spec& spec) {
    const auto it = rec_.find(std::string(name));
    if (it == rec_.end()) {
      if (spec.required) {
        ctx_.diag(file_, ptr_, "missing required field '" + std::string(name) + "'");
      }
      return nullptr;
    }
    if (!it->is_string() || it->get<std::string>().empty()) {
      ctx_.diag(file_, ptr_ + "/" + std::string(name),
                "expected a non-empty string, got " + json_type(*it));
      return nullptr;
    }
    return &*it;
  }

  LoadContext& ctx_;
  const std::string& file_;
  const json& rec_;
  std::string ptr_;
};

}  // namespace

void load_sources(LoadContext& ctx, const fs::path& path, bool required) {
  const std::string file = ctx.display("sources.json");
  std::error_code ec;
  if (!fs::exists(fs::symlink_status(path, ec))) {
    if (required) ctx.diag(file, "", "missing sources file");
    return;
  }
  const auto parsed = read_json_object(path, file, " of source records", ctx.diagnostics);
  if (!parsed) return;
  for (const auto& item : parsed->items()) {
    const std::string& id = item.key();
    const json& rec = item.value();
    const std::string ptr = "/" + id;
    const bool id_ok = !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    }) && id.front() != '-';
    if (!id_ok) {
      ctx.diag(file, ptr, "source id '" + id + "' must be lowercase letters, digits and '-'");
      continue;
    }
    if (!rec.is_object()) {
      ctx.diag(file, ptr, "expected an object, got " + json_type(rec));
      continue;
    }
    SourceVisitor v(ctx, file, rec, ptr);
    v.check_unknown_fields();
    Source s;
    s.id = ctx.storage().intern(id);
    schema::visit(v, s);
    if (v.kind_ok) {
      const std::string kind(to_string(s.kind));
      if (needs_url(s.kind) && s.url.empty()) {
        ctx.diag(file, ptr, "a " + kind + " source needs a 'url'");
      }
      if (needs_notes(s.kind) && s.notes.empty()) {
        ctx.diag(file, ptr, "an " + kind + " source needs 'notes' saying how");
      }
    }
    if (!s.url.empty() && !(s.url.starts_with("https://") || s.url.starts_with("http://"))) {
      ctx.diag(file, ptr + "/url", "url '" + std::string(s.url) + "' must start with https://");
    }
    ctx.sources.emplace(std::string(s.id), &ctx.storage().sources.emplace_back(s));
  }
}

}  // namespace mlsysim::catalog_detail
