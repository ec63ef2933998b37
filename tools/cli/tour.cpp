// `mlsysim tour`: a short tour of the catalog, units, a roofline, a training plan and a
// footprint, as one document (so `--format json` is one JSON object like every command's).
#include <fmt/format.h>

#include <CLI/CLI.hpp>

#include "commands.hpp"
#include "mlsysim/mlsysim.hpp"
#include "plan.hpp"
#include "session.hpp"
#include "training.hpp"
#include "zoo.hpp"

namespace mlsysim::cli {
namespace {

using namespace solvers;

Record catalog_record() {
  const auto& c = catalog();
  Record r{"catalog", "The catalog: four zoos, every number sourced", {}};
  r.add("entries", "Entries", static_cast<std::int64_t>(c.entries().size()))
      .add("devices", "Devices", static_cast<std::int64_t>(c.all<HardwareNode>().size()))
      .add("models", "Models", static_cast<std::int64_t>(c.all<Workload>().size()))
      .add("fleets", "Fleets", static_cast<std::int64_t>(c.all<Fleet>().size()))
      .add("grids", "Grids", static_cast<std::int64_t>(c.all<GridProfile>().size()))
      .add("sources", "Sources", static_cast<std::int64_t>(c.sources().size()));
  return r;
}

Record units_record() {
  const auto& a100 = Hardware::Cloud::A100;
  Record r{"units", "Units: parsed, converted, dimension-checked", {}, true};
  r.add("a100_peak", "A100 peak", a100.compute.peak_flops.to("TFLOPs/s"))
      .add("a100_bandwidth", "A100 bandwidth", a100.memory.bandwidth.to("TB/s"))
      .add("a100_bandwidth_gib", "A100 bandwidth in GiB/s", a100.memory.bandwidth.to("GiB/s"))
      .add("link_400gbps", "400 Gbps", Quantity::parse("400 Gbps").to("GB/s"))
      .add("a100_ridge_point", "A100 ridge point", a100.ridge_point());
  std::string error = "(no error: a bug)";
  try {
    (void)a100.memory.bandwidth.to("FLOP/s");
  } catch (const DimensionalityError& e) {
    error = std::string("DimensionalityError: ") + e.what();
  }
  r.add("bandwidth_to_flops", "A100.memory.bandwidth.to(\"FLOP/s\")", error);
  return r;
}

Table roofline_table() {
  Table t{"roofline",
          "Roofline: Llama 3 8B decode on H100 at batch 1 and 64 (context 2048)",
          {"batch", "step_time", "tokens_per_second", "wall", "intensity", "ridge_point"},
          {"Batch", "Step time", "Tokens/s", "Bound by", "Intensity", "Ridge"},
          {}};
  for (std::int64_t b : {1, 64}) {
    RooflineOptions ro;
    ro.batch = b;
    ro.context = 2048;
    const auto r = roofline(Models::Language::Llama3_8B, Hardware::Cloud::H100, ro);
    t.rows.push_back({b, r.latency, r.throughput.to("tokens/s"), std::string(wall_name(r.wall)),
                      r.intensity, r.ridge_point});
  }
  return t;
}

Table footprint_table() {
  Table t{"footprint",
          "Footprint: the same fleet for 30 days in Quebec and in Poland",
          {"grid", "facility_energy", "operational_carbon", "carbon_intensity"},
          {"Grid", "Facility energy", "Operational carbon", "Carbon intensity"},
          {}};
  for (const char* g : {"Quebec", "Poland"}) {
    FootprintOptions fo;
    fo.duration = Quantity::parse("30 day");
    fo.grid = &catalog().get<GridProfile>(g);
    const auto f = footprint(Systems::Clusters::Frontier_8K, fo);
    t.rows.push_back({std::string(g), f.facility_energy, f.operational_carbon, f.carbon_intensity});
  }
  return t;
}

int tour(const Options& global) {
  const Session s(global);
  Document doc{"tour", {}, {}};
  doc.sections.emplace_back(catalog_record());
  ZooOptions zoo;
  zoo.tier = "cloud";
  zoo.sort = "compute.peak_flops";
  zoo.descending = true;
  zoo.filters = {"memory.capacity >= 141 GB"};
  Table devices = zoo_table(s.catalog(), zoo);
  devices.name = "zoo";
  devices.title = "Cloud devices with at least 141 GB, fastest first: " + devices.title;
  doc.sections.emplace_back(std::move(devices));
  doc.sections.emplace_back(units_record());
  doc.sections.emplace_back(roofline_table());

  const auto& model = s.get<Workload>("Llama3_70B");
  const auto& fleet = s.get<Fleet>("Frontier_8K");
  TrainingRunOptions run;
  run.seq_len = 8192;
  run.global_batch = 2048;
  run.token_budget = 15e12;
  PlanOptions po;
  po.training = training_options(s.catalog(), run, *fleet.node->accelerator);
  po.top = 3;
  po.zero_stages = {0, 1, 2, 3};
  PlanOutput plan = run_plan(model, fleet, std::move(po));
  plan.candidates.name = "plan";
  plan.candidates.title =
      "Training plan, 15T tokens at sequence length 8192 and global batch 2048: " +
      plan.candidates.title;
  doc.sections.emplace_back(std::move(plan.candidates));
  doc.notes = std::move(plan.notes);

  doc.sections.emplace_back(footprint_table());
  doc.notes.emplace_back("Next: mlsysim --help, docs/ for formulas and sources.");
  print(doc, global.format);
  return 0;
}

class TourCommand {
 public:
  TourCommand(CLI::App& app, CLI::App& /*plot*/) {
    cmd_ = app.add_subcommand("tour",
                              "a short tour: catalog, units, roofline, training plan, footprint");
    cmd_->footer("Example:\n  mlsysim tour");
  }
  [[nodiscard]] std::string parsed() const { return cmd_->parsed() ? "tour" : ""; }
  [[nodiscard]] int run(const std::string& /*command*/, const Options& global) const {
    return tour(global);
  }

 private:
  CLI::App* cmd_ = nullptr;
};

}  // namespace

std::unique_ptr<Module> make_tour_module(CLI::App& app, CLI::App& plot) {
  return make_module<TourCommand>(app, plot);
}

}  // namespace mlsysim::cli
