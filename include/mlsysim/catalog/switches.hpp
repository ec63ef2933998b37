// Network switch entry type: NetworkSwitch (`Systems::Switches::QM9700`).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "mlsysim/catalog/provenance.hpp"
#include "mlsysim/units/quantity.hpp"
#include "mlsysim/vocabulary.hpp"

namespace mlsysim {

/// A switch system or switch ASIC: `radix` ports of `port_speed` each (per direction), and the
/// switching capacity as the vendor quotes it. The loader requires radix x port_speed to equal
/// the capacity per direction (x 2 when `capacity_direction` is bidirectional_total).
struct NetworkSwitch {
  EntryInfo info;
  std::string_view vendor;
  std::string_view asic;  ///< the switch chip ("Quantum-2", "Tomahawk 5")
  std::int64_t radix = 0;
  Quantity port_speed;  ///< per port, per direction
  Quantity capacity;    ///< as quoted; see capacity_direction
  LinkDirection capacity_direction = LinkDirection::per_direction;
  std::optional<Quantity> power;
  std::optional<PowerKind> power_kind;  ///< what `power` is (required when power is given)
  std::optional<Quantity> latency;      ///< port-to-port

  /// The capacity in one direction: the sum of the port rates.
  [[nodiscard]] constexpr Quantity per_direction_capacity() const noexcept {
    return capacity_direction == LinkDirection::bidirectional_total ? capacity / 2.0 : capacity;
  }
};

}  // namespace mlsysim
