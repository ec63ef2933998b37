// Shared solver vocabulary: efficiency parameters (named, documented, sourced) and the binding
// constraint ("wall"). The solvers' argument checks are internal (src/solvers/checks.hpp).
#pragma once

#include <cstdint>
#include <string_view>

namespace mlsysim::solvers {

/// Achievable fractions of datasheet peaks. One documented default set serves every solver and
/// every validation case; docs/solvers.md gives each default's source. All must be in (0, 1].
struct Efficiency {
  /// Fraction of dense peak FLOP/s that large transformer GEMMs reach (cuBLAS / vendor BLAS).
  double compute = 0.70;
  /// Fraction of memory bandwidth that streaming kernels reach (STREAM-like copy).
  double memory = 0.85;
  /// Fraction of the intra-node link's one-way bandwidth that collectives reach (NCCL bus
  /// bandwidth over NVLink: ~0.69 on DGX A100, 0.82 on HGX H100).
  double intra_node_link = 0.75;
  /// Fraction of the fabric's line rate that collectives reach across nodes (NCCL over HDR
  /// InfiniBand: 84.8 of 100 GB/s).
  double fabric = 0.85;

  /// Throws InvalidArgumentError naming the field outside (0, 1].
  void validate() const {
    const auto ok = [](double x) { return x > 0 && x <= 1; };  // false for NaN
    if (!(ok(compute) && ok(memory) && ok(intra_node_link) && ok(fabric))) {
      report_invalid();
    }
  }

 private:
  [[noreturn]] void report_invalid() const;
};

/// What bound a result: the "wall" of the roofline or of a fleet.
enum class Wall : std::uint8_t {
  compute,        ///< FLOP/s
  memory,         ///< memory bandwidth
  communication,  ///< collectives on links or the fabric
  pipeline,       ///< pipeline bubble
  capacity,       ///< does not fit in memory (infeasible)
  overhead,       ///< fixed per-step overheads dominate
};
[[nodiscard]] std::string_view wall_name(Wall w) noexcept;

}  // namespace mlsysim::solvers
