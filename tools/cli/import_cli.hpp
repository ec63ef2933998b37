// The import commands of the mlsysim CLI: `import hf`, registered on the application by main.
#pragma once

#include <memory>
#include <string>

#include "commands.hpp"

namespace CLI {
class App;
}

namespace mlsysim::cli {

struct ImportCliOptions;

class ImportCommands {
 public:
  /// Registers `import` (with `hf` under it) on `app`; `plot` is unused (no import plot).
  ImportCommands(CLI::App& app, CLI::App& plot);
  ~ImportCommands();
  ImportCommands(const ImportCommands&) = delete;
  ImportCommands& operator=(const ImportCommands&) = delete;

  /// "import-hf", or "" when it was not given.
  [[nodiscard]] std::string parsed() const;
  /// Runs the parsed command with the global options (--format); returns the exit code (0).
  /// Bad input throws mlsysim errors (main maps them to exit 1, an invalid overlay to 3).
  [[nodiscard]] int run(const std::string& command, const Options& global) const;

 private:
  std::unique_ptr<ImportCliOptions> o_;
  CLI::App* import_ = nullptr;
  CLI::App* hf_ = nullptr;
};

}  // namespace mlsysim::cli
