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
#include "serving_options.hpp"
#include "session.hpp"
#include "training.hpp"

namespace CLI {
class App;
class Option;
}  // namespace CLI

namespace mlsysim::cli {

/// `train`'s model, fleet, layout, batch and precision options (the same flags, defaults and
/// checks as `mlsysim train`, training.hpp); --tokens and the site belong to each command.
struct TrainArgs {
  std::string model, fleet;
  ParallelFlags layout;
  TrainingRunOptions run;
  CLI::Option* global_batch =
      nullptr;  ///< where --global-batch was registered (count() > 0: given)
};

/// `serve`'s model, device, lengths, batch and replica options (serving_options.hpp): the same
/// flags, defaults and checks as `mlsysim serve`, speculative decoding included.
using ServeArgs = ServingCliOptions;

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

/// The cost options of a site, or nullopt when neither --grid nor --datacenter is given.
[[nodiscard]] std::optional<solvers::CostOptions> resolve_site(const SiteArgs& a,
                                                               const Catalog& cat);

/// Throws InvalidArgumentError unless `path` ends in .svg or .png.
void check_plot_path(const std::string& path);

/// Renders `doc` to stdout in `format`.
void print_document(const Document& doc, Format format);

}  // namespace mlsysim::cli
