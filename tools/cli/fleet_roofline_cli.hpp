// `mlsysim fleet-roofline` and `mlsysim plot fleet-roofline`: a training configuration placed on
// the fleet's roofline (compute, memory, scale-up and scale-out ceilings).
#pragma once

#include <memory>
#include <string>

#include "commands.hpp"

namespace CLI {
class App;
}

namespace mlsysim::cli {

struct FleetRooflineCliOptions;

class FleetRooflineCommands {
 public:
  /// Registers `fleet-roofline` on `app` and `fleet-roofline` under `plot`.
  FleetRooflineCommands(CLI::App& app, CLI::App& plot);
  ~FleetRooflineCommands();
  FleetRooflineCommands(const FleetRooflineCommands&) = delete;
  FleetRooflineCommands& operator=(const FleetRooflineCommands&) = delete;

  /// "fleet-roofline", "plot-fleet-roofline", or "".
  [[nodiscard]] std::string parsed() const;
  /// Runs it; returns 0, or 2 when the configuration does not fit.
  [[nodiscard]] int run(const std::string& command, const Options& global) const;

 private:
  std::unique_ptr<FleetRooflineCliOptions> o_;
};

}  // namespace mlsysim::cli
