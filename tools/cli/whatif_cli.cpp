// Registration and dispatch of the what-if commands (each lives in its own <name>_cli file).
#include "whatif_cli.hpp"

#include "fleet_roofline_cli.hpp"
#include "mlsysim/errors.hpp"
#include "pareto_cli.hpp"
#include "sensitivity_cli.hpp"
#include "synthesize_cli.hpp"

namespace mlsysim::cli {

WhatIfCommands::WhatIfCommands(CLI::App& app, CLI::App& plot)
    : sensitivity_(std::make_unique<SensitivityCommands>(app, plot)),
      synthesis_(std::make_unique<SynthesisCommands>(app, plot)),
      fleet_roofline_(std::make_unique<FleetRooflineCommands>(app, plot)),
      pareto_(std::make_unique<ParetoCommands>(app, plot)) {}

WhatIfCommands::~WhatIfCommands() = default;

std::string WhatIfCommands::parsed() const {
  if (auto s = sensitivity_->parsed(); !s.empty()) return s;
  if (auto s = synthesis_->parsed(); !s.empty()) return s;
  if (auto s = fleet_roofline_->parsed(); !s.empty()) return s;
  if (auto s = pareto_->parsed(); !s.empty()) return s;
  return "";
}

int WhatIfCommands::run(const std::string& command, const Options& global) const {
  if (command.rfind("sensitivity", 0) == 0 || command.rfind("plot-sensitivity", 0) == 0) {
    return sensitivity_->run(command, global);
  }
  if (command == "synthesize") return synthesis_->run(command, global);
  if (command == "plot-pareto") return pareto_->run(command, global);
  if (command == "fleet-roofline" || command == "plot-fleet-roofline") {
    return fleet_roofline_->run(command, global);
  }
  throw InvalidArgumentError("command", "unknown what-if command '" + command + "'");
}

}  // namespace mlsysim::cli
