#include "output.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <nlohmann/json.hpp>

#include "mlsysim/errors.hpp"

namespace mlsysim::cli {
namespace {

using ordered_json = nlohmann::ordered_json;

std::string number(double x) {
  if (!std::isfinite(x)) throw std::logic_error("non-finite number in output (a bug: please report it)");
  return fmt::format("{:.6g}", x);
}

std::string quantity_text(const Quantity& q) {
  const double v = q.value();
  if (!std::isfinite(v)) throw std::logic_error("non-finite quantity in output (a bug: please report it)");
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

ordered_json json_value(const Value& v) {
  return std::visit(
      [](const auto& x) -> ordered_json {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, std::monostate>)
          return nullptr;
        else if constexpr (std::is_same_v<T, std::string>)
          return x;
        else if constexpr (std::is_same_v<T, double>) {
          if (!std::isfinite(x)) throw std::logic_error("non-finite number in output (a bug: please report it)");
          return x;
        } else if constexpr (std::is_same_v<T, std::int64_t>)
          return x;
        else if constexpr (std::is_same_v<T, bool>)
          return x;
        else {
          const double value = x.value();
          if (!std::isfinite(value)) throw std::logic_error("non-finite quantity in output (a bug: please report it)");
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
      for (const auto& f : r->fields) {
        out += fmt::format("  {:<{}}  {}\n", f.label, width, text(f.value));
      }
    } else {
      const auto& t = std::get<Table>(section);
      if (!t.title.empty()) out += t.title + "\n";
      std::vector<std::size_t> widths(t.labels.size());
      std::vector<std::vector<std::string>> cells;
      for (std::size_t c = 0; c < t.labels.size(); ++c) widths[c] = t.labels[c].size();
      for (const auto& row : t.rows) {
        auto& line = cells.emplace_back();
        for (std::size_t c = 0; c < row.size(); ++c) {
          std::string cell = text(row[c]);
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
      for (const auto& f : r->fields)
        out += "| " + md_cell(f.label) + " | " + md_cell(text(f.value)) + " |\n";
    } else {
      const auto& t = std::get<Table>(section);
      if (!t.title.empty()) out += "### " + t.title + "\n\n";
      out += "|";
      for (const auto& l : t.labels) out += " " + md_cell(l) + " |";
      out += "\n|";
      for (std::size_t i = 0; i < t.labels.size(); ++i) out += "---|";
      out += "\n";
      for (const auto& row : t.rows) {
        out += "|";
        for (const auto& v : row) out += " " + md_cell(text(v)) + " |";
        out += "\n";
      }
    }
  }
  for (const auto& n : doc.notes) out += "\n" + n + "\n";
  return out;
}

std::string render_csv(const Document& doc) {
  // CSV holds one table per document: tables as rows, records as key,value rows.
  std::string out;
  for (const auto& section : doc.sections) {
    if (const auto* r = std::get_if<Record>(&section)) {
      if (out.empty()) out += "section,field,value\n";
      for (const auto& f : r->fields)
        out += csv_cell(r->name) + "," + csv_cell(f.key) + "," + csv_cell(text(f.value)) + "\n";
    } else {
      const auto& t = std::get<Table>(section);
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

Format parse_format(const std::string& name) {
  if (name == "text") return Format::text;
  if (name == "json") return Format::json;
  if (name == "csv") return Format::csv;
  if (name == "markdown" || name == "md") return Format::markdown;
  throw InvalidArgumentError(
      "format", "unknown format '" + name + "' (expected text, json, csv or markdown)");
}

}  // namespace mlsysim::cli
