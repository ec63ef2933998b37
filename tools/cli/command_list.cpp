// Registration of every command module listed in commands.def.
#include <CLI/CLI.hpp>

#include "commands.hpp"

namespace mlsysim::cli {

// The factory of every module listed in commands.def, defined in the module's own file.
#define MLSYSIM_CLI_MODULE(name) \
  std::unique_ptr<Module> make_##name##_module(CLI::App& app, CLI::App& plot);
#include "commands.def"
#undef MLSYSIM_CLI_MODULE

std::vector<std::unique_ptr<Module>> register_modules(CLI::App& app) {
  CLI::App* plot = app.add_subcommand(
      "plot",
      "draw a figure (SVG or PNG): roofline, grids, serving, sensitivity, fleet-roofline, pareto");
  plot->require_subcommand(1);
  std::vector<std::unique_ptr<Module>> modules;
  bool plot_listed = false;
  // CLI11 lists subcommands in the order they were added: move `plot` after the module that
  // first fills it, so --help shows it among the commands registered around it.
  const auto list_plot = [&] {
    auto keep = app.get_subcommand_ptr(plot);
    app.remove_subcommand(plot);
    app.add_subcommand(std::move(keep));
    plot_listed = true;
  };
  const auto add = [&](std::unique_ptr<Module> m) {
    modules.push_back(std::move(m));
    if (!plot_listed && !plot->get_subcommands({}).empty()) list_plot();
  };
#define MLSYSIM_CLI_MODULE(name) add(make_##name##_module(app, *plot));
#include "commands.def"
#undef MLSYSIM_CLI_MODULE
  if (!plot_listed) list_plot();
  return modules;
}

}  // namespace mlsysim::cli
