// GPU partition entry type: Partition (`Hardware::Partitions::A100_MIG_3g_40gb`), a MIG profile
// of a hardware entry, and the HardwareNode view the solvers evaluate on it.
#pragma once

#include <cstdint>
#include <string_view>

#include "mlsysim/catalog/hardware.hpp"
#include "mlsysim/catalog/provenance.hpp"
#include "mlsysim/units/quantity.hpp"

namespace mlsysim {

/// num/den of a whole (3/7 of the SMs, 4/8 of the memory slices).
struct Fraction {
  std::int64_t num = 0;
  std::int64_t den = 1;
  [[nodiscard]] constexpr double value() const noexcept {
    return static_cast<double>(num) / static_cast<double>(den);
  }
};

/// A partition of a device (NVIDIA MIG profile): not a device of its own (no TDP, no link), a
/// fraction of its parent's compute and memory.
struct Partition {
  EntryInfo info;
  const HardwareNode* parent = nullptr;
  std::string_view profile;   ///< the vendor's profile name ("3g.40gb")
  Fraction compute_fraction;  ///< of the parent's SMs/GPCs
  Fraction memory_fraction;   ///< of the parent's memory slices
  Quantity memory;            ///< capacity, as the profile states it
  std::int64_t max_instances = 1;
};

/// The partition as a device for the solvers (docs/catalog.md, "Partitions"; a modelling
/// assumption, not a vendor figure): every peak of the parent (dense, sparse, measured GEMM) x
/// compute_fraction, memory bandwidth x memory_fraction (the measured bandwidth too), capacity =
/// `memory`, L2 x memory_fraction. No device link (MIG instances do not use NVLink peer access);
/// power, embodied carbon and cost are the whole parent's and are said to be so. Info (key,
/// name, path, source) is the partition's. Throws InvalidArgumentError when `parent` is null.
[[nodiscard]] HardwareNode partition_view(const Partition& p);

}  // namespace mlsysim
