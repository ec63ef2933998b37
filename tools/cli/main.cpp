// mlsysim: the command-line tool. stdout carries only the result; diagnostics go to stderr.
// Exit codes: 0 ok, 1 bad input, 2 infeasible (does not fit, or a target missed), 3 invalid
// catalog, 4 internal error.
//
// main creates the application and the global options, lets every command module (commands.def)
// register its subcommands, parses, runs the parsed command and maps errors to exit codes.
#include <fmt/format.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <cstdio>

#include "commands.hpp"
#include "mlsysim/errors.hpp"
#include "mlsysim/version.hpp"

namespace {

constexpr const char* kExamples = R"(Examples:
  mlsysim tour
  mlsysim zoo hardware --tier cloud --sort memory.bandwidth --desc
  mlsysim zoo models --filter "parameters > 100000000000"
  mlsysim show H100
  mlsysim convert "3.35 TB/s" GiB/s
  mlsysim eval Llama3_8B H100 --batch 32 --context 2048
  mlsysim train Llama3_70B Frontier_8K --tp 8 --pp 4 --tokens 15e12 --grid Quebec
  mlsysim plan Llama3_70B Training_1K --tokens 2e12
  mlsysim serve Llama3_70B H100 --tp 8 --input-tokens 2048 --output-tokens 256 --batch 32
  mlsysim capacity Llama3_70B --qps 50 --input-tokens 2048 --output-tokens 256 --ttft-p99 "2 s" --tpot-p99 "50 ms"
  mlsysim footprint Frontier_8K --days 30 --grid Poland
  mlsysim plot roofline H100 --models Llama3_8B,ResNet50 -o roofline.svg
  mlsysim audit
  mlsysim validate my-catalog/
  mlsysim import hf config.json -o my-catalog/
  mlsysim scaling --flops 1e24 --fleet Frontier_8K --grid Texas
  mlsysim run scenario.json
  mlsysim place Frontier_8K --days 30 --by cost+carbon --carbon-price "100 USD/tCO2e"
  mlsysim sensitivity train Llama3_70B Training_1K --tp 8 --pp 4
  mlsysim synthesize Llama3_8B --tpot "20 ms" --batch 8 --context 4096
  mlsysim fleet-roofline Llama3_70B Training_1K --tp 8 --pp 4

Exit codes: 0 ok, 1 bad input, 2 infeasible (does not fit, or a target missed), 3 invalid catalog, 4 internal error.
Every command takes --format text|json|csv|markdown and --catalog DIR (a user overlay).)";

}  // namespace

int main(int argc, char** argv) {
  auto err = spdlog::stderr_color_st("mlsysim");
  spdlog::set_default_logger(err);
  spdlog::set_pattern("mlsysim: %^%l%$: %v");

  CLI::App app{"mlsysim: ML-systems specifications, unit-checked and sourced, and solvers"};
  app.footer(kExamples);
  app.require_subcommand(1);
  app.fallthrough();  // global options (--format, --catalog) may follow the subcommand
  app.set_version_flag("--version", std::string("mlsysim ") + mlsysim::kVersion);
  mlsysim::cli::Options global;
  std::string format = "text";
  app.add_option("--format,-f", format, "output format: text, json, csv, markdown")
      ->check(CLI::IsMember({"text", "json", "csv", "markdown", "md"}));
  app.add_option("--catalog", global.catalog_dir,
                 "a directory of JSON entries to overlay on the built-in catalog");
  const auto modules = mlsysim::cli::register_modules(app);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return 1;
  }
  try {
    global.format = mlsysim::cli::parse_format(format);
    for (const auto& m : modules) {
      if (const auto command = m->parsed(); !command.empty()) return m->run(command, global);
    }
    spdlog::critical("internal error: no command module claims the parsed command");
    return 4;
  } catch (const mlsysim::CatalogError& e) {
    for (const auto& d : e.diagnostics()) std::fprintf(stderr, "%s\n", d.str().c_str());
    spdlog::error("{} catalog error(s)", e.diagnostics().size());
    return 3;
  } catch (const mlsysim::Error& e) {
    spdlog::error("{}", e.what());
    return 1;
  } catch (const std::exception& e) {
    spdlog::critical("internal error: {}", e.what());
    return 4;
  }
}
