#include "output.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <iostream>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string_view>
#include <vector>

#include "mlsysim/errors.hpp"

namespace mlsysim::cli {
namespace {

using ordered_json = nlohmann::ordered_json;

std::string number(double x) {
  if (!std::isfinite(x))
    throw std::logic_error("non-finite number in output (a bug: please report it)");
  return fmt::format("{:.6g}", x);
}

std::string quantity_text(const Quantity& q) {
  const double v = q.value();
  if (!std::isfinite(v))
    throw std::logic_error("non-finite quantity in output (a bug: please report it)");
  const auto sym = q.unit().symbol;
  return sym.empty() ? fmt::format("{:.6g}", v) : fmt::format("{:.6g} {}", v, sym);
}

std::string text(const Value& v) {
  return std::visit(
      [](const auto& x) -> std::string {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, std::monostate>)
          return "-";
        else if constexpr (std::is_same_v<T, std::string>)
          return x;
        else if constexpr (std::is_same_v<T, double>)
          return number(x);
        else if constexpr (std::is_same_v<T, std::int64_t>)
          return std::to_string(x);
        else if constexpr (std::is_same_v<T, bool>)
          return x ? "yes" : "no";
        else
          return quantity_text(x);
      },
      v);
}

// ---- readable numbers (text and markdown; JSON and CSV keep exact values) -----------------
//
// A quantity is shown in the unit of its family that puts the magnitude in [1, 1000): bytes in
// binary units (memory is binary-sized: docs/catalog-format.md), rates, FLOPs and power in
// decimal SI, time in ns..years, energy in J or Wh (as the solver chose), carbon in
// g/kg/tCO2e, money as $1.23k/M/B (a money rate per hour: $22.82/h). Ratios named
// mfu/hfu/utilization are percentages.

struct Ladder {
  Dimension dimension;
  std::string_view hint;                ///< the display symbol must contain this ("" = any)
  std::vector<std::string_view> units;  ///< ascending
};

const std::vector<Ladder>& ladders() {
  static const std::vector<Ladder> kLadders{
      {dims::information, "", {"B", "KiB", "MiB", "GiB", "TiB", "PiB"}},
      {dims::information_rate, "", {"B/s", "kB/s", "MB/s", "GB/s", "TB/s", "PB/s"}},
      {dims::operation, "", {"FLOP", "kFLOP", "MFLOP", "GFLOP", "TFLOP", "PFLOP", "EFLOP"}},
      {dims::operation_rate,
       "",
       {"FLOP/s", "kFLOP/s", "MFLOP/s", "GFLOP/s", "TFLOP/s", "PFLOP/s", "EFLOP/s"}},
      {dims::time, "", {"ns", "us", "ms", "s", "min", "h", "day", "year"}},
      {dims::power, "", {"mW", "W", "kW", "MW", "GW"}},
      {dims::energy, "Wh", {"mWh", "Wh", "kWh", "MWh", "GWh", "TWh"}},
      {dims::energy, "", {"mJ", "J", "kJ", "MJ", "GJ", "TJ"}},
      {dims::mass, "CO2", {"gCO2e", "kgCO2e", "tCO2e", "ktCO2e", "MtCO2e"}},
      {dims::mass, "", {"g", "kg", "t"}},
      {dims::volume, "", {"mL", "L", "kL", "ML"}},
  };
  return kLadders;
}

/// The unit `q` reads best in, or nullptr to keep its display unit.
const Unit* readable_unit(const Quantity& q) {
  const std::string_view symbol = q.unit().symbol;
  for (const auto& l : ladders()) {
    if (l.dimension != q.dimension()) continue;
    if (!l.hint.empty() && symbol.find(l.hint) == std::string_view::npos) continue;
    const double magnitude = std::abs(q.base_value());
    const Unit* best = &Unit::parse(l.units.front());
    for (auto u : l.units) {
      const Unit& unit = Unit::parse(u);
      // time: switch to days/years only from 2 of them ("36 h", "3 days")
      const double threshold = (u == "day" || u == "year") ? 2.0 : 1.0;
      if (magnitude >= threshold * unit.scale) best = &unit;
    }
    return best;
  }
  return nullptr;
}

std::string money(double usd) {
  const double a = std::abs(usd);
  const char* sign = usd < 0 ? "-" : "";
  if (a >= 1e9) return fmt::format("{}${:.4g}B", sign, a / 1e9);
  if (a >= 1e6) return fmt::format("{}${:.4g}M", sign, a / 1e6);
  if (a >= 1e4) return fmt::format("{}${:.4g}k", sign, a / 1e3);
  return fmt::format("{}${:.2f}", sign, a);
}

std::string readable(const Quantity& q, const Unit* column_unit = nullptr) {
  if (!std::isfinite(q.base_value())) {
    throw std::logic_error("non-finite quantity in output (a bug: please report it)");
  }
  if (q.dimension() == dims::currency) return money(q.base_value());
  if (q.dimension() == dims::currency / dims::time) return money(q.base_value() * 3600.0) + "/h";
  const Unit* u = column_unit != nullptr ? column_unit : readable_unit(q);
  if (u == nullptr) return quantity_text(q);
  double v = q.in(*u);
  if (v == 0.0) v = 0.0;
  return fmt::format("{:.4g} {}", v, u->symbol);
}

bool is_percentage(std::string_view key) {
  return key == "mfu" || key == "hfu" || key == "utilization" || key.ends_with("_utilization");
}

/// A cell for people: readable quantities, percentages for utilization ratios.
/// `convert` and `show` print values exactly as asked or as written in the catalog.
thread_local bool g_exact = false;

/// Shows a record's quantities exactly (Record::exact) while it is rendered.
class ExactScope {
 public:
  explicit ExactScope(bool exact) : saved_(g_exact) { g_exact = g_exact || exact; }
  ~ExactScope() { g_exact = saved_; }
  ExactScope(const ExactScope&) = delete;
  ExactScope& operator=(const ExactScope&) = delete;

 private:
  bool saved_;
};

std::string human(std::string_view key, const Value& v, const Unit* column_unit = nullptr) {
  if (g_exact) return text(v);
  if (const auto* q = std::get_if<Quantity>(&v)) return readable(*q, column_unit);
  if (const auto* d = std::get_if<double>(&v); d != nullptr && is_percentage(key)) {
    if (!std::isfinite(*d)) throw std::logic_error("non-finite number in output");
    return fmt::format("{:.1f} %", *d * 100.0);
  }
  return text(v);
}

/// One unit per table column: the readable unit of the column's largest quantity.
std::vector<const Unit*> column_units(const Table& t) {
  std::vector<const Unit*> out(t.keys.size(), nullptr);
  for (std::size_t c = 0; c < t.keys.size(); ++c) {
    const Quantity* largest = nullptr;
    bool same = true;
    for (const auto& row : t.rows) {
      if (c >= row.size()) continue;
      const auto* q = std::get_if<Quantity>(&row[c]);
      if (q == nullptr) continue;
      if (largest != nullptr && largest->dimension() != q->dimension()) same = false;
      if (largest == nullptr || std::abs(q->base_value()) > std::abs(largest->base_value())) {
        largest = q;
      }
    }
    if (largest != nullptr && same) out[c] = readable_unit(*largest);
  }
  return out;
}

ordered_json json_value(const Value& v) {
  return std::visit(
      [](const auto& x) -> ordered_json {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, std::monostate>)
          return nullptr;
        else if constexpr (std::is_same_v<T, std::string>)
          return x;
        else if constexpr (std::is_same_v<T, double>) {
          if (!std::isfinite(x))
            throw std::logic_error("non-finite number in output (a bug: please report it)");
          return x;
        } else if constexpr (std::is_same_v<T, std::int64_t>)
          return x;
        else if constexpr (std::is_same_v<T, bool>)
          return x;
        else {
          const double value = x.value();
          if (!std::isfinite(value))
            throw std::logic_error("non-finite quantity in output (a bug: please report it)");
          return ordered_json{{"value", value}, {"unit", std::string(x.unit().symbol)}};
        }
      },
      v);
}

std::string csv_cell(const std::string& s) {
  if (s.find_first_of(",\"\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string md_cell(std::string s) {
  std::string out;
  for (char c : s) out += c == '|' ? std::string("\\|") : std::string(1, c);
  return out;
}

std::string render_text(const Document& doc) {
  std::string out;
  for (const auto& section : doc.sections) {
    if (!out.empty()) out += "\n";
    if (const auto* r = std::get_if<Record>(&section)) {
      if (!r->title.empty()) out += r->title + "\n";
      std::size_t width = 0;
      for (const auto& f : r->fields) width = std::max(width, f.label.size());
      const ExactScope exact(r->exact);
      for (const auto& f : r->fields) {
        out += fmt::format("  {:<{}}  {}\n", f.label, width, human(f.key, f.value));
      }
    } else {
      const auto& t = std::get<Table>(section);
      if (!t.title.empty()) out += t.title + "\n";
      std::vector<std::size_t> widths(t.labels.size());
      std::vector<std::vector<std::string>> cells;
      const auto units = column_units(t);
      for (std::size_t c = 0; c < t.labels.size(); ++c) widths[c] = t.labels[c].size();
      for (const auto& row : t.rows) {
        auto& line = cells.emplace_back();
        for (std::size_t c = 0; c < row.size(); ++c) {
          std::string cell = human(t.keys[c], row[c], units[c]);
          if (cell.size() > 48)
            cell = cell.substr(0, 45) + "...";  // text only; JSON keeps it whole
          line.push_back(std::move(cell));
          widths[c] = std::max(widths[c], line.back().size());
        }
      }
      auto emit = [&](const std::vector<std::string>& line) {
        std::string s = " ";
        for (std::size_t c = 0; c < line.size(); ++c)
          s += fmt::format(" {:<{}}", line[c], widths[c]);
        while (!s.empty() && s.back() == ' ') s.pop_back();
        out += s + "\n";
      };
      emit(t.labels);
      std::vector<std::string> rule;
      for (auto w : widths) rule.emplace_back(w, '-');
      emit(rule);
      for (const auto& line : cells) emit(line);
    }
  }
  for (const auto& n : doc.notes) out += "\n" + n;
  if (!doc.notes.empty()) out += "\n";
  return out;
}

std::string render_markdown(const Document& doc) {
  std::string out;
  for (const auto& section : doc.sections) {
    if (!out.empty()) out += "\n";
    if (const auto* r = std::get_if<Record>(&section)) {
      if (!r->title.empty()) out += "### " + r->title + "\n\n";
      out += "| Field | Value |\n|---|---|\n";
      const ExactScope exact(r->exact);
      for (const auto& f : r->fields)
        out += "| " + md_cell(f.label) + " | " + md_cell(human(f.key, f.value)) + " |\n";
    } else {
      const auto& t = std::get<Table>(section);
      if (!t.title.empty()) out += "### " + t.title + "\n\n";
      out += "|";
      for (const auto& l : t.labels) out += " " + md_cell(l) + " |";
      out += "\n|";
      for (std::size_t i = 0; i < t.labels.size(); ++i) out += "---|";
      out += "\n";
      const auto units = column_units(t);
      for (const auto& row : t.rows) {
        out += "|";
        for (std::size_t c = 0; c < row.size(); ++c) {
          out += " " + md_cell(human(t.keys[c], row[c], units[c])) + " |";
        }
        out += "\n";
      }
    }
  }
  for (const auto& n : doc.notes) out += "\n" + n + "\n";
  return out;
}

std::string render_csv(const Document& doc) {
  // Tables as header + rows; records as section,field,value rows (one header per run of records).
  std::string out;
  bool after_table = false;
  for (const auto& section : doc.sections) {
    if (const auto* r = std::get_if<Record>(&section)) {
      if (out.empty()) out += "section,field,value\n";
      if (after_table) out += "\nsection,field,value\n";
      after_table = false;
      for (const auto& f : r->fields)
        out += csv_cell(r->name) + "," + csv_cell(f.key) + "," + csv_cell(text(f.value)) + "\n";
    } else {
      const auto& t = std::get<Table>(section);
      after_table = true;
      if (!out.empty()) out += "\n";
      for (std::size_t i = 0; i < t.keys.size(); ++i) out += (i ? "," : "") + csv_cell(t.keys[i]);
      out += "\n";
      for (const auto& row : t.rows) {
        for (std::size_t i = 0; i < row.size(); ++i) out += (i ? "," : "") + csv_cell(text(row[i]));
        out += "\n";
      }
    }
  }
  return out;
}

std::string render_json(const Document& doc) {
  ordered_json j;
  j["command"] = doc.command;
  for (const auto& section : doc.sections) {
    if (const auto* r = std::get_if<Record>(&section)) {
      ordered_json obj = ordered_json::object();
      for (const auto& f : r->fields) obj[f.key] = json_value(f.value);
      j[r->name] = obj;
    } else {
      const auto& t = std::get<Table>(section);
      ordered_json arr = ordered_json::array();
      for (const auto& row : t.rows) {
        ordered_json obj = ordered_json::object();
        for (std::size_t c = 0; c < row.size(); ++c) obj[t.keys[c]] = json_value(row[c]);
        arr.push_back(obj);
      }
      j[t.name] = arr;
    }
  }
  if (!doc.notes.empty()) j["notes"] = doc.notes;
  return j.dump(2) + "\n";
}

}  // namespace

std::string render(const Document& doc, Format format) {
  g_exact = doc.command == "convert" || doc.command == "show";
  switch (format) {
    case Format::text:
      return render_text(doc);
    case Format::json:
      return render_json(doc);
    case Format::csv:
      return render_csv(doc);
    case Format::markdown:
      return render_markdown(doc);
  }
  return {};
}

void print(const Document& doc, Format format, const std::vector<std::string>& assumptions) {
  if (assumptions.empty()) {
    std::cout << render(doc, format) << std::flush;
    return;
  }
  Document with_notes = doc;
  with_notes.notes.insert(with_notes.notes.begin(), assumptions.begin(), assumptions.end());
  std::cout << render(with_notes, format) << std::flush;
}

Format parse_format(const std::string& name) {
  if (name == "text") return Format::text;
  if (name == "json") return Format::json;
  if (name == "csv") return Format::csv;
  if (name == "markdown" || name == "md") return Format::markdown;
  throw InvalidArgumentError(
      "format", "unknown format '" + name + "' (expected text, json, csv or markdown)");
}

}  // namespace mlsysim::cli
