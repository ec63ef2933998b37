// Sensitivity ("what should I upgrade?"): the elasticity d ln(metric) / d ln(input) of a
// training or serving evaluation's headline metrics to each hardware, network, efficiency and
// site input, by central differences on perturbed copies of the inputs (the solvers are re-run
// unchanged). Formulas and the handling of infeasible perturbations: docs/sensitivity.md.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "mlsysim/solvers/economics.hpp"
#include "mlsysim/solvers/serving.hpp"
#include "mlsysim/solvers/training.hpp"

namespace mlsysim::solvers {

/// What one input's perturbation did.
enum class SensitivityStatus : std::uint8_t {
  computed,              ///< a finite, non-zero elasticity for at least one metric
  zero,                  ///< no metric moved: the evaluation does not read this input
  infeasible_reduced,    ///< the configuration no longer fits when the input is reduced
  infeasible_increased,  ///< the configuration no longer fits when the input is increased
};
[[nodiscard]] std::string_view sensitivity_status_name(SensitivityStatus s) noexcept;

/// How an elasticity was formed.
enum class Difference : std::uint8_t {
  central,   ///< (ln f(x(1+h)) - ln f(x(1-h))) / (ln(1+h) - ln(1-h))
  backward,  ///< (ln f(x) - ln f(x(1-h))) / -ln(1-h), for a fraction whose x(1+h) exceeds 1
};

struct SensitivityOptions {
  /// Relative perturbation h of each input (x(1 - h) and x(1 + h)); in (0, 0.5]. Default 5%.
  double step = 0.05;
  /// When set, cost and carbon per million tokens are metrics too, and the site and economics
  /// inputs (power, unit cost, carbon intensity, electricity price, PUE) are perturbed. The
  /// footprint's `duration` is ignored (set to the time of one million tokens). Cost needs an
  /// electricity price (the grid's or `electricity_price`); without one only carbon is reported.
  std::optional<CostOptions> economics;
};

/// One input and its elasticities, one per metric (same order as SensitivityResult::metrics).
struct SensitivityRow {
  std::string input;  ///< stable key: `peak_flops.bf16`, `memory_bandwidth`, `fabric_latency`
  std::string label;  ///< `Peak dense FLOP/s (bf16)`
  std::string group;  ///< `device`, `network`, `efficiency`, `site`
  /// The input's base value; a fraction or ratio is a dimensionless quantity.
  Quantity base;
  /// d ln(metric) / d ln(input); empty when `status` is an infeasible marker.
  std::vector<double> elasticity;
  /// Relative change of each metric, f(x(1 - h)) / f(x) - 1 and f(x(1 + h)) / f(x) - 1 (the
  /// tornado's two bars; `high` is 0 with a backward difference); empty with a marker.
  std::vector<double> low, high;
  SensitivityStatus status = SensitivityStatus::computed;
  Difference difference = Difference::central;
  std::string note;  ///< what else the perturbation scaled, or why it is zero
};

struct SensitivityMetric {
  std::string key;    ///< `step_time`, `tokens_per_second`, `tpot`, `ttft`, `cost_per_mtok`...
  std::string label;  ///< `Step time`
  Quantity base;      ///< the unperturbed value
};

struct SensitivityResult {
  std::vector<SensitivityMetric> metrics;  ///< [0] is the headline the rows are ranked by
  /// Ranked: non-zero elasticities by |elasticity of metrics[0]|, then infeasible markers, then
  /// zeros.
  std::vector<SensitivityRow> rows;
  double step = 0.05;
  /// The unperturbed configuration fits; false makes every elasticity moot (callers say so).
  bool feasible = true;
  std::vector<std::string> notes;  ///< assumptions (e.g. a direct-wired fabric merged)
};

/// Re-ranks `r.rows` by the elasticity of `r.metrics[metric]` (same rule as the solvers' own
/// ranking). Throws InvalidArgumentError for a metric index out of range.
void rank_sensitivity(SensitivityResult& r, std::size_t metric);

/// Elasticities of step time, tokens per second (and cost / carbon per million tokens with
/// `options.economics`) of `train(m, fleet, parallel, training)` to each input. Example: a step
/// bound purely by GEMMs at the compute precision gives about -1 to `peak_flops.bf16` for step
/// time and 0 to `fabric_latency`. Throws what `train` throws for bad arguments, and
/// InvalidArgumentError for a step outside (0, 0.5].
[[nodiscard]] SensitivityResult training_sensitivity(const Workload& m, const Fleet& fleet,
                                                     const ParallelConfig& parallel,
                                                     const TrainingOptions& training,
                                                     const SensitivityOptions& options = {});

/// Elasticities of output tokens per second, TPOT and TTFT (and cost / carbon per million output
/// tokens with `options.economics`) of `serve(m, hw, serving)` to each input. The replica is
/// `tp x pp` devices; for economics it is costed as one node of that many accelerators. Throws
/// what `serve` throws, and InvalidArgumentError for a step outside (0, 0.5].
[[nodiscard]] SensitivityResult serving_sensitivity(const Workload& m, const HardwareNode& hw,
                                                    const ServingOptions& serving,
                                                    const SensitivityOptions& options = {});

}  // namespace mlsysim::solvers
