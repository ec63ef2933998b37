// The what-if commands of the mlsysim CLI, registered together so that main needs one
// construction and one dispatch line: `sensitivity`, `synthesize`, `fleet-roofline` and the plots
// `plot sensitivity`, `plot pareto`, `plot fleet-roofline`.
#pragma once

#include <memory>
#include <string>

#include "commands.hpp"

namespace CLI {
class App;
}

namespace mlsysim::cli {

class SensitivityCommands;
class SynthesisCommands;
class FleetRooflineCommands;
class ParetoCommands;

class WhatIfCommands {
 public:
  /// Registers every what-if command on `app` and its plots under `plot`.
  WhatIfCommands(CLI::App& app, CLI::App& plot);
  ~WhatIfCommands();
  WhatIfCommands(const WhatIfCommands&) = delete;
  WhatIfCommands& operator=(const WhatIfCommands&) = delete;

  /// The parsed what-if command, or "" when none was given.
  [[nodiscard]] std::string parsed() const;
  /// Runs it with the global options; returns the exit code (2: infeasible or target missed).
  [[nodiscard]] int run(const std::string& command, const Options& global) const;

 private:
  std::unique_ptr<SensitivityCommands> sensitivity_;
  std::unique_ptr<SynthesisCommands> synthesis_;
  std::unique_ptr<FleetRooflineCommands> fleet_roofline_;
  std::unique_ptr<ParetoCommands> pareto_;
};

}  // namespace mlsysim::cli
