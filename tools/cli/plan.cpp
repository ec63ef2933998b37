// `mlsysim plan`: search parallel configurations of a model on a fleet and rank them.
#include "plan.hpp"

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>

#include "commands.hpp"
#include "training.hpp"

namespace mlsysim::cli {

using namespace solvers;

PlanOutput run_plan(const Workload& m, const Fleet& fleet, PlanOptions po) {
  const auto start = std::chrono::steady_clock::now();
  bool shown = false;
  const auto progress = [&](std::size_t done, std::size_t total) {
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
  const auto r = solvers::plan(m, fleet, po, progress);
  PlanOutput out;
  Table& t = out.candidates;
  t = Table{
      "candidates",
      fmt::format("{} on {}: {} evaluated; removed: {} divisibility, {} memory, {} user limits",
                  m.info.key, fleet.info.key, r.evaluated, r.removed.divisibility, r.removed.memory,
                  r.removed.user_limits),
      {"rank", "tp", "pp", "cp", "dp", "ep", "interleave", "microbatch", "recompute", "zero",
       "global_batch", "step_time", "tokens_per_second", "mfu", "memory_per_gpu", "time_to_train",
       "wall"},
      {"#", "TP", "PP", "CP", "DP", "EP", "V", "MB", "Recompute", "ZeRO", "GBS", "Step", "Tokens/s",
       "MFU", "Mem/GPU", "Time to train", "Bound by"},
      {}};
  static const char* kRecompute[] = {"none",         "selective",         "mlp",
                                     "full",         "all_but_attention", "alternate_matmuls",
                                     "saved_tensors"};
  std::int64_t rank = 0;
  for (const auto& c : r.best) {
    t.rows.push_back({++rank, c.parallel.tp, c.parallel.pp, c.parallel.cp, c.parallel.dp,
                      c.parallel.ep, c.parallel.interleave, c.parallel.microbatch,
                      std::string(kRecompute[static_cast<int>(c.parallel.recompute)]),
                      static_cast<std::int64_t>(c.parallel.zero_stage), c.global_batch,
                      c.result.step_time, c.result.tokens_per_second, c.result.mfu,
                      c.result.memory.total,
                      c.result.time_to_train ? Value(*c.result.time_to_train) : Value(),
                      std::string(wall_name(c.result.wall))});
  }
  out.empty = r.best.empty();
  if (out.empty) {
    out.notes.push_back(fmt::format(
        "no configuration qualifies: {} removed because degrees do not divide the heads, layers, "
        "sequence or batch; {} do not fit in memory; {} are outside the user limits (node-sized "
        "TP, the global batch range)",
        r.removed.divisibility, r.removed.memory, r.removed.user_limits));
  }
  return out;
}

namespace {

struct PlanCliOptions {
  std::string model;
  std::string fleet;
  std::int64_t top = 10;
  std::string global_batch_range;  ///< "MIN-MAX" sequences
  TrainingRunOptions run;
};

void check(const PlanCliOptions& o) {
  check_training_run(o.run);
  const SiteOptions& site = o.run.site;
  if (!site.grid.empty() || !site.datacenter.empty()) {
    throw InvalidArgumentError(
        site.grid.empty() ? "--datacenter" : "--grid",
        "plan ranks configurations and computes no footprint: drop it, then run train with "
        "the chosen configuration and --tokens");
  }
}

int plan(const Session& s, const PlanCliOptions& o, Format format) {
  const auto& m = s.get<Workload>(o.model);
  const PowerLimitedFleet limited(s.get<Fleet>(o.fleet), o.run.power_limit);
  const auto& fleet = limited.get();
  PlanOptions po;
  po.training = training_options(s.catalog(), o.run, *fleet.node->accelerator);
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
  PlanOutput r = run_plan(m, fleet, std::move(po));
  Document doc{"plan", {}, std::move(r.notes)};
  if (!limited.note().empty()) doc.notes.push_back(limited.note());
  doc.sections.emplace_back(std::move(r.candidates));
  print(doc, format);
  return r.empty ? 2 : 0;
}

class PlanCommand {
 public:
  PlanCommand(CLI::App& app, CLI::App& /*plot*/) {
    auto& o = o_;
    cmd_ = app.add_subcommand("plan", "search parallel configurations and rank them");
    cmd_->add_option("model", o.model, "model")->required();
    cmd_->add_option("fleet", o.fleet, "fleet")->required();
    cmd_->add_option("--top", o.top, "configurations to show")->check(CLI::PositiveNumber);
    cmd_->add_option("--global-batch-range", o.global_batch_range,
                     "search global batches MIN-MAX sequences (e.g. 512-2048)");
    (void)add_training_options(*cmd_, o.run);
    add_precision_options(*cmd_, o.run.precision);
    cmd_->footer(
        "Example:\n  mlsysim plan Llama3_70B Training_1K --tokens 2e12 --seq-len 4096 "
        "--global-batch 1024");
  }
  [[nodiscard]] std::string parsed() const { return cmd_->parsed() ? "plan" : ""; }
  [[nodiscard]] int run(const std::string& /*command*/, const Options& global) const {
    const Session s(global);
    check(o_);
    return plan(s, o_, global.format);
  }

 private:
  PlanCliOptions o_;
  CLI::App* cmd_ = nullptr;
};

}  // namespace

std::unique_ptr<Module> make_plan_module(CLI::App& app, CLI::App& plot) {
  return make_module<PlanCommand>(app, plot);
}

}  // namespace mlsysim::cli
