#include "commands.hpp"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <iostream>
#include <map>
#include <optional>

#include "catalog/loader.hpp"
#include "catalog/schema.hpp"
#include "checks.hpp"
#include "fields.hpp"
#include "mlsysim/mlsysim.hpp"
#include "mlsysim/units/format.hpp"
#include "plot.hpp"

namespace mlsysim::cli {
namespace {

using namespace solvers;

/// The catalog the command works on: built-in, or built-in plus --catalog.
class Session {
 public:
  explicit Session(const Options& o) {
    if (!o.catalog_dir.empty()) overlay_.emplace(Catalog::load(o.catalog_dir));
  }
  [[nodiscard]] const Catalog& catalog() const { return overlay_ ? *overlay_ : mlsysim::catalog(); }
  template <class T>
  [[nodiscard]] const T& get(const std::string& name) const {
    return catalog().get<T>(name);
  }

 private:
  std::optional<Catalog> overlay_;
};

/// Assumptions check_options made for this run (echoed as notes in every document printed).
std::vector<std::string>& run_assumptions() {
  static std::vector<std::string> notes;
  return notes;
}

void print(const Document& doc, Format f) {
  if (run_assumptions().empty()) {
    std::cout << render(doc, f) << std::flush;
    return;
  }
  Document with_notes = doc;
  with_notes.notes.insert(with_notes.notes.begin(), run_assumptions().begin(),
                          run_assumptions().end());
  std::cout << render(with_notes, f) << std::flush;
}

Precisions precisions(const Options& o, const HardwareNode& hw) {
  Precisions p;
  p.compute = o.precision.empty() ? hw.compute.default_precision : parse_precision(o.precision);
  // Integer-only devices run int8 weights and activations; floating ones keep 16-bit defaults.
  const bool integer = p.compute == Precision::int8 || p.compute == Precision::int4;
  p.weights = o.weights_precision.empty()
                  ? (integer ? p.compute
                             : (p.compute == Precision::fp8 || p.compute == Precision::fp4
                                    ? p.compute
                                    : Precision::bf16))
                  : parse_precision(o.weights_precision);
  p.activations = integer ? Precision::int8 : Precision::bf16;
  p.kv_cache = o.kv_precision.empty() ? (integer ? Precision::int8 : Precision::bf16)
                                      : parse_precision(o.kv_precision);
  return p;
}

std::string wall_text(Wall w) { return std::string(wall_name(w)); }

// ---- zoo ----------------------------------------------------------------------------------

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
  const auto close = catalog_detail::close_matches(dotted, names, 3);
  std::string hint;
  for (const auto& c : close) hint += (hint.empty() ? " (did you mean '" : "', '") + c;
  throw InvalidArgumentError("field",
                             "unknown field '" + field + "'" + (hint.empty() ? "" : hint + "'?)"));
}

int zoo(const Session& s, const Options& o) {
  static const std::map<std::string, std::string> kRoots{
      {"hardware", "Hardware"}, {"models", "Models"}, {"systems", "Systems"}, {"infra", "Infra"}};
  std::string prefix = kRoots.at(o.zoo);
  if (!o.tier.empty()) {
    prefix = o.tier.find('.') != std::string::npos
                 ? o.tier
                 : prefix + "." + catalog_detail::pascal_case(o.tier);
  }
  auto entries = s.catalog().in_namespace(prefix);
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
  Document doc{"zoo", {}, {}};
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
      static const char* kTiers[] = {"cloud", "workstation", "mobile", "edge", "tiny"};
      t.rows.push_back({std::string(h->info.key), std::string(kTiers[static_cast<int>(h->tier)]),
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
           std::string(schema::enum_name(m.architecture)), static_cast<std::int64_t>(m.parameters),
           m.active_parameters ? Value(*m.active_parameters) : Value(),
           m.inference_flops ? Value(*m.inference_flops) : Value(),
           std::string(schema::enum_name(m.flops_basis)), m.layers ? Value(*m.layers) : Value()});
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
      }
      t.rows.push_back({std::string(e.info().path), std::string(kind_name(e.kind())),
                        std::string(e.info().name), summary});
    }
  }
  doc.sections.emplace_back(std::move(t));
  print(doc, o.format);
  return 0;
}

// ---- show / convert / audit / validate -----------------------------------------------------

/// The file an entry was read from: the overlay's file when --catalog supplied it.
std::string entry_file(const Options& o, const EntryInfo& info) {
  if (!o.catalog_dir.empty()) {
    const std::filesystem::path overlay = std::filesystem::path(o.catalog_dir) / info.file;
    std::error_code ec;
    if (std::filesystem::is_regular_file(overlay, ec)) return overlay.generic_string();
  }
  return "catalog/" + std::string(info.file);
}

int show(const Session& s, const Options& o) {
  const CatalogEntry& e = s.catalog().find(o.entry);
  const auto& info = e.info();
  Document doc{"show", {}, {}};
  Record r{"entry", std::string(info.path), {}};
  r.add("key", "Key", std::string(info.key))
      .add("path", "Path", std::string(info.path))
      .add("kind", "Kind", std::string(kind_name(e.kind())))
      .add("name", "Name", std::string(info.name))
      .add("file", "File", entry_file(o, info))
      .add("source", "Source", std::string(info.source->title))
      .add("source_url", "URL",
           info.source->url.empty() ? Value() : Value(std::string(info.source->url)));
  if (!info.notes.empty()) r.add("notes", "Notes", std::string(info.notes));
  doc.sections.emplace_back(std::move(r));
  Table t{"fields", "Fields", {"field", "value", "source"}, {"Field", "Value", "Source"}, {}};
  for (const auto& f : fields_of(e)) {
    std::string field = f.pointer.substr(1);
    std::replace(field.begin(), field.end(), '/', '.');
    t.rows.push_back(
        {field, f.value, f.source != nullptr ? Value(std::string(f.source->id)) : Value()});
  }
  doc.sections.emplace_back(std::move(t));
  print(doc, o.format);
  return 0;
}

int convert(const Options& o) {
  const Quantity q = Quantity::parse(o.quantity);
  const Quantity out = q.to(o.unit);
  Document doc{"convert", {}, {}};
  Record r{"conversion", "", {}};
  r.add("input", "Input", q)
      .add("output", "Output", out)
      .add("dimension", "Dimension", q.dimension().str());
  doc.sections.emplace_back(std::move(r));
  print(doc, o.format);
  return 0;
}

int audit(const Session& s, const Options& o) {
  const auto findings = s.catalog().audit(today(), o.months);
  Document doc{"audit", {}, {}};
  Table t{
      "findings",
      fmt::format("{} finding(s) over {} sources", findings.size(), s.catalog().sources().size()),
      {"reason", "source", "verified", "entries", "used_by"},
      {"Reason", "Source", "Verified", "Entries", "Used by"},
      {}};
  for (const auto& f : findings) {
    static const char* kReason[] = {"stale", "estimate", "unconfirmed"};
    std::string used;
    for (std::size_t i = 0; i < f.used_by.size() && i < 3; ++i)
      used += (i ? ", " : "") + f.used_by[i];
    if (f.used_by.size() > 3) used += fmt::format(" +{}", f.used_by.size() - 3);
    t.rows.push_back({std::string(kReason[static_cast<int>(f.reason)]), std::string(f.source->id),
                      fmt::format("{:04}-{:02}-{:02}", f.source->verified.year,
                                  f.source->verified.month, f.source->verified.day),
                      static_cast<std::int64_t>(f.used_by.size()), used});
  }
  doc.sections.emplace_back(std::move(t));
  print(doc, o.format);
  return 0;
}

int validate(const Options& o) {
  const Catalog c = Catalog::load(o.validate_dir);  // throws CatalogError: exit 3 with every defect
  std::size_t added = 0;
  std::size_t replaced = 0;
  for (const auto& e : c.entries()) {
    const auto* builtin = catalog().try_find(e.info().path);
    if (builtin == nullptr)
      ++added;
    else if (builtin->pointer() != e.pointer())
      ++replaced;
  }
  Document doc{"validate", {}, {}};
  Record r{"result", "catalog is valid", {}};
  r.add("directory", "Directory", o.validate_dir)
      .add("valid", "Valid", true)
      .add("entries", "Entries", static_cast<std::int64_t>(c.entries().size()))
      .add("added", "Added", static_cast<std::int64_t>(added))
      .add("replaced", "Replaced or re-pointed", static_cast<std::int64_t>(replaced));
  doc.sections.emplace_back(std::move(r));
  print(doc, o.format);
  return 0;
}

// ---- solvers ------------------------------------------------------------------------------

Record memory_record(const MemoryFootprint& m) {
  Record r{"memory", "Memory", {}};
  r.add("weights", "Weights", m.weights)
      .add("kv_cache", "KV cache", m.kv_cache)
      .add("activations", "Activations", m.activations)
      .add("gradients_and_optimizer", "Gradients + optimizer", m.gradients_and_optimizer)
      .add("total", "Total", m.total)
      .add("capacity", "Capacity", m.capacity)
      .add("fits", "Fits", m.fits);
  return r;
}

int eval(const Session& s, const Options& o) {
  const auto& m = s.get<Workload>(o.model);
  const auto& hw = s.get<HardwareNode>(o.device);
  RooflineOptions ro;
  ro.batch = o.batch > 0 ? o.batch : 1;
  ro.tokens = o.tokens;
  ro.context = o.context;
  ro.training = o.training;
  ro.precision = precisions(o, hw);
  const auto r = roofline(m, hw, ro);
  Document doc{"eval", {}, {}};
  Record res{"result",
             fmt::format("{} on {} (batch {}, {})", m.info.key, hw.info.key, ro.batch,
                         precision_name(ro.precision.compute)),
             {}};
  res.add("latency", "Latency", r.latency)
      .add("compute_time", "Compute time", r.compute_time)
      .add("memory_time", "Memory time", r.memory_time)
      .add("wall", "Bound by", wall_text(r.wall))
      .add("intensity", "Arithmetic intensity", r.intensity)
      .add("ridge_point", "Ridge point", r.ridge_point)
      .add("throughput",
           m.flops_basis == FlopsBasis::per_token ? "Tokens per second" : "Samples per second",
           r.throughput.to(m.flops_basis == FlopsBasis::per_token ? "tokens/s" : "samples/s"))
      .add("mfu", "MFU", r.mfu)
      .add("flops", "FLOPs", r.flops)
      .add("bytes", "Bytes moved", r.bytes)
      .add("energy", "Energy (at TDP)", r.energy);
  doc.sections.emplace_back(std::move(res));
  doc.sections.emplace_back(memory_record(r.memory));
  Table ops{"ops", "Operators", {"op", "flops", "bytes"}, {"Op", "FLOPs", "Bytes"}, {}};
  for (std::size_t i = 0; i < r.cost.count; ++i) {
    ops.rows.push_back({std::string(r.cost.ops[i].name), r.cost.ops[i].flops, r.cost.ops[i].bytes});
  }
  doc.sections.emplace_back(std::move(ops));
  if (!r.memory.fits) {
    doc.notes.push_back(fmt::format("does not fit: {:.4g} needed, {:.4g} available", r.memory.total,
                                    r.memory.capacity));
  }
  print(doc, o.format);
  return r.memory.fits ? 0 : 2;
}

std::optional<Footprint> run_footprint(const Session& s, const Fleet& fleet, const Options& o,
                                       const Quantity& duration) {
  if (o.grid.empty() && o.datacenter.empty()) return std::nullopt;
  FootprintOptions fo;
  fo.duration = duration;
  fo.load = o.load;
  if (!o.datacenter.empty())
    fo.datacenter = &s.get<Datacenter>(o.datacenter);
  else
    fo.grid = &s.get<GridProfile>(o.grid);
  fo.prefer =
      o.power == "accelerator" ? PowerBasis::accelerator_power : PowerBasis::node_system_power;
  if (o.pue > 0) fo.pue = o.pue;
  auto f = footprint(fleet, fo);
  for (auto& a : assumptions(f, fleet)) run_assumptions().push_back(std::move(a));
  return f;
}

Record footprint_record(const Footprint& f) {
  Record r{"footprint", "Footprint (" + std::string(f.region) + ")", {}};
  r.add("it_power", "IT power", f.it_power)
      .add("it_energy", "IT energy", f.it_energy)
      .add("pue", "PUE", f.pue)
      .add("facility_energy", "Facility energy", f.facility_energy)
      .add("carbon_intensity", "Carbon intensity", f.carbon_intensity)
      .add("operational_carbon", "Operational carbon", f.operational_carbon)
      .add("embodied_carbon", "Embodied carbon (amortized)", f.embodied_carbon)
      .add("total_carbon", "Total carbon", f.total_carbon)
      .add("water", "Water",
           f.water_known ? Value(f.water) : Value(std::string("unknown (no WUE)")))
      .add("energy_cost", "Energy cost",
           f.energy_cost ? Value(*f.energy_cost)
                         : Value(std::string("unknown (no electricity price: give --price)")));
  return r;
}

TrainingOptions training_options(const Session& s, const Options& o, const HardwareNode& hw) {
  TrainingOptions t;
  t.seq_len = o.seq_len;
  t.global_batch = o.global_batch;
  t.token_budget = o.token_budget;
  t.precision = precisions(o, hw);
  // FP8/FP4 training runs its GEMMs at low precision and keeps 16-bit weights and activations
  // (Transformer Engine's recipe).
  if (t.precision.compute == Precision::fp8 || t.precision.compute == Precision::fp4) {
    if (o.weights_precision.empty()) t.precision.weights = Precision::bf16;
    t.precision.activations = Precision::bf16;
  }
  // Defaults that come from data are filled from the catalog in use (overlays honoured).
  if (const auto* e = s.catalog().try_find("Hardware.Tech.Interconnect.NVLink")) {
    if (const auto* tech = e->get_if<TechEntry>(); tech != nullptr && tech->latency) {
      t.intra_node_latency = *tech->latency;
    }
  }
  return t;
}

Record training_record(const TrainingResult& r, const std::string& title) {
  Record rec{"step", title, {}};
  rec.add("step_time", "Step time", r.step_time)
      .add("wall", "Bound by", wall_text(r.wall))
      .add("compute_time", "Compute", r.compute_time)
      .add("memory_bound_time", "Memory-bound ops", r.memory_bound_time)
      .add("tp_exposed_time", "TP communication (exposed)", r.tp_exposed_time)
      .add("cp_exposed_time", "CP communication (exposed)", r.cp_exposed_time)
      .add("pp_comm_time", "PP communication", r.pp_comm_time)
      .add("ep_exposed_time", "EP communication (exposed)", r.ep_exposed_time)
      .add("dp_comm_time", "DP/ZeRO communication", r.dp_comm_time)
      .add("dp_exposed_time", "DP/ZeRO communication (exposed)", r.dp_exposed_time)
      .add("bubble_time", "Pipeline bubble", r.bubble_time)
      .add("optimizer_time", "Optimizer step", r.optimizer_time)
      .add("mfu", "MFU", r.mfu)
      .add("hfu", "HFU", r.hfu)
      .add("achieved_flops_per_gpu", "Model FLOP/s per GPU", r.achieved_flops_per_gpu)
      .add("megatron_flops_per_gpu", "Megatron eq. 3 FLOP/s per GPU", r.megatron_flops_per_gpu)
      .add("tokens_per_second", "Tokens per second", r.tokens_per_second)
      .add("time_to_train", "Time to train", r.time_to_train ? Value(*r.time_to_train) : Value())
      .add("gpu_hours", "GPU hours", r.gpu_hours ? Value(*r.gpu_hours) : Value());
  return rec;
}

Record training_memory_record(const TrainingMemory& m) {
  Record r{"memory", "Memory per GPU", {}};
  r.add("weights", "Weights", m.weights)
      .add("gradients", "Gradients", m.gradients)
      .add("optimizer", "Optimizer", m.optimizer)
      .add("activations", "Activations", m.activations)
      .add("total", "Total", m.total)
      .add("capacity", "Capacity", m.capacity)
      .add("fits", "Fits", m.fits);
  return r;
}

int train(const Session& s, const Options& o) {
  const auto& m = s.get<Workload>(o.model);
  const auto& fleet = s.get<Fleet>(o.fleet);
  const auto& hw = *fleet.node->accelerator;
  ParallelConfig pc;
  pc.tp = o.tp;
  pc.pp = o.pp;
  pc.ep = o.ep;
  pc.cp = o.cp;
  pc.interleave = o.interleave;
  pc.microbatch = o.microbatch;
  pc.zero_stage = o.zero;
  pc.sequence_parallel = !o.no_sp;
  pc.recompute = o.recompute == "none"   ? Recompute::none
                 : o.recompute == "full" ? Recompute::full
                                         : Recompute::selective;
  const std::int64_t n = fleet.total_accelerators();
  // tp x pp x cp, checked: each is positive (CLI11) and at most the fleet, so no overflow.
  const bool small = o.tp <= n && o.pp <= n && o.cp <= n && o.tp * o.pp <= n;
  const std::int64_t model_ranks = small && o.tp * o.pp * o.cp <= n ? o.tp * o.pp * o.cp : 0;
  pc.dp = o.dp > 0 ? o.dp : (model_ranks > 0 && n % model_ranks == 0 ? n / model_ranks : 0);
  if (pc.dp <= 0) {
    throw InvalidArgumentError(
        "dp", fmt::format("tp x pp x cp = {} x {} x {} does not divide the {} accelerators of '{}'",
                          o.tp, o.pp, o.cp, n, fleet.info.path));
  }
  const auto r = solvers::train(m, fleet, pc, training_options(s, o, hw));
  Document doc{"train", {}, {}};
  doc.sections.emplace_back(training_record(
      r, fmt::format("{} on {} ({} x {}): tp {} pp {} cp {} dp {} ep {}", m.info.key,
                     fleet.info.key, n, hw.info.key, pc.tp, pc.pp, pc.cp, pc.dp, pc.ep)));
  doc.sections.emplace_back(training_memory_record(r.memory));
  if (r.time_to_train) {
    if (const auto f = run_footprint(s, fleet, o, *r.time_to_train))
      doc.sections.emplace_back(footprint_record(*f));
  }
  if (!r.memory.fits) {
    doc.notes.push_back(fmt::format("does not fit: {:.4g} per GPU, {:.4g} available",
                                    r.memory.total, r.memory.capacity));
  }
  print(doc, o.format);
  return r.memory.fits ? 0 : 2;
}

int plan(const Session& s, const Options& o) {
  const auto& m = s.get<Workload>(o.model);
  const auto& fleet = s.get<Fleet>(o.fleet);
  PlanOptions po;
  po.training = training_options(s, o, *fleet.node->accelerator);
  po.top = static_cast<std::size_t>(o.top);
  po.zero_stages = {0, 1, 2, 3};
  if (!o.global_batch_range.empty()) {
    long long lo = 0, hi = 0;
    char dash = 0;
    char rest = 0;
    if (std::sscanf(o.global_batch_range.c_str(), "%lld%c%lld%c", &lo, &dash, &hi, &rest) != 3 ||
        dash != '-') {
      throw InvalidArgumentError("global-batch-range",
                                 "'" + o.global_batch_range + "' is not MIN-MAX (e.g. 512-2048)");
    }
    po.global_batch_min = lo;
    po.global_batch_max = hi;
  }
  const auto start = std::chrono::steady_clock::now();
  bool shown = false;
  po.progress = [&](std::size_t done, std::size_t total) {
    const auto elapsed = std::chrono::steady_clock::now() - start;
    if (elapsed < std::chrono::seconds(1) && !shown) return;  // only for searches over a second
    shown = true;
    const int width = 40;
    const int filled = total == 0 ? width : static_cast<int>(width * done / total);
    std::fprintf(stderr, "\r[%s%s] %zu/%zu",
                 std::string(static_cast<std::size_t>(filled), '#').c_str(),
                 std::string(static_cast<std::size_t>(width - filled), ' ').c_str(), done, total);
    if (done == total) std::fprintf(stderr, "\n");
  };
  const auto r = solvers::plan(m, fleet, po);
  Document doc{"plan", {}, {}};
  Table t{"candidates",
          fmt::format("{} on {}: {} evaluated; removed: {} divisibility, {} memory, {} user limits",
                      m.info.key, fleet.info.key, r.evaluated, r.removed.divisibility,
                      r.removed.memory, r.removed.user_limits),
          {"rank", "tp", "pp", "cp", "dp", "ep", "interleave", "microbatch", "recompute", "zero",
           "global_batch", "step_time", "tokens_per_second", "mfu", "memory_per_gpu",
           "time_to_train", "wall"},
          {"#", "TP", "PP", "CP", "DP", "EP", "V", "MB", "Recompute", "ZeRO", "GBS", "Step",
           "Tokens/s", "MFU", "Mem/GPU", "Time to train", "Bound by"},
          {}};
  static const char* kRecompute[] = {"none", "selective", "full"};
  std::int64_t rank = 0;
  for (const auto& c : r.best) {
    t.rows.push_back({++rank, c.parallel.tp, c.parallel.pp, c.parallel.cp, c.parallel.dp,
                      c.parallel.ep, c.parallel.interleave, c.parallel.microbatch,
                      std::string(kRecompute[static_cast<int>(c.parallel.recompute)]),
                      static_cast<std::int64_t>(c.parallel.zero_stage), c.global_batch,
                      c.result.step_time, c.result.tokens_per_second, c.result.mfu,
                      c.result.memory.total,
                      c.result.time_to_train ? Value(*c.result.time_to_train) : Value(),
                      wall_text(c.result.wall)});
  }
  doc.sections.emplace_back(std::move(t));
  if (r.best.empty()) {
    doc.notes.push_back(fmt::format(
        "no configuration qualifies: {} removed because degrees do not divide the heads, layers, "
        "sequence or batch; {} do not fit in memory; {} are outside the user limits (node-sized "
        "TP, the global batch range)",
        r.removed.divisibility, r.removed.memory, r.removed.user_limits));
  }
  print(doc, o.format);
  return r.best.empty() ? 2 : 0;
}

int footprint_cmd(const Session& s, const Options& o) {
  const auto& fleet = s.get<Fleet>(o.fleet);
  if (o.grid.empty() && o.datacenter.empty()) {
    throw InvalidArgumentError("grid", "give --grid or --datacenter (e.g. --grid US_Average)");
  }
  CostOptions co;
  co.footprint.duration = Quantity(o.days, Unit::parse("day"));
  co.footprint.load = o.load;
  co.footprint.prefer =
      o.power == "accelerator" ? PowerBasis::accelerator_power : PowerBasis::node_system_power;
  if (o.pue > 0) co.footprint.pue = o.pue;
  if (!o.datacenter.empty())
    co.footprint.datacenter = &s.get<Datacenter>(o.datacenter);
  else
    co.footprint.grid = &s.get<GridProfile>(o.grid);
  if (!o.price.empty()) co.electricity_price = Quantity::parse(o.price);
  Document doc{"footprint", {}, {}};
  const GridProfile* grid =
      co.footprint.datacenter != nullptr ? co.footprint.datacenter->grid : co.footprint.grid;
  if (co.electricity_price || grid->electricity_price) {
    const auto c = cost(fleet, co);
    for (auto& a : assumptions(c.footprint, fleet)) run_assumptions().push_back(std::move(a));
    doc.sections.emplace_back(footprint_record(c.footprint));
    Record r{"cost", "Cost", {}};
    r.add("capex", "Capex (fleet)", c.capex_known ? Value(c.capex) : Value())
        .add("capex_share", "Depreciation for the period", c.capex_share)
        .add("energy", "Energy", c.energy)
        .add("maintenance", "Maintenance", c.maintenance)
        .add("tco", "TCO for the period", c.tco)
        .add("per_accelerator_hour", "Per accelerator-hour", c.per_accelerator_hour);
    doc.sections.emplace_back(std::move(r));
    if (!c.capex_known)
      doc.notes.push_back(
          "no unit cost in the catalog for this node or accelerator: capex counted as 0");
  } else {
    const auto f = footprint(fleet, co.footprint);
    for (auto& a : assumptions(f, fleet)) run_assumptions().push_back(std::move(a));
    doc.sections.emplace_back(footprint_record(f));
    doc.notes.push_back("the grid has no electricity price; give --price for the cost");
  }
  print(doc, o.format);
  return 0;
}

std::vector<RooflinePoint> roofline_points(const Session& s, const Options& o,
                                           const HardwareNode& hw) {
  std::vector<RooflinePoint> points;
  for (const auto& name : o.models) {
    const auto& m = s.get<Workload>(name);
    RooflineOptions ro;
    ro.batch = o.batch > 0 ? o.batch : 1;
    ro.context = o.context;
    ro.precision = precisions(o, hw);
    const auto r = roofline(m, hw, ro);
    points.push_back(
        {fmt::format("{} (b={}){}", m.info.key, ro.batch, r.memory.fits ? "" : ", does not fit"),
         r.intensity.in("FLOP/B"), r.flops.base_value() / r.latency.base_value()});
  }
  return points;
}

int plot_roofline_cmd(const Session& s, const Options& o) {
  const auto& hw = s.get<HardwareNode>(o.device);
  plot_roofline(hw, roofline_points(s, o, hw), o.output);
  spdlog::info("wrote {}", o.output);
  return 0;
}

int plot_grids_cmd(const Session& s, const Options& o) {
  const auto& fleet = s.get<Fleet>(o.fleet);
  std::vector<const GridProfile*> grids;
  if (o.grids.empty())
    grids = s.catalog().all<GridProfile>();
  else
    for (const auto& g : o.grids) grids.push_back(&s.get<GridProfile>(g));
  std::vector<Bar> bars;
  for (const auto* g : grids) {
    FootprintOptions fo;
    fo.duration = Quantity(o.days, Unit::parse("day"));
    fo.grid = g;
    bars.push_back({std::string(g->info.key), footprint(fleet, fo).operational_carbon.in("tCO2e")});
  }
  std::sort(bars.begin(), bars.end(), [](const Bar& a, const Bar& b) { return a.value < b.value; });
  plot_bars(fmt::format("Operational carbon of {} for {} days, by grid", fleet.info.key, o.days),
            "tCO2e", bars, o.output);
  spdlog::info("wrote {}", o.output);
  return 0;
}

int tour(const Options& base) {
  Options o = base;
  auto section = [&](const char* title) {
    if (o.format == Format::text) std::cout << "\n== " << title << " ==\n";
  };
  section("The catalog: four zoos, every number sourced");
  const auto& c = catalog();
  std::cout << fmt::format("{} entries: {} devices, {} models, {} fleets, {} grids; {} sources\n",
                           c.entries().size(), c.all<HardwareNode>().size(),
                           c.all<Workload>().size(), c.all<Fleet>().size(),
                           c.all<GridProfile>().size(), c.sources().size());
  o.zoo = "hardware";
  o.tier = "cloud";
  o.sort = "compute.peak_flops";
  o.descending = true;
  o.filters = {"memory.capacity >= 141 GB"};
  zoo(Session(o), o);

  section("Units: parsed, converted, dimension-checked");
  const auto& a100 = Hardware::Cloud::A100;
  std::cout << fmt::format("A100 peak:       {}\n", a100.compute.peak_flops.to("TFLOPs/s"))
            << fmt::format("A100 bandwidth:  {} = {:.6g}\n", a100.memory.bandwidth.to("TB/s"),
                           a100.memory.bandwidth.to("GiB/s"))
            << fmt::format("400 Gbps:        {}\n", Quantity::parse("400 Gbps").to("GB/s"))
            << fmt::format("ridge point:     {:.4g}\n", a100.ridge_point());
  try {
    (void)a100.memory.bandwidth.to("FLOP/s");
  } catch (const DimensionalityError& e) {
    std::cout << "A100.memory.bandwidth.to(\"FLOP/s\") -> DimensionalityError: " << e.what()
              << "\n";
  }

  section("Roofline: Llama 3 8B decode on H100 at batch 1 and 64");
  for (std::int64_t b : {1, 64}) {
    RooflineOptions ro;
    ro.batch = b;
    ro.context = 2048;
    const auto r = roofline(Models::Language::Llama3_8B, Hardware::Cloud::H100, ro);
    std::cout << fmt::format(
        "batch {:>2}: {:.3g} ms per step, {:.0f} tokens/s, bound by {}, intensity {:.3g} vs ridge "
        "{:.3g}\n",
        b, r.latency.in("ms"), r.throughput.in("1/s"), wall_name(r.wall), r.intensity.in("FLOP/B"),
        r.ridge_point.in("FLOP/B"));
  }

  section("Training plan: Llama 3 70B on Frontier_8K (1024 x DGX H100), 15T tokens");
  o.model = "Llama3_70B";
  o.fleet = "Frontier_8K";
  o.seq_len = 8192;
  o.global_batch = 2048;
  o.token_budget = 15e12;
  o.top = 3;
  plan(Session(o), o);

  section("Footprint: the same fleet for 30 days in Quebec and in Poland");
  for (const char* g : {"Quebec", "Poland"}) {
    FootprintOptions fo;
    fo.duration = Quantity::parse("30 day");
    fo.grid = &c.get<GridProfile>(g);
    const auto f = footprint(Systems::Clusters::Frontier_8K, fo);
    std::cout << fmt::format("{:<7} {:.0f} MWh facility energy, {:.0f} tCO2e ({})\n", g,
                             f.facility_energy.in("MWh"), f.operational_carbon.in("tCO2e"),
                             f.carbon_intensity.str());
  }
  std::cout << "\nNext: mlsysim --help, docs/ for formulas and sources.\n";
  return 0;
}

}  // namespace

int run(const std::string& command, const Options& given) {
  run_assumptions().clear();
  if (command == "tour") {
    if (given.format != Format::text) {
      throw InvalidArgumentError("--format",
                                 "the tour is a text walkthrough; use another command "
                                 "for json, csv or markdown");
    }
    return tour(given);
  }
  if (command == "convert") return convert(given);
  if (command == "validate") return validate(given);
  const Session s(given);
  Options o = given;
  run_assumptions() = check_options(command, o, s.catalog());
  if (command == "zoo") return zoo(s, o);
  if (command == "show") return show(s, o);
  if (command == "eval") return eval(s, o);
  if (command == "train") return train(s, o);
  if (command == "plan") return plan(s, o);
  if (command == "footprint") return footprint_cmd(s, o);
  if (command == "audit") return audit(s, o);
  if (command == "plot-roofline") return plot_roofline_cmd(s, o);
  if (command == "plot-grids") return plot_grids_cmd(s, o);
  throw InvalidArgumentError("command", "unknown command '" + command + "'");
}

}  // namespace mlsysim::cli
