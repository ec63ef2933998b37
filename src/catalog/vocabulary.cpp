// The out-of-line part of mlsysim/vocabulary.hpp: the error for a name no row spells.
#include "mlsysim/vocabulary.hpp"

#include <string>

#include "mlsysim/errors.hpp"

namespace mlsysim::detail {

void throw_unknown_name(std::string_view noun, std::string_view name,
                        std::span<const std::string_view> names) {
  std::string list;
  for (const auto n : names) list += (list.empty() ? "" : ", ") + std::string(n);
  throw InvalidArgumentError(std::string(noun), "unknown " + std::string(noun) + " '" +
                                                    std::string(name) +
                                                    "' (expected one of: " + list + ")");
}

}  // namespace mlsysim::detail
