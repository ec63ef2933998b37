// The mlsysim commands, separated from argument parsing so tests and the tour can call them.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "output.hpp"

namespace mlsysim::cli {

/// Every option of every command (unset ones keep their defaults).
struct Options {
  Format format = Format::text;
  std::string catalog_dir;
  // zoo
  std::string zoo = "hardware";
  std::string tier;
  std::string sort;
  bool descending = false;
  std::vector<std::string> filters;
  // show, convert
  std::string entry;
  std::string quantity;
  std::string unit;
  // workloads and systems
  std::string model;
  std::string device;
  std::string fleet;
  std::string grid;
  std::string datacenter;
  std::vector<std::string> models;
  std::vector<std::string> grids;
  std::int64_t batch = 0;  ///< 0: the command's default
  std::int64_t tokens = 1;
  std::int64_t context = 0;
  bool training = false;
  std::string precision;
  std::string weights_precision;
  std::string kv_precision;
  // training
  std::int64_t tp = 1;
  std::int64_t pp = 1;
  std::int64_t dp = 0;
  std::int64_t ep = 1;
  std::int64_t cp = 1;
  std::string global_batch_range;  ///< plan: "MIN-MAX" sequences
  std::int64_t interleave = 1;
  std::int64_t microbatch = 1;
  std::string recompute = "selective";
  int zero = 1;
  bool no_sp = false;
  std::int64_t seq_len = 2048;
  std::int64_t global_batch = 1024;
  bool global_batch_given = false;  ///< --global-batch was on the command line
  double token_budget = 0;
  std::int64_t top = 10;
  // serving
  std::int64_t input_tokens = 512;
  std::int64_t output_tokens = 128;
  std::string tpot_target;
  // footprint
  double days = 30;
  double load = 1.0;
  std::string power = "node";  ///< footprint power basis: node (system power) or accelerator
  double pue = 0;  ///< footprint: PUE when the site gives none; 0 = the solver's documented default
  std::string price;
  // audit, validate, plot
  int months = 18;
  std::string validate_dir;
  std::string output;
};

/// Runs `command` ("zoo", "eval", ..., "plot-roofline") and prints its result; returns the exit
/// code. Throws mlsysim errors for bad input (main maps them to exit codes).
int run(const std::string& command, const Options& options);

}  // namespace mlsysim::cli
