// mlsysim::validate: the loader's cross-field checks (checks.cpp) on a hand-built entry.
#include "mlsysim/catalog/validate.hpp"

#include <string>

#include "load_context.hpp"

namespace mlsysim {
namespace {

template <class T>
std::vector<CatalogDiagnostic> validate_entry(const T& entry) {
  std::vector<CatalogDiagnostic> out;
  const std::string file = entry.info.file.empty() ? "<hand-built>" : std::string(entry.info.file);
  catalog_detail::check_entry(entry, out, file);
  return out;
}

}  // namespace

std::vector<CatalogDiagnostic> validate(const HardwareNode& hardware) {
  return validate_entry(hardware);
}

std::vector<CatalogDiagnostic> validate(const Workload& model) { return validate_entry(model); }

}  // namespace mlsysim
