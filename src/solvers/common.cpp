#include "mlsysim/solvers/common.hpp"

#include <fmt/format.h>

#include <cmath>
#include <string>

#include "checks.hpp"

namespace mlsysim::solvers {

void Efficiency::report_invalid() const {
  require_fraction("efficiency.compute", compute);
  require_fraction("efficiency.memory", memory);
  require_fraction("efficiency.intra_node_link", intra_node_link);
  require_fraction("efficiency.fabric", fabric);
  throw InvalidArgumentError("efficiency", "invalid");  // unreachable: one check above threw
}

void report_not_positive(std::string_view name, std::int64_t n) {
  throw InvalidArgumentError(std::string(name), "must be positive, got " + std::to_string(n));
}

void require_positive(std::string_view name, double x) {
  if (!std::isfinite(x) || x <= 0) {
    throw InvalidArgumentError(std::string(name), fmt::format("must be positive, got {:.6g}", x));
  }
}

void require_fraction(std::string_view name, double x) {
  if (!std::isfinite(x) || x <= 0 || x > 1) {
    throw InvalidArgumentError(std::string(name), fmt::format("must be in (0, 1], got {:.6g}", x));
  }
}

void require_unit_interval(std::string_view name, double x) {
  if (!(x >= 0 && x <= 1)) {  // false for NaN
    throw InvalidArgumentError(std::string(name), fmt::format("must be in [0, 1], got {:.6g}", x));
  }
}

void require_latency(std::string_view name, const Quantity& q) {
  if (q.dimension() != dims::time || !(q.base_value() >= 0) || !std::isfinite(q.base_value())) {
    throw InvalidArgumentError(std::string(name),
                               "must be a non-negative, finite time, got " + q.str());
  }
}

void report_missing_precision(const HardwareNode& hw, Precision p) {
  {
    std::string have;
    for (std::size_t i = 0; i < kPrecisionCount; ++i) {
      if (hw.compute.dense[i]) have += (have.empty() ? "" : ", ") + std::string(kPrecisionNames[i]);
    }
    throw InvalidArgumentError("precision", "'" + std::string(hw.info.path) + "' has no dense " +
                                                std::string(precision_name(p)) +
                                                " rate (it has: " + have + ")");
  }
}

}  // namespace mlsysim::solvers
