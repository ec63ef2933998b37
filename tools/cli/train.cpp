// `mlsysim train`: one training step of a model on a fleet, time-to-train and, with a site, the
// run's footprint.
#include <fmt/format.h>

#include <CLI/CLI.hpp>

#include "assumptions.hpp"
#include "checks.hpp"
#include "commands.hpp"
#include "training.hpp"

namespace mlsysim::cli {
namespace {

using namespace solvers;

struct TrainOptions {
  std::string model;
  std::string fleet;
  ParallelFlags layout;
  TrainingRunOptions run;
};

/// Checks `o` against the catalog; raises the default global batch to a multiple of
/// dp x microbatch and returns that assumption.
std::vector<std::string> check(TrainOptions& o, const Catalog& c) {
  check_training_run(o.run);
  const SiteOptions& site = o.run.site;
  if ((!site.grid.empty() || !site.datacenter.empty()) && o.run.token_budget <= 0) {
    throw InvalidArgumentError(site.grid.empty() ? "--datacenter" : "--grid",
                               "the footprint is for the whole run: give --tokens (the token "
                               "budget) as well");
  }
  check_site(site, c);
  if (site.embodied_beyond_die && site.grid.empty() && site.datacenter.empty()) {
    throw InvalidArgumentError("--embodied-beyond-die",
                               "is part of the run's footprint: give --grid or --datacenter and "
                               "--tokens as well");
  }
  auto notes = check_parallel(o.layout, c.get<Fleet>(o.fleet), o.run);
  check_pue(site);
  return notes;
}

Record training_record(const TrainingResult& r, const std::string& title) {
  Record rec{"step", title, {}};
  rec.add("step_time", "Step time", r.step_time)
      .add("wall", "Bound by", std::string(wall_name(r.wall)))
      .add("compute_time", "Compute", r.compute_time)
      .add("memory_bound_time", "Memory-bound ops", r.memory_bound_time)
      .add("kernel_boundary_time", "Kernel launch gaps and stalls", r.kernel_boundary_time)
      .add("tp_exposed_time", "TP communication (exposed)", r.tp_exposed_time)
      .add("cp_exposed_time", "CP communication (exposed)", r.cp_exposed_time)
      .add("pp_comm_time", "PP communication", r.pp_comm_time)
      .add("ep_exposed_time", "EP communication (exposed)", r.ep_exposed_time)
      .add("dp_comm_time", "DP/ZeRO communication", r.dp_comm_time)
      .add("dp_exposed_time", "DP/ZeRO communication (exposed)", r.dp_exposed_time)
      .add("bubble_time", "Pipeline bubble", r.bubble_time)
      .add("optimizer_time", "Optimizer step", r.optimizer_time)
      .add("activation_offload_time", "Host-kept tensors to host and back",
           r.activation_offload_time)
      .add("activation_offload_exposed_time", "Host-kept tensors (exposed)",
           r.activation_offload_exposed_time)
      .add("mfu", "MFU", r.mfu)
      .add("hfu", "HFU", r.hfu)
      .add("achieved_flops_per_gpu", "Model FLOP/s per GPU", r.achieved_flops_per_gpu)
      .add("megatron_flops_per_gpu", "Megatron eq. 3 FLOP/s per GPU", r.megatron_flops_per_gpu)
      .add("gemm_ceiling", "GEMM ceiling",
           std::string(r.gemm_ceiling == GemmCeiling::measured ? "measured (catalog)"
                                                               : "default fraction of peak"))
      .add("overlap_beside_gemms", "Overlapped DP/ZeRO collectives",
           r.persistent_gemm_stall
               ? std::string("stall the persistent GEMMs beside them (catalog gemm_schedule)")
               : std::string("slow the compute beside them (overlap slowdown)"))
      .add("tp_overlap", "TP collectives",
           std::string(r.tp_overlap == TpOverlap::userbuffers
                           ? "overlapped as Transformer Engine's userbuffers run them"
                       : r.tp_overlap == TpOverlap::contention
                           ? "overlapped at the overlap slowdown (no userbuffers scheme here)"
                       : r.tp_overlap == TpOverlap::async_backward
                           ? "serial forward; backward all-gather / reduce-scatter beside the "
                             "gradient GEMMs (Megatron / Transformer Engine async)"
                           : "serial"))
      .add("attention_rate", "Fused attention rate",
           r.attention.rate.base_value() > 0 ? Value(r.attention.rate) : Value())
      .add("attention_source", "Attention rate from",
           r.attention.measured ? std::string("measured (catalog), at this sequence length")
           : r.attention.rate.base_value() > 0
               ? fmt::format("{:.3g} x the dense peak", r.attention.efficiency)
               : std::string("not used (materialized)"))
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
      .add("step_gradient_copy", "Step gradient copy", m.step_gradient_copy)
      .add("total", "Total (peak)", m.total)
      .add("capacity", "Capacity", m.capacity)
      .add("fits", "Fits", m.fits);
  if (m.host) r.add("host", "Host memory (offloaded)", *m.host);
  return r;
}

int train(const Session& s, const TrainOptions& o, std::vector<std::string> assumed,
          Format format) {
  const auto& m = s.get<Workload>(o.model);
  const PowerLimitedFleet limited(s.get<Fleet>(o.fleet), o.run.power_limit);
  const auto& fleet = limited.get();
  const auto& hw = *fleet.node->accelerator;
  if (!limited.note().empty()) assumed.push_back(limited.note());
  const ParallelConfig pc = parallel_config(o.layout, fleet);
  const std::int64_t n = fleet.total_accelerators();
  const TrainingOptions to = training_options(s.catalog(), o.run, hw);
  const auto r = solvers::train(m, fleet, pc, to);
  if (const auto& link = fleet.node->intra_node_link;
      link && fleet.node->accelerators_per_node > 1) {
    if (auto a = latency_stand_in(hw.info.key, link->name, link->latency, to.intra_node_latency)) {
      assumed.push_back(std::move(*a));
    }
  }
  if (auto a = missing_cores(hw)) assumed.push_back(std::move(*a));
  if (auto a = training_moe_stand_in(m)) assumed.push_back(std::move(*a));
  if (r.gemm_ceiling == GemmCeiling::default_fraction) {
    // No hidden assumption: a device without a measured GEMM says what stands in for it.
    const Precision p = to.precision.compute;
    assumed.push_back(fmt::format(
        "{} has no measured {} GEMM in the catalog: GEMMs are priced at {:.3g} x its dense peak "
        "(gemm.default_fraction, the median measured fraction; docs/solvers.md)",
        hw.info.key, precision_name(p), to.gemm.default_fraction[static_cast<std::size_t>(p)]));
  }
  // A catalog rate that is not a measurement of this device (carried from a sibling part, or
  // completed from a partial measurement) says so: the table shows "measured (catalog)" for
  // every catalog rate.
  auto not_measured = [&](std::string_view what, std::string_view field, Precision p) {
    const Source* src = hw.info.source_for(fmt::format("/compute/{}/{}", field, precision_name(p)));
    if (src == nullptr || src->kind == SourceKind::measurement) return;
    assumed.push_back(fmt::format(
        "{}'s {} {} in the catalog is {} ({}), not a measurement of this "
        "device; `mlsysim show {}` gives the derivation",
        hw.info.key, precision_name(p), what, to_string(src->kind), src->id, hw.info.path));
  };
  if (r.gemm_ceiling == GemmCeiling::measured) {
    not_measured("GEMM ceiling", "measured_gemm", to.precision.compute);
  }
  if (r.attention.measured) {
    not_measured("attention training rate", "measured_attention_training", r.attention.precision);
  }
  if (r.attention.rate.base_value() > 0 && !r.attention.measured && to.attention_efficiency == 0) {
    assumed.push_back(fmt::format(
        "{} has no measured {} attention training rate in the catalog: fused attention is priced "
        "at {:.3g} x its dense peak at every sequence length (default_attention_efficiency; "
        "docs/solvers.md)",
        hw.info.key, precision_name(r.attention.precision), to.default_attention_efficiency));
  }
  Document doc{"train", {}, {}};
  doc.sections.emplace_back(training_record(
      r, fmt::format("{} on {} ({} x {}): tp {} pp {} cp {} dp {} ep {}", m.info.key,
                     fleet.info.key, n, hw.info.key, pc.tp, pc.pp, pc.cp, pc.dp, pc.ep)));
  doc.sections.emplace_back(training_memory_record(r.memory));
  const SiteOptions& site = o.run.site;
  if (r.time_to_train && (!site.grid.empty() || !site.datacenter.empty())) {
    const auto fo = footprint_options(s, site, *r.time_to_train);
    const auto f = footprint(fleet, fo);
    for (auto& a : assumptions(f, fleet)) assumed.push_back(std::move(a));
    if (site.embodied_beyond_die) assumed.push_back(embodied_assumption(fo));
    doc.sections.emplace_back(footprint_record(f, site.embodied_beyond_die));
  }
  if (!r.memory.fits) {
    doc.notes.push_back(fmt::format("does not fit: {:.4g} per GPU, {:.4g} available",
                                    r.memory.total, r.memory.capacity));
  }
  print(doc, format, assumed);
  return r.memory.fits ? 0 : 2;
}

class TrainCommand {
 public:
  TrainCommand(CLI::App& app, CLI::App& /*plot*/) {
    auto& o = o_;
    cmd_ =
        app.add_subcommand("train", "one training step of a model on a fleet, and time-to-train");
    cmd_->add_option("model", o.model, "model")->required();
    cmd_->add_option("fleet", o.fleet, "fleet (Systems.Clusters.*)")->required();
    add_parallel_options(*cmd_, o.layout);
    global_batch_ = add_training_options(*cmd_, o.run);
    add_precision_options(*cmd_, o.run.precision);
    add_pue_option(*cmd_, o.run.site);
    add_embodied_option(*cmd_, o.run.site);
    cmd_->add_flag("--offload-optimizer", o.run.offload_optimizer,
                   "optimizer state in host memory, updated there (ZeRO-Offload): gradients down "
                   "and weights up over the host link every step");
    cmd_->add_flag("--offload-parameters", o.run.offload_parameters,
                   "with --zero 3: the rank's parameter and gradient shards in host memory too "
                   "(ZeRO-Infinity offload_param, FSDP CPUOffload), copied over the host link "
                   "in every pass");
    cmd_->footer(
        "Example:\n  mlsysim train Llama3_70B Frontier_8K --tp 8 --pp 4 --seq-len 8192 "
        "--global-batch 2048 --tokens 15e12 --grid Quebec");
  }
  [[nodiscard]] std::string parsed() const { return cmd_->parsed() ? "train" : ""; }
  [[nodiscard]] int run(const std::string& /*command*/, const Options& global) const {
    const Session s(global);
    TrainOptions o = o_;
    o.run.global_batch_given = global_batch_->count() > 0;
    auto assumed = check(o, s.catalog());
    return train(s, o, std::move(assumed), global.format);
  }

 private:
  TrainOptions o_;
  CLI::App* cmd_ = nullptr;
  CLI::Option* global_batch_ = nullptr;
};

}  // namespace

std::unique_ptr<Module> make_train_module(CLI::App& app, CLI::App& plot) {
  return make_module<TrainCommand>(app, plot);
}

}  // namespace mlsysim::cli
