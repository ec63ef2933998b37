// Strict JSON reading: bounded regular files, duplicate keys, nesting depth.
#include "json_reader.hpp"

#include <fstream>
#include <set>

#include "loader.hpp"

namespace mlsysim::catalog_detail {

namespace fs = std::filesystem;

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

std::string json_type(const json& j) {
  if (j.is_string()) return "string " + j.dump();
  if (j.is_boolean()) return std::string("boolean ") + (j.get<bool>() ? "true" : "false");
  if (j.is_number()) return "number " + j.dump();
  if (j.is_null()) return "null";
  if (j.is_array()) return "array";
  return "object";
}

namespace {

struct TooDeep {};

}  // namespace

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

std::optional<json> read_json_object(const fs::path& path, const std::string& file,
                                     std::string_view root,
                                     std::vector<CatalogDiagnostic>& diagnostics) {
  std::string text;
  if (auto problem = read_bounded(path, text)) {
    diagnostics.push_back({file, "", *problem});
    return std::nullopt;
  }
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
    diagnostics.push_back({file, "", "empty file"});
    return std::nullopt;
  }
  auto parsed = parse_strict(text);
  if (!parsed.error.empty()) {
    diagnostics.push_back({file, parsed.error_ptr, parsed.error});
    return std::nullopt;
  }
  if (!parsed.value.is_object()) {
    diagnostics.push_back(
        {file, "",
         "root must be a JSON object" + std::string(root) + ", got " + json_type(parsed.value)});
    return std::nullopt;
  }
  return std::move(parsed.value);
}

}  // namespace mlsysim::catalog_detail
