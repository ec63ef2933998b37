// `mlsysim reliability FLEET --model M --checkpoint-tier TIER [--days 30] [--study S]`: checkpoint
// size per rank, write/read time to a storage tier, Young/Daly intervals, restart cost, job
// interruptions per day scaled from a published failure study, and goodput (docs/reliability.md).
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <iostream>
#include <optional>

#include "checks.hpp"
#include "commands.hpp"
#include "mlsysim/mlsysim.hpp"
#include "mlsysim/solvers/reliability.hpp"
#include "output.hpp"

namespace mlsysim::cli {
namespace {

using namespace solvers;

struct ReliabilityCliOptions {
  std::string fleet;
  std::string model;
  std::string tier;
  std::string study = "Llama3_405B_54d";
  double days = 30;
  std::int64_t tp = 1, pp = 1, cp = 1, dp = 0;
  int zero = 1;
  std::string weights = "bf16";
  std::string moments = "fp32";
  bool no_master = false;
  std::string capacity;
  std::int64_t concurrency = 0, devices = 0, appliances = 0;
  std::string restart_overhead = "10 min";
};

int reliability_cmd(const ReliabilityCliOptions& c, const Options& g) {
  std::optional<Catalog> overlay;
  if (!g.catalog_dir.empty()) overlay.emplace(Catalog::load(g.catalog_dir));
  const Catalog& cat = overlay ? *overlay : catalog();
  const auto& fleet = cat.get<Fleet>(c.fleet);
  const auto& model = cat.get<Workload>(c.model);
  const auto& tier = cat.get<StorageTier>(c.tier);
  const auto& study = cat.get<FailureStudy>(c.study);

  ParallelConfig p;
  p.tp = c.tp;
  p.pp = c.pp;
  p.cp = c.cp;
  p.zero_stage = c.zero;
  // dp is what the fleet leaves (the library derives it); a given --dp must agree.
  const std::int64_t accelerators = fleet.count * fleet.node->accelerators_per_node;
  if (c.dp > 0 && c.dp * c.tp * c.pp * c.cp != accelerators) {
    throw InvalidArgumentError(
        "dp", fmt::format("--tp {} x --pp {} x --cp {} x --dp {} = {} is not the fleet's {} "
                          "accelerators",
                          c.tp, c.pp, c.cp, c.dp, c.dp * c.tp * c.pp * c.cp, accelerators));
  }
  CheckpointPlanOptions o;
  o.job = Quantity(c.days, "day");
  o.contents.weights = parse_precision(c.weights);
  o.contents.state.optimizer_moments = parse_precision(c.moments);
  o.contents.state.master_weights = !c.no_master;
  if (!c.capacity.empty()) {
    o.provision.capacity = flag_quantity(
        "--capacity", c.capacity, {dims::information, "a positive data size such as '100 TiB'"});
  }
  if (c.concurrency > 0) o.provision.concurrency = c.concurrency;
  if (c.devices > 0) o.provision.devices = c.devices;
  if (c.appliances > 0) o.provision.appliances = c.appliances;
  o.restart_overhead = flag_quantity("--restart-overhead", c.restart_overhead,
                                     {dims::time, "a non-negative time such as '10 min'", true});
  const auto provision_flag = [&]() -> std::string {
    switch (tier.basis) {
      case BandwidthBasis::per_TiB:
        return "--capacity";
      case BandwidthBasis::per_request:
        return "--concurrency";
      case BandwidthBasis::per_device:
        return "--devices";
      case BandwidthBasis::per_appliance:
        return "--appliances";
    }
    return "";
  };
  CheckpointPlan r;
  try {
    r = checkpoint_plan(model, fleet, p, tier, study, o);
  } catch (const InvalidArgumentError& e) {
    const std::string arg = e.argument();
    if (arg == "capacity" || arg == "concurrency" || arg == "devices" || arg == "appliances") {
      throw InvalidArgumentError(arg, std::string(e.what()) + " (" + provision_flag() + ")");
    }
    throw;
  }

  Document doc{"reliability", {}, {}};
  Record s{"setting",
           fmt::format("{} on {}, {:g} days, checkpoints to {}", model.info.key, fleet.info.key,
                       c.days, tier.info.key),
           {}};
  s.add("accelerators", "Accelerators", accelerators)
      .add("hosts", "Hosts", fleet.count)
      .add("tp", "Tensor parallel", p.tp)
      .add("pp", "Pipeline stages", p.pp)
      .add("cp", "Context parallel", p.cp)
      .add("dp", "Data parallel", r.size.ranks / (p.tp * p.pp * p.cp))
      .add("zero_stage", "ZeRO stage", static_cast<std::int64_t>(p.zero_stage))
      .add("job", "Job length", o.job);
  doc.sections.emplace_back(std::move(s));

  Record ck{"checkpoint", "Checkpoint", {}};
  ck.add("bytes_per_parameter", "Bytes per parameter", r.size.bytes_per_parameter)
      .add("total", "Checkpoint (one copy)", r.size.total)
      .add("weights_per_rank", "Weights per rank", r.size.weights_per_rank)
      .add("optimizer_per_rank", "Optimizer state per rank", r.size.optimizer_per_rank)
      .add("per_rank", "Per rank", r.size.per_rank)
      .add("restore_total", "Read on restart (all ranks)", r.size.restore_total);
  doc.sections.emplace_back(std::move(ck));

  Record st{
      "storage", fmt::format("Storage: {} ({})", tier.info.key, to_string(tier.storage_class)), {}};
  st.add("basis", "Bandwidth basis", std::string(to_string(tier.basis)))
      .add("multiplier", "Scaled by", r.bandwidth.multiplier)
      .add("write_bandwidth", "Aggregate write bandwidth", r.bandwidth.write)
      .add("read_bandwidth", "Aggregate read bandwidth", r.bandwidth.read)
      .add("write_time", "Checkpoint write time", r.write_time)
      .add("read_time", "Checkpoint read time", r.read_time)
      .add("restart_cost", "Restart cost (overhead + read)", r.restart_cost);
  doc.sections.emplace_back(std::move(st));

  Record iv{"interruptions", fmt::format("Interruptions (from {})", study.info.key), {}};
  iv.add("per_day", "Unexpected interruptions per day", r.interruptions.per_day)
      .add("mean_time_between", "Mean time between interruptions",
           r.interruptions.mean_time_between)
      .add("expected", "Expected over the job", r.expected_interruptions)
      .add("young_interval", "Young interval sqrt(2 delta M)", r.young_interval)
      .add("daly_interval", "Daly interval", r.daly_interval)
      .add("goodput", "Goodput at Daly's interval", r.goodput);
  doc.sections.emplace_back(std::move(iv));

  Table t{"classes",
          "Interruptions by component class (rates derived from the study's counts)",
          {"class", "label", "count", "scale", "rate", "per_day"},
          {"Class", "Label in the study", "Count", "Per", "Rate per unit-hour", "Per day here"},
          {}};
  for (const auto& k : r.interruptions.classes) {
    t.rows.push_back({std::string(to_string(k.failure_class)), std::string(k.label), k.count,
                      std::string(k.scale == FailureScale::accelerator ? "accelerator" : "host"),
                      k.rate, k.per_day});
  }
  doc.sections.emplace_back(std::move(t));
  for (const auto& a : r.assumptions) doc.notes.push_back("assumed: " + a);
  doc.notes.push_back("storage: " + r.bandwidth.basis);
  std::cout << render(doc, g.format) << std::flush;
  return 0;
}

class ReliabilityCommands {
 public:
  ReliabilityCommands(CLI::App& app, CLI::App& /*plot*/)
      : o_(std::make_unique<ReliabilityCliOptions>()) {
    ReliabilityCliOptions& o = *o_;
    cmd_ = app.add_subcommand(
        "reliability",
        "checkpoint size, write/read time to a storage tier, interruptions per day from a "
        "failure study, Young/Daly interval and goodput");
    cmd_->add_option("fleet", o.fleet, "fleet (Systems.Clusters.*)")->required();
    cmd_->add_option("--model", o.model, "model being trained (Models.*)")->required();
    cmd_->add_option("--checkpoint-tier", o.tier, "storage tier (Infra.Storage.*)")->required();
    cmd_->add_option("--study", o.study,
                     "failure study for interruption rates (default Llama3_405B_54d)");
    cmd_->add_option("--days", o.days, "job length in days (default 30)")
        ->check(CLI::PositiveNumber);
    cmd_->add_option("--tp", o.tp, "tensor parallel degree (default 1)")
        ->check(CLI::PositiveNumber);
    cmd_->add_option("--pp", o.pp, "pipeline stages (default 1)")->check(CLI::PositiveNumber);
    cmd_->add_option("--cp", o.cp, "context parallel degree (default 1)")
        ->check(CLI::PositiveNumber);
    cmd_->add_option("--dp", o.dp, "data parallel degree (default: accelerators / (tp pp cp))")
        ->check(CLI::PositiveNumber);
    cmd_->add_option("--zero", o.zero, "ZeRO stage 0-3 (default 1)")->check(CLI::Range(0, 3));
    cmd_->add_option("--weights", o.weights, "weight precision in the checkpoint (default bf16)");
    cmd_->add_option("--moments", o.moments, "Adam moment precision (default fp32)");
    cmd_->add_flag("--no-master-weights", o.no_master, "no fp32 master copy of the weights");
    cmd_->add_option("--capacity", o.capacity,
                     "provisioned capacity for a per-TiB tier, e.g. \"100 TiB\"");
    cmd_->add_option("--concurrency", o.concurrency,
                     "concurrent requests for a per-request tier (object stores)")
        ->check(CLI::PositiveNumber);
    cmd_->add_option("--devices", o.devices, "drives for a per-device tier (default: one per host)")
        ->check(CLI::PositiveNumber);
    cmd_->add_option("--appliances", o.appliances, "appliances for a per-appliance tier")
        ->check(CLI::PositiveNumber);
    cmd_->add_option("--restart-overhead", o.restart_overhead,
                     "detect + reschedule + re-initialise before reading the checkpoint "
                     "(default \"10 min\", an estimate)");
    cmd_->footer(
        "Examples:\n  mlsysim reliability Meta_Llama3_24K --model Llama3_405B --tp 8 --pp 16 "
        "--checkpoint-tier FSxLustre_P2_1000 --capacity \"1000 TiB\"\n  mlsysim reliability "
        "Frontier_8K --model Llama3_70B --tp 8 --pp 4 --checkpoint-tier Samsung_PM1743");
  }

  [[nodiscard]] std::string parsed() const { return cmd_->parsed() ? "reliability" : ""; }
  [[nodiscard]] int run(const std::string& command, const Options& global) const {
    if (command == "reliability") return reliability_cmd(*o_, global);
    throw InvalidArgumentError("command", "unknown reliability command '" + command + "'");
  }

 private:
  std::unique_ptr<ReliabilityCliOptions> o_;
  CLI::App* cmd_ = nullptr;
};

}  // namespace

std::unique_ptr<Module> make_reliability_module(CLI::App& app, CLI::App& plot) {
  return make_module<ReliabilityCommands>(app, plot);
}

}  // namespace mlsysim::cli
