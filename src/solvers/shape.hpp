// Internal: per-element sizes and per-token traffic of a workload, shared by the solvers.
#pragma once

#include <cstddef>

#include "mlsysim/catalog/models.hpp"

namespace mlsysim::solvers::detail {

/// Bytes per element of a precision (fp6 0.75, fp4/int4 0.5), from vocabulary.def's bits.
inline double bytes_of(Precision p) { return bits_per_element(p) / 8.0; }

/// Elementwise traffic per token per layer, in elements: two norms (read + write h each), two
/// residual adds (read 2h, write h each), rotary on Q and K (about 4h), and the FFN activation
/// (read 2 x width, write width when gated; read and write width for a plain MLP). See
/// docs/solvers.md. Needs hidden_dim.
inline double elementwise_elements(const Workload& m) {
  const double h = static_cast<double>(*m.hidden_dim);
  const bool gated = m.ffn_kind.value_or(FfnKind::mlp) == FfnKind::gated;
  double width = static_cast<double>(m.ffn_dim.value_or(4 * *m.hidden_dim));
  if (m.architecture == Architecture::moe && m.expert_ffn_dim && m.experts_per_token) {
    width = static_cast<double>(*m.expert_ffn_dim *
                                (*m.experts_per_token + m.shared_experts.value_or(0)));
  }
  return 14.0 * h + (gated ? 3.0 : 2.0) * width;
}

}  // namespace mlsysim::solvers::detail
