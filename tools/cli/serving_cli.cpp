// `mlsysim serve`, `mlsysim capacity` and `mlsysim plot serving`. Every default the solvers need
// from data (the TP link latency) is filled here from the catalog in use (--catalog honoured).
#include "serving_cli.hpp"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cmath>
#include <iostream>
#include <optional>

#include "checks.hpp"
#include "mlsysim/mlsysim.hpp"
#include "mlsysim/units/format.hpp"
#include "output.hpp"
#include "plot.hpp"

namespace mlsysim::cli {

struct ServingCliOptions {
  std::string model;
  std::string device;
  std::int64_t tp = 1;
  std::int64_t pp = 1;
  std::int64_t input_tokens = 0;   ///< 0: the command's default (serve 512, others 2048)
  std::int64_t output_tokens = 0;  ///< 0: the command's default (serve 128, others 256)
  std::int64_t batch = 0;          ///< 0: search (with targets) or 1
  std::string precision, weights, kv;
  std::string ttft_target, tpot_target, latency_target;
  bool static_batch = false;
  double prefix_hit = 0;
  std::int64_t max_num_seqs = 0, max_batched_tokens = 0;
  double reserve = -1;
  std::string draft;
  std::int64_t draft_length = 4;
  double acceptance = 0;
  double self_draft_cost = -1;
  bool expert_parallel = false;
  bool attention_dp = false;
  double load_imbalance = 1.0;
  // capacity and plot
  double qps = 0;
  std::string ttft_p99, tpot_p99, e2e_p99;
  std::vector<std::string> devices;
  std::string trace;
  std::string input_dist = "fixed", output_dist = "fixed";
  double input_sigma = 0.5, output_sigma = 0.5;
  std::int64_t requests = 2000;
  std::uint64_t seed = 1;
  std::int64_t top = 5;
  std::vector<std::int64_t> tps;
  bool no_disaggregated = false;
  std::string price;
  std::string output;
  std::int64_t points = 8;
};

namespace {

using namespace solvers;

class Catalogs {
 public:
  explicit Catalogs(const Options& g) {
    if (!g.catalog_dir.empty()) overlay_.emplace(Catalog::load(g.catalog_dir));
  }
  [[nodiscard]] const Catalog& get() const { return overlay_ ? *overlay_ : mlsysim::catalog(); }

 private:
  std::optional<Catalog> overlay_;
};

void print(const Document& doc, Format f) { std::cout << render(doc, f) << std::flush; }

std::optional<Quantity> time_option(const std::string& text, const char* name) {
  if (text.empty()) return std::nullopt;
  const Quantity q = Quantity::parse(text);
  if (q.dimension() != dims::time || !(q.base_value() > 0)) {
    throw InvalidArgumentError(name,
                               "must be a positive time such as \"50 ms\", got '" + text + "'");
  }
  return q;
}

/// Serving options from the command line and the catalog in use.
ServingOptions serving_options(const ServingCliOptions& c, const HardwareNode& hw,
                               const Catalog& cat) {
  ServingOptions so;
  so.tp = c.tp;
  so.pp = c.pp;
  so.input_tokens = c.input_tokens;
  so.output_tokens = c.output_tokens;
  so.batch = c.batch > 0 ? c.batch : 1;
  so.precision.compute =
      c.precision.empty() ? hw.compute.default_precision : parse_precision(c.precision);
  const bool integer =
      so.precision.compute == Precision::int8 || so.precision.compute == Precision::int4;
  const bool narrow_float =
      so.precision.compute == Precision::fp8 || so.precision.compute == Precision::fp4;
  so.precision.weights = !c.weights.empty()        ? parse_precision(c.weights)
                         : integer || narrow_float ? so.precision.compute
                                                   : Precision::bf16;
  so.precision.activations = integer ? Precision::int8 : Precision::bf16;
  so.precision.kv_cache =
      !c.kv.empty() ? parse_precision(c.kv) : (integer ? Precision::int8 : Precision::bf16);
  so.batching = c.static_batch ? Batching::static_batch : Batching::continuous;
  so.prefix_hit_rate = c.prefix_hit;
  if (c.max_num_seqs > 0) so.params.max_num_seqs = c.max_num_seqs;
  if (c.max_batched_tokens > 0) so.params.max_batched_tokens = c.max_batched_tokens;
  if (c.reserve >= 0) so.params.runtime_reserve = c.reserve;
  // The TP link's latency: the device's own, else the catalog's NVLink technology entry.
  if (const auto* e = cat.try_find("Hardware.Tech.Interconnect.NVLink")) {
    if (const auto* t = e->get_if<TechEntry>(); t != nullptr && t->latency) {
      so.params.link_latency = *t->latency;
    }
  }
  if (c.acceptance > 0 || !c.draft.empty()) {
    Speculation s;
    s.draft_length = c.draft_length;
    if (c.acceptance > 0) s.acceptance = c.acceptance;
    if (!c.draft.empty()) s.draft = &cat.get<Workload>(c.draft);
    if (c.self_draft_cost >= 0) s.self_draft_cost = c.self_draft_cost;
    so.speculation = s;
  }
  so.moe.expert_parallel = c.expert_parallel;
  so.moe.attention_data_parallel = c.attention_dp;
  so.moe.load_imbalance = c.load_imbalance;
  return so;
}

LengthDistribution distribution(const std::string& kind, double mean, double sigma) {
  LengthDistribution l;
  l.mean = mean;
  l.sigma = sigma;
  if (kind == "fixed") {
    l.kind = LengthKind::fixed;
  } else if (kind == "lognormal") {
    l.kind = LengthKind::lognormal;
  } else if (kind == "uniform") {
    l.kind = LengthKind::uniform;  // [mean/2, 3 mean/2]
    l.low = std::max(1.0, std::round(mean / 2));
    l.high = std::round(1.5 * mean);
  } else {
    throw InvalidArgumentError("distribution", "'" + kind + "' is not fixed, uniform or lognormal");
  }
  return l;
}

std::string wall_text(Wall w) { return std::string(wall_name(w)); }

std::string limit_text(Wall w) {
  return w == Wall::overhead ? "max_num_seqs (engine batch limit)" : "memory capacity (KV pages)";
}

Record serving_record(const ServingResult& r, const ServingOptions& so, const Workload& m,
                      const HardwareNode& hw) {
  Record rec{"serving",
             fmt::format("{} on {} x {} (batch {}, {} in / {} out, {} batching)", m.info.key,
                         so.tp * so.pp, hw.info.key, so.batch, so.input_tokens, so.output_tokens,
                         so.batching == Batching::continuous ? "continuous" : "static"),
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
  return rec;
}

int serve_cmd(const ServingCliOptions& c, const Options& g) {
  const Catalogs cats(g);
  const Catalog& cat = cats.get();
  const auto& m = cat.get<Workload>(c.model);
  const auto& hw = cat.get<HardwareNode>(c.device);
  ServingOptions so = serving_options(c, hw, cat);
  ServingTargets t;
  t.ttft = time_option(c.ttft_target, "ttft_target");
  t.tpot = time_option(c.tpot_target, "tpot_target");
  t.request_latency = time_option(c.latency_target, "latency_target");
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
      std::string binding = r.feasible ? "" : "memory capacity";
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
  print(doc, g.format);
  return code;
}

CapacityOptions capacity_options(const ServingCliOptions& c, const Catalog& cat,
                                 std::vector<TraceRequest>& trace) {
  CapacityOptions co;
  co.qps = c.qps;
  co.input = distribution(c.input_dist, static_cast<double>(c.input_tokens), c.input_sigma);
  co.output = distribution(c.output_dist, static_cast<double>(c.output_tokens), c.output_sigma);
  if (!c.trace.empty()) {
    trace = read_trace(c.trace);
    co.trace = trace;
  } else if (!(c.qps > 0)) {
    throw InvalidArgumentError("qps", "give --qps (requests per second) or --trace FILE");
  }
  co.slo.ttft = time_option(c.ttft_p99, "ttft_p99");
  co.slo.tpot = time_option(c.tpot_p99, "tpot_p99");
  co.slo.e2e = time_option(c.e2e_p99, "e2e_p99");
  const std::vector<std::string> names =
      c.devices.empty() ? std::vector<std::string>{"H100", "H200", "MI300X"} : c.devices;
  for (const auto& n : names) co.devices.push_back(&cat.get<HardwareNode>(n));
  if (!c.tps.empty()) co.tp = c.tps;
  co.try_disaggregated = !c.no_disaggregated;
  co.requests = c.requests;
  co.seed = c.seed;
  co.top = static_cast<std::size_t>(std::max<std::int64_t>(1, c.top));
  if (!c.price.empty()) co.electricity_price = Quantity::parse(c.price);
  // Data-dependent defaults from the catalog in use.
  const HardwareNode& first = *co.devices.front();
  ServingCliOptions base = c;
  base.tp = 1;
  base.batch = 1;
  co.base = serving_options(base, first, cat);
  co.base.precision.kv_cache = c.kv.empty() ? Precision::bf16 : parse_precision(c.kv);
  return co;
}

int capacity_cmd(const ServingCliOptions& c, const Options& g) {
  const Catalogs cats(g);
  const Catalog& cat = cats.get();
  const auto& m = cat.get<Workload>(c.model);
  std::vector<TraceRequest> trace;
  const CapacityOptions co = capacity_options(c, cat, trace);
  const CapacityResult r = plan_capacity(m, co);
  Document doc{"capacity", {}, {}};
  std::string devs;
  for (const auto* d : co.devices) devs += (devs.empty() ? "" : ", ") + std::string(d->info.key);
  Table t{"configurations",
          fmt::format("{} at {} requests/s, {} in / {} out; p99 targets{}{}{}; devices {}; {} "
                      "configurations, {} simulations of {} requests",
                      m.info.key, c.trace.empty() ? fmt::format("{:g}", c.qps) : "trace",
                      c.input_tokens, c.output_tokens,
                      co.slo.ttft ? fmt::format(" TTFT {}", co.slo.ttft->str()) : "",
                      co.slo.tpot ? fmt::format(" TPOT {}", co.slo.tpot->str()) : "",
                      co.slo.e2e ? fmt::format(" E2E {}", co.slo.e2e->str()) : "", devs,
                      r.configurations, r.simulations, co.requests),
          {"rank",
           "device",
           "accelerators",
           "tp",
           "replicas",
           "deployment",
           "precision",
           "max_num_seqs",
           "chunk_tokens",
           "cost_per_hour",
           "ttft_p50",
           "ttft_p99",
           "tpot_p50",
           "tpot_p99",
           "e2e_p99",
           "throughput",
           "goodput",
           "utilization",
           "energy_per_1k_tokens",
           "cost_per_1m_tokens"},
          {"#",       "Device",   "GPUs",    "TP",       "Replicas",      "Mode",       "Prec",
           "Seqs",    "Chunk",    "Cost/h",  "TTFT p50", "TTFT p99",      "TPOT p50",   "TPOT p99",
           "E2E p99", "Tokens/s", "Goodput", "Util",     "Energy/1K tok", "Cost/1M tok"},
          {}};
  std::int64_t rank = 0;
  for (const auto& cand : r.best) {
    const bool dis = cand.deployment == Deployment::disaggregated;
    t.rows.push_back({++rank,
                      std::string(cand.device->info.key),
                      cand.accelerators,
                      cand.tp,
                      dis ? fmt::format("{}P+{}D", cand.prefill_replicas, cand.decode_replicas)
                          : fmt::format("{}", cand.replicas),
                      std::string(dis ? "disaggregated" : "colocated"),
                      std::string(precision_name(cand.precision)),
                      cand.max_num_seqs,
                      cand.chunk_tokens,
                      cand.cost_per_hour,
                      cand.sim.ttft.p50,
                      cand.sim.ttft.p99,
                      cand.sim.tpot.p50,
                      cand.sim.tpot.p99,
                      cand.sim.e2e.p99,
                      cand.sim.output_throughput,
                      cand.sim.goodput,
                      cand.sim.utilization,
                      cand.sim.energy_per_1k_tokens,
                      cand.sim.cost_per_1m_tokens ? Value(*cand.sim.cost_per_1m_tokens) : Value()});
  }
  doc.sections.emplace_back(std::move(t));
  for (const auto& n : r.notes) doc.notes.push_back(n);
  if (r.best.empty()) {
    doc.notes.push_back(fmt::format("no configuration meets the p99 targets within {} accelerators",
                                    co.max_accelerators));
  }
  print(doc, g.format);
  return r.best.empty() ? 2 : 0;
}

int plot_serving_cmd(const ServingCliOptions& c, const Options& g) {
  const Catalogs cats(g);
  const Catalog& cat = cats.get();
  const auto& m = cat.get<Workload>(c.model);
  const std::vector<std::string> names =
      c.devices.empty() ? std::vector<std::string>{"H100"} : c.devices;
  const bool ttft = c.tpot_p99.empty() && !c.ttft_p99.empty();
  std::vector<Series> series;
  Document doc{"plot-serving", {}, {}};
  Table t{"points",
          "Latency-throughput points",
          {"configuration", "qps", "throughput_per_gpu", "ttft_p99", "tpot_p99"},
          {"Configuration", "QPS", "Tokens/s per GPU", "TTFT p99", "TPOT p99"},
          {}};
  for (const auto& n : names) {
    const auto& hw = cat.get<HardwareNode>(n);
    const ServingOptions so = serving_options(c, hw, cat);
    // The steady-state capacity of one replica (largest batch that fits) sets the sweep's range.
    const auto one = best_batch(m, hw, {}, so);
    const double cap = one.result.request_throughput.in("1/s");
    Series s{fmt::format("{} x{} {}", hw.info.key, so.tp, precision_name(so.precision.compute)),
             {}};
    for (std::int64_t i = 1; i <= c.points; ++i) {
      SimulationOptions sim;
      sim.qps = cap * static_cast<double>(i) / static_cast<double>(c.points) * 0.95;
      sim.requests = c.requests;
      sim.seed = c.seed;
      sim.input = distribution(c.input_dist, static_cast<double>(c.input_tokens), c.input_sigma);
      sim.output =
          distribution(c.output_dist, static_cast<double>(c.output_tokens), c.output_sigma);
      const auto r = simulate(m, hw, so, sim);
      const double per_gpu = r.output_throughput.in("tokens/s") / static_cast<double>(so.tp);
      s.points.emplace_back(per_gpu, ttft ? r.ttft.p99.in("ms") : r.tpot.p99.in("ms"));
      t.rows.push_back({s.label, sim.qps, per_gpu, r.ttft.p99, r.tpot.p99});
    }
    series.push_back(std::move(s));
  }
  std::vector<Threshold> lines;
  if (!ttft && !c.tpot_p99.empty())
    lines.push_back({"TPOT SLO " + c.tpot_p99, time_option(c.tpot_p99, "tpot_p99")->in("ms")});
  if (ttft)
    lines.push_back({"TTFT SLO " + c.ttft_p99, time_option(c.ttft_p99, "ttft_p99")->in("ms")});
  plot_lines(fmt::format("{}: {} p99 vs throughput ({} in / {} out, Poisson arrivals)", m.info.key,
                         ttft ? "TTFT" : "TPOT", c.input_tokens, c.output_tokens),
             "Output tokens/s per GPU", ttft ? "TTFT p99 (ms)" : "TPOT p99 (ms)", series, lines,
             c.output);
  doc.sections.emplace_back(std::move(t));
  doc.notes.push_back("wrote " + c.output);
  print(doc, g.format);
  return 0;
}

void add_replica_options(CLI::App* a, ServingCliOptions& o) {
  a->add_option("--tp", o.tp, "devices in the tensor-parallel group")->check(CLI::PositiveNumber);
  a->add_option("--pp", o.pp, "pipeline stages (each --tp devices)")->check(CLI::Range(1, 1024));
  a->add_option("--precision,-p", o.precision, "compute precision (bf16, fp8, int8, ...)");
  a->add_option("--weights", o.weights,
                "weight precision (default: the compute precision for fp8/fp4/int, else bf16)");
  a->add_option("--kv", o.kv, "KV-cache precision (default: bf16)");
  a->add_option("--prefix-hit", o.prefix_hit, "fraction of prompt tokens in the prefix cache")
      ->check(CLI::Range(0.0, 0.999));
  a->add_option("--max-num-seqs", o.max_num_seqs, "engine batch limit (default 256)")
      ->check(CLI::PositiveNumber);
  a->add_option("--max-batched-tokens", o.max_batched_tokens,
                "token budget per iteration / prefill chunk (default 8192)")
      ->check(CLI::PositiveNumber);
  a->add_option("--reserve", o.reserve, "fraction of memory kept free (default 0.10)")
      ->check(CLI::Range(0.0, 0.99));
  a->add_option("--draft", o.draft, "draft model for speculative decoding");
  a->add_option("--draft-length", o.draft_length, "draft tokens per step (default 4)")
      ->check(CLI::Range(1, 64));
  a->add_option("--acceptance", o.acceptance,
                "speculative decoding: per-token acceptance rate (enables self-speculation)")
      ->check(CLI::Range(0.01, 0.99));
  a->add_option("--draft-cost", o.self_draft_cost,
                "self-speculation: draft cost per token as a fraction of a decode step")
      ->check(CLI::Range(0.0, 0.99));
  a->add_flag("--expert-parallel", o.expert_parallel,
              "MoE: experts whole on devices, all-to-all per MoE layer");
  a->add_flag("--attention-dp", o.attention_dp,
              "MoE: attention data-parallel across the tp ranks, experts expert-parallel");
  a->add_option("--load-imbalance", o.load_imbalance,
                "MoE: tokens on the busiest expert over the mean (>= 1)")
      ->check(CLI::Range(1.0, 64.0));
}

void add_traffic_options(CLI::App* a, ServingCliOptions& o) {
  a->add_option("--input-tokens", o.input_tokens, "mean prompt tokens")->check(CLI::PositiveNumber);
  a->add_option("--output-tokens", o.output_tokens, "mean generated tokens")
      ->check(CLI::PositiveNumber);
  a->add_option("--input-dist", o.input_dist, "fixed, uniform or lognormal")
      ->check(CLI::IsMember({"fixed", "uniform", "lognormal"}));
  a->add_option("--output-dist", o.output_dist, "fixed, uniform or lognormal")
      ->check(CLI::IsMember({"fixed", "uniform", "lognormal"}));
  a->add_option("--input-sigma", o.input_sigma, "lognormal sigma of log(input)");
  a->add_option("--output-sigma", o.output_sigma, "lognormal sigma of log(output)");
  a->add_option("--requests", o.requests, "requests per simulation")
      ->check(CLI::Range(1, 10000000));
  a->add_option("--seed", o.seed, "random seed (std::mt19937_64)");
  a->add_option("--ttft-p99", o.ttft_p99, "p99 time-to-first-token target, e.g. \"2 s\"");
  a->add_option("--tpot-p99", o.tpot_p99, "p99 time-per-output-token target, e.g. \"50 ms\"");
}

}  // namespace

ServingCommands::ServingCommands(CLI::App& app, CLI::App& plot)
    : o_(std::make_unique<ServingCliOptions>()) {
  ServingCliOptions& o = *o_;
  serve_ = app.add_subcommand(
      "serve", "LLM serving on one replica: TTFT, TPOT, KV pages, throughput, targets");
  serve_->add_option("model", o.model, "model")->required();
  serve_->add_option("device", o.device, "hardware")->required();
  serve_->add_option("--input-tokens", o.input_tokens, "prompt tokens")->check(CLI::PositiveNumber);
  serve_->add_option("--output-tokens", o.output_tokens, "generated tokens")
      ->check(CLI::PositiveNumber);
  serve_
      ->add_option("--batch,-b", o.batch, "running requests (default: search with targets, else 1)")
      ->check(CLI::PositiveNumber);
  serve_->add_option("--tpot-target", o.tpot_target, "TPOT target, e.g. \"50 ms\"");
  serve_->add_option("--ttft-target", o.ttft_target, "TTFT target, e.g. \"500 ms\"");
  serve_->add_option("--latency-target", o.latency_target, "request latency target, e.g. \"10 s\"");
  serve_->add_flag("--static", o.static_batch,
                   "static batching (prefill the batch together, then decode it together)");
  add_replica_options(serve_, o);
  serve_->footer(
      "Exit code 2 when a target is missed or the batch does not fit.\nExamples:\n  mlsysim serve "
      "Llama3_70B H100 --tp 8 --input-tokens 2048 --output-tokens 256 --batch 32\n  mlsysim serve "
      "Llama3_8B H100 --tpot-target \"20 ms\" --ttft-target \"300 ms\"");

  capacity_ = app.add_subcommand(
      "capacity", "cheapest configurations serving a request rate within p99 targets");
  capacity_->add_option("model", o.model, "model")->required();
  capacity_->add_option("--qps", o.qps, "requests per second (Poisson arrivals)")
      ->check(CLI::PositiveNumber);
  capacity_
      ->add_option("--devices", o.devices, "comma-separated devices (default H100,H200,MI300X)")
      ->delimiter(',');
  capacity_->add_option("--trace", o.trace, "CSV trace: arrival_s,input_tokens,output_tokens");
  capacity_->add_option("--e2e-p99", o.e2e_p99, "p99 end-to-end latency target");
  capacity_->add_option("--tp-options", o.tps, "tensor-parallel degrees to try (default 1,2,4,8)")
      ->delimiter(',');
  capacity_->add_flag("--no-disaggregated", o.no_disaggregated,
                      "do not try disaggregated prefill/decode pools");
  capacity_->add_option("--price", o.price, "electricity price added to the hourly cost");
  capacity_->add_option("--top", o.top, "configurations to show")->check(CLI::PositiveNumber);
  capacity_->add_option("--kv", o.kv, "KV-cache precision (default: bf16)");
  capacity_
      ->add_option("--prefix-hit", o.prefix_hit, "fraction of prompt tokens in the prefix cache")
      ->check(CLI::Range(0.0, 0.999));
  add_traffic_options(capacity_, o);
  capacity_->footer(
      "Exit code 2 when no configuration meets the targets.\nExample:\n  mlsysim capacity "
      "Llama3_70B --qps 50 --input-tokens 2048 --output-tokens 256 --ttft-p99 \"2 s\" --tpot-p99 "
      "\"50 ms\" --devices H100,H200,MI300X");

  plot_ = plot.add_subcommand("serving",
                              "p99 latency vs throughput per GPU (one line per device), SLO lines");
  plot_->add_option("model", o.model, "model")->required();
  plot_->add_option("--devices", o.devices, "comma-separated devices (default H100)")
      ->delimiter(',');
  plot_->add_option("--points", o.points, "request rates per line")->check(CLI::Range(2, 50));
  plot_->add_option("-o,--output", o.output, "output file (.svg or .png)")->required();
  add_replica_options(plot_, o);
  add_traffic_options(plot_, o);
  plot_->footer(
      "Example:\n  mlsysim plot serving Llama3_8B --devices H100,A100 --tpot-p99 \"50 ms\" -o "
      "serving.svg");
}

ServingCommands::~ServingCommands() = default;

std::string ServingCommands::parsed() const {
  if (serve_->parsed()) return "serve";
  if (capacity_->parsed()) return "capacity";
  if (plot_->parsed()) return "plot-serving";
  return "";
}

int ServingCommands::run(const std::string& command, const Options& global) const {
  ServingCliOptions o = *o_;
  const bool serve = command == "serve";
  if (o.input_tokens == 0) o.input_tokens = serve ? 512 : 2048;
  if (o.output_tokens == 0) o.output_tokens = serve ? 128 : 256;
  // Bounds before any arithmetic (docs/cli.md, "Option limits").
  if (o.batch != 0) check_range("--batch", o.batch, 1, kMaxBatch);
  check_range("--tp", o.tp, 1, kMaxDegree);
  check_range("--pp", o.pp, 1, kMaxDegree);
  check_range("--input-tokens", o.input_tokens, 1, kMaxTokens);
  check_range("--output-tokens", o.output_tokens, 1, kMaxTokens);
  if (o.max_num_seqs != 0) check_range("--max-num-seqs", o.max_num_seqs, 1, kMaxBatch);
  if (o.max_batched_tokens != 0) {
    check_range("--max-batched-tokens", o.max_batched_tokens, 1, kMaxTokens);
  }
  if (serve) return serve_cmd(o, global);
  if (command == "capacity") return capacity_cmd(o, global);
  if (command == "plot-serving") return plot_serving_cmd(o, global);
  throw InvalidArgumentError("command", "unknown serving command '" + command + "'");
}

}  // namespace mlsysim::cli
