// `mlsysim plot pareto`: the `plan` search's configurations on one or more fleets as a scatter of
// time-to-train vs cost, coloured by MFU, with the Pareto frontier joined.
#pragma once

#include <memory>
#include <string>

#include "commands.hpp"

namespace CLI {
class App;
}

namespace mlsysim::cli {

struct ParetoCliOptions;

class ParetoCommands {
 public:
  /// Registers `pareto` under `plot` (`app` is unused).
  ParetoCommands(CLI::App& app, CLI::App& plot);
  ~ParetoCommands();
  ParetoCommands(const ParetoCommands&) = delete;
  ParetoCommands& operator=(const ParetoCommands&) = delete;

  /// "plot-pareto", or "".
  [[nodiscard]] std::string parsed() const;
  /// Runs it; returns 0, or 2 when no configuration fits on any fleet.
  [[nodiscard]] int run(const std::string& command, const Options& global) const;

 private:
  std::unique_ptr<ParetoCliOptions> o_;
};

}  // namespace mlsysim::cli
