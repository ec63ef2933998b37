// Option checks shared by the commands: ranges, file extensions, name lists. Each command checks
// its own options with these before any arithmetic; a bad option is an InvalidArgumentError
// (exit 1) naming the flag.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "mlsysim/units/quantity.hpp"

namespace mlsysim::cli {

/// Bounds of numeric options (docs/cli.md, "Option limits"). They keep every product the
/// solvers form (batch x tokens x layers x width) far inside int64 and double range.
inline constexpr std::int64_t kMaxBatch = 1 << 24;        ///< --batch, --microbatch
inline constexpr std::int64_t kMaxTokens = 1 << 24;       ///< --seq-len, --input/--output-tokens
inline constexpr std::int64_t kMaxDegree = 1 << 20;       ///< --tp, --pp, --dp, --ep, --interleave
inline constexpr std::int64_t kMaxGlobalBatch = 1 << 30;  ///< --global-batch
inline constexpr double kMaxTokenBudget = 1e18;           ///< train/plan --tokens
inline constexpr double kMaxDays = 36525;                 ///< --days (100 years)

/// Throws InvalidArgumentError(`flag`, "must be in [lo, hi], got v") unless lo <= v <= hi.
void check_range(const char* flag, std::int64_t v, std::int64_t lo, std::int64_t hi);

/// Throws InvalidArgumentError(`flag`, ...) unless `v` is finite and in [lo, hi] ((lo, hi] when
/// `lo_open`).
void check_finite(const char* flag, double v, double lo, double hi, bool lo_open);

/// What a quantity option accepts: its dimension, the sign of its value, and how the error
/// describes it ("a power such as '500 W'").
struct QuantityFlag {
  Dimension dimension;
  const char* expected;     ///< e.g. "a power such as '500 W'"
  bool allow_zero = false;  ///< false: the value must be > 0; true: >= 0
};

/// `text` (e.g. "500 W") as a quantity of `f.dimension` and sign. Any failure, a text that does
/// not parse ("500": no unit), a wrong dimension or a value that is negative (or zero), is an
/// InvalidArgumentError naming `flag`: "invalid argument '--power-limit': expected a power such
/// as '500 W', got '500' (missing unit after '500' in '500')".
[[nodiscard]] Quantity flag_quantity(const char* flag, const std::string& text,
                                     const QuantityFlag& f);

/// flag_quantity, with an empty `text` (the option not given) giving nullopt.
[[nodiscard]] std::optional<Quantity> optional_flag_quantity(const char* flag,
                                                             const std::string& text,
                                                             const QuantityFlag& f);

/// The quantity options the commands share.
inline const QuantityFlag kPositiveTime{dims::time, "a positive time such as '50 ms'"};
inline const QuantityFlag kNonNegativeTime{dims::time, "a non-negative time such as '30 us'", true};
inline const QuantityFlag kEnergyPrice{dims::energy_price,
                                       "a positive price per energy such as '0.08 USD/kWh'"};
inline const QuantityFlag kCarbonPrice{dims::currency / dims::mass,
                                       "a positive carbon price such as '100 USD/tCO2e'"};
inline const QuantityFlag kPowerLimit{dims::power, "a positive power such as '500 W'"};
inline const QuantityFlag kPositiveBandwidth{dims::information_rate,
                                             "a positive bandwidth such as '50 GB/s'"};

/// A FLOP count: a bare number ("1e24", read as FLOP) or a positive quantity of operations
/// ("5.76e23 FLOP", "3.14 ZFLOP"); anything else is an InvalidArgumentError naming `flag`.
[[nodiscard]] Quantity flop_count_flag(const char* flag, const std::string& text);

/// Throws InvalidArgumentError("--output", ...) unless `path` ends in .svg or .png.
void check_plot_output(const std::string& path);

/// Splits a comma-separated list ("" gives none). Empty names are kept so check_names reports
/// them (",,," is an error, not an empty list).
[[nodiscard]] std::vector<std::string> split_list(const std::string& csv);

/// Throws InvalidArgumentError(`flag`, "empty name ...") when a name of `names` is empty.
void check_names(const char* flag, const std::vector<std::string>& names);

}  // namespace mlsysim::cli
