// Shared solver vocabulary: efficiency parameters (named, documented, sourced) and the binding
// constraint ("wall", declared with the other vocabularies in mlsysim/vocabulary.hpp). The solvers'
// argument checks are internal (src/solvers/checks.hpp).
#pragma once

#include "mlsysim/vocabulary.hpp"  // solvers::Wall, wall_name (the MLSYSIM_WALL rows)

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

}  // namespace mlsysim::solvers
