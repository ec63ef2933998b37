#include "training.hpp"

#include <fmt/format.h>

#include <CLI/CLI.hpp>

#include "checks.hpp"

namespace mlsysim::cli {

using namespace solvers;

CLI::Option* add_training_options(CLI::App& c, TrainingRunOptions& o) {
  c.add_option("--seq-len", o.seq_len, "sequence length")->check(CLI::PositiveNumber);
  auto* global_batch =
      c.add_option(
           "--global-batch", o.global_batch,
           "sequences per optimizer step (default 1024, raised to the next multiple of dp x "
           "microbatch when needed)")
          ->check(CLI::PositiveNumber);
  c.add_option("--tokens", o.token_budget, "tokens to train on (time-to-train)");
  c.add_option("--grid", o.site.grid, "grid for the run's energy and carbon");
  c.add_option("--datacenter", o.site.datacenter, "datacenter for the run's energy and carbon");
  return global_batch;
}

void check_training_run(const TrainingRunOptions& o) {
  check_range("--seq-len", o.seq_len, 1, kMaxTokens);
  check_range("--global-batch", o.global_batch, 1, kMaxGlobalBatch);
  if (!(o.token_budget >= 0) || o.token_budget > kMaxTokenBudget) {
    throw InvalidArgumentError(
        "--tokens", fmt::format("the token budget must be a number in (0, {:g}], got {:.6g}",
                                kMaxTokenBudget, o.token_budget));
  }
}

TrainingOptions training_options(const Session& s, const TrainingRunOptions& o,
                                 const HardwareNode& hw) {
  TrainingOptions t;
  t.seq_len = o.seq_len;
  t.global_batch = o.global_batch;
  t.token_budget = o.token_budget;
  t.precision = resolve_precisions(o.precision, hw);
  // FP8/FP4 training runs its GEMMs at low precision and keeps 16-bit weights and activations
  // (Transformer Engine's recipe).
  if (t.precision.compute == Precision::fp8 || t.precision.compute == Precision::fp4) {
    if (o.precision.weights.empty()) t.precision.weights = Precision::bf16;
    t.precision.activations = Precision::bf16;
  }
  // Defaults that come from data are filled from the catalog in use (overlays honoured).
  if (const auto* e = s.catalog().try_find("Hardware.Tech.Interconnect.NVLink")) {
    if (const auto* tech = e->get_if<TechEntry>(); tech != nullptr && tech->latency) {
      t.intra_node_latency = *tech->latency;
    }
  }
  return t;
}

}  // namespace mlsysim::cli
