// `mlsysim capacity`: the cheapest configurations serving a request rate within p99 targets,
// by simulating Poisson arrivals (or a trace) against each.
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
  co.slo.ttft = optional_flag_quantity("--ttft-p99", c.ttft_p99, kPositiveTime);
  co.slo.tpot = optional_flag_quantity("--tpot-p99", c.tpot_p99, kPositiveTime);
  co.slo.e2e = optional_flag_quantity("--e2e-p99", c.e2e_p99, kPositiveTime);
  const std::vector<std::string> names =
      c.devices.empty() ? std::vector<std::string>{"H100", "H200", "MI300X"} : c.devices;
  for (const auto& n : names) co.devices.push_back(&cat.get<HardwareNode>(n));
  if (!c.tps.empty()) co.tp = c.tps;
  co.try_disaggregated = !c.no_disaggregated;
  if (auto q = optional_flag_quantity("--kv-post-per-descriptor", c.kv_post, kNonNegativeTime)) {
    co.kv_post_per_descriptor = *q;
  }
  co.kv_link_bandwidth =
      optional_flag_quantity("--kv-link-bandwidth", c.kv_link_bandwidth, kPositiveBandwidth);
  co.kv_link_latency =
      optional_flag_quantity("--kv-link-latency", c.kv_link_latency, kNonNegativeTime);
  co.routing = c.routing == "random" ? Routing::random : Routing::least_loaded;
  co.requests = c.requests;
  co.seed = c.seed;
  co.top = static_cast<std::size_t>(std::max<std::int64_t>(1, c.top));
  co.electricity_price = optional_flag_quantity("--price", c.price, kEnergyPrice);
  // Data-dependent defaults from the catalog in use.
  const HardwareNode& first = *co.devices.front();
  ServingCliOptions base = c;
  base.tp = 1;
  base.batch = 1;
  co.base = serving_options(base, first, cat);
  co.base.precision.kv_cache =
      c.precision.kv.empty() ? Precision::bf16 : parse_precision(c.precision.kv);
  return co;
}

int capacity_cmd(const ServingCliOptions& c, const Options& g) {
  const Session session(g);
  const Catalog& cat = session.catalog();
  const auto& m = cat.get<Workload>(c.model);
  std::vector<TraceRequest> trace;
  const CapacityOptions co = capacity_options(c, cat, trace);
  const CapacityResult r = plan_capacity(m, co);
  Document doc{"capacity", {}, {}};
  std::string devs;
  for (const auto* d : co.devices) devs += (devs.empty() ? "" : ", ") + std::string(d->info.key);
  Table t{"configurations",
          fmt::format(
              "{} at {} requests/s, {} in / {} out; p99 targets{}{}{}; devices {}; {} "
              "configurations, {} simulations of {} requests{}{}{}",
              m.info.key, c.trace.empty() ? fmt::format("{:g}", c.qps) : "trace", c.input_tokens,
              c.output_tokens, co.slo.ttft ? fmt::format(" TTFT {}", co.slo.ttft->str()) : "",
              co.slo.tpot ? fmt::format(" TPOT {}", co.slo.tpot->str()) : "",
              co.slo.e2e ? fmt::format(" E2E {}", co.slo.e2e->str()) : "", devs, r.configurations,
              r.simulations, co.requests,
              c.kv_admission == "reserve" ? "" : fmt::format("; KV admission {}", c.kv_admission),
              co.routing == Routing::random ? "; arrivals routed to a replica at random" : "",
              host_time_text(co.base.params)),
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
  // The stand-ins serve states: every configuration prices the routed experts at the
  // streaming bandwidth (capacity takes no --expert-bandwidth-fraction), and FP8 candidates of a
  // block-scaled checkpoint at the per-tensor FP8 rate.
  std::vector<std::string> assumed;
  serving_stand_ins(m, 1.0,
                    std::any_of(r.best.begin(), r.best.end(),
                                [](const auto& cand) { return cand.precision == Precision::fp8; }),
                    assumed);
  if (auto a = host_time_assumption(c)) assumed.push_back(std::move(*a));
  if (std::any_of(r.best.begin(), r.best.end(),
                  [](const auto& cand) { return cand.deployment == Deployment::disaggregated; })) {
    assumed.push_back(disaggregated_assumption(co));
  }
  print(doc, g.format, assumed);
  return r.best.empty() ? 2 : 0;
}

class CapacityCommand {
 public:
  CapacityCommand(CLI::App& app, CLI::App& /*plot*/) {
    ServingCliOptions& o = o_;
    cmd_ = app.add_subcommand("capacity",
                              "cheapest configurations serving a request rate within p99 targets");
    cmd_->add_option("model", o.model, "model")->required();
    cmd_->add_option("--qps", o.qps, "requests per second (Poisson arrivals)")
        ->check(CLI::PositiveNumber);
    cmd_->add_option("--devices", o.devices, "comma-separated devices (default H100,H200,MI300X)")
        ->delimiter(',');
    cmd_->add_option("--trace", o.trace,
                     "CSV trace: arrival_s,input_tokens,output_tokens[,cached_tokens]");
    cmd_->add_option("--e2e-p99", o.e2e_p99, "p99 end-to-end latency target");
    cmd_->add_option("--tp-options", o.tps, "tensor-parallel degrees to try (default 1,2,4,8)")
        ->delimiter(',');
    cmd_->add_flag("--no-disaggregated", o.no_disaggregated,
                   "do not try disaggregated prefill/decode pools");
    cmd_->add_option("--kv-post-per-descriptor", o.kv_post,
                     "decode-side host time to post one KV-transfer descriptor (a page of a layer "
                     "region), which holds the decode step: vLLM NixlConnector before PR #53333; "
                     "default 0, not priced (published costs 0.074-3.75 us per posted descriptor, "
                     "NIXL merging adjacent pages first)");
    cmd_->add_option("--kv-link-bandwidth", o.kv_link_bandwidth,
                     "one rank's one-way KV link between the pools, e.g. \"50 GB/s\" (a GPU's "
                     "share of the NICs when the pools are on different nodes); default each "
                     "device's own link x efficiency.intra_node_link");
    cmd_->add_option("--kv-link-latency", o.kv_link_latency,
                     "latency of one KV transfer between the pools; default the link's");
    cmd_->add_option("--routing", o.routing,
                     "how arrivals reach replicas: least-loaded (a load-aware router; default) or "
                     "random (a Kubernetes Service, a backend per request)")
        ->check(CLI::IsMember({"least-loaded", "random"}));
    cmd_->add_option("--price", o.price, "electricity price added to the hourly cost");
    cmd_->add_option("--top", o.top, "configurations to show")->check(CLI::PositiveNumber);
    add_kv_option(*cmd_, o.precision);
    cmd_->add_option("--prefix-hit", o.prefix_hit, "fraction of prompt tokens in the prefix cache")
        ->check(CLI::Range(0.0, 0.999));
    add_schedule_option(cmd_, o);
    add_launch_options(cmd_, o);
    add_host_time_options(cmd_, o);
    add_traffic_options(cmd_, o);
    cmd_->footer(
        "Exit code 2 when no configuration meets the targets.\nExample:\n  mlsysim capacity "
        "Llama3_70B --qps 50 --input-tokens 2048 --output-tokens 256 --ttft-p99 \"2 s\" --tpot-p99 "
        "\"50 ms\" --devices H100,H200,MI300X");
  }
  [[nodiscard]] std::string parsed() const { return cmd_->parsed() ? "capacity" : ""; }
  [[nodiscard]] int run(const std::string& /*command*/, const Options& global) const {
    return capacity_cmd(prepared(o_, false), global);
  }

 private:
  ServingCliOptions o_;
  CLI::App* cmd_ = nullptr;
};

}  // namespace

std::unique_ptr<Module> make_capacity_module(CLI::App& app, CLI::App& plot) {
  return make_module<CapacityCommand>(app, plot);
}

}  // namespace mlsysim::cli
