// Options shared by the what-if commands (sensitivity, synthesize, fleet roofline, pareto plot):
// the training configuration of `train`, the replica of `serve`, and the site for cost and
// carbon, registered on a CLI11 subcommand and resolved against the catalog in use.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "commands.hpp"
#include "mlsysim/mlsysim.hpp"

namespace CLI {
class App;
}

namespace mlsysim::cli {

/// The built-in catalog, or the built-in one plus --catalog.
class CatalogInUse {
 public:
  explicit CatalogInUse(const Options& global);
  [[nodiscard]] const Catalog& get() const;

 private:
  std::optional<Catalog> overlay_;
};

/// `train`'s configuration options (the same flags and defaults as `mlsysim train`).
struct TrainArgs {
  std::string model, fleet;
  std::int64_t tp = 1, pp = 1, dp = 0, ep = 1, cp = 1, interleave = 1, microbatch = 1;
  std::string recompute = "selective";
  int zero = 1;
  bool no_sp = false;
  std::int64_t seq_len = 2048;
  std::int64_t global_batch = 1024;
  double token_budget = 0;
  std::string precision, weights, kv;
  CLI::App* app = nullptr;  ///< where the flags were registered (to see --global-batch given)
};

/// `serve`'s replica options (the same flags and defaults as `mlsysim serve`, without
/// speculative decoding).
struct ServeArgs {
  std::string model, device;
  std::int64_t tp = 1, pp = 1, batch = 1, input_tokens = 512, output_tokens = 128;
  std::string precision, weights, kv;
  bool static_batch = false;
  double prefix_hit = 0;
  std::int64_t max_num_seqs = 0, max_batched_tokens = 0;
  double reserve = -1;
  bool expert_parallel = false, attention_dp = false;
};

/// Where the energy is drawn (for cost and carbon): optional.
struct SiteArgs {
  std::string grid, datacenter, price;
  double pue = 0;
  std::string power = "node";
  bool embodied_beyond_die =
      false;  ///< LLMCarbon's memory and server shares (docs/embodied-carbon.md)
};

/// Registers MODEL FLEET and the training flags on `c`.
void add_train_args(CLI::App* c, TrainArgs& a);
/// Registers MODEL DEVICE and the serving flags on `c`.
void add_serve_args(CLI::App* c, ServeArgs& a);
/// Registers --grid, --datacenter, --price, --pue, --power, --embodied-beyond-die on `c`.
void add_site_args(CLI::App* c, SiteArgs& a);

/// A resolved training configuration.
struct TrainSetup {
  const Workload* model = nullptr;
  const Fleet* fleet = nullptr;
  solvers::ParallelConfig parallel;
  solvers::TrainingOptions options;
  std::vector<std::string> notes;  ///< assumptions made (echoed)
};
/// Checks the flags like `mlsysim train` (ranges, dp from the fleet, the default global batch
/// raised to a multiple of dp x microbatch) and resolves the names. Throws InvalidArgumentError.
[[nodiscard]] TrainSetup resolve_train(const TrainArgs& a, const Catalog& cat);

struct ServeSetup {
  const Workload* model = nullptr;
  const HardwareNode* device = nullptr;
  solvers::ServingOptions options;
};
[[nodiscard]] ServeSetup resolve_serve(const ServeArgs& a, const Catalog& cat);

/// Serving options for `a` on `hw` (precision defaults as `mlsysim serve`; the link latency from
/// the catalog's NVLink entry).
[[nodiscard]] solvers::ServingOptions serving_options_for(const ServeArgs& a,
                                                          const HardwareNode& hw,
                                                          const Catalog& cat);

/// The cost options of a site, or nullopt when neither --grid nor --datacenter is given.
[[nodiscard]] std::optional<solvers::CostOptions> resolve_site(const SiteArgs& a,
                                                               const Catalog& cat);

/// Throws InvalidArgumentError unless `path` ends in .svg or .png.
void check_plot_path(const std::string& path);

/// Renders `doc` to stdout in `format`.
void print_document(const Document& doc, Format format);

}  // namespace mlsysim::cli
