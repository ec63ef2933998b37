// Options shared by the what-if commands. The training and serving option handling mirrors
// `mlsysim train` (commands.cpp) and `mlsysim serve` (serving_cli.cpp) so that the same flags
// give the same evaluation; range checks go through the shared check_options.
#include "whatif_options.hpp"

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <iostream>

#include "checks.hpp"

namespace mlsysim::cli {

using namespace solvers;

CatalogInUse::CatalogInUse(const Options& g) {
  if (!g.catalog_dir.empty()) overlay_.emplace(Catalog::load(g.catalog_dir));
}
const Catalog& CatalogInUse::get() const { return overlay_ ? *overlay_ : mlsysim::catalog(); }

void add_train_args(CLI::App* c, TrainArgs& a) {
  a.app = c;
  c->add_option("model", a.model, "model")->required();
  c->add_option("fleet", a.fleet, "fleet (Systems.Clusters.*)")->required();
  c->add_option("--tp", a.tp, "tensor parallel degree")->check(CLI::PositiveNumber);
  c->add_option("--pp", a.pp, "pipeline stages")->check(CLI::PositiveNumber);
  c->add_option("--dp", a.dp, "data parallel degree (default: the rest of the fleet)");
  c->add_option("--ep", a.ep, "expert parallel degree")->check(CLI::PositiveNumber);
  c->add_option("--cp", a.cp, "context parallel degree")->check(CLI::PositiveNumber);
  c->add_option("--interleave", a.interleave, "virtual pipeline chunks per stage")
      ->check(CLI::PositiveNumber);
  c->add_option("--microbatch", a.microbatch, "sequences per micro-batch")
      ->check(CLI::PositiveNumber);
  c->add_option("--recompute", a.recompute, "none, selective or full")
      ->check(CLI::IsMember({"none", "selective", "full"}));
  c->add_option("--zero", a.zero, "ZeRO stage 0-3")->check(CLI::Range(0, 3));
  c->add_flag("--no-sequence-parallel", a.no_sp, "disable sequence parallelism");
  c->add_option("--seq-len", a.seq_len, "sequence length")->check(CLI::PositiveNumber);
  c->add_option("--global-batch", a.global_batch,
                "sequences per optimizer step (default 1024, raised to the next multiple of dp x "
                "microbatch when needed)")
      ->check(CLI::PositiveNumber);
  c->add_option("--precision,-p", a.precision, "compute precision (bf16, fp8, ...)");
  c->add_option("--weights", a.weights, "weight precision (default: the compute precision)");
  c->add_option("--kv", a.kv, "KV-cache precision (default: bf16)");
}

void add_serve_args(CLI::App* c, ServeArgs& a) {
  c->add_option("model", a.model, "model")->required();
  c->add_option("device", a.device, "hardware")->required();
  c->add_option("--tp", a.tp, "devices in the tensor-parallel group")->check(CLI::PositiveNumber);
  c->add_option("--pp", a.pp, "pipeline stages (each --tp devices)")->check(CLI::Range(1, 1024));
  c->add_option("--batch,-b", a.batch, "running requests (default 1)")->check(CLI::PositiveNumber);
  c->add_option("--input-tokens", a.input_tokens, "prompt tokens (default 512)")
      ->check(CLI::PositiveNumber);
  c->add_option("--output-tokens", a.output_tokens, "generated tokens (default 128)")
      ->check(CLI::PositiveNumber);
  c->add_option("--precision,-p", a.precision, "compute precision (bf16, fp8, int8, ...)");
  c->add_option("--weights", a.weights,
                "weight precision (default: the compute precision for fp8/fp4/int, else bf16)");
  c->add_option("--kv", a.kv, "KV-cache precision (default: bf16)");
  c->add_flag("--static", a.static_batch, "static batching");
  c->add_option("--prefix-hit", a.prefix_hit, "fraction of prompt tokens in the prefix cache")
      ->check(CLI::Range(0.0, 0.999));
  c->add_option("--max-num-seqs", a.max_num_seqs, "engine batch limit (default 256)")
      ->check(CLI::PositiveNumber);
  c->add_option("--max-batched-tokens", a.max_batched_tokens,
                "token budget per iteration (default 8192)")
      ->check(CLI::PositiveNumber);
  c->add_option("--reserve", a.reserve, "fraction of memory kept free (default 0.10)")
      ->check(CLI::Range(0.0, 0.99));
  c->add_flag("--expert-parallel", a.expert_parallel, "MoE: experts whole on devices");
  c->add_flag("--attention-dp", a.attention_dp, "MoE: attention data-parallel across tp ranks");
}

void add_site_args(CLI::App* c, SiteArgs& a) {
  c->add_option("--grid", a.grid, "grid: adds cost and carbon per 1M tokens");
  c->add_option("--datacenter", a.datacenter, "datacenter (instead of --grid)");
  c->add_option("--price", a.price, "electricity price, e.g. \"0.08 USD/kWh\" (default: grid's)");
  c->add_option("--pue", a.pue, "PUE when the datacenter and grid give none")
      ->check(CLI::Range(1.0, 10.0));
  c->add_option("--power", a.power, "power per accelerator: node (system power) or accelerator")
      ->check(CLI::IsMember({"node", "accelerator"}));
  c->add_flag("--embodied-beyond-die", a.embodied_beyond_die,
              "embodied carbon of memory and servers too (LLMCarbon), not only the dies");
}

namespace {

Precisions precisions(const std::string& precision, const std::string& weights,
                      const std::string& kv, const HardwareNode& hw) {
  Precisions p;
  p.compute = precision.empty() ? hw.compute.default_precision : parse_precision(precision);
  const bool integer = p.compute == Precision::int8 || p.compute == Precision::int4;
  const bool narrow = p.compute == Precision::fp8 || p.compute == Precision::fp4;
  p.weights = !weights.empty()    ? parse_precision(weights)
              : integer || narrow ? p.compute
                                  : Precision::bf16;
  p.activations = integer ? Precision::int8 : Precision::bf16;
  p.kv_cache = !kv.empty() ? parse_precision(kv) : (integer ? Precision::int8 : Precision::bf16);
  return p;
}

std::optional<Quantity> nvlink_latency(const Catalog& cat) {
  if (const auto* e = cat.try_find("Hardware.Tech.Interconnect.NVLink")) {
    if (const auto* t = e->get_if<TechEntry>(); t != nullptr && t->latency) return *t->latency;
  }
  return std::nullopt;
}

}  // namespace

TrainSetup resolve_train(const TrainArgs& a, const Catalog& cat) {
  // The shared checks of `mlsysim train` (ranges, the default global batch).
  Options o;
  o.model = a.model;
  o.fleet = a.fleet;
  o.tp = a.tp;
  o.pp = a.pp;
  o.dp = a.dp;
  o.ep = a.ep;
  o.cp = a.cp;
  o.interleave = a.interleave;
  o.microbatch = a.microbatch;
  o.seq_len = a.seq_len;
  o.global_batch = a.global_batch;
  o.global_batch_given = a.app != nullptr && a.app->get_option("--global-batch")->count() > 0;
  o.token_budget = a.token_budget;
  TrainSetup s;
  s.notes = check_options("train", o, cat);
  s.model = &cat.get<Workload>(a.model);
  s.fleet = &cat.get<Fleet>(a.fleet);
  const Fleet& fleet = *s.fleet;
  const HardwareNode& hw = *fleet.node->accelerator;
  ParallelConfig& pc = s.parallel;
  pc.tp = a.tp;
  pc.pp = a.pp;
  pc.ep = a.ep;
  pc.cp = a.cp;
  pc.interleave = a.interleave;
  pc.microbatch = a.microbatch;
  pc.zero_stage = a.zero;
  pc.sequence_parallel = !a.no_sp;
  pc.recompute = a.recompute == "none"   ? Recompute::none
                 : a.recompute == "full" ? Recompute::full
                                         : Recompute::selective;
  const std::int64_t n = fleet.total_accelerators();
  const bool small = a.tp <= n && a.pp <= n && a.cp <= n && a.tp * a.pp <= n;
  const std::int64_t model_ranks = small && a.tp * a.pp * a.cp <= n ? a.tp * a.pp * a.cp : 0;
  pc.dp = a.dp > 0 ? a.dp : (model_ranks > 0 && n % model_ranks == 0 ? n / model_ranks : 0);
  if (pc.dp <= 0) {
    throw InvalidArgumentError(
        "dp", fmt::format("tp x pp x cp = {} x {} x {} does not divide the {} accelerators of '{}'",
                          a.tp, a.pp, a.cp, n, fleet.info.path));
  }
  TrainingOptions& t = s.options;
  t.seq_len = a.seq_len;
  t.global_batch = o.global_batch;
  t.token_budget = a.token_budget;
  t.precision = precisions(a.precision, a.weights, a.kv, hw);
  // FP8/FP4 training keeps 16-bit weights and activations (Transformer Engine's recipe).
  if (t.precision.compute == Precision::fp8 || t.precision.compute == Precision::fp4) {
    if (a.weights.empty()) t.precision.weights = Precision::bf16;
    t.precision.activations = Precision::bf16;
  }
  if (const auto lat = nvlink_latency(cat)) t.intra_node_latency = *lat;
  return s;
}

ServingOptions serving_options_for(const ServeArgs& a, const HardwareNode& hw, const Catalog& cat) {
  check_range("--batch", a.batch, 1, kMaxBatch);
  check_range("--tp", a.tp, 1, kMaxDegree);
  check_range("--pp", a.pp, 1, kMaxDegree);
  check_range("--input-tokens", a.input_tokens, 1, kMaxTokens);
  check_range("--output-tokens", a.output_tokens, 1, kMaxTokens);
  ServingOptions so;
  so.tp = a.tp;
  so.pp = a.pp;
  so.batch = a.batch;
  so.input_tokens = a.input_tokens;
  so.output_tokens = a.output_tokens;
  so.precision = precisions(a.precision, a.weights, a.kv, hw);
  so.batching = a.static_batch ? Batching::static_batch : Batching::continuous;
  so.prefix_hit_rate = a.prefix_hit;
  if (a.max_num_seqs > 0) so.params.max_num_seqs = a.max_num_seqs;
  if (a.max_batched_tokens > 0) so.params.max_batched_tokens = a.max_batched_tokens;
  if (a.reserve >= 0) so.params.runtime_reserve = a.reserve;
  if (const auto lat = nvlink_latency(cat)) so.params.link_latency = *lat;
  so.moe.expert_parallel = a.expert_parallel;
  so.moe.attention_data_parallel = a.attention_dp;
  return so;
}

ServeSetup resolve_serve(const ServeArgs& a, const Catalog& cat) {
  ServeSetup s;
  s.model = &cat.get<Workload>(a.model);
  s.device = &cat.get<HardwareNode>(a.device);
  s.options = serving_options_for(a, *s.device, cat);
  return s;
}

std::optional<CostOptions> resolve_site(const SiteArgs& a, const Catalog& cat) {
  if (!a.grid.empty() && !a.datacenter.empty()) {
    throw InvalidArgumentError("--grid",
                               "give --grid or --datacenter, not both (a datacenter has its grid)");
  }
  if (a.grid.empty() && a.datacenter.empty()) {
    if (!a.price.empty()) {
      throw InvalidArgumentError("--price", "a price needs a site: give --grid or --datacenter");
    }
    return std::nullopt;
  }
  CostOptions co;
  if (!a.datacenter.empty())
    co.footprint.datacenter = &cat.get<Datacenter>(a.datacenter);
  else
    co.footprint.grid = &cat.get<GridProfile>(a.grid);
  co.footprint.prefer =
      a.power == "accelerator" ? PowerBasis::accelerator_power : PowerBasis::node_system_power;
  if (a.pue > 0) co.footprint.pue = a.pue;
  co.footprint.embodied_beyond_die = a.embodied_beyond_die;
  if (!a.price.empty()) {
    const Quantity price = Quantity::parse(a.price);
    if (price.dimension() != dims::energy_price || !(price.base_value() > 0)) {
      throw InvalidArgumentError("--price", "'" + a.price +
                                                "' is not a positive price per energy (e.g. "
                                                "'0.08 USD/kWh')");
    }
    co.electricity_price = price;
  }
  return co;
}

void check_plot_path(const std::string& p) {
  const bool svg = p.size() > 4 && p.substr(p.size() - 4) == ".svg";
  const bool png = p.size() > 4 && p.substr(p.size() - 4) == ".png";
  if (!svg && !png) throw InvalidArgumentError("--output", "'" + p + "' must end in .svg or .png");
}

void print_document(const Document& doc, Format f) { std::cout << render(doc, f) << std::flush; }

}  // namespace mlsysim::cli
