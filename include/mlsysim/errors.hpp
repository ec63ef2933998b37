// The one error hierarchy of mlsysim: every exception the library throws derives from Error.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace mlsysim {

/// Base of every exception mlsysim throws. `what()` is a complete, lowercase message.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// A conversion or an operation between quantities whose dimensions differ, e.g.
/// `cannot convert 'TB/s' ([information]/[time]) to 'FLOP/s' ([operation]/[time])`.
class DimensionalityError : public Error {
 public:
  /// `operation` is a verb phrase such as "convert" or "add"; `joiner` links the operands
  /// ("to", "and").
  DimensionalityError(std::string operation, std::string from_unit, std::string from_dimension,
                      std::string to_unit, std::string to_dimension, std::string joiner = "to");

  [[nodiscard]] const std::string& operation() const noexcept { return operation_; }
  [[nodiscard]] const std::string& from_unit() const noexcept { return from_unit_; }
  [[nodiscard]] const std::string& from_dimension() const noexcept { return from_dimension_; }
  [[nodiscard]] const std::string& to_unit() const noexcept { return to_unit_; }
  [[nodiscard]] const std::string& to_dimension() const noexcept { return to_dimension_; }

 private:
  std::string operation_, from_unit_, from_dimension_, to_unit_, to_dimension_;
};

/// A quantity or unit string that cannot be parsed, e.g.
/// `unknown unit 'TBps' in '3.35 TBps' (did you mean 'TB/s'?)`.
class UnitParseError : public Error {
 public:
  UnitParseError(std::string input, std::string token, std::string problem,
                 std::string suggestion = {});

  /// The whole string that was being parsed.
  [[nodiscard]] const std::string& input() const noexcept { return input_; }
  /// The offending token (may be empty when the input ended early).
  [[nodiscard]] const std::string& token() const noexcept { return token_; }
  /// The closest known unit, or empty when nothing is close.
  [[nodiscard]] const std::string& suggestion() const noexcept { return suggestion_; }

 private:
  std::string input_, token_, suggestion_;
};

/// A catalog lookup for a key or dotted path that does not exist, e.g.
/// `unknown entry 'H10' (did you mean 'H100'?)`.
class UnknownEntryError : public Error {
 public:
  UnknownEntryError(std::string name, std::vector<std::string> close_matches);

  [[nodiscard]] const std::string& name() const noexcept { return name_; }
  [[nodiscard]] const std::vector<std::string>& close_matches() const noexcept {
    return close_matches_;
  }

 private:
  std::string name_;
  std::vector<std::string> close_matches_;
};

/// One defect found in a catalog file: the file, the JSON Pointer inside it, and the problem.
struct CatalogDiagnostic {
  std::string file;     ///< path as given to the loader, e.g. `catalog/hardware/cloud/H100.json`
  std::string pointer;  ///< JSON Pointer, e.g. `/memory/bandwidth` (empty for the whole file)
  std::string message;  ///< lowercase problem statement
  /// `file: pointer: message`, the form every tool prints.
  [[nodiscard]] std::string str() const;
};

/// A catalog that failed validation. Carries every defect found in the run, not only the first;
/// `what()` lists them one per line.
class CatalogError : public Error {
 public:
  explicit CatalogError(std::vector<CatalogDiagnostic> diagnostics);

  [[nodiscard]] const std::vector<CatalogDiagnostic>& diagnostics() const noexcept {
    return diagnostics_;
  }
  /// The first defect's file, pointer and message (convenience for single-defect errors).
  [[nodiscard]] const std::string& file() const noexcept { return diagnostics_.front().file; }
  [[nodiscard]] const std::string& pointer() const noexcept { return diagnostics_.front().pointer; }

 private:
  std::vector<CatalogDiagnostic> diagnostics_;
};

/// A solver or API argument outside its domain, e.g.
/// `invalid argument 'batch': must be positive, got 0`.
class InvalidArgumentError : public Error {
 public:
  InvalidArgumentError(std::string argument, std::string problem);

  [[nodiscard]] const std::string& argument() const noexcept { return argument_; }

 private:
  std::string argument_;
};

}  // namespace mlsysim
