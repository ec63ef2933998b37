// The scaling-law command of the mlsysim CLI: `scaling`, registered on the application by main.
#pragma once

#include <memory>
#include <string>

#include "commands.hpp"

namespace CLI {
class App;
}

namespace mlsysim::cli {

struct ScalingCliOptions;

class ScalingCommands {
 public:
  /// Registers `scaling` on `app`; `plot` is unused.
  ScalingCommands(CLI::App& app, CLI::App& plot);
  ~ScalingCommands();
  ScalingCommands(const ScalingCommands&) = delete;
  ScalingCommands& operator=(const ScalingCommands&) = delete;

  /// "scaling", or "" when it was not given.
  [[nodiscard]] std::string parsed() const;
  /// Runs the parsed command with the global options (--format, --catalog); returns 0.
  [[nodiscard]] int run(const std::string& command, const Options& global) const;

 private:
  std::unique_ptr<ScalingCliOptions> o_;
  CLI::App* scaling_ = nullptr;
};

}  // namespace mlsysim::cli
