// `mlsysim synthesize`: the minimum device for a latency or throughput target (the inverse
// roofline) and which catalog devices qualify.
#pragma once

#include <memory>
#include <string>

#include "commands.hpp"

namespace CLI {
class App;
}

namespace mlsysim::cli {

struct SynthesisCliOptions;

class SynthesisCommands {
 public:
  /// Registers `synthesize` on `app` (`plot` is unused: synthesis has no plot).
  SynthesisCommands(CLI::App& app, CLI::App& plot);
  ~SynthesisCommands();
  SynthesisCommands(const SynthesisCommands&) = delete;
  SynthesisCommands& operator=(const SynthesisCommands&) = delete;

  /// "synthesize", or "" when it was not given.
  [[nodiscard]] std::string parsed() const;
  /// Runs it; returns 0, or 2 when no device qualifies.
  [[nodiscard]] int run(const std::string& command, const Options& global) const;

 private:
  std::unique_ptr<SynthesisCliOptions> o_;
};

}  // namespace mlsysim::cli
