// The scenario command of the mlsysim CLI: `run scenario.json`, registered on the application by
// main.
#pragma once

#include <memory>
#include <string>

#include "commands.hpp"

namespace CLI {
class App;
}

namespace mlsysim::cli {

struct RunCliOptions;

class RunCommands {
 public:
  /// Registers `run` on `app`; `plot` is unused.
  RunCommands(CLI::App& app, CLI::App& plot);
  ~RunCommands();
  RunCommands(const RunCommands&) = delete;
  RunCommands& operator=(const RunCommands&) = delete;

  /// "run", or "" when it was not given.
  [[nodiscard]] std::string parsed() const;
  /// Runs the scenario; returns 0 when every evaluation ran and every assertion held, 2 when an
  /// assertion failed or an evaluation was infeasible. A malformed file throws (exit 1).
  [[nodiscard]] int run(const std::string& command, const Options& global) const;

 private:
  std::unique_ptr<RunCliOptions> o_;
  CLI::App* run_ = nullptr;
};

}  // namespace mlsysim::cli
