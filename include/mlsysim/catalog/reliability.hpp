// Reliability zoo entry types: StorageTier (where checkpoints go, with bandwidth per a stated
// basis) and FailureStudy (a published table of job interruptions by component class), with their
// vocabularies StorageClass, BandwidthBasis and FailureClass (rows of mlsysim/vocabulary.def).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

#include "mlsysim/catalog/hardware.hpp"
#include "mlsysim/catalog/provenance.hpp"
#include "mlsysim/units/quantity.hpp"
#include "mlsysim/vocabulary.hpp"

namespace mlsysim {

#define MLSYSIM_ENUMERATOR(name, ...) name,
/// What kind of storage a storage tier is: parallel file system, object store, local NVMe, NFS.
enum class StorageClass : std::uint8_t {
#define MLSYSIM_STORAGE_CLASS MLSYSIM_ENUMERATOR
#include "mlsysim/vocabulary.def"
};
/// What one bandwidth figure of a storage tier covers: a drive, a TiB provisioned, a concurrent
/// request or an appliance. The solver multiplies by the matching count and says which.
enum class BandwidthBasis : std::uint8_t {
#define MLSYSIM_BANDWIDTH_BASIS MLSYSIM_ENUMERATOR
#include "mlsysim/vocabulary.def"
};
/// Component class of a job interruption (`gpu`, `hbm`, `switch_cable`, `software`, ...).
enum class FailureClass : std::uint8_t {
#define MLSYSIM_FAILURE_CLASS MLSYSIM_ENUMERATOR
#include "mlsysim/vocabulary.def"
};
#undef MLSYSIM_ENUMERATOR

/// The population a failure class's rate is counted per when scaled to another fleet.
enum class FailureScale : std::uint8_t { accelerator, host };

#define MLSYSIM_NAME(name, ...) #name,
// clang-format off
template <> struct EnumNames<StorageClass> {
  static constexpr std::string_view noun = "storage class";
  static constexpr auto names = std::to_array<std::string_view>({
#define MLSYSIM_STORAGE_CLASS MLSYSIM_NAME
#include "mlsysim/vocabulary.def"
  });
};
template <> struct EnumNames<BandwidthBasis> {
  static constexpr std::string_view noun = "bandwidth basis";
  static constexpr auto names = std::to_array<std::string_view>({
#define MLSYSIM_BANDWIDTH_BASIS MLSYSIM_NAME
#include "mlsysim/vocabulary.def"
  });
};
template <> struct EnumNames<FailureClass> {
  static constexpr std::string_view noun = "failure class";
  static constexpr auto names = std::to_array<std::string_view>({
#define MLSYSIM_FAILURE_CLASS MLSYSIM_NAME
#include "mlsysim/vocabulary.def"
  });
};
// clang-format on
#undef MLSYSIM_NAME

/// The population a failure class scales with (vocabulary.def): `failure_scale(FailureClass::hbm)`
/// is FailureScale::accelerator, `failure_scale(FailureClass::nic)` FailureScale::host.
[[nodiscard]] constexpr FailureScale failure_scale(FailureClass c) noexcept {
  constexpr FailureScale kScale[] = {
#define MLSYSIM_FAILURE_CLASS(name, scale) FailureScale::scale,
#include "mlsysim/vocabulary.def"
  };
  return kScale[static_cast<std::size_t>(c)];
}

/// A storage tier checkpoints are written to and read from (`Infra.Storage.FSxLustre_P2_1000`).
/// Bandwidths are per `basis`: per TiB provisioned (FSx for Lustre), per concurrent request (S3),
/// per drive (local NVMe) or per appliance; the solver needs the matching count to get a fleet's
/// aggregate.
struct StorageTier {
  EntryInfo info;
  StorageClass storage_class = StorageClass::parallel_fs;  ///< JSON `class`
  std::string_view provider;
  Quantity read_bandwidth;   ///< per `basis`, decimal units as the source prints them
  Quantity write_bandwidth;  ///< per `basis`
  BandwidthBasis basis = BandwidthBasis::per_device;
  std::optional<Quantity> capacity;  ///< of one device or appliance (per_device, per_appliance)
  std::optional<Quantity> latency;   ///< first-byte latency, when the source gives one
  /// Requests per second per partition (S3: per prefix) for reads and writes, when published.
  std::optional<Quantity> read_request_rate;
  std::optional<Quantity> write_request_rate;
};

/// One row of a failure study's table: the label as printed and the count of interruptions.
struct FailureCount {
  std::string_view label;
  std::int64_t count = 0;
};

/// A study's interruptions by component class; a class the study does not list is unset.
struct FailureTable {
#define MLSYSIM_FAILURE_CLASS(name, scale) std::optional<FailureCount> name;
#include "mlsysim/vocabulary.def"

  /// The row of class `c`: `table[FailureClass::gpu]`.
  [[nodiscard]] constexpr const std::optional<FailureCount>& operator[](
      FailureClass c) const noexcept {
    switch (c) {
#define MLSYSIM_FAILURE_CLASS(name, scale) \
  case FailureClass::name:                 \
    return name;
#include "mlsysim/vocabulary.def"
    }
    return unknown;
  }
};

/// A published table of unexpected job interruptions by component class over one run
/// (`Infra.Reliability.Llama3_405B_54d`: Meta, Llama 3 405B pre-training, 16,384 H100 for 54
/// days). Only counts and the setting are stored; rates per accelerator- or host-hour are derived
/// by the solver (solvers::interruption_forecast), never stored as if published.
struct FailureStudy {
  EntryInfo info;
  const HardwareNode* accelerator = nullptr;  ///< the accelerator of the study, when in the catalog
  std::int64_t accelerators = 0;
  std::int64_t hosts = 0;
  Quantity duration;
  std::int64_t unexpected_interruptions = 0;  ///< the total as printed; equals the sum of counts
  std::optional<std::int64_t> planned_interruptions;
  FailureTable interruptions;
};

}  // namespace mlsysim
