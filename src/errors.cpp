#include "mlsysim/errors.hpp"

#include <utility>

namespace mlsysim {
namespace {

std::string join_lines(const std::vector<CatalogDiagnostic>& diagnostics) {
  std::string out;
  for (const auto& d : diagnostics) {
    if (!out.empty()) out += '\n';
    out += d.str();
  }
  return out;
}

// A user string quoted in a message: long inputs are cut so that a hostile 50,000-character
// string does not flood the terminal (the full text stays in the error's fields).
std::string quoted_excerpt(const std::string& s) {
  constexpr std::size_t kMax = 80;
  if (s.size() <= kMax) return s;
  return s.substr(0, kMax - 20) + "...(" + std::to_string(s.size()) + " characters)";
}

}  // namespace

DimensionalityError::DimensionalityError(std::string operation, std::string from_unit,
                                         std::string from_dimension, std::string to_unit,
                                         std::string to_dimension, std::string joiner)
    : Error("cannot " + operation + " '" + from_unit + "' (" + from_dimension + ") " + joiner +
            " '" + to_unit + "' (" + to_dimension + ")"),
      operation_(std::move(operation)),
      from_unit_(std::move(from_unit)),
      from_dimension_(std::move(from_dimension)),
      to_unit_(std::move(to_unit)),
      to_dimension_(std::move(to_dimension)) {}

UnitParseError::UnitParseError(std::string input, std::string token, std::string problem,
                               std::string suggestion)
    : Error(problem + (input.empty() ? std::string() : " in '" + quoted_excerpt(input) + "'") +
            (suggestion.empty() ? std::string() : " (did you mean '" + suggestion + "'?)")),
      input_(std::move(input)),
      token_(std::move(token)),
      suggestion_(std::move(suggestion)) {}

UnknownEntryError::UnknownEntryError(std::string name, std::vector<std::string> close_matches)
    : Error([&] {
        std::string msg = "unknown entry '" + name + "'";
        if (!close_matches.empty()) {
          msg += " (did you mean ";
          for (std::size_t i = 0; i < close_matches.size(); ++i) {
            if (i > 0) msg += i + 1 == close_matches.size() ? " or " : ", ";
            msg += "'" + close_matches[i] + "'";
          }
          msg += "?)";
        }
        return msg;
      }()),
      name_(std::move(name)),
      close_matches_(std::move(close_matches)) {}

std::string CatalogDiagnostic::str() const {
  std::string out = file;
  if (!pointer.empty()) out += ": " + pointer;
  out += ": " + message;
  return out;
}

CatalogError::CatalogError(std::vector<CatalogDiagnostic> diagnostics)
    : Error(join_lines(diagnostics)), diagnostics_(std::move(diagnostics)) {
  if (diagnostics_.empty()) diagnostics_.push_back({"", "", "unspecified catalog error"});
}

InvalidArgumentError::InvalidArgumentError(std::string argument, std::string problem)
    : Error("invalid argument '" + argument + "': " + problem), argument_(std::move(argument)) {}

}  // namespace mlsysim
