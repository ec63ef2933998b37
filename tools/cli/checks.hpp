// Option checks run before any command: ranges, combinations, file extensions, defaults that
// depend on the catalog. A bad option is an InvalidArgumentError (exit 1) naming the flag.
#pragma once

#include <string>
#include <vector>

#include "commands.hpp"
#include "mlsysim/registry.hpp"

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

/// Checks `o` for `command` against `catalog` and fills catalog-dependent defaults. Returns the
/// assumptions it made, to be echoed in the output ("global batch 8192: ..."). Throws
/// InvalidArgumentError naming the option.
std::vector<std::string> check_options(const std::string& command, Options& o,
                                       const Catalog& catalog);

}  // namespace mlsysim::cli
