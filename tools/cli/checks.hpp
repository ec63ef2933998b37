// Option checks shared by the commands: ranges, file extensions, name lists. Each command checks
// its own options with these before any arithmetic; a bad option is an InvalidArgumentError
// (exit 1) naming the flag.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

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

/// Throws InvalidArgumentError("--output", ...) unless `path` ends in .svg or .png.
void check_plot_output(const std::string& path);

/// Splits a comma-separated list ("" gives none). Empty names are kept so check_names reports
/// them (",,," is an error, not an empty list).
[[nodiscard]] std::vector<std::string> split_list(const std::string& csv);

/// Throws InvalidArgumentError(`flag`, "empty name ...") when a name of `names` is empty.
void check_names(const char* flag, const std::vector<std::string>& names);

}  // namespace mlsysim::cli
