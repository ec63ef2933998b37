// mlsysim's named vocabularies (Precision, Tier, SourceKind, EntryKind, ...), expanded from the one
// table in mlsysim/vocabulary.def, with `to_string` and `parse` for each.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace mlsysim {

// ---- the enumerations (rows of vocabulary.def) -------------------------------------------

#define MLSYSIM_ENUMERATOR(name, ...) name,

/// Numeric formats with a peak rate, highest precision first (`fp64` ... `int4`).
enum class Precision : std::uint8_t {
#define MLSYSIM_PRECISION MLSYSIM_ENUMERATOR
#include "mlsysim/vocabulary.def"
};
/// Device tier, from the catalog folder (`hardware/cloud/` -> Tier::cloud).
enum class Tier : std::uint8_t {
#define MLSYSIM_TIER MLSYSIM_ENUMERATOR
#include "mlsysim/vocabulary.def"
};
/// What kind of document a source record is (see vocabulary.def for what each kind must carry).
enum class SourceKind : std::uint8_t {
#define MLSYSIM_SOURCE_KIND MLSYSIM_ENUMERATOR
#include "mlsysim/vocabulary.def"
};
/// What a catalog entry is; the order matches `CatalogEntry::Pointer`'s alternatives.
enum class EntryKind : std::uint8_t {
#define MLSYSIM_ENTRY_KIND MLSYSIM_ENUMERATOR
#include "mlsysim/vocabulary.def"
};
/// How a link's bandwidth figure is quoted: per direction (PCIe, Ethernet) or as a bidirectional
/// total (NVLink, TPU ICI).
enum class LinkDirection : std::uint8_t {
#define MLSYSIM_LINK_DIRECTION MLSYSIM_ENUMERATOR
#include "mlsysim/vocabulary.def"
};
/// What a device's `power.tdp` figure is: TDP, board power, a measured maximum, a whole rack, or
/// an estimate. Solvers use the figure either way, and say which kind they used.
enum class PowerKind : std::uint8_t {
#define MLSYSIM_POWER_KIND MLSYSIM_ENUMERATOR
#include "mlsysim/vocabulary.def"
};
/// How a device's vendor GEMMs place thread blocks on its cores (catalog `compute.gemm_schedule`).
enum class GemmSchedule : std::uint8_t {
#define MLSYSIM_GEMM_SCHEDULE MLSYSIM_ENUMERATOR
#include "mlsysim/vocabulary.def"
};
/// The class of a technology entry (`hardware/tech/<category>/`).
enum class TechCategory : std::uint8_t {
#define MLSYSIM_TECH_CATEGORY MLSYSIM_ENUMERATOR
#include "mlsysim/vocabulary.def"
};
/// A model's architecture family.
enum class Architecture : std::uint8_t {
#define MLSYSIM_ARCHITECTURE MLSYSIM_ENUMERATOR
#include "mlsysim/vocabulary.def"
};
/// What one `inference_flops` figure covers: a token, a sample, a sequence or a diffusion step.
enum class FlopsBasis : std::uint8_t {
#define MLSYSIM_FLOPS_BASIS MLSYSIM_ENUMERATOR
#include "mlsysim/vocabulary.def"
};
/// A transformer's feed-forward block: plain two-matrix MLP or gated (SwiGLU-style) three-matrix.
enum class FfnKind : std::uint8_t {
#define MLSYSIM_FFN_KIND MLSYSIM_ENUMERATOR
#include "mlsysim/vocabulary.def"
};
/// How a grid's carbon intensity was accounted (production-based, consumption-based, or a cloud
/// provider's operational figure).
enum class CarbonAccounting : std::uint8_t {
#define MLSYSIM_CARBON_ACCOUNTING MLSYSIM_ENUMERATOR
#include "mlsysim/vocabulary.def"
};

#undef MLSYSIM_ENUMERATOR

// ---- names ---------------------------------------------------------------------------------

/// The spellings of an enumeration, in enumerator order, and the noun used in messages.
/// Specialized for every enumeration above; `EnumNames<Precision>::names[0]` is "fp64".
template <class E>
struct EnumNames;

#define MLSYSIM_NAME(name, ...) #name,
// clang-format off
template <> struct EnumNames<Precision> {
  static constexpr std::string_view noun = "precision";
  static constexpr auto names = std::to_array<std::string_view>({
#define MLSYSIM_PRECISION MLSYSIM_NAME
#include "mlsysim/vocabulary.def"
  });
};
template <> struct EnumNames<Tier> {
  static constexpr std::string_view noun = "tier";
  static constexpr auto names = std::to_array<std::string_view>({
#define MLSYSIM_TIER MLSYSIM_NAME
#include "mlsysim/vocabulary.def"
  });
};
template <> struct EnumNames<SourceKind> {
  static constexpr std::string_view noun = "source kind";
  static constexpr auto names = std::to_array<std::string_view>({
#define MLSYSIM_SOURCE_KIND MLSYSIM_NAME
#include "mlsysim/vocabulary.def"
  });
};
template <> struct EnumNames<EntryKind> {
  static constexpr std::string_view noun = "kind";
  static constexpr auto names = std::to_array<std::string_view>({
#define MLSYSIM_ENTRY_KIND MLSYSIM_NAME
#include "mlsysim/vocabulary.def"
  });
};
template <> struct EnumNames<LinkDirection> {
  static constexpr std::string_view noun = "link direction";
  static constexpr auto names = std::to_array<std::string_view>({
#define MLSYSIM_LINK_DIRECTION MLSYSIM_NAME
#include "mlsysim/vocabulary.def"
  });
};
template <> struct EnumNames<PowerKind> {
  static constexpr std::string_view noun = "power kind";
  static constexpr auto names = std::to_array<std::string_view>({
#define MLSYSIM_POWER_KIND MLSYSIM_NAME
#include "mlsysim/vocabulary.def"
  });
};
template <> struct EnumNames<GemmSchedule> {
  static constexpr std::string_view noun = "GEMM schedule";
  static constexpr auto names = std::to_array<std::string_view>({
#define MLSYSIM_GEMM_SCHEDULE MLSYSIM_NAME
#include "mlsysim/vocabulary.def"
  });
};
template <> struct EnumNames<TechCategory> {
  static constexpr std::string_view noun = "technology category";
  static constexpr auto names = std::to_array<std::string_view>({
#define MLSYSIM_TECH_CATEGORY MLSYSIM_NAME
#include "mlsysim/vocabulary.def"
  });
};
template <> struct EnumNames<Architecture> {
  static constexpr std::string_view noun = "architecture";
  static constexpr auto names = std::to_array<std::string_view>({
#define MLSYSIM_ARCHITECTURE MLSYSIM_NAME
#include "mlsysim/vocabulary.def"
  });
};
template <> struct EnumNames<FlopsBasis> {
  static constexpr std::string_view noun = "flops basis";
  static constexpr auto names = std::to_array<std::string_view>({
#define MLSYSIM_FLOPS_BASIS MLSYSIM_NAME
#include "mlsysim/vocabulary.def"
  });
};
template <> struct EnumNames<FfnKind> {
  static constexpr std::string_view noun = "ffn kind";
  static constexpr auto names = std::to_array<std::string_view>({
#define MLSYSIM_FFN_KIND MLSYSIM_NAME
#include "mlsysim/vocabulary.def"
  });
};
template <> struct EnumNames<CarbonAccounting> {
  static constexpr std::string_view noun = "carbon accounting";
  static constexpr auto names = std::to_array<std::string_view>({
#define MLSYSIM_CARBON_ACCOUNTING MLSYSIM_NAME
#include "mlsysim/vocabulary.def"
  });
};
// clang-format on
#undef MLSYSIM_NAME

/// An enumeration spelled by vocabulary.def (Precision, Tier, SourceKind, EntryKind, ...).
template <class E>
concept Vocabulary = requires {
  EnumNames<E>::names;
};

/// Number of values of a vocabulary enum: `enum_count<Precision>` is 10.
template <Vocabulary E>
inline constexpr std::size_t enum_count = std::size(EnumNames<E>::names);

/// Every value of a vocabulary enum, in table order: `for (Tier t : enum_values<Tier>())`.
template <Vocabulary E>
[[nodiscard]] constexpr std::array<E, enum_count<E>> enum_values() noexcept {
  std::array<E, enum_count<E>> out{};
  for (std::size_t i = 0; i < out.size(); ++i) out[i] = static_cast<E>(i);
  return out;
}

/// The catalog and CLI spelling: `to_string(Precision::bf16)` is "bf16",
/// `to_string(EntryKind::deployment_tier)` is "deployment_tier". Never fails for a valid
/// enumerator.
template <Vocabulary E>
[[nodiscard]] constexpr std::string_view to_string(E e) noexcept {
  return EnumNames<E>::names[static_cast<std::size_t>(e)];
}

/// The value spelled `name` (exact, case-sensitive), or nullopt: `try_parse<Tier>("edge")`.
template <Vocabulary E>
[[nodiscard]] constexpr std::optional<E> try_parse(std::string_view name) noexcept {
  for (std::size_t i = 0; i < enum_count<E>; ++i) {
    if (EnumNames<E>::names[i] == name) return static_cast<E>(i);
  }
  return std::nullopt;
}

namespace detail {
/// Throws InvalidArgumentError("<noun>", "unknown <noun> '<name>' (expected one of: a, b, ...)").
[[noreturn]] void throw_unknown_name(std::string_view noun, std::string_view name,
                                     std::span<const std::string_view> names);
}  // namespace detail

/// The value spelled `name`: `parse<Precision>("fp8")` is Precision::fp8. Throws
/// InvalidArgumentError listing the valid names: `unknown precision 'fp12' (expected one of:
/// fp64, fp32, ...)`.
template <Vocabulary E>
[[nodiscard]] E parse(std::string_view name) {
  if (const auto e = try_parse<E>(name)) return *e;
  detail::throw_unknown_name(EnumNames<E>::noun, name, EnumNames<E>::names);
}

// ---- row data beyond the name ----------------------------------------------------------------

inline constexpr std::size_t kPrecisionCount = enum_count<Precision>;
/// Precision names in enumerator order ("fp64", "fp32", ...).
inline constexpr std::array<std::string_view, kPrecisionCount> kPrecisionNames = [] {
  std::array<std::string_view, kPrecisionCount> out{};
  for (std::size_t i = 0; i < out.size(); ++i) out[i] = EnumNames<Precision>::names[i];
  return out;
}();

/// Bits per element of a precision: fp64 64, fp32/tf32 32, bf16/fp16 16, fp8/int8 8, fp6 6,
/// fp4/int4 4 (vocabulary.def).
[[nodiscard]] constexpr double bits_per_element(Precision p) noexcept {
  constexpr double kBits[] = {
#define MLSYSIM_PRECISION(name, bits) bits,
#include "mlsysim/vocabulary.def"
  };
  return kBits[static_cast<std::size_t>(p)];
}

/// Does a source of this kind need a url (datasheet, paper, industry_report)?
[[nodiscard]] constexpr bool needs_url(SourceKind k) noexcept {
  constexpr bool kNeeds[] = {
#define MLSYSIM_SOURCE_KIND(name, url, notes) url,
#include "mlsysim/vocabulary.def"
  };
  return kNeeds[static_cast<std::size_t>(k)];
}
/// Does a source of this kind need notes saying how (estimate, derived)?
[[nodiscard]] constexpr bool needs_notes(SourceKind k) noexcept {
  constexpr bool kNeeds[] = {
#define MLSYSIM_SOURCE_KIND(name, url, notes) notes,
#include "mlsysim/vocabulary.def"
  };
  return kNeeds[static_cast<std::size_t>(k)];
}

/// The noun of an entry kind in messages: "a hardware entry", "a model", "a cooling profile".
[[nodiscard]] constexpr std::string_view kind_noun(EntryKind k) noexcept {
  constexpr std::string_view kNouns[] = {
#define MLSYSIM_ENTRY_KIND(name, Type, noun) noun,
#include "mlsysim/vocabulary.def"
  };
  return kNouns[static_cast<std::size_t>(k)];
}

/// The name used in catalogs and the CLI: `precision_name(Precision::bf16)` is "bf16".
[[nodiscard]] constexpr std::string_view precision_name(Precision p) noexcept {
  return to_string(p);
}
/// Parses "bf16", "fp8", ...; throws InvalidArgumentError listing the valid names.
[[nodiscard]] inline Precision parse_precision(std::string_view name) {
  return parse<Precision>(name);
}
/// The JSON spelling of a kind: "hardware", "model", "deployment_tier"...
[[nodiscard]] constexpr std::string_view kind_name(EntryKind kind) noexcept {
  return to_string(kind);
}

// ---- walls: what bound a solver result (the MLSYSIM_WALL rows) --------------------------------

namespace solvers {
/// What bound a result: the "wall" of the roofline or of a fleet (compute, memory bandwidth,
/// communication, pipeline bubble, memory capacity, overhead).
enum class Wall : std::uint8_t {
#define MLSYSIM_WALL(name, words) name,
#include "mlsysim/vocabulary.def"
};
}  // namespace solvers

template <>
struct EnumNames<solvers::Wall> {
  static constexpr std::string_view noun = "wall";
  static constexpr auto names = std::to_array<std::string_view>({
#define MLSYSIM_WALL(name, words) #name,
#include "mlsysim/vocabulary.def"
  });
};

namespace solvers {
using mlsysim::to_string;  // so `to_string(wall)` also resolves by argument-dependent lookup

/// The bound in words, as every result prints it: `wall_name(Wall::memory)` is "memory
/// bandwidth", `wall_name(Wall::capacity)` "memory capacity". `to_string` gives the identifier
/// ("memory"), which `parse<solvers::Wall>` reads back.
[[nodiscard]] constexpr std::string_view wall_name(Wall w) noexcept {
  constexpr std::string_view kWords[] = {
#define MLSYSIM_WALL(name, words) words,
#include "mlsysim/vocabulary.def"
  };
  return kWords[static_cast<std::size_t>(w)];
}
}  // namespace solvers

}  // namespace mlsysim
