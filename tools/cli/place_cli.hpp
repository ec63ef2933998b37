// The placement command of the mlsysim CLI: `place`, registered on the application by main.
#pragma once

#include <memory>
#include <string>

#include "commands.hpp"

namespace CLI {
class App;
}

namespace mlsysim::cli {

struct PlaceCliOptions;

class PlaceCommands {
 public:
  /// Registers `place` on `app`; `plot` is unused.
  PlaceCommands(CLI::App& app, CLI::App& plot);
  ~PlaceCommands();
  PlaceCommands(const PlaceCommands&) = delete;
  PlaceCommands& operator=(const PlaceCommands&) = delete;

  /// "place", or "" when it was not given.
  [[nodiscard]] std::string parsed() const;
  /// Runs the parsed command with the global options (--format, --catalog); returns 0, or 2
  /// when no site can be ranked (no electricity price anywhere under a cost objective).
  [[nodiscard]] int run(const std::string& command, const Options& global) const;

 private:
  std::unique_ptr<PlaceCliOptions> o_;
  CLI::App* place_ = nullptr;
};

}  // namespace mlsysim::cli
