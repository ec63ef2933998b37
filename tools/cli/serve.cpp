// `mlsysim serve`: LLM serving on one replica (TTFT, TPOT, KV pages, throughput) and whether
// the latency targets are met; searches the largest batch meeting them when no --batch is given.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>

#include "assumptions.hpp"
#include "checks.hpp"
#include "commands.hpp"
#include "serving_options.hpp"
#include "session.hpp"

namespace mlsysim::cli {
namespace {

using namespace solvers;

Record serving_record(const ServingResult& r, const ServingOptions& so, const Workload& m,
                      const HardwareNode& hw) {
  Record rec{"serving",
             fmt::format("{} on {} x {} (batch {}, {} in / {} out, {} batching)", m.info.key,
                         so.tp * so.pp, hw.info.key, so.batch, so.input_tokens, so.output_tokens,
                         so.batching == Batching::static_batch ? "static"
                         : so.params.schedule == IterationSchedule::prefill_first
                             ? "continuous, prefill-first"
                             : "continuous"),
             {}};
  rec.add("batch", "Batch", so.batch)
      .add("ttft", "TTFT", r.ttft)
      .add("tpot", "TPOT (per output token)", r.tpot)
      .add("request_latency", "Request latency", r.request_latency)
      .add("output_throughput", "Output tokens per second", r.output_throughput)
      .add("request_throughput", "Requests per second", r.request_throughput)
      .add("tokens_per_step", "Tokens per decode step", r.tokens_per_step)
      .add("decode_wall", "Decode bound by", wall_text(r.decode_wall))
      .add("prefill_wall", "Prefill bound by", wall_text(r.prefill_wall))
      .add("kv_per_token", "KV cache per token", r.kv_per_token)
      .add("kv_per_request", "KV cache per request", r.kv_per_request)
      .add("weights_per_device", "Weights per device", r.weights_per_device)
      .add("activations_per_device", "Activations per device", r.memory.activations)
      .add("reserve_per_device", "Runtime reserve per device", r.memory.reserve)
      .add("memory_per_device", "Memory per device", r.memory_per_device)
      .add("capacity_per_device", "Capacity per device", r.capacity_per_device)
      .add("kv_pool_tokens", "KV pool (tokens)", r.memory.kv_tokens)
      .add("max_concurrent", "Max concurrent requests", r.max_concurrent)
      .add("concurrency_limit", "Concurrency limited by", limit_text(r.concurrency_limit))
      .add("knee_batch", "Compute-bound from batch", r.knee_batch)
      .add("feasible", "Fits", r.feasible);
  // Host time is priced only when given (--host-per-iteration, --host-per-sequence): say so.
  if (engine_host_time_given(so.params)) {
    rec.add("host_time_per_iteration", "Host time per iteration", so.params.host_time_per_iteration)
        .add("host_time_per_sequence", "Host time per sequence", so.params.host_time_per_sequence);
  }
  // The front end is priced by default (an HTTP server before the engine): say what it costs.
  if (so.params.has_front_end()) {
    rec.add("front_end_latency", "Front-end latency", so.params.front_end_latency)
        .add("front_end_per_request", "Front end per request", so.params.front_end_per_request)
        .add("front_end_per_prompt_token", "Front end per prompt token",
             so.params.front_end_per_prompt_token)
        .add("front_end_workers", "Front-end workers", so.params.front_end_workers);
  }
  // Where kernels are launched one by one the host's launches can bound an iteration: say so.
  if (!so.params.cuda_graphs || so.params.eager_prefill) {
    rec.add("eager_host_per_kernel", "Eager launch host time per kernel",
            so.params.eager_host_per_kernel);
  }
  // A given routed-experts kernel fraction is an input: say it next to the answer it moved.
  if (so.moe.expert_bandwidth_fraction != 1) {
    rec.add("expert_bandwidth_fraction", "Routed experts' kernel bandwidth (of streaming)",
            so.moe.expert_bandwidth_fraction);
  }
  return rec;
}

int serve_cmd(const ServingCliOptions& c, const Options& g) {
  const Session session(g);
  const Catalog& cat = session.catalog();
  const auto& m = cat.get<Workload>(c.model);
  const auto& entry = cat.get<HardwareNode>(c.device);
  const auto limited = c.power_limit.empty() ? std::optional<PowerLimitedDevice>()
                                             : at_power_limit(entry, c.power_limit);
  const HardwareNode& hw = limited ? limited->hw : entry;
  ServingOptions so = serving_options(c, hw, cat);
  ServingTargets t;
  t.ttft = optional_flag_quantity("--ttft-target", c.ttft_target, kPositiveTime);
  t.tpot = optional_flag_quantity("--tpot-target", c.tpot_target, kPositiveTime);
  t.request_latency = optional_flag_quantity("--latency-target", c.latency_target, kPositiveTime);
  const bool targets = t.ttft || t.tpot || t.request_latency;
  Document doc{"serve", {}, {}};
  int code = 0;
  ServingResult r;
  if (targets && c.batch == 0) {
    const BatchSearch s = best_batch(m, hw, t, so);
    so.batch = std::max<std::int64_t>(1, s.batch);
    r = s.result;
    doc.sections.emplace_back(serving_record(r, so, m, hw));
    Record tr{"targets", "Targets", {}};
    if (t.ttft)
      tr.add("ttft_target", "TTFT target", *t.ttft).add("ttft_met", "TTFT met", s.ttft_met);
    if (t.tpot)
      tr.add("tpot_target", "TPOT target", *t.tpot).add("tpot_met", "TPOT met", s.tpot_met);
    if (t.request_latency)
      tr.add("latency_target", "Latency target", *t.request_latency)
          .add("latency_met", "Latency met", s.request_latency_met);
    const bool met = s.batch > 0;
    std::string binding;
    if (!r.feasible)
      binding = "memory capacity: batch 1 does not fit";
    else if (!met)
      binding = fmt::format("{} target missed even at batch 1 ({} bound)", s.binding_target,
                            wall_text(s.binding));
    else if (!s.binding_target.empty())
      binding = fmt::format("{} target (batch {} would miss it; {} bound)", s.binding_target,
                            s.batch + 1, wall_text(s.binding));
    else
      binding = limit_text(s.binding);
    tr.add("all_met", "All targets met", met)
        .add("best_batch", "Largest batch meeting the targets", s.batch)
        .add("binding", met ? "Batch stopped by" : "Binding constraint", binding);
    doc.sections.emplace_back(std::move(tr));
    if (!met) {
      doc.notes.push_back("target missed: " + binding);
      code = 2;
    }
  } else {
    r = serve(m, hw, so);
    doc.sections.emplace_back(serving_record(r, so, m, hw));
    if (targets) {
      Record tr{"targets", "Targets", {}};
      bool all = r.feasible;
      std::string binding = r.feasible ? "" : wall_text(solvers::Wall::capacity);
      const auto check = [&](const char* key, const char* label, const std::optional<Quantity>& q,
                             const Quantity& got) {
        if (!q) return;
        const bool met = !(*q < got);
        tr.add(std::string(key) + "_target", std::string(label) + " target", *q)
            .add(std::string(key) + "_met", std::string(label) + " met", met);
        if (!met && binding.empty())
          binding = fmt::format("{} {:.4g} > target {:.4g} ({} bound)", label, got, *q,
                                wall_text(r.decode_wall));
        all = all && met;
      };
      check("ttft", "TTFT", t.ttft, r.ttft);
      check("tpot", "TPOT", t.tpot, r.tpot);
      check("latency", "Latency", t.request_latency, r.request_latency);
      tr.add("all_met", "All targets met", all);
      if (!all) tr.add("binding", "Binding constraint", binding);
      doc.sections.emplace_back(std::move(tr));
      if (!all) {
        doc.notes.push_back("target missed: " + binding);
        code = 2;
      }
    }
  }
  if (c.concurrency > 0) {
    // A closed-loop benchmark of this replica: c.concurrency clients start together and each
    // sends its next fixed-length prompt when its previous request completes (the request-level
    // simulator, docs/solvers.md "Request-level simulation").
    SimulationOptions sim;
    sim.concurrency = c.concurrency;
    sim.requests = c.prompts;
    sim.warmup = c.warmup;
    sim.primed_prompts = c.primed;
    sim.seed = c.seed;
    sim.input = {LengthKind::fixed, static_cast<double>(so.input_tokens)};
    sim.output = {LengthKind::fixed, static_cast<double>(so.output_tokens)};
    const SimulationResult x = simulate(m, hw, so, sim);
    Record lr{"closed_loop",
              fmt::format("Closed-loop benchmark: {} clients, {} prompts ({} measured), fixed "
                          "lengths",
                          c.concurrency, c.prompts, c.prompts - c.warmup),
              {}};
    lr.add("concurrency", "Clients", c.concurrency)
        .add("prompts", "Prompts", c.prompts)
        .add("warmup", "Warm-up (not measured)", c.warmup)
        .add("primed_prompts", "Prompts already cached", c.primed)
        .add("ttft_mean", "Mean TTFT", x.ttft.mean)
        .add("ttft_p50", "p50 TTFT", x.ttft.p50)
        .add("ttft_p99", "p99 TTFT", x.ttft.p99)
        .add("tpot_mean", "Mean TPOT", x.tpot.mean)
        .add("tpot_p99", "p99 TPOT", x.tpot.p99)
        .add("e2e_mean", "Mean request latency", x.e2e.mean)
        .add("output_throughput", "Output tokens per second", x.output_throughput)
        .add("request_rate", "Requests per second", x.request_rate)
        .add("duration", "Run time", x.duration)
        .add("kv_admission", "KV admission",
             std::string(so.params.kv_admission == KvAdmission::on_demand          ? "on-demand"
                         : so.params.kv_admission == KvAdmission::estimated_output ? "estimated"
                                                                                   : "reserve"))
        .add("preemptions", "Requests preempted for KV pages", x.preemptions);
    doc.sections.emplace_back(std::move(lr));
  }
  if (so.speculation) {
    ServingOptions at = so;
    const auto cmp = compare_speculation(m, hw, at);
    Record sr{"speculation", "Speculative decoding vs the same replica without it", {}};
    sr.add("draft", "Draft",
           so.speculation->draft != nullptr ? std::string(so.speculation->draft->info.key)
                                            : std::string("self (draft heads)"))
        .add("draft_length", "Draft tokens per step", so.speculation->draft_length)
        .add("acceptance", "Acceptance rate", so.speculation->acceptance)
        .add("baseline_tpot", "TPOT without speculation", cmp.baseline.tpot)
        .add("speculative_tpot", "TPOT with speculation", cmp.speculative.tpot)
        .add("tpot_speedup", "TPOT speedup", cmp.tpot_speedup)
        .add("throughput_gain", "Throughput gain", cmp.throughput_gain);
    doc.sections.emplace_back(std::move(sr));
  }
  if (!r.feasible) {
    doc.notes.push_back(fmt::format(
        "does not fit: batch {} needs {:.4g} per device, at most {} requests fit ({})", so.batch,
        r.memory_per_device, r.max_concurrent, limit_text(r.concurrency_limit)));
    code = 2;
  }
  std::vector<std::string> assumed;
  if (limited) assumed.push_back(limited->note);
  if (so.tp > 1 || so.pp > 1) {
    // The link serve() prices tensor/pipeline-parallel steps on (serving_engine.cpp).
    const Link* link = replica_link(hw);
    if (link != nullptr) {
      if (auto a =
              latency_stand_in(hw.info.key, link->name, link->latency, so.params.link_latency)) {
        assumed.push_back(std::move(*a));
      }
      if (link->mesh_peers && so.tp > 1 && link->mesh_share(so.tp) < 1.0) {
        // Not a stand-in: the catalog's own topology, said because it sets the TP all-reduce.
        doc.notes.push_back(fmt::format(
            "{}'s link is a full mesh of {} peer links: tp {} drives {} of them, {:.0f}% of the "
            "{:.4g} the catalog quotes (docs/solvers.md, \"Rank layout and links\")",
            hw.info.key, *link->mesh_peers, so.tp, so.tp - 1, 100.0 * link->mesh_share(so.tp),
            link->bandwidth));
      }
    }
  }
  if (auto a = missing_cores(hw)) assumed.push_back(std::move(*a));
  serving_stand_ins(m, so.moe.expert_bandwidth_fraction, so.precision.compute == Precision::fp8,
                    assumed);
  if (auto a = host_time_assumption(c)) assumed.push_back(std::move(*a));
  if (so.params.kv_admission != KvAdmission::reserve_output) {
    assumed.emplace_back(
        "the steady-state rows reserve every request's prompt and whole output in KV pages; "
        "--kv-admission applies to the closed-loop simulation");
  }
  if (const std::int64_t local = m.local_layers(); local > 0) {
    // The KV per request depends on the engine's allocator: say which one is priced.
    assumed.push_back(fmt::format(
        "{} of {}'s {} layers attend within {}-token {}; {}", local, m.info.key,
        m.layers.value_or(0), m.local_window(), m.sliding_window ? "windows" : "chunks",
        so.params.windowed_kv_pages
            ? "their KV keeps only the window's pages (vLLM V1's hybrid KV cache manager; "
              "--full-kv-pages for an engine without one)"
            : "their KV keeps every token's pages (--full-kv-pages)"));
  }
  print(doc, g.format, assumed);
  return code;
}

class ServeCommand {
 public:
  ServeCommand(CLI::App& app, CLI::App& /*plot*/) {
    ServingCliOptions& o = o_;
    cmd_ = app.add_subcommand(
        "serve", "LLM serving on one replica: TTFT, TPOT, KV pages, throughput, targets");
    cmd_->add_option("model", o.model, "model")->required();
    cmd_->add_option("device", o.device, "hardware")->required();
    cmd_->add_option("--input-tokens", o.input_tokens, "prompt tokens")->check(CLI::PositiveNumber);
    cmd_->add_option("--output-tokens", o.output_tokens, "generated tokens")
        ->check(CLI::PositiveNumber);
    cmd_->add_option("--batch,-b", o.batch,
                     "running requests (default: search with targets, else 1)")
        ->check(CLI::PositiveNumber);
    cmd_->add_option("--tpot-target", o.tpot_target, "TPOT target, e.g. \"50 ms\"");
    cmd_->add_option("--ttft-target", o.ttft_target, "TTFT target, e.g. \"500 ms\"");
    cmd_->add_option("--latency-target", o.latency_target, "request latency target, e.g. \"10 s\"");
    cmd_->add_flag("--static", o.static_batch,
                   "static batching (prefill the batch together, then decode it together)");
    cmd_->add_option("--concurrency", o.concurrency,
                     "also simulate a closed-loop benchmark of this many clients (vllm bench "
                     "serve --max-concurrency)")
        ->check(CLI::PositiveNumber);
    cmd_->add_option("--prompts", o.prompts,
                     "closed loop: prompts in all (default 1000, the clients' --num-prompts)")
        ->check(CLI::PositiveNumber);
    cmd_->add_option("--warmup", o.warmup, "closed loop: first prompts not measured (default 0)")
        ->check(CLI::NonNegativeNumber);
    cmd_->add_option("--primed-prompts", o.primed,
                     "closed loop: the first prompts were sent once before the run and are in "
                     "the prefix cache (vllm bench serve's and sglang.bench_serving's warm-up "
                     "resends the first prompt: 1; default 0)")
        ->check(CLI::NonNegativeNumber);
    cmd_->add_option("--seed", o.seed, "closed loop: random seed");
    cmd_->add_option("--power-limit", o.power_limit,
                     "the device's power limit (e.g. '500 W', nvidia-smi -pl) below its TDP: "
                     "compute rates scaled by the catalog's measured throughput at a lower limit "
                     "(power.capped_limit); refused for a device without one");
    add_replica_options(cmd_, o);
    cmd_->footer(
        "Exit code 2 when a target is missed or the batch does not fit.\nExamples:\n  mlsysim "
        "serve "
        "Llama3_70B H100 --tp 8 --input-tokens 2048 --output-tokens 256 --batch 32\n  mlsysim "
        "serve "
        "Llama3_8B H100 --tpot-target \"20 ms\" --ttft-target \"300 ms\"");
  }
  [[nodiscard]] std::string parsed() const { return cmd_->parsed() ? "serve" : ""; }
  [[nodiscard]] int run(const std::string& /*command*/, const Options& global) const {
    return serve_cmd(prepared(o_, true), global);
  }

 private:
  ServingCliOptions o_;
  CLI::App* cmd_ = nullptr;
};

}  // namespace

std::unique_ptr<Module> make_serve_module(CLI::App& app, CLI::App& plot) {
  return make_module<ServeCommand>(app, plot);
}

}  // namespace mlsysim::cli
