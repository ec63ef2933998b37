// Catalog names for programs built on mlsysim: the dotted-path spelling of a catalog folder and
// the "did you mean" matches the library's own messages use. Light on purpose (no catalog types).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace mlsysim {

/// The dotted-path segment of a catalog folder: `cloud` -> `Cloud`, `state_space` ->
/// `StateSpace`, `open-weights` -> `OpenWeights` (`catalog/hardware/cloud/H100.json` is
/// `Hardware.Cloud.H100`). Each `_` or `-` is dropped and the letter after it is upper-cased.
[[nodiscard]] std::string path_segment(std::string_view folder);

/// Up to `limit` of `candidates` that look like a misspelling of `wanted`, closest first
/// (case-insensitive): those within Levenshtein distance max(2, |wanted| / 3), and those that
/// contain `wanted` (3 letters or more; ranked with one-letter typos, "Frontier" finds
/// "ORNL_Frontier"). Ties keep the candidates' order. UnknownEntryError's hints and the loader's
/// "did you mean" messages use it.
[[nodiscard]] std::vector<std::string> close_matches(std::string_view wanted,
                                                     const std::vector<std::string>& candidates,
                                                     std::size_t limit = 3);

}  // namespace mlsysim
