// One entry file: the folder decides the kind and namespace, then kind, key, name and provenance
// are read here and the typed fields through the schema visitor.
#include <algorithm>
#include <iterator>

#include "../util/text.hpp"
#include "load_visitor.hpp"

namespace mlsysim::catalog_detail {
namespace {

namespace fs = std::filesystem;

/// Which kind of entry lives in a folder: `hardware/<tier>/` (one rule per tier of
/// vocabulary.def), `hardware/tech/<category>/`, `models/<family>/`, `systems/nodes/`...
struct FolderRule {
  std::string_view zoo;
  std::string_view folder;  ///< empty: any sub-folder
  EntryKind kind;
};
// clang-format off
constexpr FolderRule kFolders[] = {
#define MLSYSIM_TIER(name) {"hardware", #name, EntryKind::hardware},
#include "mlsysim/vocabulary.def"
    {"hardware", "tech", EntryKind::tech},
    {"hardware", "partitions", EntryKind::partition},
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
    {"systems", "switches", EntryKind::network_switch},
    {"infra", "storage", EntryKind::storage_tier},
    {"infra", "reliability", EntryKind::failure_study},
};
// clang-format on

template <class T>
void load_typed(LoadContext& ctx, const std::string& file, const json& root, EntryInfo info) {
  T& entry = ctx.storage().list<T>().emplace_back();
  entry.info = info;
  LoadVisitor v(ctx, file, root, "");
  for (auto k : {"kind", "key", "name", "source", "field_sources", "notes", "$schema"}) {
    v.consume(k);
  }
  schema::visit(v, entry);
  v.finish();
  check_entry(entry, ctx.diagnostics, file);
  if constexpr (std::is_same_v<T, Workload>) {
    if (root.contains("inference_flops") && !root.contains("flops_basis")) {
      ctx.diag(file, "/flops_basis",
               "missing required field 'flops_basis' (inference_flops needs it: per_token, "
               "per_sample, per_sequence or per_step)");
    }
  }
  const std::string path(info.path);
  if (const auto it = ctx.by_path.find(path); it != ctx.by_path.end()) {
    ctx.diag(file, "", "duplicate entry '" + path + "': also defined in " + it->second.second);
    return;
  }
  ctx.by_path.emplace(path, std::pair{CatalogEntry(&entry), file});
  ctx.result.entries.emplace_back(&entry);
}

}  // namespace

void load_entry(LoadContext& ctx, const fs::path& rel) {
  const std::string file = ctx.display(rel);
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
    ctx.diag(
        file, "",
        "not in a catalog folder: entries live in hardware/<tier>/, hardware/tech/<category>/, "
        "hardware/partitions/, models/<family>/, "
        "systems/{nodes,fabrics,clusters,racks,pods,tiers,switches}/ or "
        "infra/{grids,datacenters,cooling,storage,reliability}/");
    return;
  }
  for (const auto& s : segments) {
    if (!is_identifier(path_segment(s))) {
      ctx.diag(file, "", "folder '" + s + "' does not make a C++ namespace name");
      return;
    }
  }

  const auto parsed = read_json_object(ctx.dir / rel, file, "", ctx.diagnostics);
  if (!parsed) return;
  const json& root = *parsed;

  // kind
  const auto kind_it = root.find("kind");
  if (kind_it == root.end()) {
    ctx.diag(file, "",
             "missing required field 'kind' (expected '" + std::string(to_string(rule->kind)) +
                 "' in this folder)");
    return;
  }
  if (!kind_it->is_string()) {
    ctx.diag(file, "/kind", "expected a string, got " + json_type(*kind_it));
    return;
  }
  const auto kind = try_parse<EntryKind>(kind_it->get<std::string>());
  if (!kind) {
    const std::vector<std::string> names(std::begin(EnumNames<EntryKind>::names),
                                         std::end(EnumNames<EntryKind>::names));
    ctx.diag(file, "/kind",
             "unknown kind '" + kind_it->get<std::string>() + "'" +
                 did_you_mean(kind_it->get<std::string>(), names));
    return;
  }
  if (*kind != rule->kind) {
    ctx.diag(file, "/kind",
             "kind '" + kind_it->get<std::string>() + "' does not belong in folder '" +
                 segments[0] + "/" + segments[1] + "' (expected '" +
                 std::string(to_string(rule->kind)) + "')");
    return;
  }

  // key
  EntryInfo info;
  const auto key_it = root.find("key");
  if (key_it == root.end() || !key_it->is_string()) {
    ctx.diag(file, key_it == root.end() ? "" : "/key",
             key_it == root.end() ? "missing required field 'key'" : "expected a string");
  } else {
    const auto key = key_it->get<std::string>();
    if (!is_identifier(key)) {
      ctx.diag(file, "/key", "key '" + key + "' is not a valid C++ identifier");
    } else if (key != stem) {
      ctx.diag(file, "/key", "key '" + key + "' does not match the file name '" + stem + ".json'");
    }
  }
  if (!is_identifier(stem)) {
    if (key_it == root.end())
      ctx.diag(file, "", "file name '" + stem + "' is not a C++ identifier");
    return;
  }
  std::string path;
  for (const auto& s : segments) path += path_segment(s) + ".";
  path += stem;
  info.key = ctx.storage().intern(stem);
  info.path = ctx.storage().intern(path);
  info.file = ctx.storage().intern(rel.generic_string());

  // name
  if (const auto it = root.find("name"); it == root.end()) {
    ctx.diag(file, "", "missing required field 'name'");
  } else if (!it->is_string() || it->get<std::string>().empty()) {
    ctx.diag(file, "/name", "expected a non-empty string, got " + json_type(*it));
  } else {
    info.name = ctx.storage().intern(it->get<std::string>());
  }
  if (const auto it = root.find("notes"); it != root.end()) {
    if (it->is_string())
      info.notes = ctx.storage().intern(it->get<std::string>());
    else
      ctx.diag(file, "/notes", "expected a string, got " + json_type(*it));
  }

  // provenance
  if (const auto it = root.find("source"); it == root.end()) {
    ctx.diag(file, "",
             "missing provenance: every entry needs 'source' naming a record of sources.json");
  } else if (!it->is_string()) {
    ctx.diag(file, "/source", "expected a source id, got " + json_type(*it));
  } else if (const Source* s = ctx.find_source(it->get<std::string>()); s == nullptr) {
    ctx.diag(file, "/source",
             "unknown source '" + it->get<std::string>() + "'" +
                 did_you_mean(it->get<std::string>(), ctx.source_ids()));
  } else {
    info.source = s;
  }
  if (const auto it = root.find("field_sources"); it != root.end()) {
    if (!it->is_object()) {
      ctx.diag(file, "/field_sources", "expected an object of JSON Pointer -> source id");
    } else {
      auto& list = ctx.storage().field_sources.emplace_back();
      for (const auto& [pointer, id] : it->items()) {
        const std::string ptr = "/field_sources/" + pointer;
        bool exists = false;
        try {
          exists = pointer.starts_with("/") && root.contains(json::json_pointer(pointer));
        } catch (const json::exception&) {
          exists = false;
        }
        if (!exists) {
          ctx.diag(file, ptr, "'" + pointer + "' is not a field of this entry");
          continue;
        }
        if (!id.is_string()) {
          ctx.diag(file, ptr, "expected a source id, got " + json_type(id));
          continue;
        }
        const Source* s = ctx.find_source(id.get<std::string>());
        if (s == nullptr) {
          ctx.diag(file, ptr,
                   "unknown source '" + id.get<std::string>() + "'" +
                       did_you_mean(id.get<std::string>(), ctx.source_ids()));
          continue;
        }
        list.push_back({ctx.storage().intern(pointer), s});
      }
      std::sort(list.begin(), list.end(),
                [](const FieldSource& a, const FieldSource& b) { return a.pointer < b.pointer; });
      info.field_sources = list;
    }
  }

  schema::with_kind(
      *kind, [&](auto type) { load_typed<typename decltype(type)::type>(ctx, file, root, info); });
  if (*kind == EntryKind::hardware) {
    // The folder rule matched, so the folder is a tier of vocabulary.def.
    if (const auto tier = try_parse<Tier>(util::lower(segments[1]))) {
      ctx.storage().list<HardwareNode>().back().tier = *tier;
    }
  } else if (*kind == EntryKind::tech) {
    const auto& t = ctx.storage().list<TechEntry>().back();
    const std::string want = segments.size() >= 3 ? util::lower(segments[2]) : "";
    if (schema::enum_name(t.category) != want) {
      ctx.diag(file, "/category",
               "category '" + std::string(schema::enum_name(t.category)) +
                   "' does not match the folder 'hardware/tech/" + want + "'");
    }
  }
}

}  // namespace mlsysim::catalog_detail
