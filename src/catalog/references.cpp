// Reference resolution: every dotted path an entry names (`"node": "Systems.Nodes.DGX_H100"`)
// becomes a pointer to an entry of the expected kind, through aliases; and an overlay may not
// take over or shadow a name of the base catalog.
#include "load_context.hpp"

namespace mlsysim::catalog_detail {

void resolve_references(LoadContext& ctx) {
  // Everything a reference may name: the base catalog, then this directory (which wins).
  std::map<std::string, CatalogEntry, std::less<>> all;
  std::map<std::string, std::string, std::less<>> aliases;
  if (ctx.base != nullptr) {
    for (const auto& e : ctx.base->entries()) all.emplace(std::string(e.info().path), e);
    for (const auto& a : ctx.base->aliases()) aliases.emplace(std::string(a.path), a.target);
  }
  // Names the base catalog resolves: a new entry or alias may not take them over, or make them
  // ambiguous ("H100" -> A100 would make `show H100` print the A100).
  auto last_segment = [](std::string_view path) {
    const auto dot = path.rfind('.');
    return std::string(dot == std::string_view::npos ? path : path.substr(dot + 1));
  };
  std::map<std::string, std::set<std::string>, std::less<>> base_keys;  // key -> paths
  if (ctx.base != nullptr) {
    for (const auto& e : ctx.base->entries()) {
      base_keys[std::string(e.info().key)].insert(std::string(e.info().path));
    }
    for (const auto& a : ctx.base->aliases())
      base_keys[last_segment(a.path)].insert(std::string(a.target));
  }
  for (const auto& [path, entry] : ctx.by_path) {
    if (const auto a = aliases.find(path); a != aliases.end()) {
      ctx.diag(entry.second, "/key",
               "entry '" + path + "' takes the name of the built-in alias of '" + a->second +
                   "': choose another key");
      continue;
    }
    const std::string key(entry.first.info().key);
    if (const auto k = base_keys.find(key); k != base_keys.end() && k->second.count(path) == 0) {
      ctx.diag(
          entry.second, "/key",
          "key '" + key + "' already names '" + *k->second.begin() +
              "' in the built-in catalog: choose another key (an entry that replaces a built-in "
              "one uses its path)");
    }
  }
  for (const auto& [path, entry] : ctx.by_path) all.insert_or_assign(path, entry.first);
  register_aliases(ctx, all, aliases, base_keys);
  std::vector<std::string> paths;
  for (const auto& [p, e] : all) paths.push_back(p);
  for (const auto& ref : ctx.pending) {
    std::string target = ref.target;
    if (const auto a = aliases.find(target); a != aliases.end()) target = a->second;
    const auto it = all.find(target);
    if (it == all.end()) {
      ctx.diag(ref.file, ref.pointer,
               "unknown entry '" + ref.target + "'" + did_you_mean(ref.target, paths));
      continue;
    }
    if (it->second.kind() != ref.kind) {
      ctx.diag(ref.file, ref.pointer,
               "'" + ref.target + "' is " + std::string(kind_noun(it->second.kind())) +
                   ", expected " + std::string(kind_noun(ref.kind)));
      continue;
    }
    ref.assign(it->second);
  }
  // Checks that need the referenced entry.
  for (const auto& [path, entry] : ctx.by_path) {
    if (const auto* p = entry.first.get_if<Partition>()) {
      check_resolved(*p, ctx.diagnostics, entry.second);
    }
  }
}

}  // namespace mlsysim::catalog_detail
