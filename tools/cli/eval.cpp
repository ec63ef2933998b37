// `mlsysim eval`: the roofline of a workload on one device.
#include <fmt/format.h>

#include <CLI/CLI.hpp>

#include "checks.hpp"
#include "commands.hpp"
#include "precision_options.hpp"
#include "session.hpp"

namespace mlsysim::cli {
namespace {

using namespace solvers;

struct EvalOptions {
  std::string model;
  std::string device;
  std::int64_t batch = 0;  ///< 0: 1
  std::int64_t tokens = 1;
  std::int64_t context = 0;
  bool training = false;
  PrecisionOptions precision;
};

void check(const EvalOptions& o) {
  if (o.batch != 0) check_range("--batch", o.batch, 1, kMaxBatch);
  check_range("--seq-len", o.tokens, 1, kMaxTokens);
  check_range("--context", o.context, 0, kMaxTokens);
}

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

int eval(const Session& s, const EvalOptions& o, Format format) {
  const auto& m = s.get<Workload>(o.model);
  const auto& hw = s.get<HardwareNode>(o.device);
  RooflineOptions ro;
  ro.batch = o.batch > 0 ? o.batch : 1;
  ro.tokens = o.tokens;
  ro.context = o.context;
  ro.training = o.training;
  ro.precision = resolve_precisions(o.precision, hw);
  const auto r = roofline(m, hw, ro);
  Document doc{"eval", {}, {}};
  Record res{"result",
             fmt::format("{} on {} (batch {}, {})", m.info.key, hw.info.key, ro.batch,
                         precision_name(ro.precision.compute)),
             {}};
  res.add("latency", "Latency", r.latency)
      .add("compute_time", "Compute time", r.compute_time)
      .add("memory_time", "Memory time", r.memory_time)
      .add("wall", "Bound by", std::string(wall_name(r.wall)))
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
  print(doc, format);
  return r.memory.fits ? 0 : 2;
}

class EvalCommand {
 public:
  EvalCommand(CLI::App& app, CLI::App& /*plot*/) {
    auto& o = o_;
    cmd_ = app.add_subcommand("eval", "roofline of a workload on one device");
    cmd_->add_option("model", o.model, "model key or path")->required();
    cmd_->add_option("device", o.device, "hardware key or path")->required();
    cmd_->add_option("--batch,-b", o.batch, "sequences or samples")->check(CLI::PositiveNumber);
    // Not "--tokens": that flag is the token budget in train and plan (one meaning per name).
    cmd_->add_option("--seq-len,--new-tokens", o.tokens,
                     "new tokens per sequence (prefill length); 1 = a decode step")
        ->check(CLI::PositiveNumber);
    cmd_->add_option("--context", o.context, "tokens already in the KV cache")
        ->check(CLI::NonNegativeNumber);
    cmd_->add_flag("--training", o.training, "a training step (forward + backward + optimizer)");
    add_precision_options(*cmd_, o.precision);
    cmd_->footer(
        "Examples:\n  mlsysim eval Llama3_8B H100 --context 2048\n  mlsysim eval ResNet50 "
        "JetsonAGX --batch 8 -p int8");
  }
  [[nodiscard]] std::string parsed() const { return cmd_->parsed() ? "eval" : ""; }
  [[nodiscard]] int run(const std::string& /*command*/, const Options& global) const {
    const Session s(global);
    check(o_);
    return eval(s, o_, global.format);
  }

 private:
  EvalOptions o_;
  CLI::App* cmd_ = nullptr;
};

}  // namespace

std::unique_ptr<Module> make_eval_module(CLI::App& app, CLI::App& plot) {
  return make_module<EvalCommand>(app, plot);
}

}  // namespace mlsysim::cli
