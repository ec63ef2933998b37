// `mlsysim zoo`: a zoo of the catalog as a table, sorted and filtered by any field.
#include "zoo.hpp"

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <map>

#include "commands.hpp"
#include "mlsysim/catalog/fields.hpp"
#include "mlsysim/catalog/names.hpp"
#include "mlsysim/mlsysim.hpp"
#include "session.hpp"

namespace mlsysim::cli {
namespace {

// A field's value goes straight into a table cell.
static_assert(std::is_same_v<FieldValue, Value>, "mlsysim::FieldValue is the CLI's cell Value");

struct Filter {
  std::string field;
  std::string op;
  std::string rhs;
};

Filter parse_filter(const std::string& expr) {
  static const char* kOps[] = {">=", "<=", "!=", "==", ">", "<", "~", "="};
  for (const char* op : kOps) {
    const auto pos = expr.find(op);
    if (pos == std::string::npos) continue;
    auto trim = [](std::string s) {
      while (!s.empty() && s.front() == ' ') s.erase(s.begin());
      while (!s.empty() && s.back() == ' ') s.pop_back();
      return s;
    };
    Filter f{trim(expr.substr(0, pos)), op, trim(expr.substr(pos + std::string(op).size()))};
    if (f.op == "=") f.op = "==";
    if (f.field.empty() || f.rhs.empty()) break;
    return f;
  }
  throw InvalidArgumentError("filter",
                             "'" + expr + "' is not FIELD OP VALUE (OP: < <= > >= == != ~)");
}

int compare(const Value& lhs, const std::string& rhs, const std::string& field) {
  if (const auto* q = std::get_if<Quantity>(&lhs)) {
    const Quantity r = Quantity::parse(rhs);
    if (r.dimension() != q->dimension()) {
      throw DimensionalityError("compare", field + " (" + q->str() + ")", q->dimension().str(), rhs,
                                r.dimension().str(), "with");
    }
    return *q < r ? -1 : (r < *q ? 1 : 0);
  }
  auto number = [&](double l) {
    std::size_t used = 0;
    double r = 0;
    try {
      r = std::stod(rhs, &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (used != rhs.size()) {
      throw InvalidArgumentError("filter", "'" + field + "' is a number; '" + rhs + "' is not");
    }
    return l < r ? -1 : (l > r ? 1 : 0);
  };
  if (const auto* d = std::get_if<double>(&lhs)) return number(*d);
  if (const auto* i = std::get_if<std::int64_t>(&lhs)) return number(static_cast<double>(*i));
  if (const auto* s = std::get_if<std::string>(&lhs))
    return s->compare(rhs) < 0 ? -1 : (*s == rhs ? 0 : 1);
  if (const auto* b = std::get_if<bool>(&lhs)) return (*b ? "true" : "false") == rhs ? 0 : 1;
  return 1;
}

bool matches(const CatalogEntry& e, const Filter& f) {
  const Value v = field_value(e, f.field);
  if (std::holds_alternative<std::monostate>(v)) return false;
  if (f.op == "~") {
    const auto* s = std::get_if<std::string>(&v);
    return s != nullptr && s->find(f.rhs) != std::string::npos;
  }
  const int c = compare(v, f.rhs, f.field);
  if (f.op == "==") return c == 0;
  if (f.op == "!=") return c != 0;
  if (f.op == "<") return c < 0;
  if (f.op == "<=") return c <= 0;
  if (f.op == ">") return c > 0;
  return c >= 0;
}

void check_field(const std::string& field, const std::vector<CatalogEntry>& entries) {
  std::vector<std::string> names;
  for (const auto& e : entries) {
    for (auto& n : field_names(e.kind())) {
      if (std::find(names.begin(), names.end(), n) == names.end()) names.push_back(n);
    }
  }
  std::string dotted = field;
  if (!dotted.empty() && dotted.front() == '/') dotted.erase(dotted.begin());
  std::replace(dotted.begin(), dotted.end(), '/', '.');
  if (std::find(names.begin(), names.end(), dotted) != names.end() || entries.empty()) return;
  const auto close = close_matches(dotted, names, 3);
  std::string hint;
  for (const auto& c : close) hint += (hint.empty() ? " (did you mean '" : "', '") + c;
  throw InvalidArgumentError("field",
                             "unknown field '" + field + "'" + (hint.empty() ? "" : hint + "'?)"));
}

}  // namespace

Table zoo_table(const Catalog& catalog, const ZooOptions& o) {
  static const std::map<std::string, std::string> kRoots{
      {"hardware", "Hardware"}, {"models", "Models"}, {"systems", "Systems"}, {"infra", "Infra"}};
  std::string prefix = kRoots.at(o.zoo);
  if (!o.tier.empty()) {
    prefix = o.tier.find('.') != std::string::npos ? o.tier : prefix + "." + path_segment(o.tier);
  }
  auto entries = catalog.in_namespace(prefix);
  if (o.zoo == "hardware" && o.tier.empty()) {
    std::erase_if(entries, [](const CatalogEntry& e) { return e.kind() != EntryKind::hardware; });
  }
  if (entries.empty()) {
    throw InvalidArgumentError("tier", "no entries under '" + prefix + "'");
  }
  std::vector<Filter> filters;
  for (const auto& f : o.filters) {
    filters.push_back(parse_filter(f));
    check_field(filters.back().field, entries);
  }
  std::erase_if(entries, [&](const CatalogEntry& e) {
    return std::any_of(filters.begin(), filters.end(),
                       [&](const Filter& f) { return !matches(e, f); });
  });
  if (!o.sort.empty()) {
    check_field(o.sort, entries);
    std::stable_sort(entries.begin(), entries.end(),
                     [&](const CatalogEntry& a, const CatalogEntry& b) {
                       const Value va = field_value(a, o.sort);
                       const Value vb = field_value(b, o.sort);
                       const bool ma = std::holds_alternative<std::monostate>(va);
                       const bool mb = std::holds_alternative<std::monostate>(vb);
                       if (ma || mb) return !ma && mb;  // missing values last
                       const auto* qa = std::get_if<Quantity>(&va);
                       const auto* qb = std::get_if<Quantity>(&vb);
                       bool less = false;
                       if (qa != nullptr && qb != nullptr && qa->dimension() == qb->dimension())
                         less = *qa < *qb;
                       else if (const auto* ia = std::get_if<std::int64_t>(&va))
                         less = *ia < std::get<std::int64_t>(vb);
                       else if (const auto* da = std::get_if<double>(&va))
                         less = *da < std::get<double>(vb);
                       else if (const auto* sa = std::get_if<std::string>(&va))
                         less = *sa < std::get<std::string>(vb);
                       return o.descending ? !less && !(va == vb) : less;
                     });
  }
  Table t;
  t.name = "entries";
  t.title = fmt::format("{} ({} entries)", prefix, entries.size());
  const bool devices = std::all_of(entries.begin(), entries.end(), [](const CatalogEntry& e) {
    return e.kind() == EntryKind::hardware;
  });
  if (o.zoo == "hardware" && devices) {
    t.keys = {"key",    "tier",      "name", "peak",       "precision",
              "memory", "bandwidth", "tdp",  "ridge_point"};
    t.labels = {"Key",    "Tier",      "Name", "Peak (dense)", "Prec",
                "Memory", "Bandwidth", "TDP",  "Ridge"};
    for (const auto& e : entries) {
      const auto* h = e.get_if<HardwareNode>();
      if (h == nullptr) continue;
      t.rows.push_back({std::string(h->info.key), std::string(to_string(h->tier)),
                        std::string(h->info.name), h->compute.peak_flops,
                        std::string(precision_name(h->compute.default_precision)),
                        h->memory.capacity, h->memory.bandwidth, h->power.tdp, h->ridge_point()});
    }
  } else if (o.zoo == "models") {
    t.keys = {"key",   "family", "architecture", "parameters", "active_parameters",
              "flops", "basis",  "layers"};
    t.labels = {"Key", "Family", "Arch", "Params", "Active", "FLOPs", "Per", "Layers"};
    for (const auto& e : entries) {
      const auto& m = e.as<Workload>();
      const auto path = std::string(m.info.path);
      t.rows.push_back(
          {std::string(m.info.key), path.substr(7, path.rfind('.') - 7),
           std::string(to_string(m.architecture)), static_cast<std::int64_t>(m.parameters),
           m.active_parameters ? Value(*m.active_parameters) : Value(),
           m.inference_flops ? Value(*m.inference_flops) : Value(),
           std::string(to_string(m.flops_basis)), m.layers ? Value(*m.layers) : Value()});
    }
  } else {
    t.keys = {"path", "kind", "name", "summary"};
    t.labels = {"Entry", "Kind", "Name", "Summary"};
    for (const auto& e : entries) {
      std::string summary;
      if (const auto* f = e.get_if<Fleet>()) {
        summary = fmt::format("{} x {} ({} x {}) on {}", f->count, f->node->info.key,
                              f->node->accelerators_per_node, f->node->accelerator->info.key,
                              f->fabric->info.key);
      } else if (const auto* n = e.get_if<Node>()) {
        summary = fmt::format("{} x {}", n->accelerators_per_node, n->accelerator->info.key);
      } else if (const auto* fb = e.get_if<NetworkFabric>()) {
        summary = fmt::format("{}, {}", fb->bandwidth.str(), fb->latency.str());
      } else if (const auto* g = e.get_if<GridProfile>()) {
        summary = fmt::format("{} ({})", g->carbon_intensity.str(), g->data_year);
        if (g->electricity_price) summary += ", " + g->electricity_price->str();
      } else if (const auto* d = e.get_if<Datacenter>()) {
        summary = fmt::format("grid {}", d->grid->info.key);
        if (d->pue) summary += fmt::format(", PUE {}", *d->pue);
      } else if (const auto* c = e.get_if<CoolingProfile>()) {
        summary = fmt::format("PUE {}, WUE {}", c->pue, c->wue.str());
      } else if (const auto* p = e.get_if<Pod>()) {
        summary = fmt::format("{} x {}", p->chips, p->accelerator->info.key);
      } else if (const auto* te = e.get_if<TechEntry>()) {
        for (const auto* q : {&te->bandwidth, &te->latency, &te->energy_per_access,
                              &te->energy_per_byte, &te->energy_per_op}) {
          if (*q) summary += (summary.empty() ? "" : ", ") + fmt::format("{:.4g}", **q);
        }
      } else if (const auto* r = e.get_if<Rack>()) {
        summary = fmt::format("{} x {}", r->nodes_per_rack, r->node->info.key);
      } else if (const auto* sw = e.get_if<NetworkSwitch>()) {
        summary = fmt::format("{} x {}, {} ({})", sw->radix, sw->port_speed.str(),
                              sw->capacity.str(), to_string(sw->capacity_direction));
      } else if (const auto* pt = e.get_if<Partition>()) {
        summary =
            fmt::format("{} of {}: {}/{} compute, {}/{} memory, {}", pt->profile,
                        pt->parent->info.key, pt->compute_fraction.num, pt->compute_fraction.den,
                        pt->memory_fraction.num, pt->memory_fraction.den, pt->memory.str());
      } else if (const auto* st = e.get_if<StorageTier>()) {
        summary =
            fmt::format("{}: read {}, write {} {}", to_string(st->storage_class),
                        st->read_bandwidth.str(), st->write_bandwidth.str(), to_string(st->basis));
      } else if (const auto* fs = e.get_if<FailureStudy>()) {
        summary = fmt::format("{} interruptions, {} accelerators on {} hosts, {}",
                              fs->unexpected_interruptions, fs->accelerators, fs->hosts,
                              fs->duration.str());
      }
      t.rows.push_back({std::string(e.info().path), std::string(kind_name(e.kind())),
                        std::string(e.info().name), summary});
    }
  }
  return t;
}

namespace {

class ZooCommand {
 public:
  ZooCommand(CLI::App& app, CLI::App& /*plot*/) {
    auto& o = o_;
    cmd_ = app.add_subcommand("zoo", "list a zoo as a table");
    cmd_->add_option("zoo", o.zoo, "hardware, models, systems or infra")
        ->check(CLI::IsMember({"hardware", "models", "systems", "infra"}));
    cmd_->add_option("--tier", o.tier,
                     "hardware tier or namespace prefix (cloud, edge, Models.Language, ...)");
    cmd_->add_option("--sort", o.sort, "field to sort by (memory.bandwidth, parameters, ...)");
    cmd_->add_flag("--desc", o.descending, "sort descending");
    cmd_->add_option(
        "--filter", o.filters,
        "FIELD OP VALUE, e.g. \"memory.capacity >= 80 GB\" (repeatable; OP: < <= > >= == != ~)");
    cmd_->footer(
        "Examples:\n  mlsysim zoo hardware --tier cloud --sort compute.peak_flops --desc\n  "
        "mlsysim zoo infra --sort carbon_intensity");
  }
  [[nodiscard]] std::string parsed() const { return cmd_->parsed() ? "zoo" : ""; }
  [[nodiscard]] int run(const std::string& /*command*/, const Options& global) const {
    const Session s(global);
    Document doc{"zoo", {}, {}};
    doc.sections.emplace_back(zoo_table(s.catalog(), o_));
    print(doc, global.format);
    return 0;
  }

 private:
  ZooOptions o_;
  CLI::App* cmd_ = nullptr;
};

}  // namespace

std::unique_ptr<Module> make_zoo_module(CLI::App& app, CLI::App& plot) {
  return make_module<ZooCommand>(app, plot);
}

}  // namespace mlsysim::cli
