// partition_view: a partition (MIG profile) as a device the solvers can evaluate
// (docs/catalog.md, "Partitions").
#include "mlsysim/catalog/partitions.hpp"

#include "mlsysim/errors.hpp"

namespace mlsysim {

HardwareNode partition_view(const Partition& p) {
  if (p.parent == nullptr) {
    throw InvalidArgumentError(
        "parent", "partition '" + std::string(p.info.path) + "' has no parent hardware entry");
  }
  const double cf = p.compute_fraction.value();
  const double mf = p.memory_fraction.value();
  if (!(cf > 0 && cf <= 1) || !(mf > 0 && mf <= 1)) {
    throw InvalidArgumentError("compute_fraction",
                               "partition '" + std::string(p.info.path) +
                                   "' needs compute and memory fractions in (0, 1]");
  }
  HardwareNode h = *p.parent;
  h.info = p.info;
  for (auto* table : {&h.compute.dense, &h.compute.sparse, &h.compute.measured_gemm,
                      &h.compute.measured_attention, &h.compute.measured_attention_training}) {
    for (auto& rate : *table) {
      if (rate) rate = *rate * cf;
    }
  }
  h.compute.peak_flops = h.compute.peak_flops * cf;
  // A slice's SM count is not in general the parent's x the fraction (MIG leaves some SMs
  // unused) and no catalog figure gives it: left unset.
  h.compute.cores.reset();
  h.memory.capacity = p.memory;
  // What the driver reports for a slice is not the parent's figure scaled: left unset.
  h.memory.visible_capacity.reset();
  h.memory.bandwidth = h.memory.bandwidth * mf;
  if (h.memory.measured_bandwidth) h.memory.measured_bandwidth = *h.memory.measured_bandwidth * mf;
  if (h.memory.l2_cache) h.memory.l2_cache = *h.memory.l2_cache * mf;
  h.device_link.reset();
  return h;
}

}  // namespace mlsysim
