// `mlsysim collective FLEET KIND SIZE [--ranks N] [--per-node P]`: one collective priced exactly as
// `train` prices its TP / DP / EP collectives (solvers::estimate_collective), with nccl-tests'
// time, algbw and busbw (docs/solvers.md, "Links"; docs/validation.md, "Collectives").
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>

#include "checks.hpp"
#include "commands.hpp"
#include "mlsysim/mlsysim.hpp"
#include "output.hpp"
#include "session.hpp"

namespace mlsysim::cli {
namespace {

using namespace solvers;

struct CollectiveCliOptions {
  std::string fleet;
  std::string kind;
  std::string size;
  std::int64_t ranks = 0;     ///< 0: every accelerator of the fleet
  std::int64_t per_node = 0;  ///< 0: ranks fill nodes
  std::string algo;           ///< empty: the cheapest algorithm (NCCL_ALGO)
  std::string proto;          ///< empty: the cheapest protocol (NCCL_PROTO)
  bool collnet = false;       ///< NCCL_COLLNET_ENABLE=1
};

CollectiveKind parse_kind(const std::string& k) {
  if (k == "all_reduce" || k == "allreduce") return CollectiveKind::all_reduce;
  if (k == "all_gather" || k == "allgather") return CollectiveKind::all_gather;
  if (k == "reduce_scatter" || k == "reducescatter") return CollectiveKind::reduce_scatter;
  if (k == "all_to_all" || k == "alltoall") return CollectiveKind::all_to_all;
  throw InvalidArgumentError("kind",
                             "expected all_reduce, all_gather, reduce_scatter or "
                             "all_to_all, got '" +
                                 k + "'");
}

int collective_cmd(const CollectiveCliOptions& c, const Options& g) {
  const Session session(g);
  const auto& fleet = session.get<Fleet>(c.fleet);
  const CollectiveKind kind = parse_kind(c.kind);
  if (kind == CollectiveKind::all_to_all && (!c.algo.empty() || !c.proto.empty() || c.collnet)) {
    // All-to-all is priced by the links' alpha-beta terms, not NCCL's cost model: a
    // restriction would be silently ignored.
    throw InvalidArgumentError(!c.algo.empty()    ? "algo"
                               : !c.proto.empty() ? "proto"
                                                  : "collnet",
                               "applies to all_reduce, all_gather and reduce_scatter (NCCL's "
                               "ring / tree / NVLS model), not to all_to_all");
  }
  const Quantity bytes =
      flag_quantity("size", c.size, {dims::information, "a positive data size such as '8 GiB'"});
  const std::int64_t ranks = c.ranks > 0 ? c.ranks : fleet.total_accelerators();
  const std::int64_t node = std::max<std::int64_t>(fleet.node->accelerators_per_node, 1);
  // Default: the most ranks per node (up to a node's accelerators) that splits them evenly.
  std::int64_t per_node = c.per_node;
  if (per_node == 0) {
    per_node = std::min(ranks, node);
    while (ranks % per_node != 0) --per_node;
  }
  TrainingOptions options;
  if (!c.algo.empty()) {
    const bool collnet = c.algo == "collnet";
    options.collectives.algorithms = {c.algo == "ring", c.algo == "tree", c.algo == "nvls", collnet,
                                      collnet};
  }
  // CollNet runs only when enabled (NCCL_COLLNET_ENABLE=1); --algo collnet asks for it.
  options.collectives.collnet = c.collnet || c.algo == "collnet";
  if (!c.proto.empty()) {
    options.collectives.protocols = {c.proto == "LL", c.proto == "LL128", c.proto == "Simple"};
  }
  const auto e = estimate_collective(fleet, kind, bytes, ranks, per_node, options);
  Document doc{"collective", {}, {}};
  Record r{"collective",
           fmt::format("{} of {} over {} ranks of {} ({} per node)", c.kind, c.size, ranks,
                       fleet.info.key, per_node),
           {}};
  r.add("time", "Time", e.time)
      .add("algbw", "Algorithm bandwidth (size / time)", e.algbw)
      .add("busbw", "Bus bandwidth (nccl-tests convention)", e.busbw)
      .add("algorithm", "Algorithm / protocol (NCCL's cost model)",
           kind == CollectiveKind::all_to_all
               ? std::string("point-to-point (alpha-beta)")
               : fmt::format("{} / {}", collective_algorithm_name(e.algorithm),
                             collective_protocol_name(e.protocol)));
  doc.sections.emplace_back(std::move(r));
  doc.notes.push_back(
      "priced as train() prices its collectives: NCCL's own cost model (ring, tree, NVLS where the "
      "node link has NVLink SHARP, CollNet where --collnet enables it and the fabric reduces; LL / "
      "LL128 / Simple; the cheapest) over the node link and the rank's NIC share, derated by the "
      "default efficiencies (docs/solvers.md, \"Collectives\")");
  print(doc, g.format);
  return 0;
}

class CollectiveCommands {
 public:
  CollectiveCommands(CLI::App& app, CLI::App& /*plot*/)
      : o_(std::make_unique<CollectiveCliOptions>()) {
    CollectiveCliOptions& o = *o_;
    cmd_ = app.add_subcommand(
        "collective",
        "one collective (all-reduce, all-gather, reduce-scatter, all-to-all) on a "
        "fleet, priced as train prices it: time, algbw, busbw");
    cmd_->add_option("fleet", o.fleet, "fleet (Systems.Clusters.*)")->required();
    cmd_->add_option("kind", o.kind, "all_reduce, all_gather, reduce_scatter or all_to_all")
        ->required();
    cmd_->add_option("size", o.size,
                     "nccl-tests' size: each rank's buffer (all-reduce), the gathered result "
                     "(all-gather), each rank's input (reduce-scatter) or what each rank sends "
                     "(all-to-all), e.g. \"8 GiB\"")
        ->required();
    cmd_->add_option("--ranks", o.ranks, "ranks taking part (default: every accelerator)")
        ->check(CLI::PositiveNumber);
    cmd_->add_option("--per-node", o.per_node,
                     "ranks on each node (default: the most, up to a node's accelerators, that "
                     "divides the ranks)")
        ->check(CLI::PositiveNumber);
    cmd_->add_option("--algo", o.algo,
                     "restrict NCCL's cost model to one algorithm, as NCCL_ALGO does (nvls: "
                     "NVLS inside a node, NVLS tree across nodes; collnet: SHARP in the "
                     "fabric's switches, implies --collnet; default: the cheapest)")
        ->check(CLI::IsMember({"ring", "tree", "nvls", "collnet"}));
    cmd_->add_flag("--collnet", o.collnet,
                   "let NCCL use CollNet (in-network reduction, SHARP) where the fabric has it, as "
                   "NCCL_COLLNET_ENABLE=1 does (off by default, as in NCCL)");
    cmd_->add_option("--proto", o.proto,
                     "restrict it to one protocol, as NCCL_PROTO does (default: the cheapest)")
        ->check(CLI::IsMember({"LL", "LL128", "Simple"}));
    cmd_->footer(
        "Examples:\n  mlsysim collective Lab_64_H100 all_reduce \"8 GiB\" --ranks 8\n  mlsysim "
        "collective Lab_64_H100 all_gather \"1 GiB\" --ranks 64 --per-node 8\n  mlsysim "
        "collective Lab_64_H100 all_reduce \"1 MiB\" --ranks 64 --algo ring --proto Simple");
  }

  [[nodiscard]] std::string parsed() const { return cmd_->parsed() ? "collective" : ""; }
  [[nodiscard]] int run(const std::string& command, const Options& global) const {
    if (command == "collective") return collective_cmd(*o_, global);
    throw InvalidArgumentError("command", "unknown collective command '" + command + "'");
  }

 private:
  std::unique_ptr<CollectiveCliOptions> o_;
  CLI::App* cmd_ = nullptr;
};

}  // namespace

std::unique_ptr<Module> make_collective_module(CLI::App& app, CLI::App& plot) {
  return make_module<CollectiveCommands>(app, plot);
}

}  // namespace mlsysim::cli
