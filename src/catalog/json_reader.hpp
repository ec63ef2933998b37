// Strict JSON reading for the catalog loader: bounded regular files, duplicate keys refused, a
// nesting limit, and the JSON type named in messages.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mlsysim/errors.hpp"

namespace mlsysim::catalog_detail {

using json = nlohmann::json;

/// `string "x"`, `number 3`, `boolean true`, `null`, `array` or `object`, for messages.
[[nodiscard]] std::string json_type(const json& j);

/// The result of parse_strict: the value, or an error (and the JSON Pointer of the object with a
/// duplicate key).
struct StrictParse {
  json value;
  std::string error;      ///< empty on success
  std::string error_ptr;  ///< JSON Pointer of the object with a duplicate key
};

/// Parses JSON, rejecting duplicate keys in any object and nesting deeper than kMaxJsonDepth.
[[nodiscard]] StrictParse parse_strict(const std::string& text);

/// Reads `path` as a JSON object, diagnosing (as `file`) an unreadable or oversized file, an
/// empty file, malformed JSON, duplicate keys and a non-object root; nullopt after a diagnostic.
/// `root` names what the object holds (" of source records").
[[nodiscard]] std::optional<json> read_json_object(const std::filesystem::path& path,
                                                   const std::string& file, std::string_view root,
                                                   std::vector<CatalogDiagnostic>& diagnostics);

}  // namespace mlsysim::catalog_detail
