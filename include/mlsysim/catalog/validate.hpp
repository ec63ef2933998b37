// Validating a hand-built catalog entry with the catalog loader's cross-field rules.
#pragma once

#include <vector>

#include "mlsysim/catalog/hardware.hpp"
#include "mlsysim/catalog/models.hpp"
#include "mlsysim/errors.hpp"

namespace mlsysim {

/// The cross-field rules the catalog loader applies to a hardware entry (docs/catalog-format.md):
/// a dense peak at the default precision equal to `peak_flops`, dense <= sparse, measured <=
/// peak, lower precision never slower, tdp_min <= tdp <= tdp_max. Returns one diagnostic per
/// broken rule (empty when the entry is consistent), each with `file` set to the entry's
/// `info.file` (or `<hand-built>` when empty) and `pointer` naming the field:
/// `/compute/dense/fp8: fp8 peak '900 TFLOP/s' is below bf16 peak '1000 TFLOP/s'`. Single-field
/// checks (units, bounds) are the caller's: a Quantity is already typed.
[[nodiscard]] std::vector<CatalogDiagnostic> validate(const HardwareNode& hardware);

/// The cross-field rules for a model: heads divide hidden_dim (unless head_dim is given), kv_heads
/// divide heads, active_parameters <= parameters, MoE fields present for a moe model,
/// per_sequence FLOPs with a reference_seq_len, and declared parameters within 10% of the shape.
[[nodiscard]] std::vector<CatalogDiagnostic> validate(const Workload& model);

}  // namespace mlsysim
