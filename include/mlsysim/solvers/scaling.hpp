// Scaling laws: the compute-optimal parameters and tokens for a FLOP budget (Chinchilla,
// Hoffmann et al. 2022), and the time, energy, carbon and cost of training that model on a
// fleet. Formulas and sources: docs/scaling.md.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "mlsysim/catalog/systems.hpp"
#include "mlsysim/solvers/economics.hpp"
#include "mlsysim/solvers/sustainability.hpp"
#include "mlsysim/units/quantity.hpp"

namespace mlsysim::solvers {

/// Chinchilla's parametric loss L(N, D) = E + A / N^alpha + B / D^beta (Hoffmann et al. 2022,
/// "Training Compute-Optimal Large Language Models", arXiv:2203.15556, eq. 10: approach 3).
struct ChinchillaFit {
  double e = 1.69;
  double a = 406.4;
  double b = 410.7;
  double alpha = 0.34;
  double beta = 0.28;
};

/// How the budget is split between parameters and tokens.
enum class ScalingMethod : std::uint8_t {
  /// N_opt and D_opt both grow as C^0.5 (approaches 1 and 2 of Hoffmann et al.: a = 0.50 and
  /// 0.49), at a fixed tokens-per-parameter ratio (default 20: Chinchilla, 70B on 1.4T tokens).
  tokens_per_parameter,
  /// The closed-form minimum of the parametric loss under C = 6ND (approach 3):
  /// N = G (C/6)^(beta/(alpha+beta)), D = (C/6)^(alpha/(alpha+beta)) / G,
  /// G = (alpha A / (beta B))^(1/(alpha+beta)).
  parametric,
};

struct ScalingOptions {
  ScalingMethod method = ScalingMethod::tokens_per_parameter;
  double tokens_per_parameter = 20.0;  ///< D/N for `tokens_per_parameter` (Chinchilla: 20)
  ChinchillaFit fit;                   ///< for `parametric`, and the loss of every answer
};

/// A compute-optimal model for a budget.
struct ComputeOptimal {
  Quantity flops;         ///< the budget C (FLOP)
  double parameters = 0;  ///< N
  double tokens = 0;      ///< D; 6 N D = C
  double tokens_per_parameter = 0;
  double loss = 0;  ///< the parametric loss L(N, D) in nats per token (Chinchilla's fit)
};

/// Chinchilla's predicted loss (nats per token) of N parameters trained on D tokens.
/// `chinchilla_loss(70e9, 1.4e12)` is 1.937. Throws InvalidArgumentError for non-positive N or D.
[[nodiscard]] double chinchilla_loss(double parameters, double tokens,
                                     const ChinchillaFit& fit = {});

/// The compute-optimal N and D for a FLOP budget, with C = 6 N D (forward + backward, Kaplan et
/// al. 2020). `compute_optimal(Quantity(5.76e23, "FLOP"))` is 69.3B parameters on 1.39T tokens
/// (Chinchilla: 70B on 1.4T for Gopher's budget). Throws DimensionalityError when `flops` is not
/// an amount of operations and InvalidArgumentError for a non-positive budget or ratio.
[[nodiscard]] ComputeOptimal compute_optimal(const Quantity& flops,
                                             const ScalingOptions& options = {});

/// The budget and tokens that make N parameters compute-optimal (inverse of compute_optimal).
[[nodiscard]] ComputeOptimal compute_optimal_for_parameters(double parameters,
                                                            const ScalingOptions& options = {});

struct ScalingRunOptions {
  /// Model FLOP utilization: sustained / peak dense rate at the accelerator's default precision.
  /// Default 0.40, an estimate: Llama 3 405B reached 38-43% BF16 MFU on 8K-16K H100s (Dubey et
  /// al. 2024, arXiv:2407.21783, Table 4).
  double mfu = 0.40;
  /// Where it runs (grid or datacenter, load, PUE...); `duration` is set to the training time.
  FootprintOptions footprint;
  /// Electricity price overriding the grid's; without either, `cost` is left unset.
  std::optional<Quantity> electricity_price;
  /// Depreciation period of the fleet's capex (economics' default: 4 years).
  std::optional<Quantity> amortization;
};

struct ScalingRun {
  ComputeOptimal optimum;
  std::int64_t accelerators = 0;
  Quantity peak;        ///< the fleet's dense peak (accelerators x default-precision peak)
  Quantity sustained;   ///< peak x MFU
  Quantity time;        ///< C / sustained
  Footprint footprint;  ///< energy and carbon over `time`
  std::optional<CostResult> cost;  ///< when an electricity price is known
  std::vector<std::string> assumptions;
};

/// Wall-clock time to run `flops` of training on `fleet`: C / (accelerators x default-precision
/// dense peak x MFU). `training_time(Quantity(1e24, "FLOP"), Frontier_8K, 0.4)` is 3.57 days.
/// Throws InvalidArgumentError for an MFU outside (0, 1] or a fleet without accelerators.
[[nodiscard]] Quantity training_time(const Quantity& flops, const Fleet& fleet, double mfu);

/// Trains `optimum` on `fleet`: time = C / (accelerators x peak x MFU), then the footprint and
/// cost solvers over that time. Throws InvalidArgumentError for an MFU outside (0, 1], a fleet
/// without accelerators, or no grid and no datacenter.
[[nodiscard]] ScalingRun train_compute_optimal(const ComputeOptimal& optimum, const Fleet& fleet,
                                               const ScalingRunOptions& options = {});

}  // namespace mlsysim::solvers
