// Names in the catalog: folder -> namespace spelling, identifiers, and close matches for
// "did you mean" hints. path_segment and close_matches are public (mlsysim/catalog/names.hpp);
// the loader and the registry call them too.
#include "mlsysim/catalog/names.hpp"

#include <algorithm>
#include <cctype>
#include <tuple>

#include "../util/text.hpp"
#include "load_context.hpp"

namespace mlsysim {

std::string path_segment(std::string_view folder) {
  std::string out;
  bool upper = true;
  for (char c : folder) {
    if (c == '_' || c == '-') {
      upper = true;
      continue;
    }
    out += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    upper = false;
  }
  return out;
}

std::vector<std::string> close_matches(std::string_view wanted,
                                       const std::vector<std::string>& candidates,
                                       std::size_t limit) {
  const std::string w = util::lower(wanted);
  struct Scored {
    std::size_t rank;      ///< edit distance, or 1 for a name the candidate contains
    std::size_t distance;  ///< edit distance (breaks ties)
    std::string name;
  };
  std::vector<Scored> scored;
  for (const auto& c : candidates) {
    const std::string low = util::lower(c);
    const std::size_t d = util::edit_distance(w, low);
    const std::size_t threshold = std::max<std::size_t>(2, w.size() / 3);
    // A name the candidate contains ("Frontier" in ORNL_Frontier, "Llama3" in Llama3_70B) is
    // close too, ranked with one-letter typos.
    if (w.size() >= 3 && low.find(w) != std::string::npos) {
      scored.push_back({std::min<std::size_t>(d, 1), d, c});
    } else if (d <= threshold) {
      scored.push_back({d, d, c});
    }
  }
  std::stable_sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) {
    return std::tie(a.rank, a.distance) < std::tie(b.rank, b.distance);
  });
  std::vector<std::string> out;
  for (const auto& s : scored) {
    if (out.size() == limit) break;
    if (std::find(out.begin(), out.end(), s.name) == out.end()) out.push_back(s.name);
  }
  return out;
}

namespace catalog_detail {

bool is_identifier(std::string_view s) {
  if (s.empty()) return false;
  const auto first = static_cast<unsigned char>(s.front());
  if (!(std::isalpha(first) != 0 || s.front() == '_')) return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_';
  });
}

std::string did_you_mean(std::string_view wanted, const std::vector<std::string>& candidates) {
  const auto m = close_matches(wanted, candidates, 1);
  return m.empty() ? std::string() : " (did you mean '" + m.front() + "'?)";
}

}  // namespace catalog_detail
}  // namespace mlsysim
