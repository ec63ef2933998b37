// Chinchilla compute-optimal allocation and the cost of training it (docs/scaling.md).
#include "mlsysim/solvers/scaling.hpp"

#include <fmt/format.h>

#include <cmath>

#include "checks.hpp"
#include "mlsysim/solvers/common.hpp"
#include "mlsysim/units/format.hpp"

namespace mlsysim::solvers {

namespace {

void check_fit(const ChinchillaFit& f) {
  require_positive("fit.a", f.a);
  require_positive("fit.b", f.b);
  require_positive("fit.alpha", f.alpha);
  require_positive("fit.beta", f.beta);
  if (!std::isfinite(f.e) || f.e < 0) {
    throw InvalidArgumentError("fit.e", fmt::format("must be finite and >= 0, got {}", f.e));
  }
}

ComputeOptimal finish(double c, double n, double d, const ScalingOptions& o) {
  ComputeOptimal r;
  r.flops = Quantity(c, "FLOP");
  r.parameters = n;
  r.tokens = d;
  r.tokens_per_parameter = d / n;
  r.loss = chinchilla_loss(n, d, o.fit);
  return r;
}

}  // namespace

double chinchilla_loss(double parameters, double tokens, const ChinchillaFit& fit) {
  require_positive("parameters", parameters);
  require_positive("tokens", tokens);
  check_fit(fit);
  return fit.e + fit.a / std::pow(parameters, fit.alpha) + fit.b / std::pow(tokens, fit.beta);
}

ComputeOptimal compute_optimal(const Quantity& flops, const ScalingOptions& o) {
  const double c = flops.in("FLOP");  // DimensionalityError for anything but an amount of work
  require_positive("flops", c);
  check_fit(o.fit);
  if (o.method == ScalingMethod::tokens_per_parameter) {
    require_positive("tokens_per_parameter", o.tokens_per_parameter);
    // C = 6 N D and D = r N  ->  N = sqrt(C / (6 r)).
    const double n = std::sqrt(c / (6.0 * o.tokens_per_parameter));
    return finish(c, n, o.tokens_per_parameter * n, o);
  }
  // Minimum of E + A/N^alpha + B/D^beta on N D = C/6 (Hoffmann et al. 2022, eq. 4).
  const auto& f = o.fit;
  const double s = f.alpha + f.beta;
  const double g = std::pow(f.alpha * f.a / (f.beta * f.b), 1.0 / s);
  const double n = g * std::pow(c / 6.0, f.beta / s);
  const double d = std::pow(c / 6.0, f.alpha / s) / g;
  return finish(c, n, d, o);
}

ComputeOptimal compute_optimal_for_parameters(double parameters, const ScalingOptions& o) {
  require_positive("parameters", parameters);
  check_fit(o.fit);
  if (o.method == ScalingMethod::tokens_per_parameter) {
    require_positive("tokens_per_parameter", o.tokens_per_parameter);
    const double d = o.tokens_per_parameter * parameters;
    return finish(6.0 * parameters * d, parameters, d, o);
  }
  // Invert N = G (C/6)^(beta/s): C/6 = (N / G)^(s/beta).
  const auto& f = o.fit;
  const double s = f.alpha + f.beta;
  const double g = std::pow(f.alpha * f.a / (f.beta * f.b), 1.0 / s);
  const double c6 = std::pow(parameters / g, s / f.beta);
  return finish(6.0 * c6, parameters, c6 / parameters, o);
}

Quantity training_time(const Quantity& flops, const Fleet& fleet, double mfu) {
  require_fraction("mfu", mfu);
  if (fleet.node == nullptr || fleet.node->accelerator == nullptr) {
    throw InvalidArgumentError(
        "fleet", "'" + std::string(fleet.info.path) + "' has no node with an accelerator");
  }
  const std::int64_t n = fleet.total_accelerators();
  require_positive("fleet accelerators", n);
  const double c = flops.in("FLOP");
  require_positive("flops", c);
  const Quantity sustained =
      fleet.node->accelerator->compute.peak_flops * static_cast<double>(n) * mfu;
  return (Quantity(c, "FLOP") / sustained).to("day");
}

ScalingRun train_compute_optimal(const ComputeOptimal& optimum, const Fleet& fleet,
                                 const ScalingRunOptions& o) {
  require_fraction("mfu", o.mfu);
  if (fleet.node == nullptr || fleet.node->accelerator == nullptr) {
    throw InvalidArgumentError(
        "fleet", "'" + std::string(fleet.info.path) + "' has no node with an accelerator");
  }
  const HardwareNode& hw = *fleet.node->accelerator;
  ScalingRun r;
  r.optimum = optimum;
  r.accelerators = fleet.total_accelerators();
  require_positive("fleet accelerators", r.accelerators);
  r.peak = hw.compute.peak_flops * static_cast<double>(r.accelerators);
  r.sustained = r.peak * o.mfu;
  r.time = training_time(optimum.flops, fleet, o.mfu);
  r.assumptions.push_back(fmt::format(
      "FLOP budget C = 6 N D (forward + backward, no recomputation, attention FLOPs excluded)"));
  r.assumptions.push_back(fmt::format("MFU {:.2f} of the {} dense {} peak ({:.4g} per accelerator)",
                                      o.mfu, std::string(hw.info.key),
                                      std::string(precision_name(hw.compute.default_precision)),
                                      hw.compute.peak_flops));
  CostOptions co;
  co.footprint = o.footprint;
  co.footprint.duration = r.time;
  co.electricity_price = o.electricity_price;
  if (o.amortization) co.amortization = *o.amortization;
  const GridProfile* grid =
      co.footprint.datacenter != nullptr ? co.footprint.datacenter->grid : co.footprint.grid;
  if (co.electricity_price || (grid != nullptr && grid->electricity_price)) {
    r.cost = cost(fleet, co);
    r.footprint = r.cost->footprint;
  } else {
    r.footprint = footprint(fleet, co.footprint);
  }
  for (auto& a : assumptions(r.footprint, fleet)) r.assumptions.push_back(std::move(a));
  return r;
}

}  // namespace mlsysim::solvers
