// Physical dimensions as a fixed vector of integer exponents over mlsysim's eight base dimensions.
#pragma once

#include <array>
#include <bit>
#include <cstdint>
#include <string>

namespace mlsysim {

/// The base dimensions. Counts (parameters, tokens, requests) are dimensionless; carbon is a
/// mass (gCO2e); water is a volume (length^3).
enum class BaseDimension : std::uint8_t {
  length,
  mass,
  time,
  current,
  temperature,
  information,  ///< canonical unit: bit (1 B = 8 bit)
  operation,    ///< canonical unit: FLOP (integer ops share it)
  currency,     ///< canonical unit: USD
};
inline constexpr std::size_t kBaseDimensionCount = 8;

/// The largest exponent magnitude a Dimension holds (`m^32`, `s^-32`). Products, quotients and
/// powers that would leave this range throw InvalidArgumentError instead of wrapping.
inline constexpr int kMaxDimensionExponent = 32;

namespace units_detail {
/// Throws InvalidArgumentError: `exponent 64 of [length] is out of range [-32, 32]`.
[[noreturn]] void throw_exponent_out_of_range(int exponent, std::size_t base);
/// `e` as a Dimension exponent; throws (above) when |e| > kMaxDimensionExponent.
[[nodiscard]] constexpr std::int8_t checked_exponent(int e, std::size_t base) {
  if (e > kMaxDimensionExponent || e < -kMaxDimensionExponent) {
    throw_exponent_out_of_range(e, base);
  }
  return static_cast<std::int8_t>(e);
}
}  // namespace units_detail

/// A dimension: one integer exponent per base dimension. `Dimension::of(BaseDimension::time)`
/// is [time]; products and quotients add and subtract exponents.
struct Dimension {
  std::array<std::int8_t, kBaseDimensionCount> exponents{};

  /// The dimension of one base dimension raised to `power`. Throws InvalidArgumentError when
  /// |power| > kMaxDimensionExponent.
  [[nodiscard]] static constexpr Dimension of(BaseDimension base, int power = 1) {
    Dimension d;
    const auto i = static_cast<std::size_t>(base);
    d.exponents[i] = units_detail::checked_exponent(power, i);
    return d;
  }
  [[nodiscard]] constexpr std::int8_t operator[](BaseDimension base) const noexcept {
    return exponents[static_cast<std::size_t>(base)];
  }
  [[nodiscard]] constexpr bool dimensionless() const noexcept { return *this == Dimension{}; }
  /// Every exponent times `power`. Products, quotients and powers are checked: an exponent
  /// beyond kMaxDimensionExponent throws InvalidArgumentError rather than wrapping around.
  [[nodiscard]] constexpr Dimension pow(int power) const {
    if (power > kMaxDimensionExponent || power < -kMaxDimensionExponent) {
      for (std::size_t i = 0; i < kBaseDimensionCount; ++i) {
        if (exponents[i] != 0) units_detail::throw_exponent_out_of_range(power, i);
      }
      return {};
    }
    Dimension d;
    for (std::size_t i = 0; i < kBaseDimensionCount; ++i) {
      d.exponents[i] = units_detail::checked_exponent(exponents[i] * power, i);
    }
    return d;
  }
  friend constexpr Dimension operator*(const Dimension& a, const Dimension& b) {
    Dimension d;
    for (std::size_t i = 0; i < kBaseDimensionCount; ++i) {
      d.exponents[i] = units_detail::checked_exponent(a.exponents[i] + b.exponents[i], i);
    }
    return d;
  }
  friend constexpr Dimension operator/(const Dimension& a, const Dimension& b) {
    Dimension d;
    for (std::size_t i = 0; i < kBaseDimensionCount; ++i) {
      d.exponents[i] = units_detail::checked_exponent(a.exponents[i] - b.exponents[i], i);
    }
    return d;
  }
  /// Compared as one 64-bit word: equality is on every arithmetic hot path.
  friend constexpr bool operator==(const Dimension& a, const Dimension& b) noexcept {
    return std::bit_cast<std::uint64_t>(a.exponents) == std::bit_cast<std::uint64_t>(b.exponents);
  }

  /// Readable form used in error messages: `[information]/[time]`, `[mass]*[length]^2/[time]^3`,
  /// `[dimensionless]`.
  [[nodiscard]] std::string str() const;
};

/// Named dimensions used by catalog fields and solvers.
namespace dims {
inline constexpr Dimension dimensionless{};
inline constexpr Dimension length = Dimension::of(BaseDimension::length);
inline constexpr Dimension mass = Dimension::of(BaseDimension::mass);
inline constexpr Dimension time = Dimension::of(BaseDimension::time);
inline constexpr Dimension information = Dimension::of(BaseDimension::information);
inline constexpr Dimension operation = Dimension::of(BaseDimension::operation);
inline constexpr Dimension currency = Dimension::of(BaseDimension::currency);
inline constexpr Dimension frequency = dimensionless / time;
inline constexpr Dimension volume = length.pow(3);
inline constexpr Dimension energy = mass * length.pow(2) / time.pow(2);
inline constexpr Dimension power = energy / time;
inline constexpr Dimension information_rate = information / time;
inline constexpr Dimension operation_rate = operation / time;
inline constexpr Dimension intensity = operation / information;  ///< arithmetic intensity
inline constexpr Dimension carbon_intensity = mass / energy;
inline constexpr Dimension water_intensity = volume / energy;
inline constexpr Dimension energy_price = currency / energy;
inline constexpr Dimension energy_per_information = energy / information;
inline constexpr Dimension energy_per_operation = energy / operation;
}  // namespace dims

}  // namespace mlsysim
