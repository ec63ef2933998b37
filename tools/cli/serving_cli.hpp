// The serving commands of the mlsysim CLI: `serve`, `capacity` and `plot serving`, each with its
// own options, registered on the application by main.
#pragma once

#include <memory>
#include <string>

#include "commands.hpp"

namespace CLI {
class App;
}

namespace mlsysim::cli {

struct ServingCliOptions;

class ServingCommands {
 public:
  /// Registers `serve` and `capacity` on `app` and `serving` under `plot`.
  ServingCommands(CLI::App& app, CLI::App& plot);
  ~ServingCommands();
  ServingCommands(const ServingCommands&) = delete;
  ServingCommands& operator=(const ServingCommands&) = delete;

  /// "serve", "capacity", "plot-serving", or "" when none of them was given.
  [[nodiscard]] std::string parsed() const;
  /// Runs the parsed command with the global options (--format, --catalog); returns the exit
  /// code: 0 when every target is met, 2 when one is missed or nothing fits.
  [[nodiscard]] int run(const std::string& command, const Options& global) const;

 private:
  std::unique_ptr<ServingCliOptions> o_;
  CLI::App* serve_ = nullptr;
  CLI::App* capacity_ = nullptr;
  CLI::App* plot_ = nullptr;
};

}  // namespace mlsysim::cli
