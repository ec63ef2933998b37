// aliases.json: alternative dotted paths for entries, and the rules an alias must keep (a dotted
// path of identifiers, not an entry's path, not taking over or shadowing a built-in name).
#include "json_reader.hpp"
#include "load_context.hpp"

namespace mlsysim::catalog_detail {

namespace fs = std::filesystem;

namespace {

std::string last_segment(std::string_view path) {
  const auto dot = path.rfind('.');
  return std::string(dot == std::string_view::npos ? path : path.substr(dot + 1));
}

}  // namespace

void load_aliases(LoadContext& ctx, const fs::path& path) {
  ctx.aliases_file = ctx.display("aliases.json");
  std::error_code ec;
  if (!fs::exists(fs::symlink_status(path, ec))) return;
  const auto parsed =
      read_json_object(path, ctx.aliases_file, " of alias -> target paths", ctx.diagnostics);
  if (!parsed) return;
  for (const auto& [alias, target] : parsed->items()) {
    if (!target.is_string()) {
      ctx.diag(ctx.aliases_file, "/" + alias, "expected a dotted path, got " + json_type(target));
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
      ctx.diag(ctx.aliases_file, "/" + alias,
               "alias '" + alias + "' is not a dotted path of identifiers");
      continue;
    }
    ctx.alias_pairs.emplace_back(alias, target.get<std::string>());
  }
}

void register_aliases(LoadContext& ctx, const std::map<std::string, CatalogEntry, std::less<>>& all,
                      std::map<std::string, std::string, std::less<>>& aliases,
                      const std::map<std::string, std::set<std::string>, std::less<>>& base_keys) {
  for (const auto& [alias, target] : ctx.alias_pairs) {
    if (all.count(alias) != 0) {
      ctx.diag(ctx.aliases_file, "/" + alias, "alias '" + alias + "' is also the path of an entry");
      continue;
    }
    if (const auto a = aliases.find(alias); a != aliases.end() && a->second != target) {
      ctx.diag(ctx.aliases_file, "/" + alias,
               "alias '" + alias + "' is already a built-in alias of '" + a->second + "'");
      continue;
    }
    if (const auto k = base_keys.find(last_segment(alias));
        k != base_keys.end() && (k->second.size() > 1 || *k->second.begin() != target)) {
      ctx.diag(ctx.aliases_file, "/" + alias,
               "alias '" + alias + "' would make '" + last_segment(alias) +
                   "' ambiguous: it names '" + *k->second.begin() + "' in the built-in catalog");
      continue;
    }
    if (all.count(target) == 0) {
      std::vector<std::string> paths;
      for (const auto& [p, e] : all) paths.push_back(p);
      ctx.diag(ctx.aliases_file, "/" + alias,
               "alias target '" + target + "' is not an entry" + did_you_mean(target, paths));
      continue;
    }
    aliases.insert_or_assign(alias, target);
    ctx.result.aliases.push_back({ctx.storage().intern(alias), ctx.storage().intern(target)});
  }
}

}  // namespace mlsysim::catalog_detail
