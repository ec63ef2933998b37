#include "mlsysim/solvers/formulas.hpp"

#include <cmath>
#include <string>

#include "checks.hpp"
#include "mlsysim/solvers/common.hpp"
#include "typed_math.hpp"

namespace mlsysim::solvers {

double amdahl_speedup(double p, double s) {
  if (!(p >= 0 && p <= 1)) throw InvalidArgumentError("parallel_fraction", "must be in [0, 1]");
  require_positive("speedup", s);
  return 1.0 / ((1.0 - p) + p / s);
}

double availability(double a, std::int64_t k) {
  if (!(a >= 0 && a <= 1)) throw InvalidArgumentError("availability", "must be in [0, 1]");
  require_positive("replicas", k);
  return 1.0 - std::pow(1.0 - a, static_cast<double>(k));
}

Quantity network_rtt(const Quantity& distance) {
  if (distance.dimension() != dims::length || distance.base_value() < 0) {
    throw InvalidArgumentError("distance",
                               "must be a non-negative length, got '" + distance.str() + "'");
  }
  const Quantity fiber(200000.0, Unit::parse("km/s"));
  return (distance * 2.0 / fiber).to(detail::units().ms);
}

Quantity monthly_egress_cost(const Quantity& rate, const Quantity& price_per_gb) {
  if (rate.dimension() != dims::information_rate || rate.base_value() < 0) {
    throw InvalidArgumentError("rate",
                               "must be a non-negative data rate, got '" + rate.str() + "'");
  }
  if (price_per_gb.dimension() != dims::currency / dims::information) {
    throw InvalidArgumentError("price", "must be a price per data such as '0.09 USD/GB', got '" +
                                            price_per_gb.str() + "'");
  }
  return (rate * Quantity(30.0, Unit::parse("day")) * price_per_gb).to(detail::units().usd);
}

Quantity training_flops(double parameters, double tokens) {
  require_positive("parameters", parameters);
  require_positive("tokens", tokens);
  return Quantity(detail::flop_count(6.0 * parameters * tokens)).to(detail::units().flop);
}

std::int64_t paged_kv_waste(std::int64_t tokens, std::int64_t page) {
  require_positive("tokens", tokens);
  require_positive("page", page);
  const std::int64_t pages = (tokens + page - 1) / page;
  return pages * page - tokens;
}

ErlangC erlang_c(const Quantity& lambda, const Quantity& mu, std::int64_t c) {
  require_positive("servers", c);
  if (lambda.dimension() != dims::frequency || mu.dimension() != dims::frequency ||
      !(lambda.base_value() >= 0) || !(mu.base_value() > 0)) {
    throw InvalidArgumentError(
        "rates", "arrival and service rates must be non-negative rates such as '400 1/s'");
  }
  const double a = lambda.base_value() / mu.base_value();  // offered load in Erlangs
  ErlangC r;
  r.utilization = a / static_cast<double>(c);
  if (r.utilization >= 1.0) {
    r.probability_of_waiting = 1.0;
    return r;  // unstable: no finite wait
  }
  // Sum a^k / k! in log space to avoid overflow for hundreds of servers.
  double log_term = 0.0;  // log(a^0/0!)
  double sum = 1.0;
  for (std::int64_t k = 1; k < c; ++k) {
    log_term += std::log(a) - std::log(static_cast<double>(k));
    sum += std::exp(log_term);
  }
  const double log_last = log_term + std::log(a) - std::log(static_cast<double>(c));  // a^c/c!
  const double last = std::exp(log_last) / (1.0 - r.utilization);
  r.probability_of_waiting = last / (sum + last);
  const double wait =
      r.probability_of_waiting / (static_cast<double>(c) * mu.base_value() - lambda.base_value());
  r.wait = Quantity(detail::seconds(wait)).to(detail::units().ms);
  return r;
}

}  // namespace mlsysim::solvers
