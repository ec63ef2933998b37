// `mlsysim sensitivity train|serve` and `mlsysim plot sensitivity train|serve`: the elasticity of
// the headline metrics to each input, ranked ("what should I upgrade?"), and its tornado plot.
#pragma once

#include <memory>
#include <string>

#include "commands.hpp"

namespace CLI {
class App;
}

namespace mlsysim::cli {

struct SensitivityCliOptions;

class SensitivityCommands {
 public:
  /// Registers `sensitivity` (train, serve) on `app` and `sensitivity` (train, serve) under
  /// `plot`.
  SensitivityCommands(CLI::App& app, CLI::App& plot);
  ~SensitivityCommands();
  SensitivityCommands(const SensitivityCommands&) = delete;
  SensitivityCommands& operator=(const SensitivityCommands&) = delete;

  /// "sensitivity-train", "sensitivity-serve", "plot-sensitivity-train",
  /// "plot-sensitivity-serve", or "" when none was given.
  [[nodiscard]] std::string parsed() const;
  /// Runs the parsed command; returns 0, or 2 when the configuration itself does not fit.
  [[nodiscard]] int run(const std::string& command, const Options& global) const;

 private:
  std::unique_ptr<SensitivityCliOptions> o_;
};

}  // namespace mlsysim::cli
