// Small closed-form helpers users of the Python original know (with its known answers as tests).
#pragma once

#include <cstdint>
#include <optional>

#include "mlsysim/units/quantity.hpp"

namespace mlsysim::solvers {

/// Amdahl's law: 1 / ((1 - p) + p / s). `amdahl_speedup(0.9, 10)` is 5.263.
[[nodiscard]] double amdahl_speedup(double parallel_fraction, double speedup);
/// Availability of k independent replicas of availability a: 1 - (1 - a)^k.
[[nodiscard]] double availability(double single, std::int64_t replicas);
/// Round-trip time over fiber at 200,000 km/s: 2 d / c_fiber. `network_rtt(1000 km)` is 10 ms.
[[nodiscard]] Quantity network_rtt(const Quantity& distance);
/// Monthly egress cost of a sustained rate at a price per GB (30-day month).
[[nodiscard]] Quantity monthly_egress_cost(const Quantity& rate, const Quantity& price_per_gb);
/// 6 P D: training FLOPs of a dense transformer (Kaplan et al. 2020).
[[nodiscard]] Quantity training_flops(double parameters, double tokens);
/// Tokens wasted by paging a sequence of `tokens` into pages of `page` tokens: the unused tail
/// of the last page (vLLM's fragmentation; 2050 tokens in 16-token pages waste 14).
[[nodiscard]] std::int64_t paged_kv_waste(std::int64_t tokens, std::int64_t page);

/// M/M/c queue (Erlang C): utilization and mean wait. `wait` is nullopt when the queue is
/// unstable (utilization >= 1), never infinity.
struct ErlangC {
  double utilization = 0;
  double probability_of_waiting = 0;
  std::optional<Quantity> wait;
};
[[nodiscard]] ErlangC erlang_c(const Quantity& arrival_rate, const Quantity& service_rate,
                               std::int64_t servers);

}  // namespace mlsysim::solvers
