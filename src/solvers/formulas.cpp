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
  const detail::Speed fiber = detail::Meters::from_value(200000.0e3) / detail::seconds(1);
  const detail::Seconds rtt = distance.as<typed::meters>() * 2.0 / fiber;
  return detail::out(rtt, detail::units().ms);
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
  const detail::Seconds month = 30.0 * detail::seconds(86400.0);
  const detail::Usd cost =
      rate.as<typed::bits_per_second>() * month * price_per_gb.as<typed::usd_per_bit>();
  return detail::out(cost, detail::units().usd);
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
  const detail::Frequency arrivals = lambda.as<typed::hertz>();
  const detail::Frequency service = mu.as<typed::hertz>();
  const double a = arrivals / service;  // offered load in Erlangs
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
  const detail::Seconds wait =
      r.probability_of_waiting / (static_cast<double>(c) * service - arrivals);
  r.wait = detail::out(wait, detail::units().ms);
  return r;
}

}  // namespace mlsysim::solvers
