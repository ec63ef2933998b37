// mlsysim: the command-line tool. stdout carries only the result; diagnostics go to stderr.
// Exit codes: 0 ok, 1 bad input, 2 infeasible (does not fit, or a target missed), 3 invalid
// catalog, 4 internal error.
#include <fmt/format.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <optional>

#include "commands.hpp"
#include "import_cli.hpp"
#include "place_cli.hpp"
#include "run_cli.hpp"
#include "scaling_cli.hpp"
#include "serving_cli.hpp"
#include "whatif_cli.hpp"

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

Exit codes: 0 ok, 1 bad input, 2 infeasible (does not fit, or a target missed), 3 invalid catalog, 4 internal error.
Every command takes --format text|json|csv|markdown and --catalog DIR (a user overlay).)";

}  // namespace

int main(int argc, char** argv) {
  auto err = spdlog::stderr_color_st("mlsysim");
  spdlog::set_default_logger(err);
  spdlog::set_pattern("mlsysim: %^%l%$: %v");

  mlsysim::cli::Options opt;
  CLI::App app{"mlsysim: ML-systems specifications, unit-checked and sourced, and solvers"};
  app.footer(kExamples);
  app.require_subcommand(1);
  app.fallthrough();
  app.set_version_flag(
      "--version",
      std::string("mlsysim ") +
          MLSYSIM_VERSION);  // global options (--format, --catalog) may follow the subcommand
  std::string format = "text";
  app.add_option("--format,-f", format, "output format: text, json, csv, markdown")
      ->check(CLI::IsMember({"text", "json", "csv", "markdown", "md"}));
  app.add_option("--catalog", opt.catalog_dir,
                 "a directory of JSON entries to overlay on the built-in catalog");

  auto* tour = app.add_subcommand(
      "tour", "a short tour: catalog, units, roofline, training plan, footprint");
  tour->footer("Example:\n  mlsysim tour");

  auto* zoo = app.add_subcommand("zoo", "list a zoo as a table");
  zoo->add_option("zoo", opt.zoo, "hardware, models, systems or infra")
      ->check(CLI::IsMember({"hardware", "models", "systems", "infra"}));
  zoo->add_option("--tier", opt.tier,
                  "hardware tier or namespace prefix (cloud, edge, Models.Language, ...)");
  zoo->add_option("--sort", opt.sort, "field to sort by (memory.bandwidth, parameters, ...)");
  zoo->add_flag("--desc", opt.descending, "sort descending");
  zoo->add_option(
      "--filter", opt.filters,
      "FIELD OP VALUE, e.g. \"memory.capacity >= 80 GB\" (repeatable; OP: < <= > >= == != ~)");
  zoo->footer(
      "Examples:\n  mlsysim zoo hardware --tier cloud --sort compute.peak_flops --desc\n  mlsysim "
      "zoo infra --sort carbon_intensity");

  auto* show = app.add_subcommand("show", "every field of an entry with its unit and source");
  show->add_option("entry", opt.entry, "key or dotted path (H100, Hardware.Cloud.H100)")
      ->required();
  show->footer("Example:\n  mlsysim show Hardware.Cloud.H100");

  auto* convert = app.add_subcommand("convert", "convert a quantity to another unit");
  convert->add_option("quantity", opt.quantity, "e.g. \"3.35 TB/s\"")->required();
  convert->add_option("unit", opt.unit, "e.g. GiB/s")->required();
  convert->footer("Example:\n  mlsysim convert \"3.35 TB/s\" GiB/s");

  auto add_precision = [&](CLI::App* c) {
    c->add_option("--precision,-p", opt.precision,
                  "compute precision (bf16, fp16, fp8, int8, ...)");
    c->add_option("--weights", opt.weights_precision,
                  "weight precision (default: the compute precision)");
    c->add_option("--kv", opt.kv_precision, "KV-cache precision (default: bf16)");
  };
  auto* eval = app.add_subcommand("eval", "roofline of a workload on one device");
  eval->add_option("model", opt.model, "model key or path")->required();
  eval->add_option("device", opt.device, "hardware key or path")->required();
  eval->add_option("--batch,-b", opt.batch, "sequences or samples")->check(CLI::PositiveNumber);
  // Not "--tokens": that flag is the token budget in train and plan (one meaning per name).
  eval->add_option("--seq-len,--new-tokens", opt.tokens,
                   "new tokens per sequence (prefill length); 1 = a decode step")
      ->check(CLI::PositiveNumber);
  eval->add_option("--context", opt.context, "tokens already in the KV cache")
      ->check(CLI::NonNegativeNumber);
  eval->add_flag("--training", opt.training, "a training step (forward + backward + optimizer)");
  add_precision(eval);
  eval->footer(
      "Examples:\n  mlsysim eval Llama3_8B H100 --context 2048\n  mlsysim eval ResNet50 JetsonAGX "
      "--batch 8 -p int8");

  auto add_training = [&](CLI::App* c) {
    c->add_option("--seq-len", opt.seq_len, "sequence length")->check(CLI::PositiveNumber);
    c->add_option("--global-batch", opt.global_batch,
                  "sequences per optimizer step (default 1024, raised to the next multiple of dp x "
                  "microbatch when needed)")
        ->check(CLI::PositiveNumber);
    c->add_option("--tokens", opt.token_budget, "tokens to train on (time-to-train)");
    c->add_option("--grid", opt.grid, "grid for the run's energy and carbon");
    c->add_option("--datacenter", opt.datacenter, "datacenter for the run's energy and carbon");
  };
  auto* train =
      app.add_subcommand("train", "one training step of a model on a fleet, and time-to-train");
  train->add_option("model", opt.model, "model")->required();
  train->add_option("fleet", opt.fleet, "fleet (Systems.Clusters.*)")->required();
  train->add_option("--tp", opt.tp, "tensor parallel degree")->check(CLI::PositiveNumber);
  train->add_option("--pp", opt.pp, "pipeline stages")->check(CLI::PositiveNumber);
  train->add_option("--dp", opt.dp, "data parallel degree (default: the rest of the fleet)");
  train->add_option("--ep", opt.ep, "expert parallel degree")->check(CLI::PositiveNumber);
  train->add_option("--cp", opt.cp, "context parallel degree")->check(CLI::PositiveNumber);
  train->add_option("--interleave", opt.interleave, "virtual pipeline chunks per stage")
      ->check(CLI::PositiveNumber);
  train->add_option("--microbatch", opt.microbatch, "sequences per micro-batch")
      ->check(CLI::PositiveNumber);
  train->add_option("--recompute", opt.recompute, "none, selective or full")
      ->check(CLI::IsMember({"none", "selective", "full"}));
  train->add_option("--zero", opt.zero, "ZeRO stage 0-3")->check(CLI::Range(0, 3));
  train->add_flag("--no-sequence-parallel", opt.no_sp, "disable sequence parallelism");
  add_training(train);
  add_precision(train);
  train->footer(
      "Example:\n  mlsysim train Llama3_70B Frontier_8K --tp 8 --pp 4 --seq-len 8192 "
      "--global-batch 2048 --tokens 15e12 --grid Quebec");

  auto* plan = app.add_subcommand("plan", "search parallel configurations and rank them");
  plan->add_option("model", opt.model, "model")->required();
  plan->add_option("fleet", opt.fleet, "fleet")->required();
  plan->add_option("--top", opt.top, "configurations to show")->check(CLI::PositiveNumber);
  plan->add_option("--global-batch-range", opt.global_batch_range,
                   "search global batches MIN-MAX sequences (e.g. 512-2048)");
  add_training(plan);
  add_precision(plan);
  plan->footer(
      "Example:\n  mlsysim plan Llama3_70B Training_1K --tokens 2e12 --seq-len 4096 --global-batch "
      "1024");

  auto* footprint =
      app.add_subcommand("footprint", "energy, carbon, water and cost of running a fleet");
  footprint->add_option("fleet", opt.fleet, "fleet")->required();
  footprint->add_option("--days", opt.days, "days of operation")
      ->required()
      ->check(CLI::PositiveNumber);
  footprint->add_option("--grid", opt.grid, "grid");
  footprint->add_option("--datacenter", opt.datacenter, "datacenter");
  footprint->add_option("--load", opt.load, "average draw as a fraction of TDP")
      ->check(CLI::Range(0.0, 1.0));
  footprint->add_option("--price", opt.price, "electricity price, e.g. \"0.08 USD/kWh\"");
  footprint
      ->add_option("--power", opt.power,
                   "power charged per accelerator: node (the node's system power when it "
                   "has one, default) or accelerator (its power figure)")
      ->check(CLI::IsMember({"node", "accelerator"}));
  for (auto* c : {footprint, train}) {
    c->add_option("--pue", opt.pue,
                  "PUE when the datacenter and grid give none (default 1.56, Uptime Institute "
                  "2023 global average; echoed as an assumption)");
  }
  footprint->footer("Example:\n  mlsysim footprint Frontier_8K --days 30 --grid Poland");

  auto* audit = app.add_subcommand("audit", "stale, estimated and unconfirmed sources");
  audit->add_option("--months", opt.months, "age in months after which a source is stale")
      ->check(CLI::PositiveNumber);

  auto* validate =
      app.add_subcommand("validate", "check a user catalog directory and report every defect");
  validate->add_option("dir", opt.validate_dir, "directory of JSON entries")->required();
  validate->footer("Example:\n  mlsysim validate my-catalog/");

  auto* plot = app.add_subcommand("plot", "draw a roofline or a grid comparison (SVG or PNG)");
  plot->require_subcommand(1);
  auto* plot_roofline =
      plot->add_subcommand("roofline", "roofline of a device with workload points");
  plot_roofline->add_option("device", opt.device, "hardware")->required();
  std::string models_csv;
  std::string grids_csv;
  plot_roofline->add_option("--models", models_csv, "comma-separated models to place");
  plot_roofline->add_option("--batch,-b", opt.batch, "batch for the points")
      ->check(CLI::PositiveNumber);
  plot_roofline->add_option("--context", opt.context, "KV context for LLM points");
  plot_roofline->add_option("-o,--output", opt.output, "output file (.svg or .png)")->required();
  plot_roofline->footer(
      "Example:\n  mlsysim plot roofline H100 --models Llama3_8B,Llama3_70B,ResNet50 --batch 8 -o "
      "roofline.svg");
  auto* plot_grids = plot->add_subcommand("grids", "operational carbon of a fleet on each grid");
  plot_grids->add_option("fleet", opt.fleet, "fleet")->required();
  plot_grids->add_option("--days", opt.days, "days of operation")->check(CLI::PositiveNumber);
  plot_grids->add_option("--grids", grids_csv, "comma-separated grids (default: all)");
  plot_grids->add_option("-o,--output", opt.output, "output file (.svg or .png)")->required();
  plot_grids->footer("Example:\n  mlsysim plot grids Frontier_8K --days 30 -o grids.png");
  const mlsysim::cli::ServingCommands serving(app, *plot);  // serve, capacity, plot serving
  const mlsysim::cli::ImportCommands importer(app, *plot);  // import hf
  const mlsysim::cli::ScalingCommands scaling(app, *plot);  // scaling
  const mlsysim::cli::RunCommands scenarios(app, *plot);    // run scenario.json
  const mlsysim::cli::PlaceCommands placement(app, *plot);  // place
  const mlsysim::cli::WhatIfCommands whatif(app, *plot);    // sensitivity, synthesize, ...

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
    opt.format = mlsysim::cli::parse_format(format);
    if (const auto s = serving.parsed(); !s.empty()) return serving.run(s, opt);
    if (const auto s = importer.parsed(); !s.empty()) return importer.run(s, opt);
    if (const auto s = scaling.parsed(); !s.empty()) return scaling.run(s, opt);
    if (const auto s = scenarios.parsed(); !s.empty()) return scenarios.run(s, opt);
    if (const auto s = placement.parsed(); !s.empty()) return placement.run(s, opt);
    if (const auto w = whatif.parsed(); !w.empty()) return whatif.run(w, opt);
    std::string sub;
    if (tour->parsed())
      sub = "tour";
    else if (zoo->parsed())
      sub = "zoo";
    else if (show->parsed())
      sub = "show";
    else if (convert->parsed())
      sub = "convert";
    else if (eval->parsed())
      sub = "eval";
    else if (train->parsed())
      sub = "train";
    else if (plan->parsed())
      sub = "plan";
    else if (footprint->parsed())
      sub = "footprint";
    else if (audit->parsed())
      sub = "audit";
    else if (validate->parsed())
      sub = "validate";
    else if (plot_roofline->parsed())
      sub = "plot-roofline";
    else if (plot_grids->parsed())
      sub = "plot-grids";
    // Split lists ourselves so that an empty name (",,,") is reported, not dropped.
    auto split = [](const std::string& csv, std::vector<std::string>& out) {
      if (csv.empty()) return;
      std::size_t start = 0;
      for (;;) {
        const auto comma = csv.find(',', start);
        out.push_back(csv.substr(start, comma - start));
        if (comma == std::string::npos) break;
        start = comma + 1;
      }
    };
    split(models_csv, opt.models);
    split(grids_csv, opt.grids);
    for (auto* c : {train, plan}) {
      if (c->parsed() && c->get_option("--global-batch")->count() > 0) {
        opt.global_batch_given = true;
      }
    }
    return mlsysim::cli::run(sub, opt);
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
