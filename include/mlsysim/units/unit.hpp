// A unit: a scale to the canonical base units, a dimension and the spelling it is shown with.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "mlsysim/units/dimension.hpp"

namespace mlsysim {

/// A unit of measure. `scale` is how many canonical base units one of this unit is
/// (`GB` -> 8e9 bit, `TFLOP/s` -> 1e12 FLOP/s, `kWh` -> 3.6e6 J). Units are immutable and have
/// static lifetime: those parsed at run time live in a process-wide cache, those in generated
/// catalog tables are constants, so a `const Unit*` never dangles.
struct Unit {
  double scale = 1.0;
  Dimension dimension{};
  std::string_view symbol{};

  /// Parses a unit expression such as `TB/s`, `gCO2e/kWh`, `kg*m^2/s^3`, `(J/s)/B`. Results are
  /// cached: a repeated parse of the same spelling is a lock-free thread-local lookup, falling
  /// back to a shared, mutex-protected cache. Thread-safe.
  /// Throws UnitParseError naming the offending token and the closest known unit.
  [[nodiscard]] static const Unit& parse(std::string_view expression);

  /// The unit a quantity of `dimension` is shown in when no unit was asked for: a named one
  /// where one is customary (`B/s`, `FLOP/s`, `W`, `J`, `USD`, `gCO2e/kWh`), otherwise a product
  /// of base symbols (`kg*m^2`). Thread-safe, cached.
  [[nodiscard]] static const Unit& canonical(const Dimension& dimension);

  /// Every single-symbol spelling the parser accepts, each symbol with every prefix it takes
  /// (`B`, `kB`, `KiB`, ..., `TFLOP`, `TFLOPS`, `kWh`, `gCO2e`, ...). For listings and tests.
  [[nodiscard]] static std::vector<std::string> vocabulary();
};

}  // namespace mlsysim
