// `mlsysim synthesize`: turns a TPOT, TTFT or throughput target into a step-time target, asks the
// library for the minimum device, and checks the catalog's devices against it.
#include "synthesize_cli.hpp"

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>

#include "checks.hpp"
#include "output.hpp"
#include "whatif_options.hpp"

namespace mlsysim::cli {

using namespace solvers;

struct SynthesisCliOptions {
  std::string model;
  std::string tpot, ttft, throughput;
  std::int64_t batch = 1, context = 0, prompt = 2048, tp = 1;
  std::string precision, weights, kv;
  std::vector<std::string> devices;
  std::string tier;
  std::string dispatch = "0 us";
  std::int64_t top = 20;
  CLI::App* app = nullptr;
};

namespace {

int synthesize_cmd(const SynthesisCliOptions& c, const Options& g) {
  const Session cats(g);
  const Catalog& cat = cats.catalog();
  const auto& m = cat.get<Workload>(c.model);
  const int given = !c.tpot.empty() + !c.ttft.empty() + !c.throughput.empty();
  if (given != 1) {
    throw InvalidArgumentError("--tpot", "give exactly one target: --tpot, --ttft or --throughput");
  }
  check_range("--batch", c.batch, 1, kMaxBatch);
  check_range("--context", c.context, 0, kMaxTokens);
  check_range("--prompt", c.prompt, 1, kMaxTokens);
  check_range("--tp", c.tp, 1, kMaxDegree);
  SynthesisOptions o;
  o.batch = c.batch;
  o.tp = c.tp;
  o.dispatch_overhead = flag_quantity("--dispatch-overhead", c.dispatch,
                                      {dims::time, "a non-negative time such as '5 us'", true});
  std::string what;
  if (!c.tpot.empty()) {
    o.tokens = 1;
    o.context = c.context;
    o.target = flag_quantity("--tpot", c.tpot, kPositiveTime);
    what = fmt::format("decode step (TPOT {}) at batch {}, context {}", c.tpot, c.batch, c.context);
  } else if (!c.ttft.empty()) {
    o.tokens = c.prompt;
    o.context = 0;
    o.target = flag_quantity("--ttft", c.ttft, kPositiveTime);
    what = fmt::format("prefill of {} tokens (TTFT {}) at batch {}", c.prompt, c.ttft, c.batch);
  } else {
    const Quantity rate = flag_quantity(
        "--throughput", c.throughput, {dims::frequency, "a positive rate such as '5000 tokens/s'"});
    // Decode: each step yields one token per sequence, so the step may take batch / rate.
    o.tokens = 1;
    o.context = c.context;
    o.target =
        Quantity(static_cast<double>(c.batch) / rate.base_value(), Unit::parse("s")).to("ms");
    what = fmt::format("decode at {} (batch {} -> step {:.4g}), context {}", c.throughput, c.batch,
                       o.target, c.context);
  }
  // Precisions as `mlsysim eval`: bf16 unless asked; narrow formats keep their own weights.
  Precisions p;
  p.compute = c.precision.empty() ? Precision::bf16 : parse_precision(c.precision);
  const bool integer = p.compute == Precision::int8 || p.compute == Precision::int4;
  const bool narrow = p.compute == Precision::fp8 || p.compute == Precision::fp4;
  p.weights = !c.weights.empty() ? parse_precision(c.weights)
                                 : (integer || narrow ? p.compute : Precision::bf16);
  p.activations = integer ? Precision::int8 : Precision::bf16;
  p.kv_cache =
      !c.kv.empty() ? parse_precision(c.kv) : (integer ? Precision::int8 : Precision::bf16);
  o.precision = p;

  std::vector<const HardwareNode*> devices;
  if (!c.devices.empty()) {
    for (const auto& n : c.devices) devices.push_back(&cat.get<HardwareNode>(n));
  } else {
    for (const auto* hw : cat.all<HardwareNode>()) {
      if (c.tier.empty() || std::string(hw->info.path).find(c.tier) != std::string::npos)
        devices.push_back(hw);
    }
  }
  const SynthesisResult s = synthesize(m, devices, o);
  const DeviceRequirement& n = s.need;
  Document doc{"synthesize", {}, {}};
  Record need{"requirement",
              fmt::format("Minimum device for {} on {}{} ({})", m.info.key, what,
                          c.tp > 1 ? fmt::format(", split over tp {}", c.tp) : std::string(),
                          precision_name(p.compute)),
              {}};
  need.add("target", "Step time target", o.target)
      .add("budget", "Budget after fixed overhead", n.budget)
      .add("flops", "FLOPs per device", n.flops)
      .add("bytes", "Memory traffic per device", n.bytes)
      .add("intensity", "Arithmetic intensity", n.intensity)
      .add("peak_alone", "Peak FLOP/s needed (compute alone)", n.peak_alone)
      .add("bandwidth_alone", "Memory bandwidth needed (memory alone)", n.bandwidth_alone)
      .add("link_alone", "Link bandwidth needed (link alone, one-way)",
           n.link_alone ? Value(*n.link_alone) : Value())
      .add("balance_factor", "Balance factor (all together)", n.balance_factor)
      .add("balanced_peak", "Balanced device: peak FLOP/s", n.balanced_peak)
      .add("balanced_bandwidth", "Balanced device: memory bandwidth", n.balanced_bandwidth)
      .add("balanced_link", "Balanced device: link bandwidth",
           n.balanced_link ? Value(*n.balanced_link) : Value())
      .add("ridge_point", "Balanced ridge point", n.ridge_point)
      .add("capacity", "Memory capacity needed per device", n.capacity);
  doc.sections.emplace_back(std::move(need));
  Table t{"devices",
          fmt::format("Devices checked ({} of {} qualify)",
                      std::count_if(s.devices.begin(), s.devices.end(),
                                    [](const auto& d) { return d.qualifies; }),
                      s.devices.size()),
          {"device", "peak", "bandwidth", "capacity", "latency", "headroom", "fits", "meets_target",
           "qualifies", "limit"},
          {"Device", "Peak", "Bandwidth", "Capacity", "Step", "Headroom", "Fits", "Meets",
           "Qualifies", "Limit"},
          {}};
  std::int64_t shown = 0;
  for (const auto& d : s.devices) {
    if (!d.qualifies && shown++ >= c.top) break;
    const HardwareNode& hw = *d.device;
    const bool usable = d.has_precision && d.has_link;
    const std::string limit = !d.has_precision
                                  ? fmt::format("no dense {} rate", precision_name(p.compute))
                              : !d.has_link ? std::string("no link for tensor parallelism")
                                            : std::string(wall_name(d.wall));
    t.rows.push_back({std::string(hw.info.key), usable ? Value(*hw.peak(p.compute)) : Value(),
                      hw.memory.bandwidth, hw.memory.capacity, usable ? Value(d.latency) : Value(),
                      usable ? Value(d.headroom) : Value(), d.fits, d.meets_target, d.qualifies,
                      limit});
  }
  doc.sections.emplace_back(std::move(t));
  doc.notes.push_back(fmt::format(
      "efficiencies: compute {:g}, memory {:g}{}; the synthesized device has {} dispatch overhead "
      "per layer; each catalog device is evaluated with its own",
      o.efficiency.compute, o.efficiency.memory,
      c.tp > 1 ? fmt::format(", link {:g}", o.efficiency.intra_node_link) : std::string(),
      o.dispatch_overhead.str()));
  doc.notes.push_back(
      "'alone' figures are necessary (each with everything else infinitely fast); the balanced "
      "device meets the target exactly");
  const bool any =
      std::any_of(s.devices.begin(), s.devices.end(), [](const auto& d) { return d.qualifies; });
  if (!any) doc.notes.push_back("no device qualifies");
  print_document(doc, g.format);
  return any ? 0 : 2;
}

}  // namespace

SynthesisCommands::SynthesisCommands(CLI::App& app, CLI::App& /*plot*/)
    : o_(std::make_unique<SynthesisCliOptions>()) {
  auto& o = *o_;
  o.app = app.add_subcommand(
      "synthesize", "inverse roofline: the minimum device for a target, and which devices qualify");
  auto* a = o.app;
  a->add_option("model", o.model, "model")->required();
  a->add_option("--tpot", o.tpot, "time per output token target (a decode step), e.g. \"20 ms\"");
  a->add_option("--ttft", o.ttft, "time to first token target (a prefill of --prompt tokens)");
  a->add_option("--throughput", o.throughput, "decode throughput target, e.g. \"5000 tokens/s\"");
  a->add_option("--batch,-b", o.batch, "sequences per step (default 1)")
      ->check(CLI::PositiveNumber);
  a->add_option("--context", o.context, "tokens already in the KV cache (decode; default 0)")
      ->check(CLI::NonNegativeNumber);
  a->add_option("--prompt", o.prompt, "prompt tokens for --ttft (default 2048)")
      ->check(CLI::PositiveNumber);
  a->add_option("--tp", o.tp, "devices the step is split over (default 1)")
      ->check(CLI::PositiveNumber);
  a->add_option("--precision,-p", o.precision, "compute precision (default bf16)");
  a->add_option("--weights", o.weights, "weight precision");
  a->add_option("--kv", o.kv, "KV-cache precision");
  a->add_option("--devices", o.devices, "comma-separated devices to check (default: the catalog)")
      ->delimiter(',');
  a->add_option("--tier", o.tier, "only devices whose path contains this (e.g. Cloud)");
  a->add_option("--dispatch-overhead", o.dispatch,
                "fixed time per layer of the synthesized device (default \"0 us\")");
  a->add_option("--top", o.top, "devices that do not qualify to list (default 20)")
      ->check(CLI::NonNegativeNumber);
  a->footer(
      "Exit code 2 when no device qualifies.\nExamples:\n  mlsysim synthesize Llama3_8B --tpot "
      "\"20 ms\" --batch 8 --context 4096\n  mlsysim synthesize Llama3_70B --ttft \"500 ms\" "
      "--prompt 4096 --tp 8 --tier Cloud");
}

SynthesisCommands::~SynthesisCommands() = default;

std::string SynthesisCommands::parsed() const { return o_->app->parsed() ? "synthesize" : ""; }

int SynthesisCommands::run(const std::string& command, const Options& global) const {
  if (command != "synthesize") {
    throw InvalidArgumentError("command", "unknown synthesis command '" + command + "'");
  }
  return synthesize_cmd(*o_, global);
}

std::unique_ptr<Module> make_synthesize_module(CLI::App& app, CLI::App& plot) {
  return make_module<SynthesisCommands>(app, plot);
}

}  // namespace mlsysim::cli
