// The command modules of the mlsysim CLI and the one interface main.cpp drives them through.
//
// A module is a class that registers its subcommands with CLI11 when constructed (its options
// bound to its own options struct), tells which of them was parsed, and runs it:
//
//   class FooCommands {
//    public:
//     FooCommands(CLI::App& app, CLI::App& plot);  // add_subcommand on app and/or under plot
//     std::string parsed() const;                  // "foo", "plot-foo", or "" when none was given
//     int run(const std::string& command, const Options& global) const;  // the exit code
//   };
//
// Adding a command is one new file defining such a class and its factory
//   std::unique_ptr<Module> make_<name>_module(CLI::App& app, CLI::App& plot)
//   { return make_module<FooCommands>(app, plot); }
// and one line `MLSYSIM_CLI_MODULE(<name>)` in commands.def (docs/cli.md, "Adding a command").
#pragma once

#include <concepts>
#include <memory>
#include <string>
#include <vector>

#include "mlsysim/units/format.hpp"  // fmt::format("{}", quantity) in every command
#include "output.hpp"

namespace CLI {
class App;
}

namespace mlsysim::cli {

/// The global options every command receives: --format and --catalog.
struct GlobalOptions {
  Format format = Format::text;
  std::string catalog_dir;  ///< --catalog: a user overlay on the built-in catalog ("" = none)
};
/// The name command modules use for the global options.
using Options = GlobalOptions;

/// What main.cpp sees of a command module.
class Module {
 public:
  Module() = default;
  Module(const Module&) = delete;
  Module& operator=(const Module&) = delete;
  virtual ~Module() = default;
  /// The parsed command of this module ("serve", "plot-serving", ...), or "" when none.
  [[nodiscard]] virtual std::string parsed() const = 0;
  /// Runs `command` (a name parsed() returned); returns the exit code (0 ok, 2 infeasible or a
  /// target missed). Bad input throws mlsysim errors; main maps them to exit codes.
  [[nodiscard]] virtual int run(const std::string& command, const Options& global) const = 0;
};

/// The shape of a command module class (see the top of this file).
template <class T>
concept ModuleClass = std::constructible_from<T, CLI::App&, CLI::App&> &&
    requires(const T& m, const std::string& command, const Options& global) {
  { m.parsed() } -> std::convertible_to<std::string>;
  { m.run(command, global) } -> std::convertible_to<int>;
};

/// Wraps a module class as a Module. The object lives on the heap and never moves, so the
/// options CLI11 bound to its members stay valid.
template <ModuleClass T>
[[nodiscard]] std::unique_ptr<Module> make_module(CLI::App& app, CLI::App& plot) {
  class Adapter final : public Module {
   public:
    Adapter(CLI::App& a, CLI::App& p) : impl_(a, p) {}
    [[nodiscard]] std::string parsed() const override { return impl_.parsed(); }
    [[nodiscard]] int run(const std::string& command, const Options& global) const override {
      return impl_.run(command, global);
    }

   private:
    T impl_;
  };
  return std::make_unique<Adapter>(app, plot);
}

/// Creates the `plot` group and every module of commands.def, in that order, on `app`.
/// `plot` is listed in --help where the first module that adds a plot subcommand is.
[[nodiscard]] std::vector<std::unique_ptr<Module>> register_modules(CLI::App& app);

}  // namespace mlsysim::cli
