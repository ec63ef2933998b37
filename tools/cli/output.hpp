// Output documents of the mlsysim CLI: records and tables rendered as text, JSON, CSV or
// Markdown. JSON quantities are {"value": 312, "unit": "TFLOP/s"}; no NaN or infinity is ever
// written (a non-finite number is a bug and throws).
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "mlsysim/units/quantity.hpp"

namespace mlsysim::cli {

enum class Format { text, json, csv, markdown };

/// A cell: text, a number, a boolean, a quantity, or nothing.
using Value = std::variant<std::monostate, std::string, double, std::int64_t, bool, Quantity>;

struct Field {
  std::string key;    ///< JSON key: snake_case
  std::string label;  ///< text label
  Value value;
};

/// A titled list of key/value fields (one object in JSON).
struct Record {
  std::string name;   ///< JSON key of the section
  std::string title;  ///< text heading
  std::vector<Field> fields;
  bool exact = false;  ///< text/markdown: quantities in their own unit, not rescaled
  Record& add(std::string key, std::string label, Value v) {
    fields.push_back({std::move(key), std::move(label), std::move(v)});
    return *this;
  }
};

/// A titled table (an array of objects in JSON).
struct Table {
  std::string name;
  std::string title;
  std::vector<std::string> keys;    ///< JSON keys
  std::vector<std::string> labels;  ///< column headings
  std::vector<std::vector<Value>> rows;
};

struct Document {
  std::string command;  ///< "eval", "zoo", ...
  std::vector<std::variant<Record, Table>> sections;
  std::vector<std::string> notes;  ///< free-text lines (text/markdown only; JSON "notes")
};

/// Renders `doc` in `format`.
[[nodiscard]] std::string render(const Document& doc, Format format);
/// Writes `doc` to stdout in `format`, with `assumptions` (what the run assumed for the user)
/// as its first notes. The only way a command writes its result.
void print(const Document& doc, Format format, const std::vector<std::string>& assumptions = {});
/// Parses "text", "json", "csv", "markdown"; throws InvalidArgumentError.
[[nodiscard]] Format parse_format(const std::string& name);

}  // namespace mlsysim::cli
